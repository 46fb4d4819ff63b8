#!/usr/bin/env python3
"""fresh19 evaluation corpus for breachdesk.  Deterministic: fixed seed, fixed MIME boundaries,
fixed dates and Message-IDs, zip members of xlsx/docx rewritten with a fixed timestamp.
Run: /work/main/.venv/bin/python make_corpus.py   (writes *.eml and truth.jsonl next to this file)"""
import io, json, os, random, re, zipfile, datetime, glob
from email import charset as _cs
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.message import Message
from email import encoders
from email.utils import formatdate, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(19190319)
BREACH = "breach@example.nhs.uk"
WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2]

# ------------------------------------------------------------------ identifiers
def mod11(first9):
    s = sum(int(d) * w for d, w in zip(first9, WEIGHTS))
    c = 11 - (s % 11)
    return 0 if c == 11 else c          # 10 -> invalid, caller retries

def valid_mod11(num):
    num = "".join(ch for ch in num if ch.isdigit())
    if len(num) != 10:
        return False
    c = mod11(num[:9])
    return c != 10 and c == int(num[9])

def _health(lo, hi):
    while True:
        first9 = str(RNG.randint(lo, hi)) + "".join(str(RNG.randint(0, 9)) for _ in range(6))
        c = mod11(first9)
        if c != 10:
            n = first9 + str(c)
            assert valid_mod11(n)
            return n

def nhs():          # England / Wales
    return _health(*RNG.choice([(400, 499), (600, 799)]))

def hc():           # Northern Ireland Health & Care number
    return _health(320, 399)

def chi(dob, female):
    d = datetime.date.fromisoformat(dob)
    while True:
        first8 = d.strftime("%d%m%y") + "".join(str(RNG.randint(0, 9)) for _ in range(2))
        sexd = RNG.choice("02468" if female else "13579")
        first9 = first8 + sexd
        c = mod11(first9)
        if c != 10:
            n = first9 + str(c)
            assert valid_mod11(n)
            return n

def sp(n, style=" "):   # 943 476 5919
    return f"{n[:3]}{style}{n[3:6]}{style}{n[6:]}"

# ------------------------------------------------------------------ MIME helpers
_QP = _cs.Charset("utf-8"); _QP.body_encoding = _cs.QP; _QP.header_encoding = _cs.QP
_B64 = _cs.Charset("utf-8"); _B64.body_encoding = _cs.BASE64
_cs.add_charset  # keep linters calm

def textpart(text, subtype="plain", cte="7bit"):
    if cte == "qp":
        p = MIMEText(text, subtype, _QP)
    elif cte == "b64":
        p = MIMEText(text, subtype, _B64)
    elif cte == "8bit":
        p = MIMEText(text, subtype, "utf-8")
        del p["Content-Transfer-Encoding"]
        p.set_payload(text.encode("utf-8"), "utf-8")
        del p["Content-Transfer-Encoding"]
        p["Content-Transfer-Encoding"] = "8bit"
        p.set_payload(text)
    else:
        try:
            text.encode("ascii")
            p = MIMEText(text, subtype, "us-ascii")
        except UnicodeEncodeError:
            p = MIMEText(text, subtype, _QP)
    return p

FIXED_ZIP_TIME = (2026, 11, 2, 9, 0, 0)

def fixzip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            data_ = zin.read(info.filename)
            if info.filename == "docProps/core.xml":   # openpyxl stamps "now" on save
                data_ = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2026-11-02T09:00:00Z", data_)
            zout.writestr(zi, data_)
    return out.getvalue()

FIXED_DT = datetime.datetime(2026, 11, 2, 9, 0, 0)

def xlsx(sheets):
    """sheets: list of (title, rows) ; rows are lists (None = empty cell)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = "NHS User"
    b = io.BytesIO(); wb.save(b)
    return fixzip(b.getvalue())

def docx(blocks):
    """blocks: ("h", text) heading, ("p", text) paragraph, ("t", rows) table."""
    import docx as _d
    d = _d.Document()
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=1)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "t":
            t = d.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for r in val:
                cells = t.add_row().cells
                for c, v in zip(cells, r):
                    c.text = str(v)
    cp = d.core_properties
    cp.created = FIXED_DT; cp.modified = FIXED_DT; cp.last_printed = FIXED_DT
    cp.author = "NHS User"; cp.last_modified_by = "NHS User"; cp.revision = 1
    b = io.BytesIO(); d.save(b)
    return fixzip(b.getvalue())

def pdf(title, lines):
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(FIXED_DT.replace(tzinfo=datetime.timezone.utc))
    p.add_page()
    p.set_font("Helvetica", "B", 14)
    p.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    p.set_font("Helvetica", "", 10)
    for ln in lines:
        p.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())

def csvdata(rows, sep=","):
    import csv
    b = io.StringIO()
    w = csv.writer(b, delimiter=sep, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue().encode("utf-8")

MIMETYPES = {"xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
             "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
             "pdf": ("application", "pdf"), "csv": ("text", "csv"), "txt": ("text", "plain")}

def attachment(name, data):
    mt, st = MIMETYPES[name.rsplit(".", 1)[1].lower()]
    if mt == "text":
        p = MIMEText(data.decode("utf-8"), st, "utf-8")
    else:
        p = MIMEBase(mt, st)
        p.set_payload(data)
        encoders.encode_base64(p)
    p.add_header("Content-Disposition", "attachment", filename=name)
    return p

# ------------------------------------------------------------------ email + truth
EMAILS = []
_COUNTER = [0]
BASE_TS = datetime.datetime(2026, 11, 2, 8, 0, tzinfo=datetime.timezone.utc).timestamp()

def addrs(*hs):
    out = []
    for h in hs:
        if not h:
            continue
        for part in h.split(","):
            part = part.strip()
            if "<" in part:
                part = part[part.index("<") + 1:part.index(">")]
            if "@" in part:
                out.append(part.lower())
    return out

def mk_headers(m, frm, to, subject, cc, n, date_off, extra):
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = formatdate(BASE_TS + date_off, localtime=False)
    dom = addrs(frm)[0].split("@")[1]
    m["Message-ID"] = f"<f19.{n:03d}.{int(BASE_TS + date_off)}@{dom}>"
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        m[k] = v

def inner(frm, to, subject, body, date_off=0, cc=None, cte="7bit"):
    """An original message, for forwarding as message/rfc822."""
    _COUNTER[0] += 0
    m = textpart(body, "plain", cte)
    mk_headers(m, frm, to, subject, cc, 900 + len(EMAILS), date_off, None)
    return m

def email(slug, scenario, tags, frm, to, subject, body=None, html=None, cte="7bit", cc=None,
          atts=(), rfc822=None, hours=0.0, headers=None,
          ids=None, names=(), ign_names=(), ign=None, subjects=0, cats=(), near=False,
          sev=1, lik=1, basis=(), rep=None):
    n = len(EMAILS) + 1
    date_off = int(hours * 3600) + n * 137
    parts = []
    if body is not None and html is not None:
        alt = MIMEMultipart("alternative", boundary=f"=_f19_alt_{n:03d}")
        alt.attach(textpart(body, "plain", cte)); alt.attach(textpart(html, "html", cte))
        parts.append(alt)
    elif html is not None:
        parts.append(textpart(html, "html", cte))
    else:
        parts.append(textpart(body, "plain", cte))
    for name, data in atts:
        parts.append(attachment(name, data))
    if rfc822 is not None:
        mp = MIMEMessage(rfc822)
        mp.add_header("Content-Disposition", "attachment", filename="original.eml")
        parts.append(mp)
    if len(parts) == 1:
        msg = parts[0]
    else:
        msg = MIMEMultipart("mixed", boundary=f"=_f19_mix_{n:03d}")
        for p in parts:
            msg.attach(p)
    mk_headers(msg, frm, to, subject, cc, n, date_off, headers)
    fname = f"{n:03d}-{slug}.eml"
    ids = {k: list(v) for k, v in (ids or {}).items() if v}
    ign = {k: list(v) for k, v in (ign or {}).items()}
    hdr = [a for a in addrs(frm, to, cc) if a not in ids.get("email_address", [])]
    ign.setdefault("email_address", [])
    for a in hdr:
        if a not in ign["email_address"]:
            ign["email_address"].append(a)
    if rep is None:
        rep = lik >= 3 and sev >= 2
    truth = {"file": fname, "scenario": scenario, "tags": sorted(tags), "identifiers": ids,
             "names": list(names), "ignorable_names": list(ign_names), "ignorable": ign,
             "subjects": subjects, "special_categories": sorted(cats), "near_miss": near,
             "no_identifiers": not ids and not names,
             "assessment": {"severity": sev, "likelihood": lik, "reportable": rep, "basis": list(basis)}}
    EMAILS.append((fname, msg, truth))

def build():
    for f in glob.glob(os.path.join(HERE, "*.eml")):
        os.remove(f)
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as tf:
        for fname, msg, truth in EMAILS:
            with open(os.path.join(HERE, fname), "wb") as fh:
                fh.write(msg.as_bytes())
            tf.write(json.dumps(truth, ensure_ascii=False) + "\n")
    print(f"wrote {len(EMAILS)} emails")

# ================================================================== the emails
# 001 ambulance crew, short phone mail: patient report form blown away / found by public
n1 = nhs()
email("ambulance-prf-found-bus-stop", "ambulance_lost_paper", ["short", "phone", "plain", "lost_paper"],
      "Kyle Brennan <kyle.brennan@nhs.net>", BREACH, "prf found",
      body=f"""hi member of public handed in a patient report form at the station this morning found it at the bus stop on oldham rd
pt is margaret hulme dob 14/03/1939 nhs {n1} address 22 brook lane failsworth m35 0ab. fall + hip #
think it came out the cab on the job last night. sorry

Sent from my iPhone
""",
      ids={"nhs_number": [n1], "date_of_birth": ["1939-03-14"], "postcode": ["M35 0AB"],
           "address": ["22 Brook Lane, Failsworth, M35 0AB"]},
      names=["Margaret Hulme"], ign_names=["Kyle Brennan"], subjects=1, cats=["health"],
      sev=3, lik=3, basis=["patient report form with diagnosis lost in a public place and found by a member of the public",
                            "returned, but it was out of NHS control overnight"])

# 002 ambulance trust IG lead, long formal report with timeline and docx table
p2 = [("Dennis Okafor", "1951-07-02", nhs(), "OL9 6HT", "chest pain, STEMI, PPCI"),
      ("Irene Whitworth", "1944-11-19", nhs(), "OL8 2RP", "COPD exacerbation, on home oxygen"),
      ("Tyler Mason", "2009-05-30", nhs(), "OL4 1JJ", "overdose (paracetamol), mental health crisis team informed")]
email("ambulance-station-move-prfs-missing", "ambulance_lost_paper_formal", ["long", "formal", "timeline", "docx", "lost_paper"],
      "Information Governance - North West Ambulance Service <ig.nwas@nhs.net>", BREACH,
      "Incident report IG-2026-0417: paper PRFs missing following station relocation",
      body=f"""Classification: OFFICIAL-SENSITIVE

Incident report IG-2026-0417
Reporting organisation: North West Ambulance Service (Greater Manchester sector)
Reported by: Amanda Leigh, Information Governance Manager
Date of report: 2 November 2026

1. Summary
During the relocation of Chadderton ambulance station to the new hub at Hollinwood, a sealed
"Confidential - PRF returns" box was not received at the hub. The box held paper Patient Report
Forms (PRFs) completed on 29-30 October 2026 during an ePCR tablet outage. The crew log shows
three PRFs were placed in the box. The removals contractor (a private firm) has searched its van
without success.

