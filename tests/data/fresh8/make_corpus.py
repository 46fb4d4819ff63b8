#!/usr/bin/env python3
"""fresh8: an independent evaluation corpus of breach-report e-mails for breachdesk.

Deterministic: fixed seed, fixed MIME boundaries, fixed dates, zip members re-stamped.
Run:  /work/main/.venv/bin/python make_corpus.py   (writes NNN-slug.eml + truth.jsonl here)
Uses only openpyxl, python-docx, fpdf2, pypdf (for the self-check) and the stdlib.
All people, numbers, addresses, phones and e-mails are fictional.
"""
import datetime as dt
import io
import json
import os
import random
import re
import sys
import zipfile
from collections import defaultdict
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

sys.path.insert(0, "/work/shared/eval")
import score as S  # only its normalisers, so truth values are stored normalised the scorer's way

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(80808)
FIXED_ZIP_TIME = (2026, 11, 20, 9, 0, 0)
FIXED_DT = dt.datetime(2026, 11, 20, 9, 0, 0, tzinfo=dt.timezone.utc)

# ------------------------------------------------------------------ fictional identifiers
USED = set()


def _mod11(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    return 0 if c == 11 else c


def mod11_ok(d):
    return len(d) == 10 and d != "0000000000" and _mod11(d[:9]) == int(d[9]) and _mod11(d[:9]) != 10


def nhs(lo=400, hi=799):
    while True:
        first = R.randint(lo, hi)
        if lo == 400 and 500 <= first < 600:
            continue
        d9 = f"{first:03d}{R.randint(0, 999999):06d}"
        c = _mod11(d9)
        if c == 10 or d9 + str(c) in USED:
            continue
        USED.add(d9 + str(c))
        return d9 + str(c)


def hc():
    return nhs(320, 399)


def chi(dob, sex):
    while True:
        d8 = dob.strftime("%d%m%y") + f"{R.randint(0, 99):02d}"
        ninth = R.choice([0, 2, 4, 6, 8] if sex == "F" else [1, 3, 5, 7, 9])
        d9 = d8 + str(ninth)
        c = _mod11(d9)
        if c == 10 or d9 + str(c) in USED:
            continue
        USED.add(d9 + str(c))
        return d9 + str(c)


def not_mod11_10():
    """a 10-digit reference number that is NOT a valid health number"""
    while True:
        d = f"{R.randint(1, 9)}{R.randint(0, 999999999):09d}"
        if not mod11_ok(d):
            return d


def sp(d, style="334"):
    if style == "334":
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if style == "dash":
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"
    if style == "64":
        return f"{d[:6]} {d[6:]}"
    return d


PH_RANGES = {
    "mob": ("07700 900", 3), "lon": ("020 7946 0", 3), "leeds": ("0113 496 0", 3), "shef": ("0114 496 0", 3),
    "nott": ("0115 496 0", 3), "bris": ("0117 496 0", 3), "brum": ("0121 496 0", 3), "edi": ("0131 496 0", 3),
    "gla": ("0141 496 0", 3), "lpool": ("0151 496 0", 3), "manc": ("0161 496 0", 3), "tyne": ("0191 498 0", 3),
    "ni": ("028 9649 6", 3), "card": ("029 2018 0", 3), "gen": ("01632 960", 3),
}


def phone(kind="mob"):
    pre, n = PH_RANGES[kind]
    while True:
        v = pre + f"{R.randint(0, 10 ** n - 1):0{n}d}"
        if v not in USED:
            USED.add(v)
            return v


def phone_fmt(v, style):
    d = re.sub(r"\D", "", v)
    if style == "plain":
        return d
    if style == "intl":
        return "+44 (0)" + v[1:]
    if style == "intl2":
        return "+44 " + v[1:]
    if style == "brk":  # (01632) 960123
        a, b = v.split(" ", 1)
        return f"({a}) {b}"
    if style == "mob433":
        return f"{d[:5]} {d[5:8]} {d[8:]}"
    if style == "mob56":
        return f"{d[:5]} {d[5:]}"
    return v


INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def pc(outward):
    while True:
        v = f"{outward} {R.randint(1, 9)}{R.choice(INWARD)}{R.choice(INWARD)}"
        if v not in USED:
            USED.add(v)
            return v


def dob(lo=1930, hi=2005):
    return dt.date(R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]


def dfmt(d, style):
    return {
        "slash": d.strftime("%d/%m/%Y"), "slash1": f"{d.day}/{d.month}/{d.year}", "yy": f"{d.day}/{d.month}/{d.strftime('%y')}",
        "dot": d.strftime("%d.%m.%Y"), "dotyy": d.strftime("%d.%m.%y"), "mon": f"{d.day:02d}-{MON[d.month - 1]}-{d.year}",
        "monsp": f"{d.day} {MON[d.month - 1]} {d.year}", "long": f"{d.day}{'th' if 10 < d.day < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')} {MONTHS_FULL[d.month - 1]} {d.year}",
        "iso": d.isoformat(), "dash": d.strftime("%d-%m-%Y"), "us": f"{MONTHS_FULL[d.month - 1]} {d.day}, {d.year}",
        "plain": d.strftime("%d %B %Y"),
    }[style]


PERSONAL_DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "outlook.com", "icloud.com",
                    "sky.com", "live.co.uk", "googlemail.com", "aol.com", "talktalk.net", "virginmedia.com"]


def ascii_fold(s):
    import unicodedata
    s = s.translate(str.maketrans("łŁđĐøØ", "lLdDoO"))
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def pmail(first, last):
    f, l = ascii_fold(first).lower().replace(" ", ""), ascii_fold(last).lower().replace(" ", "").replace("'", "")
    pat = R.choice(["{f}.{l}{n}", "{f}{l}{n}", "{f0}{l}{n}", "{l}.{f}", "{f}_{l}{n}", "{f}{n}"])
    v = pat.format(f=f, l=l, f0=f[0], n=R.randint(1, 99)) + "@" + R.choice(PERSONAL_DOMAINS)
    while v in USED:
        v = v.replace("@", str(R.randint(0, 9)) + "@", 1)
    USED.add(v)
    return v


# name pools: (first, last) by background, female/male
NAMES = {
    "eng": (["Sharon", "Kelly", "Joanne", "Lily", "Margaret", "Denise", "Chloe", "Pauline", "Jade", "Brenda"],
            ["Gary", "Keith", "Liam", "Trevor", "Dennis", "Callum", "Stuart", "Arthur", "Wayne", "Frank"],
            ["Hargreaves", "Sutcliffe", "Pickering", "Oldroyd", "Braithwaite", "Dawson", "Holroyd", "Whitaker",
             "Marsden", "Rushworth", "Cartwright", "Lumb", "Ackroyd", "Greenwood", "Haigh"]),
    "irl": (["Siobhán", "Aoife", "Gráinne", "Niamh", "Caoimhe", "Sinéad", "Róisín", "Orla", "Clodagh", "Bríd"],
            ["Seán", "Ciarán", "Pádraig", "Oisín", "Eoin", "Donal", "Cathal", "Fearghal", "Tadhg", "Dónal"],
            ["Ní Bhriain", "Ó Súilleabháin", "McCann", "O'Hagan", "Mac Giolla Phádraig", "Quinn", "Ó Dónaill",
             "McGuigan", "Devlin", "Ní Chonaill", "Mulholland", "O'Kane", "McAleer", "Cassidy"]),
    "sco": (["Eilidh", "Mhairi", "Catriona", "Morag", "Kirsty", "Iona", "Ishbel", "Seonaid", "Fiona", "Shona"],
            ["Ruairidh", "Calum", "Hamish", "Iain", "Murdo", "Fraser", "Angus", "Lachlan", "Dòmhnall", "Euan"],
            ["MacLeòid", "Caimbeul", "MacDonald", "Morrison", "MacAulay", "Nicolson", "Matheson", "Buchan",
             "Urquhart", "MacKinnon", "Ross", "Sutherland", "MacIver", "Stewart"]),
    "wal": (["Ffion", "Angharad", "Cerys", "Nia", "Eleri", "Gwenllian", "Bethan", "Lowri", "Siân", "Rhiannon"],
            ["Dafydd", "Gruffydd", "Iestyn", "Rhodri", "Emyr", "Gethin", "Huw", "Llŷr", "Aled", "Ioan"],
            ["Prydderch", "ap Rhys", "Llewelyn", "Pritchard", "Gwilym", "Bowen", "Rhydderch", "Parry", "Tudur",
             "Meredith", "Vaughan", "Humphreys", "Jenkins", "Morgan"]),
    "pol": (["Małgorzata", "Agnieszka", "Zofia", "Katarzyna", "Bożena", "Joanna", "Ewa", "Grażyna", "Wiktoria", "Aleksandra"],
            ["Paweł", "Łukasz", "Tomasz", "Grzegorz", "Piotr", "Krzysztof", "Jakub", "Wojciech", "Michał", "Zbigniew"],
            ["Wiśniewska", "Kowalczyk", "Dąbrowski", "Nowak", "Wójcik", "Zieliński", "Szymańska", "Kamiński",
             "Lewandowska", "Jabłoński", "Woźniak", "Kaczmarek"]),
    "sas": (["Priya", "Fatima", "Gurpreet", "Nasreen", "Anjali", "Rukhsana", "Shabnam", "Harpreet", "Ayesha", "Deepa"],
            ["Mohammed", "Imran", "Rajesh", "Tariq", "Sandeep", "Arjun", "Zubair", "Harjit", "Asif", "Vikram"],
            ["Chaudhry", "Raghunathan", "Begum", "Sandhu", "Patel", "Hussain", "Iqbal", "Bhattacharya", "Malik",
             "Gill", "Akhtar", "Choudhury", "Rahman", "Kaur"]),
    "waf": (["Chidinma", "Adaeze", "Ama", "Folasade", "Ngozi", "Abena", "Yetunde", "Efua", "Ifeoma", "Adjoa"],
            ["Kwame", "Oluwaseun", "Chukwuemeka", "Kofi", "Babatunde", "Emeka", "Yaw", "Adébáyọ̀", "Tunde", "Kwabena"],
            ["Okonkwo", "Mensah", "Adéyẹmí", "Boateng", "Ogunlesi", "Owusu", "Nwosu", "Asante", "Olúwádàmílọ́lá",
             "Okafor", "Agyeman", "Ọlátúnjí", "Eze", "Osei"]),
}


def person(bg=None, sex=None):
    bg = bg or R.choice(list(NAMES))
    f, m, last = NAMES[bg]
    sex = sex or R.choice("FM")
    while True:
        first = R.choice(f if sex == "F" else m)
        sur = R.choice(last)
        # Polish feminine/masculine surname agreement
        if bg == "pol":
            if sex == "M" and sur.endswith("ska"):
                sur = sur[:-1] + "i"
            if sex == "F" and sur.endswith("ski"):
                sur = sur[:-1] + "a"
        if bg == "irl" and sex == "M" and sur.startswith("Ní "):
            continue
        if (first, sur) not in USED:
            USED.add((first, sur))
            return first, sur, sex


# ------------------------------------------------------------------ attachments (deterministic)
def restamp_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*(</dcterms)", rb"\g<1>2026-11-20T09:00:00Z\2", body)
            z.writestr(zi, body)
    return out.getvalue()


def make_xlsx(sheets):
    """sheets: list of (title, rows, opts) ; rows are lists; opts may hold merged title row / date cells"""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows, opts in sheets:
        ws = wb.create_sheet(title)
        r0 = 1
        if opts.get("title"):
            ws.cell(row=1, column=1, value=opts["title"]).font = Font(bold=True)
            width = max(len(r) for r in rows) if rows else 1
            if width > 1:
                ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
            r0 = 3 if opts.get("gap") else 2
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                c = ws.cell(row=r0 + i, column=1 + j, value=v)
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
    wb.properties.creator = "NHS user"
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    b = io.BytesIO()
    wb.save(b)
    return restamp_zip(b.getvalue())


def make_docx(paras_before, table, paras_after=(), title=None):
    import docx
    d = docx.Document()
    d.core_properties.created = FIXED_DT.replace(tzinfo=None)
    d.core_properties.modified = FIXED_DT.replace(tzinfo=None)
    d.core_properties.last_modified_by = "ward pc"
    d.core_properties.author = "ward pc"
    d.core_properties.revision = 1
    if title:
        d.add_heading(title, level=1)
    for p in paras_before:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = "Table Grid"
        for i, row in enumerate(table):
            for j, v in enumerate(row):
                t.cell(i, j).text = str(v)
    for p in paras_after:
        d.add_paragraph(p)
    b = io.BytesIO()
    d.save(b)
    return restamp_zip(b.getvalue())


FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def make_pdf(lines, header=None):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_creation_date(FIXED_DT)
    pdf.set_producer("Letters module")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONTB)
    pdf.add_page()
    if header:
        pdf.set_font("DV", "B", 11)
        for h in header:
            pdf.cell(0, 5, h, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
    pdf.set_font("DV", "", 10)
    for ln in lines:
        if ln == "":
            pdf.ln(4)
        else:
            pdf.multi_cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else (v.date().isoformat() if isinstance(v, dt.datetime) else str(v)) for v in row))
    return "\n".join(out)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append("\t".join(c.text for c in row.cells))
    return "\n".join(out)


def pdf_text(data):
    import pypdf
    r = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() or "" for p in r.pages)


# ------------------------------------------------------------------ the mail builder
class Mail:
    def __init__(self, slug, scenario, tags):
        self.slug, self.scenario, self.tags = slug, scenario, list(tags)
        self.ids = defaultdict(list)
        self.names, self.ign_names = [], []
        self.ign = defaultdict(list)
        self.subjects = 0
        self.cats = []
        self.assess = None
        self.near_miss = False

    # record a data subject's identifier as written; returns it for the f-string
    def i(self, kind, raw):
        self.ids[kind].append(raw)
        return raw

    def n(self, raw, alt=None):
        self.names.append(raw)
        if alt:
            self.ign_names.append(alt)
        return raw

    def x(self, kind, raw):
        self.ign[kind].append(raw)
        return raw

    def xn(self, raw):
        self.ign_names.append(raw)
        return raw

    def grade(self, sev, lik, basis, cats=(), subjects=None):
        self.assess = dict(severity=sev, likelihood=lik, reportable=bool(lik >= 3 and sev >= 2), basis=list(basis))
        self.cats = list(cats)
        if subjects is not None:
            self.subjects = subjects


def msg(frm, to, subject, date, body, cc=None, mid=None, html=None, extra_headers=(), inreplyto=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = mid or f"<{abs(hash_s(subject + date)) % 10 ** 12}.fresh8@mail.example>"
    if inreplyto:
        m["In-Reply-To"] = inreplyto
    for k, v in extra_headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if html is not None:
        m.set_content(body)
        m.add_alternative(html, subtype="html")
    else:
        m.set_content(body)
    return m


def hash_s(s):
    import hashlib
    return int(hashlib.sha256(s.encode()).hexdigest()[:12], 16)


def attach(m, data, filename, mime):
    maintype, subtype = mime.split("/")
    if maintype == "text":
        m.add_attachment(data.decode("utf-8") if isinstance(data, bytes) else data, subtype=subtype, filename=filename)
    else:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)


def attach_eml(m, inner, filename=None):
    if filename:
        m.add_attachment(inner, filename=filename)
    else:
        m.add_attachment(inner)
    # make sure the part is message/rfc822 (EmailMessage does that for message objects)


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
CSV = "text/csv"


def fix_boundaries(m, n):
    k = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_fresh8_{n:03d}_{k:02d}")
            k += 1
        if part.get_content_type() == "message/rfc822":
            for sub in part.get_payload():
                fix_boundaries_inner(sub, n, k)
                k += 10


def fix_boundaries_inner(m, n, base):
    k = base
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_fresh8_{n:03d}_i{k:02d}")
            k += 1


# ------------------------------------------------------------------ decoding for the self-check
def decoded_text(raw):
    m = BytesParser(policy=policy.default).parsebytes(raw)
    out = []

    def walk(p):
        for h in ("From", "To", "Cc", "Reply-To", "Subject"):
            if p.get(h):
                out.append(f"{h}: {p.get(h)}")
        ct = p.get_content_type()
        if p.is_multipart():
            for sp_ in p.iter_parts():
                walk(sp_)
            return
        if ct == "message/rfc822":
            for sp_ in p.get_payload():
                walk(sp_)
            return
        data = p.get_payload(decode=True) or b""
        fn = (p.get_filename() or "").lower()
        if fn.endswith(".xlsx"):
            out.append(xlsx_text(data))
        elif fn.endswith(".docx"):
            out.append(docx_text(data))
        elif fn.endswith(".pdf"):
            out.append(pdf_text(data))
        elif fn.endswith(".eml"):
            walk(BytesParser(policy=policy.default).parsebytes(data))
        else:
            txt = data.decode(p.get_content_charset() or "utf-8", "replace")
            if ct == "text/html":
                import html as H
                txt = H.unescape(re.sub(r"<[^>]+>", " ", txt))
            out.append(txt)
    walk(m)
    return "\n".join(out)


# ------------------------------------------------------------------ places, signatures, disclaimers
PLACES = {
    "eng": [("Harehills Lane", "Leeds", "LS8"), ("Cowper Street", "Leeds", "LS7"), ("Wilbraham Road", "Manchester", "M14"),
            ("Stratford Road", "Birmingham", "B11"), ("Chelsea Road", "Bristol", "BS5"), ("Abbeydale Road", "Sheffield", "S7"),
            ("Elswick Road", "Newcastle upon Tyne", "NE4"), ("Lodge Lane", "Liverpool", "L8"), ("Manningham Lane", "Bradford", "BD8"),
            ("Romford Road", "London", "E7"), ("Rye Lane", "London", "SE15"), ("Ashton Road", "Oldham", "OL8"),
            ("Tong Road", "Leeds", "LS12"), ("Soho Road", "Birmingham", "B21"), ("Moss Lane East", "Manchester", "M16")],
    "sco": [("Duke Street", "Glasgow", "G31"), ("Easter Road", "Edinburgh", "EH7"), ("Great Northern Road", "Aberdeen", "AB24"),
            ("Lochee Road", "Dundee", "DD2"), ("Culduthel Road", "Inverness", "IV2"), ("Francis Street", "Stornoway", "HS1"),
            ("Paisley Road West", "Glasgow", "G51"), ("Gorgie Road", "Edinburgh", "EH11"), ("Causewayside", "Edinburgh", "EH9"),
            ("Calder Street", "Glasgow", "G42")],
    "wal": [("Heol y Bryn", "Pontypridd", "CF37"), ("Stryd Fawr", "Caernarfon", "LL55"), ("Ffordd Caergybi", "Bangor", "LL57"),
            ("Lôn Las", "Llangefni", "LL77"), ("Maes y Dref", "Aberystwyth", "SY23"), ("Heol Pen-y-Bont", "Swansea", "SA6"),
            ("Clos Cae Mawr", "Cardiff", "CF14"), ("Cathays Terrace", "Cardiff", "CF24"), ("Commercial Road", "Newport", "NP20"),
            ("Ffordd y Parc", "Wrexham", "LL13")],
    "ni": [("Falls Road", "Belfast", "BT12"), ("Antrim Road", "Belfast", "BT15"), ("Creggan Road", "Derry", "BT48"),
           ("Hill Street", "Newry", "BT34"), ("Killyman Road", "Dungannon", "BT71"), ("Ravenhill Road", "Belfast", "BT6"),
           ("Drumragh Avenue", "Omagh", "BT78"), ("Sligo Road", "Enniskillen", "BT74")],
}
REGION_BG = {"eng": ["eng", "eng", "sas", "waf", "pol", "irl"], "sco": ["sco", "sco", "sco", "pol", "sas", "irl"],
             "wal": ["wal", "wal", "wal", "eng", "pol", "waf"], "ni": ["irl", "irl", "irl", "eng", "pol", "sco"]}
PHONE_AREA = {"eng": ["leeds", "manc", "brum", "bris", "shef", "lon", "tyne", "lpool"], "sco": ["gla", "edi", "gen"],
              "wal": ["card", "gen"], "ni": ["ni"]}


def addr(region):
    street, town, out = R.choice(PLACES[region])
    num = R.randint(1, 180)
    return f"{num} {street}", town, pc(out), ""


class P:
    """a fictional person with the usual identifiers"""

    def __init__(self, region, bg=None, sex=None, lo=1930, hi=2005, number=None):
        self.region = region
        self.first, self.last, self.sex = person(bg or R.choice(REGION_BG[region]), sex)
        self.dob = dob(lo, hi)
        self.line1, self.town, self.pc, self.flat = addr(region)
        area = R.choice(PHONE_AREA[region])
        self.tel = phone(area)
        self.mob = phone("mob")
        if region == "sco":
            self.num = chi(self.dob, self.sex)
        elif region == "ni":
            self.num = hc()
        else:
            self.num = nhs()
        self.email = pmail(self.first, self.last)

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def caps(self):
        return f"{self.last.upper()} {self.first}"

    @property
    def capsc(self):
        return f"{self.last.upper()}, {self.first}"

    @property
    def numkind(self):
        return {"sco": "chi_number", "ni": "hc_number"}.get(self.region, "nhs_number")


DISC = {
    "eng": """********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging patient data and other sensitive information with NHSmail and other accredited email services.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail

********************************************************************************************************************""",
    "sco": """**********************************************************************
NHS Lomond and Clyde is the common name of Lomond and Clyde Health Board.
The information contained in this message may be confidential or legally privileged and is intended for the addressee only. If you have received this message in error or there are any problems please notify the originator immediately. The unauthorised use, disclosure, copying or alteration of this message is strictly forbidden.
Communications with NHS Scotland may be monitored or recorded in order to maintain the security of the network and for business purposes.
This email has been scanned for viruses and malicious content.
**********************************************************************""",
    "wal": """Mae'r e-bost hwn ac unrhyw atodiadau yn gyfrinachol ac wedi'u bwriadu ar gyfer y derbynnydd yn unig. Os ydych wedi derbyn y neges hon trwy gamgymeriad, rhowch wybod i'r anfonwr a'i dileu. Gall cynnwys y neges gael ei fonitro.
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this message in error, please tell the sender and delete it. The content of this message may be monitored.
Rydym yn croesawu gohebiaeth yn Gymraeg. Byddwn yn ymateb i ohebiaeth yn Gymraeg heb oedi.
We welcome correspondence in Welsh. We will respond to correspondence in Welsh without delay.""",
    "ni": """______________________________________________________________________
This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender and delete it from your system. Any views or opinions presented are solely those of the author and do not necessarily represent those of the Lough Valley Health and Social Care Trust.
Emails sent to and from the HSC network may be monitored for security and compliance purposes. Please consider the environment before printing this email.
______________________________________________________________________""",
    "care": """CONFIDENTIALITY NOTICE: This email is intended only for the person(s) named above and may contain personal information about residents, which is protected under UK GDPR and the Data Protection Act 2018. If you are not the intended recipient do not read, copy, use or disclose it; tell us at once on the number above and delete it. Heatherbank Care Ltd, registered in England no. 07345512. Registered office as above.""",
    "council": """The information in this email is confidential and may be legally privileged. It is intended solely for the addressee. Access to this email by anyone else is unauthorised. If you are not the intended recipient, any disclosure, copying, distribution or any action taken or omitted to be taken in reliance on it, is prohibited and may be unlawful. Emails sent to and from the Council may be monitored.""",
}

BREACH = "IG Breach Reporting <breach@example.nhs.uk>"


def sig(m, name, lines, region=None, phones=(), postcodes=(), disc=None):
    """a signature block; staff name, phones, postcodes registered as ignorable"""
    m.xn(name)
    for p_ in phones:
        m.x("phone_number", p_)
    for p_ in postcodes:
        m.x("postcode", p_)
    out = "\n".join([name] + list(lines))
    if disc:
        out += "\n\n" + DISC[disc]
    return out


def d(day, hh, mm, month=11, tz="+0000"):
    wd = dt.date(2026, month, day).strftime("%a")
    return f"{wd}, {day} {dt.date(2026, month, day).strftime('%b')} 2026 {hh:02d}:{mm:02d}:{(day * 7 + mm) % 60:02d} {tz}"


def outlook_hdr(frm, sent, to, subject, cc=None):
    s = f"-----Original Message-----\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n"


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.splitlines())


EMAILS = []


def email(f):
    EMAILS.append(f)
    return f


