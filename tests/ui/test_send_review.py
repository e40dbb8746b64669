"""pytest-qt: defects found in a user-eye review of the send page (screenshots with realistic data).

Each test asserts the behaviour a careful office user relies on: reasons in the user's language, nothing
cut off in the misdelivery check, buttons enabled only when they can work, a keyboard order that follows the
screen."""
from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desktop.services.send.outbox import Recipient


@pytest.fixture
def page(app_context, qtbot):
    from desktop.ui.send.page import SendPage

    app_context.settings.set("smtp_from", "yamada@metro.example.jp")
    app_context.settings.set("internal_mail_domains", ["metro.example.jp"])
    page = SendPage(app_context, start_runner=False)
    qtbot.addWidget(page)
    yield page
    app_context.jobs.cancel_all()
    app_context.jobs.wait_for_done(10000)
    page.shutdown()


def messy_book(path):
    book = openpyxl.Workbook()
    for row in (["令和8年度 FAX番号一覧"], [], ["No.", "氏名", "所属", "ＦＡＸ番号", "E-mail", "備考"],
                [1, "佐藤 花子", "中央区", "０３－３５４３－０２１１", "sato@chuo.example.jp", ""], [],
                [2, "田中 美咲", "八王子市", "042−626−3111", "tanaka@hachioji.example.jp; tanaka2@hachioji.example.jp", ""],
                [3, "渡辺", "", "", "", "メールなし"]):
        book.active.append(row)
    book.save(path)
    return path


def test_import_preview_speaks_japanese_and_shows_the_columns_used(page, qtbot, tmp_path):
    tab = page.directory_tab
    tab.import_file(messy_book(tmp_path / "FAX一覧.xlsx"))
    qtbot.waitUntil(lambda: tab.preview_dialog is not None, timeout=10000)
    dialog = tab.preview_dialog
    assert "3 件を取り込めます" in dialog.summary.text()                  # the two-address row gives two contacts
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "7"                          # the row number in Excel
    assert dialog.table.item(0, 2).text() == "メールアドレスがありません（FAX番号だけでは送れません）"
    assert not dialog.table.verticalHeader().isVisible()                  # no second, different numbering
    assert "FAX番号 ← 「ＦＡＸ番号」" in dialog.columns.text() and "使わない列: No.、備考" in dialog.columns.text()
    dialog.accept()
    tab.search.setText("042-626-3111")
    assert tab.table.rowCount() == 2 and tab.table.item(0, 3).text() == "042-626-3111"


def test_directory_buttons_need_a_selection_or_a_group(page, qtbot):
    from desktop.services.send.directory import Contact

    tab = page.directory_tab
    page.directory.add(Contact(name="佐藤", org="中央区", email="sato@chuo.example.jp"))
    tab.refresh()
    assert not tab.add_button.isEnabled() and not tab.make_group_button.isEnabled()
    assert not tab.add_group_button.isEnabled()                           # no group exists yet
    tab.table.selectRow(0)
    assert tab.add_button.isEnabled() and tab.make_group_button.isEnabled()
    page.directory.set_group("区", ["sato@chuo.example.jp"])
    tab.refresh()
    assert tab.add_group_button.isEnabled()


def test_send_is_enabled_only_when_it_can_work(page, app_context, qtbot, tmp_path):
    c = page.compose
    page.show()
    assert not c.send_button.isEnabled() and "宛先" in c.send_button.toolTip()
    assert not c.add_to_button.isEnabled() and not c.remove_to_button.isEnabled()
    c.to_edit.setText("sato@chuo.example.jp")
    assert c.add_to_button.isEnabled()
    qtbot.keyClick(c.to_edit, Qt.Key.Key_Return)
    assert not c.send_button.isEnabled() and c.send_button.toolTip() == "未入力: 件名"
    c.subject.setText("資料送付")
    assert c.send_button.isEnabled()
    c.recipients.setCurrentRow(0)
    assert c.remove_to_button.isEnabled()
    qtbot.mouseClick(c.remove_to_button, Qt.MouseButton.LeftButton)
    assert c.recipients.count() == 0 and not c.send_button.isEnabled()
    doc = tmp_path / "a.pdf"
    doc.write_bytes(b"%PDF")
    c.add_attachment(doc)
    assert not c.remove_file_button.isEnabled()
    c.attachments.setCurrentRow(0)
    assert c.remove_file_button.isEnabled()


def test_link_option_needs_a_cloud_address(page, app_context, qtbot):
    c = page.compose
    page.show()
    assert not c.link_radio.isEnabled() and c.link_radio.toolTip()
    app_context.settings.set("cloud_endpoint", "https://cloud.example.jp/remote.php/dav/files/x/")
    page.show_compose()
    page.hide()
    page.show()                                                           # opening the page again re-checks
    assert c.link_radio.isEnabled() and not c.link_radio.toolTip()


def test_keyboard_order_follows_the_screen_and_tab_leaves_the_body(page, qtbot):
    c = page.compose
    expected = [c.to_edit, c.add_to_button, c.recipients, c.remove_to_button, c.subject, c.body, c.attachments,
                c.add_file_button, c.remove_file_button, c.mail_radio, c.link_radio, c.cover_check, c.docx_check,
                c.preview_button, c.sender_name, c.send_button]
    chain, w = [], c.to_edit
    for _ in range(200):
        if w in expected and w not in chain:
            chain.append(w)
        w = w.nextInFocusChain()
        if w is c.to_edit:
            break
    assert chain == expected
    page.show()
    qtbot.waitExposed(page)
    c.body.setFocus()
    qtbot.keyClick(c.body, Qt.Key.Key_Tab)
    assert "\t" not in c.body.toPlainText()
    assert c.body.tabChangesFocus()


