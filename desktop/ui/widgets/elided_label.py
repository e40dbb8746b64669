"""A one-line label that never widens its window: long text (a file name, a path, a status) is shown
shortened with 「…」 and in full in its tooltip. GUI thread only."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle, min_chars: int = 8,
                 max_chars: int = 30, hide_when_empty: bool = False, **kwargs) -> None:
        """``hide_when_empty``: take no room while there is nothing to say (a status line between runs)."""
        super().__init__(text, parent, **kwargs)
        self._hide_when_empty = hide_when_empty
        if hide_when_empty and not text:
            self.hide()
        self._mode = mode
        self._min_chars = min_chars
        self._max_chars = max_chars
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        super().setText(text)
        if self._hide_when_empty:
            self.setVisible(bool(text))
        self.setToolTip(text if self.fontMetrics().horizontalAdvance(text) > self.width() else "")
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802
        width = self.fontMetrics().horizontalAdvance("あ" * self._max_chars)
        return QSize(min(width, super().sizeHint().width()), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        width = self.fontMetrics().horizontalAdvance("あ" * self._min_chars)
        return QSize(min(width, super().sizeHint().width()), super().minimumSizeHint().height())

    def elided_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), self._mode, max(0, self.contentsRect().width()))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        text = self.text()
        self.setToolTip(text if self.fontMetrics().horizontalAdvance(text) > self.contentsRect().width() else "")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()) | int(Qt.AlignmentFlag.AlignVCenter),
                         self.elided_text())
