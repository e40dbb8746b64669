"""Each template drafts a valid .docx that python-docx reads back (fields, 決裁欄 columns, eastAsia fonts);
LibreOffice converts one to PDF."""
from __future__ import annotations

import subprocess
import zipfile

import pytest
from docx import Document

from desktop.services.approval import (Attachment, Draft, export_draft, load_draft, read_back, validate)
from desktop.services.common.docx_ja import JA_GOTHIC, JA_MINCHO

from .conftest import TEMPLATE_NAMES, TODAY


@pytest.mark.parametrize("template", TEMPLATE_NAMES)
def test_each_template_drafts_a_valid_docx(template, make_draft, tmp_path, record):
    draft = make_draft(template)
    draft.doc_number = "6総総第12号"
    att = tmp_path / "別紙1_仕様書.txt"
    att.write_text("仕様書の本文", encoding="utf-8")
    draft.attachments.append(Attachment.from_file(att))
    assert validate(draft, today=TODAY) == []

    result = export_draft(draft, tmp_path / "out.docx", record=record)
    back = read_back(result.docx)
    fields = back["fields"]
    assert fields["文書記号番号"] == "6総総第12号"
    assert fields["起案日"] == "令和6年6月3日"
    assert fields["起案者"].startswith("総務局総務部総務課 山田太郎")
    assert fields["決裁区分"] == draft.decision_type
    assert fields["文書分類"] == draft.classification
    assert fields["保存年限"] == draft.retention
    assert fields["施行方法"] == draft.enforcement
    assert fields["公開区分"] == draft.disclosure
    assert fields["件名"] == draft.subject

    columns = back["route"]
    assert len(columns) == len(draft.route.steps)
    for column, step in zip(columns, draft.route.steps):
        assert column[1] == step.label()
        if step.kind == "回議":
            assert column[2] == step.name
        assert ("決定権者" == column[0]) == step.decider
    first_body_line = draft.body.splitlines()[0]
    assert first_body_line in back["text"]

    document = Document(str(result.docx))
    att_table = document.tables[-1]
    assert att_table.cell(1, 1).text == "別紙1_仕様書.txt"
    assert att_table.cell(1, 3).text == draft.attachments[0].sha256
    assert document.core_properties.identifier == draft.draft_id

    # the JSON beside it re-opens to the same draft
    again = load_draft(result.json)
    assert again == draft
    assert again.state_hash() == draft.state_hash()


def test_east_asian_font_is_set_on_japanese_runs(make_draft, tmp_path):
    result = export_draft(make_draft("契約伺い"), tmp_path / "out.docx")
    xml = zipfile.ZipFile(result.docx).read("word/document.xml").decode("utf-8")
    document = Document(str(result.docx))
    japanese_runs = 0
    for paragraph in _all_paragraphs(document):
        for run in paragraph.runs:
            if any("\u3040" <= ch <= "\u9fff" for ch in run.text):
                japanese_runs += 1
                rfonts = run._element.rPr.rFonts
                east = rfonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia")
                assert east in (JA_MINCHO, JA_GOTHIC), run.text
    assert japanese_runs > 20
    assert f'w:eastAsia="{JA_MINCHO}"' in xml and f'w:eastAsia="{JA_GOTHIC}"' in xml
    sections = document.sections[0]
    assert round(sections.page_width.mm) == 210 and round(sections.page_height.mm) == 297


def _all_paragraphs(document):
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def test_json_round_trip_keeps_every_field(make_draft, tmp_path):
    draft = make_draft("事業計画")
    draft.route.steps[-1].delegate = "副局長 佐々木"
    text = draft.to_json()
    assert "事業計画" in text  # written as UTF-8 text, not \\u escapes
    assert Draft.from_json(text) == draft


def test_unreadable_json_is_a_clear_error(tmp_path):
    from desktop.services.approval import DraftFileError

    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(DraftFileError, match="not a valid approval draft"):
        load_draft(bad)
    with pytest.raises(DraftFileError, match="Cannot read"):
        load_draft(tmp_path / "missing.json")


@pytest.mark.libreoffice
def test_libreoffice_converts_the_exported_draft_to_pdf(make_draft, tmp_path, record):
    from desktop.services.approval import export_draft_pdf, verify_path
    from desktop.services.common.pdf_convert import find_soffice

    if find_soffice() is None:
        pytest.skip("LibreOffice is not installed")
    draft = make_draft("契約伺い")
    result = export_draft_pdf(draft, tmp_path / "契約伺い.pdf", record=record)
    assert result.pdf == tmp_path / "契約伺い.pdf" and result.pdf.read_bytes().startswith(b"%PDF")
    assert result.docx == tmp_path / "契約伺い.docx" and load_draft(result.json) == draft  # the record beside it
    text = subprocess.run(["pdftotext", "-layout", str(result.pdf), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    flat = text.replace(" ", "")
    assert "決裁欄" in flat and draft.subject in flat and "総務局総務部総務課山田太郎" in flat
    assert draft.route.steps[0].name in flat and "令和6年6月3日" in flat
    assert verify_path(result.pdf).ok  # the PDF has its chain head too


def test_decision_marks_from_the_record_in_the_seal_row(make_draft, tmp_path, record):
    from desktop.services.approval import RouteRun
    from desktop.services.approval.staff import Staff

    from .conftest import DRAFTER, person

    draft = make_draft("支出負担行為")
    sato = Staff("s3000001", "課長代理 佐藤")
    draft.route.steps[-1].delegate, draft.route.steps[-1].delegate_id = sato.name, sato.staff_id
    first = Staff(draft.route.steps[0].staff_id, draft.route.steps[0].name)
    run = RouteRun(draft.draft_id, record)
    run.submit(draft, DRAFTER, today=TODAY)
    run.approve(first)
    run.send_back(0, "金額を確認", person("会計担当"))   # marks after a send-back start again from that step
    run.approve(first)
    run.approve(person("予算担当"))
    run.delegate_decide(sato, "課長出張のため")
    seal_row = [col[3] for col in read_back(export_draft(draft, tmp_path / "o.docx", record=record).docx)["route"]]
    assert seal_row[0].count("承認") == 1 and draft.route.steps[0].name in seal_row[0]
    assert "合議済" in seal_row[1] and "予算担当" in seal_row[1]
    assert seal_row[2].startswith("代決\n課長代理 佐藤\nR")


@pytest.mark.parametrize("bad_step", [{"quorum": "two"}, {"members": "経理課長"}, {"decider": "yes"},
                                      {"position": 5}])
def test_hand_edited_route_with_wrong_types_is_refused(make_draft, tmp_path, bad_step):
    from desktop.services.approval import DraftFileError

    data = make_draft().to_dict()
    data["draft"]["route"]["steps"][0].update(bad_step)
    path = tmp_path / "edited.json"
    import json
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DraftFileError, match="route step"):
        load_draft(path)
