"""What a DPO can do to an incident, and how the queue is ordered and filtered.

The dashboard and the CLI call these; nothing here imports textual. Every change
goes through :meth:`Store.update` (one timeline entry each, with who and when),
takes the version the user was looking at (a stale edit raises
:class:`StaleEditError`), and checks the user's role first: ``dpo`` and ``admin``
may act, ``viewer`` may only look. Every change is then written to the audit log
(:func:`_audited`): the action, who, the reason typed, and field names with old →
new statuses and grades — never note text, subjects or identifier values.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from breachdesk import access, tasks
from breachdesk.errors import AccessDenied, BreachdeskError
from breachdesk.model import DECIDED, NOT_REPORTS, Incident, Status, iso, parse_iso, utcnow

if TYPE_CHECKING:
    from breachdesk.audit import AuditLog
    from breachdesk.store import Store

# (the audit log, the store and the reports are imported where an action or an export needs
# them: the dashboard imports this module for the queue's sorting and filtering, and its start
# pays for every import)


def _audit_log(root: Any) -> AuditLog:
    from breachdesk.audit import AuditLog

    return AuditLog(root)

# One source of truth for who may do what: breachdesk.access.ACTIONS.
ACTING_ROLES = access.roles_for("edit")
REVEAL_ROLES = access.roles_for("reveal")
URGENT = timedelta(hours=12)

# The status workflow: where each status may go next.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    Status.NEW: (Status.TRIAGE, Status.INVESTIGATING, Status.NOT_REPORTABLE),
    Status.UNPARSEABLE: (Status.TRIAGE, Status.NOT_REPORTABLE),
    Status.ANALYSING: (Status.TRIAGE, Status.NOT_REPORTABLE),
    Status.INCOMPLETE: (Status.TRIAGE, Status.NOT_REPORTABLE),
    Status.TRIAGE: (Status.INVESTIGATING, Status.CONTAINED, Status.REPORTED, Status.NOT_REPORTABLE),
    Status.INVESTIGATING: (Status.CONTAINED, Status.REPORTED, Status.NOT_REPORTABLE),
    Status.CONTAINED: (Status.INVESTIGATING, Status.REPORTED, Status.NOT_REPORTABLE),
    Status.REPORTED: (Status.CLOSED,),
    Status.NOT_REPORTABLE: (Status.CLOSED, Status.TRIAGE),
    Status.CLOSED: (Status.TRIAGE,),
    Status.NOT_A_REPORT: (Status.TRIAGE,),     # the DPO decides it was a report after all
}
UNASSESSED = frozenset({Status.NEW, Status.UNPARSEABLE, Status.ANALYSING, Status.INCOMPLETE, Status.TRIAGE})
# not yet looked at by a person: the first status change or edit marks them triaged
UNTRIAGED = frozenset({Status.NEW, Status.UNPARSEABLE, Status.ANALYSING, Status.INCOMPLETE})
BREACH_TYPES = ("confidentiality", "integrity", "availability")
# Where a report was submitted: the DSPT incident reporting tool, the ICO breach report form, both.
CHANNELS = ("dspt", "ico", "both")
CHANNEL_NAMES = {"dspt": "the DSPT incident reporting tool", "ico": "the ICO breach report form",
                 "both": "the DSPT tool and the ICO form"}
MAX_NOTE = 20_000                         # characters of one note (multi-line)
MAX_REF = 40                              # characters of a DSPT or ICO reference
CLOCK_SKEW = timedelta(minutes=5)         # a submission time this far ahead of the clock is accepted
LONDON = ZoneInfo("Europe/London")


class WorkflowError(BreachdeskError):
    """A status change the workflow does not allow, or a missing required reason."""


# ------------------------------------------------------------------ roles


def require_role(role: str | None, action: str, allowed: frozenset[str] = ACTING_ROLES) -> None:
    """Raise AccessDenied unless ``role`` may take ``action``."""
    if role not in allowed:
        who = role or "no role"
        need = " or ".join(sorted(allowed))
        raise AccessDenied(f"{action}: your role is {who}; this needs {need} (viewers can only look)")


def can_act(role: str | None) -> bool:
    return role in ACTING_ROLES


def _audited(store: Store, ref: str, change: Any, *, by: str, action: str,
             expected_version: int | None = None, why: str = "",
             facts: dict[str, Any] | None = None) -> Incident:
    """:meth:`Store.update`, then an audit entry; ``facts`` (filled in by ``change``) is its detail."""
    inc = store.update(ref, change, by=by, action=action, expected_version=expected_version)
    _audit_log(store.root).append(action, by=by, ref=ref, why=why, detail=dict(facts or {}))
    return inc


def _need(text: str, what: str) -> str:
    text = (text or "").strip()
    if not text:
        raise WorkflowError(f"{what} is required")
    return text


# --------------------------------------------------------------- workflow


def next_statuses(status: str) -> tuple[str, ...]:
    return TRANSITIONS.get(status, ())


def set_status(store: Store, ref: str, new: str, *, by: str, role: str | None,
               expected_version: int | None = None, outcome: str = "", reason: str = "",
               submitted_at: str = "", channel: str = "", dspt_ref: str = "", ico_ref: str = "",
               delay_reason: str = "", now: datetime | None = None) -> Incident:
    """Move ``ref`` to ``new``. Closing needs an outcome; not reportable needs a reason;
    reported needs the submission on record (:func:`submission_record`)."""
    require_role(role, "change status")
    new = Status(new)
    if new == Status.CLOSED:
        outcome = _need(outcome, "closing: the outcome")
    if new == Status.NOT_REPORTABLE:
        reason = _need(reason, "not reportable: the reason (the ICO expects it written down)")
    moment = now or utcnow()
    stamp = iso(moment)
    if new != Status.REPORTED and (submitted_at or channel or dspt_ref or ico_ref or delay_reason):
        raise WorkflowError("the submission time, channel and references go with the status 'reported'")
    facts: dict[str, Any] = {"field": "status"}

    def change(inc: Incident, detail: dict[str, Any]) -> str:
        old = inc.status
        facts.update({"from": str(old), "to": str(new), "outcome": bool(outcome)})
        if new not in next_statuses(old):
            raise WorkflowError(f"{inc.ref}: cannot go from {old} to {new}; "
                                f"allowed: {', '.join(next_statuses(old)) or 'none'}")
        sub = None
        if new == Status.REPORTED:
            if inc.near_miss:
                raise WorkflowError(f"{inc.ref} is marked as a near miss; clear that before reporting it")
            sub = submission_record(inc, submitted_at, channel, dspt_ref, ico_ref, delay_reason,
                                    by=by, now=moment)
            detail["submission"] = sub
            inc.reported_at = sub["at"]
        inc.status = new
        _decided(inc, detail, by=by, stamp=stamp)
        if sub is not None:
            facts["submission"] = {"channel": sub["channel"], "late": sub["late"]}
            if sub["channel"] in ("dspt", "both"):
                _tick_default(detail, "dspt_submit", by=by, stamp=stamp)
        tasks.refresh_row(inc, detail)
        if old in UNTRIAGED and not inc.triaged_at:
            inc.triaged_at = stamp
        if new in DECIDED and not inc.decided_at:
            inc.decided_at = stamp
        text = f"status {old} → {new}"
        if sub is not None:
            text += "; " + submission_text(sub)
        if outcome:
            detail["outcome"] = outcome
            text += f"; outcome: {outcome}"
        if reason:
            if new == Status.NOT_REPORTABLE:
                detail["not_reportable_reason"] = reason
            text += f"; reason: {reason}"
        return text

    return _audited(store, ref, change, by=by, action="status", expected_version=expected_version,
                    why=reason, facts=facts)


# ------------------------------------------------------------ submission


def parse_when(text: str, what: str) -> datetime:
    """An ISO date and time (``2026-12-01T14:30``, ``2026-12-01 14:30+00:00``); no zone means UTC."""
    text = (text or "").strip()
    if not text:
        raise WorkflowError(f"{what} is required (an ISO date and time, e.g. 2026-12-01T14:30; UTC unless "
                            "a zone is given)")
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise WorkflowError(f"{what}: not an ISO date and time (e.g. 2026-12-01T14:30)") from None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def _case_ref(text: str, what: str) -> str:
    """A regulator's reference: printable, short, one line (DSPT incident ref, ICO case ref)."""
    text = (text or "").strip()
    if len(text) > MAX_REF or not all(c.isprintable() for c in text):
        raise WorkflowError(f"{what}: at most {MAX_REF} printable characters on one line")
    return text


