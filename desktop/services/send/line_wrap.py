"""Line breaking for Japanese text in a fixed width (the 送付状's 通信欄), with 禁則処理.

reportlab's ``simpleSplit`` breaks only at spaces, so a Japanese sentence (no spaces) runs off the page.
:func:`wrap` breaks between any two Japanese characters, keeps Latin words, numbers, mail addresses and URLs
whole unless one is wider than the line, and follows the JIS X 4051 basics by 追い出し (pushing characters to
the next line, so no line is ever wider than ``width``):

* 行頭禁則: closing brackets, 、。 and small kana never start a line;
* 行末禁則: opening brackets never end a line.

Pure function; ``measure`` gives the width of a string (e.g. ``pdfmetrics.stringWidth`` for a font and size).
"""
from __future__ import annotations

import re
from typing import Callable

# Characters that must not begin a line (closing punctuation, small kana, prolonged sound mark, iteration marks).
NO_LINE_START = frozenset(
    "、。，．,.・：；:;？！?!‼⁇⁈⁉゛゜ヽヾゝゞ々〻ー―‐゠–〜～…‥"
    "）)］]｝}」』】〕〉》〙〗〟’”»｠"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    "%％‰℃°′″")
# Characters that must not end a line (opening brackets, currency signs).
NO_LINE_END = frozenset("（(［[｛{「『【〔〈《〘〖〝‘“«｟¥￥$＄£￡#＃")
# Runs kept together like a word: Latin letters, digits and the characters of numbers, addresses and URLs.
_WORD = re.compile(r"[A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A_@./:\-+%#&=?~'’,]+|\s|.", re.S)
_MAX_PUSH = 3   # at most this many characters are pushed to the next line to satisfy 禁則


def _units(text: str) -> list[str]:
    return _WORD.findall(text)


def _split_long(unit: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """A word wider than the line, cut by character (a long URL or mail address)."""
    pieces, current = [], ""
    for ch in unit:
        if current and measure(current + ch) > width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    return pieces + ([current] if current else [])


def _starts_bad(unit: str) -> bool:
    return bool(unit) and unit[0] in NO_LINE_START


def _ends_bad(unit: str) -> bool:
    return bool(unit) and unit[-1] in NO_LINE_END


def wrap_paragraph(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """``text`` (one paragraph, no newline) as lines no wider than ``width``."""
    units: list[str] = []
    for unit in _units(text):
        units.extend(_split_long(unit, width, measure) if len(unit) > 1 and measure(unit) > width else [unit])
    lines: list[str] = []
    line: list[str] = []
    for unit in units:
        if not line and unit.isspace() and lines:
            continue                                   # no space at the start of a wrapped line
        if not line or measure("".join(line) + unit) <= width:
            line.append(unit)
            continue
        carry: list[str] = []
        # 追い出し: move characters down until the new line does not start, nor this line end, badly.
        while line and len(carry) < _MAX_PUSH and (_starts_bad(unit if not carry else carry[0])
                                                    or _ends_bad(line[-1])):
            carry.insert(0, line.pop())
        if not line:                                   # nothing can stay: accept the break as it was
            line, carry = carry, []
        lines.append("".join(line).rstrip())
        line = carry + [unit]
        while line and line[0].isspace():              # no space at the start of a wrapped line
            line.pop(0)
        while len(line) > 1 and measure("".join(line)) > width:   # a carry made the new line too wide
            lines.append(line.pop(0))
    if line or not lines:
        lines.append("".join(line).rstrip())
    return lines


def wrap(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Every paragraph of ``text`` (split at newlines) wrapped to ``width``; an empty paragraph stays a line."""
    out: list[str] = []
    for paragraph in (text or "").replace("\r\n", "\n").split("\n"):
        out.extend(wrap_paragraph(paragraph, width, measure))
    return out
