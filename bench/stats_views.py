"""How long each statistics view takes over a big queue (the dashboard asks for one per queue change).

Builds N synthetic queue rows (received over five years, a third triaged, a tenth submitted,
reporters spread over 200 addresses in 20 domains) in memory and times every view of
:mod:`breachdesk.stats`, calendar and financial years, with the text and CSV renderers.
Prints figures; asserts nothing.  ``python bench/stats_views.py [N]``
"""

from __future__ import annotations

import random
import sys
import time
from datetime import UTC, datetime, timedelta

from breachdesk import stats
from breachdesk.model import ICO_DEADLINE, SPECIAL_CATEGORIES, Incident, iso


def rows(n: int) -> list[Incident]:
    rnd = random.Random(14)
    start = datetime(2021, 1, 1, tzinfo=UTC)
    out = []
    for i in range(n):
        got = start + timedelta(minutes=rnd.randrange(5 * 365 * 24 * 60))
        triaged = iso(got + timedelta(hours=rnd.expovariate(1 / 20))) if i % 3 == 0 else ""
        reported = iso(got + timedelta(hours=rnd.uniform(2, 120))) if i % 10 == 0 else ""
        out.append(Incident(
            ref=f"BD-{got.year}-{i:06d}", received_at=iso(got), deadline=iso(got + ICO_DEADLINE),
            reporter=f"team{i % 200}@trust{i % 20}.nhs.uk", subject="s", status="reported" if reported else "new",
            triaged_at=triaged, reported_at=reported, breach_type=rnd.choice(("confidentiality", "integrity")),
            special_categories=rnd.sample(SPECIAL_CATEGORIES, rnd.randrange(3)),
            auto={"likelihood": 3, "severity": 3, "reportable": True}))
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    queue = rows(n)
    teams = {f"@trust{d}.nhs.uk": f"Trust {d}" for d in range(10)}
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        stats.summary(queue)
        times.append(time.perf_counter() - t0)
    print(f"{'counts':10s}   : best {min(times) * 1000:6.1f} ms, worst {max(times) * 1000:6.1f} ms of 5 over "
          f"{n} rows (summary: every breakdown, as the counts tab computes it)")
    for name in stats.VIEWS[1:]:
        for fy in (False, True):
            times = []
            for _ in range(5):
                t0 = time.perf_counter()
                result = {"view": name, **stats.view(queue, name, fy=fy, teams=teams)}
                stats.view_text(name, result)
                stats.view_csv(name, result)
                times.append(time.perf_counter() - t0)
            print(f"{name:10s} {'fy' if fy else 'cy'}: best {min(times) * 1000:6.1f} ms, "
                  f"worst {max(times) * 1000:6.1f} ms of 5 over {n} rows (view, text and CSV)")


if __name__ == "__main__":
    main()
