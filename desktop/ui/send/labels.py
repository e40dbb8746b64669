"""Translated names of outbox states and send errors (registered with desktop.ui.errors)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.send import errors as e
from desktop.services.send.runner import OutboxBusy




def state_label(state: str) -> str:
    labels = {
        "draft": QCoreApplication.translate("SendLabels", "下書き"),
        "confirming": QCoreApplication.translate("SendLabels", "確認中"),
        "held": QCoreApplication.translate("SendLabels", "送信待ち（保留中）"),
        "sending": QCoreApplication.translate("SendLabels", "送信中"),
        "sent": QCoreApplication.translate("SendLabels", "送信済み"),
        "failed": QCoreApplication.translate("SendLabels", "失敗"),
        "uncertain": QCoreApplication.translate("SendLabels", "要確認（届いたか不明）"),
        "cancelled": QCoreApplication.translate("SendLabels", "取り消し"),
    }
    return labels.get(state, state)


def _p(exc, key: str, default=""):
    return (getattr(exc, "params", {}) or {}).get(key, default)


def register() -> None:
    from desktop.ui.errors import register_formatter

    def blocked(x):
        return QCoreApplication.translate("SendLabels", "送信禁止ドメインの宛先が含まれています: {a}").format(
            a=", ".join(_p(x, "addresses", [])))

    def missing(x):
        if not _p(x, "path"):
            return str(x)
        return QCoreApplication.translate("SendLabels", "添付ファイルが見つからないか読み込めません: {p}").format(p=_p(x, "path"))

    def fax(x):
        return QCoreApplication.translate("SendLabels", "FAX番号 {n} は宛先帳にありません。").format(n=_p(x, "number"))

    register_formatter(e.BlockedDomain, blocked)
    register_formatter(e.MissingAttachment, missing)
    register_formatter(e.FaxNumberNotFound, fax)
    register_formatter(e.InvalidRecipient,
                       lambda x: QCoreApplication.translate("SendLabels", "宛先が正しくありません。") + "\n" + str(x))
    register_formatter(e.DirectoryImportError, lambda x: QCoreApplication.translate(
        "SendLabels", "宛先帳ファイルを読み込めませんでした。") + "\n" + str(x))
    register_formatter(e.CoverFontMissing, lambda x: QCoreApplication.translate(
        "SendLabels", "送付状に使う日本語フォントが見つかりません。") + "\n" + str(x))
    register_formatter(e.NotConfigured, lambda x: QCoreApplication.translate(
        "SendLabels", "送信の設定が不足しています（設定画面で入力してください）。") + "\n" + str(x))
    register_formatter(OutboxBusy, lambda x: QCoreApplication.translate(
        "SendLabels", "送信処理は別のウィンドウまたはコマンドで実行中です。"))
    register_formatter(e.TransportFailure, lambda x: QCoreApplication.translate(
        "SendLabels", "送信できませんでした。") + "\n" + str(x))
