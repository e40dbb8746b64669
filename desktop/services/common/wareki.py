"""Japanese era (和暦) dates: formatting, parsing and fiscal years.

Eras: 明治 (1868-10-23), 大正 (1912-07-30), 昭和 (1926-12-25), 平成 (1989-01-08), 令和 (2019-05-01).
元年 is year 1. A parsed date must exist in the calendar and fall inside its era.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Era:
    name: str
    letter: str
    start: dt.date


ERAS: tuple[Era, ...] = (
    Era("令和", "R", dt.date(2019, 5, 1)),
    Era("平成", "H", dt.date(1989, 1, 8)),
    Era("昭和", "S", dt.date(1926, 12, 25)),
    Era("大正", "T", dt.date(1912, 7, 30)),
    Era("明治", "M", dt.date(1868, 10, 23)),
)
_BY_NAME = {e.name: e for e in ERAS} | {e.letter: e for e in ERAS} | {e.letter.lower(): e for e in ERAS}


class WarekiError(ValueError):
    """Text that is not a valid 和暦 date (unknown era, impossible day, outside its era)."""


def era_of(day: dt.date) -> Era:
    for era in ERAS:
        if day >= era.start:
            return era
    raise WarekiError(f"{day.isoformat()} is before the Meiji era")


def era_year(day: dt.date) -> tuple[Era, int]:
    era = era_of(day)
    return era, day.year - era.start.year + 1


def format_wareki(day: dt.date, *, gannen: bool = True) -> str:
    """``date(2023, 4, 1)`` → ``"令和5年4月1日"`` (year 1 as 元年 unless ``gannen=False``)."""
    era, year = era_year(day)
    y = "元" if (year == 1 and gannen) else str(year)
    return f"{era.name}{y}年{day.month}月{day.day}日"


def format_both(day: dt.date) -> str:
    """``"令和5年4月1日（2023年4月1日）"``: 和暦 with 西暦 in brackets, as cover sheets show it."""
    return f"{format_wareki(day)}（{day.year}年{day.month}月{day.day}日）"


_PATTERN = re.compile(
    r"^\s*(?P<era>令和|平成|昭和|大正|明治|[RHSTMrhstm])\.?\s*(?P<y>元|\d{1,2})\s*[年.\-/]\s*"
    r"(?P<m>\d{1,2})\s*[月.\-/]\s*(?P<d>\d{1,2})\s*日?\s*$"
)
_SEIREKI = re.compile(r"^\s*(?P<y>\d{4})\s*[年.\-/]\s*(?P<m>\d{1,2})\s*[月.\-/]\s*(?P<d>\d{1,2})\s*日?\s*$")


def parse_wareki(text: str) -> dt.date:
    """Parse ``令和5年4月1日`` / ``R5.4.1`` / ``平成元年1月8日`` (full-width digits allowed) into a date."""
    norm = unicodedata.normalize("NFKC", text).replace(" ", "")
    m = _PATTERN.match(norm)
    if not m:
        raise WarekiError(f"not a 和暦 date: {text!r}")
    era = _BY_NAME[m["era"]]
    year = 1 if m["y"] == "元" else int(m["y"])
    if year < 1:
        raise WarekiError(f"era year must be 1 or more: {text!r}")
    try:
        day = dt.date(era.start.year + year - 1, int(m["m"]), int(m["d"]))
    except ValueError:
        raise WarekiError(f"no such calendar day: {text!r}") from None
    if day < era.start:
        raise WarekiError(f"{text!r} is before the start of {era.name}")
    nxt = [e for e in ERAS if e.start > era.start]
    if nxt and day >= min(e.start for e in nxt):
        raise WarekiError(f"{text!r} is after the end of {era.name}")
    return day


def parse_date(text: str) -> dt.date:
    """Parse a 和暦 or 西暦 (``2023年4月1日``, ``2023-04-01``, ``2023/4/1``) date."""
    norm = unicodedata.normalize("NFKC", text).replace(" ", "")
    m = _SEIREKI.match(norm)
    if m:
        try:
            return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            raise WarekiError(f"no such calendar day: {text!r}") from None
    return parse_wareki(norm)


def fiscal_year(day: dt.date) -> int:
    """Japanese fiscal year (April–March), as a 西暦 year: 2024-03-31 → 2023."""
    return day.year if day.month >= 4 else day.year - 1


def fiscal_era_year(day: dt.date) -> int:
    """Era year of the fiscal year containing ``day``, counted in the era in force on ``day``, as used in
    document numbers: 2023-06-01 → 5 (令和5年度); 2019-06-01 → 1 (令和元年度); 2019-04-10 → 31 (平成31年度,
    still Heisei on that day); 2020-03-31 → 1 (令和元年度)."""
    return fiscal_year(day) - era_of(day).start.year + 1
