from __future__ import annotations

import datetime as dt

import docx
import pypdfium2
import pytest

from desktop.services.send.cover_sheet import CoverSheet, find_japanese_font, render_docx, render_pdf
from desktop.services.send.errors import CoverFontMissing

SHEET = CoverSheet(sender_name="山田 太郎", sender_org="東京都 総務局", recipients=["新宿区 企画課 佐藤 花子"],
                   subject="令和8年度 会議資料の送付", attachments=[("資料一.pdf", 3), ("名簿.xlsx", None)],
                   message="ご確認のほどよろしくお願いいたします。", date=dt.date(2026, 4, 1))


def pdf_text(path) -> str:
    doc = pypdfium2.PdfDocument(str(path))
    try:
        return "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def test_pdf_cover_sheet_has_embedded_japanese_font_and_both_dates(tmp_path):
    out = render_pdf(SHEET, tmp_path / "送付状.pdf")
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"/FontFile2" in data       # the TrueType font is embedded
    text = pdf_text(out).replace("\r", "")
    for needle in ("送", "令和8年4月1日", "2026年4月1日", "山田 太郎", "新宿区 企画課 佐藤 花子", "資料一.pdf",
                   "名簿.xlsx", "ご確認のほど", "令和8年度 会議資料の送付"):
        assert needle in text, needle


def test_docx_cover_sheet(tmp_path):
    out = render_docx(SHEET, tmp_path / "送付状.docx")
    document = docx.Document(str(out))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert "令和8年4月1日（2026年4月1日）" in cells
    assert any("佐藤 花子" in c for c in cells)
    assert abs(document.sections[0].page_width.mm - 210) < 1


def test_font_search_reports_clearly(tmp_path, monkeypatch):
    with pytest.raises(CoverFontMissing, match="does not exist"):
        find_japanese_font(tmp_path / "nope.ttf")
    import desktop.services.send.cover_sheet as cs

    monkeypatch.setattr(cs, "SYSTEM_FONT_CANDIDATES", ())
    monkeypatch.setattr(cs, "_font_candidates", lambda explicit: [tmp_path / "none.ttf"])
    with pytest.raises(CoverFontMissing, match="No Japanese TrueType font"):
        render_pdf(SHEET, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_policy_folder_font_is_used(tmp_path, monkeypatch):
    system = find_japanese_font()
    fonts = tmp_path / "policy" / "fonts"
    fonts.mkdir(parents=True)
    (fonts / "bureau.ttf").write_bytes(system.read_bytes())
    monkeypatch.setenv("TOSEI_DESK_POLICY", str(tmp_path / "policy" / "policy.toml"))
    assert find_japanese_font() == fonts / "bureau.ttf"


LONG_MESSAGE = ("いつもお世話になっております。本日の会議資料を送付いたします。ご確認のうえ、「別紙一覧」に記載の期日"
                "（令和8年12月10日）までに、担当課あてご回答くださいますようお願い申し上げます。なお、資料の一部は"
                "https://cloud.example.jp/share/very/long/path/to/the/document-2026-12-10.pdf からも取得できます。"
                "ご不明な点がございましたら、総務局総務部文書課（内線 12345）までお問い合わせください。") * 7


def _bbox_words(path):
    """(page, text, xMin, xMax, yMax, page width, page height) of every word pdftotext finds."""
    import re
    import shutil
    import subprocess

    if not shutil.which("pdftotext"):
        pytest.fail("pdftotext is required (apt-get install poppler-utils)")
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    words, page, size = [], 0, (0.0, 0.0)
    for line in html.splitlines():
        m = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', line)
        if m:
            page += 1
            size = (float(m.group(1)), float(m.group(2)))
        m = re.search(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if m:
            words.append((page, m.group(4), float(m.group(1)), float(m.group(2)), float(m.group(3)), *size))
    return words


def test_long_japanese_message_wraps_inside_the_page(tmp_path):
    import subprocess

    sheet = CoverSheet(sender_name="山田 太郎", recipients=["新宿区 企画課 佐藤 花子"], subject="資料の送付",
                       message=LONG_MESSAGE, date=dt.date(2026, 12, 4))
    out = render_pdf(sheet, tmp_path / "送付状.pdf")
    words = _bbox_words(out)
    assert max(w[0] for w in words) == 2                 # the long message continues on a second page
    margin = 22 * 72 / 25.4 - 1                   # the 22 mm side margins, 1 pt tolerance
    for page, text, x_min, x_max, y_max, width, height in words:
        assert x_min >= margin and x_max <= width - margin, (page, text, x_max, width)
        assert y_max <= height, (page, text)
    # -raw: the order the text was drawn (the label column would otherwise be read into the message)
    text = subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True, check=True).stdout
    flat = "".join(text.split())
    from desktop.services.send.cover_sheet import load_template

    for printed_elsewhere in ("".join(load_template()["notice"].split()), "通信欄（続き）"):
        flat = flat.replace(printed_elsewhere, "")       # the notice on each page, the label on the next page
    assert "".join(LONG_MESSAGE.split()) in flat                              # nothing lost at a break
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    assert not any(ln[0] in "、。）」』" for ln in lines)                    # 行頭禁則
    assert not any(ln[-1] in "（「『" for ln in lines)                       # 行末禁則


def test_wrap_breaks_japanese_by_character_and_keeps_words():
    from desktop.services.send.line_wrap import wrap

    def measure(s):
        return float(sum(1 if ord(c) < 128 else 2 for c in s))

    lines = wrap("本日の会議資料を送付いたします。ご確認のうえ、「別紙一覧」に記載の期日までにご回答ください。"
                 "連絡先 tanaka@metro.example.jp まで。", 30, measure)
    assert all(measure(ln) <= 30 for ln in lines)
    assert "".join(lines).replace(" ", "") == ("本日の会議資料を送付いたします。ご確認のうえ、「別紙一覧」に記載の期日までに"
                                               "ご回答ください。連絡先tanaka@metro.example.jpまで。")
    assert not any(ln[0] in "、。」" or ln[-1] in "「" for ln in lines)
    assert any("tanaka@metro.example.jp" in ln for ln in lines)             # a word that fits stays whole
    long = wrap("x" * 45, 20, measure)
    assert long == ["x" * 20, "x" * 20, "x" * 5]
    assert wrap("一行目\n\n三行目", 20, measure) == ["一行目", "", "三行目"]
