"""fresh23 and fresh24's first runs: how staff write bed boards, clinic lists, test patients and the people in a
reporter's story (who found it, who got it, who holds an office).

Each test fails before the change it covers and passes after, except four guards that pass both ways and keep
a new rule from reaching too far: a spreadsheet row with a 999 number and an ordinary name still counts; the
secretary's "Mr K. Osei" sign-off; a relative whose own address is on the record; the brother the pages belong to.
"""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, Table, TextSection
from nlp.pipeline import Analyzer
from nlp.tables import analyse_table


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def _cover(analyzer: Analyzer, body: str, *, subject: str = "incident", tables: list[Table] | None = None):
    h = MessageHeaders(sender=Party("Ann Clerk", "ann.clerk@nhs.net"), to=[Party("", "ig@nhs.net")], subject=subject)
    return analyzer.analyse(ParsedMessage(headers=h, sections=[TextSection("body", body, "cover")],
                                          tables=tables or []))


def _names(res) -> set[str]:  # noqa: ANN001
    return {i.value for i in res.identifiers if i.kind == "person_name"}


def test_a_title_an_initial_with_its_full_stop_and_a_surname_is_a_name(analyzer: Analyzer) -> None:
    body = ("A visitor photographed our theatre board and put it on Facebook. It shows:\n\n"
            "  Bed 2  Mrs K. Oduya - hip revision\n  Bed 6  Mr P. Lindqvist - ?cauda equina, MRI today\n\n"
            "Ann Clerk")
    res = _cover(analyzer, body)
    assert {"K. Oduya", "P. Lindqvist"} <= _names(res)
    assert res.subjects == 2


def test_a_lower_case_bed_row_with_a_health_number_then_notes_is_a_patient(analyzer: Analyzer) -> None:
    body = ("sorry quick one, sent my handover to my own hotmail instead of the ward inbox, deleted it since. "
            "it had:\n\nbed 2 maureen tattersall 4010232137 ?uti, on gent\nbed 5 gareth pryor 6129043368 chest pain, "
            "trop at 4\n\nann")
    res = _cover(analyzer, body)
    assert {"maureen tattersall", "gareth pryor"} <= _names(res)
    assert {i.value for i in res.identifiers if i.kind == "nhs_number"} == {"4010232137", "6129043368"}
    assert res.subjects == 2


def test_a_test_patient_with_a_999_number_is_reported_but_is_nobody(analyzer: Analyzer) -> None:
    body = ("I sent a screenshot to the system supplier's helpdesk. The only record on it was our training patient "
            "Mr TESTRECORD Bugs, NHS No 999 000 1235, DOB 01/01/1980, set up by the supplier.\n\nAnn")
    res = _cover(analyzer, body)
    assert "9990001235" in {i.value for i in res.identifiers if i.kind == "nhs_number"}
    assert res.subjects == 0


def test_a_spreadsheet_row_with_a_999_number_and_an_ordinary_name_still_counts(analyzer: Analyzer) -> None:
    rows = [["9990001235", "Rees", "Gareth", "02/03/1961"], ["4010232137", "Hale", "Nora", "11/12/1950"]]
    table = Table(where="attachment:list.csv", header=["NHS Number", "Surname", "Forename", "DOB"], rows=rows,
                  total_rows=2)
    res = _cover(analyzer, "The clinic list went to the wrong practice.\n\nAnn", tables=[table])
    assert res.subjects == 2


def test_surname_comma_forename_in_prose_before_its_record_number_is_a_name(analyzer: Analyzer) -> None:
    body = ("The support ticket said: order set fails to open in LIVE for OKONJO, Beatrice, MRN R7734102, DOB "
            "14/05/1962 - chemo day unit.\n\nAnn")
    res = _cover(analyzer, body)
    assert "OKONJO, Beatrice" in _names(res)
    assert res.subjects == 1


