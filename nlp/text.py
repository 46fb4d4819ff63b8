"""Text helpers shared by the recognisers: bounded windows, labels, signature blocks."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

# A field separator inside a line: comma, semicolon, tab, pipe, bracket, 2+ spaces.
_SEP = re.compile(r"[,;\t|()\[\]]|\s{2,}")
_WORD = re.compile(r"[a-z0-9&]+(?:[.'][a-z0-9]+)*\.?", re.I)


def windows(text: str, size: int, overlap: int = 80) -> Iterator[tuple[int, str]]:
    """Split ``text`` into (offset, chunk) windows of at most ``size`` chars.

    Cuts at the last newline inside a window when there is one, so most matches never
    straddle a cut; a line longer than ``size`` (a megabyte of digits) is cut with an
    ``overlap`` so a match across the cut is still seen once.
    """
    n = len(text)
    if n <= size:
        yield 0, text
        return
    start = 0
    while start < n:
        end = min(start + size, n)
        if end < n:
            nl = text.rfind("\n", start + size // 2, end)
            if nl > 0:
                yield start, text[start:nl + 1]
                start = nl + 1
                continue
        yield start, text[start:end]
        if end >= n:
            break
        start = end - overlap


def near_anchors(rx: re.Pattern[str], text: str, anchors: tuple[tuple[Any, ...], ...],
                 low: str | None = None) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, scanning only the text around its anchors.

    Each anchor is (regex, before, after): every match of ``rx`` must hold a match of one anchor and lie
    within ``before`` characters of that anchor's start and ``after`` of its end, lookarounds included (a
    lookahead at a window's end would see the end of the text). A regex tried at every letter (a name before
    its DOB) then runs over a few windows around the cues it needs instead of over the whole text; the
    windows are merged, so the matches are the same, in the same order. An anchor may carry a fourth item,
    its :func:`fold_rx` twin, matched over ``low`` (:func:`folded_lower` of ``text``) when that is given:
    the same spans, without IGNORECASE's cost over the whole text.
    """
    n = len(text)
    finds = [a[3].finditer(low) if low is not None and len(a) > 3 and a[3] is not None else a[0].finditer(text)
             for a in anchors]
    if len(anchors) == 1:
        # one anchor's spans come in order of their starts already (one ``before`` for all): merged as found
        before, after = anchors[0][1], anchors[0][2]
        ws = we = -1
        for m in finds[0]:
            a, b = m.span()
            a, b = (a - before if a > before else 0), (b + after if b + after < n else n)
            if a > we:
                if we > ws:
                    yield from rx.finditer(text, ws, we)
                ws, we = a, b
            elif b > we:
                we = b
        if we > ws:
            yield from rx.finditer(text, ws, we)
        return
    yield from scan_spans(rx, text, sorted((max(0, m.start() - a[1]), min(n, m.end() + a[2]))
                                           for a, found in zip(anchors, finds, strict=True) for m in found))


