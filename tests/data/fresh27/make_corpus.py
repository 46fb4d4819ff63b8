#!/usr/bin/env python3
"""Generator for the fresh27 breachdesk evaluation corpus.

Deterministic: run it again and every .eml and truth.jsonl line comes out byte-identical.
    /work/main/.venv/bin/python make_corpus.py [OUTDIR]
Needs openpyxl, python-docx and fpdf2 for the attachments.
"""
import io
import json
import os
import re
import sys
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
import datetime as dt

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MAILBOX = "breach@example.nhs.uk"
FIXED = dt.datetime(2026, 11, 2, 9, 0, 0)


# ---------------------------------------------------------------- identifiers

def mod11(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    return 0 if c == 11 else c


def nhs(prefix9):
    """A valid 10-digit number from a 9-digit prefix (last digit nudged if check would be 10)."""
    p = prefix9
    while mod11(p) == 10:
        p = p[:-1] + str((int(p[-1]) + 1) % 10)
    return p + str(mod11(p))


def chi(ddmmyy, two, sexdigit):
    dt.datetime.strptime(ddmmyy, "%d%m%y")
    p = ddmmyy + two + str(sexdigit)
    while mod11(p) == 10:
        two = "%02d" % ((int(two) + 1) % 100)
        p = ddmmyy + two + str(sexdigit)
    return p + str(mod11(p))


def spaced(n):
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def dashed(n):
    return f"{n[:3]}-{n[3:6]}-{n[6:]}"


# ---------------------------------------------------------------- zips made deterministic

def fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            data_ = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" with the current time
                data_ = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                               rb"\g<1>2026-11-02T09:00:00Z\g<2>", data_)
            zout.writestr(zi, data_)
    return out.getvalue()


def xlsx_bytes(rows, sheet="Sheet1"):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(r)
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "NHS user"
    b = io.BytesIO()
    wb.save(b)
    return fix_zip(b.getvalue())


def docx_bytes(paragraphs, table=None):
    import docx
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Adult Social Care"
    d.core_properties.last_modified_by = "Adult Social Care"
    d.core_properties.revision = 1
    for p in paragraphs:
        if p.startswith("# "):
            d.add_heading(p[2:], level=1)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for r in table:
            cells = t.add_row().cells
            for c, v in zip(cells, r):
                c.text = str(v)
    b = io.BytesIO()
    d.save(b)
    return fix_zip(b.getvalue())


def pdf_bytes(lines):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_creation_date(FIXED.replace(tzinfo=dt.timezone.utc))
    pdf.set_creator("RIS")
    pdf.set_producer("RIS")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for ln in lines:
        pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


# ---------------------------------------------------------------- messages

def msg(n, frm, subject, body, to=None, date=None, cc=None, html=None, attachments=(), html_only=False,
        mid=None, extra_headers=()):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to or f"IG Incidents <{MAILBOX}>"
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    d = date or dt.datetime(2026, 11, 2, 13, 0, tzinfo=dt.timezone.utc) + dt.timedelta(minutes=11 * n)
    m["Date"] = format_datetime(d)
    m["Message-ID"] = mid or f"<fresh27.{n:03d}.{abs(hash_str(subject)) % 10**8:08d}@mail.example.nhs.uk>"
    for k, v in extra_headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if html_only:
        m.set_content(html, subtype="html", cte="quoted-printable")
    else:
        m.set_content(body, cte="quoted-printable" if any(ord(c) > 127 for c in body) else "7bit")
        if html:
            m.add_alternative(html, subtype="html")
    for name, data, mt in attachments:
        maintype, subtype = mt.split("/", 1)
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    k = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary(f"==fresh27_{n:03d}_{k}==")
            k += 1
    return m.as_bytes(policy=SMTP)


def hash_str(s):
    h = 1469598103934665603
    for c in s.encode():
        h = ((h ^ c) * 1099511628211) % (1 << 64)
    return h


EMAILS = []


def add(n, slug, raw, *, scenario, tags, ids=None, names=(), ign_names=(), ign=None, subjects=0, cats=(),
        near_miss=False, sev=1, lik=1, basis=()):
    fname = f"{n:03d}-{slug}.eml"
    ids = {k: v for k, v in (ids or {}).items() if v}
    ign = {k: sorted(set(v)) for k, v in (ign or {}).items() if v}
    ign.setdefault("email_address", [])
    if MAILBOX not in ign["email_address"]:
        ign["email_address"] = sorted(ign["email_address"] + [MAILBOX])
    truth = {
        "file": fname, "scenario": scenario, "tags": sorted(tags),
        "identifiers": {k: list(v) for k, v in sorted(ids.items())},
        "names": list(names), "ignorable_names": sorted(set(ign_names)), "ignorable": dict(sorted(ign.items())),
        "subjects": subjects, "special_categories": sorted(cats), "near_miss": near_miss,
        "no_identifiers": not ids and not names,
        "assessment": {"severity": sev, "likelihood": lik, "reportable": bool(lik >= 3 and sev >= 2),
                       "basis": list(basis)},
    }
    EMAILS.append((fname, raw, truth))


def write_all():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for fname, raw, truth in EMAILS:
            with open(os.path.join(OUT, fname), "wb") as e:
                e.write(raw)
            fh.write(json.dumps(truth, ensure_ascii=False) + "\n")
    print(f"wrote {len(EMAILS)} emails to {OUT}")


# ================================================================= the emails

def e001():
    n = nhs("485217093")
    body = f"""hi sorry to bother, think we have a breach in a&e majors tonight

pt in bay 6 was given the wrong discharge letter on his way out - it was for
Declan Fitzgerald dob 14/03/1958 nhs no {spaced(n)}. letter has his
ecg result + troponin + says nstemi, started on ticagrelor. other pt (the one
who took it) has gone home, he rang us from his car to say hes got someone
elses letter. said he'd drop it back tomorrow but he's read it obvs

declans nok is aware, im going to datix it now

thanks
Ciara (ward clerk, ED)

Sent from my iPhone"""
    raw = msg(1, "Ciara Nolan <ciara.nolan@nhs.net>", "breach?? a&e discharge letter wrong pt", body)
    add(1, "ae-wrong-discharge-letter", raw, scenario="ae_paper_wrong_patient", tags=["short", "plain", "paper"],
        ids={"nhs_number": [n], "date_of_birth": ["1958-03-14"]}, names=["Declan Fitzgerald"],
        ign_names=["Ciara Nolan"], ign={"email_address": ["ciara.nolan@nhs.net"]}, subjects=1, cats=["health"],
        sev=3, lik=3, basis=["health information about an identified person (discharge letter, cardiac diagnosis)",
                             "handed to a member of the public who has read it", "not yet recovered"])


def e002():
    mum_n = nhs("612384550")
    baby_n = nhs("737105822")
    body = f"""Dear IG team,

Please find below the Datix text for an incident in Maternity reported today. I have
graded it as moderate pending your review.

----- Datix ref W118342 -----
Incident date: 29/10/2026      Location: Birch Ward (Postnatal), Maternity
Category: Information Governance > Disclosure in error > Email

Description:
A community midwife emailed the discharge birth plan and postnatal care summary for
Mrs Adaeze Okonkwo (DOB 02/07/1994, NHS No {spaced(mum_n)}) to an email address taken
from an old referral form. The address (emeka.okonkwo88@gmail.com) belongs to the
patient's former partner. The summary includes the baby's details (Baby Chidinma
Okonkwo, born 27/10/2026, NHS No {spaced(baby_n)}), the woman's current address
(Flat 3, 41 Marlowe Road, Leicester, LE2 1FQ) and a safeguarding alert: MARAC referral
made 20/10/2026 following disclosure of domestic abuse by the former partner; the
patient has been moved to new accommodation and the address must not be shared.

Immediate action taken: Midwife attempted recall (failed, external address). Patient
informed by telephone by the safeguarding midwife, police and MARAC coordinator
informed, housing team asked to consider emergency re-housing.
-----------------------------

This went outside NHSmail to the very person the safeguarding plan protects the patient
from, so I think we need to report it to the ICO within 72 hours.

Regards

Harriet Pembroke
Information Governance Lead
Eastmere University Hospitals NHS Trust
Tel 0116 496 0231
"""
    raw = msg(2, "Harriet Pembroke <harriet.pembroke@nhs.net>", "Datix W118342 - maternity email to former partner (SAFEGUARDING)", body)
    add(2, "maternity-email-to-ex-partner", raw, scenario="maternity_safeguarding_misdirected_email",
        tags=["long", "datix_pasted", "plain", "safeguarding"],
        ids={"nhs_number": [mum_n, baby_n], "date_of_birth": ["1994-07-02", "2026-10-27"],
             "address": ["Flat 3, 41 Marlowe Road, Leicester, LE2 1FQ"], "postcode": ["LE2 1FQ"]},
        names=["Adaeze Okonkwo", "Chidinma Okonkwo"], ign_names=["Harriet Pembroke"],
        ign={"email_address": ["harriet.pembroke@nhs.net", "emeka.okonkwo88@gmail.com"], "phone_number": ["01164960231"]},
        subjects=2, cats=["health", "reproductive_health", "safeguarding"],
        sev=4, lik=3, basis=["safeguarding and maternity information about a mother and newborn",
                             "sent outside the trusted domains to the alleged abuser (gmail.com)", "recall failed"])


