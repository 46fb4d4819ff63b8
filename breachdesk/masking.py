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
from functools import lru_cache
from typing import Any

TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "master", "sister", "rev", "sir",
                    "dame", "baby", "lady", "lord"})
NUMERIC_KINDS = frozenset({"nhs_number", "chi_number", "hc_number", "phone_number", "hospital_number"})
_MAX_NEEDLES = 400           # per text: beyond this, identifiers of other sections are not searched for
_EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_LONG_NUMBER = re.compile(r"(?<!\d)\d(?:[ \-./]?\d){6,}(?!\d)")
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
    m = re.search(r"\b(1[89]|20)\d\d\b", v)
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
    """``"Alison Wong <a.w@sky.com>"`` → (display name, address); either may be empty."""
    name, addr = parseaddr(party or "")
    if not addr and not name:
        return (party or "").strip(), ""
    if "@" not in addr:             # parseaddr's best effort at something odd: keep it all as a name
        return (party or "").strip(), ""
    return name.strip(), addr.strip()


def outside_parties(parties: Iterable[str], policy: MaskPolicy) -> list[dict[str, Any]]:
    """Pseudo-identifiers for header parties outside the trusted domains (possible data subjects)."""
    out: list[dict[str, Any]] = []
    for p in parties:
        name, addr = split_party(p)
        if addr and policy.trusted(addr):
            continue
        if name and "@" not in name:
            out.append({"kind": "person_name", "value": name, "text": name})
        if addr:
            out.append({"kind": "email_address", "value": addr, "text": addr})
    return out


def mask_party(party: str, identifiers: Sequence[dict[str, Any]], policy: MaskPolicy) -> str:
    """One header mailbox as a masked view shows it."""
    name, addr = split_party(party)
    if addr and policy.trusted(addr):
        return f"{mask_short(name, identifiers, policy)} <{addr}>" if name else addr
    shown_name = mask("person_name", name) if name and "@" not in name else ""
    shown_addr = mask("email_address", addr) if addr else ""
    if shown_name and shown_addr:
        return f"{shown_name} <{shown_addr}>"
    return shown_name or shown_addr or (mask_short(name, identifiers, policy) if name else "")


# ------------------------------------------------------------------ running text


def mask_spans(text: str, identifiers: Sequence[dict[str, Any]], policy: MaskPolicy | None = None,
               *, where: str = "") -> list[tuple[int, int, str]]:
    """(start, end, masked form) of every identifier in ``text``: non-overlapping, in order.

    ``where`` names the section ``text`` is (``body``, ``forwarded:1``…): identifiers found
    there may use their stored offsets, when the text at them still matches.
    """
    policy = policy or MaskPolicy()
    found: list[tuple[int, int, str]] = []
    for ident in _ranked(identifiers, where):
        start, end = _offsets(ident)
        if where and ident.get("where") == where and 0 <= start < end <= len(text) \
                and text[start:end] == ident.get("text"):
            found.append((start, end, mask(str(ident.get("kind", "")), str(ident.get("value", "")))))
    pattern, masks = _needle_pattern(tuple(_needles(_ranked(identifiers, where))))
    if pattern is not None:
        for m in pattern.finditer(text):
            found.append((m.start(), m.end(), masks[m.lastgroup or ""]))
    for m in _EMAIL.finditer(text):
        if not policy.trusted(m.group()):
            found.append((m.start(), m.end(), mask("email_address", m.group())))
    return _longest_first(found, len(text))


def mask_text(text: str, identifiers: Sequence[dict[str, Any]], policy: MaskPolicy | None = None,
              *, where: str = "") -> str:
    """``text`` with every identifier span replaced by its masked form; other words untouched."""
    out, pos = [], 0
    for start, end, shown in mask_spans(text, identifiers, policy, where=where):
        out += [text[pos:start], shown]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def mask_short(text: str, identifiers: Sequence[dict[str, Any]], policy: MaskPolicy | None = None) -> str:
    """A subject, file name or header name: identifiers masked, and any long number too."""
    return _LONG_NUMBER.sub(lambda m: _last_two(m.group(), "*****"), mask_text(text, identifiers, policy))


def _offsets(ident: dict[str, Any]) -> tuple[int, int]:
    try:
        return int(ident.get("start", -1)), int(ident.get("end", -1))
    except (TypeError, ValueError):
        return -1, -1


def _ranked(identifiers: Sequence[dict[str, Any]], where: str) -> list[dict[str, Any]]:
    """This section's identifiers first: the ones that matter if there are too many to search for."""
    idents = [i for i in identifiers if i.get("value") or i.get("text")]
    if len(idents) <= _MAX_NEEDLES or not where:
        return idents
    mine = [i for i in idents if i.get("where") == where]
    others = [i for i in idents if i.get("where") != where]
    return mine + others[: max(_MAX_NEEDLES - len(mine), 0)]


def _needles(identifiers: Iterable[dict[str, Any]]) -> Iterable[tuple[str, str]]:
    """(regex, masked form) for every way an identifier may be written."""
    for ident in identifiers:
        kind, value, written = str(ident.get("kind", "")), str(ident.get("value") or ""), str(ident.get("text") or "")
        shown = mask(kind, value or written)
        for s in {value, written}:
            if len(s.strip()) >= 2:
                yield _flexible(s, kind), shown
        if kind == "person_name":
            for part in re.split(r"[\s,]+", f"{value} {written}"):
                part = part.strip(".()'\"")
                if len(part) >= 3 and part.casefold() not in TITLES:
                    yield _flexible(part, kind), f"{part[:1].upper()}."
        elif kind == "address":
            for part in re.split(r"\s*(?:,|\n)\s*", f"{value}\n{written}"):
                if len(part) >= 5 and not _POSTCODE_OUT.fullmatch(part.strip()):
                    yield _flexible(part, kind), "***"


def _flexible(s: str, kind: str) -> str:
    """A regex for ``s`` that allows any spacing (numbers) or any run of whitespace (words)."""
    s = s.strip()
    if kind in NUMERIC_KINDS:
        digits = re.sub(r"\D", "", s)
        if len(digits) >= 4:
            return r"(?<!\d)" + r"[\s\-.]?".join(digits) + r"(?!\d)"
    body = r"\s+".join(re.escape(w) for w in s.split())
    return r"(?<!\w)" + body + r"(?!\w)"


@lru_cache(maxsize=64)
def _needle_pattern(needles: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One alternation of every needle, longest first, each a named group carrying its mask."""
    best: dict[str, str] = {}
    for regex, shown in needles:
        best.setdefault(regex, shown)
    if not best:
        return None, {}
    ordered = sorted(best, key=len, reverse=True)
    masks = {f"n{k}": best[r] for k, r in enumerate(ordered)}
    pattern = "|".join(f"(?P<n{k}>{r})" for k, r in enumerate(ordered))
    return re.compile(pattern, re.IGNORECASE), masks


def _longest_first(found: list[tuple[int, int, str]], size: int) -> list[tuple[int, int, str]]:
    """Keep the longest spans; a shorter one that overlaps a kept one is dropped."""
    kept: list[tuple[int, int, str]] = []
    taken = bytearray(size)
    for start, end, shown in sorted(found, key=lambda s: (s[0] - s[1], s[0])):
        if 1 in taken[start:end]:
            continue
        kept.append((start, end, shown))
        taken[start:end] = b"\x01" * (end - start)
    return sorted(kept)
