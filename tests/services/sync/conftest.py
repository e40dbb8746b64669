"""Fixtures: real WebDAV servers on 127.0.0.1 (wsgidav, Apache mod_dav_fs, nginx dav-ext; subprocesses), a
signed-in profile, and tree/journal helpers.

``env`` runs against wsgidav; ``env_any`` is parametrized over all three servers (the scenario suite uses it).
A missing Apache/nginx binary fails the test when ``CI``/``TOSEI_REQUIRE_SERVERS`` is set and skips otherwise.
"""
from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path

import pytest

from desktop.services import secrets
from desktop.services.sync.engine import run_sync
from desktop.services.sync.identity import Identity, sign_in
from desktop.services.sync.journal import Journal
from desktop.services.sync.profile_config import build_config

from .dav_server import DavServer
from .real_servers import ApacheDav, NginxDav, ServerMissing, servers_required

USER = "s1234567"
PASSWORD = "Tokyo-Cho-pa55!"


@pytest.fixture(scope="session")
def dav_session(tmp_path_factory):
    server = DavServer(tmp_path_factory.mktemp("davroot"), USER, PASSWORD).start()
    yield server
    server.kill()


@pytest.fixture
def dav(dav_session):
    return dav_session


SERVER_KINDS = {"apache": ApacheDav, "nginx": NginxDav}


def start_server(kind: str, root: Path):
    """Start one server of ``kind`` (``wsgidav``, ``apache``, ``nginx``) serving ``root``."""
    if kind == "wsgidav":
        return DavServer(root, USER, PASSWORD).start()
    try:
        return SERVER_KINDS[kind](root, USER, PASSWORD).start()
    except ServerMissing as exc:
        if servers_required():
            pytest.fail(f"required test server missing: {exc}")
        pytest.skip(str(exc))


@pytest.fixture(scope="session", params=["wsgidav", "apache", "nginx"])
def dav_any_session(request, tmp_path_factory):
    server = start_server(request.param, tmp_path_factory.mktemp(f"{request.param}-root"))
    server.kind = request.param
    yield server
    getattr(server, "cleanup", server.kill)()


@pytest.fixture
def env_any(dav_any_session, tmp_path):
    return SyncEnv(dav_any_session, tmp_path / "work")


def tree(root: Path) -> dict[str, bytes]:
    """Every regular file below ``root`` (relative POSIX path -> content), our temp files included."""
    out = {}
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            p = Path(dirpath) / name
            out[p.relative_to(root).as_posix()] = p.read_bytes()
    return out


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class SyncEnv:
    """One local folder + one remote folder on the server + a signed-in profile."""

    def __init__(self, server: DavServer, local: Path, profile: str = "default") -> None:
        self.server = server
        self.local = local
        self.remote_name = f"t-{uuid.uuid4().hex[:8]}"
        self.remote_root = f"同期/{self.remote_name}"
        self.profile = profile
        self.threshold = 0.25
        local.mkdir(parents=True, exist_ok=True)
        sign_in(Identity(profile=profile, staff_id=USER, display_name="都庁 太郎", bureau="総務局",
                         section="情報企画課", mail="taro@example.metro.tokyo.jp"), cloud_password=PASSWORD)

    @property
    def remote(self) -> Path:
        return self.server.root / self.remote_root

    def config(self, **kw):
        cfg = build_config(self.profile, endpoint=self.server.endpoint, remote_root=self.remote_root,
                           local_root=self.local, delete_threshold=self.threshold, timeout=kw.pop("timeout", 10.0))
        cfg.case_insensitive = kw.pop("case_insensitive", False)
        cfg.host = "pc1"
        for k, v in kw.items():
            setattr(cfg, k, v)
        return cfg

    def sync(self, **kw):
        cfg_kw = {k: kw.pop(k) for k in list(kw) if k in ("timeout", "case_insensitive")}
        getattr(self.server, "own", lambda: None)()
        return run_sync(self.config(**cfg_kw), **kw)

    def journal(self) -> dict:
        with Journal(self.config().journal_path) as j:
            return j.entries()

    def write_local(self, rel: str, data: bytes) -> None:
        p = self.local / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)

    def write_remote(self, rel: str, data: bytes) -> None:
        p = self.remote / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        getattr(self.server, "own", lambda: None)()

    def assert_in_sync(self) -> dict[str, bytes]:
        """Both trees equal (no temp leftovers) and the journal matches them file by file."""
        local, remote = tree(self.local), tree(self.remote)
        assert local == remote, (sorted(local), sorted(remote))
        journal = self.journal()
        assert set(journal) == set(local)
        for path, data in local.items():
            entry = journal[path]
            assert entry.sha256 == sha(data) and entry.size == len(data) and entry.remote_size == len(data)
            assert entry.mtime_ns == (self.local / path).stat().st_mtime_ns
        assert not any(".tosei-part-" in p for p in local)
        return local


@pytest.fixture
def env(dav, tmp_path):
    return SyncEnv(dav, tmp_path / "work")


@pytest.fixture
def password_secret():
    return secrets.get_secret(secrets.SecretKey.CLOUD_PASSWORD)
