"""``python -m desktop self-test``: one line per check and a summary; exit 0 only if all required pass."""
from __future__ import annotations

import os


def register(sub) -> None:
    parser = sub.add_parser("self-test", help="check what the app needs on this machine")
    parser.add_argument("--no-qt", action="store_true", help="skip the Qt platform and font checks")
    parser.add_argument("--deep", action="store_true",
                        help="also run each engine once on bundled data (transcribe a clip, read the sample form, "
                             "write a .docx, use the credential store, load the translations); ~30 s")
    parser.set_defaults(func=run)


def run(args) -> int:
    from desktop.services.selftest import qt_checks, run_all

    checks = []
    if not args.no_qt:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and os.name != "nt":
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        checks.extend(qt_checks())  # registered by desktop/__main__.py: the CLI does not import the UI
    checks.extend(run_all())
    if getattr(args, "deep", False):
        from desktop.services.deep_selftest import deep_checks

        if not args.no_qt:
            checks.extend(qt_checks(deep=True))
        checks.extend(deep_checks())
    width = max(len(c.name) for c in checks)
    for c in checks:
        status = "OK  " if c.ok else ("FAIL" if c.required else "WARN")
        print(f"[{status}] {c.name.ljust(width)}  {c.detail}")
    failed = [c for c in checks if c.required and not c.ok]
    warned = [c for c in checks if not c.required and not c.ok]
    print(f"self-test: {len(checks) - len(failed) - len(warned)} ok, {len(failed)} failed, {len(warned)} warnings")
    return 1 if failed else 0
