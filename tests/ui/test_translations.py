"""Every UI string has an English translation, and the .ts files compile and load."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"


def test_every_ts_file_is_fully_translated():
    files = sorted(TS_DIR.glob("*_en.ts"))
    assert files, "no translation sources"
    missing = []
    for ts in files:
        for msg in ET.parse(ts).getroot().iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip():
                if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                    continue
                missing.append(f"{ts.name}: {msg.findtext('source')}")
    assert not missing, "untranslated strings:\n" + "\n".join(missing)


def test_ts_files_compile_and_load(tmp_path, qapp):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sorted(TS_DIR.glob("*_en.ts")):
        qm = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        translator = QTranslator()
        assert translator.load(str(qm)), ts.name
        assert not translator.isEmpty(), ts.name


def test_tool_error_sentences_switch_to_english(qapp):
    """Error sentences of desktop.messages follow the GUI's language through Qt's translators."""
    from desktop.services.minutes.errors import ExportError
    from desktop.ui import i18n
    from desktop.ui.errors import describe

    exc = ExportError("Could not write /work/minutes.docx: disk full.", path="/work/minutes.docx")
    assert describe(exc).startswith("書き出しに失敗しました。")
    assert "disk full" not in describe(exc)  # the service's English stays behind 「詳細を表示」
    i18n.apply_language("en")
    try:
        english = describe(exc)
    finally:
        i18n.apply_language("ja")
    assert not english.startswith("書き出し") and "/work/minutes.docx" in english


def test_the_qt_free_catalogue_reads_what_qt_reads(tmp_path, qapp):
    """desktop.messages.catalogue reads the .ts sources and the compiled .qm (a bundle ships only these) without
    Qt: for every message both give what QTranslator gives."""
    from desktop.messages.catalogue import read_qm, read_ts

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    checked = 0
    for ts in sorted(TS_DIR.glob("*_en.ts")):
        qm = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        from_ts, from_qm = read_ts(ts), read_qm(qm)
        assert from_qm == from_ts, ts.name
        translator = QTranslator()
        assert translator.load(str(qm))
        for (context, source), text in from_ts.items():
            assert translator.translate(context, source) == text, (ts.name, context, source)
            checked += 1
    assert checked > 1000  # really walked every catalogue
