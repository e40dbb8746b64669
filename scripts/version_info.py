#!/usr/bin/env python3
"""Write the Windows version resource (PyInstaller ``VSVersionInfo``) of both executables from
``desktop.__version__``: Explorer's Details tab, Intune/SCCM file-version detection rules (docs/ADMIN.md).

    python scripts/version_info.py build/version_info.txt
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def render(version: str) -> str:
    parts = [int(p) for p in re.findall(r"\d+", version)[:4]]
    parts += [0] * (4 - len(parts))
    tup = ", ".join(map(str, parts))
    strings = {"CompanyName": "Tosei Desk team", "FileDescription": "Tosei Desk", "FileVersion": version,
               "InternalName": "tosei-desk", "LegalCopyright": "MIT License", "OriginalFilename": "tosei-desk.exe",
               "ProductName": "Tosei Desk", "ProductVersion": version}
    entries = ",\n          ".join(f"StringStruct('{k}', '{v}')" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({tup}), prodvers=({tup}), mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041104B0', [
          {entries}])]),
    VarFileInfo([VarStruct('Translation', [0x0411, 1200, 0x0409, 1200])])
  ]
)
"""


if __name__ == "__main__":
    version = re.search(r'__version__ = "([^"]+)"', (ROOT / "desktop" / "__init__.py").read_text()).group(1)
    out = Path(sys.argv[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(version), encoding="utf-8")