# ================================================================== the emails
@email
def e_dc_summary_wrong_gp():
    m = Mail("dc-summary-wrong-gp", "misdirected_discharge_summary", ["pdf_letter", "outlook_quoted", "lowercase", "real_basis"])
    p = P("eng", bg="pol", sex="M", lo=1950, hi=1965)
    wife = P("eng", bg="pol", sex="F")
    wife.last = p.last[:-1] + "a" if p.last.endswith("i") else p.last
    hosp = f"RM/{R.randint(100000, 999999)}"
    pdf = make_pdf([
        f"Patient: {m.n(p.caps, alt=p.full)}      DOB: {m.i('date_of_birth', dfmt(p.dob, 'slash'))}",
        f"NHS No: {m.i('nhs_number', sp(p.num))}      Hosp No: {m.i('hospital_number', hosp)}",
        f"Address: {m.i('address', f'{p.line1}, {p.town}, {p.pc}')}",
        f"Tel: {m.i('phone_number', p.tel)}",
        f"NOK: {m.n(wife.first + ' ' + wife.last)} (wife) {m.i('phone_number', phone_fmt(wife.mob, 'mob56'))}",
        "",
        "Admitted: 09/11/2026  Discharged: 16/11/2026  Ward 14 (Cardiology)",
        "Diagnosis: NSTEMI. Type 2 diabetes (diet controlled). Hypertension.",
        "Procedures: coronary angiogram 11/11/2026 - PCI to LAD, 1 x drug eluting stent.",
        "Medication on discharge: aspirin 75mg OD (lifelong), ticagrelor 90mg BD (12 months), atorvastatin 80mg ON,",
        "bisoprolol 2.5mg OD, ramipril 2.5mg OD, GTN spray PRN.",
        "Actions for GP: please uptitrate ramipril, U&E in 1-2 weeks. Cardiac rehab referral made.",
        "",
        "Dr A. Whitfield, Cardiology SpR",
    ], header=["Calder Valley Hospitals NHS Foundation Trust", "Immediate Discharge Summary"])
    m.ids["postcode"].append(p.pc)
    orig = (outlook_hdr("Reception - Moorside Surgery (Leeds) <moorside.reception@nhs.net>", "20 November 2026 10:02",
                        "Ward 14 Clerk <ward14.cvh@nhs.net>", "RE: Discharge summary")
            + "\nHi, we have recieved the attached discharge summary but this gentleman is not registered with us. "
              "We have deleted it from our inbox and not saved to any record. Think you want Moorside Medical Practice in Bradford not us\n"
              "\nThanks\nKaren\nMoorside Surgery\n")
    m.xn("Karen")
    body = f"""hi

sent dc summary for {m.n(p.full.lower())} to the wrong gp practice yesterday, moorside surgery leeds instead of moorside medical practice bradford. they emailed back this morning (below) to say theyve deleted it.

the pdf is attached so you can see what went. its got his nhs no, address, wifes mobile and all his meds etc

ive now sent it to the right practice and told sister. do i need to do a datix as well or is this enough?

thanks
{sig(m, "Tracey Lumb", ["Ward Clerk, Ward 14 Cardiology", "Calder Valley Hospitals NHS FT", "ext 4417"], disc="eng")}

{orig}"""
    em = msg("Tracey Lumb <tracey.lumb@nhs.net>", BREACH, "dc summary sent to wrong gp", d(20, 11, 40), body)
    attach(em, pdf, f"IDS_{p.last.upper()}.pdf", PDF)
    m.grade(3, 2, ["discharge summary: health information about an identified patient and his wife's contact details",
                   "sent to another GP practice on NHSmail (trusted domain)", "recipient confirmed deletion"],
            ["health"], subjects=2)
    return m, em


@email
def e_prep_newsletter_to_not_bcc():
    m = Mail("prep-clinic-to-not-bcc", "group_email_to_not_bcc", ["visible_recipients", "forwarded_inline", "sexual_health", "real_basis"])
    people = [P("eng") for _ in range(18)]
    to_list = []
    for k, p in enumerate(people):
        e = m.i("email_address", p.email)
        if k % 2 == 0:
            to_list.append(f"{m.n(p.full)} <{e}>")
        else:
            to_list.append(e)
    replier = people[4]
    fwd_to = ", ".join(to_list)
    body = f"""Hi IG team,

I'm so sorry, I think I've made a big mistake. This morning I sent the PrEP clinic update (new Saturday walk-in times) to our PrEP mailing list and I put everyone in the To box instead of Bcc. There are 18 people on it. Everyone can see everyone elses email address and some of them show their full names. I've tried recalling it but they are all external (gmail, hotmail etc) so I dont think the recall worked.

One patient has already replied to all (copied below) which has made it worse.

What do I do now? Should I email them all again to apologise? I havent done anything else yet.

Aoife

---------- Forwarded message ---------
From: {m.n(replier.full)} <{replier.email}>
Date: Mon, 23 Nov 2026 at 09:31
Subject: Re: PrEP clinic - Saturday walk-in times
To: Sexual Health Admin <cvh.sexualhealth@nhs.net>

Are you serious?? You've just told 17 strangers I'm on PrEP. I want to make a complaint.

---------- Forwarded message ---------
From: Sexual Health Admin <cvh.sexualhealth@nhs.net>
Date: Mon, 23 Nov 2026 at 08:52
Subject: PrEP clinic - Saturday walk-in times
To: {fwd_to}

Dear all

From 5 December our PrEP walk-in clinic will also run on Saturdays 10:00-13:00 at the Orchard Centre. Please bring your repeat bloods form. You do not need to book.

Kind regards
Sexual Health Admin Team
Orchard Centre for Sexual Health

{sig(m, "Aoife Mulholland", ["Admin Assistant | Orchard Centre for Sexual Health", "Calder Valley Hospitals NHS Foundation Trust", "Tel 0113 496 0884"], phones=["0113 496 0884"], disc="eng")}"""
    m.names = list(dict.fromkeys(m.names))
    em = msg("Aoife Mulholland <aoife.mulholland2@nhs.net>", BREACH, "URGENT - sent PrEP email with all patients in To box",
             d(23, 9, 48), body, cc="Orchard Centre Manager <orchard.manager@nhs.net>")
    m.grade(4, 3, ["e-mail addresses (and some names) of 18 PrEP service users disclosed to each other",
                   "sexual health context (PrEP) about identified people", "external personal addresses, recall failed",
                   "a recipient has already complained"], ["sexual_health"], subjects=18)
    return m, em


@email
def e_perinatal_group_eml():
    m = Mail("perinatal-group-visible-eml", "group_email_to_not_bcc", ["attached_eml", "visible_recipients", "ni", "mental_health", "real_basis"])
    ppl = [P("ni", sex="F", lo=1985, hi=2002) for _ in range(11)]
    to = ", ".join((f"\"{m.n(p.full)}\" <{m.i('email_address', p.email)}>" if k % 3 else m.i("email_address", p.email)) for k, p in enumerate(ppl))
    inner = msg("Perinatal Peer Support <perinatal.peersupport@loughtrust.hscni.net>", to,
                "Tuesday group moved to the Ráth Centre", "Thu, 26 Nov 2026 16:05:11 +0000",
                "Hi ladies,\n\nJust to let you know our Tuesday perinatal mental health peer support group is moving to the Ráth Centre, "
                "Room 2, from next week. Same time 10.30. Babies welcome as always.\n\nTake care of yourselves\nOrla\n"
                "Peer Support Worker, Perinatal Mental Health Service\n")
    m.xn("Orla")
    body = f"""Hello,

Please see attached email which I sent yesterday afternoon. I put the group members in the To field and not BCC so all 11 women can see each others email addresses and some names. These are mums who attend our perinatal mental health peer support group so its obvious from the email what service they are under.

One of the women rang me this morning very upset. I have not sent anything else to the group.

My line manager is Clodagh McAleer (cc'd).

Orla

{sig(m, "Orla Devlin", ["Peer Support Worker", "Perinatal Mental Health Service", "Lough Valley HSC Trust", "Tel: 028 9649 6372"], phones=["028 9649 6372"], disc="ni")}"""
    m.xn("Clodagh McAleer")
    em = msg("Orla Devlin <orla.devlin@loughtrust.hscni.net>", BREACH, "email sent to group not bcc", d(27, 10, 15), body,
             cc="Clodagh McAleer <clodagh.mcaleer@loughtrust.hscni.net>")
    attach_eml(em, inner)
    m.grade(4, 3, ["11 service users' e-mail addresses disclosed to each other", "perinatal mental health service identifiable from the content",
                   "external personal addresses; a service user has been distressed"], ["mental_health"], subjects=11)
    return m, em


@email
def e_snooping_ex_partner():
    m = Mail("gp-receptionist-snooping", "inappropriate_access", ["csv_audit", "misuse", "reproductive_health", "real_basis"])
    v = P("eng", bg="eng", sex="F", lo=1994, hi=2001)
    v.first = "Chloe"
    ex = P("eng", bg="eng", sex="M", lo=1990, hi=1996)
    rows = ["User,Role,Date/Time,Patient,NHS Number,Action"]
    for k in range(6):
        rows.append(f"SHARGREAVES,Receptionist,{12 + k}/11/2026 {8 + k}:{10 + k * 7:02d},{v.capsc},{v.num},"
                    + ["Viewed journal", "Viewed antenatal template", "Viewed appointments", "Printed summary", "Viewed journal", "Viewed letters"][k])
    rows.append(f"SHARGREAVES,Receptionist,14/11/2026 12:02,{ex.capsc},{ex.num},Viewed demographics")
    csv = "\r\n".join(rows) + "\r\n"
    m.n(v.capsc); m.n(ex.capsc)
    m.i("nhs_number", v.num); m.i("nhs_number", ex.num)
    body = f"""Dear IG Team

I need to report what I think is a serious breach by one of our own reception staff.

On Monday a patient, {m.n(v.full)}, came in very distressed. She is currently 14 weeks pregnant and had been sent Facebook messages by a member of our staff (Stacey Hargreaves, receptionist) referring to her pregnancy and her scan date, before she had told anyone except her partner. Stacey is the ex-partner of the patient's current partner.

I ran an audit on SystmOne and Stacey accessed Chloe's record six times between 12 and 17 November with no work reason, including the antenatal template, and printed a summary. She also looked at the demographic details of {m.n(ex.full)} (her ex) on 14/11. Audit extract attached.

Stacey has been sent home and HR are involved. Chloe has the screenshots of the messages and says she may go to the police.

Patient details: {v.full}, dob {m.i('date_of_birth', dfmt(v.dob, 'yy'))}, {m.i('address', f'{v.line1}, {v.town} {v.pc}')}. mob {m.i('phone_number', v.mob)}
{m.i('postcode', v.pc) and ''}
Please advise on next steps - do we report to ICO?

Regards

{sig(m, "Denise Whitaker", ["Practice Manager", "Ackroyd Lane Medical Centre", "Tel: 0113 496 0530 | Fax 0113 496 0531", "ackroyd.lane@nhs.net"], phones=["0113 496 0530", "0113 496 0531"], disc="eng")}"""
    m.xn("Stacey Hargreaves")
    em = msg("Denise Whitaker <denise.whitaker4@nhs.net>", BREACH, "Staff member accessing records - possible misuse", d(24, 14, 3), body)
    attach(em, csv, "audit_extract_ackroyd.csv", CSV)
    m.grade(4, 5, ["unauthorised access by a staff member to a relative-by-relationship's record", "pregnancy (reproductive health) details",
                   "information used to contact and distress the patient (misuse occurred)"], ["reproductive_health"], subjects=2)
    return m, em


@email
def e_whiteboard_tiktok_wales():
    m = Mail("ward-board-social-media-wales", "photo_posted_social_media", ["published", "wales", "bilingual_disclaimer", "real_basis"])
    rows = []
    plans = ["NBM from midnight", "DNACPR", "falls risk - confused", "O2 2L", "for d/c tmrw, awaiting POC", "IV abx day 3",
             "query delirium", "side room - C diff"]
    for bed, plan in zip([1, 2, 3, 5, 6, 7, 8, 10], plans):
        p = P("wal", lo=1928, hi=1960)
        style = R.choice(["caps", "full", "sur"])
        if style == "caps":
            shown = m.n(p.caps, alt=p.full)
        elif style == "sur":
            shown = m.n(f"{p.first[0]}. {p.last}")
        else:
            shown = m.n(p.full)
        rows.append(f"Bed {bed} - {shown} - {plan}")
    body = f"""Helo / Hi

Reporting on behalf of Ward Glaslyn, Ysbyty Gwynedd site. Last night one of our HCAs posted a video on TikTok of herself and a colleague dancing at the nurses station at the end of a night shift. Behind them the patient status board is clearly readable for most of the video. A relative of one of our patients saw it this morning and rang the ward. The video had about 1,900 views when I saw it at 07:45, it was taken down at about 08:30 after I phoned the HCA.

I paused the video and wrote down what you can read on the board:

{chr(10).join(rows)}

I have screenshots if you need them, I havent attached them as I didnt think I should email them round. Datix done W-INC-0284417. Ward manager aware.

Diolch,
{sig(m, "Gwenllian Tudur", ["Sister / Ward Glaslyn", "Bwrdd Iechyd Prifysgol Eryri / Eryri University Health Board", "Ffôn / Tel: 01632 960418"], phones=["01632 960418"], disc="wal")}"""
    em = msg("Gwenllian Tudur (Eryri UHB) <gwenllian.tudur@wales.nhs.uk>", BREACH, "Patient board visible in TikTok video - Ward Glaslyn",
             d(25, 9, 2), body)
    m.grade(3, 4, ["patient names with clinical notes (DNACPR, C diff, delirium) readable on a whiteboard", "published on social media (~1,900 views)",
                   "vulnerable adults involved; taken down within an hour"], ["health"], subjects=8)
    return m, em


