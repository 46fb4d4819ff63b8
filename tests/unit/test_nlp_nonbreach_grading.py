"""Non-breach mail, financial details about whom, neonatal records, misuse and containment cues."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def _msg(cover: str, original: str, to: str = "someone@gmail.com") -> ParsedMessage:
    fwd = MessageHeaders(sender=Party("Ward Clerk", "ward.clerk@nhs.net"), to=[Party("", to)])
    return ParsedMessage(headers=MessageHeaders(sender=Party("Sam Reporter", "sam.reporter@nhs.net")),
                         sections=[TextSection("body", cover, "cover"),
                                   TextSection("forwarded:1", original, "forwarded", fwd)], forwarded=[fwd])


@pytest.mark.parametrize("cover, original", [
    ("Is this a scam? It asks me to verify your account.",
     "Dear user, Olivia Pemberton from IT has shared a DocuSign envelope. Reference 9434765919.\n"
     "Click here to review and sign.\n"),
    ("Suspicious email - phishing?",
     "Your mailbox is full. Contact Gregory Ashdown on 943 476 5919 to verify your identity.\n"),
    ("FYI not sure if this should come here",
     "Staff bulletin - this week: welcome to Priya Ramaswamy and Tobias Wetherell who join Estates.\n"
     "To unsubscribe from this newsletter reply STOP. Ref 4010232137\n"),
])
def test_non_breach_mail_has_no_subjects(analyzer: Analyzer, cover: str, original: str) -> None:
    a = analyzer.analyse(_msg(cover, original))
    assert a.subjects == 0
    assert not [i for i in a.identifiers if i.kind in ("nhs_number", "person_name")]
    assert (a.assessment.severity, a.assessment.likelihood) == (1, 1)


def test_phishing_word_with_patient_data_is_still_a_breach(analyzer: Analyzer) -> None:
    a = analyzer.analyse(_msg("I replied to a phishing email and attached this by mistake.",
                              "Patient: Mrs Delyth PRICE  DOB 03/09/1960  NHS No 943 476 5919\n"
                              "Discharge summary: reviewed in clinic.\n"))
    assert a.subjects == 1 and a.assessment.severity >= 3


def test_unlabelled_mod11_without_patient_context_is_dropped(analyzer: Analyzer) -> None:
    a = analyzer.analyse(_msg("Sent to the wrong address.", "Please quote 943 476 5919 on the order form.\n"))
    assert not [i for i in a.identifiers if i.kind == "nhs_number"]


def test_supplier_bank_details_are_not_personal_financial(analyzer: Analyzer) -> None:
    a = analyzer.analyse(_msg("Sent to the wrong supplier by mistake.",
                              "Patient: Mr Hamish CAIRNCROSS  DOB 14/02/1949  NHS No 943 476 5919\n"
                              "Discharged after review in clinic.\n\n"
                              "Invoice 55123 from Medisupply Ltd: please pay to sort code 20-00-00, "
                              "account number 12345678.\n"))
    assert a.assessment.severity == 3


def test_patient_bank_details_are_financial(analyzer: Analyzer) -> None:
    a = analyzer.analyse(_msg("Sent to the wrong person.",
                              "Patient: Mr Hamish CAIRNCROSS  DOB 14/02/1949  NHS No 943 476 5919\n"
                              "His direct payments go to sort code 20-00-00, account number 12345678.\n"))
    assert a.assessment.severity == 4


def test_baby_of_neonatal_discharge_is_health(analyzer: Analyzer) -> None:
    a = analyzer.analyse(_msg("Sent to the wrong GP.",
                              "Neonatal discharge summary\nBaby of Chiamaka OBI  DOB 02/01/2026  NHS No 943 476 5919\n"
                              "Born at 35 weeks gestation, postnatal ward for feeding support.\n"))
    assert "reproductive_health" not in a.special_categories
    assert a.assessment.severity == 3


@pytest.mark.parametrize("cover", [
    "The recipient cold-called the families on the list.",
    "We have heard the man contacted the families and used the details to demand money.",
    "The recipient has been in touch with the patient directly about her diagnosis.",
    "Her ex-partner shared it on a community page and showed it to neighbours.",
])
def test_misuse_wins_over_external(analyzer: Analyzer, cover: str) -> None:
    a = analyzer.analyse(_msg(cover, "Patient: Mrs Delyth PRICE  DOB 03/09/1960  NHS No 943 476 5919\n"))
    assert a.assessment.likelihood == 5


@pytest.mark.parametrize("cover", [
    "Sent to a gmail address. Following our request they confirmed in writing that they have deleted it.",
    "Went to the wrong external address; confirmation of deletion received this morning.",
    "Emailed outside the trust in error - recall successful.",
])
def test_confirmed_containment_lowers_likelihood(analyzer: Analyzer, cover: str) -> None:
    a = analyzer.analyse(_msg(cover, "Patient: Mrs Delyth PRICE  DOB 03/09/1960  NHS No 943 476 5919\n"))
    assert a.assessment.likelihood == 2


def test_unconfirmed_deletion_does_not_lower(analyzer: Analyzer) -> None:
    a = analyzer.analyse(_msg("Sent to a gmail address; we are still waiting for confirmation of deletion received "
                              "from them.", "Patient: Mrs Delyth PRICE  DOB 03/09/1960  NHS No 943 476 5919\n"))
    assert a.assessment.likelihood == 3
