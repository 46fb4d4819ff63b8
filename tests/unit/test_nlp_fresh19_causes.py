"""fresh19's causes: a To-not-Bcc recipient list pasted one address to a line, category words from prison,
custody, adult safeguarding, fertility and child-measurement services, "the SURNAME children (A and B)", and
lower-case names in hurried notes. All text here is invented."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def analyse(analyzer: Analyzer, text: str):
    headers = MessageHeaders(sender=Party("Pat Reporter", "pat.reporter@nhs.net"), to=[Party("IG", "ig@nhs.net")])
    msg = ParsedMessage(headers=headers, sections=[TextSection("body", text, "cover")], forwarded=[], tables=[])
    return analyzer.analyse(msg)


def found(analyzer: Analyzer, text: str, kind: str) -> set[str]:
    return {i.value for i in analyse(analyzer, text).identifiers if i.kind == kind}


_PASTED = ("This morning the clinic's support-group newsletter went to everyone in the To field instead of Bcc.\n"
           "The recipients as they appeared:\n"
           "kim.dawe77@example.com\n"
           "r.okafor@example.org\n"
           "sam_tilly@example.co.uk\n"
           "j.m.prentice@example.com\n\n"
           "Recall failed for the external addresses.\n")


def test_a_recipient_list_pasted_one_address_a_line_is_a_group_disclosure(analyzer: Analyzer) -> None:
    got = found(analyzer, _PASTED, "email_address")
    assert {"kim.dawe77@example.com", "r.okafor@example.org", "sam_tilly@example.co.uk",
            "j.m.prentice@example.com"} <= got


def test_addresses_one_a_line_without_a_group_cue_are_not_a_group_disclosure(analyzer: Analyzer) -> None:
    text = _PASTED.replace("in the To field instead of Bcc", "as usual")
    assert analyse(analyzer, text).subjects < 4


@pytest.mark.parametrize(("text", "category"), [
    ("the list of detainees seen by the custody nurse was left at the front desk", "criminal"),
    ("the prisoner's clinic letter went to the wing office", "criminal"),
    ("the section 42 enquiry outcome was sent to the son", "safeguarding"),
    ("the report on the financial abuse concern went to the wrong address", "safeguarding"),
    ("the PGT-M results for the couple were attached", "genetic"),
])
def test_service_words_give_their_category(analyzer: Analyzer, text: str, category: str) -> None:
    text = f"Dear IG, Mrs Ada Quill (DOB 02/03/1961): {text}. Pat"
    assert category in analyse(analyzer, text).special_categories


def test_forenames_in_a_bracket_after_the_surname_and_a_family_word(analyzer: Analyzer) -> None:
    text = "The visit notes about the Kowalczyk children (Zofia and Bartek) were in the bag left on the bus."
    assert {"Zofia Kowalczyk", "Bartek Kowalczyk"} <= found(analyzer, text, "person_name")


def test_a_family_word_after_a_place_or_ordinary_word_names_nobody(analyzer: Analyzer) -> None:
    text = "The school children (Years 5 and 6) were given the leaflet by the nurse."
    assert found(analyzer, text, "person_name") == set()


def test_a_lower_case_title_and_name_before_a_house_number(analyzer: Analyzer) -> None:
    text = ("lost the dn diary on the bus this am, it had mrs edna pryce 4 mill lane and her key safe code, "
            "sorry only just realised when i got to the car")
    assert "edna pryce" in {v.lower() for v in found(analyzer, text, "person_name")}


def test_a_staff_column_beside_the_staffs_home_addresses_names_the_subjects() -> None:
    from breachdesk.model import Table
    from nlp.tables import analyse_table

    rows = [["Ffion Pugh", "9 Heol Isaf, Pencoed", "CF35 6PL", "07700 900101", "E L"],
            ["Dewi Morgan", "3 Bryn Road, Maesteg", "CF34 9AA", "07700 900202", "L E"],
            ["Nia Rowlands", "12 Park Street, Bridgend", "CF31 4AX", "07700 900303", "O E"]]
    own = Table(where="attachment:rota.xlsx", header=["Staff", "Home address (lone working)", "Postcode", "Mob",
                                                      "Shifts"], rows=rows, total_rows=3)
    names = {i.value for i in analyse_table(own).identifiers if i.kind == "person_name"}
    assert names == {"Ffion Pugh", "Dewi Morgan", "Nia Rowlands"}
    work = Table(where="attachment:rota.xlsx", header=["Staff", "Base", "Postcode", "Mob", "Shifts"],
                 rows=rows, total_rows=3)
    assert not names & {i.value for i in analyse_table(work).identifiers if i.kind == "person_name"}
