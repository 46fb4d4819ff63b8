"""Pilot: mail kept as not a report stays out of the queue, the counts and the statistics, and the
status drop-down's "not a report" shows it."""

from __future__ import annotations

import pytest
from textual.widgets import Select, Static

from breachdesk import stats
from breachdesk.model import Status
from breachdesk.store import Store
from tests.functional.conftest_tui import (  # noqa: F401
    fixed_time_fixture,
    incident_records,
    make_app,
    settle,
    store_fixture,
)
from tui.widgets.queue_table import QueueTable

pytestmark = pytest.mark.asyncio


async def test_not_a_report_is_kept_apart_and_reachable_by_the_filter(store: Store) -> None:
    fields, detail = incident_records(90, 2, "ward.clerk@nhs.net", "Automatic reply: Breach report received",
                                      3, 3, [], Status.NOT_A_REPORT)
    ooo = store.create(fields, detail).ref
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert ooo not in {r.ref for r in app.screen.query_one(QueueTable).rows}
        app.screen.query_one("#status-filter", Select).clear()          # "any status": still not there
        await pilot.pause()
        assert ooo not in {r.ref for r in app.screen.query_one(QueueTable).rows}
        counts = str(app.screen.query_one("#counts", Static).render())
        app.screen.query_one("#status-filter", Select).value = Status.NOT_A_REPORT.value
        await pilot.pause()
        assert [r.ref for r in app.screen.query_one(QueueTable).rows] == [ooo]
    everything = store.list_incidents()
    assert "5 open" in counts                        # the five open reports of the fixture, not six
    assert stats.summary(everything)["total"] == len(everything) - 1
