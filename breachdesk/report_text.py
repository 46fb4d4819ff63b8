"""Plain-text renderers of the report view: ``show``, ``list`` and the Markdown export.

They lay out a :class:`breachdesk.report.ReportView` (already masked) and make every string
from mail inert for the medium: :func:`breachdesk.textsafe.inert` for a terminal, and in
Markdown also the characters that would turn a subject into a link, a table cell break or
emphasis. The JSON forms use :func:`breachdesk.textsafe.json_dumps`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from breachdesk.model import Incident
from breachdesk.report import ReportView, export_fields
from breachdesk.textsafe import inert, json_dumps

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<|&])")
_MD_LINE_START = re.compile(r"^(?:([#>+=~-])|(\d+)([.)]))")


def md(text: object) -> str:
    """One value for a Markdown line or table cell: inert, on one line, no markup of its own
    (``&`` too: ``&amp;`` in a subject is shown as typed, not as an entity)."""
    return _MD_SPECIAL.sub(r"\\\1", inert(text))


def md_line(text: object) -> str:
    """A line of free text that starts a Markdown line (a note's): :func:`md`, and whatever would
    make the line a heading, quote, list item, rule or code block escaped as well."""
    shown = md(text).lstrip()
    return _MD_LINE_START.sub(lambda m: "\\" + m[1] if m[1] else m[2] + "\\" + m[3], shown, count=1)


def code(text: object) -> str:
    """A value as a Markdown code span: shown as written, nothing in it interpreted."""
    return "`" + inert(text).replace("`", "'").replace("|", "\\|") + "`"


def show_text(v: ReportView) -> str:
    """``breachdesk show``: the incident as the terminal shows it."""
    t = inert
    lines = [f"{t(v.ref)}  {t(v.status)}  received {t(v.received_at)}  deadline {t(v.deadline)}"
             + ("  (identifiers REVEALED)" if v.revealed else "  (masked)"),
             f"subject: {t(v.subject) or '(none)'}",
             f"reporter(s): {', '.join(t(r) for r in v.reporters)}",
             f"grade: likelihood {v.likelihood} severity {v.severity} "
             f"{'REPORTABLE' if v.reportable else 'not reportable'}; data subjects {v.subjects}"]
    lines += [f"  - {t(r)}" for r in v.reasons]
    for h in v.forwarded:
        lines.append(f"{h.label.lower()}: from {t(h.sender) or '?'} to {', '.join(t(p) for p in h.to) or '?'}"
                     + (f" cc {', '.join(t(p) for p in h.cc)}" if h.cc else ""))
        if h.subject or h.date:
            lines.append(f"  {t(h.date)}  \"{t(h.subject)}\"".rstrip())
    for a in v.attachments:
        lines.append(f"attachment: {t(a.name)}  {t(a.content_type)}, {a.size:,} bytes — "
                     f"extracted: {t(a.extracted) or 'nothing'}")
    for tb in v.tables:
        lines.append(f"  table {t(tb.where)} {t(tb.sheet)}: {tb.total_rows} rows, "
                     f"columns {', '.join(t(h) for h in tb.header)}")
    for i in v.identifiers:
        lines.append(f"  {t(i.kind):16s} {t(i.value):28s} {t(i.where)}")
    for label, entries in (("containment", v.containment), ("note", v.dpo_notes)):
        lines += [f"{label}: {t(e.at)} {t(e.by)}: {t(e.text)}" for e in entries]
    lines += [f"analysis note: {t(n)}" for n in v.analysis_notes]
    return "\n".join(lines)


def queue_lines(rows: Iterable[Incident], now: datetime) -> list[str]:
    """``breachdesk list``: one line per incident with its clock, mail-borne text inert."""
    from breachdesk.actions import countdown

    out = [f"{'ref':16s} {'received':20s} {'deadline':20s} {'clock':10s} {'status':14s} {'L':>2s} {'S':>2s} "
           f"{'subj':>5s}  reporter"]
    for r in rows:
        flag = "!" if r.reportable else " "
        clock, _style = countdown(r, now)
        out.append(f"{inert(r.ref):16s} {inert(r.received_at[:19]):20s} {inert(r.deadline[:19]):20s} {clock:10s} "
                   f"{inert(r.status):14s} {r.likelihood:2d} {r.severity:2d}{flag}{r.subjects:5d}  {inert(r.reporter)}")
    return out


def export_json(v: ReportView) -> str:
    return json_dumps(export_fields(v), indent=2) + "\n"


def export_markdown(v: ReportView) -> str:
    r = export_fields(v)
    g = r["grade"]
    told = r["data_subjects_told"]
    lines = [
        f"# Personal data breach report {md(r['ref'])}", "",
        f"- **Status:** {inert(r['status'])}" + (" (near miss)" if r["near_miss"] else ""),
        f"- **What happened:** {md(r['what_happened'])}",
        f"- **When it happened:** {md(r['when_it_happened'])}",
        f"- **When we became aware:** {md(r['when_we_became_aware'])}",
        f"- **ICO 72-hour deadline:** {md(r['ico_deadline'])}",
        f"- **Reported by:** {', '.join(md(x) for x in r['reported_by'])}",
        f"- **Breach type:** {inert(r['breach_type'])}",
        f"- **Data categories:** {', '.join(inert(x) for x in r['data_categories']) or 'none found'}",
        f"- **Special categories:** {', '.join(inert(x) for x in r['special_categories']) or 'none'}",
        f"- **Approximate number of data subjects:** {r['approx_data_subjects']}",
        f"- **Approximate number of records:** {r['approx_records']}",
        f"- **Likely consequences:** {inert(r['likely_consequences'])}",
        f"- **Grade:** likelihood {g['likelihood']}, severity {g['severity']}, "
        f"{'reportable' if g['reportable'] else 'not reportable'} to the ICO"
        + (f" (overridden: {md(g['override_reason'])})" if g["overridden"] else ""),
        f"- **Measures taken:** {'; '.join(md(x) for x in r['measures_taken']) or 'none recorded'}",
        "- **Data subjects told:** " + ("not recorded" if told is None else
                                        ("yes" if told["told"] else "no") + (f" ({md(told['how'])})" if told["how"] else "")),
    ]
    if r["outcome"]:
        lines.append(f"- **Outcome:** {md(r['outcome'])}")
    if r["not_reportable_reason"]:
        lines.append(f"- **Why not reportable:** {md(r['not_reportable_reason'])}")
    if r["related"]:
        lines.append(f"- **Related incidents:** {', '.join(md(x) for x in r['related'])}")
    lines += ["", "## Reasons for the grade", ""] + [f"- {md(x)}" for x in g["reasons"] or ["(none)"]]
    lines += ["", "## Identifiers found" + ("" if r["revealed"] else " (masked)"), "",
              "| kind | value | where | subject |", "| --- | --- | --- | --- |"]
    lines += [f"| {inert(i['kind'])} | {code(i['value'])} | {md(i['where'])} | "
              f"{i['subject'] if i['subject'] is not None else ''} |" for i in r["identifiers"]]
    lines += record_lines(r)
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ the regulators' forms

_RECORD = ("dpo_notes", "tasks", "timeline")           # laid out as sections after the form's fields


def _label(key: str) -> str:
    text = key.replace("_", " ")
    return (text[:1].upper() + text[1:]).replace("Dspt", "DSPT").replace("ico", "ICO").replace("Ico", "ICO")


def _value(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "not recorded"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "; ".join(md(x) for x in value)
    return md(value)


def _field_lines(key: str, value: Any, indent: str = "") -> list[str]:
    if isinstance(value, dict):
        out = [f"{indent}- **{_label(key)}:**"]
        for k, v in value.items():
            if isinstance(v, list) and v and isinstance(v[0], dict):
                out.append(f"{indent}  - **{_label(k)}:**")
                out += [f"{indent}    - " + ", ".join(f"{_label(a)}: {_value(b)}" for a, b in item.items())
                        for item in v]
            else:
                out += _field_lines(k, v, indent + "  ")
        return out
    return [f"{indent}- **{_label(key)}:** {_value(value)}"]


def form_markdown(fields: dict[str, Any]) -> str:
    """A form (:func:`breachdesk.report.form_fields`) as Markdown: its fields, then the record."""
    lines = [f"# {md(fields['form'])}: {md(fields['local_reference'])}", "",
             "Identifiers are " + ("REVEALED (audited)." if fields["revealed"] else "masked."), ""]
    for key, value in fields.items():
        if key in ("form", "revealed", *_RECORD):
            continue
        lines += _field_lines(key, value)
    lines += record_lines(fields)
    return "\n".join(lines) + "\n"


def record_lines(fields: dict[str, Any]) -> list[str]:
    """The record behind an export's answers (:func:`breachdesk.report.record_fields`): the DPO's
    notes, the tasks and the timeline, as sections after the fields."""
    lines = ["", "## Notes", ""]
    for n in fields["dpo_notes"]:
        lines.append(f"- {md(n['at'])} {md(n['by'])}:")
        lines += [f"  {md_line(part)}  " for part in str(n["text"]).splitlines() if part.strip()]
    if not fields["dpo_notes"]:
        lines.append("(none)")
    lines += ["", "## Tasks", ""]
    lines += [f"- [{'x' if t['done'] else ' '}] {md(t['title'])} — {md(t['owner'] or 'no owner')}"
              + (f", due {md(t['due'])}" if t["due"] else "") for t in fields["tasks"]] or ["(none)"]
    lines += ["", "## Timeline", "", "| when | who | action | detail |", "| --- | --- | --- | --- |"]
    lines += [f"| {md(e['at'])} | {md(e['by'])} | {md(e['action'])} | {md(e['detail'])} |"
              for e in fields["timeline"]]
    return lines


def form_json(fields: dict[str, Any]) -> str:
    return json_dumps(fields, indent=2) + "\n"
