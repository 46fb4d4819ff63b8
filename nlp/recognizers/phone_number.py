"""UK telephone numbers (via ``phonenumbers``), normalised to digits with a leading 0.

Only numbers written in UK national form (leading 0), with +44/0044, or with another country's
"+" and valid there (kept as "+353871234567") are considered, so a 10-digit reference such as
"564 794 6330" is never a phone; reference and NHS labels reject a match. Ofcom's drama ranges (07700 900xxx) are "possible", not "valid": kept.
"""

from __future__ import annotations

from typing import ClassVar

from nlp.recognizers.base import Recognizer


class PhoneNumberRecognizer(Recognizer):
    KIND = "phone_number"
    PATTERNS: ClassVar[list[tuple[str, str]]] = [
        ("UK national", r"(?<![\d+])0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}(?!\d)"),
        ("bracketed area code", r"\(0\d{2,4}\)\s?\d{3,4}[ -]?\d{3,4}(?!\d)"),
        ("international +44", r"(?:\+|00)44[\s-]?(?:\(0\)\s?)?\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}(?!\d)"),
        ("international +44, bracketed area code", r"(?:\+|00)44\s?\(0?\d{2,4}\)\s?\d{3,4}[ -]?\d{3,4}(?!\d)"),
        ("international, another country", r"(?<![\w+])\+(?!44)[1-9]\d{0,2}(?:[ .-]?\(\d{1,4}\))?[ .-]?\d[\d .-]{5,17}\d(?![\d-])"),
    ]
    CONTEXT: ClassVar[list[str]] = ["tel", "telephone", "phone", "mobile", "mob", "contact"]
    NEGATIVE_CONTEXT: ClassVar[list[str]] = ["ref", "nhs", "order", "invoice", "datix", "account", "fax"]
    SCORE = 0.8
    CONTEXT_BOOST = 0.15
    VALIDATOR = "uk_phone"
