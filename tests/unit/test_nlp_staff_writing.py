"""How NHS and care staff really write reports (issue 13): prose addresses, Welsh streets, record lines."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def run(analyzer: Analyzer, text: str) -> dict[str, set[str]]:
    headers = MessageHeaders(sender=Party("Pat Reporter", "pat.reporter@nhs.net"), to=[Party("IG", "ig@nhs.net")])
    msg = ParsedMessage(headers=headers, sections=[TextSection("body", text, "cover")], forwarded=[], tables=[])
    out: dict[str, set[str]] = {}
    for i in analyzer.analyse(msg).identifiers:
        out.setdefault(i.kind, set()).add(i.value)
    return out


@pytest.mark.parametrize("opening", [
    "morning, this is the dispensary at the chemist on the high street - our driver left a bag at the wrong door.",
    "We are a small dental practice and our receptionist posted a letter to the wrong house last week.",
])
def test_a_patients_address_in_prose_is_not_the_reporters_business_address(analyzer: Analyzer, opening: str) -> None:
    got = run(analyzer, f"{opening} The label had the name of Mrs Wanda Pietrzak (NHS 943 476 5919), her address "
                        f"(27 Quarry Bank Lane, Sheffield S6 2QT) and her tablets.\n\nThanks\n")
    assert "S6 2QT" in got.get("postcode", set())
    assert "27 Quarry Bank Lane, Sheffield, S6 2QT" in got.get("address", set())


def test_a_business_address_in_its_own_short_block_is_still_left_out(analyzer: Analyzer) -> None:
    got = run(analyzer, "Patient: Wanda Pietrzak, DOB 02/03/1950\n\nParkside Pharmacy\n27 Quarry Bank Lane\n"
                        "Sheffield\nS6 2QT\n")
    assert "S6 2QT" not in got.get("postcode", set())


@pytest.mark.parametrize("street", ["12 Heol y Felin", "7 Ffordd Llanbedr", "3 Lôn Isaf", "21 Stryd y Castell"])
def test_welsh_street_word_first_joins_its_postcode(analyzer: Analyzer, street: str) -> None:
    got = run(analyzer, f"Patient: Gethin Rowlands, DOB 11/09/1961\nAddress: {street}, Caerfyrddin, SA31 1AB\n")
    assert f"{street}, Caerfyrddin, SA31 1AB" in got.get("address", set())


@pytest.mark.parametrize("place", ["Ysbyty Penrhos", "Heol Tawe", "Ffordd Glan Môr", "Meddygfa Teifi"])
def test_welsh_hospitals_roads_and_surgeries_are_not_people(analyzer: Analyzer, place: str) -> None:
    got = run(analyzer, f"Patient: Gethin Rowlands, DOB 11/09/1961\nThe notes were left at {place} (seen by a "
                        f"visitor) and she has not been told.\n")
    assert not any(place.split()[0] in n for n in got.get("person_name", set()))


def test_a_labelled_street_line_in_prose_ends_with_its_sentence(analyzer: Analyzer) -> None:
    got = run(analyzer, "Patient: Gethin Rowlands, DOB 11/09/1961. The new tenant who lives at 9 Orchard Close, "
                        "Penarth. She opened the letter and rang us.\n")
    assert "9 Orchard Close, Penarth" in got.get("address", set())


def test_a_reporters_verb_far_before_the_name_does_not_make_the_patient_staff(analyzer: Analyzer) -> None:
    got = run(analyzer, "Hello, I sent the physio discharge summary for Bronwen Pugh-Evans (4 Mill Lane, Bala) "
                        "to her son's old work address.\n")
    assert "Bronwen Pugh-Evans" in got.get("person_name", set())


def test_sent_right_before_a_name_is_still_the_recipient(analyzer: Analyzer) -> None:
    got = run(analyzer, "Patient: Gethin Rowlands, DOB 11/09/1961\nThe letter was sent to Bronwen Pugh-Evans by "
                        "mistake.\n")
    assert "Bronwen Pugh-Evans" not in got.get("person_name", set())


def _with_table(analyzer: Analyzer, header: list[str], rows: list[list[str]]) -> dict[str, set[str]]:
    from breachdesk.model import Table

    headers = MessageHeaders(sender=Party("Pat Reporter", "pat.reporter@nhs.net"), to=[Party("IG", "ig@nhs.net")])
    msg = ParsedMessage(headers=headers, sections=[TextSection("body", "List attached, sent in error.\n", "cover")],
                        forwarded=[], tables=[Table("attachment:clinic.csv", "", header, rows, len(rows))])
    out: dict[str, set[str]] = {}
    for i in analyzer.analyse(msg).identifiers:
        out.setdefault(i.kind, set()).add(i.value)
    return out


def test_unquoted_surname_comma_forename_under_one_name_header_is_joined(analyzer: Analyzer) -> None:
    rows = [["OGUNDIPE", "Temitope", "943 476 5919", "Tue"], ["HALLORAN", "Bridget", "4010232137", "Wed"],
            ["PIETRZAK", "Wanda", "9434765870", "Thu"]]
    got = _with_table(analyzer, ["Name", "NHS number", "Clinic day"], rows)
    assert {"OGUNDIPE, Temitope", "HALLORAN, Bridget"} <= got.get("person_name", set())
    assert {"9434765919", "4010232137"} <= got.get("nhs_number", set())
    assert not got.get("phone_number")


def test_a_table_with_an_extra_column_of_other_values_is_left_alone(analyzer: Analyzer) -> None:
    rows = [["Temitope Ogundipe", "943 476 5919", "Tue", "x"], ["Bridget Halloran", "4010232137", "Wed", "y"]]
    got = _with_table(analyzer, ["Name", "NHS number", "Clinic day"], rows)
    assert {"Temitope Ogundipe", "Bridget Halloran"} <= got.get("person_name", set())


@pytest.mark.parametrize("body, name", [
    ("Only one patient was on the list I had filtered: Temitope Ogundipe, NHS 943 476 5919, with her HbA1c.",
     "Temitope Ogundipe"),
    ("top sheet showing - HALLORAN Bridget chi 120356 1008 , liaison assessment on top.", "HALLORAN Bridget"),
    ("the nurse replied with Temitope Ogundipe, H&C 325 100 0004, and her new dose.", "Temitope Ogundipe"),
])
def test_a_name_right_before_a_labelled_health_number(analyzer: Analyzer, body: str, name: str) -> None:
    got = run(analyzer, body + "\n")
    assert {name, " ".join(reversed(name.split()))} & got.get("person_name", set())


@pytest.mark.parametrize("body, name", [
    ("In the bag were the case notes for Kacper Nowicki (child, dob 02/05/2014) and his chronology.", "Kacper Nowicki"),
    ("it was about kacper nowicki (yr 4, dob 02.05.2014) - anxiety, CAMHS waiting list.", "kacper nowicki"),
    ("The letter for Edith Fairclough (aged 88, born 03/09/1937) went to her old address.", "Edith Fairclough"),
])
def test_a_short_aside_between_a_name_and_its_dob(analyzer: Analyzer, body: str, name: str) -> None:
    got = run(analyzer, body + "\n")
    assert name in got.get("person_name", set())


def test_a_staff_word_far_back_leaves_a_relative_used_as_the_recipient_alone(analyzer: Analyzer) -> None:
    got = run(analyzer, "Patient: Gethin Rowlands, DOB 11/09/1961\nbut the booking team then used his cousin "
                        "Bryn Rowlands-Pugh's email address (bryn.rp77@gmail.com) by mistake.\n")
    assert "Bryn Rowlands-Pugh" not in got.get("person_name", set())


def test_an_initial_is_not_read_as_a_capitalised_surname() -> None:
    from nlp.text import surname_first

    assert surname_first("T. Wycherley") == "T. Wycherley"
    assert surname_first("WYCHERLEY Tamsin") == "Tamsin WYCHERLEY"


def test_one_column_for_the_name_and_the_number_is_one_person_per_row(analyzer: Analyzer) -> None:
    text = ("Handover, late shift\nBed\tName / NHS no\tAge\tIssues\n"
            "3\tOGUNDIPE Temitope 943 476 5919\t71\tCAP\n4\tHALLORAN Bridget 4010232137\t64\tfalls\n")
    headers = MessageHeaders(sender=Party("Pat Reporter", "pat.reporter@nhs.net"), to=[Party("IG", "ig@nhs.net")])
    msg = ParsedMessage(headers=headers, sections=[TextSection("attachment:handover.docx", text, "attachment")],
                        forwarded=[], tables=[])
    res = analyzer.analyse(msg)
    assert res.subjects == 2
    assert {"9434765919", "4010232137"} <= {i.value for i in res.identifiers if i.kind == "nhs_number"}
    assert {"OGUNDIPE Temitope", "HALLORAN Bridget"} <= {i.value for i in res.identifiers if i.kind == "person_name"}


@pytest.mark.parametrize("to", ["gp.practice@nhs.scot", "renal.admin@wales.nhs.uk", "outpatients@westerntrust.hscni.net"])
def test_the_shipped_trusted_domains_include_the_devolved_nhs(to: str) -> None:
    from breachdesk.settings import load_settings

    trusted = load_settings().mailbox.trusted_domains
    analyzer = Analyzer(trusted_domains=trusted)
    fwd = MessageHeaders(sender=Party("Pat Reporter", "pat.reporter@nhs.net"), to=[Party("", to)])
    headers = MessageHeaders(sender=Party("Pat Reporter", "pat.reporter@nhs.net"), to=[Party("IG", "ig@nhs.net")])
    text = "I sent this clinic letter to the wrong practice.\n\nPatient: Gethin Rowlands, DOB 11/09/1961, diabetes review.\n"
    msg = ParsedMessage(headers=headers, sections=[TextSection("body", text, "cover")], forwarded=[fwd], tables=[])
    assert analyzer.analyse(msg).assessment.likelihood == 2


@pytest.mark.parametrize("role", ["receptionist", "practice manager", "PPG chair"])
def test_our_staff_named_by_their_role_are_not_subjects(analyzer: Analyzer, role: str) -> None:
    # "our <role> X" is the reporter's own organisation's person; the patient beside them is the subject
    got = run(analyzer, f"Our {role} Gwenllian Parry emailed the clinic list for Mr Tadeusz Wrobel "
                        f"(DOB 04/05/1961) to the wrong address this morning.\n")
    assert "Gwenllian Parry" not in got.get("person_name", set())
    assert "Tadeusz Wrobel" in got.get("person_name", set())


def test_a_surname_comma_forename_field_on_a_laid_out_line(analyzer: Analyzer) -> None:
    # a PDF letter's heading line, its fields two or more spaces apart
    got = run(analyzer, "The summary below went to the wrong surgery.\n\n"
                        "DISCHARGE SUMMARY   OKONKWO, Chidi   DOB 17/04/1970   NHS 943 476 5919\n")
    assert "OKONKWO, Chidi" in got.get("person_name", set())
    # a heading in capitals then a comma form with no record field after it is no row
    assert "SMITH, John" not in run(analyzer, "Hi,\n\nLETTERS   SMITH, John   were sent today.\n").get(
        "person_name", set())


def test_a_label_cut_at_the_end_of_a_laid_out_line(analyzer: Analyzer) -> None:
    got = run(analyzer, "Letter attached.\n\nClinic: Urology   Patient: Mr Chidi Okonkwo   DOB: 17/04/1970   Hosp\n"
                        "No: H790638\n")
    assert "H790638" in got.get("hospital_number", set())
    # a text table's row under its header: the header's last column is not the row's label
    table = run(analyzer, "List sent to a volunteer.\n\nName\tDoB\tWard\tHosp no\nMrs Ada Obi\t1/6/1948\tOak\tR3660773\n")
    assert "1948-06-01" in table.get("date_of_birth", set())
    assert table.get("hospital_number", set()) == {"R3660773"}


def test_bed_rows_in_capitals_with_their_record_numbers(analyzer: Analyzer) -> None:
    got = run(analyzer, "lost my handover sheet on the bus. from memory:\n"
                        "bed 3 - ANWEN PRICHARD M7385644 - NOF #, post op day 2\n"
                        "bed 4 - TOMASZ WROBEL K8522796 - AKI\n"
                        "bed 5 - GRACE OBI K6395955 - delirium\n")
    assert {"ANWEN PRICHARD", "TOMASZ WROBEL", "GRACE OBI"} <= got.get("person_name", set())
    assert {"K8522796", "K6395955"} <= got.get("hospital_number", set())


def test_where_the_writer_works_and_who_works_there_are_not_subjects(analyzer: Analyzer) -> None:
    got = run(analyzer, "Health records admin here (Bryn Celyn). One of my nurses, Anwen Prichard, emailed the "
                        "clinic list of patients to her gmail. Patient: Mr Tadeusz Wrobel, DOB 04/05/1961.\n")
    names = got.get("person_name", set())
    assert "Tadeusz Wrobel" in names
    assert not names & {"Bryn Celyn", "Anwen Prichard"}


def test_a_possessive_surname_after_a_title_ends_the_name(analyzer: Analyzer) -> None:
    got = run(analyzer, "Ms Okafor's IDVA rang: the letter went to her old address.\n\n"
                        "Patient: Grace Okafor, NHS 943 476 5919, DOB 22/07/1996.\n")
    names = got.get("person_name", set())
    assert "Grace Okafor" in names
    assert not any("IDVA" in n for n in names)
