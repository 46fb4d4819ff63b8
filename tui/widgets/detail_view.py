"""Rendering of an incident's report view: the summary, the message with identifiers, the timeline.

Pure functions from a :class:`breachdesk.report.ReportView` (already masked, unless revealed
after an audited reveal) to ``rich.text.Text``. Everything that came from mail is appended
as plain text — never parsed as markup — after :func:`breachdesk.textsafe.inert`, so a
subject ``[/]`` or ``\x1b[2J`` is shown, not obeyed.
"""

from __future__ import annotations

from datetime import datetime

from rich.text import Text

from breachdesk.model import Incident
from breachdesk.report import ReportView
from breachdesk.textsafe import inert
from tui.widgets.format import grade_words, left_text, local, local_long

MAX_IDENTIFIER_ROWS = 300


def plain(value: object, style: str = "") -> Text:
    """Untrusted text as a ``Text``: one line, inert, no markup."""
    return Text(inert(value), style=style, end="")


def _line(t: Text, label: str, value: str | Text, style: str = "") -> None:
    t.append(f"{label:<20}", style="bold")
    if isinstance(value, Text):
        t.append_text(value)
    else:
        t.append(inert(value) or "—", style=style)
    t.append("\n")


def summary(inc: Incident, view: ReportView, now: datetime) -> Text:
    t = Text()
    _line(t, "Grade", Text(grade_words(inc), style="bold red" if inc.reportable else "green"))
    if view.override:
        o, auto = view.override, view.auto
        _line(t, "", f"overridden by {o.get('by')} {local(o.get('at', ''))} (auto was "
                     f"L{auto.get('likelihood', '?')} S{auto.get('severity', '?')}): {o.get('reason')}",
              style="italic")
    for i, r in enumerate(view.reasons):
        _line(t, "Reasons" if i == 0 else "", f"• {r}")
    dl = Text(local_long(view.deadline) + "  ")
    dl.append_text(left_text(inc, now))
    _line(t, "ICO deadline", dl)
    _line(t, "Received", local_long(view.received_at))
    _line(t, "Reported by", ", ".join(view.reporters))
    _line(t, "Subject", view.subject)
    for h in view.forwarded:   # the deepest forwarded message (the breach itself) first
        _line(t, h.label, f"from {h.sender or '?'}")
        _line(t, "", "to " + (", ".join(h.to) or "?"))
        if h.cc:
            _line(t, "", "cc " + ", ".join(h.cc))
        if h.date or h.subject:
            _line(t, "", f"{h.date}  \"{h.subject}\"".strip())
    _line(t, "Breach type", view.breach_type + ("   (near miss)" if view.near_miss else ""))
    counts = ", ".join(f"{k} {n}" for k, n in sorted(view.identifier_counts.items()))
    _line(t, "Data subjects", f"{view.subjects}   identifiers: {counts or 'none'}")
    _line(t, "Special categories", ", ".join(view.special_categories) or "none",
          style="magenta" if view.special_categories else "")
    _line(t, "Status", view.status.replace("_", " ") + (f"   assigned to {view.assignee}" if view.assignee else
                                                           "   unassigned"))
    _line(t, "Related reports", ", ".join(view.related) or "none")
    for m in view.merged_reports:
        _line(t, "", f"also reported {m}")
    if view.outcome:
        _line(t, "Outcome", view.outcome)
    if view.not_reportable_reason:
        _line(t, "Not reportable because", view.not_reportable_reason)
    if view.subjects_told:
        told = view.subjects_told
        _line(t, "Subjects told", ("yes" if told["told"] else "no") + (f": {told['how']}" if told["how"] else ""))
    for label, entries in (("Containment", view.containment), ("Notes", view.dpo_notes)):
        for i, c in enumerate(entries):
            _line(t, label if i == 0 else "", f"{local(c.at)} {c.by}: {c.text}")
    for i, note in enumerate(view.analysis_notes):
        _line(t, "Analysis notes" if i == 0 else "", note, style="dim")
    return t


def identifier_rows(view: ReportView) -> tuple[list[tuple[Text, ...]], int]:
    """Rows (subject, kind, value, where, confidence, evidence) grouped by data subject, as Text cells."""
    idents = sorted(view.identifiers, key=lambda i: (i.subject is None, i.subject or 0, i.kind))
    rows = [(plain(f"#{i.subject}" if i.subject is not None else "—"), plain(i.kind), plain(i.value),
             plain(i.where), plain(f"{i.confidence:.2f}"), plain(i.evidence[:60]))
            for i in idents[:MAX_IDENTIFIER_ROWS]]
    return rows, max(len(idents) - MAX_IDENTIFIER_ROWS, 0)


def message(view: ReportView) -> Text:
    """Every text section with identifiers highlighted: masked until revealed, the rest as written."""
    out = Text()
    if not view.sections:
        out.append("(no message text stored — purged or unparseable)\n", style="dim")
    marked = "bold black on yellow" if view.revealed else "bold reverse"
    for s in view.sections:
        out.append(f"── {inert(s.where)} ({inert(s.role)}) ──\n", style="bold")
        for text, is_identifier in s.parts:
            if is_identifier:
                out.append(inert(text), style=marked)
            else:
                out.append(inert(text, multiline=True))
        if s.cut:
            out.append("\n… (cut: export the report for the rest)", style="dim")
        out.append("\n\n")
    return out


def attachments(view: ReportView) -> Text:
    t = Text()
    t.append(f"Attachments ({len(view.attachments)})\n", style="bold")
    for a in view.attachments:
        t.append(f"  {inert(a.name)}  ", style="bold")
        t.append(f"{inert(a.content_type)}, {a.size:,} bytes — extracted: {inert(a.extracted) or 'nothing'}\n")
    for tb in view.tables:
        t.append(f"  table {inert(tb.where)} {inert(tb.sheet)}: {tb.total_rows} rows, "
                 f"columns {', '.join(inert(h) for h in tb.header)}\n", style="dim")
    return t


def timeline_rows(view: ReportView) -> list[tuple[Text, Text, Text, Text]]:
    return [(plain(local(e["at"], "%d %b %Y %H:%M")), plain(e["by"]), plain(e["action"]), plain(e["detail"]))
            for e in view.timeline]
