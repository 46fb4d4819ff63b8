"""fresh17's causes: letter-prefixed hospital numbers and their labels, names before a local number or a bed,
"SURNAME, Forename DOB" in prose, a letter "that came to my house addressed to" someone, and a CSV whose free
text holds an unquoted comma. All text here is invented."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, Table, TextSection
from nlp.pipeline import Analyzer
from nlp.tables import analyse_table


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def found(analyzer: Analyzer, text: str, kind: str) -> set[str]:
    headers = MessageHeaders(sender=Party("Pat Reporter", "pat.reporter@nhs.net"), to=[Party("IG", "ig@nhs.net")])
    msg = ParsedMessage(headers=headers, sections=[TextSection("body", text, "cover")], forwarded=[], tables=[])
    return {i.value for i in analyzer.analyse(msg).identifiers if i.kind == kind}


@pytest.mark.parametrize(("text", "number"), [
    ("the discharge note for Ann Rowe (DOB 02/03/1950, ED no EM33018822) went to the wrong bay", "EM33018822"),
    ("only the hosp numbers T4410293 and T4410871 were on it", "T4410293"),
    ("A&E no: 55201934 on the sticker", "55201934"),
])
def test_ed_and_plural_labels(analyzer: Analyzer, text: str, number: str) -> None:
    assert number in found(analyzer, text, "hospital_number")


@pytest.mark.parametrize(("text", "number"), [
    ("only the hosp numbers T4410293 and T4410871 were on it", "T4410871"),
    ("Tom Vale got the letter for Ada Kerr (hospital number P0556123) and Bea Holt got Cal Munro's letter "
     "(P0556987).", "P0556987"),
])
def test_same_shape_as_a_labelled_number(analyzer: Analyzer, text: str, number: str) -> None:
    assert number in found(analyzer, text, "hospital_number")


def test_same_shape_needs_a_labelled_one_and_no_reference_label(analyzer: Analyzer) -> None:
    assert found(analyzer, "the letters P0556987 and P0556123 were queued", "hospital_number") == set()
    got = found(analyzer, "Hospital number P0556123 for Ada Kerr. Order ref P0556987 raised.", "hospital_number")
    assert got == {"P0556123"}


_ROWS = ("clinic list:\n"
         "Ffion Ap Dafydd J3310457 dob 5/6/71 - review\n"
         "Idris Bowen J3320981 dob 12/1/64 - new\n"
         "nowicka ewelina J3301126 dob 3/9/80 - bloods\n")


def test_name_then_local_number_then_dob_rows(analyzer: Analyzer) -> None:
    assert {"Ffion Ap Dafydd", "Idris Bowen", "nowicka ewelina"} <= found(analyzer, _ROWS, "person_name")
    assert found(analyzer, _ROWS, "hospital_number") == {"J3310457", "J3320981", "J3301126"}


def test_a_capitalised_phrase_before_a_code_is_no_row(analyzer: Analyzer) -> None:
    text = "stock list:\nBlue Gloves BG1234567 box of 100\nSharps Bins SB7654321 sent\n"
    assert found(analyzer, text, "person_name") == set()


def test_name_before_its_bed(analyzer: Analyzer) -> None:
    text = "left on a table: Nora Clegg bed 3 ?UTI, Bashir Osman bed 9 TTO + DN referral. Handed it back."
    assert {"Nora Clegg", "Bashir Osman"} <= found(analyzer, text, "person_name")
    assert found(analyzer, "moved to Victoria Ward bed 4 overnight", "person_name") == set()


def test_surname_comma_forename_before_dob_in_prose(analyzer: Analyzer) -> None:
    text = "a result for a patient who is not registered with us - ADEBISI, Folake DOB 03-Mar-1979 came in"
    assert "ADEBISI, Folake" in found(analyzer, text, "person_name")


def test_a_letter_that_came_to_my_house_addressed_to_someone_is_theirs(analyzer: Analyzer) -> None:
    text = "> I have opened a letter that came to my house addressed to Mr Kofi Boateng. Sorry."
    assert "Kofi Boateng" in found(analyzer, text, "person_name")


def test_csv_free_text_with_an_unquoted_comma_keeps_its_columns() -> None:
    t = Table(where="attachment:list.csv", header=["Name", "DOB", "Reason", "Postcode", "Weeks", "RiO ID"],
              rows=[["Ada Kerr", "01/02/2012", "Anxiety", "LS6 2AB", "12", "4001234"],
                    ["Bo Lane", "03/04/2011", "Low mood", "LS7 3CD", "30", "4005678"],
                    ["Cy Moss", "05/06/2010", "Self harm", "low mood", "LS8 4EF", "41", "4009012"],
                    ["Di Nash", "07/08/2013", "ASD", "LS9 5GH", "8", "4003456"]], total_rows=4)
    values = {(i.kind, i.value) for row in analyse_table(t).rows for i in row}
    assert ("postcode", "LS8 4EF") in values
    assert ("hospital_number", "4009012") in values


def test_b_dot_in_a_bracket_after_a_name_is_a_dob(analyzer: Analyzer) -> None:
    text = "MDT list:\n1. Mabel Heap (b. 14/02/1931) - falls\n2. Ravi Menon (b. 30/09/1975) - DV disclosure\n"
    assert found(analyzer, text, "date_of_birth") == {"1931-02-14", "1975-09-30"}


def test_name_from_its_bed(analyzer: Analyzer) -> None:
    text = "the son took the wrong bag. It belonged to Nellie Crabtree from bed 7. Her tablets were in it."
    assert "Nellie Crabtree" in found(analyzer, text, "person_name")


def test_two_names_before_same_shape_local_numbers(analyzer: Analyzer) -> None:
    text = "booking-in found a pot labelled Amara Obi RX3304456 with a request form for Paul Oban RX3304465."
    assert {"Amara Obi", "Paul Oban"} <= found(analyzer, text, "person_name")
    assert found(analyzer, text, "hospital_number") == {"RX3304456", "RX3304465"}
    assert found(analyzer, "supplies: Blue Gloves BG1234567, Sharps Bins SB7654321", "person_name") == set()


def test_her_name_and_address_in_prose_beside_a_hospital_word(analyzer: Analyzer) -> None:
    text = ("It was for Nellie Crabtree from bed 7. The bag had her tablets (her name and address 9 Mill Lane, "
            "Dewsbury WF13 2AB), her hospital letter and her phone.")
    assert found(analyzer, text, "postcode") == {"WF13 2AB"}
    assert any("9 Mill Lane" in v for v in found(analyzer, text, "address"))


def subjects(analyzer: Analyzer, text: str) -> int:
    headers = MessageHeaders(sender=Party("Pat Reporter", "pat.reporter@nhs.net"), to=[Party("IG", "ig@nhs.net")])
    msg = ParsedMessage(headers=headers, sections=[TextSection("body", text, "cover")], forwarded=[], tables=[])
    return analyzer.analyse(msg).subjects


def test_the_reports_count_of_everyone_affected_beats_the_names_it_gives(analyzer: Analyzer) -> None:
    text = ("A mail merge sent 25 letters to the wrong addresses. Ida Bell (DOB 01/02/1950) got the letter for "
            "Omar Said (DOB 03/04/1960). All 25 patients are affected and we are writing to each.")
    assert subjects(analyzer, text) == 25
    assert subjects(analyzer, "Ida Bell (DOB 01/02/1950) got the letter for Omar Said (DOB 03/04/1960).") == 2


@pytest.mark.parametrize(("text", "name"), [
    ("Bed 2  Pat Roe  T4410293  DOB 19/06/1943  CAP, son Dan Roe NOK 07700 900123", "Dan Roe"),
    ("I nearly sent a clinic letter for Brid Nic an tSaoir (DOB 22/11/50) to the wrong email", "Brid Nic an tSaoir"),
    ("the referral for Ava Lowe-Pike dob 06/02/17, mum Kerry Pike, and the rest", "Kerry Pike"),
    ("the referral for Ava Lowe-Pike dob 06/02/17, mums boyfriend Ryan Shaw named as the person who hurt her",
     "Ryan Shaw"),
    ("Report covers the index offence (GBH on his neighbour Tom Pryce, who is named in the report) and risk.",
     "Tom Pryce"),
])
def test_names_fresh17_wrote(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in found(analyzer, text, "person_name")


def categories(analyzer: Analyzer, text: str) -> set[str]:
    headers = MessageHeaders(sender=Party("Pat Reporter", "pat.reporter@nhs.net"), to=[Party("IG", "ig@nhs.net")])
    msg = ParsedMessage(headers=headers, sections=[TextSection("body", text, "forwarded")], forwarded=[], tables=[])
    return set(analyzer.analyse(msg).special_categories)


@pytest.mark.parametrize(("text", "category"), [
    ("Bed 3  Ola Lind  T4410293  DOB 02.11.88  known EUPD, 1:1 obs, psych liaison to see, MHA assessment ?",
     "mental_health"),
    ("for Ron Hale (DOB 01/02/1960), chest pain, \"known alcohol excess\"", "substance_misuse"),
    ("for Ana Rossi (DOB 01/02/1980), the scan booked for 16 weeks, amniocentesis offered", "reproductive_health"),
    ("My name is Ana Rossi, date of birth 1 March 1990. I went to the clinic for a termination.",
     "reproductive_health"),
    ("My name is Ana Rossi, date of birth 1 March 1990. There is a history of DV.", "safeguarding"),
    ("Woman: Ana Rossi, DOB 01/02/1990 - sickle cell carrier (HbAS)", "genetic"),
    ("A receptionist viewed the ED attendance record of Ana Rossi (DOB 01/02/1990) three times.", "health"),
])
def test_category_words_fresh17_wrote(analyzer: Analyzer, text: str, category: str) -> None:
    assert category in categories(analyzer, text)


def test_a_schools_name_says_no_religion(analyzer: Analyzer) -> None:
    text = "The referral for Ava Lowe (DOB 06/02/2017) went to St Anne's Catholic Primary by mistake."
    assert "religion" not in categories(analyzer, text)


def assessment(analyzer: Analyzer, text: str):  # noqa: ANN201
    headers = MessageHeaders(sender=Party("Pat Reporter", "pat.reporter@nhs.net"), to=[Party("IG", "ig@nhs.net")])
    msg = ParsedMessage(headers=headers, sections=[TextSection("body", text, "cover")], forwarded=[], tables=[])
    return analyzer.analyse(msg).assessment


def test_a_father_quoting_the_letter_is_misuse(analyzer: Analyzer) -> None:
    text = ("A clinic letter for Ava Lowe (DOB 06/02/2012) went to her father. Mum rang in tears because he "
            "has messaged her quoting the letter.")
    assert assessment(analyzer, text).likelihood == 5


def test_the_item_brought_back_sealed_is_contained(analyzer: Analyzer) -> None:
    text = ("Reception gave the discharge letter for Ada Kerr (DOB 01/02/1940, NHS 943 476 5919) to the wrong "
            "patient. Her husband brought it back this morning, sealed in an envelope.")
    assert assessment(analyzer, text).likelihood == 2


def test_a_footer_saying_nhs_net_says_nothing_of_where_it_went(analyzer: Analyzer) -> None:
    text = ("A mail merge sent appointment letters for Ada Kerr (DOB 01/02/1940) and Omar Said (DOB 03/04/1960) "
            "to each other's addresses. Recalling the letters is not possible.\n\n"
            "CONFIDENTIALITY NOTICE: this email is intended solely for the addressee. NHS.net is a secure service "
            "for sharing patient data.")
    assert assessment(analyzer, text).likelihood == 3


def test_hospital_no_after_a_titled_surname_ends_the_name(analyzer: Analyzer) -> None:
    headers = MessageHeaders(sender=Party("Pat Reporter", "pat.reporter@nhs.net"), to=[Party("IG", "ig@nhs.net")])
    cover = TextSection("body", "The result went to the old GP. Patient is Mr Adeyinka hospital no T4410293.", "cover")
    fwd = TextSection("forwarded:1", "We received a result for ADEYINKA, Tunde DOB 11-Feb-1984 NHS No 943 476 5919 "
                                     "in error.", "forwarded")
    msg = ParsedMessage(headers=headers, sections=[cover, fwd], forwarded=[], tables=[])
    assert analyzer.analyse(msg).subjects == 1      # "Mr Adeyinka" is the same person, with his hospital number


def test_a_banner_written_in_lower_case_after_the_sentence_names_the_fields(analyzer: Analyzer) -> None:
    text = ("someone posted a photo of a cxr and the banner has the patient's name and hosp number on it - "
            "jo kowal, rx1770452, f 44. it was up for hours")
    assert "jo kowal" in found(analyzer, text, "person_name")
    assert found(analyzer, text, "hospital_number") == {"RX1770452"}
    assert "health" in categories(analyzer, text)
    assert found(analyzer, "Hospital number policy reminder: order ref AB123456 raised", "hospital_number") == set()


@pytest.mark.parametrize(("text", "address"), [
    ("The record for Jo Bloggs (DOB 01/02/1990) shows her new address at Flat 12, Carlton Towers, Leeds LS7 1HZ.",
     "Flat 12, Carlton Towers, Leeds, LS7 1HZ"),
    ("A letter for Jo Bloggs (DOB 01/02/1952). The correct address is Bryn Awel, Ffordd y Capel, Llanrug LL55 4AE.",
     "Bryn Awel, Ffordd y Capel, Llanrug, LL55 4AE"),
])
def test_a_unit_or_house_name_after_address_is_in_prose(analyzer: Analyzer, text: str, address: str) -> None:
    assert address in found(analyzer, text, "address")
    assert found(analyzer, text, "person_name") == {"Jo Bloggs"}


def test_whom_it_should_have_gone_to_is_no_subject(analyzer: Analyzer) -> None:
    text = ("I sent an MRI report for Ravi Shah (NHS 4042491898, DOB 13 September 1949) to the wrong Dr Shah. "
            "It should have gone to Mr Nikhil Shah at the Royal but the autocomplete picked another.")
    assert found(analyzer, text, "person_name") == {"Ravi Shah"}


def test_a_tracking_screen_read_out_name_age_complaint(analyzer: Analyzer) -> None:
    text = 'The photo shows the screen: Wyn Lloyd 23 "OD", Peggy Marsh 45 "abdo pain". Side Room 2 "closed".'
    assert found(analyzer, text, "person_name") == {"Wyn Lloyd", "Peggy Marsh"}


def test_results_sent_to_nhs_practices_stayed_inside(analyzer: Analyzer) -> None:
    text = ("Results for Ida Bell (DOB 01/02/1950, NHS 943 476 5919) were filed in another record and the "
            "summary went to that patient's GP. Both GPs are NHS practices.")
    assert assessment(analyzer, text).likelihood == 2
