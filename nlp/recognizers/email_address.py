"""E-mail addresses, lower-cased."""

from __future__ import annotations

import re
from typing import ClassVar

from nlp.recognizers.base import Recognizer


class EmailAddressRecognizer(Recognizer):
    KIND = "email_address"
    PATTERNS: ClassVar[list[tuple[str, str]]] = [
        ("address", r"\b[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,6}"
                    r"\.(?:[Xx][Nn]--[A-Za-z0-9\-]{1,59}|[A-Za-z]{2,24})\b")]
    CONTEXT: ClassVar[list[str]] = ["email", "e-mail", "mailto"]
    SCORE = 0.9
    CONTEXT_BOOST = 0.05
    VALIDATOR = "email"
    REQUIRES = re.compile("@")
