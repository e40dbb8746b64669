"""The 競合 tab: every conflict waiting in the work folder (also ones from earlier runs and older versions) and
"keep this version": この端末の版を残す / サーバーの版を残す / 両方残す. Settling happens on this computer (files
set aside go to the sync trash, nothing is deleted); the next sync carries it to the server. GUI thread only
(a rename or two on the local disk)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from desktop.services.sync import conflicts
from desktop.ui.widgets.retranslate import Retranslating

ROLE = Qt.ItemDataRole.UserRole


class ConflictPanel(Retranslating, QWidget):
    changed = Signal()            # the number of open conflicts may have changed
    settled = Signal(str)         # a sentence for the status line / log

    def __init__(self, root: Callable[[], Path], trash_dir: Callable[[], Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._root, self._trash_dir = root, trash_dir
        self.busy = False
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("syncConflicts")
        # a long file name is shortened in the middle (both ends stay readable; the whole name is in the tooltip),
        # never scrolled sideways (as the forms record list)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setWordWrap(False)
        self.mine_button = QPushButton()
        self.mine_button.setObjectName("syncKeepMine")
        self.theirs_button = QPushButton()
        self.theirs_button.setObjectName("syncKeepTheirs")
        self.both_button = QPushButton()
        self.both_button.setObjectName("syncKeepBoth")
        self.open_folder_button = QPushButton()
        self.open_folder_button.setObjectName("syncOpenFolder")
        buttons = QHBoxLayout()
        for b in (self.mine_button, self.theirs_button, self.both_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.open_folder_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.mine_button.clicked.connect(lambda: self.keep("mine"))
        self.theirs_button.clicked.connect(lambda: self.keep("theirs"))
        self.both_button.clicked.connect(lambda: self.keep("both"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.list.itemSelectionChanged.connect(self._update)
        self.retranslate()
        self.reload()

    def count(self) -> int:
        return self.list.count()

    def reload(self) -> None:
        """List the conflict copies now in the work folder (keeps the selection where it can)."""
        chosen = {i.data(ROLE) for i in self.list.selectedItems()}
        self.list.clear()
        root = self._root()
        found = conflicts.find_copies(root) if root.is_dir() else []
        for c in found:
            text = self.tr("{original}　―　この端末の版: {copy}").format(original=c.original, copy=c.copy)
            item = QListWidgetItem(text)
            item.setData(ROLE, c.copy)
            item.setToolTip(text + "\n" + self.tr("{stamp} に {host} で両方の変更が見つかりました").format(
                stamp=c.stamp, host=c.host or "—"))
            self.list.addItem(item)
            if c.copy in chosen:
                item.setSelected(True)
        if self.list.count() and not self.list.selectedItems():
            self.list.setCurrentRow(0)
        self._update()
        self.changed.emit()

    def set_busy(self, busy: bool) -> None:
        """No settling while a sync runs (it may be moving the very same files)."""
        self.busy = busy
        self._update()

    def _update(self) -> None:
        chosen = bool(self.list.selectedItems()) and not self.busy
        for b in (self.mine_button, self.theirs_button, self.both_button):
            b.setEnabled(chosen)
        self.hint.setVisible(self.list.count() > 0)

    def keep(self, choice: str) -> None:
        from desktop.ui.errors import show_error

        items = self.list.selectedItems()
        if not items or self.busy:
            return
        copy = items[0].data(ROLE)
        info = conflicts.parse_copy(copy)
        try:
            kept = conflicts.keep(self._root(), copy, choice, self._trash_dir())
        except (conflicts.ConflictGone, OSError) as exc:
            show_error(self, self.tr("競合の解決"), exc)
            self.reload()
            return
        original = info.original if info else kept
        text = {"mine": self.tr("{original}: この端末の版を残しました（サーバーの版はごみ箱フォルダーへ）。"),
                "theirs": self.tr("{original}: サーバーの版を残しました（この端末の版はごみ箱フォルダーへ）。"),
                "both": self.tr("{original}: 両方を残しました。この端末の版は {kept} です。")}[choice]
        self.settled.emit(text.format(original=original, kept=kept) + " " + self.tr("次回の同期でサーバーにも反映されます。"))
        self.reload()

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._root())))

    def retranslate(self) -> None:
        self.hint.setText(self.tr("同じファイルが両方で変更されたため、両方を残しました。元の名前のファイルはクラウドの版、"
                                  "「（競合 …）」の付いたファイルはこの端末で編集した版です。見比べて、残す版を選んでください。"
                                  "残さない版は消さずに同期のごみ箱フォルダーへ移します。"))
        self.mine_button.setText(self.tr("この端末の版を残す"))
        self.theirs_button.setText(self.tr("サーバーの版を残す"))
        self.both_button.setText(self.tr("両方残す"))
        self.both_button.setToolTip(self.tr("この端末の版を、競合ではない名前に変えて両方を残します。"))
        self.open_folder_button.setText(self.tr("作業フォルダーを開く"))
        self.list.setAccessibleName(self.tr("競合したファイル"))
        for b in (self.mine_button, self.theirs_button, self.both_button, self.open_folder_button):
            b.setAccessibleName(b.text())
        if self.list.count():
            self.reload()              # the item texts are sentences too

