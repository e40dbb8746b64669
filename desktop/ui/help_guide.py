"""ヘルプ: the user guide inside the app — one chapter per page (``resources/guide/<lang>/<key>.md``),
opened on the chapter of the current page by F1. A non-modal window beside the work, in the UI language
(Japanese when a chapter has no translation). GUI thread only."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QListWidgetItem, QTextBrowser, QWidget

from desktop import APP_NAME
from desktop.services import paths
from desktop.ui.i18n import current_language
from desktop.ui.pages import PAGES, title
from desktop.ui.widgets.retranslate import Retranslating

log = logging.getLogger(__name__)


def chapter_path(key: str, lang: str) -> Path | None:
    for code in (lang, "ja"):
        path = paths.resource_path("guide", code, f"{key}.md")
        if path.is_file():
            return path
    return None


class GuideWindow(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(900, 640)
        self.contents = QListWidget(objectName="guideContents")
        self.contents.setMaximumWidth(220)
        for spec in PAGES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.contents.addItem(item)
        self.text = QTextBrowser(objectName="guideText")
        self.text.setOpenExternalLinks(False)
        layout = QHBoxLayout(self)
        layout.addWidget(self.contents)
        layout.addWidget(self.text, 1)
        self.contents.currentRowChanged.connect(self._show_row)
        self.key = ""
        self.retranslate()

    def show_chapter(self, key: str) -> None:
        keys = [p.key for p in PAGES]
        row = keys.index(key) if key in keys else 0
        if self.contents.currentRow() == row:
            self._show_row(row)
        else:
            self.contents.setCurrentRow(row)
        self.show()
        self.raise_()
        self.activateWindow()

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.key = PAGES[row].key
        path = chapter_path(self.key, current_language())
        if path is None:
            log.warning("no guide chapter for %s", self.key)
            self.text.setPlainText(title(PAGES[row]))
            return
        self.text.setMarkdown(path.read_text(encoding="utf-8"))
        self.setWindowTitle(self.tr("使い方ガイド — {page}").format(page=title(PAGES[row])) + f" — {APP_NAME}")

    def retranslate(self) -> None:
        for row, spec in enumerate(PAGES):
            self.contents.item(row).setText(title(spec))
        self.contents.setAccessibleName(self.tr("ガイドの目次"))
        self.text.setAccessibleName(self.tr("ガイドの本文"))
        if self.contents.currentRow() >= 0:
            self._show_row(self.contents.currentRow())
        else:
            self.setWindowTitle(self.tr("使い方ガイド") + f" — {APP_NAME}")

