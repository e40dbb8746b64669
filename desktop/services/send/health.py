"""Quick offline checks for ``self-test``: cover-sheet font and template, outbox database."""
from __future__ import annotations

from desktop.services.health import Check


def checks() -> list[Check]:
    from desktop.services.send.cover_sheet import find_japanese_font, load_template
    from desktop.services.send.errors import SendError

    out = []
    try:
        out.append(Check("send: cover-sheet font", True, str(find_japanese_font())))
    except SendError as exc:
        out.append(Check("send: cover-sheet font", False, str(exc)))
    try:
        load_template()
        out.append(Check("send: cover-sheet template", True, "resources/send/cover_sheet.json"))
    except SendError as exc:
        out.append(Check("send: cover-sheet template", False, str(exc)))
    return out
