"""「署名用の鍵を登録」: a staff member registers the signing key the bureau issued them (a PKCS#12 .p12 file and
its passphrase), the same call as ``python -m desktop approval key``. GUI thread only (opening the file takes
milliseconds)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from desktop.services.approval.signing import SigningError
from desktop.services.approval.signing_key import RegisteredKey, register_key, registered_key_file
from desktop.services.approval.staff import Staff
from desktop.services.errors import CredentialStoreError
from desktop.ui.errors import describe
from desktop.ui.widgets.retranslate import Retranslating


class SigningKeyDialog(Retranslating, QDialog):
    def __init__(self, settings, staff: Staff | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signingKeyDialog")
        self.settings, self.staff = settings, staff
        self.registered: RegisteredKey | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.current = QLabel()
        self.current.setObjectName("signingKeyCurrent")
        self.current.setWordWrap(True)
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("signingKeyFile")
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("signingKeyBrowse")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("signingKeyPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("signingKeyMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.file_label, self.passphrase_label = QLabel(), QLabel()
        self.file_label.setBuddy(self.file_edit)
        self.passphrase_label.setBuddy(self.passphrase)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.file_label, file_row)
        form.addRow(self.passphrase_label, self.passphrase)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.register_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.register_button.setObjectName("signingKeyRegister")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.current)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.browse_button.clicked.connect(self._browse)
        self.buttons.accepted.connect(self.register)
        self.buttons.rejected.connect(self.reject)
        self.file_edit.textChanged.connect(self._update)
        self.passphrase.textChanged.connect(self._update)
        self.passphrase.returnPressed.connect(self.register)
        self.retranslate()
        self.setMinimumWidth(560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("署名用の鍵を登録"))
        self.intro.setText(self.tr(
            "局から配布された署名用の鍵ファイル（.p12）を登録します。承認・決裁するとき、この鍵で電子署名が付きます"
            "（はんこの代わりです）。パスワードはこのPCの資格情報ストアにだけ保存され、ファイルには書かれません。"))
        self.file_label.setText(self.tr("鍵ファイル"))
        self.file_edit.setPlaceholderText(self.tr("例: yamada_taro.p12"))
        self.file_edit.setAccessibleName(self.tr("鍵ファイル"))
        self.browse_button.setText(self.tr("参照…"))
        self.browse_button.setAccessibleName(self.tr("鍵ファイルを選ぶ"))
        self.passphrase_label.setText(self.tr("鍵のパスワード"))
        self.passphrase.setAccessibleName(self.tr("鍵のパスワード"))
        self.register_button.setText(self.tr("登録する"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("キャンセル"))
        self.buttons.setAccessibleName(self.tr("鍵の登録の操作"))
        self._show_current()
        self._update()

    def _show_current(self) -> None:
        path = registered_key_file(self.settings)
        if self.registered is not None:
            self.current.setText(self.tr("登録しました: 職員ID {sid} の鍵（有効期限 {until}）").format(
                sid=self.registered.staff_id, until=self.registered.valid_until))
        elif path is not None:
            self.current.setText(self.tr("登録済みの鍵: {name}（別の鍵を登録すると置き換わります）").format(name=path.name))
        else:
            self.current.setText(self.tr("このPCには、まだ署名用の鍵が登録されていません。"))

    def _update(self) -> None:
        self.register_button.setEnabled(bool(self.file_edit.text().strip()))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("署名用の鍵ファイルを選ぶ"), str(Path.home()),
                                              self.tr("署名用の鍵 (*.p12 *.pfx)"))
        if path:
            self.file_edit.setText(path)
            self.passphrase.setFocus()

    def error_text(self, exc: BaseException) -> str:
        code = getattr(exc, "code", "")
        if code == "approval.key_passphrase":
            return self.tr("鍵ファイルを開けませんでした。パスワードが違うか、署名用の鍵ファイル（.p12）ではありません。")
        if code == "approval.key_not_yours":
            params = getattr(exc, "params", {})
            return self.tr("この鍵は職員ID {owner} のものです。サインイン中の職員（{me}）の鍵を選んでください。").format(
                owner=params.get("owner", ""), me=params.get("signed_in", ""))
        if code == "approval.key_unreadable":
            return self.tr("鍵ファイルを読み取れませんでした。ファイルの場所を確かめてください。")
        return describe(exc)

    def register(self) -> bool:
        """Check and register the key; on success the dialog closes, on failure it says why and stays."""
        try:
            self.registered = register_key(Path(self.file_edit.text().strip()), self.passphrase.text(),
                                           staff=self.staff, settings=self.settings)
        except (SigningError, CredentialStoreError, OSError) as exc:
            self.message.setText(self.error_text(exc))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return False
        self.message.clear()
        self._show_current()
        self.accept()
        return True
