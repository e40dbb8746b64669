"""The function the sync page runs on a worker thread (no widgets here): config, sync, last-run summary."""
from __future__ import annotations

from pathlib import Path

from desktop.services.common.jobs import NEVER, NO_PROGRESS, CancelToken, Progress
from desktop.services.sync.engine import SyncResult, run_sync
from desktop.services.sync.profile_config import build_config, save_last_run


def run_sync_job(*, profile: str, endpoint: str, remote_root: str, local_root: Path, delete_threshold: float,
                 dry_run: bool, delete_policy: str, progress: Progress = NO_PROGRESS,
                 cancel: CancelToken = NEVER) -> SyncResult:
    config = build_config(profile, endpoint=endpoint, remote_root=remote_root, local_root=local_root,
                          delete_threshold=delete_threshold)
    result = run_sync(config, dry_run=dry_run, delete_policy=delete_policy, progress=progress, cancel=cancel)
    if not dry_run:
        save_last_run(profile, result)
    return result
