"""The self-test results in the user's language: each check's name and verdict translated; its detail (paths,
versions, the library's own message) kept as it is, on its own line, for the IT contact. GUI thread only."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.services.health import Check

_NAMES = {
    "config folder writable": QT_TRANSLATE_NOOP("SelfTest", "設定フォルダーに書き込める"),
    "data folder writable": QT_TRANSLATE_NOOP("SelfTest", "データフォルダーに書き込める"),
    "cache folder writable": QT_TRANSLATE_NOOP("SelfTest", "キャッシュフォルダーに書き込める"),
    "log folder writable": QT_TRANSLATE_NOOP("SelfTest", "ログフォルダーに書き込める"),
    "config folder": QT_TRANSLATE_NOOP("SelfTest", "設定フォルダー"),
    "data folder": QT_TRANSLATE_NOOP("SelfTest", "データフォルダー"),
    "cache folder": QT_TRANSLATE_NOOP("SelfTest", "キャッシュフォルダー"),
    "log folder": QT_TRANSLATE_NOOP("SelfTest", "ログフォルダー"),
    "resources": QT_TRANSLATE_NOOP("SelfTest", "同梱のリソース"),
    "bundled resources": QT_TRANSLATE_NOOP("SelfTest", "同梱のリソース"),
    "credential store": QT_TRANSLATE_NOOP("SelfTest", "資格情報ストア"),
    "admin policy": QT_TRANSLATE_NOOP("SelfTest", "管理者ポリシー"),
    "Qt platform": QT_TRANSLATE_NOOP("SelfTest", "画面表示（Qt）"),
    "Japanese font": QT_TRANSLATE_NOOP("SelfTest", "日本語フォント"),
    "approval templates": QT_TRANSLATE_NOOP("SelfTest", "電子決裁: 起案のひな形"),
    "approval record": QT_TRANSLATE_NOOP("SelfTest", "電子決裁: 回付の記録"),
    "LibreOffice": QT_TRANSLATE_NOOP("SelfTest", "PDF変換（LibreOffice）"),
    "LibreOffice (PDF output of 起案書 and 議事録)": QT_TRANSLATE_NOOP("SelfTest", "PDF変換（LibreOffice、起案書と議事録）"),
    "forms: OCR engine": QT_TRANSLATE_NOOP("SelfTest", "紙→デジタル: 文字認識（OCR）エンジン"),
    "forms: templates": QT_TRANSLATE_NOOP("SelfTest", "紙→デジタル: テンプレート"),
    "forms: OpenCV": QT_TRANSLATE_NOOP("SelfTest", "紙→デジタル: 画像処理（OpenCV）"),
    "minutes: Whisper runtime": QT_TRANSLATE_NOOP("SelfTest", "議事録: 音声認識（Whisper）"),
    "minutes: embedded model (base)": QT_TRANSLATE_NOOP("SelfTest", "議事録: 同梱の音声認識モデル（base）"),
    "minutes: voice activity model": QT_TRANSLATE_NOOP("SelfTest", "議事録: 発話区間の検出モデル"),
    "minutes: model folder": QT_TRANSLATE_NOOP("SelfTest", "議事録: モデルフォルダー"),
    "send: cover-sheet font": QT_TRANSLATE_NOOP("SelfTest", "FAXレス送信: 送付状のフォント"),
    "send: cover-sheet template": QT_TRANSLATE_NOOP("SelfTest", "FAXレス送信: 送付状のひな形"),
    "sync: credential store": QT_TRANSLATE_NOOP("SelfTest", "クラウド同期: 資格情報ストア"),
    "sync: WebDAV client (httpx)": QT_TRANSLATE_NOOP("SelfTest", "クラウド同期: WebDAV 接続（httpx）"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SelfTest", text)


def check_name(name: str) -> str:
    return _tr(_NAMES[name]) if name in _NAMES else name


def verdict(check: Check) -> str:
    if check.ok:
        return QCoreApplication.translate("SelfTest", "正常")
    if check.required:
        return QCoreApplication.translate("SelfTest", "問題あり")
    return QCoreApplication.translate("SelfTest", "確認を推奨")


def describe_checks(checks: list[Check]) -> str:
    """One line per check (「正常　日本語フォント」), its detail indented below."""
    lines = []
    for c in checks:
        lines.append(f"{verdict(c)}　{check_name(c.name)}")
        if c.detail:
            lines.append(f"　　{c.detail}")
    return "\n".join(lines)
