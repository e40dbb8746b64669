"""Translated progress texts of PDF conversion (LibreOffice), shared by the approval and minutes pages (the
conversion errors' sentences are in desktop.messages.common)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def stage_texts() -> dict[str, str]:
    """The conversion services' progress messages (plain English) in the UI language."""
    return {"writing docx": QCoreApplication.translate("PdfErrors", "Word 文書を作成しています…"),
            "converting to PDF": QCoreApplication.translate("PdfErrors", "PDF に変換しています…"), "done": QCoreApplication.translate("PdfErrors", "完了")}


def translated_progress(progress, stages: dict[str, str]):
    """Wrap a job's progress callback so the service's stage messages show translated (texts made on the GUI
    thread beforehand; this runs on the worker thread)."""
    def report(fraction, message: str = "") -> None:
        progress(fraction, stages.get(message, message))
    return report
