"""Route simulation: submit → approve / 差戻し / 取下げ / 代決 / 後閲, every action appended to the record.

The run's state is *derived from the record* (replaying its events), so what the screen shows is what the
evidence says. The route used is the snapshot taken at (re)submission, not the live draft.

Actions and their record names: ``submit``/``resubmit``, ``approve`` (回議 step), ``consult_approve``
(one 合議 member; the group passes at its quorum), ``decide`` (the 決定権者 approves), ``delegate_decide``
(代決, final step only), ``pass_for_post_review`` (後閲扱い: an absent approver with the 後閲 flag is passed),
``post_review`` (後閲済), ``send_back`` (差戻し with reason, to an earlier step or to the drafter),
``withdraw`` (取下げ, terminal; history kept).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from desktop.services.approval.errors import DraftInvalid, RecordError, RouteActionError
from desktop.services.approval.model import Draft, RouteStep, sha256_file, step_from_dict
from desktop.services.approval.record import ApprovalRecord, Event
from desktop.services.approval.validation import validate

DRAFTER = -1  # send_back target meaning 起案者

ACTION_LABELS = {
    "submit": "起案（提出）", "resubmit": "再提出", "approve": "承認", "consult_approve": "合議承認",
    "decide": "決裁", "delegate_decide": "代決", "pass_for_post_review": "後閲扱い", "post_review": "後閲済",
    "send_back": "差戻し", "withdraw": "取下げ",
}


@dataclass
class RunState:
    status: str = "draft"           # draft | in_progress | returned | withdrawn | decided
    current: int = 0
    steps: list[RouteStep] = field(default_factory=list)
    consent: dict[int, list[str]] = field(default_factory=dict)   # 合議 step → members who agreed
    done: dict[int, str] = field(default_factory=dict)            # step → action that passed it
    pending_post_review: list[int] = field(default_factory=list)
    attachments: list[dict] = field(default_factory=list)
    state_hash: str = ""


def _apply(state: RunState, ev: Event) -> None:
    d = ev.detail
    if ev.action in ("submit", "resubmit"):
        state.status, state.current = "in_progress", 0
        state.steps = [step_from_dict(s) for s in d["route"]]
        state.consent, state.done, state.pending_post_review = {}, {}, []
        state.attachments = d.get("attachments", [])
        state.state_hash = ev.state_hash
    elif ev.action == "consult_approve":
        got = state.consent.setdefault(ev.step, [])
        got.append(d.get("member", ev.actor))
        if len(got) >= state.steps[ev.step].required_approvals():
            _advance(state, ev.step, "consult_approve")
    elif ev.action in ("approve", "decide", "delegate_decide", "pass_for_post_review"):
        if ev.action == "pass_for_post_review" or (ev.action == "delegate_decide"
                                                   and state.steps[ev.step].post_review):
            state.pending_post_review.append(ev.step)
        _advance(state, ev.step, ev.action)
    elif ev.action == "post_review":
        if ev.step in state.pending_post_review:
            state.pending_post_review.remove(ev.step)
    elif ev.action == "send_back":
        target = d.get("to", DRAFTER)
        if target == DRAFTER:
            state.status = "returned"
        else:
            state.current = target
            for i in list(state.done):
                if i >= target:
                    del state.done[i]
            for i in list(state.consent):
                if i >= target:
                    del state.consent[i]
            state.pending_post_review = [i for i in state.pending_post_review if i < target]
    elif ev.action == "withdraw":
        state.status = "withdrawn"


def _advance(state: RunState, step: int, how: str) -> None:
    state.done[step] = how
    if step >= len(state.steps) - 1:
        state.status = "decided"
    state.current = step + 1


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
                _apply(state, ev)
            except (KeyError, IndexError, TypeError, ValueError) as exc:
                raise RecordError(f"The record of this draft is inconsistent at row {ev.n} ({ev.action}); "
                                  "run verify.", n=ev.n) from exc
        return state

    # -- helpers -----------------------------------------------------------------------------------
    def _log(self, action: str, actor: str, state: RunState, *, step: int | None = None, **detail) -> Event:
        return self.record.append(self.draft_id, action, actor, state.state_hash, step=step, detail=detail)

    def _in_progress(self) -> RunState:
        state = self.state()
        if state.status != "in_progress":
            raise RouteActionError(f"The draft is not in circulation (status: {state.status}).",
                                   status=state.status)
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
    def submit(self, draft: Draft, actor: str = "", **validate_kwargs) -> Event:
        if draft.draft_id != self.draft_id:
            raise RouteActionError("This route belongs to another draft.")
        state = self.state()
        if state.status not in ("draft", "returned"):
            raise RouteActionError(f"The draft cannot be submitted now (status: {state.status}).",
                                   status=state.status)
        problems = validate(draft, **validate_kwargs)
        if problems:
            raise DraftInvalid(f"The draft has {len(problems)} problem(s): "
                               + "; ".join(str(p) for p in problems), problems=problems)
        from dataclasses import asdict
        action = "resubmit" if state.status == "returned" else "submit"
        return self.record.append(
            self.draft_id, action, actor or draft.drafter.name, draft.state_hash(), step=None,
            detail={"route": [asdict(s) for s in draft.route.steps],
                    "attachments": [{"path": a.path, "sha256": a.sha256} for a in draft.attachments],
                    "subject": draft.subject, "doc_number": draft.doc_number})

    def approve(self, actor: str = "", member: str = "") -> Event:
        """The current step approves; for a 合議 step ``member`` (one of its members) agrees."""
        state = self._in_progress()
        i, step = state.current, state.steps[state.current]
        if step.kind == "合議":
            who = member or actor
            if who not in step.members:
                raise RouteActionError(f"{who!r} is not a member of consultation step {i + 1}.")
            if who in state.consent.get(i, []):
                raise RouteActionError(f"{who!r} already agreed at step {i + 1}.")
            return self._log("consult_approve", actor or who, state, step=i, member=who)
        action = "decide" if step.decider else "approve"
        return self._log(action, actor or step.name or step.label(), state, step=i)

    def delegate_decide(self, actor: str = "") -> Event:
        """代決: only at the final step, by its 代決者 (or ``actor``)."""
        state = self._in_progress()
        i, step = state.current, state.steps[state.current]
        if i != len(state.steps) - 1:
            raise RouteActionError(f"代決 is only allowed at the final step (the route is at step {i + 1}).",
                                   code="approval.delegate_not_final")
        who = actor or step.delegate
        if not who:
            raise RouteActionError("No 代決者 is named for the final step.")
        return self._log("delegate_decide", who, state, step=i, on_behalf_of=step.name or step.label())

    def pass_for_post_review(self, actor: str = "") -> Event:
        """後閲扱い: pass the current (absent) approver, who reviews afterwards. Needs the step's 後閲 flag."""
        state = self._in_progress()
        i, step = state.current, state.steps[state.current]
        if not step.post_review:
            raise RouteActionError(f"Step {i + 1} does not allow 後閲.")
        if step.decider:
            raise RouteActionError("The decider cannot be passed for 後閲; use 代決.")
        return self._log("pass_for_post_review", actor or "", state, step=i)

    def post_review(self, step_index: int, actor: str = "") -> Event:
        state = self.state()
        if step_index not in state.pending_post_review:
            raise RouteActionError(f"Step {step_index + 1} has no pending 後閲.")
        step = state.steps[step_index]
        return self._log("post_review", actor or step.name or step.label(), state, step=step_index)

    def send_back(self, to_step: int, reason: str, actor: str = "") -> Event:
        """差戻し to an earlier step (index) or to the drafter (:data:`DRAFTER`), with a reason."""
        state = self._in_progress()
        if not reason.strip():
            raise RouteActionError("A reason is required to send a draft back.")
        if not (to_step == DRAFTER or 0 <= to_step < state.current):
            raise RouteActionError(f"Can only send back to an earlier step (now at step {state.current + 1}).")
        step = state.steps[state.current]
        return self._log("send_back", actor or step.name or step.label(), state, step=state.current,
                         to=to_step, reason=reason.strip())

    def withdraw(self, reason: str = "", actor: str = "") -> Event:
        state = self.state()
        if state.status not in ("in_progress", "returned"):
            raise RouteActionError(f"Only a circulating or returned draft can be withdrawn (status: {state.status}).")
        return self._log("withdraw", actor, state, step=None, reason=reason.strip())
