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
from datetime import date, datetime, timedelta
from typing import Any

from breachdesk import access, report, report_text
from breachdesk.audit import AuditLog
from breachdesk.errors import AccessDenied, BreachdeskError
from breachdesk.model import DECIDED, Incident, Status, iso, utcnow
from breachdesk.store import Store

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
}
UNASSESSED = frozenset({Status.NEW, Status.UNPARSEABLE, Status.ANALYSING, Status.INCOMPLETE, Status.TRIAGE})
# not yet looked at by a person: the first status change or edit marks them triaged
UNTRIAGED = frozenset({Status.NEW, Status.UNPARSEABLE, Status.ANALYSING, Status.INCOMPLETE})
BREACH_TYPES = ("confidentiality", "integrity", "availability")


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
    AuditLog(store.root).append(action, by=by, ref=ref, why=why, detail=dict(facts or {}))
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
               now: datetime | None = None) -> Incident:
    """Move ``ref`` to ``new``. Closing needs an outcome; not reportable needs a reason."""
    require_role(role, "change status")
    new = Status(new)
    if new == Status.CLOSED:
        outcome = _need(outcome, "closing: the outcome")
    if new == Status.NOT_REPORTABLE:
        reason = _need(reason, "not reportable: the reason (the ICO expects it written down)")
    stamp = iso(now or utcnow())
    facts: dict[str, Any] = {"field": "status"}

    def change(inc: Incident, detail: dict[str, Any]) -> str:
        old = inc.status
        facts.update({"from": str(old), "to": str(new), "outcome": bool(outcome)})
        if new not in next_statuses(old):
            raise WorkflowError(f"{inc.ref}: cannot go from {old} to {new}; "
                                f"allowed: {', '.join(next_statuses(old)) or 'none'}")
        inc.status = new
        if old in UNTRIAGED and not inc.triaged_at:
            inc.triaged_at = stamp
        if new in DECIDED and not inc.decided_at:
            inc.decided_at = stamp
        text = f"status {old} → {new}"
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


def _mark_triaged(inc: Incident, stamp: str) -> None:
    if not inc.triaged_at and inc.status in UNTRIAGED:
        inc.triaged_at = stamp


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
        return f"grade {before} → L{likelihood} S{severity}; reason: {reason}"

    return _audited(store, ref, change, by=by, action="override", expected_version=expected_version,
                    why=reason, facts=facts)


def set_near_miss(store: Store, ref: str, near_miss: bool, *, by: str, role: str | None,
                  reason: str = "", expected_version: int | None = None) -> Incident:
    require_role(role, "mark near miss")

    def change(inc: Incident, detail: dict[str, Any]) -> str:
        inc.near_miss = near_miss
        text = "marked as a near miss" if near_miss else "no longer a near miss"
        return f"{text}; {reason}" if reason else text

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
    AuditLog(store.root).append("link", by=by, ref=ref, detail={"field": "related", "other": other})
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
    AuditLog(store.root).append("merge", by=by, ref=dup, detail={"into": into, "to": str(Status.CLOSED)})
    return closed


# ------------------------------------------------------------ reveal/audit


def reveal(store: Store, ref: str, reason: str, *, by: str, role: str | None,
           via: str = "tui") -> dict[str, Any]:
    """Record a reveal of raw identifier values (audit log and timeline); returns the audit entry."""
    require_role(role, "reveal identifiers", REVEAL_ROLES)
    reason = _need(reason, "revealing identifiers: the reason (--reason on the command line)")
    entry = AuditLog(store.root).append("reveal", by=by, ref=ref, why=reason, detail={"via": via})
    store.update(ref, lambda inc, d: f"identifiers revealed; reason: {reason}", by=by, action="reveal")
    return entry


