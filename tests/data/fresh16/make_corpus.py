#!/usr/bin/env python3
"""fresh16 corpus: primary & community care breach reports (England, Wales, Scotland, NI).
Deterministic: run with /work/main/.venv/bin/python make_corpus.py  (needs openpyxl, python-docx)."""
import datetime as dt, json, os, glob
from email.utils import format_datetime
from core import *

OUT = os.path.dirname(os.path.abspath(__file__))
BREACH = "breach@example.nhs.uk"
CASES = []
SHARED = {}

def case(fn):
    CASES.append(fn)
    return fn

def H(frm, subject, to=BREACH, cc=None, extra=()):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", hdr(subject)))
    h.extend(extra)
    return h

def outlook_fwd(frm, sent, to, subject, cc=None):
    s = f"-----Original Message-----\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n\n"

def gmail_fwd(frm, date, to, subject, cc=None):
    s = f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + "\n"

NHSMAIL_FOOTER = ("\n********************************************************************************************************************\n"
                  "This message may contain confidential information. If you are not the intended recipient please inform the\n"
                  "sender that you have received the message in error before deleting it.\n"
                  "Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.\n\n"
                  "NHSmail is the secure email and directory service available for all NHS staff in England and Scotland.\n"
                  "********************************************************************************************************************\n")

WALES_FOOTER = ("\n--\nMae'r e-bost hwn ac unrhyw atodiadau yn gyfrinachol ac wedi'u bwriadu ar gyfer y derbynnydd yn unig.\n"
                "This e-mail and any attachments are confidential and intended solely for the addressee.\n"
                "Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.\n")

# =====================================================================================================
@case
def e_rx_wrong_patient():
    c = Case("prescription_handed_to_wrong_patient", ["plain", "mobile_voice", "mental_health", "england", "gp_practice"])
    p = Person("leeds", "F", 71, first="Doreen", last="Barraclough")
    body = f"""Hi,

Sorry typing this on my phone at the front desk. This morning about 10.40 I handed a bag from the
pharmacy collection shelf to the wrong Mrs Barraclough. The lady who came in was Dorothy Barraclough,
we have two of them registered and I didn't check the DOB like we're supposed to.

The bag was for Doreen Barraclough DOB {p.d(0)}, NHS no {fmt_nhs(p.nhs)}, {p.street}, {p.pc}.
Inside was the right side of the FP10 with her name and address on it and
sertraline 100mg and propranolol 40mg. the repeat slip also says "review depression - annual MH review due".

We've rung Dorothy twice, no answer. Doreen doesn't know yet, practice manager (Joanne) is in at 2.

Kayleigh
Reception, Harehills Lane Surgery
0113 496 0321

Sent from my iPhone"""
    c.sub(p, "dob", "nhs", "postcode")
    c.staff("Kayleigh Ashby", email="kayleigh.ashby@nhs.net", phone="0113 496 0321")
    c.staff("Dorothy Barraclough")
    c.staff("Joanne")
    c.cats = {"health", "mental_health"}
    c.grade(4, 3, "prescription with antidepressant and 'review depression' for an identified patient (mental health)",
            "handed to a member of the public (another patient), not recovered")
    return "rx-handed-wrong-patient", c, H(addr("Kayleigh Ashby", "kayleigh.ashby@nhs.net"),
                                           "wrong patient given prescription bag!!"), Text(body)

# =====================================================================================================
@case
def e_repeats_wrong_pharmacy_email():
    c = Case("repeat_list_emailed_to_wrong_pharmacy", ["xlsx", "odd_headers", "inline_outlook", "nhs_to_nhs", "substance_misuse", "england", "community_pharmacy"])
    rows = [["Pt", "D.O.B.", "NHS#", "Items", "Deliv?", "Addr (if deliv)"]]
    meds = ["Atorvastatin 20mg x28; Amlodipine 5mg x28", "Methadone 1mg/ml oral soln 60ml daily (supervised)",
            "Levothyroxine 75mcg x56", "Metformin 500mg x112; Gliclazide 80mg x56", "Salbutamol 100mcg inh x2",
            "Apixaban 5mg x56", "Omeprazole 20mg x28", "Co-codamol 30/500 x100", "Ramipril 10mg x28; Bisoprolol 2.5mg x28"]
    people = []
    for i, m in enumerate(meds):
        p = Person("manchester")
        deliv = i % 3 == 0
        rows.append([f"{p.last.upper()}, {p.first}", p.d(3) if i % 2 else p.d(0), p.nhs, m, "Y" if deliv else "N",
                     p.address if deliv else ""])
        c.sub(p, "dob", "nhs", *(["address", "postcode"] if deliv else []))
        people.append(p)
    att = Attach("Repeats_wk44.xlsx", xlsx([("wk44", rows)]), XLSX)
    text = f"""Morning,

Reporting as per the SOP. I sent our week 44 repeat list to the wrong pharmacy - should have gone to
Burton Road Pharmacy but autocomplete picked Burnage Pharmacy (both nhs.net shared boxes). Their
manager rang me at 9.15 to say they'd got it and deleted it from the inbox and deleted items, I've asked
them to confirm in writing.

Original below and the spreadsheet attached so you can see what was on it (9 patients).

Imran Sandhu MRPharmS
Pharmacist Manager
Platt Lane Pharmacy | 0161 496 0555

{outlook_fwd("Imran Sandhu <imran.sandhu2@nhs.net>", "05 November 2026 08:02", "Burnage Pharmacy (shared) <burnage.pharmacy@nhs.net>", "Repeats wk44 - please prepare")}Hi both, repeats for wk44 attached, 3 deliveries flagged. Thanks, Imran
"""
    c.staff("Imran Sandhu", email=["imran.sandhu2@nhs.net", "burnage.pharmacy@nhs.net"], phone="0161 496 0555")
    c.cats = {"health", "substance_misuse"}
    c.grade(4, 2, "medication list for identified patients incl. supervised methadone (substance misuse)",
            "recipient is another pharmacy on NHSmail (trusted domain)", "recipient says deleted (cannot go below 2)")
    root = Multi("mixed", [Text(text, cte="quoted-printable"), att], "=_fresh16_002_mixed")
    return "repeats-wrong-pharmacy-xlsx", c, H(addr("Imran Sandhu", "imran.sandhu2@nhs.net"),
                                               "FW: Repeats wk44 - please prepare"), root

# =====================================================================================================
@case
def e_repeats_fax_taxi():
    c = Case("repeat_list_faxed_to_business", ["plain", "wales", "fax", "gp_practice", "bilingual_footer"])
    ps = [Person("cardiff") for _ in range(3)]
    meds = ["Metformin 1g bd, Empagliflozin 10mg od", "Ramipril 5mg od, Bisoprolol 5mg od", "Fostair 100/6 2 puffs bd, Montelukast 10mg"]
    lines = "\n".join(f"  {i+1}. {p.first} {p.last.upper()}   DOB {p.d(0)}   NHS {fmt_nhs(p.nhs, 1)}   - {m}" for i, (p, m) in enumerate(zip(ps, meds)))
    for p in ps:
        c.sub(p, "dob", "nhs")
    text = f"""Dear IG team,

I am writing to report a data incident at Richmond Road Medical Centre, Cardiff (Cardiff and Vale UHB
cluster).

Yesterday afternoon (Wednesday) one of our dispensing administrators faxed a repeat prescription request
sheet intended for the community pharmacy on Crwys Road. The number had been keyed with two digits
transposed and the fax was received by a local taxi firm. The owner telephoned us this morning. He has
said he will drop the paper copy back to reception later this week; he has not confirmed that no copies
were taken.

The sheet listed three patients and their repeat medication:

{lines}

We no longer fax prescriptions as of today and have moved to the electronic route for this pharmacy.
Please advise whether the patients should be contacted by the practice or by the health board.

Yours faithfully,

Rhiannon Price
Practice Manager
Richmond Road Medical Centre
Ffôn / Tel: 029 2018 0440
{WALES_FOOTER}"""
    c.staff("Rhiannon Price", email="rhiannon.price@wales.nhs.uk", phone="029 2018 0440")
    c.cats = {"health"}
    c.grade(3, 3, "repeat medication for three identified patients", "received by a taxi firm (outside NHS), paper copy not yet recovered")
    return "fax-repeats-taxi-firm", c, H(addr("Rhiannon Price", "rhiannon.price@wales.nhs.uk"),
                                          "Data incident - repeat prescription fax misdirected"), Text(text, cte="8bit")

# =====================================================================================================
@case
def e_referral_wrong_practice_wales():
    c = Case("referral_letter_to_wrong_practice", ["inline_outlook", "wales", "nhs_to_nhs", "gp_practice", "clinical_letter"])
    p = Person("swansea", "M", 64)
    text = f"""Hi,

Logging this as advised by the cluster lead. A USC (suspected cancer) referral letter was emailed to
Brynymor Surgery instead of Brynmill Surgery. Brynymor's practice manager sent it back and confirmed
it was deleted from their mailbox. Letter text below.

Gwen Morgan | Medical Secretary | Walter Road Surgery
Swansea Bay UHB

{outlook_fwd("Morgan, Gwen (Swansea Bay UHB - Walter Road Surgery)", "Monday, 9 November 2026 11:47", "Brynymor Surgery Admin <brynymor.admin@wales.nhs.uk>", "Referral - urgent suspected cancer")}Dear Colleague

Re: Mr {p.first} {p.last.upper()}  DOB: {p.d(1)}  NHS No: {fmt_nhs(p.nhs)}
Address: {p.street}, {p.town} {p.pc}

Thank you for seeing this 64 year old gentleman under the urgent suspected cancer pathway. He presents
with 6 weeks of painless visible haematuria and a 5kg weight loss. He is an ex-smoker (40 pack years).
Urine dip: blood +++. eGFR 71. He is on ramipril and atorvastatin.

Yours sincerely

Dr Owen Bevan
GP Partner
{WALES_FOOTER}"""
    c.sub(p, "dob", "nhs", "address", "postcode")
    c.staff("Gwen Morgan", email=["gwen.morgan@wales.nhs.uk", "brynymor.admin@wales.nhs.uk"])
    c.staff("Owen Bevan")
    c.cats = {"health"}
    c.grade(3, 2, "referral letter with symptoms and suspected cancer for an identified patient",
            "sent to another GP practice on NHS Wales secure email (NHS-to-NHS)", "recipient returned and deleted it")
    return "referral-wrong-practice-wales", c, H(addr("Gwen Morgan", "gwen.morgan@wales.nhs.uk"),
                                                  "FW: Referral - urgent suspected cancer"), Text(text, cte="quoted-printable")

