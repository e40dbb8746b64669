"""``python -m desktop approval draft ... --out x.pdf`` / ``--pdf``: the PDF with the .docx/JSON beside it;
a missing converter is refused before anything is written or numbered."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest

from desktop.services.approval import allocate_number, save_draft_json
from desktop.services.common.pdf_convert import find_soffice


def run_cli(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", "approval", "draft", *args], capture_output=True,
                          text=True, timeout=180, cwd=cwd, env=os.environ.copy())


@pytest.mark.libreoffice
@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice is not installed")
def test_out_pdf_writes_pdf_docx_and_json(make_draft, tmp_path):
    source = save_draft_json(make_draft("支出負担行為"), tmp_path / "in.json")
    out = tmp_path / "out" / "支出.pdf"
    done = run_cli("--from", str(source), "--out", str(out), "--number", "総総", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    for path in (out, out.with_suffix(".docx"), out.with_suffix(".json")):
        assert path.is_file() and f"Wrote {path}" in done.stdout
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "支出負担行為" in text and "総総第1号" in text.replace(" ", "")

    docx = tmp_path / "both" / "起案.docx"
    done = run_cli("--from", str(source), "--out", str(docx), "--pdf", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert docx.is_file() and docx.with_suffix(".pdf").read_bytes().startswith(b"%PDF")


def test_missing_converter_writes_nothing(make_draft, tmp_path):
    from desktop.services.settings import Settings

    Settings().set("pdf_converter", str(tmp_path / "no-such" / "soffice"))
    source = save_draft_json(make_draft(), tmp_path / "in.json")
    out = tmp_path / "out" / "起案.pdf"
    done = run_cli("--from", str(source), "--out", str(out), "--number", "総総", cwd=tmp_path)
    assert done.returncode != 0
    assert done.stderr.startswith("エラー: 設定の「PDF変換」に指定された")
    assert "詳細: The PDF converter set in Settings was not found" in done.stderr
    assert not out.parent.exists()
    # no number was used up: the next allocation is still the first
    assert allocate_number("総総", dt.date(2024, 6, 3)).endswith("総総第1号")
