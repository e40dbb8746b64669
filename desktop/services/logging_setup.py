"""Logging: one file per process in the user log dir, with every known secret redacted.

:func:`register_secret` is called by :mod:`desktop.services.secrets` for every value it reads or writes, so
a password that slips into a message is replaced by ``***`` before any handler sees it.

Files: each app or CLI process writes its own ``<role>-<YYYYmmdd-HHMMSS>-<pid>.log`` (a rotating file is
only safe with one writer: two processes rotating one file lose lines, and on Windows the rename fails while
the other holds it open). The newest :data:`KEEP_FILES` files are kept. Worker processes started by
:func:`desktop.services.common.jobs.run_in_child` write no file: their records travel over the job's pipe and
are written by the parent (see :class:`PipeLogHandler`), so one job's story is in one file. ``faulthandler``
writes native crashes (a segfault in a C library) of the process into its own file too.
"""
from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import threading
import time
from pathlib import Path

from desktop.services import paths

_secrets: set[str] = set()
_lock = threading.Lock()
LOG_FORMAT = "%(asctime)s %(levelname)s %(process)d %(threadName)s %(name)s: %(message)s"
KEEP_FILES = 30
MAX_BYTES = 5_000_000


def register_secret(value: str | None) -> None:
    if value and len(value) >= 3:
        with _lock:
            _secrets.add(value)


def redact(text: str) -> str:
    with _lock:
        values = sorted(_secrets, key=len, reverse=True)
    for value in values:
        if value in text:
            text = text.replace(value, "***")
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not _secrets:
            return True
        message = record.getMessage()
        redacted = redact(message)
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def _prune(folder: Path, keep: int) -> None:
    files = sorted(folder.glob("*.log*"), key=lambda f: f.stat().st_mtime, reverse=True)
    for old in files[keep:]:
        try:
            old.unlink()
        except OSError:  # still open by a running process (Windows): next time
            pass


def _tosei_handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if getattr(h, "_tosei", False)]


def log_file() -> Path | None:
    """The file this process logs to (None before :func:`configure_logging`)."""
    for handler in _tosei_handlers():
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def configure_logging(level: int = logging.INFO, console: bool = False, role: str = "app") -> Path:
    """Install this process's log file (idempotent while the log folder stays the same); return its path.

    ``role`` names the file: ``app`` (the GUI) or ``cli``."""
    root = logging.getLogger()
    folder = paths.log_dir()
    current = log_file()
    if current is not None and current.parent == folder:
        return current
    for handler in _tosei_handlers():  # the log folder moved (tests give each test its own home)
        root.removeHandler(handler)
        handler.close()
    _prune(folder, KEEP_FILES - 1)
    path = folder / f"{role}-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=1, encoding="utf-8")
    handler._tosei = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    if console:
        stream = logging.StreamHandler()
        stream._tosei = True  # type: ignore[attr-defined]
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        stream.addFilter(RedactingFilter())
        stream.setLevel(logging.WARNING)
        root.addHandler(stream)
    root.setLevel(level)
    for noisy in ("faster_whisper", "httpx", "httpcore", "RapidOCR", "rapidocr", "PIL", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path


def enable_crash_dumps() -> None:
    """Native crashes (a fatal error in a C library) of this process: their Python stacks go to the log file.

    Left alone when faulthandler is already on (pytest, ``python -X faulthandler``): it writes to stderr."""
    handler = next((h for h in _tosei_handlers() if isinstance(h, logging.FileHandler)), None)
    if handler is not None and handler.stream is not None and not faulthandler.is_enabled():
        faulthandler.enable(handler.stream, all_threads=True)


class PipeLogHandler(logging.Handler):
    """In a worker process: send each record to the parent over the job's pipe (``("log", dict)``).

    The parent re-creates it with :func:`handle_child_record`; the record keeps the worker's pid."""

    def __init__(self, send, level: int = logging.INFO) -> None:
        super().__init__(level)
        self._send = send  # a thread-safe callable (the job pipe is shared with progress messages)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            data = dict(record.__dict__)
            data["msg"], data["args"] = record.getMessage(), None
            if record.exc_info:
                data["exc_text"] = logging.Formatter().formatException(record.exc_info)
            data["exc_info"] = None
            data.pop("stack_info", None)
            self._send(("log", {k: v for k, v in data.items() if _plain(v)}))
        except Exception:  # the pipe is gone (parent cancelled): nothing to log to
            pass


def _plain(value) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def handle_child_record(data: dict) -> None:
    """In the parent: write a worker's record into this process's log (secrets redacted here: the worker
    does not know them)."""
    record = logging.makeLogRecord(data)
    record.msg = redact(str(record.msg))
    if record.exc_text:
        record.exc_text = redact(record.exc_text)
    logger = logging.getLogger(record.name)
    if logger.isEnabledFor(record.levelno):
        logger.handle(record)


def crash_dump_path(pid: int) -> Path:
    """Where a worker's faulthandler writes a native crash (read and removed by the parent)."""
    return paths.log_dir() / f"worker-{pid}.crash"


def configure_child_logging(send=None):
    """Worker processes: records go to the parent through ``send`` (no log file of their own); a native
    crash's stack goes to :func:`crash_dump_path`. Returns the open crash file (close it at a clean exit)."""
    root = logging.getLogger()
    if send is None:
        configure_logging(role="worker")
        return None
    for handler in list(root.handlers):
        root.removeHandler(handler)
    root.addHandler(PipeLogHandler(send))
    root.setLevel(logging.INFO)
    for noisy in ("faster_whisper", "httpx", "httpcore", "RapidOCR", "rapidocr", "PIL", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        crash = open(crash_dump_path(os.getpid()), "w", encoding="utf-8")  # noqa: SIM115 (kept open)
        faulthandler.enable(crash, all_threads=True)
        return crash
    except OSError:
        return None


def close_child_crash_file(crash) -> None:
    """A clean exit: the (empty) crash file is not needed."""
    if crash is None:
        return
    try:
        faulthandler.disable()
        crash.close()
        Path(crash.name).unlink(missing_ok=True)
    except OSError:
        pass


def collect_child_crash(pid: int, logger: logging.Logger) -> None:
    """In the parent after a worker died: put its native stack (if any) into this process's log."""
    path = crash_dump_path(pid)
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
        path.unlink(missing_ok=True)
    except OSError:
        return
    if text:
        logger.error("worker pid %s crashed:\n%s", pid, redact(text))
