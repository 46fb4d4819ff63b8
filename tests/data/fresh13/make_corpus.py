#!/usr/bin/env python3
"""fresh13: breach reports whose personal data sits mostly in attachments and messy forwards.

Deterministic: seed 131313, fixed dates, boundaries, Message-IDs, fixed OOXML/PDF timestamps.
Run:  /work/main/.venv/bin/python make_corpus.py   (writes *.eml + truth.jsonl next to this file)
Needs fpdf2, openpyxl, python-docx (all in /work/main/.venv).
"""
import base64
import datetime as dt
import io
import json
import os
import quopri
import random
import re
import zipfile
from collections import defaultdict
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

from fpdf import FPDF
import openpyxl
import docx

SEED = 131313
OUT = os.path.dirname(os.path.abspath(__file__))
UTC = dt.timezone.utc
BST = dt.timezone(dt.timedelta(hours=1))
BREACH = "breach@example.nhs.uk"
FIXED_DT = dt.datetime(2024, 10, 1, 9, 0, 0, tzinfo=UTC)

# ------------------------------------------------------------------ identifiers

def mod11(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return None if c == 10 else c


def nhs_valid(n):
    n = re.sub(r"\D", "", n)
    return len(n) == 10 and mod11(n[:9]) == int(n[9])


def nhs_number(rng, region="eng"):
    while True:
        if region == "eng":
            lo, hi = rng.choice([(400_000_000, 499_999_999), (600_000_000, 799_999_999)])
        elif region == "ni":
            lo, hi = 320_000_000, 399_999_999
        else:
            raise ValueError(region)
        d9 = str(rng.randint(lo, hi))
        c = mod11(d9)
        if c is not None:
            assert nhs_valid(d9 + str(c))
            return d9 + str(c)


def chi_number(rng, dob, sex):
    while True:
        d8 = dob.strftime("%d%m%y") + f"{rng.randint(0, 99):02d}"
        sd = rng.choice([0, 2, 4, 6, 8]) if sex == "F" else rng.choice([1, 3, 5, 7, 9])
        d9 = d8 + str(sd)
        c = mod11(d9)
        if c is not None:
            return d9 + str(c)


NI_BAD = set("DFIQUV")
NI_PREFIX_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def ni_number(rng):
    L = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        a, b = rng.choice(L), rng.choice(L)
        if b == "O" or a + b in NI_PREFIX_BAD:
            continue
        return f"{a}{b}{rng.randint(0, 999999):06d}{rng.choice('ABCD')}"


def fmt_nhs(n, style=0):
    if style == 0:
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if style == 1:
        return n
    return f"{n[:3]}-{n[3:6]}-{n[6:]}"


# ------------------------------------------------------------------ people

FIRST_F = ["Margaret", "Joan", "Aisha", "Priya", "Siobhan", "Eilidh", "Catrin", "Bethany", "Grace", "Olivia",
           "Zainab", "Hannah", "Doreen", "Maureen", "Kirsty", "Niamh", "Fatima", "Agnieszka", "Chloe", "Ruby",
           "Sinead", "Lowri", "Amira", "Evelyn", "Brenda", "Shirley", "Yasmin", "Isla", "Megan", "Tanisha",
           "Irene", "Valerie", "Gwen", "Mairead", "Harpreet", "Leah", "Rosa", "Wendy", "Pauline", "Ffion"]
FIRST_M = ["Arthur", "Derek", "Mohammed", "Rajesh", "Ciaran", "Hamish", "Gareth", "Kwame", "Tomasz", "Oliver",
           "Harry", "Jamal", "Stanley", "Kenneth", "Callum", "Padraig", "Imran", "Liam", "Dylan", "Reuben",
           "Frank", "Alan", "Rhys", "Ewan", "Bernard", "Desmond", "Kieran", "Yusuf", "Ronald", "Leon",
           "Gordon", "Aled", "Conor", "Samuel", "Hassan", "Neville", "Jack", "Owen", "Cyril", "Dominic"]
SURN = ["Ashworth", "Okafor", "Patel", "Mensah", "Kowalski", "McBride", "Pritchard", "Begum", "Whitfield",
        "Hussain", "Lindqvist", "Oyelaran", "Thorne", "Gallacher", "Rees", "Ahmed", "Blackwood", "Chaudhry",
        "Duggan", "Ellison", "Fairbairn", "Greaves", "Halloran", "Iqbal", "Jarvis", "Kaur", "Lomax", "Mulvey",
        "Nowak", "O'Rourke", "Penhaligon", "Quayle", "Rashid", "Sutcliffe", "Tierney", "Umeh", "Varley",
        "Wainwright", "Yates", "Zielinska", "Haworth", "Mackie", "Llewellyn", "Doherty", "Cunningham",
        "Fitzgerald", "Shah", "Bianchi", "Adeyemi", "Crowther", "Baxter", "Leathley", "Hargreaves", "Nkemelu",
        "Sandhu", "Morrow", "Quinn", "Devlin", "Ferguson", "Jenkins", "Morgan", "Pugh", "Ramsay", "Kerr"]
STAFF_F = ["Sarah", "Claire", "Joanne", "Karen", "Nicola", "Lisa", "Emma", "Rachel", "Helen", "Julie", "Dawn",
           "Kate", "Louise", "Anne", "Fiona", "Bronwen", "Orla", "Gemma"]
STAFF_M = ["Paul", "Mark", "Steve", "Andrew", "Gary", "Simon", "David", "Neil", "Chris", "Ian", "Rob", "Martin",
           "Graeme", "Dafydd", "Sean"]
STAFF_S = ["Bradshaw", "Holroyd", "Kenyon", "Marsden", "Pickles", "Royle", "Stansfield", "Tattersall",
           "Whittaker", "Ingham", "Lumb", "Mitchell", "Naylor", "Ormerod", "Priestley", "Scholes", "Turnbull",
           "Walsh", "Dobson", "Ellwood", "Frost", "Gill", "Hirst", "Booth", "Craven", "Fenwick", "Geddes",
           "Maguire", "Vaughan", "Rowlands"]

REGIONS = {
    "eng": [("LS6", "Leeds"), ("LS11", "Leeds"), ("BD8", "Bradford"), ("HX1", "Halifax"), ("HD2", "Huddersfield"),
            ("WF2", "Wakefield"), ("M14", "Manchester"), ("OL9", "Oldham"), ("BL3", "Bolton"), ("SK4", "Stockport"),
            ("S11", "Sheffield"), ("NE6", "Newcastle upon Tyne"), ("B23", "Birmingham"), ("BS5", "Bristol"),
            ("NG7", "Nottingham"), ("LE3", "Leicester"), ("L15", "Liverpool"), ("PR1", "Preston")],
    "sco": [("EH11", "Edinburgh"), ("EH7", "Edinburgh"), ("G41", "Glasgow"), ("G33", "Glasgow"),
            ("AB24", "Aberdeen"), ("DD3", "Dundee"), ("KY1", "Kirkcaldy"), ("PA3", "Paisley")],
    "wal": [("CF24", "Cardiff"), ("CF14", "Cardiff"), ("SA1", "Swansea"), ("LL57", "Bangor"),
            ("NP20", "Newport"), ("SA31", "Carmarthen")],
    "ni": [("BT9", "Belfast"), ("BT14", "Belfast"), ("BT48", "Derry"), ("BT62", "Portadown"), ("BT19", "Bangor")],
}
STREETS = ["Acacia Avenue", "Moorside Road", "Church Lane", "Victoria Street", "Harehills Lane", "Beech Grove",
           "Station Road", "Mill Street", "Albert Terrace", "Kingsway", "Cross Flatts Grove", "Heol y Deri",
           "Marchmont Crescent", "Dalkeith Road", "Ormeau Road", "Springfield Park", "Wellington Close",
           "Rosebery Place", "Cemetery Road", "Brunswick Street", "Meadow View", "Ferncliffe Drive",
           "Laburnum Way", "Thornhill Road", "Castle Street", "Greenbank Avenue", "Oakwood Mount"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"
PHONE_AREAS = {"eng": ["01632 96", "0113 496 0", "0161 496 0", "0114 496 0", "0117 496 0"],
               "sco": ["0131 496 0", "0141 496 0"], "wal": ["029 2018 0"], "ni": ["028 9018 0"]}


class P(dict):
    __getattr__ = dict.__getitem__


USED = set()


def person(rng, region="eng", age=(25, 92), sex=None, ref_date=dt.date(2024, 10, 1)):
    sex = sex or rng.choice("FM")
    while True:
        first = rng.choice(FIRST_F if sex == "F" else FIRST_M)
        last = rng.choice(SURN)
        if (first, last) not in USED:
            USED.add((first, last))
            break
    a = rng.randint(*age)
    dob = ref_date - dt.timedelta(days=a * 365 + rng.randint(0, 364))
    out, town = rng.choice(REGIONS[region])
    pc = f"{out} {rng.randint(1, 9)}{rng.choice(INWARD_L)}{rng.choice(INWARD_L)}"
    line1 = f"{rng.randint(1, 180)} {rng.choice(STREETS)}"
    if rng.random() < 0.2:
        line1 = f"Flat {rng.randint(1, 24)}, {line1}"
    area = rng.choice(PHONE_AREAS[region])
    digs = 10 - len(area.replace(" ", "")) + 1
    phone = area + "".join(str(rng.randint(0, 9)) for _ in range(digs))
    phone = phone if len(re.sub(r"\D", "", phone)) == 11 else phone[:-1]
    mobile = f"07700 900{rng.randint(0, 999):03d}"
    em = f"{first.lower()}.{re.sub(r'[^a-z]', '', last.lower())}{rng.randint(1, 99)}@" + rng.choice(
        ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "outlook.com", "icloud.com"])
    p = P(first=first, last=last, name=f"{first} {last}", sex=sex, dob=dob, postcode=pc, line1=line1, town=town,
          phone=phone, mobile=mobile, email=em, region=region, age=a)
    p["address"] = f"{line1}, {town}, {pc}"
    p["addr_first"] = line1.split(",")[-1].strip() if line1.startswith("Flat") else line1
    if region in ("eng", "wal"):
        p["nhs"] = nhs_number(rng, "eng")
    elif region == "ni":
        p["hc"] = nhs_number(rng, "ni")
    else:
        p["chi"] = chi_number(rng, dob, sex)
    p["hosp"] = rng.choice(["RX", "K", "M", "H"]) + str(rng.randint(100000, 9999999))
    p["ni"] = ni_number(rng)
    return p


def child(rng, region="eng", parent=None, age=(2, 15)):
    c = person(rng, region, age=age)
    if parent is not None:
        # same household: same surname (usually) and address
        USED.discard((c.first, c.last))
        c["last"] = parent.last
        c["name"] = f"{c.first} {parent.last}"
        USED.add((c.first, c.last))
        for k in ("postcode", "line1", "town", "address", "addr_first", "phone"):
            c[k] = parent[k]
    return c


def staff(rng, org, domain="nhs.net", role="", phone=None):
    while True:
        sex = rng.choice("FM")
        first = rng.choice(STAFF_F if sex == "F" else STAFF_M)
        last = rng.choice(STAFF_S)
        if (first, last) not in USED:
            USED.add((first, last))
            break
    em = f"{first.lower()}.{last.lower()}{rng.randint(1, 9) if domain == 'nhs.net' else ''}@{domain}"
    return P(first=first, last=last, name=f"{first} {last}", email=em, role=role, org=org,
             phone=phone or f"0113 496 0{rng.randint(100, 999)}")


def dmy(d, style=0):
    return [d.strftime("%d/%m/%Y"), d.strftime("%d.%m.%y"), f"{d.day} {d.strftime('%b %Y')}",
            d.strftime("%d-%b-%Y"), d.strftime("%d/%m/%y"), f"{d.day} {d.strftime('%B %Y')}"][style]


# ------------------------------------------------------------------ truth

FIELD_KIND = {"nhs": "nhs_number", "chi": "chi_number", "hc": "hc_number", "dob": "date_of_birth",
              "pc": "postcode", "phone": "phone_number", "mobile": "phone_number", "email": "email_address",
              "hosp": "hospital_number", "ni": "ni_number"}


def addr_truth(p):
    """Truth address: street line (without any 'Flat N,' prefix), town, postcode; score.py keys on the first part."""
    return f"{p.addr_first}, {p.town}, {p.postcode}"


class Truth:
    def __init__(self):
        self.ids = defaultdict(list)
        self.names = []
        self.ign_names = []
        self.ign = defaultdict(list)
        self.subjects = 0
        self.cats = set()
        self.tags = []

    def add(self, kind, v):
        if v not in self.ids[kind]:
            self.ids[kind].append(v)

    def subj(self, p, *fields, name=True, count=True):
        if count:
            self.subjects += 1
        if name:
            self.names.append(p.name)
        for f in fields:
            if f == "addr":
                self.add("address", addr_truth(p))
                self.add("postcode", p.postcode)
            elif f == "dob":
                self.add("date_of_birth", p.dob.isoformat())
            else:
                self.add(FIELD_KIND[f], p[f])
        return p

    def staff(self, *ss):
        for s in ss:
            if s.name not in self.ign_names:
                self.ign_names.append(s.name)
            if s.get("email"):
                self.ign_add("email_address", s.email)
            if s.get("phone"):
                self.ign_add("phone_number", s.phone)

    def ign_add(self, kind, v):
        if v not in self.ign[kind]:
            self.ign[kind].append(v)

    def record(self, file, scenario, sev, lik, basis, near_miss=False):
        no_ids = not any(self.ids.values()) and not self.names
        return {"file": file, "scenario": scenario, "tags": sorted(set(self.tags)),
                "identifiers": {k: v for k, v in sorted(self.ids.items()) if v},
                "names": self.names, "ignorable_names": self.ign_names,
                "ignorable": {k: v for k, v in sorted(self.ign.items()) if v},
                "subjects": self.subjects, "special_categories": sorted(self.cats),
                "near_miss": near_miss, "no_identifiers": no_ids,
                "assessment": {"severity": sev, "likelihood": lik, "reportable": lik >= 3 and sev >= 2,
                               "basis": basis}}


# ------------------------------------------------------------------ attachments

def latin(s):
    return (s.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").replace("\u2018", "'")
            .replace("\u201c", '"').replace("\u201d", '"').replace("\u00a0", " "))


def make_pdf(letterhead, addr=None, paras=(), table=None, title=None, footer=None, after=(), small=False,
             landscape=False):
    pdf = FPDF(orientation="L" if landscape else "P")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 13)
    for i, l in enumerate(letterhead):
        pdf.cell(0, 6, latin(l), new_x="LMARGIN", new_y="NEXT", align="R")
        if i == 0:
            pdf.set_font("helvetica", "", 8)
    pdf.ln(4)
    pdf.set_font("helvetica", "", 10)
    if addr:
        for l in addr:
            pdf.cell(0, 5, latin(l), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)
    if title:
        pdf.set_font("helvetica", "B", 11)
        pdf.multi_cell(0, 6, latin(title), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", "", 10)
        pdf.ln(2)
    for p_ in paras:
        pdf.multi_cell(0, 5, latin(p_), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    if table:
        heads, rows, widths = table
        pdf.set_font("helvetica", "B", 7 if small else 8)
        for h, w in zip(heads, widths):
            pdf.cell(w, 6, latin(h), border=1)
        pdf.ln()
        pdf.set_font("helvetica", "", 7 if small else 8)
        for r in rows:
            for c, w in zip(r, widths):
                txt = latin(str(c))
                fs = 7 if small else 8
                while pdf.get_string_width(txt) > w - 1.5 and fs > 4:
                    fs -= 0.5
                    pdf.set_font_size(fs)
                pdf.cell(w, 5.5, txt, border=1)
                pdf.set_font_size(7 if small else 8)
            pdf.ln()
        pdf.ln(3)
        pdf.set_font("helvetica", "", 10)
    for p_ in after:
        pdf.multi_cell(0, 5, latin(p_), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    if footer:
        pdf.set_font("helvetica", "I", 7)
        pdf.multi_cell(0, 4, latin(footer), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def fix_ooxml(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                b = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", b"2024-10-01T09:00:00Z", b)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 10, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, b)
    return buf.getvalue()


def make_xlsx(sheets):
    """sheets: list of (title, rows, {"widths":..., "datefmt":...}). Cells may be dt.date."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows, opt in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, (dt.date, dt.datetime)):
                    c.number_format = opt.get("datefmt", "dd/mm/yyyy")
        for m in opt.get("merge", []):
            ws.merge_cells(m)
    wb.properties.creator = "NHS User"
    wb.properties.created = dt.datetime(2024, 10, 1, 9, 0, 0)
    wb.properties.modified = dt.datetime(2024, 10, 1, 9, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    return fix_ooxml(buf.getvalue())


def make_docx(blocks):
    """blocks: ("h", text) | ("p", text) | ("t", rows) (first row = header)."""
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
    cp.author = "NHS User"
    cp.created = dt.datetime(2024, 10, 1, 9, 0, 0)
    cp.modified = dt.datetime(2024, 10, 1, 9, 0, 0)
    cp.last_printed = dt.datetime(2024, 10, 1, 9, 0, 0)
    buf = io.BytesIO()
    d.save(buf)
    return fix_ooxml(buf.getvalue())


def make_csv(rows, title=None):
    out = []
    if title:
        out.extend(title)
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            cells.append('"' + c.replace('"', '""') + '"' if ("," in c or '"' in c) else c)
        out.append(",".join(cells))
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


# ------------------------------------------------------------------ MIME

class Builder:
    def __init__(self, idx):
        self.idx = idx
        self.n = 0

    def boundary(self):
        self.n += 1
        return f"----=_fresh13_{self.idx:03d}_{self.n:02d}"


def text_part(text, subtype="plain", cte="7bit", charset="utf-8"):
    p = MIMENonMultipart("text", subtype, charset=charset)
    raw = text.encode(charset)
    if cte == "7bit" and any(b > 127 for b in raw):
        cte = "8bit"
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        payload = raw.decode(charset)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


CT = {"pdf": ("application", "pdf"), "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
      "csv": ("text", "csv"), "txt": ("text", "plain")}


def attach(name, data, ctype=None):
    ext = name.rsplit(".", 1)[-1].lower()
    mt, st = ctype or CT[ext]
    if mt == "text":
        p = text_part(data.decode("utf-8"), st, "base64" if ext == "csv" and len(data) > 400 else "quoted-printable")
    else:
        p = MIMEBase(mt, st, name=name)
        p.set_payload(base64.encodebytes(data).decode("ascii"))
        p["Content-Transfer-Encoding"] = "base64"
    p.add_header("Content-Disposition", "attachment", filename=name)
    return p


def addr(p):
    return f'"{p.name}" <{p.email}>' if " " in p.name else f"{p.name} <{p.email}>"


def message(b, frm, to, subject, date, body=None, html=None, atts=(), cc=None, cte="7bit", html_cte="quoted-printable",
            msgid_dom="nhs.net", extra=(), related=False):
    """Build a message; body text and/or html; atts = list of MIME parts."""
    parts = []
    if body is not None and html is not None:
        alt = MIMEMultipart("alternative", boundary=b.boundary())
        alt.attach(text_part(body, "plain", cte))
        alt.attach(text_part(html, "html", html_cte))
        parts.append(alt)
    elif html is not None:
        parts.append(text_part(html, "html", html_cte))
    else:
        parts.append(text_part(body or "", "plain", cte))
    if atts:
        m = MIMEMultipart("mixed", boundary=b.boundary())
        for p_ in parts:
            m.attach(p_)
        for a in atts:
            m.attach(a)
    else:
        m = parts[0]
    hdrs = [("From", frm), ("To", to)]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs += [("Subject", subject), ("Date", format_datetime(date)),
             ("Message-ID", f"<fresh13.{b.idx:03d}.{date.strftime('%Y%m%d%H%M')}@{msgid_dom}>")]
    hdrs += list(extra)
    # put headers first, MIME-Version after
    old = [(k, v) for k, v in m.items()]
    for k in list(m.keys()):
        del m[k]
    for k, v in hdrs:
        m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in old:
        if k.lower() != "mime-version":
            m[k] = v
    return m


def rfc822(inner):
    p = MIMEMessage(inner)
    p.add_header("Content-Disposition", "attachment", filename=(inner["Subject"] or "message")[:60] + ".eml")
    return p


# ------------------------------------------------------------------ forward / quote text

def outlook_block(frm, sent, to, subject, cc=None, style="line"):
    sep = "________________________________" if style == "line" else "-----Original Message-----"
    lines = [sep, f"From: {frm}", f"Sent: {sent.strftime('%A, %d %B %Y %H:%M')}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines) + "\n\n"


def gmail_block(frm, sent, to, subject, cc=None):
    lines = ["---------- Forwarded message ---------", f"From: {frm}",
             f"Date: {sent.strftime('%a, %d %b %Y at %H:%M')}", f"Subject: {subject}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    return "\n".join(lines) + "\n\n"


def quote(text, depth=1):
    pre = "> " * depth
    return "\n".join((pre + l).rstrip() for l in text.split("\n"))


def sig(s, org_line=None, extra=None):
    lines = ["", s.name, s.role] if s.role else ["", s.name]
    lines.append(org_line or s.org)
    if s.get("phone"):
        lines.append(f"Tel: {s.phone}")
    lines.append(s.email)
    if extra:
        lines.append(extra)
    return "\n".join(lines)


NHSMAIL_DISC = ("\n\n********************************************************************\n"
                "This message may contain confidential information. If you are not the intended recipient "
                "please inform the\nsender that you have received the message in error before deleting it.\n"
                "Please do not disclose, copy or distribute information in this e-mail or take any action in "
                "relation to its contents. To do so is strictly prohibited and may be unlawful.\n"
                "Thank you for your co-operation.\n\nNHSmail is the secure email and directory service available "
                "for all NHS staff in England and Scotland.\n"
                "********************************************************************\n")
COUNCIL_DISC = ("\n\n--\nThis email and any attachments are confidential and intended solely for the addressee. "
                "If you have received it in error please notify the sender and delete it. The Council may "
                "monitor email traffic. Views expressed are those of the author and not necessarily the Council's.\n")

EMAILS = []


def email(fn):
    EMAILS.append(fn)
    return fn


def when(idx, day_offset=0, hour=9, minute=0, tz=UTC):
    base = dt.datetime(2024, 10, 1, tzinfo=tz) + dt.timedelta(days=idx // 2 + day_offset)
    return base.replace(hour=hour, minute=minute)


# ================================================================== emails

TRUST = "Northmoor Teaching Hospitals NHS Foundation Trust"
TRUST_LH = [TRUST, "Northmoor General Hospital, Beckett Street, Leeds LS9 7TF", "Switchboard 0113 496 0000  |  www.northmoor.example.nhs.uk"]
TRUST_IGN = dict(postcode=["LS9 7TF"], address=["Northmoor General Hospital, Beckett Street, Leeds LS9 7TF"],
                 phone_number=["0113 496 0000"])


def trust_ign(t, extra=None):
    for k, vs in TRUST_IGN.items():
        for v in vs:
            t.ign_add(k, v)


@email
def e_gum_clinic_pdf(idx, rng, b):
    t = Truth(); t.tags += ["pdf_table", "outlook_forward", "external_personal_email", "sexual_health"]
    rep = staff(rng, TRUST, role="Clinic Co-ordinator, Sexual Health Services")
    meant = staff(rng, TRUST, role="Health Adviser")
    wrong = f"{meant.first.lower()}.{meant.last.lower()}@gmail.com"
    ig = staff(rng, TRUST, role="IG Manager")
    t.staff(rep, meant, ig); t.ign_add("email_address", wrong); trust_ign(t)
    rows = []
    clinics = ["HIV follow-up", "PrEP review", "Syphilis TOC", "HIV new dx", "Contraception/LARC", "PEP follow-up",
               "HIV follow-up", "Chlamydia TOC", "PrEP start", "HIV follow-up", "Hep B vacc 2", "PrEP review"]
    for i in range(11):
        p = person(rng, age=(18, 64), sex="F" if clinics[i].startswith("Contra") else None)
        t.subj(p, "dob", "nhs", "hosp")
        rows.append([f"{9 + i // 3}:{(i % 3) * 20:02d}", f"{p.last.upper()}, {p.first}", dmy(p.dob), fmt_nhs(p.nhs), p.hosp, clinics[i]])
    t.cats.add("sexual_health")
    pdf = make_pdf(TRUST_LH + ["Sexual Health & HIV Service, Outpatients Level 2"], title=f"Clinic list - {when(idx, tz=BST).strftime('%A %d/%m/%Y')} - Dr Varley (AM)",
                   table=(["Time", "Patient", "DOB", "NHS No", "Hosp No", "Clinic type"], rows, [14, 46, 22, 28, 22, 48]),
                   footer=f"CONFIDENTIAL - contains patient identifiable data. Printed from Lilie {when(idx, tz=BST).strftime('%d/%m/%Y')} 07:52")
    sent = when(idx, hour=8, minute=14, tz=BST)
    body = (f"Hi,\n\nI need to report something, I've sent the clinic list for this morning to the wrong {meant.first}. "
            f"It autofilled a gmail address instead of {meant.first}'s nhs.net one. I only noticed when the email didn't "
            f"appear in {meant.first}'s inbox. I've emailed the gmail address asking them to delete it but no reply yet.\n\n"
            f"Really sorry. Original below.\n\n{rep.first}\n{sig(rep)}\n\n"
            + outlook_block(addr(rep), sent, f"{meant.name} <{wrong}>", "clinic list thurs am")
            + f"Morning {meant.first}, list for today attached, Dr V running 10 mins late.\nThanks\n{rep.first}\n")
    m = message(b, addr(rep), BREACH, "FW: clinic list thurs am", sent + dt.timedelta(hours=2, minutes=3), body=body,
                cc=addr(ig), atts=[attach(f"Clinic list {when(idx, tz=BST).strftime('%d.%m.%y')} AM.pdf", pdf)])
    return "gum-clinic-list-pdf-to-gmail", m, t.record(None, "pdf_clinic_list_external", 4, 3,
        ["sexual health clinic list (HIV, PrEP) for 11 identified patients", "sent to a personal gmail address outside the trusted domains",
         "no confirmation of deletion yet"])


@email
def e_gpfed_xlsx_3sheets(idx, rng, b):
    t = Truth(); t.tags += ["xlsx_multi_sheet", "xlsx_title_rows", "xlsx_no_header_sheet", "internal_nhsnet"]
    org = "Calder Valley GP Federation"
    rep = staff(rng, org, role="Hub Administrator", phone="01422 496 0123")
    wrongp = staff(rng, "Brookfield Surgery", role="Practice Manager")
    t.staff(rep, wrongp)
    reasons = ["BP check", "Diabetic review", "Asthma review", "Wound dressing", "B12 injection", "Ear syringing",
               "Bloods - INR", "Med review", "Depo injection", "COPD review", "Smear", "Leg ulcer"]
    s1 = [["Extended Access Hub - Saturday 12 October 2024", None, None, None, None, None],
          ["Site: Todmorden Health Centre     Clinician: ANP / HCA", None, None, None, None, None],
          [None] * 6,
          ["Time", "Patient Name", "D.O.B", "NHS No.", "Home practice", "Reason"]]
    for i in range(8):
        p = person(rng, age=(19, 88)); t.subj(p, "dob", "nhs")
        s1.append([f"{8 + i // 2:02d}:{(i % 2) * 30:02d}", p.name, p.dob, p.nhs, rng.choice(["Brookfield", "Hebden Br", "Calder Hse"]), reasons[i]])
    s2 = []
    for i in range(5):
        p = person(rng, age=(19, 60), sex="F" if i % 4 in (0, 2) else None); t.subj(p, "dob", "nhs", "mobile")
        s2.append([f"{13 + i // 2:02d}:{(i % 2) * 30:02d}", p.last.upper(), p.first, dmy(p.dob, 0), p.nhs, p.mobile, reasons[8 + i % 4]])
    t.cats.update({"health", "reproductive_health"})
    s3 = [["Code", "Practice"], ["B87001", "Brookfield Surgery"], ["B87012", "Hebden Bridge GP"], ["B87020", "Calder House"]]
    x = make_xlsx([("Sat AM", s1, {"merge": ["A1:F1"]}), ("Sheet2", s2, {}), ("Lookup", s3, {})])
    sent = when(idx, hour=16, minute=40, tz=BST)
    body = (f"Hiya\n\nForwarding as asked by {wrongp.first} at Brookfield. We sent Saturday's hub list (whole list, all practices) to Brookfield's "
            "generic inbox rather than just their own patients. It's nhs.net to nhs.net so it hasn't left NHSmail. "
            f"{wrongp.first} says she has deleted it from the inbox and deleted items.\n\nThanks\n{rep.name}\n{rep.role}\n{org}\nTel {rep.phone}\n\n"
            + outlook_block(addr(wrongp), sent + dt.timedelta(minutes=50), addr(rep), "RE: Sat hub list")
            + "Hi, this has come through with every practice's patients on it, second tab too. Have deleted, please can you log it. Thanks\n\n"
            + outlook_block(addr(rep), sent, "Brookfield Surgery (Calderdale) <brookfield.surgery@nhs.net>", "Sat hub list")
            + "Please see attached booked patients for Saturday.\n" + NHSMAIL_DISC)
    t.ign_add("email_address", "brookfield.surgery@nhs.net"); t.ign_add("phone_number", rep.phone)
    m = message(b, addr(rep), BREACH, "FW: RE: Sat hub list", sent + dt.timedelta(hours=1, minutes=5), body=body,
                atts=[attach("HUB SAT 12.10.xlsx", x)])
    return "gpfed-hub-list-xlsx-wrong-practice", m, t.record(None, "xlsx_multi_sheet_internal", 4, 2,
        ["appointment reasons for 13 identified patients on two sheets, incl. contraception (depo) and smear: reproductive health",
         "sent within NHSmail (nhs.net) to another practice", "recipient confirms deletion; likelihood stays at 2"])


@email
def e_asc_docx_discharge_nok(idx, rng, b):
    t = Truth(); t.tags += ["docx_table", "multi_person_rows", "nok", "council", "external_provider"]
    org = "Kirkhallam Metropolitan Borough Council - Adult Social Care"
    rep = staff(rng, org, domain="kirkhallam.gov.uk", role="Brokerage Officer", phone="01632 960 441")
    mgr = staff(rng, org, domain="kirkhallam.gov.uk", role="Team Manager, Hospital Discharge Team")
    t.staff(rep, mgr)
    rows = [["Name", "DOB", "Address", "NHS No", "Needs / package", "NOK (relationship)", "NOK tel"]]
    needs = ["Dementia, 4 calls/day double-up, hoist", "Post #NOF, 2 calls/day, walking frame",
             "Parkinson's, meds prompt x3, lives alone", "CVA L sided weakness, double-up x4",
             "COPD on home O2, shopping + meal prep", "Alzheimer's, wanders at night, key safe 4471"]
    rels = ["daughter", "son", "wife", "niece", "husband", "son"]
    for i in range(6):
        p = person(rng, age=(68, 96)); n = person(rng, age=(40, 75))
        t.subj(p, "dob", "addr", "nhs"); t.subj(n, "mobile")
        rows.append([p.name, dmy(p.dob), f"{p.line1}, {p.town} {p.postcode}", p.nhs, needs[i], f"{n.name} ({rels[i]})", n.mobile])
    t.cats.add("health")
    d = make_docx([("h", "Hospital Discharge - packages to source w/c 14/10/24"),
                   ("p", "Please confirm capacity by 12 noon. All people below are medically optimised for discharge."),
                   ("t", rows), ("p", "Brokerage - Kirkhallam MBC")])
    wrong = "referrals@brightsidehomecare.co.uk"
    t.ign_add("email_address", wrong)
    sent = when(idx, hour=10, minute=2, tz=BST)
    body = (f"{mgr.first},\n\nAs discussed on Teams. The discharge sourcing list went to Brightside Homecare instead of "
            "Brightwater (the framework provider). Brightside are not one of our providers. I've rung them twice, "
            "left a message with their office, nobody has confirmed they've deleted it.\n\n"
            f"{rep.first}\n\n"
            + outlook_block(addr(rep), sent, wrong, "Packages to source - URGENT - w/c 14/10", style="orig")
            + "Good morning\n\nPlease see attached packages to source. Reply by 12 noon with any you can pick up.\n\nKind regards\n"
            + f"{rep.name}\nBrokerage Officer\nKirkhallam MBC\n{rep.phone}" + COUNCIL_DISC)
    outer = (f"Forwarding to the breach mailbox as per the policy. Six service users plus their next of kin details.\n\n{mgr.name}\n{mgr.role}\n\n"
             + outlook_block(addr(rep), sent + dt.timedelta(hours=1), addr(mgr), "FW: Packages to source - URGENT - w/c 14/10") + body)
    m = message(b, addr(mgr), BREACH, "FW: FW: Packages to source - URGENT - w/c 14/10", sent + dt.timedelta(hours=1, minutes=40),
                body=outer, atts=[attach("Packages to source 14.10.24.docx", d)], msgid_dom="kirkhallam.gov.uk")
    return "asc-discharge-docx-nok-wrong-provider", m, t.record(None, "docx_table_external_nok", 3, 3,
        ["health/care needs of 6 vulnerable adults with NHS numbers and addresses, plus 6 next of kin phone numbers",
         "sent to a home-care company outside the council and NHS", "no confirmation of deletion"])


@email
def e_flu_csv_titlerow(idx, rng, b):
    t = Truth(); t.tags += ["csv_title_row", "external_personal_email", "gp_practice"]
    org = "Moorside Medical Practice"
    rep = staff(rng, org, role="Reception Team Lead", phone="0161 496 0781")
    t.staff(rep)
    ppg = person(rng, age=(60, 75))  # wrong recipient, PPG chair
    t.ign_names.append(ppg.name); t.ign_add("email_address", ppg.email)
    rows = [["Surname", "Forename", "DOB", "NHS Number", "Mobile", "Eligibility", "Last flu vacc"]]
    elig = ["COPD", "Diabetes type 2", "Immunosuppressed", "Asthma (steroids)", "CKD stage 3", "Carer",
            "Chronic heart disease", "Asplenia", "Diabetes type 1", "Morbid obesity", "COPD", "Chronic liver disease"]
    for i in range(12):
        p = person(rng, region="eng", age=(22, 64))
        fs = ("dob", "nhs", "mobile") if i % 3 else ("dob", "nhs")
        t.subj(p, *fs)
        rows.append([p.last, p.first, dmy(p.dob, 0), fmt_nhs(p.nhs, 1), p.mobile if "mobile" in fs else "", elig[i], rng.choice(["2023-10-14", "2022-11-02", ""])])
    t.cats.add("health")
    c = make_csv(rows, title=["Flu invite list - under 65 at risk - run 01/10/2024 (EMIS search 7713)", ""])
    sent = when(idx, hour=13, minute=5, tz=BST)
    body = (f"Hello,\n\nI think I have made a mistake. Our PPG chair {ppg.name} emailed asking for the flu poster to "
            "put in the community centre and I attached the wrong file, it was the invite list from the search "
            "with patients on. She's rung to say she got a list of names and hasn't opened it properly, "
            "she is going to delete it. She is not staff, she is a patient volunteer.\n\nI've attached the same file so you can see what went.\n\n"
            f"{rep.first} {rep.last}\nReception Team Lead\n{org}\n{rep.phone}\n")
    m = message(b, addr(rep), BREACH, "sent wrong attachment to PPG", sent + dt.timedelta(hours=3), body=body,
                atts=[attach("flu_invites_u65_atrisk.csv", c)])
    return "flu-invite-csv-to-ppg-chair", m, t.record(None, "csv_title_row_external", 3, 3,
        ["chronic conditions of 12 identified patients (NHS number, DOB, mobile)", "sent to a patient volunteer's personal email (external)",
         "recipient only says she is going to delete it: no confirmation, no reduction"])


@email
def e_cmht_referral_rfc822(idx, rng, b):
    t = Truth(); t.tags += ["message_rfc822", "mental_health", "external_personal_email"]
    org = "Hollins Lane Surgery"
    rep = staff(rng, org, role="Receptionist / Secretary", phone="0114 496 0552")
    gp = staff(rng, org, role="GP Partner")
    t.staff(rep, gp)
    p = person(rng, age=(30, 55))
    wrong = person(rng, age=(30, 60))
    wrong_em = f"{wrong.first[0].lower()}{wrong.last.lower().replace(chr(39), '')}@btinternet.com"
    t.ign_names.append(wrong.name); t.ign_add("email_address", wrong_em)
    t.subj(p, "nhs", "dob", "addr", "mobile")
    t.cats.add("mental_health")
    s0 = when(idx, hour=11, minute=20, tz=BST)
    inner_body = (f"Dear Colleague\n\nRe: {p.first.upper()} {p.last.upper()}  DOB {dmy(p.dob)}  NHS No {fmt_nhs(p.nhs)}\n"
                  f"{p.line1}, {p.town}, {p.postcode}   Mob {p.mobile}\n\n"
                  f"Thank you for seeing this {p.age} year old who I saw today with a 3 month history of low mood, poor sleep "
                  "and passive suicidal ideation without plan. PHQ-9 21. Started sertraline 50mg 6 weeks ago with little "
                  "benefit. Previous overdose 2019. Lives with partner who is supportive. I would be grateful for urgent "
                  "CMHT assessment.\n\nYours sincerely\n\n"
                  f"Dr {gp.name}\n{org}\n")
    inner = message(Builder(idx * 10 + 1), addr(rep), f"{wrong.name} <{wrong_em}>", f"Urgent referral - {p.last.upper()}",
                    s0, body=inner_body, msgid_dom="nhs.net")
    body = (f"Hi IG team\n\nI've attached the email I sent. It should have gone to the CMHT single point of access but "
            "I picked the wrong contact from the address book (we had a patient with a similar name email us last week and "
            "Outlook saved them). The person has not replied. Dr " + gp.last + " is aware.\n\nThanks\n" + rep.first + "\n" + sig(rep) + NHSMAIL_DISC)
    m = message(b, addr(rep), BREACH, "Breach - referral sent to wrong email", s0 + dt.timedelta(hours=4, minutes=12), body=body,
                atts=[rfc822(inner)])
    return "cmht-referral-forwarded-as-attachment", m, t.record(None, "rfc822_mental_health_external", 4, 3,
        ["mental health referral (suicidal ideation, previous overdose) for an identified patient",
         "sent to a member of the public's btinternet address", "no reply or deletion"])


@email
def e_handover_chain_3deep(idx, rng, b):
    t = Truth(); t.tags += ["outlook_chain_3_deep", "handover_sheet_inline", "external_personal_email", "safeguarding"]
    ig = staff(rng, TRUST, role="Information Governance Lead")
    matron = staff(rng, TRUST, role="Matron, Elderly Medicine")
    wm = staff(rng, TRUST, role="Ward Manager, Ward 32")
    clerk = staff(rng, TRUST, role="Ward Clerk, Ward 32")
    t.staff(ig, matron, wm, clerk)
    rel = person(rng, age=(45, 65))
    rows = []
    ptxt = []
    issues = ["CAP, on IV abx day 3, DNACPR in place, NOK daughter", "#NOF post op day 2, delirium, 1:1 at night",
              "UTI, confused, SAFEGUARDING - concerns re son / finances, SW aware, no visits from son",
              "CCF, diuresing, daily weights, TTO pending", "Fall at home, CT head NAD, awaiting OT/PT, POC restart",
              "Sepsis ?source, NEWS 5 at 06:00, for r/v"]
    for i in range(6):
        p = person(rng, age=(71, 95), sex="F" if i == 0 else None)  # age cap keeps 2-digit DOB years unambiguous
        t.subj(p, "dob", "hosp")
        if i == 0:
            mother = p
        ptxt.append(f"Bay {1 + i // 4} Bed {i % 4 + 1}  {p.last.upper()} {p.first}  {p.age}y  DOB {dmy(p.dob, 1)}  {p.hosp}  - {issues[i]}")
    USED.discard((rel.first, rel.last)); rel["last"] = mother.last; rel["name"] = f"{rel.first} {mother.last}"
    rel_em = f"{rel.first.lower()}{rel.last.lower().replace(chr(39), '')}{rng.randint(60, 80)}@hotmail.co.uk"
    t.ign_names.append(rel.name); t.ign_add("email_address", rel_em)
    t.cats.update({"health", "safeguarding"})
    d0 = when(idx, hour=7, minute=48, tz=BST)
    orig = (f"Hi {rel.first}\n\nAs promised your mum is comfortable this morning. Ive copied the board below for you so you "
            "can see what the plan is (sorry its the whole bay, its how it comes off the system)\n\n"
            "WARD 32 HANDOVER  - early\n" + "\n".join(ptxt) + "\n\nThanks\n" + clerk.first + "\nWard 32 Clerk\n")
    reply = (f"Hello, thank you but I don't think I should have everyone else's information in this? I only wanted to know about "
             f"mum. I'll delete it but thought you should know.\n{rel.first}\n\nSent from my iPhone\n\n"
             f"On {d0.strftime('%d %b %Y')}, at {d0.strftime('%H:%M')}, {clerk.name} <{clerk.email}> wrote:\n\n" + quote(orig))
    l1 = reply
    l2 = (f"{wm.first} - FYI the daughter of bed 1 replied to this. Can you pick up please.\n{clerk.first}\n\n"
          + outlook_block(f"{rel.name} <{rel_em}>", d0 + dt.timedelta(hours=2, minutes=11), f"{clerk.name} <{clerk.email}>", "Re: Mum") + l1)
    l3 = (f"{matron.first}, sending up to you as this needs a Datix and IG, I have spoken to {clerk.first}. Handover copied into an email "
          "to a relative's hotmail. Daughter says she'll delete. Sorry, on a long day.\n\n" + wm.name + "\n" + wm.role + "\n\n"
          + outlook_block(addr(clerk), d0 + dt.timedelta(hours=2, minutes=40), addr(wm), "FW: Re: Mum") + l2)
    outer = (f"Hi {ig.first},\n\nPlease see below - 3 emails down is the original. Datix W{rng.randint(100000, 199999)} raised. "
             "It is the whole bay handover incl. a safeguarding note. I'll ask the daughter to confirm deletion in writing.\n\n"
             f"Kind regards\n{matron.name}\n{matron.role}\n{TRUST}\n\n"
             + outlook_block(addr(wm), d0 + dt.timedelta(hours=5, minutes=2), addr(matron), "FW: Re: Mum", cc=addr(clerk)) + l3)
    m = message(b, addr(matron), BREACH, "FW: FW: Re: Mum", d0 + dt.timedelta(hours=6, minutes=30), body=outer, cc=addr(ig),
                cte="quoted-printable")
    return "ward-handover-to-relative-3-deep", m, t.record(None, "outlook_chain_3_deep_external", 4, 3,
        ["whole-bay handover for 6 identified inpatients incl. safeguarding concern and delirium", "emailed to a relative's hotmail (external)",
         "relative says she will delete; written confirmation not yet received, so likelihood not reduced"])


@email
def e_recovery_to_not_bcc(idx, rng, b):
    t = Truth(); t.tags += ["to_not_bcc", "gmail_forward", "substance_misuse", "recipients_are_data"]
    org = "Kirkhallam Recovery Partnership"
    worker = staff(rng, org, domain="krp-recovery.org.uk", role="Peer Support Co-ordinator", phone="01632 960 803")
    t.staff(worker)
    comp = None
    recips = []
    for i in range(17):
        p = person(rng, age=(23, 61))
        t.subj(p, "email")
        recips.append(p)
    comp = recips[4]
    t.cats.add("substance_misuse")
    d0 = when(idx, hour=18, minute=22, tz=BST)
    to_line = ", ".join(f"{p.name} <{p.email}>" if i % 3 else p.email for i, p in enumerate(recips))
    orig = (f"Hi everyone!\n\nThe Recovery Cafe is back on Thursdays from 17th October, 6-8pm at the Wesley Hall. "
            "Whether you are newly out of detox or years into your recovery from alcohol or drugs you are welcome. "
            "Mutual aid (SMART and NA) meets in the back room at 7.\n\nHot food, no pressure.\n\n"
            f"{worker.first} {worker.last}\nPeer Support Co-ordinator\n{org}\n{worker.phone}\n")
    body = (f"I'm forwarding this because I'm really not happy. Everyone on this list can now see my email address and know I "
            "use your service. I recognise two of the names from my street. Please can somebody explain how this happened.\n\n"
            f"{comp.first}\n\n" + gmail_block(f"{worker.name} <{worker.email}>", d0, to_line, "Recovery Cafe is back!!") + orig)
    m = message(b, f"{comp.name} <{comp.email}>", BREACH, "Fwd: Recovery Cafe is back!!", d0 + dt.timedelta(hours=15), body=body,
                msgid_dom="mail.gmail.com")
    t.ign_add("email_address", "breach@example.nhs.uk")
    return "recovery-cafe-to-not-bcc", m, t.record(None, "to_not_bcc_substance_misuse", 4, 3,
        ["17 service users' names/email addresses disclosed to each other in To", "implies use of a drug and alcohol service (substance misuse)",
         "recipients are external personal addresses and have seen each other's details (complainant recognised neighbours); no misuse reported"])


@email
def e_lost_handover_pdf(idx, rng, b):
    t = Truth(); t.tags += ["pdf_scan_text", "lost_paper", "found_by_public"]
    sec = staff(rng, TRUST, role="Security Supervisor", phone="0113 496 0390")
    t.staff(sec); trust_ign(t)
    rows = []
    plans = ["Lap chole, home today if eating", "Appendicectomy day 1, drain out", "SBO conservative, NG free drain",
             "Ex-lap day 4, stoma nurse r/v", "Cellulitis leg, IV fluclox", "Pancreatitis, alcohol hx, CIWA scores",
             "Hernia repair, DNA bladder scan", "Abscess I&D, pack daily"]
    cats = {"health"}
    for i in range(8):
        p = person(rng, age=(18, 89))
        t.subj(p, "hosp", "dob")
        rows.append([str(i + 1), f"{p.last.upper()}, {p.first}", dmy(p.dob, 4), p.hosp, plans[i], rng.choice(["Mr Ahmed", "Ms Kerr", "Mr Lomax"])])
    cats.add("substance_misuse")
    t.cats.update(cats)
    pdf = make_pdf(["Ward 21 - General Surgery - Nursing handover", f"Night > Early   {when(idx, tz=BST).strftime('%d/%m/%Y')}", "Print from eWhiteboard"],
                   table=(["Bed", "Patient", "DOB", "MRN", "Issues / plan", "Consultant"], rows, [10, 44, 18, 24, 70, 22]),
                   footer="DISPOSE OF IN CONFIDENTIAL WASTE")
    d0 = when(idx, hour=14, minute=15, tz=BST)
    body = (f"To IG\n\nA member of the public handed this in at main reception at 13:30 today, she said it was on the floor in the "
            "multi-storey car park level 2 near the pay machines. It's a ward 21 handover sheet (folded, a bit wet). "
            "Scanned copy attached, original is in the security office safe. Member of public's details taken, she said "
            "she had a read to see where it came from.\n\nRegards\n" + sec.name + "\nSecurity Supervisor\nEstates & Facilities\n" + sec.phone)
    m = message(b, addr(sec), BREACH, "Found document - car park", d0, body=body,
                atts=[attach("SCAN_20241009_1402.pdf", pdf)])
    return "lost-handover-found-car-park-pdf", m, t.record(None, "lost_paper_pdf", 4, 3,
        ["surgical handover for 8 identified inpatients (incl. alcohol history / withdrawal scores)", "lost in a public car park and read by a member of the public",
         "returned, but disclosure to the finder occurred"])


@email
def e_ooo(idx, rng, b):
    t = Truth(); t.tags += ["auto_reply", "non_report"]
    s = staff(rng, TRUST, role="Data Protection Officer"); dep = staff(rng, TRUST, role="Deputy DPO")
    t.staff(s, dep)
    d0 = when(idx, hour=6, minute=1, tz=BST)
    body = (f"Thank you for your email. I am out of the office until Monday 21st October with no access to email.\n\n"
            f"If your query is urgent, for example a suspected data breach, please contact {dep.name} ({dep.email}) "
            "or report via Datix and the IG team will pick it up.\n\n" + s.name + "\n" + s.role)
    m = message(b, addr(s), BREACH, "Automatic reply: Weekly IG incidents summary", d0, body=body,
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("In-Reply-To", "<fresh13.weekly@example.nhs.uk>")])
    return "out-of-office-dpo", m, t.record(None, "non_report_auto_reply", 1, 1, ["automatic reply, no personal data of data subjects"])


@email
def e_newsletter_pdf(idx, rng, b):
    t = Truth(); t.tags += ["newsletter", "pdf", "non_report", "html_and_text"]
    org = "Calder Valley GP Federation"
    ed = staff(rng, org, role="Communications Officer", phone="01422 496 0900")
    ceo = staff(rng, org, role="Chief Executive")
    nurse = staff(rng, org, role="Lead Practice Nurse")
    t.staff(ed, ceo, nurse)
    t.ign_add("postcode", "HX1 2EB"); t.ign_add("address", "Unit 4, Dean Clough Mills, Halifax HX1 2EB")
    pdf = make_pdf([org, "Unit 4, Dean Clough Mills, Halifax HX1 2EB", "Federation Flyer - October 2024"],
                   title="Winter is coming: flu, COVID and our new hub rota",
                   paras=[f"A message from our Chief Executive, {ceo.name}: thank you to every practice for a record September. "
                          "The extended access hubs delivered 4,312 appointments, 9% up on last year.",
                          f"Flu and COVID: {nurse.name} reminds practices that the national programme starts 3 October for over-65s "
                          "and 1 October for pregnant women and children. Clinic templates are on the intranet.",
                          "IG corner: remember to use Bcc for group emails to patients and never send lists to generic inboxes "
                          "without checking. Report suspected breaches to the breach mailbox within 24 hours.",
                          "Dates: PLT afternoon Wed 16 Oct (practices closed 13:00-18:00); Federation AGM Thu 24 Oct, 7pm, Dean Clough."],
                   table=(["Hub", "Site", "Days"], [["North", "Todmorden HC", "Sat/Sun"], ["Central", "Broad St Plaza", "Mon-Fri eve"],
                                                    ["South", "Brighouse HC", "Sat"]], [40, 60, 40]),
                   footer=f"Contact: {ed.name}, {ed.email}, {ed.phone}")
    html = (f"<html><body><p>Dear colleague,</p><p>Please find attached the <b>October Federation Flyer</b>. Highlights: "
            "record hub activity, flu/COVID programme dates, IG corner.</p><p>Kind regards<br>" + ed.name + "<br>" + ed.role
            + "</p><p style='font-size:8pt'>You are receiving this because you are on the federation practice distribution list.</p></body></html>")
    txt = "Dear colleague,\n\nPlease find attached the October Federation Flyer.\n\nKind regards\n" + ed.name + "\n" + ed.role
    m = message(b, addr(ed), "cvfed.allpractices@nhs.net", "Federation Flyer - October 2024", when(idx, hour=12, tz=BST), body=txt,
                html=html, atts=[attach("Federation Flyer Oct 2024.pdf", pdf)], extra=[("Bcc", BREACH), ("List-Unsubscribe", "<mailto:cvfed.comms@nhs.net>")])
    t.ign_add("email_address", "cvfed.allpractices@nhs.net"); t.ign_add("email_address", "cvfed.comms@nhs.net")
    return "newsletter-federation-flyer-pdf", m, t.record(None, "non_report_newsletter", 1, 1, ["newsletter, no data subjects"])


@email
def e_care_home_mar_html(idx, rng, b):
    t = Truth(); t.tags += ["html_only", "html_table", "quoted_printable", "care_group", "external_supplier"]
    org = "Heathervale Care Group - Rosewood House"
    mgr = staff(rng, org, domain="heathervalecare.co.uk", role="Registered Manager", phone="01632 960 215")
    dep = staff(rng, org, domain="heathervalecare.co.uk", role="Deputy Manager")
    t.staff(mgr, dep)
    wrong = "orders@medi-supplies-direct.co.uk"
    t.ign_add("email_address", wrong)
    rows = ""
    meds = ["Donepezil 10mg ON, Paracetamol 1g QDS", "Warfarin as per INR book, Bisoprolol 2.5mg",
            "Quetiapine 25mg BD (BPSD), Sertraline 50mg", "Insulin Lantus 18u mane, Metformin 500mg BD",
            "Levodopa/carbidopa 125 5x daily - TIME CRITICAL", "Morphine sulph oral soln 2.5mg PRN (end of life)",
            "Furosemide 40mg mane, Ramipril 5mg"]
    for i in range(7):
        p = person(rng, age=(74, 99))
        t.subj(p, "dob", "nhs")
        rows += (f"<tr><td>{10 + i}</td><td>{p.name}</td><td>{dmy(p.dob)}</td><td>{fmt_nhs(p.nhs)}</td><td>{meds[i]}</td>"
                 f"<td>{rng.choice(['Dr Iqbal', 'Dr Morrow', 'Parkside Surgery'])}</td></tr>\n")
    t.cats.update({"health", "mental_health"})
    d0 = when(idx, hour=9, minute=33, tz=BST)
    orig = ("<p>Hi,</p><p>Please see below our 28-day cycle changes for Rosewood House, cycle starting 21/10.</p>"
            "<table border='1' cellpadding='3' style='border-collapse:collapse;font-family:Calibri'>"
            "<tr><th>Rm</th><th>Resident</th><th>DOB</th><th>NHS no</th><th>Current meds / changes</th><th>GP</th></tr>\n"
            + rows + "</table><p>Thanks<br>" + dep.name + "<br>Deputy Manager</p>")
    html = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'></head><body>"
            "<div style='font-family:Calibri,sans-serif;font-size:11pt'><p>Hi there,</p>"
            f"<p>Reporting a data breach. {dep.first} sent our medication changes to <b>{wrong}</b> (a company that sells "
            "us gloves and aprons) instead of the pharmacy. They have not responded to our request to delete.</p>"
            f"<p>Regards,<br>{mgr.name}<br>Registered Manager, Rosewood House<br>{mgr.phone}</p>"
            "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            f"<p><b>From:</b> {dep.name} &lt;{dep.email}&gt;<br><b>Sent:</b> {d0.strftime('%d %B %Y %H:%M')}<br>"
            f"<b>To:</b> {wrong}<br><b>Subject:</b> Rosewood cycle changes 21/10</p></div>" + orig + "</div></body></html>")
    m = message(b, addr(mgr), BREACH, "FW: Rosewood cycle changes 21/10", d0 + dt.timedelta(days=1, hours=1), html=html,
                msgid_dom="heathervalecare.co.uk")
    return "care-home-meds-html-table-wrong-supplier", m, t.record(None, "html_only_table_external", 4, 3,
        ["medication lists for 7 identified care home residents incl. antipsychotic for BPSD and antidepressant (mental health)",
         "sent to a non-NHS supplier", "no deletion confirmed"])


@email
def e_snoop_xlsx(idx, rng, b):
    t = Truth(); t.tags += ["snooping", "xlsx_audit_log", "misuse", "reproductive_health"]
    ig = staff(rng, TRUST, role="Senior IG Officer (Privacy Officer)")
    snoop = staff(rng, TRUST, role="Healthcare Assistant")
    t.staff(ig, snoop)
    p = person(rng, sex="F", age=(24, 38))
    t.subj(p, "nhs", "hosp", "dob")
    t.cats.add("reproductive_health")
    rows = [["Audit: Patient access report", None, None, None, None, None],
            [f"Patient: {p.last.upper()}, {p.first}  MRN {p.hosp}  NHS {p.nhs}  DOB {dmy(p.dob)}", None, None, None, None, None],
            [None] * 6,
            ["Date/time", "User ID", "User name", "Role", "Module", "Action"]]
    base = dt.datetime(2024, 8, 30, 22, 14)
    for i in range(9):
        mod = ["Maternity - antenatal booking", "Maternity - scan results", "Demographics", "Maternity - antenatal notes", "Letters"][i % 5]
        rows.append([(base + dt.timedelta(days=i * 3, minutes=i * 7)).strftime("%d/%m/%Y %H:%M"), f"U{rng.randint(10000, 99999)}",
                     f"{snoop.last.upper()}, {snoop.first}", "HCA - Ward 9 (Ortho)", mod, "View"])
    summ = [["Summary"], ["Accesses by user with no care relationship", 9], ["Wards", "Ward 9 is not maternity"],
            ["Complaint", "Patient reports ex-partner's new partner knew about her pregnancy"]]
    x = make_xlsx([("Access log", rows, {}), ("Summary", summ, {})])
    d0 = when(idx, hour=11, minute=0, tz=BST)
    body = (f"Logging for the breach register. Privacy alert + patient complaint (PALS ref 24-{rng.randint(1000, 9999)}). "
            f"HCA on Ward 9 ({snoop.name}) accessed the maternity record of a patient 9 times between 30/08 and 23/09, no care "
            "relationship. Patient says details of her pregnancy were repeated to her by someone connected with the HCA. "
            "HR and line manager informed, access suspended. Audit export attached.\n\n" + ig.name + "\n" + ig.role)
    m = message(b, addr(ig), BREACH, "Inappropriate access - maternity record - privacy alert 0921", d0, body=body,
                atts=[attach("access_audit_export.xlsx", x)])
    return "snooping-maternity-record-audit-xlsx", m, t.record(None, "snooping_misuse", 4, 5,
        ["maternity (reproductive health) record of an identified patient viewed 9 times without care relationship",
         "patient reports the information was passed on (misuse occurred)"])


@email
def e_scot_dn_caseload(idx, rng, b):
    t = Truth(); t.tags += ["scotland", "chi", "xlsx_multi_sheet", "xlsx_odd_headers", "external"]
    org = "NHS Lothian Valley - Community Nursing"
    rep = staff(rng, org, role="Team Leader, District Nursing (Leith)", phone="0131 496 0217")
    t.staff(rep)
    wrong = "k.mcintyre@lothianvalleyhomecare.com"
    t.ign_add("email_address", wrong); t.ign_names.append("Kirsty McIntyre")
    s1 = [["Pt", "CHI", "Addr", "Visit", "Tx"]]
    tx = ["Leg ulcer dressings x2/wk", "Insulin x2 daily", "Palliative - syringe driver check", "PEG care", "Catheter change 4/52",
          "Pressure area care grade 3", "B12 im 12/52", "Compression bandaging"]
    for i in range(8):
        p = person(rng, region="sco", age=(55, 95))
        t.subj(p, "chi", "addr")
        s1.append([f"{p.first} {p.last}", p.chi, p.address, rng.choice(["AM", "PM", "AM/PM"]), tx[i]])
    s2 = [[None, None, None, None]]  # no header row at all
    for i in range(4):
        p = person(rng, region="sco", age=(60, 95))
        t.subj(p, "chi", "phone")
        s2.append([p.name, p.chi, p.phone, rng.choice(["new referral - wound", "discharged from RIE, obs", "anticipatory meds in home"])])
    t.cats.add("health")
    x = make_xlsx([("Leith caseload", s1, {}), ("new this wk", s2, {})])
    d0 = when(idx, hour=15, minute=50, tz=BST)
    body = (f"Hi IG\n\nEmail sent in error by one of my team this afternoon. Meant for Kirsty McIntyre (our DN colleague in "
            "Portobello, nhs.scot) but went to a Kirsty McIntyre at a private homecare company. Caseload spreadsheet attached "
            "(2 tabs). We've emailed and phoned, no response as yet. Datix to follow tomorrow.\n\nCheers\n" + rep.name
            + "\n" + rep.role + "\n" + rep.phone + "\n\n" + outlook_block(f"Leith DN Team <leith.dn@nhs.scot>", d0, f"Kirsty McIntyre <{wrong}>", "caseload for cover")
            + "Hi Kirsty, as discussed, caseload for cover Mon-Wed. Key safes in the notes. Ta\n")
    t.ign_add("email_address", "leith.dn@nhs.scot")
    m = message(b, addr(rep), BREACH, "FW: caseload for cover", d0 + dt.timedelta(minutes=55), body=body,
                atts=[attach("Leith DN caseload wk42.xlsx", x)], msgid_dom="nhs.scot")
    return "scotland-dn-caseload-chi-xlsx", m, t.record(None, "xlsx_chi_external", 3, 3,
        ["district nursing caseload for 12 identified patients with CHI numbers, addresses and treatments",
         "sent to a private company outside NHS", "no deletion confirmed"])


@email
def e_ni_childsw_docx(idx, rng, b):
    t = Truth(); t.tags += ["northern_ireland", "hc_number", "docx_table", "child_and_parent", "safeguarding"]
    org = "Belfast and Lagan Valley Health and Social Care Trust - Family Intervention Team"
    sw = staff(rng, org, domain="blvhsct.hscni.net", role="Senior Social Worker", phone="028 9018 0412")
    pm = staff(rng, org, domain="blvhsct.hscni.net", role="Principal Practitioner")
    t.staff(sw, pm)
    mum = person(rng, region="ni", sex="F", age=(24, 38))
    dad = person(rng, region="ni", sex="M", age=(26, 42))
    kids = [child(rng, "ni", mum, age=(1, 4)), child(rng, "ni", mum, age=(6, 11))]
    wrong_par = person(rng, region="ni", sex="F", age=(25, 40))
    t.ign_names.append(wrong_par.name); t.ign_add("email_address", wrong_par.email)
    for k in kids:
        t.subj(k, "hc", "dob")
    t.subj(mum, "dob", "addr", "mobile"); t.subj(dad, "dob")
    t.cats.update({"safeguarding", "substance_misuse"})
    rows = [["Name", "Relationship", "DOB", "H&C No", "Address / contact"],
            [kids[0].name, "Subject child", dmy(kids[0].dob), kids[0].hc, "as mother"],
            [kids[1].name, "Subject child (sibling)", dmy(kids[1].dob), kids[1].hc, "as mother"],
            [mum.name, "Mother", dmy(mum.dob), "", f"{mum.address}  {mum.mobile}"],
            [dad.name, "Father (non-resident)", dmy(dad.dob), "", "NFA - whereabouts unknown"]]
    d = make_docx([("h", "Child Protection Case Conference - Initial - Minutes"),
                   ("p", f"Date: 07/10/2024   Venue: Lisburn Health Centre, Room 3   Chair: {pm.name}"),
                   ("t", rows),
                   ("p", "Concerns: domestic abuse (PSNI ref noted), maternal alcohol misuse, missed health visitor contacts. "
                         "Decision: both children registered under Neglect and Physical Abuse. Safety plan: father not to have unsupervised contact."),
                   ("p", "Core group to meet within 10 working days.")])
    d0 = when(idx, hour=17, minute=5, tz=BST)
    body = (f"{pm.first}\n\nI'm so sorry. I sent the draft minutes for the {kids[0].last} family to {wrong_par.name}, another parent on my "
            "caseload, instead of the mother (same first name, picked from autocomplete). The recipient has phoned the office and said she "
            "read it. I have asked her to delete it. She was upset and said she knows the family.\n\n" + sw.name + "\n" + sw.role
            + "\n" + sw.phone)
    outer = ("Forwarding to the breach inbox for logging; I will contact the IG team in the morning. High risk given relationship "
             "between the families.\n\n" + pm.name + "\n" + pm.role + "\n\n"
             + outlook_block(addr(sw), d0, addr(pm), "Sent minutes to wrong parent") + body)
    m = message(b, addr(pm), BREACH, "FW: Sent minutes to wrong parent", d0 + dt.timedelta(hours=1, minutes=20), body=outer,
                atts=[attach("ICPCC minutes DRAFT.docx", d)], msgid_dom="blvhsct.hscni.net")
    return "ni-child-protection-minutes-wrong-parent-docx", m, t.record(None, "docx_child_parent_safeguarding", 4, 3,
        ["child protection minutes (abuse, maternal alcohol misuse) about 2 children and their parents",
         "sent to another parent outside the organisation who has read it and knows the family",
         "deletion requested but not confirmed"])


@email
def e_wales_letter_wrong_patient(idx, rng, b):
    t = Truth(); t.tags += ["wales", "pdf_letter", "gmail_forward", "bilingual", "posted_to_wrong_patient"]
    org = "Bwrdd Iechyd Prifysgol Cwm Taf Dyfed / Cwm Taf Dyfed University Health Board"
    p = person(rng, region="wal", age=(40, 80))
    rcpt = person(rng, region="wal", age=(30, 80))
    cons = staff(rng, org, role="Consultant Gastroenterologist")
    pals = staff(rng, org, role="Concerns Team Officer")
    t.staff(cons, pals)
    t.ign_names.append(rcpt.name); t.ign_add("email_address", rcpt.email); t.ign_add("address", addr_truth(rcpt))
    t.ign_add("postcode", rcpt.postcode)
    t.subj(p, "nhs", "dob", "hosp", "addr")
    t.ign_add("postcode", "SA31 3BB"); t.ign_add("address", "Ysbyty Glangwili, Dolgwili Road, Carmarthen SA31 3BB")
    t.cats.add("health")
    pdf = make_pdf(["Bwrdd Iechyd Prifysgol Cwm Taf Dyfed", "Cwm Taf Dyfed University Health Board",
                    "Ysbyty Glangwili, Dolgwili Road, Carmarthen SA31 3BB", "Adran Gastroenteroleg / Gastroenterology Department"],
                   addr=[f"{'Mrs' if p.sex == 'F' else 'Mr'} {p.first} {p.last}", *p.line1.split(", "), p.town, p.postcode],
                   title=f"Re: {p.name.upper()}   DOB {dmy(p.dob)}   NHS No {fmt_nhs(p.nhs)}   Hosp No {p.hosp}",
                   paras=[f"Dear {'Mrs' if p.sex == 'F' else 'Mr'} {p.last},",
                          "Thank you for attending the endoscopy unit. Your colonoscopy showed a 14mm polyp in the sigmoid colon "
                          "which was removed. The histology shows a tubular adenoma with low grade dysplasia. You will need a "
                          "surveillance colonoscopy in 3 years. Your biopsies for coeliac disease were negative.",
                          "A copy of this letter has been sent to your GP.", "Yours sincerely,", f"Dr {cons.name}", cons.role],
                   footer="Rydym yn croesawu gohebiaeth yn Gymraeg / We welcome correspondence in Welsh.")
    d0 = when(idx, hour=20, minute=40, tz=BST)
    inner = (f"Hello\n\nI received a letter today in an envelope addressed to me but the letter inside is about someone else, "
             f"a {'Mrs' if p.sex == 'F' else 'Mr'} {p.last}. I have scanned it (attached). I will post the original back. "
             f"This is not the first time, last year I got someone's appointment.\n\n{rcpt.first} {rcpt.last}\n{rcpt.address}\n")
    body = (f"Concerns team - please log as an IG incident. Patient-to-patient misfiling (letter for {p.last} in envelope for this patient).\n\n"
            f"{pals.name}\n{pals.role}\n\n" + gmail_block(f"{rcpt.name} <{rcpt.email}>", d0, "concerns.ctduhb@wales.nhs.uk", "Wrong letter") + inner)
    t.ign_add("email_address", "concerns.ctduhb@wales.nhs.uk")
    m = message(b, addr(pals), BREACH, "Fwd: Wrong letter", d0 + dt.timedelta(hours=13), body=body,
                atts=[attach("scan0001.pdf", pdf)], msgid_dom="wales.nhs.uk")
    return "wales-endoscopy-letter-wrong-envelope-pdf", m, t.record(None, "pdf_letter_wrong_patient", 3, 3,
        ["colonoscopy/histology letter about an identified patient", "received and read by another member of the public",
         "original being posted back; no evidence of deletion of the scan"])


@email
def e_it_asset_xlsx(idx, rng, b):
    t = Truth(); t.tags += ["non_report", "xlsx_asset_list", "near_lookalike_numbers"]
    it = staff(rng, TRUST, role="IT Service Desk Analyst", phone="0113 496 0666")
    t.staff(it)
    rows = [["Asset tag", "Device", "Serial", "Location", "Assigned to", "Ext", "Last seen"]]
    owners = []
    for i in range(14):
        s = staff(rng, TRUST)
        owners.append(s)
        t.ign_names.append(s.name)
        rows.append([f"NTH-{rng.randint(100000, 999999)}", rng.choice(["Dell Latitude 5440", "HP EliteDesk 800", "Surface Pro 9", "Zebra TC52"]),
                     "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)),
                     rng.choice(["Ward 32", "Pharmacy", "ED Majors", "Outpatients L2", "Estates", "Ward 21"]), s.name,
                     str(rng.randint(40000, 49999)), f"{rng.randint(1, 30):02d}/09/2024"])
    s2 = [["Model", "Count", "Warranty end"], ["Dell Latitude 5440", 212, dt.date(2027, 3, 31)], ["HP EliteDesk 800", 540, dt.date(2026, 6, 30)]]
    x = make_xlsx([("Assets", rows, {}), ("Models", s2, {})])
    body = (f"Hi,\n\nAs requested for the DSPT evidence (asset register, 10.2), attached is the export of end-user devices not "
            "seen on the network for 14+ days. No patient data in this. Can you confirm whether the IG team need anything else "
            "for the encryption evidence?\n\nThanks\n" + it.name + "\n" + it.role + "\n" + it.phone)
    m = message(b, addr(it), BREACH, "Asset register export for DSPT", when(idx, hour=10, minute=12, tz=BST), body=body,
                atts=[attach("EUD_not_seen_14d.xlsx", x)])
    return "it-asset-list-xlsx-non-report", m, t.record(None, "non_report_asset_list", 1, 1,
        ["IT asset register with staff names and extensions; no data subjects"])


@email
def e_rota_non_report(idx, rng, b):
    t = Truth(); t.tags += ["non_report", "rota", "xlsx", "staff_only"]
    wm = staff(rng, TRUST, role="Ward Manager, Ward 14", phone="0113 496 0714")
    t.staff(wm)
    rows = [["WARD 14 ROTA  w/c 21/10/2024", None, None, None, None, None, None, None, None],
            ["Name", "Band", "Mob", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]]
    for i in range(12):
        s = staff(rng, TRUST, phone=f"07700 900{rng.randint(0, 999):03d}")
        t.ign_names.append(s.name); t.ign_add("phone_number", s.phone)
        rows.append([s.name, rng.choice(["5", "6", "3 (HCA)", "2 (HCA)", "7"]), s.phone] +
                    [rng.choice(["E", "L", "N", "LD", "OFF", "AL", "STUDY"]) for _ in range(6)])
    x = make_xlsx([("Rota", rows, {"merge": ["A1:I1"]}), ("Requests", [["Name", "Request"], ["(see diary)", ""]], {})])
    body = (f"Hi all\n\nRota for w/c 21st attached. Please check your shifts and tell me by Friday if there are any problems, "
            "NOT on the WhatsApp group please.\n\nThanks\n" + wm.first + "\n" + wm.role)
    m = message(b, addr(wm), "ward14.staff@nhs.net", "Rota w/c 21/10", when(idx, hour=19, minute=3, tz=BST), body=body,
                cc=BREACH, atts=[attach("Ward14 rota wc 21.10.24.xlsx", x)])
    t.ign_add("email_address", "ward14.staff@nhs.net")
    return "ward-rota-xlsx-non-report", m, t.record(None, "non_report_rota", 1, 1,
        ["staff rota copied to the breach mailbox; staff names and mobiles only, no data subjects"])


@email
def e_nested_eml_csv_results(idx, rng, b):
    t = Truth(); t.tags += ["message_rfc822", "csv_in_rfc822", "csv_title_row", "external_private_clinic"]
    org = "Northmoor Pathology (Blood Sciences)"
    lab = staff(rng, org, role="Results Administrator")
    sup = staff(rng, org, role="Laboratory Manager", phone="0113 496 0850")
    t.staff(lab, sup)
    wrong = "admin@pennine-physio-sports.co.uk"
    t.ign_add("email_address", wrong)
    rows = [["Lab No", "Patient", "DOB", "NHS Number", "Test", "Result", "Flag"]]
    tests = [("HbA1c", "71 mmol/mol", "H"), ("eGFR", "38", "L"), ("PSA", "9.8 ug/L", "H"), ("TSH", "0.02 mU/L", "L"),
             ("Ferritin", "6 ug/L", "L"), ("ALT", "212 U/L", "H"), ("Hb", "78 g/L", "L"), ("CRP", "146 mg/L", "H"), ("INR", "4.9", "H")]
    for i, (tn, res, fl) in enumerate(tests):
        p = person(rng, age=(30, 85), sex="M" if tn == "PSA" else None)
        t.subj(p, "dob", "nhs")
        rows.append([f"24.{rng.randint(1000000, 9999999)}", f"{p.last}, {p.first}", dmy(p.dob, 0), fmt_nhs(p.nhs, 2), tn, res, fl])
    t.cats.add("health")
    c = make_csv(rows, title=[f"Abnormal results - Hebden Bridge GP - {when(idx, tz=BST).strftime('%d/%m/%Y')}", "Generated by WinPath report 44 - do not forward"])
    d0 = when(idx, hour=12, minute=31, tz=BST)
    inner = message(Builder(idx * 10 + 1), addr(lab), wrong, f"Abnormal results {d0.strftime('%d/%m')}", d0,
                    body="Good afternoon,\n\nPlease find attached today's abnormal results for action.\n\nRegards\n" + lab.name + "\nPathology",
                    atts=[attach("abnormals_B87012_141024.csv", c)])
    body = (f"Breach mailbox\n\n{lab.first} in my team sent the daily abnormal results file for one of our GP practices to a private "
            "physio clinic (the address autocompleted - the clinic sent us a sample last month). Original attached as sent. "
            "We have phoned the clinic, the receptionist said she would delete it but has not confirmed in writing.\n\n"
            + sup.name + "\n" + sup.role + "\n" + sup.phone + NHSMAIL_DISC)
    m = message(b, addr(sup), BREACH, "Results file sent to wrong address", d0 + dt.timedelta(hours=2), body=body,
                atts=[rfc822(inner)])
    return "pathology-abnormals-csv-inside-eml", m, t.record(None, "rfc822_with_csv_external", 3, 3,
        ["abnormal blood results for 9 identified patients", "sent to a private physiotherapy clinic outside NHS",
         "verbal promise to delete only; no written confirmation"])


@email
def e_genetics_docx_relatives(idx, rng, b):
    t = Truth(); t.tags += ["docx_letter_table", "genetic", "family_members", "external_personal_email"]
    org = "Yorkshire Regional Clinical Genetics Service"
    gc = staff(rng, org, role="Genetic Counsellor", phone="0113 496 0932")
    t.staff(gc)
    p = person(rng, sex="F", age=(38, 55))
    sis = person(rng, sex="F", age=(35, 58))
    USED.discard((sis.first, sis.last)); sis["last"] = p.last; sis["name"] = f"{sis.first} {p.last}"
    dau = child(rng, "eng", p, age=(19, 26))
    bro = person(rng, sex="M", age=(40, 60)); bro["last"] = p.last; bro["name"] = f"{bro.first} {p.last}"
    t.subj(p, "nhs", "dob", "addr")
    t.subj(sis, "dob"); t.subj(dau, "dob"); t.subj(bro)
    t.ign_add("email_address", sis.email)
    t.cats.add("genetic")
    d = make_docx([("p", org), ("p", "Chapel Allerton Hospital, Leeds LS7 4SA"),
                   ("p", f"{p.name}\n{p.line1}\n{p.town}\n{p.postcode}"),
                   ("p", f"Re: {p.name}, DOB {dmy(p.dob)}, NHS number {fmt_nhs(p.nhs)}"),
                   ("p", f"Dear {p.first},\nThank you for coming to see us. As discussed, your genetic test has identified a pathogenic "
                         "variant in the BRCA2 gene (c.5946del). This increases your lifetime risk of breast and ovarian cancer. "
                         "We recommend your close relatives are offered predictive testing:"),
                   ("t", [["Relative", "Relationship", "DOB", "Offered testing"],
                          [sis.name, "Sister", dmy(sis.dob), "Yes - letter enclosed"],
                          [bro.name, "Brother", "not known", "Yes - letter enclosed"],
                          [dau.name, "Daughter", dmy(dau.dob), "Yes (18+)"]]),
                   ("p", f"Yours sincerely\n{gc.name}\n{gc.role}")])
    t.ign_add("postcode", "LS7 4SA"); t.ign_add("address", "Chapel Allerton Hospital, Leeds LS7 4SA")
    d0 = when(idx, hour=10, minute=45, tz=BST)
    body = (f"Hello,\n\nReporting an incident. I emailed a result letter (BRCA2) to the patient at her request, but used the email "
            f"address on the family record which belongs to her sister {sis.first} - the sister has not yet had her own "
            "counselling appointment and now knows the result before being seen. The sister rang the department very distressed. "
            "The letter also lists other relatives.\n\nLetter attached.\n\n" + gc.name + "\n" + gc.role + "\n" + org + "\n" + gc.phone)
    m = message(b, addr(gc), BREACH, "IG incident - genetics result letter to relative", d0, body=body,
                atts=[attach(f"{p.last} result letter.docx", d)])
    return "genetics-brca-letter-to-sister-docx", m, t.record(None, "docx_genetic_relatives", 4, 3,
        ["BRCA2 pathogenic variant result (genetic) for an identified patient, with named relatives",
         "emailed to the sister's personal address (external) and read; distress caused"])


@email
def e_facebook_whiteboard(idx, rng, b):
    t = Truth(); t.tags += ["social_media", "published", "html_only", "base64", "reported_by_relative", "care_home"]
    rel = person(rng, age=(45, 70))
    org = "Heathervale Care Group"
    t.ign_names.append(rel.name); t.ign_add("email_address", rel.email)
    res = []
    for i in range(5):
        p = person(rng, age=(78, 99))
        t.subj(p)
        res.append(p)
    t.cats.add("health")
    rooms = "".join(f"<li>Room {3 + i}: {p.first} {p.last[0]}{p.last[1:]} - {x}</li>" for i, (p, x) in enumerate(zip(res, [
        "DNACPR, soft diet", "FALLS RISK, sensor mat", "diabetic, no sugar", "end of life - family visiting", "DNACPR, hoist x2"])))
    html = ("<html><body><div style='font-family:Arial'>"
            f"<p>To whom it may concern,</p><p>My mother is a resident at Rosewood House. One of your carers has posted photos of the "
            "Halloween party on her public Facebook page (I have screenshots). In the background of two photos you can clearly read "
            "the staff whiteboard in the lounge, which says:</p><ul>" + rooms + "</ul>"
            "<p>The post has 60+ likes and has been shared. I have reported it to Facebook. I want to know what you are doing about this. "
            "Mum is not on the board but she could have been.</p>"
            f"<p>{rel.name}</p></div></body></html>")
    m = message(b, f"{rel.name} <{rel.email}>", BREACH, "Facebook post by your staff - residents details", when(idx, hour=21, minute=13, tz=BST),
                html=html, html_cte="base64", msgid_dom="mail.yahoo.com", cc="info@heathervalecare.co.uk")
    t.ign_add("email_address", "info@heathervalecare.co.uk")
    return "facebook-whiteboard-care-home-html", m, t.record(None, "social_media_published", 3, 4,
        ["names and health details (DNACPR, end of life) of 5 care home residents visible on a whiteboard in public Facebook photos",
         "published and shared on social media"])


@email
def e_financial_assessment_docx(idx, rng, b):
    t = Truth(); t.tags += ["council", "docx_table", "financial", "ni_number", "couple"]
    org = "Kirkhallam MBC - Financial Assessment & Benefits Team"
    fa = staff(rng, org, domain="kirkhallam.gov.uk", role="Financial Assessment Officer", phone="01632 960 552")
    t.staff(fa)
    su = person(rng, age=(70, 90)); sp = person(rng, age=(68, 90))
    sp["last"] = su.last; sp["name"] = f"{sp.first} {su.last}"
    for k in ("postcode", "line1", "town", "address", "addr_first", "phone"):
        sp[k] = su[k]
    wrongson = person(rng, age=(40, 60))
    t.ign_names.append(wrongson.name); t.ign_add("email_address", wrongson.email)
    t.subj(su, "ni", "dob", "addr", "phone", "nhs"); t.subj(sp, "ni", "dob")
    t.cats.add("health")
    d = make_docx([("h", "Charging for Care and Support - Financial Assessment (Non-residential)"),
                   ("t", [["", "Service user", "Partner"],
                          ["Name", su.name, sp.name], ["DOB", dmy(su.dob), dmy(sp.dob)],
                          ["NI number", f"{su.ni[:2]} {su.ni[2:4]} {su.ni[4:6]} {su.ni[6:8]} {su.ni[8]}", sp.ni],
                          ["NHS number", su.nhs, ""],
                          ["Address", su.address, "same"], ["Telephone", su.phone, ""]]),
                   ("h", "Income (weekly)"),
                   ("t", [["Item", "Amount"], ["State Pension (both)", "£338.40"], ["Attendance Allowance (higher)", "£108.55"],
                          ["Pension Credit", "£0.00"], ["Occupational pension", "£96.20"]]),
                   ("p", f"Bank: Lloyds  sort code 30-96-{rng.randint(10, 99)}  account {rng.randint(10000000, 99999999)} (joint). "
                         "Savings £14,210. Disability-related expenditure: incontinence products, extra heating (MS). "
                         "Assessed contribution £62.18 per week.")])
    d0 = when(idx, hour=14, minute=2, tz=BST)
    body = (f"Dear IG,\n\nI sent a financial assessment outcome (with the full assessment attached) to the wrong family. It went to "
            f"{wrongson.name}, son of a different service user with the same surname, at his personal email. I have rung him and he "
            "says he has not opened the attachment. I have asked for written confirmation of deletion but haven't had it yet.\n\n"
            + fa.name + "\n" + fa.role + "\n" + fa.phone + COUNCIL_DISC)
    m = message(b, addr(fa), BREACH, "data breach - FA sent to wrong family", d0, body=body, cte="quoted-printable",
                atts=[attach("FA outcome and calculation.docx", d)], msgid_dom="kirkhallam.gov.uk")
    return "council-financial-assessment-docx-wrong-family", m, t.record(None, "docx_financial_external", 4, 3,
        ["financial assessment with NI numbers, bank details, benefits and disability (MS) for a couple",
         "sent to a member of the public (external)", "recipient says unopened but no written confirmation"])


@email
def e_near_miss_letter_pdf(idx, rng, b):
    t = Truth(); t.tags += ["near_miss", "pdf_letter", "caught_before_sending"]
    org = "Northmoor Teaching Hospitals - Outpatient Booking"
    sup = staff(rng, org, role="Booking Team Supervisor", phone="0113 496 0271")
    t.staff(sup); trust_ign(t)
    p = person(rng, age=(30, 70)); other = person(rng, age=(30, 70))
    t.subj(p, "nhs", "dob", "hosp")
    t.ign_names.append(other.name); t.ign_add("address", addr_truth(other)); t.ign_add("postcode", other.postcode)
    t.cats.add("health")
    pdf = make_pdf(TRUST_LH, addr=[f"{other.name}", *other.line1.split(", "), other.town, other.postcode],
                   title=f"Appointment: Urology Clinic   Patient: {p.name}   NHS No: {fmt_nhs(p.nhs)}   DOB: {dmy(p.dob)}   Hosp No: {p.hosp}",
                   paras=[f"Dear {p.first} {p.last},",
                          "An appointment has been made for you to attend the Urology (haematuria) clinic on Tuesday 29 October 2024 at 09:40, "
                          "St James's Wing, Level 1. Please bring a urine sample and a list of your medications."])
    body = (f"Hi,\n\nNear miss for the log - no data has left the building. Our second checker spotted this letter had the right "
            f"patient in the body but another patient's address in the window (mail merge picked up the wrong row). Stopped before "
            "it went to the post room. Letter shredded and re-run, and we've fixed the merge file.\n\nPDF of the stopped letter attached.\n\n"
            + sup.name + "\n" + sup.role)
    m = message(b, addr(sup), BREACH, "Near miss - letter with wrong address stopped", when(idx, hour=15, minute=30, tz=BST), body=body,
                atts=[attach("stopped_letter.pdf", pdf)])
    return "near-miss-letter-wrong-window-address-pdf", m, t.record(None, "near_miss_pdf", 3, 1,
        ["urology appointment letter (health) for an identified patient with another person's address",
         "stopped before posting: near miss, nothing disclosed"], near_miss=True)


@email
def e_near_miss_blank_template(idx, rng, b):
    t = Truth(); t.tags += ["near_miss", "xlsx_headers_only", "no_personal_data"]
    org = "Calder Valley GP Federation"
    rep = staff(rng, org, role="Care Co-ordinator (PCN)")
    t.staff(rep)
    x = make_xlsx([("Sheet1", [["Name", "DOB", "NHS Number", "Address", "Frailty score", "NOK", "NOK phone"]], {}),
                   ("Sheet2", [], {})])
    body = (f"hi, i think i sent our frailty list to the care home by mistake (to the generic info@ address not nhs.net) but looking at "
            "what i attached it's the blank template with just the headings? can you confirm if i need to do a datix. attached exactly what went\n\n"
            f"{rep.first}\n\nSent from Outlook for Android")
    m = message(b, addr(rep), BREACH, "did i breach??", when(idx, hour=16, minute=58, tz=BST), body=body,
                atts=[attach("Frailty register PCN.xlsx", x)])
    return "near-miss-blank-template-xlsx", m, t.record(None, "near_miss_no_personal_data", 1, 1,
        ["attachment is a blank template: headers only, no identifiable individual"], near_miss=True)


@email
def e_methadone_xlsx(idx, rng, b):
    t = Truth(); t.tags += ["xlsx_title_rows", "xlsx_odd_headers", "substance_misuse", "pharmacy", "external"]
    org = "Kirkhallam Recovery Partnership - Prescribing Team"
    ph = staff(rng, org, domain="krp-recovery.org.uk", role="Non-medical Prescriber (Pharmacist)", phone="01632 960 874")
    t.staff(ph)
    wrong = "parkviewchemist@gmail.com"
    t.ign_add("email_address", wrong)
    rows = [["KRP supervised consumption - Parkway Pharmacy - scripts from 14/10/24"], [], ["Client", "D.o.B.", "Script", "Dose", "Pick-up", "Notes"]]
    drugs = ["Methadone 1mg/ml", "Buprenorphine 8mg", "Methadone 1mg/ml", "Espranor 16mg", "Methadone 1mg/ml",
             "Buprenorphine 2mg", "Methadone 1mg/ml", "Methadone 1mg/ml", "Buvidal (clinic)"]
    for i, dr in enumerate(drugs):
        p = person(rng, age=(24, 58))
        t.subj(p, "dob")
        rows.append([f"{p.first} {p.last}", p.dob, dr, f"{rng.choice([30, 45, 60, 75, 8, 16])}{'ml' if 'Meth' in dr else 'mg'}",
                     rng.choice(["Daily supervised", "Sat/Sun TOs", "Mon-Sat, Sun TO"]), ["", "missed 3 - inform KRP", "", "pregnant - 2nd tri", "new start", "", "", "missed 2", ""][i]])
    t.cats.update({"substance_misuse", "reproductive_health"})
    x = make_xlsx([("Parkway", rows, {"datefmt": "dd.mm.yy"}), ("old", [["see Parkway tab"]], {})])
    d0 = when(idx, hour=17, minute=25, tz=BST)
    body = (f"Hi\n\nI've emailed the supervised consumption list for Parkway Pharmacy to parkviewchemist@gmail.com which is NOT "
            "Parkway (theirs is the nhs.net one). Only realised when Parkway rang to say they hadn't had it. Gmail account unknown "
            "to us - I have emailed asking for deletion, no response. Attached what was sent.\n\n" + ph.name + "\n" + ph.role + "\n" + ph.phone)
    m = message(b, addr(ph), BREACH, "wrong email - supervised consumption list", d0, body=body,
                atts=[attach("Parkway SC list 14.10.xlsx", x)], msgid_dom="krp-recovery.org.uk")
    return "supervised-consumption-xlsx-to-gmail", m, t.record(None, "xlsx_substance_misuse_external", 4, 3,
        ["opioid substitution prescriptions for 9 identified clients (substance misuse), one noted pregnant",
         "sent to an unknown gmail address", "no deletion confirmed"])


@email
def e_adult_safeguarding_deep(idx, rng, b):
    t = Truth(); t.tags += ["outlook_chain_3_deep", "gmail_quote", "quoted_gt", "safeguarding", "alleged_perpetrator_received", "misuse"]
    hub = "Kirkhallam MBC - Adult Safeguarding Hub"
    agency = "Brightwater Home Care Ltd"
    cm = staff(rng, agency, domain="brightwatercare.co.uk", role="Care Co-ordinator", phone="01632 960 330")
    reg = staff(rng, agency, domain="brightwatercare.co.uk", role="Registered Manager")
    sw = staff(rng, hub, domain="kirkhallam.gov.uk", role="Safeguarding Adults Practitioner")
    carer = staff(rng, agency, domain="brightwatercare.co.uk", role="Care Worker")
    t.staff(cm, reg, sw, carer)
    su = person(rng, sex="F", age=(80, 95))
    son = person(rng, sex="M", age=(50, 65)); son["last"] = su.last; son["name"] = f"{son.first} {su.last}"
    son_em = f"{son.first.lower()}{son.last.lower()}@outlook.com"
    t.subj(su, "dob", "addr", "nhs")
    # the son is the wrong recipient: the allegation about him went to him, so not a breach of his data
    t.ign_names.append(son.name); t.ign_add("email_address", son_em)
    t.cats.update({"safeguarding", "health"})
    d0 = when(idx, hour=9, minute=12, tz=BST)
    orig = (f"Safeguarding concern - {su.name}, DOB {dmy(su.dob)}, NHS {fmt_nhs(su.nhs)}\n{su.address}\n\n"
            f"Our carer {carer.first} attended the 08:00 call. {su.first} had bruising to both upper arms and said her son "
            f"({son.first}) 'grabbed her' when she refused to sign a bank form. Son holds her bank card. Food cupboards empty. "
            f"{su.first} has vascular dementia (moderate), mental capacity to decide about finances is in doubt.\n\n"
            f"{cm.name}\n{cm.role}\n{agency}\n{cm.phone}")
    lvl1 = (f"Thanks {cm.first}, received, will screen today.\n\n{sw.first}\n\n"
            f"On {d0.strftime('%a, %d %b %Y')} at {d0.strftime('%H:%M')}, {cm.name} <{cm.email}> wrote:\n" + quote(orig))
    lvl2 = (f"Hi {reg.first}\nThe hub replied-all and it has gone to the son's email as well ({son.name}, {son_em}) - he is on the "
            "contact list for the package. He rang the office screaming at 2pm and then turned up at his mother's and confronted "
            f"{carer.first}. Police called.\n{cm.first}\n\n"
            f"On {(d0 + dt.timedelta(hours=3)).strftime('%a, %d %b %Y')} {sw.name} <{sw.email}> wrote:\n" + quote(lvl1))
    outer = (f"Good afternoon,\n\nWe are reporting this to you as the commissioner's breach contact and have also reported it to CQC. "
             "The concern we raised with the Safeguarding Hub was sent on (reply all) to the alleged perpetrator. Three emails down.\n\n"
             f"{reg.name}\n{reg.role}\n{agency}\n\n"
             + outlook_block(addr(cm), d0 + dt.timedelta(hours=7), addr(reg), "FW: Re: Safeguarding concern - URGENT")
             + lvl2)
    m = message(b, addr(reg), BREACH, "FW: FW: Re: Safeguarding concern - URGENT", d0 + dt.timedelta(hours=8), body=outer,
                cc=addr(sw), msgid_dom="brightwatercare.co.uk")
    return "adult-safeguarding-replyall-to-son-deep", m, t.record(None, "deep_chain_safeguarding_misuse", 4, 5,
        ["adult safeguarding concern (alleged physical and financial abuse, dementia) about an identified vulnerable adult (the son, who received it, is the recipient, not counted)",
         "disclosed to the alleged perpetrator, who then confronted the carer at the home: harm/misuse occurred"])


@email
def e_carers_to_not_bcc(idx, rng, b):
    t = Truth(); t.tags += ["to_not_bcc", "council", "recipients_are_data", "outlook_forward", "carers"]
    org = "Kirkhallam MBC - Carers Support Service"
    w = staff(rng, org, domain="kirkhallam.gov.uk", role="Carers Support Worker", phone="01632 960 119")
    mgr = staff(rng, org, domain="kirkhallam.gov.uk", role="Service Manager")
    t.staff(w, mgr)
    recips = []
    for i in range(14):
        p = person(rng, age=(40, 82))
        t.subj(p, "email", name=(i % 2 == 0))
        recips.append(p)
    to = "; ".join(f"{p.name} <{p.email}>" if i % 2 == 0 else p.email for i, p in enumerate(recips))
    d0 = when(idx, hour=11, minute=15, tz=BST)
    body = (f"{mgr.first},\n\nI've done it again I'm afraid - sent the carers' cafe invite with everyone in the To box. Tried the "
            "recall, it failed for most (external addresses). One carer has already replied-all to say hello to everyone.\n\n"
            f"{w.first}\n\n" + outlook_block(addr(w), d0, to, "Dementia Carers Cafe - November dates")
            + "Dear carers,\n\nOur Dementia Carers Cafe continues at Kirkhallam Library every second Tuesday. November dates: 12th and 26th. "
              "Our guest on the 12th is from the Admiral Nurse service.\n\nBest wishes\n" + w.name + "\n" + w.role + "\n" + w.phone + COUNCIL_DISC)
    m = message(b, addr(w), BREACH, "FW: Dementia Carers Cafe - November dates", d0 + dt.timedelta(hours=1), body=body, cc=addr(mgr),
                msgid_dom="kirkhallam.gov.uk")
    return "dementia-carers-cafe-to-not-bcc", m, t.record(None, "to_not_bcc_carers", 2, 3,
        ["14 carers' email addresses (7 with names) disclosed to each other; reveals their caring role but no health data about identified people",
         "external personal addresses; recall failed"])


@email
def e_ed_children_school(idx, rng, b):
    t = Truth(); t.tags += ["xlsx_multi_sheet", "xlsx_no_header_sheet", "child_and_parent", "safeguarding", "external"]
    org = TRUST + " - Paediatric Liaison"
    pl = staff(rng, org, role="Paediatric Liaison Nurse", phone="0113 496 0455")
    t.staff(pl)
    wrong = "office@st-aidans-primary.kirkhallam.sch.uk"
    t.ign_add("email_address", wrong)
    s1 = [["ED attendances under 18 - for school nursing - w/e 13/10/24"], ["Child", "DOB", "NHS no", "Attended", "Reason", "Parent/carer", "Contact"]]
    reasons = ["Head injury - fall", "Overdose paracetamol (intentional)", "Asthma attack", "Burn to hand - ?supervision",
               "Self-harm - cuts to forearm", "Fracture wrist", "Alcohol intoxication", "Abdo pain"]
    for i, r in enumerate(reasons):
        par = person(rng, age=(28, 50))
        c = child(rng, "eng", par, age=(5, 17))
        t.subj(c, "dob", "nhs"); t.subj(par, "mobile")
        s1.append([c.name, c.dob, c.nhs, f"{rng.randint(7, 13):02d}/10/2024", r, par.name, par.mobile])
    s2 = []
    for i in range(3):
        par = person(rng, age=(28, 50)); c = child(rng, "eng", par, age=(10, 17))
        t.subj(c, "dob", "nhs", "addr"); t.subj(par)
        s2.append([c.name, dmy(c.dob), c.nhs, c.address, par.name, rng.choice(["SW allocated", "CP plan", "CIN"])])
    t.cats.update({"safeguarding", "mental_health", "substance_misuse"})
    x = make_xlsx([("U18 ED", s1, {}), ("Sheet1", s2, {}), ("Sheet3", [], {})])
    d0 = when(idx, hour=13, minute=20, tz=BST)
    body = (f"Dear IG\n\nThe weekly under-18 ED attendance list for the school nursing team was sent by me to a primary school's office "
            "address instead of the school nursing team (both start with 'st'). It includes self-harm, an overdose and children "
            "with child protection plans on the second tab. I called the school; the office manager said she had opened it, "
            "saw it wasn't for her and deleted it. I have asked for that in writing.\n\n" + pl.name + "\n" + pl.role + "\n" + pl.phone)
    m = message(b, addr(pl), BREACH, "URGENT breach - under 18 ED list to school", d0, body=body,
                atts=[attach("U18 ED attendances we 13.10.xlsx", x)])
    return "ed-under18-list-to-school-xlsx", m, t.record(None, "xlsx_children_parents_external", 4, 3,
        ["11 children (self-harm, overdose, alcohol, CP plans) and their parents", "sent to a school office outside NHS and opened",
         "verbal deletion only, written confirmation awaited"])


@email
def e_training_question(idx, rng, b):
    t = Truth(); t.tags += ["non_report", "training_question"]
    org = "Moorside Medical Practice"
    s = staff(rng, org, role="Practice Nurse")
    t.staff(s)
    body = ("Hi IG team,\n\nQuick question from our IG training session today, not an actual incident. If a patient's daughter rings "
            "and asks us to email her mum's discharge letter and the patient is sat next to her saying yes, is that OK, or is it a "
            "breach if we send it to the daughter's gmail? And do we have to use [secure] in the subject line?\n\n"
            f"Thanks\n{s.first}\n{s.role}\n{org}")
    m = message(b, addr(s), BREACH, "question re emailing letters to relatives", when(idx, hour=14, minute=2, tz=BST), body=body)
    return "training-question-emailing-relatives", m, t.record(None, "non_report_question", 1, 1,
        ["hypothetical question from training; no incident, no personal data"])


@email
def e_camhs_csv_scotland(idx, rng, b):
    t = Truth(); t.tags += ["scotland", "chi", "csv_title_row", "child_and_parent", "mental_health", "external_parent"]
    org = "NHS Forth Glen - CAMHS"
    adm = staff(rng, org, role="Admin Team Leader, CAMHS", phone="0141 496 0773")
    t.staff(adm)
    wrongpar = person(rng, region="sco", age=(30, 50))
    t.ign_names.append(wrongpar.name); t.ign_add("email_address", wrongpar.email)
    rows = [["Child", "CHI", "Parent/carer", "Parent mobile", "Referral reason", "Weeks waiting"]]
    rr = ["Low mood, self-harm", "?ASD assessment", "Anxiety, school refusal", "Eating disorder - restrictive", "ADHD review",
          "Trauma - DV at home", "OCD", "Low mood", "Self-harm, suicidal thoughts", "Psychosis ?prodrome"]
    for i, r in enumerate(rr):
        par = person(rng, region="sco", age=(30, 52))
        c = child(rng, "sco", par, age=(6, 17))
        t.subj(c, "chi"); t.subj(par, "mobile")
        rows.append([c.name, c.chi, par.name, par.mobile, r, str(rng.randint(8, 52))])
    t.cats.update({"mental_health", "safeguarding"})
    c = make_csv(rows, title=["CAMHS Choice waiting list,,,,,", "Exported 15/10/2024 09:02 by TRAK,,,,,"])
    d0 = when(idx, hour=9, minute=40, tz=BST)
    body = (f"Hi there\n\nI'm writing to report that this morning I attached the waiting list export instead of the appointment letter "
            f"when replying to a parent ({wrongpar.name}) who had asked about her son's wait. She phoned back to tell us. She said she "
            "would delete it but I do not think she has yet as she wanted to complain first.\n\nThe file is attached.\n\n"
            f"Kind regards\n{adm.name}\n{adm.role}\n{org}\n{adm.phone}")
    m = message(b, addr(adm), BREACH, "Data breach CAMHS - waiting list sent to parent", d0, body=body,
                atts=[attach("CAMHS_waitlist_export.csv", c)], msgid_dom="nhs.scot")
    return "scotland-camhs-waiting-list-csv-to-parent", m, t.record(None, "csv_chi_children_mental_health", 4, 3,
        ["CAMHS waiting list: 10 children with CHI numbers and mental health referral reasons, plus their parents' names and mobiles",
         "sent to a parent (external) who has opened it", "no deletion"])


@email
def e_carehome_resident_pdf_nok(idx, rng, b):
    t = Truth(); t.tags += ["pdf_table", "nok", "multi_person_rows", "care_group", "external_family"]
    org = "Heathervale Care Group - Larchfield Lodge"
    adm = staff(rng, org, domain="heathervalecare.co.uk", role="Home Administrator", phone="01632 960 287")
    mgr = staff(rng, org, domain="heathervalecare.co.uk", role="Home Manager")
    t.staff(adm, mgr)
    fam = person(rng, age=(45, 70))
    t.ign_names.append(fam.name); t.ign_add("email_address", fam.email)
    t.ign_add("postcode", "HD2 1YF"); t.ign_add("address", "Larchfield Lodge, 2 Fixby Road, Huddersfield HD2 1YF")
    rows = []
    for i in range(10):
        p = person(rng, age=(72, 101)); n = person(rng, age=(40, 75))
        t.subj(p, "dob", "nhs"); t.subj(n, "phone")
        rows.append([str(i + 1), p.name, dmy(p.dob), fmt_nhs(p.nhs, 1), rng.choice(["DNACPR", "For CPR", "DNACPR", "DNACPR (ReSPECT)"]),
                     rng.choice(["Dementia", "Parkinson's", "CVA", "Frailty", "Dementia + T2DM"]), n.name, n.phone])
    t.cats.add("health")
    pdf = make_pdf(["Larchfield Lodge", "Heathervale Care Group", "2 Fixby Road, Huddersfield HD2 1YF"], landscape=True,
                   title="Resident list - fire / emergency grab sheet - Oct 2024",
                   table=(["Rm", "Resident", "DOB", "NHS", "Resus", "Dx", "NOK", "NOK tel"], rows, [10, 44, 24, 26, 30, 34, 44, 34]))
    d0 = when(idx, hour=16, minute=5, tz=BST)
    body = (f"Morning,\n\n{adm.first} was sending the brochure and fees PDF to a family enquiring about a room for their dad and attached "
            "our resident grab sheet instead (names, DOBs, resus status, NOK phone numbers). The family emailed back to say they had "
            "received a list of residents. I have asked them to delete it; they replied 'ok'.\n\nThe grab sheet is attached.\n\n"
            f"{mgr.name}\nHome Manager\n\n" + outlook_block(addr(adm), d0, f"{fam.name} <{fam.email}>", "Larchfield Lodge - information pack")
            + f"Dear {fam.first},\n\nLovely to speak to you today. Please find attached our information pack.\n\nKind regards\n{adm.name}")
    m = message(b, addr(mgr), BREACH, "FW: Larchfield Lodge - information pack", d0 + dt.timedelta(hours=17), body=body,
                atts=[attach("Grab sheet Oct24.pdf", pdf)], msgid_dom="heathervalecare.co.uk")
    return "care-home-grab-sheet-pdf-to-enquirer", m, t.record(None, "pdf_residents_nok_external", 3, 3,
        ["10 care home residents with NHS numbers, DOBs, resuscitation status and diagnoses, plus 10 next of kin",
         "sent to an enquiring family (external)", "family replied 'ok' to deletion request: not a confirmation of deletion"])


@email
def e_online_consult_lookalike(idx, rng, b):
    t = Truth(); t.tags += ["csv", "lookalike_domain", "mental_health", "gp_federation", "external"]
    org = "Calder Valley GP Federation - Digital Hub"
    dh = staff(rng, org, role="Digital Care Navigator", phone="01422 496 0661")
    t.staff(dh)
    wrong = "brookfield.surgery@nsh.net"
    t.ign_add("email_address", wrong); t.ign_add("email_address", "brookfield.surgery@nhs.net")
    rows = [["Submitted", "Patient", "DOB", "NHS", "Email", "Request (free text)"]]
    reqs = ["Panic attacks getting worse, cant go to work, need to talk to someone",
            "repeat of my sertraline please and a sick note, still feeling low",
            "Rash on my arm for 2 weeks", "My son (7) has had a temp for 3 days",
            "I think I'm drinking too much and I want help to stop",
            "Need my HRT repeat", "Coil check please, its been 5 years"]
    for i, r in enumerate(reqs):
        p = person(rng, age=(20, 60), sex="F" if ("HRT" in r or "Coil" in r) else None)
        t.subj(p, "dob", "nhs", "email")
        rows.append([f"{(when(idx, tz=BST) - dt.timedelta(days=1)).strftime('%d/%m/%Y')} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}", p.name, dmy(p.dob, 0), p.nhs, p.email, r])
    t.cats.update({"mental_health", "substance_misuse", "reproductive_health"})
    c = make_csv(rows)
    d0 = when(idx, hour=8, minute=5, tz=BST)
    body = (f"Breach to report. Yesterday's online consultation requests for Brookfield were emailed to brookfield.surgery@nsh.net "
            "(typo, nsh instead of nhs). The email did not bounce so the domain seems to exist. No reply. Attached is what went.\n\n"
            + dh.name + " | " + dh.role + " | " + dh.phone)
    m = message(b, addr(dh), BREACH, "Typo in email address - OC requests", d0, body=body,
                atts=[attach("OC_export_B87001_20241014.csv", c)])
    return "online-consultations-csv-lookalike-domain", m, t.record(None, "csv_lookalike_domain_external", 4, 3,
        ["online consultation requests from 7 identified patients incl. panic attacks, low mood, alcohol, contraception",
         "sent to a lookalike domain outside NHS that accepted the mail", "no response"])


@email
def e_virtual_ward_xlsx(idx, rng, b):
    t = Truth(); t.tags += ["xlsx_multi_sheet", "xlsx_no_header_sheet", "nok", "multi_person_rows", "external_patient", "large_table"]
    org = TRUST + " - Virtual Ward (Frailty & Respiratory)"
    vw = staff(rng, org, role="Virtual Ward Co-ordinator", phone="0113 496 0512")
    cl = staff(rng, org, role="Clinical Lead, Virtual Ward")
    t.staff(vw, cl)
    rcpt = person(rng, age=(60, 85), sex="M")
    t.ign_names.append(rcpt.name); t.ign_add("email_address", rcpt.email)
    s1 = [["VW no", "Pt", "NHS", "DOB", "Address", "Pathway", "Kit", "NOK", "NOK ph"]]
    for i in range(16):
        p = person(rng, age=(60, 96)); n = person(rng, age=(35, 80))
        t.subj(p, "nhs", "dob", "addr"); t.subj(n, "mobile")
        s1.append([f"VW{200 + i}", p.name, p.nhs, p.dob, p.address, rng.choice(["COPD", "Frailty", "Heart failure", "Resp - COVID"]),
                   rng.choice(["SpO2 + BP", "SpO2", "Doccla kit 3"]), n.name, n.mobile])
    s2 = []
    for i in range(6):
        p = person(rng, age=(60, 96))
        t.subj(p, "nhs", "dob")
        s2.append([f"VW{180 + i}", p.name, p.nhs, dmy(p.dob, 0), rng.choice(["discharged to GP", "readmitted", "died - 02/10"])])
    s3 = [["Key"], ["SpO2", "pulse oximeter"], ["NOK", "next of kin"]]
    t.cats.add("health")
    x = make_xlsx([("Current", s1, {}), ("Disch", s2, {}), ("Key", s3, {})])
    d0 = when(idx, hour=11, minute=41, tz=BST)
    body = (f"{cl.first}\n\nAs per our call, the welcome email I sent to a new virtual ward patient ({rcpt.name}) at 11:41 had the whole "
            "caseload spreadsheet attached instead of the patient leaflet. Both tabs. Mr " + rcpt.last + "'s son phoned us to say. "
            "Son says they haven't opened it much. I've asked for deletion.\n\n" + vw.first + "\n\n"
            + outlook_block(addr(vw), d0, f"{rcpt.name} <{rcpt.email}>", "Welcome to the Virtual Ward")
            + f"Dear Mr {rcpt.last},\n\nWelcome to the virtual ward. Please find attached your information leaflet.\n\n{vw.name}\n{vw.role}\n{vw.phone}")
    outer = ("Forwarding for the breach log, I'll complete Datix. Likely ICO reportable given volume and NOK.\n\n" + cl.name + "\n" + cl.role
             + "\n\n" + outlook_block(addr(vw), d0 + dt.timedelta(hours=1), addr(cl), "FW: Welcome to the Virtual Ward") + body)
    m = message(b, addr(cl), BREACH, "FW: FW: Welcome to the Virtual Ward", d0 + dt.timedelta(hours=2), body=outer,
                atts=[attach("VW caseload MASTER.xlsx", x)])
    return "virtual-ward-caseload-xlsx-to-patient", m, t.record(None, "xlsx_large_nok_external", 3, 3,
        ["virtual ward caseload: 22 patients with NHS numbers, addresses and pathways, plus 16 next of kin",
         "sent to a patient's personal email (external)", "recipient's son says not opened much; deletion not confirmed"])


@email
def e_solicitor_recalled_confirmed(idx, rng, b):
    t = Truth(); t.tags += ["docx_table", "contained", "external_solicitor", "written_deletion_confirmation"]
    org = TRUST + " - Legal Services"
    ls = staff(rng, org, role="Legal Services Officer", phone="0113 496 0311")
    t.staff(ls)
    sol = staff(rng, "Harker Bland LLP", domain="harkerbland.co.uk", role="Solicitor")
    t.staff(sol)
    p = person(rng, age=(40, 80))
    t.subj(p, "nhs", "dob", "hosp", "addr")
    t.cats.add("health")
    d = make_docx([("h", "Medical Records Disclosure - Index"),
                   ("p", f"Patient: {p.name}   DOB: {dmy(p.dob)}   NHS: {fmt_nhs(p.nhs)}   MRN: {p.hosp}\nAddress: {p.address}"),
                   ("t", [["Tab", "Document", "Date", "Pages"],
                          ["1", "ED attendance - fall, #L ankle", "03/02/2023", "6"],
                          ["2", "Orthopaedic clinic letters", "2023", "11"],
                          ["3", "Theatre record ORIF", "06/02/2023", "4"],
                          ["4", "Physiotherapy notes", "2023", "22"]]),
                   ("p", "Disclosure approved by: Legal Services. Do not disclose third party information.")])
    d0 = when(idx, hour=10, minute=10, tz=BST)
    body = (f"Hi IG\n\nFor the log. The records index for a clinical negligence request was sent to the wrong firm ({sol.org}) - "
            f"right patient, wrong solicitors (they act for us on other matters). {sol.name} has replied in writing (below) confirming "
            "deletion and that it was not opened beyond the first page or forwarded.\n\n" + ls.name + "\n" + ls.role + "\n\n"
            + outlook_block(addr(sol), d0 + dt.timedelta(hours=1), addr(ls), "RE: Disclosure - index")
            + "Dear " + ls.first + ",\n\nI confirm we have permanently deleted your email and attachment from our systems, it was not "
              "forwarded or saved to any file, and was only opened to the first page to identify it.\n\nKind regards\n" + sol.name
            + "\nSolicitor, Harker Bland LLP\n\n" + outlook_block(addr(ls), d0, addr(sol), "Disclosure - index") + "Please find index attached.")
    m = message(b, addr(ls), BREACH, "FW: RE: Disclosure - index", d0 + dt.timedelta(hours=2), body=body,
                atts=[attach("Records index.docx", d)])
    return "records-index-wrong-solicitor-deletion-confirmed", m, t.record(None, "docx_external_contained", 3, 2,
        ["medical records index with injury/treatment history for an identified patient", "sent to a solicitor firm outside NHS",
         "written confirmation of deletion and non-onward disclosure (likelihood 3-1 = 2): not reportable"])


@email
def e_double_nested_theatre(idx, rng, b):
    t = Truth(); t.tags += ["message_rfc822_nested_2", "docx_in_rfc822", "external_agency"]
    th = staff(rng, TRUST, role="Theatre Co-ordinator")
    tm = staff(rng, TRUST, role="Theatre Manager")
    ig = staff(rng, TRUST, role="IG Officer")
    t.staff(th, tm, ig)
    wrong = "bookings@medstaff-locums.co.uk"
    t.ign_add("email_address", wrong)
    rows = [["Order", "Patient", "Hosp No", "Age", "Procedure", "Anaesthetic", "Notes"]]
    procs = ["TURBT", "Cystoscopy + stent", "Radical prostatectomy (robotic)", "TURP", "Circumcision", "Ureteroscopy"]
    for i, pr in enumerate(procs):
        p = person(rng, sex="M", age=(35, 85))
        t.subj(p, "hosp")
        rows.append([str(i + 1), f"{p.last.upper()} {p.first}", p.hosp, str(p.age), pr, rng.choice(["GA", "Spinal"]),
                     ["Latex allergy", "Diabetic - first", "HIV +ve, on ART", "MRSA +ve - last", "", "Jehovah's Witness - no blood"][i]])
    t.cats.update({"health", "sexual_health", "religion"})
    d = make_docx([("h", f"Theatre 6 - Urology - {(when(idx, tz=BST) + dt.timedelta(days=1)).strftime('%A %d/%m/%Y')}"), ("p", "Surgeon: Mr Lomax   Anaesthetist: Dr Oyelaran (locum)"), ("t", rows)])
    d0 = when(idx, hour=15, minute=0, tz=BST)
    orig = message(Builder(idx * 10 + 1), addr(th), wrong, "Th6 list Wed", d0,
                   body="Hi, please pass to Dr O for tomorrow. Thanks", atts=[attach("Th6 Wed 16.10.docx", d)])
    mid = message(Builder(idx * 10 + 2), addr(th), addr(tm), "FW: Th6 list Wed", d0 + dt.timedelta(hours=18),
                  body=f"{tm.first} - the locum agency says they got this from me, it was meant for the locum's nhs.net. Attaching my sent item. Sorry!! {th.first}",
                  atts=[rfc822(orig)])
    body = (f"IG,\n\nForwarding {th.first}'s email (attached) which has the original sent item attached inside it. Theatre list with "
            "6 patients went to a locum agency bookings inbox. Agency not yet confirmed deletion.\n\n" + tm.name + "\n" + tm.role)
    m = message(b, addr(tm), BREACH, "FW: FW: Th6 list Wed", d0 + dt.timedelta(hours=20), body=body, cc=addr(ig), atts=[rfc822(mid)])
    return "theatre-list-docx-double-nested-eml", m, t.record(None, "rfc822_nested_docx_external", 4, 3,
        ["urology theatre list for 6 identified patients incl. HIV status and religion (Jehovah's Witness)",
         "sent to a locum agency outside NHS", "no deletion confirmed"])


@email
def e_patient_sms_wrong(idx, rng, b):
    t = Truth(); t.tags += ["reported_by_public", "html_only", "base64", "sms_quoted", "sexual_health"]
    rc = person(rng, age=(20, 50))
    t.ign_names.append(rc.name); t.ign_add("email_address", rc.email); t.ign_add("phone_number", rc.mobile)
    p = person(rng, age=(18, 30))
    t.subj(p, "dob")
    t.cats.add("sexual_health")
    sms = (f"Moorside Medical Practice: Hi {p.first} {p.last} (DOB {dmy(p.dob)}), your recent chlamydia test was POSITIVE. "
           "Please call 0161 496 0700 to arrange treatment. Do not reply.")
    t.ign_add("phone_number", "0161 496 0700")
    html = (f"<html><body><p>Hi,</p><p>I have just had this text to my phone ({rc.mobile}). I'm not {p.first} and I've had the same "
            "number for 6 years. Somebody should tell this person and fix your records.</p>"
            f"<blockquote style='border-left:2px solid #999;padding-left:6px'>{sms}</blockquote>"
            f"<p>{rc.first}</p><p>Sent from Yahoo Mail for iPhone</p></body></html>")
    m = message(b, f"{rc.name} <{rc.email}>", BREACH, "Wrong text message", when(idx, hour=18, minute=47, tz=BST), html=html,
                html_cte="base64", msgid_dom="mail.yahoo.com")
    return "sms-sti-result-wrong-number-html", m, t.record(None, "public_report_sms_sexual_health", 4, 3,
        ["positive chlamydia result (sexual health) for an identified patient", "sent by SMS to a stranger's mobile (wrong number on record)"])


@email
def e_forensic_report_solicitor(idx, rng, b):
    t = Truth(); t.tags += ["docx", "criminal", "mental_health", "external_solicitor"]
    org = "Northmoor Forensic Mental Health Service"
    sec = staff(rng, org, role="Medical Secretary to Dr Haworth", phone="0113 496 0840")
    t.staff(sec)
    p = person(rng, sex="M", age=(22, 50))
    t.subj(p, "dob", "nhs", "hosp")
    t.cats.update({"criminal", "mental_health", "substance_misuse"})
    d = make_docx([("h", "Psychiatric Report for the Court - CONFIDENTIAL"),
                   ("p", f"Defendant: {p.name}   DOB: {dmy(p.dob)}   NHS: {fmt_nhs(p.nhs)}   RiO: {p.hosp}"),
                   ("p", "Charge: s.20 wounding (Leeds Crown Court, T2024{:04d}). Previous convictions: 4 (assault, criminal damage).".format(rng.randint(1, 9999))),
                   ("p", "Diagnosis: paranoid schizophrenia (ICD-10 F20.0), comorbid cannabis use disorder. Admitted under s.2 MHA 2022 and s.3 2023."),
                   ("p", "Opinion: fit to plead. I recommend a hospital order under s.37 MHA.")])
    d0 = when(idx, hour=16, minute=22, tz=BST)
    body = (f"Hello\n\nI have sent a court report to the wrong firm of solicitors - it should have gone to the defence solicitors (Carr Ainsworth) "
            "but went to Carr & Co Family Law. I've emailed them to ask them to delete and confirm, no reply yet - they're closed until Monday.\n\n"
            + sec.name + "\n" + sec.role + "\n" + sec.phone)
    m = message(b, addr(sec), BREACH, "court report wrong solicitor", d0, body=body,
                atts=[attach(f"Court report {p.last} FINAL.docx", d)])
    return "forensic-court-report-wrong-solicitor-docx", m, t.record(None, "docx_criminal_mental_health_external", 4, 3,
        ["psychiatric court report: schizophrenia, cannabis use, criminal charge and convictions of an identified patient",
         "sent to an unrelated law firm", "no deletion yet"])


@email
def e_maternity_birth_xlsx_internal(idx, rng, b):
    t = Truth(); t.tags += ["xlsx_multi_sheet", "xlsx_odd_headers", "mother_and_baby", "internal_nhsnet", "reproductive_health"]
    org = TRUST + " - Maternity"
    ma = staff(rng, org, role="Maternity Systems Administrator", phone="0113 496 0621")
    hv = staff(rng, "Wolds & Coast Community Health Visiting", role="Health Visiting Team Lead")
    t.staff(ma, hv)
    s1 = [[None, None, None, None, None, None], ["Mum", "Mum DOB", "Mum NHS", "Baby", "Baby DOB", "Baby NHS", "Addr", "Feeding", "Notes"]]
    notes = ["", "PPH 1.2L", "Baby NNU 3 days", "", "Known to perinatal MH", "Teenage mum - FNP referral", "Neonatal abstinence watch", ""]
    for i, nt in enumerate(notes):
        mum = person(rng, sex="F", age=(17, 42))
        baby = child(rng, "eng", mum, age=(0, 0))
        baby["dob"] = dt.date(2024, 10, rng.randint(1, 12))
        t.subj(mum, "dob", "nhs", "addr"); t.subj(baby, "dob", "nhs")
        s1.append([mum.name, mum.dob, mum.nhs, baby.name, baby.dob, baby.nhs, mum.address, rng.choice(["Breast", "Formula", "Mixed"]), nt])
    t.cats.update({"reproductive_health", "mental_health", "substance_misuse"})
    x = make_xlsx([("Births", s1, {}), ("Sheet2", [["count", 8]], {}), ("Sheet3", [], {})])
    d0 = when(idx, hour=12, minute=12, tz=BST)
    body = (f"Hi,\n\nReporting a misdirected email. The weekly birth notifications for our health visiting partners went to the "
            f"wrong health visiting team - {hv.org} (another trust, on nhs.net) rather than Kirkhallam HV. {hv.name} has "
            "confirmed by email it has been deleted. Attached copy of what was sent.\n\n" + ma.name + "\n" + ma.role + "\n" + ma.phone)
    m = message(b, addr(ma), BREACH, "misdirected birth notifications", d0, body=body,
                atts=[attach("Birth notifications wk41.xlsx", x)])
    return "birth-notifications-xlsx-wrong-hv-team", m, t.record(None, "xlsx_mother_baby_internal", 4, 2,
        ["8 mothers and 8 newborns with NHS numbers, addresses, obstetric and perinatal mental health notes",
         "sent to another NHS team on nhs.net (trusted domain)", "deletion confirmed in writing; likelihood stays 2"])


@email
def e_noticeboard_dna_pdf(idx, rng, b):
    t = Truth(); t.tags += ["scotland", "published_noticeboard", "pdf_table", "formal_ig_lead"]
    org = "NHS Forth Glen - Information Governance"
    ig = staff(rng, org, role="Information Governance Lead", phone="0141 496 0101")
    pm = staff(rng, "Ardgowan Health Centre", role="Practice Manager")
    t.staff(ig, pm)
    rows = []
    for i in range(9):
        p = person(rng, region="sco", age=(20, 80))
        t.subj(p, "chi")
        rows.append([f"{p.first} {p.last}", p.chi, rng.choice(["Diabetes eye screening", "Retinal screening", "Diabetic foot"]),
                     f"{rng.randint(1, 11):02d}/10/2024"])
    t.cats.add("health")
    pdf = make_pdf(["Ardgowan Health Centre", "DID NOT ATTEND - October"],
                   paras=["The following patients did not attend their appointment. Please contact reception to rebook. "
                          "Missed appointments cost NHS Scotland millions every year."],
                   table=(["Name", "CHI", "Clinic", "Date"], rows, [50, 30, 60, 30]))
    d0 = when(idx, hour=10, minute=0, tz=BST)
    body = (f"Dear breach mailbox,\n\nI am logging the following incident on behalf of {pm.name}, Practice Manager at Ardgowan Health Centre.\n\n"
            "Summary: A list of patients who did not attend diabetic screening appointments was printed by a temporary receptionist "
            "and pinned to the public noticeboard in the waiting room on Friday. It was there for approximately 2 days before a patient "
            "pointed it out. The list includes names, CHI numbers and the clinic. The printed file is attached.\n\n"
            "Actions: removed 14/10; staff briefing; patients to be written to.\n\nRegards\n" + ig.name + "\n" + ig.role + "\n" + org + "\n" + ig.phone)
    m = message(b, addr(ig), BREACH, "IG incident: DNA list displayed in waiting room", d0, body=body,
                atts=[attach("DNA list Oct.pdf", pdf)], msgid_dom="nhs.scot")
    return "scotland-dna-list-noticeboard-pdf", m, t.record(None, "published_noticeboard_pdf", 3, 4,
        ["9 identified patients with CHI numbers and diabetic clinic attendance", "displayed on a public noticeboard for 2 days (published)"])


@email
def e_ni_gp_letter_pdf(idx, rng, b):
    t = Truth(); t.tags += ["northern_ireland", "hc_number", "pdf_letter", "external_personal_email", "gmail_forward"]
    org = "Ormeau Park Surgery"
    rec = staff(rng, org, role="Practice Manager", phone="028 9018 0662")
    t.staff(rec)
    p = person(rng, region="ni", age=(30, 75))
    rcpt = person(rng, region="ni", age=(30, 75))
    t.ign_names.append(rcpt.name); t.ign_add("email_address", rcpt.email)
    t.subj(p, "hc", "dob", "addr", "phone")
    t.ign_add("postcode", "BT7 3GG"); t.ign_add("address", "Ormeau Park Surgery, 281 Ormeau Road, Belfast BT7 3GG")
    t.cats.add("health")
    pdf = make_pdf(["Ormeau Park Surgery", "281 Ormeau Road, Belfast BT7 3GG", "Tel 028 9018 0600"],
                   addr=[p.name, p.line1, p.town, p.postcode],
                   title=f"Patient: {p.name}   H&C No: {p.hc[:3]} {p.hc[3:6]} {p.hc[6:]}   DOB: {dmy(p.dob)}   Tel: {p.phone}",
                   paras=["Dear " + p.first + ",", "Your recent blood tests show your kidney function (eGFR 41) has reduced and your "
                          "HbA1c is 78. The doctor would like to see you to review your diabetes medication. Please book a 20 minute appointment."])
    t.ign_add("phone_number", "028 9018 0600")
    d0 = when(idx, hour=19, minute=30, tz=BST)
    body = (f"Logging for IG. Patient ({rcpt.name}) forwarded this to the practice - she got another patient's results letter in her "
            "email. Letter went via the texting/email system with the wrong email on the record. Patient has deleted and told us so.\n\n"
            f"{rec.name}\n{rec.role}\n\n" + gmail_block(f"{rcpt.name} <{rcpt.email}>", d0, "ormeaupark.reception@hscni.net", "Fwd: Letter from your GP practice")
            + f"Hi, this isn't me, I'm not {p.first}. I've deleted it from my phone. {rcpt.first}\n")
    t.ign_add("email_address", "ormeaupark.reception@hscni.net")
    m = message(b, addr(rec), BREACH, "Fwd: Fwd: Letter from your GP practice", d0 + dt.timedelta(hours=14), body=body,
                atts=[attach("Letter.pdf", pdf)], msgid_dom="hscni.net")
    return "ni-gp-results-letter-wrong-email-pdf", m, t.record(None, "pdf_letter_hc_external_contained", 3, 2,
        ["results letter (kidney function, diabetes) about an identified patient with H&C number", "emailed to another member of the public",
         "recipient confirms in writing she has deleted it (likelihood 3-1 = 2)"])


@email
def e_integrity_misfile(idx, rng, b):
    t = Truth(); t.tags += ["integrity", "misfiled_results", "internal", "inline_table"]
    org = "Hollins Lane Surgery"
    gp = staff(rng, org, role="GP")
    t.staff(gp)
    a = person(rng, age=(40, 80)); c = person(rng, age=(40, 80))
    c["first"] = a.first; c["name"] = f"{a.first} {c.last}"
    t.subj(a, "nhs", "dob"); t.subj(c, "nhs", "dob")
    t.cats.add("health")
    body = (f"For the IG log (integrity incident, no disclosure outside the practice).\n\nA CT report for one patient was filed into another "
            "patient's record by docman (same first name, similar DOB).\n\n"
            f"  Report belongs to:  {a.name}   NHS {fmt_nhs(a.nhs)}   DOB {dmy(a.dob, 3)}\n"
            f"  Filed in record of: {c.name}   NHS {fmt_nhs(c.nhs)}   DOB {dmy(c.dob, 3)}\n\n"
            "The report (CT chest - 2.1cm RUL nodule, for MDT) was actioned in the wrong record, so the right patient's urgent "
            "referral was delayed 9 days. Both records corrected and referral made today. Patient informed.\n\n"
            f"Dr {gp.name}\n{org}")
    m = message(b, addr(gp), BREACH, "misfiled CT report", when(idx, hour=17, minute=50, tz=BST), body=body)
    return "misfiled-ct-report-integrity", m, t.record(None, "integrity_internal", 3, 2,
        ["CT report (lung nodule) filed in the wrong patient's record; delayed referral", "stayed inside the practice (integrity, not external disclosure)"])


@email
def e_reablement_html_3deep(idx, rng, b):
    t = Truth(); t.tags += ["outlook_chain_3_deep", "multipart_alternative", "html_table_at_depth_3", "council", "external_other_council"]
    org = "Kirkhallam MBC - Reablement Service"
    ra = staff(rng, org, domain="kirkhallam.gov.uk", role="Reablement Scheduler", phone="01632 960 640")
    tl = staff(rng, org, domain="kirkhallam.gov.uk", role="Reablement Team Leader")
    hm = staff(rng, org, domain="kirkhallam.gov.uk", role="Head of Service, Intermediate Care")
    other = staff(rng, "Wrenbury Council", domain="wrenbury.gov.uk", role="Reablement Coordinator")
    t.staff(ra, tl, hm, other)
    rows_h, rows_t = "", []
    goals = ["Independent with personal care", "Kitchen practice, meal prep", "Stairs assessment, rail fitted",
             "Medication prompts - dementia", "Stoma care support", "Transfers with frame, post-stroke"]
    for g in goals:
        p = person(rng, age=(65, 95))
        t.subj(p, "dob", "addr", "phone")
        rows_h += f"<tr><td>{p.name}</td><td>{dmy(p.dob)}</td><td>{p.address}</td><td>{p.phone}</td><td>{g}</td></tr>"
        rows_t.append(f"{p.name} | {dmy(p.dob)} | {p.address} | {p.phone} | {g}")
    t.cats.add("health")
    d0 = when(idx, hour=8, minute=30, tz=BST)
    def hdr_html(frm, sent, to, subj):
        return (f"<div style='border-top:solid #E1E1E1 1pt;padding-top:3pt'><b>From:</b> {frm}<br><b>Sent:</b> {sent.strftime('%A, %d %B %Y %H:%M')}<br>"
                f"<b>To:</b> {to}<br><b>Subject:</b> {subj}</div>")
    orig_h = ("<p>Hi, new starts for this week below. Please allocate.</p><table border='1'><tr><th>Name</th><th>DOB</th><th>Address</th>"
              "<th>Phone</th><th>Goals</th></tr>" + rows_h + "</table><p>" + ra.name + "<br>Reablement Scheduler</p>")
    orig_t = "Hi, new starts for this week below. Please allocate.\n\n" + "\n".join(rows_t) + "\n\n" + ra.name + "\nReablement Scheduler\n"
    e = lambda s: s.replace("<", "&lt;").replace(">", "&gt;")
    l1_h = f"<p>Hello, I think this has come to us in error, we are Wrenbury not Kirkhallam. Deleted.<br>{other.name}</p>" + hdr_html(e(addr(ra)), d0, e(addr(other)), "Reablement new starts") + orig_h
    l1_t = f"Hello, I think this has come to us in error, we are Wrenbury not Kirkhallam. Deleted.\n{other.name}\n\n" + outlook_block(addr(ra), d0, addr(other), "Reablement new starts") + orig_t
    l2_h = f"<p>{tl.first} - see below, went to Wrenbury's reablement team (same name in the GAL). {ra.first}</p>" + hdr_html(e(addr(other)), d0 + dt.timedelta(hours=2), e(addr(ra)), "RE: Reablement new starts") + l1_h
    l2_t = f"{tl.first} - see below, went to Wrenbury's reablement team (same name in the GAL). {ra.first}\n\n" + outlook_block(addr(other), d0 + dt.timedelta(hours=2), addr(ra), "RE: Reablement new starts") + l1_t
    l3_h = f"<p>{hm.first}, for your awareness and breach log. {tl.first}</p>" + hdr_html(e(addr(ra)), d0 + dt.timedelta(hours=3), e(addr(tl)), "FW: RE: Reablement new starts") + l2_h
    l3_t = f"{hm.first}, for your awareness and breach log. {tl.first}\n\n" + outlook_block(addr(ra), d0 + dt.timedelta(hours=3), addr(tl), "FW: RE: Reablement new starts") + l2_t
    top_h = ("<html><body><p>Breach mailbox - forwarding as requested by IG. The original is at the bottom (3 forwards down). "
             "Another council, who say they deleted it (no further confirmation).</p><p>" + hm.name + "<br>" + hm.role + "</p>"
             + hdr_html(e(addr(tl)), d0 + dt.timedelta(hours=5), e(addr(hm)), "FW: FW: RE: Reablement new starts") + l3_h + "</body></html>")
    top_t = ("Breach mailbox - forwarding as requested by IG. The original is at the bottom (3 forwards down). Another council, who say "
             "they deleted it (no further confirmation).\n\n" + hm.name + "\n" + hm.role + "\n\n"
             + outlook_block(addr(tl), d0 + dt.timedelta(hours=5), addr(hm), "FW: FW: RE: Reablement new starts") + l3_t)
    m = message(b, addr(hm), BREACH, "FW: FW: FW: RE: Reablement new starts", d0 + dt.timedelta(hours=6), body=top_t, html=top_h,
                cte="quoted-printable", msgid_dom="kirkhallam.gov.uk")
    return "reablement-list-other-council-3-deep-html", m, t.record(None, "outlook_chain_3_deep_other_council", 3, 2,
        ["6 vulnerable adults with addresses, phones and reablement goals (health)", "sent to another council (external controller)",
         "recipient states in writing that it was deleted (likelihood 3-1 = 2)"])


@email
def e_dols_docx_wales(idx, rng, b):
    t = Truth(); t.tags += ["wales", "docx_table", "dols", "safeguarding", "external_advocacy", "nok"]
    org = "Cyngor Sir Glanaber / Glanaber County Council - DoLS Team"
    bia = staff(rng, org, domain="glanaber.gov.wales", role="Best Interests Assessor", phone="029 2018 0377")
    t.staff(bia)
    wrong = "referrals@voiceabilitycymru-advocacy.org"
    t.ign_add("email_address", wrong)
    rows = [["Relevant person", "DOB", "Care home", "Condition", "RPR (relationship)", "RPR phone", "Status"]]
    for i in range(5):
        p = person(rng, region="wal", age=(70, 98)); r = person(rng, region="wal", age=(40, 75))
        t.subj(p, "dob"); t.subj(r, "phone")
        rows.append([p.name, dmy(p.dob, 2), rng.choice(["Plas Newydd CH", "Ty Gwyn Nursing Home", "Bryn Ivor"]),
                     ["Alzheimer's disease", "Vascular dementia", "Korsakoff's syndrome (alcohol-related)", "Learning disability + dementia", "Alzheimer's disease"][i],
                     f"{r.name} ({rng.choice(['son', 'daughter', 'niece', 'brother'])})", r.phone, rng.choice(["Urgent auth", "Standard - expiring", "Review"])])
    t.cats.update({"health", "safeguarding", "substance_misuse"})
    d = make_docx([("h", "DoLS - IMCA referrals (s39A/s39D) - October"), ("t", rows),
                   ("p", "All relevant persons lack capacity to consent to their accommodation for care and treatment.")])
    d0 = when(idx, hour=13, minute=13, tz=BST)
    body = (f"bore da,\n\nsorry - sent the IMCA referral batch to an advocacy org that isn't our commissioned one (similar name). "
            "They've not replied. Batch attached. Five people and their RPRs.\n\ndiolch\n" + bia.first + "\n" + bia.role + "\n" + bia.phone + COUNCIL_DISC)
    m = message(b, addr(bia), BREACH, "sent IMCA referrals to wrong organisation", d0, body=body,
                atts=[attach("IMCA referrals Oct.docx", d)], msgid_dom="glanaber.gov.wales")
    return "wales-dols-imca-referrals-docx-wrong-org", m, t.record(None, "docx_dols_external", 4, 3,
        ["Deprivation of Liberty referrals for 5 adults lacking capacity (dementia, Korsakoff's) with their representatives",
         "sent to a non-commissioned advocacy organisation", "no reply"])


@email
def e_discharge_pdf_wrong_gp_internal_fwd(idx, rng, b):
    t = Truth(); t.tags += ["pdf_letter", "internal_nhsnet", "gmail_style_forward", "reporter_is_recipient"]
    pm = staff(rng, "Beechwood Medical Centre", role="Practice Manager", phone="0117 496 0444")
    t.staff(pm); trust_ign(t)
    p = person(rng, age=(50, 90), sex="M")
    cons = staff(rng, TRUST, role="Consultant Cardiologist")
    t.staff(cons)
    t.subj(p, "nhs", "dob", "hosp", "addr")
    t.cats.add("health")
    pdf = make_pdf(TRUST_LH + ["Department of Cardiology - Discharge Summary"],
                   addr=["Dr Lindsay, Parkside Surgery", "14 Park Road", "Leeds", "LS6 4HY"],
                   title=f"DISCHARGE SUMMARY   {p.last.upper()}, {p.first}   DOB {dmy(p.dob)}   NHS {fmt_nhs(p.nhs)}   MRN {p.hosp}",
                   paras=[f"Address: {p.address}", "Admitted: NSTEMI. Angiogram: 90% LAD stenosis, PCI with 1 DES.",
                          "Discharge meds: aspirin 75mg, ticagrelor 90mg BD (12 months), atorvastatin 80mg, bisoprolol 2.5mg, ramipril 2.5mg.",
                          "GP actions: U&E in 2 weeks, cardiac rehab referral made.", f"Dr {cons.name}, {cons.role}"])
    t.ign_add("postcode", "LS6 4HY"); t.ign_add("address", "14 Park Road, Leeds, LS6 4HY")
    d0 = when(idx, hour=11, minute=2, tz=BST)
    body = (f"Hello, we've received this discharge summary for a patient not registered with us (he is at Parkside). Came into our "
            "nhs.net inbox. Have deleted our copy after forwarding to you. Please let the ward know.\n\n" + pm.name + "\n" + pm.role
            + "\nBeechwood Medical Centre\n" + pm.phone + "\n\n-----Original Message-----\nFrom: Cardiology Discharges <northmoor.cardiology.discharges@nhs.net>\n"
            f"Sent: {d0.strftime('%d %B %Y %H:%M')}\nTo: beechwood.mc@nhs.net\nSubject: Discharge summary\n\nPlease see attached.\n" + NHSMAIL_DISC)
    t.ign_add("email_address", "northmoor.cardiology.discharges@nhs.net"); t.ign_add("email_address", "beechwood.mc@nhs.net")
    m = message(b, addr(pm), BREACH, "FW: Discharge summary", d0 + dt.timedelta(hours=3), body=body,
                atts=[attach("DS_" + p.hosp + ".pdf", pdf)])
    return "discharge-summary-pdf-wrong-gp-nhsnet", m, t.record(None, "pdf_letter_internal", 3, 2,
        ["cardiac discharge summary for an identified patient", "sent to the wrong GP practice within NHSmail (trusted)",
         "recipient has deleted; likelihood stays at 2"])


# ------------------------------------------------------------------ main

def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    recs = []
    for i, fn in enumerate(EMAILS, 1):
        rng = random.Random(SEED * 1000 + i)
        b = Builder(i)
        slug, msg, rec = fn(i, rng, b)
        fname = f"{i:03d}-{slug}.eml"
        rec["file"] = fname
        data = msg.as_bytes()
        data = data.replace(b"\r\n", b"\n")
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        recs.append(rec)
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} emails")


if __name__ == "__main__":
    main()
