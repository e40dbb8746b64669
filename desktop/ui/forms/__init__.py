"""紙→デジタル page: tabs for reviewing read forms (→ Excel ledger) and for editing form templates."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.services.forms.pages import SCAN_SUFFIXES
from desktop.ui.forms.review_page import ReviewPanel
from desktop.ui.forms.template_editor import TemplateEditor
from desktop.ui.widgets.file_drop import enable_file_drop
from desktop.ui.widgets.retranslate import Retranslating


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
    return FormsPage(ctx)
