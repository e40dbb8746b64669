"""A small streaming WebDAV client on httpx: list, make folders, conditional upload/download, move, delete.

Uploads go to a temporary name beside the target and are moved into place (``Overwrite: F`` for new files, a
tagged ``If: (["etag"])`` header plus a fresh PROPFIND check for overwrites, because some servers ignore ``If``).
Downloads stream into a caller-given file. Memory stays constant (1 MiB chunks) whatever the file size.
Every failure becomes a typed :mod:`~desktop.services.sync.errors` exception. One client per thread.
"""
from __future__ import annotations

import hashlib
import logging
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterator
from urllib.parse import quote, unquote, urlsplit

import httpx

from desktop.services.common.jobs import NEVER, CancelToken
from desktop.services.sync.errors import (AuthenticationFailed, RemoteChanged, RemoteError,
                                          RemoteUnavailable)
from desktop.services.sync.names import TEMP_PREFIX

log = logging.getLogger(__name__)

CHUNK = 1 << 20
_DAV = "{DAV:}"
_PROPFIND_BODY = (b'<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop>'
                  b"<d:resourcetype/><d:getcontentlength/><d:getetag/><d:getlastmodified/>"
                  b"</d:prop></d:propfind>")


@dataclass(frozen=True)
class RemoteEntry:
    path: str            # relative POSIX path below the remote root ("" is the root)
    is_dir: bool
    size: int = 0
    etag: str | None = None
    modified: str | None = None


LM_PREFIX = "lm:"


def real_etag(etag: str | None) -> str | None:
    """The ETag to send in conditional headers (``None`` for a modification-time stand-in)."""
    return None if not etag or etag.startswith(LM_PREFIX) else etag


