"""Review store durability, export to the ledger, and the CLI end to end."""
import dataclasses
import datetime as dt

import numpy as np
import openpyxl
import pytest

from desktop.cli import main as cli_main
from desktop.services.forms import ledger, sample_form
from desktop.services.forms.errors import LedgerLocked
from desktop.services.forms.extract import BatchResult
from desktop.services.forms.review_store import ReviewStore, export_confirmed
from tests.services.forms.conftest import save_png


@pytest.fixture(scope="module")
def two_records(request):
    from desktop.services.forms.extract import FormReader
    from desktop.services.forms.template import load_template
    from tests.services.forms.conftest import bundled_template_path

    tpl = load_template(bundled_template_path())
    reader = FormReader(tpl)
    blank = sample_form.draw_blank()
    bad = sample_form.sample_values(1) | {"郵便番号": "12-3456"}
    recs = [reader.read(np.asarray(sample_form.draw_filled(v, blank)), "/s/a.pdf", i + 1)
            for i, v in enumerate([sample_form.sample_values(0), bad])]
    return tpl, BatchResult(str(tpl.path), recs, [])


def test_confirmed_record_survives_a_new_store_and_exports_once(tmp_path, two_records):
    tpl, batch = two_records
    store = ReviewStore()
    ids = store.add_batch(batch)
    pending = store.list("pending")
    assert [p.page for p in pending] == [1, 2]
    assert pending[1].fields[4].problems[0].code == "invalid_postal"
    assert pending[0].fields[2].crop_image.startswith(b"\xff\xd8") and pending[0].preview_image.startswith(b"\xff\xd8")
    values = dict(batch.records[1].values()) | {"郵便番号": "123-4567"}
    store.confirm(ids[1], values, "tanaka", ["郵便番号"])
    again = ReviewStore()  # as after a crash: a new process opens the same file
    (confirmed,) = again.list("confirmed")
    assert confirmed.confirmed["郵便番号"] == "123-4567"
    assert confirmed.confirmed["生年月日"] == dt.date(1992, 11, 3)
    out = tmp_path / "l.xlsx"
    assert export_confirmed(again, tpl, out) == 1
    assert export_confirmed(again, tpl, out) == 0  # nothing exported twice
    ws = openpyxl.load_workbook(out)[ledger.MAIN_SHEET]
    assert [c.value for c in ws[2]][4] == "123-4567"


class Crash(BaseException):
    """The process dying: nothing after this point runs."""


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_retried_after_a_crash_between_ledger_write_and_marking_adds_no_duplicates(
        tmp_path, two_records, monkeypatch, suffix):
    from tests.services.forms.test_ledger import ledger_ids

    tpl, batch = two_records
    store = ReviewStore()
    ids = store.add_batch(batch)
    for rid, rec in zip(ids, batch.records):
        store.confirm(rid, rec.values() | {"郵便番号": "100-0005"}, "tanaka", [])
    out = tmp_path / f"l{suffix}"

    def crash(self, ids, ledger_path):
        raise Crash()

    with monkeypatch.context() as m, pytest.raises(Crash):
        m.setattr(ReviewStore, "mark_exported", crash)
        export_confirmed(store, tpl, out)
    assert sorted(ledger_ids(out)) == sorted(ids)                  # the ledger was written ...
    assert len(ReviewStore().list("confirmed")) == 2               # ... but the records were not marked
    another_scan = dataclasses.replace(batch.records[0], page=3, page_hash="another scan of the same person")
    (late,) = store.add_batch(BatchResult(batch.template_path, [another_scan], []))
    store.confirm(late, batch.records[0].values(), "tanaka", [])
    again = ReviewStore()                                          # the app restarted
    assert export_confirmed(again, tpl, out) == 1                  # only the new record is appended
    assert sorted(ledger_ids(out)) == sorted(ids + [late])         # every record exactly once
    assert again.list("confirmed") == [] and len(again.list("exported")) == 3
    assert export_confirmed(again, tpl, out) == 0


def test_locked_ledger_keeps_confirmed_records_for_later(tmp_path, two_records):
    tpl, batch = two_records
    store = ReviewStore()
    ids = store.add_batch(batch)
    store.confirm(ids[0], batch.records[0].values(), "tanaka", [])
    out = tmp_path / "l.xlsx"
    (tmp_path / "~$l.xlsx").write_text("x")
    with pytest.raises(LedgerLocked):
        export_confirmed(store, tpl, out)
    assert not out.exists() and len(store.list("confirmed")) == 1
    (tmp_path / "~$l.xlsx").unlink()
    assert export_confirmed(store, tpl, out) == 1 and store.list("confirmed") == []


