"""Acknowledgements to reporters and alerts to the DPO group, through the configured relay.

Outgoing mail is queued durably in ``outbox/`` (one JSON file each, named by kind,
reference and report, so queueing twice is harmless) and sent by
:meth:`Notifier.run` in its own thread, retried with back-off (``[relay]
retry_seconds``); a relay that is down or slow never blocks ingestion. Sent items
move to ``outbox/sent/``, items the relay refuses for good to ``outbox/failed/``.
Messages carry the reference, the grade and the deadline — never anything from
the report itself (no subject, no names, no identifiers).
No acknowledgement goes to auto-submitted mail (RFC 3834), bounces, mail imported
with ``breachdesk ingest``, or senders outside the allowlist.
"""

from __future__ import annotations

import json
import logging
import smtplib
import threading
import time
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import make_msgid, parseaddr
from pathlib import Path
from typing import Any

from breachdesk.errors import BreachdeskError
from breachdesk.model import Incident, parse_iso, utcnow
from breachdesk.settings import Settings
from breachdesk.store import Store, atomic_write_bytes, ensure_private_dir

log = logging.getLogger("breachdesk.ack")

WARN_HOURS_LEFT = 12
MAX_ATTEMPTS = 30
BOUNCE_SENDERS = ("mailer-daemon@", "postmaster@")


