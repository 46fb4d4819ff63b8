"""The one masking function: how every view and export hides data subjects' values.

Every masked view — the dashboard's summary, identifiers and message tabs, ``list``,
``show``, the Markdown and JSON exports, the pattern lab — goes through this module, so
that what a view marked "masked" shows is decided in one place.

What a masked form may show (never a length, so nothing can be counted back):

============================  =======================  ===================================
kind                          example value            masked
============================  =======================  ===================================
nhs / chi / hc number         ``943 476 5919``         ``*** *** **19`` (last two digits)
person_name                   ``Alison Wong``          ``A. W.`` (initials, titles dropped)
date_of_birth                 ``1942-01-30``           ``**/**/19**`` (century only)
email_address                 ``alison.w@sky.com``     ``a•••@•••``
postcode                      ``BS16 6NA``             ``BS16 ***`` (outward part only)
phone_number                  ``0114 496 0168``        ``*****68`` (last two digits)
hospital_number               ``4957747``              ``*****47``
ni_number                     ``QQ 12 34 56 C``        ``** ** ** ** *``
address                       ``113 Wellington St…``   ``*** ***, BS16`` (outward postcode)
anything else                                          ``***``
============================  =======================  ===================================

Where a value is masked in running text (:func:`mask_text`): each identifier is found again
in the text being shown — its text as written, its normalised value, each part of a name
("Ms Wong"), a number with any spacing — and only those spans are replaced, longest first,
so the reporter's own words around them stay readable. Offsets stored at analysis time
belong to one section's text; they are used only for that section and only when the text
at them still matches.

Beyond the identifiers the analysis found, a masked view also hides:

- e-mail addresses outside the trusted domains (and not a reporter's own address): a
  patient's personal address often spells the patient's name;
- the display names of those outside parties in the forwarded original's headers, and
  every other appearance of those names (the subject "Fw: Letter - Alison Wong");
- in short fields (subjects, attachment names, header names, ``where``), any run of seven or
  more digits, which is how NHS numbers travel in file names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from email.utils import parseaddr
from typing import Any

TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "master", "sister", "rev", "sir",
                    "dame", "baby", "lady", "lord"})
NUMERIC_KINDS = frozenset({"nhs_number", "chi_number", "hc_number", "phone_number", "hospital_number"})
_MAX_NEEDLES = 1000          # beyond this, identifiers are masked at their stored offsets only
# starts only where a run of address characters starts: linear on a 20,000-letter blob
_EMAIL = re.compile(r"(?<![\w.!#$%&'*+/=?^`{|}~-])[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_LONG_NUMBER = re.compile(r"(?<!\d)\d(?:[ \-./]?\d){6,}(?!\d)")
_ANGLE = re.compile(r"^(.*)<([^<>@\s]+@[^<>\s]+)>$", re.DOTALL)
_POSTCODE_OUT = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s*\d[A-Z]{2}\b", re.IGNORECASE)


# ------------------------------------------------------------------ one value


def mask(kind: str, value: str) -> str:
    """The masked form of one identifier value (see the table in the module docstring)."""
    v = str(value or "").strip()
    if not v:
        return ""
    rule = _RULES.get(kind)
    return rule(v) if rule else "***"


def _last_two(v: str, prefix: str) -> str:
    digits = re.sub(r"\D", "", v)
    return prefix + digits[-2:] if len(digits) >= 4 else prefix.rstrip() or "***"


def _name(v: str) -> str:
    parts = [p for p in re.split(r"[\s,]+", v) if p and p.strip(".").casefold() not in TITLES]
    initials = [p.strip("'\"().-")[:1].upper() for p in parts]
    return " ".join(f"{i}." for i in initials if i) or "***"


def _dob(v: str) -> str:
    m = re.search(r"(?<!\d)(1[89]|20)(?:\d\d|\*\*)(?!\d)", v)     # "**/**/19**" stays itself
    return f"**/**/{m.group(1)}**" if m else "**/**/****"


def _email(v: str) -> str:
    local, at, _ = v.partition("@")
    return f"{local[:1]}•••@•••" if at and local else "•••@•••"


def _postcode(v: str) -> str:
    compact = re.sub(r"\s+", "", v).upper()
    return f"{compact[:-3]} ***" if len(compact) > 3 else "***"


def _address(v: str) -> str:
    m = _POSTCODE_OUT.search(v)
    return f"*** ***, {m.group(1).upper()}" if m else "*** ***"


_RULES = {
    "nhs_number": lambda v: _last_two(v, "*** *** **"),
    "chi_number": lambda v: _last_two(v, "*** *** **"),
    "hc_number": lambda v: _last_two(v, "*** *** **"),
    "phone_number": lambda v: _last_two(v, "*****"),
    "hospital_number": lambda v: _last_two(v, "*****"),
    "ni_number": lambda v: "** ** ** ** *",
    "person_name": _name,
    "date_of_birth": _dob,
    "email_address": _email,
    "postcode": _postcode,
    "address": _address,
}


# ------------------------------------------------------------------ policy


@dataclass(frozen=True)
class MaskPolicy:
    """Who is not a data subject: addresses at these domains, and these exact addresses."""

    trusted_domains: tuple[str, ...] = ()
    staff: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, trusted_domains: Iterable[str] = (), staff: Iterable[str] = ()) -> MaskPolicy:
        return cls(tuple(d.lower().lstrip("@.") for d in trusted_domains if d),
                   frozenset(a.strip().lower() for a in staff if a))

    def trusted(self, address: str) -> bool:
        a = address.strip().lower()
        if not a or a in self.staff:
            return bool(a)
        domain = a.rpartition("@")[2]
        return any(domain == d or domain.endswith("." + d) for d in self.trusted_domains)


def split_party(party: str) -> tuple[str, str]:
    """``"Alison Wong <a.w@sky.com>"`` → (display name, address); either may be empty.

    The stored form is ``Party.__str__``'s ``name <address>``; anything else (a hostile
    display name full of brackets and quotes) is read as leniently as possible.
    """
    s = (party or "").strip()
    m = _ANGLE.match(s)
    if m:
        return m.group(1).strip().strip('"').strip(), m.group(2).strip()
    if _EMAIL.fullmatch(s):
        return "", s
    name, addr = parseaddr(s)
    if addr and "@" in addr and not name and _EMAIL.fullmatch(addr):
        return "", addr
    return s, ""


def outside_parties(parties: Iterable[str], policy: MaskPolicy) -> list[dict[str, Any]]:
    """Pseudo-identifiers for header parties outside the trusted domains (possible data subjects)."""
    out: list[dict[str, Any]] = []
    for p in parties:
        name, addr = split_party(p)
        if addr and policy.trusted(addr):
            continue
        if name and not _EMAIL.search(name):
            out.append({"kind": "person_name", "value": name, "text": name})
        if addr:
            out.append({"kind": "email_address", "value": addr, "text": addr})
    return out


def mask_party(party: str, redactor: Redactor) -> str:
    """One header mailbox as a masked view shows it: staff in full, anyone else masked."""
    name, addr = split_party(party)
    if addr and redactor.policy.trusted(addr):
        return f"{redactor.short(name)} <{addr}>" if name else addr
    if not addr and _EMAIL.search(name):      # not a mailbox we can read: mask what is in it
        return redactor.short(name)
    shown_name = mask("person_name", name) if name else ""
    shown_addr = mask("email_address", addr) if addr else ""
    if shown_name and shown_addr:
        return f"{shown_name} <{shown_addr}>"
    return shown_name or shown_addr


# ------------------------------------------------------------------ running text


class Redactor:
    """One incident's identifiers, compiled once, masking any number of texts.

    Building the search pattern is the expensive part (a spreadsheet brings hundreds of
    identifiers); every field of a view is then one regex pass.
    """

    def __init__(self, identifiers: Sequence[dict[str, Any]], policy: MaskPolicy | None = None) -> None:
        self.policy = policy or MaskPolicy()
        self.identifiers = [i for i in identifiers if i.get("value") or i.get("text")]
        self.by_where: dict[str, list[dict[str, Any]]] = {}
        for ident in self.identifiers:
            self.by_where.setdefault(str(ident.get("where", "")), []).append(ident)
        words: dict[str, str] = {}
        numbers: dict[str, str] = {}
        for needle, shown, numeric in _needles(_ranked(self.identifiers)):
            (numbers if numeric else words).setdefault(needle, shown)
        self.words = {_word_key(n): m for n, m in words.items()}
        self.numbers = {re.sub(r"\D", "", n): m for n, m in numbers.items()}
        self.patterns = [p for p in (_alternation(words, r"(?<!\w)", r"(?!\w)", _word_regex),
                                     _alternation(numbers, r"(?<!\d)", r"(?!\d)", _number_regex)) if p]

    def spans(self, text: str, *, where: str = "") -> list[tuple[int, int, str]]:
        """(start, end, masked form) of every identifier in ``text``: non-overlapping, in order.

        ``where`` names the section ``text`` is (``body``, ``forwarded:1``…): identifiers found
        there may use their stored offsets, when the text at them still matches.
        """
        found: list[tuple[int, int, str | None]] = []
        if where:
            for ident in self.by_where.get(where, ()):
                start, end = _offsets(ident)
                if 0 <= start < end <= len(text) and text[start:end] == ident.get("text"):
                    found.append((start, end, mask(str(ident.get("kind", "")), str(ident.get("value", "")))))
        for pattern in self.patterns:
            found += [(m.start(), m.end(), self._mask_of(m.group())) for m in pattern.finditer(text)]
        for m in _EMAIL.finditer(text):      # staff addresses are kept whole: no name part masked inside
            trusted = self.policy.trusted(m.group())
            found.append((m.start(), m.end(), None if trusted else mask("email_address", m.group())))
        return [(s, e, shown) for s, e, shown in _longest_first(found, len(text)) if shown is not None]

    def _mask_of(self, matched: str) -> str:
        shown = self.words.get(_word_key(matched))
        return shown if shown is not None else self.numbers.get(re.sub(r"\D", "", matched), "***")

    def text(self, text: str, *, where: str = "") -> str:
        """``text`` with every identifier span replaced by its masked form; other words untouched."""
        out, pos = [], 0
        for start, end, shown in self.spans(text, where=where):
            out += [text[pos:start], shown]
            pos = end
        out.append(text[pos:])
        return "".join(out)

    def short(self, text: str) -> str:
        """A subject, file name or header name: identifiers masked, and any long number too."""
        return _LONG_NUMBER.sub(lambda m: _last_two(m.group(), "*****"), self.text(text))


def mask_spans(text: str, identifiers: Sequence[dict[str, Any]], policy: MaskPolicy | None = None,
               *, where: str = "") -> list[tuple[int, int, str]]:
    return Redactor(identifiers, policy).spans(text, where=where)


def mask_text(text: str, identifiers: Sequence[dict[str, Any]], policy: MaskPolicy | None = None,
              *, where: str = "") -> str:
    return Redactor(identifiers, policy).text(text, where=where)


def mask_short(text: str, identifiers: Sequence[dict[str, Any]], policy: MaskPolicy | None = None) -> str:
    return Redactor(identifiers, policy).short(text)


def _offsets(ident: dict[str, Any]) -> tuple[int, int]:
    try:
        return int(ident.get("start", -1)), int(ident.get("end", -1))
    except (TypeError, ValueError):
        return -1, -1


_KIND_ORDER = {"person_name": 0, "address": 1, "email_address": 2}


def _ranked(identifiers: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Names, addresses and e-mail addresses first: the ones searched for if there are too many."""
    if len(identifiers) <= _MAX_NEEDLES:
        return list(identifiers)
    ranked = sorted(identifiers, key=lambda i: _KIND_ORDER.get(str(i.get("kind")), 3))
    return ranked[:_MAX_NEEDLES]


