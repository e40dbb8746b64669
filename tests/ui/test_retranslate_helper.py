"""The language switch reaches widgets through one helper (desktop/ui/widgets/retranslate.py)."""
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

import desktop.ui
from desktop.ui.widgets.retranslate import Retranslating


def test_only_the_helper_handles_language_change():
    ui = Path(desktop.ui.__file__).parent
    handlers = [p.relative_to(ui).as_posix() for p in ui.rglob("*.py") if "QEvent.Type.LanguageChange" in p.read_text()]
    assert sorted(handlers) == ["i18n.py", "widgets/retranslate.py"]


class _Panel(Retranslating, QWidget):
    def __init__(self):
        super().__init__()
        self.calls = 0
        self.label = QLabel(self)

    def retranslate(self):
        self.calls += 1


def test_language_change_event_calls_retranslate_and_other_events_do_not(qtbot):
    panel = _Panel()
    qtbot.addWidget(panel)
    panel.changeEvent(QEvent(QEvent.Type.FontChange))
    assert panel.calls == 0
    panel.changeEvent(QEvent(QEvent.Type.LanguageChange))
    assert panel.calls == 1
