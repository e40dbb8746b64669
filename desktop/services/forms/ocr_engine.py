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
from dataclasses import dataclass, field
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


@dataclass
class Reading:
    """One line read character by character: ``probs[i]`` is the recogniser's probability of ``text[i]``
    (within the field's character class), ``alts[i]`` the runner-up character ('' if none came close)."""

    text: str
    probs: list[float] = field(default_factory=list)
    alts: list[str] = field(default_factory=list)
    alt_probs: list[float] = field(default_factory=list)

    @property
    def confidence(self) -> float:
        """Probability that the whole line is right, if the characters' errors were independent."""
        return float(np.prod(self.probs)) if self.probs else 0.0

    @property
    def weakest(self) -> float:
        return min(self.probs) if self.probs else 0.0


def read_line(engine: RecognitionEngine, crop: np.ndarray, char_class: str = "any") -> Reading:
    """Per-character reading with the output masked to ``char_class`` when the engine can (rapidocr); other
    engines give one score per line, spread over its characters."""
    reader = getattr(engine, "read_chars", None)
    if reader is not None:
        return reader(crop, char_class)
    text, conf = engine.recognise(crop)
    return Reading(text, [conf] * len(text), [""] * len(text))


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

    def _rec(self):
        rec = getattr(self, "_rec_model", None)
        if rec is None:
            rec = self._rec_model = self._engine._load_rec_model()
            chars = list(rec.postprocess_op.character)
            self._chars = chars
            self._masks: dict[str, np.ndarray] = {}
        return rec

    def _mask(self, char_class: str) -> np.ndarray | None:
        from desktop.services.forms.char_classes import allows

        if char_class in ("any", ""):
            return None
        if char_class not in self._masks:
            m = np.array([i == 0 or allows(char_class, c) for i, c in enumerate(self._chars)], dtype=bool)
            self._masks[char_class] = m
        return self._masks[char_class]

    def probabilities(self, crop: np.ndarray) -> tuple[np.ndarray, float]:
        """The recogniser's per-frame softmax (T × characters incl. the CTC blank at 0), and the share of the
        frames that cover the crop (the rest is padding)."""
        import math

        rec = self._rec()
        if crop.ndim == 2:
            crop = np.repeat(crop[:, :, None], 3, axis=2)
        _c, img_h, img_w = rec.rec_image_shape
        h, w = crop.shape[:2]
        ratio = max(img_w / img_h, w / max(h, 1))
        norm = rec.resize_norm_img(crop, ratio)[np.newaxis].astype(np.float32)
        padded = int(img_h * ratio)
        content = min(padded, int(math.ceil(img_h * w / max(h, 1))))
        return np.asarray(rec.session(norm))[0], content / max(padded, 1)

    def read_chars(self, crop: np.ndarray, char_class: str = "any") -> Reading:
        return self.read_chars_frames(crop, char_class)[0]

    def read_chars_frames(self, crop: np.ndarray, char_class: str = "any") -> tuple[Reading, list[int], int, float]:
        """CTC greedy decoding masked to the class; a character's probability is renormalised over the
        class (the mass the recogniser gave to characters the field cannot contain is not evidence for any
        allowed one) and discounted when most of the mass was outside the class. Also returns each
        character's best frame, the number of frames and the share of frames covering the crop."""
        preds, content = self.probabilities(crop)
        mask = self._mask(char_class)
        if mask is not None:
            allowed = preds * mask
            mass = allowed.sum(axis=1, keepdims=True)
            probs = allowed / np.maximum(mass, 1e-9)
            mass = mass[:, 0]
        else:
            probs, mass = preds, np.ones(len(preds))
        best = probs.argmax(axis=1)
        text, cprobs, alts, frames, alt_p = [], [], [], [], []
        prev = 0
        for t, idx in enumerate(best):
            if idx != 0 and idx != prev:
                text.append(self._chars[idx])
                cprobs.append(0.0)
                alts.append("")
                alt_p.append(0.0)
                frames.append(t)
            if idx != 0:
                p = float(probs[t, idx]) * min(1.0, float(mass[t]) / 0.5)
                if p > cprobs[-1]:
                    cprobs[-1] = p
                    frames[-1] = t
                    row = probs[t].copy()
                    row[idx] = 0
                    row[0] = 0
                    j = int(row.argmax())
                    alts[-1] = self._chars[j] if row[j] > 0.02 else ""
                    alt_p[-1] = float(row[j]) if row[j] > 0.02 else 0.0
            prev = idx
        return Reading("".join(text), cprobs, alts, alt_p), frames, len(best), content

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
