"""Run-time language switching with real Qt translators.

Source strings are Japanese; ``resources/translations/*_en.qm`` translate them to English. Qt's own
``qtbase_<lang>`` catalogue is loaded too, so built-in dialogs speak the same language. When running from a
source checkout without built ``.qm`` files, they are compiled once into the cache dir with
``pyside6-lrelease``. Call only on the GUI thread.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from desktop.services import paths

log = logging.getLogger(__name__)

LANGUAGES = {"ja": "日本語", "en": "English"}
_installed: list[QTranslator] = []
_current = "ja"


def current_language() -> str:
    """The language last applied ("ja" or "en"); already the new one while widgets retranslate."""
    return _current


def _qm_files(lang: str) -> list[Path]:
    """The ``.qm`` catalogues for ``lang``.

    A frozen build (and any install without ``.ts`` sources) ships only compiled ``.qm``: they are used as
    they are, whatever their file times (an installer or unzip may set any mtime). In a source checkout a
    ``.qm`` older than its ``.ts`` is rebuilt into the cache dir, so an edited translation shows at once."""
    src = paths.resource_path("translations")
    sources = [] if getattr(sys, "frozen", False) else sorted(src.glob(f"*_{lang}.ts"))
    if not sources:
        return sorted(src.glob(f"*_{lang}.qm"))
    out, stale = [], []
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            out.append(qm)
        else:
            stale.append(ts)
    return out + _compile_to_cache(stale) if stale else out


def _compile_to_cache(sources: list[Path]) -> list[Path]:
    exe = Path(sys.executable).parent / "pyside6-lrelease"
    tool = str(exe) if exe.exists() else shutil.which("pyside6-lrelease")
    if not tool:
        log.warning("translations out of date and no pyside6-lrelease to build them")
        return []
    out_dir = paths.cache_dir() / "translations"
    out_dir.mkdir(parents=True, exist_ok=True)
    out = []
    for ts in sources:
        qm = out_dir / ts.with_suffix(".qm").name
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=False)
        if qm.exists():
            out.append(qm)
    return out


def apply_language(lang: str) -> None:
    """Install the translators for ``lang`` ("ja" or "en"); widgets get a LanguageChange event."""
    global _current
    _current = lang
    from desktop.messages import catalogue

    catalogue.install(QCoreApplication.translate)  # the sentences of desktop.messages follow the GUI's language
    QLocale.setDefault(QLocale(QLocale.Language.Japanese if lang == "ja" else QLocale.Language.English))
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(QLocale(lang), "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    if lang != "ja":
        for qm in _qm_files(lang):
            translator = QTranslator(app)
            if translator.load(str(qm)):
                app.installTranslator(translator)
                _installed.append(translator)
            else:
                log.warning("could not load translation %s", qm)
    # LanguageChange events are posted; deliver them now so every widget is retranslated on return.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    log.info("language set to %s (%d translators)", lang, len(_installed))
