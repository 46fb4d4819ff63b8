"""Statistics beyond counts, on a real store filled by ``ingest`` and acted on through the service.

Each case below is a report imported with a known ``Received:`` time (backfill keeps it as
"received" and "became aware"), then triaged, typed and submitted through
:class:`~breachdesk.service.StoreService` at known times (the actions' clock is set before
each action, as the dashboard tests fix it). The figures the views must give are worked out
here from the cases themselves; the analysis is a stub at the nlp boundary that grades each
report as its case says.
"""

from __future__ import annotations

import csv
import io
import json
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from breachdesk import stats
from breachdesk.api.backend import Backend, store_backend
from breachdesk.audit import AuditLog
from breachdesk.cli import main
from breachdesk.errors import AccessDenied
from breachdesk.model import Analysis, Assessment, ParsedMessage, iso
from breachdesk.settings import Settings, load_settings
from breachdesk.store import Store
from ingest.backfill import ingest_paths
from ingest.parse import parse_message
from tests.conftest import write_config

LONDON = ZoneInfo("Europe/London")
TEAMS = '[stats]\nteams = { "ward12@" = "Ward 12", "@gp.example.nhs.uk" = "GP practices" }\n'


@dataclass
class Case:
    received: str                      # UTC, as the top Received: header says
    reporter: str
    team: str                          # what [stats] teams (above) makes of the reporter
    categories: list[str] = field(default_factory=list)
    breach_type: str = "confidentiality"
    triage_h: float | None = None      # hours after receipt of the first action; None: never triaged
    submit_h: float | None = None      # hours after receipt of the submission on record
    likelihood: int = 3
    near_miss: bool = False
    withdraw: bool = False

    @property
    def at(self) -> datetime:
        return datetime.fromisoformat(self.received).replace(tzinfo=UTC)

    @property
    def reportable(self) -> bool:
        return self.likelihood >= 3

    def london_year(self, *, fy: bool = False) -> int:
        day = self.at.astimezone(LONDON)
        return day.year - 1 if fy and day.month < 4 else day.year


CASES = [
    Case("2019-03-30T12:00", "ward12@example.nhs.uk", "Ward 12", ["health"], triage_h=2.0, submit_h=50.0),
    # 23:30 UTC on 31 March 2019 is 00:30 on 1 April in London: the financial year 2019/20
    Case("2019-03-31T23:30", "ward12@example.nhs.uk", "Ward 12", ["mental_health", "health"], triage_h=30.0,
         submit_h=80.0),
    Case("2019-06-10T09:00", "pharmacy@example.nhs.uk", "example.nhs.uk", [], "integrity", triage_h=0.5),
    Case("2019-12-31T23:30", "jane.doe@gp.example.nhs.uk", "GP practices", ["sexual_health"], triage_h=100.0,
         submit_h=120.0),
    Case("2020-01-15T08:00", "pharmacy@example.nhs.uk", "example.nhs.uk", ["health"], "availability",
         triage_h=6.0, submit_h=20.0, withdraw=True),
    Case("2020-05-01T10:00", "dr.who@surgery.gp.example.nhs.uk", "GP practices"),
    Case("2020-07-07T07:00", "ward12@example.nhs.uk", "Ward 12", ["safeguarding"], triage_h=12.0, submit_h=70.0),
    Case("2021-02-02T12:00", "it@example.nhs.uk", "example.nhs.uk", [], triage_h=3.0, likelihood=1,
         near_miss=True),
]


class CaseEngine:
    """The real parser; the analysis the case declares (the boundary with nlp/)."""

    def parse(self, raw: bytes, envelope_from: str = "") -> ParsedMessage:
        return parse_message(raw, envelope_from=envelope_from)

    def analyse(self, parsed: ParsedMessage) -> Analysis:
        case = CASES[int(parsed.headers.subject.rsplit(" ", 1)[1])]
        grade = Assessment(case.likelihood, 3, case.reportable, ["as the case says"])
        return Analysis(subjects=1, special_categories=list(case.categories), assessment=grade)

    def analyse_many(self, parsed: list[ParsedMessage]) -> list[Analysis]:
        return [self.analyse(p) for p in parsed]


