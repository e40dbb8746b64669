"""The bureau transcription server's static token (policy ``transcription_server_auth = "token"``): kept per staff
profile in the credential store, set and cleared from the CLI, sent as ``Authorization: Bearer`` to a real HTTP
server on 127.0.0.1 that checks it (the recorded verbose_json answer), never echoed, printed or logged."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services import secrets
from desktop.services.minutes.server_backend import (ServerRefused, ServerTokenInvalid, clear_token,
                                                     config_from_policy, store_token, stored_token,
                                                     transcribe_with_server)
from desktop.services.minutes.transcribe import TranscribeOptions
from tests.helpers.os_keyring import require_os_credential_store
from tests.helpers.transcription_server import RecordedTranscriptionServer, static_token_check

ROOT = Path(__file__).resolve().parents[3]
CLIP = ROOT / "tests" / "data" / "speech-ja" / "common_voice_ja_38833628_16k.wav"
RECORDED = json.loads((Path(__file__).resolve().parent / "data" / "verbose_json_words.json").read_text("utf-8"))
TOKEN = "sk-bureau-3f9a1c7e5d2b4a60"
NO_SPEAKERS = dict(language="ja", speakers=-1)


def _policy(url: str, **extra) -> dict:
    return {"transcription_server_url": url, "transcription_server_model": "large-v3",
            "transcription_server_upload": True, **extra}


def test_the_stored_token_of_the_profile_reaches_the_server(caplog):
    store_token(f"  {TOKEN}\n", profile="kikaku")          # pasted with blanks around it
    with RecordedTranscriptionServer(RECORDED, static_token_check(TOKEN)) as server:
        config = config_from_policy(_policy(server.url), profile="kikaku")
        t = transcribe_with_server(CLIP, TranscribeOptions(**NO_SPEAKERS), config)
    assert [r.authorization for r in server.received] == [f"Bearer {TOKEN}"]
    assert server.received[0].file_bytes == CLIP.read_bytes()
    assert server.received[0].fields["model"] == ["large-v3"]
    assert t.info["backend"] == "server" and len(t.segments) == len(RECORDED["segments"])
    assert TOKEN not in repr(config) and TOKEN not in caplog.text


def test_another_profile_has_its_own_token():
    store_token(TOKEN, profile="kikaku")
    assert stored_token("default") is None and stored_token("kikaku") == TOKEN
    with RecordedTranscriptionServer(RECORDED, static_token_check(TOKEN)) as server:
        config = config_from_policy(_policy(server.url))           # the default profile: nothing stored
        with pytest.raises(ServerRefused) as info:
            transcribe_with_server(CLIP, TranscribeOptions(**NO_SPEAKERS), config)   # refused, not the PC
    assert [r.authorization for r in server.received] == [None]                      # one try, no header
    assert info.value.params["auth"] == "token"


def test_a_wrong_token_is_refused_once_with_the_token_sentence():
    from desktop.messages.errors import describe

    store_token("sk-old-token")
    with RecordedTranscriptionServer(RECORDED, static_token_check(TOKEN)) as server:
        with pytest.raises(ServerRefused) as info:
            transcribe_with_server(CLIP, TranscribeOptions(**NO_SPEAKERS), config_from_policy(_policy(server.url)))
    assert [r.status for r in server.received] == [401]              # a static token is not refreshed
    assert "トークン" in describe(info.value) and "sk-old-token" not in describe(info.value) + str(info.value)


def test_an_empty_or_spaced_token_is_not_stored():
    for bad in ("", "   ", "sk one"):
        with pytest.raises(ServerTokenInvalid):
            store_token(bad)
    assert stored_token() is None
    assert clear_token() is False


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "desktop", "--lang", "en", "minutes", *args], input=stdin,
                          capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)


def test_cli_sets_and_clears_the_token_in_process(monkeypatch, capsys, isolated_home):
    import io

    from desktop.cli import main

    monkeypatch.setattr(sys, "stdin", io.StringIO(TOKEN + "\n"))
    assert main(["minutes", "--server-token", "set", "--profile", "kikaku"]) == 0
    assert stored_token("kikaku") == TOKEN
    assert main(["minutes", "--server-token", "status", "--profile", "kikaku"]) == 0
    assert "Token stored for profile kikaku: yes" in capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", io.StringIO("sk two\n"))
    assert main(["minutes", "--server-token", "set", "--profile", "kikaku"]) == 1      # refused, old one kept
    assert stored_token("kikaku") == TOKEN
    assert main(["minutes", "--server-token", "clear", "--profile", "kikaku"]) == 0
    assert stored_token("kikaku") is None
    out = capsys.readouterr()
    assert TOKEN not in out.out + out.err
    assert not [p for p in isolated_home.rglob("*") if p.is_file() and TOKEN.encode() in p.read_bytes()]


@pytest.mark.real_keyring
def test_cli_set_and_clear_with_the_real_credential_store(isolated_home):
    """A new process stores the token in the OS credential store (Secret Service in scripts/test.sh); this
    process reads it back there; status and clear in further processes; nothing of it on disk or on screen."""
    require_os_credential_store()
    import keyring
    profile = "minserver-test"
    try:
        done = _cli("--server-token", "set", "--profile", profile, stdin=TOKEN + "\n")
        assert done.returncode == 0, done.stderr
        assert keyring.get_password(f"ToseiDesk/{profile}", secrets.SecretKey.TRANSCRIPTION_TOKEN.value) == TOKEN
        status = _cli("--server-token", "status", "--profile", profile)
        assert "Token stored for profile minserver-test: yes" in status.stdout
        cleared = _cli("--server-token", "clear", "--profile", profile)
        assert cleared.returncode == 0 and "removed" in cleared.stdout
        assert keyring.get_password(f"ToseiDesk/{profile}", secrets.SecretKey.TRANSCRIPTION_TOKEN.value) is None
        for run in (done, status, cleared):
            assert TOKEN not in run.stdout + run.stderr
        assert not [p for p in isolated_home.rglob("*") if p.is_file() and TOKEN.encode() in p.read_bytes()]
    finally:
        try:
            keyring.delete_password(f"ToseiDesk/{profile}", secrets.SecretKey.TRANSCRIPTION_TOKEN.value)
        except keyring.errors.PasswordDeleteError:
            pass
