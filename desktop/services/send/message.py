"""Builds the MIME message of one outbox job (one recipient). A pure function of the stored job, so a retry
sends the same Message-ID, Date and bytes of every attachment.

Uses the ``email.mime`` classes (compat32): several times faster than ``EmailMessage`` for the same output
(RFC 2047 encoded headers, RFC 2231 file names, base64 bodies), which matters for large broadcasts. The base64
form of an attachment is cached by SHA-256 so a group of N recipients encodes each file once.
"""
from __future__ import annotations

import base64
import datetime as dt
import mimetypes
import threading
from collections import OrderedDict
from email.charset import BASE64, Charset
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

LINK_INTRO = "以下のリンクから書類を受け取ってください。\n(Please download the documents from these links.)"
_UTF8 = Charset("utf-8")
_UTF8.header_encoding = BASE64
_UTF8.body_encoding = BASE64
_CACHE_BYTES = 64 * 1024 * 1024
_cache: "OrderedDict[str, str]" = OrderedDict()
_cache_lock = threading.Lock()


def _b64(sha256: str, path) -> str:
    with _cache_lock:
        if sha256 in _cache:
            _cache.move_to_end(sha256)
            return _cache[sha256]
    data = path.read_bytes()
    encoded = base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")
    with _cache_lock:
        _cache[sha256] = encoded
        while sum(len(v) for v in _cache.values()) > _CACHE_BYTES and len(_cache) > 1:
            _cache.popitem(last=False)
    return encoded


def _param_name(name: str) -> str:
    if name.isascii():
        return name
    return Header(name, _UTF8).encode(maxlinelen=10_000)


def _text(value: str):
    return value if value.isascii() else Header(value, _UTF8)


def _address(name: str, address: str) -> str:
    return formataddr((name, address), charset="utf-8") if name else address


def build_message(job) -> bytes:
    """RFC 5322 bytes (CRLF line ends) for ``job`` (a :class:`desktop.services.send.outbox.Job`)."""
    body = job.body or ""
    if job.transport == "link":
        lines = [f"- {a.name}: {job.links.get(a.sha256, '')}" for a in job.attachments]
        body = (body.rstrip("\n") + "\n\n" if body else "") + LINK_INTRO + "\n" + "\n".join(lines) + "\n"
    text = MIMEText(body.replace("\r\n", "\n"), "plain", _UTF8)
    if job.transport == "smtp" and job.attachments:
        msg: MIMEBase = MIMEMultipart()
        msg.attach(text)
        for att in job.attachments:
            ctype, _ = mimetypes.guess_type(att.name)
            maintype, subtype = (ctype or "application/octet-stream").split("/", 1)
            # ``name=`` on Content-Type too (RFC 2047 for non-ASCII, as Outlook writes it): some mail clients
            # show only that one; ``filename`` (RFC 2231) stays on Content-Disposition.
            part = MIMENonMultipart(maintype, subtype, name=_param_name(att.name))
            part.set_payload(_b64(att.sha256, att.path))
            part["Content-Transfer-Encoding"] = "base64"
            part.add_header("Content-Disposition", "attachment",
                            filename=att.name if att.name.isascii() else ("utf-8", "", att.name))
            msg.attach(part)
    else:
        msg = text
    sender_name = getattr(job, "sender_name", "")
    msg["From"] = formataddr((sender_name, job.sender), charset="utf-8") if sender_name else job.sender
    to, cc = getattr(job, "header_to", []), getattr(job, "header_cc", [])
    if to or cc:                     # a send with CC/BCC: every copy shows the same To: and Cc: (never Bcc)
        msg["To"] = ", ".join(_address(n, a) for n, a in to) if to else "undisclosed-recipients:;"
        if cc:
            msg["Cc"] = ", ".join(_address(n, a) for n, a in cc)
    else:
        msg["To"] = _address(job.recipient_name, job.recipient)
    msg["Subject"] = _text(job.subject)
    msg["Date"] = format_datetime(dt.datetime.fromtimestamp(job.created_at, dt.timezone.utc).astimezone())
    msg["Message-ID"] = job.message_id
    msg["X-Tosei-Group"] = job.group_id
    data = msg.as_bytes()
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
