"""The signed 起案書 PDF of a circulation, one immutable version per signature.

``回付/<draft_id>/r<round>/pdf/<nnn>.pdf``: version 001 is made by the drafter's PC at 提出 (the
document converted by LibreOffice, the 決裁欄 page appended, the drafter's PAdES signature in the 起案者 box).
Each approver's PC, when it delivers a decision, takes the newest version, adds its signature in its box
(an incremental update) and creates the next version with a no-overwrite move; if another PC (a 合議 member
deciding at the same moment) took that number first, it downloads theirs and signs on top of it. No version
is ever replaced, so no signature is lost. A decision made offline is signed at the next sync.
"""
from __future__ import annotations

import copy
import datetime as dt
import logging
import re
import shutil
import tempfile
from pathlib import Path

from desktop.services.approval import pades
from desktop.services.approval.route_state import apply
from desktop.services.approval.shared_event import TS_FORMAT
from desktop.services.common.jobs import NEVER, CancelToken
from desktop.services.sync.errors import RemoteChanged

log = logging.getLogger(__name__)
_VERSION = re.compile(r"^(\d{3,})\.pdf$")
STAMPS = {"submit": "起案", "resubmit": "再起案", "approve": "承認", "decide": "決裁", "consult_approve": "合議",
          "delegate_decide": "代決"}


def _when(event) -> dt.datetime:
    return dt.datetime.strptime(event.ts, TS_FORMAT).replace(tzinfo=dt.timezone.utc)


def versions(circ, draft_id: str, round_: int) -> list[tuple[int, Path]]:
    """(number, local path) of every PDF version known here, oldest first."""
    found = {}
    for base in (circ.cache, circ.outbox):
        folder = base / draft_id / f"r{round_}" / "pdf"
        if folder.is_dir():
            for p in folder.glob("*.pdf"):
                m = _VERSION.match(p.name)
                if m:
                    found.setdefault(p.name, (int(m.group(1)), p))
    return sorted(found.values())


def field_name(event) -> str:
    return f"Sig-{event.event_id[:16]}"


def signed_fields(pdf: Path) -> set[str]:
    """Names of the signature fields in ``pdf`` (one per decision, see :func:`field_name`)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    with open(pdf, "rb") as fh:
        return {sig.field_name for sig in PdfFileReader(fh, strict=False).embedded_signatures}


def _slot_for(state, event) -> pades.Slot | None:
    slots = {s.key: s for s in pades.slots(state)}
    if event.action in ("submit", "resubmit"):
        return slots.get("drafter")
    if event.action == "consult_approve":
        step = state.steps[event.step]
        member = event.detail.get("member", "")
        j = step.members.index(member) if member in step.members else -1
        return slots.get(f"s{event.step}m{j}")
    slot = slots.get(f"s{event.step}")
    if slot is not None and event.action == "delegate_decide":
        slot = pades.Slot(slot.key, slot.role, event.detail.get("actor_name", event.actor), event.actor, slot.box)
    return slot


def start_pdf(run, event, folder: Path) -> Path | None:
    """Version 001 of a (re)submission, signed by the drafter (written into the outbox)."""
    circ = run.circ
    state = copy.deepcopy(run.state())          # includes the new 提出 (it is already in the outbox)
    pdf_dir = folder / "pdf"
    pdf_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        document = None
        docx = folder / "起案書.docx"
        if circ.desk.document_pdf and docx.is_file():
            from desktop.services.common.pdf_convert import docx_to_pdf

            document = Path(tmp) / "document.pdf"
            try:
                docx_to_pdf(docx, document, soffice=circ.desk.soffice)
            except Exception as exc:   # no LibreOffice: the signed PDF carries the 決裁欄 page only
                log.warning("document pages left out of the signed PDF: %s", exc)
                document = None
        base = pades.add_kessai_page(document, state, Path(tmp) / "base.pdf")
        out = pdf_dir / "001.pdf"
        pades.sign_slot(base, out, circ.desk.signer, _slot_for(state, event), action=STAMPS[event.action],
                        field_name=field_name(event), when=_when(event))
    return out


def prepare_submissions(circ) -> int:
    """Version 001 for my newest (re)submission of each draft that has no PDF yet. Returns PDFs made."""
    made = 0
    me = circ.desk.staff
    for draft_id in circ.draft_ids():
        run = circ.run(draft_id)
        state = run.state()
        submits = [ev for ev in run.events() if ev.action in ("submit", "resubmit")]
        if not submits or state.round != len(submits) or not me.is_(submits[-1].actor):
            continue
        if versions(circ, draft_id, state.round):
            continue
        folder = circ.outbox / draft_id / f"r{state.round}"
        if not (folder / "draft.json").is_file():
            continue      # delivered earlier without a key; nothing to sign from here
        start_pdf(run, submits[-1], folder)
        made += 1
    return made


def sign_pending(circ, client, cancel: CancelToken = NEVER) -> int:
    """Sign the PDF for each of my delivered decisions that has no signed version yet. Returns versions sent."""
    sent = 0
    me = circ.desk.staff
    for draft_id in circ.draft_ids():
        run = circ.run(draft_id)
        events = run.events()
        state, rejected = run.replayed()
        bad = {ev.event_id for ev, _c, _w in rejected}
        if state.round == 0:
            continue
        # replay up to each event, to know the route of its round
        replayed = type(state)()
        for ev in events:
            if ev.event_id in bad:
                continue
            before = copy.deepcopy(replayed)
            apply(replayed, ev)
            if (ev.action not in STAMPS or ev.action in ("submit", "resubmit") or not me.is_(ev.actor)
                    or replayed.round != state.round):
                continue
            known = versions(circ, draft_id, state.round)
            if known and field_name(ev) in signed_fields(known[-1][1]):
                continue
            sent += _sign_one(circ, client, draft_id, state.round, before, ev, cancel)
    return sent


def _sign_one(circ, client, draft_id: str, round_: int, state, event, cancel: CancelToken) -> int:
    from desktop.services.approval.circulation import REMOTE_DIR

    slot = _slot_for(state, event)
    if slot is None:
        return 0
    for _attempt in range(8):
        cancel.raise_if_cancelled()
        known = versions(circ, draft_id, round_)
        if not known:
            log.info("no PDF of %s round %s yet; signing later", draft_id, round_)
            return 0
        number, latest = known[-1]
        name = f"{number + 1:03d}.pdf"
        target = circ.cache / draft_id / f"r{round_}" / "pdf" / name
        remote = f"{REMOTE_DIR}/{draft_id}/r{round_}/pdf/{name}"
        with tempfile.TemporaryDirectory() as tmp:
            local = Path(tmp) / name
            pades.sign_slot(latest, local, circ.desk.signer, slot, action=STAMPS[event.action],
                            field_name=field_name(event), when=_when(event))
            try:
                client.upload(local, remote, client.temp_path_for(remote), expect=None, sha256=None)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(local, target)
                return 1
            except RemoteChanged:
                pass
            # another PC signed version number+1 first: fetch the versions we lack and sign on top
            prefix = f"{REMOTE_DIR}/{draft_id}/r{round_}/pdf"
            for entry in client.children(prefix) or []:
                rel = entry.path[len(REMOTE_DIR) + 1:]
                if not entry.is_dir and not (circ.cache / rel).exists():
                    circ._fetch(client, entry.path, circ.cache / rel, cancel)
    return 0
