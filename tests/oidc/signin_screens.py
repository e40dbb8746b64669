"""Show the sign-in screens against the test OIDC provider, for screenshots (not a test).

    /work/shared/tools/xshot --after 12 --out /tmp/signin-dialog.png -- python tests/oidc/signin_screens.py dialog
    modes: dialog (the sign-in dialog), home (signed in, the home page), device (device code, meeting-room mode),
           sync (signed in, the クラウド同期 page with a bearer-only WebDAV server)

Runs in a throw-away home folder with an in-memory credential store (a demo: the real app refuses to run without
the OS store).
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))


def main(mode: str) -> int:
    import keyring

    from tests.helpers.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    from oidc_test_provider import CLIENT_ID, OidcProvider, ScriptedBrowser

    folder = Path(tempfile.mkdtemp(prefix="signin-screens-"))
    os.environ["TOSEI_DESK_HOME"] = str(folder / "home")
    provider = OidcProvider(folder / "idp").start()
    dav = None
    extra = []
    if mode == "sync":
        from resource_servers import BearerDav

        dav = BearerDav(folder / "davroot", provider).__enter__()
        extra = [f'cloud_endpoint = "{dav.endpoint}"', 'cloud_root = "共有/総務"']
    policy = folder / "policy.toml"
    policy.write_text("\n".join([
        "[settings]", 'sign_in_method = "oidc"', f'oidc_authority = "{provider.issuer}"',
        f'oidc_client_id = "{CLIENT_ID}"', 'oidc_scopes = ["email", "mail", "dav"]',
        f'oidc_ca_file = "{provider.cert.as_posix()}"', 'smtp_auth = "oauth"', 'cloud_auth = "oauth"',
        f"meeting_room_mode = {'true' if mode == 'device' else 'false'}", *extra]) + "\n", encoding="utf-8")
    os.environ["TOSEI_DESK_POLICY"] = str(policy)

    from desktop.services.identity import service_auth
    from desktop.services.settings import Settings

    if mode in ("home", "sync"):
        service_auth.session_for(Settings()).sign_in_browser(ScriptedBrowser(provider, "yamada"), timeout=30)
        service_auth.forget_sessions()

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app import create_window

    app = QApplication(sys.argv)
    japanese = QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
    if "IPAexGothic" in japanese:
        app.setFont(QFont("IPAexGothic", 10))
    window = create_window()
    window.show()
    if mode == "device":
        window.set_meeting_room(True)
    if mode == "sync":
        window.open_page("sync")
    from desktop.ui.signin.badge import SignInBadge

    badge = window.findChildren(SignInBadge)[0]

    shot = os.environ.get("SIGNIN_SHOT")       # also save QWidget.grab() of the dialog (Xvfb without a window
                                               # manager leaves a second top-level window black in xwd)

    def grab() -> None:
        """The window with the dialog painted where it is (what a window manager would show)."""
        from PySide6.QtGui import QPainter

        if not shot:
            return
        picture = window.grab()
        if badge.dialog is not None:
            painter = QPainter(picture)
            painter.drawPixmap(badge.dialog.geometry().topLeft() - window.geometry().topLeft(), badge.dialog.grab())
            painter.end()
        picture.save(shot)

    def open_dialog() -> None:
        badge.open_dialog()
        if mode == "device":
            QTimer.singleShot(300, badge.dialog.start_device)
        QTimer.singleShot(3000, grab)

    if mode in ("dialog", "device"):
        QTimer.singleShot(1500, open_dialog)
    else:
        QTimer.singleShot(4000, grab)
    code = app.exec()
    if dav is not None:
        dav.__exit__(None, None, None)
    provider.stop()
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "dialog"))
