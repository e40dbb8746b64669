"""決裁待ち inbox: the 起案 circulating through the shared folder that concern the signed-in staff member —
waiting for them first (決裁待ち), then their own drafts (回付中 / 差戻し / 決裁済) — with a 送受信 button.

The network part (:meth:`Circulation.sync`) runs through ``ctx.jobs`` on the parallel lane; the list itself is
read from local files on the GUI thread. Double-click (or Enter) opens an item in the page.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.services.approval.circulation import Circulation, InboxItem
from desktop.ui.approval.vocabulary import kind_text
from desktop.ui.widgets.retranslate import Retranslating


class InboxPanel(Retranslating, QWidget):
    open_requested = Signal(str)      # draft_id
    synced = Signal(object)           # SyncReport

    def __init__(self, start_job: Callable | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.circ: Circulation | None = None
        self.start_job = start_job
        self._job = None
        self.items: list[InboxItem] = []
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.sync_button = QPushButton()
        self.table = QTableWidget(0, 6)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.sync_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.sync_button.clicked.connect(self.sync_now)
        self.table.cellDoubleClicked.connect(lambda row, _col: self._open(row))
        self.table.cellActivated.connect(lambda row, _col: self._open(row))
        self.retranslate()

    def retranslate(self) -> None:
        self.sync_button.setText(self.tr("送受信"))
        self.sync_button.setAccessibleName(self.tr("回付を送受信する"))
        self.table.setHorizontalHeaderLabels([self.tr("状態"), self.tr("件名"), self.tr("文書番号"), self.tr("起案者"),
                                              self.tr("現在の段階"), self.tr("更新")])
        self.table.setAccessibleName(self.tr("決裁待ちと回付中の起案（ダブルクリックで開く）"))
        self.refresh()


    def set_circulation(self, circ: Circulation | None, reason: str = "") -> None:
        self.circ = circ
        self._reason = reason
        self.sync_button.setEnabled(circ is not None)
        self.refresh()

    # -- network -----------------------------------------------------------------------------------
    def sync_now(self):
        """Start a send/receive job (or return the one still running: one sync at a time)."""
        if self.circ is None or self.start_job is None:
            return None
        if self._job is not None and not self._job.done:
            return self._job
        circ = self.circ
        self.note.setText(self.tr("共有フォルダと送受信しています…"))
        self._job = self.start_job(self.tr("回付の送受信"), lambda progress, cancel: circ.sync(cancel),
                                   lane="parallel", on_success=self._synced)
        return self._job

    def _synced(self, report) -> None:
        self.refresh()
        if report.offline:
            self.note.setText(self.tr("共有フォルダにつながりません。決裁は保存され、次の送受信で届きます。") +
                              f"（{report.error}）")
        self.synced.emit(report)

    # -- view --------------------------------------------------------------------------------------
    def status_label(self, item: InboxItem) -> str:
        if item.waiting_for_me:
            text = self.tr("決裁待ち")
        else:
            text = {"in_progress": self.tr("回付中"), "returned": self.tr("差戻し"), "decided": self.tr("決裁済"),
                    "withdrawn": self.tr("取下げ")}.get(item.status, item.status)
        if item.unsent:
            text += self.tr("（未送信 {n}）").format(n=item.unsent)
        if item.rejected:
            text += self.tr("（無効な決裁ファイル {n}）").format(n=item.rejected)
        return text

    def refresh(self) -> None:
        if self.circ is None:
            self.items = []
            self.table.setRowCount(0)
            self.note.setText(self.tr("回付には共有フォルダ（同期ページのクラウドの設定）とサインインが必要です。"))
            return
        self.items = self.circ.items()
        waiting = sum(1 for i in self.items if i.waiting_for_me)
        staff = self.circ.desk.staff
        self.note.setText(self.tr("{name} さんの決裁待ち: {n} 件").format(name=staff.name or staff.staff_id, n=waiting))
        self.table.setRowCount(len(self.items))
        for r, item in enumerate(self.items):
            when = ""
            if item.updated:
                try:
                    when = dt.datetime.strptime(item.updated, "%Y-%m-%dT%H:%M:%S.%fZ").replace(
                        tzinfo=dt.timezone.utc).astimezone().strftime("%m/%d %H:%M")
                except ValueError:
                    when = item.updated
            current = item.current_label     # 「合議（…）」 from the service: the kind in the UI language
            if current.startswith("合議（"):
                current = kind_text("合議") + current[len("合議"):]
            cells = (self.status_label(item), item.subject, item.doc_number, item.drafter_name, current, when)
            for c, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, item.draft_id)
                if item.waiting_for_me:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(r, c, cell)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.open_requested.emit(self.items[row].draft_id)
