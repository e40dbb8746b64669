"""Sentences for the sign-in (single sign-on) errors (desktop.services.identity); the service speaks plain English
and a stable ``code`` per failure."""
from __future__ import annotations

from desktop.messages.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.services.identity import errors as e

ERRORS = {
    "signin.unreachable": QT_TRANSLATE_NOOP("SignIn", "認証サーバーに接続できません。ネットワーク（庁内LAN・VPN）と証明書の設定を確認してください。"),
    "signin.expired": QT_TRANSLATE_NOOP("SignIn", "サインインの有効期限が切れました。もう一度サインインしてください。"),
    "signin.signed_out": QT_TRANSLATE_NOOP("SignIn", "サインインしていません。ホーム画面でサインインしてください。"),
    "signin.timeout": QT_TRANSLATE_NOOP("SignIn", "ブラウザでのサインインが時間内に終わりませんでした。もう一度お試しください。"),
    "signin.device_expired": QT_TRANSLATE_NOOP("SignIn", "サインイン用のコードの有効期限が切れました。もう一度お試しください。"),
    "signin.state_mismatch": QT_TRANSLATE_NOOP("SignIn", "ブラウザから別のサインインの応答が届きました。もう一度お試しください。"),
    "signin.not_configured": QT_TRANSLATE_NOOP("SignIn", "シングルサインオンが設定されていません。情報システム担当にお問い合わせください。"),
    "signin.no_device_flow": QT_TRANSLATE_NOOP("SignIn", "認証サーバーがコードでのサインインに対応していません。ブラウザでサインインしてください。"),
    "signin.token_refused": QT_TRANSLATE_NOOP("SignIn", "サーバーがシングルサインオンのトークンを受け付けませんでした。ホーム画面でサインインし直してください。"),
    "signin.failed": QT_TRANSLATE_NOOP("SignIn", "認証サーバーがサインインを受け付けませんでした。もう一度サインインしてください。続く場合は情報システム担当に連絡してください。"),
}


def error_text(exc: BaseException) -> str:
    """The sentence for ``exc``'s code (any SignInError; an unknown code: the general refusal), with the
    provider's own error word in brackets when there is one."""
    text = ERRORS.get(getattr(exc, "code", ""), ERRORS["signin.failed"])
    detail = (getattr(exc, "params", {}) or {}).get("error")
    return translate("SignIn", text) + (f"（{detail}）" if detail else "")


SENTENCES = {cls: error_text for cls in (e.SignInError, e.SignInNotConfigured, e.NotSignedIn, e.SessionExpired,
                                         e.ProviderUnreachable, e.TokenRefused)}
