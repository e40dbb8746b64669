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


def _go_down_after(proxy: FaultProxy, mib: int):
    """A progress hook: the server disappears once about ``mib`` MiB were transferred."""
    state = {"n": 0}

    def progress(fraction, message=""):
        if not message:
            state["n"] += 1
            if state["n"] >= mib:
                proxy.down = True
    return progress


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


def test_interrupted_large_download_resumes_next_run_from_where_it_stopped(penv):
    """Row 11: a run that loses the server mid-download keeps the part; the next run fetches only the rest."""
    from desktop.services.sync.errors import RemoteUnavailable

    big = os.urandom(24 * MB)
    penv.write_remote("big.bin", big)
    proxy = penv.proxy
    with pytest.raises(RemoteUnavailable):               # the server goes away after ~12 MB
        penv.sync(progress=_go_down_after(proxy, 12))
    assert not (penv.local / "big.bin").exists()
    kept = [p for p in os.listdir(penv.local) if p.startswith(".tosei-part-")]
    assert len(kept) == 1 and (penv.local / kept[0]).stat().st_size >= 8 * MB
    proxy.down, proxy.down_bytes = False, 0
    result = penv.sync()
    assert result.complete
    assert proxy.down_bytes < len(big) - 6 * MB          # only the missing part came over the wire
    files = penv.assert_in_sync()
    assert sha(files["big.bin"]) == sha(big)


def test_kept_part_is_dropped_when_the_remote_file_changed(penv):
    from desktop.services.sync.errors import RemoteUnavailable

    penv.write_remote("doc.bin", os.urandom(20 * MB))
    proxy = penv.proxy
    with pytest.raises(RemoteUnavailable):
        penv.sync(progress=_go_down_after(proxy, 10))
    assert [p for p in os.listdir(penv.local) if p.startswith(".tosei-part-")]
    new = os.urandom(20 * MB + 5)                         # changed on the server meanwhile
    penv.write_remote("doc.bin", new)
    proxy.down = False
    assert penv.sync().complete
    files = penv.assert_in_sync()
    assert sha(files["doc.bin"]) == sha(new)
