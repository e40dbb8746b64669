"""Fillable PDFs (AcroForm, made with reportlab) read from their form fields; flattened ones still by OCR (real).

reportlab's AcroForm fields only take the 14 standard fonts, so the typed values are ASCII (postal code, phone);
the Japanese fields are printed in the background picture and read by OCR (rapidocr) on the same page.
"""
import numpy as np
import pytest

from desktop.services.forms import pages, sample_form
from desktop.services.forms.extract import ORIGIN_FILL, ORIGIN_FORM_FIELD, ORIGIN_OCR, extract_batch
from tests.services.forms.conftest import bundled_template_path
from tests.services.forms.test_extract import expected_value

PT = 72 / 300
TYPED = {"郵便番号": "123-4567", "電話番号": "03-1234-5678"}
GROUP_TICKED = 1            # 印鑑登録証明書
PICTURE = ("申請日", "フリガナ", "氏名", "生年月日", "住所")  # printed in the background, read by OCR


def write_fillable(path, specs):
    """One page per spec: the form with PICTURE values as background image, typed values in text fields, the
    certificate kinds and 郵送希望 as checkbox fields; an empty text field over 氏名. ``rotate=90``: stored
    sideways with /Rotate 90 inside a larger media box with a crop box (fields placed accordingly)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    width, height = sample_form.PAGE[0] * PT, sample_form.PAGE[1] * PT
    entries = {e["name"]: e for e in sample_form.layout().fields}
    blank = sample_form.draw_blank()
    c = canvas.Canvas(str(path), pagesize=(width, height))
    for n, spec in enumerate(specs):
        values = spec["values"]
        margin = 40 if spec.get("rotate") else 0

        def place(box, margin=margin):  # template pixels → (x, y, w, h) in PDF points of this page
            x, y, w, h = (v * PT for v in box)
            if margin:   # drawn turned: upright PDF (X, Y) → (height + margin - Y, X + margin), Y = height - y
                return y + margin, x + margin, h, w
            return x, height - y - h, w, h

        c.setPageSize((width + 2 * margin, height + 2 * margin))  # reportlab swaps it for /Rotate 90
        c.setPageRotation(spec.get("rotate", 0))
        c.setCropBox((margin, margin, margin + height, margin + width) if margin else None)
        c.saveState()
        if margin:
            c.transform(0, 1, -1, 0, height + margin, margin)
        picture = sample_form.draw_filled({k: values[k] for k in PICTURE}, blank)
        c.drawImage(ImageReader(picture), 0, 0, width, height)
        c.restoreState()
        form = c.acroForm
        for name, value in [*TYPED.items(), ("氏名", "")]:
            x, y, w, h = place(entries[name]["box"])
            form.textfield(name=f"p{n}_{name}", value=value, x=x, y=y, width=w, height=h, fontName="Helvetica",
                           fontSize=16, borderWidth=0, fillColor=None, borderColor=None)
        checks = [(f"p{n}_kind{i}", o["box"], i == GROUP_TICKED)
                  for i, o in enumerate(entries[sample_form.GROUP_NAME]["options"])]
        checks.append((f"p{n}_mail", entries[sample_form.MAIL_NAME]["box"], True))
        for name, box, ticked in checks:
            x, y, w, _h = place(box)
            form.checkbox(name=name, checked=ticked, x=x, y=y, size=w, buttonStyle="check", borderWidth=0,
                          fillColor=None, borderColor=None)
        c.showPage()
    c.save()
    return path


def fillable_values(i):
    values = sample_form.sample_values(i)
    values.update(TYPED)
    values[sample_form.GROUP_NAME] = [sample_form.GROUP_OPTIONS[GROUP_TICKED]]
    values[sample_form.MAIL_NAME] = True
    return values


SPECS = [{"values": fillable_values(0)}, {"values": fillable_values(3), "rotate": 90}]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fillable")
    fillable = write_fillable(tmp / "fillable.pdf", SPECS)
    flat = sample_form.write_pdf(tmp / "flattened.pdf", [{"values": fillable_values(0), "image_only": True}])
    return fillable, flat


@pytest.fixture(scope="module")
def batch(pdfs):
    return extract_batch(str(bundled_template_path()), [str(p) for p in pdfs], previews=False)


def check_values(template, record, values):
    for f in record.fields:
        assert f.value == expected_value(template, f.name, values[f.name]), (record.page, f.name, f.raw_text)
        assert f.problems == [], (record.page, f.name)


def test_form_field_values_are_read_from_the_widgets(batch, template):
    fillable = [r for r in batch.records if r.source.endswith("fillable.pdf")]
    assert [r.page for r in fillable] == [1, 2] and batch.rejected == []
    for rec, spec in zip(fillable, SPECS):     # upright, and sideways with /Rotate 90 and a crop box
        check_values(template, rec, spec["values"])
        for name in (*TYPED, sample_form.GROUP_NAME, sample_form.MAIL_NAME):
            assert (rec.field(name).origin, rec.field(name).confidence) == (ORIGIN_FORM_FIELD, 1.0), name
        # the empty text field over 氏名 falls back to OCR of what is printed there
        assert rec.field("氏名").origin == ORIGIN_OCR
        assert {rec.field(n).origin for n in PICTURE} == {ORIGIN_OCR}


def test_a_flattened_pdf_still_goes_through_ocr(batch, template):
    flat = [r for r in batch.records if r.source.endswith("flattened.pdf")]
    assert len(flat) == 1
    check_values(template, flat[0], SPECS[0]["values"])
    assert all(f.origin in (ORIGIN_OCR, ORIGIN_FILL) for f in flat[0].fields)


def test_typed_values_are_drawn_into_the_rendering(pdfs, template):
    blank = np.asarray(sample_form.draw_blank())
    page = next(pages.iter_pages(pdfs[0]))
    assert {w.value for w in page.widgets if w.kind == "text"} == {*TYPED.values(), ""}
    for name in (*TYPED, sample_form.MAIL_NAME):
        x, y, w, h = template.field(name).box
        inset = 14
        zone = (slice(y + inset, y + h - inset), slice(x + inset, x + w - inset))
        assert np.count_nonzero(blank[zone] < 128) == 0
        assert np.count_nonzero(page.image[zone] < 128) > 50, name   # forms initialised: the value is shown


def test_without_the_raw_form_api_the_rendering_is_read_by_ocr(pdfs, template, monkeypatch):
    """An older pypdfium2 without FPDFAnnot_IsChecked: no widgets, the drawn values go through OCR/fill."""
    import pypdfium2.raw as pdfium_c

    monkeypatch.delattr(pdfium_c, "FPDFAnnot_IsChecked")
    result = extract_batch(str(bundled_template_path()), [str(pdfs[0])], previews=False)
    rec = result.records[0]
    check_values(template, rec, SPECS[0]["values"])
    assert ORIGIN_FORM_FIELD not in {f.origin for f in rec.fields}
