"""Template editor: open a blank form (image or PDF), drag rectangles onto it, name and type them, save.

Checkbox rectangles that share a group name become one checkbox group (exactly one to be ticked). "記入済み
スキャンで試す" reads a filled scan with the saved template (child process) and lists what was read.
GUI thread only.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QRectF, Qt
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSplitter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from desktop.services.common.jobs import run_in_child
from desktop.services.forms.template import FIELD_TYPES, Field, Option, Template, save_template
from desktop.ui.forms.scan_view import ScanView, pixmap_from_gray

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
EDITABLE_TYPES = [t for t in FIELD_TYPES if t != "checkbox_group"]
COL_NAME, COL_TYPE, COL_GROUP, COL_BOX = range(4)


def _load_first_page(path: str):
    from desktop.services.forms.pages import iter_pages

    return next(iter(iter_pages(Path(path)))).image


class TemplateEditor(QWidget):
    def __init__(self, ctx, parent=None, on_saved=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.on_saved = on_saved
        self.image = None            # gray numpy array of the blank form
        self.saved_path: Path | None = None
        self._boxes: list[tuple[int, int, int, int]] = []
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
        for w in (self.open_btn, self.name_label):
            top.addWidget(w)
        top.addWidget(self.name_edit, 1)
        top.addWidget(self.save_btn)
        top.addWidget(self.test_btn)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.view = ScanView()
        self.view.draw_enabled = True
        self.view.rect_drawn.connect(self.add_zone)
        self.table = QTableWidget(0, 4)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
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
        self.remove_btn.setText(self.tr("選択した項目を削除"))
        self.remove_btn.setAccessibleName(self.tr("選択した項目を削除"))
        self.table.setAccessibleName(self.tr("項目の一覧"))
        self.view.setAccessibleName(self.tr("様式の画像。ドラッグして項目の枠を描きます"))
        self.result_view.setAccessibleName(self.tr("試し読みの結果"))
        self.result_view.setPlaceholderText(self.tr("「記入済みスキャンで試す…」を押すと、保存したテンプレートで読み取った結果がここに表示されます。"))
        self.table.setHorizontalHeaderLabels([self.tr("項目名"), self.tr("種類"), self.tr("グループ"), self.tr("枠 (x, y, 幅, 高さ)")])
        self.hint.setText(self.tr("白紙の様式を300dpiで開き、記入欄をドラッグで囲んで項目名と種類を付けます。"
                                  "チェック欄に同じグループ名を付けると「どれか1つ」のグループになります。"))
        for r in range(self.table.rowCount()):
            combo = self.table.cellWidget(r, COL_TYPE)
            for i, t in enumerate(EDITABLE_TYPES):
                combo.setItemText(i, self.tr(TYPE_LABELS[t]))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
        if not self.name_edit.text():
            self.name_edit.setText(Path(path).stem)

    # ---------------------------------------------------------------- zones
    def add_zone(self, rect: QRectF, name: str | None = None, ftype: str = "text") -> int:
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
        box_item = QTableWidgetItem(", ".join(map(str, box)))
        box_item.setFlags(box_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, COL_BOX, box_item)
        self._boxes.append(box)
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
        self.view.clear_boxes()
        for i, box in enumerate(self._boxes):
            self.view.add_box(str(i), box)

    def _selection_changed(self) -> None:
        row = self.table.currentRow()
        self.view.highlight(str(row) if row >= 0 else None)

    def set_zone(self, row: int, name: str, ftype: str, group: str = "") -> None:
        self.table.item(row, COL_NAME).setText(name)
        self.table.cellWidget(row, COL_TYPE).setCurrentIndex(EDITABLE_TYPES.index(ftype))
        self.table.item(row, COL_GROUP).setText(group)

    def build_template(self) -> Template:
        from desktop.services.forms.errors import TemplateError

        fields: list[Field] = []
        groups: dict[str, list[Option]] = {}
        order: list[str] = []
        for r in range(self.table.rowCount()):
            name = self.table.item(r, COL_NAME).text().strip()
            ftype = self.table.cellWidget(r, COL_TYPE).currentData()
            group = self.table.item(r, COL_GROUP).text().strip()
            if not name:
                raise TemplateError(self.tr("{n} 行目の項目に名前がありません。").format(n=r + 1))
            if ftype == "checkbox" and group:
                if group not in groups:
                    groups[group] = []
                    order.append(f"group:{group}")
                groups[group].append(Option(name, self._boxes[r]))
            else:
                order.append(name)
                fields.append(Field(name, ftype, self._boxes[r]))
        by_name = {f.name: f for f in fields}
        result: list[Field] = []
        for key in order:
            if key.startswith("group:"):
                g = key[6:]
                result.append(Field(g, "checkbox_group", None, rule="exactly_one", options=tuple(groups[g])))
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
