"""Helpers for the dashboard tests: a real store with fixed, varied incidents and a fixed clock.

Imported explicitly by the ``test_tui_*`` modules (the functional ``conftest.py`` belongs to the
SMTP tests).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from breachdesk.api.backend import store_backend
from breachdesk.model import Status
from breachdesk.store import Store
from tui.app import BreachdeskApp

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
USER = "alice"

# (hours ago, reporter, subject, likelihood, severity, categories, status, assignee)
ROWS: list[tuple[float, str, str, int, int, list[str], str, str]] = [
    (62, "ward12@example.nhs.uk", "Fwd: discharge letter sent to wrong GP", 3, 4, ["mental_health"], "new", ""),
    (20, "reception@example.nhs.uk", "Fwd: patient list emailed to personal gmail", 3, 3, ["health"],
     "triage", "bob"),
    (80, "clinic@example.nhs.uk", "Fwd: HIV clinic results to external address", 3, 4, ["sexual_health"],
     "investigating", "alice"),
    (5, "hr@example.nhs.uk", "Fwd: staff rota with home addresses", 2, 2, [], "new", ""),
    (400, "it@example.nhs.uk", "Fwd: suspicious email", 1, 1, [], "closed", "alice"),
    (30, "pharmacy@example.nhs.uk", "Fwd: prescription to wrong patient", 3, 3, ["health"], "reported", "bob"),
]


def incident_records(i: int, hours: float, reporter: str, subject: str, lik: int, sev: int,
                     cats: list[str], status: str = "new", assignee: str = "",
                     now: datetime = NOW) -> tuple[dict[str, Any], dict[str, Any]]:
    reportable = lik >= 3 and sev >= 2
    auto = {"likelihood": lik, "severity": sev, "reportable": reportable,
            "reasons": ["NHS number with valid check digit", "sent to an external address"]}
    fields = {"received_at": (now - timedelta(hours=hours)).isoformat(), "reporter": reporter,
              "subject": subject, "spool_id": f"spool-{i}", "subjects": 1 + i % 3, "status": status,
              "assignee": assignee, "identifier_counts": {"nhs_number": 1, "person_name": 1},
              "special_categories": cats, "auto": auto}
    detail = {
        "identifiers": [
            {"kind": "nhs_number", "value": "9434765919", "text": "943 476 5919", "where": "forwarded:1",
             "confidence": 0.97, "subject": 1, "masked": "943 *** **19", "start": -1, "end": -1,
             "evidence": {"pattern": "nhs_spaced", "context": "NHS No"}},
            {"kind": "person_name", "value": "Peter Rabbit", "text": "Peter Rabbit", "where": "forwarded:1",
             "confidence": 0.85, "subject": 1, "masked": "P. R*****", "start": -1, "end": -1,
             "evidence": {"ner": "PERSON"}},
        ],
        "sections": [{"where": "body", "role": "cover", "text": "Sent in error, please see below."},
                     {"where": "forwarded:1", "role": "forwarded",
                      "text": "Dear Dr Smith,\nRe: Peter Rabbit, NHS No 943 476 5919, seen today.\n"}],
        "forwarded": [{"sender": "Dr A Jones <a.jones@example.nhs.uk>", "to": ["someone@gmail.com"], "cc": [],
                       "date": "Fri, 20 Nov 2026 10:00:00 +0000", "subject": subject[5:],
                       "message_id": f"<m{i}@example.nhs.uk>"}],
        "attachments": [{"name": "letter.docx", "content_type": "application/msword", "size": 23456,
                         "extracted": "text", "where": "attachment:letter.docx"}],
        "assessment": auto, "notes": [], "timeline": [],
    }
    return fields, detail


def build_store(root: Path, rows: list = ROWS, now: datetime = NOW) -> Store:
    store = Store(root)
    for i, row in enumerate(rows):
        fields, detail = incident_records(i, *row, now=now)
        store.create(fields, detail)
    return store


def add_incident(store: Store, i: int, subject: str = "Fwd: new report", hours: float = 1.0) -> str:
    fields, detail = incident_records(i, hours, "late@example.nhs.uk", subject, 3, 3, [], Status.NEW)
    return store.create(fields, detail).ref


@pytest.fixture(name="fixed_time")
def fixed_time_fixture(monkeypatch: pytest.MonkeyPatch) -> Iterator[datetime]:
    """Store and actions stamp NOW, so timelines are the same on every run."""
    monkeypatch.setattr("breachdesk.store.utcnow", lambda: NOW)
    monkeypatch.setattr("breachdesk.actions.utcnow", lambda: NOW)
    monkeypatch.setattr("breachdesk.audit.utcnow", lambda: NOW)
    yield NOW


@pytest.fixture(name="store")
def store_fixture(tmp_path: Path, fixed_time: datetime) -> Store:
    return build_store(tmp_path / "data")


def make_app(store: Store, *, role: str = "dpo", poll: float = 0.0, export_dir: Path | None = None,
             user: str = USER) -> BreachdeskApp:
    return BreachdeskApp(store_backend(store, user=user, role=role), None, clock=lambda: NOW, poll_seconds=poll,
                         tick_seconds=0, export_dir=export_dir)


async def settle(app: BreachdeskApp, pilot: Any, quiet_rounds: int = 3) -> None:
    """Let workers finish and their messages (and the workers those start) be handled."""
    quiet = 0
    for _ in range(100):
        await pilot.pause()
        if any(w.is_running for w in app.workers):
            quiet = 0
            await app.workers.wait_for_complete()
        else:
            quiet += 1
            if quiet >= quiet_rounds:
                return
