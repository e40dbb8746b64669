"""SHA-256 of a file, streamed in blocks (constant memory), optionally cancellable between blocks."""
from __future__ import annotations

import hashlib
from pathlib import Path

from desktop.services.common.jobs import NEVER, CancelToken

BLOCK = 1 << 20


def sha256_file(path: Path, cancel: CancelToken = NEVER, chunk: int = BLOCK) -> str:
    """Hex SHA-256 of ``path``; raises ``Cancelled`` between blocks when ``cancel`` fires."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            cancel.raise_if_cancelled()
            digest.update(block)
    return digest.hexdigest()
