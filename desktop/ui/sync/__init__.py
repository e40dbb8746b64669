"""The cloud sync page (クラウド同期): staff ID sign-in/out, folder, preview, run, conflicts, delete guard, log."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


def create_page(ctx) -> QWidget:
    from desktop.ui.sync.page import SyncPage

    return SyncPage(ctx)
