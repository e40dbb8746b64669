"""Fixtures: the real OIDC provider (node oidc-provider on 127.0.0.1 over TLS) and a session configured for it."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "oidc"))

from oidc_test_provider import CLIENT_ID, OidcProvider, ScriptedBrowser  # noqa: E402

from desktop.services.identity import service_auth  # noqa: E402
from desktop.services.identity.oidc_config import OidcConfig  # noqa: E402
from desktop.services.identity.session import SignInSession  # noqa: E402

SCOPES = ("email", "mail", "dav")


@pytest.fixture(scope="module")
def idp(tmp_path_factory):
    with OidcProvider(tmp_path_factory.mktemp("idp")) as provider:
        yield provider


@pytest.fixture
def oidc_config(idp) -> OidcConfig:
    return OidcConfig(authority=idp.issuer, client_id=CLIENT_ID, scopes=SCOPES, ca_file=str(idp.cert))


@pytest.fixture(autouse=True)
def _fresh_sessions():
    service_auth.forget_sessions()
    yield
    service_auth.forget_sessions()


@pytest.fixture
def signed_in(idp, oidc_config):
    """A session signed in as yamada through the loopback redirect."""
    session = SignInSession(oidc_config)
    browser = ScriptedBrowser(idp, "yamada")
    session.sign_in_browser(browser, timeout=90)
    assert browser.error == ""
    yield session
    session.close()


def sso_policy(folder: Path, idp, **extra) -> Path:
    """A policy file that turns single sign-on on for mail and cloud (what bureau IT would deploy)."""
    lines = ["[settings]", 'sign_in_method = "oidc"', f'oidc_authority = "{idp.issuer}"',
             f'oidc_client_id = "{CLIENT_ID}"', 'oidc_scopes = ["email", "mail", "dav"]',
             f'oidc_ca_file = "{idp.cert.as_posix()}"', 'smtp_auth = "oauth"', 'cloud_auth = "oauth"']
    lines += [f"{k} = {v!r}".replace("'", '"') if isinstance(v, str) else f"{k} = {v}" for k, v in extra.items()]
    path = folder / "policy.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
