"""Names of data subjects: field labels, titles, clinical-letter styles and spaCy PERSON.

Rules find "Patient: Mrs Jane DOE", "Re: SMITH, John, DOB …", "Next of kin: Anne Smith
(wife)", "Ms Rhiannon Lewandowska" and "Results for PALMER, Saoirse (…)"; spaCy's PERSON
entities add names written in prose. Staff are left out: signature blocks, names after a
staff label ("Consultant:", "Completed by"), clinicians' titles ("Dr", "Sister", "Dear Dr
X"), a name followed by a job title, and the people in the message headers — unless the
same name also stands in a patient field. Values are the name as written, without title.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from breachdesk.model import Identifier
from nlp.recognizers.base import Recognizer
from nlp.text import (
    Layout,
    alternation,
    fold_rx,
    folded_lower,
    has_phrase,
    label_before,
    line_bounds,
    phrase_lists,
    scan_spans,
    surname_first,
    windows,
    words,
)

_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*\.?(?![\w'’])")
_STRONG_LABELS = {"patient", "patient name", "pt", "pt name", "patients name", "name", "full name", "resident", "service user", "client",
                  "next of kin", "nok", "child", "pupil", "baby", "young person", "deceased",
                  "service user name", "tenant", "applicant", "employee", "staff member", "victim",
                  "individual", "mother", "father", "fob", "father of baby", "parent", "son", "daughter", "wife", "husband",
                  "partner", "carer", "surname", "forename", "stepfather", "stepmother", "step-father",
                  "step-mother", "stepdad", "stepmum", "step-dad", "step-mum", "grandmother", "grandfather",
                  "guardian", "foster carer", "sibling", "brother", "aunt", "uncle",
                  "account holder", "name of account holder", "payer", "payee", "father of the baby"}


# a regex's first character, standing for itself and taken once: a lower-case ASCII letter or a digit
_PLAIN_FIRST = re.compile(r"[a-z0-9](?![?*+{])")


def _by_first_char(alternatives: list[str], not_after: str) -> str | None:
    """The alternation of ``alternatives`` (regexes with no "|" outside brackets, in this order) opening at a
    character not after one of ``not_after``, regrouped by first character: "p(?<!X.)(?:atient|t)|n(?<!X.)(?:ok)"
    for "(?<!X)(?:patient|pt|nok)". The same matches: alternatives opening with different characters never match
    at one place, and those sharing one keep their order; the look at the character before moves after the
    first (``.``, the one just taken). Python's ``re`` then skips to those characters in C instead of trying every
    alternative at every position (None when one does not open with a lower-case ASCII letter or a digit)."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        if not _PLAIN_FIRST.match(alt):
            return None
        groups.setdefault(alt[0], []).append(alt[1:])
    return "|".join(f"{c}(?<!{not_after}.)(?:{'|'.join(g)})" for c, g in groups.items())


def _edge_words(alternatives: list[str]) -> str:
    """``\\b(?:…)`` before ``alternatives`` (each opening with a word character: the edge is no word character
    before it), regrouped by first character (see _by_first_char)."""
    grouped = _by_first_char(alternatives, r"\w")
    assert grouped is not None
    return "(?:" + grouped + ")"


# the characters IGNORECASE matches to a lower-case ASCII letter besides its capital ("ſ" ~ "s", "K" ~ "k")
_OTHER_CASES = {"i": "ıİ", "k": "\u212a", "s": "ſ"}


def _edge_words_any_case(words: list[str]) -> str:
    """``\\b(?i:…)`` before ``words`` (each opening with a lower-case ASCII letter), its first letter taken first in
    any case, then the word chosen by it: "[fFrR](?<!\\w.)(?i:(?<=f)(?:or)|(?<=r)(?:e|egarding))" for
    "\\b(?i:for|re|regarding)" (the same matches, see _by_first_char; a class opening the regex lets re skip to
    its letters in C, a letter under IGNORECASE does not)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        assert _PLAIN_FIRST.match(w) and w[0].isalpha(), w
        groups.setdefault(w[0], []).append(w[1:])
    letters = "".join(c + c.upper() + _OTHER_CASES.get(c, "") for c in groups)
    return f"[{letters}](?<!\\w.)(?i:" + "|".join(f"(?<={c})(?:{'|'.join(g)})" for c, g in groups.items()) + ")"


def _after_separator(rx: re.Pattern[str], look: str, sep: str) -> re.Pattern[str]:
    """``rx`` (regrouped by _by_first_char, each group looking back with ``look`` after its first character) tried
    only right after a ``sep`` character, the one place that look lets it open: group 1 is its match there."""
    return re.compile(sep + "(?=(" + rx.pattern.replace(look, "") + "))", rx.flags)


def _spans_at_edges(rx: re.Pattern[str], after_sep: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The spans of ``rx.finditer(text)``, ``after_sep`` being :func:`_after_separator` of ``rx``: ``rx`` tried
    at the start and right after each separator (re skips to those in C), the next match from the end of the one
    before on, as finditer goes on."""
    first = rx.match(text)
    out = [first.span()] if first else []
    end = out[0][1] if out else 0
    for m in after_sep.finditer(text):
        if m.start(1) >= end:
            out.append(m.span(1))
            end = m.end(1)
    return out


_EDGE_THEN_CLASS = re.compile(r"\(\?<!\[\\w'’\\-\]\)(\(?)(\[[^\]]+\])")


def _class_first(pattern: str) -> str:
    """``pattern`` ("(?<![\\w'’\\-])[A-Z…]…", the class perhaps opening a group) with the look before its first
    character moved after it: "[A-Z…](?<![\\w'’\\-].)…". The same matches (the class takes one character, never a
    line break, which ``.`` then stands for), but re skips to the class's characters in C instead of trying the
    look behind at every position."""
    m = _EDGE_THEN_CLASS.match(pattern)
    assert m is not None, pattern[:30]
    return f"{m.group(1)}{m.group(2)}(?<![\\w'’\\-].){pattern[m.end():]}"


# (a role after the name, "(our Hospice at Home volunteer)", "- paramedic"; the words between any case)
_ROLE = re.compile(r"^\s*[,\-–(]\s*(?:[A-Z][a-z]+\s){0,4}(?:manager|coordinator|nurse|consultant|clerk|officer|"
                   r"receptionist|administrator|secretary|director|lead|specialist|assistant|worker|"
                   r"therapist|pharmacist|technician|physician|sister|matron|registrar|doctor|gp|midwife|"
                   r"team|practitioner|surgeon|volunteer|paramedic|chaplain|porter)", re.I)
# "Darren Leckie works as a porter at the hospital", "X, who works on Ward 9": a member of staff (in a snooping
# report, the one who looked), not a data subject; where they work must be a health or care workplace
_WORKS_HERE = re.compile(r"[ \t]*,?[ \t]*(?:who[ \t]+)?(?:works|worked|is[ \t]+employed|was[ \t]+employed)[ \t]+"
                         r"(?:as|at|in|on|for|here)\b[^.\n]{0,60}?\b(?:porter|nurse|hca|healthcare assistant|doctor|"
                         r"clerk|receptionist|administrator|secretary|paramedic|midwife|carer|care worker|cleaner|"
                         r"hospital|trust|practice|surgery|ward|clinic|pharmacy|care home|here|with us)\b", re.I)
ROLE_AFTER_NAME = _ROLE      # ", Medical Secretary" after a name: staff (nlp.pipeline skips such names for NER)
_ROLE_LINE = re.compile(r"^\s*(?:[A-Z][\w&]+,?\s){0,3}?(?:manager|coordinator|nurse|consultant|clerk|officer|"
                        r"receptionist|administrator|secretary|director|lead|specialist|assistant|worker|"
                        r"therapist|pharmacist|technician|physician|sister|matron|registrar|doctor|midwife|"
                        r"practitioner|surgeon|team leader|governance)\b", re.I)
# On a bed-keyed line, after the name: a relative or next of kin, a resuscitation or observation status
_BED_ROW_PERSON = re.compile(r"\b(?:nok|next of kin|son|daughter|wife|husband|mum|dad|mother|father|partner|"
                             r"dnacpr|dnar|resus|obs|allergic|allergies)\b", re.I)
# Relatives' labels read only as a field ("Stepfather: X"): in prose they are often the recipient; and a label
# that is an adjective in prose ("your Individual Funding Request")
_FIELD_ONLY = {"stepfather", "stepmother", "step-father", "step-mother", "stepdad", "stepmum", "step-dad", "step-mum",
               "grandmother", "grandfather", "guardian", "foster carer", "sibling", "brother", "aunt", "uncle",
               "alleged perpetrator", "individual"}
# A bed, bay or room a patient is in: "Bed 4", "Bay A", "Side room 6", "Rm 12B"
_BED = r"(?i:bed|bay|room|rm|cubicle|side[ \t]?room|side|chair|trolley|cot)[ \t]?(?:\d{1,3}[A-Za-z]?|[A-Z])\b"
# Start of a line or of a field value: "  OYELARAN, Beatrice  11 Feb 1948", "Transfer 1: FAIRWEATHER, Isobel",
# "5. ASHWORTH-LEE, Wilfred - NHS …", "Danielle Whitworth, DOB …".
_ROW_START = re.compile(r"(?m)^[ \t]*(?:(?:\d{1,3}[.)]|[-•*·]|\d{1,2}[:.]\d{2})[ \t]{1,3}|\d{1,3}\t[ \t]{0,3})?(?:[A-Za-z][\w ]{0,20}\d?:[ \t]{1,6})?"
                        r"(?P<bed>" + _BED + r"(?:[ \t]{1,3}(?:" + _BED + r"|\d{1,3}[A-Za-z]?\b))?"
                        r"(?:[ \t]{2,8}|\t|[ \t]{0,3}[\-–:][ \t]{1,3}|[ ](?=[^\W\d_])))?"
                        r"(?=[^\W\d_])")
# After a name on a bed-keyed line (a bed holds a patient): a field separator, perhaps after an age
# ("Bay 1 bed 2 - Edna Pryce 84 - …", "Room 3 - Ivy Nash - NOK …", "Bay A  1  PRYCE E   S3  obs 1:1")
_BED_ROW_AFTER = re.compile(r"[ \t]{0,2}(?:\d{1,3}[ \t]{0,2}(?:y|yo|yrs|y/o)?[ \t]{0,2})?(?:[,;|(\t]|[ \t]{2}|[ \t][\-–][ \t]|$)"
                            r"|[ \t]\d{2,3}[ \t](?=[A-Za-z?#])"       # "bed 1 - margaret o'hara 84 fall": the age
                            # "bed 3 - NIAMH PRITCHARD M7385644 - NOF #": the record's number, then a separator
                            r"|[ \t](?-i:[A-Z]{1,4}\d{5,9}|\d{6,10})(?=[ \t]{0,2}(?:[\-–,;|(]|$))"
                            # "bed 3 john o'sullivan 4810670368 ?sepsis": a ten-digit health number, then the notes
                            r"|[ \t]\d{3}([ -]?)\d{3}\1\d{4}(?=[ \t])",
                            re.M)
_ROW_EVIDENCE = re.compile(r"^[ \t]{0,40}(?:[,;|\-–(]|\s{2,40}|\t|[ ](?=(?i:nhs|chi|mrn|hcn|dob|d\.o\.b)\b\W{0,3}\d|(?-i:[A-Z]{1,4}\d{6,9})[ \t,]{1,3}(?:dob|d\.o\.b|born)\b))[ \t(]{0,40}(?:dob|d\.o\.b|date of birth|born|nhs|chi|mrn|"
                           r"h\s?&\s?c|hcn|unit no|rio|hosp|\d{1,2}[/.\- ](?:\d{1,2}|[A-Za-z]{3,9})[/.\- ]\d{2,4}|\d{3}[ -]?\d{3}[ -]?\d{4}|"
                           r"(?:\d{1,3}[ \t]{1,8})?(?-i:[A-Z]{1,4}\d{6,9})\b)", re.I)
_NAME_WORD = r"[A-Z\u00C0-\u00DE\u0100-\u017F][a-z\u00DF-\u00FF\u0101-\u017F'’]+(?:-[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'’]+)?"
_NUMBER_THEN_SURNAME_COMMA = re.compile(
    r"(?im)^[^\n]{0,30}?(?<![\w\-])(?:[A-Z]{1,4}\d{5,9}|\d{3}[ -]?\d{3}[ -]?\d{4})[ \t]{1,3}[-–|][ \t]{1,3}"
    r"(?-i:(" + _NAME_WORD + r"),[ \t](" + _NAME_WORD + r"(?:[ \t]" + _NAME_WORD + r")?))[ \t]{1,3}(?:[-–|(]|$)")
# what it holds: the number's last digit, then its separator (a text with none is not scanned)
_NUMBER_THEN_SEPARATOR = re.compile(r"\d[ \t]{1,3}[-–|]")
# along a line: "Name Surname (a note), " — the name, then its bracket
_BRACKET_SEG = re.compile(r"(?:^|(?<=, )|(?<=; )|(?<=: ))[ \t]*([^\W\d_][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-]*){1,3})"
                          r"[ \t]{0,2}\([^()\n]{1,60}\)(?=[ \t]*(?:[,;]|$))")
_STAFF_LABEL = re.compile(r"\b(?:professionals?|invited|invitees|staff|attendance|colleagues|panel)\b", re.I)
_ROLE_NOTE = re.compile(r"\((?i:[^()]*\b(?:chair|officer|lead|manager|guardian|ciso|siro|dpo|director|head|nurse|"
                        r"visitor|social worker|safeguarding|paediatrician|psychologist|psychiatrist|police|teacher|"
                        r"doctor|consultant|clerk|admin|administrator|secretary|co-?ordinator|sister|matron|gp|therapist|"
                        r"pharmacist|midwife|worker|assistant|hca|analyst|deputy|minutes|apologies)\b)")
_LINE_LABEL = re.compile(r"[ \t]*[A-Za-z][\w ]{0,20}:[ \t]+")
_BED_KEY = re.compile(r"\b(?:bed|bay|room|rm|side\s+room|sr)\b", re.I)
_SENTENCE_IN_LABEL = re.compile(r"(?:(?<=[a-z]{2})|(?<=[A-Z]{2}))[.!?][ \t]+(?=[A-Z])")     # "… old GP. Patient is"; not "Dr. X"
# a record's field label in capitals that can follow a name with one space ("Jo Bloggs NHS 943 …", "… CHI …")
_FIELD_AFTER_NAME = {"nhs", "chi", "dob", "mrn", "hcn", "nok", "tel", "mob"}
# later on a list row whose name ends at a comma ("- Gwilym Griffiths, Fferm Pen-lôn, Cwrtnewydd, SA40 9YH, NHS 782
# 563 7216"): a labelled health number or date of birth says the row is a person's record
# a capitalised surname (one to three words) then ", Forename": "JENKINS, Owen", "DOS SANTOS, Mariana"
_CAPS_COMMA = re.compile(_class_first(r"(?<![\w'’\-])[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE'’\-]{1,30}(?:[ ][A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE'’\-]{1,30}){0,2}"
                                      r",[ ][A-Z\u00C0-\u00DE][a-z]"))
_ROW_EVIDENCE_LATER = re.compile(r"\b(?:nhs|chi|h\s?&\s?c|hcn|mrn)\b\.?[ \t:#]{0,3}(?:no\.?|number)?[ \t:#]{0,3}"
                                 r"\d{3}[ -]?\d{3}[ -]?\d{4}\b|\b(?:dob|d\.o\.b)\b", re.I)
# right after a name in prose, a record's field: ", MRN N6445601", " (NHS 421 370 3150", ", DOB 02/09/1949"
_FIELD_RIGHT_AFTER = re.compile(r"[^\n,(]{0,30}?[ \t]{0,2}[,(][ \t]{0,2}(?i:nhs(?:[ \t]?no\.?)?|chi|mrn|hosp(?:ital)?[ \t]no\.?|"
                                r"dob|d\.o\.b\.?)[ \t:]{0,3}[A-Z]{0,4}\d")
# a field separator inside a line, before a capital: " - ", " – "
_DASH_FIELD = re.compile(r"[ \t][\-–][ \t]{1,3}(?=[A-Z\u00C0-\u017F])")
# a short bracketed note right after a row's name ("(her son)", "(twin 1)", "(NOK informed)")
_ROW_NOTE = re.compile(r"^[ \t]{0,3}\((?:[^()\n\d]{1,30}|\d{1,3}(?:[ ]?(?:y|yo|yrs?|years?))?)\)")   # (or an age: "(86)")
# a short aside before the DOB in a name's bracket: "(child, dob …", "(yr 5, DOB …", "(aged 82, born …"
_ASIDE = r"(?:[A-Za-z][A-Za-z ]{0,12}?(?:[ ]?\d{1,3})?[ ]{0,2},[ \t]{0,2})?"
# "Ivy-Grace Bramwell-Hodge (DOB …", "Tyler Bramwell, born …"
_BEFORE_DOB = re.compile(r"(?<![\w'’\-])((?-i:[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE'’\-]{1,30},[ ][A-Z\u00C0-\u00DE][a-z\u00DF-\u017F'’\-]{1,30})"
                         r"|[A-Z\u00C0-\u017F][\w'’\-]{1,30}(?:[ \t][A-Za-z\u00C0-\u017F][\w'’\-]{1,30}){1,3})"   # "OKAFOR, Ada DOB …"
                         r"(?:[ \t]{0,3}[(,]|[ \t]?\n[ \t]{0,3}\(|[ ](?=(?-i:DOB|D\.O\.B|DoB)\b))[ \t]{0,3}"     # (its bracket may open the next line)
                         r"(?:" + _ASIDE + r"(?:dob|d\.o\.b|date of birth|born)\b"
                         # "for Jo Bloggs (1961-03-12) …": the date alone in brackets after the name
                         r"|(?<=\()(?P<dated>\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d{2})\))", re.I)
# "HN14 Morag MacLeod 1203472285 79 …": a name right before a health number in a row of fields (the number
# must pass its check digit: see _health_number)
_BEFORE_NUMBER = re.compile(_class_first(r"(?<![\w'’\-])([A-Z\u00C0-\u017F][\w'’\-]{1,30}"
                                         r"(?:[ \t](?!(?i:nhs|chi|hcn|h&c)(?![\w&]))[A-Z\u00C0-\u017F][\w'’\-]{1,30}){1,2})"
                                         r"(?:[ \t]{1,6}[(,]?|[(,]|[ \t]?\n[ \t]{0,3}\()[ \t]{0,3}"
                                         # a local record number first: "Cerys Wainwright (RX2226928, NHS 788 …"
                                         r"(?:(?-i:[A-Z]{1,4})\d{5,9}[,;]?[ \t]{1,3})?"
                                         # the number's own label may stand between: "Ngozi Adeyemi, NHS 943 476 5919", "chi 160670 8546"
                                         r"(?:(?i:nhs|chi|h[ ]?&[ ]?c|hcn)(?:[ ](?i:no|number))?\.?[ ]{0,2}:?[ \t]{1,3})?"
                                         r"(\d{10}|\d{3}([ \-])\d{3}\3\d{4}|\d{6}[ ]\d{4})(?![\d\-])"))
