#!/usr/bin/env python3
"""Build the fresh9 evaluation corpus (45 .eml files + truth.jsonl).

Deterministic: fixed seed, fixed MIME boundaries, fixed dates inside the
attachments, zip entries re-stamped.  Run with the project's venv python (only
openpyxl, python-docx, fpdf2, pypdf and the standard library are used):

    /work/main/.venv/bin/python make_corpus.py

The script checks its own work and stops on a problem.
"""
import base64
import datetime as dt
import html
import io
import json
import os
import quopri
import random
import re
import sys
import zipfile
import zlib
import struct
from email import message_from_bytes, policy
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart

import openpyxl
import docx
from docx.shared import Pt
from fpdf import FPDF
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(90909)
FIXED = dt.datetime(2024, 4, 2, 9, 0, 0)
MAILBOX = "calder.ig-breaches@nhs.net"

# --------------------------------------------------------------- helpers: numbers

def mod11(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    return None if c == 10 else (0 if c == 11 else c)


def valid10(d):
    return len(d) == 10 and d.isdigit() and mod11(d[:9]) == int(d[9])


def gen_health(lo, hi, used):
    while True:
        d9 = str(R.randint(lo, hi)).zfill(9)
        c = mod11(d9)
        if c is None:
            continue
        n = d9 + str(c)
        if n not in used:
            used.add(n)
            return n


USED_NUMS = set()


def nhs_new():
    rng = R.choice([(400000000, 499999999), (600000000, 799999999)])
    return gen_health(*rng, USED_NUMS)


def chi_new(dob, female):
    while True:
        d6 = dob.strftime("%d%m%y")
        a = R.randint(0, 99)
        s = R.choice([0, 2, 4, 6, 8]) if female else R.choice([1, 3, 5, 7, 9])
        d9 = d6 + f"{a:02d}{s}"
        c = mod11(d9)
        if c is not None and d9 + str(c) not in USED_NUMS:
            USED_NUMS.add(d9 + str(c))
            return d9 + str(c)


def hc_new():
    return gen_health(320000000, 399999999, USED_NUMS)


# --------------------------------------------------------------- helpers: people

F_NAMES = """Margaret Sandra Aisha Chloe Jennifer Fatima Priya Agnieszka Siobhan Gemma Olivia Hannah Zainab Teresa
Joan Irene Beverley Leanne Kirsty Niamh Amelia Yasmin Ewa Mei Grace Dorothy Patricia Lorraine Shabana Nadia Ruby
Isla Megan Bethany Ngozi Chiamaka Danielle Rachel Eileen Maureen Sharon Tracey Kelly Sadia Hafsa Joanne Wendy
Pauline Brenda Carol Janet Shirley Valerie Audrey Elsie Jean Sylvia Hazel Lucy Erin Freya Poppy Amira Roksana
Iqra Anita Marta Zofia Oksana Leila Precious Abena Keeley Tanya Nicola Alison Gillian Kerry Stacey Aleksandra
Bernadette Catrin Rhiannon Lindsay""".split()
M_NAMES = """David Peter Mohammed Imran Tomasz Liam Connor Gary Keith Brian Raymond Harpreet Kwame Darren Stuart
Callum Ewan Jamal Oliver Jack Harry George Arthur Derek Trevor Kevin Wayne Ravi Sanjay Marek Piotr Adebayo Samuel
Craig Dean Shaun Alan Colin Neil Bilal Zahid Tariq Asif Nathan Ryan Kieran Jordan Lewis Frank Dennis Roy Malcolm
Ernest Leonard Clifford Terence Barry Gordon Ibrahim Yusuf Emeka Chinedu Lukasz Dariusz Mateusz Andrius Ciaran
Declan Fraser Hamish Rory Elliot Reece Owen Tyler Dylan Mason Alfie Harvey Jaden""".split()
S_NAMES = """Holt Barraclough Sutcliffe Akhtar Hussain Kowalski Nowak O'Brien Fitzgerald Patel Shah Begum Ahmed Wood
Greenwood Haigh Ackroyd Hirst Broadbent Crowther Lockwood Pickles Mitchell Okafor Adeyemi Mensah Chen Nguyen Kaur
Singh Gill Walsh McCarthy Murray Campbell Robertson Thomson Horsfall Illingworth Dobson Lister Booth Senior
Whiteley Rhodes Firth Naylor Bottomley Ramsden Tattersall Wainwright Hepworth Kaczmarek Wiśniewski Jiménez
Błaszczyk Zieliński Ferreira Moore Shaw Armitage Hargreaves Sykes Brook Dyson Haley Marsden Jagger Pearson Wilkinson
Bairstow Appleyard Exley Clegg Thornton Lumb Iqbal Mahmood Rafiq Bibi Choudhury Uddin Khan Malik Riaz Asghar
Hall Kelly Doyle Brennan Quinn Gallagher Stewart Fraser Reid MacLeod Ross Kerr Evans Hughes Pritchard Ward Turner
Blackburn Bentley Hanson Oldroyd Priestley Sharp Wadsworth Ogunleye Boateng Asante Mwangi Novak Popescu Dragomir
Ivanova Petrov Costa Rossi Lindqvist Varga Tran Le Wong Lam Ashworth Fielding Pilling Hemingway""".split()

TOWNS = {
    "Leeds": ["LS6", "LS7", "LS8", "LS9", "LS11", "LS12", "LS13", "LS14", "LS15", "LS16", "LS17", "LS28"],
    "Wakefield": ["WF1", "WF2", "WF3", "WF4"],
    "Castleford": ["WF10"],
    "Pontefract": ["WF8"],
    "Dewsbury": ["WF12", "WF13"],
    "Bradford": ["BD2", "BD3", "BD5", "BD7", "BD8", "BD9", "BD10"],
    "Keighley": ["BD21", "BD22"],
    "Halifax": ["HX1", "HX2", "HX3"],
    "Sowerby Bridge": ["HX6"],
    "Hebden Bridge": ["HX7"],
    "Brighouse": ["HD6"],
    "Huddersfield": ["HD1", "HD2", "HD3", "HD4", "HD5"],
    "Holmfirth": ["HD9"],
    "Harrogate": ["HG1", "HG2"],
    "Todmorden": ["OL14"],
}
IN_LET = "ABDEFGHJLNPQRSTUWXYZ"
STREETS = """Acre Lane|Albion Street|Back Lane|Beech Grove|Bankfield Road|Bradford Road|Cemetery Road|Church Lane|
Clough Road|Cross Street|Dale View|Elm Terrace|Fairfax Avenue|Fern Bank|Gibbet Street|Green Lane|Grove Road|
Hall Lane|Harehills Lane|Heath Road|Highfield Crescent|Hollins Lane|Keighley Road|King Cross Road|Lister Lane|
Long Causeway|Manor Drive|Mill Lane|Moor End Road|New Road|Northgate|Oak Avenue|Park Road|Queens Road|Rawson Street|
Rochdale Road|Savile Park Road|School Street|Shay Lane|Skircoat Moor Road|Spring Gardens|Station Road|Stoney Lane|
Sunny Bank Road|The Crescent|Thornhill Road|Town Gate|Victoria Road|Water Lane|Wellington Street|West View|
Westbourne Road|Whitehall Road|Willow Close|Windmill Lane|Woodhouse Lane|York Road|Aspley Road|Cowcliffe Hill Road|
Birkby Road|Marsh Lane|Gledholt Road|Lidget Street|Leymoor Road|Halifax Old Road|Dewsbury Road|Tong Road|Kirkstall Road|
Bramley Road|Stanningley Road|Otley Road|Harrogate Road|Roundhay Road|Easterly Road|Selby Road|Ings Road|Aberford Road""".replace("\n", "").split("|")
BLOCKS = ["Kestrel House", "Brunswick Court", "Alder House", "Mill View", "Calder Court", "Saxon Mount", "Heron Court",
          "Victoria Mews", "Lime Tree Court", "Dean Clough Mill", "Beacon House", "Weavers Court"]
EMAIL_DOMAINS = ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com",
                 "talktalk.net", "icloud.com", "live.co.uk", "aol.com", "virginmedia.com", "googlemail.com",
                 "mail.com", "protonmail.com", "blueyonder.co.uk", "ntlworld.com", "me.com", "tiscali.co.uk",
                 "fastmail.fm", "zoho.eu", "gmx.co.uk", "pm.me", "students.hud.ac.uk", "yorkshire.coop.example.net"]
USED_NAMES = set()
LANDLINE = {"Leeds": "0113 496 0", "Wakefield": "01632 960", "Castleford": "01632 960", "Pontefract": "01632 960",
            "Dewsbury": "01632 960", "Bradford": "01632 960", "Keighley": "01632 960", "Halifax": "01632 960",
            "Sowerby Bridge": "01632 960", "Hebden Bridge": "01632 960", "Brighouse": "01632 960",
            "Huddersfield": "01632 960", "Holmfirth": "01632 960", "Harrogate": "01632 960", "Todmorden": "0161 496 0"}
USED_PHONES = set()


class Person:
    n = 0

    def __init__(self, first=None, last=None, sex=None, age=None, town=None, flat=False, dob=None):
        Person.n += 1
        self.id = Person.n
        self.sex = sex or R.choice("FM")
        while True:
            f = first or R.choice(F_NAMES if self.sex == "F" else M_NAMES)
            l = last or R.choice(S_NAMES)
            if (f, l) not in USED_NAMES or (first and last):
                break
        USED_NAMES.add((f, l))
        self.first, self.last = f, l
        if dob is None:
            age = age if age is not None else R.randint(19, 94)
            dob = dt.date(2024 - age, R.randint(1, 12), R.randint(1, 28))
        self.dob = dob
        self.nhs = nhs_new()
        self.town = town or R.choice(list(TOWNS))
        self.pc = f"{R.choice(TOWNS[self.town])} {R.randint(1, 9)}{R.choice(IN_LET)}{R.choice(IN_LET)}"
        street = R.choice(STREETS)
        if flat:
            self.line1 = f"Flat {R.randint(1, 24)} {R.choice(BLOCKS)}"
            self.line2 = f"{R.randint(1, 120)} {street}"
        else:
            self.line1 = f"{R.randint(1, 240)}{R.choice(['', '', '', '', 'a', 'b'])} {street}"
            self.line2 = None
        while True:
            self.mob = f"07700 900{R.randint(0, 999):03d}"
            if self.mob not in USED_PHONES:
                USED_PHONES.add(self.mob)
                break
        while True:
            pre = LANDLINE[self.town]
            self.land = pre + f"{R.randint(0, 999):03d}"
            if self.land not in USED_PHONES:
                USED_PHONES.add(self.land)
                break
        local = R.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{R.randint(1, 99)}", f"{l}.{f}{R.randint(50, 99)}",
                          f"{f}_{l[:3]}", f"{f}{R.randint(60, 99)}"])
        local = re.sub(r"[^A-Za-z0-9._]", "", fold_ascii(local)).lower()
        self.email = f"{local}@{R.choice(EMAIL_DOMAINS)}"
        self.mrn = None

    @property
    def full(self):
        return f"{self.first} {self.last}"


def fold_ascii(s):
    import unicodedata
    s = s.translate(str.maketrans("łŁ", "lL"))
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def ordinal(d):
    return f"{d}{'th' if 11 <= d % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def fmt_date(d, f):
    if f == "dmy":
        return d.strftime("%d/%m/%Y")
    if f == "dmy1":
        return f"{d.day}/{d.month}/{d.year}"
    if f == "dmy2":
        return d.strftime("%d.%m.%y")
    if f == "dmyd":
        return d.strftime("%d-%m-%Y")
    if f == "dMy":
        return d.strftime("%d-%b-%Y")
    if f == "dMy2":
        return f"{d.day} {d.strftime('%b')} {d.year}"
    if f == "long":
        return f"{ordinal(d.day)} {d.strftime('%B')} {d.year}"
    if f == "longn":
        return f"{d.day} {d.strftime('%B')} {d.year}"
    if f == "us_long":
        return f"{d.strftime('%B')} {d.day}, {d.year}"
    if f == "iso":
        return d.isoformat()
    if f == "us":
        assert d.day > 12
        return d.strftime("%m/%d/%Y")
    raise ValueError(f)


def fmt_nhs(n, f):
    if f == "334":
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if f == "dash":
        return f"{n[:3]}-{n[3:6]}-{n[6:]}"
    if f == "int":
        return int(n)
    return n


def fmt_phone(p, f):
    d = re.sub(r"\D", "", p)
    if f == "plain":
        return d
    if f == "intl":
        return "+44 " + p[1:]
    if f == "intl0":
        return "+44 (0)" + p[1:]
    if f == "mob43":
        return f"{d[:5]} {d[5:8]} {d[8:]}"
    if f == "mob335":
        return f"{d[:3]} {d[3:7]} {d[7:]}"
    if f == "dash":
        return p.replace(" ", "-")
    if f == "brk":
        a, b = p.split(" ", 1)
        return f"({a}) {b.replace(' ', '')}"
    return p


def norm_phone(s):
    d = re.sub(r"\D", "", s)
    if d.startswith("44"):
        d = "0" + d[2:].lstrip("0")
    return d


def norm_pc(s):
    s = re.sub(r"[^A-Z0-9]", "", s.upper())
    return f"{s[:-3]} {s[-3:]}"


def norm_name(s):
    s = fold_ascii(s).casefold()
    s = re.sub(r"\([^)]*\)", " ", s)
    if "," in s:
        a, b = s.split(",", 1)
        s = f"{b} {a}"
    s = s.replace("'", "").replace("\u2019", "")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(t for t in s.split() if t not in {"mr", "mrs", "ms", "miss", "mx", "dr", "master"})


# --------------------------------------------------------------- the incident record

