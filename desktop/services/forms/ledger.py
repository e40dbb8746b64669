"""The ledger (台帳) of confirmed records per template: .xlsx (openpyxl) or .csv.

Sheet 「台帳」: a header row of the field names and one typed row per record (dates as dates, postal codes and
phone numbers as text so leading zeros stay, numbers as numbers, checkboxes as booleans). Dates follow the
setting ``forms_ledger_dates`` (:data:`DATE_FORMATS`): ``seireki`` an Excel date cell (yyyy/mm/dd), ``wareki`` the
和暦 text 「令和7年11月10日」 (year 1 as 元年), ``both`` the date cell and a 「<field>（和暦）」 text column beside it.
The columns are part of the ledger's header, so a ledger keeps the format it was started with. Sheet 「確認情報」:
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
from desktop.services.common.wareki import WarekiError, format_wareki, parse_date
from desktop.services.forms.errors import LedgerChanged, LedgerError, LedgerLocked
from desktop.services.forms.template import Template

MAIN_SHEET = "台帳"
META_SHEET = "確認情報"
ID_COLUMN = "記録ID"
META_HEADER = [ID_COLUMN, "元ファイル", "ページ", "確認者", "確認日時", "最低信頼度", "修正した項目"]
TEXT_TYPES = ("text", "kana", "digits", "postal", "phone")
DATE_TYPES = ("date", "date_wareki")
DATE_FORMATS = ("seireki", "wareki", "both")
WAREKI_SUFFIX = "（和暦）"


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


def _check_date_format(date_format: str) -> str:
    if date_format not in DATE_FORMATS:
        raise LedgerError(f"Unknown ledger date format {date_format!r} (expected one of {', '.join(DATE_FORMATS)}).")
    return date_format


def field_columns(tpl: Template, date_format: str = "seireki") -> list[str]:
    """The main sheet's header: one column per field; with ``both``, a 和暦 text column after each date."""
    _check_date_format(date_format)
    out = []
    for f in tpl.fields:
        out.append(f.name)
        if date_format == "both" and f.type in DATE_TYPES:
            out.append(f.name + WAREKI_SUFFIX)
    return out


