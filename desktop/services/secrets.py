"""The one module that touches the OS credential store (keyring).

Secrets are stored under one service namespace, ``ToseiDesk/<profile>``, with enum-like keys. When the
platform has no usable backend (keyring's ``fail`` backend, a plaintext backend such as ``keyrings.alt``, a
locked Secret Service) :class:`CredentialStoreError` is raised with a hint how to fix it; there is never a
plaintext fallback. Every value read or written is registered with the log redactor.
"""
from __future__ import annotations

import enum
import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from desktop.services.errors import CredentialStoreError
from desktop.services.logging_setup import register_secret

log = logging.getLogger(__name__)

SERVICE_PREFIX = "ToseiDesk"
MAX_SECRET_BYTES = 2000  # Windows Credential Manager caps a secret at ~2.5 KB

# Backends that would keep secrets in plain or trivially encoded files.
_REFUSED_BACKEND_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


class SecretKey(str, enum.Enum):
    SMTP_PASSWORD = "smtp.password"
    CLOUD_PASSWORD = "cloud.password"
    CLOUD_TOKEN = "cloud.token"
    TOKEN_CACHE_KEY = "signin.cache_key"   # the key that encrypts the sign-in token cache file (Linux)
    APPROVAL_KEY_PASSPHRASE = "approval.key_passphrase"   # passphrase of the staff PKCS#12 signing key
    TRANSCRIPTION_TOKEN = "minutes.server_token"   # bureau transcription server (OpenAI-compatible API)


def _service(profile: str) -> str:
    return f"{SERVICE_PREFIX}/{profile}"


def backend_problem(backend: KeyringBackend | None = None) -> str | None:
    """A plain explanation when the active backend is unusable, else ``None``."""
    backend = backend or keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    chained = getattr(backend, "backends", None)
    if chained is not None and not chained:
        return "No credential store is available (no keyring backend found)."
    if chained:
        for child in chained:
            problem = _file_backend_problem(child)
            if problem:
                return problem
    file_problem = _file_backend_problem(backend)
    if file_problem:
        return file_problem
    if any(name.startswith(m) for m in _REFUSED_BACKEND_MODULES):
        if name.startswith("keyrings.alt"):
            return (f"The credential store backend {name} keeps secrets in a plain file and is refused. "
                    "Uninstall keyrings.alt and use the system credential store.")
        return ("No credential store is available. On Windows use Credential Manager; on Linux start a "
                "Secret Service (e.g. gnome-keyring) and unlock it.")
    return None


def _file_backend_problem(backend: KeyringBackend) -> str | None:
    """Backends that keep secrets in a file of their own (``file_path``: keyrings.alt and the like)."""
    if "file_path" in dir(type(backend)) or "file_path" in vars(backend):
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        return (f"The credential store backend {name} keeps secrets in a file and is refused. "
                "Use the system credential store (Windows Credential Manager, macOS Keychain, Secret Service).")
    return None


def backend_name() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _check() -> None:
    problem = backend_problem()
    if problem:
        raise CredentialStoreError(problem)


_LOCKED_HINT = ("The credential store is locked. Unlock it (on Linux: the \"login\" keyring, e.g. by signing "
                "in to the desktop again; on Windows: sign in to Windows) and try again.")


def _store_error(exc: Exception, doing: str) -> CredentialStoreError:
    """A clear sentence for a keyring failure: a locked store says so (keyring reports it as InitError or
    KeyringLocked), anything else names the error type. Never includes the secret."""
    text = f"{type(exc).__name__} {exc}".lower()
    if isinstance(exc, (keyring.errors.KeyringLocked, keyring.errors.InitError)) or "lock" in text \
            or "prompt" in text or "dismissed" in text:
        return CredentialStoreError(_LOCKED_HINT, code="secrets.locked")
    return CredentialStoreError(f"The credential store could not {doing} ({type(exc).__name__}).")


def set_secret(key: SecretKey, value: str, profile: str = "default") -> None:
    if len(value.encode("utf-8")) > MAX_SECRET_BYTES:
        raise CredentialStoreError(f"The secret for {key.value} is too long for the credential store.")
    _check()
    register_secret(value)
    try:
        keyring.set_password(_service(profile), key.value, value)
    except keyring.errors.KeyringError as exc:
        raise _store_error(exc, f"save {key.value}") from None
    log.info("stored secret %s for profile %s", key.value, profile)


def get_secret(key: SecretKey, profile: str = "default") -> str | None:
    _check()
    try:
        value = keyring.get_password(_service(profile), key.value)
    except keyring.errors.KeyringError as exc:
        raise _store_error(exc, "be read") from None
    register_secret(value)
    return value


def delete_secret(key: SecretKey, profile: str = "default") -> bool:
    _check()
    try:
        keyring.delete_password(_service(profile), key.value)
        return True
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError as exc:
        raise _store_error(exc, f"delete {key.value}") from None


def delete_all(profile: str = "default") -> int:
    """Sign out: remove every secret of ``profile``. Returns how many were removed."""
    return sum(delete_secret(key, profile) for key in SecretKey)
