"""Shown for a tool whose page has not landed yet: says so plainly, pretends nothing."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from desktop.ui.widgets.retranslate import Retranslating


class PlaceholderPage(Retranslating, QWidget):
    def __init__(self, title_fn, parent: QWidget | None = None, failed: bool = False) -> None:
        super().__init__(parent)
        self._title_fn = title_fn
        self._failed = failed
        self.setObjectName("placeholderPage")
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self._title_fn())
        if self._failed:
            self.body.setText(self.tr("この画面を開けませんでした。詳細はログを確認してください。"))
        else:
            self.body.setText(self.tr("この機能はまだ利用できません。今後のバージョンで提供されます。"))

