"""設定 (settings): every user setting from the schema, with values locked by the admin policy shown
read-only, the policy file in use and its warnings, and the self-test results. GUI thread only."""
from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from desktop.services.settings import SCHEMA
from desktop.ui.context import AppContext
from desktop.ui.policy_text import describe_warnings
from desktop.ui.selftest_text import describe_checks
from desktop.ui.widgets.retranslate import Retranslating

log = logging.getLogger(__name__)

# (group title, [(key, label)]) — labels are Japanese source strings in context "SettingsLabels".
GROUPS = [
    (QT_TRANSLATE_NOOP("SettingsLabels", "全般"), [
        ("language", QT_TRANSLATE_NOOP("SettingsLabels", "表示言語")),
        ("meeting_room_mode", QT_TRANSLATE_NOOP("SettingsLabels", "会議室モード（タッチ表示）")),
        ("work_folder", QT_TRANSLATE_NOOP("SettingsLabels", "作業フォルダ")),
        ("pdf_converter", QT_TRANSLATE_NOOP("SettingsLabels", "PDF変換（LibreOffice の soffice、空欄で自動）")),
    ]),
    (QT_TRANSLATE_NOOP("SettingsLabels", "議事録"), [
        ("model_dir", QT_TRANSLATE_NOOP("SettingsLabels", "モデルフォルダ")),
        ("whisper_model", QT_TRANSLATE_NOOP("SettingsLabels", "音声認識モデル")),
        ("whisper_device", QT_TRANSLATE_NOOP("SettingsLabels", "計算デバイス")),
        ("transcribe_language", QT_TRANSLATE_NOOP("SettingsLabels", "録音の言語")),
        ("allow_model_download", QT_TRANSLATE_NOOP("SettingsLabels", "モデルのダウンロードを許可")),
        ("glossary", QT_TRANSLATE_NOOP("SettingsLabels", "用語集（1行に1語）")),
        ("phantom_phrases", QT_TRANSLATE_NOOP("SettingsLabels", "除去する定型の誤認識（1行に1件）")),
    ]),
    (QT_TRANSLATE_NOOP("SettingsLabels", "紙→デジタル"), [
        ("forms_review_threshold", QT_TRANSLATE_NOOP("SettingsLabels", "確認に回す信頼度の下限")),
        ("forms_ledger_dates", QT_TRANSLATE_NOOP("SettingsLabels", "台帳の日付の書き方")),
    ]),
    (QT_TRANSLATE_NOOP("SettingsLabels", "FAXレス送信"), [
        ("smtp_host", QT_TRANSLATE_NOOP("SettingsLabels", "SMTPサーバー")),
        ("smtp_port", QT_TRANSLATE_NOOP("SettingsLabels", "ポート")),
        ("smtp_security", QT_TRANSLATE_NOOP("SettingsLabels", "暗号化")),
        ("smtp_user", QT_TRANSLATE_NOOP("SettingsLabels", "SMTPユーザー名")),
        ("smtp_from", QT_TRANSLATE_NOOP("SettingsLabels", "差出人アドレス")),
        ("internal_mail_domains", QT_TRANSLATE_NOOP("SettingsLabels", "庁内ドメイン（1行に1件）")),
        ("blocked_mail_domains", QT_TRANSLATE_NOOP("SettingsLabels", "送信禁止ドメイン（1行に1件）")),
        ("send_hold_seconds", QT_TRANSLATE_NOOP("SettingsLabels", "送信前の保留（秒）")),
    ]),
    (QT_TRANSLATE_NOOP("SettingsLabels", "電子決裁"), [
        ("approval_section_code", QT_TRANSLATE_NOOP("SettingsLabels", "文書記号（課の略称）")),
    ]),
    (QT_TRANSLATE_NOOP("SettingsLabels", "クラウド同期"), [
        ("cloud_endpoint", QT_TRANSLATE_NOOP("SettingsLabels", "WebDAV の URL")),
        ("cloud_root", QT_TRANSLATE_NOOP("SettingsLabels", "同期するリモートフォルダ")),
        ("sync_delete_threshold", QT_TRANSLATE_NOOP("SettingsLabels", "確認なしに削除できる割合")),
        ("sync_interval_minutes", QT_TRANSLATE_NOOP("SettingsLabels", "自動同期の間隔（分、0で無効）")),
    ]),
]


