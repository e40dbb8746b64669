#!/usr/bin/env python3
"""Re-store a CTranslate2 Whisper model's float16 weights as int8, at build time.

The app always loads the embedded model with ``compute_type="int8"`` on the CPU; CTranslate2 then quantises
every float16 weight matrix to int8 while loading (per row: ``scale = 127 / max|row|``, round to nearest).
Shipping the weights already quantised the same way halves the model file (145 MB -> ~75 MB) and does the
work once at build time instead of at every load. The writer is CTranslate2's own: the model's variables are
read from ``model.bin`` into a :class:`ctranslate2.specs.whisper_spec.WhisperSpec` (whose layout says which
variables are quantisable weights), quantised with the spec's ``_quantize("int8")`` (what ``ct2-*-converter
--quantization int8`` runs) and written with the spec's ``_serialize``. Biases, layer norms and position
encodings stay float16, as in the source file.

On a GPU (``int8_float16``) or with ``compute_type="float32"``, CTranslate2 de-quantises int8 weights on load.

    python scripts/quantize_model.py SRC_DIR DEST_DIR     # copies config/tokenizer/vocabulary beside it
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import struct
import sys
from pathlib import Path

import numpy as np

# Order of CTranslate2's DataType enum (include/ctranslate2/types.h; specs/model_spec.py _dtype_to_type_id)
_DTYPES = ("float32", "int8", "int16", "int32", "float16", "bfloat16")
COPIED = ("config.json", "tokenizer.json", "vocabulary.txt", "preprocessor_config.json")


class ModelFile:
    """The parsed content of a CTranslate2 ``model.bin`` (binary version 6)."""

    def __init__(self, version: int, spec_name: str, revision: int,
                 variables: dict[str, np.ndarray], aliases: dict[str, str]) -> None:
        self.version, self.spec_name, self.revision = version, spec_name, revision
        self.variables, self.aliases = variables, aliases


def read_model_bin(path: Path) -> ModelFile:
    data = memoryview(Path(path).read_bytes())
    pos = 0

    def take(fmt: str):
        nonlocal pos
        values = struct.unpack_from(fmt, data, pos)
        pos += struct.calcsize(fmt)
        return values[0]

    def string() -> str:
        nonlocal pos
        length = take("H")
        text = bytes(data[pos:pos + length - 1]).decode("utf-8")
        pos += length
        return text

    version = take("I")
    if version != 6:
        raise ValueError(f"{path}: CTranslate2 binary version {version}; only version 6 is understood")
    spec_name = string()
    revision = take("I")
    variables: dict[str, np.ndarray] = {}
    for _ in range(take("I")):
        name = string()
        shape = tuple(take("I") for _ in range(take("B")))
        dtype = _DTYPES[take("B")]
        nbytes = take("I")
        raw = bytes(data[pos:pos + nbytes])
        pos += nbytes
        if dtype == "bfloat16":
            raise ValueError(f"{path}: bfloat16 variable {name} not supported")
        variables[name] = np.frombuffer(raw, dtype=dtype).reshape(shape).copy()
    aliases = {}
    for _ in range(take("I")):
        alias = string()
        aliases[alias] = string()
    if pos != len(data):
        raise ValueError(f"{path}: {len(data) - pos} trailing bytes")
    return ModelFile(version, spec_name, revision, variables, aliases)


def _count(names, pattern: str) -> int:
    found = {int(m.group(1)) for n in names if (m := re.match(pattern, n))}
    return max(found) + 1 if found else 0


def whisper_spec_from(model: ModelFile):
    """A WhisperSpec holding exactly the file's variables and aliases (raises if the layouts differ)."""
    from ctranslate2.specs import model_spec
    from ctranslate2.specs.whisper_spec import WhisperSpec

    if model.spec_name != "WhisperSpec":
        raise ValueError(f"not a Whisper model: {model.spec_name}")
    names = list(model.variables) + list(model.aliases)
    spec = WhisperSpec(_count(names, r"encoder/layer_(\d+)/"), int(model.variables["encoder/num_heads"]),
                       _count(names, r"decoder/layer_(\d+)/"), int(model.variables["decoder/num_heads"]))
    if spec.revision != model.revision:
        raise ValueError(f"WhisperSpec revision {spec.revision} here, {model.revision} in the file")
    expected = set(spec.variables())
    for name, value in model.variables.items():
        scope, attr = model_spec._parent_scope(name)
        try:
            layer = model_spec.index_spec(spec, scope)
        except (AttributeError, IndexError, ValueError):
            raise ValueError(f"the file has a variable WhisperSpec does not know: {name}") from None
        try:
            setattr(layer, attr, model_spec.NumpyVariable(value))  # FrozenAttr: an unknown name raises here
        except AttributeError:
            raise ValueError(f"the file has a variable WhisperSpec does not know: {name}") from None
    for alias, target in model.aliases.items():
        scope, attr = model_spec._parent_scope(alias)
        setattr(model_spec.index_spec(spec, scope), attr, target)
    # attributes newer than the file (e.g. decoder/scale_alibi): left out, as the file's converter did;
    # CTranslate2 reads them as optional with their defaults
    for name in set(spec.variables()) - set(model.variables) - set(model.aliases):
        scope, attr = model_spec._parent_scope(name)
        setattr(model_spec.index_spec(spec, scope), attr, model_spec.OPTIONAL)
    got = set(spec.variables())
    unset = [n for n, v in spec.variables().items() if v is None]
    if unset or not set(model.variables) | set(model.aliases) <= got:
        raise ValueError(f"the file does not fill WhisperSpec: unset {unset[:5]}, extra "
                         f"{sorted(set(model.variables) - got)[:5]} (spec has {len(expected)} names)")
    return spec