2. Timeline
29/10/2026 21:40  ePCR tablets on two vehicles fail to sync; crews revert to paper PRFs.
30/10/2026 07:15  Three paper PRFs placed in the PRF returns box at Chadderton.
31/10/2026 10:00  Removals contractor collects 41 items including the PRF box (item 27 on manifest).
31/10/2026 15:30  Hub receives 40 items; item 27 not checked in (discrepancy not noticed).
01/11/2026 09:05  Clinical records team chase the PRFs for scanning; box cannot be found.
01/11/2026 11:00  Old station searched (empty); contractor van searched; nothing found.
02/11/2026 08:30  Incident logged on Datix (W-88213) and reported to IG.

3. Data involved
Full PRFs: name, date of birth, NHS number, home postcode, presenting complaint, observations,
drugs given and handover notes. Details of the three patients are in the attached table.
One patient is a child (aged 17) whose PRF records an intentional overdose.

4. Assessment
The box left NHS custody with a third party and its location is unknown. We consider that the
likelihood of the data being seen by others is high and that the information includes mental
health information about a child. We intend to notify the three patients once we have the
Caldicott Guardian's agreement.

5. Actions
- Contractor asked to search depot and confirm in writing.
- Police not informed at this stage (no evidence of theft).
- Moving procedure to be amended: confidential waste and PRF boxes to travel with a staff member.

Amanda Leigh
Information Governance Manager | North West Ambulance Service NHS Trust
Tel 0345 112 0999 ext 4471
This email and any attachments are confidential and intended solely for the addressee.
""",
      atts=[("PRF_box_contents_item27.docx", docx([
          ("h", "PRF returns box (manifest item 27) - known contents"),
          ("p", "Compiled from crew log and CAD incident numbers, 01/11/2026."),
          ("t", [["Patient name", "DOB", "NHS No.", "Postcode", "Presenting complaint"]] +
                [[a, datetime.date.fromisoformat(b).strftime("%d/%m/%Y"), sp(c), d, e] for a, b, c, d, e in p2])]))],
      ids={"nhs_number": [x[2] for x in p2], "date_of_birth": [x[1] for x in p2], "postcode": [x[3] for x in p2]},
      names=[x[0] for x in p2], ign_names=["Amanda Leigh"], ign={"phone_number": ["03451120999"]},
      subjects=3, cats=["health", "mental_health"],
      sev=4, lik=3, basis=["paper PRFs lost in transit with a third-party contractor, location unknown",
                            "mental health (overdose) information about a child", "NHS numbers with clinical context"])

# 003 NHS 111 summary to the wrong GP practice (nhs.net, internal) - Outlook forward
n3 = nhs()
email("nhs111-summary-wrong-practice", "nhs111_misdirected_internal", ["ordinary", "outlook_forward", "plain"],
      "Priya Chauhan <priya.chauhan3@nhs.net>", BREACH, "FW: NHS 111 Post Event Message - wrong practice",
      body=f"""Hi IG team,

We've just received the below Post Event Message from 111 but the patient isn't registered with us -
they are registered at Moorside Medical Practice (we're Moorside Surgery, different practice, same
road!). I've not opened the attachment further than this and have deleted it from our inbox, and
let the 111 service know. Is there anything else I need to do?

Thanks
Priya Chauhan
Practice Manager, Moorside Surgery
0113 496 0381

-----Original Message-----
From: NHS 111 Yorkshire - PEM <y111.pem@nhs.net>
Sent: 02 November 2026 06:12
To: Moorside Surgery <moorside.surgery@nhs.net>
Subject: NHS 111 Post Event Message - {sp(n3)}

NHS 111 POST EVENT MESSAGE
Patient: Callum FERGUSON
DOB: 07-Aug-1988
NHS Number: {sp(n3)}
Address: Flat 3, 41 Cardigan Road, Leeds LS6 1DT
Call time: 01/11/2026 23:48
Reason for call: Abdominal pain, vomiting x6 in 12h
Disposition: Contact GP practice within 12 hours (Dx11)
Clinician: Call handler 4471 / Clinical advisor R.N.
This message was sent to the patient's registered practice.
""",
      ids={"nhs_number": [n3], "date_of_birth": ["1988-08-07"], "postcode": ["LS6 1DT"],
           "address": ["Flat 3, 41 Cardigan Road, Leeds LS6 1DT"]},
      names=["Callum Ferguson"], ign_names=["Priya Chauhan"],
      ign={"phone_number": ["01134960381"], "email_address": ["y111.pem@nhs.net", "moorside.surgery@nhs.net"]},
      subjects=1, cats=["health"],
      sev=3, lik=2, basis=["health information (111 disposition) about an identified patient",
                            "sent to another GP practice on nhs.net (inside the trusted domains)", "recipient deleted it"])

# 004 NHS 111 call handler snooping on ex-partner and her mother - audit csv
n4a, n4b = nhs(), nhs()
email("nhs111-call-handler-snooping", "snooping_misuse", ["long", "formal", "timeline", "csv", "snooping"],
      "Rachel Dunmore <rachel.dunmore@nhs.net>", BREACH,
      "CONFIDENTIAL - inappropriate access to records by a 111 health advisor (HR case ref ER/26/118)",
      body=f"""Dear DPO,

I am writing to formally report an inappropriate access incident in the NHS 111 service (East
Midlands contact centre). This has been discussed with the Head of HR and the Caldicott Guardian.

Background
On 28 October 2026 a member of the public, Ms Leanne Corbridge, contacted PALS to say that her
former partner, who works for us as a 111 health advisor, had made comments to her about her recent
medication and about her mother's hospital appointment that he could only have known from her
records. She believes he has been looking at them since they separated in the summer.

Investigation to date
28/10/2026 14:20  PALS complaint received and passed to IG.
29/10/2026 09:00  IG requested a Summary Care Record / Adastra access audit for both individuals.
30/10/2026 16:45  Audit received (extract attached). It shows 9 accesses to Ms Corbridge's record
                  and 4 to her mother's record (Mrs Pauline Corbridge) between 03/07/2026 and
                  26/10/2026, none linked to a call the advisor handled.
31/10/2026 11:00  Advisor suspended pending investigation; smartcard access revoked.
02/11/2026        Reported to DPO (this email).

Individuals affected
1. Leanne Corbridge, DOB 12/02/1991, NHS No {n4a}, 17 Sherwood Rise, Nottingham NG7 6JE.
   Her SCR shows sertraline and a recent referral to the community mental health team.
2. Pauline Corbridge, DOB 23/09/1962, NHS No {n4b}, same address.
   Her record shows an upcoming oncology appointment.

Ms Corbridge tells us the advisor used the information to contact her and her mother. We therefore
think the disclosure has occurred and the information has been misused, and that this is reportable
to the ICO. We are also considering whether to refer the matter under s170 DPA 2018.

The staff member is not named in this email; HR hold the details.

Kind regards

Rachel Dunmore
Information Governance & Data Protection Lead
DHU Health Care / NHS 111 East Midlands
07700 900 412
""",
      atts=[("SCR_access_audit_extract.csv", csvdata(
          [["Access date/time", "User ID", "Role", "Patient NHS No", "Legitimate relationship", "Call ref"]] +
          [[f"{d} {t}", "U448120", "Health Advisor", who, "N", ""] for d, t, who in [
              ("03/07/2026", "02:14", n4a), ("11/07/2026", "23:51", n4a), ("11/07/2026", "23:53", n4b),
              ("02/08/2026", "04:10", n4a), ("19/08/2026", "01:02", n4a), ("06/09/2026", "03:37", n4b),
              ("21/09/2026", "22:19", n4a), ("04/10/2026", "00:44", n4a), ("04/10/2026", "00:47", n4b),
              ("15/10/2026", "05:01", n4a), ("22/10/2026", "03:30", n4a), ("26/10/2026", "02:58", n4b),
              ("26/10/2026", "03:02", n4a)]]))],
      ids={"nhs_number": [n4a, n4b], "date_of_birth": ["1991-02-12", "1962-09-23"], "postcode": ["NG7 6JE"],
           "address": ["17 Sherwood Rise, Nottingham NG7 6JE"]},
      names=["Leanne Corbridge", "Pauline Corbridge"], ign_names=["Rachel Dunmore"],
      ign={"phone_number": ["07700900412"]}, subjects=2, cats=["health", "mental_health"],
      sev=4, lik=5, basis=["deliberate inappropriate access by a staff member (snooping)",
                            "misuse reported: information used to contact the data subjects",
                            "mental health information (CMHT referral, antidepressant)"])

# 005 111 SMS callback to the wrong mobile, hurried
email("nhs111-sms-wrong-mobile", "misdirected_sms", ["short", "phone", "plain", "lowercase"],
      "dani.reeves@nhs.net", BREACH, "wrong number text",
      body="""callback text for chest pain pt went to wrong mob. pt is ashok patel 07700 900 871, text went to 07700 900 817 (digits swapped). text said "NHS 111: a clinician will call Ashok about your chest pain within 1 hr". bloke replied who is this. dani 111 clinical hub
""",
      ids={"phone_number": ["07700900871"]}, names=["Ashok Patel"], ign_names=["Dani Reeves"],
      ign={"phone_number": ["07700900817"]}, subjects=1, cats=["health"],
      sev=3, lik=3, basis=["health information (chest pain) sent by SMS to a stranger's mobile", "recipient read it (replied)"])

# 006 prison healthcare: methadone list xlsx sent to a wing office at HMPPS (external), title rows
p6 = [("WALSH", "Darren", "1984-04-11", nhs(), "A4471DK", "Methadone 60ml"),
      ("KHAN", "Imran", "1990-12-03", nhs(), "A2290FT", "Buvidal 96mg weekly"),
      ("O'NEILL", "Sean", "1979-06-25", nhs(), "A8812BH", "Methadone 45ml"),
      ("PRICE", "Jordan", "1997-02-14", nhs(), "A1035CX", "Methadone 30ml reducing"),
      ("MCBRIDE", "Thomas", "1972-09-08", nhs(), "A6620LM", "Buprenorphine 16mg"),
      ("ADEYEMI", "Samuel", "1988-01-21", nhs(), "A3318QP", "Methadone 80ml"),
      ("LOWE", "Craig", "1993-07-30", nhs(), "A9904RS", "Methadone 50ml")]
rows6 = [["HMP Greystone - Healthcare - Substance Misuse Service", None, None, None, None, None],
         ["Opiate Substitution Therapy - B Wing dispensing list w/c 02/11/2026", None, None, None, None, None],
         [None] * 6,
         ["Surname", "Forename", "D.O.B", "NHS No", "Prison No", "OST script"]] + \
        [[a, b, datetime.date.fromisoformat(c).strftime("%d/%m/%Y"), d, e, f] for a, b, c, d, e, f in p6]
email("prison-ost-list-to-wing-office", "prison_substance_misuse_list", ["ordinary", "xlsx", "title_rows", "external"],
      "Gemma Holt <gemma.holt@nhs.net>", BREACH, "OST list sent to wrong mailbox",
      body="""Hi

This morning I sent the B wing OST dispensing list to the B wing office mailbox at the prison
(bwing.greystone@justice.gov.uk) instead of the healthcare pharmacy mailbox. Autocomplete picked
the wrong one. The wing office is staffed by prison officers, not healthcare, and they shouldn't
see who is on methadone. I've asked the SO to delete it and he says he will but I don't know who
has already opened it - it's a shared box.

List attached so you can see what went.

