"""Editing the route: 回議 steps and 合議 groups in order, the 決定権者, 代決者 (final step) and 後閲 flags.

One table row per step (= one column of the 決裁欄), in a clerk's words: 役職, 氏名 and 職員ID of the person who
decides it (only that staff ID can approve the step), 合議先 with their staff IDs and how many must agree
(「全員」 or a number). The template's 職名 is kept with the row but not shown. GUI thread only; ``changed``
fires on every edit.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from desktop.services.approval.model import LEVELS, STEP_KINDS, RouteStep
from desktop.ui.approval.vocabulary import kind_text, level_text
from desktop.ui.widgets.fitted_table import FittedTable
from desktop.ui.widgets.retranslate import Retranslating

(COL_KIND, COL_LEVEL, COL_NAME, COL_STAFF, COL_MEMBERS, COL_MEMBER_IDS, COL_QUORUM, COL_DECIDER, COL_DELEGATE,
 COL_DELEGATE_ID, COL_POST) = range(11)
_SPLIT = r"[・、,，\n]"
# shown under the table for the selected step, not as columns: eleven columns did not fit beside the draft (the
# table scrolled sideways at 1366×768 and 決定権者 was out of sight); the table keeps them as hidden cells
DETAIL_COLUMNS = (COL_MEMBERS, COL_MEMBER_IDS, COL_QUORUM, COL_DELEGATE, COL_DELEGATE_ID)


def _split(text: str) -> list[str]:
    return [m.strip() for m in re.split(_SPLIT, text) if m.strip()]


class RouteEditor(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.table = FittedTable(0, 11)     # the visible columns whole, never sideways
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(self._item_changed)
        self.add_button = QPushButton()
        self.add_group_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.decider_button = QPushButton()
        buttons = QHBoxLayout()
        for b in (self.add_button, self.add_group_button, self.remove_button, self.up_button, self.down_button,
                  self.decider_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for col in DETAIL_COLUMNS:
            self.table.setColumnHidden(col, True)
        self.details = QGroupBox()
        self.details.setObjectName("routeStepDetails")
        details = QFormLayout(self.details)
        self.detail_form = details
        self.members_edit, self.member_ids_edit = QLineEdit(), QLineEdit()
        self.delegate_edit, self.delegate_id_edit = QLineEdit(), QLineEdit()
        self.quorum_spin = QSpinBox()
        self.quorum_spin.setRange(0, 99)
        self.detail_edits = {COL_MEMBERS: self.members_edit, COL_MEMBER_IDS: self.member_ids_edit,
                             COL_DELEGATE: self.delegate_edit, COL_DELEGATE_ID: self.delegate_id_edit}
        self.detail_labels = {col: QLabel() for col in DETAIL_COLUMNS}
        self.no_details = QLabel()
        self.no_details.setWordWrap(True)
        details.addRow(self.no_details)
        for col in DETAIL_COLUMNS:
            widget = self.quorum_spin if col == COL_QUORUM else self.detail_edits[col]
            self.detail_labels[col].setBuddy(widget)
            details.addRow(self.detail_labels[col], widget)
        for col, edit in self.detail_edits.items():
            edit.textEdited.connect(lambda text, c=col: self._detail_edited(c, text))
        self.quorum_spin.valueChanged.connect(self._detail_quorum)
        self.table.itemSelectionChanged.connect(self._show_details)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.details)
        self.add_button.clicked.connect(lambda: self.add_step(RouteStep(kind="回議", level="課長")))
        self.add_group_button.clicked.connect(lambda: self.add_step(RouteStep(kind="合議", position="合議")))
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.decider_button.clicked.connect(self.make_selected_decider)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("種別"), self.tr("役職"), self.tr("氏名"), self.tr("職員ID"), self.tr("合議先（・区切り）"),
            self.tr("合議先の職員ID（・区切り）"), self.tr("必要な同意"), self.tr("決定権者"), self.tr("代決者"),
            self.tr("代決者の職員ID"), self.tr("後閲")])
        self.table.setAccessibleName(self.tr("決裁経路"))
        for col in DETAIL_COLUMNS:
            text = self.table.horizontalHeaderItem(col).text()
            self.detail_labels[col].setText(text)
            (self.quorum_spin if col == COL_QUORUM else self.detail_edits[col]).setAccessibleName(text)
        self.quorum_spin.setSpecialValueText(self.tr("全員"))
        self.quorum_spin.setSuffix(self.tr(" 人"))
        self.no_details.setText(self.tr("この段階には追加の設定はありません。合議の相手先と、最終段階の代決者はここで設定します。"))
        self._show_details()
        for r in range(self.table.rowCount()):     # the kinds and 職位 in the new language
            for col, text in ((COL_KIND, kind_text), (COL_LEVEL, level_text)):
                combo = self.table.cellWidget(r, col)
                for i in range(combo.count()):
                    combo.setItemText(i, text(combo.itemData(i)))
        for button, text in ((self.add_button, self.tr("回議を追加")), (self.add_group_button, self.tr("合議を追加")),
                             (self.remove_button, self.tr("削除")), (self.up_button, self.tr("上へ")),
                             (self.down_button, self.tr("下へ")), (self.decider_button, self.tr("決定権者にする"))):
            button.setText(text)
            button.setAccessibleName(text)

    # -- data --------------------------------------------------------------------------------------
    def set_steps(self, steps: list[RouteStep], select: int | None = None) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            for step in steps:
                self._append_row(step)
            self._fit_rows()
            self._apply_lock()
        finally:
            self._loading = False
        if select is not None and 0 <= select < len(steps):
            self.table.selectRow(select)
        self._show_details()

    def steps(self) -> list[RouteStep]:
        out = []
        for r in range(self.table.rowCount()):
            kind = self.table.cellWidget(r, COL_KIND)
            out.append(RouteStep(
                kind=kind.currentData(), position=kind.property("position") or "", name=self._text(r, COL_NAME),
                level=self.table.cellWidget(r, COL_LEVEL).currentData(), members=_split(self._text(r, COL_MEMBERS)),
                member_ids=_split(self._text(r, COL_MEMBER_IDS)), staff_id=self._text(r, COL_STAFF),
                quorum=self.table.cellWidget(r, COL_QUORUM).value(),
                decider=self.table.item(r, COL_DECIDER).checkState() == Qt.CheckState.Checked,
                delegate=self._text(r, COL_DELEGATE), delegate_id=self._text(r, COL_DELEGATE_ID),
                post_review=self.table.item(r, COL_POST).checkState() == Qt.CheckState.Checked))
        return out

    def set_locked(self, locked: bool) -> None:
        """Read-only while the draft circulates (its route is frozen in the record)."""
        self._locked = locked
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if locked
                                   else QAbstractItemView.EditTrigger.AllEditTriggers)
        for b in (self.add_button, self.add_group_button, self.remove_button, self.up_button, self.down_button,
                  self.decider_button):
            b.setEnabled(not locked)
        self._apply_lock()
        self._show_details()

    def _apply_lock(self) -> None:
        locked = getattr(self, "_locked", False)
        was, self._loading = self._loading, True    # flag changes are not edits
        try:
            self._lock_rows(locked)
        finally:
            self._loading = was

    def _lock_rows(self, locked: bool) -> None:
        for r in range(self.table.rowCount()):
            for c in (COL_KIND, COL_LEVEL, COL_QUORUM):
                self.table.cellWidget(r, c).setEnabled(not locked)
            for c in (COL_DECIDER, COL_POST):
                item = self.table.item(r, c)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                item.setFlags(flags if locked else flags | Qt.ItemFlag.ItemIsUserCheckable)

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.table.currentRow()

    def select_step(self, index: int) -> None:
        if 0 <= index < self.table.rowCount():
            self.table.selectRow(index)
            self.table.setFocus()

    # -- editing actions ---------------------------------------------------------------------------
    def add_step(self, step: RouteStep) -> None:
        steps = self.steps()
        row = self.selected_row()
        # a new step goes before the decider by default (the decider stays last)
        at = row + 1 if 0 <= row < len(steps) - 1 else max(len(steps) - (1 if steps and steps[-1].decider else 0), 0)
        steps.insert(at, step)
        self.set_steps(steps, select=at)
        self.changed.emit()

    def remove_selected(self) -> None:
        steps, row = self.steps(), self.selected_row()
        if 0 <= row < len(steps):
            del steps[row]
            self.set_steps(steps, select=min(row, len(steps) - 1))
            self.changed.emit()

    def move_selected(self, delta: int) -> None:
        steps, row = self.steps(), self.selected_row()
        target = row + delta
        if 0 <= row < len(steps) and 0 <= target < len(steps):
            steps[row], steps[target] = steps[target], steps[row]
            self.set_steps(steps, select=target)
            self.changed.emit()

    def make_selected_decider(self) -> None:
        steps, row = self.steps(), self.selected_row()
        if 0 <= row < len(steps):
            for i, step in enumerate(steps):
                step.decider = i == row
            self.set_steps(steps, select=row)
            self.changed.emit()

    # -- the selected step's details ----------------------------------------------------------------
    def _show_details(self) -> None:
        """Fill the details box from the selected row's hidden cells; show what applies to that step."""
        row = self.selected_row()
        valid = 0 <= row < self.table.rowCount()
        group = valid and self.table.cellWidget(row, COL_KIND).currentData() == "合議"
        final = valid and (row == self.table.rowCount() - 1
                           or self.table.item(row, COL_DECIDER).checkState() == Qt.CheckState.Checked
                           or bool(self._text(row, COL_DELEGATE) or self._text(row, COL_DELEGATE_ID)))
        self.details.setTitle(self.tr("経路 {n} の詳細").format(n=row + 1) if valid else self.tr("段階の詳細"))
        for col in (COL_MEMBERS, COL_MEMBER_IDS, COL_QUORUM):
            self.detail_form.setRowVisible(self.detail_labels[col], bool(group))
        for col in (COL_DELEGATE, COL_DELEGATE_ID):
            self.detail_form.setRowVisible(self.detail_labels[col], bool(final))
        self.detail_form.setRowVisible(self.no_details, not (group or final))
        locked = getattr(self, "_locked", False)
        for col, edit in self.detail_edits.items():
            text = self._text(row, col) if valid else ""
            if edit.text() != text:
                edit.setText(text)
            edit.setReadOnly(locked)
        spin = self.table.cellWidget(row, COL_QUORUM) if valid else None
        self.quorum_spin.blockSignals(True)
        self.quorum_spin.setValue(spin.value() if spin is not None else 0)
        self.quorum_spin.blockSignals(False)
        self.quorum_spin.setEnabled(not locked)

    def _detail_edited(self, col: int, text: str) -> None:
        row = self.selected_row()
        if 0 <= row < self.table.rowCount():
            item = self.table.item(row, col)
            if item is not None:
                item.setText(text)             # itemChanged → changed

    def _detail_quorum(self, value: int) -> None:
        row = self.selected_row()
        spin = self.table.cellWidget(row, COL_QUORUM) if 0 <= row < self.table.rowCount() else None
        if spin is not None:
            spin.setValue(value)               # valueChanged → changed

    # -- internals ---------------------------------------------------------------------------------
    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item else ""

    def _append_row(self, step: RouteStep) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        kind = QComboBox()        # shown in the UI language, the Japanese value kept as the item's data
        for value in STEP_KINDS:
            kind.addItem(kind_text(value), value)
        kind.setCurrentIndex(kind.findData(step.kind if step.kind in STEP_KINDS else "回議"))
        kind.setProperty("position", step.position)
        kind.setAccessibleName(self.tr("経路 {n} の種別").format(n=r + 1))
        level = QComboBox()
        for value in LEVELS:
            level.addItem(level_text(value), value)
        level.setCurrentIndex(level.findData(step.level if step.level in LEVELS else "課長"))
        level.setAccessibleName(self.tr("経路 {n} の役職").format(n=r + 1))
        quorum = QSpinBox()
        quorum.setRange(0, 99)
        quorum.setSpecialValueText(self.tr("全員"))
        quorum.setSuffix(self.tr(" 人"))
        quorum.setValue(step.quorum)
        quorum.setAccessibleName(self.tr("経路 {n} の合議で必要な同意の人数").format(n=r + 1))
        for widget in (kind, level):
            widget.currentTextChanged.connect(self._widget_changed)
        quorum.valueChanged.connect(self._widget_changed)
        self.table.setCellWidget(r, COL_KIND, kind)
        self.table.setCellWidget(r, COL_LEVEL, level)
        self.table.setCellWidget(r, COL_QUORUM, quorum)
        for col, text in ((COL_NAME, step.name), (COL_STAFF, step.staff_id), (COL_MEMBERS, "・".join(step.members)),
                          (COL_MEMBER_IDS, "・".join(step.member_ids)), (COL_DELEGATE, step.delegate),
                          (COL_DELEGATE_ID, step.delegate_id)):
            self.table.setItem(r, col, QTableWidgetItem(text))
        for col, on in ((COL_DECIDER, step.decider), (COL_POST, step.post_review)):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.table.setItem(r, col, item)

    def _fit_rows(self) -> None:
        """Rows as tall as their combo/spin boxes (meeting-room mode makes those >= 48 px)."""
        for r in range(self.table.rowCount()):
            heights = [self.table.cellWidget(r, c).sizeHint().height() for c in (COL_KIND, COL_LEVEL, COL_QUORUM)]
            self.table.setRowHeight(r, max([self.table.sizeHintForRow(r), *heights]))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_rows()
        super().changeEvent(event)  # Retranslating: the language switch → retranslate()

    def _item_changed(self, *_):
        if not self._loading:
            self._show_details()
            self.changed.emit()

    def _widget_changed(self, *_):
        if not self._loading:
            self._show_details()
            self.changed.emit()
