"""The causes of fresh10's misses (issue 13), each in examples of its own shape, read with the real model.

Relatives named right after a relation word that opens a clause, nicknames in brackets inside a name, an
age between a name and its address, lower-case names after "pt"/"nok", a deceased person's name in a
spreadsheet, H&C numbers that are no phones, packed and bracketed dates of birth.
"""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, Table, TextSection
from nlp.pipeline import Analyzer
from nlp.recognizers.validators import v_phone


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def analyse(analyzer: Analyzer, text: str, tables: list[Table] | None = None):  # noqa: ANN201
    headers = MessageHeaders(sender=Party("Pat Reporter", "pat.reporter@nhs.net"), to=[Party("IG", "ig@nhs.net")])
    msg = ParsedMessage(headers=headers, sections=[TextSection("body", text, "cover")], forwarded=[],
                        tables=tables or [])
    return analyzer.analyse(msg)


def run(analyzer: Analyzer, text: str, tables: list[Table] | None = None) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for i in analyse(analyzer, text, tables).identifiers:
        out.setdefault(i.kind, set()).add(i.value)
    return out


# -- relatives named after a relation word that opens a clause ------------------------------------------

@pytest.mark.parametrize("sentence, relative", [
    ("Husband Tomasz phone 07700 900761 no answer.", "Tomasz"),
    ("Niece Folake 07700 900 762 will collect her.", "Folake"),
    ("Mum Rhiannon is with him most days.", "Rhiannon"),
    ("Risk: ex-husband Darren Pilling has a non-molestation order.", "Darren Pilling"),
])
def test_a_relative_right_after_a_clause_opening_relation_word(analyzer: Analyzer, sentence: str,
                                                                 relative: str) -> None:
    got = run(analyzer, "I sent the visit note to the wrong group by mistake.\n\n"
                        f'"Mrs Agnieszka Nowicka, DOB 04/11/1941, dementia, lives alone. {sentence}"\n\nSorry\n')
    assert relative in got.get("person_name", set())
    assert "Agnieszka Nowicka" in got.get("person_name", set())


def test_a_nursing_sister_at_a_clause_start_is_not_read_as_a_relative(analyzer: Analyzer) -> None:
    got = run(analyzer, "Patient: Agnieszka Nowicka, DOB 04/11/1941. Sister Okonjo is the nurse in charge.\n")
    assert not any("Okonjo" in n for n in got.get("person_name", set()))


def test_a_relation_word_before_an_ordinary_word_names_nobody(analyzer: Analyzer) -> None:
    got = run(analyzer, "Patient: Agnieszka Nowicka, DOB 04/11/1941. Daughter Informed, and the GP is aware.\n")
    assert got.get("person_name", set()) == {"Agnieszka Nowicka"}


# -- a nickname in brackets inside a name ------------------------------------------------------------------

@pytest.mark.parametrize("written", ["Mr Maximilian (Max) Oyelowo", "Mrs Philippa (\"Pippa\") Ferreira-Lowe"])
def test_a_nickname_in_brackets_between_forename_and_surname(analyzer: Analyzer, written: str) -> None:
    got = run(analyzer, f"The sick note for {written}\nDate of birth 12/6/1979  NHS 4000955411\n"
                        "Diagnosis: low back pain. It went to his employer.\n")
    assert written.replace("Mr ", "").replace("Mrs ", "") in got.get("person_name", set())


# -- an age between a name and the address after it ------------------------------------------------------

def test_an_age_between_a_name_and_its_address(analyzer: Analyzer) -> None:
    got = run(analyzer, 'I posted this in the crew group by mistake:\n\n"fall at home - Ivy Rose Pickering 91, '
                        '4 Mill Row, Hutton Rudby, Yarm, TS15 0DE, keysafe 2210, on floor overnight."\n')
    assert "Ivy Rose Pickering" in got.get("person_name", set())
    assert "TS15 0DE" in got.get("postcode", set())


# -- lower-case names after "pt" and "nok" in hurried text -------------------------------------------------

def test_lower_case_names_after_pt_and_nok_in_a_hurried_note(analyzer: Analyzer) -> None:
    got = run(analyzer, "sorry on my phone. sent the bay list to the wrong person\n\n"
                        "bed 5 pt gwen ap rhys 84yrs hosp no RQ2203311 - uti, confused\n"
                        "bed 6 pt ray dobbins (raymond) - chest pain, nok son kev dobbins 07700 900873\n\n"
                        "pls advise\n")
    names = got.get("person_name", set())
    assert {"gwen ap rhys", "ray dobbins", "kev dobbins"} <= names


def test_lower_case_words_after_pt_in_a_written_paragraph_are_left_alone(analyzer: Analyzer) -> None:
    got = run(analyzer, "Patient: Gwen Rhys, DOB 02/02/1940. The pt said sorry twice (she was upset) and "
                        "The Ward Manager Was Informed About It By The Team On Tuesday.\n")
    assert not any(n.islower() for n in got.get("person_name", set()))