def e003():
    body = """crisis team here. one of our hca's texted an appt reminder to the wrong mob last night,
wrong digit. text said "Hi Tomasz, Home Treatment Team will visit tmrw 10am re your meds
review after your admission to Ward 3 (acute MH). Call 0161 496 0744 if unable". 
right pt is Tomasz Wiśniewski, his mob is 07700 900418, text went to 07700 900481.
stranger replied "wrong number mate". 

rota lead says do i need to do anything else?? 

Lucy
Home Treatment Team"""
    raw = msg(3, "Lucy Brannigan <lucy.brannigan@nhs.net>", "text msg wrong number", body)
    add(3, "crisis-team-sms-wrong-number", raw, scenario="mental_health_sms_wrong_number", tags=["short", "plain", "sms"],
        ids={"phone_number": ["07700900418"]}, names=["Tomasz Wiśniewski"], ign_names=["Lucy Brannigan"],
        ign={"email_address": ["lucy.brannigan@nhs.net"], "phone_number": ["01614960744", "07700900481"]},
        subjects=1, cats=["health", "mental_health"],
        sev=4, lik=3, basis=["mental health admission and home treatment disclosed about a named patient",
                             "sent by SMS to an unknown member of the public"])


def e004():
    carers = [("Bronwen Pryce", "bronwen.pryce@btinternet.com"), ("Sanjay Mistry", "sanjaymistry61@gmail.com"),
              ("Roisin Gallagher", "roisin.gallagher@outlook.com"), ("Kwame Asante", "k.asante@yahoo.co.uk"),
              ("Iwona Kaczmarek", "iwona.kaczmarek@wp.pl"), ("Mei Ling Chan", "meiling.chan@hotmail.co.uk"),
              ("Gareth Hughes", "garethhughes1970@gmail.com"), ("Farida Haddad", "farida.haddad@icloud.com"),
              ("Pauline Whitfield", "pauline.whitfield@sky.com"), ("Ionut Popescu", "ionut.popescu@gmail.com"),
              ("Shona MacLeod", "shona.macleod@talktalk.net"), ("Parveen Akhtar", "parveen.akhtar@live.co.uk"),
              ("Eileen Doyle", "eileendoyle@aol.com"), ("Tunde Bakare", "tunde.bakare@gmail.com")]
    to = ", ".join(f'"{nm}" <{em}>' for nm, em in carers)
    fwd = f"""From: Community Learning Disability Team <cldt.admin@nhs.net>
Sent: 30 October 2026 15:42
To: {to}
Subject: Family carers' support group - November

Dear all,

You are warmly invited to the next family carers' support group for the Community Learning
Disability Team on Thursday 19 November, 1.30-3pm, at the Beacon Centre. Our speaker will talk
about annual health checks and hospital passports. Tea and cake provided!

Kind regards
CLDT Admin"""
    body = f"""Hi,

Reporting this as requested by my manager. The invite below went out with everyone in the To
line instead of Bcc. 14 family carers can see each other's names and personal email addresses,
and obviously that they all care for someone open to the learning disability team. One carer
(Mrs Doyle) has already replied-all asking why her details were shared. I've sent a follow-up
asking people to delete it.

Sorry

Bethany Croft
Team Administrator, Community Learning Disability Team
01632 960 418

{fwd}
"""
    raw = msg(4, "Bethany Croft <bethany.croft@nhs.net>", "FW: Family carers' support group - November", body)
    add(4, "ld-carers-group-to-not-bcc", raw, scenario="to_not_bcc_ld_carers", tags=["to_not_bcc", "outlook_forward", "plain"],
        ids={"email_address": [em for _, em in carers]}, names=[nm for nm, _ in carers],
        ign_names=["Bethany Croft"], ign={"email_address": ["bethany.croft@nhs.net", "cldt.admin@nhs.net"],
                                          "phone_number": ["01632960418"]},
        subjects=14, cats=[],
        sev=2, lik=3, basis=["names and personal email addresses of 14 family carers disclosed to each other",
                             "recipients outside the trusted domains; implies a relative with a learning disability (vulnerable group)",
                             "deletion requested but not confirmed"])


def e005():
    rows = [("Murdo MacAulay", chi("110339", "21", 3), "12 Seaforth Road, Stornoway, HS1 2SD", "leg ulcer dressings, abx"),
            ("Catriona Morrison", chi("250746", "43", 6), "7 Goathill Crescent, Stornoway, HS1 2TA", "end of life, syringe driver"),
            ("Ishbel Macdonald", chi("030552", "18", 2), "3 Newton Street, Stornoway, HS1 2RN", "insulin x2 daily")]
    table = "name | chi | address | visit\n" + "\n".join(f"{a} | {b} | {c} | {d}" for a, b, c, d in rows)
    body = f"""hi IG, dn team stornoway. one of our nurses has lost her visit list, think it blew out of
the car door at the co-op car park on cromwell st this morning. went back, not there.
it had 3 pts on it (i've typed it out from the copy on the system):

{table}

reported to police lost property. sorry
Kirsty

Kirsty Maciver
Team Lead, District Nursing, Western Isles
kirsty.maciver@nhs.scot"""
    raw = msg(5, "Kirsty Maciver <kirsty.maciver@nhs.scot>", "lost dn visit list", body)
    add(5, "scotland-dn-lost-visit-list", raw, scenario="scotland_chi_lost_paper", tags=["short", "scotland", "chi", "pipe_table", "paper"],
        ids={"chi_number": [r[1] for r in rows], "address": [r[2] for r in rows],
             "postcode": ["HS1 2SD", "HS1 2TA", "HS1 2RN"]},
        names=[r[0] for r in rows], ign_names=["Kirsty Maciver"], ign={"email_address": ["kirsty.maciver@nhs.scot"]},
        subjects=3, cats=["health"],
        sev=3, lik=3, basis=["health information (visit reasons, end-of-life care) with CHI numbers and home addresses",
                             "paper list lost in a public car park, not recovered"])


def e006():
    p1 = chi("170881", "55", 7)
    p2 = chi("090412", "30", 4)
    body = f"""Dear Information Governance,

I am the Team Manager for the Community Children's Nursing service (South). I need to report
that a parent, not a member of staff, has been in our team WhatsApp group for around two weeks.
A nurse added her by mistake when she meant to add a new bank nurse with a similar name. The group
has been used, against policy, to pass on visit changes while our office is closed for refurbishment.

While the parent was in the group, these messages were posted (copied from a screenshot):

[21/10/2026, 08:14] Staff nurse: Can someone pick up Lewis Baird today, CHI {p1}, 14 Auchengeich
Road, Chryston G69 9JE, NG tube needs re-siting. Mum on 07700 900233
[22/10/2026, 12:02] Staff nurse: Amira Saleh CHI {p2} bloods due Fri, lives 2/1 88 Muiryhall Street,
Coatbridge ML5 3BH. Dad Yusuf 07700 900876, speaks Arabic, needs interpreter
[22/10/2026, 12:05] <photo of Amira's care plan page>

The parent left the group yesterday and messaged the nurse to say she had seen "other kids' stuff".
She says she has deleted the chat but we have no way of checking. I have closed the WhatsApp group,
asked all staff to delete the chat and we will use Teams only.

I recognise this is similar to what the ICO reprimanded another board for in 2023.

Yours sincerely

Morven Reid
Team Manager, Community Children's Nursing (South)
Tel 0141 496 0827
"""
    raw = msg(6, "Morven Reid <morven.reid@nhs.scot>", "WhatsApp group - non-staff member added in error", body)
    add(6, "scotland-whatsapp-non-staff", raw, scenario="scotland_chi_whatsapp", tags=["long", "scotland", "chi", "messaging_app", "children"],
        ids={"chi_number": [p1, p2], "address": ["14 Auchengeich Road, Chryston, G69 9JE", "2/1 88 Muiryhall Street, Coatbridge, ML5 3BH"],
             "postcode": ["G69 9JE", "ML5 3BH"], "phone_number": ["07700900233", "07700900876"]},
        names=["Lewis Baird", "Amira Saleh", "Yusuf Saleh"], ign_names=["Morven Reid"],
        ign={"email_address": ["morven.reid@nhs.scot"], "phone_number": ["01414960827"]},
        subjects=4, cats=["health"],
        sev=3, lik=3, basis=["children's health information with CHI numbers, home addresses and parents' phone numbers",
                             "disclosed to a member of the public added to an unapproved WhatsApp group",
                             "deletion claimed but not verifiable"])


