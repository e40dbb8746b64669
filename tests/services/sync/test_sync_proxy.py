"""Through a TCP fault proxy that throttles and cuts, in front of each real server: a cut download resumes with
``Range`` (not from zero), a cut upload is retried, and both sides end equal (SHA-256)."""
from __future__ import annotations

import os

import pytest

from .conftest import SyncEnv, sha
from .fault_proxy import FaultProxy

MB = 1024 * 1024


class _Proxied:
    """The server as the sync sees it through the proxy (files still read and written directly)."""

    def __init__(self, server, proxy: FaultProxy) -> None:
        self._server, self._proxy = server, proxy

    def __getattr__(self, name):
        return getattr(self._server, name)

    @property
    def endpoint(self) -> str:
        return self._proxy.endpoint


@pytest.fixture
def penv(dav_any_session, tmp_path):
    port = int(dav_any_session.endpoint.rsplit(":", 1)[1].strip("/"))
    with FaultProxy(port) as proxy:
        env = SyncEnv(_Proxied(dav_any_session, proxy), tmp_path / "work")
        env.proxy = proxy
        yield env


def test_cut_download_resumes_with_range(penv):
    big = os.urandom(16 * MB)
    penv.write_remote("動画/big.bin", big)
    penv.write_remote("small.txt", b"small")
    proxy = penv.proxy
    proxy.cut_after, proxy.cuts = 6 * MB, 1
    result = penv.sync()
    assert result.complete and proxy.cuts_done == 1
    assert sha((penv.local / "動画/big.bin").read_bytes()) == sha(big)
    assert proxy.down_bytes < len(big) + 3 * MB          # resumed: not 6 MB + 16 MB from zero
    penv.assert_in_sync()


def test_cut_upload_is_retried_and_lands_whole(penv):
    data = os.urandom(8 * MB)
    penv.write_local("up.bin", data)
    penv.write_local("after.txt", b"after")
    proxy = penv.proxy
    proxy.cut_upload_after, proxy.cuts = 3 * MB, 1
    result = penv.sync()
    assert proxy.cuts_done == 1 and result.complete, result.failed
    files = penv.assert_in_sync()
    assert sha(files["up.bin"]) == sha(data) and files["after.txt"] == b"after"


def test_throttled_transfer_still_completes(penv):
    penv.write_local("t.bin", os.urandom(MB))
    penv.proxy.rate = 4 * MB                              # 4 MB/s per direction
    assert penv.sync().complete
    penv.assert_in_sync()
