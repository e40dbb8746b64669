"""Route simulation: sequential 回議, 合議 quorum, 差戻し then resubmit, 取下げ, 代決, 後閲 — all recorded."""
from __future__ import annotations

import pytest

from desktop.services.approval import DRAFTER, DraftInvalid, RouteActionError, RouteRun, verify_record

from .conftest import TODAY


def submit(record, draft):
    run = RouteRun(draft.draft_id, record)
    run.submit(draft, today=TODAY)
    return run


def test_sequential_route_to_decision(make_draft, record):
    draft = make_draft()
    run = submit(record, draft)
    assert run.state().status == "in_progress" and run.state().current == 0
    run.approve()
    run.approve()
    assert run.state().current == 2
    run.approve()
    state = run.state()
    assert state.status == "decided"
    assert [e.action for e in run.events()] == ["submit", "approve", "approve", "decide"]
    assert [e.actor for e in run.events()[1:]] == [s.name for s in draft.route.steps]
    assert all(e.state_hash == draft.state_hash() for e in run.events())
    with pytest.raises(RouteActionError):
        run.approve()
    assert verify_record(record.path).ok


def test_consultation_quorum(make_draft, record):
    draft = make_draft("事業計画")   # 合議 of 3 部長, quorum 2, at step index 2
    run = submit(record, draft)
    run.approve()
    run.approve()
    assert run.state().current == 2
    run.approve(member="財務部長")
    assert run.state().current == 2, "one of two needed"
    with pytest.raises(RouteActionError, match="already agreed"):
        run.approve(member="財務部長")
    with pytest.raises(RouteActionError, match="not a member"):
        run.approve(member="総務部長")
    run.approve(member="人事部長")
    assert run.state().current == 3 and run.state().consent[2] == ["財務部長", "人事部長"]
    run.approve()
    assert run.state().status == "decided"


def test_consultation_all_must_agree(make_draft, record):
    draft = make_draft("契約伺い")    # 合議 of 2, all
    run = submit(record, draft)
    run.approve()
    run.approve()
    run.approve(member="経理課長")
    assert run.state().current == 2
    run.approve(member="契約課長")
    assert run.state().current == 3


def test_send_back_then_resubmit(make_draft, record):
    draft = make_draft()
    run = submit(record, draft)
    run.approve()
    run.approve()
    with pytest.raises(RouteActionError, match="reason"):
        run.send_back(0, "  ")
    with pytest.raises(RouteActionError, match="earlier step"):
        run.send_back(2, "理由")
    run.send_back(0, "金額の根拠を追記してください")
    state = run.state()
    assert state.status == "in_progress" and state.current == 0 and state.done == {}
    run.approve()
    run.send_back(DRAFTER, "件名を修正してください")
    assert run.state().status == "returned"
    with pytest.raises(RouteActionError):
        run.approve()
    draft.subject = "庁内会議室の予約方法の変更について（修正）"
    run.submit(draft, today=TODAY)
    events = run.events()
    assert events[-1].action == "resubmit" and events[-1].state_hash == draft.state_hash()
    assert events[0].state_hash != draft.state_hash(), "history keeps the first version's hash"
    send_backs = [e for e in events if e.action == "send_back"]
    assert [e.detail["reason"] for e in send_backs] == ["金額の根拠を追記してください", "件名を修正してください"]
    for _ in draft.route.steps:
        run.approve()
    assert run.state().status == "decided"
    assert verify_record(record.path).ok


def test_withdraw_keeps_history(make_draft, record):
    draft = make_draft()
    run = submit(record, draft)
    run.approve()
    run.withdraw("事業の中止のため")
    assert run.state().status == "withdrawn"
    assert [e.action for e in run.events()] == ["submit", "approve", "withdraw"]
    with pytest.raises(RouteActionError):
        run.approve()
    with pytest.raises(RouteActionError):
        run.submit(draft, today=TODAY)
    assert verify_record(record.path).ok


def test_delegate_decision_only_at_final_step(make_draft, record):
    draft = make_draft("支出負担行為")  # decider step has 後閲 flag
    draft.route.steps[-1].delegate = "課長代理 佐藤"
    run = submit(record, draft)
    with pytest.raises(RouteActionError, match="final step"):
        run.delegate_decide()
    run.approve()
    run.approve(member="会計担当")          # quorum 1
    event = run.delegate_decide()
    assert event.action == "delegate_decide" and event.actor == "課長代理 佐藤"
    assert event.detail["on_behalf_of"] == draft.route.steps[-1].name
    state = run.state()
    assert state.status == "decided" and state.pending_post_review == [2]
    run.post_review(2)
    assert run.state().pending_post_review == []
    assert run.events()[-1].action == "post_review"


def test_post_review_pass_of_absent_approver(make_draft, record):
    draft = make_draft()                  # step 2 (課長代理) has the 後閲 flag
    run = submit(record, draft)
    with pytest.raises(RouteActionError, match="does not allow"):
        run.pass_for_post_review()
    run.approve()
    run.pass_for_post_review(actor="山田太郎")
    assert run.state().current == 2 and run.state().pending_post_review == [1]
    run.approve()
    run.post_review(1)
    assert run.state().status == "decided" and run.state().pending_post_review == []


def test_invalid_draft_cannot_be_submitted(make_draft, record):
    draft = make_draft()
    draft.subject = ""
    with pytest.raises(DraftInvalid) as info:
        RouteRun(draft.draft_id, record).submit(draft, today=TODAY)
    assert [p.field for p in info.value.params["problems"]] == ["subject"]
    assert record.events(draft.draft_id) == []
