"""The formal 議事録 .docx: A4, East-Asian fonts (``w:eastAsia``: ＭＳ 明朝 / ＭＳ ゴシック, which every Japanese
Windows office PC has; 游明朝 / 游ゴシック on request; IPAex when LibreOffice makes the PDF here), a header table
(会議名/日時/場所/出席者/欠席者/配布資料/作成者), then 議題, 要旨, 決定事項, 次回予定, ToDo (what the user accepted
or typed) and the 発言記録: verbatim, by speaker turn (times optional).

The base document (page setup, styles, a letterhead if any) is ``resources/minutes/minutes_template.docx``;
a bureau replaces it by placing ``minutes/minutes_template.docx`` in the policy folder. Content is appended
after whatever the template holds. Saved write-then-rename.
"""
from __future__ import annotations

from pathlib import Path

from dataclasses import dataclass

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from desktop.services import paths
from desktop.services.common.atomic import atomic_output_path
from desktop.services.common.docx_ja import (JA_GOTHIC, JA_MINCHO, add_heading_ja, add_text, add_title,
                                             new_a4_document, set_cell_text, set_style_font)
from desktop.services.minutes.transcript import Transcript, join_texts

TEMPLATE_NAME = "minutes_template.docx"


@dataclass(frozen=True)
class Fonts:
    mincho: str
    gothic: str


# What every Japanese Windows office PC has (Word substitutes 游明朝/游ゴシック-era installs fine); the PDF is
# made by LibreOffice on this machine, so it is written with the IPAex fonts installed here.
WINDOWS_FONTS = Fonts("ＭＳ 明朝", "ＭＳ ゴシック")
YU_FONTS = Fonts("游明朝", "游ゴシック")
IPAEX_FONTS = Fonts(JA_MINCHO, JA_GOTHIC)
HEADER_WIDTHS = (Mm(30), Mm(140))  # label | value: 170 mm = A4 minus 20 mm margins


def template_path() -> Path | None:
    """The policy folder's template if a bureau placed one, else the bundled one (None if neither)."""
    for candidate in (paths.policy_folder() / "minutes" / TEMPLATE_NAME, paths.resource_path("minutes",
                                                                                             TEMPLATE_NAME)):
        if candidate.is_file():
            return candidate
    return None


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600:d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def speaker_turns(t: Transcript) -> list[tuple[str, float, float, str]]:
    """Consecutive segments of one speaker joined: ``(speaker, start, end, text)``."""
    turns: list[tuple[str, float, float, str]] = []
    for s in t.segments:
        if not s.text.strip():
            continue
        if turns and turns[-1][0] == s.speaker:
            sp, start, _, text = turns[-1]
            turns[-1] = (sp, start, s.end, join_texts((text, s.text), t.language))
        else:
            turns.append((s.speaker, s.start, s.end, s.text.strip()))
    return turns


def header_rows(t: Transcript) -> list[tuple[str, str]]:
    meta = t.meta
    return [("会議名", meta.title), ("日時", meta.datetime), ("場所", meta.place),
            ("出席者", "、".join(a for a in meta.attendees if a)),
            ("欠席者", "、".join(a for a in meta.absentees if a)),
            ("配布資料", "、".join(a for a in meta.materials if a)), ("作成者", meta.author)]


def build_document(t: Transcript, template: str | Path | None = None, with_times: bool = True,
                   fonts: Fonts | None = None):
    meta = t.meta
    fonts = fonts or WINDOWS_FONTS
    document = new_a4_document(template if template else template_path(), east_asian=fonts.mincho)
    set_style_font(document, "Normal", fonts.mincho)
    add_title(document, "議事録")
    _retitle(document, fonts)
    if meta.title:
        add_title(document, meta.title, size_pt=13)
        _retitle(document, fonts)

    rows = header_rows(t)
    table = document.add_table(rows=len(rows), cols=2)
    table.style = document.styles["Table Grid"] if "Table Grid" in [s.name for s in document.styles] else None
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    # fixed widths in the grid too: LibreOffice (and Word on re-layout) follow w:gridCol, not the cells
    table.autofit = False
    for column, width in zip(table.columns, HEADER_WIDTHS):
        column.width = width
    for row, (label, value) in zip(table.rows, rows):
        for cell, width in zip(row.cells, HEADER_WIDTHS):
            cell.width = width
        set_cell_text(row.cells[0], label, bold=True, east_asian=fonts.gothic)
        set_cell_text(row.cells[1], value or "", east_asian=fonts.mincho)
        for cell in row.cells:
            for paragraph in cell.paragraphs:  # breathing room between the text and the rules
                paragraph.paragraph_format.space_before = Pt(2)
                paragraph.paragraph_format.space_after = Pt(2)

    def heading(text: str) -> None:
        add_heading_ja(document, text, level=1, size_pt=13)
        _retitle(document, fonts)

    def items(values: list[str], empty: str, numbered: bool = False) -> None:
        values = [v for v in values if v.strip()]
        for i, item in enumerate(values or [empty], 1):
            text = (f"{i}. {item}" if numbered else f"・{item}") if values else item
            add_text(document.add_paragraph(), text, east_asian=fonts.mincho)

    heading("議題")
    items(meta.agenda, "（記載なし）", numbered=True)
    heading("要旨")
    items(meta.summary, "（記載なし）")
    heading("決定事項")
    items(meta.decisions, "（記載なし）")
    heading("次回予定")
    add_text(document.add_paragraph(), meta.next_meeting or "（未定）", east_asian=fonts.mincho)
    heading("ToDo")
    items(meta.todos, "（記載なし）")

    heading("発言記録")
    for speaker, start, end, text in speaker_turns(t):
        paragraph = document.add_paragraph()
        add_text(paragraph, f"{speaker or '発言者'}", bold=True, east_asian=fonts.gothic)
        if with_times:
            add_text(paragraph, f"（{_clock(start)}–{_clock(end)}）", size_pt=9, east_asian=fonts.mincho)
        add_text(paragraph, "：" + text, east_asian=fonts.mincho)
    _use_fonts(document, fonts)
    return document


def _retitle(document, fonts: Fonts) -> None:
    """Kept for the flow above; fonts are mapped once at the end by :func:`_use_fonts`."""


def _use_fonts(document, fonts: Fonts) -> None:
    """The shared docx_ja helpers write IPAex names (in runs and styles); map them to the chosen fonts."""
    names = {JA_MINCHO: fonts.mincho, JA_GOTHIC: fonts.gothic}
    if all(k == v for k, v in names.items()):
        return
    attrs = [qn(f"w:{a}") for a in ("ascii", "hAnsi", "eastAsia", "cs")]
    for root in (document.element, document.styles.element):
        for rfonts in root.iter(qn("w:rFonts")):
            for attr in attrs:
                value = rfonts.get(attr)
                if value in names:
                    rfonts.set(attr, names[value])


def write_docx(t: Transcript, out: str | Path, template: str | Path | None = None, with_times: bool = True,
               fonts: Fonts | None = None) -> Path:
    document = build_document(t, template, with_times, fonts)
    with atomic_output_path(Path(out)) as tmp:
        document.save(str(tmp))
    return Path(out)

