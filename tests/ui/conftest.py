"""pytest-qt fixtures: an AppContext with real Settings and a real JobRunner, and the main window."""
from __future__ import annotations

import pytest

from desktop.services.settings import Settings


@pytest.fixture
def app_context(qtbot):
    from desktop.ui.context import AppContext
    from desktop.ui.jobs import JobRunner

    runner = JobRunner()
    ctx = AppContext(settings=Settings(), jobs=runner)
    yield ctx
    runner.cancel_all()
    runner.wait_for_done(10000)


@pytest.fixture
def window(qtbot):
    """The real main window (fresh settings, Japanese UI), shown; left in Japanese, normal mode and closed."""
    from desktop.ui.app import create_window

    win = create_window(Settings())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.set_language("ja")
    if win.meeting_action.isChecked():
        win.set_meeting_room(False)
    win.ctx.jobs.cancel_all()
    win.ctx.jobs.wait_for_done(10000)
    win.close()
