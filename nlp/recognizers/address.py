"""Street addresses: a numbered street line joined with the lines down to its postcode.

"57 Hawthorn Crescent / Sheffield / s35 7qa" becomes "57 Hawthorn Crescent, Sheffield,
S35 7QA". A block may open with a unit or a named house ("Flat 2 Moorfield Court",
"Apartment 5, Cathay House, 5 Pitt Street", "Pen y Bryn Farm, Llanddewi, LD1 6RT", "Rose
Cottage / Mill Lane / …"); the value starts there. Other blocks without a house number (a
hospital letterhead such as "St Aidan's Hospital / Chantry Road / Plymouth / PL4 6QZ") are not
addresses, and neither is a block that names an organisation in it or just above it (Ltd,
Surgery, Pharmacy, "Registered office" — `[addresses] business_words`). A numbered street line
with an "Address:" label and no postcode is reported as written.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import ClassVar

from breachdesk.model import Identifier
from nlp.recognizers.base import Recognizer
from nlp.recognizers.postcode import Postcode, PostcodeRecognizer
from nlp.text import Layout, business_block, business_rx, folded_lower, has_phrase, label_before, words

STREET_WORDS = ("street|st|road|rd|avenue|ave|lane|ln|close|crescent|drive|dr|grove|way|place|court|ct|"
                "gardens|gdns|terrace|hill|row|walk|view|square|sq|park|rise|mews|green|parade|vale|"
                "meadow|meadows|fields|wynd|brae|gate|end|boulevard|croft|chase|mount|villas|cottages|side|bank|fold|"
                "ffordd|heol|stryd|yard|quay|wharf|bridge|cross|field|wood|woods|grange|lea|dale|nook|brow|"
                "approach|circus|crest|glade|heights|hollow|parkway|promenade|ridge|strand|garth|holme|loan|"
                "causeway|embankment|market|orchard|paddock|pastures|spinney|copse|acre|acres|lawn|lawns|"
                "rd\\.|st\\.|ave\\.")
# A numbered line directly above (or before) a postcode: "14 Ffordd y Capel" even without a street word.
_NUMBERED = r"(?m)(?:^|(?<=[,:\t]))[ \t]*\d{1,4}[A-Z]?,?[ ]{1,3}[A-Z\u00C0-\u017F][\w'\-]{1,30}(?:[ ]{1,2}[\w'\-]{1,30}){0,4}"
_NUMBERED_RX = re.compile(_NUMBERED)
_LINE_OR_COMMA = re.compile(r"[\n,]")
_STREET = (r"(?i)\b(?:(?:flat|apartment|apt|unit)\s{1,3}\d{1,4}[A-Z]?,?\s{1,3})?\d{1,4}[A-Z]?,?[ \t]{1,3}"
           r"[A-Za-z\u00C0-\u017F'\- ]{2,40}\b(?:" + STREET_WORDS + r")\b\.?")
# Never inside an address: a table cell boundary, a phone number, a date or a 10-digit health number.
_NOT_IN_ADDRESS = re.compile(r"\t|\s\|\s|\b0\d{2,4}[ ]?\d{3}[ ]?\d{3,4}\b|\+44|\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b|"
                             r"\b\d{3}[ \-]?\d{3}[ \-]?\d{4}\b|\d{5,}")
# what may come just before a street line: a separator, or the words of prose that introduce an
# address ("an address for him of 119 Beechwood Road", "the old address - 158 Well Brae", "lives at")
_LEAD_OK = re.compile(r"(?:^|[,:;\t\n(|]|\s{2}|\s[-–]|(?<![\w])(?:of|at|to|from|address|is|was)[ \t])\s{0,40}$", re.I)


# where a street line written in prose ends: a sentence end, a bracket ("… Lane (value …"), a semicolon
_CLAUSE_END = re.compile(r"[.!?](?=\s|$)|[;()]")
# where a cell or a field's value opens on a line: a tab, a pipe, a colon, a wide gap, the prose word before
# an address ("addressed to her at Flat 9 Mill House, 2 …")
_FIELD_CUT = re.compile(r"\t|\||:[ \t]|[ ]{3,}|(?<![\w-])(?i:at|of|to|from|is|was|lives at|living at)[ ]")


# where the lead of an address may open inside a line: after a comma or an opening bracket
_LEAD_CUT = re.compile(r"[,(][ \t]*")
# right after a street line written after a name with no separator ("Mr Stan Oduya 23 Elm Grove, ST4 7HH"):
# its postcode on the same line, a town or two between, is what makes it an address
_POSTCODE_SOON = re.compile(r"[ \t]{0,2},?[ \t]{0,2}(?:[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)?[ \t]{0,2},?[ \t]{0,2}){0,2}"
                            r"[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}\b")

# a record row's fields: " - " or a pipe between them; and a 10-digit health number (NHS, CHI, H&C) on its line
_ROW_FIELD_BEFORE = re.compile(r"[ \t][-–|][ \t]{1,3}$")
_ROW_FIELD_AFTER = re.compile(r"[ \t][-–|](?:[ \t]|$)")
_ROW_NUMBER = re.compile(r"(?<!\d)\d{3}[ ]?\d{3}[ ]?\d{4}(?!\d)|(?<!\d)\d{6}[ ]?\d{4}(?!\d)")

# an address field's label and nothing but the value (no other field, no sentence) from it to the postcode
_ADDRESS_FIELD = re.compile(r"(?i)(?:^|(?<=[\t|])|(?<=[ ]{2}))[ \t]*(?:(?:home|postal|patient'?s?|current|client|new|"
                            r"correct|old|previous|permanent)[ \t])?(?:address|addr\.?)[ \t]*[:\-–][ \t]*"
                            r"(?=[A-Z\u00C0-\u017F\d])(?=[^:;.!?\n\t|]*$)")


# a unit word right before the number: "Flat 6, Elm Court, …" is read from "Flat", not from "6 Elm Court"
_UNIT_BEFORE = re.compile(r"(?i)\b(?:flat|fflat|apartment|apt|unit|suite|room|rm|maisonette)[ \t]*$")


# the prose just before a house's name ("The correct address is Bryn Awel, …"), any case
_PROSE_BEFORE_HOUSE = ("address is ", "address at ", "lives at ", "living at ")


def _alt(ws: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(ws, key=len, reverse=True))


class AddressRecognizer(Recognizer):
    KIND = "address"
    PATTERNS: ClassVar[list[tuple[str, str]]] = [("street line", _STREET)]
    CONTEXT: ClassVar[list[str]] = ["address", "home address", "lives at", "resides at"]
    SCORE = 0.85
    CONTEXT_BOOST = 0.1
    VALIDATOR = "none"
    MAX_LINES = 4
    MAX_REACH = 400      # characters from a block's first line to its postcode

    @functools.cached_property
    def _blocks(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        """The named-house line and the unit/house lead regexes, built once per recogniser."""
        return self._block_rxs()

    @functools.cached_property
    def _house_needs(self) -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]] | None:
        """What a named-house line cannot match without, cheap to look for (None: no such line regex).

        Every match of the line regex holds a unit word and its number ("flat 2"), a house word that ends
        a field ("… cottage," or at the line's end), a Welsh house word as written ("Fferm") or the prose
        before a house's name ("address is "). The first two are matched over the folded lower-case text,
        the others are plain substrings: a text with none of them skips the line regex, which tries its
        lookbehinds at every character (about half of all address scanning).
        """
        a = self.cfg.addresses if self.cfg is not None else None
        if a is None or not (a.house_words or a.unit_words or a.house_words_first):
            return None
        never = r"(?!)"
        unit = re.compile(r"(?:" + _alt([w.lower() for w in a.unit_words]) + r")[ ]{1,3}\d" if a.unit_words else never)
        house = re.compile(r"(?m)[ ](?:" + _alt([w.lower() for w in a.house_words]) + r")[ \t]*(?:,|$)"
                           if a.house_words else never)
        welsh = tuple(w[:1].upper() + w[1:] for w in a.house_words_first)
        return unit, house, welsh

    def _may_hold_house(self, scan: str) -> bool:
        needs = self._house_needs
        if needs is None:
            return True
        low = folded_lower(scan)
        if low is None:
            return True
        unit, house, welsh = needs
        return any(w in scan for w in welsh) or any(p in low for p in _PROSE_BEFORE_HOUSE) \
            or unit.search(low) is not None or house.search(low) is not None

    @functools.cached_property
    def _postcodes(self) -> PostcodeRecognizer:
        return PostcodeRecognizer(None, self.cfg)

    def _block_rxs(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        a = self.cfg.addresses if self.cfg is not None else None
        house = a.house_words if a else []
        units = a.unit_words if a else []
        parts = []
        if units:
            parts.append(r"(?:" + _alt(units) + r")[ ]{1,3}\d{1,4}[A-Z]?\b(?:,?[ ]{1,2}[A-Z\u00C0-\u017F][\w'’\-]*"
                         r"(?:[ ][\w'’\-]+){0,4})?")
        if house:
            # (never across a " - " field break: "Mrs Joan Saxby - Rose Cottage" is a name, then the house)
            parts.append(r"[A-Z\u00C0-\u017F][\w'’\-]*(?:[ ](?![-–][ ])[\w'’\-]+){0,4}?[ ](?:" + _alt(house) + r")")
        first = a.house_words_first if a else []
        welsh = ""
        if first:     # "Fferm Pen-lôn", "Bwthyn y Nant": the house word first, then one or two capitalised words
            welsh = (r"(?-i:" + "|".join(re.escape(w[:1].upper() + w[1:]) for w in first) + r")"
                     r"(?:[ ](?-i:[a-z]{1,3}[ ])?(?-i:[A-Z\u00C0-\u017F])[\w'’\-]+){1,2}")
            parts.append(welsh)
        if not parts:
            return None, None
        seg = r"(?:" + "|".join(parts) + r")"
        # a whole line (the first line of a block) or a pipe-table cell, or the comma-separated lead of a line
        # (or a field's value after its label: "Addr: Rose Cottage, Back Lane, …"); a Welsh house name also
        # after a name and a comma, as in a list row ("- Gwilym Griffiths, Fferm Pen-lôn, Cwrtnewydd, SA40 …")
        after_name = (r"|(?<=[^\W\d_], )[ \t]*(?=" + welsh + r")") if welsh else ""
        # in prose after "address is/at", "lives at": a unit or named house, or a house's name alone ("The correct
        # address is Bryn Awel, Ffordd y Capel, …", "her new address at Flat 12, Carlton Towers, …")
        prose = r"(?:" + "|".join(f"(?<={p})" for p in _PROSE_BEFORE_HOUSE) + r")"
        named = prose + r"(?-i:[A-Z\u00C0-\u00DE][a-z\u00DF-\u017F'’\-]+(?:[ ][A-Z\u00C0-\u00DE][a-z\u00DF-\u017F'’\-]+){0,2})"
        # (a tab opens a cell too: "Address<TAB>The Old Forge, Church Lane, …" in a Word form's table)
        # or a list row's field after a name and a dash ("Mrs Joan Saxby - Rose Cottage, Bitterley SY8 3HG")
        after_dash = r"|(?<=[^\W\d_] - )|(?<=[^\W\d_] – )"
        # a unit after a name, a comma or a column gap between ("Ms Ann Lee, Flat 2 Harbour View, …", a bag label's
        # "Ms Ann LEE  Flat 12 Coronation Court, Bolton …"): the unit word and its number open the address
        if units:
            unit = r"(?=(?:" + _alt(units) + r")[ ]{1,3}\d)"
            after_dash += r"|(?<=[^\W\d_], )" + unit + r"|(?<=[^\W\d_][ ]{2})" + unit
        line = re.compile(r"(?mi)(?:^|(?<=\|)|(?<=\t)|(?<=:)" + after_name + after_dash + r"|" + prose + r")[ \t]*(" + seg
                          + r"|" + named
                          + r")(?=[ \t]*(?:,|$))")
        lead = re.compile(r"(?i)^[ \t]*" + seg + r"(?:,[ ]{0,2}" + seg + r")*,?[ ]{0,2}$")
        return line, lead

    def _extend(self, text: str, s: int, lead_rx: re.Pattern[str] | None) -> int:
        """Move an address start back over "Flat 2, Cathay House, " on its line and a unit/house line above."""
        if lead_rx is None:
            return s
        ls = text.rfind("\n", 0, s) + 1
        cut = ls      # the lead may open a cell or a field's value: "Address on record: Flat 6 Dyer Court, 4 …"
        for m in _FIELD_CUT.finditer(text, ls, s):
            cut = m.end()
        if cut < s:
            # the lead may follow the name in a line of prose: "Visit 18:30 Ann Lee, Flat 3b Lindum Court, 44 …"
            for c in [cut] + [m.end() for m in _LEAD_CUT.finditer(text, cut, s)]:
                if c < s and text[c:s].strip() and lead_rx.match(text[c:s]):
                    s = c + len(text[c:s]) - len(text[c:s].lstrip(" \t"))
                    break
        if text[ls:s].strip():
            return s
        for _ in range(2):
            if ls <= 0:
                break
            prev = text.rfind("\n", 0, ls - 1) + 1
            line = text[prev:ls - 1].rstrip(" ,\r")
            if not line.strip() or _NOT_IN_ADDRESS.search(line):
                break
            if not lead_rx.match(line):
                # "… a letter for Mrs Ann Lee (Flat 5" above "Priory Court": the unit after a bracket or comma
                tail = next((line[m.end():] for m in _LEAD_CUT.finditer(line)
                             if line[m.end():].strip() and lead_rx.match(line[m.end():])), None)
                if tail is not None:
                    s = prev + len(line) - len(tail.lstrip(" \t"))
                break
            s = prev + len(line) - len(line.lstrip(" \t"))
            ls = prev
        return s

    def _street_starts(self, text: str, blocks: bool = True) -> list[tuple[int, int, str]]:
        """Candidate first lines, sorted by start: street lines, numbered lines, named houses.

        Numbered lines and named houses open only a block down to a postcode: ``blocks=False`` (a text
        with no postcode) leaves them out.

        A coverage mask (not a scan of the list) keeps this linear when a hostile text holds
        a street line every 16 characters ("12 High Street, " repeated to a megabyte).
        """
        house_rx, _ = self._blocks
        scan = text[: self.window * 64]
        covered = bytearray(len(scan) + 1)
        streets: list[tuple[int, int, str]] = []

        def add(st: int, e: int, pname: str) -> None:
            covered[st:e] = b"\x01" * (e - st)
            streets.append((st, e, pname))

        low = folded_lower(scan) if any(self._folded) else None
        for (pname, rx), folded in zip(self.patterns, self._folded, strict=True):
            for m in (folded.finditer(low) if folded is not None and low is not None else rx.finditer(scan)):
                if _LEAD_OK.search(text, max(0, m.start() - 40), m.start()) or m.start() == 0 \
                        or (_POSTCODE_SOON.match(text, m.end(), m.end() + 60)
                            and not _UNIT_BEFORE.search(text, max(0, m.start() - 16), m.start())):
                    add(m.start(), m.end(), pname)
        if not blocks:
            streets.sort()
            return streets
        for m in _NUMBERED_RX.finditer(scan):
            st = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t"))
            if not covered[st]:
                add(st, m.end(), "numbered line")
        if house_rx is not None and self._may_hold_house(scan):
            for m in house_rx.finditer(scan):
                if not covered[m.start(1)]:
                    add(m.start(1), m.end(1), "named house")
        streets.sort()
        return streets

    def _first_line_for(self, text: str, pc: Postcode, streets: list[tuple[int, int, str]],
                        starts: list[int], used: set[int]) -> tuple[int, int, str] | None:
        """The nearest street line above a postcode that joins it (at most MAX_LINES lines up)."""
        lo = bisect.bisect_left(starts, pc.start - self.MAX_REACH)
        hi = bisect.bisect_left(starts, pc.start)
        for s, e, pname in reversed(streets[lo:hi]):
            if s in used:
                continue
            between = text[s:pc.start]
            if pname in ("numbered line", "named house") and between.count("\n") > 3:
                continue
            if between.count("\n") > self.MAX_LINES - 1 or "\n\n" in between.replace("\r", ""):
                continue
            if _NOT_IN_ADDRESS.search(between.rstrip(" \t,|")):   # spans table cells or holds numbers
                continue
            return s, e, pname
        return None

    def scan_text(self, text: str, where: str = "body", layout: Layout | None = None) -> list[Identifier]:
        if self.REQUIRES is not None and not self.REQUIRES.search(text):
            return []     # no postcode, and no street line: each of PATTERNS holds its house number (REQUIRES)
        pcs = self._postcodes.postcodes(text)
        _, lead_rx = self._blocks
        biz = business_rx(self.cfg)
        streets = self._street_starts(text, blocks=bool(pcs))
        starts = [s for s, _, _ in streets]
        out: list[Identifier] = []
        used: set[int] = set()
        for pc in pcs:
            best = self._first_line_for(text, pc, streets, starts, used)
            if best is None:
                best = self._labelled_field(text, pc)
            if best is None:
                continue
            s, _, pname = best
            used.add(s)
            if pname != "address field":
                s = self._extend(text, s, lead_rx)
            if business_block(text, s, pc.end, biz):
                continue     # the organisation's own letterhead, signature or footer
            body = text[s:pc.start]
            parts = [p.strip(" ,") for p in _LINE_OR_COMMA.split(body) if p.strip(" ,")]
            value = ", ".join([*parts, pc.value])
            out.append(self._make(value, text[s:pc.end], s, pc.end, where, pname, text, with_pc=True))
        out.extend(self._labelled_lines(text, streets, used, where))
        out.extend(self._record_row_lines(text, streets, used, where))
        return out

    @staticmethod
    def _labelled_field(text: str, pc: Postcode) -> tuple[int, int, str] | None:
        """An "Address:" field whose value runs to the postcode on its line, whatever its first line ("Address: Bryn
        Awel, Ffordd Caergybi, Bangor, LL57 2EF": a house's name alone, a street word written first)."""
        ls = text.rfind("\n", 0, pc.start) + 1
        m = _ADDRESS_FIELD.search(text, ls, pc.start)
        if m is None or "," not in text[m.end():pc.start] or _NOT_IN_ADDRESS.search(text, m.end(), pc.start):
            return None
        return m.end(), m.end(), "address field"

    def _record_row_lines(self, text: str, streets: list[tuple[int, int, str]], used: set[int],
                          where: str) -> list[Identifier]:
        """A street line that is one field of a record row ("JONES Ann - CHI 0101011234 - 12 Mill Lane - insulin"):
        set off by " - " or a pipe on a line that also holds a health number, with no postcode: reported as written."""
        out: list[Identifier] = []
        for s, e, pname in streets:
            if s in used or pname in ("numbered line", "named house"):
                continue
            ls = text.rfind("\n", 0, s) + 1
            le = text.find("\n", e)
            le = len(text) if le < 0 else le
            if not _ROW_FIELD_BEFORE.search(text, max(ls, s - 4), s):
                continue
            cut = _ROW_FIELD_AFTER.search(text, s, le)
            line_end = cut.start() if cut else le
            if not _ROW_NUMBER.search(text, ls, le) or _NOT_IN_ADDRESS.search(text, s, line_end):
                continue
            if line_end < e and not any(rx.fullmatch(text, s, line_end) for _, rx in self.patterns):
                continue     # "66 Mill Road - DNACPR in place": the street line ends at the field's end
            value = " ".join(text[s:line_end].split()).strip(" ,.")
            out.append(self._make(value, text[s:line_end], s, line_end, where, pname, text, with_pc=False))
        return out

    def _labelled_lines(self, text: str, streets: list[tuple[int, int, str]], used: set[int],
                        where: str) -> list[Identifier]:
        """A numbered street line after an "Address:" label, with no postcode: reported as written."""
        out: list[Identifier] = []
        for s, e, pname in streets:
            if s in used or pname in ("numbered line", "named house"):
                continue
            label = label_before(text, s)
            if has_phrase(words(label), self.context):
                line_end = text.find("\n", e, e + 400)
                line_end = min(len(text), e + 400) if line_end < 0 else line_end
                tab = text.find("\t", s, line_end)
                line_end = tab if tab >= 0 else line_end
                stop = _CLAUSE_END.search(text, e, line_end)     # "lives at 12 Mill Lane, Leeds. He opened …"
                line_end = stop.start() if stop else line_end
                if _NOT_IN_ADDRESS.search(text[s:line_end]):
                    continue
                value = " ".join(text[s:line_end].split()).strip(" ,.")
                out.append(self._make(value, text[s:line_end], s, line_end, where, pname, text, with_pc=False))
        return out

    def _make(self, value: str, raw: str, s: int, e: int, where: str, pname: str, text: str,
              *, with_pc: bool) -> Identifier:
        label = label_before(text, s)
        pos = has_phrase(words(label), self.context)
        ev = {"recognizer": self.name, "pattern": pname, "validator": "postcode" if with_pc else "label",
              "joined": "street line to postcode" if with_pc else "labelled street line"}
        if pos:
            ev["context"] = pos
        conf = self.base + (self.boost if pos else 0.0) - (0.0 if with_pc else 0.15)
        return Identifier(kind=self.kind, value=value, text=raw, where=where, confidence=min(conf, 1.0),
                          evidence=ev, start=s, end=e)
