"""Live captions from a recording in progress: a child process loads the model once, then every few seconds
transcribes the new audio at the end of the growing WAV and streams caption lines back.

Run with :func:`live_captions_in_child`; it runs until cancelled (Cancel kills the child). Each line is a
:class:`Caption`: settled (``final``: its audio is older than ``settle`` seconds) or the current guess for the
newest audio (replaced by the next one). Captions travel through the job's progress channel (fraction
``None``), which carries text: :meth:`Caption.to_message` and :meth:`Caption.from_message` are the one place
that knows that encoding; everything else handles :class:`Caption` objects.

The same phantom/repeat filters as the file transcription apply.
"""
from __future__ import annotations

import struct
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from desktop.services.common.jobs import NEVER, NO_PROGRESS, CancelToken, Progress, run_in_child
from desktop.services.minutes.cleanup import collapse_repeats, is_phantom, phantom_list
from desktop.services.minutes.transcribe import TranscribeOptions, decode_options, load_model

SAMPLE_RATE = 16000


@dataclass(frozen=True)
class Caption:
    final: bool   # settled; False: the current guess for the newest audio
    start: float  # seconds into the recording
    text: str

    def to_message(self) -> str:
        return f"{'final' if self.final else 'partial'}\t{self.start:.2f}\t{self.text}"

    @classmethod
    def from_message(cls, message: str) -> Caption | None:
        """The caption a progress message carries, or None for other messages (e.g. "ready")."""
        parts = message.split("\t", 2)
        if len(parts) == 3 and parts[0] in ("final", "partial"):
            try:
                return cls(parts[0] == "final", float(parts[1]), parts[2])
            except ValueError:
                return None
        return None


def _read_pcm(path: Path, start_byte: int) -> tuple[np.ndarray, int, int]:
    """New 16-bit PCM from ``start_byte`` (mono 16 kHz after conversion); returns samples, next byte, rate."""
    with open(path, "rb") as fh:
        head = fh.read(44)
        channels, rate = struct.unpack("<HI", head[22:28])
        fh.seek(max(start_byte, 44))
        raw = fh.read()
    block = 2 * channels
    raw = raw[: len(raw) // block * block]
    pcm = np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768.0
    if channels > 1:
        pcm = pcm.reshape(-1, channels).mean(axis=1)
    if rate != SAMPLE_RATE and pcm.size:
        n = int(pcm.size * SAMPLE_RATE / rate)
        pcm = np.interp(np.linspace(0, pcm.size - 1, n), np.arange(pcm.size), pcm).astype(np.float32)
    return pcm, max(start_byte, 44) + len(raw), rate


def live_captions(wav_path: str, options: dict, interval: float = 3.0, settle: float = 1.5,
                  max_window: float = 20.0, *, progress: Progress = NO_PROGRESS,
                  cancel: CancelToken = NEVER) -> int:
    """Caption ``wav_path`` while it grows; returns the number of final lines when cancelled via the token
    (in a child the process is simply killed)."""
    opts = TranscribeOptions(**options)
    model, info = load_model(opts)
    language = None if opts.language == "auto" else opts.language
    if not info.multilingual:
        language = "en"
    kwargs = decode_options(opts, language)
    kwargs.update(word_timestamps=False, condition_on_previous_text=False)
    kwargs.pop("hallucination_silence_threshold", None)
    phrases = phantom_list(opts.phantom_phrases)
    path = Path(wav_path)
    buffer = np.zeros(0, dtype=np.float32)
    buffer_start = 0.0  # seconds of the recording where ``buffer`` begins
    next_byte, finals = 44, 0
    progress(None, "ready")
    while not cancel.wait(interval):
        new, next_byte, _ = _read_pcm(path, next_byte)
        buffer = np.concatenate([buffer, new])
        if buffer.size < SAMPLE_RATE:
            continue
        end = buffer.size / SAMPLE_RATE
        segments, _ = model.transcribe(buffer, **kwargs)
        segments = [s for s in segments if s.text.strip()]
        settled_until = 0.0
        for seg in segments:
            text = collapse_repeats(seg.text.strip())
            if is_phantom(text, phrases):
                continue
            if seg.end <= end - settle or end >= max_window:
                progress(None, Caption(True, buffer_start + float(seg.start), text).to_message())
                finals += 1
                settled_until = float(seg.end)
            else:
                progress(None, Caption(False, buffer_start + float(seg.start), text).to_message())
        if not segments and end >= max_window:
            settled_until = end - settle  # silence: drop it, keep a little tail
        if settled_until > 0:
            cut = int(settled_until * SAMPLE_RATE)
            buffer, buffer_start = buffer[cut:], buffer_start + settled_until
    return finals


def live_captions_in_child(wav_path: str | Path, opts: TranscribeOptions, *, interval: float = 3.0,
                           progress: Progress = NO_PROGRESS, cancel: CancelToken = NEVER) -> int:
    return run_in_child("desktop.services.minutes.live:live_captions",
                        {"wav_path": str(wav_path), "options": asdict(opts), "interval": interval},
                        progress=progress, cancel=cancel)