# "… sepsis bloods, Doreen Whitaker bed 11 TTO": a name right before the bed it lies in, in a jobs list written as prose
_BEFORE_BED = re.compile(_class_first(r"(?<![\w'’\-])([A-Z\u00C0-\u00DE][\w'’\-]{1,30}(?:[ \t][A-Z\u00C0-\u00DE][\w'’\-]{1,30}){1,2})"
                                      r"[ \t]{1,2}(?:(?:from|in)[ \t]{1,2})?(?:bed|bay)[ \t]{1,2}\d{1,3}[A-Za-z]?\b"))   # "… from bed 12"
_BEFORE_BED_NEEDS = re.compile(_edge_words(["bed", "bay"]) + r"[ \t]{1,2}\d")
# a tracking screen read out: "… Jo Bloggs 45 "abdo pain", …" (a name, an age, the complaint in quotes)
_BEFORE_AGE_QUOTE = re.compile(_class_first(r"(?<![\w'’\-])([A-Z\u00C0-\u00DE][\w'’\-]{1,30}(?:[ \t][A-Z\u00C0-\u00DE][\w'’\-]{1,30}){1,2})"
                                            r"[ \t]\d{1,3}[ \t][\"“']"))
_BEFORE_AGE_QUOTE_NEEDS = re.compile(r"\d[ \t][\"“']")
# "a pot labelled Jo Bloggs RX2104456 with a form for Joe Bloggs RX2104465": a name right before a letter-prefixed
# local number; a person only when two or more such pairs in one sentence share the number's shape (see _find)
_BEFORE_LOCAL = re.compile(_class_first(r"(?<![\w'’\-])([A-Z\u00C0-\u00DE][\w'’\-]{1,30}(?:[ \t][A-Z\u00C0-\u00DE][\w'’\-]{1,30}){1,2})"
                                        r"[ \t]{1,2}\(?([A-Z]{1,3})(\d{6,9})(?![\w/\-])"))
_BEFORE_LOCAL_NEEDS = re.compile(r"[A-Z]\d{6}")
# "… on his neighbour Jo Bloggs, who is named in the report": the report names that person (the disclosed data)
_NAMED_IN = re.compile(r"(?<![\w'’\-])((?-i:[A-Z\u00C0-\u00DE][\w'’\-]{1,30}(?:[ \t][A-Z\u00C0-\u00DE][\w'’\-]{1,30}){1,2})),?[ \t]{1,2}"
                       r"(?:who[ \t]+(?:is|was|are|were)[ \t]+)?(?:also[ \t]+)?named[ \t]+in[ \t]+(?:the|his|her|their)[ \t]"
                       r"(?:report|letter|referral|notes|records?|statement|document|email)\b", re.I)
# Hurried lower-case text: "pt jane smith dob 3/4/61", "re mary o'neill, nhs no …" — two or three lower-case
# words right before a DOB or NHS cue.
_LOWER_BEFORE_CUE = re.compile(r"(?<![\w'’\-])([a-z\u00DF-\u00FF\u0101-\u017F][a-z\u00DF-\u00FF\u0101-\u017F'’\-]{1,30}"
                               r"(?:[ ](?:ó|[a-z\u00DF-\u00FF\u0101-\u017F][a-z\u00DF-\u00FF\u0101-\u017F'’\-]{1,30})){1,3})"
                               r"(?:[ ]{1,3}[A-Za-z]{1,3}\d{6,9})?"      # "jo bloggs K2238190 dob …": its local number
                               r"[ ]{0,3}(?:[,\-]|\(" + _ASIDE + r")?[ ]{0,3}(?i:dob|d\.o\.b|date of birth|born|nhs(?:[ ]?(?:no|number))?|chi|"
                               r"h[ ]?&[ ]?c|hcn|[a-z]{1,3}\d{6,9},?[ ]{1,2}[mf])(?![\w&])[ :.]{0,3}\d")   # "…, rx1770452, f 44": a banner
_RELATION_WORDS = ["daughters?", "sons?", "wife", "husband", "partner", "boyfriend", "girlfriend", "mother", "father", "mum",
                   "dad", "brother", "niece", "nephew", "aunt", "uncle", "grandson", "granddaughter", "stepson",
                   "stepdaughter", "stepfather", "stepmother", "fianc[eé]e?", "spouse", "cousin"]
_RELATION = "(?:" + "|".join(_RELATION_WORDS) + ")"
# Hurried lower-case text: "bed 2 pt ahmed el-masri 81yrs hosp no …", "pt sue rigby (susan) - …", "nok son
# dave rigby 07700 …": two or three lower-case words after a patient or next-of-kin word (a relation may
# stand between), then an age, a bracket, a dash, a comma, a number or a record cue; only in a paragraph
# written with (almost) no capital letters (see _hurried)
_LOW_WORD = r"[a-z\u00DF-\u00FF\u0101-\u017F][a-z\u00DF-\u00FF\u0101-\u017F'’\-]{1,30}"
# what a bed holds when it holds no one: "bed 6 deep clean", "bed 2 empty - closed"
_BED_STATES = {"clean", "deep", "empty", "closed", "blocked", "vacant", "dirty", "free", "available", "reserved",
               "escalation", "awaiting", "bariatric", "cleaning", "maintenance", "broken", "out", "isolation", "held",
               "spare", "dressing", "storage", "not", "in", "use", "for", "needs", "being", "to", "be", "no"}
_LOWER_AFTER_PT = re.compile(
    _edge_words(["pt", "patient", "client", "resident", "service user", "nok", "next of kin"]) + r"[ \t]{0,2}:?[ \t]{1,2}"
    r"(?:" + _RELATION + r"[ \t]{0,2}:?[ \t]{1,2})?(?:(?:mrs|mr|ms|miss|mstr)\.?[ \t]{1,2})?"
    r"(" + _LOW_WORD + r"(?:[ ]" + _LOW_WORD + r"){1,2})"
    r"(?=[ \t]{0,2}(?:[(,\-–]|$|\n|\+44|\d{1,3}[ \t]?(?:y|yrs?|yo|years?)\b|0\d{3,4}[ \t]?\d|"
    r"(?:dob|d\.o\.b|nhs|hosp|hospital|mrn|chi|tel|mob|on[ \t]0)\b))")
# Hurried lower-case text: "mrs agnes munro 4 castle st …", "mr duncan ross, 11 mill rd": a lower-case title,
# two or three lower-case words (the first end), then a house number and a street word, a comma, a bracket or a
# record cue (only in a paragraph written in lower case, see _hurried)
_LOWER_TITLE_NAME = re.compile(
    _edge_words(["mrs", "mr", "ms", "miss", "mx"]) + r"\.?[ ]{1,2}(" + _LOW_WORD + r"(?:[ ]" + _LOW_WORD + r"){1,2}?)"
    r"(?=[ ]{1,2}\d{1,4}[a-z]?[ ]{1,2}[a-z]|[ ]{0,2}[,(]|[ ]{1,2}(?:dob|d\.o\.b|nhs|chi|hcn|aged?)\b)")
# Hurried lower-case lists: two or more lines in a row each starting with a lower-case name and a dash or a
# colon ("liam joyce - hep c treatment")
_LOWER_LIST_LINE = re.compile(r"(?m)^[ \t]{0,4}(?:[-•*][ \t]{1,3})?(" + _LOW_WORD + r"(?:[ ]" + _LOW_WORD
                              + r"){1,2})[ \t]{1,3}[-–:][ \t]{1,3}\S")
# Hurried lower-case text: "mum ffion james 07700 …", "his dad tom price, dob …": two or three lower-case words
# after a relation, then a phone number or a DOB or NHS cue (only in a paragraph written in lower case)
_LOWER_AFTER_RELATION = re.compile(
    r"\b" + _RELATION + r"[ \t]{1,2}(" + _LOW_WORD + r"(?:[ ]" + _LOW_WORD + r"){1,2}?)"
    r"(?=[ \t]{0,2},?[ \t]{0,2}(?:\+44|0\d{3,4}[ \t]?\d|\(?(?:dob|d\.o\.b|nhs|tel|mob|phone)\b))")
# letters after a name (qualifications and registrations): not part of it
_POST_NOMINALS = {"mcsp", "rgn", "rmn", "rnld", "rn", "rscn", "mrcp", "mrcgp", "frcs", "frcp", "frcgp", "mbbs",
                  "mbchb", "bsc", "msc", "phd", "mrpharms", "hcpc", "dipsw", "frcpsych", "mrcpsych", "frcog", "mrcog",
                  "frcpch", "mrcpch", "frcr", "frca", "dclinpsy", "bds", "mfds", "bmbs", "pgdip", "mba", "obe",
                  "mbe", "cbe", "nmp"}
_POST_NOMINALS_MIXED = {"MRPharmS", "BSc", "MSc", "PhD", "MBChB", "DClinPsy", "PGDip", "DipSW"}
# Hurried lower-case ward notes: "rhys tudor-hughes needs his obs", "olivia mensah from bay 2", "ann lee is for
# discharge": two or three lower-case words, then their own care (a pronoun after a verb), a bed or a ward plan
_LOWER_PATIENT_AFTER = re.compile(
    r"(?<![\w'’\-])(" + _LOW_WORD + r"(?:[ ]" + _LOW_WORD + r"){1,2}?)"
    r"(?=[ ](?:needs|has|had|is|was|wants|got|gets)[ ](?:his|her)\b"
    r"|[ ](?:from|in|on)[ ](?:bay|bed|side[ ]?room|cubicle)[ ]?\d"
    r"|[ ](?:is|was|are|were)[ ](?:for[ ](?:discharge|theatre|transfer)|on[ ]end[ ]of[ ]life))")
_LOWER_PATIENT_AFTER_NEEDS = re.compile(r"[ ](?:his|her|bay|bed|side[ ]?room|cubicle|discharge|theatre|transfer|"
                                        r"end[ ]of[ ]life)\b")
# Hurried lower-case lists after the word "names": "6 names on it - jo bloggs, sam reid and ali khan - with dobs";
# kept when the count before "names" is the number of names, or a record word follows the list
_LOWER_NAMES_LIST = re.compile(
    r"\b(?:(\d{1,2})[ \t]{1,2})?names?\b[^.\n:;]{0,24}?[ \t]?[:\-–][ \t]{0,2}"
    r"((?:" + _LOW_WORD + r"(?:[ ]" + _LOW_WORD + r"){1,2}(?:[ \t]{0,2},[ \t]{0,2}|[ \t]{1,2}(?:and|&)[ \t]{1,2})){2,30}"
    + _LOW_WORD + r"(?:[ ]" + _LOW_WORD + r"){1,2})")
_LIST_ITEM_SPLIT = re.compile(r"[ \t]{0,2},[ \t]{0,2}|[ \t]{1,2}(?:and|&)[ \t]{1,2}")
_RECORD_AFTER_LIST = re.compile(r"[ \t]{0,3}[\-–,(]?[ \t]{0,3}(?:with|and|plus|incl\.?|including)?[ \t]{0,2}"
                                r"(?:their[ \t]{1,2})?(?:dobs?|d\.o\.b|dates?[ \t]of[ \t]birth|nhs|chi|hosp(?:ital)?|"
                                r"prison|mrn|addresses|cell|room|bed|ward)\b")
# said of a name right after it: the wrong recipient or a namesake ("A MR GETHIN RHYS (NOT THE PATIENT)")
_NOT_THE_PATIENT = re.compile(r"[ \t]{0,2}[(,\-–][ \t]{0,2}(?i:not[ \t]{1,2}(?:the|our)[ \t]{1,2}(?:patient|service[ \t]user|"
                              r"client|resident|person\s+concerned))\b")
# words written before a lower-case name that are not part of it ("plan says osian evans", "full name zofia …")
_LOWER_LEAD = {"says", "said", "say", "told", "tells", "asked", "called", "named", "name", "names", "full", "is",
               "was", "were", "are", "for", "to", "and", "saw", "seen", "see", "with", "from", "about", "of", "re"}
# a word in quotes or ending one ("the 'nelson community noticeboard' page"): a title or a page's name
_QUOTED = re.compile(r"^[\"“‘'`]|(?<![sS])['’”\"`]$")


# "the Nowak children (Oliwia and Filip)", "the Fitzgerald couple (Orla and Ciaran)": forenames in a bracket after
# a family word; each forename with the surname before it is a name (its "\b(?i:the)" written with the first letter
# taken first, see _class_first)
_FAMILY_FORENAMES = re.compile(
    r"[tT](?<!\w.)(?i:he)[ \t]{1,2}(" + _NAME_WORD + r")[ \t]{1,2}(?i:children|couple|family|twins|siblings|boys|girls|"
    r"brothers|sisters|kids|sons|daughters)[ \t]{0,2}\(((?:" + _NAME_WORD + r")(?:[ \t]{0,2}(?:,|and|&)[ \t]{0,2}"
    + _NAME_WORD + r"){1,5})\)")
_FORENAME_IN = re.compile(_NAME_WORD)


# What each of the three rules above must contain (a superset of its cue or number): a section holding
# none is not scanned by the rule at all (a necessary condition, so the hits are the same; the cue search
# is much cheaper than trying a name at every word)
_BEFORE_DOB_NEEDS = re.compile(r"dob|d\.o\.b|date of birth|born|\(\d", re.I)
# (its first digit taken before its branches: the same matches as "\d{3}[ \-]?\d{3}[ \-]?\d{4}(?!\d)|\d{6}[ ]\d{4}
# (?!\d)", but a regex opening with a character class lets re skip to it in C)
_BEFORE_NUMBER_NEEDS = re.compile(r"\d(?:\d{2}[ \-]?\d{3}[ \-]?\d{4}(?!\d)|\d{5}[ ]\d{4}(?!\d))")
# every _LOWER_BEFORE_CUE match ends in its cue and the digit after it: a cue word, or a banner's local number
# (its digits, one to three letters after the cue's start); at most 171 characters before the cue's start, 17
# from there to the match's end
_LOWER_CUE_WORD = re.compile(r"(?:dob|d\.o\.b|date of birth|born|nhs(?:[ ]?(?:no|number))?|chi|h[ ]?&[ ]?c|hcn)"
                             r"(?![\w&])[ :.]{0,3}\d", re.I)
_LOWER_CUE_NUMBER = re.compile(r"\d\d{5,8},?[ ]{1,2}[mf](?![\w&])[ :.]{0,3}\d", re.I)
# Each of those regexes would be tried at every word of every text; every match holds its cue (the DOB, the
# number, the contact detail), so only the text around the cues is scanned (nlp.text.near_anchors): (anchor,
# characters before its start, after its end) wide enough for the longest match and its lookarounds.
_BEFORE_DOB_NEEDS_FOLDED = fold_rx(_BEFORE_DOB_NEEDS)     # the case-blind cues' twins, for folded_lower text
_BEFORE_DOB_ANCHORS = ((_BEFORE_DOB_NEEDS, 200, 16, _BEFORE_DOB_NEEDS_FOLDED),)
_BEFORE_NUMBER_ANCHORS = ((_BEFORE_NUMBER_NEEDS, 180, 16),)
_LOWER_BEFORE_CUE_ANCHORS = ((_LOWER_CUE_WORD, 180, 24, fold_rx(_LOWER_CUE_WORD)),
                             (_LOWER_CUE_NUMBER, 180, 24, fold_rx(_LOWER_CUE_NUMBER)))
# and between a match's start and its cue stand only the name's letters, blanks, apostrophes and hyphens, a local
# number, a comma or a bracket and an aside (and the letters before a banner's number): a window need not reach
# back past any other character (see _near_cues)
_NOT_BEFORE_LOWER_CUE = re.compile(r"[^a-zA-Z\d\u00DF-\u00FF\u0101-\u017F\u212A'’\- ,(\t]")
_NAME_RECORD_NEEDS = re.compile(r"dob|d\.o\.b|date of birth|nhs|chi|hosp|mrn", re.I)
_NAME_RECORD_ANCHORS = ((_NAME_RECORD_NEEDS, 160, 8, fold_rx(_NAME_RECORD_NEEDS)),)
# what no match of the three holds between its start and its cue (the names' word characters, apostrophes,
# hyphens and blanks, a bracket, a comma, a line break, a label's stops; "×" and "÷" stand in their classes' ranges):
# their windows need not reach back past it (see _near_cues)
_NOT_BEFORE_DOB_CUE = re.compile(r"[^\w'’\- \t(,\n\u00D7\u00F7]")
_NOT_BEFORE_NUMBER = re.compile(r"[^\w'’\- \t(,\n;&.:\u00D7\u00F7]")
_NOT_BEFORE_RECORD_CUE = re.compile(r"[^\w'’\- \t(,–\u00D7]")
# Right before lower-case words: a possessive or a determiner makes them a thing, not a name
# ("Mrs Gallagher's monthly update (NHS No …", "the care plan, DOB …")
_OWNED_BEFORE = re.compile(r"(?:[^\W\d_]['’]s|\b(?i:the|a|an|her|his|their|our|your|my|this|that|these|those|its))"
                           r"[ \t]{1,3}$")
# Hurried lower-case text: "sent the clinic letter for mary mcbride to the wrong gp" — two or three
# lower-case words after "letter/results/notes … for", ending the phrase; only in a paragraph written
# with (almost) no capital letters, where a capitalised name could not be expected, and with a DOB,
# health number or pronoun soon after (_PERSON_AFTER: "results for blood tests" is no one)
_LOWER_AFTER_CUE = re.compile(
    _edge_words(["letters?", "results?", "notes", "records?", "referral", "summary", r"care\s+plan", "prescription",
                 "bloods", "scan", "report", "file", "details", "paperwork", "forms?"]) + r"\s+(?:for|of|about)\s+"
    r"([a-z\u00DF-\u00FF\u0101-\u017F][a-z\u00DF-\u00FF\u0101-\u017F'’\-]{1,30}"
    r"(?:[ ][a-z\u00DF-\u00FF\u0101-\u017F][a-z\u00DF-\u00FF\u0101-\u017F'’\-]{1,30}){1,2}?)"   # the first end
    r"(?=[ ]{0,2}(?:[,.;:(\n]|$|[ ](?:to|was|went|who|has|had|and|is|dob|nhs|in|at|on|got|sent)\b))")
