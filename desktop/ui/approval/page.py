"""The 電子決裁 起案 page: new draft from a template → form → validation messages (click to focus) → route
editing → export .docx/JSON → route simulation with the record. Autosaves every few seconds and offers
recovery of drafts left by a crash.

GUI thread only. Export, attachment hashing and verification run through ``ctx.jobs``.
"""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFrame, QHBoxLayout, QInputDialog, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QScrollArea, QSplitter, QTabWidget, QVBoxLayout,
                               QWidget)

from desktop.services.approval import (ApprovalError, ApprovalRecord, Attachment, Autosaver, Draft,
                                       allocate_number, classification_rules, draft_from_template, list_templates,
                                       load_draft, save_draft_json, validate)
from desktop.services.approval.autosave import last_drafter, remember_drafter
from desktop.services.approval.staff import Staff, signed_in_staff
from desktop.ui.approval.draft_form import DraftForm
from desktop.ui.approval.file_actions import FileActions
from desktop.ui.approval.inbox_panel import InboxPanel
from desktop.messages.approval import route_error_text
from desktop.ui.approval.messages import field_label, problem_text
from desktop.ui.approval.route_editor import RouteEditor
from desktop.ui.approval.route_panel import RoutePanel
from desktop.ui.context import AppContext
from desktop.ui.handoff import StartApproval
from desktop.ui.widgets.file_drop import enable_file_drop
from desktop.ui.widgets.flow_layout import FlowLayout
from desktop.ui.widgets.retranslate import Retranslating

log = logging.getLogger(__name__)
AUTOSAVE_MS = 3000
TAB_CHECK, TAB_ROUTE, TAB_RUN, TAB_INBOX = range(4)


