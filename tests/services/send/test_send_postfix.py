"""Send against a real Postfix 3.7 on 127.0.0.1 (STARTTLS, dovecot SASL, Maildir): every verdict counts the
delivered copies per Message-ID in the Maildirs. The same checks run against aiosmtpd in test_send_smtp and
test_send_faults (see postfix_server for when Postfix cannot run: not root)."""
from __future__ import annotations

import pytest

from desktop.services.send.outbox import Outbox, Recipient
from desktop.services.send.runner import RetryPolicy, process_outbox
from desktop.services.send.smtp_transport import SmtpConfig, SmtpTransport

from .postfix_server import MtaNeedsRoot, MtaUnavailable, PostfixServer

SASL_USER, SASL_PASS = "sender@metro.example.jp", "Pf-sasl-pa55!"
SENDER = "yamada-taro@metro.example.jp"
GOOD = [f"user{i}@example.jp" for i in range(5)] + ["kacho@metro.example.jp"]
TEMP, BAD = "busy@example.jp", "nobody@example.jp"
FAST = RetryPolicy(base_seconds=0.05, max_seconds=0.1, max_attempts=2)


@pytest.fixture(scope="module")
def postfix():
    import os

    server = PostfixServer(SASL_USER, SASL_PASS, GOOD, {TEMP: "450 4.2.0 mailbox busy, try later",
                                                          BAD: "550 5.1.1 no such user here"})
    try:
        server.start()
    except MtaNeedsRoot as exc:
        pytest.skip(str(exc))
    except MtaUnavailable as exc:
        if os.environ.get("CI") or os.environ.get("TOSEI_REQUIRE_SERVERS"):
            pytest.fail(f"Postfix is required in CI: {exc}")
        pytest.skip(str(exc))
    yield server
    server.stop()


def _transport(postfix, password=SASL_PASS):
    cfg = SmtpConfig(host="127.0.0.1", port=postfix.port, security="starttls", user=SASL_USER, timeout=20,
                     cafile=str(postfix.cert))
    return lambda: SmtpTransport(cfg, password)


def test_group_to_postfix_each_copy_delivered_once_and_refusals_settled(postfix, tmp_path):
    outbox = Outbox(tmp_path / "outbox")
    try:
        att = tmp_path / "資料.pdf"
        att.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 200 + b"\r\n.\r\n")
        group = outbox.queue([Recipient(a, f"宛先{i}") for i, a in enumerate(GOOD + [TEMP, BAD])], sender=SENDER,
                             subject="【送付】Postfix 経由の資料", body="本文です。\n.\n以上", attachments=[att],
                             state="held", sender_name="山田 太郎")
        jobs = {j.recipient: j for j in outbox.jobs(group_id=group)}
        first = process_outbox(outbox, _transport(postfix), retry=FAST)
        assert sorted(first.sent) == sorted(jobs[a].id for a in GOOD)
        assert first.failed == [jobs[BAD].id] and first.retrying == [jobs[TEMP].id]
        assert "550" in outbox.job(jobs[BAD].id).response
        got = postfix.wait_for(len(GOOD))
        copies = postfix.copies_per_message_id()
        mine = {jobs[a].message_id for a in GOOD}
        assert {m: copies[m] for m in mine} == {m: 1 for m in mine}       # each exactly once
        assert jobs[TEMP].message_id not in copies and jobs[BAD].message_id not in copies
        by_id = {m["Message-ID"]: m for m in got}
        for addr in GOOD:
            msg = by_id[jobs[addr].message_id]
            assert msg["To"].addresses[0].addr_spec == addr
            assert msg["From"].addresses[0].display_name == "山田 太郎"
            parts = list(msg.iter_attachments())
            assert [p.get_filename() for p in parts] == ["資料.pdf"] and parts[0].get_content() == att.read_bytes()
            assert msg.get_body(("plain",)).get_content().replace("\r\n", "\n").rstrip("\n") == "本文です。\n.\n以上"
        # the busy mailbox stays busy: retried until the attempts run out, never duplicating the others
        import time
        deadline = time.monotonic() + 20
        while outbox.job(jobs[TEMP].id).state != "failed" and time.monotonic() < deadline:
            process_outbox(outbox, _transport(postfix), retry=FAST, wait_seconds=0.5)
        assert outbox.job(jobs[TEMP].id).state == "failed"
        again = postfix.copies_per_message_id()
        assert {m: again[m] for m in mine} == {m: 1 for m in mine}
    finally:
        outbox.close()


def test_wrong_sasl_password_is_refused_and_nothing_is_delivered(postfix, tmp_path):
    outbox = Outbox(tmp_path / "outbox")
    try:
        before = sum(postfix.copies_per_message_id().values())
        outbox.queue([Recipient(GOOD[0])], sender=SENDER, subject="件名", body="本文", state="held")
        summary = process_outbox(outbox, _transport(postfix, password="wrong-password"), retry=FAST)
        assert summary.sent == [] and "535" in summary.stopped_by
        assert "wrong-password" not in summary.stopped_by
        assert sum(postfix.copies_per_message_id().values()) == before and postfix.queue_is_empty()
    finally:
        outbox.close()
