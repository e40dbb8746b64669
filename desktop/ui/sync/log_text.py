"""The sync engine's log lines (plain English, also in the CLI and the log file) in the user's language for the
同期のログ tab. A line it does not know is shown as it is (it names files; hiding it would hide what happened).
Any thread (``QCoreApplication.translate`` is reentrant)."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "SyncLog"

_OPS = {
    "upload": QT_TRANSLATE_NOOP("SyncLog", "アップロード"),
    "download": QT_TRANSLATE_NOOP("SyncLog", "ダウンロード"),
    "delete local": QT_TRANSLATE_NOOP("SyncLog", "この端末でごみ箱へ移動"),
    "delete remote": QT_TRANSLATE_NOOP("SyncLog", "サーバーから削除"),
    "conflict": QT_TRANSLATE_NOOP("SyncLog", "競合として両方残す"),
    "move remote": QT_TRANSLATE_NOOP("SyncLog", "サーバー上で名前変更・移動"),
    "record": QT_TRANSLATE_NOOP("SyncLog", "記録を更新"),
    "forget": QT_TRANSLATE_NOOP("SyncLog", "記録を整理"),
}
_REASONS = {
    "the local file changed during the sync": QT_TRANSLATE_NOOP("SyncLog", "同期中にこの端末のファイルが変更されました"),
    "symbolic link (not followed)": QT_TRANSLATE_NOOP("SyncLog", "ショートカット（シンボリックリンク）は同期しません"),
    "not a regular file": QT_TRANSLATE_NOOP("SyncLog", "通常のファイルではありません"),
    "character not allowed on Windows": QT_TRANSLATE_NOOP("SyncLog", "Windowsで使えない文字が名前にあります"),
    "name ends with a dot or space": QT_TRANSLATE_NOOP("SyncLog", "名前の最後が「.」か空白です"),
    "reserved Windows device name": QT_TRANSLATE_NOOP("SyncLog", "Windowsで予約された名前です"),
    "path too long": QT_TRANSLATE_NOOP("SyncLog", "フォルダーとファイルの名前が長すぎます"),
    "name too long (over 255 bytes)": QT_TRANSLATE_NOOP("SyncLog", "名前が長すぎます（255バイトを超えています）"),
    "looks the same as another name (differs only in Unicode form NFC/NFD)":
        QT_TRANSLATE_NOOP("SyncLog", "見た目が同じ別の名前があります（文字の合成形・分解形の違いだけ）"),
    "differs only in upper/lower case from another file":
        QT_TRANSLATE_NOOP("SyncLog", "大文字・小文字だけが違う別のファイルがあります"),
    "a symbolic link on this computer is in the way (not followed)":
        QT_TRANSLATE_NOOP("SyncLog", "この端末のショートカット（シンボリックリンク）の先には書き込みません"),
    "a file on this computer is in the way of a folder":
        QT_TRANSLATE_NOOP("SyncLog", "この端末に同じ名前のファイルがあり、フォルダーを作れません"),
    "a folder on this computer is in the way": QT_TRANSLATE_NOOP("SyncLog", "この端末に同じ名前のフォルダーがあります"),
    "the server listing gives an invalid size": QT_TRANSLATE_NOOP("SyncLog", "サーバーの一覧のサイズが不正です"),
    "the server listing gives an invalid ETag": QT_TRANSLATE_NOOP("SyncLog", "サーバーの一覧の識別子（ETag）が不正です"),
}
_RULES = [
    (re.compile(r"uploaded (.+)"), QT_TRANSLATE_NOOP("SyncLog", "アップロードしました: {1}")),
    (re.compile(r"downloaded (.+)"), QT_TRANSLATE_NOOP("SyncLog", "ダウンロードしました: {1}")),
    (re.compile(r"same content on both sides: (.+)"), QT_TRANSLATE_NOOP("SyncLog", "両方で同じ内容です: {1}")),
    (re.compile(r"conflict on (.+): both kept, this computer's version is now (.+)"),
     QT_TRANSLATE_NOOP("SyncLog", "競合: {1} は両方残しました。この端末の版は {2} です")),
    (re.compile(r"moved on the server: (.+) -> (.+)"), QT_TRANSLATE_NOOP("SyncLog", "サーバー上で移動しました: {1} → {2}")),
    (re.compile(r"moved to the trash \(deleted on the server\): (.+)"),
     QT_TRANSLATE_NOOP("SyncLog", "サーバーで削除されたため、ごみ箱フォルダーへ移しました: {1}")),
    (re.compile(r"deleted on the server: (.+)"), QT_TRANSLATE_NOOP("SyncLog", "サーバーから削除しました: {1}")),
    (re.compile(r"removed the empty server folder (.+)"), QT_TRANSLATE_NOOP("SyncLog", "サーバーの空のフォルダーを削除しました: {1}")),
    (re.compile(r"refused (.+?): (.+)"), QT_TRANSLATE_NOOP("SyncLog", "同期しません: {1}（{2}）")),
    (re.compile(r"postponed (.+?): (.+)"), QT_TRANSLATE_NOOP("SyncLog", "次回に持ち越し: {1}（{2}）")),
    (re.compile(r"could not sync (.+?): (.+)"), QT_TRANSLATE_NOOP("SyncLog", "同期できません（次回にもう一度）: {1}（{2}）")),
    (re.compile(r"failed (.+?): (.+)"), QT_TRANSLATE_NOOP("SyncLog", "失敗（次回にもう一度）: {1}（{2}）")),
]
_WITH_REASON = {r[1] for r in _RULES[-4:]}      # refused / postponed / could not sync / failed: the reason too
_WOULD = re.compile(r"would (" + "|".join(_OPS) + r") (.+) \((.+)\)")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _reason(text: str) -> str:
    if text in _REASONS:
        return _tr(_REASONS[text])
    if text.startswith("local file problem: "):
        return QCoreApplication.translate("SyncLog", "ファイルを開けません（Wordなどで開いていないか確認してください）")
    return text


def log_line_text(line: str) -> str:
    """``uploaded 議事録.docx`` → 「アップロードしました: 議事録.docx」 (unknown lines unchanged)."""
    m = _WOULD.fullmatch(line)
    if m:
        from desktop.ui.sync.texts import REASON_TEXT

        reason = m.group(3)
        reason = QCoreApplication.translate("SyncPage", REASON_TEXT[reason]) if reason in REASON_TEXT else reason
        return QCoreApplication.translate("SyncLog", "予定: {op} {path}（{reason}）").format(op=_tr(_OPS[m.group(1)]), path=m.group(2), reason=reason)
    for pattern, sentence in _RULES:
        m = pattern.fullmatch(line)
        if m:
            groups = list(m.groups())
            if len(groups) == 2 and sentence in _WITH_REASON:
                groups[1] = _reason(groups[1])
            return _tr(sentence).format(None, *groups)
    return line
