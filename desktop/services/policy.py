"""The admin policy file: per-machine defaults and locked values set by bureau IT.

On Windows the same keys can come from Group Policy (registry values under
``HKLM\\Software\\Policies\\ToseiDesk``, see :mod:`desktop.services.policy_registry`); they take precedence
over the file key by key.

Format (TOML; JSON with the same shape is accepted)::

    [settings]            # defaults for every user of this machine
    language = "ja"
    smtp_host = "smtp.example.lg.jp"
    internal_mail_domains = ["metro.tokyo.lg.jp"]

    [locked]              # these keys take the policy value and cannot be changed by users
    keys = ["smtp_host", "internal_mail_domains"]

A missing file is normal (no policy). A broken file never crashes the app: :func:`load_policy` returns an
empty policy plus a warning that the UI shows and the CLI prints. Unknown keys and values of the wrong type
are reported as warnings and ignored.
"""
from __future__ import annotations

import json
import logging
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.services import paths

if TYPE_CHECKING:
    from desktop.services.policy_registry import RegistryReader

log = logging.getLogger(__name__)


class PolicyWarning(str):
    """One problem with the policy or settings file: the plain English sentence (for the CLI and the log) plus
    its parts, so that the UI can say it in the user's language. ``kind`` is one of ``unreadable``,
    ``not_table``, ``settings_not_table``, ``unknown_setting``, ``bad_value``, ``locked_not_list``,
    ``lock_unknown``, ``settings_unreadable``."""

    kind: str
    path: Path | str | None  # the file, or the registry key (text) for Group Policy values
    key: str
    detail: str

    def __new__(cls, text: str, kind: str, path: Path | str | None = None, key: str = "",
                detail: str = "") -> "PolicyWarning":
        obj = super().__new__(cls, text)
        obj.kind, obj.path, obj.key, obj.detail = kind, path, key, detail
        return obj


@dataclass
class Policy:
    path: Path | None = None
    values: dict[str, object] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    warnings: list[str] = field(default_factory=list)
    registry_keys: frozenset[str] = frozenset()  # keys set or locked by Group Policy (Windows registry)
    registry_used: bool = False                  # the registry policy key exists (Windows)

    @property
    def folder(self) -> Path | None:
        return self.path.parent if self.path else None


def load_policy(path: Path | None = None, registry: "RegistryReader | None" = None) -> Policy:
    """Read and validate the machine policy: the policy file (default :func:`paths.policy_file`) and, on
    Windows, the Group Policy registry values under ``HKLM\\Software\\Policies\\ToseiDesk`` (written by the
    ADMX template, packaging/windows/ToseiDesk.admx).

    Precedence: **registry > file**, key by key (a value set by Group Policy replaces the same key of the
    file; the file's other keys stay), and a key locked by either source is locked. ``registry`` is the reader
    to use (tests inject a fake one); by default the real registry on Windows and none elsewhere.
    """
    from desktop.services import policy_registry

    file_policy = _load_file(Path(path) if path else paths.policy_file())
    if registry is None and sys.platform == "win32":
        registry = policy_registry.WinRegReader()
    if registry is None:
        return file_policy
    raw, read_warnings = policy_registry.read_policy(registry)
    if raw is None and not read_warnings:
        return file_policy
    reg_policy = _from_raw(raw or {}, policy_registry.REGISTRY_LABEL, "Registry policy")
    reg_policy.warnings[:0] = read_warnings
    for w in reg_policy.warnings:
        log.warning(w)
    return merge(file_policy, reg_policy)


def merge(file_policy: Policy, reg_policy: Policy) -> Policy:
    """Registry values over file values key by key; locks of both; warnings of both (file first)."""
    return Policy(path=file_policy.path, values={**file_policy.values, **reg_policy.values},
                  locked=file_policy.locked | reg_policy.locked,
                  warnings=list(file_policy.warnings) + list(reg_policy.warnings),
                  registry_keys=frozenset(reg_policy.values) | reg_policy.locked,
                  registry_used=True)


def _load_file(path: Path) -> Policy:
    if not path.exists():
        return Policy()
    try:
        raw_text = path.read_bytes().decode("utf-8-sig")
        raw = json.loads(raw_text) if path.suffix.lower() == ".json" else tomllib.loads(raw_text)
    except (OSError, UnicodeDecodeError, ValueError, tomllib.TOMLDecodeError) as exc:
        msg = PolicyWarning(f"Policy file {path} could not be read ({exc}); using safe defaults.",
                            "unreadable", path, detail=str(exc))
        log.warning(msg)
        return Policy(path=path, warnings=[msg])
    if not isinstance(raw, dict):
        return Policy(path=path, warnings=[PolicyWarning(
            f"Policy file {path} is not a table; using safe defaults.", "not_table", path)])
    policy = _from_raw(raw, path, "Policy file")
    policy.path = path
    for w in policy.warnings:
        log.warning(w)
    return policy


def _from_raw(raw: dict[str, Any], path: Path | str | None, what: str) -> Policy:
    """Validate one source's ``{"settings": {...}, "locked": {"keys": [...]}}`` against the schema."""
    from desktop.services.settings import SCHEMA, coerce  # local: settings imports this module

    policy = Policy()
    settings = raw.get("settings", {})
    if not isinstance(settings, dict):
        policy.warnings.append(PolicyWarning(f"{what} {path}: [settings] must be a table; ignored.",
                                             "settings_not_table", path))
        settings = {}
    for key, value in settings.items():
        if key not in SCHEMA:
            policy.warnings.append(PolicyWarning(f"{what} {path}: unknown setting '{key}' ignored.",
                                                 "unknown_setting", path, key))
            continue
        try:
            policy.values[key] = coerce(key, value)
        except (TypeError, ValueError) as exc:
            policy.warnings.append(PolicyWarning(f"{what} {path}: setting '{key}' ignored ({exc}).",
                                                 "bad_value", path, key, str(exc)))
    locked_section = raw.get("locked", {})
    keys = locked_section.get("keys", []) if isinstance(locked_section, dict) else locked_section
    if not isinstance(keys, list):
        policy.warnings.append(PolicyWarning(f"{what} {path}: [locked] keys must be a list; nothing locked.",
                                             "locked_not_list", path))
        keys = []
    good = set()
    for key in keys:
        if key in SCHEMA:
            good.add(key)
        else:
            policy.warnings.append(PolicyWarning(f"{what} {path}: cannot lock unknown setting '{key}'.",
                                                 "lock_unknown", path, key))
    policy.locked = frozenset(good)
    return policy