# =====================================================================================================
@case
def e_sms_group():
    c = Case("appointment_sms_group_mms", ["csv", "no_header_row", "england", "gp_practice", "group_message"])
    ps = [Person("sheffield") for _ in range(14)]
    rows = []
    for i, p in enumerate(ps):
        rows.append([p.mob.replace(" ", ""), f"{p.last}, {p.first}", "Asthma review", "14/11/2026", f"{9 + i // 4}:{(i % 4) * 15:02d}"])
        c.sub(p, "mob")
    att = Attach("sent_log_0311.csv", csv_bytes(rows), CSV)
    text = """Hello

Our text reminders for Saturday's asthma clinic went out as ONE group message instead of individual
texts (the new template had the "send as group" box ticked). So all 14 patients got a group MMS saying
"Reminder: your asthma review at Walkley Bank Surgery, Sat 14/11" and can see each other's mobile
numbers, and a couple have already replied to all. One patient rang to complain.

The send log from the messaging system is attached (it doesn't have column headings, sorry, that's how
it exports).

Thanks
Lowri Jenkins
Operations Manager, Walkley Bank Surgery, Sheffield S6
"""
    c.staff("Lowri Jenkins", email="lowri.jenkins@nhs.net")
    c.cats = {"health"}
    c.grade(3, 3, "mobile numbers of 14 patients disclosed to each other together with the fact they attend an asthma review (health)",
            "recipients are members of the public")
    root = Multi("mixed", [Text(text), att], "=_fresh16_005_mixed")
    return "sms-group-asthma-csv", c, H(addr("Lowri Jenkins", "lowri.jenkins@nhs.net"), "Group text sent in error"), root

# =====================================================================================================
@case
def e_hpv_clinic_list():
    c = Case("vaccination_clinic_list_to_wrong_school", ["xlsx", "two_people_per_row", "children", "england", "school_nursing"])
    rows = [["Immunisation session - Year 8 HPV - Ashcombe Academy - Thu 12 Nov", "", "", "", "", "", "", ""],
            ["", "", "", "", "", "", "", ""],
            ["Child", "DOB", "NHS No", "Form", "Consent", "Parent/carer", "Contact", "Notes"]]
    notes = ["", "egg allergy", "", "needle phobic, mum to attend", "", "", "epilepsy - carries buccal midazolam", "", "", ""]
    parents = []
    twins_parent = None
    for i in range(10):
        sex = "F" if i % 2 == 0 else "M"
        if i == 5:   # twin of child 4, same parent
            kid = Person("bristol", sex, born=kids_dob, last=prev_kid.last)
            par = twins_parent
        else:
            kid = Person("bristol", sex, born=dt.date(2013, 9 + (i % 4), 1 + 2 * i))
            par = Person("bristol", "F" if i % 3 else "M", RNG.randint(32, 50), last=kid.last if i % 4 else None)
        if i == 4:
            twins_parent, kids_dob, prev_kid = par, kid.dob, kid
        rows.append([kid.name, kid.d(0), fmt_nhs(kid.nhs, 1), f"8{'ABCD'[i % 4]}", "Y" if i != 7 else "N",
                     par.name, par.mob, notes[i]])
        c.sub(kid, "dob", "nhs")
        c.sub(par, "mob")
    att = Attach("Y8 HPV Ashcombe.xlsx", xlsx([("Session list", rows)]), XLSX)
    text = """Hi IG,

School-aged immunisation team here. The session list for Ashcombe Academy was emailed to the office at
Ashton Vale Primary by mistake (we had both schools open in the planner). The office manager there rang to
say she'd opened it and seen it wasn't theirs; I've asked her to delete it but haven't had confirmation
back yet. List is
attached - 10 pupils plus their parents/carers' mobiles.

Best wishes
Bethany Greenwood
School Nurse Team Leader, 0-19 Service (Bristol)
"""
    c.staff("Bethany Greenwood", email=["bethany.greenwood@nhs.net", "office@ashtonvale.bristol.sch.uk"])
    c.cats = {"health"}
    c.grade(3, 3, "children's names, DOBs, NHS numbers with consent and medical notes (allergy, epilepsy, anxiety) plus parents' mobiles",
            "children involved", "opened by an external school office, deletion not yet confirmed")
    root = Multi("mixed", [Text(text), att], "=_fresh16_006_mixed")
    return "hpv-list-wrong-school-xlsx", c, H(addr("Bethany Greenwood", "bethany.greenwood@nhs.net"),
                                              "Session list sent to wrong school"), root

# =====================================================================================================
@case
def e_rota_keysafe():
    c = Case("care_agency_rota_keysafe_codes", ["xlsx", "two_people_per_row", "title_rows_above_header", "domiciliary_care", "england", "vulnerable_adults", "gmail_forward"])
    rows = [["CARELINK HOMECARE - EAST HULL RUN", "", "", "", "", "", "", ""],
            ["w/c 09/11/2026   (do not share)", "", "", "", "", "", "", ""],
            [],
            ["Client", "Address", "PC", "Keysafe", "Calls", "Needs", "NOK", "NOK tel"]]
    needs = ["dementia, prompt meds", "catheter care, hoist x2", "insulin 08:00 (district nurse checks)", "dementia, wanders at night",
             "stroke - left side weakness, soft diet", "PEG feed - see care plan", "Parkinson's, falls risk", "personal care, shopping Weds"]
    calls = ["08:00/12:30/17:00/21:00", "07:30/13:00/19:30", "08:00/18:00", "09:00/13:00/17:30/21:30", "08:30/12:00/17:00", "08:00/20:00", "07:45/12:15/17:15/21:00", "10:00 Weds"]
    clients = [Person("hull", age=RNG.randint(72, 94)) for _ in range(8)]
    # clients 2 and 3 are a married couple at the same address with the same NOK (their daughter)
    clients[3].last = clients[2].last
    clients[3].street, clients[3].pc = clients[2].street, clients[2].pc
    noks = []
    for i, cl in enumerate(clients):
        if i == 3:
            nok = noks[2]
        elif i == 7:
            nok = None
        else:
            nok = Person("hull", age=RNG.randint(40, 65), last=cl.last if i % 2 == 0 else None)
        noks.append(nok)
        rows.append([cl.name, cl.street, cl.pc, f"{RNG.randint(1000, 9999)}", calls[i], needs[i],
                     (nok.name + (" (dtr)" if i in (2, 3) else "")) if nok else "none - self", nok.mob if nok else ""])
        c.sub(cl, "postcode", "address")
        if nok:
            c.sub(nok, "mob")
    att = Attach("ROTA EAST wc 9.11.xlsx", xlsx([("East run", rows)]), XLSX)
    fwd = gmail_fwd("Carelink Rotas <rotas@carelinkhomecare.co.uk>", "Sat, 7 Nov 2026 at 16:05",
                    "kerrymensah82@gmail.com", "ROTA EAST wc 9.11")
    text = f"""Hiya

I'm the registered manager at Carelink. Our coordinator sent next week's east rota to Kerry Mensah
who LEFT us 3 weeks ago (she's still on the rota distribution list, my fault). It's got the key safe
codes for all the clients on it. I've texted Kerry to ask her to delete it but not heard back. We are
changing all 8 key safe codes Monday with the families. Do I need to tell CQC as well as you?

Dawn Fenwick
Registered Manager, Carelink Homecare (Hull & East Riding)

{fwd}Hi all, rota for next week attached. Any swaps to me by Sunday noon please.
Rotas team
"""
    c.staff("Dawn Fenwick", email=["dawn.fenwick@carelinkhomecare.co.uk", "rotas@carelinkhomecare.co.uk", "kerrymensah82@gmail.com"])
    c.staff("Kerry Mensah")
    c.cats = {"health"}
    c.grade(4, 3, "key-safe codes and home addresses of 8 vulnerable adults with care needs (risk of harm / loss)",
            "sent to a former employee's personal Gmail, not yet deleted")
    root = Multi("mixed", [Text(text, cte="quoted-printable"), att], "=_fresh16_007_mixed")
    return "care-rota-keysafe-xlsx", c, H(addr("Dawn Fenwick", "dawn.fenwick@carelinkhomecare.co.uk"),
                                          "Fwd: ROTA EAST wc 9.11 - sent to ex staff member"), root

# =====================================================================================================
@case
def e_hv_safeguarding_wrong_council():
    c = Case("safeguarding_notes_to_wrong_council", ["plain", "safeguarding", "children", "health_visiting", "england", "top_posting", "quoted_lines"])
    child = Person("leicester", "M", born=dt.date(2025, 10, 19))
    sib = Person("leicester", "F", born=dt.date(2021, 7, 2), last=child.last)
    mum = Person("leicester", "F", 27, last=child.last)
    partner = Person("leicester", "M", 31)
    mum.street, mum.pc = child.street, child.pc
    quoted = f"""Chronology / HV notes for strategy discussion

Child: {child.name}   DOB {child.d(0)}   NHS {fmt_nhs(child.nhs)}
Sibling: {sib.name}  DOB {sib.d(0)}
Mother: {mum.name}  DOB {mum.d(0)}  mob {mum.mob}
Address: {child.street}, {child.town}, {child.pc}
Mother's partner: {partner.name} (not the children's father)

02/10 - HV home visit (11-12 month contact). Bruise to left cheek of {child.first}, mum says from cot side.
16/10 - Mum disclosed partner "loses his temper", police called to address 12/10 (DA incident, PPN raised).
03/11 - {child.first} not brought to 12-month review. {sib.first} nursery reports she is "frightened of {partner.first}".
Plan: referral to MASH, strategy discussion requested."""
    q = "\n".join("> " + l if l else ">" for l in quoted.splitlines())
    text = f"""IG team - please see below. I sent this to the social worker at the WRONG council. It should have
gone to Leicester City children's services (S. Rahman) but I picked Sana Rahman at Rutland from the
address book. I've emailed her and asked her to delete, she's on leave until the 16th.

Grace
Health Visitor Team Leader, Leicester 0-19

On Wed, 4 Nov 2026 at 15:22, Grace Holroyd <grace.holroyd@nhs.net> wrote:
> Hi Sana, notes for tomorrow's strategy discussion as promised.
>
{q}
"""
    SHARED["hv_child"] = child
    c.sub(child, "dob", "nhs", "address", "postcode")
    c.sub(sib, "dob")
    c.sub(mum, "dob", "mob")
    c.sub(partner)
    c.staff("Grace Holroyd", email=["grace.holroyd@nhs.net", "sana.rahman@rutland.gov.uk"])
    c.staff("Sana Rahman")
    c.cats = {"safeguarding", "health"}
    c.grade(4, 3, "child safeguarding chronology with domestic abuse disclosures about identified children and adults",
            "sent to a social worker at a different local authority (outside trusted domains), deletion not confirmed")
    return "hv-safeguarding-wrong-council", c, H(addr("Grace Holroyd", "grace.holroyd@nhs.net"),
                                                 "Re: strategy discussion - SENT TO WRONG PERSON"), Text(text)

