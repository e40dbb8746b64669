"""Real inputs (issue #10): FAX resolutions, huge pages and bombs, bad files in a batch, bureau templates, checkbox
zones drawn loosely, look-alike characters, born-digital PDFs in visual order, digit strings in the ledger."""
import json
import shutil
import struct
import tracemalloc
import zlib

import numpy as np
import pytest
from PIL import Image

from desktop.services.forms import char_classes, pages, sample_form
from desktop.services.forms.errors import PageTooLarge
from desktop.services.forms.extract import extract_batch, snap_checkbox
from tests.services.forms.conftest import bundled_template_path, save_png


def _png(path, width, height, mode_bits=1):
    """A valid PNG of ``width``×``height`` zeros written row by row (never held in memory as pixels)."""
    color_type, bpp = (0, mode_bits), mode_bits
    row = b"\x00" + bytes((width * bpp + 7) // 8)
    comp = zlib.compressobj(9)
    data = b"".join(comp.compress(row) for _ in range(height)) + comp.flush()

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, color_type[1], color_type[0], 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", data) + chunk(b"IEND", b""))
    return path


@pytest.mark.parametrize("ydpi", [100, 200])
def test_fax_tiff_with_anisotropic_dpi_is_stretched_to_300_dpi_both_ways(tmp_path, ydpi):
    page = sample_form.draw_blank()
    fax = page.resize((round(page.width * 200 / 300), round(page.height * ydpi / 300))).point(
        lambda v: 255 if v > 150 else 0).convert("1")
    path = tmp_path / "fax.tif"
    fax.save(path, compression="group3", dpi=(200, ydpi))
    (read,) = pages.iter_pages(path)
    assert abs(read.image.shape[0] - 3508) <= 3 and abs(read.image.shape[1] - 2480) <= 3


def test_fax_standard_resolution_form_is_read_not_rejected(tmp_path):
    values = sample_form.sample_values(2)
    filled = sample_form.draw_filled(values)
    fax = filled.resize((filled.width * 2 // 3, filled.height // 3)).point(lambda v: 255 if v > 150 else 0).convert("1")
    fax.save(tmp_path / "fax.tif", compression="group3", dpi=(200, 100))
    batch = extract_batch(str(bundled_template_path()), [str(tmp_path / "fax.tif")], previews=False)
    assert batch.rejected == [] and len(batch.records) == 1
    assert batch.records[0].field("電話番号").value == values["電話番号"]


def test_decompression_bomb_is_a_typed_error_with_bounded_memory(tmp_path):
    bomb = _png(tmp_path / "bomb.png", 25000, 25000)
    tracemalloc.start()
    try:
        assert pages.count_pages(bomb) == 1          # from the header: nothing decoded
        with pytest.raises(PageTooLarge, match="too large"):
            list(pages.iter_pages(bomb))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 50_000_000


def test_a_144_megapixel_page_is_refused_before_decoding(tmp_path):
    huge = _png(tmp_path / "poster.png", 12000, 12000, mode_bits=8)
    tracemalloc.start()
    try:
        with pytest.raises(PageTooLarge, match="144 megapixels"):
            list(pages.iter_pages(huge))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 50_000_000


def test_one_bad_file_in_a_folder_is_reported_and_the_rest_is_read(tmp_path):
    folder = tmp_path / "scans"
    folder.mkdir()
    save_png(sample_form.draw_filled(sample_form.sample_values(1)), folder / "a.png")
    _png(folder / "b_bomb.png", 25000, 25000)
    (folder / "c_broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 truncated")
    batch = extract_batch(str(bundled_template_path()), [str(folder)], previews=False)
    assert [r.field("氏名").value for r in batch.records] == ["佐藤花子"]
    assert sorted((r.reason, r.source.rsplit("/", 1)[-1]) for r in batch.rejected) == [
        ("unreadable", "b_bomb.png"), ("unreadable", "c_broken.jpg")]
    assert "too large" in next(r.message for r in batch.rejected if r.source.endswith("b_bomb.png"))


def test_templates_beside_the_policy_file_are_listed_and_used_read_only(tmp_path, monkeypatch):
    from desktop.services.forms.template import find_template, is_read_only, list_templates

    policy = tmp_path / "bureau" / "policy.toml"
    policy.parent.mkdir()
    policy.write_text("", encoding="utf-8")
    monkeypatch.setenv("TOSEI_DESK_POLICY", str(policy))
    folder = policy.parent / "forms" / "kyoku"
    shutil.copytree(bundled_template_path().parent, folder)
    data = json.loads((folder / "template.json").read_text(encoding="utf-8"))
    data["name"] = "局の申請書"
    (folder / "template.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    names = [t.name for _p, t in list_templates()]
    assert "局の申請書" in names and "証明書交付申請書" in names
    tpl = find_template("局の申請書")
    assert is_read_only(tpl.path)
    save_png(sample_form.draw_filled(sample_form.sample_values(0)), tmp_path / "s.png")
    batch = extract_batch("局の申請書", [str(tmp_path / "s.png")], previews=False)
    assert batch.records[0].template == "局の申請書" and batch.records[0].field("氏名").value == "山田太郎"


@pytest.mark.parametrize("grow", [0, 8, 12, -4])
def test_checkbox_zone_drawn_larger_or_smaller_snaps_to_the_printed_box(grow):
    from PIL import ImageDraw

    img = Image.new("L", (400, 300), 255)
    d = ImageDraw.Draw(img)
    boxes = [(50, 100, 72, 72), (250, 100, 72, 72)]
    for x, y, w, h in boxes:
        d.rectangle([x, y, x + w, y + h], outline=0, width=5)
    x, y, w, h = boxes[0]   # a tick in the first box only, running over its edge
    d.line([(x + 12, y + h * 0.5), (x + w * 0.42, y + h - 12), (x + w + 18, y - 22)], fill=0, width=10)
    arr = np.asarray(img)
    from desktop.services.forms.extract import _fill_ratio

    ratios = []
    for bx, by, bw, bh in boxes:
        zone = (bx - grow, by - grow, bw + 2 * grow, bh + 2 * grow)
        x0, y0, x1, y1 = snap_checkbox(arr, zone, 128)
        assert abs(x0 - (bx + 9)) <= 3 and abs(y0 - (by + 9)) <= 3 and abs(x1 - (bx + bw - 9)) <= 3
        ratios.append(_fill_ratio(arr, zone, 128))
    assert ratios[0] > 0.1 and ratios[1] < 0.01      # the empty box's own outline is not counted as a tick


@pytest.mark.parametrize("cls, read, want", [
    ("katakana", "パ一ク卜", "パークト"),                          # in a katakana field everything is katakana
    ("text", "グリ一ンハイツ", "グリーンハイツ"),                  # ー between katakana
    ("text", "西新宿ー丁目", "西新宿一丁目"),                      # 一 between kanji
    ("text", "コー卜502", "コート502"),                            # 卜 after katakana
    ("text", "东京都锦町", "東京都錦町"),                          # simplified → Japanese forms
    ("text", "山田　太郎", "山田　太郎"),                          # the full-width space stays
])
def test_look_alikes_are_mapped_by_context(cls, read, want):
    assert char_classes.repair(cls, read) == want


def test_class_masks_exclude_what_a_field_cannot_contain():
    assert char_classes.allows("katakana", "ー") and not char_classes.allows("katakana", "一")
    assert char_classes.allows("katakana", "）") and not char_classes.allows("katakana", "卜")
    assert char_classes.allows("digits", "0") and not char_classes.allows("digits", "O")
    assert char_classes.allows("date", "令") and not char_classes.allows("date", "爷")
    assert char_classes.allows("text", "錦") and not char_classes.allows("text", "锦")


def test_masked_decoding_reads_a_katakana_long_vowel_not_the_kanji_one(reader):
    """Real rapidocr on a rendered name: in a katakana field the long vowel mark comes out as ー."""
    from PIL import ImageDraw, ImageFont

    from benchmarks.forms_eval import layouts
    from desktop.services.forms.field_reading import read_zone

    img = Image.new("L", (900, 110), 255)
    ImageDraw.Draw(img).text((20, 20), "カ）ブルーリーフ　ハーモニー", font=ImageFont.truetype(sample_form.font_path(), 60), fill=0)
    zr = read_zone(reader.engine, np.asarray(img), "katakana")
    assert "一" not in zr.text and zr.text.count("ー") == 4        # four long vowel marks, no kanji one
    assert all(char_classes.allows("katakana", c) for c in zr.text)
    assert len(zr.char_probs) == len(zr.text) and " " in zr.text   # the word gap is kept as a space
    del layouts


def test_born_digital_pdf_reads_a_printed_era_date_in_visual_order(tmp_path):
    """The printed 「令和　年　月　日」 comes first in the content stream, the typed digits after it."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from desktop.services.forms.text_layer import TextLayer

    font = "IPAexGothic-order"
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(font, sample_form.font_path()))
    path = tmp_path / "date.pdf"
    c = canvas.Canvas(str(path), pagesize=(400, 100))
    c.setFont(font, 14)
    for x, t in ((20, "令和"), (90, "年"), (150, "月"), (210, "日")):
        c.drawString(x, 50, t)
    for x, t in ((65, "7"), (120, "11"), (180, "10")):
        c.drawString(x, 50, t)
    c.save()
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    page = pdf[0]
    bitmap = page.render(scale=300 / 72, grayscale=True)
    layer = TextLayer.of(page, bitmap)
    w, h = bitmap.width, bitmap.height
    text = layer.text_in([(0, 0), (w, 0), (0, h), (w, h)])
    layer.close()
    page.close()
    pdf.close()
    from desktop.services.common.wareki import parse_wareki

    assert text.replace(" ", "") == "令和7年11月10日"
    assert parse_wareki(text.replace(" ", "")).isoformat() == "2025-11-10"


def test_digit_strings_are_text_in_the_ledger(tmp_path):
    import datetime as dt

    import openpyxl

    from desktop.services.forms import ledger
    from desktop.services.forms.template import Field, Template

    tpl = Template("口座", [Field("口座番号", "digits", (0, 0, 10, 10))], tmp_path / "blank.png")
    row = ledger.LedgerRow("r1", {"口座番号": "0923724"}, {"口座番号": 0.99}, "a.png", 1, "tanaka",
                           dt.datetime(2025, 1, 1, 9, 0))
    ledger.append_rows(tmp_path / "l.xlsx", tpl, [row])
    cell = openpyxl.load_workbook(tmp_path / "l.xlsx")[ledger.MAIN_SHEET].cell(2, 1)
    assert cell.value == "0923724" and cell.number_format == "@"
    from desktop.services.forms.validate import normalise_text, validate_text

    assert validate_text(tpl.fields[0], normalise_text("digits", "０９２ ３７２４")) == ("0923724", [])
    assert [p.code for p in validate_text(tpl.fields[0], normalise_text("digits", "09237２A"))[1]] == ["not_digits"]


def test_cli_sorts_a_mixed_pile_by_form_and_lists_bureau_templates(tmp_path, monkeypatch, capsys):
    from benchmarks.forms_eval import layouts
    from benchmarks.forms_eval.generate import generate
    from desktop.cli import main as cli_main

    if not layouts.available_value_fonts():
        pytest.skip("value fonts missing")
    policy = tmp_path / "bureau" / "policy.toml"
    policy.parent.mkdir()
    policy.write_text("", encoding="utf-8")
    monkeypatch.setenv("TOSEI_DESK_POLICY", str(policy))
    out = tmp_path / "eval"
    truth = generate(out, 2, seed=5, conditions=("clean",))
    shutil.copytree(out / "templates", policy.parent / "forms")
    assert cli_main(["forms", "templates"]) == 0
    listed = capsys.readouterr().out
    assert "児童手当口座振替申請書" in listed and "施設利用申込書" in listed and "証明書交付申請書" in listed
    pile = tmp_path / "pile"
    pile.mkdir()
    for t in truth:
        shutil.copy(out / "pages" / t["file"], pile / t["file"])
    save_png(sample_form.draw_filled(sample_form.sample_values(4)), pile / "z_sample.png")
    ledgers = tmp_path / "ledgers"
    assert cli_main(["forms", "extract", "--template", "児童手当口座振替申請書", "--template", "施設利用申込書",
                     "--template", "証明書交付申請書", str(pile), "--out", str(ledgers),
                     "--review-threshold", "0"]) == 0
    printed = capsys.readouterr().out
    assert "児童手当口座振替申請書: 1 form(s)" in printed and "施設利用申込書: 1 form(s)" in printed
    assert "証明書交付申請書: 1 form(s)" in printed
    import openpyxl

    from desktop.services.forms.ledger import MAIN_SHEET

    kyufu = next(t for t in truth if t["layout"] == "kyufu")
    ws = openpyxl.load_workbook(ledgers / "児童手当口座振替申請書_台帳.xlsx")[MAIN_SHEET]
    header = [c.value for c in ws[1]]
    assert ws.max_row == 2 and ws.cell(2, header.index("氏名") + 1).value == kyufu["values"]["氏名"]
    ws = openpyxl.load_workbook(ledgers / "証明書交付申請書_台帳.xlsx")[MAIN_SHEET]
    assert ws.max_row == 2 and "渡辺健" in [c.value for c in ws[2]]
