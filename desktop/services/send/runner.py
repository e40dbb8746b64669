"""Processes due outbox jobs: claim -> (upload links) -> SMTP -> sent / retry / failed / uncertain.

Only one runner per outbox at a time (an OS file lock that dies with the process); on start it calls
:meth:`Outbox.recover`. Retries with exponential backoff happen only for temporary failures before the
message body was handed over; after DATA a lost connection makes the job *uncertain*, never resent.
Cancelling stops between jobs; a message being sent is finished first.
Thread-safety: call from one worker thread (the UI's "parallel" lane) or the CLI.
"""
from __future__ import annotations

import logging
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Protocol

from desktop.services.common.jobs import NEVER, NO_PROGRESS, CancelToken, Progress
from desktop.services.send.errors import SendError, TransportFailure, UploadError
from desktop.services.send.link_upload import LinkUploader, link_folder
from desktop.services.send.message import build_message
from desktop.services.send.outbox import Job, Outbox, sha256_file

log = logging.getLogger(__name__)


class Transport(Protocol):
    def send(self, sender: str, recipient: str, data: bytes, before_data: Callable[[], None]) -> str: ...
    def close(self) -> None: ...


class OutboxBusy(SendError):
    code = "send.outbox_busy"


@dataclass(frozen=True)
class RetryPolicy:
    base_seconds: float = 30.0
    max_seconds: float = 1800.0
    max_attempts: int = 8

    def delay(self, attempts: int) -> float:
        return min(self.max_seconds, self.base_seconds * (2 ** max(0, attempts - 1)))


@dataclass
class RunSummary:
    sent: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    uncertain: list[int] = field(default_factory=list)
    retrying: list[int] = field(default_factory=list)
    recovered: list[int] = field(default_factory=list)
    stopped_by: str = ""          # a connection-level failure that ended the run early
    stopped_error: TransportFailure | None = None    # the same failure, typed (the UI translates it)
    # every job in the outbox still uncertain after this run (earlier runs' too) until a person settles it
    unsettled: list[int] = field(default_factory=list)

    @property
    def needs_person(self) -> bool:
        return bool(self.unsettled or self.uncertain)

    def describe(self) -> str:
        text = (f"sent {len(self.sent)}, failed {len(self.failed)}, uncertain {len(self.uncertain)}, "
                f"waiting for retry {len(set(self.retrying) - set(self.sent) - set(self.failed))}")
        earlier = sorted(set(self.unsettled) - set(self.uncertain))
        if self.unsettled:
            text += (f"; {len(self.unsettled)} uncertain job(s) need a person"
                     + (f" ({len(earlier)} from earlier runs)" if earlier else "")
                     + ": " + ", ".join(map(str, sorted(self.unsettled)))
                     + " (settle with outbox --resolve JOB --delivered or --resend)")
        return text + (f"; stopped: {self.stopped_by}" if self.stopped_by else "")


