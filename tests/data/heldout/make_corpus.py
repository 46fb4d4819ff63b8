#!/usr/bin/env python3
"""Build the breachdesk held-out evaluation corpus (40 .eml files + truth.jsonl).

Independent of the implementation: written only from shared/DESIGN.md, shared/eval/score.py
and the truth schema of shared/samples/truth.jsonl.  Deterministic (fixed seed, fixed MIME
boundaries, fixed Message-IDs, zip timestamps pinned).

Every identifier that appears in a message is rendered through a Case helper that also
records it in the truth, so the truth always matches the content.

    /work/venv/bin/python make_corpus.py            # writes *.eml + truth.jsonl next to this file
"""
import base64
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
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20260314)

# ------------------------------------------------------------------ identifier generators

def mod11_check(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return None if c == 10 else c


def valid_mod11(n10):
    return len(n10) == 10 and n10.isdigit() and mod11_check(n10[:9]) == int(n10[9])


_used_numbers = set()


def health_number(ranges):
    """A 10-digit number passing Modulus 11, first three digits drawn from `ranges`."""
    while True:
        lo, hi = rng.choice(ranges)
        head = str(rng.randint(lo, hi)).zfill(3) + "".join(str(rng.randint(0, 9)) for _ in range(6))
        c = mod11_check(head)
        if c is None:
            continue
        n = head + str(c)
        if n in _used_numbers:
            continue
        _used_numbers.add(n)
        return n


def nhs_number():
    return health_number([(400, 499), (600, 799)])


def test_nhs_number():
    return health_number([(999, 999)])


def hc_number():
    return health_number([(320, 399)])


def chi_number(dob, sex):
    while True:
        d8 = dob.strftime("%d%m%y") + f"{rng.randint(0, 99):02d}"
        sexd = rng.choice([0, 2, 4, 6, 8]) if sex == "F" else rng.choice([1, 3, 5, 7, 9])
        head = d8 + str(sexd)
        c = mod11_check(head)
        if c is None:
            continue
        n = head + str(c)
        if n not in _used_numbers:
            _used_numbers.add(n)
            return n


def bad_mod11_number(lo=400, hi=799):
    """A 10-digit number in a plausible range whose check digit is WRONG (decoy)."""
    while True:
        head = str(rng.randint(lo, hi)) + "".join(str(rng.randint(0, 9)) for _ in range(6))
        c = mod11_check(head)
        last = rng.randint(0, 9)
        if c is None or last != c:
            n = head + str(last)
            assert not valid_mod11(n)
            return n


def good_mod11_decoy(lo=400, hi=499):
    """A 10-digit number that passes Mod 11 but is labelled as an order/PO number (hard decoy)."""
    return health_number([(lo, hi)])


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni_number():
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            continue
        return p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def postcode(area, district=None):
    if district is None:
        district = rng.randint(1, 20)
    return f"{area}{district} {rng.randint(1, 9)}{rng.choice(INWARD)}{rng.choice(INWARD)}"


DRAMA = {
    "mobile": ("07700", "900", 3),
    "leeds": ("0113", "496 0", 3), "london": ("020", "7946 0", 3), "manchester": ("0161", "496 0", 3),
    "bristol": ("0117", "496 0", 3), "cardiff": ("029", "2018 0", 3), "edinburgh": ("0131", "496 0", 3),
    "glasgow": ("0141", "496 0", 3), "belfast": ("028", "9649 6", 3), "sheffield": ("0114", "496 0", 3),
    "nottingham": ("0115", "496 0", 3), "birmingham": ("0121", "496 0", 3), "reading": ("0118", "496 0", 3),
    "newcastle": ("0191", "498 0", 3),
}


_used_phones = set()


def phone(kind="mobile"):
    a, b, n = DRAMA[kind]
    while True:
        tail = f"{rng.randint(0, 999):03d}"
        p = f"{a} {b}{tail}"
        if p not in _used_phones:
            _used_phones.add(p)
            return p


def norm_phone(s):
    d = re.sub(r"\D", "", s)
    if d.startswith("00"):
        d = d[2:]
    if d.startswith("44") and len(d) >= 11:
        d = d[2:]
        if d.startswith("0"):
            d = d[1:]
        d = "0" + d
    return d


def phone_styles(p, style):
    """Render a UK phone in different ways (all normalise to the same digits)."""
    d = re.sub(r"\D", "", p)
    if style == "plain":
        return p
    if style == "nospace":
        return d
    if style == "+44":
        return "+44 " + p[1:]
    if style == "+44(0)":
        return "+44 (0)" + p[1:]
    if style == "0044":
        return "0044 " + p[1:]
    if style == "dash":
        return "-".join(p.split())
    if style == "brackets":
        a, rest = p.split(" ", 1)
        return f"({a}) {rest}"
    raise ValueError(style)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d, style):
    if style == "dmy/":
        return d.strftime("%d/%m/%Y")
    if style == "dmy.":
        return d.strftime("%d.%m.%Y")
    if style == "dmy2.":
        return d.strftime("%d.%m.%y")
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "d-Mon-y":
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}"
    if style == "d Mon y":
        return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
    if style == "dth Month y":
        return f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"
    if style == "d Month y":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "Month d, y":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def rand_date(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


def fmt_health(n, style):
    if style == "spaced":
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if style == "dashed":
        return f"{n[:3]}-{n[3:6]}-{n[6:]}"
    if style == "plain":
        return n
    if style == "chi6_4":
        return f"{n[:6]} {n[6:]}"
    raise ValueError(style)


def fmt_ni(n, style):
    if style == "spaced":
        return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"
    return n


# ------------------------------------------------------------------ people

class P:
    def __init__(self, first, last, dob=None, sex="F", title=None, **kw):
        self.first, self.last, self.dob, self.sex = first, last, dob, sex
        self.title = title or ("Mrs" if sex == "F" else "Mr")
        self.nhs = kw.get("nhs")
        self.chi = kw.get("chi")
        self.hc = kw.get("hc")
        self.line1 = kw.get("line1")
        self.town = kw.get("town")
        self.pc = kw.get("pc")
        self.phone = kw.get("phone")
        self.email = kw.get("email")
        self.ni = kw.get("ni")
        self.hosp = kw.get("hosp")

    @property
    def full(self):
        return f"{self.first} {self.last}"


class Staff:
    def __init__(self, first, last, role, org, email, tel, title=None):
        self.first, self.last, self.role, self.org, self.email, self.tel = first, last, role, org, email, tel
        self.title = title

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def addr(self):
        return f"{self.full} <{self.email}>"


FIRSTS_F = ["Amelia", "Oluwaseun", "Zofia", "Priyanka", "Grace", "Aisling", "Kirsty", "Megan", "Fatima",
            "Yetunde", "Isla", "Siobhan", "Leah", "Chloé", "Agnieszka", "Sunita", "Nia", "Eilidh", "Hollie",
            "Maja", "Ifeoma", "Poppy", "Lowri", "Beatriz", "Noor", "Keeley", "Marguerite", "Daisy", "Rukhsana",
            "Elin", "Tegan", "Shona", "Bernadette", "Hana", "Jolene", "Ottilie"]
FIRSTS_M = ["Callum", "Mohammed", "Tomás", "Dylan", "Rhodri", "Hassan", "Ewan", "Kai", "Nathaniel", "Björn",
            "Ravi", "Connor", "Jamal", "Tariq", "Freddie", "Dariusz", "Reuben", "Emeka", "Fraser", "Gethin",
            "Alfie", "Desmond", "Kieran", "Yusuf", "Stanisław", "Bartholomew", "Owain", "Lachlan", "Ibrahim",
            "Ronan", "Wilfred", "Hamza"]
LASTS = ["O'Connor", "McAllister", "MacDonald", "Hughes", "Nowak", "Okafor", "Patel", "Khan", "Begum",
         "Ferreira", "Jenkins", "Llewellyn", "Murphy", "Kowalczyk", "Henderson", "Oyelaran", "Sutherland",
         "Wójcik", "Brennan", "Da Silva", "Fitzgerald", "Thorpe", "Mahmood", "Greenwood", "Adeyinka", "Rossi",
         "Quinlan", "Stewart-Clarke", "Baptiste", "Chowdhury", "Abernethy", "Nakamura", "Kaur", "Sørensen",
         "O'Driscoll", "McGuinness", "Pryce", "Ashworth-Lee", "Nwachukwu", "Szabó", "Haworth", "Delaney",
         "Iqbal", "Lindgren", "Mensah", "Crowther", "Ó Laoire", "Vaughan", "Ahmadi", "Kelleher"]

STREETS = ["Mill Lane", "Church Street", "Station Road", "Albert Road", "Florence Avenue", "Grace Street",
           "Elm Grove", "Beech Drive", "Victoria Terrace", "Wellington Crescent", "Harold Street", "Hollybush Way",
           "Moorland View", "Canal Side", "Rosemary Close", "Kingsway", "Fern Bank", "Alma Road", "Orchard Rise",
           "Sandringham Court", "Jubilee Walk", "Coronation Street", "Primrose Bank", "Lavender Way",
           "Dale View", "Thornhill Road", "Chapel Fold", "Ivy Terrace", "Quarry Hill", "St Anne's Road"]

TOWNS = [("Leeds", "LS"), ("Bradford", "BD"), ("Hull", "HU"), ("Norwich", "NR"), ("Exeter", "EX"),
         ("Plymouth", "PL"), ("Brighton", "BN"), ("Southampton", "SO"), ("Oxford", "OX"), ("Leicester", "LE"),
         ("Derby", "DE"), ("Stoke-on-Trent", "ST"), ("York", "YO"), ("Sunderland", "SR"),
         ("Middlesbrough", "TS"), ("Preston", "PR"), ("Blackpool", "FY"), ("Carlisle", "CA"),
         ("Wakefield", "WF"), ("Huddersfield", "HD"), ("Doncaster", "DN"), ("Lincoln", "LN")]


def rand_person(used, adult=True, ages=(1930, 2004), region=None, nhs=True):
    while True:
        sex = rng.choice("FM")
        first = rng.choice(FIRSTS_F if sex == "F" else FIRSTS_M)
        last = rng.choice(LASTS)
        if (first, last) not in used:
            used.add((first, last))
            break
    dob = rand_date(*ages)
    town, area = region or rng.choice(TOWNS)
    p = P(first, last, dob, sex, nhs=nhs_number() if nhs else None,
          line1=f"{rng.randint(1, 220)} {rng.choice(STREETS)}", town=town, pc=postcode(area),
          phone=phone("mobile"))
    return p


# ------------------------------------------------------------------ truth-recording case

class Case:
    def __init__(self, n, slug, scenario, tags):
        self.file = f"h{n:02d}-{slug}.eml"
        self.scenario = scenario
        self.tags = sorted(set(tags))
        self.ids = {}
        self.names = []
        self.ign_names = []
        self.ign = {}
        self.cats = set()
        self.near_miss = False
        self.subjects = None
        self.assessment = None
        self.n = n
        self._mid = 0

    # ---- recording
    def add(self, kind, value):
        self.ids.setdefault(kind, [])
        if value not in self.ids[kind]:
            self.ids[kind].append(value)

    def ignore(self, kind, value):
        self.ign.setdefault(kind, [])
        if value not in self.ign[kind]:
            self.ign[kind].append(value)

    def subject(self, name):
        if name not in self.names:
            self.names.append(name)

    def staff_name(self, name):
        if name not in self.ign_names:
            self.ign_names.append(name)

    def staff(self, s, phone_too=True):
        self.staff_name(s.full)
        self.ignore("email_address", s.email.lower())
        if phone_too and s.tel:
            self.ignore("phone_number", norm_phone(s.tel))
        return s

    def mailbox(self, addr):
        self.ignore("email_address", addr.lower())
        return addr

    # ---- renderers (record as they render)
    def N(self, p, style="full"):
        self.subject(p.full)
        if style == "full":
            return p.full
        if style == "title":
            return f"{p.title} {p.first} {p.last}"
        if style == "SURNAME, First":
            return f"{p.last.upper()}, {p.first}"
        if style == "Surname, First":
            return f"{p.last}, {p.first}"
        if style == "Title First SURNAME":
            return f"{p.title} {p.first} {p.last.upper()}"
        if style == "SURNAME, First (Title)":
            return f"{p.last.upper()}, {p.first} ({p.title})"
        if style == "FULL UPPER":
            return p.full.upper()
        raise ValueError(style)

    def D(self, p, style):
        self.add("date_of_birth", p.dob.isoformat())
        return fmt_date(p.dob, style)

    def NHS(self, p, style="spaced"):
        self.add("nhs_number", p.nhs)
        return fmt_health(p.nhs, style)

    def CHI(self, p, style="plain"):
        self.add("chi_number", p.chi)
        return fmt_health(p.chi, style)

    def HC(self, p, style="spaced"):
        self.add("hc_number", p.hc)
        return fmt_health(p.hc, style)

    def PC(self, p, style="upper"):
        self.add("postcode", p.pc)
        if style == "lower":
            return p.pc.lower()
        if style == "nospace":
            return p.pc.replace(" ", "")
        return p.pc

    def ADDR(self, p, style="one", pcstyle="upper"):
        self.add("address", f"{p.line1}, {p.town}, {p.pc}")
        pc = self.PC(p, pcstyle)
        if style == "one":
            return f"{p.line1}, {p.town}, {pc}"
        if style == "multi":
            return f"{p.line1}\n{p.town}\n{pc}"
        if style == "multi_upper":
            return f"{p.line1.upper()}\n{p.town.upper()}\n{pc.upper()}"
        raise ValueError(style)

    def LINE1(self, p):
        """Only the first line of the address (table column)."""
        self.add("address", p.line1)
        return p.line1

    def TEL(self, p, style="plain"):
        self.add("phone_number", norm_phone(p.phone))
        return phone_styles(p.phone, style)

    def EM(self, p):
        self.add("email_address", p.email.lower())
        return p.email

    def NI(self, p, style="spaced"):
        self.add("ni_number", p.ni)
        return fmt_ni(p.ni, style)

    def HOSP(self, p):
        self.add("hospital_number", re.sub(r"[^A-Z0-9]", "", p.hosp.upper()))
        return p.hosp

    # ---- message helpers
    def msgid(self, domain):
        self._mid += 1
        while True:
            h = "%016x" % rng.getrandbits(64)
            if not re.search(r"\d{6}", h):  # no long digit runs that could pass for a health number
                break
        return f"<{h}.{self.n:02d}{self._mid:02d}@{domain}>"

    def assess(self, disclosure, *, what, where_note, contained=False, vulnerable=None, financial=False):
        """Apply the DESIGN.md rubric; returns and stores the assessment with its basis."""
        basis = []
        has_ident = bool(self.names or any(self.ids.values()))
        sensitive = sorted(self.cats & {"sexual_health", "mental_health", "safeguarding", "reproductive_health",
                                        "substance_misuse", "genetic"})
        if not has_ident:
            sev = 1
            basis.append(what or "no identifiable data subject")
        elif sensitive or financial:
            sev = 4
            if sensitive:
                basis.append("especially sensitive about an identified person: " + ", ".join(sensitive)
                             + (f" ({what})" if what else ""))
            if financial:
                basis.append("financial details about an identified person" + (f" ({what})" if what else ""))
        elif "health" in self.cats:
            sev = 3
            basis.append(f"health information about an identified person ({what})")
        else:
            sev = 2
            basis.append(f"identifiable individuals, no health or special-category content ({what})")
        if vulnerable:
            basis.append(f"vulnerable group involved: {vulnerable}")
            if has_ident:
                sev = max(sev, 2)
        lik = {"none": 1, "near_miss": 1, "internal": 2, "external": 3, "published": 4, "misuse": 5}[disclosure]
        basis.append(where_note)
        if contained and lik >= 2:
            new = max(2, lik - 1)
            basis.append("containment evidence (likelihood -1" + ("" if new < lik else ", already at its floor of 2")
                         + ")")
            lik = new
        if vulnerable and disclosure not in ("none", "near_miss"):
            lik = max(lik, 2)
        self.near_miss = disclosure == "near_miss"
        self.assessment = {"severity": sev, "likelihood": lik, "reportable": lik >= 3 and sev >= 2,
                           "basis": basis}

    def truth(self):
        ids = {k: sorted(v) for k, v in sorted(self.ids.items()) if v}
        ign = {k: sorted(v) for k, v in sorted(self.ign.items()) if v}
        cats = sorted(self.cats | ({"health"} if self.cats & {"sexual_health", "mental_health",
                                                                "reproductive_health", "substance_misuse",
                                                                "genetic"} else set()))
        subjects = len(self.names) if self.subjects is None else self.subjects
        return {"file": self.file, "scenario": self.scenario, "tags": self.tags, "identifiers": ids,
                "names": sorted(self.names), "ignorable_names": sorted(self.ign_names), "ignorable": ign,
                "subjects": subjects, "special_categories": cats, "near_miss": self.near_miss,
                "no_identifiers": not ids and not self.names, "assessment": self.assessment}


# ------------------------------------------------------------------ MIME helpers

def when(y, mo, d, h, mi, tz=0):
    return dt.datetime(y, mo, d, h, mi, tzinfo=dt.timezone(dt.timedelta(hours=tz)))


def new_msg(c, frm, to, subject, date, domain, cc=None, extra=None):
    m = EmailMessage(policy=policy.default)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = c.msgid(domain)
    for k, v in (extra or {}).items():
        m[k] = v
    return m


def outlook_block(c, frm_disp, frm_email, sent, to_disp, to_email, subject, cc=None, style="new"):
    """Outlook inline-forward header block (text)."""
    if style == "new":
        lines = ["________________________________", f"From: {frm_disp} <{frm_email}>",
                 f"Sent: {sent}", f"To: {to_disp} <{to_email}>" if to_disp else f"To: {to_email}"]
        if cc:
            lines.append(f"Cc: {cc}")
        lines.append(f"Subject: {subject}")
    else:  # classic
        lines = ["-----Original Message-----", f"From: {frm_disp} [mailto:{frm_email}]", f"Sent: {sent}",
                 f"To: {to_disp} <{to_email}>" if to_disp else f"To: {to_email}"]
        if cc:
            lines.append(f"Cc: {cc}")
        lines.append(f"Subject: {subject}")
    return "\n".join(lines)


def gmail_block(frm_disp, frm_email, date, subject, to):
    return "\n".join(["---------- Forwarded message ---------", f"From: {frm_disp} <{frm_email}>",
                      f"Date: {date}", f"Subject: {subject}", f"To: {to}"])


def sig(c, s, style=0):
    c.staff(s)
    if style == 0:
        return f"{s.full}\n{s.role}\n{s.org}\nTel: {s.tel}\nEmail: {s.email}"
    if style == 1:
        return f"Kind regards,\n{s.first}\n\n{s.full} | {s.role}\n{s.org}\nT: {phone_styles(s.tel, '+44(0)')} | E: {s.email}"
    if style == 2:
        return f"Thanks\n{s.full}\n{s.role}, {s.org}\nDirect line {s.tel}"
    if style == 3:
        return f"Best wishes\n\n{s.first} {s.last.upper()}\n{s.role}\n{s.org}\n{phone_styles(s.tel, '+44')}\n{s.email}"
    if style == 4:
        return f"Regards,\n{s.full}\n{s.role}\n{s.tel}"
    raise ValueError(style)


def pin_zip(data):
    """Rewrite a zip (docx/xlsx) with fixed timestamps so output is deterministic."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            body = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-01-05T09:00:00Z", body)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 5, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, body)
    return out.getvalue()


def make_pdf(lines):
    """A minimal one-page PDF with an uncompressed Helvetica text stream."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    body = "BT\n/F1 10 Tf\n13 TL\n50 800 Td\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET\n"
    stream = body.encode("cp1252")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Title (Clinic letter) /Producer (hand-made) /CreationDate (D:20260105090000Z) >>"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def make_docx(paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.author = "Clinical Admin"
    for p in paras:
        if p.startswith("# "):
            d.add_heading(p[2:], level=1)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
    bio = io.BytesIO()
    d.save(bio)
    return pin_zip(bio.getvalue())


def make_xlsx(sheets):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows, fmts in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
        for col, f in (fmts or {}).items():
            for cell in ws[col][1:]:
                cell.number_format = f
    wb.properties.creator = "Community Nursing"
    wb.properties.created = dt.datetime(2026, 1, 5, 9, 0, 0)
    wb.properties.modified = dt.datetime(2026, 1, 5, 9, 0, 0)
    bio = io.BytesIO()
    wb.save(bio)
    return pin_zip(bio.getvalue())


def csv_text(header, rows, delimiter=","):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


def attach_bytes(m, data, mime, filename):
    maintype, subtype = mime.split("/", 1)
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)


