"""Start a 起案 from a meeting's decisions (決定事項): the function the minutes tool calls."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterable

from desktop.services.approval.model import Drafter, Draft
from desktop.services.approval.templates import draft_from_template
from desktop.services.common.wareki import format_wareki


def from_minutes_decisions(title: str, decisions: Iterable[str], *, meeting_date: dt.date | None = None,
                           drafter: Drafter | None = None, template: str = "一般起案",
                           today: dt.date | None = None, policy_dir: Path | None = None) -> Draft:
    """A draft whose 件名 and 伺い文 carry the meeting's decisions; route etc. come from ``template``.

    Args:
        title: the meeting's name (e.g. ``"第3回 総務課定例会議"``).
        decisions: the 決定事項 lines, in order (empty lines are dropped).
        meeting_date: when the meeting was held (shown in 和暦).
    """
    items = [d.strip() for d in decisions if d and d.strip()]
    if not items:
        raise ValueError("no decisions to draft from")
    draft = draft_from_template(template, drafter=drafter, today=today, policy_dir=policy_dir)
    when = f"{format_wareki(meeting_date)}開催の" if meeting_date else ""
    draft.subject = f"{title}における決定事項の実施について"
    lines = [f"標記の件について、{when}{title}において下記のとおり決定されたので、実施してよろしいか伺います。",
             "", "記", ""]
    lines += [f"{i}　{text}" for i, text in enumerate(items, start=1)]
    draft.body = "\n".join(lines) + "\n"
    return draft
