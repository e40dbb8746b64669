"""Translated sentences for approval errors shown by the job runner's error dialog."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.approval.errors import DraftInvalid, RecordError, RouteActionError, TemplateError


def _invalid(exc: BaseException) -> str:
    return QCoreApplication.translate("ApprovalErrors", "起案に確認事項が残っています。確認事項の一覧を見てください。")


def _record(exc: BaseException) -> str:
    return QCoreApplication.translate("ApprovalErrors", "決裁の記録を読み書きできません。") + "\n" + str(exc)


def _template(exc: BaseException) -> str:
    return QCoreApplication.translate("ApprovalErrors", "ひな形ファイルが正しくありません。") + "\n" + str(exc)


def _route(exc: BaseException) -> str:
    return QCoreApplication.translate("ApprovalErrors", "この操作は現在の状態ではできません。") + "\n" + str(exc)


def register() -> None:
    from desktop.ui.errors import register_formatter

    register_formatter(DraftInvalid, _invalid)
    register_formatter(RecordError, _record)
    register_formatter(TemplateError, _template)
    register_formatter(RouteActionError, _route)
