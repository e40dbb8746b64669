"""pytest-qt fixtures: an AppContext with real Settings and a real JobRunner, and the main window."""
from __future__ import annotations

import pytest

from desktop.services.settings import Settings


@pytest.fixture(autouse=True)
def _close_parentless_error_dialogs(qapp):
    """Each test starts without error dialogs left open by an earlier one (they are top-level windows)."""
    yield
    from desktop.ui import crash_handler, errors

    boxes = list(errors._open_boxes)
    reporter = crash_handler._reporter
    if reporter is not None and reporter.box is not None:
        boxes.append(reporter.box)
    for box in boxes:
        try:
            box.close()
        except RuntimeError:  # already deleted with its window
            pass
    errors._open_boxes.clear()
    if reporter is not None:
        reporter.box = None


@pytest.fixture
def app_context(qtbot):
    from desktop.ui.context import AppContext
    from desktop.ui.jobs import JobRunner

    runner = JobRunner()
    ctx = AppContext(settings=Settings(), jobs=runner)
    yield ctx
    left = _stop_jobs(runner, qtbot)
    assert not left, f"jobs still running 120 s after cancel at teardown: {left}"


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
    still_running = _stop_jobs(win.ctx.jobs, qtbot)
    if still_running:
        # Never block teardown on the "jobs are running, quit?" question: answer it, close, then fail.
        from PySide6.QtWidgets import QMessageBox

        original = QMessageBox.question
        QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
        try:
            win.close()
        finally:
            QMessageBox.question = original
        pytest.fail("jobs still running 120 s after cancel at teardown: " + ", ".join(still_running))
    win.close()


def _stop_jobs(jobs, qtbot, timeout_s: float = 120.0) -> list[str]:
    """Cancel every job and wait (delivering their signals) until none is active; titles of any left."""
    import time

    deadline = time.monotonic() + timeout_s
    while jobs.active and time.monotonic() < deadline:
        jobs.cancel_all()
        jobs.wait_for_done(1000)
        qtbot.wait(10)
    return [handle.title for handle in jobs.active]
