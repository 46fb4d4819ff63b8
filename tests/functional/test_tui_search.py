"""Pilot test of the dashboard's person search: a dialog, the guardian's search, masked results."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

from breachdesk.audit import AuditLog
from breachdesk.store import Store
from tests.functional.conftest_tui import fixed_time_fixture, make_app, settle, store_fixture  # noqa: F401
from tests.functional.test_tui_incident import answer
from tui.screens.dialogs import SearchDialog, SearchResults
from tui.screens.incident import IncidentScreen

pytestmark = pytest.mark.asyncio


async def test_find_a_person_from_the_queue(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("P")
        assert isinstance(app.screen, SearchDialog)
        await answer(app, pilot, kind="name_dob", value="Peter Rabbit")     # a name needs its DOB
        assert isinstance(app.screen, SearchDialog)
        await answer(app, pilot, kind="nhs", value="943 476 5919", reason="SAR 2026-17")
        await settle(app, pilot)
        results = app.screen
        assert isinstance(results, SearchResults)
        table = results.query_one("#found", DataTable)
        assert table.row_count == 6
        shown = " ".join(str(c) for i in range(table.row_count) for c in table.get_row_at(i))
        assert "9434765919" not in shown and "Peter Rabbit" not in shown
        entry = [e for e in AuditLog(store.root).entries() if e["action"] == "search"]
        assert [(e["why"], e["detail"]["found"]) for e in entry] == [("SAR 2026-17", 6)]
        table.focus()
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, IncidentScreen) and app.screen.ref == "BD-2026-000001"


async def test_a_viewer_cannot_search(store: Store) -> None:
    app = make_app(store, role="viewer")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("P")
        await settle(app, pilot)
        assert not isinstance(app.screen, SearchDialog)
        assert [n.message for n in app._notifications][-1] == "Only a DPO may search for a person."
