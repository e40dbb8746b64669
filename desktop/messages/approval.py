"""Sentences for the approval (電子決裁) tool's typed errors (desktop.services.approval)."""
from __future__ import annotations

from desktop.messages.catalogue import translate
from desktop.services.approval import errors as e
from desktop.services.approval.desk import CirculationUnavailable
from desktop.services.approval.pades import PdfSignError
from desktop.services.approval.shared_numbering import NumberingError
from desktop.services.approval.signing import SigningError


def _params(exc: BaseException) -> dict:
    return getattr(exc, "params", {}) or {}


def _path(exc: BaseException) -> str:
    path = _params(exc).get("path")
    return f"\n{path}" if path else ""


def _invalid(exc: BaseException) -> str:
    return translate("ApprovalErrors", "起案に確認事項が残っています。確認事項の一覧を見てください。")


def _record(exc: BaseException) -> str:
    # the English detail (which file, what is wrong) is behind 「詳細を表示」 / on the CLI's 詳細 line
    return translate("ApprovalErrors", "決裁の記録を読み書きできません。") + _path(exc)


def _template(exc: BaseException) -> str:
    return translate("ApprovalErrors", "ひな形ファイルが正しくありません。") + _path(exc)


def route_error_text(code: str, detail: str = "") -> str:
    """A translated sentence for a refused route action (``RouteActionError.code``)."""
    texts = {
        "approval.not_your_step": translate(
            "ApprovalMessages", "この段階を決裁できるのは、経路で指名された職員だけです。閲覧のみできます。"),
        "approval.not_drafter": translate(
            "ApprovalMessages", "提出・取下げ・再提出は起案者（サインインした本人）だけができます。"),
        "approval.no_actor": translate(
            "ApprovalMessages", "サインインしていません。同期ページで職員IDでサインインしてください。"),
        "approval.reason_required": translate(
            "ApprovalMessages", "理由を入力してください。"),
        "approval.delegate_not_final": translate(
            "ApprovalMessages", "代決は最終段階でのみできます。"),
        "approval.stale": translate(
            "ApprovalMessages", "この起案は他の職員の操作で先に進んでいます。最新の状態を確認してください。"),
        "approval.already": translate(
            "ApprovalMessages", "この合議にはすでに同意しています。"),
        "approval.package_missing": translate(
            "ApprovalMessages", "提出された起案がまだこのPCに届いていません。「決裁待ち」で送受信してください。"),
        "approval.package_changed": translate(
            "ApprovalMessages", "回付中の起案の内容が提出時から変わっています。決裁できません（差戻しを求めてください）。"),
    }
    text = texts.get(code)
    if text is not None:
        return text
    if not detail:
        return translate("ApprovalMessages", "この操作は現在の状態ではできません。最新の状態を確認してください。")
    return translate("ApprovalMessages", "この操作は現在の状態ではできません（{detail}）。").format(detail=detail)


def _route(exc: BaseException) -> str:  # the English detail is behind 「詳細を表示」 / on the CLI's 詳細 line
    return route_error_text(getattr(exc, "code", ""))


def _approval(exc: BaseException) -> str:
    if getattr(exc, "code", "") == "approval.no_section":
        return translate("ApprovalErrors", "文書番号を付けるには課の略称（例: 総総）が必要です。「設定」の「文書記号（課の略称）」を入力してください。")
    return translate("ApprovalErrors", "電子決裁の処理でエラーが発生しました。内容を確認して、もう一度お試しください。")


def _draft_file(exc: BaseException) -> str:
    return translate("ApprovalErrors", "起案のファイルを読み込めませんでした。壊れているか、起案のファイルではありません。") + _path(exc)


def _template_not_found(exc: BaseException) -> str:
    return translate("ApprovalErrors", "ひな形「{name}」がありません。一覧にあるひな形から選んでください。").format(
        name=_params(exc).get("name", ""))


def _circulation(exc: BaseException) -> str:
    if _params(exc).get("field") == "cloud_endpoint":
        return translate("ApprovalErrors", "回付に使う共有フォルダーのアドレスが設定されていません。クラウド同期の画面で"
                                           "「クラウドのアドレス」を入力してください。")
    return translate("ApprovalErrors", "回付するには職員IDでのサインインが必要です。サインインしてからもう一度お試しください。")


def _signing(exc: BaseException) -> str:
    code = getattr(exc, "code", "")
    if code == "approval.key_passphrase":
        return translate("ApprovalErrors", "職員の鍵ファイルを開けませんでした。パスフレーズを確認して、もう一度入力してください。")
    if code == "approval.key_unreadable":
        return translate("ApprovalErrors", "職員の鍵ファイル（.p12）を読み込めませんでした。ファイルの場所を確認してください。")
    if code == "approval.ca_unreadable":
        return translate("ApprovalErrors", "局の認証局（CA）証明書を読み込めませんでした。「設定」の CA 証明書のファイルを"
                                           "確認するか、情報システム担当に連絡してください。")
    return translate("ApprovalErrors", "この鍵では電子署名できません（RSA か EC の鍵だけが使えます）。情報システム担当に連絡してください。")


def _pdf_sign(exc: BaseException) -> str:
    return translate("ApprovalErrors", "起案書の PDF に電子署名できませんでした。PDF をもう一度作成してから、署名し直してください。")


def _numbering(exc: BaseException) -> str:
    if getattr(exc, "code", "") == "approval.numbering_offline":
        return translate("ApprovalErrors", "共有フォルダーに接続できないため、文書番号を取れませんでした。ネットワークを確認して、"
                                           "もう一度お試しください。")
    return translate("ApprovalErrors", "ほかのパソコンと同時に番号を取ろうとしたため、文書番号を取れませんでした。もう一度お試しください。")


SENTENCES = {
    e.ApprovalError: _approval,
    e.DraftInvalid: _invalid,
    e.RecordError: _record,
    e.TemplateError: _template,
    e.RouteActionError: _route,
    e.DraftFileError: _draft_file,
    e.TemplateNotFound: _template_not_found,
    CirculationUnavailable: _circulation,
    SigningError: _signing,
    PdfSignError: _pdf_sign,
    NumberingError: _numbering,
}
