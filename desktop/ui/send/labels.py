"""Translated names of outbox states and events, and the outbox's stored failures said with advice."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication



def state_label(state: str) -> str:
    labels = {
        "draft": QCoreApplication.translate("SendLabels", "下書き"),
        "confirming": QCoreApplication.translate("SendLabels", "確認中"),
        "held": QCoreApplication.translate("SendLabels", "送信待ち（保留中）"),
        "sending": QCoreApplication.translate("SendLabels", "送信中"),
        "sent": QCoreApplication.translate("SendLabels", "送信済み"),
        "failed": QCoreApplication.translate("SendLabels", "失敗"),
        "uncertain": QCoreApplication.translate("SendLabels", "要確認（届いたか不明）"),
        "cancelled": QCoreApplication.translate("SendLabels", "取り消し"),
    }
    return labels.get(state, state)


def job_detail_text(job) -> str:
    """A short sentence in the user's language for the outbox/log. A failure the app recognises is explained
    with what to do; otherwise the server's own words (technical, usually English) follow after a slash. The full
    technical text belongs in the tooltip."""
    technical = " / ".join(t for t in (job.error, job.response) if t)
    known = stored_error_text(job.error) if job.error else ""
    if job.state == "uncertain":
        lead = QCoreApplication.translate("SendLabels", "本文の送信中に接続が切れました。届いたか相手に確認してください。")
    elif job.state == "failed":
        lead = QCoreApplication.translate("SendLabels", "送信できませんでした。")
    elif job.state == "held" and job.error:
        lead = QCoreApplication.translate("SendLabels", "一時的に送れなかったため、自動で再試行します。")
    else:
        return known or technical
    if known:
        return f"{lead} {known}"
    return f"{lead} / {technical}" if technical else lead


_CONNECT = re.compile(r"Could not connect to the SMTP server (\S+) \((\w+)")
_REFUSED_RCPT = re.compile(r"The server refused the recipient (\S+) \(")
_CONNECT_KINDS = {"gaierror": "dns", "ConnectionRefusedError": "refused", "TimeoutError": "timeout", "timeout": "timeout"}


def stored_error_text(error: str) -> str:
    """The outbox keeps a failure as the English sentence of the error; the common ones, said with advice."""
    from desktop.messages import send as error_text
    from desktop.services.send.errors import TransportFailure

    m = _CONNECT.match(error)
    if m:
        reason = _CONNECT_KINDS.get(m.group(2), "unreachable")
        return error_text.transport_failure(TransportFailure(error, reason=reason, host=m.group(1)))
    m = _REFUSED_RCPT.match(error)
    if m:
        return error_text.transport_failure(TransportFailure(error, reason="recipient_refused", address=m.group(1)))
    if error.startswith("The connection was lost after the message was handed over"):
        return error_text.transport_failure(TransportFailure(error, reason="lost_after_data"))
    return ""


EVENT_TEXTS = {
    "confirmation dialog opened": QT_TRANSLATE_NOOP("SendLabels", "確認ダイアログを表示"),
    "confirmation dialog closed without sending": QT_TRANSLATE_NOOP("SendLabels", "送信せずに確認ダイアログを閉じた"),
    "cancelled by the user": QT_TRANSLATE_NOOP("SendLabels", "利用者が取り消し"),
    "hold skipped by the user": QT_TRANSLATE_NOOP("SendLabels", "利用者が保留を飛ばして送信を指示"),
    "confirmed delivered by a person": QT_TRANSLATE_NOOP("SendLabels", "届いたことを利用者が確認"),
    "resend requested by a person": QT_TRANSLATE_NOOP("SendLabels", "利用者が再送を指示"),
    "interrupted after DATA was started; delivery unknown":
        QT_TRANSLATE_NOOP("SendLabels", "本文の送信中に中断（届いたか不明）"),
    "interrupted before DATA; will be sent again": QT_TRANSLATE_NOOP("SendLabels", "本文の送信前に中断（もう一度送信）"),
}
_QUEUED = re.compile(r"queued \((smtp|link), (\d+) attachments\)")
_CONFIRMED = re.compile(r"confirmed; hold (\S+) s")


def event_text(detail: str) -> str:
    """An outbox event's detail (stored in English) in the user's language; server replies stay as they are."""
    if detail in EVENT_TEXTS:
        return QCoreApplication.translate("SendLabels", EVENT_TEXTS[detail])
    m = _QUEUED.fullmatch(detail)
    if m:
        how = (QCoreApplication.translate("SendLabels", "リンク") if m.group(1) == "link"
               else QCoreApplication.translate("SendLabels", "メール添付"))
        return QCoreApplication.translate("SendLabels", "登録（{how}、添付 {n} 件）").format(how=how, n=m.group(2))
    m = _CONFIRMED.fullmatch(detail)
    if m:
        return QCoreApplication.translate("SendLabels", "確認済み（{s} 秒保留）").format(s=m.group(1))
    return detail


ROW_PROBLEMS = {
    "no_email": QT_TRANSLATE_NOOP("SendLabels", "メールアドレスがありません（FAX番号だけでは送れません）"),
    "bad_email": QT_TRANSLATE_NOOP("SendLabels", "メールアドレスの形式が正しくありません: {value}"),
    "no_name": QT_TRANSLATE_NOOP("SendLabels", "氏名も所属もありません"),
    "bad_fax": QT_TRANSLATE_NOOP("SendLabels", "FAX番号が正しくありません: {value}"),
    "duplicate": QT_TRANSLATE_NOOP("SendLabels", "同じメールアドレスが {value} 行目にもあります"),
}


def row_problem_text(problem) -> str:
    """The translated reason why an address-book row cannot be imported (a RowProblem)."""
    text = ROW_PROBLEMS.get(problem.code)
    if not text:
        return problem.reason
    return QCoreApplication.translate("SendLabels", text).format(value=problem.detail)


def _p(exc, key: str, default=""):
    return (getattr(exc, "params", {}) or {}).get(key, default)
