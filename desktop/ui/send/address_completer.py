"""Outlook-like completion in the 宛先 box: while the clerk types a name, organisation, mail address or old FAX
number, the address book's matches (and 同報 groups) drop down; choosing one adds it as a recipient.

The popup is driven by hand (``QCompleter.setWidget`` + ``complete()``) instead of ``QLineEdit.setCompleter``
so choosing never writes the label into the box. Searching the SQLite directory is fast (indexed LIKE over a
few thousand rows), so it runs on the GUI thread as the user types. GUI thread only.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

KIND = Qt.ItemDataRole.UserRole
VALUE = Qt.ItemDataRole.UserRole + 1
NAME = Qt.ItemDataRole.UserRole + 2
MAX_SHOWN = 12


class AddressCompleter(QObject):
    chosen = Signal(str, str, str)        # kind ("contact" | "group"), address or group name, display name

    def __init__(self, edit: QLineEdit, directory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.edit = edit
        self.directory = directory
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(edit)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(MAX_SHOWN)
        self.completer.activated[QModelIndex].connect(self._activated)
        self.completer.popup().setObjectName("composeToCompletions")
        self.completer.popup().setAccessibleName(self.tr("宛先の候補"))
        edit.textEdited.connect(self.update_for)

    def update_for(self, text: str) -> int:
        """Fill the popup with the matches for ``text`` and show it; returns how many there are."""
        text = text.strip()
        self.model.clear()
        if not text:
            self.completer.popup().hide()
            return 0
        folded = text.casefold()
        for group in self.directory.groups():
            if folded in group.casefold():
                members = len(self.directory.group_members(group))
                item = QStandardItem(self.tr("同報グループ: {name}（{n}件）").format(name=group, n=members))
                item.setData("group", KIND)
                item.setData(group, VALUE)
                item.setData(group, NAME)
                self.model.appendRow(item)
        for c in self.directory.search(text, limit=MAX_SHOWN * 2):
            who = " ".join(p for p in (c.org, c.dept, c.name) if p)
            item = QStandardItem(f"{who} <{c.email}>" if who else c.email)
            item.setData("contact", KIND)
            item.setData(c.email, VALUE)
            item.setData(who, NAME)
            if c.fax:
                item.setToolTip(self.tr("旧FAX番号: {fax}").format(fax=c.fax))
            self.model.appendRow(item)
        count = self.model.rowCount()
        if count:
            self.completer.complete()
            self.completer.popup().setCurrentIndex(QModelIndex())   # nothing preselected: Enter adds what was
            self.completer.popup().clearSelection()                 # typed, never a near miss
        else:
            self.completer.popup().hide()
        return count

    def has_selection(self) -> bool:
        """A candidate is highlighted in the open popup (Enter then chooses it, not the typed text)."""
        popup = self.completer.popup()
        return popup.isVisible() and popup.currentIndex().isValid()

    def hide(self) -> None:
        self.completer.popup().hide()

    def labels(self) -> list[str]:
        return [self.model.item(r).text() for r in range(self.model.rowCount())]

    def choose(self, row: int) -> None:
        """Choose the ``row``-th candidate (what a click or Enter in the popup does)."""
        self._activated(self.model.index(row, 0))

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        kind, value, name = index.data(KIND), index.data(VALUE), index.data(NAME)
        self.completer.popup().hide()
        self.chosen.emit(kind, value, name or "")
