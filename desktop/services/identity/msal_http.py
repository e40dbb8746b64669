"""The HTTP client MSAL uses: httpx with the OS trust store plus the policy's CA, and nothing from the environment.

MSAL's default (a ``requests`` session) lets ``REQUESTS_CA_BUNDLE``/``CURL_CA_BUNDLE`` replace the CA it was told
to trust. Here the TLS context is built once (truststore: the OS store, where bureau CAs live, plus
``oidc_ca_file``) and handed to httpx as an ``SSLContext``, which environment variables cannot override. Proxies
still come from the environment (an office PC's proxy settings), so ``trust_env`` stays on for them.
Failures to connect become :class:`ProviderUnreachable` with a plain reason (no URL query, no token).
"""
from __future__ import annotations

import ssl
from typing import Any

import httpx

from desktop.services.identity.errors import ProviderUnreachable


def tls_context(ca_file: str = "") -> ssl.SSLContext:
    try:
        import truststore

        ctx: ssl.SSLContext = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except ImportError:  # pragma: no cover - truststore is a dependency
        ctx = ssl.create_default_context()
    if ca_file:
        try:
            ctx.load_verify_locations(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise ProviderUnreachable(f"The identity provider's CA file {ca_file} could not be read "
                                      f"({type(exc).__name__}).") from None
    return ctx


class _Response:
    """What MSAL reads from a response: ``status_code``, ``text``, ``headers`` and ``raise_for_status()``."""

    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.text = response.text
        self.headers = response.headers

    def raise_for_status(self) -> None:
        if self.status_code >= 400:
            raise ProviderUnreachable(f"The identity provider answered HTTP {self.status_code}.")


class MsalHttpClient:
    """A ``requests``-shaped client (``get``/``post``/``close``) on httpx for ``msal.ClientApplication``."""

    def __init__(self, ca_file: str = "", timeout: float = 20.0) -> None:
        self._client = httpx.Client(verify=tls_context(ca_file), timeout=httpx.Timeout(timeout, connect=10.0),
                                    follow_redirects=False, headers={"User-Agent": "ToseiDesk-signin"})

    def _call(self, method: str, url: str, params: Any = None, data: Any = None, headers: Any = None,
              **kwargs: Any) -> _Response:
        body: dict[str, Any] = {}
        if isinstance(data, (str, bytes)):
            body["content"] = data
        elif data is not None:
            body["data"] = data
        try:
            response = self._client.request(method, url, params=params, headers=headers, **body)
        except httpx.TimeoutException:
            raise ProviderUnreachable("The identity provider did not answer in time.") from None
        except httpx.TransportError as exc:
            reason = str(exc.__cause__ or exc) or type(exc).__name__
            if "CERTIFICATE_VERIFY_FAILED" in reason:
                reason = "its TLS certificate is not trusted"
            raise ProviderUnreachable(f"The identity provider could not be reached ({reason}).") from None
        return _Response(response)

    def get(self, url: str, params: Any = None, headers: Any = None, **kwargs: Any) -> _Response:
        return self._call("GET", url, params=params, headers=headers)

    def post(self, url: str, params: Any = None, data: Any = None, headers: Any = None, **kwargs: Any) -> _Response:
        return self._call("POST", url, params=params, data=data, headers=headers)

    def close(self) -> None:
        self._client.close()
