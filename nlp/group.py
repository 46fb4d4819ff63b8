"""Group disclosures: an e-mail sent to many people at once with every address visible (To/Cc, not Bcc).

The classic case is a clinic e-mailing a group of its patients (the 2015 HIV-clinic newsletter):
there the recipients' addresses *are* the disclosed data — each one tells every other recipient
that its owner attends that service. When the forwarded original went to at least
``MIN_RECIPIENTS`` addresses outside the trusted domains and the reporter says so (Bcc, "could
see each other's addresses", ``[grading.cues] group_disclosure``), or to ``MANY_RECIPIENTS`` or
more such addresses whatever the report says, each external recipient is one data subject: their
address (and display name, when it is a person's) is an identifier. The sender's name and the
subject line join the texts read for special categories ("HIV Clinic", "GUM newsletter").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from breachdesk.model import Identifier, MessageHeaders, ParsedMessage, Party

MIN_RECIPIENTS = 3
MANY_RECIPIENTS = 8
_HEADER_LINE = re.compile(r"(?im)^[ \t>]{0,8}(?:to|cc)[ \t]{0,3}:[ \t]{0,3}(.{1,4000})$")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,5}\.[A-Za-z]{2,24}")
# a line holding one address and nothing else (a display name, a bullet or a separator around it): the reporter
# pasted the original's recipient list one address a line ("Recipient list as it appeared in the To field:")
_ADDRESS_LINE = re.compile(r"(?m)^[ \t>\-•*]{0,6}(?:\"?[^\n\"<>@]{0,60}\"?[ \t]{0,3}<)?[ \t]{0,3}"
                           r"([A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,5}\.[A-Za-z]{2,24})"
                           r">?[ \t]{0,3}[,;]?[ \t]{0,3}$")


@dataclass
class GroupDisclosure:
    where: str
    recipients: list[Party] = field(default_factory=list)
    sender: str = ""
    subject: str = ""
    cue: str | None = None

    def rows(self) -> list[list[Identifier]]:
        """One row of identifiers per recipient: the address, and the display name when it is a person's."""
        out: list[list[Identifier]] = []
        ev = {"recognizer": "group disclosure", "rule": "recipient of a group e-mail (To/Cc visible, not Bcc)"}
        for p in self.recipients:
            email = p.email.lower()
            row = [Identifier(kind="email_address", value=email, text=p.email, where=self.where, confidence=0.9,
                              evidence=dict(ev))]
            name = " ".join(p.name.replace('"', " ").split())
            couple = _COUPLE.fullmatch(name)
            if couple is not None and _personal_name(f"{couple[1]} {couple[3]}") \
                    and _personal_name(f"{couple[2]} {couple[3]}"):
                # "Chloe & Ben Tarrant" <tarrantsfamily@…>: one shared address, two people
                for k, fore in enumerate((couple[1], couple[2])):
                    whole = f"{fore} {couple[3]}"
                    person = Identifier(kind="person_name", value=whole, text=p.name, where=self.where,
                                        confidence=0.8, evidence=dict(ev))
                    out.append([*row, person] if k == 0 else [person])
                continue
            if _personal_name(name) or _lower_personal(name, email):
                row.append(Identifier(kind="person_name", value=name, text=p.name, where=self.where,
                                      confidence=0.8, evidence=dict(ev)))
            out.append(row)
        return out


# a couple's display name on a shared address: "Chloe & Ben Tarrant", "Sam and Alex Okafor"
_COUPLE = re.compile(r"([A-Z][a-z'’\-]{1,30})\s+(?:&|and|\+)\s+([A-Z][a-z'’\-]{1,30})\s+([A-Z][A-Za-z'’\-]{1,40})")


_PARTICLES = {"an", "de", "da", "di", "du", "del", "der", "den", "van", "von", "le", "la", "bin", "binti", "ap",
              "ab", "al", "el", "y", "dos", "das"}


def _lower_personal(name: str, email: str) -> bool:
    """A display name its owner typed in lower case ("amelia bibi" <abibi@…>, "brian broadbent" <brian_bro@…>):
    two or three words, one of which (its first three letters at least) the address's local part holds."""
    toks = name.split()
    if not 2 <= len(toks) <= 3 or not all(re.fullmatch(r"[a-z][a-z'’\-]{1,30}", t) for t in toks):
        return False
    local = re.sub(r"[^a-z]", "", email.partition("@")[0])
    return any(len(t) >= 3 and t.replace("'", "").replace("’", "").replace("-", "")[:3] in local for t in toks) \
        and not any(t in _NOT_PERSON_WORDS for t in toks)