def wareki_text(value: object) -> str | None:
    """A date as 和暦 text (「令和元年5月1日」); text that is not a date is kept as it is (None if empty)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        try:
            value = parse_date(str(value))
        except WarekiError:
            return str(value)
    try:
        return format_wareki(value)
    except WarekiError:      # before 明治: no era to name
        return value.isoformat()


def row_cells(tpl: Template, values: dict, date_format: str = "seireki") -> list[tuple[object, str | None]]:
    """(value, Excel number format or None) for each column of :func:`field_columns`."""
    _check_date_format(date_format)
    out: list[tuple[object, str | None]] = []
    for f in tpl.fields:
        raw = values.get(f.name)
        if f.type in DATE_TYPES:
            v = cell_value(f.type, raw)
            if date_format in ("seireki", "both"):
                out.append((v, "yyyy/mm/dd" if isinstance(v, (dt.date, dt.datetime)) else None))
            if date_format in ("wareki", "both"):
                out.append((wareki_text(v), "@"))
        else:
            out.append((cell_value(f.type, raw), "@" if f.type in TEXT_TYPES else None))
    return out


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


def append(path: Path, tpl: Template, rows: list[LedgerRow], date_format: str = "seireki") -> int:
    """Append ``rows`` to the ledger at ``path`` (created if missing); return the number of data rows now."""
    return append_rows(path, tpl, rows, date_format=date_format).total


def append_rows(path: Path, tpl: Template, rows: list[LedgerRow], replace: set[str] | frozenset = frozenset(),
                date_format: str = "seireki") -> AppendResult:
    """Append the ``rows`` whose record id is not yet in the ledger; the file is not rewritten if none is new.
    A row whose id is in ``replace`` (a record corrected after it was exported) overwrites its own row instead.
    ``date_format``: see :data:`DATE_FORMATS`."""
    path = Path(path)
    _check_date_format(date_format)
    if not rows:
        return AppendResult([], [], 0)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise LedgerError(f"A ledger must be an .xlsx or .csv file, not {path.name}.", path=str(path))
    check_not_locked(path)
    before = _fingerprint(path)
    if suffix == ".csv":
        return _append_csv(path, tpl, rows, before, set(replace), date_format)
    return _append_xlsx(path, tpl, rows, before, set(replace), date_format)


def _header_mismatch(path: Path, tpl: Template, existing: list, date_format: str, meta_cols: int = 0) -> LedgerError:
    """The error for a ledger whose header is not ours: another form, or this form with another date format."""
    for other in DATE_FORMATS:
        head = field_columns(tpl, other)
        if other != date_format and list(existing[:len(head)]) == head and len(existing) == len(head) + meta_cols:
            return LedgerError(f"{path.name} was started with another date format ({other}; the setting "
                               f"forms_ledger_dates is {date_format}); choose another ledger file or change the "
                               f"setting back.", path=str(path))
    return LedgerError(f"{path.name} belongs to another form: its columns are "
                       f"{', '.join(map(str, existing[:len(existing) - meta_cols]))}.", path=str(path))


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


def _append_xlsx(path: Path, tpl: Template, rows: list[LedgerRow], before, replace: set[str],
                 date_format: str) -> AppendResult:
    import openpyxl
    from openpyxl.styles import Font
    from openpyxl.utils.exceptions import InvalidFileException

    header = field_columns(tpl, date_format)
    meta_header = META_HEADER + [f"信頼度:{n}" for n in field_columns(tpl)]
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
            raise _header_mismatch(path, tpl, existing, date_format)
        meta_header_now = [c.value for c in meta[1]]
        known = _ids_in_column(meta_header_now, meta.iter_rows(min_row=2, values_only=True))
        replaced = _replace_xlsx(ws, meta, meta_header_now, tpl, [r for r in rows if r.record_id in replace],
                                 date_format)
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
        cells = row_cells(tpl, row.values, date_format)
        ws.append([v for v, _fmt in cells])
        r = ws.max_row
        for col, (_v, fmt) in enumerate(cells, start=1):
            if fmt:
                ws.cell(r, col).number_format = fmt
        meta.append(_meta_values(tpl, row))
        meta.cell(meta.max_row, 5).number_format = "yyyy/mm/dd hh:mm:ss"
    count = ws.max_row - 1
    with atomic_output_path(path) as tmp:
        wb.save(tmp)
        _check_unchanged(path, before)
    return AppendResult([r.record_id for r in rows], present, count)


def _replace_xlsx(ws, meta, meta_header: list, tpl: Template, rows: list[LedgerRow], date_format: str
                  ) -> list[str]:
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
        for c, (v, fmt) in enumerate(row_cells(tpl, row.values, date_format), start=1):
            ws.cell(r, c).value = v
            if fmt:
                ws.cell(r, c).number_format = fmt
        for c, v in enumerate(_meta_values(tpl, row), start=1):
            meta.cell(r, c).value = v
        done.append(row.record_id)
    return done


def _append_csv(path: Path, tpl: Template, rows: list[LedgerRow], before, replace: set[str],
                date_format: str) -> AppendResult:
    meta_cols = META_HEADER + [f"信頼度:{n}" for n in field_columns(tpl)]
    header = field_columns(tpl, date_format) + meta_cols
    old = path.read_bytes() if before is not None else b""
    text = old.decode("utf-8-sig") if old else ""
    lines = list(csv.reader(io.StringIO(text)))
    if lines and lines[0] != header:
        if lines[0][len(lines[0]) - len(meta_cols):] == meta_cols:
            raise _header_mismatch(path, tpl, lines[0], date_format, len(meta_cols))
        raise LedgerError(f"{path.name} belongs to another form: its columns differ.", path=str(path))
    data_lines = [line for line in lines[1:] if line]
    corrected = {r.record_id: r for r in rows if r.record_id in replace}
    replaced: list[str] = []
    if corrected and ID_COLUMN in header:
        col = header.index(ID_COLUMN)
        for i, line in enumerate(data_lines):
            if len(line) > col and line[col] in corrected:
                data_lines[i] = _csv_values(tpl, corrected[line[col]], date_format)
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
        writer.writerow(_csv_values(tpl, row, date_format))
    if replaced:
        data = "\ufeff".encode("utf-8") + buf.getvalue().encode("utf-8")
    else:
        prefix = old if old.endswith(b"\n") or not old else old + b"\r\n"
        data = (prefix or "\ufeff".encode("utf-8")) + buf.getvalue().encode("utf-8")
    _check_unchanged(path, before)
    atomic_write_bytes(path, data)
    return AppendResult([r.record_id for r in rows], present, len(data_lines) + len(rows))


def _csv_values(tpl: Template, row: LedgerRow, date_format: str = "seireki") -> list:
    values = []
    for v, _fmt in row_cells(tpl, row.values, date_format):
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