class Inc:
    def __init__(self, file, scenario, tags):
        self.file, self.scenario, self.tags = file, scenario, list(tags)
        self.ids = {}          # kind -> set(values)
        self.forms = []        # (kind, text) to be found in the decoded mail
        self.names = {}        # person id -> [forms]
        self.ign_names = set()
        self.ign = {"email_address": {MAILBOX}}
        self.subj = set()
        self.cats = []
        self.near_miss = False
        self.assessment = None

    # subject identifiers
    def _add(self, p, kind, text, value):
        if p is not None:
            self.subj.add(p.id)
        self.ids.setdefault(kind, set()).add(value)
        self.forms.append((kind, str(text)))
        return text

    def nm(self, p, style="full", title=None):
        forms = {"full": p.full, "sf": f"{p.last}, {p.first}", "SF": f"{p.last.upper()} {p.first}",
                 "S,F": f"{p.last.upper()}, {p.first}", "lower": p.full.lower(), "first": p.first,
                 "FULL": p.full.upper(), "init": f"{p.first[0]} {p.last}", "last": p.last,
                 "lowersf": f"{p.last.lower()}, {p.first.lower()}"}
        t = forms[style]
        self.subj.add(p.id)
        self.names.setdefault(p.id, [])
        if t not in self.names[p.id]:
            self.names[p.id].append(t)
        self.forms.append(("person_name", t))
        return f"{title} {t}" if title else t

    def nm_cols(self, p, upper_surname=False):
        """surname and forename in two table columns: truth form 'Surname, Forename'"""
        sur = p.last.upper() if upper_surname else p.last
        t = f"{sur}, {p.first}"
        self.subj.add(p.id)
        self.names.setdefault(p.id, [])
        if t not in self.names[p.id]:
            self.names[p.id].append(t)
        self.forms.append(("person_name", sur))
        self.forms.append(("person_name", p.first))
        return sur, p.first

    def dob(self, p, f="dmy"):
        if f == "cell":
            self._add(p, "date_of_birth", p.dob.isoformat(), p.dob.isoformat())
            return dt.datetime(p.dob.year, p.dob.month, p.dob.day)
        return self._add(p, "date_of_birth", fmt_date(p.dob, f), p.dob.isoformat())

    def nhs(self, p, f="334"):
        v = fmt_nhs(p.nhs, f)
        self._add(p, "nhs_number", v, p.nhs)
        return v

    def chi(self, p, f="plain"):
        v = fmt_nhs(p.chi, f)
        self._add(p, "chi_number", v, p.chi)
        return v

    def hc(self, p, f="plain"):
        v = fmt_nhs(p.hc, f)
        self._add(p, "hc_number", v, p.hc)
        return v

    def mob(self, p, f="std"):
        return self._add(p, "phone_number", fmt_phone(p.mob, f), norm_phone(p.mob))

    def land(self, p, f="std"):
        return self._add(p, "phone_number", fmt_phone(p.land, f), norm_phone(p.land))

    def em(self, p, text=None):
        t = text or p.email
        return self._add(p, "email_address", t, t.lower())

    def pc(self, p, f="std"):
        t = p.pc if f == "std" else (p.pc.replace(" ", "") if f == "nospace" else p.pc.lower())
        return self._add(p, "postcode", t, norm_pc(p.pc))

    def addr(self, p, town=True, pc=True, sep=", ", upper=False):
        parts = [p.line1] + ([p.line2] if p.line2 else []) + ([p.town] if town else [])
        s = sep.join(parts)
        if upper:
            s = s.upper()
        self._add(p, "address", s, s)
        if pc:
            pcs = p.pc.upper()
            self._add(p, "postcode", pcs, norm_pc(p.pc))
            s = s + sep + pcs
        return s

    def mrn(self, p, text=None):
        t = text or p.mrn
        return self._add(p, "hospital_number", t, re.sub(r"[^A-Z0-9]", "", t.upper()))

    # ignorable
    def st(self, name):
        self.ign_names.add(name)
        return name

    def se(self, addr):
        self.ign.setdefault("email_address", set()).add(addr.lower())
        return addr

    def sp(self, phone):
        self.ign.setdefault("phone_number", set()).add(norm_phone(phone))
        return phone

    def ipc(self, pc):
        self.ign.setdefault("postcode", set()).add(norm_pc(pc))
        return pc

    def ig(self, kind, value):
        self.ign.setdefault(kind, set()).add(value)
        return value

    def grade(self, sev, lik, basis):
        self.assessment = {"severity": sev, "likelihood": lik, "reportable": lik >= 3 and sev >= 2, "basis": basis}

    def truth(self):
        names = []
        for pid, forms in self.names.items():
            toks = [set(norm_name(f).split()) for f in forms]
            for f, t in zip(forms, toks):
                if any(t < o for o in toks):
                    continue  # a strict part of a fuller form of the same person
                names.append(f)
        ids = {k: sorted(v) for k, v in sorted(self.ids.items())}
        return {"file": self.file, "scenario": self.scenario, "tags": sorted(set(self.tags)),
                "identifiers": ids, "names": sorted(set(names)), "ignorable_names": sorted(self.ign_names),
                "ignorable": {k: sorted(v) for k, v in sorted(self.ign.items())},
                "subjects": len(self.subj), "special_categories": sorted(set(self.cats)),
                "near_miss": self.near_miss, "no_identifiers": not any(self.ids.values()) and not names,
                "assessment": self.assessment}


# --------------------------------------------------------------- MIME building

def text_part(text, sub="plain", cte=None, charset="utf-8"):
    raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if all(b < 128 for b in raw) and max(map(len, text.split("\n"))) < 900 else "quoted-printable"
    m = MIMENonMultipart("text", sub, charset=charset)
    if cte == "base64":
        m.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        m.set_payload(quopri.encodestring(raw).decode("ascii"))
    else:
        assert all(b < 128 for b in raw), "7bit part with non-ascii"
        m.set_payload(text)
    m["Content-Transfer-Encoding"] = cte
    return m


def attach(data, filename, maintype, subtype):
    m = MIMEBase(maintype, subtype, name=filename)
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    m["Content-Transfer-Encoding"] = "base64"
    m.add_header("Content-Disposition", "attachment", filename=filename)
    return m


XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
PDF = ("application", "pdf")
CSV = ("text", "csv")
PNG = ("image", "png")


def hdr(m, frm, to, subject, date, cc=None, msgid=None, extra=()):
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid or "<%08X.%s@%s>" % (zlib.crc32((subject + date).encode()), "fresh9", "mail.nhs.net")
    for k, v in extra:
        m[k] = v
    return m


def assemble(body, attachments=(), boundary="b1", alt_html=None, alt_boundary="a1"):
    """body: MIME part (text); alt_html: optional html alternative; attachments: list of MIME parts."""
    if alt_html is not None:
        alt = MIMEMultipart("alternative", boundary=alt_boundary)
        alt.attach(body)
        alt.attach(alt_html)
        body = alt
    if not attachments:
        if body.get("MIME-Version") is None:
            body["MIME-Version"] = "1.0"
        return body
    m = MIMEMultipart("mixed", boundary=boundary)
    m.attach(body)
    for a in attachments:
        m.attach(a)
    return m


def to_bytes(m):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(m)
    return buf.getvalue().replace(b"\r\n", b"\n")


# --------------------------------------------------------------- attachment builders

def fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        b = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            b = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2024-04-02T09:00:00Z", b)
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 4, 2, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        zout.writestr(zi, b)
    zout.close()
    return out.getvalue()


