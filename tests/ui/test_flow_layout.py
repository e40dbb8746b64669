"""The wrapping row used by toolbars: fits any width, keeps a caption with its field, shares spare width."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from desktop.ui.widgets.flow_layout import FlowLayout


def test_a_row_wraps_and_keeps_captions_with_their_fields(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    row = FlowLayout(host)
    buttons = [QPushButton(f"ボタン {i} の長い名前") for i in range(4)]
    caption, combo = QLabel("モデル"), QComboBox()
    combo.addItem("base（多言語、148 MB）")
    for b in buttons:
        row.addWidget(b)
    row.addWidget(caption)
    row.addWidget(combo)
    field = QLineEdit()
    row.addWidget(field, 1)
    wide = row.sizeHint().width()
    host.resize(wide + 50, row.heightForWidth(wide + 50))
    host.show()
    qtbot.wait(10)
    assert len({b.y() for b in buttons}) == 1, "one line when there is room"
    assert field.width() > field.sizeHint().width(), "a stretch item takes the spare width"
    narrow = max(b.sizeHint().width() for b in buttons) + combo.sizeHint().width() + caption.sizeHint().width() + 20
    assert row.minimumSize().width() < narrow
    host.resize(narrow, row.heightForWidth(narrow))
    qtbot.wait(10)
    assert len({b.y() for b in buttons}) > 1, "wraps when narrow"
    assert caption.y() == combo.y(), "the caption went to the next line with its drop-down"
    assert all(w.geometry().right() <= host.width() for w in (*buttons, caption, combo, field))
    assert row.heightForWidth(narrow) > row.heightForWidth(wide)
