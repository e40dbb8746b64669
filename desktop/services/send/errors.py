"""Typed errors of the send tool. ``str(err)`` is a plain English sentence and never contains a secret."""
from __future__ import annotations

from desktop.services.errors import ToseiError


class SendError(ToseiError):
    code = "send.error"


class DirectoryImportError(SendError):
    """The address-book file could not be read at all (not a row problem)."""

    code = "send.directory_unreadable"


class ContactError(SendError):
    """One address-book entry cannot be saved. ``params['reason']``: ``no_name`` | ``bad_fax`` | ``duplicate`` |
    ``missing`` (the entry was deleted meanwhile)."""

    code = "send.contact"


class InvalidRecipient(SendError):
    code = "send.invalid_recipient"


class BlockedDomain(SendError):
    code = "send.blocked_domain"


class MissingAttachment(SendError):
    code = "send.missing_attachment"


class FaxNumberNotFound(SendError):
    code = "send.fax_not_found"


class CoverFontMissing(SendError):
    code = "send.font_missing"


class NotConfigured(SendError):
    code = "send.not_configured"


class JobStateError(SendError):
    """An outbox action does not fit the job's current state (e.g. cancel after sending started)."""

    code = "send.job_state"


class UploadError(SendError):
    code = "send.upload_failed"


class TransportFailure(SendError):
    """A delivery attempt failed.

    Attributes (in ``params``): ``temporary`` (bool) - worth retrying; ``after_data`` (bool) - the message
    body may have reached the server (the job becomes *uncertain*); ``response`` - server reply text.
    """

    code = "send.transport_failed"

    @property
    def temporary(self) -> bool:
        return bool(self.params.get("temporary"))

    @property
    def after_data(self) -> bool:
        return bool(self.params.get("after_data"))

    @property
    def response(self) -> str:
        return str(self.params.get("response", ""))