def submission_record(inc: Incident, submitted_at: str, channel: str, dspt_ref: str, ico_ref: str,
                      delay_reason: str, *, by: str, now: datetime) -> dict[str, Any]:
    """The submission on record: when, where, the references, and why it was late (if it was).

    The DSPT tool gives an incident reference (and forwards reportable incidents to the ICO,
    whose case reference may come later: ``report update``); the ICO form gives a case reference.
    More than 72 hours after becoming aware (the incident's deadline) needs the reason for the delay.
    """
    when = parse_when(submitted_at, "the submission time")
    if when > now + CLOCK_SKEW:
        raise WorkflowError("the submission time is in the future")
    if when < parse_iso(inc.received_at):
        raise WorkflowError("the submission time is before the organisation became aware of the incident")
    channel = (channel or "").strip().lower()
    if channel not in CHANNELS:
        raise WorkflowError(f"the channel is one of {', '.join(CHANNELS)} (DSPT incident reporting tool, "
                            "ICO breach report form, or both)")
    dspt_ref, ico_ref = _case_ref(dspt_ref, "the DSPT incident reference"), _case_ref(ico_ref, "the ICO case reference")
    if channel in ("dspt", "both") and not dspt_ref:
        raise WorkflowError("a submission to the DSPT tool needs its incident reference (--dspt-ref)")
    if channel == "ico" and not ico_ref:
        raise WorkflowError("a submission on the ICO form needs its case reference (--ico-ref)")
    late = when > parse_iso(inc.deadline)
    delay_reason = (delay_reason or "").strip()
    if late and not delay_reason:
        raise WorkflowError("the submission was more than 72 hours after becoming aware: the reason for the "
                            "delay is required (the ICO asks for it)")
    return {"at": iso(when), "channel": channel, "dspt_ref": dspt_ref, "ico_ref": ico_ref, "late": late,
            "delay_reason": delay_reason, "by": by, "recorded_at": iso(now), "updates": [], "withdrawn": None}


