"""UK postcodes: outward code from a known postcode area, inward digit + two letters.

Normalised to upper case with one space ("M20 6XH"). Lower-case or run-together forms
("m20 6xh", "L155NQ") are accepted where an address line would put them: at the end of
a line or field.
"""

from __future__ import annotations

import re
from typing import ClassVar

from breachdesk.model import Identifier
from nlp.recognizers.base import Recognizer

_AFTER_OK = re.compile(r"[\s,.;)]*(?:\n|$)")


class PostcodeRecognizer(Recognizer):
    KIND = "postcode"
    PATTERNS: ClassVar[list[tuple[str, str]]] = [
        ("UK postcode", r"(?i)\b[A-Z]{1,2}\d[A-Z\d]?\s{0,2}\d[A-Z]{2}\b")]
    CONTEXT: ClassVar[list[str]] = ["postcode", "post code", "address"]
    SCORE = 0.85
    CONTEXT_BOOST = 0.1
    VALIDATOR = "postcode"

    def accept(self, ident: Identifier, text: str, label: str) -> Identifier | None:
        if ident.text.isupper() and " " in ident.text:
            return ident
        if "context" in ident.evidence or _AFTER_OK.match(text, ident.end):
            ident.evidence["form"] = "lower case or run together, at the end of an address field"
            return ident
        return None
