"""The state of the clerk's day, for the home page: what waits to be sent, what is in circulation for
approval, drafts left open, forms waiting for review, recent meetings and the last cloud sync.

Qt-free and read-only: a tool whose data does not exist yet counts as nothing (no file is created), and a
tool whose data cannot be read is named in ``unavailable`` instead of breaking the summary. Call from any
thread; it reads a few small SQLite/JSON files (milliseconds).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services import paths

log = logging.getLogger(__name__)

SEND_WAITING = ("confirming", "held", "sending")
SEND_ATTENTION = ("failed", "uncertain")


@dataclass
class Meeting:
    title: str
    when: str          # the meeting's own 日時 as typed, else ""
    saved_at: float    # mtime of the saved transcript
    path: Path         # the saved transcript (opens in 議事録)


@dataclass
class DaySummary:
    send_waiting: int = 0          # confirmed, held or being sent
    send_attention: int = 0        # failed or uncertain: someone must look
    approvals_circulating: int = 0   # my 起案 in circulation (this PC's record + the shared folder)
    approvals_returned: int = 0      # my 起案 sent back to me (差戻し)
    approvals_waiting_for_me: int = 0  # circulated 起案 whose current step is the signed-in staff member's
    # the shared-folder inbox: None = circulation not set up here; else {"synced": epoch | None} (None: the
    # inbox was never sent/received on this PC, so what waits for the staff member is not known)
    approval_inbox: dict | None = None
    drafts: int = 0                # autosaved approval drafts not exported or discarded
    forms_pending: int = 0         # read forms waiting for review
    meetings: list[Meeting] = field(default_factory=list)
    last_sync: dict | None = None  # {"finished": epoch, "failed": n, "conflicts": n, "dry_run": bool, ...}
    unavailable: list[str] = field(default_factory=list)  # tool keys whose data could not be read


def _send(summary: DaySummary) -> None:
    from desktop.services.send.service import data_folder

    db = data_folder() / "outbox" / "outbox.sqlite3"
    if not db.exists():
        return
    import sqlite3

    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        counts = dict(con.execute("SELECT state, count(*) FROM jobs GROUP BY state").fetchall())
    finally:
        con.close()
    summary.send_waiting = sum(counts.get(s, 0) for s in SEND_WAITING)
    summary.send_attention = sum(counts.get(s, 0) for s in SEND_ATTENTION)


def _approval(summary: DaySummary) -> None:
    from desktop.services.approval.autosave import Autosaver
    from desktop.services.approval.record import ApprovalRecord, default_record_path
    from desktop.services.approval.route_sim import RouteRun

    summary.drafts = len(Autosaver().recoverable())
    if default_record_path().exists():
        record = ApprovalRecord()
        for draft_id in record.draft_ids():
            status = RouteRun(draft_id, record).state().status
            if status == "in_progress":
                summary.approvals_circulating += 1
            elif status == "returned":
                summary.approvals_returned += 1
    _approval_inbox(summary)


def _approval_inbox(summary: DaySummary) -> None:
    """What circulates through the shared folder, as this PC last received it (never the server itself)."""
    from desktop.services.approval.inbox_state import local_inbox

    inbox = local_inbox()
    if inbox is None:
        return
    summary.approval_inbox = {"synced": inbox.synced}
    summary.approvals_waiting_for_me = inbox.waiting_for_me
    summary.approvals_circulating += inbox.circulating
    summary.approvals_returned += inbox.returned


def _forms(summary: DaySummary) -> None:
    db = paths.tool_data_dir("forms") / "review.sqlite3"
    if not db.exists():
        return
    import sqlite3

    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        summary.forms_pending = con.execute("SELECT count(*) FROM records WHERE status='pending'").fetchone()[0]
    finally:
        con.close()


def _minutes(summary: DaySummary, limit: int) -> None:
    from desktop.services.minutes.autosave import load_file

    folder = paths.tool_data_dir("minutes") / "autosave"
    if not folder.exists():
        return
    files = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for path in files[:limit]:
        try:
            meta = load_file(path).meta
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("skipping unreadable saved transcript %s", path)
            continue
        summary.meetings.append(Meeting(meta.title, meta.datetime, path.stat().st_mtime, path))


def _sync(summary: DaySummary) -> None:
    from desktop.services.sync.profile_config import load_last_run

    summary.last_sync = load_last_run("default")


# what collect() imports lazily; see preload()
MODULES = ("desktop.services.approval.autosave", "desktop.services.approval.record",
           "desktop.services.approval.route_sim", "desktop.services.approval.inbox_state",
           "desktop.services.minutes.autosave", "desktop.services.sync.profile_config")


def preload() -> None:
    """Import what :func:`collect` needs. The approval package imports itself in a circle (its ``__init__``
    imports ``route_sim``, which imports ``approval.staff``): two threads importing it at the same moment get a
    partially initialised module and an ImportError. The caller runs this under the same lock as the GUI
    thread's page imports (``desktop.ui.pages.IMPORT_LOCK``)."""
    import importlib

    for name in MODULES:
        importlib.import_module(name)


def collect(meetings: int = 3) -> DaySummary:
    """Read everything the home page shows. Never raises for one tool's unreadable data."""
    summary = DaySummary()
    for key, part in (("send", _send), ("approval", _approval), ("forms", _forms),
                      ("minutes", lambda s: _minutes(s, meetings)), ("sync", _sync)):
        try:
            part(summary)
        except Exception:  # noqa: BLE001 - one tool's broken data must not hide the others
            log.warning("day summary: %s data could not be read", key, exc_info=True)
            summary.unavailable.append(key)
    return summary

