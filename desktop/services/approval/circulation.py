"""Circulation of 起案 between PCs through the shared work folder (the bureau's WebDAV server).

Remote layout below the approval root::

    回付/<draft_id>/r<round>/draft.json      the frozen draft of that (re)submission (hash in the 提出 event)
    回付/<draft_id>/r<round>/起案書.docx      the document as submitted; 添付/<name> its attachments
    回付/<draft_id>/events/<ts>-<id>.json    one immutable file per 提出・承認・差戻し … (see shared_event)

Local layout below ``home`` (per PC): ``cache/`` mirrors what was downloaded, ``outbox/`` holds what this PC
wrote and has not delivered yet (same relative paths). Every action only writes to the outbox, so it works
offline and is instant; :meth:`Circulation.sync` delivers the outbox (no-overwrite moves: nothing on the server
is ever replaced) and downloads what others added. The state of a draft is the replay of all events known
here (cache + outbox) through :func:`~desktop.services.approval.route_state.replay`, which counts only events
whose actor the route names — a decision file written by anyone else is listed as rejected, never counted.

Threading: :meth:`Circulation.sync` does network I/O (run it off the GUI thread); everything else is local
file work of milliseconds. One :class:`Circulation` per thread.
"""
from __future__ import annotations

import os

import logging
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from desktop.services.approval.errors import ApprovalError, RouteActionError
from desktop.services.approval.model import Draft, sha256_file
from desktop.services.approval.route_sim import check_submittable, submit_detail
from desktop.services.approval.route_state import RunState, refusal, replay
from desktop.services.approval.shared_event import SharedEvent, next_ts
from desktop.services.approval.staff import Staff
from desktop.services.common.atomic import atomic_write_text
from desktop.services.common.jobs import NEVER, CancelToken
from desktop.services.sync.errors import RemoteChanged, SyncError

log = logging.getLogger(__name__)

REMOTE_DIR = "回付"
DOCX_NAME = "起案書.docx"
SYNCED_FILE = "synced.json"         # below ``home``: when the inbox was last brought up to date with the server


@dataclass
class SyncReport:
    sent: int = 0
    received: int = 0
    offline: bool = False
    error: str = ""


@dataclass
class InboxItem:
    draft_id: str
    subject: str
    doc_number: str
    drafter_name: str
    drafter_id: str
    status: str                     # in_progress | returned | decided | withdrawn
    current_label: str = ""
    waiting_for_me: bool = False
    mine: bool = False              # I drafted it
    updated: str = ""
    unsent: int = 0                 # my events not yet delivered
    rejected: int = 0               # event files that were not counted (not authorised / not trusted)


@dataclass
class Desk:
    """One PC: who is signed in, where its circulation files live, how to reach the shared folder."""

    staff: Staff
    home: Path
    connect: Callable[[], object]       # -> a WebDavClient rooted at the approval folder
    signer: object | None = None        # .sign(bytes) -> dict (see signing.py)
    trust: Callable[[SharedEvent], str | None] | None = None   # reason to reject an event, or None
    soffice: str | None = None          # LibreOffice for the document pages of the signed PDF
    document_pdf: bool = True           # False: the signed PDF holds the 決裁欄 page only


