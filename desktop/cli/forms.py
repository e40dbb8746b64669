"""``python -m desktop forms ...``: read scanned forms into a ledger, list templates.

``forms extract --template NAME_OR_JSON SCAN_OR_PDF... --out ledger.xlsx [--review-threshold 0.9]`` reads every
page in a child process (``--template`` given several times: a mixed pile, each page matched to the template it
fits best, ``--out`` a folder that gets one ledger per template); records whose fields are all valid and confident are appended to the ledger at once,
the others wait in the review list of the desktop app (紙→デジタル). ``forms templates`` lists templates.
"""
from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser("forms", help="paper forms → data (template OCR, review, Excel ledger)")
    sub = parser.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    ex = sub.add_parser("extract", help="read scans/PDFs with a template and append to a ledger")
    ex.add_argument("--template", required=True, action="append",
                    help="template name or path to its JSON (repeat for a mixed pile of forms)")
    ex.add_argument("inputs", nargs="+", type=Path, help="scans (PNG/JPEG/TIFF), PDFs or folders")
    ex.add_argument("--out", required=True, type=Path, help="ledger to append to (.xlsx or .csv)")
    ex.add_argument("--review-threshold", type=float, default=None,
                    help="fields below this confidence go to review (default: the setting, 0.9)")
    ex.set_defaults(func=run)
    tp = sub.add_parser("templates", help="list form templates")
    tp.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.forms_command == "templates":
        return _templates()
    return _extract(args)


def _templates() -> int:
    from desktop.services.forms.template import Template, list_templates

    found = list_templates()
    if not found:
        print("No templates.")
    for path, tpl in found:
        if isinstance(tpl, Template):
            print(f"{tpl.name}\t{len(tpl.fields)} fields\t{path}")
        else:
            print(f"(unusable)\t{tpl}\t{path}")
    return 0


def _extract(args: argparse.Namespace) -> int:
    from desktop.cli.progress import TerminalProgress
    from desktop.services.common.jobs import run_in_child
    from desktop.services.forms.errors import FormsError
    from desktop.services.forms.ledger import reviewer_name
    from desktop.services.forms.review_store import ReviewStore, auto_confirm, export_confirmed
    from desktop.services.forms.template import find_template

    from desktop.services.settings import Settings

    settings = Settings()
    threshold = args.review_threshold
    if threshold is None:
        threshold = float(settings.get("forms_review_threshold"))
    date_format = str(settings.get("forms_ledger_dates"))  # 西暦 date cell / 和暦 text / both, as the policy may lock
    if not 0.0 <= threshold <= 1.0:
        raise FormsError("--review-threshold must be between 0 and 1.")
    tpls = [find_template(t) for t in args.template]
    tpl = tpls[0]
    from desktop.services.forms.ledger import check_not_locked, default_ledger_path

    if len(tpls) > 1:
        if args.out.suffix.lower() in (".xlsx", ".csv"):
            raise FormsError("With several --template, --out must name a folder (one ledger per template).")
        args.out.mkdir(parents=True, exist_ok=True)
        ledgers = {str(t.path): default_ledger_path(args.out, t) for t in tpls}
    else:
        if args.out.suffix.lower() not in (".xlsx", ".csv"):
            raise FormsError(f"--out must name an .xlsx or .csv file, not {args.out.name}.")
        ledgers = {str(tpl.path): args.out}
    for path in ledgers.values():
        check_not_locked(path)  # say so before minutes of OCR, not after
    batch = run_in_child("desktop.services.forms.extract:extract_batch",
                         {"template": [str(t.path) for t in tpls] if len(tpls) > 1 else str(tpl.path),
                          "inputs": [str(p) for p in args.inputs]},
                         progress=TerminalProgress())
    for page in batch.rejected:
        print(f"Skipped: {page.message.rstrip('.')}.")
    if not batch.records:
        raise FormsError(f"No page could be read as a {' or '.join(t.name for t in tpls)} form; nothing was appended.")
    store = ReviewStore()
    added = store.add_records(batch)
    ids = added.ids
    for dup in added.duplicates:
        first = f" (first read from {Path(dup.first_source).name} page {dup.first_page})" \
            if (dup.first_source, dup.first_page) != (dup.source, dup.page) else ""
        print(f"Already read: {Path(dup.source).name} page {dup.page} is the same scan as a record that is "
              f"{dup.status}{first}; it was not added again.")
    confirmed = auto_confirm(store, ids, batch.records, threshold, reviewer_name())
    written = 0
    for t in tpls:
        if confirmed:
            written += export_confirmed(store, t, ledgers[str(t.path)], confirmed, date_format=date_format)
    if len(tpls) > 1:
        for t in tpls:
            n = sum(1 for r in batch.records if r.template_path == str(t.path))
            print(f"{t.name}: {n} form(s) → {ledgers[str(t.path)].name}")
    duplicate_ids = {d.id for d in added.duplicates}
    for rid, rec in zip(ids, batch.records):
        if rid in confirmed or rid in duplicate_ids:
            continue
        issues = [f"{f.name} ({', '.join(p.code for p in f.problems) or f'confidence {f.confidence:.3f}'})"
                  for f in rec.fields if f.needs_review(threshold)]
        print(f"Needs review: {Path(rec.source).name} page {rec.page}: {'; '.join(issues)}")
    from_text = sum(f.origin == "text_layer" for rec in batch.records for f in rec.fields)
    if from_text:
        print(f"{from_text} field(s) were read from the PDFs' own text layer (no OCR needed).")
    from_form = sum(f.origin == "form_field" for rec in batch.records for f in rec.fields)
    if from_form:
        print(f"{from_form} field(s) were read from the PDFs' fillable form fields (no OCR needed).")
    pending = len(batch.records) - len(confirmed) - len(added.duplicates)
    print(f"{len(batch.records)} form(s) read in {batch.seconds:.1f} s: {written} appended to {args.out}, "
          f"{pending} waiting for review in the desktop app, {len(added.duplicates)} already read before, "
          f"{len(batch.rejected)} page(s) skipped.")
    return 0
