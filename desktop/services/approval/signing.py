"""Signatures without a hanko: each staff member's key signs their decisions.

The bureau issues every staff member a PKCS#12 file (X.509 certificate + private key); its passphrase lives in
the OS credential store (``SecretKey.APPROVAL_KEY_PASSPHRASE``), never in a file. :class:`StaffSigner` signs
the canonical bytes of a circulation event; :func:`event_problem` checks such a signature against the bureau
CA: the certificate was issued by the CA, was valid at the event's time, names the acting staff ID (subject
UID or e-mail), and the signature matches the event bytes. The same key signs the exported PDF (pades.py).
"""
from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from desktop.services.approval.errors import ApprovalError


class SigningError(ApprovalError):
    code = "approval.signing"


@dataclass
class StaffSigner:
    key: object
    cert: x509.Certificate
    chain: list[x509.Certificate]
    p12_path: Path | None = None
    passphrase: bytes | None = None

    def sign(self, data: bytes) -> dict:
        if isinstance(self.key, rsa.RSAPrivateKey):
            value, alg = self.key.sign(data, padding.PKCS1v15(), hashes.SHA256()), "rsa-pkcs1v15-sha256"
        elif isinstance(self.key, ec.EllipticCurvePrivateKey):
            value, alg = self.key.sign(data, ec.ECDSA(hashes.SHA256())), "ecdsa-sha256"
        else:
            raise SigningError("The staff key type is not supported (RSA or EC keys only).")
        pem = self.cert.public_bytes(serialization.Encoding.PEM).decode("ascii")
        return {"alg": alg, "cert": pem, "value": base64.b64encode(value).decode("ascii")}

    @property
    def staff_id(self) -> str:
        return cert_staff_ids(self.cert)[0] if cert_staff_ids(self.cert) else ""


def load_signer(p12_path: Path, passphrase: str | None) -> StaffSigner:
    """The staff key from the bureau's PKCS#12 file. A wrong passphrase or a damaged file: SigningError."""
    path = Path(p12_path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SigningError(f"The signing key file {path} cannot be read: {exc.strerror or exc}",
                           code="approval.key_unreadable") from None
    pw = passphrase.encode("utf-8") if passphrase else None
    try:
        key, cert, chain = pkcs12.load_key_and_certificates(data, pw)
    except ValueError:
        raise SigningError(f"The signing key file {path.name} could not be opened (wrong passphrase or not a "
                           "PKCS#12 file).", code="approval.key_passphrase") from None
    if key is None or cert is None:
        raise SigningError(f"The file {path.name} holds no key and certificate.", code="approval.key_unreadable")
    return StaffSigner(key, cert, list(chain or []), path, pw)


def cert_staff_ids(cert: x509.Certificate) -> list[str]:
    """Staff IDs a certificate vouches for: subject UID, then e-mail addresses (subject and SAN)."""
    ids = [a.value for a in cert.subject.get_attributes_for_oid(NameOID.USER_ID)]
    ids += [a.value for a in cert.subject.get_attributes_for_oid(NameOID.EMAIL_ADDRESS)]
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        ids += san.get_values_for_type(x509.RFC822Name)
    except x509.ExtensionNotFound:
        pass
    return [str(i) for i in ids]


def load_ca(path: Path) -> list[x509.Certificate]:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SigningError(f"The bureau CA file {path} cannot be read: {exc.strerror or exc}",
                           code="approval.ca_unreadable") from None
    try:
        return x509.load_pem_x509_certificates(data) if b"-----BEGIN" in data else [x509.load_der_x509_certificate(data)]
    except ValueError:
        raise SigningError(f"The file {Path(path).name} is not a CA certificate.", code="approval.ca_unreadable") from None


def _issued_by(cert: x509.Certificate, cas: list[x509.Certificate]) -> bool:
    for ca in cas:
        try:
            cert.verify_directly_issued_by(ca)
            return True
        except (ValueError, TypeError, InvalidSignature):
            continue
    return False


def check_signature(data: bytes, signature: dict | None, cas: list[x509.Certificate], *, actor: str,
                    actor_mail: str = "", at: dt.datetime | None = None) -> str | None:
    """Why ``signature`` does not prove that ``actor`` signed ``data`` (``None`` when it does)."""
    if not signature:
        return "not signed"
    try:
        cert = x509.load_pem_x509_certificate(str(signature.get("cert", "")).encode("ascii"))
        value = base64.b64decode(str(signature.get("value", "")), validate=True)
    except (ValueError, TypeError):
        return "the signature or its certificate is unreadable"
    if not _issued_by(cert, cas):
        return "the certificate was not issued by the bureau CA"
    when = at or dt.datetime.now(dt.timezone.utc)
    if not (cert.not_valid_before_utc <= when <= cert.not_valid_after_utc):
        return "the certificate was not valid at the time of the decision"
    ids = [i.casefold() for i in cert_staff_ids(cert)]
    if actor.casefold() not in ids and not (actor_mail and actor_mail.casefold() in ids):
        return f"the certificate belongs to {', '.join(cert_staff_ids(cert)) or 'someone else'}, not to {actor}"
    key = cert.public_key()
    try:
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(value, data, padding.PKCS1v15(), hashes.SHA256())
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(value, data, ec.ECDSA(hashes.SHA256()))
        else:
            return "unsupported key type"
    except InvalidSignature:
        return "the signature does not match the decision (the record was changed after signing)"
    return None


def event_problem(event, cas: list[x509.Certificate]) -> str | None:
    """Why a circulation event is not trustworthy (``None``: signed by the staff member it names)."""
    from desktop.services.approval.shared_event import TS_FORMAT

    try:
        at = dt.datetime.strptime(event.ts, TS_FORMAT).replace(tzinfo=dt.timezone.utc)
    except ValueError:
        return "the event time is unreadable"
    return check_signature(event.canonical(), event.signature, cas, actor=event.actor,
                           actor_mail=str(event.detail.get("actor_mail", "")), at=at)


# -- app wiring --------------------------------------------------------------------------------------
def ca_path(settings) -> Path | None:
    from desktop.services import paths

    value = settings.get("approval_ca_file")
    if value:
        return Path(value)
    bundled = paths.policy_folder() / "approval_ca.pem"
    return bundled if bundled.is_file() else None


def signer_from_app(profile: str, settings) -> StaffSigner | None:
    """The signed-in staff member's signer, or ``None`` when no key file is configured."""
    from desktop.services import secrets

    key_file = settings.get("approval_key_file")
    if not key_file:
        return None
    passphrase = secrets.get_secret(secrets.SecretKey.APPROVAL_KEY_PASSPHRASE, profile)
    return load_signer(Path(key_file), passphrase)


def trust_from_app(settings):
    """An event filter for :class:`Desk` that rejects events not signed under the bureau CA (or ``None``)."""
    path = ca_path(settings)
    if path is None:
        return None
    cas = load_ca(path)
    return lambda event: event_problem(event, cas)
