"""Registering a staff member's signing key (the bureau's PKCS#12 file): one call for the CLI (``approval key``)
and the approval page's 「署名用の鍵」 dialog. Qt-free; any thread.

The file is opened with the passphrase first (a wrong passphrase or a damaged file stores nothing), the key must
belong to the signed-in staff member, then the passphrase goes to the OS credential store and the file's path
to the setting ``approval_key_file``.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.services import secrets
from desktop.services.approval.signing import SigningError, cert_staff_ids, load_signer
from desktop.services.approval.staff import Staff


@dataclass(frozen=True)
class RegisteredKey:
    path: Path
    staff_id: str          # whom the certificate names (its first staff ID)
    valid_until: str       # the certificate's end of validity, ISO date (UTC)


def register_key(p12_path: Path, passphrase: str, *, staff: Staff | None, settings) -> RegisteredKey:
    """Check and register the key. Raises SigningError (codes ``approval.key_unreadable``,
    ``approval.key_passphrase``, ``approval.key_not_yours``) or CredentialStoreError."""
    path = Path(p12_path).resolve()
    signer = load_signer(path, passphrase)     # refuses a wrong passphrase before storing anything
    ids = cert_staff_ids(signer.cert)
    if staff is not None and not any(staff.is_(i) for i in ids):
        raise SigningError(f"The key file belongs to {signer.staff_id}, but {staff.staff_id} is signed in.",
                           code="approval.key_not_yours", owner=signer.staff_id, signed_in=staff.staff_id)
    secrets.set_secret(secrets.SecretKey.APPROVAL_KEY_PASSPHRASE, passphrase)
    settings.set("approval_key_file", str(path))
    return RegisteredKey(path, signer.staff_id, signer.cert.not_valid_after_utc.date().isoformat())


def registered_key_file(settings) -> Path | None:
    """The key file registered on this PC (None if none, or if the file has gone)."""
    value = settings.get("approval_key_file")
    return Path(value) if value and Path(value).exists() else None
