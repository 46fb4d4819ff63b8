"""More of fresh19's and fresh21's causes: hurried lower-case notes with acronyms in them, headerless lists of
forename, surname and date of birth, and others (see each test). All text here is invented."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, Table, TextSection
from nlp.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def analyse(analyzer: Analyzer, text: str, tables: list[Table] | None = None):
    headers = MessageHeaders(sender=Party("Pat Reporter", "pat.reporter@nhs.net"), to=[Party("IG", "ig@nhs.net")])
    msg = ParsedMessage(headers=headers, sections=[TextSection("body", text, "cover")], forwarded=[],
                        tables=tables or [])
    return analyzer.analyse(msg)


def found(analyzer: Analyzer, text: str, kind: str, tables: list[Table] | None = None) -> set[str]:
    return {i.value.lower() for i in analyse(analyzer, text, tables).identifiers if i.kind == kind}


def test_acronyms_do_not_stop_a_note_reading_as_hurried_lower_case(analyzer: Analyzer) -> None:
    text = ("left the ward list in the day room after handover, visitors had it for 10 mins. 3 on it\n"
            "rosa pellow - HIV meds review\n"
            "owen trask - TB contact screen\n"
            "ivy cardle - MRSA swab\n"
            "sorry, will do a datix. kim SN")
    assert {"rosa pellow", "owen trask", "ivy cardle"} <= found(analyzer, text, "person_name")


def test_a_lower_case_title_name_in_a_note_signed_with_an_acronym(analyzer: Analyzer) -> None:
    text = ("dropped my visit sheet at the petrol station in alford, it had mrs nora bleddyn 7 quarry rd AB33 8PL "
            "catheter care and mr alun tegwen 2 brook st AB33 8QT insulin. both key codes on it. jo DN")
    got = found(analyzer, text, "person_name")
    assert {"nora bleddyn", "alun tegwen"} <= got
    assert {"ab33 8pl", "ab33 8qt"} <= found(analyzer, text, "postcode")


def test_a_capitalised_note_with_acronyms_is_not_hurried(analyzer: Analyzer) -> None:
    text = ("The HIV clinic list was left in the day room.\n"
            "Notes - all reviewed\n"
            "Bloods - taken by the HCA\n"
            "Later this week the TB team will call. Kim")
    assert found(analyzer, text, "person_name") == set()


_HEADERLESS = [["Amber", "Willet", "12/03/2013", "Y8", "MenACWY"], ["Joel", "Fenwick", "30/09/2013", "Y8", "MenACWY"],
               ["Priya", "Sandhu", "04/01/2014", "Y8", "MenACWY", "asthma"], ["Noah", "Castel", "21/06/2014", "Y8", "MenACWY"]]


def test_a_headerless_list_of_forename_surname_and_date_of_birth_names_each_row(analyzer: Analyzer) -> None:
    table = Table(where="attachment:y8.xlsx", header=[], rows=_HEADERLESS, total_rows=4)
    res = analyse(analyzer, "The session list went to the wrong school office. Pat", [table])
    names = {i.value for i in res.identifiers if i.kind == "person_name"}
    assert {"Amber Willet", "Joel Fenwick", "Priya Sandhu", "Noah Castel"} <= names
    assert len([i for i in res.identifiers if i.kind == "date_of_birth"]) == 4
    assert res.subjects == 4


def test_a_headerless_list_of_names_without_dates_of_birth_names_nobody() -> None:
    from nlp.tables import analyse_table

    rows = [r[:2] + r[3:] for r in _HEADERLESS]
    assert not analyse_table(Table(where="attachment:y8.xlsx", header=[], rows=rows, total_rows=4)).identifiers


def test_a_school_called_high_is_no_person(analyzer: Analyzer) -> None:
    assert analyzer.names is not None
    assert analyzer.names.org_like(["Fernhill", "High"])       # "the school office at Fernhill High"
    assert not analyzer.names.org_like(["Fern", "Hilley"])


def test_a_firm_after_a_relation_label_in_a_signature_is_no_person(analyzer: Analyzer) -> None:
    text = ("Please delete the report sent to us in error.\n\nRegards\n\nAlan Merrow\nPartner, Merrow Dane LLP\n")
    assert not {v for v in found(analyzer, text, "person_name") if "llp" in v}


def test_a_forename_typed_again_after_the_full_name_in_capitals(analyzer: Analyzer) -> None:
    text = ("Summary\nA discharge summary went to the wrong practice.\n\nPatient: EDWIN CALLOW, Edwin\n"
            "DOB: 02/05/1941\n")
    got = found(analyzer, text, "person_name")
    assert "edwin callow" in got
    assert not any("," in v for v in got)


def test_a_custody_role_word_before_a_name_is_not_part_of_it(analyzer: Analyzer) -> None:
    text = ("The meds sheet went to the wrong printer and a visitor picked it up. Detainee Colm Farrelly dob "
            "04/07/1999, the sheet had his doses on it.")
    got = found(analyzer, text, "person_name")
    assert "colm farrelly" in got
    assert not any(v.startswith("detainee") for v in got)
