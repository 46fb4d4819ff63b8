"""Grading causes found on fresh23 (GP practices, adult social care, care homes) and fresh24 (acute and
mental-health trusts, children's services, the four nations): what happened after the disclosure, read from
the sentence that says it. Sentences are written for these tests, not copied from the corpora."""

from __future__ import annotations

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.categories import CategoryFinder
from nlp.grading import GradeInput, grade
from nlp.patterns import load_patterns

CFG = load_patterns()
FINDER = CategoryFinder(CFG)
TRUSTED = ["nhs.net", "example.nhs.uk"]


def _grade(cover: str, *, forwarded: str = "", fwd_from: str = "clerk@nhs.net", to: str = "",
           categories: tuple[str, ...] = ("health",), subject_text: str | None = None):  # noqa: ANN202
    fwd = MessageHeaders(sender=Party("", fwd_from), to=[Party("", to)] if to else [])
    sections = [TextSection("body", cover, "cover")]
    if forwarded:
        sections.append(TextSection("forwarded:1", forwarded, "forwarded", fwd))
    msg = ParsedMessage(headers=MessageHeaders(sender=Party("Rep", "rep@nhs.net"),
                                               to=[Party("", "breach@example.nhs.uk")]),
                        sections=sections, forwarded=[fwd] if forwarded or to else [])
    g = GradeInput(subjects=1, categories=list(categories), category_evidence={}, cover_text=cover,
                   all_text=cover + "\n" + forwarded, has_health_number=True, child=False,
                   forwarded_text=forwarded, subject_text=subject_text)
    return grade(g, msg, CFG, TRUSTED, FINDER)


# -- a messaging group is not a publication, and deleting from it contains nothing -----------------------------

def test_a_staff_whatsapp_group_is_outside_not_published() -> None:
    a = _grade("A support worker put a photo of the medicines round sheet in the night team WhatsApp group, "
               "which has agency staff and leavers in it.")
    assert a.likelihood == 3
    assert not any(r.startswith("published") for r in a.reasons)


def test_a_deletion_for_everyone_after_the_group_got_it_does_not_lower() -> None:
    a = _grade("Our nurse sent the wound photo with the patient's label to her family group chat by accident. "
               "She deleted it for everyone after twenty minutes.")
    assert a.likelihood == 3
    assert any("messaging group" in r and "not lowered" in r for r in a.reasons)


def test_a_single_recipient_on_whatsapp_who_deleted_it_is_still_contained() -> None:
    a = _grade("I sent the bay list to my sister on WhatsApp instead of the nurse in charge. "
               "My sister has deleted it.")
    assert a.likelihood == 2


# -- the recipient keeps it, or has plainly read it ------------------------------------------------------------

def test_a_requester_keeping_the_pages_is_not_contained_by_sending_a_copy_back() -> None:
    a = _grade("The solicitor found two pages about another client in the bundle; they were returned to us on "
               "Monday. He has told us he is keeping the bundle for the court hearing.")
    assert a.likelihood == 3
    assert any("is keeping the bundle" in r for r in a.reasons)


def test_a_recipient_who_has_clearly_read_it_is_not_contained() -> None:
    a = _grade("The letter went to the patient's ex-partner. He has clearly read it and sent it back to us "
               "with the envelope torn open.")
    assert a.likelihood == 3
    assert any("clearly read it" in r for r in a.reasons)


def test_we_are_keeping_the_returned_letter_is_ours_not_the_recipients() -> None:
    a = _grade("The letter went to the wrong patient, who posted it back to us. We are keeping the letter on "
               "file for the investigation.")
    assert a.likelihood == 2


# -- misuse told in what the recipient did next ----------------------------------------------------------------

def test_the_recipient_sending_it_on_to_the_patient_with_a_taunt_is_misuse() -> None:
    a = _grade("The clinic text went to her former husband's phone. He forwarded a screenshot to her sister "
               "with a mocking comment about her results.")
    assert a.likelihood == 5
    assert any("mocking comment" in r for r in a.reasons)


def test_a_former_carer_who_has_been_ringing_our_clients_is_misuse() -> None:
    a = _grade("A support worker who left last month took a copy of the visit list. She has been ringing our "
               "clients to offer them her own services.")
    assert a.likelihood == 5


def test_we_have_been_phoning_our_patients_to_apologise_is_not_misuse() -> None:
    a = _grade("The list went to a gmail address. We have been phoning our patients to apologise and explain.")
    assert a.likelihood == 3


def test_someone_using_an_address_kept_from_them_is_misuse() -> None:
    a = _grade("Her new address was given to a caller who said he was her brother. Yesterday he has left flowers "
               "at the door and sent a note to the new address.")
    assert a.likelihood == 5


def test_access_with_no_part_in_the_care_is_misuse() -> None:
    a = _grade("The privacy audit shows a porter viewed the maternity record of a woman on another site. "
               "He had no clinical or administrative role in her treatment.")
    assert a.likelihood == 5
    assert any("no clinical or administrative role" in r for r in a.reasons)


