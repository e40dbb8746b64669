"""Outbox states without a server: confirmation, hold, cancel, recovery, and the send-log export."""
from __future__ import annotations

import time

import openpyxl
import pytest

from desktop.services.send.addresses import DomainPolicy
from desktop.services.send.errors import BlockedDomain, InvalidRecipient, JobStateError, MissingAttachment
from desktop.services.send.outbox import Recipient
from desktop.services.send.runner import OutboxBusy, RunnerLock, process_outbox
from desktop.services.send.send_log import export_xlsx

from .conftest import SENDER

RECIPIENTS = [Recipient("a@metro.example.jp", "甲"), Recipient("b@partner.example.com", "乙")]


def never_transport():
    raise AssertionError("nothing may be sent in this test")


def test_confirmation_requires_every_recipient(outbox):
    group = outbox.queue(RECIPIENTS, sender=SENDER, subject="件名", body="")
    assert {j.state for j in outbox.jobs(group_id=group)} == {"draft"}
    outbox.begin_confirmation(group)
    with pytest.raises(JobStateError, match="b@partner.example.com"):
        outbox.confirm(group, ["a@metro.example.jp"], hold_seconds=60)
    assert {j.state for j in outbox.jobs(group_id=group)} == {"confirming"}
    until = outbox.confirm(group, [r.address for r in RECIPIENTS], hold_seconds=60)
    assert until > time.time() + 50
    assert {j.state for j in outbox.jobs(group_id=group)} == {"held"}
    summary = process_outbox(outbox, never_transport)              # still held: nothing goes out
    assert not summary.sent
    assert outbox.cancel_group(group) == 2
    assert {j.state for j in outbox.jobs(group_id=group)} == {"cancelled"}
    assert not process_outbox(outbox, never_transport).sent
    with pytest.raises(JobStateError):
        outbox.cancel(outbox.jobs(group_id=group)[0].id)


def test_recovery_after_crash(outbox):
    outbox.queue(RECIPIENTS, sender=SENDER, subject="s", body="", state="held")
    first = outbox.claim_next()
    outbox.mark_data_started(first.id)
    second = outbox.claim_next()                        # both "in flight" when the process died
    assert outbox.recover() == [first.id, second.id]
    assert outbox.job(first.id).state == "uncertain"
    assert outbox.job(second.id).state == "held"
    with pytest.raises(JobStateError):
        outbox.cancel(first.id)
    outbox.resolve(first.id, delivered=True)
    assert outbox.job(first.id).state == "sent"


def test_message_id_is_fixed_at_queue_time_and_unique(outbox):
    group = outbox.queue(RECIPIENTS, sender=SENDER, subject="s", body="")
    ids = [j.message_id for j in outbox.jobs(group_id=group)]
    assert len(set(ids)) == 2 and all(i.startswith("<") and i.endswith("@metro.example.jp>") for i in ids)


def test_one_runner_at_a_time(outbox):
    with RunnerLock(outbox.folder):
        with pytest.raises(OutboxBusy):
            process_outbox(outbox, never_transport)


def test_bad_input_queues_nothing(outbox, tmp_path):
    policy = DomainPolicy(internal=("metro.example.jp",), blocked=("partner.example.com",))
    assert policy.is_internal("x@sub.metro.example.jp") and not policy.is_internal("x@example.com")
    with pytest.raises(BlockedDomain, match="b@partner.example.com"):
        outbox.queue(RECIPIENTS, sender=SENDER, subject="s", body="", policy=policy)
    with pytest.raises(BlockedDomain):
        outbox.queue([Recipient("B@Mail.PARTNER.example.com")], sender=SENDER, subject="s", body="", policy=policy)
    with pytest.raises(MissingAttachment, match="missing.pdf"):
        outbox.queue(RECIPIENTS[:1], sender=SENDER, subject="s", body="", attachments=[tmp_path / "missing.pdf"])
    with pytest.raises(InvalidRecipient, match="not a usable mail address"):
        outbox.queue([Recipient("someone at example.jp")], sender=SENDER, subject="s", body="")
    assert outbox.jobs() == []
    assert [p.name for p in outbox.spool.iterdir()] == []


def test_send_log_export(outbox, tmp_path):
    doc = tmp_path / "資料.txt"
    doc.write_bytes(b"abc")
    group = outbox.queue(RECIPIENTS, sender=SENDER, subject="送信記録テスト", body="", attachments=[doc],
                         state="held")
    outbox.cancel_group(group)
    out = export_xlsx(outbox, tmp_path / "log.xlsx")
    book = openpyxl.load_workbook(out)
    rows = list(book["送信記録"].iter_rows(values_only=True))
    assert rows[0][4] == "状態" and len(rows) == 3
    assert rows[1][5] == "a@metro.example.jp" and rows[1][4] == "cancelled" and rows[1][8] == "送信記録テスト"
    assert rows[1][10] == "資料.txt"
    assert rows[1][11] == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"   # sha256("abc")
    events = list(book["状態変更"].iter_rows(values_only=True))
    assert [e[3] for e in events[1:]] == ["held", "held", "cancelled", "cancelled"]


def test_purge_spool_keeps_open_jobs_and_the_log(outbox, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("x")
    done = outbox.queue(RECIPIENTS[:1], sender=SENDER, subject="s", body="", attachments=[doc], state="held")
    open_group = outbox.queue(RECIPIENTS[1:], sender=SENDER, subject="s", body="", attachments=[doc], state="held")
    outbox.cancel_group(done)
    assert outbox.purge_spool(older_than_days=1) == 0            # too young
    assert outbox.purge_spool(older_than_days=-1) == 1
    assert not (outbox.spool / done).exists() and (outbox.spool / open_group).exists()
    assert outbox.jobs(group_id=done)[0].attachments[0].sha256   # the log still has name + hash


def test_outbox_made_before_cc_bcc_opens_and_keeps_its_jobs(tmp_path):
    """An outbox.sqlite3 from before the role/header columns: opened in place, old jobs read as plain To."""
    import sqlite3

    from desktop.services.send import outbox as ob
    from desktop.services.send.message import build_message

    folder = tmp_path / "outbox"
    folder.mkdir()
    db = sqlite3.connect(folder / "outbox.sqlite3")
    db.executescript(ob._SCHEMA)                     # the base schema: no sender_name, role, header_* columns
    db.execute("INSERT INTO jobs(group_id, message_id, recipient, recipient_name, sender, subject, body, transport,"
               " attachments, state, created_at, updated_at) VALUES ('g1', '<m1@x>', 'a@x.example.jp', '', "
               "'s@metro.example.jp', '旧', '', 'smtp', '[]', 'held', 1, 1)")
    db.commit()
    db.close()
    box = ob.Outbox(folder)
    job = box.jobs()[0]
    assert (job.role, job.header_to, job.header_cc, job.sender_name) == ("to", [], [], "")
    assert b"To: a@x.example.jp" in build_message(job)
    box.close()
