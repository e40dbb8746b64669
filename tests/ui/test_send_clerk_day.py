"""pytest-qt: what a clerk meets around the send page (issue #12, items 4 and 5): the long 通信欄 stays on the A4
page (checked with pdftotext), Outlook-like name completion, one address-book entry added / edited / deleted,
「今すぐ処理」 skipping the hold, a cancelled send coming back to the form, and errors said in Japanese with
what to do."""
from __future__ import annotations

import re
import shutil
import socket
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.services.send.directory import Contact
from tests.helpers.net import free_port

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def configure(settings, port: int, hold: int, sender: str = "yamada@metro.example.jp") -> None:
    for key, value in (("smtp_host", "127.0.0.1"), ("smtp_port", port), ("smtp_security", "none"),
                       ("smtp_user", ""), ("smtp_from", sender), ("send_hold_seconds", hold),
                       ("internal_mail_domains", ["metro.example.jp"]),
                       ("blocked_mail_domains", ["rival.example.com"])):
        settings.set(key, value)


@pytest.fixture
def page(app_context, qtbot):
    from desktop.ui.send.page import SendPage

    page = SendPage(app_context)
    qtbot.addWidget(page)
    app_context.jobs.error_parent = page
    yield page
    app_context.jobs.cancel_all()
    app_context.jobs.wait_for_done(10000)
    page.shutdown()


@pytest.fixture
def smtp_sink():
    from aiosmtpd.controller import Controller

    class Sink:
        def __init__(self):
            self.messages = []

        async def handle_DATA(self, server, session, envelope):
            self.messages.append(envelope)
            return "250 OK"

    sink = Sink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    sink.port = port
    yield sink
    controller.stop()


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key as a keyboard (or an IME commit) would; QTest.keyClicks only knows ASCII."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def error_text(page, qtbot) -> str:
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "errorDialog") is not None, timeout=10000)
    box = page.findChild(QMessageBox, "errorDialog")
    text = box.text()
    box.close()
    box.setObjectName("closedErrorDialog")
    return text


def no_english(text: str, allowed=()) -> bool:
    for word in allowed:
        text = text.replace(word, "")
    return not LATIN_WORD.search(text)


def pdf_words(path):
    if not shutil.which("pdftotext"):
        pytest.fail("pdftotext is required (apt-get install poppler-utils)")
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', html).group(1))
    boxes = [(float(a), float(b), w) for a, b, w in
             re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*)</word>', html)]
    return width, boxes


def test_long_japanese_message_wraps_inside_the_page(page, app_context, qtbot):
    c = page.compose
    c.add_recipient("sato@city.shinjuku.example.jp", "新宿区 企画課 佐藤 花子")
    c.subject.setText("令和8年度 第3回 連絡会議の資料送付について")
    message = ("平素より大変お世話になっております。標記の件につき、本日開催の連絡会議で配布した資料一式を送付いたします。"
               "各区市町村におかれましては、別紙「調査票」に必要事項をご記入のうえ、令和8年12月18日（金）までに"
               "ご返送くださいますようお願い申し上げます。") * 4
    c.body.setPlainText(message)
    qtbot.mouseClick(c.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(c, "last_preview", None) is not None, timeout=20000)
    pdf = c.last_preview[0]
    width, boxes = pdf_words(pdf)
    margin = 22 * 72 / 25.4 - 1
    assert boxes and all(x_min >= margin and x_max <= width - margin for x_min, x_max, _ in boxes), \
        [(w, x_max) for _, x_max, w in boxes if x_max > width - margin]
    raw = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "".join(message.split()) in "".join(raw.split())                      # every character is there


