"""The one code path from raw bytes to an analysed incident.

``breachdesk scan``, ``breachdesk ingest`` and the daemon's worker all call
:class:`Engine`, so what an admin sees from ``scan`` is what the queue gets.

The daemon files each report twice: first from its headers alone (:func:`first_records`,
status "analysing", a provisional grade), then with the analysis (:func:`incident_records`
applied by :func:`apply_analysis`). When the analysis cannot finish — past its deadline,
over its memory cap, or its process died twice — :func:`apply_incomplete` keeps what the
quick passes found (:mod:`ingest.quick`). ``parse_status`` tells the three apart:
"pending" (filed first), "incomplete", anything else (analysed).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from breachdesk.masking import MaskPolicy, mask, mask_short, outside_parties
from breachdesk.model import Analysis, Assessment, Incident, ParsedMessage, Status, iso, utcnow
from breachdesk.settings import Settings
from ingest.parse import ParseLimits, parse_message
from ingest.quick import QuickHeaders, QuickScan, health_numbers

if TYPE_CHECKING:   # only in annotations: ``breachdesk scan`` need not import the spool, store and crypto
    from ingest.spool import Envelope

PENDING = "pending"          # parse_status of a report filed from its headers, analysis to come
INCOMPLETE = "incomplete"    # parse_status of a report whose analysis could not finish


class Engine:
    """Holds the loaded spaCy pipeline and patterns; build once per process."""

    def __init__(self, settings: Settings) -> None:
        from nlp.patterns import load_patterns
        from nlp.pipeline import Analyzer

        self.settings = settings
        lim = settings.limits
        self.limits = ParseLimits(
            max_depth=lim.max_depth, max_attachment_bytes=settings.mailbox.max_message_bytes * 2,
            max_text_chars_per_part=lim.max_text_chars_per_part, max_text_chars_total=lim.max_text_chars_total,
            max_table_rows=lim.max_table_rows, zip_max_members=lim.zip_max_members,
            zip_max_total_bytes=lim.zip_max_total_bytes, zip_max_ratio=lim.zip_max_ratio,
        )
        self.patterns = load_patterns(settings.patterns_path())
        self.analyzer = Analyzer(self.patterns, model=settings.nlp.model,
                                 trusted_domains=list(settings.mailbox.trusted_domains))

    def parse(self, raw: bytes, envelope_from: str = "") -> ParsedMessage:
        return parse_message(raw, limits=self.limits, envelope_from=envelope_from)

    def analyse(self, parsed: ParsedMessage) -> Analysis:
        if parsed.parse_status == "unparseable":
            a = self.analyzer.analyse(parsed) if parsed.sections or parsed.tables else Analysis()
            a.notes = [*parsed.notes, *a.notes]
            return a
        a = self.analyzer.analyse(parsed)
        a.notes = [*parsed.notes, *a.notes]
        a.truncated = a.truncated or parsed.truncated
        return a

    def analyse_many(self, parsed: list[ParsedMessage]) -> list[Analysis]:
        out = list(self.analyzer.analyse_many(parsed))
        for p, a in zip(parsed, out, strict=True):
            a.notes = [*p.notes, *a.notes]
            a.truncated = a.truncated or p.truncated
        return out


def content_key(parsed: ParsedMessage) -> str:
    """A fingerprint of the forwarded content, so two reporters of one email meet."""
    parts = [s.text for s in parsed.sections if s.role != "cover"]
    parts += [a.sha256 for a in parsed.attachments if a.sha256]
    if not any(p.strip() for p in parts):
        return ""
    norm = re.sub(r"\s+", " ", "\n".join(parts)).strip().casefold()
    return hashlib.sha256(norm.encode()).hexdigest()


def original_message_id(parsed: ParsedMessage) -> str:
    for h in reversed(parsed.forwarded):  # the deepest forwarded message is the original
        if h.message_id:
            return h.message_id.strip()
    return ""


def incident_records(parsed: ParsedMessage, analysis: Analysis, envelope: Envelope,
                     spool_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The queue row fields and the detail document of a new incident."""
    reporter = parsed.headers.sender.email or envelope.mail_from or "(unknown sender)"
    status = Status.NEW if parsed.parse_status != "unparseable" else Status.UNPARSEABLE
    a = analysis.assessment
    if parsed.parse_status != "ok" and not analysis.identifiers:
        a.reasons.append("parts of the report could not be read: a person must check it before "
                         "relying on this grade")
    masked_idents = [{"kind": i.kind, "value": i.value, "text": i.text, "masked": mask(i.kind, i.value)}
                     for i in analysis.identifiers]
    fields: dict[str, Any] = {
        "received_at": envelope.received_at or iso(utcnow()),
        "reporter": reporter,
        "reporters": [reporter],
        "subject": queue_subject(parsed, masked_idents),
        "status": status,
        "spool_id": spool_id,
        "original_message_id": original_message_id(parsed),
        "content_key": content_key(parsed),
        "subjects": analysis.subjects,
        "identifier_counts": analysis.counts(),
        "special_categories": list(analysis.special_categories),
        "auto": a.to_json(),
        "near_miss": a.near_miss,
        "breach_type": a.breach_type,
        "parse_status": parsed.parse_status,
        "auto_submitted": parsed.auto_submitted,   # for the notifier; not stored on the row
    }
    detail: dict[str, Any] = {
        "message": {"spool_id": spool_id, "sha256": parsed.sha256, "size": parsed.size,
                    "parse_status": parsed.parse_status, "truncated": analysis.truncated,
                    "auto_submitted": parsed.auto_submitted},
        "envelope": asdict(envelope),
        "headers": _headers_json(parsed.headers),
        "forwarded": [_headers_json(h) for h in parsed.forwarded],
        "attachments": [asdict(x) for x in parsed.attachments],
        "sections": [{"where": s.where, "role": s.role, "text": s.text} for s in parsed.sections],
        "tables": [{"where": t.where, "sheet": t.sheet, "header": t.header, "rows": len(t.rows),
                    "total_rows": t.total_rows} for t in parsed.tables],
        "identifiers": [
            {**i.to_json(explain=True), "masked": mask(i.kind, i.value), "start": i.start, "end": i.end}
            for i in analysis.identifiers
        ],
        "notes": list(analysis.notes),
        "assessment": a.to_json(),
        "timeline": [],
    }
    return fields, detail


