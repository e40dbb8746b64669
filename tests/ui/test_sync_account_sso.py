"""The sync page's account box with single sign-on (policy ``cloud_auth = "oauth"``) against the real OIDC provider
and a WebDAV server that only takes its bearer tokens; and the password path that stays for ``cloud_auth = "password"``."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "oidc"))

from oidc_test_provider import CLIENT_ID, OidcProvider, ScriptedBrowser  # noqa: E402
from resource_servers import BearerDav  # noqa: E402

from desktop.services.identity import service_auth  # noqa: E402
from desktop.services.settings import Settings  # noqa: E402


@pytest.fixture(scope="module")
def idp(tmp_path_factory):
    with OidcProvider(tmp_path_factory.mktemp("idp-sync-ui")) as provider:
        yield provider


def _policy(tmp_path, idp, **extra) -> Path:
    lines = ["[settings]", 'sign_in_method = "oidc"', f'oidc_authority = "{idp.issuer}"',
             f'oidc_client_id = "{CLIENT_ID}"', 'oidc_scopes = ["email", "mail", "dav"]',
             f'oidc_ca_file = "{idp.cert.as_posix()}"', 'cloud_auth = "oauth"']
    lines += [f'{k} = "{v}"' for k, v in extra.items()]
    path = tmp_path / "policy.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def sso_ctx(qtbot, idp, tmp_path, monkeypatch):
    from desktop.ui.context import AppContext
    from desktop.ui.jobs import JobRunner

    def make(provider=None, **extra):
        monkeypatch.setenv("TOSEI_DESK_POLICY", str(_policy(tmp_path, provider or idp, **extra)))
        service_auth.forget_sessions()
        ctx = AppContext(settings=Settings(), jobs=runner)
        assert not ctx.settings.warnings
        return ctx

    runner = JobRunner()
    yield make
    runner.cancel_all()
    runner.wait_for_done(15000)
    service_auth.forget_sessions()


def _page(qtbot, ctx):
    from desktop.ui.sync import create_page

    page = create_page(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


def _yes(box) -> QPushButton:
    return next(b for b in box.findChildren(QPushButton) if box.standardButton(b) == box.StandardButton.Yes)


def test_oauth_account_signs_in_with_single_sign_on_and_syncs_with_the_token(qtbot, sso_ctx, idp, tmp_path):
    with BearerDav(tmp_path / "davroot", idp) as dav:
        ctx = sso_ctx(smtp_auth="oauth", cloud_endpoint=dav.endpoint, cloud_root="共有/総務")
        page = _page(qtbot, ctx)
        box = page.account
        qtbot.waitUntil(lambda: box.controller.status_known, timeout=20000)
        assert "サインインしていません" in box.who.text()
        assert "パスワード" not in box.who.text()
        assert box.sign_in_button.isVisible() and box.sign_in_button.text() == "サインイン"
        assert not box.edit_button.isVisible()          # mail uses the token too: no password to enter anywhere
        assert not page.run_button.isEnabled() and not page.preview_button.isEnabled()

        box.controller.browser = ScriptedBrowser(idp, "yamada")     # the system browser, scripted
        box.sign_in_button.click()
        dialog = box.sso_dialog
        assert dialog is not None and dialog.objectName() == "signInDialog"    # the single sign-on dialog
        dialog.browser_button.click()
        qtbot.waitUntil(lambda: box.signed_in, timeout=30000)
        assert box.controller.browser.error == ""
        assert "山田 花子" in box.who.text() and "hanako_yamada@metro.example.jp" in box.who.text()
        assert "パスワード" not in box.who.text()
        # the page checks the cloud server with the token: the bearer-only server says yes
        qtbot.waitUntil(lambda: box.server_state == "ok", timeout=20000)
        assert "確認済み" in box.who.text()
        assert page.run_button.isEnabled() and page.preview_button.isEnabled()
        assert not box.sign_in_button.isVisible() and box.sign_out_button.isEnabled()

        (ctx.work_folder() / "起案.txt").write_text("SSO で同期", encoding="utf-8")
        with qtbot.waitSignal(page.run_finished, timeout=60000) as run:
            page.run_button.click()
        assert getattr(run.args[0], "complete", False), run.args[0]
        assert (tmp_path / "davroot" / "共有" / "総務" / "起案.txt").read_text(encoding="utf-8") == "SSO で同期"
        assert (("PUT", 200) in dav.requests) and ("PUT", 401) not in dav.requests

        box.confirm_sign_out()
        assert "シングルサインオン" in box.confirm_box.text()
        _yes(box.confirm_box).click()
        qtbot.waitUntil(lambda: not box.signed_in and "サインインしていません" in box.who.text(), timeout=15000)
        assert not page.run_button.isEnabled() and box.sign_in_button.isVisible()


def test_expired_session_says_sign_in_again_and_keeps_sync_off(qtbot, sso_ctx, idp):
    ctx = sso_ctx(smtp_auth="oauth", cloud_endpoint="http://127.0.0.1:9/")
    session = service_auth.session_for(ctx.settings)
    session.sign_in_browser(ScriptedBrowser(idp, "suzuki"), timeout=30)
    from msal import TokenCache

    for entry in session._cache.search(TokenCache.CredentialType.REFRESH_TOKEN):
        idp.revoke(entry["secret"])                   # bureau IT ended the session at the provider
    service_auth.forget_sessions()
    page = _page(qtbot, ctx)
    box = page.account
    qtbot.waitUntil(lambda: box.controller.status_known, timeout=20000)
    assert "もう一度サインイン" in box.who.text() and "鈴木 一郎" in box.who.text()
    assert not box.signed_in and box.sign_in_button.isVisible()
    assert not page.run_button.isEnabled()


def test_unreachable_provider_is_said_and_keeps_sync_off(qtbot, sso_ctx, tmp_path):
    with OidcProvider(tmp_path / "gone") as provider:
        ctx = sso_ctx(provider, smtp_auth="oauth", cloud_endpoint="http://127.0.0.1:9/")
        service_auth.session_for(ctx.settings).sign_in_browser(ScriptedBrowser(provider, "yamada"), timeout=30)
        service_auth.forget_sessions()
    page = _page(qtbot, ctx)                        # the provider is gone now
    box = page.account
    qtbot.waitUntil(lambda: box.controller.status_known, timeout=20000)
    assert "認証サーバーに接続できません" in box.who.text() and "山田 花子" in box.who.text()
    assert not box.signed_in and not page.run_button.isEnabled()


def test_mail_password_is_asked_only_when_mail_does_not_use_the_token(qtbot, sso_ctx):
    ctx = sso_ctx(smtp_auth="password")
    box = _page(qtbot, ctx).account
    assert box.edit_button.isVisible()                  # mail still signs in with a stored password
    box.edit_button.click()
    dialog = box.dialog
    assert dialog.smtp_password.isVisibleTo(dialog) and not dialog.password.isVisibleTo(dialog)
    dialog.reject()


def test_password_mode_keeps_the_password_sign_in(qtbot, app_context):
    from desktop.services.sync.identity import Identity, save_identity

    assert app_context.settings.get("cloud_auth") == "password"
    save_identity(Identity(staff_id="s7654321", display_name="都庁 太郎", mail="taro@metro.example.jp"))
    page = _page(qtbot, app_context)
    box = page.account
    assert box.controller is None
    assert "パスワード未保存" in box.who.text() and "都庁 太郎" in box.who.text()
    assert box.sign_in_button.text() == "サインイン / 職員IDの編集" and not box.edit_button.isVisible()
    box.sign_in_button.click()
    dialog = box.dialog
    assert dialog.objectName() == "syncSignInDialog"
    assert dialog.password.isVisibleTo(dialog) and dialog.smtp_password.isVisibleTo(dialog)
    dialog.reject()
