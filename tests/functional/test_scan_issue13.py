"""Issue 13's "what must be true", item by item, through the real ``breachdesk scan --json``.

Each case is a short hand-written report in the voice staff use (hurried clerks, care-home
managers, practice managers); every one of them goes through one real CLI run (real parser,
real spaCy model) and each test reads the JSON record of its own mail. Names and numbers are
invented; the NHS, CHI and H&C numbers carry valid check digits.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import write_config

HEAD = """From: Jo Reporter <jo.reporter@example.nhs.uk>
To: Breach Reports <breach@example.nhs.uk>
Subject: {subject}
Date: Mon, 07 Dec 2026 10:00:00 +0000
Message-ID: <{name}@issue13.example>
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0

"""

MAILS: dict[str, tuple[str, str]] = {
    # --- names in prose, without titles or labels
    "prose": ("Data breach - letter to wrong address", """Hi,

Milo Feil was x-rayed on ward 5 and the discharge letter was posted to the wrong house. The neighbour
opened it and rang us. NHS number 943 476 5919.

Thanks
Jo Reporter
Ward clerk"""),
    "re-dob": ("re: Aoife Ní Bhriain", """Sorry to bother you - the clinic letter for Aoife Ní Bhriain (DOB 03/04/1988)
went to her old address in error. The new tenant has posted it back to us unopened."""),
    "three-from-ward": ("Incident: handover sheet lost", """Handover sheet left on the bus this morning. It had
Edna Marsh, Peter Quigley and Gwen Pritchard from ward 5 on it, with their diagnoses and bed numbers.
Not recovered."""),
    "lower-case-name": ("wrong letter", """hi just to let u know i sent the clinic letter for mary mcbride to the wrong
gp practice by mistake, dob 14/02/1950, the practice have deleted it and confirmed by email. sorry"""),
    "lower-case-hc": ("notes to nephew", """i emailed the district nursing visit notes to the patients nephew on his
hotmail, i attached two by mistake. the other one was seán ó briain h&c 3363930828 dob 06/03/60 leg
ulcer dressings. sorry, roisin"""),
    "lower-case-no-name": ("wrong letter", """hi just to let u know i sent the results for blood tests and the
referral for physio assessment to the wrong gp practice by mistake, no patient details on them. sorry"""),
    # --- contact details of a person named without a title
    "contact": ("Letter sent to old address", """We hold an address for Mike Johnson, 123 The Street, London,
E2 2AA, 0775 2212 211, mike@example.com and the outpatient letter about his clinic follow-up went to a
previous tenant at that address."""),
    "surname-forename": ("Misdirected discharge summaries", """Discharge summaries for WIŚNIEWSKA Katarzyna,
hospital no RX12345678, and Ó BRIAIN Pádraig (DOB 03/04/1975) were faxed to the wrong pharmacy outside
the trust."""),
    "caps-surname-comma": ("handover sent to wrong team", """The handover below went to the wrong team's shared
mailbox outside the trust.

Name: Ó CONCHÚIR, Oisín
DOB: 04/05/1990
Detained under s136."""),
    # --- relatives named by forename: the patient's family counts, the recipient's or reporter's does not
    "relative-of-patient": ("Genetic results to wrong relative", """The predictive test results for
Ms Rachel Penn (DOB 05/06/1985) were sent to her cousin. The letter also names her sister Lucinda as a carrier.
"""),
    "parents-of-child": ("care plan to wrong parent", """I emailed the care plan for Jacob Whitlow
(DOB 12/09/2015) to the wrong parent on the ward list. The plan names Jacob's mum Aisling and his dad
Tomasz and their home phone 0161 496 0123."""),
    "relative-of-complainant": ("complaint - Mum's update sent to someone else", """Hi,

Mrs Bridget Gallagher's monthly update (NHS No 460 058 8215) went to the wrong relative's gmail
address last week. Janet Whitworth (her dad Dennis is in room 11, he was not in the update) saw it
and rang me to complain.

Bernie"""),
    # --- group disclosure: To not Bcc, named and bare addresses mixed on one line
    "group-to-not-bcc": ("URGENT - group email sent To not Bcc", """Our sexual health clinic sent the reminder below to
patients with everyone in To instead of Bcc. One of them has replied to all.

