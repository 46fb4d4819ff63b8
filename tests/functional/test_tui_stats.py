"""Pilot tests of the statistics screen at 80×24: every view, financial years, per reporter, CSV.

The store is :mod:`tests.stats_world`'s (reports imported at known times, acted on through the
service at known times); the figures on screen are worked out from its cases.
"""

from __future__ import annotations

import csv
import io
import statistics
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import pytest
from textual.widgets import Input, Select, Static, Tabs

from breachdesk import stats
from breachdesk.api.backend import store_backend
from breachdesk.audit import AuditLog
from tests.functional.conftest_tui import settle
from tests.stats_world import CASES, World, build_world, expected_sources, submit_hours, triage_hours
from tui.app import BreachdeskApp
from tui.screens.stats import StatsScreen

SIZE = (80, 24)
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    monkeypatch.delenv("BREACHDESK_CONFIG", raising=False)
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    return build_world(tmp_path)


def app_for(world: World, tmp_path: Path, *, role: str = "dpo") -> BreachdeskApp:
    backend = world.dpo if role == "dpo" else store_backend(world.store, user="vic", role=role,
                                                            settings=world.settings)
    return BreachdeskApp(backend, None, clock=lambda: NOW, poll_seconds=0, tick_seconds=0, export_dir=tmp_path)


def shown(app: BreachdeskApp) -> str:
    """What the current view's panel shows, as plain text."""
    return str(app.screen.query_one("#stats-view", Static).render())


def check_fits(app: BreachdeskApp) -> None:
    """Readable at 80×24: no line of the view wider than its panel, the footer on screen."""
    panel = app.screen.query_one("#stats-view", Static)
    assert max(len(line) for line in shown(app).splitlines()) <= panel.content_size.width
    assert app.screen.query_one("Footer").region.bottom == SIZE[1]


async def open_stats(app: BreachdeskApp, pilot) -> StatsScreen:  # noqa: ANN001
    await settle(app, pilot)
    await pilot.press("S")
    await settle(app, pilot)
    assert isinstance(app.screen, StatsScreen)
    return app.screen


