"""Load scans as gray 300-dpi pages: images (PNG/JPEG/TIFF incl. multi-page, BMP) and PDFs (pypdfium2).

Every failure is a typed error with a plain sentence: not an image, corrupt or encrypted PDF. A blank page is
not an error here; :func:`is_blank` lets the caller report it. A PDF page with its own (visible) text comes with
a :class:`~desktop.services.forms.text_layer.TextLayer`, valid until the iterator moves to the next page. PDFs
are opened with their forms initialised, so values typed into a fillable form are drawn into the rendering;
the page's form widgets (:mod:`~desktop.services.forms.form_fields`) come with it too.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import numpy as np

from desktop.services.forms.errors import EncryptedPdf, UnreadableInput
from desktop.services.forms.form_fields import FormWidget, page_widgets
from desktop.services.forms.text_layer import TextLayer

DPI = 300
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp"}
SCAN_SUFFIXES = IMAGE_SUFFIXES | {".pdf"}


@dataclass
class Page:
    source: Path
    index: int        # 0-based page number inside the source
    image: np.ndarray  # gray uint8, about 300 dpi
    text_layer: TextLayer | None = None  # a born-digital PDF page's text (closed when the iterator moves on)
    widgets: list[FormWidget] = field(default_factory=list)  # a fillable PDF's form fields (render pixels)


def expand_inputs(inputs: list[Path]) -> list[Path]:
    """Files as given, folders expanded to their scans (sorted, not recursive)."""
    out: list[Path] = []
    for p in map(Path, inputs):
        if p.is_dir():
            out.extend(sorted(c for c in p.iterdir() if c.is_file() and c.suffix.lower() in SCAN_SUFFIXES))
        elif not p.exists():
            raise UnreadableInput(f"{p} does not exist.", path=str(p))
        else:
            out.append(p)
    return out


def count_pages(path: Path) -> int:
    path = Path(path)
    if _is_pdf(path):
        pdf = _open_pdf(path)
        try:
            return len(pdf)
        finally:
            pdf.close()
    return sum(1 for _ in _image_frames(path))


def iter_pages(path: Path) -> Iterator[Page]:
    path = Path(path)
    if _is_pdf(path):
        yield from _pdf_pages(path)
        return
    for i, frame in enumerate(_image_frames(path)):
        yield Page(path, i, frame)


def _is_pdf(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise UnreadableInput(f"{path.name} cannot be read: {exc.strerror or exc}.", path=str(path)) from None
    return b"%PDF" in head


def _open_pdf(path: Path):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text or "security" in text:
            raise EncryptedPdf(f"{path.name} is a password-protected PDF; remove the password and try again.",
                               path=str(path)) from None
        raise UnreadableInput(f"{path.name} is a damaged PDF that cannot be opened ({exc}).",
                              path=str(path)) from None


def _pdf_pages(path: Path) -> Iterator[Page]:
    import pypdfium2 as pdfium

    pdf = _open_pdf(path)
    try:
        try:  # before any page is loaded: filled form fields are then drawn into the rendering
            pdf.init_forms()
        except pdfium.PdfiumError:
            pass  # a broken form: the page itself still renders and goes to OCR
        if len(pdf) == 0:
            raise UnreadableInput(f"{path.name} is a PDF without pages.", path=str(path))
        for i in range(len(pdf)):
            try:
                page = pdf[i]
                bitmap = page.render(scale=DPI / 72, grayscale=True)
                arr = np.array(bitmap.to_pil().convert("L"))
            except pdfium.PdfiumError as exc:
                raise UnreadableInput(f"Page {i + 1} of {path.name} cannot be rendered ({exc}).",
                                      path=str(path)) from None
            layer = TextLayer.of(page, bitmap)
            widgets = page_widgets(pdf, page, bitmap)
            try:
                yield Page(path, i, arr, layer, widgets)
            finally:
                if layer is not None:
                    layer.close()
                page.close()
    finally:
        pdf.close()


def _image_frames(path: Path) -> Iterator[np.ndarray]:
    from PIL import Image, ImageSequence, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = 200_000_000
    try:
        im = Image.open(path)
    except (UnidentifiedImageError, OSError):
        raise UnreadableInput(f"{path.name} is neither an image nor a PDF.", path=str(path)) from None
    with im:
        try:
            for frame in ImageSequence.Iterator(im):
                yield _to_300dpi(frame)
        except OSError as exc:
            raise UnreadableInput(f"{path.name} is a damaged image ({exc}).", path=str(path)) from None


def _to_300dpi(frame) -> np.ndarray:
    from PIL import Image

    gray = frame.convert("L")
    dpi = frame.info.get("dpi")
    try:
        x_dpi = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        x_dpi = 0.0
    if 100 <= x_dpi <= 1200 and abs(x_dpi - DPI) > 5:
        f = DPI / x_dpi
        gray = gray.resize((round(gray.width * f), round(gray.height * f)), Image.Resampling.LANCZOS)
    return np.array(gray)


def is_blank(gray: np.ndarray) -> bool:
    """True for an empty page: almost no dark pixels (scanner noise and a faint border tolerated)."""
    small = gray[::4, ::4]
    dark = np.count_nonzero(small < 128)
    return dark < small.size * 0.001
