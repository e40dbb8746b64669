"""Reading one text zone with evidence a clerk can trust: per-character probabilities, the field's character
class, word gaps measured on the image, and a second, differently preprocessed reading that must agree.

:func:`read_zone` returns a :class:`ZoneReading`. Its ``confidence`` is the product of the characters'
probabilities (renormalised over the class by the recogniser), capped low when the second reading disagrees or a
space is doubtful; ``doubtful`` lists the positions in ``text`` whose own probability is low, so the review page
can mark exactly those characters (一 vs ー).
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field

import cv2
import numpy as np

from desktop.services.forms import char_classes
from desktop.services.forms.ocr_engine import Reading, RecognitionEngine, read_line

DOUBTFUL_CHAR = 0.9        # a character below this is highlighted (and keeps the field from auto-confirming)
DISAGREE_CAP = 0.3         # field confidence when the two readings differ
WORD_GAP = 0.95            # a blank run this many line heights wide is a word gap (全角スペース)
NO_GAP = 0.75              # below this it is not; in between the space is doubtful
SPACED_CLASSES = ("text", "katakana")


@dataclass
class ZoneReading:
    raw: str                       # the recogniser's text (first reading), spaces from the image
    text: str                      # class-repaired text, before the type's normalisation
    confidence: float
    char_probs: list[float] = field(default_factory=list)   # aligned with ``text``
    alts: list[str] = field(default_factory=list)
    second: str | None = None      # the second reading's text (None: not needed)
    agree: bool = True

    def doubtful(self) -> list[int]:
        return [i for i, p in enumerate(self.char_probs) if p < DOUBTFUL_CHAR]


def _column_gaps(crop: np.ndarray) -> tuple[list[tuple[float, float]], float]:
    """Blank column runs between ink (start, end in crop x) and the ink's line height."""
    _t, ink = cv2.threshold(crop, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    rows = np.nonzero(ink.sum(axis=1) > 0)[0]
    if len(rows) == 0:
        return [], 1.0
    height = float(rows[-1] - rows[0] + 1)
    cols = ink.sum(axis=0) > 0
    xs = np.nonzero(cols)[0]
    gaps = []
    start = None
    for x in range(int(xs[0]), int(xs[-1]) + 1):
        if not cols[x] and start is None:
            start = x
        elif cols[x] and start is not None:
            gaps.append((float(start), float(x)))
            start = None
    return gaps, height


def place_spaces(reading: Reading, crop: np.ndarray, frames: list[int], n_frames: int,
                 content_ratio: float) -> Reading:
    """Keep the recogniser's spaces only where the image has a word gap and add them where it has one but the
    recogniser read none; a gap of doubtful width gives its space a low probability."""
    gaps, height = _column_gaps(crop)
    w = crop.shape[1]
    # x of each character in crop pixels (frames cover the padded width; content_ratio = content / padded)
    xs = [(f + 0.5) / max(n_frames, 1) / max(content_ratio, 1e-6) * w for f in frames]
    wide = [(g0, g1) for g0, g1 in gaps if (g1 - g0) / height >= NO_GAP]
    # a space read by the recogniser goes; so does a character "seen" where the image has no ink at all
    # (the recogniser reads a wide gap between katakana as ー)
    alt_probs = reading.alt_probs or [0.0] * len(reading.text)
    keep = [i for i, (c, x) in enumerate(zip(reading.text, xs))
            if c not in " \u3000" and not (c in "ー一-－―" and any(g0 + 2 < x < g1 - 2 for g0, g1 in wide))]
    chars = [(reading.text[i], reading.probs[i], reading.alts[i], xs[i], alt_probs[i]) for i in keep]
    out = list(chars)
    inserts = []
    for g0, g1 in gaps:
        width = (g1 - g0) / height
        if width < NO_GAP:
            continue
        centre = (g0 + g1) / 2
        idx = sum(1 for c in chars if c[3] < centre)
        if idx == 0 or idx == len(chars):
            continue
        if chars[idx - 1][0] in "）)」、。・" or chars[idx][0] in "（(「":   # the glyph carries its own blank
            continue
        prob = 1.0 if width >= WORD_GAP else 0.5
        inserts.append((idx, prob))
    for idx, prob in sorted(inserts, reverse=True):
        out.insert(idx, (" ", prob, "", 0.0, 0.0))
    return Reading("".join(c[0] for c in out), [c[1] for c in out], [c[2] for c in out], [c[4] for c in out])


def _second_view(crop: np.ndarray) -> np.ndarray:
    """Another look at the same ink: binarised, slightly thickened, at another scale (a different error)."""
    _t, bw = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    bw = cv2.erode(bw, np.ones((2, 2), np.uint8))
    f = 0.8 if crop.shape[0] > 60 else 1.25
    return cv2.resize(bw, None, fx=f, fy=f, interpolation=cv2.INTER_AREA if f < 1 else cv2.INTER_CUBIC)


def _read(engine: RecognitionEngine, crop: np.ndarray, cls: str) -> Reading:
    frames_fn = getattr(engine, "read_chars_frames", None)
    if frames_fn is not None and cls in SPACED_CLASSES:
        reading, frames, n_frames, ratio = frames_fn(crop, cls)
        return place_spaces(reading, crop, frames, n_frames, ratio)
    reading = read_line(engine, crop, cls)
    if cls in SPACED_CLASSES or cls == "any":
        return reading
    # codes, numbers and dates: spaces carry no meaning, so neither does the recogniser's doubt about them
    keep = [i for i, c in enumerate(reading.text) if c not in " \u3000"]
    ap = reading.alt_probs or [0.0] * len(reading.text)
    return Reading("".join(reading.text[i] for i in keep), [reading.probs[i] for i in keep],
                   [reading.alts[i] for i in keep], [ap[i] for i in keep])


def _repaired(cls: str, reading: Reading) -> tuple[str, list[float], list[str]]:
    """Context repair of look-alikes; where the recogniser only hesitated between two look-alikes that the
    context decides (二/ニ in 二丁目), the character's probability is that of the pair."""
    text = char_classes.repair(cls, reading.text)
    probs = list(reading.probs)
    alts = list(reading.alts)
    if len(text) != len(probs):    # a repair never changes the length, but be safe
        return text, [min(probs or [0.0])] * len(text), [""] * len(text)
    alt_probs = reading.alt_probs or [0.0] * len(probs)
    for i, (c, a) in enumerate(zip(text, alts)):
        orig = reading.text[i]
        if a and char_classes.lookalike_pair(orig, a) and c in (orig, a):
            swapped = reading.text[:i] + a + reading.text[i + 1:]
            if char_classes.repair(cls, swapped)[i] == c:   # context picks c whichever of the two was read
                probs[i] = min(1.0, probs[i] + alt_probs[i])
    return text, probs, alts


def read_zone(engine: RecognitionEngine, crop: np.ndarray, cls: str, *, second: bool = True,
              key=None) -> ZoneReading:
    """Read a tight text crop as class ``cls``; ``key(text)`` is the comparison the second reading must pass
    (the field's normalised value; default: the text without spaces)."""
    first = _read(engine, crop, cls)
    text, probs, alts = _repaired(cls, first)
    conf = float(np.prod(probs)) if probs else 0.0
    result = ZoneReading(first.text, text, conf, probs, alts)
    if second and text:
        second_reading(engine, crop, cls, result, key)
    return result


def second_reading(engine: RecognitionEngine, crop: np.ndarray, cls: str, result: ZoneReading, key=None) -> None:
    """Read ``crop`` again, differently preprocessed; if the two disagree (by ``key``), cap the confidence and
    mark the characters where they part."""
    other = _read(engine, _second_view(crop), cls)
    other_text, _p, _a = _repaired(cls, other)
    result.second = other_text
    compare = key or (lambda t: t.replace(" ", ""))
    if compare(other_text) == compare(result.text):
        return
    result.agree = False
    result.confidence = min(result.confidence, DISAGREE_CAP)
    sm = difflib.SequenceMatcher(a=result.text, b=other_text, autojunk=False)
    for tag, i1, i2, _j1, _j2 in sm.get_opcodes():
        if tag != "equal":
            for i in range(i1, max(i2, i1 + 1)):
                if i < len(result.char_probs):
                    result.char_probs[i] = min(result.char_probs[i], DISAGREE_CAP)


def align_marks(source: str, probs: list[float], target: str) -> list[float]:
    """Carry per-character probabilities from ``source`` to a normalised ``target`` (inserted characters such as
    a postal code's hyphen get the lowest neighbour's probability)."""
    if source == target:
        return list(probs)
    out = [1.0] * len(target)
    sm = difflib.SequenceMatcher(a=source, b=target, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        for k, j in enumerate(range(j1, j2)):
            if tag == "equal":
                out[j] = probs[i1 + k]
            elif i2 > i1:
                out[j] = min(probs[i1:i2])
            else:
                neighbours = probs[max(0, i1 - 1):i1 + 1]
                out[j] = min(neighbours) if neighbours else 1.0
    return out


def align_alts(source: str, alts: list[str], target: str) -> list[str]:
    if source == target:
        return list(alts)
    out = [""] * len(target)
    sm = difflib.SequenceMatcher(a=source, b=target, autojunk=False)
    for tag, i1, _i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            for k in range(j2 - j1):
                out[j1 + k] = alts[i1 + k] if i1 + k < len(alts) else ""
    return out
