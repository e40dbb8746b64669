"""Outbox throughput: N messages to a loopback aiosmtpd server (STARTTLS + AUTH) through the durable outbox,
next to a plain smtplib loop over the same connection settings (one connection, TCP_NODELAY).

    .venv/bin/python benchmarks/outbox.py [--count 500] [--attachment-kb 20]

Prints messages/s for both and the ratio (target >= 0.8). The outbox pays for per-job SQLite transactions
(WAL, synchronous=FULL: claim, data_started marker, result) and for building each MIME message from the spool.
"""
from __future__ import annotations

import argparse
import multiprocessing
import smtplib
import socket
import statistics
import ssl
import sys
import tempfile
import time
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "services" / "send"))

from loopback_smtp import USER, LoopbackSmtp  # noqa: E402

from desktop.services.send.outbox import Outbox, Recipient  # noqa: E402
from desktop.services.send.runner import process_outbox  # noqa: E402
from desktop.services.send.smtp_transport import SmtpConfig, SmtpTransport  # noqa: E402

PASSWORD = "bench-password"
SENDER = "bench@metro.example.jp"


class ServerProcess:
    """The loopback server in its own process, as a real server would be (no GIL shared with the client)."""

    def __init__(self, folder: Path) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, str(folder)), daemon=True)
        self.proc.start()
        self.port, cert = self.conn.recv()
        self.cert = Path(cert)

    def received(self) -> int:
        self.conn.send("count")
        return self.conn.recv()

    def stop(self) -> None:
        self.conn.send("stop")
        self.proc.join(10)


def _serve(conn, folder: str) -> None:
    with LoopbackSmtp(Path(folder), PASSWORD) as server:
        conn.send((server.port, str(server.cert)))
        while True:
            cmd = conn.recv()
            if cmd == "stop":
                return
            conn.send(len(server.handler.received))


def plain_loop(server: LoopbackSmtp, count: int, attachment: bytes) -> float:
    ctx = ssl.create_default_context(cafile=str(server.cert))
    start = time.perf_counter()
    smtp = smtplib.SMTP("127.0.0.1", server.port, timeout=30)
    smtp.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    smtp.ehlo()
    smtp.starttls(context=ctx)
    smtp.ehlo()
    smtp.login(USER, PASSWORD)
    for i in range(count):
        msg = EmailMessage(policy=SMTP)
        msg["From"], msg["To"], msg["Subject"] = SENDER, f"user{i}@example.jp", f"ベンチマーク {i}"
        msg.set_content("本文です。\n", charset="utf-8")
        msg.add_attachment(attachment, maintype="application", subtype="pdf", filename="資料.pdf")
        smtp.sendmail(SENDER, [f"user{i}@example.jp"], msg.as_bytes())
    smtp.quit()
    return time.perf_counter() - start


def outbox_run(server: LoopbackSmtp, folder: Path, count: int, attachment: bytes) -> tuple[float, float]:
    doc = folder / "資料.pdf"
    doc.write_bytes(attachment)
    box = Outbox(folder / "outbox")
    start = time.perf_counter()
    for i in range(count):   # one group per message, like count separate sends
        box.queue([Recipient(f"user{i}@example.jp")], sender=SENDER, subject=f"ベンチマーク {i}", body="本文です。\n",
                  attachments=[doc], state="held")
    queued = time.perf_counter() - start
    config = SmtpConfig("127.0.0.1", server.port, "starttls", USER, timeout=30, cafile=str(server.cert))
    start = time.perf_counter()
    summary = process_outbox(box, lambda: SmtpTransport(config, PASSWORD))
    elapsed = time.perf_counter() - start
    assert len(summary.sent) == count, summary.describe()
    box.close()
    return queued, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--attachment-kb", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3, help="alternate both loops this often; medians shown")
    args = parser.parse_args()
    attachment = bytes(range(256)) * (args.attachment_kb * 4)
    with tempfile.TemporaryDirectory(prefix="tosei-bench-") as tmp:
        tmp = Path(tmp)
        (tmp / "srv").mkdir()
        server = ServerProcess(tmp / "srv")
        plains, ours, queues = [], [], []
        try:
            for r in range(args.rounds):
                before = server.received()
                plains.append(plain_loop(server, args.count, attachment))
                middle = server.received()
                folder = tmp / f"round{r}"
                folder.mkdir()
                q, o = outbox_run(server, folder, args.count, attachment)
                queues.append(q)
                ours.append(o)
                after = server.received()
                assert middle - before == after - middle == args.count, (before, middle, after)
        finally:
            server.stop()
    plain, our, queued = (statistics.median(x) for x in (plains, ours, queues))
    print(f"messages: {args.count} per loop, attachment {args.attachment_kb} KB, STARTTLS + AUTH, loopback aiosmtpd "
          f"(separate process), median of {args.rounds} alternating rounds")
    print(f"plain smtplib loop : {plain:6.2f} s  {args.count / plain:7.1f} msgs/s   rounds: "
          + ", ".join(f"{args.count / x:.0f}" for x in plains))
    print(f"outbox (send phase): {our:6.2f} s  {args.count / our:7.1f} msgs/s   rounds: "
          + ", ".join(f"{args.count / x:.0f}" for x in ours))
    print(f"outbox queueing    : {queued:6.2f} s  {args.count / queued:7.1f} msgs/s (spool copy + SHA-256 + insert)")
    print(f"ratio outbox/plain : {plain / our:.2f} (target >= 0.8)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
