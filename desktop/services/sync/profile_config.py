"""Build a :class:`SyncConfig` for a profile from plain setting values, the ID file and the credential store.

Also keeps the last-run summary (``<data>/sync/last-run-<profile>.json``, no secrets) shown by the UI and CLI.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from desktop.services import paths, secrets
from desktop.services.common.atomic import atomic_write_text
from desktop.services.sync.engine import SyncConfig, SyncResult
from desktop.services.sync.errors import NotConfigured
from desktop.services.sync.identity import load_identity, validate_profile_name


def sync_dir() -> Path:
    return paths.tool_data_dir("sync")


def journal_path_for(profile: str, endpoint: str, remote_root: str, local_root: Path) -> Path:
    key = f"{endpoint.rstrip('/')}|{remote_root.strip('/')}|{Path(local_root).resolve()}"
    return sync_dir() / f"journal-{validate_profile_name(profile)}-{hashlib.sha1(key.encode()).hexdigest()[:12]}.sqlite"


def build_config(profile: str, *, endpoint: str, remote_root: str, local_root: Path,
                 delete_threshold: float = 0.25, timeout: float = 30.0, ca_file: str = "",
                 auth: Any = None) -> SyncConfig:
    """``auth``: an ``httpx.Auth`` to use instead of the stored password; by default the policy decides
    (``cloud_auth = "oauth"``: the single sign-on token, see :mod:`desktop.services.identity.service_auth`)."""
    if not endpoint:
        raise NotConfigured("No cloud address is set (setting cloud_endpoint).", field="cloud_endpoint")
    if auth is None:
        from desktop.services.identity.service_auth import cloud_auth

        auth = cloud_auth(profile=validate_profile_name(profile))
    if auth is not None:
        from desktop.services.identity.staff import current_staff

        staff = current_staff(profile=profile)
        return SyncConfig(local_root=Path(local_root), endpoint=endpoint, remote_root=remote_root,
                          username=staff.login if staff else "", password="", auth=auth,
                          journal_path=journal_path_for(profile, endpoint, remote_root, local_root),
                          trash_dir=sync_dir() / "trash" / profile, delete_threshold=delete_threshold,
                          timeout=timeout, ca_file=ca_file or None)
    identity = load_identity(profile)
    if identity is None or not identity.login:
        raise NotConfigured(f"Nobody is signed in for profile {profile!r}. Sign in on the sync page first.",
                            field="identity")
    password = secrets.get_secret(secrets.SecretKey.CLOUD_PASSWORD, profile)
    if not password:
        raise NotConfigured(f"No cloud password is stored for profile {profile!r}. Sign in again.",
                            field="password")
    return SyncConfig(local_root=Path(local_root), endpoint=endpoint, remote_root=remote_root,
                      username=identity.login, password=password,
                      journal_path=journal_path_for(profile, endpoint, remote_root, local_root),
                      trash_dir=sync_dir() / "trash" / profile, delete_threshold=delete_threshold, timeout=timeout,
                      ca_file=ca_file or None)


def save_last_run(profile: str, result: SyncResult) -> None:
    summary = {
        "finished": result.finished, "dry_run": result.dry_run, "done": result.done,
        "conflicts": result.conflicts, "failed": result.failed, "refused": result.refused,
    }
    atomic_write_text(sync_dir() / f"last-run-{validate_profile_name(profile)}.json",
                      json.dumps(summary, ensure_ascii=False, indent=1))


def load_last_run(profile: str) -> dict[str, Any] | None:
    path = sync_dir() / f"last-run-{validate_profile_name(profile)}.json"
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return data
    except (OSError, ValueError):
        return None