def test_a_possessive_surname_after_a_title_owns_the_number_after_it(analyzer: Analyzer) -> None:
    body = ("At the envelope check Mr Tariq HUSSAIN's letter, 4 Mill Bank, Halifax, HX1 2AB, was in the envelope "
            "for Mrs Joan ELLERBY (NHS 6129043368). Mrs Ellerby's envelope had Mr Hussain's letter (NHS "
            "4010232137) in it.\n\nAnn")
    res = _cover(analyzer, body)
    assert res.subjects == 2


def test_a_bracket_after_a_bus_or_a_service_names_the_operator_or_the_contact(analyzer: Analyzer) -> None:
    body = ("The nurse left her handover on the number 7 bus (Arriva Yorkshire) this morning. Adult social care "
            "(Priya Lalli) informed.\n\nPatient: Edna Hargreaves DOB 03/04/1940\n\nAnn")
    res = _cover(analyzer, body)
    assert _names(res) == {"Edna Hargreaves"}


def test_a_bracket_inside_the_title_of_an_act_is_not_a_name(analyzer: Analyzer) -> None:
    body = ("I faxed the Mental Health (Northern Ireland) Order application for Mr Cathal Devlin (H&C 3730818414, "
            "DOB 29/02/1984) to the wrong practice.\n\nAnn")
    res = _cover(analyzer, body)
    assert _names(res) == {"Cathal Devlin"}


def test_royal_mail_is_not_a_person(analyzer: Analyzer) -> None:
    body = ("The letter for Mr Dewi Rowlands (NHS 6129043368) came back to us today. Royal Mail returned it "
            "marked gone away.\n\nAnn")
    res = _cover(analyzer, body)
    assert _names(res) == {"Dewi Rowlands"}


def test_the_colleague_who_noticed_or_spotted_it_is_not_a_subject(analyzer: Analyzer) -> None:
    body = ("Near miss. At the second check Kerry Whitlam noticed that the envelope for Mrs Joan ELLERBY (NHS "
            "6129043368) held another letter and she took it out. Tomos Pugh in the post room spotted it too and "
            "he told me.\n\nAnn")
    res = _cover(analyzer, body)
    assert _names(res) == {"Joan ELLERBY"}
    assert res.subjects == 1


def test_the_person_who_came_in_with_an_envelope_addressed_to_him_got_it(analyzer: Analyzer) -> None:
    body = ("Mr Callum Reid (a different patient, Ripon) came to reception with an envelope addressed to him that "
            "held the clinic letter for Mr Seamus REED (NHS 6129043368, DOB 01/02/1955).\n\nAnn")
    res = _cover(analyzer, body)
    assert res.subjects == 1


def test_a_member_of_staff_named_after_a_plural_role_or_as_the_solicitor_is_not_a_subject(analyzer: Analyzer) -> None:
    body = ("One of my community midwives, Ffion Rees, had her work bag stolen. The solicitor, Ms Dana Whitcombe, "
            "has returned the pages.\n\n"
            "Patient: Edna Hargreaves DOB 03/04/1940\n\nAnn")
    res = _cover(analyzer, body)
    assert _names(res) == {"Edna Hargreaves"}


def test_the_caldicott_guardian_is_an_office_not_a_childs_guardian(analyzer: Analyzer) -> None:
    body = ("IG NEWS - December\n\n1. Use Bcc for group emails.\n2. Report breaches within 24 hours.\n\n"
            "Caldicott Guardian: Dr Olu Bankole. Editor: Tamsin Royle, 01632 960001.")
    res = _cover(analyzer, body, subject="IG newsletter")
    assert "Olu Bankole" not in _names(res)


