"""Where an analysed message goes when it is not simply a new report.

The worker asks :func:`file_special` before it files a report the ordinary way:

- *not a report* (an auto-reply, a bounce, list mail, our own mail — see
  :mod:`ingest.classify`): kept as an incident with status ``not_a_report``, outside
  the triage queue and the statistics, with its text and analysis (nothing is lost;
  the DPO can open the list and bring one back to triage);
- *a reply*: its ``In-Reply-To``/``References`` name one of our acknowledgements'
  Message-IDs, or its subject carries the ``[BD-…]`` reference of an incident and it
  comes from one of that incident's reporters (envelope sender or From): it is added
  to that incident ("reporter replied", its text kept, new identifiers merged) — no
  new incident and no new acknowledgement. A ``[BD-…]`` subject from anyone else is
  a new report: knowing a reference is not enough to write into an incident.

Everything else is a new report (``None``: the worker files it as before).

Under file-first filing (the daemon files each report from its headers before the
analysis), :func:`file_first` makes the same decision from the headers: a reply is
noted on its incident at once (no incident of its own is ever created), a
not-a-report is filed with that status (never shown in the queue as "analysing");
:func:`file_special` then completes either after the analysis.
"""

from __future__ import annotations

import logging
from typing import Any

from breachdesk.errors import NotFoundError
from breachdesk.model import Incident, Status
from breachdesk.settings import Settings
from breachdesk.store import Store
from ingest import classify
from ingest.ack import AckBook, own_domains
from ingest.spool import SpooledMessage

log = logging.getLogger("breachdesk.replies")


def mail_of(msg: SpooledMessage) -> classify.Mail:
    """The header facts of a spooled message; imported mail has no envelope sender to trust."""
    env = None if msg.envelope.peer == "ingest" else msg.envelope.mail_from
    return classify.read_mail(msg.raw, env)


def reply_target(store: Store, mail: classify.Mail) -> Incident | None:
    """The incident this message answers, if it is a reply to us or from one of its reporters."""
    book = AckBook(store.root)
    for mid in mail.refers_to:
        ref = book.ref_for(mid)
        if ref:
            try:
                return store.get(ref)
            except NotFoundError:
                pass
    senders = mail.senders
    for ref in mail.subject_refs():
        try:
            inc = store.get(ref)
        except NotFoundError:
            continue
        reporters = {r.strip().lower() for r in [inc.reporter, *inc.reporters] if r}
        if senders & reporters:
            return inc
    return None


def verdict_of(mail: classify.Mail, settings: Settings | None) -> classify.Verdict:
    return classify.classify(mail, own_domains=own_domains(settings) if settings else frozenset())


def file_first(store: Store, msg: SpooledMessage, settings: Settings | None) -> tuple[str, str]:
    """For the daemon's filing from headers, before analysis: ``("reply", ref)`` (already noted on
    incident ``ref``: file nothing new), ``("not a report", "")`` (file it with that status) or
    ``("report", "")``."""
    mail = mail_of(msg)
    verdict = verdict_of(mail, settings)
    if not verdict.is_report:
        return "not a report", ""
    target = reply_target(store, mail)
    if target is None:
        return "report", ""
    who = mail.envelope_from or mail.from_addr

    def note(inc: Incident, d: dict[str, Any]) -> str | None:
        if any(r.get("spool_id") == msg.id for r in d.get("replies", [])):
            return None
        if msg.id not in inc.spool_ids:
            inc.spool_ids.append(msg.id)
        d.setdefault("replies", []).append({"spool_id": msg.id, "received_at": msg.envelope.received_at,
                                            "from": who, "analysed": False})
        return f"reporter replied ({who}): being analysed" if who else "reporter replied: being analysed"

    store.update(target.ref, note, by="breachdesk", action="reporter replied")
    log.info("spool %s is a reply to %s: noted, analysing", msg.id, target.ref)
    return "reply", target.ref


def file_special(store: Store, msg: SpooledMessage, fields: dict[str, Any], detail: dict[str, Any],
                 settings: Settings | None) -> tuple[Incident, bool] | None:
    """File a not-a-report or a reply; ``None`` for a new report. Sets ``fields["mail"]`` (and
    ``fields["no_ack"]`` when nothing may be sent back) for the notifier."""
    mail = mail_of(msg)
    fields["mail"] = mail
    verdict = verdict_of(mail, settings)
    target = reply_target(store, mail)
    if not verdict.is_report:
        fields["no_ack"] = f"not a report ({verdict.kind})"
        return file_not_a_report(store, fields, detail, verdict, target), True
    if target is not None:
        fields["no_ack"] = f"a reply threaded into {target.ref}"
        return add_reply(store, target.ref, msg, fields, detail), False
    return None


_KEEP = frozenset({"ref", "received_at", "deadline", "reporter", "reporters", "spool_id", "spool_ids", "status",
                   "version", "updated_at", "decided_at", "triaged_at", "assignee", "related", "notes_count"})