def scan_spans(rx: re.Pattern[str], text: str, spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """``rx``'s matches in the windows ``spans`` (sorted by start), overlapping windows merged into one."""
    ws = we = -1
    for a, b in spans:
        if a > we:
            if we > ws:
                yield from rx.finditer(text, ws, we)
            ws, we = a, b
        else:
            we = max(we, b)
    if we > ws:
        yield from rx.finditer(text, ws, we)


def line_bounds(text: str, pos: int, reach: int = 2048) -> tuple[int, int]:
    """The line around ``pos``, looking at most ``reach`` characters either way."""
    lo = max(0, pos - reach)
    s = text.rfind("\n", lo, pos) + 1 or lo
    hi = min(len(text), pos + reach)
    e = text.find("\n", pos, hi)
    return s, hi if e < 0 else e


def label_before(text: str, start: int, max_chars: int = 48) -> str:
    """The field label in front of a match: ``"NHS no."`` in ``"…, NHS no. 943 476 5919"``.

    The text after the last separator on the line; when the match starts its line (or
    segment) the previous non-empty line is used, for vertical "label / value" layouts.
    """
    ls, _ = line_bounds(text, start)
    seg_from = max(ls, start - max_chars)
    seg = text[seg_from:start].rstrip(" \t")      # "DoB:      03/07/1959": the label before the gap
    parts = _SEP.split(seg)
    label = parts[-1] if parts else ""
    label = _after_last_value(label).strip()
    if not label and start - ls <= 2 and ls > 0:
        prev_end = ls - 1
        ps = text.rfind("\n", 0, prev_end) + 1
        prev = text[ps:prev_end].strip()
        if 0 < len(prev) <= max_chars and not any(ch.isdigit() for ch in prev[-3:]):
            label = prev
    return label


_WRAP_TAIL = re.compile(r"([A-Za-z][A-Za-z&.']{0,20}(?:[ \t]+[A-Za-z][A-Za-z&.']{0,20}){0,2})[ \t]*$")


_FIELD_GAP = re.compile(r"\t|[ ]{2,}")
_LABEL_TAIL = re.compile(r"[A-Za-z][A-Za-z.]{0,9}:?")
_SHORT_LABEL = re.compile(r"[A-Za-z][A-Za-z.]{0,9}(?: [A-Za-z.]{1,6})?")


def wrapped_label(text: str, start: int, label: str) -> str:
    """The label with the words ending the previous line when a hard wrap cut a sentence ("order" /
    "number 943 476 5919"): only when the label (at most three words) is all the line holds before
    the match and the previous line is prose (30+ characters, no tab or column gap) ending in a word
    (no full stop, colon or digit), or a laid-out line whose last field is a short label. Else the
    label as it was."""
    ls, _ = line_bounds(text, start)
    if ls == 0 or text[ls:start].strip() != label.strip() or len(label.split()) > 3:
        return label
    ps = text.rfind("\n", max(0, ls - 200), ls - 1) + 1
    prev = text[ps:ls - 1]
    if "\t" in prev or "   " in prev.strip():
        # a laid-out line (a PDF's fields, columns apart) whose last field is a label cut by the wrap:
        # "DOB: 13/01/1969   Hosp" / "No: H790638"; only a one-word label's first part (a row of a text
        # table, "Mrs X<tab>1/6/1948", sits under its header or another row)
        if not _LABEL_TAIL.fullmatch(label.strip()):
            return label
        last = _FIELD_GAP.split(prev.rstrip())[-1]
        return f"{last} {label}" if _SHORT_LABEL.fullmatch(last) else label
    if len(prev) < 30:
        return label
    m = _WRAP_TAIL.search(text, ps, ls - 1)
    return f"{m.group(1)} {label}" if m else label


_DIGIT_RUN = re.compile(r"\d{3}")


def column_header(text: str, start: int, max_lines: int = 40, max_chars: int = 160) -> str:
    """The header line of a text table a match sits in ("Inc no  Patient  CHI  Age" above its rows).

    Walks up from the match's line through data rows (each holding a digit) to the first line with no
    run of three digits; that line is the header when it reads like one (3+ words, not a sentence).
    A blank line, a row without digits or ``max_lines`` rows end the walk with no header.
    """
    ls, _ = line_bounds(text, start)
    end = ls - 1
    for _ in range(max_lines):
        if end <= 0:
            return ""
        ps = text.rfind("\n", max(0, end - 4096), end) + 1
        line = text[ps:end].strip()
        if not line:
            return ""
        if not _DIGIT_RUN.search(line):
            toks = line.split()
            if len(line) <= max_chars and len(toks) >= 3 and not line.endswith((".", "?", "!", ":")):
                return line
            return ""
        if not any(ch.isdigit() for ch in line):
            return ""
        end = ps - 1
    return ""


_TOKEN_SPACE = re.compile(r"\S+(?:\s+|$)")


def _after_last_value(label: str) -> str:
    """The label words after the last value in it (a token with 3+ digits): "Hospital No: RXN647875 "
    labels nothing, while "Address line 1:" and "Tel 2:" keep their words."""
    if sum(map(str.isdigit, label)) < 3:
        return label        # no token of it can hold three digits (most labels: "NHS no.", "DOB:")
    cut = 0
    for m in _TOKEN_SPACE.finditer(label):
        if sum(ch.isdigit() for ch in m.group(0)) >= 3:
            cut = m.end()
    return label[cut:]


def folded_lower(text: str) -> str | None:
    """``text.lower()`` when a :func:`fold_rx` twin on it matches as the IGNORECASE regex does on ``text``, else None.

    That holds when lower-casing keeps every offset and every character's class (letter, digit,
    space) and no character outside ASCII has an ASCII partner under IGNORECASE ("ſ" ~ "s",
    "K" ~ "k", "ı" ~ "I"): the twin's pattern holds no non-ASCII letter. Python's ``re`` is several
    times slower under IGNORECASE.
    """
    if len(text) <= _MEMO_CHARS:
        return _folded_lower_memo(text)
    return _folded_lower(text)


# The same short texts are folded by several recognisers and cue finders in turn (a section's text by the
# date, postcode, NI number and address recognisers, the name finder and the category cues): the last few
# are kept. Long texts are not (a megabyte kept sixteen times over).
_MEMO_CHARS = 65_536
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _folded_lower(text: str) -> str | None:
    if not text.isascii():
        for ch in set(_NON_ASCII.findall(text)):
            if not _folds(ch):
                return None
    return text.lower()


_folded_lower_memo = functools.lru_cache(maxsize=16)(_folded_lower)


_ASCII_LETTERS = [re.compile(re.escape(c), re.I) for c in "abcdefghijklmnopqrstuvwxyz"] + [re.compile("[a-z]", re.I)]


@functools.lru_cache(maxsize=4096)
def _folds(ch: str) -> bool:
    low = ch.lower()
    if low == ch == ch.upper():
        return True          # no case: "’", "–", "£"
    if len(low) != 1 or low.isascii():
        return False         # "İ" -> "i̇", "K" -> "k"
    if any(rx.fullmatch(c) for rx in _ASCII_LETTERS for c in (ch, low)):
        return False         # "ſ", "ı": an ASCII letter under IGNORECASE
    return all(f(ch) == f(low) for f in (str.isalnum, str.isalpha, str.isdigit, str.isdecimal, str.isspace))


_NAMED_OR_FLAGS = re.compile(r"\(\?P|\(\?[a-zA-Z]*[-i]")     # a named group, a flag turned off, an inline (?i)
_CODE_ESCAPE = re.compile(r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})")


