"""The recorder's WAV writer: the file is playable while recording and after a hard kill."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from desktop.services.minutes.audio import decode
from desktop.services.minutes.wav_writer import WavWriter, new_recording_path, recordings_dir, repair

REPO = Path(__file__).resolve().parents[3]


def _tone(seconds: float, rate: int = 16000) -> bytes:
    t = np.arange(int(seconds * rate)) / rate
    return (np.sin(2 * np.pi * 440 * t) * 8000).astype("<i2").tobytes()


def test_writer_produces_a_valid_wav(tmp_path):
    path = new_recording_path()
    assert path.parent == recordings_dir()
    writer = WavWriter(path, sync_interval=0)
    for _ in range(3):
        writer.write(_tone(0.5))
        assert decode(path).size == writer.data_bytes // 2  # readable mid-recording
    writer.close()
    assert decode(path).size == 3 * 8000
    assert writer.seconds == 1.5


def test_hard_kill_keeps_what_was_recorded(tmp_path):
    path = tmp_path / "crash.wav"
    code = (
        "import sys, time, numpy as np\n"
        "from desktop.services.minutes.wav_writer import WavWriter\n"
        f"w = WavWriter(r'{path}', sync_interval=0.2)\n"
        "chunk = (np.sin(np.arange(1600) / 3) * 8000).astype('<i2').tobytes()\n"
        "print('ready', flush=True)\n"
        "while True:\n"
        "    w.write(chunk); time.sleep(0.1)\n"  # 0.1 s of audio every 0.1 s: like a microphone
    )
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=REPO, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    deadline = time.monotonic() + 60  # wait for 1.5 s of audio on disk (not a fixed sleep: CI may be slow)
    while (not path.exists() or path.stat().st_size < 44 + 2 * 24000) and time.monotonic() < deadline:
        assert proc.poll() is None, "the recording child died"
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(5)
    samples = decode(path)
    assert samples.size >= 16000 * 0.5  # header kept up to date while recording: >= 0.5 s playable
    lost = (path.stat().st_size - 44) // 2 - samples.size
    assert 0 <= lost <= 16000 * 1.0  # at most the last sync interval (0.2 s) + scheduling slack
    repair(path)  # a repaired header covers every byte that reached the disk
    assert decode(path).size == (path.stat().st_size - 44) // 2
