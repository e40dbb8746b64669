"""Minutes benchmark on real speech, app vs bare faster-whisper side by side in one run (default), and the older
synthetic RTF/memory comparison (``--synthetic``).

    .venv/bin/python benchmarks/minutes.py [--model base] [--devset tests/data/speech-ja] [--quick]

Real-speech sections (the five CC0 Common Voice clips of ``tests/data/speech-ja``; English sentences by
espeak-ng where a mixed clip needs them):

1. CER per clip and pooled, app vs bare;
2. a meeting assembled from the clips (each four times, gaps of 2-60 s, white room noise at -45 dBFS): clips
   without text, CER inside the meeting vs the same speech clip by clip -- every placed clip cut out of the
   meeting recording itself (same samples, same noise) and transcribed alone, so the difference is what
   long-recording processing costs -- and vs the clean clips alone (the difference adds what the noise costs
   the model); the same meeting in a quiet room (-65 dBFS) vs the clean clips; per-clip CER, text in silence,
   RTF, peak RSS;
3. diarization error on the assembled meetings, noisy and quiet (each clip is a different Common Voice speaker);
4. a mixed ja/en clip (ja, en, ja), language ja and auto: wall time of two runs each and whether the two
   texts are equal.

"bare" is ``WhisperModel.transcribe(file, language, beam_size=5, vad_filter=True, word_timestamps=True)``: the
library's defaults otherwise (six temperature fallbacks, condition_on_previous_text).

Synthetic section (``--synthetic``): real-time factor (audio seconds / wall seconds) of the app's transcription service vs a
bare faster-whisper call with identical settings, on the same file, plus peak RSS of each.

    .venv/bin/python benchmarks/minutes.py [--model tiny.en|base] [--language en] [--skip-long]

Each measurement runs in a fresh process (peak RSS is per process): "app" is ``transcribe_in_child`` as the
UI and CLI call it (decode, 5-minute chunks, filters, child process); "bare" is ``WhisperModel(...)`` +
``transcribe(file, ...)`` consuming every segment. Both include model load. Files: a ~1-minute English
espeak-ng paragraph, a 10-minute file of that speech repeated with short pauses, and a 60-minute file (the
10 minutes six times; app only: a bare call decodes and builds the log-mel of the whole hour at once, 3.45 GB
measured). Peak RSS of the 10- and 60-minute files shows that memory does not grow with the recording length
(the app streams the decode in ~5-minute windows). Needs espeak-ng and sox.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TEXT = ("Good morning everyone. Today we will discuss the budget for the next fiscal year. "
        "The committee approved the new library building. The new building will open next spring. "
        "We will hire three new staff members in April. Please send your comments by Friday. "
        "Next, the transport bureau will report on the bus timetable changes for the winter. "
        "Ridership has grown steadily in the western districts, so two routes will run more often. "
        "The environment bureau asks every section to reduce paper use by ten percent. "
        "Finally, the next meeting will be held on the second of December at ten in the morning.")

APP = """
import json, sys, time
from desktop.services.minutes.transcribe import TranscribeOptions, transcribe_in_child
from desktop.services.minutes.models import resolve_model
resolve_model(sys.argv[2])  # join/verify the embedded model outside the timing (one-time cost)
t0 = time.perf_counter()
t = transcribe_in_child(sys.argv[1], TranscribeOptions(model=sys.argv[2], language=sys.argv[3]))
wall = time.perf_counter() - t0
print(json.dumps({"wall": wall, "duration": t.duration, "peak_rss": t.info["peak_rss_bytes"],  # worker VmHWM
                  "segments": len(t.segments), "words": sum(len(s.words) for s in t.segments),
                  "chunks": len(t.info["chunks"])}))
"""

BARE = """
import json, sys, time
from desktop.services.minutes.models import resolve_model
from desktop.services.minutes.transcribe import TranscribeOptions, decode_options, peak_rss_bytes
info = resolve_model(sys.argv[2])
opts = TranscribeOptions(model=sys.argv[2], language=sys.argv[3])
kwargs = decode_options(opts, sys.argv[3])  # identical settings to the app
t0 = time.perf_counter()
from faster_whisper import WhisperModel
from faster_whisper.audio import decode_audio
model = WhisperModel(info.path, device="cpu", compute_type="int8", local_files_only=True)
segments, ti = model.transcribe(sys.argv[1], **kwargs)
segments = list(segments)
wall = time.perf_counter() - t0
print(json.dumps({"wall": wall, "duration": ti.duration,
                  "peak_rss": peak_rss_bytes(),
                  "segments": len(segments), "words": sum(len(s.words or []) for s in segments), "chunks": 1}))