def _escape_at(p: str, i: int) -> str | None:
    """The escape starting at p[i] (a backslash), or None for one lower-casing could change (``\\N{…}``, octal, a cased code)."""
    m = _CODE_ESCAPE.match(p, i)
    if m:
        ch = chr(int(m.group(0)[2:], 16))
        return m.group(0) if ch.lower() == ch == ch.upper() else None
    if i + 1 >= len(p) or p[i + 1] in "N0" or not p[i + 1].isascii():
        return None
    return p[i:i + 2]


def _lower_pattern(p: str) -> str | None:
    """``p`` with its literal letters lower-cased, escapes kept (``\\W`` stays ``\\W``); None when that could change it.

    Refused: a named group, a flag turned off, a non-ASCII letter, an escape naming a cased
    character, and a range whose ends are not both lower-case, both upper-case or both non-letters ("[A-z]").
    """
    if _NAMED_OR_FLAGS.search(p):
        return None
    out: list[str] = []
    i, n = 0, len(p)
    while i < n:
        ch = p[i]
        if ch == "\\":
            esc = _escape_at(p, i)
            if esc is None:
                return None
            out.append(esc)
            i += len(esc)
            continue
        if not ch.isascii() and not (ch.lower() == ch == ch.upper()):
            return None
        if ch == "-" and out and i + 1 < n:      # a range (or a literal hyphen: checked the same, to be safe)
            a, b = out[-1], p[i + 1]
            if len(a) > 1 or b == "\\":
                if any(c.isalpha() for c in (a[-1:] if len(a) == 1 else "", b if b != "\\" else "")):
                    return None
            elif a.isalpha() != b.isalpha() or p[i - 1].isupper() != b.isupper():
                return None
        out.append(ch.lower())
        i += 1
    return "".join(out)


