"""文書記号番号 per fiscal year and section; starting a draft from meeting decisions; the CLI draft command."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from desktop.services.approval import (ApprovalError, TemplateNotFound, allocate_number, draft_from_template,
                                       from_minutes_decisions, list_templates, load_draft, read_back, validate)

from .conftest import DRAFTER, TODAY, complete


def test_numbers_per_fiscal_year_and_section(tmp_path):
    db = tmp_path / "n.sqlite"
    assert allocate_number("総総", dt.date(2024, 3, 31), db) == "5総総第1号"   # 令和5年度
    assert allocate_number("総総", dt.date(2024, 3, 31), db) == "5総総第2号"
    assert allocate_number("総総", dt.date(2024, 4, 1), db) == "6総総第1号"    # new fiscal year
    assert allocate_number("財主", dt.date(2024, 4, 1), db) == "6財主第1号"    # another section
    # FY2019 began in 平成31 (April) and continued as 令和元年度 from May: numbered by the day's era
    assert allocate_number("総総", dt.date(2019, 4, 10), db) == "31総総第1号"
    assert allocate_number("総総", dt.date(2019, 6, 1), db) == "元総総第2号"   # same fiscal year, same counter
    with pytest.raises(ApprovalError):
        allocate_number("  ", TODAY, db)


def test_concurrent_allocation_never_repeats(tmp_path):
    db = tmp_path / "n.sqlite"
    allocate_number("総総", TODAY, db)
    with ThreadPoolExecutor(4) as pool:
        numbers = list(pool.map(lambda _: allocate_number("総総", TODAY, db), range(40)))
    assert len(set(numbers)) == 40


def test_from_minutes_decisions():
    draft = from_minutes_decisions("第3回 総務課定例会議", ["会議室予約をシステム化する", "", "試行は7月から"],
                                   meeting_date=dt.date(2024, 5, 20), today=TODAY)
    assert draft.subject == "第3回 総務課定例会議における決定事項の実施について"
    assert "令和6年5月20日開催の第3回 総務課定例会議" in draft.body
    assert "1　会議室予約をシステム化する\n2　試行は7月から" in draft.body
    assert draft.template == "一般起案" and draft.route.decider_indexes() == [2]
    draft.drafter = DRAFTER.as_drafter()
    assert validate(complete(draft), today=TODAY) == []
    with pytest.raises(ValueError):
        from_minutes_decisions("会議", ["  "])


def test_bureau_templates_from_policy_folder(tmp_path, monkeypatch):
    folder = tmp_path / "policy" / "approval_templates"
    folder.mkdir(parents=True)
    (folder / "kouhou.json").write_text(
        '{"name": "広報物作成", "classification": "広報", "retention": "1年", "decision_type": "課長専決",'
        ' "route": [{"position": "課長", "level": "課長", "decider": true}]}', encoding="utf-8")
    (folder / "classifications.json").write_text('{"classifications": {"広報": ["1年", "3年"]}}', encoding="utf-8")
    (folder / "broken.json").write_text("{", encoding="utf-8")
    monkeypatch.setenv("TOSEI_DESK_POLICY", str(tmp_path / "policy" / "policy.toml"))
    errors: list[str] = []
    names = [t.name for t in list_templates(errors=errors)]
    assert names[:4] == ["一般起案", "契約伺い", "支出負担行為", "事業計画"] and "広報物作成" in names
    assert len(errors) == 1 and "broken.json" in errors[0]
    draft = complete(draft_from_template("広報物作成", today=TODAY))
    draft.drafter, draft.body = DRAFTER.as_drafter(), "伺います。"
    draft.enforcement, draft.disclosure = "施行不要", "公開"
    assert validate(draft, today=TODAY) == []
    with pytest.raises(TemplateNotFound, match="Available"):
        draft_from_template("存在しない")


def test_cli_draft_from_template_and_json(tmp_path, make_draft):
    source = tmp_path / "draft.json"
    draft = make_draft("契約伺い")
    source.write_text(draft.to_json(), encoding="utf-8")
    out = tmp_path / "out" / "keiyaku.docx"
    cmd = [sys.executable, "-m", "desktop", "approval", "draft", "--template", "契約伺い", "--from", str(source),
           "--out", str(out), "--number", "総総"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    back = read_back(out)
    assert back["fields"]["文書記号番号"] == "6総総第1号"
    assert back["fields"]["件名"] == draft.subject
    assert len(back["route"]) == 4
    assert load_draft(out.with_suffix(".json")).doc_number == "6総総第1号"
    assert (tmp_path / "out" / "keiyaku.docx.chain.json").is_file()

    listing = subprocess.run([sys.executable, "-m", "desktop", "approval", "templates"], capture_output=True,
                             text=True, timeout=60)
    assert listing.returncode == 0 and "支出負担行為" in listing.stdout

    empty = subprocess.run([sys.executable, "-m", "desktop", "approval", "draft", "--template", "一般起案",
                            "--out", str(tmp_path / "x.docx")], capture_output=True, text=True, timeout=60)
    assert empty.returncode == 1 and "problem: subject" in empty.stderr and not (tmp_path / "x.docx").exists()


def test_bureau_template_with_docx_layout(tmp_path, monkeypatch):
    from docx import Document

    from desktop.services.approval import export_draft

    folder = tmp_path / "policy" / "approval_templates"
    folder.mkdir(parents=True)
    letterhead = Document()
    letterhead.add_paragraph("東京都 総務局 レターヘッド")
    letterhead.save(str(folder / "letterhead.docx"))
    (folder / "somu.json").write_text(
        '{"name": "総務局起案", "layout_docx": "letterhead.docx", "classification": "総務・庶務", "retention": "1年",'
        ' "decision_type": "課長専決", "enforcement": "施行不要", "disclosure": "公開", "body": "伺います。",'
        ' "route": [{"position": "課長", "name": "鈴木", "level": "課長", "decider": true}]}', encoding="utf-8")
    monkeypatch.setenv("TOSEI_DESK_POLICY", str(tmp_path / "policy" / "policy.toml"))
    draft = draft_from_template("総務局起案", today=TODAY)
    draft.subject, draft.drafter = "レイアウト確認", DRAFTER.as_drafter()
    draft.route.steps[0].staff_id = "s2000001"
    assert validate(draft, today=TODAY) == []
    out = export_draft(draft, tmp_path / "o.docx", json_path=False)
    text = read_back(out.docx)["text"]
    assert text.startswith("東京都 総務局 レターヘッド") and "伺います。" in text
    assert read_back(out.docx)["fields"]["件名"] == "レイアウト確認"


def test_health_checks_pass_offline():
    from desktop.services.approval.health import checks

    results = {c.name: c for c in checks()}
    assert results["approval templates"].ok and "契約伺い" in results["approval templates"].detail
    assert results["approval record"].ok
