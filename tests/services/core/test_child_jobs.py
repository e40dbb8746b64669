"""The child-process job contract: results, typed errors, crashes and cancel really stopping the child."""
from __future__ import annotations

import threading
import time

import psutil
import pytest

from desktop.services.common.jobs import CancelToken, run_in_child
from desktop.services.errors import Cancelled, ChildProcessCrashed, ToseiError


def test_result_and_progress_come_back():
    seen = []
    result = run_in_child("tests.helpers.child_work:busy_work", {"seconds": 0.5},
                          progress=lambda f, m="": seen.append(f))
    assert result["rounds"] > 0
    assert result["pid"] != psutil.Process().pid
    assert seen and seen[-1] == 1.0
    assert all(0.0 <= f <= 1.0 for f in seen if f is not None)


def test_typed_error_survives_the_pipe():
    with pytest.raises(ToseiError) as info:
        run_in_child("tests.helpers.child_work:raise_error", {"message": "broken input"})
    assert str(info.value) == "broken input"
    assert info.value.code == "diagnostics.failed"


def test_crash_becomes_a_clear_error():
    with pytest.raises(ChildProcessCrashed) as info:
        run_in_child("tests.helpers.child_work:crash_hard", {"code": 7})
    assert "stopped unexpectedly" in str(info.value)


def test_cancel_kills_the_child_quickly(tmp_path):
    pid_file = tmp_path / "pid"
    token = CancelToken()
    errors = []

    def run():
        try:
            run_in_child("tests.helpers.child_work:report_pid",
                         {"path": str(pid_file), "seconds": 60}, cancel=token)
        except Exception as exc:  # collected for the assertion below
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    deadline = time.monotonic() + 30
    while not (pid_file.exists() and pid_file.read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    pid = int(pid_file.read_text())
    assert psutil.pid_exists(pid)
    t0 = time.monotonic()
    token.cancel()
    thread.join(5)
    assert not thread.is_alive()
    assert isinstance(errors[0], Cancelled)
    gone = not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    assert gone, "the child process must be gone after cancel"
    assert time.monotonic() - t0 < 2.0
