"""Model resolution: embedded base joined + verified, tiny.en, the model folder, offline errors."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from desktop.services import paths
from desktop.services.minutes import models
from desktop.services.minutes.errors import ModelFolderMissing, ModelIntegrityError, ModelNotAvailable


def test_list_models_offline_has_embedded_base_and_tiny_en():
    found = {m.name: m for m in models.list_models()}
    assert found["base"].multilingual and found["base"].source == "embedded"
    assert not found["tiny.en"].multilingual
    assert found["tiny.en"].size_bytes > 70_000_000


def test_embedded_base_is_joined_once_and_matches_recorded_hashes():
    info = models.resolve_model("base")
    folder = Path(info.path)
    assert folder.parent == paths.cache_dir() / "models"
    model_bin = folder / "model.bin"
    assert model_bin.stat().st_size == 145_217_532
    for name, (size, sha) in models.BASE_FILES.items():
        assert (folder / name).stat().st_size == size
        assert models.sha256_file(folder / name) == sha
    assert not list(folder.glob(".*.part"))
    mtime = model_bin.stat().st_mtime_ns
    started = time.perf_counter()
    again = models.resolve_model("base")
    assert again.path == info.path and model_bin.stat().st_mtime_ns == mtime  # not re-joined
    assert time.perf_counter() - started < 0.5  # no re-hash of 145 MB either


def test_cached_copy_tampered_later_is_rebuilt_from_the_wheels():
    folder = Path(models.resolve_model("base").path)
    with open(folder / "model.bin", "r+b") as fh:
        fh.seek(1000)
        fh.write(b"\x00\x01\x02")
    os.utime(folder / "model.bin", ns=(1, 1))
    models.resolve_model("base")
    assert models.sha256_file(folder / "model.bin") == models.BASE_FILES["model.bin"][1]


def test_damaged_part_is_refused_and_nothing_is_left(tmp_path):
    sources = models._base_part_files()
    bad = tmp_path / "model.bin.part2"
    data = bytearray(sources["model.bin.part2"].read_bytes())
    data[12345] ^= 0xFF
    bad.write_bytes(bytes(data))
    target = tmp_path / "joined"
    with pytest.raises(ModelIntegrityError) as err:
        models.ensure_embedded_base(dict(sources, **{"model.bin.part2": bad}), target)
    assert "model.bin" in str(err.value) and err.value.code == "minutes.model_integrity"
    assert not (target / "model.bin").exists()
    assert not list(target.glob(".*"))  # no temp file, no verified mark


def test_truncated_part_is_refused(tmp_path):
    sources = models._base_part_files()
    short = tmp_path / "model.bin.part1"
    short.write_bytes(sources["model.bin.part1"].read_bytes()[:1000])
    with pytest.raises(ModelIntegrityError):
        models.ensure_embedded_base(dict(sources, **{"model.bin.part1": short}), tmp_path / "joined")


def test_unknown_size_name_fails_instantly_offline():
    started = time.perf_counter()
    with pytest.raises(ModelNotAvailable) as err:
        models.resolve_model("large-v3", allow_download=False)
    assert time.perf_counter() - started < 3
    assert "large-v3" in str(err.value) and "not allowed" in str(err.value)


def test_missing_model_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ModelFolderMissing):
        models.resolve_model("small", model_dir=str(tmp_path / "no-such-folder"))
    with pytest.raises(ModelFolderMissing):
        models.resolve_model(str(tmp_path / "not-a-model"))
    empty = tmp_path / "empty-model"
    empty.mkdir()
    with pytest.raises(ModelFolderMissing):
        models.resolve_model(str(empty))


def test_model_folder_lists_ctranslate2_models_with_language_and_size(tmp_path):
    tiny = models._tiny_en_dir()
    base_src = models._base_part_files()
    folder = tmp_path / "models"
    (folder / "faster-whisper-tiny.en").mkdir(parents=True)
    for f in tiny.iterdir():
        os.symlink(f, folder / "faster-whisper-tiny.en" / f.name)
    (folder / "fake-multi").mkdir()
    (folder / "fake-multi" / "model.bin").write_bytes(b"x" * 10)
    os.symlink(base_src["vocabulary.txt"], folder / "fake-multi" / "vocabulary.txt")
    (folder / "notes").mkdir()
    listed = {m.name: m for m in models.list_folder_models(str(folder))}
    assert set(listed) == {"tiny.en", "fake-multi"}
    assert listed["tiny.en"].multilingual is False and listed["tiny.en"].size_bytes > 70_000_000
    assert listed["fake-multi"].multilingual is True
    assert models.resolve_model("tiny.en", model_dir=str(folder)).source == "folder"


def test_health_checks_pass_offline():
    from desktop.services.minutes.health import checks

    results = checks()
    assert results and all(c.ok for c in results), results


def test_hub_repo_id_is_not_mistaken_for_a_folder():
    with pytest.raises(ModelNotAvailable):
        models.resolve_model("Systran/faster-whisper-small", allow_download=False)


def test_embedded_parts_are_found_without_dist_info(monkeypatch):
    """A frozen build bundles the model packages without their .dist-info: the import system finds them."""
    import importlib.metadata

    from desktop.services.minutes import models

    def no_metadata(name):
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "distribution", no_metadata)
    files = models._base_part_files()
    assert {"model.bin.part1", "model.bin.part2", "config.json"} <= files.keys()
