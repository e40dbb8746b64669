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