# after such a name, what shows it is a person's: a DOB or health-number cue, or a personal pronoun
_PERSON_AFTER = re.compile(r"\b(?:dob|d\.o\.b|date of birth|born|nhs|chi|she|he|her|his|him)\b", re.I)
# A line of a list of people: "- Edna Pryce, room 4", "3. Albert Nash (NOK informed)", "Ron Nash",
# "rm 4  Margaret Oduya - DNACPR" (a bed or room before the name, as on a whiteboard or handover sheet).
_LIST_LINE = re.compile(r"(?m)^[ \t]{0,8}(?:(?:\d{1,3}[.)]|[-•*·])[ \t]{1,3}|\d{1,3}[ \t]{2,6})?"    # ("4  Name": a bed
                        r"(?:(?i:bed|bay|room|rm|cubicle|side\s?room|chair|cot)[ \t]?\d{1,3}[A-Za-z]?"
                        r"(?:[ \t]{1,8}|[ \t]{0,3}[\-–:][ \t]{1,3}))?(?=[^\W\d_])")
_COMMA_FORENAME = re.compile(r",[ ]([A-Z\u00C0-\u00DE\u0100-\u017F][a-z\u00DF-\u00FF\u0101-\u017F'’\-]{1,30})"
                             r"(?=[ \t]{2}|\t|[ \t]*$)", re.M)
_LIST_END = re.compile(r"[ \t]{0,3}(?:$|[,;(\t]|[ \t]-[ \t]|[ \t]{2}|[ \t]–[ \t])")
# The line above a list of staff, not subjects ("Present:", "Attendees", "cc", "Team contacts")
_STAFF_LIST_HEAD = re.compile(r"\b(?:present|attendees|attending|apologies|cc|distribution|staff|team|contacts?|"
                              r"signed|authors?|reviewers?|members|panel|on call|rota)\b"
                              r"(?![ \t]+(?:whiteboard|board|handover|office|room|noticeboard|notice board))", re.I)
MIN_LIST = 3
# A relative named by forename only ("your daughters, Ffion and Cerys", "her sister Lucinda"): each a person
_KIN_WORDS = ["sisters?", "brothers?", "daughters?", "sons?", "mother", "father", "mum", "dad", "wife", "husband", "partner",
              "nieces?", "nephews?", "aunt", "uncle", "cousins?", "grandsons?", "granddaughters?", "grandchildren",
              "children", "child", "twins?", "siblings?"]
_RELATIVE_FORENAMES = re.compile(
    r"\b(?:her|his|their|your|my|our|the\s+patient'?s|(?-i:[A-Z][a-z\-]{1,20})['’]s|(?i:nok|next\s+of\s+kin):?)\s+"
    r"(?:late\s+|younger\s+|older\s+|eldest\s+|twin\s+)?"
    r"(?:" + "|".join(_KIN_WORDS) + r")\s{0,2},?\s{1,2}"
    r"([A-Z][a-z'’\-]{1,20}?)(?:['’]s)?(?![\w'’\-]|\s[A-Z])"      # "her husband Harry's illness": Harry
    r"(?:\s{1,2}(?:and|&)\s{1,2}([A-Z][a-z'’\-]{1,20}?)(?:['’]s)?(?![\w'’\-]|\s[A-Z]))?")
# what every _RELATIVE_FORENAMES match holds: its kin word at a word's start (after a blank), then the blanks or
# comma and the forename's capital (regrouped by first letter, see _by_first_char)
_KIN_THEN_CAPITAL = re.compile(_edge_words(_KIN_WORDS) + r"\s{0,2},?\s{1,2}[A-Z]")
# before it in a match stand only its possessive's or label's letters, apostrophes, hyphens and colon, and blanks
# (any number): the rule's windows run from after the last other character before a kin word to 80 past it (the
# forenames and the "and" between take at most 58 after the kin word, their lookaheads 2 more), see _near_cues
_KIN_ANCHORS = ((_KIN_THEN_CAPITAL, 1 << 30, 80),)
_NOT_BEFORE_KIN = re.compile(r"[^\w\s'’\-:]")
# what a relative at the start of a clause needs: a relation word at a word's start (after a clause's start, a
# blank, "ex-" or "mum's "), one or two blanks (over the folded text), then a capital letter (over the text as
# written, at the same offset); regrouped by first letter (see _by_first_char)
_RELATION_THEN_BLANK = re.compile(_edge_words(_RELATION_WORDS) + r"[ \t]{1,2}")
_NAME_CAPITAL = re.compile(r"[A-Z\u00C0-\u00DE]")
# A nickname in brackets between forename and surname: "Bartholomew (Bart) Achterberg", "Ann ("Nan") Lee"
_NICKNAME = re.compile(r"[ \t]\([\"'“‘]?([A-Z][a-z'’\-]{1,15})[\"'”’]?\)[ \t](?=[A-Z\u00C0-\u00DE])")
# A relative at the start of a clause, with no possessive: "Daughter Ewa phone …", "Son Graham 07700 …",
# "Wife Lakshmi is the main carer", "ex-partner Jermaine Cole subject to …": a forename (or a full name)
# right after the relation word, then a number, a bracket, punctuation or a verb ("Sister" is a nurse's title)
_RELATIVE_AT_CLAUSE = re.compile(
    r"(?:(?:^|(?<=[.;:!?\"“(\n])|(?<=[,.;:!?\"“(\-–][ \t])|(?<=[.;:!?][ \t]{2}))[ \t]{0,2}(?:(?i:ex)[\-–][ \t]?)?"
    r"(?i:(?:mums?|dads?|mother|father)['’]?s[ \t])?"     # ", mum Lee Cole, mums boyfriend Jo Reece named …"
    r"(?i:" + _RELATION + r")|(?i:ex)[\-–][ \t]?(?i:" + _RELATION + r"))"
    r"[ \t]{1,2}([A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF\u0101-\u017F'’\-]{1,20})"
    r"(?:[ \t]([A-Z\u00C0-\u00DE][A-Za-z\u00DF-\u00FF\u0101-\u017F'’\-]{1,25}))?"
    r"(?=[ \t]{0,2}(?:[,.;:()\[\n]|$|\d|\+44|(?i:is|was|has|had|phoned|rang|called|says|said|lives|visits|on|tel|"
    r"mob|mobile|phone|aware|informed|present|not|doesnt|doesn['’]t|wants|coming|who|and|subject|also|knows|"
    r"cares|stays|picks|came|will|would|can|could|named)\b))", re.M)
# "WIŚNIEWSKA Katarzyna, hospital no …", "for Ó BRIAIN Pádraig (DOB …": a SURNAME in capitals (a run of up
# to three words) then a Forename, in prose; kept when a record field follows (_ROW_EVIDENCE)
_UP = "A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F"
_CAPS_THEN_FORENAME = re.compile(
    # (the same as "(?<![\w'’\-])(?:Ó[ \t])?[…][…'’\-]{1,30}…", its first capital taken before the look behind it:
    # see _class_first)
    rf"[{_UP}](?<![\w'’\-].)(?:(?<=Ó)[ \t][{_UP}])?[{_UP}'’\-]{{1,30}}(?:[ \t][{_UP}][{_UP}'’\-]{{1,30}}){{0,2}}"
    rf"[ \t][{_UP}][a-z\u00DF-\u00F6\u00F8-\u00FF\u0101-\u017F'’\-]{{1,30}}(?![\w'’\-])")
# "BEGUM Amira born 3rd May 1990", "OKAFOR Ada DOB …", "JONES Emma 28/10/1985 NHS …": a record cue one space after
# the name
_CUE_AFTER = re.compile(r"[ \t](?:born|dob|d\.o\.b|date of birth|nhs|chi|hosp|hospital|mrn|"
                        r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|(?-i:[A-Z]{1,4}\d{6,9}))\b", re.I)
# After a SURNAME Forename in prose: a record word, up to two words between ("'s letter", " repeat rx bag",
# " clinic letter (…", " ecg")
_RECORD_WORD_AFTER = re.compile(
    r"(?:['’]s)?(?:[ \t]{1,2}(?!(?:the|a|an|her|his|their|my|your|our|this|that)\b)[a-z+/]{1,12}){0,2}?"
    r"[ \t]{1,2}(?i:letters?|notes|results?|bag|rx|prescription|script|"
    r"referral|records?|file|folder|ecg|scan|report|bloods|forms?|details|plan|summary|sheet|appointment|appt|"
    r"x-?ray|label|wristband|discharge|card|paperwork|meds|medication|docs?|documents?|envelope|chart|obs)\b")
# a forename with its possessive's apostrophe dropped: "Jaswinders", "Catrionas" (not "Agnes", "Iris", "Ross")
_BARE_POSSESSIVE = re.compile(r"(?:[^aeiouys]|[^aeiou]a)s$")
# between the two people a letter greets: "Dear Sanjay Patel and Anjali Patel,"
_GREETING_AND = re.compile(r"[ \t]{1,2}(?:and|&)[ \t]{1,2}(?=[A-Z])")
# "for a Tomasz NOWAK", "about Grace OKONJO", "named Piotr NOWAK-KOWALSKI": a Forename then a SURNAME in capitals
_FOR_FORENAME_CAPS = re.compile(
    _edge_words_any_case(["for", "about", "regarding", "named", "called", "re"]) + r"[ \t]{1,2}(?:(?i:a|an)[ \t]{1,2})?"
    rf"([{_UP}][a-z\u00DF-\u00F6\u00F8-\u00FF\u0101-\u017F'’\-]{{2,30}}(?:[ \t][{_UP}][{_UP}'’\-]{{2,30}}){{1,2}})"
    rf"(?![\w'’\-])")
# a ward board's or handover's bed, then its patient: "Bay 2 Bed 4 - Arthur PENHALIGON - syringe driver"
_BED_FORENAME_CAPS = re.compile(
    _edge_words_any_case(["bed", "bay", "room", r"side[ \t]room", "cubicle"]) + r"[ \t]{0,2}\d{1,3}[A-Za-z]?[ \t]{0,3}[-–:|][ \t]{0,3}"
    rf"([{_UP}][a-z\u00DF-\u00F6\u00F8-\u00FF\u0101-\u017F'’\-]{{2,30}}(?:[ \t][{_UP}][{_UP}'’\-]{{2,30}}){{1,2}})"
    rf"(?![\w'’\-])")
# what either holds, found by its first capital letter in C (both regexes open with a word edge, tried at every
# word): a Forename then the first three characters of a SURNAME
_FORENAME_CAPS_NEEDS = re.compile(rf"[{_UP}][a-z\u00DF-\u00F6\u00F8-\u00FF\u0101-\u017F'’\-]{{2,30}}[ \t][{_UP}][{_UP}'’\-]{{2}}")
_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|they|their)\b", re.I)
# "nearly sent Fatima Begum referral (dob 02/04/1962) to …": a name, a record word, then the record's DOB or number
_NAME_RECORD_CUE = re.compile(_class_first(
    r"(?<![\w'’\-])([A-Z\u00C0-\u00DE][\w'’\-]{1,30}(?:[ \t][A-Z\u00C0-\u00DE][\w'’\-]{1,30}){1,2})[ \t]{1,2}"
    r"(?i:letter|referral|results?|notes|records?|prescription|rx|scan|report|form|bloods|file|plan)"
    r"[ \t]{0,2}[(,\-–][ \t]{0,2}(?i:dob|d\.o\.b|date of birth|nhs|chi|hosp|mrn)\b"))
# a writer who drops apostrophes: "didnt", "doesnt", "cant", "hadnt"
_NO_APOSTROPHE = re.compile(_edge_words(["didnt", "doesnt", "dont", "cant", "wont", "isnt", "wasnt", "hadnt", "hasnt",
                                         "havent", "couldnt", "wouldnt", "shouldnt", "arent", "werent"]) + r"\b", re.I)
_NO_APOSTROPHE_FOLDED = fold_rx(_NO_APOSTROPHE)
# "Gwen Pritchards dn folder", "Edna Cartwrights name on her door" (the "s" outside the groups)
_BARE_POSSESSIVE_NAME = re.compile(
    r"(?<![\w'’\-])([A-Z][a-z'’\-]{1,20})[ \t]([A-Z][a-z'’\-]{1,25}?[^aeiousy\W])s"
    r"(?:[ \t]{1,2}[a-z]{1,10}){0,1}?[ \t]{1,2}(?:name|letters?|notes|folder|file|records?|results?|referral|"
    r"prescription|bag|meds|care[ \t]plan|details|paperwork|ecg|scan|report|appointment|forms?)\b")
# surnames that end in "s" themselves: "Jane Roberts notes" keeps its "s"
_SURNAMES_IN_S = {"roberts", "williams", "evans", "edwards", "richards", "phillips", "matthews", "adams", "jenkins",
                  "watkins", "owens", "simmons", "parsons", "stevens", "collins", "hopkins", "daniels", "peters",
                  "rogers", "andrews", "harris", "lewis", "thomas", "davies", "jones", "hughes", "james", "wells",
                  "watts", "mills", "banks", "burns", "hobbs", "sims", "childs", "gibbs", "hicks", "nichols",
                  "reynolds", "rhodes", "simons", "stephens", "walters", "waters", "powers", "fields",
                  "myers", "samuels", "saunders", "sanders", "sharples", "barnes", "bowles", "charles", "holmes"}
# "ecg filed in MORRISON Catrionas notes": the patient whose notes a misfiled record went into is where it was
# put, not a person whose data went anywhere
_HOST_RECORD = re.compile(r"\b(?i:filed|misfiled|scanned|put|placed)[ \t]{1,2}(?i:in|into)[ \t]{1,2}$")
# a determiner before capitals makes them a thing's name: "the NICE Guidance report"
_THING_BEFORE = re.compile(r"\b(?i:the|a|an|our|this|that|these|those|its|any|per|new)[ \t]{1,3}$")
_AND_GAP = re.compile(r"[ \t]{1,2}(?:and|&)[ \t]{1,2}|,[ \t]{1,2}")
_VOWEL = re.compile(r"[AEIOUYÀ-ÖØ-Ý\u0100-\u017F]")
# a one-letter capital particle and one space right before a position ("Ó " in "Ó BRIAIN")
_PARTICLE_BEFORE = re.compile(r"(?<![\w'’\-])([A-Z\u00C0-\u00DE])[ \t]$")
# a possessive right before a word: "her sister", "Jacob's sister" is family, not the nursing title
_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?:her|his|their|your|my|our)|[^\W\d_]['’]s)(?:[ \t]{1,2}|[ \t]?\n)$", re.I)
# A full name in brackets ("Bed 2: P. AKHTAR  [Parveen Akhtar] - NBM"), read when its line says "person"
# the words before a bracket that holds where the writer works, not who: "admin here (…)", "Team B (…)"
# what a person's possessive forename or surname owns that makes them a patient ("Jean's DOB", "Mr X's results")
_OWNED_RECORD = (r"(?i:dob|d\.o\.b|date[ \t]of[ \t]birth|nhs[ \t]?(?:no|number)|chi|results?|records?|notes|"
                 r"letter|referral|appointment|blood|diagnosis|medication|prescription|scan|address|details)\b")
# where one of them may follow a possessive: the record part of "Jean's DOB", tried at each "'s"
_OWNED_AFTER = re.compile(r"(?=['’]s[ \t]{1,2}" + _OWNED_RECORD + ")")
_WORD_CHAR = re.compile(r"\w")
_PLACE_BRACKET_AFTER = re.compile(r"\b(?i:here|team(?:[ \t][A-Za-z0-9])?|admin|nursing|service|ward(?:[ \t]\d{1,3})?|"
                                  r"practice|department|dept|office|board|trust|unit|clinic|hub|base|site|"
                                  # "Children's social care (Gemma X) informed": the service's contact
                                  r"social[ \t]care|"
                                  # "the number 42 bus (First Leeds)": the operator
                                  r"bus|coach|train|tram|taxi|ferry|flight)[ \t]{0,2}$")
# "the Mental Health (Northern Ireland) Order": a bracket inside a title, between two capitalised words
_TITLE_AROUND = re.compile(r"(?<![^\W\d_])[A-Z][a-z]+[ \t]\Z")
_TITLE_GOES_ON = re.compile(r"\)[ \t][A-Z][a-z]")
_BRACKETED = re.compile(r"[\[(](?=[^\W\d_])")
# A capitalised word that could open a name in prose ("Milo", "MACLEOD", "Ó", "Ellie-May").
_CAP_WORD = re.compile(_class_first(r"(?<![\w'’\-])[A-Z\u00C0-\u00DE\u0100-\u017F][\w'’\-]{0,30}[ \t]"))
# the same word (or two) ending a line, for a name wrapped onto the next one
_CAP_WORD_EOL = re.compile(_class_first(r"(?<![\w'’\-])[A-Z\u00C0-\u00DE\u0100-\u017F][\w'’\-]{0,30}"
                                        r"(?:[ \t][A-Z\u00C0-\u00DE\u0100-\u017F][\w'’\-]{0,30})?\n"))
# Right after a name: its contact details ("Mike Johnson, 123 The Street", "… on 07700 900123", "… mike@x.com")
# (an age may stand between: "Edna Mae Braithwaite 94, 2 Church Cottages, …")
_CONTACT_AFTER = re.compile(r"[ \t]{0,3}[,(:\-–]?[ \t]{0,3}(?:\d{1,3}(?:[ \t]?(?:yrs?|y/?o|years?))?[ \t]?,[ \t]{1,3}(?=\d))?"
                            r"(?:(?:on|at|tel|tel:|mob|mobile|email|e-mail)[ \t:]{1,3})?"
                            r"(?:\+44|0\d{3}|\d{1,4}[A-Za-z]?,?[ \t]{1,3}[A-Z][a-z]|[\w.+\-]{1,64}@)")
_CONTACT_CUE = re.compile(r"(?<=[^\W\d_])(?:" + _CONTACT_AFTER.pattern + ")")
# the same without its e-mail address branch, for a text with no "@" (where that branch never matches, so
# the matches are the same): the branch's 64-character run is tried after every letter otherwise
_EMAIL_BRANCH = r"|[\w.+\-]{1,64}@)"
assert _CONTACT_AFTER.pattern.endswith(_EMAIL_BRANCH)
_CONTACT_CUE_NO_AT = re.compile(r"(?<=[^\W\d_])(?:" + _CONTACT_AFTER.pattern[:-len(_EMAIL_BRANCH)] + "))")
# every contact cue ends in a phone number's or a house number's start (_CONTACT_START: 3 to 11 characters, at
# most 30 after the cue's start) or an e-mail's "@" (at most 94 after); each of those starts is one of
# _CONTACT_START's own matches or inside one (finditer skips no other place), so the cue lies at most 30
# characters before that match and ends at most 10 after it: the windows hold every cue
_CONTACT_START_RX = r"(?:\+44|0\d{3}|\d{1,4}[A-Za-z]?,?[ \t]{1,3}[A-Z][a-z]"
assert _CONTACT_AFTER.pattern.endswith(_CONTACT_START_RX + _EMAIL_BRANCH)
# (the same matches, its first character taken before the branch: re skips to "+" and the digits in C)
_CONTACT_START = re.compile(r"[\d+](?:(?<=\+)44|(?<=0)\d{3}|(?<=\d)\d{0,3}[A-Za-z]?,?[ \t]{1,3}[A-Z][a-z])")
_CONTACT_ANCHORS = ((_CONTACT_START, 32, 12),)
_CONTACT_ANCHORS_AT = ((_CONTACT_START, 32, 12), (re.compile("@"), 110, 8))
# between a contact cue's start and its number stand only blanks, a separator, an age ("84 yrs,") and "on", "at",
# "tel", "mob", "mobile", "email"; before an e-mail's "@" its address's characters too: a window need not reach back
# past any other (see _near_cues)
_NOT_BEFORE_CONTACT = re.compile(r"[^ \t,(:\-–\d/abeilmnorsty]")
_NOT_BEFORE_CONTACT_AT = re.compile(r"[^\w.+\- \t,(:\-–/]")
# Below a spaCy name that ends its line: the first line of a postal address ("Mike Johnson:\n\n123 The Street,",
# "Michael Urner\n\n11 Školní 939"), a blank line at most between: the name heads an address label
_ADDRESS_LINE = (r"\n[ \t]{0,12}(?:(?i:flat|apartment|unit)[ \t]{1,3}[\w/]{1,6},?[ \t]{1,3})?\d{1,4}[A-Za-z]?,?[ \t]{1,3}"
                 r"[A-Z][^\W\d_]")
_NAME_LINE_ABOVE_ADDRESS = re.compile(
    r"(?m)^[ \t]{0,12}([A-Z\u00C0-\u00DE\u0100-\u017F][\w'’\-]{1,30}(?:[ \t][A-Za-z\u00C0-\u017F][\w'’\-]{0,30}){1,3})[ \t]*"
    + _ADDRESS_LINE)
# a name alone on its line, a DOB field opening the next: "Eilidh Pickering\nDOB 09/05/1977"
_DOB_LINE = r"\n[ \t]{0,12}(?i:dob|d\.o\.b\.?|date[ \t]of[ \t]birth)[ \t]*[:.\-]?[ \t]{0,3}\d"
_NAME_LINE_ABOVE_DOB = re.compile(
    r"(?m)^[ \t]{0,12}([A-Z\u00C0-\u00DE\u0100-\u017F][\w'’\-]{1,30}(?:[ \t][A-Za-z\u00C0-\u017F][\w'’\-]{0,30}){1,3})[ \t]*"
    + _DOB_LINE)
# the line below each holds (a text with none is not scanned: the search for its line break is cheap)
_ADDRESS_LINE_BELOW = re.compile(_ADDRESS_LINE)
_DOB_LINE_BELOW = re.compile(_DOB_LINE)
_POSTCODE_SOON_BELOW = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}\b")
_ADDRESS_BELOW = re.compile(r"[ \t]{0,3}:?[ \t]{0,3}\n(?:[ \t]{0,8}\n)?[ \t]{0,8}\d{1,4}[A-Za-z]?,?[ \t]{1,3}"
                            r"[A-Z\u00C0-\u00DE\u0100-\u017F][^\W\d_]")
