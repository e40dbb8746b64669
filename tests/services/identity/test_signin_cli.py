"""``python -m desktop signin``: status, device code from a terminal, sign-out; no token printed."""
from __future__ import annotations

import re
import threading
import time

from oidc_test_provider import ScriptedBrowser

from desktop.cli import main as cli_main

from .conftest import sso_policy


def test_cli_status_device_flow_and_sign_out(idp, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TOSEI_DESK_POLICY", str(sso_policy(tmp_path, idp)))
    assert cli_main(["signin"]) == 3
    assert "Not signed in." in capsys.readouterr().out

    result: list[int] = []
    thread = threading.Thread(target=lambda: result.append(cli_main(["signin", "--device"])), daemon=True)
    thread.start()
    printed = ""
    deadline = time.monotonic() + 30
    while "enter the code" not in printed and time.monotonic() < deadline:
        printed += capsys.readouterr().out
        time.sleep(0.05)
    url, code = re.search(r"Open (\S+) in a browser", printed).group(1), re.search(r"\n    (\S+)\n", printed).group(1)
    browser = ScriptedBrowser(idp, "suzuki")
    browser.run(url, user_code=code)
    thread.join(60)
    assert result == [0] and browser.error == ""
    out = capsys.readouterr().out
    assert "Signed in: 鈴木 一郎 <ichiro_suzuki@metro.example.jp> 財務局 主計部" in out
    assert "eyJ" not in printed + out          # no JWT (access or ID token) on the terminal

    assert cli_main(["signin"]) == 0 and "Signed in: 鈴木 一郎" in capsys.readouterr().out
    assert cli_main(["signin", "--sign-out"]) == 0
    assert cli_main(["signin"]) == 3 and "Not signed in." in capsys.readouterr().out


def test_cli_without_sso_says_how_to_sign_in(capsys):
    assert cli_main(["signin"]) == 1
    assert "sign_in_method" in capsys.readouterr().out
