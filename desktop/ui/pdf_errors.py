"""Translated sentences for PDF conversion errors (LibreOffice), shared by the approval and minutes pages."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.common.pdf_convert import ConversionFailed, ConversionTimedOut, ConverterNotFound




def _not_found(exc: BaseException) -> str:
    path = getattr(exc, "params", {}).get("path", "")
    if path:
        return QCoreApplication.translate("PdfErrors", "設定の「PDF変換」に指定された {path} が見つかりません。正しい場所を指定するか、空欄にして自動で探すようにしてください。").format(path=path)  # noqa: E501
    return QCoreApplication.translate("PdfErrors", "LibreOffice がインストールされていないため、PDF を作成できません。情報システム担当に LibreOffice のインストールを依頼するか、設定の「PDF変換」に soffice の場所を指定してください。Word 文書（.docx）は出力できます。")  # noqa: E501


def _failed(exc: BaseException) -> str:
    detail = getattr(exc, "params", {}).get("detail", "")
    text = QCoreApplication.translate("PdfErrors", "PDF に変換できませんでした。文書が壊れているか、Word 文書ではない可能性があります。以前の PDF はそのまま残っています。")  # noqa: E501
    return text + ("\n" + QCoreApplication.translate("PdfErrors", "LibreOffice の出力: {detail}").format(detail=detail) if detail else "")


def _timed_out(exc: BaseException) -> str:
    return QCoreApplication.translate("PdfErrors", "PDF 変換が時間内に終わらなかったため中止しました。もう一度お試しください。")


def register() -> None:
    from desktop.ui.errors import register_formatter

    register_formatter(ConverterNotFound, _not_found)
    register_formatter(ConversionFailed, _failed)
    register_formatter(ConversionTimedOut, _timed_out)


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
