"""Glossary: bureau terms (policy + the policy folder's file) and the user's own, used so they never hurt.

Two kinds of lines in a glossary file (UTF-8, ``#`` comments):

* a **term** (``ComfyUI``, ``都庁``): a hotword for recognition, where hotwords were measured to help;
* a **replacement rule** ``誤認識 → 正しい表記`` (also ``->`` or ``=>``): applied to the decoded text.

Measured on the embedded ``base`` model: a bare term list given as initial prompt raised the CER of Japanese
speech from 26.5 % to 108 % (two terms), duplicated sentences and invented text. Faster-whisper puts hotwords
in the same "previous text" slot; on the five Common Voice dev clips three Japanese hotwords (都庁 予算 議事録)
still raised the pooled CER from 18.0 % to 21.6 % and removed the punctuation. So hotwords are given only for
English decoding, Latin-script terms only (there they fixed names: "Katwagachi" -> "Kawaguchi",
"toes high desk" -> "Tosei Desk"); Japanese terms act through replacement rules.
:func:`check_glossary` measures a glossary on a development set before a policy hands it to everyone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from desktop.services.minutes.errors import MinutesError

_ARROW = re.compile(r"\s*(?:→|->|=>|⇒)\s*")
_LATIN = re.compile(r"^[\x20-\x7e]+$")


@dataclass
class Glossary:
    terms: list[str]
    replacements: list[list[str]]  # [[wrong, right], ...]


def parse_glossary_text(text: str) -> Glossary:
    terms: list[str] = []
    rules: list[list[str]] = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = _ARROW.split(line, maxsplit=1)
        if len(parts) == 2 and parts[0].strip() and parts[1].strip():
            wrong, right = parts[0].strip(), parts[1].strip()
            if [wrong, right] not in rules:
                rules.append([wrong, right])
            terms.append(right)
            continue
        line = line.split(",", 1)[0].split("\t", 1)[0].strip()
        if line:
            terms.append(line)
    return Glossary(merge_terms(terms), rules)


def read_glossary(path: str | Path) -> Glossary:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise MinutesError(f"The glossary file {path} could not be read ({type(exc).__name__}).",
                           code="minutes.glossary_unreadable", path=str(path)) from None
    return parse_glossary_text(text)


def read_glossary_file(path: str | Path) -> list[str]:
    """The terms of a glossary file (one per line; a CSV's first column, a rule's right side)."""
    return read_glossary(path).terms


def merge_terms(*lists: Iterable[str], limit: int = 60) -> list[str]:
    """Unique terms in order; capped, since Whisper's prompt holds at most ~224 tokens."""
    seen: list[str] = []
    for terms in lists:
        for term in terms:
            term = term.strip()
            if term and term not in seen:
                seen.append(term)
    return seen[:limit]


def parse_rules(lines: Iterable[str]) -> list[list[str]]:
    """Replacement rules from settings/policy values (``"誤 → 正"`` strings or ``[wrong, right]`` pairs)."""
    rules: list[list[str]] = []
    for item in lines:
        if isinstance(item, (list, tuple)) and len(item) == 2:
            pair = [str(item[0]).strip(), str(item[1]).strip()]
        else:
            parts = _ARROW.split(str(item).strip(), maxsplit=1)
            pair = [p.strip() for p in parts] if len(parts) == 2 else []
        if len(pair) == 2 and all(pair) and pair not in rules:
            rules.append(pair)
    return rules


def hotwords_for(terms: Iterable[str], language: str | None) -> str:
    """The hotwords string for a decode, or "" when hotwords would not help (see the module note)."""
    terms = [t.strip() for t in terms if t and t.strip()]
    if language != "en":
        return ""
    return " ".join(t for t in terms if _LATIN.match(t))


def apply_replacements(segments, rules: Iterable[Iterable[str]]) -> int:
    """Apply ``wrong -> right`` to every segment's text (longest ``wrong`` first); returns the count."""
    ordered = sorted(([str(a), str(b)] for a, b in rules if a), key=lambda r: len(r[0]), reverse=True)
    n = 0
    for seg in segments:
        for wrong, right in ordered:
            if wrong in seg.text and wrong != right:
                n += seg.text.count(wrong)
                seg.text = seg.text.replace(wrong, right)
    return n


def bureau_glossary_file() -> Path:
    """A bureau's shared term list beside the policy file: ``<policy folder>/minutes/glossary.txt``."""
    from desktop.services import paths

    return paths.policy_folder() / "minutes" / "glossary.txt"


def collect_glossary(policy_terms: Iterable[str] = (), user_terms: Iterable[str] = (),
                     file: str | Path | None = None) -> list[str]:
    """Bureau terms (policy setting + the policy folder's glossary.txt) first, then the user's own, then
    the terms of ``file`` (CLI ``--glossary``)."""
    return collect_full_glossary(policy_terms, user_terms, file).terms


def collect_full_glossary(policy_terms: Iterable[str] = (), user_terms: Iterable[str] = (),
                          file: str | Path | None = None) -> Glossary:
    """Terms and replacement rules from the same sources as :func:`collect_glossary` (a policy/settings entry
    written ``誤 → 正`` is a rule)."""
    sources = [parse_glossary_text("\n".join(str(t) for t in policy_terms))]
    bureau_file = bureau_glossary_file()
    if bureau_file.is_file():
        sources.append(read_glossary(bureau_file))
    sources.append(parse_glossary_text("\n".join(str(t) for t in user_terms)))
    if file:
        sources.append(read_glossary(file))
    rules: list[list[str]] = []
    for g in sources:
        rules.extend(r for r in g.replacements if r not in rules)
    return Glossary(merge_terms(*(g.terms for g in sources)), rules)
