"""Conflict copies: how they are named, how they are recognised, and "keep this version".

When a file changed on both sides, the sync keeps both: the original name gets the server's version and this
computer's version lives on as a copy named ``メモ（競合 2026-12-04 1530 PC名）.txt``. Copies made by earlier
versions (``メモ (conflict 2026-12-04 1530 pc).txt``) are recognised too, so a conflict of a conflict copy
is named after the original, and outstanding conflicts can be listed from the folder after a restart.

:func:`keep` settles one conflict on this computer only; the next sync carries the result to the server:

* ``mine``   - this computer's version takes the original name; the server's version goes to the trash;
* ``theirs`` - the server's version stays; this computer's copy goes to the trash;
* ``both``   - both stay; the copy is renamed so it is no longer a conflict (``メモ（PC名 2026-12-04 1530 の版）``).

Nothing is ever deleted: what is set aside is moved into the sync's trash folder. Qt-free; any thread.
"""
from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.services.errors import ToseiError

CHOICES = ("mine", "theirs", "both")
_STAMP = r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d{4})(?: (?P<host>[^)）]*))?"
# new:  stem（競合 2026-12-04 1530 host）.ext      old: stem (conflict 2026-12-04 1530 host).ext
_COPY = re.compile(r"^(?P<stem>.*?)(?:（競合 " + _STAMP + r"）| \(conflict " + _STAMP.replace("?P<", "?P<o_")
                   + r"\))(?P<ext>\.[^./]*)?$")


class ConflictGone(ToseiError):
    """The conflict copy or the original is no longer where the sync left it (moved, renamed or deleted)."""

    code = "sync.conflict_gone"


@dataclass(frozen=True)
class ConflictCopy:
    original: str      # relative POSIX path the copy belongs to
    copy: str          # relative POSIX path of this computer's version
    stamp: str         # "2026-12-04 1530"
    host: str


def _safe_host(host: str) -> str:
    return "".join(c for c in host if c.isalnum() or c in "-_") or "pc"


def parse_copy(relpath: str) -> ConflictCopy | None:
    """The conflict copy ``relpath`` describes (new or old naming), or ``None`` for an ordinary file."""
    parent, _, name = relpath.rpartition("/")
    m = _COPY.match(name)
    if not m or not m.group("stem"):
        return None
    date = m.group("date") or m.group("o_date")
    time = m.group("time") or m.group("o_time")
    host = m.group("host") or m.group("o_host") or ""
    original = m.group("stem") + (m.group("ext") or "")
    return ConflictCopy(f"{parent}/{original}" if parent else original, relpath, f"{date} {time}", host)


def is_conflict_copy(relpath: str) -> bool:
    return parse_copy(relpath) is not None


def conflict_name(path: str, host: str, when: datetime | None = None) -> str:
    """``報告書.docx`` → ``報告書（競合 2026-12-04 1530 PC名）.docx`` (a copy of a copy is named after the original)."""
    when = when or datetime.now()
    known = parse_copy(path)
    if known is not None:
        path = known.original
    parent, _, name = path.rpartition("/")
    stem, dot, ext = name.rpartition(".")
    if not stem:  # no extension (or a dot-file)
        stem, dot, ext = name, "", ""
    new = f"{stem}（競合 {when:%Y-%m-%d %H%M} {_safe_host(host)}）{dot}{ext}"
    return f"{parent}/{new}" if parent else new


def kept_name(copy: ConflictCopy) -> str:
    """The name "keep both" gives this computer's version: no longer a conflict copy, still telling whose."""
    parent, _, name = copy.original.rpartition("/")
    stem, dot, ext = name.rpartition(".")
    if not stem:
        stem, dot, ext = name, "", ""
    label = f"{copy.host} {copy.stamp}".strip()
    new = f"{stem}（{label} の版）{dot}{ext}"
    return f"{parent}/{new}" if parent else new


def find_copies(root: Path) -> list[ConflictCopy]:
    """Every conflict copy under ``root`` whose original still exists, sorted by path."""
    root = Path(root)
    found = []
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            rel = (Path(dirpath) / name).relative_to(root).as_posix()
            copy = parse_copy(rel)
            if copy is not None and (root / copy.original).is_file():
                found.append(copy)
    return sorted(found, key=lambda c: c.copy)


def _to_trash(root: Path, relpath: str, trash_dir: Path) -> Path:
    target = Path(trash_dir) / datetime.now().strftime("%Y%m%d-%H%M%S") / relpath
    n = 2
    while target.exists():
        target = target.with_name(f"{target.stem}-{n}{target.suffix}")
        n += 1
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(root / relpath), str(target))
    return target


def keep(root: Path, copy_path: str, choice: str, trash_dir: Path) -> str:
    """Settle the conflict of ``copy_path`` under ``root``; returns the path that now holds "my" version
    (``theirs``: the original path). Raises :class:`ConflictGone` when a file is missing; nothing changes then."""
    if choice not in CHOICES:
        raise ValueError(f"choice must be one of {CHOICES}")
    root = Path(root)
    copy = parse_copy(copy_path)
    if copy is None:
        raise ConflictGone(f"{copy_path} is not a conflict copy.", path=copy_path)
    for rel in (copy.copy, copy.original):
        if not (root / rel).is_file():
            raise ConflictGone(f"{rel} is no longer in the work folder.", path=rel)
    if choice == "mine":
        _to_trash(root, copy.original, trash_dir)
        os.replace(root / copy.copy, root / copy.original)
        return copy.original
    if choice == "theirs":
        _to_trash(root, copy.copy, trash_dir)
        return copy.original
    target = kept_name(copy)
    n = 2
    while (root / target).exists():
        stem, dot, ext = target.rpartition(".")
        target = f"{stem}-{n}.{ext}" if dot else f"{target}-{n}"
        n += 1
    os.replace(root / copy.copy, root / target)
    return target
