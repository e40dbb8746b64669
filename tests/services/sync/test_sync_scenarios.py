"""Scenario tests against three real servers (wsgidav, Apache mod_dav_fs, nginx dav-ext): both trees and the
journal are checked after every run."""
from __future__ import annotations

import os

import pytest

from desktop.services.sync.errors import DeleteGuardTriggered
from desktop.services.sync.local_tree import file_sha256
from desktop.services.sync.planner import Op

from .conftest import tree


@pytest.fixture
def env(env_any):
    return env_any


def test_first_sync_both_ways(env):
    env.write_local("a.txt", b"local a")
    env.write_local("docs/b.docx", b"local b" * 100)
    env.write_remote("c.txt", b"remote c")
    env.write_remote("資料/d.xlsx", b"remote d")
    result = env.sync()
    assert result.count(Op.UPLOAD) == 2 and result.count(Op.DOWNLOAD) == 2 and result.complete
    files = env.assert_in_sync()
    assert files == {"a.txt": b"local a", "docs/b.docx": b"local b" * 100, "c.txt": b"remote c",
                     "資料/d.xlsx": b"remote d"}
    again = env.sync()
    assert again.done == {} and [a for a in again.actions if a.op != Op.RECORD] == []


def test_edits_each_side(env):
    env.write_local("x.txt", b"v1")
    env.write_local("y.txt", b"v1")
    env.sync()
    env.write_local("x.txt", b"v2 local edit")
    env.write_remote("y.txt", b"v2 remote edit")
    result = env.sync()
    assert result.count(Op.UPLOAD) == 1 and result.count(Op.DOWNLOAD) == 1
    assert env.assert_in_sync() == {"x.txt": b"v2 local edit", "y.txt": b"v2 remote edit"}


def test_touch_without_change_is_only_recorded(env):
    env.write_local("t.txt", b"same")
    env.sync()
    os.utime(env.local / "t.txt", ns=(1, 1_000_000_000))
    result = env.sync()
    assert [a.op for a in result.actions] == [Op.RECORD] and result.done.get("upload") is None
    env.assert_in_sync()


def test_edit_edit_conflict_keeps_both(env):
    env.write_local("報告書.docx", b"base")
    env.sync()
    env.write_local("報告書.docx", b"my local edit")
    env.write_remote("報告書.docx", b"their remote edit!")
    result = env.sync()
    assert len(result.conflicts) == 1
    path, copy = result.conflicts[0]
    assert path == "報告書.docx" and copy.startswith("報告書（競合 ") and copy.endswith(" pc1）.docx")
    files = env.assert_in_sync()
    assert files == {"報告書.docx": b"their remote edit!", copy: b"my local edit"}


def test_same_edit_on_both_sides_is_not_a_conflict(env):
    env.write_local("s.txt", b"one")
    env.write_remote("s.txt", b"one")
    result = env.sync()
    assert result.conflicts == [] and env.assert_in_sync() == {"s.txt": b"one"}


def test_delete_vs_edit_edit_wins(env):
    for name in ("keep1.txt", "keep2.txt", "keep3.txt", "l.txt", "r.txt"):
        env.write_local(name, name.encode())
    env.sync()
    # local deletes l.txt while remote edits it; remote deletes r.txt while local edits it
    (env.local / "l.txt").unlink()
    env.write_remote("l.txt", b"remote edit of l")
    (env.remote / "r.txt").unlink()
    env.write_local("r.txt", b"local edit of r")
    result = env.sync()
    assert result.count(Op.DOWNLOAD) == 1 and result.count(Op.UPLOAD) == 1
    files = env.assert_in_sync()
    assert files["l.txt"] == b"remote edit of l" and files["r.txt"] == b"local edit of r"


def test_single_deletes_propagate_and_go_to_trash(env):
    for i in range(8):
        env.write_local(f"f{i}.txt", b"x%d" % i)
    env.sync()
    (env.local / "f1.txt").unlink()
    (env.remote / "f2.txt").unlink()
    result = env.sync()
    assert result.count(Op.DELETE_REMOTE) == 1 and result.count(Op.DELETE_LOCAL) == 1
    files = env.assert_in_sync()
    assert "f1.txt" not in files and "f2.txt" not in files and len(files) == 6
    trashed = list(env.config().trash_dir.rglob("f2.txt"))
    assert len(trashed) == 1 and trashed[0].read_bytes() == b"x2"