def fold_rx(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive twin of an IGNORECASE regex, for :func:`folded_lower` text (None when there is none).

    The pattern's letters lower-cased ("AB" -> "ab", "[A-Z]" -> "[a-z]"), escapes kept; refused for a
    named group, a flag turned off, a cross-case range or a non-ASCII letter, which lower-casing could change.
    """
    return fold_pattern(rx.pattern, rx.flags)


@functools.lru_cache(maxsize=256)      # (the same config patterns are folded for every message)
def fold_pattern(pattern: str, flags: int) -> re.Pattern[str] | None:
    """:func:`fold_rx` of ``re.compile(pattern, flags)`` for a pattern with no inline flag but a leading
    ``(?i)``, without compiling the IGNORECASE regex (a caller that keeps it only as a fallback compiles it
    when first needed)."""
    p = pattern.removeprefix("(?i)")
    if pattern.startswith("(?i)"):
        flags |= re.I
    low = _lower_pattern(p) if flags & re.I else None
    return re.compile(low, flags & ~re.I) if low is not None else None


# "(?<!L)A{m,n}…" with A a digit class or a digit, L one character class (only \d escaped in it)
_LEADING_LOOKBEHIND = re.compile(r"\(\?<!(\\d|\[[^\]\\]*(?:\\d[^\]\\]*)*\])\)(\\d|[0-9])(?:\{(\d+)(?:,(\d+))?\})?")


def lead_with_class(pattern: str) -> str:
    r"""The same regex, opening with its first character instead of a lookbehind, when it has that shape.

    ``(?<![\d-])\d{3}…`` becomes ``\d(?<![\d-]\d)\d{2}…``: the first digit is taken, then the
    character before it checked; the same matches at the same places (the lookbehind's character
    class is one character wide, and the taken digit is the one the original saw next). A regex
    that opens with a character class lets Python's ``re`` skip to the digits in C instead of
    trying the lookbehind at every position: the number recognisers run 2-10 times faster.
    Labels in lookbehinds work the same way: ``(?:(?<=dob:)|(?<=dob ))\d{8}`` becomes
    ``\d(?:(?<=(?:dob:)\d)|(?<=(?:dob )\d))\d{7}`` (each label checked before the taken digit), and so
    does a word boundary before a digit or a letter: ``\b\d{1,4}…`` becomes ``\d(?<!\w\d)\d{0,3}…`` (the
    taken character is a word character, so the boundary is the character before it not being one).
    Any other shape is returned unchanged.
    """
    m = _LEADING_LOOKBEHIND.match(pattern)
    if m is not None:
        behind, atom, lo, hi = m.groups()
        more = _less_one(atom, lo, hi, pattern[m.end():])
        return pattern if more is None else f"{atom}(?<!{behind}{atom}){more}{pattern[m.end():]}"
    m = _LEADING_BOUNDARY.match(pattern)
    if m is not None:
        flag, atom, lo, hi = m.groups()
        more = _less_one(atom, lo, hi, pattern[m.end():])
        return pattern if more is None else f"{flag or ''}{atom}(?<!\\w{atom}){more}{pattern[m.end():]}"
    m = _LEADING_LABELS.match(pattern)
    if m is not None:
        flag, alts, atom, lo, hi = m.groups()
        more = _less_one(atom, lo, hi, pattern[m.end():])
        if more is None:
            return pattern
        labels = "|".join(f"(?<=(?:{body}){atom})" for body in _LABEL.findall(alts))
        return f"{flag or ''}{atom}(?:{labels}){more}{pattern[m.end():]}"
    return pattern


# "\bA{m,n}…" with A a digit or a letter ("\b\d{1,4}", "\bRX"): Python's ``re`` skips to it in C. (Not a class of
# letters: most characters are letters, and the lookbehind at each costs more than the boundary test it replaces.)
_LEADING_BOUNDARY = re.compile(r"(\(\?i\))?\\b(\\d|[A-Za-z0-9])(?:\{(\d+)(?:,(\d+))?\})?")


# "(?:(?<=X)|(?<=Y)|…)A{m,n}…" with A a digit class or a digit, each label without brackets or groups
_LABEL_BODY = r"[^()\[\]\\|]*(?:\\.[^()\[\]\\|]*)*"
_LEADING_LABELS = re.compile(r"(\(\?i\))?\(\?:((?:\(\?<=" + _LABEL_BODY + r"\)\|)*\(\?<=" + _LABEL_BODY + r"\))\)"
                             r"(\\d|[0-9])(?:\{(\d+)(?:,(\d+))?\})?")
_LABEL = re.compile(r"\(\?<=(" + _LABEL_BODY + r")\)")


def _less_one(atom: str, lo: str | None, hi: str | None, rest: str) -> str | None:
    """What follows the taken first ``atom`` of ``atom{lo,hi}`` (None: a quantifier this does not split)."""
    if lo is None and rest[:1] in ("*", "+", "?", "{"):
        return None      # "\d+", "\d{2,}"
    if lo is None:
        return ""
    if int(lo) < 1 or (hi is not None and int(hi) < int(lo)):
        return None
    return atom + (f"{{{int(lo) - 1}}}" if hi is None else f"{{{int(lo) - 1},{int(hi) - 1}}}")


def words(s: str) -> list[str]:
    out = []
    for w in _WORD.findall(s):
        w = w.lower().rstrip(".")
        parts = w.split(".")
        out.extend(parts if any(len(p) > 1 for p in parts) else [w])   # "patient.dob", but "d.o.b"
    return out


def has_phrase(label_words: list[str], phrases: list[list[str]]) -> str | None:
    """The first phrase (as a word list) appearing in ``label_words``, joined, or None."""
    present = set(label_words)
    for ph in phrases:
        if ph and ph[0] not in present:     # cheap: a phrase whose first word is absent cannot be there
            continue
        k = len(ph)
        for i in range(len(label_words) - k + 1):
            if label_words[i:i + k] == ph:
                return " ".join(ph)
    return None


def phrase_lists(items: list[str]) -> list[list[str]]:
    out = [words(x) for x in items]
    return sorted([w for w in out if w], key=len, reverse=True)


@dataclass
class Layout:
    """Where the signature blocks of a section are (``offset`` shifts positions of a window)."""

    signatures: list[tuple[int, int]] = field(default_factory=list)
    offset: int = 0

    def in_signature(self, pos: int) -> bool:
        pos += self.offset
        return any(s <= pos < e for s, e in self.signatures)

    def shifted(self, offset: int) -> Layout:
        return Layout(self.signatures, offset)


_FIELD_START = re.compile(
    r"^\s*(re\s*[:\t]|dear\s|results? for\s|"
    r"(patient|name|resident|nhs|dob|d\.o\.b|date of birth|next of kin|address|hospital|unit no|mrn|chi|"
    r"diagnosis|medication|subject|from|sent|to|cc)\b[^:\n]{0,20}[:\t]|"
    r"-{3,}|_{3,}|={3,}|on .{3,60} wrote:|-+\s*original message|-+\s*forwarded message)", re.I)
_CLOSING_END = re.compile(r"^[\s,.!]*$")


@functools.lru_cache(maxsize=8)
def _closings(closings: tuple[str, ...]) -> tuple[list[str], tuple[str, ...]]:
    """The closings lower-cased, longest first, and the same as a tuple for ``str.startswith``."""
    low = sorted({c.lower() for c in closings}, key=len, reverse=True)
    return low, tuple(low)


def find_layout(text: str, closings: list[str], max_lines: int = 8) -> Layout:
    """Signature blocks: the short lines after a closing ("Kind regards", "Many thanks")."""
    lay = Layout()
    low_closings, any_closing = _closings(tuple(closings))
    lines = text.split("\n")
    offs = []
    pos = 0
    for ln in lines:
        offs.append(pos)
        pos += len(ln) + 1
    i = 0
    while i < len(lines):
        raw = lines[i].strip()
        low = raw.lower()
        hit = next((c for c in low_closings if low.startswith(c) and _CLOSING_END.match(low[len(c):])), None) \
            if low.startswith(any_closing) else None      # (most lines open with no closing at all)
        if hit is None:
            # "Graham Stokes, Care Coordinator" / "Completed by X" lines are staff too.
            i += 1
            continue
        start = offs[i]
        j, taken = i + 1, 0
        end = offs[i] + len(lines[i])
        while j < len(lines) and taken < max_lines:
            ln = lines[j].strip()
            if not ln:
                j += 1
                continue
            if len(ln) > 80 or _FIELD_START.match(ln) and not ln.lower().startswith(("tel", "email")):
                break
            taken += 1
            end = offs[j] + len(lines[j])
            j += 1
        lay.signatures.append((start, end + 1))
        i = j
    return lay


# a name alone on its line: two to four words, then post-nominals ("RMN", "MRPharmS", "BDS (Hons)")
_NAME_LINE = re.compile(r"[ \t>]*((?:[^\W\d_][\w'’.\-]*[ \t]+){1,3}[^\W\d_][\w'’\-]*)"
                        r"(?:[ \t,]+(?:\(?[A-Z][A-Za-z]*[A-Z][A-Za-z]*\)?|\(Hons\)))*[ \t,]*$")


def signoff_lines(text: str, max_lines: int = 8) -> list[tuple[int, int, str]]:
    """Candidate sign-offs with no closing word: (start, end, name) of each paragraph that opens
    with a name alone on its line, the paragraph's short lines after it included (up to a field line)."""
    out: list[tuple[int, int, str]] = []
    if "\n" not in text:
        return out
    lines = text.split("\n")
    pos, prev_blank, i = 0, True, 0
    offs = []
    for ln in lines:
        offs.append(pos)
        pos += len(ln) + 1
    while i < len(lines):
        ln = lines[i]
        blank = not ln.strip(" \t>")
        m = _NAME_LINE.match(ln) if prev_blank and not blank and len(ln) <= 60 else None
        if m is None:
            prev_blank = blank
            i += 1
            continue
        j = i + 1
        while j < len(lines) and j - i <= max_lines:
            nxt = lines[j].strip(" \t>")
            if not nxt or len(nxt) > 120 or _FIELD_START.match(nxt):
                break
            j += 1
        out.append((offs[i], offs[j - 1] + len(lines[j - 1]) + 1, m.group(1)))
        prev_blank = False
        i = j
    return out


def business_rx(cfg) -> re.Pattern[str] | None:  # noqa: ANN001
    """Words of an organisation's letterhead, signature or footer ("Ltd", "Surgery", "Registered office")."""
    ws = cfg.addresses.business_words if cfg is not None else []
    return _business_rx(tuple(ws))


@functools.lru_cache(maxsize=8)
def _business_rx(ws: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(ws, key=len, reverse=True)) + r")(?![\w-])", re.I) if ws else None


