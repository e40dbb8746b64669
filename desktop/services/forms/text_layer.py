"""The text layer of a born-digital PDF page: a field's value read from the PDF's own text, without OCR.

A page rendered at 300 dpi keeps its pypdfium2 text page and the bitmap↔page coordinate converter
(``PdfBitmap.get_posconv``, i.e. ``FPDF_DeviceToPage``: page rotation, crop box and the bottom-left origin of
PDF points are all taken into account). :meth:`TextLayer.text_in` takes a box's corners in render pixels and
returns the characters whose centre lies in its bounding rectangle (PDF points) **in visual order**: grouped
into lines by position and read left to right, not in content-stream order (a form whose 「令和　年　月　日」 is
printed first and the typed digits added later would otherwise read 「令和年月日7 11 10」). A gap wider than half
a character becomes a space.

Not trusted (the page goes to OCR instead): a page without characters (a scan saved as PDF), and a page with
invisible text (render mode 3) — that is a scanner's own OCR layer ("searchable PDF"), often wrong for
Japanese, which must not be taken at confidence 1.0. Text with control or replacement characters (a font
without a Unicode map) is not used either; :func:`usable` says so per field.

A ``TextLayer`` is valid only while the page iterator that made it is at its page (see ``pages.iter_pages``).
"""
from __future__ import annotations

import unicodedata
from typing import Iterable


class TextLayer:
    def __init__(self, textpage, posconv, chars: int) -> None:
        self._textpage = textpage
        self._posconv = posconv
        self.chars = chars
        self._boxes: list[tuple[str, float, float, float, float]] | None = None

    @classmethod
    def of(cls, page, bitmap) -> TextLayer | None:
        """The trusted text layer of a rendered ``page``, or None (no text, or an invisible OCR layer)."""
        import pypdfium2 as pdfium

        try:
            if _has_invisible_text(page):
                return None
            textpage = page.get_textpage()
        except pdfium.PdfiumError:
            return None
        chars = textpage.count_chars()
        if chars <= 0:
            textpage.close()
            return None
        return cls(textpage, bitmap.get_posconv(page), chars)

    def text_in(self, corners: Iterable[tuple[float, float]], frame=None) -> str:
        """The text inside the bounding rectangle of ``corners`` (render pixels, y down), in the reading order of
        ``frame`` (3×3 render pixels → the upright form's pixels; default: the render itself)."""
        corners = list(corners)
        xs = [x for x, _y in corners]
        ys = [y for _x, y in corners]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        inside = [c for c in self._char_boxes() if x0 <= (c[1] + c[3]) / 2 <= x1 and y0 <= (c[2] + c[4]) / 2 <= y1]
        if frame is not None:
            inside = [_mapped(c, frame) for c in inside]
        return visual_order(inside)

    def _char_boxes(self) -> list[tuple[str, float, float, float, float]]:
        """(char, left, top, right, bottom) in render pixels (y down, the page's rotation applied) for every
        visible character of the page."""
        if self._boxes is None:
            boxes = []
            for i in range(self.chars):
                ch = self._textpage.get_text_range(i, 1)
                if not ch or ch.isspace():
                    continue
                left, bottom, right, top = self._textpage.get_charbox(i, loose=True)  # advance box
                if right - left <= 0 and top - bottom <= 0:
                    continue
                a = self._posconv.to_bitmap(left, bottom)
                b = self._posconv.to_bitmap(right, top)
                boxes.append((ch, min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])))
            self._boxes = boxes
        return self._boxes

    def close(self) -> None:
        self._textpage.close()


def _has_invisible_text(page) -> bool:
    import pypdfium2.raw as pdfium_c

    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_TEXT,)):
        if pdfium_c.FPDFTextObj_GetTextRenderMode(obj.raw) == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE:
            return True
    return False


def usable(text: str) -> bool:
    """True if ``text`` has visible characters and none that betray a font without a Unicode map."""
    if not text.strip():
        return False
    for ch in text:
        if ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Co", "Cs") and ch not in "\r\n\t"):
            return False
    return True


def _mapped(c, m) -> tuple[str, float, float, float, float]:
    import numpy as np

    pts = np.array([[c[1], c[2], 1.0], [c[3], c[2], 1.0], [c[1], c[4], 1.0], [c[3], c[4], 1.0]]) @ np.asarray(m).T
    pts = pts[:, :2] / pts[:, 2:3]
    return (c[0], float(pts[:, 0].min()), float(pts[:, 1].min()), float(pts[:, 0].max()), float(pts[:, 1].max()))


def visual_order(chars: list[tuple[str, float, float, float, float]]) -> str:
    """Characters (char, left, top, right, bottom; y down) as read: lines top to bottom, each left to right; a
    gap wider than half the line's character height is a space; lines are joined by a space."""
    if not chars:
        return ""
    lines: list[list] = []
    for c in sorted(chars, key=lambda c: (c[2] + c[4]) / 2):
        mid = (c[2] + c[4]) / 2
        for line in lines:
            top = min(x[2] for x in line)
            bottom = max(x[4] for x in line)
            slack = 0.1 * (bottom - top)
            if top - slack <= mid <= bottom + slack:
                line.append(c)
                break
        else:
            lines.append([c])
    out = []
    for line in lines:
        line.sort(key=lambda c: c[1])
        height = max(max(c[4] - c[2] for c in line), 1.0)
        text = line[0][0]
        for prev, c in zip(line, line[1:]):
            if c[1] - prev[3] > 0.5 * height:
                text += " "
            text += c[0]
        out.append(text)
    return " ".join(out)
