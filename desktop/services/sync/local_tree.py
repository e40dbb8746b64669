"""Scanning the local work folder: regular files only (symlinks are never followed), our temp files skipped."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desktop.services.common.file_hash import sha256_file as file_sha256  # noqa: F401  (re-exported)
from desktop.services.common.jobs import NEVER, CancelToken
from desktop.services.sync.names import is_ignored_name, is_temp_name


@dataclass(frozen=True)
class LocalFile:
    path: str
    size: int
    mtime_ns: int


@dataclass
class LocalScan:
    files: dict[str, LocalFile]
    dirs: set[str]
    skipped: list[tuple[str, str]]   # (relative path, reason)
    temps: list[str]                 # our leftover temp files (relative paths)


def scan(root: Path, cancel: CancelToken = NEVER) -> LocalScan:
    result = LocalScan({}, set(), [], [])
    if not root.exists():
        return result
    stack = [("", str(root))]
    while stack:
        cancel.raise_if_cancelled()
        rel_dir, abs_dir = stack.pop()
        with os.scandir(abs_dir) as it:
            for entry in it:
                rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
                if entry.is_symlink():
                    result.skipped.append((rel, "symbolic link (not followed)"))
                elif is_temp_name(entry.name):
                    if entry.is_file(follow_symlinks=False):
                        result.temps.append(rel)
                elif is_ignored_name(entry.name):
                    continue
                elif entry.is_dir(follow_symlinks=False):
                    result.dirs.add(rel)
                    stack.append((rel, entry.path))
                elif entry.is_file(follow_symlinks=False):
                    st = entry.stat(follow_symlinks=False)
                    result.files[rel] = LocalFile(rel, st.st_size, st.st_mtime_ns)
                else:
                    result.skipped.append((rel, "not a regular file"))
    return result


def stat_file(root: Path, rel: str) -> LocalFile | None:
    try:
        st = os.stat(root / rel, follow_symlinks=False)
    except FileNotFoundError:
        return None
    return LocalFile(rel, st.st_size, st.st_mtime_ns)
