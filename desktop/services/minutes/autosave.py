"""Autosave of the edited transcript: JSON in ``tool_data_dir("minutes")/autosave``, written atomically, so
a crash loses nothing. One file per source recording (keyed by its path)."""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from desktop.services import paths
from desktop.services.common.atomic import atomic_write_text
from desktop.services.minutes.transcript import Transcript

log = logging.getLogger(__name__)


def autosave_dir() -> Path:
    folder = paths.tool_data_dir("minutes") / "autosave"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def autosave_path(source: str) -> Path:
    key = hashlib.sha1(str(Path(source).resolve()).encode("utf-8")).hexdigest()[:16]
    return autosave_dir() / f"{Path(source).stem[:40]}-{key}.json"


def save(t: Transcript) -> Path:
    path = autosave_path(t.source or "untitled")
    atomic_write_text(path, json.dumps(t.to_dict(), ensure_ascii=False))
    return path


def load(source: str) -> Transcript | None:
    """The autosaved transcript of ``source``, or None (a damaged file is logged and ignored)."""
    path = autosave_path(source)
    if not path.exists():
        return None
    try:
        return Transcript.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, KeyError) as exc:
        log.warning("autosave %s unreadable: %s", path, exc)
        return None


def load_file(path: str | Path) -> Transcript:
    """Open a saved transcript (.json export or autosave)."""
    return Transcript.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


def recent(limit: int = 20) -> list[Path]:
    files = sorted(autosave_dir().glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    return files[:limit]


@dataclass(frozen=True)
class RecentMeeting:
    path: Path          # the autosave file
    title: str
    datetime: str
    source: str         # the recording
    saved: float        # mtime
    segments: int


def recent_meetings(limit: int = 12) -> list[RecentMeeting]:
    """The latest autosaved transcripts, newest first, with their 会議名 and 日時 (damaged files skipped)."""
    out = []
    for path in recent(limit * 2):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            meta = data.get("meta") or {}
            out.append(RecentMeeting(path, str(meta.get("title") or ""), str(meta.get("datetime") or ""),
                                     str(data.get("source") or ""), path.stat().st_mtime,
                                     len(data.get("segments") or [])))
        except (OSError, ValueError, AttributeError) as exc:
            log.warning("autosave %s unreadable: %s", path, exc)
        if len(out) >= limit:
            break
    return out
