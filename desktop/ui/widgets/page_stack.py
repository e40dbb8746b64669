"""The main window's stack of pages, sized by the page on screen only. A QStackedWidget asks for the largest
minimum of all its pages, so inside the window's scrolling page area a short page would scroll as if it were
the tallest one. GUI thread only."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLayout, QStackedWidget, QWidget


class PageStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt names)
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page is not None else QSize(0, 0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        page = self.currentWidget()
        return page is not None and page.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        """The least height the page needs at ``width`` (its wrapped rows included): the page area scrolls only
        below that. (A layout's plain heightForWidth is its preferred height, which would scroll needlessly.)"""
        page = self.currentWidget()
        if page is None or not page.hasHeightForWidth():
            return -1
        layout = page.layout()
        return layout.totalMinimumHeightForWidth(width) if layout is not None else page.heightForWidth(width)
