"""``python -m desktop sync``: two-way cloud sync of the work folder, plus sign-in/out of the staff ID.

Exit codes: 0 done, 1 error, 3 the delete guard stopped the run (nothing changed; answer with ``--yes-delete``
or ``--keep-deleted``), 4 the run finished but some files were postponed (they are retried next run).
Passwords are read with ``getpass`` (never from the command line) and stored only in the credential store.
"""
from __future__ import annotations

import getpass
import sys
from pathlib import Path

EXIT_GUARD = 3
EXIT_PARTIAL = 4


def register(sub) -> None:
    p = sub.add_parser("sync", help="two-way cloud sync of the work folder (クラウド同期)",
                       description="Sync the work folder with the cloud (WebDAV) folder of the signed-in staff ID.")
    p.add_argument("--profile", default="default", help="ID profile (default: %(default)s)")
    p.add_argument("--dry-run", action="store_true", help="only show what would change")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--yes-delete", action="store_true",
                       help="if the delete guard fires, delete the files (confirming the deletions)")
    group.add_argument("--keep-deleted", action="store_true",
                       help="if the delete guard fires, keep everything (copy deleted files back)")
    p.add_argument("--endpoint", help="WebDAV address (default: setting cloud_endpoint)")
    p.add_argument("--root", help="remote folder (default: setting cloud_root)")
    p.add_argument("--folder", type=Path, help="local folder (default: the work folder)")
    p.add_argument("--status", action="store_true", help="show the signed-in ID and the last run, then exit")
    p.add_argument("--sign-in", action="store_true",
                   help="save the staff ID (--staff-id, --name, --bureau, --section, --mail, --user) and ask for "
                        "the cloud password")
    p.add_argument("--smtp-password", action="store_true",
                   help="with --sign-in: also ask for the mail (SMTP) password (needed when setting smtp_user is "
                        "set) and keep it in the credential store")
    p.add_argument("--sign-out", action="store_true", help="remove every stored secret of the profile")
    for opt in ("staff-id", "name", "bureau", "section", "mail", "user"):
        p.add_argument(f"--{opt}", default=None, help=argparse_help(opt))
    p.set_defaults(func=run)


def argparse_help(opt: str) -> str:
    return {"staff-id": "職員ID (with --sign-in)", "user": "cloud user name if not the staff ID"}.get(
        opt, f"{opt} (with --sign-in)")


def run(args) -> int:
    from desktop.services.sync import identity

    if args.sign_out:
        removed = identity.sign_out(args.profile)
        print(f"Signed out of profile {args.profile}: {removed} stored secret(s) removed.")
        return 0
    if args.sign_in:
        return _sign_in(args)
    if args.status:
        return _status(args)
    return _sync(args)


def _sign_in(args) -> int:
    from desktop.services.sync.identity import Identity, load_identity, sign_in

    current = load_identity(args.profile) or Identity(profile=args.profile)
    for attr, opt in (("staff_id", "staff_id"), ("display_name", "name"), ("bureau", "bureau"),
                      ("section", "section"), ("mail", "mail"), ("cloud_user", "user")):
        value = getattr(args, opt)
        if value is not None:
            setattr(current, attr, value)
    password = _ask("Cloud password (not shown; empty keeps the stored one): ")
    smtp_password = _ask("Mail (SMTP) password (not shown; empty keeps the stored one): ") \
        if args.smtp_password else None
    sign_in(current, cloud_password=password or None, smtp_password=smtp_password or None)
    print(f"Signed in as {current.staff_id} ({current.display_name or '-'}) in profile {args.profile}."
          + (" Mail password stored." if smtp_password else ""))
    return 0


def _ask(prompt: str) -> str:
    """A password from the terminal (not echoed), or one line of stdin when it is not a terminal."""
    return getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")