# A signature line that opens with the sender's job title: "Registered Manager, Larkfield Lodge, 2 …",
# "Lead Pharmacist, Medicines Optimisation Team" on the line above the organisation's address.
_ROLE_LINE = re.compile(r"[ \t]*(?:[A-Z][\w&\-]*[ ]){0,3}(?:manager|clinician|nurse|consultant|director|officer|lead|"
                        r"co-?ordinator|administrator|pharmacist|dentist|optometrist|practitioner|therapist|matron|"
                        r"receptionist|secretary|registrar|midwife|advisor|adviser|head of [\w ]{2,30}?)[ ]?,", re.I)
# more than this many characters of the same line before an address: it sits in prose, not a letterhead
_PROSE_LEAD = 80
_SENTENCE_BEFORE = re.compile(r"[.!?][ \t]+")
_SENTENCE_AFTER = re.compile(r"[.!?][ \t]+(?=[a-z])|[.!?][ \t]+(?=[A-Z][a-z]+[ \t]+[a-z])")


_ADDRESS_WORD = re.compile(r"[ \t]*(?:home |postal |patient'?s? |current )?address\b", re.I)
_FIELD_LINE = re.compile(r":|\d{3}|\b(?:dob|nhs|patient|re|number|no)\b", re.I)
_ENDS_IN_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}[ \t]*$")


