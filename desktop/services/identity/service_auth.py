"""The one place that decides how mail and cloud storage sign in: stored password, or the SSO token.

The policy chooses per service (``smtp_auth``, ``cloud_auth``: ``password`` or ``oauth``); password accounts stay
available for servers that need them. :func:`session_for` keeps one :class:`SignInSession` per provider and
profile in this process, so the home page, mail and sync share one token cache and one refresh.
"""
from __future__ import annotations

import threading
from typing import Any

from desktop.services.identity.bearer import BearerAuth, XOAuth2Login
from desktop.services.identity.oidc_config import OidcConfig

_sessions: dict[tuple, Any] = {}
_lock = threading.Lock()


def _settings(settings: Any | None) -> Any:
    if settings is not None:
        return settings
    from desktop.services.settings import Settings

    return Settings()


def session_for(settings: Any | None = None, profile: str = "default"):
    """The shared sign-in session for the configured provider (created on first use)."""
    from desktop.services.identity.session import SignInSession

    config = OidcConfig.from_settings(_settings(settings))
    with _lock:
        key = (config, profile)
        if key not in _sessions:
            _sessions[key] = SignInSession(config, profile)
        return _sessions[key]


def forget_sessions() -> None:
    """Drop the shared sessions (tests; after the policy changed)."""
    with _lock:
        for session in _sessions.values():
            session.close()
        _sessions.clear()


def cloud_auth(settings: Any | None = None, profile: str = "default") -> BearerAuth | None:
    """Bearer auth for WebDAV when the policy says ``cloud_auth = "oauth"``; ``None``: use the stored password."""
    settings = _settings(settings)
    if settings.get("cloud_auth") != "oauth":
        return None
    return BearerAuth(session_for(settings, profile))


def smtp_auth(settings: Any | None = None, profile: str = "default") -> XOAuth2Login | None:
    """SASL XOAUTH2 for SMTP when the policy says ``smtp_auth = "oauth"``; ``None``: use the stored password."""
    settings = _settings(settings)
    if settings.get("smtp_auth") != "oauth":
        return None
    return XOAuth2Login(session_for(settings, profile))