class RunnerLock:
    """Exclusive, non-blocking lock on ``outbox.lock``; released by the OS if the process dies."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / "outbox.lock"
        self._fh = None

    def __enter__(self) -> "RunnerLock":
        fh = open(self.path, "a+b")
        try:
            if sys.platform == "win32":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            raise OutboxBusy("The outbox is already being processed by another window or command.") from None
        self._fh = fh
        return self

    def __exit__(self, *exc) -> None:
        if self._fh:
            self._fh.close()
            self._fh = None


def _check_spool(job: Job) -> str | None:
    for att in job.attachments:
        if not att.path.is_file():
            return f"the stored copy of {att.name} is missing from the outbox"
        if sha256_file(att.path) != att.sha256:
            return f"the stored copy of {att.name} was changed (SHA-256 mismatch)"
    return None


def _upload_links(outbox: Outbox, job: Job, uploader: LinkUploader) -> Job:
    links = dict(job.links)
    for other in outbox.jobs(group_id=job.group_id):       # reuse links made for the same group
        for k, v in other.links.items():
            links.setdefault(k, v)
    folder = link_folder(job.group_id, job.created_at)
    for att in job.attachments:
        if att.sha256 not in links:
            links[att.sha256] = uploader.upload(att.path, folder, att.name, att.sha256)
    if links != job.links:
        outbox.set_links(job.id, links)
        job.links = links
    return job


def process_outbox(outbox: Outbox, transport_factory: Callable[[], Transport], *,
                   uploader_factory: Callable[[], LinkUploader] | None = None,
                   retry: RetryPolicy = RetryPolicy(), wait_seconds: float = 0.0,
                   progress: Progress = NO_PROGRESS, cancel: CancelToken = NEVER,
                   on_change: Callable[[], None] | None = None) -> RunSummary:
    """Send every due job. With ``wait_seconds`` > 0 also wait for held jobs due within that time."""
    summary = RunSummary()
    notify = on_change or (lambda: None)
    with RunnerLock(outbox.folder):
        summary.recovered = outbox.recover()
        summary.uncertain += [i for i in summary.recovered if outbox.job(i).state == "uncertain"]
        transport: Transport | None = None
        uploader: LinkUploader | None = None
        deadline = time.time() + wait_seconds
        try:
            while not cancel.cancelled:
                job = outbox.claim_next()
                if job is None:
                    due = outbox.next_due()
                    if due is None or due > deadline:
                        break
                    remaining = max(0.0, due - time.time())
                    progress(None, f"waiting {remaining:.0f} s for held messages")
                    cancel.wait(min(remaining, 0.5) if remaining > 0 else 0.01)
                    continue
                notify()
                progress(None, f"sending to {job.recipient}")
                try:
                    problem = _check_spool(job)
                    if problem:
                        outbox.finish(job.id, "failed", error=problem)
                        summary.failed.append(job.id)
                        continue
                    if job.transport == "link":
                        if uploader is None:
                            if uploader_factory is None:
                                raise UploadError("No cloud storage is configured for link sending.")
                            uploader = uploader_factory()
                        job = _upload_links(outbox, job, uploader)
                    data = build_message(job)
                    if transport is None:
                        transport = transport_factory()
                    response = transport.send(job.sender, job.recipient, data,
                                              lambda jid=job.id: outbox.mark_data_started(jid))
                except TransportFailure as exc:
                    session = exc.params.get("stage") in ("connect", "auth")   # not this job's fault
                    _settle_failure(outbox, job, exc, exc.after_data, exc.temporary or session, exc.response,
                                    retry, summary)
                    if session:
                        transport = None
                        summary.stopped_by = str(exc)
                        summary.stopped_error = exc
                        break
                    continue
                except UploadError as exc:
                    _settle_failure(outbox, job, exc, False, bool(exc.params.get("temporary")), "", retry, summary)
                    continue
                except BaseException:
                    # unexpected: never leave a job in 'sending' if we know DATA did not start
                    if not outbox.job(job.id).data_started:
                        outbox.finish(job.id, "held", error="interrupted", retry_at=time.time() + retry.delay(1))
                    else:
                        outbox.finish(job.id, "uncertain", error="interrupted after DATA was started")
                    raise
                outbox.finish(job.id, "sent", response=response)
                summary.sent.append(job.id)
                notify()
        finally:
            if transport is not None:
                transport.close()
            close = getattr(uploader, "close", None)
            if close:
                close()
    summary.unsettled = [j.id for j in outbox.jobs(states=("uncertain",))]
    progress(1.0, summary.describe())
    return summary


def _settle_failure(outbox: Outbox, job: Job, exc: Exception, after_data: bool, temporary: bool, response: str,
                    retry: RetryPolicy, summary: RunSummary) -> None:
    if after_data:
        outbox.finish(job.id, "uncertain", error=str(exc), response=response)
        summary.uncertain.append(job.id)
    elif temporary and job.attempts < retry.max_attempts:
        outbox.finish(job.id, "held", error=str(exc), response=response,
                      retry_at=time.time() + retry.delay(job.attempts))
        summary.retrying.append(job.id)
    else:
        outbox.finish(job.id, "failed", error=str(exc), response=response)
        summary.failed.append(job.id)
    log.info("job %s: %s", job.id, exc)

