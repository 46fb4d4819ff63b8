"""Which files in a folder are mail: what ``ingest FOLDER`` and ``scan FOLDER`` take.

An exported mailbox folder often holds other things — a ``truth.jsonl``, a README, a
spreadsheet of the export. Filing those as "unparseable" incidents would start a
72-hour clock for nothing, so a folder's files are taken only when they look like mail:
an ``.eml`` or Outlook ``.msg`` file, an mbox (``From `` first line), or a file that
opens with RFC 5322 header fields. Everything else is counted, with the reason, so the
command can say what it left out. (Maildir folders are recognised by their caller.)
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")     # Outlook .msg is an OLE2 compound file
HEAD_BYTES = 8192
MAX_EXAMPLES = 3

# A header line: a field name of printable ASCII without ':' or space, a colon, a value.
_FIELD = re.compile(rb"^([!-9;-~]+):")
# Header fields a real message carries; one of them must be among the first lines.
MAIL_FIELDS = frozenset({
    b"from", b"to", b"cc", b"subject", b"date", b"received", b"message-id", b"return-path",
    b"mime-version", b"delivered-to", b"sender", b"reply-to", b"x-mailer", b"content-type",
    b"thread-topic", b"x-original-to", b"dkim-signature", b"arc-seal", b"authentication-results",
})


@dataclass
class Skipped:
    """Files left out, by reason, with a few names for each."""

    reasons: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def add(self, reason: str, path: Path) -> None:
        self.reasons[reason] += 1
        names = self.examples.setdefault(reason, [])
        if len(names) < MAX_EXAMPLES:
            names.append(path.name)

    @property
    def total(self) -> int:
        return sum(self.reasons.values())

    def summary(self) -> str:
        """"3 skipped: 2 not mail (no message headers: truth.jsonl, notes.txt), 1 empty (a.eml)"."""
        parts = []
        for reason, n in self.reasons.most_common():
            names = self.examples.get(reason, [])
            more = ", …" if n > len(names) else ""
            parts.append(f"{n} {reason} ({', '.join(names)}{more})")
        return f"{self.total} skipped: " + "; ".join(parts)


def _head(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(HEAD_BYTES)


def looks_like_headers(head: bytes) -> bool:
    """The bytes open with an RFC 5322 header block that names at least one mail field."""
    lines = head.lstrip(b"\xef\xbb\xbf").splitlines()
    seen = 0
    known = False
    for line in lines[:200]:
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):            # folded continuation of the previous field
            if not seen:
                return False
            continue
        m = _FIELD.match(line)
        if not m:
            return False
        seen += 1
        known = known or m.group(1).lower() in MAIL_FIELDS
    return seen >= 1 and known


def mail_kind(path: Path) -> tuple[str, str]:
    """("eml" | "msg" | "mbox", "") for a file that looks like mail, else ("", why not)."""
    try:
        head = _head(path)
    except OSError as exc:
        return "", f"unreadable ({exc.strerror})"
    suffix = path.suffix.lower()
    if not head:
        return "", "empty"
    if head.startswith(OLE_MAGIC):
        return ("msg", "") if suffix == ".msg" else ("", "not mail (an Office/OLE file)")
    if suffix == ".msg":
        return "", "not an Outlook .msg"
    if head.startswith(b"From "):
        return "mbox", ""
    if suffix == ".eml" or looks_like_headers(head):
        return "eml", ""
    return "", "not mail (no message headers)"


def mail_files(folder: Path) -> tuple[list[Path], Skipped]:
    """Every file under ``folder`` (recursively, hidden ones left out) that looks like mail."""
    found: list[Path] = []
    skipped = Skipped()
    for child in sorted(folder.rglob("*")):
        rel = child.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not child.is_file():
            continue
        kind, why = mail_kind(child)
        if kind:
            found.append(child)
        else:
            skipped.add(why, child)
    return found, skipped
