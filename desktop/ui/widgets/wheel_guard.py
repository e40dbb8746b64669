"""An app-wide event filter: the mouse wheel over a number box or a drop-down that does not have the focus
scrolls the page instead of changing the value (a settings page scrolled by wheel must not rewrite a
threshold on the way down). Click or Tab into the field first to change it with the wheel. GUI thread only."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

_GUARDED = (QAbstractSpinBox, QComboBox)


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """Install once with :func:`install`; filters every widget of the application."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(obj, _GUARDED):
            # Qt's default WheelFocus would give the field the focus on the first wheel turn
            if obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(obj, _GUARDED) and not obj.hasFocus():
            area = _scroll_area_of(obj)
            if area is not None:
                horizontal = abs(event.angleDelta().x()) > abs(event.angleDelta().y())
                bar = area.horizontalScrollBar() if horizontal else area.verticalScrollBar()
                QCoreApplication.sendEvent(bar, event)
            return True  # the value stays as it is
        return super().eventFilter(obj, event)


_guard: WheelGuard | None = None


def install(app: QApplication | None = None) -> WheelGuard:
    """Install the guard on the application (idempotent)."""
    global _guard
    app = app or QApplication.instance()
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
    return _guard
