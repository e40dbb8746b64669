"""Issue 12, item 8 (ヘルプ): a user guide inside the app, F1 opens the chapter of the page on screen, in the UI
language; every page has a chapter in Japanese and in English."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt

from desktop.services import paths
from desktop.ui.pages import PAGES

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def test_every_page_has_a_chapter_in_both_languages():
    for spec in PAGES:
        ja = paths.resource_path("guide", "ja", f"{spec.key}.md").read_text(encoding="utf-8")
        en = paths.resource_path("guide", "en", f"{spec.key}.md").read_text(encoding="utf-8")
        assert ja.startswith("# ") and len(ja) > 500, spec.key
        assert en.startswith("# ") and len(en) > 500, spec.key
        assert not re.search(r"[\u3040-\u30ff]", en.replace("日本語", "").replace("起案書", "")), spec.key


def test_f1_opens_the_guide_of_the_current_page(window, qtbot):
    window.open_page("minutes")
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.guide is not None and window.guide.isVisible(), timeout=2000)
    guide = window.guide
    assert guide.key == "minutes"
    text = guide.text.toPlainText()
    assert text.startswith("議事録") and "文字起こし" in text and "ドロップ" in text
    window.open_page("send")
    window.show_guide()
    assert guide.key == "send" and "宛先" in guide.text.toPlainText()
    window.set_language("en")
    assert guide.text.toPlainText().startswith("FAX-less send")
    assert guide.contents.item(0).text() == "Home"
    guide.contents.setCurrentRow(1)
    assert guide.text.toPlainText().startswith("Meeting minutes")
    window.set_language("ja")
    guide.close()


def test_the_guide_names_the_buttons_the_page_shows(window, qtbot):
    """The Japanese chapters quote controls by their labels (in **…**); each must exist on its page."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    pages = {"minutes", "forms", "send", "approval", "sync", "settings"}
    missing = []
    for key in sorted(pages):
        page = window.open_page(key)
        labels = {w.text().replace("&", "") for kind in (QAbstractButton, QLabel) for w in page.findChildren(kind)}
        labels |= {g.title() for g in page.findChildren(QGroupBox)}
        chapter = paths.resource_path("guide", "ja", f"{key}.md").read_text(encoding="utf-8")
        for name in re.findall(r"\*\*([^*]+)\*\*", chapter):
            if name in ("ドロップ", "ドラッグ＆ドロップ", "Ctrl+F", "Ctrl+Z", "F1", "F11"):
                continue  # gestures and keys, not controls
            candidates = [part.strip() for part in name.split("・")]
            if not all(any(c in label for label in labels) for c in candidates):
                missing.append(f"{key}: {name}")
    assert not missing, "buttons named in the guide but not on the page:\n" + "\n".join(missing)
