"""Transcript editor: segments table (start–end, speaker, text; inline edit), speaker rename, merge/split,
merge speaker turns, find next/previous (matching lines highlighted), find/replace, undo/redo (QUndoStack), and the audio player that seeks to a clicked
segment. GUI thread only."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from desktop.services.minutes import transcript as tx
from desktop.services.minutes.transcript import Transcript
from desktop.ui.minutes.player import PlayerBar
from desktop.ui.minutes.segments_model import COL_TEXT, SegmentsModel
from desktop.ui.widgets.flow_layout import FlowLayout
from desktop.ui.widgets.retranslate import Retranslating


def button(name: str, slot) -> QPushButton:
    b = QPushButton()
    b.setObjectName(name)
    b.clicked.connect(slot)
    return b


def split_point(text: str) -> int:
    """Sentence end nearest the middle (。．.!?！？、 or a space), else the middle."""
    middle = len(text) // 2
    marks = [i + 1 for i, ch in enumerate(text[:-1]) if ch in "。．.!?！？、, \u3000"]
    return min(marks, key=lambda i: abs(i - middle)) if marks else middle


class TranscriptEditor(Retranslating, QWidget):
    decisions_picked = Signal(list)  # texts of the selected lines, for 決定事項
    status = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.model = SegmentsModel(self.undo_stack, self)
        self.table = QTableView(objectName="minutesSegments")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(self._segment_clicked)
        self.table.installEventFilter(self)  # Space plays the selected line (a click only selects)
        # merged/edited/replaced lines change their wrapped height: re-fit rows after every change
        self.model.modelReset.connect(self.table.resizeRowsToContents)

        self.rename_button = button("minutesRenameSpeaker", self.ask_rename_speaker)
        self.assign_button = button("minutesAssignSpeaker", self.ask_assign_speaker)
        self.merge_button = button("minutesMerge", self.merge_selected)
        self.split_button = button("minutesSplit", lambda: self.split_selected())
        self.turns_button = button("minutesMergeTurns", self.merge_turns)
        self.decision_button = button("minutesToDecision", self.selected_to_decision)
        self.undo_button = button("minutesUndo", self.undo_stack.undo)
        self.redo_button = button("minutesRedo", self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(self.undo_button.setToolTip)  # what 元に戻す will undo
        self.undo_stack.redoTextChanged.connect(self.redo_button.setToolTip)
        edit_row = FlowLayout()  # wraps in 会議室モード instead of widening the window
        for w in (self.rename_button, self.assign_button, self.merge_button, self.split_button, self.turns_button,
                  self.decision_button, self.undo_button, self.redo_button):
            edit_row.addWidget(w)
        edit_row.addStretch(1)
        self.find_edit = QLineEdit(objectName="minutesFind")
        self.replace_edit = QLineEdit(objectName="minutesReplace")
        self.replace_button = button("minutesReplaceAll", self.replace_all)
        self.find_next_button = button("minutesFindNext", self.find_next)
        self.find_prev_button = button("minutesFindPrevious", self.find_previous)
        for b in (self.find_next_button, self.find_prev_button):  # a click leaves the typing in the find field
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.find_result = QLabel(objectName="minutesFindResult")  # 「n 件中 k 件目」 next to the field
        self.find_edit.textChanged.connect(self._find_term_changed)
        self.find_edit.installEventFilter(self)  # Enter = next, Shift+Enter = previous
        self.replace_edit.returnPressed.connect(self.replace_all)
        # visible labels: a placeholder disappears as soon as the field has text
        self.find_label, self.replace_label = QLabel(), QLabel()
        self.find_label.setBuddy(self.find_edit)
        self.replace_label.setBuddy(self.replace_edit)
        # 置換 opens on demand (the 置換… button or Ctrl+H): one row less, so that the page fits 1366×768 in
        # 会議室モード without scrolling
        self.show_replace_button = button("minutesShowReplace", lambda: self.show_replace(True))
        find_row = FlowLayout()  # wraps in 会議室モード instead of widening the window
        for w, stretch in ((self.find_label, 0), (self.find_edit, 1), (self.find_prev_button, 0),
                           (self.find_next_button, 0), (self.find_result, 0), (self.show_replace_button, 0)):
            find_row.addWidget(w, stretch)
        replace_row = QHBoxLayout()
        for w, stretch in ((self.replace_label, 0), (self.replace_edit, 1), (self.replace_button, 0)):
            replace_row.addWidget(w, stretch)
        self.replace_box = QWidget(objectName="minutesReplaceBox")
        self.replace_box.setLayout(replace_row)
        replace_row.setContentsMargins(0, 0, 0, 0)
        self.replace_box.hide()
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.undo_stack.redo)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_find)  # Ctrl+F
        QShortcut(QKeySequence("Ctrl+H"), self, lambda: self.show_replace(True))
        QShortcut(QKeySequence.StandardKey.FindNext, self, self.find_next)  # F3
        QShortcut(QKeySequence.StandardKey.FindPrevious, self, self.find_previous)  # Shift+F3

        self.player = PlayerBar(self)
        self.player.player.positionChanged.connect(lambda ms: self.model.set_playing_position(ms / 1000))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(edit_row)
        layout.addLayout(find_row)
        layout.addWidget(self.replace_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.player)
        self.retranslate()
        self.update_actions()

    def retranslate(self) -> None:
        texts = {
            self.rename_button: (self.tr("話者名を変更…"), self.tr("選択した話者の名前を変更")),
            self.assign_button: (self.tr("話者を割り当て…"), self.tr("選択した発言に話者を割り当て")),
            self.merge_button: (self.tr("結合"), self.tr("選択した発言を結合")),
            self.split_button: (self.tr("分割"), self.tr("選択した発言を分割")),
            self.turns_button: (self.tr("同じ話者を結合"), self.tr("同じ話者の連続した発言を結合")),
            self.decision_button: (self.tr("決定事項に追加"), self.tr("選択した発言を決定事項に追加")),
            self.undo_button: (self.tr("元に戻す"), self.tr("元に戻す")),
            self.redo_button: (self.tr("やり直し"), self.tr("やり直し")),
            self.replace_button: (self.tr("すべて置換"), self.tr("すべて置換")),
            self.show_replace_button: (self.tr("置換…"), self.tr("置換の欄を表示（Ctrl+H）")),
            self.find_next_button: (self.tr("次を検索"), self.tr("次を検索（Enter）")),
            self.find_prev_button: (self.tr("前を検索"), self.tr("前を検索（Shift+Enter）")),
        }
        for widget, (text, name) in texts.items():
            widget.setText(text)
            widget.setAccessibleName(name)
        self.find_label.setText(self.tr("検索:"))
        self.replace_label.setText(self.tr("置換後:"))
        self.find_edit.setPlaceholderText(self.tr("検索する語"))
        self.find_edit.setAccessibleName(self.tr("検索する語"))
        self.replace_edit.setPlaceholderText(self.tr("置換後の語"))
        self.replace_edit.setAccessibleName(self.tr("置換後の語"))
        self.table.setAccessibleName(self.tr("発言の一覧"))
        self.find_result.clear()  # a count in the old language would stay until the next search
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)


    def update_actions(self) -> None:
        has = self.model.rowCount() > 0
        for b in (self.rename_button, self.assign_button, self.merge_button, self.split_button, self.turns_button,
                  self.decision_button):
            b.setEnabled(has)
        self.replace_button.setEnabled(has and bool(self.find_edit.text()))
        self.find_next_button.setEnabled(has and bool(self.find_edit.text()))
        self.find_prev_button.setEnabled(has and bool(self.find_edit.text()))
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.redo_button.setEnabled(self.undo_stack.canRedo())

    def set_transcript(self, transcript: Transcript) -> None:
        self.model.set_transcript(transcript)
        self.table.resizeRowsToContents()
        self.update_actions()

    # ------------------------------------------------------------------ actions
    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})

    def _segment_clicked(self, index) -> None:
        """A click selects the line and moves the player there without sound (selecting a line to rename
        a speaker must not play audio in an open office); Space or 再生 plays."""
        if index.isValid() and self.player.isEnabled():
            self.player.seek(self.model.segment(index.row()).start, play=False)

    def play_selected(self) -> None:
        """Space: play from the selected line; Space again pauses."""
        if not self.player.isEnabled():
            return
        rows = self.selected_rows()
        if self.player.is_playing() or not rows:
            self.player.toggle()
        else:
            self.player.seek(self.model.segment(rows[0]).start, play=True)

    def show_replace(self, shown: bool = True) -> None:
        """Show the 置換後 field and すべて置換 under the find row (and put the cursor in it)."""
        self.replace_box.setVisible(shown)
        self.show_replace_button.setVisible(not shown)
        if shown:
            self.replace_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_find(self) -> None:
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def rename_speaker(self, old: str, new: str) -> None:
        if new.strip() and new != old:
            self.model.apply(self.tr("話者名の変更"), lambda t: tx.rename_speaker(t, old, new))

    def ask_rename_speaker(self) -> None:
        rows = self.selected_rows()
        old = self.model.segment(rows[0]).speaker if rows else tx.DEFAULT_SPEAKER
        new, ok = QInputDialog.getText(self, self.tr("話者名を変更"),
                                       self.tr("「{old}」の新しい名前:").format(old=old), text=old)
        if ok:
            self.rename_speaker(old, new)

    def assign_speaker(self, rows: list[int], speaker: str) -> None:
        """Give the selected lines a speaker (new or existing), as one undo step."""
        if rows and speaker.strip():
            def mutate(t):
                for row in rows:
                    tx.set_speaker(t, row, speaker)
            self.model.apply(self.tr("話者の割り当て"), mutate)

    def ask_assign_speaker(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        names = self.model.transcript.speakers()
        name, ok = QInputDialog.getItem(self, self.tr("話者を割り当て"), self.tr("話者:"), names,
                                        names.index(self.model.segment(rows[0]).speaker), True)
        if ok:
            self.assign_speaker(rows, name)

    def merge_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) >= 2:
            self.model.apply(self.tr("発言の結合"), lambda t: tx.merge_segments(t, rows[0], rows[-1] - rows[0] + 1))

    def split_selected(self, at_char: int | None = None) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        text = self.model.segment(rows[0]).text
        at = at_char if at_char is not None else split_point(text)
        if 0 < at < len(text):
            self.model.apply(self.tr("発言の分割"), lambda t: tx.split_segment(t, rows[0], at))

    def merge_turns(self) -> None:
        self.model.apply(self.tr("同じ話者の結合"), tx.merge_speaker_turns)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Space
                and not event.modifiers() and self.table.state() != QAbstractItemView.State.EditingState):
            self.play_selected()
            return True
        if (watched is self.find_edit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.find_previous()
            else:
                self.find_next()
            return True
        return super().eventFilter(watched, event)

    def _find_term_changed(self, text: str) -> None:
        self.model.set_find_term(text)
        self.find_result.clear()
        self.update_actions()

    def find_next(self) -> int:
        return self._find(forward=True)

    def find_previous(self) -> int:
        return self._find(forward=False)

    def _find(self, forward: bool) -> int:
        """Select and show the next (previous) line containing the find term, wrapping around; returns its
        row, or -1 when no line contains it. Ignores case and full/half width."""
        term = self.find_edit.text()
        if not term:
            return -1
        rows = self.model.matching_rows(term)
        if not rows:
            text = self.tr("見つかりません")
            self.find_result.setText(text)
            self.status.emit(text)
            return -1
        current = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        if forward:
            row = next((r for r in rows if r > current), rows[0])
        else:
            row = next((r for r in reversed(rows) if r < current), rows[-1])
        index = self.model.index(row, COL_TEXT)
        # through the selection model: the view's own calls would extend the selection while Shift is held
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        text = self.tr("{n} 件中 {k} 件目").format(
            n=len(rows), k=rows.index(row) + 1)
        self.find_result.setText(text)
        self.status.emit(text)
        return row

    def replace_all(self) -> None:
        find, repl = self.find_edit.text(), self.replace_edit.text()
        if find:
            if not any(find in s.text for s in self.model.transcript.segments):
                self.status.emit(self.tr("「{find}」は見つかりませんでした。").format(find=find))
                return  # nothing to undo
            n = self.model.apply(self.tr("置換"), lambda t: tx.find_replace(t, find, repl))
            self.status.emit(self.tr("{n} か所を置換しました。").format(n=n or 0))

    def selected_to_decision(self) -> None:
        texts = [self.model.segment(row).text for row in self.selected_rows()]
        if texts:
            self.decisions_picked.emit(texts)