# =====================================================================================================
@case
def e_parent_on_child_record():
    c = Case("parent_details_on_child_record_misuse", ["html_and_plain", "safeguarding", "children", "integrity", "gp_practice", "england"])
    child = Person("norwich", "F", born=dt.date(2019, 5, 23))
    mum = Person("norwich", "F", 33, last=child.last)
    dad = Person("norwich", "M", 36)
    plain = f"""Dear IG lead

Serious incident - please call me. In September we registered {child.first} {child.last} (DOB {child.d(0)},
NHS {fmt_nhs(child.nhs, 1)}) and her mother {mum.name}, who had moved into refuge accommodation and
then a new tenancy in Norwich. The child's record was merged from her previous practice and the
"parent/guardian" contact on it was still her father, {dad.name}, mobile {dad.mob}. There is a
non-molestation order and mum had asked us to remove him.

On 28/10 our system sent an automated immunisation reminder for {child.first} to the father's mobile,
which included the surgery name. Yesterday he came to reception asking for the child's address. Staff did
not give it, police were called. Mum has been informed and says she is frightened to stay at the
address ({mum.street}, {mum.pc}).

Chidi Okafor
Practice Manager, Unthank Road Surgery
"""
    html = "<html><body>" + "".join(f"<p>{l}</p>" if l else "<br>" for l in plain.splitlines()) + "</body></html>"
    c.sub(child, "dob", "nhs")
    c.sub(mum, "address", "postcode")
    c.sub(dad, "mob")
    c.staff("Chidi Okafor", email="chidi.okafor@nhs.net")
    c.cats = {"safeguarding"}
    c.grade(4, 5, "child and mother fleeing domestic abuse; non-molestation order", "father's contact left on child's record (integrity)",
            "father used the reminder to locate the surgery and attended asking for the address (misuse occurred)")
    root = Multi("alternative", [Text(plain, cte="quoted-printable"), Text(html, "html", cte="quoted-printable")], "=_fresh16_009_alt")
    return "father-on-child-record-dv", c, H(addr("Chidi Okafor", "chidi.okafor@nhs.net"), "URGENT - contact details on child's record"), root

# =====================================================================================================
@case
def e_ppg_newsletter_to_not_bcc():
    c = Case("newsletter_to_not_bcc", ["to_not_bcc", "recipients_are_subjects", "inline_outlook", "gp_practice", "england"])
    ps = [Person("leicester") for _ in range(18)]
    to = ";\n    ".join(f"{p.name} <{p.email}>" for p in ps)
    for p in ps:
        c.sub(p, "email")
    text = f"""Hi,

I sent the Patient Participation Group autumn newsletter this afternoon to the PPG members with
everyone in the To line rather than Bcc. 18 patients. One member has already replied to all to say
she's not happy her email address has been shared. The newsletter itself has no patient info in it
(flu clinic dates, new phone system, car park). I have tried recall, which didn't work for external addresses.

Harpreet Kaur
Practice Manager, Evington Road Medical Practice

{outlook_fwd("Harpreet Kaur <harpreet.kaur12@nhs.net>", "Tuesday, November 10, 2026 2:41 PM", to, "Evington Road PPG - Autumn newsletter")}Dear PPG members,

Please find our autumn newsletter below. Flu clinics are on Saturday 21st and 28th November...

Best wishes, Harpreet
"""
    c.staff("Harpreet Kaur", email="harpreet.kaur12@nhs.net")
    c.grade(2, 3, "email addresses and names of 18 patients (PPG members) disclosed to each other; no health content",
            "recipients are members of the public; recall failed")
    return "ppg-newsletter-to-not-bcc", c, H(addr("Harpreet Kaur", "harpreet.kaur12@nhs.net"), "FW: Evington Road PPG - Autumn newsletter"), Text(text)

# =====================================================================================================
@case
def e_out_of_office():
    c = Case("non_report_out_of_office", ["auto_reply", "non_report", "plain"])
    text = """Thank you for your email. I am out of the office until Monday 16 November with no access to email.

For urgent information governance matters please contact the IG team on the usual number or email
ig.team@example.nhs.uk. If you are reporting a data breach, please continue to use the breach mailbox.

Kind regards
Teresa Quinn
Information Governance Officer
"""
    c.staff("Teresa Quinn", email=["teresa.quinn@example.nhs.uk", "ig.team@example.nhs.uk"])
    c.grade(1, 1, "automatic reply; no incident and no personal data")
    return "out-of-office", c, H(addr("Teresa Quinn", "teresa.quinn@example.nhs.uk"), "Automatic reply: Incident BD-2026-000412 acknowledged",
                                 extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]), Text(text)

# =====================================================================================================
@case
def e_retention_question():
    c = Case("non_report_retention_question", ["non_report", "question", "scotland", "gp_practice"])
    text = """Hello,

Not a breach, just a question - hope that's OK to send here. We've got a cupboard of Lloyd George
envelopes for patients who died or left the practice between 2012 and 2015, plus some old appointment
books. How long are we supposed to keep these under the Scottish Government Records Management Code
for health and social care? And is it us or the health board that arranges confidential destruction?

Thanks
Morag Stewart
Practice Manager, Culduthel Medical Practice (NHS Highland)
"""
    c.staff("Morag Stewart", email="morag.stewart@nhs.scot")
    c.grade(1, 1, "question about records retention; no incident, no personal data")
    return "question-retention-scotland", c, H(addr("Morag Stewart", "morag.stewart@nhs.scot"), "Retention of deceased patients' records?"), Text(text)

# =====================================================================================================
@case
def e_chi_list_personal_gmail():
    c = Case("chi_list_to_personal_email", ["csv", "missing_headers", "scotland", "chi", "community_pharmacy", "personal_account"])
    ps = [Person("glasgow") for _ in range(11)]
    rows = [["CHI", "", "", "Service", ""]]
    svc = ["UTI - nitrofurantoin", "Impetigo - fusidic acid", "Shingles - aciclovir", "EHC - levonorgestrel 1.5mg",
           "Sore throat - advice", "UTI - trimethoprim", "Smoking cessation - NRT patch", "Conjunctivitis - chloramphenicol",
           "Hay fever - advice", "Head lice", "Shingles - aciclovir"]
    for p, sv in zip(ps, svc):
        rows.append([p.chi, p.last.upper(), p.first, sv, p.pc])
        c.sub(p, "chi", "postcode")
    att = Attach("pharmacyfirst_oct.csv", csv_bytes(rows, bom=True), CSV)
    text = """Hi there

Bit embarrassing. I emailed our October Pharmacy First consultations list to my own Gmail so I could
finish the board claim at home on Sunday. Our locum said that's not allowed. It's still in my Gmail
(I haven't deleted it yet in case you need it). The list is attached, it's got CHI numbers and what
we treated them for. 11 people.

Fraser Mackenzie
Pharmacist, Tollcross Pharmacy, Glasgow
"""
    c.staff("Fraser Mackenzie", email=["fraser.mackenzie@nhs.scot", "frasermack1990@gmail.com"])
    c.cats = {"health", "reproductive_health"}
    c.grade(4, 3, "CHI numbers with treatments for 11 people incl. emergency hormonal contraception (reproductive health)",
            "copied to a personal Gmail account outside NHS systems, still held there")
    root = Multi("mixed", [Text(text), att], "=_fresh16_013_mixed")
    return "chi-list-personal-gmail-csv", c, H(addr("Fraser Mackenzie", "fraser.mackenzie@nhs.scot"), "sent work list to my gmail"), root

# =====================================================================================================
@case
def e_ni_caseload_docx():
    c = Case("district_nursing_caseload_to_wrong_trust", ["docx_table", "northern_ireland", "hc_number", "district_nursing", "nhs_to_nhs"])
    ps = [Person(RNG.choice(["belfast", "belfast", "newry"]), age=RNG.randint(60, 95)) for _ in range(7)]
    tasks = ["Leg ulcer dressing x2 wkly", "Insulin admin bd", "Syringe driver - palliative, fast track", "Catheter change 6/52",
             "Pressure ulcer grade 3 sacrum", "B12 inj 3 monthly", "Post-op wound, staples out"]
    rows = [["Name", "H&C No", "DOB", "Address", "Visit / task"]]
    for p, t in zip(ps, tasks):
        rows.append([f"{p.first} {p.last}", p.hc, p.d(1), p.address, t])
        c.sub(p, "hc", "dob", "address", "postcode")
    att = Attach("DN caseload Team 4 - Nov.docx", docx(["District Nursing Team 4 - active caseload (extract)", "OFFICIAL-SENSITIVE"], rows,
                                                     ["Prepared for weekend cover. Do not forward."]), DOCX)
    text = """Good afternoon,

I am reporting that the weekend cover caseload extract for District Nursing Team 4 was emailed to a
band 6 nurse with the same name in the Southern Trust instead of our own Belfast Trust colleague. She
has replied confirming she has deleted it. The attachment is included so you can see the content.

Regards
Mairead McKeown
District Nursing Sister / Team Lead
Belfast Health and Social Care Trust
"""
    c.staff("Mairead McKeown", email=["mairead.mckeown@belfasttrust.hscni.net", "orla.devlin@southerntrust.hscni.net"])
    c.staff("Orla Devlin")
    c.cats = {"health"}
    c.grade(3, 2, "caseload with H&C numbers, addresses and clinical tasks for 7 patients",
            "sent to another HSC trust on HSCNI secure email (HSC-to-HSC)", "recipient confirmed deletion")
    root = Multi("mixed", [Text(text), att], "=_fresh16_014_mixed")
    return "ni-dn-caseload-docx", c, H(addr("Mairead McKeown", "mairead.mckeown@belfasttrust.hscni.net"), "Misdirected email - DN caseload"), root