@email
def e_handover_car_park_scotland():
    m = Mail("handover-sheet-car-park", "lost_paperwork_found_public", ["docx_table", "chi", "scotland", "substance_misuse", "real_basis"])
    table = [["Bed", "Name / CHI", "Age", "PMH / Dx", "Plan / Jobs"]]
    dxs = [("Alcohol withdrawal, CIWA 4hrly, pabrinex", "bloods am, ?detox referral ARBD"), ("CAP, T2DM", "switch to oral abx"),
           ("#NOF post op D2", "physio, bloods"), ("Overdose paracetamol - NAC bag 3", "psych liaison to review, 1:1"),
           ("COPD exac", "BiPAP overnight"), ("UTI/delirium, dementia", "AWI in place, family meeting Thurs"),
           ("Upper GI bleed, ETOH excess", "OGD today, keep NBM")]
    for k, (dx, plan) in enumerate(dxs):
        p = P("sco", lo=1935, hi=1995)
        age = 2026 - p.dob.year
        num = sp(p.num) if k % 2 else p.num
        m.i("chi_number", num)
        table.append([f"{12 + k}", f"{m.n(p.caps, alt=p.full)}\n{num}", str(age), dx, plan])
    docx = make_docx(["WARD 4B HANDOVER  -  Lomond Royal Infirmary", "Date: 27/11/26   Shift: Late -> Night   Nurse in charge: JM"],
                     table, ["Escalation: bleep 2231 med reg. Bank HCA for 1:1 bay 3 requested - ref BNK-00913."])
    body = f"""Hi

A member of the public handed a handover sheet into the main reception at LRI at around 8pm last night. It was found in the staff car park (level 2) near the pay machines. Its one of our Ward 4B sheets from the late shift on Friday. Security passed it to me this morning.

The person who found it said they had read it to see what it was. We dont have their details, reception didn't take them.

Attached is the electronic copy of the sheet that was printed (from the shared drive), so you can see exactly what was on it. 7 patients, names and CHI numbers and diagnoses incl an overdose and 2 alcohol related.

Sorry - still trying to find out whose sheet it was.

Jennifer
{sig(m, "Jennifer Matheson", ["Senior Charge Nurse, Ward 4B", "Lomond Royal Infirmary", "NHS Lomond and Clyde", "0141 496 0722"], phones=["0141 496 0722"], disc="sco")}"""
    em = msg("Jennifer Matheson <jennifer.matheson@nhs.scot>", BREACH, "Handover sheet found in car park LRI", d(28, 9, 25), body)
    attach(em, docx, "4B handover late 27.11.docx", DOCX)
    m.grade(4, 3, ["paper handover sheet with 7 patients' names, CHI numbers and diagnoses found by a member of the public",
                   "overdose and alcohol-related admissions (mental health, substance misuse)", "finder read it; finder unknown"],
            ["substance_misuse", "mental_health"], subjects=7)
    return m, em


@email
def e_epau_letter_old_address():
    m = Mail("epau-letter-old-address", "letter_sent_to_old_address", ["pdf_letter", "wales", "reproductive_health", "real_basis"])
    p = P("wal", bg="wal", sex="F", lo=1990, hi=2000)
    new_line1, new_town, new_pc, _ = addr("wal")
    hosp = f"W{R.randint(100000, 999999)}"
    lines = [
        f"Our ref: EPAU/{hosp}", "Date: 12 November 2026", "",
        m.i("address", f"{p.first[0]}. {p.last}, {p.line1}, {p.town}, {p.pc}") and f"Ms {p.first[0]}. {p.last}",
        p.line1, p.town, p.pc, "",
        f"Re: {m.n(p.full)}   DOB: {m.i('date_of_birth', dfmt(p.dob, 'slash'))}   NHS No: {m.i('nhs_number', p.num)}   Hospital No: {m.i('hospital_number', hosp)}",
        "",
        f"Dear {p.first},",
        "Following your attendance at the Early Pregnancy Assessment Unit on 5 November, when your miscarriage was confirmed,",
        "we would like to see you again for a repeat scan and blood test (hCG). An appointment has been made for you:",
        "Thursday 3 December 2026 at 09:40, EPAU, Ysbyty Cwm Rhondda.",
        "If you would like to talk to someone before then our bereavement midwife can be contacted on 029 2018 0557.",
        "", "Yours sincerely", "", "EPAU Nursing Team",
    ]
    m.ids["address"] = [f"{p.line1}"]
    m.xn(f"{p.first[0]}. {p.last}")
    m.ids["postcode"].append(p.pc)
    m.x("phone_number", "029 2018 0557")
    pdf = make_pdf(lines, header=["Bwrdd Iechyd Prifysgol Cwm Taf Rhondda", "Early Pregnancy Assessment Unit"])
    body = f"""Bore da,

I have had a phone call from a gentleman who now lives at {p.line1}, {p.town}. He opened a letter from us addressed to a previous occupant ({p.first[0]}. {p.last}) - it is an EPAU follow up letter which mentions her miscarriage. He was quite apologetic, said he opened it without looking properly, and he is going to drop it in to the hospital.

When I checked WPAS the patient changed her address in August ({m.i('address', f'{new_line1}, {new_town}, {new_pc}')}) and her GP record has the new address but our letter went out from the EPAU system which still had the old one. Scanned copy of the letter attached.

I haven't contacted the patient yet, wanted to check with you first how we tell her.

Diolch yn fawr
{sig(m, "Lowri Gwilym", ["Medical Secretary, Obstetrics & Gynaecology", "Cwm Taf Rhondda UHB", "Ext 6613"], disc="wal")}"""
    m.ids["postcode"].append(new_pc)
    em = msg("Lowri Gwilym <lowri.gwilym@wales.nhs.uk>", BREACH, "letter opened by new occupant (EPAU)", d(19, 8, 51), body)
    attach(em, pdf, "EPAU_letter_scan.pdf", PDF)
    m.grade(4, 3, ["letter revealing a miscarriage (reproductive health) opened by the new occupant of an old address",
                   "recipient is a member of the public; letter being returned"], ["reproductive_health"], subjects=1)
    return m, em


@email
def e_caseload_to_hotmail():
    m = Mail("caseload-to-personal-hotmail", "emailed_to_personal_account", ["xlsx_multisheet", "merged_title_row", "odd_headers", "real_basis"])
    sheet1 = [["Pt", "D.O.B", "NHS", "Address", "PC", "Visits", "Notes"]]
    for _ in range(9):
        p = P("eng", lo=1932, hi=1958)
        sheet1.append([m.n(p.caps, alt=p.full), m.i("date_of_birth", dfmt(p.dob, R.choice(["slash", "dot", "yy"]))),
                       m.i("nhs_number", sp(p.num) if R.random() < .5 else p.num), m.i("address", p.line1 + ", " + p.town),
                       m.i("postcode", p.pc.lower() if R.random() < .3 else p.pc), R.choice(["daily", "BD", "3x wk", "wkly"]),
                       R.choice(["insulin", "leg ulcer L", "PEG site", "catheter change 4/52", "pressure sore sacrum G3", "EOL - syringe driver"])])
    sheet2 = [["Wound clinic list", None, None, None], ["Surname", "Forename", "DOB", "Key safe"]]
    for _ in range(5):
        p = P("eng", lo=1935, hi=1960)
        sheet2.append([p.last.upper(), p.first, m.i("date_of_birth", p.dob), f"code {R.randint(1000, 9999)}"])
        m.n(p.full, alt=f"{p.last.upper()} {p.first}")
    xlsx = make_xlsx([("Caseload", sheet1, {"title": "NORTH LEEDS DN TEAM - CASELOAD NOV 26"}), ("Wound clinic", sheet2, {}), ("Sheet3", [], {})])
    body = f"""Morning,

Reporting this on behalf of my team. One of our band 5s (now left - last day Friday, starting with a private provider next month) forwarded our caseload spreadsheet to her personal hotmail account on 18/11. We only found out because it showed in the sent items when IT were closing her account down. It's the whole north Leeds caseload tab plus the wound clinic tab with key safe codes.

Spreadsheet attached so you can see what went (14 patients). I have asked her by text to delete it and she hasn't answered.

The address it went to was j.marsden_88@hotmail.co.uk.

Thanks
{sig(m, "Bev Oldroyd", ["District Nursing Team Leader - North Leeds", "Leeds Community Healthcare", "Mobile: 07700 900 416"], phones=["07700 900 416"], disc="eng")}"""
    m.x("email_address", "j.marsden_88@hotmail.co.uk")
    em = msg("OLDROYD, Bev (LEEDS COMMUNITY HEALTHCARE) <bev.oldroyd@nhs.net>", BREACH, "FW: caseload sent to personal email", d(23, 8, 12), body)
    attach(em, xlsx, "Caseload NL Nov26.xlsx", XLSX)
    m.grade(3, 3, ["caseload with names, NHS numbers, addresses and clinical notes sent to a personal account of a leaver",
                   "key safe codes for vulnerable patients", "no confirmation of deletion"], ["health"], subjects=14)
    return m, em


@email
def e_address_to_ex_partner_ni():
    m = Mail("new-address-disclosed-to-ex-partner", "disclosure_to_abuser", ["ni", "safeguarding", "misuse", "children", "real_basis"])
    mum = P("ni", sex="F", lo=1988, hi=1995)
    k1 = P("ni", lo=2015, hi=2018); k1.last = mum.last
    k2 = P("ni", lo=2019, hi=2022); k2.last = mum.last
    body = f"""To IG / Data Protection,

I am a social worker in the Gateway/Family Support team and I need to report an urgent breach.

On 17 November a copy of a core group meeting letter for the {mum.last} family was posted to the children's father, Mr D. Quinn, at his address in Lurgan. The letter was meant to go only to the mother. It included mum's new address after she moved because of domestic abuse: {m.i('address', f'{mum.line1}, {mum.town} {mum.pc}')}. Mr Quinn has a non-molestation order against him.

On Sunday 22/11 Mr Quinn turned up at the new address and was banging on the door. PSNI attended (ref CC2026112200417). Mum and the children have had to move into emergency accommodation.

Details:
mum - {m.n(mum.full)} (dob {m.i('date_of_birth', dfmt(mum.dob, 'dot'))}) H&C no {m.i('hc_number', sp(mum.num))}
children - {m.n(k1.first + ' ' + k1.last)} {m.i('date_of_birth', dfmt(k1.dob, 'slash'))}, {m.n(k2.first)} {m.i('date_of_birth', dfmt(k2.dob, 'slash'))} (both on CPR)
mum's mobile {m.i('phone_number', phone_fmt(mum.mob, 'plain'))}

The letter was generated from SOSCARE and it pulled the father as a "relevant person". Admin posted it without checking.

I am very worried about this family. Please ring me.

{sig(m, "Seonaid Cassidy", ["Social Worker", "Gateway Service, Family & Childcare", "Lough Valley HSC Trust", "T: 028 9649 6904  M: 07700 900 287"], phones=["028 9649 6904", "07700 900 287"], disc="ni")}"""
    m.ids["postcode"].append(mum.pc)
    m.xn("D. Quinn"); m.xn("Quinn")
    m.xn(k2.first + " " + k2.last)
    em = msg("Seonaid Cassidy <seonaid.cassidy@loughtrust.hscni.net>", BREACH, "URGENT breach - address disclosed to perpetrator", d(24, 8, 3), body)
    m.grade(4, 5, ["new address of a domestic abuse victim and her children disclosed to the perpetrator",
                   "children on the child protection register (safeguarding)", "the recipient used it to go to the address (misuse occurred)"],
            ["safeguarding"], subjects=3)
    return m, em


