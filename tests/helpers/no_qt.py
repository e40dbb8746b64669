"""Make PySide6 absent: ``import PySide6`` (or shiboken6, pytest-qt) raises ModuleNotFoundError.

The services tier runs with it, as a pytest plugin (``python -m pytest -p tests.helpers.no_qt -p no:pytest-qt
tests/services/...``) or by importing it first in a subprocess (tests/services/core/test_services_without_qt.py).
It proves that the domain logic, the CLI and ``self-test --no-qt`` work on a machine without Qt, which
import-linter alone cannot (it does not see lazy imports inside functions that tests exercise).
scripts/test_noqt.sh also runs the services tier in a venv where PySide6 is not installed at all.
"""
from __future__ import annotations

import importlib.abc
import sys

BLOCKED = ("PySide6", "shiboken6", "pytestqt")


class _NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        if fullname.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {fullname!r} (blocked: services tier without Qt)",
                                      name=fullname)
        return None


def install() -> None:
    if any(m.split(".")[0] in BLOCKED for m in sys.modules):
        raise RuntimeError("Qt was imported before the no-Qt blocker was installed")
    if not any(isinstance(f, _NoQt) for f in sys.meta_path):
        sys.meta_path.insert(0, _NoQt())


install()
