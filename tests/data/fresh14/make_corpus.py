#!/usr/bin/env python3
"""fresh14 -- an independent breachdesk evaluation corpus with a GRADING emphasis.

Deterministic: seed 141414, fixed dates, Message-IDs and MIME boundaries, zip entries of
xlsx/docx rewritten with a fixed timestamp.  Run:  /work/main/.venv/bin/python make_corpus.py
"""
import csv
import io
import json
import os
import random
import re
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import formatdate

SEED = 141414
rng = random.Random(SEED)
OUT = os.path.dirname(os.path.abspath(__file__))
BREACH = "IG Breach Mailbox <breach@example.nhs.uk>"
BASE_TS = 1794700000  # mid November 2026


# ------------------------------------------------------------------ identifiers

def mod11(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - (s % 11)
    if c == 11:
        c = 0
    return None if c == 10 else c


def nhs(lo=400, hi=499):
    while True:
        d9 = str(rng.randint(lo * 1000000, hi * 1000000 + 999999))
        c = mod11(d9)
        if c is not None:
            n = d9 + str(c)
            assert len(n) == 10 and mod11(n[:9]) == int(n[9])
            return n


def hc():
    return nhs(320, 399)


def chi(dob_iso, female):
    y, m, d = dob_iso.split("-")
    six = d + m + y[2:]
    while True:
        two = f"{rng.randint(0, 99):02d}"
        sx = rng.choice("02468" if female else "13579")
        c = mod11(six + two + sx)
        if c is not None:
            return six + two + sx + str(c)


def sp(n):
    """943 476 5919 style"""
    return f"{n[:3]} {n[3:6]} {n[6:]}"


# ------------------------------------------------------------------ mime helpers

def zfix(data):
    """rewrite a zip (xlsx/docx) with fixed timestamps so output is byte-stable"""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" with the current time
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2026-11-02T09:00:00Z", data)
            z.writestr(zi, data)
    return out.getvalue()


def xlsx(rows, sheet="Sheet1"):
    import datetime as dt
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(r)
    wb.properties.created = wb.properties.modified = dt.datetime(2026, 11, 2, 9, 0, 0)
    wb.properties.creator = "NHS User"
    b = io.BytesIO()
    wb.save(b)
    return zfix(b.getvalue())


def docx_table(title, rows, paras=()):
    import datetime as dt
    from docx import Document
    d = Document()
    d.core_properties.created = d.core_properties.modified = dt.datetime(2026, 11, 2, 9, 0, 0)
    d.core_properties.author = "NHS User"
    d.add_heading(title, 1)
    for p in paras:
        d.add_paragraph(p)
    if rows:
        t = d.add_table(rows=0, cols=len(rows[0]))
        for r in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, r):
                c.text = str(v)
    b = io.BytesIO()
    d.save(b)
    return zfix(b.getvalue())


def csvb(rows):
    s = io.StringIO()
    csv.writer(s, lineterminator="\r\n").writerows(rows)
    return s.getvalue().encode("utf-8")


N = [0]


def mail(frm, subject, body, to=BREACH, cte="7bit", html=None, html_only=False, attach=(),
         cc=None, rfc822=None, extra_headers=None):
    N[0] += 1
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = formatdate(BASE_TS + N[0] * 5417, localtime=False)
    dom = frm.split("@")[-1].strip(">")
    m["Message-ID"] = f"<fresh14.{SEED}.{N[0]:03d}@{dom}>"
    for k, v in (extra_headers or {}).items():
        m[k] = v
    if body is None and html and not html_only:  # Outlook-style text alternative derived from the HTML
        body = re.sub(r"\n{3,}", "\n\n", re.sub(r"<[^>]+>", "", html.replace("<p>", "\n"))).strip() + "\n"
    if html_only:
        m.set_content(html, subtype="html", cte=cte)
    else:
        if cte == "7bit" and not body.isascii():
            cte = "quoted-printable"
        m.set_content(body, cte=cte)
        if html:
            m.add_alternative(html, subtype="html", cte=cte)
    for fname, data, mt in attach:
        maintype, subtype = mt.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    if rfc822 is not None:
        m.add_attachment(rfc822)
    i = 0
    for part in m.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary(f"==fresh14-{N[0]:03d}-{i}==")
    return m


