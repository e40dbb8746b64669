"""The access token on the wire: ``Authorization: Bearer`` for httpx (WebDAV) and SASL XOAUTH2 for SMTP.

Both refresh the token silently **once** when the server refuses it (HTTP 401, SMTP 535) and never loop: a
second refusal is reported (:class:`TokenRefused`, or the transport's own auth failure) with the server's reason.
A token source is anything with ``access_token(force_refresh=False) -> str`` (a :class:`SignInSession`).
"""
from __future__ import annotations

import base64
import logging
import smtplib
from typing import Generator, Protocol

import httpx

from desktop.services.logging_setup import register_secret

log = logging.getLogger(__name__)


class TokenSource(Protocol):
    def access_token(self, force_refresh: bool = False) -> str: ...


def _replayable(request: httpx.Request) -> bool:
    """Can this request be sent a second time? A body in memory can; so can a stream that says it re-reads its
    source (``can_resend``, e.g. the sync client's upload body, read again from the file), and a multipart form
    whose files can seek back to their start (httpx rewinds each file when it renders the body again: the
    recording sent to the transcription server)."""
    stream = request.stream
    if isinstance(stream, httpx.ByteStream) or getattr(stream, "can_resend", False) is True:
        return True
    from httpx._multipart import FileField, MultipartStream

    if isinstance(stream, MultipartStream):
        files = [f.file for f in stream.fields if isinstance(f, FileField)]
        return all(isinstance(f, (str, bytes)) or _seekable(f) for f in files)
    return False


def _seekable(fileobj) -> bool:
    try:
        return bool(fileobj.seekable())
    except (AttributeError, ValueError, OSError):
        return False


class BearerAuth(httpx.Auth):
    """httpx auth: bearer token, one silent refresh after a 401 (for bodies that can be sent again)."""

    def __init__(self, source: TokenSource) -> None:
        self._source = source
        self.refreshes = 0

    def __repr__(self) -> str:
        return "BearerAuth()"

    def _token(self, force_refresh: bool) -> str:
        token = self._source.access_token(force_refresh=force_refresh)
        register_secret(token)
        return token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._token(False)}"
        response = yield request
        if response.status_code != 401:
            return
        log.info("the server refused the access token (401); refreshing it once")
        self.refreshes += 1
        token = self._token(True)
        if not _replayable(request):
            return               # a one-shot stream cannot be sent again; the next request uses the new token
        request.headers["Authorization"] = f"Bearer {token}"
        yield request


def xoauth2_string(user: str, token: str) -> str:
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


class XOAuth2Login:
    """An SMTP authenticator ``(smtp, user) -> None``: AUTH XOAUTH2, one silent refresh after a refusal.

    Raises ``smtplib.SMTPAuthenticationError`` (code and server text, no token) when the refreshed token is
    refused too, or when the server does not offer XOAUTH2 (code 504).
    """

    mechanism = "XOAUTH2"

    def __init__(self, source: TokenSource) -> None:
        self._source = source

    def __repr__(self) -> str:
        return "XOAuth2Login()"

    def __call__(self, smtp: smtplib.SMTP, user: str) -> None:
        offered = (smtp.esmtp_features.get("auth") or "").upper().split()
        if self.mechanism not in offered:
            raise smtplib.SMTPAuthenticationError(504, b"The server does not offer AUTH XOAUTH2.")
        for attempt in (1, 2):
            token = self._source.access_token(force_refresh=attempt == 2)
            register_secret(token)
            register_secret(base64.b64encode(xoauth2_string(user, token).encode()).decode())
            try:
                # On failure the server sends a 334 challenge (a JSON error); the answer is an empty line.
                smtp.auth(self.mechanism, lambda challenge=None, token=token: "" if challenge else xoauth2_string(user, token),
                          initial_response_ok=True)
                return
            except smtplib.SMTPAuthenticationError:
                if attempt == 2:
                    raise
                log.info("the SMTP server refused the access token; refreshing it once")
