"""紙→デジタル page: tabs for reviewing read forms (→ Excel ledger) and for editing form templates."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.services.forms.errors import (EncryptedPdf, LedgerChanged, LedgerLocked, TemplateError,
                                           UnreadableInput)
from desktop.services.forms.pages import SCAN_SUFFIXES
from desktop.ui.errors import register_formatter
from desktop.ui.forms.review_page import ReviewPanel
from desktop.ui.forms.template_editor import TemplateEditor
from desktop.ui.widgets.file_drop import enable_file_drop
from desktop.ui.widgets.retranslate import Retranslating


def _path(e: BaseException) -> str:
    """The file the error is about, on its own line (the English detail is behind 「詳細を表示」)."""
    path = getattr(e, "params", {}).get("path")
    return f"\n{path}" if path else ""


def _ledger_locked(e: BaseException) -> str:
    return QCoreApplication.translate(
        "FormsErrors", "台帳ファイルが他のプログラム（Excel など）で開かれています。閉じてから「台帳に書き出す」を押してください。"
        "確定済みの記録は保存されています。")


def _ledger_changed(e: BaseException) -> str:
    return QCoreApplication.translate(
        "FormsErrors", "台帳ファイルが書き込み中に他の人に変更されました。何も書き込んでいません。"
        "もう一度「台帳に書き出す」を押してください。")


def _encrypted(e: BaseException) -> str:
    return QCoreApplication.translate(
        "FormsErrors", "パスワード付きのPDFは読み取れません。パスワードを外してから読み込んでください。") + _path(e)


def _unreadable(e: BaseException) -> str:
    return QCoreApplication.translate(
        "FormsErrors", "ファイルを読み取れませんでした（画像・PDFではないか、壊れています）。") + _path(e)


def _template(e: BaseException) -> str:
    return QCoreApplication.translate("FormsErrors", "テンプレートに問題があります。") + _path(e)


def _register_formatters() -> None:
    register_formatter(LedgerLocked, _ledger_locked)
    register_formatter(LedgerChanged, _ledger_changed)
    register_formatter(EncryptedPdf, _encrypted)
    register_formatter(UnreadableInput, _unreadable)
    register_formatter(TemplateError, _template)


class FormsPage(Retranslating, QWidget):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("formsPage")
        self.tabs = QTabWidget()
        self.review = ReviewPanel(ctx)
        self.editor = TemplateEditor(ctx, on_saved=lambda path: self.review.reload_templates(str(path)))
        self.tabs.addTab(self.review, "")
        self.tabs.addTab(self.editor, "")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs)
        enable_file_drop(self, self._files_dropped, suffixes=SCAN_SUFFIXES, folders=True,
                         hint=lambda: self.tr("ドロップしたスキャン・PDFを読み取る"))
        self.retranslate()

    def _files_dropped(self, paths) -> None:
        self.tabs.setCurrentWidget(self.review)
        self.review.load_files([str(p) for p in paths])

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("読み取りと確認"))
        self.tabs.setTabText(1, self.tr("テンプレート編集"))
        self.tabs.setAccessibleName(self.tr("紙→デジタル"))



def create_page(ctx) -> QWidget:
    _register_formatters()
    return FormsPage(ctx)