# =====================================================================================================
@case
def e_dental_medhistory_hiv():
    c = Case("dental_medical_history_to_wrong_patient", ["plain", "sexual_health", "dental", "england", "gmail_forward", "wrong_recipient_replied"])
    p = Person("bristol", "M", 46)
    wrong = Person("bristol", "M", 44, last=p.last)
    text = f"""Hello,

Reporting on behalf of Gloucester Road Dental Care. Our receptionist scanned a completed medical
history form and emailed it to the wrong {p.last} - the email went to {wrong.first} {wrong.last}
instead of {p.first} {p.last} (we were sending it to him to re-sign). The recipient has forwarded it
back to us, see below. The form shows {p.first}'s date of birth {p.d(0)}, his address
{p.street}, {p.pc}, his mobile {p.mob}, medications (Biktarvy) and he has ticked HIV positive,
with the name of his HIV consultant.

Sandra Hargreaves
Practice Manager, Gloucester Road Dental Care (NHS contract 123456)

{gmail_fwd(f"{wrong.first} {wrong.last} <{wrong.email}>", "Thu, 12 Nov 2026 at 19:31", "reception@gloucesterroaddental.co.uk", "Re: Your medical history form")}I think you've sent me someone else's form. Same surname but not me. Deleting it now.
"""
    c.sub(p, "dob", "address", "postcode", "mob")
    c.staff(wrong.name, email=[wrong.email, "reception@gloucesterroaddental.co.uk", "sandra.hargreaves@gloucesterroaddental.co.uk"])
    c.staff("Sandra Hargreaves")
    c.cats = {"health", "sexual_health"}
    c.grade(4, 3, "HIV status and antiretroviral medication of an identified patient (sexual health)",
            "sent to a member of the public; recipient says he is deleting it (stated, -1 not applied: disclosure to a named member of the public who read it)")
    c.assessment["basis"][-1] = "read by a member of the public; his statement that he is deleting it is not yet confirmed"
    return "dental-form-hiv-wrong-patient", c, H(addr("Sandra Hargreaves", "sandra.hargreaves@gloucesterroaddental.co.uk"),
                                                 "Fwd: Re: Your medical history form"), Text(text)

# =====================================================================================================
@case
def e_optician_gos_ni():
    c = Case("gos_claim_forms_misdirected", ["html_only", "base64", "ni_number", "optician", "england"])
    ps = [Person("sheffield", age=a) for a in (67, 34, 71, 29)]
    for p in ps:
        p.ni = ni_number()
    benefit = ["Pension Credit Guarantee", "Universal Credit", "Pension Credit Guarantee", "Income-based JSA"]
    clin = ["FH glaucoma (mother)", "Type 1 diabetic - retinal screening overdue", "Cataract R eye - referred", "Myopia -6.50"]
    rows = "".join(f"<tr><td>{p.first} {p.last}</td><td>{p.d(0)}</td><td>{fmt_ni(p.ni, 1)}</td><td>{p.address}</td><td>{b}</td><td>{cl}</td></tr>"
                   for p, b, cl in zip(ps, benefit, clin))
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif">
<p>Hi</p>
<p>I need to report that yesterday I emailed our batch of GOS1/GOS3 claim details to
<b>accounts@ecclesallopticians.co.uk</b> (a different independent optician) instead of the PCSE
claims mailbox. Their manager says she has not opened the attachment but the details were typed in
the body of the email, as below:</p>
<table border="1" cellpadding="3"><tr><th>Patient</th><th>DOB</th><th>NI No</th><th>Address</th><th>Exemption</th><th>Clinical</th></tr>
{rows}</table>
<p>Sorry - I realise the NI numbers shouldn't have been in there at all.</p>
<p>Kind regards<br>Yasmin Iqbal<br>Dispensing Optician, Crookes Eyecare, Sheffield</p>
</body></html>"""
    for p in ps:
        c.sub(p, "dob", "ni", "address", "postcode")
    c.staff("Yasmin Iqbal", email=["yasmin.iqbal@crookeseyecare.co.uk", "accounts@ecclesallopticians.co.uk"])
    c.cats = {"health"}
    c.grade(4, 3, "NI numbers with DOBs, addresses and benefit entitlement for 4 patients (identity-fraud / financial risk) plus eye health",
            "sent to another private business outside NHS systems")
    return "optician-gos-ni-numbers-html", c, H(addr("Yasmin Iqbal", "yasmin.iqbal@crookeseyecare.co.uk"), "GOS claim details sent to wrong email"), \
        Text(html, "html", cte="base64")

# =====================================================================================================
@case
def e_hospice_facebook():
    c = Case("hospice_whiteboard_on_social_media", ["html_only", "social_media", "published", "hospice", "wales"])
    ps = [Person("bangor", age=RNG.randint(55, 90)) for _ in range(5)]
    items = ["syringe driver", "DNACPR", "family staying overnight", "for discharge home to die", "pain review"]
    lis = "".join(f"<li>Room {i+1}: {p.first} {p.last} &ndash; {it}</li>" for i, (p, it) in enumerate(zip(ps, items)))
    html = f"""<html><body><div dir="ltr">
<p>Dear DPO,</p>
<p>One of our volunteers posted a photo on her personal Facebook page on Sunday (a &quot;thank you to the
amazing nurses&quot; post). The photo was taken at the nurses' station on the inpatient unit and the
patient whiteboard is readable in the background if you zoom in. It was public and had been shared 30+
times before we saw it this morning. She has now taken it down. The board showed:</p>
<ul>{lis}</ul>
<p>Two of these patients have since died. We have not yet spoken to families.</p>
<p>Diolch,<br>Nia Vaughan<br>Director of Care, Hosbis Eryri / Eryri Hospice</p></div></body></html>"""
    for p in ps:
        c.sub(p)
    c.staff("Nia Vaughan", email="nia.vaughan@eryrihospice.org.uk")
    c.cats = {"health"}
    c.grade(3, 4, "names of 5 hospice inpatients with end-of-life care details", "published publicly on Facebook and shared before removal")
    return "hospice-whiteboard-facebook", c, H(addr("Nia Vaughan", "nia.vaughan@eryrihospice.org.uk"), "Photo on Facebook showing patient board"), \
        Text(html, "html", cte="quoted-printable")

# =====================================================================================================
@case
def e_dn_handover_lost_edinburgh():
    c = Case("district_nurse_handover_sheet_lost", ["plain", "scotland", "chi", "district_nursing", "lost_paper"])
    ps = [Person("edinburgh", age=RNG.randint(58, 97)) for _ in range(6)]
    tasks = ["insulin 0800 & 1700", "leg ulcer - compression", "DNACPR in place, palliative", "catheter bypassing - review", "heel pressure damage", "bloods - INR"]
    lines = "\n".join(f"{p.last.upper()} {p.first} - CHI {fmt_chi(p.chi, i % 2)} - {p.street} - {t}" for i, (p, t) in enumerate(zip(ps, tasks)))
    text = f"""Dear Information Governance,

I wish to report the loss of a paper handover sheet. I think it fell out of my bag between the car and
the Tesco on Gorgie Road at about 13:15 on Thursday. I went back and looked and asked at the customer
service desk but it had not been handed in. I have reported it to my team lead and on Datix.

To the best of my memory it had these six patients (I have rebuilt it from TRAKcare):

{lines}

All in the EH11 area. No postcodes on the sheet.

Catriona Thomson
Staff Nurse, District Nursing - South West Edinburgh
NHS Lothian
"""
    for p in ps:
        c.sub(p, "chi")
        c.ident("address", f"{p.street}, {p.town}")
    c.staff("Catriona Thomson", email="catriona.thomson@nhs.scot")
    c.cats = {"health"}
    c.grade(3, 3, "CHI numbers, street addresses and nursing care needs for 6 patients", "paper lost in a public place, not recovered")
    return "dn-handover-lost-edinburgh", c, H(addr("Catriona Thomson", "catriona.thomson@nhs.scot"), "Lost handover sheet"), Text(text)

# =====================================================================================================
@case
def e_hv_sms_wrong_mother():
    c = Case("health_visitor_text_to_wrong_number", ["plain", "wales", "children", "health_visiting", "quoted_sms"])
    baby = Person("merthyr", "M", born=dt.date(2026, 6, 14), first="Ellis")
    mum = Person("merthyr", "F", 24, first="Ffion", last=baby.last)
    wrongnum = mobile()
    text = f"""Hi

Flying Start health visitor. I sent a text from the work mobile to the wrong number (one digit out).
Meant for {mum.name} ({mum.mob}), went to {wrongnum}. The person replied "wrong number
love". Text said:

  "Hi Ffion, it's Kirsty HV. Ellis's weight has dropped below the 2nd centile again so I've referred
   him to the paediatric dietitian and I'll come Thursday 10am to weigh him. Keep going with the
   top-ups x"

Baby is {baby.name}, DOB {baby.d(0)}, NHS {fmt_nhs(baby.nhs)}. Mum is aware and OK-ish about it.

Kirsty Jackson
Health Visitor, Flying Start Merthyr - Cwm Taf Morgannwg UHB
"""
    c.sub(baby, "dob", "nhs")
    c.sub(mum, "mob")
    c.staff("Kirsty Jackson", email="kirsty.jackson@wales.nhs.uk", phone=wrongnum)
    c.cats = {"health"}
    c.grade(3, 3, "baby's faltering growth and dietitian referral with mother's name", "child involved", "text received by an unknown member of the public")
    return "hv-text-wrong-number-wales", c, H(addr("Kirsty Jackson", "kirsty.jackson@wales.nhs.uk"), "text to wrong number"), Text(text)

# =====================================================================================================
@case
def e_ncmp_letters_swapped():
    c = Case("child_measurement_letters_swapped", ["plain", "children", "school_nursing", "england", "post"])
    k1 = Person("norwich", "M", born=dt.date(2015, 11, 3))
    k2 = Person("norwich", "F", born=dt.date(2016, 2, 27))
    text = f"""Hello