def business_block(text: str, s: int, e: int, rx: re.Pattern[str] | None, above: int = 2) -> bool:
    """True when the address block text[s:e], its line or the lines just above it (same paragraph) name an organisation."""
    if rx is None:
        return False
    ls = text.rfind("\n", 0, s) + 1
    if _ADDRESS_WORD.match(text[ls:s + 1]) \
            or _ADDRESS_LABEL_BEFORE.search(text, max(ls, s - 160), s):
        return False     # "Address: …", "Client address: …" is a record's field
    if _ROLE_LINE.match(text, ls, s):
        return True
    if ls > 0:
        prev = text.rfind("\n", 0, ls - 1) + 1
        if text[prev:ls].strip() and _ROLE_LINE.match(text, prev, ls):
            return True
    if s - ls > _PROSE_LEAD:
        # an address inside a sentence of prose ("hi, reporting for the pharmacy - … have Jane Doe's name,
        # address (12 Mill Lane, Leeds LS8 4PS) and …"): only its own sentence can name whose address it is
        ends = list(_SENTENCE_BEFORE.finditer(text, ls, s))
        ls = ends[-1].end() if ends else ls
        above = 0
    for _ in range(above):
        if ls <= 0:
            break
        prev = text.rfind("\n", 0, ls - 1) + 1
        line = text[prev:ls].strip()
        if not line or len(line) > 60 or _FIELD_LINE.search(line) \
                or _ENDS_IN_POSTCODE.search(line):
            break     # a blank line, prose / a patient field, or the end of another block (the letterhead's postcode)
        ls = prev
    le = text.find("\n", e)
    le = len(text) if le < 0 else le
    end = _SENTENCE_AFTER.search(text, e, le)     # "… 12 fairfield rd ne4 9ap. went to hollybank surgery":
    le = end.start() if end else le                # the next sentence names no letterhead
    field = _NEXT_FIELD.search(text, e, le)        # "… B21 9NH   Registered: Soho Road Medical Centre": the
    seg = text[ls:field.start() if field else le]  # record's next field names the patient's practice
    return any(not _RECORD_FIELD_AFTER.match(seg, m.end()) for m in rx.finditer(seg))