---------- Forwarded message ---------
From: Riverside Sexual Health <riverside.shc@example.nhs.uk>
Date: Mon, 30 Nov 2026 at 15:02
Subject: Your PrEP review
To: "Marcus Delaney" <marcus.delaney84@gmail.com>, "Hao Chen" <chen.hao.uk@gmail.com>, jjwilko1990@gmail.com, bigdave.s@live.co.uk, p.okafor@outlook.com

Dear all, your PrEP review is due. Please book online.
Riverside Sexual Health"""),
    # --- tables: unusual headers, two people per row
    "child-nok-table": ("patient list emailed to wrong school", """Hi, the list below was emailed to the wrong
school by mistake. It went to office@stmarys.sch.uk.

Child            DOB          Parent/NOK
Ava Thompson     03/05/2016   Karen Thompson
Leo Marsh        17/08/2016   David Marsh
Isla Grant       22/01/2017   Fiona Grant
Noah Patel       09/11/2016   Priya Patel

Immunisation team"""),
    "resident-nok-csv": ("Resident list to wrong care home", """The list went to the wrong home yesterday
(an external email address).

Resident, Room, NOK, NOK phone
Mary Jones, 4, Peter Jones (son), 07700 900111
Albert Finch, 7, Susan Finch (daughter), 07700 900222
Doris Lee, 9, Alan Lee (husband), 07700 900333
"""),
    "whiteboard-rooms": ("Whiteboard photo on Facebook", """One of our carers put a photo on her public Facebook
page and the whiteboard behind her is readable. This is what can be read on it:

  rm 4  Margaret Oduya - DNACPR, diabetic
  rm 7  Alun Griffiths - falls risk, hoist x2
  bed 9  Brenda Hollingworth - end of life
  rm 12  Eunice Abernethy - wanders at night

She has taken it down now."""),
    "pasted-csv": ("respite list cc'd to a parent", """Hi, the December respite bookings went to a parent carer who was
cc'd from an earlier thread. Pasted below as sent:

Service user, DOB, Postcode, Needs
Gwenllian Vaughan, 22/02/1999, CF14 3NB, PEG fed
Jade Sowerby, 15/02/1999, LL57 2RT, epilepsy
Connor Fenwick, 01/07/1995, CF14 3NB, diabetes

Helen"""),
    "contact-column": ("carers list to the wrong provider", """The carers tab of our packages sheet went to the
wrong homecare provider's gmail address. It read:

Carer, Relationship, Contact, Client
Graham Whitmore, Son, 07700 900 301, M235009
Parisa Hosseini, Sister, 01869 496 0712, M230439
Declan Carragher, Father, 07700900305, M291286
"""),
    "prose-commas": ("ambulance handover", """Handover for Mrs Eleri Prys (DOB 02/03/1940) sent to the wrong ward.

PMH: AF on apixaban, T2DM, mild dementia. NOK daughter Ffion.
Obs: HR 104 irreg, BP 98/60, GCS 14. Morphine 5mg IV 21:10.
"""),
    # --- non-reports: nothing found, severity 1, not reportable
    "auto-reply": ("Automatic reply: Breach report", """I am out of the office until Monday 14 December with
limited access to email. For urgent matters please contact the IG team on extension 4471 or quote ticket
number 4000123456.

Thanks"""),
    "training-question": ("Question about sending referrals", """Hi DPO team,

Quick training question - when we send referral letters to the community team, is it OK to use NHS.net
to a gmail address if the patient asks? Our asset tag 4857773456 laptop policy also says encrypt; order
number 9434765919 was for new encrypted USBs. No patient involved, just checking.

Thanks"""),
    "encrypted-laptop": ("Lost laptop", """A trust laptop (asset 2000456789) was left on a train yesterday.
It is encrypted with BitLocker and holds no personal data - everything is on the network drive. Reported
to police, ref 48211."""),
    "newsletter": ("Practice newsletter - December", """Welcome to our December newsletter! Flu clinics run
every Saturday in December. Our new physio starts in January. Call reception on 0161 496 0000 to book.
Merry Christmas from all at Fernlea Surgery."""),
    # --- Scotland: CHI under "NHS No", 3-3-4, placeholders refused
    "chi-nhs-label": ("CHI list sent to council", """Morning, sent our clinic list to the council in error
