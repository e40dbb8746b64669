"""The transcript model: segments with words and speakers, the 議事録 metadata, and editing operations.

All edits are plain functions on a :class:`Transcript` (the UI wraps them in undo commands). JSON round-trips
exactly (``to_dict``/``from_dict``); word times are plain floats.
"""
from __future__ import annotations

import copy
from dataclasses import asdict, dataclass, field
from typing import Any

FORMAT_VERSION = 1
DEFAULT_SPEAKER = "話者1"


@dataclass
class Word:
    start: float
    end: float
    word: str
    probability: float = 1.0


@dataclass
class Segment:
    start: float
    end: float
    text: str
    speaker: str = DEFAULT_SPEAKER
    words: list[Word] = field(default_factory=list)
    language: str = ""  # set when the language was detected per window (language "auto")


@dataclass
class MinutesMeta:
    """議事録 header and sections: 会議名, 日時, 場所, 出席者, 作成者, 議題, 決定事項, 次回予定, 欠席者, 配布資料,
    要旨, ToDo."""

    title: str = ""
    datetime: str = ""
    place: str = ""
    attendees: list[str] = field(default_factory=list)
    author: str = ""
    agenda: list[str] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    next_meeting: str = ""
    absentees: list[str] = field(default_factory=list)
    materials: list[str] = field(default_factory=list)  # 配布資料
    summary: list[str] = field(default_factory=list)    # 要旨 (points, one a line)
    todos: list[str] = field(default_factory=list)


@dataclass
class Transcript:
    segments: list[Segment] = field(default_factory=list)
    language: str = ""
    duration: float = 0.0
    source: str = ""
    model: str = ""
    meta: MinutesMeta = field(default_factory=MinutesMeta)
    info: dict[str, Any] = field(default_factory=dict)  # decode options, chunks, peak RSS, timings

    # ------------------------------------------------------------------ views
    @property
    def text(self) -> str:
        return "\n".join(s.text for s in self.segments if s.text)

    def speakers(self) -> list[str]:
        seen: list[str] = []
        for s in self.segments:
            if s.speaker not in seen:
                seen.append(s.speaker)
        return seen

    # ------------------------------------------------------------------ JSON
    def to_dict(self) -> dict[str, Any]:
        return {"format": "tosei-desk-transcript", "version": FORMAT_VERSION, "source": self.source,
                "language": self.language, "duration": float(self.duration), "model": self.model,
                "meta": asdict(self.meta), "info": self.info,
                "segments": [_segment_dict(s) for s in self.segments]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Transcript":
        if data.get("format") != "tosei-desk-transcript":
            raise ValueError("not a Tosei Desk transcript")
        meta_fields = MinutesMeta.__dataclass_fields__
        meta = MinutesMeta(**{k: v for k, v in (data.get("meta") or {}).items() if k in meta_fields})
        segments = [Segment(float(s["start"]), float(s["end"]), str(s["text"]), str(s.get("speaker") or ""),
                            [Word(**w) for w in s.get("words", [])], str(s.get("language") or ""))
                    for s in data.get("segments", [])]
        return cls(segments, data.get("language", ""), float(data.get("duration", 0.0)),
                   data.get("source", ""), data.get("model", ""), meta, dict(data.get("info") or {}))

    def copy(self) -> "Transcript":
        return copy.deepcopy(self)


def _segment_dict(s: Segment) -> dict[str, Any]:
    out = {"start": round(float(s.start), 3), "end": round(float(s.end), 3), "speaker": s.speaker,
            "text": s.text, "words": [{"start": round(float(w.start), 3), "end": round(float(w.end), 3),
                                       "word": w.word, "probability": round(float(w.probability), 4)}
                                      for w in s.words]}
    if s.language:
        out["language"] = s.language
    return out


# ---------------------------------------------------------------------------------------------- edits
def rename_speaker(t: Transcript, old: str, new: str) -> int:
    """Rename every segment of speaker ``old`` (話者1 → 山田課長); returns how many changed."""
    new = new.strip()
    if not new:
        raise ValueError("empty speaker name")
    n = 0
    for s in t.segments:
        if s.speaker == old:
            s.speaker, n = new, n + 1
    return n


def set_speaker(t: Transcript, index: int, speaker: str) -> None:
    t.segments[index].speaker = speaker.strip() or DEFAULT_SPEAKER


def set_text(t: Transcript, index: int, text: str) -> None:
    seg = t.segments[index]
    if seg.text != text:
        seg.text = text
        seg.words = []  # edited text no longer matches the recognised words


JA_SENTENCE_END = "。．！？!?」』）)、，,…"


def join_texts(texts, language: str) -> str:
    """Join segment texts: English with spaces; Japanese directly after punctuation, else with an
    ideographic space (Whisper often leaves 「。」 out, and run-on sentences read badly in the minutes)."""
    parts = [x.strip() for x in texts if x and x.strip()]
    if language != "ja":
        return " ".join(parts)
    out = ""
    for part in parts:
        out += part if not out or out[-1] in JA_SENTENCE_END else "\u3000" + part
    return out


def merge_segments(t: Transcript, index: int, count: int = 2) -> None:
    """Merge ``count`` consecutive segments starting at ``index`` into one (speaker of the first)."""
    if count < 2 or index < 0 or index + count > len(t.segments):
        raise IndexError("nothing to merge")
    group = t.segments[index:index + count]
    merged = Segment(group[0].start, group[-1].end, join_texts((s.text for s in group), t.language),
                     group[0].speaker, [w for s in group for w in s.words])
    t.segments[index:index + count] = [merged]


def split_segment(t: Transcript, index: int, at_char: int) -> None:
    """Split a segment at a character offset of its text; the time is split at the matching word (or
    proportionally to text length when the words are gone)."""
    seg = t.segments[index]
    if not 0 < at_char < len(seg.text):
        raise ValueError("split position must be inside the text")
    left, right = seg.text[:at_char].rstrip(), seg.text[at_char:].lstrip()
    words_l, words_r, pos = [], [], 0
    for w in seg.words:
        (words_l if pos < at_char else words_r).append(w)
        pos += len(w.word) - (1 if pos == 0 and w.word.startswith(" ") else 0)
    if words_l and words_r:
        cut = (words_l[-1].end + words_r[0].start) / 2
    else:
        cut = seg.start + (seg.end - seg.start) * at_char / max(1, len(seg.text))
        words_l, words_r = [w for w in seg.words if w.end <= cut], [w for w in seg.words if w.end > cut]
    t.segments[index:index + 1] = [Segment(seg.start, cut, left, seg.speaker, words_l, seg.language),
                                   Segment(cut, seg.end, right, seg.speaker, words_r, seg.language)]


def merge_speaker_turns(t: Transcript) -> int:
    """Merge consecutive segments of the same speaker; returns how many segments were removed."""
    before, i = len(t.segments), 0
    while i < len(t.segments) - 1:
        if t.segments[i].speaker == t.segments[i + 1].speaker:
            merge_segments(t, i, 2)
        else:
            i += 1
    return before - len(t.segments)


def find_replace(t: Transcript, find: str, replace: str) -> int:
    """Replace text in every segment; returns the number of replacements."""
    if not find:
        return 0
    n = 0
    for i, s in enumerate(t.segments):
        count = s.text.count(find)
        if count:
            set_text(t, i, s.text.replace(find, replace))
            n += count
    return n
