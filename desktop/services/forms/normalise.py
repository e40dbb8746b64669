"""Per-type clean-up of recognised text: NFKC, dash/kana variants; a word gap between Japanese words is kept as
one full-width space (氏名「山田　太郎」), digits and codes lose their spaces.

Functions are pure and small so validation and the review page share them.
"""
from __future__ import annotations

import re
import unicodedata

_CJK = r"\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f々〆ヶ"
_SPACE_NEXT_TO_CJK = re.compile(rf"(?<=[{_CJK}])\s+|\s+(?=[{_CJK}])")
_DASHES = re.compile(r"[‐‑‒–—―−ー－ｰ─━一]")   # OCR reads the hyphen in numbers as any of these
_HIRA = re.compile(r"[\u3041-\u3096]")


def base(text: str) -> str:
    """NFKC, trimmed, inner whitespace collapsed; a space next to Japanese text is a full-width space."""
    text = unicodedata.normalize("NFKC", text or "")
    text = re.sub(r"\s+", " ", text).strip()
    return _SPACE_NEXT_TO_CJK.sub("\u3000", text)


def no_spaces(text: str) -> str:
    return re.sub(r"[\s\u3000]+", "", base(text))


def to_katakana(text: str) -> str:
    return _HIRA.sub(lambda m: chr(ord(m.group()) + 0x60), text)


def kana(text: str) -> str:
    """Katakana with word gaps as one full-width space; 「カ）」「ユ）」 brackets full-width as banks print them."""
    t = to_katakana(base(text)).replace("(", "（").replace(")", "）")
    t = re.sub(r"[ \u3000]+", "\u3000", t).strip("\u3000")
    return re.sub(r"（\u3000|\u3000（", "（", re.sub(r"\u3000）|）\u3000", "）", t))


def digits(text: str) -> str:
    """A digit string (口座番号, 会員番号): digits as text, leading zeros kept; spaces and hyphens dropped."""
    return re.sub(r"[\s\u3000\-]", "", _DASHES.sub("-", base(text)))


def digits_and_dashes(text: str) -> str:
    """For numbers that use hyphens (postal, phone): dash variants → '-', spaces and brackets dropped."""
    t = base(text)
    t = _DASHES.sub("-", t)
    t = re.sub(r"[\s\u3000()（）]", "", t)
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
    t = re.sub(r"[\s\u3000]", "", _DASHES.sub("-", base(text)))
    t = re.sub(r"^(TEL|Tel|tel|電話)[:.]?", "", t)
    t = re.sub(r"[()（）]", "-", t)            # (03)5321-1111 / 03(5321)1111 → 03-5321-1111
    return re.sub(r"-{2,}", "-", t).strip("-")


def number(text: str) -> str:
    return no_spaces(text).replace(",", "")


def date_text(text: str) -> str:
    return no_spaces(text)
