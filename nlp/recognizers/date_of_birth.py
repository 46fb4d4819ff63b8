"""Dates of birth: a date is a DOB by its context, never by its shape.

Accepted when a DOB label comes right before the date ("DOB", "D.O.B", "Date of birth",
"born"), when "(DOB)" follows it, or when it stands in brackets straight after a person's
name ("Results for SMITH, Jane (14/07/1962)"), or in its own cell after a name cell in a header-less list
row ("Y8  Amelia Nowicka  03.06.2013  mum: …"; not when under a year ago, as a visit date would be). UK day-first; every common written form;
not in the future; not over 120 years ago; children included. Appointment, admission,
sample and "Printed:" dates are refused by their labels. A cue may also follow the date ("… is my
birthday", "03/02/58 DOB"). Numeric dates are day-first; month-first only when day-first is
impossible ("11/22/1972").
"""

from __future__ import annotations

import re
from datetime import date
from typing import ClassVar

from breachdesk.model import Identifier
from nlp.recognizers.base import Recognizer
from nlp.recognizers.validators import parse_date

_DOB_AFTER = re.compile(r"\s{0,3}\(\s{0,2}(?:dob|d\.o\.b\.?|date of birth|born)\s{0,2}\)", re.I)
# The cue after the date: "14/07/1962 is my birthday", "03/02/58 - DOB", "12.3.1990 (her date of birth)";
# not when another date follows the cue ("seen 14/07/2025, DOB 01/02/1960": that cue is the next date's).
_CUE_AFTER = re.compile(r"[ \t]{0,3}(?:[(,\-–][ \t]{0,3})?(?:(?:is|was|being)[ \t]{1,3})?(?:(?:my|her|his|their|the|"
                        r"patient'?s|pt'?s|child'?s)[ \t]{1,3})?(?:dob|d\.o\.b\.?|date[ \t]of[ \t]birth|birth[ \t]?date|"
                        r"birthday)\b(?![ \t:.\-]{0,4}\d)", re.I)
# "Surname, Forename (" or "Title Forename SURNAME (" right before the date's bracket.
_NAME_BEFORE = re.compile(
    r"(?P<title>(?:Mr|Mrs|Ms|Miss|Mx|Master|Dr)\.?\s{1,3})?"
    r"[A-Z][\w'’\-]{1,30},?(?:\s{1,3}[A-Z][\w'’\-]{1,30}){0,3}\s{0,3}\(\s{0,2}(?:b\.\s{0,2})?$")   # "(b. 14/07/1962)"
# A list row: "  OYELARAN, Beatrice  11 Feb 1948  MRN …" (SURNAME, Forename, then the date).
# (a printed list's row may open with its slot's time, "9:20 DEVLIN, Padraig 07/08/2001 …", and a PDF's text
# keeps one space between cells)
_ROW_NAME = re.compile(r"(?:^|\n)[ \t]*(?:(?:\d{1,3}[.)]|[-•*·]|\d{1,2}[:.]\d{2})[ \t]{1,3})?[A-Z\u00C0-\u017F][A-Z\u00C0-\u017F'’\-]+,[ \t]*"
                       r"[A-Z\u00C0-\u017F][\w'’\-]+(?:[ \t][A-Z\u00C0-\u017F][\w'’\-]+)?[ \t]*"
                       r"(?:(?:(?:[-–|,]|\s{2,}|\t)[^\n\-–|,\t]{1,30}){0,2}(?:[-–|,]|\s{2,}|\t)[ \t]*|(?<=[\w'’][ ]))$")
