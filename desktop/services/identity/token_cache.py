"""MSAL's token cache, encrypted at rest (never a plain file, never one keyring entry holding the whole cache).

* Windows: ``msal_extensions.FilePersistenceWithDataProtection`` (DPAPI, bound to the Windows user).
* macOS: ``msal_extensions.KeychainPersistence``.
* Linux: :class:`SecretStoreFilePersistence`: the cache file is encrypted (Fernet: AES-128-CBC + HMAC-SHA256) with
  a random key kept in the Secret Service through :mod:`desktop.services.secrets` (keyring over D-Bus, the same
  gnome-keyring/KWallet that libsecret uses). ``msal_extensions.LibsecretPersistence`` would need PyGObject,
  which a venv or a frozen build does not have without a compiler toolchain; the key here is 44 bytes, far under
  Windows Credential Manager's 2,560-byte cap that a whole cache (~2.5 KB per account) would hit.

Without a usable credential store :class:`~desktop.services.errors.CredentialStoreError` is raised: there is no
plaintext fallback. A cache whose key is gone (signed out elsewhere) reads as empty and is removed.
"""
from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

from msal_extensions.persistence import BasePersistence, PersistenceNotFound

from desktop.services import paths, secrets
from desktop.services.common.atomic import atomic_write_text

log = logging.getLogger(__name__)

CACHE_NAME = "signin-token-cache.bin"


class SecretStoreFilePersistence(BasePersistence):
    """An encrypted file whose key lives in the OS credential store (one key per profile)."""

    is_encrypted = True

    def __init__(self, location: Path, profile: str = "default") -> None:
        self._location = Path(location)
        self._profile = profile

    def _fernet(self, create: bool):
        from cryptography.fernet import Fernet

        key = secrets.get_secret(secrets.SecretKey.TOKEN_CACHE_KEY, self._profile)
        if key is None:
            if not create:
                return None
            key = Fernet.generate_key().decode("ascii")
            secrets.set_secret(secrets.SecretKey.TOKEN_CACHE_KEY, key, self._profile)
        return Fernet(key.encode("ascii"))

    def save(self, content: str) -> None:
        fernet = self._fernet(create=True)
        atomic_write_text(self._location, fernet.encrypt(content.encode("utf-8")).decode("ascii"))

    def load(self) -> str:
        from cryptography.fernet import InvalidToken

        if not self._location.exists():
            raise PersistenceNotFound(location=str(self._location))
        fernet = self._fernet(create=False)
        try:
            if fernet is None:
                raise InvalidToken
            return fernet.decrypt(self._location.read_bytes()).decode("utf-8")
        except InvalidToken:
            log.warning("the sign-in token cache cannot be decrypted (its key is gone); starting signed out")
            with contextlib.suppress(FileNotFoundError):
                self._location.unlink()
            return ""

    def time_last_modified(self) -> float:
        try:
            return os.path.getmtime(self._location)
        except FileNotFoundError:
            raise PersistenceNotFound(location=str(self._location)) from None

    def get_location(self) -> str:
        return str(self._location)


def cache_location(profile: str = "default") -> Path:
    return paths.config_dir() / "signin" / f"{profile}-{CACHE_NAME}"


def build_persistence(profile: str = "default") -> BasePersistence:
    location = cache_location(profile)
    location.parent.mkdir(parents=True, exist_ok=True)
    if sys.platform.startswith("win"):
        from msal_extensions import FilePersistenceWithDataProtection

        return FilePersistenceWithDataProtection(str(location))
    if sys.platform == "darwin":
        from msal_extensions import KeychainPersistence

        return KeychainPersistence(str(location), "ToseiDesk", f"signin/{profile}")
    return SecretStoreFilePersistence(location, profile)


def open_token_cache(profile: str = "default"):
    """The persisted, encrypted MSAL cache of ``profile`` (shared safely by several app processes)."""
    from msal_extensions import PersistedTokenCache

    persistence = build_persistence(profile)
    return PersistedTokenCache(persistence, lock_location=str(cache_location(profile)) + ".lock")


def remove_token_cache(profile: str = "default") -> None:
    """Sign-out: the cache file, its lock file and its key are deleted."""
    location = cache_location(profile)
    for path in (location, Path(str(location) + ".lock")):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    if not sys.platform.startswith("win") and sys.platform != "darwin":
        secrets.delete_secret(secrets.SecretKey.TOKEN_CACHE_KEY, profile)
    elif sys.platform == "darwin":  # pragma: no cover - macOS keeps the cache itself in the Keychain
        with contextlib.suppress(Exception):
            build_persistence(profile).save("{}")
