"""Translated sentences for the minutes tool's typed errors (shown by the job runner's error dialog)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.minutes import errors as e
from desktop.ui.errors import register_formatter


def tr(text: str) -> str:
    return QCoreApplication.translate("MinutesErrors", text)


def register_error_texts() -> None:
    register_formatter(e.UnreadableAudio, lambda x: tr("ファイル {path} は音声として読み込めませんでした。"
                                                       "壊れているか、音声ではないファイルです。").format(**x.params))
    register_formatter(e.EmptyAudio, lambda x: tr("ファイル {path} には音声が入っていません。").format(**x.params))
    register_formatter(e.ModelNotAvailable, lambda x: tr(
        "文字起こしモデル「{name}」はこのパソコンにありません。モデルのダウンロードは許可されていません。"
        "情報システム担当にモデルフォルダへの配置を依頼してください。").format(**x.params))
    register_formatter(e.ModelFolderMissing, lambda x: tr(
        "モデルフォルダ {path} が見つからないか、Whisper モデルではありません。設定を確認してください。").format(**x.params))
    register_formatter(e.ModelIntegrityError, lambda x: tr(
        "モデルファイル {file} が破損しているか、想定と異なるため使用しませんでした。").format(**x.params))
    register_formatter(e.ModelLanguageMismatch, lambda x: tr(
        "モデル「{model}」は英語専用のため、この言語は文字起こしできません。").format(**x.params))
    register_formatter(e.ExportError, lambda x: tr("書き出しに失敗しました。") + "\n" + str(x))
