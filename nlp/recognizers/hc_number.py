"""Northern Ireland Health and Care (H&C) number: 10 digits, Modulus 11, 320-399m."""

from __future__ import annotations

from typing import ClassVar

from nlp.recognizers.base import Recognizer


class HcNumberRecognizer(Recognizer):
    KIND = "hc_number"
    HEADER_CONTEXT = True
    PATTERNS: ClassVar[list[tuple[str, str]]] = [
        ("3-3-4 digits", r"(?<![\d-])\d{3}([ -]?)\d{3}\1\d{4}(?![\d-])")]
    CONTEXT: ClassVar[list[str]] = ["h&c", "hcn", "health and care", "nhs"]
    NEGATIVE_CONTEXT: ClassVar[list[str]] = ["ref", "order", "invoice", "datix", "tel", "phone", "account"]
    SCORE = 0.45
    CONTEXT_BOOST = 0.5
    VALIDATOR = "hc_mod11"