def test_name_completion_like_outlook(page, qtbot):
    d = page.directory
    d.create(Contact(name="田中 一郎", org="港区", dept="総務課", email="tanaka@city.minato.example.jp",
                     fax="03-3578-2111", groups=("区市町村",)))
    d.create(Contact(name="田中 花子", org="新宿区", email="h.tanaka@city.shinjuku.example.jp", groups=("区市町村",)))
    d.create(Contact(name="佐藤 次郎", org="渋谷区", email="sato@city.shibuya.example.jp"))
    c = page.compose
    type_text(c.to_edit, "田中")
    qtbot.waitUntil(lambda: c.completer.completer.popup().isVisible())
    labels = c.completer.labels()
    assert len(labels) == 2 and all("田中" in label for label in labels)
    assert any("<tanaka@city.minato.example.jp>" in label for label in labels)
    row = next(i for i, label in enumerate(labels) if "新宿区" in label)
    c.completer.choose(row)
    assert [r.address for r in c.recipient_list()] == ["h.tanaka@city.shinjuku.example.jp"]
    assert c.to_edit.text() == ""
    type_text(c.to_edit, "渋谷")                     # one match: Enter takes it, like "check names"
    qtbot.keyClick(c.to_edit, Qt.Key.Key_Return)
    assert "sato@city.shibuya.example.jp" in [r.address for r in c.recipient_list()]
    type_text(c.to_edit, "区市")                     # a 同報 group is offered too
    assert c.completer.labels()[0].startswith("同報グループ: 区市町村")
    c.completer.choose(0)
    assert c.recipients.count() == 3
    type_text(c.to_edit, "田中 太郎")                # nobody: a Japanese sentence with what to do
    qtbot.keyClick(c.to_edit, Qt.Key.Key_Return)
    text = error_text(page, qtbot)
    assert "メールアドレスとして使えません" in text and "候補" in text and no_english(text)


def test_address_book_add_edit_delete_one_entry(page, qtbot):
    tab = page.directory_tab
    page.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.contact_dialog
    dialog.edits["name"].setText("鈴木 三郎")
    dialog.edits["org"].setText("中野区")
    dialog.edits["email"].setText("suzuki＠city.nakano.example.jp")      # a full-width @ is fine
    dialog.edits["fax"].setText("03-3389-1111")
    dialog.accept()
    assert tab.contact_dialog is None and tab.table.rowCount() == 1
    assert tab.table.item(0, 4).text() == "suzuki@city.nakano.example.jp"

    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)       # the same address again: said, kept open
    dialog = tab.contact_dialog
    dialog.edits["name"].setText("別の人")
    dialog.edits["email"].setText("suzuki@city.nakano.example.jp")
    dialog.accept()
    assert dialog.isVisible() and dialog.problem.isVisibleTo(dialog)
    assert "すでに宛先帳にあります" in dialog.problem.text() and no_english(dialog.problem.text(), ["suzuki@city.nakano.example.jp"])
    dialog.reject()

    tab.table.selectRow(0)
    assert tab.edit_button.isEnabled() and tab.delete_button.isEnabled()
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = tab.contact_dialog
    assert dialog.edits["name"].text() == "鈴木 三郎"
    dialog.edits["dept"].setText("区民課")
    dialog.accept()
    assert tab.table.item(0, 2).text() == "区民課" and page.directory.count() == 1

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    box = tab.delete_box
    assert "鈴木 三郎" in box.informativeText()
    box.buttons()[[b.text() for b in box.buttons()].index("やめる")].click()
    assert page.directory.count() == 1                                 # "no" keeps it
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    box = tab.delete_box
    box.buttons()[[b.text() for b in box.buttons()].index("削除する")].click()
    assert page.directory.count() == 0 and tab.table.rowCount() == 0


def confirm_all(page, qtbot):
    qtbot.mouseClick(page.compose.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.compose.confirm_dialog is not None, timeout=15000)
    dialog = page.compose.confirm_dialog
    for address in list(dialog.items):
        dialog.set_ticked(address, True)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)


