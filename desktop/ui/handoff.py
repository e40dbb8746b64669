"""Hand-offs between tools: one tool asks another to start something (minutes' 決定事項 → an approval draft; an
exported 起案書, a form ledger or the minutes → FAX-less send as attachments). Nothing is sent or submitted
without the user. GUI thread only.

A hand-off is a typed request (a frozen dataclass below) naming the page that receives it. :func:`request`
opens that page and passes the request to its one public method ``accept_handoff(request)``; no page touches
another page's widgets. To add one: write the dataclass here (with ``page = "<page key>"``), handle it in the
receiving page's ``accept_handoff``, and call ``handoff.request(ctx, YourRequest(...))`` from the sender.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Protocol, Union

if TYPE_CHECKING:
    from desktop.ui.context import AppContext


@dataclass(frozen=True)
class StartApproval:
    """電子決裁: start a new 起案 whose 伺い文 lists a meeting's decisions (blank ones dropped; none is an error)."""

    page: ClassVar[str] = "approval"
    title: str
    decisions: tuple[str, ...]
    meeting_date: dt.date | None = None

    def __post_init__(self) -> None:
        kept = tuple(d.strip() for d in self.decisions if d and d.strip())
        if not kept:
            raise ValueError("no decisions to start an approval draft from")
        object.__setattr__(self, "decisions", kept)


@dataclass(frozen=True)
class ComposeSend:
    """FAXレス送信: open 作成 with these files attached (missing and already attached ones skipped) and
    ``subject`` as the subject when the user has not typed one."""

    page: ClassVar[str] = "send"
    attachments: tuple[Path, ...]
    subject: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "attachments", tuple(Path(p) for p in self.attachments))


Request = Union[StartApproval, ComposeSend]


class Receiver(Protocol):
    def accept_handoff(self, request: Request) -> None: ...


def request(ctx: AppContext, req: Request):
    """Open the page that receives ``req`` and hand it over; returns that page."""
    page = ctx.window.open_page(req.page)
    page.accept_handoff(req)
    return page