CHOICE_LABELS = {
    "cpu": QT_TRANSLATE_NOOP("SettingsLabels", "CPU"),
    "auto": QT_TRANSLATE_NOOP("SettingsLabels", "自動（GPUがあれば使用）"),
    "cuda": QT_TRANSLATE_NOOP("SettingsLabels", "GPU（CUDA）"),
    "ja": QT_TRANSLATE_NOOP("SettingsLabels", "日本語"),
    "en": QT_TRANSLATE_NOOP("SettingsLabels", "英語"),
    "starttls": QT_TRANSLATE_NOOP("SettingsLabels", "STARTTLS"),
    "tls": QT_TRANSLATE_NOOP("SettingsLabels", "SSL/TLS"),
    "none": QT_TRANSLATE_NOOP("SettingsLabels", "なし（暗号化しない）"),
    "seireki": QT_TRANSLATE_NOOP("SettingsLabels", "西暦（Excel の日付）"),
    "wareki": QT_TRANSLATE_NOOP("SettingsLabels", "和暦（文字列: 令和7年11月10日）"),
    "both": QT_TRANSLATE_NOOP("SettingsLabels", "両方（日付と和暦の2列）"),
}
CHOICE_LABELS_AUTO_LANGUAGE = QT_TRANSLATE_NOOP("SettingsLabels", "自動判定")


def _t(text: str) -> str:
    return QCoreApplication.translate("SettingsLabels", text)


def setting_label(key: str) -> str:
    """The translated label of a setting ("" for a key the page does not show)."""
    for _group, keys in GROUPS:
        for k, label in keys:
            if k == key:
                return _t(label)
    return ""


