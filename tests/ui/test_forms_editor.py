"""pytest-qt: the template editor opens a blank form, the user drags two zones, names them and saves."""
import json

from PySide6.QtCore import QPoint, Qt

from desktop.services import paths
from desktop.services.forms.template import load_template


def _drag(qtbot, view, scene_a, scene_b):
    a = view.mapFromScene(*scene_a)
    b = view.mapFromScene(*scene_b)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(view.viewport(), pos=QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=b)


def test_editor_draws_two_zones_and_saves(qtbot, app_context, tmp_path):
    from desktop.ui.forms import create_page

    page = create_page(app_context)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    page.tabs.setCurrentWidget(page.editor)
    editor = page.editor
    editor.open_blank(str(paths.resource_path("forms", "shomei_shinsei", "blank.png")))
    qtbot.waitExposed(editor.view)
    editor.view.fit()
    _drag(qtbot, editor.view, (700, 910), (2300, 1090))     # the 氏名 cell
    _drag(qtbot, editor.view, (780, 1330), (2300, 1490))    # the 郵便番号 cell (right of the printed 〒)
    assert editor.table.rowCount() == 2
    editor.set_zone(0, "氏名", "text")
    editor.set_zone(1, "郵便番号", "postal")
    editor.name_edit.setText("窓口申請")
    qtbot.mouseClick(editor.save_btn, Qt.MouseButton.LeftButton)
    assert editor.saved_path is not None
    data = json.loads(editor.saved_path.read_text(encoding="utf-8"))
    assert [(f["name"], f["type"]) for f in data["fields"]] == [("氏名", "text"), ("郵便番号", "postal")]
    x, y, w, h = data["fields"][0]["box"]
    assert abs(x - 700) < 40 and abs(y - 910) < 40 and abs(x + w - 2300) < 40 and abs(y + h - 1090) < 40
    tpl = load_template(editor.saved_path)
    assert tpl.size == (2480, 3508)
    # the review tab offers the new template at once
    assert "窓口申請" in [page.review.template_combo.itemText(i) for i in range(page.review.template_combo.count())]
    # test it on a filled scan (real OCR in a child process)
    from desktop.services.forms import sample_form

    scan = tmp_path / "filled.png"
    sample_form.draw_filled(sample_form.sample_values(1)).save(scan, dpi=(300, 300))
    handle = editor.test_on(str(scan))
    qtbot.waitUntil(lambda: handle.done, timeout=90000)  # no race with a fast job
    result = editor.result_view.toPlainText()
    assert "氏名: 佐藤花子" in result and "郵便番号: 100-0005" in result


def test_editor_groups_checkboxes_and_refuses_duplicates(qtbot, app_context):
    from PySide6.QtCore import QRectF

    from desktop.ui.forms.template_editor import TemplateEditor

    editor = TemplateEditor(app_context)
    qtbot.addWidget(editor)
    editor.open_blank(str(paths.resource_path("forms", "shomei_shinsei", "blank.png")))
    for i, label in enumerate(("A", "B")):
        row = editor.add_zone(QRectF(700 + 500 * i, 2000, 72, 72))
        editor.set_zone(row, label, "checkbox", "種類")
    tpl = editor.build_template()
    assert len(tpl.fields) == 1 and tpl.fields[0].type == "checkbox_group"
    assert [o.label for o in tpl.fields[0].options] == ["A", "B"]
    editor.set_zone(1, "A", "checkbox", "")
    row = editor.add_zone(QRectF(700, 2300, 300, 80))
    editor.set_zone(row, "A", "text")
    from desktop.services.forms.errors import TemplateError
    import pytest

    with pytest.raises(TemplateError):
        editor.build_template()


def test_editor_saves_multi_select_required_pattern_and_class_and_snaps_checkboxes(qtbot, app_context):
    from PySide6.QtCore import QRectF

    from desktop.services.forms.template import load_template
    from desktop.ui.forms.template_editor import TemplateEditor
    from tests.services.forms.conftest import bundled_template_path

    printed = load_template(bundled_template_path()).field("証明書の種類").options
    editor = TemplateEditor(app_context)
    qtbot.addWidget(editor)
    editor.open_blank(str(paths.resource_path("forms", "shomei_shinsei", "blank.png")))
    for opt in printed:                       # drawn 12 px too large on every side
        x, y, w, h = opt.box
        row = editor.add_zone(QRectF(x - 12, y - 12, w + 24, h + 24))
        editor.set_zone(row, opt.label, "checkbox", "種類", rule="at_least_one", required=True)
    row = editor.add_zone(QRectF(700, 1120, 1600, 180))
    editor.set_zone(row, "口座番号", "digits", required=True, pattern=r"\d{7}")
    row = editor.add_zone(QRectF(700, 740, 1600, 150))
    editor.set_zone(row, "口座名義", "kana", char_class="katakana")
    editor.name_edit.setText("複数選択つき")
    saved = editor.save()
    assert saved is not None
    data = json.loads(saved.read_text(encoding="utf-8"))
    group, number, holder = data["fields"]
    assert group["type"] == "checkbox_group" and group["rule"] == "at_least_one" and group["required"] is True
    for got, want in zip(group["options"], printed):
        assert all(abs(a - b) <= 3 for a, b in zip(got["box"], want.box)), (got, want)
    assert number == {"name": "口座番号", "type": "digits", "box": number["box"], "required": True,
                      "pattern": r"\d{7}"}
    assert holder["char_class"] == "katakana" and "required" not in holder
    tpl = load_template(saved)
    assert tpl.field("種類").rule == "at_least_one" and tpl.field("口座名義").char_class == "katakana"
    editor.set_zone(3, "口座番号", "digits", pattern="(")
    from desktop.services.forms.errors import TemplateError
    import pytest

    with pytest.raises(TemplateError):
        editor.build_template()
