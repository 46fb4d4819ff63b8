"""Pilot tests of the pattern lab: live matches, masked incident matches, errors, roles, saving."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Select, Static

from breachdesk.api.backend import store_backend
from breachdesk.settings import load_settings
from breachdesk.store import Store
from nlp.patterns import default_path, load_patterns
from tests.functional.conftest_tui import (  # noqa: F401
    USER,
    fixed_time_fixture,
    make_app,
    settle,
    store_fixture,
)
from tui.app import BreachdeskApp
from tui.screens.patterns import PatternLabScreen

pytestmark = pytest.mark.asyncio
SIZE = (140, 45)


def text_of(app: BreachdeskApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def type_regex(app: BreachdeskApp, pilot, regex: str) -> None:  # noqa: ANN001
    app.screen.query_one("#lab-regex", Input).value = regex
    await pilot.pause(0.5)
    await settle(app, pilot)


async def test_lab_shows_live_matches_on_sample_and_recent_incidents_masked(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("L")
        await settle(app, pilot)
        assert isinstance(app.screen, PatternLabScreen)
        await type_regex(app, pilot, r"\bRX\d{6}\b")
        assert "1 match(es) in the sample" in text_of(app, "#lab-status")
        assert "RX123456" in text_of(app, "#lab-sample-matches")
        # the stored incidents hold an NHS number: a candidate for it matches (masked) and adds nothing new
        app.screen.query_one("#lab-context", Input).value = "nhs no"
        app.screen.query_one("#lab-kind", Select).value = "nhs_number"
        app.screen.query_one("#lab-validator", Select).value = "nhs_mod11"
        await type_regex(app, pilot, r"\d{3} \d{3} \d{4}")
        shown = text_of(app, "#lab-incidents")
        assert "943 476 5919" not in shown
        assert "nhs_number *** *** **19 (forwarded:1)" in shown
        assert "6 most recent incident(s) (this recogniser alone): 0 identifier(s) added" in shown
        # a hospital-number candidate for the same digits would add one identifier to each
        app.screen.query_one("#lab-kind", Select).value = "hospital_number"
        app.screen.query_one("#lab-validator", Select).value = "none"
        await type_regex(app, pilot, r"\d{3} \d{3} \d{4}")
        assert "6 identifier(s) added" in text_of(app, "#lab-incidents")
        assert "[[recognizers]]" in app.screen.snippet


async def test_invalid_regex_shows_an_error_not_a_crash(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.action_pattern_lab()
        await settle(app, pilot)
        await type_regex(app, pilot, r"(\d{3")
        assert "does not compile" in text_of(app, "#lab-status")
        await type_regex(app, pilot, r"(\d+)+")
        assert "nested quantifier" in text_of(app, "#lab-status")
        assert isinstance(app.screen, PatternLabScreen)


async def test_viewer_cannot_open_the_lab(store: Store) -> None:
    app = make_app(store, role="viewer")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("L")
        await settle(app, pilot)
        assert not isinstance(app.screen, PatternLabScreen)


async def test_save_appends_only_a_valid_entry_and_keeps_a_backup(store: Store, tmp_path: Path) -> None:
    patterns = tmp_path / "patterns.toml"
    patterns.write_text(default_path().read_text(encoding="utf-8"), encoding="utf-8")
    cfg = tmp_path / "breachdesk.toml"
    cfg.write_text(f'[mailbox]\naddresses = ["breach@example.nhs.uk"]\n[nlp]\npatterns = "{patterns}"\n')
    settings = load_settings(cfg)
    app = BreachdeskApp(store_backend(store, user=USER, role="admin", settings=settings), settings,
                        poll_seconds=0, tick_seconds=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.action_pattern_lab()
        await settle(app, pilot)
        # a name already in the file is refused and the file is left alone
        app.screen.query_one("#lab-name", Input).value = "nhs_number"
        await type_regex(app, pilot, r"\bUN\d{7}\b")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert patterns.read_text() == default_path().read_text()
        # an example the candidate does not match: refused by load_patterns, file unchanged
        app.screen.query_one("#lab-name", Input).value = "trust_unit_number"
        app.screen.query_one("#lab-examples", Input).value = "Unit No: UN12345"
        await type_regex(app, pilot, r"\bUN\d{7}\b")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert patterns.read_text() == default_path().read_text()
        app.screen.query_one("#lab-examples", Input).value = "Unit No: UN1234567"
        await type_regex(app, pilot, r"\bUN\d{7}\b")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
    rec = load_patterns(patterns).recognizer("trust_unit_number")
    assert rec is not None and rec.patterns[0].regex == r"\bUN\d{7}\b" and rec.context == ["hospital no", "mrn"]
    assert (tmp_path / "patterns.toml.bak").read_text() == default_path().read_text()
