#!/usr/bin/env python3
"""Generate the fresh24 breachdesk evaluation corpus (deterministic).

    python make_corpus.py [OUTDIR]      # default: the directory holding this file

Writes NNN-slug.eml and truth.jsonl.  Needs openpyxl, python-docx and fpdf2.
Every identifier is produced by the generators below (valid check digits) and
recorded in the truth at the moment it is written into a message, so the two
cannot drift apart.
"""
import csv
import datetime as dt
import io
import json
import os
import random
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import formataddr

import docx
import openpyxl
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MAILBOX = "breach@example.nhs.uk"
RNG = random.Random(2024_12_24)
POL = policy.SMTP.clone(max_line_length=998)  # no header folding: avoids a stdlib refolding bug in address lists

# ------------------------------------------------------------------ identifiers


def mod11(nine):
    s = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1)))
    c = 11 - s % 11
    return 0 if c == 11 else (None if c == 10 else c)


USED = set()


def nhs(prefix):
    """A valid 10-digit number starting with `prefix` (e.g. '4', '62', '73')."""
    while True:
        nine = prefix + "".join(str(RNG.randrange(10)) for _ in range(9 - len(prefix)))
        c = mod11(nine)
        if c is not None and nine + str(c) not in USED and nine + str(c) != "0000000000":
            USED.add(nine + str(c))
            return nine + str(c)


def hc():
    return nhs(str(RNG.randrange(320, 400)))


def chi(dob, female):
    """A valid CHI: DDMMYY of the real date of birth, 9th digit even for female, mod-11 check."""
    while True:
        nine = dob.strftime("%d%m%y") + f"{RNG.randrange(100):02d}" + RNG.choice("02468" if female else "13579")
        c = mod11(nine)
        if c is not None and nine + str(c) not in USED:
            USED.add(nine + str(c))
            return nine + str(c)


def spaced(n, sep=" "):
    return f"{n[:3]}{sep}{n[3:6]}{sep}{n[6:]}"


def ni_number():
    bad1, bad2 = set("DFIQUV"), set("DFIQUVO")
    while True:
        a = RNG.choice("ABCEGHJKLMNPRSTWXYZ")
        b = RNG.choice("ABCEGHJKLMNPRSTWXYZ")
        if a in bad1 or b in bad2 or a + b in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            continue
        return f"{a}{b}{RNG.randrange(10**6):06d}{RNG.choice('ABCD')}"


def mobile():
    return f"07700 900{RNG.randrange(1000):03d}"


def d(y, m, dd):
    return dt.date(y, m, dd)


def uk(date):  # 14/07/1962
    return date.strftime("%d/%m/%Y")


# ------------------------------------------------------------------ truth


class Truth:
    def __init__(self, file, scenario, tags):
        self.file, self.scenario, self.tags = file, scenario, sorted(tags)
        self.ids, self.ign, self.names, self.ign_names = {}, {}, [], []
        self.subjects, self.cats, self.near_miss, self.assessment = 0, [], False, None

    def add(self, kind, *vals):
        for v in vals:
            if v is None:
                continue
            if isinstance(v, dt.date):
                v = v.isoformat()
            lst = self.ids.setdefault(kind, [])
            if v not in lst:
                lst.append(v)
        return vals[0] if len(vals) == 1 else vals

    def ignore(self, kind, *vals):
        for v in vals:
            lst = self.ign.setdefault(kind, [])
            if v not in lst:
                lst.append(v)

    def name(self, *names):
        for n in names:
            if n not in self.names:
                self.names.append(n)

    def staff(self, *names):
        for n in names:
            if n not in self.ign_names:
                self.ign_names.append(n)

    def grade(self, severity, likelihood, *basis):
        self.assessment = {"severity": severity, "likelihood": likelihood,
                           "reportable": likelihood >= 3 and severity >= 2, "basis": list(basis)}

    def record(self):
        ids = {k: sorted(v) for k, v in sorted(self.ids.items()) if v}
        ign = {k: sorted(v) for k, v in sorted(self.ign.items()) if v}
        return {"file": self.file, "scenario": self.scenario, "tags": self.tags, "identifiers": ids,
                "names": self.names, "ignorable_names": sorted(self.ign_names), "ignorable": ign,
                "subjects": self.subjects, "special_categories": sorted(set(self.cats)),
                "near_miss": self.near_miss, "no_identifiers": not ids and not self.names,
                "assessment": self.assessment}


# ------------------------------------------------------------------ people helpers


class Staff:
    def __init__(self, name, role, org, email, phone=None, extra=""):
        self.name, self.role, self.org, self.email, self.phone, self.extra = name, role, org, email, phone, extra

    def sig(self):
        lines = [self.name, self.role, self.org]
        if self.phone:
            lines.append(f"Tel: {self.phone}")
        lines.append(f"Email: {self.email}")
        if self.extra:
            lines.append(self.extra)
        return "\n".join(lines)

    def addr(self):
        return fa((self.name, self.email))

    def register(self, t):
        t.staff(self.name)
        t.ignore("email_address", self.email)
        if self.phone:
            t.ignore("phone_number", self.phone)


# ------------------------------------------------------------------ MIME helpers

MSGNO = [0]


def mid(domain):
    MSGNO[0] += 1
    return f"<fresh24.{MSGNO[0]:04d}.{RNG.randrange(16**10):010x}@{domain}>"


def fa(pair):
    """formataddr, with RFC 2047 encoding of non-ASCII display names (keeps list commas structural)."""
    name, addr = pair
    return formataddr((name, addr), charset="utf-8") if name and not name.isascii() else formataddr((name, addr))


def message(frm, to, subject, date, text=None, html=None, cc=None, extra_headers=None):
    m = EmailMessage(policy=POL)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    dom = re.search(r"@([\w.-]+)", frm).group(1)
    m["Message-ID"] = mid(dom)
    m["MIME-Version"] = "1.0"
    for k, v in (extra_headers or {}).items():
        m[k] = v
    if text is not None:
        m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    return m


def attach(m, data, filename, maintype, subtype):
    if not m.is_multipart():
        m.make_mixed()
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)


def attach_msg(m, inner):
    if not m.is_multipart():
        m.make_mixed()
    m.add_attachment(inner)


XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
FIXED = dt.datetime(2026, 11, 2, 9, 0, 0)


def fix_zip(data):
    """Rewrite an OOXML zip with fixed timestamps so output is byte-identical run to run."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-11-02T09:00:00Z", body)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, body)
    return out.getvalue()


def make_xlsx(sheets):
    """sheets: list of (title, rows)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = "Trust user"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    b = io.BytesIO()
    wb.save(b)
    return fix_zip(b.getvalue())


def make_docx(paragraphs, table=None, table_after=None):
    doc = docx.Document()
    cp = doc.core_properties
    cp.author, cp.created, cp.modified, cp.last_modified_by, cp.revision = "Trust user", FIXED, FIXED, "Trust user", 1
    for i, p in enumerate(paragraphs):
        if isinstance(p, tuple) and p[0] == "h":
            doc.add_heading(p[1], level=p[2] if len(p) > 2 else 1)
        else:
            doc.add_paragraph(p)
        if table is not None and i == table_after:
            tb = doc.add_table(rows=0, cols=len(table[0]))
            tb.style = "Table Grid"
            for row in table:
                cells = tb.add_row().cells
                for c, v in zip(cells, row):
                    c.text = str(v)
    if table is not None and table_after is None:
        tb = doc.add_table(rows=0, cols=len(table[0]))
        tb.style = "Table Grid"
        for row in table:
            cells = tb.add_row().cells
            for c, v in zip(cells, row):
                c.text = str(v)
    b = io.BytesIO()
    doc.save(b)
    return fix_zip(b.getvalue())


