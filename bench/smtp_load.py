"""SMTP load benchmark: the real ``breachdesk serve`` over loopback, real smtplib clients.

Starts the daemon as a subprocess on a free port with a throw-away data directory,
sends typical reports (the sample emails in tests/data/samples) from 8 concurrent
clients, 125 each, and prints:

* messages/second accepted (first connection to last 250),
* the time from the end of DATA to the 250 reply (``smtplib.SMTP.data``), p50/p95/p99/max,
* how long until every report is filed as an incident (or merged into one).

Targets (the issue): >= 100 msg/s, p99 < 50 ms, all filed within 60 s. This is not a
test: it prints figures and exits 0 (1 only if the daemon fails to start).

    /work/venv/bin/python bench/smtp_load.py [--clients 8] [--per-client 125]
"""

from __future__ import annotations

import argparse
import os
import smtplib
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import serve_bench  # noqa: E402

from breachdesk.demo import crlf  # noqa: E402
from breachdesk.settings import load_settings  # noqa: E402
from breachdesk.store import Store  # noqa: E402

SAMPLES = ROOT / "tests" / "data" / "samples"
MAILBOX = "breach@example.nhs.uk"
PER_CONNECTION = 25



def typical_reports() -> list[bytes]:
    """The samples that look like everyday reports (no 1,000-row spreadsheets)."""
    return [crlf(p.read_bytes()) for p in sorted(SAMPLES.glob("*.eml")) if p.stat().st_size < 64_000]


def client(port: int, reports: list[bytes], n: int, offset: int, lat: list[float], errors: list[str]) -> None:
    sent = 0
    while sent < n:
        try:
            with smtplib.SMTP("127.0.0.1", port, timeout=60) as c:
                # "." goes in its own packet (to time from it): without NODELAY, Nagle holds it back
                c.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                c.ehlo()
                for _ in range(min(PER_CONNECTION, n - sent)):
                    raw = reports[(offset + sent) % len(reports)]
                    c.mail("nurse@nhs.net")
                    c.rcpt(MAILBOX)
                    c.putcmd("data")
                    code, _ = c.getreply()
                    if code != 354:
                        errors.append(f"DATA {code}")
                        sent += 1
                        continue
                    c.send(raw + (b"" if raw.endswith(b"\r\n") else b"\r\n"))
                    t0 = time.perf_counter()
                    c.send(b".\r\n")                          # end of DATA ...
                    code, _ = c.getreply()                    # ... to the 250
                    lat.append(time.perf_counter() - t0)
                    if code != 250:
                        errors.append(str(code))
                    sent += 1
        except (OSError, smtplib.SMTPException) as exc:
            errors.append(exc.__class__.__name__)
            sent += 1


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))] * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--per-client", type=int, default=125)
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = ap.parse_args()
    total = args.clients * args.per_client
    tmp = Path(tempfile.mkdtemp(prefix="breachdesk-bench-"))
    cfg = tmp / "breachdesk.toml"
    cfg.write_text(f'[mailbox]\naddresses = ["{MAILBOX}"]\n\n[smtp]\nhost = "127.0.0.1"\nport = {serve_bench.free_port()}\n\n'
                   '[store]\npath = "data"\n')
    settings = load_settings(cfg)
    proc, port = serve_bench.start(cfg, workers=settings.analysis.workers)
    try:
        store = Store(settings.data_dir())
        time.sleep(2.0)
        reports = typical_reports()
        lat: list[float] = []
        errors: list[str] = []
        threads = [threading.Thread(target=client, args=(port, reports, args.per_client, i * 7, lat, errors))
                   for i in range(args.clients)]
        t0 = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        t_sent = time.monotonic() - t0
        accepted = len(lat) - sum(1 for e in errors if e.isdigit())
        queued = filed = 0
        t_queued = None
        while time.monotonic() - t0 < 600:
            incs = store.list_incidents()
            queued = len({s for i in incs for s in (i.spool_id, *i.spool_ids) if s})
            if t_queued is None and queued >= accepted:
                t_queued = time.monotonic() - t0              # every report in the queue (filed first)
            filed = len({s for i in incs if i.parse_status != "pending" for s in (i.spool_id, *i.spool_ids) if s})
            if filed >= accepted:
                break
            time.sleep(0.2)
        t_filed = time.monotonic() - t0
        incidents = len(store.list_incidents())
        print(f"breachdesk SMTP load: {args.clients} clients x {args.per_client} messages = {total}, "
              f"{len(reports)} distinct sample reports, {os.cpu_count()} CPU(s)")
        print(f"  accepted (250)         {accepted} of {total}; errors: {len(errors)} {sorted(set(errors))[:5]}")
        print(f"  throughput             {accepted / t_sent:7.1f} msg/s  ({t_sent:.2f} s to send all)  target >= 100")
        print(f"  end of DATA -> 250     p50 {pct(lat, 50):6.1f} ms   p95 {pct(lat, 95):6.1f} ms   "
              f"p99 {pct(lat, 99):6.1f} ms   max {max(lat) * 1000:6.1f} ms   target p99 < 50 ms")
        print(f"  mean                   {statistics.mean(lat) * 1000:6.1f} ms")
        print(f"  all in the queue       {t_queued if t_queued is not None else float('nan'):7.1f} s after the "
              f"first message (filed first from the headers, status analysing; last sent at {t_sent:.1f} s)")
        print(f"  all analysed           {t_filed:7.1f} s after the first message "
              f"({filed} reports -> {incidents} incidents, duplicates merged)  target <= 60 s")
        return 0
    finally:
        serve_bench.stop(proc, tmp, keep=args.keep, wait=120)


if __name__ == "__main__":
    sys.exit(main())
