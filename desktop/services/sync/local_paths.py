"""Where the sync may write on this computer: inside the work folder, never through a symbolic link.

Every write (a download's temp file, the rename into place, a conflict copy, a move to the trash) first resolves
its path here: each component below the work folder is checked with ``lstat`` and must be a real folder (the
last one may be missing or a regular file), and new files are created with ``O_CREAT | O_EXCL | O_NOFOLLOW``
where the OS has it. A symlink ``link -> /elsewhere`` plus a server entry ``link/x`` is therefore refused, not
followed. Qt-free; any thread.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from desktop.services.sync.errors import SyncError


class UnsafeLocalPath(SyncError):
    """The local path goes through a symbolic link or a non-folder, or leaves the work folder.

    ``str(err)`` is the reason only (the refused list pairs it with the path); ``params["path"]`` names the
    component in the way."""

    code = "sync.unsafe_local_path"


def _check_component(path: Path, rel: str, last: bool) -> bool:
    """True when ``path`` exists (as a folder, or as a file when ``last``); raises when it is unsafe."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return False
    if stat.S_ISLNK(st.st_mode) or (os.name == "nt" and getattr(st, "st_reparse_tag", 0)):
        raise UnsafeLocalPath("a symbolic link on this computer is in the way (not followed)", path=rel)
    if stat.S_ISDIR(st.st_mode):
        if last:
            raise UnsafeLocalPath("a folder on this computer is in the way", path=rel)
        return True
    if not last:
        raise UnsafeLocalPath("a file on this computer is in the way of a folder", path=rel)
    if not stat.S_ISREG(st.st_mode):
        raise UnsafeLocalPath("not a regular file", path=rel)
    return True


def safe_path(root: Path, rel: str, *, make_parents: bool = False) -> Path:
    """``root / rel`` after checking every component (see the module doc). Creates parents when asked."""
    parts = [p for p in rel.split("/") if p]
    if not parts or any(p in (".", "..") for p in parts) or "\\" in rel or os.path.isabs(rel):
        raise UnsafeLocalPath("path escapes the folder", path=rel)
    current = Path(root)
    for i, part in enumerate(parts):
        current = current / part
        last = i == len(parts) - 1
        sub = "/".join(parts[:i + 1])
        exists = _check_component(current, sub, last)
        if not exists and not last:
            if not make_parents:
                return Path(root, *parts)    # nothing there yet: nothing can be followed
            try:
                os.mkdir(current)
            except FileExistsError:          # made meanwhile: check what it is
                pass
            _check_component(current, sub, False)
    return current


def create_new(path: Path) -> int:
    """Create ``path`` exclusively for writing (never through a symlink); returns the file descriptor."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    return os.open(path, flags, 0o666)
