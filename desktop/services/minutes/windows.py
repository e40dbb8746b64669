"""Voice-activity windows: where Whisper is run inside a recording.

Silero VAD (shipped with faster-whisper) finds the speech regions of a ~5-minute piece; consecutive regions
are merged into decoding windows of at most ``max_window_s`` while the pause between them is short. A window
never starts or ends inside a speech region (a region longer than a window is split by the VAD at its
quietest short pause), and each window is decoded on its own, so text of one stretch of speech is never carried
into unrelated speech after a pause, and silence between windows is never decoded (no phantom text there).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SAMPLE_RATE = 16000
VAD_BLOCK_S = 60


@dataclass(frozen=True)
class Window:
    start: int  # sample index inside the piece
    end: int
    regions: tuple[tuple[int, int], ...]  # speech regions inside, piece sample indexes

    @property
    def seconds(self) -> float:
        return (self.end - self.start) / SAMPLE_RATE

    @property
    def speech_seconds(self) -> float:
        return sum(b - a for a, b in self.regions) / SAMPLE_RATE


def speech_regions(audio: np.ndarray, *, max_region_s: float = 28.0, min_silence_ms: int = 500,
                   pad_ms: int = 400, threshold: float = 0.5) -> list[tuple[int, int]]:
    """Speech regions ``(start, end)`` in samples of float32 16 kHz audio (Silero VAD)."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    if audio.size < SAMPLE_RATE // 10:
        return []
    options = VadOptions(threshold=threshold, min_silence_duration_ms=min_silence_ms, speech_pad_ms=pad_ms,
                         max_speech_duration_s=max_region_s, min_speech_duration_ms=250)
    # Silero runs on the whole array at once (300 s: +180 MB); blocks of 60 s keep it near +100 MB. A region
    # that reaches a block's end is joined with one that starts the next block.
    regions: list[tuple[int, int]] = []
    block = VAD_BLOCK_S * SAMPLE_RATE
    for offset in range(0, audio.size, block):
        part = audio[offset:offset + block]
        if part.size < SAMPLE_RATE // 10:
            break
        for r in get_speech_timestamps(part, options):
            start, end = int(r["start"]) + offset, int(r["end"]) + offset
            if regions and start - regions[-1][1] <= SAMPLE_RATE // 10 and start <= offset + pad_ms * 16 + 1:
                regions[-1] = (regions[-1][0], end)
            else:
                regions.append((start, end))
    return _split_long(regions, int(max_region_s * SAMPLE_RATE))


def _split_long(regions: list[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    """A region joined across a block boundary may exceed the window length: cut it in equal parts."""
    out = []
    for start, end in regions:
        parts = max(1, -(-(end - start) // limit))
        step = (end - start) // parts
        out.extend((start + i * step, end if i == parts - 1 else start + (i + 1) * step) for i in range(parts))
    return out


def merge_regions(regions: list[tuple[int, int]], total: int, *, max_window_s: float = 28.0,
                  max_gap_s: float = 1.5) -> list[Window]:
    """Group consecutive regions into windows: a window grows while the next region starts within
    ``max_gap_s`` of the last one and the window stays within ``max_window_s``."""
    windows: list[Window] = []
    current: list[tuple[int, int]] = []
    max_len, max_gap = int(max_window_s * SAMPLE_RATE), int(max_gap_s * SAMPLE_RATE)
    for start, end in regions:
        start, end = max(0, start), min(total, end)
        if end <= start:
            continue
        if current and (start - current[-1][1] > max_gap or end - current[0][0] > max_len):
            windows.append(Window(current[0][0], current[-1][1], tuple(current)))
            current = []
        current.append((start, end))
    if current:
        windows.append(Window(current[0][0], current[-1][1], tuple(current)))
    return windows


def plan_windows(audio: np.ndarray, **kwargs) -> list[Window]:
    """Speech regions of ``audio`` merged into decoding windows."""
    return merge_regions(speech_regions(audio), audio.size, **kwargs)
