"""A layout that lays its items out in a row and wraps them onto the next line when the row is too narrow
(a toolbar that must not push the window wider than the screen, e.g. at 1366 px in 会議室モード). Items added
with a stretch share the space left on their line, as in a QHBoxLayout. After Qt's Flow Layout example.
GUI thread only."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: dict[int, int] = {}  # id(item) -> stretch
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # ---------------------------------------------------------------- QHBoxLayout-like API
    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802 (Qt names)
        super().addWidget(widget)
        if stretch:
            self._stretch[id(self._items[-1])] = stretch

    def addStretch(self, _stretch: int = 0) -> None:  # noqa: N802 -- the row ends where its items end
        return

    def addSpacing(self, size: int) -> None:  # noqa: N802
        self.addItem(QSpacerItem(size, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum))

    # ---------------------------------------------------------------- QLayout
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._stretch.pop(id(item), None)
        return item

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        items = self._visible()
        width = sum(i.sizeHint().width() for i in items) + self._spacing * max(0, len(items) - 1)
        height = max((i.sizeHint().height() for i in items), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 -- as narrow as its widest item
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() is not None and i.widget().isHidden())]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        """Items per line. A caption (a QLabel right before a widget: 「モデル」 before its drop-down) moves to
        the next line with the widget it names rather than stay alone at the end of a line."""
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            w = min(item.sizeHint().width(), width)
            if lines[-1] and used + self._spacing + w > width:
                carried = []
                if len(lines[-1]) > 1 and isinstance(lines[-1][-1].widget(), QLabel) and item.widget() is not None:
                    carried = [lines[-1].pop()]
                lines.append(carried)
                used = sum(min(i.sizeHint().width(), width) + self._spacing for i in carried)
            used += (self._spacing if lines[-1] else 0) + w
            lines[-1].append(item)
        return [line for line in lines if line]

    def _do_layout(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        y = area.y()
        for line in self._lines(area.width()):
            widths = [min(i.sizeHint().width(), area.width()) for i in line]
            height = max(i.sizeHint().height() for i in line)
            spare = area.width() - sum(widths) - self._spacing * (len(line) - 1)
            stretch = [self._stretch.get(id(i), 0) for i in line]
            if spare > 0 and sum(stretch):
                widths = [w + spare * s // sum(stretch) for w, s in zip(widths, stretch)]
            if apply:
                x = area.x()
                for item, w in zip(line, widths):
                    h = min(item.sizeHint().height(), height) if item.widget() is None else height
                    item.setGeometry(QRect(QPoint(x, y), QSize(w, h)))
                    x += w + self._spacing
            y += height + self._spacing
        return max(0, y - self._spacing - rect.y()) + m.bottom()
