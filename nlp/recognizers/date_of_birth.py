"""Dates of birth: a date is a DOB by its context, never by its shape.

Accepted when a DOB label comes right before the date ("DOB", "D.O.B", "Date of birth",
"born"), when "(DOB)" follows it, or when it stands in brackets straight after a person's
name ("Results for SMITH, Jane (14/07/1962)"). UK day-first; every common written form;
not in the future; not over 120 years ago; children included. Appointment, admission,
sample and "Printed:" dates are refused by their labels. A cue may also follow the date ("… is my
birthday", "03/02/58 DOB"). Numeric dates are day-first; month-first only when day-first is
impossible ("11/22/1972").
"""

from __future__ import annotations

import re
from typing import ClassVar

from breachdesk.model import Identifier
from nlp.recognizers.base import Recognizer

_DOB_AFTER = re.compile(r"\s{0,3}\(\s{0,2}(?:dob|d\.o\.b\.?|date of birth|born)\s{0,2}\)", re.I)
# The cue after the date: "14/07/1962 is my birthday", "03/02/58 - DOB", "12.3.1990 (her date of birth)";
# not when another date follows the cue ("seen 14/07/2025, DOB 01/02/1960": that cue is the next date's).
_CUE_AFTER = re.compile(r"[ \t]{0,3}(?:[(,\-–][ \t]{0,3})?(?:(?:is|was|being)[ \t]{1,3})?(?:(?:my|her|his|their|the|"
                        r"patient'?s|pt'?s|child'?s)[ \t]{1,3})?(?:dob|d\.o\.b\.?|date[ \t]of[ \t]birth|birth[ \t]?date|"
                        r"birthday)\b(?![ \t:.\-]{0,4}\d)", re.I)
# "Surname, Forename (" or "Title Forename SURNAME (" right before the date's bracket.
_NAME_BEFORE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Master|Dr)\.?\s{1,3})?"
    r"[A-Z][\w'’\-]{1,30},?(?:\s{1,3}[A-Z][\w'’\-]{1,30}){0,3}\s{0,3}\(\s{0,2}$")
# A list row: "  OYELARAN, Beatrice  11 Feb 1948  MRN …" (SURNAME, Forename, then the date).
_ROW_NAME = re.compile(r"(?:^|\n)[ \t]*(?:(?:\d{1,3}[.)]|[-•*·])[ \t]{1,3})?[A-Z\u00C0-\u017F][A-Z\u00C0-\u017F'’\-]+,[ \t]*"
                       r"[A-Z\u00C0-\u017F][\w'’\-]+(?:[ \t][A-Z\u00C0-\u017F][\w'’\-]+)?[ \t]*(?:[-–|,]|\s{2,}|\t)[ \t]*$")
_NOT_NAME = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "date",
             "dated", "appointment", "clinic", "printed", "sent", "received", "admitted", "discharged"}


class DateOfBirthRecognizer(Recognizer):
    KIND = "date_of_birth"
    PATTERNS: ClassVar[list[tuple[str, str]]] = [
        ("numeric day-first", r"(?<!\d)\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})(?!\d)"),
        ("ISO", r"(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)"),
        ("day month year", r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?:\s{1,3}|-|/)(?:of\s)?[A-Za-z]{3,9}\.?,?"
                           r"(?:\s{1,3}|-|/)(?:\d{4}|\d{2})(?!\d)"),
        ("month day year", r"\b[A-Za-z]{3,9}\.?\s{1,3}\d{1,2}(?:st|nd|rd|th)?,?\s{1,3}\d{4}(?!\d)"),
    ]
    CONTEXT: ClassVar[list[str]] = ["dob", "d.o.b", "date of birth", "birth date", "born", "birthdate"]
    NEGATIVE_CONTEXT: ClassVar[list[str]] = ["printed", "appointment", "appt", "admitted", "discharged",
                                             "sample", "seen", "clinic"]
    SCORE = 0.9
    CONTEXT_BOOST = 0.0
    VALIDATOR = "date"

    def accept(self, ident: Identifier, text: str, label: str) -> Identifier | None:
        if "context" in ident.evidence:
            return ident
        if _DOB_AFTER.match(text, ident.end):
            ident.evidence["context"] = "(DOB) after the date"
            return ident
        if _CUE_AFTER.match(text, ident.end):
            ident.evidence["context"] = "DOB cue after the date"
            return ident
        before = text[max(0, ident.start - 80):ident.start]
        if _ROW_NAME.search(before):
            ident.evidence["context"] = "after SURNAME, Forename in a list row"
            ident.confidence = min(ident.confidence, 0.8)
            return ident
        m = _NAME_BEFORE.search(before)
        if m and m.group(0).split()[0].strip(",(").lower() not in _NOT_NAME:
            last = re.findall(r"[\w'’\-]+", m.group(0))
            if last and last[-1].lower() not in _NOT_NAME:
                ident.evidence["context"] = "in brackets after a name"
                ident.confidence = min(ident.confidence, 0.85)
                return ident
        return None
