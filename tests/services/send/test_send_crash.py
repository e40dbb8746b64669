"""The outbox runs in a real child process (``python -m desktop outbox --run``) that is SIGKILLed at a
controlled point (the server holds the reply to DATA or RCPT); a restart must lose nothing and send nothing twice."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services.send.outbox import Outbox, Recipient
from desktop.services.settings import Settings

from .conftest import PASSWORD, SENDER
from .loopback_smtp import USER

ROOT = Path(__file__).resolve().parents[3]
DRIVER = r"""
import sys, keyring
from keyring.backend import KeyringBackend
class Mem(KeyringBackend):
    priority = 1
    store = {}
    def get_password(self, s, u): return self.store.get((s, u))
    def set_password(self, s, u, p): self.store[(s, u)] = p
    def delete_password(self, s, u): self.store.pop((s, u), None)
keyring.set_keyring(Mem())
from desktop.services.secrets import SecretKey, set_secret
set_secret(SecretKey.SMTP_PASSWORD, sys.stdin.readline().strip())
from desktop.cli import main
sys.exit(main(["outbox", "--run", "--wait", "0"]))
"""


def start_runner(cert: Path) -> subprocess.Popen:
    env = dict(os.environ, SSL_CERT_FILE=str(cert), PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", DRIVER], cwd=ROOT, env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc.stdin.write(PASSWORD + "\n")
    proc.stdin.flush()
    return proc


@pytest.fixture
def configured(smtp_server):
    settings = Settings()
    for key, value in (("smtp_host", "127.0.0.1"), ("smtp_port", smtp_server.port), ("smtp_security", "starttls"),
                       ("smtp_user", USER), ("smtp_from", SENDER), ("send_hold_seconds", 0)):
        settings.set(key, value)
    from desktop.services.send.service import data_folder

    box = Outbox(data_folder() / "outbox")
    box.queue([Recipient(f"user{i}@example.jp") for i in range(4)], sender=SENDER, subject="件名",
              body="本文", state="held")
    yield box
    box.close()


def kill_at(event, proc) -> None:
    try:
        assert event.wait(60), proc.stderr.read() if proc.poll() is not None else "runner never got there"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            stream.close()
    assert proc.returncode == -signal.SIGKILL


@pytest.mark.slow
def test_killed_while_waiting_for_data_reply(configured, smtp_server):
    handler = smtp_server.handler
    handler.faults = ["ok", "block"]                     # second message: the server holds its 250
    kill_at(handler.data_entered, start_runner(smtp_server.cert))
    handler.release.set()
    states = {j.recipient: j.state for j in configured.jobs()}
    assert states["user1@example.jp"] == "sending" and states["user0@example.jp"] == "sent"

    proc = start_runner(smtp_server.cert)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 3, err                     # 3: something needs a person (the uncertain job)
    jobs = {j.recipient: j for j in configured.jobs()}
    assert jobs["user1@example.jp"].state == "uncertain"
    assert all(jobs[f"user{i}@example.jp"].state == "sent" for i in (0, 2, 3))
    ids = handler.message_ids()
    assert sorted(ids) == sorted(j.message_id for j in jobs.values())   # nothing lost, nothing twice
    assert handler.data_calls == 4
    # every later run reports the job until a person settles it (row 6 of #16: it said "uncertain 0", exit 0)
    proc = start_runner(smtp_server.cert)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 3, (out, err)
    uncertain_id = jobs["user1@example.jp"].id
    assert f"1 uncertain job(s) need a person (1 from earlier runs): {uncertain_id}" in out
    assert handler.data_calls == 4                       # and it was not resent


@pytest.mark.slow
def test_killed_before_data_is_sent_again_exactly_once(configured, smtp_server):
    handler = smtp_server.handler
    handler.rcpt_faults = ["ok", "block"]                # second message: the server holds the RCPT reply
    kill_at(handler.rcpt_entered, start_runner(smtp_server.cert))
    handler.release.set()
    assert len(handler.received) == 1

    proc = start_runner(smtp_server.cert)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "sent 3" in out
    jobs = configured.jobs()
    assert {j.state for j in jobs} == {"sent"}
    ids = handler.message_ids()
    assert len(ids) == 4 and sorted(ids) == sorted(j.message_id for j in jobs)
    recovered = [e for e in configured.events() if e.from_state == "sending" and e.to_state == "held"]
    assert len(recovered) == 1 and "before DATA" in recovered[0].detail
