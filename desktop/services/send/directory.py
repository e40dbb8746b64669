"""宛先帳 (address directory) in SQLite: import from .xlsx/.csv with a preview, search, groups (同報).

Importing is two steps so the user sees what would be lost: :func:`read_address_book` returns an
:class:`ImportPreview` (rows that map, rows that do not and why); :meth:`Directory.apply_import` stores the
good rows (upsert by mail address) in one transaction. A file that cannot be read at all raises
:class:`DirectoryImportError`; nothing in the directory changes.
Thread-safety: a :class:`Directory` opens one SQLite connection per call, so any thread may use it.
"""
from __future__ import annotations

import csv
import re
import sqlite3
import zipfile
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from desktop.services.send.addresses import _DASHES, address_problem, fax_problem, normalize_address, \
    normalize_fax, normalize_text
from desktop.services.send.errors import ContactError, DirectoryImportError, SendError

FIELDS = ("name", "org", "dept", "fax", "email", "folder", "groups")
# Header spellings seen in bureau address books (compared after NFKC + lower-case, spaces removed).
HEADER_ALIASES = {
    "name": ("氏名", "名前", "宛名", "担当者", "name", "contact"),
    "org": ("所属", "組織", "団体", "機関", "会社", "会社名", "団体名", "organisation", "organization", "org",
            "company"),
    "dept": ("部署", "課", "部課", "部署名", "課名", "department", "dept", "section"),
    "fax": ("fax", "fax番号", "ファクス", "ファックス", "ファクス番号", "ファックス番号", "faxno", "fax_number"),
    "email": ("メール", "メールアドレス", "電子メール", "mail", "email", "e-mail", "address", "mailaddress"),
    "folder": ("共有フォルダ", "フォルダ", "folder", "sharedfolder", "share"),
    "groups": ("グループ", "同報", "同報グループ", "group", "groups"),
}


@dataclass(frozen=True)
class Contact:
    name: str
    org: str = ""
    dept: str = ""
    fax: str = ""
    email: str = ""
    folder: str = ""
    groups: tuple[str, ...] = ()
    id: int | None = None

    @property
    def label(self) -> str:
        who = " ".join(p for p in (self.org, self.dept, self.name) if p)
        return f"{who} <{self.email}>" if who else self.email


@dataclass(frozen=True)
class RowProblem:
    row: int            # 1-based row number in the file (header is row 1)
    values: tuple[str, ...]
    reason: str         # plain English (CLI, log)
    code: str = ""      # no_email | bad_email | no_name | bad_fax | duplicate (the UI translates these)
    detail: str = ""    # the offending value (address, FAX number) or, for duplicate, the earlier row


@dataclass
class ImportPreview:
    source: Path
    columns: dict[str, str] = field(default_factory=dict)   # field -> header text used
    ignored_headers: list[str] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def _key(header: object) -> str:
    return normalize_text(str(header or "")).lower().replace(" ", "").replace("　", "")


