"""pytest-qt: the FAX-less send page driven like a user: directory import, compose, the misdelivery-guard
confirmation (untick -> cannot send), the hold countdown, Cancel, and a real send to a loopback SMTP server."""
from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.services.settings import Settings
from tests.helpers.net import free_port


def configure(settings: Settings, port: int, hold: int) -> None:
    for key, value in (("smtp_host", "127.0.0.1"), ("smtp_port", port), ("smtp_security", "none"),
                       ("smtp_user", ""), ("smtp_from", "yamada@metro.example.jp"), ("send_hold_seconds", hold),
                       ("internal_mail_domains", ["metro.example.jp"]),
                       ("blocked_mail_domains", ["rival.example.com"])):
        settings.set(key, value)


@pytest.fixture
def page(app_context, qtbot):
    from desktop.ui.send.page import SendPage

    page = SendPage(app_context)
    qtbot.addWidget(page)
    yield page
    app_context.jobs.cancel_all()
    app_context.jobs.wait_for_done(10000)
    page.shutdown()


def compose_two(page, qtbot, tmp_path):
    c = page.compose
    for text in ("suzuki@metro.example.jp", "partner@other.example.com"):
        c.to_edit.setText(text)
        qtbot.keyClick(c.to_edit, Qt.Key.Key_Return)
    assert c.recipients.count() == 2
    c.subject.setText("会議資料の送付")
    c.body.setPlainText("よろしくお願いします。")
    doc = tmp_path / "資料.pdf"
    doc.write_bytes(b"%PDF-1.4 sample")
    c.add_attachment(doc)
    return doc


def open_confirmation(page, qtbot):
    qtbot.mouseClick(page.compose.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.compose.confirm_dialog is not None, timeout=15000)
    return page.compose.confirm_dialog


def test_confirm_untick_hold_and_cancel(page, app_context, qtbot, tmp_path):
    configure(app_context.settings, free_port(), hold=60)      # nothing listens: nothing may be sent anyway
    compose_two(page, qtbot, tmp_path)
    dialog = open_confirmation(page, qtbot)
    group = page.compose.pending_group
    assert {j.state for j in page.outbox.jobs(group_id=group)} == {"confirming"}
    # grouped by domain, external first and highlighted, attachments shown again
    domains = [dialog.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
               for i in range(dialog.tree.topLevelItemCount())]
    assert domains == ["other.example.com", "metro.example.jp"]
    assert dialog.external == {"other.example.com"}
    assert "組織外" in dialog.tree.topLevelItem(0).text(0)
    assert [dialog.attach_list.item(i).text() for i in range(dialog.attach_list.count())] == ["送付状.pdf", "資料.pdf"]
    assert not dialog.send_button.isEnabled()
    dialog.set_ticked("suzuki@metro.example.jp", True)
    dialog.set_ticked("partner@other.example.com", True)
    assert dialog.send_button.isEnabled()
    dialog.set_ticked("partner@other.example.com", False)          # untick -> cannot send
    assert not dialog.send_button.isEnabled()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    dialog.accept()                                                  # even a forced accept is refused
    assert dialog.isVisible() and {j.state for j in page.outbox.jobs(group_id=group)} == {"confirming"}
    dialog.set_ticked("partner@other.example.com", True)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: {j.state for j in page.outbox.jobs(group_id=group)} == {"held"}, timeout=5000)
    assert page.tabs.currentWidget() is page.outbox_tab
    assert page.runner_busy()
    # the outbox shows the countdown; select a row and cancel during the hold
    tab = page.outbox_tab
    tab.refresh()
    row = tab.row_of(page.outbox.jobs(group_id=group)[0].id)
    assert tab.table.item(row, 4).text().endswith("秒") and int(tab.table.item(row, 4).text().split()[0]) > 50
    tab.table.selectRow(row)
    assert tab.cancel_button.isEnabled()
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    assert {j.state for j in page.outbox.jobs(group_id=group)} == {"cancelled"}
    qtbot.waitUntil(lambda: not page.runner_busy(), timeout=10000)
    assert not [e for e in page.outbox.events() if e.to_state == "sending"]


