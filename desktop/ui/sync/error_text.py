"""Translated sentences for the sync tool's typed errors (shown by desktop.ui.errors)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.sync import errors
from desktop.services.sync.identity import IdentityError
from desktop.ui.errors import register_formatter


def register_formatters() -> None:
    register_formatter(errors.RemoteUnavailable, lambda exc: QCoreApplication.translate("SyncErrors",
        "クラウドのサーバーに接続できないか、応答がありません。ネットワークを確認して、後でもう一度同期してください。"
        "途中までの結果は保存されています。"))
    register_formatter(errors.AuthenticationFailed, lambda exc: QCoreApplication.translate("SyncErrors",
        "サーバーがサインインを拒否しました。職員IDとパスワードを確認して、もう一度サインインしてください。"))
    register_formatter(errors.NotConfigured, lambda exc: QCoreApplication.translate("SyncErrors",
        "同期の準備ができていません。サインインし、クラウドのアドレスを設定してください。"))
    register_formatter(errors.SyncBusy, lambda exc: QCoreApplication.translate("SyncErrors", "このフォルダーの同期は既に実行中です。"))
    register_formatter(errors.RemoteError, lambda exc: QCoreApplication.translate("SyncErrors", "サーバーが予期しない応答を返しました。") + "\n" + str(exc))
    register_formatter(IdentityError, lambda exc: QCoreApplication.translate("SyncErrors", "職員IDの情報が正しくありません。") + "\n" + str(exc))
