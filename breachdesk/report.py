"""One view model of an incident, masked or revealed, for every renderer.

The dashboard's summary, ``breachdesk show`` and the Markdown/JSON exports used to read the
detail document each in their own way, and each decided for itself what to mask — so the
summary showed the forwarded original's recipient in full and the export's "What happened"
quoted the patient's name from the subject. Now :func:`build` decides once: every string in
a :class:`ReportView` is already masked (unless ``revealed``) through
:mod:`breachdesk.masking`, and renderers only lay it out. Strings are *not* made inert
here: each renderer does that for its medium (:mod:`breachdesk.textsafe` for a terminal,
``rich.text.Text`` for the dashboard, JSON escapes for JSON).

When part of a report could not be read (``parse_status`` not ``ok``), the analysis may have
missed names in it; so a masked view withholds the subjects and attachment names outright, as
the queue withholds the subject, and hides each file name wherever a note or ``where`` quotes it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from breachdesk.masking import (
    MaskPolicy,
    Redactor,
    mask,
    mask_party,
    outside_parties,
)
from breachdesk.model import Incident

WITHHELD = "(withheld: the report could not be fully read)"
MAX_SECTION_CHARS = 20_000     # of one section, in a view (an export has no text sections)
# the NHS DSPT incident grid's own words (DESIGN.md, "Grading")
LIKELIHOOD_TEXT = {1: "not occurred", 2: "not likely or any incident involving vulnerable groups",
                   3: "likely", 4: "highly likely", 5: "occurred"}
SEVERITY_GRID_TEXT = {1: "no adverse effect", 2: "potentially minor adverse effect or any incident involving "
                      "vulnerable groups", 3: "potentially some adverse effect",
                      4: "potentially pain and suffering / financial loss", 5: "death / catastrophic event"}
FORMS = ("dspt", "ico")
SEVERITY_TEXT = {1: "no adverse effect expected", 2: "potentially minor adverse effect",
                 3: "potentially some adverse effect (confidential information released, embarrassment)",
                 4: "potentially pain and suffering or financial loss", 5: "death or catastrophic effect"}


@dataclass
class HeaderView:
    label: str                 # "Original message", "Forwarded on (1)"
    sender: str
    to: list[str]
    cc: list[str]
    date: str
    subject: str


@dataclass
class AttachmentView:
    name: str
    content_type: str
    size: int
    extracted: str


@dataclass
class TableView:
    where: str
    sheet: str
    header: list[str]
    total_rows: int


@dataclass
class IdentifierView:
    kind: str
    value: str
    where: str
    subject: int | None
    confidence: float
    evidence: str


@dataclass
class EntryView:
    at: str
    by: str
    text: str


@dataclass
class SectionView:
    """One text section as shown: runs of the writer's words and of identifiers (masked or not)."""

    where: str
    role: str
    parts: list[tuple[str, bool]]        # (text, is it an identifier)
    cut: bool = False                    # longer than MAX_SECTION_CHARS: the rest is not shown