"""


PROBE = """
import json, time
from desktop.services.common.jobs import run_in_child
t0 = time.perf_counter()
run_in_child("benchmarks.minutes:child_probe", {})
print(json.dumps({"wall": time.perf_counter() - t0}))
"""


def child_probe(*, progress=None, cancel=None) -> None:
    """What every app run pays before Whisper starts: spawning the worker and importing faster-whisper."""
    import faster_whisper  # noqa: F401


def run(mode: str, audio: Path, model: str, language: str) -> dict:
    code = APP if mode == "app" else BARE
    out = subprocess.run([sys.executable, "-c", code, str(audio), model, language], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def make_audio(folder: Path) -> tuple[Path, Path, Path]:
    speech = folder / "speech.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(speech), TEXT], check=True)
    speech16 = folder / "speech16.wav"
    subprocess.run(["sox", str(speech), "-r", "16000", "-c", "1", str(speech16)], check=True)
    pause = folder / "pause.wav"
    subprocess.run(["sox", "-n", "-r", "16000", "-c", "1", str(pause), "trim", "0", "2"], check=True)
    one = float(subprocess.run(["soxi", "-D", str(speech16)], capture_output=True, text=True).stdout)
    repeats = int(600 // (one + 2)) + 1
    long = folder / "ten_minutes.wav"
    subprocess.run(["sox", *([str(speech16), str(pause)] * repeats), str(long), "trim", "0", "600"], check=True)
    hour = folder / "sixty_minutes.wav"
    subprocess.run(["sox", str(long), str(hour), "repeat", "5"], check=True)
    return speech16, long, hour


def synthetic(args) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("TOSEI_DESK_HOME", str(Path(tmp) / "home"))
        short, long, hour = make_audio(Path(tmp))
        files = [("short", short)] + ([] if args.skip_long else [("10 min", long)])
        if not (args.skip_long or args.skip_hour):
            files.append(("60 min", hour))
        peaks = {}
        print(f"model {args.model}, language {args.language}, CPU cores {os.cpu_count()}")
        probe = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True)
        fixed = json.loads(probe.stdout.strip().splitlines()[-1])["wall"]
        print(f"fixed cost of the crash-isolated worker (spawn + import faster-whisper): {fixed:.2f} s")
        print(f"{'file':8s} {'audio s':>8s} {'runner':6s} {'wall s':>7s} {'RTF':>6s} {'peak RSS':>9s} "
              f"{'segs':>5s} {'words':>6s} {'chunks':>6s}")
        for label, path in files:
            results = {}
            for mode in (("app",) if label == "60 min" else ("bare", "app")):
                r = run(mode, path, args.model, args.language)
                results[mode] = r
                rtf = r["duration"] / r["wall"]
                print(f"{label:8s} {r['duration']:8.1f} {mode:6s} {r['wall']:7.1f} {rtf:6.1f} "
                      f"{r['peak_rss'] / 1e6:7.0f}MB {r['segments']:5d} {r['words']:6d} {r['chunks']:6d}")
            peaks[label] = results["app"]["peak_rss"]
            if "bare" not in results:
                continue
            ratio = (results["app"]["duration"] / results["app"]["wall"]) / (
                results["bare"]["duration"] / results["bare"]["wall"])
            print(f"{label:8s} app/bare RTF ratio: {ratio:.2f} (target >= 0.95)")
        if "10 min" in peaks and "60 min" in peaks:
            print(f"app peak RSS: 10 min {peaks['10 min'] / 1e6:.0f} MB, 60 min {peaks['60 min'] / 1e6:.0f} MB "
                  f"(difference {(peaks['60 min'] - peaks['10 min']) / 1e6:+.0f} MB)")
    return 0


REAL = """
import json, sys, time
from desktop.services.minutes.models import resolve_model
from desktop.services.minutes.transcribe import TranscribeOptions, transcribe, peak_rss_bytes
mode, model_name, language, files = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
info = resolve_model(model_name)
out = []
if mode == "bare":
    from faster_whisper import WhisperModel
    model = WhisperModel(info.path, device="cpu", compute_type="int8", local_files_only=True)
for f in files:
    t0 = time.perf_counter()
    if mode == "bare":
        segs, ti = model.transcribe(f, language=None if language == "auto" else language, beam_size=5,
                                    vad_filter=True, word_timestamps=True)
        segs = [(s.start, s.end, s.text.strip()) for s in segs]
        duration, warnings = ti.duration, []
    else:
        t = transcribe(f, TranscribeOptions(model=model_name, language=language))
        segs = [(s.start, s.end, s.text, s.speaker) for s in t.segments]
        duration, warnings = t.duration, t.info.get("warnings", [])
    out.append({"file": f, "wall": time.perf_counter() - t0, "duration": duration, "segments": segs,
                "warnings": warnings})
