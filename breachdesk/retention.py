"""Retention: remove every personal value ``[store] retention_days`` after an incident is closed.

What goes: the incident's data key (crypto-shredding: every copy encrypted with it —
the detail document, the sealed fields of the queue row, the raw messages in the
spool, in backups and journals too — can no longer be decrypted), the raw message
files in the spool (``done/``, ``failed/``), and everything personal in the detail
and the queue row, which are rewritten in clear with only what is not personal.

What stays, so ``breachdesk stats`` gives the same answers: the queue row's ref, dates,
status, grade (likelihood, severity, reportable), counts of data subjects and of each
identifier kind, special categories, flags, the reporters' (staff) addresses and the
assignee; in the detail, each identifier's ``kind``, ``subject`` cluster and
``confidence``, and the timeline's who/when/what (without its text). The subject,
forwarded headers, attachment names, notes, masked forms, sections and reasons go.
The incident's timeline and the audit log get a ``purge`` entry.

Closure time is the later of the incident's ``decided_at`` and the last status change
in its timeline (a reopened-and-closed-again incident keeps its data for the full
period after the *last* closure). Purging is idempotent: a report merged into an
already purged incident is purged at the next run.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from breachdesk.audit import AuditLog
from breachdesk.crypto import PURGED, DecryptError, destroy_incident_key
from breachdesk.model import Incident, Status, iso, parse_iso, utcnow
from breachdesk.store import Store, atomic_write_bytes, fsync_dir

if TYPE_CHECKING:
    from breachdesk.settings import Settings

log = logging.getLogger("breachdesk.retention")

RAW_IDENTIFIER_FIELDS = ("value", "text", "evidence", "masked")
SPOOL_KEEP_DIRS = ("done", "failed")       # incoming/ is still to be processed: never purged
STATE_FILE = "retention.json"
DAY = timedelta(days=1)


@dataclass
class PurgeItem:
    ref: str
    closed_at: str
    spool_files: list[str] = field(default_factory=list)
    sections: int = 0
    identifiers: int = 0
    key: bool = False           # the incident had its own data key (destroyed by the purge)

    def summary(self) -> str:
        return (f"{self.ref} (closed {self.closed_at[:10]}): {len(self.spool_files)} raw message(s), "
                f"{self.sections} text section(s), {self.identifiers} identifier value(s)"
                + ("; data key destroyed" if self.key else ""))


@dataclass
class PurgeReport:
    retention_days: int
    cutoff: str
    dry_run: bool
    items: list[PurgeItem] = field(default_factory=list)
    kept_open: int = 0          # not closed
    kept_recent: int = 0        # closed, but not long enough ago

    @property
    def spool_files(self) -> int:
        return sum(len(i.spool_files) for i in self.items)


def closed_at(inc: Incident, detail: dict[str, Any]) -> str:
    """When the incident was (last) closed: the later of decided_at and its last status change."""
    stamps = [inc.decided_at] if inc.decided_at else []
    for t in detail.get("timeline") or []:
        if t.get("action") in ("status", "merge") and t.get("at"):
            stamps.append(str(t["at"]))
    if not stamps and inc.updated_at:
        stamps.append(inc.updated_at)
    return max(stamps, key=parse_iso) if stamps else ""


def _spool_files(root: Path, inc: Incident) -> list[Path]:
    ids = [s for s in dict.fromkeys([inc.spool_id, *inc.spool_ids]) if s]
    out = []
    for sid in ids:
        for sub in SPOOL_KEEP_DIRS:
            for suffix in (".msg", ".attempts"):
                p = root / "spool" / sub / f"{sid}{suffix}"
                if p.exists():
                    out.append(p)
    return out


def _raw_counts(detail: dict[str, Any]) -> tuple[int, int]:
    sections = sum(1 for s in detail.get("sections") or [] if isinstance(s, dict) and s.get("text"))
    idents = sum(1 for i in detail.get("identifiers") or []
                 if isinstance(i, dict) and any(i.get(f) for f in RAW_IDENTIFIER_FIELDS))
    return sections, idents


def stub(detail: dict[str, Any], stamp: str, ref: str) -> dict[str, Any]:
    """What a purged incident's detail keeps: nothing personal (see the module docstring)."""
    idents = [{"kind": str(i.get("kind", "")), "subject": i.get("subject"), "confidence": i.get("confidence"),
               "value": "", "text": "", "masked": "", "where": ""}
              for i in detail.get("identifiers") or [] if isinstance(i, dict)]
    timeline = [{"at": str(t.get("at", "")), "by": str(t.get("by", "")), "action": str(t.get("action", ""))}
                for t in detail.get("timeline") or [] if isinstance(t, dict)]
    return {"ref": ref, "purged_at": stamp, "identifiers": idents, "timeline": timeline}


def _needs_purge(detail: dict[str, Any]) -> bool:
    from breachdesk.crypto import _is_stub

    return not _is_stub(detail)


def _read_detail(store: Store, ref: str) -> dict[str, Any] | None:
    """The detail (opened with the incident's key), or None when it cannot be opened."""
    try:
        return store.detail(ref)
    except DecryptError:
        return None


