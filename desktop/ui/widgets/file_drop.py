"""Drag and drop of files from Explorer, and of attachments from Outlook, onto a page.

``enable_file_drop(page, on_files, suffixes=...)`` makes ``page`` and every child that would take a drop
itself (a text field would paste the path) accept files: while files are dragged over it, a frame says what
dropping does; on drop, ``on_files`` gets the local paths that fit. Files that do not fit are named in the
status bar instead of being silently ignored. Text dragged inside a field still works as before.

An Outlook attachment has no file on disk: Windows offers its name (FileGroupDescriptorW) and its bytes
(FileContents, first file only); the bytes are kept as a file under the data folder
(:mod:`desktop.services.common.dropped_files`) and that file is handed over. Not yet tried with a real Outlook
on Windows (the formats are Qt's documented names for Windows clipboard formats). GUI thread only.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.common.dropped_files import keep_dropped_file, virtual_file_names

VIRTUAL_NAMES = 'application/x-qt-windows-mime;value="FileGroupDescriptorW"'
VIRTUAL_CONTENTS = 'application/x-qt-windows-mime;value="FileContents"'


def local_files(mime: QMimeData | None) -> list[Path]:
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def virtual_names(mime: QMimeData | None) -> list[str]:
    """Names of files dragged from a program without files on disk (Outlook attachments)."""
    if mime is None or not mime.hasFormat(VIRTUAL_NAMES):
        return []
    return virtual_file_names(bytes(mime.data(VIRTUAL_NAMES)))


def dropped_paths(mime: QMimeData | None) -> tuple[list[Path], list[str]]:
    """(files to open, names that could not be taken). Local files as they are; of virtual files, the
    first is kept as a real file (Windows hands over the bytes of the first one only)."""
    files = local_files(mime)
    if files:
        return files, []
    names = virtual_names(mime)
    if not names:
        return [], []
    content = bytes(mime.data(VIRTUAL_CONTENTS)) if mime.hasFormat(VIRTUAL_CONTENTS) else b""
    if not content:
        return [], names
    return [keep_dropped_file(names[0], content)], names[1:]


class FileDrop(QObject):
    """The event filter behind :func:`enable_file_drop` (one per page)."""

    def __init__(self, target: QWidget, on_files: Callable[[list[Path]], None], *,
                 suffixes: Iterable[str] | None = None, folders: bool = False, multiple: bool = True,
                 hint: Callable[[], str] | None = None) -> None:
        super().__init__(target)
        self.target = target
        self.on_files = on_files
        self.suffixes = {s.lower() if s.startswith(".") else "." + s.lower() for s in suffixes} if suffixes else None
        self.folders = folders
        self.multiple = multiple
        self.hint = hint or (lambda: self.tr("ここにドロップして開く"))
        self.overlay = QLabel(target)
        self.overlay.setObjectName("dropOverlay")
        self.overlay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.overlay.setWordWrap(True)
        self.overlay.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.overlay.setStyleSheet("QLabel#dropOverlay { background: rgba(0, 90, 180, 40); color: #003c78;"
                                   " border: 3px dashed #0062b8; font-size: 16pt; font-weight: bold; }")
        self.overlay.hide()
        self.watched: list[QWidget] = []
        self._watch(target)
        for child in target.findChildren(QWidget):
            if child.acceptDrops():
                self._watch(child)

    def _watch(self, widget: QWidget) -> None:
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)
        self.watched.append(widget)

    def accepts(self, path: Path) -> bool:
        if path.is_dir():
            return self.folders
        return self.suffixes is None or path.suffix.lower() in self.suffixes

    def split(self, paths: list[Path]) -> tuple[list[Path], list[Path]]:
        good = [p for p in paths if self.accepts(p)]
        bad = [p for p in paths if p not in good]
        if not self.multiple and len(good) > 1:
            good, bad = good[:1], bad + good[1:]
        return good, bad

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            mime = event.mimeData()
            paths = local_files(mime) or [Path(name) for name in virtual_names(mime)[:1]]
            if not paths:
                return False  # text or anything else: the child handles it as usual
            if any(self.accepts(p) for p in paths):
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                if kind == QEvent.Type.DragEnter:
                    self._show_overlay()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.DragLeave:
            self.overlay.hide()
            return False
        if kind == QEvent.Type.Drop:
            mime = event.mimeData()
            if not local_files(mime) and not virtual_names(mime):
                return False
            self.overlay.hide()
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            try:
                paths, left = dropped_paths(mime)
            except OSError as exc:
                from desktop.messages.os_errors import os_error_text

                self._status(os_error_text(exc))
                return True
            if left:
                self._status(self.tr("Outlook からは1つずつドロップしてください。取り込めなかったファイル: {names}")
                             .format(names="、".join(left[:3])))
            if paths:
                self.drop(paths)
            return True
        return False

    def _show_overlay(self) -> None:
        self.overlay.setText(self.hint())
        self.overlay.setGeometry(self.target.rect())
        self.overlay.raise_()
        self.overlay.show()

    def drop(self, paths: list[Path]) -> None:
        """Hand the fitting ``paths`` to the page; say which ones were left out."""
        good, bad = self.split(paths)
        if bad:
            names = "、".join(p.name for p in bad[:3]) + (" …" if len(bad) > 3 else "")
            self._status(self.tr("開けない種類のファイルは除きました: {names}").format(names=names))
        if good:
            self.on_files(good)

    def _status(self, text: str) -> None:
        window = self.target.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 8000)


def enable_file_drop(target: QWidget, on_files: Callable[[list[Path]], None], *,
                     suffixes: Iterable[str] | None = None, folders: bool = False, multiple: bool = True,
                     hint: Callable[[], str] | None = None) -> FileDrop:
    """Let files be dropped on ``target`` (call once its children exist). ``hint`` gives the translated text
    shown while dragging, e.g. ``lambda: page.tr("録音ファイルをドロップして開く")``."""
    return FileDrop(target, on_files, suffixes=suffixes, folders=folders, multiple=multiple, hint=hint)

