"""Run one two-way sync: scan, list, plan, guard deletions, then execute file by file.

Qt-free; call from a worker thread or the CLI. ``progress``/``cancel`` follow the job contract. Each finished
file operation is written to the journal at once, so a run stopped at any point (cancel, kill, network loss)
resumes correctly: the next run re-plans only the unfinished files. Deleted local files go to a trash folder.
"""
from __future__ import annotations

import logging
import os
import shutil
import socket
import stat
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.services.common.jobs import NEVER, NO_PROGRESS, CancelToken, Progress
from desktop.services.sync.errors import (DeleteGuardTriggered, RemoteChanged, RemoteError, RemoteUnavailable,
                                          SyncError)
from desktop.services.sync.journal import Journal, JournalEntry, RunLock
from desktop.services.sync.local_paths import UnsafeLocalPath, create_new, safe_path
from desktop.services.sync.local_tree import LocalFile, file_sha256, scan, stat_file
from desktop.services.sync.names import TEMP_PREFIX, disk_is_case_insensitive
from desktop.services.sync.planner import DELETES, TRANSFERS, Action, Op, Plan, make_plan
from desktop.services.sync.webdav import LocalFileChanged, RemoteEntry, WebDavClient, real_etag

log = logging.getLogger(__name__)

DELETE_POLICIES = ("ask", "delete", "keep")
FILE_RETRIES = 2            # a file the server fails (5xx) is tried this many more times, then postponed
RETRY_PAUSE = 0.3           # seconds before the first retry (doubled each time)
KEEP_PARTIAL_BYTES = 8 << 20   # an interrupted download this large is kept to resume next run
GIVE_UP_AFTER = 6           # this many files in a row failing with server errors: the server is down, stop


@dataclass
class SyncConfig:
    local_root: Path
    endpoint: str
    remote_root: str
    username: str
    password: str = field(repr=False)
    journal_path: Path = Path("journal.sqlite")
    trash_dir: Path = Path("trash")
    delete_threshold: float = 0.25
    host: str = field(default_factory=lambda: socket.gethostname().split(".")[0] or "pc")
    case_insensitive: bool | None = None   # None: probe the local disk
    timeout: float = 30.0
    ca_file: str | None = None             # extra trusted CA (policy setting tls_ca_file)
    parallel: int = 4                      # uploads/downloads at a time (1: one after the other)
    auth: Any = field(default=None, repr=False, compare=False)   # httpx.Auth instead of the password (SSO)


@dataclass
class SyncResult:
    dry_run: bool
    actions: list[Action] = field(default_factory=list)
    done: dict[str, int] = field(default_factory=dict)
    conflicts: list[tuple[str, str]] = field(default_factory=list)   # (path, conflict copy)
    refused: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)      # (path, reason): retried next run
    log: list[str] = field(default_factory=list)
    delete_guard: DeleteGuardTriggered | None = None   # dry run only: the real run would stop and ask
    started: float = 0.0
    finished: float = 0.0

    @property
    def complete(self) -> bool:
        return not self.failed

    def count(self, op: Op) -> int:
        return self.done.get(op.value, 0)


def conflict_name(path: str, host: str, when: datetime | None = None) -> str:
    """The name of this computer's version after a conflict (see :mod:`desktop.services.sync.conflicts`)."""
    from desktop.services.sync.conflicts import conflict_name as name

    return name(path, host, when)


def check_delete_guard(plan: Plan, threshold: float) -> None:
    """Raise :class:`DeleteGuardTriggered` when the plan deletes too much or one side looks emptied."""
    local_del = [a.path for a in plan.of(Op.DELETE_LOCAL)]
    remote_del = [a.path for a in plan.of(Op.DELETE_REMOTE)]
    total = len(local_del) + len(remote_del)
    if not total:
        return
    reason = None
    if plan.tracked and plan.remote_count == 0 and local_del:
        reason = "remote_empty"
    elif plan.tracked and plan.local_count == 0 and remote_del:
        reason = "local_empty"
    elif total > 1 and total > threshold * plan.tracked:
        reason = "share"
    if reason:
        raise DeleteGuardTriggered(
            f"This sync would delete {total} of {plan.tracked} synced files"
            + (" (the server folder is empty)" if reason == "remote_empty" else
               " (the local folder is empty)" if reason == "local_empty" else "")
            + ". Nothing was changed. Confirm the deletions or keep everything.",
            local_deletes=local_del, remote_deletes=remote_del, tracked=plan.tracked, reason=reason,
            threshold=threshold)


