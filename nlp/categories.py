"""Special categories from the keyword lists in ``patterns.toml``, with simple negation.

Keywords match on word edges, case-insensitively — except keywords written with capitals
in the config ("AIDS", "GUM"), which must match as written, so "walking aids" is not
sexual health. A keyword with a negation cue a few words before it in the same clause
("no safeguarding concerns", "denies suicidal ideation") does not count. Categories are
only reported when an identifiable person is in the message.

A few words say a category only in the right company (``[[categories.sentence_rules]]``): an
antidepressant is mental health unless its sentence says it is for pain or sleep; a benzodiazepine
is substance misuse and a crime only in a sentence about selling or supplying it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from nlp.patterns import PatternConfig
from nlp.text import alternation, fold_pattern, fold_rx, folded_lower

# a table cell ("| NI No | Sort code |") is a clause of its own
_CLAUSE = re.compile(r"[.;:!?\n\d|\t]|\bbut\b|\bhowever\b|\b(?:nhs|hosp|hospital|unit|ref|room|bed|tel|case|chi|ni)\s{0,2}no\b",
                     re.I)
_CLAUSE_FOLDED = fold_rx(_CLAUSE)     # the same on folded_lower text (see _Keywords)
# _CLAUSE_FOLDED apart: the last of its single characters (the first with none after it), and its words, which
# never overlap one another and are at most 12 characters long ("hospital  no")
_CLAUSE_CHAR_LAST = re.compile(r"[.;:!?\n\d|\t][^.;:!?\n\d|\t]*\Z")
_CLAUSE_WORDS = re.compile(r"\bbut\b|\bhowever\b|\b(?:nhs|hosp|hospital|unit|ref|room|bed|tel|case|chi|ni)\s{0,2}no\b")


def _clause_end(folded: str) -> int:
    """Where the last match of ``_CLAUSE_FOLDED.finditer(folded)`` ends (0 for none).

    Its matches are its words and its characters outside them (a word's "\\s" can hold a line break), so the
    last ends after the last such character or at the end of a word. A word ending later than that character
    starts less than 12 characters before it; words never overlap, so finditer from 16 before it finds each,
    and each holds "but", "however" or "no".
    """
    m = _CLAUSE_CHAR_LAST.search(folded)
    end = m.start() + 1 if m is not None else 0
    q = max(0, end - 16)
    if folded.find("no", q) >= 0 or folded.find("but", q) >= 0 or folded.find("however", q) >= 0:
        for w in _CLAUSE_WORDS.finditer(folded, q):
            end = max(end, w.end())
    return end


_WORDS = re.compile(r"[a-z']+")
# "chlamydia screen negative", "HIV not detected": the finding is negative
_POST_NEG = re.compile(r"[^.;:\n]{0,25}?\b(?:negative|not detected|ruled out|excluded)\b", re.I)


# "Is there any chance you could be pregnant?": a question on a form, not a finding
# a capitalised name joined by a hyphen just before a keyword ("Hopkins-Ward", "Lloyd-Care")
_SURNAME_JOIN = re.compile(r"(?<![A-Za-z\-])[A-Z][a-z]{1,30}-$")
_PHYSICAL_DEPRESSION = re.compile(r"\b(?:st|st[ -]segment|segment|respiratory|cns|marrow|skull)[ -]$", re.I)
# (a lone "?" in a table cell, "| ?", is an unknown value, not a question; on a list line "psych liaison to see,
# MHA assessment ?" the question is the next item's)
_QUESTION = re.compile(r"(?:[^.!\n?|\t,;]{0,40}?[A-Za-z)])?[ ]?\?")
# a letterhead or address line: "Northmoor Mental Health NHS Foundation Trust", "… Unit, LS1 4AB"
# the sentence a rule reads: ends at a full stop, ! ? ; or a line break (a medicines list is one drug a line)
_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\n")
_LETTERHEAD = re.compile(r"\bNHS\b.{0,40}\bTrust\b|\b[A-Z]{1,2}\d[A-Z\d]?\s{0,2}\d[A-Z]{2}\b")


@dataclass
class CategoryFinding:
    categories: list[str] = field(default_factory=list)
    evidence: dict[str, list[str]] = field(default_factory=dict)   # category -> keywords seen
    negated: dict[str, list[str]] = field(default_factory=dict)   # mentions read as no finding (until one is)


@dataclass(frozen=True)
class _Rule:
    """A compiled :class:`nlp.patterns.SentenceRule`."""

    name: str
    categories: tuple[str, ...]
    when: list[_Keywords]
    also: list[_Keywords]
    unless: list[_Keywords]


@dataclass(frozen=True)
class _Keywords:
    """A keyword regex; a case-insensitive one also compiled case-sensitive, for text lower-cased.

    Python's ``re`` is several times slower under IGNORECASE; where :func:`nlp.text.folded_lower`
    gives a lower-cased text, a case-sensitive match on it finds the same spans. The regex as written
    (``rx``) is then only the fallback for a text with no such lower case: compiled when first needed
    (compiling a long keyword alternation costs a few milliseconds, twice that with its twin).
    """

    pattern: str
    flags: int
    folded: re.Pattern[str] | None = None
    # the first letter run of every keyword ("mental" of "mental health", "hba" of "hba1c"), lower-cased;
    # None when a keyword opens with something else
    firsts: frozenset[str] | None = None
    # the first characters of the keywords that open with no letter ("#" of "#NOF"): every match opens on a run in
    # ``firsts`` or on one of these
    marks: str = ""

    def absent(self, runs: set[str] | None, low: str | None) -> bool:
        """Whether nothing can match in a text whose :func:`letter_runs` are ``runs`` (or any set holding every one of
        them that is in ``firsts``), ``low`` its :func:`folded_lower`."""
        return runs is not None and self.firsts is not None and self.firsts.isdisjoint(runs) \
            and not any(c in low for c in self.marks)   # type: ignore[operator]   (``low`` is set with ``runs``)

    def spans(self, text: str, low: str | None, runs: set[str] | None = None) -> Iterator[tuple[int, int]]:
        """(start, end) of every match in ``text``; ``low`` is ``folded_lower(text)``, ``runs`` :func:`letter_runs` of it.

        A keyword starts where no letter is before it, so its first letter run is a whole run of the
        text's: when none of the keywords' first runs is among the text's, nothing can match.
        """
        hits = self.firsts.intersection(runs) if runs is not None and self.firsts is not None else None
        if hits is not None and not hits and not any(c in low for c in self.marks):  # type: ignore[operator]
            return iter(())     # (self.absent(runs, low))
        if self.folded is not None and low is not None:
            if hits is not None and isinstance(runs, LetterRuns) and runs.low is low:
                # every match starts a run in ``firsts`` or on a mark: tried only there, not at every character
                starts = [p for r in hits for p in runs.starts(r)]
                for c in self.marks:
                    p = low.find(c)
                    while p >= 0:
                        starts.append(p)
                        p = low.find(c, p + 1)
                return _matches_at(self.folded, low, sorted(starts))
            return (m.span() for m in self.folded.finditer(low))
        return (m.span() for m in self.rx.finditer(text))

    @functools.cached_property
    def rx(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self.flags)


_LETTER_RUN = re.compile(r"[a-z]+")


# every character but the ASCII lower-case letters to a space, for LetterRuns (a text's other characters are first
# encoded as "?", one byte each)
_NOT_LETTER = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
# run -> the regex of that run standing whole: the run first, then a look back at the character before it
# ("he(?<![a-z]he)"), so ``re`` skips to each "he" in C; the runs asked for are the config's words
_WHOLE_RUN: dict[str, re.Pattern[str]] = {}


class LetterRuns(set):
    """The maximal runs of ASCII letters in a lower-cased text (a set of them), with :meth:`starts` of each."""

    def __init__(self, low: str) -> None:
        # the words of the text with every character but a-z a space: _LETTER_RUN.findall(low), in C
        super().__init__(low.encode("ascii", "replace").translate(_NOT_LETTER).decode("ascii").split())
        self.low = low
        self._at: dict[str, list[int]] = {}

    def starts(self, run: str) -> list[int]:
        """Where ``run`` stands as a whole run of letters, in order (found once per text)."""
        got = self._at.get(run)
        if got is None:
            rx = _WHOLE_RUN.get(run)
            if rx is None:
                e = re.escape(run)
                rx = _WHOLE_RUN[run] = re.compile(f"{e}(?<![a-z]{e})(?![a-z])")
            got = self._at[run] = [m.start() for m in rx.finditer(self.low)]
        return got


def letter_runs(low: str | None) -> LetterRuns | None:
    """The maximal runs of ASCII letters in a :func:`folded_lower` text (None for None)."""
    return LetterRuns(low) if low is not None else None


def _matches_at(rx: re.Pattern[str], text: str, starts: list[int]) -> Iterator[tuple[int, int]]:
    """``(m.span() for m in rx.finditer(text))`` when every match of ``rx`` starts at one of ``starts`` (sorted):
    ``rx`` is tried at those only, past the end of the last match as finditer goes on."""
    end = 0
    for p in starts:
        if p < end:
            continue
        m = rx.match(text, p)
        if m is not None:
            end = m.end()
            yield m.span()


def matches_opening(rx: re.Pattern[str], firsts: frozenset[str], text: str, low: str | None,
                    runs: set[str] | None) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a regex whose every match opens on a whole letter run among ``firsts`` (lower
    case; ``low``, ``runs``: :meth:`CategoryFinder.lowered` of ``text``): tried only where one starts.

    A lower-cased text keeps every offset (:func:`folded_lower`), so a match of the regex as written opens
    where its first word, lower-cased, stands as a run of ``low``; without such a text, plain finditer.
    """
    if low is None or not isinstance(runs, LetterRuns) or runs.low is not low:
        yield from rx.finditer(text)
        return
    end = 0
    for p in sorted(p for r in firsts.intersection(runs) for p in runs.starts(r)):
        if p < end:
            continue
        m = rx.match(text, p)
        if m is not None:
            end = m.end()
            yield m


def _first_runs(words: list[str]) -> tuple[frozenset[str] | None, str]:
    """(:attr:`_Keywords.firsts`, :attr:`_Keywords.marks`) of a list of keywords (None, "" for a keyword opening
    with a space or a character outside ASCII)."""
    firsts = set()
    marks = set()
    for w in words:
        low = w.lower()
        m = _LETTER_RUN.match(low)
        if m is not None:
            firsts.add(m.group(0))
        elif low[:1].isascii() and low[:1].strip():     # "#", "5" (matched as written, lower case or not)
            marks.add(low[0])
        else:
            return None, ""
    return frozenset(firsts), "".join(sorted(marks))


def _keywords(pattern: str, flags: int, words: list[str] | None = None) -> _Keywords:
    folded = fold_pattern(pattern, flags)
    firsts, marks = _first_runs(words) if words else (None, "")
    kw = _Keywords(pattern, flags, folded, firsts, marks)
    if folded is None:
        kw.rx   # noqa: B018 - no twin: the regex as written is the one used, compiled now (a bad pattern fails here)
    return kw


def _compile(words: list[str]) -> list[_Keywords]:
    out = []
    lower = sorted({w for w in words if w == w.lower()}, key=len, reverse=True)
    exact = sorted({w for w in words if w != w.lower()}, key=len, reverse=True)
    for group, flags in ((lower, re.I), (exact, 0)):
        if group:
            out.append(_keywords(r"(?<![A-Za-z])(?:" + alternation(group) + r")(?![A-Za-z])", flags, group))
    return out


def _cue_index(cues: list[list[str]]) -> dict[str, list[list[str]]]:
    """First word -> the cues (word lists) opening with it; an empty cue under ""."""
    index: dict[str, list[list[str]]] = {}
    for cue in cues:
        index.setdefault(cue[0] if cue else "", []).append(cue)
    return index


def _has_cue(ws: list[str], index: dict[str, list[list[str]]]) -> bool:
    """Whether one of the cues (see :func:`_cue_index`) stands in ``ws``, words in a row (an empty one always does)."""
    if "" in index:
        return True
    for first in index.keys() & set(ws):
        for cue in index[first]:
            k = len(cue)
            if any(ws[i:i + k] == cue for i in range(len(ws) - k + 1)):
                return True
    return False


def _sentence_of(text: str, a: int, b: int) -> str:
    """The sentence (or list line) around text[a:b], at most 300 characters either side."""
    s = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, a - 300), a)), default=max(0, a - 300))
    e = _SENTENCE_END.search(text, b, min(len(text), b + 300))
    return text[s:e.start() if e else min(len(text), b + 300)]


