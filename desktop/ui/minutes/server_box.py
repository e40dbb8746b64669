"""設定 → 局の文字起こしサーバー: which server the policy chose, how it signs in, and the staff's own token.

Token mode (policy ``transcription_server_auth = "token"``, the default): a password field where the clerk pastes
the token bureau IT handed out; 保存 puts it into the credential store of the staff profile (never a file), the
field is emptied at once and the token is never shown again, only 「保存済み」. Single sign-on mode: no field,
the signed-in staff ID is used. GUI thread only (the credential store is read when the box is shown, like the
sync page's account box).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.services.errors import CredentialStoreError, ToseiError
from desktop.services.minutes import server_backend as sb
from desktop.ui.widgets.retranslate import Retranslating

log = logging.getLogger(__name__)


class ServerTokenBox(Retranslating, QGroupBox):
    def __init__(self, settings, profile: str = "default", parent: QWidget | None = None, ctx=None) -> None:
        super().__init__(parent)
        self.settings, self.profile, self.ctx = settings, profile, ctx
        self.setObjectName("serverTokenBox")
        col = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setObjectName("serverInfo")
        col.addWidget(self.info)
        self.token_row = QWidget()
        row = QHBoxLayout(self.token_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.token_label = QLabel()
        self.token_edit = QLineEdit()
        self.token_edit.setObjectName("serverTokenEdit")
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)      # never shown, no copy out of the field
        self.token_edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData
                                            | Qt.InputMethodHint.ImhNoPredictiveText)
        self.token_label.setBuddy(self.token_edit)
        self.save_button = QPushButton()
        self.save_button.setObjectName("serverTokenSave")
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("serverTokenClear")
        row.addWidget(self.token_label)
        row.addWidget(self.token_edit, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.clear_button)
        col.addWidget(self.token_row)
        self.state = QLabel()
        self.state.setObjectName("serverTokenState")
        self.state.setWordWrap(True)
        col.addWidget(self.state)
        self.save_button.clicked.connect(self.save_token)
        self.token_edit.returnPressed.connect(self.save_token)
        self.clear_button.clicked.connect(self.clear_token)
        self.token_edit.textChanged.connect(lambda text: self.save_button.setEnabled(bool(text.strip())))
        self.stored: bool | None = None
        self.retranslate()

    # ------------------------------------------------------------------------------------------ state
    @property
    def values(self) -> dict:
        return self.settings.policy.values

    def refresh(self) -> None:
        url = str(self.values.get("transcription_server_url") or "").strip()
        oauth = sb.auth_mode(self.values) == sb.AUTH_OAUTH
        if not url:
            text = self.tr("局の文字起こしサーバーは設定されていません。文字起こしはこのパソコンで行います。")
        elif not self.values.get("transcription_server_upload", False):
            text = self.tr("局の文字起こしサーバー: {url}\n組織の設定で録音の送信が許可されていないため、"
                           "文字起こしはこのパソコンで行います。").format(url=url)
        elif oauth:
            text = self.tr("局の文字起こしサーバー: {url}\n接続にはサインイン中の職員ID（シングルサインオン）を使います。"
                           "トークンの入力は不要です。").format(url=url)
        else:
            text = self.tr("局の文字起こしサーバー: {url}\n接続には、情報システム担当から受け取ったアクセストークンを"
                           "この端末の資格情報ストアに保存して使います。").format(url=url)
        self.info.setText(text)
        self.token_row.setVisible(bool(url) and not oauth)
        self.state.setVisible(bool(url) and not oauth)
        self.state.setToolTip("")
        if not url or oauth:
            return
        try:
            self.stored = sb.stored_token(self.profile) is not None
        except CredentialStoreError as exc:
            self.stored = None
            self.state.setText(self.tr("資格情報ストアを利用できないため、トークンを保存できません。"
                                       "平文で保存することはありません。"))
            self.state.setToolTip(str(exc))
            self.token_edit.setEnabled(False)
            self.save_button.setEnabled(False)
            self.clear_button.setEnabled(False)
            return
        self.token_edit.setEnabled(True)
        self.save_button.setEnabled(bool(self.token_edit.text().strip()))
        self.clear_button.setEnabled(self.stored)
        self.state.setText(self.tr("トークン: 保存済み（資格情報ストア）") if self.stored
                           else self.tr("トークン: 未保存"))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.refresh()
        super().showEvent(event)

    # ------------------------------------------------------------------------------------------ actions
    def save_token(self) -> None:
        token = self.token_edit.text()
        self.token_edit.clear()          # the token never stays in the widget
        if not token.strip():
            return
        try:
            sb.store_token(token, self.profile)
        except ToseiError as exc:
            from desktop.ui.errors import show_error

            show_error(self, self.tr("文字起こしサーバー"), exc)
        else:
            self._status(self.tr("文字起こしサーバーのトークンを保存しました。"))
        self.refresh()

    def clear_token(self) -> None:
        try:
            sb.clear_token(self.profile)
        except ToseiError as exc:
            from desktop.ui.errors import show_error

            show_error(self, self.tr("文字起こしサーバー"), exc)
        else:
            self._status(self.tr("文字起こしサーバーのトークンを削除しました。"))
        self.refresh()

    def _status(self, text: str) -> None:
        if self.ctx is not None:
            self.ctx.status(text)

    # ------------------------------------------------------------------------------------------ i18n
    def retranslate(self) -> None:
        self.setTitle(self.tr("局の文字起こしサーバー"))
        self.token_label.setText(self.tr("アクセストークン"))
        self.token_edit.setPlaceholderText(self.tr("情報システム担当から受け取ったトークンを貼り付け"))
        self.token_edit.setAccessibleName(self.tr("文字起こしサーバーのアクセストークン"))
        self.save_button.setText(self.tr("保存"))
        self.clear_button.setText(self.tr("削除"))
        self.refresh()
