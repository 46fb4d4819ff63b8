"""A store of known cases for the statistics tests (unit, CLI and dashboard).

Each case is a report imported with a known ``Received:`` time (backfill keeps it as
"received" and "became aware"), then triaged, typed and submitted through
:class:`~breachdesk.service.StoreService` at known times (the actions' clock is set before
each action, as the dashboard tests fix it). The figures the views must give are worked out
from the cases themselves; the analysis is a stub at the nlp boundary that grades each
report as its case says.
"""

from __future__ import annotations

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

from breachdesk.api.backend import Backend, store_backend
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


def build_world(tmp_path: Path) -> World:
    """The cases imported into a store under ``tmp_path`` and acted on."""
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
