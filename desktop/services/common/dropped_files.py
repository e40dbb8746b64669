"""Files dragged out of a program that has no file on disk for them (an Outlook attachment, a mail from the
message list): Windows hands over a FILEGROUPDESCRIPTORW (the names) and FILECONTENTS (the bytes of the
first file). This module reads the names and keeps the bytes as a real file, so that a page can open it like
a file dragged from Explorer. Qt-free; the bytes come from the UI's drop event.
"""
from __future__ import annotations

import re
import struct
from datetime import datetime
from pathlib import Path

from desktop.services import paths
from desktop.services.common.atomic import atomic_write_bytes

FILE_DESCRIPTOR_SIZE = 592   # sizeof(FILEDESCRIPTORW)
FILE_NAME_OFFSET = 72        # cFileName: after flags, clsid, sizel, pointl, attributes, 3 times, 2 sizes
FILE_NAME_BYTES = 520        # WCHAR[MAX_PATH]
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def virtual_file_names(descriptor: bytes) -> list[str]:
    """The file names in a FILEGROUPDESCRIPTORW (empty for anything malformed)."""
    if len(descriptor) < 4:
        return []
    (count,) = struct.unpack_from("<I", descriptor, 0)
    names = []
    for i in range(min(count, 1000)):
        start = 4 + i * FILE_DESCRIPTOR_SIZE + FILE_NAME_OFFSET
        raw = descriptor[start:start + FILE_NAME_BYTES]
        if len(raw) < FILE_NAME_BYTES:
            break
        name = raw.decode("utf-16-le", errors="replace").split("\0", 1)[0].strip()
        if name:
            names.append(name)
    return names


def safe_file_name(name: str) -> str:
    """A name that is one plain file name on every system (no folders, no reserved characters)."""
    name = _UNSAFE.sub("_", Path(name.replace("\\", "/")).name).strip(" .")
    return name or "dropped"


def dropped_files_dir() -> Path:
    """Where dropped attachments are kept: one folder per day under the data folder."""
    folder = paths.data_dir() / "dropped" / datetime.now().strftime("%Y-%m-%d")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def keep_dropped_file(name: str, content: bytes, folder: Path | None = None) -> Path:
    """Write ``content`` as ``name`` in ``folder`` (default :func:`dropped_files_dir`), never over an existing
    file: 「見積書.pdf」, then 「見積書 (2).pdf」…"""
    folder = folder or dropped_files_dir()
    base = Path(safe_file_name(name))
    path = folder / base.name
    n = 2
    while path.exists():
        path = folder / f"{base.stem} ({n}){base.suffix}"
        n += 1
    atomic_write_bytes(path, content)
    return path
