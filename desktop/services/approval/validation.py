"""Pre-submit validation of a draft. Every :class:`Problem` names the field it belongs to (``"subject"``,
``"retention"``, ``"attachments[1]"``, ``"route[2]"`` …) so the UI can focus it; all problems are reported,
not only the first. ``message`` is plain English for the CLI/log; the UI translates by ``code``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services.approval.model import (DECISION_TYPES, DISCLOSURE_TYPES, ENFORCEMENT_METHODS, FIELD_LABELS,
                                             LEVELS, RETENTIONS, STEP_KINDS, Draft)

# Template placeholders left unfilled: 〇〇/○○/××, a single 〇 where a number belongs (令和〇年度, 〇円), （例）.
PLACEHOLDER_RE = re.compile(r"[〇○◯●]{2,}|[×✕Ｘ]{2,}|(?:令和|平成)[〇○◯]|[〇○◯](?=[年月日円件名号])|[（(]例[）)]")
TEXT_FIELDS = ("subject", "body", "drafter.name", "drafter.section")
REQUIRED = ("subject", "drafter.name", "drafter.section", "drafted_on", "classification", "retention",
            "decision_type", "body", "enforcement", "disclosure")


@dataclass(frozen=True)
class Problem:
    field: str
    code: str
    message: str
    params: dict = field(default_factory=dict, compare=False, hash=False)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def _value(draft: Draft, name: str) -> str:
    obj = draft
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj


def validate(draft: Draft, *, today: dt.date | None = None,
             classification_rules: dict[str, list[str]] | None = None,
             check_files: bool = True, required_items: list[str] | None = None) -> list[Problem]:
    """All problems of ``draft``; an empty list means it may be submitted. ``required_items`` (numbered body
    items that must be filled) default to the draft's template's ``required_items``."""
    if classification_rules is None:
        from desktop.services.approval.templates import classification_rules as load_rules
        classification_rules = load_rules()
    today = today or dt.date.today()
    out: list[Problem] = []
    add = lambda f, c, m, **p: out.append(Problem(f, c, m, p))  # noqa: E731

    for name in REQUIRED:
        if not str(_value(draft, name)).strip():
            add(name, "required", f"{FIELD_LABELS[name]} is required.", label=FIELD_LABELS[name])

    if not draft.drafter.staff_id.strip():
        add("drafter.name", "drafter_not_signed_in",
            "The drafter is not the signed-in staff member (sign in with your staff ID first).")
    for name in TEXT_FIELDS:
        found = PLACEHOLDER_RE.search(str(_value(draft, name)))
        if found:
            add(name, "placeholder", f"{FIELD_LABELS[name]} still contains the template placeholder "
                f"{found.group(0)!r}.", label=FIELD_LABELS[name], text=found.group(0))
    for item in _required_items(draft, required_items):
        add("body", "item_empty", f"The item {item} of the body is not filled in.", item=item)

    # 起案日
    if draft.drafted_on.strip():
        day = draft.drafted_date()
        if day is None:
            add("drafted_on", "bad_date", f"The drafting date {draft.drafted_on!r} is not a date.")
        elif day > today:
            add("drafted_on", "future_date", f"The drafting date {day.isoformat()} is in the future.",
                date=day.isoformat())

    # closed vocabularies
    if draft.retention.strip() and draft.retention not in RETENTIONS:
        add("retention", "unknown_retention", f"Retention {draft.retention!r} is not one of {', '.join(RETENTIONS)}.")
    if draft.decision_type.strip() and draft.decision_type not in DECISION_TYPES:
        add("decision_type", "unknown_decision_type", f"Unknown decision type {draft.decision_type!r}.")
    if draft.enforcement.strip() and draft.enforcement not in ENFORCEMENT_METHODS:
        add("enforcement", "unknown_enforcement", f"Unknown enforcement method {draft.enforcement!r}.")
    if draft.disclosure.strip() and draft.disclosure not in DISCLOSURE_TYPES:
        add("disclosure", "unknown_disclosure", f"Unknown disclosure class {draft.disclosure!r}.")

    # classification ↔ retention
    if draft.classification.strip():
        allowed = classification_rules.get(draft.classification)
        if allowed is None:
            add("classification", "unknown_classification",
                f"Unknown document classification {draft.classification!r}.")
        elif draft.retention in RETENTIONS and draft.retention not in allowed:
            add("retention", "retention_not_allowed",
                f"Retention {draft.retention} is not allowed for {draft.classification} "
                f"(allowed: {', '.join(allowed)}).", allowed=", ".join(allowed))

    # attachments
    if check_files:
        for i, att in enumerate(draft.attachments):
            state = att.current_state()
            if state == "missing":
                add(f"attachments[{i}]", "attachment_missing", f"Attachment {Path(att.path).name} is missing.",
                    name=Path(att.path).name)
            elif state == "changed":
                add(f"attachments[{i}]", "attachment_changed",
                    f"Attachment {Path(att.path).name} changed since it was attached.", name=Path(att.path).name)

    out.extend(validate_route(draft))
    return out


def _required_items(draft: Draft, items: list[str] | None) -> list[str]:
    """Required 記 items (``3 契約金額``) of the body with nothing after them before the next numbered item."""
    if items is None:
        items = []
        if draft.template:
            from desktop.services.approval.errors import ApprovalError
            from desktop.services.approval.templates import get_template
            try:
                items = [str(i) for i in get_template(draft.template).data.get("required_items", [])]
            except ApprovalError:
                items = []
    lines = draft.body.splitlines()
    numbered = re.compile(r"^\s*[0-9０-９]+[\s.．)）]")
    empty = []
    for item in items:
        head = re.compile(r"^\s*[0-9０-９]+[\s.．)）]*\s*" + re.escape(item) + r"(.*)$")
        for i, line in enumerate(lines):
            m = head.match(line)
            if not m:
                continue
            text = m.group(1).strip(" \u3000:：")
            j = i + 1
            while not text and j < len(lines) and not numbered.match(lines[j]):
                text = lines[j].strip(" \u3000")
                j += 1
            if not text or PLACEHOLDER_RE.fullmatch(text):
                empty.append(item)
            break
    return empty


def validate_route(draft: Draft) -> list[Problem]:
    out: list[Problem] = []
    add = lambda f, c, m, **p: out.append(Problem(f, c, m, p))  # noqa: E731
    steps = draft.route.steps
    if not steps:
        add("route", "route_empty", "The route has no steps.")
        return out
    last = len(steps) - 1
    for i, step in enumerate(steps):
        f = f"route[{i}]"
        if step.kind not in STEP_KINDS:
            add(f, "bad_step_kind", f"Step {i + 1} has an unknown kind {step.kind!r}.", step=i + 1)
        if step.level not in LEVELS:
            add(f, "bad_level", f"Step {i + 1} has an unknown level {step.level!r}.", step=i + 1)
        if step.kind == "合議":
            if not step.members:
                add(f, "consult_empty", f"Consultation step {i + 1} has no members.", step=i + 1)
            if step.quorum < 0 or step.quorum > len(step.members):
                add(f, "bad_quorum", f"Step {i + 1}: quorum {step.quorum} does not fit {len(step.members)} members.",
                    step=i + 1)
            if step.decider:
                add(f, "consult_decider", f"Step {i + 1}: a consultation group cannot be the decider.", step=i + 1)
        elif not step.staff_id.strip():
            add(f, "step_no_person", f"Step {i + 1} ({step.label() or step.level}) names nobody: choose the "
                "person (staff ID) who decides it.", step=i + 1)
        if step.kind == "合議" and step.members and (
                len(step.member_ids) != len(step.members) or not all(m.strip() for m in step.member_ids)):
            add(f, "consult_no_person", f"Consultation step {i + 1}: give the staff ID of every member.", step=i + 1)
        if step.delegate.strip() and not step.delegate_id.strip():
            add(f, "delegate_no_person", f"Step {i + 1}: give the staff ID of the 代決者.", step=i + 1)
        if step.delegate.strip() and i != last:
            add(f, "delegate_not_final", f"Step {i + 1}: 代決 is only allowed at the final step.", step=i + 1)
    deciders = draft.route.decider_indexes()
    if not deciders:
        add("route", "no_decider", "The route has no decider (決定権者).")
    elif len(deciders) > 1:
        add("route", "two_deciders",
            f"The route has {len(deciders)} deciders (steps {', '.join(str(d + 1) for d in deciders)}); "
            "exactly one is allowed.", steps=", ".join(str(d + 1) for d in deciders))
    else:
        d = deciders[0]
        if d != last:
            add(f"route[{d}]", "decider_not_last", f"The decider (step {d + 1}) must be the final step.", step=d + 1)
        want = DECISION_TYPES.get(draft.decision_type)
        if want and steps[d].level != want:
            add("decision_type", "decider_level_mismatch",
                f"Decision type {draft.decision_type} needs a {want}-level decider, but step {d + 1} is "
                f"{steps[d].level}.", want=want, have=steps[d].level, step=d + 1)
    return out