School nursing (NCMP) - two result letters went into the wrong envelopes at Magdalen Primary. Parents
rang us this morning.

Letter 1 for {k1.name}, DOB {k1.d(0)}, Year 6 - "your child is very overweight" (BMI 98th centile,
height 146.2cm, weight 52.4kg) - was posted to {k2.first}'s family at {k2.street}, {k2.pc}.
Letter 2 for {k2.name}, DOB {k2.d(0)} - healthy weight - was posted to {k1.first}'s family at {k1.street}, {k1.pc}.

{k1.first}'s mum is very upset as {k1.first} hasn't been told about the result. Both letters now returned.

Ewa Kowalczyk
Staff Nurse, School Health (Norfolk 0-19)
"""
    c.sub(k1, "dob", "address", "postcode")
    c.sub(k2, "dob", "address", "postcode")
    c.staff("Ewa Kowalczyk", email="ewa.kowalczyk@nhs.net")
    c.cats = {"health"}
    c.grade(3, 3, "children's weight/BMI results disclosed to another family", "children involved",
            "read by the other parents; letters returned (the disclosure has already happened)")
    return "ncmp-letters-wrong-envelopes", c, H(addr("Ewa Kowalczyk", "ewa.kowalczyk@nhs.net"), "NCMP letters in wrong envelopes"), Text(text)

# =====================================================================================================
@case
def e_asc_assessment_neighbour():
    c = Case("social_care_assessment_to_neighbour", ["inline_outlook", "local_authority", "financial", "mental_health", "ni_number", "england", "quoted_printable"])
    cl = Person("sheffield", "F", 79)
    cl.ni = ni_number()
    son = Person("sheffield", "M", 52, last=cl.last)
    text = f"""Dear Information Governance

Incident: a Care Act assessment and financial assessment were emailed to the wrong address. The
client's son asked for a copy; the officer typed the email address from the case note, which was the
address of the client's neighbour, who had previously contacted us about her.
The neighbour has replied to say she has read it and is "worried about" the client.

{outlook_fwd("Adult Social Care - Financial Assessment Team", "12 November 2026 10:03", "j.sutcliffe.home@btinternet.com", f"Assessment - {cl.first} {cl.last}")}Dear Mr {son.last},

Please find the completed assessment for your mother.

Name: {cl.name}    DOB: {cl.d(2)}    NI: {fmt_ni(cl.ni)}
Address: {cl.address}
Presenting needs: low mood and anxiety since bereavement, previous overdose (2025), now under the
Community Mental Health Team; falls; needs help with bathing.
Financial assessment: savings GBP 21,400 (Nationwide), occupational pension GBP 612/month,
Attendance Allowance higher rate. Assessed contribution GBP 94.10 per week.
Next of kin: {son.name}, {son.mob}.
"""
    c.sub(cl, "dob", "ni", "address", "postcode")
    c.sub(son, "mob")
    c.staff("Jean Sutcliffe", email=["j.sutcliffe.home@btinternet.com", "asc.finance@calderbrook.gov.uk"])
    c.cats = {"health", "mental_health"}
    c.grade(4, 3, "mental health history and detailed financial assessment of an identified older adult", "vulnerable adult",
            "read by a neighbour (member of the public)")
    return "asc-assessment-to-neighbour", c, H(addr("Adult Social Care IG", "asc.finance@calderbrook.gov.uk"),
                                               "Incident - assessment emailed to wrong person"), Text(text, cte="quoted-printable")

# =====================================================================================================
@case
def e_snooping_receptionist():
    c = Case("snooping_staff_access", ["plain", "snooping", "reproductive_health", "gp_practice", "england", "formal"])
    p = Person("manchester", "F", 29)
    text = f"""Dear DPO,

I am writing to report a confidentiality breach by a member of our staff, which I consider serious.

On 9 November the patient {p.name} (DOB {p.d(1)}, NHS number {fmt_nhs(p.nhs, 2)}) complained that a
receptionist at this practice, who is the current partner of the patient's former partner, had made
comments on social media which could only have come from her record (an early medical abortion in
August 2026 and subsequent contraception consultation). An audit of EMIS access shows the
receptionist opened the record on 11 occasions between 20 August and 2 November with no
legitimate reason. The member of staff has been suspended pending investigation.

The patient has asked that the matter be reported to the ICO and that she be kept informed.

Yours sincerely,
Dr Arjun Patel
Caldicott Guardian and GP Partner, Moston Lane Medical Practice
"""
    c.sub(p, "dob", "nhs")
    c.staff("Arjun Patel", email="arjun.patel3@nhs.net")
    c.cats = {"health", "reproductive_health"}
    c.grade(4, 5, "termination of pregnancy and contraception details (reproductive health)", "deliberate unauthorised access by staff and disclosure on social media (misuse occurred)")
    return "snooping-receptionist-top", c, H(addr("Dr Arjun Patel", "arjun.patel3@nhs.net"), "Inappropriate record access - staff member"), Text(text)

# =====================================================================================================
@case
def e_results_wrong_record():
    c = Case("results_filed_to_wrong_patient_online", ["plain", "integrity", "nhs_app", "gp_practice", "england"])
    a = Person("leeds", "M", 68)
    b = Person("leeds", "M", 41, first=a.first, last=a.last)
    text = f"""Hi

Another patient could see someone else's blood results in the NHS App. Our lab link filed results for
{a.name} DOB {a.d(0)} (NHS {fmt_nhs(a.nhs)}) into the record of a different {a.first} {a.last} (the
younger one). He rang us confused about "diabetes and kidney" results. Results were HbA1c 72
mmol/mol, eGFR 41, PSA 8.2. We've moved them to the right record and the visibility is switched off.

Gareth
Practice Manager, Tong Road Surgery
"""
    c.sub(a, "dob", "nhs")
    c.staff("Gareth Lloyd", email="gareth.lloyd@nhs.net")
    c.cats = {"health"}
    c.grade(3, 3, "blood results (diabetes, kidney function, PSA) of an identified patient", "viewed by another member of the public via the NHS App")
    return "results-in-wrong-nhs-app-record", c, H(addr("Gareth Lloyd", "gareth.lloyd@nhs.net"), "results in wrong patient record"), Text(text)

# =====================================================================================================
@case
def e_pharmacy_near_miss():
    c = Case("near_miss_wrong_bag_caught", ["plain", "near_miss", "community_pharmacy", "substance_misuse", "northern_ireland"])
    p = Person("derry", "M", 38)
    text = f"""Hi there

Near miss only, but our superintendent says log everything. A bag for {p.name} (his methadone
take-home doses and diazepam) was about to be handed to another gentleman with a similar name. The
technician did the name and address check at the counter before handing over and caught it. Nothing
left the pharmacy.

{p.first}'s H&C is {p.hc} if you need it.

Malachy Toner
Pharmacist, Strand Road Pharmacy, Derry~Londonderry
"""
    c.sub(p, "hc")
    c.staff("Malachy Toner", email="malachy.toner@strandroadpharmacy.co.uk")
    c.cats = {"health", "substance_misuse"}
    c.near_miss = True
    c.grade(4, 1, "opioid substitution medication for an identified patient (substance misuse)", "caught at the counter before hand-over: nothing disclosed (near miss)")
    return "pharmacy-near-miss-methadone", c, H(addr("Malachy Toner", "malachy.toner@strandroadpharmacy.co.uk"), "near miss - wrong bag nearly handed out"), Text(text)

# =====================================================================================================
@case
def e_care_home_mar_wrong_relative():
    c = Case("mar_chart_to_wrong_relative", ["pdf_described", "inline_gmail", "care_home", "vulnerable_adults", "england"])
    r = Person("leeds", "F", 88)
    other_rel = Person("leeds", "F", 55)
    text = f"""To the IG team at the ICB,

I am the manager at Ash Grove Care Home. Yesterday our deputy emailed a copy of a resident's MAR chart to
a relative of a DIFFERENT resident. The relative ({other_rel.name}) has been very good and replied saying
she has deleted it. Details of what was on the chart:

Resident: {r.name}
DOB: {r.d(0)}
NHS No: {r.nhs}
GP: Cardigan Road Surgery
Allergies: penicillin
Medicines: donepezil 10mg, sertraline 50mg, lorazepam 0.5mg PRN, Movicol
Notes: "refusing meds in the evenings - discussed with GP re covert administration"

Kind regards
Patricia Haworth
Registered Manager
Ash Grove Care Home

> On Wed, 11 Nov 2026, {other_rel.first} <{other_rel.email}> wrote:
> Hello I think this is for someone else not my mum. I've deleted it. {other_rel.first}
"""
    c.sub(r, "dob", "nhs")
    c.staff("Patricia Haworth", email="manager@ashgrovecarehome.co.uk")
    c.staff(other_rel.name, email=other_rel.email)
    c.cats = {"health"}
    c.grade(3, 2, "care home resident's medication chart (dementia medication, allergies)", "vulnerable adult",
            "sent to a relative of another resident (outside trusted domains)", "recipient confirmed deletion (likelihood -1)")
    return "care-home-mar-wrong-relative", c, H(addr("Patricia Haworth", "manager@ashgrovecarehome.co.uk"), "MAR chart sent to wrong family member"), Text(text)

# =====================================================================================================
@case
def e_ctac_mailmerge_html():
    c = Case("appointment_letters_mail_merge_error", ["html_only", "base64", "scotland", "chi", "post", "community_treatment"])
    ps = [Person("dundee", age=RNG.randint(40, 85)) for _ in range(3)]
    appts = ["phlebotomy (fasting bloods for lipid and liver monitoring)", "ear irrigation", "wound care - diabetic foot ulcer review"]
    rows = "".join(f"<tr><td>{p.first} {p.last.upper()}</td><td>{fmt_chi(p.chi)}</td><td>{p.street}, {p.town} {p.pc}</td><td>{a}</td>"
                   f"<td>{ps[(i + 1) % 3].first} {ps[(i + 1) % 3].last.upper()}</td></tr>" for i, (p, a) in enumerate(zip(ps, appts)))
    html = f"""<html><body><p style="font-family:Arial">Hi IG,</p>
