"""The one UI-side runner for long work.

Threading: :meth:`JobRunner.start` is called on the GUI thread. The job's function runs on a worker thread
(``QThreadPool``) and must never touch widgets; its progress, result and error come back to the GUI thread as
Qt signals. Two lanes: ``"serial"`` (one at a time: Whisper, OCR — heavy CPU/RAM) and ``"parallel"``
(network I/O). Work that may crash or must be killable calls
:func:`desktop.services.common.jobs.run_in_child` inside the function; Cancel then kills the child process.

Usage::

    handle = ctx.jobs.start(self.tr("文字起こし"),
                            lambda progress, cancel: run_in_child("pkg.mod:func", {...},
                                                                  progress=progress, cancel=cancel),
                            on_success=self._show_transcript)
"""
from __future__ import annotations

import logging
import time
from typing import Any, Callable, Optional

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThread, QThreadPool, Signal

from desktop.services.common.jobs import CancelToken, Progress
from desktop.services.errors import Cancelled, ToseiError

log = logging.getLogger(__name__)

JobFunction = Callable[[Progress, CancelToken], Any]
PROGRESS_STEPS = 1000


def show_fraction(bar, fraction: Optional[float]) -> None:
    """Show a job's progress on a QProgressBar: a busy indicator when the fraction is unknown."""
    if fraction is None:
        bar.setRange(0, 0)
    else:
        bar.setRange(0, PROGRESS_STEPS)
        bar.setValue(int(max(0.0, min(1.0, fraction)) * PROGRESS_STEPS))


class JobHandle(QObject):
    """One running job. Signals arrive on the GUI thread."""

    progressed = Signal(object, str)   # fraction (float or None), message
    succeeded = Signal(object)         # result
    failed = Signal(object)            # exception (never Cancelled)
    cancelled = Signal()
    finished = Signal()                # after any of the three above

    def __init__(self, title: str, lane: str) -> None:
        super().__init__()
        self.title = title
        self.lane = lane
        self.token = CancelToken()
        self.fraction: Optional[float] = None
        self.message = ""
        self.started_at = time.monotonic()
        self.done = False
        self.result: Any = None
        self.error: Optional[BaseException] = None

    def cancel(self) -> None:
        log.info("cancel requested for job %r", self.title)
        self.token.cancel()

    def _on_progress(self, fraction: Optional[float], message: str) -> None:
        self.fraction, self.message = fraction, message


class _Runnable(QRunnable):
    def __init__(self, handle: JobHandle, fn: JobFunction) -> None:
        super().__init__()
        self.handle = handle
        self.fn = fn
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread
        handle = self.handle

        def progress(fraction: Optional[float], message: str = "") -> None:
            handle.progressed.emit(fraction, message)

        try:
            handle.token.raise_if_cancelled()
            result = self.fn(progress, handle.token)
        except Cancelled:
            handle.cancelled.emit()
        except ToseiError as exc:  # an expected, explained failure: no traceback needed
            log.warning("job %r failed: %s: %s", handle.title, type(exc).__name__, exc)
            handle.failed.emit(exc)
        except BaseException as exc:  # unexpected: reported to the user, logged in full
            log.error("job %r failed", handle.title, exc_info=exc)
            handle.failed.emit(exc)
        else:
            if handle.token.cancelled:
                handle.cancelled.emit()
            else:
                handle.succeeded.emit(result)
        handle.finished.emit()


class JobRunner(QObject):
    """Starts jobs and keeps the list of running ones (for the status-bar indicator)."""

    jobs_changed = Signal()

    def __init__(self, parent: QObject | None = None, error_parent=None) -> None:
        super().__init__(parent)
        self._serial = QThreadPool(self)
        self._serial.setMaxThreadCount(1)
        self._parallel = QThreadPool(self)
        self._parallel.setMaxThreadCount(4)
        self._active: list[JobHandle] = []
        self.error_parent = error_parent  # widget used as parent of error dialogs

    @property
    def active(self) -> list[JobHandle]:
        return list(self._active)

    def start(
        self,
        title: str,
        fn: JobFunction,
        *,
        lane: str = "serial",
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        show_errors: bool = True,
    ) -> JobHandle:
        handle = JobHandle(title, lane)
        handle.progressed.connect(handle._on_progress)
        if on_success:
            handle.succeeded.connect(on_success)
        if on_cancel:
            handle.cancelled.connect(on_cancel)
        handle.failed.connect(lambda exc: self._failed(handle, exc, on_failure, show_errors))
        handle.succeeded.connect(lambda result: setattr(handle, "result", result))
        handle.finished.connect(lambda: self._finished(handle))
        self._active.append(handle)
        self.jobs_changed.emit()
        pool = self._serial if lane == "serial" else self._parallel
        pool.start(_Runnable(handle, fn))
        log.info("job %r queued on %s lane", title, lane)
        return handle

    def _failed(self, handle: JobHandle, exc: BaseException, on_failure, show_errors: bool) -> None:
        handle.error = exc
        if on_failure:
            on_failure(exc)
        if show_errors:
            from desktop.ui.errors import show_error

            show_error(self.error_parent, handle.title, exc)

    def _finished(self, handle: JobHandle) -> None:
        handle.done = True
        if handle in self._active:
            self._active.remove(handle)
        self.jobs_changed.emit()

    def cancel_all(self) -> None:
        for handle in self.active:
            handle.cancel()

    def wait_for_done(self, msecs: int = 5000) -> bool:
        """Block until both pools are idle (used at shutdown and in tests).

        Called on the GUI thread, it then delivers the jobs' queued signals (``finished`` among them), so
        :attr:`active` is empty afterwards and a window closing right after sees no job still "running"."""
        idle = self._serial.waitForDone(msecs) and self._parallel.waitForDone(msecs)
        if idle and QThread.currentThread() is self.thread():
            QCoreApplication.sendPostedEvents()
        return idle