class ApprovalPage(Retranslating, FileActions, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, autosaver: Autosaver | None = None,
                 record: ApprovalRecord | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saver = autosaver or Autosaver()
        self.record = record or ApprovalRecord()
        self.rules = classification_rules()
        self.templates = list_templates()
        self.draft = Draft()
        self.saved_path: Path | None = None
        self.last_export = None
        self.problems = []
        self._dirty = False
        self._loading = False
        self._locked = False
        self.staff_provider = signed_in_staff

        # top bar
        self.template_label = QLabel()
        self.template_box = QComboBox()
        for tpl in self.templates:
            self.template_box.addItem(tpl.name, tpl.name)
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.save_button = QPushButton()
        self.export_button = QPushButton()
        self.pdf_button = QPushButton()
        self.verify_button = QPushButton()
        self.autosave_label = QLabel()
        # the buttons wrap onto a second line when they do not fit (English in 会議室モード at 1366×768): a tool
        # bar hid 送信へ and 記録を検証… behind its » overflow menu
        self.toolbar = QWidget()
        bar = FlowLayout(self.toolbar)
        self.send_button = QPushButton()
        self.send_button.setEnabled(False)
        self.send_button.clicked.connect(self._send_export)
        for w in (self.template_label, self.template_box, self.new_button, self.open_button, self.save_button,
                  self.export_button, self.pdf_button, self.send_button, self.verify_button):
            bar.addWidget(w)
        top = QHBoxLayout()
        top.addWidget(self.toolbar, 1)
        top.addWidget(self.autosave_label)

        # recovery banner
        self.recovery = QFrame()
        self.recovery.setFrameShape(QFrame.Shape.StyledPanel)
        self.recovery_label = QLabel()
        self.recovery_label.setWordWrap(True)
        self.recover_button = QPushButton()
        self.discard_button = QPushButton()
        banner = QHBoxLayout(self.recovery)
        banner.addWidget(self.recovery_label, 1)
        banner.addWidget(self.recover_button)
        banner.addWidget(self.discard_button)
        self.recovery.hide()

        # form | tabs
        self.form = DraftForm(sorted(self.rules))
        self.form_scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.problem_list = QListWidget()
        self.problem_summary = QLabel()
        self.problem_summary.setWordWrap(True)
        check = QWidget()
        check_layout = QVBoxLayout(check)
        check_layout.addWidget(self.problem_summary)
        check_layout.addWidget(self.problem_list, 1)
        self.route_editor = RouteEditor()
        self.route_panel = RoutePanel(self.record, self.current_draft)
        self.route_panel.before_submit = self._number_before_submit
        self.route_panel.staff_provider = self.signed_in
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        run_tab = QWidget()
        run_layout = QVBoxLayout(run_tab)
        run_layout.addWidget(self.route_panel, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(check, "")
        self.tabs.addTab(self.route_editor, "")
        self.tabs.addTab(run_tab, "")
        self.inbox = InboxPanel(self.ctx.jobs.start)
        self.tabs.addTab(self.inbox, "")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.tabs)
        # the draft and the tabs share the width evenly: the route table and the record need it (they scrolled
        # sideways at 1366×768 in 会議室モード and in English); the draft's fields shrink without cutting text
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 500])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.recovery)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        # behaviour
        self.validate_timer = QTimer(self)
        self.validate_timer.setSingleShot(True)
        self.validate_timer.setInterval(300)
        self.validate_timer.timeout.connect(self.revalidate)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.autosave_timer.start()
        self.new_button.clicked.connect(lambda: self.new_from_template(self.template_box.currentData()))
        self.open_button.clicked.connect(self._ask_open)
        self.save_button.clicked.connect(self._ask_save)
        self.export_button.clicked.connect(self._ask_export)
        self.pdf_button.clicked.connect(self._ask_export_pdf)
        self.verify_button.clicked.connect(self._ask_verify)
        self.recover_button.clicked.connect(self.recover_newest)
        self.discard_button.clicked.connect(self.discard_recoverable)
        self.form.changed.connect(self._edited)
        self.form.attach_requested.connect(self._ask_attach)
        self.form.number_requested.connect(self.allocate_number)
        self.route_editor.changed.connect(self._edited)
        self.problem_list.itemActivated.connect(self._focus_problem)
        self.problem_list.itemClicked.connect(self._focus_problem)
        self.route_panel.failed.connect(self._route_failed)
        self.route_panel.acted.connect(self._after_action)
        self.inbox.open_requested.connect(self.open_circulated)
        self.tabs.currentChanged.connect(lambda i: self.inbox.sync_now() if i == TAB_INBOX else None)
        self.inbox.synced.connect(lambda _report: self._after_sync())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        enable_file_drop(self, self.attach_files, hint=lambda: self.tr("ドロップしたファイルを添付文書にする"))

        self.circulation = None
        self.connect_circulation()
        self.retranslate()
        self.recoverable = self.saver.recoverable()
        self._show_recovery()
        if self.templates:
            self.new_from_template(self.templates[0].name, autosave=False)

    # -- i18n --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.template_label.setText(self.tr("ひな形"))
        self.template_box.setAccessibleName(self.tr("起案のひな形"))
        for button, text in ((self.new_button, self.tr("新規作成")), (self.open_button, self.tr("開く…")),
                             (self.save_button, self.tr("JSON保存…")), (self.export_button, self.tr("Word出力…")),
                             (self.pdf_button, self.tr("PDF出力…")),
                             (self.send_button, self.tr("送信へ")), (self.verify_button, self.tr("記録を検証…")), (self.recover_button, self.tr("復元する")),
                             (self.discard_button, self.tr("破棄する"))):
            button.setText(text)
            button.setAccessibleName(text)
        self.tabs.setTabText(TAB_CHECK, self.tr("確認事項"))
        self.tabs.setTabText(TAB_ROUTE, self.tr("決裁経路"))
        self.tabs.setTabText(TAB_RUN, self.tr("回付・記録"))
        self.tabs.setTabText(TAB_INBOX, self.tr("決裁待ち"))
        self.problem_list.setAccessibleName(self.tr("確認事項の一覧（選ぶと該当欄へ移動）"))
        self.message.setAccessibleName(self.tr("メッセージ"))
        self._show_recovery()
        self._show_problems()


    # -- draft lifecycle ---------------------------------------------------------------------------
    def current_draft(self) -> Draft:
        if self._locked:      # frozen at 提出: what is shown is what was submitted
            return self.draft
        self.form.apply_to(self.draft)
        self.draft.route.steps = self.route_editor.steps()
        self._stamp_drafter(self.draft)
        return self.draft

    def signed_in(self) -> Staff | None:
        try:
            return self.staff_provider()
        except Exception as exc:  # an unreadable ID profile: treat as signed out, say why in the log
            log.warning("cannot read the signed-in staff: %s", exc)
            return None

    def _stamp_drafter(self, draft: Draft) -> None:
        """The 起案者 of an editable draft is whoever is signed in (name, staff ID, mail)."""
        staff = self.signed_in()
        if staff is None:
            draft.drafter.staff_id = draft.drafter.mail = ""
            return
        draft.drafter.name, draft.drafter.staff_id, draft.drafter.mail = staff.name, staff.staff_id, staff.mail
        if not draft.drafter.section:
            draft.drafter.section = staff.section
        if self.form.drafter_name.text() != staff.name:   # shown, not an edit of the user's
            self.form.drafter_name.blockSignals(True)
            self.form.drafter_name.setText(staff.name)
            self.form.drafter_name.blockSignals(False)

    def set_locked(self, locked: bool) -> None:
        if locked and not self._locked:
            self.current_draft()        # keep what the form shows before freezing
        self._locked = locked
        self.form.set_locked(locked)
        self.route_editor.set_locked(locked)

    def _sync_lock(self) -> None:
        try:
            status = self.route_panel.run().state().status
        except ApprovalError:
            status = "draft"
        self.set_locked(status in ("in_progress", "decided"))

    def _after_action(self) -> None:
        self.message.setText("")
        self._sync_lock()
        if self.circulation is not None:      # deliver the decision now (it stays queued when offline)
            self.inbox.refresh()
            self.inbox.sync_now()

    def _after_sync(self) -> None:
        self.route_panel.refresh()
        self._sync_lock()

    # -- circulation through the shared folder -------------------------------------------------------
    def connect_circulation(self, circulation=None) -> None:
        """Route actions go to the shared folder when it is set up (else they stay in this PC's record)."""
        if circulation is None:
            from desktop.services.approval.circulation import Circulation
            from desktop.services.approval.desk import desk_from_app
            from desktop.services.errors import ToseiError

            try:
                circulation = Circulation(desk_from_app(settings=self.ctx.settings))
            except ToseiError as exc:
                log.info("circulation not available: %s", exc)
                circulation = None
        self.circulation = circulation
        if circulation is not None:
            self.route_panel.run_factory = circulation.run
        self.inbox.set_circulation(circulation)
        self.route_panel.refresh()

    def open_circulated(self, draft_id: str) -> None:
        """Open a circulated 起案 as it was submitted (read-only unless it came back to its drafter)."""
        try:
            draft = self.circulation.run(draft_id).package()
        except ApprovalError as exc:
            self.message.setText(route_error_text(exc.code, str(exc)))
            return
        self._finish_current()
        self.load(draft)
        self.tabs.setCurrentIndex(TAB_RUN)

    def load(self, draft: Draft, *, saved_path: Path | None = None) -> None:
        self._loading = True
        self.set_locked(False)
        try:
            self.draft = draft
            self.form.set_draft(draft)
            self.route_editor.set_steps(draft.route.steps)
        finally:
            self._loading = False
        self.saved_path = saved_path
        self._dirty = False
        self.route_panel.refresh()
        self._sync_lock()
        self.revalidate()

    def accept_handoff(self, request: StartApproval) -> None:
        """The hand-off from another tool (see :mod:`desktop.ui.handoff`): a new 起案 from a meeting's decisions."""
        from desktop.services.approval import from_minutes_decisions

        self.new_draft(from_minutes_decisions(request.title or "会議", list(request.decisions),
                                              meeting_date=request.meeting_date))

    def new_draft(self, draft: Draft) -> None:
        """Start editing ``draft`` (e.g. from a meeting's decisions); the current one is kept by autosave."""
        self._finish_current()
        self.load(draft)
        self._dirty = True

    def new_from_template(self, name: str, *, autosave: bool = True) -> None:
        self._finish_current()
        staff, last = self.signed_in(), last_drafter()
        drafter = staff.as_drafter(last.phone) if staff else last
        self.load(draft_from_template(name, drafter=drafter))
        self._dirty = autosave
        self.ctx.status(self.tr("「{name}」から新しい起案を作成しました。").format(name=name))

    def open_json(self, path: Path) -> None:
        try:
            draft = load_draft(path)
        except ApprovalError as exc:
            self.message.setText(self.tr("起案ファイルを開けません: {detail}").format(detail=str(exc)))
            return
        self._finish_current()
        self.load(draft, saved_path=Path(path))

    def save_json(self, path: Path) -> None:
        save_draft_json(self.current_draft(), path)
        remember_drafter(self.draft.drafter)
        self.saved_path = Path(path)
        self.saver.discard(self.draft.draft_id)
        self._dirty = False
        self.autosave_label.setText(self.tr("保存しました"))

    def _finish_current(self) -> None:
        """Leaving a draft: keep its autosave only if it has unsaved edits."""
        if self.draft.draft_id and self._dirty:
            self.autosave_now()
        elif self.saved_path is not None:
            self.saver.discard(self.draft.draft_id)

    def shutdown(self) -> None:
        self.autosave_timer.stop()
        self._finish_current()

    # -- editing / validation ----------------------------------------------------------------------
    def _edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.autosave_label.setText(self.tr("未保存の変更あり"))
        self.validate_timer.start()

    def revalidate(self) -> list:
        self.problems = validate(self.current_draft(), classification_rules=self.rules)
        self._show_problems()
        return self.problems

    def _show_problems(self) -> None:
        self.problem_list.clear()
        for problem in self.problems:
            text = problem_text(problem)
            if problem.code != "required":  # "件名を入力してください" already names its field
                text = f"{field_label(problem.field)}: {text}"
            item = QListWidgetItem(text)
            item.setToolTip(self.tr("クリックすると該当する欄へ移動します"))
            item.setData(Qt.ItemDataRole.UserRole, problem.field)
            self.problem_list.addItem(item)
        self.problem_summary.setText(
            self.tr("確認事項が {n} 件あります。項目を選ぶと該当する欄へ移動します。").format(n=len(self.problems))
            if self.problems else self.tr("問題は見つかりません。提出できます。"))
        self.tabs.setTabText(TAB_CHECK, self.tr("確認事項") + (f" ({len(self.problems)})" if self.problems else ""))

    def focus_field(self, field: str) -> QWidget | None:
        if field.startswith("route"):
            self.tabs.setCurrentIndex(TAB_ROUTE)
            if "[" in field:
                self.route_editor.select_step(int(field.split("[")[1].rstrip("]")))
            else:
                self.route_editor.table.setFocus()
            return self.route_editor.table
        widget = self.form.widget_for(field)
        if widget is not None:
            parent = self.form.parentWidget()
            while parent is not None and not isinstance(parent, QScrollArea):
                parent = parent.parentWidget()
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    def _focus_problem(self, item: QListWidgetItem) -> None:
        self.focus_field(item.data(Qt.ItemDataRole.UserRole))

    # -- autosave / recovery -----------------------------------------------------------------------
    def autosave_now(self) -> None:
        if not self._dirty:
            return
        try:
            self.saver.save(self.current_draft(), source=str(self.saved_path or ""))
        except OSError as exc:
            log.warning("autosave failed: %s", exc)
            self.autosave_label.setText(self.tr("自動保存できません: {err}").format(err=exc.strerror or exc))
            return
        self._dirty = False
        self.autosave_label.setText(self.tr("自動保存 {time}").format(time=dt.datetime.now().strftime("%H:%M:%S")))

    def _show_recovery(self) -> None:
        items = getattr(self, "recoverable", [])
        if not items:
            self.recovery.hide()
            return
        newest = items[0]
        self.recovery_label.setText(self.tr(
            "前回、保存されないまま終了した起案が {n} 件あります。最新: 「{subject}」（{when}）。復元しますか？").format(
            n=len(items), subject=newest.draft.subject or self.tr("件名なし"), when=_local_time(newest.saved_at)))
        self.recovery.show()

    def recover_newest(self) -> None:
        if not self.recoverable:
            return
        item = self.recoverable.pop(0)
        self._finish_current()
        self.load(item.draft, saved_path=Path(item.source) if item.source else None)
        self._dirty = True
        self._show_recovery()
        self.ctx.status(self.tr("起案「{subject}」を復元しました。").format(subject=item.draft.subject))

    def discard_recoverable(self) -> None:
        for item in self.recoverable:
            if item.draft.draft_id != self.draft.draft_id:
                self.saver.discard(item.draft.draft_id)
        self.recoverable = []
        self._show_recovery()

    # -- number / attachments ----------------------------------------------------------------------
    def allocate_number(self, section_code: str | None = None):
        code = section_code or self.ctx.settings.get("approval_section_code") or ""
        if not code:
            code, ok = QInputDialog.getText(self, self.tr("採番"), self.tr("課の記号（例: 総総）"))
            if not ok or not code.strip():
                return None
        day = self.form.drafted_on.date().toPython()
        if self.circulation is not None:      # shared numbering on the server: network, so a job
            from desktop.services.approval.shared_numbering import allocate_shared_number

            connect, draft_id = self.circulation.desk.connect, self.draft.draft_id
            staff_id = self.circulation.desk.staff.staff_id

            def take(progress, cancel):
                client = connect()
                try:
                    return allocate_shared_number(client, code, day, draft_id=draft_id, staff_id=staff_id)
                finally:
                    client.close()
            return self.ctx.jobs.start(self.tr("文書番号の採番"), take, lane="parallel",
                                       on_success=self.form.doc_number.setText)
        try:
            number = allocate_number(code, day)
        except ApprovalError as exc:
            self.message.setText(str(exc))
            return None
        self.form.doc_number.setText(number)
        return None

    def _number_before_submit(self) -> None:
        """A draft gets its 文書記号番号 when it is submitted, if the section code is configured."""
        if self.circulation is not None:   # numbered on the server with 「採番」 (a job), not here
            return
        if not self.form.doc_number.text().strip() and self.ctx.settings.get("approval_section_code"):
            if not validate(self.current_draft(), classification_rules=self.rules):
                self.allocate_number()

    def attach_files(self, paths: list[Path]):
        paths = [Path(p) for p in paths]
        return self.ctx.jobs.start(self.tr("添付文書のハッシュ計算"),
                                   lambda progress, cancel: [Attachment.from_file(p) for p in paths],
                                   lane="parallel", on_success=self.form.add_attachments)

    def _ask_attach(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("添付するファイル"), str(self.ctx.work_folder()))
        if files:
            self.attach_files(files)

    def _route_failed(self, exc: ApprovalError) -> None:
        if exc.code == "approval.invalid":
            self.revalidate()
            self.tabs.setCurrentIndex(TAB_CHECK)
            self.message.setText(self.tr("提出できません。確認事項（{n} 件）を解消してください。").format(
                n=len(self.problems)))
        elif exc.code == "approval.attachment_changed":
            self.message.setText(self.tr("添付文書が提出後に変更されています。差し戻して再提出してください。"))
        elif exc.code == "approval.record":
            self.message.setText(self.tr("この起案の記録を読み取れません。「記録を検証」で確認してください。"))
        else:
            self.message.setText(route_error_text(exc.code, str(exc)))


def _local_time(iso: str) -> str:
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso
