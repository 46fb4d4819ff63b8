"""Hostile burst bench: does an ordinary report still reach the queue while the pool chews on poison?

Starts the real ``breachdesk serve`` (throw-away data directory, a free port, the shipped
``[analysis]`` settings unless given), sends the project's hostile set (``bench/hostile.py``:
10 MB PDF content streams, 5 MB single lines, a million TNEF attributes…) and every file of
``../shared/realmail`` (real spam and phishing, broken MIME) as one burst from ``--clients``
concurrent smtplib clients, then **one ordinary report**, and prints:

* when the ordinary report was in the queue (filed first, status "analysing") and when it was
  analysed, counted from its 250 — the issue's goal: in the queue within 60 s;
* each burst message's analysis time (the analysis processes' own "in N ms" figure) and
  outcome, the worst one against the 10 s goal, and how many were filed "analysis incomplete";
* how long the whole burst took to be in the queue and to be analysed.

Not a test: it prints figures and exits 0 (1 if the daemon fails to start, 2 if the ordinary
report never became an incident within ``--wait`` seconds).

    .venv/bin/python bench/hostile_burst.py [--clients 4] [--workers N] [--deadline S] [--wait 600]
"""

from __future__ import annotations

import argparse
import os
import re
import smtplib
import sys
import tempfile
import threading
import time
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import serve_bench  # noqa: E402
from hostile import messages as hostile_messages  # noqa: E402
from realmail import as_message, files_in  # noqa: E402

from breachdesk.demo import crlf  # noqa: E402
from breachdesk.settings import load_settings  # noqa: E402
from breachdesk.store import Store  # noqa: E402

MAILBOX = "breach@example.nhs.uk"
QUEUE_GOAL = 60.0
ANALYSIS_GOAL = 10.0
DONE_LINE = re.compile(r"spool (\S+) -> \S+ \S+: .* in (\d+) ms")
INCOMPLETE_LINE = re.compile(r"spool (\S+) filed as \S+: analysis incomplete \((.*)\)")



def ordinary_report() -> bytes:
    m = EmailMessage()
    m["From"] = "Ward Sister <ward.sister@nhs.net>"
    m["To"] = MAILBOX
    m["Subject"] = "Discharge letter sent to the wrong GP"
    m["Message-ID"] = f"<ordinary-{time.time_ns()}@nhs.net>"
    m.set_content("Hello, a discharge letter for Mrs Jane Smith, NHS number 943 476 5919, "
                  "went to the wrong GP practice this morning. They have been asked to delete it.\n")
    return bytes(m)


def burst() -> list[tuple[str, bytes]]:
    items = [(name, raw) for name, raw in hostile_messages()]
    shared = ROOT.parent / "shared" / "realmail"
    if shared.is_dir():
        items += [(f"realmail/{p.name}", as_message(p)) for p in files_in([shared])]
    return items