def make_csv(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue().encode("utf-8")


def make_pdf(title, lines, table=None, widths=None, orientation="P"):
    pdf = FPDF(orientation=orientation)
    pdf.set_creation_date(FIXED.replace(tzinfo=dt.timezone.utc))
    pdf.set_producer("fresh24")
    pdf.add_page()
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf") if os.path.exists(
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf") else None
    font = "DejaVu" if "dejavu" in pdf.fonts else "Helvetica"
    pdf.set_font(font, size=13)
    pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(font, size=9)
    for ln in lines:
        pdf.multi_cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    if table:
        pdf.ln(2)
        with pdf.table(col_widths=widths, text_align="LEFT", first_row_as_headings=False) as tb:
            for row in table:
                r = tb.row()
                for c in row:
                    r.cell(str(c))
    return bytes(pdf.output())


# ------------------------------------------------------------------ the emails

EMAILS = []


def email(fn):
    EMAILS.append(fn)
    return fn


def report_to_mailbox(t, reporter, subject, date, text, html=None, extra_headers=None):
    reporter.register(t)
    t.ignore("email_address", MAILBOX)
    return message(reporter.addr(), formataddr(("Breach Mailbox", MAILBOX)), subject, date, text, html,
                   extra_headers=extra_headers)

# 001 -------------------------------------------------------------------------------------------
NGT = "Northgate Teaching Hospitals NHS Foundation Trust"


@email
def e001():
    t = Truth("001-ward-handover-left-on-bus.eml", "lost_paper_handover_sheet", ["docx", "lost_paper", "surname_comma"])
    rep = Staff("Chidinma Okafor", "Ward Sister, Ward 23 (Respiratory)", NGT, "chidinma.okafor@nhs.net", "0113 496 0732")
    t.staff("Ellie Barraclough")
    pts = [
        ("1", "HUGHES, Maureen", d(1941, 3, 2), "N" + f"{RNG.randrange(10**7):07d}", "IECOPD, NIV overnight", "wean NIV, ABG 10:00"),
        ("2", "KHAN, Tariq", d(1967, 11, 19), "N" + f"{RNG.randrange(10**7):07d}", "CAP, alcohol withdrawal - CIWA 4hrly", "chlordiazepoxide reducing regime, pabrinex"),
        ("4", "MACKENZIE, Isla", d(1989, 6, 30), "N" + f"{RNG.randrange(10**7):07d}", "PE, 28/40 pregnant", "LMWH, obs r/v today"),
        ("5", "WÓJCIK, Bogdan", d(1955, 1, 8), "N" + f"{RNG.randrange(10**7):07d}", "Lung Ca (palliative)", "DNACPR in place, family meeting 14:00"),
        ("7", "ADEBAYO, Folasade", d(1972, 8, 14), "N" + f"{RNG.randrange(10**7):07d}", "Asthma exacerbation", "?home today if PEFR >75%"),
        ("9", "BRENNAN, Patrick", d(1938, 12, 25), "N" + f"{RNG.randrange(10**7):07d}", "Fall, ?aspiration pneumonia, dementia", "DoLS applied, 1:1 at night"),
    ]
    rows = [["Bed", "Patient", "DOB", "Hosp No", "Diagnosis / issues", "Plan"]]
    for bed, name, dob, hosp, dx, plan in pts:
        rows.append([bed, name, uk(dob), hosp, dx, plan])
        t.name(name)
        t.add("date_of_birth", dob)
        t.add("hospital_number", hosp)
    t.subjects = len(pts)
    t.cats = ["health", "substance_misuse", "reproductive_health"]
    data = make_docx([("h", "Ward 23 Respiratory - Nursing Handover", 1),
                      "Date: 05/11/2026   Shift: Night -> Early   Nurse in charge: C. Okafor",
                      "CONFIDENTIAL - do not remove from ward"], table=rows)
    text = f"""Hi IG team,

Reporting a lost handover sheet. Student nurse Ellie Barraclough took her printed copy of the Ward 23 night handover home in her uniform pocket by mistake this morning and thinks it fell out on the number 42 bus (First Leeds) between the hospital and Seacroft at about 08:15. She rang the bus company lost property at 10:30 - nothing handed in so far.

The sheet was the full handover for beds 1-9 (six patients, names, DOBs, hospital numbers, diagnoses and plans). I have attached the electronic copy from the ward drive so you can see exactly what was on it. Datix W-118204 done.

We have reminded all staff that handover sheets go in the confidential waste bin before leaving the ward.

Thanks
{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "Lost handover sheet - Ward 23 - left on bus", "Thu, 05 Nov 2026 11:02:00 +0000", text)
    attach(m, data, "Ward23_handover_05-11-26.docx", *DOCX)
    t.grade(4, 3, "especially sensitive about identified people: substance misuse (alcohol withdrawal), pregnancy",
            "paper lost in a public place (bus), not recovered")
    return m, t


# 002 -------------------------------------------------------------------------------------------
@email
def e002():
    t = Truth("002-gynae-theatre-list-to-gmail.eml", "theatre_list_personal_email",
              ["xlsx", "xlsx_two_sheets", "forward_rfc822", "personal_email", "surname_comma"])
    rep = Staff("Gareth Pollard", "Information Governance Officer", NGT, "gareth.pollard1@nhs.net", "0113 496 0415")
    reg = "Dr Arjun Menon"
    t.staff("Arjun Menon")
    gmail = "arjun.menon88@gmail.com"
    t.ignore("email_address", gmail, "arjun.menon@nhs.net")
    procs = ["Surgical management of miscarriage", "Hysteroscopy + biopsy", "Laparoscopic sterilisation",
             "Surgical TOP (MVA) 9/40", "LLETZ - CIN3", "Laparoscopy ?endometriosis", "Vaginal hysterectomy",
             "ERPC - retained products", "Laparoscopic ovarian cystectomy", "Surgical TOP 11/40"]
    names = [("OKONKWO, Adaeze", d(1991, 4, 12)), ("PRICE, Lauren", d(1986, 9, 3)), ("ZHANG, Wei", d(1983, 2, 27)),
             ("KOWALSKA, Agnieszka", d(1995, 7, 16)), ("HOLDEN, Sophie", d(1999, 12, 1)),
             ("BEGUM, Rukhsana", d(1988, 5, 22)), ("DOYLE, Siobhan", d(1962, 10, 9)),
             ("ACHEAMPONG, Abena", d(1993, 1, 30)), ("FITZGERALD, Niamh", d(1979, 3, 18)),
             ("SZYMAŃSKA, Żaneta", d(2001, 8, 5))]
    sheets = []
    pref = ["41", "45", "48", "60", "63", "65", "70", "72", "74", "47"]
    for s, (title, rng_) in enumerate([("Mon 09 Nov", range(0, 5)), ("Tue 10 Nov", range(5, 10))]):
        rows = [["Order", "Hosp No", "NHS No", "Patient", "DOB", "Procedure", "Anaes", "Notes"]]
        for i in rng_:
            n = nhs(pref[i])
            h = f"K{RNG.randrange(10**6):06d}"
            name, dob = names[i]
            rows.append([i - rng_.start + 1, h, spaced(n), name, uk(dob), procs[i], "GA",
                         "Rh neg - anti-D" if i in (0, 3) else ("G&S, consent form 1" if "TOP" in procs[i] else "")])
            t.add("nhs_number", n)
            t.add("hospital_number", h)
            t.add("date_of_birth", dob)
            t.name(name)
        sheets.append((title, rows))
    t.subjects = 10
    t.cats = ["health", "reproductive_health"]
    data = make_xlsx(sheets)
    inner = message(formataddr((reg, "arjun.menon@nhs.net")), gmail, "lists", "Sun, 08 Nov 2026 21:14:00 +0000",
                    "\n")
    attach(inner, data, "Gynae theatre lists wk 45.xlsx", *XLSX)
    text = f"""Hello,

Our DLP rule flagged the attached message (copy retrieved from the mail gateway) on Sunday night. {reg}, ST5 in Obstetrics & Gynaecology, sent next week's gynaecology theatre lists (two sheets, Monday and Tuesday, 10 patients including two terminations of pregnancy and two miscarriage procedures) from his nhs.net account to his personal Gmail so he could plan the lists at home.

I have spoken to him this morning; he says he will delete it but has not yet confirmed, and his Gmail is synced to a shared family iPad. I have asked for written confirmation and screenshots of the deletion.

{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "DLP alert - theatre lists sent to personal Gmail", "Mon, 09 Nov 2026 09:40:00 +0000", text)
    attach_msg(m, inner)
    t.grade(4, 3, "reproductive health (termination of pregnancy, miscarriage) about identified patients",
            "sent outside the trusted domains (gmail.com), deletion not confirmed")
    return m, t


# 003 -------------------------------------------------------------------------------------------
@email
def e003():
    t = Truth("003-clinic-list-wrong-nhsnet.eml", "clinic_list_wrong_nhs_address",
              ["csv", "csv_no_header", "inline_forward", "wrong_recipient_internal"])
    rep = Staff("Priya Raghunathan", "Medical Secretary to Dr Hartley, Rheumatology", NGT,
                "priya.raghunathan@nhs.net", "0113 496 0588")
    t.staff("Dr Hartley", "John Smith", "Dr John Smith")
    wrong, right = "john.smith55@nhs.net", "john.smith12@nhs.net"
    t.ignore("email_address", wrong, right)
    people = [("09:00", "Margaret Ellison", d(1950, 2, 14)), ("09:20", "Davinder Sandhu", d(1977, 6, 2)),
              ("09:40", "Aoife Gallagher", d(1984, 11, 23)), ("10:00", "Kenneth Osei", d(1969, 4, 7)),
              ("10:20", "Lin Chen", d(1992, 9, 9)), ("10:40", "Barbara Whitworth", d(1946, 1, 31)),
              ("11:00", "Mateusz Lewandowski", d(1981, 5, 19)), ("11:20", "Rhiannon Beaumont", d(2003, 7, 28))]
    rows = []
    pre = ["40", "43", "61", "66", "71", "73", "46", "64"]
    for (tm, nm, dob), p in zip(people, pre):
        h = f"N{RNG.randrange(10**7):07d}"
        n = nhs(p)
        clinic = RNG.choice(["RA follow-up", "Biologics review", "New - inflammatory arthritis", "PMR follow-up"])
        rows.append([tm, h, nm, dob.strftime("%d/%m/%Y"), n, clinic, "Dr Hartley"])
        t.name(nm); t.add("hospital_number", h); t.add("nhs_number", n); t.add("date_of_birth", dob)
    t.subjects = len(people)
    t.cats = ["health"]
    text = f"""Morning,

I emailed tomorrow's rheumatology clinic list to the wrong Dr John Smith yesterday - I picked {wrong} from the address book instead of {right} (our locum). The one I sent it to is a GP in Cornwall. He replied straight away saying he hadn't opened the attachment and has deleted it - his reply is below. The attachment is the same file as I sent (csv export from PAS).

Sorry,
{rep.sig()}

-----Original Message-----
From: SMITH, John (TREVERBYN SURGERY) <{wrong}>
Sent: 10 November 2026 16:52
To: RAGHUNATHAN, Priya (NORTHGATE TEACHING HOSPITALS NHS FOUNDATION TRUST) <priya.raghunathan@nhs.net>
Subject: RE: clinic list Weds

Hi Priya, I think this was meant for another John Smith. I haven't opened the attachment and have deleted it from my inbox and deleted items.
John

Dr John Smith
GP Partner, Treverbyn Surgery
"""
    m = report_to_mailbox(t, rep, "clinic list sent to wrong John Smith", "Wed, 11 Nov 2026 08:31:00 +0000", text)
    attach(m, make_csv(rows), "RHEUM_CLINIC_11112026.csv", "text", "csv")
    t.grade(3, 2, "health information (clinic list) about identified patients",
            "sent to the wrong clinician inside the trusted domains (nhs.net); recipient confirmed deletion unopened")
    return m, t


# 004 -------------------------------------------------------------------------------------------
TYWI = "Bwrdd Iechyd Prifysgol Dyffryn Tywi / Tywi Valley University Health Board"


@email
def e004():
    t = Truth("004-wales-discharge-wrong-gp.eml", "discharge_summary_wrong_gp_wales",
              ["docx", "wales", "bilingual_signature", "welsh_names", "inline_forward", "wrong_recipient_internal"])
    rep = Staff("Elin Pritchard", "Nyrs Staff / Staff Nurse, Ward Teifi (Cardiology)", TYWI,
                "elin.pritchard@wales.nhs.uk", "029 2018 0210",
                "Croesewir gohebiaeth yn Gymraeg / Correspondence in Welsh is welcomed")
    pm = "Meinir Watkin"
    t.staff(pm, "Dr Siân Llewelyn", "Dr Owain Rowlands")
    t.ignore("email_address", "meinir.watkin@wales.nhs.uk")
    t.ignore("phone_number", "01632 960133")
    n = t.add("nhs_number", nhs("68"))
    dob = t.add("date_of_birth", d(1944, 5, 17))
    addr = t.add("address", "Tŷ Gwyn, 7 Heol y Bryn, Llandeilo, SA19 6AH")
    t.add("postcode", "SA19 6AH")
    h = t.add("hospital_number", "T" + f"{RNG.randrange(10**6):06d}")
    nm = "Gwenllian ap Rhys"
    t.name(nm, "Dafydd ap Rhys")
    t.add("phone_number", "01632 960871")
    t.subjects = 2
    t.cats = ["health"]
    letter = make_docx([
        ("h", "Crynodeb Rhyddhau / Discharge Summary", 1),
        "Ysbyty Glan Tywi, Caerfyrddin / Glan Tywi Hospital, Carmarthen",
        "To: Dr Owain Rowlands, Meddygfa Tywi, Llandeilo",
        f"Patient: Mrs {nm}    DOB: {uk(dob)}    NHS No: {spaced(n)}    Hosp No: {h}",
        f"Address: {addr}",
        "Admitted: 29/10/2026   Discharged: 03/11/2026   Consultant: Dr Siân Llewelyn",
        "Diagnosis: NSTEMI. Coronary angiogram 31/10/2026 - PCI to LAD (1 x DES). Newly diagnosed type 2 diabetes (HbA1c 71).",
        "Medication on discharge: aspirin 75mg OD, ticagrelor 90mg BD (12 months), atorvastatin 80mg ON, bisoprolol 1.25mg OD, ramipril 2.5mg OD, metformin 500mg BD.",
        "Actions for GP: U&E in 1 week; refer cardiac rehab (done); diabetes education.",
        f"Next of kin: husband, Mr Dafydd ap Rhys, 01632 960871.",
    ])
    text = f"""Bore da,

Please see below from Meddygfa Teifi. Mrs ap Rhys's discharge summary was posted to them instead of Meddygfa Tywi (her own practice) - the wrong practice code was picked on the letter template. They are posting the original back to us. I have attached our copy of the letter that went out.

Diolch,
{rep.sig()}

---- Forwarded message ----
From: Meinir Watkin <meinir.watkin@wales.nhs.uk>
Date: Thu, 5 Nov 2026 at 14:07
Subject: Letter received in error / Llythyr wedi'i dderbyn mewn camgymeriad
To: Elin Pritchard <elin.pritchard@wales.nhs.uk>

Prynhawn da Elin,

We have received a discharge summary for a patient who is not registered with us (Mrs Gwenllian ap Rhys, Llandeilo). Only I have read it. I will return it to the ward in the internal post today.

Meinir Watkin
Rheolwr Practis / Practice Manager
Meddygfa Teifi
Ffôn / Tel: 01632 960133
"""
    m = report_to_mailbox(t, rep, "Fwd: Letter received in error / Llythyr wedi'i dderbyn mewn camgymeriad",
                          "Thu, 05 Nov 2026 15:20:00 +0000", text)
    attach(m, letter, "Crynodeb_Rhyddhau_Discharge_ap_Rhys.docx", *DOCX)
    t.grade(3, 2, "health information (discharge summary) about an identified patient; next of kin details",
            "posted to the wrong GP practice within NHS Wales (bound by confidentiality); being returned")
    return m, t


# 005 -------------------------------------------------------------------------------------------
@email
def e005():
    t = Truth("005-radiology-report-wrong-record.eml", "radiology_result_wrong_record",
              ["integrity", "similar_names", "wrong_record", "plain"])
    rep = Staff("Dr Helen Marsden", "Consultant Radiologist and Clinical Safety Officer (Imaging)", NGT,
                "helen.marsden@nhs.net", "0113 496 0901")
    t.staff("Helen Marsden", "Dr Imran Qureshi")
    a_n, b_n = nhs("62"), nhs("45")
    a_h, b_h = f"N{RNG.randrange(10**7):07d}", f"N{RNG.randrange(10**7):07d}"
    a_dob, b_dob = d(1958, 3, 21), d(1961, 3, 12)
    t.add("nhs_number", a_n, b_n); t.add("hospital_number", a_h, b_h); t.add("date_of_birth", a_dob, b_dob)
    t.name("Mohammed Iqbal Akhtar", "Mohammed Akhtar")
    t.subjects = 2
    t.cats = ["health"]
    text = f"""Dear IG,

I am reporting a misfiled radiology report (integrity incident, also on Datix as W-118377).

The CT thorax/abdomen/pelvis report for Mr Mohammed Iqbal AKHTAR (DOB {uk(a_dob)}, NHS No {spaced(a_n)}, hospital no. {a_h}) was attached on 2 November to the record of Mr Mohammed AKHTAR (DOB {uk(b_dob)}, NHS No {spaced(b_n)}, hospital no. {b_h}). The requester picked the wrong patient from the PACS worklist - same name, DOBs 3 years apart.

The report describes a 34 mm spiculated right upper lobe mass suspicious for primary lung malignancy with mediastinal nodes. It was sent electronically to the second Mr Akhtar's GP, Dr Imran Qureshi, who rang us yesterday because his patient has had no chest imaging. The report has been moved to the correct record, the GP has deleted it from their system, and Mr Iqbal Akhtar's lung cancer pathway referral (which had NOT gone) has been expedited today.

No one outside the NHS saw it. Duty of candour conversations are being arranged for both patients.

Helen

{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "Radiology report filed in wrong patient record - same name",
                          "Fri, 06 Nov 2026 13:45:00 +0000", text)
    t.grade(3, 2, "health information (CT report, suspected cancer) about identified patients",
            "disclosure stayed inside the NHS (wrong record, the second patient's GP)", "integrity breach: delayed pathway")
    return m, t


# 006 -------------------------------------------------------------------------------------------
@email
def e006():
    t = Truth("006-hiv-clinic-letter-old-address.eml", "sexual_health_letter_wrong_address",
              ["plain", "postal", "sexual_health", "external_recipient"])
    rep = Staff("Thandiwe Moyo", "Service Manager, Integrated Sexual Health Service", NGT,
                "thandiwe.moyo@nhs.net", "0113 496 0650")
    t.staff("Dawn Pryce", "Dr Rachel Fenwick")
    n = t.add("nhs_number", nhs("72"))
    dob = t.add("date_of_birth", d(1985, 10, 4))
    gu = t.add("hospital_number", f"GU{RNG.randrange(10**6):06d}")
    addr = t.add("address", "Flat 3, 41 Harehills Lane, Leeds, LS8 4HB")
    t.add("postcode", "LS8 4HB")
    t.name("Kwame Asante")
    t.subjects = 1
    t.cats = ["health", "sexual_health"]
    text = f"""Hi,

Breach to report from the HIV outpatient service (Ward 40 clinic).

A results letter for Mr Kwame Asante (clinic no. {gu}, NHS {n}, DOB {dob.strftime('%d.%m.%Y')}) was posted on 3 November to his previous address, {addr}. He moved in the summer and his new address was on the GP spine record but the clinic system was not updated.

The letter gave his latest HIV viral load (undetectable), CD4 count, a change of antiretroviral (to Biktarvy) and a reminder of his syphilis serology. The current occupant, Ms Dawn Pryce, opened it, rang the number on the letterhead this morning and said she would put it back in the post to us. It has not arrived yet.

We have not yet been able to contact Mr Asante (two attempts on his mobile). Dr Rachel Fenwick is aware.

Thandiwe
{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "Letter containing HIV results sent to patient's old address",
                          "Mon, 09 Nov 2026 12:10:00 +0000", text)
    t.grade(4, 3, "sexual health (HIV status, results, treatment) about an identified patient",
            "letter opened by a member of the public at the old address; not yet returned")
    return m, t

# 007 -------------------------------------------------------------------------------------------
PVM = "Pennine Vale Mental Health NHS Foundation Trust"


@email
def e007():
    t = Truth("007-crisis-team-notes-to-gmail.eml", "crisis_team_notes_wrong_personal_email",
              ["nested_forward_3", "forward_rfc822", "mental_health", "external_recipient", "autocomplete"])
    mgr = Staff("Callum Fairweather", "Team Manager, Calderdale Crisis Resolution & Home Treatment Team", PVM,
                "callum.fairweather@nhs.net", "01632 960311")
    worker = Staff("Natasha Okoro", "Senior Mental Health Practitioner, CRHT", PVM, "natasha.okoro@nhs.net", "01632 960318")
    worker.register(t)
    t.staff("Dr Ruth Oyelaran", "Ben Dawes")
    stranger = "ben.dawes77@gmail.com"
    t.ignore("email_address", stranger, "bankside.medicalpractice@nhs.net")
    n = t.add("nhs_number", nhs("70"))
    dob = t.add("date_of_birth", d(1998, 2, 11))
    addr = t.add("address", "22 Rhodes Street, Halifax, HX1 5DR")
    t.add("postcode", "HX1 5DR")
    mob = t.add("phone_number", mobile())
    mum_tel = t.add("phone_number", "01632 960577")
    t.name("Samira Haddad", "Leila Haddad")
    t.subjects = 2
    t.cats = ["health", "mental_health"]
    note = f"""Dear Bankside Medical Practice,

CRHT contact summary - for the GP record

Name: Samira HADDAD    DOB: {uk(dob)}    NHS No: {n}
Address: {addr}    Mobile: {mob}

Seen at home 12/11/2026 by N. Okoro and Dr Ruth Oyelaran. Accepted to CRHT following an intentional overdose of approx. 30 x paracetamol on 10/11 (medically cleared, Calderdale Royal). Ongoing suicidal ideation without current plan; protective factors: her mother and her cat. Diagnosis under review - emotionally unstable personality disorder vs recurrent depressive disorder. Sertraline increased to 150mg. Daily home visits, medication held by mother (Leila Haddad, {mum_tel}), who is aware of the safety plan.

Please do not issue more than 7 days' medication at a time.

Natasha Okoro
Senior Mental Health Practitioner, CRHT
"""
    orig = message(worker.addr(), formataddr(("Ben Dawes", stranger)), "CRHT contact summary - S Haddad",
                   "Thu, 12 Nov 2026 17:05:00 +0000", note)
    reply = message(formataddr(("Ben Dawes", stranger)), worker.addr(), "Re: CRHT contact summary - S Haddad",
                    "Thu, 12 Nov 2026 22:41:00 +0000",
                    "Hi, I don't know who this person is and I think you've sent me this by mistake. I'm not a doctor. Ben\n\nSent from my iPhone\n")
    attach_msg(reply, orig)
    fw = message(worker.addr(), mgr.addr(), "FW: Re: CRHT contact summary - S Haddad", "Fri, 13 Nov 2026 08:12:00 +0000",
                 f"Callum - see below, really sorry. The practice's address autocompleted to a Gmail address I must have emailed before. I've replied asking him to delete it but no response yet.\n\n{worker.sig()}\n")
    attach_msg(fw, reply)
    text = f"""Good morning,

Please log the attached. One of my practitioners sent a CRHT contact summary (overdose, suicidal ideation) to a member of the public's Gmail address instead of the GP practice's nhs.net mailbox. The recipient has read it and replied; we have asked him to delete it but he hasn't confirmed. The patient and her mother have not been told yet - I will do that at today's visit.

Regards
{mgr.sig()}
"""
    m = report_to_mailbox(t, mgr, "FW: FW: Re: CRHT contact summary - misdirected", "Fri, 13 Nov 2026 09:30:00 +0000", text)
    attach_msg(m, fw)
    t.grade(4, 3, "mental health (overdose, suicidal ideation, diagnosis) about an identified patient",
            "read by a member of the public (gmail.com); deletion requested, not confirmed")
    return m, t


# 008 -------------------------------------------------------------------------------------------
@email
def e008():
    t = Truth("008-section-136-form-html-only.eml", "s136_form_wrong_external_mailbox",
              ["html_only", "mental_health", "safeguarding", "polish_names", "children", "external_recipient"])
    rep = Staff("Jodie Haigh", "Charge Nurse, Section 136 Suite (Health Based Place of Safety)", PVM,
                "jodie.haigh@nhs.net", "01632 960402")
    t.staff("PC 4471 Gary Mellor", "Gary Mellor", "Karen Ashworth")
    t.ignore("email_address", "customer.services@calderdale.gov.uk", "amhp.hub@calderdale.gov.uk")
    dob = t.add("date_of_birth", d(1987, 9, 24))
    n = t.add("nhs_number", nhs("76"))
    addr = t.add("address", "9 Fairfield Road, Brighouse, HD6 3QT")
    t.add("postcode", "HD6 3QT")
    kdob = t.add("date_of_birth", d(2019, 6, 3))
    zdob = t.add("date_of_birth", d(2022, 1, 17))
    ph = t.add("phone_number", "07700 900 418")
    t.name("Tomasz Wiśniewski", "Marta Wiśniewska", "Kacper Wiśniewski", "Zofia Wiśniewska")
    t.subjects = 4
    t.cats = ["health", "mental_health", "safeguarding", "substance_misuse"]
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi IG,</p>
<p>I sent the Section 136 monitoring form below to <b>customer.services@calderdale.gov.uk</b> at 03:10 this morning instead of the AMHP hub (amhp.hub@calderdale.gov.uk) - I picked the wrong council address from the list on the wall. The council's customer services mailbox is read by their contact centre staff. I have emailed them asking them to delete it. Ward manager Karen Ashworth is aware.</p>
<p>Copy of what was sent:</p>
<hr>
<h3>Section 136 Mental Health Act 1983 - Place of Safety Monitoring Form</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Name</td><td>Tomasz WIŚNIEWSKI</td></tr>
<tr><td>Date of birth</td><td>{uk(dob)}</td></tr>
<tr><td>NHS number</td><td>{spaced(n)}</td></tr>
<tr><td>Address</td><td>{addr}</td></tr>
<tr><td>Detained by</td><td>PC 4471 Gary Mellor, West Yorkshire Police, 01:35 on 14/11/2026, Elland Bridge</td></tr>
<tr><td>Circumstances</td><td>Found sitting on the parapet of the bridge stating he wanted to die. Smelling of alcohol; reports cocaine use tonight. Cooperative once in the vehicle.</td></tr>
<tr><td>History</td><td>Known to CMHT 2021 (depressive episode). No current care coordinator.</td></tr>
<tr><td>Dependants</td><td>Partner Marta Wiśniewska ({ph}) at home with their children Kacper Wiśniewski (DOB {uk(kdob)}) and Zofia Wiśniewska (DOB {uk(zdob)}). Partner reports verbal aggression at home recently. Safeguarding children referral to be made by AMHP.</td></tr>
<tr><td>Interpreter</td><td>Polish - not required, declined</td></tr>
</table>
<p>Sorry,<br>Jodie</p>
<p style="color:#555">{rep.name}<br>{rep.role}<br>{rep.org}<br>Tel: {rep.phone}<br>{rep.email}</p>
</body></html>
"""
    m = report_to_mailbox(t, rep, "S136 form sent to council customer services by mistake",
                          "Sat, 14 Nov 2026 04:02:00 +0000", None, html=html)
    t.grade(4, 3, "mental health crisis, substance misuse and a safeguarding concern about identified people including two children",
            "sent to an external council mailbox read by contact-centre staff (calderdale.gov.uk); deletion not confirmed")
    return m, t


# 009 -------------------------------------------------------------------------------------------
@email
def e009():
    t = Truth("009-camhs-waiting-list-to-school.eml", "camhs_list_child_and_parent_wrong_school",
              ["csv", "header_child_parent", "children", "mental_health", "external_recipient"])
    rep = Staff("Olivia Brannigan", "Administrator, CAMHS Single Point of Access", PVM,
                "olivia.brannigan@nhs.net", "01632 960650")
    t.staff("Mrs Farrah Iqbal", "Farrah Iqbal")
    t.ignore("email_address", "senco@stcuthberts.calderdale.sch.uk")
    kids = [("Ruby Sutcliffe", d(2012, 4, 9), "Claire Sutcliffe (mum)", "St Cuthbert's CE Primary", "Low mood, self-harm (cutting)"),
            ("Aarav Sharma", d(2014, 10, 30), "Neha Sharma (mum)", "Calder High School", "ADHD assessment"),
            ("Jayden Mensah", d(2011, 1, 22), "Kofi Mensah (dad)", "Calder High School", "Anxiety, school refusal"),
            ("Lily-Mae Horsfall", d(2013, 7, 5), "Joan Pickles (foster carer)", "Ryburn Valley High", "Trauma - LAC, CP plan, SW aware"),
            ("Oisín Kavanagh", d(2010, 12, 14), "Gráinne Kavanagh (mum)", "St Cuthbert's CE Primary", "Restrictive eating - ?ARFID"),
            ("Zainab Hussain", d(2012, 3, 3), "Shazia Hussain (mum)", "Ryburn Valley High", "OCD"),
            ("Harvey Cockcroft", d(2015, 9, 18), "Dean Cockcroft (dad)", "Luddenden Foot Academy", "Autism assessment, meltdowns"),
            ("Amelia Nowak", d(2011, 5, 27), "Katarzyna Nowak (mum)", "Calder High School", "Suicidal thoughts - urgent")]
    rows = [["Child", "DOB", "NHS No", "Parent/Carer", "Contact", "School", "Referral reason", "Weeks waiting"]]
    for (child, dob, parent, school, reason) in kids:
        n = nhs(RNG.choice(["40", "42", "44", "46", "48", "61", "69"]))
        tel = mobile() if RNG.random() < 0.6 else f"01632 960{RNG.randrange(1000):03d}"
        rows.append([child, dob.strftime("%d/%m/%Y"), n, parent, tel, school, reason, RNG.randrange(6, 40)])
        t.name(child, parent.split(" (")[0])
        t.add("date_of_birth", dob); t.add("nhs_number", n); t.add("phone_number", tel)
    t.subjects = 16
    t.cats = ["health", "mental_health", "safeguarding"]
    text = f"""Hello,

I need to report that I sent our full CAMHS waiting list for the Calder valley schools (8 children, with parent/carer names and phone numbers, referral reasons) to the SENCo at St Cuthbert's CE Primary, Mrs Farrah Iqbal, at senco@stcuthberts.calderdale.sch.uk. She should only have had the two St Cuthbert's children, and only their names and waiting times.

Mrs Iqbal rang me to point it out. She said she would delete it but I have not had anything in writing yet. The spreadsheet I sent is attached (csv).

One of the children is looked after and on a child protection plan.

Olivia
{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "CAMHS waiting list sent to school in error", "Tue, 17 Nov 2026 14:22:00 +0000", text)
    attach(m, make_csv(rows), "SPA_waiting_list_Calder_schools.csv", "text", "csv")
    t.grade(4, 3, "mental health referral reasons about identified children (and their parents' contact details); a child on a CP plan",
            "sent to an external school address (.sch.uk); deletion not confirmed in writing")
    return m, t


# 010 -------------------------------------------------------------------------------------------
CYP = "Calder and Aire Community Health NHS Trust - 0-19 Children's Public Health Service"


@email
def e010():
    t = Truth("010-health-visiting-caseload-hotmail.eml", "health_visiting_list_personal_email",
              ["xlsx", "header_pt", "children", "safeguarding", "personal_email", "forward_rfc822"])
    rep = Staff("Sunita Chauhan", "Information Governance Lead", "Calder and Aire Community Health NHS Trust",
                "sunita.chauhan@nhs.net", "01632 960120")
    hv = "Rebecca Lumb"
    t.staff(hv)
    hot = "beckylumb_1984@hotmail.co.uk"
    t.ignore("email_address", hot, "rebecca.lumb@nhs.net")
    babies = [("Noah Greenwood", d(2026, 9, 28), "Stacey Greenwood", "14 Tyersal Lane, Bradford, BD4 8ET", "New birth visit", ""),
              ("Maryam Ali", d(2026, 10, 2), "Ayesha Ali", "3 Lilycroft Road, Bradford, BD9 5AD", "New birth visit", "EPDS 15 - PND, GP aware"),
              ("Oliver Firth", d(2026, 8, 15), "Jade Firth", "Flat 6, Rushton Court, Bradford, BD3 7HR", "6-8 wk review", "CP plan (neglect) - SW Dom Kerr"),
              ("Chiamaka Eze", d(2026, 10, 11), "Ngozi Eze", "27 Killinghall Road, Bradford, BD3 8HN", "New birth visit", "Premature 33/40, SCBU"),
              ("Leo Dąbrowski", d(2026, 7, 30), "Ewelina Dąbrowska", "88 Leeds Road, Shipley, BD18 1BP", "3-4 month", "DV disclosed - MARAC 20/11"),
              ("Isabella Craven", d(2026, 9, 5), "Hannah Craven", "5 Moorside Avenue, Keighley, BD21 2PL", "6-8 wk review", ""),
              ("Muhammad Rahman", d(2026, 10, 19), "Nasima Rahman", "41 Oak Lane, Bradford, BD9 4QU", "New birth visit", "Tongue tie - referred")]
    rows = [["Pt", "DOB", "NHS", "Mum", "Tel", "Address", "Contact due", "Notes"]]
    t.staff("Dom Kerr")
    for baby, dob, mum, addr, visit, note in babies:
        n = nhs(RNG.choice(["43", "47", "60", "65", "72", "79"]))
        tel = mobile()
        rows.append([baby, dob.strftime("%d.%m.%y"), n, mum, tel, addr, visit, note])
        t.name(baby, mum)
        t.add("date_of_birth", dob); t.add("nhs_number", n); t.add("phone_number", tel); t.add("address", addr)
        t.add("postcode", addr.rsplit(", ", 1)[1])
    t.subjects = 14
    t.cats = ["health", "mental_health", "safeguarding"]
    data = make_xlsx([("HV caseload wk 47", rows)])
    inner = message(formataddr(("LUMB, Rebecca (CALDER AND AIRE COMMUNITY HEALTH NHS TRUST)", "rebecca.lumb@nhs.net")),
                    hot, "visits", "Wed, 18 Nov 2026 18:47:00 +0000", "for printing\n")
    attach(inner, data, "HV visits wk47.xlsx", *XLSX)
    text = f"""Hi,

Logging this for the breach register. Health visitor {hv} (0-19 service, Bradford East) emailed her visit list for next week to her personal Hotmail account so she could print it at home (her work printer is broken). Caught by the mail gateway audit - copy attached.

The list has seven babies with their mothers' names, phone numbers and addresses, plus notes including postnatal depression, a child protection plan and a domestic violence disclosure with a MARAC date.

She is adamant that she printed it, then deleted the email, and shredded the printout after the visits. I have asked her to show me the deleted items folder on Monday. Until then I'm treating it as not contained.

Sunita
{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "HV caseload emailed to personal Hotmail", "Fri, 20 Nov 2026 16:05:00 +0000", text)
    attach_msg(m, inner)
    t.grade(4, 3, "safeguarding (CP plan, domestic abuse/MARAC) and maternal mental health about identified babies and mothers",
            "sent to a personal account outside the trusted domains (hotmail.co.uk); deletion not verified")
    return m, t


# 011 -------------------------------------------------------------------------------------------
@email
def e011():
    t = Truth("011-drug-alcohol-group-email-to-not-bcc.eml", "to_not_bcc_drug_alcohol_service",
              ["to_not_bcc", "substance_misuse", "forward_rfc822", "headers_only_identifiers", "service_user_reporter"])
    rep = Staff("Marcus Oduya", "Service Manager, Calderdale Recovery Partnership (Drug & Alcohol Service)", PVM,
                "marcus.oduya@nhs.net", "01632 960799")
    sender = Staff("Hayley Pearson", "Recovery Worker", PVM, "hayley.pearson@nhs.net")
    sender.register(t)
    recips = [("Darren Whiteley", "darrenwhiteley71@gmail.com"), (None, "mick.b.halifax@hotmail.co.uk"),
              ("Lisa Marsden", "lisamarsden@btinternet.com"), (None, "jonno.clarke1990@outlook.com"),
              ("Saoirse Ní Mhurchú", "saoirse.nimhurchu@gmail.com"), (None, "kev_todmorden@yahoo.co.uk"),
              ("Anthony Rhodes", "tony.rhodes@icloud.com"), (None, "shellbell_hx2@hotmail.com"),
              ("Paweł Zieliński", "pawel.zielinski85@wp.pl"), (None, "gaz.c1979@gmail.com"),
              ("Kirsty Bairstow", "kirsty.bairstow@outlook.com"), (None, "sunnyside_dave@aol.com"),
              ("Ian Cryer", "iancryer@sky.com"), (None, "mandy.h.sowerby@gmail.com")]
    to = ", ".join(fa((n, a)) if n else a for n, a in recips)
    for n, a in recips:
        t.add("email_address", a)
        if n:
            t.name(n)
    t.subjects = len(recips)
    t.cats = ["health", "substance_misuse"]
    inner = message(sender.addr(), to, "Christmas recovery group - dates", "Mon, 23 Nov 2026 10:15:00 +0000",
                    f"""Hi everyone,

Just a reminder that the Thursday recovery group (for people who've completed alcohol detox or are on opiate substitution) will run on 3rd and 17th December at Horton Street, 2pm. Family members welcome at the 17th session. Naloxone training available after both sessions.

Take care and see you there,
Hayley
Recovery Worker
Calderdale Recovery Partnership
""")
    complaint = message(formataddr(("Darren Whiteley", "darrenwhiteley71@gmail.com")), "calderdale.recovery@nhs.net",
                        "Fw: Christmas recovery group - dates", "Mon, 23 Nov 2026 11:02:00 +0000",
                        """Who sent this?? Every person on that list can now see my email address and know I'm in the drug and alcohol service. One of them is my neighbour. I'd like an explanation.

Darren
""")
    attach_msg(complaint, inner)
    text = f"""IG team,

Please see attached complaint from one of our service users. A recovery worker, Hayley Pearson, sent a group reminder about our recovery group to 14 current service users with everyone's addresses in the To field instead of Bcc. She tried to recall it but the recall failed for the external addresses (all of them are personal accounts).

All 14 recipients' email addresses are visible to each other, and the wording of the email makes it clear they are in treatment for alcohol or opiate use. We are contacting each person today.

{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "Group email sent To not Bcc - drug & alcohol service users", "Mon, 23 Nov 2026 12:30:00 +0000", text)
    t.ignore("email_address", "calderdale.recovery@nhs.net")
    attach_msg(m, complaint)
    t.grade(4, 3, "disclosed that identifiable people (email addresses, some with names) are in drug and alcohol treatment",
            "disclosed to 13 other members of the public (personal addresses); recall failed")
    return m, t

# 012 -------------------------------------------------------------------------------------------
@email
def e012():
    t = Truth("012-snooping-audit-relative-record.eml", "snooping_audit_finding",
              ["snooping", "audit", "reproductive_health", "misuse_of_access", "plain"])
    rep = Staff("Andrew Kilbride", "Privacy Officer (Access Monitoring)", NGT, "andrew.kilbride@nhs.net", "0113 496 0444")
    t.staff("Lorraine Tattersall", "Nadia Hussain")
    n = t.add("nhs_number", nhs("67"))
    h = t.add("hospital_number", f"N{RNG.randrange(10**7):07d}")
    dob = t.add("date_of_birth", d(1996, 4, 29))
    t.name("Chantelle Gibbons")
    t.subjects = 1
    t.cats = ["health", "reproductive_health", "sexual_health"]
    text = f"""Dear DPO,

Access monitoring finding, case AM-2026-031.

Our monthly proactive audit flagged that Lorraine Tattersall (Healthcare Assistant, Outpatients, Band 3) accessed the electronic patient record of Ms Chantelle GIBBONS (NHS No {n}, hospital no. {h}, DOB {dob.strftime('%d %B %Y')}) 14 times between 2 and 27 October 2026. Ms Tattersall had no clinical or administrative role in Ms Gibbons's care.

Screens viewed:
  02/10 21:14  Demographics (address, next of kin)
  02/10 21:16  Maternity - antenatal booking (12/40 pregnant)
  09/10 22:03  Clinic letters - Sexual Health (chlamydia treatment 2025)
  09/10 22:05  Maternity - dating scan report
  ... 10 further views of maternity and demographics screens, all outside her working hours, from a ward PC.

At interview with her line manager (Nadia Hussain) Ms Tattersall said Ms Gibbons is her ex-husband's new partner and she "wanted to know if the baby was his". HR have suspended her access pending investigation. Ms Gibbons has not yet been told.

Andrew
{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "Access audit finding - staff viewed ex-partner's new partner's record",
                          "Wed, 04 Nov 2026 10:20:00 +0000", text)
    t.grade(4, 5, "maternity and sexual-health records of an identified person viewed",
            "unauthorised access confirmed by audit and admitted (misuse occurred)")
    return m, t


# 013 -------------------------------------------------------------------------------------------
@email
def e013():
    t = Truth("013-misuse-ward-clerk-passed-address.eml", "misuse_patient_complaint",
              ["misuse", "patient_reporter", "inline_forward", "reproductive_health", "safeguarding"])
    rep = Staff("Yvonne Achterberg", "PALS Officer", NGT, "yvonne.achterberg@nhs.net", "0113 496 0300")
    t.staff("Shannon Quinn", "Jermaine Holt")
    pe = t.add("email_address", "precious.nwosu94@gmail.com")  # the subject's own address, in the forwarded header
    t.ignore("email_address", "pals.northgate@nhs.net")
    dob = t.add("date_of_birth", d(1994, 3, 12))
    h = t.add("hospital_number", f"N{RNG.randrange(10**7):07d}")
    mob = t.add("phone_number", mobile())
    t.name("Precious Nwosu")
    t.subjects = 1
    t.cats = ["health", "reproductive_health", "safeguarding"]
    text = f"""Hi IG,

Forwarding a complaint received by PALS this morning - it alleges a member of staff took a patient's new address from our system and passed it to her brother, the patient's ex-partner. Ward 14 manager informed; Shannon Quinn is the ward clerk named. Safeguarding team also informed as the patient says she moved to get away from him.

Yvonne
{rep.sig()}

From: Precious Nwosu <{pe}>
Sent: 24 November 2026 07:48
To: PALS <pals.northgate@nhs.net>
Subject: Complaint - my details given out by your staff

To whom it may concern,

I was admitted to Ward 14 on 19 October after a miscarriage (hospital number {h}, DOB {uk(dob)}). I moved house in September and only the hospital, my GP and my mum have my new address.

On Saturday my ex-partner Jermaine Holt turned up at my new flat and then sent me messages saying he knew I had "lost the baby" and "been on Ward 14". His sister Shannon Quinn works as a ward clerk on Ward 14 - I saw her there when I was admitted. There is no other way he could know.

I am frightened and I want to know who looked at my records. Please call me on {mob}.

Precious Nwosu
"""
    m = report_to_mailbox(t, rep, "FW: Complaint - my details given out by your staff", "Tue, 24 Nov 2026 09:55:00 +0000", text)
    t.grade(4, 5, "reproductive health (miscarriage) and new address disclosed to an ex-partner the patient fled",
            "misuse reported by the patient: the information has reached a third party and been used")
    return m, t


# 014 -------------------------------------------------------------------------------------------
@email
def e014():
    t = Truth("014-journalist-photo-of-ed-card.eml", "published_photo_of_record",
              ["social_media", "journalist", "inline_forward", "nested_forward_2", "mental_health", "published"])
    rep = Staff("Fiona Gaskell", "Head of Communications", NGT, "fiona.gaskell@nhs.net", "0113 496 0100")
    t.staff("Liam Proctor", "Steve Atkinson", "Rosie Tran")
    t.ignore("email_address", "rosie.tran@yorkscourier.co.uk", "press.office@nhs.net", "liam.proctor@nhs.net")
    t.ignore("phone_number", "0113 496 0777", "07700 900 122")
    dob = t.add("date_of_birth", d(1979, 7, 6))
    n = t.add("nhs_number", nhs("73"))
    addr = t.add("address", "58 Kentmere Avenue, Leeds, LS14 1BE")
    t.add("postcode", "LS14 1BE")
    t.name("Kieran Doherty")
    t.subjects = 1
    t.cats = ["health", "mental_health", "substance_misuse"]
    text = f"""DPO - for urgent attention please, this is public.

Fiona

{rep.sig()}

-----Original Message-----
From: PROCTOR, Liam (NORTHGATE TEACHING HOSPITALS NHS FOUNDATION TRUST) <liam.proctor@nhs.net>
Sent: 25 November 2026 15:21
To: GASKELL, Fiona <fiona.gaskell@nhs.net>
Subject: FW: Media enquiry - patient record found in car park

Fiona, see below from the Courier. I've checked the Facebook group - the photo is still up, 140+ comments. I have reported the post to Facebook.
Liam

-----Original Message-----
From: Rosie Tran <rosie.tran@yorkscourier.co.uk>
Sent: 25 November 2026 14:02
To: press.office@nhs.net
Subject: Media enquiry - patient record found in car park

Hi,

I'm a reporter at the Yorkshire Evening Courier. A reader, Steve Atkinson, has sent us a photograph of what appears to be an A&E record found blowing around the multi-storey car park at St Aidan's Hospital on Monday. The same photo has been posted on the "Seacroft & Whinmoor Community Noticeboard" Facebook group (about 2,300 members).

The document clearly shows the name Kieran DOHERTY, date of birth {dob.strftime('%d/%m/%y')}, NHS number {n}, an address at {addr}, and under presenting complaint "OD 40 x sertraline + alcohol, 3rd presentation this yr, ?BPD, psych liaison referral".

We intend to run a story tomorrow about how confidential records are handled (we would not publish the man's details). Could the trust comment on how this happened and what you are doing about it by 5pm?

Rosie Tran
Health Reporter, Yorkshire Evening Courier
0113 496 0777 / 07700 900 122
"""
    m = report_to_mailbox(t, rep, "FW: FW: Media enquiry - patient record found in car park",
                          "Wed, 25 Nov 2026 15:48:00 +0000", text)
    t.grade(4, 4, "mental health (overdose, self-harm presentations, ?BPD) and alcohol about an identified patient",
            "published on social media (community Facebook group) and held by a newspaper")
    return m, t


# 015 -------------------------------------------------------------------------------------------
STR = "NHS Strathallan"


@email
def e015():
    t = Truth("015-scotland-diabetes-list-chi-to-patient.eml", "scotland_chi_clinic_list_to_patient",
              ["xlsx", "scotland", "chi_number", "gaelic_names", "external_recipient", "autocomplete"])
    rep = Staff("Lorna MacPhail", "Diabetes Specialist Nurse", STR + ", Forth Royal Infirmary", "lorna.macphail@nhs.scot",
                "0131 496 0522")
    t.staff("Eilidh Munro", "Gordon Rennie")
    t.ignore("email_address", "eilidh.munro62@btinternet.com", "gordon.rennie@nhs.scot")
    pts = [("Mòrag NicLeòid", d(1957, 2, 3), True, "FK9 4LA"), ("Seumas MacAoidh", d(1949, 11, 30), False, "FK8 2HG"),
           ("Iain MacLeod", d(1963, 6, 14), False, "FK7 7QT"), ("Fiona McTavish", d(1975, 9, 1), True, "FK10 3PE"),
           ("Hamish Donaldson", d(1981, 12, 22), False, "FK15 0BJ"), ("Agnieszka Wróbel", d(1990, 4, 5), True, "FK2 9UG"),
           ("Ruaraidh MacDhòmhnaill", d(1968, 8, 19), False, "FK17 8EA"), ("Catrìona Moireach", d(2000, 1, 28), True, "FK9 5NU"),
           ("Graham Baird", d(1952, 5, 9), False, "FK3 8QH")]
    rows = [["CHI", "Name", "DOB", "Postcode", "Type", "Last HbA1c", "Clinic slot"]]
    for i, (nm, dob, f, pc) in enumerate(pts):
        c = chi(dob, f)
        typ = RNG.choice(["T1", "T2 insulin", "T2", "T1 pump"])
        rows.append([c, nm, dob.strftime("%d/%m/%Y"), pc, typ, RNG.randrange(48, 98), f"{9 + i // 2}:{'00' if i % 2 == 0 else '30'}"])
        t.add("chi_number", c); t.name(nm); t.add("date_of_birth", dob); t.add("postcode", pc)
    t.subjects = len(pts)
    t.cats = ["health"]
    data = make_xlsx([("Thurs DSN clinic", rows)])
    text = f"""Hello,

I need to report that yesterday afternoon I emailed the list for Thursday's diabetes nurse clinic (9 patients: CHI numbers, names, DOBs, postcodes, HbA1c results) to a patient, Mrs Eilidh Munro, instead of to my colleague Gordon Rennie. Her address came up first when I typed "G" because she'd emailed me a photo of her glucose readings last week and her email display name starts with "Gran".

Mrs Munro phoned this morning. She says she has not shared it and "will delete it" but she's not confident with computers. I attach the spreadsheet that went.

Many thanks
{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "Diabetes clinic list sent to a patient by mistake", "Wed, 18 Nov 2026 10:12:00 +0000", text)
    attach(m, data, "DSN clinic Thurs 19-11.xlsx", *XLSX)
    t.grade(3, 3, "health information (diabetes, HbA1c) about identified patients with CHI numbers",
            "sent to a member of the public's personal address (btinternet.com); deletion not confirmed")
    return m, t


# 016 -------------------------------------------------------------------------------------------
@email
def e016():
    t = Truth("016-scotland-midwife-caseload-stolen.eml", "maternity_caseload_stolen_pdf",
              ["pdf", "scotland", "chi_number", "maternity", "theft", "lost_paper"])
    rep = Staff("Kirsteen Galbraith", "Community Midwifery Team Leader", STR, "kirsteen.galbraith@nhs.scot", "0141 496 0871")
    t.staff("Shona Dalgleish")
    t.ignore("phone_number", "101")
    women = [("Ashleigh Gillespie", d(1997, 3, 8), "FK2 7XE", "G1P0", "32+1", "Previous stillbirth 2023 - consultant-led"),
             ("Nokuthula Dube", d(1990, 12, 19), "FK1 5RS", "G3P2", "24+4", "Hep B positive - paeds alert"),
             ("Rachel Kerr", d(2004, 6, 1), "FK3 9DN", "G1P0", "36+0", "Methadone 60ml - neonatal abstinence plan, SW involved"),
             ("Marzena Kowalczyk", d(1993, 2, 14), "FK2 0LL", "G2P1", "28+6", "GDM - metformin"),
             ("Eilidh Fraser", d(1986, 10, 23), "FK1 4QS", "G4P1", "16+2", "Hx 2 x TOP, anxiety - perinatal MH"),
             ("Mei Ling Wong", d(1995, 7, 7), "FK5 4RT", "G1P0", "39+3", "Breech - ECV declined")]
    rows = [["CHI", "Name", "DOB", "Postcode", "Parity", "Gest", "Notes"]]
    for nm, dob, pc, par, g, note in women:
        c = chi(dob, True)
        rows.append([f"{c[:6]} {c[6:]}", nm, dob.strftime("%d/%m/%Y"), pc, par, g, note])
        t.add("chi_number", c); t.name(nm); t.add("date_of_birth", dob); t.add("postcode", pc)
    t.subjects = len(women)
    t.cats = ["health", "reproductive_health", "substance_misuse", "mental_health"]
    pdf = make_pdf("Falkirk East Community Midwives - Caseload (printed 16/11/2026)",
                   ["Midwife: S. Dalgleish. CONFIDENTIAL - contains patient identifiable information."],
                   rows, widths=(30, 42, 26, 20, 16, 14, 129), orientation="L")
    text = f"""Hi,

One of my community midwives, Shona Dalgleish, had her work bag stolen from her car outside a patient's home in Grangemouth at lunchtime yesterday (car window smashed). Police informed (ref via 101: PS-20261117-0452).

The bag held her encrypted laptop (BitLocker, powered off) and a paper printout of her current caseload - six women with CHI numbers, DOBs, postcodes, gestation and obstetric/social notes. I have reprinted the same report from BadgerNet and attached it as a PDF so you can see what was on it.

We're phoning all six women today.

Kirsteen
{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "Stolen bag - community midwife caseload printout", "Wed, 18 Nov 2026 08:55:00 +0000", text)
    attach(m, pdf, "Caseload_FalkirkEast_SDalgleish.pdf", "application", "pdf")
    t.grade(4, 3, "pregnancy, substance misuse in pregnancy, previous terminations and perinatal mental health about identified women",
            "paper printout stolen (theft from a car), not recovered; laptop encrypted")
    return m, t

# 017 -------------------------------------------------------------------------------------------
SLT = "Southern Lough Health and Social Care Trust"


@email
def e017():
    t = Truth("017-ni-discharge-letter-wrong-patient.eml", "ni_hc_discharge_wrong_patient_returned",
              ["northern_ireland", "hc_number", "irish_names", "postal", "similar_names", "contained"])
    rep = Staff("Bronagh Quinn", "Ward Clerk, Ward 3 South (Respiratory), Daisy Hill Hospital", SLT,
                "bronagh.quinn@southernlough.hscni.net", "028 9649 6214")
    t.staff("Patrick O'Donnell", "Dr Eamon Keenan")
    h = t.add("hc_number", hc())
    dob = t.add("date_of_birth", d(1953, 8, 2))
    addr = t.add("address", "14 Carnagat Road, Newry, BT35 8PA")
    t.add("postcode", "BT35 8PA")
    t.name("Pádraig Ó Dónaill")
    t.subjects = 1
    t.cats = ["health"]
    text = f"""Hi there,

Discharge letter went to the wrong patient. Mr Patrick O'Donnell (a different patient, Warrenpoint) came into the ward this morning with an envelope addressed to him that contained the discharge letter for Mr Pádraig Ó DÓNAILL. Our PAS search brought up Mr O'Donnell's address when the letter was generated.

He handed it back to me at the desk - he had opened it and read the first page. The letter was:

  Patient: Pádraig Ó Dónaill    H&C No: {h[:3]} {h[3:6]} {h[6:]}    DOB: {uk(dob)}
  Address: {addr}
  Admitted 2/11/2026 with infective exacerbation of COPD, type 2 respiratory failure requiring NIV. Discharged on home oxygen 2 L/min, prednisolone reducing course, doxycycline. Smoking cessation referral made. Review Dr Eamon Keenan respiratory clinic 6 weeks.

The correct address has been put on PAS and a new letter is going out today. The returned letter is with me and will go in confidential waste once IG are happy.

Bronagh
{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "discharge letter sent to wrong Mr O'Donnell - returned", "Tue, 10 Nov 2026 11:40:00 +0000", text)
    t.grade(3, 2, "health information (discharge letter) about an identified patient",
            "read by another member of the public (likely, 3) but the letter was handed back (containment -1)")
    return m, t


# 018 -------------------------------------------------------------------------------------------
@email
def e018():
    t = Truth("018-ni-unocini-referral-wrong-school.eml", "ni_safeguarding_referral_wrong_school",
              ["northern_ireland", "hc_number", "docx", "children", "safeguarding", "criminal", "external_recipient", "irish_names"])
    rep = Staff("Ciara Mallon", "Senior Social Worker, Gateway Team (Children's Services)", SLT,
                "ciara.mallon@southernlough.hscni.net", "028 9649 6530")
    t.staff("Mrs Deirdre Hanna", "Deirdre Hanna", "Orla Byrne")
    t.ignore("email_address", "dhanna@stmalachysps.armagh.ni.sch.uk", "info@stmalachysps.armagh.ni.sch.uk")
    c_h = t.add("hc_number", hc())
    s_h = t.add("hc_number", hc())
    c_dob, s_dob = t.add("date_of_birth", d(2016, 5, 21)), t.add("date_of_birth", d(2020, 2, 9))
    m_dob = t.add("date_of_birth", d(1991, 11, 3))
    addr = t.add("address", "31 Ashgrove Park, Newry, BT34 1JX")
    t.add("postcode", "BT34 1JX")
    mob = t.add("phone_number", mobile())
    t.name("Caoimhe McBride", "Cian McBride", "Róisín McBride", "Darren Kerr")
    t.subjects = 4
    t.cats = ["health", "mental_health", "safeguarding", "criminal"]
    form = make_docx([
        ("h", "UNOCINI Initial Assessment / Referral", 1),
        "Referring agency: Gateway Team, Southern Lough HSC Trust    Referrer: Ciara Mallon",
        ("h", "1. Child / young person", 2),
        f"Name: Caoimhe McBRIDE    DOB: {uk(c_dob)}    H&C number: {c_h}",
        f"Address: {addr}",
        f"Sibling: Cian McBRIDE    DOB: {uk(s_dob)}    H&C number: {s_h}",
        ("h", "2. Parents / carers", 2),
        f"Mother: Róisín McBRIDE    DOB: {uk(m_dob)}    Mobile: {mob}",
        "Mother's partner (not the children's father): Darren KERR, resides at the address since August 2026.",
        ("h", "3. Reason for referral", 2),
        "PSNI notification 13/11/2026: domestic incident at the address, children present. Mr Kerr has a previous conviction for assault occasioning actual bodily harm (2019) and is currently on bail. "
        "Caoimhe disclosed to her teacher that 'Darren shouts and hurts Mummy'. Mother has depression and is under the CMHT; she reports low mood and is not sleeping.",
        ("h", "4. Request to school", 2),
        "Please share attendance, presentation and any disclosures for Caoimhe with the Gateway Team by 20/11/2026. Do not discuss with Mr Kerr.",
    ])
    text = f"""Hello IG,

I sent a UNOCINI referral (attached) to St Malachy's Primary School, Armagh, instead of St Malachy's Primary School, Newry, where Caoimhe attends. The Armagh principal, Mrs Deirdre Hanna, emailed back to tell me; she says she read it to work out who it was for and has now deleted it. I've asked her to confirm deletion from deleted items too - awaiting reply.

The form contains details of a domestic abuse incident, the mother's partner's criminal record and the mother's mental health. My manager Orla Byrne is aware.

Ciara
{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "UNOCINI referral emailed to wrong St Malachy's", "Mon, 16 Nov 2026 15:30:00 +0000", text)
    attach(m, form, "UNOCINI_McBride_C.docx", *DOCX)
    t.grade(4, 3, "safeguarding referral about identified children, with criminal-offence data and mental health",
            "read by an unrelated school outside the trusted domains; deletion not yet fully confirmed")
    return m, t


# 019 -------------------------------------------------------------------------------------------
@email
def e019():
    t = Truth("019-hurried-lowercase-bed-list-own-gmail.eml", "hurried_lowercase_own_personal_email",
              ["lowercase", "hurried", "personal_email", "contained", "plain"])
    rep = Staff("Jess Mulvaney", "Staff Nurse, AMU", NGT, "jessica.mulvaney@nhs.net")
    t.ignore("email_address", "jessmulvaney92@gmail.com")
    pts = [("bed 3", "john o'sullivan", nhs("48"), "?sepsis, on tazocin"),
           ("bed 7", "eileen pickering", nhs("63"), "AKI, K+ 6.4"),
           ("bed 11", "harjit kaur", nhs("71"), "DKA, FRIII"),
           ("bed 14", "tadeusz grabowski", nhs("40"), "GI bleed, OGD today")]
    lines = []
    for bed, nm, n, dx in pts:
        lines.append(f"{bed} {nm} {n} {dx}")
        t.name(nm); t.add("nhs_number", n)
    t.subjects = 4
    t.cats = ["health"]
    body = "\n".join(lines)
    text = f"""hi sorry, on a long day so quick one - i emailed my jobs list to my own gmail by accident at 7.30 instead of the amu shared inbox (autofill). deleted it off my phone straight away and emptied the bin too, done by 7.40. it was just this:

{body}

sorry!! jess
AMU

Sent from Outlook for Android
"""
    m = report_to_mailbox(t, rep, "sent to my gmail by mistake", "Sat, 21 Nov 2026 08:03:00 +0000", text)
    t.ignore("email_address", "amu.sharedinbox@nhs.net")
    t.grade(3, 2, "health information about identified patients (jobs list)",
            "sent to the member of staff's own personal account outside the trusted domains (likely, 3); deleted and bin emptied within 10 minutes (containment -1)")
    return m, t


# 020 -------------------------------------------------------------------------------------------
@email
def e020():
    t = Truth("020-near-miss-letter-wrong-envelope.eml", "near_miss_wrong_envelope_caught",
              ["near_miss", "postal", "plain"])
    rep = Staff("Gloria Antwi", "Outpatient Booking Team Leader", NGT, "gloria.antwi@nhs.net", "0113 496 0266")
    t.staff("Mark Ibbotson")
    a_n, b_n = nhs("66"), nhs("44")
    t.add("nhs_number", a_n, b_n)
    a_addr = t.add("address", "19 Raynville Crescent, Leeds, LS13 2TQ")
    b_addr = t.add("address", "2 Nook Green, Wakefield, WF1 4PD")
    t.add("postcode", "LS13 2TQ", "WF1 4PD")
    t.name("Derek Lofthouse", "Rajesh Patel")
    t.subjects = 2
    t.cats = ["health"]
    t.near_miss = True
    text = f"""Hello,

Near miss to log please - nothing left the building.

During the second check before the franking machine this morning, Mark Ibbotson noticed that the envelope addressed to Mr Rajesh PATEL, {b_addr}, contained the urology clinic letter for Mr Derek LOFTHOUSE (NHS {a_n}, {a_addr}) - PSA result and plan for prostate biopsy. Mr Lofthouse's envelope had Mr Patel's letter (NHS {b_n}, BPH follow-up) in it. The two letters were printed one after the other and folded together.

Both letters re-enveloped correctly and posted. We are going back to one-letter-at-a-time enveloping.

Gloria
{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "Near miss - letters swapped in envelopes, caught before posting",
                          "Thu, 19 Nov 2026 10:05:00 +0000", text)
    t.grade(3, 1, "health information (urology letters) about identified patients",
            "near miss: caught in the envelope check before posting, nothing disclosed")
    return m, t


# 021 -------------------------------------------------------------------------------------------
@email
def e021():
    t = Truth("021-near-miss-dlp-quarantined-referral.eml", "near_miss_dlp_blocked_typo_domain",
              ["near_miss", "forward_rfc822", "mental_health", "typo_domain"])
    rep = Staff("Dean Holroyd", "Cyber Security Analyst", PVM, "dean.holroyd@nhs.net", "01632 960990")
    sender = Staff("Aleksandra Nowicka", "Care Coordinator, Community Mental Health Team (North)", PVM,
                   "aleksandra.nowicka@nhs.net", "01632 960420")
    sender.register(t)
    t.ignore("email_address", "drcaroline.ashby@gmial.com", "drcaroline.ashby@gmail.com")
    t.staff("Dr Caroline Ashby")
    n = t.add("nhs_number", nhs("74"))
    dob = t.add("date_of_birth", d(1982, 1, 15))
    t.name("Ifeoma Chukwu")
    t.subjects = 1
    t.cats = ["health", "mental_health"]
    t.near_miss = True
    inner = message(sender.addr(), formataddr(("Dr Caroline Ashby", "drcaroline.ashby@gmial.com")),
                    "Referral - Ms I Chukwu", "Tue, 24 Nov 2026 15:31:00 +0000",
                    f"""Dear Dr Ashby,

Thank you for agreeing to see Ms Ifeoma Chukwu (DOB {uk(dob)}, NHS number {spaced(n, '-')}) privately for a second opinion. She has bipolar affective disorder (two admissions under the MHA, most recently Section 3 in 2024), is on lithium 800mg nocte (level 0.7) and quetiapine 300mg. Current mood stable. She has asked that her employer is not told.

Kind regards
{sender.sig()}
""")
    text = f"""Hi IG,

FYI - near miss. Our outbound gateway quarantined the message below at 15:31 yesterday because the recipient domain (gmial.com) is on the typo-squat block list. It was never delivered. The intended recipient was a private psychiatrist using a Gmail address. I've released nothing and deleted the quarantined copy after taking this one for you. The care coordinator has been told to use Egress for external recipients.

Dean
{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "Quarantined outbound email - typo domain (near miss)", "Wed, 25 Nov 2026 09:14:00 +0000", text)
    attach_msg(m, inner)
    t.grade(4, 1, "mental health (bipolar disorder, detention history) about an identified patient",
            "near miss: blocked by the mail gateway, never delivered")
    return m, t


# 022 -------------------------------------------------------------------------------------------
@email
def e022():
    t = Truth("022-wales-near-miss-mailroom-old-address.eml", "near_miss_wales_bilingual_mailroom",
              ["near_miss", "wales", "bilingual_signature", "welsh_names", "postal"])
    rep = Staff("Rhodri Bowen", "Swyddog Llywodraethu Gwybodaeth / Information Governance Officer", TYWI,
                "rhodri.bowen@wales.nhs.uk", "029 2018 0455",
                "Mae croeso i chi gysylltu â ni yn Gymraeg neu yn Saesneg / You are welcome to contact us in Welsh or English")
    t.staff("Nia Gruffydd")
    n = t.add("nhs_number", nhs("69"))
    dob = t.add("date_of_birth", d(1990, 12, 27))
    old = t.add("address", "Fflat 2, 15 Stryd y Farchnad, Aberystwyth, SY23 1DL")
    t.add("postcode", "SY23 1DL")
    t.name("Iwan ap Dafydd")
    t.subjects = 1
    t.cats = ["health"]
    t.near_miss = True
    text = f"""Prynhawn da / Good afternoon,

Agos-at-golled / Near miss for the register, no disclosure.

The mailroom's address check (Royal Mail returned-mail list) stopped a physiotherapy appointment letter for Mr Iwan ap Dafydd (NHS {n}, DOB {uk(dob)}) before collection. It was addressed to {old}, which he left in 2025 - mail there has been returned "gone away" twice. His current address was on the Welsh Demographic Service but not pulled through to the physio system. The letter (MSK physio, lumbar disc prolapse) has been re-addressed. Nia Gruffydd in the mailroom spotted it.

Diolch / Thanks,
{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "Agos-at-golled / Near miss - letter to old address stopped in mailroom",
                          "Fri, 27 Nov 2026 14:10:00 +0000", text)
    t.grade(3, 1, "health information (physiotherapy letter) about an identified patient",
            "near miss: stopped in the mailroom before posting")
    return m, t

# 023 -------------------------------------------------------------------------------------------
@email
def e023():
    t = Truth("023-out-of-office-auto-reply.eml", "non_report_out_of_office", ["non_report", "auto_reply", "plain"])
    rep = Staff("Ruth Ogunleye", "Head of Information Governance and Data Protection Officer", NGT,
                "ruth.ogunleye@nhs.net", "0113 496 0410")
    t.staff("Tom Ashcroft")
    t.ignore("phone_number", "0113 496 0412")
    t.ignore("email_address", "ig.team.northgate@nhs.net")
    text = f"""Thank you for your email. I am out of the office from Monday 23 November until Monday 30 November 2026 with no access to email.

For urgent information governance matters, including suspected data breaches that may need reporting to the ICO within 72 hours, please contact my deputy Tom Ashcroft on 0113 496 0412 or the team mailbox ig.team.northgate@nhs.net.

{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "Automatic reply: [BD-2026-000214] Your breach report has been received",
                          "Mon, 23 Nov 2026 09:00:12 +0000", text,
                          extra_headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
                                         "In-Reply-To": "<bd-2026-000214.ack@example.nhs.uk>"})
    t.grade(1, 1, "no personal data about any data subject: automatic out-of-office reply")
    return m, t


# 024 -------------------------------------------------------------------------------------------
@email
def e024():
    t = Truth("024-question-is-this-a-breach.eml", "non_report_question_no_data", ["non_report", "question", "plain"])
    rep = Staff("Gemma Ridsdale", "Practice Development Nurse, Surgical Division", NGT, "gemma.ridsdale@nhs.net", "0113 496 0620")
    text = f"""Hi,

Not reporting anything specific - I'm putting together a teaching session for our new HCAs and want to get the examples right.

1. If a relative rings the ward and a nurse confirms that their mum is an inpatient without checking who they are, is that a breach or just poor practice?
2. If someone leaves a handover sheet on the printer in the ward office (locked, staff only) and another nurse picks it up, does that need a Datix and a report to you?
3. Is a patient overhearing a bedside conversation about the patient in the next bed something we'd report?

No names or real cases, just want to give them the right answer. Happy to come and see you if easier.

Thanks
Gemma
{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "Question - is this a data breach? (for training)", "Thu, 26 Nov 2026 13:20:00 +0000", text)
    t.grade(1, 1, "no identifiable individual: general training question")
    return m, t


# 025 -------------------------------------------------------------------------------------------
@email
def e025():
    t = Truth("025-ig-newsletter-html.eml", "non_report_newsletter", ["non_report", "newsletter", "html_alternative"])
    rep = Staff("IG Team", "Information Governance", PVM, "ig.pennineval@nhs.net", "01632 960000")
    t.staff("Dr Simon Blake", "Harriet Lowe")
    plain = """IG MATTERS - November 2026
Pennine Vale Mental Health NHS Foundation Trust

1. Bcc, not To. Group emails to service users must use Bcc or, better, the text messaging system. The ICO has reprimanded several health bodies this year after newsletters and appointment reminders were sent with every recipient visible - in one case revealing that everyone on the list used an HIV service.
2. Autocomplete. Most of our misdirected emails this quarter happened because Outlook suggested an old address. Clear suggestions that aren't nhs.net.
3. DSPT. Our 2026/27 Data Security and Protection Toolkit submission is due by 30 June 2027. Data security awareness training must be 95% complete - check ESR.
4. Reporting. Tell us within 24 hours of noticing a possible breach. Forward the email to the breach mailbox and log it on Datix. We have 72 hours to tell the ICO.

Caldicott Guardian: Dr Simon Blake. Newsletter editor: Harriet Lowe, 01632 960000.
"""
    html = "<html><body>\n" + "\n".join(
        f"<h2>{ln}</h2>" if i == 0 else f"<p>{ln}</p>" for i, ln in enumerate(plain.strip().split("\n")) if ln) + "\n</body></html>\n"
    m = report_to_mailbox(t, rep, "IG Matters - November 2026 newsletter", "Mon, 30 Nov 2026 08:00:00 +0000", plain, html=html,
                          extra_headers={"List-Unsubscribe": "<mailto:ig.pennineval@nhs.net?subject=unsubscribe>"})
    t.grade(1, 1, "no personal data about any data subject: information governance newsletter")
    return m, t


# 026 -------------------------------------------------------------------------------------------
@email
def e026():
    t = Truth("026-meeting-invite-incident-review.eml", "non_report_meeting_invite", ["non_report", "calendar", "text_calendar"])
    rep = Staff("Tom Ashcroft", "Deputy Head of Information Governance", NGT, "tom.ashcroft@nhs.net", "0113 496 0412")
    t.staff("Ruth Ogunleye", "Andrew Kilbride", "Gareth Pollard")
    t.ignore("email_address", "ruth.ogunleye@nhs.net", "andrew.kilbride@nhs.net", "gareth.pollard1@nhs.net")
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000fresh24026
DTSTAMP:20261127T090000Z
DTSTART:20261203T140000Z
DTEND:20261203T150000Z
SUMMARY:Monthly IG incident review
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Tom Ashcroft":mailto:tom.ashcroft@nhs.net
ATTENDEE;CN="Ruth Ogunleye";RSVP=TRUE:mailto:ruth.ogunleye@nhs.net
ATTENDEE;CN="Andrew Kilbride";RSVP=TRUE:mailto:andrew.kilbride@nhs.net
ATTENDEE;CN="Gareth Pollard";RSVP=TRUE:mailto:gareth.pollard1@nhs.net
DESCRIPTION:Agenda: open Datix incidents W-118204\\, W-118377\\, W-118512; ICO follow-up; DSPT evidence.
END:VEVENT
END:VCALENDAR
"""
    text = f"""Monthly IG incident review - Thursday 3 December 2026, 14:00-15:00, Teams.

Agenda: open Datix incidents (W-118204, W-118377, W-118512), ICO correspondence, DSPT evidence items. Papers to follow - no patient details in the papers, please use Datix references only.

{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "Invitation: Monthly IG incident review @ Thu 3 Dec 2026 14:00", "Fri, 27 Nov 2026 09:00:00 +0000", text)
    m.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"})
    t.grade(1, 1, "no personal data about any data subject: meeting invitation")
    return m, t


# 027 -------------------------------------------------------------------------------------------
@email
def e027():
    t = Truth("027-school-nursing-consent-list-to-parent.eml", "school_nursing_list_child_and_parent_to_parent",
              ["children", "inline_table", "external_recipient", "religion", "reply_chain"])
    rep = Staff("Siobhan Carty", "School Staff Nurse, 0-19 Service (Immunisation Team)",
                "Calder and Aire Community Health NHS Trust", "siobhan.carty@nhs.net", "01632 960741")
    t.staff("Mrs Latoya Francis", "Latoya Francis")
    t.ignore("email_address", "latoya.francis@outlook.com", "office@heatonpark.bradford.sch.uk")
    kids = [("Evie Moorhouse", d(2013, 10, 2), "Kerry Moorhouse", "Consent - egg allergy (anaphylaxis), epipen"),
            ("Hamza Rashid", d(2014, 1, 15), "Imran Rashid", "Declined - porcine gelatine (religious reasons, Muslim)"),
            ("Tyler Wainwright", d(2013, 11, 27), "Danielle Wainwright", "Consent - asthma, on Clenil"),
            ("Zuzanna Kamińska", d(2014, 6, 8), "Monika Kamińska", "No response - chased x2"),
            ("Kai Osei-Bonsu", d(2014, 3, 20), "Akosua Osei-Bonsu", "Consent - had flu nasal spray at GP already?")]
    lines = ["Name           | DOB        | Parent/carer        | Consent / notes"]
    for c, dob, p, note in kids:
        lines.append(f"{c} | {uk(dob)} | {p} | {note}")
        t.name(c, p); t.add("date_of_birth", dob)
    t.subjects = 10
    t.cats = ["health", "religion"]
    table = "\n".join(lines)
    text = f"""Hi,

I need to report a breach - I meant to reply to the school office about the Year 9 flu catch-up session at Heaton Park Academy, but I replied to the parent who had emailed me about her son's consent form (Mrs Latoya Francis). My reply had the list of the five outstanding children pasted in it. Mrs Francis has replied to say she's received it and will delete it, but she knows some of the families.

What I sent:

{table}

{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "Flu catch-up list sent to a parent by mistake", "Tue, 01 Dec 2026 12:40:00 +0000", text)
    t.grade(3, 3, "health information (allergies, asthma, consent) about identified children and their parents; one family's religion",
            "sent to a parent outside the trusted domains (outlook.com) who knows some of the families; deletion promised, not evidenced")
    return m, t


# 028 -------------------------------------------------------------------------------------------
@email
def e028():
    t = Truth("028-sar-bundle-third-party-notes-pdf.eml", "sar_disclosure_third_party_notes",
              ["pdf", "sar", "solicitor", "mental_health", "external_recipient"])
    rep = Staff("Amrit Gill", "Access to Records Officer", PVM, "amrit.gill@nhs.net", "01632 960215")
    t.staff("Gary Furness", "Sophie Hollins")
    t.ignore("email_address", "s.hollins@hollinsshah.co.uk")
    n = t.add("nhs_number", nhs("78"))
    dob = t.add("date_of_birth", d(1975, 8, 30))
    h = t.add("hospital_number", f"PV{RNG.randrange(10**6):06d}")
    t.name("Jasmine Olawale")
    t.subjects = 1
    t.cats = ["health", "mental_health", "safeguarding"]
    pages = make_pdf("Ward Progress Notes - Ashdown Ward (Acute Adult Inpatient)", [
        f"Patient: OLAWALE, Jasmine    RiO ID: {h}    NHS No: {n}    DOB: {uk(dob)}",
        "14/03/2026 10:20  Nursing  - Jasmine settled overnight. Remains on Section 2. Level 2 observations continue after ligature attempt 12/03. Declined olanzapine this morning.",
        "14/03/2026 15:45  Medical  - Reviewed with consultant. Ongoing paranoid ideation re neighbours. Plan: continue Section 2, consider Section 3 at tribunal. Safeguarding: daughter (16) staying with aunt - social care informed.",
        "15/03/2026 09:05  Nursing  - Visited by sister. Calm. Eating and drinking.",
    ])
    text = f"""Dear DPO,

I have to report that a subject access request bundle we sent to Hollins & Shah Solicitors (acting for their client, Mr Gary Furness) on 25 November included four pages of ward progress notes belonging to another patient, Ms Jasmine Olawale. The pages had been misfiled in Mr Furness's paper records from his 2026 admission to the same ward and were scanned in with them.

The solicitor, Ms Sophie Hollins, noticed and emailed today. She has confirmed the pages have not been passed to her client; she is returning the encrypted USB and says she will confirm deletion of the electronic copy. I attach the four pages (as a PDF) so you can see what was disclosed.

Amrit
{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "SAR bundle included another patient's notes", "Wed, 02 Dec 2026 11:15:00 +0000", text)
    attach(m, pages, "SAR_pages_87-90_third_party.pdf", "application", "pdf")
    t.grade(4, 3, "mental health (detention, ligature attempt, psychosis) and a safeguarding note about an identified patient",
            "disclosed to an external solicitor's firm; held by a professional who promises return, deletion not yet confirmed")
    return m, t

# 029 -------------------------------------------------------------------------------------------
@email
def e029():
    t = Truth("029-scotland-hcg-result-wrong-record.eml", "scotland_pathology_result_wrong_record_child",
              ["scotland", "chi_number", "wrong_record", "integrity", "children", "reproductive_health", "similar_names"])
    rep = Staff("Dr Alasdair Crichton", "Consultant Clinical Scientist, Blood Sciences", STR + ", Forth Royal Infirmary",
                "alasdair.crichton@nhs.scot", "0131 496 0340")
    t.staff("Alasdair Crichton", "Dr Morven Lindsay")
    a_dob, b_dob = d(2009, 4, 14), d(1981, 4, 4)
    a_c, b_c = chi(a_dob, True), chi(b_dob, True)
    t.add("chi_number", a_c, b_c); t.add("date_of_birth", a_dob, b_dob)
    t.name("Kayleigh Rennie", "Kayla Rennie")
    t.subjects = 2
    t.cats = ["health", "reproductive_health"]
    text = f"""Dear Information Governance,

Please record the following laboratory incident (also on Datix as LAB-2026-0917).

A serum hCG result (positive, 8,450 IU/L, consistent with early pregnancy) requested by Bannockburn Health Centre for Kayleigh RENNIE, CHI {a_c}, DOB {uk(a_dob)} (aged 17), was reported on 19/11/2026 against the record of Kayla RENNIE, CHI {b_c}, DOB {uk(b_dob)}, a patient of the same practice. The sample was booked in by name and year of birth only and the wrong CHI was selected from the search list.

Dr Morven Lindsay at the practice noticed when the result did not match Ms Kayla Rennie's history and called us. The result has been removed from Ms Kayla Rennie's record and re-issued against the correct CHI. The wrong result was visible in the Clinical Portal to any clinician who opened Ms Kayla Rennie's record for about 30 hours - we are auditing who did.

Kayleigh has not yet been contacted about her result; the practice is arranging this sensitively.

Regards
{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "Lab incident - hCG result reported against wrong CHI", "Fri, 20 Nov 2026 16:30:00 +0000", text)
    t.grade(4, 2, "reproductive health (pregnancy test) about an identified 17-year-old; integrity of a second patient's record",
            "stayed within NHS Scotland systems (wrong record, same practice); access audit under way")
    return m, t


# 030 -------------------------------------------------------------------------------------------
@email
def e030():
    t = Truth("030-supplier-ticket-live-patient-and-test-number.eml", "supplier_support_ticket_live_data_test_number",
              ["test_nhs_number", "processor", "plain", "inline_forward"])
    rep = Staff("Naveed Akram", "EPR Application Support Analyst", NGT, "naveed.akram@nhs.net", "0113 496 0860")
    t.staff("Donald Xxtestpatient", "XXTESTPATIENT, Donald", "Keeley Firth")
    t.ignore("email_address", "servicedesk@oncora-systems.co.uk")
    test_n = nhs("999")
    real_n = nhs("42")
    t.add("nhs_number", test_n, real_n)
    h = t.add("hospital_number", f"N{RNG.randrange(10**7):07d}")
    dob = t.add("date_of_birth", d(1949, 9, 2))
    t.name("CAMPBELL, Hyacinth")
    t.subjects = 1
    t.cats = ["health"]
    text = f"""Hi,

Reporting this as instructed. When I logged a ticket with Oncora (our chemotherapy prescribing system supplier) yesterday I copied the error details from the live system rather than the training one. The ticket went by normal email to their service desk (servicedesk@oncora-systems.co.uk) instead of through the secure portal. Oncora are our data processor under the EPR contract and have confirmed the ticket has been restricted to two support engineers. Keeley Firth in Pharmacy has been told.

The ticket text:

> Regimen screen fails to load for some patients. Works in TRAIN for XXTESTPATIENT, Donald (NHS {spaced(test_n)}).
> Fails in LIVE for CAMPBELL, Hyacinth, MRN {h}, NHS {spaced(real_n)}, DOB {uk(dob)} - Oncology Day Unit, FOLFOX cycle 4 due 26/11, penicillin allergy. Error: ORA-01403 no data found.

Naveed
{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "Live patient details sent to system supplier in support ticket", "Wed, 25 Nov 2026 10:40:00 +0000", text)
    t.grade(3, 2, "health information (chemotherapy regimen) about one identified patient; the second number is a 999 test patient, not a person",
            "sent to the trust's contracted data processor, access restricted (not likely)")
    return m, t


# 031 -------------------------------------------------------------------------------------------
@email
def e031():
    t = Truth("031-ni-mental-health-order-form-wrong-gp.eml", "ni_mental_health_order_wrong_gp",
              ["northern_ireland", "hc_number", "mental_health", "irish_names", "wrong_recipient_internal"])
    rep = Staff("Declan Morrow", "Approved Social Worker, Acute Mental Health Team", SLT,
                "declan.morrow@southernlough.hscni.net", "028 9649 6677")
    t.staff("Dr Gráinne Flanagan", "Dr Conor Hughes")
    t.ignore("email_address", "admin.z00412@hscni.net", "admin.z00421@hscni.net")
    h = t.add("hc_number", hc())
    dob = t.add("date_of_birth", d(1984, 2, 29))
    addr = t.add("address", "6 Chapel Hill, Crossmaglen, BT35 9AB")
    t.add("postcode", "BT35 9AB")
    sis = t.add("phone_number", "028 9649 6902")
    t.name("Seán Mac Aodha", "Áine Nic Aodha")
    t.subjects = 2
    t.cats = ["health", "mental_health"]
    text = f"""Hi IG,

Yesterday evening I emailed a copy of the Mental Health (Northern Ireland) Order 1986 application for assessment (Form 2) and medical recommendation for Mr Seán Mac Aodha to the wrong GP practice - I used admin.z00421@hscni.net (a practice in Newry) instead of admin.z00412@hscni.net (his own practice, Crossmaglen). The Newry practice manager rang this morning and has deleted it.

Details on the form: Seán Mac Aodha, H&C {h}, DOB {uk(dob)}, {addr}; grounds - relapse of paranoid schizophrenia, stopped depot 8 weeks ago, threats to neighbours, admitted to Bluestone Unit 23/11. Nearest relative his sister Áine Nic Aodha, tel {sis}, who was consulted. Recommendation by Dr Gráinne Flanagan; GP Dr Conor Hughes.

Declan
{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "MHO Form 2 sent to wrong GP practice", "Tue, 24 Nov 2026 10:05:00 +0000", text)
    t.grade(4, 2, "mental health (compulsory admission, diagnosis) about an identified patient and his nearest relative's details",
            "sent to another HSC GP practice inside the trusted network (hscni.net), deleted")
    return m, t


# 032 -------------------------------------------------------------------------------------------
@email
def e032():
    t = Truth("032-strategy-meeting-minutes-reply-all-gmail.eml", "safeguarding_minutes_reply_all_old_personal_address",
              ["children", "safeguarding", "criminal", "reply_all", "forward_rfc822", "external_recipient"])
    rep = Staff("Bukola Adeyemi-Jones", "Named Nurse, Safeguarding Children", NGT, "bukola.adeyemi-jones@nhs.net", "0113 496 0555")
    t.staff("Gemma Hirst", "Sgt Paul Whitaker", "Paul Whitaker", "Dr Rashmi Varma", "Andrea Holt")
    cc = ["gemma.hirst@leeds.gov.uk", "paul.whitaker@westyorkshire.police.uk", "rashmi.varma@nhs.net", "andrea.holt1979@gmail.com"]
    t.ignore("email_address", *cc)
    dob = t.add("date_of_birth", d(2017, 3, 11))
    n = t.add("nhs_number", nhs("75"))
    addr = t.add("address", "47 Harehills Avenue, Leeds, LS8 4EU")
    t.add("postcode", "LS8 4EU")
    t.name("Tyrese Boateng", "Abigail Boateng", "Kwabena Boateng")
    t.subjects = 3
    t.cats = ["health", "safeguarding", "criminal"]
    minutes = f"""All - my amendments to the minutes below (section 4). Rashmi, please check the skeletal survey wording.

STRATEGY MEETING (s47) - CONFIDENTIAL
Child: Tyrese BOATENG   DOB {uk(dob)}   NHS {n}
Address: {addr}
Mother: Abigail Boateng. Father: Kwabena Boateng.

1. Presentation: attended ED 26/11 with spiral fracture of the left humerus; explanation (fell off bunk bed) inconsistent with injury. Skeletal survey shows healing rib fractures.
2. Police: father arrested 27/11 on suspicion of GBH on a child, released on bail with condition not to contact Tyrese.
3. Decision: s47 enquiry; child to remain with mother; CP conference within 15 days.
4. Health: Dr Varma to complete child protection medical report by 3/12.

Bukola Adeyemi-Jones
Named Nurse, Safeguarding Children
"""
    inner = message(rep.addr(), "gemma.hirst@leeds.gov.uk", "RE: Strategy meeting minutes - TB", "Fri, 27 Nov 2026 17:20:00 +0000",
                    minutes, cc=", ".join(cc[1:]))
    text = f"""Hi IG,

I replied-all to the strategy meeting email chain this afternoon with amended minutes (attached). The distribution list on the chain came from the school and included Andrea Holt's old personal Gmail (andrea.holt1979@gmail.com) - she was the school's safeguarding lead until the summer and has now left. So the minutes, including the police bail information, have gone to a personal account of someone no longer involved.

I've emailed and rung her; no answer yet. Children's social care (Gemma Hirst) informed.

Bukola
{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "Safeguarding strategy minutes sent to ex-DSL's personal Gmail (reply all)",
                          "Fri, 27 Nov 2026 18:05:00 +0000", text)
    attach_msg(m, inner)
    t.grade(4, 3, "child protection (non-accidental injury) and criminal allegation/bail data about an identified child and parents",
            "sent to a personal account outside the trusted domains (gmail.com), not contacted yet")
    return m, t

# 033 -------------------------------------------------------------------------------------------
@email
def e033():
    t = Truth("033-wales-cmht-usb-found-in-pub.eml", "wales_unencrypted_usb_found_by_public",
              ["wales", "welsh_names", "csv", "lost_device", "mental_health", "bilingual_signature", "forward_rfc822"])
    rep = Staff("Carys Mostyn", "Pennaeth Llywodraethu Gwybodaeth / Head of Information Governance", TYWI,
                "carys.mostyn@wales.nhs.uk", "029 2018 0400")
    t.staff("Huw Probert", "Gethin Rees")
    t.ignore("email_address", "landlord@yllewdu-carmarthen.co.uk")
    t.ignore("phone_number", "01632 960388")
    pts = [("Angharad Ellis-Jones", d(1971, 5, 4), "SA31 1QY", "Bipolar affective disorder", "Lithium - bloods due"),
           ("Dylan ap Iorwerth", d(1989, 10, 13), "SA31 3AP", "Paranoid schizophrenia", "CTO - depot fortnightly"),
           ("Ffion Lloyd", d(1995, 2, 26), "SA33 4JH", "EUPD, self-harm", "DBT waiting list"),
           ("Gwilym Thomas", d(1958, 7, 19), "SA32 7DE", "Recurrent depression", "ECT course completed"),
           ("Ceri Vaughan-Williams", d(1979, 12, 8), "SA31 2NL", "Alcohol dependence, depression", "Detox planned Jan"),
           ("Bartłomiej Zając", d(1986, 3, 31), "SA31 1BH", "PTSD", "EMDR referral")]
    rows = []
    rows.append(["Enw / Name", "DOB", "NHS No", "Cod post / Postcode", "Diagnosis", "Plan"])
    for nm, dob, pc, dx, plan in pts:
        n = nhs(RNG.choice(["45", "61", "67", "70"]))
        rows.append([nm, uk(dob), n, pc, dx, plan])
        t.name(nm); t.add("date_of_birth", dob); t.add("nhs_number", n); t.add("postcode", pc)
    t.subjects = len(pts)
    t.cats = ["health", "mental_health", "substance_misuse"]
    landlord = message(formataddr(("Huw Probert", "landlord@yllewdu-carmarthen.co.uk")), "carys.mostyn@wales.nhs.uk",
                       "USB stick found in the pub", "Sat, 28 Nov 2026 12:15:00 +0000",
                       "Hello,\n\nA customer handed in a USB stick found under a table last night. I had a look to find the owner and it's got a list of NHS mental health patients on it, so I thought I'd better contact you. I've put it in the safe - someone can collect it. I haven't copied anything.\n\nHuw Probert\nY Llew Du, Carmarthen\n01632 960388\n")
    text = f"""Bore da,

Breach report: an unencrypted USB stick belonging to a Carmarthen CMHT care coordinator (Gethin Rees) was found in a pub on Friday night. The landlord looked at it to trace the owner (his email attached). I collected the stick this morning. It held one file, a caseload extract - attached exactly as found (csv). Encryption policy was bypassed using a personal stick.

We cannot rule out that the customer who found it, or others, viewed or copied it.

Cofion / Regards,
{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "Unencrypted USB found in pub - CMHT caseload / Cof bach USB heb ei amgryptio",
                          "Mon, 30 Nov 2026 10:00:00 +0000", text)
    attach_msg(m, landlord)
    attach(m, make_csv(rows), "caseload_GR.csv", "text", "csv")
    t.grade(4, 3, "mental health diagnoses and treatment (incl. CTO, alcohol dependence) about identified patients",
            "unencrypted device lost in a pub and viewed by members of the public; recovered but copying cannot be ruled out")
    return m, t


# 034 -------------------------------------------------------------------------------------------
@email
def e034():
    t = Truth("034-fertility-storage-letter-wrong-couple.eml", "fertility_letter_mail_merge_wrong_couple",
              ["reproductive_health", "mail_merge", "patient_reporter", "inline_forward", "external_recipient"])
    rep = Staff("Dr Maryam Siddiqui", "Person Responsible (HFEA), Assisted Conception Unit", NGT,
                "maryam.siddiqui@nhs.net", "0113 496 0722")
    t.staff("Maryam Siddiqui", "Laura Whitehead", "Owen Whitehead")
    t.ignore("email_address", "laura.whitehead87@gmail.com", "acu.northgate@nhs.net")
    acu = t.add("hospital_number", f"ACU{RNG.randrange(10**5):05d}")
    t.name("Hannah Szewczyk", "Marek Szewczyk")
    addr = t.add("address", "12 Wetherby Road, Harrogate, HG2 7SA")
    t.add("postcode", "HG2 7SA")
    t.subjects = 2
    t.cats = ["health", "reproductive_health"]
    text = f"""IG,

Please see the email below from one of our patients. Our embryo storage renewal letters were mail-merged on Friday and at least one went out with the wrong couple's details inside a correctly addressed envelope. We are checking the other 38 letters in the batch today.

Maryam
{rep.sig()}

From: Laura Whitehead <laura.whitehead87@gmail.com>
Sent: 01 December 2026 20:12
To: acu.northgate@nhs.net
Subject: Wrong letter

Hi, we (Laura and Owen Whitehead) received a letter today about embryo storage but it's not about us. It's addressed to Mrs Hannah Szewczyk and Mr Marek Szewczyk at {addr}, unit number {acu}, and says they have 3 embryos in storage from their ICSI cycle in 2023 and that consent expires on 31/01/2027. We were quite upset to get it as we are waiting for our own letter. What should we do with it?

Laura
"""
    m = report_to_mailbox(t, rep, "FW: Wrong letter - embryo storage renewal mail merge", "Wed, 02 Dec 2026 08:45:00 +0000", text)
    t.grade(4, 3, "reproductive health (fertility treatment, stored embryos) about an identified couple",
            "letter received and read by another couple (members of the public); not yet returned")
    return m, t

# 035 -------------------------------------------------------------------------------------------
@email
def e035():
    t = Truth("035-financial-assessment-wrong-care-home.eml", "financial_assessment_ni_number_wrong_care_home",
              ["ni_number", "financial", "external_recipient", "discharge_to_assess", "plain"])
    rep = Staff("Oluwaseun Bakare", "Discharge Coordinator, Integrated Discharge Team", NGT, "oluwaseun.bakare@nhs.net", "0113 496 0380")
    t.staff("Claire Naylor")
    t.ignore("email_address", "admin@rosewoodcarehome.co.uk", "admin@rosewoodlodgecare.co.uk")
    n = t.add("nhs_number", nhs("41"))
    dob = t.add("date_of_birth", d(1936, 6, 23))
    ni = t.add("ni_number", ni_number())
    addr = t.add("address", "8 Grange Park Drive, Leeds, LS8 2LQ")
    t.add("postcode", "LS8 2LQ")
    tel = t.add("phone_number", mobile())
    em = t.add("email_address", "janet.fryan@btinternet.com")
    t.name("Dorothy Featherstone", "Janet Featherstone-Ryan")
    t.subjects = 2
    t.cats = ["health"]
    text = f"""Hello,

I emailed the discharge-to-assess care home pack for a patient on Ward 9 to Rosewood Care Home (admin@rosewoodcarehome.co.uk, a different company in Wakefield) instead of Rosewood Lodge (admin@rosewoodlodgecare.co.uk). Rosewood Care Home's manager, Claire Naylor, rang to say she'd received it and would delete it. The pack contained:

Patient: Mrs Dorothy FEATHERSTONE, DOB {uk(dob)}, NHS No {spaced(n)}, NI No {ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}
Home address: {addr}
Diagnosis: Alzheimer's dementia, recurrent falls, lives alone. Needs 2 carers for transfers.
Financial assessment: State pension + Pension Credit, Attendance Allowance (higher rate); savings approx. £31,500 in Nationwide account sort code 07-04-36, account 51234789; owns home (valued ~£210k) - likely self-funder after 12-week disregard.
Lasting power of attorney (property & finance): daughter Janet Featherstone-Ryan, {tel}, {em}

I haven't had written confirmation of deletion yet.

Seun
{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "Care home pack incl. financial assessment sent to wrong care home", "Thu, 03 Dec 2026 14:25:00 +0000", text)
    t.grade(4, 3, "financial details (bank account, savings, benefits, NI number) and health information about an identified patient and her attorney",
            "sent to an unrelated private care home outside the trusted domains; deletion not confirmed in writing")
    return m, t

# 036 -------------------------------------------------------------------------------------------
@email
def e036():
    t = Truth("036-scotland-ward-whiteboard-tiktok.eml", "scotland_whiteboard_photo_posted_by_staff",
              ["scotland", "social_media", "published", "initials_only", "staff_posting"])
    rep = Staff("Morag Imrie", "Senior Charge Nurse, Ward 12 (Surgical Receiving)", STR + ", Forth Royal Infirmary",
                "morag.imrie@nhs.scot", "0131 496 0612")
    t.staff("Kerry-Ann Boyle")
    board = [("1", "Mr A. MacInnes", "NBM, ?bowel obstruction, NG tube"), ("2", "Mrs M. Sutherland", "Lap chole today"),
             ("3", "Mr D. Rafferty", "Pancreatitis - alcohol, CIWA"), ("4", "Ms J. Kowalska", "Appendicectomy day 1"),
             ("5", "Mr T. Baillie", "Infected diabetic foot, for theatre")]
    lines = []
    for bed, nm, note in board:
        lines.append(f"  Bed {bed}  {nm} - {note}")
        t.name(nm)
    t.subjects = len(board)
    t.cats = ["health", "substance_misuse"]
    text = f"""Hi,

I was sent a link this morning to a TikTok video posted last night by one of our student nurses, Kerry-Ann Boyle, showing a "day in the life" on the ward. About 4 seconds in, the patient whiteboard in the ward office is clearly readable. The account is public and the video had about 1,900 views when I saw it. She has taken it down at my request (10:05) but I can't tell whether anyone saved or shared it.

What can be read on the board (ward name is on the door behind):

{chr(10).join(lines)}

University and practice education team informed.

Morag
{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "Patient whiteboard visible in TikTok video posted by student", "Sat, 05 Dec 2026 10:40:00 +0000", text)
    t.grade(4, 4, "health information and alcohol-related pancreatitis (substance misuse) about identifiable patients (title, initial, surname, bed, ward)",
            "published on a public social-media account (~1,900 views); removed, but copies cannot be ruled out")
    return m, t


# 037 -------------------------------------------------------------------------------------------
@email
def e037():
    t = Truth("037-wales-family-assessment-to-estranged-father.eml", "wales_hv_assessment_to_estranged_parent",
              ["wales", "welsh_names", "children", "safeguarding", "docx", "bilingual_signature", "external_recipient"])
    rep = Staff("Lowri Harries", "Ymwelydd Iechyd / Health Visitor, Flying Start Llanelli", TYWI,
                "lowri.harries@wales.nhs.uk", "029 2018 0617")
    t.staff("Sioned Parry")
    t.ignore("email_address", "rhys.morgan.llanelli@gmail.com")
    child_dob = t.add("date_of_birth", d(2024, 8, 19))
    n = t.add("nhs_number", nhs("64"))
    addr = t.add("address", "Flat 4, 22 Heol Goffa, Llanelli, SA15 3LS")
    t.add("postcode", "SA15 3LS")
    tel = t.add("phone_number", mobile())
    t.name("Mabli Morgan", "Catrin Morgan")
    t.staff("Rhys Morgan")  # the wrong recipient: the form mentions him, but only he received it
    t.subjects = 2
    t.cats = ["health", "mental_health", "safeguarding"]
    form = make_docx([
        ("h", "Asesiad Anghenion Iechyd Teulu / Family Health Needs Assessment", 1),
        f"Plentyn / Child: Mabli MORGAN    DOB: {uk(child_dob)}    NHS No: {spaced(n)}",
        f"Rhiant / Parent: Catrin MORGAN (mother, sole carer)    Tel: {tel}",
        f"Cyfeiriad / Address (CONFIDENTIAL - refuge move-on flat, do not disclose): {addr}",
        "Father: Rhys Morgan - no contact; non-molestation order in place (Llanelli Family Court, 2025) after domestic abuse.",
        "Health: Mabli - 2-year review due, speech delay, referred to SLT. Catrin - anxiety and PTSD, under primary care mental health team; sertraline.",
        "Plan: Flying Start childcare place from January; MARAC case closed 10/2026; review 3 months.",
    ])
    text = f"""Helo / Hello,

I'm very worried about this one. I emailed the attached family health needs assessment to "Rhys Morgan" this afternoon - I meant to send it to Catrin Morgan's support worker but picked the wrong name in my recent contacts. The address I used (rhys.morgan.llanelli@gmail.com) is the children's father, who has a non-molestation order against him. The form includes Catrin's new confidential address.

The email shows as delivered. My team leader Sioned Parry is aware and we are contacting Catrin and the police now.

Lowri
{rep.sig()}
"""
    m = report_to_mailbox(t, rep, "URGENT - assessment with confidential address sent to estranged father / BRYS",
                          "Thu, 03 Dec 2026 15:55:00 +0000", text)
    attach(m, form, "Asesiad_Teulu_Morgan.docx", *DOCX)
    t.grade(4, 3, "safeguarding: a domestic-abuse survivor's confidential address, child's health and mother's mental health",
            "delivered to the estranged father's personal address, against whom a non-molestation order exists")
    return m, t


# ------------------------------------------------------------------ main


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    lines = []
    for i, fn in enumerate(EMAILS):
        m, t = fn()
        random.seed(1000 + i)  # MIME boundaries come from the random module
        with open(os.path.join(OUT, t.file), "wb") as fh:
            fh.write(m.as_bytes(policy=POL))
        lines.append(json.dumps(t.record(), ensure_ascii=False))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} emails to {OUT}")


if __name__ == "__main__":
    main()