<p style="font-family:Arial">The CTAC booking team ran the appointment letters on Friday and the mail merge was one
row out for three letters, so each patient received another patient's letter (the envelope window
showed the correct name but the letter inside was for someone else). All three have phoned in.</p>
<table border="1" style="font-family:Arial;font-size:10pt"><tr><th>Letter for</th><th>CHI</th><th>Address on letter</th>
<th>Appointment</th><th>Received by</th></tr>{rows}</table>
<p style="font-family:Arial">Shona Kerr<br>Admin Team Leader, Community Treatment and Care<br>NHS Tayside</p></body></html>"""
    for p in ps:
        c.sub(p, "chi", "address", "postcode")
    c.staff("Shona Kerr", email="shona.kerr@nhs.scot")
    c.cats = {"health"}
    c.grade(3, 3, "appointment letters with CHI numbers and treatment type for 3 patients", "each read by another member of the public")
    return "ctac-mailmerge-letters-html", c, H(addr("Shona Kerr", "shona.kerr@nhs.scot"), "mail merge error - CTAC letters"), Text(html, "html", cte="base64")

# =====================================================================================================
@case
def e_ni_care_package_nok_xlsx():
    c = Case("care_package_list_to_wrong_provider", ["xlsx", "two_people_per_row", "odd_headers", "northern_ireland", "hc_number", "domiciliary_care", "hsc_trust"])
    cl = [Person(RNG.choice(["belfast", "newry"]), age=RNG.randint(68, 93)) for _ in range(6)]
    # clients 1 and 2 are siblings living together; same NOK (niece/nephew)
    cl[2].last, cl[2].street, cl[2].pc, cl[2].town = cl[1].last, cl[1].street, cl[1].pc, cl[1].town
    rows = [["SU", "H+C", "Addr", "Pkg (hrs/wk)", "NoK", "Rel", "NoK Tel", None]]
    noks = []
    pk = ["14 - personal care, meds prompt", "21 - double up, hoist", "10.5 - meal prep, dementia support", "7 - shopping/social", "28 - end of life, fast track", "14 - catheter & stoma care"]
    for i, p in enumerate(cl):
        nok = noks[1] if i == 2 else Person(p.area, age=RNG.randint(35, 70))
        noks.append(nok)
        rel = {0: "Son", 3: "Daughter", 4: "Spouse", 5: "Friend"}.get(i) or ("Niece" if nok.sex == "F" else "Nephew")
        rows.append([p.name, p.hc, p.address, pk[i], nok.name, rel, nok.tel or nok.mob, ""])
        c.sub(p, "hc", "address", "postcode")
        c.sub(nok, "tel" if nok.tel else "mob")
    att = Attach("Packages to be sourced - Nov.xlsx", xlsx([("Sheet1", rows)]), XLSX)
    text = """Hi

Reporting a misdirected email from the Community Care team (South & East Belfast). The list of care
packages still to be sourced was sent to Homecare Partners NI instead of Homecare Providers NI. The
agency has been asked to delete it; no response yet. Attachment included.

Thanks,
Saoirse Mulholland
Care Management Admin, Belfast HSC Trust
"""
    c.staff("Saoirse Mulholland", email=["saoirse.mulholland@belfasttrust.hscni.net", "referrals@homecarepartnersni.co.uk"])
    c.cats = {"health"}
    c.grade(3, 3, "H&C numbers, addresses and care needs of 6 vulnerable adults plus their next of kin", "sent to the wrong independent provider (outside HSC), deletion not confirmed")
    root = Multi("mixed", [Text(text), att], "=_fresh16_027_mixed")
    return "ni-care-packages-nok-xlsx", c, H(addr("Saoirse Mulholland", "saoirse.mulholland@belfasttrust.hscni.net"), "FW: packages to be sourced"), root

# =====================================================================================================
@case
def e_hospice_bereavement_to_not_bcc():
    c = Case("bereavement_group_email_to_not_bcc", ["rfc822_attachment", "to_not_bcc", "recipients_are_subjects", "hospice", "england"])
    ps = [Person("leicester", age=RNG.randint(40, 85)) for _ in range(12)]
    to = ",\n ".join(addr(p.name, p.email) for p in ps)
    inner = message([("From", addr("Bereavement Support", "bereavement@stcuthbertshospice.org.uk")), ("To", to),
                     ("Subject", "Bereavement support group - winter dates"), ("Date", "Mon, 16 Nov 2026 10:10:00 +0000"),
                     ("Message-ID", "<bsg-winter-2026@stcuthbertshospice.org.uk>")],
                    Text("""Dear all,

Our winter bereavement support group meets on Thursdays from 3 December, 2-4pm in the Garden Room.
You are welcome to bring a friend. Please let us know if you need transport.

With warm wishes,
The Family Support Team
"""))
    for p in ps:
        c.sub(p, "email")
    text = """Hello,

Attached is an email our family support team sent today to 12 bereaved relatives with their
addresses in the To field. Two people have phoned upset. Attaching the original so you can see it.

Layla Ahmed
Head of Family Support, St Cuthbert's Hospice
"""
    c.staff("Layla Ahmed", email=["layla.ahmed@stcuthbertshospice.org.uk", "bereavement@stcuthbertshospice.org.uk", "bsg-winter-2026@stcuthbertshospice.org.uk"])
    c.grade(2, 3, "names and email addresses of 12 bereaved relatives disclosed to each other (vulnerable, no health data)", "recipients are members of the public")
    root = Multi("mixed", [Text(text), Rfc822(inner)], "=_fresh16_028_mixed")
    return "hospice-bereavement-to-not-bcc", c, H(addr("Layla Ahmed", "layla.ahmed@stcuthbertshospice.org.uk"), "Group email sent with all addresses visible"), root

# =====================================================================================================
@case
def e_optician_referral_wrong_gp():
    c = Case("optician_referral_to_wrong_gp", ["plain", "nhs_to_nhs", "optician", "england", "clinical_letter"])
    p = Person("leicester", "F", 58)
    text = f"""Hi

GOS18 referral sent to Narborough Road Surgery (nhs.net) instead of Narborough Health Centre. The other
practice phoned and said they have deleted it. Content:

  Patient: Mrs {p.first} {p.last}   DOB {p.d(3)}   {p.address}
  IOP R 28 / L 26 mmHg, suspicious discs, visual field defect R. Suspected POAG - please refer to HES.

Trevor Greenwood, Optometrist, Belgrave Gate Opticians
"""
    c.sub(p, "dob", "address", "postcode")
    c.staff("Trevor Greenwood", email=["trevor.greenwood1@nhs.net", "narboroughroad.surgery@nhs.net"])
    c.cats = {"health"}
    c.grade(3, 2, "eye examination findings and suspected glaucoma for an identified patient", "sent to another GP practice on NHSmail; deleted")
    return "optician-gos18-wrong-gp", c, H(addr("Trevor Greenwood", "trevor.greenwood1@nhs.net"), "Referral to wrong surgery"), Text(text)

# =====================================================================================================
@case
def e_sar_third_party():
    c = Case("sar_response_included_third_party", ["inline_outlook", "third_party_data", "substance_misuse", "criminal", "safeguarding", "gp_practice", "england"])
    ex = Person("hull", "M", 45)
    requester = Person("hull", "F", 42)
    text = f"""Dear Information Governance Team,

We responded to a subject access request from {requester.name} last week (paper copy posted). She has
rung to say the bundle contains letters about her ex-husband, {ex.name}. On checking, 14 pages from
his record were filed in her notes in 2019 (scanning error). They include:

 - his name, DOB {ex.d(0)} and NHS number {fmt_nhs(ex.nhs)};
 - an alcohol service discharge letter (alcohol dependence, detox 2018);
 - a MARAC notification naming him as the perpetrator;
 - a probation letter referring to his conviction for assault.

The requester still has the pages and says she will "keep them for her solicitor". There is a risk
to her safety if he learns of this.

Yours faithfully
Elsie Greenwood
Medical Records Lead, Newland Avenue Surgery
"""
    c.sub(ex, "dob", "nhs")
    c.staff(requester.name)
    c.staff("Elsie Greenwood", email="elsie.greenwood@nhs.net")
    c.cats = {"health", "substance_misuse", "criminal", "safeguarding"}
    c.grade(4, 3, "third party's alcohol dependence, MARAC and criminal conviction disclosed", "held by the requester (member of the public), who refuses to return it")
    return "sar-third-party-pages", c, H(addr("Elsie Greenwood", "elsie.greenwood@nhs.net"), "SAR - third party information disclosed"), Text(text, cte="quoted-printable")

# =====================================================================================================
@case
def e_la_mha_report_printer():
    c = Case("mha_report_left_on_printer", ["plain", "local_authority", "mental_health", "internal", "england"])
    p = Person("bristol", "M", 34)
    text = f"""IG,

Found on the 3rd floor shared printer (used by Revenues & Benefits as well as us) this morning: a
completed AMHP report for {p.name}, DOB {p.d(0)}, {p.address}. Detention under s.2 MHA, includes
the history of psychosis and the nearest relative's views. It was found by a Revenues officer who
brought it to our team. It had been there overnight. The printer is in a staff-only area behind
swipe access.

Ross Paterson
Team Manager, AMHP Service, Bristol City Council
"""
    c.sub(p, "dob", "address", "postcode")
    c.staff("Ross Paterson", email="ross.paterson@bristol.gov.uk")
    c.cats = {"health", "mental_health"}
    c.grade(4, 2, "Mental Health Act assessment (psychosis, detention) for an identified person",
            "seen only by council staff in a swipe-access area (stayed inside the organisation)")
    return "amhp-report-on-printer", c, H(addr("Ross Paterson", "ross.paterson@bristol.gov.uk"), "Confidential report left on shared printer"), Text(text)

# =====================================================================================================
@case
def e_carer_lost_paper_rota_wales():
    c = Case("carer_lost_paper_rota_keysafe", ["plain", "wales", "domiciliary_care", "keysafe", "vulnerable_adults", "lost_paper", "mobile_voice"])
    ps = [Person("bangor", age=RNG.randint(75, 96)) for _ in range(5)]
    codes = [f"{RNG.randint(0, 9999):04d}" for _ in ps]
    lines = "\n".join(f"{p.first} {p.last} {p.street} {p.pc} KS {k}" for p, k in zip(ps, codes))
    text = f"""hi sorry to bother u, my manager said email this. I lost my rota sheet yesterday, think it blew
