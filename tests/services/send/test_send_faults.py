"""Fault handling against the real loopback server; every test asserts what the server received."""
from __future__ import annotations

import time

from desktop.services.send.outbox import Recipient
from desktop.services.send.runner import process_outbox
from desktop.services.send.smtp_transport import SmtpConfig, SmtpTransport

from .conftest import FAST_RETRY, PASSWORD, SENDER
from tests.helpers.net import free_port

from .loopback_smtp import USER, LoopbackSmtp


def queue(outbox, n=1):
    return outbox.queue([Recipient(f"user{i}@example.jp") for i in range(n)], sender=SENDER, subject="件名",
                        body="本文", state="held")


def run(outbox, factory, wait=0.0):
    return process_outbox(outbox, factory, retry=FAST_RETRY, wait_seconds=wait)


def test_refused_connection_is_retried_later(tmp_path, outbox):
    port = free_port()                                   # nothing listens here yet
    queue(outbox)
    folder = tmp_path / "srv"
    folder.mkdir()
    server = LoopbackSmtp(folder, PASSWORD, port=port)      # made (certificate) but not started
    config = SmtpConfig("127.0.0.1", port, "starttls", USER, timeout=5, cafile=str(server.cert))
    summary = run(outbox, lambda: SmtpTransport(config, PASSWORD))
    assert "Could not connect" in summary.stopped_by and not summary.sent
    job = outbox.jobs()[0]
    assert job.state == "held" and job.attempts == 1 and job.next_attempt_at > time.time() - 1
    assert job.error.startswith("Could not connect")
    with server:
        summary = run(outbox, lambda: SmtpTransport(config, PASSWORD), wait=2)
        assert len(summary.sent) == 1
        assert len(server.handler.received) == 1
    job = outbox.jobs()[0]
    assert job.state == "sent" and job.attempts == 2


def test_4xx_reply_to_data_is_retried_and_delivered_once(outbox, smtp_server, transport_factory):
    smtp_server.handler.faults = ["451"]
    queue(outbox)
    summary = run(outbox, transport_factory, wait=2)
    assert len(summary.sent) == 1
    assert smtp_server.handler.data_calls == 2
    assert len(smtp_server.handler.received) == 1
    job = outbox.jobs()[0]
    assert job.attempts == 2 and job.state == "sent"
    assert any("451" in e.detail and e.to_state == "held" for e in outbox.events(job.id))


def test_4xx_on_recipient_is_retried(outbox, smtp_server, transport_factory):
    smtp_server.handler.rcpt_faults = ["450"]
    queue(outbox)
    summary = run(outbox, transport_factory, wait=2)
    assert len(summary.sent) == 1 and len(smtp_server.handler.received) == 1
    assert smtp_server.handler.data_calls == 1


def test_5xx_fails_without_retry(outbox, smtp_server, transport_factory):
    smtp_server.handler.faults = ["554"]
    queue(outbox, 2)
    summary = run(outbox, transport_factory, wait=2)
    assert len(summary.failed) == 1 and len(summary.sent) == 1
    failed = outbox.job(summary.failed[0])
    assert failed.state == "failed" and failed.attempts == 1 and failed.response.startswith("554")
    assert smtp_server.handler.data_calls == 2 and len(smtp_server.handler.received) == 1
    run(outbox, transport_factory, wait=1)
    assert smtp_server.handler.data_calls == 2              # a failed job is not picked up again


def test_retries_are_bounded(outbox, smtp_server, transport_factory):
    smtp_server.handler.faults = ["451"] * 10
    queue(outbox)
    summary = run(outbox, transport_factory, wait=3)
    assert summary.failed and smtp_server.handler.data_calls == FAST_RETRY.max_attempts
    assert smtp_server.handler.received == []


def test_connection_dropped_after_data_is_uncertain_and_never_resent(outbox, smtp_server, transport_factory):
    smtp_server.handler.faults = ["drop"]
    queue(outbox, 2)
    summary = run(outbox, transport_factory, wait=1)
    assert len(summary.uncertain) == 1 and len(summary.sent) == 1
    uncertain = outbox.job(summary.uncertain[0])
    assert uncertain.state == "uncertain" and uncertain.data_started
    assert len(smtp_server.handler.received) == 2            # the server did get it
    for _ in range(2):
        run(outbox, transport_factory, wait=1)
    assert len(smtp_server.handler.received) == 2 and smtp_server.handler.data_calls == 2
    # a person decides: resend explicitly -> delivered again, same Message-ID
    outbox.resolve(uncertain.id, delivered=False)
    run(outbox, transport_factory, wait=1)
    ids = smtp_server.handler.message_ids()
    assert len(ids) == 3 and ids.count(uncertain.message_id) == 2
    assert outbox.job(uncertain.id).state == "sent"
