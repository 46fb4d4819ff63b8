#!/usr/bin/env python3
"""Build the blind evaluation corpus (40 .eml files + truth.jsonl).

Deterministic: fixed seed, fixed MIME boundaries, fixed dates, pinned zip timestamps.
    /work/venv/bin/python tests/data/blind/make_corpus.py

Every identifier that goes into a message is rendered through a method of `Case`, which
records the normalised value in the truth at the same moment, so the truth and the mail
cannot drift apart.  After writing, the script re-reads every .eml with the stdlib `email`
package, decodes every part (text, HTML, CSV, XLSX, DOCX, nested message/rfc822) and checks
that each rendered value is present and normalises (with the scorer's own normalisers) to
the value in the truth.
"""
import base64
import csv
import datetime as dt
import html
import importlib.util
import io
import json
import os
import quopri
import random
import re
import sys
import zipfile
from collections import defaultdict
from email import message_from_bytes
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(46120611)

_spec = importlib.util.spec_from_file_location("score", "/work/shared/eval/score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

BREACH = "breach@example.nhs.uk"
BREACH_DISP = formataddr(("Breach Reporting", BREACH))

# ------------------------------------------------------------------ numbers

def mod11(d9):
    s = sum(int(x) * w for x, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    return 0 if c == 11 else (None if c == 10 else c)


def health_no(lo, hi):
    while True:
        d9 = f"{rng.randint(lo * 10 ** 6, (hi + 1) * 10 ** 6 - 1):09d}"
        c = mod11(d9)
        if c is not None:
            return d9 + str(c)


def bad10(prefix=None):
    """A 10-digit number that FAILS Modulus 11 (decoy)."""
    while True:
        d = prefix + f"{rng.randint(0, 10 ** (10 - len(prefix)) - 1):0{10 - len(prefix)}d}" if prefix \
            else f"{rng.randint(10 ** 9, 10 ** 10 - 1)}"
        c = mod11(d[:9])
        if c is None or c != int(d[9]):
            return d


def chi_for(dob, sex):
    while True:
        d9 = dob.strftime("%d%m%y") + f"{rng.randint(0, 99):02d}" + str(
            rng.choice([0, 2, 4, 6, 8] if sex == "F" else [1, 3, 5, 7, 9]))
        c = mod11(d9)
        if c is not None:
            return d9 + str(c)


NI_LET = "ABCEGHJKLMNPRSTWXYZ"


def ni_no():
    while True:
        p = rng.choice(NI_LET) + rng.choice(NI_LET)
        if p in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            continue
        return p + f"{rng.randint(0, 999999):06d}" + rng.choice("ABCD")


_used_mob = set()


def mobile():
    while True:
        n = rng.randint(0, 999)
        if n not in _used_mob:
            _used_mob.add(n)
            return f"07700900{n:03d}"


AREA = {"Leeds": ("0113", "4960"), "Sheffield": ("0114", "4960"), "Nottingham": ("0115", "4960"),
        "Bristol": ("0117", "4960"), "Reading": ("0118", "4960"), "Birmingham": ("0121", "4960"),
        "Edinburgh": ("0131", "4960"), "Glasgow": ("0141", "4960"), "Liverpool": ("0151", "4960"),
        "Manchester": ("0161", "4960"), "London": ("020", "79460"), "Belfast": ("028", "96496"),
        "Cardiff": ("029", "20180")}
_used_land = set()


def landline(town):
    code, mid = AREA.get(town, ("01632", "960"))
    while True:
        tail = rng.randint(0, 999)
        num = code + mid + f"{tail:03d}"
        if num not in _used_land:
            _used_land.add(num)
            return num


def fmt_phone(num, style="std"):
    if num.startswith("07"):
        if style == "std":
            return f"{num[:5]} {num[5:]}"
        if style == "3":
            return f"{num[:5]} {num[5:8]} {num[8:]}"
        if style == "intl":
            return f"+44 {num[1:5]} {num[5:]}"
        if style == "intl0":
            return f"+44 (0){num[1:5]} {num[5:]}"
        return num
    if num.startswith("020") or num.startswith("028") or num.startswith("029"):
        a, b, c = num[:3], num[3:7], num[7:]
    elif num.startswith("01632"):
        a, b, c = num[:5], num[5:], ""
    else:
        a, b, c = num[:4], num[4:7], num[7:]
    if style == "paren":
        return f"({a}) {b} {c}".strip()
    if style == "raw":
        return num
    return f"{a} {b} {c}".strip()


OUTWARD = {
    "Leeds": ["LS6", "LS8", "LS11", "LS12", "LS9"], "Sheffield": ["S6", "S10", "S8", "S2"],
    "Nottingham": ["NG3", "NG7", "NG5"], "Bristol": ["BS5", "BS7", "BS4"], "Birmingham": ["B13", "B29", "B21", "B10"],
    "Manchester": ["M14", "M21", "M9", "M19"], "Liverpool": ["L15", "L18", "L4"], "Glasgow": ["G12", "G42", "G31", "G51"],
    "Edinburgh": ["EH6", "EH11", "EH10", "EH7"], "Belfast": ["BT5", "BT9", "BT14", "BT12"], "Newry": ["BT34", "BT35"],
    "Cardiff": ["CF14", "CF24", "CF5"], "London": ["SE15", "N16", "E17", "SW9"], "Leicester": ["LE2", "LE5"],
    "Derby": ["DE22", "DE23"], "Bolton": ["BL1", "BL3"], "Bradford": ["BD8", "BD3"], "York": ["YO31", "YO24"],
    "Hull": ["HU5", "HU3"], "Preston": ["PR1", "PR2"], "Coventry": ["CV5", "CV2"], "Norwich": ["NR2", "NR3"],
    "Reading": ["RG1", "RG30"], "Huddersfield": ["HD1", "HD2"], "Wakefield": ["WF1", "WF2"], "Oldham": ["OL8", "OL4"],
    "Dundee": ["DD3", "DD4"], "Paisley": ["PA1", "PA3"], "Lisburn": ["BT27", "BT28"], "Swansea": ["SA1", "SA2"],
    "Stockport": ["SK4", "SK2"], "Halifax": ["HX1", "HX3"], "Rotherham": ["S60", "S65"], "Barnsley": ["S70", "S71"],
}
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def postcode(town):
    return f"{rng.choice(OUTWARD[town])} {rng.randint(1, 9)}{rng.choice(INWARD_L)}{rng.choice(INWARD_L)}"


STREETS = ["Victoria Road", "Albert Terrace", "Nelson Street", "Cavendish Avenue", "Sycamore Close",
           "Mill Lane", "Beechwood Grove", "Church View", "Station Road", "Queen's Drive", "Hollybank Way",
           "Ashfield Crescent", "Langdale Road", "Park Avenue", "Granville Street", "Orchard Rise",
           "Raglan Street", "Tennyson Road", "Meadow Bank", "Fairfax Avenue", "Kingsley Close",
           "St Mary's Walk", "Brunswick Place", "Hawthorne Drive", "Elm Row", "Rowan Court", "Wellgate",
           "Coniston Way", "Clifton Grove", "Harcourt Street", "Marlborough Road", "Lime Street"]


class P:
    """A data subject. All numbers are generated up front so the rng sequence is stable."""

    def __init__(self, first, last, born, sex="F", town="Leeds", title=None, street=None, line1=None):
        self.first, self.last, self.sex, self.town = first, last, sex, town
        self.dob = dt.date.fromisoformat(born)
        self.title = title or ("Mr" if sex == "M" else "Mrs")
        self.nhs = health_no(*rng.choice([(400, 499), (600, 799)]))
        self.hc = health_no(320, 399)
        self.chi = chi_for(self.dob, sex)
        self.pc = postcode(town)
        self.line1 = line1 or f"{rng.randint(2, 160)} {street or rng.choice(STREETS)}"
        self.mob = mobile()
        self.land = landline(town)
        self.ni = ni_no()

    @property
    def full(self):
        return f"{self.first} {self.last}"


class S:
    """A member of staff / reporter / recipient (ignorable)."""

    def __init__(self, name, role="", email="", phone=""):
        self.name, self.role, self.email, self.phone = name, role, email, phone

    @property
    def addr(self):
        return formataddr((self.name, self.email))


MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]


def fmt_date(d, style):
    M = MON[d.month - 1]
    m3 = M[:3]
    sfx = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {
        "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dmy1": f"{d.day}/{d.month}/{d.year}",
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "dMonY": f"{d.day} {m3} {d.year}",
        "d-Mon-Y": f"{d.day:02d}-{m3}-{d.year}",
        "DMONY": f"{d.day:02d}-{m3.upper()}-{d.year}",
        "long": f"{d.day} {M} {d.year}",
        "ord": f"{d.day}{sfx} {M} {d.year}",
        "us": f"{M} {d.day}, {d.year}",
        "iso": d.isoformat(),
        "dmy2": f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
        "dot2": f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
    }[style]


# ------------------------------------------------------------------ truth recorder

class Case:
    def __init__(self, file, scenario, tags):
        self.file, self.scenario, self.tags = file, scenario, sorted(tags)
        self.ids = defaultdict(set)
        self.names, self.ign_names = set(), set()
        self.ign = defaultdict(set)
        self.subjects = []          # P objects (or labels for unnamed subjects)
        self.checks = []            # (kind, rendered, expected normalised)
        self.cats = []
        self.near_miss = False
        self.assessment = None
        self.msg = None

    def subj(self, p):
        if all(p is not q for q in self.subjects):
            self.subjects.append(p)

    def _id(self, kind, p, rendered, value):
        if p is not None:
            self.subj(p)
        self.ids[kind].add(value)
        self.checks.append((kind, rendered, score.normalise(kind, value)))
        return rendered

    # --- names
    def nm(self, p, style="full"):
        first, last = p.first, p.last
        r = {"full": f"{first} {last}", "LAST, First": f"{last.upper()}, {first}",
             "Last, First": f"{last}, {first}", "First LAST": f"{first} {last.upper()}",
             "T First Last": f"{p.title} {first} {last}", "T First LAST": f"{p.title} {first} {last.upper()}",
             "T F. Last": f"{p.title} {first[0]}. {last}", "LAST First": f"{last.upper()} {first}",
             "LAST, First (T)": f"{last.upper()}, {first} ({p.title})"}[style]
        self.subj(p)
        if style == "T F. Last":
            self.names.add(p.full)
            self.ign_names.add(r)      # abbreviated variant of a subject named in full elsewhere
        elif style == "LAST First":
            self.names.add(r)          # as written in the table
            self.ign_names.add(p.full)  # the re-ordered form is neutral
        else:
            self.names.add(p.full)
        self.checks.append(("person_name", r, score.normalise("person_name", self._truth_name(p, style, r))))
        return r

    @staticmethod
    def _truth_name(p, style, r):
        if style == "LAST First":
            return r
        if style == "T F. Last":
            return r
        return p.full

    def nm_split(self, p):
        """Forename and surname in separate table columns; truth is p.full."""
        self.subj(p)
        self.names.add(p.full)
        self.checks.append(("name_part", p.first, None))
        self.checks.append(("name_part", p.last, None))

    def nm_raw(self, p, written):
        """A subject's name written freely (e.g. 'Peggy MacKinnon (Margaret)'); truth is p.full."""
        self.subj(p)
        self.names.add(p.full)
        self.checks.append(("person_name", written, score.normalise("person_name", p.full)))
        return written

    def nhs(self, p, style="sp", kind="nhs_number", num=None):
        n = num or {"nhs_number": p.nhs, "hc_number": p.hc, "chi_number": p.chi}[kind]
        r = {"sp": f"{n[:3]} {n[3:6]} {n[6:]}", "raw": n, "dash": f"{n[:3]}-{n[3:6]}-{n[6:]}",
             "chi": f"{n[:6]} {n[6:]}", "chi4": f"{n[:4]} {n[4:8]} {n[8:]}"}[style]
        return self._id(kind, p, r, n)

    def chi(self, p, style="raw"):
        return self.nhs(p, style, "chi_number")

    def hc(self, p, style="sp"):
        return self.nhs(p, style, "hc_number")

    def dob(self, p, style="dmy"):
        r = fmt_date(p.dob, style)
        assert score.norm_date(r) == p.dob.isoformat(), (r, p.dob)
        return self._id("date_of_birth", p, r, p.dob.isoformat())

    def dob_cell(self, p):
        """A real date cell in XLSX: rendered as ISO in the decoded check text."""
        self._id("date_of_birth", p, p.dob.isoformat(), p.dob.isoformat())
        return dt.datetime(p.dob.year, p.dob.month, p.dob.day)

    def pc(self, p, lower=False):
        r = p.pc.lower() if lower else p.pc
        return self._id("postcode", p, r, p.pc)

    def addr(self, p, sep=", ", with_pc=True, town=True, lower_pc=False):
        """Renders and records address + postcode. sep='\\n' gives a block."""
        self._id("address", p, p.line1, f"{p.line1}, {p.town}, {p.pc}")
        parts = [p.line1] + ([p.town] if town else [])
        if with_pc:
            parts.append(self.pc(p, lower_pc))
        return sep.join(parts)

    def line1(self, p):
        return self._id("address", p, p.line1, f"{p.line1}, {p.town}, {p.pc}")

    def tel(self, p, which="mob", style="std"):
        n = p.mob if which == "mob" else p.land
        return self._id("phone_number", p, fmt_phone(n, style), n)

    def email(self, p, address):
        return self._id("email_address", p, address, address.lower())

    def hosp(self, p, rendered):
        return self._id("hospital_number", p, rendered, score.norm_alnum(rendered))

    def ni(self, p, spaced=True):
        n = p.ni
        r = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}" if spaced else n
        return self._id("ni_number", p, r, n)

    # --- ignorable
    def st(self, *staff):
        for s in staff:
            self.ign_names.add(s.name)
            if s.email:
                self.ign["email_address"].add(s.email.lower())
            if s.phone:
                self.ign["phone_number"].add(score.norm_phone(s.phone))
        return staff[0]

    def ig(self, kind, *vals):
        for v in vals:
            if kind == "person_name":
                self.ign_names.add(v)
            else:
                self.ign[kind].add(score.normalise(kind, v) if kind not in ("address",) else v)
        return vals[0]

    def grade(self, sev, lik, basis, cats=(), near_miss=False):
        self.cats = sorted(set(cats))
        self.near_miss = near_miss
        self.assessment = {"severity": sev, "likelihood": lik, "reportable": lik >= 3 and sev >= 2, "basis": basis}

    def record(self):
        ids = {k: sorted(v) for k, v in sorted(self.ids.items())}
        ign = {k: sorted(v) for k, v in sorted(self.ign.items())}
        # names of data subjects never double as ignorable
        ign_names = sorted(n for n in self.ign_names if n not in self.names)
        return {"file": self.file, "scenario": self.scenario, "tags": self.tags, "identifiers": ids,
                "names": sorted(self.names), "ignorable_names": ign_names, "ignorable": ign,
                "subjects": len(self.subjects), "special_categories": self.cats, "near_miss": self.near_miss,
                "no_identifiers": not ids and not self.names, "assessment": self.assessment}


# ------------------------------------------------------------------ MIME helpers

_bcount = [0]


def _bnd(m):
    _bcount[0] += 1
    m.set_boundary(f"----=_Part_{_bcount[0]:04d}_{rng.getrandbits(40):010x}")


def text_part(body, subtype="plain", cte="7bit", charset="utf-8"):
    p = MIMENonMultipart("text", subtype, charset=charset)
    raw = body.encode(charset)
    if cte == "7bit" and not all(b < 128 for b in raw):
        cte = "quoted-printable"
    if cte == "qp":
        cte = "quoted-printable"
    if cte == "quoted-printable":
        p.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte == "base64":
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
    else:
        p.set_payload(body)
    p["Content-Transfer-Encoding"] = cte
    return p


def bin_part(name, data, mime):
    mt, st = mime.split("/")
    p = MIMEBase(mt, st, name=name)
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    p["Content-Transfer-Encoding"] = "base64"
    p.add_header("Content-Disposition", "attachment", filename=name)
    return p


def csv_part(name, text, cte="7bit"):
    p = text_part(text, "csv", cte)
    p.add_header("Content-Disposition", "attachment", filename=name)
    return p


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def headers(m, frm, to, subject, date, cc=None, domain="mail.example.nhs.uk", extra=None):
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = f"<{rng.getrandbits(64):016x}.{rng.getrandbits(32):08x}@{domain}>"
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        m[k] = v
    return m