def quantize_int8(src: Path, dest: Path) -> dict[str, object]:
    """Write ``dest/model.bin`` with int8 weights (+ copy the other model files); return a summary."""
    src, dest = Path(src), Path(dest)
    model = read_model_bin(src / "model.bin")
    spec = whisper_spec_from(model)
    before = {n: v.dtype for n, v in model.variables.items()}
    # Quantise what CTranslate2 quantises when it loads a float model with compute_type int8: its
    # WhisperModel::is_quantizable excludes the encoder's convolutions (they stay float16 here)
    spec._quantize("int8", variable_filter=lambda name: "conv" not in name)
    dest.mkdir(parents=True, exist_ok=True)
    tmp = dest / ".model.bin.part"
    spec._serialize(str(tmp))
    # read back: the same names, int8 where float16 was quantised, values within one int8 step
    check = read_model_bin(tmp)
    quantized = [n for n, v in check.variables.items() if v.dtype == np.int8 and before.get(n) == np.float16]
    for name in quantized:
        scale = check.variables[name + "_scale"].astype(np.float32)
        original = model.variables[name].astype(np.float32)
        restored = check.variables[name].astype(np.float32).reshape(original.shape[0], -1) / scale[:, None]
        step = 1 / scale[:, None]
        if not np.all(np.abs(restored - original.reshape(original.shape[0], -1)) <= step * 0.5001):
            tmp.unlink()
            raise ValueError(f"{name}: int8 values do not round-trip within half a quantisation step")
    if set(check.variables) - {n + "_scale" for n in quantized} != set(model.variables) or \
            check.aliases != model.aliases:
        tmp.unlink()
        raise ValueError("the re-written model has different variables or aliases")
    tmp.replace(dest / "model.bin")
    for name in COPIED:
        if (src / name).is_file():
            shutil.copyfile(src / name, dest / name)
    return {"source_bytes": (src / "model.bin").stat().st_size, "bytes": (dest / "model.bin").stat().st_size,
            "quantized_weights": len(quantized)}


def manifest(folder: Path) -> dict[str, list]:
    """Size and SHA-256 of every model file (written beside them as ``manifest.json`` by the build)."""
    out = {}
    for f in sorted(Path(folder).iterdir()):
        if f.is_file() and f.name != "manifest.json" and not f.name.startswith("."):
            out[f.name] = [f.stat().st_size, hashlib.sha256(f.read_bytes()).hexdigest()]
    return out


def build(src: Path, dest: Path) -> str:
    """Quantise ``src`` into ``dest`` and write ``dest/manifest.json`` (sizes and SHA-256 the packaged app
    checks); return the line to print."""
    summary = quantize_int8(Path(src), Path(dest))
    files = manifest(Path(dest))
    (Path(dest) / "manifest.json").write_text(json.dumps({"quantization": "int8", "files": files}, indent=1),
                                              encoding="utf-8")
    return (f"quantize: {summary['quantized_weights']} weight matrices float16 -> int8: model.bin "
            f"{summary['source_bytes'] / 2**20:.0f} MB -> {summary['bytes'] / 2**20:.0f} MB")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    print(build(Path(argv[0]), Path(argv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