def submission_text(sub: dict[str, Any]) -> str:
    """One line for the timeline: when, where, the references (no identifier values)."""
    refs = ", ".join(f"{k} {sub[key]}" for k, key in (("DSPT", "dspt_ref"), ("ICO", "ico_ref")) if sub.get(key))
    text = f"submitted {sub['at']} via {CHANNEL_NAMES[sub['channel']]}" + (f" ({refs})" if refs else "")
    if sub.get("late"):
        text += f"; late, reason for the delay: {sub['delay_reason']}"
    return text


def _submission_of(inc: Incident, detail: dict[str, Any]) -> dict[str, Any]:
    sub = detail.get("submission")
    if inc.status != Status.REPORTED or not isinstance(sub, dict):
        raise WorkflowError(f"{inc.ref} has not been reported; record the submission with the status 'reported'")
    if sub.get("withdrawn"):
        raise WorkflowError(f"{inc.ref}: the submission was withdrawn")
    return sub


def report_update(store: Store, ref: str, text: str, *, by: str, role: str | None, dspt_ref: str = "",
                  ico_ref: str = "", expected_version: int | None = None) -> Incident:
    """A later update sent to the regulator (the DSPT tool allows updates); may add a reference."""
    require_role(role, "record a report update")
    text = _need(text, "the update: what was sent")
    dspt_ref, ico_ref = _case_ref(dspt_ref, "the DSPT incident reference"), _case_ref(ico_ref, "the ICO case reference")
    stamp = iso(utcnow())

    def change(inc: Incident, detail: dict[str, Any]) -> str:
        sub = _submission_of(inc, detail)
        entry = {"at": stamp, "by": by, "text": text}
        extra = []
        for key, value, name in (("dspt_ref", dspt_ref, "DSPT"), ("ico_ref", ico_ref, "ICO")):
            if value:
                entry[key] = value
                sub[key] = value
                extra.append(f"{name} reference {value}")
        sub.setdefault("updates", []).append(entry)
        return "report update: " + text + (f" ({', '.join(extra)})" if extra else "")

    return _audited(store, ref, change, by=by, action="report_update", expected_version=expected_version,
                    facts={"field": "submission", "update": 1,
                           "refs_given": [k for k, v in (("dspt_ref", dspt_ref), ("ico_ref", ico_ref)) if v]})


def withdraw_report(store: Store, ref: str, reason: str, *, by: str, role: str | None,
                    expected_version: int | None = None) -> Incident:
    """The submission withdrawn (as the DSPT tool allows): recorded, and the incident is not reportable."""
    require_role(role, "withdraw a report")
    reason = _need(reason, "withdrawing the report: the reason")
    stamp = iso(utcnow())

    def change(inc: Incident, detail: dict[str, Any]) -> str:
        sub = _submission_of(inc, detail)
        sub["withdrawn"] = {"at": stamp, "by": by, "reason": reason}
        inc.status = Status.NOT_REPORTABLE
        detail["not_reportable_reason"] = f"report withdrawn: {reason}"
        return f"report withdrawn; status reported → not_reportable; reason: {reason}"

    return _audited(store, ref, change, by=by, action="withdraw", expected_version=expected_version, why=reason,
                    facts={"field": "status", "from": str(Status.REPORTED), "to": str(Status.NOT_REPORTABLE),
                           "withdrawn": True})


def _mark_triaged(inc: Incident, stamp: str) -> None:
    if not inc.triaged_at and inc.status in UNTRIAGED:
        inc.triaged_at = stamp


def _decided(inc: Incident, detail: dict[str, Any], *, by: str, stamp: str) -> None:
    """A decision was made on ``inc``: the grade's default tasks join its checklist (once)."""
    if inc.status not in UNTRIAGED or inc.override:
        tasks.add_defaults(inc, detail, by=by, stamp=stamp)


def _tick_default(detail: dict[str, Any], key: str, *, by: str, stamp: str) -> None:
    for task in tasks.task_list(detail):
        if task.get("default") == key and not task.get("done"):
            tasks.mark(task, True, by=by, stamp=stamp)


# ------------------------------------------------------------------ tasks


def _title(text: str) -> str:
    text = _need(text, "the task")
    if len(text) > tasks.MAX_TITLE or not text.isprintable():
        raise WorkflowError(f"a task is one line of at most {tasks.MAX_TITLE} printable characters")
    return text


