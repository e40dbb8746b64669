"""Entry points shared by the CLI and the page: where the send tool keeps its data, the settings it needs as
one plain value object, and ``run_outbox`` (the job function that reads the passwords from the credential
store only when they are needed)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from desktop.services import paths
from desktop.services.common.jobs import NEVER, NO_PROGRESS, CancelToken, Progress
from desktop.services.send.addresses import DomainPolicy
from desktop.services.send.directory import Directory
from desktop.services.errors import ToseiError
from desktop.services.send.errors import NotConfigured
from desktop.services.send.outbox import Outbox
from desktop.services.send.runner import RetryPolicy, RunSummary, process_outbox
from desktop.services.send.smtp_transport import SmtpConfig, SmtpTransport

TOOL = "send"


@dataclass(frozen=True)
class SendConfig:
    smtp: SmtpConfig
    sender: str
    internal_domains: tuple[str, ...] = ()
    blocked_domains: tuple[str, ...] = ()
    hold_seconds: int = 60
    cloud_endpoint: str = ""
    cloud_root: str = ""
    cloud_user: str = ""
    sender_name: str = ""          # for the cover sheet, from the signed-in ID profile
    sender_org: str = ""
    smtp_oauth: bool = False       # SMTP signs in with the SSO token (XOAUTH2) instead of a stored password
    cloud_oauth: bool = False      # link uploads use the SSO token (Bearer) instead of a stored password

    @property
    def policy(self) -> DomainPolicy:
        return DomainPolicy(internal=self.internal_domains, blocked=self.blocked_domains)

    @classmethod
    def from_settings(cls, settings: Any) -> "SendConfig":
        """Build from anything with ``.get(key)`` (a :class:`~desktop.services.settings.Settings`)."""
        from desktop.services.settings import SCHEMA

        opt = lambda key: settings.get(key) if key in SCHEMA else ""  # noqa: E731 - set by another tool
        ident = signed_in_identity(settings=settings if hasattr(settings, "policy") else None)
        oauth = opt("smtp_auth") == "oauth"
        return cls(
            smtp=SmtpConfig(host=settings.get("smtp_host"), port=settings.get("smtp_port"),
                            security=settings.get("smtp_security"),
                            user=settings.get("smtp_user") or (ident.mail if oauth and ident else ""),
                            cafile=opt("tls_ca_file") or None),
            sender=settings.get("smtp_from") or (ident.mail if ident else "") or settings.get("smtp_user"),
            internal_domains=tuple(settings.get("internal_mail_domains")),
            blocked_domains=tuple(settings.get("blocked_mail_domains")),
            hold_seconds=settings.get("send_hold_seconds"),
            cloud_endpoint=settings.get("cloud_endpoint"), cloud_root=settings.get("cloud_root"),
            cloud_user=opt("cloud_user") or (ident.login if ident else ""),
            sender_name=ident.display_name if ident else "",
            sender_org=" ".join(p for p in (ident.bureau, ident.section) if p) if ident else "",
            smtp_oauth=oauth, cloud_oauth=opt("cloud_auth") == "oauth")


def signed_in_identity(profile: str = "default", settings: Any = None):
    """The signed-in staff member (single sign-on claims, else the sync tool's ID profile), or ``None``."""
    from desktop.services.identity.staff import current_staff

    try:
        return current_staff(settings, profile)
    except ToseiError:
        return None


def data_folder() -> Path:
    return paths.tool_data_dir(TOOL)


def open_outbox() -> Outbox:
    return Outbox(data_folder() / "outbox")


def open_directory() -> Directory:
    return Directory(data_folder() / "directory.sqlite3")


def _secret(key_name: str) -> str | None:
    from desktop.services.secrets import SecretKey, get_secret

    return get_secret(SecretKey[key_name])


def _sso_session():
    from desktop.services.identity.service_auth import session_for

    return session_for()


def run_outbox(config: SendConfig, *, wait_seconds: float = 0.0, retry: RetryPolicy = RetryPolicy(),
               outbox: Outbox | None = None, password: Callable[[str], str | None] = _secret,
               on_change: Callable[[], None] | None = None, token_source: Any = None,
               progress: Progress = NO_PROGRESS, cancel: CancelToken = NEVER) -> RunSummary:
    """Process the outbox with the configured SMTP server (and cloud storage for link jobs)."""
    if not config.sender:
        raise NotConfigured("No sender address is configured (setting smtp_from).", field="smtp_from")
    box = outbox or open_outbox()

    def transport() -> SmtpTransport:
        config.smtp.check()
        if config.smtp_oauth:
            from desktop.services.identity.bearer import XOAuth2Login

            return SmtpTransport(config.smtp, authenticate=XOAuth2Login(token_source or _sso_session()))
        return SmtpTransport(config.smtp, password("SMTP_PASSWORD") if config.smtp.user else None)

    def uploader():
        from desktop.services.send.link_upload import DavLinkUploader

        if config.cloud_oauth:
            from desktop.services.identity.bearer import BearerAuth

            return DavLinkUploader(config.cloud_endpoint, config.cloud_root, config.cloud_user,
                                  auth=BearerAuth(token_source or _sso_session()))
        return DavLinkUploader(config.cloud_endpoint, config.cloud_root, config.cloud_user,
                              password("CLOUD_PASSWORD") if config.cloud_user else None)

    try:
        return process_outbox(box, transport, uploader_factory=uploader, retry=retry, wait_seconds=wait_seconds,
                              progress=progress, cancel=cancel, on_change=on_change)
    finally:
        if outbox is None:
            box.close()