Gemma Holt
Lead Nurse, Substance Misuse - HMP Greystone Healthcare
""",
      atts=[("B wing OST w-c 02.11.26.xlsx", xlsx([("B Wing", rows6)]))],
      ids={"nhs_number": [x[3] for x in p6], "date_of_birth": [x[2] for x in p6]},
      names=[f"{x[1]} {x[0]}" for x in p6], ign_names=["Gemma Holt"],
      ign={"email_address": ["bwing.greystone@justice.gov.uk"]}, subjects=7,
      cats=["health", "substance_misuse", "criminal"],
      sev=4, lik=3, basis=["opiate substitution (substance misuse) information about prisoners",
                            "sent to a prison officers' shared mailbox outside the trusted domains",
                            "deletion requested but not confirmed"])

# 007 prison: BBV clinic list left in the servery, seen by other prisoners
email("prison-bbv-list-servery", "prison_paper_seen", ["short", "phone", "lowercase", "plain"],
      "lee.fairbrother@nhs.net", BREACH, "clinic list left on wing",
      body="""bbv clinic list left on the servery counter on c wing after meds round. prisoners had it for about 20 mins before an officer brought it back. 3 names on it
liam joyce - hep c treatment
marcus tenant - HIV clinic review
gary doyle - hep b vacc
one of the lads has already been shouting about marcus on the landing. lee (hcsw)
""",
      names=["Liam Joyce", "Marcus Tenant", "Gary Doyle"], ign_names=["Lee Fairbrother"], subjects=3,
      cats=["health", "sexual_health", "criminal"],
      sev=4, lik=5, basis=["HIV status of a named prisoner disclosed to other prisoners",
                            "misuse reported: the information is being spread on the landing"])

# 008 police custody healthcare: assessment PDF sent to the wrong police force mailbox (external)
n8 = nhs()
pdf8 = pdf("Custody Healthcare Assessment - Forensic Healthcare Services", [
    "Custody suite: Swindon Gablecross      Custody ref: 52/118840/26",
    "Detainee: Nathan PRYCE      DOB: 19/01/1995      NHS no: " + sp(n8),
    "Home address: 8 Lansdown Close, Swindon SN2 7HQ",
    "Arrested for: assault (s47) - detained under PACE 21:10 on 31/10/2026",
    "Presenting: intoxicated (alcohol, reports daily 2 bottles wine), CIWA 14.",
    "Mental health: known to Swindon CMHT, diagnosis bipolar affective disorder, lithium 800mg.",
    "Self-harm: superficial cuts left forearm (48h old). Suicidal ideation denied, risk HIGH due to intoxication.",
    "Plan: Level 2 observations (rousing). Refer to Liaison & Diversion on release. Fit to detain, fit for interview after 08:00.",
    "Assessing HCP: Registered Nurse, FHS custody team."])
email("custody-assessment-wrong-force", "police_custody_misdirected", ["long", "formal", "timeline", "pdf", "external"],
      "Forensic Healthcare Services IG <fhs.ig@nhs.net>", BREACH,
      "Data incident - custody healthcare assessment emailed to another police force",
      body=f"""OFFICIAL - SENSITIVE: PERSONAL

To: Data Protection Officer
From: Information Governance, Forensic Healthcare Services (custody healthcare contract, Wiltshire)

Incident summary
A custody healthcare assessment for a detainee at Swindon Gablecross custody suite was emailed to
the general custody mailbox of a neighbouring police force instead of the Wiltshire Police custody
sergeant's mailbox. The two mailboxes have near-identical display names in the global address list.

Chronology
31/10/2026 23:55  Assessment completed by custody nurse and saved as PDF.
01/11/2026 00:04  PDF emailed to "Custody - Gablecross" <custody.gablecross@thamesvalley.police.uk>
                  (wrong force; intended custody.swindon@wiltshire.police.uk).
01/11/2026 07:30  Day nurse notices that the custody record has no healthcare assessment attached.
01/11/2026 07:52  Sent items checked; error identified; recall attempted (failed - external).
01/11/2026 08:20  Thames Valley custody inspector telephoned; agreed to delete.
01/11/2026 12:10  Written confirmation of deletion NOT yet received.
02/11/2026 09:00  Reported to DPO.

Data subject: Nathan Pryce (DOB 19/01/1995), NHS number {sp(n8)}, address in Swindon SN2 7HQ.
Data: custody assessment including alcohol dependence, bipolar disorder and medication, self-harm
and the offence he was arrested for.

The recipient is a police force (so a public authority with its own obligations) and the email was
sent over a secure route, but it is outside our organisation and outside the NHS, and the content is
mental health, substance misuse and criminal offence data. We have not yet told Mr Pryce.

Regards
Olusegun Bankole
IG & Records Manager, Forensic Healthcare Services
""",
      atts=[("CHA_52-118840-26.pdf", pdf8)],
      ids={"nhs_number": [n8], "date_of_birth": ["1995-01-19"], "postcode": ["SN2 7HQ"],
           "address": ["8 Lansdown Close, Swindon SN2 7HQ"]},
      names=["Nathan Pryce"], ign_names=["Olusegun Bankole"],
      ign={"email_address": ["custody.gablecross@thamesvalley.police.uk", "custody.swindon@wiltshire.police.uk"]},
      subjects=1, cats=["health", "mental_health", "substance_misuse", "criminal"],
      sev=4, lik=3, basis=["mental health, alcohol dependence, self-harm and offence data about an identified detainee",
                            "sent outside the trusted domains (another police force)",
                            "deletion agreed by phone but not confirmed in writing"])

# 009 custody: medication sheet printed at the public front desk, picked up by a solicitor
email("custody-printer-front-desk", "police_custody_paper", ["short", "phone", "plain"],
      "Tasha Wright <tasha.wright2@nhs.net>", BREACH, "Printed to wrong printer custody",
      body="""Quick one sorry - printed detainee meds sheet to the front counter printer not the custody printer, a duty solicitor picked it up with her own papers and handed it in 15 min later. Detainee Kieran Hollis dob 02/06/2001, sheet had his diazepam + methadone doses and epilepsy. Solicitor wasnt his solicitor.
Tasha, custody nurse, Bristol
""",
      ids={"date_of_birth": ["2001-06-02"]}, names=["Kieran Hollis"], ign_names=["Tasha Wright"],
      subjects=1, cats=["health", "substance_misuse", "criminal"],
      sev=4, lik=3, basis=["substance misuse and health data about a detainee read by an unrelated solicitor",
                            "returned after 15 minutes (no confirmation it was not read)"])

# 010 learning disability: hospital passport docx to the wrong carer's gmail
email("ld-hospital-passport-wrong-carer", "learning_disability_misdirected", ["ordinary", "docx", "gmail_forward", "external"],
      "Hannah Doyle <hannah.doyle14@nhs.net>", BREACH, "Fwd: Hospital passport - Jamie",
      body="""Hi, forwarding as asked. I sent Jamie's updated hospital passport to the wrong Sarah (Sarah
Kettle - a carer for a different person we support - instead of Sarah Kettleborough, Jamie's mum).
Sarah K has been lovely and says she's deleted it. Jamie's mum knows.

Hannah Doyle
Community Learning Disability Nurse, Calderdale CLDT

---------- Forwarded message ---------
From: Hannah Doyle <hannah.doyle14@nhs.net>
Date: Fri, 30 Oct 2026 at 16:41
Subject: Hospital passport - Jamie
To: <sarahkettle73@gmail.com>

Hi Sarah, here is Jamie's updated hospital passport ahead of his dental GA next month. Please check
the bits about his communication and let me know if anything is wrong.
Hannah
""",
      atts=[("Hospital Passport - Jamie Kettleborough.docx", docx([
          ("h", "My Hospital Passport"),
          ("t", [["My name", "Jamie Kettleborough"], ["I like to be called", "Jamie"],
                 ["Date of birth", "09/10/1998"], ["Address", "5 Heath Mount, Halifax HX1 2TU"],
                 ["Next of kin", "Sarah Kettleborough (mum) 07700 900 266"],
                 ["Things you must know about me", "I have a learning disability and autism. I have epilepsy (tonic-clonic, on lamotrigine). I do not use words - I use Makaton and my iPad."],
                 ["Things that upset me", "Busy waiting rooms, being touched without warning, blood tests."]])]))],
      ids={"date_of_birth": ["1998-10-09"], "postcode": ["HX1 2TU"], "address": ["5 Heath Mount, Halifax HX1 2TU"],
           "phone_number": ["07700900266"]},
      names=["Jamie Kettleborough", "Sarah Kettleborough"], ign_names=["Hannah Doyle", "Sarah Kettle"],
      ign={"email_address": ["sarahkettle73@gmail.com"]}, subjects=2, cats=["health"],
      sev=3, lik=2, basis=["health information about a vulnerable adult with a learning disability",
                            "sent to a member of the public outside the trusted domains",
                            "containment: recipient says she deleted it (likelihood -1)"])

# 011 autism assessment service: parents' group email sent To instead of Bcc
rc11 = [("Joanne Pickering", "jo.pickering82@hotmail.co.uk"), (None, "the.aldridges@btinternet.com"),
        ("Mohammed Rafiq", "m.rafiq1979@gmail.com"), (None, "kellyanne.bateman@outlook.com"),
        ("Stacey Horrocks", "staceyhorrocks@yahoo.co.uk"), (None, "dave.and.lou.ferris@gmail.com"),
        ("Aisling Byrne", "aislingbyrne@icloud.com"), (None, "nicolamcgrath85@hotmail.com"),
        ("Paul Ashworth", "pashworth@sky.com"), (None, "rebeccajanewhite@gmail.com"),
        ("Grace Oduya", "grace.oduya@gmail.com"), (None, "l.szymanska@wp.pl"),
        ("Tom Entwistle", "tom.entwistle@virginmedia.com"), (None, "mumof3bolton@gmail.com")]
to11 = ",\n ".join(f'"{a}" <{b}>' if a else b for a, b in rc11)
email("autism-waiting-list-to-not-bcc", "to_not_bcc_parents", ["ordinary", "outlook_forward", "to_not_bcc", "recipients_disclosed"],
      "Lindsay Carr <lindsay.carr@nhs.net>", BREACH, "FW: Your child's autism assessment - waiting list update",
      body=f"""Morning,

I'm really sorry, I've made a mistake with the update to families on the children's autism
assessment waiting list. I put all the parents in the To box instead of Bcc. Two parents have
already replied-all. I've tried to recall it but most are external so it won't work. 14 families.

Lindsay Carr
Admin Team Leader, Child Development Centre (Neurodevelopmental pathway)
01204 496 0772

-----Original Message-----
From: Lindsay Carr
Sent: 02 November 2026 09:03
To: {to11}
Subject: Your child's autism assessment - waiting list update

Dear Parent/Carer,

You are receiving this email because your child is on the waiting list for an autism (ASD)
assessment with the Child Development Centre. We are sorry that waits are currently around 74
weeks. We are holding a drop-in information session for families on 18 November...

Kind regards
Neurodevelopmental Pathway Team
""",
      ids={"email_address": [b for a, b in rc11]}, names=[a for a, b in rc11 if a],
      ign_names=["Lindsay Carr"], ign={"phone_number": ["012044960772"]}, subjects=14, cats=["health"],
      sev=3, lik=3, basis=["recipients' personal addresses disclosed to each other (To instead of Bcc)",
                            "reveals that each family's child is awaiting an autism assessment (health, children)",
                            "external addresses; recall failed"])

# 012 autism diagnostic report sent to the father who has no contact (safeguarding)
email("autism-report-to-estranged-father", "safeguarding_misdirected", ["short", "phone", "lowercase", "plain"],
      "megan.tully@nhs.net", BREACH, "urgent report sent to dad",
      body="""pls can someone ring me urgently. sent ellie-may grundy (dob 21.04.2017) asd diagnostic report to her dad's email off the old referral. mum has told us there's a non molestation order and he's not to know where they live - the report has the new address 31 ormskirk rd, wigan wn5 9dx on the front. dads email lee.grundy88@gmail.com