@dataclass
class ReportView:
    ref: str
    status: str
    revealed: bool
    subject: str
    received_at: str
    deadline: str
    reporters: list[str]
    likelihood: int
    severity: int
    reportable: bool
    auto: dict[str, Any]
    override: dict[str, Any] | None
    reasons: list[str]
    breach_type: str
    near_miss: bool
    subjects: int
    identifier_counts: dict[str, int]
    special_categories: list[str]
    assignee: str
    related: list[str]
    parse_status: str
    what_happened: str
    when_it_happened: str
    likely_consequences: str
    forwarded: list[HeaderView] = field(default_factory=list)
    attachments: list[AttachmentView] = field(default_factory=list)
    tables: list[TableView] = field(default_factory=list)
    identifiers: list[IdentifierView] = field(default_factory=list)
    sections: list[SectionView] = field(default_factory=list)
    merged_reports: list[str] = field(default_factory=list)
    containment: list[EntryView] = field(default_factory=list)
    dpo_notes: list[EntryView] = field(default_factory=list)
    analysis_notes: list[str] = field(default_factory=list)
    timeline: list[dict[str, str]] = field(default_factory=list)
    outcome: str = ""
    not_reportable_reason: str = ""
    subjects_told: dict[str, Any] | None = None
    near_miss_reason: str = ""
    submission: dict[str, Any] | None = None     # breachdesk.actions.submission_record, free text masked
    tasks: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The whole view as JSON: what a service sends a client that may not see the values."""
        return asdict(self)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ReportView:
        nested = {"forwarded": HeaderView, "attachments": AttachmentView, "tables": TableView,
                  "identifiers": IdentifierView, "containment": EntryView, "dpo_notes": EntryView}
        kw = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        for key, kind in nested.items():
            kw[key] = [kind(**x) for x in d.get(key) or []]
        kw["sections"] = [SectionView(s["where"], s["role"], [(str(t), bool(b)) for t, b in s["parts"]],
                                      bool(s.get("cut"))) for s in d.get("sections") or []]
        return cls(**kw)


class _Masker:
    """The masking choice for one incident: its identifiers, its outside parties, the policy."""

    def __init__(self, inc: Incident, detail: dict[str, Any], reveal: bool, trusted_domains: Iterable[str]) -> None:
        # shown as they are: revealed values, or a detail the guardian has masked already
        self.reveal = reveal or detail.get("masked") is True
        self.policy = MaskPolicy.of(trusted_domains, [*(inc.reporters or []), inc.reporter])
        chain = detail.get("forwarded") or []
        outer = detail.get("headers") or {}
        parties = [p for h in [outer, *chain] for p in [h.get("sender") or "", *(h.get("to") or []),
                                                        *(h.get("cc") or [])]]
        self.idents = [i for i in detail.get("identifiers") or [] if i.get("value") or i.get("text")]
        self.idents += outside_parties(parties, self.policy)
        self.unchecked = inc.parse_status != "ok"
        if self.unchecked:      # file names the analysis could not check: hidden wherever they are quoted
            self.idents += [{"kind": "file_name", "value": str(a["name"]), "text": str(a["name"])}
                            for a in detail.get("attachments") or [] if len(str(a.get("name") or "")) >= 3]
        self.redactor = Redactor(self.idents, self.policy)
        self._short: dict[str, str] = {}

    def text(self, s: Any, where: str = "") -> str:
        s = "" if s is None else str(s)
        return s if self.reveal else self.redactor.text(s, where=where)

    def short(self, s: Any) -> str:
        """A short field; memoised: a spreadsheet's identifiers repeat their ``where`` and evidence."""
        s = "" if s is None else str(s)
        if self.reveal or not s:
            return s
        shown = self._short.get(s)
        if shown is None:
            shown = self._short[s] = self.redactor.short(s)
        return shown

    def free(self, s: Any) -> str:
        """A subject or file name: written by anyone, naming anyone. When part of the report could
        not be read, the analysis may have missed the names in it: withheld, as the queue does."""
        if not self.reveal and self.unchecked and s:
            return WITHHELD
        return self.short(s)

    def party(self, s: Any) -> str:
        s = "" if s is None else str(s)
        return s if self.reveal else mask_party(s, self.redactor)

    def value(self, ident: dict[str, Any]) -> str:
        """The value, or its mask; after a purge only the stored masked form is left: re-masked."""
        value = str(ident.get("value") or "")
        if self.reveal and value:
            return value
        return mask(str(ident.get("kind", "")), value or str(ident.get("masked") or "")) or "***"

    def spans(self, text: str, where: str) -> list[tuple[int, int, str]]:
        if self.reveal:     # the same spans, showing the values: highlighted, not hidden
            return [(s, e, text[s:e]) for s, e, _ in self.redactor.spans(text, where=where)]
        return self.redactor.spans(text, where=where)