class SettingsPage(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsPage")
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.group_boxes: list[tuple[QGroupBox, str]] = []

        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        outer.addWidget(self.heading)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        col = QVBoxLayout(inner)
        for group_title, keys in GROUPS:
            box = QGroupBox()
            self.group_boxes.append((box, group_title))
            form = QFormLayout(box)
            for key, _label in keys:
                editor = self._make_editor(key)
                lab = QLabel()
                lab.setBuddy(editor)
                self.labels[key] = lab
                self.editors[key] = editor
                form.addRow(lab, editor)
            col.addWidget(box)
            if group_title == "議事録":      # the bureau server chosen by the policy, and the staff's token
                from desktop.ui.minutes.server_box import ServerTokenBox

                self.server_box = ServerTokenBox(ctx.settings, parent=inner, ctx=ctx)
                col.addWidget(self.server_box)
        self.policy_box = QGroupBox()
        pform = QVBoxLayout(self.policy_box)
        self.policy_label = QLabel()
        self.policy_label.setWordWrap(True)
        self.policy_label.setObjectName("policyInfo")
        pform.addWidget(self.policy_label)
        col.addWidget(self.policy_box)
        self.selftest_box = QGroupBox()
        sform = QVBoxLayout(self.selftest_box)
        self.selftest_button = QPushButton()
        self.selftest_button.clicked.connect(self.run_self_test)
        self.selftest_output = QPlainTextEdit()
        self.selftest_output.setReadOnly(True)
        self.selftest_output.setMinimumHeight(120)
        sform.addWidget(self.selftest_button)
        sform.addWidget(self.selftest_output)
        col.addWidget(self.selftest_box)
        col.addStretch(1)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        self.load_values()
        self.retranslate()
        if ctx.window is not None:
            ctx.window.meeting_room_changed.connect(self._sync_meeting_checkbox)

    # ---------------------------------------------------------------------------------------- editors
    def _make_editor(self, key: str) -> QWidget:
        spec = SCHEMA[key]
        if key == "language":
            editor = QComboBox()
            editor.addItem("日本語", "ja")
            editor.addItem("English", "en")
            editor.currentIndexChanged.connect(lambda _i, e=editor: self._language_chosen(e.currentData()))
        elif spec.choices:
            editor = QComboBox()
            for choice in spec.choices:
                editor.addItem(str(choice), choice)
            editor.setProperty("choiceKey", key)
            editor.currentIndexChanged.connect(lambda _i, k=key, e=editor: self._store(k, e.currentData()))
        elif spec.type is bool:
            editor = QCheckBox()
            if key == "meeting_room_mode":
                editor.toggled.connect(self._meeting_room_chosen)
            else:
                editor.toggled.connect(lambda v, k=key: self._store(k, v))
        elif spec.type is int:
            editor = QSpinBox()
            editor.setRange(0, 100000)
            editor.valueChanged.connect(lambda v, k=key: self._store(k, int(v)))
        elif spec.type is float:
            editor = QDoubleSpinBox()
            editor.setRange(0.0, 1.0)
            editor.setSingleStep(0.05)
            editor.valueChanged.connect(lambda v, k=key: self._store(k, float(v)))
        elif spec.type is list:
            editor = QPlainTextEdit()
            editor.setMaximumHeight(90)
            editor.textChanged.connect(lambda k=key, e=editor: self._store(
                k, [line.strip() for line in e.toPlainText().splitlines() if line.strip()]))
        else:
            editor = QLineEdit()
            editor.editingFinished.connect(lambda k=key, e=editor: self._store(k, e.text().strip()))
        editor.setObjectName(f"setting_{key}")
        return editor

    def load_values(self) -> None:
        settings = self.ctx.settings
        self._loading = True
        try:
            for key, editor in self.editors.items():
                value = settings.get(key)
                if isinstance(editor, QComboBox):
                    idx = editor.findData(value)
                    editor.setCurrentIndex(max(idx, 0))
                elif isinstance(editor, QCheckBox):
                    editor.setChecked(bool(value))
                elif isinstance(editor, (QSpinBox, QDoubleSpinBox)):
                    editor.setValue(value)
                elif isinstance(editor, QPlainTextEdit):
                    editor.setPlainText("\n".join(value))
                elif isinstance(editor, QLineEdit):
                    editor.setText(str(value))
                locked = settings.is_locked(key)
                editor.setEnabled(not locked)
                editor.setProperty("locked", locked)
        finally:
            self._loading = False

    def _store(self, key: str, value) -> None:
        if getattr(self, "_loading", False) or self.ctx.settings.is_locked(key):
            return
        try:
            self.ctx.settings.set(key, value)
        except (ValueError, TypeError) as exc:
            self.ctx.status(self.tr("設定値が正しくありません: {detail}").format(detail=exc))

    def _language_chosen(self, lang: str) -> None:
        if getattr(self, "_loading", False) or self.ctx.window is None:
            return
        self.ctx.window.set_language(lang)

    def _meeting_room_chosen(self, enabled: bool) -> None:
        if getattr(self, "_loading", False) or self.ctx.window is None:
            return
        self.ctx.window.set_meeting_room(enabled)

    def _sync_meeting_checkbox(self, enabled: bool) -> None:
        box = self.editors["meeting_room_mode"]
        self._loading = True
        box.setChecked(enabled)
        self._loading = False

    # ---------------------------------------------------------------------------------------- self-test
    def run_self_test(self) -> None:
        from desktop.services.selftest import run_all

        self.selftest_output.setPlainText(self.tr("確認中…"))
        self.selftest_button.setEnabled(False)

        def done(checks) -> None:
            self.selftest_button.setEnabled(True)
            self.selftest_output.setPlainText(describe_checks(checks))

        from desktop.ui.qt_health import checks as qt_checks

        qt_results = qt_checks()  # GUI thread: Qt checks must run here
        self.ctx.jobs.start(self.tr("自己診断"), lambda progress, cancel: qt_results + run_all(),
                            lane="parallel", on_success=done,
                            on_failure=lambda exc: self.selftest_button.setEnabled(True))

    # ---------------------------------------------------------------------------------------- i18n
    def retranslate(self) -> None:
        self.heading.setText(self.tr("設定"))
        for box, group_title in self.group_boxes:
            box.setTitle(_t(group_title))
        locked_suffix = self.tr("（管理者が固定）")
        for _group, keys in GROUPS:
            for key, label in keys:
                text = _t(label) + (locked_suffix if self.ctx.settings.is_locked(key) else "")
                self.labels[key].setText(text)
                self.editors[key].setAccessibleName(_t(label))
                if self.ctx.settings.is_locked(key):
                    self.editors[key].setToolTip(self.tr("この設定は管理者ポリシーで固定されています"))
        for key, editor in self.editors.items():
            if isinstance(editor, QComboBox) and editor.property("choiceKey"):
                for i in range(editor.count()):
                    value = editor.itemData(i)
                    label = CHOICE_LABELS_AUTO_LANGUAGE if (value == "auto" and key == "transcribe_language") \
                        else CHOICE_LABELS.get(value, str(value))
                    editor.setItemText(i, _t(label))
        self.policy_box.setTitle(self.tr("管理者ポリシー"))
        policy = self.ctx.settings.policy
        if policy.path is None:
            text = self.tr("ポリシーファイルはありません（既定値を使用）。")
        else:
            text = self.tr("ポリシーファイル: {path}").format(path=str(policy.path))
        if policy.registry_used:
            text += "\n" + self.tr("グループ ポリシー（レジストリ）: {count} 件の設定（ファイルより優先）").format(
                count=len(policy.registry_keys))
        if self.ctx.settings.warnings:
            text += "\n" + self.tr("警告:") + "\n" + "\n".join(describe_warnings(self.ctx.settings.warnings))
        self.policy_label.setText(text)
        self.selftest_box.setTitle(self.tr("自己診断"))
        self.selftest_button.setText(self.tr("自己診断を実行"))
        self.selftest_output.setAccessibleName(self.tr("自己診断の結果"))



def create_page(ctx: AppContext) -> QWidget:
    return SettingsPage(ctx)
