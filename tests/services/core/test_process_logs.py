"""One log file per process; a worker's records and its native crash stack land in its parent's file."""
from __future__ import annotations

import logging
import os

import pytest

from desktop.services import paths
from desktop.services.common.jobs import run_in_child
from desktop.services.errors import ChildProcessCrashed
from desktop.services.logging_setup import configure_logging, log_file, register_secret


@pytest.fixture
def own_log(monkeypatch):
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [h for h in root.handlers if not getattr(h, "_tosei", False)])
    monkeypatch.setattr(root, "level", logging.INFO)
    path = configure_logging(role="cli")
    yield path
    for handler in root.handlers:
        if getattr(handler, "_tosei", False):
            handler.close()


def _text(path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_each_process_has_its_own_file(own_log):
    assert own_log == log_file() and own_log.parent == paths.log_dir()
    assert own_log.name.startswith("cli-") and own_log.name.endswith(f"-{os.getpid()}.log")
    assert configure_logging(role="cli") == own_log  # idempotent


def test_a_workers_records_and_native_crash_reach_the_parents_log(own_log):
    register_secret("s3cret-in-worker")
    with pytest.raises(ChildProcessCrashed):
        run_in_child("tests.helpers.child_work:log_then_segfault", {"message": "hello s3cret-in-worker"})
    text = _text(own_log)
    worker_lines = [line for line in text.splitlines() if "worker says: hello ***" in line]
    assert worker_lines, text
    assert f" {os.getpid()} " not in worker_lines[0]  # written with the worker's pid, not ours
    assert "s3cret-in-worker" not in text
    assert "crashed:" in text and "Fatal Python error" in text and "log_then_segfault" in text
    assert not list(paths.log_dir().glob("worker-*.crash"))  # collected and removed


def test_a_clean_worker_leaves_no_crash_file(own_log):
    assert run_in_child("tests.helpers.child_work:busy_work", {"seconds": 0.1})["rounds"] >= 0
    assert not list(paths.log_dir().glob("worker-*.crash"))
    assert sorted(p.name for p in paths.log_dir().iterdir()) == [own_log.name]
