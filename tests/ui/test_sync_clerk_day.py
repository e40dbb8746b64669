"""pytest-qt, sync page (issue #12, item 6) against a real WebDAV server on 127.0.0.1: the buttons enable as soon
as an address is typed after signing in; 「サインイン中」 only after the server answered (else an honest state);
a conflict offers "keep this version" (mine / theirs / both) and never loses data, for copies named the new
Japanese way and the old English way."""
from __future__ import annotations

import importlib.util
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

_spec = importlib.util.spec_from_file_location(
    "sync_dav_server_for_ui_day", Path(__file__).parents[1] / "services" / "sync" / "dav_server.py")
dav_server = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dav_server)

USER, PASSWORD = "s1234567", "Day-Test-pa55"
ROOT = "職員/s1234567"


@pytest.fixture
def server(tmp_path):
    srv = dav_server.DavServer(tmp_path / "davroot", USER, PASSWORD).start()
    yield srv
    srv.kill()


@pytest.fixture
def page(qtbot, app_context):
    from desktop.ui.sync import create_page

    app_context.settings.set("cloud_root", ROOT)
    widget = create_page(app_context)
    qtbot.addWidget(widget)
    yield widget
    app_context.jobs.cancel_all()
    app_context.jobs.wait_for_done(10000)


def sign_in(qtbot, page, password=PASSWORD):
    page.account.sign_in_button.click()
    dialog = page.account.dialog
    dialog.edits["staff_id"].setText(USER)
    dialog.edits["display_name"].setText("都庁 花子")
    dialog.password.setText(password)
    dialog.accept()
    qtbot.waitUntil(lambda: page.account.signed_in)


def run(qtbot, page, button):
    with qtbot.waitSignal(page.run_finished, timeout=20000) as blocker:
        button.click()
    return blocker.args[0]


def test_buttons_enable_on_a_typed_address_after_sign_in(qtbot, page, server, memory_keyring):
    assert page.endpoint_edit.text() == ""
    sign_in(qtbot, page)
    assert not page.run_button.isEnabled() and not page.preview_button.isEnabled()
    assert "サインイン中" not in page.account.who.text()                 # no server to ask yet
    assert "アドレスを入力" in page.account.who.text()
    qtbot.keyClicks(page.endpoint_edit, server.endpoint)                # typed, not yet confirmed with Enter
    assert page.run_button.isEnabled() and page.preview_button.isEnabled()
    page.endpoint_edit.clear()
    assert not page.run_button.isEnabled()
    qtbot.keyClicks(page.endpoint_edit, server.endpoint)
    qtbot.keyClick(page.endpoint_edit, Qt.Key.Key_Return)               # entered: the server is asked
    qtbot.waitUntil(lambda: page.account.server_state == "ok", timeout=15000)
    assert "サインイン中" in page.account.who.text() and "確認済み" in page.account.who.text()
    (page.ctx.work_folder() / "a.txt").write_text("a")
    assert run(qtbot, page, page.preview_button).dry_run


def test_address_typed_before_sign_in_is_kept_and_checked(qtbot, page, server, app_context):
    qtbot.keyClicks(page.endpoint_edit, server.endpoint)                # typed first, no Enter
    assert not page.run_button.isEnabled()
    sign_in(qtbot, page)
    assert page.endpoint_edit.text() == server.endpoint                 # not wiped by the sign-in
    assert app_context.settings.get("cloud_endpoint") == server.endpoint
    qtbot.waitUntil(lambda: page.account.server_state == "ok", timeout=15000)
    assert page.run_button.isEnabled()


def test_wrong_password_and_no_server_are_said_honestly(qtbot, page, server, app_context):
    app_context.settings.set("cloud_endpoint", server.endpoint)
    page.refresh()
    sign_in(qtbot, page, password="wrong-password")
    qtbot.waitUntil(lambda: page.account.server_state == "rejected", timeout=15000)
    assert "拒否" in page.account.who.text() and "サインイン中" not in page.account.who.text()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]                                        # nothing listens here
    page.endpoint_edit.setText(f"http://127.0.0.1:{port}/dav/")
    page._endpoint_entered()
    qtbot.waitUntil(lambda: page.account.server_state == "unreachable", timeout=20000)
    assert "接続できませんでした" in page.account.who.text() and "サインイン中" not in page.account.who.text()


def make_conflict(qtbot, page, server, name="メモ.txt"):
    work = page.ctx.work_folder()
    remote = server.root / "職員" / "s1234567"
    (work / name).write_bytes(b"first")
    assert run(qtbot, page, page.run_button).complete
    (work / name).write_bytes(b"mine")
    (remote / name).write_bytes(b"theirs")
    result = run(qtbot, page, page.run_button)
    assert len(result.conflicts) == 1
    return work, remote, result.conflicts[0][1]


def trash_bytes(page) -> list[bytes]:
    from desktop.services.sync.profile_config import sync_dir

    trash = sync_dir() / "trash" / page.profile
    return sorted(p.read_bytes() for p in trash.rglob("*") if p.is_file()) if trash.exists() else []


