"""Sentences for the forms tool's typed errors (desktop.services.forms)."""
from __future__ import annotations

from desktop.messages.catalogue import translate
from desktop.services.forms.errors import (EncryptedPdf, FormsError, LedgerChanged, LedgerError, LedgerLocked,
                                           PageTooLarge, TemplateError, UnreadableInput)


def _path(e: BaseException) -> str:
    """The file the error is about, on its own line (the English detail is behind 「詳細を表示」)."""
    path = (getattr(e, "params", {}) or {}).get("path")
    return f"\n{path}" if path else ""


def _ledger_locked(e: BaseException) -> str:
    return translate(
        "FormsErrors", "台帳ファイルが他のプログラム（Excel など）で開かれています。閉じてから「台帳に書き出す」を押してください。"
        "確定済みの記録は保存されています。")


def _ledger_changed(e: BaseException) -> str:
    return translate(
        "FormsErrors", "台帳ファイルが書き込み中に他の人に変更されました。何も書き込んでいません。"
        "もう一度「台帳に書き出す」を押してください。")


def _ledger(e: BaseException) -> str:
    return translate(
        "FormsErrors", "このファイルには書き出せません（この帳票の台帳ではないか、Excel（.xlsx）・CSV ではありません）。"
        "別の台帳ファイルを選ぶか、新しい名前で書き出してください。") + _path(e)


def _encrypted(e: BaseException) -> str:
    return translate(
        "FormsErrors", "パスワード付きのPDFは読み取れません。パスワードを外してから読み込んでください。") + _path(e)


def _unreadable(e: BaseException) -> str:
    return translate(
        "FormsErrors", "ファイルを読み取れませんでした（画像・PDFではないか、壊れています）。") + _path(e)


def _too_large(e: BaseException) -> str:
    return translate(
        "FormsErrors", "ページの画素数が多すぎるため読み取りませんでした。300 dpi 程度でスキャンし直してください。") + _path(e)


def _template(e: BaseException) -> str:
    return translate("FormsErrors", "テンプレートに問題があります。") + _path(e)


def _forms(e: BaseException) -> str:
    return translate("FormsErrors", "帳票の読み取りでエラーが発生しました。ファイルとテンプレートを確認して、もう一度お試しください。")


SENTENCES = {
    FormsError: _forms,
    LedgerError: _ledger,
    LedgerLocked: _ledger_locked,
    LedgerChanged: _ledger_changed,
    EncryptedPdf: _encrypted,
    UnreadableInput: _unreadable,
    PageTooLarge: _too_large,
    TemplateError: _template,
}
