"""Small text helpers of the 議事録 page: stage messages in the UI language, file names, dates."""
from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from desktop.services.common.wareki import format_wareki


def translated(progress, stages: dict[str, str]):
    """A progress callback that shows the service's stage messages in the UI language (the texts are made
    on the GUI thread; this runs on the job's worker thread)."""
    def report(fraction, message: str = "") -> None:
        if message in stages:
            message = stages[message]
        elif re.fullmatch(r"\d+:\d\d:\d\d / \d+:\d\d:\d\d", message):
            done, total = message.split(" / ")
            message = stages["processed"].format(done=done, total=total)
        progress(fraction, message)
    return report


def safe_file_name(name: str) -> str:
    """A title usable as a file name on Windows and elsewhere."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name).strip(" .")
    return cleaned[:100] or "minutes"


def meeting_day(text: str):
    """The date at the start of a 日時 field (``令和8年11月25日 10:00`` or ``2026/11/25 …``), else None."""
    from desktop.services.common.wareki import WarekiError, parse_date

    head = text.strip().split(" ")[0].split("\u3000")[0] if text.strip() else ""
    try:
        return parse_date(head) if head else None
    except WarekiError:
        return None


def recording_time(path: Path) -> str:
    """The file's modification time as 和暦 date + time (when the meeting was most likely recorded)."""
    stamp = datetime.fromtimestamp(path.stat().st_mtime)
    return f"{format_wareki(stamp.date())} {stamp:%H:%M}"