def test_mass_delete_guard_stops_then_keep_or_delete(env):
    for i in range(10):
        env.write_local(f"m/{i}.txt", b"%d" % i)
    env.sync()
    for i in range(5):
        (env.local / f"m/{i}.txt").unlink()
    before_remote, before_journal = tree(env.remote), env.journal()
    with pytest.raises(DeleteGuardTriggered) as info:
        env.sync()
    err = info.value
    assert err.params["reason"] == "share" and err.count == 5 and len(err.params["remote_deletes"]) == 5
    assert tree(env.remote) == before_remote and env.journal() == before_journal   # nothing changed
    preview = env.sync(dry_run=True)                  # a preview lists the deletions and flags the question
    assert preview.delete_guard is not None and [a.op for a in preview.actions] == [Op.DELETE_REMOTE] * 5
    # "keep everything": the deleted files come back from the server
    result = env.sync(delete_policy="keep")
    assert result.count(Op.DOWNLOAD) == 5
    assert len(env.assert_in_sync()) == 10
    # confirmed deletion
    for i in range(5):
        (env.local / f"m/{i}.txt").unlink()
    result = env.sync(delete_policy="delete")
    assert result.count(Op.DELETE_REMOTE) == 5
    assert sorted(env.assert_in_sync()) == [f"m/{i}.txt" for i in range(5, 10)]


def test_empty_remote_with_full_journal_stops(env):
    env.write_local("a.txt", b"a")
    env.write_local("b/c.txt", b"c")
    env.sync()
    import shutil
    shutil.rmtree(env.remote)
    env.remote.mkdir()
    with pytest.raises(DeleteGuardTriggered) as info:
        env.sync(delete_policy="ask")
    assert info.value.params["reason"] == "remote_empty"
    assert tree(env.local) == {"a.txt": b"a", "b/c.txt": b"c"} and len(env.journal()) == 2
    env.sync(delete_policy="keep")
    assert env.assert_in_sync() == {"a.txt": b"a", "b/c.txt": b"c"}


def test_rename_local(env):
    for i in range(6):
        env.write_local(f"r{i}.txt", b"%d" % i)
    env.write_local("old name.txt", b"content that moves")
    env.sync()
    os.rename(env.local / "old name.txt", env.local / "新しい名前.txt")
    result = env.sync()
    assert result.done == {"move_remote": 1}          # moved on the server, not uploaded again
    files = env.assert_in_sync()
    assert files["新しい名前.txt"] == b"content that moves" and "old name.txt" not in files


def test_folder_rename_moves_without_tripping_the_delete_guard(env):
    for i in range(12):
        env.write_local(f"令和7年度/{i:02d}.txt", b"same size %02d" % i)
    env.write_local("other.txt", b"o")
    env.sync()
    os.rename(env.local / "令和7年度", env.local / "令和8年度")
    result = env.sync()                               # 12 of 13 files "deleted": but they were only renamed
    assert result.done == {"move_remote": 12}
    files = env.assert_in_sync()
    assert sorted(files)[:2] == ["other.txt", "令和8年度/00.txt"] and len(files) == 13
    assert not (env.remote / "令和7年度").exists()


def test_rename_on_the_server_downloads_and_trashes(env):
    for i in range(6):
        env.write_local(f"r{i}.txt", b"%d" % i)
    env.sync()
    os.rename(env.remote / "r0.txt", env.remote / "r0 renamed.txt")
    result = env.sync()
    assert result.count(Op.DOWNLOAD) == 1 and result.count(Op.DELETE_LOCAL) == 1
    assert "r0 renamed.txt" in env.assert_in_sync()


def test_japanese_names_and_nested_folders(env):
    names = ["総務局/情報企画課/令和8年度/議事録 第1回.docx", "財務局/予算（案）.xlsx", "a/b/c/d/e/f/深い.txt",
             "スペース あり/ファイル #1 %20.txt"]
    for i, n in enumerate(names):
        (env.write_local if i % 2 else env.write_remote)(n, n.encode("utf-8"))
    env.sync()
    files = env.assert_in_sync()
    assert sorted(files) == sorted(names)


