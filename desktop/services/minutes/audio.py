"""Decode any audio/video PyAV can read to 16 kHz mono, frame by frame, and cut it into ~5-minute windows at
silences while it is decoded.

Whisper builds the log-mel of a whole call at once (one hour in one piece peaked at 3.45 GB); feeding
~5-minute windows keeps its memory bounded, and streaming the decode keeps ours bounded too: only the current
window plus the ~30 s look-ahead needed to place the next cut is ever held (about 10 MB of int16), whatever
the length of the recording. Each cut is placed at the quietest 100 ms within ``search_s`` before the nominal
boundary (loudness taken as the moving maximum over +-1 s), so a word is not split.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from desktop.services.minutes.errors import EmptyAudio, UnreadableAudio

SAMPLE_RATE = 16000
FRAME_S = 0.1
MIN_AUDIO_S = 0.1
SILENCE_RMS = 0.003  # ~ -50 dBFS
NEIGHBOURHOOD_S = 1.0  # a cut lands inside a pause, not at its edge


@dataclass(frozen=True)
class Chunk:
    start: int  # sample index
    end: int

    @property
    def offset_s(self) -> float:
        return self.start / SAMPLE_RATE


class AudioStream:
    """A file decoded lazily to **int16** mono 16 kHz blocks (one per decoded frame).

    While :meth:`blocks` runs, :attr:`samples_read`, :attr:`bytes_read` and :meth:`estimated_duration` tell how
    far it got (for progress). Raises :class:`UnreadableAudio` / :class:`EmptyAudio` (the latter once the end is
    reached with less than 0.1 s of audio, before a short file's only window is handed out).
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise UnreadableAudio(str(self.path), "file not found")
        self.file_size = self.path.stat().st_size
        if self.file_size == 0:
            raise EmptyAudio(str(self.path))
        self.container_duration: float | None = None  # seconds, from the container header when it has one
        self.samples_read = 0
        self.bytes_read = 0
        self.finished = False
        self.damaged = wav_is_truncated(self.path)  # also: packets FFmpeg could not decode, a demuxer that
        # gave up early, or less audio than the container's header promised (checked at the end)

    def estimated_duration(self) -> float | None:
        """Seconds of audio in the file: exact once finished; else the container's duration, else
        extrapolated from the bytes read so far."""
        if self.finished:
            return self.samples_read / SAMPLE_RATE
        if self.container_duration:
            return max(self.container_duration, self.samples_read / SAMPLE_RATE)
        if self.bytes_read > 0 and self.samples_read > 0:
            return self.samples_read / SAMPLE_RATE * self.file_size / self.bytes_read
        return None

    def blocks(self) -> Iterator[np.ndarray]:
        import av

        path = str(self.path)
        try:
            container = av.open(path, mode="r", metadata_errors="ignore")
        except Exception as exc:  # av.error.InvalidDataError, av.error.FFmpegError, OSError...
            raise UnreadableAudio(path, type(exc).__name__) from None
        try:
            if not container.streams.audio:
                raise UnreadableAudio(path, "no audio stream")
            if container.duration and container.duration > 0:
                self.container_duration = container.duration / 1_000_000  # AV_TIME_BASE
            resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
            for frame in self._frames(container):
                frame.pts = None  # timestamps of damaged files confuse the resampler; order is enough
                for out in resampler.resample(frame):
                    yield self._count(out)
            for out in resampler.resample(None):
                yield self._count(out)
        except (UnreadableAudio, GeneratorExit):
            raise
        except Exception as exc:
            raise UnreadableAudio(path, type(exc).__name__) from None
        finally:
            container.close()
        self.finished = True
        self.bytes_read = self.file_size
        if self.container_duration and self.samples_read / SAMPLE_RATE < self.container_duration - 1.0:
            self.damaged = True  # the header promised more audio than could be decoded
        if self.samples_read < MIN_AUDIO_S * SAMPLE_RATE:
            raise EmptyAudio(path)

    def _frames(self, container):
        """Decoded frames of the first audio stream; packets FFmpeg cannot decode (a damaged stretch) are
        skipped, and a demuxer that gives up on damaged data ends the stream, as faster-whisper does."""
        import av

        packets = container.demux(container.streams.audio[0])
        while True:
            try:
                packet = next(packets)
            except StopIteration:
                return
            except av.error.InvalidDataError:
                self.damaged = True
                return
            if packet.pos is not None and packet.pos > 0:
                self.bytes_read = max(self.bytes_read, packet.pos + packet.size)
            try:
                frames = packet.decode()
            except av.error.InvalidDataError:
                self.damaged = True
                continue
            yield from frames

    def _count(self, frame) -> np.ndarray:
        block = frame.to_ndarray().reshape(-1).copy()
        self.samples_read += block.size
        return block


def wav_is_truncated(path: Path) -> bool:
    """A RIFF/WAVE file whose ``data`` chunk declares more bytes than the file holds (a copy cut short, a
    recorder that lost power). FFmpeg estimates a WAV's duration from the file size, so only the header
    tells."""
    import struct

    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
            if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
                return False
            size = path.stat().st_size
            pos = 12
            while pos + 8 <= size:
                fh.seek(pos)
                tag, length = struct.unpack("<4sI", fh.read(8))
                if tag == b"data":
                    return length not in (0, 0xFFFFFFFF) and pos + 8 + length > size + 1
                pos += 8 + length + (length & 1)
    except (OSError, struct.error):
        return False
    return False


def decode(path: str | Path) -> np.ndarray:
    """The whole file as int16 mono 16 kHz in memory (short files: live captions, tests). Long recordings go
    through :func:`iter_chunks` instead."""
    parts = list(AudioStream(path).blocks())
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int16)