(NHS Lothian). Details:
Patient: Morag Campbell, NHS No: 120 385 4129
Patient: Iain Stewart, NHS number 0101011237
Patient: Test Patient, CHI No: 1111111111
Recipient has not replied yet."""),
    # --- the other misses
    "misc-misses": ("Letter to ex-partner", """The patient emailed from ana@xn--mller-kva.de and rang from
+44 (20) 7123 4567, gave NI number AZ 123 456 A, and said she was born on 11/22/1972. The letter went
to her ex-partner."""),
    "lower-postcode": ("wrong gp", """hi

sent the discharge summary to the wrong gp, it was for margaret o'neill dob 03/04/41 who lives at
12 fairfield rd ne4 9ap. went to hollybank surgery not her own gp

shannon"""),
    "rio-rows": ("Inappropriate access - RiO", """The audit shows a member of staff opened these records with no reason:

 1. Leanne ASHWORTH, RiO ID 10457733, NHS 467 084 3885, DOB 02.06.1990 - 14 accesses
 2. Kian ASHWORTH (her son), RiO ID 10612098, NHS 658 453 6602, DOB 19.06.2014 - 3 accesses
"""),
    "birthday-after": ("Wrong recipient", """Mrs Hanna Berg rang about the letter sent to her neighbour.
She said 14/02/1981 is my birthday and it was printed on the front."""),
    # --- grading from what happened
    "published": ("Patient list posted on Facebook", """A member of staff posted a photo of the ward
whiteboard on Facebook showing Eileen Dawes (DOB 02/02/1940) and her diagnosis of dementia. It was
public for 3 hours before being removed."""),
    "misuse": ("Recipient contacted patient", """The clinic letter for Harriet Vance (DOB 01/05/1977, NHS 943
476 5919) went to her ex-partner, who has since contacted and harassed her using the details in it."""),
    "shown-to-employer": ("Letter to previous address - now misuse", """A letter from our drug and alcohol service for
Mr Jamie Thwaites (DOB 28/02/1986) went to his previous address. The new occupant knows him and has
shown it to his employer; he has been suspended from work."""),
    "known-to-service": ("Staff video on TikTok", """One of our staff nurses posted a video on her public TikTok account
naming a patient. The patient is Gary Whitfield, hospital number RX8812047, DOB 12/05/1977. He is known to
the alcohol liaison service. The video had about 3,400 views."""),
    "trusted": ("Email to wrong GP", """Clinic letter for Daniel Frost (DOB 05/05/1965) was sent to the wrong
