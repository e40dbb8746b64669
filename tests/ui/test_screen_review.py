"""Defects found by looking at screenshots of every page (scripts/screenshots.py, docs/screenshots/): headings cut
by a stretched table, hints cut in a narrow dialog, pages wider than a 1366×768 screen in both modes."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit


@pytest.mark.parametrize("meeting", [False, True])
def test_template_editor_headings_are_not_cut(window, qtbot, meeting):
    """「形式（正規表現）」 was shown as 「;（正規表:」 and 「枠 (x, y, 幅, 高さ)」 as 「x, y, 幅, 高」 at 1366×768."""
    window.set_meeting_room(meeting)
    window.resize(1366, 698)
    page = window.open_page("forms")
    page.tabs.setCurrentIndex(1)
    editor = page.editor
    qtbot.wait(20)
    header = editor.table.horizontalHeader()
    metrics = header.fontMetrics()
    for col in range(editor.table.columnCount()):
        text = editor.table.horizontalHeaderItem(col).text()
        assert header.sectionSize(col) >= metrics.horizontalAdvance(text), (meeting, text)
        assert editor.table.horizontalHeaderItem(col).toolTip()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_sync_sign_in_dialog_shows_its_hints_whole(window, qtbot, lang):
    """The password fields' hints were cut (「変更しない場…」「送付にSMTPの…」)."""
    from desktop.ui.sync.signin_dialog import SignInDialog

    window.set_language(lang)
    dialog = SignInDialog(None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for edit in dialog.findChildren(QLineEdit):
        if edit.placeholderText():
            inner = edit.width() - 12          # the frame and the text margins
            assert edit.fontMetrics().horizontalAdvance(edit.placeholderText()) <= inner, edit.placeholderText()
    assert dialog.width() <= 1366