def _status(args) -> int:
    from desktop.services.sync.identity import is_signed_in, load_identity
    from desktop.services.sync.profile_config import load_last_run

    ident = load_identity(args.profile)
    if ident is None:
        print(f"Profile {args.profile}: nobody signed in.")
        return 0
    print(f"Profile {args.profile}: {ident.staff_id} {ident.display_name} {ident.bureau} {ident.section} {ident.mail}")
    print("Cloud password stored: " + ("yes" if is_signed_in(args.profile) else "no"))
    print("Mail (SMTP) password stored: " + ("yes" if _has_smtp_password(args.profile) else "no"))
    last = load_last_run(args.profile)
    if last:
        from datetime import datetime

        when = datetime.fromtimestamp(last["finished"]).strftime("%Y-%m-%d %H:%M")
        print(f"Last run {when}: {_counts(last['done'])}; {len(last['conflicts'])} conflict(s), "
              f"{len(last['failed'])} postponed")
    return 0


def _has_smtp_password(profile: str) -> bool:
    from desktop.services import secrets

    return bool(secrets.get_secret(secrets.SecretKey.SMTP_PASSWORD, profile))


def _counts(done: dict) -> str:
    labels = {"upload": "uploaded", "download": "downloaded", "delete_local": "moved to trash",
              "delete_remote": "deleted on the server", "conflict": "conflicts resolved",
              "move_remote": "renamed on the server"}
    parts = [f"{labels[k]} {v}" for k, v in done.items() if k in labels]
    return ", ".join(parts) or "no changes"


def _sync(args) -> int:
    from desktop.cli.progress import TerminalProgress
    from desktop.services.settings import Settings
    from desktop.services.sync.engine import run_sync
    from desktop.services.sync.errors import DeleteGuardTriggered
    from desktop.services.sync.profile_config import build_config, save_last_run

    settings = Settings()
    config = build_config(args.profile, endpoint=args.endpoint or settings.get("cloud_endpoint"),
                          remote_root=args.root if args.root is not None else settings.get("cloud_root"),
                          local_root=args.folder or settings.work_folder(),
                          delete_threshold=float(settings.get("sync_delete_threshold")),
                          ca_file=settings.get("tls_ca_file"))
    policy = "delete" if args.yes_delete else "keep" if args.keep_deleted else "ask"
    progress = TerminalProgress()
    try:
        result = run_sync(config, dry_run=args.dry_run, delete_policy=policy, progress=progress)
    except DeleteGuardTriggered as guard:
        from desktop.messages.errors import for_terminal

        print(for_terminal(guard), file=sys.stderr)
        for path in guard.params["remote_deletes"][:20]:
            print(f"  would delete on the server: {path}", file=sys.stderr)
        for path in guard.params["local_deletes"][:20]:
            print(f"  would move to the trash here: {path}", file=sys.stderr)
        if not sys.stdin.isatty() or args.dry_run:
            print("Run again with --yes-delete to delete them or --keep-deleted to keep everything.", file=sys.stderr)
            return EXIT_GUARD
        answer = input(f"Delete these {guard.count} files? [y/N] ").strip().lower()
        policy = "delete" if answer in ("y", "yes") else "keep"
        result = run_sync(config, delete_policy=policy, progress=progress)
    if args.dry_run:
        changes = [a for a in result.actions if a.op.value not in ("record", "forget")]
        for a in changes:
            print(f"{a.op.value:14} {a.path}  ({a.reason})")
        print(f"Dry run: {len(changes)} change(s), nothing was done.")
        if result.delete_guard is not None:
            print(f"Warning: {result.delete_guard}", file=sys.stderr)
            return EXIT_GUARD
    else:
        save_last_run(args.profile, result)
        print(f"Sync finished: {_counts(result.done)}.")
        for path, copy in result.conflicts:
            print(f"Conflict on {path}: both kept; this computer's version is {copy}")
    for path, reason in result.refused:
        print(f"Refused {path}: {reason}", file=sys.stderr)
    if result.failed:
        print(f"Could not sync {len(result.failed)} file(s); the rest of the run went on and these are tried "
              "again next run:", file=sys.stderr)
    for path, reason in result.failed:
        print(f"  Postponed {path}: {reason}", file=sys.stderr)
    return EXIT_PARTIAL if result.failed and not args.dry_run else 0
