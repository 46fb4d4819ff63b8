"""Who is staff: the people in the headers, signature blocks and clinicians' titles.

The reporter, the original sender and recipients, names in signature blocks and names
after a clinician's title or a staff label are not data subjects. A name found only in
prose (spaCy) or after a title is dropped when it is one of those people or part of one;
a name in a patient field ("Patient:", "Re: … DOB …", "Next of kin:") is always kept —
a letter can go to a member of the public who shares the patient's name.
"""

from __future__ import annotations

import re
from typing import TypeVar

from breachdesk.model import ParsedMessage
from nlp.recognizers.person_name import NameHit, name_key
from nlp.text import folded_lower

T = TypeVar("T")


def _party_key(name: str) -> tuple[str, ...]:
    name = re.sub(r"\([^)]*\)", " ", name)
    name = re.sub(r"\b(via|on behalf of)\b.*$", " ", name, flags=re.I)
    return name_key(name)


def _email_key(email: str) -> tuple[str, ...]:
    local = email.partition("@")[0]
    toks = [t for t in re.split(r"[._\-+]+", re.sub(r"\d+", "", local.lower())) if len(t) > 1]
    return tuple(toks) if len(toks) >= 2 else ()


def staff_keys(msg: ParsedMessage, hits: list[NameHit], trusted: list[str]) -> list[frozenset[str]]:
    keys: list[frozenset[str]] = []
    for p in msg.known_parties():
        if p.name:
            k = _party_key(p.name)
            if k:
                keys.append(frozenset(k))
        if p.email:
            domain = p.email.rpartition("@")[2].lower()
            if any(domain == t or domain.endswith("." + t) for t in trusted):
                k = _email_key(p.email)
                if k:
                    keys.append(frozenset(k))
    for sec in msg.sections:    # "On Mon, 2 Nov 2026 at 12:31, Ann Lee <ann.lee@nhs.net> wrote:": a quoted writer
        text = sec.text or ""
        if "wrote" not in text:
            continue
        for m in _ATTRIBUTION.finditer(text[:200_000]):
            domain = m.group(2).rpartition("@")[2].lower()
            if any(domain == t or domain.endswith("." + t) for t in trusted):
                k = _party_key(m.group(1))
                if k:
                    keys.append(frozenset(k))
    for h in hits:
        if h.staff:
            k = name_key(h.ident.value)
            if k:
                keys.append(frozenset(k))
    return keys


# a reply's attribution line: the quoted message's writer and their address
_ATTRIBUTION = re.compile(r"(?m)^[ \t>]*On\b[^\n<>]{4,80}?,[ \t]*([^<>\n,@]{2,60}?)[ \t]*<([^\s<>@]{1,64}@[^\s<>]{1,200})>"
                          r"[ \t]*(?:\n[ \t>]*)?wrote:")


PROSE_RULES = ("spaCy PERSON", "title")
_INTENDED = re.compile(r"\b(?:should\s+have\s+(?:been|gone)|meant\s+(?:to|for)|intended|instead\s+of|correct|right|"
                       r"proper|real)\b[^.!?\n]{0,60}$"
                       # "I tried to email her assessment (…) to ann.lee@… but typed …": where it was meant to go
                       r"|\btried\s+to\s+(?:e-?mail|send)\b[^.!?]{0,140}$"
                       # "typed the email address as sarah.oconnor77@gmial.com": her own address, mistyped
                       r"|\b(?:typed|mistyped|misspelt|misspelled|keyed|entered)\b[^.!?\n]{0,40}?\bas\s*$"
                       r"|\btypo\b[^.!?\n]{0,60}$", re.I)


# an e-mail address as a record's field: the label opens its line ("Email ann.lee@…", "E-mail address: …")
_EMAIL_FIELD = re.compile(r"(?im)^[ \t>]*(?:personal[ \t]|home[ \t])?e-?mail(?:[ \t]address)?[ \t]{0,3}[:\-]?[ \t]{0,3}$")


