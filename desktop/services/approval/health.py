"""Self-test checks of the approval tool: templates readable, record writable, LibreOffice (optional)."""
from __future__ import annotations

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
    from desktop.services.common.pdf_convert import INSTALL_HINT, find_soffice
    from desktop.services.settings import Settings

    configured = Settings().get("pdf_converter")
    exe = find_soffice(configured)
    if exe is not None:
        detail = str(exe)
    elif configured:
        detail = f"not found at the configured path {configured}"
    else:
        detail = f"not installed. {INSTALL_HINT}"
    return Check("LibreOffice (PDF output of 起案書 and 議事録)", exe is not None, detail, required=False)


def checks() -> list[Check]:
    return [guarded("approval templates", _templates), guarded("approval record", _record),
            guarded("LibreOffice", _libreoffice, required=False)]
