"""The DSPT grade: likelihood x severity, every number from ``patterns.toml``, with reasons.

Severity: 1 no identifiable individual; 2 identifiable, nothing sensitive (or a child or
vulnerable adult involved); 3 health information about an identified person; 4 especially
sensitive categories or financial details; 5 is never set automatically.
Likelihood: 1 near miss or nothing disclosed; 2 stayed inside the trusted domains; 3 went
outside them (the original message's To/Cc, or the reporter's words); 4 published; 5
misuse reported; containment (recalled, deleted) lowers it by one but not below the floor.
Reportable to the ICO when likelihood >= 3 and severity >= 2 (the thresholds are config).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from breachdesk.model import Assessment, ParsedMessage
from nlp.categories import CategoryFinder, matches_opening
from nlp.patterns import Grading, PatternConfig


@dataclass
class GradeInput:
    subjects: int
    categories: list[str]
    category_evidence: dict[str, list[str]]
    cover_text: str            # the reporter's own words (no signature)
    all_text: str              # every section, no signatures, for vulnerability/financial cues
    has_health_number: bool
    child: bool
    # paragraphs and table texts that hold a data subject's identifiers (financial cues count only here);
    # None: every text (older callers)
    subject_text: str | None = None
    # recipients of a group e-mail whose addresses were visible to each other (nlp/group.py)
    group_recipients: int = 0
    # the forwarded messages' words (a colleague's account of what happened, forwarded to the mailbox):
    # read for what happened afterwards (published, misused) besides the reporter's own
    forwarded_text: str = ""




def _in_domain(email: str, trusted: list[str]) -> bool:
    domain = email.rpartition("@")[2].lower().strip(">. ")
    return any(domain == t or domain.endswith("." + t) for t in trusted)


_HEADER_LINE = re.compile(r"(?im)^[ \t>]*(?:to|cc)[ \t]*:[ \t]*(.{1,300})$")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,5}\.[A-Za-z]{2,24}")


def external_recipients(msg: ParsedMessage, trusted: list[str]) -> tuple[list[str], int]:
    """(addresses outside the trusted domains, recipients seen).

    From the forwarded originals' To/Cc, quoted "To:"/"Cc:" lines left in the text, and
    addresses the reporter names in the cover note ("it went to x@example.org"); senders of
    forwarded messages (a phishing sender) never count.
    """
    senders = {h.sender.email.lower() for h in msg.forwarded if h.sender.email}
    senders |= {msg.headers.sender.email.lower()} if msg.headers.sender.email else set()
    found: list[str] = []
    heads = list(msg.forwarded) + [s.headers for s in msg.sections if s.headers is not None]
    ours: set[str] = set()    # our own addresses on a message the public sent us ("this letter is not mine")
    for h in heads:
        found.extend(p.email for p in [*h.to, *h.cc] if p.email)
        if h.sender.email and not _in_domain(h.sender.email, trusted):
            ours.update(p.email.lower() for p in [*h.to, *h.cc] if p.email and _in_domain(p.email, trusted))
    for sec in msg.sections:
        if "@" not in sec.text:
            continue     # every address read below holds an "@"
        for m in _HEADER_LINE.finditer(sec.text[:200_000]):
            found.extend(_EMAIL.findall(m.group(1)))
        if sec.role == "cover":
            found.extend(_EMAIL.findall(sec.text[:50_000]))
        else:   # "I sent it to g.thistle@icloud.com" in a forwarded note
            for m in _SENT_TO.finditer(sec.text[:50_000]):
                e = _EMAIL.match(sec.text, m.end())
                if e:
                    found.append(e.group(0))
    out: list[str] = []
    seen = 0
    for e in found:
        e = e.lower()
        if e in senders or e in ours:
            continue
        seen += 1
        if not _in_domain(e, trusted) and e not in out:
            out.append(e)
    return out, seen


# "I've received blood test results that are not mine", "this letter isn't for me"
_NOT_MINE = re.compile(r"\b(?:(?:is|are|was|were)\s+not|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+"
                       r"(?:mine|for\s+me|meant\s+for\s+me|addressed\s+to\s+me)\b|\bnot\s+the\s+(?:intended|right)\s+"
                       r"recipient\b|"
                       # "we received a letter today but it's not about us"
                       r"\b(?:it['’]s|it\s+is|this\s+is)\s+not\s+(?:about|for)\s+(?:us|me)\b|"
                       # "this has come to me in error", "we have received this by mistake" (not a disclaimer's
                       # "if you have received it in error")
                       r"\b(?:come|came|been\s+sent|was\s+sent)\s+to\s+(?:me|us)\s+(?:in\s+error|by\s+mistake)\b|"
                       # "his repeat came through to us instead of his usual pharmacy"
                       r"\b(?:come|came|went|been\s+sent|was\s+sent|were\s+sent)\s+(?:through|over|across)\s+to\s+(?:me|us)\s+"
                       r"(?:instead\s+of|in\s+error|by\s+mistake)\b|"
                       r"\b(?:i|we)(?:\s+have|['’]ve)?\s+received\s+(?:this|it)\s+(?:in\s+error|by\s+mistake)\b|"
                       # a practice or ward that got another's patient: "which is not for one of our patients"
                       r"\b(?:is|are|was|were)\s+not\s+(?:for\s+)?(?:one\s+of\s+our|our)\s+(?:patients?|residents?|"
                       r"clients?|service\s+users?)\b|\b(?:isn['’]t|wasn['’]t)\s+(?:for\s+)?(?:one\s+of\s+our|our)\s+"
                       r"(?:patients?|residents?|clients?|service\s+users?)\b", re.I)


# every match of _NOT_MINE opens on one of these words (after its "\b", before a space or an apostrophe)
_NOT_MINE_FIRSTS = frozenset({"is", "are", "was", "were", "isn", "aren", "wasn", "weren", "not", "it", "this",
                              "come", "came", "been", "went", "i", "we"})


def _opening(rx: re.Pattern[str], firsts: frozenset[str], text: str, fnd: CategoryFinder,
             limit: int = 200_000) -> Iterator[re.Match[str]]:
    """``rx.finditer(text[:limit])``, ``rx`` a regex whose every match opens on a whole word among ``firsts``:
    tried only where one of them stands (see :func:`nlp.categories.matches_opening`)."""
    if len(text) > limit:
        return rx.finditer(text[:limit])
    low, runs = fnd.lowered(text)
    return matches_opening(rx, firsts, text, low, runs)


def _search(rx: re.Pattern[str], firsts: frozenset[str], text: str, fnd: CategoryFinder) -> re.Match[str] | None:
    """``rx.search(text)`` for a regex whose every match opens on a whole word among ``firsts`` (see _opening)."""
    return next(_opening(rx, firsts, text, fnd, len(text)), None)


def _says_not_mine(text: str, fnd: CategoryFinder) -> bool:
    """Whether the writer says what they received is not theirs (not a footer's "if you are not the intended
    recipient")."""
    return any(not _in_disclaimer(text, m.start(), m.end()) for m in _opening(_NOT_MINE, _NOT_MINE_FIRSTS, text, fnd))


def _reporter_received(msg: ParsedMessage, cover: str, fnd: CategoryFinder) -> str:
    """The reporter's own domain when their note says what they report came to them in error ("came through to
    us instead of his usual pharmacy"): they are the wrong recipient, not whoever it was meant for."""
    email = msg.headers.sender.email
    return email.rpartition("@")[2].lower() if email and _says_not_mine(cover[:20_000], fnd) else ""


# a delivery status notification's failed recipient (RFC 3464: "Final-Recipient: rfc822; x@y" then "Action: failed"),
# or the mail system's own line for it ("<x@y>: Host or domain name not found")
_DSN_FAILED = re.compile(r"(?im)^[ \t>]*(?:final|original)-recipient:[ \t]*rfc822[ \t]*;[ \t]*<?([^\s<>;]{3,254})>?[ \t]*$"
                         r"(?=(?:\n[ \t>]*[A-Za-z\-]{2,40}:[^\n]{0,200}){0,4}?\n[ \t>]*action:[ \t]*failed\b)")
_MTA_FAILED = re.compile(r"(?im)^[ \t>]*<([^\s<>]{3,254})>:[ \t]*(?:host or domain name not found|user unknown|"
                         r"recipient address rejected|mailbox unavailable|no such user|does not exist)")


def _undelivered(msg: ParsedMessage) -> set[str]:
    """Addresses a delivery report in the message says the mail never reached (lower case)."""
    out: set[str] = set()
    for sec in msg.sections:
        text = sec.text[:200_000]
        if ";" in text:     # "rfc822;"
            out.update(m.group(1).lower() for m in _DSN_FAILED.finditer(text))
        if ">:" in text:
            out.update(m.group(1).lower() for m in _MTA_FAILED.finditer(text))
    return out


def _public_recipient(msg: ParsedMessage, trusted: list[str], fnd: CategoryFinder,
                      inside: bool = False) -> tuple[str, str]:
    """(domain, what they wrote) of a forwarded message's sender outside the trusted domains (``inside``: within
    them) who writes that what they received is not theirs: they are the wrong recipient, whatever addresses
    carried it on to us."""
    for sec in msg.sections:
        h = sec.headers
        if sec.role == "forwarded" and h is not None and h.sender.email \
                and _in_domain(h.sender.email, trusted) == inside \
                and (_says_not_mine(sec.text[:20_000], fnd) if inside
                     else next(_opening(_NOT_MINE, _NOT_MINE_FIRSTS, sec.text[:20_000], fnd), None)):
            return h.sender.email.rpartition("@")[2].lower(), sec.text[:20_000]
    return "", ""


_SENTENCE = re.compile(r"[.!?;\n]")
_SENT_TO = re.compile(r"(?i)\b(?:sent|went|emailed|e-mailed|forwarded|copied|delivered|addressed)\b[^\n]{0,60}?\bto\b"
                      r"[^\n@]{0,40}?(?=[A-Za-z0-9._%+\-]{1,64}@)")


def _sentence(text: str, a: int, b: int) -> str:
    s = max((m.end() for m in _SENTENCE.finditer(text, max(0, a - 300), a)), default=max(0, a - 300))
    e = _SENTENCE.search(text, b)
    return text[s:e.start() if e else min(len(text), b + 300)]


# four words in a row: the reporter wrote something (word starts only, bounded: linear on a 5 MB line)
_WORDY = re.compile(r"(?<![A-Za-z])[A-Za-z]{3,40}(?:\s{1,5}[A-Za-z]{2,40}){3}(?![A-Za-z])")
_LABEL_USE = re.compile(r"[ \t]{0,3}(?::|[^\n]{0,15}?\b[A-Z0-9\-/]*\d{4})")


def _said(text: str, cues: list[str], fnd: CategoryFinder, as_recipient: list[str] = ()) -> str | None:  # type: ignore[assignment]
    """A cue used in the reporter's prose, not as a field label ("Supplier account 00731-GHX", "Fax: …").

    A cue in ``as_recipient`` ("another patient") counts only where it names who received it ("sent to
    another patient", "a different patient received it"), not whose data it was ("different patient this time").
    """
    needs = {c.lower() for c in as_recipient}
    for a, b, cue in fnd.cue_matches(text, cues):
        if _LABEL_USE.match(text, b):
            continue
        if _MEANT_FOR.search(text, max(0, a - 40), a):
            continue     # "to a patient instead of to my colleague": whom it was meant for, not who got it
        if _in_disclaimer(text, a, b):
            continue     # "NHS.net is a secure service …" in the trust's footer says nothing of this mail

        if cue.lower() in needs and (_POSSESSIVE.match(text, b) or not (_TO_BEFORE.search(text, max(0, a - 30), a)
                                                                        or _GOT_AFTER.match(text, b))):
            continue     # "labelled with the wrong patient's addressograph": whose label, not who received it
        return cue
    return None


_MEANT_FOR = re.compile(r"\b(?:instead\s+of|rather\s+than|meant\s+for|intended\s+for|should\s+have\s+gone\s+to)\s+"
                        r"(?:to\s+)?(?:(?:my|our|the|a|an|her|his|their)\s+)?(?:[A-Za-z\-]+\s+)?$", re.I)


_DISCLAIMER = re.compile(r"\b(?:confidentiality notice|intended (?:only|solely) for|if you have received this "
                         r"(?:e-?mail |message )?in error|not the intended recipient)\b", re.I)


def _in_disclaimer(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] stands in an e-mail footer's confidentiality notice (its paragraph says so)."""
    ps = text.rfind("\n\n", 0, a)
    pe = text.find("\n\n", b)
    para = text[ps + 1 if ps >= 0 else 0:pe if pe >= 0 else len(text)]
    return len(para) <= 1500 and _DISCLAIMER.search(para) is not None


# ("in the envelope for another service user": whom it was put out for, who got it)
_POSSESSIVE = re.compile(r"['’]s?\b")
_TO_BEFORE = re.compile(r"\b(?:to|with|by|for)\s+(?:a|an|the|one)?\s*$", re.I)
_GOT_AFTER = re.compile(r",?\s+(?:who\s+)?(?:has\s+|had\s+|then\s+)?(?:received|got|opened|read|picked\s+up|collected|was\s+given|"
                        r"was\s+handed|was\s+sent|rang|phoned|called|emailed|e-mailed|brought|returned|saw|could\s+see|"
                        r"viewed)\b", re.I)


_PROSE_END = re.compile(r"[.!?;]|\n[ \t]*\n")
# a clause ends at a sentence's end or where "but" turns it ("posted on Facebook, but no sign it was shared on")
_CLAUSE_TURN = re.compile(r"\b(?:but|however|although|though|whereas)\b", re.I)


def _clause(text: str, a: int, b: int) -> str:
    """The part of the sentence around text[a:b] between the turns ("but", "however") either side."""
    s = max((m.end() for m in _PROSE_END.finditer(text, max(0, a - 300), a)), default=max(0, a - 300))
    e = _PROSE_END.search(text, b)
    end = e.start() if e else min(len(text), b + 300)
    s = max((m.end() for m in _CLAUSE_TURN.finditer(text, s, a)), default=s)
    turn = _CLAUSE_TURN.search(text, b, end)
    return text[s:turn.start() if turn else end]


# "posted it on X", "shared a photo of the list … on Threads": a posting verb, then "on NAME" in the same sentence
_POSTED = re.compile(r"(?i:\b(?:posted|posting|shared|sharing|put|uploaded|uploading|reposted|published|tweeted)\b)"
                     r"[^.!?;\n]{0,120}?\bon[ \t]{1,3}")
# the posting verbs: every match of _POSTED and _PUBLIC_GROUP opens on one (between two "\b")
_POSTING = frozenset({"posted", "posting", "shared", "sharing", "put", "uploaded", "uploading", "reposted", "published",
                      "tweeted"})


def _posted_on(text: str, platforms: list[str], fnd: CategoryFinder) -> Iterator[tuple[int, int, str]]:
    """Every (start, end, "on NAME") after a posting verb in one sentence, NAME as written (a platform whose
    name is also a word or a letter)."""
    if not platforms:
        return
    name = re.compile(r"(?:" + "|".join(re.escape(p) for p in sorted(platforms, key=len, reverse=True))
                      + r")(?![\w\-])")
    for m in _opening(_POSTED, _POSTING, text, fnd, len(text)):
        got = name.match(text, m.end())
        if got:
            yield got.start(), got.end(), "on " + got.group(0)


# "posted on the local community group", "shared it in a village Facebook page": a group open to the public
_PUBLIC_GROUP = re.compile(r"(?i:\b(?:posted|posting|shared|sharing|put|uploaded|uploading|reposted|published)\b)"
                           r"[^.!?;\n]{0,60}?\b(?:on|in|to)[ \t]{1,3}(?:the|a|an)[ \t]{1,3}"
                           r"((?i:local|community|public|village|town|neighbourhood|neighborhood|residents['’]?|"
                           r"parents['’]?)(?:[ \t]{1,3}[A-Za-z'’]{2,20}){0,2}?[ \t]{1,3}(?i:group|page|forum))\b")


def _public_group(text: str, fnd: CategoryFinder) -> Iterator[tuple[int, int, str]]:
    for m in _opening(_PUBLIC_GROUP, _POSTING, text, fnd):
        yield m.start(1), m.end(1), "posted on a " + " ".join(m.group(1).lower().split())


def _published(text: str, cues: list[str], doubt: list[str], platforms: list[str],
               fnd: CategoryFinder) -> str | None:
    """A publication cue in prose (not a field label) whose clause does not deny or doubt it."""
    found = ((a, b, cue) for a, b, cue in fnd.cue_matches(text, cues) if not _LABEL_USE.match(text, b))
    for a, b, cue in itertools.chain(found, _posted_on(text, platforms, fnd), _public_group(text, fnd)):
        if doubt and fnd.cue(_clause(text, a, b), doubt):
            continue
        return cue
    return None


def _financial(text: str, cues: list[str], not_personal: list[str], fnd: CategoryFinder) -> str | None:
    """A financial cue in a paragraph that is not about the trust, a supplier or an invoice."""
    for a, b, cue in fnd.cue_matches(text, cues):
        if not_personal and fnd.cue(_around(text, a, b), not_personal):
            continue
        return cue
    # the values themselves, whatever the header says ("Sort | Acc"): a sort code beside an 8-digit account number
    for m in _SORT_AND_ACCOUNT.finditer(text):
        if not (not_personal and fnd.cue(_around(text, m.start(), m.end()), not_personal)):
            return "sort code and account number"
    return None


def _around(text: str, a: int, b: int, lines: int = 3) -> str:
    """The paragraph around text[a:b], at most ``lines`` lines either side: a form's heading ("Care Ltd - Direct
    Debit Instruction") ten lines above the payer's sort code does not make it the company's account."""
    ps = text.rfind("\n\n", 0, a)
    pe = text.find("\n\n", b)
    ps = ps + 1 if ps >= 0 else 0
    pe = pe if pe >= 0 else len(text)
    lo, hi = a, b
    for _ in range(lines + 1):
        lo = text.rfind("\n", ps, lo - 1) if lo - 1 > ps else ps
        if lo <= ps:
            lo = ps
            break
    for _ in range(lines + 1):
        nxt = text.find("\n", hi + 1, pe)
        if nxt < 0:
            hi = pe
            break
        hi = nxt
    return text[lo:hi]


# (its first digit taken before the look behind it, "(?<![\d\-/])\d{2}" as nlp.text.lead_with_class writes it: the
# same matches, found by skipping to the digits in C)
_SORT_AND_ACCOUNT = re.compile(r"\d(?<![\d\-/]\d)\d-\d{2}-\d{2}(?![\d\-/])[ \t|,;]{1,6}\d{8}(?!\d)")


def _confirmed(text: str, cues: list[str], negation: list[str], fnd: CategoryFinder) -> str | None:
    """Strong containment proof ("confirmed in writing", "recall successful") not directly negated."""
    neg: set[tuple[str, ...]] | None = None
    for a, _, cue in fnd.cue_matches(text, cues):
        if neg is None:
            neg = {tuple(n.lower().split()) for n in negation}
        before = re.findall(r"[a-z']+", text[max(0, a - 40):a].lower())[-4:]
        if any(tuple(before[i:i + len(n)]) == n for n in neg for i in range(len(before) - len(n) + 1)):
            continue
        return cue
    return None


# the recipient's word passed on by somebody else: told to a third party, not to the organisation
# ("Declan rang Siobhan to say he'd deleted it", "the other patient told her she deleted it")
_HEARSAY = re.compile(
    r"(?<!\bI\s)(?<!\bwe\s)(?<!\bWe\s)(?<!\bI've\s)(?<!\bwe've\s)(?<!\bWe've\s)"
    r"\b(?:rang|phoned|called|texted|messaged|e-?mailed|told|tells|informed)\s+"
    r"(?:her|him|them|his\s+[a-z]+|her\s+[a-z]+|their\s+[a-z]+|[A-Z][a-z]{1,30}(?:'s\s+[a-z]+)?)\b"
    r"[^.!?]{0,80}?\b(?:to\s+say|saying|that|s?he|they)\b")


def _prose_sentence(text: str, a: int, b: int) -> str:
    """The sentence around text[a:b] read across hard line wraps (a blank line still ends it)."""
    s = max((m.end() for m in _PROSE_END.finditer(text, max(0, a - 400), a)), default=max(0, a - 400))
    e = _PROSE_END.search(text, b)
    return text[s:e.start() if e else min(len(text), b + 400)]


# a containment word about something else: a person taken off duties ("has been removed from reception duties"),
# or our own copy for the evidence ("copy retrieved from the mail gateway")
_NOT_THE_DATA_AFTER = re.compile(r"\s+from\s+(?:(?:the|her|his|their|all)\s+)?(?:[a-z]+\s+){0,2}?(?:duties|duty|role|rota|"
                                 r"shifts?|front\s+line|patient\s+contact)\b", re.I)
_NOT_THE_DATA_BEFORE = re.compile(r"\b(?:copy|copies|a\s+copy\s+(?:was|has\s+been))\s+$", re.I)
# "we have checked nothing is missing": the item came back whole (not "nothing handed in yet")
_NOTHING_MISSING = re.compile(r"\bnothing\s+(?:(?:is|was|has\s+been|had\s+been)\s+)?(?:missing|lost|taken|removed)\b", re.I)


def _contained(text: str, cues: list[str], doubt: list[str], fnd: CategoryFinder) -> str | None:
    """A containment cue whose sentence is not a claim, a promise, a failed attempt or hearsay."""
    for a, b, cue in fnd.cue_matches(text, cues):
        if _NOT_THE_DATA_AFTER.match(text, b) or _NOT_THE_DATA_BEFORE.search(text, max(0, a - 30), a):
            continue
        if fnd.cue(_NOTHING_MISSING.sub(" ", _sentence(text, a, b)), doubt) \
                or _HEARSAY.search(_prose_sentence(text, a, b)):
            continue
        if _SAYS_BUT.search(_prose_sentence(text, a, b)):
            continue
        return cue
    return None


# the person's own say-so, turned by the reporter ("says he's deleted it, but it was his own gmail")
_SAYS_BUT = re.compile(r"\b(?:says|said|tells\s+us|told\s+us)\b[^.!?]{0,80}?\b(?:but|however|although|though)\b", re.I)


# the wrong recipient has already read it ("he said he had read it", "she had opened and read the letter"):
# getting the paper back or a deletion afterwards does not undo the disclosure
_READ_BY_RECIPIENT = re.compile(r"\b(?:he|she|they|recipient|requester|neighbour|husband|wife|partner|pt|patient|person|man|"
                                r"woman|caller)\s+(?:said\s+(?:he|she|they)\s+)?"
                                r"(?:(?:had|has|have)\s+)?(?:already\s+)?(?:opened\s+and\s+)?read\s+(?:it|the\s+(?:letter|email|e-mail|"
                                r"results?|report|contents?))\b"
                                # "The letter was read by the requester"
                                r"|\b(?:letter|email|e-mail|results?|report|it)\s+(?:was|had\s+been|has\s+been)\s+(?:already\s+)?"
                                r"read\s+by\b"
                                # a copy made or put on show before it came back ("he did print it", "it was pinned
                                # up in the office"): destroying it afterwards does not undo who saw it
                                r"|\b(?:he|she|they|recipient|manager|neighbour)\s+(?:did\s+|had\s+|has\s+|have\s+)?"
                                r"(?:already\s+)?print(?:ed)?\s+(?:it|them|the\s+(?:letter|email|e-mail|list|results?|"
                                r"report|attachment)|a\s+copy|copies)\b"
                                r"|\b(?:it|letter|list|sheet|page|pages)\s+(?:was|were|had\s+been|has\s+been)\s+"
                                r"(?:pinned|put|stuck)\s+up\b"
                                # the recipient knows whose it is ("this isn't me, but I know her", "she knows the family")
                                r"|[\"“‘'][^\"”’]{0,60}\bI\s+know\s+(?:her|him|them)\b"
                                r"|\b(?:recipient|neighbour|he|she|they)\s+(?:said\s+(?:he|she|they)\s+)?knows?\s+"
                                r"(?:her|him|them|the\s+(?:patient|family))\b"
                                # "the neighbour at 17 opened it, read it": opened and read, a clause apart
                                r"|\bopened\s+(?:it|them|the\s+[a-z]+),?\s+(?:and\s+)?read\s+(?:it|them)\b"
                                # read before it was taken back ("picked it up and read it before an officer took it")
                                r"|\bread\s+(?:it|them|the\s+[a-z]+)\s+before\s+(?:[a-z]+\s+){0,3}?(?:took|got|collected|"
                                r"retrieved|removed|confiscated|seized)\b", re.I)
# the words its matches open on (after "\b", before a space or the "-" of "e-mail"), but for a quotation's
# "I know her", which holds the word "know"
_READ_FIRSTS = frozenset({"he", "she", "they", "recipient", "requester", "neighbour", "husband", "wife", "partner", "pt",
                          "patient", "person", "man", "woman", "caller", "letter", "email", "e", "result", "results",
                          "report", "it", "manager", "list", "sheet", "page", "pages", "opened", "read"})


def _read_by_recipient(told: str, fnd: CategoryFinder) -> re.Match[str] | None:
    """``_READ_BY_RECIPIENT.search(told)``."""
    runs = fnd.lowered(told)[1] if len(told) <= 200_000 else None
    if runs is None or "know" in runs:
        return _READ_BY_RECIPIENT.search(told)
    return _search(_READ_BY_RECIPIENT, _READ_FIRSTS, told, fnd)


# a publication taken down after people saw or copied it: deleting the post does not recall the copies
_SEEN_WHILE_UP = re.compile(r"\b\d[\d,.]*\s?k?\s+(?:views|likes|shares|comments|reactions|retweets)\b|"
                            r"\b(?:some|several|many|a\s+few|lots\s+of|dozens\s+of|hundreds\s+of)\s+"
                            r"(?:views|likes|shares|comments|reactions|retweets)\b|"
                            r"\bscreenshot(?:s|ted)?\b|\bhad\s+been\s+(?:re)?shared\b|\b(?:was|were)\s+(?:re)?shared\s+"
                            r"(?:\d+|several|many|a\s+few)\s+times\b|\bwho\s+(?:had\s+)?shared\s+it\b|"
                            r"\bgone\s+viral\b|\bwent\s+viral\b", re.I)


# evidence the reporter kept ("I've kept a screenshot of the 'no viewers yet' screen"), or a count of nobody
_OWN_SCREENSHOT = re.compile(r"\b(?:I|we)(?:['’]ve|['’]d|\s+have|\s+had)?\s+(?:kept|took|taken|saved|made|got)\s+"
                            r"(?:a|an|the|my|our)?\s*(?:[A-Za-z]+\s+)?$", re.I)
_NONE_SEEN = re.compile(r"^(?:0|no|zero|nil)\b", re.I)


def _seen_while_up(text: str) -> re.Match[str] | None:
    """Evidence that people saw or copied a publication before it came down (not the reporter's own proof)."""
    for m in _SEEN_WHILE_UP.finditer(text):
        if _NONE_SEEN.match(m.group(0)):
            continue
        if m.group(0).lower().startswith("screenshot") and _OWN_SCREENSHOT.search(text, max(0, m.start() - 60),
                                                                                   m.start()):
            continue
        return m
    return None


# the recipient has plainly read it ("he has clearly read it", "she has obviously opened it")
_READ_PLAINLY = re.compile(r"\b(?:he|she|they|recipient|partner|ex-partner|son|daughter|neighbour)\s+(?:has|had|have)\s+"
                           r"(?:clearly|obviously|evidently|definitely|certainly)\s+(?:opened\s+and\s+)?read\s+"
                           r"(?:it|them|the\s+[a-z]+)\b", re.I)
# the recipient holds on to it ("says he is keeping the file", "has kept a copy", "refuses to delete it")
# (the words the matches of these open on, after "\b", before a space, an apostrophe or the "-" of "ex-partner")
_READ_PLAINLY_FIRSTS = frozenset({"he", "she", "they", "recipient", "partner", "ex", "son", "daughter", "neighbour"})
_KEEPS_FIRSTS = frozenset({"he", "she", "they", "recipient", "requester", "solicitor"})
_KEEPS_IT = re.compile(r"\b(?:he|she|they|recipient|requester|solicitor)\s+(?:(?:is|was|are|were)\s+(?:keeping|holding\s+on\s+to|"
                       r"hanging\s+on\s+to)\s+(?:it|them|the\s+[a-z]+|a\s+copy|copies|his\s+[a-z]+|her\s+[a-z]+|"
                       r"their\s+[a-z]+)|(?:has|have|had)\s+kept\s+(?:it|a\s+copy|copies|the\s+[a-z]+)|(?:refuses|refused|"
                       r"is\s+refusing|are\s+refusing|won['’]t\s+agree)\s+to\s+(?:return|delete|destroy|give\s+back|hand\s+back))\b"
                       r"|\b(?:he|she|they)['’]s\s+keeping\s+(?:it|them|the\s+[a-z]+|a\s+copy)\b", re.I)


# the reporter says the say-so is not yet proof ("I have asked for that in writing", "we have nothing in writing",
# "we cannot verify the deletion")
_UNPROVEN = re.compile(
    r"\b(?:I|we)(?:['’]ve|\s+have|\s+had)?\s+asked\s+(?:for\s+(?:that|this|it)\s+in\s+writing|(?:her|him|them)\s+to\s+"
    r"(?:put\s+(?:that|this|it)\s+in\s+(?:writing|an?\s+e-?mail)|confirm\s+(?:that\s+|this\s+|it\s+)?in\s+writing))"
    r"|\bnothing\s+in\s+writing\b"
    r"|\b(?:cannot|can['’]t|can\s+not|unable\s+to|could\s+not|couldn['’]t)\s+verify\s+(?:the|that|their|her|his)\s+deletion\b"
    r"|\b(?:awaiting|waiting\s+for)\s+(?:the\s+|their\s+|her\s+|his\s+)?(?:written|e-?mail)\s+confirmation\b"
    r"|\bnot\s+(?:yet\s+)?confirmed\s+in\s+writing\b"
    # some recipients have not answered ("two have deleted it; three have not replied"); not the reporter's own
    r"|(?<!\bI\s)(?<!\bwe\s)(?<!\bWe\s)\b(?:(?:have|has)\s+not|haven['’]t|hasn['’]t)\s+(?:yet\s+)?"
    r"(?:replied|responded|confirmed)\b", re.I)
_BUT = frozenset({"but"})
_UNPROVEN_FIRSTS = frozenset({"i", "we", "nothing", "cannot", "can", "unable", "could", "couldn", "awaiting", "waiting",
                              "not", "have", "has", "haven", "hasn"})
# someone else has seen it too ("she has deleted it but the head has also seen it")
# a copy that has not come back ("we have not got it back", "she had thrown it away in the recycling")
_NOT_BACK = re.compile(r"\b(?:we|I)\s+(?:have\s+not|haven['’]t|had\s+not|hadn['’]t|did\s+not|didn['’]t)\s+"
                       r"(?:yet\s+)?(?:got|get|had|received)\s+(?:it|them|this|that|the\s+[a-z]+)\s+back\b"
                       r"|\b(?:thrown|threw|chucked|binned)\s+(?:it|them|hers|his|theirs|the\s+[a-z]+)\s+(?:away|out)\b"
                       r"|\b(?:it|they|the\s+[a-z]+)\s+(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:returned|recovered|"
                       r"retrieved)\b", re.I)
_SEEN_BY_ANOTHER = re.compile(r"\bbut\s+(?:the|her|his|their|a|an|two|three|several|other|another)\s+(?:[a-z]+\s+){0,3}?"
                              r"(?:has|have|had)\s+(?:also\s+|already\s+)?(?:seen|read|opened)\s+(?:it|them)\b", re.I)


def _still_held(told: str, cues: list[str], fnd: CategoryFinder, proven: bool = False) -> str | None:
    """Why a containment cue does not contain it: the copy stayed with its readers (a messaging group's phones,
    a recipient keeping the file, a recipient who has plainly read it), or, short of proof in writing
    (``proven``), the reporter says the say-so is not yet proof."""
    chat = fnd.cue(told, cues)
    if chat:
        return f"it went to a messaging group ('{chat}'): copies stay on the members' phones"
    m = _search(_KEEPS_IT, _KEEPS_FIRSTS, told, fnd) or _search(_READ_PLAINLY, _READ_PLAINLY_FIRSTS, told, fnd) \
        or _search(_SEEN_BY_ANOTHER, _BUT, told, fnd)
    if m:
        return f"the recipient still has or has read it ('{' '.join(m.group(0).split())}')"
    m = _NOT_BACK.search(told)
    if m:
        return f"a copy has not come back ('{' '.join(m.group(0).split())}')"
    m = None if proven else _search(_UNPROVEN, _UNPROVEN_FIRSTS, told, fnd)
    if m:
        return f"the reporter has no proof of it yet ('{' '.join(m.group(0).split())}')"
    return None


_ONWARD_OK = re.compile(r"[^.!?\n]{0,20}\bto\s+the\s+(?:right|correct|intended|proper|appropriate)\b", re.I)


def _misuse(text: str, cues: list[str], reporter: list[str], fnd: CategoryFinder,
            doubt: list[str] = ()) -> str | None:  # type: ignore[assignment]
    """A misuse cue not describing the reporter's own action ("we contacted the patient"), nor a
    recipient putting things right ("they forwarded it on to the right place")."""
    mine: set[tuple[str, ...]] | None = None
    found = ((a, b, cue) for a, b, cue in fnd.cue_matches(text, cues))
    for a, b, cue in itertools.chain(found, _acted_on(text, fnd), _turned_on(text, fnd)):
        if _ONWARD_OK.match(text, b) or _OUTREACH.match(text, b) or _ours_too(text, a):
            continue
        if mine is None:
            mine = {tuple(r.lower().split()) for r in reporter}
        if _ours(text[max(0, a - 40):a], mine) or _NOT_DONE.search(text, max(0, a - 30), a):
            continue
        if doubt and fnd.cue(_sentence(text, a, b), list(doubt)):
            continue     # "a shared drive open to all could lead to unauthorised access": a risk, not misuse
        return cue
    return None


_THIRD_PERSON = {"he", "she", "they", "it"}
# the cue's act denied just before it ("Haven't contacted the patient yet", "nobody has contacted the family")
_NOT_DONE = re.compile(r"\b(?:haven['’]t|hasn['’]t|have\s+not|has\s+not|had\s+not|hadn['’]t|didn['’]t|did\s+not|"
                       r"not|never|no\s*one\s+has|nobody\s+has)(?:\s+(?:yet|ever|actually|been))?\s+$", re.I)
# contact made to put things right ("she has now contacted the patient to apologise"): our side, not misuse
_OUTREACH = re.compile(r"[^.!?\n]{0,40}?\bto\s+(?:apologi[sz]e|reassure|offer\s+(?:support|an\s+apology))\b|"
                       r"[^.!?\n]{0,60}?\bduty\s+of\s+candou?r\b", re.I)


def _ours(before_text: str, mine: set[tuple[str, ...]]) -> bool:
    """The words just before a misuse cue make it the reporter's own action ("we contacted the patient");
    "he has now turned up" is not ours although "has now" can be ("the practice has now contacted …")."""
    before = re.findall(r"[a-z']+", before_text.lower())[-3:]
    for r in mine:
        for i in range(len(before) - len(r) + 1):
            if tuple(before[i:i + len(r)]) == r and not (i > 0 and before[i - 1] in _THIRD_PERSON):
                return True
    return False


# the reporter's sentence going on to a second thing they did ("I've now sent it to the right place and phoned the
# patient"): no other doer (he, she, they, the recipient) named between "I"/"we" and the "and"
_OUR_AND = re.compile(r"^[\s,]*(?:(?:so|then|and|today|now|since|also)\s*,?\s+)?(?:I|we|We)(?:['’]ve|['’]d|\s+have|\s+had)?\s"
                      r"(?P<between>[^.!?]{0,160}?)\band\s+(?:then\s+|also\s+|have\s+|now\s+|I\s+|we\s+)?$")
_ANOTHER_DOER = re.compile(r"\b(?:he|she|they|who|that|their|recipient|patient|son|daughter|husband|wife|partner|"
                           r"neighbour|requester|caller|man|woman|manager|someone|somebody)\b", re.I)


def _ours_too(text: str, a: int) -> bool:
    """The misuse cue at ``a`` is the second thing the reporter says they did in one sentence."""
    s = max((m.end() for m in _PROSE_END.finditer(text, max(0, a - 300), a)), default=max(0, a - 300))
    m = _OUR_AND.match(text[s:a])
    return m is not None and not _ANOTHER_DOER.search(m.group("between"))


# what the wrong recipient went on to do with it: sent it on to the subject to wound ("forwarded a screenshot to
# me with a nasty comment"), kept contacting the people on the list ("has been phoning our clients"), used an
# address kept from them ("he has sent a card to the new address")
_TURNED_ON = re.compile(
    r"\b(?:sent|forwarded|passed|texted|posted|messaged)\s+(?:it|them|this|a\s+screenshot|screenshots|a\s+photo|"
    r"a\s+picture|the\s+(?:text|message|letter|e-?mail|screenshot|photo))\b[^.!?]{0,60}?\bwith\s+(?:a|an|some)\s+"
    r"(?:nasty|abusive|threatening|horrible|snide|cruel|spiteful|mocking|sarcastic|offensive|vile|taunting|"
    r"insulting|hurtful|gloating|vicious)\s+(?:comment|message|remark|note|caption|reply|text)s?\b"
    r"|\b(?:has|have|had)\s+(?:since\s+|now\s+|also\s+|then\s+)?been\s+(?:phoning|ringing|calling|texting|messaging|"
    r"contacting|visiting|e-?mailing|approaching|cold[\s-]calling)\s+(?:our|the|his|her|their|some\s+of\s+(?:our|the))\s+"
    r"(?:clients|patients|residents|service\s+users|families|customers)\b"
    r"|\b(?:he|she)\s+(?:has|had)\s+(?:now\s+|since\s+|already\s+|then\s+|also\s+)?(?:sent|posted|delivered|left|"
    r"dropped\s+off|brought)\s+(?:a|an|some|her|him|them)?\s*(?:birthday\s+|christmas\s+)?(?:card|cards|flowers|gifts?|"
    r"presents?|notes?|messages?|parcels?|package|toys?)\b[^.!?]{0,40}?\bto\s+(?:the|her|his|their)\s+new\s+"
    r"(?:address|home|flat|house)\b"
    # the disclosed whereabouts used ("a message he had sent to her quoting the refuge street name", "he turned up
    # at the new address")
    r"|\b(?:message|text|letter|e-?mail|note|card)s?\s+(?:that\s+)?(?:he|she|they)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:sent|left|posted)\s+(?:to\s+)?[^.!?]{0,40}?\b(?:quoting|mentioning|naming|giving|containing)\s+"
    r"(?:the|her|his|their)\s+(?:new\s+|refuge\s+|current\s+|home\s+)*(?:address|street(?:\s+name)?|location|"
    r"postcode|whereabouts)\b"
    r"|\b(?:he|she|they)\s+(?:has\s+|had\s+|have\s+)?(?:since\s+|then\s+|already\s+)?(?:turned|showed)\s+up\s+at\s+"
    r"(?:the|her|his|their)\s+(?:new\s+|refuge\s+|current\s+)*(?:address|home|flat|house|refuge)\b",
    re.I)
# a look at the record by someone with no part in the patient's care ("had no clinical or administrative role in
# her care"), after an access verb
_NO_ROLE = re.compile(r"\b(?:had|has|have)\s+no\s+(?:clinical|care|legitimate|work|business|administrative|professional|"
                      r"treating)(?:\s+(?:or|and|/)\s+(?:clinical|care|legitimate|work|business|administrative|"
                      r"professional))?\s+(?:role|reason|relationship|need|involvement|purpose)\b"
                      # "with no appointment or task to justify it", "without any legitimate reason"
                      r"|\bwith\s+no\s+(?:[a-z]+\s+){0,1}(?:appointment|task|reason|referral|consultation|request|"
                      r"involvement)(?:\s+(?:or|and)\s+(?:[a-z]+\s+){0,1}(?:appointment|task|reason|referral|"
                      r"consultation|request|involvement))?\s+to\s+(?:justify|explain|account\s+for)\s+(?:it|them|this|"
                      r"the\s+access|that)\b"
                      r"|\bwithout\s+(?:any\s+|a\s+)?(?:legitimate|clinical|business|good|valid|lawful|work)\s+"
                      r"(?:reason|purpose|need|justification)\b", re.I)
# the words every match of _TURNED_ON, of _NO_ROLE opens on (after "\b", before a space)
_TURNED_ON_FIRSTS = frozenset({"sent", "forwarded", "passed", "texted", "posted", "messaged", "has", "have", "had", "he",
                               "she", "they", "message", "messages", "text", "texts", "letter", "letters", "email", "emails", "e",
                               "note", "notes", "card", "cards"})
_NO_ROLE_FIRSTS = frozenset({"had", "has", "have", "with", "without"})
_ACCESS_VERB = re.compile(r"\b(?:accessed|viewed|looked\s+(?:at|up)|opened|browsed|searched)\b", re.I)
_RECORD_WORD = re.compile(r"\b(?:record|records|notes|chart|epr|care\s+record|patient\s+record)\b", re.I)


def _turned_on(text: str, fnd: CategoryFinder) -> Iterator[tuple[int, int, str]]:
    """Misuse told in what the recipient did next (see _TURNED_ON), or access with no role in the care."""
    for m in _opening(_TURNED_ON, _TURNED_ON_FIRSTS, text, fnd):
        yield m.start(), m.end(), " ".join(m.group(0).split())
    for m in _opening(_NO_ROLE, _NO_ROLE_FIRSTS, text, fnd):
        lo = max(0, m.start() - 300)
        if _ACCESS_VERB.search(text, lo, m.start()) and _RECORD_WORD.search(text, lo, m.start()):
            yield m.start(), m.end(), " ".join(m.group(0).split())


def _same_sentence(text: str, cue: str, others: list[str], fnd: CategoryFinder) -> str | None:
    """One of ``others`` in prose whose sentence also holds ``cue`` (not in a footer's notice)."""
    for a, b, other in fnd.cue_matches(text, others):
        if _in_disclaimer(text, a, b):
            continue
        if fnd.cue(_prose_sentence(text, a, b), [cue]):
            return other
    return None


# somebody the information reached acted on it: a staff member looked up the record of someone they know
# ("looked up the demographic record of his neighbour"), a third party raised it with the patient
# ("a colleague asked him about it", "her manager mentioned it to her")
_KNOWN = (r"(?:neighbour|neighbours|sister|brother|mother|father|mum|dad|son|daughter|aunt|uncle|niece|nephew|cousin|"
          r"wife|husband|partner|ex|ex-partner|ex-wife|ex-husband|boyfriend|girlfriend|friend|friends|relative|"
          r"relatives|colleague|colleagues|landlord|tenant|sister-in-law|brother-in-law|mother-in-law|"
          r"father-in-law|stepson|stepdaughter|family)")
_ACTED_ON = re.compile(
    r"\b(?:looked\s+up|looked\s+at|accessed|viewed|opened|searched\s+for|browsed)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+){0,2}(?:record|records|notes|details|file)\s+of\s+(?:his|her|their)\s+(?:own\s+)?"
    + _KNOWN + r"\b"
    r"|\b(?:a|his|her|their|one\s+of\s+(?:his|her|their))\s+(?:colleague|colleagues|co-worker|workmate|manager|"
    r"boss|employer|neighbour|friend)\s+(?:at\s+work\s+)?(?:had\s+|has\s+)?(?:(?:asked|questioned|quizzed|"
    r"confronted|approached)\s+(?:him|her|them)\s+about|(?:raised\s+it\s+with|mentioned\s+it\s+to)\s+(?:him|her|them))\b",
    re.I)
# (the words its matches open on, after "\b", before a space)
_ACTED_ON_FIRSTS = frozenset({"looked", "accessed", "viewed", "opened", "searched", "browsed", "a", "his", "her", "their",
                              "one"})


def _acted_on(text: str, fnd: CategoryFinder) -> Iterator[tuple[int, int, str]]:
    for m in _opening(_ACTED_ON, _ACTED_ON_FIRSTS, text, fnd):
        yield m.start(), m.end(), " ".join(m.group(0).split())


def _floor(told: str, w: Grading, fnd: CategoryFinder) -> tuple[int, str | None]:
    """How low containment may take the likelihood, and the proof nobody read it (below the usual floor only so)."""
    unread = _contained(told, w.cues.containment_unread, w.cues.containment_doubt, fnd)
    if unread:
        return min(w.containment_floor, w.containment_floor_unread), unread
    return w.containment_floor, None


def grade(g: GradeInput, msg: ParsedMessage, cfg: PatternConfig, trusted: list[str],
          finder: CategoryFinder | None = None) -> Assessment:
    w = cfg.grading
    fnd = finder or CategoryFinder(cfg)
    _cue = fnd.cue
    cues = w.cues
    reasons: list[str] = []
    identifiable = g.subjects > 0
    vulnerable = _cue(g.all_text, cues.vulnerable) if identifiable else None
    if identifiable and g.child:
        vulnerable = vulnerable or "a child's date of birth"

    # -- severity -------------------------------------------------------------
    if not identifiable:
        severity = w.severity_none
        reasons.append("no identifiable individual found")
    else:
        severity = w.severity_identifiable
        sev_reason = f"{g.subjects} identifiable individual(s), no special-category content"
        for cat in g.categories:
            s = w.severity_by_category.get(cat, w.severity_identifiable)
            if s > severity:
                severity = s
                kws = ", ".join(g.category_evidence.get(cat, [])[:3])
                what = "health information" if cat == "health" else f"especially sensitive ({cat})"
                sev_reason = f"{what} about an identified person" + (f": {kws}" if kws else "")
        fin = _financial(g.all_text if g.subject_text is None else g.subject_text, cues.financial,
                         cues.financial_not_personal, fnd)
        if fin and w.severity_financial > severity:
            severity = w.severity_financial
            sev_reason = f"financial details about an identified person ({fin})"
        reasons.append(sev_reason)
        if g.group_recipients:
            reasons.append(f"group e-mail: {g.group_recipients} recipients' addresses visible to each other "
                           "(To/Cc, not Bcc)")
        if vulnerable:
            reasons.append(f"a child or vulnerable adult may be involved ({vulnerable})")
            severity = max(severity, w.severity_vulnerable_min)

    # -- likelihood -----------------------------------------------------------
    near = _cue(g.cover_text, cues.near_miss)
    external, seen = external_recipients(msg, trusted)
    failed = _undelivered(msg)
    bounced = bool(external) and all(e in failed for e in external)
    if near:
        likelihood = w.likelihood_near_miss
        reasons.append(f"near miss: nothing disclosed ('{near}')")
    elif bounced and identifiable:
        near = "delivery failed"
        likelihood = w.likelihood_near_miss
        doms = sorted({e.rpartition("@")[2] for e in external})
        reasons.append(f"near miss: the delivery report shows it failed for every outside address "
                       f"({', '.join(doms)}): nothing disclosed")
    elif not identifiable:
        likelihood = w.likelihood_nothing_disclosed
        reasons.append("no personal data in the email: nothing disclosed")
    else:
        told = g.cover_text + ("\n\n" + g.forwarded_text if g.forwarded_text else "")
        their_words = ""      # the wrong recipient's own reply, forwarded to us: their deletion is in writing
        misuse = _misuse(told, cues.misuse, cues.reporter_words, fnd, cues.misuse_doubt)
        published = _published(told, cues.published, cues.published_doubt, cues.posted_on, fnd)
        said_external = _said(g.cover_text, cues.external, fnd, cues.external_as_recipient)
        said_internal = _said(g.cover_text, cues.internal, fnd)
        if said_external and said_external.lower() in {c.lower() for c in cues.external_channel} \
                and (said_to := _said(g.cover_text, cues.internal_recipient, fnd)):
            reasons.append(f"'{said_external}' says how it went, '{said_to}' says to whom")
            said_external, said_internal = None, said_to
        if said_external and said_external.lower() in {c.lower() for c in cues.external_maybe_nhs} \
                and (dom := _same_sentence(g.cover_text, said_external, cues.internal_domain, fnd)):
            reasons.append(f"'{said_external}' is on '{dom}' (the same sentence says so)")
            said_external, said_internal = None, dom
        if misuse:
            likelihood = w.likelihood_misuse
            reasons.append(f"misuse reported ('{misuse}')")
        elif published:
            likelihood = w.likelihood_published
            reasons.append(f"published ('{published}')")
        elif external:
            likelihood = w.likelihood_external
            doms = sorted({e.rpartition("@")[2] for e in external})
            reasons.append(f"sent to an address outside the trusted domains ({', '.join(doms)})")
        elif (ours := _reporter_received(msg, g.cover_text, fnd)) and _in_domain("x@" + ours, trusted):
            likelihood = w.likelihood_internal
            reasons.append(f"the reporter writes that it came to them in error: it stayed inside the trusted "
                           f"domains ({ours})")
        elif ours:
            likelihood = w.likelihood_external
            reasons.append(f"the reporter writes that it came to them in error, outside the trusted domains ({ours})")
        elif said_external:
            likelihood = w.likelihood_external
            reasons.append(f"the reporter says it went outside the organisation ('{said_external}')")
        elif (public := _public_recipient(msg, trusted, fnd))[0]:
            public, their_words = public
            likelihood = w.likelihood_external
            reasons.append(f"a member of the public wrote in that they received it ({public})")
        elif (colleague := _public_recipient(msg, trusted, fnd, inside=True))[0]:
            colleague, their_words = colleague
            likelihood = w.likelihood_internal
            reasons.append(f"a recipient inside the trusted domains wrote that it was not for them ({colleague})")
        elif seen or said_internal:
            likelihood = w.likelihood_internal
            reasons.append("recipients inside the trusted domains" if seen
                           else f"the reporter says it stayed inside the NHS ('{said_internal}')")
        elif not _WORDY.search(g.cover_text):
            likelihood = w.likelihood_no_report
            reasons.append("no words from the reporter and no recipient shown: check who received it")
        else:
            likelihood = w.likelihood_undetermined
            reasons.append("recipient could not be determined from the headers or the report: "
                           "graded as if it went outside (the safer grade)")
        if likelihood == w.likelihood_external and external and (proc := _cue(g.cover_text, cues.processor)):
            reasons.append(f"the outside recipient is the organisation's contracted processor ('{proc}'): "
                           f"likelihood {likelihood} -> {w.likelihood_internal}")
            likelihood = w.likelihood_internal
        contained = _confirmed(g.cover_text, cues.containment_confirmed, cues.containment_negation, fnd) \
            or _contained(g.cover_text, cues.containment, cues.containment_doubt, fnd) \
            or (their_words and (said := _contained(their_words, cues.containment, cues.containment_doubt, fnd))
                and f"{said}, in the recipient's own reply")
        read = _read_by_recipient(told, fnd) if contained else None
        copied = _seen_while_up(told) if contained and published and not misuse else None
        held = _still_held(told, cues.group_chat, fnd, proven=bool(
            their_words or _confirmed(g.cover_text, cues.containment_confirmed, cues.containment_negation, fnd))) \
            if contained else None
        if contained and held and not read and not copied:
            reasons.append(f"containment: '{contained}', but {held}: likelihood not lowered")
            contained = None     # neither lowered below nor called a mere claim
        if contained and read:
            reasons.append(f"containment: '{contained}', but the recipient has read it "
                           f"('{' '.join(read.group(0).split())}'): likelihood not lowered")
        elif contained and copied:
            reasons.append(f"containment: '{contained}', but it was seen or copied while public "
                           f"('{' '.join(copied.group(0).split())}'): likelihood not lowered")
        elif contained and likelihood > (floor := _floor(told, w, fnd))[0]:
            new = max(floor[0], likelihood - w.containment_step)
            unread = f", unread ('{floor[1]}')" if floor[1] and new < w.containment_floor else ""
            reasons.append(f"containment: '{contained}'{unread} (likelihood {likelihood} -> {new})")
            likelihood = new
        elif contained:
            reasons.append(f"containment: '{contained}' (likelihood already at its floor of {likelihood})")
        else:
            claimed = _cue(g.cover_text, cues.containment)
            if claimed and not held:
                reasons.append(f"containment claimed but not confirmed ('{claimed}'): likelihood not lowered")
        if g.group_recipients and likelihood < w.likelihood_external:
            reasons.append(f"each recipient saw the others' addresses (likelihood {likelihood} -> "
                           f"{w.likelihood_external})")
            likelihood = w.likelihood_external
        if vulnerable and likelihood < w.likelihood_vulnerable_min:
            reasons.append(f"a child or vulnerable adult: likelihood at least {w.likelihood_vulnerable_min}")
            likelihood = w.likelihood_vulnerable_min
    reportable = likelihood >= w.reportable_likelihood and severity >= w.reportable_severity
    reasons.append("reportable to the ICO within 72 hours" if reportable else "not reportable to the ICO")
    return Assessment(likelihood=likelihood, severity=severity, reportable=reportable, reasons=reasons,
                      near_miss=bool(near))