def normalize_etag(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if value.startswith("W/"):
        value = value[2:]
    return value.strip('"') or None


def _system_trust():
    """Verify TLS against the OS trust store (bureau-internal CAs live there), not only certifi's list."""
    try:
        import ssl

        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except ImportError:
        return True


class LocalFileChanged(Exception):
    """The local file changed while it was being uploaded (its hash no longer matches the plan)."""


class WebDavClient:
    def __init__(self, endpoint: str, root: str, username: str, password: str, *,
                 timeout: float = 30.0, verify: bool | str = True, auth: httpx.Auth | None = None) -> None:
        """``auth`` replaces the user name/password (SSO: ``identity.bearer.BearerAuth``)."""
        split = urlsplit(endpoint)
        if split.scheme not in ("http", "https") or not split.netloc:
            raise RemoteError(f"The cloud address is not a web address: {endpoint!r}.", code="sync.bad_endpoint")
        self._origin = f"{split.scheme}://{split.netloc}"
        self._endpoint_path = "/" + "".join(quote(s) + "/" for s in split.path.split("/") if s)
        self._root_segments = [s for s in root.split("/") if s]
        segments = [s for s in (split.path.strip("/") + "/" + root.strip("/")).split("/") if s]
        self._base_path = "/" + "".join(quote(s) + "/" for s in segments)
        self._base_plain = unquote(self._base_path)
        self._http = httpx.Client(auth=auth or (username, password), timeout=httpx.Timeout(timeout, connect=10.0),
                                  verify=_system_trust() if verify is True and split.scheme == "https" else verify,
                                  follow_redirects=False, headers={"User-Agent": "ToseiDesk-sync"})
        self.infinity_ok: bool | None = None
        self.if_header_ok: bool | None = None   # does MOVE honour "If: <dest> (["etag"])"?
        self._made_dirs: set[str] = set()       # folders makedirs() created or found ("" = the root)

    # -- plumbing -----------------------------------------------------------------------------------
    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "WebDavClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def href(self, relpath: str, folder: bool = False) -> str:
        path = self._base_path + "/".join(quote(p) for p in relpath.split("/") if p)
        if folder and not path.endswith("/"):
            path += "/"
        return path

    def url(self, relpath: str, folder: bool = False) -> str:
        return self._origin + self.href(relpath, folder)

    def _request(self, method: str, url: str, *, ok: tuple[int, ...], what: str, **kw) -> httpx.Response:
        try:
            response = self._http.request(method, url, **kw)
        except httpx.TimeoutException:
            raise RemoteUnavailable(f"The cloud server did not answer in time ({what}).") from None
        except httpx.TransportError as exc:
            raise RemoteUnavailable(f"The cloud server could not be reached ({what}: {type(exc).__name__}).") from None
        self._check(response, ok, what)
        return response

    @staticmethod
    def _check(response: httpx.Response, ok: tuple[int, ...], what: str) -> None:
        status = response.status_code
        if status in ok:
            return
        if status == 401:
            raise AuthenticationFailed(f"The cloud server refused the sign-in (401) during {what}.", status=status)
        if status == 403:
            raise RemoteError(f"The cloud server does not allow this ({what}, 403 Forbidden).", status=status)
        if status == 507:
            raise RemoteUnavailable(f"The cloud storage is full (507) during {what}.", status=status,
                                    code="sync.storage_full")
        if status == 412:
            raise RemoteChanged(f"The remote file changed meanwhile ({what}); nothing was overwritten.", status=status)
        if status >= 500:
            raise RemoteUnavailable(f"The cloud server failed ({status}) during {what}.", status=status)
        raise RemoteError(f"The cloud server answered {status} during {what}.", status=status)

    # -- listing ------------------------------------------------------------------------------------
    def _relpath(self, href: str) -> str | None:
        path = unquote(urlsplit(href).path)
        if not path.startswith(self._base_plain) and path + "/" != self._base_plain:
            return None
        return path[len(self._base_plain):].strip("/")

    def _propfind(self, relpath: str, depth: str, folder: bool = True) -> httpx.Response:
        return self._request("PROPFIND", self.url(relpath, folder), ok=(207, 403, 400, 404, 501),
                             what="listing", headers={"Depth": depth, "Content-Type": "application/xml"},
                             content=_PROPFIND_BODY)

    def _parse(self, body: bytes) -> Iterator[RemoteEntry]:
        try:
            root = ET.fromstring(body)
        except ET.ParseError as exc:
            raise RemoteError(f"The cloud server sent an unreadable listing ({exc}).") from None
        for resp in root.iter(_DAV + "response"):
            href = resp.findtext(_DAV + "href") or ""
            rel = self._relpath(href)
            if rel is None:
                log.warning("ignoring listing entry outside the sync root")
                continue
            props: dict[str, ET.Element] = {}
            for propstat in resp.iter(_DAV + "propstat"):
                status = propstat.findtext(_DAV + "status") or ""
                if " 200 " not in status + " ":
                    continue
                for prop in propstat.iter(_DAV + "prop"):
                    for child in prop:
                        props[child.tag] = child
            rtype = props.get(_DAV + "resourcetype")
            is_dir = rtype is not None and rtype.find(_DAV + "collection") is not None
            size_el = props.get(_DAV + "getcontentlength")
            etag_el = props.get(_DAV + "getetag")
            mod_el = props.get(_DAV + "getlastmodified")
            modified = mod_el.text if mod_el is not None else None
            etag = normalize_etag(etag_el.text if etag_el is not None else None)
            if etag is None and modified:   # a server without ETags: the modification time stands in
                etag = LM_PREFIX + modified
            yield RemoteEntry(rel, is_dir, int(size_el.text or 0) if size_el is not None and not is_dir else 0,
                              etag, modified)

    def list_tree(self, cancel: CancelToken = NEVER) -> dict[str, RemoteEntry]:
        """Every file and folder below the root (the root itself excluded). Missing root -> empty dict."""
        out: dict[str, RemoteEntry] = {}
        if self.infinity_ok is not False:
            response = self._propfind("", "infinity")
            if response.status_code == 404:
                return out
            if response.status_code == 207:
                self.infinity_ok = True
                for entry in self._parse(response.content):
                    if entry.path:
                        out[entry.path] = entry
                return out
            self.infinity_ok = False
            log.info("server refused Depth: infinity (%s); listing folder by folder", response.status_code)
        queue = [""]
        while queue:
            cancel.raise_if_cancelled()
            folder = queue.pop()
            response = self._propfind(folder, "1")
            if response.status_code == 404 and folder == "":
                return out
            self._check(response, (207,), "listing")
            for entry in self._parse(response.content):
                if not entry.path or entry.path == folder:
                    continue
                out[entry.path] = entry
                if entry.is_dir:
                    queue.append(entry.path)
        return out

    def children(self, relpath: str) -> list[RemoteEntry] | None:
        """The direct members of folder ``relpath`` (``None`` if it does not exist)."""
        response = self._propfind(relpath, "1")
        if response.status_code == 404:
            return None
        self._check(response, (207,), "listing")
        return [e for e in self._parse(response.content) if e.path.strip("/") != relpath.strip("/")]

    def stat(self, relpath: str) -> RemoteEntry | None:
        response = self._propfind(relpath, "0", folder=False)
        if response.status_code == 404:
            return None
        self._check(response, (207,), "checking a file")
        for entry in self._parse(response.content):
            return entry
        return None

    # -- changes ------------------------------------------------------------------------------------
    def mkdir(self, relpath: str) -> None:
        """MKCOL one folder (its parent must exist). An existing folder is fine."""
        response = self._request("MKCOL", self.url(relpath, folder=True), ok=(201, 405, 423, 409, 301),
                                 what="creating a folder")
        if response.status_code in (409, 423):  # parent missing, or concurrent MKCOL (rclone): check
            entry = self.stat(relpath)
            if entry is None or not entry.is_dir:
                self._check(response, (), "creating a folder")

    def ensure_root(self) -> None:
        """Create the remote root folder (each segment below the endpoint) if it is missing."""
        path = self._endpoint_path
        for segment in self._root_segments:
            path += quote(segment) + "/"
            response = self._request("MKCOL", self._origin + path, ok=(201, 405, 423, 409, 301),
                                     what="creating the cloud folder")
            if response.status_code == 409:
                self._check(response, (), "creating the cloud folder")

    def makedirs(self, relpath: str) -> None:
        """Create the root and every folder of ``relpath`` (``"a/b/c"``) that this client has not made yet."""
        if not self._made_dirs:
            self.ensure_root()
            self._made_dirs.add("")
        parts = [p for p in relpath.split("/") if p]
        for i in range(1, len(parts) + 1):
            folder = "/".join(parts[:i])
            if folder not in self._made_dirs:
                self.mkdir(folder)
                self._made_dirs.add(folder)

    def temp_path_for(self, relpath: str) -> str:
        parent, _, name = relpath.rpartition("/")
        temp = f"{TEMP_PREFIX}{uuid.uuid4().hex[:12]}-{name[:60]}"
        return f"{parent}/{temp}" if parent else temp

    def put(self, relpath: str, source: BinaryIO, size: int, *, on_bytes: Callable[[int], None] = lambda n: None,
            cancel: CancelToken = NEVER) -> str:
        """Stream ``source`` to ``relpath`` (unconditional; used for temp names). Returns the sha256 sent."""
        digest = hashlib.sha256()

        def body() -> Iterator[bytes]:
            sent = 0
            while True:
                cancel.raise_if_cancelled()
                chunk = source.read(CHUNK)
                if not chunk:
                    break
                digest.update(chunk)
                sent += len(chunk)
                on_bytes(len(chunk))
                yield chunk
            if sent != size:
                raise LocalFileChanged(relpath)

        self._request("PUT", self.url(relpath), ok=(200, 201, 204), what="uploading",
                      content=body(), headers={"Content-Length": str(size),
                                               "Content-Type": "application/octet-stream"})
        return digest.hexdigest()

    def move(self, src: str, dst: str, *, overwrite: bool, if_etag: str | None = None,
             src_etag: str | None = None) -> None:
        """MOVE ``src`` onto ``dst``. ``if_etag``: the destination must still have it; ``src_etag``: the source."""
        headers = {"Destination": self.url(dst), "Overwrite": "T" if overwrite else "F", "Depth": "infinity"}
        if_etag, src_etag = real_etag(if_etag), real_etag(src_etag)
        if src_etag:
            headers["If-Match"] = f'"{src_etag}"'

        if if_etag:
            headers["If"] = f'<{self.href(dst)}> (["{if_etag}"])'
        self._request("MOVE", self.url(src), ok=(201, 204), what="moving into place", headers=headers)

    def _move_conditional(self, temp: str, relpath: str, expect: RemoteEntry | None) -> None:
        if expect is None:
            self.move(temp, relpath, overwrite=False)   # 412 if something appeared meanwhile
            return
        if self.if_header_ok is not False and real_etag(expect.etag):
            try:
                self.move(temp, relpath, overwrite=True, if_etag=expect.etag)
                self.if_header_ok = True
                return
            except RemoteChanged:
                current = self.stat(relpath)
                if self.if_header_ok or current is None or current.etag != expect.etag or current.size != expect.size:
                    raise
                # Unchanged, yet refused: this server cannot test ETags in an If header (golang x/net/webdav,
                # rclone). Fall back to the PROPFIND check just made.
                log.info("server does not evaluate ETags in If headers; relying on PROPFIND checks")
                self.if_header_ok = False
        self.move(temp, relpath, overwrite=True)

    def upload(self, local: Path, relpath: str, temp: str, *, expect: RemoteEntry | None, sha256: str | None,
               on_bytes: Callable[[int], None] = lambda n: None,
               cancel: CancelToken = NEVER) -> tuple[RemoteEntry, str]:
        """Upload ``local`` to ``temp``, check nothing changed, move it onto ``relpath``.

        Returns the new remote entry and the sha256 of the bytes sent.

        ``expect`` is the remote state the plan saw (``None``: the file must not exist). Raises
        :class:`RemoteChanged` when the remote differs, :class:`LocalFileChanged` when the local file changed
        during the upload (its hash differs from ``sha256``). The temp file is removed on every failure.
        """
        size = local.stat().st_size
        try:
            with open(local, "rb") as fh:
                sent = self.put(temp, fh, size, on_bytes=on_bytes, cancel=cancel)
            if sha256 is not None and sent != sha256:
                raise LocalFileChanged(relpath)
            current = self.stat(relpath)
            if expect is None and current is not None:
                raise RemoteChanged("A remote file appeared meanwhile; nothing was overwritten.", path=relpath)
            if expect is not None and (current is None or current.etag != expect.etag or current.size != expect.size):
                raise RemoteChanged("The remote file changed meanwhile; nothing was overwritten.", path=relpath)
            self._move_conditional(temp, relpath, expect)
        except BaseException:
            self.delete_quietly(temp)
            raise
        entry = self.stat(relpath)
        if entry is None:
            raise RemoteError("The uploaded file is missing after the move.", path=relpath)
        return entry, sent

    def download(self, relpath: str, sink: BinaryIO, *, expect_etag: str | None,
                 on_bytes: Callable[[int], None] = lambda n: None, cancel: CancelToken = NEVER) -> tuple[str, str | None]:
        """Stream ``relpath`` into ``sink``. Returns (sha256, etag). 412 if the remote ETag moved on."""
        expect_etag = real_etag(expect_etag)
        headers = {"If-Match": f'"{expect_etag}"'} if expect_etag else {}
        digest = hashlib.sha256()
        try:
            with self._http.stream("GET", self.url(relpath), headers=headers) as response:
                self._check(response, (200,), "downloading")
                etag = normalize_etag(response.headers.get("ETag"))
                for chunk in response.iter_bytes(CHUNK):
                    cancel.raise_if_cancelled()
                    digest.update(chunk)
                    sink.write(chunk)
                    on_bytes(len(chunk))
        except httpx.TimeoutException:
            raise RemoteUnavailable("The cloud server did not answer in time (downloading).") from None
        except httpx.TransportError as exc:
            raise RemoteUnavailable(f"The download was interrupted ({type(exc).__name__}).") from None
        return digest.hexdigest(), etag

    def delete(self, relpath: str, *, if_etag: str | None = None, folder: bool = False) -> None:
        if_etag = real_etag(if_etag)
        headers = {"If-Match": f'"{if_etag}"'} if if_etag else {}
        self._request("DELETE", self.url(relpath, folder), ok=(200, 204, 404), what="deleting", headers=headers)

    def delete_quietly(self, relpath: str) -> None:
        try:
            self._http.request("DELETE", self.url(relpath), timeout=5.0)
        except Exception:  # best effort cleanup; the journal remembers it for the next run
            log.info("could not remove a temporary remote file now; it will be removed next run")
