"""The staff member as the identity provider describes them: name, section, mail, staff ID (from ID-token claims).

Claims are read from an ID token that MSAL already validated when it was issued; here its payload is only decoded.
Nothing here is secret; the ID token itself is.
"""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass


@dataclass(frozen=True)
class StaffClaims:
    subject: str                 # "sub": stable at the provider
    name: str = ""
    mail: str = ""
    section: str = ""            # bureau / section, from the policy's claim (default "department")
    staff_id: str = ""
    username: str = ""           # preferred_username (UPN at Entra ID)

    @classmethod
    def from_claims(cls, claims: dict, section_claim: str = "department") -> "StaffClaims":
        def text(key: str) -> str:
            value = claims.get(key)
            return value.strip() if isinstance(value, str) else ""

        username = text("preferred_username") or text("upn")
        mail = text("email") or (username if "@" in username else "")
        staff_id = text("employee_id") or text("employeeid") or (username.split("@")[0] if username else "")
        return cls(subject=text("sub") or text("oid"), name=text("name") or username, mail=mail,
                   section=text(section_claim), staff_id=staff_id, username=username)


def decode_jwt_payload(token: str) -> dict:
    """The claims of a JWT (no signature check: use only for tokens this app received from its provider)."""
    try:
        payload = token.split(".")[1]
        payload += "=" * (-len(payload) % 4)
        data = json.loads(base64.urlsafe_b64decode(payload.encode("ascii")))
    except (IndexError, ValueError, UnicodeError):
        return {}
    return data if isinstance(data, dict) else {}