# Between names of a list: "Ruby Okafor, Dylan Pryce and Ellie Stubbs"
# "… carers Brian and " right before "Lynne Sutcliffe": a lone capitalised forename after a lower-case word, a
# title, a label's colon or a line's start (not a surname ending another name)
_FORENAME_AND = re.compile(r"(?<![\w'’\-])([A-Z][a-z'’]{1,20}(?:-[A-Z][a-z'’]{1,20})?)[ \t]+(?:and|&)[ \t]+\Z")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’\-.]*)[ \t]+\Z")
_LIST_GAP = re.compile(r"[ \t]{0,3}(?:,|&|and|,[ \t]{0,3}and)[ \t]{1,3}$|[ \t]{0,3},$")
_PAIR = re.compile(r"(?im)^[ \t]{0,12}(surname|last name|family name|forenames?|first names?|given names?)[ \t]{0,6}[:\t]"
                   r"[ \t]{0,12}([^\W\d_][\w'’\- ]{0,40}?)[ \t]{0,12}$")


def _without_caret(rx: re.Pattern[str]) -> re.Pattern[str]:
    """A "(?m)^…" regex without its "^", for :func:`_at_line_starts`."""
    head = rx.pattern[:rx.pattern.index(")^") + 1]
    assert head in ("(?m)", "(?im)"), rx.pattern[:20]
    return re.compile(head + rx.pattern[len(head) + 1:], rx.flags)


def _line_starts(text: str) -> list[int]:
    """Where "^" matches in a MULTILINE regex: the text's start and after every "\n" (its end too)."""
    out = [0]
    p = text.find("\n")
    while p >= 0:
        out.append(p + 1)
        p = text.find("\n", p + 1)
    return out


def _at_line_starts(body: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a "(?m)^…" regex ``rx``, given ``body`` (:func:`_without_caret`) and the line
    starts: finditer tries "^" at every position, where it fails at once but for these; a match found at a
    line start, the next try is at the first line start at or after its end, as finditer goes on from there
    (none of these regexes matches empty but as its last choice, so finditer's second try at an empty match's
    place finds nothing more)."""
    end = 0
    for ls in starts:
        if ls >= end and (m := body.match(text, ls)) is not None:
            yield m
            end = m.end()


# (the two regexes tried at every line of every text, tried at the line starts only: see _at_line_starts)
_ROW_START_BODY = _without_caret(_ROW_START)
_LIST_LINE_BODY = _without_caret(_LIST_LINE)


def _near_cues(rx: re.Pattern[str], text: str, anchors: tuple[tuple[Any, ...], ...], low: str | None,
               apart: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """nlp.text.near_anchors(rx, text, anchors, low), each window starting after the last character before its
    anchor that ``apart`` matches, when that is later: no match holds one between its start and its anchor, so
    each match still lies inside its anchor's window, and the merged windows give the same matches."""
    n = len(text)
    rev = ""
    spans = []
    for a in anchors:
        last = lo = 0       # the anchor before's start and window start: the text is searched back over once
        for m in (a[3].finditer(low) if low is not None and len(a) > 3 and a[3] is not None else a[0].finditer(text)):
            x, margin = m.start(), max(0, m.start() - a[1])
            start = max(margin, last)
            rev = rev or text[::-1]     # (the last such character before x: the first after it, reversed)
            if (q := apart.search(rev, n - x, n - start)) is not None:
                lo = n - q.start()
            else:       # none back to the margin, or to the anchor before: then none after its window's start
                lo = margin if start == margin else max(margin, lo)
            spans.append((lo, min(n, m.end() + a[2])))
            last = x
    spans.sort()
    yield from scan_spans(rx, text, spans)


def _relation_before_capital(text: str, low: str | None) -> bool:
    """Whether ``text`` may hold a relative named at the start of a clause (always, with no folded text):
    ``_RELATIVE_AT_CLAUSE`` is tried at every character, its relation words are rarely before a name."""
    return low is None or any(_NAME_CAPITAL.match(text, m.end()) for m in _RELATION_THEN_BLANK.finditer(low))


def _folded_search(rx: re.Pattern[str], folded: re.Pattern[str] | None, text: str, low: str | None) -> bool:
    """Whether ``rx`` matches ``text``, asked of its case-sensitive twin over ``low`` when there is one."""
    return (folded.search(low) if folded is not None and low is not None else rx.search(text)) is not None


def _folded_iter(rx: re.Pattern[str], folded: re.Pattern[str] | None, text: str, low: str | None) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, or its case-sensitive twin's over ``low`` (spans the same; groups lower-cased)."""
    return folded.finditer(low) if folded is not None and low is not None else rx.finditer(text)


_AND_SAME_SURNAME = re.compile(r"(?:[ \t]{0,2}\([^)\n]{1,20}\))?[ \t]{0,2}(?:,|and|&)[ \t]{1,2}"
                               r"([A-Z][a-z'’\-]{1,20})[ \t]([A-Z][\w'’\-]{1,30})(?![\w'’\-])")
_DOB_ABBR = re.compile(r"(?i:d\.\s?o\.\s?b\b)")
# in that gap, words that make the relative whose it is, not where it went ("… to say the pages belong to her brother, X")
_NOT_SENDING = re.compile(r"\b(?:for|about|regarding|concerning|belong|belongs|belonged|belonging|say|says|said|"
                          r"told|tell)\b", re.I)
# after a name, in its sentence: they were sent it ("X was sent the letter", "…, so he was sent the form")
_SENT_TO_THEM = re.compile(r"^[ \t]+was[ \t]+sent[ \t]+(?:the|a|an|her|his)\b"
                           r"|\b(?:so|and)[ \t]+(?:he|she|they)[ \t]+(?:was|were)[ \t]+(?:sent|emailed|posted|given)\b", re.I)
# the end of a send sentence before the name: "… to her daughter, Mrs ", "… to the son, "
_TO_RELATIVE = re.compile(r"\bto[ \t]+(?:her|his|their|the)[ \t]+(?:son|daughter|wife|husband|partner|mother|father|mum|dad|"
                          r"sister|brother|niece|nephew|carer|neighbour|friend|attorney)[ \t]*,?[ \t]*"
                          r"(?:(?:mrs|mr|ms|miss|mx)\.?[ \t]*)?$", re.I)
_TITLE_AT_END = re.compile(r"[ \t]*(?i:mr|mrs|ms|miss|mx|dr)\.?$")
# a wrapped line's opening before a name: its bracket and title only
_ONLY_TITLE_OR_BRACKET = re.compile(r"[ \t]*\(?[ \t]*(?:(?i:mr|mrs|ms|miss|mx|dr)\.?[ \t]{1,3})?")
# the letter itself as the sentence's subject, just before "addressed to"
_IT_IS = re.compile(r"(?:^|[\s(])(?i:it['’]s|it[ \t]is|it[ \t]was)[ \t]+$")
# an indefinite article before a label in prose: "A patient, Mr X, …", "another resident, Mrs Y"
_A_PATIENT = re.compile(r"(?:^|[\s(])(?i:a|an|another|one)[ \t]+\Z")
# the words that make "Guardian" an office: "Caldicott Guardian", "Freedom to Speak Up Guardian"
_OFFICE_BEFORE = re.compile(r"(?i:caldicott|speak[ \t]up|safe[ \t]working)[ \t]{1,2}\Z")
# a lower-case word after a possessive surname: "Mr Patel's letter", "Mrs Lee's notes"
_LOWER_WORD_AFTER = re.compile(r" [a-z]")
# whose sister: a possessive or a family history's label right before "sister"
_KIN_BEFORE = re.compile(r"(?:\b(?:her|his|their|my|your|our|whose)|['’]s|\bfamily[ \t]+(?:hx|history)\b[ \t]*:?|"
                         r"\bf/?hx?\b[ \t]*:?)[ \t]{1,3}\Z", re.I)
# a job written before a name as if a title, then a forename and a surname ("Nurse Kirsty Rhodes")
ROLE_PREFIX = re.compile(r"(?:Nurse|Staff Nurse|HCA|Receptionist|Midwife|Porter|Paramedic|Pharmacist|Physio|"
                          r"Physiotherapist|Matron|Carer|Care Assistant|Health Visitor|Technician|Administrator|"
                          r"Secretary|Ward Clerk|Clerk)[ \t]{1,3}(?=[A-Z][\w'’\-]+[ \t]+[A-Z])")
# a haemoglobin genotype written after a name on a screening list ("AS", "AA", "SC")
_GENOTYPE = re.compile(r"A[ACSE]|S[ACS]|C[AC]")
# after a title's initial and its full stop, the surname: "Mr A. MacInnes", "Mrs M. Sutherland"
_AFTER_INITIAL = re.compile(r"\. (?=([A-Z\u00C0-\u00DE][\w'’\-]{1,30}))")
_ROMAN = re.compile(r"[IVX]{1,5}(?:[\-–/][IVX]{1,5})?")
# Column labels that are never part of a name ("Patient  CHI  Age  Pick-up" is a table's header line)
# A health number's label, which is also a place word ("Leeds NHS Trust"), before its number ends a name
_NUMBER_LABELS = {"nhs", "chi", "hcn"}
_HOSP_NO_AFTER = re.compile(r"[ \t]{1,2}(?i:no|num|number)\.?[ \t:#]{0,3}[A-Za-z]{0,4}\d")
_NUMBER_AFTER = re.compile(r"[ \t]{0,2}(?:[:.#][ \t]{0,2})?(?:(?i:no|num|number)\b|\d)")
_FIELD_WORDS = {"chi", "nhs", "dob", "d.o.b", "age", "mrn", "hcn", "tel", "ref", "ward", "bed", "no", "no.", "number"}


# the end of a prose run that introduces whose record it is: "… a report for", "… had filtered it:", "details -"
_INTRODUCES_RECORD = re.compile(r"(?:[:\-–\x22“]|\b(?:for|about|regarding|concerning|re|of|details|patient|named))"
                                r"(?:\s+(?:mr|mrs|ms|miss|mx|master)\.?)?\s*$", re.I)   # "a referral for mrs X"


def owns_record(text: str, names: list[str]) -> bool:
    """Whether one of ``names`` (words as written, each opening with a letter) owns a record in ``text``:
    "Jean's DOB", "Dawson’s notes". The same answer as searching ``\\b(?:name|…)['’]s[ \\t]{1,2}<record>``,
    without building that regex for every name: the record part is tried at each "'s", then the words before it.
    """
    if "'s" not in text and "’s" not in text:
        return False
    for m in _OWNED_AFTER.finditer(text):
        q = m.start()
        for name in names:
            p = q - len(name)
            if p >= 0 and text.startswith(name, p) and (p == 0 or not _WORD_CHAR.match(text, p - 1)):
                return True
    return False


def _far_in_prose(label_words: list[str], phrase: str) -> bool:
    """A staff label word that does not lead into the name: the "label" is a run of prose (six words or more)
    and the phrase ends more than two words before the name ("sent" in "I sent an OT home report for")."""
    if len(label_words) < 6:
        return False
    ph = phrase.split()
    k = len(ph)
    last = max((i + k for i in range(len(label_words) - k + 1) if label_words[i:i + k] == ph), default=len(label_words))
    return len(label_words) - last > 2


def _health_number(text: str) -> bool:
    """A 10-digit number with a valid NHS, CHI or H&C check digit (not a phone number: those start with 0
    and fail the CHI date test or the NHS ranges)."""
    from nlp.recognizers.validators import v_chi, v_hc, v_nhs

    return any(v(text) is not None for v in (v_nhs, v_chi, v_hc))


def _cue_rx(cues: list[str], *, before: bool, tail: bool = False) -> re.Pattern[str] | None:
    """One regex for a cue list: any cue in a text (``before``), at the start of one, or ending it (``tail``)."""
    if not cues:
        return None
    alt = alternation({c.lower() for c in cues}, r"\s+")
    if tail:
        # (the role's ward between: "HCA on Ward 9 (Claire Dobson)", "a nurse from Ward 7, X")
        return re.compile(r"\b(?:" + alt + r")s?(?:\s+(?:on|at|from|in)\s+(?:the\s+)?(?:ward|bay|unit)\s+[\w\-]{1,12})?"
                          r"(?:\s+(?:is|was))?\s*[,:\-–]?\s*(?:\(?\s*)$", re.I)     # ("The HCA is X")
    if before:
        return re.compile(r"\b(?:" + alt + r")\b", re.I)
    return re.compile(r"^[\s,)]*(?:\([^)]*\)\s*)?(?:" + alt + r")\b", re.I)


def words_in(s: str) -> list[str]:
    return [t for t in re.split(r"[\s,]+", s) if t]


_FOLD_LETTERS = str.maketrans("łŁđĐøØ", "lLdDoO")
_GAELIC = re.compile(r"[nth]-[^\W\d_]|[nth][A-Z\u00C0-\u00DE]")     # "t-Saoir", "tSaoir" (Irish eclipsis)
_BRACKETED_ASIDE = re.compile(r"\([^)]*\)")
_NON_WORD = re.compile(r"[^\w]+")


def fold(s: str) -> str:
    if s.isascii():         # no accents, no letters to map: casefold is lower
        return s.lower()
    s = s.translate(_FOLD_LETTERS)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


@functools.lru_cache(maxsize=8192)
def name_key(value: str) -> tuple[str, ...]:
    """Comparable tokens: casefolded, accents off, "SMITH, Jane" and "SMITH Jane" -> ("jane", "smith").

    Values keep the order written (DESIGN: names as written); the key puts a capitalised surname run
    first in a name last, so the two orders of one person are one person. A pure function of the value,
    asked for the same few names many times per email (people, subjects, staff, tables): cached."""
    s = fold(surname_first(value))
    if "(" in s:
        s = _BRACKETED_ASIDE.sub(" ", s)
    if "," in s:
        a, b = s.split(",", 1)
        s = f"{b} {a}"
    s = s.replace("'", "").replace("’", "").replace("-", "")     # "Asante-Mensah" is one surname
    toks = [t for t in _NON_WORD.split(s) if t]
    return tuple(t for t in toks if t not in _TITLE_WORDS)


_TITLE_WORDS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "master", "sister", "rev", "sir",
                "dame", "lady", "lord"}


@dataclass
class NameHit:
    ident: Identifier
    rule: str
    strong: bool
    staff: bool = False
    # a prose name (spaCy PERSON) with no person-like evidence around it: kept only when it is
    # part of a name found with evidence elsewhere in the message
    weak: bool = False


# the last word of a firm's name: never a person's
_COMPANY_SUFFIXES = {"ltd", "limited", "llp", "plc", "llc", "inc", "lp"}
_WITH_DIGIT = re.compile(r"[^\s\d]*\d\S*")
# an acronym or initialism ("HIV", "DN", "A&E", "GPs"): typed in capitals by someone who capitalises nothing else
_ACRONYM = re.compile(r"(?<![\w'’])[A-Z][A-Z&]{1,4}s?(?![\w'’])")


def _hurried(text: str, pos: int) -> bool:
    """The paragraph around ``pos`` is written in lower case (40+ letters, at most one capital in 100, acronyms
    aside)."""
    a = text.rfind("\n\n", max(0, pos - 2000), pos)
    b = text.find("\n\n", pos, pos + 2000)
    para = text[a + 1 if a >= 0 else max(0, pos - 2000):b if b >= 0 else pos + 2000]
    para = _WITH_DIGIT.sub(" ", para)       # "hosp no RX1042877": a record number's capitals are no writing
    para = _ACRONYM.sub(" ", para)          # "marcus tenant - HIV clinic review", "lorna DN"
    letters = sum(c.isalpha() for c in para)
    return letters >= 40 and sum(c.isupper() for c in para) * 100 <= letters


