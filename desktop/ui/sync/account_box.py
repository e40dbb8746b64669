"""The staff ID box: who is signed in, the credential-store state, sign in (dialog) and sign out."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout

from desktop.services import secrets
from desktop.services.errors import CredentialStoreError
from desktop.services.sync import identity as ident
from desktop.ui.sync.signin_dialog import SignInDialog
from desktop.ui.widgets.retranslate import Retranslating


class AccountBox(Retranslating, QGroupBox):
    changed = Signal()

    def __init__(self, profile: str, parent=None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.signed_in = False          # an ID and a password are stored (not yet: the server accepted them)
        self.server_state = "unknown"   # unknown | no_address | checking | ok | rejected | unreachable | error
        self.server_checked_at: float | None = None
        self.dialog: SignInDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.who.setObjectName("syncWho")
        self.store_problem = QLabel()
        self.store_problem.setWordWrap(True)
        self.store_problem.setObjectName("syncStoreProblem")
        self.store_problem.setStyleSheet("color: #b00020;")
        self.sign_in_button = QPushButton()
        self.sign_in_button.setObjectName("syncSignIn")
        self.sign_out_button = QPushButton()
        self.sign_out_button.setObjectName("syncSignOut")
        self.sign_in_button.clicked.connect(self.open_sign_in)
        self.sign_out_button.clicked.connect(self.confirm_sign_out)
        row = QHBoxLayout()
        row.addWidget(self.sign_in_button)
        row.addWidget(self.sign_out_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(self.store_problem)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("職員ID（ワンID）"))
        self.sign_in_button.setText(self.tr("サインイン / 職員IDの編集"))
        self.sign_out_button.setText(self.tr("サインアウト"))
        self.sign_in_button.setAccessibleName(self.sign_in_button.text())
        self.sign_out_button.setAccessibleName(self.sign_out_button.text())
        self.who.setAccessibleName(self.tr("サインイン中の職員"))
        self.store_problem.setAccessibleName(self.tr("資格情報ストアの状態"))
        self.refresh()


    def refresh(self) -> None:
        problem = secrets.backend_problem()
        self.store_problem.setVisible(bool(problem))
        if problem:
            self.store_problem.setText(self.tr("資格情報ストアを利用できないため、パスワードを保存できません。"
                                               "平文で保存することはありません。") + "\n" + self.store_hint(problem))
            self.store_problem.setToolTip(problem)         # the technical detail (backend name)
        person = ident.load_identity(self.profile)
        try:
            self.signed_in = person is not None and not problem and ident.is_signed_in(self.profile)
        except CredentialStoreError:
            self.signed_in = False
        if person is None:
            self.who.setText(self.tr("サインインしていません。"))
        else:
            state = self.state_text() if self.signed_in else self.tr("パスワード未保存（サインインしてください）")
            self.who.setText(f"{person.staff_id}　{person.display_name}　{person.bureau} {person.section}　"
                             f"{person.mail}\n{state}")
        self.sign_out_button.setEnabled(person is not None and not problem)

    def store_hint(self, problem: str) -> str:
        """What to do about the credential store, in the user's language (the service explains in English)."""
        if "file" in problem:
            return self.tr("ファイルに保存する方式の資格情報ストアは使いません。システムの資格情報ストア（Windows の資格情報"
                           "マネージャー、macOS のキーチェーン、Linux の Secret Service）を使ってください。")
        if "locked" in problem.lower():
            return self.tr("資格情報ストアがロックされています。ロックを解除してから、もう一度サインインしてください。")
        return self.tr("Windows では資格情報マネージャーを、Linux では Secret Service（gnome-keyring など）を起動して"
                       "ロックを解除してください。")

    def set_server_state(self, state: str, when: float | None = None) -> None:
        """What the server last said about this sign-in (the page runs the check)."""
        self.server_state = state
        if when is not None:
            self.server_checked_at = when
        self.refresh()

    def state_text(self) -> str:
        """「サインイン中」 only after the server accepted the sign-in; otherwise what is known, honestly."""
        import time

        at = time.strftime("%H:%M", time.localtime(self.server_checked_at)) if self.server_checked_at else ""
        return {
            "ok": self.tr("サインイン中（{at} にサーバーで確認済み）").format(at=at),
            "checking": self.tr("パスワードは保存済みです。サーバーに接続して確認しています…"),
            "rejected": self.tr("サーバーがサインインを拒否しました。パスワードを確かめて、もう一度サインインしてください。"),
            "unreachable": self.tr("パスワードは保存済みです。サーバーに接続できませんでした（{at}）。ネットワークを確認してください。"
                                   ).format(at=at),
            "error": self.tr("パスワードは保存済みです。サーバーの応答に問題がありました（{at}）。").format(at=at),
            "no_address": self.tr("パスワードは保存済みです。クラウドのアドレスを入力すると、サーバーに接続して確認します。"),
        }.get(self.server_state, self.tr("パスワードは保存済みです（まだサーバーに接続していません）。"))

    def open_sign_in(self) -> None:
        self.dialog = SignInDialog(ident.load_identity(self.profile) or ident.Identity(profile=self.profile), self)
        self.dialog.accepted.connect(self._signed_in)
        self.dialog.open()

    def _signed_in(self) -> None:
        from desktop.ui.errors import show_error

        dialog, self.dialog = self.dialog, None
        try:
            ident.sign_in(dialog.identity(), cloud_password=dialog.password.text() or None,
                          smtp_password=dialog.smtp_password.text() or None)
            if dialog.password.text():
                self.server_state, self.server_checked_at = "unknown", None     # a new password: not checked yet
        except Exception as exc:  # shown as a readable dialog; nothing was stored
            show_error(self, self.tr("サインイン"), exc)
        dialog.password.clear()
        dialog.smtp_password.clear()
        dialog.deleteLater()
        self.refresh()
        self.changed.emit()

    def confirm_sign_out(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("サインアウト"),
                          self.tr("この職員IDで保存したパスワードなどをすべて削除します。よろしいですか？"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("syncSignOutConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(
            lambda _code: self._sign_out(box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)))
        self.confirm_box = box
        box.open()

    def _sign_out(self, yes: bool) -> None:
        self.confirm_box = None
        if yes:
            ident.sign_out(self.profile)
            self.server_state, self.server_checked_at = "unknown", None
        self.refresh()
        self.changed.emit()
