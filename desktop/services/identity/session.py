"""Sign in once with OpenID Connect (MSAL for Python) and hand out access tokens to mail and cloud storage.

Flows: authorization code + PKCE through the system browser and a loopback redirect (RFC 8252), and the device
code flow (meeting-room displays, PCs without a browser). :meth:`SignInSession.restore` refreshes silently at
start and tells which state the app is in: signed in, signed out, session expired (sign in again) or the identity
provider cannot be reached. Tokens live only in the encrypted MSAL cache (:mod:`token_cache`); every token seen is
registered with the log redactor; no message carries one.

Thread-safety: one session object may be used from several worker threads (MSAL and the persisted cache lock
themselves); the MSAL application is built lazily, once, under a lock, because building it fetches the provider's
discovery document (network). Never call the network methods on the GUI thread.
"""
from __future__ import annotations

import enum
import logging
import threading
import time
from dataclasses import dataclass
from typing import Callable

from desktop.services.common.jobs import NEVER, CancelToken
from desktop.services.identity.errors import (NotSignedIn, ProviderUnreachable, SessionExpired, SignInError)
from desktop.services.identity.loopback import DONE_PAGE, LoopbackReceiver
from desktop.services.identity.msal_http import MsalHttpClient
from desktop.services.identity.oidc_config import OidcConfig
from desktop.services.identity.staff_claims import StaffClaims, decode_jwt_payload
from desktop.services.identity.token_cache import open_token_cache, remove_token_cache
from desktop.services.logging_setup import register_secret

log = logging.getLogger(__name__)
# MSAL's DEBUG records show the authorization code and the PKCE verifier of the token request: never keep them.
logging.getLogger("msal").setLevel(logging.INFO)

# Errors after which only a new interactive sign-in helps.
_EXPIRED_ERRORS = {"invalid_grant", "interaction_required", "login_required", "consent_required",
                   "invalid_client", "unauthorized_client"}


class SignInState(str, enum.Enum):
    SIGNED_OUT = "signed_out"
    SIGNED_IN = "signed_in"
    EXPIRED = "expired"            # a refresh was refused: sign in again
    UNREACHABLE = "unreachable"    # the identity provider cannot be reached (the cached staff is still known)
    NOT_CONFIGURED = "not_configured"


@dataclass(frozen=True)
class SignInStatus:
    state: SignInState
    staff: StaffClaims | None = None
    detail: str = ""               # plain English reason (never a token)


@dataclass(frozen=True)
class DeviceCode:
    user_code: str
    verification_uri: str
    verification_uri_complete: str
    expires_at: float
    flow: dict                      # MSAL's flow state (holds the device code: never show or log it)

    def __repr__(self) -> str:
        return f"DeviceCode({self.user_code!r}, {self.verification_uri!r})"


