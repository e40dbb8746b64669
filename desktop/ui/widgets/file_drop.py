"""Drag and drop of files from Explorer (or Outlook, which hands over a saved copy) onto a page.

``enable_file_drop(page, on_files, suffixes=...)`` makes ``page`` and every child that would take a drop
itself (a text field would paste the path) accept files: while files are dragged over it, a frame says what
dropping does; on drop, ``on_files`` gets the local paths that fit. Files that do not fit are named in the
status bar instead of being silently ignored. Text dragged inside a field still works as before.
GUI thread only.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget


def local_files(mime: QMimeData | None) -> list[Path]:
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


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
            paths = local_files(event.mimeData())
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
            paths = local_files(event.mimeData())
            if not paths:
                return False
            self.overlay.hide()
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
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

