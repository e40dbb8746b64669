#!/usr/bin/env python3
"""``requirements.lock`` without Qt: the lock of the services tier that runs where PySide6 is not installed.

scripts/test.sh builds a second venv (``.venv-noqt``) from this and runs the Qt-free service tests in it, so
"the domain logic, the CLI and ``self-test --no-qt`` work without Qt" is checked on a machine state where Qt is
really absent (napari's tox env that uninstalls Qt), not only behind ``tests/helpers/no_qt.py``.

    python scripts/noqt_lock.py            # print the filtered lock (hashes kept) on stdout
    python scripts/noqt_lock.py OUT        # write it to OUT

Every other pin and hash is copied unchanged, so ``pip install --no-deps --require-hashes -r OUT`` installs exactly
what the main venv has, minus the packages below. Only the standard library is used (it runs before any install).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements.lock"
# Qt itself, its binding runtime and the pytest plugin that imports Qt on start-up.
WITHOUT_QT = frozenset({"pyside6-essentials", "pyside6-addons", "pyside6", "shiboken6", "pytest-qt"})
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9_.-]*)==")


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def filtered(text: str, drop: frozenset[str] = WITHOUT_QT) -> str:
    """``text`` (a uv-compiled lock) without the requirement blocks of ``drop``.

    A block is a pin line (``name==version \\``) and the indented lines after it (its hashes and ``# via``).
    """
    out: list[str] = []
    skipping = False
    for line in text.splitlines(keepends=True):
        pin = _PIN.match(line)
        if pin:
            skipping = _norm(pin.group(1)) in drop
        elif not line.startswith((" ", "\t")):
            skipping = False  # a top-level comment or blank line ends the block
        if not skipping:
            out.append(line)
    return "".join(out)


def main(argv: list[str]) -> int:
    text = filtered(LOCK.read_text(encoding="utf-8"))
    left = {_norm(m.group(1)) for m in map(_PIN.match, text.splitlines()) if m}
    if left & WITHOUT_QT:
        print(f"noqt_lock: still pinned: {sorted(left & WITHOUT_QT)}", file=sys.stderr)
        return 1
    if argv:
        Path(argv[0]).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
