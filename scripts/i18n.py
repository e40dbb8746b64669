#!/usr/bin/env python3
"""Qt translations: one ``.ts`` source per area under ``resources/translations/``, ``.qm`` built, not committed.

UI strings are written in Japanese in the code (``self.tr("議事録")``); the ``*_en.ts`` files translate them
to English. Areas map to UI files: ``shell`` (everything in desktop/ui not owned by a tool) and one per tool; the
error sentences of ``desktop/messages/<tool>.py`` go with their tool.

    python scripts/i18n.py update [AREA...]   # run pyside6-lupdate: add new strings, keep translations
    python scripts/i18n.py build              # pyside6-lrelease every .ts into .qm (CI and build.spec do this)
    python scripts/i18n.py missing            # list strings that still lack an English translation
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "desktop" / "ui"
TS_DIR = ROOT / "resources" / "translations"
MESSAGES = ROOT / "desktop" / "messages"
TOOLS = ("minutes", "forms", "send", "approval", "sync", "signin")
MESSAGE_AREAS = {"identity": "signin"}


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    return str(exe) if exe.exists() else (shutil.which(name) or name)


def area_files(area: str) -> list[Path]:
    """The files whose strings go into ``<area>_en.ts``: a tool's UI files and its module of sentences in
    desktop/messages (identity's are the sign-in area's); everything else is the shell's."""
    files = sorted([*UI.rglob("*.py"), *MESSAGES.glob("*.py")])
    def owner(p: Path) -> str:
        if p.parent == MESSAGES:
            return MESSAGE_AREAS.get(p.stem, p.stem if p.stem in TOOLS else "shell")
        rel = p.relative_to(UI).as_posix()
        for tool in TOOLS:
            if rel.startswith(tool + "_") or rel.startswith(tool + "/"):
                return tool
        return "shell"
    return [p for p in files if owner(p) == area]


def update(areas: list[str]) -> None:
    for area in areas or ["shell", *TOOLS]:
        files = area_files(area)
        if not files:
            continue
        ts = TS_DIR / f"{area}_en.ts"
        subprocess.run([_tool("pyside6-lupdate"), *map(str, files), "-no-obsolete", "-source-language", "ja",
                        "-target-language", "en", "-ts", str(ts)], check=True)


def build() -> None:
    for ts in sorted(TS_DIR.glob("*.ts")):
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)


def missing() -> int:
    count = 0
    for ts in sorted(TS_DIR.glob("*.ts")):
        for ctx in ET.parse(ts).getroot().iter("context"):
            cname = ctx.findtext("name")
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
                    count += 1
                    print(f"{ts.name}: [{cname}] {msg.findtext('source')}")
    return count


if __name__ == "__main__":
    cmd, *rest = sys.argv[1:] or ["build"]
    if cmd == "update":
        update(rest)
    elif cmd == "build":
        build()
    elif cmd == "missing":
        sys.exit(1 if missing() else 0)
    else:
        sys.exit(__doc__)
