"""Raw RFC 5322 bytes to a :class:`~breachdesk.model.ParsedMessage`.

The stdlib ``email`` package (``policy.default``, falling back to ``compat32``) walks the
MIME structure; mail-parser reports header and MIME defects. Bodies become text sections
(the reporter's cover note, then each forwarded message), attachments go through
:mod:`ingest.attachments`. :func:`parse_message` never raises: a part that fails is a note
and ``parse_status="partial"``; limits set ``truncated``. Notes name content types and file
names, never text from the message.
"""

from __future__ import annotations

import binascii
import email
import email.policy
import hashlib
import logging
import quopri
import re
import time
from collections import Counter
from dataclasses import dataclass
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses

from breachdesk.logs import quiet_third_party
from breachdesk.model import AttachmentInfo, MessageHeaders, ParsedMessage, Party, Table, TextSection
from ingest import attachments
from ingest.forwards import decode_text, html_to_text_tables, split_forwards
from ingest.textclean import clean_text, sanitise

log = logging.getLogger(__name__)
quiet_third_party()  # the libraries below log pieces of the message they read

_BOUNDARY_PARAM = re.compile(rb'\bboundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^"\s;]{1,200}))', re.I)
MAX_PARTS = 1_000            # MIME parts walked per message tree
TIME_BUDGET = 30.0           # seconds for one message; the rest is skipped with a note


@dataclass
class ParseLimits:
    max_depth: int = 5                    # nested message/rfc822 / .msg / zip nesting
    max_attachment_bytes: int = 30_000_000
    max_text_chars_per_part: int = 2_000_000   # per attachment/body part text
    max_text_chars_total: int = 5_000_000      # whole message
    max_table_rows: int = 100_000
    zip_max_members: int = 200
    zip_max_total_bytes: int = 100_000_000
    zip_max_ratio: int = 100               # compression ratio above this = zip bomb, reported not expanded


def parse_message(raw: bytes, *, limits: ParseLimits | None = None, envelope_from: str = "") -> ParsedMessage:
    """Parse one message; never raises, never loops without bound."""
    raw = bytes(raw or b"")
    out = ParsedMessage(envelope_from=envelope_from, size=len(raw), sha256=hashlib.sha256(raw).hexdigest())
    walker = Walker(out, limits or ParseLimits())
    try:
        walker.run(raw)
    except Exception as exc:  # noqa: BLE001 - the contract is: never raise
        walker.partial(f"parse error: {type(exc).__name__}")
    walker.note_unread()
    if not raw.strip():
        out.parse_status = "unparseable"
        out.notes.append("empty message")
    elif not walker.read_anything:
        out.parse_status = "unparseable"
    try:
        sanitise(out)
    except Exception:  # noqa: BLE001 - cannot happen for str fields; never raise anyway
        out.parse_status = "unparseable"
    return out


# --------------------------------------------------------------------- helpers


def message_from_bytes(raw: bytes) -> Message:
    """policy.default when it copes, compat32 otherwise."""
    try:
        return email.message_from_bytes(raw, policy=email.policy.default)
    except Exception:  # noqa: BLE001
        return email.message_from_bytes(raw, policy=email.policy.compat32)


def _raw_header(msg: Message, name: str) -> str:
    """The header's wire value (unfolded), without the policy's parsing."""
    try:
        for k, v in msg.raw_items():
            if k.lower() == name.lower():
                return clean_text(re.sub(r"\r?\n(?=[ \t])", "", str(v)))
    except Exception:  # noqa: BLE001
        pass
    return ""


def decode_words(value: str) -> str:
    """RFC 2047 encoded words to text; undecodable charsets fall back, never raise."""
    if "=?" not in value:
        return " ".join(value.split())
    try:
        return " ".join(str(make_header(decode_header(value))).split())
    except Exception:  # noqa: BLE001
        parts = []
        try:
            for chunk, cs in decode_header(value):
                parts.append(decode_text(chunk, cs)[0] if isinstance(chunk, bytes) else chunk)
            return " ".join("".join(parts).split())
        except Exception:  # noqa: BLE001
            return " ".join(value.split())