# a clinical system's next field on the address's line: a wide gap or a tab, then "Label:"
_NEXT_FIELD = re.compile(r"(?:\t|[ ]{3,})[ \t]*[A-Z][\w'’&.]*(?:[ ][\w'’&.]+){0,3}[ ]?:")


# "hospital number BRI…", "practice code", "surgery ref": a record's field, not an organisation's letterhead
_RECORD_FIELD_AFTER = re.compile(r"[ 	]{0,2}(?:number|no\b\.?|num\b|nos\b|ref\b|reference|id\b|code\b|record|notes\b)",
                                 re.I)


# "Client address: 14 Mill Lane, Otley, " before the street line or the postcode: no other field between
_ADDRESS_LABEL_BEFORE = re.compile(r"(?<!office )(?<!company )(?<!our )(?<!return )(?<!business )(?<!practice )"
                                   r"(?<!trust )(?<!site )\baddress[ \t]{0,2}[:\-–][ \t]{0,3}[^:\n\t]{0,120}$"
                                   # "(her name and address 3 Mill Lane, Leeds LS8 4PS)": whose address, then the house number
                                   r"|\b(?:her|his|their|name[ \t]and)[ \t]+(?:home[ \t]+)?address[ \t]{1,3}(?:\d[^:\n\t]{0,120})?$", re.I)

_ONE_LETTER_PARTICLES = ("Ó",)


def _surname_run(toks: list[str]) -> int:
    """How many leading tokens of a SURNAME Forename name are the capitalised surname (0: not that form)."""
    k = 0
    while k < len(toks) and (len(toks[k].rstrip(".")) >= 2 or toks[k] in _ONE_LETTER_PARTICLES) \
            and toks[k].replace("-", "").replace("'", "").isupper():
        k += 1          # "AP RHYS Ffion", "NIC AN TSAOI Niamh": the whole capitalised run is the surname
    return k if 1 <= k < len(toks) and not any(t.isupper() for t in toks[k:]) else 0


def surname_first(name: str) -> str:
    """ "WORRALL Joan" -> "Joan WORRALL": a SURNAME Forename cell read in the usual order."""
    toks = name.split()
    if "," in name or len(toks) < 2:
        return name
    k = _surname_run(toks)
    return " ".join([*toks[k:], *toks[:k]]) if k else name


def alternation(words: list[str] | set[str] | tuple[str, ...], space: str = r"\s{1,3}") -> str:
    """One regex for a list of phrases, as a trie: "pressure sore|pressure ulcer" -> "pressure\\s{1,3}(?:sore|ulcer)".

    Equivalent to the longest-first alternation (optional tails are greedy) but each position costs
    the depth of the trie, not the number of phrases: a 200-phrase cue list over a long mail stays cheap.
    Spaces in a phrase match ``space``.
    """
    return _alternation(frozenset(words), space)


# (the cue lists come from the config, so the same few are turned into regexes for every message: kept)
@functools.lru_cache(maxsize=256)
def _alternation(words: frozenset[str], space: str) -> str:
    trie: dict = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_rx(trie, space)


def _trie_rx(node: dict, space: str) -> str:
    alts = [(space if ch == " " else re.escape(ch)) + _trie_rx(node[ch], space) for ch in sorted(k for k in node if k)]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body