def test_no_role_without_anyone_looking_at_the_record_is_not_misuse() -> None:
    a = _grade("The letter went to a physiotherapist at another trust by nhs.net. She has no clinical role in "
               "this patient's care and has deleted it.")
    assert a.likelihood == 2


def test_the_reporters_second_action_in_one_sentence_is_ours() -> None:
    a = _grade("The referral went to the wrong hospital's team on nhs.net and they have deleted it. I've now "
               "re-sent it to the right clinic and phoned the patient.")
    assert a.likelihood == 2
    assert not any("misuse" in r for r in a.reasons)


def test_a_second_doer_in_the_sentence_keeps_the_misuse() -> None:
    a = _grade("The list went to the wrong care agency. I found out today that their manager read it and "
               "phoned the patient to offer a cheaper package.")
    assert a.likelihood == 5


# -- containment cues about something else, or proof that came back -------------------------------------------

def test_a_staff_member_removed_from_duties_is_not_containment() -> None:
    a = _grade("The receptionist gave the patient's address to a caller without checks; the letter went to her "
               "ex-partner. The receptionist has been removed from front desk duties.")
    assert a.likelihood == 3
    assert not any(r.startswith("containment:") for r in a.reasons)


def test_our_copy_retrieved_for_evidence_is_not_containment() -> None:
    a = _grade("The list went to the registrar's personal gmail; the copy retrieved from the mail gateway is "
               "attached. He says he will delete it.")
    assert a.likelihood == 3


def test_asking_for_written_confirmation_is_not_containment() -> None:
    a = _grade("The rota went to a former employee's hotmail. I have asked for written confirmation of deletion.")
    assert a.likelihood == 3


def test_an_adamant_say_so_of_deletion_is_a_claim() -> None:
    a = _grade("The caseload went to the student's personal yahoo account. She is adamant she deleted the email "
               "straight away, but we cannot check.")
    assert a.likelihood == 3


def test_we_went_and_collected_the_folder_and_nothing_was_missing() -> None:
    a = _grade("Our carer left the client's folder at another client's home. The coordinator went round and "
               "collected the folder within the hour and we have checked nothing is missing.")
    assert a.likelihood == 2
    assert any("went round and collected" in r for r in a.reasons)


def test_the_recipient_handing_it_back_to_us_is_containment() -> None:
    a = _grade("The clinic letter went to the wrong patient. She came to reception this morning and handed it "
               "back to us.")
    assert a.likelihood == 2


# -- published, or not --------------------------------------------------------------------------------------------

def test_a_document_link_anyone_could_open_is_published() -> None:
    a = _grade("The practice's bulk text to 500 patients carried the wrong attachment link; anyone who clicked "
               "the link saw one patient's results letter.")
    assert a.likelihood == 4


def test_where_the_writer_found_our_address_is_no_publication() -> None:
    a = _grade("Hello, I found your email on the trust website. The post brought me a letter about a lady "
               "who is not me, with her scan results.")
    assert a.likelihood == 3
    assert not any(r.startswith("published") for r in a.reasons)


# -- who received it -------------------------------------------------------------------------------------------

def test_a_member_of_the_public_writing_it_is_not_about_them_is_outside() -> None:
    a = _grade("Please see the message below from a patient's partner.",
               forwarded="We got a letter from your clinic this morning but it's not about us, it is about "
                         "another couple's treatment.",
               fwd_from="pat.r1972@outlook.com", to="clinic.admin@nhs.net")
    assert a.likelihood == 3
    assert any("member of the public wrote in" in r for r in a.reasons)


def test_the_colleague_it_was_meant_for_is_not_where_it_went() -> None:
    a = _grade("I emailed the clinic list to a patient, Mr Ross, instead of to my colleague on the ward.")
    assert a.likelihood == 3
    assert not any("stayed inside" in r for r in a.reasons)


# -- financial details ------------------------------------------------------------------------------------------

def test_a_councils_financial_assessment_is_financial_detail() -> None:
    text = ("Financial assessment for Mrs Ada Lomax: state pension and pension credit, savings account "
            "with the building society, assessed contribution per week.")
    a = _grade("The assessment went to her nephew by mistake.\n\n" + text, subject_text=text)
    assert a.severity == 4
    assert any("financial details" in r for r in a.reasons)


def test_posted_says_how_and_the_wrong_practice_says_to_whom() -> None:
    a = _grade("The outpatient letter was posted to the wrong GP practice across town; their manager is sending "
               "it back.")
    assert a.likelihood == 2
    assert any("says how it went" in r and "wrong gp practice" in r for r in a.reasons)


def test_posted_to_a_home_address_stays_outside() -> None:
    a = _grade("The results letter was posted to her old address and the new tenant opened it.")
    assert a.likelihood == 3


