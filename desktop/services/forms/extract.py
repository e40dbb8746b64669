"""Extraction: pages → registration → zone OCR / checkbox fill → normalise → validate → records.

:func:`extract_batch` is the call the UI and CLI run in a child process (``run_in_child``); it takes plain values
and returns a picklable :class:`BatchResult`. Pages that do not match the template, and blank pages, are
returned as :class:`RejectedPage` (reported, never guessed). An unreadable file raises (nothing half-done).

A born-digital PDF page is read from its text layer where a text field's box has text (confidence 1.0, origin
``text_layer``): the box is mapped from template pixels through the inverse of the registration transform to
render pixels, then to PDF points. Fields whose box has no text (a scanned page inside the PDF, a value stamped
as an image) fall back to OCR; checkboxes use the fill ratio.

A fillable PDF's form widgets (values typed into AcroForm fields) come first: a text widget's value is used for
the text field whose box it overlaps most, a checkbox/radio widget's state for the checkbox (option) it overlaps
(confidence 1.0, origin ``form_field``); see :mod:`~desktop.services.forms.form_fields`. Empty widgets fall
back to the text layer / OCR of the rendering (which shows the form's values, forms being initialised).
"""
from __future__ import annotations

import io
import time
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from desktop.services.common.jobs import NEVER, NO_PROGRESS, CancelToken, Progress
from desktop.services.forms import pages as pages_mod
from desktop.services.forms.form_fields import Assigned, FormWidget, assign
from desktop.services.forms.ocr_engine import RecognitionEngine, default_engine, get_engine
from desktop.services.forms.registration import NotMatching, Reference, align
from desktop.services.forms.template import Box, Field, Template, find_template
from desktop.services.forms.text_layer import TextLayer, usable
from desktop.services.forms.validate import Problem, normalise_text, validate_group, validate_text

CHECK_THRESHOLD = 0.05     # fill ratio above which a box counts as ticked
CHECK_INSET = 12           # px at 300 dpi = 1 mm, keeps the printed box outline out
PREVIEW_WIDTH = 1240       # page previews at ~150 dpi

# where a field's value came from (FieldResult.origin)
ORIGIN_OCR = "ocr"                # the zone's image (recognition engine; also an empty zone)
ORIGIN_TEXT_LAYER = "text_layer"  # the PDF's own text inside the zone, no OCR
ORIGIN_FILL = "fill_ratio"        # checkbox ink inside the box
ORIGIN_FORM_FIELD = "form_field"  # a fillable PDF's form field (AcroForm widget) value, no OCR


@dataclass
class FieldResult:
    name: str
    type: str
    raw_text: str              # what the engine read (or the fill ratios for checkboxes)
    value: object              # typed value (str, date, int, bool, list[str]) or None
    confidence: float
    problems: list[Problem] = field(default_factory=list)
    crop_image: bytes = b""
    origin: str = ORIGIN_OCR

    def needs_review(self, threshold: float) -> bool:
        return bool(self.problems) or self.confidence < threshold


@dataclass
class Record:
    template: str
    source: str
    page: int                  # 1-based
    fields: list[FieldResult]
    preview_image: bytes = b""
    angle: float = 0.0

    def needs_review(self, threshold: float) -> bool:
        return any(f.needs_review(threshold) for f in self.fields)

    def field(self, name: str) -> FieldResult:
        return next(f for f in self.fields if f.name == name)

    def values(self) -> dict[str, object]:
        return {f.name: f.value for f in self.fields}


@dataclass
class RejectedPage:
    source: str
    page: int                  # 1-based
    reason: str                # "blank" | "not_matching"
    message: str


@dataclass
class BatchResult:
    template_path: str
    records: list[Record]
    rejected: list[RejectedPage]
    seconds: float = 0.0