def single(body, frm, to, subject, date, cte="7bit", subtype="plain", **kw):
    return headers(text_part(body, subtype, cte), frm, to, subject, date, **kw)


def mixed(parts, frm, to, subject, date, **kw):
    m = MIMEMultipart("mixed")
    for p in parts:
        m.attach(p)
    _bnd(m)
    return headers(m, frm, to, subject, date, **kw)


def alt(plain, htm, cte="qp"):
    m = MIMEMultipart("alternative")
    m.attach(text_part(plain, "plain", cte))
    m.attach(text_part(htm, "html", cte))
    _bnd(m)
    return m


def rfc822(inner):
    return MIMEMessage(inner)


def outlook_block(frm, sent, to, subject, cc=None):
    s = f"________________________________\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n\n"


def original_block(frm, sent, to, subject, cc=None):
    s = f"-----Original Message-----\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n\n"


def gmail_block(frm, date, to, subject, cc=None):
    s = f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + "\n"


def pin_zip(data):
    """Rewrite a zip (xlsx/docx) with fixed timestamps so output is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":   # openpyxl stamps "modified" at save time
                blob = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2026-01-01T09:00:00Z", blob)
            z.writestr(zi, blob)
    return out.getvalue()


FIXED_TS = dt.datetime(2026, 1, 1, 9, 0, 0)


def make_xlsx(sheets):
    """sheets: list of (title, rows, hidden)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows, hidden in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, dt.datetime):
                    cell.number_format = "DD/MM/YYYY"
        if hidden:
            ws.sheet_state = "hidden"
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS
    wb.properties.creator = "EPR export"
    bio = io.BytesIO()
    wb.save(bio)
    return pin_zip(bio.getvalue())


def make_docx(paras, table=None, table_after=None):
    """paras: list of str (a leading '#' makes a heading). table: list of rows."""
    import docx
    d = docx.Document()
    for i, t in enumerate(paras):
        if t.startswith("# "):
            d.add_heading(t[2:], level=1)
        else:
            d.add_paragraph(t)
        if table and table_after == i:
            tb = d.add_table(rows=0, cols=len(table[0]))
            tb.style = "Table Grid"
            for row in table:
                cells = tb.add_row().cells
                for c, v in zip(cells, row):
                    c.text = str(v)
    d.core_properties.created = FIXED_TS
    d.core_properties.modified = FIXED_TS
    d.core_properties.last_printed = FIXED_TS
    d.core_properties.author = "Medical Secretaries"
    bio = io.BytesIO()
    d.save(bio)
    return pin_zip(bio.getvalue())


def csv_text(rows, delim=",", quote_all=False):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=delim, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
                   lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


def pipe_table(header, rows):
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    line = lambda r: "| " + " | ".join(str(v).ljust(w) for v, w in zip(r, widths)) + " |"
    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(header), sep] + [line(r) for r in rows])


def fixed_table(header, rows, gap=2):
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    line = lambda r: (" " * gap).join(str(v).ljust(w) for v, w in zip(r, widths)).rstrip()
    return "\n".join([line(header), line(["-" * w for w in widths])] + [line(r) for r in rows])


# ------------------------------------------------------------------ people pools

GROUPS = {
    "english": (["Olivia", "Amelia", "Grace", "Sophie", "Harriet", "Joan", "Patricia", "Evie", "Maisie", "Rosie", "Imogen", "Poppy"],
                ["Harry", "George", "Alfie", "Reggie", "Stanley", "Dennis", "Trevor", "Callum", "Freddie", "Archie", "Leon", "Barry"],
                ["Whitaker", "Ackroyd", "Pickering", "Hebblethwaite", "Greenwood", "Sutcliffe", "Barraclough", "Holroyd",
                 "Fairbairn", "Crowther", "Lumb", "Shackleton", "Wainwright", "Dobson", "Royle", "Haigh"]),
    "scots": (["Morag", "Eilidh", "Catriona", "Isla", "Kirsty", "Mhairi"], ["Hamish", "Ruaridh", "Fraser", "Euan", "Lachlan", "Angus"],
              ["McAllister", "MacPherson", "Drummond", "Buchanan", "McGlashan", "Urquhart", "MacLennan", "Cowie"]),
    "irish": (["Niamh", "Aoibheann", "Siobhán", "Clodagh", "Gráinne", "Saoirse"], ["Cathal", "Pádraig", "Eoin", "Colm", "Donal", "Tadhg"],
              ["O'Shaughnessy", "Mac Giolla Phádraig", "O'Driscoll", "Ní Dhomhnaill", "Breathnach", "McGuinness", "O'Hanlon", "Quigley"]),
    "welsh": (["Ffion", "Angharad", "Cerys", "Nia", "Eirlys", "Bethan"], ["Gruffydd", "Iolo", "Dafydd", "Rhodri", "Emyr", "Tomos"],
              ["Prydderch", "ap Iorwerth", "Vaughan-Thomas", "Bowen", "Gwilym", "Llywelyn"]),
    "polish": (["Zofia", "Agnieszka", "Małgorzata", "Katarzyna", "Joanna"], ["Krzysztof", "Paweł", "Łukasz", "Grzegorz", "Mateusz"],
               ["Wójcik", "Kaczmarek", "Zieliński", "Dąbrowski", "Lewandowski", "Szymański", "Woźniak", "Kowalczyk"]),
    "southasian": (["Aisha", "Nusrat", "Harpreet", "Priyanka", "Shazia", "Rukhsana", "Anjum", "Divya"],
                   ["Imran", "Arjun", "Bilal", "Rajinder", "Tariq", "Vikesh", "Zubair", "Sandeep"],
                   ["Chaudhry", "Bhattacharya", "Mahmood", "Sandhu", "Rahman", "Patel", "Qureshi", "Begum", "Hussain", "Gill"]),
    "westafrican": (["Adaora", "Folasade", "Abena", "Chiamaka", "Yewande", "Efua"], ["Oluwaseun", "Kwame", "Chinedu", "Babatunde", "Kofi", "Emeka"],
                    ["Adebayo", "Mensah", "Okonkwo", "Boateng", "Oyelaran", "Nwosu", "Asamoah", "Adeyinka"]),
    "chinese": (["Mei", "Xiaoling", "Hui Min", "Li Na", "Yan"], ["Wei", "Jun", "Zhi Hao", "Chun Kit", "Hao"],
                ["Chen", "Wong", "Leung", "Zhang", "Lau", "Cheung", "Tsang"]),
    "caribbean": (["Marcia", "Beverley", "Jasmine", "Shanice"], ["Delroy", "Winston", "Marlon", "Tyrone"],
                  ["Campbell", "Thompson", "Beckford", "Grant", "Ferguson", "McKenzie"]),
    "somali": (["Hodan", "Ayaan", "Fadumo", "Sahra"], ["Abdirahman", "Mohamed", "Yusuf", "Hassan"],
               ["Warsame", "Abdi", "Farah", "Jama", "Osman"]),
    "romanian": (["Ioana", "Andreea", "Mihaela"], ["Andrei", "Florin", "Bogdan"], ["Popescu", "Ionescu", "Dumitrescu", "Stanciu"]),
    "portuguese": (["Inês", "Beatriz", "Mariana"], ["João", "Tiago", "Rui"], ["da Silva", "Gonçalves", "dos Santos", "Ferreira"]),
}
WEIGHTS = {"english": 10, "scots": 2, "irish": 2, "welsh": 1, "polish": 2, "southasian": 5, "westafrican": 3,
           "chinese": 2, "caribbean": 2, "somali": 1, "romanian": 1, "portuguese": 1}
_used_names = set()


def random_person(town, born_from, born_to, groups=None):
    gs = groups or list(WEIGHTS)
    while True:
        g = rng.choices(gs, weights=[WEIGHTS[x] for x in gs])[0]
        fF, fM, lasts = GROUPS[g]
        sex = rng.choice("FM")
        first = rng.choice(fF if sex == "F" else fM)
        last = rng.choice(lasts)
        if g == "polish" and sex == "F" and last.endswith("ski"):
            last = last[:-1] + "a"
        if (first, last) in _used_names:
            continue
        _used_names.add((first, last))
        y0, y1 = born_from, born_to
        d0 = dt.date(y0, 1, 1).toordinal()
        d1 = dt.date(y1, 12, 31).toordinal()
        born = dt.date.fromordinal(rng.randint(d0, d1)).isoformat()
        title = ("Mr" if sex == "M" else rng.choice(["Mrs", "Ms", "Miss"]))
        return P(first, last, born, sex, town, title=title)


CASES = []


def case(file, scenario, tags):
    c = Case(file, scenario, tags)
    CASES.append(c)
    return c


# ================================================================== scenarios

HTH = "Harrowfield Teaching Hospitals NHS Foundation Trust"


def b01():
    c = case("b01-discharge-summary-typo-gmail.eml", "discharge_summary_wrong_gmail",
             ["inline_outlook", "plain", "discharge_summary", "next_of_kin", "decoys"])
    p = P("Desmond", "O'Riordan", "1939-03-02", "M", "Leeds", street="Victoria Road")
    nok = P("Siobhan", "Kettering", "1968-10-30", "F", "Leeds")
    rep = c.st(S("Priya Venkataraman", "Ward Manager, Ward 7B (Cardiology)", "priya.venkataraman@nhs.net", "0113 496 0571 ext 44102"))
    doc = c.st(S("Kofi Boateng", "FY1 Doctor, Cardiology", "kofi.boateng3@nhs.net"))
    cons = c.st(S("Ayesha Farouk", "Consultant Cardiologist"))
    c.ig("person_name", "M. Hollins", "Dr M Hollins")
    wrong = c.ig("email_address", "siobhan.ketering@gmail.com")
    right = c.email(nok, "siobhan.kettering@gmail.com")
    hn = "H2281934"
    summary = f"""DISCHARGE SUMMARY - Ward 7B (Cardiology)
{HTH}

Patient:   {c.nm(p, "LAST, First")}          Hosp No: {c.hosp(p, hn)}
D.O.B.:    {c.dob(p, "dmy")}                NHS No.: {c.nhs(p, "sp")}
Address:   {c.addr(p)}
Admitted:  14/02/2026        Discharged: 21/02/2026
Consultant: Dr {cons.name}

Diagnosis:
  1. Decompensated heart failure with reduced ejection fraction (LVEF 30%)
  2. Atrial fibrillation with fast ventricular response - rate controlled
  3. Stage 3b chronic kidney disease

Clinical summary:
Admitted via ED with 10 days of worsening breathlessness and leg oedema. Treated with IV
furosemide (net negative 6.4 L). Bisoprolol up-titrated to 5 mg OD. Apixaban started (CHA2DS2-VASc 5).

Medication changes:
  START  Apixaban 2.5 mg BD
  CHANGE Bisoprolol 2.5 mg -> 5 mg OD
  STOP   Amlodipine 5 mg

Follow-up: Heart failure nurse clinic, Jubilee Unit, 06/03/2026 at 10:40.
Next of kin: {c.nm(nok, "full")} (daughter) - {c.tel(nok, "mob", "std")}
GP: Dr M Hollins, Headingley Lane Surgery

Printed on 21/02/2026 15:02 by KBOATENG   (template v3.2.1)
"""
    body = f"""Hi,

Reporting a misdirected email from our ward. Dr Boateng emailed the discharge summary below to the
patient's daughter at her request, but typed her address wrongly - one "t" missing. It should have
gone to {right}. The email has not bounced so we assume it was delivered to whoever owns that
gmail account. We have emailed the address asking them to delete it but no reply so far.

Datix W231877 raised.

Thanks
Priya

Priya Venkataraman
Ward Manager, Ward 7B (Cardiology)
{HTH}
Tel: 0113 496 0571 ext 44102

{outlook_block(f"Boateng Kofi (HARROWFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST) <{doc.email}>", "21 February 2026 15:09", wrong, "Discharge summary - your father", cc=rep.email)}Dear Siobhan,

As discussed on the phone, please find your father's discharge summary below.

{summary}
Kind regards,
Kofi Boateng
FY1, Cardiology
"""
    c.msg = single(body, rep.addr, BREACH_DISP, "FW: Discharge summary - your father", "Mon, 23 Feb 2026 08:47:12 +0000")
    c.grade(3, 3, ["health information about an identified person (discharge summary: heart failure, AF, CKD)",
                   "sent to a stranger's webmail address outside the trusted domains (gmail.com, typo)",
                   "deletion requested but not confirmed: no reduction"], ["health"])


def b02():
    c = case("b02-rheumatology-letter-wrong-practice.eml", "clinic_letter_wrong_gp_internal",
             ["inline_outlook", "plain", "clinic_letter", "address_block", "hyphenated_name"])
    p = P("Gwendolyn", "Pritchard-Evans", "1958-11-17", "F", "Sheffield", title="Mrs", street="Albert Terrace")
    rep = c.st(S("Lorraine Mabbott", "Practice Manager, Kelso Road Surgery", "kelsoroad.surgery@nhs.net", "0114 496 0833"))
    cons = c.st(S("Jonathan Treharne", "Consultant Rheumatologist", "rheum.secretaries@nhs.net", "0114 496 0190"))
    gp = c.st(S("Fiona Ashcombe", "GP Partner, Brackenridge Medical Practice"))
    c.st(S("Jenna Towle", "Medical Secretary"))
    c.ig("postcode", "S10 2JF")
    c.ig("address", "Herries Road, Sheffield, S10 2JF", "12 Crookes Valley Road, Sheffield")
    letter = f"""Department of Rheumatology
Level 3, Brotherton Wing
Northern General Site, Herries Road, Sheffield S10 2JF
Tel: 0114 496 0190

Dictated: 03/03/2026   Typed: 09/03/2026
Our ref: JT/JTW/RHEU     Clinic: RHE2TUE

Dr F Ashcombe
Brackenridge Medical Practice
12 Crookes Valley Road
Sheffield

Dear Dr Ashcombe,

Re:  {c.nm(p, "T First Last")}
     {c.addr(p, sep=chr(10) + '     ')}
     DOB: {c.dob(p, "dot")}      NHS Number - {c.nhs(p, "sp")}      Unit No: {c.hosp(p, "K0457716")}

Diagnosis:
1. Seropositive rheumatoid arthritis (RF and anti-CCP positive), DAS28 4.9
2. Methotrexate-associated transaminitis - resolved
3. Osteopenia (DEXA T-score -1.8 at L2-L4)

Plan:
1. Stop methotrexate permanently.
2. Start sulfasalazine 500 mg OD, increasing weekly to 1 g BD. Please arrange FBC and LFTs fortnightly for 3 months.
3. Refer to the biologics nurse if DAS28 remains above 5.1 at review.
4. Review in clinic in 12 weeks.

I saw Mrs Pritchard-Evans today with her husband. She has had a difficult winter with early-morning
stiffness lasting over two hours and synovitis across both MCP joints.

Yours sincerely,

Dr Jonathan Treharne
Consultant Rheumatologist

cc: {p.title} {p.first} {p.last} (patient)
"""
    body = f"""Good morning,

We have received the clinic letter below from the rheumatology secretaries. This lady is not registered
with Kelso Road Surgery - it looks like it was meant for Brackenridge Medical Practice (Dr Ashcombe).
We have deleted it from our shared inbox and let the secretaries know.

Regards
Lorraine Mabbott
Practice Manager
Kelso Road Surgery
0114 496 0833

{outlook_block(f"RHEUMATOLOGY SECRETARIES (HARROWFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST) <{cons.email}>", "Monday, March 9, 2026 2:16 PM", f"Kelso Road Surgery <{rep.email}>", "Clinic letter RHE2TUE 03/03")}{letter}"""
    c.msg = single(body, rep.addr, BREACH_DISP, "FW: Clinic letter RHE2TUE 03/03 - not our patient", "Tue, 10 Mar 2026 09:05:44 +0000")
    c.grade(3, 2, ["health information about an identified person (rheumatology clinic letter with diagnosis and plan)",
                   "sent to the wrong GP practice inside the trusted domains (nhs.net)",
                   "recipient deleted it: likelihood already at its floor of 2"], ["health"])


