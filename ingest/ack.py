"""Acknowledgements to reporters and alerts to the DPO group, through the configured relay.

Outgoing mail is queued durably in ``outbox/`` (one JSON file each) and sent by
:meth:`Notifier.tick`, retried with back-off; a relay that is down never blocks
ingestion. Messages carry the reference, the grade and the deadline — never
anything from the report itself (no subject, no names, no identifiers).
No acknowledgement goes to auto-submitted mail (RFC 3834), bounces, or senders
outside the allowlist.
"""

from __future__ import annotations

import json
import logging
import os
import smtplib
import time
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Any

from breachdesk.model import Incident, Status, parse_iso, utcnow
from breachdesk.settings import Settings
from breachdesk.store import FILE_MODE, Store, atomic_write_bytes, ensure_private_dir

log = logging.getLogger("breachdesk.ack")

RETRY_DELAYS = (10, 30, 60, 300, 900, 3600)
WARN_HOURS_LEFT = 12


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


class Notifier:
    def __init__(self, settings: Settings, store: Store) -> None:
        self.store = store
        self.outbox = store.root / "outbox"
        ensure_private_dir(self.outbox)
        self.apply(settings)
        self._last_scan = 0.0

    def apply(self, settings: Settings) -> None:
        self.settings = settings

    # -- queueing ----------------------------------------------------------
    def _queue(self, kind: str, ref: str, to: list[str], subject: str, body: str) -> None:
        if not self.settings.relay.host or not to:
            return
        item = {"kind": kind, "ref": ref, "to": to, "subject": subject, "body": body,
                "attempts": 0, "next_at": 0.0}
        name = f"{time.time_ns():020d}-{kind}-{ref}.json"
        atomic_write_bytes(self.outbox / name, json.dumps(item).encode())

    def on_incident(self, inc: Incident, created: bool, fields: dict[str, Any]) -> None:
        mb = self.settings.mailbox
        reporter = inc.reporter if created else fields.get("reporter", "")
        auto = fields.get("auto_submitted", False)
        domain = reporter.rpartition("@")[2].lower()
        allowed = not mb.allowed_sender_domains or domain in {d.lower() for d in mb.allowed_sender_domains}
        if mb.acknowledge and reporter and "@" in reporter and not auto and allowed \
                and not reporter.lower().startswith(("mailer-daemon@", "postmaster@")):
            self._queue("ack", inc.ref, [reporter], f"Breach report received: {inc.ref}", ack_text(inc))
        if created and inc.reportable and mb.dpo_alerts:
            self._queue("alert", inc.ref, list(mb.dpo_alerts), f"[breachdesk] {inc.ref} graded reportable",
                        self._alert_text(inc, "graded reportable to the ICO"))

    def _alert_text(self, inc: Incident, what: str) -> str:
        return (f"Incident {inc.ref} has been {what}.\n\n"
                f"Likelihood {inc.likelihood}, severity {inc.severity}; data subjects: {inc.subjects}.\n"
                f"ICO deadline (72 hours from the first report): {inc.deadline}\n\n"
                "Open `breachdesk tui` to triage. This alert carries no personal data.\n")

    # -- sending -----------------------------------------------------------
    def tick(self) -> None:
        """Send what is due; every few minutes look for reportable incidents near the deadline."""
        if not self.settings.relay.host:
            return
        now = time.time()
        if now - self._last_scan > 300:
            self._last_scan = now
            self._deadline_alerts()
        for path in sorted(self.outbox.glob("*.json")):
            try:
                item = json.loads(path.read_bytes())
            except (OSError, ValueError):
                continue
            if item.get("next_at", 0) > now:
                continue
            try:
                self._send(item)
            except (OSError, smtplib.SMTPException) as exc:
                item["attempts"] += 1
                delay = RETRY_DELAYS[min(item["attempts"] - 1, len(RETRY_DELAYS) - 1)]
                item["next_at"] = now + delay
                log.warning("%s %s: relay send failed (%s), retry in %ds", item["kind"], item["ref"],
                            exc.__class__.__name__, delay)
                atomic_write_bytes(path, json.dumps(item).encode())
                break  # the relay is probably down: try the rest later
            else:
                path.unlink(missing_ok=True)
                log.info("%s sent for %s", item["kind"], item["ref"])

    def _send(self, item: dict[str, Any]) -> None:
        r = self.settings.relay
        msg = EmailMessage()
        msg["From"] = r.from_address
        msg["To"] = ", ".join(item["to"])
        msg["Subject"] = item["subject"]
        msg["Auto-Submitted"] = "auto-replied" if item["kind"] == "ack" else "auto-generated"
        msg["X-Auto-Response-Suppress"] = "All"
        msg["Message-ID"] = make_msgid(domain=r.from_address.rpartition("@")[2] or None)
        msg.set_content(item["body"])
        with smtplib.SMTP(r.host, r.port, timeout=10) as s:
            s.send_message(msg, from_addr="", to_addrs=item["to"])

    def _deadline_alerts(self) -> None:
        if not self.settings.mailbox.dpo_alerts:
            return
        now = utcnow()
        sent_marks = self.store.root / "outbox" / ".deadline-alerted"
        try:
            done = set(sent_marks.read_text().split())
        except FileNotFoundError:
            done = set()
        changed = False
        for inc in self.store.list_incidents():
            if inc.ref in done or not inc.reportable or not inc.clock_running():
                continue
            if inc.status in (Status.REPORTED, Status.NOT_REPORTABLE, Status.CLOSED):
                continue
            left = (parse_iso(inc.deadline) - now).total_seconds() / 3600
            if 0 < left <= WARN_HOURS_LEFT:
                self._queue("deadline", inc.ref, list(self.settings.mailbox.dpo_alerts),
                            f"[breachdesk] {inc.ref}: {int(left)}h left on the ICO clock",
                            self._alert_text(inc, f"reportable with {int(left)} hours left and no decision"))
                done.add(inc.ref)
                changed = True
        if changed:
            atomic_write_bytes(sent_marks, "\n".join(sorted(done)).encode())
            os.chmod(sent_marks, FILE_MODE)
