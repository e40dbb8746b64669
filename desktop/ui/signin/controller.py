"""The sign-in controller: one per app (``signin_controller(ctx)``), runs the sign-in service on worker threads.

Signals arrive on the GUI thread. ``status_changed`` carries a :class:`SignInStatus`; ``device_code`` a
:class:`DeviceCode` to show; ``open_url`` asks the GUI thread to open the system browser (the service calls it
from a worker thread, where QDesktopServices must not be used).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from desktop.services.identity import service_auth
from desktop.services.identity.oidc_config import sso_enabled
from desktop.services.identity.session import SignInState, SignInStatus
from desktop.ui.context import AppContext

log = logging.getLogger(__name__)


class SignInController(QObject):
    status_changed = Signal(object)
    device_code = Signal(object)
    open_url = Signal(str)
    failed = Signal(object)          # an exception from a sign-in attempt (the dialog shows it)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status = SignInStatus(SignInState.SIGNED_OUT)
        self.busy = None              # the running JobHandle
        self.restored = False
        self.status_known = not self.enabled     # False until the silent refresh (or a sign-in) answers
        self.open_url.connect(self._open_browser)
        self.browser = lambda url: QDesktopServices.openUrl(QUrl(url))   # tests replace it

    @property
    def enabled(self) -> bool:
        return sso_enabled(self.ctx.settings)

    def session(self):
        return service_auth.session_for(self.ctx.settings)

    def _set(self, status: SignInStatus) -> None:
        self.status = status
        self.status_known = True
        self.status_changed.emit(status)

    def _open_browser(self, url: str) -> None:
        self.browser(url)

    def _start(self, title: str, fn, on_success=None) -> None:
        if self.busy is not None and not self.busy.done:
            self.busy.cancel()
        self.busy = self.ctx.jobs.start(title, fn, lane="parallel", on_success=on_success or self._set,
                                        on_failure=self._failed, show_errors=False)

    def _failed(self, exc: BaseException) -> None:
        log.warning("sign-in step failed: %s: %s", type(exc).__name__, exc)
        if not self.status_known:       # the silent refresh itself failed (e.g. no credential store)
            self._set(SignInStatus(SignInState.SIGNED_OUT, detail=str(exc)))
        self.failed.emit(exc)

    # -- what the UI asks -----------------------------------------------------------------------------------
    def restore(self) -> None:
        """Silent refresh at start (once); the badge shows the result."""
        if not self.enabled or self.restored:
            return
        self.restored = True
        self._start(self.tr("サインインの確認"), lambda progress, cancel: self.session().restore())

    def sign_in_browser(self) -> None:
        self._start(self.tr("ブラウザでサインイン"),
                    lambda progress, cancel: self.session().sign_in_browser(self.open_url.emit, cancel=cancel))

    def sign_in_device(self) -> None:
        def run(progress, cancel):
            session = self.session()
            device = session.start_device_flow()
            self.device_code.emit(device)
            return session.finish_device_flow(device, cancel=cancel)

        self._start(self.tr("コードでサインイン"), run)

    def cancel(self) -> None:
        if self.busy is not None and not self.busy.done:
            self.busy.cancel()

    def sign_out(self) -> None:
        def run(progress, cancel):
            self.session().sign_out()
            return SignInStatus(SignInState.SIGNED_OUT)

        self._start(self.tr("サインアウト"), run)


def signin_controller(ctx: AppContext) -> SignInController:
    """The app's one controller (created on first use, kept in ``ctx.signin``)."""
    controller = ctx.signin
    if controller is None:
        controller = ctx.signin = SignInController(ctx)
    return controller
