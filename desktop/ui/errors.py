"""Readable error dialogs: a translated sentence for the user, the full detail in the log.

The sentence comes from the one error-to-sentence mapping, :mod:`desktop.messages.errors` (Qt-free, shared with
the CLI), translated with Qt's translators (installed here); anything unexpected gets a generic sentence with
the error's type.
Stack traces are never shown.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.messages import catalogue
from desktop.messages import errors as sentences

log = logging.getLogger(__name__)

# Every sentence of desktop.messages follows the GUI's language switches.
catalogue.install(QCoreApplication.translate)


def describe(exc: BaseException) -> str:
    """The translated sentence for ``exc`` (GUI thread)."""
    return sentences.describe(exc)


_open_boxes: list[QMessageBox] = []  # parentless dialogs must be kept alive until closed


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> QMessageBox:
    """Open a non-blocking warning dialog with the translated sentence for ``exc``.

    Without a parent the dialog stays parentless and non-modal (kept alive here until closed): it is never
    attached to whatever window happens to be active, which may be closing and would take it along."""
    log.warning("showing error for %r: %s: %s", title, type(exc).__name__, exc)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    text = describe(exc)
    box.setText(text)
    detail = str(exc)
    if detail and detail not in text:  # the service's own words, for IT staff: behind 「詳細を表示」
        box.setDetailedText(detail)
    box.setObjectName("errorDialog")
    box.setAccessibleName("error")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:
        # Non-modal: with no window to attach to, an application-modal box would block every window.
        _open_boxes.append(box)
        box.finished.connect(lambda _r, b=box: _open_boxes.remove(b) if b in _open_boxes else None)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()
    else:
        box.open()
    return box
