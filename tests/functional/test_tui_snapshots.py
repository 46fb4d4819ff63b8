"""Deterministic snapshots (fixed clock, fixed data) of the queue, incident and statistics screens.

Regenerate after a deliberate change with ``pytest tests/functional/test_tui_snapshots.py --snapshot-update``
and look at the SVGs in ``__snapshots__/`` before committing them.
"""

from __future__ import annotations

from typing import Any

from breachdesk.store import Store
from tests.functional.conftest_tui import fixed_time_fixture, make_app, settle, store_fixture  # noqa: F401


def _after_load(*keys: str) -> Any:
    async def run_before(pilot: Any) -> None:
        await settle(pilot.app, pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot.app, pilot)
    return run_before


def test_queue_100x30(snap_compare: Any, store: Store) -> None:
    assert snap_compare(make_app(store), terminal_size=(100, 30), run_before=_after_load())


def test_queue_80x24(snap_compare: Any, store: Store) -> None:
    assert snap_compare(make_app(store), terminal_size=(80, 24), run_before=_after_load())


def test_incident_100x30(snap_compare: Any, store: Store) -> None:
    assert snap_compare(make_app(store), terminal_size=(100, 30), run_before=_after_load("down", "enter"))


def test_statistics_100x30(snap_compare: Any, store: Store) -> None:
    assert snap_compare(make_app(store), terminal_size=(100, 30), run_before=_after_load("S"))

