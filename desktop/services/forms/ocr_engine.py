"""The text recognition engine behind an interface, so a bureau's AI-OCR service can be plugged in later.

:class:`RecognitionEngine` reads one single-line crop → (text, confidence 0..1). The default
:class:`RapidOcrEngine` runs rapidocr's bundled PP-OCRv6-small recogniser (kanji + kana, offline) in
recognition-only mode. Gotchas handled here: every flag is passed explicitly on each call (rapidocr remembers a
previous ``use_det=False``), its coloured INFO logging is silenced, and onnxruntime's own cache
(``Microsoft/DeveloperTools/.onnxruntime``) is not written: telemetry is off by default here, and if an admin
turns it on the cache goes under our cache dir instead of the user's home.
"""
from __future__ import annotations

import logging
import os
import threading
from typing import Callable, Protocol

import numpy as np

log = logging.getLogger(__name__)

HANDWRITING_NOTE = ("The built-in engine reads printed (typed) text. Handwriting is not recognised reliably "
                    "offline: such fields get a low confidence and go to review.")


class RecognitionEngine(Protocol):
    name: str

    def recognise(self, crop: np.ndarray) -> tuple[str, float]:
        """Read one single-line gray crop; return the text and a confidence in 0..1."""
        ...


_import_lock = threading.Lock()


def _import_onnxruntime_quietly() -> None:
    """Import onnxruntime with its telemetry/device-id cache redirected into our cache dir."""
    import sys

    if "onnxruntime" in sys.modules:
        return
    from desktop.services import paths

    cache = paths.cache_dir() / "onnxruntime"
    cache.mkdir(parents=True, exist_ok=True)
    keys = ("XDG_CACHE_HOME", "LOCALAPPDATA")
    saved = {k: os.environ.get(k) for k in keys}
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    try:
        for k in keys:
            os.environ[k] = str(cache)
        import onnxruntime  # noqa: F401  (reads the cache location at import time)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


class RapidOcrEngine:
    """rapidocr 3.10 recognition-only (PP-OCRv6-small bundled in the wheel; no downloads)."""

    name = "rapidocr"

    def __init__(self) -> None:
        with _import_lock:
            _import_onnxruntime_quietly()
            from rapidocr import RapidOCR

            self._engine = RapidOCR(params={"Global.log_level": "error"})
        for name in ("RapidOCR", "rapidocr"):
            logging.getLogger(name).setLevel(logging.ERROR)

    def recognise(self, crop: np.ndarray) -> tuple[str, float]:
        if crop.ndim == 2:
            crop = np.repeat(crop[:, :, None], 3, axis=2)
        out = self._engine(crop, use_det=False, use_cls=False, use_rec=True)
        texts = tuple(getattr(out, "txts", None) or ())
        scores = tuple(getattr(out, "scores", None) or ())
        if not texts:
            return "", 0.0
        return str(texts[0]), float(scores[0]) if scores else 0.0

    def read_page(self, page: np.ndarray) -> list[str]:
        """Whole-page detection + recognition (used only by the benchmark for comparison)."""
        if page.ndim == 2:
            page = np.repeat(page[:, :, None], 3, axis=2)
        out = self._engine(page, use_det=True, use_cls=False, use_rec=True)
        return [str(t) for t in (getattr(out, "txts", None) or ())]


_ENGINES: dict[str, Callable[[], RecognitionEngine]] = {"rapidocr": RapidOcrEngine}
_instances: dict[str, RecognitionEngine] = {}


def register_engine(name: str, factory: Callable[[], RecognitionEngine]) -> None:
    """Make another engine (e.g. a bureau's AI-OCR client) selectable by name."""
    _ENGINES[name] = factory


def get_engine(name: str) -> RecognitionEngine:
    """The process-wide instance of engine ``name`` (created once; loading a model costs ~0.5 s)."""
    if name not in _ENGINES:
        from desktop.services.forms.errors import FormsError

        raise FormsError(f"Unknown OCR engine {name!r} (known: {', '.join(sorted(_ENGINES))}).")
    if name not in _instances:
        _instances[name] = _ENGINES[name]()
    return _instances[name]


def default_engine() -> RecognitionEngine:
    return get_engine("rapidocr")


def engine_available() -> tuple[bool, str]:
    try:
        import rapidocr  # noqa: F401
        from rapidocr import RapidOCR  # noqa: F401
    except Exception as exc:  # a broken install must be reported, not crash the self-test
        return False, f"{type(exc).__name__}: {exc}"
    return True, "rapidocr (PP-OCRv6 small, bundled)"
