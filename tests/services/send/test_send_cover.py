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