_PROSE_STOP = re.compile(r"[.!?](?=\s)|\n[ \t]*\n")


def _prose_before(text: str, a: int) -> str:
    """The sentence before text[a], read across hard line wraps (at most 300 characters)."""
    lo = max(0, a - 300)
    return text[max((m.end() for m in _PROSE_STOP.finditer(text, lo, a)), default=lo):a]


def _any_in(kws: list[_Keywords], text: str) -> bool:
    return any(True for rx in kws for _ in rx.spans(text, None))


# right before a service's name: the person is its patient ("he is known to the alcohol liaison service",
# "referred to the memory clinic", "open to the CMHT"), so the name is a finding, not a letterhead
_UNDER_SERVICE = re.compile(r"\b(?:known\s+to|under|referred\s+to|re-referred\s+to|open\s+to|attends|attending|"
                            r"seen\s+by|on\s+the\s+caseload\s+of|a\s+patient\s+of|a\s+client\s+of|"
                            r"discharged\s+from|engaged\s+with|engaging\s+with|engagement\s+with|"
                            # "an appointment letter for the Early Pregnancy Assessment Unit"
                            r"(?:appointment|appt)(?:\s+letter)?\s+(?:for|at|with|in))\s+(?:the\s+|our\s+|their\s+)?"
                            r"(?:local\s+|community\s+|hospital\s+)?$", re.I)


