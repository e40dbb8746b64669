"""電子決裁 起案 (e-approval drafting): model, templates, validation, .docx/JSON output, route record.

Qt-free; the page (``desktop/ui/approval``) and the CLI (``desktop/cli/approval.py``) call these.
"""
from desktop.services.approval.autosave import Autosaver, Recoverable
from desktop.services.approval.docx_export import ExportResult, export_draft, read_back, save_draft_json
from desktop.services.approval.errors import (ApprovalError, DraftFileError, DraftInvalid, RecordError,
                                              RouteActionError, TemplateError, TemplateNotFound)
from desktop.services.approval.minutes_import import from_minutes_decisions
from desktop.services.approval.model import (DECISION_TYPES, DISCLOSURE_TYPES, ENFORCEMENT_METHODS, LEVELS,
                                             RETENTIONS, Attachment, Draft, Drafter, Route, RouteStep, load_draft)
from desktop.services.approval.numbering import allocate_number
from desktop.services.approval.pdf_export import export_draft_pdf
from desktop.services.approval.record import ApprovalRecord, VerifyResult
from desktop.services.approval.route_sim import DRAFTER, RouteRun
from desktop.services.approval.templates import (classification_rules, draft_from_template, get_template,
                                                 list_templates)
from desktop.services.approval.validation import Problem, validate
from desktop.services.approval.verify import verify_path, verify_record

__all__ = [
    "Autosaver", "Recoverable", "ExportResult", "export_draft", "export_draft_pdf", "read_back", "save_draft_json", "ApprovalError",
    "DraftFileError", "DraftInvalid", "RecordError", "RouteActionError", "TemplateError", "TemplateNotFound",
    "from_minutes_decisions", "DECISION_TYPES", "DISCLOSURE_TYPES", "ENFORCEMENT_METHODS", "LEVELS", "RETENTIONS",
    "Attachment", "Draft", "Drafter", "Route", "RouteStep", "load_draft", "allocate_number", "ApprovalRecord",
    "VerifyResult", "DRAFTER", "RouteRun", "classification_rules", "draft_from_template", "get_template",
    "list_templates", "Problem", "validate", "verify_path", "verify_record",
]
