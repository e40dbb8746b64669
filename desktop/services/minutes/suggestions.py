"""Rule-based suggestions for the 議事録 sections from the transcript: 決定事項, 次回予定, ToDo, 要旨.

Each suggestion keeps its source line (segment index) and time, so the user can check it against the audio
and accept or reject it; nothing is written into the minutes unless accepted. The rules are phrases that
Japanese meetings use for these things (「〜とします」「〜に決定」「承認」「次回は…」「〜までに…お願いします」).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.services.minutes.transcript import Transcript

KINDS = ("decision", "next", "todo", "summary")

_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
_RULES: dict[str, tuple[re.Pattern, ...]] = {
    "decision": (re.compile(r"(と|に)(します|いたします|する)(。|$)"), re.compile(r"(に|と)決定"),
                 re.compile(r"決(まり|定し)ました"), re.compile(r"承認(され|し|いたし)"),
                 re.compile(r"(異議|反対)(は)?(ありません|なし)"), re.compile(r"可決"),
                 re.compile(r"\b(approved|decided|agreed)\b", re.I)),
    "next": (re.compile(r"次回(は|の会議|会議)"), re.compile(r"次の会議"), re.compile(r"\bnext meeting\b", re.I)),
    "todo": (re.compile(r"までに.*(お願い|提出|送付|確認|準備|作成)"), re.compile(r"(お願いします|お願いいたします)(。|$)"),
             re.compile(r"(宿題|持ち帰り|検討します|確認します|準備します)"),
             re.compile(r"\b(please|by (monday|tuesday|wednesday|thursday|friday))\b", re.I)),
    "summary": (re.compile(r"(報告|説明)(します|いたします|させていただきます)"), re.compile(r"について(は|、)"),
                re.compile(r"議題"), re.compile(r"\b(report|discuss)\b", re.I)),
}


@dataclass(frozen=True)
class Suggestion:
    kind: str       # decision | next | todo | summary
    text: str       # the sentence
    segment: int    # source line (index in the transcript)
    start: float    # seconds
    speaker: str


def suggest(t: Transcript) -> list[Suggestion]:
    """Sentences matching the rules, in transcript order; a sentence is suggested once (the first kind of
    :data:`KINDS` that matches)."""
    out: list[Suggestion] = []
    for index, seg in enumerate(t.segments):
        for sentence in _SENTENCE.findall(seg.text):
            sentence = sentence.strip()
            if len(sentence) < 4:
                continue
            for kind in KINDS:
                if any(rule.search(sentence) for rule in _RULES[kind]):
                    out.append(Suggestion(kind, sentence, index, seg.start, seg.speaker))
                    break
    return out


def accept(t: Transcript, chosen: list[Suggestion]) -> None:
    """Add accepted suggestions to the minutes' sections (without duplicating a line already there)."""
    meta = t.meta
    for s in chosen:
        if s.kind == "next":
            if s.text not in meta.next_meeting:
                meta.next_meeting = f"{meta.next_meeting}　{s.text}".strip("　") if meta.next_meeting else s.text
            continue
        target = {"decision": meta.decisions, "todo": meta.todos, "summary": meta.summary}[s.kind]
        if s.text not in target:
            target.append(s.text)
