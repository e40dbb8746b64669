"""The one staff ID (職員ID) per profile: non-secret fields as JSON in the config dir, secrets in the store.

``<config>/identity/<profile>.json`` holds the staff ID, display name, bureau/section, mail address and the
cloud user name. Passwords never go there: :func:`sign_in` puts them into the OS credential store through
:mod:`desktop.services.secrets`, which refuses to work (with a hint) when no safe store exists. :func:`sign_out`
removes every secret of the profile.
"""
from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from desktop.services import paths, secrets
from desktop.services.common.atomic import atomic_write_text
from desktop.services.errors import ToseiError

PROFILE_RE = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")
MAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class IdentityError(ToseiError):
    """The ID profile is invalid or unreadable."""

    code = "identity.invalid"


@dataclass
class Identity:
    profile: str = "default"
    staff_id: str = ""        # 職員ID
    display_name: str = ""
    bureau: str = ""
    section: str = ""
    mail: str = ""
    cloud_user: str = ""      # WebDAV user name; empty means the staff ID

    @property
    def login(self) -> str:
        return self.cloud_user or self.staff_id


def validate_profile_name(profile: str) -> str:
    if not PROFILE_RE.match(profile or ""):
        raise IdentityError(f"The profile name {profile!r} may only use letters, digits, '.', '_' and '-'.",
                            field="profile")
    return profile


def _path(profile: str) -> Path:
    return paths.config_dir() / "identity" / f"{validate_profile_name(profile)}.json"


def validate(identity: Identity) -> Identity:
    validate_profile_name(identity.profile)
    if not identity.staff_id.strip():
        raise IdentityError("The staff ID is required.", field="staff_id")
    if not re.match(r"^[A-Za-z0-9_.@-]{1,64}$", identity.staff_id.strip()):
        raise IdentityError("The staff ID may only use letters, digits and '.', '_', '-', '@'.", field="staff_id")
    if identity.mail and not MAIL_RE.match(identity.mail.strip()):
        raise IdentityError(f"{identity.mail!r} is not a mail address.", field="mail")
    return identity


def load_identity(profile: str = "default") -> Identity | None:
    path = _path(profile)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IdentityError(f"The ID profile {profile!r} could not be read ({exc}).") from None
    known = {f.name for f in fields(Identity)}
    return Identity(**{k: str(v) for k, v in data.items() if k in known})


def save_identity(identity: Identity) -> Path:
    validate(identity)
    identity.staff_id = identity.staff_id.strip()
    identity.mail = identity.mail.strip()
    path = _path(identity.profile)
    atomic_write_text(path, json.dumps(asdict(identity), ensure_ascii=False, indent=2))
    return path


def list_profiles() -> list[str]:
    folder = paths.config_dir() / "identity"
    return sorted(p.stem for p in folder.glob("*.json")) if folder.exists() else []


def sign_in(identity: Identity, *, cloud_password: str | None = None, smtp_password: str | None = None) -> None:
    """Save the profile and put the given passwords into the credential store (never into a file).

    Raises :class:`~desktop.services.errors.CredentialStoreError` (before anything is written) when the
    platform has no safe credential store.
    """
    validate(identity)
    problem = secrets.backend_problem()
    if problem and (cloud_password or smtp_password):
        from desktop.services.errors import CredentialStoreError

        raise CredentialStoreError(problem)
    if cloud_password:
        secrets.set_secret(secrets.SecretKey.CLOUD_PASSWORD, cloud_password, identity.profile)
    if smtp_password:
        secrets.set_secret(secrets.SecretKey.SMTP_PASSWORD, smtp_password, identity.profile)
    save_identity(identity)


def is_signed_in(profile: str = "default") -> bool:
    if load_identity(profile) is None:
        return False
    return secrets.get_secret(secrets.SecretKey.CLOUD_PASSWORD, profile) is not None


def sign_out(profile: str = "default", *, forget_profile: bool = False) -> int:
    """Remove every secret of ``profile`` (and with ``forget_profile`` the ID file). Returns secrets removed."""
    removed = secrets.delete_all(validate_profile_name(profile))
    if forget_profile:
        _path(profile).unlink(missing_ok=True)
    return removed
