"""``approval verify`` for circulated, signed 起案: the PDF's PAdES signatures and the decision record.

:func:`verify_circulated` checks (1) every PDF signature with pyHanko against the bureau CA (a changed byte,
a foreign certificate), (2) every decision file of the record: signed by the staff member it names, under the
bureau CA, and allowed by the route (a forged or edited decision is reported), and (3) that the two agree:
each counted decision of the PDF's round has its signature in the PDF by the same staff member, and the PDF
holds no signature that the record does not back.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services.approval.pades import validate_pdf
from desktop.services.approval.route_state import replay
from desktop.services.approval.shared_event import SharedEvent
from desktop.services.approval.signing import event_problem
from desktop.services.approval.signed_pdf import STAMPS, field_name


@dataclass
class CirculatedReport:
    ok: bool
    decisions: int = 0
    signatures: int = 0
    problems: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        if self.ok:
            return f"OK: {self.decisions} decisions and {self.signatures} PDF signatures verified."
        return "BROKEN: " + "; ".join(self.problems)


def read_events(folder: Path) -> tuple[list[SharedEvent], list[str]]:
    events, problems = [], []
    for path in sorted(Path(folder).glob("*.json")):
        try:
            events.append(SharedEvent.from_json(path.read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            problems.append(f"decision file {path.name} is unreadable ({exc})")
    events.sort(key=lambda e: (e.ts, e.event_id))
    return events, problems


def verify_circulated(pdf: Path | None, events_dir: Path | None, cas) -> CirculatedReport:
    report = CirculatedReport(ok=True)
    accepted: list[SharedEvent] = []
    round_ = 0
    if events_dir is not None:
        events, report.problems = read_events(events_dir)
        trusted = []
        for ev in events:
            why = event_problem(ev, cas)
            if why:
                report.problems.append(f"decision {ev.action} by {ev.actor} at {ev.ts}: {why}")
            else:
                trusted.append(ev)
        state, rejected = replay(trusted)
        for ev, _code, why in rejected:
            report.problems.append(f"decision {ev.action} by {ev.actor} at {ev.ts} is not allowed by the route: {why}")
        bad = {ev.event_id for ev, _c, _w in rejected}
        accepted = [ev for ev in trusted if ev.event_id not in bad]
        round_ = state.round
        report.decisions = len(accepted)
    if pdf is not None:
        result = validate_pdf(pdf, cas)
        report.signatures = len(result.signatures)
        report.problems += result.problems
        m = re.search(r"/r(\d+)/pdf/", Path(pdf).resolve().as_posix())
        pdf_round = int(m.group(1)) if m else round_
        if events_dir is not None:
            by_field = {s.field: s for s in result.signatures}
            counted = set()
            current, in_round = 0, []
            for ev in accepted:
                if ev.action in ("submit", "resubmit"):
                    current += 1
                if current == pdf_round and ev.action in STAMPS:
                    in_round.append(ev)
            for ev in in_round:
                sig = by_field.get(field_name(ev))
                if sig is None:
                    continue   # a later decision whose PDF signature is in a newer version
                counted.add(sig.field)
                if ev.actor.casefold() not in [i.casefold() for i in sig.signer_ids]:
                    report.problems.append(f"PDF signature {sig.field} is not by {ev.actor}, who made that decision")
            for name in by_field:
                if name not in counted:
                    report.problems.append(f"PDF signature {name} has no decision in the record behind it")
    report.ok = not report.problems
    return report
