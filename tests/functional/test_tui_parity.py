"""Pilot tests of the dashboard keys the other files do not press: each one driven, its effect asserted.

``W`` (the Caldicott summary), the queue's ``f`` (only mine), the queue table's paging keys,
``ctrl+r`` (reload), the pattern lab's ``ctrl+y``, the statistics screen's ``escape`` and
palette entry, and ``q``.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input, TextArea

from breachdesk.audit import AuditLog
from breachdesk.store import Store
from tests.functional.conftest_tui import (  # noqa: F401
    ROWS,
    USER,
    add_incident,
    fixed_time_fixture,
    make_app,
    settle,
    store_fixture,
)
from tests.functional.test_tui_incident import answer, open_incident
from tui.screens.dialogs import LetterDialog
from tui.screens.incident import IncidentScreen
from tui.screens.patterns import PatternLabScreen
from tui.screens.stats import StatsScreen
from tui.widgets.queue_table import QueueTable

pytestmark = pytest.mark.asyncio
SIZE = (100, 30)
REF = "BD-2026-000001"


def table(app) -> QueueTable:  # noqa: ANN001
    return app.screen.query_one(QueueTable)


async def test_W_drafts_the_caldicott_summary_and_saves_it(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 40)) as pilot:
        await open_incident(app, pilot)
        await pilot.press("W")
        await settle(app, pilot)
        dialog = app.screen
        assert isinstance(dialog, LetterDialog)
        draft = dialog.query_one("#text", TextArea).text
        assert draft.startswith(f"Caldicott Guardian summary — {REF}")
        assert "Peter Rabbit" not in draft and "9434765919" not in draft          # masked: no reveal asked
        await answer(app, pilot, text=draft + "\nSeen by the Caldicott Guardian on 24 November.")
        saved = store.detail(REF)["letters"]
        assert [x["kind"] for x in saved] == ["caldicott"]
        assert saved[0]["text"].endswith("Seen by the Caldicott Guardian on 24 November.")
        assert [e["action"] for e in AuditLog(store.root).entries()][-2:] == ["letter_draft", "letter"]


async def test_f_shows_only_mine_and_back(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        everyone = [r.ref for r in table(app).rows]
        await pilot.press("f")
        await settle(app, pilot)
        mine = table(app).rows
        # the default "open" filter hides closed ones; of the rest, only alice's
        want = {f"BD-2026-{i + 1:06d}" for i, row in enumerate(ROWS) if row[7] == USER and row[6] != "closed"}
        assert {r.ref for r in mine} == want and want
        assert "assignee:me" in app.screen.query_one("#query", Input).value
        await pilot.press("f")
        await settle(app, pilot)
        assert [r.ref for r in table(app).rows] == everyone


async def test_the_queue_table_pages_and_jumps(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(100, 12)) as pilot:            # a short window: paging moves less than all
        await settle(app, pilot)
        t = table(app)
        n = len(t.rows)
        t.focus()
        await pilot.press("end")
        assert t.cursor == n - 1 and t.current_ref == t.rows[-1].ref
        await pilot.press("home")
        assert t.cursor == 0 and t.current_ref == t.rows[0].ref
        await pilot.press("pagedown")
        step = max(t.size.height - 2, 1)
        assert t.cursor == min(n - 1, step)
        await pilot.press("pageup")
        assert t.cursor == 0
        await pilot.press("down", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, IncidentScreen) and app.screen.incident.ref == t.rows[1].ref


async def test_ctrl_r_reads_the_store_again(store: Store) -> None:
    app = make_app(store)                                        # no polling: only a reload shows it
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        before = {r.ref for r in table(app).rows}
        ref = add_incident(store, 50, subject="Fwd: filed while the dashboard was open")
        await pilot.pause(0.2)
        assert ref not in {r.ref for r in table(app).rows}
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        assert {r.ref for r in table(app).rows} == before | {ref}


async def test_ctrl_y_copies_the_candidates_toml(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("L")
        await settle(app, pilot)
        assert isinstance(app.screen, PatternLabScreen)
        app.screen.query_one("#lab-regex", Input).value = r"\bRX\d{6}\b"
        await pilot.pause(0.5)
        await settle(app, pilot)
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert app.clipboard == app.screen.snippet and "[[recognizers]]" in app.clipboard
        assert r"\bRX\d{6}\b" in app.clipboard.replace("\\\\", "\\")


async def test_statistics_from_the_palette_escape_back_and_q_quits(store: Store, tmp_path) -> None:  # noqa: ANN001
    app = make_app(store, export_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("S")
        await settle(app, pilot)
        assert isinstance(app.screen, StatsScreen)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"statistics: next view")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, StatsScreen) and app.screen.view == "timing"
        await pilot.press("escape")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "QueueScreen"
        assert not app._exit  # noqa: SLF001
        await pilot.press("q")
        await pilot.pause()
        assert app._exit and app.return_code == 0  # noqa: SLF001 - the app asked to stop


async def test_ctrl_s_saves_a_note_and_escape_cancels_one(store: Store) -> None:
    from tui.screens.dialogs import NoteDialog

    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await open_incident(app, pilot)
        await pilot.press("n")
        assert isinstance(app.screen, NoteDialog)
        app.screen.query_one("#text", TextArea).load_text("first line\nsecond line")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert [n["text"] for n in store.detail(REF)["dpo_notes"]] == ["first line\nsecond line"]
        await pilot.press("n")
        app.screen.query_one("#text", TextArea).load_text("never mind")
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, IncidentScreen)
        assert [n["text"] for n in store.detail(REF)["dpo_notes"]] == ["first line\nsecond line"]


async def test_escape_closes_the_search_results(store: Store) -> None:
    from tui.screens.dialogs import SearchResults

    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("P")
        await answer(app, pilot, kind="email", value="nobody@example.org", reason="complaint 12")
        await settle(app, pilot)
        assert isinstance(app.screen, SearchResults)
        await pilot.press("escape")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "QueueScreen"
        assert [e["detail"]["found"] for e in AuditLog(store.root).entries() if e["action"] == "search"] == [0]
