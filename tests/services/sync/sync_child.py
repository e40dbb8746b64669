"""Run one sync in a separate process (for the kill -9 test). Config JSON path in argv[1], password in env.

Prints one line per progress message so the parent can kill it at a known point.
"""
from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path

from desktop.services.sync.engine import SyncConfig, run_sync


def main() -> None:
    data = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    cfg = SyncConfig(local_root=Path(data["local_root"]), endpoint=data["endpoint"], remote_root=data["remote_root"],
                     username=data["username"], password=os.environ["SYNC_PASSWORD"],
                     journal_path=Path(data["journal_path"]), trash_dir=Path(data["trash_dir"]),
                     case_insensitive=False)

    lock = threading.Lock()

    def progress(fraction, message=""):   # called from the transfer threads too: one whole line at a time
        with lock:
            print(message or "bytes", flush=True)   # "bytes": a chunk was transferred

    run_sync(cfg, progress=progress, delete_policy="delete")
    print("DONE", flush=True)


if __name__ == "__main__":
    main()
