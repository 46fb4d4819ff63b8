"""Every store operation for one caller: the only door to the store while the guardian runs.

``breachdesk serve`` (the guardian) owns the data directory. Its API
(:mod:`breachdesk.api.server`) turns each request into one call here with a
:class:`Caller` whose uid the kernel vouched for (``SO_PEERCRED``); in embedded
mode (no guardian, the caller owns the data directory) the CLI and the dashboard
call the same methods through :class:`breachdesk.api.backend.LocalBackend`.
So there is one place where a role is checked (:func:`breachdesk.access.require`,
with the guardian's own settings) and one place where an operation is audited.

The methods reuse the existing code — :mod:`breachdesk.actions` for the DPO's
actions and the report, :mod:`breachdesk.stats`, :mod:`breachdesk.retention`,
:mod:`breachdesk.audit`, :mod:`ingest.rescore` — and return plain JSON values (dicts,
lists, strings), so the API and the embedded backend hand the same shapes to their
callers. Nothing that leaves here without a reveal carries an identifier value:
rows and details pass through :func:`masked_row` / :func:`masked_detail`.
"""

from __future__ import annotations

import base64
import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

from breachdesk import access, actions, report, stats
from breachdesk.audit import AuditLog
from breachdesk.errors import AccessDenied, BadRequest, NotFoundError, StoreError, TooLarge
from breachdesk.maintenance import Host
from breachdesk.model import NOT_REPORTS, Incident, Status, utcnow
from breachdesk.settings import Settings, user_name
from breachdesk.store import Store
from breachdesk.textsafe import inert

log = logging.getLogger("breachdesk.service")

EXPORT_FORMATS = ("md", "json", "pdf")
LAB_RECENT = 20                     # incidents the pattern lab tries a candidate on
REFUSAL_QUIET = 60.0                # seconds: one access_refused entry per user and action at most


@dataclass(frozen=True)
class Caller:
    """Who is asking: the kernel's uid, its login name, and the role the guardian gives it."""

    uid: int
    user: str
    role: str | None


@dataclass(frozen=True)
class Act:
    """One DPO action of :mod:`breachdesk.actions` as the API offers it."""

    fn: Callable[..., Incident]
    permission: str                             # the breachdesk.access action it needs
    required: dict[str, type]                   # parameter -> type, in the function's order
    optional: dict[str, type]
    versioned: bool = True                      # takes expected_version


# name -> the actions.py function, its permission and parameters (the API's /actions/NAME)
ACTS: dict[str, Act] = {
    "status": Act(actions.set_status, "status", {"status": str},
                  {"outcome": str, "reason": str, "submitted_at": str, "channel": str, "dspt_ref": str,
                   "ico_ref": str, "delay_reason": str}),
    "report_update": Act(actions.report_update, "status", {"text": str}, {"dspt_ref": str, "ico_ref": str}),
    "withdraw": Act(actions.withdraw_report, "status", {"reason": str}, {}),
    "task_add": Act(actions.add_task, "edit", {"title": str}, {"owner": str, "due": str}),
    "task_done": Act(actions.set_task_done, "edit", {"task": int}, {"done": bool}),
    "task_edit": Act(actions.edit_task, "edit", {"task": int}, {"owner": str, "due": str}),
    "task_defaults": Act(actions.default_tasks, "edit", {}, {}),
    "letter_save": Act(actions.save_letter, "edit", {"kind": str, "text": str}, {}),
    "override": Act(actions.override, "override", {"likelihood": int, "severity": int, "reason": str}, {}),
    "assign": Act(actions.assign, "edit", {"assignee": str}, {}),
    "note": Act(actions.add_note, "edit", {"text": str}, {}),
    "containment": Act(actions.add_containment, "edit", {"step": str}, {}),
    "near_miss": Act(actions.set_near_miss, "edit", {"near_miss": bool}, {"reason": str}),
    "subjects_told": Act(actions.set_subjects_told, "edit", {"told": bool}, {"how": str}),
    "breach_type": Act(actions.set_breach_type, "edit", {"breach_type": str}, {}),
    "link": Act(actions.link, "edit", {"other": str}, {}),
    "merge": Act(actions.merge, "edit", {"into": str}, {}),
}


# ------------------------------------------------------------------ masking


ROW_FIELDS = tuple(f.name for f in fields(Incident))


def masked_row(inc: Incident) -> dict[str, Any]:
    """A queue row as a caller without a reveal may see it (the row holds no identifier values).

    A shallow copy, only serialised: ``dataclasses.asdict``'s deep copy costs 30 times more,
    and the queue is 10,000 rows.
    """
    d = inc.__dict__
    return {f: d[f] for f in ROW_FIELDS if f in d}