def send(port: int, raw: bytes) -> tuple[int, str, float]:
    """(code, spool id, time of the reply) of one message on its own connection."""
    with smtplib.SMTP("127.0.0.1", port, timeout=300) as c:
        c.ehlo()
        c.mail("ward.clerk@nhs.net")
        c.rcpt(MAILBOX)
        code, reply = c.data(crlf(raw))
        return code, reply.decode(errors="replace").rsplit(" ", 1)[-1], time.monotonic()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--workers", type=int, default=0, help="[analysis] workers (default: the shipped setting)")
    ap.add_argument("--deadline", type=float, default=0, help="[analysis] deadline_seconds (default: shipped)")
    ap.add_argument("--wait", type=float, default=600, help="give up waiting for the burst after this")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = ap.parse_args()
    items = burst()
    tmp = Path(tempfile.mkdtemp(prefix="breachdesk-hostile-"))
    analysis = (f"workers = {args.workers}\n" if args.workers else "") + (
        f"deadline_seconds = {args.deadline}\n" if args.deadline else "")
    cfg = tmp / "breachdesk.toml"
    cfg.write_text(f'[mailbox]\naddresses = ["{MAILBOX}"]\n\n[smtp]\nhost = "127.0.0.1"\nport = {serve_bench.free_port()}\n\n'
                   f'[store]\npath = "data"\n\n[analysis]\n{analysis}')
    settings = load_settings(cfg)
    log = tmp / "serve.log"
    proc, port = serve_bench.start(cfg, workers=settings.analysis.workers)
    try:
        store = Store(settings.data_dir())

        # the burst: every hostile and real-world message, --clients at a time
        sids: dict[str, str] = {}
        errors: list[str] = []
        todo = list(items)
        lock = threading.Lock()

        def client() -> None:
            while True:
                with lock:
                    if not todo:
                        return
                    name, raw = todo.pop(0)
                try:
                    code, sid, _ = send(port, raw)
                except (OSError, smtplib.SMTPException) as exc:
                    errors.append(f"{name}: {exc.__class__.__name__}")
                    continue
                if code == 250:
                    sids[sid] = name
                else:
                    errors.append(f"{name}: {code}")

        t0 = time.monotonic()
        threads = [threading.Thread(target=client) for _ in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        t_burst = time.monotonic() - t0

        # then one ordinary report
        code, ordinary, t_250 = send(port, ordinary_report())
        if code != 250:
            print(f"bench: the ordinary report was answered {code}", file=sys.stderr)
            return 2
        t_queued = t_analysed = None
        burst_queued = None
        end = time.monotonic() + args.wait
        while time.monotonic() < end:
            incs = store.list_incidents()
            by_sid = {s: i for i in incs for s in (i.spool_id, *i.spool_ids) if s}
            inc = by_sid.get(ordinary)
            now = time.monotonic()
            if inc is not None and t_queued is None:
                t_queued = now - t_250
            if inc is not None and inc.parse_status != "pending" and t_analysed is None:
                t_analysed = now - t_250
            if burst_queued is None and all(s in by_sid for s in sids):
                burst_queued = now - t0
            finished = sum(1 for s in sids if s in by_sid and by_sid[s].parse_status != "pending")
            if t_analysed is not None and finished == len(sids):
                break
            time.sleep(0.2)
        t_all = time.monotonic() - t0

        text = log.read_text(errors="replace")
        took = {m.group(1): int(m.group(2)) / 1000 for m in DONE_LINE.finditer(text)}
        incomplete = {m.group(1): m.group(2) for m in INCOMPLETE_LINE.finditer(text)}
        rows = sorted(((took.get(s, float("nan")), incomplete.get(s, ""), name) for s, name in sids.items()),
                      key=lambda r: (r[0] != r[0], -r[0] if r[0] == r[0] else 0))
        a = settings.analysis
        print(f"breachdesk hostile burst: {len(items)} messages ({sum(len(r) for _, r in items) / 1e6:.1f} MB; "
              f"{sum(1 for n, _ in items if not n.startswith('realmail/'))} hostile, "
              f"{sum(1 for n, _ in items if n.startswith('realmail/'))} from ../shared/realmail) from "
              f"{args.clients} clients; {a.workers} analysis processes, deadline {a.deadline_seconds:g} s; "
              f"{os.cpu_count()} CPU(s)")
        print(f"  burst accepted (250)   {len(sids)} of {len(items)} in {t_burst:.1f} s; errors: {errors[:5]}")
        print(f"  burst in the queue     {burst_queued if burst_queued is not None else float('nan'):7.1f} s "
              "after its first message")
        print(f"  ordinary report        in the queue {t_queued if t_queued is not None else float('nan'):6.1f} s "
              f"after its 250 (goal <= {QUEUE_GOAL:.0f} s); analysed "
              f"{t_analysed if t_analysed is not None else float('nan'):6.1f} s after its 250")
        done = [r for r in rows if r[0] == r[0]]
        worst = max((r[0] for r in done), default=float("nan"))
        print(f"  burst analysed         {len(done)} in full, {len(incomplete)} incomplete, "
              f"{len(sids) - len(done) - len(incomplete)} unaccounted; all finished {t_all:.1f} s after the first")
        print(f"  worst analysis         {worst:.2f} s (goal <= {ANALYSIS_GOAL:.0f} s per message); slowest:")
        for secs, why, name in rows[:10]:
            print(f"    {secs:7.2f} s  {name}{'  INCOMPLETE: ' + why if why else ''}")
        for secs, why, name in rows:
            if why and not secs == secs:
                print(f"    incomplete: {name}: {why}")
        return 0 if t_queued is not None else 2
    finally:
        serve_bench.stop(proc, tmp, keep=args.keep, wait=180)


if __name__ == "__main__":
    sys.exit(main())
