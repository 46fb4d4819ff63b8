"""Statistics beyond counts, on a real store filled by ``ingest`` and acted on through the service.

The cases and how they are built: :mod:`tests.stats_world`. Every expected figure is worked out
here from the cases.
"""

from __future__ import annotations

import csv
import io
import json
import statistics
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from breachdesk import stats
from breachdesk.api.backend import store_backend
from breachdesk.audit import AuditLog
from breachdesk.cli import main
from breachdesk.errors import AccessDenied
from breachdesk.model import iso
from tests.stats_world import (
    CASES,
    World,
    build_world,
    check_durations,
    expected_sources,
    submit_hours,
    triage_hours,
)


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    monkeypatch.delenv("BREACHDESK_CONFIG", raising=False)
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    return build_world(tmp_path)


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
    assert t["triage"]["time_unknown"] == t["submission"]["time_unknown"] == 0     # every time on record
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
