"""Pre-submit validation of a draft. Every :class:`Problem` names the field it belongs to (``"subject"``,
``"retention"``, ``"attachments[1]"``, ``"route[2]"`` …) so the UI can focus it; all problems are reported,
not only the first. ``message`` is plain English for the CLI/log; the UI translates by ``code``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services.approval.model import (DECISION_TYPES, DISCLOSURE_TYPES, ENFORCEMENT_METHODS, FIELD_LABELS,
                                             LEVELS, RETENTIONS, STEP_KINDS, Draft)

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
             check_files: bool = True) -> list[Problem]:
    """All problems of ``draft``; an empty list means it may be submitted."""
    if classification_rules is None:
        from desktop.services.approval.templates import classification_rules as load_rules
        classification_rules = load_rules()
    today = today or dt.date.today()
    out: list[Problem] = []
    add = lambda f, c, m, **p: out.append(Problem(f, c, m, p))  # noqa: E731

    for name in REQUIRED:
        if not str(_value(draft, name)).strip():
            add(name, "required", f"{FIELD_LABELS[name]} is required.", label=FIELD_LABELS[name])

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
        elif not (step.position.strip() or step.name.strip()):
            add(f, "step_incomplete", f"Step {i + 1} has neither a position nor a name.", step=i + 1)
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
