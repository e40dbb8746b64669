"""Typed failures of the sign-in service (plain English; the UI shows translated sentences by ``code``).

Never put a token, a code or a secret into a message: messages reach dialogs and the log.
"""
from __future__ import annotations

from desktop.services.errors import ToseiError


class SignInError(ToseiError):
    """Base of every sign-in failure."""

    code = "signin.failed"


class SignInNotConfigured(SignInError):
    """The policy does not name an identity provider (authority, client id)."""

    code = "signin.not_configured"


class NotSignedIn(SignInError):
    code = "signin.signed_out"


class SessionExpired(SignInError):
    """The refresh token was refused (expired, revoked, password changed): sign in again."""

    code = "signin.expired"


class ProviderUnreachable(SignInError):
    """The identity provider could not be reached (network, proxy, TLS)."""

    code = "signin.unreachable"


class TokenRefused(SignInError):
    """A server (mail, cloud) refused the access token even after one silent refresh."""

    code = "signin.token_refused"
