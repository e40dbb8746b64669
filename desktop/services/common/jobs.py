"""The service-side contract for long work: progress callback, cancellation token, child processes.

Every long service call has the shape::

    def do_work(arg, *, progress: Progress = NO_PROGRESS, cancel: CancelToken = NEVER) -> Result

``progress(fraction, message)`` takes a fraction in 0..1 (or ``None`` when unknown) and a short plain
message; it may be called from any thread. ``cancel`` is polled by the work (``cancel.raise_if_cancelled()``),
which then raises :class:`~desktop.services.errors.Cancelled`.

Work that may crash or must be killable mid-call (Whisper, OCR) runs through :func:`run_in_child`: a
``multiprocessing`` spawn child (frozen-safe with ``freeze_support`` in ``desktop.__main__``) that sends typed
messages over a pipe: ``("progress", fraction, message)``, ``("result", value)``, ``("error", exc)``.
Cancelling kills the child (terminate, then kill after a grace period). A child that dies without a result
raises :class:`ChildProcessCrashed`. Thread-safety: ``run_in_child`` blocks the calling thread; call it from
a worker thread (the UI job runner) or the CLI main thread, never the GUI thread.
"""
from __future__ import annotations

import importlib
import logging
import multiprocessing as mp
import threading
import time
import traceback
from typing import Any, Callable, Optional, Protocol

from desktop.services.errors import Cancelled, ChildProcessCrashed
from desktop.services.logging_setup import collect_child_crash, handle_child_record

log = logging.getLogger(__name__)


class Progress(Protocol):
    def __call__(self, fraction: Optional[float], message: str = "") -> None: ...


def _no_progress(fraction: Optional[float], message: str = "") -> None:
    return None


NO_PROGRESS: Progress = _no_progress


class CancelToken:
    """A thread-safe cancellation flag. ``cancel()`` from any thread; the work polls it."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._callbacks: list[Callable[[], None]] = []
        self._lock = threading.Lock()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        with self._lock:
            if self._event.is_set():
                return
            self._event.set()
            callbacks = list(self._callbacks)
        for cb in callbacks:
            try:
                cb()
            except Exception:  # a callback must not break cancellation
                log.exception("cancel callback failed")

    def on_cancel(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` when cancelled (immediately if already cancelled)."""
        with self._lock:
            if not self._event.is_set():
                self._callbacks.append(callback)
                return
        callback()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def wait(self, timeout: float) -> bool:
        """Sleep up to ``timeout`` seconds; return True early if cancelled."""
        return self._event.wait(timeout)


class _NeverCancelled(CancelToken):
    def cancel(self) -> None:  # pragma: no cover - guard against misuse
        raise RuntimeError("NEVER cannot be cancelled; create a CancelToken")


NEVER: CancelToken = _NeverCancelled()


def scaled(progress: Progress, start: float, end: float) -> Progress:
    """A progress callback mapping 0..1 onto ``start..end`` of ``progress``."""

    def inner(fraction: Optional[float], message: str = "") -> None:
        progress(None if fraction is None else start + (end - start) * max(0.0, min(1.0, fraction)), message)

    return inner


# ----------------------------------------------------------------------------------------------- child process
class _LockedSend:
    """One pipe end shared by progress and log messages from any thread of the worker."""

    def __init__(self, conn) -> None:
        self._conn = conn
        self._lock = threading.Lock()

    def __call__(self, message: tuple) -> None:
        with self._lock:
            self._conn.send(message)


class _PipeProgress:
    def __init__(self, send) -> None:
        self._send = send
        self._last = 0.0

    def __call__(self, fraction: Optional[float], message: str = "") -> None:
        now = time.monotonic()
        if fraction is not None and fraction < 1.0 and now - self._last < 0.05:
            return  # throttle: a flood of messages would only cost time
        self._last = now
        self._send(("progress", fraction, message))


def _child_main(conn, target: str, kwargs: dict) -> None:
    """Entry point of the worker process (module-level so spawn can pickle it)."""
    send = _LockedSend(conn)
    crash_file = None
    try:
        from desktop.services.logging_setup import configure_child_logging

        crash_file = configure_child_logging(send)
        module_name, func_name = target.split(":")
        func = getattr(importlib.import_module(module_name), func_name)
        result = func(**kwargs, progress=_PipeProgress(send), cancel=CancelToken())
        send(("result", result))
    except BaseException as exc:  # report everything, including SystemExit from native libs
        tb = traceback.format_exc()
        try:
            send(("error", exc, tb))
        except Exception:  # the exception itself was not picklable
            send(("error", ChildProcessCrashed(f"{type(exc).__name__}: {exc}"), tb))
    finally:
        from desktop.services.logging_setup import close_child_crash_file

        close_child_crash_file(crash_file)
        conn.close()


def run_in_child(
    target: str,
    kwargs: dict[str, Any],
    *,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
    kill_grace: float = 0.5,
) -> Any:
    """Run ``target`` (``"package.module:function"``) in a spawned child process and return its result.

    The function is called as ``function(**kwargs, progress=..., cancel=...)``; arguments and the result must
    be picklable. Raises the child's exception (typed errors survive the pipe), :class:`Cancelled` when
    ``cancel`` fires (the child is killed, within ``kill_grace`` + ~0.1 s), or :class:`ChildProcessCrashed`.
    """
    cancel.raise_if_cancelled()
    ctx = mp.get_context("spawn")
    parent_conn, child_conn = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child_main, args=(child_conn, target, kwargs), daemon=True)
    proc.start()
    pid = proc.pid
    assert pid is not None  # set by start()
    child_conn.close()
    log.info("job %s started in child pid %s", target, proc.pid)
    try:
        while True:
            if cancel.cancelled:
                _kill(proc, kill_grace)
                raise Cancelled()
            if parent_conn.poll(0.05):
                try:
                    msg = parent_conn.recv()
                except EOFError:
                    proc.join(2)
                    collect_child_crash(pid, log)
                    raise ChildProcessCrashed(
                        f"The worker process stopped unexpectedly (exit code {proc.exitcode}).",
                        exitcode=proc.exitcode,
                    ) from None
                kind = msg[0]
                if kind == "log":
                    handle_child_record(msg[1])
                elif kind == "progress":
                    progress(msg[1], msg[2])
                elif kind == "result":
                    proc.join(5)
                    return msg[1]
                elif kind == "error":
                    exc, tb = msg[1], msg[2]
                    log.error("job %s failed in child:\n%s", target, tb)
                    proc.join(5)
                    raise exc
            elif not proc.is_alive() and not parent_conn.poll(0):
                collect_child_crash(pid, log)
                raise ChildProcessCrashed(
                    f"The worker process stopped unexpectedly (exit code {proc.exitcode}).",
                    exitcode=proc.exitcode,
                )
    finally:
        if proc.is_alive():
            _kill(proc, kill_grace)
        parent_conn.close()


def _kill(proc, grace: float) -> None:
    proc.terminate()
    proc.join(grace)
    if proc.is_alive():
        proc.kill()
        proc.join(2)
    from desktop.services.logging_setup import crash_dump_path

    crash_dump_path(proc.pid).unlink(missing_ok=True)  # killed on purpose: no crash to report
    log.info("child pid %s stopped (exit code %s)", proc.pid, proc.exitcode)
