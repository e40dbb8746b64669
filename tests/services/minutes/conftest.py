"""Real test audio for the minutes tests: speech from espeak-ng, converted with sox / PyAV.

Generated once per session (a few seconds). Needs the apt packages ``espeak-ng`` and ``sox``
(``libsox-fmt-mp3`` for mp3).
"""
from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from desktop.services.common.edit_distance import error_rate

ENGLISH_TEXT = (
    "Good morning everyone. Today we will discuss the budget for the next fiscal year. "
    "The committee approved the new library building. The new building will open next spring. "
    "We will hire three new staff members in April. Please send your comments by Friday."
)
JAPANESE_KANA = "きょうの かいぎを はじめます。 よさんに ついて はなしあいます。"
GLOSSARY_TEXT = "Please ask Mister Kawaguchi from Shinagawa about the Tosei Desk rollout and the Kasumigaseki office."
GLOSSARY_TERMS = ["Kawaguchi", "Shinagawa", "Tosei Desk", "Kasumigaseki"]


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if not path:
        pytest.fail(f"{tool} is required for the minutes tests (apt-get install espeak-ng sox libsox-fmt-mp3)")
    return path


def speak(text: str, out: Path, voice: str = "en-us") -> Path:
    subprocess.run([_need("espeak-ng"), "-v", voice, "-w", str(out), text], check=True)
    return out


def sox(*args: str) -> None:
    subprocess.run([_need("sox"), *args], check=True, capture_output=True)


def encode_m4a(src: Path, out: Path) -> Path:
    """AAC in an MP4 container, written with PyAV (sox cannot write m4a)."""
    import av
    from faster_whisper.audio import decode_audio

    samples = decode_audio(str(src), sampling_rate=16000)
    with av.open(str(out), "w", format="mp4") as container:
        stream = container.add_stream("aac", rate=16000)
        stream.layout = "mono"
        pcm = (np.clip(samples, -1, 1) * 32767).astype(np.int16)
        for i in range(0, pcm.size, 1024):
            frame = av.AudioFrame.from_ndarray(pcm[None, i:i + 1024], format="s16", layout="mono")
            frame.sample_rate = 16000
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return out


def wer(reference: str, hypothesis: str) -> float:
    """Word error rate (Levenshtein over lower-case words without punctuation)."""
    norm = lambda s: re.sub(r"[^a-z0-9 ]", " ", s.lower().replace("mister", "mr")).split()  # noqa: E731
    return error_rate(norm(reference), norm(hypothesis))


SPEECH_JA = Path(__file__).resolve().parents[2] / "data" / "speech-ja"


def cer_normalise(text: str) -> str:
    """NFKC, then letters and digits only (punctuation, brackets and line breaks do not count)."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN")


@pytest.fixture(scope="session")
def speech_ja_clips() -> list[tuple[str, Path, str]]:
    """(stem, wav, reference) of the real Japanese clips in tests/data/speech-ja (see its README)."""
    clips = []
    for line in (SPEECH_JA / "transcripts.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip():
            stem, reference = line.split("\t")
            clips.append((stem, SPEECH_JA / f"{stem}.wav", reference))
    assert len(clips) == 5 and all(wav.is_file() for _, wav, _ in clips)
    return clips


@pytest.fixture(scope="session")
def audio_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("minutes-audio")


@pytest.fixture(scope="session")
def english_wav(audio_dir) -> Path:
    return speak(ENGLISH_TEXT, audio_dir / "english.wav")


@pytest.fixture(scope="session")
def english_files(audio_dir, english_wav) -> dict[str, Path]:
    files = {"wav": english_wav}
    for ext in ("mp3", "flac"):
        sox(str(english_wav), str(audio_dir / f"english.{ext}"))
        files[ext] = audio_dir / f"english.{ext}"
    files["m4a"] = encode_m4a(english_wav, audio_dir / "english.m4a")
    return files


@pytest.fixture(scope="session")
def japanese_wav(audio_dir) -> Path:
    return speak(JAPANESE_KANA, audio_dir / "japanese.wav", voice="ja")


@pytest.fixture(scope="session")
def glossary_wav(audio_dir) -> Path:
    return speak(GLOSSARY_TEXT, audio_dir / "glossary.wav")


@pytest.fixture(scope="session")
def silent_wav(audio_dir) -> Path:
    out = audio_dir / "silence.wav"
    sox("-n", "-r", "16000", "-c", "1", str(out), "trim", "0", "20")
    return out


@pytest.fixture(scope="session")
def long_wav(audio_dir, english_wav) -> Path:
    """20 minutes: speech, then long silences, repeated (mostly silence, so VAD keeps it cheap)."""
    out = audio_dir / "long20.wav"
    speech16 = audio_dir / "speech16.wav"
    sox(str(english_wav), "-r", "16000", "-c", "1", str(speech16))
    gap = audio_dir / "gap.wav"
    sox("-n", "-r", "16000", "-c", "1", str(gap), "trim", "0", "275")
    parts = [str(speech16), str(gap)] * 4   # 4 x (~14 s + 275 s) = ~19.3 min
    sox(*parts, str(out), "pad", "0", "60")  # + 1 min of silence at the end: ~20.3 min (1218 s)
    return out


@pytest.fixture(scope="session")
def ninety_minute_wav(audio_dir, long_wav) -> Path:
    """~90.5 minutes: speech, 45 min of silence, speech, 45 min of silence, speech (made in < 1 s; VAD skips
    the silence, so Whisper only works on the three speech blocks)."""
    speech16 = audio_dir / "speech16.wav"  # made by long_wav
    half = audio_dir / "half90.wav"
    sox(str(speech16), str(half), "pad", "0", "2700")
    out = audio_dir / "long90.wav"
    sox(str(half), str(half), str(speech16), str(out))
    half.unlink()
    return out


@pytest.fixture(scope="session")
def twenty_minute_transcript(long_wav):
    """The 20-minute file transcribed once through the worker (shared by the chunking and memory tests)."""
    from desktop.services.minutes.transcribe import TranscribeOptions, transcribe_in_child

    return transcribe_in_child(long_wav, TranscribeOptions(model="tiny.en", language="en"))


@pytest.fixture
def tiny_opts():
    from desktop.services.minutes.transcribe import TranscribeOptions

    return TranscribeOptions(model="tiny.en", language="en")
