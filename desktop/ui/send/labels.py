"""Translated names of outbox states and send errors (registered with desktop.ui.errors)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.send import errors as e
from desktop.services.send.runner import OutboxBusy


def _t(text: str) -> str:
    return QCoreApplication.translate("SendLabels", text)


def state_label(state: str) -> str:
    return {
        "draft": _t("下書き"), "confirming": _t("確認中"), "held": _t("送信待ち（保留中）"),
        "sending": _t("送信中"), "sent": _t("送信済み"), "failed": _t("失敗"),
        "uncertain": _t("要確認（届いたか不明）"), "cancelled": _t("取り消し"),
    }.get(state, state)


def _params(exc) -> dict:
    return getattr(exc, "params", {}) or {}


def register() -> None:
    from desktop.ui.errors import register_formatter

    register_formatter(e.BlockedDomain, lambda x: _t("送信禁止ドメインの宛先が含まれています: {a}").format(
        a=", ".join(_params(x).get("addresses", []))))
    register_formatter(e.MissingAttachment, lambda x: _t("添付ファイルが見つからないか読み込めません: {p}").format(
        p=_params(x).get("path", "")) if _params(x).get("path") else str(x))
    register_formatter(e.InvalidRecipient, lambda x: _t("宛先が正しくありません。") + "\n" + str(x))
    register_formatter(e.FaxNumberNotFound, lambda x: _t("FAX番号 {n} は宛先帳にありません。").format(
        n=_params(x).get("number", "")))
    register_formatter(e.DirectoryImportError, lambda x: _t("宛先帳ファイルを読み込めませんでした。") + "\n" + str(x))
    register_formatter(e.CoverFontMissing, lambda x: _t("送付状に使う日本語フォントが見つかりません。") + "\n" + str(x))
    register_formatter(e.NotConfigured, lambda x: _t("送信の設定が不足しています（設定画面で入力してください）。")
                       + "\n" + str(x))
    register_formatter(OutboxBusy, lambda x: _t("送信処理は別のウィンドウまたはコマンドで実行中です。"))
    register_formatter(e.TransportFailure, lambda x: _t("送信できませんでした。") + "\n" + str(x))
