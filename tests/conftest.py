"""Test isolation for every test: offscreen Qt, private dirs, no real policy, an in-memory keyring.

``QT_QPA_PLATFORM`` must be set before any PySide6 import, so it is set at import time of this file.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HF_HUB_OFFLINE"] = "1"          # no test may reach a model hub
os.environ["TRANSFORMERS_OFFLINE"] = "1"

import keyring  # noqa: E402
import pytest  # noqa: E402
from tests.helpers.memory_keyring import MemoryKeyring  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    """Every test gets its own config/data/cache/log/work dirs and no admin policy."""
    home = tmp_path / "tosei-home"
    monkeypatch.setenv("TOSEI_DESK_HOME", str(home))
    monkeypatch.setenv("TOSEI_DESK_POLICY", str(tmp_path / "no-policy.toml"))
    return home


@pytest.fixture(autouse=True)
def memory_keyring(request):
    """In-memory keyring for every test, unless marked ``real_keyring``."""
    if request.node.get_closest_marker("real_keyring"):
        yield None
        return
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def sentence_language():
    """A CLI run in-process switches desktop.messages to its own catalogue; give the next test what was there."""
    from desktop.messages import catalogue

    before = catalogue.installed()
    yield
    catalogue.install(before)