_SENTENCE_MARK = re.compile(r"[.!?\n]")


def _lower_sentence(text: str, pos: int) -> bool:
    """The sentence (or line) around ``pos`` is written in lower case (30+ letters, no capital at all)."""
    a = max((m.end() for m in _SENTENCE_MARK.finditer(text, max(0, pos - 300), pos)), default=max(0, pos - 300))
    e = _SENTENCE_MARK.search(text, pos, pos + 300)
    sent = _WITH_DIGIT.sub(" ", text[a:e.start() if e else pos + 300])
    return sum(c.isalpha() for c in sent) >= 30 and not any(c.isupper() for c in sent)


# a hard-wrapped prose line: a few words before the name on its line, and prose going on after the next word
_PROSE_BEFORE = re.compile(r"(?:[^\W\d_][\w'’,\-]*[ \t]{1,3}){3}$")
_WRAP_NEXT = re.compile(r"([A-Z\u00C0-\u00DE][\w'’\-]{1,30})(?:[ \t]{1,3}[a-z]|[,.;:!?)])")
# words that open a sentence or a field, never a surname carried over a line break
_NOT_WRAPPED = {"the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "a",
                "an", "her", "his", "their", "our", "my", "your", "please", "thanks", "thank", "kind", "regards",
                "there", "then", "when", "who", "which", "what", "and", "but", "or", "if", "as", "on", "in", "at",
                "to", "for", "from", "with", "of", "by", "yesterday", "today", "tomorrow", "monday", "tuesday",
                "wednesday", "thursday", "friday", "saturday", "sunday"}


def _wrapped_on(text: str, start: int, j: int, toks: list[str], avoid: set[str]) -> bool:
    """Whether a name that reached a line break at ``j`` goes on at the next line's start: one line break (not
    a blank line), the name's line is prose up to it, and the next line opens with a capitalised word followed
    by prose ("for Margaret\nOyelaran-Hughes was sent"). A list ("Jane Smith\nDOB: …") never joins."""
    if j >= len(text) or text[j] != "\n" or len(toks) > 2 or "," in toks:
        return False
    ls = text.rfind("\n", 0, start) + 1
    if not _PROSE_BEFORE.search(text, max(ls, start - 120), start):
        return False
    nxt = _WRAP_NEXT.match(text, j + 1)
    return nxt is not None and nxt.group(1).lower() not in _NOT_WRAPPED and nxt.group(1).lower() not in avoid