def report(n: int, case: Case) -> bytes:
    msg = EmailMessage()
    msg["Received"] = f"from mx1.nhs.net by mail.trust.nhs.uk; {format_datetime(case.at)}"
    msg["From"] = case.reporter
    msg["To"] = "breach@example.nhs.uk"
    msg["Subject"] = f"possible breach {n}"
    msg["Message-ID"] = f"<stats-{n}@example.nhs.uk>"
    msg.set_content(f"Report {n}: a letter went to the wrong address.\n")
    return msg.as_bytes()


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2019, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@dataclass
class World:
    settings: Settings
    store: Store
    dpo: Backend
    refs: list[str]                 # CASES[i] is refs[i]


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    monkeypatch.delenv("BREACHDESK_CONFIG", raising=False)
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    cfg = write_config(tmp_path)
    cfg.write_text(cfg.read_text() + TEAMS)
    settings = load_settings(cfg)
    mail = tmp_path / "mail"
    mail.mkdir()
    for n, case in enumerate(CASES):
        (mail / f"{n}.eml").write_bytes(report(n, case))
    assert ingest_paths(settings, [str(mail)], engine=CaseEngine()) == 0
    store = Store(settings.data_dir())
    refs = [next(i.ref for i in store.list_incidents() if i.subject == f"possible breach {n}")
            for n in range(len(CASES))]
    dpo = store_backend(store, user="dee", role="dpo", settings=settings)
    with pytest.MonkeyPatch.context() as timed:       # the service's own "now" stays the real clock
        clock = Clock()
        for where in ("breachdesk.actions.utcnow", "breachdesk.store.utcnow", "breachdesk.audit.utcnow"):
            timed.setattr(where, clock)
        act_out(dpo, refs, clock)
    return World(settings, store, dpo, refs)


def act_out(dpo: Backend, refs: list[str], clock: Clock) -> None:
    """Each case's actions, each at its case's time."""
    for ref, case in zip(refs, CASES, strict=True):
        if case.triage_h is None:
            continue
        clock.now = case.at + timedelta(hours=case.triage_h)
        dpo.act(ref, "status", status="triage")
        if case.breach_type != "confidentiality":
            dpo.act(ref, "breach_type", breach_type=case.breach_type)
        if case.near_miss:
            dpo.act(ref, "near_miss", near_miss=True, reason="stopped before sending")
        if case.submit_h is not None:
            sent = case.at + timedelta(hours=case.submit_h)
            clock.now = max(clock.now, sent) + timedelta(minutes=10)
            dpo.act(ref, "status", status="reported", submitted_at=iso(sent), channel="dspt",
                    dspt_ref=f"DSPT-{ref}", delay_reason="waited for the ward's account" if case.submit_h > 72
                    else "")
        if case.withdraw:
            dpo.act(ref, "withdraw", reason="the recipient was an NHS colleague after all")


# ------------------------------------------------------------------ what the cases imply


def triage_hours() -> list[float]:
    return [c.triage_h for c in CASES if c.triage_h is not None]


def submit_hours() -> list[float]:
    return [c.submit_h for c in CASES if c.submit_h is not None]


def check_p90(p90: float, hours: list[float]) -> None:
    """p90 is a value seen, with at least 90 % of the values at or below it and fewer below it."""
    assert p90 in [round(h, 1) for h in hours]
    assert sum(1 for h in hours if round(h, 1) <= p90) >= 0.9 * len(hours)
    assert sum(1 for h in hours if round(h, 1) < p90) < 0.9 * len(hours)


def check_durations(d: dict[str, Any], hours: list[float]) -> None:
    assert d["count"] == len(hours)
    assert d["median_hours"] == round(statistics.median(hours), 1)
    assert d["max_hours"] == round(max(hours), 1)
    check_p90(d["p90_hours"], hours)
    assert d["within_72h"] == sum(1 for h in hours if h <= 72)
    assert d["after_72h"] == sum(1 for h in hours if h > 72)
    assert sum(d["buckets"].values()) == len(hours)
    assert d["buckets"]["over 72 h"] == d["after_72h"]


def expected_sources(*, people: bool = False) -> dict[str, int]:
    counts = Counter(c.reporter if people else c.team for c in CASES)
    return {k: n for k, n in counts.items() if n >= 2}


# ------------------------------------------------------------------ the service


def test_the_imported_times_are_the_received_times(world: World) -> None:
    for ref, case in zip(world.refs, CASES, strict=True):
        inc = world.store.get(ref)
        assert inc.received_at == iso(case.at)
        if case.triage_h is not None:
            assert inc.triaged_at == iso(case.at + timedelta(hours=case.triage_h))


