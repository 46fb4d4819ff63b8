"""Likelihood from how it ended: misuse that happened, proof nobody read it, the recipient's written
confirmation, a zero-view story, a To line pasted into the report, and whose record "another patient" is."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.categories import CategoryFinder
from nlp.patterns import load_patterns
from nlp.pipeline import Analyzer
from tests.unit.test_nlp_grading_happened import _grade  # one message builder for the grading tests

CFG = load_patterns()
FINDER = CategoryFinder(CFG)
TRUSTED = ["nhs.net", "example.nhs.uk"]


MISUSE = [
    # "has now" is the reporter's phrase only when nobody else is its subject
    "The discharge letter went to her brother's hotmail. He has now turned up at her work twice.",
    # a staff member looking up somebody they know
    "The audit shows a receptionist looked up the contact record of her own landlord during a rent dispute.",
    # a third party raised what they read with the patient
    "The results went to the shared inbox at his firm. He learned of it when a co-worker asked him about "
    "his diagnosis.",
    "The plan went to a man with the same name. He has been showing people at the gym.",
    "The assessment went to the wrong address; since then two credit cards were opened in her name.",
]


@pytest.mark.parametrize("cover", MISUSE, ids=[c[:40] for c in MISUSE])
def test_misuse_that_happened_is_likelihood_5(cover: str) -> None:
    a = _grade(cover, to="someone@gmail.com")
    assert a.likelihood == 5, a.reasons


def test_our_own_contact_with_the_patient_is_no_misuse() -> None:
    a = _grade("The letter went to a wrong gmail address. We have now contacted the patient to apologise.",
               to="someone@gmail.com")
    assert a.likelihood == 3


def test_a_colleague_asking_her_to_resend_is_no_misuse() -> None:
    a = _grade("The referral went to an old hotmail address; a colleague asked her to resend it.",
               to="someone@hotmail.com")
    assert a.likelihood == 3


def test_recall_proving_nobody_read_it_goes_below_the_floor() -> None:
    a = _grade("I sent the letter to a consultant at another trust by mistake and recalled it. The recall "
               "report says recall successful and the message was deleted before it was read.",
               to="wrong.doctor@nhs.net")
    assert a.likelihood == 1, a.reasons


def test_recall_after_it_was_read_stays_at_the_floor() -> None:
    a = _grade("I sent the letter to a consultant at another trust by mistake. Recall successful, but the "
               "recipient had already read it.", to="wrong.doctor@nhs.net")
    assert a.likelihood == 2


def test_doubt_about_being_unread_earns_no_extra_step() -> None:
    a = _grade("The letter went to another trust. Recall successful; we think it was deleted before it was "
               "read but cannot verify that.", to="wrong.doctor@nhs.net")
    assert a.likelihood == 2


def test_recipients_reply_confirming_deletion_lowers_likelihood() -> None:
    a = _grade("The care plan went to the housing office by mistake. Their duty officer replied the same "
               "morning confirming deletion (below).", to="duty@someborough.gov.uk")
    assert a.likelihood == 2, a.reasons


def test_a_story_with_no_viewers_and_the_reporters_own_screenshot_is_contained() -> None:
    a = _grade("My ward list showed in the corner of a photo I posted on Instagram. I deleted it within "
               "two minutes; I took a screenshot of the viewer list showing nobody had seen it.")
    assert a.likelihood == 3, a.reasons


def test_a_screenshot_somebody_else_took_is_a_copy() -> None:
    a = _grade("My ward list showed in a photo I posted on Instagram. I deleted it within an hour, but a "
               "follower had taken a screenshot.")
    assert a.likelihood == 4


@pytest.mark.parametrize("cover,expected", [
    # "different patient" says whose record it was, not who received it
    ("Sorry, same again, different patient. The scan report went to the wrong nhs.net mailbox at a "
     "practice in Leeds.", 2),
    ("The scan report was handed to a different patient at the front desk.", 3),
    ("Another patient received the scan report in her bag of leaflets.", 3),
])
def test_a_patient_cue_counts_only_as_the_recipient(cover: str, expected: int) -> None:
    assert _grade(cover).likelihood == expected


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def test_a_to_line_pasted_into_the_report_is_a_group_disclosure(analyzer: Analyzer) -> None:
    cover = ("Our group reminder went with everyone's addresses visible in the To line (copied below).\n\n"
             "To: ab.walker@gmail.com; kay.r88@hotmail.com; t.obi@outlook.com; jpm_60@yahoo.co.uk\n\n"
             "It said: the PrEP peer group meets on Tuesday at 7pm.\n\nHealth Promotion Team")
    msg = ParsedMessage(headers=MessageHeaders(sender=Party("HP", "hp.team@nhs.net"), to=[Party("", "ig@nhs.net")]),
                        sections=[TextSection("body", cover, "cover")])
    res = analyzer.analyse(msg)
    assert res.subjects == 4
    assert "sexual_health" in res.special_categories
    assert res.assessment.likelihood == 3 and res.assessment.reportable


def test_a_to_line_in_a_report_without_a_group_cue_is_not_a_group_disclosure(analyzer: Analyzer) -> None:
    cover = ("FYI the meeting invite.\n\nTo: ab.walker@gmail.com; kay.r88@hotmail.com; t.obi@outlook.com\n\n"
             "Estates")
    msg = ParsedMessage(headers=MessageHeaders(sender=Party("E", "estates@nhs.net"), to=[Party("", "ig@nhs.net")]),
                        sections=[TextSection("body", cover, "cover")])
    assert analyzer.analyse(msg).subjects == 0


@pytest.mark.parametrize("cover,expected", [
    # somebody's own say-so that the reporter turns with a "but" is not proof
    ("Our porter emailed the rota with patient names to his own yahoo account. He says he has deleted it, "
     "but it syncs to his tablet as well.", 3),
    ("The list went to a volunteer's hotmail. She told us she deleted it, however she had already forwarded "
     "it once before.", 3),
    # the same say-so, not turned, still earns the step
    ("The list went to a volunteer's hotmail by mistake. She rang back within minutes and has deleted it.", 2),
])
def test_a_say_so_turned_by_but_earns_no_containment(cover: str, expected: int) -> None:
    assert _grade(cover).likelihood == expected


def test_a_colleague_contacting_the_patient_to_apologise_is_no_misuse() -> None:
    a = _grade("The clinic letter went to an old gmail address. Our practice manager was told and she has now "
               "contacted the patient to apologise.", to="someone@gmail.com")
    assert a.likelihood == 3