def inner(frm, to, subject, body, cc=None, ts=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = formatdate(ts or BASE_TS - 86400, localtime=False)
    m["Message-ID"] = f"<fresh14-inner.{N[0] + 1:03d}@{frm.split('@')[-1].strip('>')}>"
    m.set_content(body)
    return m


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CSV = "text/csv"

CORPUS = []  # (slug, message, truth)


def add(slug, scenario, tags, msg, *, names=(), ids=None, ign_names=(), ign=None, subjects=0,
        cats=(), near_miss=False, sev=1, lik=1, basis=()):
    ids = {k: list(v) for k, v in (ids or {}).items() if v}
    fname = f"{len(CORPUS) + 1:03d}-{slug}.eml"
    truth = {"file": fname, "scenario": scenario, "tags": list(tags), "identifiers": ids,
             "names": list(names), "ignorable_names": list(ign_names),
             "ignorable": {k: list(v) for k, v in (ign or {}).items() if v},
             "subjects": subjects, "special_categories": list(cats), "near_miss": near_miss,
             "no_identifiers": not ids and not names,
             "assessment": {"severity": sev, "likelihood": lik, "reportable": lik >= 3 and sev >= 2,
                            "basis": list(basis)}}
    CORPUS.append((fname, msg, truth))


IGSIG = """--
Information Governance Team
"""

# ====================================================================== emails
# ---- 001 wrong gmail, recipient confirmed deletion in writing
n1 = nhs()
add("gp-wrong-gmail-confirmed-deleted", "misdirected_external_confirmed_deletion",
    ["plain", "inline_outlook", "gp_reception", "containment_written"],
    mail("Kerry Ashworth <kerry.ashworth@nhs.net>", "FW: referral letter - sent to wrong email",
         f"""Hi IG,

Sorry, I've sent a referral letter to the wrong email address this morning. Two patients called
Hollis on our list, I picked the wrong one from the drop down. The letter was for Mr Derek Hollis
(NHS No {sp(n1)}, DOB 14/02/1951) - referral to diabetic eye screening, mentions his HbA1c and
retinopathy.

It went to derek.hollis.snr@gmail.com which is NOT him (the other Mr Hollis, no relation). He has
emailed back already - see below - saying he has deleted it. I have screenshotted his reply.

Kerry Ashworth
Senior Receptionist
Moorside Medical Practice
0113 496 0712

-----Original Message-----
From: Derek Hollis <derek.hollis.snr@gmail.com>
Sent: 03 November 2026 10:42
To: Moorside Medical Practice <moorside.reception@nhs.net>
Subject: RE: Referral - Mr D Hollis

Hello, I think this isn't meant for me, I'm not diabetic and I don't know this gentleman. I have
deleted your email and emptied my deleted items folder. I have not forwarded it to anyone.
Regards
D. Hollis
"""),
    names=["Derek Hollis"], ids={"nhs_number": [n1], "date_of_birth": ["1951-02-14"]},
    ign_names=["Kerry Ashworth", "D. Hollis"],
    ign={"email_address": ["derek.hollis.snr@gmail.com", "kerry.ashworth@nhs.net", "moorside.reception@nhs.net"],
         "phone_number": ["01134960712"]},
    subjects=1, cats=["health"], sev=3, lik=2,
    basis=["health information about an identified person (diabetic retinopathy referral, NHS number)",
           "sent outside the trusted domains to a member of the public (gmail.com): likelihood 3",
           "recipient confirmed deletion in writing (reply quoted): likelihood -1 -> 2"])
# note: the wrong recipient shares a name with the patient; "Derek Hollis" in the quoted From is the
# recipient, but as the same string is the data subject's name it stays in names.

# ---- 002 wrong gmail, only a verbal promise to delete
n2 = nhs()
add("gp-wrong-gmail-promised-only", "misdirected_external_promise_only",
    ["plain", "gp_reception", "no_written_confirmation"],
    mail("Moorside Medical Practice <moorside.reception@nhs.net>", "data breach?? results sent to wrong person",
         f"""Morning

Sending on behalf of Jas (Practice Manager is off). Our new starter emailed blood results to the
wrong email address yesterday afternoon - meant for Mrs Paulette Okafor but went to
paulette.o@gmail.com which turns out to be a different Paulette.

Results were her thyroid function + full blood count, with her name, DOB 22.09.1967 and NHS number
{n2} on the top of the pdf.

I rang the number the lady left on her reply. She said she would "probably" delete it and that she
wasn't bothered, but she wouldn't put anything in writing, said she was too busy. Patient not told
yet.

thanks
Shannon
Reception, Moorside Medical Practice
"""),
    names=["Paulette Okafor"], ids={"nhs_number": [n2], "date_of_birth": ["1967-09-22"]},
    ign_names=["Shannon", "Jas"], ign={"email_address": ["paulette.o@gmail.com", "moorside.reception@nhs.net"]},
    subjects=1, cats=["health"], sev=3, lik=3,
    basis=["health information (blood results with NHS number) about an identified person",
           "sent to a member of the public at gmail.com: likelihood 3",
           "only a verbal, hedged promise to delete, nothing in writing: no containment credit"])

# ---- 003 wrong gmail, no reply, MHA section in discharge summary
n3 = nhs(600, 799)
add("mh-discharge-wrong-gmail-no-reply", "misdirected_external_no_reply_mha",
    ["quoted_printable", "inline_outlook", "ward_clerk", "mental_health"],
    mail("Bev Tolland <beverley.tolland@nhs.net>", "FW: Discharge summary",
         f"""Hi,

Ward 4 (Larchwood, adult acute MH). I sent this discharge summary to what I thought was the
patient's GP but I typed the address from the referral form wrong - it went to a gmail. No
reply, no bounce. I've tried emailing again asking them to delete it but nothing back after
2 days.

Bev
Ward Clerk, Larchwood Unit

________________________________
From: Bev Tolland
Sent: 30 October 2026 15:12
To: hillcrestsurgery@gmail.com
Subject: Discharge summary

Discharge Summary - CONFIDENTIAL
Patient: Rhys CALDERWOOD        NHS number: {sp(n3)}
D.O.B: 03/06/1988               Address: 27 Nab Lane, Shipley, BD18 4HA
Admitted 12/10/2026 under Section 2 Mental Health Act, regraded informal 24/10.
Diagnosis: first episode psychosis. Discharged on olanzapine 10mg nocte.
Follow up: Early Intervention in Psychosis team within 7 days.
""", cte="quoted-printable"),
    names=["Rhys Calderwood"], ids={"nhs_number": [n3], "date_of_birth": ["1988-06-03"],
                                     "address": ["27 Nab Lane, Shipley, BD18 4HA"], "postcode": ["BD18 4HA"]},
    ign_names=["Bev Tolland"], ign={"email_address": ["beverley.tolland@nhs.net", "hillcrestsurgery@gmail.com"]},
    subjects=1, cats=["mental_health"], sev=4, lik=3,
    basis=["mental health: MHA section 2 detention and psychosis diagnosis (special category)",
           "sent to an unknown gmail.com address: likelihood 3", "no reply, no containment"])

# ---- 004 inside nhs.net, recall succeeded before it was read
n4 = nhs()
add("ward-nhsnet-recall-succeeded", "internal_recall_success",
    ["plain", "ward_clerk", "recall_success", "inline_outlook"],
    mail("Tomasz Nowicki <tomasz.nowicki1@nhs.net>", "Recall success - wrong consultant",
         f"""Hello

Wrong Dr Patel picked from the GAL - I sent a clinic letter for Mrs Gwendolyn Price, hosp no
RJ7 4418203, to Dr Anil Patel at another trust instead of Dr Anita Patel here. Noticed within a
minute and recalled. Recall report below says it was recalled successfully and it was unread.

Tom Nowicki
Ward Clerk, Cardiology OPD

-----Original Message-----
From: Microsoft Outlook
Sent: 04 November 2026 09:17
To: Tomasz Nowicki
Subject: Message Recall Report for message: Clinic letter - Mrs G Price

Your recall request for the message below was successful.

Recipient: Patel Anil (NHS SOUTH COAST TRUST) <anil.patel12@nhs.net>
Message recalled: 04/11/2026 09:16
Status: Recall Success - The message was deleted before it was read.
"""),
    names=["Gwendolyn Price"], ids={"hospital_number": ["RJ74418203"]},
    ign_names=["Tomasz Nowicki", "Anil Patel", "Anita Patel", "Tom Nowicki"],
    ign={"email_address": ["anil.patel12@nhs.net", "tomasz.nowicki1@nhs.net"]},
    subjects=1, cats=["health"], sev=3, lik=1,
    basis=["clinic letter (health) about an identified person", "stayed inside nhs.net: likelihood 2",
           "recall report proves deletion before it was read: -1 -> 1", "not reportable"])

# ---- 005 inside nhs.net, recall failed, was read
n5 = nhs()
add("ward-nhsnet-recall-failed", "internal_recall_failed",
    ["plain", "ward_clerk", "recall_failed"],
    mail("Tomasz Nowicki <tomasz.nowicki1@nhs.net>", "FW: Message Recall Failure: Echo report",
         f"""Same thing as last week sorry, different patient. Echo report for Mr Clifford Amadi
(NHS {n5}, DOB 9 May 1946) went to the wrong nhs.net address (a GP practice in Hull). Recall failed
- they had already opened it. Practice manager says she'll deal with it, haven't heard more.

Tom

From: Microsoft Outlook
Subject: Message Recall Failure: Echo report - C Amadi
Your recall request for the message below was unsuccessful.
Recipient: reception.b81042@nhs.net
Reason: The message has already been read.
"""),
    names=["Clifford Amadi"], ids={"nhs_number": [n5], "date_of_birth": ["1946-05-09"]},
    ign_names=["Tomasz Nowicki", "Tom"], ign={"email_address": ["reception.b81042@nhs.net", "tomasz.nowicki1@nhs.net"]},
    subjects=1, cats=["health"], sev=3, lik=2,
    basis=["echo report (health) about an identified person", "stayed inside nhs.net: likelihood 2",
           "recall failed and message read: no reduction; inside the trusted domain so not reportable"])

# ---- 006 community team to council, council confirmed deletion in writing
n6 = nhs()
add("community-to-council-confirmed", "misdirected_council_confirmed",
    ["plain", "community_nursing", "council", "containment_written", "inline_gmail_style"],
    mail("Nicola Broadbent <nicola.broadbent3@nhs.net>", "Fwd: Re: District nurse referral",
         f"""Dear IG team,

Reporting a misdirected email. I sent a district nursing handover for one of our housebound
patients to adult.socialcare@kirklees.gov.uk instead of our own SPA inbox. The council duty team
replied within the hour confirming deletion (below).

Patient: Mrs Irene Walmsley, 8 Fernside Court, Huddersfield HD3 3JX, tel 01484 496012
NHS No: {sp(n6)}
Content: pressure ulcer grade 3 sacrum, wound care plan, warfarin monitoring.

Nicola Broadbent
Community Staff Nurse, Huddersfield North Neighbourhood Team

---------- Forwarded message ---------
From: Adult Social Care Duty <adult.socialcare@kirklees.gov.uk>
Date: Tue, 3 Nov 2026 at 14:02
Subject: Re: District nurse referral

Dear Nicola, this email has been received in error by our team. We confirm it has been
permanently deleted from our mailbox and not saved to our case management system.
Kind regards, ASC Duty Team
"""),
    names=["Irene Walmsley"], ids={"nhs_number": [n6], "address": ["8 Fernside Court, Huddersfield HD3 3JX"],
                                    "postcode": ["HD3 3JX"], "phone_number": ["01484496012"]},
    ign_names=["Nicola Broadbent"], ign={"email_address": ["adult.socialcare@kirklees.gov.uk", "nicola.broadbent3@nhs.net"]},
    subjects=1, cats=["health"], sev=3, lik=2,
    basis=["wound care and anticoagulation details (health) about an identified, housebound (vulnerable) person",
           "kirklees.gov.uk is outside the trusted domains: likelihood 3",
           "council confirmed permanent deletion in writing: -1 -> 2"])

# ---- 007 SAR bundle to wrong solicitor, no reply
n7 = nhs()
add("records-wrong-solicitor-no-reply", "misdirected_solicitor_no_reply",
    ["plain", "records_team", "solicitor", "inline_outlook"],
    mail("Access to Records <sar.team@nhs.net>", "Misdirected SAR disclosure",
         f"""IG,

Incident report re: SAR ref AR/26/1184. The medical records bundle for Mr Stuart Fenwick
(DOB 17/11/1979, NHS No {sp(n7)}) was emailed via Egress to enquiries@harlowbrooke-law.co.uk. The
instructing solicitors are Harlow Brookes LLP (harlowbrookes.co.uk) - we used a similar domain from
an old letter. 212 pages incl. orthopaedic surgery notes, GP records, physio.

Egress audit shows the package was opened on 02/11 at 16:40. We have emailed and phoned the firm
twice, no response.

Records Officer, Access to Records
"""),
    names=["Stuart Fenwick"], ids={"nhs_number": [n7], "date_of_birth": ["1979-11-17"]},
    ign={"email_address": ["enquiries@harlowbrooke-law.co.uk", "sar.team@nhs.net"]},
    subjects=1, cats=["health"], sev=3, lik=3,
    basis=["full medical records (health) of an identified person", "opened by an unrelated law firm outside the trusted domains: likelihood 3",
           "no response to deletion requests: no containment"])

# ---- 008 social media, ward whiteboard, still up
add("tiktok-whiteboard-still-up", "social_media_still_up",
    ["html_only", "cte_base64", "social_media", "matron"],
    mail("Sister Claire Ogunleye <claire.ogunleye@nhs.net>", "URGENT - patient info visible on TikTok",
         None, cte="base64", html_only=True,
         html="""<html><body><p>Hi,</p>
<p>One of our HCAs has posted a TikTok dance video filmed at the nurses station on Ward 22
(Elderly Care). The patient board is clearly readable behind her. It has been up since Sunday
night, 1,800 views and people commenting. She is on rest days and not answering her phone.</p>
<p>Visible on the board:</p>
<table border="1"><tr><th>Bay/Bed</th><th>Patient</th><th>Notes</th></tr>
<tr><td>B1</td><td>Edna Thirkell</td><td>NBM, falls risk, dementia</td></tr>
<tr><td>B2</td><td>Frank Oyelaran</td><td>IV abx, MRSA +ve, side room</td></tr>
<tr><td>B4</td><td>Margaret Szabo</td><td>EoL - fast track CHC</td></tr>
<tr><td>C3</td><td>Leonard Pryce</td><td>DNACPR, awaiting NH placement</td></tr>
</table>
<p>Can you get it taken down? I've reported it to TikTok as well.</p>
<p>Claire Ogunleye<br>Ward Sister, Ward 22<br>Ext 44120</p></body></html>"""),
    names=["Edna Thirkell", "Frank Oyelaran", "Margaret Szabo", "Leonard Pryce"],
    ign_names=["Claire Ogunleye"], ign={"email_address": ["claire.ogunleye@nhs.net"]},
    subjects=4, cats=["health"], sev=3, lik=4,
    basis=["diagnoses, DNACPR and end-of-life status (health) of four named, elderly inpatients",
           "published on social media and still up with 1,800 views: likelihood 4",
           "no containment yet"])

# ---- 009 social media, taken down before anyone saw
add("instagram-story-removed-zero-views", "social_media_removed_unseen",
    ["plain", "social_media", "containment_removed", "student_nurse"],
    mail("Aled Pritchard <aled.pritchard@wales.nhs.uk>", "reporting myself - instagram story",
         """Hi,

I'm a 2nd year student nurse on placement at Ysbyty Glan Clwyd. At about 19:05 tonight I posted an
Instagram story of my break and didn't notice my handover sheet was in the corner of the photo.
My mentor spotted it on my phone before I'd even closed the app and I deleted the story at 19:09.
The story viewer list showed 0 viewers when I deleted it (I've kept a screenshot of the
"no viewers yet" screen and can send it).

The names on the visible bit of the sheet were Mr Emrys Vaughan (bed 3, post-op hernia repair) and
Mrs Sian Lloyd-Jenkins (bed 5, diabetic foot).

I'm really sorry.
Aled
"""),
    names=["Emrys Vaughan", "Sian Lloyd-Jenkins"], ign_names=["Aled Pritchard", "Aled"],
    ign={"email_address": ["aled.pritchard@wales.nhs.uk"]},
    subjects=2, cats=["health"], sev=3, lik=3,
    basis=["clinical details of two named inpatients", "published on social media: likelihood 4",
           "removed within four minutes with evidence of no viewers: -1 -> 3",
           "still reportable under the rubric (likelihood 3, severity 3); DPO may decide otherwise on the evidence"])

# ---- 010 letter to ex-partner, he phoned and harassed her (misuse)
n10 = nhs()
add("letter-to-abusive-ex-harassment", "misuse_harassment_safeguarding",
    ["plain", "inline_outlook", "maternity", "misuse", "safeguarding"],
    mail("Rachel Dunmore <rachel.dunmore@nhs.net>", "FW: Serious incident - appointment details sent to ex-partner",
         f"""IG / Safeguarding team,

Flagging as serious. Our antenatal booking confirmation for Ms Leah Garside (DOB 01/12/1997,
NHS {sp(n10)}) was emailed to lgarside.and.dean@hotmail.co.uk - an old shared email that had not been
updated. Leah fled domestic abuse from her ex-partner in August and is known to MARAC. The ex now
knows her new address (Flat 3, 19 Ribble Street, Preston PR1 5UN) and appointment date. He rang her
mobile 07700 900461 twice last night and turned up outside the antenatal clinic this morning. Police
informed (log 0412 03/11/26).

Rachel Dunmore
Midwife, Safeguarding Lead for Maternity

-----Original Message-----
From: Antenatal Bookings <antenatal.bookings@nhs.net>
To: lgarside.and.dean@hotmail.co.uk
Subject: Your booking appointment
Dear Leah, your booking appointment is confirmed for 03/11/2026 at 10:30, Antenatal Clinic...
"""),
    names=["Leah Garside"], ids={"nhs_number": [n10], "date_of_birth": ["1997-12-01"],
                                  "address": ["Flat 3, 19 Ribble Street, Preston PR1 5UN"], "postcode": ["PR1 5UN"],
                                  "phone_number": ["07700900461"], "email_address": []},
    ign_names=["Rachel Dunmore", "Dean"],
    ign={"email_address": ["lgarside.and.dean@hotmail.co.uk", "rachel.dunmore@nhs.net", "antenatal.bookings@nhs.net"]},
    subjects=1, cats=["safeguarding", "reproductive_health"], sev=4, lik=5,
    basis=["pregnancy (reproductive health) and domestic-abuse/MARAC safeguarding context",
           "sent to an external hotmail address held by the abusive ex-partner",
           "misuse occurred: he phoned her and turned up at the clinic: likelihood 5"])
# ---- 011 pharmacy methadone list to a shop gmail (external, no reply)
p11 = [("Gary Whitlow", nhs(), "1983-04-07", "60mg", "Daily supervised"),
       ("Donna McVey", nhs(), "1990-08-30", "45mg", "Daily supervised"),
       ("Kieran Shand", nhs(), "1976-01-19", "Buprenorphine 12mg", "Tue/Fri pick-up"),
       ("Lorraine Battersby", nhs(), "1969-10-02", "80mg", "Daily supervised")]
add("pharmacy-methadone-list-shop-gmail", "misdirected_external_substance_misuse_csv",
    ["csv_attachment", "pharmacy", "substance_misuse", "plain"],
    mail("Imran Qureshi <imran.qureshi@nhs.net>", "Supervised consumption list sent to wrong pharmacy email",
         """Hello

Community pharmacist here (Qureshi Chemists, Bolton). I was asked by the drug and alcohol service
to pass our supervised consumption list to the pharmacy covering over Christmas. I sent it to
their old shop gmail (hallilewellpharmacy@gmail.com) rather than their nhs.net shared mailbox. The
owner says nobody there checks that gmail any more and he doesn't have the password, so nobody
can delete it. List attached so you can see what went.

Imran Qureshi MRPharmS
""",
         attach=[("SC list Dec.csv", csvb([["Name", "NHS No", "D.O.B", "Methadone dose", "Regime"]] +
                                          [[a, b, "/".join(reversed(c.split("-"))), d, e] for a, b, c, d, e in p11]), CSV)]),
    names=[p[0] for p in p11], ids={"nhs_number": [p[1] for p in p11], "date_of_birth": [p[2] for p in p11]},
    ign_names=["Imran Qureshi"], ign={"email_address": ["hallilewellpharmacy@gmail.com", "imran.qureshi@nhs.net"]},
    subjects=4, cats=["substance_misuse"], sev=4, lik=3,
    basis=["opioid substitution treatment (substance misuse) for four named people",
           "sent to a gmail.com address outside the trusted domains: likelihood 3",
           "nobody can access the mailbox to delete it: no containment proof"])

# ---- 012 care plan to estranged father, he turned up at the house
n12 = nhs()
add("cmht-careplan-father-turned-up", "misuse_turned_up_at_house",
    ["quoted_printable", "cmht", "misuse", "mental_health", "gmail_forward"],
    mail("Joanne Pilling <joanne.pilling@nhs.net>", "Fwd: care plan - sent to wrong contact",
         f"""IG - please log. This is really bad.

Our admin sent Kayleigh's care plan to the 'next of kin' email on the system which was her
father's. She has no contact with him and had asked for him to be removed as NOK in 2024 (it never
got done). He has now turned up at her flat twice (24 Beech Grove, Rotherham S65 2QP) and the
second time was shouting in the street about the "mental hospital". She has rung the crisis team.

---------- Forwarded message ---------
From: CMHT Admin <rdash.cmht.admin@nhs.net>
Date: Mon, 2 Nov 2026 at 11:20
Subject: Care Programme Approach - care plan
To: <tony.brannigan64@yahoo.co.uk>

Care plan for: Kayleigh Brannigan   DOB: 11/07/2001   NHS: {n12}
Diagnosis: emotionally unstable personality disorder; recurrent self-harm.
Crisis plan: contact Rotherham Crisis Team on 01709 496 300 ...

--
Joanne Pilling, Care Coordinator, Rotherham CMHT
""", cte="quoted-printable"),
    names=["Kayleigh Brannigan"], ids={"nhs_number": [n12], "date_of_birth": ["2001-07-11"],
                                        "address": ["24 Beech Grove, Rotherham S65 2QP"], "postcode": ["S65 2QP"]},
    ign_names=["Joanne Pilling", "Tony Brannigan"],
    ign={"email_address": ["tony.brannigan64@yahoo.co.uk", "rdash.cmht.admin@nhs.net", "joanne.pilling@nhs.net"],
         "phone_number": ["01709496300"]},
    subjects=1, cats=["mental_health"], sev=4, lik=5,
    basis=["mental health diagnosis and self-harm history (special category)",
           "sent to the estranged father's yahoo address outside the trusted domains",
           "misuse occurred: he turned up at her home twice: likelihood 5"])

# ---- 013 snooping sister-in-law's IVF record, found by audit
n13 = nhs()
add("audit-snooping-sister-in-law-ivf", "snooping_audit_reproductive",
    ["plain", "ig_lead", "snooping", "formal"],
    mail("Helen Marsh <helen.marsh@nhs.net>", "Inappropriate access - proactive audit finding PA-26-031",
         f"""Dear DPO,

Our proactive EMIS access audit (October sample) has identified that a receptionist at Fieldhead
Surgery accessed the record of her sister-in-law, Mrs Amrita Sandhu (NHS number {sp(n13)},
date of birth 28 March 1989), on 14 occasions between 2 and 19 October. There was no legitimate
reason: the patient had no appointments in that period. The entries viewed include fertility
clinic letters (IVF cycle, failed implantation) and an early pregnancy unit letter.

The member of staff has been suspended pending investigation. She has admitted discussing "the
IVF" with her husband's family. The patient is not yet aware.

Helen Marsh
Information Governance Lead, Calder Valley PCN
"""),
    names=["Amrita Sandhu"], ids={"nhs_number": [n13], "date_of_birth": ["1989-03-28"]},
    ign_names=["Helen Marsh"], ign={"email_address": ["helen.marsh@nhs.net"]},
    subjects=1, cats=["reproductive_health"], sev=4, lik=5,
    basis=["fertility treatment and early pregnancy records (reproductive health, special category)",
           "unauthorised access by a staff member confirmed by audit, and contents disclosed to family: misuse occurred, likelihood 5"])

# ---- 014 snooping neighbour's demographics only
n14 = nhs()
add("audit-snooping-neighbour-demographics", "snooping_demographics_only",
    ["plain", "privacy_officer", "snooping", "inline_outlook"],
    mail("Privacy Officer <privacy.officer@example.nhs.uk>", "FW: NCRS alert - access to neighbour's record",
         f"""Logging this for the DPO.

Care Identity alert: a porter with Spine access (role misassigned) looked up the demographic
record of his neighbour, Mr Barrington Osei, NHS {sp(n14)}. He viewed the address and mobile page
only (14 Hawthorn Rise, Luton LU3 2DX / 07700 900187); no clinical record was opened. He says
he wanted the phone number to complain about a parking dispute. Smartcard role removed.

Privacy Officer

-----Original Message-----
From: NCRS Alerts
Subject: Alert 55104 - legitimate relationship not established
Patient NHS No: {n14}   Accessed: Demographics (PDS)   Role: R8003
"""),
    names=["Barrington Osei"], ids={"nhs_number": [n14], "address": ["14 Hawthorn Rise, Luton LU3 2DX"],
                                     "postcode": ["LU3 2DX"], "phone_number": ["07700900187"]},
    ign={"email_address": ["privacy.officer@example.nhs.uk"]},
    subjects=1, cats=[], sev=2, lik=5,
    basis=["identifiable person, demographics only, no clinical record opened: severity 2",
           "unauthorised access by staff for a personal dispute confirmed by audit: misuse, likelihood 5"])

# ---- 015 bank details spreadsheet to external supplier
p15 = [("Maureen Tindall", "20-45-77", "40112233", "£18.40"), ("Yusuf Rahimi", "30-96-11", "71554390", "£42.00"),
       ("Beatrice Conlon", "09-01-28", "11209844", "£9.60"), ("Clive Ampofo", "40-11-62", "63390017", "£27.35"),
       ("Sandra Pelham", "60-83-71", "22981460", "£55.10"), ("Norman Fisk", "77-12-04", "30442871", "£12.80")]
add("htcs-refunds-bank-details-supplier", "financial_external_xlsx",
    ["xlsx_attachment", "finance", "financial", "inline_outlook"],
    mail("Lynne Carver <lynne.carver@nhs.net>", "FW: HTCS refunds - wrong recipient",
         """Hi

Finance here. The Healthcare Travel Costs Scheme refund batch for October went to our stationery
supplier's accounts inbox (accounts@officeplus-supplies.co.uk) instead of accounts payable. It has
patients' bank sort codes and account numbers. Their accounts lady said she "will look into it".
Nothing since. Spreadsheet attached.

Lynne Carver
Finance Assistant (Cashiers)

-----Original Message-----
From: Lynne Carver
To: accounts@officeplus-supplies.co.uk
Subject: HTCS refunds Oct - for payment
Please process the attached.
""",
         attach=[("HTCS Oct refunds.xlsx", xlsx([["HTCS refunds October 2026"], [],
                                                  ["Claimant", "Sort code", "Acct no.", "Amount", "Clinic"]] +
                                                 [[a, b, c, d, "Renal dialysis"] for a, b, c, d in p15]), XLSX)]),
    names=[p[0] for p in p15], ign_names=["Lynne Carver"],
    ign={"email_address": ["accounts@officeplus-supplies.co.uk", "lynne.carver@nhs.net"]},
    subjects=6, cats=["health"], sev=4, lik=3,
    basis=["bank sort codes and account numbers (financial details) of six named patients, plus dialysis attendance",
           "sent to a commercial supplier outside the trusted domains: likelihood 3",
           "'will look into it' is not confirmation of deletion"])

# ---- 016 card details emailed internally
add("dental-card-details-internal", "financial_internal",
    ["plain", "dental", "financial", "payment_card"],
    mail("Reception - Castlegate Dental <castlegate.dental@nhs.net>", "card details emailed - is this a breach",
         """Hi there,

Our card machine was down on Friday so my colleague took a card payment over the phone and
emailed the card details to our practice manager's nhs.net so she could put it through on Monday.
Patient was Mrs Josephine Akande, course of treatment £282. The email had the long card number,
expiry and the 3 digit code. Nothing went outside, it was only to Gail's nhs.net. Gail has now
deleted it from inbox but it's probably still in sent items. Do I need to report?

Thanks
Stacey - reception, Castlegate Dental Practice
"""),
    names=["Josephine Akande"], ign_names=["Stacey", "Gail"], ign={"email_address": ["castlegate.dental@nhs.net"]},
    subjects=1, cats=[], sev=4, lik=2,
    basis=["full payment card data (financial details) of a named patient: severity 4",
           "sent only between nhs.net mailboxes: likelihood 2", "not reportable; PCI-DSS and process issue"])

# ---- 017 HIV letter to employer's mailbox
n17 = nhs()
add("hiv-clinic-letter-employer-mailbox", "special_sexual_health_external",
    ["base64", "sexual_health", "plain", "inline_outlook"],
    mail("Dr Femi Adeyemi <femi.adeyemi@nhs.net>", "Misdirected results letter - sexual health",
         f"""Dear IG,

A clinic letter for one of our patients was emailed to the address on his registration form, which
turns out to be his employer's shared sales inbox (sales@northernfixings.co.uk). The letter includes
his HIV viral load (undetectable) and CD4 count, and his PrEP history.

Patient: Mr Ovidiu Lungu, DOB 05/04/1985, NHS number {sp(n17)}.
Clinic no: GUM-228417.

The patient found out when a colleague asked him about it. He is very distressed. We have asked
the company to delete; their MD replied "I'll make sure it's dealt with" but no confirmation.

Dr Femi Adeyemi
Consultant in GU/HIV Medicine
""", cte="base64"),
    names=["Ovidiu Lungu"], ids={"nhs_number": [n17], "date_of_birth": ["1985-04-05"], "hospital_number": ["GUM-228417"]},
    ign_names=["Femi Adeyemi"], ign={"email_address": ["sales@northernfixings.co.uk", "femi.adeyemi@nhs.net"]},
    subjects=1, cats=["sexual_health"], sev=4, lik=5,
    basis=["HIV status (sexual health, special category)",
           "sent to an employer's shared inbox outside the trusted domains",
           "a colleague read it and raised it with the patient: the disclosure has occurred and harmed him, likelihood 5"])

# ---- 018 termination list to wrong internal team
p18 = [("Chloe Rendell", "1999-02-11"), ("Natasha Quigley", "2003-06-25"), ("Priya Raval", "1994-12-08")]
add("termination-list-wrong-internal-team", "special_reproductive_internal",
    ["plain", "docx_attachment", "gynae_admin", "reproductive_health"],
    mail("Anne-Marie Doyle <annemarie.doyle@nhs.net>", "wrong distribution list - TOP clinic list",
         """Hi

Tuesday's termination of pregnancy clinic list was sent to the Ophthalmology admin distribution
list instead of the Gynae one (both start "Gyn..." / "Eye..." no idea how). Only nhs.net trust
addresses. Ophthalmology team lead has confirmed all 6 recipients deleted it. List attached.

Anne-Marie Doyle, Medical Secretary, Women's Services
""",
         attach=[("TOP list 10-11.docx", docx_table("Tuesday TOP clinic 10/11/2026",
                                                      [["Patient", "DOB", "Gestation", "Method"]] +
                                                      [[a, "/".join(reversed(b.split("-"))), g, m] for (a, b), g, m in
                                                       zip(p18, ["8+2", "6+5", "11+1"], ["EMA", "EMA", "MVA"])]), DOCX)]),
    names=[p[0] for p in p18], ids={"date_of_birth": [p[1] for p in p18]},
    ign_names=["Anne-Marie Doyle"], ign={"email_address": ["annemarie.doyle@nhs.net"]},
    subjects=3, cats=["reproductive_health"], sev=4, lik=2,
    basis=["termination of pregnancy (reproductive health, special category) for three named patients",
           "stayed within the trust's nhs.net addresses: likelihood 2",
           "recipients confirmed deletion, but likelihood is not lowered below 2", "not reportable"])

# ---- 019 gender identity clinic letter to the old shared family email, mother confronted patient
n19 = nhs()
add("gic-letter-mother-read", "special_gender_identity_disclosed",
    ["plain", "gic", "inline_outlook", "disclosure_occurred"],
    mail("GIC Admin Team <gic.admin@nhs.net>", "Misdirected appointment letter",
         f"""To IG

We emailed a Gender Identity Clinic appointment letter for our patient Sam Ferreira (NHS
{n19}, DOB 19/01/2004, pronouns they/them) to the email on their referral, which was the family
address ferreira.family@btinternet.com. Sam's mother opened it and replied to us (below). Sam
has since contacted us in tears: their mother confronted them and they have had to leave home.

From: ferreira.family@btinternet.com
Sent: 05 November 2026 21:14
Subject: RE: Appointment - Gender Identity Clinic
What is this?? My daughter is not one of your patients. Do not contact this address again.
"""),
    names=["Sam Ferreira"], ids={"nhs_number": [n19], "date_of_birth": ["2004-01-19"]},
    ign={"email_address": ["ferreira.family@btinternet.com", "gic.admin@nhs.net"]},
    subjects=1, cats=["health"], sev=4, lik=5,
    basis=["gender identity clinic attendance: highly sensitive health information; DPO grades 4 (risk of serious distress) although the category list has no gender-identity entry",
           "sent outside the trusted domains and read by the mother",
           "harm has occurred (confrontation, patient left home): likelihood 5"])

# ---- 020 IVF consent forms to wrong couple, deletion confirmed in writing
n20a, n20b = nhs(), nhs()
add("ivf-consent-wrong-couple-confirmed", "special_reproductive_external_confirmed",
    ["plain", "fertility", "containment_written", "gmail_forward"],
    mail("Hannah Gilroy <hannah.gilroy@nhs.net>", "Fwd: HFEA consent forms - sent to wrong couple",
         f"""Hi, reporting for the Assisted Conception Unit.

HFEA consent forms (WT, MT) and the embryo storage summary for Mr Daniel Otway (NHS {n20a}) and
Ms Farah Otway-Malik (NHS {n20b}) were emailed to another couple on the same clinic day. The other
couple emailed back straight away confirming they'd deleted it, see below.

---------- Forwarded message ---------
From: J & K Morland <jk.morland@gmail.com>
Date: Wed, 4 Nov 2026 at 17:55
Subject: Re: Your consent forms

Hi Hannah, we got someone else's forms by mistake. We didn't read beyond the first page. Both of
us have deleted the email and the attachment from our phones and laptop. Hope the other couple
are OK.
Kate

Hannah Gilroy
Fertility Nurse Specialist
"""),
    names=["Daniel Otway", "Farah Otway-Malik"], ids={"nhs_number": [n20a, n20b]},
    ign_names=["Hannah Gilroy", "Kate", "J & K Morland"], ign={"email_address": ["jk.morland@gmail.com", "hannah.gilroy@nhs.net"]},
    subjects=2, cats=["reproductive_health"], sev=4, lik=2,
    basis=["IVF consent and embryo storage (reproductive health) for two named people",
           "sent to a member of the public at gmail.com: likelihood 3",
           "written confirmation of deletion: -1 -> 2", "not reportable"])

# ---- 021 alcohol detox referral to wrong GP practice (inside nhs.net)
n21 = nhs()
add("detox-referral-wrong-practice-nhsnet", "special_substance_internal",
    ["plain", "drug_alcohol_service", "substance_misuse", "top_posted"],
    mail("Wendy Farrah <wendy.farrah@nhs.net>", "RE: community detox referral",
         f"""Sent to wrong surgery (Park Lane Surgery instead of Park Road Surgery), both nhs.net.
Park Lane PM says deleted. Details: Mr Lee Stanworth, DOB 30/03/1972, NHS {sp(n21)}, referral for
community alcohol detox (chlordiazepoxide regime), AUDIT score 31, liver function deranged.

Wendy
Recovery Worker, Changes Community Drug & Alcohol Team

> From: Wendy Farrah
> To: parklane.surgery@nhs.net
> Subject: community detox referral
> Please see attached referral for Mr Stanworth...
"""),
    names=["Lee Stanworth"], ids={"nhs_number": [n21], "date_of_birth": ["1972-03-30"]},
    ign_names=["Wendy Farrah"], ign={"email_address": ["parklane.surgery@nhs.net", "wendy.farrah@nhs.net"]},
    subjects=1, cats=["substance_misuse"], sev=4, lik=2,
    basis=["alcohol detox (substance misuse, special category)", "stayed inside nhs.net: likelihood 2",
           "deletion reported, but not below 2", "not reportable"])

# ---- 022 list of detained patients to a relative's gmail via autocomplete
p22 = [("Marcus Ellery", nhs(), "S3", "Ward A"), ("Bernadette Kilroy", nhs(), "S2", "Ward A"),
       ("Tunde Bakare", nhs(), "S37/41", "Ward C"), ("Shauna Pickles", nhs(), "S2", "Ward B"),
       ("Ioan Ferris", nhs(), "S3", "Ward C"), ("Rita Mulholland", nhs(), "CTO", "Community")]
add("mha-detained-list-autocomplete-gmail", "special_mental_health_external_xlsx",
    ["xlsx_attachment", "mha_office", "mental_health", "autocomplete", "inline_outlook"],
    mail("MHA Office <mha.office@nhs.net>", "FW: Tribunal / renewal dates - sent in error",
         """Morning,

Our MHA administrator's autocomplete picked "Marie Kilroy" (a patient's relative who emailed us
last month, marie.kilroy77@gmail.com) instead of "Marie Kilbride" at the tribunal service.
Spreadsheet of detained patients with section expiry dates went. We've emailed her twice asking
her to delete - no reply. One of the listed patients is her own mother.

MHA Office, Woodlands Hospital

-----Original Message-----
From: MHA Office
To: marie.kilroy77@gmail.com
Subject: Tribunal / renewal dates
Hi Marie - renewals due this month attached. Thanks
""",
         attach=[("renewals NOV.xlsx", xlsx([["Name", "NHS No.", "Section", "Ward", "Expiry"]] +
                                            [[a, b, c, d, f"2{i}/11/2026"] for i, (a, b, c, d) in enumerate(p22)],
                                            sheet="Nov"), XLSX)]),
    names=[p[0] for p in p22], ids={"nhs_number": [p[1] for p in p22]},
    ign_names=["Marie Kilroy", "Marie Kilbride"], ign={"email_address": ["marie.kilroy77@gmail.com", "mha.office@nhs.net"]},
    subjects=6, cats=["mental_health"], sev=4, lik=3,
    basis=["detention under the Mental Health Act (mental health, special category) for six named patients",
           "sent to a member of the public at gmail.com: likelihood 3", "no reply to deletion requests"])

# ---- 023 child protection minutes to the excluded father
add("cp-minutes-to-father-hotmail", "special_safeguarding_external_children",
    ["plain", "childrens_social_care", "safeguarding", "child", "inline_outlook"],
    mail("Gemma Astley <gemma.astley@stockport.gov.uk>", "FW: Strategy meeting minutes - sent to father in error",
         """Dear Health IG colleagues,

Forwarding as the health visitor's notes are included and your trust asked us to report jointly.
The minutes of Monday's Section 47 strategy discussion were emailed by our business support
officer to all invitees, including the children's father, who had been deliberately excluded.
He is the alleged perpetrator. Address used: djpownall@hotmail.com. Outlook recall failed
(external). No response from him.

Children: Mia Pownall (DOB 14/05/2017) and Oscar Pownall (DOB 02/09/2020).
Mother: Kirsty Pownall, 56 Greg Street, Stockport SK5 7BR.
Minutes include the school's disclosure of bruising, the health visitor's concerns and the name of
the neighbour who made the referral.

Gemma Astley
Team Manager, Children's Safeguarding, Stockport Council
"""),
    names=["Mia Pownall", "Oscar Pownall", "Kirsty Pownall"],
    ids={"date_of_birth": ["2017-05-14", "2020-09-02"], "address": ["56 Greg Street, Stockport SK5 7BR"], "postcode": ["SK5 7BR"]},
    ign_names=["Gemma Astley"], ign={"email_address": ["djpownall@hotmail.com", "gemma.astley@stockport.gov.uk"]},
    subjects=3, cats=["safeguarding"], sev=4, lik=3,
    basis=["child protection strategy minutes (safeguarding, special category; children)",
           "sent to the alleged perpetrator at hotmail.com: likelihood 3",
           "recall failed, no response; the referrer's identity is also exposed; DPO should watch for escalation to 5"])

# ---- 024 BRCA result to wrong practice nhs.net
n24 = nhs()
add("brca-result-wrong-practice-nhsnet", "special_genetic_internal",
    ["quoted_printable", "genetics", "genetic", "plain"],
    mail("Clinical Genetics Admin <genetics.admin@nhs.net>", "Misdirected genetics result letter",
         f"""Please log - Regional Genetics Service.

Predictive test result letter (BRCA2 pathogenic variant c.5946delT detected) for
Ms Rosalind Ekwueme, DOB 12-Aug-1982, NHS No. {n24}, was sent to Eastfield Surgery (eastfield.h85022@nhs.net)
instead of Eastgate Surgery. Both nhs.net. Eastfield's PM phoned to say it has been deleted and
not coded. The patient had a results appointment booked so she has been told in clinic.
""", cte="quoted-printable"),
    names=["Rosalind Ekwueme"], ids={"nhs_number": [n24], "date_of_birth": ["1982-08-12"]},
    ign={"email_address": ["eastfield.h85022@nhs.net", "genetics.admin@nhs.net"]},
    subjects=1, cats=["genetic"], sev=4, lik=2,
    basis=["genetic test result (special category)", "stayed inside nhs.net: likelihood 2", "not reportable"])

# ---- 025 near miss: pharmacist caught wrong MDS sheet before sending
n25 = nhs()
add("near-miss-pharmacy-wrong-attachment", "near_miss_caught_before_send",
    ["plain", "pharmacy", "near_miss"],
    mail("Olu Bankole <olu.bankole@nhs.net>", "near miss - not sent",
         f"""Hello, just logging a near miss as our SOP says to.

I was about to email the care home (Rosewood) the MDS medication chart and noticed in the preview
that the attached chart was for Mr Albert Quayle (NHS {sp(n25)}), who is not a Rosewood resident.
I deleted the draft before sending. Nothing left the pharmacy. We've now changed how we name the
pdfs.

Olu Bankole, Pharmacist, Bankole Pharmacy
"""),
    names=["Albert Quayle"], ids={"nhs_number": [n25]}, ign_names=["Olu Bankole"],
    ign={"email_address": ["olu.bankole@nhs.net"]},
    subjects=1, cats=["health"], near_miss=True, sev=1, lik=1,
    basis=["near miss: the draft was deleted before sending; nothing disclosed (rubric: near miss -> severity 1, likelihood 1)"])

# ---- 026 near miss, To-not-Bcc held by the send check
add("near-miss-bcc-held-by-check", "near_miss_no_identifiers",
    ["plain", "gp_reception", "near_miss", "no_identifiers"],
    mail("Practice Manager - Ivy Lane Surgery <ivylane.pm@nhs.net>", "Near miss: group email nearly sent without bcc",
         """Dear IG,

For your records. A receptionist drafted our flu clinic invitation to 31 patients with their
personal email addresses in the To box. Our new external-recipient warning (the pop-up that asks
"You are sending to 31 external recipients - continue?") stopped it; she cancelled and the draft
was deleted. Re-sent individually via the text system instead. No email went.

Bridget Coyle
Practice Manager
"""),
    ign_names=["Bridget Coyle"], ign={"email_address": ["ivylane.pm@nhs.net"]},
    subjects=31, cats=[], near_miss=True, sev=1, lik=1,
    basis=["near miss caught by the send check; no identifiable individual in the report", "severity 1, likelihood 1"])

# ---- 027 To-not-Bcc, diabetes education group, external patients
p27 = ["Alan Burrows", "Sunita Mehta", "Graham Lockley", "Teresa Fagan", "Wojciech Zielinski", "Pauline Harker",
       "Desmond Achebe", "Lynda Crowther", "Mohammed Iqbal", "Carole Winstanley", "Ravi Subramanian", "Janet Lumb",
       "Hamish Dalgleish", "Gloria Mensah", "Keith Ollerton", "Amira Haddad", "Bryony Stead", "Phil Entwistle"]
dom27 = ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "outlook.com", "icloud.com"]
e27 = []
for i, nm in enumerate(p27):
    f, l = nm.lower().split(" ", 1)
    e27.append(f"{f}.{l.replace(' ', '')}{rng.randint(1, 99)}@{dom27[i % len(dom27)]}" if i % 3 else f"{f[0]}{l}@{dom27[i % len(dom27)]}")
