"""Translated sentences for the sync tool's typed errors (desktop.services.sync), each saying what to do.
The English ``str`` of an error stays in the log; only a server's own status code is shown, in brackets."""
from __future__ import annotations

from desktop.messages.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.services.sync import errors
from desktop.services.sync.conflicts import ConflictGone
from desktop.services.sync.identity import IdentityError
from desktop.services.sync.local_paths import UnsafeLocalPath

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
    return translate("SyncErrors", text)


def _field(exc) -> str:
    return str((getattr(exc, "params", {}) or {}).get("field", ""))


def not_configured(exc) -> str:
    text = NOT_CONFIGURED.get(_field(exc))
    return _t(text) if text else translate(
        "SyncErrors", "同期の準備ができていません。サインインし、クラウドのアドレスを設定してください。")


def identity_error(exc) -> str:
    text = IDENTITY.get(_field(exc))
    return _t(text) if text else translate(
        "SyncErrors", "保存されている職員IDの情報を読み込めませんでした。もう一度サインインしてください。")


def remote_error(exc) -> str:
    status = (getattr(exc, "params", {}) or {}).get("status")
    if getattr(exc, "code", "") == "sync.bad_endpoint":
        return translate("SyncErrors", "クラウドのアドレスは「https://」で始まるWebアドレスで入力してください。")
    text = translate("SyncErrors", "サーバーが予期しない応答を返しました。しばらくしてからもう一度同期してください。"
                                      "続く場合は情報システム担当に連絡してください。")
    return text + (f"（HTTP {status}）" if status else "")


def _unavailable(exc) -> str:
    return translate("SyncErrors", "クラウドのサーバーに接続できないか、応答がありません。ネットワークを確認して、後でもう一度同期してください。"
                                   "途中までの結果は保存されています。")


def _auth(exc) -> str:
    return translate("SyncErrors", "サーバーがサインインを拒否しました。職員IDとパスワードを確認して、もう一度サインインしてください。")


def _busy(exc) -> str:
    return translate("SyncErrors", "このフォルダーの同期は既に実行中です。")


def _remote_changed(exc) -> str:
    return translate("SyncErrors", "同期中にサーバーのファイルが変更されました。次回の同期でもう一度処理します。")


def _conflict_gone(exc) -> str:
    return translate("SyncErrors", "競合したファイルが作業フォルダーで移動・削除されています。一覧を更新しました。")


def _delete_guard(exc) -> str:
    p = getattr(exc, "params", {}) or {}
    count = len(p.get("local_deletes", [])) + len(p.get("remote_deletes", []))
    return translate("SyncErrors", "この同期では {count} 件のファイルが削除されるため、何も変更せずに止めました。"
                                   "削除してよいか確認して、削除するか、残す（相手側から戻す）かを選んでもう一度同期してください。"
                     ).format(count=count)


def _unsafe_path(exc) -> str:
    path = (getattr(exc, "params", {}) or {}).get("path", "")
    return translate("SyncErrors", "作業フォルダーの「{path}」は、ショートカット（シンボリックリンク）や同じ名前のフォルダー・ファイルが"
                                   "じゃまをしているため同期しませんでした。名前を変えるか移動してから、もう一度同期してください。"
                     ).format(path=path)


def _sync(exc) -> str:
    return translate("SyncErrors", "同期できませんでした。しばらくしてからもう一度同期してください。続く場合は情報システム担当に連絡してください。")


SENTENCES = {
    errors.SyncError: _sync,
    errors.RemoteUnavailable: _unavailable,
    errors.AuthenticationFailed: _auth,
    errors.NotConfigured: not_configured,
    errors.SyncBusy: _busy,
    errors.RemoteError: remote_error,
    errors.RemoteChanged: _remote_changed,
    errors.DeleteGuardTriggered: _delete_guard,
    IdentityError: identity_error,
    ConflictGone: _conflict_gone,
    UnsafeLocalPath: _unsafe_path,
}
