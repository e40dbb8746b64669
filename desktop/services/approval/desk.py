"""The :class:`~desktop.services.approval.circulation.Desk` of this PC, from the settings, the signed-in ID and
the credential store. The one place that opens the WebDAV connection for approval (swap the sign-in method
here when the sync client gains other authentication).
"""
from __future__ import annotations

from desktop.services import paths, secrets
from desktop.services.approval.circulation import Desk
from desktop.services.approval.errors import ApprovalError
from desktop.services.approval.staff import signed_in_staff
from desktop.services.sync.errors import NotConfigured


class CirculationUnavailable(ApprovalError):
    """Circulation is not set up on this PC (no shared folder address, nobody signed in)."""

    code = "approval.no_circulation"


def circulation_home(staff_id: str):
    """Where this PC keeps the circulation files (cache, outbox, last sync) of ``staff_id``; not created here."""
    return paths.data_dir() / "approval" / "circulation" / staff_id


def desk_from_app(profile: str = "default", settings=None) -> Desk:
    from desktop.services.settings import Settings
    from desktop.services.sync.identity import load_identity
    from desktop.services.sync.webdav import WebDavClient

    settings = settings or Settings()
    endpoint = settings.get("cloud_endpoint")
    folder = settings.get("approval_shared_folder") or "電子決裁"
    staff = signed_in_staff(profile)
    if staff is None:
        raise CirculationUnavailable("Nobody is signed in; sign in with your staff ID first.", field="identity")
    if not endpoint:
        raise CirculationUnavailable("No shared folder address is set (setting cloud_endpoint).",
                                     field="cloud_endpoint")
    from desktop.services.identity.service_auth import cloud_auth

    auth = cloud_auth(settings, profile)       # single sign-on: the bearer token (policy cloud_auth = "oauth")
    identity = load_identity(profile)
    login = identity.login if identity is not None else ""

    def connect() -> WebDavClient:
        if auth is not None:
            return WebDavClient(endpoint, folder, login, "", timeout=20.0, auth=auth)
        password = secrets.get_secret(secrets.SecretKey.CLOUD_PASSWORD, profile)
        if not password:
            raise NotConfigured(f"No cloud password is stored for profile {profile!r}. Sign in again.")
        return WebDavClient(endpoint, folder, login, password, timeout=20.0)

    home = circulation_home(staff.staff_id)
    signer = None
    from desktop.services.approval import signing

    signer = signing.signer_from_app(profile, settings)
    trust = signing.trust_from_app(settings)
    return Desk(staff=staff, home=home, connect=connect, signer=signer, trust=trust)