def test_our_contracted_processor_outside_the_domains_is_not_likely() -> None:
    msg_to = "helpdesk@pathsys-software.co.uk"
    a = _grade("I logged a fault with live patient details. PathSys are our data processor under the LIMS "
               "contract.", forwarded="Fault: results screen blank for patient DOB 01/02/1950.", to=msg_to)
    assert a.likelihood == 2
    assert any("contracted processor" in r for r in a.reasons)


def test_a_supplier_that_is_not_our_processor_stays_outside() -> None:
    a = _grade("The list went to the print firm. They are not our data processor for patient lists.",
               forwarded="Please print the attached clinic list.", to="orders@printfirm.co.uk")
    assert a.likelihood == 3


# -- health content in a medicines bag or a falls form, not in a double-barrelled surname -------------------------

def test_a_medicines_bag_with_named_long_term_medicines_is_health() -> None:
    found = FINDER.find(["Her bag had the blister packs with her apixaban and ramipril, and the repeat slip."])
    assert "health" in found.categories


def test_a_care_home_falls_form_is_health() -> None:
    found = FINDER.find(["The photo showed the body map: unwitnessed fall at night, skin tear to the left shin."])
    assert "health" in found.categories


def test_ward_as_the_second_half_of_a_surname_is_no_health() -> None:
    found = FINDER.find(["Next of kin: Mrs Carys Lloyd-Ward (daughter), 07700 900123."])
    assert found.categories == []


def test_a_ward_in_prose_is_still_health() -> None:
    found = FINDER.find(["He was moved to the ward on Tuesday after his fall."])
    assert "health" in found.categories


# -- the guards on those readings ---------------------------------------------------------------------------------

def test_the_practice_keeping_the_returned_letter_is_still_contained() -> None:
    a = _grade("The letter went to the wrong patient, who returned it to us unopened. The practice is keeping it "
               "in the safe for the investigation.")
    assert a.likelihood == 2


def test_a_corrected_letter_sent_to_her_new_address_is_no_misuse() -> None:
    a = _grade("The results letter went to her old address. She has since sent a corrected letter to the new "
               "address, and the tenant there has returned the letter to us.")
    assert a.likelihood == 2


def test_a_wrong_recipient_who_opened_the_letter_with_no_care_role_is_no_misuse() -> None:
    a = _grade("The discharge letter went to a nurse at another practice on nhs.net. She opened it and, as she "
               "had no clinical role in his care, deleted it straight away.")
    assert a.likelihood == 2



# -- a say-so the reporter says is not yet proof ------------------------------------------------------------------

def test_a_deletion_by_phone_with_writing_asked_for_does_not_lower() -> None:
    a = _grade("The list went to the leisure centre's office by mistake. Their manager rang and said she has "
               "deleted it. I've asked her to put that in an email.")
    assert a.likelihood == 3
    assert any("no proof of it yet" in r for r in a.reasons)


def test_we_cannot_verify_the_deletion_does_not_lower() -> None:
    a = _grade("A ward clerk forwarded the bed list to her own hotmail. She has deleted it from hotmail. "
               "The account is personal and we cannot verify the deletion.")
    assert a.likelihood == 3


def test_the_deletion_confirmed_in_writing_after_asking_lowers() -> None:
    a = _grade("The letter went to a firm of solicitors. I asked them to confirm in writing and they have "
               "since confirmed in writing that they have deleted it.")
    assert a.likelihood == 2


def test_a_pharmacy_the_same_sentence_puts_on_nhs_net_stayed_inside() -> None:
    a = _grade("The weekly delivery list went to the wrong pharmacy (both are nhs.net shared mailboxes). Their "
               "manager says they deleted it.")
    assert a.likelihood == 2
    assert any("is on 'nhs.net'" in r for r in a.reasons)


def test_a_pharmacy_with_no_domain_named_is_still_outside() -> None:
    a = _grade("The prescription bag was handed to the wrong patient at the pharmacy counter.")
    assert a.likelihood == 3


def test_the_record_opened_by_someone_with_no_role_is_misuse_in_either_order() -> None:
    a = _grade("The audit of her care record shows it was opened 9 times by a porter who has no clinical "
               "involvement in her treatment.")
    assert a.likelihood == 5


def test_forwarded_from_nhs_net_to_a_personal_gmail_is_still_outside() -> None:
    a = _grade("The manager forwarded the report from her nhs.net account to her personal gmail account.")
    assert a.likelihood == 3


def test_some_recipients_not_answering_leaves_it_uncontained() -> None:
    a = _grade("The rota went to four outside agencies. One agency replied that they have deleted it; the "
               "other three have not replied.")
    assert a.likelihood == 3


def test_the_reporter_not_having_replied_is_not_the_recipients_silence() -> None:
    a = _grade("The letter went to the wrong patient, who returned the letter unopened. I haven't replied to "
               "her email yet.")
    assert a.likelihood == 2


def test_a_second_reader_beside_the_deletion_leaves_it_uncontained() -> None:
    a = _grade("The minutes went to the wrong school. The office manager has deleted it but the deputy head "
               "has also seen it.")
    assert a.likelihood == 3
