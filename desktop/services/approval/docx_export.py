"""Formal 起案書 .docx (python-docx, East-Asian fonts via ``docx_ja``) and the JSON of the same draft.

Layout, top to bottom: title; header block (文書記号番号, 起案日, 起案者, 決裁区分, 文書分類, 保存年限, 施行方法,
公開区分, 件名); 決裁欄 table with one column per route step (role / 職名 / 氏名 / 印欄 rows — the 印欄 shows
日付印-style marks from the record when the route has run); 伺い文; attachment list with SHA-256.
Both files are written atomically; with a record, the chain head is written beside each.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt, RGBColor

from desktop.services.approval.model import Draft
from desktop.services.approval.record import ApprovalRecord
from desktop.services.common.atomic import atomic_output_path, atomic_write_text
from desktop.services.common.docx_ja import (JA_GOTHIC, JA_MINCHO, add_text, add_title, new_a4_document,
                                             set_cell_text, set_run_font)
from desktop.services.common.wareki import era_year, format_wareki

HEADER_LABELS = ("文書記号番号", "起案日", "起案者", "決裁区分", "文書分類", "保存年限", "施行方法", "公開区分", "件名")
SEAL_RED = RGBColor(0xC0, 0x1C, 0x1C)
MARKS = {"approve": "承認", "consult_approve": "合議済", "decide": "決裁", "delegate_decide": "代決",
         "pass_for_post_review": "後閲"}


@dataclass
class ExportResult:
    docx: Path
    json: Path | None
    heads: list[Path] = field(default_factory=list)
    pdf: Path | None = None


def _date_text(draft: Draft) -> str:
    day = draft.drafted_date()
    return format_wareki(day) if day else draft.drafted_on


def _table(document, rows: int, cols: int):
    table = document.add_table(rows=rows, cols=cols)
    try:
        table.style = document.styles["Table Grid"]
    except KeyError:  # a bureau layout without the built-in style
        pass
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    return table


def _set_widths(table, widths) -> None:
    """Column widths that both Word and LibreOffice honour (tblGrid + every cell)."""
    table.autofit = False
    for col, width in zip(table.columns, widths):
        col.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width


def _header(document, draft: Draft) -> None:
    drafter = " ".join(x for x in (draft.drafter.section, draft.drafter.name) if x)
    if draft.drafter.phone:
        drafter += f"（内線 {draft.drafter.phone}）"
    pairs = [("文書記号番号", draft.doc_number), ("起案日", _date_text(draft)),
             ("起案者", drafter), ("決裁区分", draft.decision_type),
             ("文書分類", draft.classification), ("保存年限", draft.retention),
             ("施行方法", draft.enforcement), ("公開区分", draft.disclosure)]
    table = _table(document, 5, 4)
    for k, (label, value) in enumerate(pairs):
        row, col = divmod(k, 2)
        set_cell_text(table.cell(row, col * 2), label, bold=True, size_pt=9, east_asian=JA_GOTHIC)
        set_cell_text(table.cell(row, col * 2 + 1), value, size_pt=10)
    set_cell_text(table.cell(4, 0), "件名", bold=True, size_pt=9, east_asian=JA_GOTHIC)
    merged = table.cell(4, 1).merge(table.cell(4, 3))
    set_cell_text(merged, draft.subject, bold=True, size_pt=11)
    _set_widths(table, (Mm(28), Mm(57), Mm(28), Mm(57)))
    merged.width = Mm(142)


def _seal_marks(draft: Draft, record: ApprovalRecord | None) -> dict[int, list[tuple[str, str, str]]]:
    """日付印-style marks per step from the record: (action, actor, date), since the last (re)submission."""
    marks: dict[int, list[tuple[str, str, str]]] = {}
    if record is None:
        return marks
    for ev in record.events(draft.draft_id):
        if ev.action in ("submit", "resubmit", "send_back"):
            if ev.action != "send_back" or ev.detail.get("to", -1) == -1:
                marks = {}
            else:
                marks = {k: v for k, v in marks.items() if k < ev.detail["to"]}
            continue
        if ev.step is None:
            continue
        day = dt.datetime.fromisoformat(ev.ts).astimezone().date()
        label = MARKS.get(ev.action, "後閲済" if ev.action == "post_review" else ev.action)
        era, year = era_year(day)
        who = ev.detail.get("actor_name") or ev.actor
        marks.setdefault(ev.step, []).append((label, who, f"{era.letter}{year}.{day.month}.{day.day}"))
    return marks


def _section_heading(document, text: str) -> None:
    p = document.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(4)
    add_text(p, text, bold=True, size_pt=11, east_asian=JA_GOTHIC)


def _route_table(document, draft: Draft, record: ApprovalRecord | None) -> None:
    steps = draft.route.steps
    _section_heading(document, "決裁欄")
    if not steps:
        add_text(document.add_paragraph(), "（決裁経路が設定されていません）", size_pt=9)
        return
    marks = _seal_marks(draft, record)
    table = _table(document, 4, len(steps))
    width = Mm(min(34.0, 170.0 / len(steps)))
    for i, step in enumerate(steps):
        role = "決定権者" if step.decider else ("合議" if step.kind == "合議" else f"回議{i + 1}")
        set_cell_text(table.cell(0, i), role, bold=True, size_pt=8, east_asian=JA_GOTHIC)
        set_cell_text(table.cell(1, i), step.label(), size_pt=9)
        if step.kind == "合議":
            need = "全員" if step.required_approvals() == len(step.members) else f"{step.required_approvals()}名以上"
            set_cell_text(table.cell(2, i), need, size_pt=8)
        else:
            set_cell_text(table.cell(2, i), step.name, size_pt=9)
        notes = []
        if step.delegate:
            notes.append(f"代決者 {step.delegate}")
        if step.post_review:
            notes.append("後閲可")
        cell = table.cell(3, i)
        cell.text = ""
        para = cell.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        first = True
        for label, actor, date in marks.get(i, []):
            for text, bold in ((label, True), (actor, False), (date, False)):
                if not text:
                    continue
                target = para if first else cell.add_paragraph()
                target.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = add_text(target, text, bold=bold, size_pt=8)
                run.font.color.rgb = SEAL_RED
                first = False
        if notes:
            add_text(cell.add_paragraph(), "・".join(notes), size_pt=7)
    _set_widths(table, [width] * len(steps))
    table.rows[3].height = Mm(20)
    for r in range(3):
        for c in table.rows[r].cells:
            for par in c.paragraphs:
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _body(document, draft: Draft) -> None:
    _section_heading(document, "伺い文")
    for line in draft.body.splitlines() or [""]:
        par = document.add_paragraph()
        par.paragraph_format.space_after = Pt(0)
        if line.strip() == "記":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_text(par, line, size_pt=10.5)


def _attachments(document, draft: Draft) -> None:
    _section_heading(document, "添付文書")
    if not draft.attachments:
        add_text(document.add_paragraph(), "なし", size_pt=10)
        return
    table = _table(document, len(draft.attachments) + 1, 4)
    for c, label in enumerate(("番号", "文書名", "サイズ", "SHA-256")):
        set_cell_text(table.cell(0, c), label, bold=True, size_pt=8, east_asian=JA_GOTHIC)
    for r, att in enumerate(draft.attachments, start=1):
        set_cell_text(table.cell(r, 0), str(r), size_pt=9)
        set_cell_text(table.cell(r, 1), att.title or Path(att.path).name, size_pt=9)
        set_cell_text(table.cell(r, 2), f"{att.size:,} B", size_pt=8)
        cell = table.cell(r, 3)
        cell.text = ""
        run = cell.paragraphs[0].add_run(att.sha256)
        set_run_font(run, JA_MINCHO, latin="Courier New", size_pt=6.5)
    _set_widths(table, (Mm(12), Mm(55), Mm(20), Mm(83)))


def build_document(draft: Draft, *, record: ApprovalRecord | None = None, layout: Path | None = None):
    document = new_a4_document(layout)
    title = add_title(document, "起　案　書")
    if draft.template and draft.template != "一般起案":
        add_text(title, f"（{draft.template}）", size_pt=11, east_asian=JA_GOTHIC)
    _header(document, draft)
    _route_table(document, draft, record)
    _body(document, draft)
    _attachments(document, draft)
    foot = document.add_paragraph()
    add_text(foot, f"起案ID {draft.draft_id}　状態ハッシュ {draft.state_hash()[:16]}", size_pt=7)
    props = document.core_properties
    props.title = draft.subject
    props.author = draft.drafter.name
    props.identifier = draft.draft_id
    props.subject = draft.doc_number
    return document


def template_layout(name: str) -> Path | None:
    """The bureau .docx layout named by the draft's template (``layout_docx``), if any."""
    if not name:
        return None
    from desktop.services.approval.errors import TemplateError, TemplateNotFound
    from desktop.services.approval.templates import get_template

    try:
        return get_template(name).layout_docx()
    except (TemplateNotFound, TemplateError):
        return None


