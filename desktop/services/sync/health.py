"""Self-test checks for cloud sync: a safe credential store and a readable sync folder (offline, quick)."""
from __future__ import annotations

from desktop.services import secrets
from desktop.services.health import Check, guarded


def _store() -> Check:
    problem = secrets.backend_problem()
    return Check("sync: credential store", problem is None, problem or secrets.backend_name(), required=False)


def _httpx() -> Check:
    import httpx

    return Check("sync: WebDAV client (httpx)", True, httpx.__version__)


def checks() -> list[Check]:
    return [guarded("sync: credential store", _store, required=False),
            guarded("sync: WebDAV client (httpx)", _httpx)]