# -- a deceased person's name in a spreadsheet -------------------------------------------------------------

def test_a_deceased_name_is_shown_but_the_living_relative_is_the_subject(analyzer: Analyzer) -> None:
    table = Table(where="attachment:calls.xlsx", header=["Deceased", "Date of death", "Family contact",
                                                         "Relationship", "Phone"],
                  rows=[["Hedda Lindgren", "2024-02-01", "Sven Lindgren", "son", "07700 900941"],
                        ["Olu Bankole", "2024-02-09", "Ife Bankole", "wife", "07700 900942"]], total_rows=2)
    result = analyse(analyzer, "The bereavement call list went to the wrong address.\n", [table])
    names = {i.value: i.subject for i in result.identifiers if i.kind == "person_name"}
    assert set(names) == {"Hedda Lindgren", "Sven Lindgren", "Olu Bankole", "Ife Bankole"}
    assert names["Hedda Lindgren"] == names["Sven Lindgren"] != names["Olu Bankole"]
    assert result.subjects == 2
    assert not any(i.kind == "date_of_birth" for i in result.identifiers)


# -- a health number is no phone number --------------------------------------------------------------------

@pytest.mark.parametrize("cell, phone", [
    ("H&C 392 118 4405", None), ("381 123 4064", None), ("028 9649 6123", "02896496123"),
    ("+44 7700 900123", "07700900123"), ("(0114) 496 0168", "01144960168"),
])
def test_a_uk_phone_is_written_with_its_trunk_zero_or_plus_44(cell: str, phone: str | None) -> None:
    got = v_phone(cell)
    assert (got.value if got else None) == phone


def test_a_pasted_clinic_list_of_hc_numbers_gives_no_phones(analyzer: Analyzer) -> None:
    got = run(analyzer, "Clinic list sent to a patient in error:\n\n"
                        "Aoife Ní Bhriain   H&C 381 123 4064   DOB 05.06.2009   # wrist\n"
                        "Peadar O’Kane   H&C 3901733620   DOB 1946-12-14   # hip\n"
                        "Marek Wróbel   H&C 379 418 7547   DOB 28/02/1983   # ankle\n")
    assert "phone_number" not in got
    assert len(got.get("hc_number", set())) == 3


# -- dates of birth written packed or after the year ---------------------------------------------------------

@pytest.mark.parametrize("line, dob", [
    ("DOB:17081949", "1949-08-17"), ("dob 17081949", "1949-08-17"),
    ("born 1949 (17/8/49)", "1949-08-17"), ("dob 1949 (17.08.49)", "1949-08-17"),
])
def test_a_packed_or_bracketed_date_of_birth(analyzer: Analyzer, line: str, dob: str) -> None:
    got = run(analyzer, f"Client: Mrs Edith Varga\n{line}\nAddress: 3 Kiln Lane, Stoke-on-Trent, ST4 7HH\n")
    assert dob in got.get("date_of_birth", set())


@pytest.mark.parametrize("line", ["Account: 17081949", "ref 17081949", "born 1950 (17/8/49)"])
def test_eight_digits_or_a_year_that_disagrees_is_no_date_of_birth(analyzer: Analyzer, line: str) -> None:
    got = run(analyzer, f"Client: Mrs Edith Varga\n{line}\nAddress: 3 Kiln Lane, Stoke-on-Trent, ST4 7HH\n")
    assert "1949-08-17" not in got.get("date_of_birth", set())


# -- addresses as staff write them -----------------------------------------------------------------------

@pytest.mark.parametrize("line, address", [
    ("Addr: Ivy Cottage, Chapel Lane, Skelmanthorpe, Huddersfield, HD8 9DS",
     "Ivy Cottage, Chapel Lane, Skelmanthorpe, Huddersfield, HD8 9DS"),
    ("Current address: Beechwood House Care Home, Sandy Lane, Bradford, BD15 9JU",
     "Beechwood House Care Home, Sandy Lane, Bradford, BD15 9JU"),
    ("The Old Rectory, Church Walk, Masham, HG4 4DA", "The Old Rectory, Church Walk, Masham, HG4 4DA"),
])
def test_a_named_house_after_a_label_or_with_an_old_house_word(analyzer: Analyzer, line: str, address: str) -> None:
    got = run(analyzer, f"Patient: Mrs Hazel Firth, DOB 19/01/1944, NHS 4000955411\n{line}\nDiagnosis: COPD.\n")
    assert address in got.get("address", set())


def test_a_unit_lead_after_the_name_on_a_line_of_prose(analyzer: Analyzer) -> None:
    got = run(analyzer, 'The note said: "Call 09:15 Wanda Kowal, Flat 2c Tenter Court, 9 Dyson Street, Bradford, '
                        'BD1 2LS. Very low today. DOB 12/08/1939."\n')
    assert "Flat 2c Tenter Court, 9 Dyson Street, Bradford, BD1 2LS" in got.get("address", set())