class SignInSession:
    def __init__(self, config: OidcConfig, profile: str = "default") -> None:
        self.config = config
        self.profile = profile
        self._cache = open_token_cache(profile)
        self._app = None
        self._http: MsalHttpClient | None = None
        self._metadata: dict | None = None
        self._lock = threading.Lock()

    # -- plumbing ---------------------------------------------------------------------------------------
    def _application(self):
        import msal

        with self._lock:
            if self._app is None:
                self.config.check()
                self._http = MsalHttpClient(self.config.ca_file, self.config.timeout)
                try:
                    self._app = msal.PublicClientApplication(
                        self.config.client_id, oidc_authority=self.config.authority, token_cache=self._cache,
                        http_client=self._http, instance_discovery=False)
                except ProviderUnreachable:
                    raise
                except (ValueError, KeyError) as exc:
                    raise ProviderUnreachable(f"The identity provider's discovery document could not be used "
                                              f"({type(exc).__name__}).") from None
            return self._app

    def close(self) -> None:
        if self._http is not None:
            self._http.close()

    def _accept(self, result: dict | None, *, interactive: bool) -> SignInStatus:
        if not result:
            raise NotSignedIn("Nobody is signed in.")
        for key in ("access_token", "refresh_token", "id_token"):
            register_secret(result.get(key))
        if "access_token" in result:
            claims = result.get("id_token_claims") or {}
            staff = (StaffClaims.from_claims(claims, self.config.section_claim) if claims else self.cached_staff())
            return SignInStatus(SignInState.SIGNED_IN, staff)
        error = str(result.get("error") or "unknown_error")
        log.warning("identity provider refused: %s", error)
        if not interactive and error in _EXPIRED_ERRORS:
            raise SessionExpired("The sign-in session has expired or was revoked; sign in again.", error=error)
        raise SignInError(f"The identity provider refused the sign-in ({error}).", error=error)

    def _account(self):
        accounts = self._application().get_accounts()
        return accounts[0] if accounts else None

    # -- offline ------------------------------------------------------------------------------------------
    def cached_staff(self) -> StaffClaims | None:
        """The staff member of the cached sign-in, read from the encrypted cache (no network)."""
        from msal import TokenCache

        entries = self._cache.search(TokenCache.CredentialType.ID_TOKEN)
        for entry in entries:
            secret = entry.get("secret") or ""
            register_secret(secret)
            claims = decode_jwt_payload(secret)
            if claims:
                return StaffClaims.from_claims(claims, self.config.section_claim)
        return None

    def has_cached_sign_in(self) -> bool:
        from msal import TokenCache

        return bool(self._cache.search(TokenCache.CredentialType.ACCOUNT))

    # -- at start -----------------------------------------------------------------------------------------
    def restore(self) -> SignInStatus:
        """Silent refresh at start: the state the home page and the tools show."""
        try:
            self.config.check()
        except SignInError as exc:
            return SignInStatus(SignInState.NOT_CONFIGURED, detail=str(exc))
        if not self.has_cached_sign_in():
            return SignInStatus(SignInState.SIGNED_OUT)
        staff = self.cached_staff()
        try:
            account = self._account()
            if account is None:
                return SignInStatus(SignInState.SIGNED_OUT)
            result = self._application().acquire_token_silent_with_error(
                self.config.request_scopes, account, force_refresh=True)
            if result is None:
                return SignInStatus(SignInState.EXPIRED, staff, "No refresh token is cached; sign in again.")
            return self._accept(result, interactive=False)
        except SessionExpired as exc:
            return SignInStatus(SignInState.EXPIRED, staff, str(exc))
        except ProviderUnreachable as exc:
            return SignInStatus(SignInState.UNREACHABLE, staff, str(exc))

    # -- interactive --------------------------------------------------------------------------------------
    def sign_in_browser(self, open_browser: Callable[[str], object], *, timeout: float = 300.0,
                        cancel: CancelToken = NEVER, page: str = DONE_PAGE) -> SignInStatus:
        """Authorization code + PKCE: open the system browser on the provider, wait for the loopback redirect."""
        app = self._application()
        receiver = LoopbackReceiver(page=page)
        try:
            flow = app.initiate_auth_code_flow(self.config.request_scopes, redirect_uri=receiver.redirect_uri,
                                               prompt=self.config.prompt or None,
                                               response_mode=self._response_mode(app))
            open_browser(flow["auth_uri"])
            response = receiver.wait(timeout, cancel)
        finally:
            receiver.close()
        try:
            result = app.acquire_token_by_auth_code_flow(flow, response, scopes=self.config.request_scopes)
        except ValueError:   # state mismatch or a reply that is not ours
            raise SignInError("The browser returned an answer that does not belong to this sign-in.",
                              code="signin.state_mismatch") from None
        if "access_token" in result:     # only now: a failed sign-in keeps the previous account
            self._forget_other_accounts(keep=(result.get("id_token_claims") or {}).get("sub"))
        return self._accept(result, interactive=True)

    def _discovery(self) -> dict:
        """The provider's discovery document (fetched once through the app's own HTTP client)."""
        if self._metadata is None:
            self._application()
            meta = self._http.get(self.config.authority + "/.well-known/openid-configuration")
            self._metadata = _json(meta.text) if meta.status_code == 200 else {}
        return self._metadata

    def _response_mode(self, app) -> str | None:
        return "form_post" if "form_post" in (self._discovery().get("response_modes_supported") or []) else None

    def start_device_flow(self) -> DeviceCode:
        flow = self._application().initiate_device_flow(scopes=self.config.request_scopes)
        if "user_code" not in flow:
            raise SignInError(f"The identity provider offers no device sign-in ({flow.get('error', 'unknown')}).",
                              code="signin.no_device_flow")
        return DeviceCode(user_code=flow["user_code"], verification_uri=flow.get("verification_uri", ""),
                          verification_uri_complete=flow.get("verification_uri_complete", ""),
                          expires_at=float(flow.get("expires_at") or time.time() + int(flow.get("expires_in", 600))),
                          flow=flow)

    def finish_device_flow(self, device: DeviceCode, *, cancel: CancelToken = NEVER) -> SignInStatus:
        """Poll until the code is confirmed in a browser elsewhere, it expires, or ``cancel``."""
        app = self._application()
        result = app.acquire_token_by_device_flow(device.flow, exit_condition=lambda flow: cancel.cancelled)
        cancel.raise_if_cancelled()
        if result.get("error") == "expired_token":
            raise SignInError("The sign-in code has expired; start again.", code="signin.device_expired")
        if "access_token" in result:
            self._forget_other_accounts(keep=result.get("id_token_claims", {}).get("sub"))
        return self._accept(result, interactive=True)

    def _forget_other_accounts(self, keep: str | None = None) -> None:
        """One staff member per profile: a new sign-in replaces the previous account."""
        app = self._application()
        for account in app.get_accounts():
            if keep is None or account.get("local_account_id") != keep:
                app.remove_account(account)

    # -- tokens for mail and cloud --------------------------------------------------------------------------
    def access_token(self, force_refresh: bool = False) -> str:
        """A valid access token (refreshed silently when needed); raises NotSignedIn / SessionExpired / unreachable.

        A cached token with at least five minutes left is reused. A refresh always asks for every configured
        scope, so the new ID token keeps the claims (mail) that the sender and the documents read.
        """
        account = self._account()
        if account is None:
            raise NotSignedIn("Nobody is signed in; sign in first.")
        if not force_refresh:
            cached = self._cached_access_token(account)
            if cached:
                return cached
        result = self._application().acquire_token_silent_with_error(
            self.config.request_scopes, account, force_refresh=True)
        if result is None:
            raise SessionExpired("The sign-in session has expired; sign in again.")
        self._accept(result, interactive=False)
        return result["access_token"]

    def _cached_access_token(self, account: dict) -> str | None:
        from msal import TokenCache

        now = time.time()
        for entry in self._cache.search(TokenCache.CredentialType.ACCESS_TOKEN, target=self.config.token_scopes,
                                        query={"home_account_id": account.get("home_account_id"),
                                               "client_id": self.config.client_id}):
            if int(entry.get("expires_on") or 0) - now > 300 and entry.get("secret"):
                register_secret(entry["secret"])
                return entry["secret"]
        return None

    def sign_out(self) -> None:
        """Remove every token of this profile: revoke the refresh token (best effort), delete cache and key."""
        from msal import TokenCache

        refresh_tokens = [e.get("secret") for e in self._cache.search(TokenCache.CredentialType.REFRESH_TOKEN)]
        try:
            self._revoke([t for t in refresh_tokens if t])
        except SignInError as exc:
            log.info("refresh token not revoked at the provider: %s", exc)
        if self._app is not None:
            for account in self._app.get_accounts():
                self._app.remove_account(account)
        remove_token_cache(self.profile)
        self._cache = open_token_cache(self.profile)
        with self._lock:
            self._app = None

    def _revoke(self, tokens: list[str]) -> None:
        if not tokens:
            return
        endpoint = self._discovery().get("revocation_endpoint")
        if not endpoint:
            return
        for token in tokens:
            self._http.post(endpoint, data={"token": token, "token_type_hint": "refresh_token",
                                      "client_id": self.config.client_id})


def _json(text: str) -> dict:
    import json

    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
