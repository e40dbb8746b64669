"""The ledger re-read with openpyxl/csv: typed cells, confidence sheet, appends, refusals."""
import csv
import datetime as dt

import openpyxl
import pytest

from desktop.services.forms import ledger
from desktop.services.forms.errors import LedgerChanged, LedgerError, LedgerLocked


def row(i=0, **changes):
    values = {"申請日": dt.date(2024, 4, 1), "フリガナ": "ヤマダタロウ", "氏名": f"山田太郎{i}",
              "生年月日": dt.date(1985, 6, 15), "郵便番号": "012-0034", "住所": "東京都新宿区西新宿2-8-1",
              "電話番号": "03-5321-1111", "証明書の種類": ["住民票の写し"], "郵送希望": True} | changes
    conf = {k: 0.95 for k in values} | {"氏名": 0.42}
    return ledger.LedgerRow(f"id{i}", values, conf, f"/scans/batch{i}.pdf", i + 1, "tanaka",
                            dt.datetime(2024, 4, 2, 9, 30, 15), ["氏名"])


def test_xlsx_typed_cells_and_confidence_sheet(tmp_path, template):
    path = tmp_path / "台帳.xlsx"
    assert ledger.append(path, template, [row()]) == 1
    wb = openpyxl.load_workbook(path)
    ws = wb[ledger.MAIN_SHEET]
    header = [c.value for c in ws[1]]
    assert header == [f.name for f in template.fields]
    cells = {h: ws.cell(2, i + 1) for i, h in enumerate(header)}
    assert cells["申請日"].is_date and cells["申請日"].value.date() == dt.date(2024, 4, 1)
    assert cells["生年月日"].value.date() == dt.date(1985, 6, 15)
    assert cells["郵便番号"].value == "012-0034" and cells["郵便番号"].data_type == "s"
    assert cells["郵便番号"].number_format == "@"
    assert cells["電話番号"].value == "03-5321-1111"
    assert cells["証明書の種類"].value == "住民票の写し"
    assert cells["郵送希望"].value is True
    meta = wb[ledger.META_SHEET]
    mh = [c.value for c in meta[1]]
    m = {h: meta.cell(2, i + 1).value for i, h in enumerate(mh)}
    assert m["元ファイル"] == "batch0.pdf" and m["ページ"] == 1 and m["確認者"] == "tanaka"
    assert m["確認日時"] == dt.datetime(2024, 4, 2, 9, 30, 15)
    assert m["信頼度:氏名"] == 0.42 and m["最低信頼度"] == 0.42 and m["修正した項目"] == "氏名"


def test_appending_twice_keeps_both(tmp_path, template):
    path = tmp_path / "台帳.xlsx"
    ledger.append(path, template, [row(0)])
    assert ledger.append(path, template, [row(1), row(2)]) == 3
    wb = openpyxl.load_workbook(path)
    names = [r[2] for r in wb[ledger.MAIN_SHEET].iter_rows(min_row=2, values_only=True)]
    assert names == ["山田太郎0", "山田太郎1", "山田太郎2"]
    assert wb[ledger.META_SHEET].max_row == 4


@pytest.mark.parametrize("lock_name", ["~$台帳.xlsx", ".~lock.台帳.xlsx#"])
def test_refuses_a_ledger_open_in_excel_or_libreoffice(tmp_path, template, lock_name):
    path = tmp_path / "台帳.xlsx"
    ledger.append(path, template, [row(0)])
    before = path.read_bytes()
    (tmp_path / lock_name).write_text("user,host")
    with pytest.raises(LedgerLocked, match="open in another program"):
        ledger.append(path, template, [row(1)])
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["台帳.xlsx", lock_name])  # no temp left


