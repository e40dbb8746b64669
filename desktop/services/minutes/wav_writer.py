"""A WAV file written incrementally while recording: the header's sizes are fixed up every second, so a
crash (of the app or the PC) keeps everything recorded up to then as a playable file.

Thread-safety: one writer per thread. :func:`repair` fixes the header of a file whose writer died.
"""
from __future__ import annotations

import os
import struct
import time
from datetime import datetime
from pathlib import Path

from desktop.services import paths

HEADER_BYTES = 44


def recordings_dir() -> Path:
    folder = paths.tool_data_dir("minutes") / "recordings"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def new_recording_path() -> Path:
    return recordings_dir() / f"recording-{datetime.now():%Y%m%d-%H%M%S}.wav"


def _header(data_bytes: int, rate: int, channels: int, bits: int) -> bytes:
    block = channels * bits // 8
    return (b"RIFF" + struct.pack("<I", 36 + data_bytes) + b"WAVE" + b"fmt " +
            struct.pack("<IHHIIHH", 16, 1, channels, rate, rate * block, block, bits) +
            b"data" + struct.pack("<I", data_bytes))


class WavWriter:
    def __init__(self, path: Path, rate: int = 16000, channels: int = 1, bits: int = 16,
                 sync_interval: float = 1.0) -> None:
        self.path = Path(path)
        self.rate, self.channels, self.bits = rate, channels, bits
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(self.path, "wb")
        self._fh.write(_header(0, rate, channels, bits))
        self.data_bytes = 0
        self.sync_interval = sync_interval
        self._last_sync = time.monotonic()

    @property
    def seconds(self) -> float:
        return self.data_bytes / (self.rate * self.channels * self.bits // 8)

    def write(self, pcm: bytes) -> None:
        self._fh.write(pcm)
        self.data_bytes += len(pcm)
        if time.monotonic() - self._last_sync >= self.sync_interval:
            self.sync()

    def sync(self) -> None:
        """Fix the header sizes up to now and push everything to disk."""
        self._fh.seek(0)
        self._fh.write(_header(self.data_bytes, self.rate, self.channels, self.bits))
        self._fh.seek(0, os.SEEK_END)
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._last_sync = time.monotonic()

    def close(self) -> Path:
        if not self._fh.closed:
            self.sync()
            self._fh.close()
        return self.path


def repair(path: Path) -> int:
    """Set the header sizes of ``path`` from its length (a recording cut short); returns data bytes."""
    path = Path(path)
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        head = fh.read(HEADER_BYTES)
        if len(head) < HEADER_BYTES or head[:4] != b"RIFF" or head[36:40] != b"data":
            raise ValueError(f"{path} is not a WAV file written by the recorder")
        channels, rate = struct.unpack("<HI", head[22:28])
        bits = struct.unpack("<H", head[34:36])[0]
        block = max(1, channels * bits // 8)
        data = (size - HEADER_BYTES) // block * block
        fh.seek(0)
        fh.write(_header(data, rate, channels, bits))
    return data
