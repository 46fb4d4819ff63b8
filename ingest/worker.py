"""The worker: turns spooled messages into incidents, in order, exactly once.

Idempotent by spool id: the incident (or the merge into an existing incident)
records the spool id before the spool file moves to ``done/``, so a crash between
the two is healed at the next pass without a duplicate. Each attempt is counted
*before* the analysis starts, so a message that crashes the worker process itself
is also given up on: after ``max_attempts`` it is filed as an "unparseable"
incident with the error, and its raw file is kept in ``spool/failed/``.
Failed attempts are retried after a short back-off while later messages go on.
Logs carry spool ids, references, sizes and counts — never values, subjects or bodies.
"""

from __future__ import annotations

import logging
import queue
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from breachdesk.audit import audit_filed
from breachdesk.model import Incident, Status
from breachdesk.settings import Settings
from breachdesk.store import Store
from ingest.spool import Spool, SpooledMessage

log = logging.getLogger("breachdesk.worker")

MAX_ATTEMPTS = 3
RETRY_DELAY = 2.0   # seconds times the attempt number
BATCH = 16          # fresh messages analysed together

Notify = Callable[[Incident, bool, dict], None]


class Worker:
    def __init__(self, engine: Any, store: Store, spool: Spool, *, on_incident: Notify | None = None,
                 max_attempts: int = MAX_ATTEMPTS, retry_delay: float = RETRY_DELAY) -> None:
        self.engine = engine
        self.store = store
        self.spool = spool
        self.on_incident = on_incident
        self.max_attempts = max_attempts
        self.retry_delay = retry_delay
        self.wake = threading.Event()
        self._not_before: dict[str, float] = {}

    def process_pending(self, stop: threading.Event | Any | None = None, batch: int = BATCH) -> int:
        """Process everything waiting and due, oldest first; returns how many were tried.

        Fresh messages go through the analyser in small batches (spaCy's ``nlp.pipe``
        is much faster per message); retried ones go one at a time.
        """
        now = time.monotonic()
        due = [sid for sid in self.spool.pending() if self._not_before.get(sid, 0) <= now]
        n = 0
        for i in range(0, len(due), batch):
            if stop is not None and stop.is_set():
                break
            chunk = due[i:i + batch]
            if len(chunk) > 1 and hasattr(self.engine, "analyse_many"):
                self._process_batch(chunk)
            else:
                for sid in chunk:
                    self.process_one(sid)
            n += len(chunk)
        return n

    def _process_batch(self, sids: list[str]) -> None:
        from ingest.process import incident_records

        todo: list[tuple[SpooledMessage, Any]] = []
        for sid in sids:
            if self.spool.attempts(sid) or self.store.find(spool_id=sid) is not None:
                self.process_one(sid)            # a retry, or the heal of a crash: on its own
                continue
            try:
                msg = self.spool.read(sid)
            except FileNotFoundError:
                continue
            self.spool.record_attempt(sid)       # a crash in the batch counts for each: retried alone
            try:
                parsed = self.engine.parse(msg.raw, envelope_from=msg.envelope.mail_from)
            except Exception:  # noqa: BLE001 - process_one retries it and reports the error
                continue
            if parsed.parse_status == "unparseable":
                self.process_one(sid)
                continue
            todo.append((msg, parsed))
        if not todo:
            return
        t0 = time.perf_counter()
        try:
            analyses = self.engine.analyse_many([p for _, p in todo])
            records = [incident_records(p, a, m.envelope, m.id) for (m, p), a in zip(todo, analyses, strict=True)]
        except Exception as exc:  # noqa: BLE001 - fall back to one at a time
            log.warning("batch of %d: analysis failed (%s); one at a time", len(todo), exc.__class__.__name__)
            for msg, _ in todo:
                self.process_one(msg.id)
            return
        each = (time.perf_counter() - t0) * 1000 / len(todo)
        for (msg, _), (fields, detail) in zip(todo, records, strict=True):
            self._finish(msg, fields, detail, each)

    def process_one(self, sid: str) -> Incident | None:
        """File one spooled message; None when it failed and will be retried."""
        existing = self.store.find(spool_id=sid)
        if existing is not None:           # stored before a crash: just finish the move
            self.spool.seal_for(sid, existing.ref)
            self.spool.mark_done(sid)
            self._not_before.pop(sid, None)
            log.info("spool %s already filed as %s", sid, existing.ref)
            return existing
        try:
            msg = self.spool.read(sid)
        except FileNotFoundError:
            return None
        attempts = self.spool.record_attempt(sid)
        if attempts > self.max_attempts:   # the earlier attempts never came back: they took the worker down
            return self._give_up(msg, "WorkerCrashed", "the worker stopped while analysing this message",
                                 attempts - 1)
        t0 = time.perf_counter()
        try:
            from ingest.process import incident_records

            parsed = self.engine.parse(msg.raw, envelope_from=msg.envelope.mail_from)
            analysis = self.engine.analyse(parsed)
            fields, detail = incident_records(parsed, analysis, msg.envelope, sid)
        except Exception as exc:  # noqa: BLE001 - every message must end as an incident
            err = exc.__class__.__name__
            log.warning("spool %s: analysis failed (%s), attempt %d of %d", sid, err, attempts, self.max_attempts)
            if attempts < self.max_attempts:
                self._not_before[sid] = time.monotonic() + self.retry_delay * attempts
                return None
            return self._give_up(msg, err, str(exc)[:500], attempts)
        return self._finish(msg, fields, detail, (time.perf_counter() - t0) * 1000)

    def _finish(self, msg: SpooledMessage, fields: dict, detail: dict, ms: float) -> Incident:
        sid = msg.id
        inc, created = self._file(sid, fields, detail)
        self._notify(inc, created, fields, msg)
        self.spool.seal_for(sid, inc.ref)
        self.spool.mark_done(sid)
        self._not_before.pop(sid, None)
        log.info("spool %s -> %s %s: %d bytes, %d identifiers, %d subjects, L%d S%d%s in %.0f ms",
                 sid, inc.ref, "new" if created else "merged", len(msg.raw), len(detail["identifiers"]),
                 fields["subjects"], fields["auto"]["likelihood"], fields["auto"]["severity"],
                 " reportable" if fields["auto"]["reportable"] else "", ms)
        return inc

    def _give_up(self, msg: SpooledMessage, err: str, text: str, attempts: int) -> Incident:
        from ingest.process import unparseable_records

        fields, detail = unparseable_records(f"{err}: {text}" if text else err, msg.envelope, msg.id,
                                             len(msg.raw))
        detail["message"]["raw"] = f"spool/failed/{msg.id}.msg"
        detail["message"]["attempts"] = attempts
        inc = self.store.create(fields, detail)
        audit_filed(self.store, inc, msg.id, created=True)
        self._notify(inc, True, fields, msg)
        self.spool.seal_for(msg.id, inc.ref)
        self.spool.mark_failed(msg.id)
        self._not_before.pop(msg.id, None)
        log.error("spool %s filed as %s (unparseable after %d attempts: %s)", msg.id, inc.ref, attempts, err)
        return inc

    def _file(self, sid: str, fields: dict, detail: dict) -> tuple[Incident, bool]:
        """Create the incident, or merge the report into the incident of the same original."""
        dup = None
        if fields.get("original_message_id") or fields.get("content_key"):
            dup = self.store.find(message_id=fields.get("original_message_id", ""),
                                  content_key=fields.get("content_key", ""))
        if dup is None or dup.status == Status.UNPARSEABLE:
            inc = self.store.create(fields, detail)
            audit_filed(self.store, inc, sid, created=True)
            return inc, True
        reporter = fields["reporter"]

        def merge(inc: Incident, d: dict) -> str | None:
            if sid in inc.spool_ids or inc.spool_id == sid:
                return None
            inc.spool_ids.append(sid)
            if reporter not in inc.reporters:
                inc.reporters.append(reporter)
            d.setdefault("merged_reports", []).append({"spool_id": sid, "reporter": reporter,
                                                       "received_at": fields["received_at"]})
            return f"the same email was also reported by {reporter}"

        inc = self.store.update(dup.ref, merge, by="breachdesk", action="duplicate")
        audit_filed(self.store, inc, sid, created=False)
        return inc, False

    def _notify(self, inc: Incident, created: bool, fields: dict, msg: SpooledMessage) -> None:
        if self.on_incident is None:
            return
        from ingest.ack import is_automatic

        env = msg.envelope
        fields = dict(fields, envelope_from=env.mail_from, peer=env.peer,
                      auto_submitted=bool(fields.get("auto_submitted")) or is_automatic(msg.raw, env.mail_from))
        try:
            self.on_incident(inc, created, fields)
        except Exception as exc:  # noqa: BLE001 - acknowledgements never block ingestion
            log.warning("%s: notification failed (%s)", inc.ref, exc.__class__.__name__)