def _apply_keep(plan: Plan) -> None:
    """The "keep everything" answer: restore files deleted on one side from the other side."""
    restored = []
    for a in plan.actions:
        if a.op == Op.DELETE_LOCAL:   # gone on the server: upload the local copy again
            restored.append(Action(Op.UPLOAD, a.path, "kept: copied back to the server", a.local.size if a.local else 0,
                                   a.local, None, a.journal))
        elif a.op == Op.MOVE_REMOTE:  # keep the old name too: download it again, upload the new one
            restored.append(Action(Op.DOWNLOAD, a.source, "kept: copied back to this computer", a.remote.size,
                                   None, a.remote, a.journal))
            restored.append(Action(Op.UPLOAD, a.path, "new on this computer", a.local.size, a.local, None, None,
                                   a.sha256))
        elif a.op == Op.DELETE_REMOTE:  # gone here: download the server copy again
            restored.append(Action(Op.DOWNLOAD, a.path, "kept: copied back to this computer",
                                   a.remote.size if a.remote else 0, None, a.remote, a.journal))
        else:
            restored.append(a)
    plan.actions = restored


def run_sync(config: SyncConfig, *, dry_run: bool = False, delete_policy: str = "ask",
             progress: Progress = NO_PROGRESS, cancel: CancelToken = NEVER) -> SyncResult:
    if delete_policy not in DELETE_POLICIES:
        raise ValueError(f"delete_policy must be one of {DELETE_POLICIES}")
    result = SyncResult(dry_run=dry_run, started=time.time())
    config.local_root.mkdir(parents=True, exist_ok=True)
    config.journal_path.parent.mkdir(parents=True, exist_ok=True)
    with RunLock(config.journal_path.with_suffix(".lock")), Journal(config.journal_path) as journal, \
            WebDavClient(config.endpoint, config.remote_root, config.username, config.password,
                         timeout=config.timeout, ca_file=config.ca_file, auth=config.auth) as client:
        runner = _Runner(config, journal, client, result, progress, cancel)
        runner.run(dry_run, delete_policy)
    result.finished = time.time()
    return result


