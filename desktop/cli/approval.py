"""``python -m desktop approval ...``: draft a 起案書 from a template/JSON, verify the record, list templates.

    approval templates
    approval draft --template 契約伺い [--from draft.json] --out out.docx|out.pdf [--pdf] [--json out.json]
                   [--number 総総]
    approval verify LOG_OR_EXPORT
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from desktop.services.approval import (ApprovalRecord, DraftInvalid, allocate_number, draft_from_template,
                                       export_draft, list_templates, load_draft, validate, verify_path)
from desktop.services.approval.model import Drafter
from desktop.services.approval.staff import signed_in_staff
from desktop.services.errors import ToseiError


def register(subparsers) -> None:
    parser = subparsers.add_parser("approval", help="e-approval drafting (電子決裁 起案)",
                                   description="Draft a formal 起案書 (.docx + JSON) and verify its record.")
    sub = parser.add_subparsers(dest="approval_command", metavar="ACTION")
    sub.add_parser("templates", help="list the approval templates (bundled and bureau)")

    draft = sub.add_parser("draft", help="write a 起案書 .docx (and its JSON) from a template and/or a draft JSON")
    draft.add_argument("--template", help="template name (see 'approval templates'); fields from --from win")
    draft.add_argument("--from", dest="source", type=Path, help="draft JSON to start from (exported or edited)")
    draft.add_argument("--out", type=Path, required=True,
                       help="the .docx to write, or a .pdf (then the .docx and JSON are written beside it)")
    draft.add_argument("--pdf", action="store_true",
                       help="also write a PDF beside the .docx (LibreOffice; path from the pdf_converter setting)")
    draft.add_argument("--json", type=Path, help="where to write the draft JSON (default: beside --out)")
    draft.add_argument("--number", metavar="SECTION_CODE",
                       help="allocate the next 文書記号番号 for this section code (e.g. 総総) if the draft has none")
    draft.add_argument("--drafter", help="起案者 name when nobody is signed in (the signed-in staff ID is used "
                                         "otherwise; submitting needs it)")
    draft.add_argument("--section", help="起案者 所属 (when starting from a template)")
    draft.add_argument("--allow-problems", action="store_true",
                       help="write the document even if validation finds problems (they are still listed)")

    verify = sub.add_parser("verify", help="verify a record (record.sqlite, an export or .chain.json), a signed "
                                           "起案書 PDF, or a circulated draft folder, against the bureau CA")
    verify.add_argument("path", type=Path, metavar="LOG_OR_EXPORT")
    verify.add_argument("--ca", type=Path, help="bureau CA certificate (default: the approval_ca_file setting)")
    verify.add_argument("--events", type=Path,
                        help="the decision files (回付/<id>/events) to check a signed PDF against")
    key = sub.add_parser("key", help="register the staff signing key (PKCS#12 from the bureau); the passphrase "
                                     "goes into the OS credential store")
    key.add_argument("--file", type=Path, required=True, help="the .p12 file")
    key.add_argument("--passphrase-stdin", action="store_true", help="read the passphrase from standard input")
    inbox = sub.add_parser("inbox", help="send/receive circulating drafts and list them (決裁待ち first)")
    inbox.add_argument("--offline", action="store_true", help="list what this PC knows without connecting")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    command = getattr(args, "approval_command", None)
    if command == "templates":
        errors: list[str] = []
        for tpl in list_templates(errors=errors):
            origin = "bureau" if tpl.bureau else "bundled"
            print(f"{tpl.name}\t{tpl.data.get('decision_type', '')}\t{origin}\t{tpl.description}")
        for err in errors:
            print(f"warning: {err}", file=sys.stderr)
        return 0
    if command == "draft":
        return _draft(args)
    if command == "key":
        return _key(args)
    if command == "inbox":
        return _inbox(args)
    if command == "verify":
        signed = _verify_signed(args)
        if signed is not None:
            print(signed)
            for problem in signed.problems:
                print(f"problem: {problem}", file=sys.stderr)
            return 0 if signed.ok else 3
        result = verify_path(args.path)
        print(result)
        return 0 if result.ok else 3
    print("Usage: python -m desktop approval {templates,draft,verify,key,inbox} ... (see --help)", file=sys.stderr)
    return 2


def _draft(args: argparse.Namespace) -> int:
    if not args.template and not args.source:
        raise ToseiError("Give --template NAME, --from draft.json, or both.", code="approval.cli_usage")
    want_pdf = Path(args.out).suffix.lower() == ".pdf" or args.pdf
    converter = None
    if want_pdf:
        from desktop.services.common.pdf_convert import require_soffice
        from desktop.services.settings import Settings

        converter = Settings().get("pdf_converter") or None
        require_soffice(converter)  # before a number is allocated or anything is written
    if args.source:
        draft = load_draft(args.source)
        if args.template and not draft.template:
            base = draft_from_template(args.template)
            for name in ("classification", "retention", "decision_type", "enforcement", "disclosure", "body"):
                if not getattr(draft, name):
                    setattr(draft, name, getattr(base, name))
            if not draft.route.steps:
                draft.route = base.route
            draft.template = base.template
    else:
        draft = draft_from_template(args.template, drafter=Drafter(args.drafter or "", args.section or ""))
    staff = signed_in_staff()
    if staff is not None and draft.drafter.staff_id in ("", staff.staff_id):   # 起案者 = the signed-in person
        draft.drafter.name, draft.drafter.staff_id, draft.drafter.mail = staff.name, staff.staff_id, staff.mail
        draft.drafter.section = args.section or draft.drafter.section or staff.section
    if args.number and not draft.doc_number:
        day = draft.drafted_date() or dt.date.today()
        draft.doc_number = _number(args.number, day, draft.draft_id)
    problems = validate(draft)
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    if problems and not args.allow_problems:
        raise DraftInvalid(f"The draft has {len(problems)} problem(s); nothing was written "
                           "(use --allow-problems to write it anyway).", count=len(problems))
    record = ApprovalRecord()
    out = Path(args.out)
    if want_pdf:
        from desktop.cli.progress import TerminalProgress
        from desktop.services.approval import export_draft_pdf

        pdf = out if out.suffix.lower() == ".pdf" else out.with_suffix(".pdf")
        docx = out.with_suffix(".docx")
        result = export_draft_pdf(draft, pdf, docx_path=docx, json_path=args.json, record=record,
                                  soffice=converter, progress=TerminalProgress())
    else:
        result = export_draft(draft, out, json_path=args.json, record=record)
    print(f"Wrote {result.docx}")
    if result.json:
        print(f"Wrote {result.json}")
    if result.pdf:
        print(f"Wrote {result.pdf}")
    return 0 if not problems else 4


def _verify_signed(args: argparse.Namespace):
    """A signed PDF or a circulated draft folder: PAdES signatures + signed decisions (else ``None``)."""
    path = Path(args.path)
    is_pdf = path.is_file() and path.read_bytes()[:5] == b"%PDF-"
    events = args.events
    if events is None and path.is_dir() and (path / "events").is_dir():
        events = path / "events"
    if events is None and is_pdf and path.parent.name == "pdf" and (path.parents[2] / "events").is_dir():
        events = path.parents[2] / "events"
    if not is_pdf and events is None:
        return None
    if is_pdf and not Path(str(path) + ".chain.json").is_file() or events is not None:
        from desktop.services.approval.signing import ca_path, load_ca
        from desktop.services.approval.verify_signed import verify_circulated
        from desktop.services.settings import Settings

        ca = args.ca or ca_path(Settings())
        if ca is None:
            raise ToseiError("Give the bureau CA certificate (--ca FILE or the approval_ca_file setting) to "
                             "verify signatures.", code="approval.no_ca")
        return verify_circulated(path if is_pdf else None, events, load_ca(ca))
    return None


def _key(args: argparse.Namespace) -> int:
    import getpass

    from desktop.services.approval.signing_key import register_key
    from desktop.services.settings import Settings

    passphrase = sys.stdin.readline().rstrip("\n") if args.passphrase_stdin else getpass.getpass("Passphrase: ")
    key = register_key(args.file, passphrase, staff=signed_in_staff(), settings=Settings())
    print(f"Signing key of {key.staff_id} registered (passphrase kept in the credential store).")
    return 0


def _inbox(args: argparse.Namespace) -> int:
    from desktop.services.approval.circulation import Circulation
    from desktop.services.approval.desk import desk_from_app

    circ = Circulation(desk_from_app())
    if not args.offline:
        report = circ.sync()
        print(f"sent {report.sent}, received {report.received}" + (f" (offline: {report.error})"
                                                                      if report.offline else ""))
    labels = {"in_progress": "回付中", "returned": "差戻し", "decided": "決裁済", "withdrawn": "取下げ"}
    for item in circ.items():
        state = "決裁待ち" if item.waiting_for_me else labels.get(item.status, item.status)
        unsent = f" (未送信 {item.unsent})" if item.unsent else ""
        print(f"{state}{unsent}\t{item.subject}\t{item.doc_number}\t{item.drafter_name}\t{item.current_label}")
    return 0


def _number(code: str, day: dt.date, draft_id: str) -> str:
    """The next 文書番号: from the shared folder when it is set up (no collisions between PCs), else local."""
    from desktop.services.approval.desk import CirculationUnavailable, desk_from_app

    try:
        desk = desk_from_app()
    except CirculationUnavailable:
        return allocate_number(code, day)
    from desktop.services.approval.shared_numbering import allocate_shared_number

    client = desk.connect()
    try:
        return allocate_shared_number(client, code, day, draft_id=draft_id, staff_id=desk.staff.staff_id)
    finally:
        client.close()
