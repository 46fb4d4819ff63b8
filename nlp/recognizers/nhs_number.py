"""NHS number (England, Wales, Isle of Man): 10 digits, Modulus 11, 400-499m / 600-799m.

A valid check digit alone is weak evidence (1 in 11 random numbers pass): the score rises
with the allocated range and an "NHS No" label, and references ("Our ref", "Order ref",
"Invoice", "Datix") are refused. 999m test numbers are reported, marked ``test_number``. A number in
the CHI range (010-311m) is an NHS number only under an "NHS No" label in mail that is not Scottish:
in Scotland it is the CHI number, and the chi_number recogniser owns it.
"""

from __future__ import annotations

import re
from typing import ClassVar

from breachdesk.model import Identifier
from nlp.recognizers.base import Recognizer
from nlp.recognizers.chi_number import scottish
from nlp.recognizers.validators import v_chi

CONTEXT = ["nhs", "nhs no", "nhs number", "nhs num"]
NEGATIVE_CONTEXT = ["ref", "our ref", "order", "invoice", "datix", "tel", "phone", "fax", "account",
                    "hospital no", "mrn", "unit no", "chi", "h&c"]


class NhsNumberRecognizer(Recognizer):
    KIND = "nhs_number"
    HEADER_CONTEXT = True
    PATTERNS: ClassVar[list[tuple[str, str]]] = [
        ("3-3-4 digits", r"(?<![\d-])\d{3}([ -]?)\d{3}\1\d{4}(?![\d-])")]
    CONTEXT = CONTEXT
    NEGATIVE_CONTEXT = NEGATIVE_CONTEXT
    SCORE = 0.5
    CONTEXT_BOOST = 0.45
    VALIDATOR = "nhs_mod11"

    def accept(self, ident: Identifier, text: str, label: str) -> Identifier | None:
        if ident.evidence.get("range") == "scotland" and not self._nhs_labelled_outside_scotland(ident, text):
            return None
        return ident

    @staticmethod
    def _nhs_labelled_outside_scotland(ident: Identifier, text: str) -> bool:
        """A CHI-range number under "NHS No" (not a bare "NHS" in a trust's name), in mail that is not Scottish,
        and not a CHI number (a real date of birth) from a Scottish patient in an English list."""
        ctx = str(ident.evidence.get("context") or "")
        labelled = ctx.startswith(("nhs no", "nhs number", "nhs num")) or (
            ident.start >= 0 and _NHS_RIGHT_BEFORE.search(text, max(0, ident.start - 8), ident.start) is not None)
        return labelled and v_chi(ident.value) is None and not scottish(text)


# "(NHS 078 967 0852, DOB …)": "NHS" right before the number on its line, as a label (not "NHS Trust" above it)
_NHS_RIGHT_BEFORE = re.compile(r"\bNHS[ \t]?[:#]?[ \t]?\Z", re.I)
