"""A terminal progress printer for CLI commands (one updating line on a TTY, sparse lines otherwise)."""
from __future__ import annotations

import sys
import time
from typing import Optional


class TerminalProgress:
    def __init__(self, stream=None, min_interval: float = 0.5) -> None:
        self.stream = stream or sys.stderr
        self.tty = getattr(self.stream, "isatty", lambda: False)()
        self.min_interval = min_interval
        self._last = 0.0
        self._last_pct = -1

    def __call__(self, fraction: Optional[float], message: str = "") -> None:
        now = time.monotonic()
        pct = -1 if fraction is None else int(fraction * 100)
        if pct == self._last_pct or (now - self._last < self.min_interval and pct < 100):
            return
        self._last, self._last_pct = now, pct
        text = f"{pct:3d}% {message}" if pct >= 0 else f"... {message}"
        if self.tty:
            self.stream.write("\r" + text[:100].ljust(100))
            if pct >= 100:
                self.stream.write("\n")
        else:
            self.stream.write(text + "\n")
        self.stream.flush()
