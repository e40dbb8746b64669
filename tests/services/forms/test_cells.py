"""The template editor's table-cell snap (Qt-free) on a table drawn with OpenCV: known interiors, tolerance."""
import cv2
import numpy as np
import pytest

from desktop.services.forms.cells import DEFAULT_TOLERANCE, snap_to_cell

# a 3×2 table: ruled lines at these positions (thickness below), text in the cells
XS = (200, 700, 1500, 2200)
YS = (300, 480, 700)
THICK = 4


def _table(noise: bool = False) -> tuple[np.ndarray, dict]:
    img = np.full((1000, 2400), 255, np.uint8)
    for x in XS:
        cv2.line(img, (x, YS[0]), (x, YS[-1]), 0, THICK)
    for y in YS:
        cv2.line(img, (XS[0], y), (XS[-1], y), 0, THICK)
    cv2.rectangle(img, (XS[0], YS[0]), (XS[-1], YS[-1]), 0, 8)    # a thick outer border, as printed forms have
    for i, text in enumerate(("NAME", "ADDRESS", "TEL")):          # labels and values near the cell edges
        cv2.putText(img, text, (XS[i] + 14, YS[0] + 60), cv2.FONT_HERSHEY_SIMPLEX, 1.6, 0, 4)
        cv2.putText(img, "-" * 12, (XS[i] + 14, YS[1] + 200), cv2.FONT_HERSHEY_SIMPLEX, 1.6, 0, 4)
    if noise:
        rng = np.random.default_rng(7)
        img = np.clip(img.astype(np.int16) + rng.normal(0, 25, img.shape), 0, 255).astype(np.uint8)
    # the measured interior of each cell: the first and last white pixel between the lines
    interiors = {}
    clean = img if not noise else _table(False)[0]
    for r in range(len(YS) - 1):
        for c in range(len(XS) - 1):
            cx, cy = (XS[c] + XS[c + 1]) // 2, (YS[r] + YS[r + 1]) // 2
            col = clean[:, cx] < 128
            row = clean[cy, :] < 128
            top = max(i for i in range(cy) if col[i]) + 1
            bottom = min(i for i in range(cy, len(col)) if col[i])
            left = max(i for i in range(cx) if row[i]) + 1
            right = min(i for i in range(cx, len(row)) if row[i])
            interiors[(r, c)] = (left, top, right - left, bottom - top)
    return img, interiors


def _close(a, b, px=2):
    return a is not None and all(abs(p - q) <= px for p, q in zip(a, b))


@pytest.mark.parametrize("noise", [False, True])
@pytest.mark.parametrize("cell", [(0, 0), (0, 1), (1, 2)])
@pytest.mark.parametrize("offset", [(-20, -15, 25, 18), (12, 10, -14, -9), (0, 0, 0, 0)])
def test_a_rectangle_near_a_cell_snaps_to_its_interior(cell, offset, noise):
    img, interiors = _table(noise)
    x, y, w, h = interiors[cell]
    dl, dt, dr, db = offset                    # each edge moved by up to 25 px (outside or inside the cell)
    drawn = (x + dl, y + dt, w - dl + dr, h - dt + db)
    assert _close(snap_to_cell(img, drawn), interiors[cell])


def test_never_snaps_across_more_than_the_tolerance():
    img, interiors = _table()
    x, y, w, h = interiors[(0, 1)]
    far = DEFAULT_TOLERANCE + 6
    assert snap_to_cell(img, (x + far, y, w - far, h)) is None            # the left edge is too far in
    assert snap_to_cell(img, (x, y - far, w, h + far)) is None            # the top edge too far out
    assert snap_to_cell(img, (x + 300, y + 40, 200, 60)) is None          # a rectangle in the middle of a cell
    assert _close(snap_to_cell(img, (x + far, y, w - far, h), tolerance=far + 2), interiors[(0, 1)])


def test_a_rectangle_over_two_cells_or_on_a_blank_page_is_not_snapped():
    img, interiors = _table()
    a, b = interiors[(0, 0)], interiors[(0, 1)]
    assert snap_to_cell(img, (a[0], a[1], b[0] + b[2] - a[0], a[3])) is None   # spans the line between them
    assert snap_to_cell(np.full((1000, 2400), 255, np.uint8), a) is None
