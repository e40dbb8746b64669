"""A real aiosmtpd server on 127.0.0.1 for the send tests and the benchmark: STARTTLS (or implicit TLS) with a
self-signed certificate made here, AUTH LOGIN/PLAIN required after TLS, and scripted faults per message."""
from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import ssl
import threading
from dataclasses import dataclass, field
from email import policy
from email.parser import BytesParser
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from tests.helpers.net import free_port

USER = "sender@metro.example.jp"


def make_cert(folder: Path) -> tuple[Path, Path]:
    """Self-signed cert for localhost/127.0.0.1 (cryptography)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self):
        return BytesParser(policy=policy.default).parsebytes(self.data)


@dataclass
class Recorder:
    """aiosmtpd handler. ``faults`` is a list consumed one per DATA: "ok", "451", "554", "drop", "block"."""

    received: list[Received] = field(default_factory=list)
    faults: list[str] = field(default_factory=list)
    rcpt_faults: list[str] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    data_entered: threading.Event = field(default_factory=threading.Event)
    rcpt_entered: threading.Event = field(default_factory=threading.Event)
    data_calls: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        fault = self.rcpt_faults.pop(0) if self.rcpt_faults else "ok"
        if fault == "block":
            self.rcpt_entered.set()
            while not self.release.is_set():
                await asyncio.sleep(0.01)
        elif fault != "ok":
            return f"{fault} recipient rejected by test"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.data_calls += 1
            fault = self.faults.pop(0) if self.faults else "ok"
        if fault in ("451", "554"):
            return f"{fault} test refuses this message"
        with self.lock:
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content
                                          or envelope.content))
        if fault == "drop":
            server.transport.close()
            return "250 never seen"
        if fault == "block":
            self.data_entered.set()
            while not self.release.is_set():
                await asyncio.sleep(0.01)
        return "250 OK queued"

    def message_ids(self) -> list[str]:
        with self.lock:
            return [r.message["Message-ID"] for r in self.received]


class LoopbackSmtp:
    def __init__(self, folder: Path, password: str, *, security: str = "starttls", user: str = USER,
                 port: int | None = None) -> None:
        self.cert, self.key = make_cert(folder)
        self.password, self.user, self.security = password, user, security
        self.handler = Recorder()
        self.port = port or free_port()
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(self.cert, self.key)
        kwargs = dict(authenticator=self._auth, auth_required=True, auth_require_tls=True)
        if security == "tls":   # the whole session is TLS; aiosmtpd only counts STARTTLS for auth_require_tls
            kwargs.update(ssl_context=ctx, auth_require_tls=False)
        else:
            kwargs.update(tls_context=ctx, require_starttls=True)
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, **kwargs)
        self.auth_attempts: list[str] = []

    def _auth(self, server, session, envelope, mechanism, auth_data):
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        ok = auth_data.login.decode() == self.user and auth_data.password.decode() == self.password
        self.auth_attempts.append("ok" if ok else "bad")
        return AuthResult(success=ok, handled=False)

    def __enter__(self) -> "LoopbackSmtp":
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.handler.release.set()
        self.controller.stop()