to27 = ", ".join(f'"{nm}" <{e}>' for nm, e in zip(p27, e27))
add("to-not-bcc-diabetes-group", "to_not_bcc_external_health",
    ["plain", "to_not_bcc", "community_dietetics", "gmail_forward", "recipients_are_data"],
    mail("Sarah Kettlewell <sarah.kettlewell@nhs.net>", "Fwd: DESMOND course - email went To not Bcc",
         f"""Hi IG

I've made a mistake sending out the invitations for our type 2 diabetes education course
(DESMOND). I put everyone in To instead of Bcc so all 18 patients can see each other's names and
emails. One patient (Mr Lockley) has complained. I've sent a follow up asking people to delete but
can't recall external emails.

---------- Forwarded message ---------
From: Sarah Kettlewell <sarah.kettlewell@nhs.net>
Date: Mon, 9 Nov 2026 at 09:03
Subject: Your place on the DESMOND Type 2 Diabetes course
To: {to27}

Dear all, you are booked on the DESMOND course for people newly diagnosed with type 2 diabetes,
Tuesday 17th November, 10am, Ashton Health Centre.

Sarah Kettlewell
Specialist Dietitian
"""),
    names=p27, ids={"email_address": e27}, ign_names=["Sarah Kettlewell"],
    ign={"email_address": ["sarah.kettlewell@nhs.net"]},
    subjects=18, cats=["health"], sev=3, lik=3,
    basis=["recipients' own names and addresses are the disclosed data, linked to a type 2 diabetes diagnosis (health)",
           "disclosed to 17 external members of the public: likelihood 3", "recall impossible; one complaint"])

