"""The bureau transcription server backend against a real OpenAI-compatible server on 127.0.0.1:
``faster-whisper-server`` 0.0.3 (PyPI; test dependency) serving the embedded base model on CPU. That server
reads the form field ``model_name`` (sent beside ``model``) and returns segments without words, so the word
path is covered with a recorded verbose_json (the local faster-whisper's real word output for a dev clip,
written in OpenAI's documented shape). Server down -> the PC, with a warning; policy forbids -> refused."""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.services.minutes.devset import cer, load_devset
from desktop.services.minutes.server_backend import (ServerConfig, ServerRefused, config_from_policy,
                                                     transcribe_on_server, transcribe_with_server,
                                                     transcript_from_verbose_json)
from desktop.services.minutes.transcribe import TranscribeOptions
from tests.helpers.net import free_port

DATA = Path(__file__).resolve().parents[2] / "data"
RECORDED = Path(__file__).resolve().parent / "data" / "verbose_json_words.json"


@pytest.fixture(scope="module")
def server_url(tmp_path_factory):
    if importlib.util.find_spec("faster_whisper_server") is None:
        if os.environ.get("CI") or os.environ.get("TOSEI_REQUIRE_SERVERS"):
            pytest.fail("faster-whisper-server is required (pip install -e '.[test]')")
        pytest.skip("faster-whisper-server not installed")
    from desktop.services.minutes.models import resolve_model

    model = resolve_model("base").path
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "faster_whisper_server", model, "--host", "127.0.0.1",
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        import httpx

        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                pytest.fail(f"faster-whisper-server exited: {proc.stderr.read().decode()[-2000:]}")
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("faster-whisper-server did not start within 120 s")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_segments_from_a_real_server_with_local_post_processing(server_url):
    clip = load_devset(DATA / "speech-ja")[4]
    config = ServerConfig(server_url, model="base", allow_upload=True, token="test-token")
    t = transcribe_on_server(clip.path, TranscribeOptions(language="ja", replacements=[["海の中", "海中"]]),
                             config)
    print(t.text, t.info)
    assert t.segments and t.model == "server:base" and t.info["backend"] == "server"
    assert t.language == "ja" and t.duration == pytest.approx(9.0, abs=0.2)
    assert cer(clip.reference.replace("海の中", "海中"), t.text) < 0.5  # measured 0.13 on this clip
    assert all(s.speaker == "話者1" for s in t.segments)  # one voice
    assert all(0 <= s.start <= s.end <= t.duration + 0.5 for s in t.segments)


def test_words_from_a_recorded_verbose_json():
    data = json.loads(RECORDED.read_text(encoding="utf-8"))
    t = transcript_from_verbose_json(data, "clip.wav", "large-v3")
    assert len(t.segments) == len(data["segments"]) and t.language == "japanese"
    words = [w for s in t.segments for w in s.words]
    assert len(words) == len(data["words"])
    for s in t.segments:  # every word sits in its segment
        assert all(s.start - 0.01 <= w.start <= s.end + 0.01 for w in s.words)


def test_policy_forbids_sending_audio(tmp_path):
    wav = DATA / "speech-ja" / "common_voice_ja_38833628_16k.wav"
    config = config_from_policy({"transcription_server_url": "http://127.0.0.1:9",
                                 "transcription_server_model": "large-v3"}, token="")
    assert config is not None and not config.allow_upload
    with pytest.raises(ServerRefused):
        transcribe_with_server(wav, TranscribeOptions(language="ja"), config)  # not hidden by a fallback
    assert config_from_policy({}) is None


def test_server_down_falls_back_to_the_pc_with_a_note(english_wav):
    config = ServerConfig(f"http://127.0.0.1:{free_port()}", allow_upload=True)  # nothing listens there
    t = transcribe_with_server(english_wav, TranscribeOptions(model="tiny.en", language="en"), config)
    assert t.segments and t.model == "tiny.en"
    assert t.info["warnings"][0]["code"] == "minutes.server_fallback"