out the car door in the Morrisons car park in Bangor. it had my calls on for the week. from my phone
notes it had:

{lines}

+ the times of my calls. we are ringing the families to change key safes today

Gethin
Carer, Gofal Da Care Services

Sent from my Galaxy"""
    for p in ps:
        c.sub(p, "address", "postcode")
    c.staff("Gethin Roberts", email="gethin.r@gofalda.cymru")
    c.cats = set()
    c.grade(4, 3, "names, addresses and key-safe codes of 5 older people receiving home care (risk of harm / burglary)", "paper lost in a public car park, not recovered")
    return "carer-lost-rota-keysafe-wales", c, H(addr("Gethin Roberts", "gethin.r@gofalda.cymru"), "lost rota"), Text(text)

# =====================================================================================================
@case
def e_dn_whatsapp_photo():
    c = Case("wound_photo_sent_to_family_whatsapp", ["plain", "northern_ireland", "hc_number", "district_nursing", "messaging_app"])
    p = Person("belfast", "M", 81)
    text = f"""Dear IG,

One of our district nurses took a photo of a patient's pressure ulcer on her own phone to send to the
tissue viability nurse on WhatsApp, and sent it to her family group chat by mistake (about 15 people).
The photo has the label in shot: {p.name}, H&C {p.hc[:3]} {p.hc[3:6]} {p.hc[6:]}, DOB {p.d(5)}. She
deleted it "for everyone" within about 10 minutes but two people had seen it.

I know we shouldn't be using personal phones for this and we are dealing with that separately.

Aoife Magee
Team Leader, District Nursing North Belfast, Belfast HSC Trust
"""
    c.sub(p, "hc", "dob")
    c.staff("Aoife Magee", email="aoife.magee@belfasttrust.hscni.net")
    c.cats = {"health"}
    c.grade(3, 3, "wound photograph with name, H&C number and DOB", "seen by members of the public on a family group chat; deleted for everyone but already viewed")
    return "dn-wound-photo-whatsapp-ni", c, H(addr("Aoife Magee", "aoife.magee@belfasttrust.hscni.net"), "Photo sent to wrong WhatsApp group"), Text(text)

# =====================================================================================================
@case
def e_booster_list_wrong_care_home_csv():
    c = Case("vaccination_list_to_wrong_care_home", ["csv", "odd_headers", "semicolon_csv", "two_people_per_row", "wales", "care_home", "vaccination"])
    ps = [Person("swansea", age=RNG.randint(74, 99)) for _ in range(8)]
    rows = [["Resident;Name", "dob", "NHS", "flu", "covid", "consent by"]]
    rows = [["Res name", "d.o.b", "nhs no.", "Flu", "Covid (autumn)", "Consent (if not self)"]]
    consent_people = {}
    for i, p in enumerate(ps):
        if i in (1, 4, 6):
            cp = Person("swansea", age=RNG.randint(45, 70))
            consent_people[i] = cp
            cons = f"{cp.name} (LPA health)"
            c.sub(cp)
        else:
            cons = "self"
        rows.append([p.name, p.d(0), fmt_nhs(p.nhs), "Y", "Y" if i != 3 else "declined", cons])
        c.sub(p, "dob", "nhs")
    att = Attach("Brynymor Lodge vaccs 2026.csv", csv_bytes(rows, sep=";"), CSV)
    text = """Helo,

The community pharmacy sent us (Mansel House) the vaccination list for Brynymor Lodge care home by
mistake - I'm reporting it because their pharmacist asked me to send it to you as we are not NHS. I
have deleted it from our inbox now apart from this copy. 8 residents.

Diolch
Gwen
Deputy Manager, Mansel House Residential Home
"""
    c.staff("Gwen Evans", email="deputy@manselhouse.co.uk")
    c.cats = {"health"}
    c.grade(3, 3, "vaccination status of 8 care home residents with NHS numbers and DOBs, and names of attorneys", "vulnerable adults",
            "received by a different (private) care home; deleted but a copy was forwarded to us")
    root = Multi("mixed", [Text(text), att], "=_fresh16_034_mixed")
    return "booster-list-wrong-care-home-csv", c, H(addr("Gwen Evans", "deputy@manselhouse.co.uk"), "list sent to us by mistake"), root

# =====================================================================================================
@case
def e_genetic_letter_wrong_address():
    c = Case("genetic_result_letter_wrong_address", ["plain", "genetic", "gp_practice", "england", "post"])
    p = Person("bristol", "F", 39)
    text = f"""Hello

Patient {p.name} (DOB {p.d(2)}) told us that a letter from the clinical genetics service about her
BRCA2 result (pathogenic variant) was copied to us and our admin then posted our copy of the
"results for family members" letter to her OLD address, {p.street}, {p.pc}. The current occupants
opened it and gave it to a neighbour who knows her. Her sister is named in the letter as also needing
testing.

Kenneth Boateng
Practice Manager, Chelsea Road Surgery, Bristol
"""
    sister = None
    c.sub(p, "dob", "address", "postcode")
    c.staff("Kenneth Boateng", email="kenneth.boateng@nhs.net")
    c.extra_subjects = 1   # the sister is identifiable from the letter but not named in the report
    c.cats = {"health", "genetic"}
    c.grade(4, 3, "genetic test result (BRCA2 pathogenic variant) with family implications", "opened and read by the new occupants and a neighbour")
    return "brca-letter-old-address", c, H(addr("Kenneth Boateng", "kenneth.boateng@nhs.net"), "genetic results letter to old address"), Text(text)

# =====================================================================================================
@case
def e_ig_newsletter():
    c = Case("non_report_ig_newsletter", ["non_report", "newsletter", "html_and_plain"])
    plain = """IG Matters - November 2026

1. Data Security and Protection Toolkit: submission deadline is 30 June. Training compliance is at 91%.
2. Lessons learned: a practice in the region sent a patient list To rather than Bcc. Always use Bcc
   or a mail merge for group emails.
3. Christmas: remember your smartcard is personal to you - never share it, even when the rota is busy.
4. Records retention: see the Records Management Code of Practice 2023.

IG Team, Humber & North Yorkshire ICB
"""
    html = "<html><body><h2>IG Matters - November 2026</h2>" + "".join(f"<p>{l}</p>" for l in plain.splitlines()[2:] if l) + "</body></html>"
    c.staff(None, email="ig.newsletter@nhs.net")
    c.grade(1, 1, "newsletter; no incident, no personal data")
    root = Multi("alternative", [Text(plain), Text(html, "html")], "=_fresh16_036_alt")
    return "ig-newsletter-nonreport", c, H(addr("IG Team", "ig.newsletter@nhs.net"), "IG Matters - November 2026",
                                            extra=[("List-Unsubscribe", "<mailto:ig.newsletter@nhs.net?subject=unsubscribe>"), ("Precedence", "bulk")]), root

# =====================================================================================================
@case
def e_training_question():
    c = Case("non_report_training_question", ["non_report", "question", "hypothetical", "gp_practice"])
    text = """Hi,

Quick question from our practice IG training session - we couldn't agree. If a receptionist emails a
discharge summary to the wrong person but both are on nhs.net, is that a reportable breach or just an
internal incident? And what if it's a hospital address like @mft.nhs.uk? Nothing has happened, it's
for our training notes.

Thanks, Jessica (Practice IG lead)
"""
    c.staff("Jessica Dunn", email="jessica.dunn@nhs.net")
    c.grade(1, 1, "hypothetical training question; no incident, no personal data")
    return "training-question-nhsnet", c, H(addr("Jessica Dunn", "jessica.dunn@nhs.net"), "question re reporting"), Text(text)

# =====================================================================================================
@case
def e_followup_deletion_confirmed():
    c = Case("follow_up_containment", ["follow_up", "top_posting", "quoted_lines", "safeguarding", "containment"])
    child = SHARED["hv_child"]
    text = f"""Update on my report from last week (wrong social worker) - Sana at Rutland has now emailed to
confirm she deleted my email about {child.first} {child.last} from her inbox and deleted items without
opening the attachment, and didn't forward it. Her email is below. Can you close it or do you need
anything else from me?

Grace

> From: Sana Rahman <sana.rahman@rutland.gov.uk>
> Sent: 16 November 2026 09:12
> Subject: RE: strategy discussion - SENT TO WRONG PERSON
>
> Hi Grace, back today - I've permanently deleted this and not shared it. Sana
"""
    c.sub(child)
    c.staff("Grace Holroyd", email=["grace.holroyd@nhs.net", "sana.rahman@rutland.gov.uk"])
    c.staff("Sana Rahman")
    c.cats = {"safeguarding"}
    c.grade(4, 2, "update to a safeguarding disclosure about an identified child", "recipient has confirmed permanent deletion in writing (likelihood 3 -1)")
    return "followup-deletion-confirmed", c, H(addr("Grace Holroyd", "grace.holroyd@nhs.net"), "RE: strategy discussion - SENT TO WRONG PERSON - update"), Text(text)

# =====================================================================================================
@case
def e_meeting_agenda():
    c = Case("non_report_meeting_agenda", ["non_report", "docx_table", "agenda"])
    rows = [["Item", "Lead", "Time"], ["1. Minutes and actions", "Chair", "10:00"], ["2. DSPT evidence tracker", "IG Manager", "10:10"],
            ["3. Incident themes Q2 (anonymised)", "DPO", "10:30"], ["4. Cyber: phishing exercise results", "IT Security", "10:50"],
            ["5. Records retention - scanning project", "Head of Records", "11:10"], ["6. AOB", "All", "11:25"]]
    att = Attach("IGSG agenda 24 Nov.docx", docx(["Information Governance Steering Group", "Tuesday 24 November 2026, 10:00-11:30, Teams"], rows,
                                               ["Papers to the IG mailbox by Friday please."]), DOCX)
    text = """Hi all - agenda for next week's IGSG attached. I've copied the breach mailbox so the DPO's
deputy gets it too. No patient information in any of the papers.

