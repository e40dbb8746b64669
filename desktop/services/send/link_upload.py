"""Cloud link transport: upload a file and get back a URL to put into the mail instead of the attachment.

:class:`LinkUploader` is the small interface the outbox runner needs; :class:`DavLinkUploader` implements it
with the sync tool's streaming WebDAV client (:mod:`desktop.services.sync.webdav`): folders are created once,
every upload goes to a temporary name and is moved into place without overwriting.

Files of one send go to ``<cloud_root>/送付/<YYYY-MM-DD>/<group-id>/<name>`` (the date the send was queued,
so retries after midnight land in the same folder). A file already there is never overwritten: if it holds
the same bytes (a retry after a crash between upload and recording the link) its link is reused, otherwise
the upload takes the next free name ``name (2).ext``. Thread-safety: one uploader per runner thread.
"""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path, PurePosixPath
from typing import Protocol

from desktop.services.send.errors import NotConfigured, UploadError
from desktop.services.sync.errors import (AuthenticationFailed, RemoteChanged, RemoteError, RemoteUnavailable,
                                          SyncError)
from desktop.services.sync.names import SEND_LINK_FOLDER
from desktop.services.sync.webdav import LocalFileChanged, WebDavClient

log = logging.getLogger(__name__)

LINK_FOLDER = SEND_LINK_FOLDER  # outside the two-way sync: recipients' links must keep working
MAX_NAME_TRIES = 50


class LinkUploader(Protocol):
    def upload(self, local: Path, folder: str, name: str, sha256: str) -> str:
        """Store ``local`` (whose SHA-256 is ``sha256``) as ``folder/name`` and return the recipient's URL."""
        ...


def link_folder(group_id: str, queued_at: float) -> str:
    """The remote folder (below the cloud root) for the files of one send group."""
    day = dt.datetime.fromtimestamp(queued_at).date().isoformat()
    return f"{LINK_FOLDER}/{day}/{group_id}"


def candidate_names(name: str):
    """``name``, then ``stem (2).ext``, ``stem (3).ext`` ..."""
    yield name
    p = PurePosixPath(name)
    for n in range(2, MAX_NAME_TRIES + 1):
        yield f"{p.stem} ({n}){p.suffix}"


class _Discard:
    def write(self, data: bytes) -> int:
        return len(data)


class DavLinkUploader:
    """:class:`LinkUploader` on :class:`~desktop.services.sync.webdav.WebDavClient`."""

    def __init__(self, endpoint: str, root: str = "", user: str = "", password: str | None = None, *,
                 timeout: float = 60.0, verify: bool | str = True, auth=None) -> None:
        if not endpoint:
            raise NotConfigured("No cloud storage is configured (setting cloud_endpoint).")
        with _as_upload_error():
            self._client = WebDavClient(endpoint, root, user, password or "", timeout=timeout, verify=verify,
                                        auth=auth)

    def __repr__(self) -> str:
        return f"DavLinkUploader({self._client.url('')})"

    def close(self) -> None:
        self._client.close()

    def upload(self, local: Path, folder: str, name: str, sha256: str) -> str:
        size = Path(local).stat().st_size
        with _as_upload_error():
            self._client.makedirs(folder)
            for candidate in candidate_names(name):
                relpath = f"{folder.strip('/')}/{candidate}"
                existing = self._client.stat(relpath)
                if existing is not None:
                    if not existing.is_dir and existing.size == size and self._remote_sha(relpath) == sha256:
                        log.info("link upload: identical file already in the cloud folder; reusing it")
                        return self._client.url(relpath)
                    continue                                  # someone else's file: never overwrite it
                try:
                    self._client.upload(Path(local), relpath, self._client.temp_path_for(relpath), expect=None,
                                        sha256=sha256)
                except RemoteChanged:
                    continue                                  # a file appeared meanwhile: try the next name
                return self._client.url(relpath)
        raise UploadError(f"The cloud folder {folder} already holds {MAX_NAME_TRIES} files named like {name}.")

    def _remote_sha(self, relpath: str) -> str:
        sha, _etag = self._client.download(relpath, _Discard(), expect_etag=None)  # type: ignore[arg-type]
        return sha


class _as_upload_error:
    """Turn the sync client's errors into the send tool's :class:`UploadError` (temporary where retrying helps)."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc is None or not isinstance(exc, (SyncError, LocalFileChanged)):
            return False
        status = exc.params.get("status") if isinstance(exc, SyncError) else None
        if isinstance(exc, AuthenticationFailed) or status == 403:
            raise UploadError("The cloud storage refused the credentials.", status=status) from None
        if isinstance(exc, RemoteUnavailable):
            raise UploadError(str(exc), temporary=True, status=status) from None
        if isinstance(exc, LocalFileChanged):
            raise UploadError("The stored copy of an attachment changed during the upload.") from None
        if isinstance(exc, RemoteError) and exc.code == "sync.bad_endpoint":
            raise NotConfigured(str(exc)) from None
        raise UploadError(f"The cloud storage refused the upload: {exc}", status=status) from None
