"""Body text: charset decoding, HTML to text, and splitting inline forwards.

Nothing here knows about MIME: it turns bytes into ``str`` and a body's text into
the reporter's own words plus the forwarded blocks found in it (Outlook, Gmail,
Apple Mail, "On … wrote:" replies and ``>``-quoted text). The header lines of a
forward block name staff, not data subjects, so they go to :class:`MessageHeaders`
and never into the block's text.
"""

from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from breachdesk.model import MessageHeaders, Party

# ------------------------------------------------------------------ charsets


def decode_text(data: bytes, charset: str | None = None) -> tuple[str, bool]:
    """Bytes to text: declared charset, then utf-8, then cp1252 with replacement.

    Returns ``(text, clean)``; ``clean`` is False when a fallback had to replace bytes.
    Never raises.
    """
    tried: list[str] = []
    for cs in (charset, "utf-8"):
        name = _codec_name(cs)
        if not name or name in tried:
            continue
        tried.append(name)
        try:
            return data.decode(name), True
        except (UnicodeDecodeError, LookupError, ValueError):
            continue
    text = data.decode("cp1252", errors="replace")
    return text, False


def _codec_name(charset: str | None) -> str:
    if not charset:
        return ""
    cs = str(charset).strip().strip("\"'").lower()
    cs = {"utf8": "utf-8", "unicode-1-1-utf-7": "utf-7", "ks_c_5601-1987": "cp949",
          "x-sjis": "shift_jis", "iso-8859-8-i": "iso-8859-8", "windows-874": "cp874"}.get(cs, cs)
    try:
        return codecs.lookup(cs).name
    except (LookupError, ValueError, TypeError):
        return ""


# ---------------------------------------------------------------------- HTML

_BLOCK = frozenset("""address article aside blockquote body center dd details dialog div dl dt
fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre
section summary table tbody thead tfoot ul caption""".split())
_SPACES = re.compile(r"[ \t\r\n\f]+")
_DROP = frozenset({"script", "style", "head", "title", "template", "noscript", "svg", "object"})


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.drop = 0
        self.pre = 0
        self.cell = 0
        self.tail_nl = 2  # new lines at the end of the output so far (start counts as a break)
        # <table> elements as rows of cell texts (nested tables each on their own)
        self.tables: list[list[list[str]]] = []
        self._tstack: list[list[list[str]]] = []
        self._cellbuf: list[list[str]] = []

    def _nl(self, n: int = 1) -> None:
        if n > self.tail_nl:
            self.out.append("\n" * (n - self.tail_nl))
            self.tail_nl = n

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP:
            self.drop += 1
        elif tag == "br":
            self._nl()
        elif tag == "tr":
            self._nl()
            self.cell = 0
            if self._tstack:
                self._tstack[-1].append([])
        elif tag in ("td", "th"):
            if self._tstack:
                if not self._tstack[-1]:
                    self._tstack[-1].append([])
                self._tstack[-1][-1].append("")
            if self.cell:
                self.out.append("\t")
                self.tail_nl = 0
            self.cell += 1
        elif tag in _BLOCK:
            if tag == "table" and len(self._tstack) < 20:
                self._tstack.append([])
            self._nl(2 if tag in ("p", "table", "blockquote", "h1", "h2", "h3") else 1)
            if tag == "pre":
                self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr"):
            self._nl()

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP:
            self.drop = max(0, self.drop - 1)
        elif tag in _BLOCK:
            if tag == "table" and self._tstack:
                rows = [[" ".join(c.split()) for c in r] for r in self._tstack.pop() if any(c.strip() for c in r)]
                if len(rows) >= 2 and max(len(r) for r in rows) >= 2 and len(self.tables) < 200:
                    self.tables.append(rows)
            self._nl(2 if tag in ("p", "table", "blockquote") else 1)
            if tag == "pre":
                self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.drop:
            return
        if not self.pre:
            data = _SPACES.sub(" ", data)
        if self._tstack and self._tstack[-1] and self._tstack[-1][-1]:
            self._tstack[-1][-1][-1] += data
        if data.strip():
            self.tail_nl = 0
        elif self.pre and "\n" in data:
            self.tail_nl += data.count("\n")
        self.out.append(data)


