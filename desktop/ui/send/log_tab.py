"""送信記録 tab: every job (time, state, recipient, subject, attachments with SHA-256, transport, server reply)
and the history of the selected job; export to .xlsx through ctx.jobs. GUI thread only."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QListWidget, QPushButton,
                               QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.services.send.send_log import export_xlsx
from desktop.ui.send.labels import event_text, job_detail_text, state_label
from desktop.ui.widgets.retranslate import Retranslating

ROLE = Qt.ItemDataRole.UserRole


def _when(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M:%S") if ts else ""


class LogTab(Retranslating, QWidget):
    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("sendLogTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in (0, 1, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col in (2, 3, 5, 6):        # share the rest: every column stays on screen (full text in tooltips)
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.history = QListWidget()
        self.refresh_button = QPushButton()
        self.export_button = QPushButton()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.history)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self._choose_export)
        self.table.itemSelectionChanged.connect(self._show_history)
        self.retranslate()

    def refresh(self) -> None:
        if self.page.closed:
            return
        jobs = list(reversed(self.page.outbox.jobs()))
        self.table.setRowCount(len(jobs))
        for row, j in enumerate(jobs):
            files = ", ".join(f"{a.name} (SHA-256 {a.sha256[:12]}…)" for a in j.attachments)
            values = (_when(j.created_at), state_label(j.state), j.recipient, j.subject,
                      self.tr("リンク") if j.transport == "link" else self.tr("メール添付"), files, job_detail_text(j))
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(ROLE, j.id)
                item.setToolTip("\n".join(f"{a.name}: {a.sha256}" for a in j.attachments) if col == 5 else text)
                self.table.setItem(row, col, item)

    def _show_history(self) -> None:
        self.history.clear()
        rows = {i.row() for i in self.table.selectedIndexes()}
        if not rows:
            return
        job_id = self.table.item(rows.pop(), 0).data(ROLE)
        for e in self.page.outbox.events(job_id):
            arrow = state_label(e.to_state)
            if e.from_state:
                arrow = f"{state_label(e.from_state)} → {arrow}"
            self.history.addItem(f"{_when(e.at)}  {arrow}  {event_text(e.detail)}")

    def _choose_export(self) -> None:
        default = self.page.ctx.work_folder() / f"送信記録_{dt.date.today():%Y%m%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("送信記録を保存"), str(default), "Excel (*.xlsx)")
        if path:
            self.export(Path(path))

    def export(self, path: Path):
        outbox = self.page.outbox
        return self.page.ctx.jobs.start(self.tr("送信記録を書き出し"), lambda p, c: export_xlsx(outbox, path),
                                        lane="parallel", on_success=lambda out: self.page.ctx.status(
                                            self.tr("送信記録を保存しました: {path}").format(path=out)))

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("日時"), self.tr("状態"), self.tr("宛先"), self.tr("件名"), self.tr("送信方法"),
                                              self.tr("添付ファイル"), self.tr("サーバー応答")])
        self.refresh_button.setText(self.tr("更新"))
        self.export_button.setText(self.tr("Excelに書き出す…"))
        for w, name in ((self.table, self.tr("送信記録")), (self.history, self.tr("状態の履歴")),
                        (self.refresh_button, self.tr("更新")), (self.export_button, self.tr("Excelに書き出す"))):
            w.setAccessibleName(name)
        self.refresh()  # rows and states carry translated text
