"""The admin policy file: per-machine defaults and locked values set by bureau IT.

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
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services import paths

log = logging.getLogger(__name__)


class PolicyWarning(str):
    """One problem with the policy or settings file: the plain English sentence (for the CLI and the log) plus
    its parts, so that the UI can say it in the user's language. ``kind`` is one of ``unreadable``,
    ``not_table``, ``settings_not_table``, ``unknown_setting``, ``bad_value``, ``locked_not_list``,
    ``lock_unknown``, ``settings_unreadable``."""

    kind: str
    path: Path | None
    key: str
    detail: str

    def __new__(cls, text: str, kind: str, path: Path | None = None, key: str = "",
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

    @property
    def folder(self) -> Path | None:
        return self.path.parent if self.path else None


def load_policy(path: Path | None = None) -> Policy:
    """Read and validate the policy file (default: :func:`paths.policy_file`)."""
    from desktop.services.settings import SCHEMA, coerce  # local: settings imports this module

    path = Path(path) if path else paths.policy_file()
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

    policy = Policy(path=path)
    settings = raw.get("settings", {})
    if not isinstance(settings, dict):
        policy.warnings.append(PolicyWarning(f"Policy file {path}: [settings] must be a table; ignored.",
                                             "settings_not_table", path))
        settings = {}
    for key, value in settings.items():
        if key not in SCHEMA:
            policy.warnings.append(PolicyWarning(f"Policy file {path}: unknown setting '{key}' ignored.",
                                                 "unknown_setting", path, key))
            continue
        try:
            policy.values[key] = coerce(key, value)
        except (TypeError, ValueError) as exc:
            policy.warnings.append(PolicyWarning(f"Policy file {path}: setting '{key}' ignored ({exc}).",
                                                 "bad_value", path, key, str(exc)))
    locked_section = raw.get("locked", {})
    keys = locked_section.get("keys", []) if isinstance(locked_section, dict) else locked_section
    if not isinstance(keys, list):
        policy.warnings.append(PolicyWarning(f"Policy file {path}: [locked] keys must be a list; nothing locked.",
                                             "locked_not_list", path))
        keys = []
    good = set()
    for key in keys:
        if key in SCHEMA:
            good.add(key)
        else:
            policy.warnings.append(PolicyWarning(f"Policy file {path}: cannot lock unknown setting '{key}'.",
                                                 "lock_unknown", path, key))
    policy.locked = frozenset(good)
    for w in policy.warnings:
        log.warning(w)
    return policy
