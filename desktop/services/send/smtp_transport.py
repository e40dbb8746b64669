"""SMTP transport: STARTTLS, implicit TLS or plain; AUTH; TCP_NODELAY; one connection reused for many jobs.

Every failure becomes a :class:`TransportFailure` that says whether it is temporary (worth a retry) and
whether it happened after the DATA command was issued (``after_data``: the message may have been delivered,
so it must never be resent automatically). A server reply to DATA (4xx/5xx) means the body was *not* taken;
only a dropped connection or a timeout while waiting for that reply is uncertain.
The password is passed in by the caller (read from the credential store) and is never put in a message.
Thread-safety: one transport per thread.
"""
from __future__ import annotations

import smtplib
import socket
import ssl
from dataclasses import dataclass
from typing import Callable

from desktop.services.errors import ToseiError
from desktop.services.send.errors import NotConfigured, TransportFailure

SECURITY = ("starttls", "tls", "none")


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int = 587
    security: str = "starttls"
    user: str = ""
    timeout: float = 30.0
    cafile: str | None = None          # extra CA bundle (a bureau CA); the OS store is always trusted too

    def check(self) -> None:
        if not self.host:
            raise NotConfigured("No SMTP server is configured (setting smtp_host).", field="smtp_host")
        if self.security not in SECURITY:
            raise NotConfigured(f"Unknown SMTP security '{self.security}' (use starttls, tls or none).",
                                field="smtp_security")


def _connect_reason(exc: BaseException) -> str:
    """What kind of connection failure: ``dns`` (unknown host name), ``refused``, ``timeout`` or ``unreachable``."""
    if isinstance(exc, socket.gaierror):
        return "dns"
    if isinstance(exc, ConnectionRefusedError):
        return "refused"
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return "timeout"
    return "unreachable"


def _tls_context(cafile: str | None) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    if cafile:
        ctx.load_verify_locations(cafile=cafile)
    return ctx


def _nodelay(sock) -> None:
    try:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except (OSError, AttributeError):
        pass


def _reply_text(code: int, msg: bytes | str) -> str:
    text = msg.decode("utf-8", "replace") if isinstance(msg, bytes) else str(msg)
    return f"{code} {text}".strip()


