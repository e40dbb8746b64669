"""Cloud link transport: upload a file and get back a URL to put into the mail instead of the attachment.

:class:`LinkUploader` is the small interface the outbox needs; :class:`WebDavUploader` implements it with
HTTP PUT (httpx). When the sync tool's WebDAV client exists, an adapter to it can implement the same protocol.
Uploads are idempotent (same remote path, same bytes), so a retried job may upload again safely.
"""
from __future__ import annotations

from pathlib import Path
from typing import Protocol
from urllib.parse import quote

import httpx

from desktop.services.send.errors import NotConfigured, UploadError


class LinkUploader(Protocol):
    def upload(self, local: Path, remote_name: str) -> str:
        """Store ``local`` as ``remote_name`` (may contain ``/``) and return the URL for the recipient."""
        ...


class WebDavUploader:
    """PUT files below ``endpoint/root``; folders are created with MKCOL once per run."""

    def __init__(self, endpoint: str, root: str = "", user: str = "", password: str | None = None, *,
                 verify: bool | str = True, public_base: str = "", timeout: float = 60.0) -> None:
        if not endpoint:
            raise NotConfigured("No cloud storage is configured (setting cloud_endpoint).")
        self.base = endpoint.rstrip("/") + "/" + "/".join(quote(p) for p in root.strip("/").split("/") if p)
        self.base = self.base.rstrip("/")
        self.public_base = public_base.rstrip("/")
        auth = httpx.BasicAuth(user, password or "") if user else None
        self._client = httpx.Client(auth=auth, verify=verify, timeout=timeout)
        self._made: set[str] = set()

    def __repr__(self) -> str:
        return f"WebDavUploader({self.base})"

    def close(self) -> None:
        self._client.close()

    def _mkcol(self, url: str) -> None:
        if url in self._made:
            return
        resp = self._request("MKCOL", url)
        if resp.status_code not in (201, 405, 301):   # 405: exists already
            if resp.status_code == 409:
                raise UploadError(f"The cloud folder above {url} does not exist.", status=409)
            self._raise(resp, url)
        self._made.add(url)

    def _request(self, method: str, url: str, **kw) -> httpx.Response:
        try:
            return self._client.request(method, url, **kw)
        except httpx.HTTPError as exc:
            raise UploadError(f"The cloud storage could not be reached ({type(exc).__name__}).",
                              temporary=True) from None

    @staticmethod
    def _raise(resp: httpx.Response, url: str) -> None:
        if resp.status_code in (401, 403):
            raise UploadError("The cloud storage refused the credentials.", status=resp.status_code)
        raise UploadError(f"The cloud storage answered {resp.status_code} for {url}.", status=resp.status_code,
                          temporary=resp.status_code >= 500)

    def upload(self, local: Path, remote_name: str) -> str:
        parts = [p for p in remote_name.strip("/").split("/") if p]
        url = self.base
        for folder in parts[:-1]:
            url += "/" + quote(folder)
            self._mkcol(url)
        url += "/" + quote(parts[-1])
        with open(local, "rb") as fh:
            resp = self._request("PUT", url, content=fh.read())
        if resp.status_code not in (200, 201, 204):
            self._raise(resp, url)
        if self.public_base:
            return self.public_base + "/" + "/".join(quote(p) for p in parts)
        return url
