"""The 議事録 (meeting minutes) page. The main window calls :func:`create_page` on first use."""
from __future__ import annotations


def create_page(ctx):
    from desktop.ui.minutes.error_text import register_error_texts
    from desktop.ui.minutes.page import MinutesPage

    register_error_texts()
    return MinutesPage(ctx)
