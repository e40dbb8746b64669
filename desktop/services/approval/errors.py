"""Typed errors of the approval (電子決裁) service."""
from __future__ import annotations

from desktop.services.errors import ToseiError


class ApprovalError(ToseiError):
    """Base of approval failures."""

    code = "approval.error"


class DraftFileError(ApprovalError):
    """A draft JSON file could not be read or is not a draft."""

    code = "approval.draft_file"


class TemplateNotFound(ApprovalError):
    code = "approval.template_not_found"


class TemplateError(ApprovalError):
    """A template file exists but is malformed."""

    code = "approval.template_invalid"


class RouteActionError(ApprovalError):
    """A route action that is not allowed in the current state (e.g. 代決 before the final step)."""

    code = "approval.route_action"


class DraftInvalid(ApprovalError):
    """Submit/export refused because validation found problems (``params['problems']``)."""

    code = "approval.invalid"


class RecordError(ApprovalError):
    """The record (hash-chained log) or a chain-head file cannot be opened."""

    code = "approval.record"
