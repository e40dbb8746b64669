"""Self-test checks that need Qt: the platform plugin starts and a font can draw Japanese."""
from __future__ import annotations

from desktop.services.health import Check, guarded

SAMPLE = "議事録・起案書・送付状"


def _platform() -> Check:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    return Check("Qt platform", True, f"{app.platformName()} (Qt {__import__('PySide6').__version__})")


def _japanese_font() -> Check:
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    families = QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
    if not families:
        return Check("Japanese font", False, "no font with Japanese glyphs is installed "
                                             "(install e.g. fonts-ipaexfont or Noto Sans CJK)")
    metrics = QFontMetrics(QFont(families[0]))
    missing = [ch for ch in SAMPLE if not metrics.inFontUcs4(ord(ch))]
    if missing:
        return Check("Japanese font", False, f"{families[0]} lacks {''.join(missing)}")
    return Check("Japanese font", True, ", ".join(families[:3]))


def checks() -> list[Check]:
    return [guarded("Qt platform", _platform), guarded("Japanese font", _japanese_font)]
