"""Real OCR (rapidocr) on forms rendered with IPAexGothic, clean and degraded like scans."""
import datetime as dt

import numpy as np
import pytest

from desktop.services.forms import sample_form
from desktop.services.forms.registration import NotMatching
from desktop.services.common.edit_distance import levenshtein
from desktop.services.forms.validate import normalise_text


def expected_value(template, name, value):
    f = template.field(name)
    if f.type == "date_wareki":
        from desktop.services.common.wareki import parse_wareki

        return parse_wareki(value)
    return value


def test_every_field_correct_on_clean_300dpi_renders(reader, template, blank):
    for i in range(3):
        values = sample_form.sample_values(i)
        rec = reader.read(np.asarray(sample_form.draw_filled(values, blank)), "clean.png", 1)
        for f in rec.fields:
            assert f.value == expected_value(template, f.name, values[f.name]), (i, f.name, f.raw_text)
            assert f.problems == []
        assert not rec.needs_review(0.9)


def test_wareki_dates_are_converted_to_real_dates(reader, blank):
    values = sample_form.sample_values(5)  # 平成元年1月8日, the first day of Heisei
    rec = reader.read(np.asarray(sample_form.draw_filled(values, blank)))
    assert values["生年月日"] == "平成元年1月8日"
    assert rec.field("生年月日").value == dt.date(1989, 1, 8)
    assert isinstance(rec.field("申請日").value, dt.date)


def test_degraded_scans_field_cer_at_most_one_percent_and_checkboxes_exact(reader, template, degraded_set):
    errors = chars = 0
    boxes = boxes_ok = 0
    for values, scan in degraded_set:
        rec = reader.read(scan, "scan.jpg", 1, previews=False)
        for f in rec.fields:
            want = values[f.name]
            if f.type == "checkbox":
                boxes += 1
                boxes_ok += f.value == want
            elif f.type == "checkbox_group":
                boxes += len(template.field(f.name).options)
                boxes_ok += sum((o.label in f.value) == (o.label in want) for o in template.field(f.name).options)
            else:
                truth = normalise_text(f.type, want)
                errors += levenshtein(normalise_text(f.type, f.raw_text), truth)
                chars += len(truth)
    cer = errors / chars
    print(f"field CER on {len(degraded_set)} degraded scans: {cer:.4%} ({errors}/{chars}); "
          f"checkboxes {boxes_ok}/{boxes}")
    assert chars > 500
    assert cer <= 0.01
    assert boxes_ok == boxes == len(degraded_set) * 4


def test_invalid_date_and_postal_are_flagged_not_accepted(reader, blank):
    values = sample_form.sample_values(1) | {"生年月日": "令和7年2月30日", "郵便番号": "12-3456",
                                             "電話番号": "5321-1111"}
    rec = reader.read(np.asarray(sample_form.draw_filled(values, blank)))
    assert [p.code for p in rec.field("生年月日").problems] == ["invalid_date"]
    assert rec.field("生年月日").value is None
    assert [p.code for p in rec.field("郵便番号").problems] == ["invalid_postal"]
    assert [p.code for p in rec.field("電話番号").problems] == ["invalid_phone"]
    assert rec.needs_review(0.0)


def test_two_ticks_in_an_exactly_one_group_go_to_review(reader, blank):
    values = sample_form.sample_values(0) | {"証明書の種類": ["住民票の写し", "課税証明書"]}
    rec = reader.read(np.asarray(sample_form.draw_filled(values, blank)))
    f = rec.field("証明書の種類")
    assert f.value == ["住民票の写し", "課税証明書"]
    assert [p.code for p in f.problems] == ["group_multiple"]


def test_page_of_another_form_is_rejected_not_guessed(reader):
    rng = np.random.default_rng(7)
    for scan in (np.asarray(sample_form.draw_other_form()), sample_form.degrade(sample_form.draw_other_form(), rng)):
        with pytest.raises(NotMatching):
            reader.read(scan)


def test_empty_field_is_empty_and_required_flagged(reader, blank):
    values = sample_form.sample_values(2) | {"氏名": "", "電話番号": ""}
    rec = reader.read(np.asarray(sample_form.draw_filled(values, blank)))
    assert rec.field("氏名").value == "" and rec.field("氏名").problems[0].code == "required"
    assert rec.field("電話番号").value == "" and rec.field("電話番号").problems == []


def test_crops_and_preview_are_images_of_the_zones(reader, blank):
    from desktop.services.forms.extract import image_size

    rec = reader.read(np.asarray(sample_form.draw_filled(sample_form.sample_values(0), blank)))
    w, h = image_size(rec.field("氏名").crop_image)
    box = reader.template.field("氏名").box
    assert (w, h) == (box[2], box[3])
    assert image_size(rec.preview_image)[0] == 1240


def test_upside_down_and_unlabelled_600dpi_scans_are_read(reader, blank):
    import cv2

    values = sample_form.sample_values(4)
    page = np.asarray(sample_form.draw_filled(values, blank))
    upside_down = cv2.rotate(page, cv2.ROTATE_180)
    assert reader.read(upside_down).field("氏名").value == "渡辺健"
    big = cv2.resize(page, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)  # 600 dpi, no dpi tag
    assert reader.read(big).field("住所").value == values["住所"]


def test_a_pluggable_engine_is_used_for_every_text_zone(template, blank):
    from desktop.services.forms.extract import FormReader
    from desktop.services.forms.ocr_engine import register_engine

    class Recorder:
        """A stand-in for a bureau AI-OCR client: records the crops it is given."""
        name = "recorder"

        def __init__(self):
            self.shapes = []

        def recognise(self, crop):
            self.shapes.append(crop.shape)
            return "", 0.0

    register_engine("recorder", Recorder)
    r = FormReader(template, "recorder")
    rec = r.read(np.asarray(sample_form.draw_filled(sample_form.sample_values(0), blank)))
    assert len(r.engine.shapes) == 7 and all(h < 150 for h, _w in r.engine.shapes)  # tight single-line crops
    assert rec.field("氏名").confidence == 0.0 and rec.needs_review(0.9)
