"""The outbox runner's progress messages (plain English from the service) in the user's language.

The runner reports ``waiting 13 s for held messages``, ``sending to a@b.jp`` and its summary; the page wraps
the job's progress callback with :func:`translated_progress`, so the status bar and the jobs list never show
the English. Safe on any thread (``QCoreApplication.translate`` is reentrant).
"""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from desktop.services.common.jobs import Progress

_WAITING = re.compile(r"waiting (\d+) s for held messages")
_SENDING = re.compile(r"sending to (.+)")
_SUMMARY = re.compile(r"sent (\d+), failed (\d+), uncertain (\d+), waiting for retry (\d+)(?:; stopped: .*)?", re.S)


def progress_text(message: str) -> str:
    m = _WAITING.fullmatch(message)
    if m:
        return QCoreApplication.translate("SendProgress", "保留中の送信を待っています（あと {n} 秒。「今すぐ処理」ですぐに送れます）").format(n=m.group(1))
    m = _SENDING.fullmatch(message)
    if m:
        return QCoreApplication.translate("SendProgress", "{address} に送信しています").format(address=m.group(1))
    m = _SUMMARY.fullmatch(message)
    if m:
        text = QCoreApplication.translate("SendProgress", "送信 {sent} 件、失敗 {failed} 件、要確認 {uncertain} 件、再試行待ち {retry} 件").format(
            sent=m.group(1), failed=m.group(2), uncertain=m.group(3), retry=m.group(4))
        return text + (QCoreApplication.translate("SendProgress", "（接続の問題で中断）") if "; stopped:" in message else "")
    return message


def translated_progress(progress: Progress) -> Progress:
    def report(fraction, message: str = "") -> None:
        progress(fraction, progress_text(message) if message else message)

    return report
