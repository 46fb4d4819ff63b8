#!/usr/bin/env python3
"""fresh7: 40 hand-written breach-report emails (34 reports, 6 non-reports) with truth.jsonl.

Deterministic: stdlib only (email, csv, json, random with a fixed seed).  Run:
    python3 make_corpus.py            # writes NNN-*.eml and truth.jsonl beside this script
Every truth identifier is checked to appear in the email as written (DOBs via the form written,
names in tables via their tokens), and every e-mail address / 10-digit number in an email must be
either truth or ignorable, else the script fails.
"""
import csv
import datetime as dt
import io
import json
import os
import random
import re
import sys
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20261107)
BREACH = "breach@example.nhs.uk"


# ------------------------------------------------------------------ identifiers

def mod11(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    return "0" if c == 11 else (None if c == 10 else str(c))


def nhs(lo=400_000_000, hi=799_999_999):
    while True:
        d9 = str(R.randint(lo, hi))
        if 500_000_000 <= int(d9) < 600_000_000:
            continue
        c = mod11(d9)
        if c is not None:
            return d9 + c


def hc():
    return nhs(320_000_000, 399_999_999)


def chi(dob, female):
    while True:
        mid = f"{R.randint(0, 99):02d}"
        sexd = str(R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
        d9 = dob.strftime("%d%m%y") + mid + sexd
        c = mod11(d9)
        if c is not None:
            return d9 + c


def sp(n):      # 943 476 5919
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def dash(n):
    return f"{n[:3]}-{n[3:6]}-{n[6:]}"


# ------------------------------------------------------------------ message helpers

def outlook(frm, sent, to, subject, body, cc=None):
    h = [f"From: {frm}", f"Sent: {sent}", f"To: {to}"]
    if cc:
        h.append(f"Cc: {cc}")
    h.append(f"Subject: {subject}")
    return "\n-----Original Message-----\n" + "\n".join(h) + "\n\n" + body.strip("\n") + "\n"


def outlook_new(frm, sent, to, subject, body, cc=None):
    h = [f"From: {frm}", f"Sent: {sent}", f"To: {to}"]
    if cc:
        h.append(f"Cc: {cc}")
    h.append(f"Subject: {subject}")
    return "\n________________________________\n" + "\n".join(h) + "\n\n" + body.strip("\n") + "\n"


def gmail(frm, date, to, subject, body, cc=None):
    h = [f"From: {frm}", f"Date: {date}", f"Subject: {subject}", f"To: {to}"]
    if cc:
        h.append(f"Cc: {cc}")
    return "\n---------- Forwarded message ---------\n" + "\n".join(h) + "\n\n" + body.strip("\n") + "\n"


def csv_bytes(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


SCEN = []


def scenario(fn):
    SCEN.append(fn)
    return fn


def T(**kw):
    kw.setdefault("ids", {})
    kw.setdefault("names", [])
    kw.setdefault("ign_names", [])
    kw.setdefault("ign", {})
    kw.setdefault("cats", [])
    kw.setdefault("near", False)
    kw.setdefault("dobs", [])          # (iso, as written) pairs
    kw.setdefault("attachments", [])   # (filename, bytes, maintype, subtype) or ("eml", EmailMessage)
    kw.setdefault("cc", None)
    kw.setdefault("tags", [])
    kw.setdefault("html", False)
    kw.setdefault("headers", {})
    return kw


# =================================================================== scenarios
# 1 ---------------------------------------------------------------------------
@scenario
def s_acute_letter_wrong_email():
    n = nhs()
    fwd = outlook(
        "Brennan Hollie (BRACKENMOOR HOSPITALS NHS FOUNDATION TRUST) <hollie.brennan@nhs.net>",
        "Tuesday, November 3, 2026 9:12 AM", "c.obi1987@example.com", "Your clinic letter - Cardiology",
        f"""Dear Mr Obi,

Please find below a copy of the letter sent to your GP following your appointment on 27 October.

Kind regards
Hollie Brennan
Medical Secretary to Dr Anil Fairhurst

  Cardiology Outpatients, Brackenmoor General Hospital, Dewsbury Road, Leeds LS11 5QT
  Tel 0113 496 0412

  Re: Chukwuemeka OBI   d.o.b: 1958-02-03   Hosp No: RX4471203   NHS No: {sp(n)}
      14 Ferncliffe Road, Leeds, LS12 4HT

  Diagnosis: 1. Paroxysmal atrial fibrillation  2. Hypertension
  Plan: start apixaban 5 mg twice daily, 24-hour tape in 3 months.

  Dear Dr Shah, I reviewed this 68-year-old gentleman who describes palpitations ...

  Dr Anil Fairhurst, Consultant Cardiologist
""")
    body = f"""Hi IG team,

I'm really sorry - I sent the clinic letter below to the wrong patient's email address this morning.
The letter was for Mr Chukwuemeka Obi but I picked the wrong email from PAS (there are two C Obi's
registered). The address it went to is c.obi1987@example.com. His correct address is
emeka.obi@example.org. I have emailed the wrong recipient asking them to delete it but no reply yet.

Hollie Brennan
Medical Secretary to Dr Fairhurst | Cardiology | Brackenmoor Hospitals NHS Foundation Trust
ext 4412 | 0113 496 0412
{fwd}"""
    return T(scenario="misdirected_email_external_letter", frm=("Hollie Brennan", "hollie.brennan@nhs.net"),
             subject="FW: Your clinic letter - Cardiology (sent to wrong person)", body=body,
             tags=["acute_trust", "inline_outlook", "mrn_letter_prefix", "dob_iso_cue"],
             ids={"nhs_number": [sp(n)], "hospital_number": ["RX4471203"], "address": ["14 Ferncliffe Road, Leeds, LS12 4HT"],
                  "postcode": ["LS12 4HT"], "email_address": ["emeka.obi@example.org"]},
             dobs=[("1958-02-03", "1958-02-03")], names=["Chukwuemeka OBI"],
             ign_names=["Hollie Brennan", "Anil Fairhurst", "Dr Shah"],
             ign={"email_address": ["hollie.brennan@nhs.net", "c.obi1987@example.com", BREACH],
                  "phone_number": ["0113 496 0412"], "postcode": ["LS11 5QT"]},
             subjects=1, cats=["health"], sev=3, lik=3, rep=True,
             basis=["cardiology clinic letter (diagnosis, medication) about an identified patient",
                    "sent to a member of the public outside the trusted domains (example.com)",
                    "no confirmation of deletion"])


# 2 ---------------------------------------------------------------------------
@scenario
def s_mh_to_not_bcc():
    people = [("Tomasz Lewandowski", "tomlew84@example.com"), ("Ama Owusu", "ama.owusu@example.org"),
              ("Sukhwinder Gill", "sukhigill@example.com"), ("Niamh Gallagher", "niamh.g.1990@example.net"),
              ("Dylan Rees-Jones", "dylanrj@example.com"), ("Farah Qureshi", "farahq77@example.org"),
              ("Olumide Bakare", "olu.bakare@example.com"), ("Megan Thornley", "meg.thornley@example.org")]
    to = "; ".join(f"{n} <{e}>" for n, e in people)
    fwd = outlook_new("EIP North Team <ridgeway.eipnorth@nhs.net>", "02 November 2026 16:47", to,
                      "Hearing Voices group - Thursday",
                      """Hi everyone,

Just a reminder that the Hearing Voices peer group is back on this Thursday, 2pm-3.30pm, at the
Orchard Centre, 3 Mill Lane, Swindon SN1 3PL. Tea and biscuits as usual. If your voices have been
more difficult this week please still come, or ring the duty worker.

Best wishes
Carys (Peer Support Worker)
Early Intervention in Psychosis - North | Ridgeway Partnership NHS Foundation Trust
""")
    body = f"""Dear IG team,

Please log this as an incident. The email below went from our team mailbox to eight service users of
the Early Intervention in Psychosis service with all their addresses in the To line instead of Bcc, so
every recipient can see who else attends the Hearing Voices group. One of the group, Ama, has replied
to say she is upset that others now know. I have tried to recall it but the recall failed for all
external addresses (they are personal email accounts).

Priya Raman
Team Manager, EIP North
Ridgeway Partnership NHS Foundation Trust
Tel: +44 (1793) 496 021 (please use nhs.net for replies)
{fwd}"""
    return T(scenario="to_not_bcc_group_mental_health", frm=("Priya Raman", "priya.raman@nhs.net"),
             subject="FW: Hearing Voices group - Thursday - sent To not Bcc", body=body,
             tags=["mental_health_trust", "group_disclosure", "to_not_bcc", "outlook_new"],
             ids={"email_address": [e for _, e in people]}, names=[n for n, _ in people],
             ign_names=["Priya Raman", "Carys"],
             ign={"email_address": ["ridgeway.eipnorth@nhs.net", "priya.raman@nhs.net", BREACH],
                  "phone_number": ["+44 (1793) 496 021"], "postcode": ["SN1 3PL"],
                  "address": ["3 Mill Lane, Swindon SN1 3PL"]},
             subjects=8, cats=["mental_health"], sev=4, lik=3, rep=True,
             basis=["recipients' names and personal addresses disclosed to each other",
                    "membership of a psychosis (EIP) Hearing Voices group reveals mental health",
                    "external personal mail accounts; recall failed"])


# 3 ---------------------------------------------------------------------------
@scenario
def s_ambulance_facebook():
    body = """Good afternoon,

Reporting on behalf of the Patient Experience team. At 13:05 today a member of the public emailed us a
screenshot of a public Facebook post made last night by one of our Emergency Medical Technicians. The
post is a selfie in the back of the vehicle; the ePCR tablet on the trolley is in focus behind him.

What is legible on the tablet screen in the screenshot:
   Pt: ADEYEMI Folasade
   DOB 3rd Feb 58
   Address: 27 Kingsway Court, Salford M6 8FJ
   PC: fall at home, ?#NOF, hx epilepsy, on levetiracetam

The post has 60+ reactions and a dozen comments. It is still up at the time of writing - the EMT is
off duty and his line manager is trying to contact him to take it down. Screenshot and the member of
the public's email below.

Andrew Kettleborough
Information Governance Officer
North Pennine Ambulance Service NHS Trust | Ladybridge HQ, Bolton BL1 4AE
07700 900 218
""" + gmail("Sharon Pimlott <sharonpimlott@example.com>", "Tue, 3 Nov 2026 at 13:05",
            "patient.experience@npas.nhs.uk", "One of your ambulance men",
            """Hi, I think you need to see this. One of your crew has posted a picture on Facebook and you
can see someone's details on the screen behind him, I don't think that's right. Screenshot attached
(I've cropped it). Sharon
""")
    return T(scenario="social_media_ambulance_epcr", frm=("Andrew Kettleborough", "andrew.kettleborough@npas.nhs.uk"),
             subject="FW: One of your ambulance men - patient details visible on Facebook", body=body,
             tags=["ambulance", "social_media", "surname_forename", "dob_ordinal_2digit_year", "inline_gmail"],
             ids={"address": ["27 Kingsway Court, Salford M6 8FJ"], "postcode": ["M6 8FJ"]},
             dobs=[("1958-02-03", "DOB 3rd Feb 58")], names=["ADEYEMI Folasade"],
             ign_names=["Andrew Kettleborough", "Sharon Pimlott"],
             ign={"email_address": ["sharonpimlott@example.com", "patient.experience@npas.nhs.uk",
                                    "andrew.kettleborough@npas.nhs.uk", BREACH],
                  "phone_number": ["07700 900 218"], "postcode": ["BL1 4AE"]},
             subjects=1, cats=["health"], sev=3, lik=4, rep=True,
             basis=["patient record (presenting complaint, epilepsy, medication) visible in a photo",
                    "published on a public social media post and still live",
                    "identified by name, DOB and address"])


# 4 ---------------------------------------------------------------------------
@scenario
def s_hospice_autoreply():
    body = """Thank you for your email.

I am on annual leave until Monday 30 November and will not be checking my emails. If your message is
about a patient or family member please contact the Family Support team on 0117 496 0733 or
familysupport@stcolumbas.example.org, or for the In-Patient Unit ring 0117 496 0700.

Ruth Adebayo
Family Support Coordinator
St Columba's Hospice, Frenchay Hill, Bristol BS16 1LE
"""
    return T(scenario="nonreport_auto_reply", frm=("Ruth Adebayo", "ruth.adebayo@stcolumbas.example.org"),
             subject="Automatic reply: Breach mailbox - acknowledgement BD-2026-000412", body=body,
             headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
             tags=["hospice", "nonreport", "auto_reply"], ign_names=["Ruth Adebayo"],
             ign={"email_address": ["familysupport@stcolumbas.example.org", "ruth.adebayo@stcolumbas.example.org", BREACH],
                  "phone_number": ["0117 496 0733", "0117 496 0700"], "postcode": ["BS16 1LE"]},
             subjects=0, cats=[], sev=1, lik=1, rep=False, nonreport=True,
             basis=["out-of-office auto-reply; no personal data of any data subject"])


# 5 ---------------------------------------------------------------------------
@scenario
def s_pharmacy_wrong_bag():
    n = nhs()
    fwd = outlook("Hollins Pharmacy <hollins.pharmacy@nhs.net>", "04 November 2026 08:31",
                  "Sanjay Mistry <sanjay.mistry1@nhs.net>", "incident log - wrong bag handed out",
                  f"""Incident log entry 2026-11-03 17:40 (entered by dispenser on duty)

Bag for SHAH Imran (NHS {n}, DOB 12/09/1976, 41 Carlton Street, Bolton bl3 5qd) handed out in error
to another customer collecting for a similar surname. Bag contained:
 - methadone 1mg/ml oral solution 60ml daily, supervised Mon-Sat, take-home Sun
 - omeprazole 20mg caps
Label and the CD register slip inside the bag.
Patient rang at 18:10 to say his bag wasn't ready - that's when we realised. Rang pt back on
07700 900417 to apologise and arranged emergency supply.
""")
    body = f"""Hi,

Reporting an incident from Hollins Pharmacy (FQ123). Yesterday evening a prescription bag for one of
our supervised-consumption patients was handed to the wrong customer, Mr Derek Shaw, who was collecting
his own repeat. Mr Shaw brought it back this morning - the bag had been opened and he said he looked at
the label to see whose it was. Log entry forwarded below.

Sanjay Mistry MRPharmS
Pharmacist Manager, Hollins Pharmacy, 220 Chorley New Road, Bolton BL1 5AB | 01204 496 020
{fwd}"""
    return T(scenario="pharmacy_bag_wrong_patient", frm=("Sanjay Mistry", "sanjay.mistry1@nhs.net"),
             subject="FW: incident log - wrong bag handed out", body=body,
             tags=["pharmacy", "substance_misuse", "lowercase_postcode", "inline_outlook"],
             ids={"nhs_number": [n], "address": ["41 Carlton Street, Bolton bl3 5qd"], "postcode": ["bl3 5qd"],
                  "phone_number": ["07700 900417"]},
             dobs=[("1976-09-12", "DOB 12/09/1976")], names=["SHAH Imran"],
             ign_names=["Sanjay Mistry", "Derek Shaw"],
             ign={"email_address": ["hollins.pharmacy@nhs.net", "sanjay.mistry1@nhs.net", BREACH],
                  "phone_number": ["01204 496 020"], "postcode": ["BL1 5AB"]},
             subjects=1, cats=["substance_misuse"], sev=4, lik=3, rep=True,
             basis=["methadone supervised consumption reveals substance misuse treatment",
                    "bag opened and label read by another member of the public",
                    "returned, but the disclosure had already occurred"])


# 6 ---------------------------------------------------------------------------
@scenario
def s_dental_finance():
    fwd = outlook("Cherrytree Dental Care <reception@cherrytreedental.example.com>", "05 November 2026 11:02",
                  "agnieszka.wojcik@example.org", "Your treatment plan and finance agreement",
                  """Dear Agnieszka,

Thank you for attending your consultation with Dr Mehta. As discussed please find your treatment
estimate and finance summary below.

Patient: Agnieszka Wójcik     DOB: 14/07/1982
Mobile: +44 7700 900 263

 Treatment (private)            
   Implant LR6 incl. crown       £2,450.00
   Periodontal therapy x 4       £  480.00
 Total                           £2,930.00

 Finance: 36 months at £86.40 by Direct Debit
 Bank: sort code 20-45-77, account ending 3318 (first payment 1 December)

Please sign and return the consent form.
Cherrytree Dental Care, 9 High Street, Harrogate HG1 1TT
""")
    body = f"""Hello,

Our receptionist emailed a patient's treatment plan and finance agreement to the wrong address. The
patient's correct email on our system is a.wojcik82@example.com but it went to
agnieszka.wojcik@example.org, which we think belongs to someone else with the same name. We have no
reply from the recipient. The email includes her bank details for the direct debit.

Leanne Hargreaves
Practice Manager, Cherrytree Dental Care
01423 496 010
{fwd}"""
    return T(scenario="dental_misdirected_finance", frm=("Leanne Hargreaves", "leanne.hargreaves@cherrytreedental.example.com"),
             subject="FW: Your treatment plan and finance agreement - WRONG EMAIL", body=body,
             tags=["dental", "financial", "polish_name", "phone_plus44"],
             ids={"email_address": ["a.wojcik82@example.com"], "phone_number": ["+44 7700 900 263"]},
             dobs=[("1982-07-14", "DOB: 14/07/1982")], names=["Agnieszka Wójcik"],
             ign_names=["Leanne Hargreaves", "Dr Mehta"],
             ign={"email_address": ["reception@cherrytreedental.example.com", "agnieszka.wojcik@example.org",
                                    "leanne.hargreaves@cherrytreedental.example.com", BREACH],
                  "phone_number": ["01423 496 010"], "postcode": ["HG1 1TT"]},
             subjects=1, cats=["health"], sev=4, lik=3, rep=True,
             basis=["financial details (bank sort code, account) and dental treatment plan",
                    "sent to an unknown member of the public (example.org)", "no reply or deletion"])


# 7 ---------------------------------------------------------------------------
@scenario
def s_optometry_fax():
    n = nhs()
    fwd = gmail("Kayla Brooks <kayla.brooks@lensview.example.com>", "Thu, Nov 5, 2026 at 4:18 PM",
                "Paul Entwistle <paul.entwistle@lensview.example.com>", "referral went to wrong fax - sorry!!",
                f"""Paul,

So sorry about this. I faxed the urgent referral for Mrs Harjit Sandhu to what I thought was the eye
casualty fax but it went to Fenton Motors on the Binley Road - they called the store to tell us. She
was born on 11/22/1972 (I wrote it on the form the US way by mistake as well, which I've corrected
on the resend). Details on the form were:

Name: Harjit Sandhu
Address: 6 Lavender Walk, Coventry CV3 6JZ
Tel: 0121 496 0583
NHS No: {dash(n)}
Findings: IOP R 34 L 31 mmHg, disc cupping, suspected POAG - urgent HES review requested

The garage guy read some of it out to us on the phone and said he'd put it in the bin.

Kayla
""")
    body = f"""Hi,

Please see the email from our locum optometrist below. An urgent glaucoma referral was faxed to a local
garage instead of the hospital eye service. The garage has not confirmed destruction in writing. I've
resent the referral by nhs.net mail to the eye clinic.

Paul Entwistle
Practice Manager, Lensview Opticians Coventry
0121 496 0500
{fwd}"""
    return T(scenario="optometry_fax_wrong_number_us_dob", frm=("Paul Entwistle", "paul.entwistle@lensview.example.com"),
             subject="Fwd: referral went to wrong fax - sorry!!", body=body,
             tags=["optometry", "fax", "dob_us_format", "inline_gmail", "nhs_dashed"],
             ids={"nhs_number": [dash(n)], "address": ["6 Lavender Walk, Coventry CV3 6JZ"], "postcode": ["CV3 6JZ"],
                  "phone_number": ["0121 496 0583"]},
             dobs=[("1972-11-22", "born on 11/22/1972")], names=["Harjit Sandhu"],
             ign_names=["Kayla Brooks", "Paul Entwistle"],
             ign={"email_address": ["kayla.brooks@lensview.example.com", "paul.entwistle@lensview.example.com", BREACH],
                  "phone_number": ["0121 496 0500"]},
             subjects=1, cats=["health"], sev=3, lik=3, rep=True,
             basis=["glaucoma referral with NHS number faxed to a business", "contents read by the recipient",
                    "destruction not confirmed"])


# 8 ---------------------------------------------------------------------------
@scenario
def s_la_safeguarding_son():
    fwd = outlook("Lockwood, Gemma <gemma.lockwood@ashbury.example.gov.uk>", "06 November 2026 10:20",
                  "Kofi Asante <kofi.asante@example.com>", "Care Act assessment - your father",
                  """Hi,

As discussed, attached/below is the summary of your father's Care Act assessment and the safeguarding
plan agreed at Tuesday's meeting.

Service user: Kwame ASANTE      DOB 02/03/1941
Address: Flat 9, Beech House, Wharf Road, Ashbury as7 2rn
NOK: daughter, Abena Asante - 07700 900881 - abena.asante@example.org

Safeguarding: section 42 enquiry opened 27/10/2026 following concerns about financial abuse -
withdrawals from Mr Asante's account using his bank card by a family member. Mr Asante has mild
vascular dementia and is assessed as lacking capacity around complex finances. Plan: appointee
application, bank to be contacted, police informed (crime ref held on file).

Gemma Lockwood
Social Worker, Adult Social Care (Locality East)
""")
    body = f"""Dear Information Governance,

I need to report a data breach. This morning I sent my summary of a Care Act assessment and section 42
safeguarding plan to the service user's son by mistake instead of his daughter (the NOK). The son's
address was in the autocomplete. The safeguarding concern is about a family member taking money from
Mr Asante's account. The son rang the office at 11:30, angry, and said he has read it. My manager is
aware and we have informed the police officer in the case.

Gemma Lockwood
Social Worker | Adult Social Care, Locality East | Ashbury Council
Tel 0161 496 0188 | Mobile 07700 900 102
{fwd}"""
    return T(scenario="la_asc_safeguarding_to_relative", frm=("Gemma Lockwood", "gemma.lockwood@ashbury.example.gov.uk"),
             subject="FW: Care Act assessment - sent to wrong family member", body=body,
             tags=["local_authority", "adult_social_care", "safeguarding", "west_african_names", "service_user_label",
                   "lowercase_postcode"],
             ids={"address": ["Flat 9, Beech House, Wharf Road, Ashbury as7 2rn"], "postcode": ["as7 2rn"],
                  "phone_number": ["07700 900881"], "email_address": ["abena.asante@example.org"]},
             dobs=[("1941-03-02", "DOB 02/03/1941")], names=["Kwame ASANTE", "Abena Asante"],
             ign_names=["Gemma Lockwood", "Kofi Asante"],
             ign={"email_address": ["gemma.lockwood@ashbury.example.gov.uk", "kofi.asante@example.com", BREACH],
                  "phone_number": ["0161 496 0188", "07700 900 102"]},
             subjects=2, cats=["safeguarding", "health"], sev=4, lik=4, rep=True,
             basis=["section 42 safeguarding plan (financial abuse) and dementia diagnosis of a vulnerable adult",
                    "sent to a relative outside the trusted domains who has read it",
                    "recipient may be connected to the concern: harm highly likely"])


# 9 ---------------------------------------------------------------------------
@scenario
def s_snooping_audit():
    n = nhs()
    body = f"""Dear DPO,

Privacy audit outcome for your review - I think this meets the threshold for reporting.

On 9 November Ms Zainab Mohammed (MRN K604817, DOB 21.06.94, NHS {sp(n)}) complained that her
ex-partner's sister knew details of her pregnancy. The sister is a Healthcare Assistant on Ward 12
(Jodie Marsh, smartcard user JMARSH01). The EPR audit trail for Ms Mohammed's record is below. The
maternity and early pregnancy entries have no legitimate reason: JMARSH01 has never worked in maternity
and Ms Mohammed has never been an inpatient on Ward 12. The entry for MR KAMINSKI on the same night is
legitimate - he was a patient on Ward 12 that shift - and is listed only because it shows her log-in
times.

User      Patient (MRN)                 Module              Accessed            Legitimate?
JMARSH01  MOHAMMED Zainab (K604817)     Maternity EPR       03/11/2026 22:14    No
JMARSH01  MOHAMMED Zainab (K604817)     EPU scan report     03/11/2026 22:16    No
JMARSH01  KAMINSKI Bartosz (K599213)    Obs chart           03/11/2026 22:20    Yes - own ward
JMARSH01  MOHAMMED Zainab (K604817)     Antenatal booking   05/11/2026 02:41    No

14 accesses in total to Ms Mohammed's record between 3 and 8 November; full extract held on the
investigation file. HR have suspended Ms Marsh's smartcard pending investigation.

Rachel Ng
Privacy Officer, Information Governance
Brackenmoor Hospitals NHS Foundation Trust | 0113 496 0999
"""
    return T(scenario="snooping_audit_trail", frm=("Rachel Ng", "rachel.ng2@nhs.net"),
             subject="Privacy audit - inappropriate access by staff member - Ward 12", body=body,
             tags=["acute_trust", "snooping", "audit_trail_table", "surname_forename", "mrn_letter_prefix", "dob_dotted_2digit"],
             ids={"nhs_number": [sp(n)], "hospital_number": ["K604817", "K599213"]},
             dobs=[("1994-06-21", "DOB 21.06.94")], names=["Zainab Mohammed", "KAMINSKI Bartosz"],
             ign_names=["Jodie Marsh", "Rachel Ng", "MOHAMMED Zainab"],  # same person, table order
             ign={"email_address": ["rachel.ng2@nhs.net", BREACH], "phone_number": ["0113 496 0999"]},
             subjects=2, cats=["reproductive_health"], sev=4, lik=5, rep=True,
             basis=["staff member viewed maternity and early-pregnancy records without a legitimate reason",
                    "information was passed on (misuse reported by the patient)",
                    "second patient named only as the legitimate access in the audit trail"])


# 10 --------------------------------------------------------------------------
@scenario
def s_community_lost_handover():
    inner = """From: Oyelaran, Bukola
Sent: 09 November 2026 19:52
To: Whitfield, Joanne
Subject: lost my handover sheet

jo really sorry think i dropped my handover sheet between the car and mrs penningtons house, went back
and looked along the road and in the car, nothing. it had this on it (from memory + the ems list)

Pt                      addr                                    keysafe   visit
Doris Pennington        4 Orchard Close, Walsall ws3 1hp        1945      insulin bd
Bogdan Nowicki          22 Slater St, Walsall ws2 8ad           -         leg ulcer drsg R
Ruqayyah Hussain        7 Greenway Ave, Walsall ws1 3jr         0407      cath change
Seamus O'Driscoll       31 Lime Grove, Bloxwich ws3 2bt         2311      EOL syringe driver
Winston Clarke          Flat 2, 18 Station Rd, Walsall ws2 9lq  -         depot flupentixol 2/52
Gurpreet Bains          56 Coalpool Lane, Walsall ws3 1rf       8826      BP + bloods

bukola
"""
    body = """Hello IG,

One of my district nurses (Bukola Oyelaran, Band 5) lost her printed handover sheet on the evening
round yesterday somewhere on Orchard Close, Walsall. It has not been found or handed in. Her email to
me is below. The sheet has six patients with addresses and key safe codes. I've arranged for the key
safe codes to be changed today by the families / our maintenance contractor and informed the patients.

Joanne Whitfield
Team Leader, Walsall North District Nursing
Severnside Community Health NHS Trust | 01922 496 301

""" + inner
    ids_addr = ["4 Orchard Close, Walsall ws3 1hp", "22 Slater St, Walsall ws2 8ad", "7 Greenway Ave, Walsall ws1 3jr",
                "31 Lime Grove, Bloxwich ws3 2bt", "Flat 2, 18 Station Rd, Walsall ws2 9lq", "56 Coalpool Lane, Walsall ws3 1rf"]
    return T(scenario="lost_handover_community_keysafe", frm=("Joanne Whitfield", "joanne.whitfield@severnside.nhs.uk"),
             subject="FW: lost my handover sheet", body=body,
             tags=["community_trust", "lost_paper", "hurried", "lowercase_postcode", "table_pt_header", "irish_polish_south_asian"],
             ids={"address": ids_addr, "postcode": [a.split()[-2] + " " + a.split()[-1] for a in ids_addr]},
             names=["Doris Pennington", "Bogdan Nowicki", "Ruqayyah Hussain", "Seamus O'Driscoll", "Winston Clarke", "Gurpreet Bains"],
             ign_names=["Bukola Oyelaran", "Joanne Whitfield"],
             ign={"email_address": ["joanne.whitfield@severnside.nhs.uk", BREACH], "phone_number": ["01922 496 301"]},
             subjects=6, cats=["health", "mental_health"], sev=4, lik=3, rep=True,
             basis=["handover sheet lost in a public street, not recovered",
                    "home addresses and key safe codes of housebound vulnerable adults: risk of physical harm",
                    "clinical details including end-of-life care and an antipsychotic depot"])


# 11 --------------------------------------------------------------------------
@scenario
def s_sar_misdirected():
    n = nhs()
    fwd = outlook("Health Records - Subject Access <kmh.sar@nhs.net>", "09 November 2026 15:03",
                  "enquiries@hartleywebb.example.com", "SAR ref 26/1187 - disclosure bundle",
                  f"""Dear Sirs,

Please find attached the disclosure bundle in response to the above subject access request.

Re: Caoimhe Ó Briain   DOB: 09/10/1989   MRN 7730184   NHS No {n}
    Flat 3, 22 Grafton Street, Liverpool L8 7PQ

Contents: ED attendance 14/06/2026 (overdose), psychiatric liaison assessment 15/06/2026,
GP correspondence, discharge summary. 212 pages.

Health Records Department, Kingsmere University Hospitals NHS Trust
""")
    body = f"""re: Ó Briain - SAR 26/1187

Hi,

The SAR bundle for Ms Ó Briain (who requested her own records, to be sent to her personal email
caoimhe.obriain@example.com) was sent instead to Hartley & Webb Solicitors, who act for a different
requester whose request we were processing at the same time. The solicitor's office phoned to say
they had "opened the first few pages" before realising. They have not confirmed deletion yet. The
bundle includes an overdose attendance and a psychiatric liaison assessment.

Marek Zielonka
SAR Team Lead, Health Records | Kingsmere University Hospitals NHS Trust | 0151 496 0621
{fwd}"""
    return T(scenario="misdirected_sar_bundle", frm=("Marek Zielonka", "marek.zielonka@nhs.net"),
             subject="FW: SAR ref 26/1187 - disclosure bundle sent to wrong solicitor", body=body,
             tags=["acute_trust", "sar", "irish_name_fada", "re_surname_only", "mrn_plain_7"],
             ids={"nhs_number": [n], "hospital_number": ["7730184"], "address": ["Flat 3, 22 Grafton Street, Liverpool L8 7PQ"],
                  "postcode": ["L8 7PQ"], "email_address": ["caoimhe.obriain@example.com"]},
             dobs=[("1989-10-09", "DOB: 09/10/1989")], names=["Caoimhe Ó Briain"],
             ign_names=["Marek Zielonka"],
             ign={"email_address": ["kmh.sar@nhs.net", "enquiries@hartleywebb.example.com", "marek.zielonka@nhs.net", BREACH],
                  "phone_number": ["0151 496 0621"]},
             subjects=1, cats=["mental_health"], sev=4, lik=3, rep=True,
             basis=["full health record including overdose and psychiatric assessment",
                    "sent to a third-party law firm outside the trusted domains; pages were read",
                    "deletion not confirmed"])


# 12 --------------------------------------------------------------------------
@scenario
def s_mh_letter_old_address():
    n = nhs()
    letter = f"""                                   Community Mental Health Team (Sheffield North)
                                   Ridgeway Partnership NHS Foundation Trust
                                   Firth Park Clinic, Sheffield S5 6WX  Tel 0114 496 0300

Unit No: M/338120      NHS No: {sp(n)}
Rajesh CHAUDHARY   14/07/1962 DOB
12 Wentworth Road
Sheffield
S11 8RT

Dear Mr Chaudhary

I am writing to offer you an appointment with Dr Okafor, Consultant Psychiatrist, on Monday 23
November at 10.30am to review your lithium and mood following your recent admission. Please bring your
lithium record book. If you cannot attend please ring the team.

Yours sincerely
CMHT Administration
"""
    body = f"""Dear IG,

We sent the appointment letter below to a service user's previous address. He moved to 3 Holly Mount,
Rotherham S60 2JJ in August and this was updated on RiO but the letter template pulled the old
address. The current occupant of 12 Wentworth Road opened it and rang us from 0114 496 0927 to say so;
she is posting it back. Letter text copied below from RiO.

Kerry-Ann Phillips
Admin Team Lead, CMHT Sheffield North
{letter}"""
    return T(scenario="mh_letter_old_address_unit_no", frm=("Kerry-Ann Phillips", "kerry-ann.phillips@ridgeway.nhs.uk"),
             subject="Letter sent to old address - CMHT", body=body,
             tags=["mental_health_trust", "letter_pasted", "mrn_slash", "dob_cue_after", "letter_to_wrong_address"],
             ids={"nhs_number": [sp(n)], "hospital_number": ["M/338120"],
                  "address": ["12 Wentworth Road, Sheffield, S11 8RT", "3 Holly Mount, Rotherham S60 2JJ"],
                  "postcode": ["S11 8RT", "S60 2JJ"]},
             dobs=[("1962-07-14", "14/07/1962 DOB")], names=["Rajesh CHAUDHARY"],
             ign_names=["Kerry-Ann Phillips", "Dr Okafor"],
             ign={"email_address": ["kerry-ann.phillips@ridgeway.nhs.uk", BREACH],
                  "phone_number": ["0114 496 0927", "0114 496 0300"], "postcode": ["S5 6WX"]},
             subjects=1, cats=["mental_health"], sev=4, lik=3, rep=True,
             basis=["psychiatric appointment letter (lithium, recent admission) about an identified person",
                    "opened by the current occupant of the old address (member of the public)",
                    "being returned by post, contents already read"])


# 13 --------------------------------------------------------------------------
@scenario
def s_hospice_bereavement_group():
    people = [("Linda Pattinson", "linda.pattinson@example.com"), (None, "pattinson.family@example.net"),
              ("Graham Oduya", "g.oduya@example.org"), ("Helen Ward", "helenward62@example.com"),
              ("Rafał Kubiak", "rafal.kubiak@example.com"), ("Shazia Anwar", "shazia.anwar@example.org"),
              ("Moira Cullen", "moiracullen@example.com"), (None, "the.fitzgeralds@example.net"),
              ("Eunice Boateng", "eunice.b@example.com"), ("Philip Hale", "philiphale@example.org")]
    to = ", ".join(f'"{n}" <{e}>' if n else e for n, e in people)
    fwd = gmail("St Columba's Family Support <familysupport@stcolumbas.example.org>", "Mon, 9 Nov 2026 at 10:14",
                to, "Bereavement support group - December dates",
                """Dear all,

Our bereavement support group for families of patients who died at St Columba's this year will meet
on Wednesdays 2, 9 and 16 December, 6-7.30pm, in the Day Hospice. Please let us know if you would
like to come.

With warm wishes
The Family Support Team
""")
    body = f"""Hello,

I'm afraid our December bereavement group email went to ten bereaved relatives with all the addresses
showing in the To field. Two families have already replied to all. Please advise what we need to do.

Ruth Adebayo
Family Support Coordinator, St Columba's Hospice
0117 496 0733
{fwd}"""
    return T(scenario="hospice_to_not_bcc_bereaved", frm=("Ruth Adebayo", "ruth.adebayo@stcolumbas.example.org"),
             subject="Fwd: Bereavement support group - December dates (To not Bcc)", body=body,
             tags=["hospice", "group_disclosure", "to_not_bcc", "email_only_recipients", "inline_gmail"],
             ids={"email_address": [e for _, e in people]}, names=[n for n, _ in people if n],
             ign_names=["Ruth Adebayo"],
             ign={"email_address": ["familysupport@stcolumbas.example.org", "ruth.adebayo@stcolumbas.example.org", BREACH],
                  "phone_number": ["0117 496 0733"]},
             subjects=10, cats=[], sev=2, lik=3, rep=True,
             basis=["names and personal e-mail addresses of ten bereaved relatives disclosed to each other",
                    "reveals bereavement at the hospice; no health information about the recipients",
                    "personal accounts outside the trusted domains; reply-all already"])


# 14 --------------------------------------------------------------------------
@scenario
def s_paeds_clinic_list():
    rows = [("Blessing Okafor", "07700 900123", "Chiamaka Okafor", "12/05/2016", "2016-05-12", "4410932", "asthma review"),
            ("Tariq Mahmood", "+44 7700 900561", "Zayn Mahmood", "3.9.18", "2018-09-03", "4477105", "eczema - dupilumab?"),
            ("Joanne Kirkbride", "(0161) 496 0000", "Alfie Kirkbride", "2019-01-22", "2019-01-22", "4501287", "constipation"),
            ("Ewa Szymańska", "0161 496 0382", "Lena Szymańska", "14 Feb 2015", "2015-02-14", "4389940", "epilepsy f/u"),
            ("Chinedu Nwosu", "07700900774", "Adaeze Nwosu", "30/11/2020", "2020-11-30", "4622018", "T1 diabetes")]
    table = "Parent/carer        Tel                Child              DOB          Hosp No   Reason\n"
    for p, t, c, d, _, h, r in rows:
        table += f"{p:<20}{t:<19}{c:<19}{d:<13}{h:<10}{r}\n"
    fwd = outlook("Children's Outpatients Bookings <kuh.paedsopd@nhs.net>", "10 November 2026 12:40",
                  "sarah.lunt@example.com", "Tuesday community paeds clinic - Oldham",
                  "Hi Sarah, list for Tuesday as requested, thanks\n\n" + table)
    body = f"""Hi

Sending this in as asked by my manager. I sent the Tuesday clinic list to the school nurse Sarah Lunt
but to her personal email (it came up first in the address book) and not her nhs.net account. She is on
leave this week so we can't get her to delete it yet.

Thanks
Demi Howarth
Booking Clerk, Children's Outpatients, Kingsmere University Hospitals NHS Trust  ext 3382
{fwd}"""
    return T(scenario="paeds_clinic_list_parent_child_rows", frm=("Demi Howarth", "demi.howarth@nhs.net"),
             subject="FW: Tuesday community paeds clinic - Oldham", body=body,
             tags=["acute_trust", "children", "two_per_row", "phone_formats", "dob_formats", "mrn_plain_7"],
             ids={"phone_number": [r[1] for r in rows], "hospital_number": [r[5] for r in rows]},
             dobs=[(r[4], r[3]) for r in rows], names=[r[0] for r in rows] + [r[2] for r in rows],
             ign_names=["Sarah Lunt", "Demi Howarth"],
             ign={"email_address": ["kuh.paedsopd@nhs.net", "sarah.lunt@example.com", "demi.howarth@nhs.net", BREACH]},
             subjects=10, cats=["health"], sev=3, lik=3, rep=True,
             basis=["children's clinic list with DOBs, hospital numbers and conditions",
                    "sent to a personal (non-NHS) mailbox; deletion not yet confirmed", "children involved"])


# 15 --------------------------------------------------------------------------
@scenario
def s_care_home_nok_csv():
    res = [("Peggy Ashworth", "Stanley Ashworth (son)", "07700 900301", "4", "1936-04-02", "02/04/1936", "DNACPR in place"),
           ("Iqbal Hussain", "Nasreen Akhtar (daughter)", "0161 496 0415", "7", "1939-11-15", "15/11/1939", "full escalation"),
           ("Maureen O'Hara", "Patrick O'Hara (husband)", "+44 161 496 0972", "9", "1941-06-30", "30/06/1941", "DNACPR in place"),
           ("Władysław Nowak", "Ewa Nowak (niece)", "07700 900 655", "11", "1933-01-08", "08/01/1933", "DNACPR in place"),
           ("Gladys Mensah", "Kwabena Mensah (son)", "07700900149", "12", "1944-09-19", "19/09/1944", "full escalation"),
           ("Harold Birtwistle", "Janet Birtwistle (daughter)", "0161 4960 777", "14", "1930-12-25", "25/12/1930", "DNACPR in place"),
           ("Sheila Dunphy", "Brendan Dunphy (son)", "07700 900-820", "15", "1938-03-11", "11/03/1938", "not discussed")]
    nhsn = [nhs() for _ in res]
    rows = [["NOK", "NOK tel", "Resident", "Room", "DOB", "NHS No", "Resus"]]
    for (r, k, t, room, _, d, s), n in zip(res, nhsn):
        rows.append([k, t, r, room, d, n, s])
    data = csv_bytes(rows)
    fwd = outlook("Larkfield Care Home - Manager <manager@larkfieldcare.example.com>", "10 November 2026 09:15",
                  "orders@cleanwave-supplies.example.com", "resident contacts for GP ward round",
                  "Please see attached list for Thursday's ward round.\n\nBarbara\n")
    reply = outlook("Darren Pike <orders@cleanwave-supplies.example.com>", "10 November 2026 10:02",
                    "manager@larkfieldcare.example.com", "RE: resident contacts for GP ward round",
                    "Hi, think this was sent to us by mistake (we're your cleaning supplies). I've deleted it from "
                    "our inbox and deleted items. Darren")
    body = f"""Good morning,

I attached our resident and next-of-kin list for the GP ward round but sent it to our cleaning
supplier by mistake instead of the surgery (both in my recent addresses). The supplier has replied
that they have deleted it, see below. File attached again for your reference.

Barbara Sowerby RMN
Registered Manager, Larkfield Care Home, 2 Larkfield Road, Rochdale OL11 4DT
{reply}{fwd}"""
    return T(scenario="care_home_resident_nok_csv_deleted", frm=("Barbara Sowerby", "manager@larkfieldcare.example.com"),
             subject="FW: resident contacts for GP ward round", body=body,
             attachments=[("resident_contacts_nov.csv", data, "text", "csv")],
             tags=["care_home", "csv_attachment", "two_per_row", "nok_column_first", "containment_confirmed"],
             ids={"nhs_number": nhsn, "phone_number": [r[2] for r in res]},
             dobs=[(r[4], r[5]) for r in res], names=[r[0] for r in res] + [r[1].split(" (")[0] for r in res],
             ign_names=["Barbara Sowerby", "Darren Pike"],
             ign={"email_address": ["manager@larkfieldcare.example.com", "orders@cleanwave-supplies.example.com", BREACH],
                  "postcode": ["OL11 4DT"]},
             subjects=14, cats=["health"], sev=3, lik=2, rep=False,
             basis=["resident list with NHS numbers, DOBs and DNACPR status; next of kin contacts",
                    "sent to a supplier outside the trusted domains",
                    "recipient confirmed deletion in writing (likelihood -1 to 2)"])


# 16 --------------------------------------------------------------------------
@scenario
def s_pharmacy_tiktok():
    body = """hi IG

one of our pre-reg trainees has posted a "day in the life" video on tiktok filmed in the dispensary
this morning. about 8 seconds in the PMR screen is in shot and you can clearly read
KOWALCZYK Zofia, DOB 19-Aug-1983, 5 marlowe court reading rg1 4qx, sertraline 100mg od + propranolol
40mg prn. a bit later there's a bag on the bench with the label "Emmanuel Boateng - amlodipine 5mg".
it had 2.3k views when the area manager saw it. she has taken it down now (about 11.20) but it was up
since 7.50am. screenshots saved.

Megan Thompson
Pharmacist, Ashgrove Pharmacy, 14 Oxford Road, Reading RG1 7LB - 0118 496 0114
"""
    return T(scenario="pharmacy_tiktok_pmr_screen", frm=("Megan Thompson", "m.thompson6@nhs.net"),
             subject="trainee posted video with patient details on tiktok", body=body,
             tags=["pharmacy", "social_media", "lowercase_postcode", "surname_forename", "dob_mon_abbrev", "hurried"],
             ids={"address": ["5 marlowe court reading rg1 4qx"], "postcode": ["rg1 4qx"]},
             dobs=[("1983-08-19", "DOB 19-Aug-1983")], names=["KOWALCZYK Zofia", "Emmanuel Boateng"],
             ign_names=["Megan Thompson"],
             ign={"email_address": ["m.thompson6@nhs.net", BREACH], "phone_number": ["0118 496 0114"],
                  "postcode": ["RG1 7LB"]},
             subjects=2, cats=["mental_health"], sev=4, lik=3, rep=True,
             basis=["patient medication record published on social media (2.3k views)",
                    "antidepressant and beta-blocker reveal mental health treatment",
                    "taken down after about 3.5 hours (containment: likelihood 4 -> 3)"])


# 17 --------------------------------------------------------------------------
@scenario
def s_dental_training_question():
    body = """Hi,

Quick question rather than an incident (I think!). We had a patient email us a photo of her x-ray
from another practice. Is it OK for me to save it to the shared drive, and can I reply from my own
Gmail when the practice email is down? Also the lab has asked if we can WhatsApp them photos of
impressions - is that allowed if there's no name on them?

Also is there any IG training I should be doing as a new starter? I haven't been given a login.

Thanks
Chloe Barraclough
Dental Nurse / Receptionist, Moorside Dental Practice
"""
    return T(scenario="nonreport_training_question", frm=("Chloe Barraclough", "chloe.barraclough@moorsidedental.example.com"),
             subject="question about emails and whatsapp", body=body,
             tags=["dental", "nonreport", "training_question"], ign_names=["Chloe Barraclough"],
             ign={"email_address": ["chloe.barraclough@moorsidedental.example.com", BREACH]},
             subjects=0, cats=[], sev=1, lik=1, rep=False, nonreport=True,
             basis=["a training question; no identifiable individual and no incident"])


# 18 --------------------------------------------------------------------------
@scenario
def s_optometry_staff_personal_email():
    rows = [("Tues 24/11", "09:30", "Mrs Olive Barraclough", "17 Moorside Rd, Halifax HX2 7LN", "DOB 04/05/1931", "diabetic, cataract R"),
            ("Tues 24/11", "11:00", "Mr Kenneth Lumb", "Flat 6, Elm Court, Sowerby Bridge HX6 2AB", "DOB 22/08/1935", "ARMD L, low vision"),
            ("Tues 24/11", "13:30", "Mrs Rashida Begum", "88 Queens Rd, Halifax HX1 4NS", "DOB 10/10/1944", "glaucoma drops"),
            ("Wed 25/11", "10:00", "Mr Desmond Achterberg", "Brook House Care Home, Rm 3, Elland HX5 0DQ", "DOB 01/01/1929", "post-stroke, dementia"),
            ("Wed 25/11", "11:30", "Mrs Nora Flanagan", "2 Ivy Bank, Halifax HX3 6RW", "DOB 18/03/1938", "routine")]
    nhsn = [nhs() for _ in rows]
    table = ""
    for (d, t, nm, a, dob, note), n in zip(rows, nhsn):
        table += f"{d} | {t} | {nm} | {a} | {dob} | {sp(n)} | {note}\n"
    fwd = gmail("Lucy Hartnell <lucy.hartnell@clearsight.example.com>", "Sun, 22 Nov 2026 at 20:11",
                "lucyhartnell@example.com", "next week", table)
    body = f"""Hi IG,

During a routine mailbox check we found that one of our domiciliary optometrists forwarded next week's
visit list to her personal email so she could plan her routes from home. I spoke to her this morning:
she showed me on her phone that she has deleted it from her inbox and the deleted folder, and has
not shared it. She's been reminded of policy. Original below.

Jonathan Pickles
Area Manager (Domiciliary), ClearSight Opticians
07700 900 944
{fwd}"""
    return T(scenario="optometry_staff_personal_email_no_header", frm=("Jonathan Pickles", "jonathan.pickles@clearsight.example.com"),
             subject="Fwd: next week - forwarded to personal email", body=body,
             tags=["optometry", "domiciliary", "table_no_header", "staff_personal_email", "containment_confirmed"],
             ids={"nhs_number": [sp(n) for n in nhsn],
                  "address": [r[3] for r in rows], "postcode": [r[3].split()[-2] + " " + r[3].split()[-1] for r in rows]},
             dobs=[(dt.datetime.strptime(r[4][4:], "%d/%m/%Y").date().isoformat(), r[4]) for r in rows],
             names=[r[2] for r in rows], ign_names=["Lucy Hartnell", "Jonathan Pickles"],
             ign={"email_address": ["lucy.hartnell@clearsight.example.com", "lucyhartnell@example.com",
                                    "jonathan.pickles@clearsight.example.com", BREACH],
                  "phone_number": ["07700 900 944"]},
             subjects=5, cats=["health"], sev=3, lik=2, rep=False,
             basis=["visit list of elderly housebound patients with NHS numbers and eye conditions",
                    "sent to a staff member's own personal account outside the trusted domains",
                    "deletion verified by the manager on the device (likelihood 3 -> 2)"])


# 19 --------------------------------------------------------------------------
@scenario
def s_la_provider_misdirect():
    rows = [("Dennis Holroyd", "07/02/1940", "1940-02-07", "11 Canal Side, Ashbury as4 6bn", "Carol Holroyd (wife)", "carolholroyd@example.com",
             "Alzheimer's, 4 calls/day double-up"),
            ("Precious Adjei", "29/09/1952", "1952-09-29", "Flat 14, Moss Court, Ashbury as2 1xq", "Kojo Adjei (son)", "kojo.adjei@example.org",
             "MS, PEG fed, hoist"),
            ("Henryk Dąbrowski", "16/12/1947", "1947-12-16", "3 Hawthorn Close, Ashbury as7 9pl", "Marta Dąbrowska (daughter)", "marta.dabrowska@example.com",
             "post-CVA, insulin")]
    lines = "Service user | DOB | Address | NOK | NOK email | Needs\n"
    for su, d, _, a, nok, ne, needs in rows:
        lines += f"{su} | {d} | {a} | {nok} | {ne} | {needs}\n"
    fwd = outlook("ASC Brokerage <asc.brokerage@ashbury.example.gov.uk>", "12 November 2026 14:26",
                  "referrals@brightwaterhomecare.example.com", "New packages - start Mon 16/11",
                  "Hi, please can you confirm you can pick up the following packages from Monday.\n\n" + lines +
                  "\nThanks, Brokerage Team\n")
    body = f"""Dear IG team,

The email below with three new homecare packages was sent to Brightwater Homecare, who are not one of
our framework providers, instead of Brightwell Homecare (similar names in the address book). We've
asked Brightwater to delete it but haven't had a response.

Hasina Choudhury
Brokerage Officer, Adult Social Care Commissioning, Ashbury Council  0161 496 0240
{fwd}"""
    return T(scenario="la_asc_wrong_provider_service_user_table", frm=("Hasina Choudhury", "hasina.choudhury@ashbury.example.gov.uk"),
             subject="FW: New packages - start Mon 16/11 - wrong provider", body=body,
             tags=["local_authority", "adult_social_care", "service_user_header", "two_per_row", "nok_email_in_table", "lowercase_postcode"],
             ids={"address": [r[3] for r in rows], "postcode": [" ".join(r[3].split()[-2:]) for r in rows],
                  "email_address": [r[5] for r in rows]},
             dobs=[(r[2], r[1]) for r in rows], names=[r[0] for r in rows] + [r[4].split(" (")[0] for r in rows],
             ign_names=["Hasina Choudhury"],
             ign={"email_address": ["asc.brokerage@ashbury.example.gov.uk", "referrals@brightwaterhomecare.example.com",
                                    "hasina.choudhury@ashbury.example.gov.uk", BREACH],
                  "phone_number": ["0161 496 0240"]},
             subjects=6, cats=["health"], sev=3, lik=3, rep=True,
             basis=["care needs (dementia, MS, stroke) of vulnerable adults with addresses and NOK contacts",
                    "sent to an unrelated external company", "no confirmation of deletion"])


# 20 --------------------------------------------------------------------------
@scenario
def s_radiology_wrong_gp_internal():
    n = nhs()
    fwd = outlook("Radiology Reporting <bkm.radiologyreports@nhs.net>", "12 November 2026 16:55",
                  "brookside.surgery@nhs.net", "Imaging report - urgent",
                  f"""IMAGING REPORT - Brackenmoor General Hospital

Name: Milo FEIL      Hosp No 4419273      DOB 7 March 1941      NHS {sp(n)}
Examination: XR Chest PA   Date: 12/11/2026
Referrer: Dr Lumb, Brookfield Surgery

Report: Right lower lobe consolidation with small right pleural effusion. Appearances may be
infective but recommend repeat film in 6 weeks to exclude an underlying mass.

Reported by: Dr Sofia Castellano, Consultant Radiologist
""")
    body = f"""hiya

milo feil was x-rayed on tues and i sent the report to brookside surgery instead of brookfield surgery
(both nhs.net, next to each other in the list). brookside have rung and said they've deleted it. report
below. sorry!

Stacey
Stacey Dunford, Radiology Secretary, Brackenmoor Hospitals NHSFT, ext 5120
{fwd}"""
    return T(scenario="radiology_report_wrong_gp_internal", frm=("Stacey Dunford", "stacey.dunford@nhs.net"),
             subject="FW: Imaging report - urgent", body=body,
             tags=["acute_trust", "name_no_title_prose", "lowercase_name", "internal_nhsnet", "mrn_plain_7_label"],
             ids={"nhs_number": [sp(n)], "hospital_number": ["4419273"]},
             dobs=[("1941-03-07", "DOB 7 March 1941")], names=["Milo FEIL"],
             ign_names=["Stacey Dunford", "Dr Lumb", "Sofia Castellano"],
             ign={"email_address": ["bkm.radiologyreports@nhs.net", "brookside.surgery@nhs.net", "stacey.dunford@nhs.net", BREACH]},
             subjects=1, cats=["health"], sev=3, lik=2, rep=False,
             basis=["imaging report (possible mass) about an identified patient",
                    "sent to another GP practice inside nhs.net (trusted)", "recipient deleted it"])


# 21 --------------------------------------------------------------------------
@scenario
def s_it_ticket():
    body = """*** This is an automatically generated notification - please do not reply ***

Incident INC0784512 has been updated.

Short description: Ward 7 label printer not printing wristbands
Caller: Sam Okoro (ext 4417)
Location: Block C, Ward 7, Brackenmoor General Hospital
Configuration item: Zebra ZD621 - Asset tag BKM-PRN-0045123 - Serial 99J204501873
Assigned to: Desktop Support - Site A (Callum Reid, ext 6021)
Priority: 3 - Moderate
State: In progress

Work notes (14/11/2026 10:42): Replaced printhead, test label printed OK. Awaiting confirmation
from ward. Linked problem PRB0012290. Laptop asset BKM-LT-04471 also logged for re-image.

To view this incident visit the IT Self Service portal or call the Service Desk on 0113 496 0600
(internal 6000).
"""
    fwd = outlook("IT Service Desk <bkm.itservicedesk@nhs.net>", "14 November 2026 10:43",
                  "Sam Okoro <sam.okoro@nhs.net>", "INC0784512 updated - Ward 7 label printer", body)
    body2 = f"""Sorry - forwarded to the wrong mailbox, meant to send to ward manager. Please ignore.
Sam
{fwd}"""
    return T(scenario="nonreport_it_ticket", frm=("Sam Okoro", "sam.okoro@nhs.net"),
             subject="FW: INC0784512 updated - Ward 7 label printer", body=body2,
             tags=["nonreport", "it_ticket", "asset_numbers", "extensions"],
             ign_names=["Sam Okoro", "Callum Reid"],
             ign={"email_address": ["bkm.itservicedesk@nhs.net", "sam.okoro@nhs.net", BREACH],
                  "phone_number": ["0113 496 0600"]},
             subjects=0, cats=[], sev=1, lik=1, rep=False, nonreport=True,
             basis=["IT ticket notification forwarded in error; ticket/asset/serial numbers and extensions only"])


# 22 --------------------------------------------------------------------------
@scenario
def s_meeting_notes():
    body = """Hi all, notes from Thursday's IG Working Group as promised. Apologies for the delay.

IG Working Group - 19 November 2026, Boardroom 2 / Teams
Present: Dr Helen Marsden (Caldicott Guardian, chair), Owen Pryce (DPO), Femi Adeyinka (Head of IG),
Laura Brzezinska (Records Manager), Simon Tait (Cyber Security Lead)
Apologies: Anjali Varma

1. Incident summary Q2 - 23 incidents logged, 2 reported to ICO (BD-2026-000188, BD-2026-000231),
   both closed. Main theme: email to wrong recipient (11), lost paperwork (4).
2. DSPT 2026/27 - 38 of 43 evidence items complete. Data security training at 91% (target 95%).
3. Egress roll-out to CMHTs - go-live 7 December. FA to send comms.
4. Records store move (Unit 4, Greenfield Park) - boxes 1-340 transferred, destruction log signed.
5. AOB - reminder that the breach mailbox must not be used for SAR requests.

Actions: OP to update the email-to-wrong-recipient guidance; LB to confirm archive inventory.
Next meeting 17 December 2026.

Femi Adeyinka
Head of Information Governance, Ridgeway Partnership NHS Foundation Trust | 01793 496 100
"""
    return T(scenario="nonreport_meeting_notes", frm=("Femi Adeyinka", "femi.adeyinka@ridgeway.nhs.uk"),
             subject="IG Working Group notes 19/11", body=body, tags=["nonreport", "meeting_notes", "staff_names_only"],
             ign_names=["Helen Marsden", "Owen Pryce", "Femi Adeyinka", "Laura Brzezinska", "Simon Tait", "Anjali Varma"],
             ign={"email_address": ["femi.adeyinka@ridgeway.nhs.uk", BREACH], "phone_number": ["01793 496 100"],
                  "address": ["Unit 4, Greenfield Park"]},
             subjects=0, cats=[], sev=1, lik=1, rep=False, nonreport=True,
             basis=["meeting notes; staff names and incident references only, no data subject"])


# 23 --------------------------------------------------------------------------
@scenario
def s_lost_encrypted_toughbook():
    body = """Dear IG,

For information / logging. Crew at Ashton station reported at 07:10 that a Panasonic Toughbook CF-33
(asset NPAS-TB-20931, serial 1KTSA18322) is missing, believed left on the roof of the vehicle at
Tameside General and lost on the return. Police lost property ref LP/26/11/0447.

The device is BitLocker-encrypted (recovery key escrowed, confirmed by IT) and requires smartcard
plus PIN. The ePCR application holds no records locally - all records sync to the cloud and the last
sync was 06:52 with nothing pending. IT remotely locked and wiped the device at 07:40. No paper
records were with it.

No personal data at risk as far as we can tell, logging as a near miss.

Nicola Fairbrother
Station Manager, Ashton-under-Lyne | North Pennine Ambulance Service NHS Trust | 07700 900 505
"""
    return T(scenario="nonreport_lost_encrypted_device", frm=("Nicola Fairbrother", "nicola.fairbrother@npas.nhs.uk"),
             subject="Lost Toughbook - encrypted, remote wiped", body=body,
             tags=["ambulance", "nonreport", "lost_device_encrypted", "asset_numbers"], ign_names=["Nicola Fairbrother"],
             ign={"email_address": ["nicola.fairbrother@npas.nhs.uk", BREACH], "phone_number": ["07700 900 505"]},
             subjects=0, cats=[], near=True, sev=1, lik=1, rep=False, nonreport=True,
             basis=["encrypted device, no personal data stored locally, remote-wiped: near miss, no identifiable individual"])


# 24 --------------------------------------------------------------------------
@scenario
def s_newsletter():
    body = """IG MATTERS - November 2026 bulletin from the Information Governance team

In this issue
 * Christmas parties and social media: never post photos taken on wards or in offices where
   whiteboards, screens or paperwork are visible.
 * Bcc, not To: when emailing more than one patient or member of the public, use Bcc - or better,
   use the approved bulk messaging system.
 * Phishing: a fake "NHSmail password expiry" message is circulating. Report it with the
   Report Phishing button - do not forward it to colleagues.
 * Data Security Awareness training is due every year - check your ESR record.
 * Reminder: breaches and near misses go to the breach mailbox within 24 hours.

Meet the team: we welcome Grace Lindqvist, our new IG Officer for community services.

Information Governance Team, Severnside Community Health NHS Trust
Trust HQ, Cavendish House, Lichfield Street, Walsall WS1 1TE | 01922 496 000
You are receiving this because you are a member of staff. Unsubscribe: not available for mandatory bulletins.
"""
    return T(scenario="nonreport_newsletter", frm=("Severnside IG Team", "ig.team@severnside.nhs.uk"),
             subject="IG Matters - November bulletin", body=body, html=True,
             tags=["nonreport", "newsletter", "html_alternative", "letterhead_postcode"], ign_names=["Grace Lindqvist"],
             ign={"email_address": ["ig.team@severnside.nhs.uk", BREACH], "phone_number": ["01922 496 000"],
                  "postcode": ["WS1 1TE"], "address": ["Cavendish House, Lichfield Street, Walsall WS1 1TE"]},
             subjects=0, cats=[], sev=1, lik=1, rep=False, nonreport=True,
             basis=["staff newsletter; no personal data of any data subject"])


# 25 --------------------------------------------------------------------------
@scenario
def s_scotland_chi_list():
    ppl = [("MACLEOD, Eilidh", dt.date(1951, 3, 15), True, "10:00"),
           ("MACAONGHAIS, Ruairidh", dt.date(1948, 11, 2), False, "10:20"),
           ("CHEN, Wei", dt.date(1967, 7, 28), False, "10:40"),
           ("MAZUR, Krzysztof", dt.date(1972, 1, 9), False, "11:00")]
    chis = [chi(d, f) for _, d, f, _ in ppl]
    table = "CHI          Name                     Appt    Clinic\n"
    for (nm, _, _, t), c in zip(ppl, chis):
        table += f"{c}   {nm:<24} {t}   Diabetic foot (Podiatry) - Raigmore OPD\n"
    fwd = outlook("Outpatient Bookings <hin.opbookings@nhs.scot>", "16 November 2026 09:05",
                  "Morag MacDonald <morag.macd@example.com>", "Reminder list Wed 18th",
                  "Hi Morag, reminder list for Wednesday below, can you do the phone reminders please.\n\n" + table)
    body = f"""Hi,

I've sent Wednesday's podiatry reminder list to a patient called Morag MacDonald instead of our clinic
coordinator Morag MacDonell (the autocomplete picked the wrong one). The patient emailed back to say
she had received it and wasn't sure why. I've asked her to delete it.

Kirsty Urquhart
Admin Assistant, Outpatient Booking, NHS Highland Isles | 01463 496 220
{fwd}"""
    return T(scenario="scotland_chi_list_to_patient", frm=("Kirsty Urquhart", "kirsty.urquhart@nhs.scot"),
             subject="FW: Reminder list Wed 18th - sent to wrong Morag", body=body,
             tags=["scotland", "chi", "gaelic_polish_chinese", "surname_comma_forename"],
             ids={"chi_number": chis}, names=[p[0] for p in ppl],
             ign_names=["Morag MacDonald", "Morag MacDonell", "Kirsty Urquhart"],
             ign={"email_address": ["hin.opbookings@nhs.scot", "morag.macd@example.com", "kirsty.urquhart@nhs.scot", BREACH],
                  "phone_number": ["01463 496 220"]},
             subjects=4, cats=["health"], sev=3, lik=3, rep=True,
             basis=["CHI numbers with a diabetic foot clinic", "sent to a member of the public (example.com)",
                    "deletion asked for but not confirmed"])


# 26 --------------------------------------------------------------------------
@scenario
def s_ni_hc_fax():
    n = hc()
    fwd = outlook("Memory Service Admin <memoryservice@loughside.hscni.net>", "16 November 2026 14:33",
                  "Declan Farrell <declan.farrell@loughside.hscni.net>", "Fax misdirected - memory referral",
                  f"""Declan,

Our referral for the patient below was faxed to 028 9649 6114 - that's McKeown & Co solicitors on the
Lisburn Road, not the Knockbracken memory clinic fax. Their receptionist rang to tell us and said
she'd shred it.

Patient: Ciarán McAteer
H&C No: {sp(n)}
DOB 5/6/44
Address: 48 Rosetta Park, Belfast BT6 0DL
Tel: 028 9649 6872
Reason: progressive memory loss, ?Alzheimer's, lives alone, daughter concerned about wandering

Orla
""")
    body = f"""Forwarding for logging. Referral faxed to a solicitors' office. They say they shredded it but we
have nothing in writing.

Declan Farrell
Governance Lead, Older People's Mental Health
Loughside Health and Social Care Trust | 028 9649 6000
{fwd}"""
    return T(scenario="ni_hc_number_fax_solicitor", frm=("Declan Farrell", "declan.farrell@loughside.hscni.net"),
             subject="FW: Fax misdirected - memory referral", body=body,
             tags=["northern_ireland", "hc_number", "fax", "dob_short"],
             ids={"hc_number": [sp(n)], "address": ["48 Rosetta Park, Belfast BT6 0DL"], "postcode": ["BT6 0DL"],
                  "phone_number": ["028 9649 6872"]},
             dobs=[("1944-06-05", "DOB 5/6/44")], names=["Ciarán McAteer"],
             ign_names=["Declan Farrell", "Orla"],
             ign={"email_address": ["memoryservice@loughside.hscni.net", "declan.farrell@loughside.hscni.net", BREACH],
                  "phone_number": ["028 9649 6114", "028 9649 6000"]},
             subjects=1, cats=["mental_health", "health"], sev=4, lik=3, rep=True,
             basis=["memory service (older people's mental health) referral of a vulnerable adult",
                    "faxed to a solicitors' office outside the trust", "shredding stated by phone only"])


# 27 --------------------------------------------------------------------------
@scenario
def s_wales_tribunal():
    n = nhs()
    fwd = outlook("MHA Office <mha.office.cth@wales.nhs.uk>", "17 November 2026 11:48",
                  "admin@pryce-llewellyn.example.com", "Tribunal report - hearing 24/11",
                  f"""Dear Sir/Madam

Please find the responsible clinician's report for the forthcoming tribunal.

Patient: Gwenllian ap Rhys     born 1990-12-01     Hosp No. B502118     NHS No {sp(n)}
Detained: Section 3 MHA 1983, Ward Derwen, Ysbyty Cwm Taf
Nearest relative: Dafydd ap Rhys (father), tel 029 2018 0467

Summary: admitted under s2 following a relapse of bipolar affective disorder with psychotic features,
regraded to s3 on 02/10/2026 ...

MHA Administrator
""")
    body = f"""Bore da,

The tribunal report below went to Pryce Llewellyn Solicitors instead of Price Llewelyn & Co, who
actually represent the patient. Pryce Llewellyn have not replied to our request to delete it.

Rhiannon Bowen
Mental Health Act Administrator | Gweinyddwr y Ddeddf Iechyd Meddwl
Cwm Taf Highlands University Health Board | 01443 496 310
{fwd}"""
    return T(scenario="wales_mha_tribunal_wrong_solicitor", frm=("Rhiannon Bowen", "rhiannon.bowen@wales.nhs.uk"),
             subject="FW: Tribunal report - hearing 24/11 - wrong firm", body=body,
             tags=["wales", "mental_health", "welsh_names", "relative_named", "dob_born_iso"],
             ids={"nhs_number": [sp(n)], "hospital_number": ["B502118"], "phone_number": ["029 2018 0467"]},
             dobs=[("1990-12-01", "born 1990-12-01")], names=["Gwenllian ap Rhys", "Dafydd ap Rhys"],
             ign_names=["Rhiannon Bowen"],
             ign={"email_address": ["mha.office.cth@wales.nhs.uk", "admin@pryce-llewellyn.example.com",
                                    "rhiannon.bowen@wales.nhs.uk", BREACH],
                  "phone_number": ["01443 496 310"]},
             subjects=2, cats=["mental_health"], sev=4, lik=3, rep=True,
             basis=["detained patient's tribunal report (bipolar disorder, psychosis)", "sent to the wrong law firm",
                    "no reply to deletion request"])


# 28 --------------------------------------------------------------------------
@scenario
def s_ed_handover_bus_facebook():
    body = """Hi

URGENT pls. one of our ED handover sheets from last night has been found on the 59 bus and someone has
posted a photo of it on the "Oldham Lost & Found" facebook group this morning. i can read most of it
from the photo:

Bay  Pt                     Age  Hosp No   Presenting
3    OKONKWO Chidi          34   K612094   chest pain ?ACS trop pending
5    NOWAK Piotr            71   K588301   fall, head inj, on apixaban
7    BEGUM Rukhsana         29   K630415   OD 32x paracetamol, psych liaison req
9    PATEL Harish           58   K577810   DKA
12   DUFFY Bernadette       86   K540066   UTI, confused, DNACPR

comms team have reported the post to facebook and messaged the group admin to remove it, no reply
yet. the nurse whose sheet it is has been spoken to.

Lauren Metcalfe
Nurse in Charge, Emergency Department, Kingsmere University Hospitals NHS Trust  bleep 2231
"""
    rows = [("OKONKWO Chidi", "K612094"), ("NOWAK Piotr", "K588301"), ("BEGUM Rukhsana", "K630415"),
            ("PATEL Harish", "K577810"), ("DUFFY Bernadette", "K540066")]
    return T(scenario="ed_handover_published_facebook", frm=("Lauren Metcalfe", "lauren.metcalfe@nhs.net"),
             subject="URGENT ED handover sheet on facebook", body=body,
             tags=["acute_trust", "social_media", "lost_paper", "surname_forename", "mrn_letter_prefix", "table_pt_header"],
             ids={"hospital_number": [h for _, h in rows]}, names=[n for n, _ in rows],
             ign_names=["Lauren Metcalfe"], ign={"email_address": ["lauren.metcalfe@nhs.net", BREACH]},
             subjects=5, cats=["health", "mental_health"], sev=4, lik=4, rep=True,
             basis=["ED handover sheet published on a public Facebook group",
                    "includes an overdose with psychiatric liaison referral (mental health)", "post not yet removed"])


# 29 --------------------------------------------------------------------------
@scenario
def s_epu_wrong_email():
    fwd = outlook("Early Pregnancy Unit <kuh.epu@nhs.net>", "18 November 2026 15:21",
                  "aisha.bello@example.org", "Your follow-up from the Early Pregnancy Unit",
                  """Dear Ms Bello,

DOB: 11 April 1996      MRN: RX5520917

Following your scan today, I am sorry to confirm a missed miscarriage at 9+2 weeks. As discussed you
have chosen medical management. Please take the mifepristone tablet tomorrow morning and return on
Friday 20 November at 9am. If you have heavy bleeding ring the EPU on 0151 496 0788.

Contact numbers we hold for you: 07700 900 339

Early Pregnancy Unit, Women's Health, Kingsmere University Hospitals NHS Trust
""")
    body = f"""Hello IG

Our EPU nurse sent a follow-up letter to the wrong email address. The patient is Aisha Bello and her
correct email is aisha.bello@example.com; the letter went to aisha.bello@example.org. We've had no
bounce-back. The letter confirms a miscarriage and treatment plan. I have spoken to the patient and
apologised.

Fiona Marr
Matron, Gynaecology & EPU | Kingsmere University Hospitals NHS Trust
{fwd}"""
    return T(scenario="epu_letter_wrong_email_reproductive", frm=("Fiona Marr", "fiona.marr@nhs.net"),
             subject="FW: Your follow-up from the Early Pregnancy Unit", body=body,
             tags=["acute_trust", "reproductive_health", "patient_email_prose", "mrn_letter_prefix", "dob_long_month"],
             ids={"email_address": ["aisha.bello@example.com"], "hospital_number": ["RX5520917"],
                  "phone_number": ["07700 900 339"]},
             dobs=[("1996-04-11", "DOB: 11 April 1996")], names=["Aisha Bello"],
             ign_names=["Fiona Marr"],
             ign={"email_address": ["kuh.epu@nhs.net", "aisha.bello@example.org", "fiona.marr@nhs.net", BREACH],
                  "phone_number": ["0151 496 0788"]},
             subjects=1, cats=["reproductive_health"], sev=4, lik=3, rep=True,
             basis=["miscarriage diagnosis and treatment (reproductive health)", "sent to an unknown external address",
                    "not recalled, no deletion"])


# 30 --------------------------------------------------------------------------
@scenario
def s_sexual_health_letter():
    body = """Dear Information Governance,

I'm reporting a results letter from our sexual health service that was posted to the wrong house. The
letter was addressed to Mr Oluwaseun Adeleke at 12 Brunswick Street, Gloucester gl1 1hx but the
envelope was printed with number 21. The occupant of 21 Brunswick Street opened it, and brought it to
the clinic today. She said she had read it before realising it wasn't for her.

Letter contents (clinic copy):
  Clinic No: GU40213      DOB 24.11.1988
  HIV - negative; syphilis - negative; chlamydia (urine NAAT) - POSITIVE.
  Please attend for treatment; we advise partner notification.

The patient has been informed and is understandably upset. He has asked that we only contact him
by text on 07700 900 722 from now on.

Dr Imogen Hale
Lead Clinician, Integrated Sexual Health Service, Severnside Community Health NHS Trust
The Hub, 20 Southgate Street, Gloucester GL1 2DH | 01452 496 500
"""
    return T(scenario="sexual_health_letter_wrong_house", frm=("Imogen Hale", "imogen.hale@severnside.nhs.uk"),
             subject="Sexual health results letter - wrong address", body=body,
             tags=["community_trust", "sexual_health", "letter_to_wrong_address", "west_african_name", "lowercase_postcode"],
             ids={"address": ["12 Brunswick Street, Gloucester gl1 1hx"], "postcode": ["gl1 1hx"],
                  "hospital_number": ["GU40213"], "phone_number": ["07700 900 722"]},
             dobs=[("1988-11-24", "DOB 24.11.1988")], names=["Oluwaseun Adeleke"],
             ign_names=["Imogen Hale"],
             ign={"email_address": ["imogen.hale@severnside.nhs.uk", BREACH], "phone_number": ["01452 496 500"],
                  "postcode": ["GL1 2DH"], "address": ["21 Brunswick Street"]},
             subjects=1, cats=["sexual_health"], sev=4, lik=3, rep=True,
             basis=["sexual health results (HIV test, chlamydia positive)", "opened and read by a neighbour",
                    "letter returned but disclosure occurred"])


# 31 --------------------------------------------------------------------------
@scenario
def s_hospice_whiteboard():
    body = """Hello,

One of our volunteers posted photos from the In-Patient Unit's Pudsey day on her public Facebook page
on Friday evening. In the second photo the IPU whiteboard is visible behind the group. Zooming in you
can read:

  Bed 1  Bronwen Pritchard   - SD in situ, family staying overnight
  Bed 2  Tadeusz Zieliński   - PEG, for review re: hydration
  Bed 4  Grace Mensah        - DNACPR, ?last days

Our comms officer spotted it on Saturday morning and the volunteer removed it within 25 minutes of
being contacted (it had been up about 14 hours; 9 likes, 2 shares that we can see). We have asked the
people who shared it to delete it as well.

Nia Hughes
Director of Nursing, St Columba's Hospice | 0117 496 0701
"""
    return T(scenario="hospice_whiteboard_social_media", frm=("Nia Hughes", "nia.hughes@stcolumbas.example.org"),
             subject="Patient names visible in volunteer's Facebook photo", body=body,
             tags=["hospice", "social_media", "names_only", "polish_welsh_west_african"],
             names=["Bronwen Pritchard", "Tadeusz Zieliński", "Grace Mensah"], ign_names=["Nia Hughes"],
             ign={"email_address": ["nia.hughes@stcolumbas.example.org", BREACH], "phone_number": ["0117 496 0701"]},
             subjects=3, cats=["health"], sev=3, lik=3, rep=True,
             basis=["names of hospice in-patients with end-of-life care details published on Facebook",
                    "removed after ~14 hours but shared twice (containment: likelihood 4 -> 3)"])


# 32 --------------------------------------------------------------------------
FIRST = ["Amelia", "Oskar", "Priyanka", "Femi", "Siân", "Liam", "Mei", "Kacper", "Zara", "Eamon", "Ifeoma", "Rhys",
         "Halima", "Conor", "Beata", "Arjun", "Yetunde", "Gethin", "Nusrat", "Declan", "Marzena", "Kwasi", "Roisin", "Anil"]
LAST = ["Whitworth", "Jankowski", "Nair", "Ogunleye", "Morgan", "Fitzpatrick", "Leung", "Wróbel", "Iqbal", "Doyle",
        "Eze", "Pritchard", "Begum", "Gallagher", "Sikora", "Menon", "Adebisi", "Jenkins", "Rahman", "Quinn",
        "Pawlak", "Asamoah", "Brennan", "Kapoor"]


@scenario
def s_waiting_list_csv_external():
    hdr = ["Postcode", "Surname", "MRN", "Forename", "Procedure", "Tel", "Email", "D.O.B.", "Priority"]
    procs = ["Phaco + IOL R", "Phaco + IOL L", "Trabeculectomy L", "Vitrectomy R", "Ptosis repair", "Chalazion I&C"]
    pcs = ["LS6 2AB", "ls8 3qd", "LS17  6HJ", "WF1 2RT", "BD10 8PL", "LS28 5NE", "HG2 0AZ", "LS9 7tw"]
    rows, names, mrns, tels, emails, dobs, pcl = [hdr], [], [], [], [], [], []
    for i in range(24):
        f, s = FIRST[i], LAST[i]
        d = dt.date(1935, 1, 1) + dt.timedelta(days=R.randint(0, 365 * 50))
        mrn = f"RX{R.randint(1000000, 9999999)}"
        tel = R.choice(["07700 900{:03d}", "0113 496 0{:03d}", "+44 7700 900{:03d}", "(0113) 496 0{:03d}"]).format(R.randint(0, 999))
        em = f"{f.lower().replace('â', 'a')}.{s.lower().replace('ó', 'o')}{R.randint(1, 99)}@{R.choice(['example.com', 'example.org'])}"
        dform = R.choice(["%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"])
        pc = pcs[i % len(pcs)]
        rows.append([pc, s.upper() if i % 3 == 0 else s, mrn, f, procs[i % len(procs)], tel, em if i % 5 else "", d.strftime(dform),
                     R.choice(["P2", "P3", "P4"])])
        names.append(f"{f} {s}")
        mrns.append(mrn); tels.append(tel); pcl.append(pc); dobs.append((d.isoformat(), d.strftime(dform)))
        if i % 5:
            emails.append(em)
    data = csv_bytes(rows)
    inner = EmailMessage()
    inner["From"] = "Ophthalmology Admissions <bkm.eyeadmissions@nhs.net>"
    inner["To"] = "j.hammond@example.com"
    inner["Subject"] = "Insourcing lists - December weekends"
    inner["Date"] = "Thu, 19 Nov 2026 13:02:11 +0000"
    inner["Message-ID"] = "<eyeadm-20261119-1302@nhs.net>"
    inner.set_content("Hi Jo, please find the December weekend list attached for your team to book.\n\nThanks\nOphthalmology Admissions\n")
    inner.add_attachment(data, subtype="csv", filename="Dec_weekend_insourcing.csv")
    body = """Dear IG,

Attaching the original email as requested. Our waiting-list coordinator sent the December insourcing
list to j.hammond@example.com (a private individual from the address book) instead of Jo Hammond at
the insourcing company, whose address is on nhs.net. 24 patients. The recipient has not responded.

Shabnam Kaur
Service Manager, Ophthalmology | Brackenmoor Hospitals NHS Foundation Trust | 0113 496 0840
"""
    return T(scenario="waiting_list_csv_forwarded_as_attachment", frm=("Shabnam Kaur", "shabnam.kaur@nhs.net"),
             subject="FW: Insourcing lists - December weekends", body=body, attachments=[("eml", inner)],
             tags=["acute_trust", "message_rfc822", "csv_in_forwarded", "odd_column_order", "patient_emails_table",
                   "mrn_letter_prefix", "postcode_spacing"],
             ids={"hospital_number": mrns, "phone_number": tels, "email_address": emails, "postcode": pcl},
             dobs=dobs, names=names, table_names=True,
             ign_names=["Shabnam Kaur", "Jo Hammond"] + [" ".join(n.split()[::-1]) for n in names],  # surname-first column order
             ign={"email_address": ["bkm.eyeadmissions@nhs.net", "j.hammond@example.com", "shabnam.kaur@nhs.net", BREACH],
                  "phone_number": ["0113 496 0840"]},
             subjects=24, cats=["health"], sev=3, lik=3, rep=True,
             basis=["ophthalmology waiting list with DOBs, hospital numbers, procedures and contact details",
                    "sent to a private individual outside the trusted domains", "no response"])


# 33 --------------------------------------------------------------------------
@scenario
def s_mh_referral_to_employer():
    n = nhs()
    fwd = outlook("Talking Therapies Ridgeway <ridgeway.talkingtherapies@nhs.net>", "20 November 2026 10:09",
                  "Helen Cartwright <hr@lancastergroup.example.com>", "Referral - step 3 CBT",
                  f"""Referral to Step 3 (High Intensity CBT)

Kiran Ramasamy, 23/09/1999 (DOB), NHS No. {n}
Contact: kiran.r99@example.com / 07700 900 488

Presenting problem: panic disorder with agoraphobia, PHQ-9 17, GAD-7 19. Passive suicidal ideation,
no plan or intent, protective factors: partner, work. Off sick from work since 2 October.
Risk: low. Step 2 guided self-help completed without improvement.

Referred by: Psychological Wellbeing Practitioner, Ridgeway Talking Therapies
""")
    body = f"""Hi,

Reporting an incident. Our PWP was asked by the client's employer's HR for a fit-note style update
and at the same time was sending the step-3 referral to our high intensity team; the referral went to
the employer's HR adviser instead. The employer now knows details of the client's mental health and
risk. HR have acknowledged receipt but not confirmed deletion.

Dr Naveen Krishnan
Clinical Lead, Ridgeway Talking Therapies | 01793 496 450
{fwd}"""
    return T(scenario="mh_referral_to_employer_dob_after", frm=("Naveen Krishnan", "naveen.krishnan@nhs.net"),
             subject="FW: Referral - step 3 CBT (sent to employer)", body=body,
             tags=["mental_health_trust", "dob_cue_after", "patient_email_prose", "south_asian_name"],
             ids={"nhs_number": [n], "email_address": ["kiran.r99@example.com"], "phone_number": ["07700 900 488"]},
             dobs=[("1999-09-23", "23/09/1999 (DOB)")], names=["Kiran Ramasamy"],
             ign_names=["Naveen Krishnan", "Helen Cartwright"],
             ign={"email_address": ["ridgeway.talkingtherapies@nhs.net", "hr@lancastergroup.example.com", "naveen.krishnan@nhs.net", BREACH],
                  "phone_number": ["01793 496 450"]},
             subjects=1, cats=["mental_health"], sev=4, lik=3, rep=True,
             basis=["mental health referral with suicide risk", "sent to the client's employer (external)",
                    "risk of employment detriment; deletion not confirmed"])


# 34 --------------------------------------------------------------------------
@scenario
def s_school_imms_no_header():
    rows = [("8", "Zuzanna Nowak", "14.03.2013", "2013-03-14", "mum", "Katarzyna Nowak", "07700 900610", "egg allergy"),
            ("8", "Ibrahim Diallo", "02.07.2013", "2013-07-02", "dad", "Mamadou Diallo", "07700 900 611", "-"),
            ("8", "Ruby-Mae Atkinson", "30.10.2012", "2012-10-30", "mum", "Kayleigh Atkinson", "+44 7700 900612", "asthma, inhaler"),
            ("9", "Harpreet Sandhu", "19.01.2012", "2012-01-19", "mum", "Jaswinder Sandhu", "0121 496 0613", "-"),
            ("9", "Oisín Ó Murchú", "08.05.2012", "2012-05-08", "dad", "Pádraig Ó Murchú", "07700900614", "needle phobia"),
            ("9", "Chidinma Obi", "25.12.2011", "2011-12-25", "gran", "Ngozi Obi", "(0121) 496 0615", "sickle cell")]
    txt = ""
    for y, c, d, _, rel, p, t, note in rows:
        txt += f"Y{y}  {c}  {d}  {rel}: {p} {t}  consent Y  {note}\n"
    fwd = outlook("School Aged Immunisation Team <scn.sait@nhs.net>", "23 November 2026 08:44",
                  "office@stmichaels-primary.example.org", "HPV / MenACWY catch-up - Thursday",
                  "Morning, the catch-up list for Thursday is below - please send pupils to the hall from 9.15.\n\n" + txt +
                  "\nMany thanks\nSAIT\n")
    body = f"""Hello IG,

This morning's catch-up list for St Michael's Catholic High went to St Michael's Primary by mistake.
I've rung the primary school office and left a message asking them to delete it - no call back yet.

Agata Kowalska
Immunisation Nurse Team Lead, Severnside Community Health NHS Trust | 0121 496 0650
{fwd}"""
    return T(scenario="school_imms_list_child_parent_no_header", frm=("Agata Kowalska", "agata.kowalska@nhs.net"),
             subject="FW: HPV / MenACWY catch-up - Thursday - wrong school", body=body,
             tags=["community_trust", "children", "table_no_header", "two_per_row", "phone_formats", "irish_polish_west_african"],
             ids={"phone_number": [r[6] for r in rows]}, dobs=[(r[3], r[2]) for r in rows],
             names=[r[1] for r in rows] + [r[5] for r in rows], ign_names=["Agata Kowalska"],
             ign={"email_address": ["scn.sait@nhs.net", "office@stmichaels-primary.example.org", "agata.kowalska@nhs.net", BREACH],
                  "phone_number": ["0121 496 0650"]},
             subjects=12, cats=["health"], sev=3, lik=3, rep=True,
             basis=["children's immunisation list with DOBs, parent contacts and medical notes (allergy, sickle cell)",
                    "sent to a different school outside NHS mail", "deletion not yet confirmed; children involved"])


# 35 --------------------------------------------------------------------------
@scenario
def s_ambulance_pts_taxi():
    rows = [("07:15", "Edna Whitehead", "", "0161 496 0741", "OL9 6DX", "Royal Oldham - renal unit", "walker"),
            ("07:30", "Mohammed Rafiq", "Shamim Rafiq (wife)", "07700 900 742", "ol8 4hb", "Royal Oldham - renal unit", "wheelchair"),
            ("08:00", "Stanisław Górski", "Anna Górska (daughter)", "+44 161 496 0743", "M35 9BG", "Christie - Rad onc", "walker"),
            ("08:45", "Felicia Antwi", "", "07700900744", "OL1 2QR", "Christie - chemo day unit", "independent"),
            ("09:30", "Terence Hulme", "Gail Hulme (wife)", "(0161) 496 0745", "OL4 5AX", "MRI Manchester - neurology", "stretcher"),
            ("10:00", "Bridget Ní Bhriain", "", "0161 496-0746", "ol2 8nd", "Royal Oldham - wound clinic", "wheelchair")]
    txt = "Pickup | Pt | Escort | Tel | Postcode | Dest | Mobility\n"
    for r in rows:
        txt += " | ".join(x if x else "-" for x in r) + "\n"
    fwd = outlook("PTS Planning <npas.ptsplanning@nhs.net>", "24 November 2026 17:30",
                  "bookings@a1-cars-oldham.example.com", "Wed 25/11 overflow journeys",
                  "Hi, overflow journeys for tomorrow below, please confirm.\n\n" + txt)
    body = f"""Hi,

Patient Transport overflow journeys for tomorrow were emailed to A1 Cars Oldham instead of our
contracted provider A1 Ambulance Transport. Six patients, three with escorts. A1 Cars haven't replied.

Dominic Sheridan
PTS Planning Supervisor, North Pennine Ambulance Service NHS Trust | 0161 496 0700
{fwd}"""
    return T(scenario="ambulance_pts_list_taxi_firm", frm=("Dominic Sheridan", "dominic.sheridan@npas.nhs.uk"),
             subject="FW: Wed 25/11 overflow journeys - wrong company", body=body,
             tags=["ambulance", "pts", "two_per_row", "phone_formats", "lowercase_postcode"],
             ids={"phone_number": [r[3] for r in rows], "postcode": [r[4] for r in rows]},
             names=[r[1] for r in rows] + [r[2].split(" (")[0] for r in rows if r[2]], ign_names=["Dominic Sheridan"],
             ign={"email_address": ["npas.ptsplanning@nhs.net", "bookings@a1-cars-oldham.example.com",
                                    "dominic.sheridan@npas.nhs.uk", BREACH],
                  "phone_number": ["0161 496 0700"]},
             subjects=9, cats=["health"], sev=3, lik=3, rep=True,
             basis=["patient transport list revealing dialysis, chemotherapy, radiotherapy appointments",
                    "sent to an unrelated taxi firm", "no reply"])


# 36 --------------------------------------------------------------------------
@scenario
def s_homecare_hiv_processor():
    n = nhs()
    fwd = outlook("Pharmacy Homecare Team <kuh.homecare@nhs.net>", "25 November 2026 12:12",
                  "orders.north@healthnet-homecare.example.com", "Prescription - Biktarvy x 3 months",
                  f"""Homecare prescription

Patient: MOYO Tendai      NHS No {sp(n)}      Hosp No: RX3308142
Delivery: 9 Cedar Mews, Birkenhead ch41 5ex   Tel 0151 496 0903
Drug: Biktarvy 50/200/25 mg tablets, one daily, 3 x 30
Prescriber: HIV & Sexual Health Clinic, Kingsmere University Hospitals
""")
    reply = outlook("Healthnet Homecare Data Protection <dpo@healthnet-homecare.example.com>", "25 November 2026 15:40",
                    "kuh.homecare@nhs.net", "RE: Prescription - Biktarvy x 3 months",
                    "We confirm that the email received at orders.north was opened by one member of our order-processing "
                    "team (contracted under our homecare agreement), has been permanently deleted and not processed. "
                    "Confirmation of deletion attached. Healthnet Homecare DPO")
    body = f"""Hi,

A homecare prescription went to the wrong mailbox at Healthnet Homecare - their northern orders team
rather than the HIV homecare team. Healthnet are a contracted provider under a data processing
agreement, and their DPO has confirmed in writing that it has been deleted (below).

Joseph Amankwah
Lead Homecare Pharmacist, Kingsmere University Hospitals NHS Trust
{reply}{fwd}"""
    return T(scenario="homecare_hiv_wrong_mailbox_processor_deleted", frm=("Joseph Amankwah", "joseph.amankwah@nhs.net"),
             subject="FW: Prescription - Biktarvy x 3 months - wrong Healthnet mailbox", body=body,
             tags=["acute_trust", "pharmacy", "sexual_health", "processor", "containment_confirmed", "lowercase_postcode"],
             ids={"nhs_number": [sp(n)], "hospital_number": ["RX3308142"], "address": ["9 Cedar Mews, Birkenhead ch41 5ex"],
                  "postcode": ["ch41 5ex"], "phone_number": ["0151 496 0903"]},
             names=["MOYO Tendai"], ign_names=["Joseph Amankwah"],
             ign={"email_address": ["kuh.homecare@nhs.net", "orders.north@healthnet-homecare.example.com",
                                    "dpo@healthnet-homecare.example.com", "joseph.amankwah@nhs.net", BREACH]},
             subjects=1, cats=["sexual_health"], sev=4, lik=2, rep=False,
             basis=["HIV antiretroviral prescription (sexual health) about an identified patient",
                    "sent to the wrong team of a contracted processor outside the trusted domains",
                    "processor's DPO confirmed deletion in writing (likelihood 3 -> 2)"])


# 37 --------------------------------------------------------------------------
@scenario
def s_la_direct_payments_group():
    rows = [("FERNS Margaret", "Margaret Ferns", "20-11-45", "01234567", "AS4 7QT"),
            ("ADEBAYO Oluwatoyin", "Tunde Adebayo (son)", "40-22-17", "33445566", "AS2 3LL"),
            ("KHAN Zubair", "Zubair Khan", "30-96-52", "71829304", "AS1 9HB"),
            ("O'SULLIVAN Kathleen", "Bernard O'Sullivan (husband)", "09-01-28", "55123478", "AS7 1GE"),
            ("LIS Jadwiga", "Joanna Lis (daughter)", "11-03-88", "90817263", "AS3 6NW"),
            ("CHAUHAN Pravin", "Pravin Chauhan", "60-83-71", "12093847", "AS5 2PY"),
            ("BOYD Irene", "Alan Boyd (son)", "77-16-40", "66554433", "AS6 8DR"),
            ("NDLOVU Sipho", "Thandiwe Ndlovu (wife)", "20-32-06", "29384756", "AS2 5RJ")]
    data = csv_bytes([["Client", "Payee", "Sort code", "Acc no", "Amount", "Postcode"]] +
                     [[c, p, s, a, f"£{R.randint(180, 900)}.00", pc] for c, p, s, a, pc in rows])
    prov = [("Brightwell Homecare", "finance@brightwell.example.com"), ("Ashbury PA Services", "accounts@ashburypa.example.org"),
            ("Caring Hands North", "payroll@caringhands.example.com"), ("Kinder Care Agency", "office@kindercare.example.com"),
            ("Moss Side Support Ltd", "admin@mosssidesupport.example.org")]
    to = "; ".join(f"{a} <{b}>" for a, b in prov)
    inner = EmailMessage()
    inner["From"] = "Direct Payments Finance <dp.finance@ashbury.example.gov.uk>"
    inner["To"] = to
    inner["Subject"] = "December direct payment schedule"
    inner["Date"] = "Wed, 25 Nov 2026 09:58:00 +0000"
    inner["Message-ID"] = "<dpfin-20261125@ashbury.example.gov.uk>"
    inner.set_content("Dear providers,\n\nPlease find attached the December payment schedule.\n\nDirect Payments Finance Team\n")
    inner.add_attachment(data, subtype="csv", filename="DP_schedule_Dec26_ALL.csv")
    body = """Dear IG,

The December direct payments schedule for ALL clients (with payees' bank sort codes and account
numbers) was sent to five care providers in one email, when each provider should only have received
its own clients' lines. Original email attached. The providers are all external companies. Two have
replied to say they've deleted it; three have not replied.

Stephen Greenhalgh
Finance Officer, Direct Payments, Adult Social Care, Ashbury Council | 0161 496 0266
"""
    addrs = [r[4] for r in rows]
    return T(scenario="la_direct_payments_bank_details_group", frm=("Stephen Greenhalgh", "stephen.greenhalgh@ashbury.example.gov.uk"),
             subject="FW: December direct payment schedule - sent to all providers", body=body, attachments=[("eml", inner)],
             tags=["local_authority", "adult_social_care", "financial", "client_header", "two_per_row", "message_rfc822", "csv"],
             ids={"postcode": addrs},
             names=[r[0] for r in rows] + [r[1].split(" (")[0] for r in rows if "(" in r[1]],
             ign_names=["Stephen Greenhalgh"] + [r[1] for r in rows if "(" not in r[1]],  # self-payee, same person as client
             ign={"email_address": [b for _, b in prov] + ["dp.finance@ashbury.example.gov.uk",
                                                           "stephen.greenhalgh@ashbury.example.gov.uk", BREACH],
                  "phone_number": ["0161 496 0266"]},
             subjects=13, cats=[], sev=4, lik=3, rep=True,
             basis=["bank sort codes and account numbers of care clients/payees (financial)",
                    "disclosed to five external providers; three not confirmed deleted",
                    "clients are adults receiving social care"])


# 38 --------------------------------------------------------------------------
@scenario
def s_dental_child_referral():
    n = nhs()
    fwd = outlook("Greenfield Dental <greenfielddental@nhs.net>", "26 November 2026 10:37",
                  "smile@lakesideortho.example.com", "Orthodontic referral",
                  f"""Orthodontic referral

Patient: Oliwia Zając        dob 5/6/15       NHS {n}
Parent: Magdalena Zając, +44 (20) 7946 0358, magda.zajac@example.com
Address: 71 Chatsworth Road, London E5 0LH

Class II div 1, overjet 9mm, IOTN 5a. Child is anxious, history of bullying about teeth - mum
requests NHS treatment.

Dr Farid Haddad BDS, Greenfield Dental Practice
""")
    body = f"""Hi,

Our orthodontic referral went to Lakeside Orthodontics (a private practice not on the NHS referral
system) instead of through the e-referral to the Whipps Cross orthodontic department. I've emailed
them asking to delete it.

Sabina Kowal
Practice Manager, Greenfield Dental Practice, London | 020 7946 0300
{fwd}"""
    return T(scenario="dental_child_referral_wrong_practice", frm=("Sabina Kowal", "greenfielddental@nhs.net"),
             subject="FW: Orthodontic referral - wrong practice", body=body,
             tags=["dental", "children", "phone_plus44_brackets", "polish_name", "parent_email"],
             ids={"nhs_number": [n], "phone_number": ["+44 (20) 7946 0358"], "email_address": ["magda.zajac@example.com"],
                  "address": ["71 Chatsworth Road, London E5 0LH"], "postcode": ["E5 0LH"]},
             dobs=[("2015-06-05", "dob 5/6/15")], names=["Oliwia Zając", "Magdalena Zając"],
             ign_names=["Sabina Kowal", "Farid Haddad"],
             ign={"email_address": ["greenfielddental@nhs.net", "smile@lakesideortho.example.com", BREACH],
                  "phone_number": ["020 7946 0300"]},
             subjects=2, cats=["health"], sev=3, lik=3, rep=True,
             basis=["child's dental referral with NHS number and parent's contact details",
                    "sent to a private practice outside the trusted domains", "deletion not confirmed; child involved"])


# 39 --------------------------------------------------------------------------
@scenario
def s_discharge_letter_wrong_patient():
    inner = """From: Tyldesley, Kelly
Sent: 26 November 2026 21:05
To: Adebayo-Smith, Yewande
Subject: wrong letter

yewande, mr wisniewski (bed 14) went home at 6 with mrs kaurs ttos and discharge letter in his bag as
well as his own, his daughter rang the ward at 8 to say. the letter says
manjit kaur, 30/1/51 dob, hosp no 5581046, 19 Dudley Road, Wolverhampton wv10 9qs, nstemi, new
t2dm started metformin, cardiac rehab referral. daughter says she'll drop it back tomorrow. mrs kaur
still on the ward, knows, not happy.
kelly (ward clerk ward 6)
"""
    body = """Dear IG,

Please see below from our ward clerk. A discharge letter and TTO medicines for one patient were
given to another patient going home. The other patient's daughter has read the letter and is
returning it tomorrow.

Yewande Adebayo-Smith
Ward Manager, Ward 6 (Cardiology), Royal Wulfrun Hospital, Black Country Acute NHS Trust

""" + inner
    return T(scenario="discharge_letter_given_to_wrong_patient_hurried", frm=("Yewande Adebayo-Smith", "yewande.adebayo-smith@nhs.net"),
             subject="FW: wrong letter", body=body,
             tags=["acute_trust", "hurried", "lowercase_name", "lowercase_postcode", "dob_cue_after", "mrn_plain_7_label"],
             ids={"hospital_number": ["5581046"], "address": ["19 Dudley Road, Wolverhampton wv10 9qs"], "postcode": ["wv10 9qs"]},
             dobs=[("1951-01-30", "30/1/51 dob")], names=["manjit kaur"],
             ign_names=["Kelly Tyldesley", "Yewande Adebayo-Smith", "mr wisniewski"],
             ign={"email_address": ["yewande.adebayo-smith@nhs.net", BREACH]},
             subjects=1, cats=["health"], sev=3, lik=3, rep=True,
             basis=["discharge letter (NSTEMI, diabetes) given to another patient", "read by his daughter (member of the public)",
                    "to be returned, but already read"])


# 40 --------------------------------------------------------------------------
@scenario
def s_near_miss_mimecast():
    held = """Dear Ms Eze,

Re: Ngozi EZE   Unit No: 2208841   dob: 08/12/79
14 Ravenscroft Avenue, Swindon sn2 1qa

Following our sessions I enclose my psychology report. Summary: complex PTSD following childhood
trauma and domestic abuse; recommend trauma-focused therapy (EMDR) and continued input from the
perinatal mental health team.

Clinical Psychologist, Ridgeway Partnership NHS Foundation Trust
"""
    fwd = outlook("Mimecast Administrator <postmaster@ridgeway.nhs.uk>", "27 November 2026 11:05",
                  "Ridgeway IG <ridgeway.ig@nhs.net>", "Held message released to IG for review - NOT delivered",
                  "The following message was held by policy 'Outbound sensitive - external' and has NOT been delivered.\n"
                  "Original recipient: ngozi.eze@example.net\n"
                  "Action taken: deleted from hold queue 27/11/2026 11:04 by administrator.\n\n" + held)
    body = f"""Hi,

Logging as a near miss. A psychology report was addressed to a mistyped personal address for the
patient. Our outbound sensitive-content policy held it and it was never delivered; IT have deleted it
from the hold queue (confirmation below). The clinician has re-sent via Egress to the verified
address on RiO.

Owen Pryce
Data Protection Officer, Ridgeway Partnership NHS Foundation Trust | 01793 496 101
{fwd}"""
    return T(scenario="near_miss_dlp_held_not_delivered", frm=("Owen Pryce", "owen.pryce@ridgeway.nhs.uk"),
             subject="FW: Held message released to IG for review - NOT delivered", body=body,
             tags=["mental_health_trust", "near_miss", "dlp_held", "mrn_plain_7_label", "lowercase_postcode", "west_african_name"],
             ids={"hospital_number": ["2208841"], "address": ["14 Ravenscroft Avenue, Swindon sn2 1qa"], "postcode": ["sn2 1qa"]},
             dobs=[("1979-12-08", "dob: 08/12/79")], names=["Ngozi EZE"], ign_names=["Owen Pryce"],
             ign={"email_address": ["postmaster@ridgeway.nhs.uk", "ridgeway.ig@nhs.net", "ngozi.eze@example.net",
                                    "owen.pryce@ridgeway.nhs.uk", BREACH],
                  "phone_number": ["01793 496 101"]},
             subjects=1, cats=["mental_health", "safeguarding"], near=True, sev=4, lik=1, rep=False,
             basis=["psychology report (complex PTSD, domestic abuse) about an identified person",
                    "held by outbound policy and never delivered: near miss", "deleted from the hold queue"])


# =================================================================== build and verify

def all_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == "message/rfc822":
            pass  # walk() descends into it
    for k in ("From", "To", "Cc", "Subject"):
        for m in [msg] + [p for p in msg.walk() if p is not msg]:
            if m.get(k):
                out.append(str(m.get(k)))
    return "\n".join(out)


def html_of(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "<html><body><pre style=\"font-family:Calibri\">" + esc + "</pre></body></html>"


def main():
    start = dt.datetime(2026, 11, 3, 8, 0, tzinfo=dt.timezone.utc)
    truth_lines = []
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for i, fn in enumerate(SCEN, 1):
        sc = fn()
        fname = f"{i:03d}-{sc['scenario'].replace('_', '-')}.eml"
        msg = EmailMessage()
        msg["From"] = formataddr(sc["frm"])
        msg["To"] = BREACH
        msg["Subject"] = sc["subject"]
        msg["Date"] = format_datetime(start + dt.timedelta(hours=13 * i, minutes=7 * i))
        msg["Message-ID"] = f"<fresh7-{i:03d}@{sc['frm'][1].split('@')[1]}>"
        for k, v in sc["headers"].items():
            msg[k] = v
        msg.set_content(sc["body"])
        if sc["html"]:
            msg.add_alternative(html_of(sc["body"]), subtype="html")
        for att in sc["attachments"]:
            if att[0] == "eml":
                msg.add_attachment(att[1])
            else:
                name, data, mt, st = att
                if isinstance(data, str):
                    msg.add_attachment(data, subtype=st, filename=name)
                else:
                    msg.add_attachment(data, maintype=mt, subtype=st, filename=name)
        k = 0
        for part in msg.walk():
            if part.get_content_maintype() == "multipart":
                k += 1
                part.set_boundary(f"=_fresh7_{i:03d}_{k}_=")
        raw = msg.as_bytes(policy=policy.SMTP)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(raw)
        # ---- verify
        back = BytesParser(policy=policy.default).parsebytes(raw)
        text = all_text(back)
        low = text.casefold()
        probs = []
        ids = {k: list(v) for k, v in sc["ids"].items() if v}
        for kind, vals in ids.items():
            for v in vals:
                if kind == "address":
                    first = v.split(",")[0]
                    if first not in text:
                        probs.append(f"address first line {first!r}")
                elif v not in text:
                    probs.append(f"{kind} {v!r}")
        for iso, written in sc["dobs"]:
            if written not in text:
                probs.append(f"dob {written!r}")
        for nm in sc["names"]:
            if sc.get("table_names"):
                if not all(t.casefold() in low for t in nm.split()):
                    probs.append(f"name tokens {nm!r}")
            elif nm not in text:
                probs.append(f"name {nm!r}")
        ign_e = {e.lower() for e in sc["ign"].get("email_address", [])}
        tru_e = {e.lower() for e in ids.get("email_address", [])}
        for e in re.findall(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", text):
            if e.lower() not in ign_e | tru_e:
                probs.append(f"unlisted email {e}")
        known10 = {re.sub(r"\D", "", v) for k in ("nhs_number", "chi_number", "hc_number") for v in ids.get(k, [])}
        for m in re.findall(r"(?<![\d-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d-])", text):
            d = re.sub(r"\D", "", m)
            if d not in known10 and mod11(d[:9]) == d[9] and not d.startswith("0"):
                probs.append(f"unlisted valid 10-digit {m}")
        if probs:
            print(fname, "PROBLEMS:", probs, file=sys.stderr)
            sys.exit(1)
        nonrep = sc.get("nonreport", False)
        identifiers = dict(ids)
        if sc["dobs"]:
            identifiers["date_of_birth"] = sorted({iso for iso, _ in sc["dobs"]})
        truth = {"file": fname, "scenario": sc["scenario"], "tags": sorted(set(sc["tags"]) | ({"nonreport"} if nonrep else set())),
                 "identifiers": identifiers, "names": sc["names"], "ignorable_names": sc["ign_names"],
                 "ignorable": {k: v for k, v in sc["ign"].items() if v}, "subjects": sc["subjects"],
                 "special_categories": sc["cats"], "near_miss": sc["near"],
                 "no_identifiers": not identifiers and not sc["names"],
                 "assessment": {"severity": sc["sev"], "likelihood": sc["lik"], "reportable": sc["rep"], "basis": sc["basis"]}}
        assert truth["assessment"]["reportable"] == (sc["lik"] >= 3 and sc["sev"] >= 2), fname
        truth_lines.append(json.dumps(truth, ensure_ascii=False))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(truth_lines) + "\n")
    print(f"wrote {len(truth_lines)} emails and truth.jsonl to {OUT}")


if __name__ == "__main__":
    main()
