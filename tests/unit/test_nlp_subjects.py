"""Table-driven tests of data-subject counting (clustering names and numbers into people)."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, Table, TextSection
from nlp.pipeline import Analyzer
from nlp.tables import analyse_table


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def _msg(cover: str, original: str) -> ParsedMessage:
    fwd = MessageHeaders(sender=Party("Ward Clerk", "ward.clerk@nhs.net"), to=[Party("", "x@gmail.com")])
    return ParsedMessage(headers=MessageHeaders(sender=Party("Sam Reporter", "sam.reporter@nhs.net")),
                         sections=[TextSection("body", cover, "cover"),
                                   TextSection("forwarded:1", original, "forwarded", fwd)], forwarded=[fwd])


CASES = [
    ("one person, three mentions",
     "Patient: Mrs Jane SMITH\nDOB: 01/02/1950  NHS No: 943 476 5919\n\nDear Mrs Smith,\n"
     "Jane was seen in clinic today.\n", 1),
    ("patient and named next of kin",
     "Patient: Mr Tomasz KOWALSKI  DOB 03/04/1941\nNext of kin: Anna Kowalska (daughter) tel 07700 900400\n", 2),
    ("two list rows",
     "1. ASHWORTH, Wilfred - DOB 02/03/1944\n2. DUNNE, Patrick - DOB 17/11/1950\n", 2),
    ("staff signature is not a subject",
     "Re: Mr Kwame Mensah, DOB 14/07/1962\nReviewed today.\n\nKind regards\nDr Peter Jones\nConsultant\n", 1),
    ("same person written five ways",
     "Patient: Mrs Jane SMITH  DOB 01/02/1950\n\nSMITH, Jane was reviewed. Jane is well. Mrs Smith and J. Smith agreed.\n", 1),
    ("mother and baby share a name",
     "Baby of Blessing OKORO  DOB 03/03/2026  NHS No 943 476 5919\nMother: Blessing Okoro DOB 12/12/1995\n", 2),
    ("husband and wife", "Re: Mr David HUGHES DOB 01/01/1940\nHis wife, Mrs Margaret Hughes, is his main carer.\n", 2),
    ("same surname, different first names",
     "Patients seen today:\nMr Alan Brooks, DOB 01/01/1950\nMrs Janet Brooks, DOB 02/02/1952\n", 2),
    ("relatives in prose", "I visited Mrs Edith Clarke (DOB 14/03/1938) at home today. Her son Peter Clarke was present "
     "and her daughter, Susan Fielding, phoned later.\n", 3),
    ("sister with a place-like surname",
     "RE: Ms Hyun-Jung Park-Whitaker   Born: 28 May 1981\nHer sister, Ms Min-Ji Park, has been offered testing.\n", 2),
    ("parents of a child",
     "Child: Oliver PEARSON DOB 05/06/2019\nMother: Claire Pearson tel 07700 900123\nFather: Mark Pearson\n", 3),
    ("carer named", "Service user: Mr Derek Shaw, DOB 12/05/1949. His carer Linda Marsh visits daily.\n", 2),
    ("clinicians are not subjects",
     "Dear Dr Williams,\nRe: Mr Samuel OBI, DOB 02/02/1977, NHS 943 476 5919\nHe was seen.\ncc Dr Helen Carter, GP\n\n"
     "Yours sincerely\nDr Amir Khan\nConsultant\n", 1),
    ("lone NHS numbers are people", "The following NHS numbers were in the email:\n943 476 5919\n401 023 2137\n", 2),
    ("DOB + postcode rows", "Appointments list:\n1. DOB 01/01/1980, LS1 4AP\n2. DOB 02/02/1990, LS2 9JT\n", 2),
    ("table row repeating a named person",
     "Re: Mr Ahmed PATEL DOB 09/09/1955 NHS 943 476 5919\n\nName | DOB | NHS\nAhmed Patel | 09/09/1955 | 943 476 5919\n"
     "Ruth Green | 10/10/1960 | 401 023 2137\n", 2),
    ("log lines", 'patient.name="SUTHERLAND, Rukhsana" patient.dob=1979-07-19 nhs=4800856914\n', 1),
    ("newsletter staff only", "Staff News\nCongratulations to Emma Thompson, Senior Nurse, on her award. Welcome to our new "
     "Chief Executive, Martin Cole.\n", 0),
    ("staff only", "Hi team,\nThe rota is attached. Please contact Sarah Jenkins or Tom Bradley with questions.\n\n"
     "Thanks\nLucy Brown\nWard Manager\n", 0),
]

COVER_CASES = [
    ("wrong recipient named with address", "I replied to a parent (Stacey Brannigan, stacey.b@gmail.com) and pasted "
     "the list instead of her entry.", "Child's name | Date of birth\nFraser Chowdhury | 19/06/2024\n", 1),
    ("supplier contact", "I raised a ticket with our supplier (support@vendor.example.com, Ravi Menon) and pasted the log.",
     'patient.name="LINDGREN, Yetunde" patient.dob=1953-03-29\n', 1),
    ("sent to by mistake", "I sent the letter to Mrs Patricia Doyle by mistake.",
     "Re: Mr Kevin ANDERSON, DOB 04/05/1966\n", 1),
    ("whose letter it was", "I emailed Mrs Joan Baxter's letter to the wrong practice.", "Please see the letter.", 1),
]


@pytest.mark.parametrize(("label", "cover", "text", "want"), COVER_CASES, ids=[c[0] for c in COVER_CASES])
def test_subjects_cover_note(analyzer: Analyzer, label: str, cover: str, text: str, want: int) -> None:
    a = analyzer.analyse(_msg(cover, text))
    assert a.subjects == want, [(i.kind, i.value, i.subject) for i in a.identifiers]


@pytest.mark.parametrize(("label", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_subjects(analyzer: Analyzer, label: str, text: str, want: int) -> None:
    a = analyzer.analyse(_msg("Sent to the wrong address, see below.", text))
    assert a.subjects == want, [(i.kind, i.value, i.subject) for i in a.identifiers]


def test_subject_line_names_the_patient(analyzer: Analyzer) -> None:
    msg = _msg("Sent to the wrong address, see below.", "Please see the attached letter.\n")
    msg.headers.subject = "Fw: Letter - Mrs Jane Smith"
    a = analyzer.analyse(msg)
    assert a.subjects == 1
    assert [(i.kind, i.value, i.where) for i in a.identifiers] == [("person_name", "Jane Smith", "body")]


def test_subject_line_staff_and_generic_words_are_not_names(analyzer: Analyzer) -> None:
    msg = _msg("Please see below, sent by Ward Clerk.", "Rota attached for next week.\n")
    msg.headers.subject = "Fw: Rota from Ward Clerk - Urgent Action Required"
    a = analyzer.analyse(msg)
    assert a.subjects == 0 and a.identifiers == []


def test_no_subject_no_contact_details(analyzer: Analyzer) -> None:
    a = analyzer.analyse(_msg("Phishing? Asks me to call 0161 496 0000 or visit us at M1 1AE.", "Verify your account.\n"))
    assert a.subjects == 0 and a.identifiers == []


# -- more than one person per row, unusual headers, the basis of the count (issue 13) ----------------

def _table(header: list[str], rows: list[list[str]], where: str = "attachment:list.xlsx") -> Table:
    return Table(where=where, header=header, rows=rows, total_rows=len(rows))


def test_each_person_of_a_row_is_counted() -> None:
    t = _table(["Resident", "DOB", "Room", "NOK", "NOK phone"],
               [["Edna Pryce", "02/03/1931", "4", "Gwen Pryce", "07700 900111"],
                ["Albert Nash", "11/11/1929", "5", "Ron Nash", "07700 900222"]])
    res = analyse_table(t)
    people = [{i.kind: i.value for i in row} for row in res.rows]
    assert people == [{"person_name": "Edna Pryce", "date_of_birth": "1931-03-02"},
                      {"person_name": "Gwen Pryce", "phone_number": "07700900111"},
                      {"person_name": "Albert Nash", "date_of_birth": "1929-11-11"},
                      {"person_name": "Ron Nash", "phone_number": "07700900222"}]


def test_a_role_column_without_a_name_stays_with_the_subject() -> None:
    res = analyse_table(_table(["Child", "DOB", "Parent email"], [["Ava Hill", "03/04/2019", "kim.h@gmail.com"]]))
    assert len(res.rows) == 1 and {i.kind for i in res.rows[0]} == {"person_name", "date_of_birth",
                                                                    "email_address"}


@pytest.mark.parametrize("head", ["Pt", "Resident", "Client", "Child", "NOK", "Child's name", "Name of patient",
                                  "Parent/carer", "Service user"])
def test_unusual_name_headers(head: str) -> None:
    res = analyse_table(_table([head, "Ward"], [["Jim Beam", "5"], ["Ann Lee", "6"]]))
    assert [[i.value for i in r] for r in res.rows] == [["Jim Beam"], ["Ann Lee"]]


def test_subject_basis_note_names_where_they_were_counted() -> None:
    t = _table(["Resident", "DOB", "NOK"], [["Edna Pryce", "02/03/1931", "Gwen Pryce"],
                                           ["Albert Nash", "11/11/1929", "Ron Nash"]], "attachment:residents.xlsx")
    h = MessageHeaders(sender=Party("A Clerk", "clerk@nhs.net"), to=[Party("", "ig@nhs.net")], subject="report")
    res = Analyzer().analyse(ParsedMessage(headers=h, tables=[t], sections=[TextSection(
        "body", "The residents list went to the wrong care home. Milo Feil was seen in clinic too.", "cover")]))
    assert res.subjects == 5
    assert "subjects: 5 distinct — 4 in residents.xlsx, 1 in the body" in res.notes
