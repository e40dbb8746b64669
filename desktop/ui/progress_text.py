"""Services report progress in short plain English (``progress(0.3, "3/10 pages")``) and hold no user text;
this module turns those messages into the user's language for the status bar and the pages' progress
labels. A message it does not know is not shown (a silent label beats developer English in a Japanese UI);
caption data that the minutes page reads from the same channel (``partial\\t…``, ``final\\t…``) is never
status text. GUI thread only."""
from __future__ import annotations

import logging
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

log = logging.getLogger(__name__)

_SYNC_OPS = {
    "upload": QT_TRANSLATE_NOOP("ProgressText", "アップロード中"),
    "download": QT_TRANSLATE_NOOP("ProgressText", "ダウンロード中"),
    "delete_local": QT_TRANSLATE_NOOP("ProgressText", "このPCから削除中"),
    "delete_remote": QT_TRANSLATE_NOOP("ProgressText", "サーバーから削除中"),
    "conflict": QT_TRANSLATE_NOOP("ProgressText", "競合を処理中"),
    "move_remote": QT_TRANSLATE_NOOP("ProgressText", "サーバー上で移動中"),
    "record": QT_TRANSLATE_NOOP("ProgressText", "記録を更新中"),
    "forget": QT_TRANSLATE_NOOP("ProgressText", "記録を整理中"),
}

# (pattern over the whole message, sentence with {1}, {2}… = the pattern's groups; None = keep as is)
_RULES: list[tuple[re.Pattern[str], str | None]] = [
    (re.compile(r"(partial|final)\t.*", re.S), ""),
    (re.compile(r"done|Sync finished"), QT_TRANSLATE_NOOP("ProgressText", "完了")),
    (re.compile(r"ready"), QT_TRANSLATE_NOOP("ProgressText", "準備ができました")),
    (re.compile(r"loading model"), QT_TRANSLATE_NOOP("ProgressText", "音声認識モデルを読み込み中")),
    (re.compile(r"reading audio"), QT_TRANSLATE_NOOP("ProgressText", "音声を読み込み中")),
    (re.compile(r"loading the OCR engine"), QT_TRANSLATE_NOOP("ProgressText", "文字認識（OCR）エンジンを読み込み中")),
    (re.compile(r"(\d+)/(\d+) pages"), QT_TRANSLATE_NOOP("ProgressText", "{1}/{2} ページ")),
    (re.compile(r"converting to PDF"), QT_TRANSLATE_NOOP("ProgressText", "PDFに変換中")),
    (re.compile(r"writing docx"), QT_TRANSLATE_NOOP("ProgressText", "Word文書を作成中")),
    (re.compile(r"Listing files"), QT_TRANSLATE_NOOP("ProgressText", "ファイルの一覧を取得中")),
    (re.compile(r"Preview ready"), QT_TRANSLATE_NOOP("ProgressText", "プレビューができました")),
    (re.compile(r"waiting (\d+) s for held messages"),
     QT_TRANSLATE_NOOP("ProgressText", "保留中のメールの送信まであと {1} 秒")),
    (re.compile(r"sending to (.+)"), QT_TRANSLATE_NOOP("ProgressText", "{1} に送信中")),
    (re.compile(r"sent (\d+), failed (\d+), uncertain (\d+), waiting for retry (\d+)(?:; stopped: .*)?"),
     QT_TRANSLATE_NOOP("ProgressText", "送信 {1} 件、失敗 {2} 件、未確認 {3} 件、再試行待ち {4} 件")),
    (re.compile(r"\d+:\d\d(:\d\d)? / \d+:\d\d(:\d\d)?"), None),  # 0:12 / 3:45
    (re.compile(r"[\d\s./:%()-]+"), None),                       # numbers only
]
_SYNC_RULE = re.compile(r"(" + "|".join(_SYNC_OPS) + r"): (.+)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProgressText", text)


def translate_progress(message: str) -> str:
    """The user-language text for a service progress message ("" = show nothing)."""
    message = (message or "").strip()
    if not message:
        return ""
    for pattern, sentence in _RULES:
        match = pattern.fullmatch(message)
        if match:
            if sentence is None:
                return message
            return _tr(sentence).format(None, *match.groups()) if sentence else ""
    match = _SYNC_RULE.fullmatch(message)
    if match:  # 「アップロード中: 報告書/4月.xlsx」
        return f"{_tr(_SYNC_OPS[match.group(1)])}: {match.group(2)}"
    log.debug("progress message without a translation, not shown: %r", message)
    return ""