@pytest.fixture
def ready(qtbot, page, server, app_context):
    app_context.settings.set("cloud_endpoint", server.endpoint)
    page.refresh()
    sign_in(qtbot, page)
    return page


def test_keep_mine_after_a_conflict(qtbot, ready, server):
    page = ready
    work, remote, copy = make_conflict(qtbot, page, server)
    assert copy.startswith("メモ（競合 ") and copy.endswith("）.txt")      # a Japanese-friendly name
    assert page.conflict_list.count() == 1 and page.tabs.tabText(1) == "競合 (1)"
    page.conflict_list.setCurrentRow(0)
    assert page.conflict_page.mine_button.isEnabled()
    page.conflict_page.mine_button.click()
    assert (work / "メモ.txt").read_bytes() == b"mine" and not (work / copy).exists()
    assert trash_bytes(page) == [b"theirs"]                              # set aside, not lost
    assert page.conflict_list.count() == 0 and page.tabs.tabText(1) == "競合"
    assert run(qtbot, page, page.run_button).complete
    assert {p.name: p.read_bytes() for p in remote.iterdir() if p.is_file()} == {"メモ.txt": b"mine"}


def test_keep_theirs_and_keep_both(qtbot, ready, server):
    page = ready
    work, remote, copy = make_conflict(qtbot, page, server, "表.xlsx")
    page.conflict_list.setCurrentRow(0)
    page.conflict_page.theirs_button.click()
    assert (work / "表.xlsx").read_bytes() == b"theirs" and not (work / copy).exists()
    assert trash_bytes(page) == [b"mine"]
    assert run(qtbot, page, page.run_button).complete
    assert {p.name for p in remote.iterdir() if p.is_file()} == {"表.xlsx"}

    work, remote, copy = make_conflict(qtbot, page, server, "議事録.docx")
    page.conflict_list.setCurrentRow(0)
    page.conflict_page.both_button.click()
    kept = [p for p in work.iterdir() if p.name.startswith("議事録（") and p.name.endswith("の版）.docx")]
    assert len(kept) == 1 and kept[0].read_bytes() == b"mine"
    assert (work / "議事録.docx").read_bytes() == b"theirs" and page.conflict_list.count() == 0
    assert run(qtbot, page, page.run_button).complete
    assert (remote / kept[0].name).read_bytes() == b"mine" and (remote / "議事録.docx").read_bytes() == b"theirs"


def test_old_style_conflict_copies_are_still_recognised(qtbot, app_context):
    from desktop.ui.sync import create_page

    work = app_context.work_folder()
    (work / "報告").mkdir(parents=True, exist_ok=True)
    (work / "報告" / "メモ.txt").write_bytes(b"server")
    (work / "報告" / "メモ (conflict 2026-11-30 0915 vm).txt").write_bytes(b"local")   # from an earlier version
    (work / "ふつう (下書き).txt").write_bytes(b"not a conflict")
    page = create_page(app_context)
    qtbot.addWidget(page)
    assert page.conflict_list.count() == 1 and "報告/メモ.txt" in page.conflict_list.item(0).text()
    page.conflict_list.setCurrentRow(0)
    page.conflict_page.mine_button.click()
    assert (work / "報告" / "メモ.txt").read_bytes() == b"local"
    assert trash_bytes(page) == [b"server"] and page.conflict_list.count() == 0


def test_log_lines_and_reasons_are_in_japanese(qtbot, page):
    import re

    from desktop.ui.sync.log_text import log_line_text

    lines = {"uploaded 議事録.docx": "議事録.docx", "downloaded a/b.xlsx": "a/b.xlsx",
             "conflict on メモ.txt: both kept, this computer's version is now メモ（競合 2026-12-04 1530 pc）.txt": "",
             "moved on the server: 古い.txt -> 新しい.txt": "", "deleted on the server: x.txt": "",
             "postponed 表.xlsx: the local file changed during the sync": "",
             "postponed 表.xlsx: local file problem: Permission denied": "",
             "refused 報告?.txt: character not allowed on Windows": "",
             "refused 議議議.txt: name too long (over 255 bytes)": "",
             "refused が.txt: looks the same as another name (differs only in Unicode form NFC/NFD)": "",
             "refused リンク/置かれた.txt: a symbolic link on this computer is in the way (not followed)": "",
             "refused 不正.txt: the server listing gives an invalid size": "",
             "would upload 報告.docx (new on this computer)": "",
             "would upload 報告.docx (kept: copied back to the server)": ""}
    for line in lines:
        text = log_line_text(line)
        for allowed in (".docx", ".xlsx", ".txt", "Word", "Windows"):     # file types and product names
            text = text.replace(allowed, "")
        assert not re.search(r"[A-Za-z]{3,}", text), text
    assert page.reason_text("kept: copied back to the server") == "残す: サーバーに戻す"
