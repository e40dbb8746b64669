"""Regression: many progress signals through the real job runner must not crash the interpreter.

PySide6 6.12.0 on Python 3.11 aborts the process (``Fatal Python error: none_dealloc`` / ``bool_dealloc``)
after about a thousand emits of a ``Signal(object, str)`` carrying ``None``/``True`` to a Python slot: a
reference-count bug in the binding. A long sync or transcription emits far more, so this test emits
20,000+ of them, cross-thread (a worker-thread job, as the app runs them) and same-thread (the runner's
own ``_Runnable.run`` called on the GUI thread, the direct-connection path), in one process.
"""
from __future__ import annotations

import threading

from desktop.ui.jobs import JobHandle, JobRunner, _Runnable

EMITS = 20_000


def _chatty_job(progress, cancel):
    """Alternate ``None`` (busy), floats and booleans-as-results: the values whose refcounts broke."""
    for i in range(EMITS):
        progress(None if i % 2 else i / EMITS, "")
    return True


def test_twenty_thousand_cross_thread_progress_signals(qtbot):
    runner = JobRunner()
    seen: list[object] = []
    connected = threading.Event()

    def job(progress, cancel):
        assert connected.wait(30)  # emit only once the test's slot is connected
        return _chatty_job(progress, cancel)

    handle = runner.start("chatty", job, show_errors=False)
    handle.progressed.connect(lambda fraction, message: seen.append(fraction))
    connected.set()
    with qtbot.waitSignal(handle.finished, timeout=120_000):
        pass
    assert handle.result is True and handle.error is None
    qtbot.waitUntil(lambda: len(seen) == EMITS, timeout=30_000)  # queued: all arrive, in order
    assert seen.count(None) == EMITS // 2
    floats = [f for f in seen if f is not None]
    assert floats == sorted(floats)
    assert runner.wait_for_done(10_000) and not runner.active


def test_twenty_thousand_same_thread_progress_signals(qtbot):
    handle = JobHandle("chatty, same thread", "serial")
    seen: list[object] = []
    results: list[object] = []
    handle.progressed.connect(handle._on_progress)
    handle.progressed.connect(lambda fraction, message: seen.append(fraction))
    handle.succeeded.connect(results.append)
    _Runnable(handle, _chatty_job).run()  # direct connections: every slot runs inside emit()
    assert len(seen) == EMITS and seen.count(None) == EMITS // 2
    assert results == [True] and handle.fraction is None
    for _ in range(EMITS // 4):  # and plain bool payloads through a second signal
        handle.succeeded.emit(False)
    assert results.count(False) == EMITS // 4


def test_wait_for_done_delivers_the_finished_signals(qtbot):
    """A window closed right after ``wait_for_done`` must not see a finished job as still running (its
    close handler would ask a modal question and a test, or a shutting-down app, would hang)."""
    runner = JobRunner()
    done = threading.Event()
    runner.start("quick", lambda progress, cancel: done.set(), show_errors=False)
    assert done.wait(30)
    assert runner.wait_for_done(10_000)
    assert not runner.active
