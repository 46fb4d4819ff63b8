#!/usr/bin/env python3
"""Generate the fresh23 breachdesk evaluation corpus (general practice and adult social care).

Deterministic: run it twice and every byte of every .eml and truth.jsonl is the same.
    /work/main/.venv/bin/python make_corpus.py [OUTDIR]
Needs openpyxl, python-docx and fpdf2 (all in the project venv).
"""
import datetime as dt
import hashlib
import io
import json
import os
import sys
import zipfile
from email import encoders
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.message import Message
from email.parser import BytesParser
from email import policy as _policy

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
IG = "Information Governance <ig.incidents@nhs.net>"
IG_ADDR = "ig.incidents@nhs.net"
FIXED = dt.datetime(2026, 11, 2, 9, 0, 0)

# ---------------------------------------------------------------- identifiers


def nhs(stem):
    """A valid NHS / H&C / CHI-shaped 10-digit number: the 9-digit stem plus its Modulus 11 check digit.
    The stem is moved on by one until the check digit is not 10."""
    s = int(stem)
    while True:
        d = f"{s:09d}"
        tot = sum(int(c) * w for c, w in zip(d, range(10, 1, -1)))
        chk = 11 - tot % 11
        chk = 0 if chk == 11 else chk
        if chk != 10:
            return d + str(chk)
        s += 1


def chi(ddmmyy, serial3):
    """A CHI number: DDMMYY + 3 digits + Modulus 11 check (serial moved on until valid)."""
    s = int(serial3)
    while True:
        n = nhs(ddmmyy + f"{s:03d}")
        if n[:9] == ddmmyy + f"{s:03d}":
            return n
        s += 1


def spaced(n):
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def dashed(n):
    return f"{n[:3]}-{n[3:6]}-{n[6:]}"


# ---------------------------------------------------------------- MIME helpers

def mid(tag, domain="nhs.net"):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return f"<{h[:16]}.{h[16:24]}@{domain}>"


def boundary(tag):
    return "==_" + hashlib.sha1(("b" + tag).encode()).hexdigest()[:24] + "_=="


def hdrs(m, frm, to, subject, date, tag, cc=None, domain="nhs.net", extra=None):
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = mid(tag, domain)
    for k, v in (extra or {}).items():
        m[k] = v
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    return m


def text_part(body, subtype="plain", cte="qp"):
    p = MIMEText(body, subtype, "utf-8")
    if cte == "8bit":
        del p["Content-Transfer-Encoding"]
        p.set_payload(body.encode("utf-8"))
        p["Content-Transfer-Encoding"] = "8bit"
    elif cte == "qp":
        del p["Content-Transfer-Encoding"]
        p.set_payload(body.encode("utf-8"))
        import quopri
        p.set_payload(quopri.encodestring(body.encode("utf-8")).decode("ascii"))
        p["Content-Transfer-Encoding"] = "quoted-printable"
    return p


def attachment(data, filename, maintype, subtype):
    p = MIMEBase(maintype, subtype, name=filename)
    p.set_payload(data)
    encoders.encode_base64(p)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def csv_part(text, filename):
    p = MIMEText(text, "csv", "utf-8")
    p.replace_header("Content-Type", f'text/csv; charset="utf-8"; name="{filename}"')
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def csv_text(rows, lineterminator="\n"):
    import csv as _csv
    bio = io.StringIO()
    w = _csv.writer(bio, lineterminator=lineterminator)
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
PDF = ("application", "pdf")


def mail(frm, to, subject, date, tag, body=None, html=None, parts=(), cc=None, domain="nhs.net", extra=None, cte="qp"):
    """A message: plain (and/or HTML) body plus attachment parts / message/rfc822 parts."""
    if body is not None and html is not None:
        alt = MIMEMultipart("alternative", boundary=boundary(tag + "alt"))
        alt.attach(text_part(body, cte=cte))
        alt.attach(text_part(html, "html", cte=cte))
        core = alt
    elif html is not None:
        core = text_part(html, "html", cte=cte)
    else:
        core = text_part(body, cte=cte)
    if parts:
        m = MIMEMultipart("mixed", boundary=boundary(tag))
        m.attach(core)
        for p in parts:
            m.attach(p)
    else:
        m = core
    return hdrs(m, frm, to, subject, date, tag, cc, domain, extra)


def rfc822(msg):
    return MIMEMessage(msg)


def fixzip(data):
    """Rewrite a zip (xlsx/docx) with fixed timestamps and order, for byte-identical output."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            data_ = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" with now() on save
                import re as _re
                data_ = _re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2026-11-02T09:00:00Z\g<2>", data_)
            zout.writestr(zi, data_)
    return out.getvalue()


def xlsx(sheets):
    """sheets: list of (title, rows). Returns bytes."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = "Microsoft Office User"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = None
    bio = io.BytesIO()
    wb.save(bio)
    return fixzip(bio.getvalue())


def docx_bytes(paragraphs, table=None):
    """paragraphs: list of str or (style, str). table: optional list of rows, put after paragraph index table[0]."""
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.author = "Admin"
    cp.last_modified_by = "Admin"
    cp.revision = 1
    for i, p in enumerate(paragraphs):
        if isinstance(p, tuple):
            style, txt = p
            if style == "table":
                t = d.add_table(rows=0, cols=len(txt[0]))
                t.style = "Table Grid"
                for row in txt:
                    cells = t.add_row().cells
                    for c, v in zip(cells, row):
                        c.text = v
                continue
            if style.startswith("Heading"):
                d.add_heading(txt, level=int(style[-1]))
            else:
                d.add_paragraph(txt, style=style)
        else:
            d.add_paragraph(p)
    bio = io.BytesIO()
    d.save(bio)
    return fixzip(bio.getvalue())


