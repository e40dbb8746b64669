from __future__ import annotations

import datetime as dt

import pytest

from desktop.services.common.wareki import (
    WarekiError, fiscal_era_year, fiscal_year, format_both, format_wareki, parse_date, parse_wareki,
)


@pytest.mark.parametrize("text,expected", [
    ("令和5年4月1日", dt.date(2023, 4, 1)),
    ("令和元年5月1日", dt.date(2019, 5, 1)),
    ("平成31年4月30日", dt.date(2019, 4, 30)),
    ("平成元年1月8日", dt.date(1989, 1, 8)),
    ("昭和64年1月7日", dt.date(1989, 1, 7)),
    ("R5.4.1", dt.date(2023, 4, 1)),
    ("令和５年１２月３１日", dt.date(2023, 12, 31)),
])
def test_parse(text, expected):
    assert parse_wareki(text) == expected


@pytest.mark.parametrize("text", ["令和5年2月30日", "平成31年5月1日", "令和0年1月1日", "昭和64年1月8日",
                                  "令和5年13月1日", "2023年4月1日", "れいわ5ねん"])
def test_invalid(text):
    with pytest.raises(WarekiError):
        parse_wareki(text)


def test_format_and_roundtrip():
    assert format_wareki(dt.date(2019, 5, 1)) == "令和元年5月1日"
    assert format_wareki(dt.date(2023, 4, 1)) == "令和5年4月1日"
    assert format_both(dt.date(2026, 11, 25)) == "令和8年11月25日（2026年11月25日）"
    day = dt.date(1995, 7, 14)
    assert parse_wareki(format_wareki(day)) == day


def test_seireki_and_fiscal_year():
    assert parse_date("2023/4/1") == dt.date(2023, 4, 1)
    assert parse_date("令和5年4月1日") == dt.date(2023, 4, 1)
    assert fiscal_year(dt.date(2024, 3, 31)) == 2023
    assert fiscal_era_year(dt.date(2024, 3, 31)) == 5
    assert fiscal_era_year(dt.date(2019, 4, 1)) == 31  # 平成31年度 (the day is still in Heisei)
    assert fiscal_era_year(dt.date(2019, 6, 1)) == 1   # 令和元年度
    assert fiscal_era_year(dt.date(2020, 3, 31)) == 1  # 令和元年度

