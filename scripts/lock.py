#!/usr/bin/env python3
"""The lock file ``requirements.lock``: every package of the app, its tests and its build, pinned with hashes.

One universal lock (markers per platform) for Linux x86-64 and aarch64 and Windows x64, Python 3.11. CI, the
test command and the bundle build install from it with ``pip --require-hashes``, then the app itself with
``pip install --no-deps -e .``.

    python scripts/lock.py check     # exit 1 (and say what to run) if a pyproject dependency is not in the lock
    python scripts/lock.py update    # re-resolve after editing pyproject.toml; keeps every other pin as it is
    python scripts/lock.py upgrade   # move every package to its newest allowed release (review the diff!)

``update`` and ``upgrade`` run ``uv pip compile`` (uv is in the ``build`` extra; installed on demand).
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements.lock"
EXTRAS = ("test", "build")
PYTHON = "3.11"
UV_VERSION = "0.13.8"


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _toml() -> dict:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def wanted() -> list[str]:
    project = _toml()["project"]
    out = list(project.get("dependencies", []))
    for extra in EXTRAS:
        out += project.get("optional-dependencies", {}).get(extra, [])
    return out


def locked() -> dict[str, list[str]]:
    pins: dict[str, list[str]] = {}
    if LOCK.exists():
        for line in LOCK.read_text(encoding="utf-8").splitlines():
            m = re.match(r"^([A-Za-z0-9][A-Za-z0-9_.-]*)==([^\s;\\]+)", line)
            if m:
                pins.setdefault(_norm(m.group(1)), []).append(m.group(2))
    return pins


def problems() -> list[str]:
    try:
        from packaging.requirements import Requirement
    except ImportError:  # a fresh venv: pip's own copy
        from pip._vendor.packaging.requirements import Requirement  # type: ignore[no-redef]

    pins = locked()
    out = []
    for text in wanted():
        req = Requirement(text)
        versions = pins.get(_norm(req.name))
        if not versions:
            out.append(f"{req.name}: not in requirements.lock")
        elif not any(req.specifier.contains(v, prereleases=True) for v in versions):
            out.append(f"{req.name}: pyproject wants '{req.specifier}', the lock has {', '.join(versions)}")
    return out


def check() -> int:
    if not LOCK.exists():
        print("requirements.lock is missing. Create it with: python scripts/lock.py update", file=sys.stderr)
        return 1
    found = problems()
    if found:
        print("requirements.lock is out of date with pyproject.toml:", file=sys.stderr)
        for p in found:
            print(f"  - {p}", file=sys.stderr)
        print("Refresh it (other pins stay) with:  python scripts/lock.py update   and commit requirements.lock",
              file=sys.stderr)
        return 1
    print(f"requirements.lock covers pyproject.toml ({len(locked())} packages pinned with hashes)")
    return 0


def _uv() -> str:
    here = Path(sys.executable).parent / ("uv.exe" if sys.platform == "win32" else "uv")
    if here.exists():
        return str(here)
    if shutil.which("uv"):
        return shutil.which("uv")  # type: ignore[return-value]
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", f"uv=={UV_VERSION}"], check=True)
    return str(here)


def compile_lock(upgrade: bool = False) -> int:
    cmd = [_uv(), "pip", "compile", str(ROOT / "pyproject.toml"), *(a for e in EXTRAS for a in ("--extra", e)),
           "--universal", "--python-version", PYTHON, "--generate-hashes", "--quiet",
           "--custom-compile-command", "python scripts/lock.py update", "-o", str(LOCK)]
    if upgrade:
        cmd.append("--upgrade")
    # An existing lock is read as preferences: only what pyproject.toml changed moves.
    return subprocess.run(cmd, cwd=ROOT).returncode


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "check":
        sys.exit(check())
    if command in ("update", "upgrade"):
        code = compile_lock(upgrade=command == "upgrade")
        sys.exit(code or check())
    sys.exit(__doc__)