@pytest.mark.asyncio
async def test_every_view_at_80x24(world: World, tmp_path: Path) -> None:
    app = app_for(world, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stats(app, pilot)
        totals = str(screen.query_one("#stats-totals", Static).render())
        assert f"{len(CASES)} incidents" in totals
        assert f"{sum(c.reportable for c in CASES)} reportable" in totals

        await pilot.press("v")                                    # timing
        await settle(app, pilot)
        assert screen.view == "timing" and screen.query_one(Tabs).active == "view-timing"
        text = shown(app)
        assert f"median {round(statistics.median(triage_hours()), 1)} h" in text
        assert f"max {round(max(submit_hours()), 1)} h" in text
        assert f"after 72 h: {sum(1 for h in submit_hours() if h > 72)}" in text
        check_fits(app)

        await pilot.press("v")                                    # sources
        await settle(app, pilot)
        text = shown(app)
        for team, n in expected_sources().items():
            assert any(team in line and f" {n} " in line for line in text.splitlines()), team
        assert "@" not in text
        check_fits(app)

        await pilot.press("v")                                    # types
        await settle(app, pilot)
        years = sorted({str(c.london_year()) for c in CASES})
        header = next(line for line in shown(app).splitlines() if years[0] in line)
        assert header.split() == [*years, "total"]
        check_fits(app)

        await pilot.press("v")                                    # categories
        await settle(app, pilot)
        want = Counter(cat for c in CASES for cat in c.categories)
        for cat, n in want.items():
            row = next(line for line in shown(app).splitlines()
                       if line.strip().startswith(cat.replace("_", " ")) and "█" not in line)
            assert row.split()[-1] == str(n)
        check_fits(app)

        await pilot.press("v")                                    # years
        await settle(app, pilot)
        for year, n in Counter(c.london_year() for c in CASES).items():
            row = next(line for line in shown(app).splitlines() if line.strip().startswith(f"{year} "))
            assert row.split()[1] == str(n)
        check_fits(app)

        await pilot.press("v")                                    # back to the counts
        await settle(app, pilot)
        assert screen.view == "counts" and not screen.query_one("#stats-view", Static).display


@pytest.mark.asyncio
async def test_financial_years_year_choice_and_csv(world: World, tmp_path: Path) -> None:
    app = app_for(world, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stats(app, pilot)
        await pilot.press("f")
        for _ in range(5):                                        # to the years view
            await pilot.press("v")
        await settle(app, pilot)
        assert screen.view == "years" and screen.fy
        fys = Counter(stats.year_label(c.london_year(fy=True), fy=True) for c in CASES)
        options = [label for label, _ in screen.query_one("#year", Select)._options[1:]]  # noqa: SLF001
        assert options == sorted(fys, reverse=True)
        for label, n in fys.items():
            row = next(line for line in shown(app).splitlines() if line.strip().startswith(f"{label} "))
            assert row.split()[1] == str(n)

        await pilot.press("y")                                    # the latest financial year
        await settle(app, pilot)
        latest = max(c.london_year(fy=True) for c in CASES)
        assert screen.year == latest
        assert f"in {stats.year_label(latest, fy=True)}" in shown(app)
        totals = str(screen.query_one("#stats-totals", Static).render())
        assert f"{fys[stats.year_label(latest, fy=True)]} incidents" in totals

        await pilot.press("x")
        await pilot.pause()
        path = Path(app.screen.query_one("#text", Input).value)
        assert path.parent == tmp_path and "years" in path.name
        await pilot.press("enter")
        await settle(app, pilot)
        rows = list(csv.DictReader(io.StringIO(path.read_text())))
        assert rows == [{"financial_year": stats.year_label(latest, fy=True),
                         "incidents": str(fys[stats.year_label(latest, fy=True)]),
                         "reportable": str(sum(c.reportable for c in CASES if c.london_year(fy=True) == latest)),
                         "submitted": str(sum(c.submit_h is not None for c in CASES
                                              if c.london_year(fy=True) == latest)),
                         "near_misses": str(sum(c.near_miss for c in CASES if c.london_year(fy=True) == latest)),
                         "special_category": str(sum(bool(c.categories) for c in CASES
                                                     if c.london_year(fy=True) == latest))}]
        assert path.stat().st_mode & 0o777 == 0o600


@pytest.mark.asyncio
async def test_per_reporter_for_the_dpo_audited(world: World, tmp_path: Path) -> None:
    app = app_for(world, tmp_path)
    log = AuditLog(world.store.root)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stats(app, pilot)
        await pilot.press("v", "v")
        await settle(app, pilot)
        before = len(log.entries())
        await pilot.press("p")
        await settle(app, pilot)
        assert screen.people
        text = shown(app)
        for who, n in expected_sources(people=True).items():
            assert any(who in line and f" {n} " in line for line in text.splitlines()), who
        assert [e["action"] for e in log.entries()[before:]] == ["stats_people"]
        await pilot.press("p")                                    # back to teams: not audited
        await settle(app, pilot)
        assert not screen.people and "@" not in shown(app)
        assert len(log.entries()) == before + 1


@pytest.mark.asyncio
async def test_a_viewer_sees_teams_but_never_reporters(world: World, tmp_path: Path) -> None:
    app = app_for(world, tmp_path, role="viewer")
    log = AuditLog(world.store.root)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stats(app, pilot)
        await pilot.press("v", "v")
        await settle(app, pilot)
        assert screen.view == "sources"
        before = len(log.entries())
        await pilot.press("p")                                    # the binding is not offered
        await settle(app, pilot)
        assert not screen.people and "@" not in shown(app)
        assert all(team in shown(app) for team in expected_sources())
        assert len(log.entries()) == before


def test_snapshot_of_the_72_hours_view_at_80x24(snap_compare, world: World, tmp_path: Path) -> None:  # noqa: ANN001
    async def to_timing(pilot) -> None:  # noqa: ANN001
        await settle(pilot.app, pilot)
        for key in ("S", "v"):
            await pilot.press(key)
            await settle(pilot.app, pilot)

    assert snap_compare(app_for(world, tmp_path), terminal_size=SIZE, run_before=to_timing)