# ---------------------------------------------------------------- the worker process


def worker_main(settings: Settings, data_dir: str, stop: Any, wake: Any, reloads: Any, log_level: int) -> None:
    """Entry point of the worker process started by ``breachdesk serve``."""
    _die_with_parent()
    from breachdesk.logs import setup_logging

    setup_logging(log_level)
    local_stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda signum, frame: local_stop.set())
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    from breachdesk.datadir import open_store
    from breachdesk.retention import DailyPurge
    from ingest.ack import Notifier
    from ingest.process import Engine

    root = Path(data_dir)
    store = open_store(settings)              # the key is loaded here, never passed between processes
    spool = Spool(root / "spool", cipher=store.cipher)
    daily = DailyPurge(settings, store)
    engine = Engine(settings)
    notifier = Notifier(settings, store)
    worker = Worker(engine, store, spool, on_incident=notifier.on_incident)
    sender = threading.Thread(target=notifier.run, args=(local_stop,), name="notifier", daemon=True)
    sender.start()
    n = worker.process_pending(local_stop)
    if n:
        log.info("recovered %d message(s) left in the spool", n)
    while not (local_stop.is_set() or stop.is_set()):
        try:
            new = reloads.get_nowait()
        except queue.Empty:
            pass
        else:
            try:
                worker.engine = Engine(new)
            except Exception as exc:  # noqa: BLE001 - keep the old engine
                log.error("worker: reload refused, keeping the old config and patterns (%s)",
                          exc.__class__.__name__)
            else:
                notifier.apply(new)
                daily.settings = new
                log.info("worker: config and patterns reloaded")
        try:
            handled = worker.process_pending(local_stop)
        except Exception as exc:  # noqa: BLE001 - keep going; messages stay spooled
            log.error("worker pass failed (%s); retrying", exc.__class__.__name__)
            handled = 0
        daily.tick()
        if not handled:
            wake.wait(0.5)
            wake.clear()
    local_stop.set()
    sender.join(15)
    log.info("worker stopped")


def _die_with_parent() -> None:
    """Ask Linux to send us SIGTERM when the parent dies (e.g. SIGKILLed)."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
