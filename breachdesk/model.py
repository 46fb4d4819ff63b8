"""The shared data model: parsed messages, identifiers, assessments, incidents.

``ingest`` produces :class:`ParsedMessage`; ``nlp`` turns it into an
:class:`Analysis`; the store keeps :class:`Incident` records. Nothing here
imports textual, aiosmtpd or spaCy.
"""

from __future__ import annotations

from dataclasses import MISSING, asdict, dataclass, field, fields
from datetime import datetime, timedelta, timezone
from enum import StrEnum
from typing import Any

from breachdesk.masking import mask  # the one masking function; re-exported for Identifier.masked

KINDS: tuple[str, ...] = (
    "nhs_number", "chi_number", "hc_number", "date_of_birth", "person_name", "postcode",
    "phone_number", "email_address", "ni_number", "address", "hospital_number",
)

SPECIAL_CATEGORIES: tuple[str, ...] = (
    "health", "sexual_health", "mental_health", "safeguarding", "reproductive_health",
    "substance_misuse", "genetic", "ethnicity", "religion", "criminal",
)

ICO_DEADLINE = timedelta(hours=72)


class Status(StrEnum):
    NEW = "new"
    TRIAGE = "triage"
    INVESTIGATING = "investigating"
    CONTAINED = "contained"
    REPORTED = "reported"
    NOT_REPORTABLE = "not_reportable"
    CLOSED = "closed"
    UNPARSEABLE = "unparseable"
    ANALYSING = "analysing"      # filed at once from its headers; the analysis is still running
    INCOMPLETE = "incomplete"    # the analysis ran out of time or memory: cheap passes only
    NOT_A_REPORT = "not_a_report"  # an auto-reply, bounce or list mail: kept, not in the triage queue


# Kept for the record but not reports: no queue, no statistics, no clock (see ingest/classify.py).
NOT_REPORTS = frozenset({Status.NOT_A_REPORT})


# Which statuses stop the 72-hour clock: a decision has been made.
DECIDED = frozenset({Status.REPORTED, Status.NOT_REPORTABLE, Status.CLOSED, Status.NOT_A_REPORT})


# --------------------------------------------------------------------- parsing


@dataclass
class Party:
    """A mailbox as written in a header: display name and address."""

    name: str = ""
    email: str = ""

    def __str__(self) -> str:
        if self.name and self.email:
            return f"{self.name} <{self.email}>"
        return self.email or self.name


@dataclass
class MessageHeaders:
    """The headers that matter of one message (outer report or a forwarded original)."""

    sender: Party = field(default_factory=Party)
    to: list[Party] = field(default_factory=list)
    cc: list[Party] = field(default_factory=list)
    date: str = ""             # as written
    subject: str = ""
    message_id: str = ""

    def parties(self) -> list[Party]:
        return [self.sender, *self.to, *self.cc]


@dataclass
class TextSection:
    """A run of text to analyse and where it came from.

    ``where`` is the contract value: ``body``, ``forwarded:N`` or ``attachment:<name>``.
    ``role`` is ``cover`` for the reporter's own words, ``forwarded`` for a forwarded
    message body, ``attachment`` for text from an attachment.
    ``headers`` are the forwarded message's headers for ``forwarded`` sections.
    """

    where: str
    text: str
    role: str = "cover"
    headers: MessageHeaders | None = None


@dataclass
class Table:
    """Tabular data from a CSV/XLSX attachment (or a zip member)."""

    where: str                 # attachment:<name>
    sheet: str = ""
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    total_rows: int = 0        # before any row limit


@dataclass
class AttachmentInfo:
    name: str
    content_type: str = ""
    size: int = 0
    sha256: str = ""
    extracted: str = ""        # "text", "table", "message", "archive", "none", "skipped: ...", "error: ..."
    where: str = ""


@dataclass
class ParsedMessage:
    """Everything ``nlp`` needs from a message, with no MIME left in it."""

    headers: MessageHeaders = field(default_factory=MessageHeaders)
    envelope_from: str = ""
    sections: list[TextSection] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    forwarded: list[MessageHeaders] = field(default_factory=list)
    attachments: list[AttachmentInfo] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)       # "unparseable part ...", "truncated: ..."
    truncated: bool = False
    parse_status: str = "ok"                              # ok | partial | unparseable
    auto_submitted: bool = False                          # RFC 3834 / bounce: no acknowledgement
    size: int = 0
    sha256: str = ""

    def known_parties(self) -> list[Party]:
        """The reporter, the original senders and recipients: not data subjects by default."""
        out = list(self.headers.parties())
        for h in self.forwarded:
            out.extend(h.parties())
        return [p for p in out if p.name or p.email]


# -------------------------------------------------------------------- analysis


@dataclass(slots=True)   # a 100,000-row spreadsheet makes hundreds of thousands of these
class Identifier:
    kind: str
    value: str                 # normalised
    text: str                  # as written
    where: str
    confidence: float
    evidence: dict[str, Any] = field(default_factory=dict)  # pattern, context, validator, notes
    subject: int | None = None  # data-subject cluster id
    start: int = -1             # offset inside its section's text
    end: int = -1

    @property
    def masked(self) -> str:
        return mask(self.kind, self.value)

    def to_json(self, *, explain: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind, "value": self.value, "text": self.text,
                             "where": self.where, "confidence": round(self.confidence, 3)}
        if explain:
            d["evidence"] = self.evidence
            d["subject"] = self.subject
        return d


@dataclass
class Assessment:
    likelihood: int
    severity: int
    reportable: bool
    reasons: list[str] = field(default_factory=list)
    breach_type: str = "confidentiality"
    near_miss: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"likelihood": self.likelihood, "severity": self.severity,
                "reportable": self.reportable, "reasons": list(self.reasons)}


