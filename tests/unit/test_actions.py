"""The DPO's actions, the workflow's guard rails, roles, queue order, filters and the export."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from breachdesk import actions
from breachdesk.audit import AuditLog
from breachdesk.errors import AccessDenied, NotFoundError, StaleEditError
from breachdesk.model import Incident
from breachdesk.store import Store

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)


def make(store: Store, n: int, *, hours: float = 1, lik: int = 3, sev: int = 3, status: str = "new",
         **kw: object) -> Incident:
    auto = {"likelihood": lik, "severity": sev, "reportable": lik >= 3 and sev >= 2, "reasons": ["r"]}
    fields = {"received_at": (NOW - timedelta(hours=hours)).isoformat(), "reporter": f"r{n}@nhs.net",
              "subject": f"subject {n}", "spool_id": f"s{n}", "status": status, "auto": auto, **kw}
    detail = {"identifiers": [{"kind": "nhs_number", "value": "9434765919", "masked": "943 *** **19",
                               "where": "body", "subject": 1}],
              "forwarded": [{"sender": "a@x.nhs.uk", "to": ["b@gmail.com"], "date": "Mon, 2 Nov 2026",
                             "subject": "letters"}]}
    return store.create(fields, detail)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "d")


def test_workflow_moves_forward_and_records_who(store: Store) -> None:
    inc = make(store, 1)
    for new in ("triage", "investigating", "contained", "reported", "closed"):
        inc = actions.set_status(store, inc.ref, new, by="alice", role="dpo", expected_version=inc.version,
                                 outcome="ICO: no further action" if new == "closed" else "")
    assert inc.status == "closed" and inc.triaged_at and inc.decided_at
    statuses = [e["detail"] for e in store.detail(inc.ref)["timeline"] if e["action"] == "status"]
    assert statuses[0] == "status new → triage"
    assert statuses[-1] == "status reported → closed; outcome: ICO: no further action"


@pytest.mark.parametrize(("start", "new"), [("new", "closed"), ("new", "reported"), ("reported", "triage"),
                                            ("closed", "closed")])
def test_disallowed_transitions_are_refused(store: Store, start: str, new: str) -> None:
    inc = make(store, 1, status=start)
    with pytest.raises(actions.WorkflowError, match="cannot go from"):
        actions.set_status(store, inc.ref, new, by="alice", role="dpo", outcome="x")
    assert store.get(inc.ref).status == start


def test_closing_needs_outcome_and_not_reportable_needs_reason(store: Store) -> None:
    inc = make(store, 1, status="triage")
    with pytest.raises(actions.WorkflowError, match="reason"):
        actions.set_status(store, inc.ref, "not_reportable", by="a", role="dpo", reason="  ")
    inc = actions.set_status(store, inc.ref, "not_reportable", by="a", role="dpo", reason="internal only")
    with pytest.raises(actions.WorkflowError, match="outcome"):
        actions.set_status(store, inc.ref, "closed", by="a", role="dpo")
    assert store.detail(inc.ref)["not_reportable_reason"] == "internal only"


def test_viewers_and_strangers_cannot_act(store: Store) -> None:
    inc = make(store, 1)
    for role in ("viewer", None):
        with pytest.raises(AccessDenied, match="viewers can only look"):
            actions.assign(store, inc.ref, "bob", by="eve", role=role)
    with pytest.raises(AccessDenied):
        actions.reveal(store, inc.ref, "curious", by="root", role="admin")   # only a DPO reveals
    assert store.get(inc.ref).version == inc.version


def test_stale_edit_is_refused(store: Store) -> None:
    inc = make(store, 1)
    actions.assign(store, inc.ref, "bob", by="bob", role="dpo", expected_version=inc.version)
    with pytest.raises(StaleEditError):
        actions.assign(store, inc.ref, "alice", by="alice", role="dpo", expected_version=inc.version)
    assert store.get(inc.ref).assignee == "bob"


def test_override_note_containment_near_miss_told(store: Store) -> None:
    inc = make(store, 1, lik=3, sev=4)
    with pytest.raises(actions.WorkflowError):
        actions.override(store, inc.ref, 2, 2, "", by="a", role="dpo")
    with pytest.raises(actions.WorkflowError):
        actions.override(store, inc.ref, 6, 2, "x", by="a", role="dpo")
    inc = actions.override(store, inc.ref, 2, 3, "trusted recipient", by="a", role="dpo")
    assert (inc.likelihood, inc.severity, inc.reportable) == (2, 3, False)
    assert inc.override["by"] == "a" and inc.triaged_at
    actions.add_note(store, inc.ref, "rang the ward", by="a", role="dpo")
    actions.add_containment(store, inc.ref, "recalled the email", by="a", role="dpo")
    actions.set_near_miss(store, inc.ref, True, by="a", role="dpo")
    actions.set_subjects_told(store, inc.ref, False, by="a", role="dpo")
    d = store.detail(inc.ref)
    assert [e["action"] for e in d["timeline"][1:]] == ["override", "note", "containment", "near_miss",
                                                        "subjects_told"]
    assert store.get(inc.ref).notes_count == 1 and store.get(inc.ref).near_miss


def test_link_and_merge(store: Store) -> None:
    a, b, c = make(store, 1), make(store, 2), make(store, 3)
    actions.link(store, a.ref, b.ref.lower(), by="x", role="dpo")
    actions.link(store, a.ref, b.ref, by="x", role="dpo")                   # idempotent
    assert store.get(a.ref).related == [b.ref] and store.get(b.ref).related == [a.ref]
    with pytest.raises(NotFoundError):
        actions.link(store, a.ref, "BD-2026-999999", by="x", role="dpo")
    with pytest.raises(actions.WorkflowError):
        actions.merge(store, c.ref, c.ref, by="x", role="dpo")
    actions.merge(store, c.ref, a.ref, by="x", role="dpo")
    assert store.get(c.ref).status == "closed"
    assert store.get(a.ref).reporters == ["r1@nhs.net", "r3@nhs.net"]
    assert store.detail(a.ref)["merged_reports"][0]["ref"] == c.ref


def test_reveal_and_export_are_audited(store: Store) -> None:
    inc = make(store, 1)
    with pytest.raises(actions.WorkflowError):
        actions.reveal(store, inc.ref, "", by="a", role="dpo")
    actions.reveal(store, inc.ref, "checking identity", by="a", role="dpo")
    actions.record_export(store, inc.ref, by="a", role="dpo", fmt="md", revealed=False)
    log = AuditLog(store.root)
    assert [(e["action"], e["why"]) for e in log.entries()
            if e["action"] != "audit_started"] == [("reveal", "checking identity"), ("export", "export")]
    assert log.verify() == []


def test_export_has_the_ico_fields_and_is_masked(store: Store) -> None:
    inc = make(store, 1, lik=3, sev=4, subjects=2, identifier_counts={"nhs_number": 1},
               special_categories=["mental_health"])
    actions.add_containment(store, inc.ref, "recipient confirmed deletion", by="a", role="dpo")
    md = actions.export_report(store, inc.ref, fmt="md")
    for field in ("What happened", "When we became aware", "Data categories", "Approximate number of data "
                  "subjects:** 2", "Likely consequences", "Measures taken:** recipient confirmed deletion",
                  "Data subjects told:** not recorded", "| nhs_number | `*** *** **19` |"):
        assert field in md, field
    assert "9434765919" not in md and "943" not in md   # at most the last two digits
    data = json.loads(actions.export_report(store, inc.ref, fmt="json", reveal=True))
    assert data["identifiers"][0]["value"] == "9434765919" and data["special_categories"] == ["mental_health"]
    assert data["when_we_became_aware"] == inc.received_at and data["approx_records"] == 1
    with pytest.raises(actions.WorkflowError):
        actions.export_report(store, inc.ref, fmt="pdf")


def test_queue_order_countdown_and_counts(store: Store) -> None:
    overdue = make(store, 1, hours=80)
    soon = make(store, 2, hours=62, sev=2)
    soon_severe = make(store, 3, hours=62, sev=4)
    later = make(store, 4, hours=1)
    not_rep = make(store, 5, hours=70, lik=2, status="investigating")     # assessed, not reportable
    done = make(store, 6, hours=79, status="reported")
    order = [i.ref for i in actions.sort_queue(store.list_incidents(), NOW)]
    assert order == [overdue.ref, soon_severe.ref, soon.ref, later.ref, not_rep.ref, done.ref]
    assert actions.countdown(overdue, NOW) == ("overdue", "overdue")
    assert actions.countdown(soon, NOW) == ("10h left", "urgent")
    assert actions.countdown(later, NOW) == ("71h left", "")
    assert actions.countdown(done, NOW) == ("stopped", "stopped")
    counts = actions.header_counts(store.list_incidents(), NOW)
    assert (counts["open"], counts["overdue"], counts["urgent"]) == (6, 1, 2)


def test_parse_filter_tokens() -> None:
    f = actions.parse_filter("status:new,triage sev:3+ assignee:me from:2026-01-01 to:2026-12-31 gmail list",
                             me="alice")
    assert f.statuses == {"new", "triage"} and f.min_severity == 3 and f.assignee == "alice"
    assert (str(f.date_from), str(f.date_to), f.text) == ("2026-01-01", "2026-12-31", "gmail list")
    assert actions.parse_filter("assignee:none").assignee == ""
    with pytest.raises(actions.WorkflowError):
        actions.parse_filter("status:bogus")
