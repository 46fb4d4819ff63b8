"""Scottish CHI number: DDMMYY + 4 digits, a real date, Modulus 11, 010-311m.

The ninth digit is even for women and odd for men (kept in the evidence). Without a
"CHI" label a CHI-shaped number scores below the reporting threshold.
"""

from __future__ import annotations

from typing import ClassVar

from nlp.recognizers.base import Recognizer


class ChiNumberRecognizer(Recognizer):
    KIND = "chi_number"
    PATTERNS: ClassVar[list[tuple[str, str]]] = [("10 digits (6+4)", r"(?<![\d-])\d{6}[ -]?\d{4}(?![\d-])")]
    CONTEXT: ClassVar[list[str]] = ["chi", "chi no", "chi number", "community health index"]
    NEGATIVE_CONTEXT: ClassVar[list[str]] = ["ref", "order", "invoice", "datix", "tel", "phone", "account"]
    SCORE = 0.45
    CONTEXT_BOOST = 0.5
    VALIDATOR = "chi"
