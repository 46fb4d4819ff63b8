"""Pilot tests of the queue screen: order, countdowns, filters, live refresh, palette, roles."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Select, Static

from breachdesk.store import Store
from tests.functional.conftest_tui import (  # noqa: F401
    USER,
    add_incident,
    fixed_time_fixture,
    make_app,
    settle,
    store_fixture,
)
from tui.screens.help import HelpScreen
from tui.screens.incident import IncidentScreen
from tui.screens.stats import StatsScreen
from tui.widgets.queue_table import QueueTable

pytestmark = pytest.mark.asyncio
SIZE = (100, 30)


def table(app) -> QueueTable:  # noqa: ANN001
    return app.screen.query_one(QueueTable)


def refs(app) -> list[str]:  # noqa: ANN001
    return [i.ref for i in table(app).rows]


async def test_queue_most_urgent_first_with_countdowns(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        rows = table(app).rows
        # overdue (80 h ago) first, then 10 h left, then 52 h, 67 h; reported and closed after
        assert [r.subject for r in rows[:4]] == [
            "Fwd: HIV clinic results to external address", "Fwd: discharge letter sent to wrong GP",
            "Fwd: patient list emailed to personal gmail", "Fwd: staff rota with home addresses"]
        assert rows[-1].status == "reported"           # closed ones hidden by the default "open" filter
        assert all(r.status != "closed" for r in rows)
        line0 = table(app).render_line(1).text
        line1 = table(app).render_line(2).text
        assert "overdue" in line0 and "BD-2026-000003" in line0
        assert "10h left" in line1
        assert "stopped" in table(app).render_line(len(rows)).text
        counts = str(app.screen.query_one("#counts", Static).render())
        assert "5 open" in counts and "1 overdue" in counts and "1 due <12h" in counts


async def test_filters_text_status_severity_assignee_dates(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        query = app.screen.query_one("#query", Input)
        await pilot.press("slash")
        assert query.has_focus
        await pilot.press(*"gmail")
        assert [r.subject for r in table(app).rows] == ["Fwd: patient list emailed to personal gmail"]
        query.value = "assignee:me"
        await pilot.pause()
        assert {r.assignee for r in table(app).rows} == {USER}
        query.value = "assignee:none sev:2"
        await pilot.pause()
        assert {r.ref for r in table(app).rows} == {"BD-2026-000001", "BD-2026-000004"}
        query.value = "from:2026-11-22 to:2026-11-23"
        await pilot.pause()
        assert sorted(r.subject for r in table(app).rows) == [
            "Fwd: patient list emailed to personal gmail", "Fwd: prescription to wrong patient",
            "Fwd: staff rota with home addresses"]
        query.value = "status:closed"
        await pilot.pause()
        assert [r.status for r in table(app).rows] == ["closed"]
        query.value = "from:not-a-date"
        await pilot.pause()
        assert query.has_class("-invalid")
        await pilot.press("escape")
        assert query.value == "" and len(table(app).rows) == 5
        app.screen.query_one("#severity-filter", Select).value = 4
        await pilot.pause()
        assert {r.severity for r in table(app).rows} == {4}
        app.screen.query_one("#status-filter", Select).value = "reported"
        await pilot.pause()
        assert table(app).rows == []
        app.screen.query_one("#status-filter", Select).clear()
        app.screen.query_one("#severity-filter", Select).clear()
        await pilot.pause()
        assert len(table(app).rows) == 6                # "any status" shows closed ones too


async def test_live_refresh_shows_new_incidents_without_restart(store: Store) -> None:
    app = make_app(store, poll=0.05)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert len(refs(app)) == 5
        ref = add_incident(store, 99, "Fwd: arrived while the dashboard was open")
        for _ in range(40):
            await pilot.pause(0.05)
            if ref in refs(app):
                break
        assert ref in refs(app)
        assert "6 open" in str(app.screen.query_one("#counts", Static).render())


async def test_keyboard_moves_and_opens_and_assigns(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("down")
        second = refs(app)[1]
        assert table(app).current_ref == second
        await pilot.press("a")
        await settle(app, pilot)
        assert store.get(second).assignee == USER
        assert store.detail(second)["timeline"][-1]["action"] == "assign"
        assert table(app).current_ref == second          # the cursor stays on the incident after reload
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, IncidentScreen) and app.screen.ref == second
        await pilot.press("escape")
        assert not isinstance(app.screen, IncidentScreen)


async def test_mouse_click_opens_incident(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.click(QueueTable, offset=(2, 3), times=2)
        await settle(app, pilot)
        assert isinstance(app.screen, IncidentScreen)
        assert app.screen.ref == refs_of_queue(app)[2]


def refs_of_queue(app) -> list[str]:  # noqa: ANN001
    return [i.ref for i in app.screen_stack[1].query_one(QueueTable).rows]


async def test_viewer_cannot_change_anything(store: Store) -> None:
    app = make_app(store, role="viewer")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        ref = table(app).current_ref
        before = store.get(ref).version
        await pilot.press("a")
        await settle(app, pilot)
        assert store.get(ref).version == before
        assert any("read-only" in str(n.message) for n in app._notifications)  # noqa: SLF001
        await pilot.press("enter")
        await settle(app, pilot)
        for key in ("s", "o", "n", "c", "m", "e", "r"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, IncidentScreen), key     # no dialog opened
        await settle(app, pilot)
        assert store.get(ref).version == before


async def test_help_palette_stats_and_theme(store: Store, tmp_path: Path) -> None:
    app = make_app(store, export_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        theme = app.theme
        await pilot.press("T")
        assert app.theme != theme
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"show statistics")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, StatsScreen)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"go to the queue")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "QueueScreen"
