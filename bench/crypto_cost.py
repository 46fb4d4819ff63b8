"""What encryption at rest and the keyed audit log cost the store: prints figures, asserts nothing.

Files N incidents into a fresh store three ways — plain, encrypted (one AES-GCM key per
incident, wrapped by the master key), encrypted with a ``received`` audit entry each (what
the worker does) — then times edits and a cold queue load (a new process: every incident
key unwrapped, every row opened).

    python bench/crypto_cost.py [N]        # default 1000
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from breachdesk import store as store_mod
from breachdesk.audit import AuditLog
from breachdesk.crypto import Cipher, generate_key
from breachdesk.store import Store

DETAIL = {"identifiers": [{"kind": "nhs_number", "value": "9434765919", "masked": "943 *** **19"}],
          "sections": [{"where": "body", "role": "forwarded", "text": "Dear Ms Example, " * 60}]}


def _fields(i: int) -> dict:
    return {"received_at": "2026-11-01T09:00:00+00:00", "reporter": "nurse@nhs.net",
            "subject": f"Fw: Letter - patient {i}", "spool_id": f"s{i}",
            "auto": {"likelihood": 3, "severity": 2, "reportable": True, "reasons": ["a", "b"]}}


def run(n: int, *, encrypted: bool, audited: bool) -> str:
    root = Path(tempfile.mkdtemp(prefix="bd-crypto-"))
    cipher = Cipher([generate_key()]) if encrypted else None
    st = Store(root, cipher=cipher)
    log = AuditLog(root, syslog=False)
    t0 = time.perf_counter()
    refs = []
    for i in range(n):
        inc = st.create(_fields(i), DETAIL)
        refs.append(inc.ref)
        if audited:
            log.append("received", by="breachdesk", ref=inc.ref)
    filing = n / (time.perf_counter() - t0)
    edits = []
    for ref in refs[: min(200, n)]:
        t = time.perf_counter()
        st.update(ref, lambda inc, d: "looked", by="dora", action="note")
        edits.append((time.perf_counter() - t) * 1000)
    store_mod._forget_after_fork()                        # a new process: nothing cached
    t = time.perf_counter()
    rows = Store(root, cipher=cipher).list_incidents()
    load = (time.perf_counter() - t) * 1000
    assert len(rows) == n and rows[0].subject.startswith("Fw:")
    p95 = statistics.quantiles(edits, n=20)[-1]
    return f"{filing:7.1f} incidents/s filed, edit p95 {p95:6.1f} ms, cold queue load {load:7.0f} ms"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    print(f"{n} incidents")
    print(f"  plain                 {run(n, encrypted=False, audited=False)}")
    print(f"  encrypted             {run(n, encrypted=True, audited=False)}")
    print(f"  encrypted + audited   {run(n, encrypted=True, audited=True)}")


if __name__ == "__main__":
    main()
