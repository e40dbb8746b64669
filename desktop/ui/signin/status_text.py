"""Translated sentences for sign-in states and errors (the service speaks plain English codes)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from desktop.services.identity.session import SignInState, SignInStatus


def _tr(text: str) -> str:
    return QCoreApplication.translate("SignIn", text)  # for QT_TRANSLATE_NOOP entries


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


ERRORS = {
    "signin.unreachable": QT_TRANSLATE_NOOP("SignIn", "認証サーバーに接続できません。ネットワーク（庁内LAN・VPN）と証明書の設定を確認してください。"),
    "signin.expired": QT_TRANSLATE_NOOP("SignIn", "サインインの有効期限が切れました。もう一度サインインしてください。"),
    "signin.signed_out": QT_TRANSLATE_NOOP("SignIn", "サインインしていません。"),
    "signin.timeout": QT_TRANSLATE_NOOP("SignIn", "ブラウザでのサインインが時間内に終わりませんでした。もう一度お試しください。"),
    "signin.device_expired": QT_TRANSLATE_NOOP("SignIn", "サインイン用のコードの有効期限が切れました。もう一度お試しください。"),
    "signin.state_mismatch": QT_TRANSLATE_NOOP("SignIn", "ブラウザから別のサインインの応答が届きました。もう一度お試しください。"),
    "signin.not_configured": QT_TRANSLATE_NOOP("SignIn", "シングルサインオンが設定されていません。情報システム担当にお問い合わせください。"),
    "signin.no_device_flow": QT_TRANSLATE_NOOP("SignIn", "認証サーバーがコードでのサインインに対応していません。ブラウザでサインインしてください。"),
    "signin.failed": QT_TRANSLATE_NOOP("SignIn", "認証サーバーがサインインを受け付けませんでした。"),
}


def error_text(exc: BaseException) -> str:
    code = getattr(exc, "code", "")
    text = ERRORS.get(code)
    if text is None:
        from desktop.ui.errors import describe

        return describe(exc)
    out = _tr(text)
    detail = getattr(exc, "params", {}).get("error")
    return out + (f"（{detail}）" if detail else "")

