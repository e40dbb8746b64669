"""The header/body/attachments form of a 起案 (everything except the route).

GUI thread only. ``changed`` fires on every edit (the page autosaves on a timer). ``widget_for(field)`` maps
a validation field id to the widget to focus.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QSize, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy, QStyle,
                               QStyleOptionFrame, QVBoxLayout, QWidget)

from desktop.services.approval.model import (DECISION_TYPES, DISCLOSURE_TYPES, ENFORCEMENT_METHODS, RETENTIONS,
                                             Attachment, Draft)
from desktop.services.common.wareki import format_wareki
from desktop.ui.widgets.flow_layout import FlowLayout
from desktop.ui.widgets.retranslate import Retranslating


def _combo(items, editable: bool = False) -> QComboBox:
    box = QComboBox()
    box.setEditable(editable)
    box.addItem("")
    box.addItems(list(items))
    return box


def _set_combo(box: QComboBox, value: str) -> None:
    index = box.findText(value)
    if index < 0 and value:
        box.addItem(value)
        index = box.count() - 1
    box.setCurrentIndex(max(index, 0))


class _ShortEdit(QLineEdit):
    """A short field (内線) never narrower than a typical entry or its text: in 会議室モード at 1366×768 the row's
    share left it narrower than 「21-345」 (the padding of the touch style sheet takes its part)."""

    SAMPLE = "000-0000"

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        text = max((self.text(), self.placeholderText(), self.SAMPLE), key=metrics.horizontalAdvance)
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        inner = QSize(metrics.horizontalAdvance(text) + 8, metrics.height())   # + the line edit's own margins
        width = self.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, inner, self).width()
        return QSize(max(hint.width(), width), hint.height())


class DraftForm(Retranslating, QWidget):
    changed = Signal()
    attach_requested = Signal()
    number_requested = Signal()

    def __init__(self, classifications: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.attachments: list[Attachment] = []
        self.subject = QLineEdit()
        self.drafter_name = QLineEdit()
        self.drafter_name.setReadOnly(True)   # the 起案者 is the signed-in staff member, not typed
        self.drafter_section = QLineEdit()
        self.drafter_phone = _ShortEdit()
        self.drafter_phone.textChanged.connect(lambda _t: self.drafter_phone.updateGeometry())
        self.drafted_on = QDateEdit()
        self.drafted_on.setCalendarPopup(True)
        self.drafted_on.setDisplayFormat("yyyy/MM/dd")
        self.wareki = QLabel()
        self.wareki.setWordWrap(True)      # a narrow form (labels above the fields) wraps it, never scrolls
        self.doc_number = QLineEdit()
        self.number_button = QPushButton()
        self.classification = _combo(classifications, editable=True)
        self.retention = _combo(RETENTIONS)
        self.decision_type = _combo(DECISION_TYPES)
        self.enforcement = _combo(ENFORCEMENT_METHODS)
        self.disclosure = _combo(DISCLOSURE_TYPES)
        self.body = QPlainTextEdit()
        self.body.setMinimumHeight(160)
        self.attachment_list = QListWidget()
        self.attachment_list.setMinimumHeight(70)
        self.attachment_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self._fit_attachment_list()
        self.body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.attach_button = QPushButton()
        self.remove_attachment_button = QPushButton()

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels: dict[str, QLabel] = {}
        date_row = QHBoxLayout()
        date_row.addWidget(self.drafted_on)
        date_row.addWidget(self.wareki, 1)
        number_row = QHBoxLayout()
        number_row.addWidget(self.doc_number, 1)
        number_row.addWidget(self.number_button)
        drafter_row = QHBoxLayout()
        drafter_row.addWidget(self.drafter_name, 3)
        drafter_row.addWidget(self.drafter_phone, 1)
        att_buttons = FlowLayout()      # they wrap in a narrow form
        att_buttons.addWidget(self.attach_button)
        att_buttons.addWidget(self.remove_attachment_button)
        att_buttons.addStretch(1)
        att_box = QVBoxLayout()
        att_box.addWidget(self.attachment_list)
        att_box.addLayout(att_buttons)
        for key, field in (("subject", self.subject), ("section", self.drafter_section), ("drafter", drafter_row),
                           ("drafted_on", date_row),
                           ("doc_number", number_row), ("classification", self.classification),
                           ("retention", self.retention), ("decision_type", self.decision_type),
                           ("enforcement", self.enforcement), ("disclosure", self.disclosure),
                           ("body", self.body), ("attachments", att_box)):
            label = QLabel()
            self.labels[key] = label
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)

        for w in (self.subject, self.drafter_name, self.drafter_section, self.drafter_phone, self.doc_number):
            w.textChanged.connect(self._emit)
        for box in (self.classification, self.retention, self.decision_type, self.enforcement, self.disclosure):
            box.currentTextChanged.connect(self._emit)
        self.body.textChanged.connect(self._emit)
        self.drafted_on.dateChanged.connect(self._date_changed)
        self.attach_button.clicked.connect(self.attach_requested)
        self.number_button.clicked.connect(self.number_requested)
        self.remove_attachment_button.clicked.connect(self._remove_attachment)
        self.retranslate()

    # -- i18n --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {"subject": self.tr("件名"), "section": self.tr("起案者所属"), "drafter": self.tr("起案者"),
                 "drafted_on": self.tr("起案日"),
                 "doc_number": self.tr("文書記号番号"), "classification": self.tr("文書分類"),
                 "retention": self.tr("保存年限"), "decision_type": self.tr("決裁区分"),
                 "enforcement": self.tr("施行方法"), "disclosure": self.tr("公開区分"), "body": self.tr("伺い文"),
                 "attachments": self.tr("添付文書")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.drafter_section.setPlaceholderText(self.tr("所属（例: 総務局総務部総務課）"))
        self.drafter_name.setPlaceholderText(self.tr("サインインした職員（同期ページでサインイン）"))
        self.subject.setPlaceholderText(self.tr("例: 庁舎清掃業務委託契約の締結について"))
        self.drafter_phone.setPlaceholderText(self.tr("内線"))
        self.doc_number.setPlaceholderText(self.tr("例: 6総総第1234号"))   # short: it was cut in 会議室モード
        self.doc_number.setToolTip(self.tr("例: 6総総第1234号（提出前に採番）"))
        self.number_button.setText(self.tr("採番"))
        self.attach_button.setText(self.tr("ファイルを添付…"))
        self.remove_attachment_button.setText(self.tr("添付を外す"))
        names = {self.subject: self.tr("件名"), self.drafter_name: self.tr("起案者氏名"),
                 self.drafter_section: self.tr("起案者所属"), self.drafter_phone: self.tr("内線番号"),
                 self.drafted_on: self.tr("起案日"), self.doc_number: self.tr("文書記号番号"),
                 self.number_button: self.tr("文書記号番号を採番"), self.classification: self.tr("文書分類"),
                 self.retention: self.tr("保存年限"), self.decision_type: self.tr("決裁区分"),
                 self.enforcement: self.tr("施行方法"), self.disclosure: self.tr("公開区分"),
                 self.body: self.tr("伺い文"), self.attachment_list: self.tr("添付文書の一覧"),
                 self.attach_button: self.tr("ファイルを添付"), self.remove_attachment_button: self.tr("添付を外す")}
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self._update_wareki()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_attachment_list()
        super().changeEvent(event)  # Retranslating: the language switch → retranslate()

    # labels beside their fields need this much width for the fields; narrower (the route table beside the draft
    # in English 会議室モード at 1366×768), the labels go above their fields instead of the form scrolling sideways
    FIELD_WIDTH = 240

    def side_by_side_width(self) -> int:
        margins = self.layout().contentsMargins()
        labels = max(label.sizeHint().width() for label in self.labels.values())
        spacing = max(self.form.horizontalSpacing(), 0)
        return margins.left() + margins.right() + labels + spacing + self.FIELD_WIDTH

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        policy = (QFormLayout.RowWrapPolicy.WrapLongRows if event.size().width() >= self.side_by_side_width()
                  else QFormLayout.RowWrapPolicy.WrapAllRows)
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)
        super().resizeEvent(event)

    def _fit_attachment_list(self) -> None:
        """About six lines high in the current font (meeting-room mode enlarges fonts)."""
        self.attachment_list.setMaximumHeight(self.attachment_list.fontMetrics().lineSpacing() * 6 + 8)

    # -- data --------------------------------------------------------------------------------------
    def set_draft(self, draft: Draft) -> None:
        self._loading = True
        try:
            self.subject.setText(draft.subject)
            self.drafter_name.setText(draft.drafter.name)
            self.drafter_section.setText(draft.drafter.section)
            self.drafter_phone.setText(draft.drafter.phone)
            day = draft.drafted_date() or dt.date.today()
            self.drafted_on.setDate(QDate(day.year, day.month, day.day))
            self.doc_number.setText(draft.doc_number)
            _set_combo(self.classification, draft.classification)
            _set_combo(self.retention, draft.retention)
            _set_combo(self.decision_type, draft.decision_type)
            _set_combo(self.enforcement, draft.enforcement)
            _set_combo(self.disclosure, draft.disclosure)
            self.body.setPlainText(draft.body)
            self.attachments = list(draft.attachments)
            self._fill_attachments()
            self._update_wareki()
        finally:
            self._loading = False

    def set_locked(self, locked: bool) -> None:
        """Read-only while the draft circulates: its content is frozen at 提出."""
        for w in (self.subject, self.drafter_section, self.drafter_phone, self.doc_number):
            w.setReadOnly(locked)
        self.body.setReadOnly(locked)
        for w in (self.drafted_on, self.classification, self.retention, self.decision_type, self.enforcement,
                  self.disclosure, self.number_button, self.attach_button, self.remove_attachment_button):
            w.setEnabled(not locked)

    def apply_to(self, draft: Draft) -> None:
        draft.subject = self.subject.text().strip()
        draft.drafter.name = self.drafter_name.text().strip()
        draft.drafter.section = self.drafter_section.text().strip()
        draft.drafter.phone = self.drafter_phone.text().strip()
        draft.drafted_on = self.drafted_on.date().toPython().isoformat()
        draft.doc_number = self.doc_number.text().strip()
        draft.classification = self.classification.currentText().strip()
        draft.retention = self.retention.currentText()
        draft.decision_type = self.decision_type.currentText()
        draft.enforcement = self.enforcement.currentText()
        draft.disclosure = self.disclosure.currentText()
        draft.body = self.body.toPlainText()
        draft.attachments = list(self.attachments)

    def add_attachments(self, attachments: list[Attachment]) -> None:
        known = {a.path for a in self.attachments}
        self.attachments.extend(a for a in attachments if a.path not in known)
        self._fill_attachments()
        self._emit()

    def widget_for(self, field: str) -> QWidget | None:
        if field.startswith("attachments"):
            if "[" in field:
                self.attachment_list.setCurrentRow(int(field.split("[")[1].rstrip("]")))
            return self.attachment_list
        return {"subject": self.subject, "drafter.name": self.drafter_name,
                "drafter.section": self.drafter_section, "drafted_on": self.drafted_on,
                "doc_number": self.doc_number, "classification": self.classification,
                "retention": self.retention, "decision_type": self.decision_type,
                "enforcement": self.enforcement, "disclosure": self.disclosure, "body": self.body}.get(field)

    # -- internals ---------------------------------------------------------------------------------
    def _fill_attachments(self) -> None:
        self.attachment_list.clear()
        for att in self.attachments:
            item = QListWidgetItem(f"{att.title or Path(att.path).name}  ({att.size:,} B, SHA-256 {att.sha256[:12]}…)")
            item.setToolTip(f"{att.path}\nSHA-256 {att.sha256}")
            self.attachment_list.addItem(item)

    def _remove_attachment(self) -> None:
        row = self.attachment_list.currentRow()
        if 0 <= row < len(self.attachments):
            del self.attachments[row]
            self._fill_attachments()
            self._emit()

    def _date_changed(self, *_):
        self._update_wareki()
        self._emit()

    def _update_wareki(self) -> None:
        try:
            self.wareki.setText(format_wareki(self.drafted_on.date().toPython()))
        except ValueError:
            self.wareki.setText("")

    def _emit(self, *_):
        if not self._loading:
            self.changed.emit()