def b03():
    c = case("b03-mh-referral-to-charity.eml", "mental_health_referral_external_charity",
             ["plain", "referral_form", "label_variants", "negations", "ethnicity", "special_by_keyword"])
    p = P("Kwabena", "Asante-Mensah", "1991-06-07", "M", "Bolton", line1="Flat 3 27 Salisbury Street")
    rep = c.st(S("Harriet Crossley", "GP, Moor Lane Surgery", "harriet.crossley@nhs.net", "01632 960418"))
    c.st(S("Gideon Farrow", "Referrals Coordinator", "referrals@calder-carers.example.org"))
    form = f"""ADULT MENTAL HEALTH - SINGLE POINT OF ACCESS REFERRAL
Northmoor Mental Health Partnership NHS Trust

Patient name:   {c.nm(p, "First LAST")}
dob:            {c.dob(p, "dmy")}
NHSN:           {c.nhs(p, "raw")}
RiO ID:         {c.hosp(p, "1187342")}
Address:        {c._id("address", p, "Flat 3, 27 Salisbury Street", f"{p.line1}, Bolton, {p.pc}")}, Bolton {c.pc(p)}
Tel (mob):      {c.tel(p, "mob", "3")}
Email:          {c.email(p, "kasante.mensah91@outlook.com")}
Ethnicity:      Black British - Ghanaian
Interpreter:    No

Reason for referral:
Six-month history of low mood, anhedonia and early-morning waking following redundancy. PHQ-9 19,
GAD-7 15. Reports passive suicidal ideation ("I wouldn't mind not waking up") with no plan or intent.
Sertraline 100 mg since January with limited benefit.

Risk:
  Suicidal ideation: passive, no plan
  Self-harm: no evidence of self-harm
  Safeguarding: none
  Alcohol: approx. 6 units/week; illicit drugs: denies

Referrer: Dr Harriet Crossley, Moor Lane Surgery (practice code P83999)
Date of referral: 12/01/2026
"""
    body = f"""Dear IG team,

I need to report an error. On Monday I sent the referral below to the wrong organisation. I picked
"Calder Carers Hub" from the autocomplete instead of the SPA referral inbox. Their coordinator,
Gideon Farrow, emailed back today to tell me. He has not said whether it has been deleted.

The patient has not been told yet.

The referral text, exactly as sent:

{form}
Dr Harriet Crossley
GP Partner
Moor Lane Surgery, 4 Chorley New Road, Bolton
01632 960418
"""
    c.ig("postcode", "BL1 4AQ")
    c.ig("address", "4 Chorley New Road, Bolton, BL1 4AQ")
    body = body.replace("4 Chorley New Road, Bolton", "4 Chorley New Road, Bolton BL1 4AQ")
    c.msg = single(body, rep.addr, BREACH_DISP, "Referral sent to wrong organisation", "Wed, 14 Jan 2026 16:22:09 +0000")
    c.grade(4, 3, ["especially sensitive about an identified person: mental health (depression, suicidal ideation)",
                   "ethnicity recorded",
                   "sent to an external charity outside the trusted domains (example.org), deletion not confirmed"],
            ["health", "mental_health", "ethnicity"])


def b04():
    c = case("b04-gp-2ww-referral-wrong-team.eml", "gp_referral_internal_wrong_team",
             ["inline_gmail", "plain", "gp_letter", "negations", "chinese_name"])
    p = P("Mei-Ling", "Cheung", "1967-04-23", "F", "Nottingham", title="Ms", street="Raglan Street")
    rep = c.st(S("Oyinkansola Bello", "Admin Lead, Haematology", "oyinkansola.bello@nhs.net", "0115 496 0247"))
    gp = c.st(S("Rajiv Menon", "GP", "rajiv.menon1@nhs.net", "0115 496 0862"))
    c.st(S("Alastair Pennington", "Consultant Colorectal Surgeon"))
    letter = f"""Bramcote Fields Medical Centre
Tel 0115 496 0862

Dear Colleague

Suspected lower GI cancer - urgent referral (2WW)

Name: {c.nm(p, "T First LAST")}
Born: {c.dob(p, "long")}
NHS no: {c.nhs(p, "sp")}
Home: {c.addr(p)}
Home tel: {c.tel(p, "land", "std")}

Thank you for seeing this 58 year old lady with a 7-week change in bowel habit to looser stools,
iron-deficiency anaemia (Hb 96 g/L, ferritin 8) and FIT 212 ug Hb/g. No PR bleeding. Weight down 4 kg.
Past history: hypothyroidism, on levothyroxine 100 mcg.
Mental health history: none known. Safeguarding concerns: none.

She is aware this is an urgent referral to exclude cancer and is available at short notice.

Dr Rajiv Menon
"""
    body = f"""Hello,

This came into the haematology admin inbox from a GP. It's a colorectal 2WW referral, so it should have
gone to the colorectal team, not us. I've forwarded it to the correct team and deleted our copy.

Oyinkansola Bello
Admin Lead - Clinical Haematology
{HTH}

{gmail_block(f"Rajiv Menon <{gp.email}>", "Thu, 5 Feb 2026 at 11:41", "haematology.admin@nhs.net", "URGENT 2WW referral")}{letter}"""
    c.ig("email_address", "haematology.admin@nhs.net")
    c.msg = single(body, rep.addr, BREACH_DISP, "Fwd: URGENT 2WW referral", "Thu, 05 Feb 2026 13:02:51 +0000")
    c.grade(3, 2, ["health information about an identified person (suspected cancer referral)",
                   "sent to the wrong team inside the trusted domains (nhs.net)",
                   "negated mentions (no mental health history, no safeguarding concerns) not counted"], ["health"])


def b05():
    c = case("b05-pharmacy-hiv-meds-wrong-patient.eml", "pharmacy_hiv_wrong_patient_email",
             ["original_message_nested2", "plain", "pharmacy", "special_by_keyword"])
    p = P("Tendai", "Mutasa", "1984-09-12", "M", "Coventry", street="Kingsley Close")
    rep = c.st(S("Oluwaseun Adeyinka", "Pharmacist Manager", "kingsway.pharmacy@nhs.net", "01632 960551"))
    tech = c.st(S("Bethany Crook", "Pharmacy Technician"))
    c.st(S("Rachel Achebe", "", "rachel.achebe@yahoo.co.uk"))
    original = f"""Dear Mr Mutasa,

Your repeat prescription is ready to collect from Kingsway Pharmacy.

Name: {c.nm(p, "T First Last")}
D.O.B {c.dob(p, "dmy")}
NHS No. {c.nhs(p, "raw")}
Address: {c.addr(p)}

Items:
  Biktarvy 50mg/200mg/25mg tablets  x 30  (one daily)
  Atorvastatin 20mg tablets          x 28

As these are HIV medicines, please bring photo ID when collecting. If you would like these delivered
please call us on 01632 960551.

Kind regards
Bethany Crook
Pharmacy Technician, Kingsway Pharmacy
"""
    body = f"""To the breach team,

We sent a patient's prescription-ready message to the wrong email address yesterday - a different
patient with a similar surname whose email was next to his on the system. She has replied (below).
I have phoned her and asked her to delete it. She had already read it and recognised the patient's
name (they live on the same estate). She has not confirmed that she has deleted it.

Oluwaseun Adeyinka MRPharmS
Pharmacist Manager, Kingsway Pharmacy
GPhC 2093318  |  01632 960551

{original_block("Rachel Achebe [mailto:rachel.achebe@yahoo.co.uk]", "18 March 2026 19:02", "Kingsway Pharmacy", "RE: Your prescription is ready")}I think this was sent to me by mistake, I am not Tendai and I don't collect from you any more.

{original_block("Kingsway Pharmacy [mailto:kingsway.pharmacy@nhs.net]", "18 March 2026 16:40", "rachel.achebe@yahoo.co.uk", "Your prescription is ready")}{original}"""
    c.msg = single(body, rep.addr, BREACH_DISP, "Data breach - pharmacy email to wrong patient", "Thu, 19 Mar 2026 09:31:00 +0000")
    c.grade(4, 3, ["especially sensitive about an identified person: sexual health (HIV antiretroviral therapy)",
                   "sent to another member of the public outside the trusted domains (yahoo.co.uk)",
                   "deletion requested, not confirmed: no reduction"],
            ["health", "sexual_health"])


def b06():
    c = case("b06-care-home-incident-form-wrong-family.eml", "care_home_incident_safeguarding_external",
             ["plain", "incident_form", "vulnerable_adult", "next_of_kin", "mac_name"])
    p = P("Margaret", "MacKinnon", "1933-04-03", "F", "Manchester", title="Mrs")
    son = P("Alasdair", "MacKinnon", "1961-08-19", "M", "Manchester")
    mgr = c.st(S("Beverley Ashworth", "Registered Manager", "manager@lindenfieldhouse.example.co.uk", "0161 496 0712"))
    c.st(S("Joy Mwale", "Senior Carer"), S("Teodora Popescu", "Registered Nurse (Nights)"))
    c.st(S("Karen Stott", "", "karen.stott@btinternet.com"))
    form = f"""LINDENFIELD HOUSE CARE HOME - ACCIDENT / INCIDENT REPORT FORM    Form IR-07 v4

Incident ref:       LH-2026-0412
Date/time:          27/04/2026 06:15
Location:           Room 14, Bluebell Suite (first floor)
Resident name:      {c.nm_raw(p, "MacKINNON, Margaret (Peggy)")}
Date of birth:      {c.dob(p, "ord")}
NHS number:         {c.nhs(p, "sp")}
Room no:            14
Reported by:        Joy Mwale (Senior Carer)
Nurse in charge:    Teodora Popescu RN

Description:
During morning personal care, carers noticed fingertip-pattern bruising to both upper arms and a
3 cm skin tear on the left forearm. Peggy was unable to say how this happened (advanced Alzheimer's
dementia, DoLS authorisation in place). No falls recorded overnight.

Action taken:
 - Body map completed; photographs taken
 - GP (Dr on call) informed 08:30
 - Adult safeguarding referral made to Manchester City Council, ref ASC/58811 (unexplained bruising)
 - CQC notification submitted
 - Next of kin informed: {c.nm(son, "T First Last")} (son) tel {c.tel(son, "land", "std")}
"""
    body = f"""Dear Data Protection Officer,

I'm sorry to report that at 10:05 this morning one of our administrators emailed the incident form
below to the wrong relative. It was meant for Mr MacKinnon (Peggy's son) but went to Karen Stott,
who is the daughter of another of our residents. Mrs Stott rang us and was upset by what she read.
She said she would delete it but has not confirmed that she has.

The form as it was sent is copied below.

{form}
Beverley Ashworth
Registered Manager
Lindenfield House Care Home
Tel 0161 496 0712
"""
    c.msg = single(body, mgr.addr, BREACH_DISP, "Incident form sent to the wrong family", "Mon, 27 Apr 2026 11:48:30 +0100")
    c.grade(4, 3, ["especially sensitive about an identified person: safeguarding referral (unexplained bruising)",
                   "vulnerable adult (advanced dementia, DoLS)",
                   "sent to another resident's relative outside the trusted domains (btinternet.com), deletion not confirmed"],
            ["health", "safeguarding"])


def b07():
    c = case("b07-ncmp-csv-wrong-school.eml", "school_nurse_csv_children_external",
             ["inline_outlook", "csv", "children", "rows_14", "column_order"])
    rep = c.st(S("Danielle Fairclough", "School Nursing Team Leader", "danielle.fairclough@nhs.net", "0113 496 0355"))
    sn = c.st(S("Amira Haddou", "Staff Nurse, 0-19 Service", "amira.haddou@nhs.net"))
    c.ig("email_address", "office@st-bedes-primary.example.sch.uk")
    kids = [random_person("Leeds", 2014, 2015) for _ in range(14)]
    rows = [["Surname", "Forename", "DoB", "NHS", "Post Code", "Sex", "Height (cm)", "Weight (kg)", "BMI centile", "Category", "Class"]]
    cats = ["Healthy weight", "Overweight", "Very overweight", "Underweight"]
    for k in kids:
        c.nm_split(k)
        h = round(rng.uniform(132, 152), 1)
        rows.append([k.last, k.first, c.dob(k, "dmy"), c.nhs(k, "raw"), c.pc(k), k.sex, h,
                     round(rng.uniform(27, 55), 1), rng.randint(2, 99), rng.choice(cats), rng.choice(["6K", "6M"])])
    body = f"""Hi

Please log the below. Amira sent this week's NCMP measurement results for St Aidan's CE Primary to
St Bede's Primary by mistake (both schools are on the same distribution list). St Bede's office
have confirmed receipt but we have not had confirmation of deletion.

Danielle Fairclough
School Nursing Team Leader | 0-19 Service
Tel: 0113 496 0355

{outlook_block(f"Haddou Amira <{sn.email}>", "Friday, 6 March 2026 15:55", "office@st-bedes-primary.example.sch.uk", "NCMP results Year 6 - St Aidan's")}Hi, attached are the Year 6 height and weight results as agreed. Letters to parents go out Monday.
Thanks, Amira
"""
    c.msg = mixed([text_part(body), csv_part("NCMP_Y6_StAidans_Mar26.csv", csv_text(rows))],
                  rep.addr, BREACH_DISP, "FW: NCMP results Year 6 - St Aidan's", "Mon, 09 Mar 2026 08:30:00 +0000")
    c.grade(3, 3, ["health information about identified children (height, weight, BMI category)",
                   "children involved",
                   "sent to another school outside the trusted domains (example.sch.uk), deletion not confirmed"], ["health"])


def b08():
    c = case("b08-pathology-fixed-width-wrong-ward.eml", "pathology_table_internal",
             ["plain", "fixed_width_table", "surname_forename_table", "mrn"])
    rep = c.st(S("Grainne Costigan", "Sister, Ward 9 (Respiratory)", "grainne.costigan@nhs.net", "ext 4921"))
    lab = c.st(S("Stuart Pennock", "Biomedical Scientist, Blood Sciences", "bloodsciences.harrowfield@nhs.net", "0113 496 0912"))
    c.ig("email_address", "ward9.nurses@nhs.net")
    c.ig("person_name", "S. Pennock")
    pts = [random_person("Leeds", 1936, 1990) for _ in range(6)]
    tests = [("HbA1c", "71 mmol/mol", "H"), ("eGFR", "24 mL/min", "L"), ("K+", "6.2 mmol/L", "HH"), ("CRP", "187 mg/L", "H"),
             ("Troponin T", "88 ng/L", "H"), ("INR", "4.6", "H")]
    rows = []
    for k, (t, r, f) in zip(pts, tests):
        rows.append([c.hosp(k, f"RHF{rng.randint(100000, 999999)}"), c.nm(k, "LAST First"), c.dob(k, "d-Mon-Y"), t, r, f])
    tab = fixed_table(["MRN", "Patient", "DOB", "Test", "Result", "Flag"], rows)
    body = f"""Hi IG,

Ward 9 received this list of abnormal results phoned/emailed from the lab this morning - none of these
patients are on Ward 9, I think it was meant for Ward 19 (renal). I've deleted it and told the lab.

{original_block(f"Blood Sciences <{lab.email}>", "02 April 2026 07:12", "Ward 9 Nurses <ward9.nurses@nhs.net>", "Critical / abnormal results - overnight")}Please action the following critical results (telephoned results log, 02/04/2026 06:50):

{tab}

Authorised by: S. Pennock, BMS3   Ext 2204
Report generated 02/04/2026 07:10  LIMS v8.4.12

Grainne Costigan
Ward Sister, Ward 9
"""
    c.msg = single(body, rep.addr, BREACH_DISP, "wrong ward - results", "Thu, 02 Apr 2026 08:15:00 +0100")
    c.grade(3, 2, ["health information about identified persons (abnormal pathology results, 6 patients)",
                   "sent to the wrong ward inside the trusted domains (nhs.net), deleted"], ["health"])