def save_draft_json(draft: Draft, path: Path) -> Path:
    atomic_write_text(Path(path), draft.to_json())
    return Path(path)


def export_draft(draft: Draft, out_docx: Path, *, json_path: Path | None | bool = None,
                 record: ApprovalRecord | None = None, layout: Path | None = None) -> ExportResult:
    """Write ``out_docx`` and (unless ``json_path is False``) the JSON beside it (``out.json``).

    ``layout``: a .docx whose page setup, styles and letterhead are kept (default: the template's
    ``layout_docx``, if its template names one)."""
    out_docx = Path(out_docx)
    if layout is None:
        layout = template_layout(draft.template)
    document = build_document(draft, record=record, layout=layout)
    with atomic_output_path(out_docx) as tmp:
        document.save(str(tmp))
    json_out = None
    if json_path is not False:
        json_out = Path(json_path) if json_path else out_docx.with_suffix(".json")
        save_draft_json(draft, json_out)
    result = ExportResult(out_docx, json_out)
    if record is not None:
        state = draft.state_hash()
        for path in (out_docx, json_out):
            if path is not None:
                result.heads.append(record.write_head(path, draft.draft_id, export_state_hash=state))
    return result


def read_back(path: Path) -> dict:
    """What a reader finds in an exported .docx: header fields and the 決裁欄 columns (used by tests/CLI)."""
    from docx import Document

    document = Document(str(path))
    header, route = document.tables[0], document.tables[1] if len(document.tables) > 1 else None
    fields: dict[str, str] = {}
    for row in header.rows:
        cells = row.cells
        for c in range(0, len(cells) - 1, 2):
            if cells[c].text in HEADER_LABELS:
                fields[cells[c].text] = cells[c + 1].text
    columns = []
    if route is not None:
        for c in range(len(route.columns)):
            columns.append([route.cell(r, c).text for r in range(len(route.rows))])
    return {"fields": fields, "route": columns, "text": "\n".join(p.text for p in document.paragraphs)}


def dumps_summary(result: ExportResult) -> str:
    return json.dumps({"docx": str(result.docx), "json": str(result.json) if result.json else None,
                       "pdf": str(result.pdf) if result.pdf else None,
                       "heads": [str(h) for h in result.heads]}, ensure_ascii=False)
