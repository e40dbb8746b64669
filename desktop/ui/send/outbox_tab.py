"""送信待ち tab: the outbox with the hold countdown, Cancel during the hold, "send now", and the decision a
person must take for uncertain jobs (delivered / send again). Refreshed by a 1 s timer. GUI thread only."""
from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.services.send.errors import SendError
from desktop.ui.send.labels import job_detail_text, state_label
from desktop.ui.widgets.retranslate import Retranslating

ROLE = Qt.ItemDataRole.UserRole
OPEN_STATES = ("held", "sending", "uncertain", "failed", "confirming")
ATTENTION = QColor("#ffe1e1")


class OutboxTab(Retranslating, QWidget):
    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("outboxTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)     # column 番号 is the job number; no second numbering
        header = self.table.horizontalHeader()
        for col in (0, 1, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col in (2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(2, 280)
        self.table.setColumnWidth(3, 240)
        self.table.setWordWrap(False)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("outboxCancel")
        self.run_button = QPushButton()
        self.delivered_button = QPushButton()
        self.resend_button = QPushButton()
        buttons = QHBoxLayout()
        for b in (self.cancel_button, self.run_button, self.delivered_button, self.resend_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.run_button.clicked.connect(self.process_now)
        self.delivered_button.clicked.connect(lambda: self._resolve(True))
        self.resend_button.clicked.connect(lambda: self._resolve(False))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.retranslate()

    def refresh(self) -> None:
        if self.page.closed:
            return
        selected = set(self.selected_ids())
        jobs = self.page.outbox.jobs(states=OPEN_STATES)
        now = time.time()
        self.table.setRowCount(len(jobs))
        for row, j in enumerate(jobs):
            due = max(j.hold_until, j.next_attempt_at) - now
            countdown = self.tr("{s} 秒").format(s=int(due + 0.999)) if j.state == "held" and due > 0 else ""
            detail = "\n".join(t for t in (j.error, j.response) if t)
            recipient = f"{j.recipient_name} <{j.recipient}>" if j.recipient_name else j.recipient
            if j.role in ("cc", "bcc"):
                recipient = f"{j.role.upper()}: {recipient}"
            values = (str(j.id), state_label(j.state), recipient, j.subject, countdown, job_detail_text(j))
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(detail if col == 5 else text)
                item.setData(ROLE, (j.id, j.group_id, j.state))
                if j.state in ("uncertain", "failed"):
                    item.setBackground(QBrush(ATTENTION))
                self.table.setItem(row, col, item)
            if j.id in selected:
                self.table.selectRow(row)
        self._update_buttons()

    def selected_rows(self) -> list[tuple[int, str, str]]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.table.item(r, 0).data(ROLE) for r in rows if self.table.item(r, 0)]

    def selected_ids(self) -> list[int]:
        return [r[0] for r in self.selected_rows()]

    def row_of(self, job_id: int) -> int:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(ROLE)[0] == job_id:
                return r
        return -1

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        self.cancel_button.setEnabled(any(s == "held" for _, _, s in rows))
        # cancelling stops the whole send (every recipient of the group): say how many before the click
        groups = {g for _, g, s in rows if s == "held"}
        held = sum(1 for r in range(self.table.rowCount()) if self.table.item(r, 0)
                   and self.table.item(r, 0).data(ROLE)[1] in groups and self.table.item(r, 0).data(ROLE)[2] == "held")
        self.cancel_button.setText(self.tr("送信を取り消す（{n}件）").format(n=held) if held
                                   else self.tr("送信を取り消す"))
        self.cancel_button.setToolTip(self.tr("選択した送信の、まだ送っていない宛先すべてを取り消します。"))
        self.delivered_button.setEnabled(any(s == "uncertain" for _, _, s in rows))
        self.resend_button.setEnabled(any(s in ("uncertain", "failed") for _, _, s in rows))

    def process_now(self) -> None:
        """Send now: the selected sends (or, with nothing selected, every held send) skip the rest of the hold."""
        rows = self.selected_rows() or [self.table.item(r, 0).data(ROLE) for r in range(self.table.rowCount())
                                        if self.table.item(r, 0)]
        groups = {g for _, g, s in rows if s == "held"}
        released = sum(self.page.outbox.release_hold(g) for g in groups)
        if released:
            self.page.ctx.status(self.tr("{n} 件を保留せずに送信します。").format(n=released))
        self.page.start_runner()
        self.refresh()

    def cancel_selected(self) -> None:
        groups = {g for _, g, s in self.selected_rows() if s == "held"}
        total = 0
        for group in groups:
            jobs = self.page.outbox.jobs(group_id=group)
            cancelled = self.page.outbox.cancel_group(group)
            total += cancelled
            if cancelled:
                self.page.compose.restore_cancelled(jobs)    # back to the form for fixing
        self.page.ctx.status(self.tr("{n} 件の送信を取り消しました。").format(n=total))
        self.refresh()

    def _resolve(self, delivered: bool) -> None:
        for job_id, _, _state in self.selected_rows():
            try:
                self.page.outbox.resolve(job_id, delivered=delivered)
            except SendError:
                continue
        if not delivered:
            self.page.start_runner()
        self.refresh()

    def retranslate(self) -> None:
        self.info.setText(self.tr("保留中の送信は、送信までの残り時間の間は取り消せます。「要確認」は接続が切れて届いたか"
                             "分からない送信です。相手に確認してから「届いたことを確認」または「再送する」を選んでください。"))
        self.table.setHorizontalHeaderLabels([
            self.tr("番号"), self.tr("状態"), self.tr("宛先"), self.tr("件名"), self.tr("送信まで"),
                                              self.tr("サーバー応答・エラー")])
        self.cancel_button.setText(self.tr("送信を取り消す"))
        self.run_button.setText(self.tr("今すぐ処理"))
        self.run_button.setToolTip(self.tr("選択した送信（選択がなければ送信待ちのすべて）を、保留時間を待たずに送ります。"))
        self.delivered_button.setText(self.tr("届いたことを確認"))
        self.resend_button.setText(self.tr("再送する"))
        for w, name in ((self.table, self.tr("送信待ち一覧")), (self.cancel_button, self.tr("送信を取り消す")),
                        (self.run_button, self.tr("今すぐ処理")), (self.delivered_button, self.tr("届いたことを確認")),
                        (self.resend_button, self.tr("再送する"))):
            w.setAccessibleName(name)
        self.refresh()  # rows and states carry translated text