def b09():
    c = case("b09-theatre-list-supplier-rep.eml", "theatre_list_pipe_table_external_supplier",
             ["plain", "pipe_table", "decoys", "company_names"])
    rep = c.st(S("Matthew Oduya", "Theatre Coordinator, Main Theatres", "matthew.oduya@nhs.net", "0121 496 0388"))
    rep2 = c.st(S("Jason Pryce", "Territory Manager, Orthovance Medical Ltd", "jason.pryce@orthovance.example.com", "07700 900871"))
    c.st(S("Andreas Koutsoukos", "Consultant Orthopaedic Surgeon"))
    pts = [random_person("Birmingham", 1940, 1975) for _ in range(6)]
    procs = ["L TKR", "R THR (cemented)", "R TKR", "Revision L THR", "L UKR", "R THR (uncemented)"]
    rows = []
    for i, (k, pr) in enumerate(zip(pts, procs)):
        age = 2026 - k.dob.year - ((5, 14) < (k.dob.month, k.dob.day))
        rows.append([i + 1, c.hosp(k, f"B{rng.randint(1000000, 9999999)}"), c.nm(k, "First LAST"), f"{age}{k.sex}",
                     c.dob(k, "dmy"), pr, rng.choice(["ASA 2", "ASA 3"]), rng.choice(["Orthovance Trilium", "Orthovance KX"])])
    tab = pipe_table(["#", "Unit No", "Name", "Age/Sex", "D.O.B", "Procedure", "ASA", "Implant"], rows)
    body = f"""Hi,

Need to report this one. Our theatre list for Thursday (Theatre 4, Mr Koutsoukos) was emailed to the
Orthovance rep so he could bring the right loan kits. The list should have been the redacted one
(procedure and implant only) but the full list went. PO 4500193377 / loan kit order LK-88214.
Jason has been helpful and says he will delete it, nothing confirmed yet.

Matthew Oduya
Theatre Coordinator | Main Theatres
Tel 0121 496 0388 | Bleep 2271

{original_block("Oduya Matthew", "13 May 2026 16:20", f"Jason Pryce <{rep2.email}>", "Theatre 4 Thurs 14/05 list")}Jason - list for Thursday below. Invoice INV-2026-04471 still outstanding btw.

THEATRE 4 - ELECTIVE ORTHOPAEDICS - THU 14/05/2026 - AM/PM
Surgeon: Mr A Koutsoukos   Anaesthetist: Dr L Ferreira-Shaw
{tab}

Sort code for consignment credit: 20-45-77, acc 43118822 (Orthovance Medical Ltd)
"""
    c.ig("person_name", "L Ferreira-Shaw", "A Koutsoukos")
    c.msg = single(body, rep.addr, BREACH_DISP, "FW: Theatre 4 Thurs 14/05 list", "Wed, 13 May 2026 17:02:00 +0100")
    c.grade(3, 3, ["health information about identified persons (theatre list with procedures, 6 patients)",
                   "sent to a commercial supplier outside the trusted domains (example.com), deletion not confirmed"],
            ["health"])


def b10():
    c = case("b10-foi-xlsx-hidden-sheet-published.eml", "foi_xlsx_hidden_sheet_published",
             ["xlsx", "hidden_sheet", "published", "rows_20"])
    rep = c.st(S("Callum Fairweather", "Information Governance Manager", "callum.fairweather@nhs.net", "0151 496 0640"))
    pts = [random_person("Liverpool", 1950, 2009) for _ in range(20)]
    summary = [["FOI 2026/0318 - ED attendances with self-harm recorded, by month"], ["Month", "Attendances"],
               ["Jan 2026", 61], ["Feb 2026", 58], ["Mar 2026", 66]]
    raw = [["Attendance ID", "Patient ID", "Surname", "First name", "Date of Birth", "Postcode", "Arrival", "Diagnosis code", "Diagnosis"]]
    codes = [("X60", "Intentional self-poisoning (paracetamol)"), ("X78", "Intentional self-harm, sharp object"),
             ("R45.8", "Suicidal ideation"), ("X61", "Intentional self-poisoning (antidepressant)")]
    for k in pts:
        code = rng.choice(codes)
        c.nm_split(k)
        raw.append([f"ED{rng.randint(10 ** 8, 10 ** 9 - 1)}", c.hosp(k, f"A{rng.randint(100000, 999999)}"), k.last, k.first,
                    c.dob_cell(k), c.pc(k), dt.datetime(2026, rng.randint(1, 3), rng.randint(1, 28), rng.randint(0, 23), 5),
                    code[0], code[1]])
    data = make_xlsx([("Summary", summary, False), ("Sheet2", raw, True)])
    body = """Dear DPO,

Urgent. Our response to FOI 2026/0318 (self-harm attendances in ED) was published on our disclosure
log on Friday and the requester has posted it on WhatDoTheyKnow. The spreadsheet has a hidden sheet
("Sheet2") with the patient-level extract used to make the counts. I have taken it off our website
this morning and asked WhatDoTheyKnow to remove it, but it has been public for three days.

Copy of the published file attached.

Callum Fairweather
Information Governance Manager
Mersey Vale Hospitals NHS Trust
0151 496 0640
"""
    c.msg = mixed([text_part(body), bin_part("FOI-2026-0318-response.xlsx", data, XLSX)], rep.addr, BREACH_DISP,
                  "URGENT - FOI response published with hidden patient data", "Mon, 20 Apr 2026 09:12:00 +0100")
    c.grade(4, 4, ["especially sensitive about identified persons: self-harm and suicidal ideation (mental health), 20 patients",
                   "published on the web (trust disclosure log and WhatDoTheyKnow) for three days"],
            ["health", "mental_health"])


def b11():
    c = case("b11-memory-clinic-xlsx-personal-gmail.eml", "xlsx_waiting_list_staff_personal_gmail",
             ["xlsx", "rows_16", "vulnerable_adult", "date_cells", "combined_name_column"])
    rep = c.st(S("Sunita Raval", "Service Manager, Memory Assessment Service", "sunita.raval@nhs.net", "01632 960140"))
    c.st(S("Tamsin Yelland", "Memory Nurse", "tamsin.yelland@nhs.net"))
    c.ig("email_address", "tamsin.yelland77@gmail.com")
    pts = [random_person("Leicester", 1931, 1958) for _ in range(16)]
    rows = [["Patient ID", "Name", "D.O.B", "NHS Number", "Tel", "Referral reason", "Referred by", "Weeks waiting"]]
    reasons = ["?Alzheimer's disease", "Mild cognitive impairment - review", "?Vascular dementia", "Memory loss, ?mixed dementia",
               "Post-stroke cognitive decline", "?Lewy body dementia"]
    for k in pts:
        rows.append([c.hosp(k, f"MA{rng.randint(10000, 99999)}"), c.nm(k, "Last, First"), c.dob_cell(k), c.nhs(k, "sp"),
                     c.tel(k, "land", "std"), rng.choice(reasons), "GP", rng.randint(3, 41)])
    data = make_xlsx([("Waiting list", rows, False)])
    body = """Hello,

I'm afraid one of our memory nurses, Tamsin Yelland, emailed our current waiting list (attached) from
her nhs.net account to her personal Gmail so she could work on the clinic allocation at home over the
weekend. It was picked up by the DLP report this morning. I've spoken to her and she is very apologetic;
she says she will delete it from Gmail.

Sunita Raval
Service Manager, Memory Assessment Service
Tel: 01632 960140
"""
    c.msg = mixed([text_part(body), bin_part("MAS waiting list 2026-06.xlsx", data, XLSX)], rep.addr, BREACH_DISP,
                  "Waiting list sent to personal email", "Mon, 08 Jun 2026 10:20:00 +0100")
    c.grade(3, 3, ["health information about identified persons (memory clinic waiting list, 16 older adults)",
                   "vulnerable adults (suspected dementia)",
                   "sent to a member of staff's personal address outside the trusted domains (gmail.com), deletion not confirmed"],
            ["health"])


def b12():
    c = case("b12-sexual-health-recall-csv-recalled.eml", "csv_sexual_health_internal_recalled",
             ["csv", "rows_10", "column_order", "recalled", "quoted_csv"])
    rep = c.st(S("Niall Devaney", "Health Adviser, Integrated Sexual Health", "niall.devaney@nhs.net", "0117 496 0514"))
    c.ig("email_address", "podiatry.bookings@nhs.net")
    pts = [random_person("Bristol", 1990, 2007) for _ in range(10)]
    rows = [["Post Code", "NHS", "DoB", "Forename", "Surname", "Mobile", "Result", "Action"]]
    for k in pts:
        res = rng.choice(["CT NAAT positive", "GC NAAT positive", "CT/GC positive"])
        rows.append([c.pc(k), c.nhs(k, "raw"), c.dob(k, "dmy"), k.first, k.last, c.tel(k, "mob", "raw"), res,
                     rng.choice(["Call x2 then SMS", "Recall for Rx", "Partner notification"])])
        c.nm_split(k)
    body = """Hi Breach team

At 14:10 today I attached the wrong file to an email to the podiatry bookings inbox (same first letters
as our partner-notification inbox in the address book). The file was our chlamydia/gonorrhoea recall list.
I recalled the message at 14:25 - the recall report shows "Recall Success" for the mailbox - and the
podiatry admin lead has confirmed by email that it has been deleted from the shared inbox and deleted items.

The attachment that went is attached here.

Niall Devaney
Health Adviser | Integrated Sexual Health Service
0117 496 0514
"""
    c.msg = mixed([text_part(body), csv_part("ISH_recall_positives_w22.csv", csv_text(rows, quote_all=True))],
                  rep.addr, BREACH_DISP, "Recalled email - wrong attachment", "Tue, 26 May 2026 15:02:00 +0100")
    c.grade(4, 2, ["especially sensitive about identified persons: sexual health (STI results, 10 patients)",
                   "sent to the wrong team inside the trusted domains (nhs.net)",
                   "recalled and deletion confirmed: likelihood already at its floor of 2"],
            ["health", "sexual_health"])


def b13():
    c = case("b13-scotland-chi-eye-screening-btinternet.eml", "scotland_chi_letter_external",
             ["inline_gmail", "plain", "chi", "gaelic_name", "scotland"])
    p = P("Eilidh", "NicLeòid", "1962-08-15", "F", "Glasgow", title="Ms", street="Tantallon Road")
    rep = c.st(S("Fergus Dalgleish", "Information Governance Officer", "fergus.dalgleish@nhs.scot", "0141 496 0377"))
    s2 = c.st(S("Lynsey Gourlay", "Administrator, Diabetic Eye Screening", "des.admin.strathallan@nhs.scot", "0141 496 0101"))
    c.ig("email_address", "e.nicleoid@btinternet.com")
    letter = f"""NHS Strathallan - Diabetic Eye Screening Programme
West Glasgow Screening Centre, 5th Floor, Gartnavel Road, Glasgow G12 0YN

Private & Confidential
{c.nm(p, "T First Last")}
{c.addr(p, sep=chr(10))}

CHI No: {c.chi(p, "raw")}
Date of birth: {c.dob(p, "dmy")}

Dear Ms NicLeòid

Your recent diabetic eye screening (photographs taken 02/02/2026) showed changes at the back of the eye
(R2 - pre-proliferative retinopathy, right eye; M1 maculopathy, left eye). We are referring you to the
ophthalmology clinic at Gartnavel General Hospital. You will receive an appointment within 13 weeks.

Your mobile number on our records is {c.tel(p, "mob", "std")}.

Yours sincerely
DES Programme Administration
"""
    c.ig("postcode", "G12 0YN")
    c.ig("address", "Gartnavel Road, Glasgow, G12 0YN")
    body = f"""Hi,

Please see below - our DES admin team emailed a result letter to an address that does not belong to the
patient. The patient's actual email on SCI Store is different (one character wrong). Email delivered, no
reply from the recipient yet.

Fergus Dalgleish
IG Officer, NHS Strathallan
0141 496 0377

{gmail_block(f"DES Admin <{s2.email}>", "Tue, 10 Feb 2026 at 09:14", "e.nicleoid@btinternet.com", "Your eye screening results")}{letter}"""
    c.msg = single(body, rep.addr, BREACH_DISP, "Fwd: Your eye screening results", "Tue, 10 Feb 2026 12:40:00 +0000")
    c.grade(3, 3, ["health information about an identified person (retinopathy screening result)",
                   "sent to a stranger's address outside the trusted domains (btinternet.com)"], ["health"])


def b14():
    c = case("b14-scotland-mar-docx-wrong-pharmacy.eml", "scotland_chi_docx_mar_external",
             ["docx", "chi", "scotland", "vulnerable_adult", "chi_spaced"])
    rep = c.st(S("Ross Kilbride", "Depute Manager, Craigentinny Court Care Home", "depute@craigentinnycourt.example.co.uk", "0131 496 0262"))
    c.ig("email_address", "dispensary@leithwalk-pharmacy.example.co.uk", "dispensary@leithlinks-pharmacy.example.co.uk")
    res = [P("Agnes", "Drummond-Hay", "1934-12-02", "F", "Edinburgh"), P("Lachlan", "MacIver", "1941-05-27", "M", "Edinburgh"),
           P("Jadwiga", "Kowalewska", "1944-02-09", "F", "Edinburgh")]
    meds = ["Donepezil 10mg nocte; Apixaban 2.5mg BD; Paracetamol 1g QDS PRN",
            "Levodopa/carbidopa 100/25 TDS (time critical 07:00/13:00/19:00); Macrogol 1 sachet OD",
            "Furosemide 40mg OM; Ramipril 2.5mg OD; Insulin glargine 14 units 22:00"]
    table = [["Resident", "CHI No.", "DOB", "Room", "Current medication", "Allergies"]]
    for i, (k, m) in enumerate(zip(res, meds)):
        table.append([c.nm(k, "LAST, First"), c.chi(k, "chi" if i % 2 else "raw"), c.dob(k, "dmy"), f"Room {11 + i * 7}", m,
                      rng.choice(["NKDA", "Penicillin - rash", "Codeine"])])
    paras = ["# Craigentinny Court Care Home - Medication changes for dispensing",
             "To: Leith Links Pharmacy (dispensary). Week commencing 15/06/2026. MAR chart run 24.",
             "Please dispense the following changes for the cycle starting Monday.",
             "Signed: R. Kilbride, Depute Manager. Tel 0131 496 0262.",
             "Form MED-3 rev 2.1 - printed 12/06/2026 16:40"]
    data = make_docx(paras, table, table_after=2)
    body = """Good afternoon,

Our weekly medication change sheet (attached, 3 residents) was emailed to Leith Walk Pharmacy instead of
Leith Links Pharmacy this afternoon - the addresses are nearly identical. Leith Walk pharmacy are a
private business not connected with us. I have phoned them and left a message asking them to delete it.

Ross Kilbride
Depute Manager
Craigentinny Court Care Home, Edinburgh
"""
    c.msg = mixed([text_part(body), bin_part("Med changes wc 15.06.26.docx", data, DOCX)], rep.addr, BREACH_DISP,
                  "Medication sheet emailed to wrong pharmacy", "Fri, 12 Jun 2026 17:05:00 +0100")
    c.grade(3, 3, ["health information about identified persons (medication list, 3 care home residents)",
                   "vulnerable adults (care home residents)",
                   "sent to an unconnected private pharmacy outside the trusted domains (example.co.uk)"], ["health"])


def b15():
    c = case("b15-ni-hc-maternity-booking-gmail.eml", "northern_ireland_hc_maternity_external",
             ["plain", "hc_number", "northern_ireland", "partner_named", "reproductive"])
    p = P("Orlaith", "McGuigan", "1995-01-19", "F", "Lisburn", title="Ms", street="Hillhall Road")
    partner = P("Ciarán", "Devlin", "1993-07-07", "M", "Lisburn")
    rep = c.st(S("Roisin Agnew", "Midwifery Sister, Antenatal Clinic", "roisin.agnew@nhs.net", "028 9649 6115"))
    c.ig("email_address", "orlaithmcg95@gmail.com")
    c.ig("person_name", "R Agnew")
    letter = f"""Mourne & Lagan Health and Social Care Trust
Antenatal Clinic, Lagan Valley Maternity Unit

Name:          {c.nm(p, "First LAST")}
H&C No:        {c.hc(p, "sp")}
DOB:           {c.dob(p, "dMonY")}
Address:       {c.addr(p)}
Contact:       {c.tel(p, "mob", "std")}
Partner:       {c.nm(partner, "full")}  tel {c.tel(partner, "mob", "std")}

Booking summary (12+3 weeks, EDD 02/09/2026)
G3 P1 - one previous miscarriage at 9 weeks (2024), one SVD 2021.
Combined screening: low chance. BMI 31. Aspirin 150 mg nocte from 12 weeks (pre-eclampsia risk).
Smoking: ex-smoker. Domestic abuse enquiry: asked alone - no concerns.

Next appointment: 16 week midwife review, 08/04/2026 14:20, Room 3.
"""
    body = f"""Hello,

I emailed the booking summary below to a patient at the address she gave at her first appointment, but
the address on her maternity notes was written as orlaithmcg95@gmail.com and it was actually a different
email. A lady called back to say she has received it and she does not know the patient.

Roisin Agnew
Midwifery Sister, Antenatal Clinic
028 9649 6115

{original_block("Agnew, Roisin", "11 March 2026 12:03", "orlaithmcg95@gmail.com", "Your booking summary")}{letter}"""
    c.msg = single(body, rep.addr, BREACH_DISP, "Maternity booking summary sent to wrong email", "Wed, 11 Mar 2026 15:40:00 +0000")
    c.grade(4, 3, ["especially sensitive about an identified person: reproductive health (pregnancy, previous miscarriage)",
                   "sent to a stranger's webmail outside the trusted domains (gmail.com)"],
            ["health", "reproductive_health"])


