"""An exception raised in a Qt slot (or a plain thread) is logged with its traceback and shown as a dialog."""
from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtWidgets import QPushButton

from desktop.services.logging_setup import configure_logging
from desktop.ui import crash_handler


@pytest.fixture
def hooks(monkeypatch):
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [h for h in root.handlers if not getattr(h, "_tosei", False)])
    monkeypatch.setattr(root, "level", logging.INFO)
    path = configure_logging(role="app")
    crash_handler.install()
    yield path
    crash_handler.uninstall()
    for handler in root.handlers:
        if getattr(handler, "_tosei", False):
            handler.close()


def _log_text(path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def _explode_in_a_slot() -> None:
    raise ValueError("the slot broke on purpose")


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_logged_and_shown(qtbot, hooks):
    button = QPushButton("押す")
    qtbot.addWidget(button)
    button.clicked.connect(_explode_in_a_slot)
    button.click()  # PySide6 hands the slot's exception to sys.excepthook
    qtbot.waitUntil(lambda: crash_handler.open_dialog() is not None and crash_handler.open_dialog().isVisible(),
                    timeout=5_000)
    box = crash_handler.open_dialog()
    assert "予期しないエラーが発生しました（ValueError）" in box.text()
    assert str(hooks) in box.informativeText()  # the user is told where the log is
    assert "Traceback" not in box.text() + box.informativeText()  # no stack trace in the dialog
    text = _log_text(hooks)
    assert "uncaught exception" in text and "Traceback (most recent call last)" in text
    assert "in _explode_in_a_slot" in text and "ValueError: the slot broke on purpose" in text

    button.click()  # a second one while the dialog is open: logged, no second dialog
    qtbot.waitUntil(lambda: _log_text(hooks).count("ValueError: the slot broke on purpose") == 2, timeout=5_000)
    assert crash_handler.open_dialog() is box
    box.accept()
    qtbot.waitUntil(lambda: crash_handler.open_dialog() is None, timeout=5_000)


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_thread_reaches_the_gui_dialog(qtbot, hooks):
    def worker() -> None:
        raise RuntimeError("background thread failed")

    thread = threading.Thread(target=worker, name="bg-worker")
    thread.start()
    thread.join(10)
    qtbot.waitUntil(lambda: crash_handler.open_dialog() is not None, timeout=5_000)
    assert "RuntimeError" in crash_handler.open_dialog().text()
    text = _log_text(hooks)
    assert "uncaught exception in thread bg-worker" in text and "RuntimeError: background thread failed" in text
    crash_handler.open_dialog().accept()


@pytest.mark.no_qt_log
def test_qt_warnings_go_to_the_log(qtbot, hooks):
    from PySide6.QtCore import qWarning

    qWarning("a warning from Qt for the log")
    assert "WARNING" in _log_text(hooks) and "a warning from Qt for the log" in _log_text(hooks)


def test_the_dialog_speaks_english_after_the_switch(qtbot, hooks, app_context):
    from desktop.ui import i18n

    i18n.apply_language("en")
    try:
        crash_handler.handle_exception(KeyError, KeyError("x"), None)
        qtbot.waitUntil(lambda: crash_handler.open_dialog() is not None, timeout=5_000)
        assert "An unexpected error occurred (KeyError)" in crash_handler.open_dialog().text()
        crash_handler.open_dialog().accept()
    finally:
        i18n.apply_language("ja")
