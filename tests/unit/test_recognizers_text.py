"""Table-driven tests for dates of birth, names and addresses: context decides."""

from __future__ import annotations

import pytest

from nlp.patterns import load_patterns
from nlp.recognizers import build_recognizer
from nlp.recognizers.validators import parse_date
from nlp.text import find_layout

CFG = load_patterns()


def scan(kind: str, text: str) -> list[str]:
    spec = next(s for s in CFG.recognizers if s.kind == kind)
    rec = build_recognizer(spec, CFG)
    layout = find_layout(text, CFG.names.closings)
    return [i.value for i in rec.scan_text(text, "body", layout) if i.confidence >= CFG.limits.min_score]


@pytest.mark.parametrize("text,value", [
    ("DOB: 14/07/1962", "1962-07-14"),
    ("D.O.B 14.07.62", "1962-07-14"),
    ("Date of birth 14-Jul-1962", "1962-07-14"),
    ("born 14th July 1962", "1962-07-14"),
    ("DoB July 14, 1962", "1962-07-14"),
    ("Date of Birth: 1962-07-14", "1962-07-14"),
    ("d.o.b. 3rd March 2019", "2019-03-03"),                # a child
    ("Results for SMITH, Jane (14/07/1962)", "1962-07-14"),
    ("Mrs Ellie LLOYD (24 September 1951)", "1951-09-24"),
    ("Kay Ng 14/07/1962 (DOB)", "1962-07-14"),
    ("Name: Kay Ng    DOB: 02/03/04", "2004-03-02"),
    ("Date of birth\n14/07/1962", "1962-07-14"),
    ("Letter for Mrs Jean Lodge (14/07/1962)", "1962-07-14"),     # a titled name is a person's, "Lodge" or not
])
def test_dob_positive(text: str, value: str) -> None:
    assert scan("date_of_birth", text) == [value]


@pytest.mark.parametrize("text", [
    "Appointment: 14/07/2025", "Printed: 04/04/2025 14:59", "Sample taken 20/06/2025",
    "DOB: 14/07/2099", "DOB: 31/02/1962", "Admitted: 28/04/2025", "DOB: 01/01/1850",
    "Clinic on Monday (12/03/2025)", "Seen 14/07/1962",
    # a date in brackets after an organisation's or a place's name is when something happened there
    "Faxed from Brook Lane Surgery (12/03/2024)", "Seen at Hillside Care Home (03/01/2024) by the GP",
    "A note from Ward Reception (12/03/2024)", "Visit to St Mary's Hospital Pharmacy (12/03/2024)",
])
def test_dob_decoys(text: str) -> None:
    assert scan("date_of_birth", text) == []


def test_two_digit_years_pivot() -> None:
    assert parse_date("19.03.87").year == 1987  # type: ignore[union-attr]
    assert parse_date("05.03.19").year == 2019  # type: ignore[union-attr]


@pytest.mark.parametrize("text,value", [
    ("Patient: Mrs Jane Doe", "Jane Doe"),
    ("Re: SMITH, John, DOB 01/02/1950", "SMITH, John"),
    ("Next of kin: Anne Smith (wife)", "Anne Smith"),
    ("Name: Kwame Mensah-Boateng", "Kwame Mensah-Boateng"),
    ("Resident: Mr Tomasz KOWALSKI   Room 4", "Tomasz KOWALSKI"),
    ("Patient name: Miss Siobhan O'Neill", "Siobhan O'Neill"),
    ("Re: Aoife Ó Súilleabháin, Date of Birth: 01-Mar-1949", "Aoife Ó Súilleabháin"),
    ("Dear Mrs Okafor,", "Okafor"),
    ("Ms Rhiannon Lewandowska\n57 Hawthorn Crescent", "Rhiannon Lewandowska"),
    ("Surname: PATEL\nForename: Anjali", "Anjali PATEL"),
])
def test_name_positive(text: str, value: str) -> None:
    assert value in scan("person_name", text)


@pytest.mark.parametrize("text", [
    "Consultant: Dr Peter Jones",
    "Dear Dr Patel,",
    "Kind regards\nSarah Green\nWard Manager",
    "Bed 4, Nightingale Ward",
    "Re: Annual Leave Request",
    "Patient Access Team",
    "Princess Adelaide Hospital",
    "Completed by Mr Tom Hughes",
    "Oliver Stone, Practice Manager",
    "Yours sincerely,\n\nDr Graham Okoro\nConsultant, Diabetes",
    "Mr Paul Reed\nStaff Nurse",
])
def test_name_decoys(text: str) -> None:
    assert scan("person_name", text) == []


@pytest.mark.parametrize("text,first_line", [
    ("Address: 86 Florence Street, Nottingham, NG5 1ZG", "86 Florence Street"),
    ("Mr Mark Fraser\n73 Nelson Street\nManchester\nm20 6xh", "73 Nelson Street"),
    ("Flat 2, 14 Mill Lane, Leeds LS6 2AB", "Flat 2"),
    ("90 Harold Grove, Newcastle upon Tyne, ne4 2qh", "90 Harold Grove"),
])
def test_address_positive(text: str, first_line: str) -> None:
    [value] = scan("address", text)
    assert value.startswith(first_line)
    assert value.split(", ")[-1].isupper()


@pytest.mark.parametrize("text", [
    "St Aidan's Hospital\nChantry Road\nPlymouth\nPL4 6QZ",     # letterhead: no house number
    "Bed 24, Victoria Ward",
    "12 Nelson Street\n\n\nSomething else entirely\nLeeds\nLS6 2AB",
])
def test_address_decoys(text: str) -> None:
    assert scan("address", text) == []