def build(inc: Incident, detail: dict[str, Any], *, reveal: bool = False,
          trusted_domains: Iterable[str] = ()) -> ReportView:
    """The view of ``inc`` every renderer shows: masked unless ``reveal`` (the caller audits)."""
    m = _Masker(inc, detail, reveal, trusted_domains)
    chain = detail.get("forwarded") or []
    outer_subject = (detail.get("headers") or {}).get("subject")
    return ReportView(
        ref=inc.ref, status=inc.status, revealed=reveal,
        subject=m.free(outer_subject if outer_subject is not None else inc.subject),
        received_at=inc.received_at, deadline=inc.deadline,
        reporters=list(inc.reporters or [inc.reporter]),
        likelihood=inc.likelihood, severity=inc.severity, reportable=inc.reportable,
        auto=dict(inc.auto or {}), override=_override(inc, m),
        reasons=[m.text(r) for r in (detail.get("assessment") or inc.auto or {}).get("reasons") or []],
        breach_type=inc.breach_type, near_miss=inc.near_miss, subjects=inc.subjects,
        identifier_counts=dict(inc.identifier_counts), special_categories=list(inc.special_categories),
        assignee=inc.assignee, related=list(inc.related), parse_status=inc.parse_status,
        what_happened=_what_happened(inc, chain, m),
        when_it_happened=(_original(chain, m).get("date") if chain else "") or inc.received_at,
        likely_consequences=_consequences(inc),
        forwarded=_headers(chain, m),
        attachments=[AttachmentView(m.free(a.get("name", "?")), str(a.get("content_type", "")),
                                    int(a.get("size", 0) or 0), m.short(a.get("extracted") or ""))
                     for a in detail.get("attachments") or []],
        tables=[TableView(m.short(t.get("where", "")), m.short(t.get("sheet", "")),
                          [m.short(h) for h in t.get("header") or []], int(t.get("total_rows", 0) or 0))
                for t in detail.get("tables") or []],
        identifiers=[_identifier(i, m) for i in detail.get("identifiers") or [] if "kind" in i],
        sections=[_section(s, m) for s in detail.get("sections") or []],
        merged_reports=[f"{mr.get('received_at', '')} by "
                        f"{mr.get('reporter') or ', '.join(mr.get('reporters') or [])} {mr.get('ref', '')}".strip()
                        for mr in detail.get("merged_reports") or []],
        containment=[_entry(c, m) for c in detail.get("containment") or []],
        dpo_notes=[_entry(c, m) for c in detail.get("dpo_notes") or []],
        analysis_notes=[m.short(n) for n in detail.get("notes") or []],
        timeline=[{"at": str(e.get("at", "")), "by": str(e.get("by", "")), "action": str(e.get("action", "")),
                   "detail": m.text(e.get("detail", ""))} for e in detail.get("timeline") or []],
        outcome=m.text(detail.get("outcome", "")),
        not_reportable_reason=m.text(detail.get("not_reportable_reason", "")),
        subjects_told=_told(detail.get("subjects_told"), m),
        near_miss_reason=m.text(detail.get("near_miss_reason", "")),
        submission=_submission(detail.get("submission"), m),
        tasks=[{**t, "title": m.text(t.get("title", ""))} for t in detail.get("tasks") or [] if isinstance(t, dict)],
    )


def _submission(sub: Any, m: _Masker) -> dict[str, Any] | None:
    """The submission on record with its free text (a delay's reason, updates, a withdrawal) masked."""
    if not isinstance(sub, dict) or not sub:
        return None
    out = {k: v for k, v in sub.items() if k not in ("delay_reason", "updates", "withdrawn")}
    out["delay_reason"] = m.text(sub.get("delay_reason", ""))
    out["updates"] = [{**u, "text": m.text(u.get("text", ""))} for u in sub.get("updates") or []
                      if isinstance(u, dict)]
    w = sub.get("withdrawn")
    out["withdrawn"] = {**w, "reason": m.text(w.get("reason", ""))} if isinstance(w, dict) else None
    return out


def _section(s: dict[str, Any], m: _Masker) -> SectionView:
    if isinstance(s.get("parts"), list):     # masked by the guardian already
        return SectionView(m.short(s.get("where", "")), str(s.get("role", "")),
                           [(str(t), bool(b)) for t, b in s["parts"]], bool(s.get("cut")))
    full = str(s.get("text", ""))
    text, where = full[:MAX_SECTION_CHARS], str(s.get("where", ""))
    parts: list[tuple[str, bool]] = []
    pos = 0
    for start, end, shown in m.spans(text, where):
        if start > pos:
            parts.append((text[pos:start], False))
        parts.append((shown, True))
        pos = end
    if pos < len(text):
        parts.append((text[pos:], False))
    return SectionView(m.short(where), str(s.get("role", "")), parts, cut=len(full) > len(text))


def _override(inc: Incident, m: _Masker) -> dict[str, Any] | None:
    if not inc.override:
        return None
    return {**inc.override, "reason": m.text(inc.override.get("reason", ""))}


