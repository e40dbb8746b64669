"""A locked credential store (a real gnome-keyring unlocked with the wrong password) gives a clear sentence that
says it is locked and how to unlock it, for reading and saving the SMTP password (row 9 of #16: "InitError")."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[3]
CHILD = """
from desktop.services import secrets
for call in (lambda: secrets.get_secret(secrets.SecretKey.SMTP_PASSWORD),
             lambda: secrets.set_secret(secrets.SecretKey.SMTP_PASSWORD, "Smtp-pa55")):
    try:
        call()
        print("NO ERROR")
    except Exception as e:
        print(type(e).__name__, e.code, e)
"""


def _session(home: Path, unlock_with: str, code: str) -> str:
    script = (f"echo -n {unlock_with} | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null;"
              f" timeout 30 {sys.executable} -c '{code}'")
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env.update(HOME=str(home), XDG_RUNTIME_DIR=str(home / "run"), PYTHONPATH=str(ROOT),
               PYTHON_KEYRING_BACKEND="keyring.backends.SecretService.Keyring")
    out = subprocess.run(["dbus-run-session", "--", "bash", "-c", script], env=env, cwd=ROOT, text=True,
                         capture_output=True, timeout=90)
    return out.stdout


def test_locked_keyring_says_it_is_locked(tmp_path):
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        if os.environ.get("CI") or os.environ.get("TOSEI_REQUIRE_SERVERS"):
            pytest.fail("dbus-run-session / gnome-keyring-daemon missing (scripts/install-system-deps.sh --test)")
        pytest.skip("no gnome-keyring on this machine")
    home = tmp_path / "home"
    (home / "run").mkdir(parents=True)
    (home / "run").chmod(0o700)
    made = _session(home, "right-pass", 'import keyring; keyring.set_password("x", "y", "z"); print("made")')
    assert "made" in made                                  # the login keyring exists, protected by right-pass
    lines = _session(home, "wrong-pass", CHILD).strip().splitlines()
    assert len(lines) == 2, lines
    for line in lines:
        assert line.startswith("CredentialStoreError secrets.locked "), line
        assert "locked" in line and "Unlock" in line and "Smtp-pa55" not in line
