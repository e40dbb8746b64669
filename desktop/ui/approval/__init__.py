"""The 電子決裁 起案 page (loaded lazily by the main window)."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.ui.context import AppContext


def create_page(ctx: AppContext) -> QWidget:
    from desktop.ui.approval.errors import register
    from desktop.ui.approval.page import ApprovalPage

    register()
    return ApprovalPage(ctx)
