"""The 決裁待ち inbox as this PC last saw it, for readers that must not touch the network (the home page).

Everything comes from the circulation files :meth:`Circulation.sync` left below the signed-in staff member's
circulation folder (cache + outbox) and its last-sync mark; nothing is created, no server is contacted, no key
is unlocked. Call from any thread (local file reads of milliseconds).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class InboxState:
    staff_id: str
    synced: float | None = None     # epoch of the last complete send/receive; None: never (counts unknown)
    waiting_for_me: int = 0         # circulated 起案 whose current step names the signed-in staff member
    circulating: int = 0            # my own 起案 on their way through the route
    returned: int = 0               # my own 起案 sent back to me (差戻し)


def _offline() -> object:
    from desktop.services.sync.errors import SyncError

    raise SyncError("the local inbox view does not connect")


def local_inbox(profile: str = "default", settings=None) -> InboxState | None:
    """The last-synced inbox of the signed-in staff member; ``None`` when circulation is not set up here
    (nobody signed in, or no shared folder address)."""
    from desktop.services.approval import signing
    from desktop.services.approval.circulation import Circulation, Desk, last_synced
    from desktop.services.approval.desk import circulation_home
    from desktop.services.approval.staff import signed_in_staff
    from desktop.services.settings import Settings

    settings = settings or Settings()
    if not settings.get("cloud_endpoint"):
        return None
    staff = signed_in_staff(profile)
    if staff is None:
        return None
    home = circulation_home(staff.staff_id)
    state = InboxState(staff.staff_id, last_synced(home))
    if state.synced is None:
        return state
    circ = Circulation(Desk(staff=staff, home=home, connect=_offline, trust=signing.trust_from_app(settings)))
    for item in circ.items():
        if item.waiting_for_me:
            state.waiting_for_me += 1
        elif item.mine and item.status == "in_progress":
            state.circulating += 1
        elif item.mine and item.status == "returned":
            state.returned += 1
    return state
