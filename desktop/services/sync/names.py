"""Which relative paths the sync may write: refuse anything that could escape the folder or break on Windows.

Paths are relative POSIX strings (``"議事録/2026/report.docx"``). A name is refused (never followed) when it is
empty, ``.``/``..``, absolute, contains a backslash, control or Windows-reserved characters, ends with a dot or
space, is a reserved Windows device name (``CON``, ``NUL.txt``, ``COM1``...), or is too long (more than
:data:`MAX_PATH_CHARS` characters in all, or one name over :data:`MAX_NAME_BYTES` bytes in UTF-8 — the limit of
ext4, APFS and most servers; 94 kanji are already 282 bytes).
"""
from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

TEMP_PREFIX = ".tosei-part-"
# Top-level remote folder where FAX-less send puts files shared by link. Recipients hold links into it, so the
# sync neither downloads it (a local delete would otherwise delete the shared file) nor lets local files in.
SEND_LINK_FOLDER = "送付"
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
_BAD_CHARS = re.compile(r'[<>:"|?*\\\x00-\x1f]')
MAX_PATH_CHARS = 240  # stay below Windows MAX_PATH with a typical work folder
MAX_NAME_BYTES = 255  # one file or folder name, UTF-8 (Linux/macOS file systems, most WebDAV servers)
MAX_NAME_CHARS = 255  # one name, UTF-16 code units (NTFS)


def unsafe_reason(relpath: str) -> str | None:
    """Why ``relpath`` must not be synced, or ``None`` when it is safe."""
    if not relpath:
        return "empty name"
    if relpath.startswith("/") or re.match(r"^[A-Za-z]:", relpath):
        return "absolute path"
    if len(relpath) > MAX_PATH_CHARS:
        return "path too long"
    for part in relpath.split("/"):
        if part in ("", ".", ".."):
            return "path escapes the folder" if part == ".." else "empty or dot path segment"
        if _BAD_CHARS.search(part):
            return "character not allowed on Windows"
        if part[-1] in ". ":
            return "name ends with a dot or space"
        if len(part.encode("utf-8")) > MAX_NAME_BYTES or len(part.encode("utf-16-le")) // 2 > MAX_NAME_CHARS:
            return f"name too long (over {MAX_NAME_BYTES} bytes)"
        if part.split(".")[0].upper().rstrip() in _RESERVED:
            return "reserved Windows device name"
    return None


def is_server_only(relpath: str) -> bool:
    """``True`` for paths inside :data:`SEND_LINK_FOLDER` (kept on the server, outside the two-way sync)."""
    return relpath.split("/", 1)[0] == SEND_LINK_FOLDER


def natural_key(relpath: str) -> list[tuple[int, int, str]]:
    """Sort key that orders numbers by value, as people read them: 第2回 before 第10回, width-insensitive."""
    text = unicodedata.normalize("NFKC", relpath).casefold()
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", text) if part]


def is_temp_name(name: str) -> bool:
    return name.startswith(TEMP_PREFIX)


def is_ignored_name(name: str) -> bool:
    """Transient or system files never synced: our temps, atomic-write temps, Office/LibreOffice lock files."""
    return (is_temp_name(name) or name.startswith(".tosei-case-probe-") or name.startswith("~$")
            or (name.startswith(".") and name.endswith(".part")) or name.startswith(".~lock.")
            or name in ("Thumbs.db", "desktop.ini", ".DS_Store"))


def fold(relpath: str) -> str:
    """The key two paths share on a case-insensitive disk."""
    return unicodedata.normalize("NFC", relpath).casefold()


def case_clashes(relpaths: list[str]) -> set[str]:
    """Paths that differ only by case (or Unicode normalization) from another path in ``relpaths``."""
    seen: dict[str, list[str]] = {}
    for p in relpaths:
        seen.setdefault(fold(p), []).append(p)
    return {p for group in seen.values() if len(group) > 1 for p in group}


def normalization_clashes(relpaths: list[str]) -> set[str]:
    """Paths that look the same as another path and differ only in Unicode form (NFC ``が`` vs NFD ``か+゛``).

    Apache and Linux keep both as two files; macOS and people cannot tell them apart. Refused on every disk.
    """
    seen: dict[str, list[str]] = {}
    for p in relpaths:
        seen.setdefault(unicodedata.normalize("NFC", p), []).append(p)
    return {p for group in seen.values() if len(group) > 1 for p in group}


def disk_is_case_insensitive(folder: Path) -> bool:
    """Probe ``folder`` (it must exist): does a lower-case name also open in upper case?"""
    fd, name = tempfile.mkstemp(prefix=".tosei-case-probe-", dir=folder)
    os.close(fd)
    try:
        return os.path.exists(os.path.join(folder, os.path.basename(name).upper()))
    finally:
        os.unlink(name)