@dataclass
class Analysis:
    identifiers: list[Identifier] = field(default_factory=list)
    subjects: int = 0
    special_categories: list[str] = field(default_factory=list)
    assessment: Assessment = field(default_factory=lambda: Assessment(1, 1, False))
    notes: list[str] = field(default_factory=list)
    truncated: bool = False

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for ident in self.identifiers:
            out[ident.kind] = out.get(ident.kind, 0) + 1
        return out

    def to_scan_json(self, source: str, *, explain: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "source": source,
            "identifiers": [i.to_json(explain=explain) for i in self.identifiers],
            "subjects": self.subjects,
            "special_categories": list(self.special_categories),
            "assessment": self.assessment.to_json(),
        }
        if self.notes:
            d["notes"] = list(self.notes)
        if self.truncated:
            d["truncated"] = True
        return d


# -------------------------------------------------------------------- incident


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).isoformat(timespec="seconds")


def parse_iso(s: str) -> datetime:
    return datetime.fromisoformat(s)


@dataclass
class Incident:
    """The queue row of an incident. Big things (identifier values, text) live in its detail."""

    ref: str
    received_at: str
    deadline: str
    reporter: str
    subject: str
    status: str = Status.NEW
    spool_id: str = ""
    spool_ids: list[str] = field(default_factory=list)   # every report merged into this incident
    reporters: list[str] = field(default_factory=list)
    original_message_id: str = ""
    content_key: str = ""
    subjects: int = 0
    identifier_counts: dict[str, int] = field(default_factory=dict)
    special_categories: list[str] = field(default_factory=list)
    auto: dict[str, Any] = field(default_factory=dict)       # Assessment.to_json()
    override: dict[str, Any] | None = None                   # {likelihood, severity, reason, by, at}
    near_miss: bool = False
    breach_type: str = "confidentiality"
    assignee: str = ""
    related: list[str] = field(default_factory=list)
    parse_status: str = "ok"
    notes_count: int = 0
    version: int = 1
    updated_at: str = ""
    decided_at: str = ""
    triaged_at: str = ""
    purged_at: str = ""        # retention removed raw values and text (masked facts kept)
    reported_at: str = ""      # when the report was submitted (DSPT tool / ICO): the clock stopped
    tasks_open: int = 0        # open tasks on its checklist (breachdesk.tasks)
    task_due: str = ""         # the earliest due time of an open task ("" none)

    # -- derived ---------------------------------------------------------
    def grade(self) -> tuple[int, int, bool]:
        """(likelihood, severity, reportable) in force: the override's, else the automatic one's."""
        src = self.override or self.auto or {}
        lik, sev = int(src.get("likelihood", 0) or 0), int(src.get("severity", 0) or 0)
        return lik, sev, bool(src["reportable"]) if "reportable" in src else lik >= 3 and sev >= 2

    @property
    def likelihood(self) -> int:
        return int((self.override or self.auto or {}).get("likelihood", 0) or 0)

    @property
    def severity(self) -> int:
        return int((self.override or self.auto or {}).get("severity", 0) or 0)

    @property
    def reportable(self) -> bool:
        return self.grade()[2]

    def time_left(self, now: datetime | None = None) -> timedelta:
        return parse_iso(self.deadline) - (now or utcnow())

    def clock_running(self) -> bool:
        return self.status not in DECIDED

    def to_doc(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Incident:
        if doc.keys() == _INCIDENT_FIELDS:
            # every field present (the usual row): what the generated __init__ would do —
            # assign each one — without the call overhead, 10,000 times per queue read
            inc = object.__new__(cls)
            inc.__dict__.update(doc)
            return inc
        try:
            return cls(**doc)
        except TypeError:  # a row written by a newer or older version: keep the known keys
            names = cls.__dataclass_fields__
            return cls(**{k: v for k, v in dict(doc).items() if k in names})

    @classmethod
    def from_queue_rows(cls, columns: list[str], rows: list[list[Any]]) -> list[Incident]:
        """Incidents from the queue's compact form (a list's ``columns`` and ``rows``).

        The columns given are set; every other field keeps its default (fresh lists and
        dicts for each row, as the generated ``__init__`` would make them).
        """
        names = cls.__dataclass_fields__
        cols = [c for c in columns if c in names]
        keep = [n for n, c in enumerate(columns) if c in names]
        plain, factories = {}, []
        for f in fields(cls):
            if f.name in cols:
                continue
            if f.default is not MISSING:
                plain[f.name] = f.default
            elif f.default_factory is not MISSING:
                factories.append((f.name, f.default_factory))
            else:
                raise ValueError(f"the queue's columns lack {f.name!r}")
        new, copy, every = object.__new__, plain.copy, len(keep) == len(columns)
        out = []
        for row in rows:
            d = copy()
            d.update(zip(cols, row if every else [row[n] for n in keep], strict=True))
            for name, make in factories:
                d[name] = make()
            inc = new(cls)
            inc.__dict__ = d
            out.append(inc)
        return out

    def summary_json(self) -> dict[str, Any]:
        """The ``list --json`` element: masked, no identifier values."""
        return {
            "ref": self.ref, "received_at": self.received_at, "reporter": self.reporter,
            "subject": self.subject, "status": self.status, "subjects": self.subjects,
            "likelihood": self.likelihood, "severity": self.severity,
            "reportable": self.reportable, "deadline": self.deadline,
            "identifier_counts": dict(self.identifier_counts),
            "special_categories": list(self.special_categories),
            "assignee": self.assignee, "near_miss": self.near_miss,
            "parse_status": self.parse_status,
        }


_INCIDENT_FIELDS = frozenset(Incident.__dataclass_fields__)
