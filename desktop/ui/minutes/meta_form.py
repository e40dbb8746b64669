"""議事録 metadata form: 会議名, 日時, 場所, 出席者, 作成者, 議題, 決定事項, 次回予定."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from desktop.services.minutes.transcript import MinutesMeta
from desktop.ui.widgets.retranslate import Retranslating


class LinesEdit(QPlainTextEdit):
    """A list field (one item a line) that shows at least four lines in its current type size (meeting-room
    mode's style sheet makes the type larger after construction)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._fit()

    def _fit(self) -> None:
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 16)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()
        super().changeEvent(event)


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class MetaForm(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit()
        self.datetime = QLineEdit()
        self.place = QLineEdit()
        self.attendees = QLineEdit()
        self.absentees = QLineEdit()
        self.materials = QLineEdit()
        self.author = QLineEdit()
        self.agenda = LinesEdit()
        self.summary = LinesEdit()
        self.decisions = LinesEdit()
        self.next_meeting = QLineEdit()
        self.todos = LinesEdit()
        for edit in (self.agenda, self.summary, self.decisions, self.todos):
            edit.textChanged.connect(self.changed)
        for edit in (self.title, self.datetime, self.place, self.attendees, self.absentees, self.materials,
                     self.author, self.next_meeting):
            edit.textEdited.connect(lambda _=None: self.changed.emit())
        self.form = QFormLayout(self)
        # labels above the fields: the form lives in a side panel, where label + field side by side left
        # the fields a few characters wide in meeting-room mode (large type)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        widgets = self._widgets()
        self.labels = [QLabel() for _ in widgets]
        for label, widget in zip(self.labels, widgets):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.retranslate()

    def retranslate(self) -> None:
        texts = (self.tr("会議名"), self.tr("日時"), self.tr("場所"), self.tr("出席者"), self.tr("欠席者"),
                 self.tr("配布資料"), self.tr("作成者"), self.tr("議題（1行に1件）"), self.tr("要旨（1行に1件）"),
                 self.tr("決定事項（1行に1件）"), self.tr("次回予定"), self.tr("ToDo（1行に1件）"))
        widgets = self._widgets()
        for label, widget, text in zip(self.labels, widgets, texts):
            label.setText(text)
            widget.setAccessibleName(text)
        for edit in (self.attendees, self.absentees, self.materials):
            edit.setPlaceholderText(self.tr("読点（、）またはカンマで区切る"))
        self.datetime.setPlaceholderText(self.tr("例: 令和8年11月25日 10:00"))


    def _widgets(self) -> tuple:
        return (self.title, self.datetime, self.place, self.attendees, self.absentees, self.materials, self.author,
                self.agenda, self.summary, self.decisions, self.next_meeting, self.todos)

    def set_meta(self, meta: MinutesMeta) -> None:
        self.blockSignals(True)
        self.title.setText(meta.title)
        self.datetime.setText(meta.datetime)
        self.place.setText(meta.place)
        self.attendees.setText("、".join(meta.attendees))
        self.absentees.setText("、".join(meta.absentees))
        self.materials.setText("、".join(meta.materials))
        self.author.setText(meta.author)
        self.agenda.setPlainText("\n".join(meta.agenda))
        self.summary.setPlainText("\n".join(meta.summary))
        self.decisions.setPlainText("\n".join(meta.decisions))
        self.next_meeting.setText(meta.next_meeting)
        self.todos.setPlainText("\n".join(meta.todos))
        self.blockSignals(False)

    def meta(self) -> MinutesMeta:
        def names(edit: QLineEdit) -> list[str]:
            return [a.strip() for a in edit.text().replace(",", "、").replace("，", "、").split("、") if a.strip()]

        return MinutesMeta(self.title.text().strip(), self.datetime.text().strip(), self.place.text().strip(),
                           names(self.attendees), self.author.text().strip(), _lines(self.agenda),
                           _lines(self.decisions), self.next_meeting.text().strip(), names(self.absentees),
                           names(self.materials), _lines(self.summary), _lines(self.todos))

    def add_decision(self, text: str) -> None:
        current = self.decisions.toPlainText().rstrip("\n")
        self.decisions.setPlainText(f"{current}\n{text}" if current else text)