def test_unsafe_and_case_clash_names_are_refused(env):
    env.write_remote("ok.txt", b"ok")
    env.write_remote("CON.txt", b"device")
    env.write_remote("what?.txt", b"q")
    env.write_remote("Report.txt", b"upper")
    env.write_remote("report.txt", b"lower")
    result = env.sync(case_insensitive=True)
    refused = dict(result.refused)
    assert refused["CON.txt"] == "reserved Windows device name"
    assert "what?.txt" in refused and "Report.txt" in refused and "report.txt" in refused
    assert tree(env.local) == {"ok.txt": b"ok"} and set(env.journal()) == {"ok.txt"}


def test_dry_run_changes_nothing(env):
    env.write_local("new.txt", b"n")
    env.write_remote("srv.txt", b"s")
    result = env.sync(dry_run=True)
    assert sorted((a.op, a.path) for a in result.actions) == [(Op.DOWNLOAD, "srv.txt"), (Op.UPLOAD, "new.txt")]
    assert tree(env.local) == {"new.txt": b"n"} and tree(env.remote) == {"srv.txt": b"s"}
    assert env.journal() == {}


@pytest.mark.slow
def test_200mb_file_both_ways(env):
    size = 200 * 1024 * 1024
    block = os.urandom(1024 * 1024)
    with open(env.local / "big.bin", "wb") as fh:
        for i in range(200):
            fh.write(block[:-8] + i.to_bytes(8, "big"))
    result = env.sync()
    assert result.count(Op.UPLOAD) == 1
    assert (env.remote / "big.bin").stat().st_size == size
    local_sha = file_sha256(env.local / "big.bin")
    assert env.journal()["big.bin"].sha256 == local_sha
    assert file_sha256(env.remote / "big.bin") == local_sha
    # and down again into a second computer's folder
    (env.local / "big.bin").unlink()
    from .conftest import SyncEnv
    second = SyncEnv(env.server, env.local.parent / "second")
    second.remote_root = env.remote_root
    result = second.sync()
    assert result.count(Op.DOWNLOAD) == 1
    assert file_sha256(second.local / "big.bin") == local_sha
    assert second.journal()["big.bin"].sha256 == local_sha


def test_deleted_folder_is_removed_on_both_sides(env):
    for i in range(10):
        env.write_local(f"keep/{i}.txt", b"k%d" % i)
    env.write_local("old/sub/a.txt", b"a")
    env.write_local("gone-remote/b.txt", b"b")
    env.sync()
    import shutil
    shutil.rmtree(env.local / "old")
    shutil.rmtree(env.remote / "gone-remote")
    result = env.sync()
    assert result.count(Op.DELETE_REMOTE) == 1 and result.count(Op.DELETE_LOCAL) == 1
    assert len(env.assert_in_sync()) == 10
    assert not (env.remote / "old").exists() and not (env.local / "gone-remote").exists()


def test_local_file_problem_postpones_only_that_file(env):
    env.write_local("x", b"a file where the server has a folder")
    env.write_remote("x/y.txt", b"cannot land here")
    env.write_remote("fine.txt", b"fine")
    result = env.sync()
    assert dict(result.refused)["x"] == "a file on this computer but a folder on the server"
    assert result.failed == [] and "in the way of a folder" in dict(result.refused)["x/y.txt"]
    assert (env.local / "fine.txt").read_bytes() == b"fine" and set(env.journal()) == {"fine.txt"}
    assert (env.local / "x").read_bytes() == b"a file where the server has a folder"


def test_send_link_folder_stays_on_the_server(env):
    """Files shared by FAX-less send links are never pulled down, deleted or overwritten by the sync."""
    env.write_remote("送付/2026-11-25/g1/送付状.pdf", b"%PDF shared by link")
    env.write_remote("議事録.docx", b"minutes")
    env.write_local("送付/私のメモ.txt", b"a local file in the reserved folder")
    result = env.sync()
    assert (env.local / "議事録.docx").read_bytes() == b"minutes"
    assert not (env.local / "送付" / "2026-11-25").exists()
    assert "送付/私のメモ.txt" in dict(result.refused)
    assert (env.remote / "送付/2026-11-25/g1/送付状.pdf").read_bytes() == b"%PDF shared by link"
    assert not (env.remote / "送付/私のメモ.txt").exists()
    assert set(env.journal()) == {"議事録.docx"}
    again = env.sync()
    assert (env.remote / "送付/2026-11-25/g1/送付状.pdf").exists() and again.complete