megan ND pathway admin 07700 900 539
""",
      ids={"date_of_birth": ["2017-04-21"], "postcode": ["WN5 9DX"], "address": ["31 Ormskirk Rd, Wigan WN5 9DX"]},
      names=["Ellie-May Grundy"], ign_names=["Megan Tully", "Lee Grundy"],
      ign={"email_address": ["lee.grundy88@gmail.com"], "phone_number": ["07700900539"]}, subjects=2,
      cats=["health", "safeguarding"],
      sev=4, lik=3, basis=["a child's diagnostic report and the family's new address sent to a parent subject to a non-molestation order",
                            "safeguarding risk to the child and mother", "external address"])
# note: subjects 2 = the child and her mother (whose address is disclosed); the mother is not named.

# 013 adult social care: home-care rota with key safe codes to the wrong care agency
p13 = [("Mrs", "Doreen", "Atherton", "12 Coniston Avenue, Chorley", "PR7 2LD", "4471", "dementia - 4 calls"),
       ("Mr", "Harold", "Bibby", "Flat 7 Lindale Court, Chorley", "PR7 1QE", "1937", "stroke, hoist x2"),
       ("Mrs", "Win", "Cartmell", "3 Mill Lane, Whittle-le-Woods", "PR6 7LS", "0808", "diabetic - insulin prompt"),
       ("Mr", "Frank", "Dewhurst", "48 Harpers Lane, Chorley", "PR6 0HT", "2580", "catheter care"),
       ("Miss", "Eileen", "Fazackerley", "9 Brook Street, Adlington", "PR7 4EZ", "1111", "Parkinson's, meds x4"),
       ("Mr", "Stanley", "Gornall", "21 Railway Road, Adlington", "PR6 9QZ", "6243", "end of life - DNACPR in place"),
       ("Mrs", "Pat", "Haworth", "2 The Green, Eccleston", "PR7 5TE", "1950", "COPD, O2"),
       ("Mr", "Arthur", "Iddon", "77 Preston Road, Chorley", "PR6 7AX", "3690", "blind, lives alone")]
rows13 = [["Chorley South reablement - double-up and single calls"],
          ["Week commencing 02/11/2026 - DO NOT SHARE KEY SAFE CODES"],
          [],
          ["Client", "Address", "Postcode", "KS", "Needs", "AM", "Lunch", "Tea", "Bed"]] + \
         [[f"{t} {f} {s}", a, pc, k, nd, "Y", "Y" if i % 2 else "", "Y", "Y"] for i, (t, f, s, a, pc, k, nd) in enumerate(p13)]
email("social-care-rota-keysafes-wrong-agency", "adult_social_care_misdirected", ["ordinary", "xlsx", "title_rows", "external", "html_only"],
      "Brokerage Team <brokerage@chorley-example.gov.uk>", BREACH, "Data breach - care rota sent to wrong provider",
      html="""<html><body><p>Dear Data Protection Officer,</p>
<p>On Friday afternoon our brokerage officer emailed next week's reablement rota for Chorley South to
<b>rotas@brightcare-homecare.co.uk</b> instead of our commissioned provider. The rota lists eight
clients with their addresses, care needs and <b>key safe codes</b>. BrightCare have confirmed by
phone that they opened it. We have asked them to delete it and to confirm in writing.</p>
<p>Because of the key safe codes we have arranged for all eight key safes to be re-coded today and
have informed the clients or their families.</p>
<p>Attached is a copy of what was sent.</p>
<p>Regards,<br>Joanne Mercer<br>Brokerage &amp; Commissioning Manager, Adult Social Care<br>
Tel: 01257 515 151</p>
<p style="font-size:8pt;color:#777">This e-mail and any attachment is confidential...</p></body></html>""",
      cte="qp",
      atts=[("Reablement rota South wc 021126.xlsx", xlsx([("Rota", rows13)]))],
      ids={"postcode": [x[4] for x in p13], "address": [f"{x[3]}, {x[4]}" for x in p13]},
      names=[f"{x[1]} {x[2]}" for x in p13], ign_names=["Joanne Mercer"],
      ign={"email_address": ["rotas@brightcare-homecare.co.uk"], "phone_number": ["01257515151"]},
      subjects=8, cats=["health"],
      sev=4, lik=3, basis=["vulnerable adults' addresses with key safe codes (risk of physical and financial harm)",
                            "care needs (health) disclosed", "sent to a provider outside the trusted domains; opened",
                            "key safes re-coded (mitigation, not containment of the disclosure)"])

# 014 adult safeguarding section 42 referral sent to the alleged perpetrator
email("s42-referral-sent-to-son", "safeguarding_misuse", ["long", "formal", "timeline", "plain", "qp"],
      "Safeguarding Adults Hub <safeguarding.adults@tameside-example.gov.uk>", BREACH,
      "Serious incident: Section 42 enquiry paperwork sent to the person alleged to cause harm",
      cte="qp",
      body="""Dear DPO,

Please treat this as a serious data incident.

What happened
A Section 42 (Care Act 2014) enquiry outcome letter concerning Mrs Edna Rawcliffe (92), who lives
at 6 Stamford Grove, Ashton-under-Lyne OL6 6QP, was sent by email to her son, Mr Keith Rawcliffe.
Mr Rawcliffe is the person alleged to be financially abusing his mother (the enquiry found that
£14,300 had been withdrawn from her account via her bank card). The letter should have gone to
Mrs Rawcliffe's niece, who holds lasting power of attorney for health and welfare.

Chronology
26/10/2026  Enquiry concluded; outcome letter drafted by the social worker.
30/10/2026 15:12  Business support officer emails the letter. The email address used was taken
           from the "next of kin" field on the case management system, which still showed the son.
31/10/2026 10:40  Mr Rawcliffe telephones the hub, angry, quoting the letter and saying he will
           "sort out" his cousin (the niece). He has since visited his mother.
31/10/2026 11:30  Police informed (threat). Mrs Rawcliffe's GP and the care agency informed.
02/11/2026  Reported to DPO.

Personal data
Mrs Rawcliffe: name, address, date of birth (02/03/1934), her diagnosis of vascular dementia, her
bank balance and the findings of the enquiry. Her niece, Mrs Christine Lomax, is named in the letter
with her mobile number 07700 900 614 as the contact for the protection plan.

We consider that the information has been read and used by the recipient against the interests of
the data subjects and that there is a risk of harm.

Regards
Sunita Rao
Principal Social Worker (Adults) - Tameside Safeguarding Adults Hub
""",
      ids={"date_of_birth": ["1934-03-02"], "postcode": ["OL6 6QP"], "address": ["6 Stamford Grove, Ashton-under-Lyne OL6 6QP"],
           "phone_number": ["07700900614"]},
      names=["Edna Rawcliffe", "Christine Lomax"], ign_names=["Sunita Rao", "Keith Rawcliffe"],
      subjects=2, cats=["health", "safeguarding"],
      sev=4, lik=5, basis=["adult safeguarding (financial abuse) enquiry outcome sent to the alleged perpetrator",
                            "misuse reported: threats made, police informed",
                            "dementia diagnosis and financial details of a vulnerable adult"])
# note: the son is the wrong recipient; the letter is about him but he is not a data subject of this breach.

# 015 children's services: child protection conference minutes sent to birth father, foster carers' address
email("cp-minutes-foster-address-to-father", "childrens_services_misdirected", ["long", "formal", "timeline", "docx", "external"],
      "Children's Services Information Governance <cs.ig@rochdale-example.gov.uk>", BREACH,
      "RE: Incident CS-IG-26-092 - CP review conference minutes disclosed to father",
      body="""Dear DPO,

Further to my phone call, here is the written report for incident CS-IG-26-092.

1. What happened
The minutes of the initial child protection review conference for two siblings were emailed to all
invitees on 29/10/2026. The distribution list included the children's birth father, Mr Dean Clegg,
who attended the first part of the conference only. The minutes should have been redacted for him
(section 4 was held without parents present). Section 4 records the name and address of the
children's foster carers and the school the children now attend.

2. People affected
- Kayden Clegg, DOB 14/08/2016 (child subject of the plan)
- Lacey Clegg, DOB 03/01/2019 (child subject of the plan)
- Their mother, Ms Jade Hartley, DOB 27/05/1994 - the minutes record domestic abuse by Mr Clegg and
  her engagement with the drug and alcohol service.
- Foster carers Mr and Mrs Brian and Lynne Sutcliffe, 40 Bamford Way, Rochdale OL11 5NB.

3. Timeline
29/10/2026 16:20  Minutes sent by the conference administrator to 11 recipients.
30/10/2026 09:10  Social worker realises the father received unredacted minutes.
30/10/2026 09:40  Father contacted; he states he has "read it and saved it".
30/10/2026 13:00  Placement risk assessed; the children have been moved to an emergency placement.
02/11/2026        Formal report to the DPO.

4. Actions
We have asked Mr Clegg to delete the minutes; he has refused. Legal services are considering an
application to the court. The conference chair is reviewing the redaction process.

Attached is the extract from section 4 so you can see what was disclosed.

Richard Oyelaran
Information Governance Officer, Children's Services
""",
      atts=[("CP conf minutes s4 extract.docx", docx([
          ("h", "Section 4 - discussion without parents present"),
          ("p", "Children: Kayden Clegg (DOB 14/08/2016), Lacey Clegg (DOB 03/01/2019)."),
          ("p", "Placement: with foster carers Brian and Lynne Sutcliffe, 40 Bamford Way, Rochdale OL11 5NB since 12/10/2026. Both children have started at St Gabriel's Primary."),
          ("p", "Mother (Jade Hartley) disclosed further incidents of domestic abuse by father. Mother attending Turning Point (alcohol) weekly; last two screens negative."),
          ("t", [["Risk", "Rating"], ["Father locating placement", "HIGH"], ["Neglect", "MEDIUM"]])]))],
      ids={"date_of_birth": ["2016-08-14", "2019-01-03", "1994-05-27"], "postcode": ["OL11 5NB"],
           "address": ["40 Bamford Way, Rochdale OL11 5NB"]},
      names=["Kayden Clegg", "Lacey Clegg", "Jade Hartley", "Brian Sutcliffe", "Lynne Sutcliffe"],
      ign_names=["Richard Oyelaran", "Dean Clegg"], subjects=5,
      cats=["safeguarding", "substance_misuse", "health"],
      sev=4, lik=3, basis=["child protection information and the foster placement address disclosed to the father",
                            "domestic abuse and the mother's alcohol treatment", "recipient refuses to delete; children moved"])

# 016 social worker lost notebook on a train
email("social-worker-notebook-train", "childrens_services_lost_paper", ["short", "phone", "lowercase", "plain"],
      "Aimee Booth <aimee.booth@kirklees-example.gov.uk>", BREACH, "lost notebook",
      body="""i think i left my work notebook on the 17:32 huddersfield to leeds train yesterday. rang lost property nothing yet. it has my visit notes for the Nowak children (Oliwia and Filip) incl the neglect concerns and mums new address, and a few notes from a CIN visit for Tyler Roe. no dobs i dont think. so sorry
