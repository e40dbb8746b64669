"""Translated sentences for the sync tool's typed errors (shown by desktop.ui.errors), each saying what to do.
The English ``str`` of an error stays in the log; only a server's own status code is shown, in brackets."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.services.sync import errors
from desktop.services.sync.conflicts import ConflictGone
from desktop.services.sync.identity import IdentityError
from desktop.ui.errors import register_formatter

NOT_CONFIGURED = {
    "cloud_endpoint": QT_TRANSLATE_NOOP("SyncErrors", "クラウドのアドレス（WebDAV）が入力されていません。同期の画面の"
                                                      "「クラウドのアドレス」に入力してください。"),
    "identity": QT_TRANSLATE_NOOP("SyncErrors", "職員IDでサインインしていません。「サインイン」を押して、職員IDと"
                                                "パスワードを入力してください。"),
    "password": QT_TRANSLATE_NOOP("SyncErrors", "クラウドのパスワードが保存されていません。もう一度サインインしてください。"),
}
IDENTITY = {
    "staff_id": QT_TRANSLATE_NOOP("SyncErrors", "職員IDが正しくありません。半角の英数字（と . _ - @）で入力してください。"),
    "mail": QT_TRANSLATE_NOOP("SyncErrors", "メールアドレスの形式が正しくありません。「@」を含む半角で入力してください。"),
    "profile": QT_TRANSLATE_NOOP("SyncErrors", "プロファイル名には半角の英数字と . _ - だけが使えます。"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("SyncErrors", text)


def _field(exc) -> str:
    return str((getattr(exc, "params", {}) or {}).get("field", ""))


def not_configured(exc) -> str:
    text = NOT_CONFIGURED.get(_field(exc))
    return _t(text) if text else QCoreApplication.translate(
        "SyncErrors", "同期の準備ができていません。サインインし、クラウドのアドレスを設定してください。")


def identity_error(exc) -> str:
    text = IDENTITY.get(_field(exc))
    return _t(text) if text else QCoreApplication.translate(
        "SyncErrors", "保存されている職員IDの情報を読み込めませんでした。もう一度サインインしてください。")


def remote_error(exc) -> str:
    status = (getattr(exc, "params", {}) or {}).get("status")
    if getattr(exc, "code", "") == "sync.bad_endpoint":
        return QCoreApplication.translate("SyncErrors", "クラウドのアドレスは「https://」で始まるWebアドレスで入力してください。")
    text = QCoreApplication.translate("SyncErrors", "サーバーが予期しない応答を返しました。しばらくしてからもう一度同期してください。"
                                      "続く場合は情報システム担当に連絡してください。")
    return text + (f"（HTTP {status}）" if status else "")


def register_formatters() -> None:
    register_formatter(errors.RemoteUnavailable, lambda exc: QCoreApplication.translate("SyncErrors",
        "クラウドのサーバーに接続できないか、応答がありません。ネットワークを確認して、後でもう一度同期してください。"
        "途中までの結果は保存されています。"))
    register_formatter(errors.AuthenticationFailed, lambda exc: QCoreApplication.translate("SyncErrors",
        "サーバーがサインインを拒否しました。職員IDとパスワードを確認して、もう一度サインインしてください。"))
    register_formatter(errors.NotConfigured, not_configured)
    register_formatter(errors.SyncBusy, lambda exc: QCoreApplication.translate("SyncErrors", "このフォルダーの同期は既に実行中です。"))
    register_formatter(errors.RemoteError, remote_error)
    register_formatter(errors.RemoteChanged, lambda exc: QCoreApplication.translate("SyncErrors",
        "同期中にサーバーのファイルが変更されました。次回の同期でもう一度処理します。"))
    register_formatter(IdentityError, identity_error)
    register_formatter(ConflictGone, lambda exc: QCoreApplication.translate("SyncErrors",
        "競合したファイルが作業フォルダーで移動・削除されています。一覧を更新しました。"))
