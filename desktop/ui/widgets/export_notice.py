"""After an export: a bar at the top of the main window saying what was written, with 「ファイルを開く」 and
「フォルダを開く」 (the folder opens in Explorer with the file selected on Windows). Replaced by the next
export, closed with ×. Pages call :func:`notify_exported` once the export job succeeded. GUI thread only."""
from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from desktop.ui.widgets.elided_label import ElidedLabel
from desktop.ui.widgets.retranslate import Retranslating

log = logging.getLogger(__name__)


def open_file(path: Path) -> bool:
    """Open ``path`` with the program Windows (or the desktop) associates with it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_folder(path: Path) -> bool:
    """Show the folder holding ``path`` (the file itself selected, on Windows)."""
    path = Path(path)
    if sys.platform == "win32" and path.exists():
        try:
            subprocess.Popen(["explorer", "/select,", str(path)])  # noqa: S603,S607 (the system's own Explorer)
            return True
        except OSError:
            log.warning("explorer /select failed for %s", path, exc_info=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent if path.is_file() or not path.exists()
                                                            else path)))


class ExportNotice(Retranslating, QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportNotice")
        self.setStyleSheet("QFrame#exportNotice { background: #e6f4ea; border-bottom: 1px solid #9ccfa8; }"
                           " QFrame#exportNotice QLabel { color: #1e4620; }")
        self.paths: list[Path] = []
        self.label = ElidedLabel(max_chars=70)
        self.label.setObjectName("exportNoticeText")
        self.open_file_button = QPushButton(objectName="exportOpenFile")
        self.open_folder_button = QPushButton(objectName="exportOpenFolder")
        self.close_button = QPushButton("×", objectName="exportNoticeClose")
        self.close_button.setFlat(True)
        self.open_file_button.clicked.connect(lambda: self.paths and open_file(self.paths[0]))
        self.open_folder_button.clicked.connect(lambda: self.paths and open_folder(self.paths[0]))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_file_button)
        layout.addWidget(self.open_folder_button)
        layout.addWidget(self.close_button)
        self.hide()
        self.retranslate()

    def show_paths(self, paths: list[Path], message: str = "") -> None:
        self.paths = [Path(p) for p in paths]
        self._message = message
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        self.open_file_button.setText(self.tr("ファイルを開く"))
        self.open_folder_button.setText(self.tr("フォルダを開く"))
        self.close_button.setAccessibleName(self.tr("お知らせを閉じる"))
        self.close_button.setToolTip(self.tr("お知らせを閉じる"))
        if self.paths:
            names = "、".join(p.name for p in self.paths)
            text = getattr(self, "_message", "") or self.tr("書き出しました: {names}").format(names=names)
            self.label.setText(text + "（" + str(self.paths[0].parent) + "）")



def notify_exported(ctx, paths: Path | list[Path], message: str = "") -> None:
    """Tell the user where the export went, with buttons to open it. ``paths``: the main file first.
    ``message``: the page's own translated sentence (default 「書き出しました: …」)."""
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    window = getattr(ctx, "window", None)
    notice = getattr(window, "export_notice", None)
    if notice is not None:
        notice.show_paths(paths, message)
        return
    log.info("export written (no main window to show the notice): %s", paths)
