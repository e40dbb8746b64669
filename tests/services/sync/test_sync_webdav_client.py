"""WebDavClient helpers used by other tools (the send tool's cloud links): makedirs and url()."""
from __future__ import annotations

import io
import uuid

import httpx

from desktop.services.sync.webdav import WebDavClient

from .conftest import PASSWORD, USER, sha


def test_makedirs_creates_root_and_nested_folders_once(dav, tmp_path):
    root = f"送付先/{uuid.uuid4().hex[:8]}"
    with WebDavClient(dav.endpoint, root, USER, PASSWORD, timeout=10) as client:
        client.makedirs("送付/2026-11-25/g 1")
        client.makedirs("送付/2026-11-25/g 1")              # again: no error, nothing new
        client.makedirs("送付/2026-11-25/g2")
        assert (dav.root / root / "送付" / "2026-11-25" / "g 1").is_dir()
        assert (dav.root / root / "送付" / "2026-11-25" / "g2").is_dir()
        # a file uploaded there is reachable at url() with the same bytes (Japanese names percent-encoded)
        local = tmp_path / "資料 #1.txt"
        local.write_bytes("本文 & more".encode())
        rel = "送付/2026-11-25/g 1/資料 #1.txt"
        client.upload(local, rel, client.temp_path_for(rel), expect=None, sha256=sha(local.read_bytes()))
        url = client.url(rel)
        assert url.isascii() and " " not in url
        assert httpx.get(url, auth=(USER, PASSWORD)).content == local.read_bytes()
        sink = io.BytesIO()
        assert client.download(rel, sink, expect_etag=None)[0] == sha(local.read_bytes())


def test_makedirs_keeps_existing_folders_and_files(dav):
    root = f"既存/{uuid.uuid4().hex[:8]}"
    existing = dav.root / root / "a"
    existing.mkdir(parents=True)
    (existing / "keep.txt").write_text("keep")
    with WebDavClient(dav.endpoint, root, USER, PASSWORD, timeout=10) as client:
        client.makedirs("a/b")
    assert (existing / "keep.txt").read_text() == "keep" and (existing / "b").is_dir()