def test_process_now_skips_the_hold(page, app_context, qtbot, smtp_sink):
    configure(app_context.settings, smtp_sink.port, hold=600)          # ten minutes of hold
    c = page.compose
    c.add_recipient("suzuki@metro.example.jp")
    c.subject.setText("至急: 資料の差し替え")
    c.cover_check.setChecked(False)
    confirm_all(page, qtbot)
    qtbot.waitUntil(lambda: page.outbox_tab.table.rowCount() == 1, timeout=10000)
    assert {j.state for j in page.outbox.jobs()} == {"held"}
    qtbot.mouseClick(page.outbox_tab.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(smtp_sink.messages) == 1, timeout=20000)   # long before the 600 s
    qtbot.waitUntil(lambda: {j.state for j in page.outbox.jobs()} == {"sent"}, timeout=10000)


def test_cancelled_send_returns_to_the_form(page, app_context, qtbot, tmp_path):
    configure(app_context.settings, free_port(), hold=600)
    c = page.compose
    c.add_recipient("suzuki@metro.example.jp", "総務局 鈴木")
    c.add_recipient("partner@other.example.com")
    c.subject.setText("会議資料")
    c.body.setPlainText("宛先を間違えました。")
    doc = tmp_path / "資料.pdf"
    doc.write_bytes(b"%PDF-1.4 sample")
    c.add_attachment(doc)
    confirm_all(page, qtbot)
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is page.outbox_tab, timeout=10000)
    assert c.recipients.count() == 0                                     # the form was emptied after confirming
    page.outbox_tab.table.selectRow(0)
    qtbot.mouseClick(page.outbox_tab.cancel_button, Qt.MouseButton.LeftButton)
    assert {j.state for j in page.outbox.jobs()} == {"cancelled"}
    assert page.tabs.currentWidget() is c                                # back to the form, for fixing
    assert [r.address for r in c.recipient_list()] == ["suzuki@metro.example.jp", "partner@other.example.com"]
    assert c.recipient_list()[0].name == "総務局 鈴木"
    assert c.subject.text() == "会議資料" and c.body.toPlainText() == "宛先を間違えました。"
    assert [p.name for p in c.attachment_list()] == ["資料.pdf"] and c.cover_check.isChecked()
    assert c.attachment_list()[0].read_bytes() == b"%PDF-1.4 sample"


def test_typical_failures_are_said_in_japanese_with_what_to_do(page, app_context, qtbot):
    from desktop.services.send.errors import TransportFailure
    from desktop.services.send.smtp_transport import _connect_reason
    from desktop.ui.errors import describe
    from desktop.ui.progress_text import translate_progress as progress_text

    configure(app_context.settings, free_port(), hold=60, sender="")
    c = page.compose
    c.add_recipient("suzuki@metro.example.jp")
    c.subject.setText("x")
    qtbot.mouseClick(c.send_button, Qt.MouseButton.LeftButton)           # no sender address configured
    text = error_text(page, qtbot)
    assert "差出人" in text and "設定" in text and no_english(text)

    dns = TransportFailure("Could not connect to the SMTP server smtp.example.jp:587 (gaierror: Name or service "
                           "not known).", temporary=True, stage="connect", host="smtp.example.jp:587",
                           reason=_connect_reason(socket.gaierror(-2, "Name or service not known")))
    text = describe(dns)
    assert "見つかりません" in text and "今すぐ処理" in text and no_english(text, ["smtp.example.jp", "SMTP", "LAN", "VPN"])
    refused = TransportFailure("x", stage="connect", host="127.0.0.1:1", reason=_connect_reason(ConnectionRefusedError()))
    assert "ポート番号" in describe(refused)
    for message in ("waiting 13 s for held messages", "sending to a@b.example.jp",
                    "sent 1, failed 0, uncertain 0, waiting for retry 0"):
        assert no_english(progress_text(message), ["a@b.example.jp"]), message
    assert "13" in progress_text("waiting 13 s for held messages")