MAX_ADDRESS_HEADER = 100_000    # characters of a To/Cc/From header parsed (about 3,000 addresses)
MAX_HEADER_BLOCK = 256_000      # bytes of the outer header block given to mail-parser


def _parties(value: str) -> list[Party]:
    if not value.strip():
        return []
    if len(value) > MAX_ADDRESS_HEADER:  # getaddresses is slow on huge lists; cut at an address
        cut = value.rfind(",", 0, MAX_ADDRESS_HEADER)
        value = value[:cut if cut > 0 else MAX_ADDRESS_HEADER]
    try:
        pairs = getaddresses([value])
    except Exception:  # noqa: BLE001
        pairs = [("", value)]
    out = []
    for name, addr in pairs:
        name, addr = decode_words(name).strip("\"' "), decode_words(addr).strip()
        if not name and "<" in addr and addr.endswith(">"):
            # the whole "Name <address>" in one encoded word (=?utf-8?q?Ann_W=C3=B3jcik_=3Cann=40wp=2Epl=3E?=)
            inner = getaddresses([addr])
            if len(inner) == 1 and "@" in inner[0][1]:
                name, addr = inner[0][0].strip("\"' "), inner[0][1]
        if name or addr:
            out.append(Party(name=name, email=addr))
    return out


def headers_of(msg: Message) -> MessageHeaders:
    sender = _parties(_raw_header(msg, "from"))
    return MessageHeaders(
        sender=sender[0] if sender else Party(),
        to=_parties(_raw_header(msg, "to")), cc=_parties(_raw_header(msg, "cc")),
        date=decode_words(_raw_header(msg, "date")), subject=decode_words(_raw_header(msg, "subject")),
        message_id=_raw_header(msg, "message-id").strip(),
    )


_CTYPE = re.compile(r"\s*([!#$%&'*+.^`|~\w-]+/[!#$%&'*+.^`|~\w-]+)")


def content_type(part: Message) -> str:
    """``get_content_type()`` read from the raw header: the same answer, without the policy's
    header parser (half a millisecond a call, several calls a part)."""
    try:
        m = _CTYPE.match(_raw_header(part, "content-type"))
        return m.group(1).lower() if m else part.get_default_type()
    except Exception:  # noqa: BLE001
        return "application/octet-stream"


def filename_of(part: Message) -> str:
    """The part's file name: the policy's reading, else compat32's lenient one, else a regex.

    ``policy.default`` drops a parameter it cannot tokenise, such as an unquoted RFC 2047
    word (``filename==?utf-8?B?...?=``) — then a patients' CSV sent as octet-stream would
    go unread — so the raw headers are read again the old way.
    """
    name = ""
    try:
        name = part.get_filename() or ""
    except Exception:  # noqa: BLE001
        name = ""
    if not name:
        name = _lenient_filename(part)
    name = decode_words(clean_text(str(name))).replace("/", "_").replace("\\", "_").strip()
    return name[:200]


def _lenient_filename(part: Message) -> str:
    raw = {key: _raw_header(part, key) for key in ("content-disposition", "content-type")}
    try:
        tmp = Message()
        for key, value in raw.items():
            if value:
                tmp[key] = value
        name = tmp.get_filename() or ""
        if name:
            return str(name)
    except Exception:  # noqa: BLE001
        pass
    for value in raw.values():
        m = re.search(r'\bfilename\*?="?([^";]+)|\bname\*?="?([^";]+)', value, re.I)
        if m:
            return (m.group(1) or m.group(2)).strip()
    return ""


