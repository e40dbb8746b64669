"""Jobs that tests and the start-up benchmark run in a child process (``run_in_child``); not part of the app.

``busy_work`` burns CPU like a transcription would (so GUI stalls can be measured), reporting progress and
honouring cancel; ``crash_hard`` ends its process abruptly like a native crash would.
"""
from __future__ import annotations

import hashlib
import os
import time

from desktop.services.common.jobs import NEVER, NO_PROGRESS, CancelToken, Progress


def busy_work(seconds: float, *, progress: Progress = NO_PROGRESS, cancel: CancelToken = NEVER) -> dict:
    """Hash data for ``seconds`` of wall time; returns the number of rounds and the child's pid."""
    start = time.monotonic()
    rounds = 0
    data = b"tosei" * 20000
    while True:
        elapsed = time.monotonic() - start
        if elapsed >= seconds:
            break
        cancel.raise_if_cancelled()
        for _ in range(50):
            data = hashlib.sha256(data).digest() * 3000
        rounds += 1
        progress(min(elapsed / seconds, 1.0), f"round {rounds}")
    progress(1.0, "done")
    return {"rounds": rounds, "pid": os.getpid()}


def report_pid(path: str, seconds: float, *, progress: Progress = NO_PROGRESS,
               cancel: CancelToken = NEVER) -> dict:
    """Write this process's pid to ``path``, then :func:`busy_work` (lets a test find and watch the child)."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(str(os.getpid()))
    return busy_work(seconds, progress=progress, cancel=cancel)


def crash_hard(code: int = 3, *, progress: Progress = NO_PROGRESS, cancel: CancelToken = NEVER) -> None:
    progress(0.5, "about to crash")
    os._exit(code)


def log_then_segfault(message: str, *, progress: Progress = NO_PROGRESS, cancel: CancelToken = NEVER) -> None:
    """Log ``message``, then die of a real native fault (SIGSEGV / access violation), like a C library bug."""
    import ctypes
    import logging

    logging.getLogger("desktop.diagnostics").warning("worker says: %s", message)
    progress(0.5, "about to fault")
    ctypes.string_at(0)


def raise_error(message: str, *, progress: Progress = NO_PROGRESS, cancel: CancelToken = NEVER) -> None:
    from desktop.services.errors import ToseiError

    raise ToseiError(message, code="diagnostics.failed")