def html_to_text(markup: str) -> str:
    """Readable text from HTML: scripts/styles dropped, blocks and ``<br>`` as new lines,
    table cells separated by tabs, entities unescaped."""
    return html_to_text_tables(markup)[0]


def html_to_text_tables(markup: str) -> tuple[str, list[list[list[str]]]]:
    """:func:`html_to_text` and the ``<table>`` elements as rows of cell texts (first row: header)."""
    last = markup.rfind("<")
    if last >= 0 and len(markup) - last > 1000 and markup.find(">", last) < 0:
        markup = markup[:last]   # a long unclosed last tag: html.parser would hand it over as text
    p = _HTMLText()
    try:
        p.feed(markup)
        p.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; be safe anyway
        pass
    text = "".join(p.out)
    if not p.out and markup:
        text = html.unescape(_strip_tags(markup))
    text = "\n".join(ln.strip(" ") for ln in text.replace("\xa0", " ").split("\n"))
    tables = [[[c.replace("\xa0", " ").strip() for c in r] for r in t] for t in p.tables]
    return tidy(text), tables


def _strip_tags(markup: str) -> str:
    """Text outside ``<…>`` in one pass; an unclosed tag ends the text (it is an attribute,
    not words). Linear even for ``<<<<…`` (a regex rescans to the end from every ``<``)."""
    out: list[str] = []
    pos = 0
    while True:
        lt = markup.find("<", pos)
        if lt < 0:
            out.append(markup[pos:])
            break
        out.append(markup[pos:lt])
        gt = markup.find(">", lt)
        if gt < 0:
            break
        out.append(" ")
        pos = gt + 1
    return "".join(out)


