#!/usr/bin/env python3
"""Write the machine policy template (every setting, commented out) that the installers put in place.

    python scripts/policy_template.py OUT.toml

The .deb installs it as the conffile /etc/tosei-desk/policy.toml; the Windows installer as
%ProgramData%\\ToseiDesk\\policy.toml if none is there yet (and never removes it). Everything is commented, so
the installed file changes nothing until IT edits it (see docs/ADMIN.md).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.services.settings import SCHEMA  # noqa: E402


def render() -> str:
    lines = ["# Tosei Desk machine policy (see docs/ADMIN.md). Remove the '#' of a line to set that default for",
             "# every user of this PC; list a key under [locked] to stop users changing it.", "", "[settings]"]
    for s in SCHEMA.values():
        choices = f" (one of: {', '.join(map(str, s.choices))})" if s.choices else ""
        lines.append(f"# {s.help}{choices}")
        lines.append(f"# {s.key} = {json.dumps(s.default, ensure_ascii=False)}")
    lines += ["", "[locked]", "# keys = [\"smtp_host\", \"internal_mail_domains\"]", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(render(), encoding="utf-8")
