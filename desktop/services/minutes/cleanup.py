"""Hallucination suppression on recognised segments.

Whisper was trained on subtitles, so on silence or noise it may "hear" stock phrases (「ご視聴ありがとう
ございました」, "Thanks for watching") or get stuck repeating one phrase. Two filters:

* :func:`is_phantom`: a segment whose text consists only of known phantom phrases is dropped;
* :func:`collapse_repeats`: a phrase repeated 4+ times in a row inside a segment is kept once, and a run of
  3+ identical consecutive segments is kept once.

Both are pure functions over texts, so they are tested directly as well as end-to-end.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Sequence

DEFAULT_PHANTOM_PHRASES: tuple[str, ...] = (
    "ご視聴ありがとうございました",
    "ご視聴ありがとうございます",
    "チャンネル登録",
    "チャンネル登録お願いします",
    "チャンネル登録よろしくお願いします",
    "高評価",
    "最後までご視聴",
    "字幕",
    "提供",
    "thank you for watching",
    "thanks for watching",
    "please subscribe",
    "subscribe to my channel",
    "like and subscribe",
    "subtitles by",
)

# Said for real too (a meeting ends with 「お疲れ様でした。」): dropped only when Whisper was unsure of it.
WEAK_PHANTOM_PHRASES: tuple[str, ...] = ("お疲れ様でした", "お疲れさまでした", "ありがとうございました")

_STRIP = re.compile(r"[\s\W_]+", re.UNICODE)
_REPEAT = re.compile(r"(.{2,40}?)(?:[\s、,。.]*\1){3,}", re.DOTALL)


def normalise(text: str) -> str:
    """Lower-case NFKC text without spaces or punctuation (for comparisons only)."""
    return _STRIP.sub("", unicodedata.normalize("NFKC", text).lower())


def phantom_list(extra: Iterable[str] = (), defaults: bool = True) -> list[str]:
    base = DEFAULT_PHANTOM_PHRASES if defaults else ()
    phrases = {normalise(p) for p in (*base, *extra) if normalise(p)}
    return sorted(phrases, key=len, reverse=True)  # longest first, so a longer phrase wins


def is_phantom(text: str, phrases: Sequence[str]) -> bool:
    """True when nothing but phantom phrases remains (``phrases`` already normalised)."""
    rest = normalise(text)
    if not rest:
        return True
    for phrase in phrases:
        rest = rest.replace(phrase, "")
    return not rest


def collapse_repeats(text: str) -> str:
    """「はいはいはいはいはい」 style loops: keep one occurrence of a phrase repeated 4+ times in a row."""
    previous = None
    while previous != text:
        previous, text = text, _REPEAT.sub(r"\1", text)
    return text


def drop_repeated_runs(texts: Sequence[str], max_run: int = 2) -> list[int]:
    """Indexes to keep: in a run of identical consecutive texts, keep at most ``max_run``...

    A real speaker may say 「はい」 twice; three identical segments in a row is Whisper looping.
    """
    keep, run = [], 0
    for i, text in enumerate(texts):
        run = run + 1 if i and normalise(text) == normalise(texts[i - 1]) and normalise(text) else 1
        if run <= 1 or (run <= max_run and len(normalise(text)) <= 4):
            keep.append(i)
    return keep


JA_CLOSERS = "。．！？!?」』）)…"


def end_sentences(segments, language: str) -> None:
    """Japanese: a segment that ends a stretch of speech (the window's last, or followed by a pause of 0.3 s
    or more) and has no closing mark gets 「。」. Whisper often drops it, and the minutes read as one run-on
    sentence; decoding each window on its own keeps its punctuation, this closes what is still open."""
    if language != "ja":
        return
    for i, seg in enumerate(segments):
        text = seg.text.rstrip()
        if not text or text[-1] in JA_CLOSERS + "、，," or not normalise(text):
            continue
        last = i == len(segments) - 1
        if last or segments[i + 1].start - seg.end >= 0.3:
            seg.text = text + "。"
