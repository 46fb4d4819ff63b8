"""Submission on record: reported needs when, where and the references; the clock stops there;
a late submission needs the reason for the delay; updates and a withdrawal are recorded; near miss
and not reportable have guard rails."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from breachdesk import actions
from breachdesk.store import Store
from tests.unit.test_actions import NOW, make


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "d")


def report(store: Store, ref: str, *, at: datetime = NOW, **kw: str):  # noqa: ANN201
    args = {"submitted_at": at.isoformat(), "channel": "dspt", "dspt_ref": "19876"} | kw
    return actions.set_status(store, ref, "reported", by="alice", role="dpo", now=NOW, **args)


def test_reported_records_the_submission_and_stops_the_clock(store: Store) -> None:
    inc = make(store, 1, status="triage", hours=30)
    at = NOW - timedelta(hours=2)
    inc = report(store, inc.ref, at=at, channel="both", ico_ref="IC-123456-A1B2")
    sub = store.detail(inc.ref)["submission"]
    assert (sub["at"], sub["channel"], sub["dspt_ref"], sub["ico_ref"], sub["late"], sub["by"]) == \
        ("2026-11-23T08:00:00+00:00", "both", "19876", "IC-123456-A1B2", False, "alice")
    assert inc.reported_at == "2026-11-23T08:00:00+00:00" and not inc.clock_running()
    # the clock shows when it stopped (UK time), not a countdown, even days later
    later = NOW + timedelta(days=5)
    assert actions.countdown(inc, later) == ("reported 23 Nov 08:00", "stopped")
    assert actions.countdown(inc, later, short=True) == ("rep 23Nov", "stopped")
    last = store.detail(inc.ref)["timeline"][-1]["detail"]
    assert "via the DSPT tool and the ICO form (DSPT 19876, ICO IC-123456-A1B2)" in last


@pytest.mark.parametrize(("kw", "message"), [
    ({"submitted_at": ""}, "submission time is required"),
    ({"submitted_at": "yesterday"}, "not an ISO date"),
    ({"channel": "email"}, "channel is one of dspt, ico, both"),
    ({"dspt_ref": ""}, "needs its incident reference"),
    ({"channel": "ico", "dspt_ref": "", "ico_ref": ""}, "needs its case reference"),
    ({"dspt_ref": "19876\nrm -rf"}, "printable characters on one line"),
    ({"submitted_at": (NOW + timedelta(hours=1)).isoformat()}, "in the future"),
    ({"submitted_at": (NOW - timedelta(hours=40)).isoformat()}, "before the organisation became aware"),
])
def test_a_submission_without_its_facts_is_refused(store: Store, kw: dict[str, str], message: str) -> None:
    inc = make(store, 1, status="investigating", hours=30)
    with pytest.raises(actions.WorkflowError, match=message):
        report(store, inc.ref, **kw)
    assert store.get(inc.ref).status == "investigating" and "submission" not in store.detail(inc.ref)


def test_a_late_submission_needs_the_reason_for_the_delay(store: Store) -> None:
    inc = make(store, 1, status="contained", hours=100)           # aware 100 h ago: 72 h passed 28 h ago
    with pytest.raises(actions.WorkflowError, match="reason for the\n?.*delay is required"):
        report(store, inc.ref)
    inc = report(store, inc.ref, delay_reason="the ward reported it three days late")
    sub = store.detail(inc.ref)["submission"]
    assert sub["late"] is True and sub["delay_reason"] == "the ward reported it three days late"
    # on time: a delay reason is kept if given, but the submission is not late
    other = make(store, 2, status="contained", hours=10)
    assert store.detail(report(store, other.ref).ref)["submission"]["late"] is False


def test_submission_fields_only_go_with_reported(store: Store) -> None:
    inc = make(store, 1, status="triage")
    with pytest.raises(actions.WorkflowError, match="go with the status 'reported'"):
        actions.set_status(store, inc.ref, "investigating", by="a", role="dpo", dspt_ref="1")


def test_updates_and_a_withdrawal_are_recorded(store: Store) -> None:
    inc = make(store, 1, status="triage", hours=5)
    with pytest.raises(actions.WorkflowError, match="has not been reported"):
        actions.report_update(store, inc.ref, "x", by="a", role="dpo")
    inc = report(store, inc.ref)
    actions.report_update(store, inc.ref, "recipient confirmed deletion; told the DSPT tool",
                          by="alice", role="dpo", ico_ref="IC-999-ZZ")
    sub = store.detail(inc.ref)["submission"]
    assert sub["ico_ref"] == "IC-999-ZZ"
    assert [u["text"] for u in sub["updates"]] == ["recipient confirmed deletion; told the DSPT tool"]
    with pytest.raises(actions.WorkflowError, match="reason"):
        actions.withdraw_report(store, inc.ref, "  ", by="alice", role="dpo")
    inc = actions.withdraw_report(store, inc.ref, "the recipient was our own Caldicott team", by="alice",
                                  role="dpo")
    d = store.detail(inc.ref)
    assert inc.status == "not_reportable" and d["submission"]["withdrawn"]["reason"].startswith("the recipient")
    assert d["not_reportable_reason"] == "report withdrawn: the recipient was our own Caldicott team"
    assert [e["action"] for e in d["timeline"]][-3:] == ["status", "report_update", "withdraw"]
    with pytest.raises(actions.WorkflowError, match="has not been reported"):
        actions.report_update(store, inc.ref, "more", by="alice", role="dpo")
    with pytest.raises(actions.AccessDenied):
        actions.withdraw_report(store, inc.ref, "x", by="v", role="viewer")


def test_near_miss_needs_a_reason_and_never_on_a_reported_incident(store: Store) -> None:
    inc = make(store, 1, status="triage", hours=5)
    with pytest.raises(actions.WorkflowError, match="near miss: the reason"):
        actions.set_near_miss(store, inc.ref, True, by="a", role="dpo")
    actions.set_near_miss(store, inc.ref, True, by="a", role="dpo", reason="caught before sending")
    assert store.detail(inc.ref)["near_miss_reason"] == "caught before sending"
    with pytest.raises(actions.WorkflowError, match="marked as a near miss"):
        report(store, inc.ref)                                  # a near miss is not reported
    actions.set_near_miss(store, inc.ref, False, by="a", role="dpo")
    report(store, inc.ref)
    with pytest.raises(actions.WorkflowError, match="cannot be a near miss"):
        actions.set_near_miss(store, inc.ref, True, by="a", role="dpo", reason="second thoughts")
    assert store.get(inc.ref).near_miss is False


def test_a_zone_less_submission_time_is_utc(store: Store) -> None:
    inc = make(store, 1, status="triage", hours=5)
    naive = (NOW - timedelta(hours=1)).replace(tzinfo=None).isoformat(timespec="minutes")
    inc = report(store, inc.ref, submitted_at=naive)
    assert inc.reported_at == (NOW - timedelta(hours=1)).astimezone(timezone.utc).isoformat()
