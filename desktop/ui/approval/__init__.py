"""The 電子決裁 起案 page (loaded lazily by the main window)."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.ui.context import AppContext


def create_page(ctx: AppContext) -> QWidget:
    # The service package first, as a whole: the home page's day summary may be importing it on a pool thread,
    # and importing a submodule first (``...approval.errors``) takes the submodule's import lock before the
    # package's, which deadlocks with that thread into a half-initialised module.
    import desktop.services.approval  # noqa: F401
    from desktop.ui.approval.page import ApprovalPage

    return ApprovalPage(ctx)
