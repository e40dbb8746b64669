"""宛先帳 tab: import an address book (.xlsx/.csv) with a preview of rows that cannot be used, search by
name / organisation / old FAX number, groups (同報), and "add to recipients". GUI thread only; reading the file
runs through ctx.jobs."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout,
                               QHeaderView, QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.services.send.directory import ImportPreview, read_address_book
from desktop.ui.send import labels
from desktop.ui.send.contact_dialog import ContactDialog
from desktop.ui.widgets.flow_layout import FlowLayout
from desktop.ui.widgets.retranslate import Retranslating

ROLE = Qt.ItemDataRole.UserRole


class ImportPreviewDialog(Retranslating, QDialog):
    """Shows how many rows will be imported and every row that will not, with the reason."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendImportPreview")
        self.preview = preview
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.columns = QLabel()
        self.columns.setWordWrap(True)
        self.table = QTableWidget(len(preview.problems), 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)        # the file's own row numbers are column 1
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        for row, problem in enumerate(preview.problems):
            content = " / ".join(v for v in problem.values if v)
            for col, text in enumerate((str(problem.row), content, "")):
                item = QTableWidgetItem(text)
                item.setToolTip(content if col == 1 else problem.reason)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.columns)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("宛先帳の取り込み"))
        p = self.preview
        text = self.tr("{file}: {ok} 件を取り込めます。").format(file=p.source.name, ok=len(p.contacts))
        if p.problems:
            text += " " + self.tr("次の {n} 行は取り込めません（理由を確認してください）。").format(n=len(p.problems))
        self.summary.setText(text)
        names = {"name": self.tr("氏名"), "org": self.tr("所属"), "dept": self.tr("部署"), "fax": self.tr("FAX番号"),
                 "email": self.tr("メールアドレス"), "folder": self.tr("共有フォルダー"), "groups": self.tr("グループ")}
        used = "、".join(f"{names.get(f, f)} ← 「{h}」" for f, h in p.columns.items())
        columns = self.tr("読み取る列: {used}").format(used=used)
        if p.ignored_headers:
            columns += "\n" + self.tr("使わない列: {cols}").format(cols="、".join(p.ignored_headers))
        self.columns.setText(columns)
        for row, problem in enumerate(p.problems):
            self.table.item(row, 2).setText(labels.row_problem_text(problem))
        self.table.setHorizontalHeaderLabels([
            self.tr("行"), self.tr("内容"), self.tr("理由")])
        self.table.setAccessibleName(self.tr("取り込めない行"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("取り込む"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("やめる"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(p.contacts))



class DirectoryTab(Retranslating, QWidget):
    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.preview_dialog: ImportPreviewDialog | None = None
        self.contact_dialog: ContactDialog | None = None
        self.delete_box: QMessageBox | None = None
        self.new_button = QPushButton()
        self.new_button.setObjectName("directoryNew")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("directoryEdit")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("directoryDelete")
        self.import_button = QPushButton()
        self.search = QLineEdit()
        self.search.setObjectName("directorySearch")
        self.search.setClearButtonEnabled(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("directoryTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton()
        self.group_box = QComboBox()
        self.add_group_button = QPushButton()
        self.make_group_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.import_button)
        bottom = FlowLayout()   # wraps onto a second line rather than widen the page (English, 会議室モード, 1366 px)
        bottom.addWidget(self.add_button)
        bottom.addWidget(self.new_button)
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.delete_button)
        bottom.addSpacing(24)
        bottom.addWidget(self.group_box)
        bottom.addWidget(self.add_group_button)
        bottom.addWidget(self.make_group_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.search.textChanged.connect(self.refresh)
        self.import_button.clicked.connect(self._choose_file)
        self.add_button.clicked.connect(self.add_selected)
        self.new_button.clicked.connect(lambda: self.open_contact(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda *_: self.add_selected())
        self.add_group_button.clicked.connect(self.add_group)
        self.make_group_button.clicked.connect(self.make_group)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()
        self.refresh()

    def _update_buttons(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.add_button.setEnabled(chosen)
        self.make_group_button.setEnabled(chosen)
        one = len(self.selected_ids()) == 1
        self.edit_button.setEnabled(one)
        self.delete_button.setEnabled(chosen)
        has_groups = self.group_box.count() > 0
        self.group_box.setEnabled(has_groups)
        self.add_group_button.setEnabled(has_groups)

    def refresh(self) -> None:
        contacts = self.page.directory.search(self.search.text())
        self.table.setRowCount(len(contacts))
        for row, c in enumerate(contacts):
            for col, text in enumerate((c.name, c.org, c.dept, c.fax, c.email)):
                item = QTableWidgetItem(text)
                item.setData(ROLE, (c.email, " ".join(p for p in (c.org, c.dept, c.name) if p)))
                item.setData(ROLE + 1, c.id)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        current = self.group_box.currentText()
        self.group_box.clear()
        self.group_box.addItems(self.page.directory.groups())
        if current:
            self.group_box.setCurrentText(current)
        self._update_buttons()

    def selected(self) -> list[tuple[str, str]]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.table.item(r, 0).data(ROLE) for r in rows]

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.table.item(r, 0).data(ROLE + 1) for r in rows]

    # -- one entry: new / edit / delete ---------------------------------------------------------------
    def open_contact(self, contact) -> ContactDialog:
        dialog = ContactDialog(self.page.directory, contact, self)
        self.contact_dialog = dialog
        dialog.accepted.connect(lambda: self._contact_saved(dialog))
        dialog.finished.connect(lambda *_: setattr(self, "contact_dialog", None))
        dialog.open()
        return dialog

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        contact = self.page.directory.get(ids[0]) if len(ids) == 1 else None
        if contact is not None:
            self.open_contact(contact)

    def _contact_saved(self, dialog: ContactDialog) -> None:
        self.refresh()
        if dialog.saved is not None:
            self.page.ctx.status(self.tr("宛先帳に保存しました: {who}").format(who=dialog.saved.label))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        names = [c.label for c in (self.page.directory.get(i) for i in ids) if c]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("宛先の削除"),
                          self.tr("宛先帳から {n} 件を削除します。よろしいですか？").format(n=len(names)),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("directoryDeleteConfirm")
        box.setInformativeText("\n".join("・" + n for n in names[:10]) + ("\n…" if len(names) > 10 else ""))
        yes = box.addButton(self.tr("削除する"), QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(self.tr("やめる"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.finished.connect(lambda _r: self._delete_answered(box.clickedButton() is yes, ids))
        self.delete_box = box
        box.open()

    def _delete_answered(self, yes: bool, ids: list[int]) -> None:
        self.delete_box = None
        if not yes:
            return
        from desktop.services.send.errors import SendError

        removed = 0
        for contact_id in ids:
            try:
                self.page.directory.delete(contact_id)
                removed += 1
            except SendError:
                continue            # deleted meanwhile (another window): nothing to do
        self.page.ctx.status(self.tr("{n} 件を宛先帳から削除しました。").format(n=removed))
        self.refresh()

    def add_selected(self) -> None:
        self.page.compose.add_recipients(self.selected())
        self.page.show_compose()

    def add_group(self) -> None:
        self.page.compose.add_recipients([(c.email, " ".join(p for p in (c.org, c.dept, c.name) if p))
                                          for c in self.page.directory.group_members(self.group_box.currentText())])
        self.page.show_compose()

    def make_group(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        name, ok = QInputDialog.getText(self, self.tr("同報グループ"), self.tr("グループ名"))
        if ok and name.strip():
            self.page.directory.set_group(name.strip(), [a for a, _ in chosen])
            self.refresh()

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("宛先帳を選択"), str(self.page.ctx.work_folder()),
                                              self.tr("宛先帳 (*.xlsx *.csv)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        self.page.ctx.jobs.start(self.tr("宛先帳を読み込み"), lambda p, c: read_address_book(path),
                                 lane="parallel", on_success=self._show_preview)

    def _show_preview(self, preview: ImportPreview) -> None:
        dialog = ImportPreviewDialog(preview, self)
        self.preview_dialog = dialog
        dialog.accepted.connect(lambda: self._apply(preview))
        dialog.finished.connect(lambda *_: setattr(self, "preview_dialog", None))
        dialog.open()

    def _apply(self, preview: ImportPreview) -> None:
        count = self.page.directory.apply_import(preview)
        self.page.ctx.status(self.tr("{n} 件を宛先帳に取り込みました。").format(n=count))
        self.refresh()

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("宛先帳を取り込む…"))
        self.search.setPlaceholderText(self.tr("氏名・所属・旧FAX番号で検索"))
        self.table.setHorizontalHeaderLabels([
            self.tr("氏名"), self.tr("所属"), self.tr("部署"), self.tr("FAX番号"), self.tr("メールアドレス")])
        self.add_button.setText(self.tr("選択を宛先に追加"))
        self.new_button.setText(self.tr("新規…"))
        self.edit_button.setText(self.tr("編集…"))
        self.delete_button.setText(self.tr("削除"))
        self.add_group_button.setText(self.tr("グループを宛先に追加"))
        self.make_group_button.setText(self.tr("選択からグループを作成…"))
        for w, name in ((self.import_button, self.tr("宛先帳を取り込む")), (self.search, self.tr("宛先帳の検索")),
                        (self.table, self.tr("宛先帳")), (self.add_button, self.tr("選択を宛先に追加")),
                        (self.new_button, self.tr("宛先を新規登録")), (self.edit_button, self.tr("選択した宛先を編集")),
                        (self.delete_button, self.tr("選択した宛先を削除")),
                        (self.group_box, self.tr("同報グループ")), (self.add_group_button, self.tr("グループを宛先に追加")),
                        (self.make_group_button, self.tr("グループを作成"))):
            w.setAccessibleName(name)

