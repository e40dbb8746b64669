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
from desktop.services.forms.char_classes import class_of
from desktop.services.forms.field_reading import align_alts, align_marks, read_zone, second_reading
from desktop.services.forms.form_fields import Assigned, FormWidget, assign
from desktop.services.forms.ocr_engine import RecognitionEngine, default_engine, get_engine
from desktop.services.forms.registration import NotMatching, Reference, align
from desktop.services.forms.template import Box, Field, Template, find_template
from desktop.services.forms.text_layer import TextLayer, usable
from desktop.services.forms.validate import Problem, normalise_text, validate_group, validate_text

CHECK_THRESHOLD = 0.05     # fill ratio above which a box counts as ticked
SECOND_READING_FROM = 0.5  # fields at least this confident get the second reading that must agree
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
    char_conf: list[float] = field(default_factory=list)   # per character of str(value) (OCR only)
    alts: list[str] = field(default_factory=list)           # the recogniser's runner-up per character
    second: str | None = None                                # the second reading, when one was made

    def doubtful_chars(self, limit: float = 0.9) -> list[int]:
        return [i for i, p in enumerate(self.char_conf) if p < limit]

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
    page_hash: str = ""        # SHA-256 of the decoded page pixels: the same scan read twice has the same hash
    template_path: str = ""    # the template JSON it was read with (a mixed batch has several)

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
    reason: str                # "blank" | "not_matching" | "unreadable" (page 0: the whole file)
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
             text_layer: TextLayer | None = None, widgets: list[FormWidget] | None = None,
             aligned=None) -> Record:
        """Align and read one page; raises :class:`NotMatching` if it is not this form.

        A page scanned at another resolution without saying so is scaled to the reference width first; a page
        fed upside down is tried once turned by 180°, a landscape page by 90° both ways. With the page's PDF ``text_layer`` (its pixels are
        ``gray``'s), text fields are read from it where it has text in the field's box; the page's form
        ``widgets`` (render pixels too) take precedence over both.
        """
        al, pre = aligned or self._align_any_orientation(gray)
        to_template = al.full() @ pre             # input pixels → template pixels
        to_page = np.linalg.inv(to_template)
        img = al.image
        dark_level = dark_threshold(img)

        def layer_text(box: Box) -> str:
            if text_layer is None:
                return ""
            x, y, w, h = box
            corners = np.array([[x, y, 1], [x + w, y, 1], [x, y + h, 1], [x + w, y + h, 1]], float) @ to_page.T
            return text_layer.text_in(corners[:, :2] / corners[:, 2:3], frame=to_template)

        typed = assign(widgets or [], self.template.fields, np.linalg.inv(to_page))
        results = [self._read_field(img, f, dark_level, previews, layer_text, typed) for f in self.template.fields]
        preview = b""
        if previews:
            f = PREVIEW_WIDTH / img.shape[1]
            preview = _jpeg(cv2.resize(img, None, fx=f, fy=f, interpolation=cv2.INTER_AREA))
        return Record(self.template.name, source, page, results, preview, al.angle, page_hash(gray),
                      str(self.template.path or ""))

    def _align_any_orientation(self, gray: np.ndarray):
        """Align upright, else turned by 180° (fed the wrong way round); a landscape page of a portrait form is
        tried turned by 90° both ways. Returns the alignment and the input pixels → aligned-input matrix."""
        h, w = gray.shape
        ref_portrait = self.reference.height >= self.reference.width
        if (h >= w) == ref_portrait:
            turns = [(None, np.eye(3)), (cv2.ROTATE_180, np.array([[-1.0, 0, w - 1], [0, -1.0, h - 1], [0, 0, 1]]))]
        else:
            turns = [(cv2.ROTATE_90_CLOCKWISE, np.array([[0, -1.0, h - 1], [1.0, 0, 0], [0, 0, 1]])),
                     (cv2.ROTATE_90_COUNTERCLOCKWISE, np.array([[0, 1.0, 0], [-1.0, 0, w - 1], [0, 0, 1]]))]
        first: NotMatching | None = None
        for code, rot in turns:
            img = gray if code is None else cv2.rotate(gray, code)
            pre = rot
            ref_w = self.reference.width
            if img.shape[1] and abs(img.shape[1] / ref_w - 1) > 0.15:   # another resolution, not said
                f = ref_w / img.shape[1]
                img = cv2.resize(img, None, fx=f, fy=f, interpolation=cv2.INTER_AREA if f < 1 else cv2.INTER_CUBIC)
                pre = np.diag([f, f, 1.0]) @ rot
            try:
                return align(img, self.reference), pre
            except NotMatching as exc:
                first = first or exc
        raise first  # type: ignore[misc]

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
                    confs.append(min(_tick_confidence(r), _snap_confidence(img, box, dark_level)))
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
        return self._ocr_field(f, tight, crop_image)

    def _ocr_field(self, f: Field, tight: np.ndarray, crop_image: bytes) -> FieldResult:
        """Class-masked reading with per-character probabilities; a second reading must agree before the
        field can count as right without a person."""
        cls = class_of(f)

        def key(t: str) -> str:
            return normalise_text(f.type, t)

        zr = read_zone(self.engine, tight, cls, second=False)
        text = normalise_text(f.type, zr.text)
        value, problems = validate_text(f, text)
        if not problems and zr.confidence >= SECOND_READING_FROM:
            second_reading(self.engine, tight, cls, zr, key)
        marks = align_marks(zr.text, zr.char_probs, str(value) if isinstance(value, str) else text)
        alts = align_alts(zr.text, zr.alts, str(value) if isinstance(value, str) else text)
        return FieldResult(f.name, f.type, zr.raw, value, round(zr.confidence, 4), problems, crop_image,
                           ORIGIN_OCR, [round(p, 3) for p in marks], alts, zr.second)


