"""The services, the error sentences, the CLI and ``self-test --no-qt`` work where PySide6 is not installed."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

IMPORT_ALL = """
import tests.helpers.no_qt  # noqa: F401  (first: PySide6 is absent from here on)
import importlib, pkgutil, sys
import desktop.services, desktop.cli, desktop.messages
names = [m.name for pkg in (desktop.services, desktop.messages, desktop.cli)
         for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")]
for name in names:
    importlib.import_module(name)
assert not [m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))]
print(len(names))
"""


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_the_blocker_really_blocks_qt():
    out = _run("-c", "import tests.helpers.no_qt\ntry:\n import PySide6\nexcept ModuleNotFoundError:\n print('absent')")
    assert out.stdout.strip() == "absent", out.stderr


def test_every_service_and_cli_module_imports_without_qt():
    out = _run("-c", IMPORT_ALL)
    assert out.returncode == 0, out.stderr[-3000:]
    assert int(out.stdout.split()[-1]) > 100  # really walked the packages


def test_cli_self_test_runs_without_qt():
    out = _run("-c", "import tests.helpers.no_qt, sys\nfrom desktop.__main__ import main\n"
                     "sys.exit(main(['self-test', '--no-qt']))")
    assert "self-test:" in out.stdout, out.stderr[-3000:]
    assert "Qt platform" not in out.stdout
