"""Statistics for the dashboard and FOI answers."""

from __future__ import annotations

import csv
import io

from breachdesk import stats
from breachdesk.model import Incident


def inc(n: int, when: str, *, sev: int = 3, lik: int = 3, status: str = "new", cats: list[str] | None = None,
        near_miss: bool = False, triaged: str = "", breach_type: str = "confidentiality") -> Incident:
    return Incident(ref=f"BD-{when[:4]}-{n:06d}", received_at=when, deadline=when, reporter="r", subject="s",
                    status=status, special_categories=cats or [], near_miss=near_miss, triaged_at=triaged,
                    breach_type=breach_type,
                    auto={"likelihood": lik, "severity": sev, "reportable": lik >= 3 and sev >= 2})


ROWS = [
    inc(1, "2019-01-05T09:00:00+00:00", cats=["health"], triaged="2019-01-05T11:00:00+00:00"),
    inc(2, "2019-01-20T09:00:00+00:00", lik=2, status="closed", near_miss=True,
        triaged="2019-01-20T13:00:00+00:00"),
    inc(3, "2019-03-01T09:00:00+00:00", sev=4, cats=["health", "mental_health"], status="reported",
        triaged="2019-03-01T10:00:00+00:00"),
    inc(4, "2020-02-01T09:00:00+00:00", sev=1, breach_type="availability"),
]


def test_breakdowns() -> None:
    assert stats.breakdown(ROWS, by="month") == {"2019-01": 2, "2019-03": 1, "2020-02": 1}
    assert stats.breakdown(ROWS, by="year") == {"2019": 3, "2020": 1}
    assert list(stats.breakdown(ROWS, by="status")) == ["new", "reported", "closed"]   # workflow order
    assert stats.breakdown(ROWS, by="category") == {"health": 2, "mental_health": 1, "none": 2}
    assert stats.breakdown(ROWS, by="severity") == {"1": 1, "3": 2, "4": 1}
    assert stats.breakdown(ROWS, by="reportable") == {"not reportable": 2, "reportable": 2}
    assert stats.breakdown(ROWS, by="breach_type") == {"availability": 1, "confidentiality": 3}
    assert stats.breakdown(ROWS, by="near_miss") == {"breach": 3, "near miss": 1}


def test_foi_2019_summary_and_median_time_to_triage() -> None:
    s = stats.summary(stats.in_year(ROWS, 2019))
    assert (s["total"], s["reportable"], s["near_misses"]) == (3, 2, 1)
    assert s["median_hours_to_triage"] == 2.0                      # 2 h, 4 h, 1 h
    assert stats.median_time_to_triage(ROWS[3:]) is None


def test_csv_round_trips() -> None:
    rows = list(csv.reader(io.StringIO(stats.to_csv(stats.breakdown(ROWS, by="year")))))
    assert rows == [["key", "count"], ["2019", "3"], ["2020", "1"]]
    long = list(csv.DictReader(io.StringIO(stats.summary_csv(stats.summary(ROWS)))))
    assert {"dimension": "total", "key": "all", "count": "4"} in long
    assert {"dimension": "category", "key": "mental_health", "count": "1"} in long


def test_bar_chart_scales_to_width() -> None:
    bars = stats.bar_chart({"a": 10, "b": 5, "c": 0}, width=20)
    assert [(k, len(b), n) for k, b, n in bars] == [("a", 20, 10), ("b", 10, 5), ("c", 0, 0)]


def test_sources_from_hostile_addresses_stay_inert_in_csv_and_text() -> None:
    hostile = ["=HYPERLINK(\"http://x\")@evil.example", "=HYPERLINK(\"http://x\")@evil.example",
               "ok\x1b]0;pwned\x07@bad.example", "ok\x1b]0;pwned\x07@bad.example"]
    rows = [Incident(ref=f"BD-2026-{n:06d}", received_at="2026-05-01T09:00:00+00:00", deadline="", reporter=r,
                     subject="s") for n, r in enumerate(hostile)]
    result = stats.sources(rows, people=True)
    cells = [r[0] for r in csv.reader(io.StringIO(stats.view_csv("sources", result)))][1:]
    assert len(cells) == 2 and all(not c.startswith("=") and "\x1b" not in c and "\x07" not in c for c in cells)
    text = stats.view_text("sources", {**result, "view": "sources"})
    assert "\x1b" not in text and "\x07" not in text