def setc(m, text, **kw):
    """Set a body; plain text goes 7bit/8bit unless a transfer encoding is asked for."""
    if "cte" not in kw and kw.get("subtype", "plain") == "plain":
        kw["cte"] = "7bit" if text.isascii() else "8bit"
    m.set_content(text, **kw)


def finalise(m, n):
    """Fixed MIME boundaries for every multipart, recursively."""
    k = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            k += 1
            part.set_boundary(f"=_heldout_{n:02d}_{k}_bd=")
    return m


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


# ------------------------------------------------------------------ organisations and staff

HUH = "Harbourside University Hospitals NHS Foundation Trust"
NMP = "Northmoor Partnership NHS Foundation Trust"
ECH = "Eastfield Community Health NHS Trust"
STR = "NHS Strathmore"
LMT = "Lagan and Mourne Health and Social Care Trust"
DEE = "Dee Estuary University Health Board"

BREACH = "Breach Reporting <breach@example.nhs.uk>"
BREACH_ADDR = "breach@example.nhs.uk"
IG = "IG Incidents <ig.incidents@nhs.net>"
IG_ADDR = "ig.incidents@nhs.net"
DPO = "Data Protection Officer <dpo@example.nhs.uk>"
DPO_ADDR = "dpo@example.nhs.uk"

S = {
    "ashworth": Staff("Harriet", "Ashworth", "Mental Health Act Administrator", NMP, "harriet.ashworth@nhs.net", "0113 496 0418"),
    "pritchard": Staff("Gareth", "Pritchard", "Consultant Psychiatrist", NMP, "gareth.pritchard3@nhs.net", "0113 496 0733"),
    "elamin": Staff("Samir", "El-Amin", "Senior Health Adviser", HUH, "samir.el-amin@nhs.net", "020 7946 0512"),
    "okonkwo": Staff("Ngozi", "Okonkwo-Bell", "Consultant Respiratory Physician", HUH, "ngozi.okonkwo-bell@nhs.net", "020 7946 0877"),
    "wisniewski": Staff("Tomasz", "Wiśniewski", "Ward Manager, Nightingale Ward", HUH, "tomasz.wisniewski1@nhs.net", "020 7946 0265"),
    "byrne": Staff("Declan", "Byrne", "Outpatient Services Manager", HUH, "declan.byrne@nhs.net", "020 7946 0131"),
    "whyte": Staff("Kerry-Ann", "Whyte", "Bank Staff Nurse", HUH, "kerryann.whyte@nhs.net", "020 7946 0944"),
    "mensah": Staff("Kwame", "Mensah", "Charge Nurse", HUH, "kwame.mensah2@nhs.net", "020 7946 0689"),
    "qureshi": Staff("Imran", "Qureshi", "Information Governance Manager", HUH, "imran.qureshi@nhs.net", "020 7946 0020"),
    "whitfield": Staff("Jo", "Whitfield", "School Immunisation Team Lead", ECH, "jo.whitfield@nhs.net", "0161 496 0372"),
    "nash": Staff("Deborah", "Nash", "District Nursing Team Leader", ECH, "deborah.nash4@nhs.net", "0161 496 0590"),
    "clegg": Staff("Martin", "Clegg", "Community Staff Nurse", ECH, "martin.clegg@nhs.net", "0161 496 0614"),
    "greaves": Staff("Pauline", "Greaves", "Team Administrator, CAMHS", NMP, "pauline.greaves@nhs.net", "0113 496 0851"),
    "adebayo": Staff("Olu", "Adebayo", "Clinical Psychologist, CAMHS", NMP, "olu.adebayo@nhs.net", "0113 496 0297"),
    "lindqvist": Staff("Hannah", "Lindqvist", "Consultant Clinical Geneticist", HUH, "hannah.lindqvist@nhs.net", "020 7946 0458"),
    "raghunathan": Staff("Priya", "Raghunathan", "Genetics Secretary", HUH, "priya.raghunathan@nhs.net", "020 7946 0459"),
    "macleod": Staff("Fiona", "MacLeod", "Orthopaedic Medical Secretary", STR, "fiona.macleod2@nhs.scot", "0131 496 0562"),
    "sinclair": Staff("Catriona", "Sinclair", "Information Governance Lead", STR, "catriona.sinclair@nhs.scot", "0131 496 0100"),
    "grant": Staff("Eilidh", "Grant", "Senior Charge Nurse, Ward 7", STR, "eilidh.grant@nhs.net", "0141 496 0377"),
    "fairbairn": Staff("Lindsay", "Fairbairn", "Discharge Co-ordinator", STR, "lindsay.fairbairn@nhs.net", "0141 496 0380"),
    "mulholland": Staff("Ciarán", "Mulholland", "Booking Clerk", LMT, "ciaran.mulholland@hscni.net", "028 9649 6214"),
    "mcateer": Staff("Shauna", "McAteer", "Senior Social Worker, Gateway Team", LMT, "shauna.mcateer@hscni.net", "028 9649 6720"),
    "tait": Staff("Yvonne", "Tait", "Ward Sister, Ward 4B", HUH, "yvonne.tait@nhs.net", "020 7946 0340"),
    "kerr": Staff("Rosalind", "Kerr", "Ward Manager", HUH, "rosalind.kerr@nhs.net", "020 7946 0705"),
    "lane": Staff("Bethany", "Lane", "Service Manager, Early Intervention in Psychosis", NMP, "bethany.lane@nhs.net", "0113 496 0962"),
    "stone": Staff("Graham", "Stone", "Practice Manager", "Quarry Lane Surgery", "graham.stone@nhs.net", "0114 496 0233"),
    "hale": Staff("Nadia", "Hale", "IT Service Desk Analyst", HUH, "nadia.hale@nhs.net", "020 7946 0999"),
    "morrow": Staff("Alison", "Morrow", "Registered Manager", "Larkfield Lodge Care Home", "larkfield.manager@nhs.net", "0115 496 0170"),
    "cartwright": Staff("Jenna", "Cartwright", "Deputy Manager", "Larkfield Lodge Care Home", "larkfield.deputy@nhs.net", "0115 496 0171"),
    "kapoor": Staff("Anita", "Kapoor", "Referral Co-ordinator, Women's Services", HUH, "anita.kapoor@nhs.net", "020 7946 0610"),
    "obrien": Staff("Siobhan", "O'Brien", "Gynaecology Nurse Specialist", HUH, "siobhan.obrien5@nhs.net", "020 7946 0618"),
    "ferris": Staff("Paul", "Ferris", "Recovery Worker", "Eastfield Recovery Partnership", "paul.ferris@nhs.net", "0117 496 0423"),
    "hussain": Staff("Zahra", "Hussain", "Non-Medical Prescriber", "Eastfield Recovery Partnership", "zahra.hussain@nhs.net", "0117 496 0425"),
    "bell": Staff("Morven", "Bell", "Alcohol Liaison Nurse", HUH, "morven.bell@nhs.net", "020 7946 0736"),
    "price": Staff("Bronwen", "Price", "Physiotherapist", ECH, "bronwen.price@nhs.net", "0161 496 0807"),
    "dunmore": Staff("Keith", "Dunmore", "Pre-operative Assessment Lead", HUH, "keith.dunmore@nhs.net", "0113 496 0588"),
    "ogunleye": Staff("Funmi", "Ogunleye", "Health Visitor", ECH, "funmi.ogunleye@nhs.net", "0161 496 0955"),
    "hartley": Staff("Rachel", "Hartley", "Children's Centre Co-ordinator", ECH, "rachel.hartley@nhs.net", "0161 496 0128"),
    "llewellyn": Staff("Rhys", "Llewellyn", "Medical Secretary, Cardiology", DEE, "rhys.llewellyn@wales.nhs.uk", "029 2018 0451"),
    "evans": Staff("Carys", "Evans", "Information Governance Officer", DEE, "carys.evans3@wales.nhs.uk", "029 2018 0102"),
    "lindsay": Staff("Moira", "Lindsay", "Finance Officer, Accounts Receivable", HUH, "moira.lindsay@nhs.net", "020 7946 0202"),
    "ashby": Staff("Tom", "Ashby", "Outpatients Receptionist", HUH, "tom.ashby@nhs.net", "020 7946 0160"),
    "forde": Staff("Niamh", "Forde", "IDVA (Independent Domestic Violence Advisor)", ECH, "niamh.forde@nhs.net", "0161 496 0492"),
    "ahmed": Staff("Sadia", "Ahmed", "Occupational Therapist", ECH, "sadia.ahmed7@nhs.net", "0161 496 0667"),
    "rowe": Staff("Ellis", "Rowe", "Diabetes Booking Team", HUH, "ellis.rowe@nhs.net", "020 7946 0522"),
    "obi": Staff("Chinedu", "Obi", "Sexual Health Clinic Lead Nurse", HUH, "chinedu.obi@nhs.net", "020 7946 0515"),
    "marsh": Staff("Vanessa", "Marsh", "MHA Office Manager", NMP, "vanessa.marsh@nhs.net", "0113 496 0420"),
    "penrose": Staff("Ian", "Penrose", "Pathology Results Clerk", HUH, "ian.penrose@nhs.net", "020 7946 0833"),
    "ward": Staff("Lucy", "Ward", "District Nurse", ECH, "lucy.ward11@nhs.net", "0161 496 0591"),
    "gill": Staff("Harjit", "Gill", "Named Nurse Safeguarding Children", ECH, "harjit.gill@nhs.net", "0161 496 0300"),
}

