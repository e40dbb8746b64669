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
    """Error sentences registered by the tools are looked up in the context lupdate filed them under."""
    from desktop.services.minutes.errors import ExportError
    from desktop.ui import i18n
    from desktop.ui.errors import describe
    from desktop.ui.minutes.error_text import register_error_texts

    register_error_texts()
    exc = ExportError("Could not write /work/minutes.docx: disk full.", path="/work/minutes.docx")
    assert describe(exc).startswith("書き出しに失敗しました。")
    assert "disk full" not in describe(exc)  # the service's English stays behind 「詳細を表示」
    i18n.apply_language("en")
    try:
        english = describe(exc)
    finally:
        i18n.apply_language("ja")
    assert not english.startswith("書き出し") and "/work/minutes.docx" in english
