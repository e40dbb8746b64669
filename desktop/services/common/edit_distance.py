"""Edit distance for accuracy figures: character error rate (forms OCR) and word error rate (transcription)."""
from __future__ import annotations

from typing import Sequence


def levenshtein(a: Sequence, b: Sequence) -> int:
    """Insertions + deletions + substitutions turning ``a`` into ``b`` (strings or lists of words)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def error_rate(reference: Sequence, hypothesis: Sequence) -> float:
    """Edit distance divided by the reference length (CER for strings, WER for word lists)."""
    return levenshtein(reference, hypothesis) / max(1, len(reference))
