"""fresh26's first run (issue 13): hurried lower-case names (a list after "names", a relation before a name, a
field word or a verb before it, a quoted page name that is no one), CHI numbers written bare in a Scottish note,
and grading from what the recipient did (read it before it was taken back, snooping with nothing to justify it,
a copy not got back). Sentences are written for these tests, not copied from the corpus."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.categories import CategoryFinder
from nlp.grading import GradeInput, grade
from nlp.patterns import load_patterns
from nlp.pipeline import Analyzer

CFG = load_patterns()
FINDER = CategoryFinder(CFG)
TRUSTED = ["nhs.net", "example.nhs.uk"]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def _analyse(analyzer: Analyzer, body: str, sender: str = "ann.clerk@nhs.net"):  # noqa: ANN202
    h = MessageHeaders(sender=Party("Ann Clerk", sender), to=[Party("", "ig@nhs.net")], subject="IG")
    return analyzer.analyse(ParsedMessage(headers=h, sections=[TextSection("body", body, "cover")]))


def _found(analyzer: Analyzer, body: str, kind: str, sender: str = "ann.clerk@nhs.net") -> set[str]:
    return {i.value for i in _analyse(analyzer, body, sender).identifiers if i.kind == kind}


# -- hurried lower-case names --------------------------------------------------------------------------------

def test_a_lower_case_list_after_the_word_names_is_each_a_person(analyzer: Analyzer) -> None:
    res = _analyse(analyzer, "the hep b recall list was left in the visits room and a visitor read it. 5 names on "
                             "it - connor walsh, priya nair, tadeusz nowicki, leon brady and omar haddad - with "
                             "dates of birth. its back with us now")
    names = {i.value.lower() for i in res.identifiers if i.kind == "person_name"}
    assert names == {"connor walsh", "priya nair", "tadeusz nowicki", "leon brady", "omar haddad"}
    assert res.subjects == 5
    # words after "names" that are no one's: nothing
    assert not _found(analyzer, "the names on the whiteboard - bed states, diet sheets, falls risk and "
                                "infection status - were photographed by a visitor's child", "person_name")


def test_a_relation_before_a_lower_case_name_with_a_phone_number(analyzer: Analyzer) -> None:
    names = _found(analyzer, "sent the dental plan to the wrong parent!! plan says rhodri price-evans dob "
                             "02/05/2019, mum carys evans 07700 900714. the other mum rang us", "person_name")
    assert {n.lower() for n in names} == {"rhodri price-evans", "carys evans"}


def test_a_field_word_before_a_lower_case_name_is_not_part_of_it(analyzer: Analyzer) -> None:
    names = _found(analyzer, "emailed the couple the form before it was redacted, it had the donor's full name "
                             "marta zielinska, dob 07/03/1994 and her postcode. they rang to ask about it", "person_name")
    assert {n.lower() for n in names} == {"marta zielinska"}


def test_a_quoted_page_name_before_an_nhs_number_is_no_one(analyzer: Analyzer) -> None:
    names = _found(analyzer, "crew say the printout for the job (male, gareth lloyd, dob 11/10/2001, overdose) blew "
                             "out of the cab. someone put a photo of it on the 'hillside community noticeboard' facebook "
                             "page, nhs no 943 476 5919 readable. asked the admin to take it down", "person_name")
    assert {n.lower() for n in names} == {"gareth lloyd"}


# -- CHI numbers written bare ----------------------------------------------------------------------------------

def test_bare_chi_numbers_on_a_scottish_handover_sheet(analyzer: Analyzer) -> None:
    body = ("lost my handover sheet in the car park in bonnyrigg this afternoon. it had:\n"
            "Morag Baillie 0304411817 - leg ulcer dressing\n"
            "Calum Reid 2211376207 - insulin am\n"
            "just names and chi numbers, no addresses. will do a datix\nkirsty (dn midlothian)")
    assert _found(analyzer, body, "chi_number") == {"0304411817", "2211376207"}
    assert not _found(analyzer, body, "phone_number")


def test_a_bare_chi_shaped_number_outside_scotland_is_not_taken() -> None:
    from nlp.recognizers.chi_number import ChiNumberRecognizer

    rec = ChiNumberRecognizer()
    got = [i for i in rec.scan_text("Margaret Hill 0304411817 - leg ulcer dressing, Leeds") if i.confidence >= 0.5]
    assert got == []
    # the word CHI anywhere in a note, or a Lothian team, makes it Scottish
    assert [i.value for i in rec.scan_text("Margaret Hill 0304411817 - dressing\nnames and CHI only")
            if i.confidence >= 0.5] == ["0304411817"]
    assert [i.value for i in rec.scan_text("Margaret Hill 0304411817 - dressing\nDN team, East Lothian")
            if i.confidence >= 0.5] == ["0304411817"]
    # "tai chi" is not the CHI
    assert [i for i in rec.scan_text("Margaret Hill 0304411817 - tai chi class") if i.confidence >= 0.5] == []


# -- grading from what the recipient did ------------------------------------------------------------------------

def _grade(cover: str, categories: tuple[str, ...] = ("health",)):  # noqa: ANN202
    msg = ParsedMessage(headers=MessageHeaders(sender=Party("Rep", "rep@nhs.net"),
                                               to=[Party("", "breach@example.nhs.uk")]),
                        sections=[TextSection("body", cover, "cover")])
    g = GradeInput(subjects=1, categories=list(categories), category_evidence={}, cover_text=cover,
                   all_text=cover, has_health_number=True, child=False, forwarded_text="", subject_text=None)
    return grade(g, msg, CFG, TRUSTED, FINDER)


def test_read_before_it_was_taken_back_is_not_contained() -> None:
    a = _grade("The clinic list was left on the printer in the wing office; a prisoner picked it up and read it "
               "before an officer took it off him. The officer has it now and I have shredded it.")
    assert a.likelihood >= 3
    assert any("read it" in r for r in a.reasons)


def test_a_record_opened_with_nothing_to_justify_it_is_misuse() -> None:
    a = _grade("The practice audit confirms a receptionist accessed the patient's record on 3 occasions, including "
               "the results screen, with no appointment or task to justify it.", ("sexual_health",))
    assert a.likelihood == 5
    a = _grade("An audit shows a nurse viewed her neighbour's record without any legitimate reason.")
    assert a.likelihood == 5
    # an access that was justified is not misuse
    a = _grade("The locum accessed the record to check the dose; she has since deleted the email sent in error.")
    assert a.likelihood < 5


def test_a_copy_not_got_back_refuses_another_copys_return() -> None:
    a = _grade("Two letters went in each other's envelopes. Mr Hale has returned the one he got, so that part is "
               "contained. Mrs Dunn said she had thrown hers away in the recycling; we have not got it back.")
    assert a.likelihood >= 3


def test_a_lower_case_name_after_a_title_in_a_referral_sent_in_error_is_the_patient(analyzer: Analyzer) -> None:
    names = _found(analyzer, "hi sent a gos18 referral for mrs maureen mcgarrigle dob 17.06.1948 nhs 943 476 5919 "
                             "(?wet amd L eye) to the wrong surgery. they rang us and deleted it\ntom - opticians",
                   "person_name")
    assert {n.lower() for n in names} == {"maureen mcgarrigle"}


def test_a_prison_named_in_a_sign_off_is_no_person(analyzer: Analyzer) -> None:
    names = _found(analyzer, "The clinic list with Daniel Orme (DOB 03/04/1981) was left on the wing printer.\n\n"
                             "steph (healthcare admin, HMP Ashworth Vale)", "person_name")
    assert names == {"Daniel Orme"}


def test_a_namesake_said_not_to_be_the_patient_and_a_possessive_label_are_no_subjects(analyzer: Analyzer) -> None:
    res = _analyse(analyzer, "> 1. What was sent?\nTHE DISCHARGE SUMMARY. MORFUDD AP IORWERTH, DOB 30/01/1951, NHS NO "
                             "943 476 5919.\n> 2. Who got it?\nA MRS MORFUDD IORWERTH (NOT THE PATIENT) AT "
                             "morfudd.i@gmail.com. THE PATIENT'S OWN IS morfuddapi@btinternet.com.")
    names = {i.value for i in res.identifiers if i.kind == "person_name"}
    assert names == {"MORFUDD AP IORWERTH"}
    assert res.subjects == 1


def test_the_disclosed_whereabouts_used_by_the_recipient_is_misuse() -> None:
    a = _grade("The bundle released to the father held the mother's refuge address. The social worker then saw a "
               "message he had sent to her quoting the refuge street name.", ("safeguarding",))
    assert a.likelihood == 5
    a = _grade("Her new address was in the letter sent to her ex-husband; he has since turned up at the new flat.",
               ("safeguarding",))
    assert a.likelihood == 5
    # the reporter's own message to her is no misuse
    a = _grade("The letter with her new address went to her ex-partner. We sent her a message explaining what "
               "happened and offered support.", ("safeguarding",))
    assert a.likelihood < 5


def test_a_job_title_under_a_signature_is_no_name(analyzer: Analyzer) -> None:
    names = _found(analyzer, "Call summary content:\nPatient: Tomos Pugh, DOB 12/06/2017, age 9\n\nMany thanks\n"
                             "Yetunde Bankole\nClinical Supervisor, NHS 111 (East Midlands)", "person_name")
    assert names == {"Tomos Pugh"}


def test_a_parent_whose_own_address_was_mistyped_is_a_subject_not_the_recipient(analyzer: Analyzer) -> None:
    h = MessageHeaders(sender=Party("Ann Clerk", "ann.clerk@nhs.net"), to=[Party("", "ig@nhs.net")], subject="IG")
    body = ("A parent asked for a copy of the call summary. My call handler typed the email address as "
            "bronwen.hughes77@gmial.com (she said gmail). It did not bounce.\n\nCall summary content:\n"
            "Patient: Cai Hughes, DOB 12/06/2017, age 9\nCaller: mother Bronwen Hughes, 07700 900729\n")
    res = analyzer.analyse(ParsedMessage(headers=h, sections=[TextSection("body", body, "cover")]))
    assert {i.value for i in res.identifiers if i.kind == "person_name"} == {"Cai Hughes", "Bronwen Hughes"}
    assert res.subjects == 2


def test_the_writer_of_a_quoted_reply_at_a_trusted_address_is_staff() -> None:
    from nlp.people import staff_keys

    h = MessageHeaders(sender=Party("Gwen Lake", "gwen.lake@nhs.net"), to=[Party("", "ig@nhs.net")], subject="Re:")
    body = ("Hi, thanks for reporting this. Has the patient been told?\n\nGwen\n\n"
            "On Mon, 2 Nov 2026 at 12:31, Nasrin Haque <nasrin.haque@nhs.net> wrote:\n"
            "> On Sun, 1 Nov 2026 at 09:00, Aoife Brennan <aoife.b96@gmail.com> wrote:\n")
    msg = ParsedMessage(headers=h, sections=[TextSection("body", body, "cover")])
    keys = staff_keys(msg, [], TRUSTED)
    assert frozenset({"nasrin", "haque"}) in keys
    assert frozenset({"aoife", "brennan"}) not in keys     # a writer outside the trusted domains may be the patient


def test_the_requester_named_in_prose_is_no_subject_of_the_pages_they_got(analyzer: Analyzer) -> None:
    res = _analyse(analyzer, "We released a subject access request bundle on 28 October to Mr Dermot Keane (H&C "
                             "327 410 9851). It held 4 pages of another patient's chart: Bronagh Dolan, DOB "
                             "04/05/1988, H&C 315 662 7049, seen by the perinatal mental health team.")
    assert {i.value for i in res.identifiers if i.kind == "person_name"} == {"Bronagh Dolan"}
    assert res.subjects == 1
    # a request is no SAR: the one it was sent to stays a subject
    res = _analyse(analyzer, "The referral request went to Mr Dermot Keane (DOB 02/03/1970) instead of Bronagh "
                             "Dolan (DOB 04/05/1988).")
    assert res.subjects == 2


def test_a_name_in_what_a_chat_speaker_said_is_not_the_speaker(analyzer: Analyzer) -> None:
    names = _found(analyzer, "These messages were posted in the group while the parent was in it:\n\n"
                             "[21/10/2026, 08:14] Staff nurse: Can someone pick up Jamie Ross today, CHI "
                             "1708815570, 14 Main Street, NG tube needs re-siting. Mum on 07700 900233\n",
                   "person_name")
    assert names == {"Jamie Ross"}
    # the field itself still names staff
    assert not _found(analyzer, "Reported by\nStaff nurse: Eilidh Grant\n\nThe list went to the wrong ward.",
                      "person_name")


def test_a_glasgow_tenement_flat_opens_the_address(analyzer: Analyzer) -> None:
    got = _found(analyzer, "The appointment letter for Ms Ailsa Kerr (CHI 2509537628) went to her neighbour. It "
                           "was addressed to:\n  Ms Ailsa Kerr\n  Flat 2/1, 48 Dumbarton Road, Glasgow G11 6AB\n",
                 "address")
    assert got == {"Flat 2/1, 48 Dumbarton Road, Glasgow, G11 6AB"}


def test_lower_case_names_before_their_own_care_in_a_hurried_ward_note(analyzer: Analyzer) -> None:
    names = _found(analyzer, "hi its kim from ward 7. the jobs list went to my sister by mistake. it said "
                             "gethin ap owain needs his obs redone, chloe-anne boateng from bay 3 is for discharge "
                             "and the rest were fine. sorry", "person_name")
    assert {n.lower() for n in names} == {"gethin ap owain", "chloe-anne boateng"}
    # a thing's owner before it, or a role: no one
    assert not _found(analyzer, "hi its kim from ward 7. the night staff nurse needs her badge back and the "
                                "agency porter from bay 3 is for the rota. sorry", "person_name")


def test_letters_after_a_name_are_not_part_of_it_and_the_signature_stays_staff(analyzer: Analyzer) -> None:
    names = _found(analyzer, "The laptop had my caseload on it: Mr Derek Hollis (DOB 02/03/1950) was one of them.\n\n"
                             "Simone\nSimone Achebe-Walker MCSP\nPhysiotherapist\n07700 900 771", "person_name")
    assert names == {"Derek Hollis"}


def test_a_forename_and_initial_of_a_named_person_is_not_a_second_person(analyzer: Analyzer) -> None:
    res = _analyse(analyzer, "I emailed the booking summary to the wrong Eluned. It was for Eluned Pryce-Morgan "
                             "(DOB 03/04/1990). The other Eluned has deleted it and doesn't know Eluned P. I've told "
                             "Eluned P myself.")
    assert {i.value for i in res.identifiers if i.kind == "person_name"} == {"Eluned Pryce-Morgan"}


def test_opened_it_read_it_a_clause_apart_is_not_contained() -> None:
    a = _grade("A neighbour handed in an opened letter to reception this morning. The neighbour at 17 opened it, "
               "read it, and said he knows Ciarán to see. It has been shredded.", ("mental_health",))
    assert a.likelihood >= 3
    assert any("read it" in r for r in a.reasons)


def test_a_header_rows_next_columns_are_not_the_name_fields_value(analyzer: Analyzer) -> None:
    names = _found(analyzer, "The sheet had these patients on it:\n"
                             "  Bed  Hosp no    Name               Age Notes\n"
                             "  1  RM0245117  DOYLE, Bernadette  84  #NOF, post op day 2\n", "person_name")
    assert "Age Notes" not in names


def test_two_header_words_a_single_space_apart_are_two_columns() -> None:
    from nlp.tables import analyse_table, text_table_lines

    text = ("The sheet had these patients on it:\n  Bed  Hosp no    Name               Age Notes\n"
            "  1  RM0245117  DOYLE, Bernadette  84  #NOF, post op day 2\n"
            "  2  RM0311842  NAQVI, Imran       71  COPD, NIV overnight\n")
    [(table, _, _)] = text_table_lines(text, "body")
    assert table.header == ["Bed", "Hosp no", "Name", "Age", "Notes"]
    names = {i.value for i in analyse_table(table).identifiers if i.kind == "person_name"}
    assert names == {"DOYLE, Bernadette", "NAQVI, Imran"}
