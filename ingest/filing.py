"""The daemon's store writes that do not wait for analysis: filing first, retransmissions,
"analysis incomplete".

Runs in the daemon's filer process (:func:`filer_main`, started and supervised by
:mod:`ingest.pool`), not in the SMTP listener's process: its store writes (encryption,
JSON, the journal's fsync) would otherwise compete with the event loop for the GIL and
delay the 250s of a burst. Each method is idempotent by spool id, so a crash between the store write and the spool move
is healed by doing it again. A storage error (``OSError``/``StoreError``) is logged and
answered "retry": the message stays where it is and costs no analysis attempt; the
store allocates a reference only when an incident is really written, so none is burnt.

Retransmissions: an MTA that lost our 250 (a timeout, a connection cut after the dot)
sends the same bytes again. The SHA-256 of the bytes as received and the outer
Message-ID are kept in ``spool/delivered/<sha256>.json`` for ``[store]
duplicate_window_days``; a second delivery inside the window is noted in the first
incident's timeline and its spool id added to it, not filed again.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import time
from pathlib import Path
from typing import Any

from breachdesk.audit import audit_filed
from breachdesk.errors import NotFoundError, StoreError
from breachdesk.model import Incident, Status, iso, utcnow
from breachdesk.settings import Settings
from breachdesk.store import FILE_MODE, Store, ensure_private_dir
from ingest import replies
from ingest.process import analysed, apply_incomplete, first_records
from ingest.quick import QuickScan, quick_headers
from ingest.spool import Spool, SpooledMessage

log = logging.getLogger("breachdesk.filing")

DAY = 86400.0


class Filer:
    def __init__(self, settings: Settings, store: Store, spool: Spool, *, on_incident: Any = None) -> None:
        self.settings = settings
        self.store = store
        self.spool = spool
        self.on_incident = on_incident
        self.delivered = spool.root / "delivered"
        ensure_private_dir(self.delivered)
        self._warned = False

    # -- filing first ------------------------------------------------------------
    def file_first(self, sid: str) -> str:
        """File a spooled report from its headers. Returns what happens to it next:
        "analyse", "done" (already analysed, or a retransmission noted), or "retry"."""
        try:
            return self._file_first(sid)
        except (OSError, StoreError) as exc:
            self._storage_failed(sid, exc)
            return "retry"
        except Exception as exc:  # noqa: BLE001 - the filer thread must never die on one report
            # Headers this odd are the analysis's job: it files the report itself (or files it
            # unparseable after its attempts), so nothing answered 250 is left unseen.
            log.error("spool %s: could not be filed from its headers (%s); analysing it", sid,
                      exc.__class__.__name__)
            return "analyse"

    def _file_first(self, sid: str) -> str:
        inc = self.store.find(spool_id=sid)
        if inc is not None and replies.is_reply_of(inc, sid):     # a reply noted on its incident
            if replies.reply_pending(self.store, inc, sid):
                return "analyse"
            self.spool.mark_done(sid)
            return "done"
        if inc is not None:
            if inc.status in (Status.UNPARSEABLE, Status.INCOMPLETE):
                return "analyse"              # put back by `breachdesk queue retry`
            if analysed(inc):                 # analysed before a crash: only the move was missing
                self.spool.mark_done(sid)
                return "done"
            return "analyse"
        try:
            msg = self.spool.read(sid)
        except FileNotFoundError:
            return "done"
        headers = quick_headers(msg.raw)
        first = self._earlier_delivery(msg, headers.message_id)
        if first is not None:
            self._note_redelivery(first, msg)
            self.spool.seal_for(sid, first.ref)
            self.spool.mark_done(sid)
            return "done"
        try:
            route, ref = replies.file_first(self.store, msg, self.settings)   # a reply, or not a report?
        except (OSError, StoreError):
            raise
        except Exception as exc:  # noqa: BLE001 - a report is filed even when its headers defeat the classifier
            log.warning("spool %s: headers could not be classified (%s); filed as a report", sid,
                        exc.__class__.__name__)
            route, ref = "report", ""
        if route == "reply":
            self._remember(msg, headers.message_id, ref)
            return "analyse"
        fields, detail = first_records(headers, msg.envelope, sid, len(msg.raw))
        if route == "not a report":        # kept, but never shown in the queue as "analysing"
            fields["status"] = Status.NOT_A_REPORT
        inc = self.store.create(fields, detail)
        audit_filed(self.store, inc, sid, created=True)
        self._remember(msg, headers.message_id, inc.ref)
        self._warned = False
        log.info("spool %s filed as %s (analysing)", sid, inc.ref)
        return "analyse"

    # -- retransmissions ---------------------------------------------------------
    def _index(self, sha: str) -> Path | None:
        if len(sha) != 64 or not all(c in "0123456789abcdef" for c in sha):
            return None
        return self.delivered / f"{sha}.json"

    def _remember(self, msg: SpooledMessage, message_id: str, ref: str) -> None:
        path = self._index(msg.envelope.sha256)
        if path is None or self.settings.store.duplicate_window_days <= 0:
            return
        # not fsynced: a lost entry (a crash within seconds of filing) at worst lets one retransmission
        # through as a second incident, while an fsync here would cost every report ~15 ms
        tmp = path.with_name(f".{path.name}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "wb") as fh:
            fh.write(json.dumps({"ref": ref, "spool_id": msg.id, "message_id": message_id, "at": time.time()}).encode())
        os.replace(tmp, path)

    def _earlier_delivery(self, msg: SpooledMessage, message_id: str) -> Incident | None:
        """The incident of the same bytes and Message-ID delivered earlier within the window."""
        window = self.settings.store.duplicate_window_days * DAY
        path = self._index(msg.envelope.sha256)
        if path is None or window <= 0:
            return None
        try:
            seen = json.loads(path.read_bytes())
        except FileNotFoundError:
            return None
        except ValueError:
            return None
        if time.time() - float(seen.get("at", 0)) > window or seen.get("message_id", "") != message_id:
            return None
        if seen.get("spool_id") == msg.id:
            return None
        try:
            return self.store.get(str(seen.get("ref", "")))
        except NotFoundError:
            return None

    def _note_redelivery(self, first: Incident, msg: SpooledMessage) -> None:
        sid, when = msg.id, msg.envelope.received_at or iso(utcnow())

        def note(inc: Incident, detail: dict[str, Any]) -> str | None:
            if sid in inc.spool_ids:
                return None
            inc.spool_ids.append(sid)
            detail.setdefault("deliveries", []).append({"spool_id": sid, "received_at": when,
                                                        "peer": msg.envelope.peer})
            return (f"the same message was delivered again at {when} (the sender did not see our reply); "
                    "not filed twice")

        self.store.update(first.ref, note, by="breachdesk", action="redelivered")
        log.info("spool %s is a second delivery of %s: noted, not filed again", sid, first.ref)

    # -- analysis incomplete -------------------------------------------------------
    def file_incomplete(self, sid: str, why: str, quick: QuickScan | None) -> bool:
        """The analysis of ``sid`` was given up on: say why on its incident; False to retry later."""
        try:
            inc = self.store.find(spool_id=sid)
            if inc is None:
                if self._file_first(sid) != "analyse":
                    return True
                inc = self.store.find(spool_id=sid)
                if inc is None:
                    return True
            if replies.is_reply_of(inc, sid):     # a reply: say so on it; its incident is untouched
                inc = replies.reply_incomplete(self.store, inc.ref, sid, why)
                self.spool.seal_for(sid, inc.ref)
                self.spool.mark_failed(sid)
                return True
            if analysed(inc) and inc.status != Status.UNPARSEABLE:
                self.spool.mark_done(sid)       # the analysis got written just before the end
                return True
            inc = self.store.update(inc.ref, lambda i, d: apply_incomplete(i, d, why, quick), by="breachdesk",
                                    action="incomplete")
            self.spool.seal_for(sid, inc.ref)
            self.spool.mark_failed(sid)
        except (OSError, StoreError) as exc:
            self._storage_failed(sid, exc)
            return False
        log.error("spool %s filed as %s: analysis incomplete (%s)", sid, inc.ref, why)
        self._notify(inc, sid)
        return True

    def _notify(self, inc: Incident, sid: str) -> None:
        if self.on_incident is None:
            return
        from ingest.ack import is_automatic

        try:
            msg = self.spool.read(sid, "failed")
            fields = {"reporter": inc.reporter, "spool_id": sid, "envelope_from": msg.envelope.mail_from,
                      "peer": msg.envelope.peer, "auto_submitted": is_automatic(msg.raw, msg.envelope.mail_from),
                      "mail": replies.mail_of(msg)}
            self.on_incident(inc, True, fields)
        except Exception as exc:  # noqa: BLE001 - acknowledgements never block filing
            log.warning("%s: notification failed (%s)", inc.ref, exc.__class__.__name__)

    def _storage_failed(self, sid: str, exc: BaseException) -> None:
        what = getattr(exc, "strerror", None) or exc.__class__.__name__
        if not self._warned:
            log.error("store write failed for spool %s (%s); kept in the spool and retried, "
                      "not counted as an analysis attempt", sid, what)
        self._warned = True


# -- the filer process ---------------------------------------------------------------
# below the listener (its replies come first), above analysis (nice 15, SCHED_BATCH). Not
# SCHED_BATCH itself: it wakes for every report spooled, and a batch task waits out whoever holds
# the CPU at each wake-up (on a loaded machine filing 1,000 reports took twice as long).
NICE = 5
IDLE_TICK = 1.0     # a heartbeat at least this often, so the supervisor sees it turning


def filer_main(conn: Any, settings: Settings, data_dir: str, log_level: int) -> None:
    """The filer process: files each new spool file from its headers, and "analysis incomplete".

    Talks to the supervisor (:class:`ingest.pool.Pool`) over ``conn`` (a pipe: nothing a dead
    process could hold). It receives ``("wake",)`` (something was spooled), ``("incomplete",
    sid, why, quick)``, ``("reload", settings)``, ``("rekey", n)`` (open the store again with
    the rotated keys), ``("drain",)`` (file nothing new) and ``("stop",)``; it answers
    ``("ready", pid)``, ``("rekeyed", n)``, ``("pass", n)`` (a pass over the spool starts
    with ``n`` unfiled reports), ``("filed", sid, outcome, left)`` for each, ``("incomplete",
    sid, ok)`` and ``("tick",)`` when idle. Like the analysis processes it opens the store
    itself (the key is never passed between processes).
    """
    from ingest.worker import _die_with_parent, lower_priority

    _die_with_parent()
    lower_priority(NICE)
    from breachdesk.logs import setup_logging

    setup_logging(log_level)
    for sig in (signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    from breachdesk.datadir import open_store
    from ingest.ack import Notifier

    store = open_store(settings)
    spool = Spool(Path(data_dir) / "spool", cipher=store.cipher)
    notifier = Notifier(settings, store)      # queues acknowledgements; the daemon's thread sends them
    filer = Filer(settings, store, spool, on_incident=notifier.on_incident)
    _FilerLoop(conn, filer, notifier).run()


class _FilerLoop:
    def __init__(self, conn: Any, filer: Filer, notifier: Any) -> None:
        self.conn = conn
        self.filer = filer
        self.notifier = notifier
        self.jobs: list[tuple[str, str, Any]] = []
        self.woken = True                     # a first pass at start: what a crash left in the spool
        self.draining = self.stopping = False
        self.seen: set[str] = set()           # filed and handed to analysis, still in incoming/
        self.retry_at = 0.0
        self.last_sent = 0.0

    def send(self, msg: tuple) -> None:
        self.conn.send(msg)
        self.last_sent = time.monotonic()

    def run(self) -> None:
        self.send(("ready", os.getpid()))
        while True:
            due = self.woken and not self.draining and time.monotonic() >= self.retry_at
            try:
                self.receive(timeout=0.0 if due else IDLE_TICK)
            except (EOFError, OSError):
                return                        # the supervisor is gone
            self.run_jobs()
            if self.stopping:
                return
            if self.woken and not self.draining and time.monotonic() >= self.retry_at:
                self.woken = False
                if not self.file_new():
                    self.retry_at = time.monotonic() + 5.0
                    self.woken = True         # try again then
            elif time.monotonic() - self.last_sent >= IDLE_TICK:
                self.send(("tick",))

    def receive(self, timeout: float) -> None:
        if not self.conn.poll(timeout):
            return
        while True:
            msg = self.conn.recv()
            kind = msg[0]
            if kind == "wake":
                self.woken = True
            elif kind == "incomplete":
                self.jobs.append((msg[1], msg[2], msg[3]))
            elif kind == "reload":
                self.filer.settings = msg[1]
                self.notifier.apply(msg[1])
            elif kind == "rekey":             # the guardian rotated its keys: take them from the key file
                self.rekey(msg[1])
            elif kind == "drain":
                self.draining = True
            elif kind == "stop":
                self.stopping = True
            if not self.conn.poll(0):
                return

    def rekey(self, gen: int) -> None:
        from breachdesk.datadir import open_store
        from ingest.ack import Notifier

        try:
            store = open_store(self.filer.settings)
        except Exception as exc:  # noqa: BLE001 - unanswered: the guardian retires no old key
            log.error("filer: cannot open the store with the new keys (%s)", exc.__class__.__name__)
            return
        spool = Spool(self.filer.spool.root, cipher=store.cipher)
        self.notifier = Notifier(self.filer.settings, store)
        self.filer = Filer(self.filer.settings, store, spool, on_incident=self.notifier.on_incident)
        self.send(("rekeyed", gen))

    def run_jobs(self) -> None:
        from ingest.quick import QuickScan

        jobs, self.jobs = self.jobs, []
        for sid, why, quick in jobs:
            ok = self.filer.file_incomplete(sid, why, QuickScan.from_json(quick) if quick else None)
            self.seen.discard(sid)
            self.send(("incomplete", sid, ok))

    def file_new(self) -> bool:
        """File every spooled report not yet handed on; False when the store refused one."""
        pending = self.filer.spool.pending()
        self.seen &= set(pending)             # analysed or given up on since: forget them
        new = [sid for sid in pending if sid not in self.seen]
        self.send(("pass", len(new)))
        for i, sid in enumerate(new):
            outcome = self.filer.file_first(sid)
            self.send(("filed", sid, outcome, len(new) - i - (outcome != "retry")))
            if outcome == "retry":
                return False
            if outcome == "analyse":
                self.seen.add(sid)
        return True
