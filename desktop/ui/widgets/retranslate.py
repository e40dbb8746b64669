"""One place for Qt's language switch: a widget that mixes in :class:`Retranslating` (before its Qt base class)
has its ``retranslate()`` called on every ``LanguageChange`` event (sent by :func:`desktop.ui.i18n.apply_language`).

    class MyPanel(Retranslating, QWidget):
        def retranslate(self) -> None:
            self.title.setText(self.tr("題名"))
"""
from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin for QWidget subclasses that define ``retranslate()``."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]
