"""NHS number (England, Wales, Isle of Man): 10 digits, Modulus 11, 400-499m / 600-799m.

A valid check digit alone is weak evidence (1 in 11 random numbers pass): the score rises
with the allocated range and an "NHS No" label, and references ("Our ref", "Order ref",
"Invoice", "Datix") are refused. 999m test numbers are reported, marked ``test_number``.
"""

from __future__ import annotations

from typing import ClassVar

from nlp.recognizers.base import Recognizer

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
