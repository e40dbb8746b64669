"""python-docx helpers for formal Japanese documents: A4 pages and East-Asian fonts.

``run.font.name`` only sets the Latin font; Word and LibreOffice pick the Japanese glyph font from
``w:rFonts/@w:eastAsia``, which :func:`set_run_font` writes explicitly.
"""
from __future__ import annotations

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

JA_GOTHIC = "IPAexGothic"   # bundled with most Linux installs (fonts-ipaexfont); Windows substitutes
JA_MINCHO = "IPAexMincho"
JA_FONT_WINDOWS = "ＭＳ 明朝"  # used by Word on Windows when present


def _rfonts(rpr):
    """The ``w:rFonts`` element of run properties ``rpr`` (created first when missing)."""
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    return rfonts


def set_run_font(run, east_asian: str = JA_MINCHO, latin: str | None = None, size_pt: float | None = None) -> None:
    """Set both the Latin and the East-Asian font of a run (``w:eastAsia``)."""
    run.font.name = latin or east_asian
    rfonts = _rfonts(run._element.get_or_add_rPr())
    rfonts.set(qn("w:eastAsia"), east_asian)
    rfonts.set(qn("w:ascii"), latin or east_asian)
    rfonts.set(qn("w:hAnsi"), latin or east_asian)
    if size_pt:
        run.font.size = Pt(size_pt)


def set_style_font(document: DocumentObject, style_name: str = "Normal", east_asian: str = JA_MINCHO,
                   size_pt: float = 10.5) -> None:
    """Default East-Asian font of a style, so runs without explicit fonts still use a Japanese face."""
    style = document.styles[style_name]
    style.font.name = east_asian
    style.font.size = Pt(size_pt)
    _rfonts(style.element.get_or_add_rPr()).set(qn("w:eastAsia"), east_asian)


def new_a4_document(template=None, east_asian: str = JA_MINCHO, margins_mm: float = 20) -> DocumentObject:
    """A new document (optionally from a bureau's .docx template) on A4 with Japanese default fonts."""
    document = Document(str(template)) if template else Document()
    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(margins_mm)
        section.top_margin = section.bottom_margin = Mm(margins_mm)
    set_style_font(document, "Normal", east_asian)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        try:
            set_style_font(document, name, JA_GOTHIC, document.styles[name].font.size.pt
                           if document.styles[name].font.size else 14)
        except KeyError:
            pass
    return document


def add_text(paragraph, text: str, *, bold: bool = False, size_pt: float | None = None,
             east_asian: str = JA_MINCHO):
    run = paragraph.add_run(text)
    run.bold = bold
    set_run_font(run, east_asian, size_pt=size_pt)
    return run


def add_heading_ja(document: DocumentObject, text: str, level: int = 1, size_pt: float = 14):
    paragraph = document.add_paragraph()
    paragraph.style = document.styles[f"Heading {level}"] if level else document.styles["Title"]
    add_text(paragraph, text, bold=True, size_pt=size_pt, east_asian=JA_GOTHIC)
    return paragraph


def add_title(document: DocumentObject, text: str, size_pt: float = 16):
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(paragraph, text, bold=True, size_pt=size_pt, east_asian=JA_GOTHIC)
    return paragraph


def set_cell_text(cell, text: str, *, bold: bool = False, size_pt: float | None = None,
                  east_asian: str = JA_MINCHO) -> None:
    cell.text = ""
    add_text(cell.paragraphs[0], text, bold=bold, size_pt=size_pt, east_asian=east_asian)
