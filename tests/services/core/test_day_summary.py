"""The home page's summary of the day, read from the tools' real files without Qt."""
from __future__ import annotations

from desktop.services import day_summary, paths
from desktop.services.approval.autosave import Autosaver
from desktop.services.approval.model import Draft
from desktop.services.send.outbox import Recipient
from desktop.services.send.service import open_outbox


def test_nothing_yet_counts_as_nothing_and_creates_no_tool_database():
    summary = day_summary.collect()
    assert (summary.send_waiting, summary.drafts, summary.forms_pending, summary.meetings) == (0, 0, 0, [])
    assert summary.last_sync is None and summary.unavailable == []
    assert not (paths.tool_data_dir("send") / "outbox" / "outbox.sqlite3").exists()
    assert not (paths.tool_data_dir("forms") / "review.sqlite3").exists()


def test_counts_come_from_the_outbox_and_the_autosaves():
    outbox = open_outbox()
    try:
        outbox.queue([Recipient("a@example.lg.jp")], sender="me@example.lg.jp", subject="件名", body="本文")
        outbox.queue([Recipient("b@example.lg.jp"), Recipient("c@example.lg.jp")], sender="me@example.lg.jp",
                     subject="件名", body="本文", state="held", hold_seconds=600)
    finally:
        outbox.close()
    Autosaver().save(Draft(subject="一"))
    Autosaver().save(Draft(subject="二"))
    summary = day_summary.collect()
    assert summary.send_waiting == 2, "a draft send is not waiting; the two held ones are"
    assert summary.drafts == 2


def test_one_unreadable_tool_is_named_and_the_rest_still_counted():
    bad = paths.tool_data_dir("forms") / "review.sqlite3"
    bad.write_bytes(b"not sqlite at all")
    Autosaver().save(Draft(subject="一"))
    summary = day_summary.collect()
    assert summary.unavailable == ["forms"]
    assert summary.drafts == 1
