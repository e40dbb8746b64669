"""The text layer of a born-digital PDF page: a field's value read from the PDF's own text, without OCR.

A page rendered at 300 dpi keeps its pypdfium2 text page and the bitmap↔page coordinate converter
(``PdfBitmap.get_posconv``, i.e. ``FPDF_DeviceToPage``: page rotation, crop box and the bottom-left origin of
PDF points are all taken into account). :meth:`TextLayer.text_in` takes a box's corners in render pixels and
returns ``PdfTextPage.get_text_bounded`` of its bounding rectangle in PDF points.

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

    def text_in(self, corners: Iterable[tuple[float, float]]) -> str:
        """The text inside the bounding rectangle of ``corners`` (render pixels, y down)."""
        points = [self._posconv.to_page(int(round(x)), int(round(y))) for x, y in corners]
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        return self._textpage.get_text_bounded(min(xs), min(ys), max(xs), max(ys))

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
