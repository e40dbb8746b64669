"""pytest-qt: the review page at 1366×768 with a real-looking 17-field form (benchmarks/forms_eval, real OCR):
≥ 10 fields visible, known-right fields collapsed, a doubtful character marked with its name and runner-up; a
confirmed record reopened, corrected (the correction recorded) and its ledger row overwritten."""
import shutil

import openpyxl
import pytest
from PySide6.QtCore import QRect

from desktop.services.forms.ledger import MAIN_SHEET


@pytest.fixture
def kyufu_record(tmp_path):
    from benchmarks.forms_eval import layouts
    from benchmarks.forms_eval.generate import generate
    from desktop.services.forms.extract import extract_batch
    from desktop.services.forms.review_store import ReviewStore
    from desktop.services.forms.template import user_templates_dir

    if not layouts.available_value_fonts():
        pytest.skip("value fonts missing")
    out = tmp_path / "eval"
    truth = generate(out, 1, seed=11, conditions=("clean",), layouts_wanted=["kyufu"])
    shutil.copytree(out / "templates" / "kyufu", user_templates_dir() / "kyufu")
    tpl = str(user_templates_dir() / "kyufu" / "template.json")
    batch = extract_batch(tpl, [str(out / "pages" / truth[0]["file"])])
    (rec,) = batch.records
    addr = rec.field("住所")
    assert len(addr.char_conf) == len(addr.value)        # one probability per character of the value
    addr.char_conf[3] = 0.41                             # one doubtful character (as on a FAX)
    addr.alts[3] = "ー"
    addr.confidence = 0.41
    ReviewStore().add_batch(batch)
    return truth[0]


def test_review_page_at_1366x768_shows_ten_fields_and_marks_the_doubtful_character(qtbot, window, kyufu_record):
    window.resize(1366, 768)
    page = window.open_page("forms")
    review = page.review
    review.template_combo.setCurrentIndex(review.template_combo.findText("児童手当口座振替申請書"))
    qtbot.waitUntil(lambda: len(review.rows) == 17)
    qtbot.waitUntil(lambda: review.rows[-1].isVisible() or review.rows[0].isVisible())
    qtbot.wait(50)
    viewport = review.fields_area.viewport()
    seen = QRect(0, 0, viewport.width(), viewport.height())

    def visible(row):
        top_left = row.mapTo(viewport, row.rect().topLeft())
        return seen.contains(QRect(top_left, row.size()))

    shown = [r.field.name for r in review.rows if visible(r)]
    assert len(shown) >= 10, shown
    first = review.rows[0]
    assert first.field.name == "住所" and not first.compact
    assert first.doubt_label.isVisible() and "<u>" in first.doubt_label.text()
    text = first.doubt_label.text()
    assert "4文字目" in text and "候補「ー」（長音記号）" in text
    compact = [r for r in review.rows if r.compact]
    assert len(compact) >= 12 and all(not r.crop.isVisible() for r in compact)
    compact[0].editors[0].setFocus()
    qtbot.waitUntil(lambda: compact[0].crop.isVisible())  # the crop appears while the field is worked on


def test_a_confirmed_record_is_reopened_corrected_and_its_ledger_row_rewritten(qtbot, window, kyufu_record, tmp_path):
    from desktop.services.forms.review_store import ReviewStore

    window.resize(1366, 768)
    review = window.open_page("forms").review
    review.template_combo.setCurrentIndex(review.template_combo.findText("児童手当口座振替申請書"))
    ledger = tmp_path / "台帳.xlsx"
    review.set_ledger_path(ledger)
    qtbot.waitUntil(lambda: len(review.rows) == 17)
    assert review.confirm_current()
    qtbot.waitUntil(lambda: ledger.exists() and bool(ReviewStore().list("exported")), timeout=20000)
    review.mode_combo.setCurrentIndex(1)                  # 確認済み（修正）
    qtbot.waitUntil(lambda: review.record_list.count() == 1 and len(review.rows) == 17)
    row = next(r for r in review.rows if r.field.name == "勤務先")
    row.editors[0].setText("訂正後の勤務先")
    row.recheck()
    assert review.confirm_current()
    (rec,) = ReviewStore().list("confirmed") or ReviewStore().list("exported")
    (_at, _who, name, _old, new), = ReviewStore().corrections(rec.id)
    assert (name, new) == ("勤務先", "訂正後の勤務先")
    def ledger_says():
        ws = openpyxl.load_workbook(ledger)[MAIN_SHEET]
        header = [c.value for c in ws[1]]
        return ws.max_row == 2 and ws.cell(2, header.index("勤務先") + 1).value == "訂正後の勤務先"
    qtbot.waitUntil(ledger_says, timeout=20000)


def test_the_same_scan_loaded_twice_is_not_added_again_and_the_clerk_is_told(qtbot, app_context, tmp_path):
    from desktop.services.forms import sample_form
    from desktop.ui.forms import create_page

    scan = tmp_path / "scan.png"
    sample_form.draw_filled(sample_form.sample_values(2)).save(scan, dpi=(300, 300))
    page = create_page(app_context)
    qtbot.addWidget(page)
    review = page.review
    handle = review.load_files([str(scan)])
    qtbot.waitUntil(lambda: handle.done, timeout=90000)
    assert review.record_list.count() == 1
    handle = review.load_files([str(scan)])
    qtbot.waitUntil(lambda: handle.done, timeout=90000)
    assert review.record_list.count() == 1
    assert "読み取り済みのスキャンと同じため、追加しませんでした（確認待ち）" in review.message.text()


def test_review_page_at_1366x768_cuts_no_text(qtbot, window, kyufu_record):
    """Screenshot review: the record list scrolled sideways and cut the scan's name (「000_kyufu_clean_takao.pn」);
    the doubtful field's row must get its full height once laid out."""
    from PySide6.QtCore import Qt

    window.resize(1366, 698)
    review = window.open_page("forms").review
    review.template_combo.setCurrentIndex(review.template_combo.findText("児童手当口座振替申請書"))
    qtbot.waitUntil(lambda: len(review.rows) == 17)
    qtbot.wait(100)
    records = review.record_list
    assert records.count() == 1
    assert not records.horizontalScrollBar().isVisible()
    item = records.item(0)
    assert item.toolTip() == item.text()       # the whole name is one hover away
    assert records.textElideMode() == Qt.TextElideMode.ElideMiddle     # 「000_kyu…takao.png p.1」
    first = review.rows[0]
    qtbot.waitUntil(lambda: first.height() >= first.minimumSizeHint().height())
    assert first.doubt_label.height() >= first.doubt_label.heightForWidth(first.doubt_label.width()) - 1


def test_review_rows_fit_the_panel_in_meeting_room_mode_at_1366(qtbot, window, kyufu_record):
    """In 会議室モード at 1366×768 the five check boxes of 連絡方法 made every row wider than the panel: the rows
    were cut on the right and 信頼度 was out of sight. The boxes now wrap."""
    from PySide6.QtCore import QPoint

    window.set_meeting_room(True)
    window.setGeometry(0, 0, 1366, 768)
    review = window.open_page("forms").review
    review.template_combo.setCurrentIndex(review.template_combo.findText("児童手当口座振替申請書"))
    qtbot.waitUntil(lambda: len(review.rows) == 17)
    qtbot.wait(100)
    viewport = review.fields_area.viewport()
    assert review.fields_host.width() <= viewport.width()
    for row in review.rows:
        right = row.conf_label.mapTo(viewport, QPoint(row.conf_label.width(), 0)).x()
        assert right <= viewport.width(), row.field.name
    window.set_meeting_room(False)