def queue_subject(parsed: ParsedMessage, masked_idents: list[dict[str, Any]]) -> str:
    """The subject as the queue shows it to everyone: identifiers in it masked.

    When part of the report could not be read, what the subject names could not be
    checked either, so it is withheld from the queue (the detail keeps it).
    """
    if parsed.parse_status != "ok":
        return "(subject withheld: the report could not be fully read)"
    policy = MaskPolicy.of(staff=[parsed.headers.sender.email])
    parties = [str(p) for h in parsed.forwarded for p in h.parties() if p.name or p.email]
    return mask_short(parsed.headers.subject, masked_idents + outside_parties(parties, policy), policy)[:200]


def unparseable_records(error: str, envelope: Envelope, spool_id: str, size: int) -> tuple[dict, dict]:
    """Records for a message that failed every attempt: it still becomes an incident."""
    a = Assessment(likelihood=3, severity=2, reportable=True,
                   reasons=["the report could not be analysed automatically: a person must read it",
                            "graded as possibly reportable until a DPO has looked"])
    fields = {
        "received_at": envelope.received_at or iso(utcnow()), "reporter": envelope.mail_from or "(unknown)",
        "reporters": [envelope.mail_from] if envelope.mail_from else [], "subject": "(unparseable report)",
        "status": Status.UNPARSEABLE, "spool_id": spool_id, "auto": a.to_json(),
        "parse_status": "unparseable",
    }
    detail = {"message": {"spool_id": spool_id, "size": size, "parse_status": "unparseable", "error": error},
              "envelope": asdict(envelope), "notes": [f"analysis failed: {error}"],
              "assessment": a.to_json(), "identifiers": [], "sections": [], "timeline": []}
    return fields, detail


def _headers_json(h: Any) -> dict[str, Any]:
    return {"sender": str(h.sender), "to": [str(p) for p in h.to], "cc": [str(p) for p in h.cc],
            "date": h.date, "subject": h.subject, "message_id": h.message_id}


# ------------------------------------------------------------------ filing first


def provisional() -> Assessment:
    return Assessment(likelihood=3, severity=2, reportable=True,
                      reasons=["analysis in progress: graded as possibly reportable until it finishes"])


