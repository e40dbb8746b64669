"""Qt-free self-test checks (data dirs, credential store, policy) plus every tool's own checks.

The Qt checks (platform plugin, Japanese font; with ``--deep`` the translations and the window switching language)
live in ``desktop/ui``. The CLI may not import the UI, so the entry point (``desktop/__main__.py``) registers them
here with :func:`register_qt_checks` and ``self-test`` asks for them with :func:`qt_checks`.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

from desktop.services import paths, secrets
from desktop.services.health import Check, guarded, tool_checks
from desktop.services.policy import load_policy


def _writable(name: str, folder_fn: Callable[[], Path]) -> Check:
    folder = folder_fn()
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".selftest-")
    os.close(fd)
    os.unlink(tmp)
    return Check(f"{name} folder writable", True, str(folder))


def _credential_store() -> Check:
    problem = secrets.backend_problem()
    if problem:
        return Check("credential store", False, problem)
    return Check("credential store", True, secrets.backend_name())


def _policy() -> Check:
    policy = load_policy()
    if policy.path is None and not policy.registry_used:
        return Check("admin policy", True, f"none at {paths.policy_file()} (defaults)", required=False)
    if policy.warnings:
        return Check("admin policy", False, "; ".join(policy.warnings), required=False)
    sources = [str(policy.path)] if policy.path else []
    if policy.registry_used:
        from desktop.services.policy_registry import REGISTRY_LABEL

        sources.append(f"Group Policy {REGISTRY_LABEL} ({len(policy.registry_keys)} keys, over the file)")
    return Check("admin policy", True, f"{' + '.join(sources)} ({len(policy.values)} settings, "
                                       f"{len(policy.locked)} locked)", required=False)


def base_checks() -> list[Check]:
    out = [
        guarded("config folder", lambda: _writable("config", paths.config_dir)),
        guarded("data folder", lambda: _writable("data", paths.data_dir)),
        guarded("cache folder", lambda: _writable("cache", paths.cache_dir)),
        guarded("log folder", lambda: _writable("log", paths.log_dir)),
        guarded("resources", lambda: Check("bundled resources", paths.resources_dir().is_dir(),
                                           str(paths.resources_dir()))),
        guarded("credential store", _credential_store),
        guarded("admin policy", _policy, required=False),
    ]
    return out


def run_all() -> list[Check]:
    return base_checks() + tool_checks()


_qt_providers: dict[bool, Callable[[], list[Check]]] = {}


def register_qt_checks(basic: Callable[[], list[Check]], deep: Callable[[], list[Check]]) -> None:
    """Called by the entry point: the Qt checks of ``self-test`` (``basic``) and of ``self-test --deep``."""
    _qt_providers[False] = basic
    _qt_providers[True] = deep


def qt_checks(deep: bool = False) -> list[Check]:
    """The registered Qt checks; a failed check (not an empty list) when none were registered."""
    provider = _qt_providers.get(deep)
    if provider is None:
        return [Check("Qt checks", False, "not registered (run through python -m desktop)", required=False)]
    return provider()
