"""FAXレス送信 page (desktop/ui/send). The main window calls :func:`create_page` when the tool is opened."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.ui.context import AppContext


def create_page(ctx: AppContext) -> QWidget:
    from desktop.ui.send.page import SendPage

    return SendPage(ctx)
