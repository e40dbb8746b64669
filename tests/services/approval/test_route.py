"""Route on one PC: sequential 回議, 合議 quorum, 差戻し then resubmit, 取下げ, 代決, 後閲 — all recorded, and
each action only for the staff member the step names."""
from __future__ import annotations

import pytest

from desktop.services.approval import DRAFTER, DraftInvalid, RouteActionError, RouteRun, verify_record
from desktop.services.approval.staff import Staff

from .conftest import DRAFTER as YAMADA
from .conftest import TODAY, person


def submit(record, draft):
    run = RouteRun(draft.draft_id, record)
    run.submit(draft, YAMADA, today=TODAY)
    return run


def current(run) -> Staff:
    """Whoever the current (回議) step names."""
    state = run.state()
    step = state.steps[state.current]
    return Staff(step.staff_id, step.name)


def test_sequential_route_to_decision(make_draft, record):
    draft = make_draft()
    run = submit(record, draft)
    assert run.state().status == "in_progress" and run.state().current == 0
    run.approve(current(run))
    run.approve(current(run))
    assert run.state().current == 2
    run.approve(current(run))
    state = run.state()
    assert state.status == "decided"
    assert [e.action for e in run.events()] == ["submit", "approve", "approve", "decide"]
    assert [e.actor for e in run.events()[1:]] == [s.staff_id for s in draft.route.steps]
    assert [e.detail["actor_name"] for e in run.events()[1:]] == [s.name for s in draft.route.steps]
    assert all(e.state_hash == draft.state_hash() for e in run.events())
    with pytest.raises(RouteActionError):
        run.approve(current_step_zero(draft))
    assert verify_record(record.path).ok


def current_step_zero(draft) -> Staff:
    return Staff(draft.route.steps[0].staff_id)


def test_only_the_named_approver_decides(make_draft, record):
    draft = make_draft()
    run = submit(record, draft)
    second = Staff(draft.route.steps[1].staff_id, draft.route.steps[1].name)
    for intruder in (YAMADA, second, Staff("s9999999", "部外者")):
        with pytest.raises(RouteActionError) as info:
            run.approve(intruder)
        assert info.value.code == "approval.not_your_step"
        with pytest.raises(RouteActionError):
            run.send_back(DRAFTER, "理由", intruder)
    with pytest.raises(RouteActionError) as info:
        run.withdraw(second, "権限のない取下げ")
    assert info.value.code == "approval.not_drafter"
    assert [e.action for e in run.events()] == ["submit"], "nothing recorded for refused actions"
    # the staff ID is matched without case; the mail address a step names works too
    run.approve(Staff(draft.route.steps[0].staff_id.upper()))
    draft.route.steps[1].staff_id = "takahashi@example.metro.tokyo.jp"
    assert run.state().current == 1


def test_submit_only_as_the_drafter(make_draft, record):
    draft = make_draft()
    run = RouteRun(draft.draft_id, record)
    with pytest.raises(RouteActionError) as info:
        run.submit(draft, Staff("s9999999", "別人"), today=TODAY)
    assert info.value.code == "approval.not_drafter"
    assert record.events(draft.draft_id) == []


def test_consultation_quorum(make_draft, record):
    draft = make_draft("事業計画")   # 合議 of 3 部長, quorum 2, at step index 2
    run = submit(record, draft)
    run.approve(current(run))
    run.approve(current(run))
    assert run.state().current == 2
    run.approve(person("財務部長"))
    assert run.state().current == 2, "one of two needed"
    with pytest.raises(RouteActionError, match="already agreed"):
        run.approve(person("財務部長"))
    with pytest.raises(RouteActionError, match="not a member"):
        run.approve(person("総務部長"))
    run.approve(person("人事部長"))
    assert run.state().current == 3 and run.state().consent[2] == ["財務部長", "人事部長"]
    run.approve(current(run))
    assert run.state().status == "decided"


def test_consultation_all_must_agree(make_draft, record):
    draft = make_draft("契約伺い")    # 合議 of 2, all
    run = submit(record, draft)
    run.approve(current(run))
    run.approve(current(run))
    run.approve(person("経理課長"))
    assert run.state().current == 2
    run.approve(person("契約課長"))
    assert run.state().current == 3


