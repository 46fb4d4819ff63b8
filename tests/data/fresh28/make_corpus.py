#!/usr/bin/env python3
"""Generator for the fresh28 breachdesk evaluation corpus.

Deterministic: fixed dates, message ids, MIME boundaries and zip timestamps.
Run with /work/main/.venv/bin/python make_corpus.py  (writes *.eml + truth.jsonl here).
"""
import csv
import hashlib
import io
import json
import os
import re
import sys
import unicodedata
import zipfile
from email import encoders
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.message import Message
from email.charset import Charset, QP, BASE64

OUT = os.path.dirname(os.path.abspath(__file__))
IG = "Information Governance <ig.incidents@nhs.net>"
IG_ADDR = "ig.incidents@nhs.net"
EMAILS = []
_texts = []  # text of the email being built, for the self-check


# ------------------------------------------------------------------ identifiers

def _mod11(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    return 0 if c == 11 else (None if c == 10 else c)


def nhs(prefix9):
    """A valid 10-digit NHS / H&C number starting with prefix9 (last digit bumped if needed)."""
    p = int(prefix9)
    while True:
        d9 = f"{p:09d}"
        c = _mod11(d9)
        if c is not None:
            return d9 + str(c)
        p += 1


def chi(ddmmyy, seq3):
    """A valid CHI: DDMMYY + 2 digits + sex digit + check (seq3 = the three middle digits)."""
    s = int(seq3)
    while True:
        d9 = ddmmyy + f"{s:03d}"
        c = _mod11(d9)
        if c is not None:
            return d9 + str(c)
        s += 2  # keep the sex digit's parity


def valid10(n):
    return len(n) == 10 and n.isdigit() and _mod11(n[:9]) == int(n[9])


def sp(n, style="3-3-4"):
    if style == "3-3-4":
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if style == "dash":
        return f"{n[:3]}-{n[3:6]}-{n[6:]}"
    if style == "chi":
        return f"{n[:6]} {n[6:]}"
    return n


# ------------------------------------------------------------------ MIME helpers

def _h(slug, n=16):
    return hashlib.sha256(slug.encode()).hexdigest()[:n]


def T(s):
    """Register text for the self-check and return it."""
    _texts.append(s)
    return s


def headers(msg, frm, to, subject, date, slug, cc=None, mid_host="eur.prod.outlook.com", extra=None):
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = f"<{_h(slug)}.{_h(slug + subject, 8)}@{mid_host}>"
    for k, v in (extra or {}).items():
        msg[k] = v
    T(subject); T(frm); T(to); T(cc or "")
    return msg


def text_part(body, subtype="plain", cte="7bit"):
    body = T(body)
    if cte == "qp":
        cs = Charset("utf-8"); cs.body_encoding = QP
        p = MIMEText("", subtype); p.set_payload(body, cs)
        return p
    if cte == "base64" or any(ord(c) > 127 for c in body):
        return MIMEText(body, subtype, "utf-8")
    return MIMEText(body, subtype, "us-ascii")


def plain(frm, to, subject, date, slug, body, **kw):
    m = text_part(body, kw.pop("subtype", "plain"), kw.pop("cte", "7bit"))
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    return headers(m, frm, to, subject, date, slug, **kw)


def multipart(frm, to, subject, date, slug, parts, subtype="mixed", **kw):
    m = MIMEMultipart(subtype, boundary=f"=_bd_{_h(slug, 20)}")
    for p in parts:
        m.attach(p)
    return headers(m, frm, to, subject, date, slug, **kw)


def alternative(plain_body, html_body, slug):
    m = MIMEMultipart("alternative", boundary=f"=_alt_{_h(slug, 18)}")
    m.attach(text_part(plain_body))
    m.attach(text_part(html_body, "html", "qp"))
    return m


def attach(data, filename, maintype, subtype):
    p = MIMEBase(maintype, subtype, name=filename)
    p.set_payload(data)
    encoders.encode_base64(p)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def rfc822(inner):
    return MIMEMessage(inner)


def fixzip(data):
    """Rewrite a zip (xlsx/docx) with fixed timestamps so output is deterministic."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            body = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time here
                body = re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*", rb"\g<1>2025-01-01T00:00:00Z", body)
            zout.writestr(zi, body)
    return out.getvalue()


def xlsx(sheets):
    """sheets: list of (title, rows). Returns bytes."""
    import datetime as dt
    from openpyxl import Workbook
    wb = Workbook()
    wb.properties.created = wb.properties.modified = dt.datetime(2025, 1, 1)
    wb.properties.creator = "NHS user"
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for r in rows:
            ws.append(list(r))
            T(" ".join(str(c) for c in r))
    b = io.BytesIO(); wb.save(b)
    return fixzip(b.getvalue())


def docx(paragraphs, table=None):
    import datetime as dt
    from docx import Document
    d = Document()
    d.core_properties.created = d.core_properties.modified = dt.datetime(2025, 1, 1)
    d.core_properties.author = "NHS user"
    d.core_properties.last_modified_by = "NHS user"
    for p in paragraphs:
        d.add_paragraph(T(p))
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for r in table:
            cells = t.add_row().cells
            for c, v in zip(cells, r):
                c.text = T(str(v))
    b = io.BytesIO(); d.save(b)
    return fixzip(b.getvalue())


def csvbytes(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return T(s.getvalue()).encode("utf-8")


def html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------ truth + registry

def _fold(s):
    s = s.translate(str.maketrans("łŁđĐøØ", "lLdDoO"))
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def email(fn):
    EMAILS.append(fn)
    return fn


def write(file, msg, scenario, tags, ids=None, names=(), ign_names=(), ign=None, subjects=0, cats=(),
          near_miss=False, sev=1, lik=1, rep=False, basis=()):
    ids = {k: list(v) for k, v in (ids or {}).items() if v}
    ign = {k: list(v) for k, v in (ign or {}).items() if v}
    with open(os.path.join(OUT, file), "wb") as fh:
        fh.write(msg.as_bytes())
    rec = {"file": file, "scenario": scenario, "tags": list(tags), "identifiers": ids, "names": list(names),
           "ignorable_names": list(ign_names), "ignorable": ign, "subjects": subjects,
           "special_categories": list(cats), "near_miss": near_miss,
           "no_identifiers": not ids and not names,
           "assessment": {"severity": sev, "likelihood": lik, "reportable": rep, "basis": list(basis)}}
    assert rep == (lik >= 3 and sev >= 2), file
    # self-check: health numbers valid, every value visible in the text written
    blob = _fold(" ".join(_texts))
    blob_d = re.sub(r"\D", "", blob)
    for k in ("nhs_number", "chi_number", "hc_number"):
        for v in ids.get(k, []):
            assert valid10(v), (file, v)
            assert v in blob_d, (file, v)
    for v in list(names) + list(ign_names):
        for tok in re.split(r"[\s\-']+", _fold(v)):
            if tok and tok not in ("mr", "mrs", "ms", "dr", "miss"):
                assert tok in blob, (file, v, tok)
    for k in ("postcode", "email_address", "ni_number", "hospital_number"):
        for v in ids.get(k, []) + ign.get(k, []):
            assert _fold(v).replace(" ", "") in blob.replace(" ", ""), (file, k, v)
    for v in ids.get("phone_number", []):
        assert v[-6:] in blob_d, (file, v)
    with open(os.path.join(OUT, "truth.jsonl"), "a", encoding="utf-8") as fh:
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def build():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "truth.jsonl":
            os.remove(os.path.join(OUT, f))
    for fn in EMAILS:
        _texts.clear()
        fn()
    print(f"wrote {len(EMAILS)} emails to {OUT}")


# ================================================================== the emails

@email
def e001():
    n = nhs("485777321")
    slug = "001"
    inner = plain("Hannah Okonkwo-Reid <hannah.okonkwo-reid@nhs.net>", "Dave Pryce <dave.pryce1987@gmail.com>",
                  "discharge summary - Siobhan Gallagher", "Tue, 04 Mar 2025 01:52:00 +0000", slug + "i",
                  f"""Hi Dave,

discharge summary for your practice as discussed, she's going home tomorrow am.

DISCHARGE SUMMARY - Cardiology, Ward 7B
Patient: GALLAGHER, Siobhan
DOB: 12/03/1958
NHS No: {sp(n)}
Hosp No: K4471902
Diagnosis: NSTEMI. PCI to LAD 02/03/2025.
Meds on discharge: ticagrelor 90mg BD, aspirin 75mg OD, atorvastatin 80mg ON, bisoprolol 2.5mg OD
Follow up: cardiac rehab referral sent.

Thanks
Hannah
""")
    body = """oh god I'm so sorry, I think I've done something really bad

i was trying to send the discharge summary for bed 14 (siobhan gallagher) to Dave Price the GP liaison at Moorside and outlook autocompleted "Dave" to Dave Pryce who is a friend from uni, his gmail. it has her NHS number and everything, the cardiac stuff, meds. I only noticed because he replied "think this isn't for me mate??" 

I've asked him to delete it and he said he will. i've tried recall but it says it failed. the email is attached below. what do i do now?? do i need to tell her? I'm on nights till thursday

Hannah
FY1 Cardiology
bleep 4417
"""
    msg = multipart("Hannah Okonkwo-Reid <hannah.okonkwo-reid@nhs.net>", IG, "URGENT sent patient info to wrong Dave",
                    "Tue, 04 Mar 2025 02:31:00 +0000", slug, [text_part(body), rfc822(inner)])
    write("001-wrong-dave-autocomplete.eml", msg, "autocomplete_wrong_contact",
          ["plain", "attached_rfc822", "lowercase_names", "junior_doctor", "surname_comma_forename"],
          ids={"nhs_number": [n], "date_of_birth": ["1958-03-12"], "hospital_number": ["K4471902"]},
          names=["Siobhan Gallagher"], ign_names=["Hannah Okonkwo-Reid", "Dave Pryce", "Dave Price"],
          ign={"email_address": ["hannah.okonkwo-reid@nhs.net", "dave.pryce1987@gmail.com", IG_ADDR]},
          subjects=1, cats=["health"], sev=3, lik=3, rep=True,
          basis=["discharge summary (cardiac diagnosis, medication) about an identified patient",
                 "sent to a personal gmail address outside the trusted domains",
                 "recipient says he will delete it but has not confirmed; recall failed"])


@email
def e002():
    child = nhs("721440316")
    slug = "002"
    fwd = f"""Dear Ms Achterberg,

Please see the incident below which I have logged on Datix (ref W118204). I am writing it up formally because of the safeguarding element.

Summary
On 11 November an appointment letter for the paediatric outpatient clinic was generated for Oliver Whitcombe (DOB 19/06/2017, NHS number {sp(child)}). The letter was addressed to his father, Mr Daniel Whitcombe, who has parental responsibility and lives at 27 Larch Grove, Middlesbrough, TS5 6QD. Our PAS still held the previous family address, 8 Coniston Road, Redcar, TS10 2JP, which is where Oliver's mother now lives. Social care records show a non-molestation order in place against the mother in respect of Mr Whitcombe.

The letter therefore told the mother the date, time and location of Oliver's appointment and, because the letter copy list printed Mr Whitcombe's new address, also disclosed his current address. Mr Whitcombe telephoned on 14 November to say the mother had turned up at his home the previous evening. Police are aware.

Cause
PAS had not been reconciled with the Spine demographic record. The Spine held the correct address since August. The copy-list template prints every recipient's address.

Actions so far
- PAS corrected and the record flagged as sensitive (address withheld).
- Template change requested so that copy recipients' addresses are not printed.
- Duty of candour conversation with Mr Whitcombe held by Dr Nwachukwu.

I believe this meets the threshold for reporting to the ICO and I would be grateful for your view today, as we became aware on 14 November.

Yours sincerely

Margaret Ellingham
Information Governance Officer
Tees Valley Children's Services
Tel: 01642 496 0113"""
    body = f"""Please treat as urgent - formal write-up below.

Margaret

From: ELLINGHAM, Margaret (TEES VALLEY CHILDREN'S SERVICES)
Sent: 14 November 2025 16:02
To: ACHTERBERG, Lotte (DATA PROTECTION OFFICER)
Subject: Incident W118204 - appointment letter to previous address (safeguarding)

{fwd}
"""
    msg = plain("Margaret Ellingham <margaret.ellingham@nhs.net>", IG, "FW: Incident W118204 - appointment letter to previous address (safeguarding)",
                "Fri, 14 Nov 2025 16:05:00 +0000", slug, body)
    write("002-letter-previous-address-safeguarding.eml", msg, "letter_previous_address_safeguarding",
          ["plain", "inline_outlook", "formal_letter", "ico_based_south_tees_dorset", "relative_subject", "child"],
          ids={"nhs_number": [child], "date_of_birth": ["2017-06-19"],
               "address": ["27 Larch Grove, Middlesbrough, TS5 6QD", "8 Coniston Road, Redcar, TS10 2JP"],
               "postcode": ["TS5 6QD", "TS10 2JP"]},
          names=["Oliver Whitcombe", "Daniel Whitcombe"],
          ign_names=["Margaret Ellingham", "Lotte Achterberg", "Nwachukwu"],
          ign={"email_address": ["margaret.ellingham@nhs.net", IG_ADDR], "phone_number": ["016424960113"]},
          subjects=2, cats=["health", "safeguarding"], sev=4, lik=5, rep=True,
          basis=["child's appointment and father's new address disclosed to a person under a non-molestation order",
                 "safeguarding context; child involved",
                 "misuse reported: the recipient went to the father's home (likelihood 5)"])


@email
def e003():
    slug = "003"
    r = [("Room 3", "HUGHES, Edna", "02/02/1936", "dementia, DNACPR in place, fall last week"),
         ("Room 5", "O'CONNELL, Patrick", "17/09/1941", "diabetic, insulin 8am and 6pm, catheter"),
         ("Room 6", "BAKSH, Noor Jahan", "05/12/1939", "end of life, family visiting, morphine syringe driver"),
         ("Room 9", "KOWALCZYK, Zofia", "23/04/1944", "UTI, on antibiotics, confused at night"),
         ("Room 11", "MENSAH, Kwabena", "30/07/1938", "stroke, PEG feed, pressure sore sacrum grade 2")]
    table = "\n".join(f"{a:<9}| {b:<22}| {c:<11}| {d}" for a, b, c, d in r)
    body = f"""Dear IG team,

I am Deputy Manager at Heatherbank Care Home. I must to report an incident from yesterday please, I am sorry for my english.

Our agency carer from the night shift take the handover sheet home in her pocket by mistake and she lose it on the bus number 36 in morning. A lady passenger find it and she send email to our home email address to say she have it, she will post it back. We did not get it back yet. The sheet have five residents from the upstairs unit. I copy what was on it from our system so you know what is lost:

Room     | Name                  | DOB        | Handover
{table}

The agency is Bluebell Staffing, I informed them. The carer is very upset, she did not mean. We are nursing home, commissioned by the ICB, so I send here as the contract say. The family of the residents we did not tell yet, I wait your advice.

Kind regards,
Ioana Constantinescu
Deputy Manager
Heatherbank Care Home
01632 960 418
"""
    msg = plain("Ioana Constantinescu <deputy.manager@heatherbankcare.co.uk>", IG, "Incident - handover paper lost on bus",
                "Wed, 07 May 2025 10:12:00 +0100", slug, body)
    write("003-care-home-handover-lost-bus.eml", msg, "lost_paper_public_transport",
          ["plain", "table_as_text", "non_native_english", "care_home", "surname_comma_forename", "vulnerable"],
          ids={"date_of_birth": ["1936-02-02", "1941-09-17", "1939-12-05", "1944-04-23", "1938-07-30"]},
          names=["Edna Hughes", "Patrick O'Connell", "Noor Jahan Baksh", "Zofia Kowalczyk", "Kwabena Mensah"],
          ign_names=["Ioana Constantinescu"],
          ign={"email_address": ["deputy.manager@heatherbankcare.co.uk", IG_ADDR], "phone_number": ["01632960418"]},
          subjects=5, cats=["health"], sev=3, lik=3, rep=True,
          basis=["health details (dementia, DNACPR, end of life) about five care home residents (vulnerable)",
                 "paper lost on a public bus and held by a member of the public; not yet returned"])


@email
def e004():
    slug = "004"
    b_nhs = nhs("612093874")
    letter = docx([
        "Ashgrove Medical Practice",
        "Subject Access Request - record of pages released",
        "Requester: Mrs Abena Owusu (own record). Pages released 1-38 on 02/06/2025 by post.",
        "Pages 22-27 identified as belonging to another patient with the same surname:",
        f"Patient: OWUSU, Kofi Asante   DOB: 14/01/1979   NHS Number: {sp(b_nhs)}",
        "Address: Flat 4, 19 Ravensworth Terrace, Gateshead, NE8 1TZ",
        "Content of pages 22-27: consultation notes 2019-2024 including referral to community mental health team "
        "(depression, suicidal ideation 2021), sertraline 100mg, sick notes, hepatitis B vaccination record.",
        "Page 26 is a copy of a DWP fit note form showing his National Insurance number: JT 48 27 19 C.",
        "Cause: records for both patients were printed from the same batch; scanned pages were merged in the wrong order.",
    ])
    body = """Hello

Reporting a breach at Ashgrove Medical Practice, I'm the practice manager.

We answered a subject access request last week from a patient (Mrs Owusu) and she rang this morning to say six of the pages in the bundle aren't hers - they're her brother-in-law's. Same surname, different first name, they're both registered with us. She has been very good about it and is bringing the pages back on Friday but she has obviously read them and they include his mental health history. She says she won't mention it to him but she is also quite shaken.

I've attached our log of what went out. I'll ring him myself once I've spoken to you, I think we need to tell him. Do I report to ICO or do you?

Thanks
Gareth Pennington
Practice Manager, Ashgrove Medical Practice
0191 496 0772
"""
    msg = multipart("Gareth Pennington <gareth.pennington@nhs.net>", IG, "SAR sent with another patient's pages",
                    "Mon, 09 Jun 2025 11:40:00 +0100", slug,
                    [text_part(body), attach(letter, "SAR log - Owusu.docx", "application",
                                             "vnd.openxmlformats-officedocument.wordprocessingml.document")])
    write("004-sar-wrong-pages-docx.eml", msg, "records_request_wrong_pages",
          ["docx", "gp_practice_manager", "relative_subject", "surname_comma_forename"],
          ids={"nhs_number": [b_nhs], "date_of_birth": ["1979-01-14"],
               "address": ["19 Ravensworth Terrace, Gateshead, NE8 1TZ"], "postcode": ["NE8 1TZ"],
               "ni_number": ["JT482719C"]},
          names=["Kofi Asante Owusu"], ign_names=["Abena Owusu", "Gareth Pennington"],
          ign={"email_address": ["gareth.pennington@nhs.net", IG_ADDR], "phone_number": ["01914960772"]},
          subjects=1, cats=["health", "mental_health"], sev=4, lik=3, rep=True,
          basis=["mental health history (depression, suicidal ideation) of an identified patient",
                 "disclosed to a relative outside the organisation; she has read it",
                 "pages being returned, but the content has been read"])


@email
def e005():
    slug = "005"
    n = nhs("463019557")
    complaint = f"""<p>To whom it may concern,</p>
<p>I am writing to complain in the strongest terms. Today I opened a letter from your Women's Health Unit addressed to me, and inside was a letter about ANOTHER woman. I have not read all of it but I could not help seeing what it was about.</p>
<p>The letter says:</p>
<blockquote><p>Re: Ms Nguyen Thi Hoa, DOB 21/08/1994, NHS No {sp(n)}<br>
56 Abbeydale Park Rise, Sheffield, S17 3PB</p>
<p>Follow-up after medical termination of pregnancy on 3 September. Please arrange a pregnancy test at three weeks. Contraception discussed, patient chose implant.</p></blockquote>
<p>This poor woman has no idea a stranger has her letter. What if it had been sent to someone who knows her? And where is MY letter? Has someone else got mine? I want to know what you are going to do about it. I will keep this letter until someone tells me what to do with it, I am not posting it back.</p>
<p>Leanne Barraclough</p>"""
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif">
<p>Hi IG,</p>
<p>Complaint received via the PALS inbox this afternoon - a letter from the Women's Health Unit sent in the wrong envelope. I've phoned Mrs Barraclough and arranged a courier to collect it tomorrow. Her own letter (a routine smear recall) has not been traced yet.</p>
<p>Thanks, Priya</p>
<p>Priya Venkataraman<br>PALS Officer<br>0114 496 0235</p>
<hr>
<p><b>From:</b> Leanne Barraclough &lt;leanne.barraclough72@btinternet.com&gt;<br>
<b>Sent:</b> 18 September 2025 13:47<br><b>To:</b> PALS &lt;pals.sth@nhs.net&gt;<br>
<b>Subject:</b> Complaint - someone else's private letter</p>
{complaint}
</body></html>"""
    msg = plain("Priya Venkataraman <priya.venkataraman@nhs.net>", IG, "FW: Complaint - someone else's private letter",
                "Thu, 18 Sep 2025 15:20:00 +0100", slug, html, subtype="html", cte="base64")
    write("005-html-only-complaint-wrong-envelope.eml", msg, "wrong_envelope_patient_complaint",
          ["html_only", "cte_base64", "patient_complaint", "inline_outlook_html", "reproductive"],
          ids={"nhs_number": [n], "date_of_birth": ["1994-08-21"],
               "address": ["56 Abbeydale Park Rise, Sheffield, S17 3PB"], "postcode": ["S17 3PB"]},
          names=["Nguyen Thi Hoa"], ign_names=["Leanne Barraclough", "Priya Venkataraman"],
          ign={"email_address": ["leanne.barraclough72@btinternet.com", "pals.sth@nhs.net",
                                 "priya.venkataraman@nhs.net", IG_ADDR], "phone_number": ["01144960235"]},
          subjects=1, cats=["health", "reproductive_health"], sev=4, lik=3, rep=True,
          basis=["termination of pregnancy follow-up about an identified woman (reproductive health)",
                 "received and read by a member of the public who is keeping it for now"])


@email
def e006():
    slug = "006"
    n = nhs("738205164")
    minutes = f"""STRATEGY DISCUSSION - s47 Children Act 1989
Date: 22/01/2026   Chair: Team Manager, Children's Social Care

Child: Amira HASSAN   DOB: 11/02/2019   NHS: {n}
Address: 14 Fernside Close, Huddersfield, HD2 1NR
Mother: Fadumo HASSAN
Mother's partner: Liam STOTT (not the father) - arrested 20/01/2026 for assault on mother, bailed with condition not to attend the address.

Health visitor: 3 unexplained bruises to upper arm seen at home visit 19/01. GP: Amira seen 20/01, bruising consistent with grip marks, referred for child protection medical.
Outcome: threshold met for s47 enquiry. Joint visit police/CSC 23/01."""
    body = f"""Hi,

I'm a social worker in the Children's Social Care duty team. I'm copying health IG in as well as our own council IG because these minutes include the health visitor's and GP's information and the GP practice asked me to.

This afternoon I emailed the strategy discussion minutes below to "David Mensah" - I meant DC David Mensah in the police safeguarding unit, but the address that came up was david.mensah.home@outlook.com, which I now think is a former foster carer we used to have on our books (it must be in my contacts from years ago). I only realised when the police said they had not received anything.

I've emailed the outlook address asking him to delete and confirm, no reply yet. I've told my manager.

Minutes as sent:

{minutes}

Sorry - Nkechi

Nkechi Eze
Social Worker, Duty & Assessment
Kirklees Council Children's Social Care
01484 496 0910
"""
    msg = plain("Nkechi Eze <nkechi.eze@kirklees.gov.uk>", IG, "wrong David - strategy minutes sent to external address",
                "Thu, 22 Jan 2026 17:48:00 +0000", slug, body, cc="Kirklees Information Governance <information.governance@kirklees.gov.uk>")
    write("006-social-worker-wrong-david.eml", msg, "wrong_recipient_same_name_safeguarding",
          ["plain", "council", "social_worker", "relative_subject", "child", "criminal"],
          ids={"nhs_number": [n], "date_of_birth": ["2019-02-11"],
               "address": ["14 Fernside Close, Huddersfield, HD2 1NR"], "postcode": ["HD2 1NR"]},
          names=["Amira Hassan", "Fadumo Hassan", "Liam Stott"], ign_names=["Nkechi Eze", "David Mensah"],
          ign={"email_address": ["nkechi.eze@kirklees.gov.uk", "david.mensah.home@outlook.com",
                                 "information.governance@kirklees.gov.uk", IG_ADDR],
               "phone_number": ["01484960910"]},
          subjects=3, cats=["health", "safeguarding", "criminal"], sev=4, lik=3, rep=True,
          basis=["child protection strategy minutes: child's injuries, domestic abuse, an arrest",
                 "sent to a personal outlook.com address of a former foster carer; no confirmation of deletion"])


@email
def e007():
    slug = "007"
    n = nhs("407731298")
    body = f"""Hello,

Community pharmacist here, Qureshi's Chemist on Leicester Road. I want to report something that wasn't our mistake but involves one of our patients.

This morning the owner of the dry cleaner two doors down (Mr Patel at Sparkle Dry Cleaning) came in holding a fax. It's the instalment prescription from the Recovery Service for one of our supervised consumption patients. Their fax machine has a number one digit off ours (ours ends 4471, his ends 4417). He said it came through yesterday afternoon and he "didn't know what it was so put it in the bin, then thought better of it".

The fax reads:

   FAX - RECOVERY SERVICE (Substance Misuse)
   To: Qureshi's Chemist   Pages: 1
   Patient: Mr Darius JANKAUSKAS   DOB 03.10.86   NHS {sp(n, 'dash')}
   12 Harrow Lane, Leicester, LE4 6GN   Tel 07700 900 318
   Methadone 1mg/ml oral solution 60ml daily, supervised, 14 days
   Next review with keyworker 28/10

Mr Patel knows Mr Jankauskas by sight, he uses the launderette too. I also had a second page last month go missing which I assumed was the machine. I've asked the Recovery Service to stop faxing and use NHSmail - yes they still fax!

Regards
Imran Qureshi MRPharmS
Pharmacist Manager
"""
    msg = plain("Imran Qureshi <imran.qureshi4@nhs.net>", IG, "Prescription faxed to wrong number (dry cleaners)",
                "Fri, 17 Oct 2025 09:26:00 +0100", slug, body)
    write("007-pharmacist-fax-wrong-number.eml", msg, "fax_wrong_number",
          ["plain", "pharmacist", "fax", "substance_misuse"],
          ids={"nhs_number": [n], "date_of_birth": ["1986-10-03"],
               "address": ["12 Harrow Lane, Leicester, LE4 6GN"], "postcode": ["LE4 6GN"],
               "phone_number": ["07700900318"]},
          names=["Darius Jankauskas"], ign_names=["Imran Qureshi", "Patel"],
          ign={"email_address": ["imran.qureshi4@nhs.net", IG_ADDR]},
          subjects=1, cats=["health", "substance_misuse"], sev=4, lik=3, rep=True,
          basis=["methadone prescription (substance misuse treatment) about an identified patient",
                 "faxed to a local business whose owner knows the patient; possibly a second page lost"])


@email
def e008():
    slug = "008"
    rows = [("1", "RM0245117", "WALSH, Bridget", "84", "#NOF, post op day 2, confused"),
            ("2", "RM0311842", "AKHTAR, Mohammed", "71", "COPD exacerbation, NIV overnight"),
            ("3", "RM0198730", "PRICE, Glenys", "90", "fall, ?UTI, awaiting social care"),
            ("4", "RM0402256", "ZHANG, Wei", "66", "alcohol withdrawal, CIWA 4-hourly"),
            ("5", "RM0377019", "ADEBAYO, Folake", "58", "sickle cell crisis, PCA")]
    tab = "\n".join(f"  {a}  {b}  {c:<18} {d}  {e}" for a, b, c, d, e in rows)
    body = f"""Hi

Ward Sister on Ward 12 (Elderly Medicine). Just to let you know about something that happened on the late shift, I have dealt with it but I was told to send it to you anyway.

I saw one of our HCAs take a photo of the bay B handover sheet with her own phone at about 15:30. She said it was so she could remember her jobs because the printer was broken and there was only one sheet. I asked her to show me the photo and she deleted it in front of me and then deleted it from "recently deleted" too. Her phone is not backed up to the cloud she says (I can't check that). She has not sent it anyone, I believe her.

The sheet had these patients on it:
  Bed  Hosp no    Name               Age Notes
{tab}

I've spoken to her about it and will remind the whole team at the safety huddle. Printer fixed now.

Kind regards
Sister Roisin Carragher
Ward 12, ext 5512
"""
    msg = plain("Roisin Carragher <roisin.carragher@nhs.net>", IG, "Handover sheet photographed on personal phone",
                "Sat, 12 Jul 2025 21:04:00 +0100", slug, body)
    write("008-ward-sister-handover-photo.eml", msg, "handover_photographed_personal_phone",
          ["plain", "ward_sister", "table_as_text", "surname_comma_forename", "hospital_numbers"],
          ids={"hospital_number": ["RM0245117", "RM0311842", "RM0198730", "RM0402256", "RM0377019"]},
          names=["Bridget Walsh", "Mohammed Akhtar", "Glenys Price", "Wei Zhang", "Folake Adebayo"],
          ign_names=["Roisin Carragher"], ign={"email_address": ["roisin.carragher@nhs.net", IG_ADDR]},
          subjects=5, cats=["health", "substance_misuse"], sev=4, lik=2, rep=False,
          basis=["handover sheet with diagnoses (including alcohol withdrawal) for five patients",
                 "photo on a staff member's personal phone, not shared, deleted in front of the ward sister",
                 "containment witnessed; cloud backup unverified so likelihood kept at 2"])


@email
def e009():
    slug = "009"
    body = """Dear IG,

My practice assessor told me I have to report this myself so I am. I'm a second year student nurse on placement on the Acute Medical Unit.

On Tuesday I recognised a patient who lives on my mum's road, Mrs Bronagh Keane. She was on the board at the nurses station as "KEANE Bronagh - Bay C4 - OD, MH liaison r/v". I took a photo of the board (I know, I don't know why I did it) and posted it in our family WhatsApp group with "guess who's in with us", I thought it was just our family being nosy like. The group has 14 people in it including my aunt who is friends with Mrs Keane's daughter. My aunt has now asked her daughter if she's alright which is how the ward found out, Mrs Keane's daughter rang the ward very upset.

I deleted the message for everyone the next morning but people had already seen it and I can't tell if anyone saved it. The photo also had 3 other names on the board but they were blurry, I don't think you can read them.

I am so sorry. I know this is serious and I understand if there are consequences.

Chloe Fairbrother
Student Nurse (Adult), Year 2
"""
    msg = plain("Chloe Fairbrother <chloe.fairbrother@student.nhs.net>", IG, "Reporting myself - photo in family WhatsApp",
                "Thu, 05 Feb 2026 08:15:00 +0000", slug, body)
    write("009-student-nurse-whatsapp-group.eml", msg, "social_media_family_whatsapp",
          ["plain", "student_nurse", "social_media", "self_report"],
          ids={}, names=["Bronagh Keane"], ign_names=["Chloe Fairbrother"],
          ign={"email_address": ["chloe.fairbrother@student.nhs.net", IG_ADDR]},
          subjects=1, cats=["health", "mental_health"], sev=4, lik=4, rep=True,
          basis=["overdose and mental health liaison review of an identified patient",
                 "photo published to a 14-member family WhatsApp group; deleted but already seen",
                 "the information reached the patient's family (adverse effect under way)"])


@email
def e010():
    slug = "010"
    rows = [["Patient", "Hosp No", "Clinic", "Dictated", "Letter"],
            ["Gwyneth MORGAN", "D1184420", "Urology 09/04/2025", "Y", "TURP outcome, histology benign"],
            ["Tariq MAHMOOD", "D0937715", "Urology 09/04/2025", "Y", "PSA rising, MRI prostate requested"],
            ["Agnieszka NOWICKA", "D1320058", "Urology 09/04/2025", "Y", "recurrent UTI, cystoscopy normal"],
            ["Chinedu OKAFOR", "D1029983", "Urology 09/04/2025", "Y", "new diagnosis prostate cancer Gleason 7, MDT"],
            ["Tran Van MINH", "D1411207", "Urology 09/04/2025", "Y", "renal stone 6mm, conservative"],
            ["Lina AL-KHATIB", "D0866341", "Urology 10/04/2025", "Y", "haematuria clinic, bladder tumour on cysto"],
            ["Ewan MACLEOD", "D1276604", "Urology 10/04/2025", "Y", "erectile dysfunction, tadalafil trial"],
            ["Ruta PETRAUSKIENE", "D1399152", "Urology 10/04/2025", "Y", "overactive bladder, mirabegron"],
            ["Samuel BOATENG", "D0754028", "Urology 10/04/2025", "Y", "vasectomy counselling, listed"],
            ["Hodan WARSAME", "D1450876", "Urology 10/04/2025", "Y", "discharge to GP"]]
    data = csvbytes(rows)
    body = """Dear Information Governance,

I am the medical secretary for Mr Adeyemi's urology clinics. I'm afraid I have lost one of the mini-cassette dictation tapes (we still use them for the Tuesday and Wednesday clinics because Mr Adeyemi prefers the handheld machine).

I took the tape home on Friday to type at home, which I know I'm not supposed to do without the digital system, and I believe it fell out of my bag on the 17:42 train from Leeds to Harrogate. I've contacted Northern lost property, nothing yet. The tape is not encrypted (it's just an analogue tape).

I have attached the list of the letters that were on the tape from our dictation log so you know who is affected. The letters have not been typed so the GP letters will be delayed - I've asked Mr Adeyemi to re-dictate.

Apologies,
Janet Ackroyd
Medical Secretary to Mr O. Adeyemi, Consultant Urologist
Tel 0113 496 0584
"""
    msg = multipart("Janet Ackroyd <janet.ackroyd@nhs.net>", IG, "Lost dictation tape",
                    "Mon, 14 Apr 2025 08:47:00 +0100", slug,
                    [text_part(body), attach(data, "dictation_log_wk15.csv", "text", "csv")])
    write("010-medical-secretary-lost-tape-csv.eml", msg, "lost_dictation_tape",
          ["csv", "medical_secretary", "forename_SURNAME", "lost_media"],
          ids={"hospital_number": [r[1] for r in rows[1:]]},
          names=["Gwyneth Morgan", "Tariq Mahmood", "Agnieszka Nowicka", "Chinedu Okafor", "Tran Van Minh",
                 "Lina Al-Khatib", "Ewan MacLeod", "Ruta Petrauskiene", "Samuel Boateng", "Hodan Warsame"],
          ign_names=["Janet Ackroyd", "Adeyemi"],
          ign={"email_address": ["janet.ackroyd@nhs.net", IG_ADDR], "phone_number": ["01134960584"]},
          subjects=10, cats=["health", "sexual_health", "reproductive_health"], sev=4, lik=3, rep=True,
          basis=["unencrypted dictation of ten urology letters (cancer diagnoses, erectile dysfunction, vasectomy)",
                 "lost on a public train; not recovered",
                 "the attached log names each patient with a hospital number"])


@email
def e011():
    slug = "011"
    a, b = nhs("624117390"), nhs("651802243")
    body = f"""Forwarding as discussed - the nurse's email is below. Internal only as far as we know, nobody outside the practice saw anything but it's an integrity one so I'm logging it with you.

Bernadette
Practice Manager, Castleford Road Surgery

> From: Lakshmi Subramanian
> Sent: 03 December 2025 12:10
> To: Bernadette Lynch
> Subject: results in wrong record
>
> Bernadette,
>
> I nearly increased insulin for the wrong man this morning. The HbA1c
> (97 mmol/mol) and eGFR (38) filed on Friday into the record of
> Mr John HARGREAVES, DOB 02/05/1950, NHS {a}, actually belong to
> Mr John HARGRAVES, DOB 14/11/1952, NHS {b}. The lab report had the right
> NHS number on it but it was matched by name when the docman workflow
> flagged it. Mr Hargreaves (with the e) was about to have his insulin up-titrated
> on the strength of someone else's result and Mr Hargraves' own kidney
> result has been sitting unseen for four days.
>
> I've moved the result, told Dr Farouk and booked Mr Hargraves in.
>
> Lakshmi
> Practice Nurse
"""
    msg = plain("Bernadette Lynch <bernadette.lynch@nhs.net>", IG, "FW: results in wrong record",
                "Wed, 03 Dec 2025 13:02:00 +0000", slug, body)
    write("011-misfiled-results-integrity.eml", msg, "misfiled_results_integrity",
          ["plain", "quoted_gt", "gp_practice_manager", "integrity"],
          ids={"nhs_number": [a, b], "date_of_birth": ["1950-05-02", "1952-11-14"]},
          names=["John Hargreaves", "John Hargraves"],
          ign_names=["Bernadette Lynch", "Lakshmi Subramanian", "Farouk"],
          ign={"email_address": ["bernadette.lynch@nhs.net", IG_ADDR]},
          subjects=2, cats=["health"], sev=3, lik=2, rep=False,
          basis=["integrity breach: blood results filed in the wrong patient's record, near wrong treatment",
                 "stayed inside the practice; no disclosure outside"])


@email
def e012():
    slug = "012"
    n = nhs("750462381")
    letter = f"""Flat 2, 88 Moss Lane East
Manchester
M15 5NZ

8 March 2026

The Complaints Manager

Dear Sir or Madam,

Re: Unauthorised access to my medical records
Name: Mrs Efua Asantewaa DARKO
Date of birth: 27 July 1983
NHS number: {sp(n)}
Hospital number: MRI8827361

I write to make a formal complaint and to ask that this be treated as a data protection matter.

My former sister-in-law, Mrs Comfort Darko, works as a receptionist in your outpatients department. At a family gathering on 1 March, in front of several relatives, she referred to the fact that I have been "on tablets for my nerves" and that I had been "seen by the psychiatrist after the baby". These facts are true. I have never told her or anyone in my husband's family about them. The only place she could have learned them is from my hospital records.

Since that day my husband's family have been discussing my mental health openly and it has been used against me in a dispute about the care of our children. I feel humiliated and I no longer feel able to attend my own appointments at your hospital.

I ask you to:
1. audit every access to my records in the last two years and tell me who looked and when;
2. confirm what action you will take;
3. confirm whether you have reported this to the Information Commissioner.

My telephone number is 07700 900 562 and my email address is efua.darko@yahoo.co.uk.

Yours faithfully,

Efua A. Darko"""
    body = f"""IG - formal complaint below, received by post today and scanned in. I've typed it up so you have it as text. The access audit has already been run (requested by the complainant's GP last week): 7 accesses by the named member of staff between 12 Jan and 28 Feb, none with a clinical or admin reason. HR are aware; the staff member has been suspended pending investigation.

Declan Fitzpatrick
Complaints Manager

{letter}
"""
    msg = plain("Declan Fitzpatrick <declan.fitzpatrick@nhs.net>", IG, "Formal complaint - unauthorised access by staff member (snooping)",
                "Mon, 09 Mar 2026 10:30:00 +0000", slug, body)
    write("012-snooping-relative-formal-complaint.eml", msg, "snooping_staff_relative",
          ["plain", "formal_letter", "patient_complaint", "snooping", "ico_based_prosecutions"],
          ids={"nhs_number": [n], "date_of_birth": ["1983-07-27"], "hospital_number": ["MRI8827361"],
               "address": ["88 Moss Lane East, Manchester, M15 5NZ"], "postcode": ["M15 5NZ"],
               "phone_number": ["07700900562"], "email_address": ["efua.darko@yahoo.co.uk"]},
          names=["Efua Asantewaa Darko"], ign_names=["Comfort Darko", "Declan Fitzpatrick", "Efua A. Darko"],
          ign={"email_address": ["declan.fitzpatrick@nhs.net", IG_ADDR]},
          subjects=1, cats=["health", "mental_health"], sev=4, lik=5, rep=True,
          basis=["staff member accessed a relative's record 7 times without reason (audit confirmed)",
                 "mental health information disclosed to family and used in a dispute: misuse occurred"])


@email
def e013():
    slug = "013"
    body = """Hi,

Reporting on behalf of one of my district nurses. Her car was broken into outside a patient's house this afternoon and her work bag was taken, with her Trust laptop in it. Police informed (crime reference to follow).

I've checked with the IT service desk: the laptop is a Trust-build device with BitLocker full-disk encryption, confirmed as enabled and compliant at its last check-in this morning, and it was shut down (not asleep) when it was taken. The account has been disabled and the device flagged for remote wipe if it ever connects. There was no paper in the bag - she uses the electronic diary only. Smartcard was on her lanyard, not in the bag.

So I don't think any patient information is at risk but I was told to report all lost devices. Let me know if you need anything else.

Thanks
Team Leader, Community Nursing (North Locality)
"""
    msg = plain("North Locality Community Nursing <northlocality.dn@nhs.net>", IG, "Stolen laptop - encrypted",
                "Tue, 21 Oct 2025 16:55:00 +0100", slug, body)
    write("013-stolen-laptop-encrypted.eml", msg, "lost_device_encrypted",
          ["plain", "device_theft", "encrypted", "no_identifiers"],
          ign={"email_address": ["northlocality.dn@nhs.net", IG_ADDR]},
          subjects=0, cats=[], sev=1, lik=1, rep=False,
          basis=["encrypted, powered-off device; no identifiable individual named in the report",
                 "no personal data exposed: not reportable (record on DSPT as a security incident)"])


FORE = ["Aoife", "Bartosz", "Chidi", "Deepa", "Eilidh", "Fatima", "Gareth", "Huong", "Ifeoma", "Jakub",
        "Kamala", "Liam", "Mairead", "Nasra", "Olamide", "Pawel", "Qi", "Rhodri", "Saoirse", "Tomasz", "Usha",
        "Vytautas", "Wen", "Yaw", "Zainab", "Ahmed", "Bogdan", "Catrin", "Dorota", "Emeka", "Fionnuala",
        "Gulshan", "Hamza", "Iain", "Jolanta", "Kwame", "Lowri", "Mihai", "Niamh", "Obinna", "Parveen",
        "Ruaridh", "Sinead", "Thuy"]
SUR = ["Byrne", "Zielinski", "Nwosu", "Chaudhry", "MacDonald", "Abdi", "Llewellyn", "Pham", "Eze", "Wojcik",
       "Ramaswamy", "Doherty", "Ni Bhriain", "Farah", "Adeleke", "Kaminski", "Liu", "Bowen", "Kavanagh", "Lewandowski",
       "Bhatt", "Kazlauskas", "Huang", "Asante", "Hussain", "El-Sayed", "Popescu", "Jenkins", "Mazur", "Obi",
       "Gallagher", "Begum", "Rahman", "Mackenzie", "Vaitkute", "Ofori", "Pugh", "Ionescu", "Murphy", "Chukwu",
       "Akhtar", "Morrison", "Quinn", "Le"]
PCS = ["LS6 2QT", "BD7 1DP", "HX1 5PE", "WF1 3LJ", "HD1 6RX", "LS11 8BG", "BD3 9HE", "LS8 4NL", "WF10 2AS", "HG1 2BN",
       "YO10 5DD", "LS28 7AF", "BD18 3JR", "LS17 6HP", "WF4 4QH", "HX3 0DF", "LS9 7TU", "BD5 0NS", "LS12 3AB", "WF13 1ND",
       "HD2 2EW", "LS2 9JT"]
REASONS = ["lower back pain", "post ACL reconstruction", "frozen shoulder", "knee OA, awaiting TKR", "neck pain",
           "post stroke rehab", "ankle fracture rehab", "plantar fasciitis", "hip replacement rehab", "MS mobility",
           "tennis elbow", "rheumatoid arthritis hands"]
PREF = ["401", "438", "452", "467", "489", "603", "617", "642", "668", "695", "712", "734", "756", "778"]


@email
def e014():
    slug = "014"
    hdr = ["Surname", "Forename", "DOB", "NHS Number", "Postcode", "Mobile", "Referral reason", "Next appt"]
    rows, nhsn, dobs, names, pcs, phones = [hdr], [], [], [], [], []
    for i in range(44):
        f, s = FORE[i], SUR[(i * 7) % 44]
        day, mon, yr = 1 + (i * 5) % 28, 1 + (i * 7) % 12, 1941 + (i * 13) % 62
        dob = f"{day:02d}/{mon:02d}/{yr}"
        n = nhs(PREF[i % len(PREF)] + f"{(i * 104729) % 1000000:06d}")
        pc = PCS[i % len(PCS)]
        ph = f"07700 900{(100 + i * 17) % 1000:03d}"
        rows.append([s.upper(), f, dob, n, pc, ph, REASONS[i % len(REASONS)], f"{1 + i % 28:02d}/11/2025"])
        nhsn.append(n); dobs.append(f"{yr}-{mon:02d}-{day:02d}"); names.append(f"{f} {s}")
        pcs.append(pc); phones.append(ph.replace(" ", ""))
    summary = [["Clinic", "Patients"], ["Seacroft MSK", 20], ["Chapel Allerton MSK", 24], ["Total", 44]]
    data = xlsx([("Caseload", rows), ("Summary", summary)])
    body = """Hi there,

I'm a self-employed physiotherapist contracted to the MSK service (sessional, Seacroft and Chapel Allerton clinics). My car was stolen from my driveway overnight (keys taken through the letterbox, police ref 13/188204/25). My own laptop was in the boot.

I'm really sorry - the laptop had a copy of my caseload spreadsheet on it, which I had saved so I could plan my week at home. The laptop is password protected but it is NOT encrypted (it's a personal Windows laptop, home edition). I've attached the copy of the spreadsheet from my OneDrive so you can see exactly what was on it.

The car has not been found. I have changed my passwords.

Simone
Simone Achebe-Walker MCSP
Physiotherapist
07700 900 771
"""
    msg = multipart("Simone Achebe-Walker <simone.physio@gmail.com>", IG, "Car stolen with laptop - patient spreadsheet on it",
                    "Sat, 01 Nov 2025 09:03:00 +0000", slug,
                    [text_part(body), attach(data, "caseload Nov.xlsx", "application",
                                             "vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
                    mid_host="mail.gmail.com")
    write("014-stolen-car-unencrypted-laptop-xlsx.eml", msg, "lost_device_unencrypted",
          ["xlsx", "xlsx_40plus_rows", "multi_sheet", "device_theft", "unencrypted", "contractor"],
          ids={"nhs_number": nhsn, "date_of_birth": dobs, "postcode": sorted(set(pcs)), "phone_number": phones},
          names=names, ign_names=["Simone Achebe-Walker"],
          ign={"email_address": ["simone.physio@gmail.com", IG_ADDR], "phone_number": ["07700900771"]},
          subjects=44, cats=["health"], sev=3, lik=4, rep=True,
          basis=["44 patients with NHS numbers, dates of birth, mobiles and MSK diagnoses",
                 "on an unencrypted personal laptop stolen with the car; not recovered (highly likely)"])


@email
def e015():
    slug = "015"
    body = """Hello,

Clinic admin at Riverside Sexual Health. Logging a text message sent to the wrong mobile.

Yesterday's automated results SMS for one of our patients went to his old mobile number. The text read:

  "Hi Callum, Riverside Sexual Health here. Please call us on 0161 496 0377 about your recent HIV and syphilis test results. Ref SH204719"

The person who now has the number (07700 900 145) replied "wrong number mate, but hope Callum's ok" and then rang the clinic. The patient is Callum Rennie, clinic number SH204719. He updated his number with us in August (new number 07700 900 698) but the SMS system pulls from the old demographics table, which wasn't updated. IT have a ticket open.

Obviously the text implies he has had a positive result which we shouldn't say either way. He has been informed and is not happy.

Thanks
Tunde Bakare
Clinic Administrator
"""
    msg = plain("Tunde Bakare <tunde.bakare@nhs.net>", IG, "SMS sent to wrong mobile number",
                "Wed, 27 Aug 2025 11:21:00 +0100", slug, body)
    write("015-sms-wrong-mobile-sexual-health.eml", msg, "text_message_wrong_mobile",
          ["plain", "sms", "sexual_health"],
          ids={"hospital_number": ["SH204719"], "phone_number": ["07700900698"]},
          names=["Callum Rennie"], ign_names=["Tunde Bakare"],
          ign={"email_address": ["tunde.bakare@nhs.net", IG_ADDR], "phone_number": ["07700900145", "01614960377"]},
          subjects=1, cats=["health", "sexual_health"], sev=4, lik=3, rep=True,
          basis=["HIV and syphilis results message naming an identified patient",
                 "sent to a stranger's mobile (the patient's old number); received and read"])


@email
def e016():
    slug = "016"
    people = [("Marcus Ellery", "marcus.ellery@gmail.com"), ("Jean-Baptiste Kalonji", "jbkalonji@hotmail.co.uk"),
              ("Andrzej Malinowski", "andrzej.malinowski77@gmail.com"), ("Kayode Fashola", "k.fashola@outlook.com"),
              ("Rory Sutherland", "rory.sutherland@btinternet.com"), ("Danh Vo", "danh.vo.91@gmail.com"),
              ("Stephen O'Rourke", "steorourke@icloud.com"), ("Yusuf Abdullahi", "yusuf.abdullahi@yahoo.co.uk"),
              ("Tendai Moyo", "tendai.moyo@gmail.com")]
    to = "; ".join(f"'{n}' <{e}>" for n, e in people)
    body = f"""Hi

I'm so sorry, I've just realised I sent the peer support group invite with everyone in the To box instead of Bcc. I copied the list from last month's email and didn't move them. Two of them have already replied all (one saying "hi all, nice to see some familiar names" which makes it worse). I tried recall and it failed for the external addresses, which is all of them.

The group is the HIV positive men's peer support group, so anyone who gets this can tell the others are living with HIV.

Original below.

Kerry-Ann Foster
HIV Clinical Nurse Specialist
Tel 0121 496 0642

From: Foster Kerry-Ann (Birmingham Community Sexual Health)
Sent: 16 June 2025 10:14
To: {to}
Subject: Peer support group - Thursday 26 June

Hello everyone,

Just a reminder that the next Positive Voices peer support meeting is on Thursday 26 June, 6.30pm, at the Digbeth community room. Our guest will be talking about U=U and new long-acting injections.

Best wishes
Kerry-Ann
"""
    msg = plain("Kerry-Ann Foster <kerryann.foster@nhs.net>", IG, "FW: Peer support group - Thursday 26 June - sent as To not Bcc",
                "Mon, 16 Jun 2025 10:41:00 +0100", slug, body)
    write("016-to-not-bcc-hiv-peer-group.eml", msg, "to_not_bcc_hiv_group",
          ["plain", "inline_outlook", "to_not_bcc", "ico_based_nhs_highland", "sexual_health"],
          ids={"email_address": [e for _, e in people]}, names=[n for n, _ in people],
          ign_names=["Kerry-Ann Foster"],
          ign={"email_address": ["kerryann.foster@nhs.net", IG_ADDR], "phone_number": ["01214960642"]},
          subjects=9, cats=["health", "sexual_health"], sev=4, lik=3, rep=True,
          basis=["recipients of an HIV peer support invite exposed to each other (infers HIV status)",
                 "personal external addresses, recall failed, recipients replied all"])


@email
def e017():
    slug = "017"
    people = [("Patricia Holroyd", "pat.holroyd@btinternet.com"), (None, "gurdeep.sandhu64@gmail.com"),
              ("Mary Kelleher", "marykelleher@hotmail.com"), (None, "ewa.krawczyk@wp.pl"),
              ("Dafydd Rees", "dafydd.rees@outlook.com"), (None, "bisi.ogunleye@yahoo.co.uk"),
              ("Hugh Cameron", "hughcameron1951@gmail.com"), (None, "nasreen.bibi.carer@gmail.com"),
              ("Ileana Dumitru", "ileana.dumitru@yahoo.com"), (None, "thomas.wright.hx@gmail.com"),
              ("Kathleen Dunne", "kdunne@talktalk.net"), (None, "alan.ashworth@sky.com")]
    to = ", ".join(f"{n} <{e}>" if n else e for n, e in people)
    body = f"""Dear Sir/Madam,

I am forwarding you this as I was told you deal with data breaches. I attend the memory clinic carers' group with my husband. This email came from the memory service yesterday and every carer's email address is on it for all to see. Some of us would rather our neighbours did not know our husband or wife has dementia. One of the addresses is a man I know from church and I had no idea about his wife. I am sure he did not want me to know.

Please make sure this does not happen again.

Mary Kelleher

---------- Forwarded message ---------
From: Memory Service Admin <memoryservice.admin@nhs.net>
Date: Tue, 3 Mar 2026 at 14:02
Subject: Carers' group - spring dates
To: {to}


Dear carers,

Please find below our spring dates for the Carers' Support Group: 17 March, 14 April and 12 May, 10.30-12.00, at the Jubilee Centre. Tea and biscuits as always.

Memory Assessment Service
"""
    inner_text = body
    msg = plain("Mary Kelleher <marykelleher@hotmail.com>", IG, "Fwd: Carers' group - spring dates",
                "Wed, 04 Mar 2026 09:37:00 +0000", slug, inner_text, mid_host="mail.gmail.com")
    write("017-to-not-bcc-carers-gmail-fwd.eml", msg, "to_not_bcc_carers_group",
          ["plain", "inline_gmail", "to_not_bcc", "patient_complaint", "bare_addresses"],
          ids={"email_address": [e for _, e in people]}, names=[n for n, _ in people if n],
          ign_names=[], ign={"email_address": ["memoryservice.admin@nhs.net", IG_ADDR]},
          subjects=12, cats=[], sev=2, lik=3, rep=True,
          basis=["twelve carers' personal email addresses (several with names) disclosed to each other",
                 "membership implies a family member has dementia, but no patient is identified",
                 "external personal addresses; cannot be recalled"])


@email
def e018():
    slug = "018"
    c = chi("080349", "217")
    body = f"""Hi,

Logging this one for the ward. A discharge letter went to the wrong GP practice yesterday - the patient moved practice in January and the letter went to his old one. The old practice (Crown Medical Practice) phoned us, have deleted it from their workflow and confirmed in writing. Both practices are NHS in Inverness and on nhs.net.

Patient: Murdo MACAULAY
CHI: {sp(c, 'chi')}
DOB: 08/03/1949
Admitted with community acquired pneumonia, discharged on amoxicillin, COPD follow-up with respiratory nurse.

Correct practice now has it. The TrakCare GP field was not updated from CHI - I've raised that with the PAS team.

Kind regards
Seonaid MacLennan
Ward Clerk, Ward 6C, Raigmore Hospital
"""
    msg = plain("Seonaid MacLennan <seonaid.maclennan@nhs.net>", IG, "Discharge letter to previous GP practice",
                "Thu, 23 Apr 2026 10:10:00 +0100", slug, body)
    write("018-scotland-chi-wrong-gp.eml", msg, "discharge_summary_wrong_gp_scotland",
          ["plain", "scotland", "chi", "ward_clerk", "surname_caps"],
          ids={"chi_number": [c], "date_of_birth": ["1949-03-08"]},
          names=["Murdo Macaulay"], ign_names=["Seonaid MacLennan"],
          ign={"email_address": ["seonaid.maclennan@nhs.net", IG_ADDR]},
          subjects=1, cats=["health"], sev=3, lik=2, rep=False,
          basis=["discharge letter (pneumonia, COPD) about an identified patient",
                 "sent to another NHS GP practice on nhs.net, deleted and confirmed in writing"])


@email
def e019():
    slug = "019"
    pts = [("MACLEAN, Catriona", "140562", "262"), ("MORRISON, Iain Alasdair", "030771", "317"),
           ("NICLEÒID, Mòrag", "221148", "442"), ("CHISHOLM, Ruairidh", "090985", "151"),
           ("BHATTI, Anjum", "311259", "580"), ("FRASER, Eilidh", "170603", "024"),
           ("GILLIES, Domhnall", "280433", "539"), ("KOWALSKA, Beata", "051276", "666")]
    rows, chis, dobs, names = [], [], [], []
    for nm, d, s in pts:
        c = chi(d, s)
        chis.append(c)
        yy = int(d[4:]); yr = 2000 + yy if yy <= 26 else 1900 + yy
        dobs.append(f"{yr}-{d[2:4]}-{d[:2]}")
        sur, fore = nm.split(", ")
        names.append(f"{fore} {sur.title() if sur != 'NICLEÒID' else 'NicLeòid'}")
        rows.append(f"{c}  {nm:<26} {d[:2]}/{d[2:4]}/{yr}  ")
    body = """Dear IG colleague,

I need to report a lost clinic list. I'm a diabetes specialist nurse and I run the Tuesday satellite clinic in Fort William.

After clinic I stopped at the Nevis Bakehouse café for lunch and left my folder on the table with the printed clinic list in it. I realised about three hours later. The café owner had found it and kept it behind the counter and I collected it at 17:00. He said he opened the folder to look for a name to return it to and saw it was "hospital stuff". The café was busy and I can't say if anyone else looked at it.

The list (typed from the sheet):

CHI         Name                       DOB         Clinic note
""" + "\n".join(r + ["HbA1c review", "insulin pump start", "foot ulcer review", "new T1", "retinopathy referral",
                      "transition clinic (age 22)", "annual review", "gestational diabetes"][i] for i, r in enumerate(rows)) + """

I'm very sorry - I know I shouldn't have had the paper list out of the clinic.

Anna
Anna Kowalczuk-Grant
Diabetes Specialist Nurse, Lochaber
"""
    msg = plain("Anna Kowalczuk-Grant <anna.kowalczuk-grant@nhs.net>", IG, "Clinic list left in cafe",
                "Tue, 10 Feb 2026 17:45:00 +0000", slug, body)
    write("019-scotland-chi-list-left-in-cafe.eml", msg, "lost_paper_cafe_scotland",
          ["plain", "scotland", "chi", "table_as_text", "surname_comma_forename", "gaelic_names"],
          ids={"chi_number": chis, "date_of_birth": dobs}, names=names, ign_names=["Anna Kowalczuk-Grant"],
          ign={"email_address": ["anna.kowalczuk-grant@nhs.net", IG_ADDR]},
          subjects=8, cats=["health", "reproductive_health"], sev=3, lik=3, rep=True,
          basis=["diabetes clinic list with CHI numbers and clinical notes for eight patients",
                 "left for three hours in a busy public café; recovered, but exposure unknown"])


@email
def e020():
    slug = "020"
    h = nhs("348201976")
    body = f"""Hi,

Could you log the below please. A neighbour handed in an opened letter to reception at the Mater this morning.

The letter (outpatient appointment, Community Mental Health Team - Psychological Therapies) was addressed to:

  Mr Ciarán Ó Dochartaigh
  11 Glenview Gardens
  Belfast
  BT11 8LP

but the envelope window showed number 17 - the letter was printed with the correct address but put into a pre-addressed envelope left over from another batch. The neighbour at 17 (a Mr Magee) opened it, read it, and said he knows Ciarán to see. It gives his H&C number {sp(h)}, his DOB (4 April 1990) and the appointment with the psychology service for "trauma-focused CBT".

Mr Ó Dochartaigh has been phoned and apologised to. He asked that we post nothing to him for now and use his mobile (07700 900 233).

Thanks
Gráinne McAleese
Admin Team Leader, Belfast Health and Social Care Trust
028 9096 0214
"""
    msg = plain("Gráinne McAleese <grainne.mcaleese@belfasttrust.hscni.net>", IG,
                "Mental health appointment letter opened by neighbour", "Mon, 08 Sep 2025 12:05:00 +0100", slug, body)
    write("020-northern-ireland-hc-letter-neighbour.eml", msg, "misdirected_letter_northern_ireland",
          ["plain", "northern_ireland", "hc_number", "utf8_names"],
          ids={"hc_number": [h], "date_of_birth": ["1990-04-04"], "address": ["11 Glenview Gardens, Belfast, BT11 8LP"],
               "postcode": ["BT11 8LP"], "phone_number": ["07700900233"]},
          names=["Ciarán Ó Dochartaigh"], ign_names=["Gráinne McAleese", "Magee"],
          ign={"email_address": ["grainne.mcaleese@belfasttrust.hscni.net", IG_ADDR], "phone_number": ["02890960214"]},
          subjects=1, cats=["health", "mental_health"], sev=4, lik=3, rep=True,
          basis=["mental health (psychological therapies) appointment about an identified patient",
                 "opened and read by a neighbour who knows him; returned but already read"])


@email
def e021():
    slug = "021"
    n = nhs("694310527")
    inner = plain("Carys Lloyd-Evans <carys.lloyd-evans@wales.nhs.uk>", "Rhian <rhian.p.jones@gmail.com>",
                  "Booking summary", "Wed, 14 Jan 2026 15:12:00 +0000", slug + "i",
                  f"""Hi Rhian, as promised here is your booking summary so you have a copy.

Name: Rhian Pritchard
DOB: 30/09/1996
NHS number: {n}
Address: 5 Heol y Nant, Caerfyrddin / Carmarthen, SA31 3EW
EDD 22/07/2026. G2 P0 (one miscarriage 2024). Booking bloods taken incl. HIV, hep B, syphilis. 
Previous history of postnatal-type low mood after miscarriage - referred to perinatal mental health for support.

Carys""")
    body = """Bore da,

I'm a community midwife in Carmarthen. I've emailed a booking summary to the wrong Rhian. I meant to send it to Rhian Pritchard at her own email which she gave me at booking, but I typed "Rhian" and picked an address from my list which turned out to be a different Rhian (Rhian Jones, she was one of my ladies two years ago).

Rhian Jones has replied really kindly, said she's deleted it and emptied her deleted items and won't say anything - she doesn't know Rhian P. I've told Rhian P. I'll put it on Datix too.

Diolch,
Carys

Carys Lloyd-Evans
Bydwraig Gymunedol / Community Midwife
Bwrdd Iechyd Prifysgol Hywel Dda / Hywel Dda University Health Board
"""
    msg = multipart("Carys Lloyd-Evans <carys.lloyd-evans@wales.nhs.uk>", IG, "Booking summary sent to wrong Rhian",
                    "Wed, 14 Jan 2026 16:40:00 +0000", slug, [text_part(body), rfc822(inner)])
    write("021-wales-midwife-wrong-rhian.eml", msg, "wrong_recipient_autocomplete_wales",
          ["attached_rfc822", "wales", "midwife", "bilingual_signature", "reproductive"],
          ids={"nhs_number": [n], "date_of_birth": ["1996-09-30"],
               "address": ["5 Heol y Nant, Caerfyrddin / Carmarthen, SA31 3EW"], "postcode": ["SA31 3EW"]},
          names=["Rhian Pritchard"], ign_names=["Carys Lloyd-Evans", "Rhian Jones"],
          ign={"email_address": ["carys.lloyd-evans@wales.nhs.uk", "rhian.p.jones@gmail.com", IG_ADDR]},
          subjects=1, cats=["health", "reproductive_health", "mental_health"], sev=4, lik=2, rep=False,
          basis=["antenatal booking summary: pregnancy, miscarriage, perinatal mental health",
                 "sent to another woman's personal gmail outside the trusted domains (likelihood 3)",
                 "containment: recipient confirmed deletion in writing (likelihood -1 to 2)"])


@email
def e022():
    slug = "022"
    n = nhs("446028913")
    body = f"""Hi IG,

Just flagging a near miss, nothing actually went. I was emailing a referral letter to the patient at her request and when I started typing her name the address that came up was for a different patient with the same name. Outlook put up the yellow "this is an external recipient" bar and the address looked wrong (different year in it) so I checked on the clinical system and it wasn't hers. I deleted the draft and used the right address.

The letter was for:
Mrs Parveen Akhtar, DOB 19.02.1967, NHS {sp(n)}, referral to gastroenterology for iron deficiency anaemia.

Can we stop Outlook remembering patients' addresses? It's happened to me before.

Thanks,
Shabnam
Receptionist, Hillside Family Practice
"""
    msg = plain("Shabnam Hossain <shabnam.hossain@nhs.net>", IG, "near miss - nearly emailed wrong patient",
                "Fri, 06 Jun 2025 12:18:00 +0100", slug, body)
    write("022-near-miss-autocomplete-caught.eml", msg, "near_miss_autocomplete",
          ["plain", "near_miss", "gp_receptionist"],
          ids={"nhs_number": [n], "date_of_birth": ["1967-02-19"]}, names=["Parveen Akhtar"],
          ign_names=["Shabnam Hossain"], ign={"email_address": ["shabnam.hossain@nhs.net", IG_ADDR]},
          subjects=1, cats=["health"], near_miss=True, sev=3, lik=1, rep=False,
          basis=["near miss: draft deleted before sending after the external-recipient warning",
                 "would have been a referral letter (health) to the wrong person"])


@email
def e023():
    slug = "023"
    a, b = nhs("619773402"), nhs("477150836")
    body = f"""Hi

Near miss on Ward 3 this morning. Our ward clerk was posting discharge letters and my HCA, who was helping her fold, noticed two letters stuck together going into one envelope: the letter for Mr Wojciech Sadowski (NHS {a}, 4 Cherry Tree Walk, Norwich, NR2 3HN) was behind the letter for Mrs Aminata Sesay (NHS {b}), so it would have gone to her address. Caught before the envelope was sealed, nothing left the ward. Both sent correctly now.

We've gone back to one-letter-one-envelope-check-both-sides. Just logging for learning.

Thanks
Funmilayo Adeyinka
Ward Manager, Ward 3
"""
    msg = plain("Funmilayo Adeyinka <funmilayo.adeyinka@nhs.net>", IG, "Near miss - two letters in one envelope",
                "Tue, 19 Aug 2025 11:02:00 +0100", slug, body)
    write("023-near-miss-two-letters-one-envelope.eml", msg, "near_miss_envelope",
          ["plain", "near_miss", "ward_manager"],
          ids={"nhs_number": [a, b], "address": ["4 Cherry Tree Walk, Norwich, NR2 3HN"], "postcode": ["NR2 3HN"]},
          names=["Wojciech Sadowski", "Aminata Sesay"], ign_names=["Funmilayo Adeyinka"],
          ign={"email_address": ["funmilayo.adeyinka@nhs.net", IG_ADDR]},
          subjects=2, cats=["health"], near_miss=True, sev=3, lik=1, rep=False,
          basis=["near miss: caught before the envelope was sealed; nothing left the ward",
                 "would have disclosed a discharge letter to another patient"])


@email
def e024():
    slug = "024"
    body = """Thank you for your email. I am out of the office until Monday 5 January with no access to email.

For urgent information governance matters please contact the IG team on the shared mailbox. For Caldicott advice please contact the Caldicott Guardian's office.

Kind regards
"""
    msg = plain("Lotte Achterberg <lotte.achterberg@nhs.net>", IG, "Automatic reply: Incident log - December",
                "Mon, 22 Dec 2025 09:00:05 +0000", slug, body,
                extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    write("024-nonreport-out-of-office.eml", msg, "non_report_auto_reply",
          ["plain", "non_report", "auto_reply"], ign_names=["Lotte Achterberg"],
          ign={"email_address": ["lotte.achterberg@nhs.net", IG_ADDR]},
          subjects=0, sev=1, lik=1, rep=False, basis=["automatic reply; no personal data of any data subject"])


@email
def e025():
    slug = "025"
    body = """Hi,

Quick question from our team meeting. If I send an email meant for one colleague to another colleague by mistake, and it's all internal on NHSmail, does that count as a breach we have to report to you? And what if it's just a meeting time with no patient details?

Also is there a training session coming up on this? A few of the new starters haven't done their Data Security Awareness yet.

Thanks
Outpatients admin team
"""
    msg = plain("Outpatients Admin <outpatients.admin@nhs.net>", IG, "question - internal wrong recipient",
                "Wed, 28 Jan 2026 14:33:00 +0000", slug, body)
    write("025-nonreport-training-question.eml", msg, "non_report_question",
          ["plain", "non_report", "training_question"],
          ign={"email_address": ["outpatients.admin@nhs.net", IG_ADDR]},
          subjects=0, sev=1, lik=1, rep=False, basis=["a general question; no incident, no personal data"])


@email
def e026():
    slug = "026"
    plain_b = """Information Governance Steering Group

When: Thursday 12 February 2026 14:00-15:30
Where: Microsoft Teams meeting / Board Room 2

Agenda
1. Minutes and actions
2. DSPT submission progress
3. Incident trends Q3 (misdirected email remains top)
4. Records management policy review
5. AOB

Join on your computer, mobile app or room device: Click here to join the meeting
Meeting ID: 372 918 644 05   Passcode: Xy7Qp2
"""
    html_b = "<html><body>" + "".join(f"<p>{html_esc(l)}</p>" for l in plain_b.splitlines() if l) + "</body></html>"
    ics = T("""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000F2B6A
SUMMARY:Information Governance Steering Group
DTSTART:20260212T140000Z
DTEND:20260212T153000Z
LOCATION:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""")
    cal = MIMEText(ics, "calendar", "utf-8"); cal.set_param("method", "REQUEST")
    msg = multipart("IG Team <ig.team@nhs.net>", IG, "IG Steering Group - February",
                    "Mon, 26 Jan 2026 09:30:00 +0000", slug, [alternative(plain_b, html_b, slug), cal],
                    subtype="mixed")
    write("026-nonreport-meeting-invite.eml", msg, "non_report_meeting_invite",
          ["multipart_alternative", "calendar", "non_report"],
          ign={"email_address": ["ig.team@nhs.net", IG_ADDR]},
          subjects=0, sev=1, lik=1, rep=False, basis=["meeting invitation; no personal data"])


@email
def e027():
    slug = "027"
    html = """<html><head><meta charset="utf-8"><style>h2{color:#005eb8}</style></head><body>
<h2>IG Matters - March 2026</h2>
<p><b>Bcc, not To.</b> Group emails to patients or service users must use Bcc, or better, a mail merge so that each person gets their own copy. Several organisations have been reprimanded by the Information Commissioner for group emails that revealed who attends a clinic.</p>
<p><b>Autocomplete.</b> Outlook remembers every address you have typed. Clear suggestions you no longer need (click the X next to the name) and always read the full address before pressing Send.</p>
<p><b>Paper.</b> Handover sheets stay on the ward. If you must take paper off site, sign it out and keep it with you.</p>
<p><b>DSPT.</b> Staff training compliance is at 91%. The target is 95% by 31 March.</p>
<p>Questions? Reply to this bulletin or call the IG helpline.</p>
<p style="font-size:small">You are receiving this because you are on the All Staff distribution list.</p>
</body></html>"""
    msg = plain("IG Team <ig.team@nhs.net>", "All Staff <allstaff@nhs.net>", "IG Matters - March 2026",
                "Mon, 02 Mar 2026 08:00:00 +0000", slug, html, subtype="html", cte="qp",
                extra={"List-Id": "All Staff <allstaff.nhs.net>", "Precedence": "bulk"})
    write("027-nonreport-newsletter-html.eml", msg, "non_report_newsletter",
          ["html_only", "cte_qp", "non_report", "newsletter"],
          ign={"email_address": ["ig.team@nhs.net", "allstaff@nhs.net"]},
          subjects=0, sev=1, lik=1, rep=False, basis=["staff newsletter; no personal data"])


@email
def e028():
    slug = "028"
    inner = plain("NHSmail Security <security-alert@nhsmail-verify.co>", "Undisclosed recipients:;",
                  "Action required: your mailbox will be suspended", "Tue, 10 Mar 2026 06:12:00 +0000", slug + "i",
                  """Dear user,

Your NHSmail mailbox has exceeded its storage limit and will be suspended within 24 hours. To keep your account active, verify your credentials at the secure portal below.

https://nhsmail-verify.co/portal/login

NHSmail Support Team""")
    body = """Morning, got this in my inbox overnight, looks like phishing to me. I haven't clicked the link. Forwarding as an attachment as the cyber team asked. Not sure if it counts as a breach but thought you'd want to know.

Reception, Millbrook Surgery
"""
    msg = multipart("Millbrook Reception <millbrook.reception@nhs.net>", IG, "FW: Action required: your mailbox will be suspended",
                    "Tue, 10 Mar 2026 08:04:00 +0000", slug, [text_part(body), rfc822(inner)])
    write("028-nonreport-phishing-forward.eml", msg, "non_report_phishing",
          ["attached_rfc822", "non_report", "phishing"],
          ign={"email_address": ["millbrook.reception@nhs.net", "security-alert@nhsmail-verify.co", IG_ADDR]},
          subjects=0, sev=1, lik=1, rep=False,
          basis=["suspected phishing reported before any click; no personal data disclosed"])


@email
def e029():
    slug = "029"
    body = """Hello,

I am manager of small residential home (18 residents). Many of the families are asking us to send them photos and updates about their mother or father on WhatsApp, because they live far away. Some staff are doing it from their own phone already, I want to stop this until I know the rule.

Is it allowed if the family agree? Should we have a work phone? Do we need the resident consent if they have dementia and cannot decide? I don't want to make breach.

Thank you for help,
Registered Manager
Rosewood House
"""
    msg = plain("Rosewood House <manager@rosewoodhouse.org.uk>", IG, "Question WhatsApp with families",
                "Thu, 15 Jan 2026 13:20:00 +0000", slug, body)
    write("029-nonreport-care-home-whatsapp-question.eml", msg, "non_report_question_care_home",
          ["plain", "non_report", "non_native_english", "care_home"],
          ign={"email_address": ["manager@rosewoodhouse.org.uk", IG_ADDR]},
          subjects=0, sev=1, lik=1, rep=False, basis=["advice request; no incident and no personal data"])


@email
def e030():
    slug = "030"
    n = nhs("405883127")
    body = f"""hello sorry to bother

i am agency carer with Homecare Plus, doing the calls for mr Wisniewski in the morning and evening. this morning i take photo of his MAR chart because the pharmacy change the blister pack and i want ask coordinator Beata which tablet is new. but i send photo on whatsapp to my cousin Beata not coordinator Beata, same name in my phone. my cousin she is in Poland she tell me "what is this" and she delete. i tell my office and they say i must email here also

on the photo is: Tadeusz Wisniewski, 22 Mill Street, Kettering NN16 0RH, date of birth 15/08/1937, NHS {n}, all his tablets (donepezil, warfarin, furosemide, paracetamol) and GP name.

i am very sorry i will not use my phone for this again

Jolanta
"""
    msg = plain("Jolanta Zawadzka <jolanta.zaw84@gmail.com>", IG, "wrong whatsapp photo",
                "Sun, 29 Jun 2025 08:52:00 +0100", slug, body, mid_host="mail.gmail.com")
    write("030-agency-carer-mar-chart-whatsapp.eml", msg, "wrong_contact_messaging_app",
          ["plain", "agency_carer", "non_native_english", "lowercase_names", "domiciliary_care", "vulnerable"],
          ids={"nhs_number": [n], "date_of_birth": ["1937-08-15"], "address": ["22 Mill Street, Kettering, NN16 0RH"],
               "postcode": ["NN16 0RH"]},
          names=["Tadeusz Wisniewski"], ign_names=["Jolanta Zawadzka", "Beata"],
          ign={"email_address": ["jolanta.zaw84@gmail.com", IG_ADDR]},
          subjects=1, cats=["health"], sev=3, lik=3, rep=True,
          basis=["medication chart (dementia, anticoagulant) of a vulnerable adult receiving home care",
                 "sent by WhatsApp to a relative abroad; she says she deleted it (not verifiable)"])


@email
def e031():
    slug = "031"
    n = nhs("761520394")
    body = f"""Hello,

Practice manager at Northgate Medical Centre. We received the discharge summary below this morning via our nhs.net inbox but the patient isn't registered with us and never has been as far as I can see. I've replied to the sender and deleted it from our docman workflow. Sending to you as they asked us to.

Regards
Sandra Hepworth
Practice Manager
Northgate Medical Centre

> -----Original Message-----
> From: AMU Discharge Team <amu.discharges@nhs.net>
> Sent: 02 October 2025 07:44
> To: Northgate Medical Centre <northgate.mc@nhs.net>
> Subject: Discharge summary
>
> IMMEDIATE DISCHARGE SUMMARY
> Name:     HIRSI, Abdirahman Yusuf
> DOB:      09/01/1972
> NHS No:   {sp(n)}
> Address:  63 Cromwell Street, Walsall, WS2 9EP
> Admitted: 29/09/2025   Discharged: 01/10/2025
> Diagnosis: diabetic ketoacidosis, new insulin regimen
> GP actions: please review in 1 week, refer to diabetes nurse.
>
> Registered GP per PAS: Northgate Medical Centre (this appears to be incorrect -
> patient says Pleck Health Centre)
"""
    msg = plain("Sandra Hepworth <sandra.hepworth@nhs.net>", IG, "RE: Discharge summary - not our patient",
                "Thu, 02 Oct 2025 10:15:00 +0100", slug, body)
    write("031-gp-receives-wrong-discharge-summary.eml", msg, "discharge_summary_wrong_gp",
          ["plain", "quoted_gt", "gp_practice_manager", "receiving_side", "surname_comma_forename"],
          ids={"nhs_number": [n], "date_of_birth": ["1972-01-09"], "address": ["63 Cromwell Street, Walsall, WS2 9EP"],
               "postcode": ["WS2 9EP"]},
          names=["Abdirahman Yusuf Hirsi"], ign_names=["Sandra Hepworth"],
          ign={"email_address": ["sandra.hepworth@nhs.net", "amu.discharges@nhs.net", "northgate.mc@nhs.net", IG_ADDR]},
          subjects=1, cats=["health"], sev=3, lik=2, rep=False,
          basis=["discharge summary (DKA) about an identified patient",
                 "sent to the wrong GP practice inside nhs.net; deleted by the practice"])


@email
def e032():
    slug = "032"
    n = nhs("430617782")
    body = f"""IG,

Another "letter to previous address" I'm afraid, forwarded below from the new occupier. Patient is Mr Vu Duc Anh, NHS {n}. The echo result letter went to 31 Stanley Road, Bootle, L20 3DL, which he left in 2024. Spine has had him at 9 Parkfield Avenue, Birkenhead, CH41 4LQ since May 2024 - our PAS didn't pick up the change because he hasn't attended since. Same root cause as the two in September.

I've asked the new occupier to shred it.

Rebecca Oyelaran
Outpatient Booking Team Leader

---------- Forwarded message ---------
From: Gary Lunt <garylunt66@gmail.com>
Date: Mon, 20 Oct 2025 at 19:02
Subject: your letter
To: <cardiology.bookings@nhs.net>

Hi, I got a letter today for a Mr Vu who used to live here before us. I opened it before I noticed the name sorry. It's about his heart scan results, says his heart is only pumping at 35% and he needs to come in to discuss a defibrillator. Seems important so thought you should know he's not here. Do you want it back?

Gary
"""
    msg = plain("Rebecca Oyelaran <rebecca.oyelaran@nhs.net>", IG, "Fwd: your letter - previous address again",
                "Tue, 21 Oct 2025 09:12:00 +0100", slug, body)
    write("032-letter-previous-address-new-occupier.eml", msg, "letter_previous_address",
          ["plain", "inline_gmail", "ico_based_south_tees", "member_of_public"],
          ids={"nhs_number": [n], "address": ["31 Stanley Road, Bootle, L20 3DL", "9 Parkfield Avenue, Birkenhead, CH41 4LQ"],
               "postcode": ["L20 3DL", "CH41 4LQ"]},
          names=["Vu Duc Anh"], ign_names=["Rebecca Oyelaran", "Gary Lunt"],
          ign={"email_address": ["rebecca.oyelaran@nhs.net", "garylunt66@gmail.com", "cardiology.bookings@nhs.net", IG_ADDR]},
          subjects=1, cats=["health"], sev=3, lik=3, rep=True,
          basis=["cardiac result letter about an identified patient opened and read by the new occupier",
                 "asked to shred, not confirmed; PAS not reconciled with Spine (repeat incident)"])


@email
def e033():
    slug = "033"
    hdr = ["Patient", "DOB", "NHS No", "Procedure", "Anaesthetic", "Notes"]
    base = [("Bláithín KEOGH", "04/11/1988", "408", "laparoscopic cholecystectomy", "GA", ""),
            ("Rajesh PILLAI", "17/06/1961", "623", "inguinal hernia repair", "GA", "diabetic - first on list"),
            ("Marek DUDA", "29/02/1976", "655", "knee arthroscopy", "GA", ""),
            ("Yetunde ADEWALE", "12/12/1983", "709", "hysteroscopy + polypectomy", "GA", "latex allergy"),
            ("Li NA", "08/08/1992", "742", "excision breast lump", "GA", "2WW"),
            ("Owain THOMAS", "21/03/1955", "476", "TURBT", "spinal", "anticoagulated - bridging"),
            ("Hawa JALLOH", "30/05/1999", "690", "ERPC", "GA", ""),
            ("Alexandru RUSU", "14/01/1970", "613", "haemorrhoidectomy", "GA", ""),
            ("Sorcha DEVLIN", "02/09/1948", "441", "cataract L", "local", "hard of hearing"),
            ("Omar HADDAD", "25/10/1966", "727", "carpal tunnel release R", "local", ""),
            ("Nguyen Van LONG", "11/04/1980", "759", "vasectomy", "local", ""),
            ("Kirsty BUCHANAN", "19/07/1973", "488", "laparoscopic sterilisation", "GA", "")]
    rows, nh, dobs, names = [hdr], [], [], []
    for i, (nm, d, p, proc, an, note) in enumerate(base):
        n = nhs(p + f"{(i * 7919 + 31337) % 1000000:06d}")
        rows.append([nm, d, n, proc, an, note])
        nh.append(n); dd, mm, yy = d.split("/"); dobs.append(f"{yy}-{mm}-{dd}")
        parts = nm.split(); names.append(" ".join(parts[:-1]) + " " + parts[-1].title())
    data = csvbytes(rows)
    reply = """Hi Moira,

I think this was meant for a different Dave - I'm the account manager at Medisoft for your theatre system. I haven't opened the attachment beyond seeing what it was, and I have now deleted the email from my inbox and deleted items. Happy to confirm that in writing on headed paper if you need it.

Regards
Dave Nowak
Account Manager, Medisoft Systems Ltd"""
    body = f"""Hi IG team,

I sent Thursday's day-surgery list to the wrong Dave. It should have gone to Dave Nwosu in theatre scheduling but it went to Dave Nowak, who is the account manager at our theatre system supplier. He replied within ten minutes (below) to say he's deleted it. I've attached the list so you can see what was on it.

Moira Sinclair
Secretary to Miss F. Oduya, Consultant General Surgeon

-----Original Message-----
From: Dave Nowak <dave.nowak@medisoft-systems.co.uk>
Sent: 05 February 2026 11:38
To: Moira Sinclair <moira.sinclair@nhs.net>
Subject: RE: Thursday DSU list

{reply}
"""
    msg = multipart("Moira Sinclair <moira.sinclair@nhs.net>", IG, "Theatre list sent to wrong Dave (supplier)",
                    "Thu, 05 Feb 2026 12:02:00 +0000", slug,
                    [text_part(body), attach(data, "DSU list Thu 12-02.csv", "text", "csv")])
    write("033-wrong-dave-supplier-csv.eml", msg, "wrong_recipient_same_first_name_contained",
          ["csv", "inline_outlook", "medical_secretary", "forename_SURNAME", "containment"],
          ids={"nhs_number": nh, "date_of_birth": dobs}, names=names,
          ign_names=["Moira Sinclair", "Dave Nowak", "Dave Nwosu", "Oduya"],
          ign={"email_address": ["moira.sinclair@nhs.net", "dave.nowak@medisoft-systems.co.uk", IG_ADDR]},
          subjects=12, cats=["health", "reproductive_health"], sev=4, lik=2, rep=False,
          basis=["day-surgery list for twelve patients incl. ERPC and sterilisation (reproductive health)",
                 "sent to a supplier's account manager outside the trusted domains (likelihood 3)",
                 "containment: recipient confirmed deletion within ten minutes (likelihood -1 to 2)"])


@email
def e034():
    slug = "034"
    n = nhs("668240159")
    care = f"""CARE PLAN - Community Mental Health Team (East)
Name: Eglė KAZLAUSKIENĖ    DOB: 06/06/1985    NHS: {sp(n)}
Diagnosis: bipolar affective disorder, currently depressive episode
Risk: history of overdose (2023); current risk assessed as moderate
Medication: lithium 800mg nocte (level 0.7), quetiapine 100mg
Crisis plan: contact crisis team; sister Rūta Kazlauskaitė (07700 900 811) is nominated contact."""
    pals = f"""From: Eglė Kazlauskienė <egle.kazlauskiene@gmail.com>
Sent: 12 May 2025 20:14
To: PALS <pals.mh@nhs.net>
Subject: my care plan went to my WORK email

Hello. My care coordinator emailed my care plan to my work email address (egle.kazlauskiene@northbank-finance.co.uk) instead of my personal one. I never gave the work address for this - I think it was in an old email I sent. Our IT department can read all staff emails, and my manager does not know about my illness. I am now scared to go to work. Here is what was sent (I copied it from my work inbox before deleting):

{care}

Please tell me who at my work could have seen this."""
    inner = plain("PALS Mental Health <pals.mh@nhs.net>", "Information Governance <ig.incidents@nhs.net>",
                  "FW: my care plan went to my WORK email", "Tue, 13 May 2025 09:05:00 +0100", slug + "i",
                  "IG - please see below. The care coordinator has confirmed she picked the work address from the "
                  "patient's old emails. Can you advise on contacting the employer?\n\nPALS\n\n" + pals)
    body = """Forwarding the PALS one as an attachment so it goes into breachdesk properly. I have also spoken to the care coordinator's team manager.

Nadia Bensalem
IG Officer
"""
    msg = multipart("Nadia Bensalem <nadia.bensalem@nhs.net>", IG, "FW: FW: my care plan went to my WORK email",
                    "Tue, 13 May 2025 09:40:00 +0100", slug, [text_part(body), rfc822(inner)])
    write("034-care-plan-to-work-email-nested.eml", msg, "wrong_email_employer_mental_health",
          ["attached_rfc822", "nested_forward", "inline_outlook", "utf8_names", "relative_subject", "ig_officer"],
          ids={"nhs_number": [n], "date_of_birth": ["1985-06-06"], "phone_number": ["07700900811"],
               "email_address": ["egle.kazlauskiene@gmail.com", "egle.kazlauskiene@northbank-finance.co.uk"]},
          names=["Eglė Kazlauskienė", "Rūta Kazlauskaitė"], ign_names=["Nadia Bensalem"],
          ign={"email_address": ["nadia.bensalem@nhs.net", "pals.mh@nhs.net", IG_ADDR]},
          subjects=2, cats=["health", "mental_health"], sev=4, lik=3, rep=True,
          basis=["mental health care plan (bipolar disorder, overdose history) of an identified patient",
                 "sent to her employer's email system, readable by the employer's IT; sister's mobile included"])


if __name__ == "__main__":
    build()
