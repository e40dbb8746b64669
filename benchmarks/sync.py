"""Cloud sync benchmark against rclone on the same loopback server, in one run (ratio ours/rclone, lower is
better; targets from issue #16):

1. first upload of 1,000 small files in 20 folders: ours vs ``rclone copy`` (target <= 0.5x);
2. no-change re-run over those files: ours (a full two-way sync that lists and compares) vs a no-change
   ``rclone copy`` (target <= 1x);
3. one 200 MB file up: ours vs ``rclone copy`` (target <= 1.2x);
4. the same file down into an empty folder: ours vs ``rclone copy`` remote -> local (target <= 1.2x);
5. peak RSS of this process while the 200 MB file goes up and down (target < 150 MB).

    .venv/bin/python benchmarks/sync.py [--server apache|nginx|wsgidav] [--small 1000] [--big-mb 200] [--repeat 3]

Servers are the test fixtures (``tests/services/sync``): Apache mod_dav_fs (default), nginx dav-ext, wsgidav.
rclone runs with ``vendor = owncloud`` (works against all three), ``--transfers 4`` and ``--size-only`` (these
servers do not keep rclone's modification times, so without it a no-change ``copy`` uploads everything again;
with it rclone's no-change run only lists and compares sizes — its fastest mode). Needs ``rclone``
(Debian package). Figures on a shared 2-core machine are noisy: ``--repeat N`` runs every case N times, ours and
rclone's interleaved, and reports the best wall time of each (the ratio is best/best); the CPU seconds (this
process for ours, the rclone child for rclone; the server's own CPU is in neither) depend far less on what else
the machine runs. The load average before and after is printed with the figures.
"""
from __future__ import annotations

import argparse
import os
import resource
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


def timed(fn) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of ``fn()``."""
    cpu, start = time.process_time(), time.perf_counter()
    fn()
    return time.perf_counter() - start, time.process_time() - cpu


def rclone_copy(server, src: str, dest: str, tmp: Path) -> tuple[float, float]:
    """``rclone copy SRC DEST`` -> (wall, CPU seconds of rclone); a remote side is written ``bench:path``."""
    obscured = subprocess.run(["rclone", "obscure", PASSWORD], capture_output=True, text=True, check=True).stdout.strip()
    env = dict(os.environ, RCLONE_CONFIG=str(tmp / "empty.conf"), RCLONE_CONFIG_BENCH_TYPE="webdav",
               RCLONE_CONFIG_BENCH_URL=server.endpoint, RCLONE_CONFIG_BENCH_VENDOR="owncloud",
               RCLONE_CONFIG_BENCH_USER=USER, RCLONE_CONFIG_BENCH_PASS=obscured)
    (tmp / "empty.conf").write_text("")
    before, start = _children_cpu(), time.perf_counter()
    subprocess.run(["rclone", "copy", src, dest, "--transfers", "4", "--size-only"], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start, _children_cpu() - before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def best(samples: list[tuple[float, float]]) -> tuple[float, float]:
    """The fastest wall time, and the least CPU, of the repeats."""
    return min(w for w, _c in samples), min(c for _w, c in samples)


def start_server(kind: str, root: Path):
    if kind == "wsgidav":
        return dav_server.DavServer(root, USER, PASSWORD).start()
    return {"apache": real_servers.ApacheDav, "nginx": real_servers.NginxDav}[kind](root, USER, PASSWORD).start()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--server", choices=("apache", "nginx", "wsgidav"), default="apache")
    ap.add_argument("--small", type=int, default=1000)
    ap.add_argument("--big-mb", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=1, help="run each case N times (interleaved), keep the best")
    ap.add_argument("--cases", default="small,big", help="small (first upload + no-change re-run), big (200 MB "
                    "up + down); default both")
    args = ap.parse_args()
    load_before = os.getloadavg()
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
            ours: dict[str, list] = {k: [] for k in ("small", "again", "big", "down")}
            theirs: dict[str, list] = {k: [] for k in ours}
            up_peak = down_peak = 0
            cases = set(args.cases.split(","))
            for n in range(args.repeat):
                if "small" in cases:
                    cfg_small = config(server, small, f"ours-small{n}", tmp)
                    ours["small"].append(timed(lambda c=cfg_small: run_sync(c)))
                    theirs["small"].append(rclone_copy(server, str(small), f"bench:rclone-small{n}", tmp))
                    ours["again"].append(timed(lambda c=cfg_small: run_sync(c)))
                    theirs["again"].append(rclone_copy(server, str(small), f"bench:rclone-small{n}", tmp))
                if "big" not in cases:
                    continue

                cfg_big = config(server, big, f"ours-big{n}", tmp)
                with PeakRss() as up_mem:
                    ours["big"].append(timed(lambda c=cfg_big: run_sync(c)))
                theirs["big"].append(rclone_copy(server, str(big), f"bench:rclone-big{n}", tmp))

                down, second = tmp / f"down{n}", tmp / f"second{n}"
                with PeakRss() as down_mem:
                    cfg_down = config(server, down, f"ours-big{n}", second)
                    ours["down"].append(timed(lambda c=cfg_down: run_sync(c)))
                theirs["down"].append(rclone_copy(server, f"bench:rclone-big{n}", str(tmp / f"rclone-down{n}"), tmp))
                shutil.rmtree(down)
                shutil.rmtree(tmp / f"rclone-down{n}")
                up_peak, down_peak = max(up_peak, up_mem.peak), max(down_peak, down_mem.peak)
            for key, name, target in (("small", f"first upload, {args.small} small files", 0.5),
                                      ("again", f"no-change re-run, {args.small} files", 1.0),
                                      ("big", f"upload, one {args.big_mb} MB file", 1.2),
                                      ("down", f"download, one {args.big_mb} MB file", 1.2)):
                if ours[key]:
                    rows.append((name, best(ours[key]), best(theirs[key]), target))
        finally:
            getattr(server, "cleanup", server.kill)()

    load_after = os.getloadavg()
    print(f"server: {args.server}, best of {args.repeat}; {os.cpu_count()} cores, load average "
          f"{load_before[0]:.1f} before, {load_after[0]:.1f} after")
    print(f"{'case':36} {'ours s':>8} {'rclone s':>9} {'ratio':>7} {'target':>7}   {'CPU ours':>8} {'rclone':>7}")
    for name, (ours_s, ours_cpu), (theirs_s, theirs_cpu), target in rows:
        ratio = ours_s / theirs_s
        print(f"{name:36} {ours_s:8.2f} {theirs_s:9.2f} {ratio:6.2f}x {target:6.1f}x "
              f"{'ok  ' if ratio <= target else 'MISS'} {ours_cpu:7.2f}s {theirs_cpu:6.2f}s")
    mb = 1024 * 1024
    if not up_peak:
        return 0
    peak = max(up_peak, down_peak) / mb
    print(f"peak RSS during the {args.big_mb} MB upload: {up_peak / mb:.0f} MB, download: "
          f"{down_peak / mb:.0f} MB (target < 150 MB) {'ok' if peak < 150 else 'MISS'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
