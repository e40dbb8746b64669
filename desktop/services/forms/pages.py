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

from desktop.services.forms.errors import EncryptedPdf, PageTooLarge, UnreadableInput
from desktop.services.forms.form_fields import FormWidget, page_widgets
from desktop.services.forms.text_layer import TextLayer

DPI = 300
MAX_PIXELS = 80_000_000     # A3 at 600 dpi is 70 MP; beyond this a page is decoded reduced (JPEG) or refused
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
    return _count_frames(path)


def _count_frames(path: Path) -> int:
    """Frames of an image file from its header (nothing is decoded)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as im:
            return int(getattr(im, "n_frames", 1) or 1)
    except Image.DecompressionBombError:
        return 1   # reported when the page is read
    except (UnidentifiedImageError, OSError):
        raise UnreadableInput(f"{path.name} is neither an image nor a PDF.", path=str(path)) from None


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
                pw, ph = page.get_size()
                scale = min(DPI / 72, (MAX_PIXELS / max(pw * ph, 1.0)) ** 0.5)  # a poster-sized page: bounded
                bitmap = page.render(scale=scale, grayscale=True)
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

    try:
        with _open_bounded(path) as im:
            try:
                for frame in ImageSequence.Iterator(im):
                    yield _to_300dpi(frame, path)
            except OSError as exc:
                raise UnreadableInput(f"{path.name} is a damaged image ({exc}).", path=str(path)) from None
    except (UnidentifiedImageError, Image.DecompressionBombError) as exc:
        if isinstance(exc, Image.DecompressionBombError):
            raise PageTooLarge(f"{path.name} is too large to be a scanned page ({exc}).", path=str(path)) from None
        raise UnreadableInput(f"{path.name} is neither an image nor a PDF.", path=str(path)) from None


def _open_bounded(path: Path):
    """Open an image checking its pixel count from the header before anything is decoded."""
    from PIL import Image, UnidentifiedImageError

    import warnings

    try:
        with warnings.catch_warnings():   # the pixel count is checked below, with our own limit
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(path)
    except Image.DecompressionBombError:
        raise
    except (UnidentifiedImageError, OSError):
        raise UnidentifiedImageError(str(path)) from None
    w, h = im.size
    if w * h > MAX_PIXELS:
        if im.format == "JPEG":     # libjpeg decodes at 1/2, 1/4, 1/8 directly: bounded memory
            im.draft("L", (w // max(2, int(np.ceil(np.sqrt(w * h / MAX_PIXELS)))), 1))
            if im.size[0] * im.size[1] <= MAX_PIXELS:
                return im
        im.close()
        raise PageTooLarge(f"{path.name} is {w}×{h} pixels ({w * h / 1e6:.0f} megapixels); a scanned page has at "
                           f"most {MAX_PIXELS // 1_000_000} megapixels. Scan it at 300 dpi.", path=str(path))
    return im


def _dpi_of(frame) -> tuple[float, float]:
    """The page's (x, y) resolution: TIFF tags when present (a FAX is 200×100 dpi), else the ``dpi`` info."""
    x = y = 0.0
    tags = getattr(frame, "tag_v2", None)
    try:
        if tags is not None and 282 in tags and 283 in tags:
            x, y = float(tags[282]), float(tags[283])
            if tags.get(296, 2) == 3:      # resolution unit: centimetre
                x, y = x * 2.54, y * 2.54
    except (TypeError, ValueError, ZeroDivisionError):
        x = y = 0.0
    if not (x and y):
        dpi = frame.info.get("dpi")
        try:
            x, y = float(dpi[0]), float(dpi[1])
        except (TypeError, ValueError, IndexError):
            x = y = 0.0
    return x, y


def _to_300dpi(frame, path: Path | None = None) -> np.ndarray:
    """Gray page at 300 dpi in both directions (a FAX at 200×100 dpi is stretched 1.5× and 3×)."""
    from PIL import Image

    gray = frame.convert("L")
    x_dpi, y_dpi = _dpi_of(frame)
    if not (50 <= x_dpi <= 1200 and 50 <= y_dpi <= 1200):
        return np.array(gray)
    fx, fy = DPI / x_dpi, DPI / y_dpi
    if abs(fx - 1) > 0.02 or abs(fy - 1) > 0.02:
        size = (round(gray.width * fx), round(gray.height * fy))
        if size[0] * size[1] > MAX_PIXELS:
            raise PageTooLarge(f"{getattr(path, 'name', 'the page')} would be {size[0]}×{size[1]} pixels at 300 dpi.",
                               path=str(path or ""))
        gray = gray.resize(size, Image.Resampling.BICUBIC if fx > 1 or fy > 1 else Image.Resampling.LANCZOS)
    return np.array(gray)


def is_blank(gray: np.ndarray) -> bool:
    """True for an empty page: almost no dark pixels (scanner noise and a faint border tolerated)."""
    small = gray[::4, ::4]
    dark = np.count_nonzero(small < 128)
    return dark < small.size * 0.001
