"""The causes of fresh16's misses, each in examples of its own shape (invented text), read with the real model.

A headerless send log of mobiles and names; Welsh street lines that ran into the postcode on their line; a street
line as one field of a record row; a name between dashes in a record line; a column of attorneys under a header no
rule knows; category words of primary care (protective orders, refuges, emergency contraception by drug, HMP,
alcohol); an excluded parent seeking the address (misuse); recipients named in prose; a quick hand-back.
"""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, Table, TextSection
from nlp.pipeline import Analyzer
from nlp.tables import analyse_table


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


# -- a headerless send log: mobile, "Surname, Forename", what was sent ----------------------------------

def test_a_headerless_log_of_mobiles_and_names_reads_each_row_as_a_person() -> None:
    rows = [["07700 900017", "Quennell, Bryony", "Flu clinic", "21/10/2026"],
            ["07700 900028", "Tregarthen, Osian", "Flu clinic", "21/10/2026"],
            ["07700 900039", "Mbeki-Lowe, Farida", "Flu clinic", "21/10/2026"]]
    res = analyse_table(Table(where="attachment:log.csv", header=[], rows=rows, total_rows=3))
    names = {i.value for i in res.identifiers if i.kind == "person_name"}
    assert names == {"Quennell, Bryony", "Tregarthen, Osian", "Mbeki-Lowe, Farida"}
    assert len(res.rows) == 3 and all({i.kind for i in r} == {"phone_number", "person_name"} for r in res.rows)


def test_a_headerless_list_of_phones_beside_no_names_names_nobody() -> None:
    rows = [["07700 900017", "Flu clinic", "21/10/2026"], ["07700 900028", "Flu clinic", "22/10/2026"],
            ["07700 900039", "Flu clinic", "23/10/2026"]]
    res = analyse_table(Table(where="attachment:log.csv", header=[], rows=rows, total_rows=3))
    assert not any(i.kind == "person_name" for i in res.identifiers)


# -- Welsh street lines run into the postcode on the same line -----------------------------------------

def test_a_welsh_street_line_stops_before_its_postcode_on_the_line(analyzer: Analyzer) -> None:
    got = run(analyzer, "My visit list blew away in the wind:\n\nDilys Pennant 12 Heol Tregarth LL59 4QX KS 1234\n"
                        "Iolo Brychan 7 Ffordd Glyn SA31 2ZZ KS 9876\n")
    assert {"12 Heol Tregarth, LL59 4QX", "7 Ffordd Glyn, SA31 2ZZ"} <= got.get("address", set())


# -- a street line as one field of a record row ---------------------------------------------------------

def test_a_street_line_between_dashes_on_a_row_with_a_health_number_is_an_address(analyzer: Analyzer) -> None:
    got = run(analyzer, "The sheet had:\n\nPENHALLOW Ruth - CHI 0101011234 - 17 Lark Rise - dressing change\n"
                        "TREMAYNE Idris - NHS 943 476 5919 - 3 Quarry Road - all in place, bloods\n")
    assert {"17 Lark Rise", "3 Quarry Road"} <= got.get("address", set())


def test_a_street_between_dashes_on_a_line_with_no_health_number_is_not_an_address(analyzer: Analyzer) -> None:
    got = run(analyzer, "Our meeting - 17 Lark Rise - starts at ten, room booked.\n")
    assert "address" not in got


# -- a name as one field of a record line ---------------------------------------------------------------

def test_a_name_between_dashes_before_a_labelled_number_is_read(analyzer: Analyzer) -> None:
    got = run(analyzer, "It bounced.\n\nOriginal subject: Clinic letter - Morwenna TRELAWNY - Ref Q77 - NHS 943 476 5919\n")
    assert "Morwenna TRELAWNY" in got.get("person_name", set())


@pytest.mark.parametrize("line", [
    "Meeting - Dr Morwenna Trelawny - NHS 943 476 5919",
    "Update - Penhallow Community Hospital - NHS 943 476 5919",
])
def test_a_clinician_or_a_place_between_dashes_is_not_a_record_name(analyzer: Analyzer, line: str) -> None:
    got = run(analyzer, f"It bounced.\n\n{line}\n")
    assert not any("Trelawny" in n or "Penhallow" in n for n in got.get("person_name", set()))


# -- a column of attorneys under a header no rule knows -------------------------------------------------

def test_a_consent_column_of_attorneys_names_a_second_person_per_row() -> None:
    rows = [["Iris Penrose", "943 476 5919", "self"], ["Hugh Carne", "401 023 2137", "Tamsin Carne (LPA health)"],
            ["Mair Bevan", "943 476 5919", "self"], ["Olwen Rees", "401 023 2137", "Gareth Rees (son)"]]
    res = analyse_table(Table(where="attachment:v.csv", header=["Resident", "NHS No", "Consent given by"], rows=rows,
                              total_rows=4))
    names = {i.value for i in res.identifiers if i.kind == "person_name"}
    assert names == {"Iris Penrose", "Hugh Carne", "Mair Bevan", "Olwen Rees", "Tamsin Carne", "Gareth Rees"}
    assert len(res.rows) == 6


