"""Uncaught exceptions and Qt's own messages: logged with their traceback, shown as a readable dialog.

Modelled on Anki's ``aqt/errors.py``: :func:`install` replaces ``sys.excepthook`` (PySide6 reports an exception
raised in a slot through it), ``threading.excepthook`` (a plain thread's uncaught exception) and Qt's message
handler (``qWarning``/``qCritical``/``qFatal`` from C++). Every uncaught exception is written to this
process's log file with its full traceback — on the windowed Windows exe, where there is no console, that is
the only place it survives — and the user sees one translated, non-blocking dialog that says what happened
and where the log is; the stack trace is never shown. While one such dialog is open, further exceptions are
logged but do not pile up more dialogs.

Threading: the hooks may fire on any thread; the dialog is always opened on the GUI thread (a queued signal).
"""
from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("desktop.crash")
qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
# Harmless, frequent platform chatter (offscreen/minimal platforms): kept out of WARNING level.
_QT_NOISE = ("This plugin does not support propagateSizeHints()", "QFont::setPointSize: Point size <= 0")


class _Reporter(QObject):
    """Lives on the GUI thread; ``report`` may be emitted from any thread."""

    report = Signal(str, str)  # exception type name, message

    def __init__(self) -> None:
        super().__init__()
        self.box: QMessageBox | None = None
        self.report.connect(self._show)

    def _show(self, kind: str, message: str) -> None:
        if self.box is not None:  # one dialog at a time; the rest is in the log
            return
        from desktop.services.logging_setup import log_file

        where = log_file()
        # Parentless and non-modal: a dialog attached to the active window would die with it (a window that is
        # closing is a likely place for an unexpected error), and the user may go on and save their work.
        box = QMessageBox()
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setObjectName("crashDialog")
        box.setAccessibleName("error")
        box.setWindowTitle(QCoreApplication.translate("CrashHandler", "予期しないエラー"))
        box.setText(QCoreApplication.translate(
            "CrashHandler", "予期しないエラーが発生しました（{kind}）。この操作は完了していない可能性があります。"
            "アプリは引き続き使えますが、念のため作業内容を保存してください。").format(kind=kind))
        box.setInformativeText(QCoreApplication.translate(
            "CrashHandler", "詳細はログファイルに記録されました。問い合わせの際はこのファイルを添えてください:\n{path}")
            .format(path=str(where) if where else "-"))
        box.setDetailedText(f"{kind}: {message}")
        box.finished.connect(self._closed)
        self.box = box
        box.show()

    def _closed(self, _result: int) -> None:
        if self.box is not None:
            self.box.deleteLater()
        self.box = None


_reporter: _Reporter | None = None
_previous: dict[str, object] = {}


def handle_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                     where: str = "uncaught exception") -> None:
    """Log ``exc`` with its traceback and ask the GUI thread to show the dialog (any thread)."""
    if issubclass(exc_type, KeyboardInterrupt):
        log.warning("interrupted")
        return
    log.error("%s in thread %s", where, threading.current_thread().name, exc_info=(exc_type, exc, tb))
    if _reporter is not None and QCoreApplication.instance() is not None:
        from desktop.services.logging_setup import redact

        _reporter.report.emit(exc_type.__name__, redact(str(exc))[:500])
    elif sys.stderr is not None:  # before the app exists (or after it is gone): the console if any
        traceback.print_exception(exc_type, exc, tb, file=sys.stderr)


def _sys_hook(exc_type, exc, tb) -> None:
    handle_exception(exc_type, exc, tb)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    handle_exception(args.exc_type, args.exc_value, args.exc_traceback,
                     f"uncaught exception in thread {args.thread.name if args.thread else '?'}")


def _qt_message(mode: QtMsgType, context, message: str) -> None:
    level = _QT_LEVELS.get(mode, logging.WARNING)
    if level == logging.WARNING and message.startswith(_QT_NOISE):
        level = logging.DEBUG
    where = f" ({context.file}:{context.line})" if context is not None and context.file else ""
    qt_log.log(level, "%s%s", message, where)
    if mode == QtMsgType.QtFatalMsg:  # Qt aborts right after: make sure the line reached the disk
        for handler in logging.getLogger().handlers:
            handler.flush()


def install() -> None:
    """Install the three hooks (idempotent). Call once the QApplication exists, on the GUI thread."""
    global _reporter
    if _reporter is None:
        _reporter = _Reporter()
    if sys.excepthook is not _sys_hook:
        _previous["sys"] = sys.excepthook
        sys.excepthook = _sys_hook
    if threading.excepthook is not _thread_hook:
        _previous["thread"] = threading.excepthook
        threading.excepthook = _thread_hook
    if "qt" not in _previous:
        _previous["qt"] = qInstallMessageHandler(_qt_message)


def uninstall() -> None:
    """Restore the previous hooks (tests)."""
    global _reporter
    if "sys" in _previous:
        sys.excepthook = _previous.pop("sys")  # type: ignore[assignment]
    if "thread" in _previous:
        threading.excepthook = _previous.pop("thread")  # type: ignore[assignment]
    if "qt" in _previous:
        qInstallMessageHandler(_previous.pop("qt"))  # type: ignore[arg-type]
    if _reporter is not None and _reporter.box is not None:
        _reporter.box.close()
    _reporter = None


def open_dialog() -> QMessageBox | None:
    """The crash dialog currently shown, if any (tests, and the app's own shutdown)."""
    return _reporter.box if _reporter is not None else None