def test_confirmation_shows_every_recipient_in_full(page, qtbot):
    from desktop.services.send.addresses import DomainPolicy
    from desktop.ui.send.confirm_dialog import ConfirmDialog

    recipients = [("takahashi-makoto@section.metro.example.jp", "東京都 建設局 道路管理部 道路保全課 高橋 誠"),
                  ("sato-hanako@city.chuo.example.jp", "中央区役所 総務課 佐藤 花子"),
                  ("ito@tokyo-print.example.co.jp", "株式会社 東京印刷 伊藤"), ("kikaku@metro.example.jp", "")]
    files = ["道路保全計画（案）_令和8年度_第3版_修正履歴付き.docx", "送付状.pdf"]
    dialog = ConfirmDialog(recipients, files, subject="【至急】資料送付", parent=page,
                           policy=DomainPolicy(internal=("metro.example.jp", "*.metro.example.jp")),
                           hold_seconds=60, link=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    viewport = dialog.tree.viewport().width()
    for address, item in dialog.items.items():
        rect = dialog.tree.visualItemRect(item)
        text_width = dialog.tree.fontMetrics().horizontalAdvance(item.text(0))
        assert address in item.text(0)
        assert rect.right() <= viewport and text_width < rect.width(), item.text(0)   # not cut off
    assert dialog.attach_list.sizeHintForColumn(0) <= dialog.attach_list.viewport().width()


def test_outbox_rows_have_one_number_and_show_names_and_full_errors(page, qtbot, tmp_path):
    doc = tmp_path / "a.pdf"
    doc.write_bytes(b"%PDF")
    group = page.outbox.queue([Recipient("sato@chuo.example.jp", "中央区 佐藤")], sender="yamada@metro.example.jp",
                              subject="資料", body="", attachments=[doc], state="held")
    job = page.outbox.claim_next()
    page.outbox.finish(job.id, "failed", error="The server refused the recipient.",
                       response="550 5.1.1 <sato@chuo.example.jp>: Recipient address rejected: User unknown")
    tab = page.outbox_tab
    tab.refresh()
    assert not tab.table.verticalHeader().isVisible()
    row = tab.row_of(job.id)
    assert tab.table.item(row, 2).text() == "中央区 佐藤 <sato@chuo.example.jp>"
    detail = tab.table.item(row, 5).text()
    assert detail.startswith("送信できませんでした。") and "User unknown" in detail      # Japanese first, then the server
    assert "refused" in tab.table.item(row, 5).toolTip()
    assert page.outbox.jobs(group_id=group)[0].state == "failed"


def test_confirmation_domain_lines_are_translated(page, qtbot):
    from desktop.services.send.addresses import DomainPolicy
    from desktop.ui.i18n import apply_language
    from desktop.ui.send.confirm_dialog import ConfirmDialog

    dialog = ConfirmDialog([("a@other.example.com", ""), ("b@metro.example.jp", "")], [], subject="s", parent=page,
                           policy=DomainPolicy(internal=("metro.example.jp",)), hold_seconds=60, link=False)
    qtbot.addWidget(dialog)
    assert dialog.domain_items["other.example.com"].text(0) == "@other.example.com　（組織外・1件）"
    try:
        apply_language("en")
        lines = [dialog.domain_items[d].text(0) for d in ("other.example.com", "metro.example.jp")]
        assert lines == ["@other.example.com (external, 1)", "@metro.example.jp (internal, 1)"]
    finally:
        apply_language("ja")


def test_cancel_button_says_how_many_sends_it_stops(page, qtbot, tmp_path):
    group = page.outbox.queue([Recipient("a@chuo.example.jp"), Recipient("b@chuo.example.jp")],
                              sender="yamada@metro.example.jp", subject="資料", body="", state="held",
                              hold_seconds=60)
    tab = page.outbox_tab
    tab.refresh()
    assert tab.cancel_button.text() == "送信を取り消す" and not tab.cancel_button.isEnabled()
    tab.table.selectRow(tab.row_of(page.outbox.jobs(group_id=group)[0].id))
    assert tab.cancel_button.text() == "送信を取り消す（2件）"          # one row selected, the whole send stops
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    assert {j.state for j in page.outbox.jobs(group_id=group)} == {"cancelled"}


def test_send_log_history_reads_in_japanese(page, qtbot, tmp_path):
    doc = tmp_path / "a.pdf"
    doc.write_bytes(b"%PDF")
    group = page.outbox.queue([Recipient("a@chuo.example.jp")], sender="yamada@metro.example.jp", subject="資料",
                              body="", attachments=[doc])
    page.outbox.begin_confirmation(group)
    page.outbox.confirm(group, ["a@chuo.example.jp"], 60)
    page.outbox.cancel_group(group)
    tab = page.log_tab
    tab.refresh()
    tab.table.selectRow(0)
    lines = [tab.history.item(i).text() for i in range(tab.history.count())]
    assert [line.split("  ")[-1] for line in lines] == [
        "登録（メール添付、添付 1 件）", "確認ダイアログを表示", "確認済み（60 秒保留）", "利用者が取り消し"]
