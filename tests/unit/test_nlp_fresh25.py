"""fresh25's first run (issue 13): a job before a name on a contact list, a RiO "Client ID" column, an age in
brackets on a numbered list row, and a lower-case "sister" that is a relative (not the nurse's title)."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, Table, TextSection
from nlp.pipeline import Analyzer
from nlp.tables import analyse_table


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def _names(analyzer: Analyzer, body: str) -> set[str]:
    h = MessageHeaders(sender=Party("Ann Clerk", "ann.clerk@nhs.net"), to=[Party("", "ig@nhs.net")], subject="IG")
    res = analyzer.analyse(ParsedMessage(headers=h, sections=[TextSection("body", body, "cover")]))
    return {i.value for i in res.identifiers if i.kind == "person_name"}


def test_a_job_written_before_a_name_is_not_part_of_it() -> None:
    table = Table("attachment:contacts.xlsx", header=["Name", "Mobile"],
                  rows=[["Nurse Bethan Lloyd", "07700 900123"], ["HCA Tomasz Nowak", "07700 900456"]])
    names = {i.value for i in analyse_table(table).identifiers if i.kind == "person_name"}
    assert names == {"Bethan Lloyd", "Tomasz Nowak"}


def test_a_client_id_column_is_the_local_record_number() -> None:
    table = Table("attachment:audit.csv", header=["Client ID", "NHS Number", "Client Name"],
                  rows=[["2204417", "943 476 5919", "OKAFOR, Chidi"], ["3318820", "943 476 5870", "BELL, Ann"]])
    got = {i.value for i in analyse_table(table).identifiers if i.kind == "hospital_number"}
    assert got == {"2204417", "3318820"}


def test_an_age_in_brackets_does_not_hide_the_health_number_of_a_numbered_row(analyzer: Analyzer) -> None:
    names = _names(analyzer, "The MDT list went to a gmail address.\n\n"
                             "3. Bożydar Wiśniewski (88) NHS 943 476 5919 - falls\n"
                             "4. Władysław Kamiński (91) NHS 943 476 5870 - safeguarding referral made\n")
    assert {"Bożydar Wiśniewski", "Władysław Kamiński"} <= names


def test_lower_case_sister_after_a_family_history_label_is_a_relative(analyzer: Analyzer) -> None:
    names = _names(analyzer, "The insurer was sent the whole record.\n\nPatient: Marta Kowal DOB 02/02/1980\n"
                             "Family hx: sister Ilona Kowal - bipolar disorder, detained 2008.")
    assert "Ilona Kowal" in names
    # in a hurried note, "sister X" is still the nurse in charge
    assert "Gwen Price" not in _names(analyzer, "bed 4 - alan moss dob 01/01/1950\nsister Gwen Price has it locked "
                                                "in her office now")


def _found(analyzer: Analyzer, body: str, kind: str) -> set[str]:
    h = MessageHeaders(sender=Party("Ann Clerk", "ann.clerk@nhs.net"), to=[Party("", "ig@nhs.net")], subject="IG")
    res = analyzer.analyse(ParsedMessage(headers=h, sections=[TextSection("body", body, "cover")]))
    return {i.value for i in res.identifiers if i.kind == kind}


def test_a_date_with_the_age_a_clinical_system_prints_after_it_is_a_date_of_birth(analyzer: Analyzer) -> None:
    body = ("Wrong patient's summary pasted into the referral:\n\n"
            "HUGHES, Dilys Margaret (Mrs)   14-Mar-1941 (84y)   NHS No: 943 476 5919\n")
    assert _found(analyzer, body, "date_of_birth") == {"1941-03-14"}
    # a recent date with a count in brackets is not
    assert not _found(analyzer, "Clinic moved on 14-Mar-2026 (3 rooms) after the flood.\n", "date_of_birth")


def test_the_practice_in_the_next_field_of_an_address_line_does_not_make_it_a_letterhead(analyzer: Analyzer) -> None:
    body = ("Pasted from the clinical system by mistake:\n\n"
            "HUGHES, Dilys Margaret (Mrs)   14-Mar-1941 (84y)   NHS No: 943 476 5919\n"
            "9 Heol y Parc, Pontypridd, CF37 4DR   Registered: Taff Vale Health Centre\n")
    assert {a for a in _found(analyzer, body, "address") if a.startswith("9 Heol y Parc")}
    # a practice's own letterhead still is one
    assert not _found(analyzer, "Taff Vale Health Centre\n9 Heol y Parc\nPontypridd\nCF37 4DR\n\nDear IG,", "address")


def test_a_flat_after_a_name_and_a_comma_or_a_column_gap_opens_the_address(analyzer: Analyzer) -> None:
    body = ("The wrong labels were in the photo:\n\n"
            "  Bag 1:  Mr Idris PHILLIPS  Flat 7 Jubilee Court, Wrexham LL11 2AB\n"
            "  Copy to: Mrs Eira Phillips, Flat 3 Orchard View, Rhosddu, Wrexham, LL11 4EF  (tel 07700 900311)\n")
    got = _found(analyzer, body, "address")
    assert any(a.startswith("Flat 7 Jubilee Court") for a in got)
    assert any(a.startswith("Flat 3 Orchard View") for a in got)


def test_an_address_field_runs_to_its_postcode_whatever_its_first_line(analyzer: Analyzer) -> None:
    body = ("Disclosed to the solicitor in error:\n\n"
            "  Name: Mrs Carys MORGAN   DOB: 02/05/1979   NHS: 943 476 5919\n"
            "  Address: Maes yr Haf, Heol y Bont, Llandeilo, SA19 6BN\n"
            "  Includes: antenatal notes\n")
    assert any(a.startswith("Maes yr Haf, Heol y Bont") for a in _found(analyzer, body, "address"))


def test_an_attendance_number_is_a_local_record_number_and_ends_at_the_column_gap(analyzer: Analyzer) -> None:
    body = ("An extra card was stapled to the police request:\n\n"
            "  Urgent Treatment Centre\n"
            "  Attendance No: UTC4471902   02/11/2026 01:15\n"
            "  Name: Callum REID   DOB: 11/09/1991\n")
    assert _found(analyzer, body, "hospital_number") == {"UTC4471902"}
