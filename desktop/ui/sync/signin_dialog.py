"""Sign-in dialog: the staff ID (職員ID) profile, the cloud password and the mail (SMTP) password (both stored
only in the credential store)."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout)

from desktop.services.sync.identity import Identity
from desktop.ui.widgets.retranslate import Retranslating


class SignInDialog(Retranslating, QDialog):
    FIELDS = ("staff_id", "display_name", "bureau", "section", "mail", "cloud_user")

    def __init__(self, identity: Identity | None, parent=None, *, cloud_password: bool = True,
                 smtp_password: bool = True) -> None:
        """``cloud_password`` / ``smtp_password``: ask for that password (not when the policy uses the SSO token)."""
        super().__init__(parent)
        self.setObjectName("syncSignInDialog")
        self.profile = identity.profile if identity else "default"
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for name in self.FIELDS:
            edit = QLineEdit(getattr(identity, name) if identity else "")
            edit.setObjectName(f"syncField_{name}")
            self.edits[name] = edit
            self.labels[name] = QLabel()
            self.labels[name].setBuddy(edit)
            form.addRow(self.labels[name], edit)
        self.password = QLineEdit()
        self.password.setObjectName("syncField_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label = QLabel()
        self.password_label.setBuddy(self.password)
        form.addRow(self.password_label, self.password)
        self.smtp_password = QLineEdit()
        self.smtp_password.setObjectName("syncField_smtp_password")
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_password_label = QLabel()
        self.smtp_password_label.setBuddy(self.smtp_password)
        form.addRow(self.smtp_password_label, self.smtp_password)
        form.setRowVisible(self.password, cloud_password)
        form.setRowVisible(self.smtp_password, smtp_password)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("サインイン（職員ID）"))
        texts = {"staff_id": self.tr("職員ID"), "display_name": self.tr("氏名"), "bureau": self.tr("局"),
                 "section": self.tr("課・係"), "mail": self.tr("メールアドレス"),
                 "cloud_user": self.tr("クラウドのユーザー名（職員IDと異なる場合）")}
        for name, text in texts.items():
            self.labels[name].setText(text)
            self.edits[name].setAccessibleName(text)
        self.password_label.setText(self.tr("クラウドのパスワード"))
        self.password.setAccessibleName(self.tr("クラウドのパスワード"))
        self.password.setPlaceholderText(self.tr("変更しない場合は空欄"))
        self.smtp_password_label.setText(self.tr("メール（SMTP）のパスワード"))
        self.smtp_password.setAccessibleName(self.tr("メール（SMTP）のパスワード"))
        self.smtp_password.setPlaceholderText(self.tr("送付にSMTPのサインインが必要な場合。変更しない場合は空欄"))
        self.note.setText(self.tr("パスワードはOSの資格情報ストアにだけ保存され、ファイルには書かれません。"))
        self.buttons.setAccessibleName(self.tr("サインインの操作"))
        self._fit_placeholders()

    def showEvent(self, event) -> None:  # noqa: N802 -- the style sheet's font (会議室モード) is known only now
        self.ensurePolished()
        for edit in self.findChildren(QLineEdit):
            edit.ensurePolished()
        self._fit_placeholders()
        super().showEvent(event)

    def _fit_placeholders(self) -> None:
        """Wide enough that no hint in an empty field is cut off (「変更しない場…」)."""
        edits = [*self.edits.values(), self.password, self.smtp_password]
        need = max(e.fontMetrics().horizontalAdvance(e.placeholderText()) for e in edits) + 64  # padding, frame
        for e in edits:
            e.setMinimumWidth(max(240, need))


    def identity(self) -> Identity:
        return Identity(profile=self.profile, **{k: e.text().strip() for k, e in self.edits.items()})