def test_back_from_confirmation_keeps_the_form(page, app_context, qtbot, tmp_path):
    configure(app_context.settings, free_port(), hold=60)
    compose_two(page, qtbot, tmp_path)
    dialog = open_confirmation(page, qtbot)
    group = page.compose.pending_group
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert {j.state for j in page.outbox.jobs(group_id=group)} == {"cancelled"}
    assert page.compose.recipients.count() == 2 and page.compose.subject.text() == "会議資料の送付"


def test_blocked_domain_is_refused_as_soon_as_it_is_entered(page, app_context, qtbot, tmp_path):
    configure(app_context.settings, free_port(), hold=60)
    c = page.compose
    qtbot.keyClicks(c.to_edit, "boss@rival.example.com")
    assert c.to_problem.isVisibleTo(page) and "rival.example.com" in c.to_problem.text()   # while typing
    assert "禁止" in c.to_problem.text() and not c.add_to_button.isEnabled()
    qtbot.keyClick(c.to_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "errorDialog") is not None, timeout=10000)
    assert "boss@rival.example.com" in page.findChild(QMessageBox, "errorDialog").text()
    assert c.recipients.count() == 0 and c.to_edit.text() == "boss@rival.example.com"   # kept for fixing
    assert not c.add_recipient("boss@sub.rival.example.com")                            # from the book too
    c.to_edit.setText("boss@friend.example.com")
    assert not c.to_problem.isVisibleTo(page) and c.add_to_button.isEnabled()
    assert c.recipients.count() == 0 and page.outbox.jobs() == []


def test_real_send_after_the_hold(page, app_context, qtbot, tmp_path):
    from aiosmtpd.controller import Controller

    class Sink:
        def __init__(self):
            self.messages = []

        async def handle_DATA(self, server, session, envelope):
            self.messages.append(envelope.content)
            return "250 OK"

    sink = Sink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        configure(app_context.settings, port, hold=1)
        doc = compose_two(page, qtbot, tmp_path)
        dialog = open_confirmation(page, qtbot)
        for address in list(dialog.items):
            dialog.set_ticked(address, True)
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(sink.messages) == 2, timeout=20000)
        qtbot.waitUntil(lambda: not page.runner_busy(), timeout=10000)
    finally:
        controller.stop()
    assert {j.state for j in page.outbox.jobs()} == {"sent"}
    assert all(doc.read_bytes() in m or b"JVBERi0xLjQgc2FtcGxl" in m for m in sink.messages)  # base64 of the PDF
    page.tabs.setCurrentWidget(page.log_tab)
    assert page.log_tab.table.rowCount() == 2
    out = tmp_path / "log.xlsx"
    handle = page.log_tab.export(out)
    qtbot.waitUntil(lambda: handle.done, timeout=10000)  # no race with a fast job
    assert out.exists()


def test_directory_import_preview_search_and_add(page, qtbot, tmp_path):
    book = tmp_path / "fax.csv"
    book.write_text("氏名,所属,FAX,メール\n佐藤 花子,新宿区,03-5273-4000,sato@city.shinjuku.example.jp\n"
                    "壊れ,港区,03-1111-2222,minato-at-example\n", encoding="utf-8")
    tab = page.directory_tab
    tab.import_file(book)
    qtbot.waitUntil(lambda: tab.preview_dialog is not None, timeout=10000)
    dialog = tab.preview_dialog
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "メールアドレスの形式が正しくありません: minato-at-example"
    dialog.accept()
    assert page.directory.count() == 1
    tab.search.setText("０３－５２７３－４０００")
    assert tab.table.rowCount() == 1
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget() is page.compose
    assert page.compose.recipient_list()[0].address == "sato@city.shinjuku.example.jp"
    page.compose.to_edit.setText("03-5273-4000")                # the old FAX number typed in compose
    qtbot.keyClick(page.compose.to_edit, Qt.Key.Key_Return)
    assert page.compose.recipients.count() == 1                 # same person, not added twice


def test_page_switches_to_english_and_back(page, qtbot):
    from desktop.ui.i18n import apply_language

    try:
        apply_language("en")
        assert page.tabs.tabText(0) == "Compose" and page.tabs.tabText(3) == "Send log"
        assert page.compose.send_button.text() == "Send…"
        assert page.outbox_tab.table.horizontalHeaderItem(4).text() == "Sends in"
    finally:
        apply_language("ja")
    assert page.tabs.tabText(0) == "作成"
