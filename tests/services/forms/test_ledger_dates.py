"""Ledger date format (setting forms_ledger_dates): 西暦 date cell, 和暦 text, or both; re-read with openpyxl/csv."""
import csv
import datetime as dt

import openpyxl
import pytest

from desktop.services.forms import ledger
from desktop.services.forms.errors import LedgerError
from desktop.services.settings import SCHEMA, Settings, coerce

# 申請日 on the first day of 令和 (元年), 生年月日 on the last day of 平成
DATES = {"申請日": dt.date(2019, 5, 1), "生年月日": dt.date(2019, 4, 30)}
WAREKI = {"申請日": "令和元年5月1日", "生年月日": "平成31年4月30日"}


def row(i=0, **dates):
    values = {"申請日": DATES["申請日"], "フリガナ": "ヤマダタロウ", "氏名": f"山田太郎{i}",
              "生年月日": DATES["生年月日"], "郵便番号": "012-0034", "住所": "東京都新宿区西新宿2-8-1",
              "電話番号": "03-5321-1111", "証明書の種類": ["住民票の写し"], "郵送希望": True} | dates
    return ledger.LedgerRow(f"id{i}", values, {k: 0.95 for k in values}, f"/scans/b{i}.pdf", 1, "tanaka",
                            dt.datetime(2025, 11, 10, 9, 0, 0))


def read_xlsx(path):
    ws = openpyxl.load_workbook(path)[ledger.MAIN_SHEET]
    header = [c.value for c in ws[1]]
    return header, [{h: ws.cell(r, i + 1) for i, h in enumerate(header)} for r in range(2, ws.max_row + 1)]


def test_seireki_is_the_default_and_writes_date_cells(tmp_path, template):
    assert SCHEMA["forms_ledger_dates"].default == "seireki"
    path = tmp_path / "l.xlsx"
    ledger.append(path, template, [row()])
    header, (cells,) = read_xlsx(path)
    assert header == [f.name for f in template.fields]
    for name, day in DATES.items():
        assert cells[name].is_date and cells[name].value.date() == day
        assert cells[name].number_format == "yyyy/mm/dd"


def test_wareki_writes_text_cells_with_gannen_and_the_era_boundary(tmp_path, template):
    path = tmp_path / "l.xlsx"
    ledger.append(path, template, [row(), row(1, 申請日=dt.date(2025, 11, 10), 生年月日=dt.date(1989, 1, 7))],
                  date_format="wareki")
    header, (first, second) = read_xlsx(path)
    assert header == [f.name for f in template.fields]
    for name, text in WAREKI.items():
        assert first[name].value == text and first[name].data_type == "s" and not first[name].is_date
        assert first[name].number_format == "@"
    assert second["申請日"].value == "令和7年11月10日"
    assert second["生年月日"].value == "昭和64年1月7日"


def test_both_adds_a_wareki_text_column_after_each_date(tmp_path, template):
    path = tmp_path / "l.xlsx"
    ledger.append(path, template, [row()], date_format="both")
    header, (cells,) = read_xlsx(path)
    names = [f.name for f in template.fields]
    assert len(header) == len(names) + 2
    for name, day in DATES.items():
        assert header[header.index(name) + 1] == name + "（和暦）"
        assert cells[name].is_date and cells[name].value.date() == day
        assert cells[name + "（和暦）"].value == WAREKI[name] and cells[name + "（和暦）"].data_type == "s"
    assert cells["郵便番号"].value == "012-0034"   # the other columns are unchanged
    assert cells["郵送希望"].value is True
    meta = openpyxl.load_workbook(path)[ledger.META_SHEET]
    assert [c.value for c in meta[1]][len(ledger.META_HEADER):] == [f"信頼度:{n}" for n in names]


