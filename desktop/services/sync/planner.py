"""Three-way decisions: local scan vs journal vs remote listing -> a list of actions (a dry-run plan).

Rules (L local, R remote, J journal; "changed" means differs from J):

* no J: only L -> upload; only R -> download; both -> ``conflict`` (compared by content first; equal = record);
* J: L changed, R same -> upload; R changed, L same -> download; both changed -> conflict (both kept);
* J: L deleted, R same -> delete remote; R deleted, L same -> delete local (to the trash);
  deleted on one side but edited on the other -> the edit wins (copied back);
* both deleted -> forget the row; a new local file with the content of a file deleted here is a rename
  (moved on the server, not uploaded, and not counted as a deletion by the delete guard). A local change is a different size/mtime *and* a different sha256, so a
  touched file is only re-recorded. A remote change is a different ETag or size.

Unsafe names, case-only clashes on a case-insensitive disk, and file/folder clashes are refused.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services.common.jobs import NEVER, CancelToken
from desktop.services.sync.journal import JournalEntry
from desktop.services.sync.local_tree import LocalFile, LocalScan, file_sha256
from desktop.services.sync.names import (SEND_LINK_FOLDER, case_clashes, is_ignored_name, is_server_only,
                                         normalization_clashes, unsafe_reason)
from desktop.services.sync.webdav import RemoteEntry


class Op(str, enum.Enum):
    UPLOAD = "upload"
    DOWNLOAD = "download"
    DELETE_LOCAL = "delete_local"
    DELETE_REMOTE = "delete_remote"
    CONFLICT = "conflict"
    MOVE_REMOTE = "move_remote"   # renamed/moved here: move on the server instead of upload + delete
    RECORD = "record"       # local content unchanged (only touched): refresh the journal row
    FORGET = "forget"       # gone on both sides: drop the journal row


TRANSFERS = (Op.UPLOAD, Op.DOWNLOAD, Op.CONFLICT)
DELETES = (Op.DELETE_LOCAL, Op.DELETE_REMOTE)


@dataclass(frozen=True)
class Action:
    op: Op
    path: str
    reason: str
    size: int = 0
    local: LocalFile | None = None
    remote: RemoteEntry | None = None
    journal: JournalEntry | None = None
    sha256: str | None = None   # local content hash when it was computed during planning
    source: str | None = None   # MOVE_REMOTE: the old path


@dataclass
class Plan:
    actions: list[Action] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    remote_dirs: set[str] = field(default_factory=set)
    tracked: int = 0
    local_count: int = 0
    remote_count: int = 0

    def of(self, *ops: Op) -> list[Action]:
        return [a for a in self.actions if a.op in ops]

    @property
    def changes(self) -> list[Action]:
        return [a for a in self.actions if a.op not in (Op.RECORD, Op.FORGET)]


def make_plan(root: Path, local: LocalScan, remote: dict[str, RemoteEntry], journal: dict[str, JournalEntry], *,
              case_insensitive: bool, cancel: CancelToken = NEVER) -> Plan:
    plan = Plan(tracked=len(journal), local_count=len(local.files))
    remote_files: dict[str, RemoteEntry] = {}
    for path, entry in remote.items():
        if any(is_ignored_name(part) for part in path.split("/")) or is_server_only(path):
            continue
        if entry.is_dir:
            plan.remote_dirs.add(path)
        else:
            remote_files[path] = entry
    plan.remote_count = len(remote_files)

    refused: dict[str, str] = {}
    for path in set(local.files) | set(remote_files):
        reason = unsafe_reason(path)
        if reason:
            refused[path] = reason
        elif is_server_only(path):
            refused[path] = f"the folder {SEND_LINK_FOLDER} is kept on the server for files sent by link"
    for path, entry in remote_files.items():
        if entry.problem:
            refused.setdefault(path, entry.problem)
    links = {p for p, why in local.skipped if "symbolic link" in why}
    if links:   # a server entry below a local symlink would be written through it: refuse, never follow
        for path in remote_files:
            parts = path.split("/")
            if any("/".join(parts[:i]) in links for i in range(1, len(parts) + 1)):
                refused.setdefault(path, "a symbolic link on this computer is in the way (not followed)")
    for path in set(local.files) & plan.remote_dirs:
        refused[path] = "a file on this computer but a folder on the server"
    for path in set(remote_files) & local.dirs:
        refused[path] = "a folder on this computer but a file on the server"
    everything = sorted(set(local.files) | set(remote_files))
    for path in normalization_clashes(everything):
        refused.setdefault(path, "looks the same as another name (differs only in Unicode form NFC/NFD)")
    if case_insensitive:
        for path in case_clashes(everything):
            if path not in local.files:
                refused.setdefault(path, "differs only in upper/lower case from another file")
    plan.refused = sorted(refused.items())

    for path in sorted(set(local.files) | set(remote_files) | set(journal)):
        cancel.raise_if_cancelled()
        if path in refused:
            continue
        action = _decide(root, path, local.files.get(path), remote_files.get(path), journal.get(path), cancel)
        if action is not None:
            plan.actions.append(action)
    _detect_local_renames(root, plan, cancel)
    return plan


def _detect_local_renames(root: Path, plan: Plan, cancel: CancelToken) -> None:
    """A new local file with the content of a file deleted here (unchanged on the server) is a rename."""
    gone: dict[int, list[Action]] = {}
    for a in plan.of(Op.DELETE_REMOTE):
        gone.setdefault(a.journal.size, []).append(a)
    if not gone:
        return
    replaced: dict[str, Action | None] = {}
    for up in plan.of(Op.UPLOAD):
        if up.journal is not None or up.remote is not None or not gone.get(up.local.size):
            continue
        cancel.raise_if_cancelled()
        sha = file_sha256(root / up.path, cancel)
        match = next((d for d in gone[up.local.size] if d.journal.sha256 == sha), None)
        if match is None:
            continue
        gone[up.local.size].remove(match)
        replaced[up.path] = Action(Op.MOVE_REMOTE, up.path, f"renamed or moved from {match.path}", 0, up.local,
                                   match.remote, match.journal, sha, match.path)
        replaced[match.path] = None
    if replaced:
        plan.actions = [replaced[a.path] if a.path in replaced else a for a in plan.actions]
        plan.actions = [a for a in plan.actions if a is not None]


def _decide(root: Path, path: str, loc: LocalFile | None, rem: RemoteEntry | None, jrn: JournalEntry | None,
            cancel: CancelToken) -> Action | None:
    def act(op: Op, reason: str, sha: str | None = None) -> Action:
        size = (loc.size if op == Op.UPLOAD and loc else rem.size if rem and op in (Op.DOWNLOAD, Op.CONFLICT) else 0)
        return Action(op, path, reason, size, loc, rem, jrn, sha)

    if jrn is None:
        if loc and rem:
            return act(Op.CONFLICT, "new on both sides")
        if loc:
            return act(Op.UPLOAD, "new on this computer")
        if rem:
            return act(Op.DOWNLOAD, "new on the server")
        return None

    local_changed, sha = False, None
    if loc is not None and (loc.size != jrn.size or loc.mtime_ns != jrn.mtime_ns):
        sha = file_sha256(root / path, cancel)
        local_changed = sha != jrn.sha256
    remote_changed = rem is not None and (rem.etag != jrn.etag or rem.size != jrn.remote_size)

    if loc is None and rem is None:
        return act(Op.FORGET, "deleted on both sides")
    if loc is None:
        if remote_changed:
            return act(Op.DOWNLOAD, "deleted here but changed on the server (the change wins)")
        return act(Op.DELETE_REMOTE, "deleted on this computer")
    if rem is None:
        if local_changed:
            return act(Op.UPLOAD, "deleted on the server but changed here (the change wins)", sha)
        return act(Op.DELETE_LOCAL, "deleted on the server")
    if local_changed and remote_changed:
        return act(Op.CONFLICT, "changed on both sides", sha)
    if local_changed:
        return act(Op.UPLOAD, "changed on this computer", sha)
    if remote_changed:
        return act(Op.DOWNLOAD, "changed on the server")
    if sha is not None:
        return act(Op.RECORD, "touched but unchanged", sha)
    return None
