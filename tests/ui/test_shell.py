"""pytest-qt drives the shell: navigation, language, meeting-room mode, policy, the job runner."""
from __future__ import annotations

import psutil
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QCheckBox, QLineEdit, QMessageBox, QPushButton, QScroller

from desktop.services.common.jobs import run_in_child
from desktop.services.errors import ToseiError
from desktop.services.settings import Settings
from desktop.ui.pages import PAGES


def sidebar_texts(win) -> list[str]:
    return [win.sidebar.item(i).text() for i in range(win.sidebar.count())]


def test_every_tool_is_reachable(window):
    assert sidebar_texts(window) == ["ホーム", "議事録", "紙→デジタル", "FAXレス送信", "電子決裁 起案", "クラウド同期",
                                     "設定"]
    for row, spec in enumerate(PAGES):
        window.sidebar.setCurrentRow(row)
        page = window.stack.currentWidget()
        assert page is window.pages[spec.key]
        assert page.isVisible()
    assert window.pages["settings"].objectName() == "settingsPage"


def test_home_tiles_open_their_tool(window, qtbot):
    home = window.pages["home"]
    assert window.stack.currentWidget() is home
    qtbot.mouseClick(home.tiles["approval"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.pages["approval"]
    assert window.sidebar.currentItem().text() == "電子決裁 起案"


def test_language_switch_changes_labels(window):
    window.open_page("settings")
    page = window.pages["settings"]
    assert page.heading.text() == "設定"
    window.set_language("en")
    assert sidebar_texts(window)[:3] == ["Home", "Meeting minutes", "Paper to digital"]
    assert page.heading.text() == "Settings"
    assert window.jobs_indicator.label.text() == "No running jobs"
    assert Settings().get("language") == "en"  # remembered
    window.set_language("ja")
    assert sidebar_texts(window)[1] == "議事録"
    assert page.heading.text() == "設定"


def test_meeting_room_mode_makes_targets_large(window, qtbot):
    page = window.open_page("settings")
    button = page.selftest_button
    before = button.sizeHint().height()
    window.set_meeting_room(True)
    qtbot.wait(50)
    after = button.sizeHint().height()
    assert after >= 40 and after > before
    from desktop.ui.meeting_room import COMPACT_BELOW_PX

    # 15 pt on a full-HD screen, 13 pt on a laptop-sized one (the offscreen test screen is one), in whole pixels
    wide = window.screen().geometry().width() >= COMPACT_BELOW_PX
    assert button.fontInfo().pointSizeF() >= (14 if wide else 12.5)
    assert button.fontInfo().pointSizeF() > QFontInfo(QApplication.font()).pointSizeF() + 2   # larger than normal
    area = page.findChildren(QAbstractScrollArea)[0]
    assert QScroller.hasScroller(area.viewport())
    assert window.isFullScreen()
    assert Settings().get("meeting_room_mode") is True
    window.set_meeting_room(False)
    assert not window.isFullScreen()
    assert button.sizeHint().height() == before


def test_policy_lock_shows_read_only(tmp_path, monkeypatch, qtbot):
    policy = tmp_path / "policy.toml"
    policy.write_text('[settings]\nsmtp_host = "smtp.metro.example.lg.jp"\nmeeting_room_mode = false\n'
                      '[locked]\nkeys = ["smtp_host", "meeting_room_mode"]\n', encoding="utf-8")
    monkeypatch.setenv("TOSEI_DESK_POLICY", str(policy))
    from desktop.ui.app import create_window

    win = create_window(Settings())
    qtbot.addWidget(win)
    page = win.open_page("settings")
    editor = page.findChild(QLineEdit, "setting_smtp_host")
    assert editor.text() == "smtp.metro.example.lg.jp"
    assert not editor.isEnabled()
    assert "管理者が固定" in page.labels["smtp_host"].text()
    assert not page.findChild(QCheckBox, "setting_meeting_room_mode").isEnabled()
    win.set_meeting_room(True)          # a locked mode cannot be switched on
    assert not win.meeting_action.isChecked()
    assert page.findChild(QLineEdit, "setting_smtp_user").isEnabled()


def test_broken_policy_shows_a_warning_and_uses_defaults(tmp_path, monkeypatch, qtbot):
    policy = tmp_path / "policy.toml"
    policy.write_text("[settings\nlanguage = 'en'", encoding="utf-8")
    monkeypatch.setenv("TOSEI_DESK_POLICY", str(policy))
    from desktop.ui.app import create_window

    win = create_window(Settings())
    qtbot.addWidget(win)
    win.show()
    assert win.banner.isVisible()
    assert "既定の設定" in win.banner.text() and str(policy) in win.banner.text()
    assert sidebar_texts(win)[1] == "議事録"


def test_long_job_shows_progress_and_cancel_stops_the_child(window, qtbot, tmp_path):
    pid_file = tmp_path / "pid"
    handle = window.ctx.jobs.start(
        "テスト処理",
        lambda progress, cancel: run_in_child("tests.helpers.child_work:report_pid",
                                              {"path": str(pid_file), "seconds": 120},
                                              progress=progress, cancel=cancel))
    qtbot.waitUntil(lambda: pid_file.exists() and pid_file.read_text() != "", timeout=20000)
    pid = int(pid_file.read_text())
    indicator = window.jobs_indicator
    qtbot.waitUntil(lambda: indicator.bar.isVisible() and indicator.bar.value() > 0, timeout=20000)
    assert "テスト処理" in indicator.label.text()
    assert indicator.cancel_button.isVisible()
    with qtbot.waitSignal(handle.cancelled, timeout=5000):
        qtbot.mouseClick(indicator.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not psutil.pid_exists(pid)
                    or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE, timeout=2000)
    qtbot.waitUntil(lambda: not window.ctx.jobs.active, timeout=2000)
    assert indicator.label.text() == "実行中のジョブはありません"


def test_failing_job_shows_a_readable_error(window, qtbot):
    def boom(progress, cancel):
        raise ToseiError("The file could not be read.")

    handle = window.ctx.jobs.start("読み込み", boom)
    qtbot.waitUntil(lambda: handle.error is not None, timeout=5000)  # set on the GUI thread by `failed`
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorDialog") is not None, timeout=2000)
    box = window.findChild(QMessageBox, "errorDialog")
    assert box.text() == "The file could not be read."
    assert "Traceback" not in box.text()
    box.close()


def test_unexpected_error_hides_the_stack_trace(window, qtbot):
    def boom(progress, cancel):
        return {}["missing"]

    handle = window.ctx.jobs.start("集計", boom)
    qtbot.waitUntil(lambda: handle.error is not None, timeout=5000)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorDialog") is not None, timeout=2000)
    text = window.findChild(QMessageBox, "errorDialog").text()
    assert "KeyError" in text and "ログ" in text and "Traceback" not in text


def test_a_japanese_font_draws_the_sidebar(window):
    assert QFontDatabase.families(QFontDatabase.WritingSystem.Japanese), "install fonts-ipaexfont"
    item_font = window.sidebar.font()
    metrics = QFontMetrics(QFont(item_font))
    for text in sidebar_texts(window):
        assert all(metrics.inFontUcs4(ord(ch)) for ch in text if not ch.isascii()), text


def test_every_control_in_the_settings_page_is_named(window):
    page = window.open_page("settings")
    for key, editor in page.editors.items():
        assert editor.accessibleName(), key
    for button in page.findChildren(QPushButton):
        assert button.text() or button.accessibleName()


def test_error_dialog_without_a_parent_stays_open(qtbot):
    from desktop.ui.errors import show_error

    box = show_error(None, "送信", ToseiError("The server refused the message."))
    qtbot.addWidget(box)
    qtbot.wait(50)
    import gc

    gc.collect()
    assert box.isVisible()
    assert box.text() == "The server refused the message."
