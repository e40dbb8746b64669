"""One row per field on the review page: the field's crop from the scan beside an editor for its value.

Text fields get a line edit, a checkbox a check box, a checkbox group one check box per option. Enter moves to
the next row (``advance`` signal); problems are shown under the value and re-checked as the user types.

A field that is valid and confident is shown collapsed on one line (name, value; its crop appears when it gets
the focus), so a clerk sees a whole form at 1366×768. A field with doubtful characters shows them marked in a
Mincho font, where 一 (kanji one) and ー (long vowel) look different, each with its name and the recogniser's
runner-up (「ー（長音記号）？ 候補: 一（漢数字のいち）」). GUI thread only.
"""
from __future__ import annotations

import datetime as dt

import html
import unicodedata

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
                               QWidget)

from desktop.services.common.wareki import format_wareki
from desktop.services.forms.extract import FieldResult
from desktop.services.forms.template import Field
from desktop.services.forms.validate import Problem, revalidate
from desktop.ui.forms.scan_view import pixmap_from_bytes
from desktop.ui.widgets.flow_layout import FlowLayout

PROBLEM_TEXT = {
    "required": QT_TRANSLATE_NOOP("FieldRow", "必須項目が空です"),
    "invalid_date": QT_TRANSLATE_NOOP("FieldRow", "日付として正しくありません"),
    "invalid_postal": QT_TRANSLATE_NOOP("FieldRow", "郵便番号の形式（123-4567）ではありません"),
    "invalid_phone": QT_TRANSLATE_NOOP("FieldRow", "電話番号の形式ではありません"),
    "invalid_number": QT_TRANSLATE_NOOP("FieldRow", "数値ではありません"),
    "not_kana": QT_TRANSLATE_NOOP("FieldRow", "カタカナではありません"),
    "pattern": QT_TRANSLATE_NOOP("FieldRow", "決められた形式と一致しません"),
    "too_long": QT_TRANSLATE_NOOP("FieldRow", "文字数が多すぎます"),
    "group_none": QT_TRANSLATE_NOOP("FieldRow", "選択されていません"),
    "group_multiple": QT_TRANSLATE_NOOP("FieldRow", "複数選択されています（1つだけ選んでください）"),
}


CHAR_NAMES = {
    "ー": QT_TRANSLATE_NOOP("FieldRow", "長音記号"), "一": QT_TRANSLATE_NOOP("FieldRow", "漢数字のいち"),
    "-": QT_TRANSLATE_NOOP("FieldRow", "ハイフン"), "ト": QT_TRANSLATE_NOOP("FieldRow", "カタカナのト"),
    "卜": QT_TRANSLATE_NOOP("FieldRow", "漢字のぼく"), "ロ": QT_TRANSLATE_NOOP("FieldRow", "カタカナのロ"),
    "口": QT_TRANSLATE_NOOP("FieldRow", "漢字のくち"), "ニ": QT_TRANSLATE_NOOP("FieldRow", "カタカナのニ"),
    "二": QT_TRANSLATE_NOOP("FieldRow", "漢数字のに"), "カ": QT_TRANSLATE_NOOP("FieldRow", "カタカナのカ"),
    "力": QT_TRANSLATE_NOOP("FieldRow", "漢字のちから"), "エ": QT_TRANSLATE_NOOP("FieldRow", "カタカナのエ"),
    "工": QT_TRANSLATE_NOOP("FieldRow", "漢字のこう"), "\u3000": QT_TRANSLATE_NOOP("FieldRow", "全角スペース"),
    " ": QT_TRANSLATE_NOOP("FieldRow", "スペース"),
}
DOUBT_FONT = "'IPAexMincho', 'IPAex明朝', 'Noto Serif CJK JP', serif"


def display_text(field: Field, value: object, raw: str) -> str:
    """How a value is shown for editing (dates in 和暦 for 和暦 fields)."""
    if isinstance(value, dt.date):
        if field.type == "date_wareki":
            return format_wareki(value)
        return f"{value.year}年{value.month}月{value.day}日"
    if value is None:
        return raw
    return str(value)


