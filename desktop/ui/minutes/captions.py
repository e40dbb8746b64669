"""Live captions window for the meeting-room display: large text, the most recent lines, updated every few
seconds from the recording in progress (:mod:`desktop.services.minutes.live` in a child process)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.services.minutes.live import parse_message

MAX_LINES = 6


class CaptionsWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("minutesCaptions")
        self.finals: list[str] = []
        self.partial = ""
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.font())
        font.setPointSizeF(max(28.0, font.pointSizeF() * 2.5))
        self.label.setFont(font)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.status)
        self.resize(1000, 500)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ライブ字幕"))
        self.label.setAccessibleName(self.tr("ライブ字幕"))
        if not self.finals and not self.partial:
            self.status.setText(self.tr("音声を待っています…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def on_message(self, _fraction, message: str) -> None:
        parsed = parse_message(message)
        if not parsed:
            return
        kind, _, text = parsed
        if kind == "final":
            self.finals = (self.finals + [text])[-MAX_LINES:]
            self.partial = ""
        else:
            self.partial = text
        self.status.setText("")
        lines = self.finals + ([self.partial] if self.partial else [])
        self.label.setText("\n".join(lines[-MAX_LINES:]))

    def stopped(self) -> None:
        self.status.setText(self.tr("録音が終了しました。"))