@email
def e_bank_staff_pay_wrong_agency():
    m = Mail("bank-staff-pay-bank-details", "financial_details_disclosed", ["xlsx_multisheet", "ni_number", "scotland", "staff_as_subjects", "real_basis"])
    NI_L = "ABCEGHJKLMNPRSTWXYZ"
    rows = [["Payroll No", "Name", "NI Number", "Sort code", "Account", "Hours", "Gross"]]
    for _ in range(12):
        p = P("sco", lo=1965, hi=2000)
        while True:
            pre = R.choice(NI_L) + R.choice(NI_L.replace("O", ""))
            if pre not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                break
        ni = f"{pre}{R.randint(0, 999999):06d}{R.choice('ABCD')}"
        ni_w = f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}" if R.random() < .5 else ni
        rows.append([f"{R.randint(10000000, 99999999)}", m.n(p.capsc), m.i("ni_number", ni_w),
                     f"{R.randint(10, 99)}-{R.randint(10, 99)}-{R.randint(10, 99)}", f"{R.randint(10000000, 99999999)}",
                     R.choice([37.5, 22.5, 11.5, 48]), f"£{R.randint(300, 1800)}.{R.randint(10, 99)}"])
    summ = [["Bank shifts w/e 22/11/26 - summary"], ["Ward", "Shifts"], ["4B", 31], ["ICU", 14], ["AMU", 22]]
    xlsx = make_xlsx([("Summary", summ, {}), ("Pay detail", rows, {})])
    body = f"""Hi,

I sent the bank staff pay file for w/e 22/11 to the wrong email address this afternoon. It should have gone to our payroll bureau contact but autocomplete picked an address at Caledonian Staffing Solutions (a nursing agency we use) - accounts@caledonianstaffing.co.uk

The file has 12 bank nurses/HCAs on it with NI numbers, sort codes and account numbers and pay.

I've phoned the agency and spoke to a woman in accounts who said she'd delete it but I haven't had anything in writing. File attached.

Ishbel
Payroll Services
{sig(m, "Ishbel Buchan", ["Payroll Officer, Payroll Services", "NHS Lomond and Clyde", "Tel 0141 496 0155"], phones=["0141 496 0155"], disc="sco")}"""
    m.x("email_address", "accounts@caledonianstaffing.co.uk")
    em = msg("Ishbel Buchan <ishbel.buchan@nhs.scot>", BREACH, "payroll file sent to agency in error", d(26, 15, 40), body)
    attach(em, xlsx, "BANK PAY WE 22.11.26.xlsx", XLSX)
    m.grade(4, 3, ["bank details and NI numbers of 12 staff (financial details)", "sent to an external company",
                   "deletion promised by phone only (no written confirmation)"], [], subjects=12)
    return m, em


