"""Names with particles and Gaelic/Welsh forms, greeting names, address blocks, business addresses."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def run(analyzer: Analyzer, text: str) -> dict[str, set[str]]:
    headers = MessageHeaders(sender=Party("Jo Bloggs", "jo.bloggs@nhs.net"), to=[Party("IG", "ig@nhs.net")])
    msg = ParsedMessage(headers=headers, sections=[TextSection("body", text, "cover")], forwarded=[], tables=[])
    out: dict[str, set[str]] = {}
    for i in analyzer.analyse(msg).identifiers:
        out.setdefault(i.kind, set()).add(i.value)
    return out


@pytest.mark.parametrize("name", [
    "Ciarán Mac Giolla Bhríde", "Séamus Ó Dochartaigh", "Máire Ní Bhriain", "Catrìona NicLeòid",
    "Dafydd ap Rhys", "Maria dos Santos", "Ana da Silva", "Jan van der Berg", "Oluwaseun Adebayo-Williams",
])
def test_patient_label_names_with_particles(analyzer: Analyzer, name: str) -> None:
    got = run(analyzer, f"Hi team,\n\nA letter went to the wrong address.\nPatient: {name}\nDOB: 14/07/1962\n\nThanks\n")
    assert name in got.get("person_name", set())


@pytest.mark.parametrize("name", ["Séamus Ó Dochartaigh", "Dafydd ap Rhys", "Maria dos Santos"])
def test_prose_names_extend_over_particles(analyzer: Analyzer, name: str) -> None:
    got = run(analyzer, f"Hello,\n\nThe discharge letter for {name} (DOB 03/02/1958) was emailed to the wrong GP.\n")
    assert name in got.get("person_name", set())


def test_sms_greeting_name_with_patient_context(analyzer: Analyzer) -> None:
    text = ("Hi IG,\n\nThis SMS went to the wrong mobile:\n\n"
            "\"Hi Oluwaseun Adebayo-Williams, your appointment at the diabetes clinic is on 12/03 at 10:30. "
            "NHS No 401 023 2137\"\n\nRegards\n")
    got = run(analyzer, text)
    assert "Oluwaseun Adebayo-Williams" in got.get("person_name", set())


def test_greeting_to_clinician_is_not_a_subject(analyzer: Analyzer) -> None:
    text = "Dear Dr Priya Raman,\n\nPlease see the attached results for the patient.\n"
    assert "Priya Raman" not in run(analyzer, text).get("person_name", set())


def test_greeting_without_patient_context_is_ignored(analyzer: Analyzer) -> None:
    text = "Hi Gareth Price,\n\nThe meeting moved to Thursday.\n"
    assert "Gareth Price" not in run(analyzer, text).get("person_name", set())


@pytest.mark.parametrize("block,value", [
    ("Flat 2 Moorfield Court\n14 Station Road\nLeeds\nLS6 2AB", "Flat 2 Moorfield Court, 14 Station Road, Leeds, LS6 2AB"),
    ("Apartment 5, Cathay House, 5 Pitt Street, Liverpool L1 4BE",
     "Apartment 5, Cathay House, 5 Pitt Street, Liverpool, L1 4BE"),
    ("Unit 3 Riverside Mews\nBristol\nBS1 6QA", "Unit 3 Riverside Mews, Bristol, BS1 6QA"),
    ("Pen y Bryn Farm, Llanddewi, LD1 6RT", "Pen y Bryn Farm, Llanddewi, LD1 6RT"),
    ("Rose Cottage\nMill Lane\nBurford\nOX18 4RE", "Rose Cottage, Mill Lane, Burford, OX18 4RE"),
])
def test_address_blocks(analyzer: Analyzer, block: str, value: str) -> None:
    text = f"Hi,\n\nA letter for Mrs Jane OKAFOR (DOB 03/02/1958) went to:\n\n{block}\n\nThanks\n"
    got = run(analyzer, text)
    assert value in got.get("address", set()), got.get("address")


def test_business_letterhead_is_not_an_address(analyzer: Analyzer) -> None:
    text = ("Hi,\n\nPatient: Mrs Jane OKAFOR, DOB 03/02/1958, was sent the wrong letter.\n\n"
            "Kind regards\n\nAnne Bell\nPractice Manager\nHillside Surgery\n12 Church Street\nLeeds\nLS1 4AP\n")
    got = run(analyzer, text)
    assert not any("Church Street" in a for a in got.get("address", set()))
    assert "LS1 4AP" not in got.get("postcode", set())


def test_registered_office_footer_is_not_an_address(analyzer: Analyzer) -> None:
    text = ("Hi,\n\nPatient: Mrs Jane OKAFOR, DOB 03/02/1958\n22 Mill Lane, Leeds, LS6 2AB\n\n"
            "Boots Chemists Ltd. Registered office: 1 Thane Road, Nottingham, NG90 1BS\n")
    got = run(analyzer, text)
    assert "22 Mill Lane, Leeds, LS6 2AB" in got.get("address", set())
    assert not any("Thane Road" in a for a in got.get("address", set()))


@pytest.mark.parametrize("name", ["Catrìona NicLeòid", "Jan van der Berg", "Ciarán Mac Giolla Bhríde"])
def test_table_cell_names(analyzer: Analyzer, name: str) -> None:
    text = f"Name\tDOB\tNHS No\n{name}\t14/07/1962\t401 023 2137\n"
    assert name in run(analyzer, text).get("person_name", set())


def test_greeting_to_header_recipient_is_staff(analyzer: Analyzer) -> None:
    text = "Hi Jo Bloggs,\n\nThe patient list for clinic went to the wrong team.\n"
    assert "Jo Bloggs" not in run(analyzer, text).get("person_name", set())


def test_patient_address_under_record_fields_is_kept(analyzer: Analyzer) -> None:
    text = ("Westmoor Hospitals NHS Trust\nDISCHARGE SUMMARY\nPatient: Mrs Ann Dale\nHospital number R3730145\n"
            "Address: 86 Florence Street, Nottingham, NG5 1ZG\n")
    got = run(analyzer, text)
    assert "NG5 1ZG" in got.get("postcode", set())
    assert "86 Florence Street, Nottingham, NG5 1ZG" in got.get("address", set())


def test_pharmacy_signature_postcode_dropped_patient_kept(analyzer: Analyzer) -> None:
    text = ("Hello,\n\nWe posted the prescription for Mr Tomasz KOWALSKI (DOB 02/03/1950) to\n\n"
            "Rose Cottage\nMill Lane\nBurford\nOX18 4RE\n\nThanks,\nPriya\nHigh Street Pharmacy\n"
            "3 High Street\nWitney\nOX28 6HA\n")
    got = run(analyzer, text)
    assert "Rose Cottage, Mill Lane, Burford, OX18 4RE" in got.get("address", set())
    assert "OX18 4RE" in got.get("postcode", set())
    assert "OX28 6HA" not in got.get("postcode", set())
    assert not any("High Street" in a for a in got.get("address", set()))


def test_welsh_house_names_put_the_house_word_first(analyzer: Analyzer) -> None:
    text = ("Two clinic letters went in each other's envelopes:\n"
            "- Rhodri Bowen, Fferm Tan-y-bryn, Llanddewi Brefi, SY25 6PE, NHS 943 476 5919 - got the other letter\n"
            "Patient: Mrs Eirlys Lloyd, NHS 401 023 2137\nAddress: Bwthyn y Felin, Heol Fawr, Talgarreg SA44 4ER\n")
    got = run(analyzer, text)
    assert "Fferm Tan-y-bryn, Llanddewi Brefi, SY25 6PE" in got.get("address", set())
    assert "Bwthyn y Felin, Heol Fawr, Talgarreg, SA44 4ER" in got.get("address", set())
    # the list row's name is read before its comma, with the NHS number further along the line
    assert {"Rhodri Bowen", "Eirlys Lloyd"} <= got.get("person_name", set())
    assert not any("Fferm" in n or "Bwthyn" in n for n in got.get("person_name", set()))


def test_a_name_then_its_nhs_label_after_one_space_on_a_list_row(analyzer: Analyzer) -> None:
    text = ("The audit flagged two records opened without a reason:\n"
            "  - Gareth PROBERT  NHS 943 476 5919  (her ex-partner) - 9 accesses\n"
            "  - Nia Probert NHS 401 023 2137 (his mother) - 2 accesses\n")
    assert {"Gareth PROBERT", "Nia Probert"} <= run(analyzer, text).get("person_name", set())


def test_a_sentence_ending_inside_the_label_does_not_make_the_next_name_staff(analyzer: Analyzer) -> None:
    text = ("Our nurse rang a number from an old contact sheet. The message said Mr Wilfred Ambrose in Room 4 had "
            "been taken to hospital after a fall.\n")
    assert "Wilfred Ambrose" in run(analyzer, text).get("person_name", set())


def test_a_relative_named_after_her_across_a_line_wrap_is_no_ward_sister(analyzer: Analyzer) -> None:
    text = ("The letter for Miss Tamsin Hale, DOB 07/06/1979, confirms a BRCA2 variant and suggests her\n"
            "sister Keziah Hale (not yet tested) is referred for predictive testing.\n")
    assert "Keziah Hale" in run(analyzer, text).get("person_name", set())


def test_a_bed_row_among_named_beds_is_a_person_but_a_bed_state_is_not(analyzer: Analyzer) -> None:
    text = ("Names readable on the board in the photo:\n"
            "  Bed 1 Isla Gemmell - NBM, for OGD\n"
            "  Bed 2 Morven Laidlaw - side room\n"
            "  Bed 3 Deep Clean - side room\n"
            "  Bed 4 Fergus Niven - palliative, family staying\n"
            "  Bed 5 Duncan Rintoul - DNACPR\n")
    names = run(analyzer, text).get("person_name", set())
    assert {"Isla Gemmell", "Morven Laidlaw", "Fergus Niven", "Duncan Rintoul"} <= names
    assert "Deep Clean" not in names


def test_a_specialty_in_brackets_after_the_ward_is_no_name(analyzer: Analyzer) -> None:
    text = ("A handover sheet was found at the bus stop. It's from Ward 22\n(Acute Medicine), Bay B:\n\n"
            "Bed 1  Ada Pellow  84y  M3536578  CAP, on IV abx\n"
            "Bed 2  Rex Tannock  67y  M8164457  ETOH withdrawal - CIWA 4 hrly\n")
    names = run(analyzer, text).get("person_name", set())
    assert names == {"Ada Pellow", "Rex Tannock"}


def test_the_patients_address_block_right_under_the_letterhead_is_kept(analyzer: Analyzer) -> None:
    text = ("Regional Clinical Genetics Service\nChapel Allerton Hospital, Leeds LS7 4SA\nMiss Ffion Ikram\n"
            "79 Moorside Road\nBirmingham\nB23 5SP\nRe: Ffion Ikram, DOB 06/09/1984, NHS number 943 476 5919\n")
    got = run(analyzer, text)
    assert got.get("address") == {"79 Moorside Road, Birmingham, B23 5SP"}      # not the hospital's


def test_the_patient_who_shares_the_wrong_recipients_name_is_kept_by_his_record(analyzer: Analyzer) -> None:
    text = ("Two patients called Harrop on our list. The letter was for Mr Derek Harrop\n"
            "(NHS No 943 476 5919, DOB 14/02/1951) - referral to eye screening.\n"
            "It went to derek.harrop.snr@gmail.com which is NOT him.\n")
    assert "Derek Harrop" in run(analyzer, text).get("person_name", set())


def test_an_initial_and_surname_of_a_name_shown_in_full_is_not_shown_again(analyzer: Analyzer) -> None:
    text = ("Re: Mrs S Devereux\nDistrict nursing referral for Mrs Siobhan Devereux, H&C No 320 000 0015, "
            "DOB 08/08/1958, was emailed to a solicitors' office.\n")
    assert run(analyzer, text).get("person_name") == {"Siobhan Devereux"}


def test_people_listed_along_a_line_each_with_a_note_in_brackets(analyzer: Analyzer) -> None:
    text = ("The chaplaincy rota email had the visiting list pasted into it:\n"
            "Ward 7: Yitzhak Rosenthal (Jewish, requests rabbi), Fatima-Zahra Benhaddou (Muslim, halal), Pawel Nowicki (RC)\n"
            "Ward 9: hamish laidler (C of S), Gurpreet Kaur Sandher (Sikh)\n"
            "Present: Philippa Drummond (Chair), Gareth Nolan (CISO)\n"
            "Professionals invited: Aled Rhys (allocated social worker), Joanne Pickles (health visitor)\n")
    names = run(analyzer, text).get("person_name", set())
    assert {"Yitzhak Rosenthal", "Fatima-Zahra Benhaddou", "Pawel Nowicki", "hamish laidler",
            "Gurpreet Kaur Sandher"} <= names
    assert not {"Philippa Drummond", "Gareth Nolan", "Aled Rhys", "Joanne Pickles"} & names


def test_a_record_number_then_surname_comma_forename_on_a_clipboard_list(analyzer: Analyzer) -> None:
    text = ("The clipboard at the end of bay B had a list anyone could read:\n"
            "Hosp no RBH0011223 - Hussein, Abdul-Rahman - MRSA +ve\n"
            "Hosp no RBH0011224 - Kerrigan, Isla - awaiting psych review\n")
    assert {"Hussein, Abdul-Rahman", "Kerrigan, Isla"} <= run(analyzer, text).get("person_name", set())


def test_a_bag_for_a_named_patient_was_handed_to_someone_else(analyzer: Analyzer) -> None:
    text = "A prescription bag for Tran Van Binh was handed to a different patient at the counter."
    assert "Tran Van Binh" in run(analyzer, text).get("person_name", set())


def test_the_name_line_of_an_address_block_is_a_person(analyzer: Analyzer) -> None:
    text = ("Two letters were folded into one envelope. The other letter was meant for:\n"
            "   Iain MacLeòid\n   Flat 2/1, 45 Dumbarton Road, Glasgow, G11 6PA\n   CHI: 1404315519\n")
    assert "Iain MacLeòid" in run(analyzer, text).get("person_name", set())


def test_a_whiteboard_read_off_a_photo_bed_numbers_then_names_and_the_hca_named_after_it(analyzer: Analyzer) -> None:
    text = ("From the screenshot I can make out:\n"
            "  4  Ó Súilleabháin, Tadhg   NBM   falls\n"
            "  5  amira el-sayid          IVAB  barrier nursing\n"
            "  6  Rhiannon McAllister-Reed  ?PE  CTPA today\n"
            "The HCA is Chloe Barnett; her manager is dealing with it.\n")
    names = run(analyzer, text).get("person_name", set())
    assert {"Ó Súilleabháin, Tadhg", "amira el-sayid", "Rhiannon McAllister-Reed"} <= names
    assert "Chloe Barnett" not in names


def test_the_parent_being_replied_to_is_the_recipient(analyzer: Analyzer) -> None:
    text = ("I attached the waiting list export instead of the letter when replying to a parent (Amira Menson) who "
            "had asked about her son's wait.\n")
    assert "Amira Menson" not in run(analyzer, text).get("person_name", set())


@pytest.mark.parametrize("text", [
    "Flat 2 Moorfield Court\n14 Station Road", "Apartment 5, Cathay House, 5 Pitt Street", "unit 3\nBristol",
    "Rose Cottage\nMill Lane", "Pen y Bryn Farm, Llanddewi", "Mrs Joan Saxby - ROSE COTTAGE, Bitterley SY8 3HG",
    "Address:\tThe Old Forge, Church Lane", "- Gwilym Griffiths, Fferm Pen-lôn, Cwrtnewydd",
    "The correct address is Bryn Awel, Ffordd y Capel", "She Lives At Ty Gwyn, Heol Fawr",
    "Oak Tree Nursing\nHome, Leeds", "Mill House  ,\nLeeds",
])
def test_the_named_house_precheck_passes_every_text_the_line_regex_matches(analyzer: Analyzer, text: str) -> None:
    rec = next(r for r in analyzer.recognizers if r.kind == "address")
    house_rx, _ = rec._blocks
    assert house_rx.search(text) is not None     # each example is a named-house line
    assert rec._may_hold_house(text)


@pytest.mark.parametrize("text", [
    "Hi,\n\nThe letter for Mr Jones went to the wrong house on the same road.\nThanks\n",
    "Room for improvement: 3 letters were sent to the old flat.",
])
def test_a_text_with_no_named_house_skips_the_line_regex(analyzer: Analyzer, text: str) -> None:
    rec = next(r for r in analyzer.recognizers if r.kind == "address")
    house_rx, _ = rec._blocks
    assert house_rx.search(text) is None
    assert not rec._may_hold_house(text)


@pytest.mark.parametrize("text", [
    "a hosp letter for a Tomasz NOWAK at her house", "results about Zoë O'NEILL-BRYCE, she rang",
    "Bay 2 Bed 4 - Arthur PENHALIGON - syringe driver", "room 3: Siân AP-RHYS",
])
def test_the_forename_surname_precheck_passes_every_text_either_regex_matches(text: str) -> None:
    from nlp.recognizers import person_name as pn

    assert pn._FOR_FORENAME_CAPS.search(text) or pn._BED_FORENAME_CAPS.search(text)
    assert pn._FORENAME_CAPS_NEEDS.search(text)


@pytest.mark.parametrize("text,dropped", [
    ("I didnt see Gwen Pritchards dn folder", True), ("She DOESNT know", True), ("It wasn't sent", False),
    ("the patient wont go", True), ("dont", True), ("undone", False),
])
def test_the_apostrophe_cue_is_found_over_the_folded_text_as_over_the_text(text: str, dropped: bool) -> None:
    from nlp.recognizers import person_name as pn
    from nlp.text import folded_lower

    assert pn._NO_APOSTROPHE_FOLDED is not None
    assert bool(pn._NO_APOSTROPHE.search(text)) is dropped
    assert pn._folded_search(pn._NO_APOSTROPHE, pn._NO_APOSTROPHE_FOLDED, text, folded_lower(text)) is dropped


@pytest.mark.parametrize("text,may", [
    ("Daughter Ewa phoned", True), ("son  Graham 07700 900123", True), ("ex-partner Jermaine Cole subject to", True),
    ("her FIANCÉE Zoë rang", True), ("No relatives were named.", False), ("his son was told", False),
    ("the person Emma saw", False), ("a grandmother Ann", False),     # a relation word inside a word is none
])
def test_the_relative_at_a_clause_precheck(text: str, may: bool) -> None:
    from nlp.recognizers import person_name as pn
    from nlp.text import folded_lower

    if pn._RELATIVE_AT_CLAUSE.search(text):
        assert pn._relation_before_capital(text, folded_lower(text))
    assert pn._relation_before_capital(text, folded_lower(text)) is may
    assert pn._relation_before_capital(text, None)     # no folded text: always tried
