"""Who counts as a data subject, and where their identifiers sit (issue 13's general rules).

Each case is written for the rule, not copied from a corpus: tables whose header was split at an
unquoted comma, a whole-name column, the dead beside their next of kin, CHI numbers under a text
table's column header, record rows with a bed label and a local number, the people in a reporter's
story (the recipient, the complainant), and a classification in brackets that is no name.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, Table, TextSection
from ingest.parse import parse_message
from nlp.pipeline import Analyzer
from nlp.tables import analyse_table


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def _msg(cover: str, original: str = "", *, to: str = "someone@gmail.com") -> ParsedMessage:
    fwd = MessageHeaders(sender=Party("Ward Clerk", "ward.clerk@nhs.net"), to=[Party("", to)])
    sections = [TextSection("body", cover, "cover")]
    if original:
        sections.append(TextSection("forwarded:1", original, "forwarded", fwd))
    return ParsedMessage(headers=MessageHeaders(sender=Party("Sam Reporter", "sam.reporter@nhs.net")),
                         sections=sections, forwarded=[fwd] if original else [])


def _names(result) -> list[str]:  # noqa: ANN001
    return [i.value for i in result.identifiers if i.kind == "person_name"]


def _values(result, kind: str) -> list[str]:  # noqa: ANN001
    return sorted(i.value for i in result.identifiers if i.kind == kind)


# -- tables ---------------------------------------------------------------------------------------

def _csv_mail(csv_text: str) -> ParsedMessage:
    m = EmailMessage()
    m["From"] = "Sam Reporter <sam.reporter@nhs.net>"
    m["To"] = "breach@example.nhs.uk"
    m["Subject"] = "wrong recipient"
    m.set_content("The attached list went to an outside company's mailbox by mistake.\n")
    m.add_attachment(csv_text.encode(), maintype="text", subtype="csv", filename="list.csv")
    return parse_message(m.as_bytes())


def test_csv_header_split_at_an_unquoted_comma_is_one_column_again(analyzer: Analyzer) -> None:
    csv_text = ('Client (Surname, Forename),Date of birth,NI number,Postcode\r\n'
                '"ABERNETHY, Colm",04/05/1941,JH 12 34 56 C,M14 5RT\r\n'
                '"PRZYBYLSKA, Ewa",19/12/1950,NP 65 43 21 A,M20 2LL\r\n')
    msg = _csv_mail(csv_text)
    assert msg.tables[0].header == ["Client (Surname, Forename)", "Date of birth", "NI number", "Postcode"]
    res = analyzer.analyse(msg)
    assert _values(res, "date_of_birth") == ["1941-05-04", "1950-12-19"]
    assert _values(res, "ni_number") == ["JH123456C", "NP654321A"]
    assert _values(res, "postcode") == ["M14 5RT", "M20 2LL"]
    assert sorted(_names(res)) == ["ABERNETHY, Colm", "PRZYBYLSKA, Ewa"]
    assert res.subjects == 2


def test_a_header_naming_surname_and_forename_is_one_name_column() -> None:
    t = Table(where="attachment:x.xlsx", header=["Patient (SURNAME, Forename)", "DOB"],
              rows=[["OYINLOLA, Kemi", "01/01/1980"]], total_rows=1)
    res = analyse_table(t)
    assert res.columns[0][0] == "person_name"
    assert [i.value for i in res.identifiers if i.kind == "person_name"] == ["OYINLOLA, Kemi"]


def test_deceased_beside_next_of_kin_are_not_subjects_and_a_relative_on_two_rows_counts_once(
        analyzer: Analyzer) -> None:
    t = Table(where="attachment:calls.xlsx", sheet="Sheet1",
              header=["Deceased", "Date of death", "Next of kin", "NOK phone"],
              rows=[["HARGREAVES, Doris", "03/09/2026", "Paula Hargreaves", "07700 900901"],
                    ["HARGREAVES, Stanley", "20/09/2026", "Paula Hargreaves", "07700 900901"],
                    ["LINDQVIST, Erik", "11/10/2026", "Sofia Lindqvist", "07700 900902"]], total_rows=3)
    msg = _msg("The bereavement list went to the wrong address, see attached.")
    msg.tables.append(t)
    res = analyzer.analyse(msg)
    # the dead are shown (their confidentiality outlives them) but only in the living relative's row
    assert sorted(_names(res)) == ["HARGREAVES, Doris", "HARGREAVES, Stanley", "LINDQVIST, Erik",
                                   "Paula Hargreaves", "Sofia Lindqvist"]
    subject = {i.value: i.subject for i in res.identifiers if i.kind == "person_name"}
    assert subject["HARGREAVES, Doris"] == subject["HARGREAVES, Stanley"] == subject["Paula Hargreaves"]
    assert subject["LINDQVIST, Erik"] == subject["Sofia Lindqvist"] != subject["Paula Hargreaves"]
    assert _values(res, "date_of_birth") == []          # a date of death is no date of birth
    assert res.subjects == 2


# -- text rows ------------------------------------------------------------------------------------

def test_chi_numbers_under_a_text_table_header_and_the_names_before_them(analyzer: Analyzer) -> None:
    log = ("Pick-up log\n"
           "Job Unit Patient CHI Age From\n"
           "J-1 U4 Fiona Drummond 1203541007 72 KY1 2AB\n"
           "J-2 U5 Callum Rennie 0307811018 45 KY2 6QT\n")
    res = analyzer.analyse(_msg("Our transport log was sent to an old contractor's gmail.", log))
    assert _values(res, "chi_number") == ["0307811018", "1203541007"]
    assert sorted(_names(res)) == ["Callum Rennie", "Fiona Drummond"]
    assert res.subjects == 2


def test_a_chi_shaped_number_with_no_label_or_header_stays_unreported(analyzer: Analyzer) -> None:
    res = analyzer.analyse(_msg("Please see the note below.", "The parcel code was 1203541007 today.\n"))
    assert _values(res, "chi_number") == []


def test_bed_rows_with_surname_first_names_and_a_column_of_local_numbers(analyzer: Analyzer) -> None:
    sheet = ("Found this sheet in the lift:\n\n"
             "Bay 3  KOWALCZUK Irena  77  TRX4410287  CCF, daily weights\n"
             "Bay 4  ADEBAYO Tunde  58  TRX4409913  cellulitis L leg, IV fluclox\n")
    res = analyzer.analyse(_msg("A member of the public found a handover sheet.", sheet))
    assert _values(res, "hospital_number") == ["TRX4409913", "TRX4410287"]
    assert len(_names(res)) == 2
    assert res.subjects == 2


def test_one_letter_prefixed_number_on_one_row_is_no_hospital_number(analyzer: Analyzer) -> None:
    sheet = "Bay 3  KOWALCZUK Irena  77  TRX4410287  CCF, daily weights\n"
    res = analyzer.analyse(_msg("A member of the public found a handover sheet.", sheet))
    assert _values(res, "hospital_number") == []


def test_rows_under_a_header_keep_their_header_columns(analyzer: Analyzer) -> None:
    rows = ("Patient\tNHS number\tDevice\tSerial\n"
            "Wendy Ashcroft\t943 476 5919\tPump X2\tPX10293847\n"
            "Gordon Ashcroft\t400 000 0012\tPump X2\tPX10293911\n")
    res = analyzer.analyse(_msg("The repair list went to the manufacturer's gmail.", rows))
    assert _values(res, "hospital_number") == []      # a serial number column is not an MRN
    assert res.subjects == 2


# -- who is a subject -----------------------------------------------------------------------------

def test_the_recipient_and_the_complainant_in_the_cover_note_are_not_subjects(analyzer: Analyzer) -> None:
    cover = ("The letter below was posted to the wrong house. The man at number 9, Mr Victor Haldane, "
             "opened it and rang us. A complaint followed from Mrs Rosalind Peake, the patient's sister.")
    letter = "Patient: Ms Delphine Carrow\nDOB: 12/08/1975   NHS No: 943 476 5919\nSeen in the diabetes clinic.\n"
    res = analyzer.analyse(_msg(cover, letter))
    assert _names(res) == ["Delphine Carrow"]
    assert res.subjects == 1


def test_a_name_in_the_pasted_record_stays_a_subject(analyzer: Analyzer) -> None:
    cover = ("I sent the review below to the wrong address.\n\n"
             "Child: Ruby-Mae Fenwick\nBorn: 02/02/2023\nNHS: 943 476 5919\n"
             "Parents: Gemma Fenwick (mum, 07700 900111), Lewis Croft (dad)\n")
    res = analyzer.analyse(_msg(cover))
    assert {"Ruby-Mae Fenwick", "Gemma Fenwick", "Lewis Croft"} <= set(_names(res))
    assert res.subjects == 3


def test_a_prose_name_spelling_the_wrong_recipients_address_is_the_recipient(analyzer: Analyzer) -> None:
    cover = ("I meant to send the list to our volunteer Doreen Platt, but it went to "
             "doreen.platt.bakery@yahoo.co.uk, which is somebody else.")
    t = Table(where="attachment:list.xlsx", header=["Patient", "NHS number"],
              rows=[["Ivor Mendes", "943 476 5919"]], total_rows=1)
    msg = _msg(cover)
    msg.tables.append(t)
    res = analyzer.analyse(msg)
    assert _names(res) == ["Ivor Mendes"]
    assert res.subjects == 1


def test_a_bracketed_classification_is_no_name(analyzer: Analyzer) -> None:
    letter = ("Re: Mr Anselm KIRBY   DOB 01/03/1950   NHS No 943 476 5919\n"
              "He is breathless on exertion (NYHA II-III) and remains on bisoprolol.\n")
    res = analyzer.analyse(_msg("This clinic letter went to his cousin's gmail.", letter))
    assert not any("NYHA" in n for n in _names(res))
    assert res.subjects == 1


def test_the_second_of_a_pair_sharing_a_surname_is_a_person_too(analyzer: Analyzer) -> None:
    plan = ("Name: Corinne Maddox   DOB: 02/02/1988   NHS: 943 476 5919\n"
            "Child: Tilly Maddox (7) and Reuben Maddox (4), both at St Anne's primary.\n")
    res = analyzer.analyse(_msg("This care plan went to the wrong address, see below.", plan))
    assert {"Corinne Maddox", "Tilly Maddox", "Reuben Maddox"} <= set(_names(res))
    assert res.subjects == 3


def test_a_parent_or_guardian_column_is_a_second_person_of_the_row() -> None:
    t = Table(where="attachment:referrals.docx", header=["Patient", "NHS no.", "Parent / guardian", "Contact"],
              rows=[["Noah Pellow", "943 476 5919", "Jenna Pellow (mother)", "07700 900222"]], total_rows=1)
    res = analyse_table(t)
    assert len(res.rows) == 2
    # the relation in brackets is kept in the cell's text, not in the name
    assert {i.value for r in res.rows for i in r if i.kind == "person_name"} == {"Noah Pellow", "Jenna Pellow"}



def test_a_next_of_kins_name_cell_with_their_number_and_a_cell_naming_nobody() -> None:
    t = Table(where="attachment:handover.docx", header=["Bed", "Patient", "Hosp No", "NOK / contact"],
              rows=[["1", "Alma Kettering", "K4410293", "Roy Kettering (husband) 07700 900417"],
                    ["2", "Basil Ormsby", "K5521904", "no NOK - social worker is appointee"],
                    ["3", "Iris Penhaligon", "K6630215", "Tamsin Penhaligon, tamsin.p@example.org"]], total_rows=3)
    res = analyse_table(t)
    names = sorted(i.value for i in res.identifiers if i.kind == "person_name")
    assert names == ["Alma Kettering", "Basil Ormsby", "Iris Penhaligon", "Roy Kettering", "Tamsin Penhaligon"]
    assert [i.value for i in res.identifiers if i.kind == "phone_number"] == ["07700900417"]
    assert [i.value for i in res.identifiers if i.kind == "email_address"] == ["tamsin.p@example.org"]
    assert len(res.rows) == 5        # three patients, two relatives: "no NOK" is nobody


def test_a_sheet_of_next_of_kin_keyed_by_the_patients_nhs_number_adds_the_relatives(analyzer: Analyzer) -> None:
    patients = Table(where="attachment:referrals.xlsx", sheet="Referrals", header=["Pt Surname", "Forename", "NHS #"],
                     rows=[["QUARRIE", "Enid", "943 476 5919"], ["TOLLAND", "Bernard", "401 023 2137"]], total_rows=2)
    kin = Table(where="attachment:referrals.xlsx", sheet="NoK", header=["NHS #", "NoK name", "NoK tel"],
                rows=[["943 476 5919", "Gareth Quarrie", "07700 900551"],
                      ["401 023 2137", "Moira Tolland", "07700 900552"]], total_rows=2)
    msg = _msg("The referrals spreadsheet went to the wrong practice.")
    msg.tables.extend([patients, kin])
    res = analyzer.analyse(msg)
    assert sorted(_names(res)) == ["Bernard TOLLAND", "Enid QUARRIE", "Gareth Quarrie", "Moira Tolland"]
    # each relative is a person of their own; the number on their row is the patient's, counted once
    assert res.subjects == 4


def test_a_privacy_audit_extract_keeps_its_patient_name_column_beside_staff_roles() -> None:
    t = Table(where="attachment:audit.csv", header=["User", "Role", "Patient NHS No", "Patient name", "Accessed"],
              rows=[["ABC0012", "Receptionist", "943 476 5919", "FENWICK, Rosalind", "2026-11-03 10:20"],
                    ["ABC0012", "Receptionist", "401 023 2137", "FENWICK, Lionel", "2026-11-04 11:02"]], total_rows=2)
    res = analyse_table(t)
    assert sorted(i.value for i in res.identifiers if i.kind == "person_name") == ["FENWICK, Lionel",
                                                                                  "FENWICK, Rosalind"]
    staff = Table(where="attachment:rota.csv", header=["Name", "Role", "Extension"],
                  rows=[["Priya Varma", "Receptionist", "4471"]], total_rows=1)
    assert [i for i in analyse_table(staff).identifiers if i.kind == "person_name"] == []


def test_an_h_plus_c_header_is_a_northern_ireland_health_number_column() -> None:
    t = Table(where="attachment:transport.xlsx", header=["Name", "H+C No", "Pick up"],
              rows=[["Colm Devlin", "320 000 0015", "09:15"]], total_rows=1)
    res = analyse_table(t)
    assert [(i.kind, i.value) for i in res.identifiers if i.kind != "person_name"] == [("hc_number", "3200000015")]


# -- bed-keyed lines: a bed, bay or room holds a patient ----------------------------------------------

def test_bed_keyed_lines_name_their_patients_with_no_dob_or_number(analyzer: Analyzer) -> None:
    board = ("The handover board showed:\n\n"
             "Room 2 - Ivy Pennington - NOK Derek Pennington (son) 07700 900 461\n"
             "Room 9 - Harold Crump - daughter visits Sundays, hoist x2\n")
    res = analyzer.analyse(_msg("A photo of the board was posted online.", board))
    assert {"Ivy Pennington", "Harold Crump"} <= set(_names(res))


def test_a_whiteboard_of_surnames_and_initials_by_bay_and_bed(analyzer: Analyzer) -> None:
    board = ("Bay C  1  TREMLETT R   S2  obs 15 min\n"
             "Bay C  2  NAKAMURA-HILL S   informal\n"
             "Bay D  4  O'HAGAN B   S3  leave suspended\n")
    res = analyzer.analyse(_msg("The ward whiteboard was visible in a video.", board))
    assert sorted(_names(res)) == ["NAKAMURA-HILL S", "O'HAGAN B", "TREMLETT R"]
    assert res.subjects == 3


def test_bay_and_bed_then_name_and_age_and_a_column_of_local_numbers(analyzer: Analyzer) -> None:
    sheet = ("Bay 4 bed 1 - Doreen Whitlock 81 - RQM2093841 - UTI, confused\n"
             "Side room 2 - Abdul Karim 66 - RQM2210458 - C diff\n")
    res = analyzer.analyse(_msg("A visitor found this sheet in the corridor.", sheet))
    assert sorted(_names(res)) == ["Abdul Karim", "Doreen Whitlock"]
    assert _values(res, "hospital_number") == ["RQM2093841", "RQM2210458"]


def test_a_bed_line_about_the_bed_itself_names_nobody(analyzer: Analyzer) -> None:
    notes = "Bed 6 - Deep Clean - awaiting domestics\nBay 2 - Closed - norovirus\n"
    res = analyzer.analyse(_msg("Ward status at 14:00, no patients affected.", notes))
    assert _names(res) == []


# -- tables: who the rows are ------------------------------------------------------------------------

def _kinds_per_row(res) -> list[list[str]]:  # noqa: ANN001
    return [sorted(i.kind for i in row) for row in res.rows]


def test_an_export_with_no_header_row_reads_names_and_dobs_beside_its_nhs_numbers() -> None:
    t = Table(where="attachment:export.csv", header=[], rows=[
        ["Carl Jessop", "11/04/1981", "943 476 5919", "LS9 7TF", "review 3/12"],
        ["Nadia Rahman", "30/09/1994", "401 023 2137", "LS8 2QP", "new referral"],
        ["Tom O'Reilly", "02/01/1962", "400 000 0012", "LS6 1AA", "follow up"]], total_rows=3)
    res = analyse_table(t)
    assert _kinds_per_row(res) == [["date_of_birth", "nhs_number", "person_name", "postcode"]] * 3
    assert sorted(i.value for i in res.identifiers if i.kind == "person_name") == [
        "Carl Jessop", "Nadia Rahman", "Tom O'Reilly"]


def test_a_headerless_column_of_recent_dates_is_no_date_of_birth() -> None:
    # clinic dates cluster in weeks, not decades: they say nothing about when anyone was born
    t = Table(where="attachment:clinic.csv", header=[], rows=[
        ["Carl Jessop", "11/04/2025", "943 476 5919"], ["Nadia Rahman", "18/04/2025", "401 023 2137"],
        ["Tom O'Reilly", "02/05/2025", "400 000 0012"]], total_rows=3)
    res = analyse_table(t)
    assert not [i for i in res.identifiers if i.kind == "date_of_birth"]
    assert len(res.rows) == 3


def test_headerless_words_with_no_identifying_column_are_not_read_as_names() -> None:
    t = Table(where="attachment:rota.csv", header=[], rows=[
        ["Ward Round", "Monday", "Consultant Led"], ["Board Meeting", "Tuesday", "Room Four"]], total_rows=2)
    assert analyse_table(t).identifiers == []


def test_employees_victims_and_alleged_perpetrators_are_each_a_person_in_the_row() -> None:
    pay = Table(where="attachment:pay.csv", header=["Employee", "NI number", "Sort code"], rows=[
        ["PRICE Owain", "AB123456C", "20-00-00"], ["HUGHES Mair", "CE654321A", "30-11-22"]], total_rows=2)
    assert len(analyse_table(pay).rows) == 2
    cases = Table(where="attachment:cases.csv", header=["Victim", "DOB", "Alleged perpetrator", "Relationship"],
                  rows=[["Leanne Cross", "04/05/1988", "Wayne Cross", "husband"],
                        ["Mira Dobos", "13/12/1999", "Gary Platt", "ex-partner"]], total_rows=2)
    res = analyse_table(cases)
    assert len(res.rows) == 4
    assert sorted(i.value for i in res.identifiers if i.kind == "person_name") == [
        "Gary Platt", "Leanne Cross", "Mira Dobos", "Wayne Cross"]


def test_a_fixed_width_list_whose_long_values_run_into_the_next_column(analyzer: Analyzer) -> None:
    # pasted from a fixed-width report: a long name (or phone) meets the next column with no gap
    listing = ("Child            NHS number   DOB          Parent                Contact\n"
               "Harrison Fairbairn-Lowe943 476 5919  14/02/2015   Joanne Fairbairn-Lowe07700 900 122\n"
               "Amy Patel        400 000 0012  03/08/2014  Sunita Patel          07700 900 433\n"
               "Maksymilian Nowicki 4010232137   21/11/2013   Ewa Nowicka           07700 900 561\n")
    res = analyzer.analyse(_msg("The clinic list went to the school office.", listing))
    assert {"Harrison Fairbairn-Lowe", "Joanne Fairbairn-Lowe", "Maksymilian Nowicki", "Ewa Nowicka",
            "Amy Patel", "Sunita Patel"} <= set(_names(res))
    assert len(_values(res, "date_of_birth")) == 3
    assert res.subjects == 6      # each child and each parent; the child's number stays with the child


def test_step_relatives_and_a_label_with_an_aside_before_its_colon(analyzer: Analyzer) -> None:
    note = ("Child: Tyler Brennan-Hughes, DOB 02/02/2017\n"
            "Mother: Kerry Brennan   Stepdad: Wayne Hughes\n"
            "Father's partner (not a parent): Leanne Price, lives at the address\n"
            "Grandmother: Maureen Brennan\n")
    res = analyzer.analyse(_msg("The strategy meeting notes went to the wrong council.", note))
    assert {"Tyler Brennan-Hughes", "Kerry Brennan", "Wayne Hughes", "Leanne Price", "Maureen Brennan"} <= set(_names(res))
    assert res.subjects == 5


def test_the_person_a_misdelivered_letter_is_addressed_to_is_its_subject(analyzer: Analyzer) -> None:
    found = ("A letter addressed to Ms Precious Nwosu was delivered to my house. I think she lived here before me. "
             "It is from the renal clinic and gives her NHS number 943 476 5919.\n")
    res = analyzer.analyse(_msg("A member of the public returned our letter.", found))
    assert "Precious Nwosu" in _names(res)
    sent = "I emailed the results addressed to the GP to Ms Tanya Rowe by mistake.\n"
    assert "Tanya Rowe" not in _names(analyzer.analyse(_msg("Misdirected email.", sent)))


def test_a_relative_word_in_prose_is_no_field_label(analyzer: Analyzer) -> None:
    story = "It went to her brother Callum Thorne by mistake.\nBrother: Owen Thorne\n"
    rules = {h.ident.value: h.rule for h in analyzer.names.find(story, "body", None)}
    assert rules.get("Owen Thorne") == "label 'brother'"
    assert rules.get("Callum Thorne", "").startswith("label") is False


# -- printed lists, sheets with titles, SURNAME Forename --------------------------------------------------

def test_a_clinic_list_row_opening_with_its_time_and_one_space_between_cells(analyzer: Analyzer) -> None:
    clinic = ("Clinic list - Tuesday 01/10/2024 - Dr Varley (AM)\n"
              "Time Patient DOB NHS No Hosp No Clinic type\n"
              "9:00 GREAVES, Valerie 14/12/1973 943 476 5919 K5374949 follow-up\n"
              "9:20 DEVLIN, Padraig 07/08/2001 401 023 2137 RX5283272 review\n")
    res = analyzer.analyse(_msg("The clinic list went to the wrong Rob.", clinic))
    assert sorted(_names(res)) == ["DEVLIN, Padraig", "GREAVES, Valerie"]
    assert sorted(_values(res, "date_of_birth")) == ["1973-12-14", "2001-08-07"]
    # under a header naming "Hosp No", a letter-prefixed number is one; the NHS digits are not
    assert sorted(_values(res, "hospital_number")) == ["K5374949", "RX5283272"]
    assert res.subjects == 2


def test_a_sheet_whose_title_rows_sit_above_its_header(analyzer: Analyzer) -> None:
    t = Table(where="attachment:waitlist.csv", header=["CAMHS waiting list"],
              rows=[["Exported 15/10/2024 09:02 by TRAK"],
                    ["Child", "CHI", "Parent/carer", "Parent mobile", "Weeks waiting"],
                    ["Orla Breen", "1404315519", "Sinead Breen", "07700 900100", "13"],
                    ["Cal Munro", "0101010008", "Iain Munro", "07700 900104", "11"]], total_rows=4)
    msg = _msg("I attached the waiting list instead of the letter.")
    msg.tables.append(t)
    res = analyzer.analyse(msg)
    assert sorted(_names(res)) == ["Cal Munro", "Iain Munro", "Orla Breen", "Sinead Breen"]
    assert res.subjects == 4


def test_an_audit_sheet_whose_title_names_the_patient(analyzer: Analyzer) -> None:
    t = Table(where="attachment:audit.xlsx", header=["Audit: Patient access report"],
              rows=[["Patient: QUARRIE, Enid  MRN RX1229717  NHS 943 476 5919  DOB 24/07/1999"],
                    ["Date/time", "User ID", "User name", "Role", "Action"],
                    ["30/08/2024 22:14", "U55786", "DOBSON, Claire", "HCA", "View"]], total_rows=3)
    msg = _msg("The HCA on Ward 9 (Claire Dobson) opened the record 9 times with no care relationship.")
    msg.tables.append(t)
    res = analyzer.analyse(msg)
    assert _names(res) == ["QUARRIE, Enid"]              # the HCA, in the note and the log, is staff
    assert _values(res, "nhs_number") == ["9434765919"]
    assert _values(res, "date_of_birth") == ["1999-07-24"]
    assert res.subjects == 1


def test_a_form_of_labels_and_values_is_not_lifted_into_a_header(analyzer: Analyzer) -> None:
    form = ("Care and Support Plan\n"
            "Client\tDylan Quayle\tDOB\t21/06/1936\n"
            "Address\t71b Halifax Old Road, Huddersfield, HD3 7AE\tTel\t(01632) 960375\n"
            "NHS number\t943 476 5919\tGP\tLindley Health Centre\n")
    res = analyzer.analyse(_msg("I sent the care plan to the wrong daughter.", form))
    assert not {"Address", "NHS number", "Client"} & set(_names(res))


def test_a_headerless_second_sheet_of_chi_numbers_and_phones(analyzer: Analyzer) -> None:
    t = Table(where="attachment:caseload.xlsx", sheet="New", header=[],
              rows=[["Isla Kinnear", "0101010001", "0141 496 0719", "anticipatory meds"],
                    ["Ross Tulloch", "1404315519", "0131 496 0616", "new referral - wound"],
                    ["Eilidh Baird", "2512590097", "0131 496 0376", "new referral - wound"]], total_rows=3)
    res = analyse_table(t)
    assert res.columns[1][0] == "chi_number" and res.columns[2][0] == "phone_number"
    assert sorted(i.value for i in res.identifiers if i.kind == "person_name") == [
        "Eilidh Baird", "Isla Kinnear", "Ross Tulloch"]
    # a column of two numbers is not enough to call them CHI numbers by their values alone
    two = Table(where="attachment:x.xlsx", header=[], rows=[["Isla Kinnear", "0101010001"], ["Ross Tulloch", "1404315519"]],
                total_rows=2)
    assert analyse_table(two).columns.get(1, ("", ""))[0] != "chi_number"


def test_a_nok_relationship_header_over_names_with_their_relation() -> None:
    t = Table(where="attachment:packages.docx", header=["Name", "NHS No", "NOK (relationship)", "NOK tel"],
              rows=[["Mohammed Darr", "943 476 5919", "Hafsa Darr (daughter)", "07700 900127"],
                    ["Ruby Quenby", "401 023 2137", "Alan Quenby (son)", "07700 900726"]], total_rows=2)
    res = analyse_table(t)
    assert sorted(i.value for i in res.identifiers if i.kind == "person_name") == [
        "Alan Quenby", "Hafsa Darr", "Mohammed Darr", "Ruby Quenby"]
    assert len(res.rows) == 4
    only = Table(where="attachment:x.docx", header=["Name", "NHS No", "NOK relationship"],
                 rows=[["Mohammed Darr", "943 476 5919", "Daughter"], ["Ruby Quenby", "401 023 2137", "Son"]],
                 total_rows=2)
    assert sorted(i.value for i in analyse_table(only).identifiers if i.kind == "person_name") == [
        "Mohammed Darr", "Ruby Quenby"]


def test_a_dols_list_names_the_relevant_person_and_their_representative() -> None:
    # deprivation of liberty referrals: "Relevant person" is the subject, "RPR" their representative (a relative)
    t = Table(where="attachment:referrals.docx",
              header=["Relevant person", "DOB", "Care home", "RPR (relationship)", "RPR phone"],
              rows=[["Iolo Pritchard", "3 Mar 1931", "Ty Derw", "Mali Pritchard (daughter)", "029 2018 0555"],
                    ["Zofia Kaczmarek", "9 Sep 1940", "Ty Derw", "Piotr Nowicki (nephew)", "029 2018 0556"]],
              total_rows=2)
    res = analyse_table(t)
    assert sorted(i.value for i in res.identifiers if i.kind == "person_name") == [
        "Iolo Pritchard", "Mali Pritchard", "Piotr Nowicki", "Zofia Kaczmarek"]
    assert len(res.rows) == 4       # each representative a person of their own, with their phone


def test_a_form_with_one_person_per_column_is_read_person_by_person(analyzer: Analyzer) -> None:
    form = ("Financial Assessment (Non-residential)\n"
            "\tService user\tPartner\n"
            "Name\tEvelyn Arkwright\tTomasz Arkwright\n"
            "DOB\t16/06/1941\t03/03/1936\n"
            "NI number\tJH 12 34 56 C\tNP654321A\n"
            "NHS number\t943 476 5919\n"
            "Address\t46 Dalkeith Road, Manchester, M14 9XD\tsame\n"
            "Telephone\t0114 496 0415\n")
    res = analyzer.analyse(_msg("I sent the assessment to the wrong family.", form))
    assert sorted(_names(res)) == ["Evelyn Arkwright", "Tomasz Arkwright"]
    assert sorted(_values(res, "date_of_birth")) == ["1936-03-03", "1941-06-16"]
    assert _values(res, "address") == ["46 Dalkeith Road, Manchester, M14 9XD"]     # "same" is no address
    assert res.subjects == 2


def test_a_staff_rota_names_no_data_subjects(analyzer: Analyzer) -> None:
    rota = Table(where="attachment:rota.xlsx", header=["Name", "Band", "Mob", "Mon", "Tue"],
                 rows=[["Neil Tarrant", "5", "07700 900234", "N", "L"], ["Kate Cravell", "2 (HCA)", "07700 900678", "OFF", "E"]],
                 total_rows=2)
    notes = Table(where="attachment:rota.xlsx", sheet="Requests", header=["Name", "Request"], rows=[["(see diary)"]],
                  total_rows=1)
    msg = _msg("Rota for w/c 21st attached, please check your shifts.")
    msg.tables.extend([rota, notes])
    res = analyzer.analyse(msg)
    assert res.subjects == 0 and res.identifiers == []


def test_a_list_under_the_staff_whiteboard_is_of_residents(analyzer: Analyzer) -> None:
    body = ("One of your carers posted party photos on Facebook. In the background you can read the staff whiteboard "
            "in the lounge, which says:\n\n"
            "Room 3: Aisha Penrose - DNACPR, soft diet\nRoom 4: Derek Oyewole - FALLS RISK, sensor mat\n"
            "Room 5: Harpreet Whitby - diabetic, no sugar\n")
    res = analyzer.analyse(_msg(body))
    assert sorted(_names(res)) == ["Aisha Penrose", "Derek Oyewole", "Harpreet Whitby"]


def test_a_sickness_record_of_staff_makes_them_its_subjects() -> None:
    t = Table(where="attachment:sickness.xlsx", header=["Name", "Band", "Days off", "Reason (Healthroster)"],
              rows=[["Tomasz Zawada", "Band 6", "28", "Stress/anxiety"], ["Abena Mensah", "Band 2", "22", "MSK - back"]],
              total_rows=2)
    assert sorted(i.value for i in analyse_table(t).identifiers if i.kind == "person_name") == [
        "Abena Mensah", "Tomasz Zawada"]


def test_a_headerless_sheet_with_surname_and_forename_apart_and_a_parent_beside_the_child() -> None:
    hub = Table(where="attachment:hub.xlsx", sheet="PM", header=[],
                rows=[["13:00", "ELLISTON", "Harpreet", "30/10/1994", "943 476 5919", "07700 900384"],
                      ["13:30", "CUNLIFFE", "Bernard", "26/11/1989", "401 023 2137", "07700 900998"]], total_rows=2)
    assert sorted(i.value for i in analyse_table(hub).identifiers if i.kind == "person_name") == [
        "Bernard CUNLIFFE", "Harpreet ELLISTON"]
    cin = Table(where="attachment:u18.xlsx", sheet="Known to SC", header=[],
                rows=[["Ruby Hassall", "24/06/2008", "943 476 5919", "Siobhan Hassall", "CIN"],
                      ["Ronald Iqbar", "11/02/2008", "401 023 2137", "Evelyn Iqbar", "CP plan"],
                      ["Siobhan Loxley", "14/08/2009", "485 777 3457", "Kieran Loxley", "CIN"]], total_rows=3)
    res = analyse_table(cin)
    # dates all years ago beside names and NHS numbers: dates of birth, even a year or two apart
    assert sorted(i.value for i in res.identifiers if i.kind == "date_of_birth") == [
        "2008-02-11", "2008-06-24", "2009-08-14"]
    assert len(res.rows) == 6        # each child and their parent


def test_a_team_shorthand_and_the_recipient_who_confirmed_deletion_are_not_subjects(analyzer: Analyzer) -> None:
    t = Table(where="attachment:births.xlsx", header=["Mum", "Mum NHS", "Baby", "Baby NHS"],
              rows=[["Yasmin Fenwick", "943 476 5919", "Hannah Fenwick", "401 023 2137"]], total_rows=1)
    msg = _msg("The birth notifications went to the wrong health visiting team rather than Kirkhallam HV. "
               "Martin Marsh has confirmed by email it has been deleted. Attached copy of what was sent.")
    msg.tables.append(t)
    res = analyzer.analyse(msg)
    assert sorted(_names(res)) == ["Hannah Fenwick", "Yasmin Fenwick"]
    assert res.subjects == 2


def test_a_table_of_relatives_keeps_each_relatives_own_date_of_birth() -> None:
    t = Table(where="attachment:letter.docx", header=["Relative", "Relationship", "DOB", "Offered testing"],
              rows=[["Bethan Ikram", "Sister", "30/03/1985", "Yes"], ["Mali Ikram", "Daughter", "06/01/2000", "Yes"]],
              total_rows=2)
    res = analyse_table(t)
    assert [sorted((i.kind, i.value) for i in row) for row in res.rows] == [
        [("date_of_birth", "1985-03-30"), ("person_name", "Bethan Ikram")],
        [("date_of_birth", "2000-01-06"), ("person_name", "Mali Ikram")]]


def test_an_email_cell_with_its_label_gives_the_address_alone(analyzer: Analyzer) -> None:
    body = ("It listed the pupils whose parents declined the vaccine:\n"
            "  Amelia Osei\tDOB 14/02/2013\tparent email kwame.osei@mail.example.ac.uk\tconsent: NO\n"
            "  Zainab Hashim\tDOB 2013-01-05\tparent email hashim.family@example.com\tconsent: NO\n")
    res = analyzer.analyse(_msg("Sent to the wrong parent.", body))
    assert sorted(_values(res, "email_address")) == ["hashim.family@example.com", "kwame.osei@mail.example.ac.uk"]


def test_a_phone_typed_handover_of_lower_case_bed_rows_with_ages(analyzer: Analyzer) -> None:
    sheet = ("it had the whole bay on it:\n\n"
             "bed 1 - margaret o'hare 84 fall ?#NOF\n"
             "bed 2 - dennis pryce-watkins 79 CAP on abx\n"
             "bed 4 - empty\n"
             "bed 6 - deep clean 4pm\n")
    res = analyzer.analyse(_msg("the handover sheet went missing off the nurses station.", sheet))
    assert sorted(_names(res)) == ["dennis pryce-watkins", "margaret o'hare"]


def test_run_together_headers_and_member_lists() -> None:
    # "HOSPNO" / "NHSNO" headers key a lookup sheet to a results sheet by hospital number: one person per number
    results = Table(where="attachment:w.xlsx", header=["Accession", "Hosp No", "Test", "Result"],
                    rows=[["A1", "K3148982", "TSH", "4"], ["A2", "M2937910", "PSA", "8"]], total_rows=2)
    lookup = Table(where="attachment:w.xlsx", header=["HOSPNO", "PATIENT NAME", "NHSNO", "DOB"],
                   rows=[["K3148982", "OBI, Ada", "943 476 5919", "1961-06-28"],
                         ["M2937910", "LEE, Sam", "401 023 2137", "1996-07-16"]], total_rows=2)
    assert analyse_table(lookup).columns[0][0] == "hospital_number"
    assert analyse_table(lookup).columns[2][0] == "nhs_number"
    assert analyse_table(results).columns[1][0] == "hospital_number"
    # a memory group's sheet: each member with their carer, each a person
    members = Table(where="attachment:group.xlsx", header=["Member", "DOB", "Carer", "Carer phone"],
                    rows=[["Iolo Pritchard", "25/08/1949", "Mali Pritchard", "07700 900546"],
                          ["Zofia Kaczmarek", "22/10/1947", "Piotr Nowicki", "07700 900307"]], total_rows=2)
    res = analyse_table(members)
    assert sorted(i.value for i in res.identifiers if i.kind == "person_name") == [
        "Iolo Pritchard", "Mali Pritchard", "Piotr Nowicki", "Zofia Kaczmarek"]