# ---- 028 To-not-Bcc, PrEP support group, reply-all
p28 = ["Jordan Whitfield", "Callum Reaney", "Luis Marquez", "Dev Chauhan", "Tobias Lindqvist", "Aaron Mbeki",
       "Gareth Pennock", "Nathan Yeo", "Stefan Rusu"]
e28 = [f"{n.split()[0].lower()}{n.split()[1][0].lower()}{rng.randint(10, 99)}@{d}" for n, d in
       zip(p28, ["gmail.com", "outlook.com", "gmail.com", "hotmail.com", "icloud.com", "gmail.com", "yahoo.com", "gmail.com", "proton.me"])]
add("to-not-bcc-prep-group-reply-all", "to_not_bcc_sexual_health_html",
    ["multipart_alternative", "to_not_bcc", "sexual_health", "reply_all", "recipients_are_data"],
    mail("Sexual Health Promotion <shp.team@nhs.net>", "Group email error - PrEP peer support",
         None,
         html=f"""<html><body><p>Dear IG,</p>
<p>Our PrEP peer support group reminder went with all nine service users' addresses visible in the
To line (list below). One of them, Callum, replied-all saying he is "not out at work" and this has
put him at risk. Two others replied-all too. No one has confirmed deleting.</p>
<p><b>To:</b> {'; '.join(e28)}</p>
<p><i>Original text:</i> "Reminder: PrEP peer support group, Thursday 6.30pm, The Hub - for anyone
taking or thinking about PrEP. HIV testing available on the night."</p>
<p>Sexual Health Promotion Team</p></body></html>""", cte="quoted-printable"),
    names=["Callum"], ids={"email_address": e28}, ign={"email_address": ["shp.team@nhs.net"]},
    subjects=9, cats=["sexual_health"], sev=4, lik=3,
    basis=["recipients' addresses (identifiable people) linked to PrEP / HIV prevention (sexual health, special category)",
           "disclosed to external members of the public: likelihood 3",
           "reply-all spread it further; no containment"])

