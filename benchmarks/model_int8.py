"""The embedded model stored as int8 (scripts/quantize_model.py) vs the float16 original, both loaded the way
the app loads them (CPU, ``compute_type="int8"``, the app's decode options): CER per clip and pooled on a dev
set, and whether the texts are identical.

    .venv/bin/python benchmarks/model_int8.py FLOAT16_DIR INT8_DIR [--devset tests/data/speech-ja ...]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def transcribe_all(model_dir: Path, clips, language: str = "ja") -> tuple[list[str], float]:
    from faster_whisper import WhisperModel

    from desktop.services.minutes.transcribe import TranscribeOptions, decode_options

    t0 = time.perf_counter()
    model = WhisperModel(str(model_dir), device="cpu", compute_type="int8", local_files_only=True)
    load = time.perf_counter() - t0
    kwargs = decode_options(TranscribeOptions(model=str(model_dir), language=language), language)
    texts = []
    for clip in clips:
        segments, _ = model.transcribe(str(clip.path), **kwargs)
        texts.append("".join(s.text for s in segments))
    return texts, load


def main() -> int:
    from desktop.services.minutes.devset import DevClip, cer, load_devset, pooled_cer

    ap = argparse.ArgumentParser()
    ap.add_argument("float16_dir", type=Path)
    ap.add_argument("int8_dir", type=Path)
    ap.add_argument("--devset", action="append", type=Path)
    args = ap.parse_args()
    clips = []
    for folder in args.devset or [ROOT / "tests" / "data" / "speech-ja"]:
        clips += load_devset(folder)
    selftest = ROOT / "resources" / "selftest"
    reference = (selftest / "ja_clip.txt").read_text(encoding="utf-8").strip()
    if reference not in {c.reference for c in clips}:  # the self-test clip is one of the dev clips today
        clips.append(DevClip(selftest / "ja_clip.wav", reference))
    results = {}
    for label, folder in (("float16", args.float16_dir), ("int8", args.int8_dir)):
        size = (folder / "model.bin").stat().st_size / 2**20
        texts, load = transcribe_all(folder, clips)
        results[label] = texts
        pooled = pooled_cer([(c.reference, t) for c, t in zip(clips, texts)])
        print(f"{label:8s} model.bin {size:5.0f} MB, load {load:4.1f} s, pooled CER {pooled * 100:5.2f} %")
        for c, t in zip(clips, texts):
            print(f"  {c.path.name:40s} CER {cer(c.reference, t) * 100:5.1f} %  {t}")
    same = sum(a == b for a, b in zip(results["float16"], results["int8"]))
    print(f"identical texts: {same} of {len(clips)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
