"""Self-test checks of the approval tool: templates readable, record writable, LibreOffice (optional)."""
from __future__ import annotations

import shutil

from desktop.services.health import Check, guarded


def _templates() -> Check:
    from desktop.services.approval.templates import classification_rules, list_templates

    errors: list[str] = []
    names = [t.name for t in list_templates(errors=errors)]
    classification_rules()
    ok = bool(names) and not errors
    return Check("approval templates", ok, ", ".join(names) + ("; " + "; ".join(errors) if errors else ""))


def _record() -> Check:
    from desktop.services.approval.record import ApprovalRecord

    record = ApprovalRecord()
    return Check("approval record", True, str(record.path))


def _libreoffice() -> Check:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    return Check("LibreOffice (PDF preview of 起案書)", bool(exe), exe or "not installed", required=False)


def checks() -> list[Check]:
    return [guarded("approval templates", _templates), guarded("approval record", _record),
            guarded("LibreOffice", _libreoffice, required=False)]