class FieldRow(QFrame):
    advance = Signal()        # Enter pressed: go to the next field
    confirm = Signal()        # Ctrl+Enter pressed: confirm the whole record
    focused = Signal(str)     # field name got the keyboard focus

    def __init__(self, field: Field, result: FieldResult, threshold: float, parent=None) -> None:
        super().__init__(parent)
        self.field = field
        self.result = result
        self.threshold = threshold
        self.setObjectName("fieldRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.compact = not (result.problems or result.confidence < threshold)   # known right: one line
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 1 if self.compact else 3, 6, 1 if self.compact else 3)
        outer.setSpacing(0 if self.compact else 2)
        head = QHBoxLayout()
        self.name_label = QLabel(field.name)
        self.name_label.setObjectName("fieldName")
        self.conf_label = QLabel()
        head.addWidget(self.name_label)
        if not self.compact:
            head.addStretch(1)
        head.addWidget(self.conf_label)
        outer.addLayout(head)
        self.crop = QLabel()
        self.crop.setAccessibleName(self.tr("{name} の読み取り画像").format(name=field.name))
        self.crop.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.crop.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.crop.setObjectName("fieldCrop")
        self._crop_pixmap = pixmap_from_bytes(result.crop_image) if result.crop_image else None
        outer.addWidget(self.crop)
        self.doubt_label = QLabel()
        self.doubt_label.setObjectName("fieldDoubt")
        self.doubt_label.setTextFormat(Qt.TextFormat.RichText)
        self.doubt_label.setWordWrap(True)
        self._rescale_crop()
        self.editors: list[QWidget] = []
        # a group of check boxes wraps onto a second line rather than widen the row past the panel (連絡方法 with
        # five boxes was cut on the right in 会議室モード at 1366×768, its 信頼度 out of sight)
        editor_box = QVBoxLayout() if field.type != "checkbox_group" else FlowLayout()
        if field.type == "checkbox":
            cb = QCheckBox(self.tr("チェックあり"))
            cb.setChecked(bool(result.value))
            self.editors.append(cb)
        elif field.type == "checkbox_group":
            chosen = set(result.value or [])
            for opt in field.options:
                cb = QCheckBox(opt.label)
                cb.setChecked(opt.label in chosen)
                self.editors.append(cb)
        else:
            edit = QLineEdit(display_text(field, result.value, result.raw_text))
            edit.setClearButtonEnabled(True)
            self.editors.append(edit)
        for ed in self.editors:
            ed.setAccessibleName(field.name if len(self.editors) == 1 else f"{field.name}: {ed.text()}")
            ed.installEventFilter(self)
            editor_box.addWidget(ed)
            if isinstance(ed, QLineEdit):
                ed.textEdited.connect(lambda _t: self.recheck())
            else:
                ed.toggled.connect(lambda _c: self.recheck())
        self.problem_label = QLabel()
        self.problem_label.setObjectName("fieldProblem")
        self.problem_label.setWordWrap(True)
        if self.compact:          # name, value and confidence on one line; the crop only while focused
            head.insertLayout(1, editor_box, 1)
            self.name_label.setMinimumWidth(110)
            self.crop.hide()
        else:
            outer.addLayout(editor_box)
        outer.addWidget(self.doubt_label)
        outer.addWidget(self.problem_label)
        self.problems: list[Problem] = list(result.problems)
        self.current_editor = 0   # which editor Enter is at (kept without relying on window focus)
        self._show_doubts()
        self._show_state()

    def doubtful(self) -> list[int]:
        """Positions of the characters of the shown value whose probability is low."""
        text = self.editors[0].text() if isinstance(self.editors[0], QLineEdit) else ""
        if not self.result.char_conf or len(self.result.char_conf) != len(text):
            return []
        return [i for i, p in enumerate(self.result.char_conf) if p < 0.9]

    def _char_name(self, ch: str) -> str:
        if ch in CHAR_NAMES:
            return self.tr(CHAR_NAMES[ch])
        if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
            return self.tr("漢字")
        if "\u30a0" <= ch <= "\u30ff":
            return self.tr("カタカナ")
        if "\u3040" <= ch <= "\u309f":
            return self.tr("ひらがな")
        try:
            return unicodedata.name(ch).lower()
        except ValueError:
            return f"U+{ord(ch):04X}"

    def _show_doubts(self) -> None:
        marks = self.doubtful()
        if not marks or self.changed():
            self.doubt_label.hide()
            return
        text = self.editors[0].text()
        parts = []
        for i, ch in enumerate(text):
            shown = "␣" if ch in " \u3000" else html.escape(ch)
            if i in marks:
                parts.append(f"<span style='background:#ffcc80; color:#b71c1c; border-bottom:2px solid #b71c1c;'>"
                             f"<u>{shown}</u></span>")
            else:
                parts.append(shown)
        notes = []
        alts = self.result.alts if len(self.result.alts) == len(text) else [""] * len(text)
        for i in marks[:4]:
            note = self.tr("{n}文字目「{ch}」（{name}）").format(n=i + 1, ch=text[i], name=self._char_name(text[i]))
            if alts[i]:
                note += self.tr(" 候補「{alt}」（{name}）").format(alt=alts[i], name=self._char_name(alts[i]))
            notes.append(html.escape(note))
        self.doubt_label.setText(f"<span style=\"font-family:{DOUBT_FONT}; font-size:13pt;\">{''.join(parts)}</span>"
                                 f"<br><small>{self.tr('要確認の文字')}: {' / '.join(notes)}</small>")
        self.doubt_label.setAccessibleName(self.tr("{name} の要確認の文字").format(name=self.field.name))
        self.doubt_label.show()

    def _rescale_crop(self) -> None:
        pm = self._crop_pixmap
        if pm is None or pm.isNull():
            return
        width = max(120, min(pm.width() // 2, self.width() - 24))
        scaled = pm.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        if scaled.height() > 52:      # a tall zone would push the other fields off the screen
            scaled = pm.scaledToHeight(52, Qt.TransformationMode.SmoothTransformation)
        self.crop.setPixmap(scaled)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._rescale_crop()

    # ---------------------------------------------------------------- state
    def priority(self) -> tuple[int, float]:
        """Sort key: invalid first, then low confidence, then the rest (by confidence)."""
        if self.result.problems:
            return (0, self.result.confidence)
        if self.result.confidence < self.threshold:
            return (1, self.result.confidence)
        return (2, 0.0)

    def needs_attention(self) -> bool:
        return bool(self.problems) or self.result.confidence < self.threshold

    def value(self) -> object:
        if self.field.type == "checkbox":
            return self.editors[0].isChecked()
        if self.field.type == "checkbox_group":
            return [o.label for o, cb in zip(self.field.options, self.editors) if cb.isChecked()]
        return self.editors[0].text()

    def checked_value(self) -> tuple[object, list[Problem]]:
        return revalidate(self.field, self.value())

    def changed(self) -> bool:
        value, _ = self.checked_value()
        return value != self.result.value

    def recheck(self) -> None:
        _value, self.problems = self.checked_value()
        self._show_doubts()
        self._show_state()

    def _show_state(self) -> None:
        conf = self.result.confidence
        if self.result.origin == "text_layer":   # read from the PDF's own text, not recognised from pixels
            self.conf_label.setText(self.tr("PDFの文字情報から読み取り"))
        elif self.result.origin == "form_field":  # typed into a fillable PDF's form field
            self.conf_label.setText(self.tr("PDFの入力欄から読み取り"))
        else:
            self.conf_label.setText(self.tr("信頼度 {pct}%").format(pct=int(conf * 100)))
        texts = [self.tr(PROBLEM_TEXT.get(p.code, p.code)) for p in self.problems]
        if not self.problems and conf < self.threshold and not self.changed():
            texts.append(self.tr("読み取りの信頼度が低いため確認してください"))
        self.problem_label.setText("\n".join(texts))
        self.problem_label.setVisible(bool(texts))
        state = "invalid" if self.problems else ("low" if conf < self.threshold else "ok")
        self.setProperty("state", state)
        colours = {"invalid": "#c62828", "low": "#ef6c00", "ok": "#9e9e9e"}
        width = 1 if self.compact and state == "ok" else 2
        self.setStyleSheet(f"QFrame#fieldRow {{ border: {width}px solid {colours[state]}; border-radius: 6px; }}"
                           f"QLabel#fieldProblem {{ color: {colours[state] if state != 'ok' else '#333'}; }}"
                           "QLabel#fieldName { font-weight: bold; }")

    def show_crop(self, shown: bool) -> None:
        """A collapsed row shows its crop only while it is the field being worked on."""
        if self.compact:
            self.crop.setVisible(shown)

    def focus_editor(self) -> None:
        self.current_editor = 0
        ed = self.editors[0]
        ed.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(ed, QLineEdit):
            ed.selectAll()

    def retranslate(self) -> None:
        self._show_state()

    # ---------------------------------------------------------------- keys
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        enter = event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.confirm.emit()
            return True
        if enter:
            idx = self.editors.index(obj) if obj in self.editors else -1
            if 0 <= idx < len(self.editors) - 1:  # inside a group: next option first
                self.current_editor = idx + 1
                self.editors[idx + 1].setFocus(Qt.FocusReason.TabFocusReason)
            else:
                self.advance.emit()
            return True
        if event.type() == QEvent.Type.FocusIn:
            if obj in self.editors:
                self.current_editor = self.editors.index(obj)
            self.focused.emit(self.field.name)
        return super().eventFilter(obj, event)
