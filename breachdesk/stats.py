"""Counts for the statistics screen, ``breachdesk stats`` and FOI answers.

Works on queue rows only (:class:`Incident`), so it never reads identifier values:
"how many patient data breaches in 2019" is ``breakdown(year_2019, by="reportable")``.
"""

from __future__ import annotations

import csv
import io
import statistics
from collections import Counter
from typing import Any

from breachdesk.model import NOT_REPORTS, SPECIAL_CATEGORIES, Incident, Status, parse_iso

DIMENSIONS = ("month", "year", "status", "severity", "breach_type", "category", "reportable", "near_miss")
STATUS_ORDER = [s.value for s in Status]


def _key(inc: Incident, by: str) -> list[str]:
    """The bucket(s) an incident falls in; special categories can be several (or none)."""
    if by == "month":
        return [inc.received_at[:7]]
    if by == "year":
        return [inc.received_at[:4]]
    if by == "status":
        return [str(inc.status)]
    if by == "severity":
        return [str(inc.severity)]
    if by == "breach_type":
        return [inc.breach_type or "unknown"]
    if by == "category":
        return list(inc.special_categories) or ["none"]
    if by == "reportable":
        return ["reportable" if inc.reportable else "not reportable"]
    if by == "near_miss":
        return ["near miss" if inc.near_miss else "breach"]
    raise ValueError(f"unknown breakdown {by!r}; one of {', '.join(DIMENSIONS)}")


def _order(by: str, keys: list[str]) -> list[str]:
    if by == "status":
        return sorted(keys, key=lambda k: STATUS_ORDER.index(k) if k in STATUS_ORDER else 99)
    if by == "category":
        known = list(SPECIAL_CATEGORIES) + ["none"]
        return sorted(keys, key=lambda k: known.index(k) if k in known else 99)
    return sorted(keys)


def breakdown(incidents: list[Incident], *, by: str = "month") -> dict[str, int]:
    """Counts per bucket, in a natural order (months ascending, statuses in workflow order)."""
    counts: Counter[str] = Counter()
    for inc in reports_only(incidents):
        counts.update(_key(inc, by))
    return {k: counts[k] for k in _order(by, list(counts))}


def in_year(incidents: list[Incident], year: int | None) -> list[Incident]:
    if not year:
        return list(incidents)
    return [i for i in incidents if i.received_at[:4] == str(year)]


def hours_to_triage(inc: Incident) -> float | None:
    if not inc.triaged_at:
        return None
    return (parse_iso(inc.triaged_at) - parse_iso(inc.received_at)).total_seconds() / 3600


def median_time_to_triage(incidents: list[Incident]) -> float | None:
    """Median hours from arrival to the first triage action; None when nothing was triaged yet."""
    hours = [h for h in (hours_to_triage(i) for i in incidents) if h is not None]
    return round(statistics.median(hours), 1) if hours else None


def reports_only(incidents: list[Incident]) -> list[Incident]:
    """Without the mail kept as not a report (auto-replies, bounces, list mail): they are no incidents."""
    return [i for i in incidents if i.status not in NOT_REPORTS]


def summary(incidents: list[Incident]) -> dict[str, Any]:
    """Everything the statistics screen shows."""
    incidents = reports_only(incidents)
    return {
        "total": len(incidents),
        "reportable": sum(1 for i in incidents if i.reportable),
        "near_misses": sum(1 for i in incidents if i.near_miss),
        "median_hours_to_triage": median_time_to_triage(incidents),
        "by": {dim: breakdown(incidents, by=dim) for dim in DIMENSIONS},
    }


def to_csv(table: dict[str, int], *, header: tuple[str, str] = ("key", "count")) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    for k, n in table.items():
        w.writerow([k, n])
    return out.getvalue()


def summary_csv(summ: dict[str, Any]) -> str:
    """All breakdowns as one long CSV: dimension,key,count (plus the totals)."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["dimension", "key", "count"])
    w.writerow(["total", "all", summ["total"]])
    w.writerow(["total", "reportable", summ["reportable"]])
    w.writerow(["total", "near misses", summ["near_misses"]])
    med = summ["median_hours_to_triage"]
    w.writerow(["median_hours_to_triage", "all", "" if med is None else med])
    for dim, table in summ["by"].items():
        for k, n in table.items():
            w.writerow([dim, k, n])
    return out.getvalue()


def bar_chart(table: dict[str, int], *, width: int = 40) -> list[tuple[str, str, int]]:
    """(label, bar, count) rows scaled to ``width`` cells; the UI only colours them."""
    if not table:
        return []
    top = max(table.values()) or 1
    return [(k, "█" * max(1 if n else 0, round(n / top * width)), n) for k, n in table.items()]