print(json.dumps({"results": out, "peak_rss": peak_rss_bytes()}))
"""


def run_real(mode: str, files: list[Path], model: str, language: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", REAL, mode, model, language, json.dumps([str(f) for f in files])],
                          cwd=ROOT, capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(proc.stderr[-3000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


NOISE_DBFS = -45  # white room noise of the meeting (RMS)
QUIET_DBFS = -65  # the noise floor of a quiet room with a good microphone


def _read(path: Path):
    from faster_whisper.audio import decode_audio

    return decode_audio(str(path), sampling_rate=16000)


def real(args) -> int:
    import random

    from desktop.services.minutes.devset import (assemble, cer, load_devset, pooled_cer, speaker_error,
                                                 text_by_clip, write_wav)

    clips = load_devset(args.devset)
    tmp = Path(tempfile.mkdtemp(prefix="minutes-bench-"))
    os.environ.setdefault("TOSEI_DESK_HOME", str(tmp / "home"))
    print(f"model {args.model}, dev set {args.devset} ({len(clips)} clips), CPU cores {os.cpu_count()}")
    # 2. the meeting: every clip twice, shuffled, seeded gaps, noise
    rng = random.Random(7)
    order = list(range(len(clips))) * (1 if args.quick else 4)
    rng.shuffle(order)
    gaps = [[2, 3, 5, 8, 15, 30, 60][k % 7] for k in range(len(order))]
    rng.shuffle(gaps)
    audio = {i: _read(c.path) for i, c in enumerate(clips)}
    meeting, placed = assemble([(audio[i], clips[i].reference, i) for i in order], gaps, noise_dbfs=NOISE_DBFS,
                               seed=3)
    meeting_wav = write_wav(tmp / "meeting.wav", meeting)
    # the same meeting in a quiet room (noise floor of a good recording): what long-recording processing costs
    # against the clean clips when there is no room noise to blame
    quiet, _ = assemble([(audio[i], clips[i].reference, i) for i in order], gaps, noise_dbfs=QUIET_DBFS, seed=3)
    quiet_wav = write_wav(tmp / "quiet.wav", quiet)
    # "the same speech clip by clip": every placed clip cut out of the meeting recording itself (the same samples,
    # the same room noise, 1 s either side) and transcribed on its own
    cuts = [write_wav(tmp / f"cut-{k}.wav", meeting[max(0, int((p.start - 1.0) * 16000)):int((p.end + 1.0) * 16000)])
            for k, p in enumerate(placed)]
    # 3. mixed ja/en
    en = tmp / "en.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(en),
                    "Next item on the agenda is the budget review for the new library building."], check=True)
    en16 = _read(en)
    mixed, _ = assemble([(audio[0], clips[0].reference, 0), (en16, "", 1), (audio[2], clips[2].reference, 0)],
                        [0.6, 0.6, 0.5], lead_s=0.3)
    mixed_wav = write_wav(tmp / "mixed.wav", mixed)
    files = [c.path for c in clips] + [mixed_wav, mixed_wav, quiet_wav] + cuts
    results = {}
    n = len(clips)
    for mode in ("bare", "app"):
        # the meeting in a process of its own: its peak RSS is the meeting's, not that of thirty model loads
        alone_run, meeting_run = (run_real(mode, f, args.model, "ja") for f in (files, [meeting_wav]))
        results[mode] = {"results": alone_run["results"][:n] + meeting_run["results"] + alone_run["results"][n:],
                         "peak_rss": meeting_run["peak_rss"]}
        results[mode + "-auto"] = run_real(mode, [mixed_wav, mixed_wav], args.model, "auto")
    print("\n1. CER per clip (alone)")
    print(f"{'clip':32s} {'bare':>6s} {'app':>6s}")
    alone = {}
    for mode in ("bare", "app"):
        alone[mode] = [" ".join(s[2] for s in r["segments"]) for r in results[mode]["results"][:n]]
        alone[mode + "-cut"] = [" ".join(s[2] for s in r["segments"]) for r in results[mode]["results"][n + 4:]]
    for i, c in enumerate(clips):
        print(f"{c.path.stem:32s} {cer(c.reference, alone['bare'][i]):6.3f} {cer(c.reference, alone['app'][i]):6.3f}")
    pooled = {m: pooled_cer([(c.reference, alone[m][i]) for i, c in enumerate(clips)]) for m in ("bare", "app")}
    print(f"{'pooled':32s} {pooled['bare']:6.3f} {pooled['app']:6.3f}")
    print(f"\n2. meeting: {len(placed)} clips, {meeting.size / 16000:.0f} s, gaps {min(gaps)}-{max(gaps)} s, "
          f"white room noise {NOISE_DBFS} dBFS (speech at about -20 dBFS); the same meeting in a quiet room "
          f"({QUIET_DBFS} dBFS)")
    print(f"{'':40s} {'bare':>8s} {'app':>8s}")
    rows = {}
    for mode in ("bare", "app"):
        r = results[mode]["results"][n]
        per, outside = text_by_clip([tuple(s[:3]) for s in r["segments"]], placed)
        q_per, q_outside = text_by_clip([tuple(s[:3]) for s in results[mode]["results"][n + 3]["segments"]], placed)
        inside = pooled_cer([(p.reference, per[k]) for k, p in enumerate(placed)])
        same_audio = pooled_cer([(p.reference, alone[mode + "-cut"][k]) for k, p in enumerate(placed)])
        clean = pooled_cer([(p.reference, alone[mode][order[k]]) for k, p in enumerate(placed)])
        quiet_inside = pooled_cer([(p.reference, q_per[k]) for k, p in enumerate(placed)])
        rows[mode] = {"clips without text": sum(1 for x in per if not x.strip()),
                      "CER inside the meeting": inside,
                      "CER same audio clip by clip (cut out)": same_audio,
                      "  processing gap (points)": 100 * (inside - same_audio),
                      "CER clean clips alone": clean,
                      "  gap to clean clips (points)": 100 * (inside - clean),
                      "quiet room: clips without text": sum(1 for x in q_per if not x.strip()),
                      "quiet room: CER inside": quiet_inside,
                      "  gap to clean clips (points)   ": 100 * (quiet_inside - clean),
                      "chars outside clips (both rooms)": len(outside) + len(q_outside),
                      "longest segment s": max((s[1] - s[0] for s in r["segments"]), default=0.0),
                      "RTF (wall/audio)": r["wall"] / r["duration"],
                      "peak RSS MB": results[mode]["peak_rss"] / 1e6}
    for key in rows["app"]:
        b, a = rows["bare"][key], rows["app"][key]
        fmt = "{:8d}" if isinstance(a, int) else ("{:8.1f}" if "points" in key else "{:8.3f}")
        print(f"{key:40s} " + fmt.format(b) + " " + fmt.format(a))
    print("\n   per clip of the meeting: CER inside / the same audio cut out (gap = silence after the clip)")
    print(f"   {'#':>2s} {'clip':8s} {'at s':>6s} {'gap':>4s} {'bare in':>8s} {'cut':>6s} {'app in':>7s} {'cut':>6s}")
    per_mode = {m: text_by_clip([tuple(s[:3]) for s in results[m]["results"][n]["segments"]], placed)[0]
                for m in ("bare", "app")}
    for k, p in enumerate(placed):
        cells = " ".join(f"{cer(p.reference, per_mode[m][k]):{w}.3f} {cer(p.reference, alone[m + '-cut'][k]):6.3f}"
                         for m, w in (("bare", 8), ("app", 7)))
        print(f"   {k:2d} {clips[order[k]].path.stem[-8:]:8s} {p.start:6.1f} {gaps[k]:4.0f} {cells}")
    print("\n3. diarization (app; bare has none), share of speech time given to the wrong speaker")
    for label, r in (("room noise", results["app"]["results"][n]), ("quiet room", results["app"]["results"][n + 3])):
        found = [(s[0], s[1], s[3]) for s in r["segments"]]
        print(f"   {label}: {len(set(x[2] for x in found))} speakers found for {len(set(p.speaker for p in placed))} "
              f"real ones, diarization error {speaker_error(found, placed):.3f}")
    print(f"\n4. mixed ja/en clip ({mixed.size / 16000:.1f} s)")
    for mode in ("bare", "app"):
        for lang, rs in (("ja", results[mode]["results"][n + 1:n + 3]), ("auto", results[mode + "-auto"]["results"])):
            texts = [" ".join(s[2] for s in r["segments"]) for r in rs]
            walls = ", ".join(f"{r['wall']:.1f}" for r in rs)
            print(f"{mode:5s} {lang:5s} wall {walls} s (max {max(r['wall'] for r in rs) / (mixed.size / 16000):.2f}x "
                  f"audio), same text twice: {texts[0] == texts[1]}, warnings {rs[0]['warnings']}")
            print(f"      {texts[0][:150]}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None)
    parser.add_argument("--language", default="en")
    parser.add_argument("--devset", default=str(ROOT / "tests" / "data" / "speech-ja"))
    parser.add_argument("--quick", action="store_true", help="meeting with each clip once")
    parser.add_argument("--synthetic", action="store_true", help="the espeak RTF / memory comparison instead")
    parser.add_argument("--skip-long", action="store_true", help="synthetic: only the short file")
    parser.add_argument("--skip-hour", action="store_true", help="synthetic: no 60-minute file")
    args = parser.parse_args()
    if args.synthetic:
        args.model = args.model or "tiny.en"
        return synthetic(args)
    args.model = args.model or "base"
    return real(args)


if __name__ == "__main__":
    t0 = time.perf_counter()
    code = main()
    print(f"benchmark took {time.perf_counter() - t0:.0f} s")
    sys.exit(code)