def _headers(chain: list[dict[str, Any]], m: _Masker) -> list[HeaderView]:
    """The forwarded chain, deepest (the breach itself) first."""
    out = []
    for n, f in reversed(list(enumerate(chain))):
        label = "Original message" if n == len(chain) - 1 else f"Forwarded on ({n + 1})"
        out.append(HeaderView(label, m.party(f.get("sender") or ""), [m.party(p) for p in f.get("to") or []],
                              [m.party(p) for p in f.get("cc") or []], str(f.get("date", "")),
                              m.free(f.get("subject", ""))))
    return out


def _identifier(i: dict[str, Any], m: _Masker) -> IdentifierView:
    ev = i.get("evidence") or {}
    why = ", ".join(f"{k}={v}" for k, v in ev.items() if v not in (None, "", [], {}))
    try:
        conf = float(i.get("confidence", 0) or 0)
    except (TypeError, ValueError):
        conf = 0.0
    subject = i.get("subject")
    return IdentifierView(str(i["kind"]), m.value(i), m.short(i.get("where", "")),
                          subject if isinstance(subject, int) else None, conf, m.short(why))


def _entry(c: dict[str, Any], m: _Masker) -> EntryView:
    return EntryView(str(c.get("at", "")), str(c.get("by", "")), m.text(c.get("text", "")))


def _told(told: Any, m: _Masker) -> dict[str, Any] | None:
    if not isinstance(told, dict) or not told:
        return None
    return {"told": bool(told.get("told")), "how": m.text(told.get("how", ""))}


def _original(chain: list[dict[str, Any]], m: _Masker) -> dict[str, Any]:
    """The original disclosure: the deepest forwarded message that went outside the trusted
    domains, or failing that the deepest one (the chain is outermost first)."""
    for h in reversed(chain):
        recipients = [*(h.get("to") or []), *(h.get("cc") or [])]
        if outside_parties([str(p) for p in recipients], m.policy):
            return h
    return chain[-1]


def _what_happened(inc: Incident, chain: list[dict[str, Any]], m: _Masker) -> str:
    if chain:
        o = _original(chain, m)
        to = ", ".join(m.party(p) for p in o.get("to") or []) or "unknown recipients"
        subject = m.free(o.get("subject") or "") or m.free(inc.subject)
        return (f"An email from {m.party(o.get('sender') or '') or 'unknown sender'} to {to} (subject "
                f"\"{subject}\") appears to have disclosed personal data; reported by {inc.reporter}.")
    return f"A suspected personal data breach reported by {inc.reporter}: \"{m.free(inc.subject)}\"."


def _consequences(inc: Incident) -> str:
    text = SEVERITY_TEXT.get(inc.severity, "not yet assessed")
    if inc.special_categories:
        text += "; special category data involved: " + ", ".join(inc.special_categories)
    return text


# ------------------------------------------------------------------ exports


def export_fields(v: ReportView) -> dict[str, Any]:
    """The fields the ICO breach form and the DSPT incident report ask for (the JSON export)."""
    cats = sorted({i.kind for i in v.identifiers} | set(v.identifier_counts))
    return {
        "ref": v.ref,
        "status": v.status,
        "what_happened": v.what_happened,
        "when_it_happened": v.when_it_happened,
        "when_we_became_aware": v.received_at,
        "ico_deadline": v.deadline,
        "reported_by": list(v.reporters),
        "breach_type": v.breach_type,
        "data_categories": cats,
        "special_categories": list(v.special_categories),
        "approx_data_subjects": v.subjects,
        "approx_records": sum(v.identifier_counts.values()) or len(v.identifiers),
        "likely_consequences": v.likely_consequences,
        "grade": {"likelihood": v.likelihood, "severity": v.severity, "reportable": v.reportable,
                  "overridden": bool(v.override), "reasons": list(v.reasons),
                  "override_reason": (v.override or {}).get("reason", "") if v.override else ""},
        "near_miss": v.near_miss,
        "measures_taken": [c.text for c in v.containment],
        "data_subjects_told": v.subjects_told,
        "outcome": v.outcome,
        "not_reportable_reason": v.not_reportable_reason,
        "related": list(v.related),
        "identifiers": [{"kind": i.kind, "where": i.where, "subject": i.subject, "value": i.value}
                        for i in v.identifiers],
        **record_fields(v),
    }


