"""How long a person search takes over a big index, and what indexing one incident costs.

Writes the index of N synthetic incidents (each with K identifiers: health numbers, e-mail
addresses, name and DOB pairs) into a temporary data directory, then times searches.
Prints figures; asserts nothing.  ``python bench/person_search.py [N] [K]``
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from breachdesk import person_index


def detail(n: int, k: int) -> dict:
    idents = []
    for j in range(k // 3):
        idents += [{"kind": "nhs_number", "value": f"{(n * 1000 + j) % 10**10:010d}", "subject": j},
                   {"kind": "person_name", "value": f"Person {n} {j}", "subject": j},
                   {"kind": "date_of_birth", "value": "1962-07-14", "subject": j}]
    return {"identifiers": idents}


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        for i in range(n):
            person_index.index_incident(root, f"BD-2026-{i:06d}", detail(i, k))
        t1 = time.perf_counter()
        size = (root / person_index.INDEX_FILE).stat().st_size
        form = person_index.health_number(f"{(1234 * 1000 + 2) % 10**10:010d}")
        times = []
        for _ in range(5):
            s = time.perf_counter()
            _h, refs = person_index.search(root, form)
            times.append(time.perf_counter() - s)
        print(f"indexed {n} incidents x {k} identifiers in {t1 - t0:.2f} s "
              f"({(t1 - t0) / n * 1000:.2f} ms each); index {size / 1e6:.1f} MB")
        print(f"search: best {min(times) * 1000:.0f} ms, worst {max(times) * 1000:.0f} ms of 5; found {refs}")


if __name__ == "__main__":
    main()
