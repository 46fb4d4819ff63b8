"""Fault bench: SIGKILL analysis processes at random during a burst of reports.

Starts the real ``breachdesk serve`` (throw-away data directory, a free port), sends
``--messages`` distinct reports from ``--clients`` concurrent smtplib clients, and
meanwhile SIGKILLs an analysis process in the middle of a report (one holding a spool
``.active`` marker) every ``--kill-every`` seconds on average, ``--kills`` times. Then it waits until every report is analysed or given up on and
prints:

* lost: answered 250 but in no incident (must be 0),
* duplicated: one report in more than one incident (must be 0),
* the time from each 250 to the report being in the queue (filed first), worst and p99,
* how many processes were killed, how many reports ended "analysis incomplete".

Not a test: it prints figures and exits 0 (1 if the daemon fails to start, 3 if anything
was lost or duplicated).

    .venv/bin/python bench/fault.py [--messages 500] [--clients 4] [--kill-every 1.5]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import smtplib
import sys
import tempfile
import threading
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import serve_bench  # noqa: E402

from breachdesk.settings import load_settings  # noqa: E402
from breachdesk.store import Store  # noqa: E402

MAILBOX = "breach@example.nhs.uk"



def report(i: int) -> bytes:
    m = EmailMessage()
    m["From"] = f"staff{i}@nhs.net"
    m["To"] = MAILBOX
    m["Subject"] = f"Possible breach {i}"
    m["Message-ID"] = f"<fault-{i}-{time.time_ns()}@nhs.net>"
    m.set_content(f"Report {i}. A clinic letter for NHS number 943 476 5919 went to the wrong address.\n")
    return bytes(m).replace(b"\n", b"\r\n")


def analysis_pids(daemon: int) -> list[int]:
    """The daemon's analysis processes (children started by multiprocessing's spawn, from any thread)."""
    kids: list[str] = []
    for task in Path(f"/proc/{daemon}/task").glob("*"):
        try:
            kids += (task / "children").read_text().split()
        except OSError:
            continue
    out = []
    for k in kids:
        try:
            if b"spawn_main" in Path(f"/proc/{k}/cmdline").read_bytes():
                out.append(int(k))
        except OSError:
            continue
    return out


def send_one(port: int, i: int) -> tuple[int, str]:
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as c:
        c.ehlo()
        c.mail(f"staff{i}@nhs.net")
        c.rcpt(MAILBOX)
        code, msg = c.data(report(i))
        return code, msg.decode().rsplit(" ", 1)[-1]


def client(port: int, todo: list[int], lock: threading.Lock, acked: dict[str, float], errors: list[str]) -> None:
    while True:
        with lock:
            if not todo:
                return
            i = todo.pop()
        try:
            code, sid = send_one(port, i)
        except (OSError, smtplib.SMTPException) as exc:
            errors.append(exc.__class__.__name__)
            continue
        if code == 250:
            acked[sid] = time.monotonic()
        else:
            errors.append(str(code))


def busy_pids(daemon: int, incoming: Path) -> list[int]:
    """Analysis processes holding a report right now (the spool's ``.active`` markers)."""
    mine = set(analysis_pids(daemon))
    out = []
    for marker in incoming.glob("*.active"):
        try:
            pid = int(marker.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            continue
        if pid in mine:
            out.append(pid)
    return out


def killer(daemon: int, incoming: Path, every: float, most: int, stop: threading.Event, kills: list[int]) -> None:
    """SIGKILL an analysis process in the middle of a report, every ``every`` s on average."""
    rnd = random.Random(12)
    while len(kills) < most and not stop.wait(rnd.uniform(0.2, 2 * every - 0.2)):
        pids = busy_pids(daemon, incoming)
        if pids:
            pid = rnd.choice(pids)
            try:
                os.kill(pid, signal.SIGKILL)
                kills.append(pid)
            except ProcessLookupError:
                pass


def watch(store: Store, acked: dict[str, float], seen: dict[str, float], stop: threading.Event) -> None:
    while not stop.is_set():
        now = time.monotonic()
        for inc in store.list_incidents():
            for sid in (inc.spool_id, *inc.spool_ids):
                if sid and sid not in seen:
                    seen[sid] = now
        time.sleep(0.05)


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))] if s else float("nan")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--messages", type=int, default=500)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--kill-every", type=float, default=3.0, help="mean seconds between kills")
    ap.add_argument("--kills", type=int, default=20, help="how many analysis processes to kill")
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="breachdesk-fault-"))
    cfg = tmp / "breachdesk.toml"
    cfg.write_text(f'[mailbox]\naddresses = ["{MAILBOX}"]\n\n[smtp]\nhost = "127.0.0.1"\nport = {serve_bench.free_port()}\n'
                   'max_connections_per_client = 50\n\n[store]\npath = "data"\n\n'
                   f'[analysis]\nworkers = {args.workers}\n')
    proc, port = serve_bench.start(cfg, workers=args.workers)
    try:
        store = Store(load_settings(cfg).data_dir())
        acked: dict[str, float] = {}
        seen: dict[str, float] = {}
        errors: list[str] = []
        kills: list[int] = []
        todo = list(range(args.messages, 0, -1))
        lock = threading.Lock()
        stop_kill, stop_watch = threading.Event(), threading.Event()
        watcher = threading.Thread(target=watch, args=(store, acked, seen, stop_watch), daemon=True)
        incoming = load_settings(cfg).data_dir() / "spool" / "incoming"
        killing = threading.Thread(target=killer, args=(proc.pid, incoming, args.kill_every, args.kills, stop_kill,
                                                        kills), daemon=True)
        clients = [threading.Thread(target=client, args=(port, todo, lock, acked, errors))
                   for _ in range(args.clients)]
        watcher.start()
        t0 = time.monotonic()
        killing.start()
        for t in clients:
            t.start()
        for t in clients:
            t.join()
        t_sent = time.monotonic() - t0
        while time.monotonic() - t0 < 900:
            incs = store.list_incidents()
            pending = [i for i in incs if i.parse_status == "pending"]
            if set(acked) <= set(seen) and not pending:
                break
            time.sleep(0.5)
        t_done = time.monotonic() - t0
        stop_kill.set()
        killing.join()
        stop_watch.set()
        watcher.join()
        incs = store.list_incidents()
        homes: dict[str, list[str]] = {}
        for inc in incs:
            for sid in (inc.spool_id, *inc.spool_ids):
                if sid:
                    homes.setdefault(sid, []).append(inc.ref)
        lost = [s for s in acked if s not in homes]
        duplicated = [s for s, refs in homes.items() if len(refs) > 1]
        by_subject: dict[str, int] = {}
        for inc in incs:
            by_subject[inc.subject] = by_subject.get(inc.subject, 0) + 1
        dup_subjects = sum(1 for n in by_subject.values() if n > 1)
        waits = [seen[s] - acked[s] for s in acked if s in seen]
        incomplete = sum(1 for i in incs if i.status == "incomplete")
        print(f"breachdesk fault bench: {args.messages} reports from {args.clients} clients, {args.workers} analysis "
              f"processes, a busy one SIGKILLed every ~{args.kill_every:g} s (at most {args.kills}), {os.cpu_count()} CPU(s)")
        print(f"  answered 250            {len(acked)} of {args.messages}; errors: {len(errors)} "
              f"{sorted(set(errors))[:5]}  ({t_sent:.1f} s to send)")
        print(f"  analysis processes killed {len(kills)}")
        print(f"  lost                    {len(lost)}")
        print(f"  duplicated              {len(duplicated) + dup_subjects}  "
              f"(reports in two incidents: {len(duplicated)}, subjects filed twice: {dup_subjects})")
        print(f"  250 -> in the queue     p50 {pct(waits, 50):.2f} s   p99 {pct(waits, 99):.2f} s   "
              f"worst {max(waits, default=float('nan')):.2f} s")
        print(f"  analysis incomplete     {incomplete} (killed twice on the same report); "
              f"all settled {t_done:.1f} s after the first message")
        return 3 if lost or duplicated or dup_subjects else 0
    finally:
        running = proc.poll() is None
        rc = serve_bench.stop(proc, tmp, keep=args.keep, wait=200)
        if running:
            print(f"  daemon exit status after SIGTERM: {rc}" if rc is not None
                  else "  daemon did not stop within 200 s of SIGTERM")


if __name__ == "__main__":
    sys.exit(main())
