"""Read a PyTorch checkpoint (``torch.save``, legacy or zip format) into numpy arrays without torch.

Only what a plain ``state_dict`` of float tensors needs: a restricted unpickler that rebuilds tensors from
their storages and refuses every other global (no code from the file is ever run).
"""
from __future__ import annotations

import collections
import pickle
import struct
import zipfile
from pathlib import Path

import numpy as np

_DTYPES = {"FloatStorage": np.float32, "DoubleStorage": np.float64, "HalfStorage": np.float16,
           "LongStorage": np.int64, "IntStorage": np.int32, "ShortStorage": np.int16, "CharStorage": np.int8,
           "ByteStorage": np.uint8, "BoolStorage": np.bool_}


class _StorageType:
    def __init__(self, name: str) -> None:
        self.dtype = np.dtype(_DTYPES[name])


class _Tensor:
    """A tensor waiting for its storage's bytes."""

    def __init__(self, storage, offset: int, size, stride) -> None:
        self.storage, self.offset, self.size, self.stride = storage, int(offset), tuple(size), tuple(stride)

    def array(self, buffers: dict) -> np.ndarray:
        key, dtype = self.storage
        flat = buffers[key]
        if not self.size:
            return flat[self.offset].copy()
        item = flat.itemsize
        view = np.lib.stride_tricks.as_strided(flat[self.offset:], shape=self.size,
                                               strides=[s * item for s in self.stride])
        return np.array(view, dtype=dtype)


def _rebuild_tensor_v2(storage, offset, size, stride, *_args):
    return _Tensor(storage, offset, size, stride)


class _Unpickler(pickle.Unpickler):
    def __init__(self, fh, storages: dict) -> None:
        super().__init__(fh)
        self.storages = storages

    def find_class(self, module: str, name: str):
        if module == "collections" and name == "OrderedDict":
            return collections.OrderedDict
        if module == "torch._utils" and name in ("_rebuild_tensor_v2", "_rebuild_tensor"):
            return _rebuild_tensor_v2
        if module == "torch" and name in _DTYPES:
            return _StorageType(name)
        raise pickle.UnpicklingError(f"refused global {module}.{name}")

    def persistent_load(self, saved_id):
        # legacy: ('storage', type, key, location, size[, view]); zip: ('storage', type, key, location, numel)
        _tag, storage_type, key, _location, numel = saved_id[:5]
        self.storages[str(key)] = (storage_type.dtype, int(numel))
        return (str(key), storage_type.dtype)


def load_state(path: str | Path) -> dict:
    """The checkpoint's top-level dict with tensors as numpy arrays (nested dicts kept)."""
    path = Path(path)
    storages: dict = {}
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            prefix = next(n for n in z.namelist() if n.endswith("data.pkl"))[:-len("data.pkl")]
            with z.open(prefix + "data.pkl") as fh:
                obj = _Unpickler(fh, storages).load()
            buffers = {k: np.frombuffer(z.read(f"{prefix}data/{k}"), dtype=dt, count=n) for k, (dt, n) in
                       storages.items()}
        return _materialise(obj, buffers)
    with open(path, "rb") as fh:
        for _ in range(3):  # magic number, protocol version, system info
            pickle.load(fh)
        obj = _Unpickler(fh, storages).load()
        keys = pickle.load(fh)
        buffers = {}
        for key in keys:
            dtype, _numel = storages[str(key)]
            (count,) = struct.unpack("<q", fh.read(8))
            buffers[str(key)] = np.frombuffer(fh.read(count * np.dtype(dtype).itemsize), dtype=dtype, count=count)
    return _materialise(obj, buffers)


def _materialise(obj, buffers):
    if isinstance(obj, _Tensor):
        return obj.array(buffers)
    if isinstance(obj, dict):
        return {k: _materialise(v, buffers) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return type(obj)(_materialise(v, buffers) for v in obj)
    return obj
