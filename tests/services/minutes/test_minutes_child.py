"""The service through the child process and the CLI: cancel, typed errors, nothing half-written, long
recordings in chunks with bounded memory."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest

from desktop.services.common.jobs import CancelToken
from desktop.services.errors import Cancelled
from desktop.services.minutes.errors import (EmptyAudio, ModelFolderMissing, ModelNotAvailable,
                                             UnreadableAudio)
from desktop.services.minutes.transcribe import TranscribeOptions, transcribe_in_child

from .conftest import ENGLISH_TEXT, sox, wer

REPO = Path(__file__).resolve().parents[3]


def _cli(*args: str, env_home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, TOSEI_DESK_HOME=str(env_home))
    return subprocess.run([sys.executable, "-m", "desktop", "minutes", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)


def test_child_transcribes_and_reports_progress(english_files, tiny_opts):
    seen = []
    t = transcribe_in_child(english_files["mp3"], tiny_opts, progress=lambda f, m="": seen.append((f, m)))
    assert wer(ENGLISH_TEXT, t.text) <= 0.15
    assert seen[-1][0] == 1.0 and any(f is not None and 0 < f < 1 for f, _ in seen)
    assert t.info["peak_rss_bytes"] > 0


def test_cancel_kills_the_child_within_two_seconds(long_wav, tiny_opts):
    token = CancelToken()
    progressed = threading.Event()
    outcome = {}

    def work():
        try:
            transcribe_in_child(long_wav, tiny_opts, progress=lambda f, m="": progressed.set(), cancel=token)
        except BaseException as exc:  # noqa: BLE001 - recorded for the assertion
            outcome["exc"] = exc

    thread = threading.Thread(target=work)
    thread.start()
    assert progressed.wait(60), "the child never reported progress"
    children = [c for c in psutil.Process().children(recursive=True)
                if "spawn_main" in " ".join(c.cmdline()) and "resource_tracker" not in " ".join(c.cmdline())]
    assert len(children) == 1, "expected exactly one worker process"
    started = time.monotonic()
    token.cancel()
    gone, alive = psutil.wait_procs(children, timeout=2.0)
    elapsed = time.monotonic() - started
    thread.join(5)
    assert not alive, f"still running after {elapsed:.1f}s: {alive}"
    assert elapsed < 2.0
    assert isinstance(outcome.get("exc"), Cancelled)


def test_bad_inputs_are_typed_errors_across_the_process_boundary(tmp_path, tiny_opts, english_wav):
    text_as_mp3 = tmp_path / "notes.mp3"
    text_as_mp3.write_text("議事録のメモです。これは音声ではありません。\n" * 20, encoding="utf-8")
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    header_only = tmp_path / "header.wav"
    sox("-n", "-r", "16000", "-c", "1", str(header_only), "trim", "0", "0")
    corrupt = tmp_path / "corrupt.m4a"
    corrupt.write_bytes(english_wav.read_bytes()[:44] + os.urandom(20000))
    corrupt.write_bytes(b"\x00\x00\x00\x18ftypM4A " + os.urandom(30000))
    cases = [(text_as_mp3, UnreadableAudio), (empty, EmptyAudio), (header_only, EmptyAudio),
             (corrupt, UnreadableAudio), (tmp_path / "missing.wav", UnreadableAudio)]
    for path, expected in cases:
        with pytest.raises(expected) as err:
            transcribe_in_child(path, tiny_opts)
        assert str(path) in str(err.value)
    with pytest.raises(ModelFolderMissing):
        transcribe_in_child(english_wav, TranscribeOptions(model=str(tmp_path / "no-model"), language="en"))
    with pytest.raises(ModelNotAvailable):
        transcribe_in_child(english_wav, TranscribeOptions(model="medium", language="en"))


def test_cli_writes_docx_and_fails_cleanly(tmp_path, english_files):
    out = tmp_path / "out" / "minutes.docx"
    txt, srt = tmp_path / "out" / "minutes.txt", tmp_path / "out" / "minutes.srt"
    ok = _cli(str(english_files["flac"]), "--model", "tiny.en", "--language", "en", "--out", str(out),
              "--out", str(txt), "--out", str(srt), "--title", "予算委員会", "--datetime", "令和8年12月3日 10:00",
              "--place", "第一本庁舎 会議室A", "--attendees", "山田課長、佐藤係長", "--absentees", "鈴木主事",
              "--materials", "資料1,資料2", "--author", "佐藤", env_home=tmp_path / "home")
    assert ok.returncode == 0, ok.stderr
    assert "100%" in ok.stderr and ok.stdout.count("segments") == 3  # one transcription, three files
    assert ok.stderr.count("loading") <= 1
    from docx import Document

    doc = Document(str(out))
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "予算委員会" in body and "library building" in body
    cells = {row.cells[0].text: row.cells[1].text for row in doc.tables[0].rows}
    assert cells["日時"] == "令和8年12月3日 10:00" and cells["場所"] == "第一本庁舎 会議室A"
    assert cells["出席者"] == "山田課長、佐藤係長" and cells["欠席者"] == "鈴木主事"
    assert cells["配布資料"] == "資料1、資料2" and cells["作成者"] == "佐藤"
    assert "library building" in txt.read_text(encoding="utf-8") and "-->" in srt.read_text(encoding="utf-8")
    junk = tmp_path / "junk.mp3"
    junk.write_text("not audio", encoding="utf-8")
    bad = _cli(str(junk), "--model", "tiny.en", "--language", "en", "--out", str(tmp_path / "x.srt"),
               env_home=tmp_path / "home")
    assert bad.returncode == 1 and "could not be read as audio" in bad.stderr
    offline = _cli(str(junk), "--model", "large-v3", "--out", str(tmp_path / "y.txt"), env_home=tmp_path / "home")
    assert offline.returncode == 1 and "not available on this PC" in offline.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "junk.mp3", "out"]  # nothing half-written
    silent = tmp_path / "silent.wav"
    silent.write_bytes(_silence_wav(3.0))
    empty = _cli(str(silent), "--model", "tiny.en", "--language", "en", "--out", str(tmp_path / "out" / "e.txt"),
                 env_home=tmp_path / "home")
    assert empty.returncode == 0 and "Warning: no speech was recognised" in empty.stderr  # said, not silent


def _silence_wav(seconds: float) -> bytes:
    import io
    import wave

    buf = io.BytesIO()
    with wave.open(buf, "wb") as fh:
        fh.setnchannels(1)
        fh.setsampwidth(2)
        fh.setframerate(16000)
        fh.writeframes(b"\0\0" * int(16000 * seconds))
    return buf.getvalue()


@pytest.mark.slow
def test_twenty_minutes_in_chunks_with_bounded_memory(twenty_minute_transcript, english_wav):
    from desktop.services.minutes.audio import SAMPLE_RATE, decode

    speech_len = decode(english_wav).size / SAMPLE_RATE
    period = speech_len + 275.0  # speech block + gap, see conftest
    t = twenty_minute_transcript
    assert t.duration > 20 * 60
    chunks = t.info["chunks"]
    assert len(chunks) >= 4 and chunks[0][0] == 0.0 and chunks[-1][1] == pytest.approx(t.duration, abs=0.01)
    assert all(abs(a[1] - b[0]) < 1e-6 for a, b in zip(chunks, chunks[1:]))
    assert all(270 <= c[1] - c[0] <= 300 for c in chunks[:-1])
    # every cut lies in a pause, at least 0.5 s away from the speech blocks
    for _, end in chunks[:-1]:
        for i in range(4):
            assert end < i * period - 0.5 or end > i * period + speech_len + 0.5, (end, i)
    # each of the 4 speech blocks (every ~289 s) recognised at its place: times shifted per chunk
    starts = [s.start for s in t.segments if "Good morning" in s.text]
    assert len(starts) == 4
    for i, start in enumerate(starts):
        assert abs(start - i * period) < 3, starts
    peak = t.info["peak_rss_bytes"]
    print(f"20-min file: peak RSS {peak / 1e6:.0f} MB, wall {t.info['wall_seconds']} s")
    assert peak < 1.2e9


def test_cli_glossary_from_policy_folder_and_file(tmp_path, glossary_wav):
    policy_dir = tmp_path / "policy"
    (policy_dir / "minutes").mkdir(parents=True)
    (policy_dir / "minutes" / "glossary.txt").write_text("# bureau terms\nKasumigaseki\nShinagawa\n",
                                                         encoding="utf-8")
    mine = tmp_path / "mine.txt"
    mine.write_text("Kawaguchi\nTosei Desk\n", encoding="utf-8")
    out = tmp_path / "g.json"
    env = dict(os.environ, TOSEI_DESK_HOME=str(tmp_path / "home"), TOSEI_DESK_POLICY=str(policy_dir / "policy.toml"))
    done = subprocess.run([sys.executable, "-m", "desktop", "minutes", str(glossary_wav), "--model", "tiny.en",
                           "--language", "en", "--glossary", str(mine), "--out", str(out)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    import json

    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["info"]["decode_options"]["hotwords"] == "Kasumigaseki Shinagawa Kawaguchi Tosei Desk"
    text = " ".join(s["text"] for s in data["segments"])
    assert sum(t in text for t in ("Kasumigaseki", "Shinagawa", "Kawaguchi", "Tosei Desk")) >= 3, text


@pytest.mark.slow
def test_memory_does_not_grow_with_recording_length(ninety_minute_wav, twenty_minute_transcript, english_wav,
                                                   tiny_opts):
    """The decode streams: a 90-minute recording peaks no higher than a 20-minute one.

    Measured on this machine (tiny.en, VmHWM of the worker, 2 cores), five runs each: 20 min 480-590 MB
    (it varies with how much decoding the speech needed), 90 min 496-527 MB. The former whole-file decode
    gave 590 MB (20 min) and 690 MB (this 90-minute file): it grows with the samples, 174 MB of int16 for
    90 minutes plus a temporary copy. Bounds: 700 MB absolute (over 100 MB above any streaming peak seen)
    and at most 80 MB above the 20-minute file in the same run (streaming: +47 MB at worst; whole-file:
    +100 to +200 MB)."""
    from desktop.services.minutes.audio import SAMPLE_RATE, decode

    fractions = []
    t = transcribe_in_child(ninety_minute_wav, tiny_opts, progress=lambda f, m="": fractions.append(f))
    speech_len = decode(english_wav).size / SAMPLE_RATE
    assert t.duration == pytest.approx(3 * speech_len + 5400, abs=0.1)
    assert len(t.info["chunks"]) == 19
    starts = [s.start for s in t.segments if "Good morning" in s.text]
    assert len(starts) == 3, [s.text for s in t.segments]
    for i, start in enumerate(starts):  # shifted by the right window offset
        assert abs(start - i * (speech_len + 2700)) < 3, starts
    numeric = [f for f in fractions if f is not None]
    assert numeric == sorted(numeric) and numeric[-1] == 1.0 and len(set(numeric)) >= 19
    peak, peak20 = t.info["peak_rss_bytes"], twenty_minute_transcript.info["peak_rss_bytes"]
    print(f"90-min file: peak RSS {peak / 1e6:.0f} MB (20-min file {peak20 / 1e6:.0f} MB), "
          f"wall {t.info['wall_seconds']} s")
    assert peak < 700e6
    assert peak < peak20 + 80e6
