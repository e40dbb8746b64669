"""``self-test --deep``, the Qt half: the translations load and the real main window switches language.

Run in the packaged app (``tosei-desk-cli self-test --deep``) this is the test that the bundle ships usable
``.qm`` catalogues (its own and Qt's ``qtbase_ja``) and that 表示 → English really changes the window.
"""
from __future__ import annotations

from desktop.services import paths
from desktop.services.health import Check, guarded


def _translations() -> Check:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from desktop.ui import i18n

    QApplication.instance() or QApplication([])
    ours = sorted(paths.resource_path("translations").glob("*_en.qm"))
    i18n.apply_language("en")
    english = QCoreApplication.translate("CrashHandler", "予期しないエラー")
    en_count = len(i18n._installed)
    i18n.apply_language("ja")
    japanese = QCoreApplication.translate("CrashHandler", "予期しないエラー")
    ja_count = len(i18n._installed)
    ok = english == "Unexpected error" and japanese == "予期しないエラー" and en_count >= len(ours) > 0 and ja_count >= 1
    return Check("translations: English and Japanese load", ok,
                 f"en: {en_count} catalogues ({len(ours)} of ours), sample '{english}'; "
                 f"ja: {ja_count} (Qt's qtbase_ja), sample '{japanese}'")


def _window_switches_to_english() -> Check:
    from PySide6.QtWidgets import QApplication

    from desktop.services.settings import Settings
    from desktop.ui.app import create_window

    QApplication.instance() or QApplication([])
    settings = Settings()
    before = settings.get("language")
    window = create_window(settings)
    try:
        window.set_language("ja")
        ja_title = window.view_menu.title()
        window.set_language("en")
        en_title = window.view_menu.title()
        ok = ja_title == "表示(&V)" and en_title == "&View"
        return Check("ui: the main window switches to English", ok, f"menu 表示: '{ja_title}' -> '{en_title}'")
    finally:
        window.set_language(before if before in ("ja", "en") else "ja")
        window.ctx.jobs.cancel_all()
        window.ctx.jobs.wait_for_done(5000)
        window.deleteLater()


def checks() -> list[Check]:
    return [guarded("translations: English and Japanese load", _translations),
            guarded("ui: the main window switches to English", _window_switches_to_english)]
