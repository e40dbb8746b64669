"""Verification of the approval record: chain links, row hashes, chain heads beside exports, attachments.

:func:`verify_record` checks every chain (or one draft's) in a record database; :func:`verify_path` accepts
what a user has in hand — the ``record.sqlite``, an exported ``.docx``/``.json`` (its ``.chain.json`` beside it)
or the ``.chain.json`` itself — and reports the first broken link.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from desktop.services.approval.errors import RecordError
from desktop.services.approval.model import Draft, sha256_file
from desktop.services.approval.record import GENESIS, HEAD_SCHEMA, VerifyResult, row_hash


def _rows(db: Path, draft_id: str | None) -> dict[str, list[tuple]]:
    if not db.is_file():
        raise RecordError(f"The approval record {db} does not exist.", path=str(db))
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            sql = ("SELECT draft_id, n, ts, action, actor, step, detail, state_hash, prev_hash, row_hash FROM events"
                   + (" WHERE draft_id=?" if draft_id else "") + " ORDER BY draft_id, n")
            rows = con.execute(sql, (draft_id,) if draft_id else ()).fetchall()
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise RecordError(f"The file {db} is not a readable approval record: {exc}", path=str(db)) from exc
    chains: dict[str, list[tuple]] = {}
    for r in rows:
        chains.setdefault(r[0], []).append(r)
    return chains


def _check_chain(draft_id: str, rows: list[tuple], check_attachments: bool) -> VerifyResult:
    prev = GENESIS
    last_submit = None
    for expected_n, r in enumerate(rows, start=1):
        _, n, ts, action, actor, step, detail, state_hash, prev_hash, stored = r
        bad = lambda reason, code: VerifyResult(False, expected_n - 1, draft_id, expected_n, reason, code)  # noqa
        if n != expected_n:
            return bad(f"row {expected_n} is missing (next row is {n}).", "row_missing")
        if prev_hash != prev:
            return bad(f"row {n} does not link to row {n - 1} (previous-row hash differs).", "bad_link")
        if row_hash(draft_id, n, ts, action, actor, step, detail, state_hash, prev_hash) != stored:
            return bad(f"row {n} ({action}) was altered: its hash does not match its content.", "row_altered")
        prev = stored
        if action in ("submit", "resubmit"):
            last_submit = (n, detail)
    if check_attachments and last_submit:
        n, detail = last_submit
        try:
            attachments = json.loads(detail).get("attachments", [])
        except ValueError:
            attachments = []
        for att in attachments:
            p = Path(att.get("path", ""))
            if not p.is_file():
                return VerifyResult(False, len(rows), draft_id, n,
                                    f"attachment {p.name} submitted in row {n} is missing.", "attachment_missing")
            if sha256_file(p) != att.get("sha256"):
                return VerifyResult(False, len(rows), draft_id, n,
                                    f"attachment {p.name} changed after it was submitted in row {n}.",
                                    "attachment_changed")
    return VerifyResult(True, len(rows), draft_id)


def verify_record(db: Path, draft_id: str | None = None, *, head: dict | None = None,
                  check_attachments: bool = True) -> VerifyResult:
    """Check chains in ``db`` (one draft's if ``draft_id``); with ``head``, also that no newest row is gone."""
    chains = _rows(Path(db), draft_id)
    total = 0
    if draft_id and draft_id not in chains and head and head.get("n", 0) > 0:
        return VerifyResult(False, 0, draft_id, 1, "all rows of this draft were deleted from the record.",
                            "rows_deleted")
    for did, rows in chains.items():
        result = _check_chain(did, rows, check_attachments)
        if not result.ok:
            result.checked += total
            return result
        total += len(rows)
        if head and head.get("draft_id") == did:
            hn, hh = int(head.get("n", 0)), head.get("row_hash", "")
            if hn > len(rows):
                return VerifyResult(False, total, did, len(rows) + 1,
                                    f"rows {len(rows) + 1}–{hn} were deleted (the exported chain head is row {hn}).",
                                    "rows_deleted")
            if hn and rows[hn - 1][9] != hh:
                return VerifyResult(False, total, did, hn, f"row {hn} differs from the exported chain head.",
                                    "head_mismatch")
    return VerifyResult(True, total, draft_id or "")


def read_head(path: Path) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RecordError(f"Cannot read the chain head {path}: {exc}", path=str(path)) from exc
    if not isinstance(data, dict) or data.get("schema") != HEAD_SCHEMA:
        raise RecordError(f"The file {path} is not an approval chain head.", path=str(path))
    return data


def verify_path(path: Path, *, record: Path | None = None) -> VerifyResult:
    """Verify what the user points at: a record database, an export with its chain head, or a chain head."""
    path = Path(path)
    if not path.exists():
        raise RecordError(f"The file {path} does not exist.", path=str(path))
    if path.name.endswith(".chain.json"):
        head_path, export = path, Path(str(path)[: -len(".chain.json")])
    elif Path(str(path) + ".chain.json").is_file():
        head_path, export = Path(str(path) + ".chain.json"), path
    else:
        with open(path, "rb") as fh:
            if fh.read(16).startswith(b"SQLite format 3"):
                return verify_record(path)
        raise RecordError(f"No chain head ({path.name}.chain.json) beside {path}; nothing to verify against.",
                          path=str(path))
    head = read_head(head_path)
    db = record or Path(head.get("record", ""))
    if not db.is_file():
        raise RecordError(f"The approval record {db} named in {head_path.name} is not available.", path=str(db))
    result = verify_record(db, head.get("draft_id"), head=head)
    if result.ok and export.is_file() and head.get("export_sha256") and sha256_file(export) != head["export_sha256"]:
        return VerifyResult(False, result.checked, head["draft_id"], None,
                            f"the exported file {export.name} was changed after export.", "export_altered")
    if result.ok and export.suffix.lower() == ".json" and export.is_file() and head.get("export_state_hash"):
        try:
            draft = Draft.from_json(export.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return VerifyResult(False, result.checked, head["draft_id"], None,
                                f"the exported draft {export.name} is unreadable.", "export_unreadable")
        if draft.state_hash() != head["export_state_hash"]:
            return VerifyResult(False, result.checked, head["draft_id"], None,
                                f"the exported draft {export.name} was edited after export.", "export_altered")
    return result