# ---- 029 phishing forwarded (non-report)
add("phishing-nhsmail-password-expiry", "non_report_phishing",
    ["rfc822_attachment", "phishing", "non_report", "no_identifiers"],
    mail("Derek Mbatha <derek.mbatha@nhs.net>", "FW: Your NHSmail password expires today",
         """Is this real? Looks dodgy. Haven't clicked anything. Attached the original.

Derek, Estates
""", rfc822=inner("NHSmail Support <support@nhsmail-account-verify.com>", "derek.mbatha@nhs.net",
                  "Your NHSmail password expires today",
                  """Dear User, your password will expire in 2 hours. To keep your account active click here
and confirm your credentials: http://nhsmail-account-verify.com/login
NHSmail Helpdesk
""")),
    ign_names=["Derek Mbatha"], ign={"email_address": ["derek.mbatha@nhs.net", "support@nhsmail-account-verify.com"]},
    subjects=0, cats=[], sev=1, lik=1,
    basis=["phishing attempt, not a personal-data breach; no personal data disclosed; route to cyber security"])

# ---- 030 policy question (non-report)
add("question-emailing-results-to-daughter", "non_report_policy_question",
    ["plain", "gp_reception", "non_report", "no_identifiers"],
    mail("Lisa Hargreaves <lisa.hargreaves2@nhs.net>", "quick question re consent",
         """Hi,

Not a breach just a question, hope that's ok to send here. If an elderly patient gives verbal
consent on the phone for us to email her blood test results to her daughter, is that ok as long as
we note it on the record? Or do we need it in writing? The daughter lives abroad.

Thanks, Lisa (reception, Beckside Surgery)
"""),
    ign_names=["Lisa Hargreaves", "Lisa"], ign={"email_address": ["lisa.hargreaves2@nhs.net"]},
    subjects=0, cats=[], sev=1, lik=1,
    basis=["policy question, no incident and no identifiable individual"])