def _due(text: str) -> str:
    return iso(parse_when(text, "the due time")) if (text or "").strip() else ""


def add_task(store: Store, ref: str, title: str, *, by: str, role: str | None, owner: str = "", due: str = "",
             expected_version: int | None = None) -> Incident:
    """A task on the incident's checklist (its owner is checked against [access] by the service)."""
    require_role(role, "add a task")
    title, due, owner = _title(title), _due(due), (owner or "").strip()
    stamp = iso(utcnow())
    facts: dict[str, Any] = {"field": "tasks", "added": 1}       # never the task's text

    def change(inc: Incident, detail: dict[str, Any]) -> str:
        if len(tasks.task_list(detail)) >= tasks.MAX_TASKS:
            raise WorkflowError(f"{inc.ref} has {tasks.MAX_TASKS} tasks already")
        task = tasks.new_task(detail, title, owner=owner, due=due, by=by, stamp=stamp)
        tasks.refresh_row(inc, detail)
        facts.update({"task": task["id"], "owner": owner, "due": due})
        return "task added: " + tasks.line(task)

    return _audited(store, ref, change, by=by, action="task_add", expected_version=expected_version, facts=facts)


def set_task_done(store: Store, ref: str, task: int, *, by: str, role: str | None, done: bool = True,
                  expected_version: int | None = None) -> Incident:
    require_role(role, "tick a task")
    stamp = iso(utcnow())

    def change(inc: Incident, detail: dict[str, Any]) -> str:
        t = _task(inc, detail, task)
        tasks.mark(t, done, by=by, stamp=stamp)
        tasks.refresh_row(inc, detail)
        return ("task done: " if done else "task reopened: ") + tasks.line(t)

    return _audited(store, ref, change, by=by, action="task_done", expected_version=expected_version,
                    facts={"field": "tasks", "task": task, "done": done})


def edit_task(store: Store, ref: str, task: int, *, by: str, role: str | None, owner: str | None = None,
              due: str | None = None, expected_version: int | None = None) -> Incident:
    """A new owner and/or due time ("" clears either)."""
    require_role(role, "change a task")
    new_due = None if due is None else _due(due)

    def change(inc: Incident, detail: dict[str, Any]) -> str:
        t = _task(inc, detail, task)
        if owner is not None:
            t["owner"] = owner.strip()
        if new_due is not None:
            t["due"] = new_due
        tasks.refresh_row(inc, detail)
        return "task changed: " + tasks.line(t)

    return _audited(store, ref, change, by=by, action="task_edit", expected_version=expected_version,
                    facts={"field": "tasks", "task": task, "owner": owner, "due": new_due})


def default_tasks(store: Store, ref: str, *, by: str, role: str | None,
                  expected_version: int | None = None) -> Incident:
    """Add the grade's default tasks now (an incident filed before tasks existed)."""
    require_role(role, "add the default tasks")
    stamp = iso(utcnow())
    facts: dict[str, Any] = {"field": "tasks", "defaults": True}

    def change(inc: Incident, detail: dict[str, Any]) -> str | None:
        added = tasks.add_defaults(inc, detail, by=by, stamp=stamp)
        tasks.refresh_row(inc, detail)
        facts["added"] = len(added)
        return f"default tasks added: {'; '.join(added)}" if added else None

    return _audited(store, ref, change, by=by, action="task_defaults", expected_version=expected_version,
                    facts=facts)


def record_question(store: Store, ref: str, template: str, text: str, *, to: list[str], by: str,
                    role: str | None) -> Incident:
    """A question sent to the reporter: in the incident's conversation and its timeline."""
    from breachdesk import conversation

    require_role(role, "ask the reporter")
    stamp = iso(utcnow())

    def change(inc: Incident, detail: dict[str, Any]) -> str:
        detail.setdefault("conversation", []).append(
            {"at": stamp, "by": by, "direction": "out", "template": template, "to": list(to),
             "subject": conversation.subject(inc.ref, template), "text": text})
        return f"question to the reporter: {conversation.TEMPLATES[template][0]}" + (f" — {text}" if text else "")

    return _audited(store, ref, change, by=by, action="ask_reporter",
                    facts={"field": "conversation", "template": template, "recipients": len(to),
                           "text_given": bool(text)})


def save_letter(store: Store, ref: str, kind: str, text: str, *, by: str, role: str | None,
                expected_version: int | None = None) -> Incident:
    """Keep an edited letter on the incident (its detail is encrypted at rest); earlier ones kept too."""
    from breachdesk import letters

    require_role(role, "save a letter")
    if kind not in letters.KINDS:
        raise WorkflowError(f"a letter is one of {', '.join(letters.KINDS)}")
    text = _need(text, "the letter")
    if len(text) > letters.MAX_LETTER:
        raise WorkflowError(f"a letter is at most {letters.MAX_LETTER} characters")
    stamp = iso(utcnow())

    facts: dict[str, Any] = {"field": "letters", "kind": kind, "characters": len(text)}

    def change(inc: Incident, detail: dict[str, Any]) -> str:
        saved = detail.setdefault("letters", [])
        n = sum(1 for x in saved if isinstance(x, dict) and x.get("kind") == kind) + 1
        saved.append({"kind": kind, "text": text, "at": stamp, "by": by, "version": n})
        facts["version"] = n
        return f"letter saved: {letters.KIND_NAMES[kind]} (version {n}, {len(text)} characters)"

    return _audited(store, ref, change, by=by, action="letter", expected_version=expected_version, facts=facts)


