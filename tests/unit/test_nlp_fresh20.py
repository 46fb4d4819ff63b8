"""fresh20's causes (pharmacy, dental, screening, hospice, pathology, research reports): grading cues read in
their sentence — a denied act is not misuse, a report that came to the reporter in error stayed with the
reporter. All text here is invented."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def analyse(analyzer: Analyzer, text: str, sender: str = "pat.reporter@nhs.net"):
    headers = MessageHeaders(sender=Party("Pat Reporter", sender), to=[Party("IG", "ig@nhs.net")])
    msg = ParsedMessage(headers=headers, sections=[TextSection("body", text, "cover")], forwarded=[], tables=[])
    return analyzer.analyse(msg)


_CAME_TO_US = ("Morning. Mrs Ada Quill's repeat (DOB 02/03/1961, NHS 943 476 5919) for her HIV medication came "
               "through to us instead of her usual chemist. We have not dispensed it and have sent it back to the "
               "Spine. Haven't contacted the patient yet - wanted to check with you first.\n\nPat")


def test_a_denied_contact_is_not_misuse(analyzer: Analyzer) -> None:
    a = analyse(analyzer, _CAME_TO_US).assessment
    assert a.likelihood < 5
    assert not any(r.startswith("misuse") for r in a.reasons)


def test_a_contact_that_happened_is_still_misuse(analyzer: Analyzer) -> None:
    text = ("Mrs Ada Quill's letter (DOB 02/03/1961, NHS 943 476 5919) went to her neighbour, who then contacted "
            "the family about it.\n\nPat")
    assert analyse(analyzer, text).assessment.likelihood == 5


def test_what_came_to_the_reporter_in_error_stayed_with_the_reporter(analyzer: Analyzer) -> None:
    a = analyse(analyzer, _CAME_TO_US).assessment
    assert a.likelihood == 2
    assert not a.reportable
    assert any("came to them in error" in r and "nhs.net" in r for r in a.reasons)


def test_a_reporter_outside_the_trusted_domains_who_got_it_in_error_is_external(analyzer: Analyzer) -> None:
    a = analyse(analyzer, _CAME_TO_US, sender="manager@oakview-care.example.com").assessment
    assert a.likelihood == 3
    assert any("came to them in error" in r and "oakview-care.example.com" in r for r in a.reasons)


_MISFILED = ("Please log as an integrity incident. A full blood count for Mr Rhys Penrose (NHS 943 476 5919) was "
             "labelled with the wrong patient's addressograph, so the results were filed in Mr Tom Ashdown's "
             "record. Both records corrected today.\n\nPat")


def test_a_result_filed_in_the_wrong_record_stayed_inside(analyzer: Analyzer) -> None:
    a = analyse(analyzer, _MISFILED).assessment
    assert a.likelihood == 2
    assert not any("outside the organisation" in r for r in a.reasons)
    assert any("stayed inside" in r for r in a.reasons)


def test_a_misfiled_result_another_patient_saw_in_the_nhs_app_went_outside(analyzer: Analyzer) -> None:
    text = _MISFILED.replace("Both records corrected today.",
                             "The other patient saw it on the NHS App last night. Both records corrected today.")
    assert analyse(analyzer, text).assessment.likelihood == 3


def test_another_patient_who_saw_it_is_the_recipient(analyzer: Analyzer) -> None:
    text = ("Mrs Ada Quill's clinic letter (NHS 943 476 5919) was open on the reception counter and another patient saw it "
            "while waiting.\n\nPat")
    a = analyse(analyzer, text).assessment
    assert a.likelihood == 3
    assert any("another patient" in r for r in a.reasons)


_BOUNCE = ("I mistyped the patient's address but it came straight back, report below.\n\n"
           "This is the mail system at host relay.nhs.net.\n\n"
           "Your message could not be delivered to one or more recipients.\n\n"
           "<a.quill61@hotmial.com>: Host or domain name not found. Name service error\n\n"
           "Reporting-MTA: dns; relay.nhs.net\n"
           "Final-Recipient: rfc822; a.quill61@hotmial.com\n"
           "Action: failed\n"
           "Status: 5.1.2\n\n"
           "------ Original message ------\n"
           "Dear Mrs Quill, your results (NHS 943 476 5919, DOB 02/03/1961): HbA1c 49. Please book a review.\n")


def test_a_delivery_report_that_failed_for_the_outside_address_is_a_near_miss(analyzer: Analyzer) -> None:
    a = analyse(analyzer, _BOUNCE).assessment
    assert a.likelihood == 1 and a.near_miss and not a.reportable
    assert any("delivery report" in r and "hotmial.com" in r for r in a.reasons)


def test_a_delivery_report_for_another_address_leaves_the_outside_one_disclosed(analyzer: Analyzer) -> None:
    text = _BOUNCE.replace("Final-Recipient: rfc822; a.quill61@hotmial.com",
                           "Final-Recipient: rfc822; old.mailbox@hotmial.com").replace(
        "<a.quill61@hotmial.com>: Host", "<old.mailbox@hotmial.com>: Host") + "Copy sent to a.quill61@hotmial.com\n"
    a = analyse(analyzer, text).assessment
    assert a.likelihood == 3 and not a.near_miss


_RECALLED = ("I sent Mrs Ada Quill's clinic letter (NHS 943 476 5919) to the wrong Dr Shah this morning. I recalled "
             "it and got the 'recall succeeded' message, and Dr Shah has replied to say he never opened it.\n\nPat")


def test_a_recall_with_the_recipients_word_that_it_was_never_opened_goes_below_the_floor(analyzer: Analyzer) -> None:
    a = analyse(analyzer, _RECALLED).assessment
    assert a.likelihood == 1
    assert any("stayed inside" in r and "wrong dr" in r for r in a.reasons)
    assert any("recall succeeded" in r and "never opened it" in r for r in a.reasons)


def test_never_opened_without_a_recall_or_deletion_lowers_nothing(analyzer: Analyzer) -> None:
    text = ("Mrs Ada Quill's clinic letter (NHS 943 476 5919) went to her old gmail address. The person there "
            "replied to say he never opened it.\n\nPat")
    assert analyse(analyzer, text).assessment.likelihood == 3


_PRINTED = ("I sent the clinic list with Mrs Ada Quill's appointment (NHS 943 476 5919, DOB 02/03/1961) to the "
            "caretaker at the community hall (caretaker@oakhall-hall.example.org) by mistake. He did print it and "
            "the list was pinned up in the porters' lodge all morning. He has now shredded it.\n\nPat")


def test_a_list_printed_and_put_up_is_not_contained_by_shredding_it(analyzer: Analyzer) -> None:
    a = analyse(analyzer, _PRINTED).assessment
    assert a.likelihood == 3 and a.reportable
    assert any("shredded" in r and "did print it" in r and "not lowered" in r for r in a.reasons)
    pinned = analyse(analyzer, _PRINTED.replace("He did print it and the", "The")).assessment
    assert any("list was pinned up" in r and "not lowered" in r for r in pinned.reasons)


def test_shredded_unprinted_still_lowers_the_likelihood(analyzer: Analyzer) -> None:
    text = _PRINTED.replace("He did print it and the list was pinned up in the porters' lodge all morning. ", "")
    assert analyse(analyzer, text).assessment.likelihood == 2


@pytest.mark.parametrize("where", ["on the local community group", "in a village residents' group",
                                   "on the town forum"])
def test_a_post_on_a_public_community_group_is_published(analyzer: Analyzer, where: str) -> None:
    text = (f"One of our porters posted {where} last night about Mr Rhys Penrose (NHS 943 476 5919) and his "
            "dialysis times. It has 40 comments. She deleted it this morning.\n\nPat")
    a = analyse(analyzer, text).assessment
    assert a.likelihood == 4
    assert any(r.startswith("published ('posted on a") for r in a.reasons)


def test_a_post_in_the_staff_team_group_is_not_a_public_group(analyzer: Analyzer) -> None:
    text = ("One of our porters posted in the night team group about Mr Rhys Penrose (NHS 943 476 5919) and his "
            "dialysis times.\n\nPat")
    assert analyse(analyzer, text).assessment.likelihood < 4


def _with_reply(analyzer: Analyzer, replier: str, reply: str):
    headers = MessageHeaders(sender=Party("Pat Reporter", "pat.reporter@nhs.net"), to=[Party("IG", "ig@nhs.net")])
    quoted = MessageHeaders(sender=Party("Dr Lin", replier), to=[Party("Lab", "lab.results@nhs.net")])
    cover = "IG: logging this one please. The result went to the wrong practice; see their reply below.\n\nPat"
    msg = ParsedMessage(headers=headers, sections=[TextSection("body", cover, "cover"),
                                                   TextSection("forwarded:1", reply, "forwarded", quoted)],
                        forwarded=[quoted], tables=[])
    return analyzer.analyse(msg)


_REPLY = ("We have received the attached result, which is not for one of our patients.\n\n"
          "Patient: QUILL, Ada   DOB: 02/03/1961   NHS: 943 476 5919\nHbA1c 49 mmol/mol\n\n"
          "I have deleted it from our system.\n\nDr Lin")


def test_a_colleague_inside_the_trusted_domains_who_got_someone_elses_patient_is_internal(analyzer: Analyzer) -> None:
    a = _with_reply(analyzer, "dr.lin@nhs.net", _REPLY).assessment
    assert a.likelihood == 2
    assert any("inside the trusted domains wrote that it was not for them (nhs.net)" in r for r in a.reasons)


def test_a_trusted_footers_intended_recipient_line_says_nothing_of_who_received_it(analyzer: Analyzer) -> None:
    reply = _REPLY.replace("which is not for one of our patients", "please see below") + (
        "\n\nThis e-mail is confidential. If you are not the intended recipient please notify the sender.")
    a = _with_reply(analyzer, "dr.lin@nhs.net", reply).assessment
    assert not any("wrote that it was not for them" in r for r in a.reasons)


@pytest.mark.parametrize(("text", "category"), [
    ("Mr Rhys Penrose (DOB 02/03/1961) - HIV clinic review, bloods due", "sexual_health"),
    ("The letter inside was an HIV clinic appointment for Mr Rhys Penrose (DOB 02/03/1961).", "sexual_health"),
    ("An appointment letter for Ms Ada Quill (DOB 02/03/1961, 4 Mill Lane,\nLeeds LS6 2AB) for the Early Pregnancy "
     "Assessment Unit went in the wrong envelope.", "reproductive_health"),
])
def test_a_persons_business_with_a_service_named_for_the_category_is_the_category(
        analyzer: Analyzer, text: str, category: str) -> None:
    assert category in analyse(analyzer, f"Dear IG,\n\n{text}\n\nPat").special_categories


def test_a_service_named_for_a_category_in_the_reporters_own_team_name_is_not_the_patients(analyzer: Analyzer) -> None:
    text = ("Dear IG,\n\nI work for the Sexual Health Service. Mr Rhys Penrose (DOB 02/03/1961) had his knee clinic "
            "letter sent to the wrong address.\n\nPat")
    assert "sexual_health" not in analyse(analyzer, text).special_categories


@pytest.mark.parametrize(("text", "category"), [
    ("the trial list had her baseline PHQ-9 and GAD-7 scores", "mental_health"),
    ("night notes: anxious overnight - lorazepam PRN given twice", "mental_health"),
    ("the list of this week's sickle cell and thalassaemia screen positives was attached", "genetic"),
    ("partner result: beta thal trait", "genetic"),
    ("the reminder says she is overdue for her cervical screening", "health"),
    ("the CHC checklist with her cognition scores was in the folder", "health"),
])
def test_screening_questionnaire_and_treatment_words_give_their_category(
        analyzer: Analyzer, text: str, category: str) -> None:
    text = f"Dear IG,\n\nMrs Ada Quill (DOB 02/03/1961, NHS 943 476 5919): {text}.\n\nPat"
    assert category in analyse(analyzer, text).special_categories


def test_a_benzodiazepine_before_a_procedure_is_not_mental_health(analyzer: Analyzer) -> None:
    text = ("Dear IG,\n\nMrs Ada Quill (DOB 02/03/1961, NHS 943 476 5919): anxious about the MRI scan - diazepam "
            "given before the scan.\n\nPat")
    assert "mental_health" not in analyse(analyzer, text).special_categories


def test_what_patients_owe_the_practice_is_financial(analyzer: Analyzer) -> None:
    text = ("Dear IG,\n\nOur debtors list went to the wrong accountant (ledger@oldfirm.example.com).\n"
            "Mrs Ada Quill, 07700 900123, outstanding balance 120.00, payment plan agreed\n"
            "Mr Rhys Penrose, 07700 900456, outstanding balance 36.50\n\nPat")
    a = analyse(analyzer, text).assessment
    assert a.severity == 4
    assert any(r.startswith("financial details") for r in a.reasons)


_RETURNED = ("Two reminder letters went in each other's window envelopes. Both were returned to us by the people who "
             "received them. Mrs Ada Quill's (NHS 943 476 5919) came back with a note: \"not for me,\nbut I know "
             "her\".\n\nPat")


def test_a_returned_letter_whose_recipient_knows_the_patient_is_not_contained(analyzer: Analyzer) -> None:
    a = analyse(analyzer, _RETURNED).assessment
    assert a.likelihood == 3
    assert any("returned to us" in r and "I know" in r and "not lowered" in r for r in a.reasons)


def test_a_returned_letter_alone_is_contained(analyzer: Analyzer) -> None:
    text = _RETURNED.replace(" came back with a note: \"not for me,\nbut I know her\".", " was one of them.")
    assert analyse(analyzer, text).assessment.likelihood == 2


_LOCKED = ("I'm the manager at Oakview Care Home. A visiting nurse left a folder here that isn't ours, with the care "
           "plan of Mr Rhys Penrose (NHS 943 476 5919, born 02/03/1941) from another home. I have locked the folder "
           "in my office until it is collected.\n\nPat")


def test_a_folder_the_finder_has_locked_away_is_contained(analyzer: Analyzer) -> None:
    a = analyse(analyzer, _LOCKED, sender="manager@oakview-care.example.com").assessment
    assert a.likelihood == 2
    assert any("locked the folder" in r for r in a.reasons)


def test_a_request_to_lock_it_away_is_not_containment(analyzer: Analyzer) -> None:
    text = _LOCKED.replace("I have locked the folder in my office until it is collected.",
                           "I have asked them to keep it locked away until we collect it.")
    assert analyse(analyzer, text, sender="manager@oakview-care.example.com").assessment.likelihood == 3


def names(analyzer: Analyzer, text: str) -> set[str]:
    return {i.value for i in analyse(analyzer, text).identifiers if i.kind == "person_name"}


def test_a_forename_and_surname_after_a_bed_on_a_board_is_a_patient(analyzer: Analyzer) -> None:
    text = ("Dear IG,\n\nA visitor's selfie shows the ward board behind her: \"Side room 3 - Mabel TREGENZA - "
            "nil by mouth, for theatre\". It was on Instagram.\n\nPat")
    assert "Mabel TREGENZA" in names(analyzer, text)


def test_a_voicemail_for_a_named_person_names_a_data_subject(analyzer: Analyzer) -> None:
    text = ("Hi\n\nOur receptionist left a voicemail on the wrong number. It said \"this is a message for Rosalind "
            "Achebe from Millgate Dental, confirming your root canal appointment on Friday\". The person who got "
            "it rang back.\n\nTracy")
    a = analyse(analyzer, text)
    assert "Rosalind Achebe" in {i.value for i in a.identifiers if i.kind == "person_name"}
    assert a.subjects == 1


def test_a_named_house_after_a_name_and_a_dash_leaves_the_name_out_of_the_address(analyzer: Analyzer) -> None:
    text = ("Dear IG,\n\nThe visit list stolen from the car had:\n"
            "Mr Alun Pritchard - 4 Mill Lane, Ludlow SY8 1AB - COPD\n"
            "Mrs Enid Barlow - Ivy Cottage, Bromfield SY8 3QQ - heart failure\n\nPat")
    a = analyse(analyzer, text)
    assert "Enid Barlow" in {i.value for i in a.identifiers if i.kind == "person_name"}
    assert any(i.value.startswith("Ivy Cottage") for i in a.identifiers if i.kind == "address")
    assert a.subjects == 2


_SCREENING_LIST = ("Jo - follow-up calls list:\n\n"
                   "Ada Okonjo | DOB 01/03/1990 | NHS 943 476 5919 | AS (carrier) | FOB: Tunde Okonjo not yet tested\n"
                   "Bea Mensah | DOB 02/03/1991 | NHS 401 023 2137 | AS (carrier) | FOB: Kofi Mensah AS (carrier)\n"
                   "Cara Silva | DOB 03/03/1992 | NHS 450 557 7104 | beta thal trait | FOB: - declined\n"
                   "Dee Brown | DOB 04/03/1993 | NHS 485 777 3456 | AC (carrier) | FOB: Marcus Brown AA\n\n"
                   "Screening Team")


def test_the_father_of_the_baby_in_a_screening_list_is_a_data_subject(analyzer: Analyzer) -> None:
    a = analyse(analyzer, _SCREENING_LIST)
    got = {i.value for i in a.identifiers if i.kind == "person_name"}
    assert {"Tunde Okonjo", "Kofi Mensah", "Marcus Brown"} <= got
    assert "Marcus Brown AA" not in got
    assert a.subjects == 7
