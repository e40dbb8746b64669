"""Problems with the admin policy or the settings file, said in the user's language (the service keeps the
plain English sentence for the CLI and the log). GUI thread only."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.services.policy import PolicyWarning

# PolicyWarning.kind -> sentence ({path}, {name} = the setting, {where} = 「（3 行目）」 or "")
_TEXTS = {
    "unreadable": QT_TRANSLATE_NOOP("PolicyText", "ポリシーファイル {path} を読み取れません{where}。安全な既定値を使います。"),
    "not_table": QT_TRANSLATE_NOOP("PolicyText", "ポリシーファイル {path} の形式が正しくありません。安全な既定値を使います。"),
    "settings_not_table": QT_TRANSLATE_NOOP("PolicyText", "ポリシーファイル {path} の [settings] が正しくないため、無視しました。"),
    "unknown_setting": QT_TRANSLATE_NOOP("PolicyText", "ポリシーファイル {path}: 不明な設定 {name} を無視しました。"),
    "bad_value": QT_TRANSLATE_NOOP("PolicyText", "ポリシーファイル {path}: 設定 {name} の値が正しくないため、無視しました。"),
    "locked_not_list": QT_TRANSLATE_NOOP("PolicyText",
                                         "ポリシーファイル {path} の [locked] が一覧ではないため、何も固定していません。"),
    "lock_unknown": QT_TRANSLATE_NOOP("PolicyText", "ポリシーファイル {path}: 不明な設定 {name} は固定できません。"),
    "settings_unreadable": QT_TRANSLATE_NOOP("PolicyText", "設定ファイル {path} を読み取れません{where}。既定値を使います。"),
}


def _setting_name(key: str) -> str:
    from desktop.ui.settings_page import setting_label

    label = setting_label(key)
    return f"「{label}」（{key}）" if label else f"「{key}」"


def _where(detail: str) -> str:
    """A parser's position (``at line 3, column 7``) as 「（3 行目）」; the parser's English is dropped."""
    match = re.search(r"line (\d+)", detail or "")
    return QCoreApplication.translate("PolicyText", "（{line} 行目）").format(line=match.group(1)) if match else ""


def describe_warning(warning: str) -> str:
    """The user-language sentence for one warning of ``Settings.warnings``."""
    if not isinstance(warning, PolicyWarning) or warning.kind not in _TEXTS:
        return str(warning)
    text = QCoreApplication.translate("PolicyText", _TEXTS[warning.kind])
    return text.format(path=str(warning.path or ""), name=_setting_name(warning.key), where=_where(warning.detail))


def describe_warnings(warnings: list[str]) -> list[str]:
    return [describe_warning(w) for w in warnings]
