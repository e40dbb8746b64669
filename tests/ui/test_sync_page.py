"""The sync page against a real wsgidav server: sign in, preview, run, conflict, delete guard, sign out."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtWidgets import QMessageBox

_spec = importlib.util.spec_from_file_location(
    "sync_dav_server_for_ui", Path(__file__).parents[1] / "services" / "sync" / "dav_server.py")
dav_server = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dav_server)

USER, PASSWORD = "s7654321", "Ui-Test-pa55"


@pytest.fixture
def server(tmp_path):
    srv = dav_server.DavServer(tmp_path / "davroot", USER, PASSWORD).start()
    yield srv
    srv.kill()


@pytest.fixture
def page(qtbot, app_context, server):
    from desktop.ui.sync import create_page

    app_context.settings.set("cloud_endpoint", server.endpoint)
    app_context.settings.set("cloud_root", "職員/s7654321")
    widget = create_page(app_context)
    qtbot.addWidget(widget)
    return widget


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _sign_in(qtbot, page):
    page.account.sign_in_button.click()
    dialog = page.account.dialog
    dialog.edits["staff_id"].setText(USER)
    dialog.edits["display_name"].setText("都庁 次郎")
    dialog.edits["bureau"].setText("総務局")
    dialog.password.setText(PASSWORD)
    dialog.accept()
    qtbot.waitUntil(lambda: page.account.signed_in)


def _run(qtbot, page, button):
    with qtbot.waitSignal(page.run_finished, timeout=20000) as blocker:
        button.click()
    return blocker.args[0]


def test_sign_in_preview_run_conflict_sign_out(qtbot, page, server, app_context, memory_keyring):
    assert not page.run_button.isEnabled()
    _sign_in(qtbot, page)
    assert memory_keyring.store[("ToseiDesk/default", "cloud.password")] == PASSWORD
    assert USER in page.account.who.text() and page.run_button.isEnabled()
    work = app_context.work_folder()
    remote = server.root / "職員" / "s7654321"
    (work / "議事録.docx").write_bytes(b"minutes v1")

    result = _run(qtbot, page, page.preview_button)
    assert result.dry_run and page.plan_table.rowCount() == 1
    assert page.plan_table.item(0, 1).text() == "議事録.docx"
    assert page.plan_table.item(0, 0).text() == "アップロード"
    assert page.plan_table.item(0, 2).text() == "この端末で新しく作成"          # the reason in the user's language
    assert page.reason_text("renamed or moved from 古い/議事録.docx") == "古い/議事録.docx から名前変更・移動"
    assert page.tabs.tabText(1) == "競合" and not page.conflict_hint.isVisibleTo(page)
    assert not remote.exists() or _files(remote) == {}

    result = _run(qtbot, page, page.run_button)
    assert result.complete and _files(remote) == {"議事録.docx": b"minutes v1"}
    assert "前回の同期" in page.last_run_label.text() and "まだ" not in page.last_run_label.text()
    assert page.progress.value() == 1000 and page.run_button.isEnabled()

    (work / "議事録.docx").write_bytes(b"minutes, my edit")
    (remote / "議事録.docx").write_bytes(b"minutes, colleague's edit")
    result = _run(qtbot, page, page.run_button)
    assert len(result.conflicts) == 1 and page.conflict_list.count() == 1
    assert page.tabs.currentIndex() == 1 and page.tabs.tabText(1) == "競合 (1)"   # the count shows on the tab
    assert page.conflict_hint.isVisibleTo(page) and "（競合" in page.conflict_hint.text()
    assert sorted(_files(work).values()) == [b"minutes, colleague's edit", b"minutes, my edit"]
    assert "競合: 議事録.docx は両方残しました" in page.log_view.toPlainText()

    page.account.sign_out_button.click()
    box = page.account.confirm_box
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not page.account.signed_in)
    assert memory_keyring.store == {} and not page.run_button.isEnabled()


def test_delete_guard_question_keep_everything(qtbot, page, server, app_context):
    _sign_in(qtbot, page)
    work = app_context.work_folder()
    for i in range(4):
        (work / f"{i}.txt").write_text(str(i))
    _run(qtbot, page, page.run_button)
    for i in range(3):
        (work / f"{i}.txt").unlink()
    page.run_button.click()
    qtbot.waitUntil(lambda: page.guard_box is not None and page.guard_box.isVisible(), timeout=20000)
    assert page.guard_box.defaultButton() is page.guard_keep
    assert "3" in page.guard_box.text()
    sample = page.guard_box.informativeText()          # which files, without opening the details
    assert all(f"サーバーから削除: {i}.txt" in sample for i in range(3)) and "すべて残す" in sample
    with qtbot.waitSignal(page.run_finished, timeout=20000) as blocker:
        page.guard_keep.click()
    from desktop.services.sync.planner import Op

    assert blocker.args[0].count(Op.DOWNLOAD) == 3     # "keep everything": the three files are copied back
    assert sorted(_files(work)) == ["0.txt", "1.txt", "2.txt", "3.txt"]


def test_cancel_button_cancels_a_running_sync(qtbot, page, app_context):
    _sign_in(qtbot, page)
    (app_context.work_folder() / "big.bin").write_bytes(b"\0" * (64 * 1024 * 1024))
    page.run_button.click()
    qtbot.waitUntil(lambda: page.cancel_button.isEnabled())
    with qtbot.waitSignal(page.run_finished, timeout=20000) as blocker:
        page.cancel_button.click()
    assert blocker.args[0] is None and "キャンセル" in page.status_label.text()
    assert page.run_button.isEnabled()


def test_no_credential_store_shows_how_to_fix(qtbot, app_context):
    from desktop.ui.sync import create_page

    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        widget = create_page(app_context)
        qtbot.addWidget(widget)
        assert not widget.account.store_problem.isHidden()
        assert "Secret Service" in widget.account.store_problem.text()
        assert "平文" in widget.account.store_problem.text()
        assert not widget.run_button.isEnabled()
    finally:
        keyring.set_keyring(previous)


def test_every_control_has_an_accessible_name(qtbot, page):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QHeaderView, QLineEdit

    for cls in (QAbstractButton, QLineEdit, QAbstractItemView):
        for w in page.findChildren(cls):
            if w.isVisibleTo(page) and w.parent() is not None and not w.objectName().startswith("qt_"):
                if isinstance(w, QHeaderView) or (isinstance(w, QAbstractButton)
                                                  and w.parent().metaObject().className() in ("QTabBar", "QTableWidget")):
                    continue  # parts of a named table / tab widget
                assert w.accessibleName(), w


def test_periodic_sync_runs_on_the_timer(qtbot, page, app_context, server):
    _sign_in(qtbot, page)
    assert not page.timer.isActive()
    app_context.settings.set("sync_interval_minutes", 15)
    page.refresh()
    assert page.timer.isActive() and page.timer.interval() == 15 * 60_000
    assert "15" in page.interval_label.text()
    (app_context.work_folder() / "auto.txt").write_text("auto")
    with qtbot.waitSignal(page.run_finished, timeout=20000) as blocker:
        page.timer.timeout.emit()          # what the timer does every 15 minutes
    assert blocker.args[0].complete
    assert (server.root / "職員" / "s7654321" / "auto.txt").read_text() == "auto"


def test_sign_in_dialog_stores_the_mail_password_too(qtbot, page, memory_keyring):
    """Row 5 of #16: the page is a way to store the SMTP password (the send tool needs it with smtp_user)."""
    page.account.sign_in_button.click()
    dialog = page.account.dialog
    assert dialog.smtp_password.echoMode() == dialog.smtp_password.EchoMode.Password
    assert dialog.smtp_password.accessibleName() == "メール（SMTP）のパスワード"
    dialog.edits["staff_id"].setText(USER)
    dialog.smtp_password.setText("Smtp-pa55-ui")
    dialog.accept()
    qtbot.waitUntil(lambda: ("ToseiDesk/default", "smtp.password") in memory_keyring.store)
    assert memory_keyring.store[("ToseiDesk/default", "smtp.password")] == "Smtp-pa55-ui"
    assert ("ToseiDesk/default", "cloud.password") not in memory_keyring.store
    assert dialog.smtp_password.text() == ""                          # not kept in the widget
