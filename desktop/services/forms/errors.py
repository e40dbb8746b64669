"""Typed errors of the forms tool. ``str(err)`` is a plain English sentence; ``code`` is stable for the UI."""
from __future__ import annotations

from desktop.services.errors import ToseiError


class FormsError(ToseiError):
    code = "forms.error"


class TemplateError(FormsError):
    """A template JSON is missing, malformed, or describes boxes that do not fit its image."""

    code = "forms.template"


class UnreadableInput(FormsError):
    """A scan is not an image or PDF we can read (or a PDF is corrupt)."""

    code = "forms.unreadable"


class PageTooLarge(UnreadableInput):
    """A page with more pixels than any scan (a decompression bomb, a 144-megapixel poster)."""

    code = "forms.page_too_large"


class EncryptedPdf(UnreadableInput):
    code = "forms.encrypted_pdf"


class LedgerError(FormsError):
    code = "forms.ledger"


class LedgerLocked(LedgerError):
    """Another program (Excel, LibreOffice) has the ledger open."""

    code = "forms.ledger_locked"


class LedgerChanged(LedgerError):
    """The ledger changed on disk between our read and our write."""

    code = "forms.ledger_changed"
