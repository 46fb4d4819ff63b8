"""Retention: remove raw data ``[store] retention_days`` after an incident is closed.

What goes: the raw message(s) in the spool (``done/``, ``failed/``), the text of
every section (bodies, forwarded messages, attachment text), and each identifier's
raw ``value``, ``text`` and ``evidence`` (emptied). What stays: the queue row (counts, grade,
status, dates, special categories — so ``breachdesk stats`` gives the same answers),
each identifier's ``kind``, ``masked`` form, ``where``, ``subject`` and
``confidence``, attachment names and sizes, notes and the timeline. The incident's
detail gets ``purged_at`` and its timeline and the audit log an entry.

Closure time is the later of the incident's ``decided_at`` and the last status change
in its timeline (a reopened-and-closed-again incident keeps its data for the full
period after the *last* closure). Purging is idempotent: a report merged into an
already purged incident is purged at the next run. Purging needs no key: encrypted
values are removed without being decrypted.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from breachdesk.audit import AuditLog
from breachdesk.model import Incident, Status, iso, parse_iso, utcnow
from breachdesk.store import Store, atomic_write_bytes, fsync_dir

if TYPE_CHECKING:
    from breachdesk.settings import Settings

log = logging.getLogger("breachdesk.retention")

RAW_IDENTIFIER_FIELDS = ("value", "text", "evidence")
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

    def summary(self) -> str:
        return (f"{self.ref} (closed {self.closed_at[:10]}): {len(self.spool_files)} raw message(s), "
                f"{self.sections} text section(s), {self.identifiers} identifier value(s)")


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


def _strip(detail: dict[str, Any], stamp: str) -> None:
    """Remove the raw values in place, keeping what statistics and the record need."""
    for s in detail.get("sections") or []:
        if isinstance(s, dict) and s.get("text"):
            s["text"] = ""
    for i in detail.get("identifiers") or []:
        if isinstance(i, dict):           # keys kept (empty) so readers need no special case
            i.update(value="", text="", evidence={})
    detail["purged_at"] = stamp


def _read_raw_detail(store: Store, ref: str) -> dict[str, Any]:
    """The detail document as stored (encrypted values stay encrypted: no key needed)."""
    try:
        return json.loads((store.root / "details" / f"{ref}.json").read_bytes())
    except (FileNotFoundError, ValueError):
        return {}


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
        detail = _read_raw_detail(store, inc.ref)
        when = closed_at(inc, detail)
        if not when or parse_iso(when) > cutoff:
            report.kept_recent += 1
            continue
        files = _spool_files(store.root, inc)
        sections, idents = _raw_counts(detail)
        if not (files or sections or idents):
            continue                                  # already purged
        item = PurgeItem(inc.ref, when, [p.name for p in files if p.suffix == ".msg"], sections, idents)
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
            f"{item.sections} text section(s), {item.identifiers} identifier value(s); "
            "masked facts and counts kept")

    def change(inc: Incident, detail: dict[str, Any]) -> str:
        _strip(detail, stamp)
        if hasattr(inc, "purged_at"):             # when the model carries it on the queue row
            inc.purged_at = stamp
        return text

    # A store without a cipher: encrypted values are removed as they are, no key needed.
    # Going through update() bumps the version, so a dashboard editing it sees a stale edit.
    Store(store.root).update(ref, change, by=by, action="purge")
    for p in files:
        try:
            p.unlink()
        except FileNotFoundError:
            pass
    for d in {p.parent for p in files}:
        fsync_dir(d)
    AuditLog(store.root).append("purge", by=by, ref=ref, why=why or f"retention: {days} days after closure",
                                detail={"closed_at": item.closed_at, "spool_files": len(item.spool_files),
                                        "sections": item.sections, "identifiers": item.identifiers})


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
