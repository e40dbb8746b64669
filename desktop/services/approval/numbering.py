"""文書記号番号 allocation: ``{令和の年度}{課の記号}第{n}号`` numbered per fiscal year and section.

A SQLite counter in ``tool_data_dir("approval")/numbers.sqlite``; the increment runs in an ``IMMEDIATE``
transaction so two processes never get the same number.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from desktop.services import paths
from desktop.services.approval.errors import ApprovalError
from desktop.services.common.wareki import fiscal_era_year, fiscal_year


def default_db() -> Path:
    return paths.tool_data_dir("approval") / "numbers.sqlite"


def format_number(era_year: int, section_code: str, serial: int) -> str:
    """``5総総第12号``; the first year of an era is written 元 (``元総総第1号``, 令和元年度)."""
    year = "元" if era_year == 1 else str(era_year)
    return f"{year}{section_code}第{serial}号"


def allocate_number(section_code: str, day: dt.date, db: Path | None = None) -> str:
    """Take the next number of ``section_code`` in the fiscal year of ``day``: ``5総総第1号`` …"""
    code = section_code.strip()
    if not code:
        raise ApprovalError("A section code (e.g. 総総) is needed to number a document.", code="approval.no_section")
    con = sqlite3.connect(str(db or default_db()), timeout=10, isolation_level=None)
    try:
        con.execute("CREATE TABLE IF NOT EXISTS counters (fiscal_year INTEGER, section TEXT, last INTEGER NOT NULL,"
                    " PRIMARY KEY (fiscal_year, section))")
        con.execute("BEGIN IMMEDIATE")
        fy = fiscal_year(day)
        row = con.execute("SELECT last FROM counters WHERE fiscal_year=? AND section=?", (fy, code)).fetchone()
        serial = (row[0] if row else 0) + 1
        con.execute("INSERT INTO counters(fiscal_year, section, last) VALUES (?,?,?) "
                    "ON CONFLICT(fiscal_year, section) DO UPDATE SET last=excluded.last", (fy, code, serial))
        con.execute("COMMIT")
    finally:
        con.close()
    return format_number(fiscal_era_year(day), code, serial)
