"""Decode any audio/video PyAV can read to 16 kHz mono, and cut long recordings at silences.

Whisper builds the log-mel of a whole call at once (one hour in one piece peaked at 3.45 GB); feeding
~5-minute slices keeps memory bounded. Each cut is placed at the quietest 100 ms within ``search_s`` before
the nominal boundary, so a word is not split.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from desktop.services.minutes.errors import EmptyAudio, UnreadableAudio

SAMPLE_RATE = 16000
FRAME_S = 0.1
MIN_AUDIO_S = 0.1
SILENCE_RMS = 0.003  # ~ -50 dBFS


@dataclass(frozen=True)
class Chunk:
    start: int  # sample index
    end: int

    @property
    def offset_s(self) -> float:
        return self.start / SAMPLE_RATE


def decode(path: str | Path) -> np.ndarray:
    """The file as **int16** mono at 16 kHz (half the memory of float32; slices are converted with
    :func:`to_float` when used). Raises :class:`UnreadableAudio` / :class:`EmptyAudio`.

    Unlike ``faster_whisper.decode_audio`` (growing byte buffer + two float copies: ~3x the audio in RAM
    at the end of decoding), peak memory here is about twice the int16 audio.
    """
    import av

    path = Path(path)
    if not path.is_file():
        raise UnreadableAudio(str(path), "file not found")
    if path.stat().st_size == 0:
        raise EmptyAudio(str(path))
    parts: list[np.ndarray] = []
    try:
        with av.open(str(path), mode="r", metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise UnreadableAudio(str(path), "no audio stream")
            resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
            for frame in _valid_frames(container.decode(audio=0)):
                frame.pts = None  # timestamps of damaged files confuse the resampler; order is enough
                parts.extend(out.to_ndarray().reshape(-1).copy() for out in resampler.resample(frame))
            parts.extend(out.to_ndarray().reshape(-1).copy() for out in resampler.resample(None))
            del resampler
    except UnreadableAudio:
        raise
    except Exception as exc:  # av.error.InvalidDataError, av.error.FFmpegError, OSError...
        raise UnreadableAudio(str(path), type(exc).__name__) from None
    audio = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int16)
    del parts
    if audio.size < MIN_AUDIO_S * SAMPLE_RATE:
        raise EmptyAudio(str(path))
    return audio


def _valid_frames(frames):
    """Skip frames FFmpeg cannot decode (a damaged stretch), as faster-whisper does."""
    import av

    iterator = iter(frames)
    while True:
        try:
            yield next(iterator)
        except StopIteration:
            return
        except av.error.InvalidDataError:
            continue


def to_float(samples: np.ndarray) -> np.ndarray:
    """int16 -> float32 in -1..1 (what Whisper takes); float input is returned unchanged."""
    if samples.dtype == np.float32:
        return samples
    out = samples.astype(np.float32)
    out *= 1.0 / 32768.0
    return out


def frame_energy(audio: np.ndarray, frame_s: float = FRAME_S) -> np.ndarray:
    """RMS (in float units) of consecutive frames; the last partial frame is dropped. Works in 1-minute
    blocks so a long int16 recording is never converted to float all at once."""
    n = int(frame_s * SAMPLE_RATE)
    usable = (audio.size // n) * n
    if usable == 0:
        return np.zeros(0, dtype=np.float32)
    block = n * int(60 / frame_s)
    out = []
    for start in range(0, usable, block):
        frames = to_float(audio[start:min(usable, start + block)]).reshape(-1, n)
        out.append(np.sqrt(np.mean(frames * frames, axis=1)))
    return np.concatenate(out)


def is_silent(audio: np.ndarray, start_s: float, end_s: float, threshold: float = SILENCE_RMS) -> bool:
    """True when every 100 ms frame between the two times is quieter than ``threshold`` (about -50 dBFS):
    text Whisper reports there cannot be speech."""
    a, b = max(0, int(start_s * SAMPLE_RATE)), min(audio.size, int(end_s * SAMPLE_RATE))
    if b - a < int(FRAME_S * SAMPLE_RATE):
        return False
    energy = frame_energy(audio[a:b])
    return bool(energy.size) and float(energy.max()) < threshold


def plan_chunks(audio: np.ndarray, chunk_s: float = 300.0, search_s: float = 30.0) -> list[Chunk]:
    """Slices of about ``chunk_s`` seconds, each ending at the quietest frame in the last ``search_s``."""
    total = audio.size
    target = int(chunk_s * SAMPLE_RATE)
    if total <= target + int(search_s * SAMPLE_RATE):
        return [Chunk(0, total)]
    # loudness of the neighbourhood (moving max over +-1 s): a cut lands inside a pause, not at its edge
    energy = _moving_max(frame_energy(audio), int(1.0 / FRAME_S))
    frame = int(FRAME_S * SAMPLE_RATE)
    chunks, start = [], 0
    while total - start > target + int(search_s * SAMPLE_RATE):
        lo = (start + target - int(search_s * SAMPLE_RATE)) // frame
        hi = (start + target) // frame
        window = energy[lo:hi]
        # quietest frame; ties (digital silence) resolved towards the nominal boundary
        best = lo + int(len(window) - 1 - np.argmin(window[::-1])) if len(window) else hi
        cut = best * frame + frame // 2
        chunks.append(Chunk(start, cut))
        start = cut
    chunks.append(Chunk(start, total))
    return chunks


def _moving_max(values: np.ndarray, radius: int) -> np.ndarray:
    if values.size == 0 or radius <= 0:
        return values
    padded = np.pad(values, radius, mode="edge")
    windows = np.lib.stride_tricks.sliding_window_view(padded, 2 * radius + 1)
    return windows.max(axis=1)
