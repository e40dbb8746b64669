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

    @property
    def policy(self) -> DomainPolicy:
        return DomainPolicy(internal=self.internal_domains, blocked=self.blocked_domains)

    @classmethod
    def from_settings(cls, settings: Any) -> "SendConfig":
        """Build from anything with ``.get(key)`` (a :class:`~desktop.services.settings.Settings`)."""
        from desktop.services.settings import SCHEMA

        opt = lambda key: settings.get(key) if key in SCHEMA else ""  # noqa: E731 - set by another tool
        ident = signed_in_identity()
        return cls(
            smtp=SmtpConfig(host=settings.get("smtp_host"), port=settings.get("smtp_port"),
                            security=settings.get("smtp_security"), user=settings.get("smtp_user"),
                            cafile=opt("tls_ca_file") or None),
            sender=settings.get("smtp_from") or (ident.mail if ident else "") or settings.get("smtp_user"),
            internal_domains=tuple(settings.get("internal_mail_domains")),
            blocked_domains=tuple(settings.get("blocked_mail_domains")),
            hold_seconds=settings.get("send_hold_seconds"),
            cloud_endpoint=settings.get("cloud_endpoint"), cloud_root=settings.get("cloud_root"),
            cloud_user=opt("cloud_user") or (ident.login if ident else ""),
            sender_name=ident.display_name if ident else "",
            sender_org=" ".join(p for p in (ident.bureau, ident.section) if p) if ident else "")


def signed_in_identity(profile: str = "default"):
    """The ID profile the sync tool's sign-in saved (mail, display name, cloud login), or ``None``."""
    try:
        from desktop.services.sync.identity import load_identity
    except ImportError:
        return None
    try:
        return load_identity(profile)
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


def run_outbox(config: SendConfig, *, wait_seconds: float = 0.0, retry: RetryPolicy = RetryPolicy(),
               outbox: Outbox | None = None, password: Callable[[str], str | None] = _secret,
               on_change: Callable[[], None] | None = None,
               progress: Progress = NO_PROGRESS, cancel: CancelToken = NEVER) -> RunSummary:
    """Process the outbox with the configured SMTP server (and cloud storage for link jobs)."""
    if not config.sender:
        raise NotConfigured("No sender address is configured (setting smtp_from).", field="smtp_from")
    box = outbox or open_outbox()

    def transport() -> SmtpTransport:
        config.smtp.check()
        return SmtpTransport(config.smtp, password("SMTP_PASSWORD") if config.smtp.user else None)

    def uploader():
        from desktop.services.send.link_upload import DavLinkUploader

        return DavLinkUploader(config.cloud_endpoint, config.cloud_root, config.cloud_user,
                              password("CLOUD_PASSWORD") if config.cloud_user else None)

    try:
        return process_outbox(box, transport, uploader_factory=uploader, retry=retry, wait_seconds=wait_seconds,
                              progress=progress, cancel=cancel, on_change=on_change)
    finally:
        if outbox is None:
            box.close()
