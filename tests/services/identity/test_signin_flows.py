"""Sign-in against a real OpenID Connect provider: loopback redirect, restart + silent refresh, device flow,
revoked refresh token, unreachable provider, sign-out."""
from __future__ import annotations

import threading

import pytest

from oidc_test_provider import CLIENT_ID, OidcProvider, ScriptedBrowser

from desktop.services.errors import Cancelled
from desktop.services.identity.errors import NotSignedIn, SessionExpired, SignInError
from desktop.services.identity.oidc_config import OidcConfig
from desktop.services.identity.session import SignInSession, SignInState
from desktop.services.identity.token_cache import cache_location
from desktop.services.secrets import SecretKey, get_secret
from desktop.services.identity.staff_claims import decode_jwt_payload


def _refresh_tokens(session: SignInSession) -> list[str]:
    from msal import TokenCache

    return [e["secret"] for e in session._cache.search(TokenCache.CredentialType.REFRESH_TOKEN)]


def test_loopback_sign_in_gives_staff_claims_and_a_scoped_token(idp, signed_in):
    staff = signed_in.cached_staff()
    assert (staff.name, staff.mail, staff.section, staff.staff_id) == (
        "山田 花子", "hanako_yamada@metro.example.jp", "総務局 総務部 文書課", "T012345")
    token = signed_in.access_token()
    assert signed_in.access_token() == token, "a valid cached token must be reused, not refreshed per call"
    claims = decode_jwt_payload(token)
    assert claims["sub"] == "yamada" and claims["iss"] == idp.issuer
    assert {"mail", "dav"} <= set(claims["scope"].split())
    assert _refresh_tokens(signed_in), "offline_access was dropped: no refresh token"


def test_restart_is_still_signed_in_through_silent_refresh(idp, oidc_config, signed_in):
    first = signed_in.access_token()
    signed_in.close()
    restarted = SignInSession(oidc_config)          # a new app object reading the same encrypted cache
    status = restarted.restore()
    assert status.state is SignInState.SIGNED_IN and status.staff.name == "山田 花子"
    second = restarted.access_token()
    assert second != first, "restore() must refresh at the provider, not only read the cache"
    assert decode_jwt_payload(second)["sub"] == "yamada"
    assert restarted.cached_staff().mail == "hanako_yamada@metro.example.jp", "the refresh lost the mail claim"
    forced = restarted.access_token(force_refresh=True)
    assert forced != second and restarted.cached_staff().mail == "hanako_yamada@metro.example.jp"
    restarted.close()


def test_device_flow_completes(idp, oidc_config):
    session = SignInSession(oidc_config)
    device = session.start_device_flow()
    assert device.user_code and device.verification_uri.startswith(idp.issuer)
    browser = ScriptedBrowser(idp, "suzuki")        # the staff member's phone or another PC
    threading.Thread(target=browser.run, args=(device.verification_uri,), kwargs={"user_code": device.user_code},
                     daemon=True).start()
    status = session.finish_device_flow(device)
    assert browser.error == ""
    assert status.state is SignInState.SIGNED_IN and status.staff.name == "鈴木 一郎"
    assert decode_jwt_payload(session.access_token())["sub"] == "suzuki"
    assert _refresh_tokens(session)
    session.close()


def test_device_flow_can_be_cancelled(oidc_config):
    from desktop.services.common.jobs import CancelToken

    session = SignInSession(oidc_config)
    device = session.start_device_flow()
    cancel = CancelToken()
    threading.Timer(0.5, cancel.cancel).start()
    with pytest.raises(Cancelled):
        session.finish_device_flow(device, cancel=cancel)
    assert session.restore().state is SignInState.SIGNED_OUT


def test_revoked_refresh_token_asks_to_sign_in_again(idp, oidc_config, signed_in):
    for token in _refresh_tokens(signed_in):
        idp.revoke(token)
    restarted = SignInSession(oidc_config)
    status = restarted.restore()
    assert status.state is SignInState.EXPIRED
    assert status.staff is not None and status.staff.name == "山田 花子"   # who to sign in again
    with pytest.raises(SessionExpired):
        restarted.access_token(force_refresh=True)


