"""The state of a route, derived by replaying its events, and the authority rule for every action.

:func:`refusal` is the one rule book: who may do what at which point (only the staff ID a step names may
approve it, 代決 only by the named 代決者 with a reason, 提出・取下げ only by the 起案者 …). It is used both before an
action is appended (:class:`~desktop.services.approval.route_sim.RouteRun`, the circulation client) and when
events from the shared folder are replayed, so a decision file written by anyone else is never counted.

Events are anything with ``action``, ``actor`` (staff ID), ``step``, ``detail`` (dict) and ``state_hash``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from desktop.services.approval.model import RouteStep, same_staff, step_from_dict

DRAFTER = -1  # send_back target meaning 起案者

ACTION_LABELS = {
    "submit": "起案（提出）", "resubmit": "再提出", "approve": "承認", "consult_approve": "合議承認",
    "decide": "決裁", "delegate_decide": "代決", "pass_for_post_review": "後閲扱い", "post_review": "後閲済",
    "send_back": "差戻し", "withdraw": "取下げ",
}
DECISIONS = ("approve", "consult_approve", "decide", "delegate_decide", "send_back", "post_review")


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
    drafter_id: str = ""
    drafter_name: str = ""
    subject: str = ""
    doc_number: str = ""
    round: int = 0                  # 1 at 提出, +1 at every 再提出

    def current_step(self) -> RouteStep | None:
        if self.status == "in_progress" and 0 <= self.current < len(self.steps):
            return self.steps[self.current]
        return None

    def waiting_for(self) -> list[str]:
        """Staff IDs who can act now (the current step's person, open 合議 members, the 代決者)."""
        step = self.current_step()
        if step is None:
            return []
        if step.kind == "合議":
            agreed = self.consent.get(self.current, [])
            return [sid for m, sid in zip(step.members, step.member_ids) if sid and m not in agreed]
        ids = [step.staff_id] if step.staff_id else []
        if step.delegate_id and self.current == len(self.steps) - 1:
            ids.append(step.delegate_id)
        return ids


def _names(step_id: str, actor: str, detail: dict) -> bool:
    return same_staff(step_id, actor) or bool(detail.get("actor_mail") and same_staff(step_id, detail["actor_mail"]))


def refusal(state: RunState, action: str, actor: str, step: int | None, detail: dict) -> tuple[str, str] | None:
    """``None`` if ``actor`` may do ``action`` now, else ``(code, English reason)``."""
    if not actor.strip():
        return "approval.no_actor", "Nobody is signed in; sign in with your staff ID first."
    if action in ("submit", "resubmit"):
        want = ("returned", "withdrawn") if action == "resubmit" else ("draft",)
        if state.status not in want:
            return "approval.bad_state", f"The draft cannot be submitted now (status: {state.status})."
        if state.drafter_id and not same_staff(state.drafter_id, actor):
            return "approval.not_drafter", "Only the drafter can resubmit this draft."
        if not _names(detail.get("drafter_id", ""), actor, detail):
            return "approval.not_drafter", "The 起案者 of the draft must be the signed-in person."
        return None
    if action == "withdraw":
        if state.status not in ("in_progress", "returned"):
            return "approval.bad_state", f"Only a circulating or returned draft can be withdrawn (status: {state.status})."
        if not _names(state.drafter_id, actor, detail):
            return "approval.not_drafter", "Only the drafter can withdraw this draft."
        return None
    if action == "post_review":
        if step not in state.pending_post_review:
            return "approval.bad_state", f"Step {(step or 0) + 1} has no pending 後閲."
        if not _names(state.steps[step].staff_id, actor, detail):
            return "approval.not_your_step", f"Step {step + 1} is for {state.steps[step].name or state.steps[step].staff_id}."
        return None
    if state.status != "in_progress":
        return "approval.bad_state", f"The draft is not in circulation (status: {state.status})."
    if step != state.current:
        return "approval.stale", f"The route is at step {state.current + 1}, not at step {(step or 0) + 1}."
    cur = state.steps[state.current]
    last = state.current == len(state.steps) - 1
    if action == "consult_approve":
        if cur.kind != "合議":
            return "approval.bad_state", f"Step {step + 1} is not a consultation."
        member = cur.member_for(actor) or (cur.member_for(detail.get("actor_mail", "")) if detail.get("actor_mail") else None)
        if member is None:
            return "approval.not_your_step", f"You are not a member of consultation step {step + 1}."
        if detail.get("member", member) != member:
            return "approval.not_your_step", f"You cannot agree for {detail['member']}."
        if member in state.consent.get(step, []):
            return "approval.already", f"{member} already agreed at step {step + 1}."
        return None
    if action in ("approve", "decide"):
        if cur.kind == "合議":
            return "approval.bad_state", f"Step {step + 1} is a consultation; agree as one of its members."
        if (action == "decide") != cur.decider:
            return "approval.bad_state", f"Step {step + 1} is {'the' if cur.decider else 'not the'} decision."
        if not _names(cur.staff_id, actor, detail):
            return "approval.not_your_step", f"Step {step + 1} is for {cur.name or cur.staff_id}, not for {actor}."
        return None
    if action == "delegate_decide":
        if not last:
            return "approval.delegate_not_final", (f"代決 is only allowed at the final step (the route is at "
                                                   f"step {step + 1}).")
        if not cur.delegate_id or not _names(cur.delegate_id, actor, detail):
            return "approval.not_your_step", "Only the 代決者 named for the final step can decide on its behalf."
        if not str(detail.get("reason", "")).strip():
            return "approval.reason_required", "A reason is required for 代決."
        return None
    if action == "pass_for_post_review":
        if not cur.post_review:
            return "approval.no_post_review", f"Step {step + 1} does not allow 後閲."
        if cur.decider:
            return "approval.no_post_review", "The decider cannot be passed for 後閲; use 代決."
        nxt = state.steps[state.current + 1] if not last else None
        allowed = [state.drafter_id] + ([nxt.staff_id] if nxt is not None and nxt.kind == "回議" else [])
        if not any(a and _names(a, actor, detail) for a in allowed):
            return "approval.not_your_step", "Only the drafter or the next approver can pass an absent approver."
        return None
    if action == "send_back":
        if not str(detail.get("reason", "")).strip():
            return "approval.reason_required", "A reason is required to send a draft back."
        to = detail.get("to", DRAFTER)
        if not (to == DRAFTER or (isinstance(to, int) and 0 <= to < state.current)):
            return "approval.bad_target", f"Can only send back to an earlier step (now at step {state.current + 1})."
        ids = [cur.staff_id, *cur.member_ids] + ([cur.delegate_id] if last else [])
        if not any(i and _names(i, actor, detail) for i in ids):
            return "approval.not_your_step", f"Only the approver of step {step + 1} can send it back."
        return None
    return "approval.unknown_action", f"Unknown action {action!r}."


def apply(state: RunState, ev) -> None:
    """Advance ``state`` by one (already authorised) event."""
    d = ev.detail
    if ev.action in ("submit", "resubmit"):
        state.status, state.current = "in_progress", 0
        state.steps = [step_from_dict(s) for s in d["route"]]
        state.consent, state.done, state.pending_post_review = {}, {}, []
        state.attachments = d.get("attachments", [])
        state.state_hash = ev.state_hash
        state.drafter_id = d.get("drafter_id", ev.actor)
        state.drafter_name = d.get("drafter_name", "")
        state.subject, state.doc_number = d.get("subject", ""), d.get("doc_number", "")
        state.round += 1
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


def replay(events) -> tuple[RunState, list[tuple[object, str, str]]]:
    """Replay ``events`` in order, counting only authorised ones. Returns (state, [(event, code, reason)…])."""
    state = RunState()
    rejected = []
    for ev in events:
        why = refusal(state, ev.action, ev.actor, ev.step, ev.detail)
        if why is not None:
            rejected.append((ev, *why))
            continue
        apply(state, ev)
    return state, rejected
