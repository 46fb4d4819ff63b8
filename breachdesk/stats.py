"""Statistics for the statistics screen, ``breachdesk stats`` and FOI answers.

Works on queue rows only (:class:`Incident`), so it never reads identifier values:
"how many patient data breaches in 2019" is ``breakdown(year_2019, by="reportable")``.
Beyond the counts (:data:`VIEWS`): time to triage and to submission against the 72 hours,
repeat sources (the reporting team or service), per breach type and per special category
per calendar or financial year, and per year for FOI answers.
"""

from __future__ import annotations

import csv
import io
import math
import statistics
import textwrap
from collections import Counter
from collections.abc import Mapping
from datetime import date, datetime
from email.utils import parseaddr
from typing import Any

# LONDON: FOI years are UK years (1 April starts at 23:00 UTC); UNTRIAGED: not yet looked at
from breachdesk.actions import LONDON, UNTRIAGED
from breachdesk.model import (
    DECIDED,
    ICO_DEADLINE,
    NOT_REPORTS,
    SPECIAL_CATEGORIES,
    Incident,
    Status,
    parse_iso,
    utcnow,
)
from breachdesk.textsafe import inert

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



# ------------------------------------------------------------------ views beyond counts
#
# Each view is a plain JSON value (the service returns it as is), with one text renderer
# (the CLI prints it, the dashboard shows it) and one CSV writer. Nothing here reads a
# detail: the times are the row's own (received_at, which ``ingest`` keeps as the day a
# backfilled message first arrived; triaged_at; reported_at, the submission record's time).

VIEWS = ("counts", "timing", "sources", "types", "categories", "years")
WITHIN_HOURS = ICO_DEADLINE.total_seconds() / 3600            # the ICO's 72 hours
TIMING_BUCKETS = ("under 24 h", "24-48 h", "48-72 h", "over 72 h")
BREACH_TYPE_ORDER = ("confidentiality", "integrity", "availability", "unknown")


def _london(stamp: str) -> date:
    return parse_iso(stamp).astimezone(LONDON).date()


def year_of(inc: Incident, *, fy: bool = False) -> int:
    """The calendar year the incident came in (UK time), or the first year of its financial year
    (April to March, as NHS FOI answers count): 31 March 2020 is in 2019/20, 1 April 2020 in 2020/21."""
    day = _london(inc.received_at)
    return day.year - 1 if fy and day.month < 4 else day.year


def year_label(year: int, *, fy: bool = False) -> str:
    return f"{year}/{(year + 1) % 100:02d}" if fy else str(year)


def in_period(incidents: list[Incident], year: int | None, *, fy: bool = False) -> list[Incident]:
    """The incidents of calendar year ``year`` or, with ``fy``, of the financial year starting in it."""
    if not year:
        return list(incidents)
    return [i for i in incidents if year_of(i, fy=fy) == year]