def _task(inc: Incident, detail: dict[str, Any], task_id: int) -> dict[str, Any]:
    t = tasks.find(detail, task_id)
    if t is None:
        raise WorkflowError(f"{inc.ref} has no task {task_id}")
    return t


def assign(store: Store, ref: str, assignee: str, *, by: str, role: str | None,
           expected_version: int | None = None) -> Incident:
    require_role(role, "assign")
    assignee = assignee.strip()
    facts: dict[str, Any] = {"field": "assignee"}

    def change(inc: Incident, detail: dict[str, Any]) -> str:
        old = inc.assignee
        facts.update({"from": old, "to": assignee})
        inc.assignee = assignee
        return f"assigned to {assignee}" if assignee else f"unassigned (was {old or 'nobody'})"

    return _audited(store, ref, change, by=by, action="assign", expected_version=expected_version, facts=facts)


def add_note(store: Store, ref: str, text: str, *, by: str, role: str | None,
             expected_version: int | None = None) -> Incident:
    require_role(role, "add a note")
    text = _need(text, "the note")
    if len(text) > MAX_NOTE:
        raise WorkflowError(f"a note is at most {MAX_NOTE} characters (this one has {len(text)})")
    stamp = iso(utcnow())

    def change(inc: Incident, detail: dict[str, Any]) -> str:
        detail.setdefault("dpo_notes", []).append({"at": stamp, "by": by, "text": text})
        inc.notes_count += 1
        return text

    return _audited(store, ref, change, by=by, action="note", expected_version=expected_version,
                    facts={"field": "dpo_notes", "added": 1})


def override(store: Store, ref: str, likelihood: int, severity: int, reason: str, *, by: str,
             role: str | None, expected_version: int | None = None) -> Incident:
    """Replace the automatic grade; the reason, who and when are kept on the incident."""
    require_role(role, "override the grade")
    reason = _need(reason, "overriding the grade: the reason")
    if not (1 <= likelihood <= 5 and 1 <= severity <= 5):
        raise WorkflowError("likelihood and severity are 1 to 5")
    stamp = iso(utcnow())

    facts: dict[str, Any] = {"field": "grade"}

    def change(inc: Incident, detail: dict[str, Any]) -> str:
        before = f"L{inc.likelihood} S{inc.severity}"
        facts.update({"from": before, "to": f"L{likelihood} S{severity}"})
        inc.override = {"likelihood": likelihood, "severity": severity,
                        "reportable": likelihood >= 3 and severity >= 2,
                        "reason": reason, "by": by, "at": stamp}
        _mark_triaged(inc, stamp)
        _decided(inc, detail, by=by, stamp=stamp)
        tasks.refresh_row(inc, detail)
        return f"grade {before} → L{likelihood} S{severity}; reason: {reason}"

    return _audited(store, ref, change, by=by, action="override", expected_version=expected_version,
                    why=reason, facts=facts)


def set_near_miss(store: Store, ref: str, near_miss: bool, *, by: str, role: str | None,
                  reason: str = "", expected_version: int | None = None) -> Incident:
    """Mark (with a reason) or clear a near miss; never on an incident already reported."""
    require_role(role, "mark near miss")
    reason = (reason or "").strip()
    if near_miss:
        reason = _need(reason, "a near miss: the reason (why no breach happened)")

    def change(inc: Incident, detail: dict[str, Any]) -> str:
        if near_miss and inc.status == Status.REPORTED:
            raise WorkflowError(f"{inc.ref} has been reported: it cannot be a near miss "
                                "(withdraw the report first if it was not a breach)")
        inc.near_miss = near_miss
        if near_miss:
            detail["near_miss_reason"] = reason
        text = "marked as a near miss" if near_miss else "no longer a near miss"
        return f"{text}; reason: {reason}" if reason else text

    return _audited(store, ref, change, by=by, action="near_miss", expected_version=expected_version,
                    why=reason, facts={"field": "near_miss", "to": near_miss})


def add_containment(store: Store, ref: str, step: str, *, by: str, role: str | None,
                    expected_version: int | None = None) -> Incident:
    """Record a containment step ("recalled the email, recipient confirmed deletion")."""
    require_role(role, "record containment")
    step = _need(step, "the containment step")
    stamp = iso(utcnow())

    def change(inc: Incident, detail: dict[str, Any]) -> str:
        detail.setdefault("containment", []).append({"at": stamp, "by": by, "text": step})
        return step

    return _audited(store, ref, change, by=by, action="containment", expected_version=expected_version,
                    facts={"field": "containment", "added": 1})