_NOT_PERSON_WORDS = {"team", "admin", "office", "info", "enquiries", "reception", "desk", "support", "service",
                     "services", "group", "the", "and", "of", "accounts", "finance", "hr", "mail", "no", "reply"}


def _personal_name(name: str) -> bool:
    """"Ann Lee", "Ruaridh Mac an t-Saoir", "Ana de la Cruz": capitalised words, with name particles between."""
    toks = name.split()
    caps = [t for t in toks if t[:1].isupper() and t.replace("-", "").replace("'", "").replace("’", "").isalpha()]
    rest = [t for t in toks if t not in caps]
    return 2 <= len(toks) <= 5 and len(caps) >= 2 and toks[0] in caps and toks[-1] not in _PARTICLES and all(
        t in _PARTICLES or re.fullmatch(r"[nth]-[^\W\d_][\w'’]*", t) for t in rest)


# The mail domains of public bodies: a council's, the police's, a school's or a health body's staff on a
# distribution list (a strategy meeting's "reply all") are professionals, not patients disclosed to each other
_PUBLIC_BODY = (".gov.uk", ".police.uk", ".sch.uk", ".nhs.uk", ".gov.scot", ".gov.wales", ".hscni.net", ".cjsm.net",
                ".mod.uk", ".parliament.uk")


def _public_body(email: str) -> bool:
    domain = "." + email.rpartition("@")[2].lower().strip(">. ")
    return domain.endswith(_PUBLIC_BODY) or domain in (".nhs.net", ".nhs.scot", ".hscni.net")


def _external(email: str, trusted: list[str]) -> bool:
    domain = email.rpartition("@")[2].lower().strip(">. ")
    return not any(domain == t or domain.endswith("." + t) for t in trusted)


def _originals(msg: ParsedMessage) -> list[tuple[str, MessageHeaders | None, str]]:
    """(where, headers, text) of each forwarded original."""
    out: list[tuple[str, MessageHeaders | None, str]] = []
    seen: set[int] = set()
    for s in msg.sections:
        if s.role == "forwarded":
            out.append((s.where, s.headers, s.text or ""))
            if s.headers is not None:
                seen.add(id(s.headers))
    for k, h in enumerate(msg.forwarded):
        if id(h) not in seen:
            out.append((f"forwarded:{k + 1}", h, ""))
    return out


def _pasted_list(text: str) -> list[str]:
    """The addresses of the longest run of consecutive address-only lines (MIN_RECIPIENTS or more)."""
    best: list[str] = []
    run: list[str] = []
    end = -1
    for m in _ADDRESS_LINE.finditer(text):
        if m.start() != end + 1:
            run = []
        run.append(m.group(1))
        end = m.end()
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= MIN_RECIPIENTS else []


def find_group_disclosure(msg: ParsedMessage, trusted: list[str], cue: str | None) -> GroupDisclosure | None:
    """The forwarded original that went to many external people at once, or None.

    With a cue in the report, a "To:"/"Cc:" line the reporter copied into the report itself counts too.
    """
    reporter = {p.email.lower() for p in msg.headers.parties() if p.email}
    # a member of the public forwarding the group mail they were sent is one of its recipients
    forwarder = (msg.headers.sender.email or "").lower() if msg.headers.sender else ""
    if forwarder and _external(forwarder, trusted):
        reporter.discard(forwarder)
    best: GroupDisclosure | None = None
    originals = _originals(msg)
    if cue:    # the reporter pasted the original's "To:" line into the report ("list below")
        originals += [(s.where, None, s.text or "") for s in msg.sections if s.role == "cover"]
    for where, h, text in originals:
        parties: list[Party] = list(h.to) + list(h.cc) if h is not None else []
        if "@" in text:     # (every address read from the text holds one)
            for m in _HEADER_LINE.finditer(text[:200_000]):
                parties.extend(Party("", e) for e in _EMAIL.findall(m.group(1)))
            if cue and h is None:
                parties.extend(Party("", e) for e in _pasted_list(text[:200_000]))
        sender = h.sender.email.lower() if h is not None and h.sender.email else ""
        uniq: dict[str, Party] = {}
        for p in parties:
            e = p.email.lower()
            if e and e != sender and e not in reporter and _external(e, trusted) and not _public_body(e):
                if e not in uniq or (p.name and not uniq[e].name):
                    uniq[e] = p
        n = len(uniq)
        if n >= MANY_RECIPIENTS or (n >= MIN_RECIPIENTS and cue):
            g = GroupDisclosure(where, list(uniq.values()),
                                sender=(h.sender.name if h is not None else "") or sender,
                                subject=h.subject if h is not None else "", cue=cue)
            if best is None or len(g.recipients) > len(best.recipients):
                best = g
    return best
