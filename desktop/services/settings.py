"""Typed user settings layered under the admin policy.

Every setting is declared once in :data:`SCHEMA` (type, default, help). Resolution of a value::

    policy lock  >  user setting  >  policy default  >  built-in default

User settings live in ``config_dir()/settings.json`` (written atomically, with a schema version for
migrations). Never put a secret here: secrets go through :mod:`desktop.services.secrets`.
Thread-safety: a :class:`Settings` object is meant for one thread (the GUI thread or the CLI); workers get
the values they need as arguments.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.services import paths
from desktop.services.common.atomic import atomic_write_text
from desktop.services.policy import Policy, PolicyWarning, load_policy

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    help: str = ""
    choices: tuple[Any, ...] = ()


def _s(key: str, typ: type, default: Any, help: str = "", choices: tuple[Any, ...] = ()) -> Setting:
    return Setting(key, typ, default, help, choices)


SCHEMA: dict[str, Setting] = {
    s.key: s
    for s in [
        # shell
        _s("language", str, "ja", "UI language", ("ja", "en")),
        _s("meeting_room_mode", bool, False, "Large targets, kinetic scrolling, full screen"),
        _s("work_folder", str, "", "Folder where tools save outputs (empty: Documents/ToseiDesk)"),
        _s("pdf_converter", str, "", "LibreOffice soffice program or folder for PDF output (empty: find it)"),
        # minutes
        _s("model_dir", str, "", "Folder where IT places CTranslate2 Whisper models"),
        _s("whisper_model", str, "base", "Model name or folder used for transcription"),
        _s("whisper_device", str, "cpu", "cpu, or auto to use CUDA when present", ("cpu", "auto", "cuda")),
        _s("allow_model_download", bool, False, "Allow downloading models from the internet"),
        _s("transcribe_language", str, "ja", "Language of recordings", ("ja", "en", "auto")),
        _s("glossary", list, [], "Bureau terms and names that steer recognition"),
        _s("phantom_phrases", list, [], "Extra phrases to drop as hallucinations on silence"),
        _s("transcription_server_url", str, "", "Bureau transcription server (OpenAI-compatible API); read "
                                                "from the policy only"),
        _s("transcription_server_model", str, "whisper-1", "Model asked of the bureau transcription server"),
        _s("transcription_server_upload", bool, False, "The policy allows sending recordings to that server"),
        _s("transcription_server_auth", str, "token", "Transcription server sign-in: a static token in the "
           "credential store, or the staff's single sign-on token (Bearer); read from the policy only",
           ("token", "oauth")),
        # forms
        _s("forms_review_threshold", float, 0.9, "Fields below this confidence go to review"),
        _s("forms_ledger_dates", str, "seireki", "How dates are written to the ledger: seireki an Excel date cell, "
           "wareki 和暦 text (令和元年5月1日), both a date cell and a 和暦 text column", ("seireki", "wareki", "both")),
        # send
        _s("smtp_host", str, "", "SMTP server"),
        _s("smtp_port", int, 587, "SMTP port"),
        _s("smtp_security", str, "starttls", "Connection security", ("starttls", "tls", "none")),
        _s("smtp_user", str, "", "SMTP user name (the password is in the credential store)"),
        _s("smtp_from", str, "", "Sender address"),
        _s("internal_mail_domains", list, [], "Mail domains treated as internal"),
        _s("blocked_mail_domains", list, [], "Mail domains that may never be sent to"),
        _s("send_hold_seconds", int, 60, "Hold before sending, during which a send can be cancelled"),
        _s("tls_ca_file", str, "", "Extra CA certificate file (PEM, a bureau CA) trusted for mail and cloud "
                                   "servers, besides the OS store (usually set by the administrator's policy)"),
        # approval
        _s("approval_section_code", str, "", "Section code used in document numbers (e.g. 総総)"),
        _s("approval_shared_folder", str, "電子決裁",
           "Folder on the cloud server (cloud_endpoint) where 起案 circulate and numbers are kept"),
        _s("approval_key_file", str, "", "The staff member's PKCS#12 signing key file (.p12) issued by the bureau"),
        _s("approval_ca_file", str, "", "Bureau CA certificate (PEM) that staff certificates must chain to"),
        # sync / identity
        _s("cloud_endpoint", str, "", "WebDAV URL of the cloud storage"),
        _s("cloud_root", str, "", "Remote folder to keep in sync"),
        _s("sync_delete_threshold", float, 0.25, "Share of files a run may delete before it asks"),
        _s("sync_interval_minutes", int, 0, "Periodic sync while the app is open (0: off)"),
        # single sign-on (OpenID Connect); the policy file sets these for a bureau
        _s("sign_in_method", str, "password", "How staff sign in: password accounts or OpenID Connect single sign-on",
           ("password", "oidc")),
        _s("oidc_authority", str, "", "OpenID Connect issuer URL (https, with a path: e.g. .../v2.0)"),
        _s("oidc_client_id", str, "", "Client (application) ID registered at the identity provider"),
        _s("oidc_scopes", list, [], "Scopes to request besides openid/profile/offline_access (mail, cloud)"),
        _s("oidc_ca_file", str, "", "Extra CA certificate (PEM) trusted for the identity provider"),
        _s("oidc_prompt", str, "consent", "prompt sent at sign-in (consent: needed for refresh tokens by "
           "standard OIDC providers)", ("consent", "login", "select_account", "")),
        _s("oidc_section_claim", str, "department", "ID-token claim that holds the staff's bureau and section"),
        _s("smtp_auth", str, "password", "SMTP sign-in: stored password or the SSO token (XOAUTH2)",
           ("password", "oauth")),
        _s("cloud_auth", str, "password", "Cloud (WebDAV) sign-in: stored password or the SSO token (Bearer)",
           ("password", "oauth")),
    ]
}


def coerce(key: str, value: Any) -> Any:
    """Check and convert ``value`` for ``key``; raise ``TypeError``/``ValueError`` when it does not fit."""
    spec = SCHEMA[key]
    if spec.type is bool:
        if not isinstance(value, bool):
            raise TypeError(f"expected true/false, got {value!r}")
    elif spec.type is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"expected an integer, got {value!r}")
    elif spec.type is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"expected a number, got {value!r}")
        value = float(value)
    elif spec.type is list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise TypeError(f"expected a list of strings, got {value!r}")
        value = list(value)
    elif spec.type is str:
        if not isinstance(value, str):
            raise TypeError(f"expected text, got {value!r}")
    if spec.choices and value not in spec.choices:
        raise ValueError(f"expected one of {', '.join(map(str, spec.choices))}, got {value!r}")
    return value


class Settings:
    """User settings resolved against the policy."""

    def __init__(self, policy: Policy | None = None, path: Path | None = None) -> None:
        self.policy = policy if policy is not None else load_policy()
        self.path = path or (paths.config_dir() / "settings.json")
        self.warnings: list[str] = list(self.policy.warnings)
        self._user: dict[str, Any] = self._load()

    def _load(self) -> dict[str, Any]:
        if not self.path.exists():
            return {}
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            values = raw.get("values", {}) if isinstance(raw, dict) else {}
        except (OSError, ValueError) as exc:
            self.warnings.append(PolicyWarning(
                f"Settings file {self.path} could not be read ({exc}); using defaults.",
                "settings_unreadable", self.path, detail=str(exc)))
            return {}
        out = {}
        for key, value in values.items():
            if key in SCHEMA:
                try:
                    out[key] = coerce(key, value)
                except (TypeError, ValueError):
                    log.warning("ignoring bad user setting %s", key)
        return out

    def get(self, key: str) -> Any:
        spec = SCHEMA[key]
        if key in self.policy.locked and key in self.policy.values:
            return self.policy.values[key]
        if key in self._user and key not in self.policy.locked:
            return self._user[key]
        if key in self.policy.values:
            return self.policy.values[key]
        return list(spec.default) if isinstance(spec.default, list) else spec.default

    def is_locked(self, key: str) -> bool:
        return key in self.policy.locked

    def set(self, key: str, value: Any) -> None:
        """Store a user value. Raises ``PermissionError`` for a locked key, ``ValueError`` for a bad value."""
        if self.is_locked(key):
            raise PermissionError(f"'{key}' is locked by the administrator's policy")
        self._user[key] = coerce(key, value)
        self.save()

    def reset(self, key: str) -> None:
        self._user.pop(key, None)
        self.save()

    def save(self) -> None:
        atomic_write_text(
            self.path,
            json.dumps({"schema": SCHEMA_VERSION, "values": self._user}, ensure_ascii=False, indent=2),
        )

    def work_folder(self) -> Path:
        folder = self.get("work_folder")
        path = Path(folder).expanduser() if folder else paths.default_work_folder()
        path.mkdir(parents=True, exist_ok=True)
        return path
