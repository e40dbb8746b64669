"""Who is signed in, as the approval tool sees it: staff ID, name, mail, section.

Everything in approval that needs the signed-in person goes through :func:`signed_in_staff`, so the source
(the single sign-on claims, else the sync tool's ID profile: :func:`desktop.services.identity.staff.current_staff`) can be swapped in one place.
"""
from __future__ import annotations

from dataclasses import dataclass

from desktop.services.approval.model import Drafter, same_staff


@dataclass(frozen=True)
class Staff:
    staff_id: str          # 職員ID (the key of every authority check)
    name: str = ""
    mail: str = ""
    section: str = ""

    def is_(self, staff_id: str) -> bool:
        """Whether ``staff_id`` (a 職員ID or this person's mail address) names this person."""
        return same_staff(self.staff_id, staff_id) or bool(self.mail and same_staff(self.mail, staff_id))

    def as_drafter(self, phone: str = "") -> Drafter:
        return Drafter(name=self.name, section=self.section, phone=phone, staff_id=self.staff_id, mail=self.mail)


def signed_in_staff(profile: str = "default") -> Staff | None:
    """The staff member signed in on this PC (``None`` when nobody is)."""
    from desktop.services.identity.staff import current_staff   # SSO claims, else the sync tool's ID profile

    identity = current_staff(profile=profile)
    if identity is None or not identity.staff_id.strip():
        return None
    section = "".join(p.strip() for p in (identity.bureau, identity.section) if p)
    return Staff(identity.staff_id.strip(), identity.display_name.strip(), identity.mail.strip(), section)