class _Runner:
    def __init__(self, config: SyncConfig, journal: Journal, client: WebDavClient, result: SyncResult,
                 progress: Progress, cancel: CancelToken) -> None:
        self.cfg, self.journal, self.client, self.result = config, journal, client, result
        self.progress, self.cancel = progress, cancel
        self.root = config.local_root
        self.known_dirs: set[str] = set()
        self.bytes_total = 1
        self.bytes_done = 0
        self._unreported = 0
        self._lock = threading.Lock()        # counters and results touched by transfer threads
        self._dir_lock = threading.Lock()
        self.trash_run = config.trash_dir / datetime.now().strftime("%Y%m%d-%H%M%S")

    def note(self, text: str) -> None:
        log.info("sync: %s", text)
        self.result.log.append(text)

    # -- phases -------------------------------------------------------------------------------------
    def run(self, dry_run: bool, delete_policy: str) -> None:
        self.progress(None, "Listing files")
        if not dry_run:
            self._clean_leftovers()
        local = scan(self.root, self.cancel)
        partials = self.journal.partials()
        kept = {temp for temp, _etag, _size in partials.values()}
        for rel in local.temps:
            if not dry_run and rel not in kept:
                (self.root / rel).unlink(missing_ok=True)
        remote = self.client.list_tree(self.cancel)
        self.known_dirs = {p for p, e in remote.items() if e.is_dir}
        case_insensitive = self.cfg.case_insensitive
        if case_insensitive is None:
            case_insensitive = disk_is_case_insensitive(self.root)
        plan = make_plan(self.root, local, remote, self.journal.entries(), case_insensitive=case_insensitive,
                         cancel=self.cancel)
        self.result.refused = plan.refused + local.skipped
        for path, reason in self.result.refused:
            self.note(f"refused {path}: {reason}")
        if delete_policy == "keep":
            _apply_keep(plan)
        elif delete_policy == "ask":
            try:
                check_delete_guard(plan, self.cfg.delete_threshold)
            except DeleteGuardTriggered as guard:
                if not dry_run:
                    raise
                self.result.delete_guard = guard   # a preview shows the plan and that the run would ask
        self.result.actions = plan.actions
        if not dry_run:
            self._drop_stale_partials(plan, partials)
        if dry_run:
            for a in plan.changes:
                self.note(f"would {a.op.value.replace('_', ' ')} {a.path} ({a.reason})")
            self.progress(1.0, "Preview ready")
            return
        if any(a.op in (Op.UPLOAD, Op.CONFLICT) for a in plan.actions):
            self.client.ensure_root()
        ordered = ([a for a in plan.actions if a.op not in DELETES]
                   + [a for a in plan.actions if a.op in DELETES])
        self.bytes_total = max(1, sum(a.size for a in ordered if a.op in TRANSFERS)) + len(ordered)
        parallel = [a for a in ordered if a.op in (Op.UPLOAD, Op.DOWNLOAD)]
        serial = [a for a in ordered if a.op not in (Op.UPLOAD, Op.DOWNLOAD)]
        self._run_parallel(parallel)
        self._run_serial(serial)
        self._prune_remote_dirs([a.source if a.op == Op.MOVE_REMOTE else a.path for a in ordered
                                 if a.op in (Op.DELETE_REMOTE, Op.MOVE_REMOTE)])
        self.journal.set_meta("last_run", datetime.now().isoformat(timespec="seconds"))
        self.progress(1.0, "Sync finished")

    def _run_serial(self, actions: list[Action]) -> None:
        failing_in_a_row = 0
        for action in actions:
            self.cancel.raise_if_cancelled()
            self._start(action)
            server_failed = self._run_action(action)
            failing_in_a_row = failing_in_a_row + 1 if server_failed else 0
            if server_failed and failing_in_a_row >= GIVE_UP_AFTER:
                raise server_failed
            self.bytes_done += 1

    def _run_parallel(self, actions: list[Action]) -> None:
        """Uploads and downloads, :data:`TRANSFERS_IN_PARALLEL` at a time on one keep-alive connection pool.

        Each file is independent (its own temp file, its own journal row); folders are created under a lock.
        The first unexpected error or a server failing :data:`GIVE_UP_AFTER` files in a row stops the rest.
        """
        if len(actions) < 2 or self.cfg.parallel < 2:
            self._run_serial(actions)
            return
        stop = threading.Event()
        state = {"in_a_row": 0, "error": None}

        def one(action: Action) -> None:
            if stop.is_set() or self.cancel.cancelled:
                return
            try:
                self._start(action)
                server_failed = self._run_action(action)
            except BaseException as exc:   # Cancelled, unreachable server, a bug: stop the others
                with self._lock:
                    state["error"] = state["error"] or exc
                stop.set()
                return
            with self._lock:
                state["in_a_row"] = state["in_a_row"] + 1 if server_failed else 0
                if server_failed and state["in_a_row"] >= GIVE_UP_AFTER:
                    state["error"] = state["error"] or server_failed
                    stop.set()
                self.bytes_done += 1

        with ThreadPoolExecutor(max_workers=self.cfg.parallel, thread_name_prefix="sync-transfer") as pool:
            for _ in pool.map(one, actions):
                pass
        if state["error"] is not None:
            raise state["error"]
        self.cancel.raise_if_cancelled()

    def _start(self, action: Action) -> None:
        self.progress(min(1.0, self.bytes_done / self.bytes_total), f"{action.op.value}: {action.path}")

    def _run_action(self, action: Action) -> RemoteUnavailable | None:
        """Run one file operation; every expected failure is recorded for this file and the run goes on.

        A server error (5xx) is retried :data:`FILE_RETRIES` times; returns it when it persisted, so the run
        can stop once many files in a row fail (the server is down rather than one file being bad).
        Unreachable servers and timeouts (no status) end the run at once.
        """
        for attempt in range(FILE_RETRIES + 1):
            try:
                getattr(self, f"_do_{action.op.value}")(action)
            except RemoteUnavailable as exc:
                if exc.code == "sync.storage_full":
                    raise
                if exc.params.get("status") is None:   # cut or unreachable: one more try, then stop the run
                    if attempt == 0 and not self.cancel.wait(RETRY_PAUSE):
                        log.info("retrying %s after %s", action.path, exc)
                        continue
                    raise
                if attempt < FILE_RETRIES and not self.cancel.wait(RETRY_PAUSE * (2 ** attempt)):
                    log.info("retrying %s after %s", action.path, exc)
                    continue
                self._fail(action.path, f"{exc} (tried {attempt + 1} times)", "could not sync")
                return exc
            except (RemoteChanged, LocalFileChanged) as exc:
                reason = str(exc) if isinstance(exc, RemoteChanged) else "the local file changed during the sync"
                self._fail(action.path, reason, "postponed")
            except UnsafeLocalPath as exc:
                self.result.refused.append((action.path, str(exc)))
                self.note(f"refused {action.path}: {exc}")
            except RemoteError as exc:
                self._fail(action.path, str(exc), "could not sync")
            except OSError as exc:   # a local file is locked (open in Word), unreadable, or a name clashes
                self._fail(action.path, f"local file problem: {exc.strerror or type(exc).__name__}", "postponed")
            else:
                with self._lock:
                    self.result.done[action.op.value] = self.result.done.get(action.op.value, 0) + 1
            return None
        return None

    def _fail(self, path: str, reason: str, verb: str) -> None:
        self.result.failed.append((path, reason))
        self.note(f"{verb} {path}: {reason}")

    def _drop_stale_partials(self, plan: Plan, partials: dict[str, tuple[str, str | None, int]]) -> None:
        """Forget kept partial downloads whose remote file changed or is no longer to be downloaded."""
        wanted = {a.path: a.remote for a in plan.actions if a.op in (Op.DOWNLOAD, Op.CONFLICT) and a.remote}
        for path, (temp, etag, size) in partials.items():
            remote = wanted.get(path)
            if remote is None or remote.etag != etag or remote.size != size:
                try:
                    safe_path(self.root, temp).unlink(missing_ok=True)
                except (OSError, UnsafeLocalPath):
                    pass
                self.journal.drop_partial(path)

    def _clean_leftovers(self) -> None:
        for temp, side, _path in self.journal.pending():
            if side == "remote":
                self.client.delete(temp)
            else:
                (self.root / temp).unlink(missing_ok=True)
            self.journal.drop_pending(temp)

    # -- helpers ------------------------------------------------------------------------------------
    def _bytes(self, n: int) -> None:
        """Count transferred bytes; report progress about once per MiB (blocks may be 64 KiB)."""
        with self._lock:
            self.bytes_done += n
            self._unreported += n
            if self._unreported < 1 << 20:
                return
            self._unreported = 0
        self.progress(min(1.0, self.bytes_done / self.bytes_total), "")

    def _ensure_remote_parents(self, path: str) -> None:
        parts = path.split("/")[:-1]
        with self._dir_lock:   # parallel uploads into one new folder: one MKCOL
            for i in range(1, len(parts) + 1):
                folder = "/".join(parts[:i])
                if folder not in self.known_dirs:
                    self.client.mkdir(folder)
                    self.known_dirs.add(folder)

    def _record(self, path: str, loc: LocalFile, sha: str, remote: RemoteEntry) -> None:
        self.journal.put(JournalEntry(path, loc.size, loc.mtime_ns, sha, remote.etag, remote.size))

    def _upload(self, path: str, expect: RemoteEntry | None, expected_sha: str | None = None) -> None:
        local = safe_path(self.root, path)
        if stat_file(self.root, path) is None:
            raise LocalFileChanged(path)
        self._ensure_remote_parents(path)
        temp = self.client.temp_path_for(path)
        self.journal.add_pending(temp, "remote", path)
        # The client hashes while streaming and re-checks the local file before the MOVE: a file saved again
        # meanwhile is never published (LocalFileChanged; the next run uploads the new state).
        entry, sha, st = self.client.upload(local, path, temp, expect=expect, sha256=expected_sha,
                                            on_bytes=self._bytes, cancel=self.cancel)
        self.journal.drop_pending(temp)
        self._record(path, LocalFile(path, st.st_size, st.st_mtime_ns), sha, entry)

    def _download_to_temp(self, action: Action) -> tuple[Path, str, str | None]:
        target = safe_path(self.root, action.path, make_parents=True)   # never through a symlink
        temp_rel, resume = self._resumable(action)
        if temp_rel is None:
            temp_rel = (Path(action.path).parent / f"{TEMP_PREFIX}{os.urandom(6).hex()}-dl").as_posix()
        temp = target.parent / Path(temp_rel).name
        self.journal.drop_partial(action.path)
        self.journal.add_pending(temp_rel, "local", action.path)
        fd = create_new(temp) if not resume else \
            os.open(temp, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
        try:
            with os.fdopen(fd, "r+b" if resume else "wb") as fh:
                try:
                    sha, etag = self.client.download(action.path, fh, expect=action.remote, resume_from=resume,
                                                     on_bytes=self._bytes, cancel=self.cancel)
                except RemoteUnavailable:
                    got = fh.seek(0, os.SEEK_END)
                    if got >= KEEP_PARTIAL_BYTES and (real_etag(action.remote.etag) or action.remote.modified):
                        fh.flush()   # kept for the next run: it resumes with Range if the file is unchanged
                        self.journal.add_partial(action.path, temp_rel, action.remote.etag, action.remote.size)
                        self.journal.drop_pending(temp_rel)
                        temp = None
                    raise
                fh.flush()
                os.fsync(fh.fileno())
        except BaseException:
            if temp is not None:
                temp.unlink(missing_ok=True)
                self.journal.drop_pending(temp_rel)
            raise
        return temp, sha, etag or action.remote.etag

    def _resumable(self, action: Action) -> tuple[str | None, int]:
        """The kept partial download of this very remote version, and how many bytes it holds."""
        part = self.journal.partials().get(action.path)
        if part is None:
            return None, 0
        temp_rel, etag, size = part
        if etag != action.remote.etag or size != action.remote.size:
            return None, 0
        try:
            st = os.lstat(safe_path(self.root, temp_rel))
        except (OSError, UnsafeLocalPath):
            return None, 0
        if not stat.S_ISREG(st.st_mode) or st.st_size >= size:
            return None, 0
        return temp_rel, st.st_size

    def _discard(self, temp: Path) -> None:
        temp.unlink(missing_ok=True)
        self.journal.drop_pending(temp.relative_to(self.root).as_posix())

    def _finish_download(self, action: Action, temp: Path, sha: str, etag: str | None) -> None:
        size = temp.stat().st_size
        try:
            target = safe_path(self.root, action.path)
            os.replace(temp, target)
        except BaseException:
            self._discard(temp)    # never leave a temp file behind (a name the disk refuses, a symlink...)
            raise
        self.journal.drop_pending(temp.relative_to(self.root).as_posix())
        loc = stat_file(self.root, action.path)
        self._record(action.path, loc, sha, RemoteEntry(action.path, False, size, etag))

    # -- operations ---------------------------------------------------------------------------------
    def _do_upload(self, a: Action) -> None:
        # Overwrite only the remote state the plan saw; a file deleted remotely is re-created (If-None-Match).
        self._upload(a.path, a.remote, a.sha256)
        self.note(f"uploaded {a.path}")

    def _do_download(self, a: Action) -> None:
        temp, sha, etag = self._download_to_temp(a)
        current = stat_file(self.root, a.path)
        if current != a.local:  # the local file appeared or changed meanwhile: do not overwrite it
            self._discard(temp)
            raise LocalFileChanged(a.path)
        self._finish_download(a, temp, sha, etag)
        self.note(f"downloaded {a.path}")

    def _do_conflict(self, a: Action) -> None:
        temp, remote_sha, etag = self._download_to_temp(a)
        local_sha = a.sha256 or file_sha256(self.root / a.path, self.cancel)
        if remote_sha == local_sha:  # same content on both sides: nothing to keep twice
            temp.unlink()
            self.journal.drop_pending(temp.relative_to(self.root).as_posix())
            loc = stat_file(self.root, a.path)
            self._record(a.path, loc, local_sha, RemoteEntry(a.path, False, loc.size, etag))
            self.note(f"same content on both sides: {a.path}")
            return
        copy = conflict_name(a.path, self.cfg.host)
        n = 2
        while (self.root / copy).exists():
            copy = conflict_name(a.path, f"{self.cfg.host}-{n}")
            n += 1
        try:   # the local version lives on under the new name
            os.replace(safe_path(self.root, a.path), safe_path(self.root, copy))
        except BaseException:
            self._discard(temp)
            raise
        self._finish_download(a, temp, remote_sha, etag)
        self.result.conflicts.append((a.path, copy))
        self.note(f"conflict on {a.path}: both kept, this computer's version is now {copy}")
        self._upload(copy, None, None)

    def _do_move_remote(self, a: Action) -> None:
        if stat_file(self.root, a.path) != a.local:
            raise LocalFileChanged(a.path)
        self._ensure_remote_parents(a.path)
        self.client.move(a.source, a.path, overwrite=False, src_etag=a.remote.etag, src_weak=a.remote.weak)
        entry = self.client.stat(a.path)
        if entry is None:
            raise RemoteError("The moved file is missing on the server.", path=a.path)
        self.journal.remove(a.source)
        self._record(a.path, a.local, a.sha256, entry)
        self.note(f"moved on the server: {a.source} -> {a.path}")

    def _do_delete_local(self, a: Action) -> None:
        current = stat_file(self.root, a.path)
        if current is not None and current != a.local:
            raise LocalFileChanged(a.path)
        if current is not None:
            source = safe_path(self.root, a.path)
            self.trash_run.mkdir(parents=True, exist_ok=True)
            target = safe_path(self.trash_run, a.path, make_parents=True)
            shutil.move(str(source), str(target))
            self._prune_empty_dirs(a.path)
        self.journal.remove(a.path)
        self.note(f"moved to the trash (deleted on the server): {a.path}")

    def _do_delete_remote(self, a: Action) -> None:
        self.client.delete(a.path, if_etag=a.remote.etag if a.remote else None,
                           weak=bool(a.remote and a.remote.weak))
        self.journal.remove(a.path)
        self.note(f"deleted on the server: {a.path}")

    def _do_record(self, a: Action) -> None:
        loc = stat_file(self.root, a.path)
        if loc is not None and a.journal is not None:
            self.journal.put(JournalEntry(a.path, loc.size, loc.mtime_ns, a.sha256 or a.journal.sha256,
                                          a.journal.etag, a.journal.remote_size))

    def _do_forget(self, a: Action) -> None:
        self.journal.remove(a.path)

    def _prune_remote_dirs(self, deleted: list[str]) -> None:
        """Remove server folders emptied by this run's deletions when the folder is gone here too."""
        folders = {"/".join(p.split("/")[:i]) for p in deleted for i in range(1, p.count("/") + 1)}
        for folder in sorted(folders, key=lambda f: f.count("/"), reverse=True):
            if (self.root / folder).exists():
                continue
            try:
                members = self.client.children(folder)
                if members == []:   # only ever an empty folder; anything inside (even a temp file) keeps it
                    self.client.delete(folder, folder=True)
                    self.note(f"removed the empty server folder {folder}")
            except RemoteError as exc:  # cosmetic: an empty folder left behind is harmless
                log.info("could not remove the empty server folder: %s", exc)

    def _prune_empty_dirs(self, path: str) -> None:
        parent = (self.root / path).parent
        while parent != self.root and parent.is_relative_to(self.root):
            try:
                parent.rmdir()
            except OSError:
                return
            parent = parent.parent


__all__ = ["SyncConfig", "SyncResult", "run_sync", "conflict_name", "check_delete_guard", "SyncError",
           "DeleteGuardTriggered"]
