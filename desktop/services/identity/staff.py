"""Who the staff member is: the one function every tool asks (sender, 起案者, 作成者, the home page).

With single sign-on (policy ``sign_in_method = "oidc"``) the answer comes from the ID-token claims in the
encrypted token cache (name, mail, section, staff ID); otherwise from the ID profile saved on the sync page
(:mod:`desktop.services.sync.identity`). No network: the claims of the last sign-in are used.
"""
from __future__ import annotations

import logging
from typing import Any

from desktop.services.errors import ToseiError
from desktop.services.identity.staff_claims import StaffClaims
from desktop.services.sync.identity import Identity, load_identity

log = logging.getLogger(__name__)


def identity_from_claims(claims: StaffClaims, profile: str = "default") -> Identity:
    bureau, _, rest = claims.section.partition(" ")
    if not (rest and bureau.endswith(("局", "庁", "委員会", "室"))):
        bureau, rest = "", claims.section
    return Identity(profile=profile, staff_id=claims.staff_id, display_name=claims.name, bureau=bureau,
                    section=rest.strip(), mail=claims.mail, cloud_user=claims.username)


def current_staff(settings: Any | None = None, profile: str = "default") -> Identity | None:
    """The signed-in staff member (SSO claims, else the saved ID profile), or ``None``."""
    if settings is None:
        from desktop.services.settings import Settings

        settings = Settings()
    if settings.get("sign_in_method") == "oidc":
        from desktop.services.identity.service_auth import session_for

        try:
            claims = session_for(settings, profile).cached_staff()
        except ToseiError as exc:      # no credential store, unreadable cache: nobody is known
            log.warning("the signed-in staff member could not be read: %s", exc)
            claims = None
        if claims is not None:
            return identity_from_claims(claims, profile)
    try:
        return load_identity(profile)
    except ToseiError:
        return None


def author_label(settings: Any | None = None, profile: str = "default") -> str:
    """The signed-in staff member as a document's 作成者 / 起案者 line: "総務局 総務部 文書課 山田 花子" ("" if unknown)."""
    staff = current_staff(settings, profile)
    if staff is None:
        return ""
    return " ".join(p for p in (staff.bureau, staff.section, staff.display_name or staff.staff_id) if p)
