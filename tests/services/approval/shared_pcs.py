"""Test helpers: several staff members, each on "their own PC" (an app home of its own) sharing one real
WebDAV folder; a test CA (cryptography) that issues staff certificates as PKCS#12 files."""
from __future__ import annotations

import datetime as dt
import importlib.util
import uuid
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from desktop.services import secrets
from desktop.services.approval.circulation import Circulation
from desktop.services.approval.desk import desk_from_app
from desktop.services.approval.staff import Staff
from desktop.services.settings import Settings
from desktop.services.sync.identity import Identity, save_identity

# the sync tests' real wsgidav server (a subprocess on 127.0.0.1), reused as the bureau's shared folder
_spec = importlib.util.spec_from_file_location(
    "approval_dav_server", Path(__file__).parents[1] / "sync" / "dav_server.py")
dav_server = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dav_server)
DavServer = dav_server.DavServer
USER, PASSWORD = "s1234567", "Kairan-pa55!"


class TestCA:
    """A bureau CA for tests: issues staff certificates (subject UID = staff ID) as PKCS#12 files."""

    __test__ = False

    def __init__(self, folder: Path, name: str = "東京都 テスト認証局") -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.key = ec.generate_private_key(ec.SECP256R1())
        now = dt.datetime.now(dt.timezone.utc)
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
        self.cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
                     .public_key(self.key.public_key()).serial_number(x509.random_serial_number())
                     .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=365))
                     .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
                     .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False,
                                                  key_encipherment=False, data_encipherment=False,
                                                  key_agreement=False, key_cert_sign=True, crl_sign=True,
                                                  encipher_only=False, decipher_only=False), critical=True)
                     .add_extension(x509.SubjectKeyIdentifier.from_public_key(self.key.public_key()), critical=False)
                     .sign(self.key, hashes.SHA256()))
        self.pem = self.folder / "bureau-ca.pem"
        self.pem.write_bytes(self.cert.public_bytes(serialization.Encoding.PEM))

    def issue(self, staff: Staff, passphrase: str, *, issuer_key=None, issuer_cert=None) -> Path:
        key = ec.generate_private_key(ec.SECP256R1())
        now = dt.datetime.now(dt.timezone.utc)
        attrs = [x509.NameAttribute(NameOID.COMMON_NAME, staff.name), x509.NameAttribute(NameOID.USER_ID, staff.staff_id)]
        issuer_cert = issuer_cert or self.cert
        builder = (x509.CertificateBuilder().subject_name(x509.Name(attrs)).issuer_name(issuer_cert.subject)
                   .public_key(key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=90))
                   .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                   .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                                key_encipherment=False, data_encipherment=False,
                                                key_agreement=False, key_cert_sign=False, crl_sign=False,
                                                encipher_only=False, decipher_only=False), critical=True)
                   .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
                   .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                       issuer_cert.public_key()), critical=False))
        if staff.mail:
            builder = builder.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(staff.mail)]), critical=False)
        cert = builder.sign(issuer_key or self.key, hashes.SHA256())
        path = self.folder / f"{staff.staff_id}.p12"
        path.write_bytes(pkcs12.serialize_key_and_certificates(
            staff.staff_id.encode(), key, cert, [issuer_cert],
            serialization.BestAvailableEncryption(passphrase.encode())))
        return path


class PC:
    """One staff member's PC: its own TOSEI_DESK_HOME, signed-in identity and settings."""

    def __init__(self, root: Path, server, folder: str, staff: Staff, monkeypatch, password: str,
                 ca: TestCA | None = None) -> None:
        self.staff, self.monkeypatch = staff, monkeypatch
        self.home = Path(root) / f"pc-{staff.staff_id}"
        self.use()
        save_identity(Identity(staff_id=staff.staff_id, display_name=staff.name, bureau="総務局",
                               section="総務部総務課", mail=staff.mail, cloud_user=USER))
        secrets.set_secret(secrets.SecretKey.CLOUD_PASSWORD, password)
        settings = Settings()
        settings.set("cloud_endpoint", server.endpoint)
        settings.set("approval_shared_folder", folder)
        if ca is not None:
            passphrase = f"pass-{uuid.uuid4().hex[:6]}"
            settings.set("approval_key_file", str(ca.issue(staff, passphrase)))
            settings.set("approval_ca_file", str(ca.pem))
            secrets.set_secret(secrets.SecretKey.APPROVAL_KEY_PASSPHRASE, passphrase)
        self.desk = desk_from_app()
        self.circ = Circulation(self.desk)

    def use(self) -> None:
        """Make this PC's app home the current one (for code that reads it, e.g. the CLI)."""
        self.monkeypatch.setenv("TOSEI_DESK_HOME", str(self.home))

    def sync(self):
        report = self.circ.sync()
        assert not report.offline, report.error
        return report

    def run(self, draft_id: str):
        return self.circ.run(draft_id)
