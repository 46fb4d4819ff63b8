"""The checklist: tasks with an owner and a due time, the grade's defaults, done/undone, overdue."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from breachdesk import actions, tasks
from breachdesk.store import Store
from tests.unit.test_actions import NOW, make


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "d")


def titles(store: Store, ref: str) -> list[tuple[str, str, bool]]:
    return [(t["title"], t["due"], t["done"]) for t in store.detail(ref)["tasks"]]


def test_a_reportable_incident_gets_the_default_tasks_with_its_first_decision(store: Store) -> None:
    inc = make(store, 1, hours=10, assignee="alice")
    assert "tasks" not in store.detail(inc.ref)                 # not yet looked at: the clock is the reminder
    inc = actions.set_status(store, inc.ref, "triage", by="alice", role="dpo")
    assert titles(store, inc.ref) == [("Submit to the DSPT tool within 72 hours", inc.deadline, False),
                                      ("Decide whether to tell the people affected", "", False)]
    assert [t["owner"] for t in store.detail(inc.ref)["tasks"]] == ["alice", "alice"]
    assert (inc.tasks_open, inc.task_due) == (2, inc.deadline)
    actions.set_status(store, inc.ref, "investigating", by="alice", role="dpo")
    assert len(store.detail(inc.ref)["tasks"]) == 2             # once only
    # submitting to the DSPT tool ticks its task
    inc = actions.set_status(store, inc.ref, "reported", by="alice", role="dpo", submitted_at=NOW.isoformat(),
                             channel="dspt", dspt_ref="19876", now=NOW)
    assert [t["done"] for t in store.detail(inc.ref)["tasks"]] == [True, False]
    assert (inc.tasks_open, inc.task_due) == (1, "")


def test_not_reportable_gets_no_defaults_until_an_override_makes_it_so(store: Store) -> None:
    inc = make(store, 1, lik=2, sev=2)
    actions.set_status(store, inc.ref, "triage", by="a", role="dpo")
    assert tasks.task_list(store.detail(inc.ref)) == []
    actions.override(store, inc.ref, 4, 3, "vulnerable adult", by="a", role="dpo")
    assert len(store.detail(inc.ref)["tasks"]) == 2
    assert actions.default_tasks(store, inc.ref, by="a", role="dpo").tasks_open == 2   # nothing new


def test_tasks_added_ticked_reopened_edited_and_overdue(store: Store) -> None:
    inc = make(store, 1, lik=1, sev=1)
    due = (NOW + timedelta(hours=4)).isoformat()
    inc = actions.add_task(store, inc.ref, "Recall the e-mail", owner="bob", due=due, by="alice", role="dpo")
    inc = actions.add_task(store, inc.ref, "Caldicott Guardian sign-off", by="alice", role="dpo")
    assert (inc.tasks_open, inc.task_due) == (2, "2026-11-23T14:00:00+00:00")
    assert not tasks.overdue(inc, NOW) and tasks.overdue(inc, NOW + timedelta(hours=5))
    inc = actions.set_task_done(store, inc.ref, 1, by="bob", role="dpo")
    t = store.detail(inc.ref)["tasks"][0]
    assert (t["done"], t["done_by"], inc.tasks_open, inc.task_due) == (True, "bob", 1, "")
    assert not tasks.overdue(inc, NOW + timedelta(days=9))
    inc = actions.set_task_done(store, inc.ref, 1, done=False, by="bob", role="dpo")
    assert tasks.overdue(inc, NOW + timedelta(hours=5))
    inc = actions.edit_task(store, inc.ref, 2, owner="alice", due="2026-11-24T09:00", by="a", role="dpo")
    assert store.detail(inc.ref)["tasks"][1]["due"] == "2026-11-24T09:00:00+00:00"
    timeline = [e["action"] for e in store.detail(inc.ref)["timeline"]]
    assert timeline[-5:] == ["task_add", "task_add", "task_done", "task_done", "task_edit"]


@pytest.mark.parametrize(("title", "due", "message"), [
    ("", "", "the task is required"), ("two\nlines", "", "one line"), ("x" * 201, "", "at most 200"),
    ("ok", "next week", "not an ISO date"),
])
def test_bad_tasks_are_refused(store: Store, title: str, due: str, message: str) -> None:
    inc = make(store, 1)
    with pytest.raises(actions.WorkflowError, match=message):
        actions.add_task(store, inc.ref, title, due=due, by="a", role="dpo")
    with pytest.raises(actions.WorkflowError, match="has no task 7"):
        actions.set_task_done(store, inc.ref, 7, by="a", role="dpo")
    with pytest.raises(actions.AccessDenied):
        actions.add_task(store, inc.ref, "x", by="v", role="viewer")