def purge(settings: Settings, store: Store, *, dry_run: bool = False, by: str,
          now: datetime | None = None, why: str = "") -> PurgeReport:
    """Purge closed incidents older than ``[store] retention_days``; ``dry_run`` lists only."""
    now = now or utcnow()
    days = settings.store.retention_days
    cutoff = now - timedelta(days=days)
    report = PurgeReport(retention_days=days, cutoff=iso(cutoff), dry_run=dry_run)
    for inc in sorted(store.list_incidents(), key=lambda i: i.ref):
        if inc.status != Status.CLOSED:
            report.kept_open += 1
            continue
        detail = _read_detail(store, inc.ref)
        # without the key the timeline cannot be read: the last change is a safe (later) closure time
        when = closed_at(inc, detail) if detail is not None else (inc.updated_at or inc.decided_at)
        if not when or parse_iso(when) > cutoff:
            report.kept_recent += 1
            continue
        files = _spool_files(store.root, inc)
        has_key = store.keyring.has(inc.ref) if store.keyring else \
            (store.root / "keys" / "incidents" / f"{inc.ref}.key").exists()
        if not (files or has_key or detail is None or _needs_purge(detail) or inc.subject != PURGED):
            continue                                  # already purged
        sections, idents = _raw_counts(detail or {})
        item = PurgeItem(inc.ref, when, [p.name for p in files if p.suffix == ".msg"], sections, idents,
                         key=has_key)
        report.items.append(item)
        if not dry_run:
            _purge_one(store, inc.ref, item, files, by=by, days=days, why=why)
    if not dry_run and report.items:
        store.compact()                   # the journal held the details as they were before
    if not dry_run:
        log.info("retention: purged %d incident(s), %d raw message(s); %d closed within %d days kept",
                 len(report.items), report.spool_files, report.kept_recent, days)
    return report


def _purge_one(store: Store, ref: str, item: PurgeItem, files: list[Path], *, by: str, days: int,
               why: str) -> None:
    stamp = iso(utcnow())
    text = (f"retention ({days} days after closure): removed {len(item.spool_files)} raw message(s), "
            f"{item.sections} text section(s), {item.identifiers} identifier value(s)"
            + (" and destroyed the incident's data key" if item.key else "")
            + "; counts, kinds and grade kept")

    def change(inc: Incident, detail: dict[str, Any]) -> None:
        kept = stub(detail, stamp, ref)
        kept["timeline"].append({"at": stamp, "by": by, "action": "purge", "detail": text})
        detail.clear()
        detail.update(kept)
        inc.subject = PURGED
        inc.original_message_id = ""
        inc.content_key = ""
        if inc.override:
            inc.override = {**inc.override, "reason": PURGED}
        if inc.auto:
            inc.auto = {**inc.auto, "reasons": []}
        inc.purged_at = stamp
        return None                               # the timeline entry is in the stub already

    # Going through update() bumps the version, so a dashboard editing it sees a stale edit.
    # A detail the key cannot open any more is replaced without being read.
    try:
        store.update(ref, change, by=by, action="purge")
    except DecryptError:
        path = store.root / "details" / f"{ref}.json"
        atomic_write_bytes(path, json.dumps({"ref": ref, "purged_at": stamp, "identifiers": [],
                                             "timeline": []}).encode())
        store.update(ref, change, by=by, action="purge")
    destroy_incident_key(store.root, ref, store.keyring)
    for p in files:
        try:
            p.unlink()
        except FileNotFoundError:
            pass
    for d in {p.parent for p in files}:
        fsync_dir(d)
    AuditLog(store.root).append("purge", by=by, ref=ref, why=why or f"retention: {days} days after closure",
                                detail={"closed_at": item.closed_at, "spool_files": len(item.spool_files),
                                        "sections": item.sections, "identifiers": item.identifiers,
                                        "key_destroyed": item.key})


# ----------------------------------------------------------------- daily run


class DailyPurge:
    """For the daemon: call :meth:`tick` often; it purges at most once a day.

    The last run is kept in ``retention.json`` in the data directory, so a restart
    does not purge again (and a daemon that was down for a week catches up at start).
    Never raises: a failed run is logged (without values) and retried next tick an hour later.
    """

    def __init__(self, settings: Settings, store: Store, *, by: str = "breachdesk (daily retention)") -> None:
        self.settings = settings
        self.store = store
        self.by = by
        self.state = store.root / STATE_FILE
        self._next_try: datetime | None = None

    def _last_run(self) -> datetime | None:
        try:
            return parse_iso(json.loads(self.state.read_bytes())["last_run"])
        except (FileNotFoundError, ValueError, KeyError, TypeError):
            return None

    def due(self, now: datetime) -> bool:
        if self._next_try and now < self._next_try:
            return False
        last = self._last_run()
        return last is None or now - last >= DAY

    def tick(self, now: datetime | None = None) -> PurgeReport | None:
        now = now or utcnow()
        if not self.due(now):
            return None
        try:
            report = purge(self.settings, self.store, by=self.by, now=now, why="daily retention run")
        except Exception as exc:  # noqa: BLE001 - the daemon must keep taking mail
            log.error("retention run failed (%s); retrying in an hour", exc.__class__.__name__)
            self._next_try = now + timedelta(hours=1)
            return None
        atomic_write_bytes(self.state, json.dumps({"last_run": iso(now), "purged": len(report.items)}).encode())
        self._next_try = None
        return report
