"""The hash-chained record: tampering with a row, deleting the newest rows, or changing an attachment after
submit is detected by verify (library and CLI)."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from desktop.services.approval.staff import Staff
from desktop.services.approval import (ApprovalRecord, Attachment, RecordError, RouteRun, export_draft,
                                       verify_path, verify_record)

from .conftest import DRAFTER, TODAY


def approve_next(run):
    """The person the current step names approves it."""
    state = run.state()
    step = state.steps[state.current]
    return run.approve(Staff(step.staff_id, step.name))


def circulated(make_draft, record, tmp_path, approvals=2):
    draft = make_draft()
    att = tmp_path / "別紙.txt"
    att.write_text("別紙の内容", encoding="utf-8")
    draft.attachments.append(Attachment.from_file(att))
    run = RouteRun(draft.draft_id, record)
    run.submit(draft, DRAFTER, today=TODAY)
    for _ in range(approvals):
        approve_next(run)
    return draft, run, att


def raw(record):
    """Open the database as an attacker would, removing the append-only triggers first."""
    con = sqlite3.connect(record.path)
    con.execute("DROP TRIGGER events_no_update")
    con.execute("DROP TRIGGER events_no_delete")
    return con


def test_record_is_append_only_through_sqlite(make_draft, record, tmp_path):
    circulated(make_draft, record, tmp_path)
    con = sqlite3.connect(record.path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("UPDATE events SET actor='x'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("DELETE FROM events")
    con.close()


def test_intact_chain_verifies(make_draft, record, tmp_path):
    draft, run, _ = circulated(make_draft, record, tmp_path)
    result = verify_record(record.path)
    assert result.ok and result.checked == 3
    events = run.events()
    assert events[1].prev_hash == events[0].row_hash and events[2].prev_hash == events[1].row_hash


def test_tampered_row_is_reported_as_first_broken_link(make_draft, record, tmp_path):
    draft, run, _ = circulated(make_draft, record, tmp_path)
    approve_next(run)
    con = raw(record)
    with con:
        con.execute("UPDATE events SET actor='偽 承認者' WHERE n=2")
    result = verify_record(record.path)
    assert not result.ok and result.broken_at == 2 and result.code == "row_altered"
    assert result.draft_id == draft.draft_id


def test_rehashed_tampered_row_breaks_the_next_link(make_draft, record, tmp_path):
    from desktop.services.approval.record import row_hash

    draft, run, _ = circulated(make_draft, record, tmp_path)
    con = raw(record)
    r = con.execute("SELECT draft_id,n,ts,action,actor,step,detail,state_hash,prev_hash FROM events WHERE n=2"
                    ).fetchone()
    forged = row_hash(r[0], r[1], r[2], r[3], "偽", r[5], r[6], r[7], r[8])
    with con:
        con.execute("UPDATE events SET actor='偽', row_hash=? WHERE n=2", (forged,))
    result = verify_record(record.path)
    assert not result.ok and result.broken_at == 3 and result.code == "bad_link"


def test_deleted_newest_rows_detected_with_the_exported_head(make_draft, record, tmp_path):
    draft, run, _ = circulated(make_draft, record, tmp_path)
    out = export_draft(draft, tmp_path / "kian.docx", record=record)
    approve_next(run)                       # the head beside the export follows the record
    head = json.loads((tmp_path / "kian.docx.chain.json").read_text(encoding="utf-8"))
    assert head["n"] == 4
    assert verify_path(out.docx).ok
    con = raw(record)
    with con:
        con.execute("DELETE FROM events WHERE n=4")
    assert verify_record(record.path).ok, "a shorter chain is self-consistent ..."
    result = verify_path(out.docx)      # ... but the head beside the export knows row 4
    assert not result.ok and result.code == "rows_deleted" and result.broken_at == 4
    assert not verify_path(tmp_path / "kian.docx.chain.json").ok
    with con:
        con.execute("DELETE FROM events")
    assert verify_path(out.json).code == "rows_deleted"


def test_attachment_changed_after_submit(make_draft, record, tmp_path):
    draft, run, att = circulated(make_draft, record, tmp_path)
    att.write_text("差し替えた内容", encoding="utf-8")
    result = verify_record(record.path)
    assert not result.ok and result.code == "attachment_changed" and result.broken_at == 1
    from desktop.services.approval import RouteActionError
    with pytest.raises(RouteActionError, match="changed after submission"):
        approve_next(run)


def test_edited_json_export_detected(make_draft, record, tmp_path):
    draft, run, _ = circulated(make_draft, record, tmp_path)
    out = export_draft(draft, tmp_path / "kian.docx", record=record)
    assert verify_path(out.json).ok
    data = json.loads(out.json.read_text(encoding="utf-8"))
    data["draft"]["subject"] = "書き換えた件名"
    out.json.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = verify_path(out.json)
    assert not result.ok and result.code == "export_altered"


def test_verify_errors_are_clear(tmp_path):
    with pytest.raises(RecordError, match="does not exist"):
        verify_path(tmp_path / "nothing.docx")
    lonely = tmp_path / "lonely.docx"
    lonely.write_bytes(b"PK")
    with pytest.raises(RecordError, match="No chain head"):
        verify_path(lonely)


def test_cli_verify_reports_first_broken_link(make_draft, record, tmp_path):
    draft, run, _ = circulated(make_draft, record, tmp_path)
    out = export_draft(draft, tmp_path / "kian.docx", record=record)
    cli = [sys.executable, "-m", "desktop", "approval", "verify"]
    ok = subprocess.run(cli + [str(out.docx)], capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0 and "OK: 3 record rows verified" in ok.stdout
    con = raw(record)
    with con:
        con.execute("UPDATE events SET detail='{}' WHERE n=1")
    bad = subprocess.run(cli + [str(record.path)], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 3 and "row 1" in bad.stdout and "altered" in bad.stdout
    missing = subprocess.run(cli + [str(tmp_path / "none.docx")], capture_output=True, text=True, timeout=60)
    assert missing.returncode == 1 and missing.stderr.startswith("エラー: ") and "詳細: " in missing.stderr


def test_separate_drafts_have_separate_chains(make_draft, record, tmp_path):
    a, b = make_draft(), make_draft("契約伺い")
    RouteRun(a.draft_id, record).submit(a, DRAFTER, today=TODAY)
    RouteRun(b.draft_id, record).submit(b, DRAFTER, today=TODAY)
    approve_next(RouteRun(a.draft_id, record))
    assert [e.n for e in record.events(a.draft_id)] == [1, 2]
    assert [e.n for e in record.events(b.draft_id)] == [1]
    assert verify_record(record.path).checked == 3
    assert isinstance(ApprovalRecord(record.path).draft_ids(), list)


def test_route_state_from_an_edited_record_is_a_clear_error(make_draft, record, tmp_path):
    draft, run, _ = circulated(make_draft, record, tmp_path)
    con = raw(record)
    with con:
        con.execute("UPDATE events SET detail='not json' WHERE n=1")
    with pytest.raises(RecordError, match="inconsistent at row 1"):
        run.state()
    assert verify_record(record.path).code == "row_altered"


def test_edited_docx_export_detected(make_draft, record, tmp_path):
    from docx import Document

    draft, run, _ = circulated(make_draft, record, tmp_path)
    out = export_draft(draft, tmp_path / "kian.docx", record=record)
    approve_next(run)                        # later events keep the head current but do not flag the export
    assert verify_path(out.docx).ok
    document = Document(str(out.docx))
    document.add_paragraph("後から書き足した一文")
    document.save(str(out.docx))
    result = verify_path(out.docx)
    assert not result.ok and result.code == "export_altered" and "kian.docx" in result.reason
