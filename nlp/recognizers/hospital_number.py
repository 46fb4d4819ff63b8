"""Local hospital numbers (case-note, PAS, MRN, unit number), configurable per trust.

The shipped config has two entries of this kind: a labelled one ("Hospital No:", "MRN",
"Unit No", "K-number" …) that needs its label, and a trust-format one (``RX?`` + six
digits) that does not. Values are upper-case letters and digits. A letter-prefixed number
that is already whole ("RXN647875") never takes in a digit run after a space
("RXN647875 9434765919": the NHS number that follows), while "RH4 882107" stays one number.
"""

from __future__ import annotations

import re
from typing import ClassVar

from breachdesk.model import Identifier
from nlp.recognizers.base import Recognizer

_LETTER_PREFIXED = re.compile(r"[A-Z]{1,4}\d{5,10}[A-Z]?")
_WHOLE_THEN_DIGITS = re.compile(r"([A-Za-z]{1,4}[-/]?\d{5,}[A-Za-z]?)[ ]((?:\d[ -]?){6,})")
_NOT_DIGIT = re.compile(r"[^0-9]")
_NOT_ALNUM = re.compile(r"[^A-Z0-9]")
_LETTERS_DIGIT = re.compile(r"[A-Za-z]{1,4}\d")
# two spaces or more inside a match: a column gap between two fields
_COLUMN_GAP = re.compile(r"[ ]{2,}")
# "the banner has her name and hosp number on it - jo bloggs, rx1770452, f 44": the sentence named the field
_SENTENCE_LABEL = re.compile(r"\b(?:hosp(?:ital)?\.?[ ]?(?:no|number|numbers|nos)|mrn)\b[^.!?\n]{0,70}$", re.I)


class HospitalNumberRecognizer(Recognizer):
    KIND = "hospital_number"
    PATTERNS: ClassVar[list[tuple[str, str]]] = [
        ("labelled alphanumeric",
         r"\b(?!(?i:no|id|nr|num|mrn|pas|rio|crn|epr|emis|ref)\b)[A-Za-z]{0,4}[-/ ]?\d[\d/ -]{3,12}\d[A-Za-z]?\b")]
    CONTEXT: ClassVar[list[str]] = ["hospital no", "hospital number", "hosp no", "mrn", "unit no",
                                    "unit number", "case note", "pas no", "k number", "rio", "clinic no"]
    NEGATIVE_CONTEXT: ClassVar[list[str]] = ["ref", "order", "invoice", "datix", "tel", "phone", "nhs", "bed"]
    SCORE = 0.3
    CONTEXT_BOOST = 0.6
    VALIDATOR = "hospital_number"
    # a row of a text table under "… NHS No  Hosp No …" (a PDF's clinic list): the header names the column
    HEADER_CONTEXT = True

    def accept(self, ident: Identifier, text: str, label: str) -> Identifier | None:
        gap = _COLUMN_GAP.search(ident.text)
        if gap:      # "Attendance No: MIU2611873   31/10/2026": a column gap ends the number, the date is the next field
            head = ident.text[:gap.start()]
            if len(_NOT_DIGIT.sub("", head)) < 5:
                return None
            ident.text, ident.end = head, ident.start + len(head)
            ident.value = _NOT_ALNUM.sub("", head.upper())
        m = _WHOLE_THEN_DIGITS.fullmatch(ident.text)
        if m:    # the letter-prefixed number is whole; the digits after the space are another field
            head = m.group(1)
            ident.text, ident.end = head, ident.start + len(head)
            ident.value = _NOT_ALNUM.sub("", head.upper())
        if "context" not in ident.evidence and _LETTER_PREFIXED.fullmatch(ident.value) \
                and _LETTERS_DIGIT.search(ident.text) and _SENTENCE_LABEL.search(text, max(0, ident.start - 80), ident.start):
            ident.evidence["context"] = "hospital number named earlier in the sentence"
            ident.confidence = max(ident.confidence, 0.8)
        if str(ident.evidence.get("context", "")).endswith("(column header)") \
                and not _LETTER_PREFIXED.fullmatch(ident.value):
            return None     # the header names the line's columns, not which one: only a letter-prefixed number
        return ident