# The queue's compact form (``form=queue``): only the columns the dashboard's queue, filters and
# statistics read, one JSON array per row (no key repeated 10,000 times), the grades without
# their reasons. Open an incident for the rest.
QUEUE_COLUMNS = ("ref", "received_at", "deadline", "reporter", "subject", "status", "reporters", "subjects",
                 "special_categories", "auto", "override", "near_miss", "breach_type", "assignee", "version",
                 "decided_at", "triaged_at", "reported_at", "tasks_open", "task_due")
GRADE_KEYS = ("likelihood", "severity", "reportable")
LIST_FORMS = ("", "queue")


class QueueRow(list):  # type: ignore[type-arg]
    """One incident in the queue's compact form; ``json`` memoises its encoding (the API's)."""

    __slots__ = ("json",)

    def __init__(self, values: list[Any]) -> None:
        super().__init__(values)
        self.json: str | None = None


def _grade(g: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if g is None else {k: g[k] for k in GRADE_KEYS if k in g}


def queue_row(inc: Incident) -> QueueRow:
    """An incident as a row of the compact queue (masked: a queue row holds no identifier values)."""
    d = inc.__dict__
    return QueueRow([_grade(d[c]) if c in ("auto", "override") else d[c] for c in QUEUE_COLUMNS])


def masked_detail(inc: Incident, detail: dict[str, Any], settings: Settings) -> dict[str, Any]:
    """A detail document with every identifier value masked: :func:`breachdesk.report.masked_detail`.

    The one masking function (:mod:`breachdesk.masking`), with the guardian's own trusted
    domains: identifiers lose their raw ``value``/``text`` and offsets; sections, header
    parties, subjects, attachment names, notes and the timeline are masked where the
    identifiers are. This is the only place the service masks a detail.
    """
    return report.masked_detail(inc, detail, trusted_domains=settings.mailbox.trusted_domains)


def _tick_of(as_of: str, epoch: str) -> int | None:
    """The read number in an ``as_of`` of this service; None (send everything) otherwise."""
    if not as_of:
        return None
    mine, _, tick = as_of.partition(":")
    if mine != epoch or not tick.isdigit():
        return None
    return int(tick)


# ------------------------------------------------------------------ service


def _check(name: str, value: Any, kind: type) -> Any:
    ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
    if not ok:
        raise BadRequest(f"'{name}' must be {'a number' if kind is int else kind.__name__.replace('str', 'text')}")
    return value


def act_args(name: str, params: dict[str, Any]) -> tuple[Act, list[Any], dict[str, Any]]:
    """The Act for ``name`` and its positional and keyword arguments, checked (BadRequest)."""
    act = ACTS.get(name)
    if act is None:
        raise BadRequest(f"unknown action '{name}'; one of {', '.join(sorted(ACTS))}")
    unknown = sorted(set(params) - set(act.required) - set(act.optional))
    if unknown:
        raise BadRequest(f"{name}: unknown parameter(s) {', '.join(unknown)}")
    args = []
    for key, kind in act.required.items():
        if key not in params:
            raise BadRequest(f"{name}: '{key}' is required")
        args.append(_check(key, params[key], kind))
    kw = {key: _check(key, params[key], kind) for key, kind in act.optional.items() if key in params}
    return act, args, kw


class StoreService:
    """The store's operations, each checked against the caller's role and audited.

    ``settings`` may be a callable so that the guardian's reloaded settings (a changed
    ``[access]``) apply to the next request without a restart.
    """

    def __init__(self, settings: Settings | Callable[[], Settings], store: Store, *,
                 host: Host | None = None, via: str = "guardian") -> None:
        self._settings = settings
        self.store = store
        self.host = host or Host(self.settings, store)   # the spool imported mail goes to; key swaps
        self.via = via                                     # "guardian" or "embedded", in audit entries
        self._rescore: dict[str, Any] = {"state": "idle"}
        self._rescore_lock = threading.Lock()
        self._epoch = secrets.token_hex(6)                      # this service's id in as_of
        self._tick = 0
        self._versions: dict[str, tuple[int, int]] = {}          # ref -> (version, read that first saw it)
        self._versions_lock = threading.Lock()
        self._refusals: dict[tuple[int, str], tuple[float, int]] = {}   # (uid, action) -> (audited at, since)
        # ref -> ((version, updated_at), row): the compact queue, rebuilt only for changed incidents
        self._queue_rows: dict[str, tuple[tuple[int, str], QueueRow]] = {}

    # -- who --------------------------------------------------------------
    @property
    def settings(self) -> Settings:
        return self._settings() if callable(self._settings) else self._settings

    def caller_for(self, uid: int) -> Caller:
        """The caller for a kernel-reported uid, with the role from the guardian's settings."""
        user = user_name(uid)
        return Caller(uid=uid, user=user, role=self.settings.role_of(user))

    def known_users(self) -> list[str]:
        """The users an incident or a task may be given to: everyone with a role in ``[access]``
        (with every list empty, a single-user install: the data directory's owner)."""
        a = self.settings.access
        users = [*a.dpo, *a.admin, *a.viewer] or [self.settings.data_owner()]
        return sorted(set(users))

    def check_user(self, name: str, what: str) -> str:
        """``name`` if it is one of :meth:`known_users`; else BadRequest naming who may be chosen."""
        name = name.strip()
        users = self.known_users()
        if name not in users:
            shown = ", ".join(users[:12]) + (" …" if len(users) > 12 else "")
            raise BadRequest(f"{what} must be a user in [access] ({shown}); '{inert(name)[:40]}' is not one")
        return name

    def audit_log(self) -> AuditLog:
        return AuditLog(self.store.root)

    def audit(self, caller: Caller, action: str, *, ref: str = "", why: str = "",
              detail: dict[str, Any] | None = None) -> None:
        self.audit_log().try_append(action, by=caller.user, ref=ref, why=why, detail=detail)

    def require(self, caller: Caller, action: str, *, ref: str = "") -> str:
        """:func:`breachdesk.access.require`; a refusal is audited (``access_refused``) and raised."""
        try:
            return access.require(self.settings, caller.user, action)
        except AccessDenied:
            repeats = self._refusal_repeats(caller, action)
            if repeats is not None:
                self.audit(caller, "access_refused", ref=ref, why=access.DESCRIPTIONS.get(action, action),
                           detail={"action": action, "role": caller.role or "none", "uid": caller.uid,
                                   "repeated_since_last_entry": repeats})
            raise

    def _refusal_repeats(self, caller: Caller, action: str) -> int | None:
        """How many refusals of (uid, action) went unrecorded before this one; None: record none now.

        Every refusal is refused; the first in each :data:`REFUSAL_QUIET` is audited (with the
        count of those in between), so a client in a loop cannot fill the disk with the log.
        """
        key, now = (caller.uid, action), time.monotonic()
        with self._versions_lock:
            last, skipped = self._refusals.get(key, (None, 0))
            if last is not None and now - last < REFUSAL_QUIET:
                self._refusals[key] = (last, skipped + 1)
                return None
            self._refusals[key] = (now, 0)
            return skipped

    # -- reading ----------------------------------------------------------
    def whoami(self, caller: Caller) -> dict[str, Any]:
        self.require(caller, "view")
        return {"uid": caller.uid, "user": caller.user, "role": caller.role,
                "actions": access.actions_of(caller.role)}

    def revision(self, caller: Caller) -> dict[str, Any]:
        self.require(caller, "view")
        return {"revision": self.store.revision()}

    def list_incidents(self, caller: Caller, *, status: str = "", changed_since: str = "",
                       form: str = "", first: int = 0) -> dict[str, Any]:
        """The queue, masked, with the revision it was read at (poll ``revision`` to know when to re-read).

        ``form="queue"`` gives the compact form the dashboard reads: ``columns``
        (:data:`QUEUE_COLUMNS`) and ``rows``, one array per incident, instead of
        ``incidents``; its rows are kept between reads and rebuilt only for incidents that
        changed.

        ``changed_since`` (the ``as_of`` of an earlier answer) gives only the rows created or
        changed since that answer, so a dashboard does not fetch 10,000 rows for each new
        report. No clocks: the service notes, at each read, which rows have a version it has
        not seen (``as_of`` is this service's id and read count); an ``as_of`` from another
        service (the guardian restarted) gets the whole queue (``complete``).

        ``first=N`` (compact form only) gives the first screen of a dashboard starting up: the
        ``N`` most urgent open incidents (the queue's order, :func:`breachdesk.actions.sort_queue`,
        not-reports and closed ones left out, as its "open" view), the header's ``counts`` of the
        whole queue (:func:`breachdesk.actions.header_counts`), ``partial`` and no ``as_of``:
        the whole queue is read next, and followed from that read.
        """
        self.require(caller, "view")
        if form not in LIST_FORMS:
            raise BadRequest(f"form must be one of: {', '.join(f for f in LIST_FORMS if f)} (or none)")
        if first < 0 or (first and (form != "queue" or changed_since or status)):
            raise BadRequest("first=N is a positive number of rows of the whole compact queue (form=queue)")
        rev = self.store.revision()
        rows = every = self.store.list_incidents()
        if first:
            now = utcnow()
            top = actions.sort_queue([r for r in rows if r.status not in NOT_REPORTS and r.status != Status.CLOSED],
                                     now)[:first]
            return {"revision": rev, "as_of": "", "complete": False, "partial": True,
                    "counts": actions.header_counts(every, now), "columns": list(QUEUE_COLUMNS),
                    "rows": self._queue(top, every)}
        tick, stamps = self._note_versions(rows)
        since = _tick_of(changed_since, self._epoch)
        if status:
            rows = [r for r in rows if r.status == status]
        if since is not None:
            rows = [r for r in rows if stamps.get(r.ref, tick) > since]
        head = {"revision": rev, "as_of": f"{self._epoch}:{tick}", "complete": since is None}
        if form == "queue":
            return head | {"columns": list(QUEUE_COLUMNS), "rows": self._queue(rows, every)}
        return head | {"incidents": [masked_row(r) for r in rows]}

    def warm_queue(self) -> list[QueueRow]:
        """Read the store and build the compact queue (nothing leaves): the guardian's start-up."""
        rows = self.store.list_incidents()
        return self._queue(rows, rows)

    def _queue(self, rows: list[Incident], every: list[Incident]) -> list[QueueRow]:
        """The compact rows of ``rows``: the kept ones where the incident has not changed."""
        with self._versions_lock:
            kept = self._queue_rows
            out = []
            for inc in rows:
                key = (inc.version, inc.updated_at)
                hit = kept.get(inc.ref)
                if hit is None or hit[0] != key:
                    hit = kept[inc.ref] = (key, queue_row(inc))
                out.append(hit[1])
            if len(kept) > len(every) + 1000:           # purged or merged away: forget them
                live = {inc.ref for inc in every}
                for ref in [r for r in kept if r not in live]:
                    del kept[ref]
            return out

    def _note_versions(self, rows: list[Incident]) -> tuple[int, dict[str, int]]:
        """This read's number, and for each ref the read that first saw its current version."""
        with self._versions_lock:
            self._tick += 1
            for r in rows:
                seen = self._versions.get(r.ref)
                if seen is None or seen[0] != r.version:
                    self._versions[r.ref] = (r.version, self._tick)
            return self._tick, {ref: t for ref, (_v, t) in self._versions.items()}

    def show(self, caller: Caller, ref: str) -> dict[str, Any]:
        self.require(caller, "view", ref=ref)
        inc = self.store.get(ref)
        return {"incident": masked_row(inc), "detail": masked_detail(inc, self.store.detail(ref), self.settings)}

    def reveal(self, caller: Caller, ref: str, reason: str) -> dict[str, Any]:
        """The raw detail, after recording who, why and when (audit log and timeline)."""
        self.require(caller, "reveal", ref=ref)
        reason = (reason or "").strip()
        if not reason:
            raise BadRequest("revealing identifiers needs a reason (it is audited)")
        self.store.get(ref)                                   # NotFoundError before anything is written
        actions.reveal(self.store, ref, reason, by=caller.user, role=caller.role)
        detail = dict(self.store.detail(ref))
        detail["revealed"] = True
        return {"incident": self.store.get(ref).to_doc(), "detail": detail}

    def export(self, caller: Caller, ref: str, *, fmt: str = "md", reveal: bool = False,
               reason: str = "", form: str = "") -> dict[str, Any]:
        """The incident report, or a regulator's form (``form``: dspt, ico), masked unless ``reveal``
        with a reason; audited either way. Markdown and JSON come as ``text``; a PDF (the Markdown
        typeset, :mod:`breachdesk.report_pdf`) as ``data`` in base64."""
        self.require(caller, "export_reveal" if reveal else "export", ref=ref)
        if fmt not in EXPORT_FORMATS:
            raise BadRequest(f"unknown export format '{fmt}' (md, json or pdf)")
        if form and form not in report.FORMS:
            raise BadRequest(f"unknown form '{form}' (dspt: the DSPT incident reporting tool; ico: the ICO's "
                             "breach report)")
        reason = (reason or "").strip()
        if reveal and not reason:
            raise BadRequest("an export with identifier values needs a reason (it is audited)")
        trusted = self.settings.mailbox.trusted_domains
        out: dict[str, Any] = {"ref": ref, "format": fmt, "form": form, "revealed": reveal}
        if fmt == "pdf":
            data = actions.export_pdf(self.store, ref, reveal=reveal, trusted_domains=trusted, form=form)
            out.update(encoding="base64", data=base64.b64encode(data).decode("ascii"))
        else:
            out["text"] = actions.export_report(self.store, ref, fmt=fmt, reveal=reveal, trusted_domains=trusted,
                                                form=form)
        actions.record_export(self.store, ref, by=caller.user, role=caller.role, fmt=fmt, revealed=reveal,
                              reason=reason, form=form)
        return out

    def ask_reporter(self, caller: Caller, ref: str, *, template: str, text: str = "") -> dict[str, Any]:
        """Send a templated question to the incident's reporter(s) through the relay (queued in the
        outbox the guardian's notifier sends from), and record it in the incident's conversation."""
        from breachdesk import conversation
        from ingest.ack import Notifier

        self.require(caller, "edit", ref=ref)
        if template not in conversation.TEMPLATES:
            raise BadRequest(f"unknown question '{template}'; one of {', '.join(conversation.TEMPLATES)}")
        text = (text or "").strip()
        if template == "other" and not text:
            raise BadRequest("a question of your own needs its text")
        if len(text) > conversation.MAX_TEXT:
            raise BadRequest(f"the question is at most {conversation.MAX_TEXT} characters")
        inc = self.store.get(ref)
        to = sorted({r for r in (inc.reporters or [inc.reporter]) if "@" in r})
        settings = self.settings
        if not settings.relay.host:
            raise BadRequest("no [relay] host is configured: questions to reporters are sent through the relay")
        if not to:
            raise BadRequest(f"{ref} has no reporter address to write to")
        item_key = secrets.token_hex(6)
        Notifier(settings, self.store).queue_message(
            "question", ref, item_key, to, conversation.subject(ref, template),
            conversation.body(ref, template, text), reply_to=settings.mailbox.addresses[0])
        inc = actions.record_question(self.store, ref, template, text, to=to, by=caller.user, role=caller.role)
        return {"incident": masked_row(inc), "queued": True, "recipients": len(to)}

    def letter(self, caller: Caller, ref: str, *, kind: str, reveal: bool = False,
               reason: str = "") -> dict[str, Any]:
        """A draft letter (:mod:`breachdesk.letters`) from the incident's view, masked unless ``reveal``
        with a reason (then recorded as a reveal); the letters saved before come with it."""
        from breachdesk import letters

        self.require(caller, "reveal" if reveal else "export", ref=ref)
        if kind not in letters.KINDS:
            raise BadRequest(f"unknown letter '{kind}' ({' or '.join(letters.KINDS)})")
        reason = (reason or "").strip()
        if reveal and not reason:
            raise BadRequest("a letter with identifier values needs a reason (it is audited)")
        inc = self.store.get(ref)
        if reveal:
            actions.reveal(self.store, ref, reason, by=caller.user, role=caller.role, via="letter")
        detail = self.store.detail(ref)
        view = report.build(inc, detail, reveal=reveal, trusted_domains=self.settings.mailbox.trusted_domains)
        contact = f"{self.settings.mailbox.addresses[0]} [telephone]"
        raw = [x for x in detail.get("letters") or [] if isinstance(x, dict) and x.get("kind") == kind]
        saved = [{**x, "version": x.get("version") or n} for n, x in enumerate(raw, 1)]
        if not reveal:       # masked; flagged where masking changed the text (editing that would lose names)
            shown = report.masked_detail(inc, {**detail, "letters": saved},
                                         trusted_domains=self.settings.mailbox.trusted_domains)["letters"]
            saved = [{**m, "names_withheld": m.get("text") != x.get("text")}
                     for m, x in zip(shown, saved, strict=True)]
        self.audit(caller, "letter_draft", ref=ref, why=reason or "draft",
                   detail={"kind": kind, "revealed": reveal})
        return {"ref": ref, "kind": kind, "revealed": reveal, "text": letters.draft(view, kind, contact=contact),
                "saved": saved}

    def search(self, caller: Caller, *, kind: str, value: str, dob: str = "", reason: str = "") -> dict[str, Any]:
        """The incidents holding one person's identifier (:mod:`breachdesk.person_index`), masked.

        Nothing is decrypted: the typed value is normalised and hashed under the guardian's key and
        looked up. Audited with the hash, never the value.
        """
        from breachdesk import person_index

        self.require(caller, "search")
        form = person_index.query_form(kind, value, dob)
        h, refs = person_index.search(self.store.root, form)
        rows = []
        for ref in refs:
            try:
                inc = self.store.get(ref)
            except NotFoundError:
                continue                                     # indexed, then removed
            if not inc.purged_at:                            # retention removed its values: not "holding" any
                rows.append(masked_row(inc))
        self.audit(caller, "search", why=(reason or "").strip() or "person search",
                   detail={"kind": kind, "hmac": h, "found": len(rows)})
        return {"kind": kind, "hmac": h, "incidents": rows}

    def search_reindex(self, caller: Caller) -> dict[str, Any]:
        """Index every stored incident again (those filed before the index, or after a lost key)."""
        from breachdesk import person_index

        self.require(caller, "search")
        self.require(caller, "rescore")
        n = 0
        for inc in self.store.list_incidents():
            person_index.index_incident(self.store.root, inc.ref, self.store.detail(inc.ref))
            n += 1
        self.audit(caller, "search_reindex", why="rebuild the person index", detail={"incidents": n})
        return {"indexed": n}

    def stats(self, caller: Caller, *, year: int | None = None, by: str = "month", view: str = "counts",
              fy: bool = False, people: bool = False, min_count: int = 2, reason: str = "") -> dict[str, Any]:
        """Statistics from the masked rows (:mod:`breachdesk.stats`): the counts ``by`` a dimension,
        or one of the other :data:`~breachdesk.stats.VIEWS`, for a calendar year or (``fy``) the
        financial year starting in ``year``.

        Repeat sources name teams (``[stats] teams``, else the address's domain); ``people`` names
        the reporters instead, for the dpo role only, and is audited.
        """
        self.require(caller, "view")
        view = view or "counts"
        if view not in stats.VIEWS:
            raise BadRequest(f"unknown view '{view}'; one of {', '.join(stats.VIEWS)}")
        if by not in stats.DIMENSIONS:
            raise BadRequest(f"unknown breakdown '{by}'; one of {', '.join(stats.DIMENSIONS)}")
        if people and view != "sources":
            raise BadRequest("'people' goes with the view 'sources'")
        if min_count < 1:
            raise BadRequest("'min' must be at least 1")
        if people:
            self.require(caller, "stats_people")
        rows = stats.in_period(stats.reports_only(self.store.list_incidents()), year, fy=fy)  # no bounces
        if view == "counts":
            return {"view": view, "year": year, "fy": fy, "by": by, "total": len(rows),
                    "table": stats.breakdown(rows, by=by)}
        result = stats.view(rows, view, fy=fy, teams=self.settings.stats.teams, people=people,
                            min_count=min_count)
        if people:
            self.audit(caller, "stats_people", why=(reason or "").strip() or "repeat sources by reporter",
                       detail={"year": year, "fy": fy, "sources": len(result["sources"])})
        return {"view": view, "year": year, "fy": fy, **result}

    # -- acting -----------------------------------------------------------
    def act(self, caller: Caller, ref: str, name: str, params: dict[str, Any] | None = None, *,
            expected_version: int | None = None) -> dict[str, Any]:
        """One DPO action (see :data:`ACTS`); returns the incident row after it."""
        act, args, kw = act_args(name, dict(params or {}))
        self.require(caller, act.permission, ref=ref)
        if name == "assign" and args[0].strip():
            self.check_user(args[0], "the assignee")
        if str(kw.get("owner") or "").strip():
            self.check_user(kw["owner"], "the task's owner")
        if act.versioned and expected_version is not None:
            kw["expected_version"] = _check("expected_version", expected_version, int)
        # audited by the action itself (breachdesk.actions: field names, old -> new, the reason)
        inc = act.fn(self.store, ref, *args, by=caller.user, role=caller.role, **kw)
        return {"incident": masked_row(inc)}

    def purge(self, caller: Caller, *, dry_run: bool = False, reason: str = "") -> dict[str, Any]:
        """Retention (:func:`breachdesk.retention.purge`, which audits each incident it purges)."""
        from breachdesk.retention import purge

        self.require(caller, "purge")
        report = purge(self.settings, self.store, dry_run=dry_run, by=caller.user, why=reason.strip())
        if not dry_run:
            self.audit(caller, "purge_run", why=reason.strip() or "retention",
                       detail={"incidents": len(report.items), "spool_files": report.spool_files})
        return {"retention_days": report.retention_days, "cutoff": report.cutoff, "dry_run": report.dry_run,
                "items": [{**asdict(i), "summary": i.summary()} for i in report.items],
                "spool_files": report.spool_files, "kept_open": report.kept_open,
                "kept_recent": report.kept_recent}

    # -- rescore: a job in its own thread (the analysis takes minutes) ----------------
    def rescore_start(self, caller: Caller, *, since: str = "") -> dict[str, Any]:
        """Start re-analysing the stored incidents; poll :meth:`rescore_status` for the report."""
        self.require(caller, "rescore")
        if since:
            try:
                since = date.fromisoformat(since).isoformat()
            except ValueError:
                raise BadRequest(f"since: not a date: {since!r} (use YYYY-MM-DD)") from None
        with self._rescore_lock:
            if self._rescore.get("state") == "running":
                return dict(self._rescore)
            self._rescore = {"state": "running", "by": caller.user, "since": since}
        self.audit(caller, "rescore", why="re-analyse with the current config", detail={"since": since})
        threading.Thread(target=self._run_rescore, args=(caller, since), name="breachdesk-rescore",
                         daemon=True).start()
        return dict(self._rescore)

    def _run_rescore(self, caller: Caller, since: str) -> None:
        from ingest.rescore import rescore

        # its own Store: the service's is used by the request thread meanwhile
        store = type(self.store)(self.store.root, cipher=self.store.cipher)
        try:
            rep = rescore(self.settings, store, since=since, by=caller.user)
        except Exception as exc:  # noqa: BLE001 - the job reports its failure, the guardian lives on
            log.error("rescore failed: %s", exc.__class__.__name__)
            result = {"state": "failed", "error": f"rescore failed: {exc.__class__.__name__}"}
        else:
            result = {"state": "done", "examined": rep.examined, "changed": rep.changed,
                      "unchanged": rep.unchanged, "skipped": list(rep.skipped)}
        with self._rescore_lock:
            self._rescore = {**self._rescore, **result}

    def rescore_status(self, caller: Caller) -> dict[str, Any]:
        self.require(caller, "rescore")
        with self._rescore_lock:
            return dict(self._rescore)

    # -- audit ------------------------------------------------------------
    def audit_verify(self, caller: Caller, *, anchors: list[str] | None = None) -> dict[str, Any]:
        """The audit log checked (:func:`breachdesk.audit.verify_report`), against external
        anchors too (``N:MAC`` or lines copied from the system log)."""
        from breachdesk.audit import verify_report

        self.require(caller, "audit")
        try:
            return verify_report(self.store, anchors=list(anchors or []))
        except ValueError as exc:
            raise BadRequest(f"anchor: {exc}") from None

    # -- pattern lab ----------------------------------------------------------
    def lab_recent(self, caller: Caller, *, n: int = LAB_RECENT) -> dict[str, Any]:
        """The most recent incidents (ref, version) the lab tries a candidate on."""
        self.require(caller, "patterns_lab")
        rows = sorted(self.store.list_incidents(), key=lambda i: i.received_at, reverse=True)[:max(0, n)]
        return {"incidents": [{"ref": i.ref, "version": i.version} for i in rows]}

    def lab_effects(self, caller: Caller, candidate: dict[str, Any], *, n: int = LAB_RECENT) -> dict[str, Any]:
        """What a candidate recogniser would change in the recent incidents, computed here over the
        raw text (which never leaves the guardian); matches come back masked."""
        from nlp import lab
        from nlp.patterns import load_patterns

        self.require(caller, "patterns_lab")
        c = lab.candidate_from_json(candidate)
        cfg = load_patterns(self.settings.patterns_path())
        error = lab.problem(c, cfg)
        if error:
            raise BadRequest(error)
        effects = []
        for row in self.lab_recent(caller, n=n)["incidents"]:
            effects.append(asdict(lab.effect(c, cfg, row["ref"], self.store.detail(row["ref"]))))
        return {"effects": effects}

    def patterns_saved(self, caller: Caller, *, recognizer: str, file: str) -> dict[str, Any]:
        """Record that the caller saved a recogniser from the pattern lab (the file is theirs to write)."""
        self.require(caller, "patterns_lab")
        self.audit(caller, "patterns_saved", why="pattern lab", detail={"recognizer": recognizer, "file": file})
        return {"ok": True}

    # -- the data directory itself: imported mail, keys, permissions ---------------------
    def ingest_check(self, caller: Caller) -> dict[str, Any]:
        """May the caller import mail, and how large may one message be (the SMTP limit)."""
        self.require(caller, "ingest")
        return {"max_bytes": self.settings.mailbox.max_message_bytes}

    def ingest(self, caller: Caller, raw: bytes, *, label: str = "", delivered: str = "",
               as_new: bool = False) -> dict[str, Any]:
        """File one imported message like mail received: spooled durably first, then filed and
        analysed (by the daemon's pool, or here in embedded mode). Its bytes come from the caller,
        who read its own files; audited with its spool id and size, never its content or name."""
        from ingest.backfill import spool_import

        self.require(caller, "ingest")
        limit = self.settings.mailbox.max_message_bytes
        if len(raw) > limit:
            raise TooLarge(f"the message is {len(raw)} bytes; the mailbox takes at most {limit}")
        if not raw.strip():
            raise BadRequest("the message is empty")
        sid, when = spool_import(self.settings, self.host.spool, raw, label=label, delivered=delivered,
                                 as_new=as_new)
        self.audit(caller, "ingest", why="import of old mail",
                   detail={"spool_id": sid, "bytes": len(raw), "as_new": as_new, "dated": when is not None,
                           "via": self.via})
        return {"spool_id": sid, "dated": when is not None, **self.host.spooled(sid)}

    def ingest_status(self, caller: Caller, spool_ids: list[str]) -> dict[str, Any]:
        """What became of imported messages: filed (new or merged) or still waiting."""
        from breachdesk.maintenance import filed_state

        self.require(caller, "ingest")
        return {"messages": [{"spool_id": sid, **filed_state(self.store, sid)} for sid in spool_ids[:1000]]}

    def key_check(self, caller: Caller) -> dict[str, Any]:
        from breachdesk.maintenance import key_check

        self.require(caller, "keys")
        result = key_check(self.settings, self.store)
        self.audit(caller, "key_check", why="key check",
                   detail={"needing_old_keys": result["needing_old_keys"], "via": self.via})
        return result

    def key_rotate(self, caller: Caller, *, new_key: bool = True, retire_old: bool = False) -> dict[str, Any]:
        """Rotate the master key (or re-encrypt with the current one) in the process that holds it."""
        from breachdesk.maintenance import rotate_keys

        self.require(caller, "keys")
        with self._rescore_lock:
            if self._rescore.get("state") == "running":
                raise StoreError("not now: a rescore is running; rotate the keys when it is done")
        result = rotate_keys(self.settings, self.store, self.host, new_key=new_key, retire_old=retire_old)
        self.audit(caller, "key_rotate", why="new key" if new_key else "re-encrypt with the current key",
                   detail={k: result[k] for k in ("incident_keys", "spool_files", "details", "new_key",
                                                  "old_keys_retired", "needing_old_keys")} | {"via": self.via})
        return result

    def permissions(self, caller: Caller, *, fix: bool = False) -> dict[str, Any]:
        """The data directory's modes checked by its owner (and tightened with ``fix``)."""
        from breachdesk.maintenance import permissions

        self.require(caller, "permissions")
        result = permissions(self.store, fix=fix)
        self.audit(caller, "permissions_fix" if fix else "permissions_check", why="breachdesk permissions",
                   detail={"checked": result["checked"], "fixed": len(result["fixed"]),
                           "problems": len(result["problems"]), "via": self.via})
        return result

    # -- doctor, and the spool and outbox (``breachdesk doctor``, ``breachdesk queue``) --------
    def doctor(self, caller: Caller, *, rebuild: bool = False) -> dict[str, Any]:
        """Check the store, or (``rebuild``) make its queue again from the incident documents.

        In the guardian the rebuild is done here, by the process holding the queue in memory
        (:func:`breachdesk.maintenance.doctor`), never by a second process behind its back;
        not while a rescore or a key rotation runs. Audited with counts only.
        """
        from breachdesk.maintenance import doctor

        self.require(caller, "doctor_rebuild" if rebuild else "doctor")
        if rebuild:
            with self._rescore_lock:
                if self._rescore.get("state") == "running":
                    raise StoreError("not now: a rescore is running; rebuild the queue when it is done")
        result = doctor(self.store, rebuild=rebuild)
        self.audit(caller, "doctor_rebuild" if rebuild else "doctor_check",
                   why="breachdesk doctor --repair" if rebuild else "breachdesk doctor",
                   detail={"incidents": result["rebuilt"] if rebuild else None,
                           "problems": len(result["problems"]), "via": self.via})
        return result

    def queue(self, caller: Caller) -> dict[str, Any]:
        """The spool (incoming, analysing, failed) and the outbox, like mailq: ids, refs, sizes, ages."""
        from breachdesk.maintenance import queue_listing

        self.require(caller, "queue")
        result = queue_listing(self.store, self.host.spool)
        self.audit(caller, "queue_list", why="breachdesk queue",
                   detail={"spool": len(result["spool"]), "outbox": len(result["outbox"]), "via": self.via})
        return result

    def queue_retry(self, caller: Caller, ids: list[str], *, everything: bool = False) -> dict[str, Any]:
        """Failed messages back to the analysis and failed mail back to the outbox (the daemon woken)."""
        from breachdesk.maintenance import queue_retry

        self.require(caller, "queue_retry")
        if not everything and not ids:
            raise BadRequest("name the failed items to retry (IDs from `breachdesk queue`), or all of them")
        result = queue_retry(self.store, self.host, ids, everything=everything)
        self.audit(caller, "queue_retry", why="breachdesk queue retry",
                   detail={"messages": result["messages"], "mails": result["mails"], "all": everything,
                           "via": self.via})
        return result
