"""Readable error dialogs: a translated sentence for the user, the full detail in the log.

Tools register a formatter per error type (``register_formatter(UnreadableAudio, fn)``) returning a
translated sentence; otherwise the ``str`` of a :class:`ToseiError` is shown, and for anything unexpected a
generic sentence with the error's type. Stack traces are never shown.
"""
from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.errors import ChildProcessCrashed, CredentialStoreError, ToseiError

log = logging.getLogger(__name__)

_formatters: dict[type, Callable[[BaseException], str]] = {}


def register_formatter(exc_type: type, formatter: Callable[[BaseException], str]) -> None:
    _formatters[exc_type] = formatter


def describe(exc: BaseException) -> str:
    for cls in type(exc).__mro__:
        if cls in _formatters:
            return _formatters[cls](exc)
    if isinstance(exc, ChildProcessCrashed):
        return QCoreApplication.translate("Errors", "処理中のプロセスが予期せず終了しました。アプリは引き続き使えます。詳細はログを確認してください。")
    if isinstance(exc, CredentialStoreError):
        return QCoreApplication.translate("Errors", "資格情報ストアを利用できません。Windows の資格情報マネージャーが使えるか、"
                                          "情報システム担当に確認してください。")
    if isinstance(exc, ToseiError):
        return str(exc)
    if isinstance(exc, OSError):
        from desktop.ui.os_error_text import os_error_text

        return os_error_text(exc)
    return QCoreApplication.translate(
        "Errors", "予期しないエラーが発生しました（{kind}）。詳細はログを確認してください。").format(kind=type(exc).__name__)


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