def dark_threshold(img: np.ndarray) -> float:
    """Gray level below which a pixel is ink (Otsu; a pure black-and-white page gives Otsu 0: then mid-gray)."""
    otsu, _ = cv2.threshold(img[::4, ::4], 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    otsu = float(otsu)
    return 128.0 if otsu < 50 else min(otsu, 200.0)


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
    x0, y0, x1, y1 = snap_checkbox(img, box, dark_level)
    inner = img[y0:y1, x0:x1]
    if inner.size == 0:
        return 0.0
    return float(np.count_nonzero(inner < dark_level)) / inner.size


def snap_checkbox(img: np.ndarray, box, dark_level: float) -> tuple[int, int, int, int]:
    """The inside of the printed box found in the zone (x0, y0, x1, y1), however loosely the zone was drawn.

    The printed box's sides are the outermost rows/columns where ink runs along most of the box; a tick or a
    cross is diagonal and never does. Without such sides (a zone drawn on a bare area) a fixed 1 mm inset."""
    x, y, w, h = box
    m = 6                                        # a zone drawn a little too small still sees the sides
    H, W = img.shape
    X0, Y0, X1, Y1 = max(0, x - m), max(0, y - m), min(W, x + w + m), min(H, y + h + m)
    ink = img[Y0:Y1, X0:X1] < dark_level
    fallback = (x + CHECK_INSET, y + CHECK_INSET, x + w - CHECK_INSET, y + h - CHECK_INSET)
    if ink.size == 0:
        return fallback

    def sides(profile: np.ndarray, span: int) -> tuple[int, int] | None:
        """First and last index of a long run (the two sides), ≥ 40 % of the zone apart."""
        rows = np.nonzero(profile >= 0.5 * span)[0]
        if len(rows) < 2:
            return None
        present = set(rows.tolist())
        lo_end = rows[0]
        while lo_end + 1 in present and lo_end - rows[0] < 12:
            lo_end += 1
        hi_start = rows[-1]
        while hi_start - 1 in present and rows[-1] - hi_start < 12:
            hi_start -= 1
        if hi_start - lo_end < 0.4 * span:
            return None
        return int(lo_end) + 1, int(hi_start)

    # long horizontal runs: count of ink per row is not enough (a cross has many); use the longest run
    def longest_runs(a: np.ndarray) -> np.ndarray:
        out = np.zeros(a.shape[0])
        for i, row in enumerate(a):
            if not row.any():
                continue
            d = np.diff(np.concatenate([[0], row.astype(np.int8), [0]]))
            starts, ends = np.nonzero(d == 1)[0], np.nonzero(d == -1)[0]
            out[i] = (ends - starts).max()
        return out

    rows = sides(longest_runs(ink), ink.shape[1] - 2 * m)
    cols = sides(longest_runs(ink.T), ink.shape[0] - 2 * m)
    if rows is None or cols is None:
        return fallback
    inset = 4                                    # anti-aliasing and a line drawn slightly thicker
    top, bottom = Y0 + rows[0] + inset, Y0 + rows[1] - inset
    left, right = X0 + cols[0] + inset, X0 + cols[1] - inset
    if bottom - top < 8 or right - left < 8:
        return fallback
    return left, top, right, bottom


def printed_box(img: np.ndarray, box) -> tuple[int, int, int, int] | None:
    """The printed square inside a drawn checkbox zone, as (x, y, w, h) of its outline; None if there is none."""
    x0, y0, x1, y1 = snap_checkbox(img, box, dark_threshold(img))
    x, y, w, h = box
    if (x0, y0, x1, y1) == (x + CHECK_INSET, y + CHECK_INSET, x + w - CHECK_INSET, y + h - CHECK_INSET):
        return None
    line = 4 + 3       # snap_checkbox's inset plus the outline itself
    return (x0 - line, y0 - line, x1 - x0 + 2 * line, y1 - y0 + 2 * line)


def _snap_confidence(img: np.ndarray, box, dark_level: float) -> float:
    """1.0 when the printed box was found square and where the template has it; 0.5 otherwise (the page may be
    misaligned there: a stray line in the box would read as a tick)."""
    x0, y0, x1, y1 = snap_checkbox(img, box, dark_level)
    x, y, w, h = box
    if (x0, y0, x1, y1) == (x + CHECK_INSET, y + CHECK_INSET, x + w - CHECK_INSET, y + h - CHECK_INSET):
        return 1.0                     # no printed box in the zone (a bare area): the fixed inset is all we have
    bw, bh = x1 - x0, y1 - y0
    square = 0.8 <= bw / max(bh, 1) <= 1.25
    centred = abs((x0 + x1) / 2 - (x + w / 2)) <= max(6, 0.12 * w) and abs((y0 + y1) / 2 - (y + h / 2)) <= max(6, 0.12 * h)
    return 1.0 if square and centred else 0.5


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


def extract_batch(template: str | list[str], inputs: list[str], *, previews: bool = True, engine: str = "rapidocr",
                  progress: Progress = NO_PROGRESS, cancel: CancelToken = NEVER) -> BatchResult:
    """Read every page of ``inputs`` (files or folders) against ``template`` (name or JSON path) with the
    recognition engine registered as ``engine``.

    With several templates (a mixed pile), each page is matched to the template whose printed lines it
    matches best (every record says which: ``Record.template_path``); a page that matches none is rejected."""
    started = time.monotonic()
    names = [template] if isinstance(template, str) else list(template)
    tpls = [find_template(t) for t in names]
    tpl = tpls[0]
    files = pages_mod.expand_inputs([Path(p) for p in inputs])
    if not files:
        from desktop.services.forms.errors import UnreadableInput

        raise UnreadableInput("No scans were given (folders are searched for PDF and image files).")
    from desktop.services.forms.errors import UnreadableInput

    rejected: list[RejectedPage] = []
    counts: dict[Path, int] = {}
    for p in files:                # header only: one unreadable file is reported, the others are read
        try:
            counts[p] = pages_mod.count_pages(p)
        except UnreadableInput as exc:
            rejected.append(RejectedPage(str(p), 0, "unreadable", str(exc)))
    if not counts:
        raise UnreadableInput(rejected[0].message if len(rejected) == 1 else
                              f"None of the {len(rejected)} files can be read: " + " ".join(r.message for r in rejected))
    total = sum(counts.values())
    progress(0.0, "loading the OCR engine")
    readers = [FormReader(t, engine) for t in tpls]
    records: list[Record] = []
    done = 0
    for path in counts:
        number = 0
        try:
            for page in pages_mod.iter_pages(path):
                cancel.raise_if_cancelled()
                number = page.index + 1
                if pages_mod.is_blank(page.image):
                    rejected.append(RejectedPage(str(path), number, "blank", f"page {number} of {path.name} is blank"))
                else:
                    try:
                        reader, aligned = _best_reader(readers, page.image)
                        rec = reader.read(page.image, str(path), number, previews=previews,
                                          text_layer=page.text_layer, widgets=page.widgets, aligned=aligned)
                        rec.template_path = str(reader.template.path)
                        records.append(rec)
                    except NotMatching as exc:
                        what = " or ".join(t.name for t in tpls)
                        rejected.append(RejectedPage(str(path), number, "not_matching",
                                                     f"page {number} of {path.name} is not a {what} form "
                                                     f"({exc.detail})"))
                done += 1
                progress(done / max(total, 1), f"{done}/{total} pages")
        except UnreadableInput as exc:   # a damaged page: the pages before it are kept, the next file is read
            rejected.append(RejectedPage(str(path), number + 1, "unreadable", str(exc)))
    return BatchResult(str(tpl.path), records, rejected, time.monotonic() - started)


def _best_reader(readers: list["FormReader"], gray: np.ndarray):
    """The reader whose template the page matches best (largest share of its printed lines found)."""
    if len(readers) == 1:
        return readers[0], None
    best = None
    first: NotMatching | None = None
    for reader in readers:
        try:
            al, pre = reader._align_any_orientation(gray)
        except NotMatching as exc:
            first = first or exc
            continue
        if best is None or al.line_overlap > best[1][0].line_overlap:
            best = (reader, (al, pre))
    if best is None:
        raise first  # type: ignore[misc]
    return best


def page_hash(gray: np.ndarray) -> str:
    import hashlib

    h = hashlib.sha256()
    h.update(f"{gray.shape[0]}x{gray.shape[1]}:".encode())
    h.update(np.ascontiguousarray(gray).tobytes())
    return h.hexdigest()


def image_size(data: bytes) -> tuple[int, int]:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as im:
        return im.size
