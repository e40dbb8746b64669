"""Which identity provider to use, as one plain value read from the settings (set by the bureau's policy file).

MSAL reserves ``openid``, ``profile`` and ``offline_access`` and always asks for them itself; they are dropped
from the configured scopes. The authority must be an https URL with a path (MSAL refuses a bare host).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from desktop.services.identity.errors import SignInNotConfigured

RESERVED_SCOPES = frozenset({"openid", "profile", "offline_access"})
OIDC_CLAIM_SCOPES = frozenset({"email", "address", "phone"})


@dataclass(frozen=True)
class OidcConfig:
    authority: str
    client_id: str
    scopes: tuple[str, ...] = ()
    ca_file: str = ""
    section_claim: str = "department"
    prompt: str = "consent"       # OIDC Core: offline_access (refresh tokens) needs prompt=consent
    timeout: float = 20.0

    @property
    def request_scopes(self) -> list[str]:
        return [s for s in self.scopes if s and s not in RESERVED_SCOPES]

    @property
    def token_scopes(self) -> list[str]:
        """The scopes an access token is looked up by: OIDC claim scopes (email, ...) never appear in an access
        token's granted scopes, so leaving them in would miss the cache and refresh on every call."""
        return [s for s in self.request_scopes if s not in OIDC_CLAIM_SCOPES] or self.request_scopes

    def check(self) -> "OidcConfig":
        if not self.authority or not self.client_id:
            raise SignInNotConfigured("No identity provider is configured (policy settings oidc_authority and "
                                      "oidc_client_id).")
        split = urlsplit(self.authority)
        if split.scheme != "https" or not split.netloc or split.path.strip("/") == "":
            raise SignInNotConfigured(f"The identity provider address must be an https URL with a path "
                                      f"(e.g. https://login.example.jp/tenant/v2.0), not {self.authority!r}.")
        return self

    @classmethod
    def from_settings(cls, settings: Any) -> "OidcConfig":
        return cls(authority=settings.get("oidc_authority").rstrip("/"), client_id=settings.get("oidc_client_id"),
                   scopes=tuple(settings.get("oidc_scopes")),
                   ca_file=settings.get("oidc_ca_file") or _optional(settings, "tls_ca_file"),
                   section_claim=settings.get("oidc_section_claim") or "department",
                   prompt=settings.get("oidc_prompt"))


def _optional(settings: Any, key: str) -> str:
    from desktop.services.settings import SCHEMA

    return settings.get(key) if key in SCHEMA else ""


def sso_enabled(settings: Any) -> bool:
    return settings.get("sign_in_method") == "oidc"
