"""Store throughput at 1k, 10k and 50k incidents: filing rate, edit latency, queue read.

Usage::

    .venv/bin/python bench/store.py                  # 1000, 10000, 50000
    .venv/bin/python bench/store.py --sizes 1000 --file 200 --edits 200

For each size a store is built quickly in a temp dir (a queue snapshot written
directly, as a store from before the journal looks, plus one detail per incident;
the store adopts it on first open), then measured through the real API:

* open: the first ``list_incidents()`` of a fresh process-less Store (snapshot load);
* filing: ``create()`` of N more incidents with realistic details (incidents/s);
* edits: N ``update()`` calls on random incidents (p50 / p95 / max ms);
* ``list_incidents()`` after a change another process made (journal tail replay)
  and with nothing new (what the dashboard pays on each poll);
* compaction: folding the journal into a new snapshot at that size.

Targets at 50k on 2 cores: at least 50 incidents/s filed, edits under 20 ms at p95.
Figures only; no thresholds are asserted anywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from breachdesk.model import ICO_DEADLINE, Incident, iso  # noqa: E402
from breachdesk.store import ROW_KEY, Store  # noqa: E402

STATUSES = ["new", "triage", "investigating", "contained", "reported", "not_reportable", "closed"]


def _row(k: int, received: datetime, ref: str, rnd: random.Random) -> dict:
    lik, sev = rnd.randint(1, 4), rnd.randint(1, 4)
    return Incident(ref=ref, received_at=iso(received), deadline=iso(received + ICO_DEADLINE),
                    reporter=f"staff{k % 300}@example.nhs.uk", subject=f"Fwd: report {k} ward {k % 40}",
                    status=rnd.choice(STATUSES), spool_id=f"s{k}", subjects=rnd.randint(0, 40),
                    content_key=f"c{k}", original_message_id=f"<m{k}@example.nhs.uk>",
                    identifier_counts={"nhs_number": rnd.randint(0, 30), "person_name": rnd.randint(0, 30)},
                    auto={"likelihood": lik, "severity": sev, "reportable": lik >= 3 and sev >= 2,
                          "reasons": ["bench"]}).to_doc()


def _detail(k: int) -> dict:
    return {"identifiers": [{"kind": "nhs_number", "value": f"94347659{j:02d}", "masked": f"*** *** **{j:02d}",
                             "where": "body", "confidence": 0.9, "subject": j % 10, "evidence": {}}
                            for j in range(30)],
            "sections": [{"where": "body", "role": "cover", "text": f"Sent in error {k}. " * 150}],
            "timeline": []}


def build(root: Path, n: int) -> None:
    """A queue of ``n`` rows and their details, written directly (no journal yet)."""
    rnd = random.Random(n)
    now = datetime.now(timezone.utc)
    (root / "details").mkdir(parents=True, mode=0o700)
    os.chmod(root, 0o700)
    rows, counters = {}, {}
    for k in range(1, n + 1):
        received = now - timedelta(hours=rnd.uniform(24, 24 * 365 * 3))
        year = str(received.year)
        counters[year] = counters.get(year, 0) + 1
        ref = f"BD-{year}-{counters[year]:06d}"
        row = _row(k, received, ref, rnd)
        rows[str(k)] = row
        detail = {**_detail(k), "ref": ref, ROW_KEY: row,
                  "timeline": [{"at": row["received_at"], "by": "breachdesk", "action": "received",
                                "detail": "report received"}]}
        fd = os.open(root / "details" / f"{ref}.json", os.O_WRONLY | os.O_CREAT, 0o600)
        with os.fdopen(fd, "w") as fh:
            json.dump(detail, fh, separators=(",", ":"))
    fd = os.open(root / "incidents.json", os.O_WRONLY | os.O_CREAT, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump({"incidents": rows, "meta": {"1": {"counters": counters}}}, fh, separators=(",", ":"))


def _touch_from_another_process(root: Path) -> None:
    """One edit by another process, so the next list has a journal tail to replay."""
    code = ("import sys; from pathlib import Path; from breachdesk.store import Store; "
            "st = Store(Path(sys.argv[1])); ref = st.list_incidents()[0].ref; "
            "st.update(ref, lambda i, d: 'bench', by='bench', action='note')")
    subprocess.run([sys.executable, "-c", code, str(root)], check=True,
                   env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})


def fsync_floor(root: Path, n: int = 200) -> tuple[float, float]:
    """p50 / p95 ms of appending 8 KB and fsyncing it here: what one durable change costs at least."""
    path = root / ".bench-fsync"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    lat = []
    try:
        for _ in range(n):
            t = time.perf_counter()
            os.write(fd, b"x" * 8191 + b"\n")
            os.fsync(fd)
            lat.append((time.perf_counter() - t) * 1000)
    finally:
        os.close(fd)
        path.unlink()
    lat.sort()
    return statistics.median(lat), lat[int(n * 0.95) - 1]


def measure(root: Path, n_file: int, n_edit: int) -> dict[str, float]:
    out: dict[str, float] = {}
    out["fsync_p50_ms"], out["fsync_p95_ms"] = fsync_floor(root)
    st = Store(root)
    t0 = time.perf_counter()
    refs = [i.ref for i in st.list_incidents()]
    out["open_s"] = time.perf_counter() - t0
    out["snapshot_mb"] = (root / "incidents.json").stat().st_size / 1e6

    rnd = random.Random(7)
    now = datetime.now(timezone.utc)
    t0 = time.perf_counter()
    for k in range(n_file):
        fields = {**{f: v for f, v in _row(10**7 + k, now, "x", rnd).items()
                     if f not in ("ref", "deadline", "version", "updated_at")},
                  "received_at": iso(now), "spool_id": f"bench-{k}", "status": "new"}
        st.create(fields, _detail(k))
    out["file_per_s"] = n_file / (time.perf_counter() - t0)

    def note(inc: Incident, d: dict) -> str:
        inc.notes_count += 1
        d.setdefault("notes", []).append({"at": iso(now), "by": "bench", "text": "checked"})
        return "note added"

    lat = []
    for _ in range(n_edit):
        ref = rnd.choice(refs)
        t = time.perf_counter()
        st.update(ref, note, by="bench", action="note")
        lat.append((time.perf_counter() - t) * 1000)
    lat.sort()
    out["edit_p50_ms"] = statistics.median(lat)
    out["edit_p95_ms"] = lat[int(len(lat) * 0.95) - 1]
    out["edit_max_ms"] = lat[-1]

    _touch_from_another_process(root)
    t0 = time.perf_counter()
    st.list_incidents()
    out["list_after_change_ms"] = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    for _ in range(100):
        st.list_incidents()
    out["list_unchanged_ms"] = (time.perf_counter() - t0) * 10
    out["journal_mb"] = (root / "incidents.journal").stat().st_size / 1e6
    t0 = time.perf_counter()
    st.compact()
    out["compact_s"] = time.perf_counter() - t0
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 50_000])
    p.add_argument("--file", type=int, default=500, help="incidents to file at each size")
    p.add_argument("--edits", type=int, default=500, help="edits at each size")
    args = p.parse_args()
    print(f"{'incidents':>9}  {'open':>7}  {'filed/s':>7}  {'edit p50':>8}  {'p95':>6}  {'max':>6}  "
          f"{'list new':>8}  {'list same':>9}  {'compact':>7}  snapshot")
    for n in args.sizes:
        with tempfile.TemporaryDirectory(prefix="bd-store-bench-") as tmp:
            root = Path(tmp) / "data"
            t0 = time.perf_counter()
            build(root, n)
            os.sync()       # the build's dirty pages must not be flushed by the first fsync measured
            built = time.perf_counter() - t0
            r = measure(root, args.file, args.edits)
            print(f"{n:>9}  {r['open_s']:>6.2f}s  {r['file_per_s']:>7.1f}  {r['edit_p50_ms']:>6.1f}ms  "
                  f"{r['edit_p95_ms']:>4.1f}ms  {r['edit_max_ms']:>4.0f}ms  {r['list_after_change_ms']:>6.1f}ms  "
                  f"{r['list_unchanged_ms']:>7.3f}ms  {r['compact_s']:>6.2f}s  {r['snapshot_mb']:.1f} MB "
                  f"(built in {built:.0f} s; journal {r['journal_mb']:.1f} MB before compaction; "
                  f"bare fsync here p50 {r['fsync_p50_ms']:.1f} / p95 {r['fsync_p95_ms']:.1f} ms; peak RSS "
                  f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)", flush=True)
    print("targets at 50k on 2 cores: >= 50 incidents/s filed, edits < 20 ms at p95")
    print(f"load average while measuring: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