Thanks, Brian
IG Manager
"""
    c.staff("Brian Sinclair", email=["brian.sinclair@nhs.net", "igsg@example.nhs.uk"])
    c.grade(1, 1, "meeting agenda; no incident, no personal data")
    root = Multi("mixed", [Text(text), att], "=_fresh16_040_mixed")
    return "igsg-agenda-nonreport", c, H(addr("Brian Sinclair", "brian.sinclair@nhs.net"), "IGSG agenda 24 November", to=addr("IG Steering Group", "igsg@example.nhs.uk"), cc=BREACH), root

# =====================================================================================================
@case
def e_lost_encrypted_tablet():
    c = Case("lost_encrypted_tablet_no_data", ["near_miss", "no_personal_data", "district_nursing", "lost_device", "plain"])
    text = """Hello

Reporting a lost device as per policy. One of our district nurses left her work iPad on the bus on
Tuesday evening (asset tag CHS-IPAD-0417). It is enrolled in Intune, encrypted, PIN-protected and IT
issued a remote wipe at 19:50 which has been confirmed. It is only used to access the clinical system
online - nothing is stored on the device, no photos, no downloaded documents. Police lost property
informed.

Alfie Hussain
Community Services Manager
"""
    c.staff("Alfie Hussain", email="alfie.hussain@nhs.net")
    c.near_miss = True
    c.grade(1, 1, "encrypted, PIN-protected device with no locally stored data; remote wipe confirmed")
    return "lost-encrypted-ipad", c, H(addr("Alfie Hussain", "alfie.hussain@nhs.net"), "Lost iPad - encrypted, wiped"), Text(text)

# =====================================================================================================
@case
def e_glasgow_cp_to_wrong_school():
    c = Case("child_protection_concern_to_wrong_school", ["inline_outlook", "scotland", "chi", "safeguarding", "criminal", "children", "school_nursing"])
    kid = Person("glasgow", "F", born=dt.date(2017, 8, 30))
    mum = Person("glasgow", "F", 30, last=kid.last)
    dad = Person("glasgow", "M", 34, first="Stuart", last=kid.last)
    text = f"""Hi

Reporting for one of my school nurses - her wellbeing concern form went to the office of St Bride's
Primary instead of St Brigid's Primary (both glasgow.gov.uk addresses, autocomplete). St Bride's head
teacher has phoned; she has read it. Form content copied below.

Eilidh Campbell
Team Leader, School Nursing Service, NHS Greater Glasgow and Clyde

{outlook_fwd("Iona Murray <iona.murray@nhs.scot>", "17 November 2026 14:02", "Office, St Bride's Primary <headteacher@st-brides-pri.glasgow.sch.uk>", "Wellbeing concern - P4 pupil")}WELLBEING CONCERN / CHILD PROTECTION
Child: {kid.name}    CHI: {kid.chi}    DOB: {kid.d(0)}
Address: {kid.street}, Glasgow {kid.pc}
Parent/carer: {mum.name} (mum) {mum.mob}
Concern: arriving hungry, unwashed, untreated head lice, says there is "no food in the house".
Dad, {dad.name}, is currently in HMP Barlinnie. Mum disclosed she is struggling with alcohol.
Named Person informed; request for assistance to social work.
"""
    c.sub(kid, "chi", "dob", "address", "postcode")
    c.sub(mum, "mob")
    c.sub(dad)
    c.staff("Eilidh Campbell", email=["eilidh.campbell@nhs.scot", "iona.murray@nhs.scot", "headteacher@st-brides-pri.glasgow.sch.uk"])
    c.staff("Iona Murray")
    c.cats = {"safeguarding", "criminal", "substance_misuse", "health"}
    c.grade(4, 3, "child protection concern (neglect), parent's imprisonment and alcohol use", "read by the head teacher of a different school (outside NHS)")
    return "cp-concern-wrong-school-glasgow", c, H(addr("Eilidh Campbell", "eilidh.campbell@nhs.scot"), "FW: Wellbeing concern - P4 pupil - WRONG SCHOOL"), Text(text)

# =====================================================================================================
@case
def e_ni_rx_returned_sealed():
    c = Case("prescription_handed_wrong_patient_returned", ["plain", "northern_ireland", "hc_number", "gp_practice", "containment"])
    p = Person("belfast", "M", 77)
    text = f"""Hi,

Prescription for {p.name}, H&C {p.hc}, {p.address} (warfarin 3mg, digoxin 125mcg, furosemide 40mg)
was handed to a different patient at reception this morning. She noticed straight away because the
name on the front was wrong and handed it back within a couple of minutes. The bag was still stapled
shut, but the label with his name and address was on the outside, and the repeat slip was stapled to
the front so the medicines were visible.

Niamh
Reception Supervisor, Ormeau Road Health Centre
"""
    c.sub(p, "hc", "address", "postcode")
    c.staff("Niamh Gallagher", email="niamh.gallagher@ormeauroadhc.hscni.net")
    c.cats = {"health"}
    c.grade(3, 2, "name, H&C number, address and medicines of an identified patient", "seen briefly by another patient and handed straight back (contained, likelihood 3 -1)")
    return "ni-rx-wrong-patient-returned", c, H(addr("Niamh Gallagher", "niamh.gallagher@ormeauroadhc.hscni.net"), "prescription given to wrong person"), Text(text)

# =====================================================================================================
@case
def e_dental_treatment_plan_base64():
    c = Case("dental_treatment_plan_to_wrong_patient", ["plain", "base64", "dental", "wales", "wrong_recipient"])
    p = Person("cardiff", "F", 63)
    text = f"""Hello IG

We sent {p.name}'s treatment plan and x-ray report by email to another patient (we selected the wrong
{p.first} in our software). The other patient emailed us back.

Plan was for {p.name}, DOB {p.d(1)}, {p.address}, tel {p.tel or p.mob}:
 - generalised periodontitis stage III
 - LL6 extraction under IV sedation
 - on alendronic acid for osteoporosis - MRONJ risk discussed
 - band 3 NHS charge

Regards
Chloe Rees
Practice Manager, Splott Road Dental Practice
"""
    c.sub(p, "dob", "address", "postcode", "tel" if p.tel else "mob")
    c.staff("Chloe Rees", email="chloe.rees@splottroaddental.co.uk")
    c.cats = {"health"}
    c.grade(3, 3, "dental diagnosis, medication and treatment plan of an identified patient", "sent to another member of the public")
    return "dental-plan-wrong-patient-b64", c, H(addr("Chloe Rees", "chloe.rees@splottroaddental.co.uk"), "treatment plan sent to wrong patient"), Text(text, cte="base64")

# =====================================================================================================
@case
def e_dlp_blocked_near_miss():
    c = Case("near_miss_email_blocked", ["near_miss", "inline_outlook", "hospital_number", "community_hospital", "england"])
    p = Person("norwich", "M", 83)
    text = f"""Hi

Near miss I think. I tried to send a discharge summary to the patient's daughter's personal email (she
asked for it) and NHSmail blocked it because it wasn't encrypted, and while checking I realised I'd
picked the wrong address anyway. So nothing went out. Bounce below.

Owen Price
Ward Clerk, Cromer Community Hospital

{outlook_fwd("Microsoft Outlook <postmaster@nhs.net>", "18 November 2026 16:40", "Owen Price", "Undeliverable: Discharge summary")}Your message couldn't be delivered. It contains sensitive information and was sent to an external
recipient without encryption. Add [secure] to the subject line to send it encrypted.

Original subject: Discharge summary - {p.first} {p.last.upper()} - RM no {p.hosp} - NHS {fmt_nhs(p.nhs)}
"""
    c.sub(p, "hosp", "nhs")
    c.staff("Owen Price", email=["postmaster@nhs.net", "owen.price4@nhs.net"])
    c.cats = {"health"}
    c.near_miss = True
    c.grade(3, 1, "discharge summary of an identified patient", "blocked by NHSmail before delivery: nothing disclosed (near miss)")
    return "near-miss-nhsmail-blocked", c, H(addr("Owen Price", "owen.price4@nhs.net"), "Undeliverable - near miss"), Text(text)

# =====================================================================================================
@case
def e_direct_payment_bank_details():
    c = Case("direct_payment_statement_to_wrong_client", ["plain", "wales", "local_authority", "financial", "bilingual_footer", "post"])
    p = Person("cardiff", "M", 47)
    text = f"""Dear Information Governance,

A direct payments audit statement for {p.name} was posted to a different direct payment recipient
(two letters in one envelope). The recipient brought it into the Hub. The statement showed:

  {p.name}, {p.address}
  Direct payment account: sort code 30-94-21, account 27419963 (Lloyds)
  4-weekly payment GBP 1,146.40; personal assistant wages and HMRC payments listed
  Reason for support: acquired brain injury (2019)

Yours sincerely

Dafydd Llewellyn
Direct Payments Team, Adult Services, Cardiff Council / Cyngor Caerdydd
{WALES_FOOTER}"""
    c.sub(p, "address", "postcode")
    c.staff("Dafydd Llewellyn", email="dafydd.llewellyn@cardiff.gov.uk")
    c.cats = {"health"}
    c.grade(4, 3, "bank account details and payments of an identified disabled adult (financial) plus health condition", "read by another member of the public; returned")
    return "direct-payment-bank-wrong-client", c, H(addr("Dafydd Llewellyn", "dafydd.llewellyn@cardiff.gov.uk"), "Direct payments statement - wrong recipient"), Text(text)

# =====================================================================================================
def main():
    for f in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]-*.eml")):
        os.remove(f)
    base = dt.datetime(2026, 11, 9, 8, 12, 0, tzinfo=dt.timezone.utc)
    truth = []
    for i, fn in enumerate(CASES, 1):
        slug, c, headers, root = fn()
        fname = f"{i:03d}-{slug}.eml"
        when = base + dt.timedelta(days=(i * 2) // 5, hours=(i * 7) % 9, minutes=(i * 37) % 60)
        dom = headers[0][1].split("@")[-1].rstrip(">")
        hs = list(headers) + [("Date", format_datetime(when)), ("Message-ID", f"<fresh16.{i:03d}.{slug}@{dom}>")]
        raw = message(hs, root)
        with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(raw)
        c.ign["email_address"].append(BREACH)
        truth.append(c.record(fname))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in truth:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(f"wrote {len(truth)} emails")

if __name__ == "__main__":
    main()
