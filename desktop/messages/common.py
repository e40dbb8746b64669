"""Sentences for the app-wide errors (desktop.services.errors), PDF conversion (LibreOffice), which the
approval and minutes tools share, and the operating system's own failures (OSError)."""
from __future__ import annotations

from desktop.messages.catalogue import translate
from desktop.messages.os_errors import os_error_text
from desktop.services import errors as e
from desktop.services.common.pdf_convert import (ConversionFailed, ConversionTimedOut, ConverterNotFound,
                                                 PdfConvertError)


def _params(exc: BaseException) -> dict:
    return getattr(exc, "params", {}) or {}


def _crashed(exc: BaseException) -> str:
    return translate("Errors", "処理中のプロセスが予期せず終了しました。アプリは引き続き使えます。詳細はログを確認してください。")


def _credential_store(exc: BaseException) -> str:
    return translate("Errors", "資格情報ストアを利用できません。Windows の資格情報マネージャーが使えるか、"
                               "情報システム担当に確認してください。")


def _policy(exc: BaseException) -> str:
    return translate("Errors", "組織の設定（管理者ポリシー）を読み込めなかったため、安全な既定値で動いています。"
                               "情報システム担当に連絡してください。")


def _cancelled(exc: BaseException) -> str:
    return translate("Errors", "処理を取り消しました。")


def _not_found(exc: BaseException) -> str:
    path = _params(exc).get("path", "")
    if path:
        return translate("PdfErrors", "設定の「PDF変換」に指定された {path} が見つかりません。正しい場所を指定するか、空欄にして自動で探すようにしてください。").format(path=path)  # noqa: E501
    return translate("PdfErrors", "LibreOffice がインストールされていないため、PDF を作成できません。情報システム担当に LibreOffice のインストールを依頼するか、設定の「PDF変換」に soffice の場所を指定してください。Word 文書（.docx）は出力できます。")  # noqa: E501


def _failed(exc: BaseException) -> str:
    detail = _params(exc).get("detail", "")
    text = translate("PdfErrors", "PDF に変換できませんでした。文書が壊れているか、Word 文書ではない可能性があります。以前の PDF はそのまま残っています。")  # noqa: E501
    return text + ("\n" + translate("PdfErrors", "LibreOffice の出力: {detail}").format(detail=detail) if detail else "")


def _timed_out(exc: BaseException) -> str:
    return translate("PdfErrors", "PDF 変換が時間内に終わらなかったため中止しました。もう一度お試しください。")


def _pdf(exc: BaseException) -> str:
    return translate("PdfErrors", "PDF を作成できませんでした。もう一度お試しください。Word 文書（.docx）は出力できます。")


SENTENCES = {
    e.ChildProcessCrashed: _crashed,
    e.CredentialStoreError: _credential_store,
    e.PolicyError: _policy,
    e.Cancelled: _cancelled,
    PdfConvertError: _pdf,
    ConverterNotFound: _not_found,
    ConversionFailed: _failed,
    ConversionTimedOut: _timed_out,
    OSError: os_error_text,  # disk full, no permission, ... (strerror is English everywhere)
}
