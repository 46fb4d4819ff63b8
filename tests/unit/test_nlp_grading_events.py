"""Grading from what happened (issue 13): published -> 4, misuse -> 5, inside the trusted domains -> 2,
containment only when the recipient confirms, and what a forwarded colleague's account says counts."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.pipeline import Analyzer

RECORD = "Patient: Mrs Joanna Przybylska, NHS No. 654 213 4360, DOB 12/09/1992, GUM clinic attendance."


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def grade(analyzer: Analyzer, cover: str, forwarded: str | None = None, *, to: str = "someone@gmail.com"):  # noqa: ANN201
    h = MessageHeaders(sender=Party("Jo Bloggs", "jo.bloggs@nhs.net"), to=[Party("IG", "ig@nhs.net")], subject="Fw")
    sections = [TextSection("body", cover, "cover")]
    fwd = []
    if forwarded is not None:
        fh = MessageHeaders(sender=Party("Sam Hughes", "sam.hughes@nhs.net"), to=[Party("", to)])
        fwd.append(fh)
        sections.append(TextSection("forwarded:1", forwarded, "forwarded", fh))
    return analyzer.analyse(ParsedMessage(headers=h, sections=sections, forwarded=fwd)).assessment


def test_misuse_told_in_a_forwarded_account_is_likelihood_5(analyzer: Analyzer) -> None:
    a = grade(analyzer, "For the log, drafting the ICO form now.",
              f"{RECORD}\nA porter viewed her record; she says he has been texting her about her clinic visits.")
    assert a.likelihood == 5 and any("misuse" in r for r in a.reasons)


def test_harassment_beats_publication(analyzer: Analyzer) -> None:
    a = grade(analyzer, f"{RECORD}\nHe has been posting screenshots of it on Instagram and messaging her about it.")
    assert a.likelihood == 5


def test_published_in_a_forwarded_account_is_likelihood_4(analyzer: Analyzer) -> None:
    a = grade(analyzer, "", f"{RECORD}\nThe new tenant photographed the letter and posted it in a local Facebook group.")
    assert a.likelihood == 4 and any("published" in r for r in a.reasons)


def test_forwarded_on_to_the_right_place_is_not_misuse(analyzer: Analyzer) -> None:
    a = grade(analyzer, "Sent to the wrong hospital. They have forwarded it on to the right place and deleted it.",
              RECORD, to="colorectal@nhs.net")
    assert a.likelihood == 2 and not a.reportable


@pytest.mark.parametrize("said", ["St Mark's office says they've probably deleted it.",
                                  "We have deleted the message but cannot say who else may have accessed it."])
def test_containment_without_the_recipients_confirmation_does_not_lower(analyzer: Analyzer, said: str) -> None:
    a = grade(analyzer, f"It went to the wrong address. {said}", RECORD)
    assert a.likelihood == 3 and a.reportable


def test_near_miss_noticed_before_pressing_send(analyzer: Analyzer) -> None:
    a = grade(analyzer, "I was about to send a referral to the wrong Sam. I noticed before pressing send; nothing "
                        f"was sent. The draft was for:\n{RECORD}")
    assert a.likelihood == 1 and not a.reportable


def test_deletion_claimed_without_evidence_does_not_lower(analyzer: Analyzer) -> None:
    a = grade(analyzer, "A nurse e-mailed the caseload to her personal gmail. She says she has deleted it but we have "
                        "no evidence.", RECORD)
    assert a.likelihood == 3 and a.reportable


def test_information_spread_in_the_community_is_misuse(analyzer: Analyzer) -> None:
    a = grade(analyzer, f"A receptionist viewed the record without reason. {RECORD} Details of the pregnancy became "
                        "known in the community.")
    assert a.likelihood == 5