# A list row with a name and a health number before the date: "1<TAB>AP RHYS Ffion<TAB>7170412594<TAB>04.01.1932"
_ROW_WITH_NUMBER = re.compile(r"(?:^|\n)[ \t]{0,8}(?:\d{1,3}[.)\t][ \t]{0,3})?[A-Z\u00C0-\u017F][\w'’\-]{1,30}"
                              r"(?:[ ,]{1,2}[A-Za-z\u00C0-\u017F][\w'’\-]{1,30}){1,3}(?:\t|[ ]{2,8}|[ ]?[|,\-–][ ]?)"
                              r"[ \t]{0,3}\d{3}[ -]?\d{3}[ -]?\d{4}(?:\t|[ ]{2,8}|[ ]?[|,\-–][ ]?)[ \t]{0,3}$")
# A column-laid list row with no header: "Y8  Amelia Nowicka  03.06.2013  mum: …", "4 | Tom Rudd | 1/2/1990 | …":
# a short lead cell at most, a Forename Surname cell, then the date as its own cell (column gaps both sides).
_ROW_PLAIN_NAME = re.compile(r"(?:^|\n)[ \t]{0,8}(?:[\w.)]{1,4}(?:\t|[ ]{1,4}|[ ]?\|[ ]?))?[A-Z\u00C0-\u017F][\w'’\-]*"
                             r"(?:[ ][A-Z\u00C0-\u017F][\w'’\-]*){1,3}(?:\t|[ ]{2,8}|[ ]?\|[ ]?)$")
# Clinical shorthand: "for JONES Emma 28/10/1985 NHS 432 …" (a SURNAME Forename, the date, then a health number)
_CAPS_NAME_BEFORE = re.compile(r"(?<![\w'’\-])[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE'’\-]{1,30},?[ \t][A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'’\-]{1,30}"
                               r"[ \t]{1,3}$")
_NUMBER_CUE_AFTER = re.compile(r"[ \t,]{1,3}(?:(?i:nhs|chi|h&c|hcn|mrn|hosp(?:ital)?)|[A-Z]{1,3}\d{6,8})\b")
# "… another pts sheet was in the pic - Kevin Barraclough, 19/04/59, 'L TKR …'": a Forename Surname, a comma,
# the date, then a comma or the end (a date years ago, as a date of birth is)
_NAME_COMMA_BEFORE = re.compile(r"(?<![\w'’\-])[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'’\-]{1,30}"
                                r"(?:[ \t][A-Z\u00C0-\u00DE][\w'’\-]{1,30}){1,2},[ \t]{1,2}$")
# the age in brackets a clinical system prints after a date of birth: "03-Jul-1964 (62y)", "14/02/1950 (aged 76)",
# "2.3.2019 (7 yrs)"; the date must be at least that long ago (the mail may be older than today)
_AGE_AFTER = re.compile(r"[ \t]{0,2}\([ \t]{0,2}(?:(?:age|aged)[ \t:]{0,2}(\d{1,3})[ \t]{0,2}(?:y|yo|yr|yrs|years?|y/o)?|"
                        r"(\d{1,3})[ \t]{0,2}(?:y|yo|yr|yrs|years?|y/o))(?:[ \t]{0,2}\d{1,2}[ \t]{0,2}m)?[ \t]{0,2}\)", re.I)
_COMMA_OR_END = re.compile(r"[ \t]{0,2}(?:[,;.]|$)", re.M)
_CELL_END = re.compile(r"(?:\t|[ ]{2,}|[ ]?\|)")
_NOT_NAME = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "date",
             "dated", "appointment", "clinic", "printed", "sent", "received", "admitted", "discharged"}
# a word of an organisation's or a place's name, never a surname: "Brook Lane Surgery (12/03/2024)", "Ward 5
# Reception (…)", "Hillside Care Home (…)" is when something happened there, not a date of birth. A titled
# name is a person's whatever its words ("Mrs Jean Lodge (14/07/1962)")
_ORG_WORDS = {"surgery", "surgeries", "practice", "centre", "center", "clinic", "clinics", "hospital", "hospitals",
              "trust", "unit", "service", "services", "department", "dept", "pharmacy", "hospice", "infirmary",
              "school", "college", "council", "board", "ltd", "limited", "plc", "llp", "partnership", "team",
              "foundation", "university", "icb", "ccg", "pcn", "nhs", "lodge", "academy", "nursery", "agency", "ward",
              "wards", "reception", "office", "hub", "wing", "suite", "home", "homes", "medical", "healthcare",
              "group", "federation", "alliance", "institute", "laboratory", "laboratories", "directorate",
              "library", "station", "prison", "authority", "gp", "gps"}