@pytest.mark.parametrize("date_format", ["seireki", "wareki", "both"])
def test_csv_ledger_has_the_same_columns(tmp_path, template, date_format):
    path = tmp_path / "l.csv"
    ledger.append(path, template, [row()], date_format=date_format)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    rec = dict(zip(lines[0], lines[1]))
    if date_format == "wareki":
        assert rec["申請日"] == "令和元年5月1日" and rec["生年月日"] == "平成31年4月30日"
        assert "申請日（和暦）" not in rec
    else:
        assert rec["申請日"] == "2019-05-01" and rec["生年月日"] == "2019-04-30"
        assert ("申請日（和暦）" in rec) == (date_format == "both")
    if date_format == "both":
        assert rec["申請日（和暦）"] == "令和元年5月1日" and rec["生年月日（和暦）"] == "平成31年4月30日"


def test_a_corrected_row_is_rewritten_in_the_ledgers_format(tmp_path, template):
    path = tmp_path / "l.xlsx"
    ledger.append(path, template, [row()], date_format="both")
    fixed = row(申請日=dt.date(2019, 12, 31))
    res = ledger.append_rows(path, template, [fixed], replace={"id0"}, date_format="both")
    assert res.added == [] and res.present == ["id0"]
    _header, (cells,) = read_xlsx(path)
    assert cells["申請日"].value.date() == dt.date(2019, 12, 31)
    assert cells["申請日（和暦）"].value == "令和元年12月31日"


def test_text_that_is_not_a_date_is_kept_and_wareki_text_is_normalised(tmp_path, template):
    path = tmp_path / "l.xlsx"
    ledger.append(path, template, [row(申請日="R1.5.7", 生年月日="不明")], date_format="wareki")
    _header, (cells,) = read_xlsx(path)
    assert cells["申請日"].value == "令和元年5月7日"
    assert cells["生年月日"].value == "不明"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_ledger_started_with_another_format_is_refused_naming_it(tmp_path, template, suffix):
    path = tmp_path / f"l{suffix}"
    ledger.append(path, template, [row()], date_format="both")
    before = path.read_bytes()
    with pytest.raises(LedgerError, match=r"another date format \(both.*is seireki"):
        ledger.append(path, template, [row(1)])
    assert path.read_bytes() == before
    assert ledger.append(path, template, [row(1)], date_format="both") == 2


def test_unknown_format_is_refused(tmp_path, template):
    with pytest.raises(LedgerError):
        ledger.append(tmp_path / "l.xlsx", template, [row()], date_format="heisei")
    with pytest.raises(ValueError):
        coerce("forms_ledger_dates", "heisei")


def test_the_policy_sets_and_locks_the_format(tmp_path, monkeypatch):
    policy = tmp_path / "policy.toml"
    policy.write_text('[settings]\nforms_ledger_dates = "wareki"\n[locked]\nkeys = ["forms_ledger_dates"]\n',
                      encoding="utf-8")
    monkeypatch.setenv("TOSEI_DESK_POLICY", str(policy))
    s = Settings(path=tmp_path / "settings.json")
    assert s.get("forms_ledger_dates") == "wareki" and s.is_locked("forms_ledger_dates")


def test_cli_writes_the_format_the_policy_sets(tmp_path, monkeypatch, capsys):
    from desktop.cli import main as cli_main
    from desktop.services.forms import sample_form
    from tests.services.forms.conftest import save_png

    policy = tmp_path / "policy.toml"
    policy.write_text('[settings]\nforms_ledger_dates = "both"\n[locked]\nkeys = ["forms_ledger_dates"]\n',
                      encoding="utf-8")
    monkeypatch.setenv("TOSEI_DESK_POLICY", str(policy))
    scan = save_png(sample_form.draw_filled(sample_form.sample_values(0) | WAREKI), tmp_path / "scan.png")
    out = tmp_path / "ledger.xlsx"
    assert cli_main(["forms", "extract", "--template", "証明書交付申請書", str(scan), "--out", str(out),
                     "--review-threshold", "0"]) == 0
    assert "1 appended" in capsys.readouterr().out
    _header, (cells,) = read_xlsx(out)
    for name, day in DATES.items():
        assert cells[name].is_date and cells[name].value.date() == day
        assert cells[name + "（和暦）"].value == WAREKI[name]
