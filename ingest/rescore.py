"""``breachdesk rescore``: re-analyse stored incidents with the current config.

Reads each incident's raw message back from the spool (``done/`` or ``failed/``),
runs the same parse-and-analyse path as the daemon, and updates the automatic
grade, identifiers and counts. DPO overrides, status, notes and the timeline are
kept (a report filed "analysis incomplete" by the daemon becomes "new" once analysed); each incident's timeline records what changed. Incidents whose raw message
has been purged are skipped (and counted).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any

from breachdesk.audit import AuditLog
from breachdesk.model import Incident, Status
from breachdesk.settings import Settings
from breachdesk.store import Store
from ingest.backfill import Progress
from ingest.process import Engine, incident_records
from ingest.spool import Spool


@dataclass
class RescoreReport:
    examined: int = 0
    changed: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)


def count_delta(before: dict[str, int], after: dict[str, int]) -> str:
    """``+1 hospital_number, -2 phone_number``: per kind, what a rescore added and removed."""
    parts = []
    for kind in sorted(set(before) | set(after)):
        d = after.get(kind, 0) - before.get(kind, 0)
        if d:
            parts.append(f"{d:+d} {kind}")
    return ", ".join(parts)


def _describe(old: Incident, fields: dict[str, Any]) -> str:
    changes = []
    oa, na = old.auto or {}, fields["auto"]
    for key in ("likelihood", "severity", "reportable"):
        if oa.get(key) != na.get(key):
            changes.append(f"{key} {oa.get(key)} -> {na.get(key)}")
    if old.subjects != fields["subjects"]:
        changes.append(f"data subjects {old.subjects} -> {fields['subjects']}")
    if old.identifier_counts != fields["identifier_counts"]:
        before = sum(old.identifier_counts.values())
        after = sum(fields["identifier_counts"].values())
        changes.append(f"identifiers {before} -> {after} ({count_delta(old.identifier_counts, fields['identifier_counts'])})")
    if sorted(old.special_categories) != sorted(fields["special_categories"]):
        changes.append(f"special categories {sorted(old.special_categories)} -> {sorted(fields['special_categories'])}")
    return "; ".join(changes)


def rescore(settings: Settings, store: Store, *, since: str = "", by: str,
            progress: bool = False, engine: Engine | None = None) -> RescoreReport:
    engine = engine or Engine(settings)
    spool = Spool(store.root / "spool", cipher=store.cipher)
    report = RescoreReport()
    incidents = sorted((i for i in store.list_incidents() if not since or i.received_at[:10] >= since),
                       key=lambda i: i.received_at)
    total = len(incidents)
    bar = Progress(total, sys.stderr if progress else None)
    for n, inc in enumerate(incidents, 1):
        report.examined += 1
        where = None
        for sub in ("done", "failed", "incoming"):
            if (spool.root / sub / f"{inc.spool_id}.msg").exists():
                where = sub
                break
        if not inc.spool_id or where is None:
            report.skipped.append(inc.ref)
            continue
        msg = spool.read(inc.spool_id, where)
        parsed = engine.parse(msg.raw, envelope_from=msg.envelope.mail_from)
        analysis = engine.analyse(parsed)
        fields, detail = incident_records(parsed, analysis, msg.envelope, inc.spool_id)
        text = _describe(inc, fields)
        if inc.status == Status.INCOMPLETE:    # the analysis that ran out of time or memory, done now
            text = "; ".join(t for t in ("the full analysis completed", text) if t)
        if not text:
            report.unchanged += 1
        else:
            report.changed += 1

            def apply(i: Incident, d: dict[str, Any], fields: dict = fields, detail: dict = detail,
                      text: str = text) -> str:
                for key in ("subjects", "identifier_counts", "special_categories", "auto", "near_miss",
                            "breach_type", "parse_status"):
                    if key == "parse_status" and i.parse_status == "duplicate":
                        continue                       # closed into another incident: stays so
                    setattr(i, key, fields[key])
                if i.status == Status.INCOMPLETE:
                    i.status = fields["status"]
                for key in ("identifiers", "sections", "tables", "attachments", "notes", "assessment",
                            "forwarded"):
                    d[key] = detail[key]
                kept = " (DPO override kept)" if i.override else ""
                return f"re-analysed with the current config: {text}{kept}"

            store.update(inc.ref, apply, by=by, action="rescore")
            AuditLog(store.root).append("rescore", by=by, ref=inc.ref, detail={
                "from": f"L{(inc.auto or {}).get('likelihood', 0)} S{(inc.auto or {}).get('severity', 0)}",
                "to": f"L{fields['auto']['likelihood']} S{fields['auto']['severity']}",
                "override_kept": bool(inc.override)})
        bar.update(n)
    bar.close()
    return report