def test_the_addressee_of_a_letter_the_writer_received_is_a_subject(analyzer: Analyzer) -> None:
    fh = MessageHeaders(sender=Party("Gina Fox", "ginafox77@gmail.com"), to=[Party("", "ivf@nhs.net")], subject="letter")
    h = MessageHeaders(sender=Party("Ann Clerk", "ann.clerk@nhs.net"), to=[Party("", "ig@nhs.net")],
                       subject="Fw: letter")
    original = ("Hello, we got a letter today about stored eggs but it isn't ours. It's addressed to Mrs Lena Okoro "
                "at 3 Park Row, Ripon, HG4 1AB, and says her consent ends in March.\nGina")
    msg = ParsedMessage(headers=h, forwarded=[fh], sections=[
        TextSection("body", "See below from a patient.\nAnn", "cover"),
        TextSection("forwarded:1", original, "forwarded", fh)])
    res = analyzer.analyse(msg)
    assert "Lena Okoro" in _names(res)


def test_public_body_addresses_on_a_reply_all_are_professionals_not_a_group_disclosure(analyzer: Analyzer) -> None:
    to = [Party("", "sw.team@kirklees.gov.uk"), Party("", "dc.hale@westyorkshire.police.uk"),
          Party("", "head@moorside.sch.uk"), Party("", "old.dsl1980@gmail.com")]
    fh = MessageHeaders(sender=Party("Ann Clerk", "ann.clerk@nhs.net"), to=to, subject="Strategy meeting minutes")
    msg = ParsedMessage(
        headers=MessageHeaders(sender=Party("Ann Clerk", "ann.clerk@nhs.net"), to=[Party("", "ig@nhs.net")],
                               subject="Fw: minutes reply all"),
        forwarded=[fh],
        sections=[TextSection("body", "I replied all to the strategy meeting chain and it went to an old Gmail.\nAnn",
                              "cover"),
                  TextSection("forwarded:1", "Child: Tia BRAMLEY   DOB 11/03/2017   NHS 7534591589\nMinutes below.",
                              "forwarded", fh)])
    res = analyzer.analyse(msg)
    assert res.subjects == 1


def test_a_headerless_list_reads_its_local_number_column_and_leaves_the_clinician_column(analyzer: Analyzer) -> None:
    rows = [["09:00", "M3301921", "Nora Hale", "11/12/1950", "4010232137", "Dr Amadi"],
            ["09:30", "M3307718", "Gareth Rees", "02/03/1961", "6129043368", "Dr Amadi"],
            ["10:00", "M3410045", "Ivy Chen", "30/08/1975", "7850749073", "Dr Amadi"]]
    res = analyse_table(Table(where="attachment:clinic.csv", header=[], rows=rows, total_rows=3))
    assert {i.value for i in res.identifiers if i.kind == "hospital_number"} == {"M3301921", "M3307718", "M3410045"}
    assert "Dr Amadi" not in {i.value for i in res.identifiers if i.kind == "person_name"}


def test_a_role_wrapped_onto_the_line_above_a_bracketed_name_makes_them_staff(analyzer: Analyzer) -> None:
    body = ("Ms Lena Okoro (NHS 6129043368) complained that her cousin knew about her scan. The cousin is a porter on Ward 6\n"
            "(Dean Farrow, smartcard DFARROW2). Mr Farrow has been suspended.\n\nAnn")
    res = _cover(analyzer, body)
    assert "Dean Farrow" not in _names(res)


def test_a_title_and_initial_joins_the_full_name_written_below_it(analyzer: Analyzer) -> None:
    body = ("The new occupant opened a letter addressed to a previous occupant.\n\nMs R Whitcombe\n12 Elm Road\n"
            "Leeds LS6 2AB\n\nRe: Rosalind Whitcombe   DOB: 04/02/1992   NHS No: 6129043368\n\nAnn")
    res = _cover(analyzer, body)
    assert res.subjects == 1


def test_the_secretary_to_a_surgeon_signs_for_him(analyzer: Analyzer) -> None:
    body = ("I sent a genetics letter to Mr Osei at the wrong trust.\n\nPatient: Edna Hargreaves DOB 03/04/1940\n\n"
            "Thanks\nAnn Clerk\nMedical Secretary to Mr K. Osei")
    res = _cover(analyzer, body)
    assert res.subjects == 1