# -- category words: protective orders and refuges, emergency contraception by drug, prison, alcohol --------

@pytest.mark.parametrize("sentence, category", [
    ("She and her son moved into refuge accommodation last month.", "safeguarding"),
    ("There is a non-molestation order against her ex-partner.", "safeguarding"),
    ("Supplied levonorgestrel 1.5mg at the counter.", "reproductive_health"),
    ("Her brother is in HMP Long Lartin at present.", "criminal"),
    ("Mum told the nurse she is struggling with alcohol again.", "substance_misuse"),
    ("Support is for an acquired brain injury after a fall.", "health"),
])
def test_category_words_of_primary_care_reports(analyzer: Analyzer, sentence: str, category: str) -> None:
    got = analyse(analyzer, "The letter went to the wrong address.\n\n"
                            f"Patient: Wenna Polglaze, DOB 02/03/1980, NHS 943 476 5919. {sentence}\n")
    assert category in got.special_categories


def test_an_excluded_parent_coming_to_ask_for_the_address_is_misuse(analyzer: Analyzer) -> None:
    got = analyse(analyzer, "The reminder about Wenna Polglaze (DOB 02/03/2019, NHS 943 476 5919) went to her "
                            "father's mobile, though there is a court order. He came to reception asking for the "
                            "child's address this morning.\n")
    assert got.assessment.likelihood == 5


# -- the person who got the data, named in prose: a leaver, the address book's wrong pick, a SAR requester --

@pytest.mark.parametrize("sentence", [
    "Our office sent the weekly visit list to Tamsin Vosper who left us last month.",
    "Our office sent the weekly visit list to Tamsin Vosper\nwho LEFT us last month (a hard wrap before it).",
    "I picked Tamsin Vosper at the county office from the address book, not our duty team.",
    "We answered a subject access request from Tamsin Vosper and the bundle held someone else's letters.",
])
def test_the_person_who_got_it_is_no_data_subject(analyzer: Analyzer, sentence: str) -> None:
    got = analyse(analyzer, f"{sentence}\n\nIt held Wenna Polglaze, DOB 02/03/1980, NHS 943 476 5919.\n")
    names = {i.value for i in got.identifiers if i.kind == "person_name"}
    assert "Tamsin Vosper" not in names and "Wenna Polglaze" in names
    assert got.subjects == 1


def test_a_bag_handed_straight_back_is_containment(analyzer: Analyzer) -> None:
    got = analyse(analyzer, "The prescription bag for Wenna Polglaze, DOB 02/03/1980, NHS 943 476 5919 (amlodipine "
                            "5mg) was given to another patient at the counter. She saw the name and handed it back "
                            "within a minute.\n")
    assert got.assessment.likelihood == 2


def test_a_bag_handed_back_later_and_read_is_not_containment_alone(analyzer: Analyzer) -> None:
    got = analyse(analyzer, "The prescription bag for Wenna Polglaze, DOB 02/03/1980, NHS 943 476 5919 (amlodipine "
                            "5mg) was given to another patient at the counter. He came back an hour later and handed "
                            "it back, and said he had read the label.\n")
    assert got.assessment.likelihood == 3


# -- a group mailing whose content the reporter says is about nobody --------------------------------------

_MEMBERS = [Party(f"Member {c}", f"member.{c}@example-mail.co.uk") for c in "abcdefghij"]


def _group(cover: str, original: str) -> ParsedMessage:
    fh = MessageHeaders(sender=Party("Practice", "practice@nhs.net"), to=_MEMBERS, subject="Friends of the practice")
    h = MessageHeaders(sender=Party("Pat Reporter", "pat.reporter@nhs.net"), to=[Party("IG", "ig@nhs.net")],
                       subject="Fw: Friends of the practice")
    return ParsedMessage(headers=h, forwarded=[fh], sections=[TextSection("body", cover, "cover"),
                                                              TextSection("forwarded:1", original, "forwarded", fh)])


@pytest.mark.parametrize("cover, severity", [
    ("I sent the members' update with everyone in To, not Bcc. It has no patient information in it "
     "(vaccination clinic dates, parking).", 2),
    ("I sent the members' update with everyone in To, not Bcc.", 3),
])
def test_a_group_mailing_said_to_hold_no_patient_information_is_not_health(analyzer: Analyzer, cover: str,
                                                                          severity: int) -> None:
    res = analyzer.analyse(_group(cover, "Dear members,\nVaccination clinics run on Saturdays this month.\n"))
    assert res.subjects == len(_MEMBERS)
    assert res.assessment.severity == severity


@pytest.mark.parametrize("sentence", [
    "The practice manager there has emailed to confirm she deleted it without opening the attachment.",
    "Their reply says: I have permanently deleted this and not shared it.",
])
def test_a_recipient_confirming_deletion_is_containment(analyzer: Analyzer, sentence: str) -> None:
    got = analyse(analyzer, "My email about Wenna Polglaze, DOB 02/03/1980, NHS 943 476 5919 (her clinic letter) went "
                            f"to a social worker at the wrong council. {sentence}\n")
    assert got.assessment.likelihood == 2
