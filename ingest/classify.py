"""Is this mail a report, a reply about one, or not a report at all?

A breach mailbox talks back (acknowledgements), so it must recognise what comes back
without a loop: out-of-office notices, bounces, list traffic and its own mail are
kept but are *not reports* (no incident in the triage queue, no acknowledgement);
a reporter's answer to one of our acknowledgements, or mail from a reporter of an
incident with its ``[BD-YYYY-NNNNNN]`` reference in the subject, belongs to that
incident ("reporter replied"), not to a new one. Everything here reads the header
block only, so it is cheap enough to run before any analysis.

The signals are those of RFC 3834 (``Auto-Submitted``), RFC 3464 (DSNs:
``multipart/report``, the null sender, MAILER-DAEMON), RFC 2369/2919 (``List-Id``,
``List-Unsubscribe``) and the de-facto ones responders use without RFC 3834
(``X-Autoreply``, ``X-Autorespond``, ``Precedence: auto_reply|bulk|list|junk``,
Exchange's ``X-Auto-Response-Suppress`` echo and "Automatic reply:" subjects).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parseaddr

REPORT = "report"
AUTO_REPLY = "auto-reply"
BOUNCE = "bounce"
LIST = "list"
OWN = "own mail"
NOT_REPORTS = (AUTO_REPLY, BOUNCE, LIST, OWN)

OWN_HEADER = "X-Breachdesk"                       # set on everything the mailbox sends
OWN_MSGID_PREFIX = "bd."
_OWN_MSGID = re.compile(r"^<bd\.[0-9a-f]{24}@([^<>@\s]+)>$")
REF_IN_SUBJECT = re.compile(r"\[(BD-\d{4}-\d{6})\]")
_MSGID = re.compile(r"<[^<>\s]{1,500}>")
BOUNCE_LOCALS = ("mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon")
# Outlook, Exchange, Gmail and friends, in the languages NHS staff are likely to see. Only the
# responder's own form "PHRASE: original subject" counts: "Out of office hours letter sent to the
# wrong patient" is a report and must reach the queue.
_AUTO_SUBJECT = re.compile(
    r"^\s*(automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|out of (the )?office( auto[- ]?reply)?"
    r"|abwesenheitsnotiz|automatische antwort|r[ée]ponse automatique|respuesta autom[aá]tica"
    r"|risposta automatica)\s*:", re.IGNORECASE)


@dataclass
class Mail:
    """The few header facts the classifier and the threader need, decoded to plain text."""

    from_addr: str = ""
    envelope_from: str = ""
    null_sender: bool = False
    subject: str = ""
    message_id: str = ""
    refers_to: list[str] = field(default_factory=list)     # In-Reply-To then References, in order
    headers: dict[str, str] = field(default_factory=dict)  # lower-cased name -> first value
    content_type: str = ""
    readable: bool = True

    @property
    def senders(self) -> set[str]:
        return {a for a in (self.from_addr, self.envelope_from) if a}

    def subject_refs(self) -> list[str]:
        return REF_IN_SUBJECT.findall(self.subject)


@dataclass
class Verdict:
    kind: str = REPORT
    reason: str = ""

    @property
    def is_report(self) -> bool:
        return self.kind == REPORT


def our_message_id(domain: str) -> str:
    """A Message-ID for mail we send: recognisable as ours when it comes back."""
    return f"<{OWN_MSGID_PREFIX}{secrets.token_hex(12)}@{domain or 'localhost'}>"


def is_our_message_id(message_id: str, own_domains: set[str] | frozenset[str]) -> bool:
    m = _OWN_MSGID.match(message_id or "")
    return bool(m) and m.group(1).lower() in own_domains


def header_block(raw: bytes) -> bytes:
    end = len(raw)
    for sep in (b"\r\n\r\n", b"\n\n"):
        i = raw.find(sep)
        if 0 <= i < end:
            end = i
    return raw[:end]


def _text(value: object) -> str:
    """A header value as text: encoded words decoded, surrogates and controls gone."""
    try:
        s = str(make_header(decode_header(str(value))))
    except Exception:  # noqa: BLE001 - a broken encoded word (HeaderParseError...) is read as written
        s = str(value)
    s = s.encode("utf-8", "replace").decode("utf-8", "replace")
    return re.sub(r"[\x00-\x1f\x7f]+", " ", s).strip()


def _addr(value: str) -> str:
    return parseaddr(value)[1].strip().lower()


def read_mail(raw: bytes, envelope_from: str | None = None) -> Mail:
    """The header facts of ``raw``; ``envelope_from`` is MAIL FROM (``""`` for the null sender,
    ``None`` when unknown, e.g. a file imported with ``breachdesk ingest``)."""
    env = (envelope_from or "").strip().strip("<>").lower()
    mail = Mail(envelope_from=env, null_sender=envelope_from is not None and not env)
    try:
        h = BytesHeaderParser(policy=compat32).parsebytes(header_block(raw))
    except Exception:  # noqa: BLE001 - unreadable headers are judged on the envelope alone
        mail.readable = False
        return mail
    for name, value in h.items():
        mail.headers.setdefault(name.lower(), _text(value))
    mail.from_addr = _addr(mail.headers.get("from", ""))
    mail.subject = mail.headers.get("subject", "")
    ids = _MSGID.findall(mail.headers.get("message-id", ""))
    mail.message_id = ids[0] if ids else ""
    for name in ("in-reply-to", "references"):
        for v in h.get_all(name) or []:
            for mid in _MSGID.findall(_text(v)):
                if mid not in mail.refers_to:
                    mail.refers_to.append(mid)
    mail.content_type = mail.headers.get("content-type", "").lower()
    return mail


def _is_bounce_address(address: str) -> bool:
    return address.partition("@")[0].lower() in BOUNCE_LOCALS


def classify(mail: Mail, *, own_domains: set[str] | frozenset[str] = frozenset()) -> Verdict:
    """What kind of mail this is. ``own_domains``: the domains of our own Message-IDs."""
    h = mail.headers
    if OWN_HEADER.lower() in h:
        return Verdict(OWN, f"carries our {OWN_HEADER} header")
    if is_our_message_id(mail.message_id, own_domains):
        return Verdict(OWN, "one of our own Message-IDs")
    if "multipart/report" in mail.content_type or h.get("x-failed-recipients"):
        return Verdict(BOUNCE, "a delivery status notification (multipart/report)")
    if mail.null_sender:
        return Verdict(BOUNCE, "sent with the null envelope sender <>")
    if _is_bounce_address(mail.envelope_from) or _is_bounce_address(mail.from_addr):
        return Verdict(BOUNCE, "sent by a mailer daemon or postmaster")
    auto = h.get("auto-submitted", "no").lower()
    if auto and not auto.startswith("no"):
        return Verdict(AUTO_REPLY, f"Auto-Submitted: {auto[:40]}")
    if "x-autoreply" in h or "x-autorespond" in h or "x-autoresponse" in h:
        return Verdict(AUTO_REPLY, "an autoresponder header (X-Autoreply/X-Autorespond)")
    precedence = h.get("precedence", "").lower()
    if precedence == "auto_reply":
        return Verdict(AUTO_REPLY, "Precedence: auto_reply")
    if _AUTO_SUBJECT.match(mail.subject):
        return Verdict(AUTO_REPLY, "an automatic-reply subject")
    if "list-id" in h or "list-unsubscribe" in h or "list-post" in h:
        return Verdict(LIST, "mailing-list mail (List-Id/List-Unsubscribe)")
    if precedence in ("bulk", "list", "junk"):
        return Verdict(LIST, f"Precedence: {precedence}")
    return Verdict(REPORT, "")


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].strip().strip(">").lower()


def from_domain_agrees(mail: Mail) -> bool:
    """The envelope sender and the From header are in the same domain (or a subdomain of it)."""
    e, f = domain_of(mail.envelope_from), domain_of(mail.from_addr)
    if not e or not f:
        return False
    return e == f or e.endswith("." + f) or f.endswith("." + e)
