"""Cloud sync benchmark against one loopback wsgidav server (the same one the tests use), in one run:

1. first upload of 1,000 small files: ours vs ``rclone copy`` (ratio ours/rclone, lower is better);
2. first upload of one 200 MB file: ours vs ``rclone copy`` (ratio);
3. no-change re-sync of those 1,000 files (target < 2 s: it lists, it does not transfer);
4. peak RSS of this process while syncing the 200 MB file up and down (target < 150 MB).

    .venv/bin/python benchmarks/sync.py [--small 1000] [--big-mb 200] [--no-rclone]

Needs ``rclone`` (Debian package) for the comparison. Figures on a shared 2-core machine are noisy.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.services.sync.engine import SyncConfig, run_sync  # noqa: E402

_spec = importlib.util.spec_from_file_location("bench_dav_server", ROOT / "tests/services/sync/dav_server.py")
dav_server = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dav_server)

USER, PASSWORD = "bench", "bench-pass-123"


class PeakRss:
    def __init__(self) -> None:
        self.proc = psutil.Process()
        self.peak = self.proc.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, self.proc.memory_info().rss)

    def __enter__(self) -> "PeakRss":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.proc.memory_info().rss)


def config(server, local: Path, remote_root: str, work: Path) -> SyncConfig:
    return SyncConfig(local_root=local, endpoint=server.endpoint, remote_root=remote_root, username=USER,
                      password=PASSWORD, journal_path=work / f"journal-{remote_root}.sqlite",
                      trash_dir=work / "trash", case_insensitive=False, timeout=120)


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def rclone_copy(server, src: Path, dest: str, tmp: Path) -> float:
    obscured = subprocess.run(["rclone", "obscure", PASSWORD], capture_output=True, text=True, check=True).stdout.strip()
    env = dict(os.environ, RCLONE_CONFIG=str(tmp / "empty.conf"), RCLONE_CONFIG_BENCH_TYPE="webdav",
               RCLONE_CONFIG_BENCH_URL=server.endpoint, RCLONE_CONFIG_BENCH_VENDOR="other",
               RCLONE_CONFIG_BENCH_USER=USER, RCLONE_CONFIG_BENCH_PASS=obscured)
    (tmp / "empty.conf").write_text("")
    start = time.perf_counter()
    subprocess.run(["rclone", "copy", str(src), f"bench:{dest}", "--transfers", "4"], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=1000)
    ap.add_argument("--big-mb", type=int, default=200)
    ap.add_argument("--no-rclone", action="store_true")
    args = ap.parse_args()
    use_rclone = not args.no_rclone and shutil.which("rclone") is not None

    with tempfile.TemporaryDirectory(prefix="sync-bench-") as tmpdir:
        tmp = Path(tmpdir)
        server = dav_server.DavServer(tmp / "davroot", USER, PASSWORD).start()
        try:
            small = tmp / "small"
            for i in range(args.small):
                p = small / f"dir{i % 20:02d}" / f"file{i:04d}.txt"
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_bytes(os.urandom(512 + (i * 37) % 3500))
            big = tmp / "big"
            big.mkdir()
            with open(big / "big.bin", "wb") as fh:
                block = os.urandom(1 << 20)
                for i in range(args.big_mb):
                    fh.write(block[:-8] + i.to_bytes(8, "big"))

            rows = []
            cfg_small = config(server, small, "ours-small", tmp)
            t_small = timed(lambda: run_sync(cfg_small))
            t_rc_small = rclone_copy(server, small, "rclone-small", tmp) if use_rclone else None
            rows.append((f"first upload, {args.small} small files", t_small, t_rc_small))

            cfg_big = config(server, big, "ours-big", tmp)
            with PeakRss() as up_mem:
                t_big = timed(lambda: run_sync(cfg_big))
            t_rc_big = rclone_copy(server, big, "rclone-big", tmp) if use_rclone else None
            rows.append((f"first upload, one {args.big_mb} MB file", t_big, t_rc_big))

            resync = timed(lambda: run_sync(cfg_small))
            down = tmp / "down"
            with PeakRss() as down_mem:
                t_down = timed(lambda: run_sync(config(server, down, "ours-big", tmp / "second")))
        finally:
            server.kill()

    print(f"{'case':40} {'ours s':>9} {'rclone s':>9} {'ratio':>7}")
    for name, ours, theirs in rows:
        ratio = f"{ours / theirs:6.2f}x" if theirs else "    n/a"
        print(f"{name:40} {ours:9.2f} {theirs if theirs is not None else float('nan'):9.2f} {ratio}")
    print(f"{'no-change re-sync, ' + str(args.small) + ' files':40} {resync:9.2f}   (target < 2 s)")
    print(f"{'download, one ' + str(args.big_mb) + ' MB file':40} {t_down:9.2f}")
    mb = 1024 * 1024
    print(f"peak RSS during {args.big_mb} MB upload: {up_mem.peak / mb:.0f} MB, download: {down_mem.peak / mb:.0f} MB"
          f"   (target < 150 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