def test_a_unit_in_brackets_at_the_end_of_a_prose_line(analyzer: Analyzer) -> None:
    got = run(analyzer, "Near miss: the letter for Mrs Ama Boateng (Flat 9\n  Kestrel House\n  4 Mill Street\n"
                        "  Reading\n  RG1 8QT) was in the wrong envelope.\n")
    assert "Flat 9, Kestrel House, 4 Mill Street, Reading, RG1 8QT" in got.get("address", set())


def test_a_street_line_straight_after_a_name_with_its_postcode_on_the_line(analyzer: Analyzer) -> None:
    got = run(analyzer, '"Mr Wilfred Dace 41 Birch Grove, ST6 3QA, born 1938 (3/3/38). Tablets at 8."\n')
    assert "41 Birch Grove, ST6 3QA" in got.get("address", set())
    assert "1938-03-03" in got.get("date_of_birth", set())


def test_a_flat_and_building_are_still_read_from_the_unit_word(analyzer: Analyzer) -> None:
    got = run(analyzer, "Mr Kenneth Lumb | Flat 6, Elm Court, Sowerby Bridge HX6 2AB | DOB 22/08/1935\n")
    assert "Flat 6, Elm Court, Sowerby Bridge, HX6 2AB" in got.get("address", set())
    assert not any(a.startswith("6 Elm") for a in got.get("address", set()))


def test_a_street_line_in_prose_after_property_at_ends_at_its_bracket(analyzer: Analyzer) -> None:
    got = run(analyzer, "Service user: Mr Desmond Ogunleye\nDate of birth: 07/10/1941\n"
                        "Capital: property at 27 Hollin Hall Lane (value £150,000), savings £2,000.\n")
    assert "27 Hollin Hall Lane" in got.get("address", set())


# -- a bed-board line in lower case beside capitalised ones; a pasted record's own e-mail address ----------

def test_a_lower_case_name_on_a_bed_board_beside_capitalised_rows(analyzer: Analyzer) -> None:
    got = run(analyzer, "A photo of the board went on Instagram. You can read:\n"
                        "bed 1 MORRISON Elspeth - falls risk, hoist\n"
                        "bed 2 yusuf demir - detox, obs 4hrly\n\nPlease advise\n")
    assert {"MORRISON Elspeth", "yusuf demir"} <= got.get("person_name", set())


def test_a_lower_case_bed_state_is_no_name(analyzer: Analyzer) -> None:
    got = run(analyzer, "A photo of the board went on Instagram. You can read:\n"
                        "bed 1 MORRISON Elspeth - falls risk, hoist\n"
                        "bed 2 deep clean - awaiting domestic\n\nPlease advise\n")
    assert got.get("person_name", set()) == {"MORRISON Elspeth"}


def test_a_records_own_email_field_does_not_make_the_subject_its_recipient(analyzer: Analyzer) -> None:
    got = run(analyzer, "The care plan went to the wrong provider (info@wrongcare.example.co.uk).\n\n"
                        "CARE PLAN\nFor: Mrs Halima Osei-Bonsu\nDOB: 2/9/1950\n"
                        "Email halima.oseibonsu@yahoo.co.uk\nNeeds: MS, hoist transfers.\n\n"
                        "Sent to: info@wrongcare.example.co.uk\n")
    assert "Halima Osei-Bonsu" in got.get("person_name", set())


def test_a_quoted_numbered_list_keeps_each_row_one_person(analyzer: Analyzer) -> None:
    result = analyse(analyzer, "See the chain below, the list went to the print room.\n\n"
                               "> >> 1. Bolaji Adeyemi  NHS 400 095 5411  DOB 11/04/1950  - foot ulcer\n"
                               "> >> 2. Maura Keane  NHS 4743363985  DOB 3rd March 1954  - amputation\n"
                               "> >> 3. Rizwan Qureshi  NHS 469-235-2329  DOB 23 Aug 1961  - neuropathy\n")
    assert result.subjects == 3
    by_subject: dict[int, set[str]] = {}
    for i in result.identifiers:
        by_subject.setdefault(i.subject, set()).add(i.kind)
    assert all({"person_name", "nhs_number", "date_of_birth"} <= kinds for kinds in by_subject.values())


@pytest.mark.parametrize("role", ["(our Day Hospice befriending volunteer)", "- paramedic", "(the ward chaplain)"])
def test_a_role_in_brackets_or_after_a_dash_makes_a_prose_name_staff(analyzer: Analyzer, role: str) -> None:
    got = run(analyzer, f"I meant to pass the details to Morwenna Trevithick {role} but they went to a stranger.\n\n"
                        "Patient: Mr Idris Penhallow, DOB 10/10/1950, NHS 4692352329\n")
    assert "Morwenna Trevithick" not in got.get("person_name", set())
    assert "Idris Penhallow" in got.get("person_name", set())
