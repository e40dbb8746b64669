"""Born-digital PDFs (reportlab, IPAexGothic embedded) are read from their text layer, scans by OCR (real both)."""
import pytest

from desktop.services.forms import sample_form
from desktop.services.forms.extract import ORIGIN_FILL, ORIGIN_OCR, ORIGIN_TEXT_LAYER, extract_batch
from desktop.services.forms.ocr_engine import default_engine, get_engine, register_engine
from tests.services.forms.conftest import bundled_template_path
from tests.services.forms.test_extract import expected_value

TEXT_TYPES = ("text", "kana", "date_wareki", "date", "postal", "phone", "number")


class CountingEngine:
    """The real rapidocr engine, counting the zones it is asked to read."""

    name = "counting-rapidocr"

    def __init__(self):
        self.inner = default_engine()
        self.calls = 0

    def recognise(self, crop):
        self.calls += 1
        return self.inner.recognise(crop)


PAGES = [
    {"values": sample_form.sample_values(0)},                                    # born-digital
    {"values": sample_form.sample_values(1), "image_only": True},                # a scan inside the same PDF
    {"values": sample_form.sample_values(2), "raster": ["電話番号"]},            # one value only as a picture
    {"values": sample_form.sample_values(3), "rotate": 90, "shift": (14, -20, 0.97)},  # /Rotate, CropBox, margins
    {"values": sample_form.sample_values(4), "image_only": True,                 # searchable scan: wrong OCR layer
     "hidden": {"氏名": "誤読太郎", "住所": "東京都", "電話番号": "03-0000-0000"}},
    {"values": sample_form.sample_values(5), "upside_down": True},               # turned 180° before alignment
    {"values": sample_form.sample_values(1), "page_scale": 1.41},                # A4 form on an A3 page
]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    path = sample_form.write_pdf(tmp_path_factory.mktemp("pdf") / "mixed.pdf", PAGES)
    register_engine(CountingEngine.name, CountingEngine)
    engine = get_engine(CountingEngine.name)
    before = engine.calls
    batch = extract_batch(str(bundled_template_path()), [str(path)], previews=False, engine=CountingEngine.name)
    return batch, engine.calls - before


def check_values(template, record, values):
    for f in record.fields:
        assert f.value == expected_value(template, f.name, values[f.name]), (record.page, f.name, f.raw_text)
        assert f.problems == [], (record.page, f.name)


def test_born_digital_pages_are_read_from_the_text_layer_without_ocr(mixed, template):
    batch, _calls = mixed
    assert [r.page for r in batch.records] == [1, 2, 3, 4, 5, 6, 7] and batch.rejected == []
    # upright; sideways with /Rotate 90, a crop box and shifted, scaled content; upside down; on a bigger page
    for number in (1, 4, 6, 7):
        rec = batch.records[number - 1]
        check_values(template, rec, PAGES[number - 1]["values"])
        for f in rec.fields:
            if f.type in TEXT_TYPES:
                assert (f.origin, f.confidence) == (ORIGIN_TEXT_LAYER, 1.0), (number, f.name)
            else:
                assert f.origin == ORIGIN_FILL
        assert not rec.needs_review(0.99)


def test_ocr_reads_only_zones_without_text(mixed, template):
    batch, calls = mixed
    scan, stamped = batch.records[1], batch.records[2]
    check_values(template, scan, PAGES[1]["values"])
    assert {f.origin for f in scan.fields if f.type in TEXT_TYPES} == {ORIGIN_OCR}
    check_values(template, stamped, PAGES[2]["values"])
    assert [f.name for f in stamped.fields if f.origin == ORIGIN_OCR] == ["電話番号"]
    assert stamped.field("電話番号").confidence < 1.0
    # 7 zones of the scanned page, 1 of the stamped page, 7 of the searchable scan; none of pages 1, 4, 6, 7;
    # each zone read twice (the second, differently preprocessed reading that must agree)
    assert calls == 2 * (7 + 1 + 7)


def test_an_invisible_ocr_layer_is_not_trusted(mixed, template):
    batch, _calls = mixed
    rec = batch.records[4]
    check_values(template, rec, PAGES[4]["values"])  # what is printed, not the hidden "誤読太郎"
    assert {f.origin for f in rec.fields if f.type in TEXT_TYPES} == {ORIGIN_OCR}


def test_the_origin_survives_the_review_store(mixed):
    from desktop.services.forms.review_store import ReviewStore

    batch, _calls = mixed
    store = ReviewStore()
    ids = store.add_batch(batch)
    assert store.get(ids[0]).fields[2].origin == ORIGIN_TEXT_LAYER
    assert store.get(ids[1]).fields[2].origin == ORIGIN_OCR
