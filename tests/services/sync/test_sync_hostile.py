"""Rows 1, 3, 7, 8 of issue #16: torn uploads, symlinks, growing files, lying listings, long and NFC/NFD names.

Every verdict comes from the bytes on both sides (SHA-256) or from what exists on disk.
"""
from __future__ import annotations

import os
import unicodedata

import pytest

from desktop.services.sync.engine import SyncConfig, run_sync
from desktop.services.sync.planner import Op

from .conftest import sha, tree
from .hostile_dav import HostileDav

MB = 1024 * 1024


@pytest.fixture
def env(env_any):
    return env_any


def _during_upload(path: str, action):
    """A progress hook that runs ``action`` once, after the first streamed MiB of ``path``'s upload (the other
    files of these tests are tiny, so the first byte report after its start is its own)."""
    state = {"in": False, "done": False}

    def progress(fraction, message=""):
        if message == f"upload: {path}":
            state["in"] = True
        elif not message and state["in"] and not state["done"]:
            state["done"] = True
            action()
    return progress


def test_new_file_saved_again_during_its_first_upload_is_never_published_torn(env):
    """Row 1: old start + new end must never land under the real name; the next run uploads the new file."""
    old, new = os.urandom(6 * MB), os.urandom(6 * MB)
    env.write_local("report.bin", old)
    env.write_local("other.txt", b"other")

    def save_again():
        with open(env.local / "report.bin", "r+b") as fh:   # Word-style in-place save of the whole file
            fh.write(new)
    result = env.sync(progress=_during_upload("report.bin", save_again))
    assert [p for p, _ in result.failed] == ["report.bin"]
    remote = tree(env.remote)
    assert "report.bin" not in remote and remote["other.txt"] == b"other"
    assert not [p for p in remote if ".tosei-part-" in p]          # the temp was removed
    again = env.sync()
    assert again.conflicts == [] and again.count(Op.UPLOAD) == 1
    files = env.assert_in_sync()
    assert sha(files["report.bin"]) == sha(new)


def test_file_growing_during_upload_is_postponed_and_the_run_goes_on(env):
    """Row 7: appending during the upload used to end the run with LocalProtocolError."""
    env.write_local("a-log.txt", os.urandom(3 * MB))
    env.write_local("b.txt", b"b")
    env.write_remote("c.txt", b"c from the server")

    def grow():
        with open(env.local / "a-log.txt", "ab") as fh:
            fh.write(b"more lines\n" * 1000)
    result = env.sync(progress=_during_upload("a-log.txt", grow))
    assert [p for p, _ in result.failed] == ["a-log.txt"]
    assert "changed during the sync" in result.failed[0][1]
    assert (env.remote / "b.txt").read_bytes() == b"b" and (env.local / "c.txt").read_bytes() == b"c from the server"
    assert "a-log.txt" not in tree(env.remote)
    env.sync()
    env.assert_in_sync()


def test_symlink_in_the_work_folder_is_never_written_through(env, tmp_path):
    """Row 3: ``link -> /elsewhere`` plus a server entry ``link/pwn.txt`` must not write /elsewhere/pwn.txt."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    os.symlink(elsewhere, env.local / "link")
    env.write_remote("link/pwn.txt", b"planted by the server")
    env.write_remote("ok.txt", b"fine")
    result = env.sync()
    assert list(elsewhere.iterdir()) == []
    refused = dict(result.refused)
    assert "link" in refused and "symbolic link" in refused["link/pwn.txt"]
    assert (env.local / "ok.txt").read_bytes() == b"fine"
    assert os.path.islink(env.local / "link")


def test_symlink_appearing_after_the_listing_is_not_followed(env, tmp_path):
    """The same attack with the folder swapped for a symlink between the plan and the download."""
    elsewhere = tmp_path / "elsewhere2"
    elsewhere.mkdir()
    env.write_remote("a-first.txt", b"first")
    env.write_remote("sub/pwn.txt", b"planted")

    def swap(fraction, message=""):
        if message == "download: sub/pwn.txt" and not os.path.islink(env.local / "sub"):
            if (env.local / "sub").exists():
                os.rmdir(env.local / "sub")
            os.symlink(elsewhere, env.local / "sub")
    result = env.sync(progress=swap)
    assert list(elsewhere.iterdir()) == []
    assert "sub/pwn.txt" in dict(result.refused)
    assert (env.local / "a-first.txt").read_bytes() == b"first"


def test_long_name_from_a_hostile_listing_is_refused(tmp_path):
    """Row 8: 94 kanji are 282 bytes in UTF-8: refused with a clear reason, no temp file left by any run."""
    long_name = "議" * 94 + ".txt"
    files = {long_name: ("5", b"hello", "e1"), "fine.txt": ("4", b"fine", "e2")}
    with HostileDav(files) as srv:
        cfg = _config(srv, tmp_path)
        for _ in range(2):
            result = run_sync(cfg)
            assert dict(result.refused)[long_name] == "name too long (over 255 bytes)"
            assert result.failed == []
    assert tree(cfg.local_root) == {"fine.txt": b"fine"}


def test_nfc_nfd_pair_is_reported_as_a_unicode_form_clash(env):
    """Row 8: the NFC and NFD forms of one name are two files on Apache/Linux; say so, not "upper/lower case"."""
    nfc = "が議事録.txt"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    env.write_remote(nfc, b"nfc")
    env.write_remote(nfd, b"nfd")
    env.write_remote("other.txt", b"o")
    result = env.sync(case_insensitive=True)
    refused = dict(result.refused)
    assert "NFC/NFD" in refused[nfc] and "NFC/NFD" in refused[nfd]
    assert "upper/lower" not in refused[nfc]
    assert tree(env.local) == {"other.txt": b"o"}


def _config(srv: HostileDav, tmp_path) -> SyncConfig:
    return SyncConfig(local_root=tmp_path / "work", endpoint=srv.endpoint, remote_root="root", username="u",
                      password="p", journal_path=tmp_path / "j.sqlite", trash_dir=tmp_path / "trash",
                      case_insensitive=False, timeout=10.0)


def test_non_numeric_size_in_a_listing_is_refused_not_a_crash(tmp_path):
    """Row 7: ``<getcontentlength>ten</getcontentlength>`` used to crash the whole run."""
    files = {"bad.txt": ("ten", b"0123456789", "e1"), "neg.txt": ("-5", b"x", "e3"),
             "good.txt": ("4", b"good", "e2")}
    with HostileDav(files) as srv:
        cfg = _config(srv, tmp_path)
        result = run_sync(cfg)
    refused = dict(result.refused)
    assert "invalid size" in refused["bad.txt"] and "invalid size" in refused["neg.txt"]
    assert tree(cfg.local_root) == {"good.txt": b"good"}


def test_body_longer_than_the_listing_is_cut_and_refused(tmp_path):
    """Row 7: a listing of 10 bytes and a 300 MB body: stop early, write nothing, say why."""
    files = {"small.txt": ("10", 300 * MB, "e1"), "exact.txt": ("10", b"0123456789", "e2"),
             "liar.txt": ("3", b"much longer than three", "e3")}
    with HostileDav(files) as srv:
        cfg = _config(srv, tmp_path)
        result = run_sync(cfg)
        served = srv.bytes_served
    failed = dict(result.failed)
    assert "more data than its listing" in failed["small.txt"]
    assert "larger body than its listing" in failed["liar.txt"]
    assert served < 64 * MB                       # cut early, not read to the end
    assert tree(cfg.local_root) == {"exact.txt": b"0123456789"}   # no temp file, no partial file