GP_ALDERGATE = "Aldergate Medical Practice"
GP_BROOKFIELD = "Brookfield Surgery"


# ================================================================== scenarios

def h01():
    c = Case(1, "mha-section2-wrong-gp", "mh_section2_wrong_gp_outlook",
             ["inline_outlook", "plain", "mental_health", "surname_first", "internal"])
    rep, doc = c.staff(S["ashworth"]), c.staff(S["pritchard"])
    c.staff_name("Dr Henshaw")
    p = P("Agnieszka", "Kowalczyk", dt.date(1979, 11, 3), "F", title="Ms", nhs=nhs_number(),
          line1="41 Thornhill Road", town="Wakefield", pc=postcode("WF", 2))
    c.cats |= {"mental_health", "health"}
    wrong = c.mailbox("brookfield.surgery@nhs.net")
    inner = f"""Dear Dr Henshaw,

NOTIFICATION OF DETENTION - MENTAL HEALTH ACT 1983, SECTION 2

Patient:   {c.N(p, 'SURNAME, First (Title)')}
D.O.B.:    {c.D(p, 'dmy/')}
NHS No.:   {c.NHS(p, 'spaced')}
Address:   {c.ADDR(p, 'one')}

I am writing to let you know that your patient was admitted to Larch Ward, Whitmoor Unit on
16/02/2026 and is detained under Section 2 of the Mental Health Act for assessment following a
relapse of bipolar affective disorder with psychotic features. Lithium has been restarted.
Her nearest relative has been informed. A Tribunal hearing is provisionally listed for
03/03/2026 (ref MHT/26/0417).

Yours sincerely

Dr {doc.full}
{doc.role}
{doc.org}"""
    note = f"""Hi both,

Flagging this for the breach log please. The Section 2 notification below was meant for
Aldergate Medical Practice but I picked Brookfield Surgery from the address book by mistake.
Brookfield are an NHSmail practice and have confirmed it has been deleted - no one opened the
attachment-free body beyond the first lines.

Datix W-104233 raised.

{sig(c, rep, 1)}

{outlook_block(c, f"{doc.last.upper()}, {doc.first} ({NMP.upper()})", doc.email, "Tuesday, February 17, 2026 09:12", "Brookfield Surgery (Shared Mailbox)", wrong, "Section 2 notification - confidential")}

{inner}"""
    m = new_msg(c, rep.addr, BREACH, "FW: Section 2 notification - confidential", when(2026, 2, 17, 11, 40), "nhs.net",
                cc=IG, extra={"Thread-Topic": "Section 2 notification - confidential"})
    c.mailbox(BREACH_ADDR)
    c.mailbox(IG_ADDR)
    setc(m, note)
    c.assess("internal", contained=True, what="Section 2 MHA detention notice",
             where_note="sent to the wrong GP practice inside the trusted domains (nhs.net)")
    return c, m


def h02():
    c = Case(2, "gum-result-wrong-gmail", "sexual_health_external_gmail_forward",
             ["inline_gmail", "plain", "sexual_health", "external", "label_nhs_hash"])
    rep, adv = c.staff(S["obi"]), c.staff(S["elamin"])
    p = P("Jonathan", "Baptiste", dt.date(1996, 3, 21), "M", nhs=nhs_number(), phone=phone("mobile"),
          email="jon.baptiste88@gmail.com", hosp="GUM-26-00871")
    wrong = c.mailbox("jono.baptiste88@gmail.com")
    c.cats |= {"sexual_health", "health"}
    inner = f"""Hi Jonathan,

Following your visit to the Riverside Clinic on 2 March, your test results are back:

  Chlamydia trachomatis NAAT ....... DETECTED
  Gonorrhoea NAAT .................. not detected
  HIV 4th gen Ag/Ab ................ negative
  Syphilis EIA ..................... negative

Treatment: doxycycline 100mg twice daily for 7 days. Please avoid sex until you and any partners
from the last 6 months have been treated - we can contact partners anonymously for you.

Your details as we hold them:
  Name: {c.N(p, 'full')}
  DoB: {c.D(p, 'd-Mon-y')}
  NHS#: {c.NHS(p, 'plain')}
  Clinic no: {c.HOSP(p)}
  Mobile: {c.TEL(p, 'plain')}

{adv.first}
Riverside Sexual Health"""
    note = f"""Hello IG,

I need to report an incident. Samir sent the results email below to jono.baptiste88@gmail.com -
the patient's actual address is {c.EM(p)} (we had a typo on the registration form). The person
who received it is a stranger; they emailed back saying "this is not me" but have not confirmed
deleting it.

Can you advise next steps? We have already phoned the patient.

{sig(c, rep, 0)}

{gmail_block(adv.full, adv.email, "Wed, 4 Mar 2026 at 16:02", "Your results", f"<{wrong}>")}

{inner}"""
    m = new_msg(c, rep.addr, IG, "Fwd: Your results", when(2026, 3, 5, 8, 55), "mail.gmail.com")
    c.mailbox(IG_ADDR)
    setc(m, note)
    c.assess("external", what="STI results",
             where_note="sent to a member of the public outside the trusted domains (gmail.com)")
    return c, m


def h03():
    c = Case(3, "html-base64-discharge-outlookcom", "html_only_base64_external_deleted",
             ["html_only", "cte_base64", "inline_outlook", "apostrophe_name", "external", "contained",
              "ward_decoy"])
    rep, cons = c.staff(S["wisniewski"]), c.staff(S["okonkwo"])
    p = P("Tadhg", "O'Neill", dt.date(1958, 2, 17), "M", nhs=nhs_number(), hosp="RH4 882107",
          line1="9 Canal Side", town="Sunderland", pc=postcode("SR", 4))
    wrong = c.mailbox("tadhg.oneil@outlook.com")
    c.cats.add("health")
    sent = "Monday, 9 March 2026 14:27"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{{margin:0;font-family:Calibri,sans-serif}}</style></head>
<body lang="EN-GB">
<div class="WordSection1">
<p class="MsoNormal">Dear IG colleagues,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">A discharge summary from Nightingale Ward was emailed to an outlook.com address that
turned out not to be the patient&#8217;s (one letter different). The recipient replied the same afternoon
to say they had deleted it and emptied their deleted items.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Regards,</p>
<p class="MsoNormal"><b>{rep.full}</b><br>{rep.role}<br>{rep.org}<br>Ext. 4471 / {rep.tel}<br>
<a href="mailto:{rep.email}">{rep.email}</a></p>
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> {cons.last}, {cons.first} &lt;{cons.email}&gt;<br>
<b>Sent:</b> {sent}<br>
<b>To:</b> {wrong}<br>
<b>Subject:</b> Discharge summary</p>
</div>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>DISCHARGE SUMMARY</b></p>
<p class="MsoNormal">Name: {c.N(p, 'Title First SURNAME')}<br>
Date of Birth - {c.D(p, 'd Month y')}<br>
NHS no: {c.NHS(p, 'dashed')}<br>
Hospital number: {c.HOSP(p)}<br>
Address: {c.ADDR(p, 'one')}</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Admitted 01/03/2026 with an infective exacerbation of COPD. Treated with
nebulised salbutamol, prednisolone 30mg OD and doxycycline. Home oxygen assessment booked for
23/03/2026. Please review inhaler technique.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Dr {cons.full}<br>{cons.role}</p>
</div></body></html>"""
    m = new_msg(c, rep.addr, DPO, "FW: Discharge summary", when(2026, 3, 10, 9, 3), "eur.prod.outlook.com")
    c.mailbox(DPO_ADDR)
    setc(m, html, subtype="html", cte="base64")
    c.assess("external", contained=True, what="discharge summary",
             where_note="sent to a member of the public outside the trusted domains (outlook.com)")
    return c, m


def h04():
    c = Case(4, "html-qp-handover-table-gmail", "html_qp_table_external",
             ["html_only", "cte_quoted_printable", "html_table", "mc_mac_names", "accented_names", "external"])
    rep, nurse = c.staff(S["kerr"]), c.staff(S["mensah"])
    agency = c.mailbox("kerryannwhyte.rn@gmail.com")
    c.staff_name("Kerry-Ann Whyte")
    pats = [P("Morag", "McAllister", dt.date(1941, 6, 9), "F", nhs=nhs_number()),
            P("Joseph", "Adeyinka", dt.date(1953, 12, 30), "M", nhs=nhs_number()),
            P("Éamonn", "Ó Briain", dt.date(1948, 1, 4), "M", nhs=nhs_number()),
            P("Ruth", "MacPherson-Gill", dt.date(1962, 8, 15), "F", nhs=nhs_number())]
    notes = ["Day 3 post #NOF, DNACPR in place, PEG fed", "T2DM, sliding scale insulin, NBM from midnight",
             "Delirium - 1:1 at night, UTI on IV co-amoxiclav", "Awaiting CT head, falls risk, bed rails"]
    c.cats.add("health")
    rows = "\n".join(
        f"<tr><td>{b}</td><td>{c.N(p, 'SURNAME, First')}</td><td>{c.D(p, 'dmy/')}</td>"
        f"<td>{c.NHS(p, 'spaced')}</td><td>{n}</td></tr>"
        for b, p, n in zip(["B1", "B2", "B4", "SR3"], pats, notes))
    html = f"""<!DOCTYPE html><html><body style="font-family:Arial">
<p>Hi,</p>
<p>Reporting a breach on Seacole Ward. Last night {nurse.first} emailed our handover sheet (below) to an
agency nurse&#39;s personal Gmail address so she could &quot;read up&quot; before her shift. Agency nurse:
Kerry-Ann Whyte, {agency}. We have asked her to delete it but have had no reply yet.</p>
<p>{rep.full}<br>{rep.role}, Seacole Ward<br>{rep.org}<br>Tel {rep.tel}</p>
<hr>
<p><b>From:</b> {nurse.full} &lt;{nurse.email}&gt;<br><b>Sent:</b> 11 March 2026 20:51<br>
<b>To:</b> {agency}<br><b>Subject:</b> handover sheet for tomorrow</p>
<p>Here you go - see you at 07:30. Ask for Bay B.</p>
<table border="1" cellpadding="3">
<tr><th>Bed</th><th>Name</th><th>DOB</th><th>NHS number</th><th>Plan / alerts</th></tr>
{rows}
</table>
<p>{nurse.first}</p>
</body></html>"""
    m = new_msg(c, rep.addr, BREACH, "Breach - handover sheet sent to personal Gmail", when(2026, 3, 12, 7, 48),
                "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(m, html, subtype="html", cte="quoted-printable")
    c.assess("external", what="ward handover sheet, 4 patients",
             where_note="sent to an agency worker's personal address outside the trusted domains (gmail.com)")
    return c, m


def h05():
    c = Case(5, "csv12-other-trust", "csv_attachment_internal_deleted",
             ["csv", "rows_12", "surname_first", "rfc822", "internal", "contained"])
    rep, sender = c.staff(S["byrne"]), c.staff(S["rowe"])
    used = set()
    pats = [rand_person(used, ages=(1938, 2001)) for _ in range(12)]
    clinics = ["Diabetes", "Retinal screening", "Podiatry", "Diabetes", "Dietetics", "Insulin start"]
    c.cats.add("health")
    rows = []
    for i, p in enumerate(pats):
        rows.append([c.N(p, "SURNAME, First"), c.D(p, "dmy/"), c.NHS(p, "spaced" if i % 3 else "plain"),
                     c.PC(p, "upper" if i % 4 else "nospace"), c.TEL(p, "plain" if i % 2 else "nospace"),
                     clinics[i % len(clinics)], f"{rng.randint(9, 16):02d}:{rng.choice(['00', '15', '30', '45'])}"])
    data = csv_text(["Patient Name", "D.O.B", "NHS No", "Post Code", "Mobile", "Clinic", "Time"], rows)
    wrong = c.mailbox("westbrook.diabetes@nhs.net")
    inner = new_msg(c, sender.addr, f"Westbrook Diabetes Centre <{wrong}>", "Clinic list Thursday 19th",
                    when(2026, 3, 17, 16, 10), "nhs.net")
    setc(inner, f"Hi,\n\nAttached is Thursday's list as discussed.\n\n{sig(c, sender, 4)}\n")
    inner.add_attachment(data, subtype="csv", filename="DM clinic 19-03-26.csv")
    outer = new_msg(c, rep.addr, IG, "FW: Clinic list Thursday 19th", when(2026, 3, 18, 10, 2), "nhs.net")
    c.mailbox(IG_ADDR)
    setc(outer, f"""Good morning,

Our booking team sent the attached clinic list to Westbrook Diabetes Centre (a different trust)
instead of our own satellite clinic. It is NHSmail to NHSmail. Westbrook's manager has confirmed
the email has been deleted. Original attached as requested.

Incident ref DTX-55821.

