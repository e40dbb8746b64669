import datetime as dt

import pytest

from desktop.services.forms import normalise
from desktop.services.forms.template import Field, Option
from desktop.services.forms.validate import normalise_text, revalidate, validate_group, validate_text


def check(ftype, raw, **kw):
    f = Field("x", ftype, (0, 0, 10, 10), **kw)
    return validate_text(f, normalise_text(ftype, raw))


def test_base_normalisation_nfkc_keeps_the_full_width_space_between_words():
    assert normalise.base("山田　太郎") == "山田　太郎"
    assert normalise.base("山田  太郎") == "山田　太郎"
    assert normalise.base("ＡＢＣ　１２３") == "ABC 123"
    assert normalise.base("西新宿2-8-1  グリーンハイツ101") == "西新宿2-8-1　グリーンハイツ101"


def test_kana_half_width_and_hiragana_become_katakana():
    assert normalise.kana("ﾔﾏﾀﾞ ﾀﾛｳ") == "ヤマダ　タロウ"
    assert normalise.kana("やまだたろう") == "ヤマダタロウ"
    assert normalise.kana("ｶ)ﾄｳｷｮｳｻｰﾋﾞｽ") == "カ）トウキョウサービス"
    assert normalise.kana("ユ) ミドリ") == "ユ）ミドリ"
    assert check("kana", "カ）トウキョウ　サービス")[1] == []
    assert check("kana", "ヤマダ")[1] == []
    assert [p.code for p in check("kana", "山田")[1]] == ["not_kana"]


@pytest.mark.parametrize("raw, expected", [
    ("〒160-8001", "160-8001"), ("T160-8001", "160-8001"), ("干1608001", "160-8001"),
    ("１６０－８００１", "160-8001"), ("160ー8001", "160-8001"), ("012-0001", "012-0001"),
])
def test_postal_codes_do_not_trust_the_mark(raw, expected):
    value, problems = check("postal", raw)
    assert value == expected and problems == []


@pytest.mark.parametrize("raw", ["12-345", "160-80011", "16O-8001", "電話"])
def test_invalid_postal_codes_are_flagged(raw):
    assert [p.code for p in check("postal", raw)[1]] == ["invalid_postal"]


def test_phone_numbers():
    assert check("phone", "03-5321-1111") == ("03-5321-1111", [])
    assert check("phone", "０９０ー１２３４ー５６７８")[0] == "090-1234-5678"
    assert check("phone", "(03)5321-1111")[1] == []
    assert [p.code for p in check("phone", "5321-1111")[1]] == ["invalid_phone"]


def test_wareki_dates_are_converted():
    assert check("date_wareki", "令和5年4月1日") == (dt.date(2023, 4, 1), [])
    assert check("date_wareki", "平成元年1月8日")[0] == dt.date(1989, 1, 8)
    assert check("date_wareki", "昭和 60年 6月 15日")[0] == dt.date(1985, 6, 15)
    assert check("date_wareki", "R6.4.1")[0] == dt.date(2024, 4, 1)


@pytest.mark.parametrize("raw", ["令和5年2月30日", "平成32年1月1日", "昭和64年1月8日", "令和五年"])
def test_impossible_dates_are_flagged_not_accepted(raw):
    value, problems = check("date_wareki", raw)
    assert value is None and [p.code for p in problems] == ["invalid_date"]


def test_required_empty_and_numbers():
    assert [p.code for p in check("text", "", required=True)[1]] == ["required"]
    assert check("text", "")[1] == []
    assert check("number", "1,234") == (1234, [])
    assert [p.code for p in check("number", "12a")[1]] == ["invalid_number"]


def test_checkbox_group_rules():
    opts = (Option("a", (0, 0, 5, 5)), Option("b", (9, 0, 5, 5)))
    one = Field("g", "checkbox_group", None, rule="exactly_one", options=opts)
    assert validate_group(one, ["a"]) == []
    assert [p.code for p in validate_group(one, [])] == ["group_none"]
    assert [p.code for p in validate_group(one, ["a", "b"])] == ["group_multiple"]
    some = Field("g", "checkbox_group", None, rule="at_least_one", options=opts)
    assert validate_group(some, ["a", "b"]) == [] and validate_group(some, [])[0].code == "group_none"


def test_revalidate_edited_values():
    f = Field("生年月日", "date_wareki", (0, 0, 1, 1))
    assert revalidate(f, "平成4年11月3日") == (dt.date(1992, 11, 3), [])
    assert revalidate(f, "平成4年13月3日")[1][0].code == "invalid_date"
    assert revalidate(Field("c", "checkbox", (0, 0, 1, 1)), 1) == (True, [])