class PersonNameRecognizer(Recognizer):
    KIND = "person_name"
    PATTERNS: ClassVar[list[tuple[str, str]]] = [
        ("title + name", r"\b(?:Mr|Mrs|Ms|Miss|Mx|Master|Dr|Prof|Rev|Sister|Sir|Dame|Lady|Lord)\.?\s{1,3}[A-Z]"
                         r"[^\s,;:()<>]{0,40}")]
    CONTEXT: ClassVar[list[str]] = sorted(_STRONG_LABELS | {"re", "results for", "letter for", "regarding"})
    NEGATIVE_CONTEXT: ClassVar[list[str]] = ["consultant", "clinician", "gp", "doctor", "nurse", "completed by",
                                             "signed", "dictated by", "from", "to", "cc", "seen by"]
    SCORE = 0.85
    CONTEXT_BOOST = 0.0
    VALIDATOR = "none"
    REQUIRES = None
    # (position, text) -> what read_name read there, during one call of find (see read_name)
    _read_memo: dict[tuple[int, str], tuple[int, int, str | None, list[str]] | None] | None = None

    def __init__(self, spec=None, cfg=None) -> None:  # noqa: ANN001
        super().__init__(spec, cfg)
        names = cfg.names if cfg else None
        self.stop = {w.lower() for w in (names.not_name_words if names else [])} | {"dob", "nhs"}
        self.titles = {w.lower() for w in (names.titles if names else _TITLE_WORDS)}
        self.clin_titles = {w.lower() for w in (names.clinician_titles if names else ["dr", "prof", "sister"])}
        self.particles = {w.lower() for w in (names.particles if names else ["de", "van", "von", "bin"])}
        self.places = {w.lower() for w in (names.place_words if names else ["hospital", "ward", "street"])}
        labels = sorted((" ".join(p) for p in self.context), key=len, reverse=True)
        alt = "|".join(re.escape(lbl).replace(r"\ ", r"\s{1,2}") for lbl in labels)
        # a label opens the text or follows a separator or a blank: "(?:^|(?<=[\n,;\t(./\x22])|(?<=\s))", its
        # alternation regrouped by first letter (see _by_first_char)
        label_grouped = _by_first_char([re.escape(lbl).replace(r"\ ", r"\s{1,2}") for lbl in labels], r"[^\n,;\t(./\x22\s]")
        opening = label_grouped or (r"(?:^|(?<=[\n,;\t(./\x22])|(?<=\s\s)|(?<=\s))(?:" + alt + ")")
        # "Mother's partner (not father): X": an aside in brackets may stand between a label and its colon
        self.label_rx = re.compile(r"(?:" + opening + r")\b\.?"
                                   r"(?:[ \t]{1,3}\([^()\n]{1,30}\)(?=[ \t]{0,3}:))?[ \t]{0,3}[:\t\-–=,]?[ \t]{0,12}[\x22']?",
                                   re.I)
        titles = sorted(self.titles, key=len, reverse=True)
        # ("\b" before a title's first letter: no word character before it; regrouped only when every title is
        # letters and digits, which the regex reads as written)
        title_grouped = _by_first_char(titles, r"\w") if all(t.isascii() and t.isalnum() for t in titles) else None
        opening = "(" + title_grouped + ")" if title_grouped else r"\b(" + "|".join(titles) + ")"
        self.title_rx = re.compile(opening + r"\b\.?\s{1,3}(?=[^\W\d_])", re.I)
        greet = names.greetings if names else []
        self.greeting_rx = re.compile(r"(?im)(?:^|(?<=[\x22“‘']))[ \t]*(?:" + "|".join(
            re.escape(g).replace(r"\ ", r"\s+") for g in sorted(greet, key=len, reverse=True)) + r")[ \t]+(?=[^\W\d_])") \
            if greet else None
        self.patient_ctx_rx = _cue_rx(names.patient_context if names else [], before=True)
        self.strong_words = phrase_lists(sorted(_STRONG_LABELS))
        self.recipient_rx = _cue_rx(names.recipient_cues if names else [], before=True)
        self.recipient_after_rx = _cue_rx(names.recipient_after_cues if names else [], before=False)
        self.role_before_rx = _cue_rx(names.staff_roles_before if names else [], before=True, tail=True)
        self.org_words = {w.lower() for w in (names.org_words if names else [])}
        # never carried over a line break into a name
        self.wrap_stop = self.stop | self.places | self.titles | self.org_words
        self.person_before_rx = _cue_rx(names.person_cues_before if names else [], before=True, tail=True)
        self.person_line_rx = _cue_rx(names.person_cues_line if names else [], before=True)
        verbs = names.person_verbs_after if names else []
        states = names.person_states_after if names else []
        alts = []
        if verbs:
            alts.append(r"(?:" + alternation({v.lower() for v in verbs}, r"[ \t]{1,3}") + r")")
        if states:
            alts.append(r"(?:was|were|is|are|has|have|had|has[ \t]been|have[ \t]been|had[ \t]been|who[ \t]is|who[ \t]was)"
                        r"(?:[ \t]{1,3}(?:been|also|both|then|not|never|recently|just|already|previously|since|"
                        r"only|still|now|all)){0,2}[ \t]{1,3}(?:" + alternation({v.lower() for v in states}, r"[ \t]{1,3}")
                        + r")")
        owned = (r"s[ \t]{1,3}(?:(?:new|old|latest|recent|last|own|full|whole)[ \t]{1,3})?"
                 r"(?:mum|dad|mother|father|son|daughter|wife|husband|partner|carer|baby|"
                 r"child|children|parents?|family|brother|sister|nan|gran|grandson|"
                 r"granddaughter|letter|letters|results?|notes|records?|details|file|"
                 r"appointment|referral|prescription|medication|care|address|phone|mobile|"
                 r"number|dob|nhs|tests?|scan|report|discharge|blood|bloods|x-ray|"
                 r"history|diagnosis|treatment|case|plan|form|mri|ct|gp|school|room|bed)\b")
        said = r"(?:" + "|".join(alts) + r")(?![\w])"
        self.prose_after_rx = re.compile(r"(?:['’]" + owned + r"|[ \t]{1,3}" + said + ")", re.I) if alts else None
        # the same after a letter, its first character (a blank or an apostrophe) taken before the letter is looked
        # at: the same matches as "(?<=[^\W\d_])(?:" + prose_after_rx + ")", but re skips to those characters in C
        self.prose_cue_rx = re.compile(r"[ \t'’](?<=[^\W\d_].)(?:(?<=['’])" + owned + r"|(?<=[ \t])[ \t]{0,2}" + said + ")",
                                       re.I) if alts else None
        # case-sensitive twins for lower-cased text (see nlp.text.fold_rx)
        self._label_folded = fold_rx(self.label_rx)
        # the folded labels and titles tried only right after a separator (re skips to those in C, not to every
        # letter that may open one; see _spans_at_edges)
        self._label_after_sep = _after_separator(self._label_folded, r"(?<![^\n,;\t(./\x22\s].)", r"[\n,;\t(./\x22\s]") \
            if label_grouped and self._label_folded is not None else None
        self._title_folded = fold_rx(self.title_rx)
        self._title_after_sep = _after_separator(self._title_folded, r"(?<!\w.)", r"\W") \
            if title_grouped and self._title_folded is not None else None
        self._prose_cue_folded = fold_rx(self.prose_cue_rx) if self.prose_cue_rx is not None else None
        # whether a text holds a patient cue (only that is asked): the same cues, each opening at a word's start,
        # regrouped by first letter (see _by_first_char; the order of the alternatives cannot change whether one
        # matches somewhere)
        ctx = sorted({re.escape(c.lower()).replace(r"\ ", r"\s+") for c in (names.patient_context if names else [])})
        grouped = _by_first_char(ctx, r"\w") if ctx else None
        self._patient_ctx_gate = fold_rx(re.compile("(?:" + grouped + r")\b", re.I)) if grouped else \
            fold_rx(self.patient_ctx_rx) if self.patient_ctx_rx is not None else None
        # (asked at the text's start and right after each non-word character: see _spans_at_edges)
        self._patient_ctx_after_sep = _after_separator(self._patient_ctx_gate, r"(?<!\w.)", r"\W") \
            if grouped and self._patient_ctx_gate is not None else None
        cues = names.person_cues_before if names else []
        self.person_after_rx = re.compile(r"^\s*[(,\-–]\s*(?:(?:her|his|their|the|a)\s+)?(?:" + "|".join(
            re.escape(c).replace(r"\ ", r"\s+") for c in sorted(cues, key=len, reverse=True)) + r")\b", re.I) \
            if cues else None

    def _label_spans(self, text: str, low: str | None) -> list[tuple[int, int]]:
        """The spans of ``self.label_rx.finditer(text)``."""
        if low is None or self._label_after_sep is None or self._label_folded is None:
            return [m.span() for m in _folded_iter(self.label_rx, self._label_folded, text, low)]
        return _spans_at_edges(self._label_folded, self._label_after_sep, low)

    def _patient_cue(self, text: str, low: str | None) -> bool:
        """Whether ``self.patient_ctx_rx`` matches ``text``."""
        if low is None or self._patient_ctx_gate is None:
            return self.patient_ctx_rx is not None and self.patient_ctx_rx.search(text) is not None
        if self._patient_ctx_after_sep is None:
            return self._patient_ctx_gate.search(low) is not None
        return self._patient_ctx_gate.match(low) is not None or self._patient_ctx_after_sep.search(low) is not None

    def _title_starts(self, text: str, low: str | None) -> list[int]:
        """Where ``self.title_rx.finditer(text)`` finds a title."""
        if low is None or self._title_after_sep is None or self._title_folded is None:
            return [m.start() for m in _folded_iter(self.title_rx, self._title_folded, text, low)]
        return [a for a, _ in _spans_at_edges(self._title_folded, self._title_after_sep, low)]

    # -- organisations, services, benefits, products ---------------------------
    def org_like(self, toks: list[str]) -> bool:
        """A candidate whose words name an organisation, service, benefit, building or product."""
        real = [t for t in toks if t != ","]
        for k, t in enumerate(real):
            low = t.lower().rstrip(".")
            bare = low[:-2] if low.endswith(("'s", "’s")) else low
            if low in self.org_words or bare in self.org_words:
                return True
            if k == 0 and bare in ("st", "saint"):
                return True
        return False

    def person_evidence(self, text: str, s: int, e: int, toks: list[str]) -> bool:
        """Structural signs that a prose name is a person's (no first-name lexicon)."""
        real = [t for t in toks if t != ","]
        # SURNAME in capitals beside a mixed-case forename ("Ioana STANCIU")
        if any(len(t) >= 3 and t.isalpha() and t.isupper() for t in real) and \
                any(not t.isupper() for t in real):
            return True
        if re.match(r"['’]s\b", text[e:e + 3]) or re.search(r"['’]s$", text[s:e]):     # possessive
            return True
        ls, le = line_bounds(text, s)
        before = text[max(ls, s - 40):s]
        if ls >= 2 and not before.strip() and text[ls - 2] not in ".!?:\n":
            before = text[max(0, ls - 41):ls - 1] + " "     # "carer for her husband\nKofi X": the cue wrapped above
        if self.person_before_rx and self.person_before_rx.search(before):
            return True
        if self.person_after_rx and self.person_after_rx.match(text[e:min(le, e + 40)]):   # "Liam Doherty (dad)"
            return True
        if self.prose_after(text, e):       # "Milo Feil was x-rayed", "Mike Johnson, 123 The Street"
            return True
        if _ADDRESS_BELOW.match(text, e, e + 80):     # an address label's first line
            return True
        line = text[ls:s] + " " + text[e:le]
        if self.person_line_rx and self.person_line_rx.search(line):
            return True
        # a pronoun in the rest of the sentence or the next one
        tail = re.split(r"\n\s*\n", text[e:e + 200])[0]
        if re.search(r"\b(?:he|she|his|her|him|hers|himself|herself)\b", tail, re.I):
            return True
        # one of the name's words later owns a record: "… instead of Jean Dawson. … Jean's DOB is 27.03.66"
        own = [t for t in real if len(t) >= 3 and t[0].isupper()]
        return bool(own) and owns_record(text[e:e + 3000], own)

    def prose_after(self, text: str, e: int) -> bool:
        """What follows a person's name in clinical prose, or their contact details."""
        return bool((self.prose_after_rx is not None and self.prose_after_rx.match(text, e, e + 80))
                    or _CONTACT_AFTER.match(text, e, e + 80))

    def _name_ending_at(self, text: str, p: int, ents: list[tuple[int, int]]) -> tuple[int, int, str | None, list[str]] | None:
        """The longest untitled name of 2+ words that ends exactly at ``p`` on its line (then spaCy's start)."""
        ls = text.rfind("\n", max(0, p - 80), p) + 1 or max(0, p - 80)
        starts = [m.start() for m in _CAP_WORD.finditer(text, ls, p)]
        if ls >= 2 and text[ls - 1] == "\n" and text[ls - 2] != "\n":   # a name wrapped onto this line
            starts = [m.start() for m in _CAP_WORD_EOL.finditer(text, max(0, ls - 40), ls)] + starts
        starts += [es for es, ee in ents if ee == p and es >= ls]
        for st in starts:
            got = self.read_name(text, st)
            if got and got[1] == p and got[2] is None and len([t for t in got[3] if t != ","]) >= 2:
                return got
        return None

    def _prose_names(self, text: str, ents: list[tuple[int, int]],
                     low: str | None = None) -> list[tuple[int, int, str | None, list[str], str]]:
        """Names in prose with no title or label, by what follows them; then back along a list ("X, Y and Z")."""
        if self.prose_after_rx is None:
            return []
        out: list[tuple[int, int, str | None, list[str], str]] = []
        # a name ends in a letter: only cues right after one are tried (the regex skips the rest itself)
        cues = [(m.start(), "clinical prose") for m in _folded_iter(self.prose_cue_rx, self._prose_cue_folded, text, low)]
        contact = _near_cues(_CONTACT_CUE, text, _CONTACT_ANCHORS_AT, None, _NOT_BEFORE_CONTACT_AT) if "@" in text \
            else _near_cues(_CONTACT_CUE_NO_AT, text, _CONTACT_ANCHORS, None, _NOT_BEFORE_CONTACT)
        cues += [(m.start(), "contact details after") for m in contact]
        for p, why in sorted(cues):
            got = self._name_ending_at(text, p, ents)
            while got is not None and len(out) < 2000:
                s, e, title, toks = got
                if self.org_like(toks) or (why == "contact details after" and _named_by_domain(text, e, toks)):
                    break
                out.append((s, e, title, toks, why))
                gap = _LIST_GAP.search(text, max(0, s - 12), s)
                if gap is None:
                    break
                got = self._name_ending_at(text, gap.start(), ents)
                why = "listed with a named person"
        return out

    def read_lower(self, text: str, s: int, e: int) -> tuple[int, int, list[str]] | None:
        """A lower-case name in text[s:e] with leading non-name words dropped ("saw jane smith" -> "jane smith")."""
        toks = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", text[s:e])]
        while toks and (toks[0][2].lower() in self.stop or toks[0][2].lower() in self.titles
                        or toks[0][2].lower() in _LOWER_LEAD):
            toks.pop(0)
        if not 2 <= len(toks) <= 3 or any(t.lower() in self.stop or t.lower() in self.places
                                           or t.lower() in self.org_words or _QUOTED.search(t) for _, _, t in toks):
            return None
        return s + toks[0][0], s + toks[-1][1], [t for _, _, t in toks]

    def _particle_start(self, text: str, st: int) -> list[int]:
        """The start of a one-letter surname particle right before ``st`` ("Ó BRIAIN Pádraig (DOB …"): the
        cue regexes' first word needs two letters, so "Ó" would be cut off."""
        m = _PARTICLE_BEFORE.search(text, max(0, st - 4), st)
        return [m.start()] if m and m.group(1).lower() in self.particles else []

    def _bracketed_list(self, text: str) -> list[tuple[int, int, list[str]]]:
        """People listed along one line, each with a note in brackets: "Ward 7: Yitzhak Rosenbaum (Jewish, requests
        rabbi), Fatima-Zahra Benali (Muslim, halal), Pawel Nowak (RC)"; "hamish laidlaw (C of S), Gurpreet Kaur
        Sandhu (Sikh)". Two or more on the line, each name whole (a capitalised or a lower-case one)."""
        out: list[tuple[int, int, list[str]]] = []
        if "), " not in text:
            return out
        pos = 0
        staff_list = False      # the line before was a staff list's, and did not end: this line goes on with it
        for line in text.split("\n"):
            ls, pos = pos, pos + len(line) + 1
            carried, staff_list = staff_list, False
            body = _LINE_LABEL.match(line)
            if body is not None and (_STAFF_LIST_HEAD.search(body.group(0)) or _STAFF_LABEL.search(body.group(0))) \
                    or (carried and line.strip() and body is None):
                staff_list = bool(line.strip()) and not line.rstrip().endswith((".", "!", "?"))
                continue        # "Present: X (Chair), Y (IG Officer),\n Z (Care Home)": the meeting's staff
            if line.count("(") < 2 or "), " not in line or len(line) > 600:
                continue
            start = body.end() if body else 0
            got = []
            for seg in _BRACKET_SEG.finditer(line, start):
                if _ROLE_NOTE.search(seg.group(0), seg.end(1)):
                    got = []
                    break       # "Gareth Nolan (CISO)": a bracket holding a job is a staff list
                a, b = seg.start(1), seg.end(1)
                name = self.read_name(line, a)
                if name is not None and name[1] == b and name[2] is None and 2 <= len(name[3]) <= 4 \
                        and not self.org_like(name[3]):
                    got.append((ls + a, ls + b, name[3]))
                    continue
                low = self.read_lower(line, a, b)
                if low is not None and low[0] == a and low[1] == b and not self.org_like(low[2]):
                    got.append((ls + a, ls + b, low[2]))
            if len(got) >= 2:
                out.extend(got)
        return out

    def _listed_people(self, text: str, starts: list[int] | None = None) -> list[tuple[int, int, list[str]]]:
        """Names that open MIN_LIST or more consecutive lines (a list of people with no health numbers)."""
        out: list[tuple[int, int, list[str]]] = []
        run: list[tuple[int, int, list[str]]] = []
        last_line = -2
        line_no = 0
        pos = 0

        def flush() -> None:
            if len(run) >= MIN_LIST:
                ls = text.rfind("\n", 0, run[0][0]) + 1
                above = [ln for ln in text[max(0, ls - 200):ls].split("\n") if ln.strip()][-2:]
                if not _STAFF_LIST_HEAD.search(" ".join(above)):
                    out.extend(run)
            run.clear()

        for m in _at_line_starts(_LIST_LINE_BODY, text, _line_starts(text) if starts is None else starts):
            line_no += text.count("\n", pos, m.start())
            pos = m.start()
            got = self.read_name(text, m.end())
            ok = got is not None and got[2] is None and 2 <= len([t for t in got[3] if t != ","]) <= 4 \
                and not self.org_like(got[3]) and _LIST_END.match(text, got[1]) \
                and not (_BED_KEY.search(text, text.rfind("\n", 0, m.end()) + 1, m.end())
                         and any(t.lower() in _BED_STATES for t in got[3]))     # "Bed 2 Deep Clean"
            if not ok and run:      # "sadie armstrong - 23 - …" in a list of capitalised names
                lw = re.match(r"[a-z][a-z'’\-]{1,30} [a-z][a-z'’\-]{1,30}", text[m.end():m.end() + 64])
                low = self.read_lower(text, m.end(), m.end() + lw.end()) if lw else None
                if low is not None and _LIST_END.match(text, low[1]):
                    got, ok = (low[0], low[1], None, low[2]), True
            if not ok:
                flush()
                continue
            if line_no != last_line + 1:
                flush()
            if (cm := _COMMA_FORENAME.match(text, got[1])) is not None and len(got[3]) <= 2:
                got = (got[0], cm.end(1), got[2], [*got[3], ",", cm.group(1)])   # "Ó Súilleabháin, Tadhg   NBM"
            run.append((got[0], got[1], got[3]))
            last_line = line_no
            if len(out) > 5000:
                break
        flush()
        return out

    # -- reading one name -----------------------------------------------------
    def read_name(self, text: str, pos: int) -> tuple[int, int, str | None, list[str]] | None:
        """Read a name starting at ``pos``: (start, end, title, tokens) or None.

        During :meth:`find` the same (text, position) is read once (many rules try the same word), and each
        caller gets its own tokens list; the memo is dropped when ``find`` returns (one section's text)."""
        memo = self._read_memo
        if memo is None:
            return self._read_name(text, pos)
        key = (pos, text)
        got = memo[key] if key in memo else memo.setdefault(key, self._read_name(text, pos))
        return None if got is None else (got[0], got[1], got[2], list(got[3]))

    def _read_name(self, text: str, pos: int) -> tuple[int, int, str | None, list[str]] | None:
        title = None
        m = self.title_rx.match(text, pos)
        if m and m.group(1) == "sister" and _KIN_BEFORE.search(text, max(0, pos - 30), pos):
            return None     # "Family hx: sister Agata X", "her sister Ann X": a relative, not the nurse's title
        if m:
            title = m.group(1).lower()
            pos = m.end()
        elif (r := ROLE_PREFIX.match(text, pos)) is not None:
            pos = r.end()   # "Nurse Kirsty Rhodes", "HCA Joanna Wójcik" on a contact list: the job is not the name
        if not text[pos:pos + 1].isupper():
            return None     # a name's first word is capitalised (the loop below would stop at once)
        toks: list[str] = []
        start = pos
        end = pos
        i = pos
        comma_form = False
        limit = min(len(text), pos + 80)
        while i < limit and len(toks) < 5:
            if toks and _DOB_ABBR.match(text, i):
                break           # "Re: Jo Bloggs D.O.B. 02/04/1988": the field, not an initial
            tm = _TOKEN.match(text, i)
            if not tm:
                break
            tok = tm.group(0).rstrip(".")
            # ("Ms Griffiths's IDVA rang": after a title, a possessive surname before a capital ends the name too)
            # ("Mr Patel's letter": after a title, the possessive is the surname's too)
            possessive = len(tok) > 3 and tok.endswith(("'s", "’s")) and (
                bool(toks) or (title is not None and (text[i + len(tm.group(0)):i + len(tm.group(0)) + 2][1:].isupper()
                                                      or _LOWER_WORD_AFTER.match(text, i + len(tm.group(0))) is not None)))
            if possessive:
                tok = tok[:-2]          # "Harper Lennox's mum": the name is "Harper Lennox"
            low = tok.lower()
            if toks and low in _FIELD_AFTER_NAME and tok.isupper():
                break           # "Maureen Bellamy NHS 7241078314": the record's field, after the name
            if toks and low in _POST_NOMINALS and (tok.isupper() or tok in _POST_NOMINALS_MIXED):
                break           # "Simone Achebe-Walker MCSP", "A. Chaudhry MRPharmS": letters after a name
            if len(toks) >= 2 and len(tok) == 2 and tok.isupper() and _GENOTYPE.fullmatch(tok) \
                    and not any(t.isupper() for t in toks):
                break           # "FOB: Obinna Eze AS (carrier)": the haemoglobin genotype after the name
            if toks and low in ("hospital", "hosp") and _HOSP_NO_AFTER.match(text, tm.end()):
                break           # "Patient is Mr Okonkwo hospital no RX4455667": the record's number, after the name
            if low in self.places and title is not None and toks and low not in self.stop \
                    and not re.match(r" [A-Z\u00C0-\u00DE]", text[i + len(tm.group(0)):i + len(tm.group(0)) + 2]):
                pass   # "Ms Min-Ji Park," / "Mr Tom Hill." after a title: a surname, not a place
            elif low in self.stop or low in self.places or (low in self.titles and toks):
                if low in self.places and toks and not (low in _NUMBER_LABELS and _NUMBER_AFTER.match(text, tm.end())):
                    # ("ZAJĄC Tomasz NHS 699-823-5607": "NHS" labels the number, it ends the name)
                    return None
                break
            gaelic = bool(toks) and _GAELIC.match(tok) is not None      # "Mac an t-Saoir"
            if not tok[0].isupper() and not (low in self.particles and toks) and not gaelic:
                break
            toks.append(tok)
            end = i + len(tok)
            if possessive:
                break
            j = end
            # separators inside a name: one space; or "SURNAME, Forename" once
            # (the surname may be several capitalised words: "Ó CONCHÚIR, Oisín", "DOS SANTOS, Mariana")
            if text.startswith(", ", j) and len(toks) <= 3 and all(t.isupper() for t in toks) and len(tok) > 1 \
                    and not comma_form:
                nxt = _TOKEN.match(text, j + 2)
                if nxt and nxt.group(0)[0].isupper() and not nxt.group(0).isupper() \
                        and nxt.group(0).lower().rstrip(".") not in self.stop:
                    comma_form = True
                    i = j + 2
                    toks.append(",")
                    continue
            nick = _NICKNAME.match(text, j) if len(toks) == 1 and not comma_form else None
            if nick and nick.group(1).lower() not in self.stop:
                i = nick.end()      # "Mr Bartholomew (Bart) Achterberg": the surname follows the nickname
                continue
            if j < len(text) and text[j] == " " and j + 1 < len(text) and text[j + 1] not in " \t\n":
                i = j + 1
                continue
            if title is not None and len(tok) == 1 and tok.isupper() and (nxt := _AFTER_INITIAL.match(text, j)) \
                    and nxt.group(1).lower() not in self.stop:
                i = j + 2       # "Mr A. MacInnes": after a title, an initial with its full stop, then the surname
                continue
            if _wrapped_on(text, start, j, toks, self.wrap_stop):
                i = j + 1       # "the letter for Margaret\nOyelaran-Hughes was sent": a hard wrap in prose
                limit = min(len(text), i + 80)
                continue
            break
        while toks and (toks[-1] == "," or toks[-1].lower() in self.particles):
            toks.pop()
        if not toks:
            return None
        return start, end, title, toks

    # -- scanning -------------------------------------------------------------
    def find(self, text: str, where: str, layout: Layout | None,
             ents: list[tuple[int, int]] = (), max_hits: int = 5000) -> list[NameHit]:  # type: ignore[assignment]
        """Name hits over bounded windows (offsets are the section's)."""
        self._read_memo = {}
        try:
            return self._find_windows(text, where, layout, ents, max_hits)
        finally:
            self._read_memo = None

    def _find_windows(self, text: str, where: str, layout: Layout | None, ents: list[tuple[int, int]],
                      max_hits: int) -> list[NameHit]:
        out: list[NameHit] = []
        for off, chunk in windows(text, self.window):
            local = [(a - off, b - off) for a, b in ents if off <= a and b <= off + len(chunk)]
            lay = layout.shifted(off) if layout else None
            for h in self._find(chunk, where, lay, local):
                h.ident.start += off
                h.ident.end += off
                if not any(o.ident.start == h.ident.start for o in out[-20:]):   # window overlap
                    out.append(h)
            if len(out) >= max_hits:
                break
        return out

    def _find(self, text: str, where: str, layout: Layout | None, ents: list[tuple[int, int]]) -> list[NameHit]:
        hits: list[NameHit] = []
        taken = bytearray(len(text) + 1)
        low = folded_lower(text)

        def add(s: int, e: int, title: str | None, toks: list[str], rule: str, strong: bool, lead: int,
                force_staff: bool = False) -> None:
            if any(taken[s:e]):
                return
            real = [t for t in toks if t != ","]
            if not real or (len(real) < 2 and not title):
                return
            value = text[s:e]
            # a strong rule's name is still the recipient when the mail says it went to them ("it went in the
            # envelope addressed to another service user, X")
            staff = force_staff or (self._staffish(text, lead, s, e, title, layout)
                                    and (not strong or self._recipient(text, s, e))) \
                or _HOST_RECORD.search(text, max(0, s - 24), s) is not None \
                or _WORKS_HERE.match(text, e, e + 120) is not None \
                or _NOT_THE_PATIENT.match(text, e, e + 40) is not None
            conf = self.base + (0.1 if strong else 0.0) - (0.15 if len(real) < 2 else 0.0)
            ev = {"recognizer": self.name, "rule": rule, "validator": "name shape"}
            if title:
                ev["title"] = title
            ident = Identifier(kind=self.kind, value=" ".join(value.split()), text=value,
                               where=where, confidence=min(conf, 1.0), evidence=ev, start=s, end=e)
            taken[s:e] = b"\x01" * (e - s)
            hits.append(NameHit(ident, rule, strong, staff))

        for ms, me in self._label_spans(text, low):
            matched = text[ms:me]       # the text as written (a folded match's groups are lower-cased)
            label = " ".join(words(matched))
            if re.search(r"[a-z]{4}\.[ \t]", matched):
                continue    # "… who represent the patient. Pryce Llewellyn have not replied": a sentence ends there
            got = self.read_name(text, me)
            if not got:
                continue
            s, e, title, toks = got
            if toks and toks[0] in ("S", "s") and text[s - 1:s] in ("'", "’"):
                continue    # "THE PATIENT'S OWN IS …": the label's possessive, not a name
            if title is None and toks and toks[-1].lower().rstrip(".") in _COMPANY_SUFFIXES:
                continue    # "Partner, Hartley Fox LLP": a firm under a signature, not the partner's name
            if "," in toks:     # "Patient: HAROLD BAINES, Harold": the forename typed again after the full name
                k = toks.index(",")
                before = {t.lower() for t in toks[:k]}
                if k >= 2 and toks[k + 1:] and all(t.lower() in before for t in toks[k + 1:]):
                    e = s + text[s:e].index(",")
                    toks = toks[:k]
            strong = has_phrase(words(label), self.strong_words) is not None
            if title is not None and _A_PATIENT.search(text, max(0, ms - 12), ms) \
                    and not re.search(r"[:\t=]", matched):
                continue    # "A patient, Mr X, collected …": prose about someone (the title rule reads them), no field
            if _OFFICE_BEFORE.search(text, max(0, ms - 30), ms) and label.lower().startswith("guardian"):
                add(s, e, title, toks, "office holder", False, ms, force_staff=True)
                continue    # "Caldicott Guardian: Dr Simon X": an office of the trust, not a child's guardian
            if label.strip(" :").lower() in _FIELD_ONLY and not re.search(r"[:\t=]", matched):
                continue    # "her brother Oliver X's email" is prose (the recipient), "Brother: Oliver X" a field
            if not strong and title is None and self.org_like(toks):
                continue
            if title is None and not re.search(r"[:\t=]", matched) and any(t.lower() in _FIELD_WORDS for t in toks):
                continue    # "Bed  Hosp no    Name      Age Notes": a header row's next columns, no field's value
            if strong and title is None and not re.search(r"[:\t\-–=,]|\s{2}", matched) \
                    and (self.org_like(toks) or any(t.lower() in _FIELD_WORDS for t in toks)):
                continue    # "Patient Transport Hub", "Patient CHI Age": words after a word, not a field's value
            if not strong:  # "Re:", "Results for": need a DOB/NHS/bracket or a title or spaCy's agreement
                ls, le = line_bounds(text, s)
                rest = text[e:le].lower()
                strong = bool(re.search(r"\b(dob|d\.o\.b|date of birth|nhs|chi|born|hospital|mrn)\b|\(\s*\d", rest)) \
                    or any(es <= s < ee for es, ee in ents) or (title is not None and title not in self.clin_titles)
                if not strong:
                    continue
            if title in self.clin_titles and not has_phrase(words(label), self.strong_words):
                add(s, e, title, toks, "clinician title", False, ms, force_staff=True)
                continue
            add(s, e, title, toks, f"label '{label.strip(':')}'", True, ms)
        starts = _line_starts(text)
        row_starts = list(_at_line_starts(_ROW_START_BODY, text, starts))     # read twice: capitalised rows, then lower-case bed rows
        unsure: list[tuple[int, int, list[str], int]] = []    # bed rows read as people by their neighbours
        for m in row_starts:
            got = self.read_name(text, m.end())
            if not got:
                continue
            s, e, title, toks = got
            ls, le = line_bounds(text, s)
            rest = text[e:le]
            comma_form = "," in toks
            if title in self.clin_titles:
                continue
            if title is None and self.org_like(toks):
                continue
            rest = _ROW_NOTE.sub("", rest, count=1)     # "Kian ASHWORTH (her son), RiO ID …": past the note
            if comma_form or _ROW_EVIDENCE.search(rest[:60]) \
                    or (rest[:1] == "," and m.group(0).strip() and _ROW_EVIDENCE_LATER.search(rest, 0, 160)):
                add(s, e, title, toks, "list row" if not comma_form else "SURNAME, Forename", True, m.end())
            elif m.group("bed") and title is None and len(toks) >= 2 and not any(t.lower() in self.stop for t in toks) \
                    and (after := _BED_ROW_AFTER.match(text, e)):
                if self._bed_row_person(text, s, e, toks, after, ents):
                    add(s, e, title, toks, "bed row", True, m.end())
                elif not any(t.lower() in _BED_STATES for t in toks) and not self.org_like(toks):
                    unsure.append((s, e, toks, m.end()))
        for s, e, toks, lead in unsure:
            # "Bed 2 Morag Lindsay - side room, C.diff" on a board whose other beds hold people: a person too
            if sum(h.rule == "bed row" and abs(h.ident.start - s) < 400 for h in hits) >= 2:
                add(s, e, None, toks, "bed row", True, lead)
        for m in row_starts:
            # "  noah fitzgerald<TAB>DOB 3.9.12<TAB>…": a lower-case name opening a row of a list whose other rows
            # open with capitalised names before their record fields
            if m.group("bed") or not text[m.end():m.end() + 1].islower() \
                    or sum(h.rule in ("list row", "SURNAME, Forename") and abs(h.ident.start - m.start()) < 400
                           for h in hits) < 2:
                continue
            lw = re.match(_LOW_WORD + r"(?:[ ]" + _LOW_WORD + r"){1,2}", text[m.end():m.end() + 96])
            got_l = self.read_lower(text, m.end(), m.end() + lw.end()) if lw else None
            if got_l is not None and not self.org_like(got_l[2]) and _ROW_EVIDENCE.search(text[got_l[1]:got_l[1] + 60]):
                add(got_l[0], got_l[1], None, got_l[2], "lower-case list row", True, m.end())
        for m in row_starts:
            # "bed 4 ivan petrov - detox": a lower-case name on a bed-keyed line of a hurried note
            if not m.group("bed") or not text[m.end():m.end() + 1].islower():
                continue
            if not _hurried(text, m.start()) and not m.group("bed").lstrip()[:1].islower() and not any(
                    h.rule == "bed row" and abs(h.ident.start - m.start()) < 400 for h in hits):
                continue     # (or a line of a whiteboard whose other beds hold capitalised names)
            lw = re.match(_LOW_WORD + r"(?:[ ]" + _LOW_WORD + r"){1,2}", text[m.end():m.end() + 96])
            got_l = self.read_lower(text, m.end(), m.end() + lw.end()) if lw else None
            if got_l is not None and (after := _BED_ROW_AFTER.match(text, got_l[1])) \
                    and not self.org_like(got_l[2]) and not any(t in _BED_STATES for t in got_l[2]) \
                    and (re.match(r"[ \t]{0,2}\d", after.group(0)) or re.match(r"[ \t]{0,3}(?:[\-–(]|$)", after.group(0))):
                add(got_l[0], got_l[1], None, got_l[2], "lower-case bed row", True, m.end())
        for m in (_DASH_FIELD.finditer(text) if " - " in text or " – " in text else ()):
            # "Discharge summary - Eoin PRITCHARD - RM no R1 - NHS 943 …": a record's name, one field of its line
            got = self.read_name(text, m.end())
            if got is None or got[2] is not None or self.org_like(got[3]) or "," in got[3]:
                continue
            s, e, _, toks = got
            if _DASH_FIELD.match(text, e) and _ROW_EVIDENCE_LATER.search(text, e, min(line_bounds(text, e)[1], e + 120)):
                add(s, e, None, toks, "name as a field of a record line", True, s)
        for m in (_CAPS_COMMA.finditer(text) if ", " in text else ()):
            # "DISCHARGE SUMMARY   JENKINS, Owen   DOB …": a laid-out line's field (a tab or 2+ spaces before it)
            # "Fails in LIVE for CAMPBELL, Hyacinth, MRN N6445601": in prose, the record's number or DOB right after it
            st = m.start()
            laid_out = text[st - 1:st] == "\t" or text[max(0, st - 2):st] == "  "
            if not laid_out and not _FIELD_RIGHT_AFTER.match(text, m.end()):
                continue
            got = self.read_name(text, st)
            if got is None or "," not in got[3] or got[2] is not None or self.org_like(got[3]):
                continue
            _, le = line_bounds(text, got[1])
            if (laid_out and _ROW_EVIDENCE.search(_ROW_NOTE.sub("", text[got[1]:le], count=1)[:60])) \
                    or (not laid_out and _FIELD_RIGHT_AFTER.match(text, got[1])):
                add(got[0], got[1], None, got[3], "SURNAME, Forename", True, st)
        self._caps_then_forename(text, add)
        self._forename_then_caps(text, add)
        self._apostrophe_dropped(text, add, low)
        dob_cue = _folded_search(_BEFORE_DOB_NEEDS, _BEFORE_DOB_NEEDS_FOLDED, text, low)    # (asked twice)
        for m in (_near_cues(_NAME_RECORD_CUE, text, _NAME_RECORD_ANCHORS, low, _NOT_BEFORE_RECORD_CUE)
                  if dob_cue or "nhs" in low else ()):
            got = self.read_name(text, m.start(1))
            if got and got[1] == m.end(1) and got[2] is None and len(got[3]) >= 2 and not self.org_like(got[3]):
                add(got[0], got[1], None, got[3], "name before its record and a DOB", True, m.start(1))
        for m in (_near_cues(_BEFORE_DOB, text, _BEFORE_DOB_ANCHORS, low, _NOT_BEFORE_DOB_CUE) if dob_cue else ()):    # (its one anchor)
            got = None
            for st in self._particle_start(text, m.start(1)) + [m.start(1)] \
                    + [k + 1 for k in range(m.start(1), m.end(1)) if text[k] in " \t"]:
                got = self.read_name(text, st)     # "Call Jane Doe, DOB …": the name starts after "Call"
                if got and got[1] >= m.end(1) - 1:
                    break
                got = None
            if got and got[1] <= m.end(1) + 1 and got[2] not in self.clin_titles \
                    and not (m.group("dated") and (self.org_like(got[3]) or len(got[3]) < 2)) \
                    and not (text[m.end(1):m.end(1) + 1] == " " and (self.org_like(got[3]) or any(
                        t.lower() in _FIELD_WORDS or t.lower() in ("name", "patient", "full") for t in got[3]))):
                s, e, title, toks = got
                add(s, e, title, toks, "name before DOB", True, m.start(1))
        for m in _near_cues(_BEFORE_NUMBER, text, _BEFORE_NUMBER_ANCHORS, None, _NOT_BEFORE_NUMBER):
            if not _health_number(m.group(2)):
                continue
            got = None
            for st in self._particle_start(text, m.start(1)) + [m.start(1)] \
                    + [k + 1 for k in range(m.start(1), m.end(1)) if text[k] in " \t"]:
                got = self.read_name(text, st)
                if got and got[1] >= m.end(1) - 1:
                    break
                got = None
            if got and got[1] <= m.end(1) + 1 and got[2] not in self.clin_titles and not self.org_like(got[3]):
                s_, e_, title, toks = got
                add(s_, e_, title, toks, "name before a health number", True, m.start(1))
        for m in (_BEFORE_BED.finditer(text) if _BEFORE_BED_NEEDS.search(text) else ()):
            got = self.read_name(text, m.start(1))
            if got and got[1] == m.end(1) and got[2] not in self.clin_titles and not self.org_like(got[3]):
                add(got[0], got[1], got[2], got[3], "name before its bed", True, m.start(1))
        for m in (_BEFORE_AGE_QUOTE.finditer(text) if _BEFORE_AGE_QUOTE_NEEDS.search(text) else ()):
            got = self.read_name(text, m.start(1))
            if got and got[1] == m.end(1) and got[2] not in self.clin_titles and not self.org_like(got[3]):
                add(got[0], got[1], got[2], got[3], "name before its age and complaint", True, m.start(1))
        for m in (_NAMED_IN.finditer(text) if "named in" in low else ()):
            got = self.read_name(text, m.start(1))
            if got and got[1] == m.end(1) and got[2] not in self.clin_titles and not self.org_like(got[3]):
                add(got[0], got[1], got[2], got[3], "named in the report", True, m.start(1))
        pairs_by_shape: dict[tuple[str, int, int], list[tuple[int, int, str | None, list[str]]]] = {}
        for m in (_BEFORE_LOCAL.finditer(text) if _BEFORE_LOCAL_NEEDS.search(text) else ()):
            got = self.read_name(text, m.start(1))
            if got and got[1] == m.end(1) and got[2] not in self.clin_titles and not self.org_like(got[3]):
                sentence = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start()))
                pairs_by_shape.setdefault((m.group(2), len(m.group(3)), sentence), []).append(got)
        for shape_pairs in pairs_by_shape.values():
            for got in shape_pairs if len(shape_pairs) >= 2 else ():
                add(got[0], got[1], got[2], got[3], "name before a local number", True, got[0])
        for m in _LOWER_AFTER_CUE.finditer(text):
            if not _hurried(text, m.start()):
                continue
            got_l = self.read_lower(text, m.start(1), m.end(1))
            if got_l is not None and got_l[1] == m.end(1) \
                    and _PERSON_AFTER.search(text[m.end(1):m.end(1) + 120].split("\n\n", 1)[0]):
                add(got_l[0], got_l[1], None, got_l[2], "lower-case name after 'letter for'", False, got_l[0])
        for m in _LOWER_TITLE_NAME.finditer(text):
            if not _hurried(text, m.start()):
                continue
            got_l = self.read_lower(text, m.start(1), m.end(1))
            if got_l is not None and got_l[1] == m.end(1):
                add(got_l[0], got_l[1], None, got_l[2], "lower-case name after a title", True, got_l[0])
        self._lower_list(text, add)
        self._lower_names_list(text, add)
        for m in (_LOWER_PATIENT_AFTER.finditer(text) if _LOWER_PATIENT_AFTER_NEEDS.search(text) else ()):
            if not _hurried(text, m.start()):
                continue
            got_l = self.read_lower(text, m.start(1), m.end(1))
            if got_l is not None and got_l[1] == m.end(1) \
                    and not _OWNED_BEFORE.search(text, max(0, got_l[0] - 40), got_l[0]):
                add(got_l[0], got_l[1], None, got_l[2], "lower-case name before their care", True, got_l[0])
        for m in _LOWER_AFTER_RELATION.finditer(text):     # a relation, a lower-case name and a number: any text
            got_l = self.read_lower(text, m.start(1), m.end(1))
            if got_l is not None and got_l[1] == m.end(1):
                add(got_l[0], got_l[1], None, got_l[2], "lower-case name after a relation", True, got_l[0])
        self._family_forenames(text, where, taken, hits)
        for m in _LOWER_AFTER_PT.finditer(text):
            if not (_hurried(text, m.start()) or _lower_sentence(text, m.start())):
                continue
            got_l = self.read_lower(text, m.start(1), m.end(1))
            if got_l is not None and got_l[1] == m.end(1):
                add(got_l[0], got_l[1], None, got_l[2], "lower-case name after 'pt' or 'nok'", True, got_l[0])
        for m in _near_cues(_LOWER_BEFORE_CUE, text, _LOWER_BEFORE_CUE_ANCHORS, low, _NOT_BEFORE_LOWER_CUE):
            got_l = self.read_lower(text, m.start(1), m.end(1))
            if got_l is not None and not _OWNED_BEFORE.search(text, max(0, got_l[0] - 40), got_l[0]):
                s, e, toks = got_l
                add(s, e, None, toks, "lower-case name before DOB", True, s)
        pairs = list(_PAIR.finditer(text)) if low is None or "name" in low else []     # (each of its labels holds "name")
        for k, m in enumerate(pairs):
            if m.group(1).lower().startswith(("surname", "last", "family")):
                other = next((o for o in pairs[max(0, k - 2):k + 3] if o is not m
                              and not o.group(1).lower().startswith(("surname", "last", "family"))), None)
                if other is not None:
                    s, e = sorted([(m.start(2), m.end(2)), (other.start(2), other.end(2))])[0]
                    value = f"{other.group(2).strip()} {m.group(2).strip()}"
                    ident = Identifier(kind=self.kind, value=value, text=value, where=where,
                                       confidence=self.base + 0.1,
                                       evidence={"recognizer": self.name, "rule": "surname + forename fields"},
                                       start=s, end=e)
                    if not any(taken[s:e]):
                        for a, b in ((m.start(2), m.end(2)), (other.start(2), other.end(2))):
                            taken[a:b] = b"\x01" * (b - a)
                        hits.append(NameHit(ident, "surname + forename fields", True))
        for ts in self._title_starts(text, low):
            got = self.read_name(text, ts)
            if not got:
                continue
            s, e, title, toks = got
            clin = title in self.clin_titles
            if clin and _POSSESSIVE_BEFORE.search(text, max(0, ts - 40), ts):
                continue     # "her sister Lucinda": a relative (the relative rule reads it), not Sister Lucinda
            add(s, e, title, toks, "clinician title" if clin else "title", False, ts, force_staff=clin)
        if self.greeting_rx is not None and self.patient_ctx_rx is not None \
                and self._patient_cue(text, low):
            for m in self.greeting_rx.finditer(text):
                got = self.read_name(text, m.end())
                if not got:
                    continue
                s, e, title, toks = got
                if title is not None or self.org_like(toks) or len(toks) < 2 or "," in toks:
                    continue     # "Dear Dr X" is staff; "Dear Mrs X" is the title rule's
                pair = None
                if (gap := _GREETING_AND.match(text, e)) is not None:     # "Dear Sanjay Patel and Anjali Patel,"
                    pair = self.read_name(text, gap.end())
                    if pair is None or pair[2] is not None or self.org_like(pair[3]) or len(pair[3]) < 2 \
                            or not re.match(r"[ \t]*(?:[,!:\n]|$)", text[pair[1]:pair[1] + 2]):
                        pair = None
                if pair is None and not re.match(r"[ \t]*(?:[,!:\n]|$)", text[e:e + 2]):
                    continue     # "Hi Team Leads are …": the greeting has to end at the name
                add(s, e, title, toks, "greeting", False, m.start())
                if pair is not None:
                    add(pair[0], pair[1], None, pair[3], "greeting", False, m.start())
        if self.person_line_rx is not None:
            for m in _BRACKETED.finditer(text):
                got = self.read_name(text, m.end())
                if got is None or got[2] is not None or len([t for t in got[3] if t != ","]) < 2 \
                        or text[got[1]:got[1] + 1] not in ("]", ")") or self.org_like(got[3]) \
                        or any(_ROMAN.fullmatch(t) for t in got[3]):
                    continue     # "(NYHA II-III)", "(grade III)": a classification, not a name
                ls, le = line_bounds(text, m.start())
                if _PLACE_BRACKET_AFTER.search(text, ls, m.start()) or (
                        _TITLE_AROUND.search(text, ls, m.start()) and _TITLE_GOES_ON.match(text, got[1])):
                    continue     # "Health records admin here (Kings Cross)", "Nursing Team B (Aneurin Bevan)": where
                if self.person_line_rx.search(text[ls:m.start()] + " " + text[got[1] + 1:le]):
                    add(got[0], got[1], None, got[3], "bracketed name on a patient line", False, got[0])
        for m in _near_cues(_RELATIVE_FORENAMES, text, _KIN_ANCHORS, None, _NOT_BEFORE_KIN):
            for g in (1, 2):
                if m.group(g) and m.group(g).lower() not in self.stop:
                    n_before = len(hits)
                    add(m.start(g), m.end(g), "relative", [m.group(g)], "relative named by forename", False, m.start(g))
                    if len(hits) > n_before:
                        hits[-1].ident.evidence.pop("title", None)
        for m in (_RELATIVE_AT_CLAUSE.finditer(text) if _relation_before_capital(text, low) else ()):
            if m.group(1).lower() in self.stop or (m.group(2) and m.group(2).lower() in self.stop):
                continue
            if m.group(2):
                toks = [m.group(1), m.group(2)]
                if not self.org_like(toks):
                    add(m.start(1), m.end(2), None, toks, "relative named after the relation", False, m.start(1))
                continue
            n_before = len(hits)
            add(m.start(1), m.end(1), "relative", [m.group(1)], "relative named by forename", False, m.start(1))
            if len(hits) > n_before:
                hits[-1].ident.evidence.pop("title", None)
        for m in (_NUMBER_THEN_SURNAME_COMMA.finditer(text) if "," in text and _NUMBER_THEN_SEPARATOR.search(text) else ()):
            # "Hosp no RBH0011223 - Hussain, Abdul-Rahman - MRSA +ve": a record's number, then its Surname, Forename
            toks = [m.group(1), ",", m.group(2)]
            if not self.org_like([m.group(1), m.group(2)]) and m.group(1).lower() not in self.stop \
                    and m.group(2).lower() not in self.stop:
                add(m.start(1), m.end(2), None, toks, "Surname, Forename after a record number", True, m.start(1))
        dob_cue = dob_cue and "\n" in text
        for m in (_NAME_LINE_ABOVE_DOB.finditer(text) if dob_cue and _DOB_LINE_BELOW.search(text) else ()):
            # a letter's or a complaint's sign-off with the writer's own record under it: "Eilidh Pickering" /
            # "DOB 09/05/1977" (no member of staff signs with a date of birth)
            got = self.read_name(text, m.start(1))
            if got is not None and got[1] == m.end(1) and got[2] is None and 2 <= len(got[3]) <= 4 \
                    and not self.org_like(got[3]):
                add(got[0], got[1], None, got[3], "name above its DOB", True, got[0])
        for m in (_NAME_LINE_ABOVE_ADDRESS.finditer(text) if _ADDRESS_LINE_BELOW.search(text) else ()):
            # an envelope's or a letter's address block: "Iain MacLeòid" / "Flat 2/1, 45 Dumbarton Road" / "G11 6PA"
            got = self.read_name(text, m.start(1))
            if got is not None and got[1] == m.end(1) and got[2] is None and 2 <= len(got[3]) <= 4 \
                    and not self.org_like(got[3]) and not any(t.lower() in self.stop for t in got[3]) \
                    and _POSTCODE_SOON_BELOW.search(text, m.end(), m.end() + 200):
                add(got[0], got[1], None, got[3], "name above an address", False, got[0])
        for s, e, toks in self._bracketed_list(text):
            add(s, e, None, toks, "list of people with notes", False, s)
        for s, e, toks in self._listed_people(text, starts):
            add(s, e, None, toks, "list of people", False, s)
        for s, e, title, toks, why in self._prose_names(text, ents, low):
            add(s, e, title, toks, why, False, s)
        for es, ee in ents:
            got = self.read_name(text, es)
            if not got:
                continue
            s, e, title, toks = got
            if e > ee + 1 and not any(t.lower() in self.particles for t in words_in(text[ee:e])):
                continue     # longer than spaCy's entity, unless over a particle ("Séamus Ó Dochartaigh")
            if e - s < (ee - es) * 0.6:
                continue
            pre = text[max(0, s - 6):s].lower()
            if re.search(r"\b(dr|prof|sister)\.?\s*$", pre):
                continue
            if title is None and self.org_like(toks):
                continue
            if text[s - 1:s] == "(" and _PLACE_BRACKET_AFTER.search(text, line_bounds(text, s)[0], s - 1):
                continue     # "admin here (Bryn Celyn)": where the writer works
            n_before = len(hits)
            add(s, e, title, toks, "spaCy PERSON", False, s)
            if len(hits) > n_before and title is None and not self.person_evidence(text, s, e, toks):
                hits[-1].weak = True
        for h in list(hits):     # "Ella Brennan (9) and Finn Brennan (6)": the next of a pair sharing the surname
            if h.staff or h.ident.end < 0:
                continue
            last = words_in(text[h.ident.start:h.ident.end])[-1]
            m = _AND_SAME_SURNAME.match(text, h.ident.end)
            if m and m.group(2) == last and m.group(1).lower() not in self.stop:
                same = next((o for o in hits if o.ident.start == m.start(1) and o.ident.end == m.end(2)), None)
                if same is not None:        # spaCy's, with no evidence of its own: the pairing is evidence
                    same.weak = same.weak and h.weak
                    continue
                n_before = len(hits)
                add(m.start(1), m.end(2), None, [m.group(1), m.group(2)], "listed with a relative", False, m.start(1))
                if len(hits) > n_before:
                    hits[-1].weak = h.weak
        self._couple_forenames(text, where, taken, hits)
        return hits

    def _couple_forenames(self, text: str, where: str, taken: bytearray, hits: list[NameHit]) -> None:
        """"foster carers Brian and Lynne Sutcliffe", "Mr and Mrs Gareth and Sian Powell": the forename before
        "and" shares the surname of the whole name after it; each is a person. The word before the forename must
        not be a name's (in "Kate Hill and Lynne Sutcliffe" Hill is Kate's surname)."""
        for h in list(hits):
            if h.ident.start < 0 or h.ident.end < 0:
                continue
            toks = words_in(text[h.ident.start:h.ident.end])
            if len(toks) != 2 or not all(t[:1].isupper() for t in toks):
                continue
            m = _FORENAME_AND.search(text, max(0, h.ident.start - 40), h.ident.start)
            if m is None:
                continue
            fore = m.group(1)
            a, b = m.start(1), m.end(1)
            prev = _WORD_BEFORE.search(text, max(0, a - 30), a)
            if prev is not None and prev.group(1)[:1].isupper() and prev.group(1).lower().rstrip(".") not in self.titles:
                continue    # "Kate Hill and Lynne Sutcliffe": Hill ends Kate's name
            if fore.lower() in self.stop or fore.lower() in self.titles \
                    or fore.lower() in self.org_words or fore.lower() in self.places or fore in toks:
                continue
            # "Mrs Brian and Lynne Sutcliffe": the title rule read "Mrs Brian" alone; the forename is taken by it
            alone = next((o for o in hits if o.ident.start == a and o.ident.end == b), None)
            if alone is not None:
                hits.remove(alone)
            elif any(taken[a:b]):
                continue
            ident = Identifier(kind=self.kind, value=f"{fore} {toks[-1]}", text=fore, where=where,
                               confidence=h.ident.confidence, evidence={**h.ident.evidence,
                                                                        "rule": "forename sharing the surname after 'and'"},
                               start=a, end=b)
            taken[a:b] = b"\x01" * (b - a)
            hits.append(NameHit(ident, "forename sharing the surname after 'and'", h.strong, h.staff, weak=h.weak))

    def _caps_then_forename(self, text: str, add: Callable[..., None]) -> None:
        """ "WIŚNIEWSKA Katarzyna, hospital no …", "gave OKAFOR Emeka repeat rx bag to …", "KAUR Jaswinders ecg",
        "OGUNLEYE Folasade and OWUSU Kofi": a SURNAME in capitals then a Forename, the way records print a
        name, kept when a record field follows, a record word (a possessive, its apostrophe perhaps dropped,
        may stand between) or a second name of the same shape joined by "and"."""
        shapes: list[tuple[int, int, list[str], bool]] = []     # (start, end, tokens, evidenced)
        for m in _CAPS_THEN_FORENAME.finditer(text):
            toks = m.group(0).split()
            if not all(t.replace("-", "").replace("'", "").replace("’", "").isupper() for t in toks[:-1]) \
                    or not toks[-1][1:].islower():
                continue
            end = m.end()
            owned = toks[-1].endswith(("'s", "’s")) and len(toks[-1]) > 4
            if owned:
                end -= 2         # "KAUR Jaswinder's ecg": the name without the possessive
            after = text[end:end + 60].split("\n\n", 1)[0].replace("\n", " ")   # across a hard wrap
            why = None
            if _ROW_EVIDENCE.search(after) or _CUE_AFTER.match(after):
                why = "SURNAME Forename before a record field"
            elif self._surname_run(toks[:-1]) and not _THING_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                bare = not owned and _BARE_POSSESSIVE.search(toks[-1]) is not None
                if _RECORD_WORD_AFTER.match(text[end:end + 60]):
                    if bare:
                        end -= 1     # "KAUR Jaswinders ecg": an apostrophe dropped in a hurry
                    why = "SURNAME Forename before a record word"
            if why is None and not _AND_GAP.match(text, end) \
                    and not (shapes and _AND_GAP.fullmatch(text, shapes[-1][1], m.start())):
                continue     # no evidence and no second name beside it: not read further
            got = self.read_name(text, m.start())
            if got is not None and (got[2] is not None or got[1] not in (end, m.end(), end + 1)):
                continue
            toks = text[m.start():end].split()
            if got is None and (why is None or why.endswith("field")) or self.org_like(toks) \
                    or toks[-1].lower() in self.stop or toks[-1].lower() in self.places:
                continue    # (read_name stops at "clinic" in "SESAY Aminata clinic letter": the record word's)
            shapes.append((m.start(), end, toks, why is not None))
            if why is not None:
                add(m.start(), end, None, toks, why, True, m.start())
        for (s1, e1, t1, ok1), (s2, e2, t2, ok2) in zip(shapes, shapes[1:], strict=False):
            if (ok1 and ok2) or not _AND_GAP.fullmatch(text, e1, s2) \
                    or not (self._surname_run(t1[:-1]) and self._surname_run(t2[:-1])):
                continue
            for s_, e_, t_ in ((s1, e1, t1), (s2, e2, t2)):
                add(s_, e_, None, t_, "two SURNAME Forename names joined by 'and'", False, s_)

    def _forename_then_caps(self, text: str, add: Callable[..., None]) -> None:
        """ "a hosp letter for a Tomasz NOWAK at her house": a Forename then a SURNAME in capitals after "for",
        "about", "named" (perhaps "a"), kept when a record field or word or a personal pronoun follows."""
        if not _FORENAME_CAPS_NEEDS.search(text):
            return
        for m in _FOR_FORENAME_CAPS.finditer(text):
            toks = m.group(1).split()
            if not self._surname_run(toks[1:]) or toks[0].lower() in self.stop or toks[0].lower() in self.places \
                    or self.org_like(toks):
                continue
            got = self.read_name(text, m.start(1))
            if got is None or got[1] != m.end(1) or got[2] is not None:
                continue
            after = text[m.end(1):m.end(1) + 200].split("\n\n", 1)[0]
            if _ROW_EVIDENCE.search(after[:60]) or _CUE_AFTER.match(after) or _RECORD_WORD_AFTER.match(after) \
                    or _PRONOUN.search(after):
                add(m.start(1), m.end(1), None, got[3], "Forename SURNAME after 'for'", False, m.start(1))
        for m in _BED_FORENAME_CAPS.finditer(text):
            toks = m.group(1).split()
            if not self._surname_run(toks[1:]) or toks[0].lower() in self.stop or toks[0].lower() in self.places \
                    or self.org_like(toks):
                continue
            got = self.read_name(text, m.start(1))
            if got is not None and got[1] == m.end(1) and got[2] is None:
                add(m.start(1), m.end(1), None, got[3], "Forename SURNAME after a bed", False, m.start(1))

    def _apostrophe_dropped(self, text: str, add: Callable[..., None], low: str | None = None) -> None:
        """ "left Gwen Pritchards dn folder next door", "you can see Edna Cartwrights name": a Forename Surname
        with an "s" and no apostrophe before a record word, in a text whose writer drops apostrophes ("didnt",
        "doesnt"); the name is without the "s", unless the surname is one that ends in "s" ("Roberts")."""
        if not _folded_search(_NO_APOSTROPHE, _NO_APOSTROPHE_FOLDED, text, low):
            return
        for m in _BARE_POSSESSIVE_NAME.finditer(text):
            toks = [m.group(1), m.group(2)]
            if any(t.lower() in self.stop or t.lower() in self.places or t.lower() in self.titles for t in toks) \
                    or self.org_like(toks) or (m.group(2) + "s").lower() in _SURNAMES_IN_S \
                    or _THING_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue
            add(m.start(1), m.end(2), None, toks, "name with its apostrophe dropped, before a record word", False,
                m.start(1))

    def _lower_list(self, text: str, add: Callable[..., None]) -> None:
        """Lower-case names starting two or more consecutive list lines ("gary doyle - hep b vacc")."""
        found = [m for m in _LOWER_LIST_LINE.finditer(text) if _hurried(text, m.start())]
        for k, m in enumerate(found):
            prev = found[k - 1] if k else None
            nxt = found[k + 1] if k + 1 < len(found) else None
            if not ((prev and text.count("\n", prev.end(), m.start()) == 1)
                    or (nxt and text.count("\n", m.end(), nxt.start()) == 1)):
                continue
            got_l = self.read_lower(text, m.start(1), m.end(1))
            if got_l is not None and got_l[1] == m.end(1) and not any(t in _BED_STATES for t in got_l[2]):
                add(got_l[0], got_l[1], None, got_l[2], "lower-case name starting a list line", True, got_l[0])

    def _lower_names_list(self, text: str, add: Callable[..., None]) -> None:
        """Lower-case names listed after the word "names" in a hurried note ("5 names on it - jo bloggs, sam reid and
        ali khan - with dobs"): each a person when the count before "names" is theirs or a record word follows."""
        if "name" not in text:
            return
        for m in _LOWER_NAMES_LIST.finditer(text):
            if not (_hurried(text, m.start()) or _lower_sentence(text, m.start())):
                continue
            items = [(m.start(2) + p.start(), m.start(2) + p.end()) for p in re.finditer(r"[^,&]+", m.group(2))]
            spans: list[tuple[int, int]] = []
            for a, b in items:
                pieces = _LIST_ITEM_SPLIT.split(text[a:b])
                pos = a
                for piece in pieces:
                    k = text.index(piece, pos, b) if piece else pos
                    if piece.strip():
                        spans.append((k + len(piece) - len(piece.lstrip()), k + len(piece.rstrip())))
                    pos = k + len(piece)
            counted = m.group(1) is not None and int(m.group(1)) == len(spans)
            if not (counted or _RECORD_AFTER_LIST.match(text, m.end(2))):
                continue
            got = [self.read_lower(text, a, b) for a, b in spans]
            if any(g is None or (g[0], g[1]) != span for g, span in zip(got, spans, strict=True)):
                continue    # every item a whole name, or none is taken
            for g in got:
                add(g[0], g[1], None, g[2], "lower-case list after 'names'", True, g[0])

    def _family_forenames(self, text: str, where: str, taken: bytearray, hits: list[NameHit]) -> None:
        """"the Nowak children (Oliwia and Filip)": each forename joined to the surname."""
        for m in _FAMILY_FORENAMES.finditer(text):
            surname = m.group(1)
            if surname.lower() in self.stop or surname.lower() in self.org_words or surname.lower() in self.places:
                continue
            for f in _FORENAME_IN.finditer(text, m.start(2), m.end(2)):
                a, b = f.start(), f.end()
                if any(taken[a:b]) or f.group(0).lower() in self.stop:
                    continue
                value = f"{f.group(0)} {surname}"
                ident = Identifier(kind=self.kind, value=value, text=f.group(0), where=where,
                                   confidence=self.base + 0.1,
                                   evidence={"recognizer": self.name, "rule": "forenames after 'the SURNAME children'"},
                                   start=a, end=b)
                taken[a:b] = b"\x01" * (b - a)
                hits.append(NameHit(ident, "forenames after 'the SURNAME children'", True))

    def _surname_run(self, toks: list[str]) -> bool:
        """Capitals that can be a surname, not an acronym: three letters or more with a vowel ("EZE", not "GP"
        or "CKD"), no stop, place or organisation word."""
        return bool(toks) and all(len(t) >= 3 and _VOWEL.search(t) and t.lower() not in self.stop
                                  and t.lower() not in self.places and t.lower() not in self.org_words for t in toks)

    def _bed_row_person(self, text: str, s: int, e: int, toks: list[str], after: re.Match[str],
                        ents: list[tuple[int, int]]) -> bool:
        """Whether the words on a bed-keyed line are a person's ("Bed 6 - Deep Clean" is the bed's state):
        an age after them, a SURNAME or an initial, spaCy's PERSON, or a relative or NOK on the line."""
        if re.match(r"[ \t]{0,2}\d", after.group(0)):
            return True
        real = [t for t in toks if t != ","]
        if any(t.isupper() and (len(t) == 1 or len(t.replace("-", "").replace("'", "").replace("’", "")) >= 2)
               for t in real):
            return True
        if any(es <= s and e <= ee + 1 for es, ee in ents):
            return True
        _, le = line_bounds(text, s)
        rest = text[e:le]
        return bool(_BED_ROW_PERSON.search(rest) or (self.person_line_rx and self.person_line_rx.search(
            re.sub(r"(?i)\b(?:bed|bay|side room)\b", " ", rest))))

    def _recipient(self, text: str, s: int, e: int) -> bool:
        """The person the mail went to: "sent it to Mrs X", "(Stacey B, s.b@gmail.com)", "Mrs X by mistake"."""
        if re.match(r"['’]s\b", text[e:e + 3]) or re.search(r"['’]s$", text[s:e]):        # "Mrs Smith's letter": whose data it is
            return False
        ls, le = line_bounds(text, s)
        before = text[max(ls, s - 90):s]
        if ls >= 2 and _ONLY_TITLE_OR_BRACKET.fullmatch(before) and text[ls - 2] not in ".!?:\n":
            before = text[max(0, ls - 80):ls - 1] + " " + before.strip()   # "… given to patient in bed B4\n(Mr S. X)"
        before = re.split(r"[.!?;:]\s|\n", before)[-1]
        m = self.recipient_rx.search(before) if self.recipient_rx else None
        if m and re.search(r"\b(?:letters?|envelopes?|parcels?|post|results?|correspondence|cards?|prescriptions?|"
                           r"appointments?|invitations?)\s+(?:was\s+|were\s+|that\s+(?:came|arrived|was\s+delivered)\s+"
                           r"(?:to|at)\s+(?:my|our|the)\s+(?:house|home|address|flat)\s+)?$",
                           before[:m.start()], re.I) \
                and "addressed" in m.group(0).lower() \
                and not re.search(r"\b(?:in|into)\s+(?:the\s+|an?\s+|their\s+|his\s+|her\s+)?(?:wrong\s+)?envelopes?\s+$",
                                  before[:m.start()], re.I):
            m = None        # "a letter addressed to Mr X arrived at my flat": X is whose letter it is
        elif m and "addressed" in m.group(0).lower() and _IT_IS.search(before[:m.start()]):
            m = None        # "we received a letter … It's addressed to Mrs X": the letter's own addressee
            # (but "it went in the envelope addressed to X": X got it)
        if m:
            gap = _TITLE_AT_END.sub("", before[m.end():].rstrip()) + " "    # (the title: "… father, Mr X")
            # ("given to patient in bed B4 (Mr S. X)": who they are, then their name in brackets)
            if _TO_RELATIVE.search(gap) and not _NOT_SENDING.search(gap):
                return True     # "I emailed Mrs X's care plan to her daughter, Mrs Y": Y is who it went to
            bracketed = gap.rstrip().endswith("(")
            if (len(gap.split()) <= 4 or (bracketed and len(gap.split()) <= 8)) and not re.search(r"\b(for|about|regarding|re|of|concerning|containing|"
                                                       r"with|listing|including)\b", gap, re.I):
                return True
        # (across a hard wrap: "sent the rota to Jo Bloggs\nwho left us", not across a blank line)
        after = re.split(r"[.!?;]\s|\n", text[e:e + 60].split("\n\n", 1)[0].replace("\n", " "))[0]
        if self.recipient_after_rx and self.recipient_after_rx.match(after):
            return True
        sentence = re.split(r"[.!?;]\s", text[e:e + 120].split("\n\n", 1)[0].replace("\n", " "))[0]
        if _SENT_TO_THEM.search(sentence):
            return True     # "Liam X was on that list as next of kin, so he was sent the form": who got it
        # inside a bracket that also holds an e-mail address: a contact, not a record
        o = text.rfind("(", ls, s)
        if o >= 0 and ")" not in text[o:s]:
            c = text.find(")", e, le)
            if c > 0 and "@" in text[o:c] and "\n" not in text[o:c]:
                return True
        return False

    def _staffish(self, text: str, lead: int, s: int, e: int, title: str | None, layout: Layout | None) -> bool:
        if layout and layout.in_signature(s):
            return True
        if self._recipient(text, s, e):
            return True
        ls, _ = line_bounds(text, s)
        start = max(ls, lead - 40)
        if ls >= 2 and not text[ls:lead].strip(" \t(") and text[ls - 2] not in ".!?:\n":
            start = max(0, lead - 60)      # "… a Healthcare Assistant on Ward 12\n(Jodie X, …": the role wrapped above
        pre = _SENTENCE_IN_LABEL.split(text[start:lead].replace("\n", " "))[-1]     # "… the old GP. Patient is Mr X": not his GP
        if self.role_before_rx and self.role_before_rx.search(pre) \
                and not re.search(r"\b(her|his|their|your|the patient'?s|whose)\s+[\w\s]{0,12}$", pre, re.I):
            return True
        # the label's words after a sentence ends in it ("… old contact sheet. The message said Mr X": not a contact)
        label = _SENTENCE_IN_LABEL.split(label_before(text, lead))[-1]
        neg = has_phrase(words(label), self.negative)
        if neg in ("to", "from", "cc"):      # a header field ("To: X"), not "to let you know X"
            neg = neg if re.fullmatch(r"[\s>]*(?:to|from|cc)\s*:?\s*", label, re.I) else None
        if neg and _far_in_prose(words(label), neg) and _INTRODUCES_RECORD.search(label):
            neg = None       # "I sent an OT report for X": "sent" is the reporter's act, X whose report it was
        if neg == "sent" and (_RECORD_WORD_AFTER.match(text, e, e + 60) or _BARE_POSSESSIVE_NAME.match(text, s)):
            neg = None       # "nearly sent Fatima Begum referral to …": whose referral was sent
        if neg and ":" in label:
            field, _, said = label.rpartition(":")
            if neg in " ".join(words(field)).lower() and neg not in " ".join(words(said)).lower() \
                    and len(words(said)) >= 3:
                neg = None   # "[08:14] Staff nurse: Can someone pick up X today": a chat's speaker, X in what they said
        if neg:
            return True
        ls, le = line_bounds(text, s)
        if _ROLE.match(text[e:le]) or _WORKS_HERE.match(text, e, e + 120):
            return True
        if not text[e:le].strip(" ,\t") and le < len(text):
            nxt = text[le + 1:le + 120].lstrip("\n").split("\n", 1)[0]
            if _ROLE_LINE.match(nxt):
                return True
        if re.match(r"\s*dear\s*$", text[ls:s], re.I) and title in self.clin_titles:
            return True
        return False

    def scan_text(self, text: str, where: str = "body", layout: Layout | None = None) -> list[Identifier]:
        return [h.ident for h in self.find(text, where, layout) if not h.staff]


_EMAIL_AFTER = re.compile(r"[\w.%+\-]{1,64}@([A-Za-z0-9.\-]{1,200})")


def _named_by_domain(text: str, e: int, toks: list[str]) -> bool:
    """The words before an address are its domain's name: "LinguaCore Translations (bookings@linguacore-
    translations.co.uk)" is a firm, not a person (a person's own address rarely spells their whole name as its
    domain; their forename or surname alone is not enough)."""
    m = _EMAIL_AFTER.search(text, e, e + 80)
    if m is None:
        return False
    domain = re.sub(r"[^a-z]", "", m.group(1).lower())
    parts = [re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", t).lower()) for t in toks if t != ","]
    parts = [t for t in parts if len(t) >= 3]
    return len(parts) >= 2 and all(t in domain for t in parts)