def _grid(v: ReportView) -> dict[str, Any]:
    return {"likelihood": v.likelihood, "likelihood_words": LIKELIHOOD_TEXT.get(v.likelihood, "not yet assessed"),
            "severity": v.severity, "severity_words": SEVERITY_GRID_TEXT.get(v.severity, "not yet assessed"),
            "reportable_to_the_ico": v.reportable,
            "graded_by": "the DPO (override)" if v.override else "breachdesk (provisional)",
            "override_reason": (v.override or {}).get("reason", "") if v.override else "",
            "reasons": list(v.reasons)}


def who_has_been_told(v: ReportView) -> list[str]:
    """The people and bodies told, as the forms ask: the regulator(s) with references, the subjects."""
    out = []
    sub = v.submission
    if sub and not sub.get("withdrawn"):
        if sub.get("channel") in ("dspt", "both"):
            out.append(f"NHS England via the DSPT incident reporting tool on {sub.get('at', '')}"
                       + (f" (incident {sub['dspt_ref']})" if sub.get("dspt_ref") else ""))
        if sub.get("channel") in ("ico", "both") or sub.get("ico_ref"):
            out.append("the ICO" + (f" (case {sub['ico_ref']})" if sub.get("ico_ref") else "")
                       + (" via the ICO breach report form" if sub.get("channel") == "ico" else ""))
    told = v.subjects_told
    if told and told.get("told"):
        out.append("the data subjects" + (f" ({told['how']})" if told.get("how") else ""))
    return out


def _people(v: ReportView) -> dict[str, Any]:
    told = v.subjects_told
    return {"told": None if told is None else bool(told.get("told")), "how": (told or {}).get("how", "")}


def record_fields(v: ReportView) -> dict[str, Any]:
    """What every export carries after its own fields: the record behind the answers."""
    return {
        "dpo_notes": [asdict(n) for n in v.dpo_notes],
        "tasks": [{k: t.get(k) for k in ("id", "title", "owner", "due", "done", "done_at")} for t in v.tasks],
        "timeline": list(v.timeline),
        "revealed": v.revealed,
    }


def dspt_form(v: ReportView) -> dict[str, Any]:
    """The fields of the DSPT incident reporting tool's "report an incident" form, in its order."""
    r = export_fields(v)
    return {
        "form": "NHS DSPT incident reporting tool: report an incident",
        "local_reference": v.ref,
        "incident_type": f"{v.breach_type} breach" + (" (near miss)" if v.near_miss else ""),
        "when_it_occurred": v.when_it_happened,
        "when_the_organisation_became_aware": v.received_at,
        "description": v.what_happened,
        "number_of_data_subjects": r["approx_data_subjects"],
        "number_of_records": r["approx_records"],
        "categories_of_data": r["data_categories"],
        "special_categories": r["special_categories"],
        "grading": _grid(v),
        "who_has_been_told": who_has_been_told(v),
        "actions_taken": r["measures_taken"],
        "submission": v.submission,
        "status": v.status,
        **record_fields(v),
    }


def ico_form(v: ReportView) -> dict[str, Any]:
    """The fields of the ICO's personal data breach report form, in its order."""
    r = export_fields(v)
    sub = v.submission or {}
    return {
        "form": "ICO personal data breach report",
        "report_type": "follow-up" if sub.get("updates") else "initial",
        "local_reference": v.ref,
        "ico_case_reference": sub.get("ico_ref", ""),
        "what_has_happened": v.what_happened,
        "how_did_you_find_out": f"reported to the breach mailbox by {', '.join(v.reporters)}",
        "when_did_the_breach_happen": v.when_it_happened,
        "when_did_you_discover_it": v.received_at,
        "reason_for_reporting_late": sub.get("delay_reason", "") if sub.get("late") else "",
        "breach_type": v.breach_type,
        "categories_of_personal_data": r["data_categories"],
        "special_category_data": r["special_categories"],
        "approximate_number_of_data_subjects": r["approx_data_subjects"],
        "approximate_number_of_records": r["approx_records"],
        "likely_consequences": v.likely_consequences,
        "grading": _grid(v),
        "actions_taken_to_contain_and_recover": r["measures_taken"],
        "have_you_told_data_subjects": _people(v),
        "have_you_told_other_organisations": who_has_been_told(v),
        "status": v.status,
        **record_fields(v),
    }


def form_fields(v: ReportView, form: str) -> dict[str, Any]:
    if form == "dspt":
        return dspt_form(v)
    if form == "ico":
        return ico_form(v)
    raise ValueError(f"unknown form {form!r}")


