"""Headless entry point: ``python -m desktop <command> ...``.

Each tool owns one module here (``desktop/cli/<tool>.py``) with ``register(subparsers)`` that adds its
sub-command and sets ``func=run`` where ``run(args) -> int`` is the exit code. A failure is printed as the same
translated sentence the app shows (:mod:`desktop.messages.errors`, in the UI language of the settings or
``--lang``), then the service's English detail; never a stack trace; details go to the log.
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
    parser.add_argument("--lang", choices=("ja", "en"),
                        help="language of error messages (default: the app's UI language setting, Japanese)")
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
    use_language(args.lang)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    from desktop.messages.errors import describe, for_terminal

    try:
        return int(args.func(args) or 0)
    except (Cancelled, KeyboardInterrupt):
        print(describe(Cancelled()), file=sys.stderr)
        return 130
    except ToseiError as exc:
        log.warning("command %s failed: %s", args.command, exc)
        print(for_terminal(exc), file=sys.stderr)
        return 1
    except Exception as exc:  # unexpected: short message (its type and words), full detail in the log
        log.exception("command %s crashed", args.command)
        print(for_terminal(exc), file=sys.stderr)
        return 2


def use_language(lang: str | None) -> None:
    """Error sentences in ``lang``, else in the UI language of the settings (Japanese when unreadable)."""
    from desktop.messages import catalogue
    from desktop.services.errors import ToseiError

    if lang is None:
        try:
            from desktop.services.settings import Settings

            lang = str(Settings().get("language"))
        except (ToseiError, OSError, ValueError):
            lang = "ja"
    catalogue.use_language(lang if lang in ("ja", "en") else "ja")
