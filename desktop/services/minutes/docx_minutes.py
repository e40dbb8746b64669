"""The formal 議事録 .docx: A4, East-Asian fonts (``w:eastAsia``), a header table (会議名/日時/場所/出席者/
作成者), 議題, 発言要旨 grouped by speaker (times optional), 決定事項, 次回予定.

The base document (page setup, styles, a letterhead if any) is ``resources/minutes/minutes_template.docx``;
a bureau replaces it by placing ``minutes/minutes_template.docx`` in the policy folder. Content is appended
after whatever the template holds. Saved write-then-rename.
"""
from __future__ import annotations

from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Mm, Pt

from desktop.services import paths
from desktop.services.common.atomic import atomic_output_path
from desktop.services.common.docx_ja import (JA_GOTHIC, JA_MINCHO, add_heading_ja, add_text, add_title,
                                             new_a4_document, set_cell_text)
from desktop.services.minutes.transcript import Transcript, join_texts

TEMPLATE_NAME = "minutes_template.docx"
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


def build_document(t: Transcript, template: str | Path | None = None, with_times: bool = True):
    meta = t.meta
    document = new_a4_document(template if template else template_path())
    add_title(document, "議事録")
    if meta.title:
        add_title(document, meta.title, size_pt=13)

    rows = [("会議名", meta.title), ("日時", meta.datetime), ("場所", meta.place),
            ("出席者", "、".join(a for a in meta.attendees if a)), ("作成者", meta.author)]
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
        set_cell_text(row.cells[0], label, bold=True, east_asian=JA_GOTHIC)
        set_cell_text(row.cells[1], value or "")
        for cell in row.cells:
            for paragraph in cell.paragraphs:  # breathing room between the text and the rules
                paragraph.paragraph_format.space_before = Pt(2)
                paragraph.paragraph_format.space_after = Pt(2)

    add_heading_ja(document, "議題", level=1, size_pt=13)
    agenda = [a for a in meta.agenda if a.strip()]
    for i, item in enumerate(agenda or ["（記載なし）"], 1):
        add_text(document.add_paragraph(), f"{i}. {item}" if agenda else item)

    add_heading_ja(document, "発言要旨", level=1, size_pt=13)
    for speaker, start, end, text in speaker_turns(t):
        paragraph = document.add_paragraph()
        add_text(paragraph, f"{speaker or '発言者'}", bold=True, east_asian=JA_GOTHIC)
        if with_times:
            add_text(paragraph, f"（{_clock(start)}–{_clock(end)}）", size_pt=9)
        add_text(paragraph, "：" + text, east_asian=JA_MINCHO)

    add_heading_ja(document, "決定事項", level=1, size_pt=13)
    decisions = [d for d in meta.decisions if d.strip()]
    for item in decisions or ["（記載なし）"]:
        add_text(document.add_paragraph(), f"・{item}" if decisions else item)

    add_heading_ja(document, "次回予定", level=1, size_pt=13)
    add_text(document.add_paragraph(), meta.next_meeting or "（未定）")
    return document


def write_docx(t: Transcript, out: str | Path, template: str | Path | None = None, with_times: bool = True) -> Path:
    document = build_document(t, template, with_times)
    with atomic_output_path(Path(out)) as tmp:
        document.save(str(tmp))
    return Path(out)