class Circulation:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.cache = Path(desk.home) / "cache"
        self.outbox = Path(desk.home) / "outbox"
        for folder in (self.cache, self.outbox):
            folder.mkdir(parents=True, exist_ok=True)

    # -- local files -------------------------------------------------------------------------------
    def local_file(self, rel: str) -> Path | None:
        """A circulation file as known here (delivered copy first, else the undelivered one)."""
        for base in (self.cache, self.outbox):
            path = base / rel
            if path.is_file():
                return path
        return None

    def draft_ids(self) -> list[str]:
        ids = set()
        for base in (self.cache, self.outbox):
            ids.update(p.name for p in base.iterdir() if p.is_dir())
        return sorted(ids)

    def run(self, draft_id: str) -> "SharedRun":
        return SharedRun(self, draft_id)

    def unsent(self) -> list[Path]:
        """Files waiting in the outbox. A sync on another thread may remove a delivered item's folder while this
        walks the tree: what vanished meanwhile is simply no longer unsent."""
        found: list[Path] = []
        for root, _dirs, files in os.walk(self.outbox):  # os.walk skips folders that vanish; rglob raises
            found.extend(Path(root) / name for name in files)
        return sorted(found)

    # -- network -----------------------------------------------------------------------------------
    def sync(self, cancel: CancelToken = NEVER) -> SyncReport:
        """Deliver the outbox (packages before events), then download what is new. Offline: keeps the queue."""
        report = SyncReport()
        if self.desk.signer is not None:
            from desktop.services.approval import signed_pdf

            signed_pdf.prepare_submissions(self)     # the drafter's signed PDF of a new 提出 (offline too)
        try:
            client = self.desk.connect()
        except SyncError as exc:
            return SyncReport(offline=True, error=str(exc))
        try:
            pending = sorted(self.unsent(), key=lambda p: ("/events/" in p.as_posix(), p.as_posix()))
            for path in pending:
                cancel.raise_if_cancelled()
                rel = path.relative_to(self.outbox).as_posix()
                self._deliver(client, path, f"{REMOTE_DIR}/{rel}")
                target = self.cache / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                path.replace(target)
                _prune_empty(path.parent, self.outbox)
                report.sent += 1
            from desktop.services.approval.shared_numbering import retry_busy

            for entry in retry_busy(lambda: client.list_tree(cancel)).values():
                cancel.raise_if_cancelled()
                if entry.is_dir or not entry.path.startswith(REMOTE_DIR + "/"):
                    continue
                rel = entry.path[len(REMOTE_DIR) + 1:]
                name = rel.rsplit("/", 1)[-1]
                if name.startswith(".") or (self.cache / rel).exists() or (self.outbox / rel).exists():
                    continue
                self._fetch(client, entry.path, self.cache / rel, cancel)
                report.received += 1
            self._mark_synced(report)
            if self.desk.signer is not None:
                from desktop.services.approval import signed_pdf

                report.sent += signed_pdf.sign_pending(self, client, cancel)
        except SyncError as exc:
            report.offline, report.error = True, str(exc)
            log.info("circulation sync stopped: %s", exc)
        finally:
            client.close()
        return report

    def _mark_synced(self, report: SyncReport) -> None:
        """Everything on the server is now in the cache: the local inbox is current as of now."""
        import json
        import time

        atomic_write_text(Path(self.desk.home) / SYNCED_FILE,
                          json.dumps({"finished": time.time(), "sent": report.sent, "received": report.received}))

    def last_synced(self) -> float | None:
        return last_synced(self.desk.home)

    @staticmethod
    def _deliver(client, local: Path, remote: str) -> None:
        from desktop.services.approval.shared_numbering import ensure_folder

        ensure_folder(client, remote.rsplit("/", 1)[0])
        try:
            client.upload(local, remote, client.temp_path_for(remote), expect=None, sha256=sha256_file(local))
        except RemoteChanged:
            # Already there: a previous delivery whose answer was lost. The same bytes mean delivered.
            entry = client.stat(remote)
            if entry is None or entry.size != local.stat().st_size:
                raise
            import io

            sink = io.BytesIO()
            digest, _ = client.download(remote, sink, expect_etag=None)
            if digest != sha256_file(local):
                raise

    @staticmethod
    def _fetch(client, remote: str, target: Path, cancel: CancelToken) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        part = target.with_name(target.name + ".part")
        with open(part, "wb") as sink:
            client.download(remote, sink, expect_etag=None, cancel=cancel)
        part.replace(target)

    # -- views -------------------------------------------------------------------------------------
    def items(self) -> list[InboxItem]:
        out = []
        me = self.desk.staff
        for draft_id in self.draft_ids():
            run = self.run(draft_id)
            state, rejected = run.replayed()
            if state.status == "draft":
                continue
            step = state.current_step()
            waiting = state.waiting_for()
            events = run.events()
            out.append(InboxItem(
                draft_id, state.subject, state.doc_number, state.drafter_name, state.drafter_id, state.status,
                (step.name or step.label()) if step else "", any(me.is_(w) for w in waiting),
                me.is_(state.drafter_id), events[-1].ts if events else "", len(run.unsent_events()), len(rejected)))
        out.sort(key=lambda i: i.updated, reverse=True)
        out.sort(key=lambda i: not i.waiting_for_me)       # 決裁待ち first, newest first within each group
        return out

    def inbox(self) -> list[InboxItem]:
        """決裁待ち: items waiting for the signed-in staff member."""
        return [i for i in self.items() if i.waiting_for_me]


