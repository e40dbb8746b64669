"""提案の確認: suggested 決定事項 / 次回予定 / ToDo / 要旨 from the transcript, each with its source line, time
and speaker; the user ticks what goes into the minutes (nothing is added unticked). GUI thread only."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from desktop.services.minutes.suggestions import Suggestion


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600:d}:{s % 3600 // 60:02d}:{s % 60:02d}"


class SuggestionsDialog(QDialog):
    def __init__(self, suggestions: list[Suggestion], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minutesSuggestions")
        self.setWindowTitle(self.tr("議事録の提案"))
        self.suggestions = suggestions
        kinds = {"decision": self.tr("決定事項"), "next": self.tr("次回予定"), "todo": self.tr("ToDo"),
                 "summary": self.tr("要旨")}
        intro = QLabel(self.tr("文字起こしから見つけた候補です。議事録に入れるものにチェックを付けてください。"
                               "行番号と時間で元の発言を確認できます。"), wordWrap=True)
        self.tree = QTreeWidget(objectName="minutesSuggestionList")
        self.tree.setHeaderLabels([self.tr("区分"), self.tr("行"), self.tr("時間"), self.tr("話者"), self.tr("内容")])
        self.tree.setRootIsDecorated(False)
        for s in suggestions:
            item = QTreeWidgetItem([kinds.get(s.kind, s.kind), str(s.segment + 1), _clock(s.start), s.speaker, s.text])
            item.setCheckState(0, Qt.CheckState.Unchecked)
            self.tree.addTopLevelItem(item)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        if not suggestions:
            intro.setText(self.tr("文字起こしから候補は見つかりませんでした。"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("チェックした候補を追加"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("キャンセル"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(900, 420)

    def set_checked(self, row: int, checked: bool = True) -> None:
        self.tree.topLevelItem(row).setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen(self) -> list[Suggestion]:
        return [s for i, s in enumerate(self.suggestions)
                if self.tree.topLevelItem(i).checkState(0) == Qt.CheckState.Checked]
