"""The encrypted token cache with the machine's real credential store (gnome-keyring in scripts/test.sh):
sign in here, restart as a NEW PROCESS, still signed in through silent refresh; sign-out leaves nothing behind."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.helpers.os_keyring import require_os_credential_store

from oidc_test_provider import ScriptedBrowser

from desktop.services import secrets
from desktop.services.identity.session import SignInSession, SignInState
from desktop.services.identity.token_cache import cache_location

CHILD = """
import json, sys
from desktop.services.identity.oidc_config import OidcConfig
from desktop.services.identity.session import SignInSession
session = SignInSession(OidcConfig(**json.loads(sys.argv[1])))
status = session.restore()
print(json.dumps({"state": status.state.value, "name": status.staff.name if status.staff else None,
                  "detail": status.detail}))
"""


def _restart(config) -> dict:
    args = json.dumps({"authority": config.authority, "client_id": config.client_id, "scopes": list(config.scopes),
                       "ca_file": config.ca_file})
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    out = subprocess.run([sys.executable, "-c", CHILD, args], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.real_keyring
def test_new_process_is_still_signed_in_and_sign_out_removes_everything(idp, oidc_config):
    require_os_credential_store()
    session = SignInSession(oidc_config)
    session.sign_in_browser(ScriptedBrowser(idp, "yamada"), timeout=30)
    try:
        assert _restart(oidc_config) == {"state": "signed_in", "name": "山田 花子", "detail": ""}
        assert b"refresh" not in cache_location().read_bytes()
    finally:
        session.sign_out()
    assert not cache_location().exists()
    assert secrets.get_secret(secrets.SecretKey.TOKEN_CACHE_KEY) is None
    assert _restart(oidc_config)["state"] == SignInState.SIGNED_OUT.value