class SharedRun:
    """The route of one circulated draft, with the same methods as :class:`RouteRun`."""

    def __init__(self, circulation: Circulation, draft_id: str) -> None:
        self.circ = circulation
        self.draft_id = draft_id

    # -- reading -----------------------------------------------------------------------------------
    def _event_files(self) -> list[tuple[Path, bool]]:
        # outbox first: a sync on another thread moves files from the outbox into the cache, so a file
        # missed in the outbox is then found in the cache (events() also retries a moved one there)
        files = []
        for base, unsent in ((self.circ.outbox, True), (self.circ.cache, False)):
            folder = base / self.draft_id / "events"
            if folder.is_dir():
                files.extend((p, unsent) for p in folder.glob("*.json"))
        return files

    def events(self) -> list[SharedEvent]:
        seen: dict[str, SharedEvent] = {}
        for path, unsent in self._event_files():
            try:
                try:
                    text = path.read_text(encoding="utf-8")
                except FileNotFoundError:
                    if not unsent:
                        raise
                    text = (self.circ.cache / path.relative_to(self.circ.outbox)).read_text(encoding="utf-8")
                ev = SharedEvent.from_json(text)
            except (OSError, ValueError) as exc:
                log.warning("skipping unreadable event file %s: %s", path.name, exc)
                continue
            if ev.draft_id == self.draft_id:
                seen.setdefault(ev.event_id, ev)
        events = sorted(seen.values(), key=lambda e: (e.ts, e.event_id))
        for n, ev in enumerate(events, start=1):
            ev.n = n
        return events

    def unsent_events(self) -> list[Path]:
        return [p for p, unsent in self._event_files() if unsent]

    def replayed(self) -> tuple[RunState, list]:
        trust = self.circ.desk.trust
        events, distrusted = [], []
        for ev in self.events():
            why = trust(ev) if trust is not None else None
            if why:
                distrusted.append((ev, "approval.untrusted", why))
            else:
                events.append(ev)
        state, rejected = replay(events)
        return state, distrusted + rejected

    def state(self) -> RunState:
        return self.replayed()[0]

    def package(self, state: RunState | None = None) -> Draft:
        """The frozen draft of the current round, checked against the hash its 提出 recorded."""
        state = state or self.state()
        path = self.circ.local_file(f"{self.draft_id}/r{state.round}/draft.json")
        if path is None:
            raise RouteActionError("The submitted draft has not arrived on this PC yet; sync first.",
                                   code="approval.package_missing")
        try:
            draft = Draft.from_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise RouteActionError(f"The submitted draft is unreadable: {exc}", code="approval.package_changed") from None
        if draft.state_hash() != state.state_hash:
            raise RouteActionError("The circulating draft differs from what was submitted.",
                                   code="approval.package_changed")
        for att in state.attachments:
            copy = self.circ.local_file(f"{self.draft_id}/r{state.round}/添付/{Path(att['path']).name}")
            if copy is None or sha256_file(copy) != att["sha256"]:
                raise RouteActionError(f"Attachment {Path(att['path']).name} differs from what was submitted.",
                                       code="approval.package_changed")
        return draft

    # -- writing -----------------------------------------------------------------------------------
    def _write_event(self, ev: SharedEvent) -> SharedEvent:
        known = self.events()
        ev.ts = next_ts(known[-1].ts if known else "")
        if self.circ.desk.signer is not None:
            ev.signature = self.circ.desk.signer.sign(ev.canonical())
        atomic_write_text(self.circ.outbox / self.draft_id / "events" / ev.file_name, ev.to_json())
        return ev

    def _act(self, staff: Staff, action: str, step: int | None, **detail) -> SharedEvent:
        state = self.state()
        if action not in ("withdraw", "post_review"):
            if state.status != "in_progress":
                raise RouteActionError(f"The draft is not in circulation (status: {state.status}).",
                                       code="approval.bad_state")
            self.package(state)                 # locked: refuse to decide on content that changed
        detail.update(actor_name=staff.name, actor_mail=staff.mail)
        why = refusal(state, action, staff.staff_id, step, detail)
        if why:
            raise RouteActionError(why[1], code=why[0])
        return self._write_event(SharedEvent(self.draft_id, action, staff.staff_id, step, detail, state.state_hash))

    def submit(self, draft: Draft, staff: Staff, **validate_kwargs) -> SharedEvent:
        """提出/再提出: the package (draft JSON, .docx, attachments) and the event go into the outbox."""
        if draft.draft_id != self.draft_id:
            raise RouteActionError("This route belongs to another draft.")
        state = self.state()
        action = check_submittable(draft, staff, state, **validate_kwargs)
        folder = self.circ.outbox / self.draft_id / f"r{state.round + 1}"
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_text(folder / "draft.json", draft.to_json())
        for att in draft.attachments:
            (folder / "添付").mkdir(exist_ok=True)
            shutil.copyfile(att.path, folder / "添付" / Path(att.path).name)
        try:
            from desktop.services.approval.docx_export import export_draft

            export_draft(draft, folder / DOCX_NAME, json_path=False)
        except (ApprovalError, OSError) as exc:   # the JSON is the document of record; say why in the log
            log.warning("could not write the .docx of the package: %s", exc)
        detail = submit_detail(draft, staff)
        event = self._write_event(SharedEvent(self.draft_id, action, staff.staff_id, None, detail,
                                              draft.state_hash()))
        return event      # the signed PDF is made by the next sync (LibreOffice is slow: not on this thread)

    def approve(self, staff: Staff) -> SharedEvent:
        state = self.state()
        step = state.current_step()
        if step is not None and step.kind == "合議":
            member = step.member_for(staff.staff_id) or (step.member_for(staff.mail) if staff.mail else None)
            return self._act(staff, "consult_approve", state.current, member=member or "")
        return self._act(staff, "decide" if step is not None and step.decider else "approve", state.current)

    def delegate_decide(self, staff: Staff, reason: str) -> SharedEvent:
        state = self.state()
        step = state.current_step()
        return self._act(staff, "delegate_decide", state.current, reason=reason.strip(),
                         on_behalf_of=(step.name or step.label()) if step else "",
                         on_behalf_of_id=step.staff_id if step else "")

    def pass_for_post_review(self, staff: Staff) -> SharedEvent:
        return self._act(staff, "pass_for_post_review", self.state().current)

    def post_review(self, step_index: int, staff: Staff) -> SharedEvent:
        return self._act(staff, "post_review", step_index)

    def send_back(self, to_step: int, reason: str, staff: Staff) -> SharedEvent:
        return self._act(staff, "send_back", self.state().current, to=to_step, reason=reason.strip())

    def withdraw(self, staff: Staff, reason: str = "") -> SharedEvent:
        return self._act(staff, "withdraw", None, reason=reason.strip())


def last_synced(home: Path) -> float | None:
    """When the circulation folder ``home`` last received everything on the server (epoch), ``None`` if never."""
    import json

    try:
        return float(json.loads((Path(home) / SYNCED_FILE).read_text(encoding="utf-8"))["finished"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("unreadable %s in %s: counted as never synced", SYNCED_FILE, home)
        return None


def _prune_empty(folder: Path, stop: Path) -> None:
    while folder != stop and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent

