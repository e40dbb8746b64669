"""pytest-qt: in meeting-room mode (large type) on a 1920x1080 screen, every export and hand-off button of the
議事録 page is on screen without scrolling the side panel."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect

from desktop.services.minutes.transcript import MinutesMeta, Segment, Transcript


def test_export_buttons_need_no_scrolling_in_meeting_room_mode(window, qtbot):
    window.set_meeting_room(True)
    qtbot.wait(50)
    window.setGeometry(0, 0, 1920, 1080)  # the offscreen screen is smaller than a meeting-room display
    page = window.open_page("minutes")
    page.show_transcript(Transcript([Segment(2.0 * i, 2.0 * i + 2, f"{i} 番目の発言です。", "話者1") for i in range(60)],
                                    "ja", 120.0, meta=MinutesMeta(title="第3回 総務課定例会議",
                                                                  decisions=["会議室予約をシステム化する"])))
    qtbot.wait(50)
    assert (window.width(), window.height()) == (1920, 1080)  # the page fits the screen's width too
    window_rect = window.rect()
    buttons = [*page.export_buttons.values(), page.approval_button, page.send_button, page.times_check]
    for b in buttons:
        assert b.isVisible() and b.height() >= 40, b.objectName()
        on_window = QRect(b.mapTo(window, QPoint(0, 0)), b.size())
        assert window_rect.contains(on_window), (b.objectName(), on_window)
        # nothing clips it (a scroll area would cut it off or hide it below the fold)
        assert b.visibleRegion().boundingRect() == b.rect(), b.objectName()
    assert page.export_buttons["docx"].isEnabled()
    assert page.export_buttons["pdf"].accessibleName() == "議事録を書き出す（PDF）"