def test_timing_against_the_72_hours(world: World) -> None:
    t = world.dpo.stats(view="timing")
    assert t["total"] == len(CASES)
    check_durations(t["triage"], triage_hours())
    assert t["triage"]["not_triaged"] == sum(1 for c in CASES if c.triage_h is None)
    sub = t["submission"]
    check_durations(sub, submit_hours())
    late = [ref for ref, c in zip(world.refs, CASES, strict=True) if c.submit_h is not None and c.submit_h > 72]
    assert sub["late"] == len(late) and sorted(sub["late_refs"]) == sorted(late)
    assert sub["withdrawn"] == sum(1 for c in CASES if c.withdraw)
    # all in the past: every reportable one without a submission has run out of time (unless decided)
    assert sub["overdue_unsubmitted"] == sum(1 for c in CASES if c.reportable and c.submit_h is None)


def test_timing_for_one_year(world: World) -> None:
    t = world.dpo.stats(view="timing", year=2019)
    these = [c for c in CASES if c.london_year() == 2019]
    assert t["total"] == len(these) and t["year"] == 2019
    check_durations(t["submission"], [c.submit_h for c in these if c.submit_h is not None])


def test_repeat_sources_name_teams_not_people(world: World) -> None:
    s = world.dpo.stats(view="sources")
    assert s["sources"] == expected_sources()
    assert list(s["sources"].values()) == sorted(s["sources"].values(), reverse=True)
    assert s["sources_seen"] == len({c.team for c in CASES})
    assert not any("@" in k for k in s["sources"])
    assert world.dpo.stats(view="sources", min_count=1)["sources"] == dict(Counter(c.team for c in CASES))


def test_sources_per_reporter_for_the_dpo_only_and_audited(world: World) -> None:
    before = len(AuditLog(world.store.root).entries())
    s = world.dpo.stats(view="sources", people=True, reason="repeat-breach review")
    assert s["by"] == "reporter" and s["sources"] == expected_sources(people=True)
    entries = AuditLog(world.store.root).entries()[before:]
    assert [(e["action"], e["by"], e["why"]) for e in entries] == [("stats_people", "dee",
                                                                     "repeat-breach review")]
    assert "ward12" not in json.dumps(entries)                 # counts, never the addresses
    viewer = store_backend(world.store, user="vic", role="viewer", settings=world.settings)
    assert viewer.stats(view="sources")["sources"] == expected_sources()
    with pytest.raises(AccessDenied):
        viewer.stats(view="sources", people=True)
    assert AuditLog(world.store.root).entries()[-1]["action"] == "access_refused"


@pytest.mark.parametrize("fy", [False, True])
def test_per_type_and_category_per_year(world: World, fy: bool) -> None:
    types = world.dpo.stats(view="types", fy=fy)
    cats = world.dpo.stats(view="categories", fy=fy)
    label = lambda c: stats.year_label(c.london_year(fy=fy), fy=fy)  # noqa: E731
    years = sorted({label(c) for c in CASES})
    assert types["years"] == years == cats["years"]
    want_types = Counter((c.breach_type, label(c)) for c in CASES)
    for kind, per in types["rows"].items():
        assert per == {y: want_types[(kind, y)] for y in years}
    assert set(types["rows"]) == {c.breach_type for c in CASES}
    want_cats = Counter((cat, label(c)) for c in CASES for cat in (c.categories or ["none"]))
    assert {(k, y): n for k, per in cats["rows"].items() for y, n in per.items() if n} == dict(want_cats)
    assert cats["year_totals"] == dict(Counter(label(c) for c in CASES))


@pytest.mark.parametrize("fy", [False, True])
def test_years_for_foi_answers(world: World, fy: bool) -> None:
    y = world.dpo.stats(view="years", fy=fy)["years"]
    for year in {c.london_year(fy=fy) for c in CASES}:
        these = [c for c in CASES if c.london_year(fy=fy) == year]
        assert y[stats.year_label(year, fy=fy)] == {
            "incidents": len(these), "reportable": sum(c.reportable for c in these),
            "submitted": sum(c.submit_h is not None for c in these), "near_misses": sum(c.near_miss for c in these),
            "special_category": sum(bool(c.categories) for c in these)}
    first_fy = min(c.london_year(fy=True) for c in CASES)
    if fy:
        # 31 March 2019 23:30 UTC is 1 April in London: in 2019/20, not 2018/19
        assert y[stats.year_label(first_fy, fy=True)]["incidents"] == 1


