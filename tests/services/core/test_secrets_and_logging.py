"""The credential-store wrapper refuses unusable backends and secrets never reach the log."""
from __future__ import annotations

import logging

import keyring
import pytest
from keyring.backends import fail

from desktop.services import secrets
from desktop.services.errors import CredentialStoreError
from desktop.services.logging_setup import configure_logging, log_file


def test_roundtrip_and_sign_out(memory_keyring):
    secrets.set_secret(secrets.SecretKey.SMTP_PASSWORD, "pw-12345", profile="yamada")
    secrets.set_secret(secrets.SecretKey.CLOUD_PASSWORD, "cloud-999", profile="yamada")
    assert secrets.get_secret(secrets.SecretKey.SMTP_PASSWORD, profile="yamada") == "pw-12345"
    assert memory_keyring.store[("ToseiDesk/yamada", "smtp.password")] == "pw-12345"
    assert secrets.delete_all("yamada") == 2
    assert secrets.get_secret(secrets.SecretKey.SMTP_PASSWORD, profile="yamada") is None


def test_fail_backend_is_refused_with_a_hint():
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(CredentialStoreError) as info:
        secrets.set_secret(secrets.SecretKey.SMTP_PASSWORD, "pw-12345")
    assert "Secret Service" in str(info.value) or "Credential Manager" in str(info.value)
    assert "pw-12345" not in str(info.value)


def test_oversized_secret_is_refused():
    with pytest.raises(CredentialStoreError):
        secrets.set_secret(secrets.SecretKey.CLOUD_TOKEN, "x" * 5000)


def test_secret_is_redacted_from_the_log():
    configure_logging()
    secrets.set_secret(secrets.SecretKey.SMTP_PASSWORD, "hunter2-secret")
    value = secrets.get_secret(secrets.SecretKey.SMTP_PASSWORD)
    log = logging.getLogger("desktop.test")
    log.warning("login failed for password %s", value)
    try:
        raise RuntimeError(f"server said no to {value}")
    except RuntimeError:
        log.exception("boom")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file().read_text(encoding="utf-8")
    assert "login failed for password ***" in text
    assert "hunter2-secret" not in text
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "_tosei", False):
            logging.getLogger().removeHandler(handler)
            handler.close()