def _years_ago(written: str) -> float:
    """How long ago a written date was (an appointment or visit date in a list is recent or ahead)."""
    d = parse_date(written)
    return (date.today() - d).days / 365.25 if d else -1.0


# "born 1937 (2/2/37)", "dob 1961 (14.7.61)": the year of birth, then the full date in brackets
_YEAR_THEN_BRACKET = re.compile(r"(?i)\b(?:born|dob|d\.o\.b\.?)[ \t:]{0,3}(?:in[ \t])?((?:19|20)\d{2})[ \t]{0,2}\($")


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
        if (a := _AGE_AFTER.match(text, ident.end)) is not None \
                and _years_ago(ident.text) >= max(1, int(a.group(1) or a.group(2)) - 1):
            ident.evidence["context"] = "the age it gives in brackets after the date"
            return ident
        before = text[max(0, ident.start - 80):ident.start]
        if _ROW_WITH_NUMBER.search(before):
            ident.evidence["context"] = "in a list row after a name and a health number"
            ident.confidence = min(ident.confidence, 0.8)
            return ident
        if _ROW_NAME.search(before):
            ident.evidence["context"] = "after SURNAME, Forename in a list row"
            ident.confidence = min(ident.confidence, 0.8)
            return ident
        if _CELL_END.match(text, ident.end) and _ROW_PLAIN_NAME.search(before) and _years_ago(ident.text) >= 1:
            ident.evidence["context"] = "own cell after a name cell in a list row"
            ident.confidence = min(ident.confidence, 0.8)
            return ident
        if _CAPS_NAME_BEFORE.search(before) and _NUMBER_CUE_AFTER.match(text, ident.end) \
                and _years_ago(ident.text) >= 1:
            ident.evidence["context"] = "between SURNAME Forename and a health number"
            ident.confidence = min(ident.confidence, 0.8)
            return ident
        if (m := _NAME_COMMA_BEFORE.search(before)) is not None and _COMMA_OR_END.match(text, ident.end) \
                and _years_ago(ident.text) >= 2 and not _org_or_date_words(m.group(0)):
            ident.evidence["context"] = "after 'Forename Surname,'"
            ident.confidence = min(ident.confidence, 0.8)
            return ident
        y = _YEAR_THEN_BRACKET.search(before)
        if y and ident.value[:4] == y.group(1):
            ident.evidence["context"] = "in brackets after the year of birth"
            return ident
        if _name_before_bracket(before):
            ident.evidence["context"] = "in brackets after a name"
            ident.confidence = min(ident.confidence, 0.85)
            return ident
        return None


_TOKEN = re.compile(r"[\w'’\-]+")


def _org_or_date_words(name: str) -> bool:
    toks = [t.lower() for t in _TOKEN.findall(name)]
    return any(t in _ORG_WORDS or t in _NOT_NAME for t in toks)


def _name_before_bracket(before: str) -> bool:
    """Whether the text before a date ends with a person's name and an open bracket ("Jane Smith (" …), not
    an organisation's or a place's ("Brook Lane Surgery (", "St Mary's Hospital Ward (")."""
    m = _NAME_BEFORE.search(before)
    if not m:
        return False
    toks = [t.lower() for t in _TOKEN.findall(m.group(0))]
    if not toks or toks[0] in _NOT_NAME or toks[-1] in _NOT_NAME:
        return False
    if m.group("title"):
        return True
    bare = [t[:-2] if t.endswith(("'s", "’s")) else t for t in toks]
    return not any(t in _ORG_WORDS for t in bare)
