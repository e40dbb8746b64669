"""Checks over every page at once: touch targets in meeting-room mode, accessible names, and an English UI
that has no Japanese left in its controls (user data such as template names excepted)."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QComboBox, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QTabWidget,
    QTextEdit, QWidget,
)

from desktop.ui.pages import PAGES

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


@pytest.fixture
def all_pages(window):
    """The main window with every page opened once."""
    for spec in PAGES:
        window.open_page(spec.key)
    return window


def visible_controls(root: QWidget, kinds) -> list[QWidget]:
    return [w for kind in kinds for w in root.findChildren(kind)
            if w.isVisibleTo(root) and w.window() is root.window()]


def test_meeting_room_mode_gives_every_page_large_targets(all_pages, qtbot):
    all_pages.set_meeting_room(True)
    small = []
    for spec in PAGES:
        page = all_pages.open_page(spec.key)
        qtbot.wait(20)
        for w in visible_controls(page, (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox)):
            if w.isVisible() and w.height() < 40 and type(w).__name__ not in ("QCheckBox", "QRadioButton"):
                small.append(f"{spec.key}: {type(w).__name__} {w.objectName() or w.accessibleName()} "
                             f"{w.height()} px")
    assert not small, "targets under 40 px in meeting-room mode:\n" + "\n".join(small)


def test_every_control_has_an_accessible_name_or_text(all_pages):
    unnamed = []
    for spec in PAGES:
        page = all_pages.open_page(spec.key)
        for w in visible_controls(page, (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox,
                                         QPlainTextEdit, QTextEdit)):
            if w.objectName().startswith("qt_") or isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)):
                continue  # Qt's own parts of a composite control (named through their owner)
            named = w.accessibleName() or (isinstance(w, QAbstractButton) and w.text().strip())
            if not named and not w.toolTip():
                unnamed.append(f"{spec.key}: {type(w).__name__} {w.objectName()}")
    assert not unnamed, "controls without an accessible name:\n" + "\n".join(unnamed)


def texts_of(w: QWidget) -> list[str]:
    out = []
    if isinstance(w, (QAbstractButton, QLabel)):
        out.append(w.text())
    if isinstance(w, QLineEdit):
        out.append(w.placeholderText())
    if isinstance(w, QGroupBox):
        out.append(w.title())
    if isinstance(w, QTabWidget):
        out.extend(w.tabText(i) for i in range(w.count()))
    out.append(w.accessibleName())
    out.append(w.toolTip())
    return [t for t in out if t]


# data, not UI text: names of bundled templates, sample forms, era names inside dates, paths
ALLOWED = re.compile(r"一般起案|契約伺い|支出負担行為|事業計画|証明書交付申請書|令和|平成|昭和|年|月|日|ToseiDesk|"
                     r"日本語|総務|話者|台帳")


def test_english_ui_has_no_japanese_left(all_pages):
    all_pages.set_language("en")
    leftovers = []
    for spec in PAGES:
        page = all_pages.open_page(spec.key)
        for w in page.findChildren(QWidget):
            if not w.isVisibleTo(page):
                continue
            for text in texts_of(w):
                if "e.g." in text:  # examples of Japanese document content stay Japanese on purpose
                    continue
                if JAPANESE.search(ALLOWED.sub("", text)):
                    leftovers.append(f"{spec.key}: {type(w).__name__} {w.objectName()}: {text[:60]!r}")
    assert not leftovers, "Japanese text left in the English UI:\n" + "\n".join(sorted(set(leftovers)))
