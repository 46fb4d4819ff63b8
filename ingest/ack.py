"""Acknowledgements to reporters and alerts to the DPO group, through the configured relay.

Outgoing mail is queued durably in ``outbox/`` (one JSON file each, named by kind,
reference and key, so queueing twice is harmless) and sent by
:meth:`Notifier.run` in its own thread, retried with back-off (``[relay]
retry_seconds``); a relay that is down or slow never blocks ingestion. Sent items
move to ``outbox/sent/``, items the relay refuses for good to ``outbox/failed/``.
Messages carry the reference, the grade and the deadline — never anything from
the report itself (no subject, no names, no identifiers).

Acknowledgements follow RFC 3834 so the mailbox never becomes a backscatter source
or half of a mail loop: they go only to the envelope sender (a forged ``From`` gets
nothing), only when its domain is one we acknowledge (``[mailbox]
acknowledge_domains``, else the trusted domains) and agrees with the ``From``
domain, never to what :mod:`ingest.classify` calls not a report (auto-replies,
bounces, list mail, our own mail), nor to replies threaded into an incident, nor to
mail imported with ``breachdesk ingest``. At most one per reporter per incident and
``acknowledge_daily_limit`` per sender per day, like vacation(1); the counts live in
``acks/`` under the store (one small file per sender, locked), so a restart does not
reset them. Each acknowledgement carries ``Auto-Submitted: auto-replied``,
``In-Reply-To``/``References`` to the report, a ``Date``, a ``Message-ID`` of ours
(recorded on the incident and in ``acks/ids/``, so a reply to it is threaded) and a
``Reply-To`` that reaches the mailbox with the reference in the subject.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import smtplib
import threading
import time
from email.message import EmailMessage
from email.utils import formataddr, formatdate
from pathlib import Path
from typing import Any

from breachdesk.errors import BreachdeskError
from breachdesk.model import NOT_REPORTS, Incident, parse_iso, utcnow
from breachdesk.settings import Settings
from breachdesk.store import FILE_MODE, Store, atomic_write_bytes, ensure_private_dir
from ingest import classify

log = logging.getLogger("breachdesk.ack")

WARN_HOURS_LEFT = 12
MAX_ATTEMPTS = 30
DAY = 86400.0
BOUNCE_SENDERS = ("mailer-daemon@", "postmaster@")
OWN_HEADER_VALUE = "acknowledgement"


def is_automatic(raw: bytes, envelope_from: str | None = None) -> bool:
    """True for mail that must not get an automatic reply: auto-replies, bounces, lists, our own."""
    return not classify.classify(classify.read_mail(raw, envelope_from)).is_report


def own_domains(settings: Settings) -> frozenset[str]:
    """The domains of the Message-IDs we make: our own mail when it comes back."""
    return frozenset(d for d in (classify.domain_of(ack_address(settings)),
                                 classify.domain_of(settings.relay.from_address)) if d)


def ack_address(settings: Settings) -> str:
    """Where acknowledgements come from and where replies go: the mailbox itself."""
    return settings.mailbox.addresses[0].strip()


def _key(text: str) -> str:
    return hashlib.sha256(text.strip().lower().encode("utf-8")).hexdigest()[:32]


class AckBook:
    """What we have acknowledged, kept under the store so it outlives a restart.

    ``ids/<hash of Message-ID>`` maps each acknowledgement's Message-ID to its incident
    (so a reply is threaded); ``senders/<hash of address>`` lists the times of the
    acknowledgements a sender got in the last day (the daily limit). File names are
    hashes, so no address appears in the tree.
    """

    def __init__(self, store_root: Path) -> None:
        self.root = Path(store_root) / "acks"
        self.ids = self.root / "ids"
        self.senders = self.root / "senders"
        for d in (self.root, self.ids, self.senders):
            ensure_private_dir(d)

    def record_id(self, message_id: str, ref: str) -> None:
        atomic_write_bytes(self.ids / _key(message_id), json.dumps({"ref": ref}).encode())

    def ref_for(self, message_id: str) -> str:
        try:
            return str(json.loads((self.ids / _key(message_id)).read_bytes()).get("ref", ""))
        except (OSError, ValueError, AttributeError):
            return ""

    def take(self, sender: str, limit: int, now: float | None = None) -> bool:
        """Count one acknowledgement to ``sender`` if it is under ``limit`` for the last day."""
        if limit <= 0:
            return False
        now = time.time() if now is None else now
        path = self.senders / _key(sender)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)        # analysis processes share the book
            with os.fdopen(os.dup(fd), "rb") as fh:
                raw = fh.read()
            try:
                times = [float(t) for t in json.loads(raw or b"[]")]
            except (ValueError, TypeError):
                times = []
            times = [t for t in times if now - t < DAY]
            if len(times) >= limit:
                return False
            times.append(now)
            data = json.dumps(times).encode()
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)
            os.write(fd, data)
            os.fsync(fd)
            return True
        finally:
            os.close(fd)


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
        self.book = AckBook(store.root)

    def apply(self, settings: Settings) -> None:
        self.settings = settings

    # -- queueing ----------------------------------------------------------
    def _queued(self, name: str) -> bool:
        return any((d / name).exists() for d in (self.outbox, self.sent, self.failed))

    def _queue(self, kind: str, ref: str, key: str, to: list[str], subject: str, body: str,
               extra: dict[str, Any] | None = None) -> bool:
        if not self.settings.relay.host or not to:
            return False
        name = f"{kind}-{ref}-{key}.json"
        if self._queued(name):
            return False
        item = {"kind": kind, "ref": ref, "to": to, "subject": subject, "body": body,
                "attempts": 0, "next_at": 0.0, "queued_at": time.time(), **(extra or {})}
        atomic_write_bytes(self.outbox / name, self._dump(item))
        self.wake.set()
        return True

    def queue_message(self, kind: str, ref: str, key: str, to: list[str], subject: str, body: str, *,
                      reply_to: str = "") -> bool:
        """Queue a message written by a person (a DPO's question): not auto-submitted, replies to
        ``reply_to`` (the breach mailbox), so the answer is filed with the incident."""
        mid = classify.our_message_id(classify.domain_of(ack_address(self.settings)))
        if not self._queue(kind, ref, key, to, subject, body,
                           extra={"reply_to": reply_to, "human": True, "message_id": mid}):
            return False
        self.book.record_id(mid, ref)          # an answer that says In-Reply-To it is threaded into ``ref``
        return True

    def ack_refusal(self, fields: dict[str, Any]) -> str:
        """Why this report gets no acknowledgement ("" when it gets one). Reads headers only."""
        mb = self.settings.mailbox
        if not mb.acknowledge:
            return "acknowledgements are off"
        if fields.get("peer") == "ingest":          # backfill of old mail: nobody is waiting
            return "imported, not received"
        if fields.get("no_ack"):
            return str(fields["no_ack"])
        mail = fields.get("mail")
        if not isinstance(mail, classify.Mail):
            return "no headers to judge"
        verdict = classify.classify(mail, own_domains=own_domains(self.settings))
        if not verdict.is_report:
            return f"not a report ({verdict.kind})"
        if not mail.envelope_from or "@" not in mail.envelope_from:
            return "no envelope sender"
        domains = {d.strip().lower().lstrip("@") for d in (mb.acknowledge_domains or mb.trusted_domains)}
        dom = classify.domain_of(mail.envelope_from)
        if not any(dom == d or dom.endswith("." + d) for d in domains if d):
            return "envelope sender outside the acknowledged domains"
        if not classify.from_domain_agrees(mail):
            return "envelope sender and From disagree"
        return ""

    def on_incident(self, inc: Incident, created: bool, fields: dict[str, Any]) -> None:
        refusal = self.ack_refusal(fields)
        if refusal:
            log.info("%s: no acknowledgement (%s)", inc.ref, refusal)
        else:
            self._acknowledge(inc, fields["mail"])
        if created and inc.reportable and inc.status not in NOT_REPORTS and self.settings.mailbox.dpo_alerts:
            self._queue("alert", inc.ref, "graded", list(self.settings.mailbox.dpo_alerts),
                        f"[breachdesk] {inc.ref} graded reportable (L{inc.likelihood} S{inc.severity})",
                        alert_text(inc, "graded reportable to the ICO"))

    def _acknowledge(self, inc: Incident, mail: classify.Mail) -> None:
        to = mail.envelope_from
        name = f"ack-{inc.ref}-{_key(to)}.json"             # once per reporter per incident
        if not self.settings.relay.host or self._queued(name):
            return
        if not self.book.take(to, self.settings.mailbox.acknowledge_daily_limit):
            log.info("%s: no acknowledgement (the sender's daily limit is reached)", inc.ref)
            return
        mid = classify.our_message_id(classify.domain_of(ack_address(self.settings)))
        self.book.record_id(mid, inc.ref)
        extra = {"message_id": mid, "in_reply_to": mail.message_id}
        if not self._queue("ack", inc.ref, _key(to), [to], f"Breach report received [{inc.ref}]",
                           ack_text(inc), extra):
            return

        def note(_inc: Incident, detail: dict[str, Any]) -> str:
            detail.setdefault("acknowledgements", []).append(
                {"message_id": mid, "in_reply_to": mail.message_id, "queued_at": time.time()})
            return "acknowledgement queued to the reporter"

        try:
            self.store.update(inc.ref, note, by="breachdesk", action="acknowledged")
        except Exception as exc:  # noqa: BLE001 - the ack id is in the book; the note is for the DPO
            log.warning("%s: could not record the acknowledgement (%s)", inc.ref, exc.__class__.__name__)

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
        ack, human = item["kind"] == "ack", bool(item.get("human"))
        msg = EmailMessage()
        if ack or human:    # from the mailbox itself: the reporter is asked to reply (with the reference)
            mailbox = ack_address(self.settings)
            msg["From"] = formataddr(("Breach mailbox", mailbox))
            msg["Reply-To"] = item.get("reply_to") or mailbox
        else:
            msg["From"] = r.from_address
        msg["To"] = ", ".join(item["to"])
        msg["Subject"] = item["subject"]
        msg["Date"] = formatdate(localtime=False, usegmt=True)
        msg["Message-ID"] = item.get("message_id") or classify.our_message_id(classify.domain_of(r.from_address))
        if item.get("in_reply_to"):
            msg["In-Reply-To"] = item["in_reply_to"]
            msg["References"] = item["in_reply_to"]
        if not human:                                 # a DPO's question is written by a person (RFC 3834)
            msg["Auto-Submitted"] = "auto-replied" if ack else "auto-generated"
            msg["X-Auto-Response-Suppress"] = "All"
            msg["Precedence"] = "auto_reply" if ack else "bulk"
        msg[classify.OWN_HEADER] = OWN_HEADER_VALUE if ack else item["kind"]
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