GP practice's nhs.net mailbox. It stayed within NHS mail."""),
    "hearsay-deleted": ("Letter to wrong patient", """The results letter for Grace Ellwood (DOB 09/09/1990)
went to another patient at a different address. Grace's sister rang us - the other
patient told her she deleted it."""),
    "relayed-deleted": ("Care plan sent to wrong family", """The care plan for resident Nora Quinlan
(DOB 11/11/1938) was emailed to the wrong relative at a gmail address. He rang Nora's son
to say he had deleted it, and her son passed that on to us."""),
    "recipient-deleted": ("Care plan sent to wrong family", """The care plan for resident Nora Quinlan
(DOB 11/11/1938) was emailed to the wrong relative at a gmail address. The recipient rang us back
the same day and says he has deleted it."""),
    "audit-legitimate": ("Inappropriate access", """Audit of user JBLOGGS shows she opened the records of
Helen Carr (NHS 943 476 5919) and Ruth Ames (NHS 401 023 2137) with no work reason.
She also opened Tom Price's record, but that access was legitimate as he rang to book an appointment."""),
    "audit-none-legitimate": ("Inappropriate access", """Audit of user JBLOGGS shows she opened the records of
Helen Carr (NHS 943 476 5919), Ruth Ames (NHS 401 023 2137) and Tom Price. There was no legitimate reason
for any of the three, and Tom Price's record was opened twice."""),
    "financial": ("Direct payment details sent to wrong person", """The direct payments statement for Frank
Lowry (DOB 03/03/1960) showing his bank account number and sort code was emailed to another service
user's son at his gmail address."""),
}


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Every mail above through one `breachdesk scan --json` run; the records by mail name."""
    tmp = tmp_path_factory.mktemp("issue13")
    mail = tmp / "mail"
    mail.mkdir()
    for name, (subject, body) in MAILS.items():
        (mail / f"{name}.eml").write_text(HEAD.format(subject=subject, name=name) + body + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("BREACHDESK_")}
    run = subprocess.run([sys.executable, "-m", "breachdesk", "--config", str(write_config(tmp)), "scan", "--json",
                          *sorted(str(p) for p in mail.glob("*.eml"))],
                         capture_output=True, text=True, timeout=600, env=env, check=True)
    records = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    return {Path(r["source"]).stem: r for r in records}


def values(rec: dict[str, Any], kind: str) -> set[str]:
    return {i["value"] for i in rec["identifiers"] if i["kind"] == kind}


def grade(rec: dict[str, Any]) -> tuple[int, int, bool]:
    a = rec["assessment"]
    return a["severity"], a["likelihood"], a["reportable"]


def reasons(rec: dict[str, Any]) -> str:
    return "\n".join(rec["assessment"]["reasons"])


# ---------------------------------------------------------------- names in prose

def test_a_name_without_title_in_clinical_prose_is_the_subject(scanned: dict) -> None:
    rec = scanned["prose"]
    assert values(rec, "person_name") == {"Milo Feil"}
    assert rec["subjects"] == 1


def test_re_line_and_dob_bracket_name_an_irish_patient(scanned: dict) -> None:
    rec = scanned["re-dob"]
    assert values(rec, "person_name") == {"Aoife Ní Bhriain"}
    assert values(rec, "date_of_birth") == {"1988-04-03"}
    assert rec["subjects"] == 1


def test_x_y_and_z_from_ward_5_are_three_subjects(scanned: dict) -> None:
    rec = scanned["three-from-ward"]
    assert values(rec, "person_name") == {"Edna Marsh", "Peter Quigley", "Gwen Pritchard"}
    assert rec["subjects"] == 3


def test_surname_forename_in_prose_polish_and_irish_particle(scanned: dict) -> None:
    rec = scanned["surname-forename"]
    # kept in the order written (DESIGN: names as written), the one-letter particle with the capitalised surname
    assert values(rec, "person_name") == {"WIŚNIEWSKA Katarzyna", "Ó BRIAIN Pádraig"}
    assert rec["subjects"] == 2


def test_lower_case_name_in_hurried_text(scanned: dict) -> None:
    rec = scanned["lower-case-name"]
    assert values(rec, "person_name") == {"mary mcbride"}
    assert values(rec, "date_of_birth") == {"1950-02-14"}
    assert rec["subjects"] == 1


def test_lower_case_irish_name_before_an_h_and_c_number(scanned: dict) -> None:
    rec = scanned["lower-case-hc"]
    assert values(rec, "person_name") == {"seán ó briain"}
    assert values(rec, "date_of_birth") == {"1960-03-06"}


def test_lower_case_words_after_letter_for_are_not_always_a_name(scanned: dict) -> None:
    assert not values(scanned["lower-case-no-name"], "person_name")


def test_a_several_word_capitalised_surname_before_the_comma(scanned: dict) -> None:
    rec = scanned["caps-surname-comma"]
    assert values(rec, "person_name") == {"Ó CONCHÚIR, Oisín"}
    assert rec["subjects"] == 1


def test_contact_details_of_an_untitled_person_are_kept(scanned: dict) -> None:
    rec = scanned["contact"]
    assert values(rec, "person_name") == {"Mike Johnson"}
    assert values(rec, "postcode") == {"E2 2AA"}
    assert values(rec, "phone_number") == {"07752212211"}
    assert values(rec, "email_address") == {"mike@example.com"}
    assert rec["subjects"] == 1


# ---------------------------------------------------------------- relatives

def test_her_sister_named_by_forename_is_a_subject_not_a_nursing_sister(scanned: dict) -> None:
    rec = scanned["relative-of-patient"]
    assert "Lucinda" in values(rec, "person_name")
    assert rec["subjects"] == 2


def test_x_s_mum_and_his_dad_are_the_child_s_family(scanned: dict) -> None:
    rec = scanned["parents-of-child"]
    assert {"Jacob Whitlow", "Aisling", "Tomasz"} <= values(rec, "person_name")
    assert rec["subjects"] == 3


def test_the_complainant_s_dad_is_not_a_subject(scanned: dict) -> None:
    rec = scanned["relative-of-complainant"]
    assert "Dennis" not in values(rec, "person_name")
    assert rec["subjects"] == 1


# ---------------------------------------------------------------- group disclosures

def test_every_visible_recipient_is_a_subject_and_the_service_gives_the_category(scanned: dict) -> None:
    rec = scanned["group-to-not-bcc"]
    assert values(rec, "email_address") == {"marcus.delaney84@gmail.com", "chen.hao.uk@gmail.com",
                                            "jjwilko1990@gmail.com", "bigdave.s@live.co.uk", "p.okafor@outlook.com"}
    assert rec["subjects"] == 5
    assert "sexual_health" in rec["special_categories"]
    severity, likelihood, reportable = grade(rec)
    assert severity == 4 and likelihood >= 3 and reportable
    assert "group e-mail: 5 recipients' addresses visible" in reasons(rec)


# ---------------------------------------------------------------- tables

def test_child_and_parent_on_each_row_are_both_counted(scanned: dict) -> None:
    rec = scanned["child-nok-table"]
    names = values(rec, "person_name")
    assert {"Ava Thompson", "Karen Thompson", "Noah Patel", "Priya Patel"} <= names
    assert rec["subjects"] == 8
    assert "office@stmarys.sch.uk" not in values(rec, "email_address") or rec["subjects"] == 8


def test_resident_and_next_of_kin_rows_with_phones(scanned: dict) -> None:
    rec = scanned["resident-nok-csv"]
    # the relation in brackets ("Peter Jones (son)") is not part of the name
    assert {"Mary Jones", "Peter Jones", "Doris Lee", "Alan Lee"} <= values(rec, "person_name")
    assert values(rec, "phone_number") == {"07700900111", "07700900222", "07700900333"}
    assert rec["subjects"] == 6


def test_a_csv_pasted_into_the_body_is_read_as_a_table(scanned: dict) -> None:
    rec = scanned["pasted-csv"]
    assert values(rec, "person_name") == {"Gwenllian Vaughan", "Jade Sowerby", "Connor Fenwick"}
    assert values(rec, "date_of_birth") == {"1999-02-22", "1999-02-15", "1995-07-01"}
    assert values(rec, "postcode") == {"CF14 3NB", "LL57 2RT"}
    assert rec["subjects"] == 3


def test_a_contact_column_of_mostly_phone_numbers_is_read_as_phones(scanned: dict) -> None:
    rec = scanned["contact-column"]
    assert values(rec, "phone_number") == {"07700900301", "07700900305"}     # the mistyped one is no number
    assert {"Graham Whitmore", "Parisa Hosseini", "Declan Carragher"} <= values(rec, "person_name")


def test_prose_lines_with_commas_are_not_a_table(scanned: dict) -> None:
    rec = scanned["prose-commas"]
    assert all(any(c.isalpha() for c in v) and not any(c.isdigit() for c in v)
               for v in values(rec, "person_name"))
    assert "Eleri Prys" in values(rec, "person_name")


def test_room_numbered_whiteboard_lines_are_a_list_of_residents(scanned: dict) -> None:
    rec = scanned["whiteboard-rooms"]
    assert values(rec, "person_name") == {"Margaret Oduya", "Alun Griffiths", "Brenda Hollingworth",
                                          "Eunice Abernethy"}
    assert rec["subjects"] == 4
    assert rec["assessment"]["likelihood"] >= 3     # published; taken down is containment at most


# ---------------------------------------------------------------- non-reports

@pytest.mark.parametrize("name", ["auto-reply", "training-question", "encrypted-laptop", "newsletter"])
def test_non_reports_have_no_identifiers_and_grade_1(scanned: dict, name: str) -> None:
    rec = scanned[name]
    assert rec["identifiers"] == []
    assert rec["subjects"] == 0
    assert grade(rec) == (1, 1, False)


# ---------------------------------------------------------------- Scotland

def test_chi_under_nhs_label_in_scottish_mail_and_placeholder_refused(scanned: dict) -> None:
    rec = scanned["chi-nhs-label"]
    assert values(rec, "chi_number") == {"1203854129", "0101011237"}
    assert not values(rec, "nhs_number")
    assert "1111111111" not in {i["value"] for i in rec["identifiers"]}
    assert rec["subjects"] == 2


# ---------------------------------------------------------------- the other misses

def test_punycode_email_bracketed_area_code_spaced_ni_and_month_first_date(scanned: dict) -> None:
    rec = scanned["misc-misses"]
    assert values(rec, "email_address") == {"ana@xn--mller-kva.de"}
    assert values(rec, "phone_number") == {"02071234567"}
    assert values(rec, "ni_number") == {"AZ123456A"}
    assert values(rec, "date_of_birth") == {"1972-11-22"}


def test_lower_case_postcode_after_a_street_mid_sentence(scanned: dict) -> None:
    rec = scanned["lower-postcode"]
    assert values(rec, "postcode") == {"NE4 9AP"}
    assert values(rec, "date_of_birth") == {"1941-04-03"}


def test_a_label_word_before_a_hospital_number_is_not_its_prefix_and_a_row_note_is_skipped(scanned: dict) -> None:
    rec = scanned["rio-rows"]
    assert values(rec, "hospital_number") == {"10457733", "10612098"}
    assert {"Leanne ASHWORTH", "Kian ASHWORTH"} <= values(rec, "person_name")
    assert rec["subjects"] == 2


def test_is_my_birthday_after_the_date_is_a_dob(scanned: dict) -> None:
    assert values(scanned["birthday-after"], "date_of_birth") == {"1981-02-14"}


# ---------------------------------------------------------------- grading from what happened

def test_published_on_social_media_is_likelihood_4_with_the_cue(scanned: dict) -> None:
    rec = scanned["published"]
    assert rec["assessment"]["likelihood"] == 4
    assert "published ('facebook')" in reasons(rec)


def test_misuse_is_likelihood_5_with_the_cue(scanned: dict) -> None:
    rec = scanned["misuse"]
    assert rec["assessment"]["likelihood"] == 5
    assert "misuse reported" in reasons(rec)


def test_letter_shown_to_the_employer_is_misuse(scanned: dict) -> None:
    rec = scanned["shown-to-employer"]
    assert rec["assessment"]["likelihood"] == 5
    assert "misuse reported ('shown it to')" in reasons(rec)


def test_the_service_a_patient_is_known_to_gives_the_category(scanned: dict) -> None:
    rec = scanned["known-to-service"]
    assert "substance_misuse" in rec["special_categories"]
    assert rec["assessment"]["severity"] == 4
    assert rec["assessment"]["likelihood"] == 4
    assert "published ('tiktok')" in reasons(rec)


def test_stayed_in_trusted_domains_is_likelihood_2_not_reportable(scanned: dict) -> None:
    rec = scanned["trusted"]
    assert grade(rec)[1:] == (2, False)
    assert "stayed inside the NHS" in reasons(rec)


@pytest.mark.parametrize("name", ["hearsay-deleted", "relayed-deleted"])
def test_deletion_passed_on_second_hand_is_not_containment(scanned: dict, name: str) -> None:
    rec = scanned[name]
    assert grade(rec)[1:] == (3, True)
    assert "containment claimed but not confirmed" in reasons(rec)


def test_recipient_telling_us_they_deleted_it_is_containment(scanned: dict) -> None:
    rec = scanned["recipient-deleted"]
    assert rec["assessment"]["likelihood"] == 2
    assert "containment: " in reasons(rec)


def test_financial_details_are_severity_4_with_the_cue(scanned: dict) -> None:
    rec = scanned["financial"]
    assert rec["assessment"]["severity"] == 4
    assert "financial details about an identified person" in reasons(rec)


def test_a_legitimately_opened_record_in_an_audit_trail_is_not_a_subject(scanned: dict) -> None:
    rec = scanned["audit-legitimate"]
    assert values(rec, "person_name") == {"Helen Carr", "Ruth Ames"}
    assert rec["subjects"] == 2
    assert rec["assessment"]["likelihood"] == 5


def test_no_legitimate_reason_keeps_everyone_a_subject(scanned: dict) -> None:
    rec = scanned["audit-none-legitimate"]
    assert {"Helen Carr", "Ruth Ames", "Tom Price"} <= values(rec, "person_name")
    assert rec["subjects"] == 3