def nonreport(slug, scen, tags, frm, subj, date, body, staff=(), html=None, attach_inner=None):
    m = Mail(slug, scen, tags + ["no_personal_data"])
    for s_ in staff:
        m.xn(s_)
    for ph in re.findall(r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b", body):
        m.x("phone_number", ph)
    em = msg(frm, BREACH, subj, date, body, html=html)
    if attach_inner is not None:
        attach_eml(em, attach_inner)
    m.grade(1, 1, ["no identifiable individual: " + scen.replace("_", " ")], [], subjects=0)
    return m, em


@email
def n_out_of_office():
    return nonreport("auto-reply-ooo", "auto_reply", ["auto_reply"], "Rhodri Bowen <rhodri.bowen@wales.nhs.uk>",
                     "Automatic reply: Datix W-INC-0284417", d(25, 9, 3),
                     """Thank you for your email. I am on annual leave until Monday 7 December 2026 with limited access to email.

For urgent Information Governance matters please contact the IG helpdesk on ext 44580 or log a call with the Service Desk (quote queue IG-GOV, ref SD-7731942). For Subject Access Requests please email the SAR team.

Diolch / Thank you
Rhodri Bowen
Information Governance Manager""", staff=["Rhodri Bowen"])


@email
def n_newsletter():
    html = """<html><body><h2>IG Bulletin - Issue 41 - November 2026</h2>
<p><b>Data Security Awareness training:</b> compliance is 87.4% against the 95% DSPT target. Course code DSA-L1-2026, 45 minutes on the learning hub.</p>
<p><b>Incidents this quarter:</b> 63 reported, 41 misdirected email, 9 lost paperwork, 2 reported to the ICO.</p>
<p><b>Reminder:</b> use Bcc for group emails to patients. Check the recipient before you press send - autocomplete is the number one cause.</p>
<p>Smartcard renewals: the RA office in Block C (room C1.14, ext 3362) is open Tue/Thu 10-12.</p>
<p>Policy IG-POL-007 v4.2 (Email and Messaging) has been approved by the IG Steering Group, order of publication 2026/118.</p>
<p>Questions? ig.team@example.nhs.uk</p></body></html>"""
    text = re.sub(r"<[^>]+>", "", html)
    return nonreport("ig-bulletin-newsletter", "newsletter", ["newsletter", "html_alternative"], "IG Team <ig.team@example.nhs.uk>",
                     "IG Bulletin - Issue 41", d(16, 12, 0), text, html=html)


@email
def n_whatsapp_question():
    return nonreport("student-whatsapp-question", "policy_question", ["question", "lowercase", "student"], "Nasreen Akhtar <n.akhtar@student.example.ac.uk>",
                     "quick q re whatsapp", d(18, 21, 47),
                     """hi sorry not sure if this is the right email

im a 2nd yr student nurse on placement on ward 22. the staff have a whatsapp group and they put things like "bed 4 needs obs" in it, no names. is that allowed? my mentor says its fine if theres no names but our uni said never use whatsapp. i dont want to get anyone in trouble i just want to know what im supposed to do

thanks
nasreen (student no. 21093384)

sent from my iphone""", staff=["Nasreen Akhtar", "nasreen"])


@email
def n_meeting_notes():
    body = """Hi all, notes from today below. Please action by next meeting.

IG Operational Group - notes 19/11/2026, Teams
Present: RB (chair), KM, TP, AH, SO
1. Minutes of 22/10 agreed.
2. Incident trends: 14 new since last meeting (INC-2026-004417 to INC-2026-004430). Two closed after ICO said no further action (ICO case refs IC-339187-K4Q9 and IC-341002-B2T7).
3. DSPT: 2 mandatory evidence items outstanding (1.3.4, 3.2.1). TP to chase.
4. Fax decommissioning: 6 machines left, asset tags NHS-FX-00417, NHS-FX-00422. Target end of Jan.
5. Email encryption: [secure] tag usage up 12%. KM to present at Team Brief.
6. AOB: new DPIA template v3.1 on the intranet, order no PO 4500873311 for the privacy training licences.
Actions: TP - DSPT chase; KM - brief; AH - fax list to estates (call ref 8832014).
Next meeting 17/12/2026 14:00.

Tom
IG Officer"""
    return nonreport("ig-meeting-notes", "meeting_notes", ["meeting_notes", "reference_numbers"], "Tom Pickering <tom.pickering@nhs.net>",
                     "Notes - IG Ops Group 19 Nov", d(19, 16, 30), body, staff=["Tom Pickering"])


@email
def n_phishing():
    inner = msg("DocuSign Service <no-reply@docusign-secure-review.com>", "lauren.ackroyd@nhs.net", "Invoice 0048831 awaiting your signature",
                "Tue, 24 Nov 2026 07:12:40 +0000",
                "You have received a document to review and sign.\n\nInvoice No: 0048831\nAmount due: £4,812.00\nPurchase Order: 7100294467\n\n"
                "REVIEW DOCUMENT: https://docusign-secure-review.com/v/8f2a91c\n\nIf you do not sign within 24 hours your account will be suspended.\n")
    return nonreport("phishing-report-eml", "phishing_report", ["attached_eml", "phishing"], "Lauren Ackroyd <lauren.ackroyd@nhs.net>",
                     "FW: Invoice 0048831 awaiting your signature - phishing?", d(24, 8, 20),
                     "Hi, got this this morning, looks dodgy - we don't use docusign and I don't know anything about an invoice. I haven't clicked the link. Attached as requested on the intranet. Service desk call 8840217 logged too.\n\nLauren\nPharmacy Technician, Dispensary\next 5521",
                     staff=["Lauren Ackroyd"], attach_inner=inner)


@email
def n_lost_laptop_encrypted():
    return nonreport("lost-encrypted-laptop", "lost_encrypted_device", ["lost_device", "encrypted", "scotland"], "Murdo Nicolson <murdo.nicolson@nhs.scot>",
                     "lost laptop", d(20, 7, 55),
                     """Morning

Left my work laptop on the train (Inverness to Aberdeen, the 17:13) last night. Asset tag NLC-LT-041873, serial 5CG2318KQ7. Its a Dell Latitude with BitLocker, I always lock it. I dont keep anything on the laptop itself, everything is on OneDrive/Teams. Nothing printed in the bag, just chargers.

Reported to ScotRail lost property (ref LP-26-118402) and IT service desk (call 2611204). IT have already disabled the device and reset my password.

Is there anything else I need to do?

Murdo
Health Improvement Officer
NHS Lomond and Clyde
07700 900 519""", staff=["Murdo Nicolson"])


@email
def n_smartcard_lost():
    return nonreport("lost-smartcard", "lost_smartcard", ["lost_device", "ni"], "Bríd McGuigan <brid.mcguigan@westhsc.hscni.net>",
                     "Smartcard lost", d(30, 13, 14),
                     """Hi, I think I lost my smartcard somewhere between the pharmacy and the car park, card no. 7093 2281 0442. It's been cancelled by the RA team (request RA-55120). Nobody could use it without my passcode. No patient info was with it. Just letting you know as the policy says to report. Bríd

Bríd McGuigan | Pharmacy Technician | Medicines Management | Ext 77821""", staff=["Bríd McGuigan", "Bríd"])


@email
def n_datix_ack():
    return nonreport("datix-auto-ack", "auto_reply", ["auto_reply", "reference_numbers"], "Datix Notifications <datix.noreply@nhs.net>",
                     "Incident W-INC-0284419 submitted", d(26, 11, 2),
                     """This is an automated message. Please do not reply.

Incident reference: W-INC-0284419
Category: Information Governance > Confidentiality
Location: Community Services - Podiatry
Submitted: 26/11/2026 11:01
Handler: IG Team (queue 14)

The incident form does not contain patient identifiable information. To view the incident log in to Datix using your network account. Service desk 0113 496 0999 opt 3 (call 1088277).""")


def one(region, slug, scen, tags, frm, subj, day, text_fn, sev, lik, basis, cats, attach_fn=None, extra_subjects=0, disc=None, lo=1930, hi=2005):
    """single-subject report; text_fn(m, p) returns the body"""
    m = Mail(slug, scen, tags)
    p = P(region, lo=lo, hi=hi)
    body = text_fn(m, p)
    em = msg(frm, BREACH, subj, d(day, 8 + day % 9, (day * 13) % 60), body)
    if attach_fn:
        attach_fn(m, p, em)
    m.grade(sev, lik, basis, cats, subjects=1 + extra_subjects)
    return m, em


@email
def e_camhs_wrong_school():
    def t(m, p):
        mum = P("eng", sex="F")
        mum.last = p.last
        return f"""Hi

School nurse here - I emailed a CAMHS referral update for one of my children to the wrong school this morning. Meant for Rushworth Primary (Bradford) but went to the office address of Rushworth Academy in Leeds (office@rushworthacademy.sch.uk). The office manager has rung to say she opened it and read it before she realised.

It was about {m.n(p.first.lower() + ' ' + p.last.lower())} (yr 5, dob {m.i('date_of_birth', dfmt(p.dob, 'dot'))}) - self harm (cutting), CAMHS accepted, waiting for choice appt. Mum's name ({m.n(mum.first + ' ' + mum.last)}) and her mobile {m.i('phone_number', phone_fmt(mum.mob, 'mob433'))} were in it too, and NHS no {m.i('nhs_number', p.num)}.

She said she's deleted it. I've asked her to put that in an email.

{sig(m, 'Sharon Holroyd', ['School Nurse (0-19 service)', 'Bradford District Care', 'mob 07700 900 644'], phones=['07700 900 644'], disc='eng')}"""
    r = one("eng", "camhs-update-wrong-school", "misdirected_email_external", ["child", "mental_health", "lowercase_names"],
            "Sharon Holroyd <sharon.holroyd@nhs.net>", "sent to wrong school", 23, t, 4, 3,
            ["child's self-harm and CAMHS referral (mental health) with parent's details", "sent to a school outside the NHS",
             "deletion only by phone so far (no proof, stays 3)"], ["mental_health", "safeguarding"], extra_subjects=1)
    r[0].x("email_address", "office@rushworthacademy.sch.uk")
    r[0].ign_names.append("Sharon Holroyd")
    return r


@email
def e_care_home_visiting_xlsx():
    m = Mail("care-home-visiting-rota-to-all", "group_email_to_not_bcc", ["care_home", "xlsx_multisheet", "nok_rows", "visible_recipients", "real_basis"])
    rows = [["Room", "Resident", "NOK", "Relationship", "NOK phone", "Slot", "Notes"]]
    tos = []
    count = 0
    for room in [3, 4, 7, 9, 11, 12, 15, 18]:
        r_ = P("eng", lo=1926, hi=1944)
        k = P("eng", lo=1950, hi=1975)
        k.last = r_.last if R.random() < .6 else k.last
        e = m.i("email_address", k.email)
        tos.append(e)
        rows.append([room, m.n(r_.full), m.n(f"{k.first} {k.last}"), R.choice(["daughter", "son", "niece", "wife", "husband"]),
                     m.i("phone_number", phone_fmt(k.mob, R.choice(["plain", "mob433", "intl2"]))), R.choice(["Tue 2-3", "Wed 11-12", "Sat 3-4"]),
                     R.choice(["end of life - family can visit any time", "isolating (norovirus)", "hoist x2, visit in room", "dementia - may not recognise",
                               "", "palliative", "visits in lounge", "needs hearing aids in"])])
        count += 2
    rows2 = [["CHRISTMAS VISITING 2026", None], ["Date", "Event"], ["Sun 13 Dec", "Carol service 2pm"], ["Fri 18 Dec", "Choir from St Anne's"]]
    xlsx = make_xlsx([("Visits", rows, {"title": "Heatherbank House - Visiting Rota Dec", "gap": True}), ("Events", rows2, {})])
    inner = msg("Heatherbank House <manager@heatherbankcare.co.uk>", ", ".join(tos), "Visiting rota for December",
                "Fri, 27 Nov 2026 17:44:02 +0000", "Dear families\n\nPlease find attached the visiting rota for December. Please keep to your slot if you can.\n\nMany thanks\nJoanne\nHome Manager\n")
    attach(inner, xlsx, "Visiting rota Dec.xlsx", XLSX)
    m.xn("Joanne")
    body = f"""Hi,

I'm the registered manager at Heatherbank House (residential + nursing, 40 beds). We buy our DSPT support from your IG team so I was told to send breaches here.

Friday night I emailed the December visiting rota to our families. Two mistakes - all 8 families were in the To line so they can all see each others emails, and I attached the wrong version of the spreadsheet, the one with our notes column (end of life, norovirus etc) and everyone's phone numbers. It should only have had the slot times.

One daughter has rung to complain. Original email attached.

Thanks, sorry
{sig(m, "Joanne Haigh", ["Registered Manager", "Heatherbank House", "Tel: 0161 496 0377", "14 Heatherbank Road, Oldham OL4 2HB"], phones=["0161 496 0377"], postcodes=["OL4 2HB"], disc="care")}"""
    em = msg("Joanne Haigh <manager@heatherbankcare.co.uk>", BREACH, "Fw: Visiting rota for December", d(30, 9, 5), body)
    attach_eml(em, inner)
    m.grade(3, 3, ["residents' names with health notes (end of life, norovirus, dementia) and relatives' phones and e-mails",
                   "sent to 8 families in the To line (external personal addresses)", "vulnerable adults (care home residents)"],
            ["health"], subjects=count)
    return m, em


@email
def e_methadone_list_wrong_pharmacy():
    m = Mail("methadone-list-wrong-pharmacy", "misdirected_email_internal", ["substance_misuse", "csv", "scotland", "chi_labelled_nhs"])
    rows = ["Name,CHI,Drug,Dose,Pick up"]
    for _ in range(6):
        p = P("sco", lo=1970, hi=1998)
        chi_w = sp(p.num) if R.random() < .5 else p.num
        rows.append(f"{m.n(p.capsc)},{m.i('chi_number', chi_w)},{R.choice(['Methadone 1mg/ml', 'Espranor', 'Buprenorphine'])},{R.choice(['60ml', '45ml', '8mg', '12mg', '80ml'])},{R.choice(['daily supervised', 'Sat/Sun takeaway', 'daily'])}")
    csv = "\n".join(rows) + "\n"
    body = f"""Hi

Sent the weekly supervised dispensing list for the addictions service to the wrong pharmacy, Gorgie Road Pharmacy instead of Gorgie Pharmacy (both on nhs.scot). The pharmacist there phoned me and has deleted it, she emailed to confirm (see below).

6 patients on it - names, NHS No (CHI) and their OST doses.

Iain
{sig(m, "Iain Ross", ["Pharmacy Technician, Substance Use Service", "NHS Lomond and Clyde"], disc="sco")}

{outlook_hdr("Gorgie Road Pharmacy <lothian.gorgieroadpharmacy@nhs.scot>", "26 November 2026 14:20", "Iain Ross", "RE: supervised list w/c 30/11")}
Hi Iain, as discussed we have deleted the list from our inbox and deleted items. None of these patients are ours. Thanks, Morag (pharmacist)"""
    m.xn("Morag")
    em = msg("Iain Ross <iain.ross3@nhs.scot>", BREACH, "supervised list to wrong pharmacy", d(26, 14, 31), body)
    attach(em, csv, "supervised_wc30Nov.csv", CSV)
    m.grade(4, 2, ["opioid substitution doses for 6 named patients (substance misuse)", "sent to another community pharmacy on NHS mail (trusted)",
                   "recipient confirmed deletion in writing"], ["substance_misuse"], subjects=6)
    return m, em


@email
def e_sms_result_wrong_mobile():
    def t(m, p):
        return f"""Hi IG,

We use accuRx to text results. Yesterday one of our HCAs texted a chlamydia positive result + "please book for treatment" to the wrong mobile. The patient had changed number; the old one was still on the record as 2nd number and she picked that one.

Patient {m.n(p.caps, alt=p.full)}, DOB {m.i('date_of_birth', dfmt(p.dob, 'mon'))}, NHS {m.i('nhs_number', sp(p.num, 'dash'))}
Number the text went to: {m.x('phone_number', phone_fmt(phone('mob'), 'mob433'))} (now belongs to someone else - a man rang us asking who "{p.first}" was)
Correct number: {m.i('phone_number', p.mob)}

Text did include her first name and the result.

Thanks
{sig(m, 'Harpreet Gill', ['Practice Manager', 'Soho Road Health Centre', 'Tel 0121 496 0815'], phones=['0121 496 0815'], disc='eng')}"""
    return one("eng", "sms-result-wrong-mobile", "sms_to_wrong_number", ["sms", "sexual_health"], "Harpreet Gill <harpreet.gill1@nhs.net>",
               "text msg result sent to wrong number", 25, t, 4, 3,
               ["sexual health result (chlamydia) texted to a stranger's mobile", "recipient has called asking about the patient"], ["sexual_health"])


@email
def e_waiting_list_csv_published():
    m = Mail("waiting-list-link-anyone", "published_online", ["csv", "wales", "published", "real_basis"])
    rows = ["hosp_no,surname,forename,dob,postcode,specialty,weeks_waiting,priority"]
    for _ in range(15):
        p = P("wal", lo=1940, hi=2010)
        hn = f"C{R.randint(1000000, 9999999)}"
        rows.append(",".join([m.i("hospital_number", hn), p.last, p.first, m.i("date_of_birth", dfmt(p.dob, "iso")), m.i("postcode", p.pc),
                              R.choice(["T&O", "ENT", "Gen Surg", "Urology", "Ophth"]), str(R.randint(20, 140)), R.choice(["P2", "P3", "P4"])]))
        m.n(f"{p.first} {p.last}", alt=f"{p.last} {p.first}")
    csv = "\n".join(rows) + "\n"
    body = f"""Hi there,

Our waiting list validation file was shared from SharePoint with the setting "Anyone with the link" instead of "People in Cwm Taf Rhondda". The link was then put in an email to a validation company (external) and also pasted into a Teams meeting chat that had external guests. We don't know who opened it. Access log shows 4 anonymous views between 10/11 and 24/11.

I've removed the link now. Copy of the file attached (this is a 15-row extract - the live file was the same format). Columns: hospital no, name, dob, postcode, specialty, weeks waiting.

Emyr
{sig(m, "Emyr Rhydderch", ["Performance & Information Analyst", "Cwm Taf Rhondda UHB", "029 2018 0266"], phones=["029 2018 0266"], disc="wal")}"""
    em = msg("Emyr Rhydderch <emyr.rhydderch@wales.nhs.uk>", BREACH, "SharePoint link open to anyone - RTT validation file", d(24, 16, 20), body)
    attach(em, csv, "rtt_validation_extract.csv", CSV)
    m.grade(3, 4, ["waiting list with names, DOBs, postcodes and specialty accessible to anyone with the link", "4 anonymous views recorded"],
            ["health"], subjects=15)
    return m, em


def simple(slug, scen, tags, region, frm, subj, day, tmpl, sev, lik, basis, cats, signame, sigl, phones=(), disc=None, extra=0, attach_fn=None, near=False, lo=1930, hi=2005):
    def t(m, p):
        return tmpl(m, p) + "\n\n" + sig(m, signame, sigl, phones=phones, disc=disc or ("eng" if region == "eng" else region))
    r = one(region, slug, scen, tags, frm, subj, day, t, sev, lik, basis, cats, attach_fn=attach_fn, extra_subjects=extra, lo=lo, hi=hi)
    r[0].near_miss = near
    return r


T = []


def reg(*a, **k):
    T.append((a, k))


reg("sar-third-party-letters", "third_party_data_in_sar", ["sar", "real_basis"], "eng", "Rukhsana Malik <rukhsana.malik@nhs.net>",
    "SAR response included another patients letters", 17,
    lambda m, p: f"""Hello

We sent out a subject access request response last week (SAR ref SAR-26-0913) and the requester has rung to say there were 3 pages in the bundle that are about someone else - clinic letters from rheumatology for a {m.n(p.full)}, {m.i('address', f'{p.line1}, {p.town} {p.pc}')}, dob {m.i('date_of_birth', dfmt(p.dob, 'long'))}, NHS number {m.i('nhs_number', sp(p.num))}. Letters mention rheumatoid arthritis and methotrexate. Same surname as the requester, filed in the wrong notes.
{m.i('postcode', p.pc) and ''}
Requester is sending the pages back by recorded post. I'll confirm when they arrive.""",
    3, 3, ["another patient's clinic letters sent to a SAR requester (member of the public)", "pages being returned, not yet received"], ["health"],
    "Rukhsana Malik", ["Access to Records Officer", "Calder Valley Hospitals NHS FT", "01632 960 201"], phones=["01632 960 201"])

reg("prescription-bag-wrong-patient", "handed_wrong_patient_items", ["pharmacy", "real_basis"], "eng", "Asif Rahman <asif.rahman@nhs.net>",
    "wrong bag handed out", 21,
    lambda m, p: f"""hi, reporting for the pharmacy - yesterday our delivery driver handed the wrong prescription bag to a neighbour on the same street. The label and the repeat slip inside have {m.n(p.full)}'s name, address ({m.i('address', f'{p.line1}, {p.town} {p.pc}')}) and her meds (sertraline 100mg, mirtazapine 15mg, lansoprazole). neighbour brought it back this morning, bag was opened. patient knows, not happy.
{m.i('postcode', p.pc) and ''}""",
    4, 3, ["antidepressants listed on the label (mental health)", "given to a neighbour who opened the bag"], ["mental_health"],
    "Asif Rahman", ["Pharmacy Technician", "Lodge Lane Pharmacy (NHS contractor)", "0151 496 0462"], phones=["0151 496 0462"])

reg("referral-fax-to-wrong-number", "misdirected_fax", ["fax", "ni"], "ni", "Gráinne O'Kane <grainne.okane@loughtrust.hscni.net>",
    "Referral faxed to wrong number", 18,
    lambda m, p: f"""Hi

An urgent referral to the memory clinic was faxed to a wrong number this morning - one digit wrong, it went to a local business (a solicitors office in Newry) who phoned to tell us. The referral form has {m.n(p.caps, alt=p.full)}, H&C No. {m.i('hc_number', p.num)}, dob {m.i('date_of_birth', dfmt(p.dob, 'slash'))}, address {m.i('address', f'{p.line1}, {p.town}, {p.pc}')}, tel {m.i('phone_number', phone_fmt(p.tel, 'plain'))}, and concerns about memory loss and possible early dementia.
{m.i('postcode', p.pc) and ''}
The office said they would shred it. I know we're meant to stop using fax.""",
    3, 3, ["memory clinic referral (health) faxed to a solicitors' office", "shredding promised, not evidenced"], ["health"],
    "Gráinne O'Kane", ["Admin Officer, Older People's Mental Health", "Lough Valley HSC Trust"])

reg("locum-clinic-list-wrong-nhsmail", "misdirected_email_internal", ["locum"], "eng", "Dr Kofi Asante <kofi.asante3@nhs.net>",
    "sent clinic list to wrong person", 27,
    lambda m, p: f"""Dear IG,

I'm a locum in diabetes outpatients this month. I emailed tomorrow's clinic list to a colleague but chose the wrong "J. Greenwood" in the NHSmail directory - it went to a Jessica Greenwood at another trust. Only one patient on the list I sent as I had filtered it: {m.n(p.full)}, NHS {m.i('nhs_number', p.num)}, DOB {m.i('date_of_birth', dfmt(p.dob, 'slash1'))}, with HbA1c and a note about retinopathy screening.

The recipient has replied that she deleted it.

Kofi""",
    3, 2, ["clinic list with one patient's diabetes details", "went to another NHS organisation's NHSmail user (trusted domain)", "recipient deleted it"], ["health"],
    "Dr Kofi Asante", ["Locum Specialty Doctor, Diabetes & Endocrinology", "bleep 4471"])

reg("key-safe-code-wrong-number", "sms_to_wrong_number", ["scotland", "district_nurse", "vulnerable_adult"], "sco", "Kirsty Sutherland <kirsty.sutherland@nhs.scot>",
    "key safe code texted to wrong person", 22,
    lambda m, p: f"""Hi, I texted the key safe code + address for one of our housebound patients to what I thought was the out of hours nurse but I had the number wrong. I sent: "{p.first} {p.last} {p.line1} {p.town} key safe 4471, insulin 6pm". The person replied "who is this?". Patient details {m.n(p.full)}, CHI {m.i('chi_number', sp(p.num))}, {m.i('address', f'{p.line1}, {p.town}')} {m.i('postcode', p.pc.lower())}. I've arranged for the key safe code to be changed today. She lives alone.""",
    3, 3, ["housebound patient's address, key safe code and insulin visit sent to an unknown mobile", "vulnerable adult living alone", "code being changed"], ["health"],
    "Kirsty Sutherland", ["District Nurse, Culduthel Team", "NHS Lomond and Clyde", "07700 900 772"], phones=["07700 900 772"])

reg("near-miss-wrong-recipient-caught", "near_miss", ["near_miss", "wales"], "wal", "Eleri Vaughan <eleri.vaughan@wales.nhs.uk>",
    "near miss - nearly emailed report to patient", 20,
    lambda m, p: f"""Just logging a near miss as advised by my manager. I was about to email a psychology report for {m.n(p.full)} (dob {m.i('date_of_birth', dfmt(p.dob, 'dash'))}) to her GP and autocomplete put in her own personal email instead of the GP practice. I noticed before pressing send and nothing was sent. No data left the organisation.""",
    4, 1, ["the psychology report (mental health) was never sent", "caught before sending"], ["mental_health"],
    "Eleri Vaughan", ["Assistant Psychologist", "Adult Psychology Service", "Cwm Taf Rhondda UHB"], near=True)

reg("post-room-intercepted-letter", "near_miss", ["near_miss", "scotland"], "sco", "Fiona Urquhart <fiona.urquhart@nhs.scot>",
    "letter in wrong envelope - stopped in post room", 19,
    lambda m, p: f"""Morning, post room staff noticed an envelope window showing the wrong name yesterday and brought it back before it went out. The letter inside was an HIV clinic appointment for {m.n(p.caps, alt=p.full)} (CHI {m.i('chi_number', p.num)}) placed in an envelope addressed to a different patient. Nothing left the building. Reprinted and re-enveloped, checked by 2 people.""",
    4, 1, ["HIV clinic letter (sexual health) put in the wrong envelope", "stopped in the post room, never sent"], ["sexual_health"],
    "Fiona Urquhart", ["Admin Team Leader, Sexual Health Services", "NHS Lomond and Clyde"], near=True)

reg("blagging-phone-call-address", "disclosure_by_phone_deception", ["ward", "safeguarding", "misuse", "real_basis"], "eng", "Callum Dawson <callum.dawson@nhs.net>",
    "gave info out over phone to someone pretending to be daughter", 29,
    lambda m, p: f"""hi,

ward clerk on AMU. on saturday someone rang saying she was the daughter of {m.n(p.full)} (bed 9) and asked when she was going home and to what address. I told her the discharge was monday and confirmed the address ({m.i('address', f'{p.line1}, {p.town}, {p.pc}')}). turns out it wasnt the daughter, it was the ex-partner of the patients son, there is a restraining order and police involvement. she has since turned up at the house. patients dob {m.i('date_of_birth', dfmt(p.dob, 'yy'))}. the patient is 84 and has dementia. {m.i('postcode', p.pc) and ''}

i didnt ask any security questions, i know i should have. sorry""",
    4, 5, ["address and discharge date given to a caller using deception", "caller went to the house (misuse occurred)", "vulnerable adult; police involved (safeguarding)"],
    ["safeguarding", "health"], "Callum Dawson", ["Ward Clerk - AMU", "Calder Valley Hospitals NHS FT", "ext 2209"])

reg("stolen-case-files-car", "theft_paper_records", ["ni", "safeguarding", "children", "theft"], "ni", "Ciarán Mac Giolla Phádraig <ciaran.macgiollaphadraig@loughtrust.hscni.net>",
    "Work bag stolen from car - case files", 28,
    lambda m, p: f"""I'm reporting the theft of my work bag from my car last night outside my house (car broken into, PSNI ref CC2026112800213). In the bag were paper notes for a child protection visit: case summary and chronology for {m.n(p.first + ' ' + p.last)} (child, dob {m.i('date_of_birth', dfmt(p.dob, 'slash'))}), H&C {m.i('hc_number', sp(p.num))}, with family address {m.i('address', f'{p.line1}, {p.town}')} and details of parental drug use. My laptop was also in the bag but it's encrypted.""",
    4, 3, ["child protection chronology (safeguarding) and parental drug use stolen", "paper, unencrypted, not recovered"], ["safeguarding", "substance_misuse"],
    "Ciarán Mac Giolla Phádraig", ["Senior Social Worker, Family Intervention Team", "Lough Valley HSC Trust", "M: 07700 900 318"], phones=["07700 900 318"], lo=2012, hi=2020)

reg("gp-letter-wrong-patient-same-name", "letter_to_wrong_patient", ["ni", "contained"], "ni", "Sinéad Quinn <sinead.quinn@loughtrust.hscni.net>",
    "clinic letter posted to patient with same name", 16,
    lambda m, p: f"""Hi, a cardiology clinic letter for {m.n(p.full)} ({m.i('date_of_birth', dfmt(p.dob, 'dotyy'))}) was posted to a different patient with the same name in {p.town}. That lady phoned, returned it to us in person today and signed our form to say she kept no copies. Letter contained H&C {m.i('hc_number', p.num)}, the echo result and medication. Original patient told.""",
    3, 2, ["clinic letter (health) posted to another patient with the same name", "returned in person with a signed confirmation (containment, likelihood -1)"], ["health"],
    "Sinéad Quinn", ["Medical Secretary, Cardiology", "Lough Valley HSC Trust"])

reg("discharge-letter-handed-wrong-patient", "handed_wrong_patient_items", ["wales", "ward"], "wal", "Bethan Pritchard <bethan.pritchard@wales.nhs.uk>",
    "patient given someone elses discharge letter", 27,
    lambda m, p: f"""Prynhawn da, a patient going home from Ward 7 was given another patient's discharge letter in with her own. Her husband brought it back to the ward the next day. The letter was for {m.n(p.caps, alt=p.full)}, NHS No {m.i('nhs_number', sp(p.num))}, {m.i('address', f'{p.line1}, {p.town}')}, {m.i('postcode', p.pc)}, admitted with a fall and alcohol related liver disease. Husband said they read it.""",
    4, 3, ["discharge letter with alcohol-related liver disease (substance misuse)", "read by another patient's husband before return"], ["substance_misuse"],
    "Bethan Pritchard", ["Ward Manager, Ward 7", "Ysbyty Cwm Rhondda"])

reg("mash-referral-wrong-council", "misdirected_email_external", ["safeguarding", "children", "council", "reply_chain"], "eng", "Ngozi Eze <ngozi.eze@nhs.net>",
    "safeguarding referral to wrong council", 26,
    lambda m, p: f"""Hello

Health visitor. I sent a MASH referral for {m.n(p.first + ' ' + p.last)} (dob {m.i('date_of_birth', dfmt(p.dob, 'slash'))}, NHS {m.i('nhs_number', p.num)}) to Oldham MASH instead of Tameside MASH. Oldham replied to say it isn't their area and they have forwarded it to Tameside and deleted their copy. Referral was about neglect concerns and mum's mental health. Both councils are .gov.uk.""",
    4, 2, ["child safeguarding referral with parent's mental health", "sent to another local authority's safeguarding hub (secure public-sector mail), forwarded on and deleted"],
    ["safeguarding", "mental_health"], "Ngozi Eze", ["Health Visitor", "Tameside 0-19 Service", "0161 496 0958"], phones=["0161 496 0958"], lo=2021, hi=2025)

reg("notes-trolley-public-corridor", "paperwork_left_public", ["scotland", "lowercase"], "sco", "calum morrison <calum.morrison@nhs.scot>",
    "notes left in corridor", 24,
    lambda m, p: f"""hi. found a set of notes on a trolley outside the main lifts at the QEUH side this morning, about 20 mins before porters collected. top sheet visible - {m.n(p.last.upper() + ' ' + p.first)} chi {m.i('chi_number', sp(p.num, '64'))} , psych liaison assessment on top. dont know if anyone read it. notes back with ward 6a.""",
    4, 2, ["mental health assessment on top of notes left in a public corridor for ~20 minutes", "no evidence anyone read it"], ["mental_health"],
    "calum morrison", ["porter supervisor", "ext 83310"])

reg("dentist-xray-wrong-email", "misdirected_email_external", ["dental", "contained"], "eng", "Yetunde Ọlátúnjí <practice@rypedental.co.uk>",
    "xray emailed to wrong patient", 18,
    lambda m, p: f"""Hi - we are an NHS dental practice. Our receptionist emailed a referral with x-rays for {m.n(p.full)} (DOB {m.i('date_of_birth', dfmt(p.dob, 'us'))}) to a different patient's gmail by mistake. The other patient phoned us straight away, and sent us an email confirming he deleted it (we have kept the email). Referral had her address {m.i('address', f'{p.line1}, {p.town}, {p.pc}')} and medical history (epilepsy, on lamotrigine).{m.i('postcode', p.pc) and ''}""",
    3, 2, ["dental referral with medical history sent to another patient's personal e-mail", "recipient confirmed deletion in writing (likelihood -1)"], ["health"],
    "Yetunde Ọlátúnjí", ["Practice Manager", "Rye Lane Dental Practice", "020 7946 0112"], phones=["020 7946 0112"])

reg("genetic-result-wrong-gp", "misdirected_email_internal", ["wales", "genetic"], "wal", "Huw Meredith <huw.meredith@wales.nhs.uk>",
    "genetics clinic letter sent to wrong practice", 25,
    lambda m, p: f"""Hi, the genetics clinic letter confirming a BRCA2 pathogenic variant for {m.n(p.full)} (NHS No {m.i('nhs_number', sp(p.num))}, dob {m.i('date_of_birth', dfmt(p.dob, 'monsp'))}) and recommending testing for her sisters went to the wrong GP surgery via the Welsh Clinical Communications Gateway. The surgery told us and has removed it from their workflow. Resent to the right practice.""",
    4, 2, ["genetic test result (BRCA2) about an identified person", "sent to another GP practice over NHS Wales systems (trusted), removed"], ["genetic"],
    "Huw Meredith", ["Genetic Counsellor", "All Wales Medical Genomics Service"], lo=1965, hi=1990)

reg("student-nurse-instagram-story", "photo_posted_social_media", ["student", "published", "lowercase"], "eng", "Jade Braithwaite <jade.braithwaite@nhs.net>",
    "student posted instagram story", 21,
    lambda m, p: f"""hiya, one of our student nurses put an instagram story up of her first day on paeds with the bed board in the background. you can read "{m.n(p.first + ' ' + p.last)} - DKA - sliding scale" on it. the childs mum saw it. story was up about 12 hrs before she deleted it. uni has been told. kid's dob is {m.i('date_of_birth', dfmt(p.dob, 'slash'))} if you need it""",
    3, 4, ["child's name and diagnosis (DKA) visible in an Instagram story", "published for ~12 hours"], ["health"],
    "Jade Braithwaite", ["Practice Education Facilitator", "Children's Services"], lo=2012, hi=2020)

reg("ni-benefit-form-wrong-client", "misdirected_post", ["ni_number", "social_work", "financial"], "eng", "Gethin Parry <gethin.parry@bradford.gov.uk>",
    "PIP form sent to wrong client", 20,
    lambda m, p: f"""Hi - not sure if this comes to you as its social care but the NHS CHC team are involved. I posted a completed PIP support letter for {m.n(p.full)} to another client. It contains her NI number {m.i('ni_number', 'JT ' + str(R.randint(10, 99)) + ' ' + str(R.randint(10, 99)) + ' ' + str(R.randint(10, 99)) + ' C')}, her bank (for the DWP) and her diagnoses (MS, depression). The other client's daughter rang me to say they have it.""",
    4, 3, ["NI number, bank details and diagnoses including depression", "received and read by another client's family"], ["mental_health"],
    "Gethin Parry", ["Social Worker, Adult Services", "City of Bradford MDC", "01632 960 377"], phones=["01632 960 377"], disc="council")

reg("accurx-photo-wrong-record", "misfiled_record", ["integrity", "internal"], "eng", "Pauline Cartwright <pauline.cartwright@nhs.net>",
    "photo saved in wrong patients record", 30,
    lambda m, p: f"""Hi, a photo of a skin lesion sent in by a patient was saved into the wrong record - {m.n(p.caps, alt=p.full)} dob {m.i('date_of_birth', dfmt(p.dob, 'slash'))}. Picked up at the next consultation. Nothing left the practice, moved to the right record. Logging as per policy.""",
    3, 2, ["image (health) filed in another patient's record", "stayed inside the practice"], ["health"],
    "Pauline Cartwright", ["Data Quality Lead", "Wilbraham Road Surgery"])

reg("hospice-referral-personal-email", "emailed_to_personal_account", ["scotland", "chi_3_3_4", "palliative"], "sco", "Shona Stewart <shona.stewart@nhs.scot>",
    "emailed referral to my own gmail", 23,
    lambda m, p: f"""Hi, I'm embarrassed to say I emailed a hospice referral to my own gmail so I could finish it at home as VPN was down. Patient {m.n(p.full)}, CHI {m.i('chi_number', sp(p.num))}, metastatic pancreatic ca, {m.i('address', f'{p.line1}, {p.town}')}. I've deleted it from gmail and deleted items since. Line manager knows.""",
    3, 2, ["palliative care referral sent to the staff member's own personal account", "staff member deleted it (likelihood -1)"], ["health"],
    "Shona Stewart", ["Macmillan CNS", "NHS Lomond and Clyde"])

reg("pharmacy-label-reply-all", "reply_all_external", ["reply_chain", "quoted_history", "substance_misuse"], "ni", "Tadhg O'Hagan <tadhg.ohagan@westhsc.hscni.net>",
    "RE: RE: blister packs - reply all to supplier", 19,
    lambda m, p: f"""Hi, on the email chain below with our blister pack supplier (external company) a nurse replied-all with a patient's details - {m.n(p.full)}, H&C {m.i('hc_number', sp(p.num))}, Creggan area, "please stop the diazepam, she's been selling them". The supplier's 4 staff got it.

> From: Blister Supplies NI Ltd
> Sent: 18 November 2026 15:02
> Subject: RE: blister packs
> Can you confirm the changes for next week's packs please?""",
    4, 3, ["patient's details with alleged diversion of diazepam (substance misuse, possible criminality)", "sent to an external supplier's staff"], ["substance_misuse", "criminal"],
    "Tadhg O'Hagan", ["Pharmacy Technician", "Western Community Pharmacy Team"])


@email
def e_flu_consent_list_wrong_school():
    m = Mail("flu-consent-list-wrong-school", "misdirected_email_external", ["xlsx_multisheet", "child_parent_rows", "school_nurse", "children", "scotland"])
    rows = [["Child", "CHI", "Class", "Parent/carer", "Contact", "Consent", "Allergies / notes"]]
    n_ = 0
    for _ in range(7):
        c = P("sco", lo=2015, hi=2020)
        par = P("sco", sex="F", lo=1980, hi=1992); par.last = c.last if R.random() < .7 else par.last
        rows.append([m.n(c.caps, alt=c.full), m.i("chi_number", sp(c.num) if R.random() < .5 else c.num), R.choice(["P3", "P4", "P5"]),
                     m.n(f"{par.first} {par.last}"), m.i("phone_number", phone_fmt(par.mob, R.choice(["mob433", "intl", "plain"]))),
                     R.choice(["Y", "Y", "N", "no form"]), R.choice(["", "egg allergy", "asthma - inhaler", "gelatine (pork) - religious", "immunosuppressed"])])
        n_ += 2
    summ = [[None, None], ["School", "St Columba's PS"], ["Session", "Fri 4 Dec AM"], ["Team", "Imms Team West"]]
    xlsx = make_xlsx([("Info", summ, {}), ("Consents", rows, {"title": "FLU IMMS 2026/27 - CONSENT RETURNS"})])
    body = f"""hi there

i sent our consent returns spreadsheet for st columba's primary to the office email for st columba's HIGH school (different council domain, glow) by mistake. the high school office emailed back saying they got it and have passed it to their head teacher?? havent heard anything since. 7 kids on it with their CHI no and parent phone numbers and allergies.

attached is what went.

mhairi
{sig(m, "Mhairi Caimbeul", ["Staff Nurse, Schools Immunisation Team", "NHS Lomond and Clyde", "0141 496 0190"], phones=["0141 496 0190"], disc="sco")}"""
    em = msg("Mhairi Caimbeul <mhairi.caimbeul@nhs.scot>", BREACH, "consent list to wrong school", d(27, 15, 50), body)
    attach(em, xlsx, "StColumbas_flu_consents.xlsx", XLSX)
    m.grade(3, 3, ["children's CHI numbers, allergies and parents' phones", "sent to another school outside NHS, passed on to the head teacher",
                   "children involved"], ["health"], subjects=n_)
    return m, em


reg("ot-report-old-email", "misdirected_email_external", ["wales", "outlook_quoted", "vulnerable_adult"], "wal", "Rhiannon Jenkins <rhiannon.jenkins@wales.nhs.uk>",
    "OT report sent to daughter's old email", 22,
    lambda m, p: f"""Hello, I sent an OT home assessment report for {m.n(p.full)} ({m.i('address', f'{p.line1}, {p.town}')}) to the email her daughter gave us last year. The daughter has told us today she no longer uses that address (it was a work email at a firm she left). It has falls history, continence and cognition. Old address bounces? No - it delivered. Not known who reads it now.

-----Original Message-----
From: Rhiannon Jenkins
Sent: 21 November 2026 12:11
Subject: Home assessment report
Hi, as promised please find the report attached. Rhiannon""",
    3, 3, ["OT home assessment (health, cognition) to an e-mail address no longer used by the relative", "unknown who has access"], ["health"],
    "Rhiannon Jenkins", ["Occupational Therapist", "Community Resource Team", "Eryri UHB"], lo=1930, hi=1945)


for _a, _k in T:
    def _mk(a=_a, k=_k):
        return simple(*a, **k)
    _mk.__name__ = _a[0]
    EMAILS.append(_mk)


# ------------------------------------------------------------------ build + self-check
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
TEN_RE = re.compile(r"(?<![\d])(\d{3}[ -]?\d{3}[ -]?\d{4}|\d{6} \d{4})(?![\d])")


def check(m, text, n):
    errs = []
    for kind, vals in m.ids.items():
        if kind not in S.KINDS:
            errs.append(f"bad kind {kind}")
        for v in vals:
            v_s = v.isoformat() if isinstance(v, dt.date) else str(v)
            if v_s not in text:
                errs.append(f"{kind} {v_s!r} not in text")
            nv = S.normalise(kind, v_s)
            if kind == "date_of_birth" and (nv is None or nv.startswith("?")):
                errs.append(f"dob {v_s!r} does not parse")
            if kind in ("nhs_number", "chi_number", "hc_number") and not mod11_ok(S.digits(v_s)):
                errs.append(f"{kind} {v_s} bad checksum")
    lines = text.splitlines()
    for nm in m.names:
        if nm not in text:
            toks = nm.split()
            if not any(all(t.lower() in ln.lower() for t in toks) for ln in lines):
                errs.append(f"name {nm!r} not in text")
    truth_e = {S.norm_email(e) for e in m.ids.get("email_address", [])}
    ign_e = {S.norm_email(e) for e in m.ign.get("email_address", [])}
    for e in set(EMAIL_RE.findall(text)):
        e_n = S.norm_email(e.strip("."))
        if e_n in truth_e or e_n in ign_e:
            continue
        dom = e_n.split("@")[1]
        if dom in PERSONAL_DOMAINS:
            errs.append(f"personal e-mail {e_n} neither truth nor ignorable")
        else:
            m.x("email_address", e_n)
    health = {S.digits(v) for k in ("nhs_number", "chi_number", "hc_number") for v in m.ids.get(k, []) + m.ign.get(k, [])}
    for t_ in TEN_RE.findall(text):
        dg = S.digits(t_)
        if mod11_ok(dg) and dg not in health:
            errs.append(f"mod-11-valid number {t_} not classified")
    a = m.assess
    if a is None or a["reportable"] != (a["likelihood"] >= 3 and a["severity"] >= 2):
        errs.append("assessment inconsistent")
    has = bool(m.ids) or bool(m.names)
    if has and m.subjects < 1 or (not has and m.subjects):
        errs.append("subjects inconsistent")
    if errs:
        raise SystemExit(f"{n:03d}-{m.slug}: " + "; ".join(errs))


def main():
    truth = []
    for n, f in enumerate(EMAILS, 1):
        m, em = f()
        if m.slug in ("near-miss-wrong-recipient-caught", "post-room-intercepted-letter"):
            m.near_miss = True
        fix_boundaries(em, n)
        raw = em.as_bytes(policy=policy.SMTP)
        text = decoded_text(raw)
        # outer header addresses are staff / the mailbox
        for h in ("From", "To", "Cc"):
            for e in EMAIL_RE.findall(em.get(h, "") or ""):
                if S.norm_email(e) not in {S.norm_email(x) for x in m.ids.get("email_address", [])}:
                    m.x("email_address", e)
        check(m, text, n)
        fn = f"{n:03d}-{m.slug}.eml"
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(raw)

        def normed(kind, vals):
            out = []
            for v in vals:
                v = v.isoformat() if isinstance(v, dt.date) else str(v)
                nv = v if kind in ("address",) else S.normalise(kind, v)
                if nv not in out:
                    out.append(nv)
            return sorted(out)
        ids = {k: normed(k, v) for k, v in sorted(m.ids.items()) if v}
        ign = {k: normed(k, v) for k, v in sorted(m.ign.items()) if v}
        for k in list(ign):
            ign[k] = [v for v in ign[k] if v not in ids.get(k, [])]
            if not ign[k]:
                del ign[k]
        names = list(dict.fromkeys(m.names))
        ign_names = [x for x in dict.fromkeys(m.ign_names) if x not in names]
        truth.append(dict(file=fn, scenario=m.scenario, tags=sorted(set(m.tags)), identifiers=ids, names=names,
                          ignorable_names=ign_names, ignorable=ign, subjects=m.subjects,
                          special_categories=sorted(set(m.cats)), near_miss=m.near_miss,
                          no_identifiers=not (ids or names), assessment=m.assess))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in truth:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(f"wrote {len(truth)} emails")


if __name__ == "__main__":
    main()
