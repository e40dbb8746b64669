"""Start the GUI: logging, QApplication, language, policy-resolved settings, the main window."""
from __future__ import annotations

import logging
import os
import sys

from desktop import APP_ID, APP_NAME, __version__

log = logging.getLogger(__name__)


def create_window(settings=None):
    """Build the main window around a fresh context (used by ``run_gui`` and tests). GUI thread only."""
    from desktop.services.settings import Settings
    from desktop.ui import i18n
    from desktop.ui.context import AppContext
    from desktop.ui.jobs import JobRunner
    from desktop.ui.main_window import MainWindow

    settings = settings or Settings()
    i18n.apply_language(settings.get("language"))
    ctx = AppContext(settings=settings, jobs=JobRunner())
    window = MainWindow(ctx)
    for code, action in window.lang_actions.items():
        action.setChecked(code == settings.get("language"))
    start = os.environ.get("TOSEI_DESK_START_PAGE", "home")
    window.open_page(start if start in window_keys() else "home")
    return window


def window_keys() -> list[str]:
    from desktop.ui.pages import PAGES

    return [p.key for p in PAGES]


def run_gui(argv: list[str]) -> int:
    from desktop.services.logging_setup import configure_logging, enable_crash_dumps

    log_path = configure_logging(role="app")
    enable_crash_dumps()
    log.info("%s %s starting (python %s, frozen %s), log %s", APP_NAME, __version__, sys.version.split()[0],
             bool(getattr(sys, "frozen", False)), log_path)
    from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
    from PySide6.QtWidgets import QApplication

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        QGuiApplication.highDpiScaleFactorRoundingPolicy().PassThrough)
    app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    from desktop.ui import crash_handler

    crash_handler.install()  # uncaught exceptions (slots, threads) and Qt messages: logged + a dialog
    japanese = QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
    preferred = [f for f in ("Yu Gothic UI", "Meiryo UI", "IPAexGothic", "Noto Sans CJK JP") if f in japanese]
    if preferred:
        font = QFont(preferred[0])
        font.setPointSize(max(app.font().pointSize(), 10))
        app.setFont(font)
    window = create_window()
    if window.ctx.settings.get("meeting_room_mode"):
        window.show()
        window.set_meeting_room(True)
    else:
        window.show()
    if os.environ.get("TOSEI_DESK_STARTUP_PROBE"):
        from PySide6.QtCore import QTimer

        def probe() -> None:
            heavy = [m for m in ("faster_whisper", "ctranslate2", "onnxruntime", "cv2", "rapidocr", "av")
                     if m in sys.modules]
            print("WINDOW_SHOWN heavy=" + ",".join(heavy), flush=True)
            app.quit()

        QTimer.singleShot(0, probe)
    code = app.exec()
    log.info("%s exits with code %s", APP_NAME, code)
    return code
