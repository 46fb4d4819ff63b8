"""How NHS and care staff really write the people in a breach: names kept in the order written
("SURNAME Forename" as clinical systems print it), lists in tables and pasted text.
Every example here is hand-written for this file (none is copied from a corpus)."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, Table, TextSection
from nlp.pipeline import Analyzer
from nlp.recognizers.person_name import name_key


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def run(analyzer: Analyzer, body: str, tables: list[Table] | None = None):  # noqa: ANN201
    h = MessageHeaders(sender=Party("A Clerk", "clerk@nhs.net"), to=[Party("", "ig@nhs.net")], subject="report")
    return analyzer.analyse(ParsedMessage(headers=h, sections=[TextSection("body", body, "cover")],
                                          tables=tables or []))


def names(res) -> set[str]:  # noqa: ANN001
    return {i.value for i in res.identifiers if i.kind == "person_name"}


def test_surname_first_names_keep_the_order_written(analyzer: Analyzer) -> None:
    body = ("The clinic list went to the wrong practice:\n\n"
            "PRIDDLE Ansel, DOB 09/03/1951, NHS 401 023 2137\n"
            "OYEDEPO Funmilayo, DOB 22/10/1987, NHS 943 476 5919\n")
    got = names(run(analyzer, body))
    assert {"PRIDDLE Ansel", "OYEDEPO Funmilayo"} <= got
    assert "Ansel PRIDDLE" not in got


def test_a_surname_first_name_column_keeps_the_order_written(analyzer: Analyzer) -> None:
    t = Table(where="attachment:list.xlsx", header=["Patient", "NHS No", "DOB"],
              rows=[["TREVASKIS Morwenna", "4010232137", "03/04/1949"],
                    ["Idris Pugh", "9434765919", "12/12/1960"]], total_rows=2)
    res = run(analyzer, "List attached.\n", [t])
    assert {"TREVASKIS Morwenna", "Idris Pugh"} <= names(res)
    assert res.subjects == 2


def test_both_orders_of_one_person_are_one_person(analyzer: Analyzer) -> None:
    assert name_key("PRIDDLE Ansel") == name_key("Ansel Priddle") == name_key("PRIDDLE, Ansel")
    body = ("Letter for PRIDDLE Ansel, DOB 09/03/1951, went to the wrong address.\n\n"
            "Ansel Priddle has been told.\n")
    assert run(analyzer, body).subjects == 1


def test_an_address_column_under_an_odd_header_is_read_by_its_values(analyzer: Analyzer) -> None:
    t = Table(where="attachment:runs.csv", header=["RUN", "PASSENGER", "COLLECT", "NHS_NUM", "GOING_TO"],
              rows=[["R1", "Idris Pugh", "Flat 2 Tanner House, 14 Mill Lane", "4010232137", "Renal Unit"],
                    ["R2", "Mair Evans", "7a Chapel Row", "9434765919", "Eye Clinic"],
                    ["R3", "Bryn Lloyd", "221 Heol Fawr Llanelli", "4857773406", "Renal Unit"]], total_rows=3)
    got = {i.value for i in run(analyzer, "Todays runs attached.\n", [t]).identifiers if i.kind == "address"}
    assert {"Flat 2 Tanner House, 14 Mill Lane", "7a Chapel Row", "221 Heol Fawr Llanelli"} <= got
    assert not any("Renal" in v or "Clinic" in v for v in got)


def test_a_headerless_export_gives_its_address_column(analyzer: Analyzer) -> None:
    t = Table(where="attachment:export.csv", header=[],
              rows=[["PUGH, Idris", "01/02/1950", "4010232137", "14 Mill Lane Otley", "LS21 3JT", "Dressing"],
                    ["EVANS, Mair", "03/04/1961", "9434765919", "7a Chapel Row Otley", "LS21 1AB", "Bloods"],
                    ["LLOYD, Bryn", "05/06/1972", "4857773406", "2 Kirk Gate Otley", "LS21 2CD", "Dressing"]],
              total_rows=3)
    res = run(analyzer, "caseload attached\n", [t])
    got = {i.value for i in res.identifiers if i.kind == "address"}
    assert {"14 Mill Lane Otley", "7a Chapel Row Otley", "2 Kirk Gate Otley"} <= got
    assert res.subjects == 3


def test_a_relationship_column_beside_a_nok_is_not_a_name(analyzer: Analyzer) -> None:
    t = Table(where="attachment:clients.xlsx", header=["Service user", "Postcode", "NOK", "NOK relationship", "NOK tel"],
              rows=[["Idris Pugh", "LS21 3JT", "Gwen Pugh", "Wife", "07700 900123"],
                    ["Mair Evans", "LS21 1AB", "Tomos Evans", "Grandson", "07700 900456"]], total_rows=2)
    res = run(analyzer, "Client list attached.\n", [t])
    got = names(res)
    assert {"Idris Pugh", "Gwen Pugh", "Mair Evans", "Tomos Evans"} <= got
    assert not got & {"Wife", "Grandson"}
    assert res.subjects == 4


def test_an_account_holder_column_is_a_second_person_in_the_row(analyzer: Analyzer) -> None:
    t = Table(where="attachment:payments.xlsx",
              header=["Ref", "Client name", "NHS No", "Account holder", "Relationship", "Sort code"],
              rows=[["P1", "Idris Pugh", "4010232137", "Gwen Pugh", "Wife", "11-22-33"],
                    ["P2", "Mair Evans", "9434765919", "Mair Evans", "Self", "44-55-66"]], total_rows=2)
    res = run(analyzer, "Payment schedule attached.\n", [t])
    assert {"Idris Pugh", "Gwen Pugh", "Mair Evans"} <= names(res)
    assert res.subjects == 3          # the account holder who is the client herself is one person


def test_the_carer_column_of_a_visit_rota_is_the_care_worker(analyzer: Analyzer) -> None:
    t = Table(where="attachment:rota.xlsx", header=["Day", "Time", "Carer", "Client"],
              rows=[["Tue", "08:00", "Nia R", "Pugh, Idris"], ["Tue", "09:15", "Dai", "Evans, Mair"],
                    ["Tue", "11:00", "Nia R", "Lloyd, Bryn"]], total_rows=3)
    res = run(analyzer, "Rota attached.\n", [t])
    got = names(res)
    assert {"Pugh, Idris", "Evans, Mair", "Lloyd, Bryn"} <= got
    assert not got & {"Nia R", "Dai"}
    assert res.subjects == 3


def test_a_pasted_lower_case_list_with_no_header(analyzer: Analyzer) -> None:
    body = ("sorry sent the wrong list to the wrong person\n\n"
            "gwen pugh   03.04.49   ls21 3jt   toenail clinic\n"
            "tomos evans   12.12.60   ls21 1ab   toenail clinic\n"
            "mair o'neill   05.06.72   ls6 2ab   wound check\n\n"
            "Nia\n")
    res = run(analyzer, body)
    got = {(i.kind, i.value) for i in res.identifiers}
    assert {("person_name", "gwen pugh"), ("person_name", "tomos evans"), ("person_name", "mair o'neill")} <= got
    assert {("date_of_birth", "1949-04-03"), ("date_of_birth", "1960-12-12"), ("date_of_birth", "1972-06-05")} <= got
    assert {("postcode", "LS21 3JT"), ("postcode", "LS6 2AB")} <= got
    assert res.subjects == 3


def test_a_headerless_run_of_appointment_dates_is_no_list_of_people(analyzer: Analyzer) -> None:
    body = ("Clinic dates for the new rota:\n\n"
            "tuesday clinic   03.04.24   room 2   podiatry\n"
            "thursday clinic   05.04.24   room 4   podiatry\n"
            "friday clinic   06.04.24   room 1   podiatry\n")
    res = run(analyzer, body)
    assert not [i for i in res.identifiers if i.kind in ("person_name", "date_of_birth")]
    assert res.subjects == 0


def test_a_name_column_under_a_header_no_rule_knows_is_read_by_its_values(analyzer: Analyzer) -> None:
    t = Table(where="attachment:jobs.csv", header=["JOB", "PAX", "NHS_NUM", "DEST", "WHO_BOOKED"],
              rows=[["J1", "IDRIS PUGH", "4010232137", "Renal Unit Bay", "Sian Roberts"],
                    ["J2", "MAIR EVANS", "9434765919", "Eye Clinic", "Sian Roberts"],
                    ["J3", "BRYN LLOYD", "4857773406", "Renal Unit Bay", "Sian Roberts"]], total_rows=3)
    res = run(analyzer, "Jobs attached.\n", [t])
    got = names(res)
    assert {"IDRIS PUGH", "MAIR EVANS", "BRYN LLOYD"} <= got
    assert "Sian Roberts" not in got        # repeated down the column: the booker, not each row's person
    assert res.subjects == 3


def test_a_hospital_number_in_the_sentence_does_not_make_the_address_a_letterhead(analyzer: Analyzer) -> None:
    body = "The right patient is Amira Shah, hospital number LGI448120, living at 31 Mill Lane, Otley, LS21 3JT.\n"
    got = {(i.kind, i.value) for i in run(analyzer, body).identifiers}
    assert ("postcode", "LS21 3JT") in got
    assert any(k == "address" and v.startswith("31 Mill Lane") for k, v in got)
    letterhead = "Please reply to Brook Lane Surgery, 4 Brook Lane, Otley, LS21 3JT.\n"
    assert not [i for i in run(analyzer, letterhead).identifiers if i.kind in ("address", "postcode")]


def test_surname_first_then_born_with_one_space(analyzer: Analyzer) -> None:
    body = "The letter was meant for SHAH Amira born 3rd May 1990, NHS 461 887 5372, not the other Mrs Shah.\n"
    assert "SHAH Amira" in names(run(analyzer, body))


@pytest.mark.parametrize("body", [
    "Jo Bloggs NHS 461 887 5372\nRef: PM1234   Address on record: Flat 6 Dyer Court, 4 Moor Road, Keighley, BD22 7PD\n",
    "The letter for Jo Bloggs, NHS 461 887 5372, was addressed to her at Flat 6 Dyer Court, 4 Moor Road, Keighley, "
    "BD22 7PD and went to her neighbour.\n",
    "Patient: Jo Bloggs  NHS 461 887 5372\nAddress: Flat 6 Dyer Court, 4 Moor Road, Keighley, BD22 7PD\n",
])
def test_a_flat_in_a_named_building_opens_the_address_after_a_label_or_in_prose(analyzer: Analyzer, body: str) -> None:
    addrs = {i.value for i in run(analyzer, body).identifiers if i.kind == "address"}
    assert addrs == {"Flat 6 Dyer Court, 4 Moor Road, Keighley, BD22 7PD"}


def test_a_payers_bank_details_on_a_form_headed_with_the_agencys_name_are_financial(analyzer: Analyzer) -> None:
    form = ("Kindly Care Ltd - Standing Order Form\nService user: Idris Pugh   NHS 401 023 2137\n"
            "Account holder: Gwen Pugh\nAddress: 14 Mill Lane, Otley, LS21 3JT\nBank: Otley Building Society\n"
            "Sort code: 40-11-22\nAccount number: 12345678\nAmount: 412.00 monthly\n")
    h = MessageHeaders(sender=Party("A Clerk", "clerk@nhs.net"), to=[Party("", "ig@nhs.net")], subject="report")
    msg = ParsedMessage(headers=h, sections=[
        TextSection("body", "The standing order form for one client was emailed to another family (x@gmail.com).\n",
                    "cover"),
        TextSection("attachment:so.pdf", form, "attachment")])
    a = analyzer.analyse(msg).assessment
    assert a.severity == 4 and any("financial" in r for r in a.reasons)
    invoice = ("Supplier invoice INV-2231 from Kindly Care Ltd\nPlease pay to sort code 40-11-22, "
               "account number 12345678\n")
    msg2 = ParsedMessage(headers=h, sections=[TextSection("body", "Idris Pugh NHS 401 023 2137 query\n\n" + invoice,
                                                          "cover")])
    assert not any("financial" in r for r in analyzer.analyse(msg2).assessment.reasons)


def test_a_possessive_is_not_part_of_a_name(analyzer: Analyzer) -> None:
    body = "The letter to Gwen Pugh (NHS 401 023 2137) mentions her husband Dafydd's dementia diagnosis.\n"
    got = names(run(analyzer, body))
    assert "Dafydd" in got
    assert not any(v.endswith(("'s", "’s")) for v in got)


def test_a_chi_number_under_an_nhs_number_header_in_a_mixed_list(analyzer: Analyzer) -> None:
    t = Table(where="attachment:clinic.xlsx", header=["Surname", "Forename", "NHS No"],
              rows=[["PUGH", "Idris", "4010232137"], ["EVANS", "Mair", "9434765919"],
                    ["MACLEAN", "Eilidh", "0101912552"]], total_rows=3)
    res = run(analyzer, "Clinic list attached.\n", [t])
    got = {(i.kind, i.value) for i in res.identifiers}
    assert {("nhs_number", "4010232137"), ("nhs_number", "9434765919"), ("chi_number", "0101912552")} <= got
    assert res.subjects == 3


def _graded(analyzer: Analyzer, cover: str):  # noqa: ANN202
    h = MessageHeaders(sender=Party("A Clerk", "clerk@nhs.net"), to=[Party("", "ig@nhs.net")], subject="report")
    return analyzer.analyse(ParsedMessage(headers=h, sections=[TextSection("body", cover, "cover")])).assessment


def test_a_letter_in_another_service_users_envelope_went_outside(analyzer: Analyzer) -> None:
    a = _graded(analyzer, "The review letter for Gwen Pugh (NHS 401 023 2137) was put in the envelope for another "
                          "service user, who rang us about it.\n")
    assert a.likelihood >= 3 and a.reportable


def test_a_letter_returned_after_the_recipient_read_it_is_not_contained(analyzer: Analyzer) -> None:
    base = "The results letter for Gwen Pugh (NHS 401 023 2137) went to a neighbour with the same name. "
    read = _graded(analyzer, base + "She said she had read it. The letter has been returned to us.\n")
    unread = _graded(analyzer, base + "The letter has been returned to us unopened.\n")
    assert read.likelihood == 3 and any("has read it" in r for r in read.reasons)
    assert unread.likelihood < read.likelihood


def test_group_recipients_who_typed_their_display_name_in_lower_case(analyzer: Analyzer) -> None:
    people = [("Adam Price", "adam.p@gmail.com"), ("gwen pugh", "gpugh@outlook.com"),
              ("tomos evans", "tomos_ev@yahoo.co.uk"), ("admin team", "office99@gmail.com"),
              ("", "kt1984@hotmail.co.uk")]
    fh = MessageHeaders(sender=Party("Clinic", "clinic@nhs.net"), to=[Party(n, e) for n, e in people],
                        subject="Group reminder")
    h = MessageHeaders(sender=Party("Jo Bloggs", "jo.bloggs@nhs.net"), to=[Party("IG", "ig@nhs.net")],
                       subject="Fw: Group reminder")
    msg = ParsedMessage(headers=h, forwarded=[fh], sections=[
        TextSection("body", "The group reminder went out with everyone's addresses in To instead of Bcc.\nJo", "cover"),
        TextSection("forwarded:1", "Hi all, the anxiety group is on Thursday.", "forwarded", fh)])
    res = analyzer.analyse(msg)
    got = names(res)
    assert {"Adam Price", "gwen pugh", "tomos evans"} <= got
    assert "admin team" not in got
    assert res.subjects == len(people)


def test_an_foi_response_on_the_disclosure_log_is_published_while_a_copy_is_still_public(analyzer: Analyzer) -> None:
    cover = ("Our FOI response was put on the disclosure log with a hidden sheet listing patients: Gwen Pugh, "
             "NHS 401 023 2137, and others. It has been taken off our site but a copy is still public elsewhere.\n")
    a = _graded(analyzer, cover)
    assert a.likelihood == 4 and any("published" in r for r in a.reasons)


def test_a_hearing_voices_group_is_mental_health(analyzer: Analyzer) -> None:
    res = run(analyzer, "The Hearing Voices group list for Tuesday went to the wrong person: Gwen Pugh, "
                        "NHS 401 023 2137.\n")
    assert "mental_health" in res.special_categories


def test_a_name_then_its_date_alone_in_brackets(analyzer: Analyzer) -> None:
    body = "The results for Gwen Pugh (1961-03-12) went to an old address her ex-partner still uses.\n"
    got = {(i.kind, i.value) for i in run(analyzer, body).identifiers}
    assert {("person_name", "Gwen Pugh"), ("date_of_birth", "1961-03-12")} <= got
    clinic = "Our next clinic is at Brook Lane Surgery (12/03/2024); Gwen Pugh, DOB 01/02/1950, was on the list.\n"
    assert "Brook Lane Surgery" not in names(run(analyzer, clinic))


def test_a_next_of_kin_named_by_forename_after_the_relation(analyzer: Analyzer) -> None:
    body = ("Patient: PUGH, Gwen   DOB: 01/02/1950   NHS: 401 023 2137\n"
            "Local address: Travelodge, Otley. NOK husband Dafydd 07700 900228\n")
    res = run(analyzer, body)
    assert {"PUGH, Gwen", "Dafydd"} <= names(res)
    assert res.subjects == 2


def test_a_planned_warning_about_fraud_is_not_misuse(analyzer: Analyzer) -> None:
    base = "The payment list with Gwen Pugh's NHS 401 023 2137, sort codes and account numbers went to a care agency. "
    warned = _graded(analyzer, base + "We are considering whether we need to warn the account holders about fraud.\n")
    happened = _graded(analyzer, base + "Two account holders have since reported fraud on their accounts.\n")
    assert warned.likelihood < 5 and not any("misuse" in r for r in warned.reasons)
    assert happened.likelihood == 5


def test_a_tab_table_row_with_its_last_cells_empty(analyzer: Analyzer) -> None:
    body = ("Pick-up list\nTime\tPatient\tAddress\tPhone\tNotes\n"
            "09:00\tGwen Pugh\t14 Mill Lane, Otley, LS21 3JT\t07700 900359\toxygen\n"
            "09:10\tTomos Evans\tFlat 3 Ash Court, 7 Chapel Row, Otley, LS21 1AB\t01632 960134\t\n"
            "09:20\tMair Lloyd\t2 Kirk Gate, Otley, LS21 2CD\t07700 900323\twheelchair\n")
    res = run(analyzer, body)
    assert {"Gwen Pugh", "Tomos Evans", "Mair Lloyd"} <= names(res)
    assert res.subjects == 3


def test_a_direct_debit_form_client_address_and_account_holder(analyzer: Analyzer) -> None:
    body = ("Kindly Care Ltd - Direct Debit Instruction\n"
            "Client: Gwen Pugh   Client address: 14 Mill Lane, Otley, LS21 3JT\n"
            "Name of account holder: DAFYDD PUGH\nSort code: 40-11-22\n")
    res = run(analyzer, body)
    got = {(i.kind, i.value) for i in res.identifiers}
    assert {("person_name", "Gwen Pugh"), ("person_name", "DAFYDD PUGH"), ("postcode", "LS21 3JT")} <= got
    assert any(k == "address" and v.startswith("14 Mill Lane") for k, v in got)
    assert res.subjects == 2


def test_dob_written_with_dots_after_a_name_is_not_an_initial(analyzer: Analyzer) -> None:
    got = names(run(analyzer, "Re: Gwen Pugh D.O.B. 02/04/1988 NHS No. 401 023 2137\n"))
    assert "Gwen Pugh" in got and not any(v.endswith(" D") for v in got)


def test_surname_forename_then_a_bare_date_then_a_health_number(analyzer: Analyzer) -> None:
    body = "I have been sent results that are not mine. They are for PUGH Gwen 12/03/1961 NHS 401 023 2137.\n"
    got = {(i.kind, i.value) for i in run(analyzer, body).identifiers}
    assert {("person_name", "PUGH Gwen"), ("date_of_birth", "1961-03-12")} <= got
    clinic = "Booked into PUGH Clinic 12/03/2024 NHS 401 023 2137 for review.\n"
    assert not [i for i in run(analyzer, clinic).identifiers if i.kind in ("date_of_birth", "person_name")]


def test_a_member_of_the_public_writing_in_that_results_are_not_theirs_is_outside(analyzer: Analyzer) -> None:
    public = MessageHeaders(sender=Party("Gwen Pugh", "gwenp77@gmail.com"), to=[Party("", "reception.x@nhs.net")],
                            subject="results")
    team = MessageHeaders(sender=Party("Reception", "reception.x@nhs.net"), to=[Party("", "manager.x@nhs.net")],
                          subject="Fw: results")
    h = MessageHeaders(sender=Party("A Manager", "manager.x@nhs.net"), to=[Party("", "ig@nhs.net")],
                       subject="Fw: Fw: results")

    def msg(words: str) -> ParsedMessage:
        return ParsedMessage(headers=h, forwarded=[team, public], sections=[
            TextSection("body", "Reporting, see below.", "cover"),
            TextSection("forwarded:1", "Can you look at this one please", "forwarded", team),
            TextSection("forwarded:2", words, "forwarded", public)])
    wrong = analyzer.analyse(msg("Hello, I have been emailed results that are not mine. They are for "
                                 "PUGH Mair 12/03/1961 NHS 401 023 2137.")).assessment
    own = analyzer.analyse(msg("Hello, please can you send my results again? Gwen Pugh, "
                               "NHS 401 023 2137.")).assessment
    assert wrong.likelihood == 3 and any("member of the public" in r for r in wrong.reasons)
    assert own.likelihood == 2


@pytest.mark.parametrize("value, key", [
    ("SMITH, Jane", ("jane", "smith")),
    ("WORRALL Joan", ("joan", "worrall")),
    ("Mrs Siobhán Ní Bhriain", ("siobhan", "ni", "bhriain")),
    ("Kwame Asante-Mensah (son)", ("kwame", "asantemensah")),
])
def test_name_key_is_cached_and_the_cached_key_is_the_same_immutable_tuple(value: str, key: tuple[str, ...]) -> None:
    first = name_key(value)
    hits = name_key.cache_info().hits
    again = name_key(value)
    assert first == again == key and isinstance(again, tuple)   # shared between callers: never mutable
    assert name_key.cache_info().hits == hits + 1
