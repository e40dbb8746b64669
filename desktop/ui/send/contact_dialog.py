"""One address-book entry, new or edited (宛先帳 → 新規 / 編集). Saving goes through the directory service, which
checks the address, the FAX number and duplicates; a problem is said inside the dialog, which stays open with
everything typed. GUI thread only (a single SQLite write)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.services.send.directory import Contact, Directory
from desktop.services.send.errors import SendError
from desktop.ui.widgets.retranslate import Retranslating

FIELDS = ("name", "org", "dept", "email", "fax", "groups")


class ContactDialog(Retranslating, QDialog):
    def __init__(self, directory: Directory, contact: Contact | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendContactDialog")
        self.directory = directory
        self.contact = contact
        self.saved: Contact | None = None
        self.edits = {k: QLineEdit() for k in FIELDS}
        for key, edit in self.edits.items():
            edit.setObjectName(f"contact_{key}")
        if contact is not None:
            for key in ("name", "org", "dept", "email", "fax"):
                self.edits[key].setText(getattr(contact, key))
            self.edits["groups"].setText("; ".join(contact.groups))
        self.captions = {k: QLabel() for k in FIELDS}
        self.problem = QLabel()
        self.problem.setObjectName("contactProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        for key in FIELDS:
            form.addRow(self.captions[key], self.edits[key])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        for edit in self.edits.values():
            edit.textChanged.connect(self._update)
        self.retranslate()
        self._update()

    def entered(self) -> Contact:
        text = {k: e.text().strip() for k, e in self.edits.items()}
        groups = tuple(g.strip() for g in text["groups"].replace("、", ";").replace(",", ";").split(";") if g.strip())
        return Contact(name=text["name"], org=text["org"], dept=text["dept"], fax=text["fax"], email=text["email"],
                       folder=self.contact.folder if self.contact else "", groups=groups,
                       id=self.contact.id if self.contact else None)

    def _update(self) -> None:
        ok = bool(self.edits["email"].text().strip()) and bool(self.edits["name"].text().strip()
                                                               or self.edits["org"].text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def accept(self) -> None:
        from desktop.ui.errors import describe

        try:
            if self.contact is None or self.contact.id is None:
                self.saved = self.directory.create(self.entered())
            else:
                self.saved = self.directory.update(self.contact.id, self.entered())
        except SendError as exc:
            self.problem.setText(describe(exc))
            self.problem.show()
            return
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("宛先の新規登録") if self.contact is None else self.tr("宛先の編集"))
        for key, text in (("name", self.tr("氏名")), ("org", self.tr("所属")), ("dept", self.tr("部署")),
                          ("email", self.tr("メールアドレス")), ("fax", self.tr("旧FAX番号")),
                          ("groups", self.tr("同報グループ"))):
            self.captions[key].setText(text)
            self.edits[key].setAccessibleName(text)
        self.edits["groups"].setPlaceholderText(self.tr("複数あるときは「;」で区切ります"))
        self.edits["fax"].setPlaceholderText(self.tr("例: 03-5321-1111（なくても構いません）"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("キャンセル"))

