"""``python -m desktop`` starts the GUI; ``python -m desktop COMMAND`` runs a service headless."""
from __future__ import annotations

import multiprocessing
import sys


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()  # frozen builds: let spawned workers run their target, not the GUI
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] not in ("--gui",):
        from desktop.cli import main as cli_main
        from desktop.services.selftest import register_qt_checks
        from desktop.ui.deep_checks import checks as deep_qt_checks
        from desktop.ui.qt_health import checks as basic_qt_checks

        # The composition root: the CLI may not import the UI, so self-test gets its Qt checks from here.
        register_qt_checks(basic_qt_checks, deep_qt_checks)
        return cli_main(argv)
    from desktop.ui.app import run_gui

    return run_gui([sys.argv[0], *[a for a in argv if a != "--gui"]])


if __name__ == "__main__":
    sys.exit(main())
