"""Ask the cloud server whether the stored sign-in works (one PROPFIND of the endpoint, depth 0), so the UI
says 「サインイン中」 only after the server actually answered. Qt-free; run it off the GUI thread.

Raises the sync's typed errors: :class:`NotConfigured` (no address, nobody signed in, no password),
:class:`AuthenticationFailed` (the server refused the ID or password), :class:`RemoteUnavailable` (no answer).
"""
from __future__ import annotations

import time

from desktop.services import secrets
from desktop.services.sync.errors import NotConfigured
from desktop.services.sync.identity import load_identity
from desktop.services.sync.webdav import WebDavClient

CHECK_TIMEOUT_S = 10.0


def check_connection(profile: str, endpoint: str, *, timeout: float = CHECK_TIMEOUT_S) -> float:
    """Contact ``endpoint`` with the profile's stored sign-in; returns the time the server answered."""
    if not endpoint.strip():
        raise NotConfigured("No cloud address is set (setting cloud_endpoint).", field="cloud_endpoint")
    from desktop.services.identity.service_auth import cloud_auth

    auth = cloud_auth(profile=profile)        # single sign-on: the bearer token instead of a password
    if auth is not None:
        with WebDavClient(endpoint.strip(), "", "", "", timeout=timeout, auth=auth) as client:
            client.stat("")
        return time.time()
    identity = load_identity(profile)
    if identity is None or not identity.login:
        raise NotConfigured(f"Nobody is signed in for profile {profile!r}.", field="identity")
    password = secrets.get_secret(secrets.SecretKey.CLOUD_PASSWORD, profile)
    if not password:
        raise NotConfigured(f"No cloud password is stored for profile {profile!r}.", field="password")
    with WebDavClient(endpoint.strip(), "", identity.login, password, timeout=timeout) as client:
        client.stat("")
    return time.time()