def test_send_back_then_resubmit(make_draft, record):
    draft = make_draft()
    run = submit(record, draft)
    run.approve(current(run))
    run.approve(current(run))
    with pytest.raises(RouteActionError, match="reason"):
        run.send_back(0, "  ", current(run))
    with pytest.raises(RouteActionError, match="earlier step"):
        run.send_back(2, "理由", current(run))
    run.send_back(0, "金額の根拠を追記してください", current(run))
    state = run.state()
    assert state.status == "in_progress" and state.current == 0 and state.done == {}
    run.approve(current(run))
    run.send_back(DRAFTER, "件名を修正してください", current(run))
    assert run.state().status == "returned"
    with pytest.raises(RouteActionError):
        run.approve(current_step_zero(draft))
    draft.subject = "庁内会議室の予約方法の変更について（修正）"
    run.submit(draft, YAMADA, today=TODAY)
    events = run.events()
    assert events[-1].action == "resubmit" and events[-1].state_hash == draft.state_hash()
    assert events[0].state_hash != draft.state_hash(), "history keeps the first version's hash"
    send_backs = [e for e in events if e.action == "send_back"]
    assert [e.detail["reason"] for e in send_backs] == ["金額の根拠を追記してください", "件名を修正してください"]
    for _ in draft.route.steps:
        run.approve(current(run))
    assert run.state().status == "decided"
    assert verify_record(record.path).ok


def test_withdraw_keeps_history(make_draft, record):
    draft = make_draft()
    run = submit(record, draft)
    run.approve(current(run))
    run.withdraw(YAMADA, "事業の中止のため")
    assert run.state().status == "withdrawn"
    assert [e.action for e in run.events()] == ["submit", "approve", "withdraw"]
    with pytest.raises(RouteActionError):
        run.approve(current_step_zero(draft))
    with pytest.raises(RouteActionError):
        run.withdraw(YAMADA, "二度目")
    # a changed draft goes round again only through a new 提出, which restarts the route
    draft.subject = "庁内会議室の予約方法の変更について（再起案）"
    run.submit(draft, YAMADA, today=TODAY)
    assert run.events()[-1].action == "resubmit" and run.state().current == 0 and run.state().round == 2
    assert verify_record(record.path).ok


def test_delegate_decision_only_at_final_step(make_draft, record):
    draft = make_draft("支出負担行為")  # decider step has 後閲 flag
    sato = Staff("s3000001", "課長代理 佐藤")
    draft.route.steps[-1].delegate, draft.route.steps[-1].delegate_id = sato.name, sato.staff_id
    run = submit(record, draft)
    with pytest.raises(RouteActionError, match="final step"):
        run.delegate_decide(sato, "課長出張のため")
    run.approve(current(run))
    run.approve(person("会計担当"))          # quorum 1
    with pytest.raises(RouteActionError, match="reason"):
        run.delegate_decide(sato, " ")
    with pytest.raises(RouteActionError) as info:
        run.delegate_decide(YAMADA, "課長出張のため")
    assert info.value.code == "approval.not_your_step"
    event = run.delegate_decide(sato, "課長出張のため")
    assert event.action == "delegate_decide" and event.actor == sato.staff_id
    assert event.detail["on_behalf_of"] == draft.route.steps[-1].name
    assert event.detail["reason"] == "課長出張のため"
    state = run.state()
    assert state.status == "decided" and state.pending_post_review == [2]
    with pytest.raises(RouteActionError):
        run.post_review(2, sato)
    run.post_review(2, Staff(draft.route.steps[2].staff_id))
    assert run.state().pending_post_review == []
    assert run.events()[-1].action == "post_review"


def test_post_review_pass_of_absent_approver(make_draft, record):
    draft = make_draft()                  # step 2 (課長代理) has the 後閲 flag
    run = submit(record, draft)
    with pytest.raises(RouteActionError, match="does not allow"):
        run.pass_for_post_review(YAMADA)
    run.approve(current(run))
    with pytest.raises(RouteActionError):
        run.pass_for_post_review(Staff("s9999999"))
    run.pass_for_post_review(YAMADA)
    assert run.state().current == 2 and run.state().pending_post_review == [1]
    run.approve(current(run))
    run.post_review(1, Staff(draft.route.steps[1].staff_id))
    assert run.state().status == "decided" and run.state().pending_post_review == []


def test_invalid_draft_cannot_be_submitted(make_draft, record):
    draft = make_draft()
    draft.subject = ""
    with pytest.raises(DraftInvalid) as info:
        RouteRun(draft.draft_id, record).submit(draft, YAMADA, today=TODAY)
    assert [p.field for p in info.value.params["problems"]] == ["subject"]
    assert record.events(draft.draft_id) == []