def test_real_connection_failure_is_said_with_advice(page, app_context, qtbot):
    configure(app_context.settings, free_port(), hold=0)                # nothing listens on the port
    c = page.compose
    c.add_recipient("suzuki@metro.example.jp")
    c.subject.setText("接続できないとき")
    c.cover_check.setChecked(False)
    confirm_all(page, qtbot)
    text = error_text(page, qtbot)
    assert "接続を受け付けません" in text and "消えていません" in text
    assert no_english(text)
    assert {j.state for j in page.outbox.jobs()} == {"held"}             # kept for a retry, nothing lost
    page.outbox_tab.refresh()
    detail = page.outbox_tab.table.item(0, 5)
    assert "接続を受け付けません" in detail.text() and no_english(detail.text(), ["127.0.0.1"])
    assert "Could not connect" in detail.toolTip()                       # the technical words stay reachable


def test_cc_and_bcc_are_sent_as_such(page, app_context, qtbot, smtp_sink):
    from email import message_from_bytes

    configure(app_context.settings, smtp_sink.port, hold=0)
    c = page.compose
    c.cover_check.setChecked(False)
    for role, address in (("to", "suzuki@metro.example.jp"), ("cc", "kakaricho@metro.example.jp"),
                          ("bcc", "kiroku@metro.example.jp")):
        c.role_box.setCurrentIndex(c.role_box.findData(role))
        c.to_edit.setText(address)
        qtbot.keyClick(c.to_edit, Qt.Key.Key_Return)
    texts = [c.recipients.item(i).text() for i in range(c.recipients.count())]
    assert texts == ["suzuki@metro.example.jp", "CC: kakaricho@metro.example.jp", "BCC: kiroku@metro.example.jp"]
    c.subject.setText("CC と BCC の確認")
    qtbot.mouseClick(c.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.confirm_dialog is not None, timeout=15000)
    dialog = c.confirm_dialog
    assert dialog.items["kiroku@metro.example.jp"].text(0).startswith("BCC:")    # shown in the check too
    for address in list(dialog.items):
        dialog.set_ticked(address, True)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(smtp_sink.messages) == 3, timeout=20000)
    assert sorted(a for e in smtp_sink.messages for a in e.rcpt_tos) == [
        "kakaricho@metro.example.jp", "kiroku@metro.example.jp", "suzuki@metro.example.jp"]
    for envelope in smtp_sink.messages:
        msg = message_from_bytes(envelope.content)
        assert msg["To"] == "suzuki@metro.example.jp" and msg["Cc"] == "kakaricho@metro.example.jp"
        assert b"kiroku" not in envelope.content                    # BCC: in no header of any copy


def test_group_with_a_blocked_member_and_changing_cc(page, app_context, qtbot):
    configure(app_context.settings, free_port(), hold=60)
    d = page.directory
    for name, email in (("甲", "a@city.minato.example.jp"), ("乙", "b@rival.example.com"), ("丙", "c@rival.example.com")):
        d.create(Contact(name=name, org="区", email=email, groups=("連絡会",)))
    c = page.compose
    type_text(c.to_edit, "連絡会")
    c.completer.choose(0)                                               # the group
    boxes = [b for b in page.findChildren(QMessageBox, "errorDialog")]
    assert len(boxes) == 1                                              # one dialog naming both, not two
    assert "b@rival.example.com" in boxes[0].text() and "c@rival.example.com" in boxes[0].text()
    assert [r.address for r in c.recipient_list()] == ["a@city.minato.example.jp"]
    c.recipients.item(0).setSelected(True)
    c.set_role_of_selected("bcc")
    assert c.recipient_list()[0].role == "bcc" and c.recipients.item(0).text().startswith("BCC: ")
    c.set_role_of_selected("to")
    assert c.recipient_list()[0].role == "to" and not c.recipients.item(0).text().startswith(("BCC", "CC"))
