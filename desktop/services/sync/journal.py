"""The sync journal: SQLite record of the last state both sides agreed on, one row per file.

A row means "at the last successful operation on this path, the local file had ``size``/``mtime_ns``/``sha256``
and the remote file had ``etag``/``remote_size`` and the same content". Rows are written right after each
successful file operation (WAL, one transaction per file), so a killed run leaves a journal that is true for
every finished file; unfinished files are simply re-decided next run. ``pending`` remembers temporary files
(remote uploads, local downloads) so an interrupted run's leftovers are removed next time; ``partials`` keeps
an interrupted large download to resume with ``Range`` when the remote file is still the same.

The journal may be called from a few transfer threads of one run (one connection, every call under a lock);
:class:`RunLock` keeps two processes off the same journal.
"""
from __future__ import annotations

import os
import sqlite3
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from desktop.services.sync.errors import SyncBusy

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, sha256 TEXT NOT NULL,
    etag TEXT, remote_size INTEGER NOT NULL, synced_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS pending (
    temp TEXT PRIMARY KEY, side TEXT NOT NULL, path TEXT NOT NULL, created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS partials (
    path TEXT PRIMARY KEY, temp TEXT NOT NULL, etag TEXT, size INTEGER NOT NULL);
"""


@dataclass(frozen=True)
class JournalEntry:
    path: str
    size: int
    mtime_ns: int
    sha256: str
    etag: str | None
    remote_size: int


class Journal:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self._lock = threading.RLock()
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    def _x(self, sql: str, args: tuple = ()) -> list:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> "Journal":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def entries(self) -> dict[str, JournalEntry]:
        rows = self._x("SELECT path, size, mtime_ns, sha256, etag, remote_size FROM files")
        return {r[0]: JournalEntry(*r) for r in rows}

    def get(self, path: str) -> JournalEntry | None:
        rows = self._x("SELECT path, size, mtime_ns, sha256, etag, remote_size FROM files WHERE path=?", (path,))
        return JournalEntry(*rows[0]) if rows else None

    def put(self, entry: JournalEntry) -> None:
        self._x(
            "INSERT OR REPLACE INTO files (path, size, mtime_ns, sha256, etag, remote_size, synced_at)"
            " VALUES (?,?,?,?,?,?,?)",
            (entry.path, entry.size, entry.mtime_ns, entry.sha256, entry.etag, entry.remote_size, time.time()))

    def remove(self, path: str) -> None:
        self._x("DELETE FROM files WHERE path=?", (path,))

    def add_pending(self, temp: str, side: str, path: str) -> None:
        self._x("INSERT OR REPLACE INTO pending VALUES (?,?,?,?)", (temp, side, path, time.time()))

    def drop_pending(self, temp: str) -> None:
        self._x("DELETE FROM pending WHERE temp=?", (temp,))

    def pending(self) -> list[tuple[str, str, str]]:
        return [tuple(r) for r in self._x("SELECT temp, side, path FROM pending")]

    def add_partial(self, path: str, temp: str, etag: str | None, size: int) -> None:
        """An interrupted download kept in ``temp`` (local) to resume next run if the remote is unchanged."""
        self._x("INSERT OR REPLACE INTO partials VALUES (?,?,?,?)", (path, temp, etag, size))

    def partials(self) -> dict[str, tuple[str, str | None, int]]:
        return {r[0]: (r[1], r[2], r[3]) for r in self._x("SELECT path, temp, etag, size FROM partials")}

    def drop_partial(self, path: str) -> None:
        self._x("DELETE FROM partials WHERE path=?", (path,))

    def get_meta(self, key: str) -> str | None:
        rows = self._x("SELECT value FROM meta WHERE key=?", (key,))
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        self._x("INSERT OR REPLACE INTO meta VALUES (?,?)", (key, value))

    def __len__(self) -> int:
        return self._x("SELECT COUNT(*) FROM files")[0][0]


class RunLock:
    """An OS file lock beside the journal; released automatically if the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh = None

    def __enter__(self) -> "RunLock":
        self._fh = open(self.path, "a+b")
        try:
            if sys.platform == "win32":
                import msvcrt

                self._fh.seek(0)
                msvcrt.locking(self._fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._fh.close()
            self._fh = None
            raise SyncBusy("Another sync of this folder is running.") from None
        return self

    def __exit__(self, *exc) -> None:
        if self._fh is not None:
            if sys.platform == "win32":
                import msvcrt

                self._fh.seek(0)
                try:
                    msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, 1)
                except OSError:
                    pass
            self._fh.close()
            self._fh = None
        try:
            os.unlink(self.path) if sys.platform == "win32" else None
        except OSError:
            pass
