"""Glossary terms (bureau terms from the policy + the user's own) that steer recognition."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from desktop.services.minutes.errors import MinutesError


def read_glossary_file(path: str | Path) -> list[str]:
    """One term per line (UTF-8, ``#`` comments, blank lines ignored); a CSV's first column also works."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise MinutesError(f"The glossary file {path} could not be read ({type(exc).__name__}).",
                           code="minutes.glossary_unreadable", path=str(path)) from None
    terms = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].split(",", 1)[0].split("\t", 1)[0].strip()
        if line:
            terms.append(line)
    return merge_terms(terms)


def merge_terms(*lists: Iterable[str], limit: int = 60) -> list[str]:
    """Unique terms in order; capped, since Whisper's prompt holds at most ~224 tokens."""
    seen: list[str] = []
    for terms in lists:
        for term in terms:
            term = term.strip()
            if term and term not in seen:
                seen.append(term)
    return seen[:limit]


def bureau_glossary_file() -> Path:
    """A bureau's shared term list beside the policy file: ``<policy folder>/minutes/glossary.txt``."""
    from desktop.services import paths

    return paths.policy_folder() / "minutes" / "glossary.txt"


def collect_glossary(policy_terms: Iterable[str] = (), user_terms: Iterable[str] = (),
                     file: str | Path | None = None) -> list[str]:
    """Bureau terms (policy setting + the policy folder's glossary.txt) first, then the user's own, then
    the terms of ``file`` (CLI ``--glossary``)."""
    bureau_file = bureau_glossary_file()
    bureau = read_glossary_file(bureau_file) if bureau_file.is_file() else []
    extra = read_glossary_file(file) if file else []
    return merge_terms(policy_terms, bureau, user_terms, extra)
