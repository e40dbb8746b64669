"""Meeting-room mode for interactive touch displays: large type, >= 40 px targets, kinetic scrolling,
full screen, nothing that needs hover. Call on the GUI thread."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScroller, QWidget

MIN_TARGET_PX = 48

BASE_STYLESHEET = """
QLabel#pageHeading { font-size: 16pt; font-weight: bold; padding: 4px 0 8px 0; }
QLabel#tileValue { font-size: 12pt; font-weight: bold; }
QLabel#cardValue { font-size: 20pt; font-weight: bold; }
QLabel#cardCaption { font-size: 11pt; }
QLabel#cardDetail { color: #8a4b00; }
"""

# a laptop-sized screen (1366×768, also many older interactive boards) gets a little less large type than a
# full-HD display: the same pages must fit it without scrolling sideways; the touch targets stay >= 48 px
COMPACT_BELOW_PX = 1600


def touch_stylesheet(screen_width: int = 1920) -> str:
    """The meeting-room style sheet for a screen ``screen_width`` pixels wide."""
    compact = screen_width < COMPACT_BELOW_PX
    base = 13 if compact else 15
    # a target's whole height (content + padding + frame) stays >= MIN_TARGET_PX on a compact screen; a full-HD
    # one has room for the roomier content height
    target, pad = (MIN_TARGET_PX - 6, "3px 12px") if compact else (MIN_TARGET_PX, "6px 14px")
    return f"""
* {{ font-size: {base}pt; }}
QLabel#pageHeading {{ font-size: {base + 7}pt; font-weight: bold; padding: 4px 0 8px 0; }}
QListWidget#sidebar {{ font-size: {base + 2}pt; }}
QPushButton, QToolButton, QComboBox, QLineEdit, QSpinBox, QDoubleSpinBox, QDateEdit, QDateTimeEdit {{
    min-height: {target}px; padding: {pad};
}}
QCheckBox::indicator, QRadioButton::indicator {{ width: 36px; height: 36px; }}
QCheckBox, QRadioButton {{ min-height: {MIN_TARGET_PX}px; }}
QListView::item, QListWidget::item, QTreeView::item {{ min-height: {MIN_TARGET_PX + 8}px; }}
QHeaderView::section {{ min-height: {MIN_TARGET_PX}px; }}
QTableView {{ font-size: {base + 1}pt; }}
QScrollBar:vertical {{ width: 28px; }}
QScrollBar:horizontal {{ height: 28px; }}
QTabBar::tab {{ min-height: {target}px; padding: {"3px 16px" if compact else "8px 20px"}; }}
QLabel#tileValue {{ font-size: 17pt; font-weight: bold; }}
QLabel#cardValue {{ font-size: 28pt; font-weight: bold; }}
QLabel#cardCaption {{ font-size: 17pt; }}
QLabel#cardDetail {{ color: #8a4b00; }}
"""


TOUCH_STYLESHEET = touch_stylesheet()


def enable_kinetic_scrolling(root: QWidget) -> None:
    """Let a finger drag every scroll area (idempotent)."""
    for area in root.findChildren(QAbstractScrollArea):
        viewport = area.viewport()
        if not viewport.property("toseiKinetic") and not area.property("toseiNoKinetic"):
            QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
            viewport.setProperty("toseiKinetic", True)


def disable_kinetic_scrolling(root: QWidget) -> None:
    for area in root.findChildren(QAbstractScrollArea):
        viewport = area.viewport()
        if viewport.property("toseiKinetic"):
            QScroller.ungrabGesture(viewport)
            viewport.setProperty("toseiKinetic", False)


def apply(window: QWidget, enabled: bool, *, full_screen: bool = True) -> None:
    app = QApplication.instance()
    screen = window.screen()
    width = screen.geometry().width() if screen is not None else 1920
    app.setStyleSheet(touch_stylesheet(width) if enabled else BASE_STYLESHEET)
    if enabled:
        enable_kinetic_scrolling(window)
        if full_screen and not window.isFullScreen():
            window.setProperty("toseiNormalGeometry", window.geometry())
            screen = window.screen()
            if screen is not None:  # without a window manager, full screen needs the geometry too
                window.setGeometry(screen.geometry())
            window.showFullScreen()
    else:
        disable_kinetic_scrolling(window)
        if window.isFullScreen():
            window.showNormal()  # the title bar and the frame come back
        normal = window.property("toseiNormalGeometry")
        if normal is not None:  # back to the size it had before, not a frameless full-screen rectangle
            window.setGeometry(normal)
            window.setProperty("toseiNormalGeometry", None)
