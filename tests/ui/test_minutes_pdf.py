"""pytest-qt: 「議事録を書き出す（PDF）」 writes the 議事録 as PDF through LibreOffice in a job."""
from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.services.common.pdf_convert import find_soffice
from desktop.services.minutes.transcript import MinutesMeta, Segment, Transcript


@pytest.fixture
def page(qtbot, app_context):
    from desktop.ui.minutes import create_page

    widget = create_page(app_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


@pytest.mark.libreoffice
@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice is not installed")
def test_pdf_export_button_writes_the_minutes_pdf(qtbot, page, tmp_path, monkeypatch):
    meta = MinutesMeta(title="第3回 総務課定例会議", datetime="令和8年11月20日 10:00", place="第一本庁舎 会議室A",
                       attendees=["山田課長", "佐藤係長"], decisions=["会議室予約をシステム化する"])
    page.show_transcript(Transcript([Segment(0.0, 3.0, "予算の執行状況を報告します。", "山田課長"),
                                     Segment(3.0, 6.0, "会議室の予約方法を見直します。", "佐藤係長")],
                                    "ja", 6.0, meta=meta))
    button = page.export_buttons["pdf"]
    assert button.isEnabled() and button.text() == "PDF" and button.accessibleName() == "議事録を書き出す（PDF）"
    target = tmp_path / "議事録.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "*.pdf"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_export == target, timeout=60000)

    assert target.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout.replace(" ", "")
    for expected in ("第3回総務課定例会議", "山田課長", "会議室の予約方法を見直します", "会議室予約をシステム化する"):
        assert expected in text, expected
    assert page.send_button.isEnabled()