def b16():
    c = case("b16-ni-hc-carer-letter-internal-recalled.eml", "northern_ireland_hc_ni_number_internal_recalled",
             ["plain", "hc_number", "ni_number", "northern_ireland", "recalled", "carer_named"])
    p = P("Thomas", "Gilmore", "1949-10-05", "M", "Belfast", street="Cregagh Road")
    wife = P("Eileen", "Gilmore", "1951-03-12", "F", "Belfast", street="Cregagh Road")
    wife.line1, wife.pc = p.line1, p.pc
    rep = c.st(S("Declan Mulholland", "Senior Social Worker, Older People's Team", "declan.mulholland@nhs.net", "028 9649 6431"))
    c.ig("email_address", "finance.payroll.team@nhs.net")
    letter = f"""Re: Carer's assessment and Attendance Allowance support
Client: {c.nm(p, "T First Last")}   DOB {c.dob(p, "dmy")}
H&C Number: {c.hc(p, "raw")}   NI No: {c.ni(p, True)}
Address: {c.addr(p)}
Tel: {c.tel(p, "land", "std")}

Carer: {c.nm(wife, "T First Last")} (wife), DOB {c.dob(wife, "dmy")}, NI number {c.ni(wife, False)}

Mr Gilmore had a left MCA stroke in October 2025 with right-sided weakness and expressive dysphasia.
He needs help of one with all transfers and personal care. Mrs Gilmore is his main carer and reports
she is exhausted. I have supported an Attendance Allowance claim (higher rate) and a Carer's Allowance
claim, and referred for 4 nights respite per month.
"""
    body = f"""Declan Mulholland would like to report a breach:

I sent the letter text below internally to the finance/payroll team inbox instead of the Finance
(client contributions) inbox. I recalled it 10 minutes later and the payroll team lead has confirmed it
has been deleted.

{letter}
Declan Mulholland
Senior Social Worker, Older People's Team
Tel 028 9649 6431
"""
    c.msg = single(body, rep.addr, BREACH_DISP, "Breach - wrong internal inbox (recalled)", "Fri, 23 Jan 2026 11:11:00 +0000")
    c.grade(3, 2, ["health information about identified persons (stroke, care needs), NI numbers and benefit claims",
                   "sent to the wrong team inside the trusted domains (nhs.net)",
                   "recalled and deletion confirmed: likelihood already at its floor of 2"], ["health"])


def b17():
    c = case("b17-drug-service-letter-misuse-reported.eml", "misuse_reported_substance_misuse_letter",
             ["plain", "misuse_reported", "posted_letter", "address_block"])
    p = P("Jamie", "Thwaites", "1986-02-28", "M", "Wakefield", street="Eastmoor Road")
    p.title = "Mr"
    rep = c.st(S("Alison Greatorex", "Head of Information Governance", "alison.greatorex@nhs.net", "01632 960277"))
    c.st(S("Samir Haddadin", "Recovery Worker, Pathways Drug and Alcohol Service"))
    c.ig("person_name", "S. Haddadin")
    old = "19 Northgate Mews"
    body = f"""Dear DPO,

I am escalating an incident (Datix 114728) that has moved on since it was first logged.

On 2 June a letter from our Pathways Drug and Alcohol Service was posted to the patient's previous
address. The new occupant knows the patient. On 9 June the patient told his recovery worker that the
letter had been photographed and shared in a local WhatsApp group, and that the person had also
shown it to his employer. He has been suspended from work pending "a conversation". He has made a
complaint and says he will go to the police. So this is now misuse of the information, not just a
misdirected letter.

The letter said:

  {c.nm(p, "T First Last")}
  {old}
  Wakefield

  Date of birth: {c.dob(p, "dmy")}   NHS No: {c.nhs(p, "sp")}

  Dear Jamie,
  Your methadone dose will increase to 60 mg daily from 08/06/2026 (supervised consumption at
  Eastmoor Pharmacy). Please attend for a urine drug screen and your keyworker review on 05/06/2026
  at 11:00. If you have used heroin or crack on top of your script, please tell us - we are here to
  help, not to judge.
  S. Haddadin, Recovery Worker

His correct address is {c.addr(p)} and his mobile is {c.tel(p, "mob", "std")}.

Alison Greatorex
Head of Information Governance
Calderdale and Kirklees Community Care NHS Trust
01632 960277
"""
    c.ig("address", f"{old}, Wakefield")  # previous address, now the new occupant's: neutral
    c.msg = single(body, rep.addr, BREACH_DISP, "Escalation - Datix 114728 - misuse of misdirected letter", "Wed, 10 Jun 2026 09:00:00 +0100")
    c.grade(4, 5, ["especially sensitive about an identified person: substance misuse (methadone treatment)",
                   "misuse reported: shared on WhatsApp and shown to the patient's employer",
                   "letter posted to a previous address"], ["health", "substance_misuse"])


def b18():
    c = case("b18-discharge-csv-care-agency-cold-calls.eml", "misuse_reported_csv_agency_marketing",
             ["csv", "rows_9", "misuse_reported", "forward_as_attachment"])
    rep = c.st(S("Hannah Whitworth", "Discharge Coordinator, Integrated Discharge Team", "hannah.whitworth@nhs.net", "0161 496 0959"))
    c.st(S("Kelly Ormerod", "Brokerage Officer", "kelly.ormerod@nhs.net"))
    c.ig("email_address", "enquiries@brightwell-homecare.example.co.uk", "referrals@brightwater-homecare.example.co.uk")
    pts = [random_person("Stockport", 1930, 1955) for _ in range(9)]
    rows = [["Patient", "DOB", "Address", "Postcode", "Contact", "Discharge date", "Package", "Notes"]]
    notes = ["Lives alone; dementia", "Post hip fracture", "Stroke - R hemiparesis", "COPD on home O2", "Blind, lives alone",
             "Frailty, falls", "Parkinson's", "Heart failure", "Amputee (BKA)"]
    for k, n in zip(pts, notes):
        rows.append([c.nm(k, "T First Last"), c.dob(k, "dmy"), c.line1(k) + ", Stockport", c.pc(k), c.tel(k, "land", "std"),
                     f"{rng.randint(1, 28):02d}/07/2026", rng.choice(["QDS x1", "TDS x2", "BD x1", "QDS x2"]), n])
    inner = mixed([text_part("Please see attached discharges requiring packages of care this week. Thanks, Kelly\n"),
                   csv_part("POC_requests_wk28.csv", csv_text(rows))],
                  "Ormerod Kelly <kelly.ormerod@nhs.net>", "enquiries@brightwell-homecare.example.co.uk",
                  "Package of care requests wk 28", "Mon, 06 Jul 2026 10:02:00 +0100")
    body = """Dear IG

Forwarding the original email as an attachment. On 6 July our brokerage team sent the weekly
package-of-care request list to Brightwell Homecare instead of Brightwater Homecare (our commissioned
provider). We now have four complaints from families: Brightwell have been phoning them and
sending leaflets, trying to sell private care, naming the hospital discharge. So the data has been used
for marketing. Brightwell have not responded to our request to delete.

Hannah Whitworth
Discharge Coordinator | Integrated Discharge Team
0161 496 0959
"""
    c.msg = mixed([text_part(body), rfc822(inner)], rep.addr, BREACH_DISP, "FW: Package of care requests wk 28 - complaints",
                  "Thu, 16 Jul 2026 14:18:00 +0100")
    c.grade(3, 5, ["health information about identified persons (discharge list with diagnoses, 9 older adults)",
                   "misuse reported: recipient used the list to cold-call and market to families",
                   "vulnerable adults"], ["health"])


def b19():
    c = case("b19-hospice-referral-solicitor-deleted-b64.eml", "external_confirmed_deleted_base64",
             ["plain", "cte_base64", "confirmed_deleted", "west_african_name"])
    p = P("Ifeoma", "Chukwu-Lawson", "1957-12-08", "F", "London", title="Mrs", street="Choumert Grove")
    rep = c.st(S("Bernadette Quayle", "Palliative Care CNS", "bernadette.quayle@nhs.net", "020 7946 0528"))
    c.st(S("Philippa Hargreaves", "Partner, Hargreaves & Pell LLP", "p.hargreaves@hargreavespell.example.co.uk"))
    ref = f"""Referral to St Columba's Hospice - Specialist Palliative Care
Patient: {c.nm(p, "T First Last")}
Date of Birth: {c.dob(p, "long")}
NHS No.: {c.nhs(p, "dash")}
Address: {c.addr(p)}
Tel: {c.tel(p, "land", "std")}

Diagnosis: metastatic pancreatic adenocarcinoma (liver, peritoneum), diagnosed 11/2025. Second-line
chemotherapy stopped 02/2026. Prognosis weeks to short months. Symptoms: pain (on MST 30 mg BD),
nausea, ascites requiring drainage. Preferred place of death: hospice. DNACPR in place.
Next of kin: daughter (details on EPR).
"""
    body = f"""Dear Breach team,

On Tuesday I emailed the hospice referral below to Hargreaves & Pell solicitors instead of St Columba's
Hospice (autocomplete - we had been corresponding with the solicitor about a different patient's LPA).
Philippa Hargreaves replied on Wednesday confirming in writing that the email has been permanently
deleted and not shared. I have attached nothing further.

---- referral as sent ----
{ref}
Bernadette Quayle
Palliative Care Clinical Nurse Specialist
020 7946 0528
"""
    c.msg = single(body, rep.addr, BREACH_DISP, "Misdirected referral - solicitors confirmed deletion", "Thu, 19 Mar 2026 10:00:00 +0000", cte="base64")
    c.grade(3, 2, ["health information about an identified person (palliative care referral)",
                   "sent to solicitors outside the trusted domains (example.co.uk)",
                   "recipient confirmed permanent deletion in writing (likelihood -1)"], ["health"])


def b20():
    c = case("b20-alcohol-detox-referral-internal-recall.eml", "internal_recall_substance_misuse",
             ["plain", "original_message", "recalled", "hyphenated_name", "special_by_keyword"])
    p = P("Seamus", "Fitzgerald-Byrne", "1972-06-21", "M", "Nottingham", street="Radford Boulevard")
    rep = c.st(S("Ellen Ruddock", "Alcohol Liaison Nurse", "ellen.ruddock@nhs.net", "0115 496 0471"))
    c.st(S("Waleed Karim", "Consultant Gastroenterologist"))
    c.ig("email_address", "gastro.secretaries@nhs.net", "dietetics.referrals@nhs.net")
    msg_text = f"""Hi team,

Referral for planned community alcohol detox, please:

{c.nm(p, "LAST, First (T)")}
Date of birth: {c.dob(p, "dMonY")}
NHS No {c.nhs(p, "sp")}
Mob {c.tel(p, "mob", "intl")}

Drinking 1 litre of vodka daily (approx 40 units) for 5 years, previous withdrawal seizure 2023.
AUDIT 34. Alcohol-related liver disease (F3 fibrosis on FibroScan). Motivated to stop. Wife supportive.
Planned chlordiazepoxide reducing regime, thiamine, and follow-up with the Alcohol Care Team.

Ellen
"""
    body = f"""Sending to you as requested by my manager. The message below went to the dietetics referral
inbox instead of the gastro secretaries. I used Outlook recall (succeeded) and the dietetics
lead has confirmed it's gone.

{original_block(f"Ruddock Ellen <{rep.email}>", "Tuesday, April 14, 2026 9:47 AM", "dietetics.referrals@nhs.net", "Detox referral")}{msg_text}
Ellen Ruddock | Alcohol Liaison Nurse | ext 0471
"""
    c.msg = single(body, rep.addr, BREACH_DISP, "FW: Detox referral (recalled)", "Tue, 14 Apr 2026 11:30:00 +0100")
    c.grade(4, 2, ["especially sensitive about an identified person: substance misuse (alcohol dependence, detox)",
                   "sent to the wrong team inside the trusted domains (nhs.net)",
                   "recalled and deletion confirmed: likelihood already at its floor of 2"],
            ["health", "substance_misuse"])


def b21():
    c = case("b21-near-miss-window-envelope-caught.eml", "near_miss_with_identifiers",
             ["plain", "near_miss", "two_patients"])
    a = P("Winston", "Beckford", "1951-09-30", "M", "Birmingham")
    b = P("Delphine", "Achterberg", "1946-01-14", "F", "Birmingham", title="Mrs", street="Wake Green Road")
    rep = c.st(S("Colette Ferriby", "Outpatient Services Supervisor", "colette.ferriby@nhs.net", "0121 496 0640"))
    body = f"""Hello,

Logging a near miss as requested by my line manager - nothing left the building.

While franking this morning's outpatient post the mailroom noticed that the envelope holding the cardiology
letter for Mr {c.nm(a, "full")} (hospital no {c.hosp(a, "C7719043")}, DOB {c.dob(a, "dmy")})
showed a different patient's address in the window: {c.nm(b, "T First Last")}, {c.addr(b)}.
The second page (Mrs Achterberg's own letter) had been folded in front. The letter was about his
coronary angiogram results and the plan for stenting.

Both letters were caught before posting, re-folded and sent correctly. We have reminded the team to check
page 1 is at the front.

Colette Ferriby
Outpatient Services Supervisor
0121 496 0640
"""
    c.msg = single(body, rep.addr, BREACH_DISP, "Near miss - letters in wrong envelope (caught)", "Wed, 15 Jul 2026 12:10:00 +0100")
    c.grade(3, 1, ["health information about an identified person (cardiology letter)",
                   "near miss: caught in the mailroom before posting, nothing disclosed"], ["health"], near_miss=True)


def b22():
    c = case("b22-near-miss-egress-blocked-decoys.eml", "near_miss_no_identifiers_decoys",
             ["plain", "near_miss", "decoys", "failing_mod11"])
    rep = c.st(S("Imran Qureshi", "Digital Services Analyst", "imran.qureshi4@nhs.net", "0113 496 0729 ext 3318"))
    c.st(S("Vanessa Leadbetter", "Clinical Systems Lead"))
    body = f"""Hi IG,

For info / near miss log. At 10:42 on 04/03/2026 our Egress Prevent rule blocked an outbound email
from Ward 12 (Victoria Wing) to an external address. The sender had attached the wrong document. The
email never left the trust - Egress quarantined it and the ward deleted it.

No patient details are included here on purpose.

Ticket ref:        INC{bad10()}
Egress policy ID:  {bad10()}
Datix:             W241093
Quarantine time:   10:42:17 - released: never
Egress client:     v4.11.2.1907
Workstation:       HTH-WS-{rng.randint(10000, 99999)}
Switchboard:       0113 496 0000
Site:              Victoria Road site, Block C

Vanessa Leadbetter (Clinical Systems Lead) has asked for the rule to stay as is.

Imran Qureshi
Digital Services Analyst
0113 496 0729 ext 3318
"""
    c.ig("phone_number", "0113 496 0000")
    c.msg = single(body, rep.addr, BREACH_DISP, "Near miss - Egress blocked outbound email", "Wed, 04 Mar 2026 11:30:00 +0000")
    c.grade(1, 1, ["no identifiable data subject in the report",
                   "near miss: blocked by DLP, nothing disclosed"], [], near_miss=True)


