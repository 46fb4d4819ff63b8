"""An incident's checklist: tasks with an owner and a due time, and the defaults a grade brings.

Pure data on the incident's detail (``detail["tasks"]``) and two summary fields on its queue
row (``tasks_open``, ``task_due``: the earliest due time of an open task), so the queue can
show overdue tasks without reading 10,000 details. The workflow functions that change tasks —
role check, version, timeline — are in :mod:`breachdesk.actions`; an owner is checked
against ``[access]`` by the service (:meth:`breachdesk.service.StoreService.check_user`).

Default tasks come with the first decision on an incident (triage, a status change, a grade
override) and with ``task defaults``: before that the 72-hour clock itself is the reminder.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from breachdesk.model import Incident, parse_iso

MAX_TITLE = 200
MAX_TASKS = 100

# key -> (title, due at the incident's deadline?) for a reportable incident
REPORTABLE_DEFAULTS: dict[str, tuple[str, bool]] = {
    "dspt_submit": ("Submit to the DSPT tool within 72 hours", True),
    "tell_subjects": ("Decide whether to tell the people affected", False),
}


def task_list(detail: dict[str, Any]) -> list[dict[str, Any]]:
    tasks = detail.get("tasks")
    return tasks if isinstance(tasks, list) else []


def new_task(detail: dict[str, Any], title: str, *, owner: str, due: str, by: str, stamp: str,
             default: str = "") -> dict[str, Any]:
    """Append a task (ids count from 1 and are never reused) and return it."""
    tasks = detail.setdefault("tasks", [])
    task = {"id": max((int(t.get("id", 0)) for t in tasks), default=0) + 1, "title": title, "owner": owner,
            "due": due, "done": False, "done_at": "", "done_by": "", "created_at": stamp, "created_by": by,
            "default": default}
    tasks.append(task)
    return task


def find(detail: dict[str, Any], task_id: int) -> dict[str, Any] | None:
    return next((t for t in task_list(detail) if t.get("id") == task_id), None)


def add_defaults(inc: Incident, detail: dict[str, Any], *, by: str, stamp: str) -> list[str]:
    """The grade's default tasks not yet on the incident (reportable: the DSPT submission and the
    decision on telling the people affected); the titles added."""
    if not inc.reportable:
        return []
    have = {t.get("default") for t in task_list(detail)}
    added = []
    for key, (title, at_deadline) in REPORTABLE_DEFAULTS.items():
        if key not in have:
            new_task(detail, title, owner=inc.assignee, due=inc.deadline if at_deadline else "", by=by,
                     stamp=stamp, default=key)
            added.append(title)
    return added


def mark(task: dict[str, Any], done: bool, *, by: str, stamp: str) -> None:
    task["done"] = done
    task["done_at"], task["done_by"] = (stamp, by) if done else ("", "")


def refresh_row(inc: Incident, detail: dict[str, Any]) -> None:
    """The row's summary of the checklist: open tasks and the earliest due time among them."""
    open_ = [t for t in task_list(detail) if not t.get("done")]
    dues = sorted(t["due"] for t in open_ if t.get("due"))
    inc.tasks_open = len(open_)
    inc.task_due = dues[0] if dues else ""


def overdue(inc: Incident, now: datetime) -> bool:
    """Whether an open task of ``inc`` is past its due time (from the row alone)."""
    due = getattr(inc, "task_due", "")
    return bool(due) and parse_iso(due) <= now


def line(task: dict[str, Any]) -> str:
    """``[x] 2 Submit to the DSPT tool … — alice, due 2026-11-25T14:00:00+00:00``."""
    box = "[x]" if task.get("done") else "[ ]"
    who = task.get("owner") or "no owner"
    due = f", due {task['due']}" if task.get("due") else ""
    return f"{box} {task.get('id')} {task.get('title')} — {who}{due}"
