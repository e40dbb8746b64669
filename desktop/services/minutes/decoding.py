"""Bounded, deterministic decoding of one voice-activity window.

Whisper's defaults let one window cost a lot: six temperature fallbacks (each up to 448 tokens with beam 5),
sampling that differs run to run, and a loop ("車車車…") that only stops at the token limit. Here:

* at most three temperatures (0.0, 0.2, 0.4), with the compression-ratio and log-prob thresholds that send a
  looping or unsure result to the next one;
* the random generator is re-seeded before every window, so sampling at 0.2/0.4 gives the same text for the
  same audio on every run;
* new tokens are capped in proportion to the window's length (fast Japanese speech needs about 15 per second);
* a wall-time budget per window (``budget_factor`` × its length + ``budget_floor_s``); a window over budget, or
  whose result still loops, is decoded again conservatively (greedy, temperature 0, no repeated 4-grams, a
  tighter token cap) and a warning records it.

The conservative path changes the text only where the normal one failed; the result says which windows
took it (``redecoded``).
"""
from __future__ import annotations

import time
import zlib
from dataclasses import dataclass, field

import numpy as np

TEMPERATURES = (0.0, 0.2, 0.4)
COMPRESSION_RATIO_THRESHOLD = 2.4
LOG_PROB_THRESHOLD = -1.0
NO_SPEECH_THRESHOLD = 0.6
TOKENS_PER_SECOND = 15
SEED = 20240601


@dataclass
class WindowResult:
    segments: list = field(default_factory=list)  # faster-whisper Segment objects (times inside the window)
    language: str = ""
    language_probability: float = 0.0
    redecoded: str = ""  # "" | "budget" | "loop"
    seconds: float = 0.0


def compression_ratio(text: str) -> float:
    data = text.encode("utf-8")
    return len(data) / len(zlib.compress(data)) if data else 0.0


def token_cap(seconds: float, per_second: float = TOKENS_PER_SECOND) -> int:
    return int(min(440, per_second * seconds + 24))


def conservative(kwargs: dict, seconds: float) -> dict:
    """Greedy, temperature 0, no repeated 4-grams, a tighter token cap: cannot loop or run long."""
    return dict(kwargs, beam_size=1, temperature=[0.0], no_repeat_ngram_size=4, repetition_penalty=1.1,
                max_new_tokens=token_cap(seconds, 10))


def _seed() -> None:
    try:
        import ctranslate2

        ctranslate2.set_random_seed(SEED)
    except (ImportError, AttributeError):
        pass


def _run(model, audio: np.ndarray, kwargs: dict, deadline: float | None, cancel) -> tuple[list, object, bool]:
    """Decode; returns ``(segments, info, over_budget)``. Stops consuming at the deadline."""
    _seed()
    iterator, info = model.transcribe(audio, **kwargs)
    out = []
    for seg in iterator:
        cancel.raise_if_cancelled()
        out.append(seg)
        if deadline is not None and time.perf_counter() > deadline:
            return out, info, True
    return out, info, deadline is not None and time.perf_counter() > deadline


def decode_window(model, audio: np.ndarray, kwargs: dict, cancel, *, budget_factor: float = 2.0,
                  budget_floor_s: float = 10.0) -> WindowResult:
    """Decode one window (float32, 16 kHz, at most ~30 s) within its budget."""
    seconds = audio.size / 16000
    started = time.perf_counter()
    first = dict(kwargs, max_new_tokens=token_cap(seconds))
    deadline = started + budget_factor * seconds + budget_floor_s
    segments, info, over = _run(model, audio, first, deadline, cancel)
    reason = "budget" if over else ""
    text = "".join(s.text for s in segments)
    if not reason and len(text) > 20 and compression_ratio(text) > COMPRESSION_RATIO_THRESHOLD:
        reason = "loop"
    if reason:
        language = kwargs.get("language") or info.language
        segments, info, _ = _run(model, audio, dict(conservative(kwargs, seconds), language=language), None,
                                 cancel)
    return WindowResult(segments, info.language, float(info.language_probability or 0.0), reason,
                        time.perf_counter() - started)