def is_automatic(raw: bytes, envelope_from: str = "") -> bool:
    """True for mail that must not get an automatic reply: RFC 3834 auto-submitted, bulk, bounces."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    try:
        h = BytesHeaderParser(policy=compat32).parsebytes(head)
    except Exception:  # noqa: BLE001 - unreadable headers: safest is no reply
        return True
    auto = str(h.get("Auto-Submitted", "no")).strip().lower()
    if auto and not auto.startswith("no"):
        return True
    if str(h.get("Precedence", "")).strip().lower() in ("bulk", "junk", "list", "auto_reply"):
        return True
    if h.get("X-Autoreply") or h.get("X-Autorespond") or h.get("List-Id"):
        return True
    if "multipart/report" in str(h.get("Content-Type", "")).lower():
        return True
    sender = parseaddr(str(h.get("From", "")))[1].lower()
    return sender.startswith(BOUNCE_SENDERS) or envelope_from.lower().startswith(BOUNCE_SENDERS)


def ack_text(inc: Incident) -> str:
    return (
        f"Thank you. Your report has been received by the Information Governance team.\n\n"
        f"Reference: {inc.ref}\n\n"
        "What happens next:\n"
        "- The Data Protection Officer will review the report, normally within one working day.\n"
        "- If the data went to the wrong person, please ask them (if it is safe to do so) to delete it\n"
        "  and confirm they have, and tell us by replying with the reference above.\n"
        "- Please do not forward the original email to anyone else.\n\n"
        "This is an automatic reply; it does not repeat anything from your report.\n"
    )


def alert_text(inc: Incident, what: str) -> str:
    return (f"Incident {inc.ref} has been {what}.\n\n"
            f"Grade: likelihood {inc.likelihood}, severity {inc.severity}; data subjects: {inc.subjects}.\n"
            f"ICO deadline (72 hours from the first report): {inc.deadline}\n\n"
            "Open `breachdesk tui` to triage. This alert carries no personal data.\n")


class Notifier:
    def __init__(self, settings: Settings, store: Store) -> None:
        self.store = store
        self.outbox = store.root / "outbox"
        self.sent = self.outbox / "sent"
        self.failed = self.outbox / "failed"
        for d in (self.outbox, self.sent, self.failed):
            ensure_private_dir(d)
        self.apply(settings)
        self.scan_every = 60.0
        self._last_scan = 0.0
        self.wake = threading.Event()

    def apply(self, settings: Settings) -> None:
        self.settings = settings

    # -- queueing ----------------------------------------------------------
    def _queue(self, kind: str, ref: str, key: str, to: list[str], subject: str, body: str) -> bool:
        if not self.settings.relay.host or not to:
            return False
        name = f"{kind}-{ref}-{key}.json"
        if any((d / name).exists() for d in (self.outbox, self.sent, self.failed)):
            return False
        item = {"kind": kind, "ref": ref, "to": to, "subject": subject, "body": body,
                "attempts": 0, "next_at": 0.0, "queued_at": time.time()}
        atomic_write_bytes(self.outbox / name, self._dump(item))
        self.wake.set()
        return True

    def wants_ack(self, reporter: str, fields: dict[str, Any]) -> bool:
        mb = self.settings.mailbox
        if not mb.acknowledge or "@" not in reporter or fields.get("auto_submitted"):
            return False
        if fields.get("peer") == "ingest":          # backfill of old mail: nobody is waiting
            return False
        if "envelope_from" in fields and not fields["envelope_from"]:   # null sender: a bounce
            return False
        if reporter.lower().startswith(BOUNCE_SENDERS):
            return False
        domain = reporter.rpartition("@")[2].lower()
        return not mb.allowed_sender_domains or domain in {d.lower() for d in mb.allowed_sender_domains}

    def on_incident(self, inc: Incident, created: bool, fields: dict[str, Any]) -> None:
        reporter = str(fields.get("reporter") or inc.reporter)
        if self.wants_ack(reporter, fields):
            key = str(fields.get("spool_id") or inc.spool_id or reporter)
            self._queue("ack", inc.ref, key, [reporter], f"Breach report received: {inc.ref}", ack_text(inc))
        if created and inc.reportable and self.settings.mailbox.dpo_alerts:
            self._queue("alert", inc.ref, "graded", list(self.settings.mailbox.dpo_alerts),
                        f"[breachdesk] {inc.ref} graded reportable (L{inc.likelihood} S{inc.severity})",
                        alert_text(inc, "graded reportable to the ICO"))

    # -- sending -----------------------------------------------------------
    def run(self, stop: threading.Event, poll: float = 1.0) -> None:
        """The sender thread: send what is due until ``stop`` is set."""
        while not stop.is_set():
            try:
                self.tick()
            except Exception as exc:  # noqa: BLE001 - never let the sender thread die
                log.error("notifier pass failed (%s)", exc.__class__.__name__)
            self.wake.wait(poll)
            self.wake.clear()

    def tick(self) -> int:
        """Send what is due; now and then look for reportable incidents near the deadline."""
        if not self.settings.relay.host:
            return 0
        now = time.time()
        if now - self._last_scan >= self.scan_every:
            self._last_scan = now
            self.deadline_alerts()
        sent = 0
        for path in sorted(self.outbox.glob("*.json")):
            try:
                item = self._load(path)
            except (OSError, ValueError, BreachdeskError):
                continue
            if item.get("next_at", 0) > now:
                continue
            try:
                self._send(item)
            except (OSError, smtplib.SMTPException) as exc:
                if not self._retry_later(path, item, exc, now):
                    continue
                break  # the relay is probably down: try the rest later
            else:
                path.replace(self.sent / path.name)
                sent += 1
                log.info("%s sent for %s", item["kind"], item["ref"])
        return sent

    def _retry_later(self, path: Path, item: dict[str, Any], exc: Exception, now: float) -> bool:
        item["attempts"] += 1
        code = getattr(exc, "smtp_code", 0) or 0
        if isinstance(exc, smtplib.SMTPRecipientsRefused):
            codes = [c for c, _ in exc.recipients.values()]
            code = min(codes) if codes else 0
        if code >= 500 or item["attempts"] >= MAX_ATTEMPTS:
            path.replace(self.failed / path.name)
            log.error("%s %s: relay refused it for good (%s %s) after %d attempt(s)", item["kind"], item["ref"],
                      exc.__class__.__name__, code or "", item["attempts"])
            return False
        delays = self.settings.relay.retry_seconds
        delay = delays[min(item["attempts"] - 1, len(delays) - 1)]
        item["next_at"] = now + delay
        log.warning("%s %s: relay send failed (%s), attempt %d, retry in %ds", item["kind"], item["ref"],
                    exc.__class__.__name__, item["attempts"], delay)
        atomic_write_bytes(path, self._dump(item))
        return True

    # -- outbox files: sealed with the master key when encryption is on ------
    def _dump(self, item: dict[str, Any]) -> bytes:
        data = json.dumps(item).encode()
        cipher = self.store.cipher
        return cipher.seal(data) if cipher is not None else data

    def _load(self, path: Path) -> dict[str, Any]:
        from breachdesk.crypto import open_spool

        return json.loads(open_spool(path.read_bytes(), self.store.cipher, self.store.root, what="an outbox file"))

    def _send(self, item: dict[str, Any]) -> None:
        r = self.settings.relay
        msg = EmailMessage()
        msg["From"] = r.from_address
        msg["To"] = ", ".join(item["to"])
        msg["Subject"] = item["subject"]
        msg["Auto-Submitted"] = "auto-replied" if item["kind"] == "ack" else "auto-generated"
        msg["X-Auto-Response-Suppress"] = "All"
        msg["Precedence"] = "auto_reply" if item["kind"] == "ack" else "bulk"
        msg["Message-ID"] = make_msgid(domain=r.from_address.rpartition("@")[2] or None)
        msg.set_content(item["body"])
        with smtplib.SMTP(r.host, r.port, timeout=10) as s:
            s.send_message(msg, from_addr="", to_addrs=item["to"])   # null sender: no loops (RFC 3834)

    def deadline_alerts(self) -> int:
        """Alert the DPO group once per reportable incident with 12 hours or less left undecided."""
        dpo = list(self.settings.mailbox.dpo_alerts)
        if not dpo:
            return 0
        now = utcnow()
        n = 0
        for inc in self.store.list_incidents():
            if not inc.reportable or not inc.clock_running():
                continue
            left = (parse_iso(inc.deadline) - now).total_seconds() / 3600
            if 0 < left <= WARN_HOURS_LEFT:
                hours = max(int(left), 1)
                if self._queue("deadline", inc.ref, "12h", dpo,
                               f"[breachdesk] {inc.ref}: {hours}h left on the ICO clock",
                               alert_text(inc, f"reportable with {hours} hour(s) left and no decision")):
                    n += 1
        return n