class FormReader:
    """Reads pages of one template (keeps the reference features and the OCR engine between pages)."""

    def __init__(self, template: Template, engine: RecognitionEngine | str | None = None) -> None:
        self.template = template
        ref = cv2.imdecode(np.fromfile(str(template.image_path), np.uint8), cv2.IMREAD_GRAYSCALE)
        if ref is None:
            from PIL import Image

            with Image.open(template.image_path) as im:
                ref = np.array(im.convert("L"))
        self.reference = Reference(ref)
        self.engine = get_engine(engine) if isinstance(engine, str) else (engine or default_engine())

    def read(self, gray: np.ndarray, source: str = "", page: int = 1, *, previews: bool = True,
             text_layer: TextLayer | None = None, widgets: list[FormWidget] | None = None) -> Record:
        """Align and read one page; raises :class:`NotMatching` if it is not this form.

        A page scanned at another resolution without saying so is scaled to the reference width first; a page
        fed upside down is tried once turned by 180°. With the page's PDF ``text_layer`` (its pixels are
        ``gray``'s), text fields are read from it where it has text in the field's box; the page's form
        ``widgets`` (render pixels too) take precedence over both.
        """
        ref_w = self.reference.width
        pre = np.eye(3)                       # the input page's pixels → the pixels given to align()
        if gray.shape[1] and abs(gray.shape[1] / ref_w - 1) > 0.15:
            f = ref_w / gray.shape[1]
            gray = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA if f < 1 else cv2.INTER_CUBIC)
            pre = np.diag([f, f, 1.0])
        try:
            al = align(gray, self.reference)
        except NotMatching as first:
            try:
                al = align(cv2.rotate(gray, cv2.ROTATE_180), self.reference)
            except NotMatching:
                raise first from None
            h, w = gray.shape
            pre = np.array([[-1.0, 0, w - 1], [0, -1.0, h - 1], [0, 0, 1]]) @ pre
        to_page = np.linalg.inv(np.vstack([al.matrix, [0, 0, 1]]) @ pre)  # template pixels → input pixels
        img = al.image
        otsu, _ = cv2.threshold(img[::4, ::4], 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        dark_level = min(float(otsu), 200.0)

        def layer_text(box: Box) -> str:
            if text_layer is None:
                return ""
            x, y, w, h = box
            corners = np.array([[x, y, 1], [x + w, y, 1], [x, y + h, 1], [x + w, y + h, 1]], float) @ to_page.T
            return text_layer.text_in(corners[:, :2])

        typed = assign(widgets or [], self.template.fields, np.linalg.inv(to_page))
        results = [self._read_field(img, f, dark_level, previews, layer_text, typed) for f in self.template.fields]
        preview = b""
        if previews:
            f = PREVIEW_WIDTH / img.shape[1]
            preview = _jpeg(cv2.resize(img, None, fx=f, fy=f, interpolation=cv2.INTER_AREA))
        return Record(self.template.name, source, page, results, preview, al.angle)

    def _read_field(self, img: np.ndarray, f: Field, dark_level: float, previews: bool,
                    layer_text, typed: Assigned) -> FieldResult:
        if f.type in ("checkbox", "checkbox_group"):
            ticks, confs, raws = [], [], []
            for i, box in enumerate(f.boxes()):
                if (f.name, i) in typed.checks:     # the form field's own state
                    ticks.append(typed.checks[(f.name, i)])
                    confs.append(1.0)
                    raws.append("on" if ticks[-1] else "off")
                else:
                    r = _fill_ratio(img, box, dark_level)
                    ticks.append(r > CHECK_THRESHOLD)
                    confs.append(_tick_confidence(r))
                    raws.append(f"{r:.3f}")
            from_form = all((f.name, i) in typed.checks for i in range(len(ticks)))
            origin = ORIGIN_FORM_FIELD if from_form else ORIGIN_FILL
            raw = " ".join(raws)
            crop = _jpeg(_crop_union(img, f.boxes())) if previews else b""
            if f.type == "checkbox":
                return FieldResult(f.name, f.type, raw, ticks[0], min(confs), [], crop, origin)
            chosen = [o.label for o, t in zip(f.options, ticks) if t]
            return FieldResult(f.name, f.type, raw, chosen, min(confs), validate_group(f, chosen), crop, origin)
        x, y, w, h = f.box  # type: ignore[misc]
        zone = img[y:y + h, x:x + w]
        crop_image = _jpeg(zone) if previews else b""
        raw = typed.texts.get(f.name, "")
        if usable(raw):
            value, problems = validate_text(f, normalise_text(f.type, raw))
            return FieldResult(f.name, f.type, raw, value, 1.0, problems, crop_image, ORIGIN_FORM_FIELD)
        raw = layer_text(f.box)
        if usable(raw):
            value, problems = validate_text(f, normalise_text(f.type, raw))
            return FieldResult(f.name, f.type, raw, value, 1.0, problems, crop_image, ORIGIN_TEXT_LAYER)
        tight = _tight_text_crop(zone, dark_level)
        if tight is None:
            value, problems = validate_text(f, "")
            return FieldResult(f.name, f.type, "", value, 1.0, problems, crop_image)
        raw, conf = self.engine.recognise(tight)
        text = normalise_text(f.type, raw)
        value, problems = validate_text(f, text)
        return FieldResult(f.name, f.type, raw, value, conf, problems, crop_image)


def _jpeg(gray: np.ndarray) -> bytes:
    """Crops and previews for the review page, as JPEG (a noisy scan's PNG is 5× bigger)."""
    ok, buf = cv2.imencode(".jpg", gray, [cv2.IMWRITE_JPEG_QUALITY, 80])
    return buf.tobytes() if ok else b""


def _crop_union(img: np.ndarray, boxes) -> np.ndarray:
    x0 = min(b[0] for b in boxes) - 10
    y0 = min(b[1] for b in boxes) - 10
    x1 = max(b[0] + b[2] for b in boxes) + 10
    y1 = max(b[1] + b[3] for b in boxes) + 10
    if len(boxes) > 1:
        x1 += 360  # include the first words of the last option's label
    h, w = img.shape
    return img[max(0, y0):min(h, y1), max(0, x0):min(w, x1)]


def _fill_ratio(img: np.ndarray, box, dark_level: float) -> float:
    x, y, w, h = box
    inner = img[y + CHECK_INSET:y + h - CHECK_INSET, x + CHECK_INSET:x + w - CHECK_INSET]
    if inner.size == 0:
        return 0.0
    return float(np.count_nonzero(inner < dark_level)) / inner.size


def _tick_confidence(ratio: float) -> float:
    """1.0 far from the threshold, 0.5 right at it (a faint or stray mark goes to review)."""
    distance = abs(ratio - CHECK_THRESHOLD) / (0.6 * CHECK_THRESHOLD)
    return round(0.5 + 0.5 * min(1.0, distance), 3)


def _tight_text_crop(zone: np.ndarray, dark_level: float) -> np.ndarray | None:
    """The zone cut to its ink (plus margin), with ruled lines that strayed in removed; None if empty."""
    ink = (zone < dark_level).astype(np.uint8)
    h, w = ink.shape
    # remove long straight lines (cell borders that came into the box because of misalignment)
    horiz = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(20, w // 3), 1)))
    vert = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(20, int(h * 0.9)))))
    lines = cv2.dilate(horiz | vert, np.ones((3, 3), np.uint8))
    ink = ink & (1 - lines)
    ink = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))  # speckle noise
    if np.count_nonzero(ink) < 40:
        return None
    ys, xs = np.nonzero(ink)
    x0, x1 = np.percentile(xs, [0.2, 99.8]).astype(int)
    y0, y1 = ys.min(), ys.max()
    if (x1 - x0) < 8 or (y1 - y0) < 8:
        return None
    pad = max(6, (y1 - y0) // 4)
    cleaned = zone.copy()
    cleaned[lines.astype(bool)] = 255
    crop = cleaned[max(0, y0 - pad):y1 + pad + 1, max(0, x0 - pad):x1 + pad + 1]
    return np.pad(crop, ((pad, pad), (pad, pad)), constant_values=255)


def extract_batch(template: str, inputs: list[str], *, previews: bool = True, engine: str = "rapidocr",
                  progress: Progress = NO_PROGRESS, cancel: CancelToken = NEVER) -> BatchResult:
    """Read every page of ``inputs`` (files or folders) against ``template`` (name or JSON path) with the
    recognition engine registered as ``engine``."""
    started = time.monotonic()
    tpl = find_template(template)
    files = pages_mod.expand_inputs([Path(p) for p in inputs])
    if not files:
        from desktop.services.forms.errors import UnreadableInput

        raise UnreadableInput("No scans were given (folders are searched for PDF and image files).")
    total = sum(pages_mod.count_pages(p) for p in files)  # fails early on unreadable input
    progress(0.0, "loading the OCR engine")
    reader = FormReader(tpl, engine)
    records: list[Record] = []
    rejected: list[RejectedPage] = []
    done = 0
    for path in files:
        for page in pages_mod.iter_pages(path):
            cancel.raise_if_cancelled()
            number = page.index + 1
            if pages_mod.is_blank(page.image):
                rejected.append(RejectedPage(str(path), number, "blank", f"page {number} of {path.name} is blank"))
            else:
                try:
                    records.append(reader.read(page.image, str(path), number, previews=previews,
                                               text_layer=page.text_layer, widgets=page.widgets))
                except NotMatching as exc:
                    rejected.append(RejectedPage(str(path), number, "not_matching",
                                                 f"page {number} of {path.name} is not a {tpl.name} form "
                                                 f"({exc.detail})"))
            done += 1
            progress(done / max(total, 1), f"{done}/{total} pages")
    return BatchResult(str(tpl.path), records, rejected, time.monotonic() - started)


def image_size(data: bytes) -> tuple[int, int]:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as im:
        return im.size