def test_counts_stay_as_they_were_and_bad_views_are_refused(world: World) -> None:
    old = world.dpo.stats(by="status")
    assert old["table"] == stats.breakdown(world.store.list_incidents(), by="status") and old["by"] == "status"
    fy = world.dpo.stats(by="year", year=2019, fy=True)
    assert fy["total"] == sum(1 for c in CASES if c.london_year(fy=True) == 2019)
    from breachdesk.errors import BadRequest

    for bad in ({"view": "weekday"}, {"view": "timing", "people": True}, {"view": "sources", "min_count": 0}):
        with pytest.raises(BadRequest):
            world.dpo.stats(**bad)


# ------------------------------------------------------------------ the CLI


def cli(world: World, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["stats", *args, "--config", world.settings.source])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_timing_text_csv_json(world: World, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = cli(world, capsys, "--view", "timing")
    assert code == 0
    hours = submit_hours()
    assert f"median {round(statistics.median(hours), 1)} h" in out
    assert f"after 72 h: {sum(1 for h in hours if h > 72)}" in out
    assert "█" in out and max(len(line) for line in out.splitlines()) <= 80
    code, out, _ = cli(world, capsys, "--view", "timing", "--csv")
    rows = {r["measure"]: r for r in csv.DictReader(io.StringIO(out))}
    assert int(rows["triage"]["count"]) == len(triage_hours())
    assert float(rows["submission"]["max_hours"]) == round(max(hours), 1)
    assert int(rows["submission"]["late"]) == sum(1 for h in hours if h > 72)
    code, out, _ = cli(world, capsys, "--view", "timing", "--json")
    check_durations(json.loads(out)["triage"], triage_hours())


def test_cli_sources_types_categories_years(world: World, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = cli(world, capsys, "--view", "sources")
    assert code == 0
    for team, n in expected_sources().items():
        assert any(line.split()[:-1] and team in line and f" {n} " in line for line in out.splitlines()), team
    code, out, _ = cli(world, capsys, "--view", "sources", "--csv")
    assert {r["team"]: int(r["incidents"]) for r in csv.DictReader(io.StringIO(out))} == expected_sources()
    code, out, _ = cli(world, capsys, "--view", "sources", "--people", "--json")
    assert code == 0 and json.loads(out)["sources"] == expected_sources(people=True)

    code, out, _ = cli(world, capsys, "--view", "types", "--fy", "--csv")
    table = list(csv.reader(io.StringIO(out)))
    fys = sorted({stats.year_label(c.london_year(fy=True), fy=True) for c in CASES})
    assert table[0] == ["breach_type", *fys, "total"]
    assert {r[0]: int(r[-1]) for r in table[1:]} == {**Counter(c.breach_type for c in CASES),
                                                     "all incidents": len(CASES)}
    code, out, _ = cli(world, capsys, "--view", "categories", "--fy")
    assert code == 0 and "per special category, per financial year" in out and fys[0] in out
    assert max(len(line) for line in out.splitlines()) <= 80
    code, out, _ = cli(world, capsys, "--view", "years", "--json")
    assert {k: v["incidents"] for k, v in json.loads(out)["years"].items()} == {
        str(y): n for y, n in Counter(c.london_year() for c in CASES).items()}
    code, out, _ = cli(world, capsys, "--view", "years", "--fy", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["financial_year"] for r in rows] == fys
    assert sum(int(r["submitted"]) for r in rows) == len(submit_hours())


def test_cli_old_by_still_works_and_mixes_are_refused(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(world, capsys, "--by", "year", "--json")
    assert code == 0 and json.loads(out) == {str(y): n for y, n in Counter(c.london_year() for c in CASES).items()}
    code, out, _ = cli(world, capsys, "--by", "breach_type", "--csv")
    assert dict(list(csv.reader(io.StringIO(out)))[1:]) == {k: str(n) for k, n in
                                                            Counter(c.breach_type for c in CASES).items()}
    code, _, err = cli(world, capsys, "--view", "timing", "--by", "month")
    assert code == 2 and "--by goes with the counts" in err
    code, _, err = cli(world, capsys, "--view", "years", "--people")
    assert code == 2 and "--people goes with --view sources" in err
