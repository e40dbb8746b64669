"""pytest-qt: 次を検索/前を検索 in the transcript editor (Enter / Shift+Enter), wrapping around, ignoring case and
full/half width, with the matching lines highlighted and the result count in the status."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.services.minutes.transcript import Segment, Transcript
from desktop.ui.minutes.segments_model import MATCH_BACKGROUND

TEXTS = ["予算の説明です。", "ＡＢＣ社の件について。", "質問はありますか。", "abc の報告です。", "ｶﾀｶﾅの資料。"]
FILLER = [f"{i} 番目の発言です。" for i in range(40)]


@pytest.fixture
def editor(qtbot, app_context):
    from desktop.ui.minutes import create_page

    page = create_page(app_context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    texts = TEXTS + FILLER + ["最後に ABC をまとめます。"]
    page.show_transcript(Transcript([Segment(2.0 * i, 2.0 * i + 2, t, "話者1") for i, t in enumerate(texts)],
                                    "ja", 2.0 * len(texts)))
    return page.editor


def highlighted(editor) -> list[int]:
    model = editor.model
    return [r for r in range(model.rowCount())
            if model.data(model.index(r, 2), Qt.ItemDataRole.BackgroundRole) == MATCH_BACKGROUND]


def test_enter_finds_next_and_shift_enter_previous_wrapping_around(qtbot, editor):
    statuses = []
    editor.status.connect(statuses.append)
    last = editor.model.rowCount() - 1
    assert not editor.find_next_button.isEnabled()  # nothing to find yet
    editor.find_edit.setFocus()
    qtbot.keyClicks(editor.find_edit, "abc")  # matches ＡＢＣ (full width), abc and ABC
    assert editor.find_next_button.isEnabled() and editor.find_prev_button.isEnabled()
    qtbot.keyClick(editor.find_edit, Qt.Key.Key_Return)
    assert editor.selected_rows() == [1] and statuses[-1] == "3 件中 1 件目"
    assert editor.find_result.text() == "3 件中 1 件目"
    qtbot.keyClick(editor.find_edit, Qt.Key.Key_Return)
    assert editor.selected_rows() == [3] and statuses[-1] == "3 件中 2 件目"
    qtbot.mouseClick(editor.find_next_button, Qt.MouseButton.LeftButton)
    assert editor.selected_rows() == [last] and statuses[-1] == "3 件中 3 件目"
    # the last line is far below the first screenful: it was scrolled into view
    rect = editor.table.visualRect(editor.model.index(last, 2))
    assert editor.table.viewport().rect().intersects(rect)
    qtbot.keyClick(editor.find_edit, Qt.Key.Key_Return)  # wraps to the first match
    assert editor.selected_rows() == [1] and statuses[-1] == "3 件中 1 件目"
    qtbot.keyClick(editor.find_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # wraps backwards
    assert editor.selected_rows() == [last] and statuses[-1] == "3 件中 3 件目"
    qtbot.mouseClick(editor.find_prev_button, Qt.MouseButton.LeftButton)
    assert editor.selected_rows() == [3] and statuses[-1] == "3 件中 2 件目"
    assert editor.find_edit.hasFocus()  # Enter again goes on searching
    assert editor.model.rowCount() == len(TEXTS) + len(FILLER) + 1  # finding changed nothing


def test_half_width_katakana_and_not_found(qtbot, editor):
    statuses = []
    editor.status.connect(statuses.append)
    editor.find_edit.setText("カタカナ")
    assert editor.find_next() == 4 and statuses[-1] == "1 件中 1 件目"
    assert editor.find_next() == 4  # the only match: wraps onto itself
    editor.find_edit.setText("決算")
    assert editor.find_next() == -1 and statuses[-1] == "見つかりません"
    assert editor.find_result.text() == "見つかりません"
    assert editor.selected_rows() == [4]  # the selection stays where it was
    assert editor.find_previous() == -1


def test_matching_rows_are_highlighted_and_cleared(qtbot, editor):
    assert highlighted(editor) == []
    editor.find_edit.setText("ＡＢＣ")
    last = editor.model.rowCount() - 1
    assert highlighted(editor) == [1, 3, last]
    changed = []
    editor.model.dataChanged.connect(lambda a, b, roles: changed.append(Qt.ItemDataRole.BackgroundRole in roles))
    editor.find_edit.setText("質問")
    assert highlighted(editor) == [2] and changed and all(changed)  # the view was told to repaint
    editor.model.setData(editor.model.index(0, 2), "質問の前に予算の説明です。")  # an edit can make a new match
    assert highlighted(editor) == [0, 2]
    editor.undo_stack.undo()
    assert highlighted(editor) == [2]
    editor.find_edit.clear()
    assert highlighted(editor) == [] and editor.find_result.text() == ""
    assert not editor.find_next_button.isEnabled()
