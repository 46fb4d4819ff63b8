"""Names in clinical and administrative prose with no title or label (issue 13), and the contact
details that come with them; staff, reporters and recipients still left out."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def run(analyzer: Analyzer, body: str):  # noqa: ANN201
    h = MessageHeaders(sender=Party("Jo Bloggs", "jo.bloggs@nhs.net"), to=[Party("IG", "ig@nhs.net")],
                       subject="incident")
    return analyzer.analyse(ParsedMessage(headers=h, sections=[TextSection("body", body, "cover")]))


def names(analyzer: Analyzer, body: str) -> set[str]:
    return {i.value for i in run(analyzer, body).identifiers if i.kind == "person_name"}


@pytest.mark.parametrize(("body", "name"), [
    ("Milo Feil was x-rayed and the prognosis is poor.", "Milo Feil"),
    ("Hi, just to let you know Aoife Ní Bhriain was seen in clinic today and the letter went to the wrong GP.",
     "Aoife Ní Bhriain"),
    ("Mairead Nic Dhòmhnaill attended A&E on Saturday, her notes were faxed to the wrong hospital.",
     "Mairead Nic Dhòmhnaill"),
    ("MACLEOD Catriona was admitted with chest pain, the summary went to the wrong practice.", "MACLEOD Catriona"),
    ("Harper Lennox's mum rang to say she got someone else's letter.", "Harper Lennox"),
    ("re: Tomasz Wiśniewski - his discharge letter was sent to the wrong address", "Tomasz Wiśniewski"),
    ("Call Jane Doe, DOB 01/02/1960, about the results.", "Jane Doe"),
    ("Gethin ap Rhys has been referred to the memory clinic.", "Gethin ap Rhys"),
    ("Caller/patient: Ciarán Mac Giolla Bhríde\nReason: chest pain", "Ciarán Mac Giolla Bhríde"),
])
def test_untitled_names_in_prose(analyzer: Analyzer, body: str, name: str) -> None:
    assert name in names(analyzer, body)


def test_each_name_of_a_list_counts(analyzer: Analyzer) -> None:
    res = run(analyzer, "Ruby Okafor, Dylan Pryce and Ellie-May Stubbs from ward 5 had their handover notes "
                        "left in the canteen.")
    got = {i.value for i in res.identifiers if i.kind == "person_name"}
    assert got == {"Ruby Okafor", "Dylan Pryce", "Ellie-May Stubbs"}
    assert res.subjects == 3


def test_contact_details_of_an_untitled_name_count(analyzer: Analyzer) -> None:
    res = run(analyzer, "I need an address for Mike Johnson, 123 The Street, London, E2 2AA, 0775 2212 211, "
                        "mike@example.com")
    kinds = {i.kind for i in res.identifiers}
    assert {"person_name", "postcode", "phone_number", "email_address"} <= kinds
    assert res.subjects == 1


def test_a_name_heading_an_address_label_counts_with_its_contact_details(analyzer: Analyzer) -> None:
    # scrubadub's example document: the address is on the lines below the name
    res = run(analyzer, "This document contains personal information, such as an address for Mike Johnson:\n\n"
                        "123 The Street,\nLondon,\nE2 2AA,\nEngland\n\nor a phone number 0775 2212 211 and email "
                        "address mike@example.com.")
    got = {(i.kind, i.value) for i in res.identifiers}
    assert {("person_name", "Mike Johnson"), ("postcode", "E2 2AA"), ("phone_number", "07752212211"),
            ("email_address", "mike@example.com")} <= got
    assert res.subjects == 1


def test_a_heading_above_a_numbered_list_is_not_a_name(analyzer: Analyzer) -> None:
    assert not names(analyzer, "Actions Taken\n1 The ward manager called the recipient.\n2 Letters recalled.")


def test_reporter_and_staff_are_still_left_out(analyzer: Analyzer) -> None:
    body = ("Jo Bloggs was informed at 10:00. Milo Feil was seen in clinic and his letter went to the wrong "
            "address.\n\nKind regards\nSarah Green\nWard Manager")
    got = names(analyzer, body)
    assert got == {"Milo Feil"}


def test_organisation_before_a_phone_is_not_a_person(analyzer: Analyzer) -> None:
    assert not names(analyzer, "For advice about benefits contact Age UK Leeds on 0113 496 0555.")


def test_sentence_openers_are_not_part_of_a_name(analyzer: Analyzer) -> None:
    got = names(analyzer, "Yesterday Milo Feil was seen in clinic.")
    assert got == {"Milo Feil"}


@pytest.mark.parametrize(("body", "name"), [
    ("pt jane smith dob 3/4/61 letter went to wrong address", "jane smith"),
    ("saw mary o'neill, nhs no 943 476 5919 in clinic", "mary o'neill"),
    ("Patient: jane smith, DOB 01/02/1960", "jane smith"),
])
def test_lower_case_names_in_hurried_text(analyzer: Analyzer, body: str, name: str) -> None:
    assert name in names(analyzer, body)


def test_lower_case_words_before_a_dob_that_are_not_a_name(analyzer: Analyzer) -> None:
    assert not names(analyzer, "the results for john were sent, dob 01/02/1960")


def test_a_list_of_people_without_health_numbers_counts_each(analyzer: Analyzer) -> None:
    res = run(analyzer, "The following residents' care plans were on the lost USB stick:\n\n- Edna Pryce, room 4\n"
                        "- Albert Nash, room 5\n- Winifred Hale, room 9\n- Stanley Cope (respite)\n\nPlease advise.")
    assert {i.value for i in res.identifiers if i.kind == "person_name"} == {
        "Edna Pryce", "Albert Nash", "Winifred Hale", "Stanley Cope"}
    assert res.subjects == 4


def test_a_list_of_attendees_is_staff(analyzer: Analyzer) -> None:
    assert not names(analyzer, "Present:\nAnne Lee\nMark Jones\nSue Brown\n\nNotes of the discussion follow.")


def test_gaelic_particles_inside_a_name(analyzer: Analyzer) -> None:
    assert "Alasdair Mac an t-Saoir" in names(analyzer, "Patient: Alasdair Mac an t-Saoir, DOB 01/02/1950")


def test_a_staff_role_before_a_name_is_staff(analyzer: Analyzer) -> None:
    got = names(analyzer, "The audit trail for Ms Joanna Przybylska (NHS No. 654 213 4360) shows that a porter, "
                          "Martin Gale, viewed her record.")
    assert got == {"Joanna Przybylska"}


def test_bracketed_full_names_on_patient_lines(analyzer: Analyzer) -> None:
    body = ("The board shows:\n  Bed 1: A. THWAITE  [Alan Thwaite] - post lap chole\n"
            "  Bed 2: P. AKHTAR  [Parveen Akhtar] - NBM - theatre pm\n")
    assert {"Alan Thwaite", "Parveen Akhtar"} <= names(analyzer, body)


def test_relatives_named_by_forename_are_people(analyzer: Analyzer) -> None:
    res = run(analyzer, "Re: Ceri Bowen, DOB 02/03/1975. Your genetic test found a BRCA2 variant. We recommend that "
                        "your daughters, Ffion and Cerys, are offered predictive testing.")
    got = {i.value for i in res.identifiers if i.kind == "person_name"}
    assert {"Ceri Bowen", "Ffion", "Cerys"} <= got and res.subjects == 3


@pytest.mark.parametrize(("body", "name"), [
    ("Yesterday afternoon the discharge summary written for Mrs Ann\nPritchard-Jones was handed to another "
     "patient on the ward.", "Ann Pritchard-Jones"),
    ("Good morning, I have just realised that the referral for Tomasz\nKowalczyk went to the wrong team, "
     "DOB 01/02/1960.", "Tomasz Kowalczyk"),
])
def test_a_name_wrapped_over_one_line_break_in_prose_is_one_name(analyzer: Analyzer, body: str, name: str) -> None:
    assert name in names(analyzer, body)


@pytest.mark.parametrize(("body", "wrong"), [
    # a blank line ends the sentence; a line that opens a new sentence or names a place is not a surname
    ("The results letter was sent in error to Mrs Jane Smith\n\nMarket Street is where she lives. "
     "NHS 943 476 5919", "Jane Smith Market"),
    ("Kind regards from the team, the results were for Mrs Jane Smith\nThe letter went to her neighbour. "
     "NHS 943 476 5919", "Jane Smith The"),
    ("This morning the clinic letter for Mrs Jane Smith\nHospital transport was booked for her. NHS 943 476 5919",
     "Jane Smith Hospital"),
])
def test_a_line_break_does_not_join_what_is_not_a_wrapped_name(analyzer: Analyzer, body: str, wrong: str) -> None:
    got = names(analyzer, body)
    assert wrong not in got
    assert "Jane Smith" in got
