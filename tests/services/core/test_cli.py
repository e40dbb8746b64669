"""The headless entry point: --version, --help, self-test output and exit codes."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop import __version__


def run_cli(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_version_and_help():
    out = run_cli("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"Tosei Desk {__version__}"
    helped = run_cli("--help")
    assert helped.returncode == 0
    assert "self-test" in helped.stdout


@pytest.mark.qt  # the Japanese-font check renders with Qt
def test_self_test_reports_each_check_and_fails_without_a_credential_store():
    # keyring's fail backend stands for a PC without a usable credential store
    out = run_cli("self-test", env_extra={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    lines = out.stdout.splitlines()
    assert any(line.startswith("[OK  ] Japanese font") for line in lines), out.stdout
    assert any(line.startswith("[FAIL] credential store") for line in lines), out.stdout
    assert lines[-1].startswith("self-test:") and " 0 failed" not in lines[-1]
    assert out.returncode == 1


def test_broken_policy_is_a_warning_not_a_crash(tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text("[[[ nonsense", encoding="utf-8")
    out = run_cli("self-test", "--no-qt", env_extra={"TOSEI_DESK_POLICY": str(policy)})
    assert "[WARN] admin policy" in out.stdout
    assert "Traceback" not in out.stderr
