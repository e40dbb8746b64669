"""A second, different real WebDAV server: ``rclone serve webdav`` (ignores If-Match / If-None-Match).

Our client must still detect a concurrent remote change (it re-checks the ETag with PROPFIND before moving the
uploaded temp file into place) and must cope with rclone's own ETags and MKCOL answers.
"""
from __future__ import annotations

import os
import shutil
import subprocess

import httpx
import pytest
from urllib.parse import quote

from desktop.services.sync.planner import Op

from .conftest import PASSWORD, USER, SyncEnv
from tests.helpers.net import free_port, wait_port

pytestmark = pytest.mark.skipif(shutil.which("rclone") is None, reason="Debian package rclone not installed")


class RcloneServer:
    def __init__(self, root, tmp):
        self.root, self.port = root, free_port()
        root.mkdir(parents=True, exist_ok=True)
        conf = tmp / "rclone.conf"
        conf.write_text("")
        self.proc = subprocess.Popen(
            ["rclone", "serve", "webdav", str(root), "--addr", f"127.0.0.1:{self.port}", "--user", USER,
             "--pass", PASSWORD, "--config", str(conf)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ, HOME=str(tmp)))
        wait_port(self.port)

    @property
    def endpoint(self):
        return f"http://127.0.0.1:{self.port}/"

    def kill(self):
        self.proc.kill()
        self.proc.wait(10)


class RcloneEnv(SyncEnv):
    def write_remote(self, rel: str, data: bytes) -> None:
        """A colleague saving through the server (rclone caches its folder listings)."""
        parts = [p for p in f"{self.remote_root}/{rel}".split("/")]
        with httpx.Client(auth=(USER, PASSWORD)) as c:
            for i in range(1, len(parts)):
                c.request("MKCOL", self.server.endpoint + quote("/".join(parts[:i])) + "/")
            assert c.put(self.server.endpoint + quote("/".join(parts)), content=data).status_code in (201, 204)


@pytest.fixture
def renv(tmp_path):
    server = RcloneServer(tmp_path / "rroot", tmp_path)
    yield RcloneEnv(server, tmp_path / "work")
    server.kill()


def test_rclone_two_way_edit_conflict_and_delete(renv):
    renv.write_local("資料/a.txt", b"local a")
    renv.write_remote("b/c/d.txt", b"remote d")
    for i in range(5):
        renv.write_local(f"n/{i}.txt", b"%d" % i)
    renv.sync()
    renv.assert_in_sync()
    renv.write_local("資料/a.txt", b"edit here")
    renv.write_remote("資料/a.txt", b"edit there, longer")
    (renv.local / "n/0.txt").unlink()
    result = renv.sync()
    assert len(result.conflicts) == 1 and result.count(Op.DELETE_REMOTE) == 1
    files = renv.assert_in_sync()
    assert sorted(v for k, v in files.items() if k.startswith("資料/")) == [b"edit here", b"edit there, longer"]


def test_rclone_concurrent_change_detected_without_if_match(renv):
    renv.write_local("s.txt", b"v1")
    renv.sync()
    renv.write_local("s.txt", b"v2 here")

    def meddle(fraction, message=""):
        if message == "upload: s.txt":
            renv.write_remote("s.txt", b"v2 from a colleague")
    result = renv.sync(progress=meddle)
    assert [p for p, _ in result.failed] == ["s.txt"]
    assert (renv.remote / "s.txt").read_bytes() == b"v2 from a colleague"
    renv.sync()
    assert sorted(renv.assert_in_sync().values()) == [b"v2 from a colleague", b"v2 here"]
