"""Translated sentences for sign-in states and errors (the service speaks plain English codes)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.identity.session import SignInState, SignInStatus


def who(status: SignInStatus) -> str:
    staff = status.staff
    if staff is None:
        return ""
    parts = [staff.name, staff.section, staff.mail]
    return "　".join(p for p in parts if p)


def state_text(status: SignInStatus) -> str:
    if status.state is SignInState.SIGNED_IN:
        return QCoreApplication.translate("SignIn", "サインイン中: {who}").format(who=who(status))
    if status.state is SignInState.EXPIRED:
        return QCoreApplication.translate("SignIn", "サインインの有効期限が切れました。もう一度サインインしてください。")
    if status.state is SignInState.UNREACHABLE:
        text = QCoreApplication.translate("SignIn", "認証サーバーに接続できません。ネットワーク（庁内LAN・VPN）を確認してください。")
        if status.staff:
            text += "\n" + QCoreApplication.translate("SignIn", "前回のサインイン: {who}").format(who=who(status))
        return text
    if status.state is SignInState.NOT_CONFIGURED:
        return QCoreApplication.translate("SignIn", "シングルサインオンが設定されていません。情報システム担当にお問い合わせください。")
    return QCoreApplication.translate("SignIn", "サインインしていません。")


def error_text(exc: BaseException) -> str:
    """The sentence for a sign-in failure (desktop.messages.identity, through desktop.ui.errors)."""
    from desktop.ui.errors import describe

    return describe(exc)
