"""pytest-qt: a rectangle drawn around a table cell of the blank form becomes the cell's interior; Ctrl or the
toggle 「表の枠に合わせる」 keeps it as drawn."""
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.services import paths
from desktop.services.forms import sample_form


def _interior(img, cx, cy):
    """The white run around (cx, cy) along its row and column: the cell's interior, measured on the pixels."""
    col, row = img[:, cx] < 128, img[cy, :] < 128
    top = max(i for i in range(cy) if col[i]) + 1
    bottom = min(i for i in range(cy, len(col)) if col[i])
    left = max(i for i in range(cx) if row[i]) + 1
    right = min(i for i in range(cx, len(row)) if row[i])
    return left, top, right - left, bottom - top


def _drag(qtbot, view, a, b, modifier=Qt.KeyboardModifier.NoModifier):
    a, b = view.mapFromScene(*a), view.mapFromScene(*b)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, modifier, a)
    qtbot.mouseMove(view.viewport(), QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, modifier, b)


@pytest.fixture
def editor(qtbot, app_context):
    from desktop.ui.forms.template_editor import TemplateEditor

    ed = TemplateEditor(app_context)
    qtbot.addWidget(ed)
    ed.resize(1400, 1000)
    ed.show()
    ed.open_blank(str(paths.resource_path("forms", "shomei_shinsei", "blank.png")))
    qtbot.waitExposed(ed.view)
    ed.view.fit()
    return ed


def _box(editor, row):
    return tuple(int(v) for v in editor.table.item(row, 7).text().split(", "))


def test_drawing_around_a_cell_gives_the_cells_interior(qtbot, editor):
    img = np.asarray(editor.image)
    cell = _interior(img, 1500, 1000)                       # the 氏名 value cell
    x, y, w, h = cell
    _drag(qtbot, editor.view, (x + 22, y + 16), (x + w - 20, y + h - 18))   # drawn a little inside it
    _drag(qtbot, editor.view, (x - 14, y - 12), (x + w + 12, y + h + 14))   # and a little outside it
    for row in (0, 1):
        got = _box(editor, row)
        assert all(abs(p - q) <= 2 for p, q in zip(got, cell)), (got, cell)
    assert editor.build_template().fields[0].box == _box(editor, 0)


def test_ctrl_or_the_toggle_keeps_the_rectangle_as_drawn(qtbot, editor):
    img = np.asarray(editor.image)
    x, y, w, h = _interior(img, 1500, 1000)
    a, b = (x + 22, y + 16), (x + w - 20, y + h - 18)
    _drag(qtbot, editor.view, a, b, Qt.KeyboardModifier.ControlModifier)
    editor.snap_check.setChecked(False)
    _drag(qtbot, editor.view, a, b)
    scale = 1 / editor.view.transform().m11()              # scene px per screen px: the drag's precision
    for row in (0, 1):
        gx, gy, gw, gh = _box(editor, row)
        assert abs(gx - a[0]) <= scale + 1 and abs(gy - a[1]) <= scale + 1
        assert abs(gx + gw - b[0]) <= scale + 1 and abs(gy + gh - b[1]) <= scale + 1
        assert gx - x >= 22 - scale - 1                      # not moved to the cell's edge


def test_a_checkbox_drawn_in_a_cell_still_snaps_to_its_printed_square(qtbot, editor):
    opt = next(f for f in sample_form.layout().fields if f["name"] == sample_form.GROUP_NAME)["options"]
    for i, o in enumerate(opt[:2]):
        ox, oy, ow, oh = o["box"]
        _drag(qtbot, editor.view, (ox - 12, oy - 12), (ox + ow + 12, oy + oh + 12))
        editor.set_zone(i, o["label"], "checkbox", "種類")
    tpl = editor.build_template()
    for o, got in zip(opt, tpl.fields[0].options):
        assert all(abs(p - q) <= 3 for p, q in zip(got.box, o["box"])), (got.box, o["box"])