def record_export(store: Store, ref: str, *, by: str, role: str | None, fmt: str, revealed: bool,
                  reason: str = "", path: str = "", via: str = "tui") -> None:
    """Audit an export and note it in the timeline."""
    if revealed:
        require_role(role, "export with identifiers revealed", REVEAL_ROLES)
        reason = _need(reason, "exporting with identifiers revealed: the reason")
    AuditLog(store.root).append("export", by=by, ref=ref, why=reason or "export",
                                detail={"format": fmt, "revealed": revealed, "via": via})
    text = f"exported as {fmt}" + (" with identifiers revealed" if revealed else " (masked)")
    store.update(ref, lambda inc, d: text + (f"; reason: {reason}" if reason else ""), by=by, action="export")


# ------------------------------------------------------- queue: urgency


def on_the_clock(inc: Incident) -> bool:
    """Reportable or not yet assessed, and no decision made: the 72-hour clock matters."""
    return inc.clock_running() and (inc.reportable or inc.status in UNASSESSED)


def urgency_key(inc: Incident, now: datetime) -> tuple:
    """Most urgent first: on-the-clock incidents by time left, then severity; then the rest."""
    if on_the_clock(inc):
        # by the hour shown on the clock, then reportable first, then severity and likelihood
        hours_left = int(inc.time_left(now).total_seconds() // 3600)
        return (0, hours_left, not inc.reportable, -inc.severity, -inc.likelihood, inc.ref)
    if inc.clock_running():
        return (1, -inc.severity, inc.received_at, inc.ref)
    return (2, "~" if not inc.decided_at else "", _neg_iso(inc.received_at), inc.ref)


_NEG_DIGITS = str.maketrans({c: chr(0x7F - ord(c)) for c in "0123456789"})


def _neg_iso(s: str) -> str:
    if s.isascii():                                   # ISO timestamps: one C-level translate
        return s.translate(_NEG_DIGITS)
    return "".join(chr(0x7F - ord(c)) if c.isdigit() else c for c in s)


def sort_queue(incidents: list[Incident], now: datetime) -> list[Incident]:
    return sorted(incidents, key=lambda i: urgency_key(i, now))


def countdown(inc: Incident, now: datetime) -> tuple[str, str]:
    """("31h left", style) — "" style normal, "urgent" under 12 h, "overdue", "stopped"."""
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
    open_ = [i for i in incidents if i.status != Status.CLOSED]
    clocked = [i for i in incidents if on_the_clock(i)]
    return {"total": len(incidents), "open": len(open_),
            "overdue": sum(1 for i in clocked if i.time_left(now).total_seconds() <= 0),
            "urgent": sum(1 for i in clocked if 0 < i.time_left(now).total_seconds() < URGENT.total_seconds()),
            "unassigned": sum(1 for i in open_ if not i.assignee)}


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
    if hays is None:
        return [i for i in incidents if flt.matches(i)]
    # the same tests as QueueFilter.matches, one cheap pass per test (order is kept, so the
    # result is the same list), with the per-filter work hoisted out of the loops
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
        get = hays.get
        for word in flt.text.lower().split():
            rows = [i for i in rows if word in (get(i.ref) or haystack(i))]
    return list(rows) if rows is incidents else rows


# ------------------------------------------------------------- export


def report_fields(store: Store, ref: str, *, reveal: bool = False,
                  trusted_domains: Iterable[str] = ()) -> dict[str, Any]:
    """The fields the ICO breach form and the DSPT incident report ask for (masked unless ``reveal``)."""
    return report.export_fields(report.build(store.get(ref), store.detail(ref), reveal=reveal,
                                             trusted_domains=trusted_domains))


def export_report(store: Store, ref: str, *, fmt: str = "md", reveal: bool = False,
                  trusted_domains: Iterable[str] = ()) -> str:
    """The incident report as Markdown or JSON; identifiers masked unless ``reveal`` (caller audits).

    ``trusted_domains`` ([mailbox] trusted_domains): addresses there are staff and shown;
    every other address and display name in the forwarded headers is masked.
    """
    if fmt not in ("md", "json"):
        raise WorkflowError(f"unknown export format {fmt!r} (md or json)")
    view = report.build(store.get(ref), store.detail(ref), reveal=reveal, trusted_domains=trusted_domains)
    return report_text.export_json(view) if fmt == "json" else report_text.export_markdown(view)