def literal_spans(needle: str, text: str, low: str | None) -> list[tuple[int, int]]:
    """The spans ``re.finditer(re.escape(needle), text, re.I)`` gives, ``low`` being :func:`folded_lower` of
    ``text``: found with ``str.find`` on it for an ASCII needle (no regex compiled for every address), else by
    that regex."""
    if low is None or not needle.isascii() or not needle:
        return [m.span() for m in re.finditer(re.escape(needle), text, re.I)]
    out: list[tuple[int, int]] = []
    lowered, n = needle.lower(), len(needle)
    p = low.find(lowered)
    while p >= 0:
        out.append((p, p + n))
        p = low.find(lowered, p + n)
    return out


def recipient_keys(msg: ParsedMessage, trusted: list[str]) -> list[frozenset[str]]:
    """Name keys of the addresses outside the trusted domains the mail went to ("margaret.owen.florist@…")."""
    from nlp.grading import external_recipients

    keys = []
    texts = [s.text[:50_000] for s in msg.sections]
    lows: list[str | None] = []
    for email in external_recipients(msg, trusted)[0]:
        if not lows:
            lows = [folded_lower(t) for t in texts]
        seen = [(t, m) for t, low in zip(texts, lows, strict=True) for m in literal_spans(email, t, low)]
        if any(_INTENDED.search(t[max(0, m[0] - 160):m[0]]) for t, m in seen):
            continue     # "it should have been kayleigh.pennington@…": the right address, not the wrong one
        if seen and all(_EMAIL_FIELD.search(t, max(0, m[0] - 40), m[0]) for t, m in seen):
            continue     # "Email: ann.lee@…" on a pasted record: the subject's own address, not where it went
        k = _email_key(email)
        if k:
            keys.append(frozenset(k))
    return keys


# a relative's field on a record ("Father: X", "Partner - X"): when the mail went to X's own address, X is its
# recipient (a patient's own field is kept: a letter can reach a namesake)
_RELATIVE_LABEL = re.compile(r"label '(?:father|mother|parent|son|daughter|wife|husband|partner|stepfather|stepmother|"
                             r"step-father|step-mother|stepdad|stepmum|brother|sibling|aunt|uncle|grandmother|"
                             r"grandfather|alleged perpetrator)'")


def _address_on_line(text: str, pos: int) -> bool:
    if pos < 0 or not text:
        return False
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return "@" in text[a:b if b >= 0 else len(text)]


def keep_names(hits: list[tuple[T, NameHit]], staff: list[frozenset[str]],
               recipients: list[frozenset[str]] = ()) -> list[tuple[T, NameHit]]:  # type: ignore[assignment]
    """Names that may be data subjects: not staff, and a name found only in prose (spaCy, a title) is
    not the wrong recipient whose address it spells ("Margaret Owen" for margaret.owen.florist@…)."""
    strong = {frozenset(name_key(h.ident.value)) for _, h in hits if h.strong and not h.staff}
    backed = [frozenset(name_key(h.ident.value)) for _, h in hits if not h.weak and not h.staff]
    out = []
    for sec, h in hits:
        if h.staff:
            continue
        key = frozenset(name_key(h.ident.value))
        if not key:
            continue
        if h.weak and not any(key <= b or (len(b) == 1 and b <= key) for b in backed if b):
            continue   # a prose name with no person-like evidence and nobody it could be
        if h.strong and len(key) >= 2 and _RELATIVE_LABEL.fullmatch(str(h.ident.evidence.get("rule", ""))) \
                and any(key <= r for r in recipients) and not _address_on_line(getattr(sec, "text", ""), h.ident.start):
            continue   # "Father: Rhys Morgan" on the form e-mailed to rhys.morgan.llanelli@…: the one it went to
            # (but "Brother: Chidi Eze (chidi.eze@…)": the record holds his address, he is one of its people)
        if h.strong or any(key <= s for s in strong):
            out.append((sec, h))
            continue
        if any(key <= s for s in staff):
            continue
        if h.rule in PROSE_RULES and len(key) >= 2 and any(key <= r for r in recipients):
            continue
        out.append((sec, h))
    return out
