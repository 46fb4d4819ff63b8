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
