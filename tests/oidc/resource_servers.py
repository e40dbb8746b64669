"""Resource servers that trust the test OIDC provider: they check the bearer token against its JWKS.

* :class:`JwtChecker`: RS256 signature from the provider's JWKS, issuer, audience, expiry (against a clock the
  test can move forward: ``clock_offset``), the scope the service needs. ``refuse_jti`` / ``refuse_all`` let a
  test make the server refuse a token it would otherwise accept (a server-side revocation), to see the client
  refresh once and never loop.
* :class:`XOAuth2Smtp`: aiosmtpd on 127.0.0.1 with STARTTLS and SASL XOAUTH2 only.
* :class:`BearerDav`: wsgidav (cheroot, in a thread) behind a WSGI layer that demands ``Authorization: Bearer``.
"""
from __future__ import annotations

import base64
import collections
import json
import ssl
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import jwt

from oidc_test_provider import RESOURCE, STAFF, OidcProvider


@dataclass
class JwtChecker:
    provider: OidcProvider
    scope: str
    clock_offset: float = 0.0
    refuse_jti: set = field(default_factory=set)
    refuse_all: bool = False
    seen: list = field(default_factory=list)      # (verdict, reason, jti) per presented token
    tokens: set = field(default_factory=set)      # every raw token presented (for the leak search)

    def __post_init__(self) -> None:
        ctx = ssl.create_default_context(cafile=str(self.provider.cert))
        self._jwks = jwt.PyJWKClient(self.provider.metadata()["jwks_uri"], ssl_context=ctx)
        self._lock = threading.Lock()

    def check(self, token: str) -> tuple[bool, str, dict]:
        """(accepted, reason, claims)."""
        with self._lock:
            self.tokens.add(token)
        try:
            key = self._jwks.get_signing_key_from_jwt(token).key
            claims = jwt.decode(token, key, algorithms=["RS256"], audience=RESOURCE, issuer=self.provider.issuer,
                                options={"verify_exp": False})
        except jwt.PyJWTError as exc:
            return self._note(False, f"invalid token ({type(exc).__name__})", {})
        if claims.get("exp", 0) <= time.time() + self.clock_offset:
            return self._note(False, "token expired", claims)
        if self.scope not in str(claims.get("scope", "")).split():
            return self._note(False, f"scope {self.scope} missing", claims)
        if self.refuse_all or claims.get("jti") in self.refuse_jti:
            return self._note(False, "token revoked at the server", claims)
        return self._note(True, "ok", claims)

    def _note(self, ok: bool, reason: str, claims: dict) -> tuple[bool, str, dict]:
        with self._lock:
            self.seen.append((ok, reason, claims.get("jti")))
        return ok, reason, claims


def mail_of(subject: str) -> str:
    return STAFF[subject]["claims"]["email"]


class _AuthLineLimits(collections.defaultdict):
    def __getitem__(self, key: str) -> int:
        return 12288 if key == "AUTH" else super().__getitem__(key)


class _XOAuth2Handler:
    def __init__(self, checker: JwtChecker) -> None:
        self.checker = checker
        self.received: list[tuple[str, list[str], bytes]] = []

    async def auth_XOAUTH2(self, server, args):  # noqa: N802 - aiosmtpd naming
        from aiosmtpd.smtp import AuthResult

        if len(args) < 2:
            return AuthResult(success=False, handled=False)
        try:
            fields = dict(part.split("=", 1) for part in base64.b64decode(args[1]).decode().split("\x01") if part)
            user, token = fields["user"], fields["auth"].removeprefix("Bearer ")
        except (ValueError, KeyError):
            return AuthResult(success=False, handled=False, message="501 5.5.2 malformed XOAUTH2")
        ok, reason, claims = self.checker.check(token)
        if ok and mail_of(claims["sub"]) != user:
            ok, reason = False, "token belongs to someone else"
        if ok:
            return AuthResult(success=True, auth_data=user)
        # RFC 7628 style: an error challenge, the client answers with an empty line, then 535.
        await server.challenge_auth(json.dumps({"status": "401", "schemes": "bearer", "scope": "mail"}))
        return AuthResult(success=False, handled=False, message=f"535 5.7.8 Authentication failed: {reason}")

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content
                              or envelope.content))
        return "250 OK queued"


class XOAuth2Smtp:
    def __init__(self, folder: Path, provider: OidcProvider) -> None:
        import aiosmtpd.smtp as smtp_module
        from aiosmtpd.controller import Controller

        from oidc_test_provider import make_cert

        self.cert, self.key = make_cert(folder / "smtp-cert")
        self.checker = JwtChecker(provider, "mail")
        self.handler = _XOAuth2Handler(self.checker)
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(self.cert, self.key)
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        class SMTP(smtp_module.SMTP):
            line_length_limit = 12288       # RFC 4954: an AUTH line may be 12,288 octets (a JWT is ~1 KB)

            def __init__(self, *args, **kwargs) -> None:
                super().__init__(*args, **kwargs)
                self.command_size_limits = _AuthLineLimits(lambda: self.command_size_limit)

        class Ctl(Controller):
            def factory(self):
                return SMTP(self.handler, **self.SMTP_kwargs)

        self.controller = Ctl(self.handler, hostname="127.0.0.1", port=self.port, tls_context=ctx,
                                     require_starttls=True, auth_required=True, auth_require_tls=True,
                                     auth_exclude_mechanism=["LOGIN", "PLAIN"])

    def __enter__(self) -> "XOAuth2Smtp":
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()


class BearerDav:
    """wsgidav serving ``root`` to bearer tokens with the ``dav`` scope (in-process cheroot thread)."""

    def __init__(self, root: Path, provider: OidcProvider) -> None:
        self.root = root
        self.checker = JwtChecker(provider, "dav")
        self.requests: list[tuple[str, int]] = []     # (method, status) of every request
        root.mkdir(parents=True, exist_ok=True)

    def _app(self):
        from wsgidav.wsgidav_app import WsgiDAVApp

        dav = WsgiDAVApp({
            "host": "127.0.0.1", "port": 0, "provider_mapping": {"/": str(self.root)},
            "simple_dc": {"user_mapping": {"*": True}},
            "http_authenticator": {"domain_controller": None, "accept_basic": False, "accept_digest": False,
                                   "default_to_digest": False},
            "verbose": 0, "logging": {"enable": False}, "dir_browser": {"enable": False},
            "lock_storage": True, "property_manager": True})

        def app(environ, start_response):
            header = environ.get("HTTP_AUTHORIZATION", "")
            ok, reason = False, "no bearer token"
            if header.startswith("Bearer "):
                ok, reason, _claims = self.checker.check(header[7:])
            if not ok:
                length = int(environ.get("CONTENT_LENGTH") or 0)
                if length:
                    environ["wsgi.input"].read(length)
                body = reason.encode()
                self.requests.append((environ["REQUEST_METHOD"], 401))
                start_response("401 Unauthorized", [
                    ("WWW-Authenticate", f'Bearer error="invalid_token", error_description="{reason}"'),
                    ("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
                return [body]
            self.requests.append((environ["REQUEST_METHOD"], 200))
            return dav(environ, start_response)
        return app

    def __enter__(self) -> "BearerDav":
        from cheroot import wsgi

        self.server = wsgi.Server(("127.0.0.1", 0), self._app(), numthreads=4)
        self.server.prepare()
        self.port = self.server.bind_addr[1]
        self.thread = threading.Thread(target=self.server.serve, daemon=True)
        self.thread.start()
        return self

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def __exit__(self, *exc) -> None:
        self.server.stop()
        self.thread.join(10)
