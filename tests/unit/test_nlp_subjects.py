"""Table-driven tests of data-subject counting (clustering names and numbers into people)."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def _msg(cover: str, original: str) -> ParsedMessage:
    fwd = MessageHeaders(sender=Party("Ward Clerk", "ward.clerk@nhs.net"), to=[Party("", "x@gmail.com")])
    return ParsedMessage(headers=MessageHeaders(sender=Party("Sam Reporter", "sam.reporter@nhs.net")),
                         sections=[TextSection("body", cover, "cover"),
                                   TextSection("forwarded:1", original, "forwarded", fwd)], forwarded=[fwd])


CASES = [
    ("one person, three mentions",
     "Patient: Mrs Jane SMITH\nDOB: 01/02/1950  NHS No: 943 476 5919\n\nDear Mrs Smith,\n"
     "Jane was seen in clinic today.\n", 1),
    ("patient and named next of kin",
     "Patient: Mr Tomasz KOWALSKI  DOB 03/04/1941\nNext of kin: Anna Kowalska (daughter) tel 07700 900400\n", 2),
    ("two list rows",
     "1. ASHWORTH, Wilfred - DOB 02/03/1944\n2. DUNNE, Patrick - DOB 17/11/1950\n", 2),
    ("staff signature is not a subject",
     "Re: Mr Kwame Mensah, DOB 14/07/1962\nReviewed today.\n\nKind regards\nDr Peter Jones\nConsultant\n", 1),
]


@pytest.mark.parametrize(("label", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_subjects(analyzer: Analyzer, label: str, text: str, want: int) -> None:
    a = analyzer.analyse(_msg("Sent to the wrong address, see below.", text))
    assert a.subjects == want, [(i.kind, i.value, i.subject) for i in a.identifiers]