def test_cli_extract_appends_good_forms_and_queues_the_rest(tmp_path, capfd):
    good = save_png(sample_form.draw_filled(sample_form.sample_values(2)), tmp_path / "good.png")
    bad_values = sample_form.sample_values(3) | {"生年月日": "令和7年2月30日"}
    bad = save_png(sample_form.draw_filled(bad_values), tmp_path / "bad.png")
    out = tmp_path / "ledger.xlsx"
    args = ["forms", "extract", "--template", "証明書交付申請書", str(good), str(bad), "--out", str(out),
            "--review-threshold", "0.9"]
    assert cli_main(args) == 0
    text, err = capfd.readouterr()
    assert "[INFO]" not in err and "engine_name" not in err  # rapidocr's own logging is silenced
    assert "Needs review: bad.png page 1: 生年月日 (invalid_date)" in text
    assert "1 appended" in text
    ws = openpyxl.load_workbook(out)[ledger.MAIN_SHEET]
    assert ws.max_row == 2 and ws.cell(2, 3).value == "鈴木一郎"
    assert [r.source for r in ReviewStore().list("pending")] == [str(bad)]
    assert cli_main(args[:4] + [str(good), "--out", str(out)]) == 0  # the same scan again: not added twice
    text, _err = capfd.readouterr()
    assert "Already read: good.png page 1 is the same scan as a record that is exported" in text
    assert "0 appended" in text
    assert openpyxl.load_workbook(out)[ledger.MAIN_SHEET].max_row == 2
    assert [r.source for r in ReviewStore().list("pending")] == [str(bad)]


def test_cli_one_bad_file_is_reported_and_skipped_the_rest_is_read(tmp_path, capsys):
    good = save_png(sample_form.draw_filled(sample_form.sample_values(0)), tmp_path / "good.png")
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\n garbage")
    out = tmp_path / "ledger.csv"
    assert cli_main(["forms", "extract", "--template", "証明書交付申請書", str(good), str(junk),
                     "--out", str(out), "--review-threshold", "0"]) == 0
    printed = capsys.readouterr().out
    assert "Skipped: junk.pdf is a damaged PDF" in printed
    assert "1 form(s) read" in printed and "1 page(s) skipped" in printed
    assert "山田太郎" in out.read_text(encoding="utf-8-sig")


def test_cli_only_bad_files_appends_nothing(tmp_path, capsys):
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\n garbage")
    out = tmp_path / "ledger.xlsx"
    assert cli_main(["forms", "extract", "--template", "証明書交付申請書", str(junk), "--out", str(out)]) == 1
    err = capsys.readouterr().err  # the app's sentence (Japanese by default), then the service's English detail
    assert err.startswith("エラー: ファイルを読み取れませんでした") and "詳細: junk.pdf is a damaged PDF" in err
    assert not out.exists()


def test_cli_template_with_box_outside_and_listing(tmp_path, capsys):
    import json
    import shutil

    from tests.services.forms.conftest import bundled_template_path

    folder = tmp_path / "t"
    shutil.copytree(bundled_template_path().parent, folder)
    data = json.loads((folder / "template.json").read_text(encoding="utf-8"))
    data["fields"][0]["box"] = [-5, 10, 100, 100]
    (folder / "template.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "l.csv"
    assert cli_main(["forms", "extract", "--template", str(folder / "template.json"), str(folder / "blank.png"),
                     "--out", str(out)]) == 1
    assert "outside the reference image" in capsys.readouterr().err and not out.exists()
    assert cli_main(["forms", "templates"]) == 0
    assert "証明書交付申請書\t9 fields" in capsys.readouterr().out


def test_cli_only_foreign_or_blank_pages_is_an_error(tmp_path, capsys):
    from PIL import Image

    other = save_png(sample_form.draw_other_form(), tmp_path / "other.png")
    blank = tmp_path / "blank.png"
    Image.new("L", sample_form.PAGE, 255).save(blank, dpi=(300, 300))
    out = tmp_path / "ledger.xlsx"
    assert cli_main(["forms", "extract", "--template", "証明書交付申請書", str(other), str(blank),
                     "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert "Skipped: page 1 of other.png is not a 証明書交付申請書 form" in captured.out
    assert "Skipped: page 1 of blank.png is blank" in captured.out
    assert "nothing was appended" in captured.err and not out.exists()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_confirmed_record_reopened_and_corrected_overwrites_its_ledger_row(tmp_path, two_records, suffix):
    from tests.services.forms.test_ledger import ledger_ids

    tpl, batch = two_records
    store = ReviewStore()
    ids = store.add_batch(batch)
    store.confirm(ids[0], batch.records[0].values(), "tanaka", [])
    out = tmp_path / f"l{suffix}"
    assert export_confirmed(store, tpl, out) == 1
    assert store.correct(ids[0], {"氏名": "山田　太郎", "郵便番号": "160-8001"}, "suzuki") == ["氏名"]
    assert store.status(ids[0]) == "confirmed"
    (when, who, name, old, new), = store.corrections(ids[0])
    assert (who, name, old, new) == ("suzuki", "氏名", "山田太郎", "山田　太郎")
    assert export_confirmed(store, tpl, out) == 0          # nothing appended: the row was overwritten
    assert ledger_ids(out) == [ids[0]]
    if suffix == ".xlsx":
        ws = openpyxl.load_workbook(out)[ledger.MAIN_SHEET]
        assert ws.max_row == 2 and ws.cell(2, 3).value == "山田　太郎"
    else:
        text = out.read_text(encoding="utf-8-sig")
        assert "山田　太郎" in text and "山田太郎," not in text and len(text.strip().splitlines()) == 2
    assert store.status(ids[0]) == "exported"
    with pytest.raises(KeyError):
        store.correct(ids[1], {"氏名": "x"}, "suzuki")          # still pending: review it, not correct it