def e007():
    hc_req = nhs("327410985")
    hc_tp = nhs("351862204")
    body = f"""Hi

Reporting an incident from the Health Records (Access to Records) office.

We released a subject access request bundle on 28 October to Mr Niall Quinn (H&C {spaced(hc_req)}),
posted to his home address. He has phoned to say that pages 41-44 are not his. They are a
psychiatry outpatient letter and risk assessment for another patient:

    Patient: Siobhan McCann
    H&C No: {spaced(hc_tp)}
    DOB: 19/11/1987
    Address: 22 Glenravel Street, Belfast, BT15 1AB
    Content: diagnosis of bipolar affective disorder, lithium levels, recent overdose, children
    known to Gateway social work team

The two patients attended the same clinic on the same day, and the letters were filed in the
wrong chart. Mr Quinn has agreed to return the pages by post (prepaid envelope sent). He says he
does not know Ms McCann.

Regards
Declan Toner
Access to Records Officer
Belfast Health and Social Care Trust
028 9649 6512
"""
    raw = msg(7, "Declan Toner <declan.toner@belfasttrust.hscni.net>", "SAR bundle - third party pages included", body)
    add(7, "ni-sar-third-party-pages", raw, scenario="ni_hc_sar_third_party", tags=["long", "northern_ireland", "hc_number", "sar"],
        ids={"hc_number": [hc_tp], "date_of_birth": ["1987-11-19"], "address": ["22 Glenravel Street, Belfast, BT15 1AB"],
             "postcode": ["BT15 1AB"]},
        names=["Siobhan McCann"], ign_names=["Declan Toner", "Niall Quinn"],
        ign={"email_address": ["declan.toner@belfasttrust.hscni.net"], "phone_number": ["02896496512"],
             "hc_number": [hc_req]},
        subjects=1, cats=["health", "mental_health", "safeguarding"],
        sev=4, lik=3, basis=["psychiatric letter and risk assessment of a third party, children known to social work",
                             "disclosed to an unrelated member of the public by post",
                             "return agreed but not yet received (no reduction)"])


def e008():
    n = nhs("694205318")
    body = f"""Bore da,

Sorry to send this to you but the practice manager is on leave. This morning I emailed a
repeat prescription list to the wrong Mrs Evans - we have two Eleri Evans registered and I picked
the wrong one from the drop down. The one it went to has replied to say it isn't hers.

It was:

Patient: Mrs Eleri Evans
DOB 08/05/1979
NHS No: {n}
Address: 5 Heol y Felin, Rhiwbina, Cardiff CF14 6NB

Repeat medication:
- Methadone 1mg/ml oral solution, 60ml daily (supervised, Boots Rhiwbina)
- Mirtazapine 30mg at night
- Omeprazole 20mg

Sent to eleri.evans.cf5@gmail.com. She said she'd delete it. Diolch,

Megan Powell
Receptionist, Ty Gwyn Surgery
029 2018 0457
"""
    raw = msg(8, "Megan Powell <megan.powell@wales.nhs.uk>", "email sent to wrong patient", body)
    add(8, "wales-gp-repeat-list-wrong-patient", raw, scenario="wales_gp_misdirected_email", tags=["wales", "gp", "plain"],
        ids={"nhs_number": [n], "date_of_birth": ["1979-05-08"], "address": ["5 Heol y Felin, Rhiwbina, Cardiff, CF14 6NB"],
             "postcode": ["CF14 6NB"]},
        names=["Eleri Evans"], ign_names=["Megan Powell"],
        ign={"email_address": ["megan.powell@wales.nhs.uk", "eleri.evans.cf5@gmail.com"], "phone_number": ["02920180457"]},
        subjects=1, cats=["health", "substance_misuse", "mental_health"],
        sev=4, lik=2, basis=["substance misuse treatment (supervised methadone) and antidepressant about a named patient",
                             "sent outside the trusted domains to another patient with the same name (gmail.com)",
                             "recipient says she will delete it (containment, likelihood -1)"])


