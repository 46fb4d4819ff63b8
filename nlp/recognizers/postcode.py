"""UK postcodes: outward code from a known postcode area, inward digit + two letters.

Normalised to upper case with one space ("M20 6XH"). Lower-case or run-together forms
("m20 6xh", "L155NQ") are accepted where an address line would put them: at the end of
a line or field. A postcode in an organisation's letterhead, signature or footer block
(`[addresses] business_words`) is left out.
"""

from __future__ import annotations

import functools
import re
from typing import Any, ClassVar, NamedTuple

from breachdesk.model import Identifier
from nlp.recognizers.base import Recognizer
from nlp.text import Layout, business_block, business_rx

_AFTER_OK = re.compile(r"[ \t\r,.;)]{0,20}(?:\n|$)")
# right before a lower-case postcode in a sentence: a house number and street ("12 fairfield rd ne4 9ap",
# "4 high st, leeds, ls8 5qr"), with at most a town between
_STREET_BEFORE = re.compile(
    r"(?i)\b\d{1,4}[a-z]?,?[ \t]{1,2}(?:[a-z'\-]{2,20}[ \t]{1,2}){1,3}"
    r"(?:rd|road|st|street|ave|avenue|close|cl|lane|ln|drive|dr|way|court|ct|crescent|cres|place|pl|gardens|gdns|"
    r"grove|gr|terrace|terr|view|walk|row|square|sq|park|hill|mews|green|rise|parade|estate|villas)\.?"
    r"(?:,?[ \t]{1,2}[a-z'\-]{2,20}){0,2},?[ \t]{1,3}$")


class PostcodeRecognizer(Recognizer):
    KIND = "postcode"
    PATTERNS: ClassVar[list[tuple[str, str]]] = [
        ("UK postcode", r"(?i)\b[A-Z]{1,2}\d[A-Z\d]?\s{0,2}\d[A-Z]{2}\b")]
    CONTEXT: ClassVar[list[str]] = ["postcode", "post code", "address"]
    SCORE = 0.85
    CONTEXT_BOOST = 0.1
    VALIDATOR = "postcode"

    def scan_text(self, text: str, where: str = "body", layout: Layout | None = None) -> list[Identifier]:
        found = super().scan_text(text, where, layout)
        biz = business_rx(self.cfg)
        if biz is not None:
            # an organisation's letterhead, signature or footer postcode ("Hillside Surgery / 12 Church
            # Street / Leeds / LS1 4AP", "Registered office: …, NG90 1BS") is not a data subject's
            found = [i for i in found if i.start < 0 or not business_block(text, i.start, i.end, biz, above=3)]
        _LAST[0] = (self._scan_key, self.cfg, text, [Postcode(i.start, i.end, i.value) for i in found])
        return found

    def postcodes(self, text: str) -> list[Postcode]:
        """Where :meth:`scan_text` finds a postcode in ``text``, and its value (the same for any ``where``).

        The address recogniser asks for the postcodes of the text the postcode recogniser has just
        scanned: when both are of one make (patterns, context, scores, config), that scan's are used.
        """
        last = _LAST[0]
        if last is None or last[0] != self._scan_key or last[1] is not self.cfg or last[2] != text:
            self.scan_text(text)
            last = _LAST[0]
        return last[3]

    @functools.cached_property
    def _scan_key(self) -> tuple[Any, ...]:
        """Everything but the text that decides what :meth:`scan_text` finds (the config compared by identity)."""
        return (type(self), tuple((n, rx.pattern, rx.flags) for n, rx in self.patterns),
                tuple(map(tuple, self.context)), tuple(map(tuple, self.negative)), self.base, self.boost,
                self.validator_name, self.window)

    def accept(self, ident: Identifier, text: str, label: str) -> Identifier | None:
        if " " in ident.text and (ident.text.isupper() or any(p.isupper() for p in ident.text.split())):
            return ident    # spaced, and one half in capitals ("sw1A 0AA", "EC2V 7hh"): no word is written so
        if "context" in ident.evidence or _AFTER_OK.match(text, ident.end):
            ident.evidence["form"] = "lower case or run together, at the end of an address field"
            return ident
        if _STREET_BEFORE.search(text, max(0, ident.start - 80), ident.start):
            ident.evidence["form"] = "lower case or run together, after a house number and street"
            return ident
        return None


class Postcode(NamedTuple):
    start: int
    end: int
    value: str


# the last scan's postcodes: (make, config, text, postcodes)
_LAST: list[tuple[tuple[Any, ...], Any, str, list[Postcode]] | None] = [None]
