"""Real human speech (the CC0 Common Voice clips of tests/data/speech-ja) on the embedded base model:
bounded and repeatable decoding of a mixed ja/en clip, a meeting assembled with silences and room noise, a
glossary that does not hurt, and the warnings of an empty or damaged result.

Bounds are measured figures with margin (2-core machine, base model, about 8x faster than real time):
mixed 20 s clip 10-35 s per run in auto (the issue saw 48-468 s for 16 s of mixed speech). A meeting of real
clips with silences keeps every clip and costs about one point of CER: in a quiet room (-65 dBFS) 0.183 inside
vs 0.167 for the clean clips alone (benchmark, 20 clips; bare faster-whisper 0.43-0.50 with 4-5 clips lost);
with white room noise at -45 dBFS 0.206 inside vs 0.213 for the same audio cut out clip by clip -- the noise
itself costs the base model about 4 points, inside the meeting and clip by clip alike.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.services.minutes.devset import assemble, cer, load_devset, pooled_cer, text_by_clip, write_wav
from desktop.services.minutes.transcribe import TranscribeOptions, transcribe

from .conftest import speak

DEVSET = Path(__file__).resolve().parents[2] / "data" / "speech-ja"


def _audio(path: Path):
    from faster_whisper.audio import decode_audio

    return decode_audio(str(path), sampling_rate=16000)


@pytest.fixture(scope="module")
def clips():
    return load_devset(DEVSET)


@pytest.fixture(scope="module")
def mixed_wav(clips, tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed")
    english = _audio(speak("Next item on the agenda is the budget review for the new library building.",
                           folder / "en.wav"))
    audio, _ = assemble([(_audio(clips[0].path), clips[0].reference, 0), (english, "", 1),
                         (_audio(clips[2].path), clips[2].reference, 0)], [0.6, 0.6, 0.5], lead_s=0.3)
    return write_wav(folder / "mixed.wav", audio)


def test_mixed_clip_is_bounded_and_repeatable(mixed_wav):
    opts = TranscribeOptions(model="base", language="auto")
    runs = []
    for _ in range(2):
        started = time.perf_counter()
        t = transcribe(str(mixed_wav), opts)
        runs.append((time.perf_counter() - started, t))
    for wall, t in runs:
        print(f"{wall:.1f} s for {t.duration:.1f} s: {t.info['languages']} {t.text!r}")
        assert wall < 3 * t.duration + 30  # measured 5-12 s for 20 s; before this change 48-468 s
        assert t.segments and not [w for w in t.info["warnings"] if w["code"] == "minutes.empty_result"]
    first, second = runs[0][1], runs[1][1]
    assert first.text == second.text  # same file, same text
    assert [(s.start, s.end) for s in first.segments] == [(s.start, s.end) for s in second.segments]
    # language per stretch of speech: the English sentence is not forced into Japanese, nor dropped
    languages = {s.language for s in first.segments}
    assert {"ja", "en"} <= languages, [(s.language, s.text) for s in first.segments]
    english = " ".join(s.text for s in first.segments if s.language == "en")
    assert sum(w in english.lower() for w in ("agenda", "budget", "library", "building", "review")) >= 3


def test_mixed_clip_in_japanese_says_what_it_left_out(mixed_wav):
    started = time.perf_counter()
    t = transcribe(str(mixed_wav), TranscribeOptions(model="base", language="ja"))
    wall = time.perf_counter() - started
    assert wall < 3 * t.duration + 30
    english_at = (6.0, 10.5)  # where the English sentence was placed
    covered = any(s.start < english_at[1] and s.end > english_at[0] for s in t.segments)
    flagged = [w for w in t.info["warnings"] if w["code"] == "minutes.speech_without_text"]
    assert covered or flagged, (t.text, t.info["warnings"])  # never silently missing


def test_meeting_with_silences_and_noise_keeps_every_clip_in_its_place(clips, tmp_path):
    parts = [(_audio(c.path), c.reference, 0) for c in clips[:3]]
    audio, placed = assemble(parts, [20.0, 3.0, 2.0], noise_dbfs=-45, seed=1)
    wav = write_wav(tmp_path / "meeting.wav", audio)
    t = transcribe(str(wav), TranscribeOptions(model="base", language="ja"))
    per, outside = text_by_clip([(s.start, s.end, s.text) for s in t.segments], placed)
    print(per, repr(outside), t.info["windows"])
    assert all(x.strip() for x in per)  # no clip without text
    assert outside == ""  # nothing "heard" in the silences
    for s in t.segments:  # timestamps on the speech, no segment stretched across a pause
        assert any(p.start - 0.6 <= s.start and s.end <= p.end + 0.6 for p in placed), (s.start, s.end, s.text)
    inside = pooled_cer([(p.reference, per[i]) for i, p in enumerate(placed)])
    assert inside < 0.35  # measured 0.20 (the same clips alone: 0.18)
    assert all(cer(p.reference, per[i]) < 0.6 for i, p in enumerate(placed))
    assert sum("。" in x for x in per) >= 2  # punctuation kept per window
    # What the long recording costs: the same speech clip by clip -- each clip cut out of this very recording
    # (same samples, same room noise, 1 s either side) and transcribed alone. Windows cut inside speech or text
    # carried across pauses would show here; the noise costs both sides alike.
    alone = []
    for i, p in enumerate(placed):
        cut = audio[int((p.start - 1.0) * 16000):int((p.end + 1.0) * 16000)]
        one = transcribe(str(write_wav(tmp_path / f"cut{i}.wav", cut)),
                         TranscribeOptions(model="base", language="ja", speakers=-1))
        alone.append((p.reference, one.text))
    same_audio = pooled_cer(alone)
    print(f"CER inside {inside:.3f}, the same audio clip by clip {same_audio:.3f}")
    assert inside <= same_audio + 0.03  # measured 0.200 inside vs 0.200 cut out (benchmark, 20 clips: 0.206 vs 0.213)


def test_quiet_meeting_is_within_two_points_of_the_clean_clips(clips, tmp_path):
    """The issue's target: in a meeting (every dev clip, silences of 2-30 s, the noise floor of a quiet room)
    the CER stays within 2 points of the same clips transcribed one by one."""
    parts = [(_audio(c.path), c.reference, 0) for c in clips]
    audio, placed = assemble(parts, [5.0, 30.0, 2.0, 8.0, 3.0], noise_dbfs=-65, seed=2)
    t = transcribe(str(write_wav(tmp_path / "quiet.wav", audio)),
                   TranscribeOptions(model="base", language="ja", speakers=-1))
    per, outside = text_by_clip([(s.start, s.end, s.text) for s in t.segments], placed)
    assert all(x.strip() for x in per) and outside == ""
    inside = pooled_cer([(p.reference, per[i]) for i, p in enumerate(placed)])
    clean = pooled_cer([(c.reference, transcribe(str(c.path), TranscribeOptions(model="base", language="ja",
                                                                                 speakers=-1)).text)
                        for c in clips])
    print(f"quiet meeting: CER inside {inside:.3f}, clean clips alone {clean:.3f}")
    assert inside <= clean + 0.04  # measured 0.188 vs 0.167 here; over six arrangements 0.176 vs 0.167
    # (0.9 points; each 0.163-0.196); the benchmark's 20-clip meeting 0.183 vs 0.167. Margin for other CPUs.


def test_glossary_never_worse_than_none_on_the_dev_clips():
    from desktop.services.minutes.glossary import parse_glossary_text
    from desktop.services.minutes.glossary_check import check_glossary

    # the docs/ADMIN.md style bureau list (the one that took CER 26 % -> 49 % as initial prompt) plus rules
    glossary = parse_glossary_text("都庁\n総務局\n予算委員会\nComfyUI\nプランコ → ブランコ\n")
    check = check_glossary(glossary, DEVSET, TranscribeOptions(model="base", language="ja"), margin=0.01)
    print(check)
    assert len(check.clips) == 5
    assert not check.harmful and check.cer_with <= check.cer_without + 0.01
    assert check.cer_without < 0.3  # the dev set is transcribed at all (measured 0.18)


def test_empty_and_damaged_results_are_said(tmp_path, silent_wav, english_wav):
    silent = transcribe(str(silent_wav), TranscribeOptions(model="tiny.en", language="en"))
    assert not silent.segments
    assert [w["code"] for w in silent.info["warnings"]] == ["minutes.empty_result"]
    data = english_wav.read_bytes()
    cut = tmp_path / "cut.wav"
    cut.write_bytes(data[:44 + (len(data) - 44) // 2])  # header promises twice the audio that is there
    t = transcribe(str(cut), TranscribeOptions(model="tiny.en", language="en"))
    assert t.segments
    assert "minutes.audio_damaged" in [w["code"] for w in t.info["warnings"]]


def test_two_real_speakers_are_separated(clips, tmp_path):
    from desktop.services.minutes.devset import speaker_error

    a, b = _audio(clips[0].path), _audio(clips[4].path)  # two Common Voice speakers
    order = [(a, clips[0].reference, 0), (b, clips[4].reference, 1), (a, clips[0].reference, 0),
             (b, clips[4].reference, 1)]
    audio, placed = assemble(order, [2.0, 1.5, 3.0, 1.0], noise_dbfs=-50)
    wav = write_wav(tmp_path / "two.wav", audio)
    t = transcribe(str(wav), TranscribeOptions(model="base", language="ja"))  # number of speakers estimated
    error = speaker_error([(s.start, s.end, s.speaker) for s in t.segments], placed)
    print(t.info["speaker_source"], error, [(s.start, s.speaker) for s in t.segments])
    assert t.info["speaker_source"] == "voices"
    assert len(t.speakers()) == 2 and error < 0.1  # measured 0.0


def test_room_noise_does_not_merge_two_similar_voices(clips, tmp_path):
    """The two most alike of the dev speakers, each saying two different halves of a clip, in white room noise
    at -40 dBFS: the noise common to both had made them one speaker (1 found, error 0.44 before the noise was
    measured in the pauses and subtracted for the speaker encoder)."""
    from desktop.services.minutes.devset import speaker_error

    a, b = _audio(clips[2].path), _audio(clips[3].path)
    ha, hb = a.size // 2, b.size // 2
    audio, placed = assemble([(a[:ha], "", 0), (b[:hb], "", 1), (a[ha:], "", 0), (b[hb:], "", 1)],
                             [3.0, 5.0, 2.0, 4.0], noise_dbfs=-40, seed=5)
    t = transcribe(str(write_wav(tmp_path / "two.wav", audio)), TranscribeOptions(model="base", language="ja"))
    error = speaker_error([(s.start, s.end, s.speaker) for s in t.segments], placed)
    print(error, [(s.start, s.speaker) for s in t.segments])
    assert len(t.speakers()) == 2 and error < 0.1  # measured 0.0 (at -45 dBFS too)


def test_clustering_to_a_given_number_of_speakers():
    import numpy as np

    from desktop.services.minutes.diarize import cluster

    rng = np.random.default_rng(0)
    centres = rng.standard_normal((3, 256))
    points = np.concatenate([c + 0.3 * rng.standard_normal((4, 256)) for c in centres])
    points /= np.linalg.norm(points, axis=1, keepdims=True)
    order = rng.permutation(len(points))
    labels = cluster(points[order], num_speakers=2)
    assert len(set(labels)) == 2 and labels[0] == 0  # named in order of first appearance
    assert len(set(cluster(points[order]))) == 3  # estimated


def test_stereo_channels_are_the_speakers(clips, tmp_path):
    import numpy as np

    a, b = _audio(clips[0].path), _audio(clips[4].path)
    left, placed_l = assemble([(a, "", 0), (np.zeros_like(b), "", 1)], [1.0, 1.0])
    right, _ = assemble([(np.zeros_like(a), "", 0), (b, "", 1)], [1.0, 1.0])
    stereo = np.stack([left + 0.03 * right, right + 0.03 * left], axis=1)  # a little cross-talk
    wav = write_wav(tmp_path / "stereo.wav", stereo)
    t = transcribe(str(wav), TranscribeOptions(model="base", language="ja"))
    assert t.info["speaker_source"] == "channels"
    first = {s.speaker for s in t.segments if s.end <= placed_l[0].end + 0.5}
    second = {s.speaker for s in t.segments if s.start >= placed_l[1].start - 0.5}
    assert first == {"話者1"} and second == {"話者2"}, [(s.start, s.speaker, s.text) for s in t.segments]
