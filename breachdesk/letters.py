"""Drafts of what has to be written: the letter to the people affected and the Caldicott summary.

Both are laid out from the one :class:`breachdesk.report.ReportView`, so a draft is masked
exactly as every other view is unless the incident was revealed (with a reason, audited): the
letter names the person and their identifiers only then. A draft is a starting point — the DPO
edits it (``breachdesk letter --file``, or the dashboard) and saves it to the incident, whose
detail is encrypted at rest; saving is audited with the kind and length, never the text.

The Article 34 letter (UK GDPR) must say in clear and plain language what happened, the DPO's
contact details, the likely consequences, and the measures taken or proposed — including what
the person can do to protect themselves.
"""

from __future__ import annotations

from breachdesk.report import LIKELIHOOD_TEXT, SEVERITY_GRID_TEXT, ReportView, who_has_been_told

KINDS = ("article34", "caldicott")
KIND_NAMES = {"article34": "notification to the people affected (UK GDPR Article 34)",
              "caldicott": "summary for the Caldicott Guardian"}
MAX_LETTER = 50_000


def _person(v: ReportView) -> str:
    if v.revealed:
        names = [i.value for i in v.identifiers if i.kind == "person_name" and i.subject == 1]
        if names:
            return names[0]
    return "[name of the person affected]"


def _measures(v: ReportView) -> list[str]:
    return [c.text for c in v.containment] or ["[what has been done to contain the breach]"]


def article34(v: ReportView, *, contact: str) -> str:
    cats = ", ".join(k.replace("_", " ") for k in sorted(v.identifier_counts)) or "personal information"
    special = (" It included information about your " + ", ".join(c.replace("_", " ") for c in v.special_categories)
               + ".") if v.special_categories else ""
    lines = [
        f"Dear {_person(v)},", "",
        f"Our reference: {v.ref}", "",
        "We are writing to tell you about an incident involving your personal information.", "",
        "What happened",
        f"On or around {v.when_it_happened}, {v.what_happened} We became aware of it on {v.received_at}. "
        f"The information involved was: {cats}.{special}", "",
        "What this may mean for you",
        f"We consider the likely consequences to be: {v.likely_consequences}.", "",
        "What we have done",
        *[f"- {m}" for m in _measures(v)], "",
        "What you can do",
        "- [advice: e.g. be alert to unexpected contact quoting your details; tell us if you are contacted]", "",
        "Who to contact",
        f"Our Data Protection Officer can answer your questions: {contact}. You also have the right to "
        "complain to the Information Commissioner's Office (ico.org.uk, 0303 123 1113).", "",
        "We are sorry that this has happened.", "",
        "Yours sincerely,", "", "[name]", "Data Protection Officer",
    ]
    return "\n".join(lines) + "\n"


def caldicott(v: ReportView) -> str:
    told = who_has_been_told(v)
    lines = [
        f"Caldicott Guardian summary — {v.ref}", "",
        f"Status: {v.status.replace('_', ' ')}" + (" (near miss)" if v.near_miss else ""),
        f"When it happened: {v.when_it_happened}; when we became aware: {v.received_at}",
        f"What happened: {v.what_happened}",
        f"People affected: about {v.subjects}; records: {sum(v.identifier_counts.values()) or len(v.identifiers)}",
        "Special categories: " + (", ".join(v.special_categories) or "none found"),
        f"Grade (DSPT grid): likelihood {v.likelihood} ({LIKELIHOOD_TEXT.get(v.likelihood, 'not assessed')}), "
        f"severity {v.severity} ({SEVERITY_GRID_TEXT.get(v.severity, 'not assessed')}); "
        + ("reportable to the ICO" if v.reportable else "not reportable"),
        "Who has been told: " + ("; ".join(told) or "nobody yet"),
        "Actions taken: " + ("; ".join(c.text for c in v.containment) or "none recorded"),
        "Open tasks: " + ("; ".join(t["title"] for t in v.tasks if not t.get("done")) or "none"), "",
        "Decision needed: [sign-off / further action]", "",
        "Caldicott Guardian: ____________________   Date: __________",
    ]
    return "\n".join(lines) + "\n"


def draft(v: ReportView, kind: str, *, contact: str) -> str:
    if kind == "article34":
        return article34(v, contact=contact)
    if kind == "caldicott":
        return caldicott(v)
    raise ValueError(kind)
