"""Title-Case phrases that are organisations, services, benefits or products are not people."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def _msg(original: str, cover: str = "Please see below, sent to the wrong address.") -> ParsedMessage:
    fwd = MessageHeaders(sender=Party("Ward Clerk", "ward.clerk@nhs.net"), to=[Party("", "x@gmail.com")])
    return ParsedMessage(headers=MessageHeaders(sender=Party("Sam Reporter", "sam.reporter@nhs.net")),
                         sections=[TextSection("body", cover, "cover"),
                                   TextSection("forwarded:1", original, "forwarded", fwd)], forwarded=[fwd])


def _names(analyzer: Analyzer, text: str) -> tuple[set[str], int]:
    a = analyzer.analyse(_msg(text))
    return {i.value for i in a.identifiers if i.kind == "person_name"}, a.subjects


@pytest.mark.parametrize("phrase", [
    "St Bede's", "St Oswald's Catholic Primary", "Attendance Allowance", "Personal Independence Payment",
    "Alcohol Liaison", "Crisis Team", "Memory Clinic", "Rapid Response", "Larkspur Lodge", "Harbour Suite",
    "Saint Wilfrid's Academy", "Carers Allowance",
])
def test_org_phrase_is_not_a_subject(analyzer: Analyzer, phrase: str) -> None:
    text = (f"Patient: Mrs Hannah OKAFOR  DOB 12/03/1951  NHS No 943 476 5919\n"
            f"She was referred by {phrase} last week and {phrase} will follow up.\n")
    names, subjects = _names(analyzer, text)
    assert subjects == 1
    assert not any(phrase.split()[-1].rstrip("'s") in n for n in names if "Okafor" not in n.title())


@pytest.mark.parametrize("product", ["Orthovance KX", "Omnipod 5", "Tandem t:slim", "Dexcom Sensor"])
def test_device_brand_is_not_a_subject(analyzer: Analyzer, product: str) -> None:
    text = (f"Re: Mr Olusegun ADEYEMI, DOB 04/05/1977\nHe uses the {product} and the {product} "
            f"settings were changed at clinic.\n")
    names, subjects = _names(analyzer, text)
    assert subjects == 1


@pytest.mark.parametrize("text, expected", [
    ("Her son Callum Whitfield rang the ward about the letter.\n", "Callum Whitfield"),
    ("Parents: Bethany Marsh (mum), Connor Reilly (dad)\n", "Connor Reilly"),
    ("The letter says Margaret Holloway, aged 84, was discharged home.\n", "Margaret Holloway"),
])
def test_prose_name_with_person_evidence_is_kept(analyzer: Analyzer, text: str, expected: str) -> None:
    names, _ = _names(analyzer, "Summary below.\n" + text)
    assert expected in names
