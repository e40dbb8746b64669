"""The 議事録 (meeting minutes) page. The main window calls :func:`create_page` on first use."""
from __future__ import annotations


def create_page(ctx):
    from desktop.ui.minutes.page import MinutesPage

    return MinutesPage(ctx)
