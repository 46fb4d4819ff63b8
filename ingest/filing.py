"""The daemon's store writes that do not wait for analysis: filing first, retransmissions,
"analysis incomplete".

Runs in the daemon's filer thread (:mod:`ingest.pool`), never on the event loop. Each
method is idempotent by spool id, so a crash between the store write and the spool move
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
