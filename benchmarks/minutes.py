"""Minutes benchmark: real-time factor (audio seconds / wall seconds) of the app's transcription service vs a
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="tiny.en")
    parser.add_argument("--language", default="en")
    parser.add_argument("--skip-long", action="store_true", help="only the short file")
    parser.add_argument("--skip-hour", action="store_true", help="no 60-minute file")
    args = parser.parse_args()
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


if __name__ == "__main__":
    t0 = time.perf_counter()
    code = main()
    print(f"benchmark took {time.perf_counter() - t0:.0f} s")
    sys.exit(code)