# ---- 031 auto-reply (non-report)
add("auto-reply-out-of-office", "non_report_auto_reply",
    ["plain", "auto_reply", "non_report", "no_identifiers"],
    mail("Janice Whiteley <janice.whiteley@nhs.net>", "Automatic reply: BD-2026-000412 acknowledgement",
         """Thank you for your email. I am on annual leave until Monday 16th November with no access to
email. For urgent Information Governance matters please contact the IG team on 01632 960 455.

Janice Whiteley
Information Governance Officer
""", extra_headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    ign_names=["Janice Whiteley"], ign={"email_address": ["janice.whiteley@nhs.net"], "phone_number": ["01632960455"]},
    subjects=0, cats=[], sev=1, lik=1, basis=["out-of-office auto-reply (RFC 3834); not a report"])

# ---- 032 contact list only (no health) to an external gmail, no reply
p32 = [("Trudy Elsworth", "07700 900 641", "BB2 4HX"), ("Kwame Asante", "07700 900 702", "BB2 6QT"),
       ("Deborah Lund", "07700 900 815", "BB1 9LE"), ("Ashraf Malik", "07700 900 923", "BB1 2JD"),
       ("Yvonne Critchley", "07700 900 057", "BB3 0EB")]
add("contact-list-wrong-vendor-gmail", "identifiable_no_health_external",
    ["plain", "gp_admin", "xlsx_attachment", "contact_details_only"],
    mail("Priya Chandarana <priya.chandarana@nhs.net>", "sent patient contact list to wrong address",
         """Hi,

I was updating mobile numbers with our text messaging provider and sent the list of patients whose
numbers had changed to textcare.support@gmail.com - I got the address off a Google search, it's
not the real provider (theirs is @textcare-systems.co.uk). No reply. List has names, new mobile
numbers and postcodes only, no medical info.

Priya Chandarana, Data Quality Administrator, Audley Range Surgery
""",
         attach=[("mobile updates.xlsx", xlsx([["Patient name", "New mobile", "Postcode"]] + [list(x) for x in p32]), XLSX)]),
    names=[p[0] for p in p32], ids={"phone_number": [p[1].replace(" ", "") for p in p32], "postcode": [p[2] for p in p32]},
    ign_names=["Priya Chandarana"], ign={"email_address": ["textcare.support@gmail.com", "priya.chandarana@nhs.net"]},
    subjects=5, cats=[], sev=2, lik=3,
    basis=["identifiable people (names, mobile numbers, postcodes), no health or special-category content: severity 2",
           "sent to an unknown gmail.com address: likelihood 3", "no reply, no containment: reportable"])

# ---- 033 handover sheet found in car park and returned
p33 = [("Bed 1", "Harold Enright", "NSTEMI, for angio"), ("Bed 2", "Winifred Cole", "LVF, IV furosemide"),
       ("Bed 3", "Samuel Adjei", "AF, rate control"), ("Bed 5", "Olive Breen", "syncope ?cause"),
       ("Bed 6", "Patrick Donnan", "post PCI, for home"), ("SR1", "Elsie Marwood", "endocarditis, IV abx")]
add("handover-sheet-found-car-park-returned", "lost_paper_returned",
    ["docx_attachment", "ward_sister", "lost_paperwork", "returned"],
    mail("Sister Maria Delgado <maria.delgado@nhs.net>", "Lost handover sheet - returned by member of public",
         """Hi IG

A member of the public found one of our CCU handover sheets in the multi-storey car park last night
and handed it in to main reception within about an hour. She told the receptionist she had only
looked to see it was hospital paperwork. The sheet has been returned to me and shredded. I've typed
up what was on it (attached) for your form. Don't know which staff member dropped it yet.

Maria Delgado
Ward Sister, Coronary Care Unit
""",
         attach=[("CCU handover transcribed.docx", docx_table("CCU handover - night 08/11/2026",
                                                              [["Bed", "Name", "Issues"]] + [list(x) for x in p33],
                                                              ["Transcribed by M Delgado for the incident form."]), DOCX)]),
    names=[p[1] for p in p33], ign_names=["Maria Delgado", "M Delgado"], ign={"email_address": ["maria.delgado@nhs.net"]},
    subjects=6, cats=["health"], sev=3, lik=2,
    basis=["diagnoses of six named inpatients (health)", "lost in a public place and found by a member of the public: likelihood 3",
           "returned within an hour, finder says she did not read it: -1 -> 2", "not reportable"])

# ---- 034 handover sheet lost on the bus, not recovered
p34 = [("Dorothy Hebblethwaite", "1934-06-21", "dementia, DNACPR, wandering"),
       ("Cyril Ackroyd", "1941-02-02", "# NOF, delirium"),
       ("Agnes Lumley", "1929-11-30", "EoL, syringe driver"),
       ("Vernon Tait", "1948-07-07", "COPD, O2 2L"),
       ("Ethel Brierley", "1938-03-15", "UTI, safeguarding referral re: bruising"),
       ("Reginald Sowerby", "1944-09-09", "stroke, NG fed")]
add("handover-sheet-lost-bus-not-found", "lost_paper_not_recovered_vulnerable",
    ["plain", "hca_phone", "lost_paperwork", "vulnerable", "safeguarding"],
    mail("Kelly <kelly.brooksbank@nhs.net>", "lost my handover",
         "hi sorry to email on my phone. i think i left my handover sheet on the 508 bus after my shift "
         "this morning. rang first bus lost property nothing handed in. it had ward 9 patients on it, from "
         "what i remember:\n\n" +
         "\n".join(f"{a} dob {'/'.join(reversed(b.split('-')))} - {c}" for a, b, c in p34) +
         "\n\nplus bed numbers. really sorry\nKelly HCA ward 9\n\nSent from my iPhone"),
    names=[p[0] for p in p34], ids={"date_of_birth": [p[1] for p in p34]},
    ign_names=["Kelly", "Kelly Brooksbank"], ign={"email_address": ["kelly.brooksbank@nhs.net"]},
    subjects=6, cats=["health", "safeguarding"], sev=4, lik=3,
    basis=["elderly, vulnerable inpatients with diagnoses and a safeguarding referral (special category): severity 4",
           "lost on public transport, not recovered: likelihood 3", "reportable"])

# ---- 035 care home fees + care plan to the wrong son, deletion confirmed in writing
add("care-home-fees-wrong-son-confirmed", "financial_care_home_confirmed",
    ["plain", "care_home_manager", "financial", "containment_written", "top_posted"],
    mail("Pat Greenhalgh <manager@brooklandscarehome.co.uk>", "Data breach - Brooklands Care Home (wrong family member)",
         """Dear Sir/Madam

I am the Registered Manager at Brooklands Care Home. We are commissioned by the ICB so I was told
to report here as well. On Monday our administrator emailed the six-monthly review pack for our
resident Mrs Vera Ashcroft to her younger son Michael instead of her elder son Stephen, who holds
Lasting Power of Attorney. The pack included her care plan (dementia, continence, falls) and the
direct debit mandate for her fees showing Stephen's account: sort code 40-47-21, account 81234567.

Michael emailed back the same evening: "I have deleted this, I know I'm not supposed to have it,
I won't be sharing it." I have printed his email for our file.

Yours faithfully
Pat Greenhalgh, Registered Manager
Brooklands Care Home, 2 Mill Brow, Marple SK6 5AA
"""),
    names=["Vera Ashcroft", "Stephen"], ign_names=["Pat Greenhalgh", "Michael"],
    ign={"email_address": ["manager@brooklandscarehome.co.uk"], "postcode": ["SK6 5AA"], "address": ["2 Mill Brow, Marple SK6 5AA"]},
    subjects=2, cats=["health"], sev=4, lik=2,
    basis=["bank details (financial) and a dementia care plan (health) of a vulnerable resident and her attorney",
           "sent to a relative's external address: likelihood 3",
           "written confirmation of deletion: -1 -> 2", "not reportable; care home's letterhead address is not subject data"])

# ---- 036 Scotland: clinic list to a patient, who posted it on Facebook
p36 = [("Fiona MacAskill", "1971-05-23", True), ("Struan Baird", "1958-10-04", False),
       ("Ishbel Coutts", "1990-01-29", True), ("Jamie Rennie", "2012-07-12", False), ("Morag Leitch", "1966-12-01", True)]
c36 = [chi(d, f) for _, d, f in p36]
add("scotland-clinic-list-posted-facebook", "published_social_media_chi",
    ["plain", "health_board_admin", "scotland", "chi", "social_media", "inline_outlook"],
    mail("Eilidh Monro <eilidh.monro@nhs.scot>", "FW: Dermatology clinic list on Facebook - URGENT",
         "Good afternoon,\n\nI'm an admin in Dermatology, NHS Highland. On Wednesday I sent Thursday's clinic "
         "list to a patient by mistake (autocomplete - the consultant is Dr Alasdair Ross and the patient's "
         "email was similar). The patient has taken a screenshot and posted it in a local Facebook group "
         "(about 9,000 members) complaining about \"NHS data security\". Still up as of 15:00, lots of "
         "shares. We've asked him to take it down and reported it to Facebook.\n\nThe list:\n\n" +
         "\n".join(f"{n}  CHI {c}  {'/'.join(reversed(d.split('-')))}  {t}" for (n, d, _), c, t in
                   zip(p36, c36, ["psoriasis - biologic review", "BCC excision", "eczema", "acne - isotretinoin", "melanoma follow-up"])) +
         "\n\nEilidh Monro\nMedical Secretary / Admin, Dermatology, Raigmore Hospital\n"),
    names=[p[0] for p in p36], ids={"chi_number": c36, "date_of_birth": [p[1] for p in p36]},
    ign_names=["Eilidh Monro", "Alasdair Ross"], ign={"email_address": ["eilidh.monro@nhs.scot"]},
    subjects=5, cats=["health"], sev=3, lik=4,
    basis=["CHI numbers and diagnoses (health) of five named patients, one a child",
           "published on Facebook and still up: likelihood 4"])

# ---- 037 Wales: letter to wrong address, returned unopened
n37 = nhs()
add("wales-letter-wrong-address-returned-unopened", "misdirected_post_returned_unopened",
    ["quoted_printable", "wales", "health_board_admin", "bilingual_signature"],
    mail("Ffion Rees <ffion.rees@wales.nhs.uk>", "Llythyr wedi'i anfon i'r cyfeiriad anghywir / Letter sent to wrong address",
         f"""Bore da,

An outpatient appointment letter (Rheumatology) for Mr Geraint Bowen, NHS {sp(n37)}, was posted to
his previous address, 12 Heol y Parc, Pontypridd CF37 4DE. The current occupant returned it to the
hospital today still sealed - the envelope is unopened and I have it here. The letter mentions
methotrexate monitoring. New address now updated on WPAS.

Diolch,
Ffion Rees
Swyddog Gweinyddol / Administrative Officer
Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg / Cwm Taf Morgannwg University Health Board
029 2018 0544

Mae'r e-bost hwn ac unrhyw atodiadau yn gyfrinachol. This email and any attachments are confidential.
""", cte="quoted-printable"),
    names=["Geraint Bowen"], ids={"nhs_number": [n37], "address": ["12 Heol y Parc, Pontypridd CF37 4DE"], "postcode": ["CF37 4DE"]},
    ign_names=["Ffion Rees"], ign={"email_address": ["ffion.rees@wales.nhs.uk"], "phone_number": ["02920180544"]},
    subjects=1, cats=["health"], sev=3, lik=2,
    basis=["health information (rheumatology, methotrexate) about an identified person",
           "posted to a stranger's address: likelihood 3", "returned sealed and unopened (proof): -1 -> 2",
           "not reportable"])

# ---- 038 Northern Ireland: referral to solicitor who refuses to delete
h38 = hc()
add("ni-referral-solicitor-refuses-delete", "misdirected_solicitor_refuses",
    ["plain", "northern_ireland", "hc_number", "community_nursing", "solicitor", "inline_outlook"],
    mail("Orla McCann <orla.mccann@setrust.hscni.net>", "FW: misdirected referral - solicitor will not delete",
         f"""Hi,

District nursing referral for Mrs Siobhan Devlin, H&C No {sp(h38)}, DOB 08/08/1958, 31 Glen Road,
Newtownards BT23 4LN, was emailed to a solicitors' office instead of her GP practice. It
includes her leg ulcer assessment and that she's on treatment for depression. The firm (Hanna &
Coyle) replied that they will "retain the document pending instructions from our client" - we
believe they act for her husband in divorce proceedings.

Orla McCann
Team Lead, District Nursing, South Eastern HSC Trust

-----Original Message-----
From: Reception <reception@hannacoyle-solicitors.co.uk>
Subject: RE: Referral - Mrs S Devlin
We acknowledge receipt. We will retain the document pending instructions from our client.
"""),
    names=["Siobhan Devlin"], ids={"hc_number": [h38], "date_of_birth": ["1958-08-08"],
                                    "address": ["31 Glen Road, Newtownards BT23 4LN"], "postcode": ["BT23 4LN"]},
    ign_names=["Orla McCann"], ign={"email_address": ["orla.mccann@setrust.hscni.net", "reception@hannacoyle-solicitors.co.uk"]},
    subjects=1, cats=["mental_health"], sev=4, lik=3,
    basis=["depression treatment (mental health, special category) and leg ulcer care",
           "sent to a solicitors' firm outside the trusted domains: likelihood 3",
           "recipient refuses to delete; possible use in litigation, so the DPO should monitor for misuse (5)"])

# ---- 039 dental: wrong patient got x-rays and phoned the patient
n39 = nhs()
add("dental-xray-recipient-phoned-patient", "misuse_recipient_contacted_patient",
    ["plain", "dental", "misuse", "gmail_forward"],
    mail("Priory Dental Care <priory.dental@nhs.net>", "Complaint + breach - treatment plan sent to wrong patient",
         f"""Hello,

We emailed Miss Tamsin Holroyd's treatment plan and radiographs (full upper denture, periodontal
disease, 3 extractions, £1,140 private cost) to the wrong patient, a Ms T Holroyde. It turns out
they work together. Ms Holroyde rang Miss Holroyd on 07700 900332 about it and has been showing
people at work. Miss Holroyd came in very upset and has complained.

NHS no. {n39}. Patient DOB 26/10/1990.

Dental Practice Manager, Priory Dental Care
"""),
    names=["Tamsin Holroyd"], ids={"nhs_number": [n39], "date_of_birth": ["1990-10-26"], "phone_number": ["07700900332"]},
    ign_names=["T Holroyde"], ign={"email_address": ["priory.dental@nhs.net"]},
    subjects=1, cats=["health"], sev=3, lik=5,
    basis=["dental treatment plan and radiographs (health)", "sent to another patient outside the trusted domains",
           "misuse occurred: recipient phoned the patient and showed colleagues: likelihood 5"])

# ---- 040 pharmacy delivery list with key safe codes to driver's personal gmail
p40 = [("Hilda Bamforth", "7 Oak Terrace, Batley WF17 5LP", "KS 4471"),
       ("Arthur Gaunt", "21 Upper Road, Batley WF17 0AB", "KS 1930"),
       ("Joan Sutcliffe", "Flat 2, 88 Bradford Road, Dewsbury WF13 2DU", "knock loudly"),
       ("Eric Naylor", "5 Greenhead Lane, Dewsbury WF12 8QL", "KS 0606")]
add("pharmacy-delivery-list-driver-gmail", "external_personal_account_vulnerable",
    ["csv_attachment", "pharmacy", "vulnerable", "personal_account"],
    mail("Zara Hussain <zara.hussain4@nhs.net>", "delivery list sent to driver's personal email",
         """Hi, our locum sent tomorrow's delivery list to our driver's personal gmail because the
delivery app was down. The driver is ours and says he's deleted it, but it was his own gmail on
his own phone. List attached (it has key safe codes for some housebound patients).

Zara Hussain, Pharmacy Technician, Healds Road Pharmacy
""",
         attach=[("delivs.csv", csvb([["Patient", "Address", "Postcode", "Meds", "Access"]] +
                                     [[a, b.rsplit(" ", 2)[0], " ".join(b.rsplit(" ", 2)[1:]), m, c]
                                      for (a, b, c), m in zip(p40, ["Dosette x4", "Insulin + pen needles", "Oramorph", "Warfarin"])]), CSV)]),
    names=[p[0] for p in p40], ids={"address": [p[1] for p in p40], "postcode": [" ".join(p[1].rsplit(" ", 2)[1:]) for p in p40]},
    ign_names=["Zara Hussain"], ign={"email_address": ["zara.hussain4@nhs.net"]},
    subjects=4, cats=["health"], sev=3, lik=3,
    basis=["medication and home access codes of four housebound (vulnerable) patients (health)",
           "sent to a personal gmail account outside the trusted domains: likelihood 3",
           "driver's own claim of deletion on his own device is not independent proof; no reduction"])

# ---- 041 social care financial assessment used for fraud
add("social-care-financial-assessment-fraud", "misuse_fraud_financial",
    ["docx_attachment", "social_care", "financial", "misuse", "inline_outlook"],
    mail("Financial Assessments <fab.team@wakefield.gov.uk>", "FW: Fraud following misdirected financial assessment",
         """To the ICB/Trust DPO (joint funded case, CHC)

Further to our report of 21/10: the financial assessment for Mr Roy Haigh was emailed to an
incorrect external address (roy.haigh1@outlook.com - not his). His daughter has now told us that
a loan and two catalogue accounts have been opened in his name using his date of birth, NI
number and bank details from the form. Police reference WY-26-118204. Form attached.

Financial Assessment & Benefits Team
""",
         attach=[("FA Haigh R.docx", docx_table("Financial Assessment - Non-residential care",
                                                [["Field", "Value"], ["Name", "Roy Haigh"], ["Date of birth", "17/04/1939"],
                                                 ["NI number", "JT 48 21 96 C"], ["Address", "3 Willow Close, Ossett WF5 9HE"],
                                                 ["Bank", "Sort code 30-99-50  Account 14839210"],
                                                 ["Care need", "vascular dementia; 2 calls daily"]]), DOCX)]),
    names=["Roy Haigh"], ids={"date_of_birth": ["1939-04-17"], "ni_number": ["JT482196C"],
                               "address": ["3 Willow Close, Ossett WF5 9HE"], "postcode": ["WF5 9HE"]},
    ign={"email_address": ["roy.haigh1@outlook.com", "fab.team@wakefield.gov.uk"]},
    subjects=1, cats=["health"], sev=4, lik=5,
    basis=["bank details and NI number (financial) of a vulnerable adult with dementia",
           "misuse reported: loan and accounts opened fraudulently: likelihood 5"])

# ---- 042 child protection conference invite to the wrong family, confirmed deletion
add("cp-conference-invite-wrong-family-confirmed", "safeguarding_external_confirmed",
    ["plain", "health_visitor", "safeguarding", "child", "containment_written", "gmail_forward"],
    mail("Amy Lockwood <amy.lockwood7@nhs.net>", "Fwd: Re: Initial Child Protection Conference",
         """Hi IG

Our admin emailed the ICPC invitation and health visitor report for baby Ruby-Mae Thornton
(DOB 03/08/2026) to a different Thornton family on our caseload. Report covers mum's postnatal
depression and the concerns about neglect. The other family replied confirming they have deleted
it - see below.

---------- Forwarded message ---------
From: Steph Thornton <stephthornton92@gmail.com>
Date: Thu, 5 Nov 2026 at 20:31
Subject: Re: Initial Child Protection Conference

Hiya, this isn't us - our little one is Archie. I've deleted it from my email and my bin. Not
shown anyone. Steph

Amy Lockwood, Health Visitor, 0-19 Service
"""),
    names=["Ruby-Mae Thornton"], ids={"date_of_birth": ["2026-08-03"]},
    ign_names=["Amy Lockwood", "Steph Thornton", "Archie", "Steph"],
    ign={"email_address": ["stephthornton92@gmail.com", "amy.lockwood7@nhs.net"]},
    subjects=2, cats=["safeguarding", "mental_health"], sev=4, lik=2,
    basis=["child protection (safeguarding) and the mother's postnatal depression (mental health)",
           "sent to another family's gmail: likelihood 3", "written confirmation of deletion: -1 -> 2", "not reportable",
           "two subjects: the baby and the unnamed mother"])

# ---- 043 near miss: third party's page found in SAR bundle before release
n43a, n43b = nhs(), nhs()
add("near-miss-sar-third-party-page", "near_miss_sar_check",
    ["plain", "gp_admin", "near_miss", "sar"],
    mail("Carl Oduya <carl.oduya@nhs.net>", "Near miss - SAR bundle QA",
         f"""Hi,

Logging a near miss. While doing the second check on a SAR bundle for Mr Dennis Rowbotham
(NHS {n43a}) before sending it to his solicitors, I found a scanned hospital letter for a different
patient, Mrs Joyce Rowbotham (NHS {n43b}, DOB 02/02/1950, gastroscopy result) filed in his record.
Removed before release, re-filed to correct record. Nothing sent.

Carl Oduya, Medical Records / SAR Administrator, Brookfield Surgery
"""),
    names=["Joyce Rowbotham"], ids={"nhs_number": [n43b], "date_of_birth": ["1950-02-02"]},
    ign_names=["Carl Oduya", "Dennis Rowbotham"], ign={"email_address": ["carl.oduya@nhs.net"], "nhs_number": [n43a]},
    subjects=1, cats=["health"], near_miss=True, sev=1, lik=1,
    basis=["near miss: third-party letter removed before release (rubric: severity 1, likelihood 1)",
           "the SAR requester is not a subject of this incident (his own records were going to his solicitor)"])

# ---- 044 care home DoLS / safeguarding referral to another care home's outlook, verbal deletion only
add("care-home-dols-wrong-home-verbal", "safeguarding_vulnerable_verbal_only",
    ["html_only", "cte_base64", "care_home_manager", "safeguarding", "vulnerable"],
    mail("Deputy Manager Meadowbank <meadowbanknursing@outlook.com>", "data breach report",
         None, cte="base64", html_only=True,
         html="""<div style="font-family:Calibri">Hello,<br><br>
I am the deputy manager at Meadowbank Nursing Home. I emailed an urgent DoLS authorisation request and
a safeguarding concern form for our resident <b>Mr Dennis Oldroyd</b> (DOB 11 January 1936) to the wrong
care home, Meadowcroft (meadowcroftcare@outlook.com). The safeguarding form was about an unexplained
bruise and an allegation against a family member. Meadowcroft's manager said on the phone that she
would delete it but has not replied to my email asking for confirmation.<br><br>
Thanks<br>Tracy Binns<br>Deputy Manager</div>"""),
    names=["Dennis Oldroyd"], ids={"date_of_birth": ["1936-01-11"]}, ign_names=["Tracy Binns"],
    ign={"email_address": ["meadowbanknursing@outlook.com", "meadowcroftcare@outlook.com"]},
    subjects=1, cats=["safeguarding", "health"], sev=4, lik=3,
    basis=["safeguarding allegation and DoLS (deprivation of liberty) for a vulnerable resident",
           "sent to another care home's outlook.com address, outside the trusted domains: likelihood 3",
           "only a verbal promise to delete, no written confirmation: no reduction"])

# ---- 045 staff member forwarded caseload to own gmail (forwarded as attachment by the manager)
p45 = [("Gordon Ibbotson", nhs(), "01924 496 118", "leg ulcers, diabetic"),
       ("Maud Fairclough", nhs(), "01924 496 342", "palliative, syringe driver"),
       ("Anwar Siddiqui", nhs(), "07700 900 518", "catheter care"),
       ("Phyllis Ormerod", nhs(), "01924 496 907", "insulin x2 daily"),
       ("Trevor Blakey", nhs(), "07700 900 264", "post-op wound, MRSA")]
add("caseload-forwarded-to-own-gmail", "staff_personal_gmail_rfc822",
    ["rfc822_attachment", "community_nursing", "personal_account", "manager_report"],
    mail("Julie Haworth <julie.haworth@nhs.net>", "Staff member forwarding caseload to personal email",
         """Hello DPO,

Our mailbox audit flagged that one of my community nurses auto-forwarded her visit list to her
own personal gmail so she could see it on her phone. The forwarded email is attached as it was
sent. She says she has deleted it and turned the rule off, but she has done this since September.
We don't know if the gmail is shared or on other devices.

Julie Haworth
Neighbourhood Team Manager
""", rfc822=inner("Leanne Crabtree <leanne.crabtree@nhs.net>", "leannecrabtree85@gmail.com",
                  "FW: visits Tues",
                  "Tuesday visits\n\n" + "\n".join(f"{a} - NHS {sp(b)} - tel {c} - {d}" for a, b, c, d in p45) +
                  "\n\nLeanne\n")),
    names=[p[0] for p in p45], ids={"nhs_number": [p[1] for p in p45], "phone_number": [p[2].replace(" ", "") for p in p45]},
    ign_names=["Julie Haworth", "Leanne Crabtree", "Leanne"],
    ign={"email_address": ["leannecrabtree85@gmail.com", "leanne.crabtree@nhs.net", "julie.haworth@nhs.net"]},
    subjects=5, cats=["health"], sev=3, lik=3,
    basis=["health details and NHS numbers of five housebound patients",
           "forwarded repeatedly to a personal gmail account outside the trusted domains: likelihood 3",
           "the staff member's own statement that she deleted it is not independent proof: no reduction"])

# ==================================================================== MAIN

README_HEAD = """# fresh14 -- independent breachdesk evaluation corpus (grading emphasis)

45 emails, `truth.jsonl`, generator `make_corpus.py` (seed 141414).

## What I read
Only `/work/shared/DESIGN.md`, `/work/shared/eval/score.py` and the first 1500 bytes of
`/work/shared/samples/truth.jsonl` (for the field layout). Nothing under /work/main, no other corpus,
no sample .eml files. breachdesk was not run on this corpus.

## Emphasis: grading as a DPO would do it
The same kinds of incident recur with different outcomes, so the grade has to be read from what
happened, not from the kind of incident:
- wrong external recipient: confirmed deletion in writing (001, 020, 035, 042) vs only a verbal or
  hedged promise (002, 044, 015 "will look into it") vs no reply (003, 007, 022, 032) vs refusal (038);
- recall succeeded before reading (004 -> likelihood 1) vs recall failed / already read (005, 023);
- stayed inside nhs.net (004, 005, 016, 018, 021, 024) vs personal gmail (002, 003, 040, 045) vs a
  council (006, confirmed) or solicitors (007, 038) or an employer (017) or a commercial supplier (015);
- social media: still up (008 TikTok, 036 Facebook) vs removed within minutes with zero views (009);
- misuse occurred: ex-partner phoned and turned up (010), father turned up at the flat (012), wrong
  recipient phoned the patient and showed colleagues (039), fraud with the details (041), a
  colleague read an HIV letter (017), a mother read a gender identity clinic letter (019);
- snooping found by audit: a relative's IVF record (013, severity 4) vs a neighbour's demographics
  only (014, severity 2);
- financial: bank sort codes / account numbers (015 external, 035 confirmed deletion, 041 fraud) and
  full payment card data kept internal (016: severity 4, likelihood 2, not reportable);
- special categories in passing: HIV/PrEP (017, 028), termination (018), IVF (013, 020), gender
  identity clinic (019), alcohol detox (021), methadone (011), MHA sections (003, 022), child
  protection / safeguarding (010, 023, 034, 042, 044), genetic BRCA result (024);
- near misses caught before sending (025, 026, 043) and non-reports (029 phishing forwarded as an
  attachment, 030 policy question, 031 auto-reply with Auto-Submitted header).

Voices: GP receptionists and practice managers, ward clerks, a ward sister and a matron, a student
nurse, an HCA on her phone, community nurses and a neighbourhood team manager, CMHT care
coordinator, MHA office, community and dispensing pharmacists and a pharmacy technician, dental
reception and a dental practice manager, care home managers, council children's safeguarding and
financial assessment teams, a health visitor, genetics and GIC admin, finance cashiers, records/SAR
officers, an IG lead and a privacy officer, NHS Scotland (CHI numbers), Wales (bilingual
signature) and Northern Ireland (H&C number). Formats: plain 7bit, quoted-printable, base64,
HTML-only, multipart/alternative, Outlook "-----Original Message-----" and "From: ... Sent:"
blocks, Gmail "---------- Forwarded message ---------", ">" quoting, top posting, csv/xlsx/docx
attachments and message/rfc822 forwards (029, 045).

## Regenerate
    cd /work/corpora/fresh14 && /work/main/.venv/bin/python make_corpus.py
    /work/main/.venv/bin/python /work/shared/eval/score.py --corpus . --predictions /dev/null   # truth parses: 45 emails
Output is deterministic (seeded NHS/CHI/H&C digits, fixed Date and Message-ID headers, fixed MIME
boundaries, xlsx/docx zip entries rewritten with a fixed timestamp). NHS, CHI and H&C numbers are
generated with the mod-11 check (`mod11()` in the generator; CHI numbers also carry a real date and
the sex digit). Phone numbers use Ofcom drama ranges; postcodes are real-shaped; all people invented.

## Truth conventions
- Identifiers and names are those of the data subjects only. Reporters, colleagues, signatures,
  service mailboxes and wrong recipients go to `ignorable_names` / `ignorable`; the exception is
  To-instead-of-Bcc (027, 028) where the recipients' own addresses (and display names) are the
  disclosed data. In 001 the wrong recipient has the same name as the patient; the name stays in
  `names` because it is the patient's name. In 043 the SAR requester (whose records were going to his
  own solicitor) is not a subject; his name and NHS number are ignorable.
- Bank sort codes, account numbers and card numbers are not identifier kinds in the scan contract, so
  they appear only through severity (4) and the basis. Letterhead addresses (035) are ignorable.
- `subjects` counts distinct people whose personal data was involved as described, including people
  mentioned but not named (042: the baby and her mother; 035: the resident and her attorney son
  whose account details were on the mandate; 026: the 31 patients in the held draft). Non-reports: 0.
- Severity follows the DESIGN rubric: 1 no identifiable individual or near miss; 2 identifiable, no
  health (014, 032); 3 health; 4 special categories or financial details. Gender identity (019) is
  recorded as `health` (the category list has no gender-identity entry) but graded 4 as a DPO would,
  given the risk of serious distress. Lost handover sheet 034 is 4 because it carries a safeguarding
  referral for a vulnerable adult.
- Likelihood: 2 inside the trusted domains, 3 outside, 4 published, 5 misuse/harm occurred, 1 near
  miss. Containment lowers it by one only on evidence: a written reply confirming deletion, a recall
  success report showing deletion before reading (004: inside nhs.net 2 -> 1, the only case below 2),
  a letter returned sealed (037), a recovered sheet with the finder's account (033), a zero-views
  record (009). Verbal or hedged promises, "will look into it", and a staff member's own word about
  her personal gmail (040, 045) earn no reduction. Inside nhs.net with deletion after reading (018,
  021, 024) stays at 2.
- Snooping (013, 014) is graded likelihood 5: the unauthorised access itself is the confirmed misuse.
  017 and 019 are 5 because the wrong reader acted on the information and harm followed.
- 009 (story removed within four minutes with no viewers) comes out reportable under the rubric
  (4 - 1 = 3, severity 3); a DPO might decide otherwise on the evidence, and the basis says so.
- `reportable` = likelihood >= 3 and severity >= 2 in every row. 26 of 45 are reportable.
"""


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as tf:
        for fname, msg, truth in CORPUS:
            with open(os.path.join(OUT, fname), "wb") as fh:
                fh.write(msg.as_bytes(policy=policy.default))
            tf.write(json.dumps(truth, ensure_ascii=False) + "\n")
    lines = [README_HEAD, "\n## Per-email truth and rubric reasoning\n",
             "| file | subjects | categories | sev | lik | reportable | reasoning |", "|---|---|---|---|---|---|---|"]
    for fname, _, t in CORPUS:
        a = t["assessment"]
        lines.append(f"| {fname} | {t['subjects']} | {', '.join(t['special_categories']) or '-'} | {a['severity']} | "
                     f"{a['likelihood']} | {'yes' if a['reportable'] else 'no'} | {'; '.join(a['basis'])} |")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {len(CORPUS)} emails")


if __name__ == "__main__":
    main()
