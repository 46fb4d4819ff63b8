"""The quick passes: what can be known about a report in milliseconds, whatever it contains.

Two uses. Filing first: the supervisor files each report the moment it is spooled, from
its headers alone (:func:`quick_headers`), so the DPO sees it — and its 72-hour clock —
before any analysis starts. Analysis incomplete: when the full analysis runs out of time
or memory, the incident keeps what :func:`quick_scan` found — the attachment list and
the health numbers that pass their checksum — instead of nothing.

Everything here is bounded by construction: the header block is read up to
``HEADER_BYTES``, at most ``SCAN_BYTES`` of decoded text is searched, and the only
pattern is a fixed-width digit run (linear time). Nothing here logs message content.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from email import message_from_bytes
from email.header import decode_header, make_header
from email.message import Message
from email.parser import HeaderParser
from email.policy import compat32
from email.utils import getaddresses, parseaddr
from typing import Any

HEADER_BYTES = 64 * 1024
SCAN_BYTES = 8 * 1024 * 1024
MAX_PARTS = 500
# ten digits, optionally 3-3-4 with a space or hyphen: NHS, CHI and H&C numbers share the shape
_TEN_DIGITS = re.compile(r"(?<![\d])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d])")


@dataclass
class QuickHeaders:
    sender: str = ""          # the From address
    subject: str = ""
    message_id: str = ""
    date: str = ""
    to: list[str] = field(default_factory=list)
    auto_submitted: bool = False


@dataclass
class QuickScan:
    attachments: list[dict[str, Any]] = field(default_factory=list)   # name, content_type, size
    identifiers: list[dict[str, Any]] = field(default_factory=list)   # kind, value, text, where
    parts: int = 0
    scanned_bytes: int = 0
    notes: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for i in self.identifiers:
            out[i["kind"]] = out.get(i["kind"], 0) + 1
        return out

    def to_json(self) -> dict[str, Any]:
        return {"attachments": self.attachments, "identifiers": self.identifiers, "parts": self.parts,
                "scanned_bytes": self.scanned_bytes, "notes": self.notes}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> QuickScan:
        return cls(attachments=list(d.get("attachments", [])), identifiers=list(d.get("identifiers", [])),
                   parts=int(d.get("parts", 0)), scanned_bytes=int(d.get("scanned_bytes", 0)),
                   notes=list(d.get("notes", [])))


def clean_text(s: str, limit: int = 500) -> str:
    """Valid, printable text: raw 8-bit bytes read as UTF-8 (RFC 6532), never left as surrogates;
    no control characters."""
    s = s.encode("utf-8", "replace").decode("utf-8", "replace")
    s = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") else ch for ch in s[:limit * 2])
    return " ".join(s.split())[:limit]


def _decoded(value: Any) -> str:
    """Encoded-words decoded (a broken one is kept as written)."""
    if value is None:
        return ""
    try:
        return str(make_header(decode_header(value)))
    except Exception:  # noqa: BLE001 - a malformed encoded-word: keep the raw text
        return str(value)


def header_block(raw: bytes) -> bytes:
    head = raw[:HEADER_BYTES]
    for sep in (b"\r\n\r\n", b"\n\n"):
        i = head.find(sep)
        if i >= 0:
            return head[:i + len(sep)]
    return head


def quick_headers(raw: bytes) -> QuickHeaders:
    """From, Subject, Message-ID, Date and To from the header block only."""
    try:   # raw 8-bit bytes are read as UTF-8 (RFC 6532) before parsing: no surrogates anywhere
        h = HeaderParser(policy=compat32).parsestr(header_block(raw).decode("utf-8", "replace"))
    except Exception:  # noqa: BLE001 - unreadable headers: file it with what the envelope says
        return QuickHeaders()
    sender = parseaddr(clean_text(_decoded(h.get("From")), 300))[1].lower()
    to = [a.lower() for _, a in getaddresses([clean_text(_decoded(v), 2000) for v in h.get_all("To") or []]) if a]
    auto = str(h.get("Auto-Submitted", "no")).strip().lower()
    return QuickHeaders(sender=sender if "@" in sender else "", subject=clean_text(_decoded(h.get("Subject")), 300),
                        message_id=clean_text(str(h.get("Message-ID") or ""), 300).strip(),
                        date=clean_text(str(h.get("Date") or ""), 100), to=to[:50],
                        auto_submitted=bool(auto) and not auto.startswith("no"))


def health_numbers(text: str, where: str) -> list[dict[str, Any]]:
    """NHS, CHI and H&C numbers by shape and checksum (the recognisers' own validators)."""
    from nlp.recognizers.validators import v_chi, v_hc, v_nhs

    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for m in _TEN_DIGITS.finditer(text):
        d = "".join(m.groups())
        if d in seen:
            continue
        for kind, check in (("nhs_number", v_nhs), ("chi_number", v_chi), ("hc_number", v_hc)):
            if check(d) is not None:
                seen.add(d)
                out.append({"kind": kind, "value": d, "text": m.group(0), "where": where})
                break
    return out


def _payload_text(part: Message, budget: int) -> str:
    try:
        data = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001 - a broken transfer encoding: nothing to search
        return ""
    if not isinstance(data, bytes):
        return ""
    data = data[:budget]
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, "replace")
    except LookupError:
        return data.decode("utf-8", "replace")


def _filename(part: Message) -> str:
    try:
        name = part.get_filename()
    except Exception:  # noqa: BLE001
        name = None
    return clean_text(_decoded(name), 200) if name else ""


def quick_scan(raw: bytes) -> QuickScan:
    """The attachment list and checksummed health numbers, within fixed bounds."""
    out = QuickScan()
    try:
        msg = message_from_bytes(raw, policy=compat32)
    except Exception:  # noqa: BLE001 - the stdlib parser almost never raises; if it does, headers only
        out.notes.append("the message structure could not be read")
        return out
    budget = SCAN_BYTES
    textual = ("text/", "message/", "application/csv", "application/json", "application/xml")
    for part in msg.walk():
        out.parts += 1
        if out.parts > MAX_PARTS:
            out.notes.append(f"more than {MAX_PARTS} parts: the rest not listed")
            break
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        name = _filename(part)
        where = f"attachment:{name}" if name else "body"
        if name or part.get("Content-Disposition", "").lower().startswith("attachment"):
            payload = part.get_payload()
            size = len(payload) if isinstance(payload, (str, bytes)) else 0
            out.attachments.append({"name": name or "(no name)", "content_type": ctype, "size": size})
        if budget <= 0 or not (ctype.startswith(textual) or name.lower().endswith((".csv", ".txt", ".tsv"))):
            continue
        text = _payload_text(part, budget)
        budget -= len(text)
        out.scanned_bytes += len(text)
        out.identifiers.extend(health_numbers(text, where))
    if budget <= 0:
        out.notes.append(f"only the first {SCAN_BYTES // (1024 * 1024)} MB of text were searched")
    return out
