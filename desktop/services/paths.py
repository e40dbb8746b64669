"""The one place that resolves every directory the app uses.

Per-user dirs come from platformdirs. ``TOSEI_DESK_HOME`` (tests, portable installs) puts them all under one
folder: ``config/``, ``data/``, ``cache/``, ``logs/``, ``work/``. The admin policy file is per machine; see
:func:`policy_file`. Bundled resources are found by :func:`resource_path`, frozen (PyInstaller) or not.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Callable

import platformdirs

from desktop import APP_ID

POLICY_ENV = "TOSEI_DESK_POLICY"
HOME_ENV = "TOSEI_DESK_HOME"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value) if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def _app_dir(name: str, platform_dir: Callable[..., str]) -> Path:
    """``<TOSEI_DESK_HOME>/<name>`` when set (tests, portable use), else the platform's folder; created."""
    home = _home()
    return _ensure(home / name if home else Path(platform_dir(APP_ID, appauthor=False)))


def config_dir() -> Path:
    return _app_dir("config", platformdirs.user_config_dir)


def data_dir() -> Path:
    """Drafts, outbox, journals, recordings: durable user data."""
    return _app_dir("data", platformdirs.user_data_dir)


def cache_dir() -> Path:
    """Rebuildable files (e.g. the joined Whisper model, onnxruntime caches)."""
    return _app_dir("cache", platformdirs.user_cache_dir)


def log_dir() -> Path:
    return _app_dir("logs", platformdirs.user_log_dir)


def default_work_folder() -> Path:
    """Where tools save outputs by default (the folder cloud sync keeps in step)."""
    home = _home()
    if home:
        return home / "work"
    return Path(platformdirs.user_documents_dir()) / APP_ID


def tool_data_dir(tool: str) -> Path:
    """``data_dir()/tool``, e.g. ``tool_data_dir("outbox")``."""
    return _ensure(data_dir() / tool)


def policy_file() -> Path:
    """The machine-wide admin policy (TOML or JSON).

    ``TOSEI_DESK_POLICY`` overrides; otherwise ``%ProgramData%\\ToseiDesk\\policy.toml`` on Windows,
    ``/etc/tosei-desk/policy.toml`` elsewhere (a ``policy.json`` beside it is accepted too).
    """
    override = os.environ.get(POLICY_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / APP_ID
    elif sys.platform == "darwin":
        base = Path("/Library/Application Support") / APP_ID
    else:
        base = Path("/etc/tosei-desk")
    toml = base / "policy.toml"
    if not toml.exists() and (base / "policy.json").exists():
        return base / "policy.json"
    return toml


def policy_folder() -> Path:
    """Folder of the policy file: bureau templates, glossaries and models may sit beside it."""
    return policy_file().parent


def resources_dir() -> Path:
    """Bundled read-only resources: in a PyInstaller build (``sys._MEIPASS``), a source checkout (beside the
    package), or a wheel install (``<prefix>/share/tosei-desk/resources``)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if checkout.is_dir():
        return checkout
    for prefix in (sys.prefix, sys.base_prefix):
        installed = Path(prefix) / "share" / "tosei-desk" / "resources"
        if installed.is_dir():
            return installed
    return checkout


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
