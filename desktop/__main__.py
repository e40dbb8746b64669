"""``python -m desktop`` starts the GUI; ``python -m desktop COMMAND`` runs a service headless."""
from __future__ import annotations

import multiprocessing
import sys


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()  # frozen builds: let spawned workers run their target, not the GUI
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] not in ("--gui",):
        from desktop.cli import main as cli_main

        return cli_main(argv)
    from desktop.ui.app import run_gui

    return run_gui([sys.argv[0], *[a for a in argv if a != "--gui"]])


if __name__ == "__main__":
    sys.exit(main())