class SmtpTransport:
    name = "smtp"

    def __init__(self, config: SmtpConfig, password: str | None = None, *,
                 authenticate: Callable[[smtplib.SMTP, str], None] | None = None) -> None:
        """``authenticate(smtp, user)`` replaces the password login (SSO: SASL XOAUTH2, see identity.bearer)."""
        config.check()
        self.config = config
        self._password = password
        self._authenticate = authenticate
        self._smtp: smtplib.SMTP | None = None

    def __repr__(self) -> str:  # never show the password
        return f"SmtpTransport({self.config.host}:{self.config.port}, {self.config.security})"

    # -- connection -------------------------------------------------------------------------------------
    def open(self) -> None:
        cfg = self.config
        holder: list[smtplib.SMTP] = []
        try:
            self._smtp = self._login(cfg, f"{cfg.host}:{cfg.port}", holder)
        except BaseException:
            for smtp in holder:          # never leave a half-open socket behind
                smtp.close()
            raise

    def _login(self, cfg: SmtpConfig, where: str, holder: list) -> smtplib.SMTP:
        try:
            if cfg.security == "tls":
                smtp = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout, context=_tls_context(cfg.cafile))
            else:
                smtp = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout)
            holder.append(smtp)
            _nodelay(smtp.sock)
            smtp.ehlo()
            if cfg.security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise TransportFailure(f"The SMTP server {where} does not offer STARTTLS.", temporary=False,
                                           stage="connect", reason="no_starttls", host=where)
                smtp.starttls(context=_tls_context(cfg.cafile))
                smtp.ehlo()
            if cfg.user and self._authenticate is not None:
                self._authenticate(smtp, cfg.user)
            elif cfg.user:
                if self._password is None:
                    raise TransportFailure("No SMTP password is stored in the credential store.",
                                           temporary=False, stage="auth", reason="no_password")
                smtp.login(cfg.user, self._password)
        except TransportFailure:
            raise
        except ToseiError as exc:          # the SSO token could not be had (signed out, expired, IdP unreachable)
            raise TransportFailure(f"No sign-in token for the SMTP server {where}: {exc}",
                                   temporary=getattr(exc, "code", "") == "signin.unreachable", stage="auth",
                                   reason="signin_needed", host=where) from None
        except smtplib.SMTPAuthenticationError as exc:
            oauth = self._authenticate is not None
            what = "the sign-in token" if oauth else "the user name or password"
            raise TransportFailure(f"The SMTP server {where} rejected {what} "
                                   f"({exc.smtp_code}).", temporary=False, stage="auth",
                                   reason="token_rejected" if oauth else "auth_rejected", host=where,
                                   response=_reply_text(exc.smtp_code, exc.smtp_error)) from None
        except UnicodeEncodeError:
            raise TransportFailure("The SMTP user name or password contains non-ASCII characters, which SMTP AUTH "
                                   "cannot send.", temporary=False, stage="auth", reason="auth_non_ascii") from None
        except ssl.SSLError as exc:
            raise TransportFailure(f"The TLS connection to {where} failed ({exc.reason or type(exc).__name__}).",
                                   temporary=False, stage="connect", reason="tls", host=where) from None
        except smtplib.SMTPResponseException as exc:
            raise TransportFailure(f"The SMTP server {where} refused the session ({exc.smtp_code}).",
                                   temporary=400 <= exc.smtp_code < 500, stage="connect",
                                   reason="session_refused", host=where, response=_reply_text(exc.smtp_code, exc.smtp_error)) from None
        except (OSError, smtplib.SMTPException) as exc:
            raise TransportFailure(f"Could not connect to the SMTP server {where} ({type(exc).__name__}: "
                                   f"{getattr(exc, 'strerror', None) or exc}).", temporary=True,
                                   stage="connect", reason=_connect_reason(exc), host=where) from None
        return smtp

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            try:
                smtp.quit()
            except (OSError, smtplib.SMTPException):
                smtp.close()

    def __enter__(self) -> "SmtpTransport":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- one message ------------------------------------------------------------------------------------
    def send(self, sender: str, recipient: str, data: bytes, before_data: Callable[[], None]) -> str:
        """Deliver one message; ``before_data`` runs (and must persist its marker) right before DATA.

        Returns the server's final reply (e.g. ``250 OK queued as …``).
        """
        for attempt in (1, 2):
            if self._smtp is None:
                self.open()
            try:
                code, msg = self._smtp.mail(sender)
                break
            except (smtplib.SMTPServerDisconnected, OSError):
                self._smtp = None           # an idle connection was closed by the server: reconnect once
                if attempt == 2:
                    raise TransportFailure("The SMTP server closed the connection.", temporary=True,
                                           stage="mail", reason="lost") from None
        smtp = self._smtp
        try:
            if code != 250:
                self._rset()
                raise TransportFailure(f"The server refused the sender {sender} ({code}).",
                                       temporary=400 <= code < 500, stage="mail", reason="sender_refused",
                                       address=sender, response=_reply_text(code, msg))
            code, msg = smtp.rcpt(recipient)
            if code not in (250, 251):
                self._rset()
                raise TransportFailure(f"The server refused the recipient {recipient} ({code}).",
                                       temporary=400 <= code < 500, stage="rcpt", reason="recipient_refused",
                                       address=recipient, response=_reply_text(code, msg))
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            self._drop()
            raise TransportFailure(f"The connection to the SMTP server was lost ({type(exc).__name__}).",
                                   temporary=True, stage="rcpt", reason="lost") from None
        before_data()
        try:
            code, msg = smtp.data(data)
        except smtplib.SMTPDataError as exc:   # an explicit reply: the body was not taken
            self._rset()
            raise TransportFailure(f"The server did not accept the message ({exc.smtp_code}).",
                                   temporary=400 <= exc.smtp_code < 500, stage="data", reason="message_refused",
                                   response=_reply_text(exc.smtp_code, exc.smtp_error)) from None
        except (smtplib.SMTPServerDisconnected, smtplib.SMTPException, OSError) as exc:
            self._drop()
            raise TransportFailure(
                f"The connection was lost after the message was handed over ({type(exc).__name__}); it may or "
                "may not have been delivered.", temporary=False, after_data=True, stage="data",
                reason="lost_after_data") from None
        if code != 250:                         # an explicit final reply: the body was not taken
            self._rset()
            raise TransportFailure(f"The server did not accept the message ({code}).",
                                   temporary=400 <= code < 500, stage="data", reason="message_refused",
                                   response=_reply_text(code, msg))
        return _reply_text(code, msg)

    def _rset(self) -> None:
        try:
            self._smtp.rset()
        except (OSError, smtplib.SMTPException):
            self._drop()

    def _drop(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            try:
                smtp.close()
            except OSError:
                pass