{sig(c, rep, 0)}
""")
    outer.add_attachment(inner)
    c.assess("internal", contained=True, what="diabetes clinic list, CSV attachment, 12 patients",
             where_note="sent to another NHS organisation inside the trusted domains (nhs.net)")
    return c, outer


def h06():
    c = Case(6, "csv30-school-imms-children", "csv_children_external",
             ["csv", "rows_30", "children", "iso_dates", "external"])
    rep = c.staff(S["whitfield"])
    used = set()
    region = ("Huddersfield", "HD")
    kids = [rand_person(used, ages=(2014, 2021), region=region) for _ in range(30)]
    # make a few of them reception-age (born in the last five years)
    for k in kids[:4]:
        k.dob = rand_date(2021, 2022)
    parent = c.mailbox("lauren.haigh84@gmail.com")
    c.cats.add("health")
    rows = []
    for i, k in enumerate(kids):
        c.N(k, "full")
        rows.append([k.first, k.last, c.D(k, "iso"), c.NHS(k, "plain"),
                     rng.choice(["Reception", "Year 1", "Year 3", "Year 5", "Year 6"]), c.LINE1(k), c.PC(k),
                     rng.choice(["Consent given", "Consent declined", "No response", "Consent given"]),
                     rng.choice(["Flu LAIV", "Flu LAIV", "Flu injectable (gelatine-free)"])])
    data = csv_text(["Forename", "Surname", "DateOfBirth", "NHSNumber", "School Year", "Address line 1",
                     "Postcode", "Consent status", "Vaccine"], rows)
    m = new_msg(c, rep.addr, BREACH, "Data breach - school flu consent list sent to a parent",
                when(2026, 1, 21, 15, 33), "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(m, f"""To the breach team,

A parent at Holme Valley Primary asked us to confirm whether her son's consent form had been
received. In replying, one of our immunisers attached the whole school consent export instead of
a screenshot of his line. The parent is Mrs L. Haigh ({parent}); she phoned us to point it out.
She says she will delete it but we have nothing in writing.

The attachment below is the file that went out (30 children, Reception to Year 6).

{sig(c, rep, 3)}
""")
    m.add_attachment(data, subtype="csv", filename="HVP_flu_consent_export.csv", cte="base64")
    c.staff_name("L. Haigh")
    c.assess("external", vulnerable="children", what="school flu immunisation consent list, 30 children, CSV",
             where_note="sent to a parent's personal address outside the trusted domains (gmail.com)")
    return c, m


def h07():
    c = Case(7, "xlsx18-district-nursing-yahoo", "xlsx_attachment_external",
             ["xlsx", "rows_18", "date_cells", "external", "vulnerable_adults"])
    rep = c.staff(S["nash"])
    sender = c.staff(S["clegg"])
    personal = c.mailbox("martyclegg71@yahoo.co.uk")
    used = set()
    pats = [rand_person(used, ages=(1929, 1958), region=("Manchester", "M")) for _ in range(18)]
    reasons = ["Leg ulcer dressing", "Insulin administration", "Catheter care", "Palliative - syringe driver",
               "Pressure area care", "B12 injection", "Wound review", "Post-op staple removal"]
    c.cats.add("health")
    rows = [["NHS Number", "Patient", "DoB", "Address", "Postcode", "Tel", "Visit reason", "Key safe"]]
    for i, p in enumerate(pats):
        rows.append([int(c.NHS(p, "plain")), c.N(p, "full"), p.dob, c.LINE1(p), c.PC(p), c.TEL(p, "plain"),
                     reasons[i % len(reasons)], f"{rng.randint(1000, 9999)}"])
        c.add("date_of_birth", p.dob.isoformat())
    data = make_xlsx([("Caseload", rows, {"C": "DD/MM/YYYY"})])
    m = new_msg(c, rep.addr, BREACH, "Caseload spreadsheet emailed to personal account",
                when(2026, 2, 2, 8, 20), "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(m, f"""Morning,

During a routine audit I found that {sender.full} (Community Staff Nurse) emailed the team's
caseload spreadsheet from his NHSmail account to his personal Yahoo address ({personal}) on
Friday so he could plan visits at home. The spreadsheet includes key safe codes.
He has been spoken to; he says he has deleted it, but we can't verify that on a personal account.

The file as sent is attached. The patients are all housebound.

{sig(c, rep, 2)}
""")
    attach_bytes(m, data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "DN caseload South.xlsx")
    c.assess("external", vulnerable="housebound adults", what="district nursing caseload, 18 patients, XLSX",
             where_note="sent to a staff member's personal address outside the trusted domains (yahoo.co.uk); "
                        "deletion claimed but not verifiable")
    return c, m


def h08():
    c = Case(8, "docx-camhs-letter-wrong-parent", "docx_child_mental_health_external",
             ["docx", "children", "mental_health", "negated_safeguarding", "hyphenated_names", "external"])
    rep, psych = c.staff(S["greaves"]), c.staff(S["adebayo"])
    c.staff_name("Dr Farooq")
    child = P("Lily-Mae", "Sutherland-Reid", dt.date(2012, 10, 2), "F", title="Miss", nhs=nhs_number(),
              hosp="1184520", line1="27 Orchard Rise", town="Harrogate", pc=postcode("HG", 2))
    mum = P("Donna", "Sutherland", None, "F", title="Ms", phone=phone("mobile"))
    wrong = c.mailbox("the.fenwicks@btinternet.com")
    c.cats |= {"mental_health", "health"}
    paras = ["# Northmoor CAMHS - Harrogate Team",
             "Willow House, 5 Station Parade, Harrogate, HG1 1TS  |  Tel 0113 496 0851",
             "Date: 24 February 2026",
             f"Parent/carer of {c.N(child, 'full')}",
             c.ADDR(child, "one"),
             f"Child: {c.N(child, 'SURNAME, First')}    DOB: {c.D(child, 'dmy/')}",
             f"NHS No: {c.NHS(child, 'spaced')}    RiO No: {c.HOSP(child)}",
             f"Dear {c.N(mum, 'title')},",
             f"Thank you for attending the appointment with Lily-Mae on 19 February. As discussed, Lily-Mae has "
             f"described low mood for around six months and two episodes of self-harm (superficial cutting). "
             f"We have agreed a safety plan and she will start CBT with me fortnightly. No safeguarding concerns "
             f"were identified at this appointment.",
             f"If you are worried about her safety before we next meet, please call the CAMHS crisis line or "
             f"your mobile ({c.TEL(mum, 'plain')}) will be called back by the duty worker.",
             "Yours sincerely,",
             f"{psych.full}",
             f"{psych.role}",
             "cc: Dr Farooq, GP, Aldergate Medical Practice"]
    c.ignore("postcode", "HG1 1TS")
    c.ignore("address", "5 Station Parade, Harrogate, HG1 1TS")
    c.ignore("phone_number", "01134960851")
    data = make_docx(paras)
    m = new_msg(c, rep.addr, BREACH, "CAMHS letter sent to wrong family", when(2026, 2, 25, 13, 5), "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(m, f"""Hello,

I'm afraid I have emailed a clinic letter (attached) to the wrong family. I selected the wrong
"Sutherland" contact in our system - the email went to {wrong}. That family have replied to say they
received it. The letter is about a 13-year-old.

Please let me know what I need to do.

{sig(c, rep, 0)}
""")
    attach_bytes(m, data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "Letter to parent 240226.docx")
    c.assess("external", vulnerable="child", what="CAMHS clinic letter about a child, DOCX",
             where_note="sent to another family's personal address outside the trusted domains (btinternet.com)")
    return c, m


def h09():
    c = Case(9, "pdf-genetics-brca-wrong-gp", "pdf_genetic_internal",
             ["pdf", "genetic", "hyphenated_names", "relative_named", "internal"])
    rep, gen = c.staff(S["raghunathan"]), c.staff(S["lindqvist"])
    c.staff_name("Dr Pemberton")
    p = P("Hyun-Jung", "Park-Whitaker", dt.date(1981, 5, 28), "F", title="Ms", nhs=nhs_number(),
          line1="63 Lavender Way", town="Southampton", pc=postcode("SO", 16), hosp="G26/00731")
    sis = P("Min-Ji", "Park", None, "F", title="Ms")
    c.cats |= {"genetic", "health"}
    lines = ["HARBOURSIDE REGIONAL GENETICS SERVICE",
             "Level 2, Quayside Building, Harbour Road, Southampton SO14 3JD",
             "Tel: 020 7946 0459",
             "",
             "Dr Pemberton",
             "Kingfisher Health Centre",
             "",
             "Date: 12 January 2026",
             "",
             f"RE: {c.N(p, 'title')}   Born: {c.D(p, 'd Mon y')}",
             f"NHS No {c.NHS(p, 'spaced')}   Unit no. {c.HOSP(p)}",
             c.ADDR(p, "one"),
             "",
             "Dear Dr Pemberton,",
             "",
             "Result of BRCA1/BRCA2 panel testing: a pathogenic variant was identified in BRCA2",
             "(c.5946del). This confers a high lifetime risk of breast and ovarian cancer.",
             "We have discussed risk-reducing options and referred her to the family history clinic.",
             f"Her sister, {c.N(sis, 'title')}, has been offered predictive testing.",
             "",
             "Yours sincerely",
             f"Dr {gen.full}",
             gen.role]
    c.ignore("postcode", "SO14 3JD")
    c.ignore("address", "Quayside Building, Harbour Road, Southampton SO14 3JD")
    c.ignore("phone_number", "02079460459")
    pdf = make_pdf(lines)
    wrong = c.mailbox("kingsmead.practice@nhs.net")
    m = new_msg(c, rep.addr, IG, "Genetics result letter sent to wrong practice", when(2026, 1, 14, 10, 15),
                "nhs.net")
    c.mailbox(IG_ADDR)
    setc(m, f"""Dear IG,

The attached PDF letter should have gone to Kingfisher Health Centre but I sent it to Kingsmead
Practice ({wrong}) - both are on NHSmail. I have asked Kingsmead to delete it but haven't heard back.

{sig(c, rep, 4)}
""")
    attach_bytes(m, pdf, "application/pdf", "GEN_result_letter.pdf")
    c.assess("internal", what="genetic test result letter, PDF",
             where_note="sent to the wrong GP practice inside the trusted domains (nhs.net)")
    return c, m


def h10():
    c = Case(10, "rfc822-chi-namesake-gmail", "scotland_chi_forward_as_attachment_external",
             ["rfc822", "scotland", "chi", "mc_mac_names", "external"])
    rep, sec = c.staff(S["sinclair"]), c.staff(S["macleod"])
    c.staff_name("Mr Abernethy")
    p = P("Ruaridh", "MacKinnon", dt.date(1959, 7, 3), "M", line1="18 Muirhall Road", town="Perth",
          pc=postcode("PH", 1), phone=phone("mobile"))
    p.chi = chi_number(p.dob, "M")
    wrong = c.mailbox("ruaridh.mackinnon@gmail.com")
    c.cats.add("health")
    inner = new_msg(c, sec.addr, f"Ruaridh MacKinnon <{wrong}>", "Orthopaedic clinic appointment",
                    when(2026, 4, 6, 11, 20, 1), "nhs.scot")
    setc(inner, f"""Dear Mr MacKinnon,

Further to your telephone call, please find your appointment details below.

Name:      {c.N(p, 'title')}
CHI No:    {c.CHI(p, 'plain')}
DoB:       {c.D(p, 'dmy/')}
Address:   {c.ADDR(p, 'one')}
Tel:       {c.TEL(p, '+44')}

Clinic:    Mr Abernethy, Hip & Knee Clinic, Perth Royal Infirmary
Date:      Thursday 23 April 2026, 10:40
Reason:    Review following right total knee replacement (October 2025) - ongoing stiffness.

Please bring a list of your current medications.

Kind regards
{sec.full}
{sec.role}
{sec.org}
{sec.tel}
""")
    c.staff(sec)
    outer = new_msg(c, rep.addr, BREACH, "Possible breach - appointment emailed to wrong Ruaridh MacKinnon",
                    when(2026, 4, 7, 9, 12, 1), "nhs.scot")
    c.mailbox(BREACH_ADDR)
    setc(outer, f"""Hi,

Forwarding the original as an attachment. Our secretary emailed the appointment to a Gmail address
found by searching the name; it belongs to someone else with the same name (he replied to tell us).
The patient's email was not on file at all.

{sig(c, rep, 2)}
""")
    outer.add_attachment(inner)
    c.assess("external", what="orthopaedic appointment letter",
             where_note="sent to a member of the public with the same name outside the trusted domains (gmail.com)")
    return c, outer


def h11():
    c = Case(11, "chi-two-patients-recalled", "scotland_chi_internal_recalled",
             ["scotland", "chi", "chi_spaced", "plain", "internal", "contained"])
    rep, sender = c.staff(S["grant"]), c.staff(S["fairbairn"])
    a = P("Isobel", "Fairweather", dt.date(1937, 12, 25), "F", line1="3 Brechin Road", town="Forfar",
          pc=postcode("DD", 8))
    a.chi = chi_number(a.dob, "F")
    b = P("Alasdair", "MacIntyre", dt.date(1944, 2, 29), "M", line1="112 Perth Road", town="Dundee",
          pc=postcode("DD", 2))
    b.chi = chi_number(b.dob, "M")
    c.cats.add("health")
    wrong = c.mailbox("ward12.admin@nhs.net")
    m = new_msg(c, rep.addr, BREACH, "Transfer list to wrong ward - recalled", when(2026, 5, 2, 18, 40, 1),
                "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(m, f"""Hello,

Reporting for the record. Lindsay sent this afternoon's transfer list to Ward 12's shared mailbox
({wrong}) instead of Ward 21. She used the recall function within 10 minutes and Ward 12's
clerkess has confirmed in writing it has been deleted unread.

What went out:

  Transfer 1: {c.N(a, 'SURNAME, First')}
    CHI: {c.CHI(a, 'chi6_4')}   DOB {c.D(a, 'dmy.')}
    {c.ADDR(a, 'one')}
    From CCU bed 4 - NSTEMI, for angiography Tuesday

  Transfer 2: {c.N(b, 'SURNAME, First')}
    CHI: {c.CHI(b, 'plain')}   DOB {c.D(b, 'dmy.')}
    {c.ADDR(b, 'one')}
    From AMU bed 11 - community-acquired pneumonia, on IV amoxicillin

{sig(c, rep, 0)}
""")
    c.staff(sender)
    c.assess("internal", contained=True, what="ward transfer list, 2 patients",
             where_note="sent to the wrong ward inside the trusted domains (nhs.net)")
    return c, m


def h12():
    c = Case(12, "ni-hc-results-hotmail-latin1", "northern_ireland_hc_external",
             ["northern_ireland", "hc_number", "charset_iso-8859-1", "cte_quoted_printable", "accented_names",
              "external"])
    rep = c.staff(S["mulholland"])
    p = P("Siobhán", "McCallion", dt.date(1966, 9, 9), "F", hc=hc_number(), line1="14 Glenarm Road",
          town="Larne", pc=postcode("BT", 40), phone=phone("belfast"))
    wrong = c.mailbox("siobhan.mccallion@hotmail.co.uk")
    c.cats.add("health")
    m = new_msg(c, rep.addr, "Governance Team <governance.lmt@example.nhs.uk>",
                "Results letter emailed to wrong person", when(2026, 6, 15, 12, 1, 1), "hscni.net")
    c.mailbox("governance.lmt@example.nhs.uk")
    setc(m, f"""Hi Governance team,

