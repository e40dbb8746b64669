"""For ``real_keyring`` tests that need the OS credential store another process can open (Secret Service in
scripts/test.sh): skip with the reason outside CI, fail in CI (where the store must be there)."""
from __future__ import annotations

import os

import pytest


def require_os_credential_store() -> None:
    import keyring

    from desktop.services import secrets

    problem = secrets.backend_problem()
    backend = type(keyring.get_keyring()).__module__
    if not problem and not backend.startswith("keyring.backends."):
        problem = f"the credential store here is {backend}, not an OS store another process can open"
    if problem:
        if os.environ.get("CI") or os.environ.get("TOSEI_REQUIRE_SERVERS"):
            pytest.fail(f"no credential store in CI: {problem}")
        pytest.skip(problem)
