"""Template editor: open a blank form (image or PDF), drag rectangles onto it, name and type them, save.

Checkbox rectangles that share a group name become one checkbox group; its 選び方 column says whether exactly
one, at least one or any number of boxes may be ticked (multi-select). Each zone can be required, restricted to a
character class (カタカナ, 数字 ...) and given a pattern (regular expression). A drawn rectangle snaps to the
interior of the table cell it was drawn around (:func:`desktop.services.forms.cells.snap_to_cell`: every edge
within 32 px of a ruled line); the toggle 「表の枠に合わせる」 or holding Ctrl while drawing keeps it as drawn.
A checkbox rectangle snaps to the printed box inside the rectangle as drawn. "記入済みスキャンで試す" reads a filled scan with the saved template (child process) and
lists what was read.
GUI thread only.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSplitter, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from desktop.services.common.jobs import run_in_child
from desktop.services.forms.template import (CHAR_CLASSES, FIELD_TYPES, GROUP_RULES, Field, Option, Template,
                                              save_template)
from desktop.ui.forms.scan_view import ScanView, pixmap_from_gray
from desktop.ui.widgets.fitted_table import FittedTable
from desktop.ui.widgets.retranslate import Retranslating

TYPE_LABELS = {
    "text": QT_TRANSLATE_NOOP("TemplateEditor", "文字"),
    "kana": QT_TRANSLATE_NOOP("TemplateEditor", "フリガナ"),
    "digits": QT_TRANSLATE_NOOP("TemplateEditor", "数字の並び（口座番号など・先頭の0を保持）"),
    "date_wareki": QT_TRANSLATE_NOOP("TemplateEditor", "日付（和暦）"),
    "date": QT_TRANSLATE_NOOP("TemplateEditor", "日付"),
    "postal": QT_TRANSLATE_NOOP("TemplateEditor", "郵便番号"),
    "phone": QT_TRANSLATE_NOOP("TemplateEditor", "電話番号"),
    "number": QT_TRANSLATE_NOOP("TemplateEditor", "数値"),
    "checkbox": QT_TRANSLATE_NOOP("TemplateEditor", "チェック欄"),
}
RULE_LABELS = {
    "exactly_one": QT_TRANSLATE_NOOP("TemplateEditor", "1つだけ選ぶ"),
    "at_least_one": QT_TRANSLATE_NOOP("TemplateEditor", "1つ以上選ぶ（複数可）"),
    "any": QT_TRANSLATE_NOOP("TemplateEditor", "いくつでも（未選択も可）"),
}
CLASS_LABELS = {
    "": QT_TRANSLATE_NOOP("TemplateEditor", "種類に合わせる"),
    "text": QT_TRANSLATE_NOOP("TemplateEditor", "漢字・かな"),
    "katakana": QT_TRANSLATE_NOOP("TemplateEditor", "カタカナのみ（カ）・ユ）を含む）"),
    "digits": QT_TRANSLATE_NOOP("TemplateEditor", "数字のみ"),
    "postal": QT_TRANSLATE_NOOP("TemplateEditor", "郵便番号の文字"),
    "phone": QT_TRANSLATE_NOOP("TemplateEditor", "電話番号の文字"),
    "number": QT_TRANSLATE_NOOP("TemplateEditor", "数値の文字"),
    "date": QT_TRANSLATE_NOOP("TemplateEditor", "日付の文字"),
    "any": QT_TRANSLATE_NOOP("TemplateEditor", "制限なし"),
}
EDITABLE_TYPES = [t for t in FIELD_TYPES if t != "checkbox_group"]
CLASS_KEYS = [""] + list(CHAR_CLASSES)
COL_NAME, COL_TYPE, COL_GROUP, COL_RULE, COL_REQUIRED, COL_CLASS, COL_PATTERN, COL_BOX = range(8)


def _load_first_page(path: str):
    from desktop.services.forms.pages import iter_pages

    return next(iter(iter_pages(Path(path)))).image


class TemplateEditor(Retranslating, QWidget):
    def __init__(self, ctx, parent=None, on_saved=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.on_saved = on_saved
        self.image = None            # gray numpy array of the blank form
        self.saved_path: Path | None = None
        self._boxes: list[tuple[int, int, int, int]] = []
        self._drawn: list[tuple[int, int, int, int]] = []   # each zone as the user drew it (before the cell snap)
        self.setObjectName("formsTemplateEditor")
        self._build()
        self.retranslate()

    def _build(self) -> None:
        top = QHBoxLayout()
        self.open_btn = QPushButton()
        self.open_btn.clicked.connect(self._pick_blank)
        self.name_label = QLabel()
        self.name_edit = QLineEdit()
        self.save_btn = QPushButton()
        self.save_btn.clicked.connect(self.save)
        self.test_btn = QPushButton()
        self.test_btn.clicked.connect(self._pick_test_scan)
        self.snap_check = QCheckBox()
        self.snap_check.setChecked(True)
        for w in (self.open_btn, self.name_label):
            top.addWidget(w)
        top.addWidget(self.name_edit, 1)
        top.addWidget(self.snap_check)
        top.addWidget(self.save_btn)
        top.addWidget(self.test_btn)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.view = ScanView()
        self.view.draw_enabled = True
        self.view.rect_drawn.connect(self._zone_drawn)
        self.table = FittedTable(0, 8, contents=False)   # the headings never cut nor scrolled
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)   # never narrower than its heading
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.remove_btn = QPushButton()
        self.remove_btn.clicked.connect(self.remove_selected)
        self.result_view = QPlainTextEdit()
        self.result_view.setReadOnly(True)
        side = QWidget()
        sv = QVBoxLayout(side)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.addWidget(self.table, 2)
        sv.addWidget(self.remove_btn)
        sv.addWidget(self.result_view, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(side)
        split.setSizes([700, 500])
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.hint)
        lay.addWidget(split, 1)

    def retranslate(self) -> None:
        self.open_btn.setText(self.tr("白紙の様式を開く…"))
        self.open_btn.setAccessibleName(self.tr("白紙の様式（画像またはPDF）を開く"))
        self.name_label.setText(self.tr("テンプレート名"))
        self.name_edit.setAccessibleName(self.tr("テンプレート名"))
        self.save_btn.setText(self.tr("保存"))
        self.save_btn.setAccessibleName(self.tr("テンプレートを保存"))
        self.test_btn.setText(self.tr("記入済みスキャンで試す…"))
        self.test_btn.setAccessibleName(self.tr("記入済みスキャンでテンプレートを試す"))
        self.snap_check.setText(self.tr("表の枠に合わせる"))
        self.snap_check.setAccessibleName(self.tr("描いた枠を表のマス目に合わせる"))
        self.snap_check.setToolTip(self.tr("描いた枠の各辺が罫線の近くにあれば、マス目の内側に合わせます。"
                                           "Ctrl キーを押しながら描くと、描いたとおりの枠になります。"))
        self.remove_btn.setText(self.tr("選択した項目を削除"))
        self.remove_btn.setAccessibleName(self.tr("選択した項目を削除"))
        self.table.setAccessibleName(self.tr("項目の一覧"))
        self.view.setAccessibleName(self.tr("様式の画像。ドラッグして項目の枠を描きます"))
        self.result_view.setAccessibleName(self.tr("試し読みの結果"))
        self.result_view.setPlaceholderText(self.tr("「記入済みスキャンで試す…」を押すと、保存したテンプレートで読み取った結果がここに表示されます。"))
        # short headings (a stretched table cut 「形式（正規表現）」 to 「;（正規表:」); the long form is the tooltip
        headings = [(self.tr("項目名"), ""), (self.tr("種類"), ""), (self.tr("グループ"), ""), (self.tr("選び方"), ""),
                    (self.tr("必須"), ""), (self.tr("文字の種類"), ""), (self.tr("形式"), self.tr("形式（正規表現）")),
                    (self.tr("枠"), self.tr("枠の位置と大きさ (x, y, 幅, 高さ)"))]
        self.table.setHorizontalHeaderLabels([text for text, _tip in headings])
        for col, (text, tip) in enumerate(headings):
            self.table.horizontalHeaderItem(col).setToolTip(tip or text)
        self.hint.setText(self.tr("白紙の様式を300dpiで開き、記入欄をドラッグで囲んで項目名と種類を付けます。"
                                  "チェック欄に同じグループ名を付けるとグループになり、「選び方」で1つだけか複数可かを決めます。"
                                  "表のマス目を囲むように描くと枠はマス目の内側に合わせられます（Ctrl を押しながら描くと合わせません）。"
                                  "チェック欄の枠は印刷された四角に合わせて調整されます。"))
        for r in range(self.table.rowCount()):
            combo = self.table.cellWidget(r, COL_TYPE)
            for i, t in enumerate(EDITABLE_TYPES):
                combo.setItemText(i, self.tr(TYPE_LABELS[t]))
            rule = self.table.cellWidget(r, COL_RULE)
            for i, key in enumerate(GROUP_RULES):
                rule.setItemText(i, self.tr(RULE_LABELS[key]))
            cls = self.table.cellWidget(r, COL_CLASS)
            for i, key in enumerate(CLASS_KEYS):
                cls.setItemText(i, self.tr(CLASS_LABELS[key]))
            self.table.cellWidget(r, COL_REQUIRED).setAccessibleName(self.tr("必須"))


    # ---------------------------------------------------------------- blank form
    def _pick_blank(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("白紙の様式"), str(self.ctx.work_folder()),
                                              self.tr("画像またはPDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)"))
        if path:
            self.open_blank(path)

    def open_blank(self, path: str) -> None:
        from desktop.services.errors import ToseiError
        from desktop.ui.errors import show_error

        try:
            self.image = _load_first_page(path)
        except ToseiError as exc:
            show_error(self, self.tr("白紙の様式"), exc)
            return
        self.view.set_image(pixmap_from_gray(self.image))
        self.table.setRowCount(0)
        self._boxes.clear()
        self._drawn.clear()
        if not self.name_edit.text():
            self.name_edit.setText(Path(path).stem)

    # ---------------------------------------------------------------- zones
    def snap_enabled(self, modifiers=None) -> bool:
        """Snap drawn rectangles to table cells: the toggle is on and Ctrl was not held while drawing."""
        mods = self.view.drawn_modifiers if modifiers is None else modifiers
        return self.snap_check.isChecked() and not (mods & Qt.KeyboardModifier.ControlModifier)

    def _zone_drawn(self, rect: QRectF) -> int:
        """A rectangle the user drew: snapped to the enclosing table cell's interior when there is one."""
        drawn = (int(rect.x()), int(rect.y()), int(rect.width()), int(rect.height()))
        if self.image is not None and self.snap_enabled():
            from desktop.services.forms.cells import snap_to_cell

            snapped = snap_to_cell(self.image, drawn)
            if snapped is not None:
                rect = QRectF(*snapped)
        return self.add_zone(rect, drawn=drawn)

    def add_zone(self, rect: QRectF, name: str | None = None, ftype: str = "text",
                 drawn: tuple[int, int, int, int] | None = None) -> int:
        box = (int(rect.x()), int(rect.y()), int(rect.width()), int(rect.height()))
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, COL_NAME, QTableWidgetItem(name or self.tr("項目{n}").format(n=row + 1)))
        combo = QComboBox()
        for t in EDITABLE_TYPES:
            combo.addItem(self.tr(TYPE_LABELS[t]), t)
        combo.setCurrentIndex(EDITABLE_TYPES.index(ftype))
        combo.setAccessibleName(self.tr("種類"))
        self.table.setCellWidget(row, COL_TYPE, combo)
        self.table.setItem(row, COL_GROUP, QTableWidgetItem(""))
        rule = QComboBox()
        for key in GROUP_RULES:
            rule.addItem(self.tr(RULE_LABELS[key]), key)
        rule.setAccessibleName(self.tr("選び方"))
        self.table.setCellWidget(row, COL_RULE, rule)
        required = QCheckBox()
        required.setAccessibleName(self.tr("必須"))
        self.table.setCellWidget(row, COL_REQUIRED, required)
        cls = QComboBox()
        for key in CLASS_KEYS:
            cls.addItem(self.tr(CLASS_LABELS[key]), key)
        cls.setAccessibleName(self.tr("文字の種類"))
        self.table.setCellWidget(row, COL_CLASS, cls)
        self.table.setItem(row, COL_PATTERN, QTableWidgetItem(""))
        box_item = QTableWidgetItem(", ".join(map(str, box)))
        box_item.setFlags(box_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, COL_BOX, box_item)
        self._boxes.append(box)
        self._drawn.append(drawn or box)
        self.view.add_box(str(row), box)
        self.table.setCurrentCell(row, COL_NAME)
        self.table.editItem(self.table.item(row, COL_NAME))
        return row

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        del self._boxes[row]
        del self._drawn[row]
        self.view.clear_boxes()
        for i, box in enumerate(self._boxes):
            self.view.add_box(str(i), box)

    def _selection_changed(self) -> None:
        row = self.table.currentRow()
        self.view.highlight(str(row) if row >= 0 else None)

    def set_zone(self, row: int, name: str, ftype: str, group: str = "", *, rule: str | None = None,
                 required: bool | None = None, char_class: str | None = None, pattern: str | None = None) -> None:
        self.table.item(row, COL_NAME).setText(name)
        self.table.cellWidget(row, COL_TYPE).setCurrentIndex(EDITABLE_TYPES.index(ftype))
        self.table.item(row, COL_GROUP).setText(group)
        if rule is not None:
            self.table.cellWidget(row, COL_RULE).setCurrentIndex(list(GROUP_RULES).index(rule))
        if required is not None:
            self.table.cellWidget(row, COL_REQUIRED).setChecked(required)
        if char_class is not None:
            self.table.cellWidget(row, COL_CLASS).setCurrentIndex(CLASS_KEYS.index(char_class))
        if pattern is not None:
            self.table.item(row, COL_PATTERN).setText(pattern)

    def build_template(self) -> Template:
        from desktop.services.forms.errors import TemplateError

        import re

        from desktop.services.forms.extract import printed_box

        fields: list[Field] = []
        groups: dict[str, list[Option]] = {}
        group_rule: dict[str, str] = {}
        group_required: dict[str, bool] = {}
        order: list[str] = []
        for r in range(self.table.rowCount()):
            name = self.table.item(r, COL_NAME).text().strip()
            ftype = self.table.cellWidget(r, COL_TYPE).currentData()
            group = self.table.item(r, COL_GROUP).text().strip()
            rule = self.table.cellWidget(r, COL_RULE).currentData()
            required = self.table.cellWidget(r, COL_REQUIRED).isChecked()
            char_class = self.table.cellWidget(r, COL_CLASS).currentData() or None
            pattern = self.table.item(r, COL_PATTERN).text().strip() or None
            if not name:
                raise TemplateError(self.tr("{n} 行目の項目に名前がありません。").format(n=r + 1))
            if pattern:
                try:
                    re.compile(pattern)
                except re.error as exc:
                    raise TemplateError(self.tr("「{name}」の形式（正規表現）が正しくありません: {err}")
                                        .format(name=name, err=str(exc))) from None
            box = self._boxes[r]
            if ftype == "checkbox" and self.image is not None:
                drawn = self._drawn[r]      # the printed square inside the zone as drawn (not a cell's interior)
                box = printed_box(self.image, drawn) or box   # snap to the printed square
                self._drawn[r] = box
                self._boxes[r] = box
            if ftype == "checkbox" and group:
                if group not in groups:
                    groups[group] = []
                    order.append(f"group:{group}")
                    group_rule[group] = rule
                groups[group].append(Option(name, box))
                group_required[group] = group_required.get(group, False) or required
            else:
                order.append(name)
                fields.append(Field(name, ftype, box, required, pattern=pattern,
                                    char_class=char_class if ftype not in ("checkbox",) else None))
        by_name = {f.name: f for f in fields}
        result: list[Field] = []
        for key in order:
            if key.startswith("group:"):
                g = key[6:]
                result.append(Field(g, "checkbox_group", None, group_required.get(g, False),
                                    rule=group_rule[g], options=tuple(groups[g])))
            else:
                result.append(by_name[key])
        names = [f.name for f in result]
        dupes = {n for n in names if names.count(n) > 1}
        if dupes:
            raise TemplateError(self.tr("項目名が重複しています: {names}").format(names="、".join(sorted(dupes))))
        for f in result:
            if f.type == "checkbox_group" and len(f.options) < 2:
                raise TemplateError(self.tr("グループ「{name}」にはチェック欄が2つ以上必要です。").format(name=f.name))
        if not result:
            raise TemplateError(self.tr("項目がありません。様式の上をドラッグして枠を描いてください。"))
        return Template(self.name_edit.text().strip() or "template", result, Path("blank.png"))

    def save(self) -> Path | None:
        from desktop.services.errors import ToseiError
        from desktop.services.forms.sample_form import to_png_bytes
        from desktop.ui.errors import show_error

        if self.image is None:
            self.ctx.status(self.tr("先に白紙の様式を開いてください。"))
            return None
        try:
            tpl = self.build_template()
            self.saved_path = save_template(tpl, image_bytes=to_png_bytes(self.image))
        except ToseiError as exc:
            show_error(self, self.tr("テンプレートの保存"), exc)
            return None
        self.ctx.status(self.tr("テンプレートを保存しました: {path}").format(path=self.saved_path))
        if self.on_saved:
            self.on_saved(self.saved_path)
        return self.saved_path

    # ---------------------------------------------------------------- test on a filled scan
    def _pick_test_scan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("記入済みスキャン"), str(self.ctx.work_folder()),
                                              self.tr("画像またはPDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)"))
        if path:
            self.test_on(path)

    def test_on(self, scan: str):
        saved = self.save()
        if saved is None:
            return None
        kwargs = {"template": str(saved), "inputs": [scan], "previews": False}
        return self.ctx.jobs.start(self.tr("テンプレートの試し読み"),
                                   lambda progress, cancel: run_in_child(
                                       "desktop.services.forms.extract:extract_batch", kwargs,
                                       progress=progress, cancel=cancel),
                                   on_success=self._show_test)

    def _show_test(self, batch) -> None:
        lines = []
        for rec in batch.records:
            lines.append(f"{Path(rec.source).name} p.{rec.page}")
            for f in rec.fields:
                flag = " ⚠ " + ", ".join(p.code for p in f.problems) if f.problems else ""
                lines.append(f"  {f.name}: {f.value}  ({f.confidence:.0%}){flag}")
        for page in batch.rejected:
            lines.append(self.tr("一致しないページ: {msg}").format(msg=page.message))
        self.result_view.setPlainText("\n".join(lines))