def test_the_patient_a_letter_was_given_to_named_in_brackets_on_the_wrapped_line_is_the_recipient(
        analyzer: Analyzer) -> None:
    body = ("Description:   Discharge letter for the patient in bed 3 handed to the patient in bed 4\n"
            "               (Mr T Ramsbottom) when he went home.\n"
            "Patient:       Mrs Gladys FENWICK   NHS No: 6129043368\n\nAnn")
    res = _cover(analyzer, body)
    assert res.subjects == 1


def test_a_patient_introduced_in_prose_who_found_the_wrong_slip_is_not_a_subject(analyzer: Analyzer) -> None:
    body = ("A patient, Mr Obinna Eze, collected his tablets and when he got home found the bag also held another "
            "patient's repeat slip. The slip was for:\n\nName: Ffion HOWELLS\nD.O.B. 02.11.1979\n"
            "NHS number 6129043368\n\nAnn")
    res = _cover(analyzer, body)
    assert res.subjects == 1
    assert "Ffion HOWELLS" in _names(res)


def test_the_address_it_was_meant_to_go_to_names_the_subject_not_the_recipient(analyzer: Analyzer) -> None:
    body = ("Near miss. I tried to email a carer's assessment (Mrs Abena Owusu, carer for her husband\n"
            "Kwame Owusu, Mosaic 3310458) to abena.owusu@outlook.com but typed abenaowusu@outlook.co instead. "
            "The DLP rule held it and it was never delivered.\n\nAnn")
    res = _cover(analyzer, body)
    assert {"Abena Owusu", "Kwame Owusu"} <= _names(res)
    assert res.subjects == 2


def test_a_meeting_attendance_list_wrapped_over_two_lines_is_staff(analyzer: Analyzer) -> None:
    body = ("Notes - Care IG Group, 3 March\n\nPresent: Nadia Farouk (chair), Dr Tom Ashe (Caldicott Guardian), "
            "Joy Mbeki\n(Hillside Care Home), Ravi Sood (Adult Social Care), Lena Holt (Safeguarding Hub)\n"
            "Apologies: Carl Dunn\n\n1. 12 incidents in February, 2 reported to the ICO.\n")
    res = _cover(analyzer, body, subject="Notes - IG group")
    assert _names(res) == set()
    assert res.subjects == 0


def test_the_relative_a_care_plan_was_emailed_to_is_the_recipient_not_a_subject(analyzer: Analyzer) -> None:
    body = ("This morning I emailed Mrs Olwen Pryce's care plan to her daughter, Mrs Sian Mathias "
            "(sian.mathias@btinternet.com), as she asked. It had Mrs Pryce's DOB 09/09/1933 and NHS number "
            "6129043368.\n\nAnn")
    res = _cover(analyzer, body)
    assert res.subjects == 1
    assert "Sian Mathias" not in _names(res)


def test_the_requester_who_asked_for_their_own_note_to_be_sent_is_not_a_subject(analyzer: Analyzer) -> None:
    body = ("Patient A (Mrs Irini Kostas) asked us to email her fit note to her employer. I attached the wrong one; "
            "it was another patient's.\n\nPatient: Mr Dele ADEWALE   DOB: 21/06/1983\n\nAnn")
    res = _cover(analyzer, body)
    assert res.subjects == 1


