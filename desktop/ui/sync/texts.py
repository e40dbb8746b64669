"""The sync page's fixed texts: operation names, the planner's reasons (plain English from the service) in the
user's language, and which account state an error means. Shared by the page and the log translator."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

OP_TEXT = {"upload": QT_TRANSLATE_NOOP("SyncPage", "アップロード"),
           "download": QT_TRANSLATE_NOOP("SyncPage", "ダウンロード"),
           "delete_local": QT_TRANSLATE_NOOP("SyncPage", "ごみ箱へ移動（この端末）"),
           "delete_remote": QT_TRANSLATE_NOOP("SyncPage", "サーバーから削除"),
           "conflict": QT_TRANSLATE_NOOP("SyncPage", "競合（両方残す）"),
           "move_remote": QT_TRANSLATE_NOOP("SyncPage", "サーバー上で名前変更・移動")}

# The planner's reasons (plain English, also in the CLI and log) shown in the user's language.
REASON_TEXT = {
    "new on both sides": QT_TRANSLATE_NOOP("SyncPage", "両方で新しく作成"),
    "new on this computer": QT_TRANSLATE_NOOP("SyncPage", "この端末で新しく作成"),
    "new on the server": QT_TRANSLATE_NOOP("SyncPage", "サーバーで新しく作成"),
    "deleted on both sides": QT_TRANSLATE_NOOP("SyncPage", "両方で削除済み"),
    "deleted here but changed on the server (the change wins)":
        QT_TRANSLATE_NOOP("SyncPage", "この端末で削除、サーバーで変更（変更を優先）"),
    "deleted on this computer": QT_TRANSLATE_NOOP("SyncPage", "この端末で削除"),
    "deleted on the server but changed here (the change wins)":
        QT_TRANSLATE_NOOP("SyncPage", "サーバーで削除、この端末で変更（変更を優先）"),
    "deleted on the server": QT_TRANSLATE_NOOP("SyncPage", "サーバーで削除"),
    "changed on both sides": QT_TRANSLATE_NOOP("SyncPage", "両方で変更"),
    "changed on this computer": QT_TRANSLATE_NOOP("SyncPage", "この端末で変更"),
    "changed on the server": QT_TRANSLATE_NOOP("SyncPage", "サーバーで変更"),
    "kept: copied back to the server": QT_TRANSLATE_NOOP("SyncPage", "残す: サーバーに戻す"),
    "kept: copied back to this computer": QT_TRANSLATE_NOOP("SyncPage", "残す: この端末に戻す"),
}


def server_state_for(exc: BaseException) -> str:
    """The account box's server state after ``exc`` (see AccountBox.state_text)."""
    from desktop.services.sync import errors

    if isinstance(exc, errors.AuthenticationFailed):
        return "rejected"
    if isinstance(exc, errors.RemoteUnavailable):
        return "unreachable"
    if isinstance(exc, errors.NotConfigured):
        return "unknown"
    return "error"


MOVED_FROM = "renamed or moved from "
