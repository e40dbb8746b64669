"""Conflict copies: Japanese-friendly names, recognition of new and old names, and "keep this version"."""
from __future__ import annotations

from datetime import datetime

import pytest

from desktop.services.sync import conflicts
from desktop.services.sync.engine import conflict_name

WHEN = datetime(2026, 12, 4, 15, 30)


def test_names_are_japanese_friendly_and_recognised():
    assert conflict_name("メモ.txt", "PC名", WHEN) == "メモ（競合 2026-12-04 1530 PC名）.txt"
    assert conflict_name("a/報告書.docx", "pc 1/x", WHEN) == "a/報告書（競合 2026-12-04 1530 pc1x）.docx"
    assert conflict_name("README", "pc", WHEN) == "README（競合 2026-12-04 1530 pc）"
    for copy, original in (("メモ（競合 2026-12-04 1530 PC名）.txt", "メモ.txt"),
                           ("a/メモ (conflict 2026-12-04 1530 vm-2).txt", "a/メモ.txt"),   # the old naming
                           ("README（競合 2026-12-04 1530 pc）", "README")):
        assert conflicts.parse_copy(copy).original == original
    for ordinary in ("メモ.txt", "ふつう (下書き).txt", "x (conflict).txt", "メモ（2026-12-04）.txt"):
        assert not conflicts.is_conflict_copy(ordinary)
    # a conflict of a conflict copy is named after the original, not nested
    assert conflict_name("メモ (conflict 2026-11-30 0915 vm).txt", "pc", WHEN) == "メモ（競合 2026-12-04 1530 pc）.txt"


@pytest.mark.parametrize("choice", conflicts.CHOICES)
def test_keep_never_loses_a_version(tmp_path, choice):
    root, trash = tmp_path / "work", tmp_path / "trash"
    root.mkdir()
    (root / "表.xlsx").write_bytes(b"theirs")
    (root / "表（競合 2026-12-04 1530 pc）.xlsx").write_bytes(b"mine")
    assert [c.original for c in conflicts.find_copies(root)] == ["表.xlsx"]
    kept = conflicts.keep(root, "表（競合 2026-12-04 1530 pc）.xlsx", choice, trash)
    everything = sorted(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    assert everything == [b"mine", b"theirs"]                       # both versions still exist somewhere
    assert conflicts.find_copies(root) == []
    assert (root / kept).read_bytes() == (b"theirs" if choice == "theirs" else b"mine")
    with pytest.raises(conflicts.ConflictGone):
        conflicts.keep(root, "表（競合 2026-12-04 1530 pc）.xlsx", choice, trash)
