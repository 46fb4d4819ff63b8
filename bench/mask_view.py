"""How long one masked report view takes to build: the samples, and a spreadsheet-sized incident.

    python bench/mask_view.py [--identifiers 20000] [--repeat 5]

Every view (dashboard summary and tabs, ``show``, exports) is built by
``breachdesk.report.build``, which compiles the incident's identifiers into one search and
masks every field with it. The samples are filed into a temporary store with the real engine;
the big case repeats one sample's identifiers (with distinct values) up to ``--identifiers``.
Prints the median build time per incident; no thresholds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from breachdesk import report  # noqa: E402
from breachdesk.settings import load_settings  # noqa: E402
from breachdesk.store import Store  # noqa: E402

CONFIG = """[mailbox]
addresses = ["breach@example.nhs.uk"]
trusted_domains = ["nhs.net"]
[smtp]
host = "127.0.0.1"
port = 0
[store]
path = "data"
"""


def _median_ms(fn, repeat: int) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--identifiers", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    from ingest.backfill import ingest_paths

    with tempfile.TemporaryDirectory() as tmp:
        cfg = Path(tmp) / "breachdesk.toml"
        cfg.write_text(CONFIG)
        settings = load_settings(cfg)
        samples = sorted((ROOT / "tests" / "data" / "samples").glob("*.eml"))
        ingest_paths(settings, [str(p) for p in samples])
        store = Store(settings.data_dir())
        trusted = settings.mailbox.trusted_domains
        rows = []
        for inc in sorted(store.list_incidents(), key=lambda i: i.ref):
            detail = store.detail(inc.ref)
            ms = _median_ms(lambda inc=inc, detail=detail: report.build(inc, detail, trusted_domains=trusted),
                            args.repeat)
            rows.append((inc.ref, len(detail.get("identifiers") or []), ms))
        for ref, n, ms in rows:
            print(f"{ref}  {n:6d} identifiers  {ms:8.1f} ms")
        biggest = max(rows, key=lambda r: r[1])
        inc, detail = store.get(biggest[0]), store.detail(biggest[0])
        base = detail["identifiers"]
        big = dict(detail, identifiers=[dict(i, value=f"{i['value']}{n}") for n in range(args.identifiers // len(base) + 1)
                                        for i in base][: args.identifiers])
        ms = _median_ms(lambda: report.build(inc, big, trusted_domains=trusted), max(args.repeat // 2, 1))
        print(f"samples: median {statistics.median(r[2] for r in rows):.1f} ms, max {max(r[2] for r in rows):.1f} ms")
        print(f"{len(big['identifiers'])} identifiers (from {biggest[0]}): {ms:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
