"""Durable store of extracted records awaiting review and of confirmed ones (SQLite, one transaction each).

A record's id comes from its content: the template and the SHA-256 of the page's pixels, so the same scan read
twice is the same record — it is never added (or exported) twice; :meth:`ReviewStore.add_records` says which
pages were already there. A record is ``pending`` after extraction, ``confirmed`` the moment a person confirms it (a crash after that
loses nothing), and ``exported`` once its row is in the ledger. ``export_confirmed`` appends every confirmed,
not yet exported record of a template to a ledger and then marks them exported.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from desktop.services import paths
from desktop.services.forms import ledger as ledger_mod
from desktop.services.forms.extract import ORIGIN_OCR, BatchResult, FieldResult, Record
from desktop.services.forms.template import Template
from desktop.services.forms.validate import Problem

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    id TEXT PRIMARY KEY, template_path TEXT NOT NULL, template_name TEXT NOT NULL, source TEXT NOT NULL,
    page INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'pending', fields_json TEXT NOT NULL,
    preview BLOB, created_at TEXT NOT NULL, confirmed_json TEXT, corrected_json TEXT, reviewer TEXT,
    confirmed_at TEXT, ledger_path TEXT, exported_at TEXT);
CREATE TABLE IF NOT EXISTS crops (record_id TEXT NOT NULL, field TEXT NOT NULL, png BLOB,
    PRIMARY KEY (record_id, field));
CREATE INDEX IF NOT EXISTS records_status ON records(status, template_path);
CREATE TABLE IF NOT EXISTS corrections (record_id TEXT NOT NULL, at TEXT NOT NULL, reviewer TEXT NOT NULL,
    field TEXT NOT NULL, old_json TEXT, new_json TEXT);
"""


def _enc(value: object) -> object:
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    return value


def _dec(value: object) -> object:
    if isinstance(value, dict) and "date" in value:
        return dt.date.fromisoformat(value["date"])
    return value


def record_id(rec: Record) -> str:
    """The template and the page's pixels (a record without a page hash, built by hand, gets a random id)."""
    if not rec.page_hash:
        return uuid.uuid4().hex
    return hashlib.sha256(f"{rec.template}\n{rec.page_hash}".encode()).hexdigest()[:32]


@dataclass
class Duplicate:
    id: str
    source: str          # the file just read
    page: int
    status: str          # the stored record's state: pending / confirmed / exported
    first_source: str    # where it was read first
    first_page: int


@dataclass
class Added:
    ids: list[str]                 # one per record of the batch, in order
    added: list[str]               # the ids stored now
    duplicates: list[Duplicate]    # pages that were already stored (nothing changed for them)


@dataclass
class StoredRecord:
    id: str
    template_path: str
    template_name: str
    source: str
    page: int
    status: str
    fields: list[FieldResult]
    preview_image: bytes
    confirmed: dict[str, object] | None
    reviewer: str | None
    confirmed_at: str | None


class ReviewStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else paths.tool_data_dir("forms") / "review.sqlite3"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._db() as db:
            db.executescript(SCHEMA)
            cols = {r[1] for r in db.execute("PRAGMA table_info(records)")}
            if "in_ledger" not in cols:   # 1: the ledger has a row for it that a correction must overwrite
                db.execute("ALTER TABLE records ADD COLUMN in_ledger INTEGER NOT NULL DEFAULT 0")

    def _db(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        return db

    def _run(self, fn):
        db = self._db()
        try:
            with db:
                return fn(db)
        finally:
            db.close()

    def add_batch(self, batch: BatchResult) -> list[str]:
        """Store the batch's records; return their ids (a page already stored keeps its id and its state)."""
        return self.add_records(batch).ids

    def add_records(self, batch: BatchResult) -> "Added":
        now = dt.datetime.now().isoformat(timespec="seconds")
        result = Added([], [], [])

        def write(db: sqlite3.Connection) -> None:
            for rec in batch.records:
                rid = record_id(rec)
                result.ids.append(rid)
                row = db.execute("SELECT status, source, page FROM records WHERE id=?", (rid,)).fetchone()
                if row is not None and row[0] != "discarded":
                    result.duplicates.append(Duplicate(rid, rec.source, rec.page, row[0], row[1], row[2]))
                    continue
                if row is not None:       # read again after it was discarded: a fresh pending record
                    db.execute("DELETE FROM records WHERE id=?", (rid,))
                    db.execute("DELETE FROM crops WHERE record_id=?", (rid,))
                fields = [{"name": f.name, "type": f.type, "raw": f.raw_text, "value": _enc(f.value),
                           "confidence": f.confidence, "problems": [[p.code, p.message] for p in f.problems],
                           "origin": f.origin, "char_conf": f.char_conf, "alts": f.alts, "second": f.second}
                          for f in rec.fields]
                db.execute("INSERT INTO records (id, template_path, template_name, source, page, fields_json, "
                           "preview, created_at) VALUES (?,?,?,?,?,?,?,?)",
                           (rid, rec.template_path or batch.template_path, rec.template, rec.source, rec.page,
                            json.dumps(fields, ensure_ascii=False), rec.preview_image, now))
                db.executemany("INSERT INTO crops VALUES (?,?,?)", [(rid, f.name, f.crop_image) for f in rec.fields])
                result.added.append(rid)

        self._run(write)
        return result

    def _load(self, db: sqlite3.Connection, row) -> StoredRecord:
        rid = row[0]
        crops = dict(db.execute("SELECT field, png FROM crops WHERE record_id=?", (rid,)).fetchall())
        fields = [FieldResult(f["name"], f["type"], f["raw"], _dec(f["value"]), f["confidence"],
                              [Problem(c, m) for c, m in f["problems"]], crops.get(f["name"]) or b"",
                              f.get("origin", ORIGIN_OCR), list(f.get("char_conf") or []),
                              list(f.get("alts") or []), f.get("second"))
                  for f in json.loads(row[6])]
        confirmed = {k: _dec(v) for k, v in json.loads(row[8]).items()} if row[8] else None
        return StoredRecord(rid, row[1], row[2], row[3], row[4], row[5], fields, row[7] or b"", confirmed,
                            row[9], row[10])

    _COLS = ("id, template_path, template_name, source, page, status, fields_json, preview, confirmed_json, "
             "reviewer, confirmed_at")

    def get(self, rid: str) -> StoredRecord:
        def read(db):
            row = db.execute(f"SELECT {self._COLS} FROM records WHERE id=?", (rid,)).fetchone()
            if row is None:
                raise KeyError(rid)
            return self._load(db, row)

        return self._run(read)

    def list(self, status: str = "pending", template_path: str | None = None) -> list[StoredRecord]:
        def read(db):
            sql = f"SELECT {self._COLS} FROM records WHERE status=?"
            args: list = [status]
            if template_path:
                sql += " AND template_path=?"
                args.append(template_path)
            rows = db.execute(sql + " ORDER BY rowid", args).fetchall()
            return [self._load(db, r) for r in rows]

        return self._run(read)

    def confirm(self, rid: str, values: dict[str, object], reviewer: str, corrected: list[str]) -> None:
        """Store the reviewed values durably (one committed transaction)."""
        now = dt.datetime.now().isoformat(timespec="microseconds")

        def write(db):
            cur = db.execute("UPDATE records SET status='confirmed', confirmed_json=?, corrected_json=?, "
                             "reviewer=?, confirmed_at=? WHERE id=? AND status='pending'",
                             (json.dumps({k: _enc(v) for k, v in values.items()}, ensure_ascii=False),
                              json.dumps(corrected, ensure_ascii=False), reviewer, now, rid))
            if cur.rowcount != 1:
                raise KeyError(rid)

        self._run(write)

    def status(self, rid: str) -> str | None:
        row = self._run(lambda db: db.execute("SELECT status FROM records WHERE id=?", (rid,)).fetchone())
        return row[0] if row else None

    def correct(self, rid: str, values: dict[str, object], reviewer: str) -> list[str]:
        """Reopen a confirmed (or exported) record with corrected values; each changed field is recorded
        (who, when, old, new). An exported record goes back to ``confirmed`` so that the next export overwrites
        its ledger row. Returns the names of the fields that changed."""
        now = dt.datetime.now().isoformat(timespec="microseconds")

        def write(db):
            row = db.execute("SELECT status, confirmed_json, corrected_json FROM records WHERE id=?", (rid,)).fetchone()
            if row is None or row[0] not in ("confirmed", "exported"):
                raise KeyError(rid)
            old = {k: _dec(v) for k, v in json.loads(row[1] or "{}").items()}
            changed = [k for k, v in values.items() if old.get(k) != v]
            if not changed:
                return []
            merged = old | values
            corrected = sorted(set(json.loads(row[2] or "[]")) | set(changed))
            db.executemany("INSERT INTO corrections VALUES (?,?,?,?,?,?)",
                           [(rid, now, reviewer, k, json.dumps(_enc(old.get(k)), ensure_ascii=False),
                             json.dumps(_enc(values[k]), ensure_ascii=False)) for k in changed])
            db.execute("UPDATE records SET status='confirmed', confirmed_json=?, corrected_json=?, reviewer=?, "
                       "confirmed_at=?, in_ledger=(status='exported' OR in_ledger) WHERE id=?",
                       (json.dumps({k: _enc(v) for k, v in merged.items()}, ensure_ascii=False),
                        json.dumps(corrected, ensure_ascii=False), reviewer, now, rid))
            return changed

        return self._run(write)

    def corrections(self, rid: str) -> list[tuple[str, str, str, object, object]]:
        """(time, reviewer, field, old, new) of every correction of a confirmed record, oldest first."""
        rows = self._run(lambda db: db.execute("SELECT at, reviewer, field, old_json, new_json FROM corrections "
                                               "WHERE record_id=? ORDER BY rowid", (rid,)).fetchall())
        return [(a, r, f, _dec(json.loads(o)), _dec(json.loads(n))) for a, r, f, o, n in rows]

    def in_ledger(self, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        marks = ",".join("?" * len(ids))
        rows = self._run(lambda db: db.execute(f"SELECT id FROM records WHERE in_ledger=1 AND id IN ({marks})",
                                               ids).fetchall())
        return {r[0] for r in rows}

    def discard(self, rid: str) -> None:
        self._run(lambda db: db.execute("UPDATE records SET status='discarded' WHERE id=?", (rid,)))

    def ledger_rows(self, template_path: str) -> list[tuple[str, ledger_mod.LedgerRow]]:
        def read(db):
            return db.execute("SELECT id, fields_json, confirmed_json, corrected_json, source, page, reviewer, "
                              "confirmed_at FROM records WHERE status='confirmed' AND template_path=? "
                              "ORDER BY confirmed_at, source, page", (template_path,)).fetchall()

        out = []
        for rid, fields_json, conf_json, corr_json, source, page, reviewer, at in self._run(read):
            confidences = {f["name"]: f["confidence"] for f in json.loads(fields_json)}
            values = {k: _dec(v) for k, v in json.loads(conf_json).items()}
            out.append((rid, ledger_mod.LedgerRow(rid, values, confidences, source, page, reviewer or "",
                                                  dt.datetime.fromisoformat(at), json.loads(corr_json or "[]"))))
        return out

    def mark_exported(self, ids: list[str], ledger_path: Path) -> None:
        now = dt.datetime.now().isoformat(timespec="seconds")
        self._run(lambda db: db.executemany(
            "UPDATE records SET status='exported', exported_at=?, ledger_path=? WHERE id=?",
            [(now, str(ledger_path), i) for i in ids]))


def export_confirmed(store: ReviewStore, tpl: Template, ledger_path: Path, ids: list[str] | None = None,
                     date_format: str = "seireki") -> int:
    """Append every confirmed, not yet exported record of ``tpl`` (or only ``ids``) to the ledger; return how
    many rows were added. Nothing is marked exported if the ledger refuses the rows. ``date_format``: the
    setting ``forms_ledger_dates`` (see :data:`desktop.services.forms.ledger.DATE_FORMATS`).

    Safe to retry: records already in the ledger (by record id, e.g. written just before a crash that kept them
    from being marked exported) are not appended again, only marked exported.
    """
    pairs = store.ledger_rows(str(tpl.path))
    if ids is not None:
        wanted = set(ids)
        pairs = [p for p in pairs if p[0] in wanted]
    if not pairs:
        return 0
    result = ledger_mod.append_rows(ledger_path, tpl, [row for _id, row in pairs],
                                    replace=store.in_ledger([rid for rid, _row in pairs]), date_format=date_format)
    if result.present:
        log.info("forms: %d record(s) were already in %s and were not appended again",
                 len(result.present), Path(ledger_path).name)
    store.mark_exported(result.added + result.present, ledger_path)
    return len(result.added)


def auto_confirm(store: ReviewStore, ids: list[str], records: list[Record], threshold: float,
                 reviewer: str) -> list[str]:
    """Confirm records whose every field is valid and at least ``threshold`` confident; return their ids."""
    done = []
    for rid, rec in zip(ids, records):
        if store.status(rid) != "pending":   # a page read before keeps the state it has
            continue
        if not rec.needs_review(threshold):
            store.confirm(rid, rec.values(), f"{reviewer} (auto ≥ {threshold:g})", [])
            done.append(rid)
    return done
