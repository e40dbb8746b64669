"""pytest-qt: 「PDF出力…」 on the approval page writes the 起案書 PDF (with .docx/JSON beside it) as one job;
「送信へ」 then attaches the PDF; a wrong converter path is a translated error, not a crash."""
from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.services.approval import Drafter, draft_from_template, load_draft
from desktop.services.common.pdf_convert import ConverterNotFound, find_soffice


def complete_draft():
    draft = draft_from_template("一般起案", drafter=Drafter("山田太郎", "総務局総務部総務課", "2345"),
                                today=dt.date(2024, 6, 3))
    draft.subject = "庁内会議室の予約方法の変更について"
    for step, name in zip(draft.route.steps, ("鈴木一郎", "高橋花子", "田中次郎", "伊藤三郎")):
        if step.kind == "回議":
            step.name = name
    return draft


@pytest.mark.libreoffice
@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice is not installed")
def test_pdf_button_exports_and_send_attaches_the_pdf(window, qtbot, tmp_path, monkeypatch):
    page = window.open_page("approval")
    draft = complete_draft()
    page.load(draft)
    assert page.pdf_button.text() == "PDF出力…" and page.pdf_button.accessibleName() == "PDF出力…"
    target = tmp_path / "会議室予約.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF 文書 (*.pdf)"))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=60000)

    assert page.last_export.pdf == target and target.read_bytes().startswith(b"%PDF")
    assert page.last_export.docx == target.with_suffix(".docx")
    assert load_draft(target.with_suffix(".json")) == page.current_draft()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "庁内会議室の予約方法の変更について" in text.replace(" ", "")
    assert "PDFを出力しました" in page.message.text()

    page.send_button.click()
    send_page = window.stack.currentWidget()
    assert send_page is window.pages["send"]
    assert [p.name for p in send_page.compose.attachment_list()] == ["会議室予約.pdf"]


def test_a_wrong_converter_path_is_a_translated_error(window, qtbot, tmp_path):
    from desktop.ui.errors import describe

    window.ctx.settings.set("pdf_converter", str(tmp_path / "LibreOffice" / "soffice.exe"))
    page = window.open_page("approval")
    page.load(complete_draft())
    handle = page.export_pdf_to(tmp_path / "x.pdf")
    qtbot.waitUntil(lambda: handle.done, timeout=20000)
    assert isinstance(handle.error, ConverterNotFound)
    assert "設定の「PDF変換」に指定された" in describe(handle.error)
    assert not (tmp_path / "x.pdf").exists()
    assert page.last_export is None and not page.send_button.isEnabled()


@pytest.mark.libreoffice
@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice is not installed")
def test_cancel_during_conversion_stops_libreoffice_and_keeps_the_old_pdf(window, qtbot, tmp_path):
    import psutil

    page = window.open_page("approval")
    page.load(complete_draft())
    target = tmp_path / "kian.pdf"
    target.write_bytes(b"%PDF-1.4 earlier")
    handle = page.export_pdf_to(target)
    messages = []
    handle.progressed.connect(lambda _f, m: messages.append(m))
    qtbot.waitUntil(lambda: "PDF に変換しています…" in messages, timeout=20000)  # translated stage text

    def running_soffice():
        found = []
        for p in psutil.Process().children(recursive=True):
            try:
                if p.name().startswith(("soffice", "oosplash")):
                    found.append(p)
            except psutil.Error:  # exited meanwhile
                pass
        return found
    qtbot.waitUntil(lambda: bool(running_soffice()), timeout=10000)
    soffice = running_soffice()
    with qtbot.waitSignal(handle.cancelled, timeout=10000):
        handle.cancel()
    _gone, alive = psutil.wait_procs(soffice, timeout=3)
    assert not alive
    assert target.read_bytes() == b"%PDF-1.4 earlier"
    assert page.last_export is None