def show_json(v: ReportView) -> dict[str, Any]:
    """``breachdesk show --json``."""
    return {
        "ref": v.ref, "received_at": v.received_at, "reporter": v.reporters[0] if v.reporters else "",
        "subject": v.subject, "status": v.status, "subjects": v.subjects, "likelihood": v.likelihood,
        "severity": v.severity, "reportable": v.reportable, "deadline": v.deadline,
        "identifier_counts": dict(v.identifier_counts), "special_categories": list(v.special_categories),
        "assignee": v.assignee, "near_miss": v.near_miss, "parse_status": v.parse_status,
        "reporters": list(v.reporters), "revealed": v.revealed,
        "identifiers": [{"kind": i.kind, "value": i.value, "where": i.where, "confidence": i.confidence,
                         "subject": i.subject} for i in v.identifiers],
        "reasons": list(v.reasons), "notes": list(v.analysis_notes),
        "forwarded": [asdict(h) for h in v.forwarded],
        "attachments": [asdict(a) for a in v.attachments],
        "timeline": list(v.timeline),
    }


# ------------------------------------------------------------------ the guardian's masked detail


def masked_detail(inc: Incident, detail: dict[str, Any], *, trusted_domains: Iterable[str] = ()) -> dict[str, Any]:
    """The detail document as a caller without a reveal receives it: no identifier value left.

    The same masking as :func:`build` (so a client building its view from this gets the same
    view): identifiers keep kind, subject and confidence, their ``value`` is the masked form,
    ``text`` and offsets are dropped; each section's text is masked at the identifiers and comes
    with its ``parts`` (runs, for highlighting); header parties, subjects, attachment names and
    every other string of the document are masked too.
    """
    m = _Masker(inc, detail, False, trusted_domains)
    out: dict[str, Any] = {}
    for key, value in detail.items():
        if key == "identifiers":
            out[key] = [_masked_identifier(i, m) for i in value or [] if isinstance(i, dict)]
        elif key == "sections":
            out[key] = [_masked_section(sec, m) for sec in value or [] if isinstance(sec, dict)]
        elif key == "headers":
            out[key] = _masked_headers(value or {}, m)
        elif key == "forwarded":
            out[key] = [_masked_headers(h, m) for h in value or [] if isinstance(h, dict)]
        elif key in ("attachments", "tables"):
            out[key] = [{k: _masked_file_field(k, v, m) for k, v in a.items()} for a in value or [] if isinstance(a, dict)]
        else:
            out[key] = _masked_all(value, m)
    out["revealed"] = False
    out["masked"] = True          # a client's report.build shows it as it is: masked once, here
    return out


def _masked_identifier(i: dict[str, Any], m: _Masker) -> dict[str, Any]:
    shown = m.value(i)
    kept = {k: _masked_all(v, m, short=True) for k, v in i.items()
            if k not in ("value", "text", "start", "end", "masked")}
    return {**kept, "value": shown, "masked": shown}


def _masked_section(sec: dict[str, Any], m: _Masker) -> dict[str, Any]:
    view = _section(sec, m)
    return {"where": view.where, "role": view.role, "text": "".join(t for t, _ in view.parts),
            "parts": [[t, b] for t, b in view.parts], "cut": view.cut}


def _masked_headers(h: dict[str, Any], m: _Masker) -> dict[str, Any]:
    out = {k: _masked_all(v, m, short=True) for k, v in h.items()}
    out.update(sender=m.party(h.get("sender") or ""), to=[m.party(p) for p in h.get("to") or []],
               cc=[m.party(p) for p in h.get("cc") or []], subject=m.free(h.get("subject") or ""),
               date=str(h.get("date") or ""))
    return out


def _masked_file_field(key: str, value: Any, m: _Masker) -> Any:
    if key == "name":
        return m.free(value)
    if key in ("size", "sha256", "rows", "total_rows"):
        return value
    return _masked_all(value, m, short=True)


def _masked_all(value: Any, m: _Masker, *, short: bool = False) -> Any:
    if isinstance(value, str):
        return m.short(value) if short else m.text(value)
    if isinstance(value, list):
        return [_masked_all(v, m, short=short) for v in value]
    if isinstance(value, dict):
        return {k: _masked_all(v, m, short=short) for k, v in value.items()}
    return value