def pdf_bytes(pages):
    """pages: list of list of lines."""
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_creation_date(dt.datetime(2026, 11, 2, 9, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_title("Subject access request - records")
    pdf.set_producer("Docman")
    pdf.set_font("Helvetica", size=10)
    for lines in pages:
        pdf.add_page()
        for ln in lines:
            if ln.startswith("# "):
                pdf.set_font("Helvetica", "B", 12)
                pdf.multi_cell(0, 6, ln[2:], new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("Helvetica", size=10)
            else:
                pdf.multi_cell(0, 5, ln if ln else " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


# ---------------------------------------------------------------- corpus

EMAILS = []   # (filename, message, truth)


def add(fname, msg, scenario, tags, identifiers=None, names=(), ignorable_names=(), ignorable=None, subjects=0,
        special=(), near_miss=False, severity=1, likelihood=1, reportable=False, basis=()):
    ids = {k: list(v) for k, v in sorted((identifiers or {}).items()) if v}
    ign = {k: sorted(set(v)) for k, v in sorted((ignorable or {}).items()) if v}
    truth = {"file": fname, "scenario": scenario, "tags": sorted(tags), "identifiers": ids,
             "names": list(names), "ignorable_names": sorted(set(ignorable_names)), "ignorable": ign,
             "subjects": subjects, "special_categories": sorted(special), "near_miss": near_miss,
             "no_identifiers": not ids and not names,
             "assessment": {"severity": severity, "likelihood": likelihood, "reportable": reportable,
                            "basis": list(basis)}}
    assert reportable == (likelihood >= 3 and severity >= 2), fname
    EMAILS.append((fname, msg, truth))


def sig(name, role, org, phone, email=None):
    s = f"\n{name}\n{role}\n{org}\nTel: {phone}\n"
    if email:
        s += f"Email: {email}\n"
    return s


PARTS = []


def part(fn):
    PARTS.append(fn)
    return fn


# ======================================================================== 001
@part
def e001():
    nn = nhs("485213770")
    body = f"""Hi,

Reporting this as asked by our practice manager.

Yesterday afternoon a blood results letter meant for Mrs Siobhan Ní Bhriain was posted to another patient,
a Mr Declan O'Brien, who lives on the same road (we think the address label was picked from the wrong line
on the print run). Mr O'Brien phoned this morning to say he had opened it before he realised it wasn't his.
He says he will drop it back at reception but hasn't yet.

The letter said:

  Patient: Mrs Siobhan NÍ BHRIAIN
  DOB: 19/03/1958    NHS No: {spaced(nn)}
  Address: 7 Carrow Road, Norwich, NR1 1HU

  Dear Mrs Ní Bhriain, your recent blood tests show your HbA1c is raised at 58 mmol/mol which is in the
  diabetic range. Your kidney function (eGFR 52) is slightly reduced. Please book a review with the
  practice nurse within 2 weeks.

I've rung Mrs Ní Bhriain and apologised, she was not happy. Datix done.

Thanks
{sig('Kerry Lambert', 'Senior Receptionist', 'Riverside Medical Practice', '01603 496117', 'kerry.lambert@nhs.net')}"""
    m = mail("Kerry Lambert <kerry.lambert@nhs.net>", IG, "results letter sent to wrong patient", "Mon, 16 Nov 2026 10:12:00 +0000", "001", body)
    add("001-gp-results-letter-wrong-address.eml", m, "gp_results_letter_misposted", ["plain", "gp", "misdirected_post"],
        identifiers={"nhs_number": [nn], "date_of_birth": ["1958-03-19"], "address": ["7 Carrow Road, Norwich, NR1 1HU"],
                     "postcode": ["NR1 1HU"]},
        names=["Siobhan Ní Bhriain"], ignorable_names=["Kerry Lambert", "Declan O'Brien"],
        ignorable={"email_address": ["kerry.lambert@nhs.net", IG_ADDR], "phone_number": ["01603 496117"]},
        subjects=1, special=["health"], severity=3, likelihood=3, reportable=True,
        basis=["health information (blood results, diabetes) about an identified patient",
               "posted to and opened by another member of the public; not yet returned"])


# ======================================================================== 002
@part
def e002():
    nn = nhs("612904335")
    body = f"""Dear IG team,

I need to report an incident from our dispensary this morning.

A patient, Mr Adebayo Ogunleye, collected his repeat medication and when he got home found that the bag
also contained the repeat prescription slip (right hand side of the FP10) belonging to a different patient.
He rang the dispensary to tell us and said he had read it. He says he'll drop it back in "next time he's
passing". The slip was for:

Name: Gwenllian PRYCE
D.O.B. 02.11.1979
NHS number {nn}
12 Heol y Felin, Aberdare, CF44 8DL

Repeat items: Sertraline 100mg tablets, Mirtazapine 15mg tablets, Propranolol 10mg tablets (anxiety).
Review due with Dr Hughes (mental health review).

We haven't got the slip back yet. Mr Ogunleye is not related to Ms Pryce and lives in a
different village but he said he "knows the family". I am going to ring Ms Pryce this afternoon.

We have reminded the dispensary team to check every bag against the patient before sealing.

Regards,

Rhian Beddoe
Practice Manager
Cwm Cynon Surgery
01685 496340
"""
    m = mail("Rhian Beddoe <rhian.beddoe@wales.nhs.uk>", IG, "Repeat prescription slip given to wrong patient - dispensary",
             "Tue, 17 Nov 2026 13:41:00 +0000", "002", body, domain="wales.nhs.uk")
    add("002-gp-repeat-slip-wrong-bag.eml", m, "gp_repeat_prescription_slip", ["plain", "gp", "wrong_recipient_in_person", "special_by_context"],
        identifiers={"nhs_number": [nn], "date_of_birth": ["1979-11-02"], "address": ["12 Heol y Felin, Aberdare, CF44 8DL"],
                     "postcode": ["CF44 8DL"]},
        names=["Gwenllian Pryce"], ignorable_names=["Rhian Beddoe", "Adebayo Ogunleye", "Hughes"],
        ignorable={"email_address": ["rhian.beddoe@wales.nhs.uk", IG_ADDR], "phone_number": ["01685 496340"]},
        subjects=1, special=["health", "mental_health"], severity=4, likelihood=3, reportable=True,
        basis=["mental health medication and review about an identified patient",
               "read by an unrelated member of the public who knows the family; slip not yet returned"])


# ======================================================================== 003
@part
def e003():
    nn = nhs("716350284")
    patient = f"""To whom it may concern,

I am writing to complain in the strongest terms. On Friday my ex-partner received a text message from your
surgery on his phone which said:

"Hi Aoife, your recent test results from the sexual health clinic are back, please call the surgery to
speak to the nurse about treatment. Oakfield Surgery"

He then forwarded a screenshot to me with a nasty comment. I have not been with him for over two years and I
changed my mobile number with you in 2024. The number you have used (07700 900 812) is HIS number. My number
is 07700 900 164 and has been for ages.

My details are Aoife Gallagher, date of birth 23 July 1994, NHS number {spaced(nn)}. I want to know how this
happened and who else has the wrong number, and I want his number removed from my records today.

Aoife Gallagher
"""
    inner = mail("Aoife Gallagher <aoifeg94@hotmail.co.uk>", "Oakfield Surgery <oakfield.surgery@nhs.net>",
                 "Complaint - text message sent to my ex", "Sat, 21 Nov 2026 08:03:00 +0000", "003a", patient, domain="hotmail.co.uk")
    mid_body = """Hi Sandra,

See below from a patient, came into the surgery inbox overnight. I've checked and her old number is still
on the record as the "preferred" mobile, the new one was added as "other". I haven't replied yet, didn't know
what to say.

Jade
"""
    middle = mail("Jade Whitfield <jade.whitfield1@nhs.net>", "Sandra Okafor <sandra.okafor@nhs.net>",
                  "FW: Complaint - text message sent to my ex", "Mon, 23 Nov 2026 08:47:00 +0000", "003b", mid_body,
                  parts=[rfc822(inner)])
    top = """Hello,

Forwarding for logging as a breach please. Patient complaint attached below (forwarded to me by our
receptionist). An appointment reminder/results text went to the patient's ex-partner's mobile, which was still
the preferred number on SystmOne. I have corrected the record and will respond to the complaint. The ex-partner
has clearly read it and sent it back to her with a comment.

Sandra Okafor
Practice Manager, Oakfield Surgery
Tel 0115 496 0762 | Mob 07700 900 377
"""
    m = mail("Sandra Okafor <sandra.okafor@nhs.net>", IG, "FW: FW: Complaint - text message sent to my ex",
             "Mon, 23 Nov 2026 09:30:00 +0000", "003", top, parts=[rfc822(middle)])
    add("003-gp-sms-wrong-mobile-patient-complaint.eml", m, "gp_sms_to_old_mobile_patient_complaint",
        ["nested_forward_2", "message_rfc822", "gp", "patient_complaint", "sms"],
        identifiers={"nhs_number": [nn], "date_of_birth": ["1994-07-23"], "phone_number": ["07700 900 164"]},
        names=["Aoife Gallagher"], ignorable_names=["Sandra Okafor", "Jade Whitfield"],
        ignorable={"email_address": ["aoifeg94@hotmail.co.uk", "oakfield.surgery@nhs.net", "jade.whitfield1@nhs.net",
                                     "sandra.okafor@nhs.net", IG_ADDR],
                   "phone_number": ["0115 496 0762", "07700 900 377", "07700 900 812"]},
        subjects=1, special=["health", "sexual_health"], severity=4, likelihood=5, reportable=True,
        basis=["sexual health clinic results text about an identified patient",
               "sent to her ex-partner's mobile; he has used it against her (screenshot sent with a nasty comment): misuse reported"])


# ======================================================================== 004
@part
def e004():
    nn = nhs("943118602")
    letter = docx_bytes([
        ("Heading 1", "Urgent Suspected Cancer Referral (2WW) - Lower GI"),
        "Referring practice: Millbrook Health Centre, Station Road, Kettering, NN15 7HA",
        "Referring GP: Dr Priya Venkatesh",
        ("table", [["Patient name", "Mr Kwame ASANTE"],
                   ["Date of birth", "05/09/1961"],
                   ["NHS number", spaced(nn)],
                   ["Address", "41 Windmill Avenue, Kettering, NN15 6PS"],
                   ["Telephone", "01536 496581"],
                   ["Mobile", "07700 900 246"]]),
        "Reason for referral: 8 week history of change in bowel habit to looser stools, rectal bleeding and 6 kg "
        "unintentional weight loss. FIT 212 ug Hb/g. Iron deficiency anaemia (Hb 98). Family history: father had "
        "colorectal cancer at 64.",
        "Patient aware this is an urgent referral to exclude cancer and is available for appointments at short notice.",
        "Dr Priya Venkatesh, GP Partner",
    ])
    body = """Good afternoon

I've made a mistake with a 2WW referral and the practice manager asked me to send it to you.

The referral for our patient (attached, lower GI) should have gone to Kettering General but I picked the
Northampton booking team address from the drop down and emailed it there instead on Thursday. Their team
emailed back today to say they have received it in error and have deleted it, but it has delayed the referral
by 4 days. I've now sent it to the right place and phoned the patient.

Sorry,

Harpreet Gill
Medical Secretary / Referrals
Millbrook Health Centre
01536 496500 ext 214
"""
    m = mail("Harpreet Gill <harpreet.gill3@nhs.net>", IG, "2WW referral sent to wrong hospital",
             "Mon, 16 Nov 2026 15:05:00 +0000", "004", body,
             parts=[attachment(letter, "2WW LGI referral ASANTE.docx", *DOCX)])
    add("004-gp-2ww-referral-wrong-trust-docx.eml", m, "gp_referral_wrong_hospital", ["docx", "gp", "misdirected_email", "internal_nhs"],
        identifiers={"nhs_number": [nn], "date_of_birth": ["1961-09-05"], "address": ["41 Windmill Avenue, Kettering, NN15 6PS"],
                     "postcode": ["NN15 6PS"], "phone_number": ["01536 496581", "07700 900 246"]},
        names=["Kwame Asante"], ignorable_names=["Harpreet Gill", "Priya Venkatesh"],
        ignorable={"email_address": ["harpreet.gill3@nhs.net", IG_ADDR], "phone_number": ["01536 496500"],
                   "postcode": ["NN15 7HA"], "address": ["Station Road, Kettering, NN15 7HA"]},
        subjects=1, special=["health"], severity=3, likelihood=2, reportable=False,
        basis=["health information (suspected cancer referral) about an identified patient, DOCX attachment",
               "sent to the wrong NHS trust inside the trusted domains (nhs.net); recipient confirmed deletion",
               "integrity/availability: referral delayed 4 days"])


# ======================================================================== 005
@part
def e005():
    third = nhs("402667159")
    req = nhs("402667301")
    pages = [
        ["# Oakfield Surgery - Subject Access Request response",
         "Requester: Mr Tomasz WISNIEWSKI   DOB 14/02/1985",
         f"NHS No: {spaced(req)}",
         "Address: Flat 3, 22 Derby Road, Nottingham, NG7 1LH",
         "Records from 01/01/2020 to 30/09/2026. Pages 1-46.",
         "",
         "12/03/2024 Dr R Chandra: Ankle sprain playing football. RICE, ibuprofen.",
         "04/06/2025 Nurse: BP 128/82. Flu jab given."],
        ["# Consultation record (page 31 of 46)",
         "Patient: WISNIEWSKA, Zofia   DOB 30/08/1988   NHS No " + spaced(third),
         "Address: 5 Lenton Boulevard, Nottingham, NG7 2BY",
         "",
         "08/01/2026 Dr R Chandra: Low mood 4 months since miscarriage in Sept. PHQ-9 19. Passive suicidal thoughts, "
         "no plans, protective factors daughter. Started sertraline 50mg. Referred to Talking Therapies. Safety net advice.",
         "22/01/2026 Dr R Chandra: Review. Slightly better sleep. Tearful. Discussed partner's drinking, she feels unsafe "
         "at times - domestic abuse support leaflet given, declined MARAC referral today.",
         "19/02/2026 Talking Therapies letter: assessed, for step 3 CBT."],
    ]
    pdfb = pdf_bytes(pages)
    body = """Hi

We have had a complaint from a patient who made a subject access request. When he got his records pack
(emailed through Egress on the 10th) he found 4 pages that were not his - they belong to a lady with a very
similar surname who is registered with us. I've attached the pages he sent back to us (the cover page and one
of the wrong pages) so you can see what went.

He wants a corrected bundle and says he is keeping the file "as evidence" for his complaint. He is not related to her as far as we know.
We do not know if he has shown anyone. The pages include mental health and domestic abuse notes so I'm
worried about this one.

Naveen Reddy
Practice Manager
Oakfield Surgery, 2 Beeston Lane, Nottingham, NG9 2JR
0115 496 0762
"""
    m = mail("Naveen Reddy <naveen.reddy@nhs.net>", IG, "SAR bundle contained another patient's records",
             "Thu, 19 Nov 2026 11:20:00 +0000", "005", body,
             parts=[attachment(pdfb, "SAR pack returned pages.pdf", *PDF)])
    add("005-gp-sar-third-party-pages-pdf.eml", m, "gp_sar_third_party_records", ["pdf", "gp", "sar", "special_by_context"],
        identifiers={"nhs_number": [third], "date_of_birth": ["1988-08-30"], "address": ["5 Lenton Boulevard, Nottingham, NG7 2BY"],
                     "postcode": ["NG7 2BY"]},
        names=["Zofia Wisniewska"], ignorable_names=["Naveen Reddy", "Tomasz Wisniewski", "R Chandra"],
        ignorable={"email_address": ["naveen.reddy@nhs.net", IG_ADDR], "phone_number": ["0115 496 0762"],
                   "nhs_number": [req], "date_of_birth": ["1985-02-14"], "address": ["22 Derby Road, Nottingham, NG7 1LH",
                                                                                    "2 Beeston Lane, Nottingham, NG9 2JR"],
                   "postcode": ["NG7 1LH", "NG9 2JR"]},
        subjects=1, special=["health", "mental_health", "reproductive_health", "safeguarding"], severity=4, likelihood=3,
        reportable=True,
        basis=["third party's mental health, miscarriage and domestic abuse notes disclosed in a SAR bundle (PDF)",
               "requester (a member of the public) has read them and is keeping the file: no containment",
               "the requester's own records sent to himself are not a breach for him (ignorable)"])



# ======================================================================== 006
@part
def e006():
    rows1 = [
        (nhs("601234563"), "MURPHY, Eileen", "11/06/1937", "3 Ivy Cottages, Upper Street", "IP14 5QT", "01449 496218", "Chest infection - review after antibiotics"),
        (nhs("445902117"), "PRITCHARD, Harold", "28/01/1932", "Flat 6, Orwell Court, Hawes Street", "IP2 9SQ", "01473 496875", "Leg ulcer, wound check, declining mobility"),
        (nhs("749320558"), "RAHMAN, Bibi", "04/10/1946", "88 Norwich Road", "IP1 2NJ", "07700 900 553", "Falls x2, ?UTI, urine dip"),
        (nhs("463118240"), "KOWALCZYK, Stanisław", "17/12/1940", "21 Chantry Close", "IP2 0EL", "01473 496931", "End of life - anticipatory meds check"),
        (nhs("907552361"), "EZE, Chukwuemeka", "09/05/1951", "14 Woodbridge Road", "IP4 2EA", "07700 900 689", "Post-stroke, BP review"),
        (nhs("688004172"), "DOYLE, Margaret", "23/03/1935", "The Old Forge, Church Lane, Bramford", "IP8 4AS", "01473 496364", "Dementia review, carer stress"),
    ]
    rows2 = [
        (rows1[1][0], "Harold Pritchard", "28/01/1932", "IP2 9SQ", "Flu + Covid"),
        (nhs("486027719"), "Ethel Braithwaite", "30/07/1929", "IP5 3RF", "Flu"),
        (nhs("615559804"), "Gurdev Singh Dhaliwal", "12/08/1944", "IP3 8HT", "Flu"),
        (nhs("950218674"), "Mei Lin Wong", "01/02/1948", "IP4 5LU", "Flu + Covid"),
        (nhs("472883015"), "Morag Campbell", "19/09/1938", "IP1 6DW", "Declined"),
    ]
    rows2x = [(int(r[0]), r[1], dt.datetime.strptime(r[2], "%d/%m/%Y"), r[3], r[4]) for r in rows2]  # typed cells
    wb = xlsx([
        ("Home visits 16-20 Nov", [("NHS No", "Patient", "DOB", "Address", "Postcode", "Tel", "Reason for visit")] + rows1),
        ("Housebound flu", [("NHS Number", "Name", "Date of birth", "Postcode", "Vaccine")] + rows2x),
    ])
    body = """Hello IG,

Sorry to be reporting this on a Saturday. One of our locums, Dr Femi Adewale, had his laptop stolen from
his car last night in Ipswich (police ref 37/88412/26). It is his own laptop, not a practice one, and he has
admitted he had downloaded our home visit list and the housebound flu list onto it so he could plan his
rounds. He thinks it was password protected but it was NOT encrypted.

I've pulled the same two lists off the shared drive and attached them so you can see exactly who is on
them (two tabs). Mr Pritchard is on both.

He has changed his NHSmail and SystmOne passwords. We have not told the patients yet - can you advise?

Many thanks
Lorraine Tuckwell
Practice Manager
Orwell Valley Medical Group
Tel 01473 496100
"""
    m = mail("Lorraine Tuckwell <lorraine.tuckwell@nhs.net>", IG, "locum laptop stolen - patient lists on it",
             "Sat, 21 Nov 2026 10:52:00 +0000", "006", body,
             parts=[attachment(wb, "home visits and housebound flu.xlsx", *XLSX)])
    allrows = rows1 + [r for r in rows2[1:]]
    ids = {"nhs_number": [r[0] for r in allrows],
           "date_of_birth": [dt.datetime.strptime(r[2], "%d/%m/%Y").date().isoformat() for r in allrows],
           "postcode": [r[4] for r in rows1] + [r[3] for r in rows2[1:]],
           "address": [f"{r[3]}, {r[4]}" for r in rows1],
           "phone_number": [r[5] for r in rows1]}
    names = ["Eileen Murphy", "Harold Pritchard", "Bibi Rahman", "Stanisław Kowalczyk", "Chukwuemeka Eze",
             "Margaret Doyle", "Ethel Braithwaite", "Gurdev Singh Dhaliwal", "Mei Lin Wong", "Morag Campbell"]
    add("006-gp-locum-laptop-stolen-xlsx-2-sheets.eml", m, "gp_locum_laptop_theft", ["xlsx", "xlsx_2_sheets", "gp", "lost_stolen_device", "duplicate_subject_across_sheets"],
        identifiers=ids, names=names, ignorable_names=["Lorraine Tuckwell", "Femi Adewale"],
        ignorable={"email_address": ["lorraine.tuckwell@nhs.net", IG_ADDR], "phone_number": ["01473 496100"]},
        subjects=10, special=["health"], severity=3, likelihood=3, reportable=True,
        basis=["health information (visit reasons incl. end of life, dementia) for 10 housebound, vulnerable patients (XLSX, 2 sheets)",
               "unencrypted personal laptop stolen: data out of the organisation's control",
               "Harold Pritchard appears on both sheets: one subject"])


# ======================================================================== 007
@part
def e007():
    body = """Hi

One of our residents' daughters rang me at 7am to say that a member of our night staff has put photos from
our Christmas fair yesterday on her own public Facebook page and tagged the home. I've looked and it's true. In the
second photo you can see three residents round the table and behind them our kitchen whiteboard, which is
perfectly readable when you zoom in:

  Rm 4  Mrs Edna Hargreaves   - PUREED / level 2 fluids (SALT)
  Rm 7  Mr Bryn Thomas        - diabetic, no sugar
  Rm 9  Mrs Kamala Devi       - soft diet. DNACPR in place

The post is public and has 63 reactions and 11 shares so far. I have messaged and phoned the carer (she's
off shift and asleep I expect) and reported the post to Facebook. It is still up as I write this.

None of the three residents has capacity to consent to photos on social media and we have no consent from
families for public posting.

Jo Pickering
Registered Manager
Ashgrove House Care Home
Tel: 01274 496457 / 07700 900 118
"""
    m = mail("Jo Pickering <manager@ashgrovehouse.co.uk>", "breach reporting <ig.incidents@nhs.net>",
             "URGENT - staff member posted residents photo on facebook", "Sun, 29 Nov 2026 07:46:00 +0000", "007", body,
             domain="ashgrovehouse.co.uk", cte="8bit")
    add("007-care-home-facebook-whiteboard.eml", m, "care_home_social_media_post", ["plain", "care_home", "social_media", "published", "cte_8bit"],
        identifiers={}, names=["Edna Hargreaves", "Bryn Thomas", "Kamala Devi"], ignorable_names=["Jo Pickering"],
        ignorable={"email_address": ["manager@ashgrovehouse.co.uk", IG_ADDR], "phone_number": ["01274 496457", "07700 900 118"]},
        subjects=3, special=["health"], severity=3, likelihood=4, reportable=True,
        basis=["photos of vulnerable residents lacking capacity with diet/DNACPR information readable",
               "published on a public Facebook page, shared 11 times, still online"])


# ======================================================================== 008
@part
def e008():
    rows = [
        ("Mrs Nora Flanagan", "17 Beech Grove, Stockport", "SK4 3HB", "4471", "07:30 / 12:30 / 17:30 / 21:00", "Double up. Hoist. Catheter care, meds from dosette"),
        ("Mr Rajesh Mistry", "2 Alder Court, Heaton Moor", "SK4 4PQ", "1956", "08:00 / 18:00", "Insulin prompt (pen) - check BM first"),
        ("Mrs Olwen Jenkins", "Flat 11, Mersey View, Brinksway", "SK3 0BZ", "0000 then C", "09:00 / 13:00 / 19:00", "Dementia - lock back door on leaving. Meds"),
        ("Mr Chidi Nwosu", "63 Didsbury Road", "SK4 2BD", "2580", "07:45 / 20:00", "PEG feed flush. Skin checks (grade 2 sacrum)"),
        ("Mrs Helen McAllister", "5 Lark Hill", "SK3 8DW", "3197", "10:00", "Shopping + prompt meds. Lives alone"),
        ("Mr Jan Nowak", "29 Shaw Heath", "SK3 8BD", "no keysafe - ring neighbour no.27", "08:30 / 16:30", "Stoma bag change"),
        ("Mrs Sakina Bibi", "8 Greek Street", "SK3 8AB", "6612", "07:00 / 19:30", "Parkinsons meds TIME CRITICAL 07:00"),
    ]
    wb = xlsx([("Rota w-c 30.11", [("Client", "Address", "Postcode", "Key safe", "Call times", "Care tasks")] + rows)])
    body = """Hello,

I need to report that yesterday at 16:10 I emailed next week's rota for the Heaton / Edgeley run to the wrong
Michelle. It should have gone to Michelle Birtles (current carer) but autocomplete picked up an old gmail
address for Michelle Bryce who left us in August. The rota has the clients' addresses and key safe codes.

I've emailed and texted her asking her to delete it and confirm, no reply yet. Her phone goes to voicemail.
We are changing the key safe codes today with all 6 clients who have one, and have let the families know.
The rota is attached so you can see what was on it.

Thanks,

Dawn Lees
Care Coordinator
Kindred Home Care (Stockport)
0161 496 0823
"""
    m = mail("Dawn Lees <dawn.lees@kindredhomecare.co.uk>", IG, "Rota sent to ex staff member - key safe codes",
             "Fri, 27 Nov 2026 08:15:00 +0000", "008", body, domain="kindredhomecare.co.uk",
             parts=[attachment(wb, "Heaton Edgeley rota wc 30.11.xlsx", *XLSX)])
    add("008-domcare-rota-keysafe-ex-carer-xlsx.eml", m, "domcare_rota_keysafe_codes", ["xlsx", "domiciliary_care", "unusual_header_client", "misdirected_email", "autocomplete"],
        identifiers={"address": [f"{r[1]}, {r[2]}" for r in rows], "postcode": [r[2] for r in rows]},
        names=[r[0] for r in rows], ignorable_names=["Dawn Lees", "Michelle Birtles", "Michelle Bryce"],
        ignorable={"email_address": ["dawn.lees@kindredhomecare.co.uk", IG_ADDR], "phone_number": ["0161 496 0823"]},
        subjects=7, special=["health"], severity=4, likelihood=3, reportable=True,
        basis=["home addresses with key-safe codes of 7 vulnerable adults: risk of physical harm and theft",
               "care tasks reveal health conditions (catheter, insulin, PEG, dementia, stoma, Parkinson's)",
               "sent to a former employee's personal gmail outside the trusted domains; no deletion confirmed"])


# ======================================================================== 009
@part
def e009():
    rows = [
        ("Mrs Patricia Quinn", "1", "14/05/1934", "Declan Quinn", "Son", "07700 900 301", "declan.quinn@btinternet.com"),
        ("Mr Ieuan Hopkins", "3", "02/02/1931", "Catrin Hopkins-Ward", "Daughter", "07700 900 462", "catrinhw@gmail.com"),
        ("Mrs Amrit Kaur", "5", "20/10/1939", "Jaspreet Kaur Sohal", "Granddaughter", "07700 900 978", "jas.sohal@outlook.com"),
        ("Mr Kenneth Adjei", "6", "08/08/1940", "Abena Adjei", "Wife", "0121 496 0744", ""),
        ("Miss Dorothy Ashworth", "8", "31/12/1927", "Rev. Paul Lister", "Friend / POA", "0121 496 0190", "paul.lister@gmail.com"),
        ("Mrs Bożena Zielińska", "10", "25/04/1945", "Marek Zieliński", "Son", "07700 900 035", "marek.zielinski@wp.pl"),
    ]
    csv = csv_text([("Service user", "Rm", "D.O.B", "NOK", "Relationship", "NOK tel", "NOK email")] + rows)
    inner = mail("Ruth Amankwah <ruth.amankwah@elmfieldcare.co.uk>", "Gemma Foot <gemmafootcare@gmail.com>",
                 "residents list", "Wed, 25 Nov 2026 14:02:00 +0000", "009a",
                 "Hi Gemma,\n\nList for Thursday attached.\n\nRuth\n", domain="elmfieldcare.co.uk",
                 parts=[csv_part(csv, "Service user contacts Nov26.csv")])
    body = """Hi

Forwarding the email below. I meant to send Gemma (our visiting chiropodist, self employed) the list of
residents she is seeing on Thursday - just names and room numbers. Instead I attached our next of kin
contact list by mistake. She rang me to point it out and has emailed to confirm she has deleted it from
her inbox and deleted items. I have her email confirming this if you need it.

Ruth Amankwah
Deputy Manager, Elmfield Care Home
0121 496 0655
"""
    m = mail("Ruth Amankwah <ruth.amankwah@elmfieldcare.co.uk>", IG, "FW: residents list", "Wed, 25 Nov 2026 16:40:00 +0000", "009", body,
             domain="elmfieldcare.co.uk", parts=[rfc822(inner)])
    add("009-care-home-nok-list-chiropodist-csv.eml", m, "care_home_nok_list_wrong_recipient", ["csv", "care_home", "forward_rfc822", "unusual_header_nok", "resident_and_nok_rows", "containment"],
        identifiers={"date_of_birth": [dt.datetime.strptime(r[2], "%d/%m/%Y").date().isoformat() for r in rows],
                     "phone_number": [r[5] for r in rows], "email_address": [r[6] for r in rows if r[6]]},
        names=[r[0] for r in rows] + [r[3] for r in rows], ignorable_names=["Ruth Amankwah", "Gemma Foot"],
        ignorable={"email_address": ["ruth.amankwah@elmfieldcare.co.uk", "gemmafootcare@gmail.com", IG_ADDR],
                   "phone_number": ["0121 496 0655"]},
        subjects=12, special=[], severity=2, likelihood=2, reportable=False,
        basis=["6 vulnerable residents (names, DOB) and their 6 next of kin (names, phones, emails): 12 subjects; no health content",
               "sent to a self-employed chiropodist's gmail outside the trusted domains",
               "containment: recipient confirmed deletion in writing (likelihood -1)"])


# ======================================================================== 010
@part
def e010():
    nn = nhs("463905712")
    doc = docx_bytes([
        ("Heading 1", "Northfield Council - Adult Social Care"),
        ("Heading 2", "Care Act 2014 Needs Assessment and Financial Assessment Summary"),
        ("table", [["Person", "Mr Dennis Whitlock"],
                   ["Date of birth", "12 March 1940"],
                   ["NHS number", nn],
                   ["Address", "9 Primrose Hill Road, Northfield, B31 2QE"],
                   ["Mosaic ID", "1198402"],
                   ["Main contact / NOK", "Mrs Sharon Pearce (daughter) 07700 900 583, 44 Elm Tree Road, B31 5JG"],
                   ["Lasting Power of Attorney", "Health & Welfare and Property & Finance: Sharon Pearce"]]),
        ("Heading 2", "Summary of needs"),
        "Mr Whitlock has a diagnosis of vascular dementia (2023) and type 2 diabetes. He has had three falls since "
        "August and is doubly incontinent at night. He is not able to manage his medication safely and has missed "
        "insulin doses. He is at risk of self neglect. He lacks capacity to decide on his care arrangements (MCA "
        "assessment 03/11/2026).",
        ("Heading 2", "Financial assessment"),
        "State pension £221.20 pw, occupational pension £612.40 pm, Attendance Allowance higher rate. Savings: "
        "Nationwide account approx £23,400. Property owned outright (value not assessed - 12 week disregard applies). "
        "Assessed contribution £187.55 per week.",
        "Assessor: Bronwen Lloyd, Social Worker, Community Team South",
    ])
    body = """Good morning,

I am reporting a data breach. On 30/11 I emailed Mr Whitlock's Care Act assessment and financial
assessment summary (attached) to his son, Gary Whitlock, instead of his daughter Sharon Pearce who holds
LPA and is the main contact. I took the wrong email from the contacts tab in Mosaic - both are listed.

Sharon has since told me her brother is estranged from the family and there are "issues" over their dad's
money and the house. Gary has replied to me asking for a copy of the LPA and why he wasn't told his father's
savings were being used for care. So he has clearly read it. He has not said he will delete it.

I have informed my team manager (Craig Ellison).

Bronwen Lloyd
Social Worker, Community Team South
Adult Social Care, Northfield Council
Tel: 0121 496 0472
"""
    m = mail("Bronwen Lloyd <bronwen.lloyd@northfield.gov.uk>", IG, "Assessment sent to wrong family member",
             "Tue, 01 Dec 2026 09:03:00 +0000", "010", body, domain="northfield.gov.uk",
             parts=[attachment(doc, "Whitlock D - CA assessment and FA summary.docx", *DOCX)])
    add("010-la-assessment-wrong-family-member-docx.eml", m, "la_assessment_to_estranged_son", ["docx", "local_authority", "adult_social_care", "misdirected_email", "relative_is_subject"],
        identifiers={"nhs_number": [nn], "date_of_birth": ["1940-03-12"],
                     "address": ["9 Primrose Hill Road, Northfield, B31 2QE", "44 Elm Tree Road, B31 5JG"],
                     "postcode": ["B31 2QE", "B31 5JG"], "phone_number": ["07700 900 583"]},
        names=["Dennis Whitlock", "Sharon Pearce"], ignorable_names=["Bronwen Lloyd", "Gary Whitlock", "Craig Ellison"],
        ignorable={"email_address": ["bronwen.lloyd@northfield.gov.uk", IG_ADDR], "phone_number": ["0121 496 0472"],
                   "hospital_number": ["1198402"]},
        subjects=2, special=["health"], severity=4, likelihood=3, reportable=True,
        basis=["dementia, incontinence, capacity and full financial details of a vulnerable adult (DOCX)",
               "the daughter's (NOK/LPA) contact details and address also disclosed: 2 subjects",
               "sent to an estranged son outside the trusted domains who has read it; no deletion"])


# ======================================================================== 011
@part
def e011():
    doc = docx_bytes([
        ("Heading 1", "Adult Safeguarding Concern - Section 42 Enquiry"),
        ("table", [["Adult at risk", "Mrs Margaret Doyle"],
                   ["DOB", "23/03/1935"],
                   ["Address", "The Old Forge, Church Lane, Bramford, IP8 4AS"],
                   ["Person raising concern", "Mrs Funmilayo Adeyemi (neighbour), 2 Church Lane, Bramford, IP8 4AT, tel 01473 496629"],
                   ["Person alleged to be causing harm", "Liam Doyle (son)"],
                   ["Category of abuse", "Financial / material; psychological"]]),
        "Concern: Mrs Adeyemi reports that Mrs Doyle's son has been taking her bank card and collecting her pension. "
        "She has seen him shouting at his mother in the garden and Mrs Doyle has told her she is 'frightened of Liam'. "
        "Mrs Doyle has dementia (Alzheimer's) and is prescribed donepezil. The GP has noted bruising to both forearms "
        "on 10/11/2026.",
        "Mrs Adeyemi asked that her name is NOT shared with the family.",
        "Actions: enquiry opened. Strategy discussion with police 04/12/2026.",
    ])
    body = """To the IG Team,

I am reporting a very serious incident. This morning our business support officer sent the section 42
enquiry notification letter and the concern form (attached) to the people on the "involved parties" list in
Mosaic. Liam Doyle was on that list as next of kin, so he was sent the form - he is the person the allegation
is about.

Mrs Adeyemi, the neighbour who raised the concern, has just phoned in tears. Liam turned up at her door at
lunchtime, shouting that she was a liar and waving a printout of the form. She has called the police. I have
also informed Suffolk Police (the DC on the strategy discussion) and we are arranging an urgent visit to
Mrs Doyle.

Kiran Dhillon
Senior Practitioner, Adult Safeguarding Hub
Suffolk Adult Social Care
Tel 01473 496900 / 07700 900 720
"""
    m = mail("Kiran Dhillon <kiran.dhillon@suffolk-asc.gov.uk>", IG, "S42 referral sent to alleged abuser - neighbour threatened",
             "Wed, 02 Dec 2026 14:26:00 +0000", "011", body, domain="suffolk-asc.gov.uk",
             parts=[attachment(doc, "S42 concern form - DOYLE M.docx", *DOCX)])
    add("011-la-safeguarding-to-alleged-abuser-misuse.eml", m, "la_safeguarding_referral_to_alleged_abuser",
        ["docx", "local_authority", "adult_social_care", "safeguarding", "misuse", "third_party_referrer"],
        identifiers={"date_of_birth": ["1935-03-23"],
                     "address": ["The Old Forge, Church Lane, Bramford, IP8 4AS", "2 Church Lane, Bramford, IP8 4AT"],
                     "postcode": ["IP8 4AS", "IP8 4AT"], "phone_number": ["01473 496629"]},
        names=["Margaret Doyle", "Funmilayo Adeyemi"], ignorable_names=["Kiran Dhillon", "Liam Doyle"],
        ignorable={"email_address": ["kiran.dhillon@suffolk-asc.gov.uk", IG_ADDR], "phone_number": ["01473 496900", "07700 900 720"]},
        subjects=2, special=["health", "safeguarding"], severity=4, likelihood=5, reportable=True,
        basis=["safeguarding concern about a vulnerable adult with dementia, and the identity of the neighbour who raised it",
               "sent to the alleged abuser, who has confronted and threatened the referrer: misuse occurred",
               "the alleged abuser is the recipient and not counted as a subject"])


# ======================================================================== 012
@part
def e012():
    body = """hi sorry doing this from my phone on my break

mrs hansa patel dob 3/4/51 came in for her blister packs at the hatch and i gave her the bag for the OTHER
mrs patel (mrs sushila patel dob 17/9/1942, 48 Catherine st LE4 6EZ) by mistake. it had her warfarin,
bisoprolol and furosemide in it and the repeat slip with her details on. we only realised when sushila's
daughter came in at 4. we rang hansa's house no answer, shes 75 and doesnt really answer the phone.

dr m said to report it. both on warfarin so also worried about the doses

priya
reception, Belgrave Health Centre

Sent from Outlook for iOS
"""
    m = mail("Priya Mistry <p.mistry2@nhs.net>", IG, "gave wrong patient meds bag", "Thu, 03 Dec 2026 13:17:00 +0000", "012", body, cte="8bit")
    add("012-gp-phone-wrong-patient-meds-bag.eml", m, "gp_dispensing_wrong_patient_hurried", ["plain", "gp", "phone_lowercase", "cte_8bit", "integrity"],
        identifiers={"date_of_birth": ["1942-09-17"], "address": ["48 Catherine st, LE4 6EZ"], "postcode": ["LE4 6EZ"]},
        names=["Sushila Patel"], ignorable_names=["Priya Mistry", "Hansa Patel"],
        ignorable={"email_address": ["p.mistry2@nhs.net", IG_ADDR], "date_of_birth": ["1951-04-03"]},
        subjects=1, special=["health"], severity=3, likelihood=3, reportable=True,
        basis=["medication and repeat slip (health) of an identified patient handed to another patient",
               "not recovered; the recipient's own DOB is only context (she is the recipient)",
               "patient safety concern: both on warfarin"])


# ======================================================================== 013
@part
def e013():
    nn = nhs("745006213")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{{margin:0;font-family:Calibri,sans-serif;font-size:11pt}}</style></head>
<body lang="EN-GB">
<div class="WordSection1">
<p class="MsoNormal">Hi both,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Just to let you know one of our carers (Zara) left the wrong care plan folder at a client&#8217;s house on Tuesday
teatime. She picked up Mr Ó Súilleabháin&#8217;s folder with her own paperwork and put it down on the side at her next call
(Mrs Greenwood, 3 doors down). Mrs Greenwood&#8217;s son found it on Wednesday morning and rang the office.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The son says he opened it to see whose it was and read the front sheet. The front sheet has:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td><b>Name</b></td><td>Pádraig Ó Súilleabháin</td></tr>
<tr><td><b>DOB</b></td><td>06/01/1944</td></tr>
<tr><td><b>NHS No.</b></td><td>{dashed(nn)}</td></tr>
<tr><td><b>Address</b></td><td>15 Moorland Terrace, Halifax, HX2 0DQ</td></tr>
<tr><td><b>Diagnoses</b></td><td>COPD (home oxygen), heart failure, depression</td></tr>
<tr><td><b>Key safe</b></td><td>see office</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Our senior went and collected the folder the same morning, it is back in Mr Ó Súilleabháin&#8217;s home now and
we have checked nothing is missing. The son said he only looked at the first page. Zara has had a supervision.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kind regards</p>
<p class="MsoNormal"><b>Tracey Holroyd</b><br>Registered Manager<br>Calder Home Support Ltd<br>T: 01422 496350 &nbsp;|&nbsp; M: 07700 900 941</p>
<p class="MsoNormal"><span style="font-size:8pt;color:gray">This email and any attachments are confidential. If you have received it in error please notify the sender.</span></p>
</div></body></html>"""
    m = mail("Tracey Holroyd <tracey@calderhomesupport.co.uk>", IG, "Care plan folder left at another client's home",
             "Thu, 26 Nov 2026 12:30:00 +0000", "013", html=html, cte="b64", domain="calderhomesupport.co.uk",
             cc="Office <office@calderhomesupport.co.uk>")
    add("013-domcare-care-plan-left-html-only.eml", m, "domcare_care_plan_left_at_wrong_home", ["html_only", "cte_base64", "domiciliary_care", "lost_paper", "containment", "irish_name_accents"],
        identifiers={"nhs_number": [nn], "date_of_birth": ["1944-01-06"], "address": ["15 Moorland Terrace, Halifax, HX2 0DQ"],
                     "postcode": ["HX2 0DQ"]},
        names=["Pádraig Ó Súilleabháin"], ignorable_names=["Tracey Holroyd", "Zara", "Greenwood"],
        ignorable={"email_address": ["tracey@calderhomesupport.co.uk", "office@calderhomesupport.co.uk", IG_ADDR],
                   "phone_number": ["01422 496350", "07700 900 941"]},
        subjects=1, special=["health", "mental_health"], severity=4, likelihood=2, reportable=False,
        basis=["care plan front sheet with diagnoses incl. depression (mental health) of a vulnerable adult",
               "read by a neighbour's son (outside the organisation): likelihood 3",
               "containment: folder recovered the same morning, only the front sheet read (likelihood -1)"])


# ======================================================================== 014
@part
def e014():
    c = chi("140337", "48")  # 9th digit even: female
    body = f"""Hi there,

I am the manager at Tigh na Mara care home. I have found out today that one of my senior carers took a photo
of a resident's body map and falls form after she had a fall on Sunday night and posted it in our staff
WhatsApp group "TnM Team" to ask the day staff to keep an eye on the bruising. The group has 38 members,
including bank and agency staff and at least 4 people who no longer work here.

The form in the photo shows:
Name: Seonag NicLeòid
CHI: {c}
DOB: 14/03/1937
Room 12
Unwitnessed fall 02:40, skin tear L forearm, bruising R hip, on apixaban. NEWS 3. GP informed.

I have asked the carer to delete it from the group and she has, but it was up for nearly a day, 29 people
had seen it and WhatsApp saves photos to people's galleries automatically, so I can't say it's gone. We have set up a proper handover sheet instead.

Is this something that needs to go to the ICO? The Care Inspectorate notification is done.

Thanks
Fiona MacKinnon
Manager, Tigh na Mara Care Home, Oban
01631 496210
"""
    m = mail("Fiona MacKinnon <manager@tighnamara-care.co.uk>", IG, "Photo of resident paperwork on staff whatsapp",
             "Tue, 24 Nov 2026 17:55:00 +0000", "014", body, domain="tighnamara-care.co.uk", cte="8bit")
    add("014-care-home-whatsapp-photo-chi.eml", m, "care_home_staff_whatsapp_photo", ["plain", "care_home", "scotland_chi", "whatsapp", "gaelic_name", "cte_8bit"],
        identifiers={"chi_number": [c], "date_of_birth": ["1937-03-14"]},
        names=["Seonag NicLeòid"], ignorable_names=["Fiona MacKinnon"],
        ignorable={"email_address": ["manager@tighnamara-care.co.uk", IG_ADDR], "phone_number": ["01631 496210"]},
        subjects=1, special=["health"], severity=3, likelihood=3, reportable=True,
        basis=["injury and medication details (health) of a vulnerable resident identified by name and CHI",
               "posted to a WhatsApp group of 38 incl. agency staff and ex-employees on personal phones",
               "deleted from the group but copies cannot be ruled out: no proof of containment, likelihood kept at 3"])


# ======================================================================== 015
@part
def e015():
    nn = nhs("427510983")
    body = f"""Hi,

Not sure if this counts as it didn't actually go, but our PM said to send it in as a near miss.

I was emailing a discharge summary query to the ward at the Royal about our patient John Smith
(DOB 29/11/1966, NHS {nn}) and when I typed "john smith" Outlook autofilled john.smith1966@gmail.com, which
is an old email a patient with the same name used to send us his photos. I noticed the "external" banner
before I pressed send and deleted the draft. Nothing was sent.

Could we get the old external addresses cleared out of the autocomplete somehow?

Thanks
Bethany Hale
Admin / Secretaries team
Priory Fields Surgery
01904 496711
"""
    m = mail("Bethany Hale <bethany.hale@nhs.net>", IG, "near miss - autocomplete external address",
             "Fri, 27 Nov 2026 11:02:00 +0000", "015", body)
    add("015-gp-near-miss-autocomplete-caught.eml", m, "gp_near_miss_caught_before_sending", ["plain", "gp", "near_miss", "autocomplete"],
        identifiers={"nhs_number": [nn], "date_of_birth": ["1966-11-29"]},
        names=["John Smith"], ignorable_names=["Bethany Hale"],
        ignorable={"email_address": ["bethany.hale@nhs.net", "john.smith1966@gmail.com", IG_ADDR], "phone_number": ["01904 496711"]},
        subjects=1, special=[], near_miss=True, severity=1, likelihood=1, reportable=False,
        basis=["near miss: noticed before sending, draft deleted, nothing disclosed",
               "the patient is identifiable in the report itself, but no data left the practice"])


# ======================================================================== 016
@part
def e016():
    a, b, c = nhs("694220457"), nhs("458331906"), nhs("733048125")
    body = f"""Dear IG,

Logging a near miss please.

On Monday our admin apprentice ran the mail merge for the cervical screening recall letters and the print
order came out one off from the envelope labels. Our practice manager spotted it when checking the tray
before the Royal Mail collection - the first three envelopes had the wrong letters in them. No letters left
the building. We reprinted the whole batch and checked every one.

The three that were mixed up were:
  Ms Adaeze OKONKWO, DOB 02/05/1990, NHS {a} - letter was in envelope for Ms Lauren Tierney
  Ms Lauren TIERNEY, DOB 15/10/1987, NHS {b} - letter was in envelope for Mrs Nasreen Akhtar
  Mrs Nasreen AKHTAR, DOB 27/06/1984, NHS {c} - letter was in envelope for Ms Adaeze Okonkwo

(they are normal recall letters, not results)

Thanks,
Megan Price
Assistant Practice Manager
Heathside Medical Centre
Tel: 020 7946 0321
"""
    m = mail("Megan Price <megan.price9@nhs.net>", IG, "Near miss - screening letters in wrong envelopes (caught)",
             "Tue, 01 Dec 2026 10:18:00 +0000", "016", body)
    add("016-gp-near-miss-wrong-envelopes.eml", m, "gp_near_miss_mailmerge_envelopes", ["plain", "gp", "near_miss", "mail_merge"],
        identifiers={"nhs_number": [a, b, c], "date_of_birth": ["1990-05-02", "1987-10-15", "1984-06-27"]},
        names=["Adaeze Okonkwo", "Lauren Tierney", "Nasreen Akhtar"], ignorable_names=["Megan Price"],
        ignorable={"email_address": ["megan.price9@nhs.net", IG_ADDR], "phone_number": ["020 7946 0321"]},
        subjects=3, special=[], near_miss=True, severity=1, likelihood=1, reportable=False,
        basis=["near miss: caught in the outgoing post tray, no letter left the building",
               "screening recall letters (would have been health if disclosed)"])


# ======================================================================== 017
@part
def e017():
    body = """Hi IG,

FYI / near miss. At 15:20 today I tried to email a Carer's Assessment (Mrs Grace Mensah, carer for her husband
Kofi Mensah, Mosaic 2210937) to grace.mensah@outlook.com but typed gracemensah@outlook.co instead. The email
was held by the Egress DLP rule ("attachment contains personal data to unverified external domain") and I got
the quarantine notice. Egress confirm it was never delivered and I have released nothing. I have now sent it
to the correct address with Egress encryption.

Best wishes,
Tom Hargreaves
Carers Support Worker
Adult Social Care, Leeds City Council
0113 496 0855
"""
    m = mail("Tom Hargreaves <tom.hargreaves@leeds.gov.uk>", IG, "DLP blocked email - near miss",
             "Wed, 02 Dec 2026 15:41:00 +0000", "017", body, domain="leeds.gov.uk")
    add("017-la-near-miss-dlp-blocked.eml", m, "la_near_miss_dlp_quarantine", ["plain", "local_authority", "adult_social_care", "near_miss"],
        identifiers={"email_address": ["grace.mensah@outlook.com"]},
        names=["Grace Mensah", "Kofi Mensah"], ignorable_names=["Tom Hargreaves"],
        ignorable={"email_address": ["tom.hargreaves@leeds.gov.uk", "gracemensah@outlook.co", IG_ADDR], "phone_number": ["0113 496 0855"],
                   "hospital_number": ["2210937"]},
        subjects=2, special=[], near_miss=True, severity=1, likelihood=1, reportable=False,
        basis=["near miss: quarantined by DLP, never delivered (proof from Egress)",
               "carer and cared-for person named in the report"])


# ======================================================================== 018
@part
def e018():
    rel = [("Declan Quinn", "declan.quinn@btinternet.com"), ("Catrin Hopkins-Ward", "catrinhw@gmail.com"),
           ("Jaspreet Sohal", "jas.sohal@outlook.com"), ("Paul Lister", "paul.lister@gmail.com"),
           ("Marek Zielinski", "marek.zielinski@wp.pl"), ("Yvonne Barraclough", "yvonne.barraclough@sky.com"),
           ("Sunil Varma", "sunil.varma71@gmail.com"), ("Bernadette Keane", "bkeane@eircom.net"),
           ("Olumide Bankole", "o.bankole@yahoo.co.uk"), ("Lisa Cartwright", "lisacartwright@hotmail.com"),
           ("Gareth Rees", "gareth.rees@virginmedia.com"), ("Anne-Marie Fitzgerald", "amfitz@gmail.com"),
           ("Hui Zhang", "hui.zhang88@163.com"), ("Wendy Oakes", "wendyoakes1@aol.com")]
    to = ", ".join(f"{n} <{e}>" for n, e in rel)
    inner = f"""From: Elmfield Care Home <office@elmfieldcare.co.uk>
Sent: 04 December 2026 11:12
To: {to}
Subject: Christmas visiting arrangements at Elmfield

Dear families and friends,

We are delighted to share our plans for Christmas visiting. Visiting will be open 10am - 7pm every day
including Christmas Day. Our carol service is on Sunday 20th at 3pm - all welcome!

Please remember to sign in at reception and use the hand gel. If you have a cold or sickness please do not
visit for 48 hours.

Warm wishes,
The Elmfield team
"""
    body = f"""Hi,

One of our relatives has pointed out that the Christmas visiting email that went out this morning from the
office account had everybody's email addresses in the To: box instead of BCC. 14 families. I've copied the
original below. Two relatives have already "replied all". I've sent an apology asking people to delete it.

Ruth
Ruth Amankwah
Deputy Manager, Elmfield Care Home
0121 496 0655

-----Original Message-----
{inner}"""
    m = mail("Ruth Amankwah <ruth.amankwah@elmfieldcare.co.uk>", IG, "FW: Christmas visiting arrangements at Elmfield",
             "Fri, 04 Dec 2026 13:25:00 +0000", "018", body, domain="elmfieldcare.co.uk")
    add("018-care-home-to-not-bcc-relatives.eml", m, "care_home_group_email_to_not_bcc", ["plain", "care_home", "to_not_bcc", "forward_inline"],
        identifiers={"email_address": [e for _, e in rel]},
        names=[n for n, _ in rel], ignorable_names=["Ruth Amankwah"],
        ignorable={"email_address": ["ruth.amankwah@elmfieldcare.co.uk", "office@elmfieldcare.co.uk", IG_ADDR],
                   "phone_number": ["0121 496 0655"]},
        subjects=14, special=[], severity=2, likelihood=3, reportable=True,
        basis=["14 relatives' names and email addresses disclosed to each other (To instead of Bcc); reveals each has a relative in the care home",
               "external personal addresses; replies-all already sent, apology asked for deletion (no confirmation)"])


# ======================================================================== 019-023 non-reports

NONREPORT_BASIS = ["not a breach report: no personal data about any data subject"]


@part
def e019():
    body = """Thank you for your email. I am on annual leave until Monday 14th December with no access to email.

For urgent practice matters please contact our Assistant Practice Manager, Megan Price, on 020 7946 0321 or
email heathside.admin@nhs.net. For clinical queries please call the surgery on 020 7946 0300.

Kind regards
Deborah Nwachukwu
Practice Manager, Heathside Medical Centre
"""
    m = mail("Deborah Nwachukwu <deborah.nwachukwu@nhs.net>", IG, "Automatic reply: Near miss - screening letters in wrong envelopes (caught)",
             "Tue, 01 Dec 2026 10:18:04 +0000", "019", body,
             extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "In-Reply-To": mid("016")})
    add("019-nonreport-auto-reply.eml", m, "non_report_auto_reply", ["plain", "non_report", "auto_reply"],
        ignorable_names=["Deborah Nwachukwu", "Megan Price"],
        ignorable={"email_address": ["deborah.nwachukwu@nhs.net", "heathside.admin@nhs.net", IG_ADDR],
                   "phone_number": ["020 7946 0321", "020 7946 0300"]},
        subjects=0, basis=NONREPORT_BASIS + ["out-of-office auto-reply (Auto-Submitted: auto-replied)"])


@part
def e020():
    body = """Hiya,

Quick question from our nurses' meeting, not reporting anything!

If a patient's daughter rings up and asks for her mum's blood results, and mum is sitting next to her saying
"yes tell her", is that OK or do we need something in writing? And is it a breach if we do tell her and it
turns out mum didn't really want her to know? One of the HCAs said we'd be reported to the ICO.

Also - is it OK to text results to a mobile if the patient gave us the number themselves?

Thanks!
Claire Nuttall
Practice Nurse, Brookside Surgery
Ext 2261
"""
    m = mail("Claire Nuttall <claire.nuttall@nhs.net>", IG, "question re giving results to family",
             "Wed, 02 Dec 2026 12:04:00 +0000", "020", body)
    add("020-nonreport-training-question.eml", m, "non_report_training_question", ["plain", "non_report", "question"],
        ignorable_names=["Claire Nuttall"], ignorable={"email_address": ["claire.nuttall@nhs.net", IG_ADDR]},
        subjects=0, basis=NONREPORT_BASIS + ["general question about consent to share results"])


@part
def e021():
    html = """<html><body style="font-family:Arial">
<h2 style="color:#005eb8">IG Matters - December 2026</h2>
<p>Welcome to the winter edition of the ICB's Information Governance newsletter for GP practices and care providers.</p>
<h3>1. DSPT 2026/27</h3>
<p>The Data Security and Protection Toolkit submission deadline is <b>30 June 2027</b>. Practices should complete
their staff data security awareness training (95% target) before March.</p>
<h3>2. What went wrong this quarter</h3>
<ul>
<li>Letters sent to old addresses after patients moved - please check demographics against the Spine (PDS) before printing.</li>
<li>Group emails to patients or families with addresses visible - always use BCC or a mail merge.</li>
<li>Photos of care records on personal phones and WhatsApp groups.</li>
</ul>
<h3>3. Training dates</h3>
<p>Caldicott Guardian refresher: 14 January 2027, 10:00-12:00 (Teams). Book via the ICB training portal.</p>
<p>Contact the IG team on 0300 496 0150.</p>
<p style="font-size:9pt;color:#666">You are receiving this because you are on the ICB primary care IG distribution list.
<a href="https://icb.example.nhs.uk/ig/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    text = """IG Matters - December 2026

Welcome to the winter edition of the ICB's Information Governance newsletter for GP practices and care providers.

1. DSPT 2026/27
The Data Security and Protection Toolkit submission deadline is 30 June 2027. Practices should complete their
staff data security awareness training (95% target) before March.

2. What went wrong this quarter
- Letters sent to old addresses after patients moved - please check demographics against the Spine (PDS) before printing.
- Group emails to patients or families with addresses visible - always use BCC or a mail merge.
- Photos of care records on personal phones and WhatsApp groups.

3. Training dates
Caldicott Guardian refresher: 14 January 2027, 10:00-12:00 (Teams). Book via the ICB training portal.

Contact the IG team on 0300 496 0150.
Unsubscribe: https://icb.example.nhs.uk/ig/unsubscribe
"""
    inner = mail("ICB Information Governance <icb.ig@nhs.net>", "Primary Care IG list <primarycare.ig@nhs.net>",
                 "IG Matters - December 2026 newsletter", "Mon, 30 Nov 2026 08:00:00 +0000", "021a", body=text, html=html,
                 extra={"List-Unsubscribe": "<https://icb.example.nhs.uk/ig/unsubscribe>", "Precedence": "bulk"})
    body = "FYI for the breach mailbox log - not an incident.\n\nAlison\n"
    m = mail("Alison Croft <alison.croft@nhs.net>", IG, "FW: IG Matters - December 2026 newsletter",
             "Mon, 30 Nov 2026 09:14:00 +0000", "021", body, parts=[rfc822(inner)])
    add("021-nonreport-newsletter.eml", m, "non_report_newsletter", ["multipart_alternative", "html", "non_report", "newsletter", "forward_rfc822"],
        ignorable_names=["Alison Croft"],
        ignorable={"email_address": ["alison.croft@nhs.net", "icb.ig@nhs.net", "primarycare.ig@nhs.net", IG_ADDR],
                   "phone_number": ["0300 496 0150"]},
        subjects=0, basis=NONREPORT_BASIS + ["ICB newsletter forwarded for information"])


@part
def e022():
    body = """Good afternoon,

We are clearing out our basement storeroom and have boxes of old MAR charts, daily notes and care plans for
residents who have died or moved on, going back to about 2012. How long do we legally have to keep these? Can
we use the normal confidential shredding company or does it need a certificate of destruction?

Also we use an electronic care planning system now (since 2021) - do we need to keep the paper ones at all if
everything was scanned?

Many thanks,
Joyce Mbeki
Registered Manager
Larchwood Lodge Nursing Home
Tel 01752 496433
"""
    m = mail("Joyce Mbeki <joyce.mbeki@larchwoodlodge.co.uk>", IG, "Retention of old care records - query",
             "Thu, 03 Dec 2026 14:10:00 +0000", "022", body, domain="larchwoodlodge.co.uk")
    add("022-nonreport-retention-policy-query.eml", m, "non_report_policy_query", ["plain", "non_report", "care_home", "policy_query"],
        ignorable_names=["Joyce Mbeki"],
        ignorable={"email_address": ["joyce.mbeki@larchwoodlodge.co.uk", IG_ADDR], "phone_number": ["01752 496433"]},
        subjects=0, basis=NONREPORT_BASIS + ["records retention question"])


@part
def e023():
    body = """Notes - Primary Care & Social Care IG Group, 3 December 2026, 14:00 (Teams)

Present: Alison Croft (chair, ICB IG lead), Dr Samuel Osei (Caldicott Guardian), Lorraine Tuckwell
(Orwell Valley MG), Ruth Amankwah (Elmfield Care Home), Kiran Dhillon (ASC Safeguarding Hub)
Apologies: Deborah Nwachukwu

1. Breach mailbox figures for November: 41 emails, 29 incidents, 6 reported to the ICO, 5 near misses.
   Most common: misdirected post (9), email to wrong recipient (8), To not BCC (3).
2. Lost/stolen devices: reminder that locums must not download lists to personal devices. AC to update the
   locum induction pack.
3. WhatsApp: group agreed a template policy for care homes - no photos of residents or records on personal
   phones. RA to trial in Elmfield.
4. Safeguarding hub: Mosaic "involved parties" list to be reviewed so alleged perpetrators are never
   auto-included in correspondence. KD to raise with the system supplier.

Actions: AC, RA, KD as above. Next meeting 7 January 2027.
"""
    m = mail("Alison Croft <alison.croft@nhs.net>", IG, "Notes - IG Group 3 Dec", "Fri, 04 Dec 2026 09:30:00 +0000", "023", body,
             cc="Samuel Osei <samuel.osei@nhs.net>")
    add("023-nonreport-meeting-notes.eml", m, "non_report_meeting_note", ["plain", "non_report", "meeting_note"],
        ignorable_names=["Alison Croft", "Samuel Osei", "Lorraine Tuckwell", "Ruth Amankwah", "Kiran Dhillon", "Deborah Nwachukwu"],
        ignorable={"email_address": ["alison.croft@nhs.net", "samuel.osei@nhs.net", IG_ADDR]},
        subjects=0, basis=NONREPORT_BASIS + ["meeting notes: counts only, staff names only"])


# ======================================================================== 024
@part
def e024():
    rows = [
        ("Mrs Joan Pickles", "22 Ash Street", "Bolton", "BL1 4JP", "01204 496311", "Tue/Thu am - personal care + shower, early dementia"),
        ("Mr Arthur Leigh", "7 Sefton Road", "Bolton", "BL1 6HR", "01204 496588", "Daily lunch call - meal prep, diabetic"),
        ("Mrs Parveen Akhtar", "131 Derby Street", "Bolton", "BL3 6HE", "07700 900 470", "Mon-Fri am - personal care, MS, wheelchair user"),
        ("Mr Desmond Clarke", "4 Hollins Close", "Farnworth", "BL4 9QG", "01204 496902", "Evening call - meds prompt, lives alone"),
        ("Mrs Irena Sokolowska", "56 Highfield Road", "Farnworth", "BL4 0RA", "07700 900 815", "Sit service Sat 2-5pm, Alzheimers"),
        ("Mr Brian Heywood", "19 Plodder Lane", "Farnworth", "BL4 0BU", "01204 496177", "Tue/Fri - shopping + companionship"),
    ]
    csv = csv_text(rows, lineterminator="\r\n")
    body = """Hi,

I need to report something that I think is a serious breach. A carer who left us 3 weeks ago (Nicola
Tonge) has set up on her own and has been phoning our clients offering them "cheaper private care". Three
clients/families have told us so far (Mrs Pickles' daughter, Mr Clarke himself and Mrs Sokolowska's son).
She must have taken the client run sheet with her or photographed it - she was the only one who had the
Farnworth/Bolton North run.

The attached is an export of exactly what was on the run sheet she had (no headers, it comes out of the
system like that). We have written to her asking her to return/destroy it and stop contacting clients. We
are thinking of going to the police.

Thanks
Shazia Begum
Branch Manager
Willowbank Care Services, Bolton
01204 496640
"""
    m = mail("Shazia Begum <shazia.begum@willowbankcare.co.uk>", IG, "Ex carer using our client list to contact clients",
             "Mon, 30 Nov 2026 16:02:00 +0000", "024", body, domain="willowbankcare.co.uk",
             parts=[csv_part(csv, "run_sheet_export_BN2.csv")])
    add("024-domcare-ex-carer-misuse-csv-no-header.eml", m, "domcare_client_list_misused_by_ex_carer", ["csv", "csv_no_header", "domiciliary_care", "misuse", "insider"],
        identifiers={"address": [f"{r[1]}, {r[2]}, {r[3]}" for r in rows], "postcode": [r[3] for r in rows], "phone_number": [r[4] for r in rows]},
        names=[r[0] for r in rows], ignorable_names=["Shazia Begum", "Nicola Tonge"],
        ignorable={"email_address": ["shazia.begum@willowbankcare.co.uk", IG_ADDR], "phone_number": ["01204 496640"]},
        subjects=6, special=["health"], severity=3, likelihood=5, reportable=True,
        basis=["names, addresses, phones and care needs (dementia, MS, diabetes) of 6 vulnerable adults (CSV, no header row)",
               "former employee has used the list to cold-call clients: misuse occurred"])


# ======================================================================== 025
@part
def e025():
    nn = nhs("658117204")
    body = f"""Hi

Another one for you I'm afraid. A patient (Mrs Kirsty Rowlands) rang the surgery this morning very upset - she
had logged into the NHS App to look at her records and found a hospital letter in her documents that wasn't
about her. It had been filed to her record by our docman team on 23/11 instead of the right patient.

The letter was from the community mental health team:

    Re: Mr Rhodri BEVAN   DOB 11/04/1992   NHS No {spaced(nn)}   Hosp No M4482913
    7 Heol Penlan, Swansea, SA5 7AB

    Diagnosis: bipolar affective disorder, recent manic episode requiring home treatment. Lithium level 0.6.
    Disclosed cannabis use daily. Plan: continue lithium, review by Dr Iqbal in 6 weeks.

Mrs Rowlands says she doesn't know Mr Bevan but she read the whole letter. We have removed it from her record
and filed it correctly. I've apologised to her. She said she won't tell anyone but she's cross about her own
records being messed up.

Carys
Carys Morgan
Practice Manager | Penlan Surgery
01792 496288
"""
    m = mail("Carys Morgan <carys.morgan@wales.nhs.uk>", IG, "letter filed to wrong patient record - seen on NHS App",
             "Tue, 01 Dec 2026 11:48:00 +0000", "025", body, domain="wales.nhs.uk")
    add("025-gp-misfiled-letter-seen-in-nhs-app.eml", m, "gp_misfiled_document_patient_online_access", ["plain", "gp", "misfiled", "patient_online_access", "hospital_number"],
        identifiers={"nhs_number": [nn], "date_of_birth": ["1992-04-11"], "hospital_number": ["M4482913"],
                     "address": ["7 Heol Penlan, Swansea, SA5 7AB"], "postcode": ["SA5 7AB"]},
        names=["Rhodri Bevan"], ignorable_names=["Carys Morgan", "Kirsty Rowlands", "Iqbal"],
        ignorable={"email_address": ["carys.morgan@wales.nhs.uk", IG_ADDR], "phone_number": ["01792 496288"]},
        subjects=1, special=["health", "mental_health", "substance_misuse"], severity=4, likelihood=2, reportable=False,
        basis=["mental health diagnosis and drug use of an identified patient",
               "read by an unrelated member of the public via patient online access (likelihood 3)",
               "containment: letter removed from her record and she has given an assurance (likelihood -1)",
               "integrity: misfiled in the wrong record"])


# ======================================================================== 026
@part
def e026():
    pdfb = pdf_bytes([[
        "# Statement of Fitness for Work - for social security or Statutory Sick Pay",
        "Patient's name: Mr Oluwaseun ADEBAYO-JOHNSON",
        "Date of birth: 21/06/1983",
        "National Insurance number: JT 48 21 95 C",
        "I assessed your case on: 24/11/2026",
        "and, because of the following condition(s): Work related stress, anxiety and depression. Started on",
        "citalopram. Under CMHT crisis team review.",
        "I advise you that you are not fit for work.",
        "This will be the case for 4 weeks, from 24/11/2026 to 21/12/2026.",
        "I will need to assess your fitness for work again at the end of this period.",
        "Doctor's signature: Dr L Fairbrother     Date of statement: 24/11/2026",
        "Doctor's address: Canal Side Medical Practice, 3 Wharf Street, Leicester, LE1 2AF",
    ]])
    body = """Hello,

I have sent the wrong fit note to an employer. Patient A (Mrs Dimitra Papadopoulou) asked us to email her fit
note to her manager at Lindum Logistics. I attached the fit note from the scanner tray without checking and it
was another patient's (attached). So the other patient's sick note with his diagnosis has gone to a private
company's HR inbox (hr@lindumlogistics.co.uk).

I've emailed them asking them to delete and confirm. They have not replied yet. Mrs Papadopoulou has now had
the right one. Mr Adebayo-Johnson doesn't work there as far as we know.

Apologies,
Ewa Kaczmarek
Receptionist
Canal Side Medical Practice
0116 496 0533
"""
    m = mail("Ewa Kaczmarek <ewa.kaczmarek@nhs.net>", IG, "wrong fit note sent to employer",
             "Wed, 25 Nov 2026 10:07:00 +0000", "026", body,
             parts=[attachment(pdfb, "fitnote_scan_0042.pdf", *PDF)])
    add("026-gp-wrong-fit-note-to-employer-pdf.eml", m, "gp_wrong_attachment_fit_note", ["pdf", "gp", "wrong_attachment", "ni_number"],
        identifiers={"date_of_birth": ["1983-06-21"], "ni_number": ["JT482195C"]},
        names=["Oluwaseun Adebayo-Johnson"], ignorable_names=["Ewa Kaczmarek", "Dimitra Papadopoulou", "L Fairbrother"],
        ignorable={"email_address": ["ewa.kaczmarek@nhs.net", "hr@lindumlogistics.co.uk", IG_ADDR], "phone_number": ["0116 496 0533"],
                   "address": ["3 Wharf Street, Leicester, LE1 2AF"], "postcode": ["LE1 2AF"]},
        subjects=1, special=["health", "mental_health"], severity=4, likelihood=3, reportable=True,
        basis=["fit note with anxiety/depression and crisis team involvement, NI number (PDF)",
               "sent to a private company's HR mailbox outside the trusted domains; no deletion confirmed"])


# ======================================================================== 027
@part
def e027():
    res = [("Mrs Winifred Lomax", "07/07/1930", nhs("466210993")),
           ("Mr Tadeusz Lewandowski", "13/01/1938", nhs("612477301")),
           ("Mrs Gladys Ofori", "22/10/1941", nhs("729904116")),
           ("Mr Alan Sutcliffe", "03/03/1947", nhs("948330251"))]
    meds = [(0, "Donepezil 10mg", "1 at night", "22:00"), (0, "Paracetamol 1g", "QDS", "08/12/17/22"),
            (0, "Sertraline 50mg", "1 mane", "08:00"),
            (1, "Apixaban 5mg", "1 BD", "08/18"), (1, "Bisoprolol 2.5mg", "1 mane", "08:00"),
            (1, "Tamsulosin 400mcg", "1 nocte", "22:00"),
            (2, "Metformin 500mg", "1 BD with food", "08/17"), (2, "Haloperidol 500mcg", "PRN agitation max 2 in 24h", "PRN"),
            (3, "Levodopa/carbidopa 100/25", "1 QDS", "07/11/15/19"), (3, "Quetiapine 25mg", "1 nocte", "22:00"),
            (3, "Movicol sachet", "1 daily", "08:00")]
    rows = [(res[i][0], res[i][1], int(res[i][2]), med, dose, t) for i, med, dose, t in meds]  # NHS No as a number cell
    wb = xlsx([("MAR Dec cycle", [("Resident", "DOB", "NHS No", "Medicine", "Directions", "Admin times")] + rows)])
    body = """Morning,

Our deputy emailed the December MAR chart changes for 4 residents (attached) to the wrong pharmacy's NHSmail
shared box - it went to Hollins Pharmacy instead of Hillside Pharmacy, both in the address book. Hollins
rang us and have deleted it. Reporting because our policy says so.

Thanks
Mandeep Sahota
Manager, Brookvale Care Home
Tel 01484 496707
"""
    m = mail("Mandeep Sahota <brookvale.carehome@nhs.net>", IG, "MAR charts to wrong pharmacy",
             "Thu, 03 Dec 2026 09:20:00 +0000", "027", body,
             parts=[attachment(wb, "MAR changes Dec.xlsx", *XLSX)])
    add("027-care-home-mar-chart-wrong-pharmacy-xlsx.eml", m, "care_home_mar_chart_wrong_pharmacy", ["xlsx", "care_home", "mar_chart", "internal_nhs", "containment", "multiple_rows_per_subject"],
        identifiers={"nhs_number": [r[2] for r in res],
                     "date_of_birth": [dt.datetime.strptime(r[1], "%d/%m/%Y").date().isoformat() for r in res]},
        names=[r[0] for r in res], ignorable_names=["Mandeep Sahota"],
        ignorable={"email_address": ["brookvale.carehome@nhs.net", IG_ADDR], "phone_number": ["01484 496707"]},
        subjects=4, special=["health"], severity=3, likelihood=2, reportable=False,
        basis=["medication (MAR) details of 4 vulnerable residents, 11 rows (XLSX)",
               "sent to another community pharmacy inside the trusted domains (nhs.net), which deleted it"])


# ======================================================================== 028
@part
def e028():
    body = """Hi,

I'm really sorry, I have lost my work notebook. I think I left it on the 17:42 Northern train from Leeds to
Harrogate last night (Tuesday) - I had it in my bag at Leeds and it wasn't there when I got home. I've
reported it to Northern lost property (ref NT-LP-559210) and the British Transport Police. Nothing handed in
yet.

It has my handwritten notes from three home visits yesterday:
 - Mr Ahmed Raza, 12 Harehills Lane, Leeds LS8 5HS - review, hoarding and self neglect concerns, lives alone
 - Mrs Bronagh Kelly, 33 Spencer Place, Leeds LS7 4BR - carer breakdown, her husband (Francis Kelly) has
   Parkinson's, she said she "can't cope" and has thoughts of harming herself
 - Ms Chantelle Morris, Flat 2, 9 Roundhay Road, LS7 1AB - learning disability, financial abuse concern re her
   boyfriend, safeguarding referral to follow

There are no NHS numbers or dates of birth in it but the names and addresses are there.

Emma Sykes
Social Worker, Adult Social Care (East)
Leeds City Council
0113 496 0120 / 07700 900 264
"""
    m = mail("Emma Sykes <emma.sykes@leeds.gov.uk>", IG, "Lost notebook with client notes", "Wed, 02 Dec 2026 08:34:00 +0000", "028", body,
             domain="leeds.gov.uk")
    add("028-la-social-worker-lost-notebook.eml", m, "la_lost_paper_notebook", ["plain", "local_authority", "adult_social_care", "lost_paper"],
        identifiers={"address": ["12 Harehills Lane, Leeds LS8 5HS", "33 Spencer Place, Leeds LS7 4BR", "Flat 2, 9 Roundhay Road, LS7 1AB"],
                     "postcode": ["LS8 5HS", "LS7 4BR", "LS7 1AB"]},
        names=["Ahmed Raza", "Bronagh Kelly", "Francis Kelly", "Chantelle Morris"], ignorable_names=["Emma Sykes"],
        ignorable={"email_address": ["emma.sykes@leeds.gov.uk", IG_ADDR], "phone_number": ["0113 496 0120", "07700 900 264"]},
        subjects=4, special=["health", "mental_health", "safeguarding"], severity=4, likelihood=3, reportable=True,
        basis=["handwritten notes on 4 people incl. self-harm thoughts, Parkinson's, learning disability and a safeguarding concern",
               "lost on a public train; not recovered"])


# ======================================================================== 029
@part
def e029():
    hc = nhs("364120587")
    body = f"""Hi

Reporting an incident at our practice. Yesterday I emailed a copy of a hospital discharge letter to a patient
who had asked for it - but I sent it to the wrong patient with the same first name and similar surname
(both "Niamh Mc..." on the system). The patient it went to rang this morning and said she had opened it, and
has deleted it and emptied her deleted folder.

The letter was about:
Niamh McCAFFERTY, D.O.B. 08/08/1975, H&C No. {spaced(hc)}
44 Ormeau Road, Belfast, BT7 1SH
Admitted with a DVT, started on rivaroxaban, for follow up in anticoagulation clinic.

Regards
Gráinne Boyle
Receptionist, Ormeau Park Surgery
028 9049 6012
"""
    m = mail("Gráinne Boyle <grainne.boyle@ormeaupark.hscni.net>", IG, "letter emailed to wrong patient",
             "Fri, 04 Dec 2026 10:41:00 +0000", "029", body, domain="ormeaupark.hscni.net", cte="8bit")
    add("029-gp-ni-hc-letter-wrong-patient.eml", m, "gp_ni_letter_emailed_wrong_patient", ["plain", "gp", "northern_ireland_hc", "misdirected_email", "containment", "cte_8bit"],
        identifiers={"hc_number": [hc], "date_of_birth": ["1975-08-08"], "address": ["44 Ormeau Road, Belfast, BT7 1SH"],
                     "postcode": ["BT7 1SH"]},
        names=["Niamh McCafferty"], ignorable_names=["Gráinne Boyle"],
        ignorable={"email_address": ["grainne.boyle@ormeaupark.hscni.net", IG_ADDR], "phone_number": ["028 9049 6012"]},
        subjects=1, special=["health"], severity=3, likelihood=2, reportable=False,
        basis=["discharge letter (DVT, anticoagulation) of an identified patient, H&C number",
               "emailed to another member of the public outside the trusted domains",
               "containment: recipient says she deleted it and emptied deleted items (likelihood -1)"])


# ======================================================================== 030
@part
def e030():
    nn = nhs("702559863")
    body = f"""Dear IG,

I'm the practice manager at Greenbank Surgery and I need to report an inappropriate access to a record
(snooping) by a member of our reception team.

A patient, Ms Chloe Featherstone (DOB 05/02/1998, NHS {nn}), contacted us because her ex-partner's new partner
works on our reception and knew things about her she shouldn't. We ran an SystmOne audit trail on her record:
the receptionist (Leanne Duckworth) opened it 14 times between August and November with no work reason,
including the consultation where Ms Featherstone was referred for a termination of pregnancy, and her sexual
health screen results.

The receptionist has been suspended pending investigation. HR and our Caldicott Guardian (Dr Osei) know.
Ms Featherstone has said she will be going to the ICO herself.

Kind regards
Michelle Hartley
Practice Manager
Greenbank Surgery
01254 496180
"""
    m = mail("Michelle Hartley <michelle.hartley@nhs.net>", IG, "Inappropriate access to patient record by staff",
             "Fri, 04 Dec 2026 15:55:00 +0000", "030", body)
    add("030-gp-staff-snooping-audit.eml", m, "gp_staff_snooping_ex_partner", ["plain", "gp", "snooping", "insider", "misuse"],
        identifiers={"nhs_number": [nn], "date_of_birth": ["1998-02-05"]},
        names=["Chloe Featherstone"], ignorable_names=["Michelle Hartley", "Leanne Duckworth", "Osei"],
        ignorable={"email_address": ["michelle.hartley@nhs.net", IG_ADDR], "phone_number": ["01254 496180"]},
        subjects=1, special=["health", "reproductive_health", "sexual_health"], severity=4, likelihood=5, reportable=True,
        basis=["termination of pregnancy referral and sexual health results viewed",
               "unauthorised access by a staff member confirmed by audit trail, information used against the patient: misuse occurred"])


# ======================================================================== 031
@part
def e031():
    quoted = """> From: Lynne Marsden <lynne.marsden62@btinternet.com>
> Sent: 28 November 2026 19:22
> To: Data Protection <dataprotection@northfield.gov.uk>
> Subject: Wrong letter in my mother's envelope
>
> Hello,
>
> I look after my mum's post (I have power of attorney). Today her envelope from Adult Social Care
> Finance had somebody else's letter inside instead of hers. It is addressed to a Mr Gerald Pike,
> 8 Linden Avenue, Northfield, B31 4RT, and it says his assessed weekly charge for his care is
> £312.50 from 7 December, it lists his pension and his Pension Credit, and it says he has
> £1,940 in a Lloyds account. His client reference is on it too, FA-0087734.
>
> I don't think it's right I can see all this about a stranger. What do you want me to do with it?
> And where is my mum's letter - has that gone to him?
>
> Lynne Marsden
> 07700 900 619
"""
    body = f"""Hi Breach team,

Forwarding a report from a member of the public (an attorney for one of our service users). Finance have
confirmed a batch of 40 charging letters went out on 26/11 from the new print supplier; we are checking if
others were swapped. I've asked Mrs Marsden to return the letter in the prepaid envelope. Her mother's
letter does not seem to have gone to Mr Pike (his envelope came back to us as "gone away").

Rob Ashton
Information Governance Officer
Northfield Council
0121 496 0300

{quoted}"""
    m = mail("Rob Ashton <rob.ashton@northfield.gov.uk>", IG, "FW: Wrong letter in my mother's envelope",
             "Mon, 30 Nov 2026 09:05:00 +0000", "031", body, domain="northfield.gov.uk",
             extra={"In-Reply-To": "<20261128192201.6f2a@btinternet.com>"})
    add("031-la-charging-letter-wrong-envelope-relative-reports.eml", m, "la_financial_letter_wrong_envelope", ["plain", "local_authority", "adult_social_care", "quoted_reply", "financial", "member_of_public_reports"],
        identifiers={"address": ["8 Linden Avenue, Northfield, B31 4RT"], "postcode": ["B31 4RT"]},
        names=["Gerald Pike"], ignorable_names=["Rob Ashton", "Lynne Marsden"],
        ignorable={"email_address": ["rob.ashton@northfield.gov.uk", "lynne.marsden62@btinternet.com", "dataprotection@northfield.gov.uk", IG_ADDR],
                   "phone_number": ["0121 496 0300", "07700 900 619"], "hospital_number": ["FA-0087734"]},
        subjects=1, special=[], severity=4, likelihood=3, reportable=True,
        basis=["financial details (care charges, pension, bank balance) of an identified service user",
               "received and read by a member of the public; letter not yet returned"])


# ======================================================================== 032
@part
def e032():
    nn = nhs("455670128")
    body = f"""Morning - please log urgently.

At 08:55 this morning our care coordinator sent the flu clinic batch text (accuRx) to 312 patients. She had
the wrong template open and it included a document link that had been attached for one patient yesterday.
Anyone who clicked the link could open the PDF, which is a letter to:

Mr Imran Qureshi, DOB 30/01/1979, NHS No {nn}
re: "your recent liver function tests and ultrasound show fatty liver disease, likely alcohol related.
Please make an appointment to discuss alcohol reduction and a referral to the community alcohol team."

accuRx show 47 patients opened the link before we disabled it at 09:40. 3 patients have already phoned
asking who Mr Qureshi is, and one said her husband knows him from the mosque.

Dr Hannah Blackwood
GP Partner / IG lead
Westgate Surgery
01924 496410
"""
    m = mail("Hannah Blackwood <hannah.blackwood@nhs.net>", IG, "URGENT batch SMS sent with patient letter link to 312 patients",
             "Fri, 04 Dec 2026 10:02:00 +0000", "032", body, extra={"Importance": "high", "X-Priority": "1"})
    add("032-gp-batch-sms-with-patient-document.eml", m, "gp_batch_sms_wrong_document", ["plain", "gp", "sms", "bulk_disclosure", "special_by_context"],
        identifiers={"nhs_number": [nn], "date_of_birth": ["1979-01-30"]},
        names=["Imran Qureshi"], ignorable_names=["Hannah Blackwood"],
        ignorable={"email_address": ["hannah.blackwood@nhs.net", IG_ADDR], "phone_number": ["01924 496410"]},
        subjects=1, special=["health", "substance_misuse"], severity=4, likelihood=4, reportable=True,
        basis=["alcohol-related liver disease (substance misuse) of an identified patient",
               "link sent to 312 members of the public, opened by 47 and discussed in the community: wide disclosure, close to published"])


# ======================================================================== 033
@part
def e033():
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000050A4F2B7D3C0DB01000000000000000010000000
DTSTAMP:20261201T120000Z
DTSTART:20261210T140000Z
DTEND:20261210T150000Z
SUMMARY:Breach review - monthly (GP & care providers)
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Alison Croft:mailto:alison.croft@nhs.net
ATTENDEE;CN=Information Governance;RSVP=TRUE:mailto:ig.incidents@nhs.net
DESCRIPTION:Monthly review of breach mailbox incidents. Please bring your Datix numbers only - no patient details in the chat.
END:VEVENT
END:VCALENDAR
"""
    body = """Monthly review of breach mailbox incidents.

Please bring your Datix numbers only - no patient details in the chat.

Microsoft Teams meeting
Join on your computer, mobile app or room device
Meeting ID: 364 118 402 77
Passcode: aB3xQ9
"""
    cal = MIMEText(ics, "calendar", "utf-8")
    cal.set_param("method", "REQUEST")
    m = MIMEMultipart("alternative", boundary=boundary("033"))
    m.attach(text_part(body))
    m.attach(cal)
    hdrs(m, "Alison Croft <alison.croft@nhs.net>", IG, "Breach review - monthly (GP & care providers)",
         "Tue, 01 Dec 2026 12:00:00 +0000", "033")
    add("033-nonreport-meeting-invite-ics.eml", m, "non_report_meeting_invite", ["multipart_alternative", "text_calendar", "non_report", "meeting_invite"],
        ignorable_names=["Alison Croft"], ignorable={"email_address": ["alison.croft@nhs.net", IG_ADDR]},
        subjects=0, basis=NONREPORT_BASIS + ["Teams meeting invitation (text/calendar); the meeting ID is not a health number"])


# ======================================================================== 034
@part
def e034():
    nn = nhs("761884530")
    inner = f"""From: Discharge Team (Airedale General) <discharge.lounge@nhs.net>
Sent: 04 December 2026 16:48
To: enquiries@hawthornbankcare.co.uk
Subject: Discharge summary - transfer back to care home

Please find discharge summary for your resident returning today by PTS.

DISCHARGE SUMMARY
Patient: Mr Ravinder SINGH BAINS
Hospital number: AGH0934471   NHS number: {dashed(nn)}
DOB: 18/05/1936
Admitted: 26/11/2026   Discharged: 04/12/2026   Ward 9
Diagnosis: Aspiration pneumonia. Background: Parkinson's disease, dementia, MRSA colonised (nose/groin),
grade 3 pressure ulcer sacrum.
Medication changes: co-amoxiclav stopped; continue Madopar; new thickened fluids level 2.
Resuscitation: DNACPR in place (copy travels with patient).
Usual residence: Hawthorn Lodge Care Home, Skipton Road, Keighley, BD20 6SE
"""
    body = f"""Hi there,

We received the email below yesterday afternoon (Friday). It isn't our resident - we are Hawthorn BANK in Bingley,
the gentleman lives at Hawthorn LODGE in Keighley. I've phoned the discharge team to let them know so they
can send it to the right place (and check the resident got there with his transfer paperwork!). I have
deleted it from our inbox and deleted items.

Reporting as the hospital asked us to send it to the ICB breach mailbox.

Kind regards
Sophie Wainwright
Administrator, Hawthorn Bank Care Home
01274 496561

{inner}"""
    m = mail("Sophie Wainwright <enquiries@hawthornbankcare.co.uk>", IG, "FW: Discharge summary - transfer back to care home",
             "Sat, 05 Dec 2026 09:12:00 +0000", "034", body, domain="hawthornbankcare.co.uk")
    add("034-care-home-received-wrong-discharge-summary.eml", m, "hospital_discharge_to_wrong_care_home_recipient_reports",
        ["plain", "care_home", "forward_inline", "recipient_reports", "hospital_number", "containment"],
        identifiers={"nhs_number": [nn], "hospital_number": ["AGH0934471"], "date_of_birth": ["1936-05-18"]},
        names=["Ravinder Singh Bains"], ignorable_names=["Sophie Wainwright"],
        ignorable={"email_address": ["enquiries@hawthornbankcare.co.uk", "discharge.lounge@nhs.net", IG_ADDR],
                   "phone_number": ["01274 496561"], "address": ["Skipton Road, Keighley, BD20 6SE"], "postcode": ["BD20 6SE"]},
        subjects=1, special=["health"], severity=3, likelihood=2, reportable=False,
        basis=["discharge summary (diagnoses, MRSA, DNACPR) of a vulnerable care-home resident",
               "sent to the wrong care home outside the trusted domains (likelihood 3)",
               "containment: the receiving care home confirms it deleted it from inbox and deleted items (likelihood -1)",
               "the care home's address is the resident's usual residence but is a business address: ignorable"])


# ======================================================================== 035
@part
def e035():
    nn = nhs("619337042")
    body = f"""Hi, not sure if I've done something wrong so reporting to be safe.

This morning I emailed Mrs Ceridwen Parry's updated care plan review to her daughter, Mrs Elen Roberts
(elen.roberts@btinternet.com), because she asked for it after the review meeting. It had Mrs Parry's name,
DOB 09/09/1933, NHS number {nn} and her care needs (diabetes, mobility, skin integrity) in it.

Afterwards one of the carers said we're "not allowed to send care plans to family by email". I've checked
the file and Mrs Roberts has registered Health and Welfare LPA (copy on file, checked with OPG in 2024) and
Mrs Parry's consent form says to share everything with Elen. I used our secure email.

Have I caused a breach?

Thanks
Kelly Jones
Senior Carer, Bryn Awel Residential Home
01745 496218
"""
    m = mail("Kelly Jones <kelly.jones@brynawel-care.co.uk>", IG, "care plan sent to daughter - is this ok?",
             "Thu, 03 Dec 2026 11:34:00 +0000", "035", body, domain="brynawel-care.co.uk")
    add("035-care-home-authorised-sharing-not-a-breach.eml", m, "care_home_authorised_share_worried_staff", ["plain", "care_home", "not_a_breach", "authorised_disclosure"],
        identifiers={"nhs_number": [nn], "date_of_birth": ["1933-09-09"]},
        names=["Ceridwen Parry"], ignorable_names=["Kelly Jones", "Elen Roberts"],
        ignorable={"email_address": ["kelly.jones@brynawel-care.co.uk", "elen.roberts@btinternet.com", IG_ADDR],
                   "phone_number": ["01745 496218"]},
        subjects=1, special=["health"], severity=1, likelihood=1, reportable=False,
        basis=["not a breach: authorised disclosure to the resident's registered Health and Welfare attorney, with consent on file, by secure email",
               "personal data present in the report, but no unauthorised disclosure occurred"])


# ======================================================================== 036
@part
def e036():
    nn = nhs("480113656")
    body = f"""Dear IG team

I'm reporting a serious disclosure by telephone at our practice.

On Monday 30th a man rang reception saying he was the husband of our patient Ms Yasmin Chowdhury (NHS {spaced(nn)},
DOB 14/08/1990) and that he needed her "new address for a letter from the council". The receptionist didn't
do the ID checks and read out her address: 27 Kingsley Road, Luton, LU3 1NQ. He also asked if their daughter
Amira (DOB 02/03/2017) had been registered with us there, and was told yes.

Ms Chowdhury moved to that address from a refuge in October. There is a domestic abuse flag and a MARAC note
on her record, and a non-molestation order against her ex-husband. This morning she came in very distressed -
he has sent a card to the new address addressed to Amira. Police are involved (she is being moved again).

Staff member has been removed from reception duties, retraining on ID checks and the DA flag pop-up.

Wendy Achterberg
Practice Manager
Lewsey Park Surgery
Tel 01582 496155
"""
    m = mail("Wendy Achterberg <wendy.achterberg@nhs.net>", IG, "Address disclosed over phone - DV victim",
             "Thu, 03 Dec 2026 16:20:00 +0000", "036", body)
    add("036-gp-blagging-dv-address-disclosed.eml", m, "gp_phone_blagging_domestic_abuse_address", ["plain", "gp", "blagging", "telephone_disclosure", "child", "misuse"],
        identifiers={"nhs_number": [nn], "date_of_birth": ["1990-08-14", "2017-03-02"],
                     "address": ["27 Kingsley Road, Luton, LU3 1NQ"], "postcode": ["LU3 1NQ"]},
        names=["Yasmin Chowdhury", "Amira"], ignorable_names=["Wendy Achterberg"],
        ignorable={"email_address": ["wendy.achterberg@nhs.net", IG_ADDR], "phone_number": ["01582 496155"]},
        subjects=2, special=["safeguarding"], severity=4, likelihood=5, reportable=True,
        basis=["new address of a domestic abuse victim and her child disclosed to the abuser by phone (blagging)",
               "he has used it (card sent to the address): misuse occurred; risk of physical harm",
               "a child is involved"])


# ======================================================================== 037
@part
def e037():
    pts = [("Brian Ackroyd", "brian.ackroyd@gmail.com"), ("", "tina.j.1971@hotmail.co.uk"),
           ("Mohammed Iqbal Hussain", "m.i.hussain@outlook.com"), ("Sheila Crabtree", "sheila.crabtree@talktalk.net"),
           ("Delroy Campbell", "delroycampbell58@gmail.com"), ("", "babsandkev@btinternet.com"),
           ("Agnieszka Nowicka", "a.nowicka@onet.pl"), ("Pauline Haigh", "paulinehaigh@sky.com"),
           ("Tariq Mahmood", "tariq.mahmood.1966@gmail.com")]
    to = ", ".join(f"{n} <{e}>" if n else e for n, e in pts)
    inner = mail("Holmfirth Road Surgery <holmfirthroad.surgery@nhs.net>", to,
                 "Your invitation: Living Well with Type 2 Diabetes - group education sessions",
                 "Mon, 30 Nov 2026 14:31:00 +0000", "037a",
                 """Dear patient,

Following your recent diabetes review, you are invited to our "Living Well with Type 2 Diabetes" group
education programme, run by our diabetes specialist nurse. Sessions are Tuesdays 2-4pm, starting 12 January,
in the practice meeting room. Please reply to confirm your place.

Kind regards
Holmfirth Road Surgery
""")
    body = """Hi,

Our HCA sent the diabetes group invite yesterday from the practice mailbox with all 9 patients in the To box
(should have been BCC). A patient has complained that everyone can now see he has diabetes and his email
address. One of the patients has already replied all with a question. I have asked everyone to delete and
not reply all, one confirmed so far.

Original attached.

Thanks
Liz Gledhill
Practice Manager, Holmfirth Road Surgery
01484 496112
"""
    m = mail("Liz Gledhill <liz.gledhill@nhs.net>", IG, "FW: Your invitation: Living Well with Type 2 Diabetes - group education sessions",
             "Tue, 01 Dec 2026 08:58:00 +0000", "037", body, parts=[rfc822(inner)])
    add("037-gp-diabetes-group-invite-to-not-bcc.eml", m, "gp_group_email_to_not_bcc_health", ["forward_rfc822", "gp", "to_not_bcc", "special_by_context"],
        identifiers={"email_address": [e for _, e in pts]},
        names=[n for n, _ in pts if n], ignorable_names=["Liz Gledhill"],
        ignorable={"email_address": ["liz.gledhill@nhs.net", "holmfirthroad.surgery@nhs.net", IG_ADDR], "phone_number": ["01484 496112"]},
        subjects=9, special=["health"], severity=3, likelihood=3, reportable=True,
        basis=["9 patients' email addresses (7 with names) disclosed to each other in the To field of a diabetes group invitation: reveals their diabetes",
               "external personal addresses; reply-all already sent, only one deletion confirmed"])


# ======================================================================== 038
@part
def e038():
    rows = [["Service user", "Pick-up address", "Postcode", "Medical / support needs", "Home contact"],
            ["Daniel Firth", "14 Carr Lane, Shipley", "BD18 2NP", "Epilepsy - Buccolam in bag, 1:1 on bus", "Mum 07700 900 133"],
            ["Precious Mlambo", "Flat 5, Hirst Wood House, Saltaire", "BD18 4NJ", "Learning disability, diabetic (snack 11am)", "Supported living 01274 496876"],
            ["Rhys Pemberton", "71 Otley Road, Baildon", "BD17 7JY", "Autism - front seat, no radio", "Dad 07700 900 658"],
            ["Shabnam Hussain", "9 Titus Street, Saltaire", "BD18 4LU", "Cerebral palsy, wheelchair (tail lift)", "Sister 07700 900 902"],
            ["George Illingworth", "3 Moorhead Crescent, Shipley", "BD18 4LQ", "Down's syndrome, hard of hearing. DNACPR on file", "Carer 01274 496419"]]
    doc = docx_bytes([
        ("Heading 1", "Shipley Day Opportunities - Transport list (Mon/Wed/Fri)"),
        "Driver to collect from 08:45. Passenger assistant on board.",
        ("table", rows),
        "Any problems ring the centre on 01274 496300.",
    ])
    body = """Hi

I work in the day opportunities team admin. On Friday I emailed our transport list (attached) to what I
thought was the new transport contractor but it was the wrong company - "A1 Cars" instead of "A1 Community
Transport". I have rung A1 Cars twice and left a message and emailed asking them to delete it. No reply so far.

The list should only have had names and pick up addresses anyway, I sent the full version with the needs
column by mistake.

Aisha Farooq
Business Support Officer
Adult Social Care - Day Opportunities
Bradford Council
01274 496315
"""
    m = mail("Aisha Farooq <aisha.farooq@bradford.gov.uk>", IG, "transport list sent to wrong taxi company",
             "Mon, 23 Nov 2026 09:44:00 +0000", "038", body, domain="bradford.gov.uk",
             parts=[attachment(doc, "Transport list MWF Nov.docx", *DOCX)])
    subj = rows[1:]
    add("038-la-day-centre-transport-list-wrong-firm-docx.eml", m, "la_day_centre_list_wrong_contractor", ["docx", "docx_table", "local_authority", "adult_social_care", "misdirected_email", "learning_disability"],
        identifiers={"address": [f"{r[1]}, {r[2]}" for r in subj], "postcode": [r[2] for r in subj],
                     "phone_number": ["07700 900 133", "07700 900 658", "07700 900 902"]},
        names=[r[0] for r in subj], ignorable_names=["Aisha Farooq"],
        ignorable={"email_address": ["aisha.farooq@bradford.gov.uk", IG_ADDR],
                   "phone_number": ["01274 496315", "01274 496300", "01274 496876", "01274 496419"]},
        subjects=5, special=["health"], severity=3, likelihood=3, reportable=True,
        basis=["names, home addresses and medical/support needs of 5 adults with disabilities (DOCX table)",
               "sent to the wrong private taxi firm outside the trusted domains; no deletion confirmed",
               "relatives' mobiles are listed by role only (Mum, Dad, Sister): counted as identifiers of the service users' households, not as separate subjects"])


# ======================================================================== 039
@part
def e039():
    body = """Dzień dobry / Hello,

I find this email on website for data protection, I hope it is correct place.

Today I receive letter in my post box, is in envelope with my name (Katarzyna Wójcik) but inside the letter is
for other lady. Her name is Mrs Halina Nowak, born 03.05.1962, address 16 Kirkgate, Wakefield WF1 1UA. The
letter is from breast screening and say her mammogram need more tests, she must come for biopsy appointment
on 15 December. I think it is very bad for her if she don't get this letter, please tell her!

I not open more. I have the letter still, what I must do with it? I can bring to the hospital.

And where is my letter? I also wait for breast screening.

Thank you
Katarzyna Wójcik
07700 900 288
"""
    m = mail("Katarzyna Wójcik <kasia.wojcik@wp.pl>", IG, "letter for other person", "Thu, 03 Dec 2026 19:26:00 +0000", "039", body,
             domain="wp.pl", cte="8bit")
    add("039-public-recipient-reports-screening-letter.eml", m, "member_of_public_received_screening_letter", ["plain", "patient_reports_directly", "misdirected_post", "cte_8bit", "non_native_english"],
        identifiers={"date_of_birth": ["1962-05-03"], "address": ["16 Kirkgate, Wakefield WF1 1UA"], "postcode": ["WF1 1UA"]},
        names=["Halina Nowak"], ignorable_names=["Katarzyna Wójcik"],
        ignorable={"email_address": ["kasia.wojcik@wp.pl", IG_ADDR], "phone_number": ["07700 900 288"]},
        subjects=1, special=["health"], severity=3, likelihood=3, reportable=True,
        basis=["abnormal breast screening result and biopsy appointment of an identified woman",
               "opened by a member of the public who still holds the letter (she offers to return it)",
               "availability: the patient may miss her biopsy appointment"])


# ======================================================================== 040
@part
def e040():
    tn = nhs("999000123")
    body = f"""Hi IG

Quick one - I think it's fine but the new IT lead said to check with you.

I sent a screenshot to the EMIS service desk (external, they're the supplier) yesterday to show an error on
the appointments screen. The screenshot had the patient banner showing - but it was our training patient,
"Mr TESTPATIENT Daffy", NHS No {spaced(tn)}, DOB 01/01/1970, which is the dummy record EMIS set up in our
training unit. It isn't a real person. No real patients were on the screen (I checked the appointment list
was filtered to the test clinic).

Is that ok or do I need to do a Datix?

Thanks
Gemma Oduya
Reception Team Lead, Bramhall Lane Surgery
0161 496 0594
"""
    m = mail("Gemma Oduya <gemma.oduya@nhs.net>", IG, "screenshot with test patient to EMIS - ok?",
             "Fri, 04 Dec 2026 12:12:00 +0000", "040", body)
    add("040-gp-test-patient-screenshot-not-a-breach.eml", m, "gp_test_patient_number_not_a_breach", ["plain", "gp", "not_a_breach", "test_nhs_number"],
        identifiers={"nhs_number": [tn]},
        names=[], ignorable_names=["Gemma Oduya", "Testpatient Daffy", "Daffy Testpatient"],
        ignorable={"email_address": ["gemma.oduya@nhs.net", IG_ADDR], "phone_number": ["0161 496 0594"],
                   "date_of_birth": ["1970-01-01"]},
        subjects=0, special=[], severity=1, likelihood=1, reportable=False,
        basis=["the only record is a supplier training patient with a 999 test NHS number: reported as an identifier (DESIGN: test numbers are still reported) but no real person",
               "not a breach: no data subject"])

# ======================================================================== MAIN


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in PARTS:
        fn()
    names = [f for f, _, _ in EMAILS]
    assert len(names) == len(set(names))
    for old in os.listdir(OUT):
        if old.endswith(".eml") and old not in names:
            os.remove(os.path.join(OUT, old))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as tf:
        for fname, msg, truth in EMAILS:
            data = msg.as_bytes(policy=_policy.compat32.clone(linesep="\n", max_line_length=998))
            BytesParser(policy=_policy.default).parsebytes(data)  # must parse
            with open(os.path.join(OUT, fname), "wb") as fh:
                fh.write(data)
            tf.write(json.dumps(truth, ensure_ascii=False) + "\n")
    print(f"wrote {len(EMAILS)} emails to {OUT}")


if __name__ == "__main__":
    main()
