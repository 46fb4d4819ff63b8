"""The worker: turns spooled messages into incidents, in order, exactly once.

Idempotent by spool id: the incident (or the merge into an existing incident)
records the spool id before the spool file moves to ``done/``, so a crash between
the two is healed at the next pass without a duplicate. Each attempt is counted
*before* the analysis starts, so a message that crashes the worker process itself
is also given up on: after ``max_attempts`` it is filed as an "unparseable"
incident with the error, and its raw file is kept in ``spool/failed/``.
Failed attempts are retried after a short back-off while later messages go on.

Under ``breachdesk serve`` the daemon has already filed each report from its headers
(status "analysing"); :meth:`Worker._file` then completes that incident instead of
creating one, or closes it as a duplicate of an earlier report of the same original.
There the supervisor (:mod:`ingest.pool`) counts attempts and enforces limits, and
:func:`child_main` is the loop of each analysis process. ``breachdesk ingest`` uses
:class:`Worker` in-process with its own attempt counting.
Logs carry spool ids, references, sizes and counts — never values, subjects or bodies.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from breachdesk.audit import audit_filed
from breachdesk.model import ICO_DEADLINE, Incident, Status, iso, parse_iso, utcnow
from breachdesk.settings import Settings
from breachdesk.store import Store
from ingest.process import analysed, apply_analysis
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
        if existing is not None and analysed(existing):   # stored before a crash: just finish the move
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
            fields, detail = self.analyse(msg)
        except Exception as exc:  # noqa: BLE001 - every message must end as an incident
            err = exc.__class__.__name__
            log.warning("spool %s: analysis failed (%s), attempt %d of %d", sid, err, attempts, self.max_attempts)
            if attempts < self.max_attempts:
                self._not_before[sid] = time.monotonic() + self.retry_delay * attempts
                return None
            return self._give_up(msg, err, str(exc)[:500], attempts)
        return self._finish(msg, fields, detail, (time.perf_counter() - t0) * 1000)

    def analyse(self, msg: SpooledMessage) -> tuple[dict, dict]:
        """Parse and analyse one spooled message into incident records (no store access)."""
        from ingest.process import incident_records

        parsed = self.engine.parse(msg.raw, envelope_from=msg.envelope.mail_from)
        analysis = self.engine.analyse(parsed)
        return incident_records(parsed, analysis, msg.envelope, msg.id)

    def _finish(self, msg: SpooledMessage, fields: dict, detail: dict, ms: float) -> Incident:
        sid = msg.id
        from ingest.replies import file_special  # not a report, or a reply: not a new incident

        special = file_special(self.store, msg, fields, detail, getattr(self.engine, "settings", None))
        inc, created = special if special is not None else self._file(sid, fields, detail)
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
        from ingest.replies import is_reply_of, reply_incomplete

        filed = self.store.find(spool_id=msg.id)
        if filed is not None and is_reply_of(filed, msg.id):   # a reply noted on its incident: not that incident
            inc = reply_incomplete(self.store, filed.ref, msg.id, f"{err}: {text}" if text else err)
            self.spool.seal_for(msg.id, inc.ref)
            self.spool.mark_failed(msg.id)
            self._not_before.pop(msg.id, None)
            return inc
        if filed is not None:              # filed first by the daemon: say why the analysis is missing
            from ingest.process import apply_incomplete

            why = f"{err}: {text}" if text else err
            inc = self.store.update(filed.ref, lambda i, d: apply_incomplete(i, d, why, None), by="breachdesk",
                                    action="incomplete")
            self.spool.seal_for(msg.id, inc.ref)
            self.spool.mark_failed(msg.id)
            self._not_before.pop(msg.id, None)
            return inc
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
        """Create the incident (or complete the one filed first), or merge the report into
        the incident of the same original.

        Under the store's lock from the search to the write: two analysis processes finishing
        reports of the same original at once would otherwise each find the other not yet
        analysed, and both reports would stay open as separate incidents.
        """
        with self.store.exclusive():
            return self._file_locked(sid, fields, detail)

    def _file_locked(self, sid: str, fields: dict, detail: dict) -> tuple[Incident, bool]:
        filed = self.store.find(spool_id=sid)
        dup = self._same_original(fields, filed.ref if filed is not None else "")
        if filed is not None and dup is None:
            return self.store.update(filed.ref, lambda inc, d: apply_analysis(inc, d, fields, detail),
                                     by="breachdesk", action="analysed"), True
        if dup is None:
            inc = self.store.create(fields, detail)
            audit_filed(self.store, inc, sid, created=True)
            return inc, True
        merged = self._merge(dup, sid, fields)
        if filed is not None:
            self._close_as_duplicate(filed.ref, merged.ref, fields, detail)
        return merged, False

    def _same_original(self, fields: dict, own_ref: str) -> Incident | None:
        """An earlier incident about the same forwarded original (Message-ID or content)."""
        mid, key = fields.get("original_message_id", ""), fields.get("content_key", "")
        if not (mid or key):
            return None
        for inc in self.store.list_incidents():
            if inc.ref == own_ref or inc.status == Status.UNPARSEABLE or not analysed(inc):
                continue
            if inc.status == Status.CLOSED and inc.parse_status == "duplicate":
                continue
            if (mid and inc.original_message_id == mid) or (key and inc.content_key == key):
                return inc
        return None

    def _close_as_duplicate(self, ref: str, into: str, fields: dict, detail: dict) -> None:
        """The report filed first turned out to be a second report of ``into``: close it, pointing there."""
        stamp = iso(utcnow())

        def close(inc: Incident, d: dict) -> str:
            apply_analysis(inc, d, fields, detail)
            inc.parse_status = "duplicate"
            inc.status = Status.CLOSED
            inc.decided_at = inc.decided_at or stamp
            if into not in inc.related:
                inc.related.append(into)
            d["outcome"] = f"duplicate of {into}"
            d["merged_into"] = into
            return f"the same email was already reported as {into}: merged into it and closed"

        self.store.update(ref, close, by="breachdesk", action="duplicate")

    def _merge(self, dup: Incident, sid: str, fields: dict) -> Incident:
        reporter = fields["reporter"]

        def merge(inc: Incident, d: dict) -> str | None:
            if sid in inc.spool_ids or inc.spool_id == sid:
                return None
            inc.spool_ids.append(sid)
            if reporter not in inc.reporters:
                inc.reporters.append(reporter)
            d.setdefault("merged_reports", []).append({"spool_id": sid, "reporter": reporter,
                                                       "received_at": fields["received_at"]})
            text = f"the same email was also reported by {reporter}"
            earlier = fields.get("received_at") or ""
            if earlier and parse_iso(earlier) < parse_iso(inc.received_at):
                # analysed in parallel, the earlier report can finish second: the clock runs from it
                inc.received_at = iso(parse_iso(earlier))
                inc.deadline = iso(parse_iso(earlier) + ICO_DEADLINE)
                text += ", earlier: the 72-hour clock now runs from that report"
            return text

        inc = self.store.update(dup.ref, merge, by="breachdesk", action="duplicate")
        audit_filed(self.store, inc, sid, created=False)
        return inc

    def _notify(self, inc: Incident, created: bool, fields: dict, msg: SpooledMessage) -> None:
        if self.on_incident is None:
            return
        from ingest.ack import is_automatic
        from ingest.replies import mail_of

        env = msg.envelope
        fields = dict(fields, envelope_from=env.mail_from, peer=env.peer, mail=fields.get("mail") or mail_of(msg),
                      auto_submitted=bool(fields.get("auto_submitted")) or is_automatic(msg.raw, env.mail_from))
        try:
            self.on_incident(inc, created, fields)
        except Exception as exc:  # noqa: BLE001 - acknowledgements never block ingestion
            log.warning("%s: notification failed (%s)", inc.ref, exc.__class__.__name__)


# ---------------------------------------------------------------- the analysis process


def child_main(conn: Any, settings: Settings, data_dir: str, log_level: int, memory_mb: int) -> None:
    """Entry point of one analysis process of the pool (:mod:`ingest.pool`).

    Talks to the supervisor over ``conn`` (one end of a socketpair; nothing a dead process
    could hold): it receives ``("analyse", sid)``, ``("reload", settings)`` and ``("stop",)``
    and answers ``("ready", pid)``, ``("quick", sid, findings)`` (the quick passes, sent
    before the slow ones so a kill still leaves them), ``("done", sid, ref)`` and
    ``("error", sid, name, "analysis"|"storage")``. The supervisor counts the attempts,
    enforces the deadline and the memory cap, and files what this process cannot.
    """
    _die_with_parent()
    try:
        os.nice(NICE)                          # the listener's replies come first when CPUs are short
    except OSError:
        pass
    from breachdesk.logs import setup_logging

    setup_logging(log_level)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    from breachdesk.datadir import open_store
    from ingest.ack import Notifier
    from ingest.process import Engine

    root = Path(data_dir)
    store = open_store(settings)              # the key is loaded here, never passed between processes
    spool = Spool(root / "spool", cipher=store.cipher)
    notifier = Notifier(settings, store)      # queues acknowledgements; the daemon's thread sends them
    worker = Worker(Engine(settings), store, spool, on_incident=notifier.on_incident)
    _limit_address_space(memory_mb)
    hooks = os.environ.get(TEST_HOOKS_ENV) == "1"
    conn.send(("ready", os.getpid()))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return                            # the supervisor is gone
        if msg[0] == "stop":
            return
        if msg[0] == "reload":
            try:
                worker.engine = Engine(msg[1])
            except Exception as exc:  # noqa: BLE001 - keep the old engine
                log.error("worker: reload refused, keeping the old config and patterns (%s)",
                          exc.__class__.__name__)
            else:
                settings = msg[1]
                notifier.apply(settings)
                log.info("worker: config and patterns reloaded")
            continue
        if msg[0] == "rekey":                 # the guardian rotated its keys: take them from the key file
            try:
                store = open_store(settings)
            except Exception as exc:  # noqa: BLE001 - unanswered: the guardian retires no old key
                log.error("worker: cannot open the store with the new keys (%s)", exc.__class__.__name__)
                continue
            notifier = Notifier(settings, store)
            worker.store, worker.spool = store, Spool(root / "spool", cipher=store.cipher)
            worker.on_incident = notifier.on_incident
            conn.send(("rekeyed", msg[1]))
            continue
        if msg[0] == "analyse":
            conn.send(_analyse_one(worker, msg[1], conn, hooks))


def _analyse_one(worker: Worker, sid: str, conn: Any, hooks: bool) -> tuple:
    from breachdesk.errors import StoreError
    from ingest.quick import quick_scan

    try:
        msg = worker.spool.read(sid)
    except FileNotFoundError:
        return ("done", sid, "")
    except (OSError, StoreError) as exc:
        return ("error", sid, exc.__class__.__name__, "storage")
    except Exception as exc:  # noqa: BLE001 - e.g. a spool file that cannot be decrypted
        return ("error", sid, exc.__class__.__name__, "analysis")
    conn.send(("quick", sid, quick_scan(msg.raw).to_json()))
    if hooks:
        _test_hook(msg.raw)
    t0 = time.perf_counter()
    try:
        fields, detail = worker.analyse(msg)
    except MemoryError:
        return ("error", sid, "MemoryError", "memory")
    except Exception as exc:  # noqa: BLE001 - the supervisor retries once, then files it incomplete
        log.warning("spool %s: analysis failed (%s)", sid, exc.__class__.__name__)
        return ("error", sid, exc.__class__.__name__, "analysis")
    try:
        inc = worker._finish(msg, fields, detail, (time.perf_counter() - t0) * 1000)
    except (OSError, StoreError) as exc:
        log.warning("spool %s: analysed but the store refused it (%s); it will be retried",
                    sid, exc.__class__.__name__)
        return ("error", sid, exc.__class__.__name__, "storage")
    return ("done", sid, inc.ref)


TEST_HOOKS_ENV = "BREACHDESK_TEST_HOOKS"
NICE = 10


def _test_hook(raw: bytes) -> None:
    """Only with BREACHDESK_TEST_HOOKS=1 (the functional tests): ``X-Breachdesk-Test: sleep=S``
    makes this analysis slow, ``alloc=MB`` makes it grow, ``exit`` makes the process die."""
    from ingest.quick import header_block

    head = header_block(raw)
    i = head.find(b"X-Breachdesk-Test: ")
    if i < 0:
        return
    what = head[i + 19:].split(b"\n", 1)[0].strip().decode("ascii", "replace")
    if what.startswith("sleep="):
        time.sleep(float(what[6:]))
    elif what.startswith("alloc="):
        hog = b"\x01" * (int(what[6:]) << 20)            # one fill: every page touched at once
        time.sleep(30)
        del hog
    elif what == "exit":
        os._exit(3)


def _limit_address_space(memory_mb: int) -> None:
    """A backstop under the supervisor's RSS watch: cap the address space well above it.

    Only address space beyond what the loaded model already maps (plus twice the cap) is
    refused, so spaCy and numpy keep working; a runaway allocation gets MemoryError
    here even if it outruns the supervisor's next look at /proc.
    """
    try:
        import resource

        vm = _status_kb(os.getpid(), "VmSize") * 1024
        limit = vm + 2 * memory_mb * 1024 * 1024
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, OSError, ValueError):
        pass


def _status_kb(pid: int, key: str) -> int:
    """A ``kB`` field of /proc/PID/status (VmRSS, VmSize); 0 when the process is gone."""
    try:
        with open(f"/proc/{pid}/status", "rb") as fh:
            for line in fh:
                if line.startswith(key.encode() + b":"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _die_with_parent() -> None:
    """Ask Linux to send us SIGKILL when the parent dies (e.g. SIGKILLed)."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
