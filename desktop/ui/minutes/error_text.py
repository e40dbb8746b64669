"""Translated sentences for the minutes tool's typed errors (shown by the job runner's error dialog).

Each sentence is written as ``QCoreApplication.translate("MinutesErrors", "...")`` with a literal, so that
``pyside6-lupdate`` files it under the context used at run time.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.minutes import errors as e
from desktop.ui.errors import register_formatter


def _unreadable(x) -> str:
    return QCoreApplication.translate(
        "MinutesErrors", "ファイル {path} は音声として読み込めませんでした。壊れているか、音声ではないファイルです。"
    ).format(**x.params)


def _empty(x) -> str:
    return QCoreApplication.translate("MinutesErrors", "ファイル {path} には音声が入っていません。").format(**x.params)


def _not_available(x) -> str:
    return QCoreApplication.translate(
        "MinutesErrors", "文字起こしモデル「{name}」はこのパソコンにありません。モデルのダウンロードは許可されていません。"
        "情報システム担当にモデルフォルダへの配置を依頼してください。").format(**x.params)


def _folder_missing(x) -> str:
    return QCoreApplication.translate(
        "MinutesErrors", "モデルフォルダ {path} が見つからないか、Whisper モデルではありません。設定を確認してください。"
    ).format(**x.params)


def _integrity(x) -> str:
    return QCoreApplication.translate(
        "MinutesErrors", "モデルファイル {file} が破損しているか、想定と異なるため使用しませんでした。").format(**x.params)


def _language(x) -> str:
    return QCoreApplication.translate(
        "MinutesErrors", "モデル「{model}」は英語専用のため、この言語は文字起こしできません。").format(**x.params)


def _export(x) -> str:  # the English detail is behind 「詳細を表示」 of the error dialog
    path = x.params.get("path")
    return QCoreApplication.translate("MinutesErrors", "書き出しに失敗しました。") + (f"\n{path}" if path else "")


def register_error_texts() -> None:
    register_formatter(e.UnreadableAudio, _unreadable)
    register_formatter(e.EmptyAudio, _empty)
    register_formatter(e.ModelNotAvailable, _not_available)
    register_formatter(e.ModelFolderMissing, _folder_missing)
    register_formatter(e.ModelIntegrityError, _integrity)
    register_formatter(e.ModelLanguageMismatch, _language)
    register_formatter(e.ExportError, _export)
