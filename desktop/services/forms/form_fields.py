"""Values typed into a fillable PDF form (AcroForm widgets), read directly with pdfium's form API.

Many municipal application PDFs are fillable: what the applicant typed lives in widget annotations, neither in
the page's text nor (unless forms are initialised) in its rendering. ``pages`` calls ``PdfDocument.init_forms()``
so the rendered page shows the values (OCR and checkbox fill ratio see them), and :func:`page_widgets` reads
each widget's own value: a text field's text (``FPDFAnnot_GetFormFieldValue``) or a checkbox / radio button's
state (``FPDFAnnot_IsChecked``), with its rectangle (``FPDFAnnot_GetRect``, PDF points) turned into render
pixels by the bitmap's ``PdfPosConv`` (page rotation, crop box and the bottom-left origin are handled as in
``text_layer``). ``extract`` maps those rectangles through the registration into template pixels and uses a
widget for the field (or checkbox option) whose box it overlaps most.

Everything here degrades to "no widgets" (the page goes through the text layer / OCR as before): a pypdfium2
without the raw functions, a document without forms, a widget whose value cannot be read.
"""
from __future__ import annotations

import ctypes
from dataclasses import dataclass

KIND_TEXT = "text"
KIND_CHECK = "check"


@dataclass(frozen=True)
class FormWidget:
    kind: str                                  # KIND_TEXT | KIND_CHECK
    name: str                                  # the form field's name (for messages only)
    value: str                                 # text widgets: the typed value ("" if none)
    checked: bool                              # check widgets: ticked
    corners: tuple[tuple[float, float], ...]   # the widget rectangle's 4 corners in render pixels (y down)


def page_widgets(pdf, page, bitmap) -> list[FormWidget]:
    """The text and checkbox/radio widgets of ``page`` (rendered as ``bitmap``); [] when unavailable."""
    formenv = getattr(pdf, "formenv", None)
    if not formenv:
        return []
    try:
        import pypdfium2.raw as c

        needed = ("FPDFPage_GetAnnotCount", "FPDFPage_GetAnnot", "FPDFPage_CloseAnnot", "FPDFAnnot_GetSubtype",
                  "FPDFAnnot_GetFormFieldType", "FPDFAnnot_GetFormFieldValue", "FPDFAnnot_GetRect",
                  "FPDFAnnot_IsChecked")
        if not all(hasattr(c, n) for n in needed):
            return []
        posconv = bitmap.get_posconv(page)
        form = formenv.raw if hasattr(formenv, "raw") else formenv
        out: list[FormWidget] = []
        for i in range(c.FPDFPage_GetAnnotCount(page.raw)):
            annot = c.FPDFPage_GetAnnot(page.raw, i)
            if not annot:
                continue
            try:
                widget = _widget(c, form, annot, posconv)
            finally:
                c.FPDFPage_CloseAnnot(annot)
            if widget is not None:
                out.append(widget)
        return out
    except Exception:  # noqa: BLE001 - a damaged form must not stop the page: OCR still reads it
        return []


def _widget(c, form, annot, posconv) -> FormWidget | None:
    if c.FPDFAnnot_GetSubtype(annot) != c.FPDF_ANNOT_WIDGET:
        return None
    ftype = c.FPDFAnnot_GetFormFieldType(form, annot)
    if ftype == c.FPDF_FORMFIELD_TEXTFIELD:
        kind = KIND_TEXT
    elif ftype in (c.FPDF_FORMFIELD_CHECKBOX, c.FPDF_FORMFIELD_RADIOBUTTON):
        kind = KIND_CHECK
    else:
        return None
    rect = c.FS_RECTF()
    if not c.FPDFAnnot_GetRect(annot, rect):
        return None
    corners = tuple(posconv.to_bitmap(x, y) for x, y in ((rect.left, rect.top), (rect.right, rect.top),
                                                          (rect.left, rect.bottom), (rect.right, rect.bottom)))
    name = _utf16(lambda buf, n: c.FPDFAnnot_GetFormFieldName(form, annot, buf, n)) \
        if hasattr(c, "FPDFAnnot_GetFormFieldName") else ""
    if kind == KIND_TEXT:
        value = _utf16(lambda buf, n: c.FPDFAnnot_GetFormFieldValue(form, annot, buf, n))
        return FormWidget(kind, name, value, False, corners)
    return FormWidget(kind, name, "", bool(c.FPDFAnnot_IsChecked(form, annot)), corners)


def _utf16(call) -> str:
    """A pdfium FPDF_WIDESTRING getter: ask for the length (bytes incl. the terminator), then the text."""
    n = call(None, 0)
    if n <= 2:
        return ""
    buf = ctypes.create_string_buffer(n)
    call(ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)), n)
    return buf.raw[:n - 2].decode("utf-16-le", errors="replace")


@dataclass
class Assigned:
    texts: dict[str, str]                # text field name → the value of the widget(s) in its box
    checks: dict[tuple[str, int], bool]  # (checkbox field name, option index; 0 for a single checkbox) → ticked


def assign(widgets: list[FormWidget], fields, to_template) -> Assigned:
    """Give each widget to the template box it overlaps most (template pixels; ``to_template`` is the 3×3
    matrix render pixels → template pixels). A text widget goes to a text field, a checkbox or radio button to
    a checkbox (or a group's option). The overlap must be at least ``MIN_SHARE`` of the smaller of the two;
    an empty text widget is left out (the field is read from the rendering). Several text widgets in one box
    are joined left to right with a space; several checkbox widgets on one box count as ticked if any is."""
    import numpy as np

    text_boxes = [(f.name, 0, f.box) for f in fields if f.box is not None and "checkbox" not in f.type]
    check_boxes = [(f.name, i, b) for f in fields if "checkbox" in f.type for i, b in enumerate(f.boxes())]
    texts: dict[str, list[tuple[float, str]]] = {}
    checks: dict[tuple[str, int], bool] = {}
    m = np.asarray(to_template, float)
    for w in widgets:
        if w.kind == KIND_TEXT and not w.value.strip():
            continue
        pts = np.array([[x, y, 1.0] for x, y in w.corners]) @ m.T
        if pts.shape[1] == 3:      # a 3×3 (possibly perspective) matrix
            pts = pts[:, :2] / pts[:, 2:3]
        rect = (pts[:, 0].min(), pts[:, 1].min(), pts[:, 0].max(), pts[:, 1].max())
        target = _best(rect, text_boxes if w.kind == KIND_TEXT else check_boxes)
        if target is None:
            continue
        if w.kind == KIND_TEXT:
            texts.setdefault(target[0], []).append((rect[0], w.value))
        else:
            checks[target] = checks.get(target, False) or w.checked
    return Assigned({k: " ".join(v for _x, v in sorted(parts)) for k, parts in texts.items()}, checks)


MIN_SHARE = 0.3   # of the smaller of widget and box that must overlap


def _best(rect, boxes) -> tuple[str, int] | None:
    x0, y0, x1, y1 = rect
    area_w = max(x1 - x0, 1e-6) * max(y1 - y0, 1e-6)
    best, best_area = None, 0.0
    for name, idx, (bx, by, bw, bh) in boxes:
        ix = min(x1, bx + bw) - max(x0, bx)
        iy = min(y1, by + bh) - max(y0, by)
        if ix <= 0 or iy <= 0:
            continue
        inter = ix * iy
        if inter >= MIN_SHARE * min(area_w, bw * bh) and inter > best_area:
            best, best_area = (name, idx), inter
    return best
