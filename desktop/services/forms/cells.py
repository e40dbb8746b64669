"""Table cells of a blank form, for the template editor's snap: the ruled lines around a drawn rectangle.

:func:`snap_to_cell` looks for the four ruled lines (horizontal and vertical, found with a morphological opening
of the ink by a long thin kernel, so text strokes drop out) nearest each edge of a rectangle the user drew, and
returns the cell's interior: the pixels between the inner edges of those lines. It snaps only when every edge
moves at most ``tolerance`` px and no other ruled line crosses the interior (the rectangle covers one cell, not
two); otherwise None, and the drawn rectangle stays as it is. Qt-free; gray uint8 image, 0 = black.
"""
from __future__ import annotations

import cv2
import numpy as np

Box = tuple[int, int, int, int]

DEFAULT_TOLERANCE = 32     # px at 300 dpi ≈ 2.7 mm: how far an edge may move when it snaps
MIN_COVER = 0.6            # a ruled line runs along at least this share of the drawn edge
MIN_INTERIOR = 8           # px: a narrower "cell" is a double line, not a cell
MAX_GAP = 2                # px of paper inside one ruled line (noise) that still count as the line


def _ink_threshold(gray: np.ndarray) -> float:
    """Otsu on a subsample (a pure black-and-white page gives 0: then mid-gray), as the reader does."""
    otsu, _ = cv2.threshold(np.ascontiguousarray(gray[::4, ::4]), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return 128.0 if float(otsu) < 50 else min(float(otsu), 200.0)


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """(first, last) index of each run of True (runs at most MAX_GAP apart are one)."""
    out: list[tuple[int, int]] = []
    start = None
    for i, on in enumerate(flags.tolist()):
        if on and start is None:
            start = i
        elif not on and start is not None:
            out.append((start, i - 1))
            start = None
    if start is not None:
        out.append((start, len(flags) - 1))
    merged: list[tuple[int, int]] = []
    for run in out:          # a noisy scan breaks a line into parts a pixel or two apart: one line
        if merged and run[0] - merged[-1][1] <= MAX_GAP + 1:
            merged[-1] = (merged[-1][0], run[1])
        else:
            merged.append(run)
    return merged


def _pick(runs: list[tuple[int, int]], offset: int, low: int, high: int, tolerance: int):
    """The line whose inner edge is nearest the drawn edges ``low`` (a line before it; inner edge = after the
    line) and ``high`` (a line after it; inner edge = its first pixel); (low_edge, high_edge) or None."""
    befores = [(abs(offset + b + 1 - low), offset + b + 1, i) for i, (_a, b) in enumerate(runs)
               if abs(offset + b + 1 - low) <= tolerance]
    afters = [(abs(offset + a - high), offset + a, i) for i, (a, _b) in enumerate(runs)
              if abs(offset + a - high) <= tolerance]
    if not befores or not afters:
        return None
    _d, lo, i = min(befores)
    _d, hi, j = min(afters)
    if j != i + 1 or hi - lo < MIN_INTERIOR:   # another line inside, or the same line twice
        return None
    return lo, hi


def snap_to_cell(gray: np.ndarray, box: Box, tolerance: int = DEFAULT_TOLERANCE) -> Box | None:
    """The interior (x, y, w, h) of the table cell ``box`` was drawn around, or None if there is no such cell
    within ``tolerance`` px of every edge."""
    x, y, w, h = (int(v) for v in box)
    if w < MIN_INTERIOR or h < MIN_INTERIOR or gray.ndim != 2:
        return None
    height, width = gray.shape
    margin = tolerance + 12
    x0, y0 = max(0, x - margin), max(0, y - margin)
    x1, y1 = min(width, x + w + margin), min(height, y + h + margin)
    if x1 - x0 < MIN_INTERIOR or y1 - y0 < MIN_INTERIOR:
        return None
    ink = (gray[y0:y1, x0:x1] < _ink_threshold(gray)).astype(np.uint8)
    h_len, v_len = max(15, int(0.5 * w)), max(15, int(0.5 * h))
    horiz = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (h_len, 1)))
    vert = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, v_len)))
    cols = slice(max(0, x - x0), min(x1, x + w) - x0)
    rows = slice(max(0, y - y0), min(y1, y + h) - y0)
    row_cover = horiz[:, cols].mean(axis=1) >= MIN_COVER
    col_cover = vert[rows, :].mean(axis=0) >= MIN_COVER
    ys = _pick(_runs(row_cover), y0, y, y + h, tolerance)
    xs = _pick(_runs(col_cover), x0, x, x + w, tolerance)
    if ys is None or xs is None:
        return None
    (left, right), (top, bottom) = xs, ys
    return left, top, right - left, bottom - top