I emailed the letter below to {wrong} thinking it was the patient. It is not - a lady in
Manchester with the same name replied. She says she will "bin it" but has not confirmed that she has. I have apologised to the patient.

-------- letter text --------
{LMT}
Antrim Area Outpatients

Patient: {c.N(p, 'title')}
Born: {c.D(p, 'dth Month y').replace('September', 'Sept')}
H&C No: {c.HC(p, 'spaced')}
Address: {c.ADDR(p, 'multi')}
Home tel: {c.TEL(p, 'plain')}

Dear Mrs McCallion,
Your thyroid function tests show an underactive thyroid (TSH 14.2). Please make an appointment with
your GP to start levothyroxine.
-----------------------------

{rep.full}
{rep.role}
Tel {rep.tel}
""", charset="iso-8859-1", cte="quoted-printable")
    c.assess("external", what="blood test results letter",
             where_note="sent to a member of the public outside the trusted domains (hotmail.co.uk)")
    return c, m


def h13():
    c = Case(13, "ni-gateway-referral-wrong-school", "northern_ireland_safeguarding_child_external",
             ["northern_ireland", "hc_number", "safeguarding", "children", "ni_number", "apostrophe_name",
              "external"])
    rep = c.staff(S["mcateer"])
    child = P("Ciarán", "O'Hagan", dt.date(2019, 4, 11), "M", title="Master", hc=hc_number(),
              line1="6 Beechmount Avenue", town="Lisburn", pc=postcode("BT", 28))
    mum = P("Róisín", "O'Hagan", dt.date(1994, 1, 30), "F", title="Ms", ni=ni_number(), phone=phone("mobile"))
    wrong = c.mailbox("office@st-brigids-ps.example.org")
    c.cats |= {"safeguarding", "health"}
    m = new_msg(c, rep.addr, BREACH, "URGENT - child protection referral emailed to wrong school",
                when(2026, 6, 3, 16, 44, 1), "hscni.net")
    c.mailbox(BREACH_ADDR)
    body = f"""URGENT - please treat as a priority.

The referral summary below was emailed this afternoon to St Brigid's Primary School ({wrong})
instead of St Bride's Nursery Unit. The school principal has acknowledged receipt. I have asked them
to delete it and confirm, no confirmation yet.

=== Gateway referral summary ===
Child:          {c.N(child, 'full')}
Date of birth:  {c.D(child, 'dmy/')}
H&C number:     {c.HC(child, 'plain')}
Address:        {c.ADDR(child, 'one')}
Mother:         {c.N(mum, 'full')}, DoB {c.D(mum, 'dmy/')}, NI No {c.NI(mum, 'spaced')},
                mobile {c.TEL(mum, 'plain')}

Reason for referral: Ciarán attended the Emergency Department on 1 June with bruising to the left
forearm and an explanation that was inconsistent with the injury. Child protection medical
completed. Strategy discussion held 02/06/2026; joint protocol investigation with PSNI agreed.
Ciarán is not currently on the Child Protection Register.
=================================

{sig(c, rep, 0)}"""
    setc(m, body)
    c.assess("external", vulnerable="child", what="child protection referral",
             where_note="sent to the wrong school outside the trusted domains (example.org)")
    return c, m


def h14():
    c = Case(14, "facebook-whiteboard-photo", "published_social_media",
             ["published", "social_media", "no_dob", "plain", "staff_first_names"])
    rep = c.staff(S["tait"])
    pats = [P("Wilfred", "Achterberg", None, "M"), P("Pamela", "Okoro-Lindsay", None, "F"),
            P("Gwen", "Duckworth", None, "F")]
    c.cats.add("health")
    for nm in ["Jodie", "Priya", "Aaron"]:
        c.staff_name(nm)
    m = new_msg(c, rep.addr, DPO, "Photo of ward whiteboard posted on Facebook", when(2026, 7, 19, 21, 7, 1),
                "nhs.net")
    c.mailbox(DPO_ADDR)
    setc(m, f"""Dear DPO,

A relative has just told us that a healthcare assistant posted a photo on her public Facebook
page this evening ("Mad shift on 4B but what a team!! Jodie, Priya and Aaron you legends"). The
patient status board is clearly readable behind them. I can read the following from the photo:

  Bed 2  - {c.N(pats[0], 'Title First SURNAME')} - falls risk, NBM for OGD am
  Bed 5  - {c.N(pats[1], 'Title First SURNAME')} - barrier nursing (C. diff)
  Bed 11 - {c.N(pats[2], 'Title First SURNAME')} - end of life care, family visiting

The post is still up - the HCA is not answering her phone. It has 60+ reactions and has been
shared twice. I have reported the post to Facebook.

{sig(c, rep, 4)}
Ward 4B, {rep.org}
""")
    c.assess("published", what="ward status board visible in a social media photo, 3 patients",
             where_note="published on social media (public Facebook post, shared)")
    return c, m


def h15():
    c = Case(15, "x-screenshot-eip-list-removed", "published_social_media_removed",
             ["published", "social_media", "mental_health", "contained", "tabular_pipe", "plain"])
    rep = c.staff(S["lane"])
    pats = [P("Callum", "Reekie", dt.date(2001, 8, 19), "M", nhs=nhs_number()),
            P("Aaliyah", "Brathwaite", dt.date(1999, 4, 2), "F", nhs=nhs_number()),
            P("Mateusz", "Zieliński", dt.date(2003, 11, 27), "M", nhs=nhs_number())]
    c.cats |= {"mental_health", "health"}
    rows = "\n".join(f"{c.N(p, 'full'):<22}| {c.D(p, 'dmy/'):<11}| {c.NHS(p, 'plain'):<11}| {t}"
                     for p, t in zip(pats, ["09:30 depot clozapine bloods", "10:15 care coordinator review",
                                            "11:00 first episode psychosis assessment"]))
    m = new_msg(c, rep.addr, BREACH, "Screenshot of EIP clinic list posted on X (removed)",
                when(2026, 8, 7, 17, 25, 1), "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(m, f"""Hi,

One of our administrators posted a "Friday feeling" screenshot of her desktop on X (Twitter) at
about 15:50 today. Our Early Intervention in Psychosis clinic list was open on screen. A colleague
spotted it and the post was deleted at 16:32, so it was public for roughly 40 minutes. It had around
300 views according to the analytics.

The readable part of the screenshot:

Name                  | DOB        | NHS number | Appointment
{rows}

{sig(c, rep, 1)}
""")
    c.assess("published", contained=True, what="Early Intervention in Psychosis clinic list",
             where_note="published on social media (X/Twitter post, about 300 views)")
    return c, m


def h16():
    c = Case(16, "near-miss-old-fax-number", "near_miss_no_identifiers",
             ["near_miss", "plain", "no_identifiers"])
    rep = c.staff(S["stone"])
    m = new_msg(c, rep.addr, IG, "Near miss - referral nearly sent to old fax number", when(2026, 2, 9, 12, 30),
                "nhs.net")
    c.mailbox(IG_ADDR)
    setc(m, f"""Hello,

For your near-miss log: a locum GP was about to fax an urgent dermatology referral to a number
printed on an old leaflet. Our receptionist noticed the number had been withdrawn in 2024 and stopped
it before anything was sent. The referral went via e-RS instead. No patient information left the
practice.

We have removed the leaflets from the consulting rooms.

{sig(c, rep, 0)}
""")
    c.assess("near_miss", what="no identifiable data subject (near miss)",
             where_note="near miss: nothing was disclosed")
    return c, m


def h17():
    c = Case(17, "near-miss-decoy-numbers", "near_miss_decoys_no_identifiers",
             ["near_miss", "decoys", "no_identifiers", "plain", "intl_phone_staff"])
    rep = c.staff(S["ashby"])
    c.staff_name("Dr Abara")
    c.ignore("phone_number", "02079460160")
    bad1, bad2 = bad_mod11_number(), bad_mod11_number(600, 799)
    m = new_msg(c, rep.addr, BREACH, "near miss - wrong envelope (no data left the building)",
                when(2026, 4, 28, 15, 15), "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(m, f"""Hi team,

Datix ID 2026/04417 - near miss.

At 11:20 today a clinic letter for one patient was folded into the envelope addressed to another
patient (both Dr Abara's Tuesday clinic, Nightingale Ward day unit). I spotted the mismatch at the
franking stage - the envelope was never sealed or posted. Both letters have been re-printed.

For the audit trail:
  Franking batch: {bad1}
  Post room order no. {bad2}
  Printer asset tag: PRN-00418-B
  Clinic date: 28/04/2026 (re-print run 14:05)
  Service desk ticket: INC0049213

No patient details are included here.

Tom Ashby
Outpatients Receptionist, {rep.org}
Tel +44 (0)20 7946 0160 | Ext 4471
Fax 020 7946 0999 (switchboard, not for clinical use)
""")
    c.ignore("phone_number", "02079460999")
    c.assess("near_miss", what="no identifiable data subject (near miss)",
             where_note="near miss: caught before posting, nothing disclosed")
    return c, m


def h18():
    c = Case(18, "phishing-pensions-rfc822", "non_breach_phishing",
             ["phishing", "rfc822", "html", "no_identifiers", "decoys"])
    rep = c.staff(S["penrose"])
    inner = new_msg(c, "NHS Pensions Team <update@nhspensions-verify.example.net>", f"<{rep.email}>",
                    "Action needed: confirm your pension details by Friday", when(2026, 3, 2, 6, 14),
                    "nhspensions-verify.example.net")
    c.ignore("email_address", "update@nhspensions-verify.example.net")
    ref = bad_mod11_number()
    text = f"""Dear Member,

Our records show your annual allowance statement could not be issued. To avoid a tax charge you must
confirm your National Insurance number, date of birth and bank sort code within 48 hours.

Reference: {ref}
Confirm here: https://nhspensions-verify.example.net/confirm?id=88142

NHS Pensions Member Services"""
    setc(inner, text)
    inner.add_alternative("<html><body><p>" + text.replace("\n\n", "</p><p>").replace("\n", "<br>")
                          + "</p></body></html>", subtype="html")
    outer = new_msg(c, rep.addr, BREACH, "Suspicious email - pensions", when(2026, 3, 2, 9, 1), "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(outer, f"""Hi,

Is this genuine? It looks off to me - the sender is not nhsbsa. I haven't clicked anything or
replied. Attached as an email.

{sig(c, rep, 4)}
""")
    outer.add_attachment(inner)
    c.assess("none", what="not a breach (phishing attempt): no data subject's personal data",
             where_note="nothing disclosed")
    return c, outer


def h19():
    c = Case(19, "ceo-gift-card-scam", "non_breach_bec_scam",
             ["phishing", "inline_outlook", "no_identifiers", "plain"])
    rep = c.staff(S["qureshi"])
    c.staff_name("Helen Marchetti")
    c.ignore("email_address", "helen.marchetti.ceo@outlook.com")
    m = new_msg(c, rep.addr, BREACH, "FW: Quick favour", when(2026, 5, 19, 8, 12), "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(m, f"""Logging this one for completeness - three of our admin staff received the email below,
which pretends to be from our Chief Executive. No one bought gift cards and no information was sent.
Not a personal data breach as far as I can see.

{sig(c, rep, 0)}

________________________________
From: Helen Marchetti <helen.marchetti.ceo@outlook.com>
Sent: 18 May 2026 17:46
To: Undisclosed recipients
Subject: Quick favour

Are you at your desk? I need you to pick up 6 x £100 Apple gift cards for a staff award this evening.
I'm in back-to-back meetings so can't take calls. Scratch the backs and send me photos of the codes.
I will reimburse you tomorrow (expense code 7730 4412 09).

Helen
Sent from my iPhone
""")
    c.assess("none", what="not a breach (impersonation scam): no data subject's personal data",
             where_note="nothing disclosed")
    return c, m


def h20():
    c = Case(20, "nested3-care-home-fall-quoted", "nested_inline_forward_3_quoted",
             ["inline_outlook", "inline_gmail", "quoted_gt", "nested_3", "vulnerable_adults", "external",
              "plain"])
    rep, dep = c.staff(S["morrow"]), c.staff(S["cartwright"])
    c.staff_name("Dr Venables")
    res = P("Edna", "Thistlethwaite", dt.date(1934, 5, 6), "F", nhs=nhs_number())
    son = P("Geoffrey", "Thistlethwaite", None, "M", phone=phone("mobile"), email="g.thistlethwaite@icloud.com")
    wrong = c.mailbox("g.thistle@icloud.com")
    c.cats.add("health")
    report = f"""INCIDENT / FALL REPORT - Larkfield Lodge Care Home
Resident: {c.N(res, 'title')}    Room 14 (Bluebell unit)
DoB {c.D(res, 'dth Month y')}    NHS no. {c.NHS(res, 'spaced')}
Next of kin: {c.N(son, 'full')} (son) tel {c.TEL(son, 'dash')}

06/03/2026 02:40 - found on floor beside bed by night carer. Unwitnessed fall. Small laceration
to right eyebrow, steri-stripped. Neuro obs commenced. Known Alzheimer's disease; DoLS
authorisation in place. On apixaban - 111 advised ED attendance; CT head NAD. Returned 09:10.
Falls referral made to Dr Venables."""
    lvl1 = f"""Hi Geoff,

As promised on the phone, here is the report about your mum's fall last night.

{report}

Jenna Cartwright
Deputy Manager"""
    lvl2 = f"""Alison - I sent this to the email address we had for Edna's son but he's just called to say he
never got it. Looks like his address is {c.EM(son)} and I sent it to g.thistle@icloud.com.
Who owns that one?? Forwarding the original to you.

On Fri, 6 Mar 2026 at 10:02, Jenna Cartwright <{dep.email}> wrote:
{quote(lvl1)}"""
    body = f"""Please see the chain below. A fall report about one of our residents went to the wrong iCloud
address - we don't know whose it is and have had no reply. Resident lacks capacity (DoLS).

{sig(c, rep, 2)}

{outlook_block(c, dep.full, dep.email, "06 March 2026 15:31", rep.full, rep.email, "Fwd: Mum's fall - report")}

{lvl2}"""
    m = new_msg(c, rep.addr, BREACH, "FW: Fwd: Mum's fall - report", when(2026, 3, 6, 16, 2), "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(m, body)
    c.assess("external", vulnerable="care home resident lacking capacity (DoLS)", what="care home fall report",
             where_note="sent to an unknown personal address outside the trusted domains (icloud.com)")
    return c, m


def h21():
    c = Case(21, "rfc822-nested2-top-referral", "rfc822_nested_2_reproductive_internal",
             ["rfc822_nested2", "reproductive_health", "hyphenated_names", "internal"])
    rep, gp_sender, ante = c.staff(S["kapoor"]), None, c.staff(S["obrien"])
    gp = c.staff(Staff("Oliver", "Brandt", "GP Partner", GP_ALDERGATE, "aldergate.referrals@nhs.net", "0118 496 0771"))
    p = P("Leticia", "Ferreira-Santos", dt.date(2001, 7, 14), "F", title="Ms", nhs=nhs_number(),
          phone=phone("mobile"), line1="5 Jubilee Walk", town="Reading", pc=postcode("RG", 1))
    c.cats |= {"reproductive_health", "health"}
    orig = new_msg(c, gp.addr, f"Antenatal Booking <antenatal.booking@nhs.net>", "Referral - Choices service",
                   when(2026, 9, 1, 10, 5, 1), "nhs.net")
    c.mailbox("antenatal.booking@nhs.net")
    setc(orig, f"""Referral to Choices (termination of pregnancy) service - please book

Patient: {c.N(p, 'Title First SURNAME')}
DOB: {c.D(p, 'dmy/')}    NHS Number: {c.NHS(p, 'plain')}
{c.ADDR(p, 'one')}
Mobile (safe to call, no voicemail): {c.TEL(p, 'plain')}

LMP 04/07/2026, estimated gestation 8+3 weeks by dates. Requests medical termination.
Chlamydia screen offered. Contraception after procedure discussed - wants implant.

Dr {gp.full}, {GP_ALDERGATE}
""")
    fwd = new_msg(c, ante.addr, rep.addr, "FW: Referral - Choices service", when(2026, 9, 1, 14, 48, 1), "nhs.net")
    setc(fwd, f"""Anita - this came to the antenatal booking inbox, not Choices. Several of our midwives
and clerks have access to that mailbox. Passing to you; please make sure it gets to the right team.

{ante.full}
{ante.role}
""")
    fwd.add_attachment(orig)
    outer = new_msg(c, rep.addr, IG, "FW: FW: Referral - Choices service", when(2026, 9, 2, 8, 30, 1), "nhs.net")
    c.mailbox(IG_ADDR)
    setc(outer, f"""Hello IG,

Reporting: a GP referral for termination of pregnancy went to the antenatal booking shared mailbox
rather than the Choices service. All internal NHSmail, but the patient specifically asked for
discretion. Emails attached as received.

{sig(c, rep, 0)}
""")
    outer.add_attachment(fwd)
    c.assess("internal", what="termination of pregnancy referral",
             where_note="sent to the wrong department's shared mailbox inside the trusted domains (nhs.net)")
    return c, outer


def h22():
    c = Case(22, "methadone-wrong-pharmacy-recalled", "substance_misuse_internal_recalled",
             ["substance_misuse", "plain", "internal", "contained", "label_variants"])
    rep, nmp = c.staff(S["ferris"]), c.staff(S["hussain"])
    p = P("Dean", "Ashcroft-Nwosu", dt.date(1985, 10, 23), "M", nhs=nhs_number(), line1="Flat 2, 48 Alma Road",
          town="Bristol", pc=postcode("BS", 5))
    p.line1 = "48 Alma Road"
    wrong = c.mailbox("pharmacy.fcq42@nhs.net")
    c.cats |= {"substance_misuse", "health"}
    m = new_msg(c, rep.addr, BREACH, "Prescription details sent to wrong pharmacy - recalled/deleted",
                when(2026, 10, 12, 11, 55), "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(m, f"""Dear Breach team,

Zahra (NMP) emailed instalment prescription details to Castle Pharmacy ({wrong}) instead of
Castleview Pharmacy. She recalled the email, and Castle Pharmacy's superintendent has since
confirmed by email that it was deleted without being actioned. Content below.

>>>
Service user: {c.N(p, 'SURNAME, First')}
NHS no: {c.NHS(p, 'spaced')}   DoB: {c.D(p, 'dmy-')}
Address: Flat 2, {c.ADDR(p, 'one')}
Methadone 1mg/ml oral solution - 60ml daily, supervised consumption Mon-Sat, Sunday dose
take-home. Instalment prescription FP10MDA serial 0417752931. Last UDS positive for
cocaine - please alert prescriber if missed doses x3.
<<<

{sig(c, rep, 1)}
""")
    c.assess("internal", contained=True, what="methadone instalment prescription details",
             where_note="sent to the wrong community pharmacy inside the trusted domains (nhs.net)")
    return c, m


def h23():
    c = Case(23, "apple-mail-alcohol-letter-gmail", "substance_misuse_external_apple_forward",
             ["inline_apple", "substance_misuse", "accented_names", "external", "plain"])
    rep = c.staff(S["bell"])
    c.staff_name("Dr Hollingsworth")
    p = P("Pádraig", "Ó Floinn", dt.date(1970, 3, 8), "M", nhs=nhs_number(), hosp="K0934471",
          line1="71 Quarry Hill", town="Leeds", pc=postcode("LS", 9))
    wrong = c.mailbox("paddy.flynn70@gmail.com")
    c.cats |= {"substance_misuse", "health"}
    m = new_msg(c, rep.addr, BREACH, "Fwd: Your discharge letter", when(2026, 3, 27, 19, 30), "icloud.com",
                extra={"X-Mailer": "iPhone Mail (22D72)"})
    c.mailbox(BREACH_ADDR)
    setc(m, f"""Sending from my phone as I'm off shift - the letter below went to the wrong Gmail (patient
gave us his email address verbally and we guessed the spelling). Recipient not known. Will Datix tomorrow.