def b23():
    c = case("b23-phishing-docusign-html-only.eml", "non_breach_phishing_html",
             ["html_only", "phishing", "cte_qp", "decoys", "mod11_passing_decoy"])
    rep = c.st(S("Gareth Pumphrey", "Finance Assistant", "gareth.pumphrey@nhs.net"))
    doc_id = health_no(600, 799)   # passes Mod 11 but is a document ID, not an NHS number
    c.ig("email_address", "dse-na3@docusign-secure-review.example.net", "accounts@harrowfield-nhs-invoices.example.com")
    htm = f"""<html><body style="font-family:Calibri">
<p>Hi, I think this is a scam? It came into the finance shared inbox. I haven't clicked anything.</p>
<p>Gareth Pumphrey<br>Finance Assistant</p>
<hr>
<p><b>From:</b> DocuSign via Accounts Payable &lt;dse-na3@docusign-secure-review.example.net&gt;<br>
<b>Sent:</b> 22 January 2026 07:58<br><b>To:</b> Finance Shared Inbox<br>
<b>Subject:</b> Completed: Remittance advice - please review and sign</p>
<table width="600" style="background:#1e4ca1;color:#fff"><tr><td><h2>DocuSign</h2></td></tr></table>
<p>Accounts Payable sent you a document to review and sign.</p>
<p>Document ID: {doc_id[:3]} {doc_id[3:6]} {doc_id[6:]}<br>Invoice: INV-{bad10()}<br>Amount: &pound;48,317.20<br>
Expires: 24/01/2026 23:59</p>
<p><a href="http://docusign-secure-review.example.net/s/8f3a">REVIEW DOCUMENT</a></p>
<p style="font-size:9px">Do not share this email. Questions? accounts@harrowfield-nhs-invoices.example.com</p>
</body></html>"""
    c.msg = single(htm, rep.addr, BREACH_DISP, "FW: Completed: Remittance advice - please review and sign",
                   "Thu, 22 Jan 2026 08:20:00 +0000", cte="qp", subtype="html")
    c.grade(1, 1, ["not a breach (phishing attempt): no data subject's personal data",
                   "the 10-digit document ID has no NHS context", "nothing disclosed"], [])


def b24():
    c = case("b24-staff-newsletter-not-a-breach.eml", "non_breach_newsletter",
             ["alternative", "newsletter", "staff_names_only", "decoys"])
    rep = c.st(S("Pauline Sedgwick", "Receptionist", "pauline.sedgwick@nhs.net"))
    comms = c.st(S("Communications Team", "", "hth.communications@nhs.net", "0113 496 0451"))
    c.st(S("Marjorie Ellwood", "Matron, Oak Ward"), S("Tunde Bakare", "Chief Executive"),
         S("Carys Montgomery", "Director of Nursing"), S("Ravi Shankar", "Porter"))
    text = """Is this OK to have been sent out? It names staff and has people's pictures. Just checking.
Pauline

----- The Harrowfield Weekly - issue 412 -----
A message from our Chief Executive, Tunde Bakare
This week we opened the new Jubilee Unit discharge lounge (Level 2, Brotherton Wing), 8am-8pm.

Retirement: after 38 years, Marjorie Ellwood, Matron on Oak Ward, retires on Friday 27 February 2026.
Collection at Oak Ward reception. Carys Montgomery, Director of Nursing, writes: "Marjorie has
trained a generation of nurses."

Star of the month: Ravi Shankar (Portering) - nominated by Ward 7B.

Car parking: the Victoria Road multi-storey closes 02/03/2026 - 13/03/2026 for resurfacing.
Flu jabs: 1,914 staff vaccinated (71%). Drop in, Nelson Street clinic room, Tue/Thu 12:00-14:00.
Payroll reminder: pay day 27/02/2026. Salary sacrifice scheme ref SS-2026-117.
Comms team: hth.communications@nhs.net | 0113 496 0451 | Bulletin v2.3
"""
    htm = "<html><body><pre>" + html.escape(text) + "</pre></body></html>"
    m = alt(text, htm)
    c.msg = headers(m, rep.addr, BREACH_DISP, "FW: The Harrowfield Weekly - issue 412", "Mon, 23 Feb 2026 09:15:00 +0000")
    c.grade(1, 1, ["not a breach: staff newsletter published on purpose, no data subject's personal data",
                   "nothing disclosed"], [])


def b25():
    c = case("b25-empty-body-docx-paeds-letter.eml", "attachment_only_docx_child",
             ["attachment_only", "docx", "child", "parents_named", "address_block"])
    child = P("Ayodele", "Bankole", "2017-05-22", "M", "London", title="Master", street="Lordship Lane")
    mum = P("Funmilayo", "Bankole", "1985-11-02", "F", "London")
    mum.line1, mum.pc = child.line1, child.pc
    rep = c.st(S("Stephen Yardley", "Paediatric Secretary", "stephen.yardley@nhs.net"))
    c.st(S("Naledi Khumalo", "Consultant Paediatric Neurologist"))
    c.ig("person_name", "N Khumalo")
    paras = ["# Children's Neurology Service",
             "Evelina Annexe, 1st Floor  |  Tel 020 7946 0733  |  Printed on 30/01/2026",
             "PRIVATE AND CONFIDENTIAL",
             f"To the parent/guardian of {c.nm(child, 'First LAST')}",
             c.addr(child, sep="\n"),
             f"Child: {c.nm(child, 'full')}   D.O.B.: {c.dob(child, 'dmy')}   NHS No: {c.nhs(child, 'sp')}   Hosp No: {c.hosp(child, 'E3361205')}",
             f"Mother: {c.nm(mum, 'T First Last')}, mobile {c.tel(mum, 'mob', 'std')}",
             "Diagnosis: Childhood absence epilepsy (EEG 3 Hz spike-wave, 14/01/2026).",
             "Plan: start ethosuximide 250 mg BD, increase to 500 mg BD after 2 weeks. School care plan enclosed. "
             "Please avoid unsupervised swimming until seizures are controlled. Review in 3 months.",
             "Dr N Khumalo, Consultant Paediatric Neurologist",
             "cc: GP; School Nurse, Dulwich Hamlet Junior School"]
    c.ig("phone_number", "020 7946 0733")
    data = make_docx(paras)
    m = MIMEMultipart("mixed")
    m.attach(bin_part("Letter_EBankole_30Jan.docx", data, DOCX))
    _bnd(m)
    c.msg = headers(m, rep.addr, BREACH_DISP, "FW:", "Fri, 30 Jan 2026 16:44:00 +0000")
    c.grade(3, 2, ["health information about an identified child (epilepsy clinic letter, DOCX attachment with no covering note)",
                   "a child is involved",
                   "recipient not shown: only trusted addresses visible, graded as written"], ["health"])


def b26():
    c = case("b26-html-only-paeds-diabetes-list-outlookcom.eml", "html_only_table_children_external",
             ["html_only", "cte_qp", "html_table", "children", "rows_7"])
    rep = c.st(S("Abigail Thornber", "Paediatric Diabetes Specialist Nurse", "abigail.thornber@nhs.net", "0114 496 0307"))
    c.ig("email_address", "a.thornber@outlook.com")
    kids = [random_person("Sheffield", 2010, 2020) for _ in range(7)]
    trs = []
    for k in kids:
        trs.append(f"<tr><td>{html.escape(c.nm(k, 'full'))}</td><td>{c.dob(k, 'dmy')}</td><td>{c.nhs(k, 'sp')}</td>"
                   f"<td>{c.pc(k)}</td><td>{rng.randint(48, 96)}</td><td>{rng.choice(['Omnipod 5', 'MDI', 'Tandem t:slim'])}</td>"
                   f"<td>{html.escape(c.tel(k, 'mob', 'std'))}</td></tr>")
    htm = f"""<html><head><meta charset="utf-8"></head><body>
<div>Dear DPO,</div>
<div>I forwarded our paediatric diabetes clinic list to my personal Outlook.com account last night to
prepare for today's clinic, which I now understand I should not have done. I've deleted it from there
and from the deleted items folder - I can send a screenshot.</div>
<div>Abigail Thornber, Paediatric Diabetes Specialist Nurse, 0114 496 0307</div>
<hr>
<div><b>From:</b> Thornber Abigail<br><b>Sent:</b> 15 October 2026 21:40<br><b>To:</b> a.thornber@outlook.com<br>
<b>Subject:</b> clinic Thurs</div>
<h3>Paediatric Diabetes Clinic &ndash; Thursday 15/10/2026 &ndash; Room 4, Clinic C</h3>
<table border="1" cellpadding="3">
<tr><th>Child</th><th>D.O.B.</th><th>NHS No</th><th>Postcode</th><th>Last HbA1c</th><th>Regime</th><th>Parent mobile</th></tr>
{chr(10).join(trs)}
</table>
<p>Printed on 15/10/2026 21:38 from Twinkle v6.2</p>
</body></html>"""
    c.msg = single(htm, rep.addr, BREACH_DISP, "Clinic list sent to my personal email", "Fri, 16 Oct 2026 08:05:00 +0100",
                   cte="qp", subtype="html")
    c.grade(3, 2, ["health information about identified children (type 1 diabetes clinic list, 7 children)",
                   "children involved",
                   "sent to a member of staff's personal address outside the trusted domains (outlook.com)",
                   "containment: the member of staff says she has deleted it (likelihood -1)"], ["health"])


def b27():
    c = case("b27-district-nursing-referral-polish-b64.eml", "base64_polish_names_internal",
             ["plain", "cte_base64", "accented_names", "next_of_kin", "district_nursing"])
    p = P("Wojciech", "Szczepański", "1940-07-03", "M", "Derby", street="Normanton Road")
    wife = P("Halina", "Szczepańska", "1943-09-25", "F", "Derby")
    rep = c.st(S("Małgorzata Nowicka-Bell", "District Nursing Sister, Derwent Neighbourhood Team", "m.nowickabell@nhs.net", "01632 960873"))
    c.st(S("Zbigniew Łoś", "GP Registrar"))
    c.ig("email_address", "derwent.dn.team@nhs.net", "allestree.dn.team@nhs.net")
    body = f"""Dzień dobry / hello,

Reporting a misdirected referral within our trust. The GP surgery sent the district nursing referral
below to Allestree DN team instead of Derwent. Allestree forwarded it to us and deleted their copy.

Pacjent / Patient: {c.nm(p, "T First Last")}
Data urodzenia / DOB: {c.dob(p, "dot")}
NHS: {c.nhs(p, "sp")}
Adres: {c.addr(p)}
Telefon: {c.tel(p, "land", "std")}
Żona / NOK: {c.nm(wife, "T First Last")} - {c.tel(wife, "mob", "std")} (speaks limited English, Polish interpreter needed)

Reason: Grade 2 pressure ulcer left heel, type 2 diabetes (HbA1c 68), lives with wife, housebound.
Twice-weekly dressings requested. Referred by Dr Zbigniew Łoś (GP Registrar).

Pozdrawiam,
Małgorzata Nowicka-Bell
District Nursing Sister | Derwent Neighbourhood Team | 01632 960873
"""
    c.msg = single(body, rep.addr, BREACH_DISP, "Misdirected DN referral (internal)", "Mon, 02 Feb 2026 14:00:00 +0000", cte="base64")
    c.grade(3, 2, ["health information about an identified person (district nursing referral, diabetes, pressure ulcer)",
                   "sent to the wrong team inside the trusted domains (nhs.net), deleted"], ["health"])


def b28():
    c = case("b28-gp-letter-gdm-wrong-practice-qp.eml", "qp_reproductive_wrong_gp_internal",
             ["plain", "cte_qp", "gp_letter", "south_asian_name", "reproductive"])
    p = P("Priyanka", "Raghunathan", "1992-03-14", "F", "Leeds", title="Mrs", street="Harehills Lane")
    rep = c.st(S("Bronwen Tudor-Price", "Practice Manager, Chapel Allerton Health Centre", "chapelallerton.hc@nhs.net", "0113 496 0688"))
    mw = c.st(S("Edwina Okonedo", "Diabetes Specialist Midwife", "edwina.okonedo@nhs.net", "0113 496 0915"))
    c.st(S("Nasreen Akhtar", "GP, Roundhay Road Surgery"))
    letter = f"""Antenatal Diabetes Clinic – St James's Maternity
Dear Dr Akhtar,

Re: {c.nm(p, "T First LAST")} – DOB {c.dob(p, "dmy")} – NHS no. {c.nhs(p, "sp")}
{c.addr(p, sep=", ")}

Diagnosis: Gestational diabetes mellitus (OGTT at 26+2 weeks: fasting 5.9, 2-hour 8.4 mmol/L).
Obstetric history: G2 P1, previous emergency caesarean section 2022. Current pregnancy 27+1 weeks.
Plan: metformin 500 mg BD, home capillary glucose monitoring QDS, growth scans at 28, 32 and 36 weeks.
Free prescription exemption (MatEx) applies; glucose meter supplied (cost to service £24.99).

Kind regards,
Edwina Okonedo – Diabetes Specialist Midwife – 0113 496 0915
"""
    body = f"""Dear IG Team,

We have received the antenatal clinic letter below, addressed to Dr Akhtar at Roundhay Road Surgery.
The patient is not registered with us (Chapel Allerton Health Centre). We have deleted it and told
the midwife.

Bronwen Tudor-Price – Practice Manager – 0113 496 0688

{outlook_block(f"Okonedo Edwina <{mw.email}>", "Wednesday, 20 May 2026 13:05", f"Chapel Allerton Health Centre <{rep.email}>", "GDM letter")}{letter}"""
    c.msg = single(body, rep.addr, BREACH_DISP, "FW: GDM letter – not our patient", "Wed, 20 May 2026 16:16:00 +0100", cte="qp")
    c.grade(4, 2, ["especially sensitive about an identified person: reproductive health (pregnancy, obstetric history)",
                   "sent to the wrong GP practice inside the trusted domains (nhs.net)"],
            ["health", "reproductive_health"])


def b29():
    c = case("b29-nested3-dols-safeguarding-personal-gmail.eml", "nested_forward_3_safeguarding_external",
             ["plain", "inline_outlook", "original_message", "inline_gmail", "nested3", "vulnerable_adult"])
    p = P("Cornelius", "van der Berg", "1936-11-11", "M", "York", street="Huntington Road")
    dau = P("Annelies", "van der Berg", "1966-04-04", "F", "York")
    rep = c.st(S("Rebecca Haworth", "Safeguarding Adults Lead", "rebecca.haworth@nhs.net", "01632 960305"))
    gp = c.st(S("Ashok Varadarajan", "GP Partner, Heworth Green Surgery", "ashok.varadarajan@nhs.net", "01632 960699"))
    dep = c.st(S("Sharon Inglethorpe", "Deputy Manager, Fossbank Lodge", "sharon.inglethorpe68@gmail.com"))
    inner = f"""Hi Dr V,

Sorry to send from my own email, our system is down. Update on {c.nm(p, "T First Last")} (DOB {c.dob(p, "dmy2")},
NHS {c.nhs(p, "raw")}), Room 6:

- DoLS standard authorisation expired on 28/02/2026; renewal application sent to City of York Council.
- Safeguarding concern raised 02/03/2026: his daughter {c.nm(dau, "full")} reports £2,400 withdrawn from his
  account by a visiting nephew. Police informed (ref 12260302-0441). Daughter's number {c.tel(dau, "mob", "std")}.
- Mixed dementia, MMSE 11/30. Lacks capacity for finances; no LPA registered.

Sharon (Deputy Manager, Fossbank Lodge)
"""
    body = f"""Dear Breach team,

The GP practice has flagged the chain below. The care home deputy manager has been sending resident
updates from her personal Gmail account, and this one includes a safeguarding (financial abuse)
concern. I'm reporting it because the data has been held and sent outside NHSmail. I have asked the
care home to stop and to delete the messages.

Rebecca Haworth
Safeguarding Adults Lead | 01632 960305

{outlook_block(f"VARADARAJAN, Ashok (HEWORTH GREEN SURGERY) <{gp.email}>", "04 March 2026 17:22", f"HAWORTH, Rebecca <{rep.email}>", "FW: Mr van der Berg - update")}Rebecca - see below, not sure this is right?
Ashok

{original_block(f"Ashok Varadarajan <{gp.email}>", "04 March 2026 16:01", "Heworth Green Reception", "Fwd: Mr van der Berg - update")}Please scan to the notes.

{gmail_block(f"Sharon Inglethorpe <{dep.email}>", "Wed, 4 Mar 2026 at 15:10", f"Ashok Varadarajan <{gp.email}>", "Mr van der Berg - update")}{inner}"""
    c.msg = single(body, rep.addr, BREACH_DISP, "FW: Mr van der Berg - update (care home personal email)", "Thu, 05 Mar 2026 09:40:00 +0000")
    c.grade(4, 3, ["especially sensitive about an identified person: safeguarding (financial abuse), DoLS",
                   "vulnerable adult (dementia, lacks capacity)",
                   "sent from and held in a personal webmail account outside the trusted domains (gmail.com)"],
            ["health", "safeguarding"])


