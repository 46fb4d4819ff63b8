"""The worker: turns spooled messages into incidents, in order, exactly once.

Idempotent by spool id: the incident (or the merge into an existing incident)
records the spool id before the spool file moves to ``done/``, so a crash between
the two is healed at the next pass without a duplicate. A message that fails
``max_attempts`` times is filed as an "unparseable" incident, keeping the raw file.
Logs carry spool ids, references, sizes and counts — never values, subjects or bodies.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from breachdesk.model import Incident, Status
from breachdesk.store import Store
from ingest.process import Engine, incident_records, unparseable_records
from ingest.spool import Spool

log = logging.getLogger("breachdesk.worker")

MAX_ATTEMPTS = 3


class Worker:
    def __init__(self, engine: Engine, store: Store, spool: Spool, *,
                 on_incident: Callable[[Incident, bool, dict], None] | None = None,
                 max_attempts: int = MAX_ATTEMPTS) -> None:
        self.engine = engine
        self.store = store
        self.spool = spool
        self.on_incident = on_incident
        self.max_attempts = max_attempts
        self.wake = threading.Event()

    def process_pending(self, stop: threading.Event | None = None) -> int:
        """Process everything waiting, oldest first; returns how many were handled."""
        n = 0
        for sid in self.spool.pending():
            if stop is not None and stop.is_set():
                break
            self.process_one(sid)
            n += 1
        return n

    def process_one(self, sid: str) -> Incident | None:
        existing = self.store.find(spool_id=sid)
        if existing is not None:           # stored before a crash: just finish the move
            self.spool.mark_done(sid)
            log.info("spool %s already filed as %s", sid, existing.ref)
            return existing
        try:
            msg = self.spool.read(sid)
        except FileNotFoundError:
            return None
        t0 = time.perf_counter()
        try:
            parsed = self.engine.parse(msg.raw, envelope_from=msg.envelope.mail_from)
            analysis = self.engine.analyse(parsed)
            fields, detail = incident_records(parsed, analysis, msg.envelope, sid)
        except Exception as exc:  # noqa: BLE001 - every message must end as an incident
            attempts = self.spool.record_attempt(sid)
            err = exc.__class__.__name__
            log.warning("spool %s: analysis failed (%s), attempt %d of %d", sid, err, attempts, self.max_attempts)
            if attempts < self.max_attempts:
                return None
            fields, detail = unparseable_records(err, msg.envelope, sid, len(msg.raw))
            inc = self.store.create(fields, detail)
            self.spool.mark_failed(sid)
            log.error("spool %s filed as %s (unparseable after %d attempts)", sid, inc.ref, attempts)
            self._notify(inc, True, fields)
            return inc
        inc, created = self._file(sid, fields, detail)
        self.spool.mark_done(sid)
        log.info("spool %s -> %s %s: %d bytes, %d identifiers, %d subjects, L%d S%d%s in %.0f ms",
                 sid, inc.ref, "new" if created else "merged", len(msg.raw), len(detail["identifiers"]),
                 fields["subjects"], fields["auto"]["likelihood"], fields["auto"]["severity"],
                 " reportable" if fields["auto"]["reportable"] else "", (time.perf_counter() - t0) * 1000)
        self._notify(inc, created, fields)
        return inc

    def _file(self, sid: str, fields: dict, detail: dict) -> tuple[Incident, bool]:
        """Create the incident, or merge the report into the incident of the same original."""
        dup = None
        if fields.get("original_message_id") or fields.get("content_key"):
            dup = self.store.find(message_id=fields.get("original_message_id", ""),
                                  content_key=fields.get("content_key", ""))
        if dup is None or dup.status == Status.UNPARSEABLE:
            return self.store.create(fields, detail), True
        reporter = fields["reporter"]

        def merge(inc: Incident, d: dict) -> str:
            if sid in inc.spool_ids:
                return "duplicate report already merged"
            inc.spool_ids.append(sid)
            if reporter not in inc.reporters:
                inc.reporters.append(reporter)
            d.setdefault("merged_reports", []).append({"spool_id": sid, "reporter": reporter,
                                                       "received_at": fields["received_at"]})
            return f"the same email was also reported by {reporter}"

        return self.store.update(dup.ref, merge, by="breachdesk", action="duplicate"), False

    def _notify(self, inc: Incident, created: bool, fields: dict) -> None:
        if self.on_incident is None:
            return
        try:
            self.on_incident(inc, created, fields)
        except Exception as exc:  # noqa: BLE001 - acknowledgements never block ingestion
            log.warning("%s: notification failed (%s)", inc.ref, exc.__class__.__name__)

    def run(self, stop: threading.Event, poll: float = 0.5) -> None:
        """Loop until ``stop`` is set, finishing the message in flight."""
        while not stop.is_set():
            try:
                handled = self.process_pending(stop)
            except Exception:  # noqa: BLE001 - keep the worker alive; the message stays spooled
                log.exception("worker pass failed; retrying")
                handled = 0
            if not handled:
                self.wake.wait(poll)
                self.wake.clear()
