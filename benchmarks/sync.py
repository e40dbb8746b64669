"""Cloud sync benchmark against rclone on the same loopback server, in one run (ratio ours/rclone, lower is
better; targets from issue #16):

1. first upload of 1,000 small files in 20 folders: ours vs ``rclone copy`` (target <= 0.5x);
2. no-change re-run over those files: ours (a full two-way sync that lists and compares) vs a no-change
   ``rclone copy`` (target <= 1x);
3. one 200 MB file up: ours vs ``rclone copy`` (target <= 1.2x);
4. the same file down into an empty folder: ours vs ``rclone copy`` remote -> local (target <= 1.2x);
5. peak RSS of this process while the 200 MB file goes up and down (target < 150 MB).

    .venv/bin/python benchmarks/sync.py [--server apache|nginx|wsgidav] [--small 1000] [--big-mb 200]

Servers are the test fixtures (``tests/services/sync``): Apache mod_dav_fs (default), nginx dav-ext, wsgidav.
rclone runs with ``vendor = owncloud`` (works against all three), ``--transfers 4`` and ``--size-only`` (these
servers do not keep rclone's modification times, so without it a no-change ``copy`` uploads everything again;
with it rclone's no-change run only lists and compares sizes — its fastest mode). Needs ``rclone``
(Debian package). Figures on a shared 2-core machine are noisy: run twice and compare.
"""
from __future__ import annotations

import argparse
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

sys.path.insert(0, str(ROOT / "tests" / "services"))
from sync import dav_server, real_servers  # noqa: E402  (the test fixtures' servers)

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


def rclone_copy(server, src: str, dest: str, tmp: Path) -> float:
    """``rclone copy SRC DEST``; a remote side is written ``bench:path``."""
    obscured = subprocess.run(["rclone", "obscure", PASSWORD], capture_output=True, text=True, check=True).stdout.strip()
    env = dict(os.environ, RCLONE_CONFIG=str(tmp / "empty.conf"), RCLONE_CONFIG_BENCH_TYPE="webdav",
               RCLONE_CONFIG_BENCH_URL=server.endpoint, RCLONE_CONFIG_BENCH_VENDOR="owncloud",
               RCLONE_CONFIG_BENCH_USER=USER, RCLONE_CONFIG_BENCH_PASS=obscured)
    (tmp / "empty.conf").write_text("")
    start = time.perf_counter()
    subprocess.run(["rclone", "copy", src, dest, "--transfers", "4", "--size-only"], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def start_server(kind: str, root: Path):
    if kind == "wsgidav":
        return dav_server.DavServer(root, USER, PASSWORD).start()
    return {"apache": real_servers.ApacheDav, "nginx": real_servers.NginxDav}[kind](root, USER, PASSWORD).start()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--server", choices=("apache", "nginx", "wsgidav"), default="apache")
    ap.add_argument("--small", type=int, default=1000)
    ap.add_argument("--big-mb", type=int, default=200)
    args = ap.parse_args()
    if shutil.which("rclone") is None:
        print("rclone is not installed (Debian package rclone)", file=sys.stderr)
        return 1

    with tempfile.TemporaryDirectory(prefix="sync-bench-") as tmpdir:
        tmp = Path(tmpdir)
        server = start_server(args.server, tmp / "davroot")
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
            t_rc_small = rclone_copy(server, str(small), "bench:rclone-small", tmp)
            rows.append((f"first upload, {args.small} small files", t_small, t_rc_small, 0.5))
            t_again = timed(lambda: run_sync(cfg_small))
            t_rc_again = rclone_copy(server, str(small), "bench:rclone-small", tmp)
            rows.append((f"no-change re-run, {args.small} files", t_again, t_rc_again, 1.0))

            cfg_big = config(server, big, "ours-big", tmp)
            with PeakRss() as up_mem:
                t_big = timed(lambda: run_sync(cfg_big))
            t_rc_big = rclone_copy(server, str(big), "bench:rclone-big", tmp)
            rows.append((f"upload, one {args.big_mb} MB file", t_big, t_rc_big, 1.2))

            down = tmp / "down"
            with PeakRss() as down_mem:
                t_down = timed(lambda: run_sync(config(server, down, "ours-big", tmp / "second")))
            t_rc_down = rclone_copy(server, "bench:rclone-big", str(tmp / "rclone-down"), tmp)
            rows.append((f"download, one {args.big_mb} MB file", t_down, t_rc_down, 1.2))
        finally:
            getattr(server, "cleanup", server.kill)()

    print(f"server: {args.server}")
    print(f"{'case':36} {'ours s':>8} {'rclone s':>9} {'ratio':>7} {'target':>7}")
    for name, ours, theirs, target in rows:
        ratio = ours / theirs
        print(f"{name:36} {ours:8.2f} {theirs:9.2f} {ratio:6.2f}x {target:6.1f}x {'ok' if ratio <= target else 'MISS'}")
    mb = 1024 * 1024
    peak = max(up_mem.peak, down_mem.peak) / mb
    print(f"peak RSS during the {args.big_mb} MB upload: {up_mem.peak / mb:.0f} MB, download: "
          f"{down_mem.peak / mb:.0f} MB (target < 150 MB) {'ok' if peak < 150 else 'MISS'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