def iter_chunks(blocks: Iterable[np.ndarray], chunk_s: float = 300.0,
                search_s: float = 30.0) -> Iterator[tuple[Chunk, np.ndarray]]:
    """Consume int16 blocks and yield ``(Chunk, samples)`` windows of about ``chunk_s`` seconds, each ending at
    the quietest frame of the last ``search_s`` (as a whole-file plan would place it: frames are counted from
    the start of the file). Holds at most one window plus the look-ahead."""
    frame = int(FRAME_S * SAMPLE_RATE)
    radius = int(NEIGHBOURHOOD_S / FRAME_S)
    target, search = int(chunk_s * SAMPLE_RATE), int(search_s * SAMPLE_RATE)
    source = iter(blocks)
    buf, buf_start, exhausted = np.zeros(0, dtype=np.int16), 0, False

    def fill(upto: int) -> None:
        """Read until the buffer reaches absolute sample ``upto`` (exclusive) or the file ends."""
        nonlocal buf, exhausted
        pending, have = [buf], buf_start + buf.size
        while have < upto and not exhausted:
            try:
                block = next(source)
            except StopIteration:
                exhausted = True
                break
            pending.append(block)
            have += block.size
        if len(pending) > 1:
            buf = np.concatenate(pending)

    start = 0
    while True:
        lo, hi = (start + target - search) // frame, (start + target) // frame
        fill(max(start + target + search, (hi + radius) * frame) + 1)
        total = buf_start + buf.size
        if total - start <= target + search:
            if exhausted:
                yield Chunk(start, total), buf[start - buf_start:]
                return
        # loudness of each frame's neighbourhood; frames outside the file are clipped (= edge padding)
        a = max(lo - radius, -(-buf_start // frame))
        b = min(hi + radius, total // frame)
        energy = frame_energy(buf[a * frame - buf_start:b * frame - buf_start])
        window = _moving_max(energy, radius)[lo - a:hi - a]
        # quietest frame; ties (digital silence) resolved towards the nominal boundary
        best = lo + int(len(window) - 1 - np.argmin(window[::-1])) if len(window) else hi
        cut = best * frame + frame // 2
        piece = buf[start - buf_start:cut - buf_start].copy()
        buf, buf_start = buf[cut - buf_start:].copy(), cut
        yield Chunk(start, cut), piece
        del piece
        start = cut


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


def _moving_max(values: np.ndarray, radius: int) -> np.ndarray:
    if values.size == 0 or radius <= 0:
        return values
    padded = np.pad(values, radius, mode="edge")
    windows = np.lib.stride_tricks.sliding_window_view(padded, 2 * radius + 1)
    return windows.max(axis=1)
