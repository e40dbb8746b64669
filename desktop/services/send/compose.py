"""Turns what the user typed (addresses, old FAX numbers, group names, files) into outbox jobs, with the
cover sheet (送付状) generated and attached first. Used by the CLI and the page."""
from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services.send.addresses import DomainPolicy, normalize_address
from desktop.services.send.cover_sheet import CoverSheet, pdf_page_count, render_docx, render_pdf
from desktop.services.send.directory import Directory
from desktop.services.send.errors import FaxNumberNotFound, InvalidRecipient, MissingAttachment, NotConfigured
from desktop.services.send.outbox import Outbox, Recipient

COVER_PDF_NAME = "送付状.pdf"
COVER_DOCX_NAME = "送付状.docx"
GROUP_LISTING_LIMIT = 3   # a preview for more recipients than this says 関係各位; each mail names its recipient


@dataclass
class Draft:
    recipients: list[Recipient]
    subject: str
    body: str = ""
    attachments: list[Path] = field(default_factory=list)
    transport: str = "smtp"
    cover: bool = False
    cover_docx: bool = False
    sender_name: str = ""
    sender_org: str = ""


def resolve_recipients(directory: Directory | None, *, addresses=(), fax_numbers=(), groups=()) -> list[Recipient]:
    """Addresses as typed, FAX numbers looked up in the directory, group members; duplicates removed."""
    out: dict[str, Recipient] = {}
    for text in addresses:
        addr = normalize_address(text)
        known = directory.search(addr, limit=1) if directory else []
        name = known[0].label.split(" <")[0] if known and known[0].email == addr else ""
        out.setdefault(addr, Recipient(addr, name))
    for number in fax_numbers:
        found = directory.find_by_fax(number) if directory else []
        if not found:
            raise FaxNumberNotFound(f"No directory entry has the FAX number {number}; import the address book "
                                    "or give the mail address with --to.", number=number)
        if len(found) > 1:
            raise InvalidRecipient(f"The FAX number {number} belongs to {len(found)} entries: "
                                   f"{', '.join(c.email for c in found)}; give the mail address.", number=number,
                                   reason="fax_ambiguous", addresses=[c.email for c in found])
        c = found[0]
        out.setdefault(c.email, Recipient(c.email, c.label.split(" <")[0]))
    for group in groups:
        members = directory.group_members(group) if directory else []
        if not members:
            raise InvalidRecipient(f"The group {group} does not exist or is empty.", group=group, reason="no_group")
        for c in members:
            out.setdefault(c.email, Recipient(c.email, c.label.split(" <")[0]))
    return list(out.values())


def make_cover(draft: Draft, folder: Path, *, font: Path | None = None, recipient: Recipient | None = None,
               pages: list[tuple[str, int]] | None = None) -> list[Path]:
    """Render the cover sheet(s) for ``draft`` into ``folder``; returns the files to attach first.

    With ``recipient`` the sheet names only that recipient (each mail goes to one person); without it (a
    preview of the whole draft) it lists up to :data:`GROUP_LISTING_LIMIT` names, else 関係各位.
    """
    for f in draft.attachments:
        if not Path(f).is_file():
            raise MissingAttachment(f"The attachment {f} does not exist or cannot be read.", path=str(f))
    if recipient is not None:
        listed = [recipient.name or recipient.address]
    else:
        names = [r.name or r.address for r in draft.recipients]
        listed = names if len(names) <= GROUP_LISTING_LIMIT else ["関係各位"]
    if pages is None:
        pages = [(Path(f).name, pdf_page_count(Path(f))) for f in draft.attachments]
    folder.mkdir(parents=True, exist_ok=True)
    sheet = CoverSheet(sender_name=draft.sender_name, sender_org=draft.sender_org, recipients=listed,
                       subject=draft.subject, message=draft.body, date=dt.date.today(), attachments=pages)
    out = [render_pdf(sheet, folder / COVER_PDF_NAME, font=font)]
    if draft.cover_docx:
        out.append(render_docx(sheet, folder / COVER_DOCX_NAME))
    return out


def queue_draft(outbox: Outbox, draft: Draft, *, sender: str, policy: DomainPolicy, state: str = "draft",
                hold_seconds: float = 0.0, font: Path | None = None) -> str:
    """Queue ``draft`` (cover sheet first when asked); returns the group id. Nothing is queued on error."""
    if not draft.recipients:
        raise InvalidRecipient("There is no recipient.", reason="none")
    if not sender:
        raise NotConfigured("No sender address is configured (setting smtp_from).", field="smtp_from")
    policy.check([r.address for r in draft.recipients])        # refuse blocked domains before any work
    with tempfile.TemporaryDirectory(prefix="tosei-cover-") as tmp:
        own: dict[str, list[Path]] = {}
        if draft.cover or draft.cover_docx:   # one sheet per recipient, naming that recipient only
            pages = [(Path(f).name, pdf_page_count(Path(f))) for f in draft.attachments
                     if Path(f).is_file()]
            for i, r in enumerate(draft.recipients):
                own[r.address] = make_cover(draft, Path(tmp) / str(i), font=font, recipient=r, pages=pages)
        return outbox.queue(draft.recipients, sender=sender, subject=draft.subject, body=draft.body,
                            attachments=list(draft.attachments), transport=draft.transport, policy=policy,
                            state=state, hold_seconds=hold_seconds, sender_name=draft.sender_name,
                            own_attachments=own)
