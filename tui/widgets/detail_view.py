"""Rendering of an incident's detail: the summary, the message with identifiers, the timeline.

Pure functions from (incident, detail) to Rich renderables; the incident screen puts them in
widgets. Identifier values appear only when ``revealed`` (after an audited reveal).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from rich.text import Text

from breachdesk.model import Incident, mask, redact, redaction_spans
from tui.widgets.format import grade_words, left_text, local, local_long

MAX_SECTION_CHARS = 20_000
MAX_IDENTIFIER_ROWS = 300


def _line(t: Text, label: str, value: str | Text, style: str = "") -> None:
    t.append(f"{label:<20}", style="bold")
    if isinstance(value, Text):
        t.append_text(value)
    else:
        t.append(value or "—", style=style)
    t.append("\n")


def summary(inc: Incident, detail: dict[str, Any], now: datetime) -> Text:
    t = Text()
    _line(t, "Grade", Text(grade_words(inc), style="bold red" if inc.reportable else "green"))
    if inc.override:
        o = inc.override
        auto = inc.auto or {}
        _line(t, "", f"overridden by {o.get('by')} {local(o.get('at', ''))} (auto was "
                     f"L{auto.get('likelihood', '?')} S{auto.get('severity', '?')}): {o.get('reason')}",
              style="italic")
    reasons = (detail.get("assessment") or inc.auto or {}).get("reasons") or []
    for i, r in enumerate(reasons):
        _line(t, "Reasons" if i == 0 else "", f"• {r}")
    dl = Text(local_long(inc.deadline) + "  ")
    dl.append_text(left_text(inc, now))
    _line(t, "ICO deadline", dl)
    _line(t, "Received", local_long(inc.received_at))
    _line(t, "Reported by", ", ".join(inc.reporters or [inc.reporter]))
    chain = detail.get("forwarded") or []
    idents = [i for i in detail.get("identifiers") or [] if i.get("value")]
    # the deepest forwarded message is the breach itself; the ones above it are forwards of it
    for n, f in reversed(list(enumerate(chain))):
        label = "Original message" if n == len(chain) - 1 else f"Forwarded on ({n + 1})"
        _line(t, label, f"from {f.get('sender') or '?'}")
        _line(t, "", "to " + (", ".join(f.get("to") or []) or "?"))
        if f.get("cc"):
            _line(t, "", "cc " + ", ".join(f["cc"]))
        if f.get("date") or f.get("subject"):
            # subjects often name the patient: masked here (the Message tab reveals on request)
            subject = redact(f.get("subject", ""), idents)
            _line(t, "", f"{f.get('date', '')}  \"{subject}\"".strip())
    _line(t, "Breach type", inc.breach_type + ("   (near miss)" if inc.near_miss else ""))
    counts = ", ".join(f"{k} {n}" for k, n in sorted(inc.identifier_counts.items()))
    _line(t, "Data subjects", f"{inc.subjects}   identifiers: {counts or 'none'}")
    _line(t, "Special categories", ", ".join(inc.special_categories) or "none",
          style="magenta" if inc.special_categories else "")
    _line(t, "Status", inc.status.replace("_", " ") + (f"   assigned to {inc.assignee}" if inc.assignee else
                                                          "   unassigned"))
    _line(t, "Related reports", ", ".join(inc.related) or "none")
    for m in detail.get("merged_reports") or []:
        _line(t, "", f"also reported {local(m.get('received_at', ''))} by "
                     f"{m.get('reporter') or ', '.join(m.get('reporters') or [])} {m.get('ref', '')}".rstrip())
    if detail.get("outcome"):
        _line(t, "Outcome", detail["outcome"])
    if detail.get("not_reportable_reason"):
        _line(t, "Not reportable because", detail["not_reportable_reason"])
    told = detail.get("subjects_told")
    if told:
        _line(t, "Subjects told", ("yes" if told.get("told") else "no") + (f": {told['how']}" if told.get("how") else ""))
    for label, key in (("Containment", "containment"), ("Notes", "dpo_notes")):
        for i, c in enumerate(detail.get(key) or []):
            _line(t, label if i == 0 else "", f"{local(c['at'])} {c['by']}: {c['text']}")
    for i, note in enumerate(detail.get("notes") or []):
        _line(t, "Analysis notes" if i == 0 else "", note, style="dim")
    return t


def identifier_rows(detail: dict[str, Any], revealed: bool) -> tuple[list[tuple], int]:
    """Rows (subject, kind, value, where, confidence, evidence) grouped by data subject."""
    idents = sorted(detail.get("identifiers") or [],
                    key=lambda i: (i.get("subject") is None, i.get("subject") or 0, i["kind"]))
    rows = []
    for i in idents[:MAX_IDENTIFIER_ROWS]:
        subj = i.get("subject")
        value = i["value"] if revealed else (i.get("masked") or mask(i["kind"], i["value"]))
        ev = i.get("evidence") or {}
        why = ", ".join(f"{k}={v}" for k, v in ev.items() if v not in (None, "", [], {}))[:60]
        rows.append((f"#{subj}" if subj is not None else "—", i["kind"], value, i.get("where", ""),
                     f"{float(i.get('confidence', 0)):.2f}", why))
    return rows, max(len(idents) - MAX_IDENTIFIER_ROWS, 0)


def message(detail: dict[str, Any], revealed: bool) -> Text:
    """Every text section with identifiers highlighted (masked until revealed)."""
    # every identifier is masked in every section: the cover note may name the patient too
    idents = [i for i in detail.get("identifiers") or [] if i.get("value")]
    out = Text()
    sections = detail.get("sections") or []
    if not sections:
        out.append("(no message text stored — purged or unparseable)\n", style="dim")
    for s in sections:
        out.append(f"── {s.get('where', '')} ({s.get('role', '')}) ──\n", style="bold")
        out.append_text(_highlight(s.get("text", ""), idents, revealed))
        out.append("\n\n")
    return out


def _highlight(text: str, idents: list[dict[str, Any]], revealed: bool) -> Text:
    text = text[:MAX_SECTION_CHARS]
    out, pos = Text(), 0
    for start, end, i in redaction_spans(text, idents):
        out.append(text[pos:start])
        shown = text[start:end] if revealed else (i.get("masked") or mask(i["kind"], i["value"]))
        out.append(shown, style="bold black on yellow" if revealed else "bold reverse")
        pos = end
    out.append(text[pos:])
    return out


def attachments(detail: dict[str, Any]) -> Text:
    t = Text()
    atts = detail.get("attachments") or []
    t.append(f"Attachments ({len(atts)})\n", style="bold")
    for a in atts:
        t.append(f"  {a.get('name', '?')}  ", style="bold")
        t.append(f"{a.get('content_type', '')}, {a.get('size', 0):,} bytes — extracted: "
                 f"{a.get('extracted') or 'nothing'}\n")
    for tb in detail.get("tables") or []:
        t.append(f"  table {tb.get('where')} {tb.get('sheet', '')}: {tb.get('total_rows', 0)} rows, "
                 f"columns {', '.join(tb.get('header') or [])}\n", style="dim")
    return t


def timeline_rows(detail: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    return [(local(e.get("at", ""), "%d %b %Y %H:%M"), e.get("by", ""), e.get("action", ""),
             str(e.get("detail", ""))) for e in detail.get("timeline") or []]
