"""Translated sentences for approval errors shown by the job runner's error dialog."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.approval.errors import DraftInvalid, RecordError, RouteActionError, TemplateError


def _t(text: str) -> str:
    return QCoreApplication.translate("ApprovalErrors", text)


def register() -> None:
    from desktop.ui.errors import register_formatter

    register_formatter(DraftInvalid, lambda e: _t("起案に確認事項が残っています。確認事項の一覧を見てください。"))
    register_formatter(RecordError, lambda e: _t("決裁の記録を読み書きできません。") + "\n" + str(e))
    register_formatter(TemplateError, lambda e: _t("ひな形ファイルが正しくありません。") + "\n" + str(e))
    register_formatter(RouteActionError, lambda e: _t("この操作は現在の状態ではできません。") + "\n" + str(e))