def file_not_a_report(store: Store, fields: dict[str, Any], detail: dict[str, Any],
                      verdict: classify.Verdict, about: Incident | None = None) -> Incident:
    """Keep the message, analysed, with status ``not_a_report``; complete it if it was filed first."""
    why = {"kind": verdict.kind, "reason": verdict.reason}
    text = f"not a report: {verdict.kind} ({verdict.reason})"
    sid = str(fields.get("spool_id", ""))
    filed = store.find(spool_id=sid) if sid else None
    if filed is not None and filed.spool_id == sid:           # filed first from its headers: complete it
        def complete(inc: Incident, d: dict[str, Any]) -> str:
            known = Incident.__dataclass_fields__
            for key, value in fields.items():
                if key in known and key not in _KEEP:
                    setattr(inc, key, value)
            for key, value in detail.items():
                if key not in ("timeline", "ref") and not key.startswith("_"):
                    d[key] = value
            inc.status = Status.NOT_A_REPORT
            if about is not None and about.ref not in inc.related:
                inc.related.append(about.ref)
            d["not_a_report"] = why
            return text

        return store.update(filed.ref, complete, by="breachdesk", action="not a report")
    fields = dict(fields, status=Status.NOT_A_REPORT)
    if about is not None:
        fields["related"] = [about.ref]
    detail = dict(detail, not_a_report=why)
    detail["timeline"] = [*detail.get("timeline", []),
                          {"at": fields["received_at"], "by": "breachdesk", "action": "not a report",
                           "detail": text}]
    inc = store.create(fields, detail)
    log.info("spool %s filed as %s: not a report (%s)", sid, inc.ref, verdict.kind)
    return inc


def add_reply(store: Store, ref: str, msg: SpooledMessage, fields: dict[str, Any],
              detail: dict[str, Any]) -> Incident:
    """Add a reporter's reply to incident ``ref``: its text kept, new identifiers merged."""
    sid = msg.id
    who = fields.get("mail").envelope_from if isinstance(fields.get("mail"), classify.Mail) else ""
    who = who or str(fields.get("reporter", ""))

    def merge(inc: Incident, d: dict[str, Any]) -> str | None:
        replies = d.setdefault("replies", [])
        noted = next((r for r in replies if r.get("spool_id") == sid), None)
        if inc.spool_id == sid or (noted is not None and noted.get("analysed", True)):
            return None                               # already added (a re-run after a crash)
        if sid not in inc.spool_ids:
            inc.spool_ids.append(sid)
        known = {(i.get("kind"), i.get("value")) for i in d.get("identifiers", [])}
        n_reply = (len(replies) if noted is None else replies.index(noted)) + 1
        new = [dict(i, where=f"reply {n_reply}: {i.get('where', '')}")
               for i in detail.get("identifiers", []) if (i.get("kind"), i.get("value")) not in known]
        d.setdefault("identifiers", []).extend(new)
        for i in new:
            inc.identifier_counts[i["kind"]] = inc.identifier_counts.get(i["kind"], 0) + 1
        for cat in fields.get("special_categories", []):
            if cat not in inc.special_categories:
                inc.special_categories.append(cat)
        inc.subjects = max(inc.subjects, int(fields.get("subjects", 0) or 0))
        shown = [dict(sec, where=f"reply {n_reply}: {sec.get('where', '')}", role="reply")
                 for sec in detail.get("sections", []) if isinstance(sec, dict)]
        d.setdefault("sections", []).extend(shown)    # the Message tab and exports show it, masked
        entry = {"spool_id": sid, "received_at": fields.get("received_at", ""), "from": who,
                 "subject": (detail.get("headers") or {}).get("subject", ""),
                 "sections": detail.get("sections", []), "attachments": detail.get("attachments", []),
                 "notes": detail.get("notes", []), "new_identifiers": len(new), "analysed": True}
        if noted is not None:                         # noted when it was filed first: now analysed
            noted.update(entry)
        else:
            replies.append(entry)
        text = ("the reporter's reply is analysed" if noted is not None
                else f"reporter replied ({who})" if who else "reporter replied")
        return text + (f": {len(new)} new identifier(s) merged" if new else "")

    noted_first = any(r.get("spool_id") == sid for r in store.detail(ref).get("replies", []))
    inc = store.update(ref, merge, by="breachdesk", action="reply analysed" if noted_first else "reporter replied")
    log.info("spool %s is a reply: added to %s", sid, ref)
    return inc


def is_reply_of(inc: Incident, sid: str) -> bool:
    """True when spool ``sid`` is a reply added to ``inc`` (not the report ``inc`` was filed from)."""
    return sid != inc.spool_id and sid in inc.spool_ids


def reply_pending(store: Store, inc: Incident, sid: str) -> bool:
    """True while the reply ``sid`` noted on ``inc`` from its headers still waits for its analysis."""
    if not is_reply_of(inc, sid):
        return False
    return any(r.get("spool_id") == sid and not r.get("analysed", True) and not r.get("incomplete")
               for r in store.detail(inc.ref).get("replies", []))


def reply_incomplete(store: Store, ref: str, sid: str, why: str) -> Incident:
    """The analysis of a reply was given up on: say so on its entry; the incident itself is untouched."""

    def note(inc: Incident, d: dict[str, Any]) -> str | None:
        entry = next((r for r in d.get("replies", []) if r.get("spool_id") == sid), None)
        if entry is None or entry.get("analysed", True):
            return None
        entry["analysed"] = False
        entry["incomplete"] = why
        return f"the reporter's reply could not be analysed ({why}): read it in the spool ({sid})"

    return store.update(ref, note, by="breachdesk", action="reporter replied")
