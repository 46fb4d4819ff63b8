#!/usr/bin/env python3
"""Generate the fresh20 evaluation corpus for breachdesk (deterministic).

Run:  /work/main/.venv/bin/python make_corpus.py
Writes NNN-slug.eml files and truth.jsonl next to this script.
"""
import csv
import io
import json
import os
import random
import re
import zipfile
from email import charset as _charset
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import encoders
from email.parser import BytesParser
from email import policy as _policy

OUT = os.path.dirname(os.path.abspath(__file__))
BREACH = "breach@example.nhs.uk"
SEED = 20

# ------------------------------------------------------------------ identifiers

def mod11(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - (s % 11)
    if c == 11:
        c = 0
    return None if c == 10 else str(c)


def nhs_valid(n):
    n = "".join(ch for ch in str(n) if ch.isdigit())
    return len(n) == 10 and mod11(n[:9]) == n[9] and n != "0000000000"


def nhs(rng, lo=400_000_000, hi=799_999_999):
    while True:
        base = rng.randint(lo, hi)
        if 500_000_000 <= base < 600_000_000:
            continue
        c = mod11(str(base))
        if c is not None:
            return str(base) + c


def chi(rng, dob, female):
    """dob 'YYYY-MM-DD' -> CHI number DDMMYY + 2 random + sex digit + check."""
    y, m, d = dob.split("-")
    six = d + m + y[2:]
    while True:
        two = "%02d" % rng.randint(0, 99)
        sex = rng.choice("02468" if female else "13579")
        c = mod11(six + two + sex)
        if c is not None:
            return six + two + sex + c


def hc(rng):
    return nhs(rng, 320_000_000, 399_999_999)


def sp(n):
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def dash(n):
    return f"{n[:3]}-{n[3:6]}-{n[6:]}"


def uk(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


# ------------------------------------------------------------------ MIME helpers

def text(body, subtype="plain", cte="7bit"):
    if cte == "qp":
        cs = _charset.Charset("utf-8")
        cs.body_encoding = _charset.QP
        return MIMEText(body, subtype, cs)
    if cte == "b64":
        return MIMEText(body, subtype, "utf-8")
    if cte == "8bit":
        cs = _charset.Charset("utf-8")
        cs.body_encoding = None
        return MIMEText(body, subtype, cs)
    return MIMEText(body, subtype, "us-ascii")


def attach(data, filename, maintype, subtype):
    p = MIMEBase(maintype, subtype, name=filename)
    p.set_payload(data)
    encoders.encode_base64(p)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def build(n, frm, subject, date, body=None, html=None, cte="7bit", to=BREACH, cc=None,
          attachments=(), alt=False, extra=None):
    """Assemble one message with fixed boundaries and Message-ID."""
    parts = []
    if body is not None and html is not None and alt:
        a = MIMEMultipart("alternative", boundary=f"==fresh20-alt-{n:03d}==")
        a.attach(text(body, "plain", cte))
        a.attach(text(html, "html", cte))
        parts.append(a)
    else:
        if body is not None:
            parts.append(text(body, "plain", cte))
        if html is not None:
            parts.append(text(html, "html", cte))
    parts.extend(attachments)
    if len(parts) == 1:
        msg = parts[0]
    else:
        msg = MIMEMultipart("mixed", boundary=f"==fresh20-mix-{n:03d}==")
        for p in parts:
            msg.attach(p)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = f"<fresh20.{n:03d}.{SEED}@mail.example.nhs.uk>"
    for k, v in (extra or {}).items():
        msg[k] = v
    return msg


def rfc822(inner):
    return MIMEMessage(inner)


def dezip(data):
    """Rewrite a zip (xlsx/docx) with fixed timestamps so output is byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            raw = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                raw = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", raw)
            dst.writestr(zi, raw)
    return out.getvalue()


def xlsx(sheets):
    """sheets: list of (title, rows) -> bytes."""
    import datetime
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
    fixed = datetime.datetime(2026, 1, 1, 0, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "NHS User"
    b = io.BytesIO()
    wb.save(b)
    return dezip(b.getvalue())


def docx(paragraphs_before, table_rows, paragraphs_after=()):
    import datetime
    import docx as _docx
    d = _docx.Document()
    for p in paragraphs_before:
        d.add_paragraph(p)
    if table_rows:
        t = d.add_table(rows=0, cols=len(table_rows[0]))
        t.style = "Table Grid"
        for r in table_rows:
            cells = t.add_row().cells
            for c, v in zip(cells, r):
                c.text = str(v)
    for p in paragraphs_after:
        d.add_paragraph(p)
    fixed = datetime.datetime(2026, 1, 1, 0, 0, 0)
    cp = d.core_properties
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "NHS User"
    cp.last_modified_by = "NHS User"
    cp.revision = 1
    b = io.BytesIO()
    d.save(b)
    return dezip(b.getvalue())


def csvbytes(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode("utf-8")


# ------------------------------------------------------------------ truth helper

def truth(file, scenario, tags, ids=None, names=(), ign_names=(), ign=None, subjects=0, cats=(),
          near_miss=False, sev=1, lik=1, basis=()):
    ids = {k: sorted(set(v)) for k, v in (ids or {}).items() if v}
    ign = {k: sorted(set(v)) for k, v in (ign or {}).items() if v}
    has = bool(ids) or bool(names)
    return {"file": file, "scenario": scenario, "tags": sorted(tags), "identifiers": ids,
            "names": sorted(set(names)), "ignorable_names": sorted(set(ign_names)), "ignorable": ign,
            "subjects": subjects, "special_categories": sorted(set(cats)), "near_miss": near_miss,
            "no_identifiers": not has,
            "assessment": {"severity": sev, "likelihood": lik, "reportable": lik >= 3 and sev >= 2,
                           "basis": list(basis)}}


EMAILS = []


def email(fn):
    EMAILS.append(fn)
    return fn


# ================================================================== emails 1-8

@email
def e_pharmacy_bag(n, rng):
    dob = "1979-03-22"
    body = f"""Hi IG team,

Reporting this as asked by our area manager. Sorry its a bit rushed, shop is heaving.

Yesterday afternoon (approx 4.40pm) our counter assistant handed a prescription bag to the wrong
patient. The bag was for Mr Desmond OKAFOR, 27 Hollybank Terrace, Rotherham S65 2PL. It was
collected by a Mrs Okafor who said she was collecting for her husband - it turns out she is no
relation, her husband is also a customer of ours and the names are the same. Our assistant did
not confirm the address which is against our SOP.

Bag contents: sertraline 100mg x 28, diazepam 2mg x 14 and a repeat slip listing his other
items. Label on each box has his name, address and dose instructions.

She opened the bag at home and rang us this morning, she has brought it back. The packets were
opened (the outer bag was torn) so she will have seen what was in it. I have phoned Mr Okafor
on 07700 900417 to apologise and explain, he was understandably upset and said he didnt want
his neighbours knowing his business. Mrs Okafor lives two streets away.

DOB on our PMR for him is {uk(dob)} in case you need it.

Staff member has been spoken to and we are re-doing the hand-out training on Monday.

Thanks
Priya

Priya Raman MPharm
Pharmacist Manager
Brinsworth Lane Pharmacy (FQ482)
Tel 01709 496021
"""
    msg = build(n, "Brinsworth Lane Pharmacy <pharmacy.fq482@nhs.net>",
                "Bag given to wrong patient - yesterday", "Mon, 02 Nov 2026 09:12:44 +0000", body)
    return "pharmacy-bag-wrong-patient", msg, dict(
        tags=["plain", "pharmacy", "handed_to_wrong_person", "surname_capitals"],
        ids={"postcode": ["S65 2PL"], "address": ["27 Hollybank Terrace, Rotherham, S65 2PL"],
             "phone_number": ["07700900417"], "date_of_birth": [dob]},
        names=["Desmond Okafor"], ign_names=["Priya Raman", "Okafor"],
        ign={"phone_number": ["01709496021"], "email_address": ["pharmacy.fq482@nhs.net"]},
        subjects=1, cats=["health", "mental_health"], sev=4, lik=3,
        basis=["medication (antidepressant, benzodiazepine) reveals mental health treatment",
               "handed to a member of the public who opened the bag",
               "bag returned but contents seen: no reduction"])


@email
def e_eps_token(n, rng):
    nn = nhs(rng)
    dob = "1951-08-09"
    inner = f"""From: Reception - Castlegate Surgery
Sent: 03 November 2026 11:02
To: Practice Manager Castlegate
Subject: token handed in

Hi Lynn

A gentleman came in this morning with one of our EPS tokens he found on the pavement outside
the Co-op on Station Rd. It is for one of our patients:

Name: Mrs Edith Barraclough
DOB: {uk(dob)}
NHS No: {sp(nn)}
Address: Flat 3, 11 Mill Bank Court, Knaresborough HG5 0DW
Items: Levothyroxine 100 microgram tablets, Ramipril 5mg capsules, Alendronic acid 70mg tablets

I have put the token in the confidential waste bag and made a note on her record. Not sure if
it was dropped by her or by the pharmacy driver? He didn't want to leave his name.

Jade
"""
    body = f"""Forwarding for logging please. Token recovered by a member of the public and returned
to us same day, now destroyed. I have rung Mrs Barraclough's daughter (her main contact) - her
mum thinks she dropped it herself.

Lynn Whitaker
Practice Manager, Castlegate Surgery
01423 496 310

-----Original Message-----
{inner}"""
    msg = build(n, "Whitaker Lynn (Castlegate Surgery) <lynn.whitaker2@nhs.net>",
                "FW: token handed in", "Tue, 03 Nov 2026 11:37:05 +0000", body)
    return "eps-token-found-in-street", msg, dict(
        tags=["plain", "inline_outlook", "gp", "pharmacy", "lost_paper"],
        ids={"nhs_number": [nn], "date_of_birth": [dob], "postcode": ["HG5 0DW"],
             "address": ["Flat 3, 11 Mill Bank Court, Knaresborough, HG5 0DW"]},
        names=["Edith Barraclough"], ign_names=["Lynn Whitaker", "Jade"],
        ign={"phone_number": ["01423496310"], "email_address": ["lynn.whitaker2@nhs.net"]},
        subjects=1, cats=["health"], sev=3, lik=2,
        basis=["EPS token: NHS number with medication list",
               "found by a member of the public (external)",
               "returned the same day and destroyed (containment, likelihood -1)"])


DENTAL_ROWS = [
    ("Harriet Longstaff", "07700 900128", "h.longstaff@btinternet.com", "245.60", "12/08/2026", "Band 3 crown, 2 visits unpaid"),
    ("Kwame Mensah", "07700 900245", "", "26.80", "02/09/2026", "Band 1"),
    ("Gillian Pryce", "01632 960552", "gillpryce@hotmail.co.uk", "73.50", "19/07/2026", "Band 2, FTA fee"),
    ("Tomasz Wiśniewski", "07700 900391", "tomek.w@gmail.com", "306.80", "28/08/2026", "Band 3 denture"),
    ("Gillian Pryce", "01632 960552", "gillpryce@hotmail.co.uk", "26.80", "04/10/2026", "Band 1 exam - daughter's acct?"),
    ("Ravi Chandrasekar", "07700 900462", "", "73.50", "15/09/2026", "Band 2"),
    ("Maureen O'Donnell", "01632 960784", "", "140.00", "01/06/2026", "Private whitening"),
    ("Callum Fyfe", "07700 900519", "callumfyfe88@outlook.com", "26.80", "22/09/2026", "Band 1"),
    ("Shabana Akhtar", "07700 900603", "s.akhtar@yahoo.co.uk", "73.50", "30/09/2026", "Band 2, payment plan broken"),
]


@email
def e_dental_arrears(n, rng):
    rows = [["Patient", "Contact no", "Email", "Balance £", "Last attended", "Notes"]] + [list(r) for r in DENTAL_ROWS]
    data = csvbytes(rows)
    body = """Hello,

I think I have made a mistake. I was sending our monthly debtors list to our accountants
(Fairbank & Co) and Outlook autofilled an old address - accounts.fairbank@gmail.com - which
is not them, their proper address is on their own domain. It went at 16:05 today with the
attached csv. I have emailed the gmail address asking them to delete it but no reply yet.

The list has patient names, phone numbers, some emails and what they owe us.

Please advise what I need to do next, I have never had to do this before.

Kind regards

Bev Ashworth
Practice Manager
Marsh Street Dental Care
"""
    msg = build(n, "Bev Ashworth <practicemanager.marshstreet@nhs.net>",
                "Sent debtors list to wrong email", "Wed, 04 Nov 2026 16:31:19 +0000", body,
                attachments=[attach(data, "debtors_Oct26.csv", "text", "csv")])
    names = sorted({r[0] for r in DENTAL_ROWS})
    return "dental-debtors-csv-misdirected", msg, dict(
        tags=["plain", "attachment_csv", "dental", "financial", "autocomplete", "duplicate_rows"],
        ids={"phone_number": [r[1].replace(" ", "") for r in DENTAL_ROWS],
             "email_address": [r[2] for r in DENTAL_ROWS if r[2]]},
        names=names, ign_names=["Bev Ashworth"],
        ign={"email_address": ["accounts.fairbank@gmail.com", "practicemanager.marshstreet@nhs.net"]},
        subjects=len(names), cats=[], sev=4, lik=3,
        basis=["financial details (balances owed) for identified patients",
               "sent to an unknown gmail address (autocomplete)",
               "9 rows, 8 distinct people (one patient has two rows)"])


@email
def e_optician_gos18(n, rng):
    nn = nhs(rng)
    dob = "1948-12-02"
    html = f"""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Good afternoon,</p>
<p>We have been contacted by Riverside Medical Practice to say that a GOS18 referral we sent on
Friday reached them in error &ndash; the patient is registered at <b>Riverdale</b> Medical Centre.
Both practices are on nhs.net. Riverside have deleted the email and confirmed this in writing.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Patient</td><td>Mr Leonard ASPINALL</td></tr>
<tr><td>D.O.B.</td><td>{uk(dob)}</td></tr>
<tr><td>NHS number</td><td>{sp(nn)}</td></tr>
<tr><td>Reason for referral</td><td>IOP R 31 L 28 mmHg, cupped discs, field defect L &ndash; suspected
chronic open angle glaucoma. Also advised not to drive pending HES review.</td></tr>
</table>
<p>The referral has now been re-sent to the correct practice.</p>
<p>Regards,<br>Imogen Tait MCOptom<br>Optometrist, ClearSight Opticians (Hexham)<br>
01434 496 118</p>
<p style="font-size:8pt;color:#777">This email and any attachments are confidential and intended
solely for the addressee. If you have received it in error please notify the sender.</p>
</body></html>"""
    msg = build(n, "ClearSight Hexham <clearsight.hexham@nhs.net>",
                "GOS18 referral sent to wrong GP practice", "Mon, 09 Nov 2026 14:03:51 +0000",
                html=html, cte="qp")
    return "optician-referral-wrong-gp", msg, dict(
        tags=["html_only", "cte_quoted_printable", "optometry", "misdirected_internal", "html_table"],
        ids={"nhs_number": [nn], "date_of_birth": [dob]},
        names=["Leonard Aspinall"], ign_names=["Imogen Tait"],
        ign={"phone_number": ["01434496118"], "email_address": ["clearsight.hexham@nhs.net"]},
        subjects=1, cats=["health"], sev=3, lik=2,
        basis=["referral with diagnosis (suspected glaucoma) and NHS number",
               "misdirected within nhs.net (trusted)", "recipient confirmed deletion"])


@email
def e_antenatal_result(n, rng):
    nn = nhs(rng)
    dob = "1993-05-17"
    body = f"""Dear Information Governance,

I am the Antenatal and Newborn Screening Coordinator and need to report an incident.

On 05/11/2026 a results letter from the combined screening test was posted to the wrong
address. The letter was for Ms Natalia Grabowska (DOB {uk(dob)}, NHS {nn}, hospital no.
M0481773) and gave a HIGHER CHANCE result for Down's syndrome (1 in 42) with an invitation to
discuss diagnostic testing (CVS/amniocentesis). The letter was addressed correctly to her name
but to her previous address (14 Sandringham Drive, Wigston LE18 3TF) as the maternity system
had not picked up her change of address from the PDS.

The current occupier opened it and telephoned the unit on 09/11/2026. She has agreed to return
the letter by post but has read it. Ms Grabowska has been contacted by the screening midwife
and seen in clinic today; she was very distressed that a stranger knew about her pregnancy
before her family did.

Her correct address is 6 Alderton Close, Oadby LE2 4RS.

Actions: address updated; spine check now part of letter production; Datix W-118342.

Regards
Rachel Kinsella
Antenatal & Newborn Screening Coordinator
Women's Services
"""
    msg = build(n, "Kinsella Rachel <rachel.kinsella@example.nhs.uk>",
                "IG incident - antenatal screening result letter to old address",
                "Mon, 09 Nov 2026 15:48:02 +0000", body, cte="qp")
    return "antenatal-screening-result-old-address", msg, dict(
        tags=["plain", "cte_quoted_printable", "maternity", "screening", "postal", "formal"],
        ids={"nhs_number": [nn], "date_of_birth": [dob], "hospital_number": ["M0481773"],
             "postcode": ["LE18 3TF", "LE2 4RS"],
             "address": ["14 Sandringham Drive, Wigston, LE18 3TF", "6 Alderton Close, Oadby, LE2 4RS"]},
        names=["Natalia Grabowska"], ign_names=["Rachel Kinsella"],
        ign={"email_address": ["rachel.kinsella@example.nhs.uk"]},
        subjects=1, cats=["health", "reproductive_health"], sev=4, lik=3,
        basis=["antenatal screening result (pregnancy, higher chance T21): reproductive health",
               "posted to a member of the public who read it",
               "letter to be returned, but content already read: no reduction"])


@email
def e_autoreply(n, rng):
    body = """Thank you for your email. I am on annual leave until Monday 16 November with no
access to email.

For urgent Information Governance matters please contact the IG team on the main
switchboard or email ig.team@example.nhs.uk.

For Freedom of Information requests please use foi@example.nhs.uk.

Kind regards
Daniel Orme
Information Governance Officer
"""
    msg = build(n, "Orme Daniel <daniel.orme@example.nhs.uk>",
                "Automatic reply: BD-2026-000412 received", "Tue, 10 Nov 2026 08:00:03 +0000", body,
                extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
                       "In-Reply-To": "<ack.BD-2026-000412@breach.example.nhs.uk>"})
    return "auto-reply-out-of-office", msg, dict(
        tags=["plain", "non_report", "auto_reply"],
        ign_names=["Daniel Orme"],
        ign={"email_address": ["ig.team@example.nhs.uk", "foi@example.nhs.uk", "daniel.orme@example.nhs.uk"]},
        subjects=0, sev=1, lik=1, basis=["automatic reply, no personal data of any data subject"])


def bowel_people(rng):
    first = ["Alan", "Brenda", "Colin", "Deborah", "Errol", "Fiona", "Gurdeep", "Hilary", "Ivor",
             "Janet", "Keith", "Lorraine", "Mohammed", "Norma", "Owen"]
    last = ["Pickering", "Stables", "McAllister", "Rowntree", "Campbell", "Dunmore", "Sandhu",
            "Ferrier", "Llewellyn", "Brough", "Tasker", "Whitfield", "Rahman", "Cullen", "Penrose"]
    streets = ["Ashgrove Road", "Beech Walk", "Coronation Street", "Dale View", "Elm Park", "Fern Close",
               "Gladstone Road", "Heather Way", "Ings Lane", "Jubilee Crescent", "Kings Road",
               "Laburnum Grove", "Manor Way", "Nelson Street", "Orchard Rise"]
    pcs = ["DN4 8QS", "DN5 7HT", "DN2 6AX", "DN3 1JP", "DN4 0RB", "DN6 9EL", "DN1 2NU", "DN5 0PW",
           "DN11 8DF", "DN12 3GH", "DN4 7LZ", "DN2 5YT", "DN3 3BA", "DN6 7QE", "DN10 4SU"]
    ppl = []
    for i in range(15):
        y = rng.randint(1953, 1971)
        dob = f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        ppl.append(dict(first=first[i], last=last[i], nhs=nhs(rng), dob=dob,
                        addr=f"{rng.randint(2, 140)} {streets[i]}", pc=pcs[i]))
    return ppl


@email
def e_bowel_xlsx(n, rng):
    ppl = bowel_people(rng)
    s1 = [("Bowel Screening Hub - misaddressed invitations (print run 2026-11-06)",), (),
          ("Pt Surname", "Forename(s)", "NHS No.", "D.O.B", "Addr Line 1", "Town", "Post Code", "Sent to (wrong)")]
    for p in ppl[:12]:
        d = p["dob"].split("-")
        s1.append((p["last"].upper(), p["first"], sp(p["nhs"]), f"{d[2]}.{d[1]}.{d[0]}", p["addr"], "Doncaster",
                   p["pc"], "address of next record in batch"))
    s2 = [("KitID", "NHS No.", "Surname", "Forename", "DOB", "Kit posted", "Post Code")]
    both = [ppl[1], ppl[4], ppl[7], ppl[9], ppl[11]]
    for i, p in enumerate(both + ppl[12:15]):
        d = p["dob"].split("-")
        s2.append((f"FIT{700412 + i * 7}", p["nhs"], p["last"], p["first"], f"{d[2]}/{d[1]}/{d[0]}",
                   "06/11/2026", p["pc"]))
    data = xlsx([("Invites", s1), ("FIT kits", s2)])
    body = """Morning all,

Please see attached. The mail-merge for Thursday's invitation run slipped by one row for part of
the batch, so each letter went to the next person's address (printed name correct, address
wrong). Sheet 1 is the invitation letters affected. Sheet 2 is the FIT kits that were posted
from the same run - some of these people are also on sheet 1, a few are kit-only.

The letters show name, NHS number and DOB and say they are being invited for bowel cancer
screening. Kits have the patient label with the same details.

We have had 3 calls from members of the public so far returning letters. Royal Mail cannot
intercept at this point.

I will update as more come back.

Sanjay

Sanjay Mistry | Programme Manager | Bowel Cancer Screening Hub
"""
    msg = build(n, "MISTRY, Sanjay (NHS ENGLAND) <sanjay.mistry3@nhs.net>",
                "Bowel screening invite run - addresses shifted", "Fri, 06 Nov 2026 10:21:40 +0000", body,
                attachments=[attach(data, "misaddressed_run_061126.xlsx", *XLSX)])
    s_all = ppl
    return "bowel-screening-mailmerge-xlsx", msg, dict(
        tags=["plain", "attachment_xlsx", "multi_sheet", "screening", "postal", "mail_merge",
              "overlap_between_sheets"],
        ids={"nhs_number": [p["nhs"] for p in s_all], "date_of_birth": [p["dob"] for p in s_all],
             "postcode": [p["pc"] for p in s_all],
             "address": [f"{p['addr']}, Doncaster, {p['pc']}" for p in ppl[:12]]},
        names=[f"{p['first']} {p['last']}" for p in s_all], ign_names=["Sanjay Mistry"],
        ign={"email_address": ["sanjay.mistry3@nhs.net"]},
        subjects=15, cats=["health"], sev=3, lik=3,
        basis=["screening invitation with NHS number and DOB (health context)",
               "posted to wrong members of the public",
               "2 sheets: 12 + 8 rows, 5 on both, 15 distinct people"])


TRIAL = [
    ("SPR-014", "Aoife Brennan", "07700 900731", "aoife.brennan91@gmail.com", "Arm B"),
    ("SPR-017", "Marcus Delaney", "07700 900738", "mdelaney@live.co.uk", "Arm A"),
    ("SPR-021", "Yusuf Karimi", "07700 900744", "yusuf.karimi@outlook.com", "Arm A"),
    ("SPR-022", "Lowri Prosser", "07700 900752", "lowriprosser@gmail.com", "Arm B"),
    ("SPR-026", "Helen Ashdown", "07700 900766", "", "Withdrawn"),
    ("SPR-030", "Stuart Ogilvie", "07700 900771", "stu.ogilvie@btinternet.com", "Arm B"),
    ("SPR-031", "Jasmine Forde", "07700 900779", "jasforde@icloud.com", "Arm A"),
    ("SPR-035", "Niamh Gallagher", "07700 900784", "niamh.g@hotmail.com", "Arm B"),
    ("SPR-038", "Petra Novak", "07700 900790", "p.novak@gmail.com", "Arm A"),
    ("SPR-040", "Adebayo Ogunleye", "07700 900796", "bayo.ogunleye@yahoo.com", "Arm B"),
]


@email
def e_trial_list(n, rng):
    rows = [("Study: SPRING - guided self-help app vs usual care for moderate depression",), (),
            ("Participant ID", "Name", "Mobile", "Email", "Allocation", "PHQ-9 baseline")]
    for i, r in enumerate(TRIAL):
        rows.append(r + (str(12 + (i * 3) % 10),))
    data = xlsx([("Contact list", rows)])
    body = """Hi

Just flagging - when I sent out the October participant newsletter this morning to our study
mailing list (Bcc, 38 people) I attached the wrong file. Instead of the newsletter pdf it was
the participant contact list (xlsx, attached here for you). It has names, mobile numbers,
emails, which arm they are in and their baseline PHQ-9 scores.

I've sent a follow up asking people to delete it. Two have replied saying they have. The PI
(Prof Hartley) knows and we are telling the sponsor.

Thanks,
Ellie

Ellie Drummond
Research Nurse, Mental Health Research Unit
"""
    msg = build(n, "Drummond Ellie <ellie.drummond@nhs.net>",
                "Wrong attachment sent to study participants", "Thu, 12 Nov 2026 11:09:27 +0000", body,
                attachments=[attach(data, "SPRING_contacts_v3.xlsx", *XLSX)])
    return "research-trial-contact-list", msg, dict(
        tags=["plain", "attachment_xlsx", "research", "wrong_attachment", "bcc_correct"],
        ids={"phone_number": [r[2].replace(" ", "") for r in TRIAL],
             "email_address": [r[3] for r in TRIAL if r[3]]},
        names=[r[1] for r in TRIAL], ign_names=["Ellie Drummond", "Hartley"],
        ign={"email_address": ["ellie.drummond@nhs.net"]},
        subjects=len(TRIAL), cats=["health", "mental_health"], sev=4, lik=3,
        basis=["depression trial participants with PHQ-9 scores: mental health",
               "sent to 38 external participants",
               "only 2 of 38 confirmed deletion: no reduction"])


# ================================================================== emails 9-16

@email
def e_chc_dst_docx(n, rng):
    nn = nhs(rng)
    dob = "1938-02-27"
    table = [
        ["Domain", "Level", "Evidence / comments"],
        ["Patient", "", f"Mrs Winifred Ellery, DOB {uk(dob)}, NHS No {sp(nn)}"],
        ["Current placement", "", "Larchfield Nursing Home, 2 Larch Lane, Kendal LA9 7PN"],
        ["Representative", "", "Daughter - Mrs Carol Jennings (LPA health & welfare) 07700 900861"],
        ["Behaviour", "High", "Physical aggression towards staff during personal care, 3-4 times weekly"],
        ["Cognition", "Severe", "Advanced vascular dementia, MMSE not possible"],
        ["Psychological & emotional", "Moderate", "Low mood, tearful daily, on mirtazapine; previous depressive episode 2019"],
        ["Continence", "Moderate", "Doubly incontinent, pads"],
        ["Skin integrity", "Moderate", "Grade 2 pressure ulcer sacrum"],
        ["Breathing / Nutrition / Drug therapies", "Low", "See care home MAR"],
    ]
    data = docx(["NHS Continuing Healthcare - Decision Support Tool (DRAFT for MDT)",
                 "Assessor: CHC Nurse Assessor, Integrated Care Board"], table,
                ["Recommendation: eligible - primary health need (to be ratified at panel 19/11/2026)."])
    body = """Hi,

I need to report that I sent a draft DST to the wrong family. I was emailing the draft to
Mrs Jennings ahead of the MDT and picked a "C Jennings" from my previous emails - this was a
relative from a completely different case (a gmail address). I realised within about 10 minutes.
I tried recall but obviously that doesn't work outside nhs.net. I've emailed them asking them to
delete and not forward. No reply yet.

The DST is attached so you can see what went. It has the full domain scoring including the
psychological needs section.

I've let my team leader know.

Thanks
Grace

Grace Obi RMN
CHC Nurse Assessor
Continuing Healthcare Team | South Cumbria
"""
    msg = build(n, "Obi Grace (ICB) <grace.obi@nhs.net>",
                "CHC - DST emailed to wrong person", "Fri, 13 Nov 2026 12:16:33 +0000", body,
                attachments=[attach(data, "DST_draft_Ellery_W.docx", *DOCX)])
    return "chc-dst-docx-wrong-family", msg, dict(
        tags=["plain", "attachment_docx", "docx_table", "chc", "autocomplete", "relative_identified"],
        ids={"nhs_number": [nn], "date_of_birth": [dob], "postcode": ["LA9 7PN"],
             "phone_number": ["07700900861"], "address": ["Larchfield Nursing Home, 2 Larch Lane, Kendal, LA9 7PN"]},
        names=["Winifred Ellery", "Carol Jennings"], ign_names=["Grace Obi", "C Jennings"],
        ign={"email_address": ["grace.obi@nhs.net"]},
        subjects=2, cats=["health", "mental_health"], sev=4, lik=3,
        basis=["CHC assessment: dementia, behaviour, depression (mental health)",
               "sent to an unrelated member of the public (gmail)",
               "recall impossible outside nhs.net; no confirmation",
               "2 subjects: the patient and her daughter (name and mobile disclosed)"])


@email
def e_path_wrong_gp(n, rng):
    nn = nhs(rng)
    dob = "2001-10-30"
    body = f"""Thanks Dr Sutcliffe - much appreciated, and apologies again.

IG team: logging this one for us please. Our requesting-location lookup mapped the sample to
the wrong practice code (B82071 instead of B82017). The report has been deleted by the
receiving practice (see below) and re-issued to the correct practice.

Wendy Carr
Blood Sciences / Microbiology Quality Manager
Pathology Services

On Tue, 17 Nov 2026 at 09:14, Sutcliffe Anna (Dr) <anna.sutcliffe@nhs.net> wrote:
> Dear Pathology,
>
> We have received the attached result which is not for one of our patients.
>
> Patient: KOWALCZYK, Julia    DOB: {uk(dob)}    NHS: {nn}
> Specimen: vulvovaginal swab, received 14/11/2026
> Chlamydia trachomatis NAAT: DETECTED
> Neisseria gonorrhoeae NAAT: Not detected
>
> We are not her registered practice and have no record of her. I have deleted the
> report from our system and our inbox.
>
> Dr Anna Sutcliffe
> GP Partner, Thornhill Health Centre
"""
    msg = build(n, "Carr Wendy <wendy.carr4@nhs.net>", "RE: Result received in error",
                "Tue, 17 Nov 2026 10:02:18 +0000", body)
    return "pathology-result-wrong-gp", msg, dict(
        tags=["plain", "quoted_reply", "pathology", "misdirected_internal", "surname_comma"],
        ids={"nhs_number": [nn], "date_of_birth": [dob]},
        names=["Julia Kowalczyk"], ign_names=["Anna Sutcliffe", "Wendy Carr"],
        ign={"email_address": ["anna.sutcliffe@nhs.net", "wendy.carr4@nhs.net"]},
        subjects=1, cats=["health", "sexual_health"], sev=4, lik=2,
        basis=["STI result (chlamydia detected): sexual health",
               "sent to another GP practice inside nhs.net (trusted)",
               "receiving practice deleted it"])


@email
def e_hospice_facebook(n, rng):
    body = """Dear IG lead,

Please log this as an incident. I am forwarding the complaint we received from a patient's
daughter this morning. I have asked the volunteer to remove the post and she did so at 10.20,
but it had been up since Saturday evening and had been shared at least 6 times and had over
200 reactions. Screenshots are saved on the Q drive.

In the photograph, which was taken at the birthday tea in the Day Room, the whiteboard behind
the group shows "Bay 2 Bed 4 - Arthur PENHALIGON - syringe driver 06:00 - DNACPR in notes".

Our volunteer coordinator is meeting with the volunteer this afternoon.

Kind regards
Morwenna Hocking
Director of Patient Care

---------- Forwarded message ---------
From: K Penhaligon <kpenhaligon@btinternet.com>
Date: Mon, 16 Nov 2026 at 08:41
Subject: Photo of my father on Facebook
To: <enquiries@st-pirans-hospice.org.uk>

Hello

My neighbour showed me a photo posted by one of your volunteers on the Friends of St Piran's
Facebook page. You can read my dad's name and that he is on a syringe driver on the board in
the background. Dad is 84 and is dying and we did not want this all over the village. I want
it taken down straight away and I want to know how this happened.

Kerensa Penhaligon
"""
    msg = build(n, "Morwenna Hocking <m.hocking@st-pirans-hospice.org.uk>",
                "Fwd: Photo of my father on Facebook", "Mon, 16 Nov 2026 11:05:56 +0000", body)
    return "hospice-volunteer-facebook-photo", msg, dict(
        tags=["plain", "inline_gmail", "hospice", "social_media", "published"],
        names=["Arthur Penhaligon"], ign_names=["Morwenna Hocking", "Kerensa Penhaligon", "K Penhaligon"],
        ign={"email_address": ["kpenhaligon@btinternet.com", "enquiries@st-pirans-hospice.org.uk",
                               "m.hocking@st-pirans-hospice.org.uk"]},
        subjects=1, cats=["health"], sev=3, lik=4,
        basis=["end-of-life care details (syringe driver, DNACPR) for a named patient",
               "published on social media and shared; removed after ~36 hours (not contained)"])


@email
def e_cervical_scotland(n, rng):
    w = [("Shona", "MacLeod", "1989-04-11", "7 Braeside Crescent", "Dingwall", "IV15 9QT"),
         ("Iona", "Buchanan", "1996-12-03", "23 Craigton Road", "Inverness", "IV3 8RE"),
         ("Kirsty", "Fraser", "1974-07-26", "Flat 1/2, 88 Castle Street", "Inverness", "IV2 3DU")]
    cs = [chi(rng, p[2], True) for p in w]
    lines = "\n".join(f"  {c}   {p[1].upper()}, {p[0]}   {p[3]}, {p[4]} {p[5]}" for c, p in zip(cs, w))
    body = f"""Good afternoon,

I'm writing from the Cervical Screening Call-Recall office to report an incident. Three
invitation/reminder letters were put in window envelopes the wrong way round, so the address
showing in the window belonged to the letter underneath. All three went to 2nd class post on
Thursday 12th and were returned to us by the people who received them.

Letters affected (CHI / name / correct address):
{lines}

The letters say the woman is due for her cervical screening (smear) test and has not yet
attended, and give the practice to contact. One returned with a note saying "this isn't me,
but I know her."

We have apologised to all three by phone. Envelope-filling now double-checked by a second person.

Many thanks,
Fiona Laird
Screening Administrator
NHS Highland - Public Health
"""
    msg = build(n, "Fiona Laird (NHS Highland) <fiona.laird@nhs.scot>",
                "Cervical screening letters - wrong envelopes", "Wed, 18 Nov 2026 14:27:09 +0000", body)
    return "cervical-screening-letters-scotland-chi", msg, dict(
        tags=["plain", "scotland", "chi_number", "screening", "postal", "surname_comma"],
        ids={"chi_number": cs, "postcode": [p[5] for p in w],
             "address": [f"{p[3]}, {p[4]}, {p[5]}" for p in w]},
        names=[f"{p[0]} {p[1]}" for p in w], ign_names=["Fiona Laird"],
        ign={"email_address": ["fiona.laird@nhs.scot"]},
        subjects=3, cats=["health"], sev=3, lik=3,
        basis=["cervical screening status with CHI numbers (health context)",
               "delivered to other members of the public", "letters returned but read: no reduction"])


@email
def e_recall_near_miss(n, rng):
    nn = nhs(rng)
    dob = "1967-06-14"
    body = f"""Hi IG

Just to let you know, I sent a discharge summary for a patient to the wrong Dr Patel this morning
(picked Dr Nikhil Patel in Radiology instead of Dr Neha Patel, our diabetes consultant). I
recalled it straight away and got the 'recall succeeded' message (pasted below), and Dr N Patel
in Radiology has replied to say he never opened it and it is gone from his inbox and deleted
items.

Patient was Mr Gareth Pugh, DOB {uk(dob)}, NHS {sp(nn)}, ward 12 - DKA admission.

Not sure if this needs a form but my manager said to send it here anyway.

Cheers
Tegan (ward clerk, Ward 12)

---
Your message
  To: Patel Nikhil (Dr)
  Subject: Discharge summary - Ward 12
  Sent: 19/11/2026 08:52
was successfully recalled on 19/11/2026 08:55.

---
From: Patel Nikhil (Dr)
Sent: 19 November 2026 09:10
Subject: RE: recall
I didn't open it - it has gone, and I have emptied deleted items as well. N
"""
    msg = build(n, "Jenkins Tegan <tegan.jenkins@example.nhs.uk>",
                "sent to wrong Dr Patel - recalled", "Thu, 19 Nov 2026 09:24:40 +0000", body)
    return "recalled-email-never-opened", msg, dict(
        tags=["plain", "near_miss", "recall", "misdirected_internal", "recipient_confirmation"],
        ids={"nhs_number": [nn], "date_of_birth": [dob]},
        names=["Gareth Pugh"], ign_names=["Nikhil Patel", "Neha Patel", "Tegan", "N Patel"],
        ign={"email_address": ["tegan.jenkins@example.nhs.uk"]},
        subjects=1, cats=["health"], near_miss=True, sev=3, lik=1,
        basis=["discharge summary (DKA) for an identified patient",
               "internal recipient; recall succeeded and recipient confirms never opened: not occurred"])


@email
def e_newsletter(n, rng):
    html = """<html><body>
<table width="600" align="center" style="font-family:Arial"><tr><td>
<h2 style="color:#00529b">SecureShred Monthly &mdash; November 2026</h2>
<p>Dear Valued Customer,</p>
<p><b>Winter collection schedule:</b> collections over the Christmas period will run on
revised days. Please check your customer portal.</p>
<p><b>Did you know?</b> A single misplaced handover sheet can cost an organisation thousands.
Our new lockable <i>Console 240</i> bins are now available for wards and clinics at no extra
charge on 3-year contracts.</p>
<p><b>Certificate of destruction</b> &ndash; remember you can download your certificates from the
portal 24/7.</p>
<p>To book a collection call our customer team on 0800 046 0199.</p>
<p style="font-size:9px;color:#999">You are receiving this email because you are a SecureShred
customer. <a href="https://secureshred.example.com/unsubscribe">Unsubscribe</a>. SecureShred Ltd,
Unit 4 Meadowside Park, Wakefield WF2 0XJ. Registered in England 09876543.</p>
</td></tr></table></body></html>"""
    msg = build(n, "SecureShred News <news@secureshred.example.com>",
                "November update: winter collections & new Console bins", "Fri, 20 Nov 2026 07:30:00 +0000",
                html=html, cte="qp", extra={"List-Unsubscribe": "<https://secureshred.example.com/unsubscribe>",
                                             "Precedence": "bulk"})
    return "supplier-newsletter", msg, dict(
        tags=["html_only", "cte_quoted_printable", "non_report", "newsletter"],
        ign={"phone_number": ["08000460199"], "postcode": ["WF2 0XJ"],
             "address": ["Unit 4 Meadowside Park, Wakefield, WF2 0XJ"],
             "email_address": ["news@secureshred.example.com"]},
        subjects=0, sev=1, lik=1, basis=["supplier marketing newsletter, no data subjects"])


@email
def e_dental_ortho_child(n, rng):
    nn = nhs(rng)
    dob = "2014-01-19"
    body = f"""Hello

Our dental nurse emailed an orthodontic referral (with OPG x-ray) to the wrong orthodontic
practice yesterday. Both are NHS mail so I think it's low risk but our practice owner wanted it
reported. The other practice (Bridge St Orthodontics) rang us and have deleted it.

Details of what was sent:
 - Patient: Zain Hussain, age 12, DOB {uk(dob)}
 - NHS No: {dash(nn)}
 - Parent: Mrs Sadia Hussain, mob 07700 900912
 - Class II div 1, overjet 9mm, IOTN 5a; x-ray attached to referral

Regards,
Kerry-Ann Dobbs
Reception Manager, Highfield Family Dental
0115 496 0772
"""
    msg = build(n, "Highfield Family Dental <highfield.dental@nhs.net>",
                "Referral sent to wrong orthodontist", "Mon, 23 Nov 2026 09:41:12 +0000", body)
    return "dental-ortho-referral-child", msg, dict(
        tags=["plain", "dental", "child", "misdirected_internal", "relative_identified", "nhs_dashes"],
        ids={"nhs_number": [nn], "date_of_birth": [dob], "phone_number": ["07700900912"]},
        names=["Zain Hussain", "Sadia Hussain"], ign_names=["Kerry-Ann Dobbs"],
        ign={"phone_number": ["01154960772"], "email_address": ["highfield.dental@nhs.net"]},
        subjects=2, cats=["health"], sev=3, lik=2,
        basis=["dental referral with clinical findings and x-ray for a child",
               "misdirected inside nhs.net; receiving practice deleted it",
               "2 subjects: the child and the parent (name and mobile)"])


@email
def e_retention_question(n, rng):
    body = """Hi there,

Not a breach, just a question - hope this is the right place. We are clearing out the old
antenatal clinic store room and there are boxes of CTG traces and handheld notes going back to
the early 2000s. How long do we have to keep maternity records? Someone said 25 years, someone
else said until the child is 25, and for CTGs I've heard they have to be kept with the notes.

Also can we scan them and then shred the paper?

Thanks
Siân
Community Midwife Team Leader
"""
    msg = build(n, "Siân Rowlands <sian.rowlands@wales.nhs.uk>",
                "Question - how long do we keep maternity notes?", "Tue, 24 Nov 2026 13:55:27 +0000",
                body, cte="8bit")
    return "retention-question-maternity", msg, dict(
        tags=["plain", "cte_8bit", "non_report", "question", "wales"],
        ign_names=["Siân Rowlands", "Siân"], ign={"email_address": ["sian.rowlands@wales.nhs.uk"]},
        subjects=0, sev=1, lik=1, basis=["question about retention periods; no personal data"])


# ================================================================== emails 17-24

SUPERVISED = [("Dean", "Hollis", "1986-09-02", "Methadone 1mg/ml 60ml daily, supervised"),
              ("Kayleigh", "Marsden", "1992-03-15", "Buprenorphine 8mg SL daily, supervised"),
              ("Stephen", "Rourke", "1978-11-29", "Methadone 1mg/ml 85ml daily, Sat/Sun take-home"),
              ("Jodie", "Pearce", "1995-06-07", "Espranor 12mg daily, supervised"),
              ("Terence", "Bailey", "1969-01-21", "Methadone 1mg/ml 40ml daily, supervised")]


@email
def e_supervised_consumption(n, rng):
    rows_t = "\n".join(f"{f} {l:10s} {uk(d)}  {dose}" for f, l, d, dose in SUPERVISED)
    rows_h = "".join(f"<tr><td>{f} {l}</td><td>{uk(d)}</td><td>{dose}</td></tr>" for f, l, d, dose in SUPERVISED)
    body = f"""Hi,

Our weekly supervised consumption update for the recovery service went to the old
distribution list which still had our former locum's personal hotmail on it
(r.ahmed.locum@hotmail.co.uk). Sent Friday 20/11 at 17:10. I've emailed and rung him, he says
he'll delete it but hasn't confirmed in writing yet.

What was in it:
{rows_t}

Jonathan Birtles, Superintendent Pharmacist, Grange Road Pharmacy
"""
    html = f"""<html><body><p>Hi,</p><p>Our weekly supervised consumption update for the recovery
service went to the old distribution list which still had our former locum's personal hotmail on it
(r.ahmed.locum@hotmail.co.uk). Sent Friday 20/11 at 17:10. I've emailed and rung him, he says he'll
delete it but hasn't confirmed in writing yet.</p><p>What was in it:</p>
<table border="1"><tr><th>Client</th><th>DOB</th><th>Regime</th></tr>{rows_h}</table>
<p>Jonathan Birtles, Superintendent Pharmacist, Grange Road Pharmacy</p></body></html>"""
    msg = build(n, "Grange Road Pharmacy <grangeroad.pharmacy@nhs.net>",
                "Supervised consumption list sent to old locum", "Sat, 21 Nov 2026 09:03:33 +0000",
                body, html, cte="qp", alt=True)
    return "pharmacy-supervised-consumption-list", msg, dict(
        tags=["multipart_alternative", "cte_quoted_printable", "pharmacy", "substance_misuse", "html_table"],
        ids={"date_of_birth": [p[2] for p in SUPERVISED]},
        names=[f"{p[0]} {p[1]}" for p in SUPERVISED], ign_names=["Jonathan Birtles", "Ahmed"],
        ign={"email_address": ["r.ahmed.locum@hotmail.co.uk", "grangeroad.pharmacy@nhs.net"]},
        subjects=5, cats=["health", "substance_misuse"], sev=4, lik=3,
        basis=["opioid substitution regimes: substance misuse",
               "sent to a personal hotmail account outside the trusted domains",
               "deletion promised but not confirmed: no reduction"])


@email
def e_birth_plan_taxi(n, rng):
    nn = nhs(rng)
    dob = "1998-02-08"
    body = f"""hi sorry to email this on my phone. I think I have left a set of handheld maternity notes
in a taxi last night (Streamline cabs, picked up from the Sainsburys on Lowther St about 9.15pm). i
have rung the taxi firm twice, nothing handed in yet.

notes belong to Chloe Armitage dob {uk(dob)} NHS {nn}, 36+2 weeks, address 41 Wordsworth
St Carlisle CA1 2JE

the birth plan is in the front pocket. it has her previous stillbirth (2023) on it and there is a
safeguarding alert sticker - DA, partner not to be told when she is admitted or given any info.
she has a refuge worker. I have told my manager and we are going to tell Chloe today and the
refuge worker.

Leanne
community midwife, north team

Sent from my iPhone"""
    msg = build(n, "Leanne Maguire <leanne.maguire@nhs.net>", "lost notes",
                "Tue, 24 Nov 2026 07:12:40 +0000", body)
    return "maternity-notes-lost-in-taxi", msg, dict(
        tags=["plain", "phone", "maternity", "lost_paper", "safeguarding", "lowercase"],
        ids={"nhs_number": [nn], "date_of_birth": [dob], "postcode": ["CA1 2JE"],
             "address": ["41 Wordsworth St, Carlisle, CA1 2JE"]},
        names=["Chloe Armitage"], ign_names=["Leanne Maguire", "Leanne"],
        ign={"email_address": ["leanne.maguire@nhs.net"]},
        subjects=1, cats=["health", "reproductive_health", "safeguarding"], sev=4, lik=3,
        basis=["maternity notes: pregnancy, previous stillbirth (reproductive health)",
               "domestic abuse safeguarding alert: risk of physical harm if found by the partner",
               "lost in a taxi, not recovered"])


PAL = [("Hannah Whitlock", "hannah.whitlock@gmail.com"), ("", "bex.1990@hotmail.co.uk"),
       ("Amira Said", "amira.said@outlook.com"), ("Lucy Tennant", "lucytennant@btinternet.com"),
       ("", "jojo.m.cartwright@gmail.com"), ("Priyanka Sood", "priyanka.sood@yahoo.co.uk"),
       ("Claire Hepworth", "c.hepworth82@gmail.com"), ("", "mrs.ofori@icloud.com"),
       ("Naomi Leigh", "naomileigh@live.com"), ("Sarah-Jane Quigley", "sj.quigley@gmail.com"),
       ("Emma Routledge", "emmaroutledge@sky.com")]


@email
def e_pal_group_to_not_bcc(n, rng):
    to = ", ".join(f"{nm} <{a}>" if nm else a for nm, a in PAL)
    body = f"""Hi IG,

I'm so sorry - I've just sent the invitation for our Rainbow Clinic coffee morning (pregnancy
after loss support group) with everyone's email address in the To line instead of Bcc. 11
women. Two have already replied-all. Original below. I'm going to phone each of them today.

Beth
Bereavement Specialist Midwife

-----Original Message-----
From: Pryor Bethany <bethany.pryor@example.nhs.uk>
Sent: 25 November 2026 10:14
To: {to}
Subject: Rainbow Clinic coffee morning - 3rd December

Dear all,

You are warmly invited to our next Rainbow Clinic coffee morning for parents who are pregnant
again after the loss of a baby. It is a relaxed space to meet others who understand.

Wednesday 3rd December, 10:30-12:00, Maternity Education Room, Level 2.

With love,
Beth
"""
    msg = build(n, "Pryor Bethany <bethany.pryor@example.nhs.uk>", "FW: Rainbow Clinic coffee morning - 3rd December",
                "Wed, 25 Nov 2026 10:31:05 +0000", body)
    return "maternity-support-group-to-not-bcc", msg, dict(
        tags=["plain", "inline_outlook", "maternity", "to_not_bcc", "recipients_are_subjects"],
        ids={"email_address": [a for _, a in PAL]},
        names=[nm for nm, _ in PAL if nm], ign_names=["Bethany Pryor", "Beth"],
        ign={"email_address": ["bethany.pryor@example.nhs.uk"]},
        subjects=len(PAL), cats=["health", "reproductive_health"], sev=4, lik=3,
        basis=["recipients' addresses disclosed to each other; group reveals previous baby loss",
               "personal email addresses outside the trusted domains; reply-all already happened"])


OPT = [("C10441", "Mrs", "Doreen", "Astley", "1944-05-03", "SK4 3HJ", "07700 900150", "", "Y", "N"),
       ("C10452", "Mr", "Raymond", "Fitton", "1950-10-17", "SK4 2LP", "", "r.fitton@talktalk.net", "Y", "Y"),
       ("C10467", "Ms", "Anjali", "Parekh", "1962-01-25", "SK3 8BG", "07700 900163", "anjali.parekh@gmail.com", "N", "Y"),
       ("C10470", "Mr", "Gordon", "Lunt", "1939-07-30", "SK2 6QN", "01632 960118", "", "Y", "N"),
       ("C10488", "Mrs", "Pauline", "Eckersley", "1957-03-12", "SK4 4DW", "07700 900177", "", "N", "Y"),
       ("C10493", "Mr", "Tariq", "Mahmood", "1968-12-08", "SK3 0RF", "07700 900184", "tariq.m68@hotmail.com", "Y", "N"),
       ("C10502", "Miss", "Rosalind", "Hulme", "1971-09-19", "SK1 4AE", "", "ros.hulme@gmail.com", "N", "Y"),
       ("C10519", "Mr", "Wilfred", "Ogden", "1936-04-04", "SK5 7TJ", "01632 960129", "", "Y", "Y"),
       ("C10523", "Mrs", "Sunita", "Bhatt", "1959-11-11", "SK4 1PR", "07700 900198", "sunibhatt@yahoo.co.uk", "Y", "N"),
       ("C10537", "Mr", "Declan", "Moriarty", "1964-02-14", "SK2 5HU", "07700 900203", "", "N", "Y"),
       ("C10541", "Mrs", "Elsie", "Kenyon", "1941-08-26", "SK6 2BN", "01632 960137", "", "Y", "N"),
       ("C10556", "Mr", "Frederick", "Ainscough", "1953-06-01", "SK4 3NY", "07700 900219", "fred.ainscough@gmail.com", "N", "N")]


@email
def e_optician_csv(n, rng):
    rows = [["CustRef", "Title", "Forename", "Surname", "DOB", "Postcode", "Mobile/Tel", "Email",
             "Diabetic", "FH Glaucoma", "Last ST"]]
    for r in OPT:
        rows.append(list(r[:4]) + [uk(r[4])] + list(r[5:]) + ["2024"])
    data = csvbytes(rows)
    body = """Forwarding as requested by our Professional Services Manager.

We were supposed to send our recall list (patients overdue a sight test who are diabetic or have
a family history of glaucoma) to Northlight Print, who do our recall postcards. It was sent to
Northline Print instead, an unrelated printing firm. They have acknowledged and say they have
deleted it but they would not sign anything.

The file attached is exactly what went (12 customers, Stockport store).

Regards
Craig Nuttall
Store Manager, Visionplus Stockport
"""
    msg = build(n, "Craig Nuttall <stockport.manager@visionplus-optometry.co.uk>",
                "Recall list sent to wrong printer", "Thu, 26 Nov 2026 15:22:47 +0000", body,
                attachments=[attach(data, "recall_export_stockport.csv", "text", "csv")])
    return "optician-recall-csv-wrong-printer", msg, dict(
        tags=["plain", "attachment_csv", "optometry", "misdirected_external", "odd_headers"],
        ids={"date_of_birth": [r[4] for r in OPT], "postcode": [r[5] for r in OPT],
             "phone_number": [r[6].replace(" ", "") for r in OPT if r[6]],
             "email_address": [r[7] for r in OPT if r[7]]},
        names=[f"{r[2]} {r[3]}" for r in OPT], ign_names=["Craig Nuttall"],
        ign={"email_address": ["stockport.manager@visionplus-optometry.co.uk"]},
        subjects=len(OPT), cats=["health"], sev=3, lik=2,
        basis=["diabetes and family-history-of-glaucoma flags for identified customers",
               "sent to an unrelated external company",
               "recipient says deleted, no written confirmation: likelihood 3-1 = 2"])


@email
def e_ni_genetics(n, rng):
    h = hc(rng)
    dob = "1981-07-02"
    html = f"""<html><body><div style="font-family:Arial;font-size:10pt">
<p>Dear Information Governance Team,</p>
<p>I wish to report an incident in the Regional Genetics Service. On 26/11/2026 a clinic letter
confirming a pathogenic <b>BRCA2</b> variant (c.5946delT) was emailed to the wrong family member.
The letter was intended for <b>Mrs Roisin McCann</b> (H&amp;C No. {sp(h)}, DOB {uk(dob)}, 19 Glenshane
Park, Dungiven BT47 4PA). Both Mrs McCann and her sister had consented to receive correspondence by
email and the addresses were transposed on the referral form. The sister has opened the letter and
has contacted us; she was not aware of the result and was upset.</p>
<p>Mrs McCann has been informed by the consultant. The sister has agreed to delete the email.</p>
<p>Kind regards,<br>Declan Quinn<br>Clinical Genetics Administrator<br>Belfast Health and Social Care Trust</p>
</div></body></html>"""
    msg = build(n, "Quinn, Declan <declan.quinn@belfasttrust.hscni.net>",
                "Incident report - genetics letter emailed to wrong family member",
                "Fri, 27 Nov 2026 10:48:13 +0000", html=html, cte="b64")
    return "ni-genetics-letter-to-sister", msg, dict(
        tags=["html_only", "cte_base64", "northern_ireland", "hc_number", "genetics", "misdirected_external"],
        ids={"hc_number": [h], "date_of_birth": [dob], "postcode": ["BT47 4PA"],
             "address": ["19 Glenshane Park, Dungiven, BT47 4PA"]},
        names=["Roisin McCann"], ign_names=["Declan Quinn"],
        ign={"email_address": ["declan.quinn@belfasttrust.hscni.net"]},
        subjects=1, cats=["health", "genetic"], sev=4, lik=3,
        basis=["genetic test result (BRCA2 pathogenic variant)",
               "opened by a relative outside the trusted domains",
               "deletion agreed but the content was read: no reduction"])


@email
def e_scr_snooping(n, rng):
    nn = nhs(rng)
    dob = "1994-04-23"
    body = f"""Classification: OFFICIAL-SENSITIVE

To: Data Protection Officer
From: Information Governance Lead

Subject: Inappropriate access to Summary Care Record - community pharmacy staff member

1. Summary
Following a complaint received on 23/11/2026, a privacy audit of the National Care Records
Service has confirmed that a pharmacy technician employed at one of our contracted pharmacies
accessed the Summary Care Record of a patient on four occasions with no legitimate relationship.

2. Data subject
Name: Ms Kelsey Varley
NHS Number: {sp(nn)}
DOB: {uk(dob)}
Address: 8 Ridings Way, Batley WF17 0LS

3. Detail
The technician is the former partner of Ms Varley's current partner. Access was on 02/11, 09/11,
10/11 and 16/11/2026. The record shows current medication and recent acute prescriptions.
Ms Varley reports receiving anonymous text messages referring to her medication. The matter has
been referred to the pharmacy owner, the GPhC and the police.

4. Actions
Smartcard suspended; disciplinary investigation; ICO notification to be considered today.

Information Governance Lead
"""
    msg = build(n, "IG Lead <ig.lead@example.nhs.uk>", "OFFICIAL-SENSITIVE: SCR inappropriate access",
                "Mon, 30 Nov 2026 09:00:41 +0000", body)
    return "pharmacy-scr-snooping-misuse", msg, dict(
        tags=["plain", "formal", "snooping", "pharmacy", "misuse_reported"],
        ids={"nhs_number": [nn], "date_of_birth": [dob], "postcode": ["WF17 0LS"],
             "address": ["8 Ridings Way, Batley, WF17 0LS"]},
        names=["Kelsey Varley"], ign={"email_address": ["ig.lead@example.nhs.uk"]},
        subjects=1, cats=["health"], sev=3, lik=5,
        basis=["medication record accessed without legitimate reason",
               "misuse reported: anonymous messages referring to her medication"])


HAH = [("Mr", "Brian", "Tolley", "14 Pear Tree Close, Ludlow", "SY8 1QT", "4417", "MND, end of life"),
       ("Mrs", "Joan", "Saxby", "Rose Cottage, Bitterley", "SY8 3HG", "2090", "Ca pancreas"),
       ("Mr", "Idris", "Vaughan", "3 Corve Street, Ludlow", "SY8 1DA", "no key safe", "COPD end stage"),
       ("Mrs", "Patricia", "Gwilt", "27 Henley Road, Ludlow", "SY8 1RA", "1966", "Ca breast, mets"),
       ("Mr", "Norman", "Ellwood", "The Old Forge, Onibury", "SY7 9AW", "0812", "Heart failure"),
       ("Mrs", "Valerie", "Probert", "9 Sandpits Avenue, Ludlow", "SY8 1HH", "3151", "Ca lung")]


@email
def e_hospice_car_theft(n, rng):
    lines = "\n".join(f"{t} {f} {l} - {a} {pc} - keysafe {k} - {dx}" for t, f, l, a, pc, k, dx in HAH)
    body = f"""Hi, reporting for Hospice at Home. Emma's car was broken into last night outside her house,
her bag was taken with the work laptop (encrypted, IT have disabled it) and her paper visit list
for today. Police informed, crime ref 22/114037/26.

The list had the following:
{lines}

We are ringing all the families and getting key safe codes changed this morning - Mr Vaughan
has no key safe. Laptop should be fine as encrypted.

Gail Pritchard
Hospice at Home Team Leader
Tel 01584 496 233"""
    msg = build(n, "Gail Pritchard <gail.pritchard@marchesvalehospice.org.uk>",
                "URGENT stolen visit list - Hospice at Home", "Tue, 01 Dec 2026 07:48:22 +0000", body)
    return "hospice-at-home-visit-list-stolen", msg, dict(
        tags=["plain", "hospice", "theft", "lost_paper", "key_safe_codes"],
        ids={"postcode": [p[4] for p in HAH], "address": [f"{p[3]}, {p[4]}" for p in HAH]},
        names=[f"{p[1]} {p[2]}" for p in HAH], ign_names=["Gail Pritchard", "Emma"],
        ign={"phone_number": ["01584496233"], "email_address": ["gail.pritchard@marchesvalehospice.org.uk"]},
        subjects=len(HAH), cats=["health"], sev=4, lik=3,
        basis=["diagnoses of terminally ill patients with home addresses",
               "key safe codes: risk of physical harm / loss to vulnerable people",
               "stolen paper list (not encrypted); laptop encrypted so not counted"])


@email
def e_training_question(n, rng):
    body = """Hello

Quick question from our practice team meeting. If one of us sends a referral to the wrong
hospital department but it's all on NHSmail, do we still have to report it to you? And what
if we send it to the right hospital but the wrong consultant? We weren't sure if it counts as
a breach if it stays inside the NHS.

Also is there any refresher training coming up? A few of our new receptionists haven't done
the Data Security Awareness module yet.

Thanks
Maxine
Oakwood Lane Surgery
"""
    msg = build(n, "Maxine Hardcastle <maxine.hardcastle@nhs.net>", "question re reporting",
                "Tue, 01 Dec 2026 12:30:09 +0000", body)
    return "training-question-internal-misdirection", msg, dict(
        tags=["plain", "non_report", "question", "gp"],
        ign_names=["Maxine Hardcastle", "Maxine"], ign={"email_address": ["maxine.hardcastle@nhs.net"]},
        subjects=0, sev=1, lik=1, basis=["general question, no incident and no personal data"])


# ================================================================== emails 25-32

@email
def e_eps_nomination(n, rng):
    nn1, nn2 = nhs(rng), nhs(rng)
    body = f"""Morning

I need to report an error I made on Friday. A patient came in to nominate us for his EPS
prescriptions. I searched on name and picked the wrong Daniel Mills on the Spine - there are two
in town with birthdays a few weeks apart. So the nomination was changed for the wrong man:

Changed in error: Daniel Mills, DOB 14/03/1988, NHS {sp(nn1)}
Should have been: Daniel Mills, DOB 02/04/1988, NHS {sp(nn2)}

This morning his (the wrong Mr Mills') repeat came through to us instead of his usual pharmacy
(Lloyds, Market Sq). It was for Biktarvy, so it's his HIV medication. We haven't dispensed it. I
have rung the other pharmacy and sent the prescription back to the Spine so they can pull it down,
and put his nomination back. Haven't contacted the patient yet - wanted to check with you first.

Ama Boateng
Pharmacy Technician
"""
    msg = build(n, "Boateng Ama <ama.boateng1@nhs.net>", "Wrong patient nomination changed",
                "Mon, 30 Nov 2026 09:47:50 +0000", body)
    return "eps-nomination-wrong-patient", msg, dict(
        tags=["plain", "pharmacy", "eps", "integrity", "same_name"],
        ids={"nhs_number": [nn1, nn2], "date_of_birth": ["1988-03-14", "1988-04-02"]},
        names=["Daniel Mills"], ign_names=["Ama Boateng"], ign={"email_address": ["ama.boateng1@nhs.net"]},
        subjects=2, cats=["health", "sexual_health"], sev=4, lik=2,
        basis=["wrong patient's HIV prescription seen by another pharmacy (sexual health)",
               "integrity breach inside the NHS (EPS/Spine); not dispensed, nomination restored",
               "2 people with the same name: both identified by NHS number and DOB"])


BREAST = [("08:40", "Margaret", "Coulthard", "1961-02-13", "07700 900301"),
          ("08:50", "Susan", "Ibbotson", "1958-09-30", "07700 900312"),
          ("09:00", "Bernadette", "Flynn", "1966-05-21", ""),
          ("09:10", "Anita", "Chowdhury", "1970-11-02", "07700 900327"),
          ("09:20", "Linda", "Garside", "1955-07-18", "01632 960244"),
          ("09:30", "Carol", "Wainwright", "1963-03-09", "07700 900338"),
          ("09:40", "Yvonne", "Okoro", "1968-12-27", "07700 900345")]


@email
def e_breast_mobile_csv(n, rng):
    rows = [["Appt", "First name", "Last name", "DOB", "Contact", "NHS No"]]
    nns = []
    for t, f, l, d, ph in BREAST:
        nn = nhs(rng)
        nns.append(nn)
        rows.append([t, f, l, uk(d), ph, nn])
    data = csvbytes(rows)
    body = """Hi

Breast screening admin here. We send the host site a list with just appointment times so
security know how many to expect. Today I attached the full day list by mistake and sent it
to the store manager at the supermarket where the mobile unit is parked
(store4471.manager@freshwaysupermarkets.co.uk). Only the Monday 9am session (7 ladies).

I have emailed him. He says he only opened it to print and has now deleted it, but he did
print it and it was pinned up in the security office for about 2 hours until I rang.
He says he has now shredded it.

Attached is what was sent.

Thanks
Dawn
Breast Screening Office
"""
    msg = build(n, "Dawn Heslop <dawn.heslop@nhs.net>", "mobile unit list sent to store",
                "Mon, 30 Nov 2026 11:58:02 +0000", body,
                attachments=[attach(data, "MobileUnit_Mon_AM.csv", "text", "csv")])
    return "breast-screening-list-to-host-site", msg, dict(
        tags=["plain", "attachment_csv", "screening", "misdirected_external", "printed_and_displayed"],
        ids={"nhs_number": nns, "date_of_birth": [b[3] for b in BREAST],
             "phone_number": [b[4].replace(" ", "") for b in BREAST if b[4]]},
        names=[f"{b[1]} {b[2]}" for b in BREAST], ign_names=["Dawn Heslop", "Dawn"],
        ign={"email_address": ["store4471.manager@freshwaysupermarkets.co.uk", "dawn.heslop@nhs.net"]},
        subjects=len(BREAST), cats=["health"], sev=3, lik=3,
        basis=["breast screening appointments with NHS numbers and DOBs",
               "sent to an external company and displayed in a security office for ~2 hours",
               "deleted and shredded afterwards, but it was displayed: no reduction"])


@email
def e_sct_rfc822(n, rng):
    couples = [("Fatima Jalloh", "1995-08-12", "AS (carrier)", "Ibrahim Jalloh", "not yet tested"),
               ("Chidinma Eze", "1990-01-04", "AS (carrier)", "Obinna Eze", "AS (carrier) - HIGH RISK COUPLE"),
               ("Maria Santos", "1997-06-29", "beta thal trait", "", "declined FOQ"),
               ("Leah Campbell", "1993-10-15", "AC (carrier)", "Jermaine Campbell", "AA")]
    nns = [nhs(rng) for _ in couples]
    lines = "\n".join(f"{w} | DOB {uk(d)} | NHS {nn} | {r} | FOB: {fob or '-'} {fr}"
                      for (w, d, r, fob, fr), nn in zip(couples, nns))
    inner = build(900 + n, "Screening Midwives <screening.midwives@example.nhs.uk>",
                  "SCT screen positives for follow-up this week", "Fri, 27 Nov 2026 16:40:00 +0000",
                  f"""Jo - list for follow-up calls next week as discussed:

{lines}

Antenatal Screening Team
""", to="Joanne Lister <jlister.home@gmail.com>")
    body = """Hi, our screening midwife forwarded the attached email from the team mailbox to her
personal gmail so she could make calls from home over the weekend. She told me today. She says
it is only on her phone and she has now deleted it. It contains this week's sickle cell and
thalassaemia screen positives and partner results. Forwarding the original as an attachment.

Gemma Oduya
Antenatal Screening Team Lead
"""
    msg = build(n, "Oduya Gemma <gemma.oduya@example.nhs.uk>", "FW: SCT screen positives - sent to personal email",
                "Mon, 30 Nov 2026 14:12:36 +0000", body, attachments=[rfc822(inner)])
    names = [c[0] for c in couples] + [c[3] for c in couples if c[3]]
    return "sct-screening-forwarded-to-personal-gmail", msg, dict(
        tags=["plain", "attachment_rfc822", "maternity", "screening", "genetic", "personal_email"],
        ids={"nhs_number": nns, "date_of_birth": [c[1] for c in couples]},
        names=names, ign_names=["Gemma Oduya", "Joanne Lister", "Jo"],
        ign={"email_address": ["jlister.home@gmail.com", "screening.midwives@example.nhs.uk",
                               "gemma.oduya@example.nhs.uk"]},
        subjects=len(names), cats=["health", "genetic", "reproductive_health"], sev=4, lik=2,
        basis=["sickle cell / thalassaemia carrier results of pregnant women and partners (genetic)",
               "forwarded by staff to her own personal gmail (outside trusted domains)",
               "staff member deleted it: likelihood 3-1 = 2",
               "7 subjects: 4 women and 3 named partners"])


VOLS = [("Keith Armitage", "keitharmitage@aol.com"), ("Sheila Drury", "sheila.drury@btinternet.com"),
        ("", "pjdavies1949@gmail.com"), ("Rodney Faulkes", "rodneyfaulkes@hotmail.co.uk"),
        ("Mavis Greenhalgh", "mavisg@talktalk.net"), ("", "bob.and.jean.h@sky.com"),
        ("Trevor Ilsley", "t.ilsley@outlook.com")]


@email
def e_hospice_volunteers(n, rng):
    to = "; ".join(f"{nm} <{a}>" if nm else a for nm, a in VOLS)
    body = f"""Dear Sarah,

Just to let you know (as you asked us to report everything) that I sent the December driver rota
to all our volunteer drivers with their email addresses visible instead of using BCC. It's only
the volunteers - no patient details were in it. One volunteer has complained. Do I need to do
anything else?

Pat

________________________________
From: Volunteer Services <volunteers@brightwaterhospice.org.uk>
Sent: Tuesday, December 1, 2026 3:02 PM
To: {to}
Subject: December driver rota

Hello all, please find the December rota below. Thank you as ever for everything you do.
Week 1 - Keith and Sheila; Week 2 - Rodney and Mavis; Week 3 - Trevor; Week 4 - tbc.
Pat Lomax, Volunteer Services Coordinator
"""
    msg = build(n, "Volunteer Services <volunteers@brightwaterhospice.org.uk>", "FW: December driver rota",
                "Tue, 01 Dec 2026 16:20:11 +0000", body, to="Sarah Kettle <dpo@brightwaterhospice.org.uk>")
    return "hospice-volunteer-rota-to-not-bcc", msg, dict(
        tags=["plain", "inline_outlook_new", "hospice", "to_not_bcc", "volunteers", "no_health"],
        ids={"email_address": [a for _, a in VOLS]},
        names=[nm for nm, _ in VOLS if nm], ign_names=["Pat Lomax", "Sarah Kettle", "Pat", "Sarah",
                                                       "Keith", "Sheila", "Rodney", "Mavis", "Trevor"],
        ign={"email_address": ["volunteers@brightwaterhospice.org.uk", "dpo@brightwaterhospice.org.uk"]},
        subjects=len(VOLS), cats=[], sev=2, lik=3,
        basis=["volunteers' personal email addresses disclosed to each other; no special-category data",
               "personal addresses outside the trusted domains"])


@email
def e_bounce_near_miss(n, rng):
    nn = nhs(rng)
    dob = "1975-12-19"
    body = f"""This is the mail system at host mx1.nhs.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<l.hargreaves75@gmial.com>: Host or domain name not found. Name service error
    for name=gmial.com type=MX: Host not found, try again

Reporting-MTA: dns; mx1.nhs.net
Final-Recipient: rfc822; l.hargreaves75@gmial.com
Action: failed
Status: 5.1.2

------ Original message (body) ------
Dear Ms Hargreaves,
As requested, here are your recent blood results (NHS number {nn}, DOB {uk(dob)}):
Ferritin 6 ug/L (low), Hb 98 g/L (low). Dr Shah would like to start iron tablets - please
call the surgery to arrange.
Millbrook Surgery
"""
    outer = """Is this a breach? I typed the patient's email wrong but it bounced back (below). I've
now sent it to the right address after checking with her. - Nadia, reception, Millbrook Surgery

"""
    msg = build(n, "Nadia Kaur <nadia.kaur7@nhs.net>", "FW: Undelivered Mail Returned to Sender",
                "Wed, 02 Dec 2026 10:05:44 +0000", outer + body)
    return "bounced-email-near-miss", msg, dict(
        tags=["plain", "near_miss", "bounce", "typo_domain"],
        ids={"nhs_number": [nn], "date_of_birth": [dob]},
        names=["Hargreaves"], ign_names=["Nadia Kaur", "Shah", "Nadia"],
        ign={"email_address": ["l.hargreaves75@gmial.com", "nadia.kaur7@nhs.net"]},
        subjects=1, cats=["health"], near_miss=True, sev=3, lik=1,
        basis=["blood results for an identified patient",
               "delivery failed (domain does not exist): nothing disclosed"])


@email
def e_envelope_near_miss(n, rng):
    body = """Hi IG

Flagging a near miss only. Our Saturday assistant stuffed about 20 recall letters into envelopes
this afternoon without checking the names matched. The optometrist spotted one before the post
went and we re-checked all of them - 6 were in the wrong envelopes. None had left the building.
All reprinted and posted correctly. We're adding a second check.

No names, as nothing was sent.

Bilal
Dispensing Optician / Branch Manager
"""
    msg = build(n, "Bilal Qureshi <bilal.qureshi@visionplus-optometry.co.uk>", "near miss - recall letters",
                "Sat, 28 Nov 2026 16:44:20 +0000", body)
    return "optician-envelopes-caught-before-post", msg, dict(
        tags=["plain", "near_miss", "optometry", "postal", "no_personal_data"],
        ign_names=["Bilal Qureshi", "Bilal"], ign={"email_address": ["bilal.qureshi@visionplus-optometry.co.uk"]},
        subjects=0, near_miss=True, sev=1, lik=1,
        basis=["caught before posting; no individual identified in the report"])


@email
def e_wales_registration(n, rng):
    nn = nhs(rng)
    dob = "1984-09-05"
    body = f"""Bore da,

We have had a call from a patient who received another patient's scanned registration form
(GMS1 plus our practice questionnaire) by email yesterday. The receptionist attached the wrong scan
when replying to her. The form that was sent belongs to:

Enw / Name: Mr Rhodri Bevan
DOB: {uk(dob)}
NHS No: {nn}
NI No: {"JK 41 27 93 C"}
Address: 22 Heol y Parc, Pontypridd CF37 4BT
Tel: 07700 900477
Ethnic group: White - Welsh. Religion: Church in Wales
Questionnaire: smoker 10/day, alcohol 30 units/week, no long-term conditions

The lady who received it has said she will delete it, but she had read it (she knew him).

Diolch,
Eleri Morgan
Rheolwr Practis / Practice Manager
Meddygfa Taff Vale Surgery
Mae'r e-bost hwn yn gyfrinachol. This email is confidential.
"""
    msg = build(n, "Eleri Morgan <eleri.morgan@wales.nhs.uk>", "Registration form sent to wrong patient",
                "Wed, 02 Dec 2026 09:30:15 +0000", body, cte="qp")
    return "wales-gp-registration-form-wrong-patient", msg, dict(
        tags=["plain", "cte_quoted_printable", "wales", "bilingual", "ni_number", "gp", "ethnicity"],
        ids={"nhs_number": [nn], "date_of_birth": [dob], "ni_number": ["JK412793C"],
             "postcode": ["CF37 4BT"], "address": ["22 Heol y Parc, Pontypridd, CF37 4BT"],
             "phone_number": ["07700900477"]},
        names=["Rhodri Bevan"], ign_names=["Eleri Morgan"], ign={"email_address": ["eleri.morgan@wales.nhs.uk"]},
        subjects=1, cats=["health", "ethnicity", "religion"], sev=3, lik=3,
        basis=["registration form: NI number, ethnicity, religion, lifestyle (alcohol, smoking)",
               "sent to a member of the public who knows him",
               "will delete, but read: no reduction"])


@email
def e_research_link(n, rng):
    rows = [("Screen no", "Initials", "DOB", "Postcode", "HbA1c mmol/mol", "Eligible", "Reason")]
    recs = []
    for i in range(9):
        y = rng.randint(1950, 1985)
        dob = f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        pc = rng.choice(["M14", "M20", "M21", "M16", "M19"]) + f" {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        recs.append((dob, pc))
        rows.append((f"S{101 + i}", rng.choice(["AB", "JK", "RP", "MT", "SH", "LW", "DC", "NF", "EO"]),
                     uk(dob), pc, str(rng.randint(52, 96)), rng.choice(["Y", "N"]), ""))
    data = xlsx([("Screening log", rows), ("Notes", [("Version", "4"), ("Owner", "Trial coordinator")])])
    body = """Hello DPO,

Our trial coordinator shared the screening log for the GLIDE type 2 diabetes study with the
sponsor using a OneDrive link set to "Anyone with the link". The link was then pasted into a
public Microsoft Teams webinar chat on 01/12 which had about 60 external attendees. Link now
disabled (about 20 hours live). The access log shows it was opened 4 times from outside.

The log has initials, full DOB, full postcode and HbA1c for each person screened. A copy is attached.

Research Governance Manager
"""
    msg = build(n, "Research Governance <research.governance@example.nhs.uk>",
                "Screening log exposed via public link", "Wed, 02 Dec 2026 15:40:00 +0000", body,
                attachments=[attach(data, "GLIDE_screening_log_v4.xlsx", *XLSX)])
    return "research-screening-log-public-link", msg, dict(
        tags=["plain", "attachment_xlsx", "multi_sheet", "research", "published", "pseudonymised_but_identifiable"],
        ids={"date_of_birth": [r[0] for r in recs], "postcode": [r[1] for r in recs]},
        ign={"email_address": ["research.governance@example.nhs.uk"]},
        subjects=len(recs), cats=["health"], sev=3, lik=4,
        basis=["initials + full DOB + full postcode identify people; HbA1c is health data",
               "link posted in a public webinar chat and opened externally (published)"])


# ================================================================== emails 33-41

@email
def e_des_wrong_gp(n, rng):
    nn = nhs(rng)
    dob = "1958-01-31"
    body = f"""Hi

Diabetic Eye Screening programme - a grading outcome letter and retinal images were sent by
nhs.net to Fernlea Surgery when the patient moved to Ferndale Surgery in October. Fernlea have
told us and deleted everything.

Patient: Mr Hamid QURESHI  DOB {uk(dob)}  NHS No. {sp(nn)}
Outcome: R2 M1 (pre-proliferative retinopathy with maculopathy), urgent referral to HES.

The referral itself went to the eye clinic correctly, it's only the GP copy that went astray.

Thanks
Sharon Beck, DESP Failsafe Officer
"""
    msg = build(n, "Beck Sharon <sharon.beck2@nhs.net>", "DESP letter to previous GP practice",
                "Thu, 03 Dec 2026 09:15:26 +0000", body)
    return "diabetic-eye-screening-wrong-gp", msg, dict(
        tags=["plain", "screening", "optometry", "misdirected_internal", "surname_capitals"],
        ids={"nhs_number": [nn], "date_of_birth": [dob]},
        names=["Hamid Qureshi"], ign_names=["Sharon Beck"], ign={"email_address": ["sharon.beck2@nhs.net"]},
        subjects=1, cats=["health"], sev=3, lik=2,
        basis=["screening outcome (diabetic retinopathy) with NHS number",
               "sent to another practice inside nhs.net; deleted"])


@email
def e_tiktok_cot_card(n, rng):
    bdob = "2026-11-28"
    body = f"""Dear IG,

A member of the public has alerted the ward to a TikTok video posted by one of our healthcare
assistants from the postnatal ward. In the background of the video a cot card is clearly readable:

  "Baby of Amelia THORNTON - born {uk(bdob)} 03:14 - 3.2kg - girl - for NIPE, on IV antibiotics (GBS)"

The video was posted on 29/11 and had around 4,300 views when it was taken down this morning at
our request. We have spoken to Ms Thornton, who is still an inpatient, and she is very unhappy.
The HCA is suspended pending investigation.

Regards
Joanne Pickles
Matron, Maternity Inpatient Services
"""
    msg = build(n, "Pickles Joanne <joanne.pickles@example.nhs.uk>", "Social media - TikTok video postnatal ward",
                "Thu, 03 Dec 2026 10:02:00 +0000", body)
    return "maternity-tiktok-cot-card", msg, dict(
        tags=["plain", "maternity", "social_media", "published", "child", "newborn_dob"],
        ids={"date_of_birth": [bdob]},
        names=["Amelia Thornton"], ign_names=["Joanne Pickles"], ign={"email_address": ["joanne.pickles@example.nhs.uk"]},
        subjects=2, cats=["health", "reproductive_health"], sev=3, lik=4,
        basis=["newborn's date/time of birth and treatment, mother named (recent birth)",
               "published on TikTok, ~4,300 views before removal",
               "2 subjects: mother and baby"])


@email
def e_path_mislabel(n, rng):
    nn1, nn2 = nhs(rng), nhs(rng)
    body = f"""Dear colleagues,

Datix ref W-119027 - please treat as an integrity incident for IG logging.

On 01/12/2026 a U&E / FBC sample taken on AMU was labelled with the wrong patient's addressograph.
The results were reported to the record of:
   GREENWOOD, Thomas Edward   MRN RX4412087   NHS {nn1}
The sample actually belonged to:
   ACHTERBERG, Pieter         MRN RX4409351   NHS {nn2}
The potassium of 6.4 was therefore filed in Mr Greenwood's record and Mr Greenwood received an
unnecessary dose of calcium resonium before the error was found. No lasting harm. Results have
been moved to the correct record and both patients informed under Duty of Candour.

Andrew Kettlewell
Laboratory Quality Lead, Blood Sciences
"""
    msg = build(n, "Kettlewell Andrew <andrew.kettlewell@example.nhs.uk>", "Mislabelled sample - wrong record",
                "Thu, 03 Dec 2026 11:20:40 +0000", body)
    return "pathology-mislabelled-sample-integrity", msg, dict(
        tags=["plain", "pathology", "integrity", "surname_comma", "hospital_number"],
        ids={"nhs_number": [nn1, nn2], "hospital_number": ["RX4412087", "RX4409351"]},
        names=["Thomas Edward Greenwood", "Pieter Achterberg"], ign_names=["Andrew Kettlewell"],
        ign={"email_address": ["andrew.kettlewell@example.nhs.uk"]},
        subjects=2, cats=["health"], sev=3, lik=2,
        basis=["results filed in the wrong record (integrity), treatment given in error",
               "stayed inside the trust; both patients informed"])


@email
def e_chc_care_home(n, rng):
    res = [("Albert", "Nuttall", "1935-11-03"), ("Dorothy", "Kinsey", "1940-06-18"), ("Phyllis", "Grange", "1932-02-09")]
    nns = [nhs(rng) for _ in res]
    lines = "\n".join(f"{f} {l}, born {uk(d)}, NHS no {nn}" for (f, l, d), nn in zip(res, nns))
    body = f"""Hello,

I'm the registered manager at Meadowcroft Care Home. After the CHC reviews here on Tuesday the
nurse assessor left behind a folder which isn't ours - it has CHC checklists for three residents
of Hawthorn Lodge, not Meadowcroft:

{lines}

The checklists include their cognition, behaviour and mood scores. I have locked the folder in my
office and the ICB are collecting it this afternoon. Only I and my deputy looked in it to work
out whose it was.

Kind regards,
Beverley Whitehead
Registered Manager, Meadowcroft Care Home
01942 496 508
"""
    msg = build(n, "Meadowcroft Manager <manager@meadowcroftcarehome.co.uk>", "CHC paperwork left at our home",
                "Thu, 03 Dec 2026 12:05:13 +0000", body, to="CHC Team <chc.team@nhs.net>", cc=BREACH)
    return "chc-folder-left-at-wrong-care-home", msg, dict(
        tags=["plain", "chc", "care_home", "lost_paper", "vulnerable_adults", "cc_breach"],
        ids={"nhs_number": nns, "date_of_birth": [r[2] for r in res]},
        names=[f"{f} {l}" for f, l, _ in res], ign_names=["Beverley Whitehead"],
        ign={"phone_number": ["01942496508"], "email_address": ["manager@meadowcroftcarehome.co.uk", "chc.team@nhs.net"]},
        subjects=3, cats=["health", "mental_health"], sev=3, lik=2,
        basis=["CHC checklists (cognition, behaviour, mood) of care home residents",
               "left with another care provider (external), secured and returned: likelihood 3-1 = 2"])


@email
def e_dental_voicemail(n, rng):
    body = """Hi

One of our receptionists left a voicemail on the wrong number this morning - she misdialled the
last digit. The message said "Hello, this is a message for Jennifer Oyelaran from Abbeygate Dental,
just confirming your IV sedation appointment for the wisdom tooth extraction on Thursday at 2pm,
please remember not to eat for 6 hours beforehand and bring an adult escort".

The person who got it rang back to say it wasn't them. They were nice about it. Jennifer's correct
mobile is 07700 900588, I've called her to confirm.

Tracy
Abbeygate Dental Practice
"""
    msg = build(n, "Abbeygate Dental <abbeygate.dental@nhs.net>", "voicemail to wrong number",
                "Thu, 03 Dec 2026 12:41:09 +0000", body)
    return "dental-voicemail-wrong-number", msg, dict(
        tags=["plain", "dental", "verbal", "misdirected_external"],
        ids={"phone_number": ["07700900588"]},
        names=["Jennifer Oyelaran"], ign_names=["Tracy"], ign={"email_address": ["abbeygate.dental@nhs.net"]},
        subjects=1, cats=["health"], sev=3, lik=3,
        basis=["treatment details (IV sedation, extraction) for a named patient",
               "left on a stranger's voicemail"])


@email
def e_facebook_methadone(n, rng):
    html = """<div dir="ltr"><p>Hi, Claire here (PM at Beckside Medical Practice). Reporting something
really serious. One of our receptionists posted on the local community group "Keighley Matters" last
night complaining about a patient who was rude at the desk. The post said:</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">"Some people need to learn manners. Gary
Sowerby from Lawkholme Lane, yes you, shouting at us because your methadone script isn't ready. We
do our best!!"</blockquote>
<p>It has 87 comments, some naming him further. She deleted it at 7am this morning after I phoned her.
Mr Sowerby has been in touch and is extremely distressed; his family didn't know about his treatment.
He's said he's going to the papers.</p>
<p>Claire Ridley<br>Practice Manager</p></div>"""
    msg = build(n, "Claire Ridley <claire.ridley1@nhs.net>", "Staff Facebook post naming a patient",
                "Thu, 03 Dec 2026 08:11:44 +0000", html=html, cte="b64")
    return "gp-receptionist-facebook-methadone", msg, dict(
        tags=["html_only", "cte_base64", "gp", "social_media", "published", "substance_misuse"],
        names=["Gary Sowerby"], ign_names=["Claire Ridley", "Claire"], ign={"email_address": ["claire.ridley1@nhs.net"]},
        subjects=1, cats=["health", "substance_misuse"], sev=4, lik=4,
        basis=["patient named with methadone treatment (substance misuse)",
               "published on a public community Facebook group with 87 comments"])


@email
def e_phishing(n, rng):
    body = """Hi, not sure if this goes to you or IT. I got the email below and clicked the link but didn't
type anything in, it asked for my NHSmail password. I've reported it with the Report button too.

-----Original Message-----
From: NHSmail Support <support@nhsmail-verify-account.com>
Sent: 03 December 2026 13:02
Subject: Your mailbox will be suspended

Dear user, your mailbox has exceeded its storage limit and will be suspended within 24 hours.
Click here to verify your account: https://nhsmail-verify-account.com/login
NHSmail Team

Dale
Pharmacy Dispensary, Ward 7
"""
    msg = build(n, "Dale Fenwick <dale.fenwick@nhs.net>", "FW: Your mailbox will be suspended",
                "Thu, 03 Dec 2026 13:20:00 +0000", body)
    return "phishing-report-not-breach", msg, dict(
        tags=["plain", "non_report", "phishing", "inline_outlook"],
        ign_names=["Dale Fenwick", "Dale"],
        ign={"email_address": ["support@nhsmail-verify-account.com", "dale.fenwick@nhs.net"]},
        subjects=0, sev=1, lik=1, basis=["phishing attempt; no credentials entered, no personal data disclosed"])


@email
def e_delivery_wrong_door(n, rng):
    body = """---------- Forwarded message ---------
From: Nigel Haworth <nigel.haworth@nhs.net>
Date: Thu, 3 Dec 2026 at 13:40
Subject: delivery left at wrong house - now on facebook
To: Area Manager

Our driver left a bag at 12 Tennyson Avenue instead of 21 Tennyson Avenue, Accrington BB5 4EP.
The person at no.12 has posted a photo of the bag on the "Accrington Lost & Found" Facebook group
saying "anyone know this lady?" - the label is readable: Mrs Olive Hindle, 21 Tennyson Avenue,
Accrington BB5 4EP, Olanzapine 10mg tablets, Lithium carbonate 400mg. Mrs Hindle's son rang us. Post
is still up, we have asked the person to remove it. Bag has been collected back by our driver.

Nigel
Pharmacist, Oakhill Pharmacy
"""
    msg = build(n, "Area Manager <area.manager.lancs@nhs.net>", "Fwd: delivery left at wrong house - now on facebook",
                "Thu, 03 Dec 2026 14:02:31 +0000", body)
    return "pharmacy-delivery-wrong-door-facebook", msg, dict(
        tags=["plain", "inline_gmail", "forward_only", "pharmacy", "social_media", "published"],
        ids={"postcode": ["BB5 4EP"], "address": ["21 Tennyson Avenue, Accrington, BB5 4EP"]},
        names=["Olive Hindle"], ign_names=["Nigel Haworth", "Nigel"],
        ign={"email_address": ["nigel.haworth@nhs.net", "area.manager.lancs@nhs.net"]},
        subjects=1, cats=["health", "mental_health"], sev=4, lik=4,
        basis=["antipsychotic and lithium on the label: mental health",
               "photo of the label published on a public Facebook group, still up"])


@email
def e_hospice_handover(n, rng):
    pts = [("Room 1", "Mrs Gwen Atherton", "Ca ovary, comfortable, family staying"),
           ("Room 2", "Mr Stanley Beddows", "DoLS applied 30/11 - lacks capacity, wandering, 1:1 at night"),
           ("Room 4", "Mrs Ruby Lightfoot", "Ca bowel, syringe driver, son requests no info to daughter"),
           ("Room 5", "Mr Clive Dunford", "MND, NIV overnight, anxious - lorazepam PRN")]
    lines = "\n".join(f"> {r} | {nm} | {d}" for r, nm, d in pts)
    body = f"""IG - below is what Leonie sent me. Handover sheet from the IPU dropped in the car park, found by
a visitor who handed it to reception about 20 mins later. Sheet now shredded. Logging as an
incident, I think low risk as it came straight back but your call.

Amanda Sheard, Ward Manager IPU

On 3 Dec 2026, at 15:10, Leonie Cross <leonie.cross@hopehousehospice.org.uk> wrote:
> Amanda - visitor just handed this in, found by the bins by the staff car park. It's the
> early shift handover. Contents:
{lines}
> Leonie (reception)
"""
    msg = build(n, "Amanda Sheard <amanda.sheard@hopehousehospice.org.uk>", "Fwd: handover sheet found in car park",
                "Thu, 03 Dec 2026 15:34:50 +0000", body)
    return "hospice-handover-sheet-car-park", msg, dict(
        tags=["plain", "quoted_reply", "hospice", "lost_paper", "safeguarding", "mental_capacity"],
        names=[p[1] for p in pts], ign_names=["Amanda Sheard", "Leonie Cross", "Leonie"],
        ign={"email_address": ["leonie.cross@hopehousehospice.org.uk", "amanda.sheard@hopehousehospice.org.uk"]},
        subjects=len(pts), cats=["health", "mental_health", "safeguarding"], sev=4, lik=2,
        basis=["handover: diagnoses, DoLS (safeguarding), anxiety medication",
               "found by a visitor and returned within 20 minutes: likelihood 3-1 = 2"])


# ================================================================== main

def main():
    rng0 = random.Random(SEED)
    seeds = [rng0.randint(0, 10 ** 9) for _ in EMAILS]
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    lines = []
    for i, (fn, s) in enumerate(zip(EMAILS, seeds), start=1):
        slug, msg, kw = fn(i, random.Random(s))
        name = f"{i:03d}-{slug}.eml"
        b = io.BytesIO()
        BytesGenerator(b, mangle_from_=False, maxheaderlen=0).flatten(msg)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(b.getvalue())
        # sanity: health numbers in truth must pass mod 11
        for k in ("nhs_number", "chi_number", "hc_number"):
            for v in kw.get("ids", {}).get(k, []):
                assert nhs_valid(v), (name, k)
        lines.append(json.dumps(truth(name, slug.replace("-", "_"), **kw), ensure_ascii=False))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} emails")


if __name__ == "__main__":
    main()
