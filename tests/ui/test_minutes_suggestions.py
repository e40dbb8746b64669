"""pytest-qt: 議事録の提案 — suggestions from the transcript with source line and time; only ticked ones reach the
form; the new header fields (欠席者, 配布資料) and sections (要旨, ToDo) round-trip through the form."""
from __future__ import annotations

import pytest

from desktop.services.minutes.transcript import MinutesMeta, Segment, Transcript

LINES = ["本日の議題は来年度予算についてです。", "予算案を原案どおり承認します。", "次回は12月2日に開催します。",
         "金曜日までに資料の提出をお願いします。", "以上です。"]


@pytest.fixture
def page(qtbot, app_context):
    from desktop.ui.minutes import create_page

    widget = create_page(app_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.show_transcript(Transcript([Segment(5.0 * i, 5.0 * i + 4, t, f"話者{i % 2 + 1}")
                                       for i, t in enumerate(LINES)], "ja", 30.0))
    return widget


def test_only_accepted_suggestions_reach_the_minutes(qtbot, page):
    dialog = page.suggestions_dialog()
    qtbot.addWidget(dialog)
    kinds = {s.kind: s for s in dialog.suggestions}
    assert {"decision", "next", "todo"} <= kinds.keys(), dialog.suggestions
    decision = kinds["decision"]
    assert decision.segment == 1 and decision.start == 5.0 and decision.speaker == "話者2"
    row = dialog.tree.topLevelItem(dialog.suggestions.index(decision))
    assert row.text(1) == "2" and row.text(2) == "0:00:05"  # source line and time shown
    assert dialog.chosen() == []  # nothing is suggested into the minutes unticked
    dialog.set_checked(dialog.suggestions.index(decision))
    dialog.set_checked(dialog.suggestions.index(kinds["todo"]))
    page.apply_suggestions(dialog.chosen())
    meta = page.meta_form.meta()
    assert meta.decisions == ["予算案を原案どおり承認します。"]
    assert meta.todos == ["金曜日までに資料の提出をお願いします。"]
    assert meta.next_meeting == ""  # rejected (not ticked)
    page.apply_suggestions(dialog.chosen())  # accepting again does not duplicate
    assert page.meta_form.meta().decisions == ["予算案を原案どおり承認します。"]


def test_header_fields_round_trip_through_the_form(qtbot, page):
    meta = MinutesMeta(title="予算委員会", attendees=["山田課長", "佐藤係長"], absentees=["鈴木主事"],
                       materials=["資料1 予算案", "資料2 日程"], summary=["予算案の説明があった。"],
                       todos=["資料を送付する。"])
    page.meta_form.set_meta(meta)
    assert page.meta_form.meta() == meta
    page.meta_form.absentees.setText("田中, 高橋")
    assert page.meta_form.meta().absentees == ["田中", "高橋"]


def test_speaker_count_reaches_the_options(qtbot, page):
    combo = page.speakers_combo
    assert page.options().speakers == 0 and combo.currentText().startswith("自動")  # estimated by default
    combo.setCurrentIndex(combo.findData(1))
    assert page.options().speakers == -1  # one speaker: no separation
    combo.setCurrentIndex(combo.findData(3))
    assert page.options().speakers == 3