def tidy(text: str) -> str:
    """Normalise line ends, strip trailing blanks and runs of empty lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(ln.rstrip() for ln in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")


# ----------------------------------------------------------------------- RTF

_RTF_DEST = re.compile(r"\\\*\\?[a-z]+|\\(?:fonttbl|colortbl|stylesheet|info|pict|themedata|"
                       r"colorschememapping|latentstyles|datastore|listtable|listoverridetable|rsidtbl|"
                       r"generator|xmlnstbl|object|header|footer)\b")
_RTF_TOKEN = re.compile(r"\\'([0-9a-fA-F]{2})|\\u(-?\d+)\??|\\([a-zA-Z]+)(-?\d+)? ?|\\([^a-zA-Z])|([{}])|"
                        r"[\r\n]+|([^\\{}\r\n]+)")


def rtf_to_text(data: bytes) -> str:
    """Plain text from RTF: control words dropped, ``\\par`` as new lines; no rendering."""
    src = data.decode("latin-1")
    out: list[str] = []
    stack: list[bool] = []
    skip = False
    pending_dest = False
    skip_fallback = False
    for m in _RTF_TOKEN.finditer(src):
        hexc, uni, word, _arg, sym, brace, plain = m.groups()
        if brace == "{":
            stack.append(skip)
            pending_dest = True
            continue
        if brace == "}":
            skip = stack.pop() if stack else False
            pending_dest = False
            continue
        if pending_dest and (word or sym == "*"):
            pending_dest = False
            if sym == "*" or (word and _RTF_DEST.fullmatch("\\" + word)):
                skip = True
                continue
        pending_dest = False
        if skip:
            continue
        if hexc:
            if not skip_fallback:
                out.append(bytes([int(hexc, 16)]).decode("cp1252", "replace"))
        elif uni:
            out.append(chr(int(uni) % 65536))
            skip_fallback = True
            continue
        elif word in ("par", "line", "row", "sect", "page"):
            out.append("\n")
        elif word in ("tab", "cell"):
            out.append("\t")
        elif sym in ("\\", "{", "}"):
            out.append(sym)
        elif sym == "~":
            out.append(" ")
        elif plain:
            out.append(plain[1:] if skip_fallback else plain)
        skip_fallback = False
    return tidy("".join(out))


# ------------------------------------------------------------------- parties

_ANGLE = re.compile(r"<([^<>]*)>|\[mailto:([^\]]*)\]", re.I)
_EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")


def parse_parties(value: str) -> list[Party]:
    """Mailboxes as written in a forward block: ``SURNAME, First (ORG) <a@b>; c@d``."""
    out: list[Party] = []
    value = re.sub(r"\s+", " ", value or "").strip()
    for chunk in value.split(";"):
        chunk = chunk.strip()
        if not chunk:
            continue
        marks = list(_ANGLE.finditer(chunk))
        if marks:
            pos = 0
            for m in marks:
                before = chunk[pos:m.start()]
                # bare addresses between named ones ('"A" <a@x>, b@y, "C" <c@z>'): each its own party
                out.extend(Party(email=e) for e in _EMAIL.findall(before))
                name = _EMAIL.sub("", before).strip(" ,;\"'")
                addr = (m.group(1) or m.group(2) or "").strip()
                if addr.lower().startswith("mailto:"):
                    addr = addr[7:]
                out.append(Party(name=name, email=addr))
                pos = m.end()
            out.extend(Party(email=e) for e in _EMAIL.findall(chunk[pos:]))   # "…<h@x>, jj@gmail.com, b@live.co.uk"
            continue
        emails = _EMAIL.findall(chunk)
        if emails:
            out.extend(Party(email=e) for e in emails)
        else:
            out.append(Party(name=chunk.strip(" \"'")))
    return out


# ------------------------------------------------------------ inline forwards

_SEP = re.compile(
    r"^[ \t>]*(?:-{2,}\s*(?:Original Message|Forwarded message|Forwarded Message|"
    r"Message d'origine|Ursprüngliche Nachricht|Mensaje original)\s*-*|_{10,}|"
    r"Begin forwarded message:|Start of forwarded message)\s*$", re.I | re.M)
_WROTE = re.compile(r"^[ \t]*On\b(.{4,300}?)\bwrote:[ \t]*$", re.M | re.S)
_HDR = re.compile(r"^[ \t*]*(From|Sent|Date|To|Cc|Bcc|Subject|Reply-To|Importance|Attachments)"
                  r"[ \t*]*(?::|\t)[ \t*]*(.*)$", re.I)
_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?")


@dataclass
class Block:
    """One piece of a body: ``headers`` is None for the text before the first forward."""

    text: str
    headers: MessageHeaders | None = None


def split_forwards(text: str, *, max_blocks: int = 50, max_scan: int = 20_000_000) -> list[Block]:
    """Split a body into the author's text and the forwarded blocks nested below it.

    Each block is searched again for the next marker; ``max_blocks`` and ``max_scan``
    (characters searched in all) bound the work on hostile input.
    """
    blocks: list[Block] = []
    current = Block(text="")
    rest = text
    scanned = 0
    while True:
        scanned += len(rest)
        found = _next_forward(rest) if len(blocks) < max_blocks and scanned <= max_scan else None
        if found is None:
            current.text = tidy(rest)
            blocks.append(current)
            return blocks
        start, headers, body, tail = found
        current.text = tidy(rest[:start] + ("\n" + tail if tail else ""))
        blocks.append(current)
        current = Block(text="", headers=headers)
        rest = body


def _next_forward(text: str) -> tuple[int, MessageHeaders, str, str] | None:
    """The first forward marker: (start, headers, body below it, text after a quote run)."""
    cands: list[tuple[int, str, re.Match[str]]] = []
    m = _SEP.search(text)
    if m:
        cands.append((m.start(), "sep", m))
    w = _WROTE.search(text)
    if w and w.group(0).count("\n") <= 3:
        cands.append((w.start(), "wrote", w))
    h = _bare_header_block(text)
    if h is not None:
        cands.append((h, "bare", None))  # type: ignore[arg-type]
    q = re.search(r"^>[^\n]*\n(?:>[^\n]*\n?|[ \t]*\n)*", text, re.M)
    if q and q.group(0).count("\n>") + 1 >= 2:
        cands.append((q.start(), "quote", q))
    if not cands:
        return None
    start, kind, m = min(cands, key=lambda c: c[0])
    if kind == "sep":
        after = text[m.end():]
        quoted = _unquote_if_quoted(after)
        headers, body = _header_lines(quoted)
        return start, headers, body, ""
    if kind == "bare":
        headers, body = _header_lines(text[start:])
        return start, headers, body, ""
    if kind == "wrote":
        headers = _wrote_headers(" ".join(m.group(1).split()))
        after = text[m.end():].lstrip("\r\n")
        qrun = re.match(r"(?:>[^\n]*\n?|[ \t]*\n)*", after)
        run = qrun.group(0) if qrun else ""
        if ">" in run:
            inner = _unquote(run)
            ih, ibody = _header_lines(inner)
            if ih.sender.email or ih.sender.name:
                headers = _merge(headers, ih)
                inner = ibody
            return start, headers, inner, after[len(run):]
        return start, headers, after, ""
    run = m.group(0)
    inner = _unquote(run)
    headers, body = _header_lines(inner)
    return start, headers, body, text[m.end():]


def _bare_header_block(text: str) -> int | None:
    """A "From:" line followed closely by Sent/Date and To/Subject lines (no separator).

    Only the first 1,000 "From:" lines are tried: each costs a header read, and a body of
    100,000 of them (none a real block) would otherwise take seconds per search.
    """
    for n, m in enumerate(re.finditer(r"^[ \t*>]*From[ \t*]*(?::|\t)", text, re.M | re.I)):
        if n >= 1000:
            return None
        window = text[m.start():m.start() + 1500]
        headers, _ = _header_lines(window)
        if (headers.date or headers.to) and headers.subject and m.start() > 0:
            return m.start()
    return None


def _unquote(run: str) -> str:
    return "\n".join(re.sub(r"^> ?", "", ln) for ln in run.split("\n"))


def _unquote_if_quoted(text: str) -> str:
    lines = [ln for ln in text.split("\n")[:12] if ln.strip()]
    if lines and sum(ln.lstrip().startswith(">") for ln in lines) >= max(1, len(lines) * 2 // 3):
        return _unquote(text)
    return text


def _header_lines(text: str) -> tuple[MessageHeaders, str]:
    """Read ``From:``/``Sent:``/``To:``/``Cc:``/``Subject:`` lines; return them and the body."""
    h = MessageHeaders()
    lines = text.split("\n")
    keys: set[str] = set()
    i, last = 0, ""
    while i < len(lines):
        ln = lines[i]
        m = _HDR.match(ln)
        if m:
            key = m.group(1).lower()
            if key == "from" and "from" in keys:
                break  # the next block begins
            _set_header(h, key, m.group(2).strip())
            keys.add(key)
            last = key
            i += 1
        elif not ln.strip():
            nxt = next((x for x in lines[i + 1:i + 4] if x.strip()), "")
            i += 1
            if keys and not _HDR.match(nxt):
                break
        elif keys and last in ("to", "cc", "bcc", "subject") and ln[:1] in (" ", "\t"):
            _set_header(h, last, ln.strip(), append=True)
            i += 1
        else:
            break
    if not keys:
        return h, text
    return h, "\n".join(lines[i:])


def _set_header(h: MessageHeaders, key: str, val: str, *, append: bool = False) -> None:
    if key == "from":
        ps = parse_parties(val)
        h.sender = ps[0] if ps else Party()
    elif key in ("to", "cc"):
        getattr(h, key).extend(parse_parties(val))
    elif key == "bcc":
        pass
    elif key in ("sent", "date"):
        h.date = val
    elif key == "subject":
        h.subject = f"{h.subject} {val}".strip() if append else val


def _wrote_headers(s: str) -> MessageHeaders:
    """``Mon, 26 May 2025 at 13:59, Name <a@b>`` → date and sender."""
    h = MessageHeaders()
    s = s.strip().rstrip(",")
    times = list(_TIME.finditer(s))
    if times:
        cut = times[0].end()
        h.date, who = s[:cut].strip(" ,"), s[cut:].strip(" ,")
    elif "<" in s:
        head = s[:s.index("<")]
        cut = head.rfind(",")
        h.date, who = s[:max(cut, 0)].strip(" ,"), s[cut + 1:].strip(" ,")
    else:
        cut = s.rfind(",")
        h.date, who = s[:max(cut, 0)].strip(" ,"), s[cut + 1:].strip(" ,")
    ps = parse_parties(who)
    if ps:
        h.sender = ps[0]
    return h


def _merge(a: MessageHeaders, b: MessageHeaders) -> MessageHeaders:
    return MessageHeaders(sender=b.sender if (b.sender.email or b.sender.name) else a.sender,
                          to=b.to or a.to, cc=b.cc or a.cc, date=b.date or a.date,
                          subject=b.subject or a.subject, message_id=b.message_id or a.message_id)
