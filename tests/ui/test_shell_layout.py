"""Issue 12, items 1, 3 and 4 (shell parts): the wheel over an unfocused field scrolls the page, the window
fits a 1366 px screen while recording in both modes, the sidebar never breaks a tool name, leaving 会議室モード
gives the window back, and the status bar, the policy banner and the Language box speak the UI language."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetrics, QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDoubleSpinBox, QScrollArea

from desktop.services.minutes.wav_writer import new_recording_path
from desktop.services.settings import Settings
from desktop.ui.pages import PAGES, title
from desktop.ui.progress_text import translate_progress

LAPTOP_WIDTH = 1366


def content_width(window) -> int:
    """The width the pages need next to the sidebar (the page area scrolls rather than grow the window, so the
    window's own minimum says nothing about whether the pages fit)."""
    return window.sidebar.width() + window.stack.minimumSizeHint().width() + 8


def wheel(widget, steps: int = -3) -> None:
    """Turn the wheel over the middle of ``widget`` (negative = towards the user = scroll down)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_wheel_over_an_unfocused_number_box_scrolls_the_page(window, qtbot):
    window.resize(1000, 500)
    page = window.open_page("settings")
    spin = page.findChild(QDoubleSpinBox, "setting_forms_review_threshold")
    combo = page.findChild(QComboBox, "setting_smtp_security")
    scroll = page.findChild(QScrollArea)
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)
    page.heading.setFocus()
    before, before_combo = spin.value(), combo.currentIndex()
    bar = scroll.verticalScrollBar()
    top = bar.value()
    wheel(spin)
    wheel(combo)
    assert spin.value() == before and combo.currentIndex() == before_combo
    assert Settings().get("forms_review_threshold") == before
    assert bar.value() > top, "the wheel scrolls the page instead"
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a wheel turn does not grab the focus either
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    wheel(spin, steps=1)  # once the user clicked or tabbed into it, the wheel changes the value
    assert spin.value() != before


def _recording_text(page) -> None:
    recorder = page.recorder
    recorder.status.setText(recorder.tr("録音中 {time}（{path}）").format(
        time="0:00:01", path=new_recording_path().name + "-" + "x" * 40))


def test_window_fits_a_laptop_screen_while_recording_in_both_modes(window, qtbot):
    for meeting in (False, True):
        window.set_meeting_room(meeting)
        window.resize(LAPTOP_WIDTH, 740)
        for spec in PAGES:
            window.open_page(spec.key)
            qtbot.wait(10)
            assert content_width(window) <= LAPTOP_WIDTH, (meeting, spec.key)
        page = window.open_page("minutes")
        _recording_text(page)
        page.file_label.setText("C:/Users/職員/Documents/議事録/" + "とても長い会議の録音ファイル名" * 4 + ".wav")
        qtbot.wait(20)
        assert content_width(window) <= LAPTOP_WIDTH, meeting
        assert window.minimumSizeHint().width() <= LAPTOP_WIDTH and window.minimumSizeHint().height() <= 768
        if not meeting:
            assert window.width() <= LAPTOP_WIDTH
            for name in ("minutesTranscribe", "minutesCancel"):
                b = page.findChild(type(page.transcribe_button), name)
                assert b.geometry().right() <= page.width(), name
        status = page.recorder.status
        assert status.toolTip() == status.text() or status.width() >= QFontMetrics(status.font()).horizontalAdvance(
            status.text())
    window.set_meeting_room(False)


def test_sidebar_never_breaks_a_tool_name(window, qtbot):
    for meeting in (False, True):
        window.set_meeting_room(meeting)
        qtbot.wait(10)
        metrics = window.sidebar.fontMetrics()
        inner = window.sidebar.viewport().width()
        for spec in PAGES:
            assert metrics.horizontalAdvance(title(spec)) + window.sidebar.iconSize().width() < inner, \
                (meeting, title(spec))
    window.set_meeting_room(False)


def test_leaving_meeting_room_mode_gives_the_normal_window_back(window, qtbot):
    window.resize(1100, 700)
    qtbot.wait(10)
    normal = window.geometry()
    window.set_meeting_room(True)
    qtbot.waitUntil(window.isFullScreen)
    window.set_meeting_room(False)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.geometry().size() == normal.size()


def test_status_bar_progress_speaks_the_ui_language(window, qtbot):
    assert translate_progress("loading the OCR engine") == "文字認識（OCR）エンジンを読み込み中"
    assert translate_progress("3/3 pages") == "3/3 ページ"
    assert translate_progress("waiting 13 s for held messages") == "保留中のメールの送信まであと 13 秒"
    assert translate_progress("partial\t51.78\tえーと") == ""    # caption data is never status text
    assert translate_progress("something new from a service") == ""  # unknown English is not shown
    assert translate_progress("0:12 / 3:45") == "0:12 / 3:45"
    window.set_language("en")
    assert translate_progress("3/3 pages") == "3/3 pages"
    assert translate_progress("loading the OCR engine") == "Loading the OCR engine"

    def job(progress, cancel):
        progress(0.5, "loading the OCR engine")
        cancel.wait(30)

    window.set_language("ja")
    handle = window.ctx.jobs.start("読み取り", job)
    label = window.jobs_indicator.label
    qtbot.waitUntil(lambda: "文字認識" in label.text(), timeout=5000)
    assert "loading" not in label.text()
    handle.cancel()
    qtbot.waitUntil(lambda: not window.ctx.jobs.active, timeout=5000)


def test_policy_banner_speaks_japanese_and_english(tmp_path, monkeypatch, qtbot):
    policy = tmp_path / "policy.toml"
    policy.write_text('[settings]\nsmtp_port = "abc"\nno_such_key = 1\n[locked]\nkeys = ["nope"]\n',
                      encoding="utf-8")
    monkeypatch.setenv("TOSEI_DESK_POLICY", str(policy))
    from desktop.ui.app import create_window

    win = create_window(Settings())
    qtbot.addWidget(win)
    win.show()
    text = win.banner.text()
    assert "「ポート」（smtp_port）" in text and "no_such_key" in text and "nope" in text
    assert "ignored" not in text and "Policy file" not in text
    win.set_language("en")
    english = win.banner.text()
    assert "ignored" in english.lower() and "ポリシー" not in english
    page = win.open_page("settings")
    assert "Policy file" in page.policy_label.text()
    win.set_language("ja")


def test_language_box_is_not_clipped_in_english(window, qtbot):
    page = window.open_page("settings")
    qtbot.wait(10)
    window.set_language("en")
    qtbot.wait(10)
    for combo in page.findChildren(QComboBox):
        metrics = QFontMetrics(combo.font())
        for i in range(combo.count()):
            needed = metrics.horizontalAdvance(combo.itemText(i))
            assert combo.sizeHint().width() > needed, (combo.objectName(), combo.itemText(i))
    window.set_language("ja")
