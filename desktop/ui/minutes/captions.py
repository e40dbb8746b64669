"""Live captions window for the meeting-room display: large light-on-dark text, the most recent lines (the
newest guess in grey until it settles), updated every few seconds from the recording in progress
(:mod:`desktop.services.minutes.live` in a child process). Full screen on the display with one button."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.minutes.live import Caption
from desktop.ui.widgets.retranslate import Retranslating

MAX_LINES = 6
LINES_ON_SCREEN = 6  # text size: the window height holds about this many lines (+ the status row)


class CaptionsWindow(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("minutesCaptions")
        self.finals: list[str] = []
        self.partial = ""
        self._hidden = 0  # oldest lines left out because the text would not fit
        self.label = QLabel(objectName="minutesCaptionsText")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel(objectName="minutesCaptionsStatus")
        self.full_button = QPushButton(objectName="minutesCaptionsFull")
        self.full_button.clicked.connect(self.toggle_full_screen)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._leave_full_screen)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.full_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.label, 1)
        layout.addLayout(bottom)
        self.resize(1000, 500)
        self._apply_size()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ライブ字幕"))
        self.label.setAccessibleName(self.tr("ライブ字幕"))
        self.status.setAccessibleName(self.tr("字幕の状態"))
        text = self.tr("通常表示に戻す") if self.isFullScreen() else self.tr("全画面表示")
        self.full_button.setText(text)
        self.full_button.setAccessibleName(text)
        if not self.finals and not self.partial:
            self.status.setText(self.tr("音声を待っています…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self.retranslate()
        super().changeEvent(event)  # Retranslating: the language switch → retranslate()

    def resizeEvent(self, event) -> None:
        self._apply_size()
        super().resizeEvent(event)
        if self.finals or self.partial:
            self._render()

    def text_pixel_size(self) -> int:
        return max(32, self.height() // (2 * LINES_ON_SCREEN - 1))  # line spacing ~1.5 x the type

    def _apply_size(self) -> None:
        # the widget's own style sheet: the app-wide (meeting-room) sheet would override setFont()
        self.setStyleSheet(
            "QWidget#minutesCaptions { background: #101010; }"
            f"QLabel#minutesCaptionsText {{ color: #ffffff; font-size: {self.text_pixel_size()}px; }}"
            "QLabel#minutesCaptionsStatus { color: #d0d0d0; }")

    def on_message(self, _fraction, message: str) -> None:
        """The captions job's progress messages: captions are shown, anything else ignored."""
        caption = Caption.from_message(message)
        if caption is not None:
            self.show_caption(caption)

    def show_caption(self, caption: Caption) -> None:
        if caption.final:
            self.finals = (self.finals + [caption.text])[-MAX_LINES:]
            self.partial = ""
        else:
            self.partial = caption.text
        self.status.setText("")
        self._render()

    def caption_lines(self) -> list[str]:
        """The lines on screen, oldest first: settled lines, then the newest guess (may still change)."""
        finals = self.finals[-(MAX_LINES - (1 if self.partial else 0)):] if self.finals else []
        return finals[self._hidden:] + ([self.partial] if self.partial else [])

    def _render(self) -> None:
        """Show the recent lines; when long lines wrap past the bottom, drop the oldest ones so the newest
        speech stays visible (a bottom-aligned label would otherwise clip the newest line)."""
        from html import escape

        self._hidden = 0
        self.label.ensurePolished()
        while True:
            lines = [escape(t) for t in self.caption_lines()]
            if self.partial and lines:
                lines[-1] = f'<span style="color:#9a9a9a">{lines[-1]}</span>'
            self.label.setText("<br>".join(lines))
            if len(lines) <= 1 or self.label.heightForWidth(self.label.width()) <= self.label.height():
                return
            self._hidden += 1

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            screen = self.screen()
            if screen is not None:  # without a window manager, full screen needs the geometry too
                self.setGeometry(screen.geometry())
            self.showFullScreen()
        self.retranslate()

    def _leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.toggle_full_screen()

    def stopped(self) -> None:
        self.status.setText(self.tr("録音が終了しました。"))
