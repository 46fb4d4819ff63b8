#!/usr/bin/env python3
"""Generate the fresh1 evaluation corpus (40 forwarded breach reports + truth.jsonl).

Written by an independent helper session that never read breachdesk's code.
Run with a Python that has openpyxl and python-docx:  /tmp/cwf1/bin/python make_corpus.py
"""
import csv
import datetime as dt
import io
import json
import os
import random
from collections import defaultdict
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime, make_msgid

import docx
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20261201)
MAILBOX = "breach@example.nhs.uk"

# ------------------------------------------------------------------ identifiers


def mod11(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return None if c == 10 else c


def _num(lo, hi):
    while True:
        d9 = str(R.randint(lo, hi))
        c = mod11(d9)
        if c is not None:
            return d9 + str(c)


def nhs():
    return _num(400000000, 499999999) if R.random() < 0.5 else _num(600000000, 799999999)


def hc():
    return _num(320000000, 399999999)


def chi(dob, female):
    while True:
        d9 = dob.strftime("%d%m%y") + f"{R.randint(0, 99):02d}" + str(R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
        c = mod11(d9)
        if c is not None:
            return d9 + str(c)


NI_BAD1 = set("DFIQUV")
NI_BAD_PAIR = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def ni():
    L = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        a, b = R.choice(L), R.choice(L)
        if b == "O" or a + b in NI_BAD_PAIR:
            continue
        return f"{a}{b}{R.randint(0, 999999):06d}{R.choice('ABCD')}"


def valid_nhs(n):
    return len(n) == 10 and mod11(n[:9]) == int(n[9])


def fmt_nhs(n, style=0):
    return [n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"][style % 3]


REGIONS = {
    "leeds": ("Leeds", ["LS6", "LS8", "LS11", "LS17", "LS28"], "0113 496 0{:03d}"),
    "manchester": ("Manchester", ["M14", "M20", "M8", "M40"], "0161 496 0{:03d}"),
    "london": ("London", ["E8", "N16", "SE15", "SW9", "E17"], "020 7946 0{:03d}"),
    "bristol": ("Bristol", ["BS3", "BS5", "BS16", "BS7"], "0117 496 0{:03d}"),
    "birmingham": ("Birmingham", ["B11", "B23", "B29", "B44"], "0121 496 0{:03d}"),
    "cardiff": ("Cardiff", ["CF5", "CF14", "CF24"], "029 2018 0{:03d}"),
    "sheffield": ("Sheffield", ["S2", "S10", "S35"], "0114 496 0{:03d}"),
    "newcastle": ("Newcastle upon Tyne", ["NE4", "NE6", "NE15"], "0191 498 0{:03d}"),
    "glasgow": ("Glasgow", ["G31", "G42", "G12", "G51"], "0141 496 0{:03d}"),
    "edinburgh": ("Edinburgh", ["EH6", "EH11", "EH16"], "0131 496 0{:03d}"),
    "inverness": ("Inverness", ["IV2", "IV3"], "01463 496{:03d}"),
    "aberdeen": ("Aberdeen", ["AB10", "AB24", "AB16"], "01224 496{:03d}"),
    "belfast": ("Belfast", ["BT5", "BT9", "BT12", "BT14"], "028 9649 6{:03d}"),
    "derry": ("Londonderry", ["BT47", "BT48"], "028 7196 0{:03d}"),
}
STREETS = ["Acacia Avenue", "Beechwood Road", "Kirkgate", "Mill Lane", "Station Road", "Orchard Close",
           "Victoria Terrace", "Hawthorn Drive", "Chapel Street", "Rowan Crescent", "Glebe Road",
           "Larch Grove", "Cromwell Street", "Harbour View", "Priory Walk", "Thornfield Way", "Bank Street",
           "Ashgrove Place", "Cairn Road", "Elmwood Gardens", "Ferry Road", "Quarry Hill", "Osborne Park",
           "Belmont Avenue", "Moss Lane", "St Anne's Close", "Coronation Street", "Well Brae"]
PCL = "ABDEFGHJLNPQRSTUWXYZ"


def postcode(region):
    return f"{R.choice(REGIONS[region][1])} {R.randint(1, 9)}{R.choice(PCL)}{R.choice(PCL)}"


def phone(region=None, mobile=None):
    if mobile or (mobile is None and R.random() < 0.55):
        return f"07700 900{R.randint(0, 999):03d}"
    return REGIONS[region][2].format(R.randint(0, 999))


def digits(s):
    return "".join(c for c in s if c.isdigit())


def dob_between(y0, y1):
    return dt.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


class Person:
    def __init__(self, first, last, region="leeds", y0=1930, y1=2000, female=None, title=None, number="nhs"):
        self.first, self.last, self.region = first, last, region
        self.female = female if female is not None else R.random() < 0.5
        self.title = title or (R.choice(["Mrs", "Ms", "Miss"]) if self.female else "Mr")
        self.dob = dob_between(y0, y1)
        self.nhs = nhs()
        self.chi = chi(self.dob, self.female)
        self.hc = hc()
        self.street = f"{R.randint(1, 199)} {R.choice(STREETS)}"
        self.town = REGIONS[region][0]
        self.pc = postcode(region)
        self.phone = phone(region)
        self.email = f"{first.lower().replace(' ', '').replace(chr(39), '')}.{last.lower().replace(' ', '').replace(chr(39), '')}{R.randint(1, 99)}@{R.choice(['gmail.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.co.uk', 'btinternet.com', 'icloud.com'])}"
        self.email = self.email.encode("ascii", "ignore").decode()
        self.hosp = None

    @property
    def name(self):
        return f"{self.first} {self.last}"

    @property
    def addr1(self):
        return f"{self.street}, {self.town}, {self.pc}"


# ------------------------------------------------------------------ truth


class Truth:
    def __init__(self, file, scenario, tags=()):
        self.file, self.scenario, self.tags = file, scenario, list(tags)
        self.ids = defaultdict(set)
        self.names, self.ign_names = [], []
        self.ign = defaultdict(set)
        self.subjects = 0
        self.cats = set()
        self.near_miss = False
        self.assess = None

    def add(self, kind, value):
        v = norm(kind, value)
        self.ids[kind].add(v)
        return value

    def name(self, n):
        if n not in self.names:
            self.names.append(n)

    def ignore(self, kind, value):
        self.ign[kind].add(norm(kind, value))

    def ignore_name(self, n):
        if n not in self.ign_names:
            self.ign_names.append(n)

    def person(self, p, *fields, number=None):
        """Record a data subject and the listed fields of theirs that the e-mail shows."""
        self.name(p.name)
        for f in fields:
            if f == "dob":
                self.add("date_of_birth", p.dob.isoformat())
            elif f == "nhs":
                self.add("nhs_number", p.nhs)
            elif f == "chi":
                self.add("chi_number", p.chi)
            elif f == "hc":
                self.add("hc_number", p.hc)
            elif f == "addr":
                self.add("address", p.addr1)
                self.add("postcode", p.pc)
            elif f == "pc":
                self.add("postcode", p.pc)
            elif f == "phone":
                self.add("phone_number", p.phone)
            elif f == "email":
                self.add("email_address", p.email)
            elif f == "hosp":
                self.add("hospital_number", p.hosp)
            elif f == "ni":
                self.add("ni_number", p.ni)
            else:
                raise ValueError(f)

    def grade(self, severity, likelihood, basis):
        self.assess = {"severity": severity, "likelihood": likelihood,
                       "reportable": likelihood >= 3 and severity >= 2, "basis": basis}

    def row(self):
        no_ids = not any(self.ids.values()) and not self.names
        return {"file": self.file, "scenario": self.scenario, "tags": self.tags,
                "identifiers": {k: sorted(v) for k, v in sorted(self.ids.items()) if v},
                "names": self.names, "ignorable_names": self.ign_names,
                "ignorable": {k: sorted(v) for k, v in sorted(self.ign.items()) if v},
                "subjects": self.subjects, "special_categories": sorted(self.cats),
                "near_miss": self.near_miss, "no_identifiers": no_ids, "assessment": self.assess}


def norm(kind, v):
    if kind in ("nhs_number", "chi_number", "hc_number"):
        return digits(v)
    if kind == "phone_number":
        d = digits(v)
        if d.startswith("44"):
            d = "0" + d[2:]
        return d
    if kind == "email_address":
        return v.lower()
    if kind == "postcode":
        s = v.upper().replace(" ", "")
        return s[:-3] + " " + s[-3:]
    if kind in ("ni_number", "hospital_number"):
        return v.upper().replace(" ", "")
    return v


# ------------------------------------------------------------------ staff and messages


class Staff:
    def __init__(self, name, role, org, email, phone, addr=None):
        self.name, self.role, self.org, self.email, self.phone, self.addr = name, role, org, email, phone, addr

    def register(self, t):
        t.ignore_name(self.name)
        t.ignore("email_address", self.email)
        if self.phone:
            t.ignore("phone_number", self.phone)
        if self.addr:
            t.ignore("address", self.addr)
            t.ignore("postcode", self.addr.rsplit(",", 1)[1].strip())
        return self

    def sig(self, style=0):
        if style == 0:
            lines = [self.name, self.role, self.org, f"Tel: {self.phone}", f"Email: {self.email}"]
        elif style == 1:
            lines = [f"{self.name} | {self.role}", self.org, f"T {self.phone} | {self.email}"]
        elif style == 2:
            lines = [self.name.split()[0]]
        else:
            lines = [f"{self.name}", f"{self.role}, {self.org}", f"{self.addr}" if self.addr else "", f"Direct line {self.phone}"]
        return "\n".join(x for x in lines if x)


def when(day, hh, mm):
    return dt.datetime(2026, 11, 1, hh, mm, tzinfo=dt.timezone.utc) + dt.timedelta(days=day - 1)


def outer(reporter, subject, date, body, to=MAILBOX, html=None, cc=None):
    m = EmailMessage(policy=POLICY)
    m["From"] = f"{reporter.name} <{reporter.email}>"
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = make_msgid(domain=reporter.email.split("@")[1])
    m["MIME-Version"] = "1.0"
    m.set_content(body, cte=R.choice(["quoted-printable", "8bit", "base64"]) if any(ord(c) > 127 for c in body) else R.choice(["7bit", "quoted-printable"]))
    if html:
        m.add_alternative(html, subtype="html")
    return m


def fwd_block(style, frm, to, subject, date, body, cc=None):
    d = date
    if style == "outlook":
        h = ["________________________________", f"From: {frm}", f"Sent: {d.strftime('%d %B %Y %H:%M')}", f"To: {to}"]
        if cc:
            h.append(f"Cc: {cc}")
        h.append(f"Subject: {subject}")
        return "\n".join(h) + "\n\n" + body
    if style == "gmail":
        h = ["---------- Forwarded message ---------", f"From: {frm}", f"Date: {d.strftime('%a, %-d %b %Y at %H:%M')}",
             f"Subject: {subject}", f"To: {to}"]
        if cc:
            h.append(f"Cc: {cc}")
        return "\n".join(h) + "\n\n" + body
    if style == "apple":
        h = ["Begin forwarded message:", "", f"From: {frm}", f"Subject: {subject}",
             f"Date: {d.strftime('%-d %B %Y at %H:%M:%S GMT')}", f"To: {to}"]
        if cc:
            h.append(f"Cc: {cc}")
        return "\n".join(h) + "\n\n" + body
    if style == "nhsmail":
        h = ["-----Original Message-----", f"From: {frm}", f"Sent: {d.strftime('%A, %B %-d, %Y %-I:%M %p')}",
             f"To: {to}", f"Subject: {subject}"]
        if cc:
            h.append(f"Cc: {cc}")
        return "\n".join(h) + "\n\n" + body
    if style == "quoted":
        return f"On {d.strftime('%a, %-d %b %Y at %H:%M')}, {frm} wrote:\n" + "\n".join("> " + x for x in body.splitlines())
    raise ValueError(style)


def inner_msg(frm, to, subject, date, body, cc=None, attachments=(), html=None):
    m = EmailMessage(policy=POLICY)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = make_msgid()
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for a in attachments:
        attach(m, *a)
    return m


MIME = {"csv": ("text", "csv"), "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "pdf": ("application", "pdf"), "txt": ("text", "plain")}


def attach(m, filename, data):
    ext = filename.rsplit(".", 1)[1].lower()
    mt, st = MIME[ext]
    if mt == "text":
        m.add_attachment(data if isinstance(data, str) else data.decode("utf-8"), subtype=st, filename=filename)
    else:
        m.add_attachment(data, maintype=mt, subtype=st, filename=filename)


def attach_rfc822(m, inner):
    m.add_attachment(inner, filename="original message.eml") if False else m.add_attachment(inner)


# ------------------------------------------------------------------ documents


def make_docx(paras, table=None):
    d = docx.Document()
    for p in paras:
        if p.startswith("# "):
            d.add_heading(p[2:], level=1)
        else:
            d.add_paragraph(p)
    if table:
        tb = d.add_table(rows=0, cols=len(table[0]))
        for r in table:
            cells = tb.add_row().cells
            for c, v in zip(cells, r):
                c.text = str(v)
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()


def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "13 TL", "50 800 Td"]
    for ln in lines:
        ops.append(f"({esc(ln)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def make_csv(header, rows):
    b = io.StringIO()
    w = csv.writer(b)
    w.writerow(header)
    w.writerows(rows)
    return b.getvalue()


def make_xlsx(sheets):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, header, rows in sheets:
        ws = wb.create_sheet(title)
        if header:
            ws.append(header)
        for r in rows:
            ws.append(list(r))
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ------------------------------------------------------------------ scenarios
ST = dict(
    clerk=Staff("Shannon Pickles", "Ward Clerk, Ward 14", "Airedale and Wharfe NHS Foundation Trust", "shannon.pickles@nhs.net", "0113 496 0511"),
    sec=Staff("Gillian Ormerod", "Medical Secretary to Mr R. Batra", "Pennine Vale Hospitals NHS Trust", "gillian.ormerod@pvh.nhs.uk", "0161 496 0732", "Hollins Wing, Moorside Road, Manchester, M8 5RP"),
    gprec=Staff("Tasha Greenhalgh", "Reception Team Lead", "Brook Lane Surgery", "tasha.greenhalgh@nhs.net", "0121 496 0244"),
    gpmgr=Staff("Imran Qureshi", "Practice Manager", "Hillside Medical Practice", "imran.qureshi3@nhs.net", "0114 496 0870"),
    carehome=Staff("Bernadette Kavanagh", "Registered Manager", "Larchfield House Care Home", "manager@larchfieldhouse.co.uk", "0117 496 0390", "Larchfield House, 2 Downend Road, Bristol, BS16 5TA"),
    ig=Staff("Ruairi Baxter", "Information Governance Officer", "Example NHS Trust", "ruairi.baxter@example.nhs.uk", "020 7946 0117"),
    nhsscot=Staff("Catriona MacLeod", "Health Records Administrator", "NHS Highland", "catriona.macleod@nhs.scot", "01463 496 201"),
    nhsgg=Staff("Fraser Gilchrist", "Outpatient Services Co-ordinator", "NHS Greater Glasgow and Clyde", "fraser.gilchrist@ggc.scot.nhs.uk", "0141 496 0588"),
    ni1=Staff("Orla McCann", "Admin Manager, District Nursing", "Belfast Health and Social Care Trust", "orla.mccann@belfasttrust.hscni.net", "028 9649 6330"),
    pharm=Staff("Deepak Raman", "Pharmacist Manager", "Cornerstone Pharmacy", "deepak.raman@nhs.net", "029 2018 0455"),
    cnurse=Staff("Jo Winterbottom", "Community Staff Nurse", "Calderdale Community Services", "jo.winterbottom@nhs.net", "07700 900871"),
    safe=Staff("Adaeze Okafor", "Named Nurse for Safeguarding Children", "Example NHS Trust", "adaeze.okafor@example.nhs.uk", "020 7946 0322"),
    shs=Staff("Tom Ferreira", "Service Manager, Sexual Health", "Example NHS Trust", "tom.ferreira@example.nhs.uk", "020 7946 0678"),
    mh=Staff("Harriet Lomax", "Team Leader, Community Mental Health", "Northfell Partnership NHS Foundation Trust", "harriet.lomax@nhs.net", "0191 498 0244"),
)


def fresh(key):
    s = ST[key]
    return Staff(s.name, s.role, s.org, s.email, s.phone, s.addr)


def mbox(t):
    t.ignore("email_address", MAILBOX)


@case
def c01(t):
    """clinic letter (docx) to wrong external address"""
    t.scenario = "misdirected_clinic_letter_docx"
    rep = fresh("sec").register(t); mbox(t)
    p = Person("Kwabena", "Asante-Mensah", "manchester", 1950, 1975, female=False)
    p.hosp = f"PV{R.randint(100000, 999999)}"
    wrong = "k.asante.m@gmail.com"; t.ignore("email_address", wrong)
    t.ignore_name("Ormerod Gillian")
    letter = make_docx([
        "Pennine Vale Hospitals NHS Trust - Department of Cardiology",
        "Hollins Wing, Moorside Road, Manchester, M8 5RP",
        "Clinic date: 17/11/2026    Dictated: 18/11/2026    Typed: 20/11/2026",
        f"Re: {p.title} {p.first} {p.last.upper()}   DOB {p.dob:%d/%m/%Y}   NHS No: {fmt_nhs(p.nhs, 1)}   Hosp No: {p.hosp}",
        f"{p.street}, {p.town}, {p.pc}",
        "Dear Dr Whitworth,",
        f"I reviewed Mr Asante-Mensah in the heart failure clinic. His ejection fraction on echo is 35%. "
        "I have increased sacubitril/valsartan to 49/51mg twice daily and referred him for cardiac rehabilitation.",
        "He remains in NYHA class II. We will see him again in three months with repeat U&Es beforehand.",
        "Yours sincerely,", "Mr R. Batra, Consultant Cardiologist", "cc: patient"])
    t.person(p, "dob", "nhs", "hosp", "addr"); t.subjects = 1; t.cats = {"health"}
    t.ignore_name("R. Batra"); t.ignore_name("Whitworth")
    body = f"""Hi IG team,

I need to report an error. This morning I emailed the attached clinic letter to what I thought was the patient's own address (he'd asked for a copy by email) but I typed the address from the referral form and it looks like it was wrong - it went to {wrong} and not to the address on PAS.

Nothing has bounced and I have had no reply. I've emailed the address asking them to delete it. I have not rung the patient yet - should I?

Original below and attached.

Thanks
{rep.sig(3)}

"""
    inner = "Dear Mr Asante-Mensah,\n\nAs requested please find attached a copy of your clinic letter from 17 November.\n\nKind regards\nGillian"
    body += fwd_block("outlook", f"Ormerod Gillian <{rep.email}>", f"'{wrong}'", "Your clinic letter", when(24, 9, 41), inner)
    m = outer(rep, "Letter sent to wrong email address - cardiology", when(24, 11, 2), body)
    attach(m, f"Clinic letter {p.last.upper()} 171126.docx", letter)
    t.tags = ["docx", "inline_outlook"]
    t.grade(3, 3, ["cardiology clinic letter with NHS number and diagnosis", "sent to an unknown external gmail address", "no containment confirmed"])
    return m


@case
def c02(t):
    """discharge summary pdf to wrong GP, nhs.net, contained"""
    t.scenario = "discharge_summary_wrong_gp_pdf"
    rep = fresh("clerk").register(t); mbox(t)
    p = Person("Eluned", "Pritchard", "leeds", 1938, 1950, female=True)
    p.hosp = f"A{R.randint(1000000, 9999999)}"
    gp = "kirkgate.surgery@nhs.net"; t.ignore("email_address", gp)
    pdf = make_pdf([
        "Airedale and Wharfe NHS Foundation Trust", "INPATIENT DISCHARGE SUMMARY", "",
        f"Patient: PRITCHARD, Eluned ({p.title})", f"Date of birth: {p.dob:%d.%m.%Y}", f"NHS number: {p.nhs}",
        f"MRN: {p.hosp}", f"Address: {p.street}, {p.town} {p.pc}", "",
        "Admitted: 09/11/2026   Discharged: 21/11/2026   Ward 14 (Elderly Care)",
        "Diagnosis: community acquired pneumonia; acute kidney injury stage 1 (resolved)",
        "Medication changes: amoxicillin completed; ramipril withheld - GP to review U&E in 1 week",
        "Follow up: chest X-ray in 6 weeks", "", "Discharging clinician: Dr S. Haworth, FY2"])
    t.person(p, "dob", "nhs", "hosp", "addr"); t.subjects = 1; t.cats = {"health"}
    t.ignore_name("S. Haworth")
    body = f"""hi

discharge summary for bed 6 went to kirkgate surgery instead of kirkgate medical centre (similar names on the drop down). kirkgate surgery rang us at 2pm said they have deleted it and not opened the attachment properly just saw the name. its been resent to the correct practice

sorry
shannon
ward 14 ext 4511

"""
    body += fwd_block("nhsmail", "PICKLES, Shannon (AIREDALE AND WHARFE NHS FOUNDATION TRUST)", gp, "Discharge summary", when(21, 15, 10), "Please find attached discharge summary for your patient.\n\nWard 14")
    m = outer(rep, "wrong gp", when(22, 14, 25), body)
    attach(m, f"DS_{p.hosp}.pdf", pdf)
    t.tags = ["pdf", "inline_nhsmail", "lowercase_reporter"]
    t.grade(3, 2, ["discharge summary with diagnosis and NHS number", "sent to another GP practice on nhs.net (trusted)", "recipient confirmed deletion (already at floor 2)"])
    return m


@case
def c03(t):
    """discharge summary in body to namesake's personal email, hurried"""
    t.scenario = "discharge_summary_namesake_external"
    rep = Staff("Kelly-Ann Burrows", "HCA", "Ward 7, Riverside General", "kellyann.burrows@nhs.net", None).register(t); mbox(t)
    p = Person("Agnieszka", "Kowalska", "birmingham", 1980, 1992, female=True)
    wrong = "agnieszka.kowalska@wp.pl"; t.ignore("email_address", wrong)
    t.person(p, "dob", "nhs", "phone"); t.subjects = 1; t.cats = {"health", "reproductive_health"}
    inner = f"""DISCHARGE LETTER - Gynaecology Ward 7

KOWALSKA Agnieszka
dob {p.dob:%d/%m/%y}  nhs {p.nhs}
tel {p.phone}

Procedure: laparoscopic management of ectopic pregnancy (right salpingectomy) 19/11/2026
Discharged home 20/11/2026. Anti-D given. Sick note 2 weeks.
Please repeat serum hCG in 7 days at GP surgery.
"""
    body = f"""sent pt discharge letter to wrong agnieszka kowalska, picked her email from the old record there are two with same name. different dob. the other lady emailed back asking what this is. what do i do now

""" + fwd_block("gmail", f"Kelly-Ann Burrows <{rep.email}>", f"{wrong}", "Your discharge letter", when(20, 16, 2), inner)
    body += "\n\nkelly-ann"
    m = outer(rep, "wrong patient emailed!!", when(20, 18, 40), body)
    t.tags = ["inline_gmail", "surname_forename", "polish_name", "no_punctuation"]
    t.grade(4, 3, ["reproductive health (ectopic pregnancy) about an identified person", "sent to a member of the public at an external address", "recipient replied; no deletion confirmed"])
    return m


@case
def c04(t):
    """psychiatry clinic letter to wrong patient via post, reported by patient"""
    t.scenario = "mental_health_letter_wrong_address"
    rep = fresh("mh").register(t); mbox(t)
    p = Person("Callum", "Fenwick", "newcastle", 1985, 1999, female=False)
    rec = Person("Deborah", "Nattrass", "newcastle")
    t.ignore_name(rec.name); t.ignore("email_address", rec.email)
    t.person(p, "dob", "nhs", "addr"); t.subjects = 1; t.cats = {"health", "mental_health"}
    complaint = f"""To whom it may concern

I have today received a letter in the post addressed to a Callum Fenwick at my address ({rec.street}). I have lived here 6 years and don't know him.
I opened it as it was addressed to "The Occupier" on the envelope window. It is from your psychiatrist and talks about his medication (clozapine) and his stay on a ward and his paranoid thoughts. The letter says his date of birth is {p.dob:%-d %B %Y} and has an NHS number {fmt_nhs(p.nhs, 1)}.
The letter also gives an address for him of {p.street}, {p.town} {p.pc} which is a few streets away.

I think this is really not on. What are you going to do about it? I have the letter here.

Deborah Nattrass"""
    body = f"""Dear IG,

Forwarding a complaint that came into the team inbox from a member of the public. It looks like our outpatient letter for one of our service users was printed with the wrong address line (the house number from the previous entry). I've asked Mrs Nattrass if we can collect the letter; awaiting a reply.

Callum is known to EIP. His care coordinator has been told.

Harriet

{rep.sig(1)}

""" + fwd_block("apple", f"Deborah Nattrass <{rec.email}>", "cmht.north@nhs.net", "Letter sent to wrong house", when(26, 19, 5), complaint)
    t.ignore("email_address", "cmht.north@nhs.net")
    m = outer(rep, "FW: Letter sent to wrong house", when(27, 9, 12), body)
    t.tags = ["inline_apple", "posted_letter", "dob_in_prose"]
    t.grade(4, 3, ["mental health (psychosis, clozapine) about an identified person", "letter delivered to and read by a member of the public", "letter not yet recovered"])
    return m


@case
def c05(t):
    """GP repeat prescription reply sent to wrong patient"""
    t.scenario = "gp_repeat_prescription_wrong_patient"
    rep = fresh("gprec").register(t); mbox(t)
    p = Person("Mohammed", "Iqbal", "birmingham", 1955, 1970, female=False)
    other = Person("Mohammed", "Iqbal", "birmingham")
    t.ignore("email_address", other.email); t.ignore_name("Imran Qureshi")
    t.name(p.name)
    t.add("date_of_birth", p.dob.isoformat()); t.add("nhs_number", p.nhs); t.add("address", p.addr1); t.add("postcode", p.pc)
    t.subjects = 1; t.cats = {"health"}
    inner = f"""Dear Mr Iqbal

Your repeat prescription request has been approved by Dr Chaudhry and sent electronically to Boots, Soho Road.

Patient: Mohammed Iqbal
Date of birth: {p.dob:%d-%b-%Y}
NHS No: {p.nhs}
Address: {p.street}, {p.town}, {p.pc}

Items issued:
 - Metformin 500mg tablets, 2 twice daily (112)
 - Gliclazide 80mg tablets, 1 twice daily (56)
 - Atorvastatin 20mg, 1 at night (28)
 - Sertraline 50mg, 1 daily (28)

Your diabetes review is overdue - please book with the practice nurse.

Brook Lane Surgery"""
    t.cats.add("mental_health")
    body = f"""Hello,

Reporting as asked by Imran. We have two patients called Mohammed Iqbal. I replied to the e-consult for one of them using the email address stored on the other one's record ({other.email}). The second Mr Iqbal phoned to say he got someone else's prescription details. He was fine about it and said he'd delete it but I couldn't get him to confirm in writing.

Copy below.

Tasha
Brook Lane Surgery | 0121 496 0244

""" + fwd_block("outlook", f"Brook Lane Surgery <{rep.email}>", other.email, "Repeat prescription request", when(12, 10, 5), inner)
    m = outer(rep, "Prescription email to wrong Mr Iqbal", when(12, 15, 30), body)
    t.ignore_name("Chaudhry")
    t.tags = ["inline_outlook", "namesake", "south_asian_name"]
    t.grade(4, 3, ["medication list incl. sertraline (mental health) and diabetes, with NHS number", "sent to a different patient's personal e-mail (external)", "deletion only stated by phone, not confirmed in writing - treated as not contained"])
    return m


@case
def c06(t):
    t.scenario = "gp_results_wrong_patient_contained"
    rep = fresh("gpmgr").register(t); mbox(t)
    p = Person("Siobhan", "O'Donoghue", "sheffield", 1962, 1975, female=True)
    wrong = "shiv.odonnell@outlook.com"; t.ignore("email_address", wrong)
    t.person(p, "dob", "nhs", "phone"); t.subjects = 1; t.cats = {"health"}
    html = f"""<html><body><p>Dear Ms O'Donoghue,</p>
<p>Dr Lindqvist has reviewed your recent blood tests (taken 02/11/2026) and asked us to send you the results:</p>
<table border=1><tr><th>Pt</th><td>Siobhan O'Donoghue</td></tr><tr><th>D.O.B</th><td>{p.dob:%d %b %Y}</td></tr>
<tr><th>NHS</th><td>{fmt_nhs(p.nhs, 2)}</td></tr><tr><th>Mobile</th><td>{p.phone}</td></tr></table>
<ul><li>HbA1c 52 mmol/mol (raised)</li><li>eGFR &gt;90</li><li>TSH 7.9 mU/L (raised)</li></ul>
<p>Please book a telephone appointment to discuss starting levothyroxine.</p><p>Hillside Medical Practice</p></body></html>"""
    body = f"""Dear IG,

For logging please. Our receptionist sent results to an old email address (one letter different). The recipient replied the same afternoon - see below - confirming she has deleted it and did not share it. I'd like to record it as contained.

Thanks, Imran

{rep.sig(0)}

-------- Original Message --------
Subject: RE: Your blood test results
From: Shiv O'Donnell <{wrong}>
To: Hillside Medical Practice <{rep.email}>

Hi, I think this isn't for me - I'm not a patient of yours. I've deleted it and haven't shown anyone. Shiv

"""
    m = outer(rep, "Results e-mailed to incorrect address - contained", when(4, 17, 3), body)
    inner = inner_msg(f"Hillside Medical Practice <{rep.email}>", wrong, "Your blood test results", when(4, 11, 15),
                      "Please view this message in HTML.", html=html)
    m.add_attachment(inner)
    t.ignore_name("Shiv O'Donnell"); t.ignore_name("Lindqvist")
    t.tags = ["html_table", "rfc822", "irish_name", "contained"]
    t.grade(3, 2, ["blood results (HbA1c, TSH) with NHS number", "external recipient", "recipient confirmed deletion in writing (likelihood 3 -> 2)"])
    return m


@case
def c07(t):
    t.scenario = "gp_referral_wrong_trust_nhsnet"
    rep = Staff("Priya Venkataraman", "Secretary", "Meadowbank Health Centre", "priya.venkataraman1@nhs.net", "0117 496 0612").register(t); mbox(t)
    p = Person("Gareth", "Llewellyn", "bristol", 1948, 1960, female=False)
    wrong = "nbt.2ww.colorectal@nhs.net"; t.ignore("email_address", wrong)
    t.person(p, "dob", "nhs", "addr", "phone"); t.subjects = 1; t.cats = {"health"}
    inner = f"""URGENT SUSPECTED CANCER REFERRAL - LOWER GI

Name:        Gareth LLEWELLYN
Born:        {p.dob:%d/%m/%Y}
NHS Number:  {fmt_nhs(p.nhs, 1)}
Address:
  {p.street}
  {p.town}
  {p.pc}
Contact tel: {p.phone}

FIT 148 ug/g. Change in bowel habit 8 weeks, weight loss 5kg, iron deficiency anaemia (Hb 98).
PMH: T2DM, AF on apixaban.

Referrer: Dr Hollis, Meadowbank Health Centre"""
    t.ignore_name("Hollis")
    body = f"""Hi,

I sent a 2WW referral to the colorectal inbox at the wrong hospital (North Bristol instead of UH Bristol & Weston). They have forwarded it on to the right place and deleted their copy. Datix is W123557.

Priya

""" + fwd_block("outlook", f"VENKATARAMAN, Priya (MEADOWBANK HEALTH CENTRE) <{rep.email}>", wrong, "2WW referral", when(9, 12, 1), inner)
    m = outer(rep, "2ww referral sent to wrong trust", when(9, 16, 44), body)
    t.tags = ["inline_outlook", "address_block", "welsh_name", "decoy_datix"]
    t.grade(3, 2, ["cancer referral with NHS number", "stayed within nhs.net", "forwarded on and deleted by recipient"])
    return m


@case
def c08(t):
    t.scenario = "gp_flu_list_csv_external"
    rep = fresh("gpmgr").register(t); mbox(t)
    first = ["Margaret", "Dorothy", "Arthur", "Wai Ling", "Rajesh", "Brenda", "Fiona", "Olumide", "Pauline", "Stanislaw",
             "Eileen", "Derek", "Hamza", "Gwen", "Norman", "Yetunde", "Ivy", "Sean", "Zofia", "Keith", "Joyce", "Tariq",
             "Maureen", "Colin", "Anjali", "Barry", "Hilda", "Chen", "Rita", "Desmond", "Aoife", "Kenneth", "Ngozi", "Roy", "Iris"]
    last = ["Hebblethwaite", "Crossley", "Batty", "Cheung", "Patel", "Booth", "Murray", "Adebayo", "Womersley", "Nowak",
            "Garside", "Fretwell", "Malik", "Rees", "Staniforth", "Okonkwo", "Lumb", "Gallagher", "Wisniewska", "Swales", "Hinchliffe", "Hussain",
            "Beever", "Hepworth", "Sharma", "Dyson", "Thackray", "Zhang", "Ackroyd", "Mensah", "Brennan", "Priestley", "Eze", "Bamforth", "Kaye"]
    conds = ["COPD", "Asthma", "Diabetes", "CKD 3", "Chronic heart disease", "Immunosuppressed", "Over 65", "Carer", "Learning disability"]
    rows = []
    for f, l in zip(first, last):
        p = Person(f, l, "sheffield", 1935, 1990)
        rows.append([f"{l.upper()}, {f}", p.dob.strftime("%d/%m/%Y"), p.phone, R.choice(conds), R.choice(["Y", "N", ""])])
        t.person(p, "dob", "phone")
    t.subjects = len(rows); t.cats = {"health", "reproductive_health"} if any(r[3] == "Pregnant" for r in rows) else {"health"}
    data = make_csv(["Patient", "DOB", "Contact", "Eligibility", "Booked"], rows)
    ppg = "hillsideppg.chair@gmail.com"; t.ignore("email_address", ppg); t.ignore_name("Sue")
    body = f"""Morning,

I'm afraid I have to report one of my own. Last night I meant to send our flu clinic call list to our volunteer co-ordinator (nhs.net) so she could ring people on Saturday. Outlook autocompleted to the Patient Participation Group chair's personal gmail instead. He is a retired patient volunteer, not staff, no confidentiality agreement.

I have phoned him - he hasn't opened it yet, he says, and will delete it, but he's away until Monday so I can't get written confirmation.

The file has {len(rows)} patients with DOB, phone and their eligibility reason (some are "Pregnant", "Learning disability" etc).

Imran Qureshi
Practice Manager

"""
    body += fwd_block("gmail", f"Imran Qureshi <{rep.email}>", f"Hillside PPG <{ppg}>", "Saturday flu clinic list", when(2, 21, 7), "Hi Sue, list attached for Saturday. Ta, Imran")
    m = outer(rep, "Flu list sent to PPG chair by mistake", when(3, 8, 15), body)
    attach(m, "flu_sat_calllist.csv", data)
    t.tags = ["csv", "surname_comma_forename", "no_health_number"]
    t.grade(3, 3, [f"{len(rows)} patients with DOB, phone and eligibility conditions", "sent to an external personal gmail", "deletion promised verbally only"])
    return m


RES_F = ["Edith", "Winifred", "Albert", "Harold", "Mavis", "Gladys", "Stanley", "Phyllis", "Leonard", "Muriel", "Ernest",
         "Beryl", "Cyril", "Doreen", "Wilfred", "Enid", "Reginald", "Olive", "Clifford", "Vera", "Sidney", "Elsie", "Kathleen",
         "Bronwen", "Gurdev", "Teodor", "Mairead", "Lionel"]
RES_L = ["Tidball", "Fairclough", "Pocock", "Ashworth", "Greaves", "Lockwood", "Penhaligon", "Trembath", "Mountjoy", "Pugsley",
         "Dimmock", "Huxtable", "Stallard", "Corfield", "Wakeham", "Babbage", "Gillard", "Chivers", "Rendell", "Tucker",
         "Vowles", "Clatworthy", "Hembrow", "Pryce", "Sandhu", "Kaczmarek", "Ní Bhriain", "Esterhuizen"]
NOK_F = ["Julie", "Mark", "Susan", "Paul", "Karen", "Andrew", "Tracey", "Ian", "Deborah", "Gary", "Nicola", "Stephen", "Helen",
         "Darren", "Lisa", "Neil", "Amanda", "Craig", "Joanne", "Simon", "Angela", "Martin", "Claire", "Rhodri", "Harpreet", "Marek",
         "Niamh", "Pieter"]
NOK_REL = ["Daughter", "Son", "Niece", "Nephew", "Wife", "Husband", "Friend", "Granddaughter", "Son-in-law"]


@case
def c09(t):
    t.scenario = "care_home_resident_nok_xlsx_external"
    rep = fresh("carehome").register(t); mbox(t)
    rows, meds = [], []
    for i, (f, l) in enumerate(zip(RES_F, RES_L)):
        p = Person(f, l, "bristol", 1926, 1945)
        nf = NOK_F[i]; nl = l if R.random() < 0.6 else R.choice(["Harris", "Coombes", "Bishop", "Wiltshire", "Gill", "Novak", "Walsh"])
        nok = Person(nf, nl, "bristol", 1950, 1985)
        rel = R.choice(NOK_REL)
        rows.append([f"Rm {i + 1}", f"{f} {l}", p.dob.strftime("%d/%m/%Y"), fmt_nhs(p.nhs, 1), R.choice(["Dementia (Alzheimer's)", "Vascular dementia", "Parkinson's", "Post-stroke", "Frailty", "Diabetes, insulin"]),
                     R.choice(["DNACPR in place", "For CPR", "ReSPECT form"]), f"{nf} {nl} ({rel})", nok.phone, nok.email])
        t.person(p, "dob", "nhs"); t.person(nok, "phone", "email")
        meds.append([f"{f} {l}", R.choice(["Donepezil 10mg", "Memantine 20mg", "Co-careldopa", "Insulin glargine 14u", "Apixaban 5mg"]), R.choice(["08:00", "12:00", "20:00"])])
    t.subjects = 2 * len(rows); t.cats = {"health"}
    data = make_xlsx([("Residents", ["Room", "Resident", "DOB", "NHS No", "Diagnosis", "Resus", "NOK", "NOK phone", "NOK email"], rows),
                      ("MAR summary", ["Resident", "Medication", "Time"], meds),
                      ("Notes", None, [["Printed for agency induction - do not remove from building"]])])
    wrong = "bookings@sparkleclean-bristol.co.uk"; t.ignore("email_address", wrong)
    body = f"""Dear Sir/Madam

I am writing to report a data breach at Larchfield House. On Friday afternoon our deputy manager sent the resident information workbook, meant for the new agency (Carewise Staffing), to our window cleaning contractor because both start with "b" in her contacts (bookings@...). The workbook has all {len(rows)} residents, their dates of birth, NHS numbers, diagnoses and resuscitation status, and the next of kin names, phone numbers and email addresses.

We have rung Sparkle Clean twice and left a message. No reply yet.

I have informed the CQC relationship owner. Please advise if we need to tell the families.

Yours faithfully

{rep.sig(3)}
"""
    m = outer(rep, "Data breach - resident list sent to contractor", when(16, 9, 20), body)
    inner = inner_msg("Larchfield House Deputy <deputy@larchfieldhouse.co.uk>", wrong, "Resident info for induction", when(13, 15, 48),
                      "Hi, as discussed here is the resident info for Monday's induction shifts.\nThanks\nMel", attachments=[("Larchfield residents Nov26.xlsx", data)])
    t.ignore("email_address", "deputy@larchfieldhouse.co.uk"); t.ignore_name("Mel")
    m.add_attachment(inner)
    t.tags = ["xlsx", "multi_sheet", "two_people_per_row", "rfc822", "vulnerable_adults"]
    t.grade(3, 3, ["care home residents (vulnerable adults) with NHS numbers, diagnoses and DNACPR status, plus next of kin contact details",
                   "sent to an external contractor", "no containment yet"])
    return m


@case
def c10(t):
    t.scenario = "care_home_nok_csv_to_relative"
    rep = Staff("Marcia Campbell-Reid", "Administrator", "Holly Bank Lodge", "admin@hollybanklodge.org.uk", "0161 496 0915").register(t); mbox(t)
    rows = []
    names = [("Joan", "Worrall"), ("Frank", "Bamber"), ("Mary", "Ó Súilleabháin"), ("Patrick", "Devine"), ("Lilian", "Entwistle"),
             ("Hugh", "Partington"), ("Amina", "Begum"), ("Audrey", "Sowerbutts"), ("Jim", "Duckworth"), ("Iris", "Nuttall"),
             ("Wladyslaw", "Mazur"), ("Betty", "Haworth"), ("Thomas", "Kenyon"), ("Nellie", "Greenwood"), ("Bernard", "Ogden"),
             ("Sheila", "Crompton"), ("Ali", "Rahman"), ("Constance", "Pilkington"), ("George", "Sutcliffe"), ("Annie", "Whittle")]
    nokf = ["Carol", "Brian", "Siobhan", "Kieran", "Wendy", "Graham", "Shamima", "Lorraine", "Dave", "Pam", "Ewa", "Sandra",
            "Phil", "Janet", "Keith", "Alison", "Rubina", "Hilary", "Trevor", "Gail"]
    for (f, l), nf in zip(names, nokf):
        r = Person(f, l, "manchester", 1928, 1944)
        nok = Person(nf, l if R.random() < 0.5 else R.choice(["Hughes", "Leach", "Hart", "Kowalczyk"]), "manchester", 1950, 1980)
        nok.phone = R.choice([f"07700 900{R.randint(0, 999):03d}", f"07700900{R.randint(0, 999):03d}", f"+44 7700 900{R.randint(0, 999):03d}", f"0161 496 0{R.randint(0, 999):03d}"])
        alert = R.choice(["Dementia", "", "Diabetic", "Falls risk"])
        if f == "Annie":  # the recipient's own mother: the row the body talks about
            nok.last, alert = "Whittle", "Catheter"
        rows.append([f"{l.upper()} {f}", r.dob.strftime("%-d.%-m.%Y"), f"{nok.first} {nok.last}", nok.phone, R.choice(["Y", "N"]), alert])
        t.person(r, "dob"); t.person(nok, "phone")
    t.subjects = 2 * len(rows); t.cats = {"health"}
    data = make_csv(["Resident", "D.O.B", "NOK", "NOK Tel", "POA", "Alerts"], rows)
    rel = "gail.whittle@btinternet.com"
    body = f"""Hi

One of our daughters (Gail Whittle, daughter of Annie in room 20) asked for the Christmas party invite list. I sent her the whole NOK contact sheet instead of just the invitation. She emailed back to tell us. She's a bit upset her mum's 'catheter' note is on there for everyone to see. She says she'll delete it but I've not had that in writing.

Attached is the list that went.

Marcia
Holly Bank Lodge
0161 496 0915"""
    m = outer(rep, "sent wrong list to a relative", when(30, 13, 5), body)
    attach(m, "NOK_contacts_2026.csv", data)
    # the recipient is herself a next of kin on the list: she stays a data subject
    t.tags = ["csv", "surname_forename_caps", "two_people_per_row", "phone_formats", "irish_name"]
    t.grade(3, 3, ["residents' DOBs and health alerts plus next of kin phone numbers", "sent to a relative's personal e-mail (external)", "deletion not confirmed in writing"])
    return m


@case
def c11(t):
    t.scenario = "care_home_handover_sheet_lost"
    rep = Staff("Ewan Doherty", "Senior Carer (night)", "Alder Court Nursing Home", "alder.court@nhs.net", None).register(t); mbox(t)
    people = [Person("Doris", "Hepplewhite", "newcastle", 1930, 1940, female=True), Person("Raymond", "Charlton", "newcastle", 1932, 1942, female=False),
              Person("Sadie", "Armstrong", "newcastle", 1929, 1939, female=True), Person("Jaswant", "Kaur", "newcastle", 1936, 1946, female=True),
              Person("Billy", "Robson", "newcastle", 1940, 1945, female=False)]
    for p in people:
        t.person(p)
    t.subjects = 5; t.cats = {"health"}
    body = f"""To the breach inbox,

Last night (about 07:15) I think I dropped the night handover sheet at the bus stop on the Westgate Road after my shift. It was folded in my tunic pocket and was gone when I got home. I went back and it wasn't there.

It listed 5 of the residents on the top floor, first names and surnames and room numbers and a line each:
Doris Hepplewhite - rm 21 - end of life, syringe driver, family visiting
Raymond Charlton - rm 22 - new pressure sore sacrum grade 3
sadie armstrong - 23 - UTI on trimethoprim, agitated at night
Jaswant Kaur - 24 - nil by mouth after 00:00, hosp appt RVI 10am
Billy Robson - 25 - fall 03:00, no injury, obs

No dates of birth or NHS numbers were on it. The home's name was printed at the top.

Sorry, Ewan (night senior)"""
    m = outer(rep, "lost handover sheet", when(6, 8, 55), body)
    t.tags = ["lost_paper", "names_in_prose", "lowercase_name", "no_health_number"]
    t.grade(3, 3, ["names of 5 vulnerable residents with clinical notes", "paper lost in a public place", "not recovered"])
    return m


GROUP_NAMES = [("Daniel", "Okoro"), ("Jamie", "Whitfield"), ("Luis", "Carvalho"), ("Ben", "Ashdown"), ("Tomasz", "Zielinski"),
               ("Marcus", "Oyelaran"), ("Rhys", "Bevan"), ("Aiden", "Fitzgerald"), ("Wei", "Chen"), ("Kofi", "Boateng"),
               ("Sam", "Hargreaves"), ("Oliver", "Pennington"), ("Arjun", "Mehta"), ("Connor", "McBride"), ("Ryan", "Tsang"),
               ("Ashley", "Moreau"), ("Jordan", "Ellis-Brown"), ("Callum", "Iredale"), ("Nathan", "Osei"), ("Euan", "Gunn"),
               ("Matteo", "Rossi"), ("Dylan", "Pryce"), ("Femi", "Adeyinka"), ("Leon", "Baptiste"), ("Harvey", "Quinlan"),
               ("Kieran", "Doyle"), ("Imran", "Siddiqui"), ("Theo", "Vasquez"), ("Alfie", "Brannigan"), ("Jonah", "Whitlock")]


def group_addrs(n, named_share=0.6):
    out = []
    for f, l in GROUP_NAMES[:n]:
        style = R.random()
        dom = R.choice(["gmail.com", "hotmail.com", "yahoo.co.uk", "outlook.com", "icloud.com", "protonmail.com", "live.co.uk"])
        if style < 0.35:
            addr = f"{f.lower()}.{l.lower().replace('-', '')}@{dom}"
        elif style < 0.6:
            addr = f"{f[0].lower()}{l.lower().replace('-', '')}{R.randint(70, 99)}@{dom}"
        else:
            addr = f"{R.choice(['sunny', 'blue', 'citylad', 'gym', 'zest', 'night', 'moon'])}{R.choice(['fox', 'runner', 'x', 'boy', 'bear'])}{R.randint(1, 999)}@{dom}"
        named = R.random() < named_share
        out.append((f"{f} {l}", addr, named))
    return out


@case
def c12(t):
    t.scenario = "to_not_bcc_sexual_health_hiv_newsletter"
    rep = fresh("shs").register(t); mbox(t)
    g = group_addrs(30)
    sender = "hivsupport.newsletter@example.nhs.uk"; t.ignore("email_address", sender)
    to = ", ".join(f'"{n}" <{a}>' if named else a for n, a, named in g)
    for n, a, named in g:
        t.add("email_address", a)
        if named:
            t.name(n)
    t.subjects = len(g); t.cats = {"health", "sexual_health"}
    inner = inner_msg(f"Positive Living Clinic <{sender}>", to, "Positive Living - December newsletter", when(27, 18, 30),
                      "Dear all,\n\nWelcome to the December newsletter from the Positive Living HIV clinic.\n\n"
                      "- Clinic hours over Christmas\n- Reminder: bring your antiretroviral meds list to your 6-monthly review\n"
                      "- New peer support group for men newly diagnosed with HIV, first Tuesday of the month\n\n"
                      "Best wishes\nThe Positive Living team")
    body = f"""IG,

URGENT. Tonight's newsletter from the HIV clinic went out with all {len(g)} recipients in the To field instead of Bcc. Everyone on the list can see everyone else's address, and the newsletter is plainly for HIV patients. Some of the addresses show full names. I've tried recalling it (doesn't work for external addresses) and we've already had two patients ringing the out-of-hours line in distress.

The original as received is attached so you can see the header.

Tom
{rep.sig(1)}"""
    m = outer(rep, "URGENT - HIV newsletter sent with addresses visible (To not Bcc)", when(27, 20, 11), body)
    m.add_attachment(inner)
    t.tags = ["rfc822", "to_not_bcc", "recipients_are_subjects", "display_names"]
    t.grade(4, 3, ["recipients' e-mail addresses disclosed to each other in an HIV clinic mailing (sexual health)", "external personal addresses", "recall failed"])
    return m


@case
def c13(t):
    t.scenario = "to_not_bcc_mental_health_group"
    rep = fresh("mh").register(t); mbox(t)
    names = [("Rebecca", "Allinson"), ("Chloe", "Marsden"), ("Katie", "Ng"), ("Hannah", "Dunleavy"), ("Amira", "Haddad"),
             ("Sophie", "Gowland"), ("Ellie", "MacAskill"), ("Grace", "Oduya"), ("Lucy", "Tierney"), ("Megan", "Fairbairn"),
             ("Zara", "Kapoor"), ("Beth", "Wardle"), ("Jess", "Ferreira"), ("Nadia", "Kowalczyk")]
    g = []
    for f, l in names:
        a = R.choice([f"{f.lower()}{l.lower()}@gmail.com", f"{f.lower()}.{l[0].lower()}{R.randint(1, 99)}@hotmail.co.uk", f"{l.lower()}{f[0].lower()}@yahoo.com"])
        g.append((f, l, a))
    lead = "bn.eatingdisorders@nhs.net"; t.ignore("email_address", lead)
    to_line = "; ".join(f"{f} {l} <{a}>" if i % 3 else a for i, (f, l, a) in enumerate(g))
    for i, (f, l, a) in enumerate(g):
        t.add("email_address", a)
        if i % 3:
            t.name(f"{f} {l}")
    t.subjects = len(g); t.cats = {"health", "mental_health"}
    inner = """Hi everyone,

Just a reminder that the eating disorder recovery group moves to Room 3 at the Pinewood Centre from next Thursday (6pm). Please remember to do your weight check with your key worker beforehand.

See you there,
Bryony (Assistant Psychologist)"""
    t.ignore_name("Bryony")
    body = f"""Hi,

Reporting on behalf of Bryony in our team. She sent the group reminder below using To instead of Bcc, so all 14 group members can see each other's email addresses. One member has replied-all asking why her email has been given out. Bryony has sent a follow-up asking people to delete it.

Harriet

""" + fwd_block("outlook", f"Eating Disorders Team <{lead}>", to_line, "Group moving to Room 3", when(18, 14, 2), inner)
    m = outer(rep, "FW: Group moving to Room 3 - To instead of Bcc", when(18, 16, 30), body)
    t.tags = ["inline_outlook", "to_not_bcc", "recipients_are_subjects"]
    t.grade(4, 3, ["membership of an eating-disorder group (mental health) revealed via e-mail addresses", "external personal addresses", "deletion requested, not confirmed"])
    return m


@case
def c14(t):
    t.scenario = "to_not_bcc_prep_reminder_complaint"
    rep = Staff("Lorna Whyte", "Patient Experience Officer", "Example NHS Trust", "lorna.whyte@example.nhs.uk", "020 7946 0990").register(t); mbox(t)
    g = group_addrs(9, named_share=0.0)
    g = [(n, a, False) for n, a, _ in g]
    comp = Person("Adebola", "Ogunleye", "london", 1988, 1996, female=False)
    comp.email = "bola.ogunleye@gmail.com"
    addrs = [comp.email] + [a for _, a, _ in g[:8]]
    for a in addrs:
        t.add("email_address", a)
    t.name(comp.name)
    t.subjects = len(addrs); t.cats = {"health", "sexual_health"}
    body = f"""Forwarding for the breach log. Complaint received via PALS this morning.

Lorna

--- Forwarded message ---
From: Adebola Ogunleye <{comp.email}>
Date: 23 Nov 2026, 08:14
To: PALS <pals@example.nhs.uk>
Subject: Fwd: Your PrEP review is due

I received this from the sexual health clinic. Look at the To line - nine of us, all PrEP users, with our emails on show. I recognise one of the other names from my work. This is completely unacceptable.

Adebola Ogunleye

> From: Sexual Health Bookings <shbookings@example.nhs.uk>
> Date: 22 Nov 2026, 19:02
> To: {', '.join(addrs)}
> Subject: Your PrEP review is due
>
> Your 3-monthly PrEP review (HIV and STI screen, kidney function) is due. Please book online.
"""
    t.ignore("email_address", "pals@example.nhs.uk"); t.ignore("email_address", "shbookings@example.nhs.uk")
    m = outer(rep, "PALS complaint - PrEP reminder sent To not Bcc", when(23, 10, 5), body)
    t.tags = ["nested_forward", "to_not_bcc", "recipients_are_subjects", "bare_addresses"]
    t.grade(4, 3, ["PrEP users' e-mail addresses shown to each other (sexual health)", "external personal addresses", "complainant recognised another recipient"])
    return m


@case
def c15(t):
    t.scenario = "social_media_whiteboard_photo"
    rep = Staff("Wendy Sugden", "Matron, Surgical Division", "Airedale and Wharfe NHS Foundation Trust", "wendy.sugden@nhs.net", "0113 496 0677").register(t); mbox(t)
    ps = [("Bed 1", Person("Alan", "Thwaite", "leeds"), "post lap chole"), ("Bed 2", Person("Parveen", "Akhtar", "leeds"), "NBM - theatre pm"),
          ("Bed 3", Person("Gordon", "Illingworth", "leeds"), "confused, 1:1"), ("Bed 4", Person("Kirsty", "Naylor", "leeds"), "appendicectomy day 1"),
          ("Bed 5", Person("Reg", "Holroyd", "leeds"), "MRSA +ve side room"), ("Bed 6", Person("Ying", "Lau", "leeds"), "awaiting TTOs")]
    for _, p, _ in ps:
        t.person(p)
    t.subjects = len(ps); t.cats = {"health"}
    for _, p, _ in ps:
        t.ignore_name(f"{p.first[0]}. {p.last}")  # board form: the subject by initial
    board = "\n".join(f"  {b}: {p.first[0]}. {p.last.upper()}  [{p.first} {p.last}] - {note}" for b, p, note in ps)
    body = f"""Dear IG team

I've been alerted by a relative that a member of our bank staff posted a "last shift before Christmas" selfie on their public Facebook page on Saturday night. Behind them the ward whiteboard is clearly legible. I have a screenshot (not attaching it here). The board shows (initial and surname on the board; I've added the full names from PAS in brackets):

{board}

The post had 40+ likes and several shares before it was taken down at 09:30 this morning at my request. The staff member has been spoken to.

Regards
Wendy Sugden
Matron"""
    m = outer(rep, "Ward whiteboard visible in Facebook post", when(30, 10, 40), body)
    t.tags = ["social_media", "published", "initial_surname"]
    t.grade(3, 4, ["patients' names with clinical notes on a ward whiteboard", "published on public Facebook and shared", "removed only after shares"])
    return m


@case
def c16(t):
    t.scenario = "social_media_letter_posted"
    rep = fresh("ig").register(t); mbox(t)
    p = Person("Chantelle", "Bramwell", "london", 1996, 2004, female=True)
    p.hosp = f"K{R.randint(1000000, 9999999)}"
    t.person(p, "dob", "nhs", "hosp", "addr"); t.subjects = 1; t.cats = {"health", "reproductive_health"}
    t.ignore_name("Obi Nkechi"); t.ignore_name("Baxter Ruairi")
    reporter_orig = Staff("Nkechi Obi", "Midwifery Matron", "Example NHS Trust", "nkechi.obi@example.nhs.uk", "020 7946 0455").register(t)
    inner = f"""Ruairi,

The patient below came to see me in tears. A letter from our early pregnancy unit confirming her appointment for a surgical termination was delivered to her old flat (we had the old address - {p.street}, {p.town}, {p.pc}). The new tenant photographed it and posted it in a local community Facebook group ("Peckham Neighbours", 12k members) asking if anyone knows her. The photo shows:

Name: Miss Chantelle Bramwell
DOB: {p.dob:%d/%m/%Y}
NHS No: {p.nhs}   Hospital No: {p.hosp}
"Appointment: Surgical management / termination of pregnancy, Day Surgery Unit, 03/12/2026 07:30"

The post is still up (screenshot saved on the shared drive). She has reported it to Facebook. Can you help escalate?

Nkechi"""
    body = f"""Logging this one for the 72-hour clock - started this morning (1 Dec 08:50). Escalating to the DPO and the Caldicott Guardian.

{rep.sig(0)}

""" + fwd_block("outlook", f"Obi Nkechi <{reporter_orig.email}>", f"Baxter Ruairi <{rep.email}>", "Patient letter posted on Facebook", when(31, 8, 50), inner)
    m = outer(rep, "FW: Patient letter posted on Facebook - TOP appointment", when(31, 9, 20), body, to=f"{MAILBOX}, dpo@example.nhs.uk")
    t.ignore("email_address", "dpo@example.nhs.uk")
    t.tags = ["social_media", "published", "ig_forwarding", "inline_outlook"]
    t.grade(4, 4, ["termination of pregnancy appointment (reproductive health) with NHS number", "published in a public Facebook group", "post still live"])
    return m


@case
def c17(t):
    t.scenario = "misuse_recipient_contacted_patient_domestic_abuse"
    rep = fresh("safe").register(t); mbox(t)
    p = Person("Leanne", "Marchetti", "london", 1990, 1998, female=True)
    child = Person("Kai", "Marchetti", "london", 2019, 2021, female=False)
    ex = "Dean Coulter"; t.ignore_name(ex)
    p.street2 = f"Flat {R.randint(1, 30)}, {R.randint(2, 90)} Priory Walk"
    t.person(p, "dob", "nhs", "phone"); t.person(child, "dob", "nhs"); t.subjects = 2
    t.add("address", f"{p.street2.replace(chr(44), chr(32)).replace(chr(32)+chr(32), chr(32))}, London, {p.pc}"); t.add("postcode", p.pc)
    t.cats = {"health", "safeguarding"}
    body = f"""Dear DPO,

Serious incident - please treat as urgent.

On 25/11 our health visiting team sent a copy of the 2-year review letter for Kai Marchetti (DOB {child.dob:%d/%m/%Y}, NHS {fmt_nhs(child.nhs, 1)}) to the father's address instead of only the mother's. The record was flagged: the father, {ex}, is subject to a non-molestation order and mum and Kai moved to a refuge-arranged address last month. The letter carried the new address: {p.street2}, London, {p.pc}.

Mum, Leanne Marchetti (DOB {p.dob:%d.%m.%Y}, NHS {p.nhs}, mobile {p.phone}), rang this morning: Mr Coulter turned up outside the new flat last night and has sent her threatening texts saying "I know where you are now". Police are involved (ref CAD 4471 29/11). She and Kai are being moved again.

The letter also mentioned the domestic abuse referral to MARAC and Kai's speech delay.

Adaeze Okafor
Named Nurse Safeguarding Children
Tel 020 7946 0322"""
    m = outer(rep, "SERIOUS - letter to perpetrator, victim contacted", when(30, 11, 15), body)
    t.tags = ["misuse", "safeguarding", "child_dob", "flat_address"]
    t.grade(4, 5, ["safeguarding / domestic abuse details and a refuge address for a mother and child", "the recipient used the address to contact and threaten the victim (misuse occurred)", "not containable"])
    return m


@case
def c18(t):
    t.scenario = "misuse_recipient_harassed_patient_instagram"
    rep = Staff("Gavin Trelawny", "Emergency Department Manager", "Royal Cornwall Hospitals NHS Trust", "gavin.trelawny@nhs.net", "0117 496 0302").register(t); mbox(t)
    p = Person("Tegan", "Rowe", "bristol", 1999, 2005, female=True)
    p.pc = "TR1 3LQ"; p.town = "Truro"
    p.hosp = f"RCH{R.randint(100000, 999999)}"
    wrong = "jake.penrose77@gmail.com"; t.ignore("email_address", wrong); t.ignore_name("Jake Penrose")
    t.person(p, "dob", "nhs", "hosp", "pc", "email"); t.subjects = 1; t.cats = {"health", "substance_misuse", "mental_health"}
    inner = f"""ED attendance summary

Patient: Tegan ROWE    Hosp no {p.hosp}
DOB: {p.dob.strftime('%-d %B %Y')}    NHS: {fmt_nhs(p.nhs, 0)}
Postcode {p.pc}   Email on file {p.email}
Attended 14/11/2026 02:10 brought by ambulance. Alcohol intoxication and deliberate overdose (paracetamol 16 tabs). NAC started. Seen by liaison psychiatry - referred to community alcohol team.
"""
    body = f"""Hi

Our ED receptionist emailed an attendance summary to the patient at her request but typed the address of a contact in the notes field (an ex-boyfriend listed as "who brought her in" on a previous attendance). Since then he has been posting screenshots of it in Instagram stories and messaging her about it. The patient came in with her mum yesterday to complain. She's very distressed.

""" + fwd_block("gmail", "RCHT ED Reception <rcht.edreception@nhs.net>", wrong, "Your ED attendance summary", when(15, 10, 4), inner)
    t.ignore("email_address", "rcht.edreception@nhs.net")
    body += f"\n\nGavin\n{rep.role}\n{rep.phone}"
    m = outer(rep, "ED summary sent to ex-partner - being used to harass", when(28, 9, 0), body)
    t.tags = ["misuse", "published", "inline_gmail", "letter_prefixed_hospital_number"]
    t.grade(4, 5, ["overdose and alcohol (substance misuse, mental health) about an identified person", "recipient used it to harass the patient and posted it on Instagram (misuse occurred)"])
    return m


@case
def c19(t):
    t.scenario = "scotland_chi_letter_external"
    rep = fresh("nhsscot").register(t); mbox(t)
    p = Person("Morag", "MacKinnon", "inverness", 1944, 1958, female=True)
    q = Person("Alasdair", "Mac an t-Saoir", "inverness", 1970, 1980, female=False)
    wrong = "morag.mck@btinternet.com"; t.ignore("email_address", wrong)
    t.person(p, "dob", "chi", "addr"); t.person(q, "phone"); t.subjects = 2; t.cats = {"health"}
    letter = f"""Raigmore Hospital - Ophthalmology

Patient: Mrs Morag MacKinnon
CHI: {p.chi[:6]} {p.chi[6:]}
Date of Birth: {p.dob:%d/%m/%Y}
{p.street}
{p.town}
{p.pc}

Wet age-related macular degeneration, left eye. Next intravitreal aflibercept injection 08/12/2026.
Transport: son Alasdair Mac an t-Saoir will bring her (mobile {q.phone}).
"""
    body = f"""Good afternoon,

Please log. An appointment letter was emailed to a patient who has a similar name and email to Mrs MacKinnon. The recipient (not our patient) telephoned the department. I asked her to delete it; she said she would but we have nothing in writing.

Regards
{rep.sig(0)}

""" + fwd_block("outlook", f"NHS Highland Ophthalmology <{rep.email}>", wrong, "Appointment letter", when(19, 13, 30), letter)
    m = outer(rep, "Appt letter emailed to wrong person", when(19, 15, 3), body)
    t.tags = ["scotland", "chi_labelled_chi", "gaelic_name", "address_block"]
    t.grade(3, 3, ["ophthalmology appointment letter with CHI number", "sent to a member of the public", "deletion not confirmed in writing"])
    return m


@case
def c20(t):
    t.scenario = "scotland_chi_as_nhs_number_xlsx"
    rep = fresh("nhsgg").register(t); mbox(t)
    firsts = ["Ishbel", "Hamish", "Kirsty", "Iain", "Fiona", "Donald", "Morven", "Ruaridh", "Eilidh", "Calum", "Mhairi", "Lachlan",
              "Shona", "Angus", "Catriona", "Gregor", "Aileen", "Dougal", "Isla", "Fergus", "Agnes", "Craig", "Zainab", "Piotr", "Jiayi"]
    lasts = ["Campbell", "McLeod", "Stewart", "MacDonald", "Robertson", "Fraser", "Ross", "Munro", "Sinclair", "Cameron", "Grant",
             "Kerr", "Paterson", "Henderson", "McIntyre", "Gillespie", "Baird", "Drummond", "Laing", "Rennie", "Wallace", "Sutherland",
             "Anwar", "Lewandowski", "Zhou"]
    sheets = []
    clinic_days = ["Mon 07 Dec", "Tue 08 Dec", "Wed 09 Dec"]
    n = 0
    for day in clinic_days:
        rows = []
        for _ in range(22):
            f, l = R.choice(firsts), R.choice(lasts)
            p = Person(f, l, "glasgow", 1940, 2005)
            tel = p.phone if R.random() < 0.7 else ""
            rows.append([f"{R.randint(8, 16):02d}:{R.choice(['00', '15', '30', '45'])}", l.upper(), f, p.chi, p.dob.strftime("%d/%m/%Y"), p.pc, tel,
                         R.choice(["New", "Review", "Review - DNA x1"])])
            t.person(p, "chi", "dob", "pc")
            if tel:
                t.add("phone_number", tel)
            n += 1
        sheets.append((day, ["Time", "Surname", "Forename", "NHS number", "DOB", "Postcode", "Tel", "Type"], rows))
    t.subjects = n; t.cats = {"health"}
    # duplicates of names are possible; names list dedups
    data = make_xlsx(sheets + [("Key", None, [["Respiratory outpatients - Gartnavel"], ["Printed by FG"]])])
    wrong = "orders@clydeprintsolutions.co.uk"; t.ignore("email_address", wrong)
    body = f"""Hello IG

The attached clinic lists for next week's respiratory outpatients (3 sheets, {n} patients) were sent in error to our print supplier when I was sending the reminder-letter template. The supplier has a contract with us but isn't meant to receive clinical data. I have asked them to delete.

NB our lists call the CHI "NHS number".

Thanks
Fraser

Fraser Gilchrist | Outpatient Services Co-ordinator
NHS Greater Glasgow and Clyde | 0141 496 0588"""
    m = outer(rep, "Clinic lists sent to print supplier", when(25, 16, 20), body)
    attach(m, "RESP_OP_wc071226.xlsx", data)
    t.tags = ["scotland", "chi_labelled_nhs_number", "xlsx", "multi_sheet"]
    t.grade(3, 3, [f"{n} respiratory outpatients with CHI numbers and dates of birth", "sent to an external supplier", "deletion requested, not confirmed"])
    return m


@case
def c21(t):
    t.scenario = "scotland_camhs_referral_nhsnet"
    rep = Staff("Seonaidh Morrison", "Team Secretary, CAMHS", "NHS Lothian", "seonaidh.morrison@nhs.net", "0131 496 0402").register(t); mbox(t)
    child = Person("Ruairidh", "Mac Leòid", "edinburgh", 2011, 2013, female=False)
    mum = Person("Kirsteen", "MacLeod", "edinburgh", 1978, 1985, female=True)
    wrong = "lothian.adultpsych.referrals@nhs.net"; t.ignore("email_address", wrong)
    t.person(child, "chi", "dob", "addr"); t.person(mum, "phone", "email"); t.subjects = 2
    t.ignore_name("Rory")  # the child's preferred name: neither hit nor false positive
    t.cats = {"health", "mental_health", "safeguarding"}
    inner = f"""CAMHS REFERRAL (RE-DIRECTED)
Child: Ruairidh Mac Leòid (prefers Rory)   NHS number (CHI) {child.chi}
DOB {child.dob:%d %b %Y}   Address: {child.street}, {child.town}, {child.pc}
Parent: Kirsteen MacLeod, mum, {mum.phone}, {mum.email}
Reason: low mood, self-harm (cutting) disclosed at school; school guidance teacher has made a child protection concern.
"""
    body = f"""Sorry to bother you - I sent a CAMHS referral to the adult psychiatry referrals mailbox instead of ours. It's all NHS Lothian / nhs.net. They have deleted it. Do I need to do anything else?

Seonaidh

""" + fwd_block("nhsmail", f"Morrison, Seonaidh <{rep.email}>", wrong, "Referral", when(10, 11, 11), inner)
    m = outer(rep, "Is this a breach? referral to wrong team", when(10, 12, 0), body)
    t.tags = ["scotland", "child", "gaelic_name", "chi_labelled_both", "inline_nhsmail"]
    t.grade(4, 2, ["child's self-harm and child protection concern (mental health, safeguarding) with CHI", "stayed inside nhs.net", "recipient deleted it"])
    return m


@case
def c22(t):
    t.scenario = "northern_ireland_hc_letter_external"
    rep = Staff("Ciarán Ó Murchú", "Booking Clerk, Outpatients", "Western Health and Social Care Trust", "ciaran.omurchu@westerntrust.hscni.net", "028 7196 0144").register(t); mbox(t)
    p = Person("Bríd", "McGlinchey", "derry", 1952, 1965, female=True)
    wrong = "bridmcg@eircom.net"; t.ignore("email_address", wrong)
    t.person(p, "hc", "dob", "addr", "phone"); t.subjects = 1; t.cats = {"health"}
    docbody = make_docx([
        "# Altnagelvin Area Hospital - Rheumatology",
        f"Patient: Mrs Bríd McGlinchey",
        f"H&C No: {p.hc[:3]} {p.hc[3:6]} {p.hc[6:]}",
        f"D.O.B: {p.dob:%d-%m-%Y}",
        f"Address: {p.street}, {p.town}, {p.pc}",
        f"Tel: {p.phone}",
        "Diagnosis: rheumatoid arthritis, seropositive. Methotrexate 20mg weekly + folic acid. Bloods monthly.",
        "Please attend the biologics assessment clinic on 14/12/2026 at 10:20."])
    body = f"""a chara,

I emailed the attached letter to an address we had for the patient from 2019 - she rang to say she no longer uses it and her ex-husband has access to that account. We can't get into it to delete. Reported to my line manager.

Ciarán

--
{rep.name}
{rep.role}
{rep.org}
{rep.phone}"""
    m = outer(rep, "Rheumatology letter sent to old email", when(17, 10, 22), body)
    attach(m, "appt_letter.docx", docbody)
    t.tags = ["northern_ireland", "hc_number", "docx", "irish_name"]
    t.grade(3, 3, ["rheumatology letter with H&C number and diagnosis", "sent to an old external address that a third party can read", "not recoverable"])
    return m


@case
def c23(t):
    t.scenario = "northern_ireland_caseload_xlsx_personal_email"
    rep = fresh("ni1").register(t); mbox(t)
    firsts = ["Seamus", "Patricia", "Eamon", "Roisin", "Malachy", "Bernadette", "Declan", "Sinead", "Colm", "Majella", "Fergal",
              "Grainne", "Oisin", "Deirdre", "Cathal", "Nuala", "Wilbert", "Lorraine", "Sammy", "Heather", "Ivan", "Doreen"]
    lasts = ["Mulholland", "McAleese", "Quinn", "O'Neill", "Cassidy", "Devlin", "McKeown", "Hamill", "Magee", "Donnelly", "McCrory",
             "Gormley", "Adair", "Irvine", "Kernaghan", "McCartney", "Beattie", "Wylie", "McIlroy", "Bell"]
    rows = []
    for i in range(35):
        p = Person(R.choice(firsts), R.choice(lasts), "belfast", 1930, 1960)
        rows.append([p.hc, f"{p.last}, {p.first}", p.dob.strftime("%d/%m/%y"), f"{p.street}, {p.town} {p.pc}",
                     R.choice(["Leg ulcer dressing x3/wk", "Insulin admin BD", "Catheter care", "Palliative - syringe driver", "B12 injection", "Pressure area care"])])
        t.person(p, "hc", "dob", "addr")
    t.subjects = 35; t.cats = {"health"}
    data = make_xlsx([("Caseload", ["H&C", "Client", "DOB", "Address", "Visit"], rows),
                      ("Staff rota", ["Nurse", "Mon", "Tue"], [["CM", "AM", "PM"], ["JB", "PM", "-"]])])
    pers = "dnlisburnroad.rota@gmail.com"; t.ignore("email_address", pers)
    body = f"""Hi,

One of our band 5 nurses sent the team caseload spreadsheet to a gmail account the team set up to share the rota (without IG approval). Discovered during a spot check today. The account password is shared by 8 staff. We have deleted the message and the gmail account but cannot say who else may have accessed it in the 3 weeks it was there.

Orla

{rep.sig(0)}"""
    m = outer(rep, "Caseload emailed to unofficial gmail account", when(11, 14, 48), body)
    inner = inner_msg(f"Claire Mulvenna <claire.mulvenna@belfasttrust.hscni.net>", pers, "caseload wk 45", when(2, 8, 12),
                      "caseload for this week attached", attachments=[("DN caseload Lisburn Rd.xlsx", data)])
    t.ignore_name("Claire Mulvenna"); t.ignore("email_address", "claire.mulvenna@belfasttrust.hscni.net")
    m.add_attachment(inner)
    t.tags = ["northern_ireland", "hc_number", "xlsx", "rfc822", "no_header_hc"]
    t.grade(3, 3, ["35 district nursing clients with H&C numbers, addresses and care needs", "held in an unapproved external gmail account for 3 weeks", "deleted but access unknown"])
    return m


@case
def c24(t):
    t.scenario = "waiting_list_csv_250_external"
    rep = Staff("Lee Hardcastle", "RTT Validator", "Pennine Vale Hospitals NHS Trust", "lee.hardcastle@pvh.nhs.uk", "0161 496 0140").register(t); mbox(t)
    fs = ["John", "Sarah", "Ahmed", "Lauren", "Peter", "Emma", "Kamal", "Rachel", "Tony", "Bethany", "Oluwaseun", "Grzegorz",
          "Mei", "Liam", "Sana", "Victoria", "Craig", "Hollie", "Dariusz", "Farah", "Carl", "Jade", "Nasreen", "Owen"]
    ls = ["Smith", "Hussain", "Taylor", "Khan", "Walsh", "Brown", "Ali", "Kelly", "Holt", "Jackson", "Ahmed", "Fletcher", "Lee",
          "Chadwick", "Mahmood", "Okafor", "Wozniak", "Barlow", "Tran", "Schofield", "Rigby", "Kowalski", "Butt", "Heywood"]
    spec = ["T&O", "ENT", "Urology", "Gen Surg", "Ophthalmology", "Gynae"]
    rows = []
    for i in range(250):
        p = Person(R.choice(fs), R.choice(ls), "manchester", 1940, 2015)
        p.hosp = f"RX{R.randint(1000000, 9999999)}"
        rows.append([p.hosp, fmt_nhs(p.nhs, 0), p.name, p.dob.strftime("%Y-%m-%d"), R.choice(spec), f"{R.randint(1, 78)}", R.choice(["P2", "P3", "P4"]),
                     (dt.date(2026, 12, 1) + dt.timedelta(days=R.randint(5, 120))).strftime("%d/%m/%Y")])
        t.person(p, "hosp", "nhs", "dob")
    t.subjects = 250; t.cats = {"health"}
    data = make_csv(["MRN", "NHS_NO", "PATIENT_NAME", "DOB", "SPECIALTY", "WEEKS_WAIT", "PRIORITY", "TCI_DATE"], rows)
    wrong = "lee.hardcastle@hotmail.co.uk"; t.ignore("email_address", wrong)
    body = f"""IG,

Self-reporting. I emailed the RTT validation extract to my personal hotmail so I could work on it at home over the weekend. I know that's not allowed. I've deleted it from hotmail and emptied the deleted items. 250 patients. File attached so you can see what it was.

Lee Hardcastle
RTT Validator, ext 0140"""
    m = outer(rep, "self report - sent work file to personal email", when(29, 19, 2), body)
    attach(m, "RTT_validation_extract_281126.csv", data)
    t.tags = ["csv", "250_rows", "letter_prefixed_hospital_number", "iso_dob", "tci_dates_not_dob"]
    t.grade(3, 2, ["250 waiting-list patients with NHS numbers and procedures", "sent to the staff member's own personal account (external)", "staff member confirms deletion (likelihood 3 -> 2)"])
    return m


@case
def c25(t):
    t.scenario = "maternity_booking_xlsx_wrong_nhsnet_list"
    rep = Staff("Jasmine Oyelowo", "Maternity Data Clerk", "Calder Valley NHS Foundation Trust", "jasmine.oyelowo@nhs.net", "01422 496 077").register(t); mbox(t)
    fs = ["Amy", "Aisha", "Chloe", "Roxanne", "Kasia", "Priyanka", "Gemma", "Hafsa", "Leah", "Mariana", "Shauna", "Bisi", "Lydia",
          "Naomi", "Yasmin", "Tia", "Robyn", "Elif", "Jodie", "Precious", "Sian", "Fatima", "Keeley", "Anya"]
    ls = ["Haigh", "Rashid", "Sykes", "Ogden", "Lis", "Desai", "Firth", "Iqbal", "Pearson", "Silva", "Conroy", "Adeleke", "Marsh",
          "Kirby", "Akram", "Greenwood", "Hurst", "Yilmaz", "Midgley", "Mensah", "Howells", "Zaman", "Crowther", "Petrova"]
    booked, scans = [], []
    for f, l in zip(fs, ls):
        p = Person(f, l, "leeds", 1985, 2006, female=True)
        edd = dt.date(2027, R.randint(1, 8), R.randint(1, 28))
        booked.append([f"{l}, {f}", fmt_nhs(p.nhs, 1), p.dob.strftime("%d/%m/%Y"), edd.strftime("%d/%m/%Y"), f"G{R.randint(1, 5)}P{R.randint(0, 3)}",
                       R.choice(["", "Previous stillbirth", "Previous miscarriage x2", "GDM", "Safeguarding - social care involved", "IVF pregnancy"])])
        scans.append([p.name, (dt.date(2026, 12, 1) + dt.timedelta(days=R.randint(1, 30))).strftime("%d/%m/%Y"), R.choice(["Dating", "Anomaly", "Growth"])])
        t.person(p, "nhs", "dob")
    t.subjects = len(fs); t.cats = {"health", "reproductive_health", "safeguarding"}
    data = make_xlsx([("Bookings Nov", ["Name", "NHS No", "DOB", "EDD", "Parity", "Risk factors"], booked), ("Scans", ["Woman", "Scan date", "Type"], scans)])
    lst = "cvft.allmidwives@nhs.net"; t.ignore("email_address", lst); t.ignore_name("Oyelowo Jasmine")
    body = f"""Hi, I attached the monthly booking report to an email to the all-midwives distribution list (about 180 people, all nhs.net) instead of the community team leads. I've asked everyone to delete it. Several have replied to confirm. Jasmine"""
    m = outer(rep, "booking report to wrong distribution list", when(5, 12, 12), body)
    inner = inner_msg(f"Oyelowo Jasmine <{rep.email}>", f"CVFT All Midwives <{lst}>", "November bookings", when(5, 10, 2),
                      "Hi all, November booking report attached. Jas", attachments=[("Booking report Nov 2026.xlsx", data)])
    m.add_attachment(inner)
    t.tags = ["xlsx", "multi_sheet", "rfc822", "edd_not_dob", "distribution_list"]
    t.grade(4, 2, ["pregnancy bookings with obstetric history (reproductive health, safeguarding flags) and NHS numbers", "stayed within nhs.net staff", "partial deletion confirmations"])
    return m


@case
def c26(t):
    t.scenario = "school_immunisation_child_parent_csv"
    rep = Staff("Nisha Parmar", "Immunisation Team Administrator", "Leicestershire Partnership NHS Trust", "nisha.parmar@nhs.net", "0116 496 0850").register(t); mbox(t)
    kids = ["Oscar", "Ava", "Mohammed", "Isla", "Zayn", "Poppy", "Jakub", "Amelia", "Ibrahim", "Freya", "Harjot", "Lily", "Tobiasz",
            "Evie", "Yusuf", "Grace", "Reuben", "Maisie", "Deji", "Ruby", "Kian", "Esme", "Arlo", "Hana", "Finley", "Zuzanna", "Ollie", "Aaliyah"]
    sur = ["Patel", "Smith", "Mistry", "Clarke", "Hussain", "Tailor", "Nowicki", "Wright", "Chauhan", "Ward", "Gill", "Bates", "Kaminski",
           "Moore", "Ahmed", "Cooper", "Lodge", "Ball", "Adeyemi", "Sharp", "Doyle", "Carter", "Webb", "Kim", "Marsh", "Zając", "Foster", "Bibi"]
    pf = ["Meera", "Lisa", "Farida", "Jo", "Samina", "Hetal", "Agata", "Kerry", "Jasvinder", "Nicola", "Manpreet", "Vicky", "Piotr", "Dawn",
          "Rukhsana", "Emma", "Tom", "Leanne", "Funmi", "Michelle", "Sean", "Kayleigh", "Rob", "Soo-jin", "Hayley", "Marta", "Gemma", "Nasima"]
    rows = []
    for k, s, p in zip(kids, sur, pf):
        c = Person(k, s, "leeds", 2011, 2013)
        par = Person(p, s, "leeds", 1975, 1990)
        rows.append([f"{k} {s}", c.dob.strftime("%d/%m/%Y"), "Y9", f"{p} {s}", par.phone, par.email, R.choice(["Consent", "Consent", "Declined", "No response"]),
                     R.choice(["", "", "Egg allergy", "Fainting history", "Immunosuppressed - check with GP"])])
        t.person(c, "dob"); t.person(par, "phone", "email")
    t.subjects = 2 * len(rows); t.cats = {"health"}
    data = make_csv(["Child", "Child DOB", "Year", "Parent/Carer", "Parent mobile", "Parent email", "HPV consent", "Medical notes"], rows)
    wrong = "office@stmarksacademy.leics.sch.uk"; t.ignore("email_address", wrong)
    body = f"""Dear IG,

We've sent the HPV consent list for Beaumont Leys School to St Mark's Academy instead. The list has the children's names and DOB, their parent/carer names, mobiles and emails, consent decisions and medical notes. St Mark's office says they've "probably deleted it" but the office manager is off until Monday.

Nisha
Imms Team | 0116 496 0850"""
    m = outer(rep, "HPV list sent to wrong school", when(20, 15, 55), body)
    attach(m, "Beaumont Leys Y9 HPV consent.csv", data)
    t.tags = ["csv", "child_and_parent_per_row", "children_dob", "polish_name"]
    t.grade(3, 3, ["children's DOBs and medical notes with parents' contact details", "sent to another school (external)", "deletion not confirmed"])
    return m


@case
def c27(t):
    t.scenario = "pharmacy_methadone_bag_wrong_patient"
    rep = fresh("pharm").register(t); mbox(t)
    p = Person("Rhian", "Vaughan-Jones", "cardiff", 1975, 1990, female=True)
    t.person(p, "dob", "addr"); t.subjects = 1; t.cats = {"health", "substance_misuse"}
    body = f"""Hello,

Incident at Cornerstone Pharmacy, Cowbridge Road branch, Tuesday 1 Dec around 4pm.

A locum handed a prescription bag to the wrong patient at the counter (the two ladies share a surname stem and a first initial). The bag label and the attached dispensing token had:

   R. VAUGHAN-JONES, {p.street}, {p.town} {p.pc}
   born {p.dob.strftime('%-d/%-m/%Y')}
   methadone 1mg/ml oral solution 60ml daily - supervised consumption, CDAT prescriber

The other patient (Ms Rhian Vaughan, not our data subject) took it home and brought it back on Wednesday morning. She says she read the label. Rhian Vaughan-Jones has been informed and was upset her treatment is known to someone from her street.

Order ref 88120-44 / Till 3.

Deepak Raman MRPharmS
Pharmacist Manager
029 2018 0455"""
    t.ignore_name("Rhian Vaughan")
    t.ignore_name("R. Vaughan-Jones")  # the subject by initial on the label: neither hit nor false positive
    m = outer(rep, "Wrong bag handed out - CD", when(32, 10, 30), body)
    t.tags = ["pharmacy", "welsh_name", "hyphenated_surname", "decoy_order_numbers"]
    t.grade(4, 3, ["methadone treatment (substance misuse) with name, address and DOB", "handed to and read by a member of the public", "bag returned, but information already seen"])
    return m


@case
def c28(t):
    t.scenario = "community_nurse_diary_lost_returned"
    rep = fresh("cnurse").register(t); mbox(t)
    ps = [Person("Herbert", "Ackroyd", "leeds", 1930, 1940, female=False), Person("Nora", "Dewhirst", "leeds", 1935, 1945, female=True),
          Person("Tariq", "Mahmood", "leeds", 1950, 1960, female=False), Person("Glenys", "Firth", "leeds", 1938, 1946, female=True)]
    for p in ps:
        t.person(p, "addr")
    t.subjects = 4; t.cats = {"health"}
    lines = "\n".join(f"- {p.first} {p.last}, {p.street}, {p.town} {p.pc}" + note for p, note in
                      zip(ps, [" (leg ulcer, doppler due)", " (insulin 08:30)", " - PEG site check", " - end of life, just verifying meds"]))
    body = f"""Hiya,

I left my visit diary on the wall outside the Co-op at Halifax Road on Thursday while loading the car. A man found it and handed it in to the health centre reception the next morning, it was in an envelope and he said he just looked inside to find whose it was. Friday's page had 4 patients:

{lines}

It's back with me now. Do I need to fill anything else in?
Jo
Community Staff Nurse, Calderdale
07700 900871"""
    m = outer(rep, "lost diary - found and handed in", when(14, 9, 50), body)
    t.tags = ["lost_paper", "returned", "one_line_addresses"]
    t.grade(3, 2, ["patients' names, addresses and care needs", "lost in public and seen by a finder", "returned intact the next day (likelihood 3 -> 2)"])
    return m


@case
def c29(t):
    t.scenario = "safeguarding_minutes_to_alleged_perpetrator"
    rep = fresh("safe").register(t); mbox(t)
    child = Person("Amani", "Nwosu", "london", 2016, 2018, female=True)
    sib = Person("Tobi", "Nwosu", "london", 2020, 2022, female=False)
    mum = Person("Grace", "Nwosu", "london", 1986, 1992, female=True)
    step = "Kelvin Asamoah"; stepmail = "kelv.asamoah@yahoo.co.uk"
    t.ignore("email_address", stepmail)
    t.person(child, "dob", "nhs", "addr"); t.person(sib, "dob"); t.person(mum, "phone"); t.ignore_name(step)
    t.subjects = 3; t.cats = {"health", "safeguarding"}
    docbody = make_docx([
        "# Child Protection Strategy Meeting - CONFIDENTIAL",
        "Date of meeting: 26/11/2026   Chair: Social Care Team Manager",
        f"Child: Amani Nwosu   DOB {child.dob:%d/%m/%Y}   NHS {fmt_nhs(child.nhs, 1)}",
        f"Sibling: Tobi Nwosu   DOB {sib.dob:%d/%m/%Y}",
        f"Address: {child.street}, {child.town}, {child.pc}",
        f"Mother: Grace Nwosu, mob {mum.phone}",
        f"Alleged: Kelvin Asamoah (mother's partner) - non-accidental bruising to Amani's upper arms; school nurse referral.",
        "Actions: Section 47 enquiry; child protection medical at Evelina; police CAIT informed."])
    body = f"""Dear IG,

The strategy meeting minutes (attached) were e-mailed by our admin to the "family contact" address in the child's record, which it turns out belongs to the mother's partner who is the alleged perpetrator. Social care and police informed. We have no way to recall it.

Adaeze

Adaeze Okafor | Named Nurse Safeguarding Children | 020 7946 0322"""
    m = outer(rep, "Strategy meeting minutes sent to alleged perpetrator", when(27, 17, 45), body)
    attach(m, "Strategy mtg minutes 26.11.26 NWOSU.docx", docbody)
    t.tags = ["docx", "safeguarding", "child", "west_african_names"]
    t.grade(4, 3, ["child protection minutes about named children (safeguarding)", "sent to the alleged perpetrator's external address", "cannot be recalled; no misuse reported yet"])
    return m


@case
def c30(t):
    t.scenario = "staff_snooping_sexual_health_record"
    rep = fresh("ig").register(t); mbox(t)
    p = Person("Joanna", "Przybylska", "london", 1985, 1995, female=True)
    t.person(p, "nhs", "dob"); t.subjects = 1; t.cats = {"health", "sexual_health"}
    snooper = "Martin Gale"; t.ignore_name(snooper)
    inner = f"""Hi Ruairi,

Following the patient's complaint, the audit trail for Ms Joanna Przybylska (NHS No. {p.nhs}, DOB {p.dob:%d/%m/%Y}) shows that a porter, Martin Gale (her ex-partner), viewed her record 11 times between 02/10 and 20/11 including the GUM clinic attendances and chlamydia result. He has no role in her care. She says he has been texting her about "her clinic visits" and told her friends. HR informed and he's suspended.

Sunita (Privacy Officer)"""
    t.ignore_name("Sunita")
    body = fwd_block("outlook", "Privacy Officer <privacy.officer@example.nhs.uk>", f"Baxter Ruairi <{rep.email}>", "Inappropriate access - audit results", when(28, 9, 12), inner)
    t.ignore("email_address", "privacy.officer@example.nhs.uk"); t.ignore_name("Baxter Ruairi")
    body = f"For the log - misuse confirmed, reportable, I'm drafting the ICO form.\n\nR\n\n" + body
    m = outer(rep, "FW: Inappropriate access - audit results", when(28, 10, 0), body)
    t.tags = ["snooping", "misuse", "polish_name", "inline_outlook"]
    t.grade(4, 5, ["sexual health record accessed without reason", "the ex-partner used what he saw to harass the patient (misuse occurred)"])
    return m


@case
def c31(t):
    t.scenario = "genetics_letter_wrong_consultant_nhsnet"
    rep = fresh("sec").register(t); mbox(t)
    p = Person("Harriet", "Abernethy", "manchester", 1975, 1985, female=True)
    sis = Person("Lucinda", "Abernethy", "manchester", 1978, 1988, female=True)
    t.person(p, "nhs", "dob", "addr"); t.person(sis); t.subjects = 2; t.cats = {"health", "genetic"}
    wrong = "r.batra@nhs.net"; t.ignore("email_address", wrong); t.ignore_name("Batra")
    body = f"""Hi

Quick one to report: I sent a clinical genetics letter to Mr Batra at the wrong trust (there are two consultants of that name on the NHS directory). It's all nhs.net. He replied to say he has deleted it.

The letter was for Harriet Abernethy, born {p.dob.strftime('%-d %B %Y')}, NHS number {fmt_nhs(p.nhs, 2)}, of {p.street}, {p.town}, {p.pc}. It confirms a pathogenic BRCA2 variant and discusses cascade testing for her sister Lucinda.

Gillian
{ST['sec'].role}"""
    m = outer(rep, "letter to wrong Mr Batra", when(8, 13, 1), body)
    t.tags = ["genetic", "dob_in_prose", "names_in_prose", "relative"]
    t.grade(4, 2, ["BRCA2 result (genetic) about an identified person and her sister", "stayed within nhs.net", "recipient confirmed deletion"])
    return m


@case
def c32(t):
    t.scenario = "hacked_gp_mailbox"
    rep = Staff("Sandeep Gill", "IT Service Desk Analyst", "Midlands and Lancashire CSU", "sandeep.gill4@nhs.net", "0121 496 0009").register(t); mbox(t)
    ps = [Person("Florence", "Adjei", "birmingham"), Person("Stefan", "Dragomir", "birmingham"), Person("Beverley", "Cottrell", "birmingham")]
    for p in ps:
        t.person(p, "nhs", "dob")
    t.subjects = 3; t.cats = {"health"}
    lines = "\n".join(f"  {i + 1}. {p.last.upper()}, {p.first} - {fmt_nhs(p.nhs, i)} - {p.dob:%d/%m/%Y} - {ref}" for i, (p, ref) in
                      enumerate(zip(ps, ["MSK physio referral", "memory clinic referral", "dermatology 2WW with photos"])))
    body = f"""Ticket INC0784512 - compromised account

Summary: the shared mailbox brooklane.referrals@nhs.net was accessed from an IP in another country after a staff member entered credentials into a fake "DocuSign" page on 21/11. Mail rules were created to forward new messages to an external address (wire.remit0921@outlook.com). Between 21/11 15:02 and 22/11 09:40, three referral e-mails were auto-forwarded:

{lines}

Credentials reset, rules removed, MFA enforced. Asset tag of the affected PC: BL-PC-0231.

Sandeep Gill
IT Service Desk, 0121 496 0009"""
    t.ignore("email_address", "brooklane.referrals@nhs.net"); t.ignore("email_address", "wire.remit0921@outlook.com")
    m = outer(rep, "INC0784512 mailbox compromise - data exfiltrated", when(22, 12, 0), body)
    t.tags = ["cyber", "decoy_ticket", "decoy_asset_tag", "surname_comma_forename"]
    t.grade(3, 3, ["three referrals with NHS numbers and clinical content", "forwarded to an attacker-controlled external address", "access stopped; data already gone"])
    return m


@case
def c33(t):
    t.scenario = "html_qp_ed_letter_contained"
    rep = Staff("Bogdan Ionescu", "Clinical Coder", "Pennine Vale Hospitals NHS Trust", "bogdan.ionescu@pvh.nhs.uk", "0161 496 0422").register(t); mbox(t)
    p = Person("Zsófia", "Nagy-Szabó", "manchester", 1970, 1985, female=True)
    p.hosp = f"M{R.randint(100000, 999999)}"
    wrong = "zsofia.nagy@freemail.hu"; t.ignore("email_address", wrong)
    t.person(p, "nhs", "dob", "hosp", "addr"); t.subjects = 1; t.cats = {"health"}
    html = f"""<html><body style="font-family:Calibri"><p>Hello,</p><p>Sorry &mdash; I sent a letter to the wrong person, see below. She replied confirming deletion (<i>"I've deleted it, don't worry"</i>).</p>
<p>Bogdan</p><hr><p><b>From:</b> Coding Team<br><b>To:</b> {wrong}<br><b>Subject:</b> Emergency Department letter</p>
<div><p>NAGY-SZABÓ Zsófia &nbsp;|&nbsp; Hosp. no. {p.hosp} &nbsp;|&nbsp; NHS {fmt_nhs(p.nhs, 1)}<br>Date of birth: {p.dob:%d %B %Y}<br>{p.street}, {p.town}, {p.pc}</p>
<p>Diagnosis: fractured distal radius (left), closed reduction under haematoma block. Fracture clinic 7 days.</p></div></body></html>"""
    plain = "Hello, sorry - I sent a letter to the wrong person, see below (HTML). She replied confirming deletion.\nBogdan"
    m = outer(rep, "Sent to wrong email - ED letter", when(13, 11, 40), plain, html=html)
    t.tags = ["html", "accents", "surname_forename", "contained"]
    t.grade(3, 2, ["ED letter with fracture diagnosis and NHS number", "sent to an external personal address", "recipient confirmed deletion in writing (3 -> 2)"])
    return m


@case
def c34(t):
    t.scenario = "near_miss_dlp_blocked"
    rep = Staff("Aled Griffiths", "Outpatient Booking Officer", "Example NHS Trust", "aled.griffiths@example.nhs.uk", "020 7946 0281").register(t); mbox(t)
    p = Person("Ffion", "Rhys-Evans", "cardiff", 1990, 2000, female=True)
    t.person(p, "nhs", "dob"); t.subjects = 1; t.cats = {"health"}
    t.near_miss = True
    body = f"""Hello,

Just flagging a near miss. I was about to send an appointment confirmation for Ffion Rhys-Evans (NHS {p.nhs}, dob {p.dob:%d/%m/%Y}, colposcopy clinic) to her personal gmail but typed it as gmial.com. The e-mail was blocked by the outbound mail filter because the domain doesn't exist and bounced straight back to me, so nothing left the Trust. I have now sent it correctly.

Aled
Booking Officer x0281"""
    m = outer(rep, "near miss - bounced email", when(3, 14, 14), body)
    t.tags = ["near_miss", "bounced"]
    t.grade(3, 1, ["appointment details with NHS number for an identified person", "near miss: the e-mail bounced and nothing was disclosed"])
    return m


def nonreport(t, basis):
    t.subjects = 0
    t.grade(1, 1, basis)


@case
def c35(t):
    t.scenario = "non_report_out_of_office"
    rep = Staff("Philippa Drummond-Hay", "Head of Information Governance", "Example NHS Trust", "philippa.drummond-hay@example.nhs.uk", "020 7946 0100").register(t); mbox(t)
    m = outer(rep, "Automatic reply: Breach reports", when(31, 7, 1),
              f"""Thank you for your email. I am on annual leave until Monday 7 December 2026 with no access to email.

For urgent information governance matters, including suspected data breaches, please contact the IG team on 020 7946 0117 or ig.team@example.nhs.uk. Out of hours please contact the on-call manager via switchboard.

Philippa Drummond-Hay
Head of Information Governance""")
    m["Auto-Submitted"] = "auto-replied"
    t.ignore("phone_number", "020 7946 0117"); t.ignore("email_address", "ig.team@example.nhs.uk")
    t.tags = ["non_report", "auto_reply"]
    nonreport(t, ["automatic out-of-office reply", "no personal data of any data subject"])
    return m


@case
def c36(t):
    t.scenario = "non_report_ig_newsletter"
    rep = Staff("IG Team", "Information Governance", "Example NHS Trust", "ig.team@example.nhs.uk", "020 7946 0117").register(t); mbox(t)
    html = """<html><body><h2>IG Matters - December 2026</h2>
<p><b>Bcc, not To!</b> Last month a group e-mail went out with every recipient visible. Use Bcc or a mail-merge for any message to patients.</p>
<p><b>DSPT submission</b> - our 2026/27 toolkit baseline is due 28 February. Mandatory training compliance is at 91% (target 95%).</p>
<p><b>Smartcards</b> - never share your card or PIN. Lock your screen (Windows key + L).</p>
<p><b>Subject access requests</b> - 142 received this quarter, 96% within one month.</p>
<p>Questions? Call us on 020 7946 0117 or reply to this e-mail. To unsubscribe, reply with UNSUBSCRIBE.</p></body></html>"""
    m = outer(rep, "IG Matters - December newsletter", when(31, 8, 0), "IG Matters - December 2026. View in HTML.", html=html, to="all.staff@example.nhs.uk")
    t.ignore("email_address", "all.staff@example.nhs.uk")
    t.tags = ["non_report", "newsletter", "html"]
    nonreport(t, ["staff newsletter", "no personal data"])
    return m


@case
def c37(t):
    t.scenario = "non_report_training_question"
    rep = Staff("Chidi Eze", "Physiotherapy Assistant", "Example NHS Trust", "chidi.eze@example.nhs.uk", None).register(t); mbox(t)
    m = outer(rep, "question about emailing patients", when(30, 16, 10), """Hi,

Sorry if this is the wrong inbox. On my IG training module it says we can email patients if they consent. If a patient gives me their hotmail address, is it OK to send their exercise sheet there from my nhs.net account, or does it need to be [secure]? Nothing has gone wrong, I just want to check before I do it.

Also is it OK to put the patient's initials in the subject line?

Thanks
Chidi""")
    t.tags = ["non_report", "question"]
    nonreport(t, ["a general question, no incident", "no personal data"])
    return m


@case
def c38(t):
    t.scenario = "non_report_meeting_notes"
    rep = Staff("Hollie Ashton", "IG Administrator", "Example NHS Trust", "hollie.ashton@example.nhs.uk", "020 7946 0119").register(t); mbox(t)
    for n in ["Philippa Drummond-Hay", "Ruairi Baxter", "Dr Nkem Achebe", "Gareth Nolan", "Tom Ferreira"]:
        t.ignore_name(n)
    body = """Hi all, notes from this morning's IG Steering Group - please send corrections by Friday.

IG STEERING GROUP - 1 December 2026, 10:00, Boardroom 2 / Teams
Present: Philippa Drummond-Hay (Chair, Head of IG), Ruairi Baxter (IG Officer), Dr Nkem Achebe (Caldicott Guardian), Gareth Nolan (CISO), Tom Ferreira (Sexual Health)
Apologies: SIRO

1. Incident summary Q3: 47 incidents logged, 5 reported to ICO (all within 72 hours). Top cause: misdirected e-mail (21).
2. Sexual health mailing - action: move all patient bulk e-mail to the approved mail-merge tool by 31/01. Owner TF.
3. Laptop encryption audit: 1,204 devices, 3 non-compliant (asset refs LT-22871, LT-22904, LT-23310) - to be recalled. Owner GN.
4. Caldicott log: 12 new entries. Next review 12/01/2027.
5. AOB: none.

Next meeting: 5 January 2027.

Hollie Ashton, IG Administrator, ext 0119"""
    m = outer(rep, "IG Steering Group notes 01/12", when(31, 14, 30), body, to=f"{MAILBOX}, igsg.members@example.nhs.uk")
    t.ignore("email_address", "igsg.members@example.nhs.uk")
    t.tags = ["non_report", "meeting_notes", "decoy_asset_refs", "staff_names_only"]
    nonreport(t, ["meeting notes; only staff named", "no data subject"])
    return m


@case
def c39(t):
    t.scenario = "non_report_phishing_is_this_a_breach"
    rep = Staff("Pauline Threlfall", "Ward Sister, Ward 9", "Airedale and Wharfe NHS Foundation Trust", "pauline.threlfall@nhs.net", "0113 496 0909").register(t); mbox(t)
    inner = inner_msg("NHSmail Support <security-update@nhsmail-verify.com>", rep.email, "ACTION REQUIRED: Your mailbox will be suspended", when(31, 6, 44),
                      "Dear user,\n\nYour NHSmail mailbox has exceeded its storage quota and will be suspended within 24 hours.\n"
                      "To keep your account active, verify your login at: http://nhsmail-verify.com/login\n\nNHSmail Support Team\nCase no. 1004-88213")
    t.ignore("email_address", "security-update@nhsmail-verify.com")
    m = outer(rep, "is this a breach??", when(31, 9, 5), """Hi, I got this email this morning, I haven't clicked the link. Is this a breach? Do I need to do anything?
Thanks
Pauline
Ward 9, ext 0909""")
    m.add_attachment(inner)
    t.tags = ["non_report", "phishing", "rfc822"]
    nonreport(t, ["phishing e-mail reported; link not clicked", "no personal data disclosed"])
    return m


@case
def c40(t):
    t.scenario = "non_report_lost_encrypted_laptop"
    rep = Staff("Gareth Nolan", "Chief Information Security Officer", "Example NHS Trust", "gareth.nolan@example.nhs.uk", "020 7946 0150").register(t); mbox(t)
    t.ignore_name("Ben Hutchins")
    m = outer(rep, "Lost laptop LT-23187 - encrypted, no patient data", when(30, 12, 12), """For the log.

A trust laptop (asset LT-23187, serial 5CG2044XYZ) was left on a train on 29/11 by a member of the estates team (Ben Hutchins). BitLocker full-disk encryption with TPM+PIN was confirmed on the device from Intune (compliance report attached to the IT ticket INC0791102). The device had no patient data: estates drawings and a copy of the fire safety policy only. It has been remotely wiped, and the user's password reset. Reported to BTP (crime ref 2611-4471).

I don't consider this reportable, but logging for completeness.

Gareth Nolan
CISO, 020 7946 0150""")
    t.tags = ["non_report", "lost_device", "encrypted", "decoy_asset_serial"]
    nonreport(t, ["lost device was encrypted and held no personal data", "no data subject"])
    return m


# ------------------------------------------------------------------ build

SLUGS = {}


def build():
    rows = []
    for i, fn in enumerate(CASES, 1):
        t = Truth("", "")
        m = fn(t)
        t.file = f"{i:02d}-{t.scenario.replace('_', '-')}.eml"
        with open(os.path.join(HERE, t.file), "wb") as fh:
            fh.write(m.as_bytes(policy=POLICY))
        r = t.row()
        if not r["no_identifiers"] and r["subjects"] == 0:
            raise SystemExit(f"{t.file}: identifiers but 0 subjects")
        rows.append(r)
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} e-mails")


if __name__ == "__main__":
    build()
