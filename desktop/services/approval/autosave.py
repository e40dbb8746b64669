"""Autosave of drafts being edited, and recovery after a crash.

Each open draft has one file ``tool_data_dir("approval")/autosave/<draft_id>.json`` written atomically
(write-then-rename + fsync) — a crash leaves either the previous or the new complete version. The UI saves every
few seconds while there are unsaved edits, so a crash loses at most those seconds. A draft closed normally is
discarded from autosave; whatever remains at start-up is offered for recovery.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from desktop.services import paths
from desktop.services.approval.model import Draft, Drafter
from desktop.services.common.atomic import atomic_write_text

log = logging.getLogger(__name__)


@dataclass
class Recoverable:
    path: Path
    draft: Draft
    saved_at: str
    pid: int
    source: str = ""     # the JSON file the user was editing, if any


def autosave_dir() -> Path:
    folder = paths.tool_data_dir("approval") / "autosave"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Autosaver:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder else autosave_dir()
        self.folder.mkdir(parents=True, exist_ok=True)
        self._last: dict[str, str] = {}

    def path_for(self, draft_id: str) -> Path:
        safe = "".join(ch for ch in draft_id if ch.isalnum() or ch in "-_") or "draft"
        return self.folder / f"{safe}.json"

    def save(self, draft: Draft, *, source: str = "") -> bool:
        """Write the draft if it changed since the last save; returns whether a file was written."""
        text = draft.to_json()
        if self._last.get(draft.draft_id) == text and self.path_for(draft.draft_id).exists():
            return False
        wrapper = {"saved_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds"),
                   "pid": os.getpid(), "source": source, "autosave": draft.to_dict()}
        atomic_write_text(self.path_for(draft.draft_id), json.dumps(wrapper, ensure_ascii=False))
        self._last[draft.draft_id] = text
        return True

    def discard(self, draft_id: str) -> None:
        self._last.pop(draft_id, None)
        try:
            self.path_for(draft_id).unlink()
        except FileNotFoundError:
            pass

    def recoverable(self) -> list[Recoverable]:
        """Autosaved drafts left behind (newest first); unreadable files are skipped and logged."""
        out = []
        for path in self.folder.glob("*.json"):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                out.append(Recoverable(path, Draft.from_dict(data["autosave"]), str(data.get("saved_at", "")),
                                       int(data.get("pid", 0)), str(data.get("source", ""))))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                log.warning("skipping unreadable autosave %s: %s", path, exc)
        return sorted(out, key=lambda r: r.saved_at, reverse=True)


def _drafter_file() -> Path:
    return paths.tool_data_dir("approval") / "last_drafter.json"


def remember_drafter(drafter: Drafter) -> None:
    """Keep the 起案者 of the last saved draft, to pre-fill the next new one."""
    if drafter.name or drafter.section:
        atomic_write_text(_drafter_file(), json.dumps(
            {"name": drafter.name, "section": drafter.section, "phone": drafter.phone}, ensure_ascii=False))


def last_drafter() -> Drafter:
    try:
        data = json.loads(_drafter_file().read_text(encoding="utf-8"))
        return Drafter(str(data.get("name", "")), str(data.get("section", "")), str(data.get("phone", "")))
    except (OSError, ValueError, AttributeError):
        return Drafter()