def nearest_rank(values: list[float], pct: float) -> float:
    """The smallest value with at least ``pct`` per cent of the values at or below it (nearest rank):
    "90 per cent were within p90 hours" is then literally true."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def _hours(start: str, end: str) -> float:
    return (parse_iso(end) - parse_iso(start)).total_seconds() / 3600


def durations(hours: list[float]) -> dict[str, Any]:
    """Median, p90 and max (hours, one decimal), how many within and after the 72 hours, and the
    spread over :data:`TIMING_BUCKETS`."""
    buckets = dict.fromkeys(TIMING_BUCKETS, 0)
    for h in hours:
        i = 0 if h < 24 else 1 if h < 48 else 2 if h <= WITHIN_HOURS else 3
        buckets[TIMING_BUCKETS[i]] += 1
    within = sum(1 for h in hours if h <= WITHIN_HOURS)
    return {"count": len(hours),
            "median_hours": round(statistics.median(hours), 1) if hours else None,
            "p90_hours": round(nearest_rank(hours, 90), 1) if hours else None,
            "max_hours": round(max(hours), 1) if hours else None,
            "within_72h": within, "after_72h": len(hours) - within, "buckets": buckets}


def timing(incidents: list[Incident], *, now: datetime | None = None) -> dict[str, Any]:
    """Time to triage (received → the first person's action: leaving new/analysing) and time to
    submission (became aware → the submission on record) against the 72 hours.

    Incidents that left "new" without a stamped first action, and reported ones without a
    submission on record, are counted as ``time_unknown``, not guessed.
    A submission is late when it came after the incident's deadline (the record's own ``late``);
    a withdrawn one still counts (it was made then). Reportable incidents with no submission whose
    72 hours have run out by ``now`` are counted apart (``overdue_unsubmitted``).
    """
    rows = reports_only(incidents)
    moment = now or utcnow()
    triaged = [i for i in rows if i.triaged_at]
    submitted = sorted((i for i in rows if i.reported_at), key=lambda i: i.received_at)
    late = [i for i in submitted if parse_iso(i.reported_at) > parse_iso(i.deadline)]
    sub = durations([_hours(i.received_at, i.reported_at) for i in submitted])
    sub.update({"late": len(late), "late_refs": [i.ref for i in late],
                "withdrawn": sum(1 for i in submitted if i.status != Status.REPORTED)})
    untriaged = [i for i in rows if not i.triaged_at]
    return {
        "total": len(rows),
        "triage": {**durations([_hours(i.received_at, i.triaged_at) for i in triaged]),
                   "not_triaged": sum(1 for i in untriaged if i.status in UNTRIAGED),
                   # moved on before the first action was stamped (filed so, or older records)
                   "time_unknown": sum(1 for i in untriaged if i.status not in UNTRIAGED)},
        "submission": {**sub,
                       "time_unknown": sum(1 for i in rows if i.status == Status.REPORTED and not i.reported_at),
                       "overdue_unsubmitted": sum(
            1 for i in rows if i.reportable and not i.reported_at and i.status not in DECIDED
            and parse_iso(i.deadline) < moment)},
    }


def _team_names(teams: Mapping[str, str]) -> dict[str, str]:
    return {k.strip().lower(): v for k, v in teams.items()}


def team_of(reporter: str, teams: Mapping[str, str]) -> str:
    """The reporting team or service of an address: a configured name for the whole address, its
    local part (``ward12@``) or its domain (``@gp.example.nhs.uk``, or a parent domain), else the
    domain itself — never the person."""
    return _team(reporter, _team_names(teams))


def _team(reporter: str, names: dict[str, str]) -> str:
    addr = parseaddr(reporter)[1].strip().lower()
    local, at, domain = addr.rpartition("@")
    if not at or not local or not domain:
        return "(unknown)"
    for key in (addr, f"{local}@"):
        if key in names:
            return names[key]
    parts = domain.split(".")
    for n in range(len(parts) - 1):
        parent = ".".join(parts[n:])
        for key in (f"@{parent}", parent):
            if key in names:
                return names[key]
    return domain


def sources(incidents: list[Incident], *, teams: Mapping[str, str] | None = None, people: bool = False,
            min_count: int = 2) -> dict[str, Any]:
    """Repeat sources: incidents per reporting team or service (``people``: per reporter address,
    for the DPO), those with at least ``min_count``, most first. An incident reported by two teams
    counts once for each."""
    rows = reports_only(incidents)
    names = _team_names(teams or {})
    seen: dict[str, str] = {}                     # reporter -> source: a queue has few distinct reporters

    def source(reporter: str) -> str:
        if reporter not in seen:
            seen[reporter] = (parseaddr(reporter)[1].strip().lower() or "(unknown)") if people \
                else _team(reporter, names)
        return seen[reporter]

    counts: Counter[str] = Counter()
    for inc in rows:
        counts.update({source(r) for r in (inc.reporters or [inc.reporter])})
    repeat = sorted(((k, n) for k, n in counts.items() if n >= min_count), key=lambda kn: (-kn[1], kn[0]))
    return {"total": len(rows), "by": "reporter" if people else "team", "min_count": min_count,
            "sources_seen": len(counts), "sources": dict(repeat)}


def _keys(inc: Incident, by: str) -> list[str]:
    return _key(inc, "category" if by == "categories" else "breach_type")


def _by_year(rows: list[Incident], fy: bool) -> dict[str, list[Incident]]:
    """The rows per year label, oldest first (each row's year worked out once)."""
    groups: dict[int, list[Incident]] = {}
    for inc in rows:
        groups.setdefault(year_of(inc, fy=fy), []).append(inc)
    return {year_label(y, fy=fy): groups[y] for y in sorted(groups)}


def per_year(incidents: list[Incident], *, by: str, fy: bool = False) -> dict[str, Any]:
    """Per breach type (``types``) or special category (``categories``), per calendar or financial
    year: ``rows`` {key: {year label: n}} with every year present, ``totals`` per key and per year."""
    rows = reports_only(incidents)
    groups = _by_year(rows, fy)
    cells: dict[str, Counter[str]] = {}
    for label, these in groups.items():
        for inc in these:
            for k in _keys(inc, by):
                cells.setdefault(k, Counter())[label] += 1
    if by == "types":
        order = sorted(cells, key=lambda k: BREACH_TYPE_ORDER.index(k) if k in BREACH_TYPE_ORDER else 99)
    else:
        order = _order("category", list(cells))
    table = {k: {y: cells[k][y] for y in groups} for k in order}
    return {"total": len(rows), "fy": fy, "years": list(groups), "rows": table,
            "totals": {k: sum(v.values()) for k, v in table.items()},
            "year_totals": {y: len(these) for y, these in groups.items()}}


def years(incidents: list[Incident], *, fy: bool = False) -> dict[str, Any]:
    """Per calendar or financial year: incidents, reportable, submitted to the DSPT tool / ICO,
    near misses, with a special category — the figures an FOI answer gives."""
    rows = reports_only(incidents)
    out = {label: {"incidents": len(these), "reportable": sum(1 for i in these if i.reportable),
                   "submitted": sum(1 for i in these if i.reported_at),
                   "near_misses": sum(1 for i in these if i.near_miss),
                   "special_category": sum(1 for i in these if i.special_categories)}
           for label, these in _by_year(rows, fy).items()}
    return {"total": len(rows), "fy": fy, "years": out}


YEAR_COLUMNS = ("incidents", "reportable", "submitted", "near_misses", "special_category")


def view(incidents: list[Incident], name: str, *, fy: bool = False, teams: Mapping[str, str] | None = None,
         people: bool = False, min_count: int = 2, now: datetime | None = None) -> dict[str, Any]:
    """One of :data:`VIEWS` other than ``counts`` (see :func:`breakdown` for that one)."""
    if name == "timing":
        return timing(incidents, now=now)
    if name == "sources":
        return sources(incidents, teams=teams, people=people, min_count=min_count)
    if name in ("types", "categories"):
        return per_year(incidents, by=name, fy=fy)
    if name == "years":
        return years(incidents, fy=fy)
    raise ValueError(f"unknown view {name!r}; one of {', '.join(VIEWS)}")


# -- CSV, one writer per view -------------------------------------------------------


def _cell(text: str) -> str:
    """A source's name (a domain or an address from mail) as a CSV cell: inert, and never read as a
    formula by a spreadsheet (``=``, ``+``, ``-``, ``@`` first get a leading apostrophe)."""
    text = inert(text)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def view_csv(name: str, result: dict[str, Any]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    if name == "counts":
        return to_csv(result["table"])
    if name == "timing":
        w.writerow(["measure", "count", "median_hours", "p90_hours", "max_hours", "within_72h", "after_72h",
                    *TIMING_BUCKETS, "not_triaged", "time_unknown", "late", "withdrawn", "overdue_unsubmitted"])
        for measure in ("triage", "submission"):
            d = result[measure]
            w.writerow([measure, *("" if d[k] is None else d[k] for k in ("count", "median_hours", "p90_hours",
                                                                             "max_hours", "within_72h",
                                                                             "after_72h")),
                        *d["buckets"].values(),
                        *(d.get(k, "") for k in ("not_triaged", "time_unknown", "late", "withdrawn",
                                                 "overdue_unsubmitted"))])
    elif name == "sources":
        w.writerow([result["by"], "incidents"])
        for k, n in result["sources"].items():
            w.writerow([_cell(k), n])
    elif name in ("types", "categories"):
        w.writerow(["breach_type" if name == "types" else "category", *result["years"], "total"])
        for k, per in result["rows"].items():
            w.writerow([k, *per.values(), result["totals"][k]])
        w.writerow(["all incidents", *result["year_totals"].values(), result["total"]])
    elif name == "years":
        w.writerow(["financial_year" if result["fy"] else "year", *YEAR_COLUMNS])
        for y, d in result["years"].items():
            w.writerow([y, *(d[c] for c in YEAR_COLUMNS)])
    else:
        raise ValueError(f"unknown view {name!r}")
    return out.getvalue()


# -- text, one renderer per view (the CLI prints it; the dashboard shows the same) ------


def _bars(table: dict[str, int], *, width: int, label_width: int = 0) -> list[str]:
    if not table:
        return ["  (none)"]
    lw = label_width or min(28, max(len(k) for k in table))
    bar_width = max(8, width - lw - 12)
    return [f"  {k[:lw]:{lw}s} {n:6d}  {bar}" for k, bar, n in bar_chart(table, width=bar_width)]


def _hours_text(h: float | None) -> str:
    return "—" if h is None else f"{h} h"


def _scope(result: dict[str, Any]) -> str:
    year = result.get("year")
    return f" in {year_label(year, fy=bool(result.get('fy')))}" if year else ""


def view_text(name: str, result: dict[str, Any], *, width: int = 80) -> str:
    """The view as plain, inert text with a bar chart, at most ``width`` columns wide."""
    lines: list[str] = []
    scope = _scope(result)
    if name == "counts":
        lines.append(f"{result['total']} incident(s){scope}, by {result['by']}:")
        lines += _bars(result["table"], width=width, label_width=24)
    elif name == "timing":
        lines.append(f"{result['total']} incident(s){scope}: times against the 72 hours")
        for measure, title in (("triage", "Time to triage (received → first action)"),
                               ("submission", "Time to submission (became aware → submitted)")):
            d = result[measure]
            lines += ["", title,
                      f"  {d['count']} · median {_hours_text(d['median_hours'])} · p90 "
                      f"{_hours_text(d['p90_hours'])} · max {_hours_text(d['max_hours'])}",
                      f"  within 72 h: {d['within_72h']} · after 72 h: {d['after_72h']}"]
            unknown = f" · time not on record: {d['time_unknown']}" if d["time_unknown"] else ""
            if measure == "triage":
                lines[-1] += f" · not triaged yet: {d['not_triaged']}" + unknown
            else:
                lines[-1] += f" · withdrawn: {d['withdrawn']}" + unknown
                refs = ", ".join(d["late_refs"][:6]) + (" …" if len(d["late_refs"]) > 6 else "")
                lines.append(f"  late: {d['late']}" + (f" ({refs})" if refs else ""))
                lines.append(f"  reportable, 72 h passed, not submitted yet: {d['overdue_unsubmitted']}")
            lines += _bars(d["buckets"], width=width, label_width=10)
    elif name == "sources":
        who = "reporter" if result["by"] == "reporter" else "reporting team or service"
        lines.append(f"{result['total']} incident(s){scope}: repeat sources by {who}")
        lines.append(f"  {len(result['sources'])} of {result['sources_seen']} with {result['min_count']} or more "
                     "incidents")
        lines += _bars(result["sources"], width=width)
    elif name in ("types", "categories"):
        what = "breach type" if name == "types" else "special category"
        kind = "financial year" if result["fy"] else "year"
        lines.append(f"{result['total']} incident(s){scope}: per {what}, per {kind}")
        labels = result["years"][-6:]                         # the latest six fit in 80 columns
        lw = 20
        cw = max(7, *(len(y) + 1 for y in labels)) if labels else 7
        lines.append(f"  {'':{lw}s}" + "".join(f"{y:>{cw}s}" for y in labels) + f"{'total':>{cw}s}")
        for k, per in result["rows"].items():
            lines.append(f"  {k.replace('_', ' ')[:lw]:{lw}s}" + "".join(f"{per[y]:{cw}d}" for y in labels)
                         + f"{result['totals'][k]:{cw}d}")
        lines.append(f"  {'all incidents':{lw}s}" + "".join(f"{result['year_totals'][y]:{cw}d}" for y in labels)
                     + f"{result['total']:{cw}d}")
        if len(result["years"]) > len(labels):
            lines.append(f"  (the latest {len(labels)} of {len(result['years'])} years; all in --csv / --json)")
        lines += ["", f"Totals per {what}"]
        lines += _bars({k.replace("_", " "): n for k, n in result["totals"].items()}, width=width)
    elif name == "years":
        kind = "financial year (April–March)" if result["fy"] else "calendar year"
        lines.append(f"{result['total']} incident(s){scope} per {kind}")
        lines.append(f"  {'year':8s}" + "".join(f"{c.replace('_', ' '):>12s}" for c in YEAR_COLUMNS[:4])
                     + f"{'special cat.':>13s}")
        for y, d in result["years"].items():
            lines.append(f"  {y:8s}" + "".join(f"{d[c]:12d}" for c in YEAR_COLUMNS[:4])
                         + f"{d['special_category']:13d}")
        lines += ["", "Incidents per year"]
        lines += _bars({y: d["incidents"] for y, d in result["years"].items()}, width=width, label_width=8)
    else:
        raise ValueError(f"unknown view {name!r}")
    out: list[str] = []
    for line in map(inert, lines):                 # sources are named from mail: nothing a terminal acts on
        out += textwrap.wrap(line, width, subsequent_indent="    ") if len(line) > width else [line.rstrip()]
    return "\n".join(out) + "\n"
