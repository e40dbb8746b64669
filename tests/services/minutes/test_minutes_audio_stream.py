"""Streaming decode: windows cut while decoding land exactly where a whole-file plan puts them, hold only a
window plus the look-ahead, and progress can be estimated before the end is known. No Whisper here (fast)."""
from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from desktop.services.minutes import audio as audio_mod
from desktop.services.minutes.audio import FRAME_S, SAMPLE_RATE, AudioStream, decode, iter_chunks


def whole_file_plan(audio: np.ndarray, chunk_s: float = 300.0, search_s: float = 30.0) -> list[tuple[int, int]]:
    """The cut rule applied to the whole recording in memory (what the app did before streaming)."""
    total, target, search = audio.size, int(chunk_s * SAMPLE_RATE), int(search_s * SAMPLE_RATE)
    if total <= target + search:
        return [(0, total)]
    energy = audio_mod._moving_max(audio_mod.frame_energy(audio), int(1.0 / FRAME_S))
    frame = int(FRAME_S * SAMPLE_RATE)
    chunks, start = [], 0
    while total - start > target + search:
        lo, hi = (start + target - search) // frame, (start + target) // frame
        window = energy[lo:hi]
        best = lo + int(len(window) - 1 - np.argmin(window[::-1]))
        cut = best * frame + frame // 2
        chunks.append((start, cut))
        start = cut
    chunks.append((start, total))
    return chunks


def meeting_like(seconds: float, seed: int) -> np.ndarray:
    """Bursts of 'speech' (noise of varying loudness) and pauses of 0.2-4 s over a faint noise floor."""
    rng = np.random.default_rng(seed)
    out = (rng.normal(0, 20, int(seconds * SAMPLE_RATE))).astype(np.float32)
    pos = 0
    while pos < out.size:
        talk = int(rng.uniform(1, 12) * SAMPLE_RATE)
        out[pos:pos + talk] += rng.normal(0, rng.uniform(500, 6000), out[pos:pos + talk].size)
        pos += talk + int(rng.uniform(0.2, 4) * SAMPLE_RATE)
    return np.clip(out, -32768, 32767).astype(np.int16)


def write_wav(path: Path, samples: np.ndarray) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes(samples.tobytes())
    return path


@pytest.mark.parametrize("minutes,seed", [(3.0, 1), (5.49, 2), (16.3, 3)])
def test_streamed_windows_match_the_whole_file_plan(tmp_path, minutes, seed):
    samples = meeting_like(minutes * 60, seed)
    path = write_wav(tmp_path / "meeting.wav", samples)
    windows = list(iter_chunks(AudioStream(path).blocks()))
    got = [(c.start, c.end) for c, _ in windows]
    assert got == whole_file_plan(samples)
    assert np.array_equal(np.concatenate([piece for _, piece in windows]), samples)
    for chunk, piece in windows:
        assert piece.size == chunk.end - chunk.start <= (300 + 30) * SAMPLE_RATE
    if minutes > 6:
        assert len(got) == 4 and all(270 * SAMPLE_RATE <= e - s <= 300 * SAMPLE_RATE for s, e in got[:-1])


def test_decoder_runs_only_a_window_ahead(tmp_path):
    """When the first window is handed out, at most window + look-ahead has been decoded, not the file."""
    path = write_wav(tmp_path / "long.wav", meeting_like(12 * 60, 4))
    stream = AudioStream(path)
    chunks = iter_chunks(stream.blocks())
    first, _ = next(chunks)
    assert first.start == 0
    read_s = stream.samples_read / SAMPLE_RATE
    assert read_s <= 300 + 30 + 2, read_s  # one window + the search span + one decoded frame
    assert stream.estimated_duration() == pytest.approx(12 * 60, abs=0.1)  # from the container
    list(chunks)
    assert stream.finished and stream.samples_read == 12 * 60 * SAMPLE_RATE


def test_duration_estimated_from_bytes_read_without_a_container_duration(tmp_path, english_files):
    """Some streams have no duration in their header: progress then extrapolates from the bytes read."""
    truth = decode(english_files["mp3"]).size / SAMPLE_RATE
    stream = AudioStream(english_files["mp3"])
    estimates = []
    for i, _block in enumerate(stream.blocks()):
        stream.container_duration = None  # as for a stream without one
        if i > 20:
            estimates.append(stream.estimated_duration())
    assert estimates and all(abs(e - truth) / truth < 0.15 for e in estimates), (truth, estimates[:5])
    assert stream.estimated_duration() == pytest.approx(truth)


def test_stereo_44k_flac_streams_like_the_whole_decode(tmp_path, english_files):
    from .conftest import sox

    stereo = tmp_path / "stereo.flac"
    sox(str(english_files["wav"]), "-r", "44100", "-c", "2", str(stereo))
    pieces = [piece for _, piece in iter_chunks(AudioStream(stereo).blocks())]
    whole = decode(stereo)
    assert len(pieces) == 1 and np.array_equal(pieces[0], whole)
    assert whole.size == pytest.approx(decode(english_files["wav"]).size, rel=0.01)
