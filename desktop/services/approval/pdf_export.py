"""起案書 as PDF (電子メール施行 sends a PDF, not an editable Word file): the .docx and JSON are written as
by :func:`export_draft` (they are the editable record and re-open the draft), then LibreOffice converts the
.docx to the PDF beside them; with a record, a chain head is written beside the PDF too.

Blocking; run it as a job (UI) or from the CLI. Cancel stops LibreOffice; the .docx/JSON stay.
"""
from __future__ import annotations

from pathlib import Path

from desktop.services.approval.docx_export import ExportResult, export_draft
from desktop.services.approval.model import Draft
from desktop.services.approval.record import ApprovalRecord
from desktop.services.common.jobs import NEVER, NO_PROGRESS, CancelToken, Progress, scaled
from desktop.services.common.pdf_convert import DEFAULT_TIMEOUT, docx_to_pdf


def export_draft_pdf(draft: Draft, out_pdf: Path, *, docx_path: Path | None = None,
                     json_path: Path | None | bool = None, record: ApprovalRecord | None = None,
                     soffice: str | None = None, timeout: float = DEFAULT_TIMEOUT,
                     progress: Progress = NO_PROGRESS, cancel: CancelToken = NEVER) -> ExportResult:
    """Write ``out_pdf`` plus the .docx (default: beside it, same name) and the JSON; return all paths."""
    out_pdf = Path(out_pdf)
    docx = Path(docx_path) if docx_path else out_pdf.with_suffix(".docx")
    cancel.raise_if_cancelled()
    progress(0.0, "writing docx")
    result = export_draft(draft, docx, json_path=json_path, record=record)
    docx_to_pdf(result.docx, out_pdf, soffice=soffice, timeout=timeout, progress=scaled(progress, 0.1, 1.0),
                cancel=cancel)
    result.pdf = out_pdf
    if record is not None:
        result.heads.append(record.write_head(out_pdf, draft.draft_id, export_state_hash=draft.state_hash()))
    return result
