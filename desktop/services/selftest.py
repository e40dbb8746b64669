"""Qt-free self-test checks (data dirs, credential store, policy) plus every tool's own checks.

The Qt checks (platform plugin, Japanese font) live in ``desktop/ui/qt_health.py``; the CLI combines both.
"""
from __future__ import annotations

import os
import tempfile

from desktop.services import paths, secrets
from desktop.services.health import Check, guarded, tool_checks
from desktop.services.policy import load_policy


def _writable(name: str, folder_fn) -> Check:
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
    if policy.path is None:
        return Check("admin policy", True, f"none at {paths.policy_file()} (defaults)", required=False)
    if policy.warnings:
        return Check("admin policy", False, "; ".join(policy.warnings), required=False)
    return Check("admin policy", True, f"{policy.path} ({len(policy.values)} settings, "
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


def run_all(include_qt: bool = False) -> list[Check]:
    checks = base_checks()
    if include_qt:  # pragma: no cover - Qt checks are added by the caller outside services
        raise ValueError("Qt checks are not available in services; use desktop.ui.qt_health")
    checks.extend(tool_checks())
    return checks
