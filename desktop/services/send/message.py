"""Builds the MIME message of one outbox job (one recipient). Pure function of the stored job, so a retry
sends the same Message-ID, Date and bytes of every attachment."""
from __future__ import annotations

import mimetypes
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
import datetime as dt

LINK_INTRO = "以下のリンクから書類を受け取ってください。\n(Please download the documents from these links.)"


def build_message(job) -> bytes:
    """RFC 5322 bytes (CRLF line ends) for ``job`` (a :class:`desktop.services.send.outbox.Job`)."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = job.sender
    msg["To"] = _address(job.recipient, job.recipient_name)
    msg["Subject"] = job.subject
    msg["Date"] = format_datetime(dt.datetime.fromtimestamp(job.created_at, dt.timezone.utc).astimezone())
    msg["Message-ID"] = job.message_id
    msg["X-Tosei-Group"] = job.group_id
    body = job.body or ""
    if job.transport == "link":
        lines = [f"- {a.name}: {job.links.get(a.sha256, '')}" for a in job.attachments]
        body = (body.rstrip("\n") + "\n\n" if body else "") + LINK_INTRO + "\n" + "\n".join(lines) + "\n"
    msg.set_content(body, charset="utf-8")
    if job.transport == "smtp":
        for att in job.attachments:
            ctype, _ = mimetypes.guess_type(att.name)
            maintype, subtype = (ctype or "application/octet-stream").split("/", 1)
            msg.add_attachment(att.path.read_bytes(), maintype=maintype, subtype=subtype, filename=att.name)
    return msg.as_bytes()


def _address(addr: str, name: str) -> Address | str:
    if not name:
        return addr
    local, _, domain = addr.rpartition("@")
    return Address(display_name=name, username=local, domain=domain)