def set_subjects_told(store: Store, ref: str, told: bool, how: str = "", *, by: str, role: str | None,
                      expected_version: int | None = None) -> Incident:
    """Whether (and how) the data subjects were told — a field of the ICO form."""
    require_role(role, "record whether data subjects were told")

    def change(inc: Incident, detail: dict[str, Any]) -> str:
        detail["subjects_told"] = {"told": told, "how": how.strip()}
        return ("data subjects told" if told else "data subjects not told") + (f": {how}" if how else "")

    return _audited(store, ref, change, by=by, action="subjects_told", expected_version=expected_version,
                    facts={"field": "subjects_told", "to": told, "how_given": bool(how.strip())})


def set_breach_type(store: Store, ref: str, breach_type: str, *, by: str, role: str | None,
                    expected_version: int | None = None) -> Incident:
    require_role(role, "set the breach type")
    if breach_type not in BREACH_TYPES:
        raise WorkflowError(f"breach type is one of {', '.join(BREACH_TYPES)}")

    facts: dict[str, Any] = {"field": "breach_type"}

    def change(inc: Incident, detail: dict[str, Any]) -> str:
        old, inc.breach_type = inc.breach_type, breach_type
        facts.update({"from": old, "to": breach_type})
        return f"breach type {old} → {breach_type}"

    return _audited(store, ref, change, by=by, action="breach_type", expected_version=expected_version,
                    facts=facts)


def link(store: Store, ref: str, other: str, *, by: str, role: str | None,
         expected_version: int | None = None) -> Incident:
    """Mark two incidents as related (both sides)."""
    require_role(role, "link incidents")
    other = other.strip().upper()
    if other == ref:
        raise WorkflowError("an incident cannot be linked to itself")
    store.get(other)                                   # NotFoundError if unknown

    def add(target: str):  # noqa: ANN202
        def change(inc: Incident, detail: dict[str, Any]) -> str | None:
            if target in inc.related:
                return None
            inc.related.append(target)
            return f"linked to {target}"
        return change

    updated = store.update(ref, add(other), by=by, action="link", expected_version=expected_version)
    store.update(other, add(ref), by=by, action="link")
    _audit_log(store.root).append("link", by=by, ref=ref, detail={"field": "related", "other": other})
    return updated


def merge(store: Store, dup: str, into: str, *, by: str, role: str | None,
          expected_version: int | None = None) -> Incident:
    """Fold duplicate ``dup`` into ``into``: reporters move over, ``dup`` is closed as a duplicate."""
    require_role(role, "merge duplicates")
    into = into.strip().upper()
    if into == dup:
        raise WorkflowError("an incident cannot be merged into itself")
    target = store.get(into)
    if target.status == Status.CLOSED:
        raise WorkflowError(f"{into} is closed; reopen it before merging into it")
    stamp = iso(utcnow())
    moved: dict[str, Any] = {}

    def close_dup(inc: Incident, detail: dict[str, Any]) -> str:
        moved.update(reporters=list(inc.reporters or [inc.reporter]), spool_ids=list(inc.spool_ids),
                     received_at=inc.received_at)
        if into not in inc.related:
            inc.related.append(into)
        inc.status = Status.CLOSED
        inc.decided_at = inc.decided_at or stamp
        detail["outcome"] = f"duplicate of {into}"
        detail["merged_into"] = into
        return f"merged into {into} (duplicate); closed"

    closed = store.update(dup, close_dup, by=by, action="merge", expected_version=expected_version)

    def absorb(inc: Incident, detail: dict[str, Any]) -> str:
        for r in moved["reporters"]:
            if r and r not in inc.reporters:
                inc.reporters.append(r)
        inc.spool_ids.extend(s for s in moved["spool_ids"] if s not in inc.spool_ids)
        if dup not in inc.related:
            inc.related.append(dup)
        detail.setdefault("merged_reports", []).append({"ref": dup, "received_at": moved["received_at"],
                                                        "reporters": moved["reporters"]})
        return f"{dup} merged into this incident"

    store.update(into, absorb, by=by, action="merge")
    _audit_log(store.root).append("merge", by=by, ref=dup, detail={"into": into, "to": str(Status.CLOSED)})
    return closed


# ------------------------------------------------------------ reveal/audit


def reveal(store: Store, ref: str, reason: str, *, by: str, role: str | None,
           via: str = "tui") -> dict[str, Any]:
    """Record a reveal of raw identifier values (audit log and timeline); returns the audit entry."""
    require_role(role, "reveal identifiers", REVEAL_ROLES)
    reason = _need(reason, "revealing identifiers: the reason (--reason on the command line)")
    entry = _audit_log(store.root).append("reveal", by=by, ref=ref, why=reason, detail={"via": via})
    store.update(ref, lambda inc, d: f"identifiers revealed; reason: {reason}", by=by, action="reveal")
    return entry


