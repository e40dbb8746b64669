"""Who is signed in, for the home page: one line of state and a Sign in / Sign out button.

``create_signin_badge(ctx)`` is the one function a page calls. With single sign-on it starts the silent refresh
at first show and follows the controller's state; with password accounts it shows the saved staff ID profile.
"""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from desktop.services.identity.session import SignInState, SignInStatus
from desktop.services.identity.staff import current_staff
from desktop.ui.context import AppContext
from desktop.ui.signin.controller import signin_controller
from desktop.ui.signin.status_text import state_text
from desktop.ui.widgets.retranslate import Retranslating


class SignInBadge(Retranslating, QFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller = signin_controller(ctx)
        self.dialog = None
        self.setObjectName("signInBadge")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setObjectName("signInBadgeText")
        self.text.setWordWrap(True)
        self.sign_in_button = QPushButton()
        self.sign_in_button.setObjectName("signInBadgeSignIn")
        self.sign_out_button = QPushButton()
        self.sign_out_button.setObjectName("signInBadgeSignOut")
        self.sign_in_button.clicked.connect(self.open_dialog)
        self.sign_out_button.clicked.connect(self.confirm_sign_out)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.sign_in_button)
        layout.addWidget(self.sign_out_button)
        self.controller.status_changed.connect(lambda _s: self.refresh())
        self.retranslate()
        self.controller.restore()

    def retranslate(self) -> None:
        self.sign_in_button.setText(self.tr("サインイン"))
        self.sign_out_button.setText(self.tr("サインアウト"))
        self.sign_in_button.setAccessibleName(self.sign_in_button.text())
        self.sign_out_button.setAccessibleName(self.sign_out_button.text())
        self.text.setAccessibleName(self.tr("サインインの状態"))
        self.refresh()


    def refresh(self) -> None:
        if not self.controller.enabled:
            staff = current_staff(self.ctx.settings)
            self.sign_in_button.hide()
            self.sign_out_button.hide()
            if staff is None:
                self.text.setText(self.tr("職員IDが未設定です（「クラウド同期」で設定できます）。"))
            else:
                org = " ".join(p for p in (staff.bureau, staff.section) if p)
                self.text.setText(self.tr("職員: {name}　{org}").format(name=staff.display_name or staff.staff_id,
                                                                       org=org))
            return
        status: SignInStatus = self.controller.status
        if not self.controller.status_known:      # the silent refresh has not answered yet
            staff = self._cached_staff()
            self.text.setText(self.tr("サインインを確認しています…") + (f"　{staff.name}" if staff else ""))
            self.text.setStyleSheet("")
            self.sign_in_button.hide()
            self.sign_out_button.hide()
            return
        self.text.setText(state_text(status))
        signed_in = status.state is SignInState.SIGNED_IN
        self.text.setStyleSheet("" if signed_in or status.state is SignInState.SIGNED_OUT else "color: #b00020;")
        self.sign_in_button.setVisible(not signed_in and status.state is not SignInState.NOT_CONFIGURED)
        self.sign_out_button.setVisible(status.staff is not None)

    def _cached_staff(self):
        try:
            return self.controller.session().cached_staff()
        except Exception:  # noqa: BLE001 - shown as "checking"; the refresh reports the real problem
            return None

    def open_dialog(self) -> None:
        from desktop.ui.signin.dialog import SignInDialog

        window = self.ctx.window
        meeting = getattr(window, "meeting_action", None)
        large = bool(meeting.isChecked()) if meeting is not None else bool(self.ctx.settings.get("meeting_room_mode"))
        self.dialog = SignInDialog(self.controller, self.window(), large=large)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _dialog_closed(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.refresh()

    def confirm_sign_out(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("サインアウト"),
                          self.tr("このPCに保存したサインインの情報（トークン）をすべて削除します。よろしいですか？"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("signOutConfirm")
        box.buttonClicked.connect(lambda b: self.controller.sign_out()
                                  if box.standardButton(b) == QMessageBox.StandardButton.Yes else None)
        box.open()
        self.confirm_box = box


def create_signin_badge(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    """The "who is signed in" widget for the home page (or any page)."""
    return SignInBadge(ctx, parent)
