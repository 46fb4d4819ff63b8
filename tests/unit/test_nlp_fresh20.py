"""fresh20's causes (pharmacy, dental, screening, hospice, pathology, research reports): grading cues read in
their sentence — a denied act is not misuse, a report that came to the reporter in error stayed with the
reporter. All text here is invented."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def analyse(analyzer: Analyzer, text: str, sender: str = "pat.reporter@nhs.net"):
    headers = MessageHeaders(sender=Party("Pat Reporter", sender), to=[Party("IG", "ig@nhs.net")])
    msg = ParsedMessage(headers=headers, sections=[TextSection("body", text, "cover")], forwarded=[], tables=[])
    return analyzer.analyse(msg)


_CAME_TO_US = ("Morning. Mrs Ada Quill's repeat (DOB 02/03/1961, NHS 943 476 5919) for her HIV medication came "
               "through to us instead of her usual chemist. We have not dispensed it and have sent it back to the "
               "Spine. Haven't contacted the patient yet - wanted to check with you first.\n\nPat")


def test_a_denied_contact_is_not_misuse(analyzer: Analyzer) -> None:
    a = analyse(analyzer, _CAME_TO_US).assessment
    assert a.likelihood < 5
    assert not any(r.startswith("misuse") for r in a.reasons)


def test_a_contact_that_happened_is_still_misuse(analyzer: Analyzer) -> None:
    text = ("Mrs Ada Quill's letter (DOB 02/03/1961, NHS 943 476 5919) went to her neighbour, who then contacted "
            "the family about it.\n\nPat")
    assert analyse(analyzer, text).assessment.likelihood == 5


def test_what_came_to_the_reporter_in_error_stayed_with_the_reporter(analyzer: Analyzer) -> None:
    a = analyse(analyzer, _CAME_TO_US).assessment
    assert a.likelihood == 2
    assert not a.reportable
    assert any("came to them in error" in r and "nhs.net" in r for r in a.reasons)


def test_a_reporter_outside_the_trusted_domains_who_got_it_in_error_is_external(analyzer: Analyzer) -> None:
    a = analyse(analyzer, _CAME_TO_US, sender="manager@oakview-care.example.com").assessment
    assert a.likelihood == 3
    assert any("came to them in error" in r and "oakview-care.example.com" in r for r in a.reasons)
