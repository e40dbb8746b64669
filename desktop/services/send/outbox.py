"""Durable outbox in SQLite (WAL; the DATA marker is fsynced): one job per recipient under a group id.

States::

    draft -> confirming -> held --(hold over)--> sending -> sent | failed | uncertain
      \\___________\\________\\__> cancelled            \\-> held (retry with backoff, before DATA only)

The Message-ID and Date are fixed when a group is queued; attachments are copied into a spool folder with
their SHA-256, so the originals may change or vanish. Right before DATA the runner persists ``data_started``;
a job found in ``sending`` by :meth:`Outbox.recover` becomes ``uncertain`` when that marker is set (it may have
been delivered: a person decides) and goes back to ``held`` when it is not (nothing was handed over).
Every change of state is an event row (the 送信記録). The password is never stored here.
Thread-safety: one SQLite connection guarded by a lock; any thread may call any method.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import threading
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import make_msgid
from pathlib import Path
from typing import Iterable, Iterator, Mapping, Sequence

from desktop.services.send.addresses import DomainPolicy, domain_of, normalize_address
from desktop.services.send.errors import InvalidRecipient, JobStateError, MissingAttachment, SendError
from desktop.services.common.file_hash import sha256_file

STATES = ("draft", "confirming", "held", "sending", "sent", "failed", "uncertain", "cancelled")
FINAL = ("sent", "failed", "cancelled")
CANCELLABLE = ("draft", "confirming", "held")
TRANSPORTS = ("smtp", "link")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id INTEGER PRIMARY KEY, group_id TEXT NOT NULL, message_id TEXT NOT NULL UNIQUE,
    recipient TEXT NOT NULL, recipient_name TEXT NOT NULL, sender TEXT NOT NULL, subject TEXT NOT NULL,
    body TEXT NOT NULL, transport TEXT NOT NULL, attachments TEXT NOT NULL, links TEXT NOT NULL DEFAULT '{}',
    state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, hold_until REAL NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL DEFAULT 0, data_started INTEGER NOT NULL DEFAULT 0,
    response TEXT NOT NULL DEFAULT '', error TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL, updated_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS jobs_state ON jobs(state, hold_until, next_attempt_at);
CREATE INDEX IF NOT EXISTS jobs_group ON jobs(group_id);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL, at REAL NOT NULL, from_state TEXT NOT NULL,
    to_state TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS events_job ON events(job_id);
"""


@dataclass(frozen=True)
class Attachment:
    name: str
    path: Path
    sha256: str
    size: int

    def to_json(self) -> dict:
        return {"name": self.name, "path": str(self.path), "sha256": self.sha256, "size": self.size}


ROLES = ("to", "cc", "bcc")


@dataclass(frozen=True)
class Recipient:
    address: str
    name: str = ""
    role: str = "to"               # to | cc | bcc: which header shows this recipient (bcc: none)


@dataclass
class Job:
    id: int
    group_id: str
    message_id: str
    recipient: str
    recipient_name: str
    sender: str
    subject: str
    body: str
    transport: str
    attachments: list[Attachment]
    links: dict[str, str]
    state: str
    attempts: int
    hold_until: float
    next_attempt_at: float
    data_started: bool
    response: str
    error: str
    created_at: float
    updated_at: float
    sender_name: str = ""          # display name for ``From:`` (the signed-in staff member)
    role: str = "to"               # this job's recipient is in To, Cc or (hidden) Bcc
    header_to: list[list[str]] = field(default_factory=list)   # [name, address] every message shows in To:
    header_cc: list[list[str]] = field(default_factory=list)   # ... and in Cc: (Bcc recipients are in neither)

    @property
    def domain(self) -> str:
        return domain_of(self.recipient)


@dataclass(frozen=True)
class Event:
    job_id: int
    at: float
    from_state: str
    to_state: str
    detail: str


