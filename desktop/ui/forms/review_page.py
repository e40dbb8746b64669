"""Review page: read a batch of scans, check each form's fields beside their crops, confirm → ledger.

Fields that are invalid or below the review threshold are listed first and outlined; fields known right are
collapsed to one line. "確認済み（修正）" lists confirmed and exported records: a record reopened there can be
corrected, the correction is recorded (who, when, old → new) and its ledger row is overwritten on the next export. Keyboard: Enter confirms
a field and moves to the next; Enter on the last field (or Ctrl+Enter anywhere) confirms the record, which is
stored at once (SQLite) and then appended to the template's Excel ledger (``ledger_bar``). If the ledger is
locked the record stays confirmed and "台帳に書き出す" retries later. GUI thread only; OCR runs in a child process
via ctx.jobs.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QMessageBox, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget)

from desktop.services.common.jobs import run_in_child
from desktop.services.forms.ledger import reviewer_name
from desktop.services.forms.review_store import ReviewStore, StoredRecord
from desktop.services.forms.template import Template, list_templates
from desktop.ui.forms.field_rows import FieldRow
from desktop.ui.forms.ledger_bar import LedgerBar
from desktop.ui.forms.scan_view import ScanView, pixmap_from_bytes
from desktop.ui.widgets.retranslate import Retranslating


class ReviewPanel(Retranslating, QWidget):
    def __init__(self, ctx, parent=None, store: ReviewStore | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = store or ReviewStore()
        self.templates: list[Template] = []
        self.rows: list[FieldRow] = []
        self.current: StoredRecord | None = None
        self.current_row = 0      # index in self.rows of the field being worked on
        self.setObjectName("formsReview")
        self._build()
        self.reload_templates()
        self.retranslate()

    # ---------------------------------------------------------------- layout
    def _build(self) -> None:
        top = QHBoxLayout()
        self.template_label = QLabel()
        self.template_combo = QComboBox()
        self.template_combo.currentIndexChanged.connect(lambda _i: self.refresh_records())
        self.load_files_btn = QPushButton()
        self.load_files_btn.clicked.connect(self._pick_files)
        self.load_folder_btn = QPushButton()
        self.load_folder_btn.clicked.connect(self._pick_folder)
        self.mode_combo = QComboBox()
        self.mode_combo.addItem("", "pending")
        self.mode_combo.addItem("", "confirmed")
        self.mode_combo.currentIndexChanged.connect(lambda _i: self.refresh_records())
        top.addWidget(self.template_label)
        top.addWidget(self.template_combo, 1)
        top.addWidget(self.mode_combo)
        top.addWidget(self.load_files_btn)
        top.addWidget(self.load_folder_btn)
        self.ledger_bar = LedgerBar(self.ctx, self.store)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("handwritingNote")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("batchMessage")
        self.message.hide()

        self.record_list = QListWidget()
        # a long scan name is shortened in the middle (its page and status stay readable), never scrolled sideways
        self.record_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.record_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.record_list.setWordWrap(False)
        self.record_list.currentItemChanged.connect(self._record_selected)
        self.scan = ScanView()
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.record_title = QLabel()
        self.record_title.setObjectName("recordTitle")
        self.fields_area = QScrollArea()
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields_host = QWidget()
        self.fields_layout = QVBoxLayout(self.fields_host)
        self.fields_layout.addStretch(1)
        self.fields_area.setWidget(self.fields_host)
        buttons = QHBoxLayout()
        self.confirm_btn = QPushButton()
        self.confirm_btn.setDefault(True)
        self.confirm_btn.clicked.connect(self.confirm_current)
        self.discard_btn = QPushButton()
        self.discard_btn.clicked.connect(self.discard_current)
        buttons.addWidget(self.discard_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_btn)
        rv.addWidget(self.record_title)
        rv.addWidget(self.fields_area, 1)
        rv.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.record_list)
        split.addWidget(self.scan)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 3)
        split.setSizes([170, 470, 600])
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.ledger_bar)
        lay.addWidget(self.note)
        lay.addWidget(self.message)
        lay.addWidget(self.empty_label, 1)  # takes the spare room while there is nothing to review
        lay.addWidget(split, 1)
        self.splitter = split
        QShortcut(QKeySequence("Ctrl+Return"), self, self.confirm_current)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.confirm_current)

    def retranslate(self) -> None:
        self.template_label.setText(self.tr("テンプレート"))
        self.template_combo.setAccessibleName(self.tr("テンプレート"))
        self.mode_combo.setItemText(0, self.tr("確認待ち"))
        self.mode_combo.setItemText(1, self.tr("確認済み（修正）"))
        self.mode_combo.setAccessibleName(self.tr("表示する記録"))
        self.load_files_btn.setText(self.tr("スキャン/PDFを読み込む…"))
        self.load_files_btn.setAccessibleName(self.tr("スキャンまたはPDFを読み込む"))
        self.load_folder_btn.setText(self.tr("フォルダーを読み込む…"))
        self.load_folder_btn.setAccessibleName(self.tr("フォルダーのスキャンをまとめて読み込む"))
        self.record_list.setAccessibleName(self.tr("確認待ちの申請書"))
        self.scan.setAccessibleName(self.tr("スキャン画像"))
        self.fields_area.setAccessibleName(self.tr("読み取った項目"))
        self.confirm_btn.setText(self.tr("修正を保存 (Ctrl+Enter)") if self.correcting() else self.tr("確定して次へ (Ctrl+Enter)"))
        self.confirm_btn.setAccessibleName(self.tr("この申請書を確定して次へ"))
        self.discard_btn.setText(self.tr("この記録を破棄"))
        self.discard_btn.setAccessibleName(self.tr("この記録を破棄"))
        self.note.setText(self.tr("読み取りは活字（印字）向けです。手書きの文字は正確に読めないため、信頼度が低くなり確認に回ります。"
                                  "Enterで次の項目へ、最後の項目でEnterを押すと確定します。"))
        self._update_empty()
        for row in self.rows:
            row.retranslate()


    # ---------------------------------------------------------------- templates + ledger
    def reload_templates(self, select_path: str | None = None) -> None:
        previous = select_path or (str(self.current_template().path) if self.current_template() else None)
        self.templates = [t for _p, t in list_templates() if isinstance(t, Template)]
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for t in self.templates:
            self.template_combo.addItem(t.name, str(t.path))
        idx = self.template_combo.findData(previous) if previous else 0
        self.template_combo.setCurrentIndex(max(0, idx))
        self.template_combo.blockSignals(False)
        self.refresh_records()

    def current_template(self) -> Template | None:
        idx = self.template_combo.currentIndex() if hasattr(self, "template_combo") else -1
        return self.templates[idx] if 0 <= idx < len(self.templates) else None

    def ledger_path(self) -> Path | None:
        return self.ledger_bar.ledger_path()

    def set_ledger_path(self, path: Path) -> None:
        self.ledger_bar.set_ledger_path(path)

    # ---------------------------------------------------------------- reading scans
    def _pick_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("スキャンまたはPDFを選ぶ"), str(self.ctx.work_folder()),
                                                self.tr("スキャン (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)"))
        if files:
            self.load_files(files)

    def _pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("スキャンのフォルダー"), str(self.ctx.work_folder()))
        if folder:
            self.load_files([folder])

    def load_files(self, files: list[str]):
        tpl = self.current_template()
        if tpl is None:
            return None
        self.message.hide()
        kwargs = {"template": str(tpl.path), "inputs": [str(f) for f in files]}
        return self.ctx.jobs.start(
            self.tr("申請書の読み取り"),
            lambda progress, cancel: run_in_child("desktop.services.forms.extract:extract_batch", kwargs,
                                                  progress=progress, cancel=cancel),
            lane="serial", on_success=self._batch_done)

    def _batch_done(self, batch) -> None:
        added = self.store.add_records(batch)
        ids = added.ids
        lines = [self.tr("{n} 枚の申請書を読み取りました。").format(n=len(batch.records))]
        for dup in added.duplicates:
            lines.append(self.tr("{file} の {page} ページ目は読み取り済みのスキャンと同じため、追加しませんでした（{status}）。")
                         .format(file=Path(dup.source).name, page=dup.page, status=self._status_label(dup.status)))
        for page in batch.rejected:
            name = Path(page.source).name
            if page.reason == "blank":
                lines.append(self.tr("{file} の {page} ページ目は白紙のため読み飛ばしました。").format(file=name, page=page.page))
            elif page.reason == "unreadable":
                lines.append(self.tr("{file} は読み込めないため読み飛ばしました（{detail}）。").format(file=name, detail=page.message))
            else:
                lines.append(self.tr("{file} の {page} ページ目はこのテンプレートの様式と一致しないため読み取りませんでした。")
                             .format(file=name, page=page.page))
        self.message.setText("\n".join(lines))
        self.message.show()
        self.ctx.status(lines[0])
        self.refresh_records(ids[0] if ids else None)

    def correcting(self) -> bool:
        return hasattr(self, "mode_combo") and self.mode_combo.currentData() == "confirmed"

    def _status_label(self, status: str) -> str:
        return {"pending": self.tr("確認待ち"), "confirmed": self.tr("確認済み"),
                "exported": self.tr("台帳に追加済み")}.get(status, status)

    # ---------------------------------------------------------------- records
    def refresh_records(self, select_id: str | None = None) -> None:
        tpl = self.current_template()
        self.ledger_bar.set_template(tpl)
        if tpl is None:
            pending = []
        elif self.correcting():
            pending = self.store.list("confirmed", str(tpl.path)) + self.store.list("exported", str(tpl.path))
        else:
            pending = self.store.list("pending", str(tpl.path))
        threshold = self._threshold()
        self.confirm_btn.setText(self.tr("修正を保存 (Ctrl+Enter)") if self.correcting() else self.tr("確定して次へ (Ctrl+Enter)"))
        self.record_list.blockSignals(True)
        self.record_list.clear()
        for rec in pending:
            issues = sum(f.needs_review(threshold) for f in rec.fields)
            label = f"{Path(rec.source).name}  p.{rec.page}"
            if self.correcting():
                label += "\n" + self._status_label(rec.status)
            else:
                label += "\n" + (self.tr("要確認 {n} 項目").format(n=issues) if issues else self.tr("問題なし"))
            item = QListWidgetItem(label)
            item.setToolTip(label)
            item.setData(Qt.ItemDataRole.UserRole, rec.id)
            self.record_list.addItem(item)
        self.record_list.blockSignals(False)
        self._update_empty()
        if not pending:
            self.show_record(None)
            return
        row = 0
        for i in range(self.record_list.count()):
            if self.record_list.item(i).data(Qt.ItemDataRole.UserRole) == select_id:
                row = i
        self.record_list.setCurrentRow(row)
        self._record_selected(self.record_list.currentItem(), None)

    def _update_empty(self) -> None:
        has = self.record_list.count() > 0
        self.empty_label.setText(self.tr("確認待ちの申請書はありません。「スキャン/PDFを読み込む…」から始めてください。"))
        self.empty_label.setVisible(not has)
        self.splitter.setVisible(has)

    def _threshold(self) -> float:
        try:
            return float(self.ctx.settings.get("forms_review_threshold"))
        except (KeyError, TypeError, ValueError):
            return 0.9

    def _record_selected(self, item, _previous) -> None:
        if item is None:
            return
        self.show_record(self.store.get(item.data(Qt.ItemDataRole.UserRole)))

    def show_record(self, rec: StoredRecord | None) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        self.current = rec
        tpl = self.current_template()
        self.confirm_btn.setEnabled(rec is not None)
        self.discard_btn.setEnabled(rec is not None)
        if rec is None or tpl is None:
            self.record_title.setText("")
            return
        self.record_title.setText(f"{Path(rec.source).name}  p.{rec.page}")
        self.scan.set_image(pixmap_from_bytes(rec.preview_image), tpl.size[0])
        threshold = self._threshold()
        fields = rec.fields
        if rec.confirmed is not None:      # reopened: show what was confirmed, not what was read
            import dataclasses

            fields = [dataclasses.replace(f, value=rec.confirmed.get(f.name, f.value), problems=[])
                      for f in rec.fields]
        by_name = {f.name: f for f in fields}
        rows = [FieldRow(f, by_name[f.name], threshold) for f in tpl.fields if f.name in by_name]
        rows.sort(key=FieldRow.priority)
        for f in tpl.fields:
            for key, box in (((f.name, f.box),) if f.box else ((f"{f.name}:{o.label}", o.box) for o in f.options)):
                self.scan.add_box(key, box)
        for i, row in enumerate(rows):
            self.fields_layout.insertWidget(i, row)
            row.advance.connect(lambda i=i: self._advance(i))
            row.focused.connect(self._focus_field)
            row.confirm.connect(self.confirm_current)
        self.rows = rows
        self.current_row = 0
        if rows:
            self._focus_field(rows[0].field.name)
            QTimer.singleShot(0, rows[0].focus_editor)

    def active_editor(self):
        """The editor Enter is at (tracked here, so it does not depend on the window having focus)."""
        if not self.rows:
            return None
        row = self.rows[min(self.current_row, len(self.rows) - 1)]
        return row.editors[row.current_editor]

    def _focus_field(self, name: str) -> None:
        self.current_row = next((i for i, r in enumerate(self.rows) if r.field.name == name), self.current_row)
        for r in self.rows:
            r.show_crop(r.field.name == name)
        tpl = self.current_template()
        f = tpl.field(name) if tpl else None
        key = name if f is not None and f.box else (f"{name}:{f.options[0].label}" if f else None)
        self.scan.highlight(key)
        row = next((r for r in self.rows if r.field.name == name), None)
        if row is not None:
            self.fields_area.ensureWidgetVisible(row)

    def _advance(self, index: int) -> None:
        if index + 1 < len(self.rows):
            self.current_row = index + 1
            self._focus_field(self.rows[index + 1].field.name)
            self.rows[index + 1].focus_editor()
        else:
            self.confirm_current()

    def confirm_current(self) -> bool:
        """Confirm the shown record if every field is valid; store it and append it to the ledger."""
        rec, tpl = self.current, self.current_template()
        if rec is None or tpl is None:
            return False
        values: dict[str, object] = {}
        for row in self.rows:
            row.recheck()
            value, problems = row.checked_value()
            if problems:
                row.focus_editor()
                self.ctx.status(self.tr("「{name}」に問題があります。修正してから確定してください。").format(name=row.field.name))
                return False
            values[row.field.name] = value
        if rec.status in ("confirmed", "exported"):
            changed = self.store.correct(rec.id, values, reviewer_name())
            self.ctx.status(self.tr("修正を記録しました（{n} 項目）: {file} p.{page}")
                            .format(n=len(changed), file=Path(rec.source).name, page=rec.page))
            if changed:
                self.export_pending()
            self.refresh_records(rec.id)
            return True
        corrected = [r.field.name for r in self.rows if r.changed()]
        self.store.confirm(rec.id, values, reviewer_name(), corrected)
        self.ctx.status(self.tr("確定しました: {file} p.{page}").format(file=Path(rec.source).name, page=rec.page))
        self.export_pending()
        self.refresh_records()
        return True

    def discard_current(self) -> None:
        rec = self.current
        if rec is None:
            return
        answer = QMessageBox.question(self, self.tr("記録の破棄"),
                                      self.tr("この記録を台帳に入れずに破棄しますか？"))
        if answer == QMessageBox.StandardButton.Yes:
            self.store.discard(rec.id)
            self.refresh_records()

    def export_pending(self):
        """Write the confirmed records of the current template to its ledger (a job); None if there are none."""
        return self.ledger_bar.export()
