"""Route panel: submit the draft and decide on it (承認 / 差戻し / 代決 / 後閲 / 取下げ) *as the signed-in staff
member*, and see the record every action appends. A step can only be decided by the staff ID it names; to
anyone else the panel is read-only and says whose turn it is. Every decision is confirmed in a dialog that
shows what is being decided.

``run_factory(draft_id)`` gives the route backend (a local :class:`RouteRun` or a circulated run on the
shared folder; both have the same methods). Local record operations are small SQLite writes, done on the GUI
thread; the circulated backend queues its network sends, so it is also quick.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.services.approval.errors import ApprovalError, DraftInvalid
from desktop.services.approval.model import Draft
from desktop.services.approval.record import ApprovalRecord
from desktop.services.approval.route_sim import DRAFTER, RouteRun
from desktop.services.approval.route_state import refusal
from desktop.services.approval.staff import Staff, signed_in_staff
from desktop.services.approval.validation import validate
from desktop.ui.approval.messages import action_text, status_text
from desktop.ui.approval.vocabulary import level_text, step_label
from desktop.ui.widgets.fitted_table import FittedTable
from desktop.ui.widgets.retranslate import Retranslating


def _ask(parent: QWidget, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


class RoutePanel(Retranslating, QWidget):
    acted = Signal()                 # after any recorded action
    failed = Signal(object)          # ApprovalError refused by the service

    def __init__(self, record: ApprovalRecord, current_draft: Callable[[], Draft],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self.current_draft = current_draft
        self.run_factory: Callable[[str], object] = lambda draft_id: RouteRun(draft_id, self.record)
        self.staff_provider: Callable[[], Staff | None] = signed_in_staff
        self.confirm: Callable[[str, str], bool] = lambda title, text: _ask(self, title, text)
        self.before_submit: Callable[[], None] | None = None  # e.g. number the document first
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.submit_button = QPushButton()
        self.approve_button = QPushButton()
        self.delegate_button = QPushButton()
        self.pass_button = QPushButton()
        self.post_review_button = QPushButton()
        self.post_review_step = QComboBox()
        self.send_back_button = QPushButton()
        self.send_back_target = QComboBox()
        self.reason = QLineEdit()
        self.withdraw_button = QPushButton()
        self.log = FittedTable(0, 6)        # every heading whole (the last one was cut)
        self.log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log.verticalHeader().setVisible(False)
        log_header = self.log.horizontalHeader()
        log_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        log_header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)   # the rest of the width, never sideways
        self.log.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        grid = QGridLayout()
        grid.addWidget(self.submit_button, 0, 0)
        grid.addWidget(self.approve_button, 0, 1)
        grid.addWidget(self.withdraw_button, 0, 2)
        grid.addWidget(self.delegate_button, 1, 0)
        grid.addWidget(self.pass_button, 1, 1)
        grid.addWidget(self.post_review_button, 2, 0)
        grid.addWidget(self.post_review_step, 2, 1)
        grid.addWidget(self.send_back_button, 3, 0)
        grid.addWidget(self.send_back_target, 3, 1)
        grid.addWidget(self.reason, 3, 2)
        self.key_button = QPushButton()            # 署名用の鍵を登録 (the signature a decision carries)
        self.key_button.setObjectName("approvalSigningKey")
        self.key_button.clicked.connect(self.open_signing_key)
        self.settings_provider: Callable[[], object] = _settings
        who_row = QHBoxLayout()
        who_row.addWidget(self.who, 1)
        who_row.addWidget(self.key_button)
        layout = QVBoxLayout(self)
        layout.addLayout(who_row)
        layout.addWidget(self.status)
        layout.addLayout(grid)
        layout.addWidget(self.log, 1)

        self.submit_button.clicked.connect(self.submit)
        self.approve_button.clicked.connect(self.approve)
        self.delegate_button.clicked.connect(self.delegate)
        self.pass_button.clicked.connect(self.pass_absent)
        self.post_review_button.clicked.connect(self.post_review)
        self.send_back_button.clicked.connect(self.send_back)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.retranslate()

    def open_signing_key(self):
        """The 「署名用の鍵を登録」 dialog (modal); returns it (tests drive it)."""
        from desktop.ui.approval.signing_key_dialog import SigningKeyDialog

        dialog = SigningKeyDialog(self.settings_provider(), self.staff_provider(), self)
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        self.key_button.setText(self.tr("署名用の鍵…"))
        self.key_button.setAccessibleName(self.tr("署名用の鍵を登録"))
        self.key_button.setToolTip(self.tr("局から配布された署名用の鍵ファイル（.p12）をこのPCに登録します"))
        for button, text in ((self.submit_button, self.tr("提出（回付開始）")), (self.approve_button, self.tr("承認…")),
                             (self.delegate_button, self.tr("代決…（最終段階）")),
                             (self.pass_button, self.tr("後閲扱いで進める…")),
                             (self.post_review_button, self.tr("後閲済にする…")),
                             (self.send_back_button, self.tr("差戻し…")), (self.withdraw_button, self.tr("取下げ…"))):
            button.setText(text)
            button.setAccessibleName(text)
        self.post_review_step.setAccessibleName(self.tr("後閲する段階"))
        self.send_back_target.setAccessibleName(self.tr("差戻し先"))
        self.reason.setPlaceholderText(self.tr("理由"))     # the long form is its accessible name and tooltip
        self.reason.setToolTip(self.tr("差戻し・取下げ・代決の理由"))
        self.reason.setAccessibleName(self.tr("差戻し・取下げ・代決の理由"))
        self.log.setHorizontalHeaderLabels([self.tr("番号"), self.tr("日時"), self.tr("操作"), self.tr("実行者"),
                                            self.tr("段階"), self.tr("内容 / 行ハッシュ")])
        self.log.setAccessibleName(self.tr("回付の記録"))
        self.refresh()


    # -- actions -----------------------------------------------------------------------------------
    def run(self):
        return self.run_factory(self.current_draft().draft_id)

    def _summary(self, state, step_index: int | None) -> str:
        draft = self.current_draft()
        lines = [self.tr("件名: {subject}").format(subject=state.subject or draft.subject)]
        if state.doc_number or draft.doc_number:
            lines.append(self.tr("文書番号: {number}").format(number=state.doc_number or draft.doc_number))
        if step_index is not None and 0 <= step_index < len(state.steps):
            step = state.steps[step_index]
            lines.append(self.tr("段階: 経路 {n}（{level} {name}）").format(
                n=step_index + 1, level=level_text(step.level), name=step.name or step_label(step)))
        staff = self.staff_provider()
        if staff is not None:
            lines.append(self.tr("操作する職員: {name}（職員ID {sid}）").format(name=staff.name, sid=staff.staff_id))
        if state.state_hash:
            lines.append(self.tr("内容のハッシュ（提出時）: {h}…").format(h=state.state_hash[:16]))
        return "\n".join(lines)

    def _decide(self, title: str, question: str, action, step_index: int | None = None) -> bool:
        """Confirm, then perform ``action(run, staff)``."""
        staff = self.staff_provider()
        if staff is None:
            from desktop.services.approval.errors import RouteActionError

            self.failed.emit(RouteActionError("Nobody is signed in.", code="approval.no_actor"))
            return False
        try:
            state = self.run().state()
        except ApprovalError as exc:
            self.failed.emit(exc)
            return False
        if not self.confirm(title, question + "\n\n" + self._summary(state, step_index)):
            return False
        return self._do(lambda run: action(run, staff))

    def submit(self) -> None:
        if self.before_submit is not None:
            self.before_submit()
        draft = self.current_draft()
        problems = validate(draft)
        if problems:   # no dialog for a draft that cannot go: the page lists what to fix
            self.failed.emit(DraftInvalid(f"The draft has {len(problems)} problem(s).", problems=problems))
            return
        self._decide(self.tr("提出の確認"), self.tr("この起案を提出し、決裁経路に回します。提出後は内容を変更できません。"),
                     lambda run, staff: run.submit(draft, staff))

    def approve(self) -> None:
        state = self.run().state()
        step = state.current_step()
        question = (self.tr("この起案を決裁（最終承認）します。") if step is not None and step.decider
                    else self.tr("この合議に同意します。") if step is not None and step.kind == "合議"
                    else self.tr("この起案を承認します。"))
        self._decide(self.tr("承認の確認"), question, lambda run, staff: run.approve(staff), state.current)

    def delegate(self) -> None:
        reason = self.reason.text()
        self._decide(self.tr("代決の確認"), self.tr("決定権者に代わって代決します（理由: {reason}）。").format(reason=reason),
                     lambda run, staff: run.delegate_decide(staff, reason), self.run().state().current)

    def pass_absent(self) -> None:
        self._decide(self.tr("後閲扱いの確認"), self.tr("不在の承認者を後閲扱いにして次へ進めます。"),
                     lambda run, staff: run.pass_for_post_review(staff), self.run().state().current)

    def post_review(self) -> None:
        index = self.post_review_step.currentData()
        self._decide(self.tr("後閲の確認"), self.tr("後閲済にします。"),
                     lambda run, staff: run.post_review(index, staff), index)

    def send_back(self) -> None:
        target, reason = self.send_back_target.currentData(), self.reason.text()
        where = self.send_back_target.currentText()
        self._decide(self.tr("差戻しの確認"), self.tr("「{where}」へ差し戻します（理由: {reason}）。").format(
            where=where, reason=reason), lambda run, staff: run.send_back(target, reason, staff),
            self.run().state().current)

    def withdraw(self) -> None:
        reason = self.reason.text()
        self._decide(self.tr("取下げの確認"), self.tr("この起案を取り下げます。"),
                     lambda run, staff: run.withdraw(staff, reason))

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
        staff = self.staff_provider()
        me = staff.staff_id if staff else ""
        mine = {"actor_mail": staff.mail} if staff and staff.mail else {}
        self.who.setText(self.tr("操作する職員: {name}（職員ID {sid}）").format(name=staff.name, sid=staff.staff_id)
                         if staff else self.tr("サインインしていません（閲覧のみ）。同期ページで職員IDでサインインしてください。"))
        steps = state.steps
        text = self.tr("状態: {status}").format(status=status_text(state.status))
        current = state.current_step()
        if current is not None:
            text += self.tr("　現在: 経路 {n}（{label}）").format(n=state.current + 1,
                                                            label=current.name or step_label(current))
            can = any(refusal(state, a, me, state.current, {"member": _member(current, staff), "reason": "x",
                                                              "to": DRAFTER, **mine}) is None
                      for a in ("approve", "decide", "consult_approve", "send_back", "delegate_decide"))
            if not can:
                text += "\n" + self.tr("閲覧のみ: この段階を決裁できるのは経路で指名された職員です。")
        if state.pending_post_review:
            text += self.tr("　後閲待ち: {steps}").format(
                steps="、".join(str(i + 1) for i in state.pending_post_review))
        self.status.setText(text)
        idx = state.current

        def allowed(action: str, **detail) -> bool:
            return refusal(state, action, me, idx, {**detail, **mine}) is None

        draft_ok = bool(me) and state.status in ("draft", "returned", "withdrawn")
        self.submit_button.setEnabled(draft_ok)
        self.approve_button.setEnabled(current is not None and (
            allowed("consult_approve", member=_member(current, staff)) if current.kind == "合議"
            else allowed("decide" if current.decider else "approve")))
        self.send_back_button.setEnabled(current is not None and allowed("send_back", reason="x", to=DRAFTER))
        self.withdraw_button.setEnabled(refusal(state, "withdraw", me, None, mine) is None)
        self.delegate_button.setEnabled(current is not None and allowed("delegate_decide", reason="x"))
        self.pass_button.setEnabled(current is not None and allowed("pass_for_post_review"))
        self.send_back_target.clear()
        if current is not None:
            self.send_back_target.addItem(self.tr("起案者"), DRAFTER)
            for i in range(state.current):
                self.send_back_target.addItem(self.tr("経路 {n}（{label}）").format(
                    n=i + 1, label=steps[i].name or step_label(steps[i])), i)
        self.post_review_step.clear()
        for i in state.pending_post_review:
            if refusal(state, "post_review", me, i, mine) is None:
                self.post_review_step.addItem(self.tr("経路 {n}（{label}）").format(
                    n=i + 1, label=steps[i].name or step_label(steps[i])), i)
        self.post_review_button.setEnabled(self.post_review_step.count() > 0)
        self.log.setRowCount(len(events))
        for r, ev in enumerate(events):
            when = dt.datetime.fromisoformat(ev.ts).astimezone().strftime("%Y-%m-%d %H:%M:%S")
            detail = ev.detail.get("reason") or ev.detail.get("member") or ev.detail.get("on_behalf_of") or ""
            who = ev.detail.get("actor_name") or ev.actor
            cells = (str(ev.n), when, action_text(ev.action), f"{who}（{ev.actor}）" if who != ev.actor else who,
                     "" if ev.step is None else str(ev.step + 1), f"{detail}  [{ev.row_hash[:12]}]".strip())
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)           # a narrow column shows 「…」; the whole text is one hover away
                self.log.setItem(r, c, item)
        if events:
            self.log.scrollToBottom()


def _settings():
    from desktop.services.settings import Settings

    return Settings()


def _member(step, staff: Staff | None) -> str:
    if staff is None:
        return ""
    return step.member_for(staff.staff_id) or (step.member_for(staff.mail) if staff.mail else None) or ""
