"""Typed errors of the sync tool. ``str(err)`` is a plain English sentence and never contains a secret."""
from __future__ import annotations

from desktop.services.errors import ToseiError


class SyncError(ToseiError):
    """Base of every expected sync failure."""

    code = "sync.error"


class NotConfigured(SyncError):
    """No endpoint, remote folder, user name or password is set for the profile."""

    code = "sync.not_configured"


class RemoteUnavailable(SyncError):
    """The server could not be reached, timed out or answered with a server error (5xx)."""

    code = "sync.unavailable"


class AuthenticationFailed(SyncError):
    """The server refused the user name / password (401/403)."""

    code = "sync.auth"


class RemoteChanged(SyncError):
    """The remote file changed after it was listed; the write was refused (412) and nothing was clobbered."""

    code = "sync.remote_changed"


class RemoteError(SyncError):
    """Any other unexpected WebDAV answer."""

    code = "sync.remote_error"


class SyncBusy(SyncError):
    """Another sync of the same folder is running (journal locked)."""

    code = "sync.busy"


class DeleteGuardTriggered(SyncError):
    """The run would delete many files (or one side looks emptied). It stopped before changing anything.

    Params: ``local_deletes`` and ``remote_deletes`` (lists of relative paths), ``tracked`` (journal size),
    ``reason`` (``"share"``, ``"local_empty"``, ``"remote_empty"``), ``threshold``. Answer by running again
    with ``delete_policy="delete"`` (delete them) or ``"keep"`` (restore them from the other side).
    """

    code = "sync.delete_guard"

    @property
    def count(self) -> int:
        return sum(len(v) if isinstance(v := self.params.get(key), (list, tuple)) else 0
                   for key in ("local_deletes", "remote_deletes"))