Morven

Begin forwarded message:

From: "Bell, Morven" <{rep.email}>
Date: 27 March 2026 at 17:02:44 GMT
To: {wrong}
Subject: Your discharge letter

Dear Mr Ó Floinn,

Name: {c.N(p, 'full')}    Born: {c.D(p, 'Month d, y')}
NHS No. {c.NHS(p, 'dashed')}    Hosp No. {c.HOSP(p)}
{c.ADDR(p, 'one', 'lower')}

You were admitted with alcohol withdrawal seizures on a background of alcohol dependence
(approx. 140 units/week). Completed a chlordiazepoxide (Librium) reducing regime and started
thiamine and acamprosate. You have been referred to the community alcohol team at Armley Road.
A copy of this letter has gone to your GP, Dr Hollingsworth.

Morven Bell
{rep.role}
{rep.tel}

Sent from my iPhone""")
    c.assess("external", what="alcohol liaison discharge letter",
             where_note="sent to an unknown address outside the trusted domains (gmail.com)")
    return c, m


def h24():
    c = Case(24, "physio-negations-outlookcom-deleted", "negated_special_categories_external_deleted",
             ["negations", "plain", "external", "contained", "dob_label_variants"])
    rep = c.staff(S["price"])
    c.staff_name("Dr Ashraf")
    p = P("Graham", "Eccleston", dt.date(1967, 4, 12), "M", nhs=nhs_number(), line1="19 Fern Bank",
          town="Stockport", pc=postcode("SK", 4), phone=phone("mobile"))
    wrong = c.mailbox("graham.eccles@outlook.com")
    c.cats.add("health")
    m = new_msg(c, rep.addr, BREACH, "Physio discharge letter to wrong email - deleted", when(2026, 5, 22, 15, 0),
                "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(m, f"""Hi,

The physio discharge letter below was emailed to {wrong} (autocomplete picked the wrong address).
The recipient has replied confirming they have deleted it, including from deleted items; screenshot
saved to the Datix record (ref 2026-0882).

--- letter ---
PHYSIOTHERAPY DISCHARGE SUMMARY
Name: {c.N(p, 'full')}
DoB: {c.D(p, 'dmy2.')}
NHS no. {c.NHS(p, 'spaced')}
Address: {c.ADDR(p, 'one')}
Mobile: {c.TEL(p, '+44(0)')}

Seen for 6 sessions following a right rotator cuff repair. Range of movement now full, strength 4+/5.
Social history: lives with wife, works as a bus driver. Denies alcohol or recreational drug use.
No history of mental health problems. No safeguarding concerns identified. Not known to sexual
health services (asked re: previous hepatitis B vaccination - given via occupational health).
Discharged with a home exercise programme. GP: Dr Ashraf.
--- end ---

{sig(c, rep, 0)}
""")
    c.assess("external", contained=True, what="physiotherapy discharge letter",
             where_note="sent to a member of the public outside the trusted domains (outlook.com)")
    return c, m


def h25():
    c = Case(25, "decoy-heavy-preop-internal", "decoy_heavy_internal",
             ["decoys", "mod11_decoys", "street_like_names", "ward_names", "intl_phone_staff", "plain",
              "internal"])
    rep = c.staff(S["dunmore"])
    c.staff_name("Dr Okafor")
    c.staff_name("Mr Florence")
    p = P("Kwabena", "Asante-Mensah", dt.date(1952, 9, 17), "M", nhs=nhs_number(), hosp="RXH 00461827",
          line1="88 Victoria Street", town="Bradford", pc=postcode("BD", 3))
    c.cats.add("health")
    inv, order, po = bad_mod11_number(), bad_mod11_number(600, 799), good_mod11_decoy()
    datix_like = bad_mod11_number(400, 499)
    wrong = c.mailbox("theatres.bookings.ward9@nhs.net")
    m = new_msg(c, rep.addr, BREACH, "Pre-op letter sent to theatres bookings by mistake",
                when(2026, 6, 24, 10, 48), "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(m, f"""Morning,

Internal misdirection - our pre-op letter for one patient went to the Ward 9 theatres bookings
mailbox ({wrong}) instead of Ward 19. Internal NHSmail only.

For the purchase ledger query mentioned in the same thread (not patient-related):
  Invoice No. {inv}
  PO number {po}
  Order ref {order[:4]} {order[4:7]} {order[7:]}
  Supplier account 00731-GHX
  Datix: DW-2026-0193 / legacy ref {datix_like}

---- letter ----
Dear Dr Okafor,

Re: {c.N(p, 'Title First SURNAME')}   DOB {c.D(p, 'dmy/')}
NHS Number: {c.NHS(p, 'plain')}    Unit No: {c.HOSP(p)}
{c.ADDR(p, 'one')}

Mr Asante-Mensah attended pre-operative assessment on 22/06/2026 ahead of a laparoscopic
cholecystectomy listed for 14/07/2026 under Mr Florence on Nightingale Ward (Florence Suite).
ECG: sinus rhythm. HbA1c 49. Please stop his clopidogrel 7 days before surgery.
Admission: Albert Ward, 07:00.
---- end ----

{rep.full}
{rep.role}
{rep.org}
Tel: +44 (0)113 496 0588   Mob: +44 7700 900 001 (on-call, not for patients)
""")
    c.ignore("phone_number", "07700900001")
    c.assess("internal", what="pre-operative assessment letter",
             where_note="sent to the wrong internal mailbox inside the trusted domains (nhs.net)")
    return c, m


def h26():
    c = Case(26, "health-visitor-toddler-hotmail", "child_health_external",
             ["children", "child_under_5", "born_label", "external", "plain", "relatives_named"])
    rep = c.staff(S["ogunleye"])
    child = P("Aria-Rose", "Pennington", dt.date(2024, 3, 18), "F", title="Miss", nhs=nhs_number(),
              line1="12 Primrose Bank", town="Oldham", pc=postcode("OL", 8))
    mum = P("Kayleigh", "Pennington", None, "F", title="Miss", phone=phone("mobile"),
            email="kayleigh.pennington@hotmail.co.uk")
    dad = P("Liam", "Doherty", None, "M")
    wrong = c.mailbox("kayleigh.p@hotmail.co.uk")
    c.cats.add("health")
    m = new_msg(c, rep.addr, BREACH, "2 year review summary sent to wrong email", when(2026, 4, 14, 16, 20),
                "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(m, f"""Hello,

I sent the summary below to kayleigh.p@hotmail.co.uk - it should have been
{c.EM(mum)}. Not sure who has the shorter address. Email sent 14:02 today.

2 YEAR DEVELOPMENTAL REVIEW
Child: {c.N(child, 'full')}
Born: {c.D(child, 'dmy/')}
NHS: {c.NHS(child, 'spaced')}
Home: {c.ADDR(child, 'one')}
Parents: {c.N(mum, 'full')} (mum, {c.TEL(mum, 'plain')}), {c.N(dad, 'full')} (dad)

ASQ-3: communication below cut-off (25), other domains on track. Weight 11.2kg (25th centile).
Referral made to speech and language therapy. Hearing test requested. Next contact 3 months.

{sig(c, rep, 0)}
""")
    c.assess("external", vulnerable="child under 5", what="health visitor developmental review of a toddler",
             where_note="sent to an unknown personal address outside the trusted domains (hotmail.co.uk)")
    return c, m


def h27():
    c = Case(27, "stay-and-play-list-gmail", "children_no_health_external",
             ["children", "child_under_5", "tabular_pipe", "no_health", "external", "plain"])
    rep = c.staff(S["hartley"])
    used = set()
    kids = [rand_person(used, ages=(2022, 2025), region=("Rochdale", "OL"), nhs=False) for _ in range(6)]
    wrong = c.mailbox("stacey.brannigan@gmail.com")
    c.staff_name("Stacey Brannigan")
    lines = "\n".join(f"{c.N(k, 'full'):<26}| {c.D(k, 'dmy/'):<13}| {c.TEL(k, 'plain')}" for k in kids)
    m = new_msg(c, rep.addr, BREACH, "Stay and Play sign-up list sent to a parent", when(2026, 9, 15, 12, 10),
                "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(m, f"""Hi,

I replied to a parent (Stacey Brannigan, {wrong}) to confirm her place at Moorside Children's Centre
Stay and Play, and pasted the whole sign-up list instead of just her entry. The list was:

Child's name              | Date of birth | Contact number
{lines}

The contact numbers are the parents' mobiles. No other details were on the list. Stacey has not
replied to my request to delete it.

{sig(c, rep, 2)}
""")
    c.assess("external", vulnerable="children under 5",
             what="children's centre sign-up list: names, dates of birth, parents' phone numbers",
             where_note="sent to a parent's personal address outside the trusted domains (gmail.com)")
    return c, m


def h28():
    c = Case(28, "welsh-echo-letter-gmail", "wales_health_board_external",
             ["wales", "welsh_names", "bilingual", "external", "plain", "relatives_named"])
    rep, sec = c.staff(S["evans"]), c.staff(S["llewellyn"])
    c.staff_name("Dr Gwyn Prydderch")
    p = P("Siân", "Llewelyn-Jones", dt.date(1955, 1, 31), "F", nhs=nhs_number(), line1="14 Ffordd y Capel",
          town="Wrexham", pc=postcode("LL", 13), hosp="D123456A")
    hus = P("Dafydd", "ap Rhys", None, "M", phone=phone("cardiff"))
    wrong = c.mailbox("sian.jones1955@gmail.com")
    c.cats.add("health")
    inner = f"""Annwyl Mrs Llewelyn-Jones / Dear Mrs Llewelyn-Jones,