def test_refuses_when_the_file_changed_while_writing(tmp_path, template, monkeypatch):
    path = tmp_path / "台帳.xlsx"
    ledger.append(path, template, [row(0)])
    real_save = openpyxl.Workbook.save

    def save_while_someone_else_writes(self, filename):
        real_save(self, filename)
        wb = openpyxl.load_workbook(path)
        wb[ledger.MAIN_SHEET].append(["他の人の行"])
        real_save(wb, path)

    monkeypatch.setattr(openpyxl.Workbook, "save", save_while_someone_else_writes)
    with pytest.raises(LedgerChanged):
        ledger.append(path, template, [row(1)])
    monkeypatch.undo()
    rows = list(openpyxl.load_workbook(path)[ledger.MAIN_SHEET].iter_rows(min_row=2, values_only=True))
    assert [r[0] if r[0] == "他の人の行" else r[2] for r in rows] == ["山田太郎0", "他の人の行"]
    assert len(list(tmp_path.iterdir())) == 1


def test_refuses_a_ledger_of_another_form(tmp_path, template):
    path = tmp_path / "other.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = ledger.MAIN_SHEET
    wb.active.append(["件名", "日付"])
    wb.create_sheet(ledger.META_SHEET)
    wb.save(path)
    with pytest.raises(LedgerError, match="another form"):
        ledger.append(path, template, [row()])


def test_not_a_workbook(tmp_path, template):
    path = tmp_path / "fake.xlsx"
    path.write_text("hello")
    with pytest.raises(LedgerError, match="not a readable Excel workbook"):
        ledger.append(path, template, [row()])
    assert path.read_text() == "hello"


def test_csv_ledger_keeps_leading_zeros_and_appends(tmp_path, template):
    path = tmp_path / "台帳.csv"
    ledger.append(path, template, [row(0)])
    ledger.append(path, template, [row(1)])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\xef\xbb\xbf") == 1  # Excel-friendly UTF-8
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [r["氏名"] for r in rows] == ["山田太郎0", "山田太郎1"]
    assert rows[0]["郵便番号"] == "012-0034" and rows[0]["生年月日"] == "1985-06-15"
    assert rows[1]["信頼度:氏名"] == "0.42" and rows[1]["ページ"] == "2"


def test_other_suffix_refused(tmp_path, template):
    with pytest.raises(LedgerError, match=".xlsx or .csv"):
        ledger.append(tmp_path / "x.txt", template, [row()])


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_rows_already_in_the_ledger_are_skipped_by_record_id(tmp_path, template, suffix):
    path = tmp_path / f"台帳{suffix}"
    first = ledger.append_rows(path, template, [row(0), row(1)])
    assert (first.added, first.present, first.total) == (["id0", "id1"], [], 2)
    stamp = path.stat().st_mtime_ns, path.read_bytes()
    again = ledger.append_rows(path, template, [row(1), row(0)])
    assert (again.added, again.present, again.total) == ([], ["id1", "id0"], 2)
    assert (path.stat().st_mtime_ns, path.read_bytes()) == stamp  # nothing new: the file is not rewritten
    mixed = ledger.append_rows(path, template, [row(1), row(2), row(2)])
    assert (mixed.added, mixed.present, mixed.total) == (["id2"], ["id1", "id2"], 3)
    assert ledger_ids(path) == ["id0", "id1", "id2"]


def test_a_ledger_without_the_record_id_column_still_opens(tmp_path, template):
    path = tmp_path / "手作り.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = ledger.MAIN_SHEET
    wb.active.append([f.name for f in template.fields])
    wb.create_sheet(ledger.META_SHEET).append(["元ファイル", "ページ"])
    wb.save(path)
    assert ledger.append(path, template, [row(0)]) == 1
    assert ledger.append(path, template, [row(1)]) == 2
    names = [r[2] for r in openpyxl.load_workbook(path)[ledger.MAIN_SHEET].iter_rows(min_row=2, values_only=True)]
    assert names == ["山田太郎0", "山田太郎1"]


def ledger_ids(path):
    """The 記録ID column of an xlsx or csv ledger, in row order."""
    if path.suffix == ".csv":
        return [r[ledger.ID_COLUMN] for r in csv.DictReader(path.read_bytes().decode("utf-8-sig").splitlines())]
    meta = openpyxl.load_workbook(path)[ledger.META_SHEET]
    col = [c.value for c in meta[1]].index(ledger.ID_COLUMN)
    return [r[col] for r in meta.iter_rows(min_row=2, values_only=True)]
