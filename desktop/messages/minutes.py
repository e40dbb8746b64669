"""Sentences for the minutes tool's typed errors (desktop.services.minutes)."""
from __future__ import annotations

from desktop.messages.catalogue import translate
from desktop.services.minutes import errors as e
from desktop.services.minutes.server_backend import ServerRefused, ServerTokenInvalid, ServerUnavailable


def _unreadable(x) -> str:
    return translate(
        "MinutesErrors", "ファイル {path} は音声として読み込めませんでした。壊れているか、音声ではないファイルです。"
    ).format(**x.params)


def _empty(x) -> str:
    return translate("MinutesErrors", "ファイル {path} には音声が入っていません。").format(**x.params)


def _not_available(x) -> str:
    return translate(
        "MinutesErrors", "文字起こしモデル「{name}」はこのパソコンにありません。モデルのダウンロードは許可されていません。"
        "情報システム担当にモデルフォルダへの配置を依頼してください。").format(**x.params)


def _folder_missing(x) -> str:
    return translate(
        "MinutesErrors", "モデルフォルダ {path} が見つからないか、Whisper モデルではありません。設定を確認してください。"
    ).format(**x.params)


def _integrity(x) -> str:
    return translate(
        "MinutesErrors", "モデルファイル {file} が破損しているか、想定と異なるため使用しませんでした。").format(**x.params)


def _language(x) -> str:
    return translate(
        "MinutesErrors", "モデル「{model}」は英語専用のため、この言語は文字起こしできません。").format(**x.params)


def _export(x) -> str:  # the English detail is behind 「詳細を表示」 of the error dialog
    path = x.params.get("path")
    return translate("MinutesErrors", "書き出しに失敗しました。") + (f"\n{path}" if path else "")


def _server_refused(x) -> str:
    auth = x.params.get("auth")
    if auth == "oauth":      # the staff's single sign-on token, refused even after one silent refresh
        return translate("MinutesErrors", "文字起こしサーバーがシングルサインオンのトークンを受け付けませんでした。"
                                          "ホーム画面でサインインし直すか、このパソコンで文字起こししてください。")
    if auth == "token":      # the static token of the staff profile (設定 or the CLI)
        return translate("MinutesErrors", "文字起こしサーバーがアクセストークンを受け付けませんでした（未保存か、正しくありません）。"
                                          "設定の「局の文字起こしサーバー」で情報システム担当から受け取ったトークンを保存し直すか、"
                                          "このパソコンで文字起こししてください。")
    return translate("MinutesErrors", "文字起こしサーバーが録音の受け付けを拒否しました（組織の設定で送信が許可されていないか、"
                                      "トークンが正しくありません）。設定を確認するか、このパソコンで文字起こししてください。")


def _server_unavailable(x) -> str:
    return translate("MinutesErrors", "文字起こしサーバーに接続できないか、正しく応答しません。ネットワークを確認して、"
                                      "しばらくしてからもう一度お試しください。このパソコンで文字起こしすることもできます。")


def _server_token_invalid(x) -> str:
    return translate("MinutesErrors", "アクセストークンが空か、空白を含んでいます。情報システム担当から受け取ったトークンをそのまま貼り付けてください。")


def _minutes(x) -> str:
    return translate("MinutesErrors", "議事録の処理でエラーが発生しました。ファイルと設定を確認して、もう一度お試しください。")


SENTENCES = {
    e.MinutesError: _minutes,
    e.UnreadableAudio: _unreadable,
    e.EmptyAudio: _empty,
    e.ModelNotAvailable: _not_available,
    e.ModelFolderMissing: _folder_missing,
    e.ModelIntegrityError: _integrity,
    e.ModelLanguageMismatch: _language,
    e.ExportError: _export,
    ServerRefused: _server_refused,
    ServerUnavailable: _server_unavailable,
    ServerTokenInvalid: _server_token_invalid,
}
