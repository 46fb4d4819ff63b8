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


def run(analyzer: Analyzer, text: str):  # noqa: ANN201
    headers = MessageHeaders(sender=Party("Pat Reporter", "pat.reporter@nhs.net"), to=[Party("IG", "ig@nhs.net")])
    msg = ParsedMessage(headers=headers, sections=[TextSection("body", text, "cover")], forwarded=[], tables=[])
    return analyzer.analyse(msg)


def test_a_letter_greeting_two_people_names_both(analyzer: Analyzer) -> None:
    got = names(analyzer, "Dear Tariq Hussain and Amina Hussain,\nThank you for attending. Your treatment plan "
                          "is enclosed.\n")
    assert {"Tariq Hussain", "Amina Hussain"} <= got


def test_sent_before_a_name_and_its_record_is_whose_record_was_sent(analyzer: Analyzer) -> None:
    got = names(analyzer, "nearly sent Halima Yusuf referral (dob 03/03/1971) to the wrong gp, caught it in time")
    assert "Halima Yusuf" in got


def test_forename_surname_in_capitals_after_for(analyzer: Analyzer) -> None:
    got = names(analyzer, "a neighbour rang, she has a clinic letter for a Wojciech KOWALCZYK at her flat.")
    assert "Wojciech KOWALCZYK" in got
    assert names(analyzer, "thanks for the Quick REVIEW of the rota, she said") == set()


def test_a_title_and_surname_in_lower_case_is_not_read_with_the_next_word(analyzer: Analyzer) -> None:
    got = names(analyzer, "the blue badge form for mr osei went to his cousin (both k. osei). has his "
                          "ni no on it. asked him to shred it")
    assert not any("went" in n for n in got)


@pytest.mark.parametrize(("text", "dob"), [
    ("photo showed another pts sheet - Doreen Clatworthy, 21/08/47, 'R THR'. deleted it", "1947-08-21"),
    ("the badge photo shows OYEBANJI Tolu 05/05/1966 K1234567. taken down", "1966-05-05"),
])
def test_a_date_beside_a_name_in_a_record_shape_is_a_dob(analyzer: Analyzer, text: str, dob: str) -> None:
    got = {i.value for i in run(analyzer, text).identifiers if i.kind == "date_of_birth"}
    assert dob in got


def test_a_recent_date_after_a_name_is_not_a_dob(analyzer: Analyzer) -> None:
    got = {i.value for i in run(analyzer, "booked with Anna Jones, 12/11/2026, in clinic").identifiers
           if i.kind == "date_of_birth"}
    assert got == set()


def test_a_stated_count_counts_the_people_when_none_is_named(analyzer: Analyzer) -> None:
    r = run(analyzer, "lost the ward 7 handover sheet on the bus, 9 pts on it with diagnoses and resus status.")
    assert r.subjects == 9
    assert run(analyzer, "we saw 9 patients in clinic today and the printer jammed.").subjects == 0


@pytest.mark.parametrize("finding", ["creat 288 (baseline 95)", "coeliac, t1dm", "R TKR 2/52", "POC 2x daily, hoist"])
def test_clinical_shorthand_is_health(analyzer: Analyzer, finding: str) -> None:
    r = run(analyzer, f"wrong gp got it.\n\nPatient: Morwenna Trelawny, DOB 02/02/1950\n{finding}\n")
    assert "health" in r.special_categories


@pytest.mark.parametrize("read", ["the other pt read it then gave it to a nurse", "The letter was read by the requester"])
def test_containment_after_the_recipient_read_it_does_not_lower_likelihood(analyzer: Analyzer, read: str) -> None:
    r = run(analyzer, f"clinic letter handed to the wrong person. {read}. got it back.\n\n"
                      "Patient: Morwenna Trelawny, DOB 02/02/1950\nDiagnosis: epilepsy\n")
    assert any("has read it" in why for why in r.assessment.reasons)


@pytest.mark.parametrize(("text", "name"), [
    ("left Megan Pritchards dn folder at the wrong house, she didnt look in it", "Megan Pritchard"),
    ("sent Ffion Cartwrights care plan to her sister, she doesnt mind", "Ffion Cartwright"),
    ("left Jane Roberts notes on the bus, she didnt look", "Jane Roberts"),     # a surname ending in "s"
])
def test_a_name_whose_possessive_apostrophe_was_dropped(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in names(analyzer, text)


def test_an_s_is_kept_when_the_writer_uses_apostrophes(analyzer: Analyzer) -> None:
    assert "Megan Pritchard" not in names(analyzer, "left Megan Pritchards dn folder at the wrong house, she didn't "
                                                    "look in it")


def test_the_patient_whose_notes_a_record_was_misfiled_into_is_not_a_subject(analyzer: Analyzer) -> None:
    r = run(analyzer, "found OSEI Kwabenas x-ray report filed in DUNLOP Morag's notes on ward 6. moved it, "
                      "it hadnt left the ward")
    got = {i.value for i in r.identifiers if i.kind == "person_name"}
    assert "OSEI Kwabena" in got and not any("DUNLOP" in n for n in got)
    assert r.subjects == 1


def test_a_number_after_a_name_and_dob_on_a_band_is_a_hospital_number(analyzer: Analyzer) -> None:
    r = run(analyzer, "the photo shows a wristband: ADEYEMI Bisola 03/07/1981 K2209914. taken down now")
    assert "K2209914" in {i.value for i in r.identifiers if i.kind == "hospital_number"}
    r = run(analyzer, "the photo shows a label: ADEYEMI Bisola 03/07/1981 REF2209914. taken down now")
    assert not any(i.kind == "hospital_number" for i in r.identifiers)


@pytest.mark.parametrize("contained", ["the neighbour walked it round to her and said she didnt look in it",
                                       "the man who got it says deleted"])
def test_hurried_containment_lowers_likelihood(analyzer: Analyzer, contained: str) -> None:
    r = run(analyzer, f"clinic letter went to the wrong house. {contained}.\n\n"
                      "Patient: Morwenna Trelawny, DOB 02/02/1950\nDiagnosis: epilepsy\n")
    assert any(why.startswith("containment:") and "->" in why for why in r.assessment.reasons)