def e009():
    body = """Thank you for your email.

I am on annual leave from Monday 2 November returning Monday 16 November 2026 with limited access
to email. For urgent Information Governance matters please contact the IG team on the main
number or the Caldicott Guardian's office.

Please note that this mailbox is not monitored for patient enquiries.

Ashok Raman
Head of Information Governance"""
    raw = msg(9, "Ashok Raman <ashok.raman@nhs.net>", "Automatic reply: Breach report form - updated version", body,
              extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    add(9, "auto-reply-ig-head", raw, scenario="non_report_auto_reply", tags=["non_report", "auto_reply"],
        ign_names=["Ashok Raman"], ign={"email_address": ["ashok.raman@nhs.net"]},
        basis=["automatic reply, no incident and no personal data"])


def e010():
    html = """<html><body style="font-family:Arial">
<h2>IT Service Desk - Planned maintenance</h2>
<p>The electronic patient record (EPR) will be unavailable on <b>Sunday 8 November 2026 from 01:00 to 05:00</b>
while we apply a security update.</p>
<p>During the outage please use the downtime procedure packs kept on each ward. Printed downtime reports will
be generated at 00:30 &ndash; <b>please keep them secure and place them in the confidential waste bins
once the system is back</b>.</p>
<p>Reminder: the IT Service Desk will never ask for your password. Report suspicious emails with the
<i>Report Phishing</i> button.</p>
<p>IT Service Desk &middot; ext 4400</p>
</body></html>"""
    raw = msg(10, "IT Service Desk <it.servicedesk@nhs.net>", "PLANNED: EPR downtime Sunday 8 November 01:00-05:00", None,
              to="All Staff <allstaff@example.nhs.uk>", html=html, html_only=True)
    add(10, "it-notice-epr-downtime", raw, scenario="non_report_it_notice", tags=["non_report", "html_only"],
        ign={"email_address": ["it.servicedesk@nhs.net", "allstaff@example.nhs.uk"]},
        basis=["IT notice, no incident and no personal data"])


def e011():
    body = """Hi there

quick question for the training session next week, is it a breach if i email a discharge
summary to a colleague's nhs.net address instead of the generic ward inbox? its still in
the trust. and what about sending to a gp practice's nhs.net but the wrong practice?

also do we need to report near misses e.g. i spotted the wrong address before posting?

thanks
Oluwaseun (student nurse, Ward 22)"""
    raw = msg(11, "Oluwaseun Adebayo <oluwaseun.adebayo@nhs.net>", "question re training - is this a breach", body)
    add(11, "training-question", raw, scenario="non_report_training_question", tags=["non_report", "short", "question"],
        ign_names=["Oluwaseun Adebayo"], ign={"email_address": ["oluwaseun.adebayo@nhs.net"]},
        basis=["question about what counts as a breach; no incident, no personal data"])


def e012():
    html = """<html><body style="font-family:Calibri,sans-serif">
<table width="100%"><tr><td style="background:#005EB8;color:#fff;padding:12px"><h1>IG Matters</h1>
<p>Information Governance newsletter &ndash; Autumn 2026</p></td></tr></table>
<h3>Data Security Awareness training</h3>
<p>Trust compliance is at 91%. The DSPT target is 95% by 31 March. Please complete your annual module on ESR.</p>
<h3>Bcc, not To</h3>
<p>Group emails to patients or carers must use Bcc or a mail-merge tool. In recent ICO reprimands, health
services were criticised for putting service users' addresses in the To line, which revealed who used the
service.</p>
<h3>Top tip: check the attachment</h3>
<p>Open every attachment before you press Send. Most of the incidents we see each month are the wrong
spreadsheet, the wrong letter or the wrong patient.</p>
<p>Questions? Contact the IG team.</p>
</body></html>"""
    raw = msg(12, "Information Governance <ig.team@nhs.net>", "IG Matters - Autumn 2026 newsletter", None,
              to="All Staff <allstaff@example.nhs.uk>", html=html, html_only=True)
    add(12, "ig-newsletter", raw, scenario="non_report_newsletter", tags=["non_report", "html_only", "newsletter"],
        ign={"email_address": ["ig.team@nhs.net", "allstaff@example.nhs.uk"]},
        basis=["newsletter, no incident and no personal data"])


def e013():
    body = """Hi

I lost my work mobile on the bus (number 11) on the way home last night. It's a trust-issued Samsung,
encrypted and PIN locked, enrolled in Intune. I only use it for calls and Teams, there are no patient
photos or documents on it and no patient numbers saved in contacts. IT have remote-wiped it this
morning (ticket INC0418833) and I've reported it to the bus company lost property.

Do I need to do anything else?

Thanks
Rhys

Rhys Llewellyn
Physiotherapist, Community Therapy"""
    raw = msg(13, "Rhys Llewellyn <rhys.llewellyn@nhs.net>", "lost work phone - encrypted, wiped", body)
    add(13, "lost-encrypted-phone", raw, scenario="non_report_lost_encrypted_phone", tags=["non_report", "device_loss"],
        ign_names=["Rhys Llewellyn"], ign={"email_address": ["rhys.llewellyn@nhs.net"]}, near_miss=True,
        basis=["encrypted, PIN-locked device with no patient data, remotely wiped", "no personal data at risk"])


def e014():
    n = nhs("456093178")
    body = f"""Hi IG

Near miss to log please, nothing actually went out.

Our MLA was about to email a histology report to "Dr Patel" at what she thought was
the requesting practice. Autocomplete had picked dr.r.patel@ someone's private clinic address
(not nhs.net). I was stood next to her and stopped it before she pressed send - the draft
has been deleted.

Report was for: KOWALCZYK, Zofia   DOB 21.01.1966   NHS {dashed(n)}
(breast core biopsy - invasive ductal carcinoma, grade 2)

We've asked IT to clear the autocomplete cache for the shared cellular pathology account.

Thanks
Dr Anil Chaudhry
Consultant Histopathologist"""
    raw = msg(14, "Anil Chaudhry <anil.chaudhry@nhs.net>", "near miss - pathology report nearly emailed to wrong Dr Patel", body)
    add(14, "pathology-near-miss-autocomplete", raw, scenario="near_miss_pathology_email", tags=["near_miss", "plain", "pathology"],
        ids={"nhs_number": [n], "date_of_birth": ["1966-01-21"]}, names=["Zofia Kowalczyk"],
        ign_names=["Anil Chaudhry", "Patel"], ign={"email_address": ["anil.chaudhry@nhs.net"]},
        subjects=1, cats=["health"], near_miss=True, sev=3, lik=1,
        basis=["cancer diagnosis about an identified person", "stopped before sending: near miss, nothing disclosed"])


def e015():
    hosp = "RXK4417283"
    body = f"""To: Information Governance
From: Chief Pharmacist

Privacy audit finding - inappropriate access (pharmacy)

Summary
The monthly FairWarning-style audit flagged that a pharmacy technician in the dispensary opened the
electronic prescribing record of a patient, Mr Hamid Al-Rashid (hospital number {hosp}), on 11
occasions between 5 and 26 October 2026. He is not under any pharmacy-led service and there is no
dispensing or screening task that required the access. The technician has confirmed that Mr Al-Rashid
is her neighbour and that she looked at his record "out of concern".

Information viewed
- Current and past medication: bictegravir/emtricitabine/tenofovir alafenamide (antiretroviral
  therapy), started 2024
- HIV clinic letters attached to the prescribing record
- Home address and next of kin (his wife, Mrs Layla Al-Rashid, telephone 07700 900562)

Mr Al-Rashid raised a concern with PALS after a neighbour made a remark to his wife about "his
tablets". We therefore believe information may have been passed on.

Actions
The technician has been suspended pending an HR investigation and her smartcard access removed. PALS
are keeping in contact with Mr Al-Rashid. I recommend we report this to the ICO.

Grace Obi
Chief Pharmacist"""
    raw = msg(15, "Grace Obi <grace.obi@nhs.net>", "Inappropriate access to patient record - pharmacy (CONFIDENTIAL)", body)
    add(15, "pharmacy-snooping-neighbour", raw, scenario="snooping_pharmacy", tags=["long", "snooping", "plain"],
        ids={"hospital_number": [hosp], "phone_number": ["07700900562"]},
        names=["Hamid Al-Rashid", "Layla Al-Rashid"], ign_names=["Grace Obi"],
        ign={"email_address": ["grace.obi@nhs.net"]},
        subjects=2, cats=["health", "sexual_health"], sev=4, lik=5,
        basis=["HIV status and treatment of an identified person viewed without a business need",
               "access by a neighbour and evidence the information was passed on (misuse)"])


def e016():
    body = """Hi,

One of our service users' daughters has rung me in tears. A carer from our agency posted a photo on
her public Facebook page last night ("another 14 hr shift lol") and in the background you can see the
care plan folder open on the kitchen table at our client's house. You can read:

  Mrs Dorothy Beckett, 27 Larkspur Close, Swindon SN3 4QE
  KEY SAFE 4719
  Dementia (Alzheimer's), diabetic, double up for hoist, DNACPR in place

The post was up for about 16 hours and had 40+ likes and some comments. The carer has taken it down
now at my request. We have asked the family to change the key safe code today.

I am the registered manager so I'm reporting it to you as the commissioner as well as to CQC.

Patience Mensah
Registered Manager, BrightHome Care Ltd (domiciliary care)
07700 900114"""
    raw = msg(16, "Patience Mensah <patience.mensah@brighthomecare.co.uk>", "Facebook post by carer - service user's care plan visible", body)
    add(16, "domcare-facebook-care-plan", raw, scenario="social_media_domiciliary_care", tags=["social_media", "domiciliary_care", "plain"],
        ids={"address": ["27 Larkspur Close, Swindon, SN3 4QE"], "postcode": ["SN3 4QE"]},
        names=["Dorothy Beckett"], ign_names=["Patience Mensah"],
        ign={"email_address": ["patience.mensah@brighthomecare.co.uk"], "phone_number": ["07700900114"]},
        subjects=1, cats=["health"], sev=3, lik=4,
        basis=["health information (dementia, DNACPR) and key safe code of a vulnerable adult",
               "published on a public social media page for about 16 hours", "post removed (not proof no copies)"])


def e017():
    n = nhs("438650217")
    report = ["Eastmere University Hospitals NHS Trust - Department of Radiology",
              "", "CT THORAX ABDOMEN PELVIS WITH CONTRAST",
              f"Patient: Mr Chukwuemeka Eze      NHS No: {spaced(n)}",
              "DOB: 30/09/1949      Hospital No: E1093377",
              "Address: 9 Tennyson Street, Leicester LE2 0DF",
              "", "Report:",
              "There is a 3.4cm spiculated mass in the right upper lobe with ipsilateral hilar",
              "lymphadenopathy. Multiple low attenuation liver lesions in keeping with metastases.",
              "Conclusion: appearances consistent with primary lung malignancy with liver metastases.",
              "Urgent referral to lung MDT has been made.",
              "", "Reported by: Dr S. Varga, Consultant Radiologist"]
    pdf = pdf_bytes(report)
    body = """Dear IG,

A gentleman came to radiology reception today with the attached letter which was posted to HIM in
error - he is Mr C Eze too but lives at a different address (same street name, other side of the
city). He opened it thinking it was his and was shocked. He handed it back but had read the whole
thing. I scanned it before shredding, attached.

Our patient hasn't been told his result yet - the MDT were going to see him Friday. I've told the
lung CNS.

Regards,
Joanna Wiśniewska
Radiology Admin Supervisor"""
    raw = msg(17, "Joanna Wisniewska <joanna.wisniewska@nhs.net>", "CT report posted to wrong Mr Eze", body,
              attachments=[("scan_returned_letter.pdf", pdf, "application/pdf")])
    add(17, "radiology-ct-report-wrong-address", raw, scenario="radiology_letter_wrong_patient", tags=["pdf", "radiology", "paper"],
        ids={"nhs_number": [n], "date_of_birth": ["1949-09-30"], "hospital_number": ["E1093377"],
             "address": ["9 Tennyson Street, Leicester, LE2 0DF"], "postcode": ["LE2 0DF"]},
        names=["Chukwuemeka Eze"], ign_names=["Joanna Wiśniewska", "S. Varga", "Varga"],
        ign={"email_address": ["joanna.wisniewska@nhs.net"]},
        subjects=1, cats=["health"], sev=3, lik=3,
        basis=["cancer diagnosis (CT report) about an identified person, not yet told to him",
               "posted to and read by a member of the public", "letter handed back (read in full, no reduction)"])


def e018():
    pts = [("Aisling", "Brennan", "1971-06-12", "402318765", "HbA1c", "71 mmol/mol"),
           ("Pradeep", "Sharma", "1958-02-03", "618204937", "HbA1c", "88 mmol/mol"),
           ("Wiktoria", "Nowak", "1990-11-25", "707156342", "TSH", "0.02 mU/L"),
           ("Olusegun", "Adeleke", "1966-04-17", "443980516", "PSA", "14.2 ug/L"),
           ("Xin", "Zhao", "1983-08-09", "660417283", "eGFR", "24 mL/min"),
           ("Morag", "Fraser", "1949-12-30", "475562108", "INR", "5.8"),
           ("Tariq", "Hussain", "1975-03-22", "729831456", "ALT", "412 U/L"),
           ("Elena", "Dumitrescu", "1995-07-14", "611093874", "beta-hCG", "2,150 IU/L"),
           ("Gwilym", "Rees", "1940-10-01", "468277390", "Troponin T", "96 ng/L"),
           ("Bridget", "O'Sullivan", "1962-05-05", "690552817", "Ferritin", "4 ug/L")]
    rows = [["NHS Number", "Surname", "Forename", "DOB", "Test", "Result", "Flag"]]
    ids_nhs, ids_dob, names = [], [], []
    for f, s, dob, p, t, r in pts:
        nn = nhs(p)
        ids_nhs.append(nn)
        ids_dob.append(dob)
        names.append(f"{f} {s}")
        d = dt.date.fromisoformat(dob)
        rows.append([nn, s.upper(), f, d.strftime("%d/%m/%Y"), t, r, "ABN"])
    test = nhs("999000017")
    rows.append([test, "ZZTEST", "Patient", "01/01/2000", "HbA1c", "40 mmol/mol", "TEST"])
    x = xlsx_bytes(rows, sheet="Abnormals 30-10")
    body = """Hi, blood sciences here.

One of our band 3s sent the attached daily abnormal results list to a former colleague's personal
hotmail (he left in the summer, she had him as a favourite in her contacts) instead of to the
duty biochemist. 10 real patients + our test patient. She realised 20 mins later. We've emailed
him asking him to delete it and confirm, no reply yet.

Kinga Lewandowska
Blood Sciences Laboratory Manager
Pathology, Eastmere UH"""
    fwd_hdr = """

________________________________
From: Amy Pearce <amy.pearce4@nhs.net>
Sent: 30 October 2026 17:06
To: Liam Dunne <liam.dunne1985@hotmail.com>
Subject: abnormals for phoning

Here you go, can you ring the reds please
Amy"""
    raw = msg(18, "Kinga Lewandowska <kinga.lewandowska@nhs.net>", "FW: abnormals for phoning - sent to ex-staff hotmail",
              body + fwd_hdr, attachments=[("Abnormals_30-10-2026.xlsx", x,
                                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    add(18, "pathology-xlsx-to-hotmail", raw, scenario="pathology_xlsx_external", tags=["xlsx", "outlook_forward", "pathology"],
        ids={"nhs_number": ids_nhs + [test], "date_of_birth": ids_dob}, names=names,
        ign_names=["Kinga Lewandowska", "Amy Pearce", "Liam Dunne", "Patient ZZTEST", "ZZTEST Patient"],
        ign={"email_address": ["kinga.lewandowska@nhs.net", "amy.pearce4@nhs.net", "liam.dunne1985@hotmail.com"],
             "date_of_birth": ["2000-01-01"]},
        subjects=10, cats=["health", "reproductive_health"], sev=4, lik=3,
        basis=["abnormal blood results with NHS numbers for 10 patients (one 999 test number, not a person)",
               "includes a pregnancy test result (reproductive health)",
               "sent to a personal hotmail address outside the trusted domains; deletion not confirmed"])


def e019():
    run = [("Harold Jenkins", "14 Brook Lane, Wrexham, LL13 7TJ", "07700 900301", "Renal unit - dialysis", "wheelchair"),
           ("Nasreen Begum", "33 Acton Road, Wrexham, LL11 2NE", "07700 900302", "Oncology - chemo D1", "walker, escort (son)"),
           ("Wojciech Zielinski", "Flat 8, Hightown Court, Wrexham, LL13 8HR", "01978 960 114", "Fracture clinic", "stretcher"),
           ("Mary Kavanagh", "2 Ffordd Owain, Gresford, LL12 8EL", "01978 960 227", "Memory clinic", "escort (husband)")]
    tab = "Name\tAddress\tTel\tDestination\tMobility\n" + "\n".join("\t".join(r) for r in run)
    body = f"""hi, patient transport control.
one of our crews left the paper run sheet on a table at the services on the a483 at lunch. member of
public found it + handed it in to the garage who rang our control room number on the top. crew
collected it within the hour, garage staff said they'd only looked to find who it belonged to.

sheet had:
{tab}

incident logged. thanks
Dai
Dai Morgan, PTS Control Supervisor
"""
    raw = msg(19, "Dai Morgan <dai.morgan@wales.nhs.uk>", "pts run sheet left at services - recovered", body)
    postcodes = ["LL13 7TJ", "LL11 2NE", "LL13 8HR", "LL12 8EL"]
    add(19, "pts-run-sheet-recovered", raw, scenario="patient_transport_paper_recovered", tags=["short", "tab_table", "paper", "wales"],
        ids={"address": [r[1] for r in run], "postcode": postcodes,
             "phone_number": ["07700900301", "07700900302", "01978960114", "01978960227"]},
        names=[r[0] for r in run], ign_names=["Dai Morgan"], ign={"email_address": ["dai.morgan@wales.nhs.uk"]},
        subjects=4, cats=["health"], sev=3, lik=2,
        basis=["health information (dialysis, chemotherapy, memory clinic) with home addresses",
               "left in a public place; recovered within the hour, finder only looked for the owner (likelihood -1)"])


def e020():
    body = """Dear IG

I'm a call handler supervisor at NHS 111. A parent asked for a copy of the call summary for her son to
take to the GP. My call handler typed the email address as sarah.oconnor77@gmial.com (she said
gmail). It did not bounce. The summary went to that address on 1 Nov at 21:40.

Call summary content:
Patient: Finn O'Connor, DOB 12/06/2017, age 9
Caller: mother Sarah O'Connor, 07700 900729
Address: 61 Sycamore Drive, Kettering NN15 6BX
Symptoms: wheeze, increased reliever use, SpO2 not available. Known asthma, on Clenil.
Disposition: speak to GP out of hours within 2 hours.

Mum has been told. We have the correct address and have resent it. We've asked IT whether gmial.com
is a real domain - it looks like it accepts mail.

Many thanks
Yetunde Bankole
Clinical Supervisor, NHS 111 (East Midlands)"""
    raw = msg(20, "Yetunde Bankole <yetunde.bankole@nhs.net>", "NHS 111 call summary emailed to mistyped address", body)
    add(20, "nhs111-typo-domain", raw, scenario="nhs111_email_typo_domain", tags=["nhs111", "plain", "child"],
        ids={"date_of_birth": ["2017-06-12"], "phone_number": ["07700900729"],
             "address": ["61 Sycamore Drive, Kettering, NN15 6BX"], "postcode": ["NN15 6BX"]},
        names=["Finn O'Connor", "Sarah O'Connor"], ign_names=["Yetunde Bankole"],
        ign={"email_address": ["yetunde.bankole@nhs.net", "sarah.oconnor77@gmial.com"]},
        subjects=2, cats=["health"], sev=3, lik=3,
        basis=["child's health information (asthma, call disposition) with address and parent's phone",
               "sent to a mistyped external domain that accepted the mail"])


def e021():
    kids = [("Amelia", "Thompson", "2013-09-14", "462109835", "8K", "Yes", ""),
            ("Hassan", "Ali", "2014-01-30", "735901264", "8K", "Yes", "needle phobia - see SENCO"),
            ("Zuzanna", "Mazur", "2013-11-02", "618830541", "8K", "No", "parent declined"),
            ("Kofi", "Owusu", "2014-05-19", "486215307", "8R", "Yes", "egg allergy"),
            ("Ella-Rose", "Doherty", "2013-10-07", "709348156", "8R", "Yes", ""),
            ("Jun", "Wang", "2014-07-23", "654002937", "8R", "Not returned", ""),
            ("Cerys", "Roberts", "2013-12-11", "441778206", "8S", "Yes", "epilepsy care plan"),
            ("Andrei", "Ionescu", "2014-03-08", "727115490", "8S", "Yes", ""),
            ("Niamh", "Byrne", "2014-06-29", "603884172", "8S", "No", "parent declined - religious reasons")]
    lines = ["Forename,Surname,DOB,NHS Number,Form,HPV consent,Notes"]
    nums = []
    for f, s, dob, p, form, c, note in kids:
        nn = nhs(p)
        nums.append(nn)
        d = dt.date.fromisoformat(dob).strftime("%d/%m/%Y")
        lines.append(",".join([f, s, d, nn, form, c, f'"{note}"' if "," in note else note]))
    csv_data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    body = """Morning,

School nursing team. Yesterday I emailed the Year 8 HPV session list (attached) for Ashworth Academy to
the office at Ashworth PRIMARY (office@ashworthprimary.sch.uk) by mistake. Their office manager rang
this morning, says she opened it, realised, and has deleted it from inbox and deleted items. I've asked
her to confirm in writing.

Nine children, names DOB NHS no, consent status and a couple of medical notes.

Siân Griffiths
School Staff Nurse, 0-19 Service"""
    raw = msg(21, "Sian Griffiths <sian.griffiths@nhs.net>", "HPV list sent to wrong school", body,
              attachments=[("Y8_HPV_Ashworth_Academy.csv", csv_data, "text/csv")])
    add(21, "school-nursing-csv-wrong-school", raw, scenario="school_nursing_csv_children", tags=["csv", "children", "school_nursing"],
        ids={"nhs_number": nums, "date_of_birth": [k[2] for k in kids]},
        names=[f"{k[0]} {k[1]}" for k in kids], ign_names=["Siân Griffiths"],
        ign={"email_address": ["sian.griffiths@nhs.net", "office@ashworthprimary.sch.uk"]},
        subjects=9, cats=["health"], sev=3, lik=2,
        basis=["children's health information (allergy, epilepsy, consent) with NHS numbers",
               "sent to a school office outside the trusted domains",
               "recipient says it is deleted; written confirmation requested (likelihood -1)"])


def e022():
    paras = ["# Care Act Assessment - Summary of Needs",
             "Person: Mr Bogdan Stanciu    Date of birth: 04/04/1952",
             "Address: 18 Wolsey Road, Ipswich IP1 4HU",
             "NHS number: " + spaced(nhs("640318822")),
             "National Insurance number: JK 40 27 81 C",
             "Assessed by: Social Worker, Adult Social Care (North Locality)",
             "Summary: Mr Stanciu has vascular dementia and type 2 diabetes. He lives alone. His son reports "
             "that a neighbour has been withdrawing money from Mr Stanciu's bank account. A section 42 "
             "safeguarding enquiry (financial abuse) has been opened.",
             "Eligible needs: managing nutrition, managing personal hygiene, managing the home safely."]
    nn = nhs("640318822")
    dx = docx_bytes(paras, table=[["Need", "Outcome"], ["Nutrition", "Daily lunch call"], ["Finances", "Appointee referral"]])
    body = """Hi IG,

Please see below - an assessment for a different gentleman went to the daughter of one of my other
service users. Same surname initial, I attached the wrong file from the shared drive. She has
replied to tell me. The attachment is the one that went.

Best wishes
Adaora Nwachukwu
Social Worker, Adult Social Care (North Locality)
Suffolk Borough Council

-----Original Message-----
From: Adaora Nwachukwu <adaora.nwachukwu@suffolkborough.gov.uk>
Sent: 02 November 2026 14:12
To: 'Karen Simmons' <karen.simmons59@btinternet.com>
Subject: Your dad's assessment

Hi Karen, as promised here's a copy of your dad's needs assessment. Any questions, give me a ring.
Adaora"""
    raw = msg(22, "Adaora Nwachukwu <adaora.nwachukwu@suffolkborough.gov.uk>", "FW: Your dad's assessment - WRONG ATTACHMENT", body,
              attachments=[("Care_Act_Assessment_Stanciu_B.docx", dx,
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    add(22, "council-asc-docx-wrong-attachment", raw, scenario="council_social_care_docx_wrong_attachment",
        tags=["docx", "social_care", "wrong_attachment", "outlook_forward"],
        ids={"nhs_number": [nn], "date_of_birth": ["1952-04-04"], "ni_number": ["JK402781C"],
             "address": ["18 Wolsey Road, Ipswich, IP1 4HU"], "postcode": ["IP1 4HU"]},
        names=["Bogdan Stanciu"], ign_names=["Adaora Nwachukwu", "Karen Simmons"],
        ign={"email_address": ["adaora.nwachukwu@suffolkborough.gov.uk", "karen.simmons59@btinternet.com"]},
        subjects=1, cats=["health", "safeguarding"], sev=4, lik=3,
        basis=["safeguarding (financial abuse enquiry) and dementia diagnosis about a vulnerable adult, with NI number",
               "sent to an unrelated member of the public outside the trusted domains"])


def e023():
    body = """urgent pls - our office sent tmrw's rota to the whole carers whatsapp broadcast incl. a carer we
let go last week (Kerry-Ann). rota has the runs with clients + key safes:

07:30 Mr Alan Fisher 4 Orchard Way ST5 2JX ks 2255 - double up, catheter care
08:15 Mrs Gulshan Kaur 19 Tunstall Rd ST6 1QQ ks 9081 - meds prompt, insulin
09:00 Mrs Jadwiga Sobczak 7 Mill St ST5 3AA ks 6630 - hoist

she hasn't replied. we're changing the key safe codes today with families. 
Funmi - care coordinator, HomeFirst Care Newcastle-under-Lyme"""
    raw = msg(23, "Funmilayo Ade <funmi@homefirstcare.co.uk>", "rota sent to ex carer", body)
    add(23, "domcare-rota-ex-carer", raw, scenario="domiciliary_care_rota_messaging", tags=["short", "domiciliary_care", "messaging_app"],
        ids={"postcode": ["ST5 2JX", "ST6 1QQ", "ST5 3AA"],
             "address": ["4 Orchard Way, ST5 2JX", "19 Tunstall Rd, ST6 1QQ", "7 Mill St, ST5 3AA"]},
        names=["Alan Fisher", "Gulshan Kaur", "Jadwiga Sobczak"], ign_names=["Funmilayo Ade", "Kerry-Ann"],
        ign={"email_address": ["funmi@homefirstcare.co.uk"]},
        subjects=3, cats=["health"], sev=3, lik=3,
        basis=["vulnerable adults' home addresses, key safe codes and care needs",
               "sent to a former employee with no right to see it; no response"])


def e024():
    pts = [("Rajesh Patel", "rajpatel1962@gmail.com"), ("Margaret Holloway", "maggie.holloway@btinternet.com"),
           ("Abdi Warsame", "abdi.warsame@hotmail.co.uk"), ("Huw Jones", "huw.jones.57@outlook.com"),
           ("Lin Chen", "lin.chen.uk@gmail.com"), ("Seamus Kearney", "s.kearney@virginmedia.com"),
           ("Joy Adjei", "joyadjei@yahoo.com"), ("Krzysztof Wójcik", "k.wojcik@o2.pl"),
           ("Fatima Zahra Benali", "fz.benali@gmail.com"), ("Dennis Marsh", "dennis.marsh44@sky.com"),
           ("Yasmin Chaudhry", "yasmin.chaudhry@icloud.com"), ("Eilidh Ross", "eilidh.ross@gmail.com")]
    to = "; ".join(f"{nm} <{em}>" for nm, em in pts)
    body = f"""Dear IG,

Our practice nurse has sent the invitation below to 12 patients with everyone in the To field. The
session is our newly-diagnosed type 2 diabetes education group so all recipients can now see who else
has diabetes. Two patients have phoned to complain. We've sent an apology asking people to delete.

Lorraine Mitchell
Practice Manager, Parkside Medical Centre

-----Original Message-----
From: Parkside Medical Centre <parkside.mc@nhs.net>
Sent: Monday, November 2, 2026 10:03 AM
To: {to}
Subject: Your place on our Type 2 Diabetes "Fresh Start" course

Dear patient, following your recent diagnosis of type 2 diabetes you are invited to our 4-week
education course starting 16 November, 6pm, in the practice meeting room.
"""
    raw = msg(24, "Lorraine Mitchell <lorraine.mitchell@nhs.net>", "FW: Your place on our Type 2 Diabetes course - sent To not Bcc", body)
    add(24, "gp-diabetes-course-to-not-bcc", raw, scenario="to_not_bcc_gp_diabetes", tags=["to_not_bcc", "gp", "outlook_forward"],
        ids={"email_address": [em for _, em in pts]}, names=[nm for nm, _ in pts], ign_names=["Lorraine Mitchell"],
        ign={"email_address": ["lorraine.mitchell@nhs.net", "parkside.mc@nhs.net"]},
        subjects=12, cats=["health"], sev=3, lik=3,
        basis=["names and email addresses of 12 patients disclosed, revealing a diabetes diagnosis",
               "recipients are members of the public outside the trusted domains; deletion requested, not confirmed"])


def e025():
    n = nhs("417603298")
    body = f"""Dear Information Governance Team,

PALS / Complaints - misdirected response letter (ref COMP/26/0412)

On 23 October we posted the Chief Executive's response to a complaint made by Mrs Priya Raman on behalf
of her mother, Mrs Kamala Subramaniam (NHS number {spaced(n)}, date of birth 11/02/1941). The
letter was sent to Mrs Raman's previous address, 56 Cranbrook Avenue, Hull HU6 7TD, which was still on
our complaints database. The new occupant opened it and passed it to Mrs Raman a week later via a
neighbour.

The letter discusses Mrs Subramaniam's admission to Ward 110 in July, a grade 3 pressure ulcer acquired
in hospital, a fall with head injury and the outcome of the serious incident investigation. It also
gives Mrs Raman's mobile number (07700 900645) and her new address, 3 Beech Grove, Cottingham HU16 4BD,
in the "cc" line.

Mrs Raman is understandably upset that a stranger has read about her mother's care and now knows where
she lives. I have apologised and updated the database.

Kind regards

Niamh Gilligan
Complaints Manager"""
    raw = msg(25, "Niamh Gilligan <niamh.gilligan@nhs.net>", "Complaint response posted to old address", body)
    add(25, "pals-complaint-letter-old-address", raw, scenario="complaints_letter_old_address", tags=["long", "complaints", "paper"],
        ids={"nhs_number": [n], "date_of_birth": ["1941-02-11"], "phone_number": ["07700900645"],
             "address": ["3 Beech Grove, Cottingham, HU16 4BD"], "postcode": ["HU16 4BD"]},
        names=["Priya Raman", "Kamala Subramaniam"], ign_names=["Niamh Gilligan"],
        ign={"email_address": ["niamh.gilligan@nhs.net"], "address": ["56 Cranbrook Avenue, Hull, HU6 7TD"],
             "postcode": ["HU6 7TD"]},
        subjects=2, cats=["health"], sev=3, lik=3,
        basis=["health information (pressure ulcer, fall, incident investigation) about an identified patient",
               "complainant's new address and phone also disclosed", "opened and read by the new occupant of the old address"])


def e026():
    body = """hi, outpatient pharmacy. pt came back to the hatch 20 mins after collecting - bag had 2 lots of meds in it,
his and someone elses. other items labelled for Mr Kieran Walsh, 15 Dunmore Close, Luton LU3 2PX -
olanzapine 10mg + procyclidine, with the CMHT clinic letter stapled to the bag. pt who got it said he
looked cos he didn't recognise the tablets. Mr Walsh hasnt been yet, we've rebagged.
Aleksandra (pharm tech)"""
    raw = msg(26, "Aleksandra Kowal <aleksandra.kowal@nhs.net>", "meds bag given out with another pts meds in it", body)
    add(26, "pharmacy-bag-wrong-patient", raw, scenario="pharmacy_bag_other_patient", tags=["short", "pharmacy", "paper"],
        ids={"address": ["15 Dunmore Close, Luton, LU3 2PX"], "postcode": ["LU3 2PX"]}, names=["Kieran Walsh"],
        ign_names=["Aleksandra Kowal"], ign={"email_address": ["aleksandra.kowal@nhs.net"]},
        subjects=1, cats=["health", "mental_health"], sev=4, lik=3,
        basis=["antipsychotic medication and community mental health letter about a named patient",
               "seen by another member of the public (returned)"])


def e027():
    rows = [("12", "Ionela Vasile", "09/08/1961", "ERCP tmrw, NBM from 00:00"),
            ("14", "Piotr Grabowski", "27/02/1944", "delirium, 1:1, DoLS applied"),
            ("15", "Annie McGuinness", "13/12/1937", "for NH placement, pal care")]
    tab = "Bed\tName\tDOB\tIssues\n" + "\n".join("\t".join(r) for r in rows)
    body = f"""hi, ward 9 (gastro). one of our handover sheets was found in the staff canteen on level 2 by a porter,
he brought it straight back to the ward. canteen is staff only at night. sheet had 3 pts:

{tab}

shredded now. sorry!! 
Chioma, nurse in charge"""
    raw = msg(27, "Chioma Eze <chioma.eze@nhs.net>", "handover sheet found in canteen", body)
    add(27, "ward-handover-canteen", raw, scenario="ward_handover_internal", tags=["short", "tab_table", "paper"],
        ids={"date_of_birth": ["1961-08-09", "1944-02-27", "1937-12-13"]},
        names=[r[1] for r in rows], ign_names=["Chioma Eze"], ign={"email_address": ["chioma.eze@nhs.net"]},
        subjects=3, cats=["health"], sev=3, lik=2,
        basis=["health information (delirium, DoLS, palliative care) about named inpatients",
               "found in a staff-only area and returned by a porter: stayed inside the organisation"])


def e028():
    child_n = nhs("486330127")
    body = f"""Dear DPO,

SERIOUS INCIDENT - disclosure of a refuge address in response to a subject access request

I am the Health Records Manager. I need to escalate an incident from our Access to Health Records team
which I believe meets the threshold for reporting to the ICO.

Background
On 27 October 2026 we responded to a request made by Mr Craig Lowther for his daughter's health
records under parental responsibility. The daughter is Isla Lowther (DOB 03/03/2019, NHS number
{dashed(child_n)}). The records were reviewed and redacted by a band 4 officer.

What went wrong
The redaction was applied to the printed copy on screen but the PDF released through the secure portal
was generated from the unredacted version. It therefore included:
  - a health visitor entry recording that Isla and her mother, Ms Gemma Hart, moved on 2 September to
    a refuge at 12 Chalcot Terrace, Stockport SK4 3JL (refuge address - NOT TO BE DISCLOSED);
  - Ms Hart's new mobile number, 07700 900950;
  - a safeguarding note about a non-molestation order against Mr Lowther and a child protection plan
    (category: emotional abuse);
  - Ms Hart's own GP's note of anxiety and depression following the abuse.

Mr Lowther downloaded the file on 29 October at 19:12. We became aware on 2 November when the children's
social worker saw a message he had sent to Ms Hart quoting the refuge street name.

Actions
Ms Hart and the refuge manager have been informed; police and the social worker are arranging an
emergency move. The portal account has been disabled. A rapid review of the redaction process is under
way and all pending releases are on hold.

This is similar to the cases where the ICO has reprimanded organisations for revealing the new address
of a domestic abuse victim in disclosure bundles.

Kind regards

Adrian Whitcombe
Health Records Manager
Pennine Vale NHS Foundation Trust
0161 496 0512"""
    raw = msg(28, "Adrian Whitcombe <adrian.whitcombe@nhs.net>", "SERIOUS: SAR disclosure revealed refuge address", body)
    add(28, "sar-refuge-address-disclosed", raw, scenario="sar_redaction_failure_refuge", tags=["long", "sar", "safeguarding", "children"],
        ids={"nhs_number": [child_n], "date_of_birth": ["2019-03-03"], "address": ["12 Chalcot Terrace, Stockport, SK4 3JL"],
             "postcode": ["SK4 3JL"], "phone_number": ["07700900950"]},
        names=["Isla Lowther", "Gemma Hart"], ign_names=["Adrian Whitcombe", "Craig Lowther"],
        ign={"email_address": ["adrian.whitcombe@nhs.net"], "phone_number": ["01614960512"]},
        subjects=2, cats=["health", "mental_health", "safeguarding"], sev=4, lik=5,
        basis=["refuge address, safeguarding plan and a mother's mental health disclosed to the alleged abuser",
               "misuse has occurred: he has quoted the refuge street to the victim",
               "the requester's own data is not part of the breach"])


def e029():
    n = nhs("751208436")
    html = f"""<html><body>
<p>Hi IG team,</p>
<p>FYI &ndash; we've had an ED discharge letter go to the wrong GP surgery. It went to Parkside Medical Centre's
nhs.net inbox instead of Parkview. Parkside have emailed back to let us know and deleted it.</p>
<p>Thanks,<br>Tom Garside<br>ED Admin Team Leader</p>
<hr>
<p><b>From:</b> ED Discharge Letters &lt;ed.letters@nhs.net&gt;<br>
<b>Sent:</b> 31 October 2026 03:18<br>
<b>To:</b> Parkside Medical Centre &lt;parkside.mc@nhs.net&gt;<br>
<b>Subject:</b> ED attendance - Ms Nadia Haddad</p>
<table border="1" cellpadding="4">
<tr><td><b>Patient</b></td><td>HADDAD, Nadia</td></tr>
<tr><td><b>NHS number</b></td><td>{spaced(n)}</td></tr>
<tr><td><b>DOB</b></td><td>18-Apr-1998</td></tr>
<tr><td><b>Address</b></td><td>40 Carlton Street, Bradford BD7 1DA</td></tr>
</table>
<p>Attended 00:40 with facial laceration and wrist injury after an assault. Wound closed with steristrips;
X-ray right wrist: no fracture. Police informed at patient's request. Discharged with analgesia.</p>
</body></html>"""
    raw = msg(29, "Tom Garside <tom.garside@nhs.net>", "FW: ED attendance - Ms Nadia Haddad (wrong GP)", None, html=html, html_only=True)
    add(29, "ed-letter-wrong-gp-html", raw, scenario="ed_letter_wrong_gp_internal", tags=["html_only", "outlook_forward", "internal"],
        ids={"nhs_number": [n], "date_of_birth": ["1998-04-18"], "address": ["40 Carlton Street, Bradford, BD7 1DA"],
             "postcode": ["BD7 1DA"]},
        names=["Nadia Haddad"], ign_names=["Tom Garside"],
        ign={"email_address": ["tom.garside@nhs.net", "ed.letters@nhs.net", "parkside.mc@nhs.net"]},
        subjects=1, cats=["health"], sev=3, lik=2,
        basis=["health information (assault injuries) about an identified person",
               "sent to the wrong GP practice inside the trusted domains (nhs.net); deleted by recipient"])


def e030():
    body = """hi IG, DN team (Rhondda north). my work bag was stolen from my car outside a pts house this
afternoon, window smashed. laptop is encrypted + smartcard was on me. BUT the bag had my paper
caseload list for tmrw:

Mr Emrys Bowen, 23 Heol Tyle, Treorchy CF42 6BN - palliative, syringe driver
Mrs Agnieszka Lis, 4 Dumfries St, Treherbert CF42 5PR - PICC line flush
Mr Lamin Jallow, 71 Bute St, Treherbert CF42 5PF - leg ulcers, lives alone, keysafe
Mrs Glenys Pugh, 9 Station Rd, Treorchy CF42 6NN - insulin

police crime ref 1826-0311. rung all 4 pts/families
Ffion Williams DN"""
    raw = msg(30, "Ffion Williams <ffion.williams@wales.nhs.uk>", "bag stolen from car - paper caseload", body)
    add(30, "dn-bag-stolen-caseload", raw, scenario="district_nursing_theft_paper", tags=["short", "theft", "paper", "wales"],
        ids={"address": ["23 Heol Tyle, Treorchy, CF42 6BN", "4 Dumfries St, Treherbert, CF42 5PR",
                         "71 Bute St, Treherbert, CF42 5PF", "9 Station Rd, Treorchy, CF42 6NN"],
             "postcode": ["CF42 6BN", "CF42 5PR", "CF42 5PF", "CF42 6NN"]},
        names=["Emrys Bowen", "Agnieszka Lis", "Lamin Jallow", "Glenys Pugh"], ign_names=["Ffion Williams"],
        ign={"email_address": ["ffion.williams@wales.nhs.uk"]},
        subjects=4, cats=["health"], sev=3, lik=3,
        basis=["health information (palliative care, lines, insulin) with home addresses of housebound patients",
               "paper stolen in a theft; encrypted laptop not at risk"])


def e031():
    n = nhs("672940183")
    body = f"""Hi IG

See the chain below. Our crisis plan for a patient was sent to his employer's HR department instead of
his GP - the referral form had the employer's occupational health email in the "GP" box. HR forwarded it
back to us asking why they'd received it. I've asked HR to delete it but they say it has already been
saved to his personnel file "for the record". Please advise.

Rajinder Gill
Team Manager, Crisis Resolution and Home Treatment

From: HR Advisory <hr.advisory@castlefordlogistics.co.uk>
Sent: 02 November 2026 11:47
To: Crisis Team Admin <crht.admin@nhs.net>
Subject: RE: Crisis plan - Mr Ryan Kerr

Hello, we think this has come to us in error. We have kept a copy on Ryan's HR file and let his line
manager know he's unwell. Regards, HR Advisory

From: Crisis Team Admin <crht.admin@nhs.net>
Sent: 01 November 2026 16:20
To: HR Advisory <hr.advisory@castlefordlogistics.co.uk>
Subject: Crisis plan - Mr Ryan Kerr

Dear Dr,

CRISIS AND CONTINGENCY PLAN
Name: Ryan Kerr           DOB: 25/01/1990          NHS No: {n}
NI No: PW 58 34 12 A      Address: 10 Hollin Lane, Wakefield WF1 3QT
Tel: 07700 900387

Presentation: acute psychotic relapse (paranoid schizophrenia) in the context of cocaine and alcohol use.
Risk: thoughts of harming others at work (named supervisor). Plan: HTT daily visits, depot increased,
referral to substance misuse service (Turning Point).

Crisis Resolution and Home Treatment Team"""
    raw = msg(31, "Rajinder Gill <rajinder.gill@nhs.net>", "FW: RE: Crisis plan - Mr Ryan Kerr - SENT TO EMPLOYER", body)
    add(31, "crisis-plan-to-employer-nested", raw, scenario="mental_health_crisis_plan_to_employer",
        tags=["outlook_forward", "nested_forward", "mental_health"],
        ids={"nhs_number": [n], "date_of_birth": ["1990-01-25"], "ni_number": ["PW583412A"],
             "address": ["10 Hollin Lane, Wakefield, WF1 3QT"], "postcode": ["WF1 3QT"], "phone_number": ["07700900387"]},
        names=["Ryan Kerr"], ign_names=["Rajinder Gill"],
        ign={"email_address": ["rajinder.gill@nhs.net", "hr.advisory@castlefordlogistics.co.uk", "crht.admin@nhs.net"]},
        subjects=1, cats=["health", "mental_health", "substance_misuse"], sev=4, lik=5,
        basis=["psychosis, risk and substance misuse of an identified person with NI number",
               "sent to his employer, who kept it and told his line manager (further use: occurred)"])


def e032():
    n = nhs("404512876")
    body = f"""Hi Shabnam,

Thanks for reporting this so quickly. A few questions so I can complete the ICO assessment:
1. Did the school reply to say who opened the shared inbox?
2. Has Ms Dunne been told, and does she want us to contact the school?
3. Can you check whether the referral form has any other email address in it?

I'm treating this as reportable given the content.

Gwen

Gwen Thackeray
Data Protection Officer

On Mon, 2 Nov 2026 at 12:31, Shabnam Rahman <shabnam.rahman@nhs.net> wrote:
> hi, GP reception at Oakfield surgery. i emailed a referral letter to the pt's email on file but
> it was her WORK one, office@stmarysrc.sch.uk (school shared inbox). letter was:
>
> Re: Ms Roisin Dunne  dob 07/10/1996  NHS no {spaced(n)}
> 8 Larch Road, Norwich NR3 2LW
> Referral to BPAS for termination of pregnancy, approx 8/40. pt requests no contact at home.
>
> school office rang back asking what it was. pt not aware yet. sorry
> Shabnam"""
    raw = msg(32, "Gwen Thackeray <gwen.thackeray@nhs.net>", "Re: referral sent to pt's work email", body,
              extra_headers=[("In-Reply-To", "<oakfield.2026-11-02.1231@nhs.net>")])
    add(32, "gp-top-referral-work-inbox-reply", raw, scenario="reply_quoted_reproductive", tags=["reply_quoted", "gp"],
        ids={"nhs_number": [n], "date_of_birth": ["1996-10-07"], "address": ["8 Larch Road, Norwich, NR3 2LW"],
             "postcode": ["NR3 2LW"]},
        names=["Roisin Dunne"], ign_names=["Gwen Thackeray", "Shabnam Rahman"],
        ign={"email_address": ["gwen.thackeray@nhs.net", "shabnam.rahman@nhs.net", "office@stmarysrc.sch.uk"]},
        subjects=1, cats=["health", "reproductive_health"], sev=4, lik=3,
        basis=["termination of pregnancy referral about an identified person",
               "sent to her workplace's shared school inbox outside the trusted domains, opened by office staff"])


if __name__ == "__main__":
    for _k in sorted(k for k in list(globals()) if k.startswith("e") and k[1:].isdigit()):
        globals()[_k]()
    write_all()
