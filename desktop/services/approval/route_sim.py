"""The route of one draft on this PC: submit → approve / 差戻し / 取下げ / 代決 / 後閲, each appended to the record.

Every action is taken *as* a :class:`~desktop.services.approval.staff.Staff` (the signed-in person) and is
refused unless :func:`~desktop.services.approval.route_state.refusal` allows it: only the staff ID a step
names can approve it, only the drafter submits or withdraws. The run's state is derived from the record, so
what the screen shows is what the evidence says; the route used is the snapshot taken at (re)submission.

Record action names: ``submit``/``resubmit``, ``approve`` (回議 step), ``consult_approve`` (one 合議 member; the
group passes at its quorum), ``decide`` (the 決定権者), ``delegate_decide`` (代決, final step, with reason),
``pass_for_post_review`` (後閲扱い), ``post_review`` (後閲済), ``send_back`` (差戻し with reason), ``withdraw``.
"""
from __future__ import annotations

from dataclasses import asdict

from desktop.services.approval.errors import DraftInvalid, RecordError, RouteActionError
from desktop.services.approval.model import Draft, sha256_file
from desktop.services.approval.record import ApprovalRecord, Event
from desktop.services.approval.route_state import (ACTION_LABELS, DRAFTER, RunState, apply,  # noqa: F401
                                                   refusal)
from desktop.services.approval.staff import Staff
from desktop.services.approval.validation import validate


def submit_detail(draft: Draft, staff: Staff) -> dict:
    """What a 提出 freezes: the route, attachment hashes, subject, number and the drafter."""
    return {"route": [asdict(s) for s in draft.route.steps],
            "attachments": [{"path": a.path, "sha256": a.sha256} for a in draft.attachments],
            "subject": draft.subject, "doc_number": draft.doc_number, "drafter_id": draft.drafter.staff_id,
            "drafter_name": draft.drafter.name, "actor_name": staff.name, "actor_mail": staff.mail}


def check_submittable(draft: Draft, staff: Staff, state: RunState, **validate_kwargs) -> str:
    """The action (``submit``/``resubmit``) if ``staff`` may submit ``draft`` now; raises otherwise."""
    action = "resubmit" if state.status in ("returned", "withdrawn") else "submit"
    if state.status not in ("draft", "returned", "withdrawn"):
        raise RouteActionError(f"The draft cannot be submitted now (status: {state.status}).", status=state.status,
                               code="approval.bad_state")
    problems = validate(draft, **validate_kwargs)
    if problems:
        raise DraftInvalid(f"The draft has {len(problems)} problem(s): " + "; ".join(str(p) for p in problems),
                           problems=problems)
    why = refusal(state, action, staff.staff_id, None, submit_detail(draft, staff))
    if why:
        raise RouteActionError(why[1], code=why[0])
    return action


class RouteRun:
    """The route of one draft, backed by an :class:`ApprovalRecord`."""

    def __init__(self, draft_id: str, record: ApprovalRecord) -> None:
        self.draft_id = draft_id
        self.record = record

    def events(self) -> list[Event]:
        return self.record.events(self.draft_id)

    def state(self) -> RunState:
        """Replay the record. A record whose rows do not make sense (edited by hand) raises RecordError."""
        state = RunState()
        for ev in self.events():
            try:
                apply(state, ev)
            except (KeyError, IndexError, TypeError, ValueError) as exc:
                raise RecordError(f"The record of this draft is inconsistent at row {ev.n} ({ev.action}); "
                                  "run verify.", n=ev.n) from exc
        return state

    # -- helpers -----------------------------------------------------------------------------------
    def _act(self, staff: Staff, action: str, state: RunState, step: int | None, **detail) -> Event:
        detail.update(actor_name=staff.name, actor_mail=staff.mail)
        why = refusal(state, action, staff.staff_id, step, detail)
        if why:
            raise RouteActionError(why[1], code=why[0])
        return self.record.append(self.draft_id, action, staff.staff_id, state.state_hash, step=step, detail=detail)

    def _in_progress(self) -> RunState:
        state = self.state()
        if state.status != "in_progress":
            raise RouteActionError(f"The draft is not in circulation (status: {state.status}).",
                                   status=state.status, code="approval.bad_state")
        for att in state.attachments:
            try:
                same = sha256_file(att["path"]) == att["sha256"]
            except OSError:
                same = False
            if not same:
                raise RouteActionError(f"Attachment {att['path']} changed after submission; send the draft back "
                                       "and resubmit it.", code="approval.attachment_changed", path=att["path"])
        return state

    # -- actions -----------------------------------------------------------------------------------
    def submit(self, draft: Draft, staff: Staff, **validate_kwargs) -> Event:
        if draft.draft_id != self.draft_id:
            raise RouteActionError("This route belongs to another draft.")
        state = self.state()
        action = check_submittable(draft, staff, state, **validate_kwargs)
        return self.record.append(self.draft_id, action, staff.staff_id, draft.state_hash(), step=None,
                                  detail=submit_detail(draft, staff))

    def approve(self, staff: Staff) -> Event:
        """``staff`` approves the current step (agrees, if it is a 合議 of which they are a member)."""
        state = self._in_progress()
        step = state.steps[state.current]
        if step.kind == "合議":
            member = step.member_for(staff.staff_id) or (step.member_for(staff.mail) if staff.mail else None)
            return self._act(staff, "consult_approve", state, state.current, member=member or "")
        return self._act(staff, "decide" if step.decider else "approve", state, state.current)

    def delegate_decide(self, staff: Staff, reason: str) -> Event:
        """代決 by the final step's named 代決者, with the reason recorded."""
        state = self._in_progress()
        step = state.steps[state.current]
        return self._act(staff, "delegate_decide", state, state.current, reason=reason.strip(),
                         on_behalf_of=step.name or step.label(), on_behalf_of_id=step.staff_id)

    def pass_for_post_review(self, staff: Staff) -> Event:
        """後閲扱い: pass the current (absent) approver, who reviews afterwards. Needs the step's 後閲 flag."""
        state = self._in_progress()
        return self._act(staff, "pass_for_post_review", state, state.current)

    def post_review(self, step_index: int, staff: Staff) -> Event:
        return self._act(staff, "post_review", self.state(), step_index)

    def send_back(self, to_step: int, reason: str, staff: Staff) -> Event:
        """差戻し to an earlier step (index) or to the drafter (:data:`DRAFTER`), with a reason."""
        state = self._in_progress()
        return self._act(staff, "send_back", state, state.current, to=to_step, reason=reason.strip())

    def withdraw(self, staff: Staff, reason: str = "") -> Event:
        return self._act(staff, "withdraw", self.state(), None, reason=reason.strip())