def b30():
    c = case("b30-rfc822-xlsx-physio-caseload-hotmail.eml", "forward_as_attachment_nested_xlsx_external",
             ["rfc822", "xlsx", "rows_10", "nested_attachment", "column_order"])
    rep = c.st(S("Lewis Brannigan", "MSK Physiotherapy Team Lead", "lewis.brannigan@nhs.net", "0117 496 0844"))
    c.st(S("Anya Lindqvist", "Band 5 Physiotherapist", "anya.lindqvist@nhs.net"))
    c.ig("email_address", "lfenwick1972@hotmail.co.uk")
    c.ig("person_name", "L Fenwick", "Mr Fenwick")
    pts = [random_person("Bristol", 1950, 2001) for _ in range(10)]
    rows = [["NHS Number", "Surname", "Forename", "Date of Birth", "Post Code", "Mobile", "Condition", "Next appt"]]
    for k in pts:
        c.nm_split(k)
        rows.append([int(c.nhs(k, "raw")), k.last.upper(), k.first, c.dob_cell(k), c.pc(k), c.tel(k, "mob", "raw"),
                     rng.choice(["Lumbar radiculopathy", "Post-op ACL reconstruction", "Frozen shoulder", "Plantar fasciitis",
                                 "OA knee", "Whiplash (RTC)"]),
                     dt.datetime(2026, 9, rng.randint(1, 30), rng.choice([9, 10, 11, 14, 15]), 0)])
    data = make_xlsx([("Caseload", rows, False)])
    inner = mixed([text_part("Hi Mr Fenwick,\n\nAs discussed, your exercise sheet is attached. See you on the 14th.\n\nAnya\nPhysiotherapist\n"),
                   bin_part("AL caseload Sept.xlsx", data, XLSX)],
                  "Lindqvist Anya <anya.lindqvist@nhs.net>", "lfenwick1972@hotmail.co.uk", "Your exercises",
                  "Tue, 01 Sep 2026 12:44:00 +0100")
    body = """Hi,

Anya meant to attach an exercise sheet to an email to a patient (Mr Fenwick) but attached her caseload
spreadsheet instead. Original attached as sent. Mr Fenwick phoned to tell us. We have asked him to delete it.

Lewis Brannigan
MSK Physiotherapy Team Lead
0117 496 0844
"""
    c.msg = mixed([text_part(body), rfc822(inner)], rep.addr, BREACH_DISP, "Wrong attachment to patient - caseload",
                  "Wed, 02 Sep 2026 09:10:00 +0100")
    c.grade(3, 3, ["health information about identified persons (physiotherapy caseload, 10 patients)",
                   "sent to a member of the public outside the trusted domains (hotmail.co.uk), deletion not confirmed"],
            ["health"])


def b31():
    c = case("b31-ooh-report-to-employer-hr.eml", "gmail_forward_mental_health_employer",
             ["inline_gmail", "plain", "special_by_keyword", "employer"])
    p = P("Chloé", "Marchetti-Boyd", "1998-08-08", "F", "Reading", title="Ms", street="Oxford Road")
    rep = c.st(S("Daniel Okafor-Reid", "Operational Manager, Thames Valley IUC", "daniel.okaforreid@nhs.net", "0118 496 0622"))
    c.st(S("Kerry-Ann Sealy", "Clinical Navigator", "iuc.tv.admin@nhs.net"))
    c.st(S("Melanie Strutt", "HR Business Partner, Pendragon Logistics", "hr@pendragon-logistics.example.com"))
    c.st(S("Tobias Eke", "Clinical Pharmacist"))
    report = f"""NHS 111 / OOH CONSULTATION SUMMARY
Patient: {c.nm(p, "full")}      DoB: {c.dob(p, "dmy")}
NHS number: {c.nhs(p, "sp")}
Home address: {c.addr(p)}
Call-back number: {c.tel(p, "mob", "intl0")}
Email: {c.email(p, "chloe.mb98@icloud.com")}

Presenting complaint: panic attacks x3 today at work, palpitations, tingling. Known generalised anxiety
disorder and previous depressive episode (2023); on citalopram 20 mg. No chest pain. ECG in OOH base NSR.
Disposition: self-care advice, GP follow-up within 48h, referred to NHS Talking Therapies. Fit note
advised via GP. Safety-netted re crisis line.
Clinician: Tobias Eke, Clinical Pharmacist (independent prescriber)
"""
    body = f"""Hi team,

Reporting an IUC admin error. The patient asked for a copy of her consultation summary to be sent to
her. The navigator copied the email address from the "employer" field on the call record instead of the
"patient email" field, so it went to her employer's HR inbox. Pendragon Logistics HR (Melanie Strutt)
rang to tell us and said she would delete it, but she also said she would "need to have a chat with
Chloé about it", so she has read it. Deletion not confirmed.

Daniel Okafor-Reid
Operational Manager, Thames Valley IUC | 0118 496 0622

{gmail_block("IUC TV Admin <iuc.tv.admin@nhs.net>", "Sun, 17 May 2026 at 22:51", "hr@pendragon-logistics.example.com", "Your NHS 111 consultation summary")}{report}"""
    c.msg = single(body, rep.addr, BREACH_DISP, "Fwd: Your NHS 111 consultation summary", "Mon, 18 May 2026 10:02:00 +0100")
    c.grade(4, 3, ["especially sensitive about an identified person: mental health (anxiety disorder, depression)",
                   "sent to the patient's employer outside the trusted domains (example.com), deletion not confirmed"],
            ["health", "mental_health"])


def b32():
    c = case("b32-baby-of-neonatal-discharge-wrong-hv-team.eml", "baby_of_neonatal_internal",
             ["plain", "baby", "parents_named", "inline_outlook"])
    baby = P("Baby", "Okoro", "2026-09-14", "F", "Oldham", street="Ashton Road")
    mum = P("Blessing", "Okoro", "1996-02-02", "F", "Oldham")
    dad = P("Chinedu", "Okoro", "1994-12-15", "M", "Oldham")
    mum.line1, mum.pc = baby.line1, baby.pc
    rep = c.st(S("Gillian Ashurst", "Health Visiting Team Leader (Chadderton)", "gillian.ashurst@nhs.net", "0161 496 0580"))
    nn = c.st(S("Prakash Iyer", "Neonatal Registrar", "nicu.discharges@nhs.net"))
    c.ig("email_address", "hv.chadderton@nhs.net")
    c.ig("person_name", "Baby of Blessing Okoro", "Baby of Blessing OKORO", "Baby Okoro")
    c.subj(baby)
    summ = f"""NEONATAL UNIT DISCHARGE SUMMARY
Name: Baby of Blessing OKORO (girl)      NHS No: {c.nhs(baby, "sp")}
Date of birth: {c.dob(baby, "dmy")}   Unit no: {c.hosp(baby, "N2609145")}
Gestation at birth 33+4, birth weight 1.92 kg. Discharge weight 2.31 kg (day 19).
Problems: prematurity, neonatal jaundice (phototherapy x2 days), suspected sepsis - cultures negative.
Feeding: expressed breast milk + top-up, 8 feeds/day.
Mother: {c.nm(mum, "full")}, {c.addr(mum)}, mob {c.tel(mum, "mob", "std")}
Father: {c.nm(dad, "full")}, mob {c.tel(dad, "mob", "std")}
Follow-up: neonatal outpatients 6 weeks; hip USS; BCG given.
"""
    body = f"""Hello

We (Chadderton HV team) have received this neonatal discharge summary but the family live in the Royton
patch. I've passed it on to Royton and deleted ours. Reporting as asked.

Gill Ashurst
Health Visiting Team Leader (Chadderton) | 0161 496 0580

{outlook_block(f"NICU Discharges <{nn.email}>", "03 October 2026 15:17", "HV Chadderton <hv.chadderton@nhs.net>", "Discharge - Baby of B Okoro")}{summ}
Dr P. Iyer, Neonatal Registrar
"""
    c.ig("person_name", "P. Iyer", "Gill Ashurst", "B Okoro")
    c.msg = single(body, rep.addr, BREACH_DISP, "FW: Discharge - Baby of B Okoro", "Mon, 05 Oct 2026 09:30:00 +0100")
    c.grade(3, 2, ["health information about an identified baby (neonatal discharge summary); parents named",
                   "a child is involved",
                   "sent to the wrong health visiting team inside the trusted domains (nhs.net), deleted"], ["health"])


def b33():
    c = case("b33-preop-negations-only-hotmail.eml", "negated_special_categories_external",
             ["plain", "negations", "questionnaire", "welsh_name"])
    p = P("Gwilym", "Prydderch", "1963-10-26", "M", "Cardiff", street="Heol Llanishen Fach")
    rep = c.st(S("Anwen Griffiths", "Pre-operative Assessment Nurse", "anwen.griffiths@nhs.net", "029 2018 0634"))
    c.ig("email_address", "gwil.pryddrech@hotmail.co.uk")
    form = f"""PRE-OPERATIVE ASSESSMENT - NURSE LED
Surname: {p.last.upper()}     Forename: {p.first}
Date of birth: {c.dob(p, "dmy")}
NHS no: {c.nhs(p, "sp")}
Address: {c.addr(p)}
Tel: {c.tel(p, "land", "std")}
Procedure: laparoscopic cholecystectomy (list 14/07/2026)

Medical history: hypertension (amlodipine 10 mg), gallstones with 2 admissions for biliary colic.
Mental health history: none
Alcohol: 4 units/week. Recreational drugs: no
Safeguarding concerns: none identified
Pregnancy: not applicable
Bloods: FBC, U&E, LFT, G&S sent. ECG: sinus rhythm.
Fit for surgery: yes
"""
    c.nm(p, "full")   # written in full in the covering note below
    body = f"""Bore da,

I emailed this patient's pre-op summary to him at his request, but I typed the address with the letters
round the wrong way (gwil.pryddrech@hotmail.co.uk). It didn't bounce. Form below exactly as sent.
Patient informed ({p.first} {p.last} was fine about it but wanted it reported).

{form}
Anwen Griffiths
Pre-operative Assessment Nurse | 029 2018 0634
"""
    c.msg = single(body, rep.addr, BREACH_DISP, "pre-op summary to wrong email address", "Tue, 30 Jun 2026 13:13:00 +0100")
    c.grade(3, 3, ["health information about an identified person (pre-operative assessment)",
                   "negated mentions (mental health, drugs, safeguarding, pregnancy) not counted",
                   "sent to a stranger's webmail outside the trusted domains (hotmail.co.uk)"], ["health"])


def b34():
    c = case("b34-decoy-heavy-pharmacy-query-internal.eml", "decoy_heavy_internal",
             ["plain", "decoys", "failing_mod11", "sort_code", "streets_named_after_people", "version_numbers"])
    p = P("Florence", "Adjei-Mensah", "1944-05-19", "F", "Huddersfield", title="Mrs", street="Nelson Street")
    rep = c.st(S("Yusuf Ebrahim", "Lead Pharmacist, Medicines Optimisation", "yusuf.ebrahim@nhs.net", "01632 960912"))
    c.st(S("Victoria Wood", "Pharmacy Technician", "victoria.wood11@nhs.net"),
         S("Albert Marsden", "Consultant Physician"), S("Harold Crane", "Procurement Officer"))
    c.ig("email_address", "ward4.pharmacy@nhs.net", "ward14.pharmacy@nhs.net")
    order, inv, po = bad10("40"), bad10("77"), bad10("66")
    body = f"""Hi IG,

Minor one, internal only: Victoria Wood (pharmacy tech) sent the query below to Ward 4 instead of
Ward 14 (Albert Marsden Unit). Ward 4 deleted it. Logging for completeness.

Yusuf Ebrahim
Lead Pharmacist - Medicines Optimisation
Tel 01632 960912 | Bleep 5512
Calderdale & Huddersfield Pharmacy Services, Acre Street, Lindley HD3 3EA

{original_block(f"Wood Victoria <victoria.wood11@nhs.net>", "Friday, 24 April 2026 11:05", "Ward 4 Pharmacy <ward4.pharmacy@nhs.net>", "Query - Bed 12")}Hi Ward 14,

Query re the lady in Bed 12, Victoria Ward bay (moved from Oak Ward on 21/04/2026):
  {c.nm(p, "T F. Last")}  ({c.nm(p, "LAST, First")}), DOB {c.dob(p, "d-Mon-Y")}, NHS {c.nhs(p, "raw")}
  Home: {c.addr(p)}

Her warfarin was held on 22/04/2026 (INR 5.8) - can medical staff confirm restart date? Dr Marsden's
plan says "review 27/04". Also her Edoxaban order {order} from procurement (Harold Crane) was
cancelled - invoice {inv}, PO {po}, credit note CN-2026-0088.

Supplier: Northern Pharma Wholesale Ltd, sort code 40-11-62, account 71239904.
Order placed 24/04/2026 10:58, delivery slot 14:00-16:00, ext 4471.
eMeds v12.4.0.318 - printed on 24/04/2026 11:02
Albert Marsden Unit, Harold Wilson Building, Victoria Road, Huddersfield

Thanks, Vicky
"""
    c.ig("postcode", "HD3 3EA")
    c.ig("address", "Acre Street, Lindley, HD3 3EA", "Harold Wilson Building, Victoria Road, Huddersfield")
    c.msg = single(body, rep.addr, BREACH_DISP, "FW: Query - Bed 12 (wrong ward, internal)", "Fri, 24 Apr 2026 15:00:00 +0100")
    c.grade(3, 2, ["health information about an identified person (anticoagulation query)",
                   "sent to the wrong ward inside the trusted domains (nhs.net), deleted"], ["health"])


def b35():
    c = case("b35-direct-payment-bank-details-wrong-provider.eml", "financial_details_external_provider",
             ["plain", "financial", "vulnerable_adult", "social_care", "appointee_named"])
    p = P("Tyrone", "McKenzie", "1989-07-30", "M", "London", street="Coldharbour Lane")
    mum = P("Marcia", "McKenzie", "1962-01-09", "F", "London")
    rep = c.st(S("Fatima Zahra El-Amin", "Direct Payments Officer, Adult Social Care", "fatima.elamin@example.nhs.uk", "020 7946 0917"))
    c.ig("email_address", "accounts@sunrisesupportedliving.example.co.uk", "accounts@sunburstcare.example.co.uk")
    stmt = f"""DIRECT PAYMENT - QUARTERLY AUDIT STATEMENT (Q1 2026/27)
Service user:   {c.nm(p, "First LAST")}
DOB:            {c.dob(p, "dmy")}
NHS No:         {c.nhs(p, "sp")}
NI No:          {c.ni(p, False)}
Address:        {c.addr(p)}
Appointee:      {c.nm(mum, "T First Last")} (mother), tel {c.tel(mum, "mob", "std")}

Needs: learning disability (moderate), autism; 24 hrs/week personal assistant support.
Direct payment account: Barclays, sort code 20-32-57, account no. 63049912 (managed account)
Personal budget: £21,632.00 p.a.   Paid this quarter: £5,408.00   Unspent balance: £3,117.45
Client contribution (financial assessment): £42.10 per week
"""
    body = f"""Hello,

I am reporting that I emailed the direct payment audit statement below to Sunburst Care (a home care
provider we use for other clients) instead of Sunrise Supported Living. It contains the service user's
bank account details and budget. Sunburst have not replied to our request to delete it.

{stmt}
Fatima Zahra El-Amin
Direct Payments Officer | Adult Social Care | 020 7946 0917
"""
    c.msg = single(body, rep.addr, BREACH_DISP, "Direct payment statement sent to wrong provider", "Thu, 09 Jul 2026 14:30:00 +0100")
    c.grade(4, 3, ["financial details (bank account, budget, contributions) about an identified person",
                   "vulnerable adult (learning disability)",
                   "sent to an unconnected care provider outside the trusted domains (example.co.uk)"], ["health"])