def payload_bytes(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001
        data = None
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    if isinstance(raw, str):
        return raw.encode("utf-8", "surrogateescape")
    return b""


# html.parser costs 10-25 microseconds a tag here: a long table of patients is 50,000 tags
MAX_HTML_CHARS = 2_000_000   # markup given to the HTML parser
MAX_HTML_TAGS = 100_000


def _html_cut(markup: str) -> int:
    """Where to cut markup so the HTML parser's work is bounded (``len`` when no cut)."""
    end = min(len(markup), MAX_HTML_CHARS)
    pos = -1
    for _ in range(MAX_HTML_TAGS):
        pos = markup.find("<", pos + 1, end)
        if pos < 0:
            break
    else:
        end = pos
    if end < len(markup):
        tag = markup.rfind("<", 0, end)
        end = tag if tag > end // 2 else end
    return end


def part_text(part: Message) -> str:
    if content_type(part) == "text/html":
        return part_text_tables(part)[0]
    data = payload_bytes(part)
    try:
        cs = part.get_content_charset()
    except Exception:  # noqa: BLE001
        cs = None
    text, _ = decode_text(data, cs)
    return text


def part_text_tables(part: Message) -> tuple[str, list[list[list[str]]]]:
    """:func:`part_text` and, for HTML, its ``<table>`` elements as rows of cells.

    An HTML part's reading is kept on the part: choosing between alternatives reads it
    once, the walk uses it again.
    """
    if content_type(part) != "text/html":
        return part_text(part), []
    cached = getattr(part, "_breachdesk_html", None)
    if cached is not None:
        return cached
    data = payload_bytes(part)
    try:
        cs = part.get_content_charset()
    except Exception:  # noqa: BLE001
        cs = None
    text, _ = decode_text(data, cs)
    cut = _html_cut(text)
    if cut < len(text):
        text = text[:cut]
        part._breachdesk_html_cut = True  # type: ignore[attr-defined]
    result = html_to_text_tables(text)
    part._breachdesk_html = result  # type: ignore[attr-defined]
    return result


def _is_auto(msg: Message, headers: MessageHeaders, envelope_from: str) -> bool:
    auto = _raw_header(msg, "auto-submitted").strip().lower()
    if auto and not auto.startswith("no"):
        return True
    if _raw_header(msg, "precedence").strip().lower() in ("bulk", "junk", "list"):
        return True
    if envelope_from.strip() == "<>" or _raw_header(msg, "return-path").strip() == "<>":
        return True
    if _raw_header(msg, "x-autoreply") or _raw_header(msg, "x-autorespond"):
        return True
    local = headers.sender.email.split("@")[0].lower()
    if local == "mailer-daemon" or "mailer-daemon" in headers.sender.name.lower():
        return True
    return content_type(msg) == "multipart/report"


# ---------------------------------------------------------------------- walker


class Walker:
    """The state of one parse: output, limits, counters. Attachment handlers call back in."""

    def __init__(self, out: ParsedMessage, limits: ParseLimits) -> None:
        self.out = out
        self.limits = limits
        self.fwd = 0
        self.chars = 0
        self.parts = 0
        self.unnamed = 0
        self.read_anything = False
        self.deadline = time.monotonic() + TIME_BUDGET
        self._notes: set[str] = set()
        self.defects: Counter[str] = Counter()
        self.html_tables: list[list[list[str]]] = []   # waiting for the section their body lands in

    # -- notes and limits -------------------------------------------------
    def note(self, text: str) -> None:
        if text not in self._notes:
            self._notes.add(text)
            self.out.notes.append(text)

    def partial(self, text: str) -> None:
        self.note(text)
        if self.out.parse_status == "ok":
            self.out.parse_status = "partial"

    def truncate(self, text: str) -> None:
        self.out.truncated = True
        self.note(f"truncated: {text}")

    def out_of_time(self) -> bool:
        if time.monotonic() > self.deadline:
            self.truncate(f"time budget of {TIME_BUDGET:.0f} s used up, rest skipped")
            return True
        return False

    def note_unread(self) -> None:
        """One note naming every attachment whose content was not read, and why."""
        unread = [(a.name, reason) for a in self.out.attachments if (reason := _unread_reason(a.extracted))]
        if not unread:
            return
        shown = "; ".join(f"{name} ({reason})" for name, reason in unread[:10])
        more = f"; and {len(unread) - 10} more" if len(unread) > 10 else ""
        self.note(f"{len(unread)} attachment{'s' if len(unread) != 1 else ''} could not be read: {shown}{more}")

    # -- output -------------------------------------------------------------
    def add_text(self, where: str, text: str, role: str, headers: MessageHeaders | None = None,
                 *, keep_empty: bool = False) -> None:
        lim = self.limits
        if len(text) > lim.max_text_chars_per_part:
            text = text[:lim.max_text_chars_per_part]
            self.truncate(f"{where} text over {lim.max_text_chars_per_part} characters")
        room = lim.max_text_chars_total - self.chars
        if len(text) > room:
            text = text[:max(room, 0)]
            self.truncate(f"message text over {lim.max_text_chars_total} characters")
        if text.strip():
            self.read_anything = True
        elif not keep_empty:
            return
        self.chars += len(text)
        self.out.sections.append(TextSection(where=where, text=text, role=role, headers=headers))

    def add_table(self, table: Table) -> None:
        self.read_anything = True
        self.out.tables.append(table)

    def add_attachment(self, info: AttachmentInfo) -> None:
        self.out.attachments.append(info)

    def next_forward(self, headers: MessageHeaders) -> str:
        self.fwd += 1
        self.out.forwarded.append(headers)
        return f"forwarded:{self.fwd}"

    # -- entry points -----------------------------------------------------------
    def run(self, raw: bytes) -> None:
        if not raw.strip():
            return
        if raw.startswith(attachments.OLE_MAGIC):
            self._outlook_file(raw)
            return
        self._mailparser_defects(raw)
        raw = self._lenient_boundaries(raw)
        msg = message_from_bytes(raw)
        headers = headers_of(msg)
        self.out.headers = headers
        self.out.auto_submitted = _is_auto(msg, headers, self.out.envelope_from)
        if any(p.name or p.email for p in headers.parties()) or headers.subject or headers.date:
            self.read_anything = True
        self.message(msg, depth=0, headers=None)
        if self.defects:
            kinds = ", ".join(f"{k} x{n}" for k, n in sorted(self.defects.items()))
            self.note(f"MIME defects: {sum(self.defects.values())} ({kinds})")

    def _lenient_boundaries(self, raw: bytes) -> bytes:
        """Boundary lines with text after the boundary, made plain boundary lines.

        RFC 2046 allows only white space there; the stdlib then finds no boundary at all
        and the whole message is one unreadable part. Mail clients read such lines as
        boundaries, and so does this (the text after a space is dropped).
        """
        found = {m.group(1) or m.group(2) for m in _BOUNDARY_PARAM.finditer(raw[:5_000_000])}
        declared = sorted(found, key=len, reverse=True)[:100]
        if not declared:
            return raw
        alts = b"|".join(re.escape(b) for b in declared)
        line = re.compile(rb"^(--(?:" + alts + rb")(?:--)?)[ \t]+[^\s][^\r\n]*", re.M)
        exact = set(declared)
        count = 0

        def plain(m: re.Match[bytes]) -> bytes:
            nonlocal count
            whole = m.group(0).rstrip()[2:]
            if whole in exact or (whole.endswith(b"--") and whole[:-2] in exact):
                return m.group(0)   # a declared boundary that itself holds a space ("a b")
            count += 1
            return m.group(1)

        fixed = line.sub(plain, raw)
        if count:
            self.note(f"MIME boundary lines with trailing text: {count} read as boundaries")
        return self._cap_parts(fixed, alts)

    def _cap_parts(self, raw: bytes, alts: bytes) -> bytes:
        """The message cut before its (MAX_PARTS+1)-th boundary line.

        Only MAX_PARTS parts are walked, but the stdlib parses every one first, and with
        ``policy.default`` that costs about half a millisecond a part (100,000 parts: a
        minute); cut here, the rest is never parsed.
        """
        for n, m in enumerate(re.finditer(rb"^--(?:" + alts + rb")", raw, re.M), 1):
            if n > MAX_PARTS:
                self.truncate(f"over {MAX_PARTS} MIME parts")
                return raw[:m.start()]
        return raw

    def _outlook_file(self, raw: bytes) -> None:
        """An Outlook .msg file given instead of RFC 5322 (``breachdesk ingest x.msg``)."""
        from ingest.msgfiles import read_outer_msg

        try:
            read_outer_msg(self, raw)
        except Exception as exc:  # noqa: BLE001
            self.partial(f"unparseable part: application/vnd.ms-outlook (message): {type(exc).__name__}")

    def message_bytes(self, raw: bytes, depth: int) -> None:
        """An attached .eml or message/rfc822 given as bytes."""
        self.message(message_from_bytes(raw), depth=depth, headers=headers_of_bytes(raw))

    def message(self, msg: Message, depth: int, headers: MessageHeaders | None) -> None:
        """Walk one message: ``headers`` None means the outer report."""
        if headers is None and depth > 0:
            headers = headers_of(msg)
        bodies: list[str] = []
        deferred: list[Message] = []
        self._collect(msg, bodies, deferred, depth)
        body = "\n\n".join(b for b in bodies if b.strip())
        if headers is None:
            self.cover_text(body)
        else:
            self.forwarded_text(headers, body)
        for part in deferred:
            if self.out_of_time():
                return
            self._deferred(part, depth)

    def cover_text(self, body: str) -> None:
        """The reporter's own text, and the inline forwards below it."""
        self._blocks(body, None)

    def forwarded_text(self, headers: MessageHeaders, body: str) -> None:
        """A forwarded message's body (MIME, .msg or TNEF), and inline forwards inside it."""
        self._blocks(body, headers)

    def _blocks(self, body: str, headers: MessageHeaders | None) -> None:
        if len(body) > self.limits.max_text_chars_per_part:
            body = body[:self.limits.max_text_chars_per_part]
            self.truncate(f"message body over {self.limits.max_text_chars_per_part} characters")
        blocks = split_forwards(body)
        first = len(self.out.sections)
        if headers is None:
            self.add_text("body", blocks[0].text, "cover")
        else:
            self.add_text(self.next_forward(headers), blocks[0].text, "forwarded", headers, keep_empty=True)
        for blk in blocks[1:]:
            h = blk.headers or MessageHeaders()
            self.add_text(self.next_forward(h), blk.text, "forwarded", h, keep_empty=True)
        self._place_html_tables(first)

    def _place_html_tables(self, first: int) -> None:
        """HTML tables become Tables of the section whose text holds their rows."""
        pending, self.html_tables = self.html_tables, []
        secs = self.out.sections[first:]
        for rows in pending:
            try:
                probe = "\t".join(rows[1]) if len(rows) > 1 else "\t".join(rows[0])
                sec = next((x for x in secs if probe and probe in x.text), None) or (secs[0] if secs else None)
                if sec is None:
                    continue
                width = max(len(r) for r in rows)
                head = rows[0]
                # a data table: a header row of 3+ named columns, no digits (a two-column
                # "label | value" layout table stays text only)
                if width < 3 or len(head) < 3 or not all(c.strip() for c in head) \
                        or any(ch.isdigit() for c in head for ch in c):
                    continue
                body = [r + [""] * (width - len(r)) for r in rows[1:]]
                self.add_table(Table(where=sec.where, header=rows[0] + [""] * (width - len(rows[0])),
                                     rows=body, total_rows=len(body)))
            except Exception:  # noqa: BLE001 - a table we cannot place is still in the text
                continue

    def attachment(self, name: str, ctype: str, data: bytes, depth: int) -> AttachmentInfo:
        return attachments.extract(self, name, ctype, data, depth)

    # -- MIME ---------------------------------------------------------------------
    def _collect(self, part: Message, bodies: list[str], deferred: list[Message], depth: int) -> None:
        self.parts += 1
        if self.parts > MAX_PARTS:
            self.truncate(f"over {MAX_PARTS} MIME parts")
            return
        self._count_defects(part)
        ctype = content_type(part)
        if part.is_multipart() and not ctype.startswith("message/"):
            children = [c for c in (part.get_payload() or []) if isinstance(c, Message)]
            if ctype == "multipart/alternative":
                chosen = _alternatives_to_read(children)
                for c in chosen:
                    self._collect(c, bodies, deferred, depth)
                for c in children:  # attachments hidden inside alternatives still count
                    if not any(c is x for x in chosen) and not content_type(c).startswith(("text/", "multipart/")):
                        self._collect(c, bodies, deferred, depth)
                return
            if ctype == "multipart/encrypted":
                self.partial("unparseable part: multipart/encrypted")
            for c in children:
                self._collect(c, bodies, deferred, depth)
            return
        disp = ""
        try:
            disp = (part.get_content_disposition() or "").lower()
        except Exception:  # noqa: BLE001
            pass
        name = filename_of(part)
        if ctype.startswith("multipart/") and isinstance(part.get_payload(), str):
            fixed = _recover_multipart(part, ctype)
            if fixed is not None:
                self._collect(fixed, bodies, deferred, depth)
                return
            self.partial(f"unparseable part: {ctype}: boundary not found")
        if ctype in ("text/plain", "text/html") and not name and disp != "attachment":
            try:
                text, tables = part_text_tables(part)
            except Exception as exc:  # noqa: BLE001
                self.partial(f"unparseable part: {ctype}: {type(exc).__name__}")
                return
            if _binary(text):
                self.partial(f"unparseable part: {ctype}: binary content")
                return
            if getattr(part, "_breachdesk_html_cut", False):
                self.truncate(f"HTML part over {MAX_HTML_CHARS} characters")
            bodies.append(text)
            self.html_tables.extend(tables)
            return
        if ctype in ("message/delivery-status", "text/rfc822-headers", "message/disposition-notification") \
                and not name:
            return
        deferred.append(part)

    def _deferred(self, part: Message, depth: int) -> None:
        ctype = content_type(part)
        name = filename_of(part)
        if ctype in ("message/rfc822", "message/global") or (part.is_multipart() and ctype.startswith("message/")):
            inner = part.get_payload()
            sub = inner[0] if isinstance(inner, list) and inner and isinstance(inner[0], Message) else None
            data = _as_bytes(sub) if sub is not None else payload_bytes(part)
            encoded = _encoded_message(part, data)
            if encoded is not None:  # base64/QP around message/rfc822: RFC 2046 forbids it, Outlook does it
                sub, data = None, encoded
            info = AttachmentInfo(name=name or "forwarded.eml", content_type=ctype, size=len(data),
                                  sha256=hashlib.sha256(data).hexdigest(), where=f"attachment:{name or 'forwarded.eml'}")
            self.add_attachment(info)
            if depth + 1 > self.limits.max_depth:
                info.extracted = f"skipped: nesting deeper than {self.limits.max_depth}"
                self.truncate(f"nesting deeper than {self.limits.max_depth} levels")
                return
            info.extracted = "message"
            try:
                if sub is not None:
                    self.message(sub, depth + 1, headers_of(sub))
                else:
                    self.message_bytes(data, depth + 1)
            except Exception as exc:  # noqa: BLE001
                info.extracted = f"error: {type(exc).__name__}"
                self.partial(f"unparseable part: {ctype} ({info.name}): {type(exc).__name__}")
            return
        data = payload_bytes(part)
        if not name:
            self.unnamed += 1
            name = f"part-{self.unnamed}{attachments.guess_extension(ctype)}"
        self.attachment(name, ctype, data, depth)

    def _count_defects(self, part: Message) -> None:
        for d in getattr(part, "defects", []) or []:
            self.defects[type(d).__name__] += 1

    def _mailparser_defects(self, raw: bytes) -> None:
        """mail-parser's header defect categories, from the outer header block only.

        Given the whole message it parses every part a second time (and decodes every
        address of a 100,000-address To: in pure Python); the header defects it adds to
        the stdlib's part defects are all in the header block.
        """
        end = re.search(rb"\r?\n\r?\n", raw[:MAX_HEADER_BLOCK])
        head = raw[:end.end()] if end else raw[:MAX_HEADER_BLOCK]
        if len(head) > 20_000:   # its address parsing is the slow part; long headers are not read by it
            head = b"\n".join(ln for ln in head.split(b"\n") if len(ln) < 20_000)[:20_000]
        try:
            import mailparser

            mp = mailparser.parse_from_bytes(head)
            for cat in sorted(mp.defects_categories or ()):
                if cat.endswith("HeaderDefect"):
                    self.defects[str(cat)] += 1
        except Exception as exc:  # noqa: BLE001
            self.note(f"mail-parser could not read the message: {type(exc).__name__}")


def _unread_reason(extracted: str) -> str:
    """Why an attachment's content was not read ("" when it was, or is never read: images...)."""
    for prefix in ("skipped: ", "error: ", "unread: "):
        if extracted.startswith(prefix):
            return extracted[len(prefix):]
    return ""


def _binary(text: str) -> bool:
    """Text decoded from binary junk: many control or replacement characters."""
    sample = text[:20_000]
    if not sample:
        return False
    bad = sum(1 for c in sample if (c < " " and c not in "\t\n\r\f") or c == "\ufffd")
    return bad > len(sample) * 0.1


def _recover_multipart(part: Message, ctype: str) -> Message | None:
    """A multipart whose declared boundary never appears: try the first ``--xxx`` line."""
    payload = part.get_payload()
    if not isinstance(payload, str):
        return None
    m = re.search(r"^--([^\s]{1,200})[ \t]*\r?$", payload, re.M)
    if not m:
        return None
    boundary = m.group(1).replace('"', "")
    try:
        rebuilt = message_from_bytes(
            f'Content-Type: {ctype}; boundary="{boundary}"\n\n'.encode() +
            payload.encode("utf-8", "surrogateescape"))
    except Exception:  # noqa: BLE001
        return None
    return rebuilt if rebuilt.is_multipart() and rebuilt.get_payload() else None


def _encoded_message(part: Message, data: bytes) -> bytes | None:
    """The forwarded message inside a base64 or quoted-printable message/rfc822 part.

    The parser reads such a part as a message with no headers whose body is the encoded
    text; decoded, it is the real message. None when the part is not encoded that way.
    """
    cte = _raw_header(part, "content-transfer-encoding").strip().lower()
    if cte not in ("base64", "quoted-printable"):
        return None
    body = data.split(b"\n\n", 1)[1] if data.startswith((b"Content-", b"MIME-")) and b"\n\n" in data else data
    try:
        if cte == "base64":
            decoded = binascii.a2b_base64(re.sub(rb"[^A-Za-z0-9+/]", b"", body) + b"===")
        else:
            decoded = quopri.decodestring(body)
    except (binascii.Error, ValueError):
        return None
    return decoded if re.match(rb"[\x21-\x39\x3b-\x7e]+:", decoded) else None


def headers_of_bytes(raw: bytes) -> MessageHeaders:
    return headers_of(message_from_bytes(raw))


def _as_bytes(msg: Message) -> bytes:
    try:
        return msg.as_bytes()
    except Exception:  # noqa: BLE001
        try:
            return msg.as_bytes(policy=email.policy.compat32)
        except Exception:  # noqa: BLE001
            return b""


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w{2,}", text[:2_000_000].casefold()))


def _html_in(part: Message) -> Message | None:
    for p in part.walk():
        if content_type(p) == "text/html":
            return p
    return None


def _alternatives_to_read(children: list[Message]) -> list[Message]:
    """The alternatives whose text is read: the plain text, unless an HTML sibling says more.

    A text/plain part is often a stub ("your mail client cannot display this message")
    or a lossy rendering, while the HTML holds the data; so the HTML is compared with
    it, word by word: the same words, plain only; the plain a subset of the HTML, the
    HTML only; both with words of their own, both.
    """
    best = _best_alternative(children)
    if best is None:
        return []
    if content_type(best) != "text/plain":
        return [best]
    rich = next((c for c in children if c is not best and _html_in(c) is not None), None)
    if rich is None:
        return [best]
    html = _html_in(rich)
    try:
        plain_words, html_words = _words(part_text(best)), _words(part_text(html))  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - an unreadable HTML sibling: the plain text stands
        return [best]
    if len(html_words - plain_words) <= len(html_words) // 10:
        return [best]
    if len(plain_words - html_words) <= len(plain_words) // 10:
        return [rich]
    return [best, rich]


def _best_alternative(children: list[Message]) -> Message | None:
    """text/plain with text in it, else HTML, else a nested multipart, else the last part."""
    by_type: dict[str, Message] = {}
    for c in children:
        by_type.setdefault(content_type(c), c)
    plain = by_type.get("text/plain")
    if plain is not None and payload_bytes(plain).strip():
        return plain
    for c in children:
        if content_type(c).startswith("multipart/"):
            return c
    if "text/html" in by_type:
        return by_type["text/html"]
    return plain if plain is not None else (children[-1] if children else None)
