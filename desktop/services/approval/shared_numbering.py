"""文書記号番号 shared by every PC of a section, taken on the shared server without collisions.

Each issued number is its own small file, ``採番/<section code>/<fiscal year>/<n>.json`` (who took it, for which
draft, when). Taking a number lists the year's folder, and creates the file for the next free number with a
conditional create (the WebDAV client's upload with ``expect=None``: a no-overwrite move, refused with 412 when
the file exists). When another PC took that number first, it retries with the next one after a short random
pause. Nothing is ever overwritten or deleted, so a number is issued once and never reused, even when its
draft is withdrawn; the files are the audit trail of the numbering. (A single counter file updated with
If-Match was tried first: servers such as wsgidav replace a file by delete-then-move, so a reader in that gap
sees no file and would restart the count.) Without a connection no number is issued (a clear error), because
a number counted on one PC alone could collide.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import re
import tempfile
import time
import uuid
from pathlib import Path

from desktop.services.approval.errors import ApprovalError
from desktop.services.approval.numbering import format_number
from desktop.services.common.wareki import fiscal_era_year, fiscal_year
from desktop.services.sync.errors import RemoteChanged, RemoteError, RemoteUnavailable, SyncError

NUMBER_DIR = "採番"
_CLAIM = re.compile(r"^(\d+)\.json$")


class NumberingError(ApprovalError):
    code = "approval.numbering"


def ensure_folder(client, folder: str, tries: int = 5) -> None:
    """``makedirs`` that tolerates another PC creating the same folders at the same moment (a server may fail
    one of two racing MKCOLs)."""
    for attempt in range(tries):
        try:
            client.makedirs(folder)
            return
        except SyncError:
            entry = client.stat(folder)
            if entry is not None and entry.is_dir:
                return
            if attempt == tries - 1:
                raise
            time.sleep(random.uniform(0.01, 0.05))


def retry_busy(fn, tries: int = 5):
    """Call ``fn``; a server error (5xx) — wsgidav fails a listing when a file is moved during it — is retried
    a few times after a short pause. A server that stays unreachable still raises."""
    for attempt in range(tries):
        try:
            return fn()
        except RemoteUnavailable as exc:
            if attempt == tries - 1 or exc.params.get("status") is None:
                raise
            time.sleep(random.uniform(0.02, 0.1))


def issued_numbers(client, section_code: str, fiscal: int) -> list[int]:
    entries = retry_busy(lambda: client.children(f"{NUMBER_DIR}/{section_code}/{fiscal}")) or []
    out = []
    for entry in entries:
        m = _CLAIM.match(entry.path.rsplit("/", 1)[-1])
        if m and not entry.is_dir:
            out.append(int(m.group(1)))
    return sorted(out)


def _claim_owner(client, rel: str, token: str) -> str:
    """``"mine"``, ``"other"`` or ``"none"``: who holds the claim file ``rel`` now (read back from the server)."""
    import io

    sink = io.BytesIO()
    try:
        client.download(rel, sink, expect_etag=None)
    except RemoteError as exc:
        if exc.params.get("status") == 404:
            return "none"
        raise
    try:
        return "mine" if json.loads(sink.getvalue().decode("utf-8")).get("token") == token else "other"
    except (ValueError, AttributeError):
        return "other"


def allocate_shared_number(client, section_code: str, day: dt.date, *, draft_id: str = "", staff_id: str = "",
                           attempts: int = 40) -> str:
    """The next number of ``section_code`` in the fiscal year of ``day``, taken on the shared server."""
    code = section_code.strip()
    if not code or "/" in code:
        raise ApprovalError("A section code (e.g. 総総) is needed to number a document.", code="approval.no_section")
    fy = fiscal_year(day)
    folder = f"{NUMBER_DIR}/{code}/{fy}"
    token = uuid.uuid4().hex
    try:
        ensure_folder(client, folder)
        taken = issued_numbers(client, code, fy)
        serial = (taken[-1] if taken else 0) + 1
        with tempfile.TemporaryDirectory() as tmp:
            for attempt in range(attempts):
                local = Path(tmp) / f"{serial}.json"
                local.write_text(json.dumps({"n": serial, "section": code, "fiscal_year": fy, "draft_id": draft_id,
                                             "by": staff_id, "token": token,
                                             "at": dt.datetime.now(dt.timezone.utc).isoformat()},
                                            ensure_ascii=False), encoding="utf-8")
                rel = f"{folder}/{serial}.json"
                try:
                    client.upload(local, rel, client.temp_path_for(rel), expect=None, sha256=None)
                except RemoteChanged:      # taken by another PC meanwhile: the next one
                    owner = "other"
                except RemoteUnavailable:  # a server racing two moves may fail one: whose is the file now?
                    owner = _claim_owner(client, rel, token)
                else:
                    owner = _claim_owner(client, rel, token)
                if owner == "mine":
                    return format_number(fiscal_era_year(day), code, serial)
                time.sleep(random.uniform(0.0, 0.02 * (attempt + 1)))
                if owner == "other":
                    taken = issued_numbers(client, code, fy)
                    serial = max(serial, taken[-1] if taken else 0) + 1
    except SyncError as exc:
        raise NumberingError(f"No document number was issued: the shared folder cannot be reached ({exc}).",
                             code="approval.numbering_offline") from None
    raise NumberingError("No document number was issued: too many PCs numbered at the same moment. Try again.")
