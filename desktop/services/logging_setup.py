"""Logging: a rotating file in the user log dir, with every known secret redacted.

:func:`register_secret` is called by :mod:`desktop.services.secrets` for every value it reads or writes, so
a password that slips into a message is replaced by ``***`` before any handler sees it.
"""
from __future__ import annotations

import logging
import logging.handlers
import threading

from desktop.services import paths

_secrets: set[str] = set()
_lock = threading.Lock()
LOG_FORMAT = "%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s"


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


def configure_logging(level: int = logging.INFO, console: bool = False) -> None:
    """Install the rotating log file (idempotent)."""
    root = logging.getLogger()
    if any(getattr(h, "_tosei", False) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir() / "tosei-desk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
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


def configure_child_logging() -> None:
    """Worker processes log to the same rotating file."""
    configure_logging()
