"""作成 tab: recipients, subject, message, attachments, cover sheet (送付状) preview, then the confirmation
dialog and the hold. GUI thread only; queueing (cover rendering, spooling) runs through ctx.jobs."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget)

from desktop.services.send.addresses import normalize_fax
from desktop.services.send.compose import Draft, make_cover, queue_draft, resolve_recipients
from desktop.services.send.errors import NotConfigured, SendError
from desktop.services.send.outbox import Recipient
from desktop.ui.send.confirm_dialog import ConfirmDialog

ROLE = Qt.ItemDataRole.UserRole


class ComposeTab(QWidget):
    queued = Signal(str)          # group id, held after confirmation

    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.confirm_dialog: ConfirmDialog | None = None
        self.pending_group: str | None = None
        self.to_edit = QLineEdit()
        self.to_edit.setObjectName("composeTo")
        self.add_to_button = QPushButton()
        self.recipients = QListWidget()
        self.recipients.setObjectName("composeRecipients")
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
        to_row.addWidget(self.to_edit, 1)
        to_row.addWidget(self.add_to_button)
        to_box = QVBoxLayout()
        to_box.addLayout(to_row)
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
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignRight)

        self.body.setTabChangesFocus(True)          # Tab moves on; a tab character in a mail body is never wanted
        order = (self.to_edit, self.add_to_button, self.recipients, self.remove_to_button, self.subject, self.body,
                 self.attachments, self.add_file_button, self.remove_file_button, self.mail_radio, self.link_radio,
                 self.cover_check, self.docx_check, self.preview_button, self.sender_name, self.send_button)
        for first, second in zip(order, order[1:]):     # the order they appear on screen
            QWidget.setTabOrder(first, second)
        self.preparing = False
        self._cloud_ok = bool(config.cloud_endpoint)

        self.add_to_button.clicked.connect(self.add_typed_recipient)
        self.to_edit.returnPressed.connect(self.add_typed_recipient)
        self.remove_to_button.clicked.connect(lambda: self._remove_selected(self.recipients))
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
        self.retranslate()
        self.update_state()

    def update_state(self) -> None:
        """Enable only what can work now: Send needs a recipient and a subject (and no send being prepared);
        the link option needs a configured cloud address; remove buttons need a selection."""
        self.send_button.setEnabled(not self.preparing and self.recipients.count() > 0
                                    and bool(self.subject.text().strip()))
        self.add_to_button.setEnabled(bool(self.to_edit.text().strip()))
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
    def add_recipient(self, address: str, name: str = "") -> None:
        for i in range(self.recipients.count()):
            if self.recipients.item(i).data(ROLE)[0] == address:
                return
        item = QListWidgetItem(f"{name} <{address}>" if name else address)
        item.setData(ROLE, (address, name))
        self.recipients.addItem(item)

    def add_typed_recipient(self) -> None:
        text = self.to_edit.text().strip()
        if not text:
            return
        try:
            looks_like_fax = "@" not in text and "＠" not in text and len(normalize_fax(text)) >= 9
            found = resolve_recipients(self.page.directory, fax_numbers=[text] if looks_like_fax else [],
                                       addresses=[] if looks_like_fax else [text])
        except SendError as exc:
            from desktop.ui.errors import show_error

            show_error(self, self.tr("宛先の追加"), exc)
            return
        for r in found:
            self.add_recipient(r.address, r.name)
        self.to_edit.clear()

    def recipient_list(self) -> list[Recipient]:
        return [Recipient(*self.recipients.item(i).data(ROLE)) for i in range(self.recipients.count())]

    def add_attachment(self, path: Path) -> None:
        item = QListWidgetItem(Path(path).name)
        item.setData(ROLE, str(path))
        item.setToolTip(str(path))
        self.attachments.addItem(item)

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
        dialog = ConfirmDialog([(j.recipient, j.recipient_name) for j in jobs],
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
        self.to_edit.setPlaceholderText(self.tr("メールアドレス、または旧FAX番号"))
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
        for widget, name in ((self.to_edit, self.tr("宛先の入力")), (self.add_to_button, self.tr("宛先を追加")),
                             (self.recipients, self.tr("宛先一覧")), (self.remove_to_button, self.tr("宛先を外す")),
                             (self.subject, self.tr("件名")), (self.body, self.tr("本文")),
                             (self.attachments, self.tr("添付ファイル一覧")), (self.add_file_button, self.tr("ファイルを追加")),
                             (self.remove_file_button, self.tr("ファイルを外す")), (self.mail_radio, self.tr("メールに添付")),
                             (self.link_radio, self.tr("リンクを送る")), (self.cover_check, self.tr("送付状を付ける")),
                             (self.docx_check, self.tr("Word形式も作成")), (self.preview_button, self.tr("送付状をプレビュー")),
                             (self.sender_name, self.tr("発信者名")), (self.send_button, self.tr("送信"))):
            widget.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.update_state()
        super().changeEvent(event)