def b36():
    c = case("b36-occupational-health-report-staff-subject.eml", "staff_member_as_data_subject_internal",
             ["plain", "occupational_health", "staff_subject", "ni_number", "distribution_list"])
    p = P("Marcus", "Delacroix-Whyte", "1984-03-03", "M", "Manchester", street="Wilbraham Road")
    rep = c.st(S("Joanne Kershaw", "Head of Therapies", "joanne.kershaw@nhs.net", "0161 496 0207"))
    oh = c.st(S("Dr Siân Maddocks", "Occupational Health Physician", "occhealth.referrals@nhs.net", "0161 496 0190"))
    c.ig("person_name", "Siân Maddocks")
    c.ig("email_address", "therapies.all.staff@nhs.net")
    rpt = f"""OCCUPATIONAL HEALTH REPORT - CONFIDENTIAL TO MANAGER
Employee:        {c.nm(p, "full")}
Employee no:     20148871
DOB:             {c.dob(p, "dash")}
NI number:       {c.ni(p, True)}
Home address:    {c.addr(p)}
Job:             Band 6 Physiotherapist, Neuro Rehab (Oak Ward / Jubilee Unit)

Mr Delacroix-Whyte attended on 11/06/2026. He has been absent since 12/05/2026 with work-related stress
and a moderate depressive episode. He is under his GP and is taking mirtazapine; he has started CBT.
He is not yet fit to return. I anticipate a phased return over 4 weeks from early July, starting at
50% hours, no on-call. In my opinion the Equality Act 2010 is likely to apply.
Review: 02/07/2026.
"""
    body = f"""Dear IG,

Our occupational health service sent the report below about one of my team to me, but I then forwarded it
to the whole Therapies distribution list (94 staff) by mistake instead of to HR. I recalled it but the
recall report shows it had been opened by 31 people before the recall. I have asked everyone to delete it.
Marcus knows and is understandably very upset.

Joanne Kershaw
Head of Therapies | 0161 496 0207

{original_block(f"Occupational Health Referrals <{oh.email}>", "12 June 2026 09:02", f"Kershaw Joanne <{rep.email}>", "OH report - MDW")}{rpt}
Dr Siân Maddocks, Occupational Health Physician
"""
    c.msg = single(body, rep.addr, BREACH_DISP, "OH report sent to all staff list", "Fri, 12 Jun 2026 12:45:00 +0100")
    c.grade(4, 2, ["especially sensitive about an identified person (a member of staff): mental health (depression, work-related stress)",
                   "sent to a staff distribution list inside the trusted domains (nhs.net)",
                   "recall only partly successful (31 opened): no reduction below 2"], ["health", "mental_health"])


def b37():
    c = case("b37-liaison-diversion-wrong-solicitor.eml", "criminal_substance_misuse_external",
             ["plain", "criminal", "special_by_keyword", "gmail_quote"])
    p = P("Levi", "Rooney", "2001-11-20", "M", "Liverpool", street="Breck Road")
    rep = c.st(S("Sinéad Fogarty", "Team Leader, Liaison & Diversion Service", "sinead.fogarty@nhs.net", "0151 496 0415"))
    c.st(S("Aidan Clery", "Practitioner", "aidan.clery@nhs.net"))
    c.st(S("Rupert Molyneux", "Solicitor, Molyneux Criminal Defence", "r.molyneux@molyneuxdefence.example.co.uk"))
    text = f"""Liaison & Diversion assessment - custody suite, Liverpool Central, 22/03/2026 03:40
Name: {c.nm(p, "LAST, First")}   D.O.B. {c.dob(p, "dmy")}   PNC: 19/442871K
NHS number {c.nhs(p, "sp")}
Address: {c.addr(p)}   Mob: {c.tel(p, "mob", "std")}
Arrested for: s.47 assault (ABH) and possession of a class B drug. Previous conviction: theft (2021).
Substance use: daily cannabis, weekend cocaine; alcohol binge pattern. Referred to Change Grow Live.
Mental health: ADHD (diagnosed 2019, no current medication). No psychosis. Fit for interview with an
appropriate adult. Suitable for diversion: yes.
"""
    body = f"""Hi,

Our practitioner Aidan Clery emailed the L&D assessment below to the wrong duty solicitor - Molyneux
Criminal Defence act for the co-accused, not for this young man. Mr Molyneux has acknowledged receipt,
but has said he is taking advice on whether he must disclose it to his client. No deletion.

Sinéad Fogarty
Team Leader | Liaison & Diversion Service | 0151 496 0415

On Sun, 22 Mar 2026 at 09:12, Aidan Clery <aidan.clery@nhs.net> wrote:
> Mr Molyneux, please see our assessment for your client below.
>
""" + "\n".join("> " + line if line else ">" for line in text.splitlines()) + "\n"
    c.msg = single(body, rep.addr, BREACH_DISP, "L&D assessment sent to co-accused's solicitor", "Mon, 23 Mar 2026 08:55:00 +0000")
    c.grade(4, 3, ["especially sensitive about an identified person: substance misuse, with criminal offence data and ADHD",
                   "sent to a co-accused's solicitor outside the trusted domains (example.co.uk), deletion refused"],
            ["health", "mental_health", "substance_misuse", "criminal"])


def b38():
    c = case("b38-chaplaincy-list-tabs-volunteer-gmail.eml", "religion_tab_table_external",
             ["plain", "tab_table", "religion", "ward_names", "two_word_surnames"])
    rep = c.st(S("Revd Canon Hilary Bairstow", "Lead Chaplain", "hilary.bairstow@nhs.net", "0113 496 0366"))
    c.ig("person_name", "Hilary Bairstow")
    c.st(S("Ezekiel Montague", "Chaplaincy Volunteer", "zeke.montague@gmail.com"))
    pts = [P("Hanna", "Abebe", "1948-06-01", "F", "Leeds"), P("Gurpreet", "Kaur Sandhu", "1955-02-17", "F", "Leeds"),
           P("Yitzchak", "Rosenbaum", "1937-08-29", "M", "Leeds"), P("Bernadette", "Ní Chonaill", "1941-12-24", "F", "Leeds"),
           P("Mohammed Iqbal", "Chaudhry", "1950-10-10", "M", "Leeds"), P("Edna", "Fothergill", "1929-04-30", "F", "Leeds"),
           P("João", "dos Santos", "1972-01-05", "M", "Leeds")]
    faiths = ["Ethiopian Orthodox - requests communion", "Sikh - requests Gurdwara visitor", "Jewish (Orthodox) - kosher meals, Shabbat",
              "Roman Catholic - Sacrament of the Sick requested", "Muslim - requests imam, Jumu'ah", "Church of England - end of life, family present",
              "Jehovah's Witness - declines blood products"]
    wards = ["Oak Ward bed 3", "Jubilee Unit bed 11", "Ward 7B bed 22", "Elm Ward side room 2", "Ward 18 bed 6", "Rowan Ward bed 14",
             "ICU bed 4"]
    lines = ["Name\tDoB\tWard/bed\tFaith / request\tHosp no"]
    for k, f, w in zip(pts, faiths, wards):
        lines.append("\t".join([c.nm(k, "T First Last"), c.dob(k, "dmy1"), w, f, c.hosp(k, f"R{rng.randint(1000000, 9999999)}")]))
    body = """Dear IG

I sent the weekly chaplaincy visiting list (below) to one of our volunteers at his personal Gmail, which
is against our policy - he does not have an NHSmail account yet. He has the list on his phone. I have asked
him to delete it but he's away until next week.

""" + "\n".join(lines) + """

Revd Canon Hilary Bairstow
Lead Chaplain, Spiritual and Pastoral Care
0113 496 0366
"""
    c.msg = single(body, rep.addr, BREACH_DISP, "chaplaincy list to volunteer's gmail", "Sat, 01 Aug 2026 10:10:00 +0100")
    c.grade(3, 3, ["health information about identified persons (inpatient location, end of life) with religious belief, 7 patients",
                   "sent to a volunteer's personal webmail outside the trusted domains (gmail.com), deletion not confirmed"],
            ["health", "religion"])


def b39():
    c = case("b39-huntingtons-predictive-test-wrong-relative.eml", "genetic_family_external",
             ["plain", "genetic", "relatives_named", "letter"])
    p = P("Rosalind", "Featherstonehaugh", "1990-02-11", "F", "Norwich", title="Miss", street="Unthank Road")
    mum = P("Patricia", "Featherstonehaugh", "1961-06-06", "F", "Norwich")
    sib = P("Oliver", "Featherstonehaugh", "1992-09-09", "M", "Norwich")
    rep = c.st(S("Dr Ingrid Solberg", "Consultant Clinical Geneticist", "ingrid.solberg@nhs.net", "01632 960764"))
    c.ig("person_name", "Ingrid Solberg", "I Solberg")
    c.ig("email_address", "olly.fsh92@gmail.com")
    c.ig("person_name", sib.full)   # the misdirected recipient, not named in the letter
    letter = f"""Regional Genetics Service - Predictive Testing Clinic

{c.nm(p, "T First Last")}
{c.addr(p, sep=chr(10))}
Date of birth: {c.dob(p, "dmy")}   NHS No.: {c.nhs(p, "sp")}   Genetics ref: {c.hosp(p, "G26-0117")}

Dear Rosalind,

Thank you for coming to your second pre-test counselling appointment. As discussed, your mother
{c.nm(mum, "T First Last")} has a confirmed diagnosis of Huntington's disease (HTT CAG repeat 44).
You have decided to go ahead with predictive testing. Your result appointment is on 09/09/2026 at 14:00
with me and your genetic counsellor. Please bring a supporter. As you asked, we have not shared anything
with your brother.

Dr I. Solberg, Consultant Clinical Geneticist
"""
    body = f"""To the breach team,

Our clinic emailed the letter below to the wrong family member. Rosalind asked for copies to be emailed,
but the admin team used her brother {sib.full}'s email address (olly.fsh92@gmail.com), which
was on the family file. She had specifically asked that he not be told. He has now phoned the clinic.

{letter}
Dr Ingrid Solberg
Consultant Clinical Geneticist | 01632 960764
"""
    c.msg = single(body, rep.addr, BREACH_DISP, "Genetics letter sent to patient's brother", "Thu, 20 Aug 2026 16:20:00 +0100")
    c.grade(4, 3, ["especially sensitive about identified persons: genetic (Huntington's disease, predictive testing)",
                   "sent to a relative the patient asked not to be told, outside the trusted domains (gmail.com)"],
            ["health", "genetic"])


def b40():
    c = case("b40-csv60-gp-recall-volunteer-email.eml", "csv_large_external",
             ["csv", "rows_60", "forename_surname_column", "immunisation"])
    rep = c.st(S("Nadia Brennan-Oyelowo", "Operations Manager, Castleford Road Medical Group", "nadia.brennanoyelowo@nhs.net", "01632 960318"))
    c.ig("email_address", "castlefordrd.volunteers@gmail.com")
    pts = [random_person(rng.choice(["Barnsley", "Rotherham"]), 1935, 1961) for _ in range(60)]
    rows = [["Patient Name", "NHS No", "DOB", "Address 1", "Post Code", "Tel", "Eligibility", "Booked"]]
    el = ["Age 75+", "Immunosuppressed", "CKD stage 4", "Care home resident", "Chemotherapy", "Age 75+", "Diabetes"]
    for k in pts:
        rows.append([c.nm(k, "First LAST"), c.nhs(k, "sp"), c.dob(k, "dmy"), c.line1(k), c.pc(k), c.tel(k, "land", "raw"),
                     rng.choice(el), rng.choice(["", "", "Y"])])
    body = """Hello Breach team,

Our reception team lead emailed the attached autumn vaccination call list (60 patients) to the
volunteers' group Gmail account so the volunteers could help ring round. We did not know this was not
allowed. The account is shared by 5 volunteers. We've now asked them to delete it.

Nadia Brennan-Oyelowo
Operations Manager, Castleford Road Medical Group
01632 960318
"""
    c.msg = mixed([text_part(body), csv_part("Autumn26_calllist.csv", csv_text(rows))], rep.addr, BREACH_DISP,
                  "Vaccination call list sent to volunteers' Gmail", "Tue, 22 Sep 2026 09:45:00 +0100")
    c.grade(3, 3, ["health information about identified persons (vaccination eligibility: immunosuppression, CKD, chemotherapy), 60 patients",
                   "sent to a shared volunteers' webmail account outside the trusted domains (gmail.com), deletion not confirmed"],
            ["health"])


# ================================================================== output + validation

def decoded_text(msg):
    """All human-readable content of a message, decoded, including attachments and nested messages."""
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        data = part.get_payload(decode=True)
        if data is None:
            continue
        name = (part.get_filename() or "").lower()
        if ct.startswith("text/"):
            t = data.decode(part.get_content_charset() or "utf-8")
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
        elif name.endswith(".xlsx"):
            import openpyxl
            wb = openpyxl.load_workbook(io.BytesIO(data))
            for ws in wb.worksheets:
                for row in ws.iter_rows(values_only=True):
                    out.append(" | ".join("" if v is None else (v.date().isoformat() if isinstance(v, dt.datetime) else str(v))
                                          for v in row))
        elif name.endswith(".docx"):
            import docx
            d = docx.Document(io.BytesIO(data))
            out.extend(p.text for p in d.paragraphs)
            for tb in d.tables:
                for r in tb.rows:
                    out.append(" | ".join(c.text for c in r.cells))
    return "\n".join(out)


def validate(c, raw):
    msg = message_from_bytes(raw)
    text = decoded_text(msg)
    flat = re.sub(r"\s+", " ", text)
    problems = []
    for kind, rendered, norm in c.checks:
        if kind == "name_part":
            if rendered.casefold() not in text.casefold():
                problems.append(f"{kind} {rendered!r} not in content")
            continue
        if rendered not in text and re.sub(r"\s+", " ", rendered) not in flat:
            problems.append(f"{kind} {rendered!r} not in content")
        if kind in ("address", "name_part"):
            continue
        if kind == "person_name":
            truth_norms = {score.normalise("person_name", n) for n in c.names | c.ign_names}
            if norm not in truth_norms:
                problems.append(f"name {rendered!r} -> {norm!r} not among truth names")
            continue
        if score.normalise(kind, rendered) != norm:
            problems.append(f"{kind} {rendered!r} normalises to {score.normalise(kind, rendered)!r}, truth {norm!r}")
    rec = c.record()
    # every truth value has a check behind it
    for kind, vals in rec["identifiers"].items():
        have = {n for k, _, n in c.checks if k == kind}
        for v in vals:
            if score.normalise(kind, v) not in have:
                problems.append(f"truth {kind} {v!r} never rendered")
    flatn = " " + " ".join(re.sub(r"[^\w\s]", " ", score.fold(flat).replace("'", "").replace("\u2019", "")).split()) + " "
    for n in rec["names"]:
        toks = score.normalise("person_name", n).split()
        if not all(f" {t} " in flatn for t in toks):
            problems.append(f"name {n!r} tokens not in content")
    for n in rec["ignorable_names"]:
        nn = score.normalise("person_name", n)
        for t in rec["names"]:
            if score.normalise("person_name", t) == nn:
                problems.append(f"name {n!r} both subject and ignorable")
    for kind, vals in rec["ignorable"].items():
        if kind in rec["identifiers"]:
            clash = set(vals) & {score.normalise(kind, v) for v in rec["identifiers"][kind]}
            if clash:
                problems.append(f"{kind} {clash} both identifier and ignorable")
    # health numbers valid
    for kind in ("nhs_number", "chi_number", "hc_number"):
        for v in rec["identifiers"].get(kind, []):
            if len(v) != 10 or mod11(v[:9]) != int(v[9]):
                problems.append(f"{kind} {v} fails Mod 11")
            if kind == "nhs_number" and not (400 <= int(v[:3]) <= 499 or 600 <= int(v[:3]) <= 799):
                problems.append(f"{kind} {v} out of England range")
            if kind == "hc_number" and not 320 <= int(v[:3]) <= 399:
                problems.append(f"{kind} {v} out of H&C range")
            if kind == "chi_number":
                dt.datetime.strptime(v[:6], "%d%m%y")
    for v in rec["identifiers"].get("date_of_birth", []):
        d = dt.date.fromisoformat(v)
        assert dt.date(1906, 1, 1) < d <= dt.date(2026, 11, 1), v
    for v in rec["identifiers"].get("ni_number", []):
        if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v) or v[:2] in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            problems.append(f"bad NI {v}")
    a = rec["assessment"]
    assert a["reportable"] == (a["likelihood"] >= 3 and a["severity"] >= 2)
    if rec["no_identifiers"]:
        assert rec["subjects"] == 0 and a["severity"] == 1
    return problems


def main():
    builders = [globals()[f"b{i:02d}"] for i in range(1, 41)]
    for b in builders:
        b()
    for old in os.listdir(HERE):
        if old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    records, bad = [], 0
    for c in CASES:
        raw = c.msg.as_bytes()
        with open(os.path.join(HERE, c.file), "wb") as fh:
            fh.write(raw)
        probs = validate(c, raw)
        for p_ in probs:
            print(f"{c.file}: {p_}", file=sys.stderr)
        bad += len(probs)
        records.append(c.record())
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} emails; {sum(len(v) for r in records for v in r['identifiers'].values())} identifier values; "
          f"{sum(len(r['names']) for r in records)} names; validation problems: {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
