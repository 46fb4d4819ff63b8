#!/usr/bin/env python3
"""fresh18: an independent breach-mailbox corpus (a first month of a real-feeling mailbox).

Regenerate:  /work/main/.venv/bin/python make_corpus.py
Deterministic: fixed seed, fixed MIME boundaries, dates, Message-IDs, zip entry times, PDF dates.
All people, numbers and addresses are invented.
"""
import datetime as dt
import io
import json
import os
import random
import zipfile
from collections import defaultdict
from email import charset as CS
from email import encoders
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from email import message_from_bytes

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(180018)
FIXED = dt.datetime(2026, 11, 1, 9, 0, 0)
MAILBOX = "breach@example.nhs.uk"

# ---------------------------------------------------------------- identifiers

def nhs_check(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return None if c == 10 else d9 + str(c)


def valid_mod11(n):
    n = "".join(ch for ch in str(n) if ch.isdigit())
    return len(n) == 10 and nhs_check(n[:9]) == n


USED_NUMS = set()


def gen_mod11(lo, hi):
    """lo/hi in millions, e.g. 400..799 England."""
    while True:
        d9 = str(R.randrange(lo * 1000000, (hi + 1) * 1000000)).zfill(9)   # the 9-digit base, e.g. 400m-499m
        n = nhs_check(d9)
        if n and n not in USED_NUMS and n != "0000000000":
            USED_NUMS.add(n)
            return n


def gen_nhs():
    return gen_mod11(400, 499) if R.random() < 0.5 else gen_mod11(600, 799)


def gen_hc():
    return gen_mod11(320, 399)


def gen_chi(dob, sex):
    base = dob.strftime("%d%m%y")
    while True:
        a = R.randrange(0, 100)
        s = R.choice([0, 2, 4, 6, 8]) if sex == "F" else R.choice([1, 3, 5, 7, 9])
        n = nhs_check(base + f"{a:02d}{s}")
        if n and n not in USED_NUMS:
            USED_NUMS.add(n)
            return n


def fmt_nhs(n, style=0):
    if style == 1:
        return f"{n[:3]}-{n[3:6]}-{n[6:]}"
    if style == 2:
        return n
    return f"{n[:3]} {n[3:6]} {n[6:]}"


FIRST_F = ["Margaret", "Joan", "Patricia", "Eileen", "Doris", "Irene", "Shirley", "Brenda", "Susan", "Karen",
           "Deborah", "Julie", "Claire", "Nicola", "Gemma", "Leanne", "Amy", "Chloe", "Sophie", "Megan",
           "Aisha", "Priya", "Fatima", "Agnieszka", "Siobhan", "Morag", "Catriona", "Eilidh", "Rhiannon",
           "Ffion", "Cerys", "Bethan", "Niamh", "Aoife", "Roisin", "Grainne", "Ewa", "Oluwaseun", "Mei",
           "Hannah", "Lucy", "Ellie", "Isla", "Freya", "Maisie", "Ava", "Poppy", "Ruby", "Jean", "Mavis",
           "Hazel", "Sandra", "Tracey", "Lorraine", "Kirsty", "Yasmin", "Zainab", "Teresa", "Maureen", "Elsie"]
FIRST_M = ["John", "David", "Robert", "William", "Kenneth", "Derek", "Brian", "Malcolm", "Gary", "Darren",
           "Lee", "Craig", "Jamie", "Ryan", "Liam", "Connor", "Kieran", "Owen", "Dylan", "Rhys", "Gareth",
           "Iwan", "Dafydd", "Hamish", "Fraser", "Callum", "Euan", "Seamus", "Ciaran", "Padraig", "Declan",
           "Tomasz", "Piotr", "Mohammed", "Imran", "Arjun", "Kwame", "Chinedu", "Wei", "Oliver", "Harry",
           "Jack", "Noah", "Alfie", "Leo", "Archie", "Stanley", "Reginald", "Cyril", "Norman", "Trevor",
           "Graham", "Alan", "Stuart", "Neil", "Barry", "Colin", "Keith", "Terence", "Dennis"]
LAST = ["Hargreaves", "Whitworth", "Ashworth", "Pickering", "Thornton", "Bradshaw", "Kershaw", "Holroyd",
        "Fairclough", "Openshaw", "Entwistle", "Birtwistle", "Sutcliffe", "Ramsbottom", "Lomax", "Greenhalgh",
        "MacLeod", "Fraser", "McAllister", "Drummond", "Sinclair", "Urquhart", "Munro", "Cameron", "Gillies",
        "Pritchard", "Llewellyn", "Bowen", "Rees", "Vaughan", "Prosser", "Griffiths", "Jenkins", "Meredith",
        "McCann", "O'Neill", "Gallagher", "Quinn", "Devlin", "McKeown", "Doherty", "Magee", "Kowalski",
        "Nowak", "Begum", "Hussain", "Patel", "Chaudhry", "Okafor", "Adeyemi", "Mensah", "Chen", "Nguyen",
        "Fitzgerald", "Blackwood", "Cartwright", "Fenwick", "Hebblethwaite", "Ormerod", "Tattersall",
        "Wainwright", "Crowther", "Haigh", "Illingworth", "Brennan", "Stoddart", "Pearson", "Harland",
        "Spencer-Clarke", "Ogunleye", "Szymanska", "Rahman", "Kaur", "Mistry", "Dunbar", "Kerr", "Lindsay",
        "Rowlands", "Evans", "Howells", "Madoc", "Treharne", "Kinsella", "Rafferty", "McGuigan", "Toal",
        "Heslop", "Armstrong", "Robson", "Charlton", "Dodds", "Milburn", "Shackleton", "Appleby", "Dawson"]
STREETS = ["Mill Lane", "Church Street", "Victoria Road", "Station Road", "Park Avenue", "Queen Street",
           "Moor Lane", "Chapel Street", "Hawthorn Close", "Beech Grove", "Sycamore Drive", "Albert Terrace",
           "Prospect Place", "Cemetery Road", "Windsor Crescent", "Laburnum Way", "Bridge Street",
           "Kings Road", "Orchard Rise", "Wellfield Road", "Heol y Parc", "Ffordd Newydd", "Glebe Road",
           "Castle View", "Brae Street", "Loanhead Terrace", "Main Street", "Dunmore Gardens"]
REGIONS = {
    "eng": [("Leeds", ["LS6", "LS11", "LS12", "LS28"]), ("Bradford", ["BD3", "BD7", "BD10"]),
            ("Halifax", ["HX1", "HX3"]), ("Bolton", ["BL1", "BL3"]), ("Preston", ["PR1", "PR2"]),
            ("Newcastle upon Tyne", ["NE4", "NE6"]), ("Gateshead", ["NE8", "NE9"]), ("Sheffield", ["S6", "S8"]),
            ("Blackburn", ["BB1", "BB2"])],
    "sco": [("Inverness", ["IV2", "IV3"]), ("Dundee", ["DD2", "DD4"]), ("Perth", ["PH1", "PH2"]),
            ("Paisley", ["PA1", "PA2"]), ("Kirkcaldy", ["KY1", "KY2"])],
    "wal": [("Swansea", ["SA1", "SA5"]), ("Wrexham", ["LL11", "LL13"]), ("Newport", ["NP19", "NP20"]),
            ("Bangor", ["LL57"]), ("Merthyr Tydfil", ["CF47"])],
    "ni": [("Belfast", ["BT5", "BT9", "BT14"]), ("Lisburn", ["BT27", "BT28"]), ("Derry", ["BT47", "BT48"]),
           ("Newry", ["BT34", "BT35"])],
}
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"
USED_NAMES = set()


def gen_postcode(outward):
    return f"{outward} {R.randrange(1, 10)}{R.choice(INWARD_L)}{R.choice(INWARD_L)}"


class P:
    """A data subject."""

    def __init__(self, sex=None, age=(20, 90), region="eng", last=None, first=None, dob=None):
        self.sex = sex or R.choice("FM")
        while True:
            f = first or R.choice(FIRST_F if self.sex == "F" else FIRST_M)
            l = last or R.choice(LAST)
            if (f, l) not in USED_NAMES or (first and last):
                break
        USED_NAMES.add((f, l))
        self.first, self.last = f, l
        self.name = f"{f} {l}"
        if dob is None:
            ref = dt.date(2026, 11, 15)
            days = R.randrange(int(age[0] * 365.25), int(age[1] * 365.25))
            dob = ref - dt.timedelta(days=days)
        self.dob = dob
        self.region = region
        town, outs = R.choice(REGIONS[region])
        self.town = town
        self.postcode = gen_postcode(R.choice(outs))
        self.line1 = f"{R.randrange(1, 180)} {R.choice(STREETS)}"
        self.address = f"{self.line1}, {town}, {self.postcode}"
        self.nhs = gen_chi(dob, self.sex) if region == "sco" else (gen_hc() if region == "ni" else gen_nhs())
        self.mobile = "07" + "".join(str(R.randrange(10)) for _ in range(9))
        self.hosp = R.choice(["RX", "M", "K", ""]) + str(R.randrange(1000000, 9999999))
        self.email = (f"{f}.{l}".lower().replace("'", "").replace("-", "") + str(R.randrange(10, 99)) + "@"
                      + R.choice(["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "btinternet.com",
                                  "icloud.com", "sky.com"]))

    @property
    def numkind(self):
        return {"sco": "chi_number", "ni": "hc_number"}.get(self.region, "nhs_number")

    def dob_s(self, style=0):
        d = self.dob
        return [d.strftime("%d/%m/%Y"), d.strftime("%d.%m.%y"), f"{d.day} {d.strftime('%B %Y')}",
                d.strftime("%d-%b-%Y"), d.isoformat()][style]

    def mob_s(self):
        m = self.mobile
        return f"{m[:5]} {m[5:]}"


# ---------------------------------------------------------------- truth

class Case:
    def __init__(self, slug, scenario, tags=()):
        self.slug, self.scenario, self.tags = slug, scenario, list(tags)
        self.ids = defaultdict(list)
        self.names, self.ign_names = [], []
        self.ign = defaultdict(list)
        self.people = []
        self.extra_subjects = 0
        self.cats = []
        self.sev = self.lik = None
        self.basis = []
        self.near_miss = False

    def _add(self, d, k, v):
        if v not in d[k]:
            d[k].append(v)

    def subj(self, p, *fields):
        """Record that person p is a data subject and which of their identifiers appear."""
        if p not in self.people:
            self.people.append(p)
        for f in fields:
            if f == "name":
                if p.name not in self.names:
                    self.names.append(p.name)
            elif f == "dob":
                self._add(self.ids, "date_of_birth", p.dob.isoformat())
            elif f == "num":
                self._add(self.ids, p.numkind, p.nhs)
            elif f == "postcode":
                self._add(self.ids, "postcode", p.postcode)
            elif f == "address":
                self._add(self.ids, "address", p.address)
                self._add(self.ids, "postcode", p.postcode)
            elif f == "phone":
                self._add(self.ids, "phone_number", p.mobile)
            elif f == "email":
                self._add(self.ids, "email_address", p.email)
            elif f == "hosp":
                self._add(self.ids, "hospital_number", p.hosp)
            else:
                raise ValueError(f)
        return p

    def name_only(self, name):
        if name not in self.names:
            self.names.append(name)

    def staff(self, *names):
        for n in names:
            if n not in self.ign_names:
                self.ign_names.append(n)

    def ignore(self, kind, *vals):
        for v in vals:
            self._add(self.ign, kind, v)

    def grade(self, sev, lik, cats=(), basis=(), near_miss=False):
        self.sev, self.lik, self.cats, self.basis, self.near_miss = sev, lik, list(cats), list(basis), near_miss

    def record(self, fname):
        ids = {k: v for k, v in sorted(self.ids.items()) if v}
        no_ids = not ids and not self.names
        return {"file": fname, "scenario": self.scenario, "tags": sorted(set(self.tags)),
                "identifiers": ids, "names": self.names, "ignorable_names": self.ign_names,
                "ignorable": {k: v for k, v in sorted(self.ign.items()) if v},
                "subjects": len(self.people) + self.extra_subjects,
                "special_categories": self.cats, "near_miss": self.near_miss, "no_identifiers": no_ids,
                "assessment": {"severity": self.sev, "likelihood": self.lik,
                               "reportable": bool(self.lik >= 3 and self.sev >= 2), "basis": self.basis}}


# ---------------------------------------------------------------- files

def fixzip(b):
    zin = zipfile.ZipFile(io.BytesIO(b))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i in zin.infolist():
            zi = zipfile.ZipInfo(i.filename, (2026, 11, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = zin.read(i.filename)
            if i.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms)", rb"\g<1>2026-11-01T09:00:00Z\g<2>", data)
            z.writestr(zi, data)
    return out.getvalue()


def xlsx(sheets):
    """sheets: list of (title, rows) where rows is a list of lists (None = empty cell)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "NHS User"
    bio = io.BytesIO()
    wb.save(bio)
    return fixzip(bio.getvalue())


def docx_file(paras=(), tables=(), order=None):
    """paras: list of str; tables: list of rows-lists. order: list of ('p', text) / ('t', rows)."""
    import docx
    d = docx.Document()
    items = order or ([("p", p) for p in paras] + [("t", t) for t in tables])
    for kind, x in items:
        if kind == "p":
            d.add_paragraph(x)
        elif kind == "h":
            d.add_heading(x, level=2)
        else:
            t = d.add_table(rows=0, cols=len(x[0]))
            t.style = "Table Grid"
            for row in x:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = "" if v is None else str(v)
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.author = "NHS User"
    cp.last_modified_by = "NHS User"
    cp.revision = 1
    bio = io.BytesIO()
    d.save(bio)
    return fixzip(bio.getvalue())


def pdf_file(title, lines=(), table=None, colw=None, after=()):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_creation_date(FIXED.replace(tzinfo=dt.timezone.utc))
    pdf.set_title(title)
    pdf.set_author("NHS")
    pdf.set_producer("fpdf2")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for ln in lines:
        pdf.multi_cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    if table:
        pdf.ln(3)
        n = len(table[0])
        w = colw or [190 / n] * n
        for i, row in enumerate(table):
            pdf.set_font("Helvetica", "B" if i == 0 else "", 8)
            for c, v in zip(w, row):
                pdf.cell(c, 6, str(v), border=1)
            pdf.ln(6)
        pdf.set_font("Helvetica", "", 10)
    for ln in after:
        pdf.multi_cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def csv_text(rows, sep=","):
    out = []
    for r in rows:
        cells = []
        for v in r:
            v = "" if v is None else str(v)
            if sep in v or '"' in v:
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        out.append(sep.join(cells))
    return "\r\n".join(out) + "\r\n"


# ---------------------------------------------------------------- mail

MIME_TYPES = {"xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
              "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
              "pdf": ("application", "pdf"), "csv": ("text", "csv"), "txt": ("text", "plain")}


def textpart(s, sub="plain", cte="qp"):
    c = CS.Charset("utf-8")
    if cte == "qp":
        c.body_encoding = CS.QP
    elif cte == "b64":
        c.body_encoding = CS.BASE64
    else:
        c.body_encoding = None
    return MIMEText(s, sub, c)


class Mail:
    counter = 0

    def __init__(self, case, frm, to, subject, date, text=None, html=None, cte="qp", cc=None,
                 attachments=(), attached_eml=None, headers=None, domain="nhs.net"):
        self.case, self.frm, self.to, self.subject, self.date = case, frm, to, subject, date
        self.text, self.html, self.cte, self.cc = text, html, cte, cc
        self.attachments, self.attached_eml, self.headers, self.domain = attachments, attached_eml, headers or {}, domain


def build(m, idx):
    bnum = [0]

    def bound():
        bnum[0] += 1
        return f"=_fresh18_{idx:03d}_{bnum[0]}_"

    if m.text is not None and m.html is not None:
        body = MIMEMultipart("alternative", boundary=bound())
        body.attach(textpart(m.text, "plain", m.cte))
        body.attach(textpart(m.html, "html", m.cte))
    elif m.html is not None:
        body = textpart(m.html, "html", m.cte)
    else:
        body = textpart(m.text, "plain", m.cte)
    if m.attachments or m.attached_eml is not None:
        msg = MIMEMultipart("mixed", boundary=bound())
        msg.attach(body)
        for name, data in m.attachments:
            ext = name.rsplit(".", 1)[-1].lower()
            if ext in ("csv", "txt"):
                part = textpart(data if isinstance(data, str) else data.decode("utf-8"), "csv" if ext == "csv" else "plain", "b64" if ext == "csv" else "qp")
            else:
                part = MIMEBase(*MIME_TYPES[ext])
                part.set_payload(data)
                encoders.encode_base64(part)
            part.add_header("Content-Disposition", "attachment", filename=name)
            msg.attach(part)
        if m.attached_eml is not None:
            inner = build(m.attached_eml, idx * 100 + 1)
            part = MIMEMessage(message_from_bytes(inner))
            part.add_header("Content-Disposition", "attachment", filename="original message.eml")
            msg.attach(part)
    else:
        msg = body
    msg["From"] = m.frm
    msg["To"] = m.to
    if m.cc:
        msg["Cc"] = m.cc
    msg["Subject"] = m.subject
    msg["Date"] = format_datetime(m.date)
    msg["Message-ID"] = f"<{R.randrange(16**12):012x}.{idx}@{m.domain}>"
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for k, v in m.headers.items():
        msg[k] = v
    return msg.as_bytes()


def D(day, h, mi, month=11):
    return dt.datetime(2026, month, day, h, mi, R.randrange(60), tzinfo=dt.timezone(dt.timedelta(hours=0)))


def odate(d):
    """Outlook style date line."""
    return d.strftime("%A, %d %B %Y %H:%M")


def gdate(d):
    return d.strftime("%a, %d %b %Y at %H:%M")


def outlook_fwd(frm, sent, to, subject, body, cc=None):
    s = f"-----Original Message-----\nFrom: {frm}\nSent: {odate(sent)}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n\n{body}"


def outlook_hdr(frm, sent, to, subject, body, cc=None):
    s = f"________________________________\nFrom: {frm}\nSent: {odate(sent)}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n\n{body}"


def gmail_fwd(frm, sent, to, subject, body, cc=None):
    s = f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {gdate(sent)}\nSubject: {subject}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"\n{body}"


def quote(text, depth=1):
    pre = ">" * depth
    return "\n".join((pre + " " + l) if l else pre for l in text.split("\n"))


DISCLAIMER = ("This message may contain confidential information. If you are not the intended recipient please "
              "inform the sender that you have received the message in error before deleting it. Please do not "
              "disclose, copy or distribute information in this e-mail or take any action in relation to its "
              "contents. To do so is strictly prohibited and may be unlawful.")
NHSMAIL = ("********************************************************************************************************************\n"
           "This message originated from outside your organisation\n"
           "********************************************************************************************************************")

SCENARIOS = []


def scenario(fn):
    SCENARIOS.append(fn)
    return fn


# ================================================================ scenarios
@scenario
def s_handover_lost_bus():
    c = Case("handover-sheet-lost-bus", "lost_paper_handover", ["plain", "phone_voice", "lost_paper"])
    pts = [P(age=(60, 95)) for _ in range(6)]
    probs = ["NOF #, post op day 2, needs 2 to mobilise", "CAP on IV abx, ?sepsis", "AKI, fluid balance chart",
             "delirium, 1:1 at night, falls risk", "post TURP, catheter", "LVF, daily weights, DNACPR in place"]
    lines = []
    for i, (p, pr) in enumerate(zip(pts, probs), 1):
        lines.append(f"bed {i+2} - {p.first.upper()} {p.last.upper()} {p.hosp} - {pr}")
        c.subj(p, "name", "hosp")
    c.staff("Kayleigh Brooks")
    c.grade(3, 3, ["health"], ["paper handover sheet with 6 patients' names, hospital numbers and diagnoses lost on a public bus",
                               "not recovered: likely seen by the public", "health information"])
    body = ("hi sorry to send from my phone\n\nI think ive lost my handover sheet from ward 14 on the 36 bus home last night, "
            "it was in my tunic pocket and its not there this morning. rang first bus lost property nothing handed in yet\n\n"
            "from memory it had on it:\n" + "\n".join(lines) +
            "\n\nthere were more on the back but i cant remember them all, its the day one so maybe 10-12 pts? will check with "
            "nurse in charge which sheet version\n\nreally sorry\nKayleigh (ward clerk wd14)\n\nSent from my iPhone")
    return c, Mail(c, "Kayleigh Brooks <kayleigh.brooks4@nhs.net>", MAILBOX, "lost handover sheet", D(2, 7, 12), text=body)


@scenario
def s_gum_to_not_bcc():
    c = Case("sexual-health-to-not-bcc", "to_not_bcc_group", ["outlook_fwd", "recipients_disclosed", "special_by_context"])
    pts = [P(age=(19, 60)) for _ in range(23)]
    to = []
    for i, p in enumerate(pts):
        if i % 3 == 0:
            to.append(f'"{p.name}" <{p.email}>')
            c.subj(p, "name", "email")
        else:
            to.append(p.email)
            c.subj(p, "email")
    c.staff("Ben Aldridge", "Marta Silva")
    c.ignore("email_address", "ben.aldridge@nhs.net", "sexualhealth.harrogate@nhs.net")
    c.ignore("phone_number", "01423553000")
    c.grade(4, 3, ["sexual_health"], ["group email sent with patients in To instead of Bcc: 23 addresses disclosed to each other",
                                      "recipients identifiable as PrEP clinic patients (sexual health)", "external personal mailboxes"])
    orig = ("Dear all,\n\nFrom Monday 16 November the Thursday evening PrEP clinic will move from the Lister Unit to "
            "Room 4, Outpatients B. Please bring your repeat PrEP card and remember your 3-monthly HIV and STI screen "
            "is due before your next supply.\n\nKind regards\nSexual Health Harrogate\n01423 553000")
    body = ("Hi IG,\n\nI think we've had a bad one. Our admin sent the below out this morning to the PrEP patient list and "
            "put everyone in the To box not BCC. One patient has already rung to complain. I've asked her to try a recall but "
            "most are gmail/hotmail so it won't work.\n\nBen Aldridge\nSenior Sexual Health Nurse\n\n"
            + outlook_fwd("Sexual Health Harrogate <sexualhealth.harrogate@nhs.net>", D(9, 9, 2),
                          "; ".join(to), "Change to Thursday PrEP clinic", orig, cc="Marta Silva <marta.silva1@nhs.net>"))
    c.ignore("email_address", "marta.silva1@nhs.net")
    return c, Mail(c, "Aldridge Ben (HARROGATE AND DISTRICT NHS FOUNDATION TRUST) <ben.aldridge@nhs.net>", MAILBOX,
                   "FW: Change to Thursday PrEP clinic - SENT TO ALL NOT BCC", D(9, 10, 41), text=body)


@scenario
def s_same_surname_letter():
    c = Case("letter-to-same-surname", "same_surname_recipient", ["pdf_letter", "outlook_fwd", "attachment_pdf"])
    p = P(sex="F", age=(55, 80), last="Kendall", first="Patricia")
    c.subj(p, "name", "dob", "num", "address")
    c.staff("Dr R. Bhatt", "Lorna Pike", "Paul Kendall", "Dr Ahmed")
    c.ignore("email_address", "paul.kendall@btinternet.com", "lorna.pike@nhs.net")
    c.ignore("phone_number", "01132068123")
    c.grade(3, 3, ["health"], ["clinic letter (diagnosis, medication, NHS number) emailed to a member of the public with the same surname",
                               "external personal mailbox (btinternet.com)", "deletion requested, not yet confirmed"])
    letter = pdf_file("Rheumatology Outpatients - Clinic Letter", [
        "Leeds Teaching Hospitals - Chapel Allerton Hospital, Chapeltown Road, Leeds LS7 4SA",
        "Date: 03/11/2026", "",
        f"Re: Mrs {p.name}   DOB {p.dob_s(0)}   NHS No {fmt_nhs(p.nhs)}",
        f"{p.line1}, {p.town}, {p.postcode}", "",
        "Diagnosis: seropositive rheumatoid arthritis; methotrexate-induced transaminitis.",
        "Dear Dr Ahmed, I reviewed Mrs Kendall today. Her ALT has risen to 112 and I have asked her to stop "
        "methotrexate for 4 weeks and repeat bloods. We will consider switching to sulfasalazine.",
        "", "Yours sincerely", "Dr R. Bhatt, Consultant Rheumatologist"])
    body = ("Hello,\n\nReporting an incident. Mrs Kendall's clinic letter was emailed to the address on the system but it "
            "turns out the address belongs to a Paul Kendall (no relation as far as we know). He emailed back to say he'd "
            "got it. I've asked him to delete it but not heard back yet.\n\nLorna Pike\nMedical Secretary, Rheumatology\n"
            "0113 206 8123\n\n" + outlook_fwd("Paul Kendall <paul.kendall@btinternet.com>", D(4, 19, 3),
            "Pike Lorna <lorna.pike@nhs.net>", "RE: Clinic letter",
            "I think you've sent this to the wrong Kendall. I'm not a patient of yours. P Kendall\n\n> Please find attached your clinic letter."))
    return c, Mail(c, "Pike Lorna <lorna.pike@nhs.net>", MAILBOX, "FW: RE: Clinic letter", D(5, 8, 55), text=body,
                   attachments=[("Clinic letter KENDALL.pdf", letter)])


@scenario
def s_carehome_residents_nok():
    c = Case("care-home-residents-nok-xlsx", "care_home_spreadsheet", ["xlsx_multi_sheet", "two_people_per_row",
                                                                       "title_rows", "vulnerable"])
    res = [P(age=(78, 101)) for _ in range(18)]
    noks = []
    rows1 = [["Oakleigh House - Resident Contact List", None, None, None, None, None, None],
             ["Updated Oct 2026 - CONFIDENTIAL", None, None, None, None, None, None], [],
             ["Rm", "Resident", "D.O.B", "NHS No", "Next of kin", "Relationship", "NOK tel"]]
    shared_son = None
    for i, r in enumerate(res):
        if i == 7:   # Mr and Mrs of room 8/9 share the same son
            nok = shared_son
        else:
            nok = P(age=(45, 75), last=r.last if R.random() < 0.6 else None)
        if i == 6:
            shared_son = nok
        if nok not in noks:
            noks.append(nok)
        rel = R.choice(["Son", "Daughter", "Niece", "Husband", "Wife", "Nephew"]) if i not in (6, 7) else "Son"
        rows1.append([i + 1, r.name, r.dob_s(0), fmt_nhs(r.nhs), nok.name, rel, nok.mob_s()])
        c.subj(r, "name", "dob", "num")
    for n in noks:
        c.subj(n, "name", "phone")
    meds = ["Donepezil 10mg", "Furosemide 40mg", "Warfarin per INR", "Oramorph PRN", "Quetiapine 25mg",
            "Levothyroxine 75mcg", "Insulin Lantus 18u", "Paracetamol 1g QDS"]
    rows2 = [["Resident", "Medication", "Time", "Notes"]]
    for r in res[:12]:
        rows2.append([r.name, R.choice(meds), R.choice(["08:00", "12:00", "18:00", "22:00"]), R.choice(["", "crushed", "covert - MCA in file", ""])])
    c.staff("Janet Royle")
    c.ignore("email_address", "janet.royle@oakleighhouse.co.uk", "orders@brightwell-supplies.co.uk", "manager@oakleighhouse.co.uk")
    c.ignore("phone_number", "01204521877")
    c.grade(3, 3, ["health"], ["resident list with NHS numbers and medication (incl. covert medication) for vulnerable adults",
                               "next of kin names and phone numbers", "sent to an external supplier"])
    body = ("Good afternoon,\n\nI am the registered manager at Oakleigh House. Our deputy meant to send our continence "
            "order form to Brightwell Supplies this morning but attached the resident contact list instead (2 tabs - "
            "contacts and the meds round sheet). Brightwell have not replied yet. I have phoned and left a message asking "
            "them to delete it.\n\nCopy attached so you can see what went.\n\nRegards\nJanet Royle\nRegistered Manager\n"
            "Oakleigh House Residential Care, Bolton\nTel 01204 521877")
    x = xlsx([("Contacts", rows1), ("Meds round", rows2), ("Sheet3", [])])
    return c, Mail(c, "Janet Royle <manager@oakleighhouse.co.uk>", MAILBOX, "Data breach - wrong attachment sent",
                   D(3, 14, 20), text=body, attachments=[("Resident contacts OCT26.xlsx", x)], domain="oakleighhouse.co.uk")


@scenario
def s_ooo():
    c = Case("out-of-office", "auto_reply_no_pd", ["auto_reply", "no_pd"])
    c.staff("Gwen Morris", "Aled Price")
    c.ignore("email_address", "aled.price@wales.nhs.uk")
    c.grade(1, 1, [], ["automatic reply, no personal data"], near_miss=False)
    body = ("Diolch am eich neges. Rwyf allan o'r swyddfa tan 16/11/2026.\nThank you for your message. I am out of the "
            "office until 16/11/2026 with limited access to email. For urgent Information Governance matters please contact "
            "Aled Price, aled.price@wales.nhs.uk.\n\nGwen Morris\nRheolwr Llywodraethu Gwybodaeth / Information Governance Manager")
    return c, Mail(c, "Gwen Morris (Betsi Cadwaladr UHB - Information Governance) <gwen.morris@wales.nhs.uk>", MAILBOX,
                   "Automatic reply: Breach mailbox go-live", D(2, 9, 1), text=body,
                   headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, domain="wales.nhs.uk")


@scenario
def s_newsletter():
    c = Case("ig-newsletter", "newsletter_no_pd", ["html_only", "newsletter", "no_pd"])
    c.staff("Helen Acaster")
    c.grade(1, 1, [], ["newsletter, no personal data"])
    html = ("<html><body><h2>IG Matters - November 2026</h2><p>Welcome to the first issue since the new breach mailbox "
            "went live on 2 November.</p><ul><li><b>DSPT 2026/27</b>: the baseline submission is due 28 February. 94% of "
            "staff have completed Data Security Awareness Level 1.</li><li><b>Email safely</b>: always use Bcc for group "
            "emails to patients. Check autocomplete before you press send.</li><li><b>Phishing</b>: last month's simulation "
            "had a click rate of 7.2%, down from 11%.</li></ul><p>Questions? Reply to this email or call the IG team on ext "
            "4471.</p><p>Helen Acaster, Head of Information Governance</p></body></html>")
    return c, Mail(c, "IG Team <ig.team@example.nhs.uk>", "All Staff <allstaff@example.nhs.uk>",
                   "IG Matters - November newsletter", D(6, 12, 0), html=html, domain="example.nhs.uk")


@scenario
def s_training_question():
    c = Case("training-question-email-home", "training_question_no_pd", ["plain", "question", "no_pd"])
    c.staff("Tom Fairbairn")
    c.grade(1, 1, [], ["a question, no incident and no personal data"])
    body = ("Hi,\n\nQuick one from the Level 1 refresher this morning. If I email a clinic list to my own nhs.net account "
            "so I can work on it at home, is that a breach? The trainer said it depends. What about printing it? We don't "
            "have anyone's details in this email, I just want to know before I do it.\n\nThanks\nTom\n"
            "Tom Fairbairn | Outpatient Booking Coordinator")
    return c, Mail(c, "Tom Fairbairn <tom.fairbairn@nhs.net>", MAILBOX, "question re emailing lists home", D(4, 11, 30), text=body)


@scenario
def s_policy_question():
    c = Case("policy-question-cctv", "policy_question_no_pd", ["plain", "question", "no_pd"])
    c.staff("Fiona Baird")
    c.grade(1, 1, [], ["policy question, no personal data"])
    body = ("Good morning,\n\nCould the DPO advise on our CCTV retention? Our estates team keep footage from the A&E "
            "entrance for 31 days. The new policy draft (IG-POL-014 v0.3) says 30. Do we need a DPIA refresh for the "
            "upgraded cameras (order PO-4471923) or is the 2023 one still fine?\n\nMany thanks\nFiona Baird\n"
            "Corporate Governance Officer, NHS Fife\nfiona.baird@nhs.scot")
    return c, Mail(c, "Fiona Baird (NHS Fife) <fiona.baird@nhs.scot>", MAILBOX, "CCTV retention - policy query",
                   D(5, 9, 44), text=body, domain="nhs.scot")


@scenario
def s_meeting_notes():
    c = Case("ig-group-meeting-notes", "meeting_notes_no_pd", ["docx_attachment", "minutes", "no_pd"])
    c.staff("Helen Acaster", "Dr Simon Oduya", "Rachel Whitfield", "Mike Teasdale", "Priya Raman")
    c.grade(1, 1, [], ["minutes with staff names only"])
    doc = docx_file(order=[("h", "Information Governance Steering Group - 10 November 2026"),
                           ("p", "Present: Helen Acaster (Chair), Dr Simon Oduya (Caldicott Guardian), Rachel Whitfield (DPO), "
                                 "Mike Teasdale (IT Security), Priya Raman (Records Manager)"),
                           ("t", [["Item", "Discussion", "Action"],
                                  ["1", "Breach mailbox: 14 reports in first week, 3 reportable", "RW to present trends in Dec"],
                                  ["2", "DSPT progress: 82 of 113 evidence items complete", "HA"],
                                  ["3", "Records store move to Unit 7 delayed to January", "PR"],
                                  ["4", "Windows 11 rollout: 61% of devices", "MT"]]),
                           ("p", "Next meeting: 8 December 2026, Boardroom 2.")])
    body = "Hi all, minutes from Tuesday attached for accuracy. Please send comments by Friday.\n\nRachel"
    return c, Mail(c, "Rachel Whitfield <rachel.whitfield@example.nhs.uk>", f"IGSG members <igsg@example.nhs.uk>; {MAILBOX}",
                   "IGSG minutes 10/11 DRAFT", D(12, 16, 5), text=body, cte="7bit",
                   attachments=[("IGSG minutes 10-11-26 draft.docx", doc)], domain="example.nhs.uk")


@scenario
def s_lost_laptop_encrypted():
    c = Case("lost-encrypted-laptop", "lost_device_no_pd", ["plain", "lost_device", "no_pd"])
    c.staff("Craig Moffat")
    c.grade(1, 1, [], ["BitLocker-encrypted laptop, no personal data stored locally", "no identifiable individual"], near_miss=True)
    body = ("Hi there\n\nLeaving this here as instructed by the service desk. My work laptop (Dell Latitude 5440, asset tag "
            "LTH-047731, serial 7JX2KQ3) was taken from my car at Tebay services on Sunday. Police ref 0523/15NOV26. "
            "IT have confirmed it is BitLocker encrypted and it was powered off. I only use it for Teams and the intranet; all "
            "files are on OneDrive. No patient info on it, no paper in the bag either - just the charger.\n\n"
            "Service desk ticket INC0874412. Device has been remote-wiped and removed from Intune.\n\nCraig Moffat\n"
            "Estates Project Manager")
    return c, Mail(c, "Craig Moffat <craig.moffat@nhs.net>", MAILBOX, "Stolen laptop - INC0874412", D(16, 8, 10), text=body)


@scenario
def s_it_ticket():
    c = Case("it-ticket-numbers", "it_ticket_no_pd", ["plain", "numbers_trap", "no_pd"])
    c.staff("Service Desk", "Aaron Blake")
    c.grade(1, 1, [], ["IT ticket with asset, order and reference numbers only; no personal data"])
    # deliberately include 10-digit reference numbers, one of which happens to pass mod 11
    trap = gen_mod11(600, 699)
    body = (f"Ticket RITM0049921 / INC0881203 has been updated.\n\nShort description: Breach mailbox relay - TLS cert renewal\n"
            f"Assignment group: Infrastructure - Messaging\nConfiguration item: SMTPRELAY02 (CI 4410023871)\n"
            f"Change: CHG0012207 (CAB approved 18/11/2026)\nPurchase order: {trap} (Sectigo OV, 2 yrs)\n"
            f"Invoice: 9012004471\nAsset: SRV-00231, rack B4 U17\nWork notes: cert CN=relay.example.nhs.uk replaced, "
            f"serial 4c:1f:0a:99. Test message ID 20261118103311.7781@relay.example.nhs.uk delivered.\n\n"
            f"Aaron Blake\nMessaging Engineer\n\nPlease do not reply to this automated email.")
    return c, Mail(c, "Service Desk <servicedesk@example.nhs.uk>", MAILBOX, "RITM0049921 updated - SMTPRELAY02 certificate",
                   D(18, 10, 40), text=body, cte="7bit", domain="example.nhs.uk")


@scenario
def s_phishing_stats():
    c = Case("phishing-simulation-results", "stats_no_pd", ["csv_attachment", "aggregate", "no_pd"])
    c.staff("Mike Teasdale")
    c.grade(1, 1, [], ["aggregate statistics by department, no individuals"])
    rows = [["Directorate", "Sent", "Opened", "Clicked", "Reported"], ["Medicine", 812, 530, 61, 144],
            ["Surgery", 640, 401, 39, 122], ["Women and Children", 455, 300, 28, 90], ["Corporate", 390, 280, 12, 160],
            ["Estates", 120, 70, 14, 9]]
    body = ("Forwarding for info as the new mailbox picked up the reply-all. This is only the October phishing sim summary "
            "by directorate - no names. Nothing to log.\n\nMike")
    return c, Mail(c, "Mike Teasdale <mike.teasdale@example.nhs.uk>", MAILBOX, "FW: Phishing simulation Oct - summary",
                   D(20, 13, 12), text=body, cte="7bit", attachments=[("phish_oct26_summary.csv", csv_text(rows))],
                   domain="example.nhs.uk")


@scenario
def s_snoop_ex_partner():
    c = Case("snooping-ex-partner-audit", "snooping", ["csv_attachment", "audit_log", "formal_ig"])
    ex = P(sex="F", age=(28, 45))
    mum = P(sex="F", age=(55, 75), last=ex.last)
    c.subj(ex, "name", "dob", "num")
    c.subj(mum, "name", "dob", "num")
    c.staff("Dr Amanda Firth", "Liam Cosgrove", "Steven Wragg")
    c.ignore("email_address", "amanda.firth@nhs.net")
    rows = [["Timestamp", "User", "Role", "Patient NHS No", "Patient", "DOB", "Module", "Action"]]
    acc = [(ex, "Mental Health - Clinical Notes", "VIEW"), (ex, "Mental Health - Risk Assessment", "VIEW"),
           (ex, "Demographics", "VIEW"), (mum, "Demographics", "VIEW"), (mum, "Results", "VIEW"),
           (ex, "Mental Health - Clinical Notes", "PRINT")]
    for i, (p, mod, act) in enumerate(acc):
        rows.append([f"2026-10-{12 + i:02d} 2{i}:1{i}:0{i}", "SWRAGG01", "Healthcare Assistant", p.nhs, f"{p.last.upper()}, {p.first}",
                     p.dob_s(0), mod, act])
    c.grade(4, 5, ["mental_health"], ["deliberate unauthorised access by a staff member (snooping): misuse has occurred",
                                      "mental health notes and risk assessment viewed and printed", "two individuals (ex-partner and her mother)"])
    body = ("Dear Breach Team,\n\nI write to log a confirmed case of inappropriate access, following a complaint received by "
            "PALS on 13 November.\n\nA healthcare assistant on Ward 31 (user SWRAGG01, Steven Wragg) accessed the electronic "
            f"record of his former partner, Ms {ex.name}, on six occasions between 12 and 17 October, including her community "
            "mental health notes and crisis risk assessment, and printed one page. He also viewed the demographics and "
            f"results of her mother, Mrs {mum.name}. Neither was under the care of Ward 31.\n\nThe FairWarning extract is "
            "attached. The member of staff has been suspended pending investigation (HR case ER-2026-118). Ms "
            f"{ex.last} has been informed and has stated she is frightened he now knows her new address.\n\n"
            "Liam Cosgrove is the investigating manager.\n\nDr Amanda Firth\nDeputy Caldicott Guardian")
    return c, Mail(c, "Firth Amanda (Dr) <amanda.firth@nhs.net>", MAILBOX, "Inappropriate access - PALS 26/1187 - CONFIDENTIAL",
                   D(16, 15, 48), text=body, attachments=[("FW_extract_SWRAGG01.csv", csv_text(rows))])


@scenario
def s_snoop_gp_neighbour_child():
    c = Case("gp-receptionist-snooped-neighbours-child", "snooping", ["plain", "gp_practice", "child", "gossip"])
    child = P(age=(6, 12), region="eng")
    mum = P(sex="F", age=(30, 45), last=child.last)
    c.subj(child, "name", "dob")
    c.subj(mum, "name", "address")
    c.staff("Sharon Bell", "Donna")
    c.ignore("phone_number", "01914873300")
    c.grade(3, 5, ["health"], ["receptionist looked up a neighbour's child's record without reason and told others about the diagnosis",
                               "misuse has occurred (information passed on at the school gate)", "child involved"])
    body = ("Hi\n\nPractice manager at Elmfield Surgery. I need to report something that happened here. A mum, "
            f"{mum.name} of {mum.address}, came in yesterday very upset. She says one of our receptionists "
            "(Donna - I've not put her surname, she's been sent home) told other parents at the school gate that her son "
            f"{child.name} (DOB {child.dob_s(0)}) has been referred to CAMHS and is being assessed for ADHD.\n\n"
            "Our SystmOne audit trail shows Donna opened his record twice last week, with no appointment or task to justify "
            "it. She lives on the same street.\n\nWhat do I need to do next? Do we tell the ICO or do you?\n\nSharon Bell\n"
            "Practice Manager\nElmfield Surgery\n0191 487 3300")
    c.cats = ["health", "mental_health"]
    c.sev = 4
    c.basis.append("CAMHS referral / ADHD assessment: mental health")
    return c, Mail(c, "Sharon Bell <sharon.bell3@nhs.net>", MAILBOX, "receptionist accessing record - advice please",
                   D(10, 9, 15), text=body)


@scenario
def s_tiktok_whiteboard():
    c = Case("tiktok-ward-whiteboard", "published_social_media", ["html", "social_media", "published"])
    pts = [P(age=(50, 95)) for _ in range(8)]
    rows = ""
    for i, p in enumerate(pts, 1):
        rows += f"<tr><td>{i}</td><td>{p.last.upper()} {p.first[0]}</td><td>{R.choice(['NBM', 'Falls', 'O2 2L', 'IVAB', 'Side room - C.diff', 'Diabetic'])}</td></tr>"
        c.name_only(f"{p.last.upper()} {p.first[0]}")
        c.people.append(p)
    c.staff("Gemma Lord", "Yvonne Hatch")
    html = ("<html><body><p>Hello,</p><p>Matron asked me to report this. A student nurse on Ward 9 (now identified) posted "
            "a TikTok video of herself dancing at the nurses' station on the night of 21/11. The patient status whiteboard is "
            "clearly readable behind her. The video had about 3,400 views before it was taken down this morning.</p>"
            "<p>What can be read from the board (I have paused the screen recording):</p><table border='1'>"
            "<tr><th>Bay/Bed</th><th>Name</th><th>Flag</th></tr>" + rows + "</table><p>We have asked TikTok to confirm "
            "removal. The student's university has been informed.</p><p>Gemma Lord<br>Ward Manager, Ward 9</p></body></html>")
    c.grade(3, 4, ["health"], ["ward whiteboard with patients' names and clinical flags published on TikTok (about 3,400 views)",
                               "published: likelihood 4", "health information (infection, nil by mouth, falls)"])
    return c, Mail(c, "Gemma Lord <gemma.lord@nhs.net>", MAILBOX, "Social media - patient board visible in video",
                   D(22, 11, 20), html=html, cte="b64")


@scenario
def s_facebook_care_home():
    c = Case("facebook-care-home-resident", "published_social_media", ["plain", "social_media", "care_home", "vulnerable"])
    r = P(sex="F", age=(94, 96), first="Doris", last="Ramsbottom")
    dau = P(sex="F", age=(60, 70), first="Linda", last="Ramsbottom")
    c.subj(r, "name")
    c.subj(dau, "name")
    c.staff("Pauline Goodier", "Chantelle Ashby")
    c.ignore("phone_number", "01254671209")
    c.grade(3, 4, ["health"], ["care worker posted a resident's photo, name and dementia/continence details on public Facebook",
                               "published; vulnerable adult", "daughter complained"])
    body = ("Morning,\n\nSorry to bother you, I was told by the council safeguarding team to send this to you as well.\n\n"
            "One of my carers, Chantelle Ashby, put a post on her public Facebook on Saturday with a photo of our resident "
            "Doris Ramsbottom in the lounge, saying (copied word for word):\n\n"
            "  \"happy 95th to our Doris!! bless her she doesnt know what day it is with her dementia and weve had 3 "
            "accidents already today lol but she still loves a sherry xx\"\n\n"
            "Her daughter Linda Ramsbottom saw it after a friend shared it and rang me very distressed. Chantelle has "
            "deleted it now but it was up for about 20 hours and had 40 odd likes and 12 shares.\n\n"
            "Chantelle has been suspended. Do I need to do anything with CQC?\n\nPauline Goodier\nHome Manager, "
            "Whinfield Lodge Care Home, Blackburn\n01254 671209")
    return c, Mail(c, "Whinfield Lodge <manager.whinfield@outlook.com>", MAILBOX, "Facebook post about resident",
                   D(23, 8, 40), text=body, cte="8bit", domain="outlook.com")


@scenario
def s_solicitor_confirmed_deletion():
    c = Case("solicitor-confirmed-deletion", "confirmed_deletion", ["outlook_fwd", "quoted_reply", "containment", "pdf_letter"])
    p = P(age=(40, 70))
    c.subj(p, "name", "dob", "num", "address")
    c.staff("Nadia Karim", "Jonathan Frost")
    c.ignore("email_address", "j.frost@frostandlayton.co.uk", "nadia.karim@nhs.net")
    c.ignore("phone_number", "01134960522")
    letter = pdf_file("Discharge Summary", [
        f"Patient: {p.name}   NHS No: {fmt_nhs(p.nhs, 2)}   DOB: {p.dob_s(0)}",
        f"Address: {p.address}",
        "Admitted 28/10/2026, discharged 02/11/2026, Ward 22 (Cardiology)",
        "Diagnosis: NSTEMI. PCI to LAD 30/10/2026. Type 2 diabetes, hypertension.",
        "Medication on discharge: aspirin 75mg OD, ticagrelor 90mg BD (12 months), atorvastatin 80mg ON, bisoprolol 2.5mg OD, ramipril 2.5mg OD.",
        "Follow up: cardiac rehab referral made. GP to review renal function in 2 weeks."])
    reply = ("Dear Ms Karim,\n\nFurther to your telephone call, I confirm that the email and attachment you sent to me in error "
             "at 14:12 today have been permanently deleted from my inbox and deleted items, have not been opened beyond "
             "identifying that they were not intended for us, and have not been forwarded, printed or saved.\n\nYours sincerely\n\n"
             "Jonathan Frost\nPartner, Frost & Layton Solicitors LLP")
    body = ("Please log - discharge summary sent to the wrong Frost (autocomplete picked j.frost@ instead of our GP liaison). "
            "The solicitor has confirmed in writing that it is deleted, see below. Copy of what was sent attached.\n\nNadia\n"
            "Nadia Karim | Discharge Coordinator | 0113 496 0522\n\n"
            + outlook_fwd("Jonathan Frost <j.frost@frostandlayton.co.uk>", D(3, 16, 2), "Karim Nadia <nadia.karim@nhs.net>",
                          "RE: Discharge summary", reply + "\n\n" + quote("From: Karim Nadia\nSent: 03 November 2026 14:12\n"
                          "Subject: Discharge summary\n\nPlease see attached discharge summary for your patient.")))
    c.grade(3, 2, ["health"], ["discharge summary with diagnosis and NHS number sent to an external solicitor in error",
                               "recipient confirmed permanent deletion in writing: likelihood lowered from 3 to 2"])
    return c, Mail(c, "Karim Nadia <nadia.karim@nhs.net>", MAILBOX, "FW: RE: Discharge summary", D(3, 16, 30), text=body,
                   attachments=[("Discharge summary.pdf", letter)])


@scenario
def s_pharmacy_supervised_consumption():
    c = Case("pharmacy-supervised-consumption-csv", "misdirected_external", ["csv_attachment", "no_health_numbers", "pharmacist"])
    pts = [P(age=(22, 60)) for _ in range(12)]
    rows = [["Surname", "Forename", "DOB", "Drug", "Daily dose", "Supervised", "Pick-up days", "Prescriber"]]
    for p in pts:
        rows.append([p.last, p.first, p.dob_s(0), R.choice(["Methadone 1mg/ml", "Buprenorphine", "Espranor"]),
                     R.choice(["30ml", "45ml", "60ml", "8mg", "12mg", "16mg"]), R.choice(["Y", "Y", "N"]),
                     R.choice(["Daily", "Mon-Sat", "Mon/Wed/Fri"]), R.choice(["CGL Gateshead", "Dr Pearce"])])
        c.subj(p, "name", "dob")
    c.staff("Arun Sehgal", "Dr Pearce")
    c.ignore("email_address", "reception@tynesidevets.co.uk", "arun.sehgal@nhs.net", "cgl.gateshead@cgl.org.uk")
    c.grade(4, 3, ["substance_misuse"], ["opioid substitution list (methadone/buprenorphine doses) for 12 named patients",
                                         "sent to a veterinary practice by autocomplete (external)"])
    body = ("Hi,\n\nCommunity pharmacist at Low Fell. I was sending our weekly supervised consumption return to CGL and "
            "autocomplete picked 'reception@tynesidevets' (we use them for our dog!). 12 clients on there, names DOBs and "
            "doses, no NHS numbers. I've rung the vets, the receptionist says she'll delete it but I haven't had anything in "
            "writing.\n\nNot sure if this counts as ours or CGL's breach - the data is theirs I think?\n\nArun Sehgal MRPharmS\n"
            "Pharmacist Manager, Low Fell Pharmacy (FA123)\n\nSent from Outlook for Android")
    return c, Mail(c, "Arun Sehgal <arun.sehgal@nhs.net>", MAILBOX, "Sent to wrong email - supervised list",
                   D(11, 17, 55), text=body, attachments=[("SC return wk45.csv", csv_text(rows))])


@scenario
def s_social_worker_strategy_minutes():
    c = Case("safeguarding-strategy-minutes-wrong-sarah", "misdirected_external", ["docx_attachment", "social_worker",
                                                                                     "child", "safeguarding", "docx_table"])
    child = P(age=(3, 8), region="eng")
    mum = P(sex="F", age=(24, 35), last=child.last)
    dad = P(sex="M", age=(26, 40))
    step = P(sex="M", age=(25, 40))
    sib = P(age=(9, 14), last=child.last)
    c.subj(child, "name", "dob", "num", "address")
    c.subj(mum, "name", "dob", "phone")
    c.subj(dad, "name", "dob")
    c.subj(step, "name", "dob")
    c.subj(sib, "name", "dob")
    c.staff("Rebecca Ainsworth", "Sarah Jones", "PC 4471 Hardy", "Dr Clare Nolan", "Kerry Dunn")
    c.ignore("email_address", "sarah.jones@calderdale.gov.uk", "sarahjones1978@gmail.com", "rebecca.ainsworth@calderdale.gov.uk")
    doc = docx_file(order=[
        ("h", "Section 47 Strategy Discussion - RESTRICTED"),
        ("p", "Date: 17/11/2026. Chair: Rebecca Ainsworth (Social Worker). Attendees: PC 4471 Hardy, Dr Clare Nolan "
              "(Named Doctor), Kerry Dunn (Health Visitor), Sarah Jones (School Nurse)."),
        ("t", [["Role", "Name", "DOB", "Notes"],
               ["Child", child.name, child.dob_s(0), f"NHS {fmt_nhs(child.nhs)}. Bruising to upper arms noted at nursery."],
               ["Sibling", sib.name, sib.dob_s(0), "Attends Park Lane Academy"],
               ["Mother", mum.name, mum.dob_s(0), f"Mob {mum.mob_s()}. Reports DA from partner."],
               ["Father", dad.name, dad.dob_s(0), "Non-resident, no contact order"],
               ["Mother's partner", step.name, step.dob_s(0), "Previous conviction for ABH (2019)"]]),
        ("p", f"Home address: {child.address}."),
        ("p", "Outcome: threshold met for S47 enquiry. Child protection medical today. Police to carry out PNC checks.")])
    body = ("Hi,\n\nI need to report a data breach please. I sent the strategy discussion minutes for a S47 case to "
            "sarahjones1978@gmail.com instead of Sarah Jones the school nurse. The gmail address came up first in Outlook, I "
            "don't know why it's in there. I've emailed asking them to delete but no reply.\n\nThe minutes have the child, "
            "sibling, both parents and mum's partner in them and the police info. I've told my team manager.\n\nRebecca "
            "Ainsworth\nSocial Worker, Children's Assessment Team\nCalderdale Council\n\n"
            "This email and any attachments are confidential and intended solely for the addressee.")
    c.grade(4, 3, ["safeguarding", "criminal", "health"], ["child protection strategy minutes (S47) with five family members, "
            "injuries, domestic abuse and a criminal conviction", "sent to an unknown personal gmail account", "child involved"])
    return c, Mail(c, "Rebecca Ainsworth <rebecca.ainsworth@calderdale.gov.uk>", MAILBOX,
                   "Data breach - strategy minutes sent to wrong person", D(17, 13, 3), text=body,
                   attachments=[("Strategy discussion 171126.docx", doc)], domain="calderdale.gov.uk")


@scenario
def s_scotland_des_xlsx():
    c = Case("scotland-eye-screening-chi-xlsx", "misdirected_external", ["xlsx_title_rows", "chi", "scotland",
                                                                       "former_staff"])
    pts = [P(age=(30, 88), region="sco") for _ in range(40)]
    rows = [["NHS Tayside - Diabetic Eye Screening", None, None, None, None, None],
            ["Clinic: Kings Cross Hospital, Dundee - w/c 23/11/2026", None, None, None, None, None],
            ["CHI", "Surname", "Forename", "Postcode", "Appt", "Grade last screen"]]
    for p in pts:
        rows.append([p.nhs, p.last.upper(), p.first, p.postcode, R.choice(["09:00", "09:20", "09:40", "10:00", "13:30", "14:10"]),
                     R.choice(["R0M0", "R1M0", "R1M1", "R2M0", "U"])])
        c.subj(p, "num", "name", "postcode")
    c.staff("Morag Buchanan", "Eilidh Soutar")
    c.ignore("email_address", "eilidh.soutar@gmail.com", "morag.buchanan@nhs.scot", "eilidh.soutar@nhs.scot")
    c.grade(3, 3, ["health"], ["diabetic eye screening list (CHI, name, postcode, retinopathy grade) for 40 patients",
                               "sent to a former employee's personal gmail"])
    body = ("Hiya\n\nHealth records admin here (Kings Cross). I sent next week's DES clinic list to Eilidh Soutar at her "
            "gmail by mistake - she left us in the summer and her gmail must have still been in my contacts from when she "
            "used to send us her rota. I've texted her and she says she hasn't opened it and will delete. She's not replied "
            "by email.\n\nList attached so you can see. 40 patients.\n\nMorag\n\nMorag Buchanan\nMedical Records Assistant\n"
            "NHS Tayside\n\nNHS Tayside - Scottish Charity No SC011042")
    x = xlsx([("wc 23.11", rows)])
    return c, Mail(c, "Morag Buchanan (NHS Tayside) <morag.buchanan@nhs.scot>", MAILBOX, "DES list sent to ex-staff gmail",
                   D(19, 12, 7), text=body, attachments=[("DES KX wc 23-11-26.xlsx", x)], domain="nhs.scot")


@scenario
def s_wales_postal_returned():
    c = Case("wales-physio-letter-returned-opened", "postal_misdirection", ["plain", "wales", "postal", "containment"])
    p = P(age=(30, 70), region="wal")
    old = f"{R.randrange(1, 99)} Heol y Parc, Swansea, SA5 4PW"
    c.subj(p, "name", "dob", "num", "address")
    c.ignore("address", old)
    c.ignore("postcode", "SA5 4PW")
    c.staff("Carys Hopkin")
    c.grade(3, 2, ["health"], ["appointment letter (physiotherapy after knee replacement) posted to a previous address",
                               "the new occupant returned it opened: contained, likelihood lowered to 2"])
    body = ("Bore da,\n\nSmall one to log. An appointment letter for physio was sent to the patient's old address because "
            "WPAS hadn't been updated from the GP record. The current occupant has posted it back to us opened with a note "
            "saying wrong person.\n\nPatient: " + f"{p.name}, DOB {p.dob_s(0)}, NHS {fmt_nhs(p.nhs)}\n"
            f"Letter went to: {old}\nCorrect address: {p.address}\n\nThe letter says 'Physiotherapy - post total knee "
            "replacement, right' and the appointment date. Patient has been told and address fixed.\n\nDiolch,\n"
            "Carys Hopkin\nPatient Services, Swansea Bay University Health Board")
    return c, Mail(c, "Carys Hopkin (Swansea Bay UHB - Patient Services) <carys.hopkin@wales.nhs.uk>", MAILBOX,
                   "Letter to old address - returned", D(12, 10, 33), text=body, cte="8bit", domain="wales.nhs.uk")


@scenario
def s_ni_mh_referral():
    c = Case("ni-mental-health-referral-hc", "misdirected_external", ["docx_letter", "northern_ireland", "hc_number", "top_posted"])
    p = P(age=(20, 50), region="ni")
    c.subj(p, "name", "dob", "num", "address", "phone")
    c.staff("Dr Sean McCrory", "Grainne Mulholland", "Dr Ruth Agnew")
    c.ignore("email_address", "gmulholland73@hotmail.com", "grainne.mulholland@belfasttrust.hscni.net", "ruth.agnew@hscni.net")
    doc = docx_file([
        "Referral to Community Mental Health Team - URGENT",
        f"Patient: {p.name}   H&C No: {p.nhs}   DOB: {p.dob_s(0)}",
        f"Address: {p.address}   Tel: {p.mob_s()}",
        "Reason for referral: low mood for 4 months, passive suicidal ideation, stopped sertraline 3 weeks ago. "
        "Lives alone. Previous overdose 2022. Please assess within 7 days.",
        "Referring GP: Dr Sean McCrory, Ormeau Health Centre"])
    body = ("Can someone ring me, I've sent this to my own hotmail by mistake instead of Dr Agnew - the 'gm' autocomplete. "
            "I've deleted it from the hotmail straight away (I checked on my phone, it's gone from deleted items too). Is that "
            "enough? Grainne\n\n" + outlook_hdr("Mulholland, Grainne <grainne.mulholland@belfasttrust.hscni.net>", D(13, 11, 2),
            "gmulholland73@hotmail.com", "CMHT referral - urgent", "Ruth, referral from Ormeau as discussed. G"))
    c.grade(4, 2, ["mental_health"], ["urgent mental health referral (suicidal ideation, previous overdose) with H&C number",
                                      "sent to the sender's own personal hotmail; she reports deleting it (likelihood 2)"])
    return c, Mail(c, "Mulholland, Grainne <grainne.mulholland@belfasttrust.hscni.net>", MAILBOX,
                   "FW: CMHT referral - urgent", D(13, 11, 25), text=body, attachments=[("Referral CMHT.docx", doc)],
                   domain="belfasttrust.hscni.net")


@scenario
def s_gp_sms_wrong_mobile():
    c = Case("gp-sms-result-wrong-mobile", "misdirected_sms", ["plain", "gp_practice", "receptionist"])
    p = P(age=(30, 70))
    other = P(age=(30, 70), last=None)
    c.subj(p, "name", "dob")
    c.staff("Jade Whittle", other.name, "Dr Shah")
    c.ignore("phone_number", other.mobile)
    c.grade(3, 3, ["health"], ["text message with a named patient's blood results sent to another patient's mobile"])
    body = ("hi this is Jade on reception at Moorside Medical Practice. Dr asked me to report this. I sent a text through "
            f"accuRx to the wrong patient, I picked {other.name} instead of {p.name} (same first letters). The text said:\n\n"
            f"\"Dear {p.first}, your blood test from 06/11 shows your HbA1c is 71 which is high and your kidney function has "
            "dropped. Dr Shah would like to see you this week to discuss starting insulin. Moorside Medical Practice\"\n\n"
            f"It went to {other.mob_s()} ({other.first} phoned up confused). {p.first}'s DOB is {p.dob_s(1)}.\n\nJade")
    return c, Mail(c, "Jade Whittle <moorside.reception@nhs.net>", MAILBOX, "text sent to wrong person", D(9, 15, 51), text=body)


@scenario
def s_lab_results_two_sheets():
    c = Case("lab-results-two-sheets-to-supplier", "misdirected_external", ["xlsx_multi_sheet", "formal_ig", "large_table",
                                                                          "hospital_number"])
    pts = [P(age=(18, 95)) for _ in range(150)]
    s1 = [["Accession", "Hosp No", "Test", "Result", "Units", "Flag", "Collected"]]
    for i, p in enumerate(pts):
        s1.append([f"26L{400000 + i * 7}", p.hosp, R.choice(["HbA1c", "eGFR", "CRP", "TSH", "Ferritin", "PSA"]),
                   R.randrange(1, 150), R.choice(["mmol/mol", "mL/min", "mg/L", "mU/L", "ug/L", "ug/L"]),
                   R.choice(["", "", "H", "L"]), "2026-11-1" + str(R.randrange(0, 9))])
    order = sorted(pts, key=lambda p: p.last)
    s2 = [["Lookup - do not circulate"], ["HOSPNO", "PATIENT NAME", "NHSNO", "DOB"]]
    for p in order:
        s2.append([p.hosp, f"{p.last.upper()}, {p.first}", p.nhs, p.dob])
        c.subj(p, "hosp", "name", "num", "dob")
    c.staff("Rachel Whitfield", "Graham Oxley", "Tariq Aziz")
    c.ignore("email_address", "support@labsync-analytics.co.uk", "graham.oxley@example.nhs.uk", "tariq.aziz@labsync-analytics.co.uk")
    body = ("Dear DPO Team,\n\nIncident summary for logging and 72-hour assessment.\n\nWhat happened: at 10:14 on 24/11/2026 "
            "a Pathology systems analyst (Graham Oxley) sent a workbook to the LabSync support desk to reproduce a "
            "reporting fault. The intended file was a dummy extract. The file sent was a live extract: sheet 'Results' "
            "(150 results, keyed by hospital number) and a second sheet 'Lookup' mapping each hospital number to patient "
            "name, NHS number and date of birth.\n\nRecipient: LabSync Analytics Ltd (our supplier; DPA in place, contract "
            "CT-2291). Their support engineer Tariq Aziz has acknowledged receipt; we have requested written confirmation of "
            "deletion.\n\nAttached: copy of the workbook as sent.\n\nRegards\nRachel Whitfield\nData Protection Officer")
    c.grade(3, 3, ["health"], ["live pathology results for 150 patients with a lookup sheet giving names, NHS numbers and DOBs",
                               "sent to an external supplier's support desk; deletion requested but not yet confirmed",
                               "a processor under contract: a DPO may lower likelihood once deletion is confirmed"])
    x = xlsx([("Results", s1), ("Lookup", s2)])
    return c, Mail(c, "Rachel Whitfield <rachel.whitfield@example.nhs.uk>", MAILBOX,
                   "INCIDENT: live pathology extract sent to supplier (DPO ref 2026-031)", D(24, 13, 40), text=body,
                   attachments=[("fault_repro_v2.xlsx", x)], domain="example.nhs.uk")


@scenario
def s_near_miss_outbox():
    c = Case("near-miss-caught-in-outbox", "near_miss", ["plain", "near_miss", "ward_clerk"])
    p = P(age=(40, 90))
    c.subj(p, "name", "num")
    c.staff("Bev Hulme")
    c.ignore("email_address", "admissions@pennineheights-care.co.uk")
    c.grade(3, 1, ["health"], ["referral addressed to the wrong care home but stopped in the Outbox before sending",
                               "not occurred: near miss"], near_miss=True)
    body = ("hi just logging a near miss as per our ward huddle. I went to email a care home referral for "
            f"{p.name} (NHS {fmt_nhs(p.nhs, 1)}) and had put admissions@pennineheights-care.co.uk instead of Pennine "
            "Lodge. Outlook was offline so it sat in the outbox and I spotted it and deleted it before it went. Checked sent "
            "items, not there. Nothing left the building.\n\nBev, ward clerk AMU")
    return c, Mail(c, "Bev Hulme <bev.hulme@nhs.net>", MAILBOX, "near miss", D(25, 14, 2), text=body, cte="7bit")


@scenario
def s_recalled_internal():
    c = Case("recalled-internal-nhsnet", "misdirected_internal", ["outlook_fwd", "recall", "internal"])
    p = P(age=(50, 85))
    c.subj(p, "name", "dob", "num", "hosp")
    c.staff("Mandy Clegg", "Andrew Clegg", "Dr Fenwick")
    c.ignore("email_address", "andrew.clegg2@nhs.net", "mandy.clegg@nhs.net")
    orig = (f"Dr Fenwick,\n\nCT colonography result for {p.name} ({p.hosp}, NHS {fmt_nhs(p.nhs)}, DOB {p.dob_s(3)}): 3cm "
            "mass sigmoid colon, suspicious for malignancy. 2WW MDT 27/11. Please can you ring the patient.\n\nMandy")
    body = ("Logging as asked. I sent the below to Andrew Clegg (a physio at another trust, nhs.net) instead of our Dr "
            "Fenwick. I recalled it within 5 minutes and Andrew rang me to say he'd seen the recall message and deleted it "
            "unread. Andrew is happy to confirm by email if needed.\n\nMandy Clegg\nColorectal CNS secretary\n\n"
            + outlook_fwd("Clegg Mandy <mandy.clegg@nhs.net>", D(19, 9, 14), "CLEGG, Andrew (NHS BOLTON) <andrew.clegg2@nhs.net>",
                          "CTC result - urgent", orig))
    c.grade(3, 2, ["health"], ["suspected cancer result sent to a clinician at another NHS organisation (nhs.net, trusted)",
                               "recalled and reported deleted unread; stays at 2"])
    return c, Mail(c, "Clegg Mandy <mandy.clegg@nhs.net>", MAILBOX, "FW: CTC result - urgent", D(19, 9, 40), text=body)


@scenario
def s_deep_forward_care_home():
    c = Case("deep-forward-discharge-wrong-care-home", "misdirected_external", ["outlook_fwd", "deep_forward", "top_posted",
                                                                              "quoted_reply", "vulnerable"])
    p = P(age=(80, 98))
    c.subj(p, "name", "dob", "num")
    c.staff("Tracey Nuttall", "Sister Anne Pollard", "Linda Marsh", "Matron Dev Chauhan", "Dr Okoro")
    c.ignore("email_address", "tracey.nuttall@brookfieldcare.co.uk", "anne.pollard@nhs.net", "dev.chauhan@nhs.net",
             "ward6.discharges@nhs.net")
    c.ignore("phone_number", "01422358812")
    lvl3 = (f"Please find discharge summary for {p.name} DOB {p.dob_s(0)} NHS No {fmt_nhs(p.nhs, 2)} who is returning to you "
            "today by PTS. Admitted with urosepsis, treated with IV gentamicin then oral co-amoxiclav to complete 7 days. New "
            "diagnosis of vascular dementia. Grade 2 pressure ulcer left heel - dressing plan attached. DNACPR in place, "
            "discussed with family.\n\nThanks\nWard 6 discharges")
    lvl2 = ("Hello, we don't have a resident by this name, I think this is meant for Brookfield House in Halifax, we are "
            "Brookfield Care Centre in Sowerby Bridge. We'll hang on to it until you tell us what to do.\nTracey Nuttall\n"
            "Deputy Manager\n01422 358812\n\n" + quote(outlook_fwd("Ward 6 Discharges <ward6.discharges@nhs.net>", D(20, 11, 5),
            "tracey.nuttall@brookfieldcare.co.uk", "Discharge summary", lvl3)))
    lvl1 = ("Dev - see below. Who do I tell? Anne\n\n" + outlook_fwd("Tracey Nuttall <tracey.nuttall@brookfieldcare.co.uk>",
            D(20, 15, 40), "Ward 6 Discharges <ward6.discharges@nhs.net>", "RE: Discharge summary", lvl2))
    body = ("Forwarding to the breach box. Wrong care home - similar names. I have asked Linda Marsh (discharge lead) to "
            "ring Brookfield and get it deleted.\n\nDev Chauhan\nMatron, Elderly Medicine\n\n"
            + outlook_fwd("Pollard Anne (Sister) <anne.pollard@nhs.net>", D(21, 8, 2), "Chauhan Dev <dev.chauhan@nhs.net>",
                          "FW: RE: Discharge summary", lvl1))
    c.grade(3, 3, ["health"], ["discharge summary (sepsis, dementia, pressure ulcer, DNACPR) with NHS number",
                               "sent to the wrong care home (external domain); not yet deleted", "vulnerable adult"])
    return c, Mail(c, "Chauhan Dev <dev.chauhan@nhs.net>", MAILBOX, "FW: FW: RE: Discharge summary", D(21, 8, 30), text=body)


@scenario
def s_html_ae_attendances():
    c = Case("html-ae-attendances-wrong-practice", "misdirected_internal", ["html_only", "html_table", "internal"])
    pts = [P(age=(1, 90)) for _ in range(12)]
    rows = ""
    for i, p in enumerate(pts):
        pc = "Overdose (paracetamol)" if i == 4 else R.choice(['Chest pain', 'Fall', 'Head injury', 'Asthma', 'Fracture wrist', 'Abdo pain'])
        rows += (f"<tr><td>{fmt_nhs(p.nhs)}</td><td>{p.name}</td><td>{p.dob_s(0)}</td><td>"
                 f"{pc}</td>"
                 f"<td>{R.choice(['Discharged', 'Admitted', 'Referred GP'])}</td></tr>")
        c.subj(p, "num", "name", "dob")
    c.staff("Owen Tiplady")
    c.ignore("email_address", "b82011.admin@nhs.net", "b82021.admin@nhs.net")
    html = ("<html><head><style>td{border:1px solid #999;padding:2px}</style></head><body>"
            "<p>Hi,</p><p>I sent our weekly ED attendance list for Beechwood Surgery (B82021) to B82011 (Ashfield Surgery) by "
            "mistake, the practice codes are one digit apart. Ashfield have said they'll delete it. Content below.</p>"
            "<p>Owen Tiplady<br/>ED Admin</p><hr/><table><tr><th>NHS No</th><th>Name</th><th>DOB</th><th>Presenting</th>"
            "<th>Outcome</th></tr>" + rows + "</table></body></html>")
    c.grade(3, 2, ["health"], ["ED attendance list (12 patients, presenting complaints incl. overdose) sent to the wrong GP practice",
                               "recipient is an NHS practice on nhs.net (trusted domain)"])
    c.cats = ["health", "mental_health"]
    c.sev = 4
    c.basis.append("one presenting complaint is an overdose (self-harm): mental health")
    return c, Mail(c, "Owen Tiplady <owen.tiplady@nhs.net>", MAILBOX, "ED list sent to wrong practice", D(10, 16, 20),
                   html=html, cte="qp")


@scenario
def s_antenatal_b64():
    c = Case("antenatal-booking-wrong-patient-base64", "misdirected_external", ["base64_body", "reproductive", "html"])
    p = P(sex="F", age=(20, 40))
    part = P(sex="M", age=(22, 45), last=p.last)
    wrong = P(sex="F", age=(20, 40), first=p.first)
    c.subj(p, "name", "dob", "num", "address")
    c.subj(part, "name")
    c.staff("Siobhan Kerr", wrong.name)
    c.ignore("email_address", wrong.email, "siobhan.kerr@nhs.net")
    text = (f"Hi,\n\nI'm a community midwife admin. The booking confirmation below was emailed to {wrong.email} (another "
            f"{p.first} on our list) instead of the patient. She emailed back to tell us.\n\nSiobhan Kerr\n\n"
            f"---- copy of what was sent ----\nDear {p.first},\n\nThank you for attending your booking appointment. Summary:\n"
            f"Name: {p.name}  DOB: {p.dob_s(0)}  NHS: {fmt_nhs(p.nhs)}\nAddress: {p.address}\n"
            f"Partner: {part.name}\nEDD: 14/05/2027. Gravida 3 Para 1 (one previous termination, 2021; one miscarriage 2024).\n"
            "Booking bloods: Hep B negative, HIV negative, syphilis negative. Dating scan booked 02/12/2026.\n\n"
            "Community Midwifery Team")
    c.grade(4, 3, ["reproductive_health", "sexual_health"], ["pregnancy booking details incl. previous termination and HIV/syphilis screening",
                                                             "sent to a different patient's personal email (external)"])
    return c, Mail(c, "Kerr Siobhan <siobhan.kerr@nhs.net>", MAILBOX, "Maternity email to wrong lady", D(13, 14, 45),
                   text=text, cte="b64")


@scenario
def s_genetics_pdf_neighbour():
    c = Case("genetics-brca-letter-neighbour", "postal_misdirection", ["pdf_letter", "genetic", "postal"])
    p = P(sex="F", age=(30, 55))
    sis = P(sex="F", age=(30, 60), last=p.last)
    c.subj(p, "name", "dob", "num", "address")
    c.subj(sis, "name")
    c.staff("Dr Helena Vickers", "Joanne Pilling")
    c.ignore("phone_number", "01612767140")
    letter = pdf_file("Manchester Centre for Genomic Medicine", [
        "Saint Mary's Hospital, Oxford Road, Manchester M13 9WL   Tel 0161 276 7140", "",
        f"{p.name}", f"{p.line1}", f"{p.town}", f"{p.postcode}", "",
        f"NHS Number: {fmt_nhs(p.nhs)}    Date of birth: {p.dob_s(2)}", "",
        f"Dear {p.first},",
        "I am writing to confirm the result of the genetic test we discussed in clinic. The test found a pathogenic "
        "variant in the BRCA2 gene (c.5946del). This means you have an increased lifetime risk of breast and ovarian "
        "cancer. We discussed risk-reducing options including surgery and enhanced breast screening.",
        f"You mentioned that your sister, {sis.name}, would like testing. We would be happy to see her if she is referred "
        "by her GP.", "", "Yours sincerely", "Dr Helena Vickers, Consultant Clinical Geneticist"])
    body = ("Dear IG,\n\nPlease see attached a copy of a letter that was posted to number " + str(int(p.line1.split()[0]) + 2) +
            " instead of the patient's address (typo on the envelope, the letter itself is correct). The neighbour opened and "
            "read it and then put it through our patient's door. The patient has complained that her neighbour now knows. "
            "The neighbour has not been contacted by us.\n\nJoanne Pilling\nGenetics Administrator")
    c.grade(4, 3, ["genetic", "health"], ["genetic test result (BRCA2) read by a neighbour after a misaddressed envelope",
                                          "disclosure occurred; sister named"])
    return c, Mail(c, "Pilling Joanne <joanne.pilling@mft.nhs.uk>", MAILBOX, "Complaint - genetics letter wrong house",
                   D(17, 10, 5), text=body, cte="7bit", attachments=[("scan0041.pdf", letter)], domain="mft.nhs.uk")


@scenario
def s_custody_wrong_force():
    c = Case("custody-healthcare-wrong-police-force", "misdirected_external", ["docx_letter", "criminal", "mental_health"])
    p = P(sex="M", age=(19, 40))
    c.subj(p, "name", "dob", "num", "address")
    c.staff("Nurse Practitioner Kelly Birch", "Kelly Birch", "DS Morley")
    c.ignore("email_address", "custody.leeds@westyorkshire.police.uk", "custody.lancs@lancashire.police.uk", "kelly.birch@nhs.net")
    doc = docx_file([
        "Custody Healthcare - Summary for Receiving Establishment",
        f"Detained person: {p.name}   DOB: {p.dob_s(0)}   NHS: {fmt_nhs(p.nhs)}",
        f"Home address: {p.address}",
        "Arrested 20/11/2026 on suspicion of s.18 GBH. Known paranoid schizophrenia, on clozapine 300mg (missed 2 days). "
        "Heroin use, last used 19/11. Opiate withdrawal scoring commenced. Self-harm scars both forearms.",
        "Assessed fit to detain and interview with appropriate adult."])
    body = ("Hello\n\nCustody healthcare NP. The attached healthcare summary was meant for West Yorkshire custody suite and "
            "I sent it to Lancashire by picking the wrong group. Lancashire have acknowledged receipt. I've asked them to delete "
            "it.\n\nKelly Birch, Nurse Practitioner, Custody Healthcare\n\nSent on behalf of Leeds Custody Healthcare Service")
    c.grade(4, 3, ["criminal", "mental_health", "substance_misuse"], ["custody health summary: alleged offence, schizophrenia, heroin use, self-harm",
                                                                      "sent to the wrong police force (outside trusted domains); deletion not yet confirmed"])
    return c, Mail(c, "Birch Kelly <kelly.birch@nhs.net>", MAILBOX, "custody summary wrong force", D(21, 2, 44), text=body,
                   attachments=[("HC summary.docx", doc)])


@scenario
def s_caseload_personal_gmail():
    c = Case("community-nursing-caseload-to-gmail", "emailed_to_personal", ["docx_table", "self_send", "vulnerable"])
    pts = [P(age=(65, 99)) for _ in range(15)]
    rows = [["Patient", "Address", "Visit", "Needs"]]
    for p in pts:
        rows.append([p.name, p.address, R.choice(["AM", "PM", "AM+PM"]), R.choice(["Insulin", "Leg ulcer dressing", "Catheter change",
                     "End of life - syringe driver", "Pressure area care", "B12 injection"])])
        c.subj(p, "name", "address")
    c.staff("Rhian Pugh", "Donna Evans")
    c.ignore("email_address", "rhianpugh_87@gmail.com", "donna.evans4@wales.nhs.uk")
    doc = docx_file(order=[("h", "District Nursing - Team B caseload w/c 16 Nov"), ("t", rows)])
    body = ("Hi, this is Donna Evans, team lead District Nursing Team B (Aneurin Bevan). One of my nurses, Rhian Pugh, has told "
            "me she emailed the team caseload to her personal gmail so she could plan visits on her phone because the laptop "
            "was playing up. 15 housebound patients with addresses and what we do for them. She has deleted it from gmail now "
            "she says. Attached is the document. Donna")
    c.grade(3, 3, ["health"], ["caseload of 15 housebound patients (addresses and nursing needs) sent to a personal gmail account",
                               "outside trusted domains; deletion self-reported by the staff member only"])
    return c, Mail(c, "Evans Donna (Aneurin Bevan UHB - District Nursing) <donna.evans4@wales.nhs.uk>", MAILBOX,
                   "caseload emailed to personal account", D(16, 18, 20), text=body, attachments=[("caseload TEAM B.docx", doc)],
                   domain="wales.nhs.uk")


@scenario
def s_sar_third_party():
    c = Case("sar-bundle-third-party-pages", "third_party_in_sar", ["plain", "gp_practice", "sar"])
    req = P(sex="M", age=(40, 70))
    tp = P(sex="F", age=(30, 60))
    c.subj(tp, "name", "dob", "num")
    c.staff("Alison Greaves", req.name, "Dr Hill")
    c.ignore("email_address", req.email)
    body = ("Hi,\n\nPractice manager, Calder Valley Medical Group. We sent a subject access request bundle (PDF, 212 pages) to "
            f"{req.name} last week by email at his request. He has rung to say pages 188-191 are not his. I've checked and they "
            f"are consultation notes for another patient, {tp.name}, DOB {tp.dob_s(0)}, NHS {fmt_nhs(tp.nhs)} - a "
            "consultation with Dr Hill about postnatal depression and her medication (sertraline), and a referral to the "
            "perinatal mental health team.\n\nHe says he'll delete it but I think he's a bit annoyed with us generally so not "
            "sure. I haven't attached the bundle as it's huge.\n\nAlison Greaves\nPractice Manager")
    c.grade(4, 3, ["mental_health", "reproductive_health"], ["another patient's consultation notes (postnatal depression) included in a SAR bundle",
                                                               "sent to the requester's personal email; deletion not confirmed"])
    return c, Mail(c, "Alison Greaves <alison.greaves1@nhs.net>", MAILBOX, "SAR - third party info sent", D(18, 12, 12),
                   text=body, cte="7bit")


@scenario
def s_flu_csv_no_numbers():
    c = Case("flu-invite-list-csv-no-nhs-numbers", "misdirected_external", ["csv_attachment", "no_health_numbers", "gp_practice"])
    pts = [P(age=(18, 90)) for _ in range(80)]
    rows = [["Name", "DOB", "Mobile", "Eligibility", "Invited"]]
    for p in pts:
        rows.append([p.name, p.dob_s(0), p.mobile, R.choice(["65+", "Diabetes", "COPD", "Asthma (steroids)", "CKD 3",
                     "Immunosuppressed", "Chronic heart disease"]), R.choice(["SMS 1", "SMS 2", "Letter"])])
        c.subj(p, "name", "dob", "phone")
    c.staff("Natalie Crook", "Brian Hepworth")
    c.ignore("email_address", "brian.hepworth@talktalk.net", "natalie.crook@nhs.net")
    body = ("Morning\n\nI need to report. For the Saturday flu clinic I was asked to send the list of patients who hadn't replied "
            "to our texts to the volunteer ringing round. I sent it to Brian Hepworth (chair of our patient group) not the "
            "volunteer, and to his home email. Brian has replied saying he's not opened it. 80 patients, names DOB mobile and why "
            "they're eligible, no NHS numbers.\n\nNatalie\nAdmin, Hebden Road Surgery")
    c.grade(3, 3, ["health"], ["80 patients' names, DOBs, mobiles and eligibility (diabetes, COPD, immunosuppression...) sent to a volunteer's home email",
                               "outside trusted domains; recipient says not opened, no deletion confirmed"])
    return c, Mail(c, "Natalie Crook <natalie.crook@nhs.net>", MAILBOX, "flu list sent to wrong person", D(14, 9, 5),
                   text=body, attachments=[("did_not_reply_flu.csv", csv_text(rows))])


@scenario
def s_school_imms_child_parent():
    c = Case("school-immunisation-child-parent-xlsx", "misdirected_external", ["xlsx_title_rows", "two_people_per_row",
                                                                             "child", "odd_headers"])
    rows = [["Year 8 HPV / Td-IPV / MenACWY - consent returns", None, None, None, None, None],
            ["School: St Bede's RC High", None, None, None, None, None],
            [None, "Child", "D.o.B", "NHS", "Parent/carer", "Contact", "Consent", "Notes"]]
    parents = []
    last_parent = None
    for i in range(28):
        if i in (5, 17):      # siblings (twins) sharing a parent
            par = last_parent
            ch = P(age=(12, 13), last=par.last)
        else:
            par = P(age=(30, 50))
            ch = P(age=(12, 13), last=par.last if R.random() < 0.8 else None)
        last_parent = par
        if par not in parents:
            parents.append(par)
        rows.append([i + 1, ch.name, ch.dob_s(0), ch.nhs, par.name, par.mobile, R.choice(["Y", "Y", "N", "not returned"]),
                     R.choice(["", "", "egg allergy", "needle phobic", "had HPV dose 1 privately", "epilepsy - care plan"])])
        c.subj(ch, "name", "dob", "num")
    for par in parents:
        c.subj(par, "name", "phone")
    c.staff("Lisa Horrocks", "Mr Dwyer")
    c.ignore("email_address", "office@stbernadettes.bolton.sch.uk", "lisa.horrocks@nhs.net", "office@stbedes.bolton.sch.uk")
    body = ("Hi\n\nSchool immunisation team. I sent our Year 8 consent tracker for St Bede's to St Bernadette's school office by "
            "mistake (both 'St B' in the distribution list). 28 children plus their parents' names and numbers. The office "
            "manager at St Bernadette's (Mr Dwyer) says he has deleted it, but only over the phone.\n\nLisa Horrocks\n"
            "Immunisation Team Coordinator")
    c.grade(3, 3, ["health"], ["28 children's names, DOBs, NHS numbers and vaccination/medical notes, with 26 parents' phone numbers",
                               "sent to the wrong school (external); deletion only confirmed verbally", "children involved"])
    x = xlsx([("Yr8 tracker", rows), ("Key", [["Y = consent given"], ["N = declined"]])])
    return c, Mail(c, "Lisa Horrocks <lisa.horrocks@nhs.net>", MAILBOX, "Sent to wrong school", D(26, 15, 5), text=body,
                   attachments=[("Yr8 StBedes consent tracker.xlsx", x)])


@scenario
def s_scotland_waiting_list_to_patient():
    c = Case("scotland-waiting-list-sent-to-patient", "misdirected_external", ["xlsx_missing_headers", "title_rows", "chi",
                                                                             "scotland", "gmail_fwd"])
    pts = [P(age=(25, 85), region="sco") for _ in range(60)]
    req = P(age=(40, 70), region="sco")
    rows = [["NHS Highland - Orthopaedics - Inpatient Waiting List (Raigmore)"], ["Extract 12/11/2026  - OFFICIAL-SENSITIVE"], [],
            [None, None, None, "Procedure", "Added", "Weeks", None]]
    for p in pts:
        rows.append([p.nhs, f"{p.last}, {p.first}", p.dob.strftime("%d/%m/%Y"), R.choice(["TKR", "THR", "ACL recon", "Carpal tunnel",
                     "Bunion", "Arthroscopy"]), "2025-" + f"{R.randrange(1, 13):02d}-10", R.randrange(20, 110), R.choice(["", "urgent", "CAT 2"])])
        c.subj(p, "num", "name", "dob")
    c.staff("Catriona MacRae", req.name)
    c.ignore("email_address", req.email, "catriona.macrae@nhs.scot")
    orig = (f"Hello, I asked for a copy of my referral letter but you've sent me a spreadsheet with loads of other people's "
            "names on it and their operations. I don't think I should have this. I won't share it.\n\n" + req.name)
    body = ("Please see below from a patient. I attached the waiting list instead of his letter. 60 patients on it. I've asked "
            "him to delete and reply to confirm.\n\nCatriona MacRae\nWaiting Times Coordinator, NHS Highland\n\n"
            + gmail_fwd(f"{req.name} <{req.email}>", D(12, 20, 16), "catriona.macrae@nhs.scot", "Re: Your referral letter", orig))
    x = xlsx([("WL", rows)])
    c.grade(3, 3, ["health"], ["waiting list with CHI numbers, names, DOBs and planned operations for 60 patients",
                               "sent to a member of the public; deletion requested but not confirmed"])
    return c, Mail(c, "Catriona MacRae (NHS Highland) <catriona.macrae@nhs.scot>", MAILBOX, "Fwd: Re: Your referral letter",
                   D(13, 8, 45), text=body, attachments=[("Raigmore ortho WL 12-11.xlsx", x)], domain="nhs.scot")


@scenario
def s_wales_ppg_to_not_bcc():
    c = Case("wales-ppg-to-not-bcc", "to_not_bcc_group", ["plain", "recipients_disclosed", "wales", "bilingual"])
    mem = [P(age=(30, 85), region="wal") for _ in range(14)]
    to = []
    for i, p in enumerate(mem):
        if i % 2:
            to.append(f"{p.name} <{p.email}>")
            c.subj(p, "name", "email")
        else:
            to.append(p.email)
            c.subj(p, "email")
    c.staff("Eleri Jones")
    c.ignore("email_address", "w97044.practicemanager@wales.nhs.uk")
    orig = ("Annwyl aelodau / Dear members,\n\nOur next Patient Participation Group meeting is on Tuesday 1 December at 6pm in "
            "the practice library. Agenda: new telephone system, flu uptake, car park.\n\nCofion / Regards\nEleri Jones\n"
            "Practice Manager, Bron Derw Surgery")
    body = ("I need to report that I sent the below with everyone in To. It's our PPG so no medical info, but it does show "
            "they're our patients and one member has complained their email is now known to another member (ex-husband's "
            "cousin, it's a small town!).\n\nEleri\n\n" + outlook_fwd("Practice Manager W97044 <w97044.practicemanager@wales.nhs.uk>",
            D(20, 17, 1), ", ".join(to), "PPG meeting 1 Dec / Cyfarfod Grŵp Cleifion", orig))
    c.grade(2, 3, [], ["patient participation group email with 14 members' addresses in To (not Bcc)",
                       "no clinical information; identifies them as the practice's patients", "external personal addresses"])
    return c, Mail(c, "Practice Manager W97044 <w97044.practicemanager@wales.nhs.uk>", MAILBOX,
                   "FW: PPG meeting 1 Dec / Cyfarfod Grŵp Cleifion", D(21, 9, 12), text=body, cte="qp", domain="wales.nhs.uk")


@scenario
def s_verbal_waiting_room():
    c = Case("verbal-disclosure-waiting-room-complaint", "verbal_disclosure", ["top_posted", "quoted_reply", "complaint"])
    p = P(sex="F", age=(25, 60))
    c.subj(p, "name", "dob", "phone")
    c.staff("Sue Latham", "Kirsty")
    c.subj(p, "email")
    comp = (f"To whom it may concern,\n\nOn Monday 16th I was at the front desk and your receptionist read out, loudly, "
            "that my chlamydia test was positive and I needed to collect antibiotics. The waiting room was full and I know at "
            "least two people there. I am humiliated. I want this treated as a formal complaint.\n\n"
            f"{p.name}\nDOB {p.dob_s(0)}\nTel {p.mob_s()}")
    body = ("Top posting as requested - complaint below, received yesterday. Receptionist (Kirsty) agrees she said it at the "
            "desk, she thought the patient would want to know straight away. Reporting as a breach.\n\nSue Latham\nPractice Manager\n\n"
            + "On 17 Nov 2026, at 21:40, " + f"{p.name} <{p.email}> wrote:\n" + quote(comp))
    c.grade(4, 3, ["sexual_health"], ["STI result disclosed verbally in a full waiting room", "disclosure occurred; complaint received"])
    return c, Mail(c, "Sue Latham <sue.latham@nhs.net>", MAILBOX, "Complaint - confidentiality at reception", D(18, 9, 30),
                   text=body)


@scenario
def s_pharmacy_hiv_meds_tesco():
    c = Case("hospital-pharmacy-arv-list-to-supermarket", "misdirected_external", ["plain", "pharmacist", "sexual_health"])
    p = P(sex="M", age=(30, 65))
    c.subj(p, "name", "dob", "num", "hosp")
    c.staff("Hannah Okonkwo", "Dr Levin")
    c.ignore("email_address", "store2241.pharmacy@tesco.com", "hannah.okonkwo@nhs.net")
    c.ignore("phone_number", "01142713344")
    body = ("Dear colleagues,\n\nI'm a rotational pharmacist in the dispensary at the Northern General. This afternoon I emailed a "
            "TTO medicines reconciliation to what I thought was the patient's community pharmacy. The address I used "
            "(store2241.pharmacy@tesco.com) appears to be a general Tesco store mailbox, not the in-store pharmacy's nhs.net "
            "account. Nothing back from them.\n\nContent of the email:\n"
            f"  Patient: {p.name}   Hosp no {p.hosp}   NHS {fmt_nhs(p.nhs)}   DOB {p.dob_s(3)}\n"
            "  Biktarvy 1 tablet OD (HIV - continue, supply from clinic)\n  Co-trimoxazole 960mg OD (PCP prophylaxis)\n"
            "  Apixaban 5mg BD (new - PE)\n  Consultant: Dr Levin, Infectious Diseases\n\n"
            "I've emailed and phoned the store asking them to delete it.\n\nHannah Okonkwo\nPharmacist\nExt 13344 / 0114 271 3344")
    c.grade(4, 3, ["sexual_health"], ["HIV antiretroviral therapy and PCP prophylaxis for a named patient with NHS number",
                                      "sent to a supermarket's general mailbox (external)"])
    return c, Mail(c, "Okonkwo Hannah <hannah.okonkwo@nhs.net>", MAILBOX, "Misdirected email - TTO to wrong pharmacy address",
                   D(24, 16, 58), text=body)


@scenario
def s_domestic_abuse_old_address():
    c = Case("letter-to-old-address-abuser", "misuse_occurred", ["top_posted", "quoted_reply", "safeguarding", "deep_forward"])
    p = P(sex="F", age=(25, 45))
    ex = P(sex="M", age=(25, 50), last=p.last)
    newaddr = p.address
    c.subj(p, "name", "dob", "num", "address")
    c.staff("Amir Qureshi", "Jill Barraclough", ex.name)
    oldaddr = f"{R.randrange(1, 60)} Cemetery Road, Halifax, HX1 3QT"
    c.ignore("address", oldaddr)
    c.ignore("postcode", "HX1 3QT")
    c.ignore("email_address", "amir.qureshi@nhs.net", "jill.barraclough@nhs.net")
    inner = (f"Jill,\n\nMs {p.last}'s IDVA rang. The appointment letter from gynaecology went to her old address ({oldaddr}) "
             "where her ex-partner still lives - she moved out under a MARAC plan and her new address is flagged as confidential "
             f"on the GP record but not on PAS. The letter had her new address on it as the correspondence address ({newaddr}) "
             "because of a PAS merge. He turned up at the new address on Saturday. Police are involved.\n\n"
             f"Patient: {p.name}, NHS {fmt_nhs(p.nhs)}, DOB {p.dob_s(0)}.\n\nAmir")
    mid = ("Thanks Amir - this needs to go to the breach box today and to the safeguarding team. I'll raise a Datix.\nJill\n\n"
           + quote("From: Qureshi Amir\nSent: 23 November 2026 09:12\nTo: Barraclough Jill\nSubject: URGENT - letter to "
                   "old address\n\n" + inner))
    body = ("Forwarding as Jill asked. Please treat as urgent - this is a safeguarding case and the patient's safety has been "
            "put at risk.\n\nAmir Qureshi\nOutpatient Services Manager\n\n" + quote(mid))
    c.grade(4, 5, ["safeguarding", "reproductive_health"], ["domestic abuse survivor's confidential new address disclosed to the abuser in a "
                                                            "gynaecology appointment letter", "misuse occurred: he attended the new address"])
    return c, Mail(c, "Qureshi Amir <amir.qureshi@nhs.net>", MAILBOX, "RE: URGENT - letter to old address", D(23, 11, 8),
                   text=body)


@scenario
def s_portal_wrong_record_qp():
    c = Case("ct-report-wrong-portal-record", "wrong_record", ["quoted_printable", "long_lines", "ward_clerk"])
    p = P(age=(40, 80))
    other = P(age=(40, 80), first=p.first)
    c.subj(p, "name", "num")
    c.staff("Kelly Rourke", other.name)
    body = ("Hi IG team=,\n\n".replace("=", "") +
            f"Radiology admin here. A CT chest/abdo/pelvis report for {p.name} (NHS {fmt_nhs(p.nhs)}) was filed into the record of "
            f"a different patient, {other.name}, who has the same first name and is in the next bay. The report went through "
            "to the patient portal overnight and this morning the other patient has messaged to say \"I've got someone else's "
            "scan result on my app, it says they've got a 4.5cm lung mass and liver mets???\" -- the report is now removed "
            "from her record (task ref RAD-55120, time removed 09:47).\n\nCT CAP findings: 4.5 cm spiculated RUL mass, multiple "
            "liver lesions in keeping with metastases, T3 N2 M1b. Conclusion: likely primary lung carcinoma with hepatic "
            "metastases. Urgent lung MDT referral sent.\n\nThe correct patient has NOT yet been told the result by a clinician.\n\n"
            "Kelly Rourke\nRadiology Administration")
    c.grade(3, 3, ["health"], ["cancer CT report filed in another patient's record and shown on her patient app",
                               "the other patient read it (disclosure occurred)"])
    return c, Mail(c, "Rourke Kelly <kelly.rourke@nhs.net>", MAILBOX, "Wrong patient - report on app", D(26, 10, 15),
                   text=body, cte="qp")


@scenario
def s_transport_csv_taxi():
    c = Case("dialysis-transport-list-wrong-taxi-firm", "misdirected_external", ["csv_semicolon", "no_health_numbers",
                                                                               "odd_headers"])
    pts = [P(age=(40, 90)) for _ in range(25)]
    rows = [["pt", "pick up from", "pc", "time", "unit", "mobility"]]
    for p in pts:
        rows.append([p.name, f"{p.line1}, {p.town}", p.postcode, R.choice(["06:15", "06:45", "11:30", "12:00"]),
                     R.choice(["Renal Unit - Dialysis", "Satellite Dialysis Unit"]), R.choice(["walker", "w/c", "stick", ""])])
        c.subj(p, "name", "address")
    c.staff("Darren Holt")
    c.ignore("email_address", "bookings@a1cars-preston.co.uk", "bookings@a1taxis-preston.co.uk", "darren.holt@nhs.net")
    body = ("Logging this: the dialysis transport run sheet for Tuesday went to A1 Cars (bookings@a1cars-preston.co.uk) "
            "instead of A1 Taxis who have the contract. 25 patients, addresses and times, no NHS numbers. A1 Cars have "
            "replied 'not us mate' and nothing else.\n\nDarren Holt, Transport Coordinator, Renal")
    c.grade(3, 3, ["health"], ["25 dialysis patients' names, home addresses and pick-up times sent to the wrong taxi firm",
                               "external, no confirmation of deletion"])
    return c, Mail(c, "Holt Darren <darren.holt@nhs.net>", MAILBOX, "run sheet to wrong taxi co", D(27, 7, 33), text=body,
                   cte="7bit", attachments=[("tue run sheet.csv", csv_text(rows, sep=";"))])


@scenario
def s_usb_found_no_pd():
    c = Case("usb-found-car-park-training-slides", "lost_device_no_pd", ["plain", "found_device", "no_pd"])
    c.staff("Mike Teasdale", "Joe Farrell")
    c.grade(1, 1, [], ["found USB stick examined by IT: only training slides, no personal data"], near_miss=True)
    body = ("Hi,\n\nA porter (Joe Farrell) handed in a USB stick found in the multi-storey (level 3). IT Security examined it on "
            "the sandbox PC (job IT-SEC-2026-117): it is an unencrypted 16GB Kingston drive containing two PowerPoint files, "
            "'Manual Handling Refresher 2024.pptx' and 'Fire Safety Induction v7.pptx', and nothing else (no hidden or deleted "
            "files recovered). No patient or staff personal data. Drive destroyed per policy.\n\nMike Teasdale\nIT Security")
    return c, Mail(c, "Mike Teasdale <mike.teasdale@example.nhs.uk>", MAILBOX, "Found USB - no PD, for the record",
                   D(27, 12, 0), text=body, cte="7bit", domain="example.nhs.uk")


@scenario
def s_palliative_pdf_funeral_director():
    c = Case("palliative-register-pdf-to-funeral-director", "misdirected_external", ["pdf_table", "gp_practice"])
    pts = [P(age=(55, 99)) for _ in range(10)]
    table = [["Name", "DOB", "NHS No", "Diagnosis", "DNACPR", "Preferred place"]]
    for p in pts:
        table.append([p.name, p.dob_s(0), fmt_nhs(p.nhs), R.choice(["Ca lung", "Ca pancreas", "MND", "End stage COPD",
                      "Heart failure", "Ca prostate (mets)", "Dementia"]), R.choice(["Yes", "Yes", "No"]), R.choice(["Home", "Hospice", "Care home"])])
        c.subj(p, "name", "dob", "num")
    c.staff("Gillian Thwaite", "Dr Nairn", "Dr Poulter")
    c.ignore("email_address", "arrangements@coopfuneralcare-halifax.co.uk", "gillian.thwaite@nhs.net")
    pdf = pdf_file("Gold Standards Framework Register - Park View Surgery - November 2026", [
        "For the monthly palliative care MDT. CONFIDENTIAL."], table=table, colw=[38, 22, 28, 42, 16, 44],
        after=["", "Leads: Dr Nairn, Dr Poulter. District nurse liaison: Team C."])
    body = ("I need to report a really embarrassing one. I was replying to the funeral director about a death certificate "
            "query and accidentally attached our GSF palliative register instead of the MCCD copy. 10 patients, all still alive. "
            "The funeral director has been very understanding on the phone and says he'll delete it, I'm waiting for his email.\n\n"
            "Gillian Thwaite\nPractice Manager\nPark View Surgery")
    c.grade(3, 3, ["health"], ["palliative care register (terminal diagnoses, DNACPR) for 10 living patients sent to a funeral director",
                               "external; deletion promised verbally only"])
    return c, Mail(c, "Gillian Thwaite <gillian.thwaite@nhs.net>", MAILBOX, "wrong attachment - funeral director",
                   D(25, 11, 11), text=body, attachments=[("GSF register Nov26.pdf", pdf)])


@scenario
def s_tribunal_report_wrong_solicitor():
    c = Case("mh-tribunal-report-wrong-solicitor", "misdirected_external", ["docx_letter", "quoted_reply", "inline_quotes",
                                                                         "mental_health"])
    p = P(sex="M", age=(20, 60))
    mum = P(sex="F", age=(45, 80), last=p.last)
    c.subj(p, "name", "dob", "num", "hosp")
    c.subj(mum, "name")
    c.staff("Dr Priyanka Menon", "Laura Sykes", "Martin Boyle")
    c.ignore("email_address", "mboyle@boylesolicitors.co.uk", "m.boyle@boyle-law.co.uk", "laura.sykes@nhs.net")
    doc = docx_file([
        "First-tier Tribunal (Mental Health) - Responsible Clinician's Report",
        f"Patient: {p.name}   DOB {p.dob_s(0)}   NHS {fmt_nhs(p.nhs)}   Hospital No {p.hosp}",
        "Detained under section 3 MHA 1983 since 02/09/2026, Ward 2 (PICU), The Oaks.",
        "Diagnosis: bipolar affective disorder, current episode manic with psychotic features. Cannabis use disorder.",
        f"Index offence/incident: assault on mother ({mum.name}) at home, no charges brought.",
        "Risk: high risk of disengagement and relapse if discharged. Recommendation: detention should continue.",
        "Dr Priyanka Menon, Consultant Psychiatrist"])
    reply = ("Dear Ms Sykes\n\nI think this has come to me in error - we are not instructed for this patient. Our firm is "
             "Boyle Solicitors in Wakefield; I suspect you want Boyle Law in Leeds. I have not read beyond the first page.\n\n"
             "Martin Boyle")
    body = (reply + "\n\n> From: Sykes Laura <laura.sykes@nhs.net>\n> Sent: 24 November 2026 15:02\n> To: mboyle@boylesolicitors.co.uk\n"
            "> Subject: Tribunal report - hearing 01/12\n>\n> Dear Mr Boyle, please find the RC report attached for the hearing.\n"
            "> Kind regards, Laura Sykes, MHA Administrator")
    top = ("IG - another one, sorry. Report attached (the one I sent). Laura\n\n" + outlook_hdr(
        "Martin Boyle <mboyle@boylesolicitors.co.uk>", D(24, 16, 40), "Sykes Laura <laura.sykes@nhs.net>",
        "RE: Tribunal report - hearing 01/12", body))
    c.grade(4, 3, ["mental_health", "substance_misuse"], ["mental health tribunal report (section 3, diagnosis, risk, assault on mother)",
                                                          "sent to the wrong solicitor's firm (external); no written deletion"])
    return c, Mail(c, "Sykes Laura <laura.sykes@nhs.net>", MAILBOX, "FW: RE: Tribunal report - hearing 01/12", D(24, 17, 2),
                   text=top, attachments=[("RC report.docx", doc)])


@scenario
def s_ni_domiciliary_rota_lost():
    c = Case("ni-domiciliary-rota-lost", "lost_paper", ["docx_table", "northern_ireland", "vulnerable", "care_provider"])
    pts = [P(age=(60, 98), region="ni") for _ in range(12)]
    rows = [["Time", "Client", "Address", "Postcode", "Call", "Notes"]]
    for p in pts:
        rows.append([R.choice(["07:30", "08:15", "09:00", "12:00", "17:30", "21:00"]), p.name, p.line1 + ", " + p.town, p.postcode,
                     R.choice(["Personal care", "Meds prompt", "Tea call", "Bed call"]),
                     R.choice(["Key safe", "Catheter", "Diabetic - check sugars", "Dementia, lives alone", "Hoist x2"])])
        c.subj(p, "name", "address")
    c.staff("Roisin Devlin", "Ciara")
    c.ignore("email_address", "roisin.devlin@carewellni.co.uk")
    doc = docx_file(order=[("h", "Run 4 - Lisburn / Belfast South - Tue 24/11"), ("t", rows)])
    body = ("Hi, registered manager at CareWell NI (we're commissioned by the South Eastern Trust, they said to report to you "
            "as well as RQIA). One of our carers, Ciara, lost her printed run sheet on Tuesday evening - she thinks it fell out of "
            "her pocket at a petrol station on the Saintfield Road. It's been reported to PSNI lost property. The run sheet is the "
            "attached (printed copy), 12 clients, addresses and care notes.\n\nRoisin Devlin\nRegistered Manager, CareWell NI")
    c.grade(3, 3, ["health"], ["printed domiciliary care run sheet (12 vulnerable clients, addresses, care needs) lost in public",
                               "not recovered"])
    return c, Mail(c, "Roisin Devlin <roisin.devlin@carewellni.co.uk>", MAILBOX, "Lost run sheet - CareWell NI", D(25, 19, 5),
                   text=body, attachments=[("Run4 Tue.docx", doc)], domain="carewellni.co.uk")


@scenario
def s_care_home_mar_wrong_gp():
    c = Case("care-home-mar-chart-wrong-gp-nhsnet", "misdirected_internal", ["pdf_table", "care_home", "vulnerable"])
    r = P(age=(80, 100))
    c.subj(r, "name", "dob", "num")
    c.staff("Beverley Shaw", "Dr Kaur")
    c.ignore("email_address", "kirkgate.surgery@nhs.net", "kirkside.surgery@nhs.net", "beverley.shaw@nhs.net")
    table = [["Medication", "Dose", "08:00", "12:00", "18:00", "22:00"],
             ["Donepezil", "10mg", "", "", "", "X"], ["Sertraline", "50mg", "X", "", "", ""],
             ["Bisoprolol", "2.5mg", "X", "", "", ""], ["Laxido", "1 sachet", "X", "", "X", ""]]
    pdf = pdf_file("Medication Administration Record - Ashgrove Nursing Home", [
        f"Resident: {r.name}   DOB: {r.dob_s(0)}   NHS No: {fmt_nhs(r.nhs)}   Room 14", "Allergies: penicillin (rash)"],
        table=table)
    body = ("Dear Sir/Madam,\n\nI am the deputy manager at Ashgrove Nursing Home. We use NHSmail. Yesterday I sent a resident's MAR "
            "chart to Kirkgate Surgery instead of Kirkside Surgery (her GP) for a medication review. Kirkgate have replied that "
            "they have deleted it. Attached is a copy.\n\nKind regards\nBeverley Shaw\nDeputy Manager")
    c.grade(3, 2, ["health", "mental_health"], ["resident's MAR chart (dementia and antidepressant medication) sent to the wrong GP practice",
                                                "recipient is an NHS practice on nhs.net and has deleted it", "vulnerable adult"])
    return c, Mail(c, "Beverley Shaw <beverley.shaw@nhs.net>", MAILBOX, "MAR chart sent to wrong surgery", D(30, 10, 20),
                   text=body, attachments=[("MAR Room14.pdf", pdf)])


@scenario
def s_attached_eml_alcohol():
    c = Case("attached-original-alcohol-liaison-letter", "misdirected_external", ["attached_eml", "message_rfc822",
                                                                                "substance_misuse", "html"])
    p = P(sex="M", age=(35, 70))
    c.subj(p, "name", "dob", "num", "address")
    c.staff("Neil Bamford", "Dr Yusuf", "Gareth Collins")
    c.ignore("email_address", "gareth.collins@collinsjoinery.co.uk", "alcohol.liaison@nhs.net", "neil.bamford@nhs.net")
    inner_html = (f"<html><body><p>Dear GP,</p><p><b>Re: {p.name}, DOB {p.dob_s(0)}, NHS {fmt_nhs(p.nhs)}</b><br/>{p.address}</p>"
                  "<p>Seen by the Alcohol Care Team on Ward 4. Alcohol dependence (AUDIT 34), drinking 2 litres of cider daily. "
                  "Admitted with a withdrawal seizure. Completed Pabrinex and chlordiazepoxide reducing regime. Agreed referral to "
                  "community alcohol service. Please consider acamprosate.</p><p>Dr Yusuf, Alcohol Liaison</p></body></html>")
    inner = Mail(c, "Alcohol Liaison <alcohol.liaison@nhs.net>", "gareth.collins@collinsjoinery.co.uk",
                 "ACT letter", D(27, 14, 2), html=inner_html, cte="qp")
    body = ("Hi - original attached as an email. Our team sent this to a joinery firm (Gareth Collins) rather than the GP "
            "(Dr Collins). No response from them yet.\n\nNeil Bamford\nAlcohol Care Team Lead Nurse")
    c.grade(4, 3, ["substance_misuse"], ["alcohol dependence letter with NHS number and address",
                                         "sent to a private company (external); no response"])
    return c, Mail(c, "Bamford Neil <neil.bamford@nhs.net>", MAILBOX, "FW: ACT letter (original attached)", D(27, 15, 30),
                   text=body, attached_eml=inner)


@scenario
def s_memory_clinic_group_xlsx():
    c = Case("memory-clinic-group-members-carers-xlsx", "misdirected_external", ["xlsx_multi_sheet", "two_people_per_row",
                                                                              "staff_sheet", "summary_sheet", "vulnerable"])
    mem = [P(age=(65, 92)) for _ in range(22)]
    s1 = [["Living Well with Dementia group - Spring cohort"], [],
          ["Member", "DOB", "Diagnosis", "Carer", "Carer relationship", "Carer phone", "Carer email"]]
    carers = []
    shared = None
    for i, m in enumerate(mem):
        if i == 11:
            carer = shared         # one daughter cares for both her parents (rows 11 and 12)
        else:
            carer = P(age=(40, 80), last=m.last if R.random() < 0.7 else None)
        if i == 10:
            shared = carer
        if carer not in carers:
            carers.append(carer)
        s1.append([m.name, m.dob_s(0), R.choice(["Alzheimer's", "Vascular dementia", "Mixed", "Lewy body", "MCI"]), carer.name,
                   R.choice(["Wife", "Husband", "Daughter", "Son", "Friend"]) if i not in (10, 11) else "Daughter", carer.mob_s(), carer.email])
        c.subj(m, "name", "dob")
    for cr in carers:
        c.subj(cr, "name", "phone", "email")
    s2 = [["Facilitator", "Role", "Phone"], ["Jenny Ackroyd", "Admiral Nurse", "07700 900311"],
          ["Paul Stansfield", "OT", "07700 900422"], ["Chloe Ibbotson", "Support worker", "07700 900533"]]
    s3 = [["Summary"], ["Members", 22], ["Carers attending", len(carers)], ["Sessions", 8]]
    c.staff("Jenny Ackroyd", "Paul Stansfield", "Chloe Ibbotson")
    c.ignore("phone_number", "07700900311", "07700900422", "07700900533")
    c.ignore("email_address", "bookings@stmarkscommunityhall.org.uk", "jenny.ackroyd@nhs.net")
    body = ("Hello, Admiral Nurse from the memory service. I was sending the hall our room booking and sent the group "
            "spreadsheet by mistake (3 tabs: members+carers, facilitators, summary). St Mark's is a church hall run by "
            "volunteers. I've emailed the booking secretary to ask her to delete it.\n\nJenny Ackroyd")
    x = xlsx([("Members", s1), ("Facilitators", s2), ("Summary", s3)])
    c.grade(3, 3, ["health"], ["22 people with dementia (diagnosis, DOB) and their carers' phone numbers and emails",
                               "sent to a community hall's volunteer booking address (external)", "vulnerable adults"])
    return c, Mail(c, "Ackroyd Jenny <jenny.ackroyd@nhs.net>", MAILBOX, "wrong file sent to hall", D(28, 10, 2), text=body,
                   attachments=[("LWWD spring group.xlsx", x)])


@scenario
def s_skip_records_facebook():
    c = Case("records-in-skip-posted-facebook", "published_social_media", ["gmail_fwd", "published", "paper_records"])
    pts = [P(age=(20, 90)) for _ in range(9)]
    lines = []
    for p in pts:
        lines.append(f"  {p.name}  {p.dob_s(0)}  {R.choice(['ENT', 'Audiology', 'ENT - 2WW', 'Head & Neck'])}")
        c.subj(p, "name", "dob")
    c.staff("Kevin Stott", "Yasmin Lodge")
    c.ignore("email_address", "kev.stott71@gmail.com", "comms@example.nhs.uk", "yasmin.lodge@example.nhs.uk")
    orig = ("Hi, thought you should know, someone on the Brighouse Community Noticeboard Facebook group has posted photos of "
            "NHS clinic lists in a skip outside the old ENT clinic on Bradford Road. You can read the names and dates of birth. "
            "It's had loads of comments.\n\nKev")
    body = ("Comms forwarded this from a member of the public. I've looked at the Facebook post (still up, 180+ comments, "
            "shared 40 times). The photos are of old ENT outpatient lists from 2019 - Estates cleared the building last week. "
            "From the photos I can read:\n\n" + "\n".join(lines) + "\n\nEstates are recovering the skip now and we've reported "
            "the post to Facebook.\n\nYasmin Lodge\nIG Officer\n\n" + gmail_fwd("Kevin Stott <kev.stott71@gmail.com>",
            D(29, 18, 44), "comms@example.nhs.uk", "NHS records in skip", orig))
    c.grade(3, 4, ["health"], ["clinic lists with names, DOBs and clinics found in a skip and photos published on Facebook",
                               "published (likelihood 4)", "health information (ENT / 2WW suspected cancer clinic)"])
    return c, Mail(c, "Yasmin Lodge <yasmin.lodge@example.nhs.uk>", MAILBOX, "Fwd: NHS records in skip - Facebook",
                   D(30, 8, 15), text=body, domain="example.nhs.uk")


# === SCENARIOS END ===


def main():
    truth = []
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    for i, fn in enumerate(SCENARIOS, 1):
        case, mail = fn()
        fname = f"{i:03d}-{case.slug}.eml"
        data = build(mail, i)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        truth.append(case.record(fname))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in truth:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    ranges = {"nhs_number": [(400, 499), (600, 799)], "hc_number": [(320, 399)]}
    for t in truth:
        for k in ("nhs_number", "chi_number", "hc_number"):
            for n in t["identifiers"].get(k, []):
                assert valid_mod11(n), (t["file"], n)
                if k in ranges:
                    assert any(lo <= int(n[:3]) <= hi for lo, hi in ranges[k]), (t["file"], n)
                else:
                    dt.datetime.strptime(n[:6], "%d%m%y")
    print(f"wrote {len(truth)} emails")


if __name__ == "__main__":
    main()