Enw / Name: {c.N(p, 'title')}
Dyddiad geni / Date of birth: {c.D(p, 'd Month y')}
Rhif GIG / NHS number: {c.NHS(p, 'spaced')}
Rhif ysbyty / Hospital number: {c.HOSP(p)}
Cyfeiriad / Address: {c.ADDR(p, 'one')}

Your echocardiogram on 2 October showed moderate aortic stenosis (valve area 1.2cm2) with good left
ventricular function. Dr Gwyn Prydderch will discuss this with you in clinic. As you asked, we have
also spoken to your husband, {c.N(hus, 'full')}, on {c.TEL(hus, 'plain')}.

Yn gywir / Yours sincerely,
{sec.full}
{sec.role}"""
    m = new_msg(c, rep.addr, BREACH, "Digwyddiad / Incident: llythyr i'r cyfeiriad e-bost anghywir",
                when(2026, 10, 9, 14, 22, 1), "wales.nhs.uk")
    c.mailbox(BREACH_ADDR)
    setc(m, f"""Prynhawn da,

English below. Cardiology sent the letter below to a Gmail address held on an old referral, which
is not the patient's. No reply from the recipient.

Cardiology sent the letter below to the wrong Gmail address. No reply from the recipient.

{sig(c, rep, 0)}

{outlook_block(c, sec.full, sec.email, "09 October 2026 11:05", None, wrong, "Canlyniadau / Results")}

{inner}""")
    c.assess("external", what="echocardiogram results letter",
             where_note="sent to an unknown personal address outside the trusted domains (gmail.com)")
    return c, m


def h29():
    c = Case(29, "prose-accented-names-qp", "prose_accented_names_internal",
             ["accented_names", "cte_quoted_printable", "prose", "label_variants", "internal", "plain"])
    rep = c.staff(S["tait"])
    c.staff_name("Dr Castellanos")
    pats = [P("Zoë", "Müller-Brandt", dt.date(1987, 3, 3), "F", nhs=nhs_number()),
            P("François", "Lefèvre", dt.date(1940, 11, 30), "M", nhs=nhs_number()),
            P("Nguyễn Thị", "Lan", dt.date(1975, 5, 5), "F", nhs=nhs_number()),
            P("Björn", "Åkesson", dt.date(1961, 8, 21), "M", nhs=nhs_number(), phone=phone("mobile"))]
    c.cats.add("health")
    wrong = c.mailbox("endoscopy.unit@nhs.net")
    z, f, n, b = pats
    m = new_msg(c, rep.addr, BREACH, "Referral list to endoscopy instead of dermatology", when(2026, 7, 2, 9, 40),
                "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(m, f"""Hello,

Yesterday afternoon our ward clerk emailed four dermatology referrals to the endoscopy unit mailbox
({wrong}) instead of the dermatology one. It's all within the Trust on NHSmail. The referrals were
written as free text; summarising what went out:

{c.N(z, 'full')} (born {c.D(z, 'dth Month y')}, NHS No {c.NHS(z, 'spaced')}) was referred for a changing
pigmented lesion on her back. {c.N(f, 'title')}, DoB {c.D(f, 'iso')}, NHS no: {c.NHS(f, 'plain')}, has a
non-healing ulcer on the left shin. {c.N(n, 'full')} - D.O.B. {c.D(n, 'dmy/')} - NHS# {c.NHS(n, 'dashed')}
- needs review of plaque psoriasis before starting methotrexate. Lastly {c.N(b, 'title')}
({c.D(b, 'd-Mon-y')}; NHS number {c.NHS(b, 'spaced')}; mobile {c.TEL(b, 'plain')}) was referred by
Dr Castellanos for suspected basal cell carcinoma on the nose.

Endoscopy have forwarded them on to dermatology but haven't said whether they deleted their copies.

{sig(c, rep, 3)}
""", charset="utf-8", cte="quoted-printable")
    c.assess("internal", what="dermatology referrals, 4 patients",
             where_note="sent to the wrong department inside the trusted domains (nhs.net)")
    return c, m


def h30():
    c = Case(30, "refund-bank-details-wrong-email", "financial_details_external",
             ["financial", "no_health", "external", "plain", "mc_mac_names"])
    rep = c.staff(S["lindsay"])
    p = P("Hamish", "McTavish-Oduya", None, "M", line1="7 Wellington Crescent", town="Southampton",
          pc=postcode("SO", 15), phone=phone("mobile"), email="h.mctavishoduya@btinternet.com")
    wrong = c.mailbox("hamish.mctavish@btinternet.com")
    m = new_msg(c, rep.addr, DPO, "Refund confirmation with bank details sent to wrong customer",
                when(2026, 8, 20, 11, 11), "nhs.net")
    c.mailbox(DPO_ADDR)
    setc(m, f"""Dear DPO,

I emailed a refund confirmation to {wrong}; the correct address is {c.EM(p)}.
The other Mr McTavish is not known to us and has not responded.

The email said:

  Dear {c.N(p, 'title')},
  We have processed a refund of £312.00 for your cancelled staff-and-visitor car parking season
  ticket. The refund will be paid into:
     Account name: as above
     Sort code: 08-99-75
     Account number: 31926819
  Your correspondence address: {c.ADDR(p, 'one')}. If any of these details are wrong please call
  us, or we will call you on {c.TEL(p, 'plain')}.

There is no clinical information in it.

{sig(c, rep, 0)}
""")
    c.assess("external", financial=True, what="bank account details",
             where_note="sent to an unknown member of the public outside the trusted domains (btinternet.com)")
    return c, m


def h31():
    c = Case(31, "handover-on-public-noticeboard", "published_noticeboard",
             ["published", "noticeboard", "plain", "surname_first", "hospital_numbers"])
    rep = c.staff(S["mensah"])
    pats = [P("Beatrice", "Oyelaran", dt.date(1948, 2, 11), "F", hosp="H4471028"),
            P("Stanisław", "Wójcik", dt.date(1939, 6, 1), "M", hosp="H4498315"),
            P("Connor", "McGuinness", dt.date(1990, 12, 24), "M", hosp="H3902271")]
    c.cats.add("health")
    ln = "\n".join(f"  {c.N(p, 'SURNAME, First')}  {c.D(p, 'd Mon y')}  MRN {c.HOSP(p)}  - {d}"
                   for p, d in zip(pats, ["?sepsis, awaiting cultures", "CVA, NG fed, SALT review",
                                          "gallstone pancreatitis - for MRCP"]))
    m = new_msg(c, rep.addr, BREACH, "Patient list pinned on public noticeboard", when(2026, 10, 20, 13, 3), "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(m, f"""Hi,

A visitor told me there was a "list of patients" on the public noticeboard in the main outpatient
corridor (level 1, by the lifts). It is a printed AMU handover sheet. I photographed it; it reads:

{ln}

It has been there since at least this morning. It is still on the board now - I'm on a
different site and have asked security to go and take it down.

{sig(c, rep, 0)}
""")
    c.assess("published", what="acute medical unit handover sheet, 3 patients",
             where_note="published on a public noticeboard in a hospital corridor")
    return c, m


def h32():
    c = Case(32, "refuge-address-to-ex-partner", "misuse_reported_safeguarding",
             ["misuse", "safeguarding", "children", "child_under_5", "external", "plain"])
    rep = c.staff(S["forde"])
    victim = P("Danielle", "Whitworth", dt.date(1996, 6, 19), "F", title="Ms", nhs=nhs_number(),
               line1="22 Rosemary Close", town="Salford", pc=postcode("M", 6), phone=phone("mobile"))
    child = P("Mason", "Whitworth", dt.date(2022, 11, 2), "M", title="Master", nhs=nhs_number())
    wrong = c.mailbox("craig.h1987@outlook.com")
    c.cats |= {"safeguarding", "health"}
    m = new_msg(c, rep.addr, BREACH, "SERIOUS - new address disclosed to perpetrator", when(2026, 5, 11, 8, 2),
                "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(m, f"""SERIOUS INCIDENT - please call me.

On Friday an appointment confirmation for my client was emailed to her ex-partner's address
({wrong}), which was still on her record as a contact. The client and her son moved to a new
address in March because of domestic abuse (MARAC case, high risk). Over the weekend the
ex-partner sent her text messages quoting the new address and turned up outside the property on
Sunday; police attended. The family has now been moved again.

Details in the email that was sent:
  {c.N(victim, 'full')}, DOB {c.D(victim, 'dmy/')}, NHS {c.NHS(victim, 'spaced')}
  {c.ADDR(victim, 'one')}, mobile {c.TEL(victim, 'plain')}
  Child: {c.N(child, 'full')}, DOB {c.D(child, 'dmy/')}, NHS {c.NHS(child, 'spaced')}
  Appointment: paediatric asthma clinic, 12 May, 10:30

{sig(c, rep, 0)}
""")
    c.assess("misuse", vulnerable="domestic abuse victim and a young child",
             what="victim's new address and child's details",
             where_note="sent to the perpetrator outside the trusted domains; misuse reported (he used the address)")
    return c, m


def h33():
    c = Case(33, "ot-pip-letter-ni-number-internal", "ni_number_internal",
             ["ni_number", "internal", "plain", "label_variants", "hospital_numbers"])
    rep = c.staff(S["ahmed"])
    namesake = Staff("Yusuf", "Al-Khatib", "Pharmacy Technician", HUH, "yusuf.al-khatib2@nhs.net", None)
    c.ignore("email_address", namesake.email)
    p = P("Yusuf", "Al-Khatib", dt.date(1972, 2, 14), "M", nhs=nhs_number(), ni=ni_number(), hosp="EC2041183",
          line1="31 Chapel Fold", town="Bolton", pc=postcode("BL", 3), email="yusuf.alkhatib72@icloud.com")
    c.cats.add("health")
    m = new_msg(c, rep.addr, BREACH, "Letter sent to staff member with same name as patient",
                when(2026, 6, 30, 10, 25), "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(m, f"""Hello,

I emailed the supporting letter below to {namesake.email} (a pharmacy technician in the Trust who
happens to have the same name as my patient) instead of the patient's own address, {c.EM(p)}.
He has let me know and deleted it, so this stayed within NHSmail.

To whom it may concern - PIP application supporting statement
Claimant: {c.N(p, 'full')}   DoB {c.D(p, 'd Month y')}
National Insurance No: {c.NI(p, 'plain')}
NHS No: {c.NHS(p, 'spaced')}   Hospital no: {c.HOSP(p)}
Address: {c.ADDR(p, 'one')}

Mr Al-Khatib has multiple sclerosis (relapsing-remitting) with marked fatigue and reduced
mobility; he cannot walk more than 20 metres without stopping and needs help with showering.

{sig(c, rep, 0)}
""")
    c.assess("internal", contained=True, what="PIP supporting letter",
             where_note="sent to a staff member inside the trusted domains (nhs.net)")
    return c, m


def h34():
    c = Case(34, "dna-list-intl-phone-formats", "international_phone_formats_external",
             ["phone_formats", "plain", "external", "inline_outlook", "surname_first"])
    rep, sender = c.staff(S["byrne"]), c.staff(S["rowe"])
    used = set()
    pats = [rand_person(used, ages=(1950, 2003), region=("London", "SE")) for _ in range(5)]
    styles = ["+44", "+44(0)", "0044", "dash", "brackets"]
    c.cats.add("health")
    wrong = c.mailbox("a.ferreira.home@outlook.com")
    c.staff_name("Ana Ferreira")
    lines = "\n".join(f"{i + 1}. {c.N(p, 'SURNAME, First')} - NHS {c.NHS(p, 'spaced')} - tel {c.TEL(p, st)}"
                      f" - {cl}" for i, (p, st, cl) in enumerate(zip(pats, styles, [
                          "Diabetes foot clinic", "Rheumatology", "Diabetes foot clinic", "Anticoagulation",
                          "Rheumatology"])))
    m = new_msg(c, rep.addr, BREACH, "FW: DNA list for SMS reminders", when(2026, 2, 24, 9, 31), "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(m, f"""Morning - another one for the log, sorry. Ellis meant to send the "did not attend" list to
our text reminder coordinator Ana Ferreira, but autocomplete picked a private Outlook.com address
belonging to a patient with a similar name. No reply from the recipient.

{sig(c, rep, 2)}

{outlook_block(c, sender.full, sender.email, "23 February 2026 17:44", "Ana Ferreira", wrong, "DNA list for SMS reminders")}

Hi Ana,

Can you send the standard re-booking text to these five please:

{lines}

Thanks
Ellis""")
    c.assess("external", what="did-not-attend list with clinics, 5 patients",
             where_note="sent to a member of the public outside the trusted domains (outlook.com)")
    return c, m


def h35():
    c = Case(35, "gmail-nested2-prep-deleted", "sexual_health_gmail_nested_2_deleted",
             ["inline_gmail", "nested_2", "sexual_health", "external", "contained", "plain"])
    rep, adv = c.staff(S["obi"]), c.staff(S["elamin"])
    stranger = "Gavin Pettifer"
    c.staff_name(stranger)
    wrong = c.mailbox("gav.pettifer@live.co.uk")
    c.mailbox("riverside.clinic@nhs.net")
    p = P("Kofi", "Boateng-Hall", dt.date(1993, 1, 9), "M", nhs=nhs_number(), hosp="SH/22/04417",
          phone=phone("mobile"))
    c.cats |= {"sexual_health", "health"}
    orig = f"""Hi Kofi,

Your 3-monthly PrEP review is due. Your last HIV test (Ag/Ab) on 12 June was negative and your
kidney function was normal, so we can issue another 90 days of emtricitabine/tenofovir at
your next visit.

Name: {c.N(p, 'full')}
DOB: {c.D(p, 'd Month y')}
NHS no: {c.NHS(p, 'plain')}
GUM No: {c.HOSP(p)}
Contact: {c.TEL(p, 'plain')}

Samir
Riverside Sexual Health"""
    lvl1 = f"""Hello, I think this was sent to me by mistake - I don't know a Kofi. I've deleted it from my
inbox and my deleted items.

Gavin