def test_wrong_password_never_signs_in(idp, oidc_config):
    session = SignInSession(oidc_config)
    browser = ScriptedBrowser(idp, "yamada", password="wrong")
    from desktop.services.common.jobs import CancelToken

    cancel = CancelToken()
    browser_done = threading.Thread(target=lambda: (browser.finished.wait(20), cancel.cancel()), daemon=True)
    browser_done.start()
    with pytest.raises(Cancelled):          # the browser stays on the login page; the user cancels
        session.sign_in_browser(browser, timeout=30, cancel=cancel)
    assert "wrong user name or password" in browser.pages[-1]
    assert session.restore().state is SignInState.SIGNED_OUT


def test_unreachable_provider_is_a_clear_state(tmp_path, isolated_home):
    with OidcProvider(tmp_path / "idp2") as provider:
        config = OidcConfig(provider.issuer, CLIENT_ID, ("mail",), ca_file=str(provider.cert))
        session = SignInSession(config)
        session.sign_in_browser(ScriptedBrowser(provider, "yamada"), timeout=30)
        session.close()
    status = SignInSession(config).restore()          # the provider is gone
    assert status.state is SignInState.UNREACHABLE
    assert status.staff.name == "山田 花子"
    assert "could not be reached" in status.detail


def test_untrusted_certificate_is_unreachable_not_trusted_from_environment(idp, monkeypatch):
    # REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE (read by requests, MSAL's default client) must not make it trusted.
    # (SSL_CERT_FILE is OpenSSL's own setting for the system store on Linux; truststore honours it there.)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(idp.cert))
    monkeypatch.setenv("CURL_CA_BUNDLE", str(idp.cert))
    session = SignInSession(OidcConfig(idp.issuer, CLIENT_ID, ("mail",)))       # no policy CA
    with pytest.raises(SignInError) as info:
        session.start_device_flow()
    assert info.value.code == "signin.unreachable" and "not trusted" in str(info.value)


def test_not_configured_and_bad_authority():
    status = SignInSession(OidcConfig("", "")).restore()
    assert status.state is SignInState.NOT_CONFIGURED
    status = SignInSession(OidcConfig("https://idp.example.jp", "x")).restore()
    assert status.state is SignInState.NOT_CONFIGURED and "with a path" in status.detail


def test_sign_out_removes_everything_and_revokes(idp, oidc_config, signed_in):
    refresh = _refresh_tokens(signed_in)
    assert cache_location().exists() and get_secret(SecretKey.TOKEN_CACHE_KEY) is not None
    signed_in.sign_out()
    assert not cache_location().exists()
    assert get_secret(SecretKey.TOKEN_CACHE_KEY) is None
    assert signed_in.restore().state is SignInState.SIGNED_OUT
    with pytest.raises(NotSignedIn):
        signed_in.access_token()
    with idp.http() as client:      # the refresh token no longer works at the provider
        r = client.post(idp.metadata()["token_endpoint"], data={
            "grant_type": "refresh_token", "refresh_token": refresh[0], "client_id": CLIENT_ID})
    assert r.status_code == 400 and r.json()["error"] == "invalid_grant"


def test_cache_file_is_encrypted(signed_in):
    import json

    data = cache_location().read_bytes()
    assert data.startswith(b"gAAAAA")                 # a Fernet token (version byte 0x80), not JSON
    with pytest.raises(ValueError):
        json.loads(data)
    for word in (b"refresh_token", b"RefreshToken", b"secret", b"yamada", b"hanako"):
        assert word not in data
    for token in _refresh_tokens(signed_in) + [signed_in.access_token()]:
        assert token.encode()[-24:] not in data


def test_signing_in_as_someone_else_replaces_the_account(idp, oidc_config, signed_in):
    status = signed_in.sign_in_browser(ScriptedBrowser(idp, "suzuki"), timeout=90)
    assert status.staff.name == "鈴木 一郎"
    assert [a["local_account_id"] for a in signed_in._application().get_accounts()] == ["suzuki"]
    assert signed_in.cached_staff().name == "鈴木 一郎"
    assert decode_jwt_payload(signed_in.access_token())["sub"] == "suzuki"
