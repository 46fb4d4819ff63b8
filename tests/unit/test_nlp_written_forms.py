"""How UK postcodes, addresses and dates of birth are really written in hurried mail and pasted tables:
lower case mid-sentence after a street, pipe tables, signature lines that are the sender's own address.
Every example here is hand-written for this file."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def found(analyzer: Analyzer, body: str) -> set[tuple[str, str]]:
    h = MessageHeaders(sender=Party("A Clerk", "clerk@nhs.net"), to=[Party("", "ig@nhs.net")], subject="report")
    res = analyzer.analyse(ParsedMessage(headers=h, sections=[TextSection("body", body, "cover")]))
    return {(i.kind, i.value) for i in res.identifiers}


@pytest.mark.parametrize(("body", "pc", "first"), [
    ("Script for Mrs Jean Pollard (DOB 02/03/1948, 7 Tanners Lane, Ipswich ip4 2ba) given to the wrong man",
     "IP4 2BA", "7 Tanners Lane"),
    ("the label shows Mr Colin Ayre, 23 oakfield road leicester le2 1fd, amlodipine 5mg", "LE2 1FD", "23 oakfield road"),
    ("Letter for Mr Tom Vance at 9 Hope Street, Carlisle ca1 1qs but it went next door", "CA1 1QS", "9 Hope Street"),
])
def test_lower_case_postcode_mid_sentence_after_a_street(analyzer: Analyzer, body: str, pc: str, first: str) -> None:
    got = found(analyzer, body)
    assert ("postcode", pc) in got
    assert any(k == "address" and v.startswith(first) and v.endswith(pc) for k, v in got)


@pytest.mark.parametrize("body", [
    "the code on the box read le2 1fd and nothing else",
    "we were told to quote ca1 1qs, ref only, on the reply",
])
def test_lower_case_postcode_shape_without_a_street_is_not_taken(analyzer: Analyzer, body: str) -> None:
    assert not any(k == "postcode" for k, _ in found(analyzer, body))


def test_addresses_in_a_pipe_table_row(analyzer: Analyzer) -> None:
    body = ("Clinic list sent to the wrong person:\n"
            "Mon 3/3 | 10:15 | Mr Alan Pritchard | 31 Sefton Rd, Wigan WN1 2QP | DOB 12/12/1940 | cataract\n"
            "Mon 3/3 | 10:45 | Mrs Joyce Lamb | Flat 4, Orchard Court, Ince WN2 2AX | DOB 02/02/1937 | drops\n"
            "Mon 3/3 | 11:15 | Mr Stan Hurst | Meadowbank Care Home, Rm 12, Hindley WN2 3DF | DOB 05/05/1929 | AMD\n")
    addrs = {v for k, v in found(analyzer, body) if k == "address"}
    assert any(v.startswith("31 Sefton Rd") and v.endswith("WN1 2QP") for v in addrs)
    assert any(v.startswith("Flat 4, Orchard Court") and v.endswith("WN2 2AX") for v in addrs)
    assert any(v.startswith("Meadowbank Care Home") and v.endswith("WN2 3DF") for v in addrs)


@pytest.mark.parametrize(("line", "pc"), [("5 Primrose Bank, Otley LS21 3JT", "LS21 3JT"),
                                          ("27 Mill Brow, Marple SK6 5LN", "SK6 5LN"),
                                          ("3 Lark Rise Heights, Hull HU6 7TF", "HU6 7TF")])
def test_northern_street_suffixes(analyzer: Analyzer, line: str, pc: str) -> None:
    got = found(analyzer, f"Mon | Mrs Ann Firth | {line} | DOB 01/01/1944 | routine\n")
    assert any(k == "address" and v.startswith(line.split(",")[0]) for k, v in got)


@pytest.mark.parametrize("tail", [
    "Priya Raman\nDeputy Manager, Oakwood Lodge, 14 Quarry Lane, Barnsley S70 4PL\n",
    "Dr Owen Tait\nLead Clinician, Community Dental Service, Northshire Health NHS Trust\nThe Annexe, 6 Market Street, Bury BL9 0AW\n",
    "Please ring to book.\nBrightsmile Dental Care, 40 Bridge Street, Chester CH1 1NQ\n",
])
def test_the_senders_own_address_in_a_signature_line_is_not_a_subjects(analyzer: Analyzer, tail: str) -> None:
    body = "Letter for Mrs June Carr (DOB 03/04/1950) at 8 Kiln Road, Hexham NE46 1AB went to her neighbour.\n\n" + tail
    addrs = {v for k, v in found(analyzer, body) if k == "address"}
    assert any(v.startswith("8 Kiln Road") for v in addrs)
    assert len(addrs) == 1


def test_dates_in_a_headerless_list_row_after_a_name_cell(analyzer: Analyzer) -> None:
    body = ("Flu catch-up list, sent to the wrong school:\n\n"
            "Y7  Amelia Nowicka  03.06.2014  mum: Ewa Nowicka 07700 900431  consent Y\n"
            "Y7  Kwame Asante-Boateng  17.11.2013  dad: Kofi Asante 07700 900432  consent N\n"
            "3 | Tom Rudd | 1/2/1990 | wheelchair user\n")
    dobs = {v for k, v in found(analyzer, body) if k == "date_of_birth"}
    assert {"2014-06-03", "2013-11-17", "1990-02-01"} <= dobs


def test_a_recent_visit_date_in_a_list_row_is_not_a_dob(analyzer: Analyzer) -> None:
    from datetime import date, timedelta
    seen = (date.today() - timedelta(days=20)).strftime("%d/%m/%Y")
    body = f"Visits list:\n\nMrs Olive Tandy  {seen}  10:30  home visit\nMr Ray Fenn  {seen}  11:15  review\n"
    assert not any(k == "date_of_birth" for k, _ in found(analyzer, body))


@pytest.mark.parametrize(("town", "pc"), [("Castle Douglas", "DG7 1AA"), ("Milton Keynes", "MK9 3HS"),
                                          ("Barnard Castle", "DL12 8AB")])
def test_a_town_inside_an_address_is_not_a_person(analyzer: Analyzer, town: str, pc: str) -> None:
    body = (f"Tues 24/11 | 11:00 | Mr Ken Hale | Flat 6, Elm Court, {town} {pc} | DOB 22/08/1935 | low vision\n"
            f"Tues 24/11 | 11:30 | Mrs Ann Rowe | 3 Low Lane, {town} {pc} | DOB 02/03/1941 | drops\n")
    names = {v for k, v in found(analyzer, body) if k == "person_name"}
    assert names == {"Ken Hale", "Ann Rowe"}


def test_a_label_word_ending_a_sentence_does_not_label_the_next_one(analyzer: Analyzer) -> None:
    body = ("The clinic letter went to Hughes Parry Solicitors instead of the firm that acts for the patient. "
            "Hughes Parry have not confirmed deletion.\n\nPatient: Mrs Ceri Bevan   DOB 04/04/1974\n")
    names = {v for k, v in found(analyzer, body) if k == "person_name"}
    assert names == {"Ceri Bevan"}