# right after a service's name: the person's business with it ("an HIV clinic appointment for …", "HIV clinic review")
_SERVICE_BUSINESS = re.compile(r"[ \t]{1,3}(?:appointment|appt|review|letter|referral|follow-up|follow\s+up|attendance|"
                               r"booking|invitation|invite)s?\b", re.I)


# "An appointment letter for Ms X (…) for the Early Pregnancy Assessment Unit": booked with the service
_FOR_THE = re.compile(r"\b(?i:for)\s+(?:(?i:the)\s+)?(?:[A-Z][a-z]{1,20}\s+){0,2}$")
_BOOKED = re.compile(r"\b(?:appointment|appt|referral|booking)s?\b", re.I)


# the capitalised word right before a keyword ("Range" of "Audley Range Surgery")
_NAME_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z][A-Za-z'’\-]{1,30})[ \t]{1,3}$")


class CategoryFinder:
    def __init__(self, cfg: PatternConfig) -> None:
        c = cfg.categories
        self.rx = {cat: _compile(words) for cat, words in c.keywords.items()}
        # every category keyword's first letter run: a text's runs among these tell each list's absence at once
        self._firsts = frozenset().union(*(kw.firsts for pats in self.rx.values() for kw in pats if kw.firsts))
        self.rules = [_Rule(r.name, tuple(r.categories), _compile(r.when), _compile(r.also), _compile(r.unless))
                      for r in c.sentence_rules]
        self.neg_cues = sorted((_WORDS.findall(x.lower()) for x in c.negation_cues), key=len, reverse=True)
        self.window = c.negation_window
        self.hypo_cues = sorted((_WORDS.findall(x.lower()) for x in c.hypothetical_cues), key=len, reverse=True)
        post = "|".join(re.escape(x).replace(r"\ ", r"\s{1,3}")
                        for x in sorted(c.post_negation_cues, key=len, reverse=True))
        # "Safeguarding: none", "pregnancy test negative", "concerns - nil": at most two words between
        self.post_rx = re.compile(r"(?:[ \t]{1,3}[A-Za-z/]{1,15}){0,2}[ \t]{0,3}[:\-–=]?[ \t]{0,3}(?:" + post
                                  + r")(?![A-Za-z])", re.I) if post else None
        svc = "|".join(re.escape(x) for x in sorted(c.service_words, key=len, reverse=True))
        self.service_rx = re.compile(r"[ \t]{1,3}(?:[A-Z][A-Za-z&]{1,15}[ \t]{1,3}){0,2}(?:" + svc
                                     + r")(?![A-Za-z])", re.I) if svc else None
        self.surgery_kinds = {w.lower() for w in c.surgery_kinds}
        self._cue_rx: dict[tuple[str, ...], tuple[_Keywords | None, dict[str, str]]] = {}
        # text -> (folded_lower, letter_runs): the same texts are searched for many cue lists while one
        # message is graded; emptied by :meth:`new_message` (never kept from one message to the next)
        self._texts: dict[str, tuple[str | None, set[str] | None]] = {}
        # (text, start) -> :meth:`_window`: a keyword's mention is read for negation and then for a hypothetical
        # cue, and one text is searched for many cue lists (emptied with ``_texts``)
        self._windows: dict[tuple[str, int], list[str]] = {}
        self._neg_index = _cue_index(self.neg_cues)
        self._hypo_index = _cue_index(self.hypo_cues)

    def new_message(self) -> None:
        """Forget the texts seen so far (called before each message)."""
        self._texts.clear()
        self._windows.clear()

    def lowered(self, text: str) -> tuple[str | None, set[str] | None]:
        """(:func:`folded_lower` of ``text``, :func:`letter_runs` of that), found once per text in a message."""
        return self._lowered(text)

    def _lowered(self, text: str) -> tuple[str | None, set[str] | None]:
        got = self._texts.get(text)
        if got is None:
            if len(self._texts) >= 512:      # a caller that never says a new message has begun
                self._texts.clear()
            low = folded_lower(text)
            got = self._texts[text] = (low, letter_runs(low))
        return got

    def _negated(self, text: str, start: int, cues: list[list[str]] | None = None) -> bool:
        index = self._neg_index if cues is None else self._hypo_index if cues is self.hypo_cues else _cue_index(cues)
        return _has_cue(self._window(text, start), index)

    def _window(self, text: str, start: int) -> list[str]:
        """The last ``window`` words (lower case) of the clause before text[start], within 120 characters."""
        key = (text, start)
        ws = self._windows.get(key)
        if ws is None:
            if len(self._windows) >= 4096:      # a caller that never says a new message has begun
                self._windows.clear()
            ws = self._windows[key] = self._words_before(text, start)
        return ws

    def _words_before(self, text: str, start: int) -> list[str]:
        seg_start = max(0, start - 120)
        seg = text[seg_start:start]
        folded = folded_lower(seg)
        if folded is not None and _CLAUSE_FOLDED is not None:
            cut = _clause_end(folded)
        else:
            cut = max((m.end() for m in _CLAUSE.finditer(seg)), default=0)
        low = folded if folded is not None else seg.lower()
        if cut:
            seg = seg[cut:]
            low = seg.lower()
        return _WORDS.findall(low)[-self.window:] if self.window else []

    def cue(self, text: str, cues: list[str]) -> str | None:
        """The first (longest) cue phrase present in ``text`` and not negated, or None."""
        return next((c for _, _, c in self.cue_matches(text, cues)), None)

    def cue_matches(self, text: str, cues: list[str]):  # noqa: ANN201
        """Every (start, end, cue) of a cue phrase in ``text`` that is not negated."""
        key = tuple(cues)
        got = self._cue_rx.get(key)
        if got is None:
            words = sorted({c.lower() for c in cues})
            alt = alternation(words)
            kw = _keywords(r"(?<![A-Za-z])(?:" + alt + r")(?![A-Za-z])", re.I, words) if cues else None
            written: dict[str, str] = {}
            for c in cues:      # a cue lower-cased -> the first cue so written
                written.setdefault(c.lower(), c)
            got = self._cue_rx[key] = (kw, written)
        kw, written = got
        if kw is None:
            return
        low, runs = self._lowered(text)
        for a, b in kw.spans(text, low, runs):
            if not self._negated(text, a):
                low = " ".join(text[a:b].lower().split())
                yield a, b, written.get(low, low)

    def _practice_name(self, text: str, a: int, b: int) -> bool:
        """"Audley Range Surgery": a capitalised "Surgery" after a capitalised name that is no kind of surgery."""
        if text[a:b] != "Surgery" or not self.surgery_kinds:
            return False
        m = _NAME_BEFORE.search(text, max(0, a - 60), a)
        return m is not None and m.group(1).lower() not in self.surgery_kinds

    def _not_a_finding(self, text: str, a: int, b: int, cover: bool) -> bool:
        """Negated, hypothetical, a question, or the name of a team/service/building (the keyword at text[a:b])."""
        if self._practice_name(text, a, b):
            return True
        if text[a:a + 1].isupper() and _SURNAME_JOIN.search(text, max(0, a - 32), a):
            return True     # "Catrin Hopkins-Ward": the second half of a double-barrelled surname
        if text[a:b].lower() == "depression" and _PHYSICAL_DEPRESSION.search(text, max(0, a - 20), a):
            return True     # "ECG: ST depression V4-6" is a heart finding, not low mood
        if self._negated(text, a) or _POST_NEG.match(text, b) or (self.post_rx and self.post_rx.match(text, b)):
            return True
        if self.hypo_cues and self._negated(text, a, self.hypo_cues):
            return True
        if text.find("?", b, b + 43) >= 0 and _QUESTION.match(text, b):     # (its "?" at most 42 characters on)
            return True
        if self.service_rx and (svc := self.service_rx.match(text, b)):
            if _SERVICE_BUSINESS.match(text, svc.end()) or (_FOR_THE.search(text, max(0, a - 50), a)
                                                             and _BOOKED.search(_prose_before(text, a))):
                return False     # "an HIV clinic appointment for …": the person's own appointment with the service
            ls = text.rfind("\n", 0, a) + 1
            le = text.find("\n", b)
            line = text[ls:le if le >= 0 else len(text)]
            proper = text[a:a + 1].isupper()
            if _UNDER_SERVICE.search(text, max(0, a - 40), a):
                return False     # "known to the alcohol liaison service": the service says it about the person
            if cover or proper or _LETTERHEAD.search(line):
                return True
        return False

    def _apply_rules(self, text: str, cover: bool, res: CategoryFinding) -> None:
        """Each sentence rule on ``text``: a ``when`` word that is a finding, with ``also`` and without ``unless``
        in its sentence, adds the rule's categories (the word is the evidence)."""
        if not self.rules:
            return
        low, runs = self._lowered(text)
        for rule in self.rules:
            for rx in rule.when:
                for a, b in rx.spans(text, low, runs):
                    kw = " ".join(text[a:b].lower().split())
                    if all(kw in res.evidence.get(cat, []) for cat in rule.categories):
                        continue
                    sentence = _sentence_of(text, a, b)
                    if rule.also and not _any_in(rule.also, sentence):
                        continue
                    if _any_in(rule.unless, sentence) or self._not_a_finding(text, a, b, cover):
                        continue
                    for cat in rule.categories:
                        if kw not in res.evidence.get(cat, []):
                            res.evidence.setdefault(cat, []).append(kw)

    def find(self, texts: list[str], cover: list[bool] | None = None) -> CategoryFinding:
        res = CategoryFinding()
        flags = list(cover or []) + [False] * (len(texts) - len(cover or []))
        lowered = [self._lowered(t) for t in texts]     # lower-cased once, for every category
        lows = [low for low, _ in lowered]
        runs = [run for _, run in lowered]
        hits = [run & self._firsts if run is not None else None for run in runs]
        for cat, pats in self.rx.items():
            for text, low, run, hit, is_cover in zip(texts, lows, runs, hits, flags, strict=True):
                for rx in pats:
                    if rx.absent(hit, low):
                        continue
                    for a, b in rx.spans(text, low, run):
                        kw = " ".join(text[a:b].lower().split())
                        seen = res.evidence.get(cat)
                        if seen is not None and kw in seen:
                            continue    # already a finding: another mention of it changes nothing
                        if self._not_a_finding(text, a, b, is_cover):
                            res.negated.setdefault(cat, []).append(kw)
                            continue
                        res.evidence.setdefault(cat, []).append(kw)
        for text, is_cover in zip(texts, flags, strict=True):
            self._apply_rules(text, is_cover, res)
        specific = [c for c in res.evidence if c != "health"]
        order = ["health", "sexual_health", "mental_health", "safeguarding", "reproductive_health",
                 "substance_misuse", "genetic", "ethnicity", "religion", "criminal"]
        cats = set(res.evidence)
        if set(specific) & {"sexual_health", "mental_health", "reproductive_health", "substance_misuse",
                            "genetic"}:
            cats.add("health")
        res.categories = [c for c in order if c in cats]
        return res
