"""Local hospital numbers (case-note, PAS, MRN, unit number), configurable per trust.

The shipped config has two entries of this kind: a labelled one ("Hospital No:", "MRN",
"Unit No", "K-number" …) that needs its label, and a trust-format one (``RX?`` + six
digits) that does not. Values are upper-case letters and digits.
"""

from __future__ import annotations

from typing import ClassVar

from nlp.recognizers.base import Recognizer


class HospitalNumberRecognizer(Recognizer):
    KIND = "hospital_number"
    PATTERNS: ClassVar[list[tuple[str, str]]] = [
        ("labelled alphanumeric", r"\b(?!(?i:no)\b)(?:[A-Za-z]{1,4}[-/ ]?\d[\d/-]{3,12}\d[A-Za-z]?"
                                  r"|\d[\d/ -]{3,12}\d[A-Za-z]?)\b")]
    CONTEXT: ClassVar[list[str]] = ["hospital no", "hospital number", "hosp no", "mrn", "unit no",
                                    "unit number", "case note", "pas no", "k number", "rio", "clinic no"]
    NEGATIVE_CONTEXT: ClassVar[list[str]] = ["ref", "order", "invoice", "datix", "tel", "phone", "nhs", "bed"]
    SCORE = 0.3
    CONTEXT_BOOST = 0.6
    VALIDATOR = "hospital_number"
