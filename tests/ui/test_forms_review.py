"""pytest-qt: read a batch (real OCR in a child process) → review → correct a field → confirm → ledger row."""
import openpyxl
from PySide6.QtCore import Qt

from desktop.services.forms import sample_form
from desktop.services.forms.ledger import MAIN_SHEET, META_SHEET


def test_batch_review_correct_confirm_appends_to_ledger(qtbot, app_context, tmp_path):
    from desktop.ui.forms import create_page

    good = tmp_path / "good.png"
    sample_form.draw_filled(sample_form.sample_values(0)).save(good, dpi=(300, 300))
    bad = tmp_path / "bad.png"
    sample_form.draw_filled(sample_form.sample_values(1) | {"郵便番号": "10-0005"}).save(bad, dpi=(300, 300))
    page = create_page(app_context)
    qtbot.addWidget(page)
    page.resize(1280, 900)
    page.show()
    page.activateWindow()
    review = page.review
    ledger = tmp_path / "台帳.xlsx"
    review.set_ledger_path(ledger)
    handle = review.load_files([str(good), str(bad)])
    qtbot.waitUntil(lambda: handle.done, timeout=90000)  # no race with a fast job
    assert review.record_list.count() == 2
    # the record with the bad postal code: its invalid field is listed first
    review.record_list.setCurrentRow(1)
    qtbot.waitUntil(lambda: review.rows[0].isVisible())
    assert review.current.source == str(bad)
    first = review.rows[0]
    assert first.field.name == "郵便番号" and first.problems[0].code == "invalid_postal"
    assert not review.confirm_current()            # invalid values are not accepted
    assert review.record_list.count() == 2
    edit = first.editors[0]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "100-0005")
    assert first.problems == []
    # Enter walks through the remaining fields; Enter on the last one confirms
    visited = []
    for _ in range(sum(len(r.editors) for r in review.rows)):
        focused = review.active_editor()
        visited.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Return)
        if review.record_list.count() == 1:
            break
    assert review.record_list.count() == 1
    assert len(set(visited)) == len(visited) == 11   # every editor visited once, in order
    qtbot.waitUntil(lambda: ledger.exists(), timeout=20000)
    wb = openpyxl.load_workbook(ledger)
    rows = list(wb[MAIN_SHEET].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 1
    header = [c.value for c in wb[MAIN_SHEET][1]]
    row = dict(zip(header, rows[0]))
    assert row["郵便番号"] == "100-0005" and row["氏名"] == "佐藤花子"
    meta = dict(zip([c.value for c in wb[META_SHEET][1]], next(wb[META_SHEET].iter_rows(min_row=2, values_only=True))))
    assert meta["修正した項目"] == "郵便番号" and meta["元ファイル"] == "bad.png"
    # the other record is confirmed with Ctrl+Enter and appended after the first
    review.record_list.setCurrentRow(0)
    qtbot.keyClick(review.rows[0].editors[0], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert review.record_list.count() == 0
    qtbot.waitUntil(lambda: openpyxl.load_workbook(ledger)[MAIN_SHEET].max_row == 3, timeout=20000)