class Outbox:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.spool = self.folder / "spool"
        self.spool.mkdir(parents=True, exist_ok=True)
        self.db_path = self.folder / "outbox.sqlite3"
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.db_path, timeout=30, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")   # see mark_data_started for the one fsync that matters
        self._db.executescript(_SCHEMA)
        columns = {r[1] for r in self._db.execute("PRAGMA table_info(jobs)")}
        if "sender_name" not in columns:   # outboxes made before From: carried a display name
            self._db.execute("ALTER TABLE jobs ADD COLUMN sender_name TEXT NOT NULL DEFAULT ''")
        for column, default in (("role", "'to'"), ("header_to", "'[]'"), ("header_cc", "'[]'")):
            if column not in columns:      # outboxes made before CC/BCC
                self._db.execute(f"ALTER TABLE jobs ADD COLUMN {column} TEXT NOT NULL DEFAULT {default}")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _event(self, db, job_id: int, old: str, new: str, detail: str = "", now: float | None = None) -> None:
        db.execute("INSERT INTO events(job_id, at, from_state, to_state, detail) VALUES (?,?,?,?,?)",
                   (job_id, now or time.time(), old, new, detail))

    # -- queueing -------------------------------------------------------------------------------------
    def queue(self, recipients: Iterable[Recipient], *, sender: str, subject: str, body: str,
              attachments: Iterable[Path] = (), transport: str = "smtp", policy: DomainPolicy = DomainPolicy(),
              state: str = "draft", hold_seconds: float = 0.0, sender_name: str = "",
              own_attachments: Mapping[str, Sequence[Path]] | None = None) -> str:
        """Create one job per recipient under a new group id and return it.

        ``own_attachments`` maps a recipient address to files only that recipient gets, attached before the
        shared ones (the cover sheet that names that recipient). ``sender_name`` is the ``From:`` display name.

        Checks everything first (block list, addresses, attachments readable) and copies attachments into the
        spool; raises :class:`BlockedDomain`, :class:`InvalidRecipient` or :class:`MissingAttachment` with
        nothing queued. ``state`` is ``draft`` (UI) or ``held`` (CLI: no dialog, hold still applies).
        """
        if transport not in TRANSPORTS:
            raise SendError(f"Unknown transport {transport!r}.")
        if state not in ("draft", "held"):
            raise SendError(f"A new job cannot start in state {state!r}.")
        recipients = list(recipients)
        if not recipients:
            raise InvalidRecipient("There is no recipient.")
        addresses = policy.check([r.address for r in recipients])
        if len(set(addresses)) != len(addresses):
            dup = sorted({a for a in addresses if addresses.count(a) > 1})
            raise InvalidRecipient(f"A recipient appears twice: {', '.join(dup)}.", addresses=dup)
        if not subject.strip():
            raise SendError("The subject is empty.", code="send.no_subject")
        roles = [r.role for r in recipients]
        if any(role not in ROLES for role in roles):
            raise SendError(f"Unknown recipient role in {roles}.")
        # Only a send that uses CC or BCC shows its recipients to each other; a plain (同報) send keeps each
        # recipient's copy addressed to that recipient alone, as a FAX broadcast was.
        shared = any(role != "to" for role in roles)
        header_to = json.dumps([[r.name, a] for r, a in zip(recipients, addresses) if shared and r.role == "to"],
                               ensure_ascii=False)
        header_cc = json.dumps([[r.name, a] for r, a in zip(recipients, addresses) if shared and r.role == "cc"],
                               ensure_ascii=False)
        sender_domain = domain_of(sender) or "localhost"
        files = [Path(p) for p in attachments]
        for f in files:
            if not f.is_file() or not os.access(f, os.R_OK):
                raise MissingAttachment(f"The attachment {f} does not exist or cannot be read.", path=str(f))
        own = {normalize_address(a): [Path(p) for p in fs] for a, fs in (own_attachments or {}).items()}
        for extra in own.values():
            for f in extra:
                if not f.is_file() or not os.access(f, os.R_OK):
                    raise MissingAttachment(f"The attachment {f} does not exist or cannot be read.", path=str(f))
        for addr in addresses:
            names = [f.name for f in own.get(addr, []) + files]
            if len(set(names)) != len(names):
                raise MissingAttachment("Two attachments have the same file name; rename one of them.")
        group_id = uuid.uuid4().hex[:16]
        final_dir = self.spool / group_id
        tmp_dir = self.spool / f".{group_id}.tmp"
        tmp_dir.mkdir(parents=True)

        def store(f: Path, sub: str = "") -> Attachment:
            target = tmp_dir / sub / f.name
            target.parent.mkdir(exist_ok=True)
            try:
                shutil.copyfile(f, target)
            except OSError as exc:
                raise MissingAttachment(f"The attachment {f} could not be read ({exc.strerror}).",
                                        path=str(f)) from None
            return Attachment(f.name, final_dir / sub / f.name, sha256_file(target), target.stat().st_size)

        try:
            stored = [store(f) for f in files]
            per_job = [[store(f, f"r{i}") for f in own.get(addr, [])] + stored for i, addr in enumerate(addresses)]
            os.replace(tmp_dir, final_dir)
            now = time.time()
            with self._tx() as db:
                for r, addr, atts in zip(recipients, addresses, per_job):
                    att_json = json.dumps([a.to_json() for a in atts], ensure_ascii=False)
                    cur = db.execute(
                        "INSERT INTO jobs(group_id, message_id, recipient, recipient_name, sender, subject, body,"
                        " transport, attachments, state, hold_until, created_at, updated_at, sender_name, role,"
                        " header_to, header_cc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (group_id, make_msgid(domain=sender_domain), addr, r.name, sender, subject, body,
                         transport, att_json, state, now + hold_seconds if state == "held" else 0, now, now,
                         sender_name, r.role, header_to, header_cc))
                    self._event(db, cur.lastrowid, "", state, f"queued ({transport}, {len(atts)} attachments)",
                                now)
        except BaseException:
            shutil.rmtree(tmp_dir, ignore_errors=True)
            if not self.jobs(group_id=group_id):
                shutil.rmtree(final_dir, ignore_errors=True)
            raise
        return group_id

    # -- confirmation / hold / cancel ---------------------------------------------------------------------
    def _move_group(self, group_id: str, old: tuple[str, ...], new: str, detail: str, **set_cols) -> int:
        now = time.time()
        cols = ", ".join(f"{k}=?" for k in set_cols)
        with self._tx() as db:
            rows = db.execute(f"SELECT id, state FROM jobs WHERE group_id=? AND state IN ({','.join('?' * len(old))})",
                              (group_id, *old)).fetchall()
            for job_id, state in rows:
                db.execute(f"UPDATE jobs SET state=?, updated_at=?{', ' + cols if cols else ''} WHERE id=?",
                           (new, now, *set_cols.values(), job_id))
                self._event(db, job_id, state, new, detail, now)
        return len(rows)

    def begin_confirmation(self, group_id: str) -> None:
        if not self._move_group(group_id, ("draft",), "confirming", "confirmation dialog opened"):
            raise JobStateError("This send is no longer a draft.")

    def abort_confirmation(self, group_id: str) -> None:
        self._move_group(group_id, ("confirming",), "draft", "confirmation dialog closed without sending")

    def confirm(self, group_id: str, ticked: Iterable[str], hold_seconds: float) -> float:
        """Every recipient must be in ``ticked``; the group is held until the returned time."""
        jobs = [j for j in self.jobs(group_id=group_id) if j.state == "confirming"]
        if not jobs:
            raise JobStateError("There is nothing waiting for confirmation in this send.")
        missing = sorted({j.recipient for j in jobs} - {t.lower() for t in ticked} - set(ticked))
        if missing:
            raise JobStateError(f"Not every recipient was confirmed: {', '.join(missing)}.", missing=missing)
        until = time.time() + max(0.0, hold_seconds)
        self._move_group(group_id, ("confirming",), "held", f"confirmed; hold {hold_seconds:g} s",
                         hold_until=until, next_attempt_at=0)
        return until

    def cancel_group(self, group_id: str) -> int:
        """Cancel every job of the group not yet being sent; returns how many were cancelled."""
        return self._move_group(group_id, CANCELLABLE, "cancelled", "cancelled by the user")

    def release_hold(self, group_id: str) -> int:
        """"Process now": the group's held jobs become due at once (the hold and any retry wait are skipped).
        Returns how many jobs were released."""
        return self._move_group(group_id, ("held",), "held", "hold skipped by the user", hold_until=0,
                                next_attempt_at=0)

    def cancel(self, job_id: int) -> None:
        with self._tx() as db:
            row = db.execute("SELECT state FROM jobs WHERE id=?", (job_id,)).fetchone()
            if row is None or row[0] not in CANCELLABLE:
                raise JobStateError(f"Job {job_id} can no longer be cancelled (state: {row[0] if row else 'gone'}).")
            db.execute("UPDATE jobs SET state='cancelled', updated_at=? WHERE id=?", (time.time(), job_id))
            self._event(db, job_id, row[0], "cancelled", "cancelled by the user")

    def resolve(self, job_id: int, *, delivered: bool) -> None:
        """A person settles an uncertain (or failed) job: confirmed delivered, or resend it now."""
        with self._tx() as db:
            row = db.execute("SELECT state FROM jobs WHERE id=?", (job_id,)).fetchone()
            if row is None or row[0] not in ("uncertain", "failed") or (delivered and row[0] != "uncertain"):
                raise JobStateError(f"Job {job_id} is not waiting for a decision.")
            new = "sent" if delivered else "held"
            db.execute("UPDATE jobs SET state=?, data_started=0, hold_until=0, next_attempt_at=0, updated_at=? "
                       "WHERE id=?", (new, time.time(), job_id))
            self._event(db, job_id, row[0], new,
                        "confirmed delivered by a person" if delivered else "resend requested by a person")

    # -- runner side -----------------------------------------------------------------------------------
    def recover(self) -> list[int]:
        """After a crash: jobs left in ``sending``. Call only while holding the runner lock."""
        now = time.time()
        changed = []
        with self._tx() as db:
            for job_id, started in db.execute("SELECT id, data_started FROM jobs WHERE state='sending'").fetchall():
                new = "uncertain" if started else "held"
                detail = ("interrupted after DATA was started; delivery unknown" if started
                          else "interrupted before DATA; will be sent again")
                db.execute("UPDATE jobs SET state=?, updated_at=? WHERE id=?", (new, now, job_id))
                self._event(db, job_id, "sending", new, detail, now)
                changed.append(job_id)
        return changed

    def claim_next(self, now: float | None = None) -> Job | None:
        now = now or time.time()
        with self._tx() as db:
            row = db.execute("SELECT id FROM jobs WHERE state='held' AND hold_until<=? AND next_attempt_at<=? "
                             "ORDER BY id LIMIT 1", (now, now)).fetchone()
            if row is None:
                return None
            db.execute("UPDATE jobs SET state='sending', attempts=attempts+1, data_started=0, updated_at=? "
                       "WHERE id=?", (now, row[0]))
            self._event(db, row[0], "held", "sending", "", now)
        return self.job(row[0])

    def next_due(self) -> float | None:
        with self._lock:
            row = self._db.execute("SELECT min(max(hold_until, next_attempt_at)) FROM jobs WHERE state='held'"
                                   ).fetchone()
        return row[0]

    def mark_data_started(self, job_id: int) -> None:
        """Persist the DATA marker with a full fsync before the body goes out.

        Other commits use WAL with synchronous=NORMAL (durable when the process dies, maybe not on power loss).
        That is safe because of this one: it is fsynced, and the WAL is sequential, so after any crash a job
        either shows this marker (-> uncertain, never resent) or provably never reached DATA (-> resent once).
        A lost later "sent" commit only turns a delivered job into "uncertain", never into a duplicate.
        """
        with self._lock:
            self._db.execute("PRAGMA synchronous=FULL")
            try:
                with self._tx() as db:
                    n = db.execute("UPDATE jobs SET data_started=1 WHERE id=? AND state='sending'",
                                   (job_id,)).rowcount
                    if n != 1:
                        raise JobStateError(f"Job {job_id} is not being sent.")
            finally:
                self._db.execute("PRAGMA synchronous=NORMAL")

    def set_links(self, job_id: int, links: dict[str, str]) -> None:
        with self._tx() as db:
            db.execute("UPDATE jobs SET links=? WHERE id=?", (json.dumps(links, ensure_ascii=False), job_id))

    def finish(self, job_id: int, new: str, *, response: str = "", error: str = "", retry_at: float = 0) -> None:
        """Leave ``sending``: ``sent``, ``failed``, ``uncertain`` or ``held`` (retry at ``retry_at``)."""
        if new not in ("sent", "failed", "uncertain", "held"):
            raise ValueError(new)
        now = time.time()
        with self._tx() as db:
            n = db.execute("UPDATE jobs SET state=?, response=?, error=?, next_attempt_at=?, updated_at=? "
                           "WHERE id=? AND state='sending'", (new, response, error, retry_at, now, job_id)).rowcount
            if n != 1:
                raise JobStateError(f"Job {job_id} is not being sent.")
            detail = " | ".join(p for p in (response, error) if p)
            if new == "held":
                detail += f" (retry in {max(0, retry_at - now):.0f} s)"
            self._event(db, job_id, "sending", new, detail, now)

    def purge_spool(self, older_than_days: float) -> int:
        """Delete stored attachment copies of groups that are finished (sent/failed/cancelled) and older than
        the given age. The send log keeps names and SHA-256. Returns the number of groups purged."""
        cutoff = time.time() - older_than_days * 86400
        with self._lock:
            rows = self._db.execute(
                "SELECT group_id FROM jobs GROUP BY group_id HAVING max(updated_at) < ? AND "
                f"sum(state NOT IN ({','.join('?' * len(FINAL))})) = 0", (cutoff, *FINAL)).fetchall()
        purged = 0
        for (group_id,) in rows:
            folder = self.spool / group_id
            if folder.exists():
                shutil.rmtree(folder, ignore_errors=True)
                purged += 1
        return purged

    # -- reading ----------------------------------------------------------------------------------------
    def job(self, job_id: int) -> Job:
        found = self._select("WHERE id=?", (job_id,))
        if not found:
            raise JobStateError(f"There is no job {job_id}.")
        return found[0]

    def jobs(self, *, group_id: str | None = None, states: Iterable[str] | None = None) -> list[Job]:
        where, args = [], []
        if group_id:
            where.append("group_id=?")
            args.append(group_id)
        if states is not None:
            states = list(states)
            where.append(f"state IN ({','.join('?' * len(states))})")
            args += states
        return self._select(("WHERE " + " AND ".join(where)) if where else "", tuple(args))

    def _select(self, where: str, args: tuple) -> list[Job]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, group_id, message_id, recipient, recipient_name, sender, subject, body, transport,"
                " attachments, links, state, attempts, hold_until, next_attempt_at, data_started, response, error,"
                f" created_at, updated_at, sender_name, role, header_to, header_cc FROM jobs {where} ORDER BY id",
                args).fetchall()
        out = []
        for r in rows:
            atts = [Attachment(a["name"], Path(a["path"]), a["sha256"], a["size"]) for a in json.loads(r[9])]
            out.append(Job(*r[:9], atts, json.loads(r[10]), r[11], r[12], r[13], r[14], bool(r[15]), *r[16:21],
                           role=r[21], header_to=json.loads(r[22]), header_cc=json.loads(r[23])))
        return out

    def events(self, job_id: int | None = None) -> list[Event]:
        with self._lock:
            rows = self._db.execute(
                "SELECT job_id, at, from_state, to_state, detail FROM events"
                + (" WHERE job_id=?" if job_id is not None else "") + " ORDER BY id",
                (job_id,) if job_id is not None else ()).fetchall()
        return [Event(*r) for r in rows]

    def counts(self) -> dict[str, int]:
        with self._lock:
            return dict(self._db.execute("SELECT state, count(*) FROM jobs GROUP BY state").fetchall())
