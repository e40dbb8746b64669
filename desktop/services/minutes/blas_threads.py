"""Run small numpy matrix products on one BLAS thread.

The voice encoder's LSTM does hundreds of small products per second of speech; OpenBLAS spreads each over all
cores, and on a PC whose cores are busy (Whisper, other programs) that thrashed: 480 products took 9.7 s on
two threads against 0.7 s on one. :func:`single_thread` sets OpenBLAS (numpy's wheels bundle it as
``scipy_openblas``) to one thread for the block and restores it; where the library is not found it does
nothing.
"""
from __future__ import annotations

import ctypes
import glob
import os
from contextlib import contextmanager
from functools import lru_cache

_SETTERS = ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads", "openblas_set_num_threads64_",
            "openblas_set_num_threads")
_GETTERS = ("scipy_openblas_get_num_threads64_", "scipy_openblas_get_num_threads", "openblas_get_num_threads64_",
            "openblas_get_num_threads")


@lru_cache(maxsize=1)
def _openblas():
    import numpy

    root = os.path.dirname(os.path.dirname(numpy.__file__))
    patterns = [os.path.join(root, "numpy.libs", "*openblas*"), os.path.join(os.path.dirname(numpy.__file__),
                                                                            ".libs", "*openblas*")]
    for pattern in patterns:
        for path in sorted(glob.glob(pattern)):
            try:
                lib = ctypes.CDLL(path)
            except OSError:
                continue
            setter = next((getattr(lib, n) for n in _SETTERS if hasattr(lib, n)), None)
            getter = next((getattr(lib, n) for n in _GETTERS if hasattr(lib, n)), None)
            if setter is not None and getter is not None:
                setter.argtypes, getter.restype = [ctypes.c_int], ctypes.c_int
                return setter, getter
    return None


@contextmanager
def single_thread():
    found = _openblas()
    if found is None:
        yield
        return
    setter, getter = found
    before = getter()
    setter(1)
    try:
        yield
    finally:
        setter(max(1, before))