def test_a_display_name_and_address_encoded_as_one_word_are_parsed_apart() -> None:
    from ingest.parse import parse_message

    raw = ("From: =?utf-8?q?Zofia_Kami=C5=84ska_=3Czofia=2Ek=40wp=2Epl=3E?=\r\nTo: IG <ig@nhs.net>\r\n"
           "Subject: letter for other person\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           "Today I receive letter for other lady, Mrs Halina Sowa, born 03.05.1962.\r\n\r\nZofia Kami\u0144ska\r\n")
    msg = parse_message(raw.encode("utf-8"))
    assert msg.headers.sender.email == "zofia.k@wp.pl"
    assert msg.headers.sender.name == "Zofia Kami\u0144ska"


def test_a_relative_on_the_form_who_was_emailed_it_at_their_own_address_is_the_recipient(analyzer: Analyzer) -> None:
    h = MessageHeaders(sender=Party("Ann Clerk", "ann.clerk@nhs.net"), to=[Party("", "ig@nhs.net")],
                       subject="assessment sent to the father")
    body = ("I emailed the family assessment to dylan.price.swansea@gmail.com by mistake - he is the children's "
            "father and has no contact.\n\nAnn")
    form = ("Child: Osian PRICE    DOB: 19/08/2024    NHS No: 643 143 6407\n"
            "Parent: Megan PRICE (mother)    Tel: 07700 900564\nFather: Dylan Price - no contact\n")
    msg = ParsedMessage(headers=h, sections=[TextSection("body", body, "cover"),
                                             TextSection("attachment:assessment.docx", form, "attachment")])
    res = analyzer.analyse(msg)
    assert "Dylan Price" not in _names(res)
    assert res.subjects == 2


def test_the_person_the_report_says_was_sent_the_form_is_its_recipient(analyzer: Analyzer) -> None:
    h = MessageHeaders(sender=Party("Ann Clerk", "ann.clerk@nhs.net"), to=[Party("", "ig@nhs.net")],
                       subject="concern form sent to the alleged abuser")
    body = ("Our admin sent the concern form to everyone on the involved parties list. Craig Tolley was on that list "
            "as next of kin, so he was sent the form - the allegation is about him.\n\nAnn")
    form = ("Adult at risk\tMrs Edith Tolley\nDOB\t23/03/1935\nPerson alleged to be causing harm\tCraig Tolley (son)\n")
    msg = ParsedMessage(headers=h, sections=[TextSection("body", body, "cover"),
                                             TextSection("attachment:concern.docx", form, "attachment")])
    res = analyzer.analyse(msg)
    assert "Craig Tolley" not in _names(res)
    assert res.subjects == 1


def test_a_relative_whose_own_address_is_on_the_record_stays_a_subject(analyzer: Analyzer) -> None:
    body = ("I sent the referral below to the patient's sister at ama.boateng@gmail.com by mistake.\n\n"
            "Patient: Efua Mensah  DOB: 14/7/62  NHS No: 425-922-1310\nSister: Ama Boateng (ama.boateng@gmail.com)\n"
            "\nAnn")
    res = _cover(analyzer, body)
    assert "Ama Boateng" in _names(res)
    assert res.subjects == 2


def test_the_brother_the_pages_belong_to_is_a_subject_not_a_recipient(analyzer: Analyzer) -> None:
    body = ("We released a subject access bundle to Ms Harjit Gill. She emailed today to say 14 pages belong to her "
            "brother, Manjit Singh Gill (NHS 645 084 2695, DOB 30/05/1979), from his admission.\n\nAnn")
    res = _cover(analyzer, body)
    assert "Manjit Singh Gill" in _names(res)


def test_a_named_house_in_a_tab_separated_form_cell_is_an_address(analyzer: Analyzer) -> None:
    form = "Adult at risk\tMrs Edith Tolley\nDOB\t23/03/1935\nAddress\tThe Old Smithy, Mill Lane, Wetheral, CA4 8HB\n"
    h = MessageHeaders(sender=Party("Ann Clerk", "ann.clerk@nhs.net"), to=[Party("", "ig@nhs.net")], subject="form")
    res = analyzer.analyse(ParsedMessage(headers=h, sections=[
        TextSection("body", "The concern form went to the wrong council.\n\nAnn", "cover"),
        TextSection("attachment:concern.docx", form, "attachment")]))
    assert "The Old Smithy, Mill Lane, Wetheral, CA4 8HB" in {i.value for i in res.identifiers if i.kind == "address"}


def test_a_street_whose_street_word_is_part_of_its_name_is_a_street_line(analyzer: Analyzer) -> None:
    body = ("I receive letter for other lady. Her name is Mrs Dorota Wrona, born 03.05.1962, address 27 Briggate, "
            "Knaresborough HG5 8BQ. The letter is from screening.\n\nAnn")
    res = _cover(analyzer, body)
    assert "27 Briggate, Knaresborough, HG5 8BQ" in {i.value for i in res.identifiers if i.kind == "address"}


def test_a_parent_email_on_a_pupils_row_is_a_second_person_of_the_row(analyzer: Analyzer) -> None:
    body = ("A parent rang: she got our list meant for the school office. It listed two pupils whose parents "
            "declined the vaccine:\n\n"
            "  Lily Okafor\tDOB 14/02/2013\tparent email t.okafor@mail.example.ac.uk\tconsent: NO\n"
            "  Musa Bello\tDOB 2013-01-05\tparent email bello.family@btinternet.com\tconsent: NO\n\nAnn")
    res = _cover(analyzer, body)
    assert {"t.okafor@mail.example.ac.uk", "bello.family@btinternet.com"} <= {
        i.value for i in res.identifiers if i.kind == "email_address"}
    assert res.subjects == 4


def test_a_lower_case_name_opening_a_row_among_capitalised_rows_is_a_name(analyzer: Analyzer) -> None:
    body = ("Hello, a mum rang this morning - she received an email from our team that was meant for the school "
            "office. It listed the pupils whose parents declined the vaccine, with the parents' emails:\n\n"
            "  Lily Okafor\tDOB 14/02/2013\tparent email t.okafor@mail.example.ac.uk\tconsent: NO - parent declined\n"
            "  musa bello\tDOB 3.9.12\tparent email bello.family@btinternet.com\tconsent: NO - parent declined\n"
            "  Zara Quinn\tDOB 2013-01-05\tparent email zquinn.home@gmail.com\tconsent: NO - parent declined\n\nAnn")
    res = _cover(analyzer, body)
    assert "musa bello" in _names(res)


def test_the_father_of_the_baby_on_a_screening_list_is_a_person_without_his_genotype(analyzer: Analyzer) -> None:
    body = ("List for follow-up calls:\n\n"
            "Adaeze Nwosu | DOB 12/08/1995 | NHS 6203162183 | AS (carrier) | FOB: Tunde Nwosu AS (carrier)\n"
            "Grace Boateng | DOB 15/10/1993 | NHS 6528013233 | AC (carrier) | FOB: Kofi Boateng not yet tested\n\nAnn")
    res = _cover(analyzer, body)
    assert {"Tunde Nwosu", "Kofi Boateng"} <= _names(res)
    assert res.subjects == 4


def test_the_requester_on_a_subject_access_bundles_cover_is_not_a_subject_of_its_wrong_pages(
        analyzer: Analyzer) -> None:
    h = MessageHeaders(sender=Party("Ann Clerk", "ann.clerk@nhs.net"), to=[Party("", "ig@nhs.net")],
                       subject="SAR bundle held another patient's pages")
    pages = ("Subject Access Request response\nRequester: Mr Pawel NOWAK   DOB 14/02/1985\nNHS No: 402 667 3014\n\n"
             "Consultation record (page 31 of 46)\nPatient: NOWACKA, Ewa   DOB 30/08/1988   NHS No 402 667 1593\n"
             "Low mood since September; started sertraline.\n")
    msg = ParsedMessage(headers=h, sections=[
        TextSection("body", "The requester found pages that are not his in his bundle.\n\nAnn", "cover"),
        TextSection("attachment:bundle.pdf", pages, "attachment")])
    res = analyzer.analyse(msg)
    assert res.subjects == 1
    assert "NOWACKA, Ewa" in _names(res)
