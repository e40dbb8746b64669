"""The tamper-evident record of route events: an append-only, hash-chained SQLite log.

Each draft has its own chain inside one database (``tool_data_dir("approval")/record.sqlite``). Row ``n`` of a
chain stores the SHA-256 of row ``n-1`` (``prev_hash``), the hash of the draft state it refers to
(``state_hash``) and its own ``row_hash`` over all of that. Triggers refuse UPDATE and DELETE; someone who edits
the file anyway breaks the chain, which :func:`verify_record` reports as the first broken link. Deleting the
newest rows leaves a valid shorter chain, so the head (``n`` + ``row_hash``) is also written beside every
exported file (``out.docx.chain.json``, with the SHA-256 of the exported file itself); :func:`verify_path`
compares the two and also notices an export edited after it was written.

Threading: one :class:`ApprovalRecord` per thread (it opens a connection per call, so it is cheap).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services import paths
from desktop.services.approval.errors import RecordError
from desktop.services.common.atomic import atomic_write_text

GENESIS = "0" * 64
HEAD_SCHEMA = "tosei-desk/approval-chain-head"

_SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    draft_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    ts TEXT NOT NULL,
    action TEXT NOT NULL,
    actor TEXT NOT NULL,
    step INTEGER,
    detail TEXT NOT NULL,
    state_hash TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    row_hash TEXT NOT NULL,
    UNIQUE (draft_id, n)
);
CREATE TABLE IF NOT EXISTS exports (draft_id TEXT NOT NULL, head_path TEXT NOT NULL, PRIMARY KEY (draft_id, head_path));
CREATE TRIGGER IF NOT EXISTS events_no_update BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'the approval record is append-only'); END;
CREATE TRIGGER IF NOT EXISTS events_no_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'the approval record is append-only'); END;
"""


@dataclass(frozen=True)
class Event:
    draft_id: str
    n: int
    ts: str
    action: str
    actor: str
    step: int | None
    detail: dict
    state_hash: str
    prev_hash: str
    row_hash: str


@dataclass
class VerifyResult:
    ok: bool
    checked: int = 0
    draft_id: str = ""
    broken_at: int | None = None    # chain index n of the first broken link
    reason: str = ""
    code: str = ""
    heads: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        if self.ok:
            return f"OK: {self.checked} record rows verified."
        where = f" (draft {self.draft_id}, row {self.broken_at})" if self.broken_at is not None else ""
        return f"BROKEN{where}: {self.reason}"


def row_hash(draft_id: str, n: int, ts: str, action: str, actor: str, step: int | None, detail_json: str,
             state_hash: str, prev_hash: str) -> str:
    payload = json.dumps([draft_id, n, ts, action, actor, step, detail_json, state_hash, prev_hash],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _detail(text: str) -> dict:
    """The detail column; a row edited into non-JSON stays readable (verify reports it as altered)."""
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return {"unreadable": str(text)}
    return value if isinstance(value, dict) else {"unreadable": str(text)}


def default_record_path() -> Path:
    return paths.tool_data_dir("approval") / "record.sqlite"


class ApprovalRecord:
    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else default_record_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = self._connect()
        try:
            con.executescript(_SCHEMA_SQL)
        except sqlite3.Error as exc:
            raise RecordError(f"The file {self.path} is not a usable approval record: {exc}",
                              path=str(self.path)) from exc
        finally:
            con.close()

    def _connect(self) -> sqlite3.Connection:
        try:
            con = sqlite3.connect(str(self.path), timeout=10)
        except sqlite3.Error as exc:
            raise RecordError(f"Cannot open the approval record {self.path}: {exc}", path=str(self.path)) from exc
        return con

    # -- writing ----------------------------------------------------------------------------------
    def append(self, draft_id: str, action: str, actor: str, state_hash: str, *, step: int | None = None,
               detail: dict | None = None, now: dt.datetime | None = None) -> Event:
        detail_json = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        ts = (now or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds")
        con = self._connect()
        try:
            con.isolation_level = None
            con.execute("BEGIN IMMEDIATE")
            last = con.execute("SELECT n, row_hash FROM events WHERE draft_id=? ORDER BY n DESC LIMIT 1",
                               (draft_id,)).fetchone()
            n, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
            h = row_hash(draft_id, n, ts, action, actor, step, detail_json, state_hash, prev)
            con.execute("INSERT INTO events(draft_id, n, ts, action, actor, step, detail, state_hash, prev_hash,"
                        " row_hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
                        (draft_id, n, ts, action, actor, step, detail_json, state_hash, prev, h))
            con.execute("COMMIT")
        except sqlite3.Error as exc:
            raise RecordError(f"Cannot write to the approval record {self.path}: {exc}") from exc
        finally:
            con.close()
        event = Event(draft_id, n, ts, action, actor, step, detail or {}, state_hash, prev, h)
        self._refresh_heads(draft_id, event)
        return event

    # -- reading ----------------------------------------------------------------------------------
    def events(self, draft_id: str) -> list[Event]:
        con = self._connect()
        try:
            rows = con.execute("SELECT draft_id, n, ts, action, actor, step, detail, state_hash, prev_hash, row_hash"
                               " FROM events WHERE draft_id=? ORDER BY n", (draft_id,)).fetchall()
        finally:
            con.close()
        return [Event(r[0], r[1], r[2], r[3], r[4], r[5], _detail(r[6]), r[7], r[8], r[9]) for r in rows]

    def draft_ids(self) -> list[str]:
        con = self._connect()
        try:
            return [r[0] for r in con.execute("SELECT DISTINCT draft_id FROM events ORDER BY draft_id")]
        finally:
            con.close()

    # -- chain heads beside exports ---------------------------------------------------------------
    def head(self, draft_id: str) -> dict:
        evs = self.events(draft_id)
        last = evs[-1] if evs else None
        return {"schema": HEAD_SCHEMA, "record": str(self.path.resolve()), "draft_id": draft_id,
                "n": last.n if last else 0, "row_hash": last.row_hash if last else GENESIS,
                "state_hash": last.state_hash if last else ""}

    def write_head(self, export_path: Path, draft_id: str, *, export_state_hash: str = "") -> Path:
        """Write ``<export>.chain.json`` and remember it, so later events keep it current."""
        from desktop.services.approval.model import sha256_file

        head_path = Path(str(export_path) + ".chain.json")
        data = self.head(draft_id)
        data["export_state_hash"] = export_state_hash
        data["export_file"] = Path(export_path).name
        data["export_sha256"] = sha256_file(Path(export_path)) if Path(export_path).is_file() else ""
        atomic_write_text(head_path, json.dumps(data, ensure_ascii=False, indent=2))
        con = self._connect()
        try:
            with con:
                con.execute("INSERT OR IGNORE INTO exports(draft_id, head_path) VALUES (?,?)",
                            (draft_id, str(head_path.resolve())))
        finally:
            con.close()
        return head_path

    def _refresh_heads(self, draft_id: str, event: Event) -> None:
        con = self._connect()
        try:
            heads = [Path(r[0]) for r in con.execute("SELECT head_path FROM exports WHERE draft_id=?", (draft_id,))]
        finally:
            con.close()
        for head_path in heads:
            if head_path.is_file():
                try:
                    data = json.loads(head_path.read_text(encoding="utf-8"))
                    data.update(n=event.n, row_hash=event.row_hash, state_hash=event.state_hash)
                    atomic_write_text(head_path, json.dumps(data, ensure_ascii=False, indent=2))
                except (OSError, ValueError):
                    continue  # a moved/unreadable export keeps its older head; verify still works with it