aimee (children's social worker, east team)
""",
      names=["Oliwia Nowak", "Filip Nowak", "Tyler Roe"], ign_names=["Aimee Booth"], subjects=4,
      cats=["safeguarding"],
      sev=4, lik=3, basis=["safeguarding visit notes about children lost on public transport",
                            "location unknown; not recovered"])
# subjects 4: three named children plus their (unnamed) mother whose new address is in the notes.

# 017 HIV clinic newsletter sent To not Bcc (after the 56 Dean Street case), base64 body
rc17 = ["alexjwhitfield@gmail.com", "dmitri.v@protonmail.com", "chris_o_leary@hotmail.co.uk", "jaybrightonuk@gmail.com",
        "m.adebayo91@yahoo.com", "ollie.pemberton@outlook.com", "ryan.t.mcevoy@gmail.com", "samuel.nkemelu@gmail.com",
        "tiago.ferreira.uk@gmail.com", "gareth.prosser@btinternet.com", "kwame.asante@live.co.uk", "luke_harrington@icloud.com",
        "paddy.furlong@gmail.com", "b.okonkwo@outlook.com", "danielle.marsh86@gmail.com", "steven.wragg@sky.com",
        "hiroshi.tanabe@gmail.com", "connor.mcfadden@hotmail.com", "ade.johnson@gmail.com", "leon.barraclough@gmail.com",
        "jamie.fitz@me.com", "tomasz.wojcik@o2.pl"]
email("hiv-clinic-newsletter-to-not-bcc", "to_not_bcc_hiv", ["long", "formal", "timeline", "b64", "to_not_bcc", "recipients_disclosed"],
      "Sexual Health Governance <sh.governance@nhs.net>", BREACH,
      "SERIOUS INCIDENT - HIV service patient newsletter sent with recipients visible",
      cte="b64",
      body=f"""Dear Data Protection Officer,

Formal notification of a serious information governance incident - Brighton Sexual Health &
HIV service (Claude Nicol Centre outpatient cohort).

Summary: On 02/11/2026 at 07:58 the service's monthly "Positive Living" newsletter, which is sent
only to people living with HIV who have opted in, was sent from the clinic's shared mailbox with all
22 recipients in the To field instead of Bcc. Every recipient can see the others' email addresses,
several of which contain full names. Receipt of this newsletter reveals HIV status.

Timeline
07:58  Newsletter sent by a health adviser covering for the usual administrator.
08:21  First reply-all from a recipient ("why can I see everyone's email??").
08:25  Service manager informed; recall attempted (unsuccessful for external addresses).
08:40  Email sent to all recipients asking them to delete and not reply-all; apology.
09:15  Two further reply-all messages received; one recipient has said he recognises
       another recipient from his workplace.
10:00  DPO notified (this report). Clinical lead will telephone each recipient today.

Recipient list as it appeared in the To field:
{chr(10).join(rc17)}

We believe this is reportable to the ICO within 72 hours. The ICO fined an HIV clinic for an
identical failure in 2016; mail-merge software had been purchased but was not used by the
covering staff member.

Ruth Ashdown
Head of Governance, Sexual Health & HIV Services
01273 523 079
""",
      ids={"email_address": rc17}, ign_names=["Ruth Ashdown"], ign={"phone_number": ["01273523079"]},
      subjects=22, cats=["sexual_health", "health"],
      sev=4, lik=4, basis=["HIV status of 22 people revealed to each other by their email addresses (To instead of Bcc)",
                            "recipients have identified each other; reply-all spread it further",
                            "external addresses; recall failed"])

# 018 chlamydia result SMS to the wrong mobile
email("sexual-health-result-sms-wrong-number", "misdirected_sms", ["short", "phone", "plain"],
      "Sophie Kerr <sophie.kerr7@nhs.net>", BREACH, "Result text to wrong number",
      body="""Hi, positive chlamydia result text meant for Jordan Ainsworth went to the wrong mobile - reception typed 07700 900 145, his is 07700 900 154. Message said "Hi Jordan, your recent test was positive for chlamydia, please call the clinic". The person who got it rang us. Is this one for you?
Sophie - Sexual Health Hub, Preston
""",
      ids={"phone_number": ["07700900154"]}, names=["Jordan Ainsworth"], ign_names=["Sophie Kerr"],
      ign={"phone_number": ["07700900145"]}, subjects=1, cats=["sexual_health", "health"],
      sev=4, lik=3, basis=["positive STI result sent to a stranger's mobile", "recipient read it (called the clinic)"])

# 019 PrEP clinic letter sent to a previous address (HTML only)
n19 = nhs()
email("prep-letter-old-address", "sexual_health_letter_old_address", ["ordinary", "html_only", "external", "letter"],
      "Marcus Lee <marcus.lee@nhs.net>", BREACH, "Letter to wrong address - PrEP clinic",
      html=f"""<div style="font-family:Calibri">
<p>Hello IG,</p>
<p>The new tenants at <b>Flat 2, 118 Wilmslow Road, Manchester M14 5AJ</b> have brought back a letter from our
clinic addressed to a patient who moved out in the summer. It was opened. Letter is our PrEP review
letter - headed "Sexual Health - PrEP Service" and gives the result of his HIV and hep B tests and his
next PrEP prescription.</p>
<table border="1" cellpadding="3">
<tr><td>Patient</td><td>Mr Adeel MAHMOOD</td></tr>
<tr><td>Clinic no.</td><td>GUM-0447261</td></tr>
<tr><td>NHS no.</td><td>{sp(n19, "-")}</td></tr>
<tr><td>DOB</td><td>30.11.1993</td></tr>
<tr><td>New address (on system since Sept)</td><td>27 Kingsway, Burnage, Manchester M19 2LA</td></tr>
</table>
<p>The admin system had both addresses and the letter merged the old one. We will call Mr Mahmood.</p>
<p>Marcus Lee<br>Clinical Services Manager, The Northern Sexual Health<br>0161 496 0555</p>
</div>""",
      ids={"nhs_number": [n19], "date_of_birth": ["1993-11-30"], "hospital_number": ["GUM-0447261"],
           "postcode": ["M14 5AJ", "M19 2LA"],
           "address": ["Flat 2, 118 Wilmslow Road, Manchester M14 5AJ", "27 Kingsway, Burnage, Manchester M19 2LA"]},
      names=["Adeel Mahmood"], ign_names=["Marcus Lee"], ign={"phone_number": ["01614960555"]},
      subjects=1, cats=["sexual_health", "health"],
      sev=4, lik=3, basis=["sexual health (PrEP, HIV test) letter opened by new occupants at a former address"])

# 020 fertility clinic: treatment schedule, two people per row, sent to an external courier firm
p20 = [("Rebecca Lawton", "1989-03-17", "Daniel Lawton", "1987-10-02", "IVF/ICSI", "EC 04/11"),
       ("Amira Haddad", "1991-08-09", "Yusuf Haddad", "1988-12-28", "FET", "ET 05/11"),
       ("Claire Donnelly", "1985-01-30", "Siobhan Donnelly", "1986-06-14", "IUI donor sperm", "IUI 03/11"),
       ("Natalie Greaves", "1990-05-21", "", "", "Egg freezing", "EC 06/11"),
       ("Laura Kemp", "1983-09-12", "Stuart Kemp", "1980-04-04", "IVF donor eggs", "ET 04/11"),
       ("Precious Mutasa", "1992-02-26", "Tendai Mutasa", "1990-07-19", "ICSI + PGT-M (cystic fibrosis)", "EC 05/11"),
       ("Hayley Scholes", "1988-11-08", "Ben Scholes", "1988-03-15", "FET", "ET 06/11")]
rows20 = [["Patient", "DOB", "Partner", "Partner DOB", "Treatment", "Procedure"]] + \
         [[a, datetime.date.fromisoformat(b).strftime("%d/%m/%Y"), c,
           datetime.date.fromisoformat(d).strftime("%d/%m/%Y") if d else "", e, f] for a, b, c, d, e, f in p20]
email("fertility-schedule-to-courier", "fertility_two_per_row", ["ordinary", "xlsx", "two_people_per_row", "external", "outlook_forward"],
      "Katie Ormerod <katie.ormerod@nhs.net>", BREACH, "FW: Theatre list this week",
      body="""Hi,

I was asked to send the embryology theatre schedule to the lab manager but sent it to the courier
company that collects our cryo shipments (same first name in the address book). The courier's office
replied to say they'd received something not meant for them. I've asked them to delete it. It has
patients and partners and the treatment - including the donor treatments and a PGT-M couple.

Katie Ormerod
Patient Coordinator, Reproductive Medicine Unit, St Mary's

-----Original Message-----
From: Katie Ormerod
Sent: 02 November 2026 08:14
To: Mike <mike@cryoshiplogistics.co.uk>
Subject: Theatre list this week

Hi Mike, list for this week attached. Thanks, Katie
""",
      atts=[("RMU theatre wc 2.11.xlsx", xlsx([("Sheet1", rows20)]))],
      ids={"date_of_birth": [x[1] for x in p20] + [x[3] for x in p20 if x[3]]},
      names=[x[0] for x in p20] + [x[2] for x in p20 if x[2]], ign_names=["Katie Ormerod", "Mike"],
      ign={"email_address": ["mike@cryoshiplogistics.co.uk"]}, subjects=13,
      cats=["reproductive_health", "genetic", "health"],
      sev=4, lik=3, basis=["fertility treatment details (donor treatment, PGT-M) of patients and partners",
                            "sent to a courier company outside the trusted domains", "deletion requested, not confirmed"])

# 021 fertility: embryology report to the wrong couple, hurried
email("fertility-embryo-report-wrong-couple", "fertility_misdirected", ["short", "phone", "lowercase", "plain"],
      "t.baines@nhs.net", BREACH, "embryo report",
      body="""sent the day 5 embryo report for the Fitzgerald couple (Orla and Ciaran) to another couple's email by mistake, they're both our patients, rang me upset. report has number of embryos frozen + grading + PGT-A result for one. mr and mrs ahmed who got it said they've deleted.
tom, embryology
""",
      names=["Orla Fitzgerald", "Ciaran Fitzgerald"], ign_names=["Tom Baines"], subjects=2,
      cats=["reproductive_health", "genetic", "health"],
      sev=4, lik=2, basis=["embryology and genetic test results sent to another couple (members of the public)",
                            "containment: recipients say they deleted it (likelihood -1)"])

# 022 gender identity clinic: letter with former name copied to the patient's work email
email("gender-clinic-former-name-work-email", "gender_clinic_misdirected", ["ordinary", "gmail_forward", "plain", "external"],
      "Jess Harlow <jess.harlow@nhs.net>", BREACH, "Fwd: complaint - letter sent to my work email",
      body="""Hi DPO,

Forwarding a complaint received this morning. Our admin copied a clinic letter to an email address
the patient used years ago on her referral form - it's her employer's address, which is monitored by
their IT team. The letter uses her former name in the header (system not updated).

Jess Harlow
Patient Experience Lead, Gender Identity Clinic

---------- Forwarded message ---------
From: Freya Lindqvist <freya.lindqvist@gmail.com>
Date: Mon, 2 Nov 2026 at 07:45
Subject: complaint - letter sent to my work email
To: <gic.enquiries@nhs.net>

I am furious. A letter from your clinic about my hormone treatment and my psychological assessment
(including the depression I was treated for) was sent to my WORK email, freya.lindqvist@harbourline-logistics.co.uk,
under my old name Fredrik Lindqvist, with my date of birth 04/06/1990 at the top. Our IT department
can read that mailbox. Nobody at work knows my history. Please explain how this happened.

Freya
""",
      ids={"date_of_birth": ["1990-06-04"],
           "email_address": ["freya.lindqvist@gmail.com", "freya.lindqvist@harbourline-logistics.co.uk"]},
      names=["Freya Lindqvist", "Fredrik Lindqvist"], ign_names=["Jess Harlow"],
      ign={"email_address": ["gic.enquiries@nhs.net"]}, subjects=1, cats=["mental_health", "health"],
      sev=4, lik=3, basis=["gender identity treatment and mental health history sent to an employer-monitored mailbox",
                            "former name disclosed", "outside the trusted domains"])

# 023 eating disorder unit: whiteboard photo posted on social media
email("ed-unit-whiteboard-instagram", "social_media_post", ["long", "formal", "timeline", "plain", "published"],
      "Information Governance <ig.team@nhs.net>", BREACH, "Incident: photo of ward board posted to Instagram - adolescent ED unit",
      body="""Dear DPO,

Incident reference: DATIX 105522
Service: Adolescent Eating Disorder Inpatient Unit (Beech Ward)

Summary
A healthcare assistant posted a photo on her public Instagram account ("last night shift on the
ward!! love my team") on 31/10/2026. The background shows the ward's patient status board. When
enlarged, the board shows the names of five young people, their meal plan stage, their nasogastric
feeding status and their observation levels.

Timeline
31/10/2026 07:10  Photo posted (public account, ~1,900 followers).
01/11/2026 19:30  A parent of a patient sees the post and emails the ward manager.
01/11/2026 20:05  Ward manager contacts the HCA, who deletes the post. It had 212 likes and 9 shares
                  to stories (which expire after 24 hours, but could have been screenshotted).
02/11/2026 08:00  Reported to IG.

What the board showed (transcribed from a screenshot supplied by the parent):
  Bay 1  Chloe Rimmer      NG x3   Obs 2   Meal plan stage 1
  Bay 2  Amelia Sharples   oral    Obs 1   stage 3   leave Sat
  Bay 3  Isla Bradshaw     NG x2   Obs 3 (1:1)
  Side 1 Niamh O'Dowd      oral    Obs 1   stage 4   discharge plan
  Side 2 Poppy Fairclough  NG x3   Obs 2   stage 2

All five patients are aged 13-17. Parents of all five have been informed. The HCA has been removed
from clinical duties pending a disciplinary investigation. A social media reminder has gone to all staff.

Information Governance Team
Pennine Care (CAMHS Tier 4)
""",
      names=["Chloe Rimmer", "Amelia Sharples", "Isla Bradshaw", "Niamh O'Dowd", "Poppy Fairclough"],
      subjects=5, cats=["mental_health", "health"],
      sev=4, lik=4, basis=["published on a public social media account, shared and viewable for 37 hours",
                            "eating disorder treatment (mental health) of five named children"])

# 024 ED dietitian: meal plan sent to a parent's old email now used by the ex-partner
email("ed-meal-plan-old-parent-email", "mental_health_misdirected", ["short", "phone", "plain"],
      "Nadia Qureshi <nadia.qureshi@nhs.net>", BREACH, "Sent to old email",
      body="""Sent Harvey Blackburn's meal plan and weight chart (he's 15, anorexia, weight 41.2kg) to mum's old email which turns out is now only used by her ex. Mum is not happy, she says ex has no PR. Ex hasn't replied. Address was dawnblackburn1978@hotmail.com
Nadia, dietitian, CEDS
""",
      names=["Harvey Blackburn"], ign_names=["Nadia Qureshi"],
      ign={"email_address": ["dawnblackburn1978@hotmail.com"]}, subjects=1, cats=["mental_health", "health"],
      sev=4, lik=3, basis=["eating disorder (mental health) details of a child sent to an address controlled by someone without parental responsibility"])

# 025 school nursing: immunisation list with safeguarding flags sent to the school office (no header row)
p25 = [("Ruby", "Kershaw", "2013-09-14", "Y8", "HPV dose 1", ""),
       ("Oscar", "Lund", "2014-02-03", "Y8", "HPV dose 1", "CP plan - do not release to father"),
       ("Zara", "Mistry", "2013-11-27", "Y8", "HPV dose 1", ""),
       ("Kai", "Nuttall", "2014-06-19", "Y8", "HPV dose 1", "LAC - consent from SW"),
       ("Evie", "Openshaw", "2013-12-08", "Y8", "HPV dose 1", "needle phobia, anxiety - CAMHS"),
       ("Rhys", "Parkes", "2014-04-30", "Y8", "HPV dose 1", ""),
       ("Layla", "Quinn", "2014-07-22", "Y8", "HPV dose 1", "CIN - mum DV"),
       ("Tyler", "Riding", "2013-10-05", "Y8", "HPV dose 1", ""),
       ("Maisie", "Sowerby", "2014-01-16", "Y8", "HPV dose 1", "type 1 diabetes"),
       ("Hassan", "Tariq", "2014-08-11", "Y8", "HPV dose 1", "")]
rows25 = [[f, s, datetime.date.fromisoformat(d).strftime("%d/%m/%Y"), y, v, note] for f, s, d, y, v, note in p25]
email("school-nurse-imms-list-safeguarding-notes", "school_nursing_misdirected", ["ordinary", "xlsx", "no_header", "external"],
      "Claire Atkinson <claire.atkinson22@nhs.net>", BREACH, "Immunisation list sent to school with our notes column",
      body="""Hello,

I sent the Year 8 HPV session list to the school office at Brookfield High (office@brookfield-high.sch.uk)
so they could release the pupils from lessons. I should have deleted our "notes" column first - it
has our safeguarding and health notes (CP plan, looked after, CIN, CAMHS, diabetes). The office
manager has confirmed she printed it for the teachers on the corridor before she noticed. I have
asked for the printouts back.

Claire Atkinson
School Staff Nurse, 0-19 Service
""",
      atts=[("Brookfield Y8 HPV.xlsx", xlsx([("Y8", rows25)]))],
      ids={"date_of_birth": [x[2] for x in p25]}, names=[f"{x[0]} {x[1]}" for x in p25],
      ign_names=["Claire Atkinson"], ign={"email_address": ["office@brookfield-high.sch.uk"]},
      subjects=10, cats=["safeguarding", "mental_health", "health"],
      sev=4, lik=3, basis=["children's safeguarding status (CP plan, looked after, CIN) and health notes",
                            "sent outside the trusted domains and printed for teaching staff"])

# 026 NCMP result letter to the wrong parent
email("ncmp-letter-wrong-parent", "school_nursing_letter", ["short", "phone", "lowercase", "plain"],
      "0-19 Admin <019.admin@nhs.net>", BREACH, "ncmp letter",
      body="""hi a parent has rung to say she got someone elses child measurement letter in her sons book bag. it was for Ava Whitehead year 6, says height weight bmi and "very overweight" category. dob on it 19/02/2016. parent brought it back to school. thanks, chris 0-19 admin
""",
      ids={"date_of_birth": ["2016-02-19"]}, names=["Ava Whitehead"], ign_names=["Chris"], subjects=1,
      cats=["health"],
      sev=3, lik=2, basis=["a child's weight/BMI result given to another parent",
                            "containment: letter returned (likelihood -1)"])

# 027 occupational health referral about a nurse sent to the ward distribution list (internal)
email("oh-referral-to-ward-dl", "occupational_health_internal", ["ordinary", "outlook_forward", "plain", "staff_subject"],
      "Bernadette Quayle <bernadette.quayle@nhs.net>", BREACH, "FW: OH management referral - C Moyo",
      body="""Hi,

I've made an awful mistake. I sent the OH management referral for one of my nurses to the ward
6 all-staff distribution list instead of to occupationalhealth@ (both start with "o" in my
recents - "Orthopaedic Ward 6 All Staff"). It went to about 45 people, all trust staff. I've
recalled it and asked people to delete. The nurse doesn't know yet. I'm going to tell her today.

Bernadette Quayle
Ward Manager, Ward 6 (Orthopaedics)

-----Original Message-----
From: Quayle Bernadette (ROYAL BOLTON HOSPITAL NHS FOUNDATION TRUST)
Sent: 30 October 2026 17:48
To: Orthopaedic Ward 6 All Staff
Subject: OH management referral - C Moyo

Employee: Chipo MOYO     Band 5 Staff Nurse     Employee no. 20418873
DOB: 16/12/1986
Reason for referral: 3rd episode of sickness in 6 months (anxiety and low mood; recent
bereavement). Currently signed off by GP with work-related stress. Disclosed she is having
counselling and has started citalopram. Asks for a phased return and no night shifts.
Questions for OH: Is she fit for work? Is the Equality Act likely to apply? Adjustments?
""",
      ids={"date_of_birth": ["1986-12-16"]}, names=["Chipo Moyo"], ign_names=["Bernadette Quayle"],
      ign={"email_address": ["occupationalhealth@nhs.net"]}, subjects=1, cats=["mental_health", "health"],
      sev=4, lik=2, basis=["a staff member's mental health and sickness details (OH referral)",
                            "sent to ~45 colleagues inside the trust (internal)", "recall and deletion requested"])

# 028 sickness absence csv to a manager's personal gmail; staff are the data subjects, NI numbers
p28 = [("Amos", "Bello", "JX447812C", "2026-10-02", 14, "Stress/anxiety"),
       ("Charlotte", "Duxbury", "NZ120456A", "2026-09-21", 3, "Gastrointestinal"),
       ("Emeka", "Fashola", "PR883201B", "2026-10-12", 21, "Musculoskeletal - back"),
       ("Gillian", "Hargreaves", "KT664390D", "2026-08-30", 35, "Cancer treatment"),
       ("Ivana", "Jovanovic", "SW223874A", "2026-10-19", 5, "Pregnancy related"),
       ("Keeley", "Lister", "AB915530C", "2026-10-01", 2, "Cold/flu"),
       ("Martin", "Nield", "YH308127B", "2026-09-14", 28, "Alcohol related - OH referral"),
       ("Olga", "Petrenko", "CE771642A", "2026-10-26", 4, "Miscarriage"),
       ("Rashid", "Sadiq", "WL556018D", "2026-09-07", 10, "Depression"),
       ("Tanya", "Underwood", "JR440983C", "2026-10-22", 1, "Headache/migraine"),
       ("Vikram", "Walia", "HP129377A", "2026-10-05", 7, "Covid-19"),
       ("Yvonne", "Ackroyd", "ST802245B", "2026-09-28", 12, "Surgery - planned")]
email("sickness-absence-to-personal-gmail", "staff_sickness_personal_email", ["long", "formal", "timeline", "csv", "staff_subject", "external"],
      "Workforce Information Governance <workforce.ig@nhs.net>", BREACH,
      "Incident WF-26-031: staff sickness absence report sent to personal email account",
      body="""To: Data Protection Officer
Re: Incident WF-26-031

Summary
On Sunday 1 November a departmental manager in Estates & Facilities forwarded the monthly ESR
sickness absence report for her department to her personal Gmail account so that she could
prepare for a return-to-work meeting at home. The report contains 12 staff, their NI numbers,
dates and length of absence and the recorded absence reason. The personal account is outside the
trust's control and is not encrypted to NHS standards.

Timeline
01/11/2026 18:22  Report (CSV) forwarded from nhs.net to a personal @gmail.com address.
02/11/2026 07:05  Automated DLP alert on outbound NI numbers reviewed by the Cyber team.
02/11/2026 08:10  Manager contacted; she confirms she opened it on her home laptop and has now
                  deleted it from Gmail (including "Bin"). Laptop is shared with family.
02/11/2026 09:30  Referred to IG and to HR (policy breach).

Assessment
The data subjects are our own staff. Several absence reasons are special category health data,
including mental health, alcohol, pregnancy and miscarriage. The manager's account is personal and
we cannot verify the deletion or whether the file synced to the shared laptop.

Attachment: the CSV as forwarded.

Workforce IG team
""",
      atts=[("Sickness_EF_Oct26.csv", csvdata(
          [["Forename", "Surname", "NI Number", "Absence start", "Days", "Reason"]] +
          [[a, b, c, datetime.date.fromisoformat(d).strftime("%d/%m/%Y"), e, f] for a, b, c, d, e, f in p28]))],
      ids={"ni_number": [x[2] for x in p28]}, names=[f"{x[0]} {x[1]}" for x in p28],
      subjects=12, cats=["health", "mental_health", "substance_misuse", "reproductive_health"],
      sev=4, lik=3, basis=["staff health data (mental health, alcohol, pregnancy, miscarriage) with NI numbers",
                            "sent to a personal account outside the trusted domains; opened on a shared laptop",
                            "deletion claimed but cannot be verified"])

# 029 pre-employment health questionnaire left on an HR printer (internal)
email("oh-questionnaire-left-on-printer", "occupational_health_paper_internal", ["short", "plain"],
      "Rob Marsden <rob.marsden@nhs.net>", BREACH, "Found on HR printer",
      body="""Found a completed pre-employment health questionnaire on the shared printer on the HR floor - applicant Siobhan Keane, DOB 08/07/1999, declares epilepsy and asthma. No idea how long it was there, the floor is staff only. I've handed it to OH.
Rob (Recruitment)
""",
      ids={"date_of_birth": ["1999-07-08"]}, names=["Siobhan Keane"], ign_names=["Rob Marsden"], subjects=1,
      cats=["health"],
      sev=3, lik=2, basis=["applicant's health declaration left on a printer in a staff-only area (internal)"])

# 030 Scotland: clinic letter with CHI to a namesake at btinternet (quoted-printable)
c30 = chi("1958-03-22", female=False)
email("scotland-chi-letter-namesake", "scotland_misdirected_letter", ["ordinary", "qp", "gmail_forward", "external", "chi"],
      "Fiona MacLeod <fiona.macleod@nhs.scot>", BREACH, "Fwd: Letter received in error – CHI",
      cte="qp",
      body=f"""Hi there,

Passing this on as discussed – our secretary e-mailed a urology clinic letter to the wrong
James Robertson (picked from the "previous correspondence" list). The recipient has been very good
about it and says he's deleted it.

Fiona MacLeod
Information Governance Officer, NHS Lothian-area (Midlothian Community Hospital)
Tel 0131 496 0724

---------- Forwarded message ---------
From: James Robertson <jimrobertson55@btinternet.com>
Date: Sun, 1 Nov 2026 at 20:14
Subject: Letter received in error
To: <urology.secretaries@nhs.scot>

Dear Sir/Madam, I have received a letter that is obviously not for me. It's about a James Robertson,
CHI {c30}, 14 Inchview Terrace, Musselburgh EH21 6HR – about a raised PSA and a prostate biopsy.
I'm a James Robertson but I live in Glasgow and I'm 30 years younger! I have deleted it.
Regards, Jim
""",
      ids={"chi_number": [c30], "postcode": ["EH21 6HR"], "address": ["14 Inchview Terrace, Musselburgh EH21 6HR"]},
      names=["James Robertson"], ign_names=["Fiona MacLeod"],
      ign={"email_address": ["jimrobertson55@btinternet.com", "urology.secretaries@nhs.scot"], "phone_number": ["01314960724"]},
      subjects=1, cats=["health"],
      sev=3, lik=2, basis=["clinic letter with CHI number and diagnosis sent to a namesake outside the trusted domains",
                            "containment: recipient confirms deletion (likelihood -1)"])
# note: the recipient shares the patient's name; the name is listed once, for the patient.

# 031 Scotland: CMHT caseload (CHI, no header row) to a third-sector organisation, long
p31 = [("Alasdair", "Baird", "1971-05-04", False, "G31 2QW", "schizophrenia - depot"),
       ("Morag", "Cowan", "1984-10-18", True, "G32 8NB", "bipolar - lithium"),
       ("Iain", "Dunlop", "1996-01-09", False, "G33 4LT", "psychosis (first episode)"),
       ("Kirsty", "Fraser", "1979-07-27", True, "G31 1HE", "EUPD, self-harm"),
       ("Callum", "Gillies", "1990-03-13", False, "G32 6DN", "depression, alcohol"),
       ("Shona", "Hamilton", "1965-12-01", True, "G33 2RJ", "schizoaffective"),
       ("Euan", "Imrie", "2001-08-23", False, "G31 4AS", "psychosis, cannabis"),
       ("Mhairi", "Jardine", "1987-02-15", True, "G32 9PF", "PTSD"),
       ("Rory", "Kerr", "1975-11-30", False, "G33 1BG", "bipolar"),
       ("Eilidh", "Lennox", "1993-06-07", True, "G31 3TX", "anorexia nervosa"),
       ("Fraser", "Munro", "1968-09-19", False, "G32 0QA", "depression")]
chis31 = [chi(x[2], x[3]) for x in p31]
rows31 = [[chis31[i], f"{x[1].upper()}, {x[0]}", datetime.date.fromisoformat(x[2]).strftime("%d/%m/%Y"), x[4], x[5]]
          for i, x in enumerate(p31)]
email("scotland-cmht-caseload-third-sector", "scotland_mental_health_list", ["long", "formal", "timeline", "xlsx", "no_header", "chi", "external"],
      "IG Lead, NHS Greater Glasgow and Clyde <ig.lead@ggc.scot.nhs.uk>", BREACH,
      "Data breach notification - East CMHT caseload extract sent to third-sector partner",
      body="""Dear DPO,

I am notifying you, as the Health Board IG Lead, of a data breach in the East Glasgow Community
Mental Health Team.

1. Description
A CMHT administrator intended to send the peer-support referral for one patient to our third-sector
partner (a mental health charity). Instead of the single-patient referral she attached the team's
caseload extract for Dr Allan's clinic (11 patients). The extract has no column headings - it is a
copy-paste from TrakCare - but contains each patient's CHI number, name, date of birth, postcode and
diagnosis.

2. Timeline
30/10/2026 14:02  Email with the extract sent to referrals@haven-peersupport.org.uk
30/10/2026 14:35  Charity's referrals worker telephones the CMHT to query the list.
30/10/2026 15:10  Charity manager confirms by email that the file has been deleted from the
                  mailbox and from "deleted items" and was not downloaded or forwarded.
02/11/2026 09:00  Reported to Board IG via Datix; notified to DPO.

3. Assessment
Special category data (mental health) for 11 patients, sent outside NHSScotland. The recipient is a
commissioned partner with a data sharing agreement covering referrals (but not this volume of data)
and has given written confirmation of deletion. We consider the likelihood reduced but the severity
high.

4. Actions
Patients to be informed by their care co-ordinators. Staff member to complete IG refresher.
Secure referral form (Egress) to replace email attachments.

Yours sincerely
Dr Morven Baxter
Information Governance Lead, NHS Greater Glasgow and Clyde
""",
      atts=[("Sheet for Haven.xlsx", xlsx([("Sheet1", rows31)]))],
      ids={"chi_number": chis31, "date_of_birth": [x[2] for x in p31], "postcode": [x[4] for x in p31]},
      names=[f"{x[0]} {x[1]}" for x in p31], ign_names=["Morven Baxter", "Dr Allan"],
      ign={"email_address": ["referrals@haven-peersupport.org.uk"]}, subjects=11,
      cats=["mental_health", "substance_misuse", "health"],
      sev=4, lik=2, basis=["mental health diagnoses of 11 patients with CHI numbers",
                            "sent outside the trusted domains to a partner charity",
                            "containment: written confirmation of deletion and no onward sharing (likelihood -1)"])

# 032 Scotland: district nurse diary lost in a car park
email("scotland-dn-diary-lost", "lost_paper", ["short", "phone", "lowercase", "plain"],
      "lorna.mcinnes@nhs.scot", BREACH, "diary",
      body="""lost my dn diary in the tesco car park in dingwall about 1pm, went back 20 mins later and it was gone. has todays visits - mrs agnes munro 4 castle st dingwall IV15 9HU leg ulcer dressing, mr duncan ross 11 mill rd IV15 9LB syringe driver (palliative). key codes for both. lorna DN
""",
      ids={"postcode": ["IV15 9HU", "IV15 9LB"], "address": ["4 Castle St, Dingwall IV15 9HU", "11 Mill Rd, IV15 9LB"]},
      names=["Agnes Munro", "Duncan Ross"], ign_names=["Lorna McInnes"], subjects=2, cats=["health"],
      sev=4, lik=3, basis=["lost in a public place and taken by someone unknown",
                            "health details and key codes of two housebound patients (risk of harm)"])

# 033 Wales: discharge letter to the wrong (private) care home, bilingual signature
n33 = nhs()
email("wales-discharge-letter-wrong-care-home", "wales_misdirected_letter", ["ordinary", "outlook_forward", "plain", "external", "welsh"],
      "Elin Pritchard <elin.pritchard@wales.nhs.uk>", BREACH, "FW: Discharge summary - Mr Glyn Rowlands",
      body=f"""Bore da,

The discharge summary below went to Plas Gwyn Care Home in Bangor instead of Plas Gwynant Nursing
Home in Caernarfon where Mr Rowlands was discharged to. Plas Gwyn's manager rang us and says she
has deleted it. Both are private care homes outside NHS Wales.

Diolch,
Elin Pritchard
Ward Clerk / Clerc Ward, Ward Alaw, Ysbyty Gwynedd
Betsi Cadwaladr University Health Board / Bwrdd Iechyd Prifysgol Betsi Cadwaladr
Rydym yn croesawu gohebiaeth yn Gymraeg / We welcome correspondence in Welsh

-----Original Message-----
From: Ward Alaw
Sent: 31 October 2026 14:26
To: manager@plasgwyn-carehome.co.uk
Subject: Discharge summary - Mr Glyn Rowlands

DISCHARGE SUMMARY
Name: ROWLANDS, Glyn    DOB: 05/05/1936    NHS: {n33}
Hospital no: D447120
Diagnosis: Community-acquired pneumonia; background Alzheimer's dementia, AF (apixaban).
Medication changes: amoxicillin to complete 5 days; furosemide reduced to 20mg.
Follow-up: GP review 1 week; DNACPR form in place, copy to travel with patient.
""",
      ids={"nhs_number": [n33], "date_of_birth": ["1936-05-05"], "hospital_number": ["D447120"]},
      names=["Glyn Rowlands"], ign_names=["Elin Pritchard"],
      ign={"email_address": ["manager@plasgwyn-carehome.co.uk"]}, subjects=1, cats=["health"],
      sev=3, lik=2, basis=["discharge summary with diagnoses sent to the wrong care home (outside the trusted domains)",
                            "containment: recipient says deleted (likelihood -1)"])

# 034 Wales: receptionist accessed a neighbour's maternity / termination record (snooping), long
n34 = nhs()
email("wales-snooping-maternity-record", "snooping_misuse", ["long", "formal", "timeline", "plain", "snooping", "welsh"],
      "Llywodraethu Gwybodaeth / Information Governance <ig.cav@wales.nhs.uk>", BREACH,
      "Privacy breach - access to a patient's termination of pregnancy record (NIIAS alert)",
      body=f"""Dear DPO,

Re: NIIAS alert 26-1187 - confirmed inappropriate access

A National Intelligent Integrated Audit Solution (NIIAS) alert flagged that an outpatient
receptionist accessed the Welsh Clinical Portal record of a patient with the same home postcode.

Timeline
19/10/2026  NIIAS "same postcode" alert generated for access on 16/10/2026 at 12:47.
21/10/2026  Line manager interview: the receptionist admitted looking at her neighbour's record
            "out of concern" after seeing her in the waiting area.
27/10/2026  The patient, Ms Carys Bevan, contacted the patient advice service: the receptionist's
            partner had made a remark to her about "the clinic" in the street.
02/11/2026  Reported to DPO following fact-finding.

Data subject
Ms Carys Bevan, DOB 11/01/1998, NHS number {n34}, 23 Heol y Coed, Rhiwbina, Cardiff CF14 6HR.
The pages viewed were the referral to the pregnancy advisory service and the early medical
termination of pregnancy record (October 2026), plus her contact details.

We consider that the data has been disclosed onward and misused. The employee has been suspended
and the matter referred to the counter-fraud / s170 route for advice.

Yn gywir / Yours sincerely
Rhodri Williams
Rheolwr Llywodraethu Gwybodaeth / Information Governance Manager
Bwrdd Iechyd Prifysgol Caerdydd a'r Fro / Cardiff and Vale University Health Board
029 2018 4400
""",
      ids={"nhs_number": [n34], "date_of_birth": ["1998-01-11"], "postcode": ["CF14 6HR"],
           "address": ["23 Heol y Coed, Rhiwbina, Cardiff CF14 6HR"]},
      names=["Carys Bevan"], ign_names=["Rhodri Williams"], ign={"phone_number": ["02920184400"]},
      subjects=1, cats=["reproductive_health", "health"],
      sev=4, lik=5, basis=["deliberate access by a staff member to a neighbour's record",
                            "termination of pregnancy (reproductive health)", "misuse reported: disclosed onward"])

# 035 Northern Ireland: referral with H&C number sent to a domiciliary care provider (external)
h35 = hc()
email("ni-referral-hc-number-wrong-provider", "ni_misdirected", ["ordinary", "plain", "external", "hc_number"],
      "Orla Quinn <orla.quinn@setrust.hscni.net>", BREACH, "Incident - referral sent to wrong domiciliary care provider",
      body=f"""Hi,

I need to report that a community OT referral was emailed to the wrong domiciliary care agency
this morning (care@kindlycarebelfast.co.uk instead of the agency in our trust's framework). The
agency has replied to say they'll delete it.

Details of the referral:
Client: Mrs Bridget McAllister
H&C number: {sp(h35)}
DOB: 29/09/1941
Address: 15 Glen Road, Comber, Newtownards BT23 5EH
Tel: 028 9187 0123
Info: post hip replacement, lives alone, early memory problems, needs help with personal care x2 daily.

Orla Quinn
Community Occupational Therapist
South Eastern Health and Social Care Trust
""",
      ids={"hc_number": [h35], "date_of_birth": ["1941-09-29"], "postcode": ["BT23 5EH"],
           "address": ["15 Glen Road, Comber, Newtownards BT23 5EH"], "phone_number": ["02891870123"]},
      names=["Bridget McAllister"], ign_names=["Orla Quinn"],
      ign={"email_address": ["care@kindlycarebelfast.co.uk"]}, subjects=1, cats=["health"],
      sev=3, lik=2, basis=["referral with H&C number and health needs sent to an agency outside the trusted domains",
                            "containment: agency says it will delete (likelihood -1)"])

# 036 NI: list of H&C numbers saved in a trust-wide shared folder (internal)
hc36 = [hc() for _ in range(4)]
email("ni-shared-drive-clinic-list", "ni_internal_shared_drive", ["short", "plain", "internal"],
      "Declan Murray <declan.murray@belfasttrust.hscni.net>", BREACH, "Clinic list in wrong folder",
      body=f"""Found this week's diabetic eye screening DNA list saved in the trust-wide "All Staff - Shared" folder
instead of the team folder. 4 patients: Sean Gallagher ({hc36[0]}), Roisin Devlin ({hc36[1]}),
Patrick Hughes ({hc36[2]}), Mary Lavery ({hc36[3]}). Moved it at 10:15. Access log requested from IT.
Declan Murray, Admin Manager
""",
      ids={"hc_number": hc36}, names=["Sean Gallagher", "Roisin Devlin", "Patrick Hughes", "Mary Lavery"],
      ign_names=["Declan Murray"], subjects=4, cats=["health"],
      sev=3, lik=2, basis=["H&C numbers with a clinical context (diabetic eye screening) exposed inside the trust"])

# 037 near miss: pharmacist caught an autocomplete address before sending
email("near-miss-pharmacy-autocomplete", "near_miss", ["ordinary", "plain", "near_miss"],
      "Imogen Frost <imogen.frost@nhs.net>", BREACH, "Near miss - nearly sent MDS chart to a patient's relative",
      body="""Hi IG,

Logging a near miss as our pharmacy SOP asks. I was about to email the updated monitored dosage
chart for Mr Albert Kenyon (clozapine, at Fernlea House) to the care home and Outlook autocompleted
to a relative's personal address from an old thread. I noticed the address before pressing send
and corrected it. Nothing went to the wrong person.

Could we get the autocomplete cache cleared on the dispensary PC?

Imogen Frost
Pharmacist, Fernlea Primary Care Network
""",
      names=["Albert Kenyon"], ign_names=["Imogen Frost"], subjects=1, cats=["mental_health", "health"],
      near=True, sev=1, lik=1, basis=["near miss: error noticed before sending, nothing disclosed"])

# 038 near miss: Egress/DLP held a spreadsheet going to a school; nothing released
email("near-miss-dlp-held-spreadsheet", "near_miss", ["short", "phone", "lowercase", "plain", "near_miss"],
      "gail.ormondroyd@nhs.net", BREACH, "egress blocked it",
      body="""fyi egress blocked my email with the whole caseload spreadsheet to a school, should have been a single child's care plan. it never went. deleted from outbox. logging as near miss
gail school nurse
""",
      near=True, sev=1, lik=1, basis=["near miss: blocked by data loss prevention before sending; no individuals identified in the report"])

# ---------------------------------------------------------------- non-reports (no personal data)
NOPD = dict(subjects=0, sev=1, lik=1)

# 039 auto-reply
email("auto-reply-out-of-office", "non_report_autoreply", ["short", "plain", "auto_reply", "no_personal_data"],
      "Deborah Kinsella <deborah.kinsella@nhs.net>", BREACH, "Automatic reply: Incident reference BD-2026-000412",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      body="""Thank you for your email. I am on annual leave until Monday 9 November 2026 with limited access to email.

For urgent information governance matters please contact the IG team on 0161 496 0900 or ig.team@nhs.net.

Deborah Kinsella
Head of Information Governance & Caldicott Support
""",
      ign_names=["Deborah Kinsella"], ign={"phone_number": ["01614960900"], "email_address": ["ig.team@nhs.net"]},
      basis=["automatic reply; no personal data"], **NOPD)

# 040 IG newsletter (HTML + text)
email("ig-newsletter-november", "non_report_newsletter", ["ordinary", "html_alternative", "newsletter", "no_personal_data"],
      "IG Bulletin <ig.bulletin@nhs.net>", BREACH, "IG Bulletin - November 2026: Bcc, Egress and the DSPT deadline",
      body="""IG BULLETIN - NOVEMBER 2026

1. Bcc still catches us out. Three of last quarter's reportable incidents were group emails with
   recipients in To. Use the mail-merge tool or Egress for group emails to patients.
2. DSPT: 2026/27 submission opens in January. 94% of staff have completed Data Security Awareness.
3. New: send patient identifiable data to schools and councils via Egress only.
4. Reminder: smartcards must never be shared. NIIAS audits run weekly.

Questions? ig.team@nhs.net
""",
      html="""<html><body><h2>IG BULLETIN - NOVEMBER 2026</h2><ol>
<li><b>Bcc still catches us out.</b> Three of last quarter's reportable incidents were group emails with recipients in To.</li>
<li><b>DSPT:</b> 2026/27 submission opens in January. 94% of staff have completed Data Security Awareness.</li>
<li><b>New:</b> send patient identifiable data to schools and councils via Egress only.</li>
<li>Reminder: smartcards must never be shared. NIIAS audits run weekly.</li></ol>
<p>Questions? <a href="mailto:ig.team@nhs.net">ig.team@nhs.net</a></p></body></html>""",
      ign={"email_address": ["ig.team@nhs.net"]}, basis=["newsletter; no personal data"], **NOPD)

# 041 policy question (WhatsApp for ambulance handover)
email("question-whatsapp-handover", "non_report_question", ["ordinary", "plain", "question", "no_personal_data"],
      "Shaun Pilling <shaun.pilling@nhs.net>", BREACH, "Question - can crews use WhatsApp to send ECG photos?",
      body="""Hi,

Not a breach, just a question. Some of our paramedics photograph 12-lead ECGs on their own phones
and WhatsApp them to the cath lab registrar to speed up PPCI decisions. Is that allowed? If not,
what should they use instead? Happy to take it to the next clinical governance meeting.

Thanks
Shaun Pilling
Clinical Team Leader, Yorkshire Ambulance Service
""",
      ign_names=["Shaun Pilling"], basis=["policy question; no personal data"], **NOPD)

# 042 phishing report
email("phishing-report-fake-payroll", "non_report_phishing", ["ordinary", "outlook_forward", "plain", "phishing", "no_personal_data"],
      "Nia Edwards <nia.edwards@wales.nhs.uk>", BREACH, "FW: Action required: verify your payroll details",
      body="""Is this a phishing email? I haven't clicked on anything. Forwarding to you and to the cyber team.
Nia

-----Original Message-----
From: NHS Payroll Services <payroll-update@nhs-payroll-verify.com>
Sent: 02 November 2026 07:31
To: nia.edwards@wales.nhs.uk
Subject: Action required: verify your payroll details

Dear Employee,
Due to an update to ESR, your November salary will be withheld unless you verify your bank details
within 24 hours at https://esr-nhs-verify.com/login
NHS Payroll Services
""",
      ign_names=["Nia Edwards"], ign={"email_address": ["payroll-update@nhs-payroll-verify.com"]},
      basis=["phishing report; nobody clicked; no personal data disclosed"], **NOPD)

# 043 lost encrypted phone, remote-wiped
email("lost-encrypted-phone-wiped", "non_report_lost_device_encrypted", ["short", "phone", "lowercase", "plain", "no_personal_data"],
      "connor.haigh@nhs.net", BREACH, "lost work phone",
      body="""lost my work mobile on the night out (not proud). it's intune managed, encrypted, 6 digit pin. IT wiped it remotely at 07:40 this morning and confirmed wipe done. no patient stuff saved on it, just teams and email. connor (paramedic)
""",
      basis=["encrypted managed device, remotely wiped with confirmation; no personal data exposed"], **NOPD)

# 044 IG steering group notes (aggregate numbers only)
email("ig-steering-group-notes", "non_report_minutes", ["long", "plain", "minutes", "no_personal_data", "docx"],
      "IG Steering Group Secretary <igsg.secretary@nhs.net>", BREACH, "Notes - IG Steering Group 29/10/2026",
      body="""Please find attached the notes of the IG Steering Group held on 29 October 2026.

Summary of actions:
- Incident trends Q2: 61 incidents logged, 4 reported to the ICO (all misdirected email). Action: IG
  to present Bcc / mail-merge training at the November team brief.
- Subject access requests: 92% within one month. Backlog in the children's therapy service.
- DSPT: 3 of 36 mandatory evidence items outstanding.
- Records: paper records off-site storage contract renewal agreed.

Next meeting: 26 November 2026, Boardroom / Teams.
""",
      atts=[("IGSG notes 29.10.26.docx", docx([
          ("h", "IG Steering Group - 29 October 2026"),
          ("p", "Present: Caldicott Guardian, SIRO, DPO, Head of IG, Cyber Security Lead, Records Manager."),
          ("t", [["Item", "Discussion", "Action"], ["Incidents Q2", "61 logged; 4 ICO-reportable", "Bcc training"],
                 ["SARs", "92% on time", "Children's therapy backlog plan"], ["DSPT", "3 items outstanding", "Owners to update by 30/11"]])]))],
      basis=["meeting notes with aggregate figures; no personal data"], **NOPD)

# 045 training question about what counts as a breach (hypothetical)
email("question-is-this-a-breach", "non_report_question", ["short", "phone", "lowercase", "plain", "question", "no_personal_data"],
      "ella.mortimer@nhs.net", BREACH, "quick q",
      body="""quick q for training - if a patient overhears a phone call at reception with no name said is that a breach? not a real incident just been asked by the new starters. ella, reception lead
""",
      basis=["hypothetical training question; no incident"], **NOPD)
build()
