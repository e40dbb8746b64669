"""The real credential-store path: plaintext/file and "fail" backends are refused, nothing is written."""
from __future__ import annotations

import base64
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from keyring.backend import KeyringBackend

from desktop.services import paths, secrets
from desktop.services.errors import CredentialStoreError
from desktop.services.sync import identity
from desktop.services.sync.identity import Identity

SECRET = "Real-Store-pa55"


class PlainFileKeyring(KeyringBackend):
    """Behaves like keyrings.alt's PlaintextKeyring: base64 in a file (what the app must refuse)."""

    priority = 1
    file_path = ""

    def set_password(self, service, username, password):
        Path(self.file_path).write_text(base64.b64encode(password.encode()).decode())

    def get_password(self, service, username):
        p = Path(self.file_path)
        return base64.b64decode(p.read_text()).decode() if p.exists() else None

    def delete_password(self, service, username):
        Path(self.file_path).unlink()


@pytest.fixture
def restore_keyring():
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


def _files_under_home() -> list[Path]:
    return [p for base in (paths.config_dir(), paths.data_dir()) for p in base.rglob("*") if p.is_file()]


@pytest.mark.real_keyring
def test_plaintext_file_backend_is_refused(restore_keyring, tmp_path):
    backend = PlainFileKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")
    keyring.set_keyring(backend)
    assert "refused" in secrets.backend_problem()
    with pytest.raises(CredentialStoreError):
        identity.sign_in(Identity(staff_id="s1"), cloud_password=SECRET)
    with pytest.raises(CredentialStoreError):
        secrets.set_secret(secrets.SecretKey.CLOUD_PASSWORD, SECRET)
    assert not Path(backend.file_path).exists()
    assert identity.load_identity() is None and _files_under_home() == []


@pytest.mark.real_keyring
def test_fail_backend_is_refused_with_a_fix(restore_keyring):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    problem = secrets.backend_problem()
    assert "Secret Service" in problem and "Credential Manager" in problem
    with pytest.raises(CredentialStoreError) as info:
        identity.sign_in(Identity(staff_id="s1"), cloud_password=SECRET)
    assert SECRET not in str(info.value)
    assert _files_under_home() == []


@pytest.mark.real_keyring
def test_the_machine_store_either_works_or_refuses(restore_keyring):
    """Whatever keyring picks on this machine (fail on a bare box, Secret Service in CI): safe either way."""
    problem = secrets.backend_problem()
    if problem:
        with pytest.raises(CredentialStoreError):
            identity.sign_in(Identity(profile="realtest", staff_id="s1"), cloud_password=SECRET)
        assert _files_under_home() == []
        return
    identity.sign_in(Identity(profile="realtest", staff_id="s1"), cloud_password=SECRET)
    try:
        assert secrets.get_secret(secrets.SecretKey.CLOUD_PASSWORD, "realtest") == SECRET
        assert all(SECRET.encode() not in p.read_bytes() for p in _files_under_home())
    finally:
        assert identity.sign_out("realtest") >= 1
    assert secrets.get_secret(secrets.SecretKey.CLOUD_PASSWORD, "realtest") is None