{gmail_block(adv.full, adv.email, "Mon, 14 Sept 2026 at 11:20", "PrEP review", f"<{wrong}>")}

{orig}"""
    body = f"""Dear IG team,

The forwarded chain below shows a PrEP reminder going to the wrong person. The recipient
returned it and confirms deletion.

{sig(c, rep, 0)}

{gmail_block(stranger, wrong, "Mon, 14 Sept 2026 at 19:02", "Fwd: PrEP review", "<riverside.clinic@nhs.net>")}

{lvl1}"""
    m = new_msg(c, rep.addr, IG, "Fwd: Fwd: PrEP review", when(2026, 9, 15, 8, 15, 1), "mail.gmail.com")
    c.mailbox(IG_ADDR)
    setc(m, body)
    c.assess("external", contained=True, what="PrEP/HIV clinic reminder",
             where_note="sent to a member of the public outside the trusted domains (live.co.uk)")
    return c, m


def h36():
    c = Case(36, "original-message-tribunal-solicitor", "mental_health_classic_outlook_external",
             ["inline_outlook_classic", "mental_health", "external", "plain", "cc_internal"])
    rep, sender = c.staff(S["marsh"]), c.staff(S["pritchard"])
    c.staff_name("Dr Abimbola Sowande")
    c.staff_name("Pritchard Gareth (Dr)")
    right = c.mailbox("mha.team@castleford-law.example.co.uk")
    wrong = c.mailbox("enquiries@castlegate-legal.example.co.uk")
    p = P("Tendai", "Murerwa", dt.date(1988, 4, 27), "M", nhs=nhs_number(), hosp="2237461",
          )
    c.cats |= {"mental_health", "health"}
    m = new_msg(c, rep.addr, BREACH, "FW: Tribunal report - T Murerwa", when(2026, 11, 3, 9, 45), "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(m, f"""Hi,

The responsible clinician's tribunal report was sent to Castlegate Legal instead of Castleford Law
(the patient's solicitors). Castlegate have not responded to two phone calls. Chain below.

{sig(c, rep, 4)}

{outlook_block(c, f"Pritchard Gareth (Dr)", sender.email, "02 November 2026 16:58", "Castlegate Legal", wrong, "Tribunal report - T Murerwa", cc=f"MHA Office <{rep.email}>", style="classic")}

Please find the RC report for the hearing on 10/11/2026.

RESPONSIBLE CLINICIAN'S REPORT - FIRST-TIER TRIBUNAL (MENTAL HEALTH)
Patient: {c.N(p, 'FULL UPPER')}
Date of birth: {c.D(p, 'dmy/')}     NHS: {c.NHS(p, 'spaced')}     RiO: {c.HOSP(p)}
Detained: Section 3 MHA, Larch Ward, Whitmoor Unit

Diagnosis: paranoid schizophrenia (F20.0). Two previous admissions under Section 3. Poor insight;
stopped depot medication in July. Assaulted a member of staff on 14/09/2026. Current medication
clozapine 400mg. In my opinion the criteria for continued detention are met.

Dr {sender.full}
{sender.role}
Second opinion: Dr Abimbola Sowande""")
    c.assess("external", what="Mental Health Tribunal report",
             where_note="sent to the wrong firm of solicitors outside the trusted domains (example.co.uk)")
    return c, m


def h37():
    c = Case(37, "csv40-pathology-semicolon", "csv_40_semicolon_internal",
             ["csv", "rows_40", "semicolon_delimited", "test_number", "internal"])
    rep = c.staff(S["penrose"])
    used = set()
    pats = [rand_person(used, ages=(1931, 2005)) for _ in range(40)]
    pats[17].nhs = test_nhs_number()
    c.cats.add("health")
    tests = [("HbA1c", "mmol/mol", (38, 95)), ("eGFR", "mL/min", (18, 90)), ("Potassium", "mmol/L", (3, 6)),
             ("TSH", "mU/L", (0, 12)), ("Ferritin", "ug/L", (5, 400))]
    rows = []
    for i, p in enumerate(pats):
        t, u, (lo, hi) = tests[i % len(tests)]
        p.hosp = f"H{rng.randint(1000000, 4999999)}"
        c.N(p, "full")
        rows.append([c.HOSP(p), p.last.upper(), p.first, c.D(p, "dmy."), c.NHS(p, "plain"), t,
                     str(rng.randint(lo, hi)), u])
    data = csv_text(["MRN", "Surname", "First name", "dob", "nhs_no", "Test", "Result", "Units"], rows, ";")
    wrong = c.mailbox("kingsmead.practice@nhs.net")
    m = new_msg(c, rep.addr, IG, "Abnormal results export sent to wrong practice", when(2026, 8, 4, 13, 50),
                "nhs.net")
    c.mailbox(IG_ADDR)
    setc(m, f"""Hi,

This morning's abnormal results export for Quarry Lane Surgery went to Kingsmead Practice
({wrong}) instead. 40 patients. Kingsmead haven't replied yet. Note one row (line 18) is our
EPR test patient that the export always includes.

{sig(c, rep, 0)}
""")
    m.add_attachment(data, subtype="csv", filename="abn_results_QLS_20260804.csv")
    c.assess("internal", what="abnormal pathology results, 40 rows, CSV",
             where_note="sent to the wrong GP practice inside the trusted domains (nhs.net)")
    return c, m


def h38():
    c = Case(38, "rfc822-html-qp-safeguarding-care-home", "rfc822_html_safeguarding_external",
             ["rfc822", "html_only", "cte_quoted_printable", "safeguarding", "vulnerable_adults", "external",
              "attachment_only_style"])
    rep = c.staff(S["ward"])
    c.staff_name("Dr Sato")
    res = P("Marjorie", "Pickersgill", dt.date(1931, 9, 14), "F", nhs=nhs_number())
    dau = P("Carol", "Ainsworth", None, "F", phone=phone("mobile"))
    wrong = c.mailbox("manager@rowanhouse-care.example.co.uk")
    c.cats |= {"safeguarding", "health"}
    html = f"""<html><body>
<div style="font-family:Verdana;font-size:10pt">
<p>Dear Manager,</p>
<p>I am raising a <b>safeguarding concern</b> following my visit today.</p>
<table style="border-collapse:collapse" border="1">
<tr><td>Resident</td><td>{c.N(res, 'Title First SURNAME')}</td></tr>
<tr><td>D.O.B.</td><td>{c.D(res, 'd-Mon-y')}</td></tr>
<tr><td>NHS No.</td><td>{c.NHS(res, 'spaced')}</td></tr>
<tr><td>NOK</td><td>{c.N(dau, 'full')} (daughter) {c.TEL(dau, 'plain')}</td></tr>
</table>
<p>Category 4 pressure ulcer to sacrum, not reported to the district nursing team; repositioning
charts not completed for 3 days. Mrs Pickersgill has advanced dementia and cannot reposition
herself. I have informed Dr Sato and made a safeguarding adults referral to the local authority
(ref SA-26-1187).</p>
<p>{rep.full}<br>{rep.role}<br>{rep.tel}</p>
</div></body></html>"""
    inner = new_msg(c, rep.addr, f"Rowan House <{wrong}>", "Safeguarding concern - resident",
                    when(2026, 10, 1, 17, 35, 1), "nhs.net")
    setc(inner, html, subtype="html", cte="quoted-printable")
    outer = new_msg(c, rep.addr, BREACH, "FW: Safeguarding concern - resident", when(2026, 10, 1, 18, 2, 1),
                    "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(outer, "Sent to Rowan House instead of Rowan Lodge. See attached.\n\nLucy\n")
    outer.add_attachment(inner)
    c.assess("external", vulnerable="care home resident with advanced dementia",
             what="adult safeguarding concern",
             where_note="sent to the wrong care home outside the trusted domains (example.co.uk)")
    return c, outer


def h39():
    c = Case(39, "supplier-ticket-error-log", "supplier_support_ticket_external",
             ["decoys", "log_format", "external", "plain", "supplier"])
    rep = c.staff(S["hale"])
    sup = c.mailbox("support@epr-vendor.example.com")
    c.staff_name("Ravi Menon")
    used = set()
    a, b = rand_person(used, ages=(1940, 1990)), rand_person(used, ages=(1940, 1990))
    a.hosp, b.hosp = "RHX3349172", "RHX3350846"
    c.cats.add("health")
    sess, corr = bad_mod11_number(600, 699), bad_mod11_number(400, 499)
    m = new_msg(c, rep.addr, BREACH, "Patient data sent to EPR supplier in support ticket",
                when(2026, 7, 28, 14, 12), "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(m, f"""Hi,

I raised a ticket with our EPR supplier ({sup}, Ravi Menon) and pasted the error log without
removing patient details. The supplier is outside NHSmail. Log as sent:

2026-07-28 10:41:07 ERROR AdmitService session={sess} corr={corr}
  patient.name="{c.N(a, 'SURNAME, First')}" patient.dob={c.D(a, 'iso')} nhs={c.NHS(a, 'plain')} mrn={c.HOSP(a)}
  ward="Fleming Ward" bed=12 reason="Admitted 27/07/2026 - sepsis, IV antibiotics"
2026-07-28 10:41:09 ERROR AdmitService session={sess} corr={corr}
  patient.name="{c.N(b, 'SURNAME, First')}" patient.dob={c.D(b, 'iso')} nhs={c.NHS(b, 'plain')} mrn={c.HOSP(b)}
  ward="Fleming Ward" bed=14 reason="Admitted 27/07/2026 - hip fracture, for theatre"
2026-07-28 10:41:12 WARN  Retry queue depth=4412 build=7.31.2045

{sig(c, rep, 0)}
""")
    c.assess("external", what="patient details in a supplier support ticket, 2 patients",
             where_note="sent to a supplier outside the trusted domains (example.com)")
    return c, m


def h40():
    c = Case(40, "docx-minutes-plus-staff-csv", "docx_safeguarding_children_staff_csv_internal",
             ["docx", "csv", "staff_table_decoy", "safeguarding", "children", "child_under_5", "negations",
              "internal"])
    rep = c.staff(S["gill"])
    mum = P("Chelsea", "Bramwell", dt.date(1998, 8, 8), "F", title="Ms", phone=phone("mobile"),
            line1="44 Ivy Terrace", town="Rochdale", pc=postcode("OL", 11))
    k1 = P("Tyler", "Bramwell", dt.date(2017, 5, 30), "M", nhs=nhs_number())
    k2 = P("Ivy-Grace", "Bramwell-Hodge", dt.date(2022, 2, 14), "F", nhs=nhs_number())
    c.cats |= {"safeguarding", "health"}
    attendees = [Staff("Harjit", "Gill", "Named Nurse Safeguarding Children", ECH, "harjit.gill@nhs.net", "0161 496 0300"),
                 Staff("Deirdre", "Costello", "Social Worker", "Rochdale Children's Services", "d.costello@rochdale.example.gov.uk", "0161 496 0845"),
                 Staff("Marcus", "Oyelowo", "School Nurse", ECH, "marcus.oyelowo@nhs.net", "0161 496 0846"),
                 Staff("Joanne", "Pickles", "Designated Safeguarding Lead, Hill Top Primary", "Hill Top Primary", "dsl@hilltop.example.sch.uk", "0161 496 0847"),
                 Staff("Adeel", "Rana", "Detective Constable", "Greater Manchester Police", "adeel.rana@police.example.uk", "0161 496 0848")]
    for s_ in attendees:
        c.staff(s_)
    staff_csv = csv_text(["Name", "Role", "Organisation", "Email", "Phone"],
                         [[s_.full, s_.role, s_.org, s_.email, s_.tel] for s_ in attendees])
    paras = ["# Strategy Meeting - Minutes (OFFICIAL-SENSITIVE)",
             "Date: 16 March 2026, 14:00, Microsoft Teams",
             "Chair: Deirdre Costello (Social Worker)",
             f"Children: {c.N(k1, 'full')} (DOB {c.D(k1, 'dmy/')}, NHS {c.NHS(k1, 'spaced')}) and "
             f"{c.N(k2, 'full')} (DOB {c.D(k2, 'dmy/')}, NHS {c.NHS(k2, 'spaced')})",
             f"Mother: {c.N(mum, 'full')}, DOB {c.D(mum, 'dmy/')}, {c.ADDR(mum, 'one')}, tel {c.TEL(mum, 'plain')}",
             "1. Concerns: school reports Tyler arriving hungry and unkempt, with unexplained bruising to "
             "his upper arm on 12/03/2026. Ivy-Grace has missed two health visitor contacts and her 12-month "
             "immunisations.",
             "2. No concerns regarding child sexual exploitation were raised. No current police involvement "
             "with the father.",
             "3. Outcome: threshold met for Section 47 enquiries. Initial Child Protection Conference to be "
             "convened within 15 working days.",
             "Actions: school nurse to complete health assessment; health visitor to undertake home visit."]
    data = make_docx(paras)
    wrong = c.mailbox("sg.admin.team@nhs.net")
    m = new_msg(c, rep.addr, BREACH, "Strategy meeting minutes sent to wrong safeguarding team",
                when(2026, 3, 18, 12, 0), "nhs.net")
    c.mailbox(BREACH_ADDR)
    setc(m, f"""Hello,

I sent the attached strategy meeting minutes and attendee list to the adult safeguarding admin
team ({wrong}) instead of the children's team. All NHSmail, but the adult team have no need to
see this. I've asked them to delete it.

{sig(c, rep, 0)}
""")
    attach_bytes(m, data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "Strategy meeting 16.03.26.docx")
    m.add_attachment(staff_csv, subtype="csv", filename="attendees.csv")
    c.assess("internal", vulnerable="children", what="child protection strategy meeting minutes, DOCX",
             where_note="sent to the wrong internal team inside the trusted domains (nhs.net)")
    return c, m


# ------------------------------------------------------------------ main

SCENARIOS = [h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13, h14, h15, h16, h17, h18, h19, h20,
             h21, h22, h23, h24, h25, h26, h27, h28, h29, h30, h31, h32, h33, h34, h35, h36, h37, h38, h39, h40]


def main():
    out = HERE
    for f in os.listdir(out):
        if f.endswith(".eml") and f.startswith("h"):
            os.remove(os.path.join(out, f))
    truths = []
    for fn in SCENARIOS:
        c, m = fn()
        finalise(m, c.n)
        with open(os.path.join(out, c.file), "wb") as fh:
            fh.write(m.as_bytes(policy=policy.SMTP.clone(linesep="\n")))
        truths.append(c.truth())
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in truths:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(f"wrote {len(truths)} emails + truth.jsonl to {out}")


if __name__ == "__main__":
    main()
