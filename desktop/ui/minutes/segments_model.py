"""Table model of transcript segments (start–end, speaker, text) with undoable edits.

Every change goes through :meth:`SegmentsModel.apply`, which pushes a snapshot command on the
``QUndoStack``: undo restores the segments exactly as they were (simple and always correct for merges and
splits). GUI thread only.
"""
from __future__ import annotations

import copy
import unicodedata
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QUndoCommand, QUndoStack

from desktop.services.minutes import transcript as tx
from desktop.services.minutes.transcript import Transcript

COL_TIME, COL_SPEAKER, COL_TEXT = range(3)
MATCH_BACKGROUND = QColor("#fff2a8")  # light yellow, like a highlighter pen
MATCH_FOREGROUND = QColor("#000000")


def search_key(text: str) -> str:
    """Text as find compares it: NFKC (full/half width alike: ＡＢＣ = ABC, ｶﾀｶﾅ = カタカナ) and case-folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600:d}:{s % 3600 // 60:02d}:{s % 60:02d}"


class _SnapshotCommand(QUndoCommand):
    def __init__(self, model: "SegmentsModel", text: str, mutate: Callable[[Transcript], object]) -> None:
        super().__init__(text)
        self.model = model
        self.mutate = mutate
        self.before = copy.deepcopy(model.transcript.segments)
        self.after = None
        self.result = None

    def redo(self) -> None:
        if self.after is None:
            self.model.beginResetModel()
            try:
                self.result = self.mutate(self.model.transcript)
            finally:
                self.model.endResetModel()
            self.after = copy.deepcopy(self.model.transcript.segments)
        else:
            self.model.restore(self.after)
        self.model.edited.emit()

    def undo(self) -> None:
        self.model.restore(self.before)
        self.model.edited.emit()


class SegmentsModel(QAbstractTableModel):
    edited = Signal()  # after any change (autosave listens)

    def __init__(self, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.transcript = Transcript()
        self.playing_row = -1  # row under the player's position (highlighted)
        self.find_term = ""  # rows whose text contains it get a highlight background

    # ------------------------------------------------------------------ find
    def set_find_term(self, term: str) -> None:
        if term != self.find_term:
            self.find_term = term
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 2),
                                      [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole])

    def matching_rows(self, term: str | None = None) -> list[int]:
        """Rows whose text contains ``term`` (default: the find term), ignoring case and character width."""
        key = search_key(self.find_term if term is None else term)
        if not key:
            return []
        return [i for i, s in enumerate(self.transcript.segments) if key in search_key(s.text)]

    def is_match(self, row: int) -> bool:
        key = search_key(self.find_term)
        return bool(key) and key in search_key(self.transcript.segments[row].text)

    # ------------------------------------------------------------------ content
    def set_transcript(self, transcript: Transcript) -> None:
        self.beginResetModel()
        self.transcript = transcript
        self.endResetModel()
        self.undo_stack.clear()

    def restore(self, segments) -> None:
        self.beginResetModel()
        self.transcript.segments = copy.deepcopy(segments)
        self.endResetModel()

    def apply(self, label: str, mutate: Callable[[Transcript], object]):
        """Run ``mutate(transcript)`` as one undoable step; returns its result."""
        command = _SnapshotCommand(self, label, mutate)
        self.undo_stack.push(command)
        return command.result

    def set_playing_position(self, seconds: float) -> None:
        """Emphasise the segment the player is in (bold), without touching the selection."""
        row = next((i for i, s in enumerate(self.transcript.segments) if s.start <= seconds < s.end), -1)
        if row != self.playing_row:
            old, self.playing_row = self.playing_row, row
            for r in (old, row):
                if 0 <= r < self.rowCount():
                    self.dataChanged.emit(self.index(r, 0), self.index(r, 2), [Qt.ItemDataRole.FontRole])

    def segment(self, row: int) -> tx.Segment:
        return self.transcript.segments[row]

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.transcript.segments)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [QCoreApplication.translate("MinutesEditor", "時間"),
                    QCoreApplication.translate("MinutesEditor", "話者"),
                    QCoreApplication.translate("MinutesEditor", "発言")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        seg = self.transcript.segments[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return [f"{clock(seg.start)}–{clock(seg.end)}", seg.speaker, seg.text][index.column()]
        if role == Qt.ItemDataRole.FontRole and index.row() == self.playing_row:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and self.is_match(index.row()):
            return MATCH_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and self.is_match(index.row()):
            return MATCH_FOREGROUND  # readable on the highlight under a dark theme too
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_TIME:
            return f"{seg.start:.2f}–{seg.end:.2f} s"
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() in (COL_SPEAKER, COL_TEXT):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, value = index.row(), str(value)
        if index.column() == COL_TEXT and value != self.segment(row).text:
            self.apply(QCoreApplication.translate("MinutesEditor", "発言の編集"), lambda t: tx.set_text(t, row, value))
            return True
        if index.column() == COL_SPEAKER and value.strip() and value != self.segment(row).speaker:
            self.apply(QCoreApplication.translate("MinutesEditor", "話者の変更"),
                       lambda t: tx.set_speaker(t, row, value))
            return True
        return False
