"""CLI (in-process, real server), identity/sign-out, and the password never landing anywhere on disk."""
from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from desktop.cli import main as cli_main
from desktop.services import paths, secrets
from desktop.services.logging_setup import log_file
from desktop.services.settings import Settings
from desktop.services.sync import identity
from desktop.services.sync.errors import NotConfigured
from desktop.services.sync.identity import Identity, IdentityError
from desktop.services.sync.profile_config import build_config

from .conftest import PASSWORD, USER, tree


@pytest.fixture
def cli_env(dav, monkeypatch, isolated_home):
    remote_root = f"cli-{os.urandom(4).hex()}"
    settings = Settings()
    settings.set("cloud_endpoint", dav.endpoint)
    settings.set("cloud_root", remote_root)
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    assert cli_main(["sync", "--sign-in", "--staff-id", USER, "--name", "都庁 花子", "--bureau", "総務局",
                     "--mail", "hanako@example.jp"]) == 0
    return settings.work_folder(), dav.root / remote_root


def test_cli_sign_in_sync_status_sign_out(cli_env, capsys, memory_keyring):
    work, remote = cli_env
    assert memory_keyring.store[("ToseiDesk/default", "cloud.password")] == PASSWORD
    (work / "議事録.txt").write_text("本文", encoding="utf-8")
    assert cli_main(["sync", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "upload" in out and "議事録.txt" in out and "nothing was done" in out
    assert tree(remote) == {}
    assert cli_main(["sync"]) == 0
    assert "uploaded 1" in capsys.readouterr().out
    assert tree(remote) == {"議事録.txt": "本文".encode()}
    assert cli_main(["sync", "--status"]) == 0
    out = capsys.readouterr().out
    assert USER in out and "Cloud password stored: yes" in out and "uploaded 1" in out
    assert cli_main(["sync", "--sign-out"]) == 0
    assert "1 stored secret" in capsys.readouterr().out
    assert memory_keyring.store == {}
    assert cli_main(["sync"]) == 1
    assert "No cloud password" in capsys.readouterr().err


def test_cli_delete_guard_exit_code_and_yes_delete(cli_env, capsys):
    work, remote = cli_env
    for i in range(4):
        (work / f"{i}.txt").write_text(str(i))
    assert cli_main(["sync"]) == 0
    for i in range(3):
        (work / f"{i}.txt").unlink()
    assert cli_main(["sync"]) == 3
    err = capsys.readouterr().err
    assert "would delete 3 of 4" in err and "--yes-delete" in err
    assert len(tree(remote)) == 4
    assert cli_main(["sync", "--yes-delete"]) == 0
    assert tree(remote) == {"3.txt": b"3"}


def test_profile_validation_and_not_configured():
    with pytest.raises(IdentityError):
        identity.save_identity(Identity(profile="../evil", staff_id="x"))
    with pytest.raises(IdentityError):
        identity.save_identity(Identity(staff_id=""))
    with pytest.raises(IdentityError):
        identity.save_identity(Identity(staff_id="s1", mail="not-a-mail"))
    with pytest.raises(NotConfigured):
        build_config("default", endpoint="http://127.0.0.1:1/", remote_root="", local_root=Path("."))
    identity.save_identity(Identity(staff_id="s1"))
    with pytest.raises(NotConfigured) as info:
        build_config("default", endpoint="http://127.0.0.1:1/", remote_root="", local_root=Path("."))
    assert info.value.params["field"] == "password"


def test_sign_out_removes_every_secret_of_the_profile_only(memory_keyring):
    identity.sign_in(Identity(profile="a", staff_id="s1"), cloud_password="pw-a1", smtp_password="pw-a2")
    secrets.set_secret(secrets.SecretKey.CLOUD_TOKEN, "tok-a", "a")
    identity.sign_in(Identity(profile="b", staff_id="s2"), cloud_password="pw-b")
    assert identity.sign_out("a") == 3
    assert [k for k in memory_keyring.store if k[0] == "ToseiDesk/a"] == []
    assert secrets.get_secret(secrets.SecretKey.CLOUD_PASSWORD, "b") == "pw-b"
    assert identity.load_identity("a").staff_id == "s1"          # the non-secret ID stays
    identity.sign_out("a", forget_profile=True)
    assert identity.load_identity("a") is None and identity.list_profiles() == ["b"]


@pytest.fixture
def fresh_log(monkeypatch):
    """Route the app log into this test's home (configure_logging is once per process)."""
    import logging

    from desktop.services.logging_setup import configure_logging

    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [h for h in root.handlers if not getattr(h, "_tosei", False)])
    monkeypatch.setattr(root, "level", logging.INFO)
    configure_logging()
    yield
    for h in root.handlers:
        if getattr(h, "_tosei", False):
            h.close()


def test_password_is_nowhere_on_disk(fresh_log, cli_env, isolated_home, capsys, tmp_path):
    work, remote = cli_env
    (work / "a.txt").write_text("a")
    (work / "b.txt").write_text("b")
    (work / "b.txt").write_text("b2")
    assert cli_main(["sync", "--dry-run"]) == 0
    assert cli_main(["sync"]) == 0
    (remote / "b.txt").write_text("remote edit")
    (work / "b.txt").write_text("local edit, longer")
    assert cli_main(["sync"]) == 0                         # a conflict, logged and summarised
    assert cli_main(["sync", "--status"]) == 0
    out = capsys.readouterr()
    assert PASSWORD not in out.out + out.err
    searched = 0
    for base in (paths.config_dir(), paths.data_dir(), paths.cache_dir(), paths.log_dir(), work):
        for p in Path(base).rglob("*"):
            if p.is_file():
                searched += 1
                data = p.read_bytes()
                assert PASSWORD.encode() not in data, p
                assert PASSWORD.encode("utf-16-le") not in data, p
    assert searched >= 5   # settings.json, identity json, journal (+wal), last-run, log, work files
    names = {p.name for p in Path(paths.data_dir()).rglob("*")} | {p.name for p in Path(paths.config_dir()).rglob("*")}
    assert "settings.json" in names and "default.json" in names and any(n.endswith(".sqlite") for n in names)
    assert any(n.startswith("last-run") for n in names)
    assert log_file().read_text(encoding="utf-8").count("sync:") > 0


def test_cli_process_without_credential_store_says_how_to_fix(tmp_path):
    """The real entry point in a real process with keyring's "fail" backend: a clear error, exit 1."""
    import subprocess

    env = dict(os.environ, TOSEI_DESK_HOME=str(tmp_path / "home"), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    root = Path(__file__).parents[3]
    done = subprocess.run([sys.executable, "-m", "desktop", "sync", "--sign-in", "--staff-id", "s1"],
                          input="secret-pw\n", capture_output=True, text=True, cwd=root, env=env, timeout=60)
    assert done.returncode == 1
    assert "No credential store is available" in done.stderr and "Secret Service" in done.stderr
    assert "secret-pw" not in done.stderr + done.stdout
    assert not list((tmp_path / "home" / "config").rglob("*.json"))   # nothing saved, no plaintext fallback
    done = subprocess.run([sys.executable, "-m", "desktop", "sync", "--endpoint", "http://127.0.0.1:9/"],
                          capture_output=True, text=True, cwd=root, env=env, timeout=60)
    assert done.returncode == 1 and "Nobody is signed in" in done.stderr
