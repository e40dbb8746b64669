"""Issue 12, item 8: ホーム shows the state of the day from the tools' real data, each count opens the right
page, and it no longer claims that nothing needs the network."""
from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from desktop.services.approval.autosave import Autosaver
from desktop.services.approval.model import Draft
from desktop.services.minutes import autosave as minutes_autosave
from desktop.services.minutes.transcript import MinutesMeta, Segment, Transcript
from desktop.services.send.outbox import Recipient
from desktop.services.send.service import open_outbox
from desktop.services.sync.engine import SyncResult
from desktop.services.sync.profile_config import save_last_run


def refreshed(home, qtbot):
    """Read the day again, after the data the test wrote."""
    with qtbot.waitSignal(home.refreshed, timeout=10000):
        home.refresh()
    return home


def test_an_empty_day_reads_as_nothing_waiting(window, qtbot):
    home = refreshed(window.pages["home"], qtbot)
    assert home.cards["send"].value.text() == "0 件"
    assert home.cards["sync"].detail.text() == "まだ同期していません"
    assert home.meetings_empty.text() == "保存された議事録はまだありません"
    assert "インターネット接続は不要" not in home.intro.text()
    assert "ネットワーク" in home.intro.text()


def test_the_day_is_counted_from_the_tools_data_and_opens_the_right_page(window, qtbot, tmp_path):
    outbox = open_outbox()
    try:
        outbox.queue([Recipient("a@example.lg.jp"), Recipient("b@example.lg.jp")], sender="me@example.lg.jp",
                     subject="会議資料", body="本文", state="held", hold_seconds=3600)
    finally:
        outbox.close()
    Autosaver().save(Draft(subject="備品購入について"))
    audio = tmp_path / "定例会.wav"
    audio.write_bytes(b"")
    minutes_autosave.save(Transcript(segments=[Segment(0.0, 1.0, "開会します。")], source=str(audio),
                                     meta=MinutesMeta(title="第3回 定例会", datetime="2026年12月3日 10:00")))
    result = SyncResult(dry_run=False, finished=time.time(), failed=[("a.txt", "offline")])
    save_last_run("default", result)

    home = refreshed(window.pages["home"], qtbot)
    assert home.cards["send"].value.text() == "2 件"
    assert home.cards["drafts"].value.text() == "1 件"
    assert home.cards["sync"].value.text().startswith("今日")
    assert "失敗 1 件" in home.cards["sync"].detail.text()
    assert [b.value.text() for b in home.meeting_buttons] == ["第3回 定例会"]

    qtbot.mouseClick(home.cards["send"], Qt.MouseButton.LeftButton)
    send = window.stack.currentWidget()
    assert send is window.pages["send"] and send.tabs.currentWidget() is send.outbox_tab
    window.open_page("home")
    qtbot.mouseClick(home.cards["drafts"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.pages["approval"]
    window.open_page("home")
    qtbot.mouseClick(home.meeting_buttons[0], Qt.MouseButton.LeftButton)
    minutes = window.stack.currentWidget()
    assert minutes is window.pages["minutes"]
    assert minutes.meta_form.meta().title == "第3回 定例会"


def test_unreadable_data_of_one_tool_does_not_hide_the_others(window, qtbot):
    from desktop.services import paths

    db = paths.tool_data_dir("forms") / "review.sqlite3"
    db.write_bytes(b"this is not a database")
    Autosaver().save(Draft(subject="件名"))
    home = refreshed(window.pages["home"], qtbot)
    assert home.cards["forms"].value.text() == "読み取れません"
    assert home.cards["drafts"].value.text() == "1 件"


def test_home_fits_a_laptop_screen_in_meeting_room_mode(window, qtbot):
    window.set_meeting_room(True)
    window.setGeometry(0, 0, 1366, 768)  # the laptop's screen (the offscreen screen is smaller)
    home = window.open_page("home")
    refreshed(home, qtbot)
    qtbot.wait(20)
    assert window.sidebar.width() + window.stack.minimumSizeHint().width() <= 1366
    tile = home.tiles["minutes"].value
    assert tile.fontInfo().pointSizeF() >= 16  # not the 13 pt of the normal mode
    scroll = home.findChild(QScrollArea, "homeScroll")
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width(), "no sideways scrolling"
    window.set_meeting_room(False)
    assert home.tiles["minutes"].value.fontInfo().pointSizeF() < 16


def test_the_approval_card_counts_the_circulated_inbox_of_the_signed_in_staff(window, qtbot, tmp_path, monkeypatch):
    """決裁待ち from the shared folder (issue 13) as the approval service last received it; 未確認 before any
    send/receive; the card opens the approval page's 決裁待ち tab."""
    import importlib.util
    import uuid
    from pathlib import Path

    from desktop.services.approval import draft_from_template
    from desktop.services.approval.staff import Staff

    spec = importlib.util.spec_from_file_location(
        "approval_shared_pcs_for_home", Path(__file__).parents[1] / "services" / "approval" / "shared_pcs.py")
    pcs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pcs)
    yamada = Staff("s1000001", "山田太郎", "yamada@example.metro.tokyo.jp")
    suzuki, sato = Staff("s2000011", "鈴木一郎"), Staff("s2000012", "佐藤次郎")
    server = pcs.DavServer(tmp_path / "davroot", pcs.USER, pcs.PASSWORD).start()
    try:
        folder = f"電子決裁-{uuid.uuid4().hex[:8]}"
        drafter_pc = pcs.PC(tmp_path, server, folder, yamada, monkeypatch, pcs.PASSWORD)
        draft = draft_from_template("一般起案", drafter=yamada.as_drafter(), today=None)
        draft.drafter.section = "総務局総務部総務課"
        draft.subject = "庁内会議室の予約方法の変更について"
        draft.body = draft.body.replace("1 目的\n", "1 目的　予約の一元化\n").replace(
            "2 内容\n", "2 内容　予約システムの導入\n").replace("3 実施時期\n", "3 実施時期　令和6年7月\n")
        del draft.route.steps[1]
        draft.route.steps[0].name, draft.route.steps[0].staff_id = suzuki.name, suzuki.staff_id
        draft.route.steps[1].name, draft.route.steps[1].staff_id = sato.name, sato.staff_id
        drafter_pc.run(draft.draft_id).submit(draft, yamada)
        drafter_pc.sync()

        suzuki_pc = pcs.PC(tmp_path, server, folder, suzuki, monkeypatch, pcs.PASSWORD)   # this window's PC
        home = refreshed(window.pages["home"], qtbot)
        card = home.cards["approval"]
        assert card.caption.text() == "あなたの決裁待ち"
        assert card.value.text() == "未確認", "never sent/received: not a claim of 0"
        assert "未確認（電子決裁で送受信してください）" in card.detail.text()

        suzuki_pc.sync()
        server.kill()                                    # the home page reads the last sync, not the server
        refreshed(home, qtbot)
        assert card.value.text() == "1 件"
        assert "送受信時点" in card.detail.text() and "未確認" not in card.detail.text()
        assert "1 件" in card.accessibleName()

        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
        approval = window.stack.currentWidget()
        assert approval is window.pages["approval"] and approval.tabs.currentWidget() is approval.inbox
    finally:
        server.kill()