def record_export(store: Store, ref: str, *, by: str, role: str | None, fmt: str, revealed: bool,
                  reason: str = "", path: str = "", form: str = "") -> None:
    """Audit an export and note it in the timeline (who asked, and through which client, is the
    caller the guardian identified; the entry names the user)."""
    if revealed:
        require_role(role, "export with identifiers revealed", REVEAL_ROLES)
        reason = _need(reason, "exporting with identifiers revealed: the reason")
    _audit_log(store.root).append("export", by=by, ref=ref, why=reason or "export",
                                detail={"format": fmt, "revealed": revealed}
                                | ({"form": form} if form else {}))
    shape = f"the {form.upper()} form as {fmt}" if form else fmt
    text = f"exported {shape}" if form else f"exported as {fmt}"
    text += " with identifiers revealed" if revealed else " (masked)"
    store.update(ref, lambda inc, d: text + (f"; reason: {reason}" if reason else ""), by=by, action="export")


# ------------------------------------------------------- queue: urgency


def on_the_clock(inc: Incident) -> bool:
    """Reportable or not yet assessed, and no decision made: the 72-hour clock matters."""
    return inc.clock_running() and (inc.reportable or inc.status in UNASSESSED)


def urgency_key(inc: Incident, now: datetime) -> tuple:
    """Most urgent first: on-the-clock incidents by time left, then severity; then the rest.

    (:func:`on_the_clock` unrolled, the grade read once: this runs 10,000 times a sort.)
    """
    lik, sev, rep = inc.grade()
    if inc.status not in DECIDED:
        if rep or inc.status in UNASSESSED:
            # by the hour shown on the clock, then reportable first, then severity and likelihood
            hours_left = int(inc.time_left(now).total_seconds() // 3600)
            return (0, hours_left, not rep, -sev, -lik, inc.ref)
        return (1, -sev, inc.received_at, inc.ref)
    return (2, "~" if not inc.decided_at else "", _neg_iso(inc.received_at), inc.ref)


_NEG_DIGITS = str.maketrans({c: chr(0x7F - ord(c)) for c in "0123456789"})


def _neg_iso(s: str) -> str:
    if s.isascii():                                   # ISO timestamps: one C-level translate
        return s.translate(_NEG_DIGITS)
    return "".join(chr(0x7F - ord(c)) if c.isdigit() else c for c in s)


def sort_queue(incidents: list[Incident], now: datetime) -> list[Incident]:
    return sorted(incidents, key=lambda i: urgency_key(i, now))


def countdown(inc: Incident, now: datetime, *, short: bool = False) -> tuple[str, str]:
    """("31h left", style) — "" style normal, "urgent" under 12 h, "overdue", "stopped".

    A reported incident's clock stopped at the submission: "reported 01 Dec 14:30" (UK time;
    ``short``: "rep 01Dec", for the queue's column).
    """
    if inc.status == Status.REPORTED and inc.reported_at:
        when = parse_iso(inc.reported_at).astimezone(LONDON)
        return (when.strftime("rep %d%b") if short else when.strftime("reported %d %b %H:%M")), "stopped"
    if not inc.clock_running():
        return "stopped", "stopped"
    left = inc.time_left(now)
    secs = left.total_seconds()
    if secs <= 0:
        return "overdue", "overdue"
    hours = int(secs // 3600)
    text = f"{hours}h left" if hours >= 1 else f"{int(secs // 60)}m left"
    return text, ("urgent" if left < URGENT else "")


def header_counts(incidents: list[Incident], now: datetime) -> dict[str, int]:
    """Total, open, overdue, due within :data:`URGENT`, unassigned (not-reports left out): one pass."""
    total = open_ = overdue = urgent = unassigned = 0
    soon = URGENT.total_seconds()
    for i in incidents:
        if i.status in NOT_REPORTS:
            continue
        total += 1
        if i.status != Status.CLOSED:
            open_ += 1
            unassigned += not i.assignee
        if on_the_clock(i):
            left = i.time_left(now).total_seconds()
            overdue += left <= 0
            urgent += 0 < left < soon
    return {"total": total, "open": open_, "overdue": overdue, "urgent": urgent, "unassigned": unassigned}


# ------------------------------------------------------ queue: filtering


@dataclass
class QueueFilter:
    """Status, minimum severity, assignee, date range (received, inclusive) and free text."""

    statuses: frozenset[str] = field(default_factory=frozenset)
    min_severity: int = 0
    assignee: str | None = None          # "" = unassigned
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""

    def matches(self, inc: Incident, hay: str | None = None) -> bool:
        if self.statuses and inc.status not in self.statuses:
            return False
        if self.min_severity and inc.severity < self.min_severity:
            return False
        if self.assignee is not None and inc.assignee.lower() != self.assignee.lower():
            return False
        day = inc.received_at[:10]                        # ISO dates compare as strings
        if (self.date_from and day < self.date_from.isoformat()) or \
                (self.date_to and day > self.date_to.isoformat()):
            return False
        if self.text:
            hay = haystack(inc) if hay is None else hay
            return all(word in hay for word in self.text.lower().split())
        return True


def haystack(inc: Incident) -> str:
    """What free-text filtering searches: reference, people, subject, status, categories."""
    return " ".join((inc.ref, inc.reporter, inc.subject, inc.assignee, inc.status, inc.breach_type,
                     " ".join(inc.special_categories), " ".join(inc.reporters))).lower()


def parse_filter(query: str, *, me: str = "") -> QueueFilter:
    """``status:new,triage sev:3 assignee:me|none from:2026-01-01 to:2026-12-31 free words``."""
    f = QueueFilter()
    words: list[str] = []
    for token in query.split():
        key, sep, val = token.partition(":")
        key = key.lower()
        if not sep or not val:
            words.append(token)
            continue
        try:
            if key in ("status", "st"):
                f.statuses = frozenset(Status(s.strip()) for s in val.lower().split(",") if s.strip())
            elif key in ("sev", "severity"):
                f.min_severity = int(val.rstrip("+"))
            elif key in ("assignee", "as", "@"):
                f.assignee = "" if val.lower() in ("none", "-") else (me if val.lower() == "me" else val)
            elif key == "from":
                f.date_from = date.fromisoformat(val)
            elif key == "to":
                f.date_to = date.fromisoformat(val)
            else:
                words.append(token)
        except ValueError as exc:
            raise WorkflowError(f"filter '{token}': {exc}") from None
    f.text = " ".join(words)
    return f


def filter_queue(incidents: list[Incident], flt: QueueFilter,
                 hays: dict[str, str] | None = None) -> list[Incident]:
    """The incidents ``flt`` lets through; ``hays`` (ref → haystack) speeds up repeated text filters."""
    # the same tests as QueueFilter.matches, one cheap pass per test (order is kept, so the
    # result is the same list), with the per-filter work hoisted out of the loops; an empty
    # filter makes no pass at all (the queue's first draw)
    rows = incidents
    if flt.statuses:
        statuses = flt.statuses
        rows = [i for i in rows if i.status in statuses]
    if flt.min_severity:
        min_sev = flt.min_severity
        rows = [i for i in rows if i.severity >= min_sev]
    if flt.assignee is not None:
        assignee = flt.assignee.lower()
        rows = [i for i in rows if i.assignee.lower() == assignee]
    if flt.date_from:
        d_from = flt.date_from.isoformat()
        rows = [i for i in rows if i.received_at[:10] >= d_from]
    if flt.date_to:
        d_to = flt.date_to.isoformat()
        rows = [i for i in rows if i.received_at[:10] <= d_to]
    if flt.text:
        get = (hays or {}).get
        for word in flt.text.lower().split():
            rows = [i for i in rows if word in (get(i.ref) or haystack(i))]
    return list(rows) if rows is incidents else rows


# ------------------------------------------------------------- export


def report_fields(store: Store, ref: str, *, reveal: bool = False,
                  trusted_domains: Iterable[str] = ()) -> dict[str, Any]:
    """The fields the ICO breach form and the DSPT incident report ask for (masked unless ``reveal``)."""
    from breachdesk import report

    return report.export_fields(report.build(store.get(ref), store.detail(ref), reveal=reveal,
                                             trusted_domains=trusted_domains))


def export_report(store: Store, ref: str, *, fmt: str = "md", reveal: bool = False,
                  trusted_domains: Iterable[str] = (), form: str = "") -> str:
    """The incident report as Markdown or JSON; identifiers masked unless ``reveal`` (caller audits).

    ``trusted_domains`` ([mailbox] trusted_domains): addresses there are staff and shown;
    every other address and display name in the forwarded headers is masked.
    """
    from breachdesk import report, report_text

    if fmt not in ("md", "json"):
        raise WorkflowError(f"unknown export format {fmt!r} (md or json)")
    if form and form not in report.FORMS:
        raise WorkflowError(f"unknown form {form!r} ({' or '.join(report.FORMS)})")
    view = report.build(store.get(ref), store.detail(ref), reveal=reveal, trusted_domains=trusted_domains)
    if form:
        fields = report.form_fields(view, form)
        return report_text.form_json(fields) if fmt == "json" else report_text.form_markdown(fields)
    return report_text.export_json(view) if fmt == "json" else report_text.export_markdown(view)


def export_pdf(store: Store, ref: str, *, reveal: bool = False, trusted_domains: Iterable[str] = (),
               form: str = "") -> bytes:
    """The Markdown export (:func:`export_report`) typeset as a PDF: the same content, masked unless
    ``reveal`` (caller audits)."""
    from breachdesk import report_pdf

    text = export_report(store, ref, fmt="md", reveal=reveal, trusted_domains=trusted_domains, form=form)
    shape = f"the {form.upper()} form" if form else "incident report"
    return report_pdf.render(text, footer=f"{ref} — {shape} — identifiers {'REVEALED' if reveal else 'masked'}")
