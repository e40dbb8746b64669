"""The sign-in dialog: sign in with the system browser, or with a code on another device (meeting-room displays).

Three pages: the choice, "finish in the browser" (with Cancel), and the device code shown large with where to
enter it and a countdown. The work runs in :class:`SignInController`; this dialog only shows it.
"""
from __future__ import annotations

import time
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from desktop.services.identity.session import DeviceCode, SignInState, SignInStatus
from desktop.ui.signin.controller import SignInController
from desktop.ui.signin.status_text import error_text, state_text
from desktop.ui.widgets.retranslate import Retranslating


class SignInDialog(Retranslating, QDialog):
    CHOICE, BROWSER, DEVICE = range(3)

    def __init__(self, controller: SignInController, parent: QWidget | None = None, *, large: bool = False) -> None:
        """``large``: meeting-room mode (the code must be readable from across the room)."""
        super().__init__(parent)
        self.controller = controller
        self.large = large
        self.setObjectName("signInDialog")
        self.setModal(True)
        self.device: DeviceCode | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self._choice_page())
        self.stack.addWidget(self._browser_page())
        self.stack.addWidget(self._device_page())
        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.setObjectName("signInClose")
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        controller.status_changed.connect(self._on_status)
        controller.device_code.connect(self._on_device_code)
        controller.failed.connect(self._on_failed)
        self.retranslate()
        if large and parent is not None:
            self.resize(parent.window().size() * 0.9)
        else:
            self.resize(600, 360)

    # -- pages --------------------------------------------------------------------------------------------
    def _choice_page(self) -> QWidget:
        page = QWidget()
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.provider = QLabel()
        self.provider.setObjectName("signInProvider")
        self.browser_button = QPushButton()
        self.browser_button.setObjectName("signInBrowser")
        self.browser_button.setDefault(True)
        self.browser_button.setMinimumHeight(48)
        self.device_button = QPushButton()
        self.device_button.setObjectName("signInDevice")
        self.device_button.setMinimumHeight(48)
        self.browser_button.clicked.connect(self.start_browser)
        self.device_button.clicked.connect(self.start_device)
        layout = QVBoxLayout(page)
        for w in (self.heading, self.intro, self.provider, self.browser_button, self.device_button):
            layout.addWidget(w)
        layout.addStretch(1)
        return page

    def _browser_page(self) -> QWidget:
        page = QWidget()
        self.browser_text = QLabel()
        self.browser_text.setWordWrap(True)
        self.browser_text.setObjectName("signInBrowserWait")
        self.cancel_browser = QPushButton()
        self.cancel_browser.setObjectName("signInCancelBrowser")
        self.cancel_browser.clicked.connect(self.cancel)
        layout = QVBoxLayout(page)
        layout.addWidget(self.browser_text)
        layout.addWidget(self.cancel_browser, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _device_page(self) -> QWidget:
        page = QWidget()
        self.device_intro = QLabel()
        self.device_intro.setWordWrap(True)
        self.device_url = QLabel()
        self.device_url.setObjectName("signInDeviceUrl")
        self.device_url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.device_url.setWordWrap(True)
        self.code = QLabel()
        self.code.setObjectName("signInUserCode")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        size = 88 if self.large else 40
        self.code.setStyleSheet(f"QLabel {{ font-size: {size}pt; font-weight: bold; letter-spacing: 6px; "
                                "font-family: monospace; padding: 12px; border: 2px solid #1a4d8f; }")
        if self.large:
            self.device_url_style = "QLabel { font-size: 26pt; font-weight: bold; }"
        else:
            self.device_url_style = "QLabel { font-size: 13pt; font-weight: bold; }"
        self.device_url.setStyleSheet(self.device_url_style)
        self.countdown = QLabel()
        self.countdown.setObjectName("signInCountdown")
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("signInCopyCode")
        self.copy_button.clicked.connect(self._copy_code)
        self.cancel_device = QPushButton()
        self.cancel_device.setObjectName("signInCancelDevice")
        self.cancel_device.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.cancel_device)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.device_intro)
        layout.addWidget(self.device_url)
        layout.addWidget(self.code)
        layout.addWidget(self.countdown)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # -- text -----------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("サインイン"))
        self.heading.setText(self.tr("職員IDでサインイン"))
        self.intro.setText(self.tr("組織の認証サーバー（シングルサインオン）で一度サインインすると、メール送信とクラウド同期が"
                                   "同じ職員IDで使えます。パスワードはこのアプリに入力しません。"))
        host = urlsplit(self.controller.session().config.authority).netloc if self.controller.enabled else ""
        self.provider.setText(self.tr("認証サーバー: {host}").format(host=host or self.tr("（未設定）")))
        self.browser_button.setText(self.tr("ブラウザでサインイン"))
        self.device_button.setText(self.tr("別の端末でサインイン（コードを表示）"))
        self.browser_text.setText(self.tr("ブラウザが開きました。ブラウザでサインインを終えると、ここに自動で戻ります。"))
        self.cancel_browser.setText(self.tr("キャンセル"))
        self.device_intro.setText(self.tr("スマートフォンや自分のPCのブラウザで次のアドレスを開き、下のコードを入力してください。"))
        self.copy_button.setText(self.tr("コードをコピー"))
        self.cancel_device.setText(self.tr("キャンセル"))
        self.close_button.setText(self.tr("閉じる"))
        for button in (self.browser_button, self.device_button, self.cancel_browser, self.copy_button,
                       self.cancel_device, self.close_button):
            button.setAccessibleName(button.text())
        self.code.setAccessibleName(self.tr("サインイン用のコード"))
        self.device_url.setAccessibleName(self.tr("コードを入力するアドレス"))
        self._tick()


    # -- actions --------------------------------------------------------------------------------------------
    def start_browser(self) -> None:
        self.message.clear()
        self.stack.setCurrentIndex(self.BROWSER)
        self.controller.sign_in_browser()

    def start_device(self) -> None:
        self.message.setText(self.tr("コードを準備しています…"))
        self.controller.sign_in_device()

    def cancel(self) -> None:
        self.controller.cancel()
        self.timer.stop()
        self.stack.setCurrentIndex(self.CHOICE)
        self.message.setText(self.tr("キャンセルしました。"))

    def reject(self) -> None:
        if self.stack.currentIndex() != self.CHOICE:
            self.controller.cancel()
        self.timer.stop()
        super().reject()

    def _copy_code(self) -> None:
        if self.device is not None:
            QGuiApplication.clipboard().setText(self.device.user_code)

    def show_device_code(self, device: DeviceCode) -> None:
        self.device = device
        self.code.setText(device.user_code)
        self.device_url.setText(device.verification_uri)
        self.message.clear()
        self.stack.setCurrentIndex(self.DEVICE)
        self.timer.start()
        self._tick()

    def _on_device_code(self, device: DeviceCode) -> None:
        self.show_device_code(device)

    def _tick(self) -> None:
        if self.device is None:
            self.countdown.clear()
            return
        left = max(0, int(self.device.expires_at - time.time()))
        self.countdown.setText(self.tr("コードの有効期限まで {m}分{s:02d}秒").format(m=left // 60, s=left % 60))

    def _on_status(self, status: SignInStatus) -> None:
        self.timer.stop()
        if status.state is SignInState.SIGNED_IN and self.isVisible():
            self.message.setText(state_text(status))
            self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.timer.stop()
        self.stack.setCurrentIndex(self.CHOICE)
        self.message.setText(error_text(exc))
