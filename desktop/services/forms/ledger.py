"""The ledger (台帳) of confirmed records per template: .xlsx (openpyxl) or .csv.

Sheet 「台帳」: a header row of the field names and one typed row per record (dates as dates, postal codes and
phone numbers as text so leading zeros stay, numbers as numbers, checkboxes as booleans). Sheet 「確認情報」:
record id, source file, page, reviewer, time, and each field's confidence. A CSV ledger has the same columns.

Idempotent: every row carries its record id (column 「記録ID」). Appending skips records whose id is already in
the ledger, so retrying an export that crashed after writing the file but before the review store marked the
records exported does not add them twice. A ledger whose confirmation columns lack 「記録ID」 (made by hand)
still opens; then nothing can be recognised as already there.

Safety: the whole file is written to a temp file and moved into place. We refuse if the ledger is open in
Excel/LibreOffice (lock file ``~$name.xlsx`` / ``.~lock.name.xlsx#``, or the OS refuses write access), if its
header belongs to another template, or if it changed on disk between our read and our write.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services.common.atomic import atomic_output_path, atomic_write_bytes
from desktop.services.forms.errors import LedgerChanged, LedgerError, LedgerLocked
from desktop.services.forms.template import Template

MAIN_SHEET = "台帳"
META_SHEET = "確認情報"
ID_COLUMN = "記録ID"
META_HEADER = [ID_COLUMN, "元ファイル", "ページ", "確認者", "確認日時", "最低信頼度", "修正した項目"]
TEXT_TYPES = ("text", "kana", "digits", "postal", "phone")


@dataclass
class LedgerRow:
    record_id: str
    values: dict[str, object]
    confidences: dict[str, float]
    source: str
    page: int
    reviewer: str
    confirmed_at: dt.datetime
    corrected: list[str] = field(default_factory=list)


def lock_files(path: Path) -> list[Path]:
    return [path.with_name(f"~${path.name}"), path.with_name(f".~lock.{path.name}#")]


def check_not_locked(path: Path) -> None:
    for lock in lock_files(path):
        if lock.exists():
            raise LedgerLocked(f"The ledger {path.name} is open in another program (lock file {lock.name}); "
                               f"close it and try again.", path=str(path))
    if path.exists():
        try:
            with open(path, "r+b"):
                pass
        except PermissionError:
            raise LedgerLocked(f"The ledger {path.name} cannot be written (it is open in another program or "
                               f"read-only).", path=str(path)) from None


def _fingerprint(path: Path) -> tuple[int, int, str] | None:
    try:
        st = path.stat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None
    return (st.st_size, st.st_mtime_ns, digest)


def _check_unchanged(path: Path, before) -> None:
    if _fingerprint(path) != before:
        raise LedgerChanged(f"The ledger {path.name} was changed by someone else while we were adding rows; "
                            f"nothing was written. Try again.", path=str(path))


def field_columns(tpl: Template) -> list[str]:
    return [f.name for f in tpl.fields]


def cell_value(ftype: str, value: object) -> object:
    if value is None:
        return None
    if ftype == "checkbox_group":
        return "、".join(str(v) for v in (value or []))  # type: ignore[union-attr]
    if ftype == "checkbox":
        return bool(value)
    if ftype in ("date", "date_wareki"):
        return value if isinstance(value, dt.date) else (str(value) or None)
    if ftype == "number":
        return value if isinstance(value, int) else (str(value) or None)
    return str(value)


@dataclass
class AppendResult:
    added: list[str]      # record ids appended now
    present: list[str]    # record ids that were already in the ledger (skipped)
    total: int            # data rows in the ledger afterwards


def append(path: Path, tpl: Template, rows: list[LedgerRow]) -> int:
    """Append ``rows`` to the ledger at ``path`` (created if missing); return the number of data rows now."""
    return append_rows(path, tpl, rows).total


def append_rows(path: Path, tpl: Template, rows: list[LedgerRow], replace: set[str] | frozenset = frozenset()
                ) -> AppendResult:
    """Append the ``rows`` whose record id is not yet in the ledger; the file is not rewritten if none is new.
    A row whose id is in ``replace`` (a record corrected after it was exported) overwrites its own row instead."""
    path = Path(path)
    if not rows:
        return AppendResult([], [], 0)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise LedgerError(f"A ledger must be an .xlsx or .csv file, not {path.name}.", path=str(path))
    check_not_locked(path)
    before = _fingerprint(path)
    if suffix == ".csv":
        return _append_csv(path, tpl, rows, before, set(replace))
    return _append_xlsx(path, tpl, rows, before, set(replace))


def _split_new(rows: list[LedgerRow], known: set[str]) -> tuple[list[LedgerRow], list[str]]:
    """Rows whose id is neither in the ledger nor earlier in ``rows``; and the ids skipped."""
    new: list[LedgerRow] = []
    present: list[str] = []
    seen = set(known)
    for row in rows:
        if row.record_id and row.record_id in seen:
            present.append(row.record_id)
            continue
        seen.add(row.record_id)
        new.append(row)
    return new, present


def _ids_in_column(header: list, values) -> set[str]:
    """The non-empty values of the 「記録ID」 column (none if the column is missing)."""
    if ID_COLUMN not in header:
        return set()
    col = header.index(ID_COLUMN)
    return {str(v[col]) for v in values if len(v) > col and v[col] not in (None, "")}


def _meta_values(tpl: Template, row: LedgerRow) -> list[object]:
    conf = [round(float(row.confidences.get(f.name, 0.0)), 4) for f in tpl.fields]
    return [row.record_id, Path(row.source).name, row.page, row.reviewer,
            row.confirmed_at.replace(microsecond=0, tzinfo=None), min(conf) if conf else None,
            "、".join(row.corrected)] + conf


def _append_xlsx(path: Path, tpl: Template, rows: list[LedgerRow], before, replace: set[str]) -> AppendResult:
    import openpyxl
    from openpyxl.styles import Font
    from openpyxl.utils.exceptions import InvalidFileException

    header = field_columns(tpl)
    meta_header = META_HEADER + [f"信頼度:{n}" for n in header]
    if before is not None:
        try:
            wb = openpyxl.load_workbook(path)
        except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
            raise LedgerError(f"{path.name} is not a readable Excel workbook ({exc}).", path=str(path)) from None
        if MAIN_SHEET not in wb.sheetnames or META_SHEET not in wb.sheetnames:
            raise LedgerError(f"{path.name} is not a forms ledger (sheets {MAIN_SHEET}/{META_SHEET} missing).",
                              path=str(path))
        ws, meta = wb[MAIN_SHEET], wb[META_SHEET]
        existing = [c.value for c in ws[1]]
        if existing != header:
            raise LedgerError(f"{path.name} belongs to another form: its columns are "
                              f"{', '.join(map(str, existing))}.", path=str(path))
        meta_header_now = [c.value for c in meta[1]]
        known = _ids_in_column(meta_header_now, meta.iter_rows(min_row=2, values_only=True))
        replaced = _replace_xlsx(ws, meta, meta_header_now, tpl, [r for r in rows if r.record_id in replace])
        rows, present = _split_new(rows, known)
        if not rows and not replaced:
            return AppendResult([], present, ws.max_row - 1)
        present = [p for p in present if p not in replaced] + replaced
    else:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = MAIN_SHEET
        meta = wb.create_sheet(META_SHEET)
        for sheet, head in ((ws, header), (meta, meta_header)):
            sheet.append(head)
            for c in sheet[1]:
                c.font = Font(bold=True)
            sheet.freeze_panes = "A2"
        for i, name in enumerate(header, start=1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = max(12, len(name) * 2 + 4)
        rows, present = _split_new(rows, set())
    for row in rows:
        ws.append([cell_value(f.type, row.values.get(f.name)) for f in tpl.fields])
        r = ws.max_row
        for col, f in enumerate(tpl.fields, start=1):
            cell = ws.cell(r, col)
            if f.type in TEXT_TYPES:
                cell.number_format = "@"
            elif f.type in ("date", "date_wareki") and isinstance(cell.value, (dt.date, dt.datetime)):
                cell.number_format = "yyyy/mm/dd"
        meta.append(_meta_values(tpl, row))
        meta.cell(meta.max_row, 5).number_format = "yyyy/mm/dd hh:mm:ss"
    count = ws.max_row - 1
    with atomic_output_path(path) as tmp:
        wb.save(tmp)
        _check_unchanged(path, before)
    return AppendResult([r.record_id for r in rows], present, count)


def _replace_xlsx(ws, meta, meta_header: list, tpl: Template, rows: list[LedgerRow]) -> list[str]:
    """Overwrite the rows of corrected records in place (same row in both sheets); return the ids done."""
    if not rows or ID_COLUMN not in meta_header:
        return []
    col = meta_header.index(ID_COLUMN) + 1
    where = {str(meta.cell(r, col).value): r for r in range(2, meta.max_row + 1)}
    done = []
    for row in rows:
        r = where.get(row.record_id)
        if r is None:
            continue
        for c, f in enumerate(tpl.fields, start=1):
            ws.cell(r, c).value = cell_value(f.type, row.values.get(f.name))
        for c, v in enumerate(_meta_values(tpl, row), start=1):
            meta.cell(r, c).value = v
        done.append(row.record_id)
    return done


def _append_csv(path: Path, tpl: Template, rows: list[LedgerRow], before, replace: set[str]) -> AppendResult:
    header = field_columns(tpl) + META_HEADER + [f"信頼度:{n}" for n in field_columns(tpl)]
    old = path.read_bytes() if before is not None else b""
    text = old.decode("utf-8-sig") if old else ""
    lines = list(csv.reader(io.StringIO(text)))
    if lines and lines[0] != header:
        raise LedgerError(f"{path.name} belongs to another form: its columns differ.", path=str(path))
    data_lines = [line for line in lines[1:] if line]
    corrected = {r.record_id: r for r in rows if r.record_id in replace}
    replaced: list[str] = []
    if corrected and ID_COLUMN in header:
        col = header.index(ID_COLUMN)
        for i, line in enumerate(data_lines):
            if len(line) > col and line[col] in corrected:
                data_lines[i] = _csv_values(tpl, corrected[line[col]])
                replaced.append(line[col])
    rows, present = _split_new(rows, _ids_in_column(header, data_lines))
    present = [p for p in present if p not in replaced] + replaced
    if not rows and not replaced:
        return AppendResult([], present, len(data_lines))
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if replaced or not lines:
        writer.writerow(header)
    if replaced:
        writer.writerows(data_lines)
    for row in rows:
        writer.writerow(_csv_values(tpl, row))
    if replaced:
        data = "\ufeff".encode("utf-8") + buf.getvalue().encode("utf-8")
    else:
        prefix = old if old.endswith(b"\n") or not old else old + b"\r\n"
        data = (prefix or "\ufeff".encode("utf-8")) + buf.getvalue().encode("utf-8")
    _check_unchanged(path, before)
    atomic_write_bytes(path, data)
    return AppendResult([r.record_id for r in rows], present, len(data_lines) + len(rows))


def _csv_values(tpl: Template, row: LedgerRow) -> list:
    values = []
    for f in tpl.fields:
        v = cell_value(f.type, row.values.get(f.name))
        values.append(v.isoformat() if isinstance(v, dt.date) else ("" if v is None else v))
    meta = _meta_values(tpl, row)
    meta[4] = meta[4].isoformat(sep=" ")
    return [("" if v is None else str(v)) for v in values + meta]


def default_ledger_path(folder: Path, tpl: Template) -> Path:
    from desktop.services.forms.template import safe_folder_name

    return Path(folder) / f"{safe_folder_name(tpl.name)}_台帳.xlsx"


def reviewer_name() -> str:
    try:
        import getpass

        return getpass.getuser()
    except Exception:  # no login name (service accounts): still record something
        return os.environ.get("USERNAME", "unknown")
