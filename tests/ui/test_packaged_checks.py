"""The checks `self-test --deep` runs on the bundle, run here on the source tree; and a frozen build uses its
shipped .qm files whatever their file times (an installer or unzip may set any mtime)."""
from __future__ import annotations

import os
import shutil
import sys

from desktop.services import deep_selftest, paths


def test_frozen_build_uses_its_qm_even_when_a_ts_looks_newer(tmp_path, monkeypatch, qtbot):
    from desktop.ui import i18n

    shipped = tmp_path / "resources" / "translations"
    shutil.copytree(paths.resource_path("translations"), shipped)
    qm = sorted(shipped.glob("*_en.qm"))
    assert qm, "build the .qm first: python scripts/i18n.py build"
    for f in qm:
        os.utime(f, (1_000_000, 1_000_000))  # far older than the .ts beside them
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path / "resources")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert i18n._qm_files("en") == qm
    assert not (paths.cache_dir() / "translations").exists()  # nothing recompiled


def test_deep_ui_checks_pass(qtbot):
    from desktop.ui.deep_checks import checks

    results = checks()
    assert [c.ok for c in results] == [True, True], [(c.name, c.detail) for c in results]


def test_deep_engine_checks_without_the_transcription():
    for check in (deep_selftest._read_sample_form, deep_selftest._write_minutes_docx,
                  deep_selftest._credential_round_trip):  # the in-memory test keyring here
        result = check()
        assert result.ok, (result.name, result.detail)
