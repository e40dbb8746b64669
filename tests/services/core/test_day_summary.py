"""The home page's summary of the day, read from the tools' real files without Qt."""
from __future__ import annotations

from desktop.services import day_summary, paths
from desktop.services.approval.autosave import Autosaver
from desktop.services.approval.model import Draft
from desktop.services.send.outbox import Recipient
from desktop.services.send.service import open_outbox


def test_nothing_yet_counts_as_nothing_and_creates_no_tool_database():
    summary = day_summary.collect()
    assert (summary.send_waiting, summary.drafts, summary.forms_pending, summary.meetings) == (0, 0, 0, [])
    assert summary.last_sync is None and summary.unavailable == []
    assert not (paths.tool_data_dir("send") / "outbox" / "outbox.sqlite3").exists()
    assert not (paths.tool_data_dir("forms") / "review.sqlite3").exists()


def test_counts_come_from_the_outbox_and_the_autosaves():
    outbox = open_outbox()
    try:
        outbox.queue([Recipient("a@example.lg.jp")], sender="me@example.lg.jp", subject="件名", body="本文")
        outbox.queue([Recipient("b@example.lg.jp"), Recipient("c@example.lg.jp")], sender="me@example.lg.jp",
                     subject="件名", body="本文", state="held", hold_seconds=600)
    finally:
        outbox.close()
    Autosaver().save(Draft(subject="一"))
    Autosaver().save(Draft(subject="二"))
    summary = day_summary.collect()
    assert summary.send_waiting == 2, "a draft send is not waiting; the two held ones are"
    assert summary.drafts == 2


def test_one_unreadable_tool_is_named_and_the_rest_still_counted():
    bad = paths.tool_data_dir("forms") / "review.sqlite3"
    bad.write_bytes(b"not sqlite at all")
    Autosaver().save(Draft(subject="一"))
    summary = day_summary.collect()
    assert summary.unavailable == ["forms"]
    assert summary.drafts == 1


def _shared_pcs():
    """The approval tests' staff PCs on a real WebDAV server (tests/services/approval/shared_pcs.py)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "approval_shared_pcs_for_day_summary", Path(__file__).parents[1] / "approval" / "shared_pcs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _two_step_draft(drafter, first, second):
    from desktop.services.approval import draft_from_template

    draft = draft_from_template("一般起案", drafter=drafter.as_drafter(), today=None)
    draft.drafter.section = "総務局総務部総務課"
    draft.subject = "庁内会議室の予約方法の変更について"
    draft.body = draft.body.replace("1 目的\n", "1 目的　予約の一元化\n").replace(
        "2 内容\n", "2 内容　予約システムの導入\n").replace("3 実施時期\n", "3 実施時期　令和6年7月\n")
    del draft.route.steps[1]
    draft.route.steps[0].name, draft.route.steps[0].staff_id = first.name, first.staff_id
    draft.route.steps[1].name, draft.route.steps[1].staff_id = second.name, second.staff_id
    return draft


def test_circulated_items_waiting_for_the_signed_in_staff_come_from_the_last_sync(tmp_path, monkeypatch):
    import uuid

    from desktop.services.approval import DRAFTER
    from desktop.services.approval.staff import Staff

    pcs = _shared_pcs()
    yamada = Staff("s1000001", "山田太郎", "yamada@example.metro.tokyo.jp")
    suzuki, sato = Staff("s2000011", "鈴木一郎"), Staff("s2000012", "佐藤次郎")
    server = pcs.DavServer(tmp_path / "davroot", pcs.USER, pcs.PASSWORD).start()
    try:
        folder = f"電子決裁-{uuid.uuid4().hex[:8]}"
        drafter_pc = pcs.PC(tmp_path, server, folder, yamada, monkeypatch, pcs.PASSWORD)
        draft = _two_step_draft(yamada, suzuki, sato)
        drafter_pc.run(draft.draft_id).submit(draft, yamada)
        drafter_pc.sync()

        suzuki_pc = pcs.PC(tmp_path, server, folder, suzuki, monkeypatch, pcs.PASSWORD)   # the 係長's PC
        summary = day_summary.collect()
        assert summary.approval_inbox == {"synced": None}, "never sent/received here: not known, not zero"
        assert summary.approvals_waiting_for_me == 0 and summary.unavailable == []

        suzuki_pc.sync()
        server.kill()                        # the summary reads what the last sync left, never the server
        summary = day_summary.collect()
        assert summary.approval_inbox["synced"] is not None
        assert summary.approvals_waiting_for_me == 1
        assert (summary.approvals_circulating, summary.approvals_returned) == (0, 0)

        drafter_pc.use()                     # the drafter's own PC: his 起案 is on its way, nothing waits for him
        summary = day_summary.collect()
        assert (summary.approvals_waiting_for_me, summary.approvals_circulating) == (0, 1)

        server.start()
        suzuki_pc.use()
        suzuki_pc.run(draft.draft_id).send_back(DRAFTER, "目的を具体的に", suzuki)
        suzuki_pc.sync()
        assert day_summary.collect().approvals_waiting_for_me == 0, "decided: no longer waiting for the 係長"
        drafter_pc.use()
        drafter_pc.sync()
        summary = day_summary.collect()
        assert (summary.approvals_returned, summary.approvals_circulating) == (1, 0)
    finally:
        server.kill()
