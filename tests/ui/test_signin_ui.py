"""The sign-in UI against the real OIDC provider: home badge states, browser sign-in, device code page, sign-out."""
from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "oidc"))

from oidc_test_provider import CLIENT_ID, OidcProvider, ScriptedBrowser  # noqa: E402

from desktop.services.identity import service_auth  # noqa: E402
from desktop.services.settings import Settings  # noqa: E402


@pytest.fixture(scope="module")
def idp(tmp_path_factory):
    with OidcProvider(tmp_path_factory.mktemp("idp-ui")) as provider:
        yield provider


@pytest.fixture
def sso_ctx(qtbot, idp, tmp_path, monkeypatch):
    from desktop.ui.context import AppContext
    from desktop.ui.jobs import JobRunner

    policy = tmp_path / "policy.toml"
    policy.write_text("\n".join([
        "[settings]", 'sign_in_method = "oidc"', f'oidc_authority = "{idp.issuer}"', f'oidc_client_id = "{CLIENT_ID}"',
        'oidc_scopes = ["email", "mail", "dav"]', f'oidc_ca_file = "{idp.cert.as_posix()}"']) + "\n", encoding="utf-8")
    monkeypatch.setenv("TOSEI_DESK_POLICY", str(policy))
    service_auth.forget_sessions()
    runner = JobRunner()
    ctx = AppContext(settings=Settings(), jobs=runner)
    yield ctx
    runner.cancel_all()
    runner.wait_for_done(15000)
    service_auth.forget_sessions()


def _home(qtbot, ctx):
    from desktop.ui.home_page import HomePage

    page = HomePage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_browser_sign_in_from_the_home_badge(qtbot, sso_ctx, idp):
    page = _home(qtbot, sso_ctx)
    badge = page.signin
    qtbot.waitUntil(lambda: badge.controller.status_known, timeout=15000)
    assert "サインインしていません" in badge.text.text()
    assert badge.sign_in_button.isVisible() and not badge.sign_out_button.isVisible()

    browser = ScriptedBrowser(idp, "yamada")
    badge.controller.browser = browser          # the system browser, scripted
    badge.sign_in_button.click()
    dialog = badge.dialog
    assert dialog.isVisible() and idp.issuer.split("/")[2] in dialog.provider.text()
    dialog.browser_button.click()
    assert dialog.stack.currentIndex() == dialog.BROWSER
    qtbot.waitUntil(lambda: badge.dialog is None, timeout=30000)
    assert browser.error == ""
    assert "サインイン中" in badge.text.text() and "山田 花子" in badge.text.text()
    assert "総務局 総務部 文書課" in badge.text.text()
    assert badge.sign_out_button.isVisible() and not badge.sign_in_button.isVisible()

    # a restart of the app: a fresh controller refreshes silently and shows the same person
    sso_ctx.signin = None
    service_auth.forget_sessions()
    again = _home(qtbot, sso_ctx).signin
    assert "サインインを確認しています" in again.text.text() and "山田 花子" in again.text.text()
    qtbot.waitUntil(lambda: again.controller.status_known, timeout=15000)
    assert "サインイン中" in again.text.text() and "hanako_yamada@metro.example.jp" in again.text.text()

    # sign out: confirm, then the badge says signed out and offers sign-in again
    again.confirm_sign_out()
    yes = next(b for b in again.confirm_box.findChildren(QPushButton)
               if again.confirm_box.standardButton(b) == again.confirm_box.StandardButton.Yes)
    yes.click()
    qtbot.waitUntil(lambda: "サインインしていません" in again.text.text(), timeout=15000)
    assert again.sign_in_button.isVisible()


def test_device_code_page_shows_the_code_and_completes(qtbot, sso_ctx, idp):
    from desktop.ui.signin.controller import signin_controller
    from desktop.ui.signin.dialog import SignInDialog

    controller = signin_controller(sso_ctx)
    dialog = SignInDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.device_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == dialog.DEVICE, timeout=15000)
    code = dialog.code.text()
    assert len(code) >= 8 and dialog.device_url.text().startswith(idp.issuer)
    assert "有効期限" in dialog.countdown.text()
    browser = ScriptedBrowser(idp, "suzuki")
    threading.Thread(target=browser.run, args=(dialog.device_url.text(),), kwargs={"user_code": code},
                     daemon=True).start()
    with qtbot.waitSignal(dialog.finished, timeout=30000):
        pass
    assert browser.error == ""
    assert controller.status.staff.name == "鈴木 一郎"


def test_unreachable_provider_is_shown_on_the_badge(qtbot, tmp_path, monkeypatch):
    from desktop.ui.context import AppContext
    from desktop.ui.jobs import JobRunner

    with OidcProvider(tmp_path / "gone") as provider:
        policy = tmp_path / "policy.toml"
        policy.write_text("\n".join([
            "[settings]", 'sign_in_method = "oidc"', f'oidc_authority = "{provider.issuer}"',
            f'oidc_client_id = "{CLIENT_ID}"', 'oidc_scopes = ["mail"]',
            f'oidc_ca_file = "{provider.cert.as_posix()}"']) + "\n", encoding="utf-8")
        monkeypatch.setenv("TOSEI_DESK_POLICY", str(policy))
        service_auth.forget_sessions()
        service_auth.session_for(Settings()).sign_in_browser(ScriptedBrowser(provider, "yamada"), timeout=30)
        service_auth.forget_sessions()
    runner = JobRunner()
    ctx = AppContext(settings=Settings(), jobs=runner)
    try:
        badge = _home(qtbot, ctx).signin
        qtbot.waitUntil(lambda: badge.controller.status_known, timeout=20000)
        assert "認証サーバーに接続できません" in badge.text.text() and "山田 花子" in badge.text.text()
    finally:
        runner.cancel_all()
        runner.wait_for_done(15000)
        service_auth.forget_sessions()


def test_password_mode_badge_shows_the_saved_staff_id(qtbot, app_context):
    from desktop.services.sync.identity import Identity, save_identity

    save_identity(Identity(staff_id="s1234567", display_name="都庁 太郎", bureau="総務局", section="情報企画課"))
    badge = _home(qtbot, app_context).signin
    assert "都庁 太郎" in badge.text.text() and "総務局 情報企画課" in badge.text.text()
    assert not badge.sign_in_button.isVisible()
