"""Per-field character classes: which characters a field may contain, and look-alike repair by context.

A class is used twice: the recogniser's CTC output is masked to the class (``allows``), so a katakana field
cannot come out with 一 or 卜, a date cannot come out with 爷和 for 令和; and :func:`repair` maps look-alikes that
a mask cannot decide (一/ー in a free-text field) by their neighbours.

Classes: ``katakana`` (フリガナ, 口座名義 incl. the bank forms 「カ）」「ユ）」), ``digits`` (a digit string such as
口座番号 — kept as text, leading zeros stay), ``postal``, ``phone``, ``number``, ``date``, ``text`` (Japanese text:
any character of JIS X 0208/0213 — simplified-only hanzi like 锦 为 杂 are outside and cannot be read), ``any``.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

CLASSES = ("text", "katakana", "digits", "postal", "phone", "number", "date", "any")

# default class per field type
TYPE_CLASS = {"text": "text", "kana": "katakana", "digits": "digits", "postal": "postal", "phone": "phone",
              "number": "number", "date": "date", "date_wareki": "date"}

_DIGITS = set("0123456789０１２３４５６７８９")
_DASH = set("-－‐―−")
_KATAKANA = {chr(c) for c in range(0x30A1, 0x30FB)} | {"ー", "ヽ", "ヾ", "・", "（", "）", "(", ")", " ", "　"}
_DATE = _DIGITS | set("年月日元令和平成昭和大正明治./／-　 ")


def _japanese(ch: str) -> bool:
    for enc in ("cp932", "shift_jis_2004"):
        try:
            ch.encode(enc)
            return True
        except UnicodeEncodeError:
            continue
    return False


@lru_cache(maxsize=None)
def allowed_set(cls: str) -> frozenset[str] | None:
    """The characters a class allows (None: no restriction)."""
    if cls == "katakana":
        return frozenset(_KATAKANA)
    if cls == "digits":
        return frozenset(_DIGITS | {" "})
    if cls == "postal":
        return frozenset(_DIGITS | _DASH | {"〒", " "})
    if cls == "phone":
        return frozenset(_DIGITS | _DASH | set("()（） "))
    if cls == "number":
        return frozenset(_DIGITS | set(",， "))
    if cls == "date":
        return frozenset(_DATE)
    return None


def allows(cls: str, ch: str) -> bool:
    s = allowed_set(cls)
    if s is not None:
        return ch in s
    if cls == "text":
        return ch == " " or _japanese(ch)
    return True


def class_of(field) -> str:
    return getattr(field, "char_class", None) or TYPE_CLASS.get(field.type, "any")


_KATA = r"\u30a1-\u30fa\u30fc"
_KANJI = r"\u3400-\u4dbf\u4e00-\u9fff々"
# katakana look-alikes that OCR returns as kanji (or hiragana) between katakana
_TO_KATA = {"一": "ー", "―": "ー", "－": "ー", "-": "ー", "卜": "ト", "口": "ロ", "力": "カ", "工": "エ", "夕": "タ",
            "二": "ニ", "八": "ハ", "へ": "ヘ", "べ": "ベ", "ぺ": "ペ", "也": "セ", "千": "チ"}
# and the other way round between kanji
_TO_KANJI = {"ー": "一", "ロ": "口", "カ": "力", "エ": "工", "タ": "夕", "ニ": "二", "ハ": "八", "ト": "卜"}
_SIMPLIFIED = {"锦": "錦", "为": "為", "杂": "雑", "爷": "令", "东": "東", "区": "区", "门": "門", "马": "馬",
               "长": "長", "丰": "豊", "边": "辺", "号": "号", "关": "関", "桥": "橋", "泽": "沢", "滨": "浜",
               "车": "車", "铁": "鉄", "银": "銀", "广": "広", "叶": "葉", "乡": "郷", "岛": "島", "冈": "岡"}


def _is_kata(ch: str) -> bool:
    return bool(ch) and ("\u30a1" <= ch <= "\u30fa" or ch == "ー")


def _is_kanji(ch: str) -> bool:
    return bool(ch) and ("\u3400" <= ch <= "\u9fff" or ch == "々")


def repair(cls: str, text: str) -> str:
    """Map look-alikes by context: in a katakana field everything to katakana; in text, a katakana look-alike
    between katakana (ア一ト → アート) and a kanji look-alike between kanji (ー丁目 → 一丁目); simplified hanzi to
    their Japanese forms. Full-width spaces are kept."""
    if not text:
        return text
    text = "".join(_SIMPLIFIED.get(c, c) for c in text)
    if cls == "katakana":
        return "".join(_TO_KATA.get(c, c) if c not in "-－" or i else c for i, c in enumerate(text))
    if cls != "text":
        return text
    chars = list(text)
    for _ in range(2):  # a run of two look-alikes (ロ一) resolves from both ends
        for i, c in enumerate(chars):
            prev = chars[i - 1] if i else ""
            nxt = chars[i + 1] if i + 1 < len(chars) else ""
            if c in _TO_KATA and _is_kata(prev) and not _is_kanji(nxt):
                chars[i] = _TO_KATA[c]
            elif c in _TO_KATA and c not in "一―－-" and _is_kata(nxt) and not _is_kanji(prev):
                chars[i] = _TO_KATA[c]
            elif c in _TO_KANJI and _is_kanji(nxt) and (_is_kanji(prev) or not prev):
                chars[i] = _TO_KANJI[c]
    return "".join(chars)


_SPACES = re.compile(r"[ \u3000]+")


def keep_name_spaces(text: str) -> str:
    """A run of spaces between words becomes one full-width space (氏名「山田　太郎」, フリガナ「ヤマダ　タロウ」)."""
    return _SPACES.sub("\u3000", text.strip(" \u3000"))


def halfwidth_katakana_to_full(text: str) -> str:
    """ｶ)ﾄｳｷｮｳ → カ）トウキョウ (NFKC for the kana, brackets made full-width as banks print them)."""
    out = []
    for c in text:
        if "\uff61" <= c <= "\uff9f":
            out.append(unicodedata.normalize("NFKC", c))
        else:
            out.append(c)
    t = "".join(out)
    t = unicodedata.normalize("NFKC", t).replace("\u3000", " ")
    return t.replace("(", "（").replace(")", "）")


def lookalike_pair(a: str, b: str) -> bool:
    """True for two characters that only context tells apart (二/ニ, 一/ー, 口/ロ, 卜/ト ...)."""
    return bool(a and b) and (_TO_KATA.get(a) == b or _TO_KATA.get(b) == a or _TO_KANJI.get(a) == b
                              or _TO_KANJI.get(b) == a)
