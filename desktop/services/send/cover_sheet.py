"""送付状 (cover sheet) as PDF (reportlab with an embedded Japanese TrueType font) and as .docx.

The wording comes from the template ``resources/send/cover_sheet.json`` (a bureau may put its own
``send/cover_sheet.json`` beside the policy file). The date is printed as 和暦 and 西暦.
Font search order for the PDF: an explicit path, ``<policy folder>/fonts/*.ttf``, ``resources/send/fonts``,
then the usual system locations of IPAex Gothic / IPA Gothic / MS Gothic. CFF-based fonts (.otf, Noto CJK .ttc)
are skipped because reportlab cannot embed them.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services import paths
from desktop.services.common.atomic import atomic_output_path
from desktop.services.common.wareki import format_both
from desktop.services.send.errors import CoverFontMissing, SendError
from desktop.services.send.line_wrap import wrap

SYSTEM_FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
    "/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
    "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
    "/usr/share/fonts/truetype/ipafont-gothic/ipag.ttf",
    "/usr/share/fonts/ipa-gothic/ipag.ttf",
    "/Library/Fonts/ipaexg.ttf",
)
WINDOWS_FONTS = ("ipaexg.ttf", "ipag.ttf", "msgothic.ttc", "meiryo.ttc")
FONT_NAME = "ToseiCoverGothic"


@dataclass
class CoverSheet:
    sender_name: str
    recipients: list[str]
    subject: str
    attachments: list[tuple[str, int | None]] = field(default_factory=list)   # (name, pages or None)
    message: str = ""
    sender_org: str = ""
    sender_contact: str = ""
    date: dt.date = field(default_factory=dt.date.today)

    @property
    def total_pages(self) -> int | None:
        pages = [p for _, p in self.attachments]
        return None if any(p is None for p in pages) else 1 + sum(pages)


def load_template() -> dict:
    for candidate in (paths.policy_folder() / "send" / "cover_sheet.json",
                      paths.resource_path("send", "cover_sheet.json")):
        if candidate.is_file():
            try:
                return json.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise SendError(f"The cover-sheet template {candidate} is broken ({exc}).") from None
    raise SendError("The cover-sheet template resources/send/cover_sheet.json is missing from the installation.")


def pdf_page_count(path: Path) -> int | None:
    if Path(path).suffix.lower() != ".pdf":
        return None
    try:
        import pypdfium2

        doc = pypdfium2.PdfDocument(str(path))
        try:
            return len(doc)
        finally:
            doc.close()
    except Exception:  # unreadable PDF: the page count is simply unknown
        return None


def _font_candidates(explicit: Path | None) -> list[Path]:
    found: list[Path] = []
    if explicit:
        found.append(Path(explicit))
    for folder in (paths.policy_folder() / "fonts", paths.resource_path("send", "fonts")):
        if folder.is_dir():
            found += sorted(folder.glob("*.ttf")) + sorted(folder.glob("*.ttc"))
    found += [Path(p) for p in SYSTEM_FONT_CANDIDATES]
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        local = Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts"
        found += [d / n for n in WINDOWS_FONTS for d in (local, windir)]
    for root in ("/usr/share/fonts", "/usr/local/share/fonts"):
        if os.path.isdir(root):
            found += sorted(Path(root).rglob("ipaexg.ttf")) + sorted(Path(root).rglob("ipag.ttf"))
    return found


def find_japanese_font(explicit: Path | None = None) -> Path:
    """The first Japanese TrueType font reportlab can embed. Raises :class:`CoverFontMissing`."""
    from reportlab.pdfbase.ttfonts import TTFont

    if explicit is not None:
        explicit = Path(explicit)
        if not explicit.is_file():
            raise CoverFontMissing(f"The cover-sheet font {explicit} does not exist.", path=str(explicit))
        try:
            TTFont(FONT_NAME, str(explicit), **({"subfontIndex": 0} if explicit.suffix.lower() == ".ttc" else {}))
        except Exception as exc:
            raise CoverFontMissing(f"The cover-sheet font {explicit} cannot be embedded ({exc}); use a TrueType "
                                   "(.ttf) font.", path=str(explicit)) from None
        return explicit
    tried = []
    for candidate in _font_candidates(None):
        if not candidate.is_file():
            continue
        tried.append(str(candidate))
        try:
            TTFont(FONT_NAME, str(candidate), subfontIndex=0) if candidate.suffix.lower() == ".ttc" \
                else TTFont(FONT_NAME, str(candidate))
        except Exception:
            continue
        return candidate
    where = "; ".join(tried) if tried else "no candidate font file exists"
    raise CoverFontMissing(
        "No Japanese TrueType font usable for the cover sheet was found (install IPAex Gothic, or put a .ttf "
        f"into the policy folder's 'fonts' subfolder). Tried: {where}.")


def _register_font(font_path: Path) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = f"{FONT_NAME}-{abs(hash(str(font_path))) % 10**8}"
    if name not in pdfmetrics.getRegisteredFontNames():
        kwargs = {"subfontIndex": 0} if font_path.suffix.lower() == ".ttc" else {}
        pdfmetrics.registerFont(TTFont(name, str(font_path), **kwargs))
    return name


def _lines(sheet: CoverSheet, t: dict) -> list[tuple[str, str]]:
    lab = t["labels"]
    att = [f"{i}. {name}" + (f"（{pages}{t['page_unit']}）" if pages else "")
           for i, (name, pages) in enumerate(sheet.attachments, 1)]
    total = sheet.total_pages
    return [
        (lab["date"], format_both(sheet.date)),
        (lab["to"], "\n".join(f"{r}　{t['honorific']}" for r in sheet.recipients)),
        (lab["from"], "\n".join(p for p in (sheet.sender_org, sheet.sender_name, sheet.sender_contact) if p)),
        (lab["subject"], sheet.subject),
        (lab["attachments"], "\n".join(att) + f"\n（計{len(att)}{t['attachment_unit']}）" if att else "—"),
        (lab["pages"], f"{total}{t['page_unit']}（本紙含む）" if total else "—"),
        (lab["message"], sheet.message or ""),
    ]


def render_pdf(sheet: CoverSheet, out: Path, *, font: Path | None = None) -> Path:
    """Write the cover sheet as an A4 PDF (atomically) and return ``out``."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    t = load_template()
    font_name = _register_font(find_japanese_font(font))
    width, height = A4
    out = Path(out)
    left, label_w, right = 22 * mm, 32 * mm, width - 22 * mm
    bottom = 32 * mm                        # the notice is printed below this line on every page
    line_h = 6.5 * mm

    def fit(text: str, size: float, room: float) -> list[str]:
        return wrap(text, room, lambda s: stringWidth(s, font_name, size))

    with atomic_output_path(out) as tmp:
        c = canvas.Canvas(str(tmp), pagesize=A4)
        c.setTitle(f"{t['title'].replace('　', '')} - {sheet.subject}")

        def notice() -> None:
            c.setFont(font_name, 8)
            for i, line in enumerate(fit(t.get("notice", ""), 8, right - left)):
                c.drawString(left, 20 * mm - i * 4 * mm, line)

        def new_page() -> float:
            notice()
            c.showPage()
            c.setFont(font_name, 11)
            return height - 25 * mm

        c.setFont(font_name, 22)
        c.drawCentredString(width / 2, height - 30 * mm, t["title"])
        c.setFont(font_name, 11)
        c.drawCentredString(width / 2, height - 38 * mm, t.get("subtitle", ""))
        y = height - 52 * mm
        for label, value in _lines(sheet, t):
            if y < bottom + line_h:
                y = new_page()
            c.setFont(font_name, 11)
            c.drawString(left, y, label)
            for line in fit(value or "", 11, right - left - label_w):
                if y < bottom:                  # a long 通信欄 continues on the next page
                    y = new_page()
                    c.drawString(left, y, label + t.get("continued", "（続き）"))
                c.drawString(left + label_w, y, line)
                y -= line_h
            c.setLineWidth(0.3)
            c.line(left, y + 3.5 * mm, right, y + 3.5 * mm)
            y -= 4 * mm
        if y - 4 * mm < bottom:
            y = new_page() + 4 * mm
        c.setFont(font_name, 11)
        c.drawRightString(right, y - 4 * mm, t.get("closing", ""))
        notice()
        c.save()
    return out


def render_docx(sheet: CoverSheet, out: Path) -> Path:
    """Write the cover sheet as an A4 .docx (atomically) and return ``out``."""
    from desktop.services.common import docx_ja

    t = load_template()
    doc = docx_ja.new_a4_document()
    docx_ja.add_title(doc, t["title"])
    if t.get("subtitle"):
        p = doc.add_paragraph()
        p.alignment = 1
        docx_ja.add_text(p, t["subtitle"])
    lines = _lines(sheet, t)
    table = doc.add_table(rows=len(lines), cols=2)
    table.style = "Table Grid"
    for row, (label, value) in zip(table.rows, lines):
        docx_ja.set_cell_text(row.cells[0], label, bold=True)
        docx_ja.set_cell_text(row.cells[1], value)
    p = doc.add_paragraph()
    p.alignment = 2
    docx_ja.add_text(p, t.get("closing", ""))
    docx_ja.add_text(doc.add_paragraph(), t.get("notice", ""), size_pt=8)
    out = Path(out)
    with atomic_output_path(out) as tmp:
        doc.save(str(tmp))
    return out
