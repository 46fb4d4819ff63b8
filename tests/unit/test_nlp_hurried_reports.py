"""Hurried reports (fresh12's causes): "pt" as a label, SURNAME Forename in running prose, apostrophes dropped."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def names(analyzer: Analyzer, text: str) -> set[str]:
    headers = MessageHeaders(sender=Party("Pat Reporter", "pat.reporter@nhs.net"), to=[Party("IG", "ig@nhs.net")])
    msg = ParsedMessage(headers=headers, sections=[TextSection("body", text, "cover")], forwarded=[], tables=[])
    return {i.value for i in analyzer.analyse(msg).identifiers if i.kind == "person_name"}


@pytest.mark.parametrize(("text", "name"), [
    ("pt: Róisín Ní Dhuibhir hosp no R2231904 dob 04/05/88", "Róisín Ní Dhuibhir"),
    ("wrong sms sent. pt BANGURA Isatu hosp no T7721093\n\nliz", "BANGURA Isatu"),
])
def test_pt_is_a_patient_label(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in names(analyzer, text)


def test_a_health_number_label_ends_the_name_before_it(analyzer: Analyzer) -> None:
    got = names(analyzer, "LEWANDOWSKI Piotr NHS 943-476-5919 DOB 02/02/1961\nNa+ 121. Please action.")
    assert got == {"LEWANDOWSKI Piotr"}
    assert names(analyzer, "The letter came from Calderdale NHS Trust last week.") == set()


@pytest.mark.parametrize(("text", "name"), [
    ("handed ADEBAYO Tunde repeat rx bag to the wrong man at the hatch", "ADEBAYO Tunde"),
    ("posted KOROMA Mariama clinic letter to her old flat", "KOROMA Mariama"),
    ("scanned BHATTI Rukhsana's referral to the wrong team", "BHATTI Rukhsana"),
    ("put HUSSAIN Zainabs ecg in the wrong tray", "HUSSAIN Zainab"),      # apostrophe dropped
    ("swapped CONNOLLY Aoife and BRENNAN Cathal, similar names", "CONNOLLY Aoife"),
    ("wristband visible in the photo: ABUBAKAR Sadiq 03/09/1977 J8812290.", "ABUBAKAR Sadiq"),
])
def test_surname_forename_in_prose(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in names(analyzer, text)


def test_two_surname_forename_names_joined_by_and_are_both_people(analyzer: Analyzer) -> None:
    assert {"CONNOLLY Aoife", "BRENNAN Cathal"} <= names(analyzer, "swapped CONNOLLY Aoife and BRENNAN Cathal, "
                                                                  "similar names")


@pytest.mark.parametrize("text", [
    "we follow the NICE Guidance report on this",      # a determiner: a thing's name
    "asked CAMHS Duty and MASH Team to call back",     # acronyms, teams
    "the GP Practice letter went out late",
])
def test_capitals_that_are_things_are_not_names(analyzer: Analyzer, text: str) -> None:
    assert names(analyzer, text) == set()
