"""A table that asks its layout for the width of its columns instead of scrolling sideways.

``QTableWidget`` reports a small minimum width, so a splitter or a tab page squeezes it and it scrolls sideways
(the route table and the template editor's fields at 1366×768 in 会議室モード) or a stretched last column cuts its
heading (the approval record). ``FittedTable.minimumSizeHint`` is the width of every visible column whole: a
resize-to-contents column as wide as it is, a stretched one as wide as its heading. It follows the columns (a new
row, the meeting-room font) as they resize. GUI thread only."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHeaderView, QTableWidget, QWidget


class FittedTable(QTableWidget):
    def __init__(self, rows: int, columns: int, parent: QWidget | None = None, *, contents: bool = True) -> None:
        """``contents=False``: only the headings count (cells wider than their heading may still scroll)."""
        super().__init__(rows, columns, parent)
        self._contents = contents
        # a stretched last section never gets narrower than the default section size (Qt keeps it): a smaller one
        # wastes less width beside a short last heading (「枠」)
        self.horizontalHeader().setDefaultSectionSize(64)
        self.horizontalHeader().sectionResized.connect(lambda *_: self.updateGeometry())

    def columns_width(self) -> int:
        header = self.horizontalHeader()
        last = max((c for c in range(self.columnCount()) if not self.isColumnHidden(c)), default=-1)
        width = 0
        for col in range(self.columnCount()):
            if self.isColumnHidden(col):
                continue
            stretched = (header.sectionResizeMode(col) == QHeaderView.ResizeMode.Stretch
                         or (col == last and header.stretchLastSection()))
            hint = header.sectionSizeHint(col)
            if col == last and header.stretchLastSection():
                hint = max(hint, header.defaultSectionSize())
            width += hint if stretched or not self._contents else max(hint, header.sectionSize(col))
        return width

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        width = self.columns_width() + 2 * self.frameWidth()
        if self.verticalHeader().isVisible():
            width += self.verticalHeader().width() or self.verticalHeader().sizeHint().width()
        width += self.verticalScrollBar().sizeHint().width()     # room for it when rows are added
        return QSize(max(hint.width(), width), hint.height())
