"""``translate(context, text)`` for Qt-free code: the GUI's Qt translators, or the same catalogues read without Qt.

Sentences are written ``translate("SendErrors", "日本語の文")`` (``pyside6-lupdate`` finds such calls and
``QT_TRANSLATE_NOOP`` by name, so they are filed in the ``.ts`` under the context used at run time).

- The GUI calls ``install(QCoreApplication.translate)`` (``desktop.ui.errors``): a language switch then applies
  at once, as for every widget.
- The CLI calls ``use_language("en")``: the ``*_en.ts`` sources of a checkout, or the compiled ``*_en.qm`` of a
  bundle, are read here without Qt. ``"ja"`` (the default) means the Japanese source text.

Call ``install``/``use_language`` once at start-up (the GUI thread or the CLI's main thread); ``translate`` may be
called from any thread afterwards.
"""
from __future__ import annotations

import logging
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Callable

from desktop.services import paths

Translate = Callable[[str, str], str]
log = logging.getLogger(__name__)

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def _source_text(context: str, text: str) -> str:
    return text


_active: Translate = _source_text


def translate(context: str, text: str) -> str:
    """``text`` (Japanese source) in the current language."""
    return _active(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for translation where it is defined (a table); translate it where it is used."""
    return text


def install(fn: Translate) -> None:
    """Use ``fn(context, text)`` (the GUI: ``QCoreApplication.translate``) for every sentence."""
    global _active
    _active = fn


def installed() -> Translate:
    """The translate function in use (tests restore it after a CLI run in the same process)."""
    return _active


def use_language(lang: str, folder: Path | None = None) -> None:
    """Translate through the app's own catalogues for ``lang`` without Qt ("ja": the source text)."""
    if lang == "ja":
        install(_source_text)
        return
    table = load_catalogue(lang, folder)
    install(lambda context, text: table.get((context, text)) or text)


def load_catalogue(lang: str, folder: Path | None = None) -> dict[tuple[str, str], str]:
    """``(context, source) -> translation`` from ``*_<lang>.ts`` (a checkout) or else ``*_<lang>.qm`` (a bundle
    ships only these). Unfinished and obsolete entries are left out, as ``lrelease`` does, and texts with a
    disambiguation comment (``self.tr(text, comment)`` in widgets; sentences here have none)."""
    folder = folder or paths.resource_path("translations")
    table: dict[tuple[str, str], str] = {}
    sources = [] if getattr(sys, "frozen", False) else sorted(folder.glob(f"*_{lang}.ts"))
    for ts in sources:
        table.update(read_ts(ts))
    if not sources:
        for qm in sorted(folder.glob(f"*_{lang}.qm")):
            table.update(read_qm(qm))
    if not table:
        log.warning("no %s translations found in %s", lang, folder)
    return table


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or msg.findtext("comment"):
                continue  # a disambiguated text is not reachable through translate(context, text)
            text = tr.findtext("numerusform") if msg.get("numerus") == "yes" else tr.text
            if text:
                out[(name, msg.findtext("source") or "")] = text
    return out


def read_qm(path: Path) -> dict[tuple[str, str], str]:
    """The messages of a compiled Qt catalogue: sections ``tag:u8 length:u32``; in the messages section (0x69)
    records of ``tag`` + data until the end tag 1 (3: translation UTF-16BE, 6: source, 7: context, 8: comment,
    each ``length:u32`` + bytes; 5: obsolete, no data)."""
    data = path.read_bytes()
    if not data.startswith(QM_MAGIC):
        raise ValueError(f"{path} is not a Qt .qm file")
    pos, messages = len(QM_MAGIC), b""
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        if tag == 0x69:
            messages = data[pos + 5:pos + 5 + length]
        pos += 5 + length
    out: dict[tuple[str, str], str] = {}
    pos = 0
    rec: dict[int, bytes] = {}
    while pos < len(messages):
        tag = messages[pos]
        pos += 1
        if tag == 1:  # end of one message
            if rec.get(3) and not rec.get(8):  # 8: a disambiguation comment (see read_ts)
                out[(rec.get(7, b"").decode("utf-8"), rec.get(6, b"").decode("utf-8"))] = rec[3].decode("utf-16-be")
            rec = {}
        elif tag in (3, 6, 7, 8):
            length = struct.unpack_from(">I", messages, pos)[0]
            pos += 4
            if length == 0xFFFFFFFF:  # a null string
                length = 0
            rec.setdefault(tag, messages[pos:pos + length])  # numerus: the first form
            pos += length
        elif tag != 5:
            raise ValueError(f"{path}: unknown message tag {tag}")
    return out