def xlsx(sheets, hidden=(), widths=None):
    """sheets: list of (title, rows) where rows is a list of lists."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
        for c in ws[1] if rows else []:
            c.font = openpyxl.styles.Font(bold=True)
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
        if title in hidden:
            ws.sheet_state = "hidden"
    wb.properties.creator = "NHS User"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    return fix_zip(buf.getvalue())


def docx_file(blocks, author="NHS User"):
    """blocks: list of ('h', text) | ('p', text) | ('t', rows)"""
    d = docx.Document()
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
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
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return fix_zip(buf.getvalue())


def pdf_file(lines, title="Letter"):
    pdf = FPDF()
    pdf.set_creation_date(FIXED.replace(tzinfo=dt.timezone.utc))
    pdf.set_producer("Microsoft Word for Microsoft 365")
    pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for ln in lines:
        if ln.startswith("##"):
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 6, ln[2:].strip(), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", size=10)
        else:
            pdf.multi_cell(0, 5, ln if ln else " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def png_file(w=64, h=36):
    raw = b"".join(b"\x00" + bytes([(x * 3 + y * 5) % 256 for x in range(w)]) for y in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def csv_text(rows, sep=","):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if sep in c or '"' in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    return "\r\n".join(out) + "\r\n"


# --------------------------------------------------------------- forward blocks

def outlook_fwd(frm, sent, to, subject, body, cc=None, style="line"):
    head = "________________________________" if style == "line" else "-----Original Message-----"
    s = f"{head}\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n\n{body}"


def gmail_fwd(frm, date, to, subject, body, cc=None):
    s = f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"\n\n{body}"


def quote(text):
    return "\n".join("> " + l if l else ">" for l in text.split("\n"))


def html_wrap(inner):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif}</style></head>"
            f"<body lang=\"EN-GB\"><div class=\"WordSection1\">{inner}</div></body></html>")


def hp(text):
    """plain text to Outlook-ish html paragraphs"""
    return "".join(f"<p class=\"MsoNormal\">{html.escape(l) if l else '&nbsp;'}</p>" for l in text.split("\n"))


def html_outlook_fwd(frm, sent, to, subject, body_html, cc=None):
    s = ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
         f"<p class=\"MsoNormal\"><b>From:</b> {html.escape(frm)}<br><b>Sent:</b> {html.escape(sent)}<br>"
         f"<b>To:</b> {html.escape(to)}<br>")
    if cc:
        s += f"<b>Cc:</b> {html.escape(cc)}<br>"
    return s + f"<b>Subject:</b> {html.escape(subject)}</p></div><p class=\"MsoNormal\">&nbsp;</p>{body_html}"


def sig(I, name, role, org, email=None, phone=None, extra=""):
    I.st(name)
    s = f"\n\n{name}\n{role}\n{org}\n"
    if phone:
        s += f"Tel: {I.sp(phone)}\n"
    if email:
        s += f"{I.se(email)}\n"
    return s + extra


# =============================================================== scenarios
SCEN = []


def scenario(fn):
    SCEN.append(fn)
    return fn


@scenario
def s001():
    I = Inc("001-results-wrong-patient-same-name.eml", "results_same_name", ["inline_outlook", "manager_forward", "cte_qp", "plain"])
    p = Person("Margaret", "Holt", "F", dob=dt.date(1948, 11, 23), town="Halifax")
    p.mrn = "K" + str(R.randint(100000, 999999))
    other = Person("Margaret", "Holt", "F", town="Sowerby Bridge")
    I.ig("address", f"{other.line1}, {other.town}")
    I.ipc(other.pc)
    I.cats = ["health"]
    staff = (f"Hi both,\n\nI'm really sorry, I think I've made a mistake with a results letter this morning. "
             f"I was sending out the diabetes review bloods letters from the Tuesday clinic and when I searched PAS for "
             f"{I.nm(p)} I picked the first one in the list without checking the date of birth. The letter went to "
             f"the other Margaret Holt at {other.line1}, {other.town} {other.pc} instead of our patient.\n\n"
             f"Our patient is {I.nm(p, 'SF')}, DOB {I.dob(p, 'dmy')}, NHS number {I.nhs(p, '334')}, hospital no. "
             f"{I.mrn(p)}. Her address is {I.addr(p)}.\n\n"
             f"The letter had her HbA1c (71 mmol/mol), eGFR 38 and the note from Dr Arshad about starting her on "
             f"insulin and a referral to the renal team. The other lady rang the clinic at 11.40 to say she had opened "
             f"it and it wasn't hers. She said she'd post it back but I don't know if she will. I have not told our "
             f"patient yet, I wasn't sure if I should or if that's for someone else to do.\n\n"
             f"I'm so sorry, I know I should have checked the DOB, it was really busy and I was covering Jo's desk as well.\n\nKaren")
    I.st("Karen Lumley"); I.st("Dr Arshad"); I.st("Jo")
    mgr = ("Please see the account below from Karen, one of my admin team in diabetes outpatients. "
           "I've spoken to her and she's quite upset, so please go gently. I've asked the clinic to ring the second "
           "Mrs Holt back and offer a stamped addressed envelope. I'll ring our patient this afternoon and do the "
           "duty of candour conversation myself unless you advise otherwise. Datix to follow, the system was down "
           "this morning.\n\nThanks" + sig(I, "Lesley Wadsworth", "Outpatient Services Manager, Medicine", "Northgate Teaching Hospitals NHS Trust",
                                          "lesley.wadsworth@nhs.net", "01422 222 618"))
    body = mgr + "\n\n" + outlook_fwd(f"LUMLEY, Karen (NORTHGATE TEACHING HOSPITALS NHS TRUST) <{I.se('karen.lumley3@nhs.net')}>",
                                    "12 March 2024 12:06", f"WADSWORTH, Lesley (NORTHGATE TEACHING HOSPITALS NHS TRUST) <lesley.wadsworth@nhs.net>; {I.se('diabetes.outpatients@nhs.net')}",
                                    "wrong margaret holt - results letter", staff)
    I.sp("01422 222 618")
    I.grade(3, 3, ["health information (blood results, treatment plan) about an identified patient",
                   "letter delivered to and opened by a member of the public with the same name", "not yet returned"])
    m = hdr(text_part(body, cte="quoted-printable"), "Lesley Wadsworth <lesley.wadsworth@nhs.net>", I.se(MAILBOX),
            "FW: wrong margaret holt - results letter", "Tue, 12 Mar 2024 13:22:41 +0000")
    return I, m


@scenario
def s002():
    I = Inc("002-referral-wrong-practice-nhsnet.eml", "referral_wrong_practice_internal", ["docx_table", "trusted_domain", "plain"])
    p = Person(sex="M", age=67, town="Huddersfield")
    w = Person(sex="F", age=64, town="Huddersfield")
    I.cats = ["health"]
    ref = docx_file([
        ("h", "Suspected Cancer Referral (2WW) - Lower GI"),
        ("t", [["Patient name", I.nm(p, "SF")], ["Date of birth", I.dob(p, "dmy")], ["NHS number", I.nhs(p, "334")],
               ["Address", I.addr(p)], ["Telephone", I.land(p) + " / " + I.mob(p)],
               ["Next of kin", f"{I.nm(w)} (wife) {I.mob(w)}"],
               ["Interpreter required", "No"], ["Registered practice", "Birkby Road Surgery (B85099)"]]),
        ("p", "Reason for referral: 6 week history of change in bowel habit to looser stools, weight loss of 5kg, "
              "FIT 212 ug/g. Hb 104. Father had bowel cancer aged 70. Patient aware this is a suspected cancer referral "
              "and available for appointments in the next two weeks."),
        ("p", "Current medication: Ramipril 5mg OD, Atorvastatin 20mg ON, Metformin 500mg BD."),
        ("p", "Referring clinician: Dr S. Mahmood, Birkby Road Surgery"),
    ], author="Birkby Road Surgery")
    I.st("Dr S. Mahmood")
    body = ("Morning,\n\nReporting this as asked by our practice manager. Yesterday (14/03) I sent a 2WW lower GI referral "
            f"to the generic nhs.net account for Lindley Health Centre (that's {I.se('lindley.healthcentre@nhs.net')}) "
            f"instead of the hospital's 2WW booking team at {I.se('nth.2ww.referrals@nhs.net')}. They're next to each other "
            "in the address book. Lindley's reception emailed back this morning to say it wasn't for them and that "
            "they have deleted it. I have re-sent it to the right place and checked it has been received.\n\n"
            "Copy of what was sent attached. The patient isn't registered with Lindley.\n\n"
            "Kind regards" + sig(I, "Hollie Bairstow", "Medical Secretary", "Birkby Road Surgery, Calder Primary Care Federation",
                                  "hollie.bairstow@nhs.net", "01484 000 519"))
    I.ig("phone_number", "01484000519")
    I.grade(3, 2, ["health information (suspected cancer referral) about an identified patient",
                   "sent to another GP practice's nhs.net mailbox (within the trusted domain), deleted by the recipient"])
    m = assemble(text_part(body), [attach(ref, "2WW LGI referral.docx", *DOCX)], boundary="----=_NextPart_002_01DA7612")
    hdr(m, "Bairstow Hollie (BIRKBY ROAD SURGERY) <hollie.bairstow@nhs.net>", MAILBOX,
        "2WW referral sent to wrong practice", "Fri, 15 Mar 2024 09:11:02 +0000")
    return I, m


@scenario
def s003():
    I = Inc("003-out-of-office.eml", "non_report_out_of_office", ["auto_reply", "non_report", "plain"])
    body = ("Thank you for your email. I am on annual leave from Monday 18th March returning on Tuesday 2nd April "
            "with limited access to emails.\n\nFor urgent Information Governance queries please contact the IG team on "
            f"{I.sp('0113 496 0911')} or email {I.se('calder.icb.ig@nhs.net')}.\n\nFor urgent Caldicott Guardian "
            f"advice please contact {I.st('Dr Femi Oladipo')} via the ICB switchboard.\n\n{I.st('Ruth Ashworth')}\n"
            "Head of Information Governance & DPO\nNHS Calder Vale Integrated Care Board")
    I.grade(1, 1, ["automatic reply, no personal data", "not a breach report"])
    m = hdr(text_part(body), f"Ashworth Ruth (NHS CALDER VALE ICB) <{I.se('ruth.ashworth1@nhs.net')}>", MAILBOX,
            "Automatic reply: Breach report - CAMHS letter", "Mon, 18 Mar 2024 08:02:15 +0000",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return I, m


@scenario
def s004():
    I = Inc("004-clinic-list-to-supplier.eml", "clinic_list_external_supplier", ["xlsx_multi_sheet", "long_list", "terse", "chi_number", "external"])
    I.cats = ["health"]
    hdrs = ["Clinic", "Slot", "Hosp No", "Surname", "Forename", "DOB", "NHS No", "Postcode", "Contact No", "Reason", "Interp"]
    reasons = ["Raised PSA", "LUTS", "Haematuria - visible", "Haematuria - non visible", "Recurrent UTI", "Renal stone f/u",
               "Post TURP review", "Erectile dysfunction", "Scrotal swelling", "Bladder Ca surveillance", "Catheter review"]
    sheets = []
    chis = 0
    for title, n, start in [("Mon 8 Apr AM", 72, 8 * 60 + 30), ("Mon 8 Apr PM", 66, 13 * 60 + 30)]:
        rows = [hdrs]
        for i in range(n):
            p = Person(sex=R.choice("MMMF"), age=R.randint(32, 89))
            p.mrn = f"RXF{R.randint(1000000, 9999999)}"
            t = start + (i // 3) * 10
            if (title.startswith("Mon 8 Apr AM") and i in (17, 44)) or (title.endswith("PM") and i == 30):
                p.chi = chi_new(p.dob, p.sex == "F")
                num = I.chi(p, "plain")
                chis += 1
            else:
                num = I.nhs(p, "int")
            rows.append([("URO-" + title[-2:]), f"{t // 60:02d}:{t % 60:02d}", I.mrn(p), *I.nm_cols(p, True),
                         I.dob(p, "cell"), num, I.pc(p), I.mob(p, "plain") if i % 3 else I.land(p),
                         R.choice(reasons), R.choice(["", "", "", "", "Urdu", "Polish", "Punjabi", "Kurdish Sorani"])])
        sheets.append((title, rows))
    assert chis == 3
    x = xlsx(sheets)
    body = ("pls see attached, this was sent to medquip by mistake at 14:10 instead of the updated catheter "
            "order sheet. i have emailed them to ask them to delete it but no reply yet\n\n"
            + I.st("Dean") + "\n\n" + outlook_fwd(f"Ogden, Dean <{I.se('dean.ogden@nhs.net')}>", "Wednesday, March 20, 2024 2:10 PM",
                                     f"'orders@medquip-solutions.co.uk' <{I.se('orders@medquip-solutions.co.uk')}>",
                                     "Catheter order - urology OPD", "Hi Sharon,\n\nOrder sheet for next week attached.\n\nThanks\nDean"))
    I.st("Dean Ogden"); I.st("Sharon")
    I.grade(3, 3, ["clinic list: names, NHS/CHI numbers, DOBs and urology referral reasons (health)",
                   "sent to an external supplier outside the NHS", "no confirmation of deletion yet"])
    m = assemble(text_part(body), [attach(x, "UROLOGY OPD 08.04.24.xlsx", *XLSX)], boundary="_004_LO2P265MB3381_")
    hdr(m, "Ogden, Dean <dean.ogden@nhs.net>", MAILBOX, "FW: Catheter order - urology OPD", "Wed, 20 Mar 2024 14:31:50 +0000")
    return I, m


@scenario
def s005():
    I = Inc("005-safeguarding-copied-to-alleged-abuser.eml", "safeguarding_to_alleged_abuser", ["docx_table", "chain_forward", "inline_outlook", "plain"])
    mum = Person("Doreen", "Appleyard", "F", dob=dt.date(1936, 2, 9), town="Wakefield")
    dau = Person("Julie", "Exley", "F", age=58, town="Castleford")
    son = Person("Craig", "Appleyard", "M", age=55, town="Wakefield")
    I.st(son.full); I.se(son.email)
    I.cats = ["safeguarding", "health"]
    rep = docx_file([
        ("h", "Adult Safeguarding Concern - Section 42 Enquiry referral"),
        ("t", [["Adult at risk", I.nm(mum, "full")], ["DOB", I.dob(mum, "dMy")], ["NHS No", I.nhs(mum, "plain")],
               ["Address", I.addr(mum)], ["Care and support needs", "Mixed Alzheimer's and vascular dementia, lives alone, "
                                                                   "daily DN visits for leg ulcer dressings"],
               ["Person raising concern", f"{I.nm(dau)} (daughter), tel {I.mob(dau, 'mob43')}"],
               ["Person alleged to be causing harm", f"{son.full} (son), same address most days"],
               ["Type of abuse", "Financial / material; possible neglect"]]),
        ("p", f"Doreen's daughter Julie reports that her brother has had control of Doreen's bank card since October, that "
              "bills have gone unpaid and that the fridge is frequently empty when DNs visit. DN staff observed Mrs Appleyard "
              "to have lost weight (MUST score 2) and to be distressed, saying 'he'll be cross' when asked about money."),
        ("p", "Mental capacity: assessed 04/03/2024 as lacking capacity to manage her finances. Consent to referral not "
              "required; best-interests decision recorded."),
        ("p", "Immediate actions: DN team to increase visits; GP informed; request for Adult Social Care to consider "
              "appointeeship. Daughter asked that her brother is NOT told she raised the concern."),
    ], author="Calder Community Health")
    inner = ("Hi Nasreen,\n\nPlease find attached the safeguarding referral for Mrs Appleyard as discussed at the huddle. "
             "Copying in family as per the contact list.\n\nThanks\nTash")
    I.st("Nasreen"); I.st("Tash")
    fwd1 = ("Tasha has just realised the 'family' address in the contact list was the son's, not the daughter's. He has "
            "already replied (below). Can you advise urgently? The daughter is frightened.\n\n"
            + outlook_fwd(f"Craig Appleyard <{son.email}>", "19 March 2024 16:47", f"Tasha Broadley <{I.se('tasha.broadley@nhs.net')}>",
                          "RE: Safeguarding referral - D Appleyard",
                          "Who the hell has made these accusations. I know it was our Julie. I'm ringing my solicitor and I will be up "
                          "at mum's tonight.\n\n" + outlook_fwd(f"Tasha Broadley <tasha.broadley@nhs.net>", "19 March 2024 15:02",
                          f"{I.se('wakefield.asc.safeguarding@nhs.net')}; {son.email}", "Safeguarding referral - D Appleyard", inner)))
    I.st("Tasha Broadley")
    body = ("Forwarding for logging as a serious incident - safeguarding team aware, police welfare check requested for tonight. "
            "Ref from ASC to follow.\n\n" + sig(I, "Gail Priestley", "District Nursing Team Leader, Wakefield West", "Calder Community Health NHS Trust",
                                               "gail.priestley@nhs.net", "07700 900 021")
            + "\n" + outlook_fwd("Tasha Broadley <tasha.broadley@nhs.net>", "19 March 2024 17:05", "Gail Priestley <gail.priestley@nhs.net>",
                                 "FW: RE: Safeguarding referral - D Appleyard", fwd1))
    I.grade(4, 5, ["safeguarding referral about a vulnerable adult with dementia (special category, vulnerable)",
                   "sent to the person alleged to be causing harm, who has replied and threatened to attend",
                   "identity of the daughter who raised the concern disclosed"])
    m = assemble(text_part(body), [attach(rep, "Safeguarding referral DA.docx", *DOCX)], boundary="_005_AS8P191MB1480_")
    hdr(m, "Priestley Gail (CALDER COMMUNITY HEALTH NHS TRUST) <gail.priestley@nhs.net>", MAILBOX,
        "FW: RE: Safeguarding referral - D Appleyard  **URGENT**", "Tue, 19 Mar 2024 17:19:30 +0000")
    return I, m


@scenario
def s006():
    I = Inc("006-support-group-open-recipients.eml", "group_email_addresses_disclosed", ["html_only", "recipients_are_subjects", "inline_outlook", "cte_base64"])
    I.cats = ["mental_health"]
    members = [Person(age=R.randint(22, 70)) for _ in range(24)]
    to, cc = [], []
    for i, p in enumerate(members):
        e = I.em(p)
        if i % 3 == 0:
            s = f"{I.nm(p)} <{e}>"
        elif i % 3 == 1:
            s = f"'{I.nm(p, 'lower')}' <{e}>" if i % 2 else e
        else:
            s = e
        (to if i < 15 else cc).append(s)
    inner = hp("Hi everyone,\n\nJust a reminder that the Hearing Voices group is back on at the Orange Box on Thursday 11th "
               "April, 2-4pm. We'll be carrying on with the coping strategies sessions and there will be a chance to talk about "
               "medication side effects with one of the pharmacists. Bus fares can be reimbursed as usual.\n\n"
               "Take care, and ring the team if you need us before then.\n\nDanny\nPeer Support Worker, Halifax Community Mental Health Team")
    I.st("Danny"); I.st("Danny Hirstwood")
    top = hp("Hi IG,\n\nOne of our peer support workers has sent the group reminder with everyone's addresses visible in To "
             "and Cc instead of Bcc. 24 people on it, all current service users of the Hearing Voices group. One of the group "
             "has already rung in upset because her ex-partner's sister is on the list and now has her email. Danny has tried to "
             "recall it but most are external so it won't have worked.\n\nWhat do we need to do? I've told Danny not to send anything "
             "further.\n\nThanks\nMichelle Ward\nTeam Manager, Halifax CMHT\nPennine Moors Partnership NHS Foundation Trust\n"
             f"{I.se('michelle.ward12@nhs.net')} | {I.sp('01422 000 774')}")
    I.st("Michelle Ward")
    h = html_wrap(top + "<p class=\"MsoNormal\">&nbsp;</p>" + html_outlook_fwd(
        f"Hirstwood Danny (PENNINE MOORS PARTNERSHIP NHS FT) <{I.se('danny.hirstwood@nhs.net')}>", "08 April 2024 10:12",
        "; ".join(to), "Hearing Voices group - Thurs 11th", inner, cc="; ".join(cc)))
    I.grade(4, 3, ["24 service users' personal e-mail addresses disclosed to each other",
                   "membership of a Hearing Voices group reveals mental health (special category)",
                   "recipients outside the NHS; recall failed"])
    m = text_part(h, "html", cte="base64")
    m["MIME-Version"] = "1.0"
    hdr(m, "Ward Michelle (PENNINE MOORS PARTNERSHIP NHS FT) <michelle.ward12@nhs.net>", MAILBOX,
        "FW: Hearing Voices group - Thurs 11th - emails not bcc'd", "Mon, 08 Apr 2024 11:03:44 +0100")
    return I, m


@scenario
def s007():
    I = Inc("007-keysafe-rota-former-employee.eml", "rota_keysafes_former_employee", ["xlsx_multi_sheet", "two_people_per_row", "long_list", "gmail_fwd", "external"])
    I.cats = ["health"]
    clients = [Person(age=R.randint(66, 98), flat=R.random() < 0.25, town=R.choice(["Halifax", "Brighouse", "Sowerby Bridge", "Huddersfield"])) for _ in range(52)]
    needs = ["Dementia - prompt meds", "Stroke L side, hoist x2", "Diabetic - insulin by DN", "Parkinson's", "COPD, O2 at home",
             "Catheter care", "Blind, guide rail", "Frail, falls risk", "MS, double up", "End of life - fast track", "Post hip #"]
    crows = [["Client", "Address", "Postcode", "Key safe", "Tel", "Needs", "NOK", "NOK relationship", "NOK tel"]]
    noks = 0
    for i, c in enumerate(clients):
        nok_cells = ["", "", ""]
        if i % 13 != 5:
            k = Person(age=R.randint(35, 70), town=R.choice(list(TOWNS)))
            noks += 1
            nok_cells = [I.nm(k), R.choice(["Daughter", "Son", "Niece", "Husband", "Wife", "Neighbour", "Grandson"]),
                         I.mob(k, R.choice(["std", "plain", "mob43"]))]
        crows.append([I.nm(c, "sf"), I.addr(c, pc=False), I.pc(c), f"{R.randint(0, 9999):04d}" + R.choice(["", "", " (C to open)"]),
                      I.land(c) if i % 2 else I.mob(c), R.choice(needs)] + nok_cells)
    rrows = [["Day", "Call", "Time", "Carer", "Client", "Duration"]]
    carers = [I.st(c) for c in ["Leanne H", "Bex", "Stacey M", "Jordan", "Amina", "Kasia", "Sue W"]]
    for d in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]:
        for j in range(12):
            c = clients[(j * 4 + len(d) + ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].index(d) * 5) % 52]
            rrows.append([d, ["AM", "Lunch", "Tea", "Bed"][j % 4], f"{7 + j}:{R.choice(['00', '15', '30', '45'])}",
                          carers[j % 7], I.nm(c, "sf"), R.choice(["30", "45", "60", "15"])])
    x = xlsx([("Rota wk15", rrows), ("Clients", crows)])
    inner = ("Hi Bex, rota for next week attached, any problems let me know. Key safe numbers are on the 2nd tab. Gail")
    body = ("Gary, see below. The office sent next week's rota to Rebecca's old Gmail - she left us on 29th Feb. "
            "I've messaged her on WhatsApp to ask her to delete it, she's read it but not answered. Do we need to change "
            "all the key safe codes? That's 52 clients.\n\nPaula\n\n"
            + gmail_fwd(f"Brightside Office <{I.se('office@brightsidehomecare.co.uk')}>", "Fri, 5 Apr 2024 at 15:48",
                        f"rebecca.s.holroyd@gmail.com", "Rota wk15 + client list", inner))
    I.se("rebecca.s.holroyd@gmail.com"); I.st("Rebecca"); I.st("Bex"); I.st("Gail"); I.st("Gary"); I.st("Paula")
    body += sig(I, "Paula Hanson", "Registered Manager", "Brightside Home Care Ltd - Calderdale branch", "paula.hanson@brightsidehomecare.co.uk",
                "01422 000 330", "CQC registered provider 1-2345678901\n")
    I.grade(4, 3, [f"{len(clients)} vulnerable adults' addresses with key safe codes (risk of physical harm and theft)",
                   "care needs (health) and next of kin contact details", "sent to a former employee's personal Gmail; no deletion confirmed"])
    m = assemble(text_part(body), [attach(x, "ROTA WK15 FINAL v2.xlsx", *XLSX)], boundary="000000000000a1b2c3d4e5f60007")
    hdr(m, "Paula Hanson <paula.hanson@brightsidehomecare.co.uk>", f"{MAILBOX}", "Fwd: Rota wk15 + client list",
        "Fri, 5 Apr 2024 17:20:03 +0100", cc=I.se("gary.clegg@brightsidehomecare.co.uk"))
    I.st("Gary Clegg")
    return I, m


@scenario
def s008():
    I = Inc("008-sar-third-party-records.eml", "sar_wrong_records", ["pdf_letter", "external", "plain", "docx_table"])
    I.cats = ["mental_health"]
    req = Person("Daniel", "Reece", "M", age=41, town="Bradford")
    I.st(req.full); I.st("Mr D Reece"); I.ig("address", f"{req.line1}, {req.town}"); I.ipc(req.pc)
    p = Person("David", "Reece", "M", dob=dt.date(1979, 6, 17), town="Keighley", flat=True)
    p.mrn = f"PM{R.randint(100000, 999999)}"
    mum = Person("Christine", "Reece", "F", age=70, town="Keighley")
    letter = pdf_file([
        "Pennine Moors Partnership NHS Foundation Trust", "Information Rights Team, Fieldhead House, Bradford " + I.ipc("BD4 7RQ"),
        "", "Our ref: SAR/24/0317", "28 March 2024", "", f"Mr D Reece", req.line1, req.town, req.pc, "",
        "Dear Mr Reece", "", "##Subject Access Request - response",
        "Thank you for your request under Article 15 UK GDPR received on 01/03/2024. Please find enclosed copies of the "
        "records we hold about you. Some third party information has been withheld.", "",
        f"Records enclosed for: {I.nm(p, 'FULL')}   Date of birth: {I.dob(p, 'dmy')}   NHS No: {I.nhs(p, '334')}",
        f"Trust number: {I.mrn(p)}   Address on record: {I.addr(p)}", "",
        "Enclosures: CMHT clinical notes 2019-2024 (212 pages); Care Programme Approach reviews; Mental Health Act "
        "section 2 papers (2021); Clozapine clinic monitoring results.", "", "Yours sincerely", "", "Information Rights Officer"])
    summary = docx_file([("h", "Care Plan Summary (extract page 1)"),
                         ("t", [["Name", I.nm(p, "SF")], ["Diagnosis", "Paranoid schizophrenia (F20.0); alcohol misuse"],
                                ["Care coordinator", "J. Rafiq, Keighley CMHT"], ["Nearest relative", f"{I.nm(mum)} (mother) {I.land(mum)}"],
                                ["Relapse indicators", "stops clozapine, increased drinking, believes neighbours are monitoring him"],
                                ["Risk", "History of self-harm 2021; no current plan"]])])
    I.st("J. Rafiq")
    body = ("Hello,\n\nI am reporting a breach on behalf of the Information Rights team. The SAR response for Mr Daniel Reece "
            "(our ref SAR/24/0317) was sent out on 28/03 via Egress but contained the records of a different patient, David "
            "Reece, who has a similar name and was picked from RiO by mistake. Mr Daniel Reece emailed us yesterday "
            f"from {I.se('dreece.1983@outlook.com')} to say he'd got 'someone else's mental health file'. He has not said whether he has "
            "deleted it - we've asked him to and are chasing.\n\nThe covering letter and first page of the care plan summary "
            "are attached so you can see what went. The full bundle was 212 pages of CMHT notes.\n\nDavid Reece is not yet aware. "
            "His care coordinator has been informed.\n\nRegards" + sig(I, "Sunita Kaur", "Information Rights Officer",
                                                                        "Pennine Moors Partnership NHS Foundation Trust", "pmp.informationrights@nhs.net"))
    I.grade(4, 3, ["entire mental health record (special category) of an identified patient and his mother's details",
                   "disclosed to a member of the public (the requester); deletion not confirmed"])
    m = assemble(text_part(body), [attach(letter, "SAR 24-0317 cover letter.pdf", *PDF), attach(summary, "CPA summary p1.docx", *DOCX)],
                 boundary="----=_Part_8812_1394817.1711966620")
    hdr(m, "Kaur Sunita (PENNINE MOORS PARTNERSHIP NHS FT) <sunita.kaur41@nhs.net>", MAILBOX,
        "SAR sent with wrong patient's records", "Tue, 02 Apr 2024 10:17:00 +0100")
    I.se("sunita.kaur41@nhs.net")
    return I, m


@scenario
def s009():
    I = Inc("009-staff-looked-up-ex-partner.eml", "inappropriate_access_ex_partner", ["html_alternative", "misuse", "internal_access"])
    I.cats = ["reproductive_health"]
    p = Person("Kirsty", "Haigh", "F", dob=dt.date(1993, 8, 30), town="Wakefield")
    p.mrn = f"W{R.randint(1000000, 9999999)}"
    kid = Person("Alfie", "Haigh", "M", dob=dt.date(2021, 1, 14), town="Wakefield")
    text = ("Ruth,\n\nAs discussed on the phone. Following a complaint from a patient on 22/03 our privacy monitoring report was run "
            "for her record. It shows that Ryan Thornton, a porter's supervisor in Estates, accessed her electronic record "
            "14 times between 3 February and 20 March 2024, including the maternity record, the booking history and the "
            "demographics page. He has no work reason to access any patient records. The patient is his ex-partner.\n\n"
            f"Patient: {I.nm(p)}\nDOB: {I.dob(p, 'longn')}\nMRN: {I.mrn(p)}\nNHS No: {I.nhs(p, 'plain')}\n\n"
            f"Pages viewed included the current pregnancy booking (12 weeks, 19/03), her early pregnancy unit attendance in January "
            f"and the safeguarding alert on the record, and the demographics page which has her new address, {I.addr(p)}, "
            f"which she moved to in January and had not given him. He also opened the record of her son {I.nm(kid, 'first')} "
            f"(born {I.dob(kid, 'dmy')}).\n\nShe says that on 21 March he sent her a text message congratulating her on the "
            "pregnancy, which she had told nobody about except her mum, and that he turned up outside the new address that "
            "evening. Police are aware.\n\nHe has been suspended pending investigation and his Smartcard/AD account disabled. "
            "HR (Neil Bottomley) are leading.\n\nThanks" + sig(I, "Asha Mistry", "Privacy Officer", "Northgate Teaching Hospitals NHS Trust",
                                                               "asha.mistry@nhs.net", "0113 496 0500"))
    I.st("Ryan Thornton"); I.st("Neil Bottomley"); I.st("Ruth")
    h = html_wrap(hp(text))
    I.grade(4, 5, ["a member of staff viewed his ex-partner's maternity record and her child's record with no work reason",
                   "reproductive health (pregnancy) and new address disclosed to him", "misuse has occurred: he contacted her about the pregnancy and attended the new address"])
    m = assemble(text_part(text, cte="quoted-printable"), alt_html=text_part(h, "html", cte="quoted-printable"),
                 alt_boundary="_000_DB7PR02MB4779D9_")
    hdr(m, "Mistry Asha (NORTHGATE TEACHING HOSPITALS NHS TRUST) <asha.mistry@nhs.net>", I.se(MAILBOX),
        "Inappropriate access - member of staff / ex-partner (RESTRICTED)", "Mon, 25 Mar 2024 15:40:12 +0000",
        cc=I.se("ruth.ashworth1@nhs.net"))
    return I, m


@scenario
def s010():
    I = Inc("010-facebook-patient-photo.eml", "social_media_photo", ["screenshot_description", "png", "published", "plain"])
    I.cats = ["health"]
    p = Person("Harry", "Wilkinson", "M", age=19, town="Leeds")
    body = ("To whom it may concern\n\nI'm a clinical team leader at Leeds South. A member of the public has sent us a "
            "screenshot (attached) of a post in the public Facebook group 'Leeds Road Watch' from Sunday night. I've typed "
            "out what it shows as the picture is quite small:\n\n"
            "[Screenshot: Facebook post by 'Jade Marie' (one of our student paramedics on placement, Jade Marie Wood), "
            "posted 31 March at 23:52. The photo is taken inside the back of one of our ambulances and shows a young man "
            "on the trolley with a neck collar on and blood on his face. His face is clearly visible. Caption: \"Another "
            "Saturday night on the A64 lol, this lad came off his bike at 70 and is still asking for his phone\". "
            "187 reactions, 64 comments, 23 shares.]\n\n"
            "In the comments someone has written \"thats " + I.nm(p, "lower") + " from Seacroft!!\" and another person has written his "
            f"address as \"{I.addr(p, town=False, pc=False)} near the chippy\". The patient was conveyed to LGI with a suspected "
            f"C-spine injury. From our ePR he is {I.nm(p)}, DOB {I.dob(p, 'dmy1')}.\n\n"
            "I have asked Jade to take the post down and she says she has done that this morning, but it was shared 23 "
            "times so it will still be out there. Her university has been informed.\n\nSorry for the long email, I wasn't "
            "sure who to send this to." + sig(I, "Marcus Pearce", "Clinical Team Leader, Leeds South", "Northern Dales Ambulance Service NHS Trust",
                                               "marcus.pearce@nhs.net", "07700 900 402"))
    I.st("Jade Marie Wood"); I.st("Jade Marie"); I.st("Jade")
    I.grade(3, 4, ["photograph and injury of an identifiable patient (health)", "published on a public Facebook group, shared 23 times",
                   "name and street added by commenters"])
    m = assemble(text_part(body), [attach(png_file(), "Screenshot_20240401-081233_Facebook.png", *PNG)], boundary="Apple-Mail=_5E2A-010")
    hdr(m, "Pearce Marcus (NDAS) <marcus.pearce@nhs.net>", MAILBOX, "Facebook post - patient photo",
        "Mon, 01 Apr 2024 08:40:19 +0100")
    return I, m


@scenario
def s011():
    I = Inc("011-gp-letter-left-on-bus.eml", "lost_paper_on_bus", ["html_only", "typed_transcript", "cte_qp"])
    I.cats = ["mental_health"]
    p = Person("Sadia", "Rafiq", "F", dob=dt.date(1988, 4, 2), town="Dewsbury")
    h = hp("Dear IG team\n\nI need to report a lost letter. Our GP trainee Dr Owens took a printed copy of a clinic letter "
           "home on Wednesday to dictate a reply (I know, she's been told) and left it on the 202 bus from Dewsbury to "
           "Huddersfield at about 6.15pm. She realised when she got off. She rang Arriva lost property Thursday and Friday and it "
           "hasn't been handed in.\n\nFrom her copy on the system, the letter was from the perinatal mental health team and said:\n\n"
           f"Re: {I.nm(p)}  D.O.B. {I.dob(p, 'dmy')}  NHS No. {I.nhs(p, '334')}\n{I.addr(p)}\n"
           f"Tel: {I.mob(p, 'mob335')}\n\n"
           "\"Thank you for referring this 35 year old lady who is 28 weeks pregnant with her third child. She has a history of "
           "postnatal depression and an overdose in 2019 after the birth of her second child. She reports low mood, "
           "intrusive thoughts and poor sleep. We have started sertraline 50mg... She is worried her husband's family will find out "
           "about her mental health history...\"\n\nWe have not yet told the patient. The practice manager wants to speak to "
           "her today.\n\nThanks,\nCarla\nReception & Admin Lead\nRavensthorpe Medical Practice")
    I.st("Dr Owens"); I.st("Carla"); I.st("Carla Pilling")
    I.cats.append("reproductive_health")
    I.grade(4, 3, ["perinatal mental health letter (mental health, pregnancy, overdose history) about an identified patient",
                   "printed letter lost on a public bus and not recovered"])
    m = text_part(html_wrap(h), "html", cte="quoted-printable")
    m["MIME-Version"] = "1.0"
    hdr(m, f"Carla Pilling <{I.se('carla.pilling@nhs.net')}>", MAILBOX, "lost letter - bus", "Mon, 25 Mar 2024 08:55:00 +0000")
    return I, m


def simple(file, scen, tags, frm, subj, date, body, cats, grade, atts=(), cte=None, html_only=False, boundary="b-fresh9", to=MAILBOX, cc=None, near=False, I=None):
    I.cats = cats
    I.grade(*grade)
    I.near_miss = near
    I.se(re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm)
    I.se(to)
    if html_only:
        part = text_part(html_wrap(hp(body)) if not body.lstrip().startswith("<") else body, "html", cte=cte)
    else:
        part = text_part(body, cte=cte)
    m = assemble(part, list(atts), boundary=boundary)
    hdr(m, frm, to, subj, date, cc=cc)
    return I, m


@scenario
def s012():
    I = Inc("012-dental-list-recipient-deleted.eml", "containment_confirmed_deletion", ["gmail_fwd", "children", "containment", "xlsx"])
    kids = [Person(age=R.randint(4, 15), town="Bradford") for _ in range(12)]
    rows = [["Child", "DOB", "NHS no", "Appt", "Parent/carer tel", "Treatment"]]
    for i, k in enumerate(kids):
        rows.append([I.nm(k), I.dob(k, "dmy"), I.nhs(k, "plain"), f"17/04/2024 {9 + i // 2}:{'00' if i % 2 == 0 else '30'}",
                     I.mob(k), R.choice(["GA extractions x4", "Fissure sealants", "Review - anxious", "Extraction LLE", "Fluoride varnish"])])
    x = xlsx([("GA list", rows)])
    mum = "Samantha Booth"
    body = ("Please log. Our dental nurse sent the community dental GA list for 17 April to a parent's personal email instead of "
            "the hospital theatre coordinator. The parent (Mrs Booth) replied within the hour, see below, to confirm she has deleted it "
            "and emptied her deleted items. I rang her to thank her and she confirmed again on the phone.\n\nAnita Ghosh\nClinical Lead, "
            "Community Dental Service\nCalder Community Health NHS Trust\n\n"
            + gmail_fwd(f"Samantha Booth <{I.se('sam.booth.86@yahoo.co.uk')}>", "Tue, 9 Apr 2024 at 11:02",
                        f"Bradford Community Dental <{I.se('cch.bradforddental@nhs.net')}>", "Re: GA list 17/04",
                        "Hi, I think this was sent to me by mistake, it has lots of children's details on it. I haven't "
                        "opened it properly and I've deleted it and emptied the bin.\nSam\n\n"
                        "On Tue, 9 Apr 2024 at 10:21, Bradford Community Dental <cch.bradforddental@nhs.net> wrote:\n"
                        + quote("Hi, please see GA list for 17/04 attached, thanks, Bradford CDS")))
    I.st(mum); I.st("Sam"); I.st("Mrs Booth"); I.st("Anita Ghosh")
    return simple(I.file, I.scenario, I.tags, "Ghosh Anita (CALDER COMMUNITY HEALTH NHS TRUST) <anita.ghosh@nhs.net>",
                  "FW: Re: GA list 17/04 - sent to parent in error", "Tue, 09 Apr 2024 14:05:55 +0100", body, ["health"],
                  (3, 2, ["children's dental treatment list (health; children are vulnerable)", "sent to a parent's personal e-mail outside the NHS",
                          "containment: the recipient confirmed deletion in writing and by phone (likelihood -1)"]),
                  atts=[attach(x, "GA list 170424.xlsx", *XLSX)], boundary="0000000000009f3e1a0615a1b2c3", I=I)


@scenario
def s013():
    I = Inc("013-result-sent-to-ex-who-phoned.eml", "misuse_recipient_contacted_patient", ["outlook_fwd", "misuse", "plain", "cte_base64"])
    p = Person("Nathan", "Greenwood", "M", dob=dt.date(1996, 12, 19), town="Leeds", flat=True)
    p.mrn = f"SH{R.randint(10000, 99999)}"
    ex = "jordan.kelly-leeds@hotmail.co.uk"
    I.se(ex); I.st("Jordan Kelly")
    inner = (f"Dear {I.nm(p, 'first')},\n\nYour recent test results from the Centre for Sexual Health are now available. Your "
             "chlamydia and gonorrhoea tests were negative. Your HIV test was reactive and we need to see you again as soon "
             "as possible for a confirmatory test. Please call the clinic on 0113 496 0277 to book.\n\n"
             f"Clinic number: {I.mrn(p)}")
    I.sp("0113 496 0277")
    body = ("Hi IG\n\nI'm the health adviser who deals with results. Please see below, I'm absolutely gutted. The email address on "
            f"the system for {I.nm(p)} ({I.dob(p, 'iso')}) was an old one belonging to his ex-partner - he'd given it years ago and we "
            "never updated it. The patient phoned this morning very distressed: the ex rang him last night, told him she'd seen the "
            "result and said she was going to tell his family and his work. He hasn't disclosed his status to anyone.\n\n"
            f"His current details are {I.mob(p, 'intl')} and {I.em(p)}. He's coming in today for his confirmatory test and "
            "support. I've updated the record.\n\nBecky\nSenior Health Adviser\n\n"
            + outlook_fwd("Centre for Sexual Health <leeds.sexualhealth@nhs.net>", "Wednesday, April 10, 2024 4:31 PM",
                          ex, "Your test results", inner))
    I.se("leeds.sexualhealth@nhs.net"); I.st("Becky")
    return simple(I.file, I.scenario, I.tags, "Becky Marsden <rebecca.marsden7@nhs.net>", "FW: Your test results - sent to wrong person URGENT",
                  "Thu, 11 Apr 2024 09:47:31 +0100", body, ["sexual_health"],
                  (4, 5, ["HIV reactive result (sexual health) about an identified patient",
                          "sent to his ex-partner's personal e-mail", "misuse has occurred: she phoned him and threatened to tell family and employer"]),
                  cte="base64", I=I)


@scenario
def s014():
    I = Inc("014-camhs-letter-within-nhsnet.eml", "internal_nhsnet_misdirect", ["trusted_domain", "plain", "inline_outlook"])
    c = Person(age=14, town="Huddersfield")
    par = Person(sex="F", age=44, last=c.last, town="Huddersfield")
    body = ("Hi,\n\nJust logging this. I sent a CAMHS assessment letter to Dr Ellie Walker at the wrong nhs.net address - "
            "there are two E Walkers and I picked the one at an ICB in Cumbria rather than the GP. She's replied to say "
            "she's deleted it and it's gone nowhere else.\n\n"
            f"Young person: {I.nm(c, 'SF')}, dob {I.dob(c, 'dmy')}, NHS {I.nhs(c, 'dash')}. Mum {I.nm(par)} is on the letter as well "
            f"with her mobile {I.mob(par, 'mob43')}.\nThe letter is the initial choice appointment outcome: low mood, self-harm (cutting), "
            "school refusal since January, referred on for CBT.\n\nThanks\n" + I.st("Priya Nair") + "\nCAMHS Admin, Pennine Moors Partnership\n\n"
            + outlook_fwd(f"WALKER, Ellie (NHS NORTH CUMBRIA ICB) <{I.se('ellie.walker5@nhs.net')}>", "16 April 2024 10:02",
                          f"NAIR, Priya <{I.se('priya.nair3@nhs.net')}>", "RE: CAMHS choice appointment outcome",
                          "Hi Priya, I think this was meant for a different Dr Walker, I'm not a GP! Deleted from inbox and deleted items. Ellie"))
    I.st("Dr Ellie Walker"); I.st("Ellie"); I.st("Ellie Walker")
    return simple(I.file, I.scenario, I.tags, "NAIR, Priya <priya.nair3@nhs.net>", "misdirected CAMHS letter (nhs.net to nhs.net)",
                  "Tue, 16 Apr 2024 11:30:00 +0100", body, ["mental_health"],
                  (4, 2, ["CAMHS letter: self-harm and low mood of a child (mental health, vulnerable)",
                          "recipient is an NHS clinician on nhs.net (trusted domain) who confirmed deletion"]), I=I)


@scenario
def s015():
    I = Inc("015-near-miss-autocomplete.eml", "near_miss_caught", ["near_miss", "plain", "terse"])
    p = Person(age=81, town="Harrogate")
    body = ("Near miss to report as per policy. Was about to send the discharge summary for " + I.nm(p, "SF") +
            f" (NHS no {I.nhs(p, 'plain')}) to the GP and Outlook autocompleted to a personal hotmail address of someone with the "
            "same first name. Spotted it in the To line before I pressed send, nothing was sent. Have now removed the address "
            "from my autocomplete list.\n\n" + I.st("Ben") + "\nWard 7 clerk")
    I.st("Ben Ackerley")
    return simple(I.file, I.scenario, I.tags, "Ackerley Ben <ben.ackerley@nhs.net>", "near miss - email not sent",
                  "Wed, 17 Apr 2024 13:13:13 +0100", body, ["health"],
                  (1, 1, ["near miss: caught before sending, nothing disclosed"]), near=True, I=I)


@scenario
def s016():
    I = Inc("016-ig-newsletter.eml", "non_report_newsletter", ["html_alternative", "non_report", "newsletter"])
    text = ("IG Matters - April 2024\n\nWelcome to the spring edition of IG Matters from the Calder Vale ICB IG team.\n\n"
            "1. Breaches this quarter: misdirected emails remain our most common incident type (41%). Please check the "
            "address before you press send and use Bcc for group emails.\n2. Reminder: DSPT submission deadline is 30 June. "
            "Training compliance across the system is 89% against a 95% target.\n3. New starters: welcome to Ifeoma Eze, our new "
            "IG Officer, who joins from the ambulance service.\n4. Records retention: the Records Management Code of Practice "
            "2023 is now in force.\n\nQuestions? Reply to this email or ring the team.\n\nTo unsubscribe from IG Matters, "
            "reply with UNSUBSCRIBE.")
    I.st("Ifeoma Eze")
    h = html_wrap("<h2>IG Matters &ndash; April 2024</h2>" + hp(text.split("\n", 2)[2]))
    I.grade(1, 1, ["newsletter, no personal data", "not a breach report"])
    m = assemble(text_part(text), alt_html=text_part(h, "html", cte="quoted-printable"), alt_boundary="=_alt_016_")
    hdr(m, f"Calder Vale ICB IG Team <{I.se('calder.icb.ig@nhs.net')}>", I.se(MAILBOX), "IG Matters - April 2024 newsletter",
        "Thu, 04 Apr 2024 07:30:00 +0100", extra=[("List-Unsubscribe", "<mailto:calder.icb.ig@nhs.net?subject=UNSUBSCRIBE>")])
    return I, m


@scenario
def s017():
    I = Inc("017-dnacpr-wrong-care-home.eml", "hospice_dnacpr_wrong_care_home", ["pdf_letter", "cte_base64", "external"])
    p = Person(age=86, sex="F", town="Todmorden")
    son = Person(age=60, sex="M", last=p.last, town="Hebden Bridge")
    pdfb = pdf_file(["##DO NOT ATTEMPT CARDIOPULMONARY RESUSCITATION (adults aged 16 and over)",
                     f"Name: {I.nm(p, 'FULL')}", f"Date of birth: {I.dob(p, 'dmy')}", f"NHS number: {I.nhs(p, '334')}",
                     f"Address: {I.addr(p)}", "",
                     "Summary of main clinical problems: metastatic breast cancer with liver and bone metastases; frailty.",
                     "CPR would not be successful. Discussed with patient who has capacity and agrees. Discussed with son "
                     f"{I.nm(son)} ({I.land(son)}) on 28/03/2024.", "", "Senior responsible clinician: Dr H. Quayle, St Aidan's Hospice"],
                    title="DNACPR")
    I.st("Dr H. Quayle")
    body = ("Dear IG\n\nOur community palliative care CNS sent a DNACPR form and the anticipatory medicines chart by email to "
            "Moorside View care home instead of Moorside Court, where the patient moved last week. Moorside View's manager says "
            f"it was opened by a senior carer. They use an ordinary email address ({I.se('moorsideview.manager@btconnect.com')}), "
            "not NHS mail. We have asked them to delete it.\n\nThe DNACPR form is attached.\n\nBest wishes\n"
            + I.st("Fiona Lindqvist") + "\nClinical Services Manager\nSt Aidan's Hospice\nRegistered charity no. 502211")
    return simple(I.file, I.scenario, I.tags, f"Fiona Lindqvist <fiona.lindqvist@staidanshospice.org.uk>",
                  "DNACPR sent to wrong care home", "Wed, 03 Apr 2024 16:12:08 +0100", body, ["health"],
                  (3, 3, ["DNACPR form and cancer diagnosis of an identified patient (health)", "sent to the wrong care home (external, not NHS mail)",
                          "deletion requested, not confirmed"]),
                  atts=[attach(pdfb, "DNACPR.pdf", *PDF)], cte="base64", boundary="--==_mimepart_017", I=I)


@scenario
def s018():
    I = Inc("018-ambulance-prf-found-in-street.eml", "lost_paper_found_by_public", ["hc_number", "cte_base64", "photo_description", "external"])
    p = Person(age=72, sex="M", town="Harrogate")
    p.hc = hc_new()
    reset_postcode_area(p, "BT20", "Bangor")
    wife = Person(age=70, sex="F", last=p.last, town="Harrogate")
    body = ("Hi\n\nA member of the public emailed PALS this morning with a photo of one of our paper patient report forms that "
            "she found on the pavement outside Harrogate District Hospital ED. It must have blown out of the cab. The photo shows "
            "the whole front page. Typed from the photo:\n\n"
            f"Patient: {I.nm(p, 'S,F')}   DOB: {I.dob(p, 'dMy')}   H&C No: {I.hc(p, '334')} (visitor from Northern Ireland, "
            "on holiday)\n"
            f"Home address: {I.addr(p)}, Co Down\n"
            f"Local address: Crown Hotel, Harrogate. NOK wife {I.nm(wife, 'first')} {I.mob(wife, 'intl0')}\n"
            "PC: central chest pain 2hrs, STEMI on 12 lead, aspirin 300mg, GTN x2, pre-alert to cath lab.\n\n"
            "The lady (Mrs Ferguson) says she will delete the photo and has posted the form back to us. She has not confirmed "
            "deletion yet.\n\nThanks, Lorna\n\nLorna Fraser | Patient Experience Officer | Northern Dales Ambulance Service NHS Trust")
    I.st("Lorna Fraser"); I.st("Lorna"); I.st("Mrs Ferguson")
    return simple(I.file, I.scenario, I.tags, "Lorna Fraser <lorna.fraser@nhs.net>", "PRF found in street by member of public",
                  "Thu, 28 Mar 2024 10:06:44 +0000", body, ["health"],
                  (3, 3, ["patient report form: heart attack details of an identified patient (health)", "lost and photographed by a member of the public",
                          "form being returned; deletion of the photo not confirmed"]), cte="base64", I=I)


def reset_postcode_area(p, outward, town):
    p.pc = f"{outward} {R.randint(1, 9)}{R.choice(IN_LET)}{R.choice(IN_LET)}"
    p.town = town
    return p


@scenario
def s019():
    I = Inc("019-antenatal-hiv-wrong-woman.eml", "results_same_name_maternity", ["inline_outlook", "manager_forward", "plain"])
    p = Person("Fatima", "Begum", "F", dob=dt.date(1997, 3, 16), town="Bradford")
    p.mrn = f"BRI{R.randint(100000, 999999)}"
    other = Person("Fatima", "Begum", "F", town="Bradford")
    I.ig("address", f"{other.line1}, Bradford"); I.ipc(other.pc)
    staff = ("Sorry to bother you, I've been told to write down what happened. On 4th April I posted the antenatal screening "
             "results letter to Fatima Begum. There are 6 Fatima Begums on the system in Bradford. I used the address of the one "
             f"at {other.line1} (born 1990) but our lady is {I.nm(p, 'SF')} born {I.dob(p, 'long')}, hospital number {I.mrn(p)}, "
             f"NHS {I.nhs(p, 'plain')}, living at {I.addr(p)}.\n\nThe letter said her HIV screen was positive (confirmed) and "
             "asked her to attend the specialist midwife clinic, plus her booking bloods and that she is 16 weeks pregnant. "
             "The other Mrs Begum's husband brought it in to the antenatal clinic today and was very angry. He said he had "
             "read it. I'm very sorry.\n\nNaila")
    I.st("Naila"); I.st("Naila Iqbal")
    body = ("Please see below from Naila, band 3 admin in antenatal. I am on with the specialist midwife to contact our patient "
            "today before she hears from anyone else. The letter has been returned to us.\n\nHelen\n\n"
            + outlook_fwd(f"Iqbal Naila <{I.se('naila.iqbal@nhs.net')}>", "10 April 2024 14:55", f"Clough Helen <{I.se('helen.clough@nhs.net')}>",
                          "what happened with the letter", staff))
    I.st("Helen"); I.st("Helen Clough")
    return simple(I.file, I.scenario, I.tags, "Clough Helen <helen.clough@nhs.net>", "FW: what happened with the letter",
                  "Wed, 10 Apr 2024 15:30:00 +0100", body, ["sexual_health", "reproductive_health"],
                  (4, 3, ["HIV positive antenatal screening result and pregnancy (sexual and reproductive health)",
                          "opened and read by the wrong patient's husband (member of the public)", "letter returned, but the content has been read"]),
                  I=I)


@scenario
def s020():
    I = Inc("020-dn-caseload-csv-no-header.eml", "csv_no_header_to_relative", ["csv_no_header", "long_list", "external", "terse"])
    rows = []
    for i in range(64):
        p = Person(age=R.randint(55, 99), town=R.choice(["Leeds", "Leeds", "Leeds"]))
        rows.append([I.nm(p, "S,F"), I.dob(p, R.choice(["dmy", "dmyd"])), I.nhs(p, "plain"), I.addr(p, pc=False, sep=" "), I.pc(p),
                     R.choice(["Leg ulcer dressings", "Insulin", "Catheter", "PEG care", "Pressure area care", "EOL syringe driver", "B12 inj"]),
                     R.choice(["Daily", "BD", "Weekly", "3x weekly", "Alt days"])])
    c = csv_text(rows)
    body = ("sent to wrong email. meant for our band 6 ruth.b but went to a patients daughter (on hotmail) who had emailed me earlier. "
            "caseload list attached, 64 pts. i have rung the daughter, no answer, left message.\n\n" + I.st("Cath") + "\nSeacroft DN team")
    I.se("ruth.b.dn.leeds@hotmail.co.uk"); I.st("ruth.b")
    body += "\n\nsent to: ruth.b.dn.leeds@hotmail.co.uk"
    return simple(I.file, I.scenario, I.tags, "Cath Bentley <cath.bentley@nhs.net>", "wrong email", "Fri, 12 Apr 2024 17:58:02 +0100", body,
                  ["health"], (3, 3, ["district nursing caseload: 64 patients with NHS numbers, DOBs, addresses and care needs (health)",
                                      "sent to a relative's personal e-mail; not contacted yet"]),
                  atts=[attach(c.encode(), "caseload_export_120424.csv", *CSV)], boundary="--_NmP-020", I=I)


@scenario
def s021():
    I = Inc("021-question-how-to-report.eml", "non_report_question", ["non_report", "plain"])
    body = ("Hi,\n\nQuick question - if I send an email to the wrong colleague inside the trust (e.g. meant for one nurse and went to "
            "another nurse on a different ward), do I need to do a Datix and tell you as well, or just Datix? And is there a "
            "form for this mailbox or do I just write it in an email?\n\nAlso is there a time limit? My manager said 72 hours.\n\n"
            "Thanks\n" + I.st("Mo") + "\nStaff Nurse, Ward 21\n")
    I.st("Mohammed Saeed")
    return simple(I.file, I.scenario, I.tags, "Saeed Mohammed <mohammed.saeed22@nhs.net>", "question about reporting",
                  "Mon, 15 Apr 2024 12:01:00 +0100", body, [], (1, 1, ["question about the process, no incident, no personal data"]), I=I)


@scenario
def s022():
    I = Inc("022-cpa-letter-wrong-envelope.eml", "letter_wrong_envelope", ["html_only", "mental_health", "cte_qp"])
    p = Person(age=39, town="Halifax", flat=True)
    r = Person(age=50, town="Halifax")
    I.st(r.full); I.ig("address", r.line1); I.ipc(r.pc)
    body = (f"Good afternoon\n\nOn Monday the CPA review letters were posted from Halifax CMHT. The letter for {I.nm(p, 'full')} "
            f"(DOB {I.dob(p, 'dmy2')}, NHS {I.nhs(p, '334')}) went in the envelope addressed to another service user, {r.full}, at "
            f"{r.line1}, Halifax {r.pc}. Mr {r.last} rang to let us know, he has kept the letter and says he will bring it in at his next "
            "appointment.\n\nThe letter is addressed to the patient at "
            f"{I.addr(p)} and includes diagnosis (bipolar affective disorder), current medication (lithium 800mg, "
            "quetiapine), the relapse plan and that she was detained under section 3 last summer. Her sister "
            f"{I.nm(Person(sex='F', last=p.last, town='Halifax'))} is named as carer.\n\nKind regards\nJoanne Sykes\nAdmin Team Leader, Halifax CMHT")
    I.st("Joanne Sykes")
    return simple(I.file, I.scenario, I.tags, "Sykes Joanne <joanne.sykes4@nhs.net>", "CPA letter in wrong envelope",
                  "Wed, 17 Apr 2024 14:44:00 +0100", body, ["mental_health"],
                  (4, 3, ["CPA letter with diagnosis, detention and medication (mental health) of an identified patient",
                          "received and kept by another service user (member of the public)"]), cte="quoted-printable", html_only=True, I=I)


@scenario
def s023():
    I = Inc("023-care-plan-wrong-family.eml", "care_plan_wrong_family", ["docx_table", "two_people_per_row", "external", "plain"])
    c = Person(age=88, sex="M", town="Huddersfield")
    n1 = Person(age=60, sex="F", town="Holmfirth")
    n2 = Person(age=57, sex="M", last=c.last, town="Huddersfield")
    d = docx_file([("h", "Kindred Care at Home - Care and Support Plan"),
                   ("t", [["Client", I.nm(c), "DOB", I.dob(c, "dmy")], ["Address", I.addr(c), "Tel", I.land(c, "brk")],
                          ["NHS number", I.nhs(c, "plain"), "GP", "Lindley Health Centre"],
                          ["NOK 1", f"{I.nm(n1)} (daughter)", "Tel", I.mob(n1, "plain")],
                          ["NOK 2", f"{I.nm(n2)} (son)", "Email", I.em(n2)]]),
                   ("p", "Diagnoses: Vascular dementia, type 2 diabetes, urinary incontinence. Needs prompting with all medication "
                         "(blister pack). Likes his radio on Radio Leeds. Can become agitated with personal care - approach from the front."),
                   ("t", [["Medication", "Dose", "Time"], ["Metformin", "500mg", "08:00 / 17:00"], ["Donepezil", "10mg", "21:00"],
                          ["Amlodipine", "5mg", "08:00"]])], author="Kindred Care")
    body = ("Hi, I work in the office at Kindred. I emailed Mr " + c.last + "'s care plan review to a family member of another client "
            "(both daughters are called Karen and I picked the wrong one from my contacts). Her address is " + I.se("karen.m.walsh@outlook.com") +
            ". She's replied to say she got it, but she hasn't said she deleted it. Attached is what I sent.\n\nMy manager said "
            "to send it here as we're commissioned by the ICB.\n\nThanks, " + I.st("Toni") + " (Kindred Care at Home, Huddersfield)")
    I.st("Karen Walsh"); I.st("Karen")
    return simple(I.file, I.scenario, I.tags, f"Toni Oldroyd <toni@kindredcareathome.co.uk>", "care plan sent to wrong family",
                  "Thu, 18 Apr 2024 11:20:09 +0100", body, ["health"],
                  (3, 3, ["care plan with diagnoses and medication of a vulnerable adult, plus NOK details", "sent to an unrelated family member outside the NHS; no deletion"]),
                  atts=[attach(d, "Care plan review - April 24.docx", *DOCX)], boundary="----=_Part_023", I=I)


@scenario
def s024():
    I = Inc("024-sms-result-wrong-mobile.eml", "sms_wrong_mobile", ["terse", "plain"])
    p = Person(age=52, sex="F", town="Pontefract")
    body = (f"Text message with smear result sent to wrong mobile ({I.sp('07700 900 888')} - one digit wrong). Patient {I.nm(p, 'lower')} "
            f"dob {I.dob(p, 'dmy')}. Message said HPV positive, abnormal cells, referred to colposcopy. Person who got it texted back "
            f"'wrong number mate'. Correct number is {I.mob(p, 'plain')}.\n\n{I.st('Jas')}, Carleton Surgery")
    I.st("Jas Kaur")
    return simple(I.file, I.scenario, I.tags, "Jas Kaur <jaskaur.carleton@nhs.net>", "text to wrong number",
                  "Fri, 19 Apr 2024 09:02:31 +0100", body, ["sexual_health", "reproductive_health"],
                  (4, 3, ["cervical screening result (HPV, abnormal cells) of an identified patient", "sent by SMS to a member of the public"]), I=I)


@scenario
def s025():
    I = Inc("025-phb-bank-details-wrong-provider.eml", "finance_bank_details_spreadsheet", ["xlsx_multi_sheet", "two_people_per_row", "bank_details", "external", "long_list"])
    rows = [["CHC ref", "Client name", "Client DOB", "NHS No", "Account holder", "Relationship", "Sort code", "Account no", "4-weekly amount", "Care type"]]
    holders = 0
    for i in range(34):
        c = Person(age=R.randint(25, 92), town=R.choice(["Wakefield", "Castleford", "Pontefract", "Dewsbury"]))
        if i % 4 == 3:
            hname, rel = I.nm(c), "Self"
        else:
            h = Person(age=R.randint(30, 75), town=c.town)
            hname, rel = I.nm(h), R.choice(["Wife", "Husband", "Daughter", "Son", "Deputy", "Mother"])
            holders += 1
        rows.append([f"CHC/{R.randint(10000, 99999)}", I.nm(c), I.dob(c, "cell"), I.nhs(c, "334"), hname, rel,
                     f"{R.randint(10, 99)}-{R.randint(10, 99)}-{R.randint(10, 99)}", f"{R.randint(10000000, 99999999)}",
                     f"£{R.randint(800, 6400)}.{R.choice(['00', '50', '20'])}", R.choice(["PHB - PA employer", "PHB - direct payment", "PHB - fast track"])])
    summ = [["Period", "Clients", "Total"], ["P1 2024/25", 34, "=SUM(Payments!I2:I35)"]]
    x = xlsx([("Payments", rows), ("Summary", summ)])
    body = ("Hi Ruth,\n\nI'm afraid I need to report a serious one. Our CHC finance officer sent the April PHB payment schedule to "
            f"{I.se('accounts@caringhandsyorkshire.co.uk')} (a home care provider) instead of our finance shared service. It has the "
            "clients' names, DOBs and NHS numbers, the account holders and their bank sort codes and account numbers. 34 clients. "
            "The provider's accounts person has said she'll delete it but we have nothing in writing yet. We're considering "
            "whether we need to warn the account holders about fraud.\n\nAttached as sent.\n\nThanks" +
            sig(I, "Andrew Senior", "Head of Continuing Healthcare", "NHS Calder Vale Integrated Care Board", "andrew.senior@nhs.net", "01924 000 118"))
    I.st("Ruth")
    return simple(I.file, I.scenario, I.tags, "Senior Andrew (NHS CALDER VALE ICB) <andrew.senior@nhs.net>", "PHB payment schedule sent externally - bank details",
                  "Mon, 22 Apr 2024 10:10:10 +0100", body, ["health"],
                  (4, 3, ["bank sort codes and account numbers of account holders (financial loss risk)",
                          "continuing healthcare clients' NHS numbers and DOBs", "sent to an external care provider; deletion only verbal"]),
                  atts=[attach(x, "PHB payments P1 2425.xlsx", *XLSX)], boundary="_025_PAXPR08MB6543_", I=I)


@scenario
def s026():
    I = Inc("026-ig-training-reminder.eml", "non_report_training", ["non_report", "html_alternative"])
    text = ("Dear colleague,\n\nOur records show that your Data Security Awareness Level 1 training will expire on 30/04/2024. "
            "Please complete it on ESR / e-LfH before then. It takes about 45 minutes.\n\nIf you have recently completed it elsewhere, "
            "please send your certificate to the IG team.\n\nThank you\nIG Team, Northgate Teaching Hospitals NHS Trust")
    I.grade(1, 1, ["training reminder, no personal data"])
    m = assemble(text_part(text), alt_html=text_part(html_wrap(hp(text)), "html"), alt_boundary="=_026_")
    hdr(m, f"NTH Information Governance <{I.se('nth.ig@nhs.net')}>", I.se("sharon.ramsden@nhs.net"),
        "FW: ACTION REQUIRED: Data Security Awareness training due", "Tue, 16 Apr 2024 08:00:00 +0100")
    I.st("Sharon Ramsden")
    outer = text_part("Is this something I need to do? I did it last year at my old trust. Sharon\n\n" +
                      outlook_fwd("NTH Information Governance <nth.ig@nhs.net>", "16 April 2024 08:00", "Ramsden Sharon <sharon.ramsden@nhs.net>",
                                  "ACTION REQUIRED: Data Security Awareness training due", text))
    outer["MIME-Version"] = "1.0"
    hdr(outer, "Ramsden Sharon <sharon.ramsden@nhs.net>", MAILBOX, "FW: ACTION REQUIRED: Data Security Awareness training due",
        "Tue, 16 Apr 2024 09:12:00 +0100")
    return I, outer


@scenario
def s027():
    I = Inc("027-dd-mandate-wrong-family.eml", "finance_direct_debit_mandate", ["pdf_letter", "bank_details", "external", "plain"])
    c = Person(age=90, sex="F", town="Keighley")
    payer = Person(age=62, sex="M", town="Keighley")
    pdfb = pdf_file(["##Brightside Home Care Ltd - Direct Debit Instruction",
                     f"Client: {I.nm(c)}   Client address: {I.addr(c)}",
                     f"Name of account holder: {I.nm(payer, 'FULL')}", f"Payer address: {I.addr(payer)}",
                     "Bank/building society: Yorkshire Building Society", "Branch sort code: 60-95-11", "Account number: 31926819",
                     f"Payer telephone: {I.mob(payer)}", f"Payer email: {I.em(payer)}",
                     "Monthly amount: GBP 1,842.60 (private care, 14 hrs/week)"], title="DDI")
    body = ("Hi, reporting on behalf of Brightside Keighley. A direct debit mandate for one client was emailed to the son of a "
            f"different client ({I.se('m.lumb1961@btinternet.com')}) with that family's monthly invoice. It includes the payer's sort code "
            "and account number. He rang to say he'd received it and would delete it, nothing in writing. The payer doesn't know yet."
            "\n\nThanks, " + I.st("Paula Hanson") + "\nRegistered Manager, Brightside Home Care")
    I.st("M Lumb")
    return simple(I.file, I.scenario, I.tags, "Paula Hanson <paula.hanson@brightsidehomecare.co.uk>", "DD mandate sent to wrong family",
                  "Tue, 23 Apr 2024 15:25:00 +0100", body, [],
                  (4, 3, ["bank sort code and account number with name and address (financial loss risk)", "sent to a member of the public; deletion only verbal"]),
                  atts=[attach(pdfb, "DDI signed.pdf", *PDF)], boundary="----=_Part_027", I=I)


@scenario
def s028():
    I = Inc("028-staff-sent-list-to-personal-gmail.eml", "staff_personal_email_contained", ["xlsx", "containment", "plain"])
    rows = [["RiO", "Name", "DOB", "Dx", "Depot due", "Last contact"]]
    for i in range(38):
        p = Person(age=R.randint(20, 70), town="Bradford")
        p.mrn = f"RIO{R.randint(1000000, 9999999)}"
        rows.append([I.mrn(p), I.nm(p, "SF"), I.dob(p, "dmy"), R.choice(["F20.0", "F25.1", "F31.2", "F60.3", "F33.1"]),
                     f"{R.randint(1, 28)}/05/2024", R.choice(["Home visit", "Clinic", "DNA", "Phone"])])
    x = xlsx([("Caseload", rows)])
    body = ("Hi\n\nOne of my care coordinators emailed his caseload spreadsheet (38 patients, diagnoses and depot dates) to his "
            "personal Gmail so he could work on it at home, which is against policy. He told me himself the next day. IT have "
            "checked his Gmail with him present: the email and attachment have been deleted and the deleted folder emptied, "
            "and no forwarding rules exist. He has signed a statement. Copy of the spreadsheet attached for the record.\n\n"
            + I.st("Simon") + "\nTeam Manager, Bradford East CMHT")
    I.st("Simon Naylor")
    return simple(I.file, I.scenario, I.tags, "Naylor Simon <simon.naylor2@nhs.net>", "caseload emailed to personal account",
                  "Wed, 24 Apr 2024 16:00:00 +0100", body, ["mental_health"],
                  (4, 2, ["38 patients' psychiatric diagnoses (mental health)", "sent to the staff member's own personal account",
                          "containment verified by IT: deleted, no forwarding (likelihood -1)"]),
                  atts=[attach(x, "my caseload.xlsx", *XLSX)], boundary="_028_", I=I)


@scenario
def s029():
    I = Inc("029-pts-list-to-taxi-firm.eml", "csv_odd_headers_external", ["csv_odd_headers", "long_list", "external", "inline_outlook"])
    rows = [["PTS_JOB", "PAX", "PAX_DOB(YYYYMMDD)", "NHSNo", "PICKUP", "PICKUP_PC", "PH", "DEST", "MOBILITY", "ESC"]]
    for i in range(78):
        p = Person(age=R.randint(30, 90), town=R.choice(["Wakefield", "Castleford", "Pontefract"]), flat=R.random() < 0.2)
        rows.append([f"J{240400 + i}", I.nm(p, "FULL"), I.dob(p, "iso").replace("-", "") if False else I.dob(p, "iso"), I.nhs(p, "plain"),
                     I.addr(p, town=False, pc=False), I.pc(p, "nospace"), I.land(p, "plain") if i % 2 else I.mob(p, "plain"),
                     R.choice(["PGH Renal Unit", "Pinderfields Dialysis", "Dewsbury Satellite Renal"]), R.choice(["WALKER", "WCHAIR", "STRETCHER", "1 MAN"]),
                     R.choice(["N", "N", "Y"])])
    c = csv_text(rows)
    body = ("FYI see below. Our PTS planner sent tomorrow's renal transport list to a taxi firm we stopped using in January. "
            "78 patients. They haven't responded to phone calls.\n\n" + I.st("Mark Dyson") + "\nPTS Operations Manager, NDAS\n\n"
            + outlook_fwd(f"PTS Planning <{I.se('ndas.pts.planning@nhs.net')}>", "25 April 2024 15:40",
                          f"{I.se('bookings@a1-cars-wakefield.co.uk')}", "Renal jobs 26/04", "Jobs attached as per usual."))
    return simple(I.file, I.scenario, I.tags, "Dyson Mark <mark.dyson@nhs.net>", "FW: Renal jobs 26/04",
                  "Thu, 25 Apr 2024 17:03:00 +0100", body, ["health"],
                  (3, 3, ["renal dialysis transport list: 78 patients with NHS numbers, DOBs, addresses (health)", "sent to an external taxi firm no longer contracted"]),
                  atts=[attach(c.encode(), "PTS_RENAL_20240426.csv", *CSV)], boundary="_029_", I=I)


@scenario
def s030():
    I = Inc("030-school-nurse-safeguarding-wrong-school.eml", "safeguarding_child_external", ["docx_table", "children", "external", "plain"])
    ch = Person(age=9, sex="F", town="Dewsbury")
    mum = Person(age=33, sex="F", last=ch.last, town="Dewsbury")
    sib = Person(age=6, sex="M", last=ch.last, town="Dewsbury")
    d = docx_file([("h", "Safeguarding chronology - school nursing"),
                   ("t", [["Child", I.nm(ch, "SF"), "DOB", I.dob(ch, "dMy2")], ["NHS no", I.nhs(ch, "334"), "Address", I.addr(ch)],
                          ["Mother", I.nm(mum), "Tel", I.mob(mum)], ["Sibling", I.nm(sib, "first") + f" (DOB {I.dob(sib, 'dmy')})", "School", "Westtown Primary"]]),
                   ("t", [["Date", "Event"], ["12/01/24", "Child disclosed to teacher that mum's boyfriend hits her"],
                          ["15/01/24", "Strategy discussion, S47 enquiry started, child protection medical"],
                          ["02/02/24", "Initial child protection conference - CP plan, category physical abuse"]])], author="School Nursing")
    body = ("Hi, I sent the safeguarding chronology for a child on a CP plan to the DSL at Westborough Primary instead of Westtown "
            f"Primary. The DSL there ({I.se('dsl@westborough.kirklees.sch.uk')}) has replied to say she has deleted it without reading it "
            "past the first page. Chronology attached.\n\n" + I.st("Rachel Hepworth") + "\nSchool Nurse, Calder Community Health")
    return simple(I.file, I.scenario, I.tags, "Hepworth Rachel <rachel.hepworth@nhs.net>", "safeguarding chronology to wrong school",
                  "Fri, 26 Apr 2024 12:12:00 +0100", body, ["safeguarding"],
                  (4, 2, ["child protection chronology (safeguarding, child) with mother and sibling details",
                          "sent to a school's safeguarding lead (external but a professional with safeguarding duties)",
                          "containment: recipient confirmed deletion (likelihood -1)"]),
                  atts=[attach(d, "Chronology.docx", *DOCX)], boundary="_030_", I=I)


@scenario
def s031():
    I = Inc("031-results-three-forward-chain.eml", "three_forward_chain_same_name", ["chain_forward", "gmail_fwd", "inline_outlook", "cte_qp"])
    p = Person("Emma", "Jones", "F", dob=dt.date(1985, 10, 28), town="Leeds")
    rec = Person("Emma", "Jones", "F", town="Leeds")
    I.ig("email_address", rec.email); I.ig("email_address", "emmajones.leeds@gmail.com")
    inner = (f"Hello, I've received blood test results by email that are not mine. They're for {I.nm(p, 'SF')} {I.dob(p, 'dmy')} "
             f"NHS {I.nhs(p, 'plain')} - I have the same name but a different date of birth. It says she has an underactive thyroid "
             "(TSH 14.2) and coeliac antibodies positive. Please can you fix your records. Emma")
    g = gmail_fwd("Emma Jones <emmajones.leeds@gmail.com>", "Mon, 29 Apr 2024 at 19:20", f"<{I.se('chapeltown.surgery@nhs.net')}>",
                  "results not mine", inner)
    l1 = outlook_fwd(f"Chapeltown Surgery <chapeltown.surgery@nhs.net>", "30 April 2024 08:31", f"Brook, Tanya <{I.se('tanya.brook@nhs.net')}>",
                     "Fwd: results not mine", "Tanya can you look at this one please\n\n" + g)
    l2 = outlook_fwd("Brook, Tanya <tanya.brook@nhs.net>", "30 April 2024 09:02", f"Ahmed, Zahid <{I.se('zahid.ahmed5@nhs.net')}>",
                     "FW: Fwd: results not mine", "Zahid - the email on the wrong Emma's record was the other Emma's. Fixed now. Do we report?\n\n" + l1)
    body = "Yes - reporting. See chain. Z\n\n" + l2
    for n in ["Tanya", "Tanya Brook", "Zahid Ahmed", "Z", "Emma"]:
        I.st(n)
    return simple(I.file, I.scenario, I.tags, "Ahmed, Zahid <zahid.ahmed5@nhs.net>", "FW: FW: Fwd: results not mine",
                  "Tue, 30 Apr 2024 09:30:00 +0100", body, ["health"],
                  (3, 3, ["blood results and diagnoses of an identified patient (health)", "sent to a member of the public with the same name"]),
                  cte="quoted-printable", I=I)


@scenario
def s032():
    I = Inc("032-supplier-invoice-query.eml", "non_report_invoice", ["non_report", "plain", "numbers_not_identifiers"])
    body = ("Hi Finance\n\nI've been sent this mailbox by mistake I think, but in case - we have an invoice query from Medquip: "
            "invoice INV-2024-004817 against PO 4500128471 for 600 catheter packs. Order ref SO-77821. The invoice is for "
            "GBP 4,812.00 but the PO was for GBP 4,182.00. Their account number with us is 100392. Supplier contact is Sharon "
            "Pickersgill, 0113 496 0735.\n\nCan someone point me to the right team?\n\nDean Ogden\nUrology OPD")
    assert not valid10("4500128471")
    I.st("Sharon Pickersgill"); I.sp("0113 496 0735"); I.st("Dean Ogden")
    return simple(I.file, I.scenario, I.tags, "Ogden, Dean <dean.ogden@nhs.net>", "invoice query INV-2024-004817",
                  "Wed, 01 May 2024 11:00:00 +0100", body, [], (1, 1, ["supplier invoice query; no personal data of patients"]), I=I)


@scenario
def s033():
    I = Inc("033-complaint-to-all-staff-list.eml", "internal_wide_distribution", ["trusted_domain", "html_only", "plain_base64"])
    comp = Person(age=55, sex="F", town="Wakefield")
    mum = Person(age=84, sex="F", town="Wakefield")
    body = ("Hello\n\nThis morning a PALS officer attached a complaint letter to the weekly 'Learning from PALS' bulletin, which went "
            "to the all-staff distribution list (about 6,000 nhs.net addresses). Comms recalled it at 10:20; it had been opened "
            "about 400 times.\n\nThe letter is from " + I.nm(comp) + f" of {I.addr(comp)} about her mother " + I.nm(mum, "full") +
            f" (DOB {I.dob(mum, 'longn')}) on Ward 12, describing a fall, a hip fracture and a pressure ulcer, and her mother's dementia.\n\n"
            "Regards\n" + I.st("Owen Pritchard") + "\nHead of Patient Experience")
    return simple(I.file, I.scenario, I.tags, "Pritchard Owen <owen.pritchard@nhs.net>", "complaint letter sent to all staff",
                  "Thu, 02 May 2024 11:05:00 +0100", body, ["health"],
                  (3, 2, ["complaint letter with a patient's injuries and dementia (health) and the complainant's address",
                          "disclosed internally to nhs.net staff (trusted domain); recalled"]), html_only=True, cte="base64", I=I)


@scenario
def s034():
    I = Inc("034-mar-chart-whatsapp-wrong-group.eml", "photo_sent_wrong_group", ["lowercase_names", "photo_description", "plain"])
    c = Person(age=91, sex="F", town="Halifax")
    body = ("hiya, one of our carers sent a photo of a clients MAR chart to the wrong whatsapp group (her family group, 14 people) "
            "instead of the office group. shes deleted it for everyone but it was 2 hours later. photo shows:\n\n"
            f"name: {I.nm(c, 'lower')}  dob {I.dob(c, 'dmy')}  address {I._add(c, 'address', (c.line1 + ', ' + c.town).lower(), (c.line1 + ', ' + c.town).lower())} {I.pc(c, 'lower')}\n"
            + "meds: warfarin (INR clinic), furosemide, morphine sulphate oral solution prn, co-codamol\n\n"
            "kayleigh\nkindred care at home")
    I.st("kayleigh"); I.st("Kayleigh Firth")
    return simple(I.file, I.scenario, I.tags, "Kayleigh Firth <kayleigh@kindredcareathome.co.uk>", "whatsapp photo wrong group",
                  "Thu, 02 May 2024 20:41:00 +0100", body, ["health"],
                  (3, 3, ["medication chart of an identified vulnerable adult (health)", "sent to 14 members of the public; deleted after 2 hours"]), I=I)


@scenario
def s035():
    I = Inc("035-mha-report-wrong-amhp.eml", "mha_report_external_professional", ["pdf_letter", "containment", "external"])
    p = Person(age=30, sex="M", town="Huddersfield")
    n = Person(age=61, sex="F", last=p.last, town="Huddersfield")
    pdfb = pdf_file(["##Mental Health Act 1983 - Medical recommendation summary", f"Patient: {I.nm(p)}  DOB: {I.dob(p, 'us_long')}",
                     f"NHS: {I.nhs(p, '334')}  Address: {I.addr(p)}", f"Nearest relative: {I.nm(n)} (mother), {I.land(n)}",
                     "Presenting: acute psychotic relapse, not taking medication, threats to neighbours. Recommendation: section 2."], title="MHA")
    body = ("The MHA medical recommendation summary was sent to an AMHP at Calderdale council (" + I.se("amhp.duty@calderdale.gov.uk") +
            ") instead of Kirklees. Their duty manager has confirmed by email it has been deleted. PDF attached.\n\n" + I.st("Dr Kwesi Boateng")
            + "\nSpecialty Doctor, Pennine Moors")
    return simple(I.file, I.scenario, I.tags, "Boateng Kwesi <kwesi.boateng@nhs.net>", "MHA paperwork to wrong AMHP team",
                  "Fri, 03 May 2024 08:14:00 +0100", body, ["mental_health"],
                  (4, 2, ["MHA assessment (mental health) of an identified patient and his nearest relative",
                          "sent to another local authority's AMHP service; deletion confirmed in writing (likelihood -1)"]),
                  atts=[attach(pdfb, "MHA summary.pdf", *PDF)], boundary="_035_", I=I)


@scenario
def s036():
    I = Inc("036-audiology-letter-wrong-parent.eml", "child_letter_plus_address", ["plus_addressing", "children", "external", "plain"])
    ch = Person(age=5, sex="M", town="Leeds")
    p1 = Person(age=35, sex="F", last=ch.last, town="Leeds")
    wrong = "r.okafor+school@gmail.com"
    I.se(wrong); I.st("Mrs Okafor")
    body = (f"Audiology appointment letter for {I.nm(ch)} (DOB {I.dob(ch, 'dMy')}, hosp no {I.mrn(ch, 'LGI-' + str(R.randint(100000, 999999)))}) "
            f"was emailed to {wrong} instead of his mum's address {I.em(p1, p1.email.replace('@', '+nhs@'))}. The letter mentions his "
            "bilateral hearing loss and grommets surgery. The recipient hasn't replied.\n\n" + I.st("Deborah Turner") + ", Paediatric Audiology")
    return simple(I.file, I.scenario, I.tags, "Turner Deborah <deborah.turner@nhs.net>", "letter to wrong parent", "Fri, 03 May 2024 13:00:00 +0100",
                  body, ["health"], (3, 3, ["child's hearing loss and surgery (health, child)", "sent to an unrelated member of the public"]), I=I)


@scenario
def s037():
    I = Inc("037-foi-hidden-sheet-published.eml", "hidden_sheet_published", ["xlsx_hidden_sheet", "published", "long_list"])
    raw = [["Complaint ref", "Received", "Patient", "DOB", "NHS number", "Service", "Subject"]]
    services = ["Maternity", "ED", "Orthopaedics", "CAMHS", "Community nursing", "Oncology", "GP out of hours"]
    for i in range(120):
        p = Person(age=R.randint(1, 95))
        raw.append([f"C24-{i + 101:04d}", f"{R.randint(1, 28):02d}/{R.randint(1, 3):02d}/2024", I.nm(p, "SF"), I.dob(p, "cell"),
                    I.nhs(p, "plain"), R.choice(services), R.choice(["Delay", "Attitude", "Clinical care", "Discharge", "Communication"])])
    summ = [["Service", "Complaints Q4 2023/24"]] + [[s, R.randint(3, 40)] for s in services]
    x = xlsx([("FOI 24-112 response", summ), ("raw", raw)], hidden=("raw",))
    body = ("Dear IG\n\nOur FOI response FOI-24-112 (complaints by service) was published on the disclosure log and sent to the requester "
            "via WhatDoTheyKnow on 1 May. A member of the public has pointed out that the spreadsheet has a hidden tab with the "
            "underlying complaints data - 120 patients' names, dates of birth and NHS numbers. It has been removed from our site "
            "but the WhatDoTheyKnow copy is still public; we've asked them to take it down.\n\nCopy attached.\n\n" + I.st("Ifeoma Eze") +
            "\nIG Officer, NHS Calder Vale ICB")
    return simple(I.file, I.scenario, I.tags, "Eze Ifeoma <ifeoma.eze@nhs.net>", "FOI response published with hidden personal data",
                  "Fri, 03 May 2024 16:30:00 +0100", body, ["health"],
                  (3, 4, ["120 patients' names, DOBs, NHS numbers and the service complained about (health)", "published on a public website"]),
                  atts=[attach(x, "FOI-24-112 response.xlsx", *XLSX)], boundary="_037_", I=I)


@scenario
def s038():
    I = Inc("038-meeting-notes-staff-only.eml", "non_report_meeting_notes", ["non_report", "docx_table", "staff_names_only"])
    d = docx_file([("h", "IG Steering Group - notes 07/05/2024"),
                   ("p", "Present: Ruth Ashworth (chair), Andrew Senior, Ifeoma Eze, Owen Pritchard, Dr Femi Oladipo (Caldicott Guardian). "
                         "Apologies: Lesley Wadsworth."),
                   ("t", [["Item", "Action", "Owner", "Due"], ["DSPT evidence", "Upload 3 outstanding items", "Ifeoma Eze", "31/05"],
                          ["Breach trends", "Bcc guidance to all teams", "Owen Pritchard", "20/05"],
                          ["Training", "Chase teams under 90%", "Andrew Senior", "15/05"]])], author="Ruth Ashworth")
    for n in ["Ruth Ashworth", "Andrew Senior", "Ifeoma Eze", "Owen Pritchard", "Dr Femi Oladipo", "Lesley Wadsworth"]:
        I.st(n)
    body = "Notes from today attached, please check your actions.\n\nRuth"
    I.st("Ruth")
    return simple(I.file, I.scenario, I.tags, "Ashworth Ruth <ruth.ashworth1@nhs.net>", "IG steering group notes",
                  "Tue, 07 May 2024 15:00:00 +0100", body, [], (1, 1, ["meeting notes naming only staff; no data subjects"]),
                  atts=[attach(d, "IGSG notes 070524.docx", *DOCX)], boundary="_038_", I=I)


@scenario
def s039():
    I = Inc("039-flu-list-to-ppg-chair.eml", "csv_to_lay_volunteer", ["csv_semicolon", "long_list", "external"])
    rows = [["#", "Pt Name (surname first)", "Born", "NHS", "Mob/Tel", "Eligibility", "Booked?"]]
    for i in range(90):
        p = Person(age=R.randint(2, 95), town="Brighouse")
        rows.append([i + 1, I.nm(p, "SF"), I.dob(p, "dmy1"), I.nhs(p, "dash") if i % 5 == 0 else I.nhs(p, "plain"),
                     I.mob(p, "mob43") if i % 2 else I.land(p), R.choice(["65+", "Clin risk - diabetes", "Clin risk - asthma", "Pregnant", "Carer", "Child 2-3"]),
                     R.choice(["Y", "N", ""])])
    c = csv_text(rows, sep=";")
    body = ("We sent the flu clinic uncontacted list to the chair of our Patient Participation Group by mistake (she's a volunteer, "
            f"{I.se('brighouse.ppg.chair@btinternet.com')}). Should have gone to our reception group. 90 patients. She's on holiday and not answering.\n\n"
            + I.st("Lewis Dobson") + "\nOperations Manager, Calder Primary Care Federation")
    return simple(I.file, I.scenario, I.tags, "Dobson Lewis <lewis.dobson1@nhs.net>", "flu list to PPG chair",
                  "Wed, 08 May 2024 10:40:00 +0100", body, ["health", "reproductive_health"],
                  (3, 3, ["90 patients' NHS numbers, DOBs, phones and clinical eligibility (health, pregnancy)", "sent to a lay volunteer's personal e-mail"]),
                  atts=[attach(c.encode(), "flu_uncontacted.csv", *CSV)], boundary="_039_", I=I)


@scenario
def s040():
    I = Inc("040-hospice-letter-old-address.eml", "letter_old_address", ["cte_qp", "plain", "relative_first_name"])
    p = Person(age=77, sex="M", town="Hebden Bridge")
    w = Person(age=74, sex="F", last=p.last, town="Hebden Bridge")
    body = (f"Hello, a letter to {I.nm(w, 'full')} about her husband's day hospice place went to their old address on "
            f"{I.addr(p, town=False, pc=False)}, Hebden Bridge (they moved in February). The new owner opened it and rang us. It mentions "
            f"her husband {I.nm(p, 'first')}'s motor neurone disease, that he is now on a PEG and that he was born on {I.dob(p, 'long')}. "
            f"The new owner has posted it on to {I.addr(w)}. Her number is {I.land(w, 'dash')}.\n\nMaria — Day Services Coordinator, St Aidan's Hospice")
    I.st("Maria"); I.st("Maria Costa")
    return simple(I.file, I.scenario, I.tags, "Maria Costa <maria.costa@staidanshospice.org.uk>", "letter sent to old address",
                  "Wed, 08 May 2024 14:14:00 +0100", body, ["health"],
                  (3, 3, ["terminal diagnosis of an identified patient (health)", "opened by the new occupant (member of the public)"]),
                  cte="quoted-printable", I=I)


@scenario
def s041():
    I = Inc("041-discharge-summary-attached-eml.eml", "attached_rfc822", ["message_rfc822", "external", "plain"])
    p = Person(age=66, sex="M", town="Leeds", flat=True)
    p.mrn = "RR8" + str(R.randint(1000000, 9999999))
    inner_txt = (f"Discharge summary\nPatient: {I.nm(p, 'SF')}  DOB {I.dob(p, 'dmy')}  NHS {I.nhs(p, '334')}  MRN {I.mrn(p)}\n"
                 f"Address: {I.addr(p)}\nDiagnosis: NSTEMI, new AF, started apixaban. Follow up cardiology 6 weeks.")
    inner = text_part(inner_txt)
    inner["MIME-Version"] = "1.0"
    hdr(inner, f"Ward 32 <{I.se('nth.ward32@nhs.net')}>", I.se("gary.p.leeds@virginmedia.com"), "Discharge summary", "Wed, 08 May 2024 16:00:00 +0100")
    body = ("Attaching the original email as requested. Ward clerk sent the discharge summary to a relative of a different patient. No reply yet.\n\n"
            + I.st("Sister Ngozi Mensah") + ", Ward 32")
    I.st("Gary")
    I.cats = ["health"]
    I.grade(3, 3, ["discharge summary with diagnoses of an identified patient (health)", "sent to a member of the public"])
    m = assemble(text_part(body), [MIMEMessage(inner)], boundary="_041_")
    hdr(m, f"Mensah Ngozi <{I.se('ngozi.mensah@nhs.net')}>", MAILBOX, "Fw: Discharge summary", "Thu, 09 May 2024 09:00:00 +0100")
    return I, m


@scenario
def s042():
    I = Inc("042-lost-laptop-encrypted.eml", "non_report_encrypted_laptop", ["non_report", "plain"])
    body = ("Reporting a lost laptop (asset tag NTH-LT-04418) left on a train on 9 May. It is BitLocker encrypted, IT have confirmed "
            "encryption and remote-wiped it. It was used for training slides only and no personal data was stored on it.\n\n"
            + I.st("Trevor Marsh") + "\nEducation Team")
    return simple(I.file, I.scenario, I.tags, "Marsh Trevor <trevor.marsh@nhs.net>", "lost laptop - encrypted",
                  "Fri, 10 May 2024 09:30:00 +0100", body, [], (1, 1, ["encrypted device, no personal data"]), I=I)


@scenario
def s043():
    I = Inc("043-podiatry-list-pasted-lowercase.eml", "pasted_list_lowercase", ["terse", "lowercase_names", "external"])
    lines = []
    for i in range(8):
        p = Person(age=R.randint(50, 90), town="Leeds")
        lines.append(f"{I.nm(p, 'lowercase' if False else 'lower')}  {I.dob(p, 'dmy2') if p.dob.year % 100 > 26 else I.dob(p, 'dmy')}  {I.pc(p, 'lower') if i % 2 else I.pc(p)}  nail surgery / diabetic foot")
    body = ("pls see below, sent to wrong person, sorry. went to a lady from the diabetes uk group instead of the podiatry admin\n\n"
            + "\n".join(lines) + "\n\n" + I.st("Jo P") + "\nPodiatry\n\nsent to: " + I.se("helen.diabetesgroup@mail.com"))
    return simple(I.file, I.scenario, I.tags, "Jo Pearson <jo.pearson2@nhs.net>", "sorry", "Fri, 10 May 2024 12:00:00 +0100", body, ["health"],
                  (3, 3, ["8 patients' names, DOBs and diabetic foot procedures (health)", "sent to a member of the public"]), I=I)


@scenario
def s044():
    I = Inc("044-crisis-email-scottish-student.eml", "chi_number_mental_health", ["chi_number", "html_alternative", "external"])
    p = Person(age=20, sex="F", town="Leeds")
    p.chi = chi_new(p.dob, True)
    flat = Person(age=21, sex="F", town="Leeds")
    body = (f"The crisis team emailed a follow-up plan for {I.nm(p)} ({I.dob(p, 'dmy')}, CHI {I.chi(p, 'plain')} - she's a Scottish student registered "
            f"in Glasgow) to her flatmate {I.st(flat.first)} at {I.se(flat.email)} instead of to her. The plan covers her overdose on 6 May and her "
            f"safety plan. Her own email is {I.em(p)}. The flatmate has told her she read it.\n\n" + I.st("Rory MacLeod") + "\nCrisis Team, Pennine Moors")
    h = html_wrap(hp(body))
    I.cats = ["mental_health"]
    I.grade(4, 3, ["overdose and safety plan (mental health) of an identified patient", "read by her flatmate (member of the public)"])
    m = assemble(text_part(body), alt_html=text_part(h, "html", cte="base64"), alt_boundary="_044_")
    hdr(m, f"MacLeod Rory <{I.se('rory.macleod@nhs.net')}>", MAILBOX, "crisis plan to flatmate", "Fri, 10 May 2024 15:00:00 +0100")
    return I, m


@scenario
def s045():
    I = Inc("045-volunteer-driver-list-stolen-car.eml", "lost_list_theft", ["docx_table", "external", "plain"])
    rows = [["Pick up", "Patient", "Address", "Phone", "Notes"]]
    for i in range(9):
        p = Person(age=R.randint(55, 90), town=R.choice(["Halifax", "Sowerby Bridge"]), flat=i == 3)
        rows.append([f"09:{i * 5:02d}", I.nm(p), I.addr(p), I.land(p) if i % 2 else I.mob(p), R.choice(["wheelchair", "oxygen", "walks with frame", ""])])
    d = docx_file([("h", "Day Hospice transport - Thursday"), ("t", rows)], author="St Aidan's Hospice")
    body = ("One of our volunteer drivers had his car stolen overnight from outside his house. The Thursday day hospice pick-up list "
            "(9 patients, copy attached) was in the glovebox. Police ref 13240509-0421.\n\n" + I.st("Fiona Lindqvist") + "\nSt Aidan's Hospice")
    return simple(I.file, I.scenario, I.tags, "Fiona Lindqvist <fiona.lindqvist@staidanshospice.org.uk>", "list stolen with volunteer's car",
                  "Fri, 10 May 2024 16:45:00 +0100", body, ["health"],
                  (3, 3, ["day hospice patients (implies life-limiting illness, health) with addresses and phones", "paper list stolen, not recovered"]),
                  atts=[attach(d, "Thursday transport.docx", *DOCX)], boundary="_045_", I=I)


# =============================================================== verification

def extract(raw):
    """All text a reader could see: headers of every (nested) message, bodies, attachment text."""
    out = []
    msg = message_from_bytes(raw, policy=policy.default)

    def heads(m):
        for h in ("From", "To", "Cc", "Subject"):
            if m[h]:
                out.append(str(m[h]))
    heads(msg)
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "message/rfc822":
            for sub in part.iter_parts():
                heads(sub)
            continue
        if part.is_multipart():
            continue
        fn = part.get_filename() or ""
        data = part.get_payload(decode=True) or b""
        if fn.endswith(".xlsx"):
            wb = openpyxl.load_workbook(io.BytesIO(data))
            for ws in wb.worksheets:
                for row in ws.iter_rows(values_only=True):
                    out.append(" | ".join("" if v is None else (v.date().isoformat() if isinstance(v, dt.datetime) else str(v)) for v in row))
        elif fn.endswith(".docx"):
            d = docx.Document(io.BytesIO(data))
            out.extend(p.text for p in d.paragraphs)
            for t in d.tables:
                for r in t.rows:
                    out.append(" | ".join(c.text for c in r.cells))
        elif fn.endswith(".pdf"):
            for pg in pypdf.PdfReader(io.BytesIO(data)).pages:
                out.append(pg.extract_text())
        elif ct.startswith("image/"):
            continue
        elif ct == "text/html":
            t = part.get_content()
            t = re.sub(r"<br\s*/?>|</p>|</div>|</tr>|</h\d>", "\n", t)
            out.append(html.unescape(re.sub(r"<[^>]+>", " ", t)))
        elif ct.startswith("text/"):
            out.append(data.decode(part.get_content_charset() or "utf-8"))
    return "\n".join(out)


def ws(s):
    return " ".join(s.split())


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
TEN_RE = re.compile(r"(?<![\d])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d])")
PC_RE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})\b")


def check(I, raw):
    text = extract(raw)
    flat = ws(text)
    problems = []
    for kind, t in I.forms:
        if ws(t) not in flat:
            problems.append(f"{kind} {t!r} not found in decoded text")
    tv = I.truth()
    allowed_e = set(tv["identifiers"].get("email_address", [])) | set(tv["ignorable"].get("email_address", []))
    for e in EMAIL_RE.findall(text):
        if e.lower().strip(".'") not in allowed_e:
            problems.append(f"e-mail {e} neither truth nor ignorable")
    allowed_n = set()
    for k in ("nhs_number", "chi_number", "hc_number"):
        allowed_n |= set(tv["identifiers"].get(k, [])) | set(tv["ignorable"].get(k, []))
    for m in TEN_RE.finditer(text):
        d = "".join(m.groups())
        if valid10(d) and d not in allowed_n:
            problems.append(f"mod-11-valid number {m.group(0)} neither truth nor ignorable")
    allowed_p = set(tv["identifiers"].get("postcode", [])) | set(tv["ignorable"].get("postcode", []))
    for m in PC_RE.finditer(text):
        pc = f"{m.group(1)} {m.group(2)}"
        if pc not in allowed_p:
            problems.append(f"postcode {pc} neither truth nor ignorable")
    a = tv["assessment"]
    if a is None or a["reportable"] != (a["likelihood"] >= 3 and a["severity"] >= 2):
        problems.append("assessment missing or reportable inconsistent")
    if tv["no_identifiers"] and tv["subjects"]:
        problems.append("no identifiers but subjects > 0")
    if not tv["no_identifiers"] and not tv["subjects"]:
        problems.append("identifiers but no subjects")
    return problems


def main():
    truth, bad = [], []
    names = set()
    for fn in SCEN:
        I, m = fn()
        raw = to_bytes(m)
        assert I.file not in names, I.file
        names.add(I.file)
        probs = check(I, raw)
        if probs:
            bad.append((I.file, probs))
        with open(os.path.join(HERE, I.file), "wb") as fh:
            fh.write(raw)
        truth.append(I.truth())
    if bad:
        for f, ps in bad:
            for p in ps:
                print(f"{f}: {p}", file=sys.stderr)
        sys.exit(f"{len(bad)} emails with problems")
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in truth:
            fh.write(json.dumps(t, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {len(truth)} emails; subjects {sum(t['subjects'] for t in truth)}; "
          f"reportable {sum(t['assessment']['reportable'] for t in truth)}")


if __name__ == "__main__":
    main()