def first_subject(subject: str) -> str:
    """The subject for the queue before analysis: health numbers in it masked at once."""
    found = [dict(i, masked=mask(i["kind"], i["value"])) for i in health_numbers(subject, "subject")]
    return mask_short(subject, found)[:200] if found else subject[:200]


def first_records(h: QuickHeaders, envelope: Envelope, spool_id: str, size: int) -> tuple[dict, dict]:
    """The incident of a report the moment it is spooled: from its headers, nothing else."""
    reporter = h.sender or envelope.mail_from or "(unknown sender)"
    a = provisional()
    fields: dict[str, Any] = {
        "received_at": envelope.received_at or iso(utcnow()), "reporter": reporter, "reporters": [reporter],
        "subject": first_subject(h.subject), "status": Status.ANALYSING, "spool_id": spool_id,
        "auto": a.to_json(), "parse_status": PENDING,
    }
    detail: dict[str, Any] = {
        "message": {"spool_id": spool_id, "sha256": envelope.sha256, "size": size, "parse_status": PENDING,
                    "message_id": h.message_id},
        "envelope": asdict(envelope),
        "headers": {"sender": h.sender, "to": list(h.to), "cc": [], "date": h.date, "subject": h.subject,
                    "message_id": h.message_id},
        "forwarded": [], "attachments": [], "sections": [], "tables": [], "identifiers": [],
        "notes": ["filed from its headers; the analysis is running"], "assessment": a.to_json(), "timeline": [],
    }
    return fields, detail


def analysed(inc: Incident) -> bool:
    """True once the analysis (or the give-up) has been written into the incident."""
    return inc.parse_status not in (PENDING, INCOMPLETE)


ROW_KEYS = ("subject", "original_message_id", "content_key", "subjects", "identifier_counts",
            "special_categories", "auto", "near_miss", "breach_type", "parse_status")
DETAIL_KEYS = ("message", "headers", "forwarded", "attachments", "sections", "tables", "identifiers", "notes",
               "assessment")


def apply_analysis(inc: Incident, detail: dict[str, Any], fields: dict[str, Any], new: dict[str, Any]) -> str:
    """Write an analysis into the incident filed first; the DPO's status and notes are kept."""
    for key in ROW_KEYS:
        if key in fields:
            setattr(inc, key, fields[key])
    for key in DETAIL_KEYS:
        if key in new:
            detail[key] = new[key]
    if inc.status in (Status.ANALYSING, Status.INCOMPLETE, Status.UNPARSEABLE):
        inc.status = fields["status"]
    n = sum(inc.identifier_counts.values())
    a = fields["auto"]
    return (f"analysed: {n} identifier(s), {inc.subjects} data subject(s), "
            f"likelihood {a['likelihood']}, severity {a['severity']}"
            + (", reportable" if a.get("reportable") else ""))


def apply_incomplete(inc: Incident, detail: dict[str, Any], why: str, quick: QuickScan | None) -> str:
    """The analysis could not finish: keep the quick passes' findings and say why."""
    a = Assessment(likelihood=3, severity=2, reportable=True,
                   reasons=[f"analysis incomplete: {why}", "only the quick checks ran (headers, attachment list, "
                            "health numbers by pattern): a person must read the report"])
    inc.parse_status = INCOMPLETE
    inc.auto = a.to_json()
    if inc.status == Status.ANALYSING:
        inc.status = Status.INCOMPLETE
    notes = [f"analysis incomplete: {why}"]
    if quick is not None:
        masked = [dict(i, masked=mask(i["kind"], i["value"]), confidence=0.5, start=-1, end=-1,
                       evidence={"pattern": "quick pass: ten digits with a valid checksum"})
                  for i in quick.identifiers]
        inc.identifier_counts = quick.counts()
        detail["identifiers"] = masked
        detail["attachments"] = [dict(x, sha256="", extracted="skipped: analysis incomplete",
                                      where=f"attachment:{x['name']}") for x in quick.attachments]
        notes += quick.notes
        if quick.attachments:
            notes.append(f"{len(quick.attachments)} attachment(s) listed but not read")
    detail["notes"] = notes
    detail["assessment"] = a.to_json()
    detail.setdefault("message", {})["parse_status"] = INCOMPLETE
    detail["message"]["error"] = why
    return f"analysis incomplete: {why}"
