"""``python -m desktop send …`` queues a message (no dialog; the block list still applies) and
``python -m desktop outbox [--run]`` lists or processes the outbox. Both sub-commands live here."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from desktop.services.errors import ToseiError


def register(subparsers) -> None:
    p = subparsers.add_parser("send", help="Queue a FAX-less send (mail with attachments or cloud links)",
                              description="Queue one job per recipient in the outbox. There is no confirmation "
                                          "dialog; blocked domains are refused. Use --run to send right away.")
    p.add_argument("--to", action="append", default=[], metavar="ADDR", help="recipient mail address")
    p.add_argument("--to-fax", action="append", default=[], metavar="NUMBER",
                   help="old FAX number, looked up in the directory")
    p.add_argument("--group", action="append", default=[], metavar="NAME", help="directory group (同報)")
    p.add_argument("--cc", action="append", default=[], metavar="ADDR", help="CC recipient (shown to everyone)")
    p.add_argument("--bcc", action="append", default=[], metavar="ADDR", help="BCC recipient (shown to no one)")
    p.add_argument("--subject", required=True)
    p.add_argument("--body", default="", help="message text")
    p.add_argument("--body-file", type=Path, help="read the message text from this UTF-8 file")
    p.add_argument("--attach", action="append", default=[], type=Path, metavar="FILE")
    p.add_argument("--link", action="store_true", help="upload to the cloud folder and send links instead")
    p.add_argument("--cover", action="store_true", help="attach a cover sheet (送付状) PDF")
    p.add_argument("--from-name", default="", help="sender name printed on the cover sheet (default: the signed-in ID profile)")
    p.add_argument("--hold", type=float, default=None, metavar="SECONDS",
                   help="hold before sending (default: setting send_hold_seconds)")
    p.add_argument("--run", action="store_true", help="process the outbox now (waits for the hold)")
    p.set_defaults(func=run_send)

    o = subparsers.add_parser("outbox", help="List or process the send outbox",
                              description="Without options: list the jobs. --run sends what is due. Exit code with --run: 0 all "
                                          "sent, 3 a job failed or needs a person (uncertain), 1 an error.")
    o.add_argument("--run", action="store_true", help="send every due job")
    o.add_argument("--wait", type=float, default=None, metavar="SECONDS",
                   help="with --run: also wait up to this long for held jobs (default: the hold setting)")
    o.add_argument("--cancel", type=int, metavar="JOB", help="cancel a job that is still held")
    o.add_argument("--resolve", type=int, metavar="JOB", help="settle an uncertain/failed job")
    o.add_argument("--delivered", action="store_true", help="with --resolve: the recipient got it")
    o.add_argument("--resend", action="store_true", help="with --resolve: send it again")
    o.add_argument("--export", type=Path, metavar="XLSX", help="write the send log (送信記録) to an .xlsx file")
    o.add_argument("--all", action="store_true", help="list finished jobs too")
    o.add_argument("--purge-days", type=float, metavar="DAYS",
                   help="delete stored attachment copies of finished sends older than DAYS (the log stays)")
    o.set_defaults(func=run_outbox)


def _config():
    from desktop.services.send.service import SendConfig
    from desktop.services.settings import Settings

    return SendConfig.from_settings(Settings())


def run_send(args: argparse.Namespace) -> int:
    from desktop.services.send.compose import Draft, queue_draft, resolve_recipients
    from desktop.services.send.errors import NotConfigured
    from desktop.services.send.outbox import Recipient
    from desktop.services.send.service import open_directory, open_outbox

    config = _config()
    body = args.body
    if args.body_file:
        try:
            body = args.body_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ToseiError(f"The message file {args.body_file} could not be read ({type(exc).__name__}).") from None
    directory = open_directory() if (args.to_fax or args.group or args.to or args.cc or args.bcc) else None
    recipients = resolve_recipients(directory, addresses=args.to, fax_numbers=args.to_fax, groups=args.group)
    for role, addresses in (("cc", args.cc), ("bcc", args.bcc)):
        seen = {r.address for r in recipients}          # an address given twice keeps its first place
        recipients += [Recipient(r.address, r.name, role)
                       for r in resolve_recipients(directory, addresses=addresses) if r.address not in seen]
    draft = Draft(recipients=recipients, subject=args.subject, body=body, attachments=list(args.attach),
                  transport="link" if args.link else "smtp", cover=args.cover,
                  sender_name=args.from_name or config.sender_name,
                  sender_org="" if args.from_name else config.sender_org)
    if args.link and not config.cloud_endpoint:
        raise NotConfigured("--link needs the cloud storage address (setting cloud_endpoint).")
    hold = config.hold_seconds if args.hold is None else max(0.0, args.hold)
    outbox = open_outbox()
    try:
        group = queue_draft(outbox, draft, sender=config.sender, policy=config.policy, state="held",
                            hold_seconds=hold)
        jobs = outbox.jobs(group_id=group)
    finally:
        outbox.close()
    for job in jobs:
        where = "" if config.policy.is_internal(job.recipient) else " [external]"
        role = f" {job.role.upper()}" if job.role != "to" else ""
        print(f"queued job {job.id} to{role} {job.recipient}{where} ({job.message_id}), hold {hold:g} s")
    if args.run:
        return _process(config, wait=hold + 1)
    return 0


def _process(config, wait: float) -> int:
    from desktop.cli.progress import TerminalProgress
    from desktop.services.send.service import run_outbox

    summary = run_outbox(config, wait_seconds=wait, progress=TerminalProgress())
    print(summary.describe())
    if summary.stopped_by:
        raise ToseiError(summary.stopped_by)
    return 3 if summary.failed or summary.needs_person else 0


def run_outbox(args: argparse.Namespace) -> int:
    from desktop.services.send.send_log import export_xlsx
    from desktop.services.send.service import open_outbox

    config = _config()
    outbox = open_outbox()
    try:
        if args.cancel is not None:
            outbox.cancel(args.cancel)
            print(f"job {args.cancel} cancelled")
        if args.resolve is not None:
            if args.delivered == args.resend:
                raise ToseiError("With --resolve give exactly one of --delivered or --resend.")
            outbox.resolve(args.resolve, delivered=args.delivered)
            print(f"job {args.resolve}: " + ("marked delivered" if args.delivered else "queued again"))
        if args.export:
            export_xlsx(outbox, args.export)
            print(f"send log written to {args.export}")
        if args.purge_days is not None:
            print(f"removed the stored attachments of {outbox.purge_spool(args.purge_days)} finished sends")
        if not (args.run or args.cancel or args.resolve or args.export or args.purge_days is not None):
            _list(outbox, args.all)
    finally:
        outbox.close()
    if args.run:
        return _process(config, wait=config.hold_seconds + 1 if args.wait is None else args.wait)
    return 0


def _list(outbox, show_all: bool) -> None:
    jobs = [j for j in outbox.jobs() if show_all or j.state not in ("sent", "cancelled")]
    if not jobs:
        print("The outbox is empty." if show_all else "Nothing waiting (use --all to list finished jobs).")
        return
    for j in jobs:
        when = dt.datetime.fromtimestamp(j.created_at).strftime("%Y-%m-%d %H:%M")
        extra = f"  [{j.error}]" if j.error and j.state != "sent" else ""
        print(f"{j.id:>5}  {j.state:<10} {when}  {j.recipient:<30} {j.subject}{extra}")
    sys.stdout.flush()
