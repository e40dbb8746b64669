"""The staff ID box: who is signed in, the credential-store state, sign in (dialog) and sign out.

Two modes, chosen by the policy key ``cloud_auth``: ``password`` (the saved ID profile and a cloud password in the
credential store, :mod:`desktop.services.sync.identity`) and ``oauth`` (single sign-on: the state of the shared
:class:`SignInController`, sign-in through the single sign-on dialog; no password is asked for).
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout

from desktop.services import secrets
from desktop.services.errors import CredentialStoreError
from desktop.services.identity.session import SignInState
from desktop.services.sync import identity as ident
from desktop.ui.sync.signin_dialog import SignInDialog
from desktop.ui.widgets.retranslate import Retranslating


class AccountBox(Retranslating, QGroupBox):
    changed = Signal()

    def __init__(self, profile: str, parent=None, ctx=None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.ctx = ctx                  # the AppContext (settings, jobs); None: password accounts only
        self.controller = None          # the single sign-on controller, with cloud_auth = "oauth"
        self.sso_dialog = None
        self.signed_in = False          # password: an ID and a password are stored; oauth: the token is valid
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
        # who is signed in and the buttons on one line (a line less: the page fits 1366×768 in 会議室モード)
        row = QHBoxLayout()
        row.addWidget(self.who, 1)
        row.addWidget(self.sign_in_button)
        row.addWidget(self.sign_out_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.store_problem)
        self.edit_button = QPushButton()              # oauth mode: the mail password, when mail still uses one
        self.edit_button.setObjectName("syncEditProfile")
        self.edit_button.clicked.connect(self.open_profile_dialog)
        row.insertWidget(2, self.edit_button)
        if self.oauth:
            from desktop.ui.signin.controller import signin_controller

            self.controller = signin_controller(ctx)
            self.controller.status_changed.connect(self._sso_changed)
        self.retranslate()
        if self.controller is not None:
            self.controller.restore()                 # the silent refresh (once per app)

    @property
    def oauth(self) -> bool:
        """The policy signs in to the cloud with the single sign-on token (``cloud_auth = "oauth"``)."""
        return self.ctx is not None and self.ctx.settings.get("cloud_auth") == "oauth"

    def smtp_oauth(self) -> bool:
        return self.ctx is not None and self.ctx.settings.get("smtp_auth") == "oauth"

    def retranslate(self) -> None:
        self.setTitle(self.tr("職員ID（ワンID）"))
        self.sign_in_button.setText(self.tr("サインイン") if self.oauth else self.tr("サインイン / 職員IDの編集"))
        self.edit_button.setText(self.tr("メール（SMTP）のパスワード"))
        self.edit_button.setAccessibleName(self.edit_button.text())
        self.sign_out_button.setText(self.tr("サインアウト"))
        self.sign_in_button.setAccessibleName(self.sign_in_button.text())
        self.sign_out_button.setAccessibleName(self.sign_out_button.text())
        self.who.setAccessibleName(self.tr("サインイン中の職員"))
        self.store_problem.setAccessibleName(self.tr("資格情報ストアの状態"))
        self.refresh()


    def refresh(self) -> None:
        if self.oauth:
            self._refresh_sso()
            return
        self.edit_button.hide()
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

    def _refresh_sso(self) -> None:
        """Single sign-on: who is signed in and the token state; the cloud password is not used."""
        from desktop.ui.signin.status_text import state_text, who

        self.store_problem.hide()
        self.edit_button.setVisible(not self.smtp_oauth())   # mail may still sign in with a stored password
        controller = self.controller
        if controller is None:          # during construction
            return
        status = controller.status
        self.signed_in = controller.enabled and controller.status_known and status.state is SignInState.SIGNED_IN
        if not controller.enabled:
            text = self.tr("クラウドはシングルサインオンでサインインする設定ですが、認証サーバーが設定されていません。"
                           "情報システム担当にお問い合わせください。")
        elif not controller.status_known:                  # the silent refresh has not answered yet
            staff = self._staff_line()
            text = self.tr("サインインを確認しています…") + (f"\n{staff}" if staff else "")
        else:
            text = state_text(status)
            if status.state is SignInState.EXPIRED and status.staff is not None:
                text = who(status) + "\n" + text            # who has to sign in again
        if self.signed_in and self.server_state != "unknown":
            text += "\n" + self.sso_server_text()
        self.who.setText(text)
        bad = controller.enabled and controller.status_known and status.state in (SignInState.EXPIRED,
                                                                                  SignInState.UNREACHABLE)
        self.who.setStyleSheet("color: #b00020;" if bad or not controller.enabled else "")
        self.sign_in_button.setEnabled(controller.enabled)
        self.sign_in_button.setVisible(not self.signed_in)
        self.sign_out_button.setVisible(True)
        self.sign_out_button.setEnabled(controller.enabled and (self.signed_in or status.staff is not None))

    def _staff_line(self) -> str:
        from desktop.services.identity.staff import current_staff

        staff = current_staff(self.ctx.settings, self.profile)
        if staff is None:
            return ""
        org = " ".join(p for p in (staff.bureau, staff.section) if p)
        return "　".join(p for p in (staff.display_name or staff.staff_id, org, staff.mail) if p)

    def _checked_at(self) -> str:
        """When the server last answered, as 「HH:MM」 ("" before the first check)."""
        import time

        return time.strftime("%H:%M", time.localtime(self.server_checked_at)) if self.server_checked_at else ""

    def sso_server_text(self) -> str:
        """What the cloud server said about the token (the page runs the check)."""
        at = self._checked_at()
        return {
            "ok": self.tr("クラウド: {at} にサーバーで確認済み").format(at=at),
            "checking": self.tr("クラウド: サーバーに接続して確認しています…"),
            "rejected": self.tr("クラウド: サーバーがこの職員IDを受け付けませんでした。もう一度サインインしてください。"),
            "unreachable": self.tr("クラウド: サーバーに接続できませんでした（{at}）。ネットワークを確認してください。"
                                   ).format(at=at),
            "error": self.tr("クラウド: サーバーの応答に問題がありました（{at}）。").format(at=at),
            "no_address": self.tr("クラウド: アドレスを入力すると、サーバーに接続して確認します。"),
        }.get(self.server_state, "")

    def _sso_changed(self, _status) -> None:
        """The token state moved (silent refresh, sign-in, sign-out): the page re-checks the server."""
        self.server_state, self.server_checked_at = "unknown", None
        self.refresh()
        self.changed.emit()

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
        at = self._checked_at()
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
        if self.oauth:
            from desktop.ui.signin.dialog import SignInDialog as SsoDialog

            self.sso_dialog = SsoDialog(self.controller, self)
            self.sso_dialog.finished.connect(self._sso_dialog_closed)
            self.sso_dialog.open()
            return
        self.open_profile_dialog()

    def _sso_dialog_closed(self, _code: int) -> None:
        dialog, self.sso_dialog = self.sso_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def open_profile_dialog(self) -> None:
        """The ID profile and passwords (password mode; in oauth mode only the mail password, if mail uses one)."""
        self.dialog = SignInDialog(ident.load_identity(self.profile) or ident.Identity(profile=self.profile), self,
                                   cloud_password=not self.oauth, smtp_password=not self.smtp_oauth())
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
        question = (self.tr("シングルサインオンからサインアウトします。この端末に保存したサインイン情報を削除し、"
                            "メールとクラウドは次のサインインまで使えません。よろしいですか？") if self.oauth else
                    self.tr("この職員IDで保存したパスワードなどをすべて削除します。よろしいですか？"))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("サインアウト"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("syncSignOutConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(
            lambda _code: self._sign_out(box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)))
        self.confirm_box = box
        box.open()

    def _sign_out(self, yes: bool) -> None:
        self.confirm_box = None
        if yes and self.oauth:
            self.controller.sign_out()          # the token cache is emptied off the GUI thread; the state follows
            return
        if yes:
            ident.sign_out(self.profile)
            self.server_state, self.server_checked_at = "unknown", None
        self.refresh()
        self.changed.emit()
