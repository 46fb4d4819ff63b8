"""fresh22's first run (issue 13): a couple on one address in a To-not-Bcc list; "Individual" as an adjective."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def _names(analyzer: Analyzer, body: str) -> tuple[set[str], int]:
    h = MessageHeaders(sender=Party("Ann Clerk", "ann.clerk@nhs.net"), to=[Party("", "ig@nhs.net")], subject="IG")
    res = analyzer.analyse(ParsedMessage(headers=h, sections=[TextSection("body", body, "cover")]))
    return {i.value for i in res.identifiers if i.kind == "person_name"}, res.subjects


def test_a_couple_on_one_shared_address_in_a_to_not_bcc_list_is_two_people(analyzer: Analyzer) -> None:
    to = [Party("Nia & Owen Pritchard", "pritchardhome@btinternet.com"), Party("Lena Moss", "lena.m@gmail.com"),
          Party("", "k.tran77@outlook.com"), Party("Joy Adeyemi", "joyade@hotmail.co.uk")]
    fh = MessageHeaders(sender=Party("Fertility Unit", "fertility@nhs.net"), to=to, subject="Your IVF appointment")
    msg = ParsedMessage(
        headers=MessageHeaders(sender=Party("Ann Clerk", "ann.clerk@nhs.net"), to=[Party("", "ig@nhs.net")],
                               subject="Fw: sent To not Bcc"),
        forwarded=[fh],
        sections=[TextSection("body", "I sent this to our IVF couples in the To field instead of Bcc.\nAnn", "cover"),
                  TextSection("forwarded:1", "Dear all,\nYour next appointment letters are enclosed.", "forwarded", fh)])
    res = analyzer.analyse(msg)
    names = {i.value for i in res.identifiers if i.kind == "person_name"}
    assert {"Nia Pritchard", "Owen Pritchard", "Lena Moss", "Joy Adeyemi"} <= names
    assert res.subjects == 5


def test_an_individual_funding_request_is_not_a_name_after_the_label_individual(analyzer: Analyzer) -> None:
    names, _ = _names(analyzer, "The panel letter went to the wrong address.\n\nThank you for your Individual Funding "
                                "Request for bariatric surgery.\n\nIndividual: Marek Nowicki\nAnn Clerk\nIFR Officer, "
                                "Individual Funding Requests")
    assert names == {"Marek Nowicki"}


def test_a_firm_named_by_its_own_address_domain_is_not_a_person(analyzer: Analyzer) -> None:
    names, _ = _names(analyzer, "Our admin sent the interpreter booking to Harmony Lingo (bookings@harmonylingo.co.uk), "
                                "who we have no contract with.\n\nPatient: Rhodri Evans DOB 02/03/1961")
    assert names == {"Rhodri Evans"}


def test_a_relative_who_works_at_the_hospital_is_the_snooper_not_a_subject(analyzer: Analyzer) -> None:
    fh = MessageHeaders(sender=Party("Rosa Quinlan", "rosaq1988@outlook.com"), to=[Party("", "pals@nhs.net")],
                        subject="my records")
    h = MessageHeaders(sender=Party("PALS", "pals@nhs.net"), to=[Party("", "ig@nhs.net")], subject="Fw: my records")
    original = ("To PALS,\nMy ex husband Kieran Quinlan works as a porter at the hospital. He messaged me about my "
                "clinic visit. My name is Rosa Quinlan, date of birth 3rd May 1988.\nRosa")
    msg = ParsedMessage(headers=h, forwarded=[fh], sections=[
        TextSection("body", "Passing to IG as an access concern.", "cover"),
        TextSection("forwarded:1", original, "forwarded", fh)])
    res = analyzer.analyse(msg)
    names = {i.value for i in res.identifiers if i.kind == "person_name"}
    emails = {i.value for i in res.identifiers if i.kind == "email_address"}
    assert names == {"Rosa Quinlan"} and res.subjects == 1
    assert emails == {"rosaq1988@outlook.com"}      # she wrote it: her own address is hers


def test_side_rooms_on_a_ward_board_are_bed_rows(analyzer: Analyzer) -> None:
    names, _ = _names(analyzer, "A photo of our board went on Facebook. The board showed:\n"
                                "  Bay 2  Harriet Lomax     oral    Obs 1\n"
                                "  Side 1 Deklan Oyelaran   NG x2   Obs 3\n"
                                "  Side 3 Bronwen Tuckett   oral    Obs 2\n")
    assert {"Harriet Lomax", "Deklan Oyelaran", "Bronwen Tuckett"} <= names


def test_two_forenames_sharing_one_surname_are_two_people(analyzer: Analyzer) -> None:
    names, n = _names(analyzer, "The placement address went to the birth father.\n- Foster carers Mr and Mrs "
                                "Desmond and Carol Ashworth, 12 Mill Brow, Bury BL9 6QT.")
    assert {"Desmond Ashworth", "Carol Ashworth"} <= names and n == 2
    names, _ = _names(analyzer, "Letters for Kate Hill and Lynne Sutcliffe, 40 Bamford Way, Rochdale OL11 5NB went "
                                "astray.")
    assert "Hill Sutcliffe" not in names       # Hill ends Kate's name: not a forename of Sutcliffe's


def test_a_name_on_the_distribution_list_it_went_to_is_a_recipient(analyzer: Analyzer) -> None:
    names, _ = _names(analyzer, "The minutes were emailed to all invitees. The distribution list included the "
                                "children's father, Mr Gavin Rudd, who left early.\nChild: Maisie Rudd DOB 04/05/2017")
    assert names == {"Maisie Rudd"}


def test_the_couple_a_letter_is_addressed_to_are_whose_letter_it_is(analyzer: Analyzer) -> None:
    names, n = _names(analyzer, "We received a letter today that is not about us. It's addressed to Mrs Halina "
                                "Wrobel and Mr Jerzy Wrobel at 3 Park Lane, Leeds LS6 2AB, and describes their IVF.")
    assert {"Halina Wrobel", "Jerzy Wrobel"} <= names and n == 2