def _needles(identifiers: Iterable[dict[str, Any]]) -> Iterable[tuple[str, str, bool]]:
    """(needle, masked form, numeric?) for every way an identifier may be written."""
    for ident in identifiers:
        kind, value, written = str(ident.get("kind", "")), str(ident.get("value") or ""), str(ident.get("text") or "")
        shown = mask(kind, value or written)
        for s in {value.strip(), written.strip()}:
            if kind in NUMERIC_KINDS and len(re.sub(r"\D", "", s)) >= 4:
                yield re.sub(r"\D", "", s), shown, True
            elif len(s) >= 2:
                yield s, shown, False
        if kind == "person_name":
            for part in re.split(r"[\s,]+", f"{value} {written}"):
                part = part.strip(".()'\"")
                if len(part) >= 3 and part.casefold() not in TITLES:
                    yield part, f"{part[:1].upper()}.", False
        elif kind == "address":
            for part in re.split(r"\s*(?:,|\n)\s*", f"{value}\n{written}"):
                if len(part) >= 5 and not _POSTCODE_OUT.fullmatch(part.strip()):
                    yield part, "***", False


def _word_key(s: str) -> str:
    return " ".join(s.split()).casefold()


def _word_regex(s: str) -> str:
    """Any run of whitespace where the needle has some."""
    return r"\s+".join(re.escape(w) for w in s.split())


def _number_regex(digits: str) -> str:
    """The digits with any one space, hyphen or dot between them."""
    return r"[\s\-.]?".join(digits)


def _alternation(needles: dict[str, str], before: str, after: str, regex: Any) -> re.Pattern[str] | None:
    """One pattern for all needles, longest first, the boundary checks outside the alternation (fast)."""
    if not needles:
        return None
    alts = sorted({regex(n) for n in needles if n.strip()}, key=len, reverse=True)
    return re.compile(f"{before}(?:{'|'.join(alts)}){after}", re.IGNORECASE) if alts else None


def _longest_first(found: list[tuple[int, int, str | None]], size: int) -> list[tuple[int, int, str | None]]:
    """Keep the longest spans; a shorter one that overlaps a kept one is dropped."""
    kept: list[tuple[int, int, str | None]] = []
    taken = bytearray(size)
    for start, end, shown in sorted(found, key=lambda s: (s[0] - s[1], s[0])):
        if 1 in taken[start:end]:
            continue
        kept.append((start, end, shown))
        taken[start:end] = b"\x01" * (end - start)
    return sorted(kept)
