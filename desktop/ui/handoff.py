"""Hand-offs between tools: minutes' 決定事項 start an approval draft; an exported 起案書 or a form ledger
goes to FAX-less send as attachments. Each function opens the receiving tool's page and fills it; nothing is
sent or submitted without the user. GUI thread only."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterable

from desktop.ui.context import AppContext


def start_approval_from_decisions(ctx: AppContext, title: str, decisions: Iterable[str],
                                  meeting_date: dt.date | None = None):
    """Open 電子決裁 with a new 起案 whose 伺い文 lists the meeting's decisions; returns the approval page."""
    from desktop.services.approval import from_minutes_decisions

    decisions = [d.strip() for d in decisions if d and d.strip()]
    if not decisions:
        raise ValueError("no decisions to start an approval draft from")
    draft = from_minutes_decisions(title or "会議", decisions, meeting_date=meeting_date)
    page = ctx.window.open_page("approval")
    page.new_draft(draft)
    return page


def send_files(ctx: AppContext, files: Iterable[Path], subject: str = ""):
    """Open FAX-less send's 作成 tab with ``files`` attached (and a subject if empty); returns the page."""
    page = ctx.window.open_page("send")
    page.show_compose()
    compose = page.compose
    present = {str(p) for p in compose.attachment_list()}
    for path in files:
        path = Path(path)
        if path.exists() and str(path) not in present:
            compose.add_attachment(path)
    if subject and not compose.subject.text().strip():
        compose.subject.setText(subject)
    return page
