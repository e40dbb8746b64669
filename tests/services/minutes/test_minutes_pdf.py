"""議事録 as PDF: the .docx converted by LibreOffice (service and ``python -m desktop minutes AUDIO --out x.pdf``)."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from desktop.services.common.pdf_convert import ConverterNotFound, find_soffice
from desktop.services.minutes.exporters import export
from desktop.services.minutes.transcript import MinutesMeta, Segment, Transcript

needs_lo = pytest.mark.skipif(find_soffice() is None, reason="LibreOffice is not installed")


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout.replace(" ", "")


@pytest.mark.libreoffice
@needs_lo
def test_exported_minutes_pdf_has_the_japanese_text(tmp_path):
    meta = MinutesMeta(title="令和8年度 予算調整会議", place="第二本庁舎 会議室B", attendees=["田中部長", "鈴木主任"],
                       decisions=["次年度予算案を了承する"], next_meeting="12月3日")
    t = Transcript([Segment(0.0, 4.0, "歳出の見直し案を説明します。", "鈴木主任"),
                    Segment(4.0, 8.0, "委託費は前年度並みとしてください。", "田中部長")], "ja", 8.0, meta=meta)
    out = export(t, tmp_path / "予算調整会議.pdf")
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    for expected in ("令和8年度予算調整会議", "第二本庁舎会議室B", "田中部長", "歳出の見直し案を説明します",
                     "委託費は前年度並みとしてください", "次年度予算案を了承する"):
        assert expected in text, expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["予算調整会議.pdf"]  # no .docx or temp left


def test_pdf_with_a_missing_converter_is_a_typed_error(tmp_path):
    t = Transcript([Segment(0.0, 1.0, "はい。")], "ja", 1.0)
    with pytest.raises(ConverterNotFound):
        export(t, tmp_path / "x.pdf", pdf_converter=str(tmp_path / "none" / "soffice"))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.libreoffice
@needs_lo
def test_cli_writes_the_minutes_pdf(english_wav, tmp_path):
    out = tmp_path / "minutes.pdf"
    done = subprocess.run([sys.executable, "-m", "desktop", "minutes", str(english_wav), "--model", "tiny.en",
                           "--language", "en", "--title", "予算委員会", "--out", str(out)],
                          capture_output=True, text=True, timeout=300, env=os.environ.copy())
    assert done.returncode == 0, done.stderr
    assert re.search(r"^100% ", done.stderr, re.M)  # the progress lines the refusal test expects to be absent
    text = pdf_text(out)
    assert "予算委員会" in text and "budget" in text.lower()


def test_cli_refuses_pdf_without_converter_before_transcribing(english_wav, tmp_path):
    from desktop.services.settings import Settings

    Settings().set("pdf_converter", str(tmp_path / "none" / "soffice"))
    done = subprocess.run([sys.executable, "-m", "desktop", "minutes", str(english_wav), "--model", "tiny.en",
                           "--out", str(tmp_path / "m.pdf")], capture_output=True, text=True, timeout=120,
                          env=os.environ.copy())
    assert done.returncode != 0 and "PDF converter set in Settings was not found" in done.stderr
    assert not re.search(r"^\s*\d+% ", done.stderr, re.M)  # refused before any transcription progress
    assert not (tmp_path / "m.pdf").exists()
