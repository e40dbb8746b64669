"""docx → PDF through real LibreOffice: typed errors, nothing half-written, private profiles, cancel/timeout
kill the whole soffice process tree."""
from __future__ import annotations

import shutil
import subprocess
import threading
import time
import zipfile
from pathlib import Path

import psutil
import pytest

from desktop.services.common.docx_ja import add_text, new_a4_document
from desktop.services.common.jobs import CancelToken
from desktop.services.common.pdf_convert import (ConversionFailed, ConversionTimedOut, ConverterNotFound,
                                                 docx_to_pdf, find_soffice, require_soffice)
from desktop.services.errors import Cancelled

needs_lo = pytest.mark.skipif(find_soffice() is None, reason="LibreOffice is not installed")


def pdf_text(pdf: Path) -> str:
    exe = shutil.which("pdftotext")
    if not exe:
        pytest.fail("pdftotext is required (apt-get install poppler-utils)")
    return subprocess.run([exe, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True,
                          timeout=60).stdout


def make_docx(path: Path, text: str) -> Path:
    document = new_a4_document()
    add_text(document.add_paragraph(), text)
    document.save(str(path))
    return path


def soffice_procs() -> list[psutil.Process]:
    out = []
    for p in psutil.Process().children(recursive=True):
        try:
            if "soffice" in p.name() or "oosplash" in p.name():
                out.append(p)
        except psutil.Error:
            pass
    return out


def names(procs: list[psutil.Process]) -> list[str]:
    out = []
    for p in procs:
        try:
            out.append(p.name())
        except psutil.Error:
            pass
    return out


def test_a_missing_explicit_path_is_a_typed_error(tmp_path):
    missing = tmp_path / "LibreOffice" / "program" / "soffice.exe"
    assert find_soffice(missing) is None
    docx = make_docx(tmp_path / "a.docx", "本文")
    with pytest.raises(ConverterNotFound, match="PDF converter set in Settings was not found") as info:
        docx_to_pdf(docx, tmp_path / "a.pdf", soffice=missing)
    assert str(missing) in str(info.value) and info.value.params["path"] == str(missing)
    assert not (tmp_path / "a.pdf").exists()
    empty_folder = tmp_path / "empty"
    empty_folder.mkdir()
    assert find_soffice(empty_folder) is None


def test_not_installed_says_what_to_install(tmp_path, monkeypatch):
    from desktop.services.common import pdf_convert

    monkeypatch.setattr(pdf_convert, "_candidates", lambda: [tmp_path / "nowhere" / "soffice"])
    assert find_soffice() is None
    with pytest.raises(ConverterNotFound, match="LibreOffice is not installed.*libreoffice-writer-nogui"):
        require_soffice("")


@needs_lo
def test_an_install_folder_is_accepted():
    exe = find_soffice()
    folder = exe.resolve().parent.parent  # .../libreoffice (holds program/soffice)
    found = find_soffice(folder)
    assert found is not None and found.name.startswith("soffice")


@pytest.mark.libreoffice
@needs_lo
def test_two_conversions_at_once_each_with_its_own_profile(tmp_path):
    docs = [make_docx(tmp_path / f"d{i}.docx", f"東京都庁 第{i}会議室の予約について") for i in (1, 2)]
    results: dict[int, object] = {}

    def convert(i):
        try:
            results[i] = docx_to_pdf(docs[i - 1], tmp_path / f"d{i}.pdf")
        except Exception as exc:  # reported below
            results[i] = exc

    threads = [threading.Thread(target=convert, args=(i,)) for i in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    for i in (1, 2):
        assert results[i] == tmp_path / f"d{i}.pdf", results[i]
        assert f"第{i}会議室の予約" in pdf_text(tmp_path / f"d{i}.pdf").replace(" ", "")
    assert not soffice_procs()


@pytest.mark.libreoffice
@needs_lo
def test_a_corrupt_docx_fails_clearly_and_leaves_the_old_pdf(tmp_path):
    bad = tmp_path / "壊れた起案書.docx"
    with zipfile.ZipFile(bad, "w") as z:  # a zip that claims to be Word but is cut off
        z.writestr("[Content_Types].xml", "<Types")
        z.writestr("word/document.xml", "<w:document")
    out = tmp_path / "壊れた起案書.pdf"
    out.write_bytes(b"%PDF-1.4 the good old one")
    with pytest.raises(ConversionFailed) as info:
        docx_to_pdf(bad, out)
    message = str(info.value)
    assert "could not convert 壊れた起案書.docx" in message and "could not be loaded" in message
    assert out.read_bytes() == b"%PDF-1.4 the good old one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["壊れた起案書.docx", "壊れた起案書.pdf"]

    text_file = tmp_path / "本文.docx"  # plain text renamed .docx is not silently "converted" as text
    text_file.write_text("これは Word 文書ではありません", encoding="utf-8")
    with pytest.raises(ConversionFailed):
        docx_to_pdf(text_file, tmp_path / "本文.pdf")
    assert not (tmp_path / "本文.pdf").exists()


@pytest.mark.libreoffice
@needs_lo
def test_cancel_kills_the_soffice_process_tree(tmp_path):
    docx = make_docx(tmp_path / "long.docx", "取消しの試験")
    token = CancelToken()
    outcome: list[BaseException | Path] = []

    def convert():
        try:
            outcome.append(docx_to_pdf(docx, tmp_path / "long.pdf", cancel=token))
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=convert)
    worker.start()
    deadline = time.monotonic() + 20
    seen: list[psutil.Process] = []
    while time.monotonic() < deadline and not outcome:
        seen = soffice_procs()
        if any(name.startswith("soffice.bin") for name in names(seen)):
            break
        time.sleep(0.02)
    assert seen, "soffice never started"
    started = time.monotonic()
    token.cancel()
    worker.join(10)
    assert isinstance(outcome[0], Cancelled), outcome
    assert time.monotonic() - started < 3
    gone, alive = psutil.wait_procs(seen, timeout=3)
    assert not alive, [p.pid for p in alive]
    assert not (tmp_path / "long.pdf").exists()


@pytest.mark.libreoffice
@needs_lo
def test_timeout_stops_libreoffice(tmp_path):
    docx = make_docx(tmp_path / "t.docx", "時間切れ")
    with pytest.raises(ConversionTimedOut, match="within 0.2 s and was stopped"):
        docx_to_pdf(docx, tmp_path / "t.pdf", timeout=0.2)
    assert not (tmp_path / "t.pdf").exists()
    _gone, alive = psutil.wait_procs(soffice_procs(), timeout=3)
    assert not alive

