"""Route simulation panel: submit the draft, act as each step (承認 / 差戻し / 代決 / 後閲 / 取下げ) and see the
record (hash chain) that every action appends. Record operations are small SQLite writes (milliseconds), done
on the GUI thread; verification of a file goes through the page's job runner.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.services.approval.errors import ApprovalError
from desktop.services.approval.model import Draft
from desktop.services.approval.record import ApprovalRecord
from desktop.services.approval.route_sim import DRAFTER, RouteRun
from desktop.ui.approval.messages import action_text, status_text


class RoutePanel(QWidget):
    acted = Signal()                 # after any recorded action
    failed = Signal(object)          # ApprovalError refused by the service

    def __init__(self, record: ApprovalRecord, current_draft: Callable[[], Draft],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self.current_draft = current_draft
        self.before_submit: Callable[[], None] | None = None  # e.g. number the document first
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.submit_button = QPushButton()
        self.approve_button = QPushButton()
        self.member = QComboBox()
        self.delegate_button = QPushButton()
        self.pass_button = QPushButton()
        self.post_review_button = QPushButton()
        self.post_review_step = QComboBox()
        self.send_back_button = QPushButton()
        self.send_back_target = QComboBox()
        self.reason = QLineEdit()
        self.withdraw_button = QPushButton()
        self.log = QTableWidget(0, 6)
        self.log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log.verticalHeader().setVisible(False)
        self.log.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.log.horizontalHeader().setStretchLastSection(True)

        grid = QGridLayout()
        grid.addWidget(self.submit_button, 0, 0)
        grid.addWidget(self.approve_button, 0, 1)
        grid.addWidget(self.member, 0, 2)
        grid.addWidget(self.delegate_button, 1, 0)
        grid.addWidget(self.pass_button, 1, 1)
        grid.addWidget(self.post_review_button, 2, 0)
        grid.addWidget(self.post_review_step, 2, 1)
        grid.addWidget(self.send_back_button, 3, 0)
        grid.addWidget(self.send_back_target, 3, 1)
        grid.addWidget(self.reason, 3, 2)
        grid.addWidget(self.withdraw_button, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(grid)
        layout.addWidget(self.log, 1)

        self.submit_button.clicked.connect(self.submit)
        self.approve_button.clicked.connect(self.approve)
        self.delegate_button.clicked.connect(lambda: self._do(lambda run: run.delegate_decide()))
        self.pass_button.clicked.connect(lambda: self._do(lambda run: run.pass_for_post_review()))
        self.post_review_button.clicked.connect(
            lambda: self._do(lambda run: run.post_review(self.post_review_step.currentData())))
        self.send_back_button.clicked.connect(
            lambda: self._do(lambda run: run.send_back(self.send_back_target.currentData(), self.reason.text())))
        self.withdraw_button.clicked.connect(lambda: self._do(lambda run: run.withdraw(self.reason.text())))
        self.retranslate()

    def retranslate(self) -> None:
        for button, text in ((self.submit_button, self.tr("提出（回付開始）")), (self.approve_button, self.tr("承認")),
                             (self.delegate_button, self.tr("代決（最終段階）")),
                             (self.pass_button, self.tr("後閲扱いで進める")),
                             (self.post_review_button, self.tr("後閲済にする")),
                             (self.send_back_button, self.tr("差戻し")), (self.withdraw_button, self.tr("取下げ"))):
            button.setText(text)
            button.setAccessibleName(text)
        self.member.setAccessibleName(self.tr("合議の承認者"))
        self.post_review_step.setAccessibleName(self.tr("後閲する段階"))
        self.send_back_target.setAccessibleName(self.tr("差戻し先"))
        self.reason.setPlaceholderText(self.tr("差戻し・取下げの理由"))
        self.reason.setAccessibleName(self.tr("差戻し・取下げの理由"))
        self.log.setHorizontalHeaderLabels([self.tr("番号"), self.tr("日時"), self.tr("操作"), self.tr("実行者"),
                                            self.tr("段階"), self.tr("内容 / 行ハッシュ")])
        self.log.setAccessibleName(self.tr("回付の記録"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- actions -----------------------------------------------------------------------------------
    def run(self) -> RouteRun:
        return RouteRun(self.current_draft().draft_id, self.record)

    def submit(self) -> None:
        if self.before_submit is not None:
            self.before_submit()
        draft = self.current_draft()
        self._do(lambda run: run.submit(draft))

    def approve(self) -> None:
        member = self.member.currentText() if self.member.isEnabled() else ""
        self._do(lambda run: run.approve(member=member))

    def _do(self, action) -> bool:
        try:
            action(self.run())
        except ApprovalError as exc:
            self.failed.emit(exc)
            self.refresh()
            return False
        self.reason.clear()
        self.refresh()
        self.acted.emit()
        return True

    # -- view --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            run = self.run()
            state, events = run.state(), run.events()
        except ApprovalError as exc:  # a record edited by hand: say so instead of showing a wrong state
            self.status.setText(self.tr("記録を読み取れません。「記録を検証」で確認してください。"))
            self.failed.emit(exc)
            return
        steps = state.steps
        text = self.tr("状態: {status}").format(status=status_text(state.status))
        if state.status == "in_progress" and state.current < len(steps):
            text += self.tr("　現在: 経路 {n}（{label}）").format(n=state.current + 1, label=steps[state.current].label())
        if state.pending_post_review:
            text += self.tr("　後閲待ち: {steps}").format(
                steps="、".join(str(i + 1) for i in state.pending_post_review))
        self.status.setText(text)
        active = state.status == "in_progress"
        current = steps[state.current] if active and state.current < len(steps) else None
        self.submit_button.setEnabled(state.status in ("draft", "returned"))
        for b in (self.approve_button, self.send_back_button):
            b.setEnabled(active)
        self.withdraw_button.setEnabled(state.status in ("in_progress", "returned"))
        self.delegate_button.setEnabled(bool(active and current and state.current == len(steps) - 1))
        self.pass_button.setEnabled(bool(current and current.post_review and not current.decider))
        self.member.clear()
        if current is not None and current.kind == "合議":
            agreed = state.consent.get(state.current, [])
            self.member.addItems([m for m in current.members if m not in agreed])
        self.member.setEnabled(self.member.count() > 0)
        self.send_back_target.clear()
        if active:
            self.send_back_target.addItem(self.tr("起案者"), DRAFTER)
            for i in range(state.current):
                self.send_back_target.addItem(self.tr("経路 {n}（{label}）").format(n=i + 1, label=steps[i].label()), i)
        self.post_review_step.clear()
        for i in state.pending_post_review:
            self.post_review_step.addItem(self.tr("経路 {n}（{label}）").format(n=i + 1, label=steps[i].label()), i)
        self.post_review_button.setEnabled(self.post_review_step.count() > 0)
        self.log.setRowCount(len(events))
        for r, ev in enumerate(events):
            when = dt.datetime.fromisoformat(ev.ts).astimezone().strftime("%Y-%m-%d %H:%M:%S")
            detail = ev.detail.get("reason") or ev.detail.get("member") or ev.detail.get("on_behalf_of") or ""
            cells = (str(ev.n), when, action_text(ev.action), ev.actor,
                     "" if ev.step is None else str(ev.step + 1), f"{detail}  [{ev.row_hash[:12]}]".strip())
            for c, value in enumerate(cells):
                self.log.setItem(r, c, QTableWidgetItem(value))
        if events:
            self.log.scrollToBottom()
