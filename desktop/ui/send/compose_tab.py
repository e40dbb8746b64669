"""作成 tab: recipients, subject, message, attachments, cover sheet (送付状) preview, then the confirmation
dialog and the hold. GUI thread only; queueing (cover rendering, spooling) runs through ctx.jobs."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QRadioButton,
                               QScrollArea,
                               QVBoxLayout, QWidget)

from desktop.services.send.addresses import address_problem_code, domain_of, normalize_address, normalize_fax
from desktop.services.send.compose import COVER_DOCX_NAME, COVER_PDF_NAME, Draft, make_cover, queue_draft, \
    resolve_recipients
from desktop.services.send.errors import BlockedDomain, NotConfigured, SendError
from desktop.services.send.outbox import Recipient
from desktop.ui.send.address_completer import AddressCompleter
from desktop.ui.send.confirm_dialog import ConfirmDialog
from desktop.ui.widgets.export_notice import notify_exported
from desktop.ui.widgets.retranslate import Retranslating

ROLE = Qt.ItemDataRole.UserRole


class ComposeTab(Retranslating, QWidget):
    queued = Signal(str)          # group id, held after confirmation

    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.confirm_dialog: ConfirmDialog | None = None
        self.pending_group: str | None = None
        self.to_edit = QLineEdit()
        self.to_edit.setObjectName("composeTo")
        self.role_box = QComboBox()                 # the next recipient goes into 宛先 (To), CC or BCC
        self.role_box.setObjectName("composeRole")
        for role in ("to", "cc", "bcc"):
            self.role_box.addItem("", role)
        self.to_problem = QLabel()                  # said while typing: an address in a blocked domain
        self.to_problem.setObjectName("composeToProblem")
        self.to_problem.setWordWrap(True)
        self.to_problem.setStyleSheet("color: #b00020;")
        self.to_problem.hide()
        self.completer = AddressCompleter(self.to_edit, page.directory, self)
        self.completer.chosen.connect(self._completion_chosen)
        self.replace_box: QMessageBox | None = None
        self.add_to_button = QPushButton()
        self.recipients = QListWidget()
        self.recipients.setObjectName("composeRecipients")
        self.recipients.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.remove_to_button = QPushButton()
        self.subject = QLineEdit()
        self.subject.setObjectName("composeSubject")
        self.body = QPlainTextEdit()
        self.body.setObjectName("composeBody")
        self.attachments = QListWidget()
        self.add_file_button = QPushButton()
        self.remove_file_button = QPushButton()
        self.mail_radio = QRadioButton()
        self.link_radio = QRadioButton()
        self.mail_radio.setChecked(True)
        self.cover_check = QCheckBox()
        self.cover_check.setChecked(True)
        self.docx_check = QCheckBox()
        self.sender_name = QLineEdit()
        config = page.config()
        self.sender_name.setText(" ".join(p for p in (config.sender_org, config.sender_name) if p))
        self.preview_button = QPushButton()
        self.send_button = QPushButton()
        self.send_button.setObjectName("composeSend")
        self.labels = {k: QLabel() for k in ("to", "subject", "body", "files", "how", "cover", "sender")}

        to_row = QHBoxLayout()
        to_row.addWidget(self.role_box)
        to_row.addWidget(self.to_edit, 1)
        to_row.addWidget(self.add_to_button)
        to_box = QVBoxLayout()
        to_box.addLayout(to_row)
        to_box.addWidget(self.to_problem)
        to_box.addWidget(self.recipients)
        to_box.addWidget(self.remove_to_button, 0, Qt.AlignmentFlag.AlignLeft)
        files = QVBoxLayout()
        files.addWidget(self.attachments)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.add_file_button)
        file_buttons.addWidget(self.remove_file_button)
        file_buttons.addStretch(1)
        files.addLayout(file_buttons)
        how = QHBoxLayout()
        how.addWidget(self.mail_radio)
        how.addWidget(self.link_radio)
        how.addStretch(1)
        cover = QHBoxLayout()
        cover.addWidget(self.cover_check)
        cover.addWidget(self.docx_check)
        cover.addWidget(self.preview_button)
        cover.addStretch(1)
        form = QFormLayout()
        form.addRow(self.labels["to"], to_box)
        form.addRow(self.labels["subject"], self.subject)
        form.addRow(self.labels["body"], self.body)
        form.addRow(self.labels["files"], files)
        form.addRow(self.labels["how"], how)
        form.addRow(self.labels["cover"], cover)
        form.addRow(self.labels["sender"], self.sender_name)
        # the form scrolls, 送信 stays in sight under it (in 会議室モード at 1366×768 the form is taller than the
        # screen and the whole page scrolled, 送信 below the fold)
        form_host = QWidget()
        form_host.setLayout(form)
        self.form_scroll = QScrollArea()
        self.form_scroll.setObjectName("composeFormScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setProperty("toseiNoKinetic", True)   # a finger drag selects text in the fields
        self.form_scroll.setWidget(form_host)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_scroll, 1)
        layout.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignRight)

        self.body.setTabChangesFocus(True)          # Tab moves on; a tab character in a mail body is never wanted
        order = (self.role_box, self.to_edit, self.add_to_button, self.recipients, self.remove_to_button, self.subject,
                 self.body, self.attachments, self.add_file_button, self.remove_file_button, self.mail_radio, self.link_radio,
                 self.cover_check, self.docx_check, self.preview_button, self.sender_name, self.send_button)
        for first, second in zip(order, order[1:]):     # the order they appear on screen
            QWidget.setTabOrder(first, second)
        self.preparing = False
        self._cloud_ok = bool(config.cloud_endpoint)

        self.add_to_button.clicked.connect(self.add_typed_recipient)
        self.to_edit.returnPressed.connect(self.add_typed_recipient)
        self.remove_to_button.clicked.connect(lambda: self._remove_selected(self.recipients))
        self.recipients.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.recipients.customContextMenuRequested.connect(self._recipients_menu)   # 宛先 / CC / BCC
        self.add_file_button.clicked.connect(self._choose_files)
        self.remove_file_button.clicked.connect(lambda: self._remove_selected(self.attachments))
        self.preview_button.clicked.connect(self.preview_cover)
        self.send_button.clicked.connect(self.start_send)
        for signal in (self.recipients.model().rowsInserted, self.recipients.model().rowsRemoved,
                       self.attachments.model().rowsInserted, self.attachments.model().rowsRemoved):
            signal.connect(self.update_state)
        self.recipients.itemSelectionChanged.connect(self.update_state)
        self.attachments.itemSelectionChanged.connect(self.update_state)
        self.subject.textChanged.connect(self.update_state)
        self.to_edit.textChanged.connect(self.update_state)
        self.to_edit.textChanged.connect(self._check_typed)
        self.retranslate()  # also sets the buttons' state

    def update_state(self) -> None:
        """Enable only what can work now: Send needs a recipient and a subject (and no send being prepared);
        the link option needs a configured cloud address; remove buttons need a selection."""
        self.send_button.setEnabled(not self.preparing and self.recipients.count() > 0
                                    and bool(self.subject.text().strip()))
        self.add_to_button.setEnabled(bool(self.to_edit.text().strip()) and not self._typed_blocked())
        self.remove_to_button.setEnabled(bool(self.recipients.selectedItems()))
        self.remove_file_button.setEnabled(bool(self.attachments.selectedItems()))
        cloud = self._cloud_ok
        self.link_radio.setEnabled(cloud)
        self.link_radio.setToolTip("" if cloud else self.tr("クラウドのアドレスが設定されていません（同期の画面で設定できます）。"))
        if not cloud and self.link_radio.isChecked():
            self.mail_radio.setChecked(True)
        missing = []
        if not self.recipients.count():
            missing.append(self.tr("宛先"))
        if not self.subject.text().strip():
            missing.append(self.tr("件名"))
        self.send_button.setToolTip(self.tr("未入力: {what}").format(what="、".join(missing)) if missing else "")

    def showEvent(self, event) -> None:
        self._cloud_ok = bool(self.page.config().cloud_endpoint)
        self.update_state()           # settings (cloud address) may have changed on another page
        super().showEvent(event)

    # -- recipients and files -------------------------------------------------------------------------
    def role_label(self, role: str) -> str:
        return {"cc": "CC", "bcc": "BCC"}.get(role, "")

    def add_recipient(self, address: str, name: str = "", role: str | None = None) -> bool:
        """Add one recipient (as 宛先, CC or BCC: ``role``, else what the box beside the input says); a blocked
        domain is refused here, when it is entered, not only at 送信."""
        return not self.add_recipients([(address, name)], role)

    def add_recipients(self, people: list[tuple[str, str]], role: str | None = None) -> list[str]:
        """Add several (a group, a directory selection); every blocked address is named in ONE dialog and left
        out. Returns the refused addresses."""
        role = role or self.role_box.currentData() or "to"
        policy = self.page.config().policy
        blocked = [a for a, _ in people if policy.is_blocked(a)]
        present = {self.recipients.item(i).data(ROLE)[0] for i in range(self.recipients.count())}
        for address, name in people:
            if address in blocked or address in present:
                continue
            present.add(address)
            who = f"{name} <{address}>" if name else address
            item = QListWidgetItem(f"{self.role_label(role)}: {who}" if role != "to" else who)
            item.setData(ROLE, (address, name, role))
            self.recipients.addItem(item)
        if blocked:
            from desktop.ui.errors import show_error

            show_error(self, self.tr("宛先の追加"), BlockedDomain(
                f"Sending to {', '.join(blocked)} is not allowed: the domain is on the policy block list.",
                addresses=blocked))
        return blocked

    def set_role_of_selected(self, role: str) -> None:
        """Move the selected recipients to 宛先, CC or BCC."""
        for item in self.recipients.selectedItems():
            address, name, _ = item.data(ROLE)
            who = f"{name} <{address}>" if name else address
            item.setText(f"{self.role_label(role)}: {who}" if role != "to" else who)
            item.setData(ROLE, (address, name, role))

    def _recipients_menu(self, pos) -> None:
        from PySide6.QtWidgets import QMenu

        if not self.recipients.selectedItems():
            return
        menu = QMenu(self)
        for role, text in (("to", self.tr("宛先にする")), ("cc", self.tr("CCにする")), ("bcc", self.tr("BCCにする"))):
            menu.addAction(text, lambda r=role: self.set_role_of_selected(r))
        menu.addSeparator()
        menu.addAction(self.tr("選択した宛先を外す"), lambda: self._remove_selected(self.recipients))
        menu.popup(self.recipients.viewport().mapToGlobal(pos))

    def _typed_address(self) -> str | None:
        text = self.to_edit.text().strip()
        if "@" not in text and "＠" not in text:
            return None
        try:
            return normalize_address(text)
        except SendError:
            return None

    def _typed_blocked(self) -> bool:
        address = self._typed_address()
        return address is not None and self.page.config().policy.is_blocked(address)

    def _check_typed(self) -> None:
        """Say at once when what is being typed can never be sent (blocked domain)."""
        if self._typed_blocked():
            self.to_problem.setText(self.tr("@{domain} は組織の方針で送信が禁止されているドメインです。この宛先には送れません。")
                                    .format(domain=domain_of(self._typed_address() or "")))
            self.to_problem.show()
        else:
            self.to_problem.hide()

    def _completion_chosen(self, kind: str, value: str, name: str) -> None:
        if kind == "group":
            self.add_recipients([(c.email, " ".join(p for p in (c.org, c.dept, c.name) if p))
                                 for c in self.page.directory.group_members(value)])
        else:
            self.add_recipient(value, name)
        self.to_edit.clear()

    def add_typed_recipient(self) -> None:
        if self.completer.has_selection():
            return                       # Enter on a highlighted candidate: the completer adds that one
        text = self.to_edit.text().strip()
        self.completer.hide()
        if not text:
            return
        looks_like_fax = "@" not in text and "＠" not in text and len(normalize_fax(text)) >= 9
        if not looks_like_fax and address_problem_code(text) == "at_count" and "@" not in text and "＠" not in text:
            matches = self.page.directory.search(text, limit=2)     # a name: like Outlook's "check names"
            if len(matches) == 1:
                c = matches[0]
                self._completion_chosen("contact", c.email, " ".join(p for p in (c.org, c.dept, c.name) if p))
                return
            if len(matches) > 1:
                self.completer.update_for(text)                     # several: let the user pick one
                return
        try:
            found = resolve_recipients(self.page.directory, fax_numbers=[text] if looks_like_fax else [],
                                       addresses=[] if looks_like_fax else [text])
        except SendError as exc:
            from desktop.ui.errors import show_error

            show_error(self, self.tr("宛先の追加"), exc)
            return
        if not self.add_recipients([(r.address, r.name) for r in found]):
            self.to_edit.clear()

    # -- a send cancelled during the hold comes back for fixing -------------------------------------
    def form_is_empty(self) -> bool:
        return not (self.recipients.count() or self.attachments.count() or self.subject.text().strip()
                    or self.body.toPlainText().strip())

    def restore_cancelled(self, jobs) -> None:
        """Put a cancelled send (its outbox jobs) back into the form; ask before replacing unsent work."""
        if not jobs:
            return
        if self.form_is_empty():
            self._restore(jobs)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("取り消した送信"),
                          self.tr("作成中の内容があります。取り消した送信「{subject}」の内容で置き換えますか？").format(
                              subject=jobs[0].subject), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("composeReplaceQuestion")
        replace = box.addButton(self.tr("置き換える"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("作成中の内容を残す"), QMessageBox.ButtonRole.RejectRole)
        box.finished.connect(lambda _r: self._replace_answered(box.clickedButton() is replace, jobs))
        self.replace_box = box
        box.open()

    def _replace_answered(self, replace: bool, jobs) -> None:
        self.replace_box = None
        if replace:
            self._restore(jobs)

    def _restore(self, jobs) -> None:
        self.recipients.clear()
        self.attachments.clear()
        for j in jobs:
            self.add_recipient(j.recipient, j.recipient_name, j.role)
        self.subject.setText(jobs[0].subject)
        self.body.setPlainText(jobs[0].body)
        names = [a.name for a in jobs[0].attachments]
        self.cover_check.setChecked(COVER_PDF_NAME in names)
        self.docx_check.setChecked(COVER_DOCX_NAME in names)
        for att in jobs[0].attachments:
            if att.name not in (COVER_PDF_NAME, COVER_DOCX_NAME) and att.path.is_file():   # the cover is made anew
                self.add_attachment(att.path)
        (self.link_radio if jobs[0].transport == "link" and self._cloud_ok else self.mail_radio).setChecked(True)
        self.page.show_compose()
        self.page.ctx.status(self.tr("取り消した送信を作成画面に戻しました。直してから送信し直せます。"))

    def recipient_list(self) -> list[Recipient]:
        return [Recipient(*self.recipients.item(i).data(ROLE)) for i in range(self.recipients.count())]

    def add_attachment(self, path: Path) -> None:
        item = QListWidgetItem(Path(path).name)
        item.setData(ROLE, str(path))
        item.setToolTip(str(path))
        self.attachments.addItem(item)

    def receive(self, files, subject: str = "") -> None:
        """Attach ``files`` (missing and already attached ones skipped); ``subject`` only if none is typed."""
        present = {str(p) for p in self.attachment_list()}
        for path in map(Path, files):
            if path.exists() and str(path) not in present:
                self.add_attachment(path)
                present.add(str(path))
        if subject and not self.subject.text().strip():
            self.subject.setText(subject)

    def attachment_list(self) -> list[Path]:
        return [Path(self.attachments.item(i).data(ROLE)) for i in range(self.attachments.count())]

    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("添付ファイルを選択"), str(self.page.ctx.work_folder()))
        for f in files:
            self.add_attachment(Path(f))

    @staticmethod
    def _remove_selected(widget: QListWidget) -> None:
        for item in widget.selectedItems():
            widget.takeItem(widget.row(item))

    def draft(self) -> Draft:
        return Draft(recipients=self.recipient_list(), subject=self.subject.text().strip(),
                     body=self.body.toPlainText(), attachments=self.attachment_list(),
                     transport="link" if self.link_radio.isChecked() else "smtp",
                     cover=self.cover_check.isChecked(), cover_docx=self.docx_check.isChecked(),
                     sender_name=self.sender_name.text().strip())

    # -- cover preview ----------------------------------------------------------------------------------
    def preview_cover(self) -> None:
        draft = self.draft()
        if not draft.recipients:
            draft.recipients = [Recipient("—")]
        folder = self.page.ctx.work_folder() / "送付状"
        folder.mkdir(parents=True, exist_ok=True)
        draft.cover_docx = self.docx_check.isChecked()
        self.page.ctx.jobs.start(self.tr("送付状を作成"), lambda p, c: make_cover(draft, folder), lane="parallel",
                                 on_success=self._open_preview)

    def _open_preview(self, files) -> None:
        self.last_preview = files
        self.page.ctx.status(self.tr("送付状を保存しました: {path}").format(path=files[0]))
        notify_exported(self.page.ctx, files)  # 「ファイルを開く」「フォルダを開く」
        if not self.page.headless:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(files[0])))

    # -- send: queue as draft -> confirmation -> held -------------------------------------------------------
    def start_send(self) -> None:
        draft = self.draft()
        config = self.page.config()
        outbox = self.page.outbox
        self.preparing = True
        self.update_state()

        def work(progress, cancel):
            if draft.transport == "link" and not config.cloud_endpoint:
                raise NotConfigured("Sending links needs the cloud storage address (setting cloud_endpoint).")
            group = queue_draft(outbox, draft, sender=config.sender, policy=config.policy, state="draft")
            outbox.begin_confirmation(group)
            return group

        self.page.ctx.jobs.start(self.tr("送信の準備"), work, lane="parallel", on_success=self._confirm,
                                 on_failure=lambda exc: self._prepared())

    def _prepared(self) -> None:
        self.preparing = False
        self.update_state()

    def _confirm(self, group: str) -> None:
        self.pending_group = group
        jobs = self.page.outbox.jobs(group_id=group)
        config = self.page.config()
        shown = [(j.recipient, " ".join(p for p in (self.role_label(j.role) + ":" if j.role != "to" else "",
                                                    j.recipient_name) if p)) for j in jobs]
        dialog = ConfirmDialog(shown,
                               [a.name for a in jobs[0].attachments], subject=jobs[0].subject, policy=config.policy,
                               hold_seconds=config.hold_seconds, link=jobs[0].transport == "link", parent=self)
        self.confirm_dialog = dialog
        dialog.accepted.connect(lambda: self._confirmed(group, dialog))
        dialog.rejected.connect(lambda: self._not_confirmed(group))
        dialog.open()

    def _confirmed(self, group: str, dialog: ConfirmDialog) -> None:
        self.confirm_dialog = None
        self._prepared()
        try:
            self.page.outbox.confirm(group, dialog.ticked(), self.page.config().hold_seconds)
        except SendError as exc:
            from desktop.ui.errors import show_error

            show_error(self, self.tr("送信"), exc)
            return
        self.recipients.clear()
        self.attachments.clear()
        self.subject.clear()
        self.body.clear()
        self.queued.emit(group)

    def _not_confirmed(self, group: str) -> None:
        self.confirm_dialog = None
        self._prepared()
        self.page.outbox.abort_confirmation(group)
        self.page.outbox.cancel_group(group)      # the form keeps everything; sending again makes a new group
        self.page.ctx.status(self.tr("送信を中止しました。内容は残っています。"))

    # -- texts ------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for key, text in (("to", self.tr("宛先")), ("subject", self.tr("件名")), ("body", self.tr("本文・通信欄")),
                          ("files", self.tr("添付ファイル")), ("how", self.tr("送り方")), ("cover", self.tr("送付状")),
                          ("sender", self.tr("発信者名"))):
            self.labels[key].setText(text)
        self.to_edit.setPlaceholderText(self.tr("氏名・所属（候補から選ぶ）、メールアドレス、または旧FAX番号"))
        for i, text in enumerate((self.tr("宛先", "recipient type: To"), "CC", "BCC")):
            self.role_box.setItemText(i, text)
        self.role_box.setToolTip(self.tr("次に追加する宛先の種類。CCの宛先は全員に表示され、BCCの宛先は誰にも表示されません。"))
        self.sender_name.setPlaceholderText(self.tr("例: 総務局総務部 山田 太郎（送付状に印字されます）"))
        self.add_to_button.setText(self.tr("追加"))
        self.remove_to_button.setText(self.tr("選択した宛先を外す"))
        self.add_file_button.setText(self.tr("ファイルを追加…"))
        self.remove_file_button.setText(self.tr("選択したファイルを外す"))
        self.mail_radio.setText(self.tr("メールに添付"))
        self.link_radio.setText(self.tr("クラウドに置いてリンクを送る"))
        self.cover_check.setText(self.tr("送付状（PDF）を付ける"))
        self.docx_check.setText(self.tr("Word形式も作成"))
        self.preview_button.setText(self.tr("送付状をプレビュー"))
        self.send_button.setText(self.tr("送信…"))
        for widget, name in ((self.role_box, self.tr("宛先の種類（宛先・CC・BCC）")), (self.to_edit, self.tr("宛先の入力")), (self.add_to_button, self.tr("宛先を追加")),
                             (self.recipients, self.tr("宛先一覧")), (self.remove_to_button, self.tr("宛先を外す")),
                             (self.subject, self.tr("件名")), (self.body, self.tr("本文")),
                             (self.attachments, self.tr("添付ファイル一覧")), (self.add_file_button, self.tr("ファイルを追加")),
                             (self.remove_file_button, self.tr("ファイルを外す")), (self.mail_radio, self.tr("メールに添付")),
                             (self.link_radio, self.tr("リンクを送る")), (self.cover_check, self.tr("送付状を付ける")),
                             (self.docx_check, self.tr("Word形式も作成")), (self.preview_button, self.tr("送付状をプレビュー")),
                             (self.sender_name, self.tr("発信者名")), (self.send_button, self.tr("送信"))):
            widget.setAccessibleName(name)
        self.update_state()  # rows and states carry translated text
