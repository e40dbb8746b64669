"""Self-test checks: what the app needs on this machine, one :class:`Check` per line.

Each tool may add ``desktop/services/<tool>/health.py`` with ``checks() -> list[Check]``; :func:`run_checks`
collects them. A check must be quick (seconds) and must not reach the network.
"""
from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from types import ModuleType
from typing import Callable

log = logging.getLogger(__name__)

TOOL_HEALTH_MODULES = tuple(f"desktop.services.{t}.health" for t in ("minutes", "forms", "send", "approval", "sync"))


@dataclass
class Check:
    name: str
    ok: bool
    detail: str = ""
    required: bool = True


def guarded(name: str, fn: Callable[[], Check], required: bool = True) -> Check:
    """Run one check; an exception becomes a failed check, never a crash of the self-test."""
    try:
        return fn()
    except Exception as exc:  # the self-test must report, not crash
        log.exception("self-test check %s raised", name)
        return Check(name, False, f"{type(exc).__name__}: {exc}", required)


def tool_checks() -> list[Check]:
    out: list[Check] = []
    for name in TOOL_HEALTH_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            out.append(Check(name, False, f"cannot import: {exc}"))
            continue
        out.extend(_collect(module, name))
    return out


def _collect(module: ModuleType, name: str) -> list[Check]:
    try:
        return list(module.checks())
    except Exception as exc:
        log.exception("health module %s failed", name)
        return [Check(name, False, f"{type(exc).__name__}: {exc}")]
