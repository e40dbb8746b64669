"""pytest-qt: the outbox view resumes on page open (after a crash) and lets a person settle uncertain jobs."""
from __future__ import annotations


from PySide6.QtCore import Qt

from desktop.services.send.outbox import Recipient
from desktop.services.send.service import open_outbox
from tests.helpers.net import free_port


def test_page_resumes_outbox_and_person_settles_uncertain(app_context, qtbot):
    from aiosmtpd.controller import Controller

    from desktop.ui.send.page import SendPage

    class Sink:
        def __init__(self):
            self.messages = []

        async def handle_DATA(self, server, session, envelope):
            self.messages.append(envelope.content)
            return "250 OK"

    port = free_port()
    for key, value in (("smtp_host", "127.0.0.1"), ("smtp_port", port), ("smtp_security", "none"),
                       ("smtp_user", ""), ("smtp_from", "me@metro.example.jp"), ("send_hold_seconds", 0)):
        app_context.settings.set(key, value)
    # a previous session crashed: one job mid-DATA (uncertain on recovery), one held, one before DATA
    box = open_outbox()
    box.queue([Recipient(f"u{i}@example.jp") for i in range(3)], sender="me@metro.example.jp", subject="再開",
              body="", state="held")
    first = box.claim_next()
    box.mark_data_started(first.id)
    second = box.claim_next()
    box.close()

    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    page = SendPage(app_context)
    qtbot.addWidget(page)
    try:
        qtbot.waitUntil(lambda: len(sink.messages) == 2, timeout=20000)
        qtbot.waitUntil(lambda: not page.runner_busy(), timeout=10000)
        states = {j.id: j.state for j in page.outbox.jobs()}
        assert states[first.id] == "uncertain" and states[second.id] == "sent"
        tab = page.outbox_tab
        tab.refresh()
        row = tab.row_of(first.id)
        assert row >= 0 and "不明" in tab.table.item(row, 1).text()
        tab.table.selectRow(row)
        assert tab.delivered_button.isEnabled() and tab.resend_button.isEnabled()
        assert not tab.cancel_button.isEnabled()
        qtbot.mouseClick(tab.delivered_button, Qt.MouseButton.LeftButton)
        assert page.outbox.job(first.id).state == "sent"
        assert len(sink.messages) == 2                       # settling never sends
        # something queued later (another window, a CLI "send") is picked up without user action
        page.outbox.queue([Recipient("late@example.jp")], sender="me@metro.example.jp", subject="後から",
                          body="", state="held")
        qtbot.waitUntil(lambda: len(sink.messages) == 3, timeout=20000)
        qtbot.waitUntil(lambda: not page.runner_busy(), timeout=10000)
        page.tabs.setCurrentWidget(page.log_tab)
        assert page.log_tab.table.rowCount() == 4
        page.log_tab.table.selectRow(3)                       # oldest job, shown last
        history = [page.log_tab.history.item(i).text() for i in range(page.log_tab.history.count())]
        assert any("本文の送信中に中断（届いたか不明）" in h for h in history) and len(history) >= 4
    finally:
        app_context.jobs.cancel_all()
        app_context.jobs.wait_for_done(10000)
        page.shutdown()
        controller.stop()
