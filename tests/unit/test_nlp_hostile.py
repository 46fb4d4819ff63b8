"""Hostile text (issue 12) at a reduced size: the analyser finishes and still reads what is real.

``bench/hostile_nlp.py`` times the same inputs at full size (5 MB single lines, 400 KB runs of
``aaaa…@``, "12 High Street, " to a megabyte); these tests assert correctness only — no timing.
The record after the junk must still be found, and junk alone must give no identifiers.
"""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.pipeline import Analyzer

N = 20_000
RECORD = "\n\nPatient: Mrs Jane Smith, DOB 01/02/1960, NHS No: 943 476 5919\n22 Mill Lane, Leeds, LS6 2AB\n"
JUNK = {
    "single line of prose": ("the letter was recalled and confirmed deleted but it went to the wrong address "
                             * (N // 80)).strip(),
    "single word": "a" * N,
    "runs of a…@ after 'born'": ("Jane Smith (born " + "a" * (N // 3) + "@ ") * 3,
    "street lines": "12 High Street, " * (N // 16),
    "titles": "Mr " * (N // 3),
    "digits": "0123456789" * (N // 10),
    "flats": "Flat 1, " * (N // 8),
    "newlines and spaces": " \n" * (N // 2),
    "surname fields": "Surname:\n" * (N // 9),
    "at signs": "x@" * (N // 2),
}


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def _msg(body: str) -> ParsedMessage:
    h = MessageHeaders(sender=Party("A Clerk", "clerk@nhs.net"), to=[Party("", "ig@nhs.net")], subject="report")
    return ParsedMessage(headers=h, sections=[TextSection("body", body, "cover")])


@pytest.mark.parametrize("name", sorted(JUNK))
def test_record_after_hostile_text_is_still_read(analyzer: Analyzer, name: str) -> None:
    res = analyzer.analyse(_msg(JUNK[name] + RECORD))
    got = {(i.kind, i.value) for i in res.identifiers}
    assert ("nhs_number", "9434765919") in got
    assert ("date_of_birth", "1960-02-01") in got
    assert ("postcode", "LS6 2AB") in got
    assert res.subjects >= 1


@pytest.mark.parametrize("name", ["single word", "street lines", "titles", "flats", "newlines and spaces",
                                  "at signs", "digits"])
def test_hostile_text_alone_gives_no_identifiers(analyzer: Analyzer, name: str) -> None:
    res = analyzer.analyse(_msg(JUNK[name]))
    assert [i.kind for i in res.identifiers] == []
    assert res.subjects == 0
    assert not res.assessment.reportable
