"""Per-type clean-up of recognised text: NFKC, spaces between CJK characters removed, dash/kana variants.

Functions are pure and small so validation and the review page share them.
"""
from __future__ import annotations

import re
import unicodedata

_CJK = r"\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f々〆ヶ"
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")
_DASHES = re.compile(r"[‐‑‒–—―−ー－ｰ─━一]")   # OCR reads the hyphen in numbers as any of these
_HIRA = re.compile(r"[\u3041-\u3096]")


def base(text: str) -> str:
    """NFKC, trimmed, inner whitespace collapsed, spaces between CJK characters removed."""
    text = unicodedata.normalize("NFKC", text or "")
    text = re.sub(r"\s+", " ", text).strip()
    return _SPACE_BETWEEN_CJK.sub("", text)


def to_katakana(text: str) -> str:
    return _HIRA.sub(lambda m: chr(ord(m.group()) + 0x60), text)


def kana(text: str) -> str:
    return to_katakana(base(text)).replace(" ", "")


def digits_and_dashes(text: str) -> str:
    """For numbers that use hyphens (postal, phone): dash variants → '-', spaces and brackets dropped."""
    t = base(text)
    t = _DASHES.sub("-", t)
    t = re.sub(r"[\s()（）]", "", t)
    return t


def postal(text: str) -> str:
    """'〒160-8001' / 'T 1608001' / '干160ー8001' → '160-8001' when 7 digits are there; else cleaned text.

    The 〒 glyph is not trusted (OCR reads it as T, 干, 丁...): up to two non-digit characters before the digits
    are dropped.
    """
    t = digits_and_dashes(text)
    m = re.fullmatch(r"\D{0,2}?(\d{3})-?(\d{4})", t)
    return f"{m.group(1)}-{m.group(2)}" if m else t


def phone(text: str) -> str:
    t = _DASHES.sub("-", base(text)).replace(" ", "")
    t = re.sub(r"^(TEL|Tel|tel|電話)[:.]?", "", t)
    t = re.sub(r"[()（）]", "-", t)            # (03)5321-1111 / 03(5321)1111 → 03-5321-1111
    return re.sub(r"-{2,}", "-", t).strip("-")


def number(text: str) -> str:
    return base(text).replace(",", "").replace(" ", "")


def date_text(text: str) -> str:
    t = base(text).replace(" ", "")
    return t