def _read_rows(path: Path) -> list[list[str]]:
    suffix = path.suffix.lower()
    if not path.is_file():
        raise DirectoryImportError(f"The address book {path} does not exist.", path=str(path))
    try:
        if suffix in (".xlsx", ".xlsm"):
            import openpyxl

            try:
                book = openpyxl.load_workbook(path, read_only=True, data_only=True)
            except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
                raise DirectoryImportError(
                    f"The address book {path.name} could not be read as an Excel file ({type(exc).__name__}).",
                    path=str(path)) from None
            try:
                sheet = book.worksheets[0]
                return [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
            finally:
                book.close()
        if suffix in (".csv", ".txt"):
            raw = path.read_bytes()
            for encoding in ("utf-8-sig", "cp932"):
                try:
                    text = raw.decode(encoding)
                    break
                except UnicodeDecodeError:
                    continue
            else:
                raise DirectoryImportError(f"The address book {path.name} is neither UTF-8 nor Shift_JIS text.",
                                           path=str(path))
            return [list(r) for r in csv.reader(text.splitlines())]
    except FileNotFoundError:
        raise DirectoryImportError(f"The address book {path} does not exist.", path=str(path)) from None
    except PermissionError:
        raise DirectoryImportError(f"The address book {path} cannot be opened (permission denied).",
                                   path=str(path)) from None
    raise DirectoryImportError(f"{path.name}: only .xlsx and .csv address books can be imported.", path=str(path))


def read_address_book(path: Path) -> ImportPreview:
    """Parse an address book and explain every row that cannot be used. Changes nothing."""
    path = Path(path)
    rows = _read_rows(path)
    preview = ImportPreview(source=path)
    header_index = next((i for i, r in enumerate(rows[:10]) if sum(bool(_match(c)) for c in r) >= 2), None)
    if header_index is None:
        raise DirectoryImportError(
            f"{path.name}: no header row found (expected columns such as 氏名, 所属, FAX, メール).", path=str(path))
    header = rows[header_index]
    index: dict[str, int] = {}
    for col, text in enumerate(header):
        fld = _match(text)
        if fld and fld not in index:
            index[fld] = col
            preview.columns[fld] = str(text)
        elif str(text).strip():
            preview.ignored_headers.append(str(text))
    if "email" not in index:
        raise DirectoryImportError(f"{path.name}: no mail address column (メール / email) found.", path=str(path))
    seen: dict[str, int] = {}
    for number, row in enumerate(rows[header_index + 1:], start=header_index + 2):
        values = tuple(str(v).strip() for v in row)
        if not any(values):
            continue
        get = lambda f, values=values: normalize_text(values[index[f]]) if f in index and index[f] < len(values) else ""  # noqa: E731
        problem = _row_problem(get)
        emails: list[str] = []
        if not problem:
            emails = [normalize_address(a) for a in split_addresses(get("email"))]
            dup = next((e for e in emails if e in seen), None)
            if dup:
                problem = ("duplicate", f"the mail address {dup} already appears in row {seen[dup]}", str(seen[dup]))
        if problem:
            code, reason, detail = problem
            preview.problems.append(RowProblem(number, values, reason, code, detail))
            continue
        groups = tuple(g.strip() for g in get("groups").replace("、", ";").replace(",", ";").split(";") if g.strip())
        for email in emails:        # a row with two addresses (「a@x; b@y」) gives one contact per address
            seen[email] = number
            preview.contacts.append(Contact(name=get("name"), org=get("org"), dept=get("dept"), fax=tidy_fax(get("fax")),
                                            email=email, folder=get("folder"), groups=groups))
    return preview


_ADDRESS_SEPARATORS = re.compile(r"[;,、，；/／\n]+")


def split_addresses(text: str) -> list[str]:
    """The addresses in one cell: ``a@x.jp; b@y.jp`` (also 、 , / newlines, or spaces between addresses)."""
    parts = [p.strip() for p in _ADDRESS_SEPARATORS.split(text.replace("＠", "@")) if p.strip()]
    out: list[str] = []
    for part in parts:
        words = part.split()
        out.extend(words if len(words) > 1 and all("@" in w for w in words) else [part])
    return list(dict.fromkeys(out))


def tidy_fax(value: str) -> str:
    """The FAX number as written, with every dash variant (‐ − ー ...) shown as ``-``."""
    text = normalize_text(value)
    for dash in _DASHES:
        text = text.replace(dash, "-")
    return text


def _match(header: object) -> str | None:
    key = _key(header)
    for fld, aliases in HEADER_ALIASES.items():
        if key in (_key(a) for a in aliases):
            return fld
    return None


def _row_problem(get) -> tuple[str, str, str] | None:
    """(code, English reason, offending value) for a row that cannot be imported, else ``None``."""
    email = get("email")
    if not email:
        return "no_email", "no mail address (a FAX number alone cannot be sent to)", ""
    for address in split_addresses(email) or [email]:
        problem = address_problem(address)
        if problem:
            return "bad_email", f"malformed mail address '{address}': {problem}", address
    if not (get("name") or get("org")):
        return "no_name", "neither a name nor an organisation", ""
    fax = fax_problem(get("fax"))
    if fax:
        return "bad_fax", fax, get("fax")
    return None


_SCHEMA = """
CREATE TABLE IF NOT EXISTS contacts (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, org TEXT NOT NULL, dept TEXT NOT NULL, fax TEXT NOT NULL,
    fax_digits TEXT NOT NULL, email TEXT NOT NULL UNIQUE, folder TEXT NOT NULL, search_text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS groups (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS group_members (
    group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, contact_id));
CREATE INDEX IF NOT EXISTS contacts_fax ON contacts(fax_digits);
"""


class Directory:
    """The address directory stored in ``<tool_data_dir>/directory.sqlite3``."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        with self._tx() as db:
            db.executescript(_SCHEMA)

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.db_path, timeout=30)) as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA foreign_keys=ON")
            with db:
                yield db

    # -- writing --------------------------------------------------------------------------------------
    def apply_import(self, preview: ImportPreview) -> int:
        """Store the preview's good rows (same mail address: updated). Returns the number stored."""
        with self._tx() as db:
            for c in preview.contacts:
                self._upsert(db, c)
        return len(preview.contacts)

    def add(self, contact: Contact) -> Contact:
        contact = Contact(**{**contact.__dict__, "email": normalize_address(contact.email)})
        with self._tx() as db:
            cid = self._upsert(db, contact)
        return Contact(**{**contact.__dict__, "id": cid})

    # -- one entry at a time (the 宛先帳 tab's 新規 / 編集 / 削除) ------------------------------------------
    def _checked(self, contact: Contact) -> Contact:
        """``contact`` normalised, or :class:`ContactError` / :class:`InvalidRecipient` saying what is wrong."""
        email = normalize_address(contact.email)
        name, org, dept = (normalize_text(v) for v in (contact.name, contact.org, contact.dept))
        if not (name or org):
            raise ContactError("An address-book entry needs a name or an organisation.", reason="no_name")
        problem = fax_problem(contact.fax)
        if problem:
            raise ContactError(f"{problem}.", reason="bad_fax", fax=contact.fax)
        groups = tuple(dict.fromkeys(g.strip() for g in contact.groups if g.strip()))
        return Contact(name=name, org=org, dept=dept, fax=tidy_fax(contact.fax), email=email,
                       folder=normalize_text(contact.folder), groups=groups, id=contact.id)

    def get(self, contact_id: int) -> Contact | None:
        found = self._contacts("WHERE c.id = ?", (contact_id,))
        return found[0] if found else None

    def create(self, contact: Contact) -> Contact:
        """Add one new entry. An address already in the book is refused (never silently overwritten)."""
        c = self._checked(contact)
        with self._tx() as db:
            if db.execute("SELECT 1 FROM contacts WHERE lower(email)=lower(?)", (c.email,)).fetchone():
                raise ContactError(f"{c.email} is already in the address book.", reason="duplicate", address=c.email)
            cid = self._upsert(db, c)
        return self.get(cid)

    def update(self, contact_id: int, contact: Contact) -> Contact:
        """Replace entry ``contact_id`` (its group memberships become exactly ``contact.groups``)."""
        c = self._checked(contact)
        search = normalize_text(" ".join((c.name, c.org, c.dept, c.email))).lower()
        with self._tx() as db:
            if not db.execute("SELECT 1 FROM contacts WHERE id=?", (contact_id,)).fetchone():
                raise ContactError(f"Address-book entry {contact_id} no longer exists.", reason="missing")
            other = db.execute("SELECT id FROM contacts WHERE lower(email)=lower(?) AND id<>?", (c.email, contact_id)).fetchone()
            if other:
                raise ContactError(f"{c.email} is already in the address book.", reason="duplicate", address=c.email)
            db.execute("UPDATE contacts SET name=?, org=?, dept=?, fax=?, fax_digits=?, email=?, folder=?, "
                       "search_text=? WHERE id=?", (c.name, c.org, c.dept, c.fax, normalize_fax(c.fax), c.email,
                                                     c.folder, search, contact_id))
            before = self._group_ids(db, contact_id)
            db.execute("DELETE FROM group_members WHERE contact_id=?", (contact_id,))
            for group in c.groups:
                db.execute("INSERT OR IGNORE INTO groups(name) VALUES (?)", (group,))
                gid = db.execute("SELECT id FROM groups WHERE name=?", (group,)).fetchone()[0]
                db.execute("INSERT OR IGNORE INTO group_members VALUES (?,?)", (gid, contact_id))
            self._drop_if_empty(db, before)
        return self.get(contact_id)

    def delete(self, contact_id: int) -> Contact:
        """Remove one entry (and it from its groups); returns what was removed so the UI can undo."""
        gone = self.get(contact_id)
        if gone is None:
            raise ContactError(f"Address-book entry {contact_id} no longer exists.", reason="missing")
        with self._tx() as db:
            before = self._group_ids(db, contact_id)
            db.execute("DELETE FROM contacts WHERE id=?", (contact_id,))
            self._drop_if_empty(db, before)
        return gone

    @staticmethod
    def _group_ids(db: sqlite3.Connection, contact_id: int) -> list[int]:
        return [r[0] for r in db.execute("SELECT group_id FROM group_members WHERE contact_id=?", (contact_id,))]

    @staticmethod
    def _drop_if_empty(db: sqlite3.Connection, group_ids: list[int]) -> None:
        """Groups this change left without members disappear (other empty groups are left alone)."""
        for gid in group_ids:
            if not db.execute("SELECT 1 FROM group_members WHERE group_id=?", (gid,)).fetchone():
                db.execute("DELETE FROM groups WHERE id=?", (gid,))

    def _upsert(self, db: sqlite3.Connection, c: Contact) -> int:
        search = normalize_text(" ".join((c.name, c.org, c.dept, c.email))).lower()
        db.execute(
            "INSERT INTO contacts(name, org, dept, fax, fax_digits, email, folder, search_text) "
            "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(email) DO UPDATE SET name=excluded.name, org=excluded.org, "
            "dept=excluded.dept, fax=excluded.fax, fax_digits=excluded.fax_digits, folder=excluded.folder, "
            "search_text=excluded.search_text",
            (c.name, c.org, c.dept, c.fax, normalize_fax(c.fax), c.email, c.folder, search))
        cid = db.execute("SELECT id FROM contacts WHERE email=?", (c.email,)).fetchone()[0]
        for group in c.groups:
            db.execute("INSERT OR IGNORE INTO groups(name) VALUES (?)", (group,))
            gid = db.execute("SELECT id FROM groups WHERE name=?", (group,)).fetchone()[0]
            db.execute("INSERT OR IGNORE INTO group_members VALUES (?,?)", (gid, cid))
        return cid

    def set_group(self, name: str, emails: list[str]) -> None:
        """Create or replace group ``name`` with the contacts having these addresses."""
        name = name.strip()
        if not name:
            raise SendError("A group needs a name.")
        emails = [normalize_address(e) for e in emails]
        with self._tx() as db:
            db.execute("INSERT OR IGNORE INTO groups(name) VALUES (?)", (name,))
            gid = db.execute("SELECT id FROM groups WHERE name=?", (name,)).fetchone()[0]
            db.execute("DELETE FROM group_members WHERE group_id=?", (gid,))
            for email in emails:
                row = db.execute("SELECT id FROM contacts WHERE email=?", (email,)).fetchone()
                if row is None:
                    raise SendError(f"{email} is not in the directory; add it before grouping.", address=email)
                db.execute("INSERT INTO group_members VALUES (?,?)", (gid, row[0]))

    def delete_group(self, name: str) -> None:
        with self._tx() as db:
            db.execute("DELETE FROM groups WHERE name=?", (name,))

    # -- reading --------------------------------------------------------------------------------------
    def _contacts(self, where: str = "", args: tuple = (), limit: int = -1) -> list[Contact]:
        with self._tx() as db:
            rows = db.execute(
                "SELECT c.id, c.name, c.org, c.dept, c.fax, c.email, c.folder, "
                "(SELECT group_concat(g.name, ';') FROM group_members m JOIN groups g ON g.id=m.group_id "
                " WHERE m.contact_id=c.id) FROM contacts c " + where + " ORDER BY c.org, c.dept, c.name", args
            ).fetchall()
        return [Contact(id=r[0], name=r[1], org=r[2], dept=r[3], fax=r[4], email=r[5], folder=r[6],
                        groups=tuple(sorted(r[7].split(";"))) if r[7] else ()) for r in rows]

    def all(self) -> list[Contact]:
        return self._contacts()

    def count(self) -> int:
        with self._tx() as db:
            return db.execute("SELECT count(*) FROM contacts").fetchone()[0]

    def search(self, query: str, limit: int = 200) -> list[Contact]:
        """Match name/organisation/department/mail (full-width folded) or a FAX number in any notation."""
        text = normalize_text(query).lower()
        if not text:
            return self.all()[:limit]
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        digits = normalize_fax(query)
        clauses, args = ["c.search_text LIKE ? ESCAPE '\\'"], [like]
        if len(digits) >= 3 and len(digits) >= len(text.replace("-", "").replace(" ", "")) - 4:
            clauses.append("c.fax_digits LIKE ?")
            args.append(f"%{digits}%")
        return self._contacts("WHERE " + " OR ".join(clauses), tuple(args), limit)

    def find_by_fax(self, number: str) -> list[Contact]:
        digits = normalize_fax(number)
        return self._contacts("WHERE c.fax_digits = ?", (digits,)) if digits else []

    def groups(self) -> list[str]:
        with self._tx() as db:
            return [r[0] for r in db.execute("SELECT name FROM groups ORDER BY name")]

    def group_members(self, name: str) -> list[Contact]:
        return self._contacts("WHERE c.id IN (SELECT m.contact_id FROM group_members m JOIN groups g "
                              "ON g.id=m.group_id WHERE g.name=?)", (name,))
