"""Headless entry point: ``python -m desktop <command> ...``.

Each tool owns one module here (``desktop/cli/<tool>.py``) with ``register(subparsers)`` that adds its
sub-command and sets ``func=run`` where ``run(args) -> int`` is the exit code. The CLI prints plain messages
(the ``str`` of a :class:`~desktop.services.errors.ToseiError`), never a stack trace; details go to the log.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys

from desktop import APP_NAME, __version__

COMMAND_MODULES = (
    "desktop.cli.selftest",
    "desktop.cli.minutes",
    "desktop.cli.forms",
    "desktop.cli.send",
    "desktop.cli.approval",
    "desktop.cli.sync",
    "desktop.cli.signin",
)

log = logging.getLogger("desktop.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tosei-desk",
        description=f"{APP_NAME} {__version__}. Without a command the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str]) -> int:
    from desktop.services.errors import Cancelled, ToseiError
    from desktop.services.logging_setup import configure_logging, enable_crash_dumps

    configure_logging(role="cli")
    enable_crash_dumps()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except Cancelled:
        print("Cancelled.", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except ToseiError as exc:
        log.warning("command %s failed: %s", args.command, exc)
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # unexpected: short message, full detail in the log
        log.exception("command %s crashed", args.command)
        print(f"Unexpected error ({type(exc).__name__}: {exc}). Details are in the log.", file=sys.stderr)
        return 2
