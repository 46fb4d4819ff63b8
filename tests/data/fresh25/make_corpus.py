#!/usr/bin/env python3
"""Generate the fresh25 evaluation corpus for breachdesk (emails + truth.jsonl).

Deterministic: running it twice produces byte-identical files.  Needs openpyxl,
python-docx and fpdf2 (e.g. /work/main/.venv/bin/python make_corpus.py).

    python make_corpus.py [OUTDIR]      # default: the folder this file is in

Every email is one function below; it builds the message and declares its truth
through a Ctx (subjects' identifiers, names, ignorable staff details, grade).
A self-check at the end re-reads each written .eml, extracts its text (bodies,
csv, xlsx incl. hidden sheets, docx, pdf source text) and asserts that every
truth value is really present, so the truth cannot drift from the corpus.
"""
import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import sys
import unicodedata
import zipfile
from email import policy
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.parser import BytesParser

OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MAILBOX = "breach@example.nhs.uk"
MAILBOX_HDR = f"Breach Reporting <{MAILBOX}>"
FIXED_ZIP_TIME = (2026, 10, 1, 9, 0, 0)

# ------------------------------------------------------------------ identifiers


def nhs(first9):
    """A valid 10-digit NHS / H&C number from 9 digits (bumped until the check digit is not 10)."""
    n = int(first9)
    while True:
        s = f"{n:09d}"
        tot = sum(int(d) * w for d, w in zip(s, range(10, 1, -1)))
        c = 11 - tot % 11
        c = 0 if c == 11 else c
        if c != 10:
            return s + str(c)
        n += 1


def chi(ddmmyy, seq, sex):
    """A valid CHI: DDMMYY + 2 serial digits + sex digit (odd male, even female) + check."""
    dt.datetime.strptime(ddmmyy, "%d%m%y")
    for sd in range(10):
        d = int(sd)
        if (d % 2 == 1) != (sex == "M"):
            continue
        for s in range(seq, seq + 100):
            first9 = f"{ddmmyy}{s % 100:02d}{d}"
            tot = sum(int(x) * w for x, w in zip(first9, range(10, 1, -1)))
            c = 11 - tot % 11
            c = 0 if c == 11 else c
            if c != 10:
                return first9 + str(c)
    raise ValueError


def sp(n, style="space"):
    """Format a 10-digit health number."""
    if style == "space":
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if style == "dash":
        return f"{n[:3]}-{n[3:6]}-{n[6:]}"
    return n


def phone_digits(s):
    """UK phone as digits with a leading 0 (+44 / 0044 / (0) handled)."""
    d = re.sub(r"\D", "", s.replace("(0)", ""))
    if d.startswith("00"):
        d = d[2:]
    if d.startswith("44"):
        d = "0" + d[2:].lstrip("0")
    return d


def fold(s):
    s = s.translate(str.maketrans("łŁđĐøØ", "lLdDoO"))
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


# ------------------------------------------------------------------ truth context


class Ctx:
    def __init__(self, file, scenario, tags):
        self.file, self.scenario, self.tags = file, scenario, list(tags)
        self.ids = {}
        self.names = []
        self.ign_names = []
        self.ign = {}
        self.cats = set()
        self.subjects = 0
        self.near_miss = False
        self.grade = None

    def id(self, kind, value):
        lst = self.ids.setdefault(kind, [])
        if value not in lst:
            lst.append(value)
        return value

    def subject(self, name, **ids):
        """One data subject: name plus identifiers (kind=value or kind=[values])."""
        if name and name not in self.names:
            self.names.append(name)
        self.subjects += 1
        for k, v in ids.items():
            for x in (v if isinstance(v, list) else [v]):
                self.id(k, x)

    def ignore(self, kind, value):
        if kind == "person_name":
            if value not in self.ign_names:
                self.ign_names.append(value)
            return value
        lst = self.ign.setdefault(kind, [])
        if value not in lst:
            lst.append(value)
        return value

    def staff(self, name, email=None, phone=None, postcode=None, mobile=None):
        """Register a member of staff / reporter / recipient (never a subject)."""
        self.ignore("person_name", name)
        toks = [t for t in name.split() if t.rstrip(".").lower() not in ("dr", "mr", "mrs", "ms", "miss", "nurse")]
        if len(toks) == 2:  # Outlook shows "Surname Forename" in headers
            self.ignore("person_name", f"{toks[1]} {toks[0]}")
        for k, v in (("email_address", email), ("phone_number", phone), ("phone_number", mobile),
                     ("postcode", postcode)):
            if v:
                self.ignore(k, phone_digits(v) if k == "phone_number" else (v.lower() if k == "email_address" else v))

    def assess(self, severity, likelihood, basis):
        self.grade = dict(severity=severity, likelihood=likelihood,
                          reportable=likelihood >= 3 and severity >= 2, basis=list(basis))

    def record(self):
        ids = {k: sorted(v) for k, v in sorted(self.ids.items()) if v}
        ign = {k: sorted(v) for k, v in sorted(self.ign.items()) if v}
        assert self.grade, self.file
        return {"file": self.file, "scenario": self.scenario, "tags": sorted(self.tags),
                "identifiers": ids, "names": list(self.names), "ignorable_names": sorted(self.ign_names),
                "ignorable": ign, "subjects": self.subjects, "special_categories": sorted(self.cats),
                "near_miss": self.near_miss, "no_identifiers": not ids and not self.names,
                "assessment": self.grade}


# ------------------------------------------------------------------ MIME helpers


def _bnd(ctx, i=0):
    h = hashlib.sha256(f"{ctx.file}/{i}".encode()).hexdigest()
    return f"----=_NextPart_{h[:8]}_{h[8:16]}.{h[16:24]}"


def mid(ctx, domain="nhs.net", i=0):
    h = hashlib.sha256(f"mid/{ctx.file}/{i}".encode()).hexdigest()
    return f"<{h[:16]}.{h[16:28]}@{domain}>"


def text_part(s, subtype="plain", cte="quoted-printable"):
    import email.charset as ec
    cs = ec.Charset("utf-8")
    cs.body_encoding = {"quoted-printable": ec.QP, "base64": ec.BASE64, "8bit": None}[cte]
    return MIMEText(s, subtype, cs)


def attach(data, filename, maintype, subtype):
    p = MIMEBase(maintype, subtype, name=filename)
    p.set_payload(data)
    import email.encoders as enc
    enc.encode_base64(p)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
PDF = ("application", "pdf")
CSV = ("text", "csv")


def build(ctx, frm, to, subject, date, body, html=None, atts=(), cc=None, headers=(), domain="nhs.net",
          cte="quoted-printable"):
    """body: plain text (or None for HTML-only); atts: list of MIME parts."""
    if html is not None and body is not None:
        alt = MIMEMultipart("alternative", boundary=_bnd(ctx, 1))
        alt.attach(text_part(body, "plain", cte))
        alt.attach(text_part(html, "html", cte))
        main = alt
    elif html is not None:
        main = text_part(html, "html", cte)
    else:
        main = text_part(body, "plain", cte)
    if atts:
        m = MIMEMultipart("mixed", boundary=_bnd(ctx, 0))
        m.attach(main)
        for a in atts:
            m.attach(a)
    else:
        m = main
    m["From"] = hdr(frm)
    m["To"] = hdr(to)
    if cc:
        m["Cc"] = hdr(cc)
    m["Subject"] = hdr(subject)
    m["Date"] = date
    m["Message-ID"] = mid(ctx, domain)
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    for k, v in headers:
        m[k] = v
    return m


def as_bytes(m):
    buf = io.BytesIO()
    BytesGenerator(buf, policy=policy.SMTP, mangle_from_=False).flatten(m)
    return buf.getvalue()


def hdr(s):
    """Encode a header value as RFC 2047 when it is not ASCII (addresses kept readable)."""
    from email.header import Header
    from email.utils import formataddr, getaddresses
    if all(ord(c) < 128 for c in s):
        return s
    if "@" in s:
        return ", ".join(formataddr((n, a), charset="utf-8") for n, a in getaddresses([s]))
    return Header(s, "utf-8").encode()


def addr(name, email):
    return f'"{name}" <{email}>' if "," in name else f"{name} <{email}>"


def rfc822(inner):
    return MIMEMessage(inner)


# ------------------------------------------------------------------ office documents (deterministic)


def _fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                b = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                           rb"\g<1>2026-10-01T09:00:00Z\g<3>", b)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, b)
    return out.getvalue()


def xlsx_bytes(sheets, hidden=()):
    """sheets: list of (title, rows, widths); rows are lists. hidden: titles of hidden sheets."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows, bold_rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
        for br in bold_rows:
            for c in ws[br]:
                c.font = Font(bold=True)
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, (dt.date, dt.datetime)):
                    cell.number_format = "DD/MM/YYYY"
        for col in ws.columns:
            w = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(max(w + 2, 8), 45)
        if title in hidden:
            ws.sheet_state = "hidden"
    fixed = dt.datetime(2026, 10, 1, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "NHS User"
    wb.properties.lastModifiedBy = "NHS User"
    buf = io.BytesIO()
    wb.save(buf)
    return _fix_zip(buf.getvalue())


def docx_bytes(paras, table=None, author="NHS User"):
    """paras: list of str or (str, 'bold'|'title'|'right'); table: list of rows (first row header)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    for p in paras:
        style = None
        if isinstance(p, tuple):
            p, style = p
        para = d.add_paragraph()
        run = para.add_run(p)
        if style in ("bold", "title"):
            run.bold = True
        if style == "right":
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if p == "<<TABLE>>" and table:
            para.clear()
            t = d.add_table(rows=0, cols=len(table[0]))
            t.style = "Table Grid"
            for row in table:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = str(v)
    cp = d.core_properties
    fixed = dt.datetime(2026, 10, 1, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.author = author
    cp.last_modified_by = author
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return _fix_zip(buf.getvalue())


PDF_SOURCES = {}


def pdf_bytes(key, title, lines):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2026, 10, 1, 9, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_creator("EMIS Web")
    pdf.set_producer("fpdf2")
    pdf.file_id = lambda: "<" + hashlib.md5(key.encode()).hexdigest().upper() + "><" + \
        hashlib.md5(key.encode()).hexdigest().upper() + ">"
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    for ln in lines:
        if ln.startswith("## "):
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, ln[3:], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 10)
        else:
            pdf.multi_cell(0, 5, ln if ln else " ", new_x="LMARGIN", new_y="NEXT")
    PDF_SOURCES[key] = title + "\n" + "\n".join(lines)
    return bytes(pdf.output())


def csv_bytes(rows, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    s = buf.getvalue()
    return (("\ufeff" if bom else "") + s).encode("utf-8")


DISCLAIMER_NHSMAIL = (
    "********************************************************************************************************************\n"
    "This message may contain confidential information. If you are not the intended recipient please inform the\n"
    "sender that you have received the message in error before deleting it.\n"
    "Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do\n"
    "so is strictly prohibited and may be unlawful. Thank you for your co-operation.\n\n"
    "NHSmail is the secure email and directory service available for all NHS staff in England and Scotland. NHSmail is approved\n"
    "for exchanging patient data and other sensitive information with NHSmail and other accredited email services.\n\n"
    "For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail\n"
    "********************************************************************************************************************")

EMAILS = []


def email(fn):
    EMAILS.append(fn)
    return fn


# ================================================================== EMAILS
# (each function returns (ctx, message))

def outlook_hdr(frm, sent, to, subject, cc=None):
    s = f"________________________________\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n\n"


def quote(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.split("\n"))


@email
def e001():
    c = Ctx("001-dn-caseload-xlsx-to-care-agency.eml", "xlsx_title_row_misdirected_external",
            ["xlsx", "title_row", "inline_outlook", "community_nursing"])
    c.cats.add("health")
    c.staff("Bronwen Pritchard", "bronwen.pritchard@nhs.net", "0114 496 0732", mobile="07700 900 615")
    c.staff("Leanne Hutchinson", "leanne.hutchinson3@nhs.net")
    c.ignore("email_address", "office@brightwayhomecare.co.uk")
    c.ignore("email_address", "eastbrook.westdn@nhs.net")
    c.ignore("email_address", MAILBOX)
    rows = [
        (nhs("485777321"), "WIŚNIEWSKI", "Tomasz", "12/03/1958", "1958-03-12", "14 Larch Close, Rotherham", "S60 3HN",
         "07700 900 184", "KS 4471", "Leg ulcer dressing - compression", "Mon/Thu"),
        (nhs("612093457"), "HOLLINGWORTH", "Doreen", "02/11/1936", "1936-11-02", "7 Mill Lane, Rotherham", "S61 2BQ",
         "01632 960 204", "KS 0290 (side door)", "Insulin - Novorapid 12u BD, BM check", "Daily x2"),
        (nhs("731554096"), "ADEBAYO", "Folasade", "30/06/1949", "1949-06-30", "Flat 3 Carlton House, Wath upon Dearne", "S63 7RH",
         "07700 900 522", "", "Grade 3 pressure ulcer sacrum", "Alt days"),
        (nhs("447812003"), "MCGRATH", "Patrick", "19/01/1944", "1944-01-19", "52 Fitzwilliam Road, Rotherham", "S65 1PU",
         "01632 960 871", "KS 1966", "Catheter change (long term) - due 21/10", "Monthly"),
        (nhs("943660215"), "BEGUM", "Rahima", "05/08/1952", "1952-08-05", "118 Doncaster Road, Rotherham", "S65 2DH",
         "07700 900 977", "", "B12 injection, bloods", "3 monthly"),
        (nhs("668201390"), "O'SULLIVAN", "Kathleen", "23/12/1929", "1929-12-23", "Rose Cottage, Wickersley", "S66 1DN",
         "01632 960 118", "KS 7010", "End of life - just in case meds in home, syringe driver", "Daily"),
    ]
    table = [["Eastbrook District Nursing - West Team caseload handover w/c 12/10/2026", None, None, None, None,
              None, None, None, None, None],
             [None] * 10,
             ["NHS No", "Surname", "Forename", "DOB", "Address", "Postcode", "Tel", "Key safe", "Visit reason",
              "Freq"]]
    for n, sur, fore, dob, iso, ad, pc, tel, ks, why, fq in rows:
        table.append([sp(n), sur, fore, dob, ad, pc, tel, ks, why, fq])
        proper = {"WIŚNIEWSKI": "Wiśniewski", "MCGRATH": "McGrath", "O'SULLIVAN": "O'Sullivan"}.get(sur, sur.title())
        c.subject(f"{fore} {proper}", nhs_number=n, date_of_birth=iso,
                  postcode=pc, phone_number=phone_digits(tel),
                  address=f"{ad.split(',')[0]}, {ad.split(',')[1].strip()}, {pc}")
    data = xlsx_bytes([("Handover", table, [1, 3])])
    body = """Hi IG

Reporting on behalf of my team - one of our admin (Leanne) sent the West Team weekly handover spreadsheet to Brightway Home Care this morning instead of our own West DN inbox. Autocomplete picked the wrong "Brightway"/"West" address I think. It has 6 of our housebound patients on it incl key safe numbers.

I've rung Brightway and asked their office manager to delete it, she said she would but hasn't put anything in writing yet. Leanne has tried to recall it, recall failed.

Datix W-118204 done. Forwarded below with the attachment.

Thanks
Bronwen

Bronwen Pritchard
District Nursing Team Leader - West Team
Eastbrook Community Services
Tel: 0114 496 0732 | Mob: 07700 900 615

""" + outlook_hdr("Hutchinson Leanne (EASTBROOK COMMUNITY SERVICES) <leanne.hutchinson3@nhs.net>",
                  "12 October 2026 08:41", "office@brightwayhomecare.co.uk",
                  "West team handover wc 12.10") + """Morning, handover for this week attached, 2 new (Mrs O'Sullivan and Mrs Begum). Ta

Leanne Hutchinson
Administrator, Eastbrook DN West

""" + DISCLAIMER_NHSMAIL + "\n"
    m = build(c, "Pritchard Bronwen (EASTBROOK COMMUNITY SERVICES) <bronwen.pritchard@nhs.net>", MAILBOX_HDR,
              "FW: West team handover wc 12.10 - SENT TO WRONG ORGANISATION", "Mon, 12 Oct 2026 09:27:13 +0100",
              body, atts=[attach(data, "West DN handover wc 12.10.26.xlsx", *XLSX)])
    c.assess(3, 3, ["health information about 6 identified patients (visit reasons, insulin, pressure ulcer, end of life care)",
                    "sent to a domiciliary care agency outside the trusted domains (brightwayhomecare.co.uk)",
                    "no written confirmation of deletion; recall failed",
                    "housebound patients with key safe codes disclosed"])
    return c, m


@email
def e002():
    c = Ctx("002-emis-summary-wrong-namesake.eml", "wrong_namesake_contained",
            ["emis_summary", "inline_outlook", "quoted_reply", "namesake", "primary_care"])
    c.cats.update({"health", "mental_health"})
    c.staff("Joanne Keane", "joanne.keane@nhs.net", "0161 496 0455")
    c.staff("Priya Raval", "riverside.reception@nhs.net")
    c.ignore("person_name", "Dr A Farooq")
    c.ignore("person_name", "Mick")
    c.ignore("email_address", "mick.obrien.64@gmail.com")
    c.ignore("email_address", "riverside.reception@nhs.net")
    c.ignore("email_address", MAILBOX)
    c.ignore("postcode", "M6 5FX")
    n = nhs("621507338")
    c.subject("Michael O'Brien", nhs_number=n, date_of_birth="1964-07-03", postcode="M6 8PL",
              address="27 Glenview Road, Salford, M6 8PL", phone_number="07700900418")
    summary = f"""MR Michael O'BRIEN (Mr)   03-Jul-1964 (62y)   NHS {sp(n)}
27 Glenview Road, Salford, Greater Manchester, M6 8PL   Mobile: 07700 900418
Usual GP: Dr A Farooq   Riverside Medical Practice

Problems
Active
  14-Feb-2023  Depressive episode - moderate
  09-Sep-2019  Type 2 diabetes mellitus
  21-Jun-2016  Essential hypertension
Past
  02-Apr-2011  Fracture of radius (right)

Medication
Acute
  (none)
Repeat
  Metformin 500mg modified-release tablets   two tablets twice a day
  Sertraline 100mg tablets   one tablet daily
  Ramipril 5mg capsules   one capsule daily

Consultation  02-Oct-2026  Dr A Farooq (GP)  Surgery consultation
  History: mood improving on sertraline, sleeping better, no thoughts of self harm
  Examination: BP 138/84
  Plan: continue, HbA1c in 3/12, review 6 weeks"""
    quoted_orig = """From: Riverside Reception <riverside.reception@nhs.net>
Sent: 05 October 2026 11:02
To: Michael O'Brien <mick.obrien.64@gmail.com>
Subject: Your medical summary

Dear Mr O'Brien,

As requested at the desk, please see your summary below for your insurance form.

""" + summary + """

Kind regards
Priya
Reception Team, Riverside Medical Practice"""
    reply = """I think you've got the wrong Michael O'Brien. I'm not a patient of yours, I live in Bolton and I've never been to Riverside. I have not read it properly, I have deleted it from my inbox and my deleted items. You might want to check who you're sending these to.

Mick

On Mon, 5 Oct 2026 at 11:02, Riverside Reception <riverside.reception@nhs.net> wrote:
""" + quote(quoted_orig)
    body = """Hello,

Please log the below. Our receptionist emailed a patient's summary to the wrong Michael O'Brien - she picked the gmail address from a search rather than the one on the patient's record. The recipient has replied (below) confirming he has deleted it. I have phoned the correct patient and apologised.

Regards

Joanne Keane
Practice Manager
Riverside Medical Practice, Eccles New Road, Salford M6 5FX
0161 496 0455

""" + outlook_hdr("Michael O'Brien <mick.obrien.64@gmail.com>", "05 October 2026 13:47",
                  "Riverside Reception <riverside.reception@nhs.net>", "Re: Your medical summary") + reply + "\n"
    m = build(c, "KEANE, Joanne (RIVERSIDE MEDICAL PRACTICE) <joanne.keane@nhs.net>", MAILBOX_HDR,
              "FW: Re: Your medical summary", "Mon, 05 Oct 2026 14:20:41 +0100", body)
    c.assess(4, 2, ["mental health (depressive episode, sertraline) about an identified patient",
                    "sent to a member of the public with the same name outside the trusted domains (gmail.com)",
                    "containment: recipient confirmed in writing he deleted it (likelihood -1)"])
    return c, m


@email
def e003():
    c = Ctx("003-podiatry-clinic-list-csv-wrong-nhsmail.eml", "csv_merged_name_column_internal",
            ["csv", "merged_name_column", "dob_two_digit_year", "podiatry", "community"])
    c.cats.add("health")
    c.staff("Gareth Lloyd-Jones", "gareth.lloydjones@nhs.net", "0115 496 0219")
    c.staff("Amina Yusuf", "amina.yusuf5@nhs.net")
    c.ignore("email_address", "podiatry.bookings@nhs.net")
    c.ignore("email_address", MAILBOX)
    rows = [
        ("KOWALCZYK, Agnieszka", "Agnieszka Kowalczyk", nhs("402338917"), "17.05.61", "1961-05-17", "Diabetic foot review - high risk, previous ulcer L hallux"),
        ("BROWN, Derek", "Derek Brown", nhs("698004452"), "04.02.47", "1947-02-04", "Nail surgery (TNA) R hallux"),
        ("MENSAH, Abena", "Abena Mensah", nhs("720148863"), "29.09.70", "1970-09-29", "Diabetic foot annual review"),
        ("NÍ CHONAILL, Orla", "Orla Ní Chonaill", nhs("413926570"), "11.11.88", "1988-11-11", "MSK - plantar fasciitis"),
        ("PATEL, Jayesh", "Jayesh Patel", nhs("955218047"), "08.06.55", "1955-06-08", "Charcot foot - offloading review"),
        ("HUGHES, Eirlys", "Eirlys Hughes", nhs("633870129"), "21.03.39", "1939-03-21", "Nail care - warfarin, PVD"),
        ("ABDI, Hodan", "Hodan Abdi", nhs("487066231"), "02.12.66", "1966-12-02", "Diabetic foot - active ulcer, dressings"),
    ]
    table = [["Patient Name", "NHS Number", "D.O.B", "Clinic", "Time", "Reason"]]
    for i, (merged, name, n, dob, iso, why) in enumerate(rows):
        table.append([merged, n, dob, "Bulwell Riverside - Room 4", f"{9 + i // 2:02d}:{(i % 2) * 30:02d}", why])
        c.subject(name, nhs_number=n, date_of_birth=iso)
    data = csv_bytes(table)
    body = f"""Hi,

Sorry - I need to report this. I sent tomorrow's Bulwell podiatry clinic list to podiatry.bookings@nhs.net thinking it was our bookings team but it turns out it belongs to a podiatry service in another trust (Derbyshire I think). It is an nhs.net address at least. I've emailed them asking them to delete it, no reply yet.

7 patients on it (CSV attached, what I sent).

Amina has been informed.

Gareth

Gareth Lloyd-Jones
Podiatry Administrator
Nottingham Community Health
0115 496 0219

{DISCLAIMER_NHSMAIL}
"""
    m = build(c, "Gareth Lloyd-Jones <gareth.lloydjones@nhs.net>", MAILBOX_HDR,
              "Clinic list sent to wrong nhs.net address", "Wed, 14 Oct 2026 16:05:52 +0100",
              body, cc="Amina Yusuf <amina.yusuf5@nhs.net>",
              atts=[attach(data, "Bulwell_podiatry_15-10-26.csv", *CSV)])
    c.assess(3, 2, ["health information (foot ulcers, Charcot, warfarin) about 7 identified patients",
                    "sent to a podiatry service in another NHS organisation inside the trusted domains (nhs.net)"])
    return c, m


@email
def e004():
    c = Ctx("004-carers-register-xlsx-to-community-cafe.eml", "xlsx_patient_and_carer_per_row",
            ["xlsx", "patient_and_carer_rows", "html_only", "social_prescribing", "pcn"])
    c.cats.update({"health", "mental_health"})
    c.staff("Nadia Hussain", "nadia.hussain12@nhs.net", "0114 496 0581", mobile="07700 900 263")
    c.ignore("email_address", "hello@stgilescommunitycafe.org.uk")
    c.ignore("email_address", MAILBOX)
    c.ignore("person_name", "Margaret")
    rows = [
        ("Grace Adjei", nhs("467102583"), "14/04/1940", "1940-04-14", "Alzheimer's dementia", "Kofi Adjei", "Son",
         "07700 900 351", "22 Abbeydale Road, Sheffield", "S7 1FL"),
        ("Eileen Gallagher", nhs("700216659"), "01/09/1946", "1946-09-01", "Parkinson's disease, falls", "Seamus Gallagher",
         "Husband", "0114 496 0127", "5 Meersbrook Park Road, Sheffield", "S8 9FP"),
        ("Rajinder Kaur Sandhu", nhs("956013477"), "27/02/1951", "1951-02-27", "Stroke (2024) - left hemiparesis",
         "Harpreet Sandhu", "Daughter-in-law", "07700 900 842", "61 Chesterfield Road, Sheffield", "S8 0RL"),
        ("Dafydd Evans", nhs("681440235"), "10/10/1958", "1958-10-10", "Paranoid schizophrenia, depot via CMHT",
         "Carys Evans", "Sister", "07700 900 096", "3 Hunter House Road, Sheffield", "S11 8TW"),
        ("Wei Zhang", nhs("423987115"), "19/06/1944", "1944-06-19", "COPD - home oxygen", "Yan Liu", "Wife",
         "0114 496 0909", "148 Ecclesall Road, Sheffield", "S11 8HW"),
    ]
    table = [["Patient name", "NHS No", "Patient DOB", "Main condition(s)", "Carer name", "Relationship",
              "Carer tel", "Address (shared)", "Postcode", "Consent to share with VCS?"]]
    for pn, n, dob, iso, cond, cn, rel, tel, ad, pc in rows:
        table.append([pn, sp(n), dob, cond, cn, rel, tel, ad, pc, "Not recorded"])
        full = f"{ad}, {pc}"
        c.subject(pn, nhs_number=n, date_of_birth=iso, address=full, postcode=pc)
        c.subject(cn, phone_number=phone_digits(tel), address=full, postcode=pc)
    data = xlsx_bytes([("Carers", table, [1])])
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hello breach team,</p>
<p>I think I have made a mistake and need to report it. St Giles Community Caf&eacute; run a carers' coffee morning and asked
me for names of carers who might like an invite. I sent them our PCN carers register spreadsheet (attached) which has the
<b>patients' details and conditions</b> on it as well as the carers, not just the carer names. It went to their general
inbox <a href="mailto:hello@stgilescommunitycafe.org.uk">hello@stgilescommunitycafe.org.uk</a> at 10.15 today.</p>
<p>Margaret who runs the caf&eacute; said on the phone she had opened it and printed the carer list for the volunteers, she's going to
find the printout. I have asked her to delete the email.</p>
<p>Really sorry,<br>Nadia</p>
<p style="color:#555">Nadia Hussain<br>Social Prescribing Link Worker<br>Hallam Central Primary Care Network<br>
Tel 0114 496 0581 &middot; Mobile 07700 900 263<br>Working days Mon-Thu</p>
</body></html>"""
    m = build(c, "Nadia Hussain <nadia.hussain12@nhs.net>", MAILBOX_HDR, "Carers list sent to community cafe",
              "Tue, 20 Oct 2026 11:02:09 +0100", None, html=html,
              atts=[attach(data, "Hallam Central PCN carers register Oct26.xlsx", *XLSX)])
    c.assess(4, 3, ["mental health (schizophrenia, CMHT depot) and other health conditions of identified patients",
                    "5 patients and their 5 carers identified (carers' phone numbers and addresses)",
                    "sent to a voluntary-sector cafe outside the trusted domains; opened and printed",
                    "no consent to share recorded; no confirmation of deletion yet"])
    return c, m


@email
def e005():
    c = Ctx("005-sexual-health-prep-to-not-bcc.eml", "to_not_bcc_sensitive_service",
            ["forward_as_attachment", "html_only", "to_not_bcc", "sexual_health", "rfc822"])
    c.cats.update({"health", "sexual_health"})
    c.staff("Callum Fraser", "callum.fraser@nhs.net", "0191 498 0632")
    c.ignore("email_address", "castlegate.sexualhealth@nhs.net")
    c.ignore("email_address", MAILBOX)
    recips = [("Daniel Okafor", "danokafor@hotmail.co.uk"), (None, "jamie.r.mcallister@gmail.com"),
              ("Tomás Ó Ceallaigh", "tomas.oceallaigh@outlook.com"), ("Wright, Lewis", "lewiswright92@yahoo.co.uk"),
              (None, "kwesi.boateng@icloud.com"), ("Ravi Chandrasekar", "ravi.chandrasekar@gmail.com"),
              ("Marek Zieliński", "marek.zielinski87@gmail.com"), (None, "aled.williams.caerdydd@btinternet.com"),
              ("Chen Jun", "chenjun1990@hotmail.com"), ("Ahmed Warsame", "a.warsame@outlook.com"),
              (None, "sam.t.2001@gmail.com"), ("Ionuț Dumitrescu", "ionut.dumitrescu@yahoo.com")]
    from email.utils import formataddr
    to = ", ".join(formataddr((n, a), charset="utf-8") if n else a for n, a in recips)
    for n, a in recips:
        c.subject(("Lewis Wright" if n == "Wright, Lewis" else n), email_address=a)
    inner_html = """<html><body style="font-family:Arial,sans-serif">
<p>Dear patient,</p>
<p>From Monday 2 November 2026 the <b>PrEP and HIV prevention clinic</b> will move from the Castlegate Centre to
Level 2, Grainger Health Hub. Your existing appointment time will not change. Please bring your PrEP tablets if you are
due a 3-monthly review, and remember to complete your STI self-test kit before you attend.</p>
<p>If you need to rearrange please call the appointment line.</p>
<p>Castlegate Sexual Health Service<br>Confidential &ndash; please do not forward</p>
</body></html>"""
    inner = build(c, "Castlegate Sexual Health <castlegate.sexualhealth@nhs.net>", to,
                  "Change to your PrEP clinic location", "Thu, 22 Oct 2026 15:31:00 +0100", None, html=inner_html)
    del inner["Message-ID"]
    inner["Message-ID"] = mid(c, "nhs.net", 7)
    body = """IG team,

Reporting a serious one, sorry. At 15:31 today our admin sent the PrEP clinic move notice to 12 of our PrEP patients
with all the addresses in the To: line instead of Bcc. Everyone on it can see everyone else's email address (several
show full names) and the email makes it obvious they are PrEP/sexual health clinic patients. The sent message is
attached as it went out.

We tried recall at 15:40 - 4 of 12 say recalled, the rest failed (external addresses, gmail/hotmail etc).
Two patients have already rung the clinic upset. Clinical lead Dr Anand is aware.

Callum Fraser
Senior Health Adviser
Castlegate Sexual Health Service
Newcastle Community Health
0191 498 0632
"""
    m = build(c, "Callum Fraser <callum.fraser@nhs.net>", MAILBOX_HDR,
              "URGENT - PrEP patients email sent To not Bcc", "Thu, 22 Oct 2026 16:12:44 +0100", body,
              atts=[rfc822(inner)])
    c.ignore("person_name", "Dr Anand")
    c.assess(4, 3, ["sexual health: recipients identifiable as PrEP / HIV prevention clinic patients",
                    "12 recipients' email addresses (8 with full names) disclosed to each other, outside the trusted domains",
                    "recall failed for 8 of 12 external recipients; patients already distressed"])
    return c, m


@email
def e006():
    c = Ctx("006-lost-dn-run-sheet-paper.eml", "lost_paper",
            ["lost_paper", "dob_ordinal", "welsh_names", "community_nursing", "plain"])
    c.cats.add("health")
    c.staff("Siân Llewellyn", "sian.llewellyn2@wales.nhs.uk", "029 2018 0744", mobile="07700 900 530")
    c.ignore("email_address", MAILBOX)
    pts = [
        ("Mr Gwilym Morgan", "Gwilym Morgan", nhs("712440018"), "4th May 1937", "1937-05-04", "12 Heol y Nant, Pontypridd", "CF37 4PL",
         "4 layer bandaging both legs, KS 2207"),
        ("Mrs Mair Jenkins", "Mair Jenkins", nhs("659013382"), "19th August 1931", "1931-08-19", "3 Tŷ Coch Terrace, Treforest", "CF37 1RT",
         "insulin 22 units am, BM, diabetic - lives alone"),
        ("Mr Dewi Rhys", "Dewi Rhys", nhs("743006251"), "1st December 1950", "1950-12-01", "44 Bassett Street, Abercynon", "CF45 4SP",
         "MND - PEG site check, wife main carer"),
        ("Ms Chidinma Eze", "Chidinma Eze", nhs("458229136"), "22nd January 1979", "1979-01-22", "Flat 6 Berw Court, Pontypridd", "CF37 2AA",
         "post-op abdo wound, VAC dressing change"),
        ("Mrs Iris Thomas", "Iris Thomas", nhs("607745820"), "30th June 1926", "1926-06-30", "9 Graigwen Road, Pontypridd", "CF37 2EG",
         "palliative - JIC meds in house, DNACPR in place, KS 1111"),
    ]
    lines = []
    for i, (t, name, n, dob, iso, ad, pc, note) in enumerate(pts, 1):
        lines.append(f"{i}. {t} - DOB {dob} - NHS {sp(n)}\n   {ad} {pc}\n   {note}")
        c.subject(name, nhs_number=n, date_of_birth=iso, postcode=pc, address=f"{ad}, {pc}")
    body = """Hi

I need to report lost paperwork. I had my printed run sheet for this afternoon (printed from the system at 12.30) and I think it blew out of my folder when I was getting into the car on Taff Street, Pontypridd outside the pharmacy, around 1.15pm. I went back and looked up and down the street and in the pharmacy, nobody has handed it in. I've rung the police non emergency to report it as lost property.

What was on the sheet (I've reprinted it so I know exactly):

""" + "\n\n".join(lines) + """

Key safe numbers were on it for Mr Morgan and Mrs Thomas - I've asked the families to change them today.

Sorry, I know this is bad. My team lead knows.

Siân

Siân Llewellyn
Community Staff Nurse
Pontypridd & Taf Ely District Nursing
Ffôn/Tel: 029 2018 0744  Mob: 07700 900 530
"""
    m = build(c, "Llewellyn, Siân (Cwm Taf Community) <sian.llewellyn2@wales.nhs.uk>", MAILBOX_HDR,
              "Lost run sheet - Pontypridd", "Fri, 23 Oct 2026 15:48:20 +0100", body, cte="8bit",
              domain="wales.nhs.uk")
    c.assess(3, 3, ["health information about 5 identified housebound patients (diagnoses, DNACPR, insulin)",
                    "paper run sheet lost in a public street, not recovered",
                    "key safe codes for two homes were on the sheet"])
    return c, m


@email
def e007():
    c = Ctx("007-reception-overheard-verbal-disclosure.eml", "verbal_disclosure_reception",
            ["verbal", "complaint", "primary_care", "plain", "somali_name"])
    c.cats.update({"health", "reproductive_health"})
    c.staff("Rebecca Thornton", "rebecca.thornton@nhs.net", "0117 496 0318")
    c.ignore("person_name", "Kerry")
    c.ignore("email_address", MAILBOX)
    c.ignore("postcode", "BS5 6XX")
    c.subject("Ifrah Hassan", date_of_birth="2007-02-14", phone_number="07700900733")
    body = """Dear IG,

I'd like advice on whether the following needs to go further.

A young patient, Ifrah Hassan (DOB 14/02/2007), came to the front desk yesterday afternoon (Monday) to ask about a referral. The receptionist on duty (Kerry) checked her details out loud - name and date of birth - and then said, loud enough for the waiting room to hear, that the referral to the pregnancy advisory service for a termination had gone through and BPAS would ring her.

Miss Hassan came back in this morning very distressed. She says a woman who knows her family was sitting in the waiting room and she is frightened it will get back to her family. She has asked us to contact her only on her mobile 07700 900733 and not to write to her home.

I have spoken to Kerry and we are reviewing how reception confirms identity (we do have a "no details out loud" notice). I have apologised to Miss Hassan and she has made a verbal complaint.

Is this something the ICO would need to know about?

Thanks,

Rebecca Thornton
Practice Manager
Lawrence Hill Health Centre, Bristol BS5 6XX
0117 496 0318
"""
    m = build(c, "Rebecca Thornton <rebecca.thornton@nhs.net>", MAILBOX_HDR,
              "Advice please - patient info overheard at reception", "Tue, 27 Oct 2026 10:14:03 +0000", body)
    c.assess(4, 3, ["reproductive health (termination referral) about an identified young woman",
                    "said aloud at reception: disclosed to members of the public in the waiting room, one known to her family",
                    "patient distressed; cannot be contained"])
    return c, m


@email
def e008():
    c = Ctx("008-pharmacy-hub-instagram-bag-labels.eml", "social_media_post",
            ["social_media", "pcn_pharmacy", "substance_misuse", "inline_outlook"])
    c.cats.update({"health", "substance_misuse", "mental_health"})
    c.staff("Hannah Whitfield", "hannah.whitfield1@nhs.net", "01204 496 0227")
    c.staff("Ewa Lis", "ewa.lis@nhs.net")
    c.ignore("email_address", MAILBOX)
    c.subject("Jerzy Nowak", address="31 Brook Street, Bolton, BL3 6LX", postcode="BL3 6LX")
    c.subject("Hawa Jalloh", address="8 Deane Road, Bolton, BL3 5AB", postcode="BL3 5AB")
    c.subject("Niamh Doyle", address="Flat 12 Coronation Court, Bolton, BL1 4DE", postcode="BL1 4DE")
    body = """Hi all,

Flagging a social media breach from the Farnworth & Kearsley PCN pharmacy hub. One of our dispensing assistants posted an Instagram story (public account, about 900 followers) on Saturday showing the bagged-up shelf with the caption "Saturday madness". Someone tagged the practice and our comms team spotted it this morning. She's taken it down (it was up roughly 40 hours, Instagram shows 212 views) and the screenshot from comms is below - I've typed out what can be read on the bag labels when you zoom in:

  Bag 1:  Mr Jerzy NOWAK  31 Brook Street, Bolton BL3 6LX
          Methadone 1mg/ml oral solution sugar free - 60ml daily - SUPERVISED CONSUMPTION
  Bag 2:  Mrs Hawa JALLOH  8 Deane Road, Bolton BL3 5AB
          (contents label not readable - Dosette / MDS tray)
  Bag 3:  Ms Niamh DOYLE  Flat 12 Coronation Court, Bolton BL1 4DE
          Sertraline 50mg tablets ... (rest obscured)

The staff member has been spoken to by Ewa (hub lead) and is very apologetic. We haven't contacted the patients yet - wanted your advice first.

""" + outlook_hdr("Comms Team <farnworthkearsley.comms@nhs.net>", "02 November 2026 09:12",
                  "Whitfield Hannah <hannah.whitfield1@nhs.net>", "Instagram post - pharmacy hub ??") + """Hannah - one of your staff's story this weekend has patients' bags in it, names are readable. Screenshot attached to Teams chat. Can you get it taken down asap please.

Hannah Whitfield
Clinical Pharmacist / Medicines Optimisation Lead
Farnworth & Kearsley PCN
01204 496 0227
"""
    c.ignore("email_address", "farnworthkearsley.comms@nhs.net")
    m = build(c, "Whitfield Hannah (FARNWORTH AND KEARSLEY PCN) <hannah.whitfield1@nhs.net>", MAILBOX_HDR,
              "FW: Instagram post - pharmacy hub ??", "Mon, 02 Nov 2026 10:30:27 +0000", body)
    c.assess(4, 4, ["substance misuse (supervised methadone) and mental health medication linked to named patients with addresses",
                    "published on a public Instagram account for ~40 hours (212 views)",
                    "post removed, but publication cannot be undone"])
    return c, m


@email
def e009():
    c = Ctx("009-rio-audit-snooping-misuse.eml", "misuse_inappropriate_access",
            ["misuse", "rio_audit", "mental_health_trust", "hospital_number", "inline_outlook"])
    c.cats.update({"health", "mental_health"})
    c.staff("Fiona MacLeod", "fiona.macleod7@nhs.net", "0191 498 0218")
    c.staff("Kelly Fenwick")
    c.staff("Stuart Doig", "privacy.monitoring@nhs.net")
    c.ignore("email_address", MAILBOX)
    rows = [
        ("1043387", nhs("409774125"), "KAUR, Simran", "Simran Kaur", "03/05/1990", "1990-05-03",
         "Progress Notes; Risk Assessment; Mental Health Act - Section 2 papers", "04/11/2026 22:14"),
        ("1187752", nhs("725330986"), "RAFFERTY, Liam", "Liam Rafferty", "17/10/1983", "1983-10-17",
         "Client Demographics; Contacts; Care Plan", "04/11/2026 22:19"),
        ("0998214", nhs("637118804"), "NWOSU, Adaeze", "Adaeze Nwosu", "09/01/2001", "2001-01-09",
         "Progress Notes; Discharge Summary (Ward 4 - Bamburgh)", "05/11/2026 07:02"),
    ]
    lines = ["RiO Audit Trail extract - user FENWICKK (Kelly Fenwick, Admin Band 3, CMHT North)",
             "Client ID | NHS Number   | Client Name     | DOB        | Screens viewed | Accessed",
             "----------+--------------+-----------------+------------+----------------+---------"]
    for cid, n, merged, name, dob, iso, screens, when in rows:
        lines.append(f"{cid}   | {sp(n)} | {merged:15s} | {dob} | {screens} | {when}")
        c.subject(name, nhs_number=n, date_of_birth=iso, hospital_number=cid)
    audit = "\n".join(lines)
    body = """Breach mailbox - logging for the record, I am handling this one as DPO.

Summary: privacy monitoring flagged out-of-hours access by an administrator in CMHT North to three patients who are not on her team's caseload. One of them (Ms Kaur) had already contacted PALS to say details of her recent admission under section were being talked about on a local WhatsApp group. The staff member lives on the same street. Access suspended, HR informed, this is a potential s170 DPA 2018 offence and I will be referring to the ICO.

""" + outlook_hdr("Privacy Monitoring <privacy.monitoring@nhs.net>", "05 November 2026 16:40",
                  "MacLeod Fiona <fiona.macleod7@nhs.net>", "Alert 2026-311 - no legitimate relationship") + """Fiona,

Alert 2026-311 below. None of the three are on CMHT North caseload and the user has no role in Bamburgh ward. No clinical or admin task linked to any of the accesses.

""" + audit + """

Stuart Doig
Privacy Monitoring Officer

Fiona MacLeod
Head of Information Governance & Data Protection Officer
Tyne Coast Mental Health NHS Foundation Trust
0191 498 0218
"""
    m = build(c, "MacLeod Fiona (TYNE COAST MH NHS FT) <fiona.macleod7@nhs.net>", MAILBOX_HDR,
              "FW: Alert 2026-311 - no legitimate relationship", "Thu, 05 Nov 2026 17:05:10 +0000", body)
    c.assess(4, 5, ["mental health records (Mental Health Act section, risk assessment) of 3 identified patients",
                    "deliberate access without a business need by a member of staff (misuse)",
                    "patient reports the information has been spread on WhatsApp"])
    return c, m


@email
def e010():
    c = Ctx("010-staff-member-own-physio-referral.eml", "staff_member_is_subject",
            ["staff_as_patient", "systmone_letter", "internal", "msk_physio", "plain"])
    c.cats.update({"health", "mental_health"})
    c.ignore("email_address", "efua.owusu@nhs.net")
    c.ignore("person_name", "Owusu Efua")
    c.ignore("phone_number", "01134960572")
    c.ignore("email_address", "dnteam.central@nhs.net")
    c.ignore("email_address", MAILBOX)
    c.staff("Tom Bairstow", "tom.bairstow@nhs.net")
    n = nhs("694402817")
    c.subject("Efua Owusu", nhs_number=n, date_of_birth="1986-09-07", postcode="LS11 7DN",
              address="19 Cranbrook Avenue, Leeds, LS11 7DN", phone_number="07700900286")
    body = f"""Hi,

I don't really know if this is the right place but my manager said to send it here.

I work in the Central district nursing team. I am also a patient of the MSK physio service. Yesterday my physio triage letter was emailed to our team shared inbox (dnteam.central@nhs.net) instead of to my GP - I think because my work email is on my record as a contact. At least 6 people in the team have access to that inbox and two colleagues have mentioned they saw it before I did. It has my mental health history on it which I have not told work about.

This is what was sent (copied from the email):

-----
MSK Physiotherapy Triage Outcome
Patient: Miss Efua OWUSU   DOB: 07/09/1986   NHS No: {sp(n)}
Address: 19 Cranbrook Avenue, Leeds, LS11 7DN   Tel: 07700 900286

Presenting complaint: Low back pain with L sided sciatica, 4/12, worse with manual handling at work
PMH: Generalised anxiety disorder, depression (2021-) - on citalopram 20mg; IBS
Social: Works as HCA, district nursing. Reports high stress at work.
Outcome: Routine physio, Leeds Community MSK - Seacroft. Advised to speak to Occupational Health.
Triaged by: Tom Bairstow, Advanced Practitioner Physiotherapist
-----

I'm upset about it to be honest. Can it be removed from the inbox?

Efua Owusu
Healthcare Assistant, Central DN Team
Leeds Community Care
Tel 0113 496 0572
"""
    m = build(c, "Owusu Efua (LEEDS COMMUNITY CARE) <efua.owusu@nhs.net>", MAILBOX_HDR,
              "my own details sent to team inbox", "Tue, 10 Nov 2026 08:12:55 +0000", body)
    c.assess(4, 2, ["mental health (anxiety, depression, citalopram) about an identified person - the reporting staff member herself",
                    "disclosed to colleagues via a shared team inbox inside the trusted domains (nhs.net)",
                    "read by at least two colleagues with no need to know"])
    return c, m


@email
def e011():
    c = Ctx("011-deceased-patient-letter-docx-wrong-house.eml", "deceased_patient_and_relative_docx",
            ["docx", "deceased", "relative", "misdirected_post", "inline_outlook"])
    c.cats.add("health")
    c.staff("Martin Oduya", "martin.oduya@nhs.net", "0113 496 0841")
    c.staff("Gary Thompson", "gthompson77@btinternet.com")
    c.staff("Julie Marsden", "julie.marsden4@nhs.net", "0113 496 0390")
    c.ignore("address", "14 Tennyson Street, Leeds, LS12 4QA")
    c.ignore("postcode", "LS12 4QA")
    c.ignore("postcode", "LS12 3BP")
    c.ignore("email_address", "pals.leedscc@nhs.net")
    c.ignore("email_address", MAILBOX)
    n = nhs("438651207")
    c.subject("Kwame Asante", nhs_number=n, date_of_birth="1941-02-02",
              address="7 Stanley Road, Leeds, LS12 3BT", postcode="LS12 3BT")
    c.subject("Akosua Asante-Boateng", phone_number="07700900611")
    paras = [("Leeds Community Care - Palliative & End of Life Care Team", "bold"),
             "Armley Health Centre, Theaker Lane, Leeds LS12 3BP   Tel 0113 496 0390",
             "", ("Date: 29 October 2026", "right"),
             "Ms Akosua Asante-Boateng", "14 Tennyson Street", "Leeds", "LS12 4QA", "",
             ("Re: the late Mr Kwame ASANTE   DOB 02/02/1941   NHS No " + sp(n), "bold"),
             "Formerly of 7 Stanley Road, Leeds LS12 3BT",
             "",
             "Dear Ms Asante-Boateng,",
             "We were very sorry to hear of your father's death at home on 28 September 2026. Our team were privileged "
             "to support him and your family during the last weeks of his illness with metastatic prostate cancer.",
             "Some equipment remains at your father's property: the pressure-relieving mattress, the hoist and sling, "
             "and the syringe driver lockbox. The community equipment service will contact you on 07700 900611 to "
             "arrange collection. Please do not return the remaining controlled drugs (morphine sulfate and midazolam) "
             "to us; take them to any community pharmacy.",
             "If you would like bereavement support, our Family Support Worker can be reached on the number above.",
             "", "Yours sincerely,", "", "Julie Marsden", "Clinical Nurse Specialist, Palliative Care"]
    data = docx_bytes(paras, author="Julie Marsden")
    body = """Hi breach team,

Forwarding from the PALS inbox. A member of the public has received a bereavement / equipment letter meant for the daughter of one of our palliative care patients who has died. Looks like it was addressed to 14 instead of 41 Tennyson Street. He has scanned it back to us (attached) and says he will post the original back.

The daughter has not been told yet - Julie (CNS) is going to ring her.

Martin Oduya
PALS Officer, Leeds Community Care
0113 496 0841

""" + outlook_hdr("Gary Thompson <gthompson77@btinternet.com>", "02 November 2026 19:22",
                  "pals.leedscc@nhs.net", "Letter not for me") + """Hello, I've had this letter through the door for someone I don't know, it's about somebody's dad dying. It's not my address (41 maybe?). Attached a copy. I'll pop the original back in the post.

Gary
"""
    m = build(c, "Oduya Martin (LEEDS COMMUNITY CARE) <martin.oduya@nhs.net>", MAILBOX_HDR,
              "FW: Letter not for me", "Tue, 03 Nov 2026 09:41:36 +0000", body,
              atts=[attach(data, "Scan_20261102_letter.docx", *DOCX)])
    c.assess(3, 3, ["health information (cause of death, end of life care, controlled drugs) about a deceased patient",
                    "the living daughter's name and mobile number disclosed (she is the data subject in UK GDPR terms)",
                    "delivered to and opened by a member of the public at the wrong address"])
    return c, m


@email
def e012():
    c = Ctx("012-health-visiting-address-to-ex-partner.eml", "safeguarding_address_disclosed_child",
            ["child", "safeguarding", "systmone_letter", "domestic_abuse", "plain"])
    c.cats.update({"health", "safeguarding"})
    c.staff("Lorraine Baxter", "lorraine.baxter2@nhs.net", "01202 496 0315", mobile="07700 900 744")
    c.staff("Darren Marsh")
    c.ignore("address", "27 Alder Road, Poole, BH12 4AX")
    c.ignore("postcode", "BH12 4AX")
    c.ignore("email_address", MAILBOX)
    n = nhs("752118094")
    c.subject("Luca Ionescu-Marsh", nhs_number=n, date_of_birth="2024-03-12")
    c.subject("Roxana Ionescu", address="Flat 2 Harbour View, Hamworthy, Poole, BH15 4DZ", postcode="BH15 4DZ",
              phone_number="07700900592")
    body = f"""Dear IG,

I need to report a serious incident in the 0-19 service, Poole locality.

The 2 year developmental review letter for Luca was sent to both parents, as it is set up on SystmOne for "copy to both parents with parental responsibility". The copy to dad (Mr Darren Marsh) printed with a "cc" block showing mum's new address. Mum moved with Luca in the summer after domestic abuse by Mr Marsh and there is a non-molestation order. Her new address should never have been on anything going to him. The safeguarding flag is on the child's record but not on the correspondence template.

Mum rang us this morning; Mr Marsh texted her a photo of the letter last night. Police and the safeguarding team have been informed, MARAC referral being made.

Letter as printed:

    Child: Luca IONESCU-MARSH   DOB: 12th March 2024   NHS: {sp(n)}
    To: Mr D Marsh, 27 Alder Road, Poole, BH12 4AX
    cc: Ms Roxana Ionescu, Flat 2 Harbour View, Hamworthy, Poole, BH15 4DZ  (mob 07700 900592)

    Dear Parent/Carer, your child is due their 2-2.5 year health and development review ...

Please can someone call me urgently.

Lorraine Baxter
Health Visiting Team Leader (Poole)
Dorset Community Health
01202 496 0315 / 07700 900 744
"""
    m = build(c, "Baxter Lorraine <lorraine.baxter2@nhs.net>", MAILBOX_HDR,
              "URGENT - mum's new address sent to ex-partner (DA, safeguarding)", "Wed, 11 Nov 2026 10:03:48 +0000", body)
    c.assess(4, 5, ["safeguarding: address of a domestic abuse victim and her child disclosed to the alleged abuser",
                    "a child is involved",
                    "sent by post to a person outside the organisation; misuse reported (he texted the mother a photo of it)",
                    "risk of physical harm: DPO should consider raising severity"])
    return c, m


@email
def e013():
    c = Ctx("013-insurer-excess-record-pdf.eml", "excessive_disclosure_pdf_third_party",
            ["pdf", "emis_record", "third_party", "insurer", "inline_outlook", "ni_number"])
    c.cats.update({"health", "substance_misuse", "mental_health"})
    c.staff("Sarah Pendlebury", "sarah.pendlebury@nhs.net", "01784 496 0120")
    c.staff("Lauren Cho", "lauren.cho@nhs.net")
    for x in ("L Cho", "Dr R Kaye", "Dr S Ahmed"):
        c.ignore("person_name", x)
    c.staff("Daniel Frost", "claims@northbridgelife.co.uk")
    c.ignore("email_address", MAILBOX)
    c.ignore("postcode", "TW18 4SP")
    n = nhs("458903322")
    c.subject("Krzysztof Malinowski", nhs_number=n, date_of_birth="1969-04-18", ni_number="JT482917C",
              address="33 Gresham Road, Staines-upon-Thames, TW18 2AE", postcode="TW18 2AE")
    c.subject("Agata Malinowska")
    lines = [
        f"Patient: Mr Krzysztof MALINOWSKI   DOB: 18-Apr-1969   NHS No: {sp(n)}",
        "Address: 33 Gresham Road, Staines-upon-Thames, TW18 2AE",
        "NI No: JT 48 29 17 C (as supplied by insurer)",
        "Printed by: L Cho  Date range: 01-Jan-2003 to 20-Oct-2026 (FULL RECORD)",
        "",
        "## Problems",
        "14-Aug-2026  Malignant neoplasm of pancreas (metastatic) - palliative",
        "03-Mar-2009  Alcohol dependence syndrome - in remission since 2011",
        "22-Nov-2005  Depressive disorder",
        "",
        "## Consultations",
        "11-Jun-2009  Dr R Kaye  Alcohol service review: drinking 80 units/wk, Antabuse started, AUDIT 31.",
        "  Family hx: sister Agata Malinowska - bipolar affective disorder, detained under MHA 2008,",
        "  patient anxious about same.",
        "02-Feb-2010  Dr R Kaye  Relapse after redundancy. Referred CGL community alcohol team.",
        "19-Sep-2026  Dr S Ahmed  Discussed prognosis (months), DS1500 completed, insurance claim.",
        "",
        "## Medication",
        "Creon 25000 capsules, Oxycodone MR 10mg bd, Oramorph 10mg/5ml prn, Mirtazapine 15mg on",
    ]
    data = pdf_bytes("Malinowski_medical_records.pdf", "Staines Riverside Surgery - Medical record print", lines)
    body = """Dear breach team,

Reporting an incident from our practice. Mr Malinowski's insurer asked for 5 years of records to be sent TO THE PATIENT for him to check before it went to them. Our secretary (Lauren) instead sent the full record from 2003 directly to the insurer's claims inbox. It includes his old alcohol history and a note about his sister's mental health. Mr Malinowski is terminally ill and phoned very upset - he thinks it will affect his claim. He found out because the insurer quoted the alcohol history to him.

We have asked Northbridge to delete the excess pages, their reply is below. The PDF as sent is attached.

Sarah Pendlebury
Practice Manager, Staines Riverside Surgery, Kingston Road, Staines TW18 4SP
01784 496 0120

""" + outlook_hdr("Northbridge Life Claims <claims@northbridgelife.co.uk>", "04 November 2026 15:10",
                  "Pendlebury Sarah <sarah.pendlebury@nhs.net>", "RE: Claim NBL-55120-K - records") + """Dear Ms Pendlebury,

Thank you for your email. We are obliged to retain all information received in the assessment of a claim and are unable to delete the records at this time. Please refer any concerns to our Data Protection Officer.

Regards
Daniel Frost
Claims Assessor, Northbridge Life
"""
    m = build(c, "Pendlebury Sarah (STAINES RIVERSIDE SURGERY) <sarah.pendlebury@nhs.net>", MAILBOX_HDR,
              "FW: Claim NBL-55120-K - records - excessive disclosure", "Wed, 04 Nov 2026 16:55:02 +0000", body,
              atts=[attach(data, "Malinowski_medical_records.pdf", *PDF)])
    c.assess(4, 3, ["substance misuse (alcohol dependence) and mental health history of an identified patient; "
                    "third party's mental health (sister, detention under MHA)",
                    "23 years of records sent to an insurer outside the trusted domains instead of 5 years to the patient",
                    "insurer refuses to delete; patient reports an effect on his claim"])
    return c, m


@email
def e014():
    c = Ctx("014-pharmacy-hub-wrong-patient-med-review.eml", "wrong_patient_pasted_internal",
            ["systmone_summary", "pcn_pharmacy", "care_home", "internal", "quoted_reply"])
    c.cats.add("health")
    c.staff("Imran Qureshi", "imran.qureshi4@nhs.net", "0121 496 0677")
    c.staff("Bernadette Nolan", "maplelodge.manager@nhs.net")
    c.ignore("email_address", "imran.qureshi4@nhs.net")
    c.ignore("email_address", MAILBOX)
    n = nhs("970331158")
    c.subject("Gurdeep Singh Bains", nhs_number=n, date_of_birth="1939-01-26", postcode="B21 9NH",
              address="88 Church Lane, Handsworth, Birmingham, B21 9NH")
    orig = f"""Hi Bernadette,

Following the structured medication review for your resident in Room 12, please see below and action the changes on the MAR chart.

BAINS, Gurdeep Singh (Mr)   26-Jan-1939 (87y)   NHS No: {sp(n)}
88 Church Lane, Handsworth, Birmingham, B21 9NH   Registered: Soho Road Medical Centre

Medication review (SMR) 09-Nov-2026
  Stop:     Amitriptyline 10mg nocte (falls risk, anticholinergic burden)
  Reduce:   Bisoprolol 5mg -> 2.5mg od (HR 52)
  Continue: Apixaban 2.5mg bd (AF), Donepezil 10mg nocte, Furosemide 40mg om
  Bloods:   U&E, eGFR 38 - repeat 4 weeks
  Problems: Atrial fibrillation; Alzheimer's disease; CKD stage 3b; Recurrent falls

Imran
"""
    body = """Dear IG,

Reporting a wrong-patient error. I sent a medication review to Maple Lodge care home (their nhs.net mailbox) for their resident, but I pasted the summary for a different patient - Mr Bains, who is not a Maple Lodge resident and lives at home. The care home manager spotted it (reply below) and has deleted it. Their resident's correct review has now been sent.

Imran Qureshi
PCN Clinical Pharmacist, Soho & Handsworth PCN
0121 496 0677

""" + outlook_hdr("Maple Lodge Manager <maplelodge.manager@nhs.net>", "10 November 2026 12:05",
                  "Qureshi Imran <imran.qureshi4@nhs.net>", "RE: SMR - Room 12") + """Imran, this isn't our resident - we don't have a Mr Bains. I haven't actioned anything and I've deleted the email. Can you resend the right one?
Bernadette Nolan, Registered Manager

-----Original Message-----
""" + quote(orig)
    m = build(c, "Qureshi Imran (SOHO AND HANDSWORTH PCN) <imran.qureshi4@nhs.net>", MAILBOX_HDR,
              "FW: SMR - Room 12 - wrong patient", "Tue, 10 Nov 2026 12:40:19 +0000", body)
    c.assess(3, 2, ["health information (medication, dementia, CKD) about an identified patient",
                    "sent to a care home's nhs.net mailbox inside the trusted domains",
                    "recipient confirmed deletion; likelihood stays at 2 (not below 2)"])
    return c, m


@email
def e015():
    c = Ctx("015-near-miss-autocomplete-caught.eml", "near_miss_no_identifiers",
            ["near_miss", "no_identifiers", "plain", "podiatry"])
    c.staff("Chloe Barraclough", "chloe.barraclough@nhs.net", "01274 496 0155")
    c.ignore("email_address", MAILBOX)
    c.near_miss = True
    body = """Hi,

Just checking whether I need to report this. I was about to send tomorrow's nail surgery list to the theatre team and Outlook autocompleted an external address (a supplier we order dressings from). I noticed before I pressed send and deleted the address, nothing went out - I've checked my Sent Items and there's nothing there. I've now cleared that suggestion from the autocomplete list.

Do I still need to do a Datix?

Thanks
Chloe Barraclough
Podiatry Admin, Bradford Community Podiatry
01274 496 0155
"""
    m = build(c, "Chloe Barraclough <chloe.barraclough@nhs.net>", MAILBOX_HDR, "near miss - do I need to report?",
              "Wed, 11 Nov 2026 15:22:07 +0000", body)
    c.assess(1, 1, ["near miss: nothing was sent", "no identifiable individual in the report"])
    return c, m


@email
def e016():
    c = Ctx("016-near-miss-wrong-envelope-franking.eml", "near_miss_with_identifiers",
            ["near_miss", "physio_letter", "misdirected_post_caught", "inline_outlook"])
    c.cats.add("health")
    c.near_miss = True
    c.staff("Shabnam Akhtar", "shabnam.akhtar@nhs.net", "0161 496 0903")
    c.staff("Ross Kerr", "ross.kerr2@nhs.net")
    c.ignore("person_name", "Shab")
    c.ignore("email_address", MAILBOX)
    c.ignore("address", "5 Moss Lane, Altrincham, WA15 8BA")
    c.ignore("postcode", "WA15 8BA")
    n = nhs("744209861")
    c.subject("Bogdan Popa", nhs_number=n, date_of_birth="1977-11-30", postcode="M33 4JX",
              address="62 Marsland Road, Sale, M33 4JX")
    body = f"""Hi,

Logging a near miss. Ross in the post room spotted this at franking - the window showed one patient's address but the letter folded behind it was for another patient (two letters in one envelope). Nothing left the building. Both letters have been re-sent correctly.

The letter that would have gone to the wrong person:

  Physiotherapy Department, Trafford Community MSK
  Patient: Mr Bogdan POPA  DOB 30.11.77  NHS No {sp(n)}
  62 Marsland Road, Sale, M33 4JX
  Diagnosis: L ACL reconstruction (03/09/2026) - discharged from physio, full ROM, return to sport advised.

Envelope was addressed to: Mrs J Whitworth, 5 Moss Lane, Altrincham, WA15 8BA

""" + outlook_hdr("Kerr Ross <ross.kerr2@nhs.net>", "12 November 2026 14:01", "Akhtar Shabnam <shabnam.akhtar@nhs.net>",
                  "2 letters in 1 envelope") + """Shab - caught this one at the franking machine, 2 letters in one envelope. Left them on your desk. Ross

Shabnam Akhtar
Admin Team Leader, Trafford Community MSK
0161 496 0903
"""
    c.ignore("person_name", "J Whitworth")
    m = build(c, "Akhtar Shabnam <shabnam.akhtar@nhs.net>", MAILBOX_HDR, "Near miss - 2 letters 1 envelope",
              "Thu, 12 Nov 2026 14:30:51 +0000", body)
    c.assess(3, 1, ["near miss: caught at franking, nothing left the building",
                    "would have disclosed health information (physio discharge letter) about an identified patient"])
    return c, m


@email
def e017():
    c = Ctx("017-nonreport-phishing-awareness.eml", "non_report_phishing_awareness",
            ["non_report", "html", "newsletter", "no_identifiers"])
    c.staff("Cyber Security Team", "cybersecurity.ecs@nhs.net")
    c.staff("Paul Greenhalgh", "paul.greenhalgh@nhs.net")
    c.ignore("email_address", MAILBOX)
    html = """<html><body style="font-family:Arial;font-size:10pt">
<div style="background:#005EB8;color:#fff;padding:8px"><b>Cyber Security Bulletin - November 2026</b></div>
<h3>Spot the phish: fake "NHSmail password expiry" emails</h3>
<p>We are seeing a wave of emails claiming your NHSmail password will expire today. They link to a look-alike login page
(<i>nhsmail-portal-support[.]com</i>). <b>NHSmail will never ask you to log in from an email link.</b></p>
<ul><li>Check the sender address, not just the display name</li>
<li>Hover over links before you click</li>
<li>Report suspicious emails to <b>spamreports@nhs.net</b> and then delete them</li></ul>
<p>Phishing simulation results for October: 7% click rate (down from 11%). Thank you!</p>
<p>Cyber Security Team<br>Eastbrook Community Services</p></body></html>"""
    text = """Hi - got this bulletin today, and then what looks like one of the fake password expiry emails it describes (I didn't click anything). Is this something for the breach mailbox or just spamreports? I've not entered any details.

Paul Greenhalgh
Estates Officer

----- forwarded bulletin -----
Cyber Security Bulletin - November 2026
Spot the phish: fake "NHSmail password expiry" emails. NHSmail will never ask you to log in from an email link.
Report suspicious emails to spamreports@nhs.net and then delete them.
"""
    c.ignore("email_address", "spamreports@nhs.net")
    m = build(c, "Greenhalgh Paul <paul.greenhalgh@nhs.net>", MAILBOX_HDR, "FW: Cyber Security Bulletin - November 2026",
              "Mon, 16 Nov 2026 09:05:44 +0000", text, html=html)
    c.assess(1, 1, ["not a personal data breach: phishing awareness bulletin and a question",
                    "no credentials entered, no personal data involved"])
    return c, m


@email
def e018():
    c = Ctx("018-nonreport-auto-reply.eml", "non_report_auto_reply",
            ["non_report", "auto_reply", "rfc3834", "no_identifiers"])
    c.staff("Aoife Brennan", "aoife.brennan3@nhs.net", "028 9649 6120")
    c.staff("Ciarán Doherty", "ciaran.doherty@nhs.net")
    c.ignore("email_address", MAILBOX)
    body = """Thank you for your email. I am on annual leave from Monday 16 November returning Monday 23 November 2026 with limited access to email.

For urgent information governance matters please contact Ciarán Doherty (ciaran.doherty@nhs.net) or the IG team on 028 9649 6120.

Aoife Brennan
Information Governance Officer
"""
    m = build(c, "Aoife Brennan <aoife.brennan3@nhs.net>", MAILBOX_HDR,
              "Automatic reply: Your breach report has been received [BD-2026-000412]", "Mon, 16 Nov 2026 10:11:02 +0000",
              body, headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                             ("In-Reply-To", "<bd-2026-000412.ack@example.nhs.uk>"), ("Precedence", "auto_reply")])
    c.assess(1, 1, ["automatic out-of-office reply, no incident"])
    return c, m


@email
def e019():
    c = Ctx("019-nonreport-policy-question-whatsapp.eml", "non_report_policy_question",
            ["non_report", "policy_question", "no_identifiers", "tissue_viability"])
    c.staff("Ngozi Eze-Williams", "ngozi.ezewilliams@nhs.net", "0115 496 0488")
    c.ignore("email_address", MAILBOX)
    body = """Hello IG,

Quick policy question rather than a breach. Some of our community nurses are taking photos of wounds on their own phones and sending them to the tissue viability nurses on WhatsApp so they get advice the same day. They delete them after. I've told them to stop until I check - is there an approved way of doing this? We've heard about the clinical photo app but don't know if we're allowed it yet.

Also, if a photo has already been sent on WhatsApp in the past, does each one count as a breach we should be reporting?

Thanks
Ngozi Eze-Williams
Tissue Viability Lead Nurse, Nottingham Community Health
0115 496 0488
"""
    m = build(c, "Eze-Williams Ngozi <ngozi.ezewilliams@nhs.net>", MAILBOX_HDR, "Question - wound photos on WhatsApp",
              "Tue, 17 Nov 2026 13:48:30 +0000", body)
    c.assess(1, 1, ["policy question; no specific incident or individual identified"])
    return c, m


@email
def e020():
    c = Ctx("020-nonreport-dspt-training-reminder.eml", "non_report_dspt_reminder",
            ["non_report", "dspt", "reminder", "html_only", "no_identifiers"])
    c.staff("Information Governance Team", "ig.team.ecs@nhs.net", "0114 496 0100")
    c.staff("Dr Helen Armitage", "helen.armitage@nhs.net")
    c.ignore("email_address", MAILBOX)
    html = """<html><body style="font-family:Arial;font-size:11pt">
<p>Dear colleagues,</p>
<p>This is a reminder that the <b>Data Security and Protection Toolkit (DSPT)</b> requires at least <b>95%</b> of staff to
complete the annual <i>Data Security Awareness Level 1</i> training before our submission on <b>30 June 2027</b>.
Our current compliance is <b>88.4%</b>.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Directorate</th><th>Compliance</th></tr>
<tr><td>Community Nursing</td><td>84%</td></tr><tr><td>Therapies</td><td>91%</td></tr>
<tr><td>Primary Care Networks</td><td>86%</td></tr><tr><td>Corporate</td><td>95%</td></tr></table>
<p>Please complete the e-learning on ESR by <b>31 January 2027</b>. Managers will receive a list of outstanding staff.</p>
<p>Dr Helen Armitage, Caldicott Guardian<br>Information Governance Team, 0114 496 0100</p></body></html>"""
    m = build(c, "Information Governance Team <ig.team.ecs@nhs.net>", "All Staff <allstaff.ecs@nhs.net>",
              "Reminder: Data Security Awareness training - DSPT 2026/27", "Wed, 18 Nov 2026 08:00:00 +0000", None,
              html=html, cc=MAILBOX_HDR)
    c.ignore("email_address", "allstaff.ecs@nhs.net")
    c.assess(1, 1, ["training reminder to all staff; no incident and no personal data"])
    return c, m


@email
def e021():
    c = Ctx("021-interpreter-booking-wrong-agency.eml", "interpreter_booking_misdirected",
            ["interpreter", "form_fields", "community_therapy", "plain", "phone_plus44"])
    c.cats.update({"health", "reproductive_health"})
    c.staff("Ellie Shaw", "ellie.shaw6@nhs.net", "0117 496 0560")
    c.staff("Amal Yusuf")
    c.ignore("email_address", "bookings@langlinkinterpreting.co.uk")
    c.ignore("email_address", MAILBOX)
    n = nhs("426550873")
    c.subject("Sahra Mohamed Farah", nhs_number=n, date_of_birth="1983-08-12", postcode="BS5 0QR",
              address="Flat 14 Lawford House, Easton, Bristol, BS5 0QR", phone_number="07700900377")
    body = f"""Hello,

I sent an interpreter booking to the wrong agency this morning - LangLink instead of our contracted agency (LinguaCare). LangLink are a private company we don't have a contract with. I have emailed them to ask them to delete it but had no reply yet. Below is exactly what I sent.

Ellie Shaw
Admin Coordinator, Women's & Pelvic Health Physiotherapy
Bristol Community Therapies
0117 496 0560

""" + outlook_hdr("Shaw Ellie <ellie.shaw6@nhs.net>", "19 November 2026 09:17", "bookings@langlinkinterpreting.co.uk",
                  "Interpreter request - Somali - 26/11") + f"""INTERPRETER BOOKING REQUEST
Language:            Somali (female interpreter essential)
Preferred:           Amal Yusuf if available
Date/time:           Thursday 26/11/2026 10:30 (60 mins)
Venue:               Pelvic Health Physio, Eastgate Clinic, Room 3

Patient name:        Sahra Mohamed FARAH
Date of birth:       12/08/1983
NHS number:          {sp(n)}
Address:             Flat 14 Lawford House, Easton, Bristol BS5 0QR
Patient tel:         +44 7700 900377
Reason for appt:     Postnatal pelvic floor assessment (6 months post delivery, 3rd degree tear)

Thanks, Ellie
"""
    m = build(c, "Shaw Ellie (BRISTOL COMMUNITY THERAPIES) <ellie.shaw6@nhs.net>", MAILBOX_HDR,
              "FW: Interpreter request - Somali - 26/11", "Thu, 19 Nov 2026 09:52:31 +0000", body)
    c.assess(4, 3, ["reproductive health (postnatal pelvic floor, perineal tear) about an identified patient",
                    "sent to a private interpreting agency with no contract, outside the trusted domains",
                    "no confirmation of deletion"])
    return c, m


@email
def e022():
    c = Ctx("022-police-request-extra-miu-card.eml", "police_disclosure_extra_record_contained",
            ["police", "miu", "wrong_record_attached", "substance_misuse", "inline_outlook"])
    c.cats.update({"health", "substance_misuse"})
    c.staff("Andrea Wilkinson", "andrea.wilkinson@nhs.net", "01924 496 0233")
    c.staff("Jack Harding", "jack.harding@westyorkshire.police.uk")
    c.ignore("person_name", "PC Harding")
    c.ignore("person_name", "PC 4471 Jack Harding")
    c.ignore("person_name", "HARDING Jack 4471")
    c.ignore("email_address", MAILBOX)
    c.subject("Shauna Kielty", date_of_birth="1998-05-05", address="16 Thornhill Street, Dewsbury, WF12 9PQ",
              postcode="WF12 9PQ", hospital_number="MIU2611873")
    body = """Hi,

Reporting a disclosure error, now contained. We had a DPA Schedule 2 request from West Yorkshire Police (PC Harding) for the minor injuries attendance record of a named person. When the record was scanned and emailed to him, the next patient's casualty card was stuck behind it and went too. The officer spotted it and has confirmed in writing that he has deleted it and it has not been added to any police system (his email below).

The extra card was:

  Dewsbury Community Hospital - Minor Injuries Unit
  Attendance No: MIU2611873   31/10/2026 23:48
  Name: Shauna KIELTY   DOB: 05/05/1998
  Address: 16 Thornhill Street, Dewsbury, WF12 9PQ
  PC: Head laceration (3cm) after fall. Alcohol intoxication.
  Hx: Previous IV heroin use (abstinent 2 years, on buprenorphine via Spectrum).
  Tx: Glue, head injury advice. Discharged with friend.

Andrea Wilkinson
MIU Sister, Dewsbury Community Hospital
01924 496 0233

""" + outlook_hdr("HARDING Jack 4471 <jack.harding@westyorkshire.police.uk>", "13 November 2026 11:26",
                  "Wilkinson Andrea <andrea.wilkinson@nhs.net>", "RE: Sch 2 request ref 13/88120/26") + """Andrea,

The scan contained a second card relating to a different person. I have not read it beyond establishing that, I have permanently deleted it and it has not been uploaded to any police system.

PC 4471 Jack Harding
Safeguarding Investigation Unit, West Yorkshire Police

This email and any attachments are confidential and may be subject to legal privilege.
"""
    m = build(c, "Wilkinson Andrea <andrea.wilkinson@nhs.net>", MAILBOX_HDR,
              "FW: Sch 2 request ref 13/88120/26 - extra record sent", "Fri, 13 Nov 2026 12:14:09 +0000", body)
    c.assess(4, 2, ["substance misuse (heroin history, buprenorphine, alcohol) about an identified patient",
                    "sent to the police outside the trusted domains",
                    "containment: officer confirmed deletion in writing and no onward use (likelihood -1)"])
    return c, m


@email
def e023():
    c = Ctx("023-social-prescriber-wrong-sam.eml", "autocomplete_wrong_recipient_mental_health",
            ["social_prescribing", "autocomplete", "mental_health", "inline_outlook", "dob_dd_mon_yyyy"])
    c.cats.update({"health", "mental_health"})
    c.staff("Leon Campbell", "leon.campbell@nhs.net", "0161 496 0785", mobile="07700 900 914")
    c.staff("Sam Okoro", "sam.okoro@gmail.com")
    c.staff("Sam Peters", "sam@mensshedhyde.org.uk")
    c.ignore("person_name", "Bayo")
    c.ignore("email_address", MAILBOX)
    c.subject("Adebayo Okonkwo", date_of_birth="1971-06-21", phone_number="07700900158",
              email_address="bayo.okonkwo71@yahoo.co.uk")
    body = """To the breach team

I'm a social prescribing link worker in Tameside. Yesterday I sent a referral for one of my clients to the Men's Shed in Hyde, but Outlook autofilled "Sam" with a different Sam - a client I had emailed last month (gmail). I didn't notice until Sam Peters from the Men's Shed rang to say he hadn't got it. I've emailed the wrong Sam asking him to delete it, no response.

The client doesn't know yet. Copy of what went is below.

Leon Campbell
Social Prescribing Link Worker, Tameside South PCN
Tel: 0161 496 0785   Mob: 07700 900 914

""" + outlook_hdr("Campbell Leon <leon.campbell@nhs.net>", "23 November 2026 16:02", "Sam Okoro <sam.okoro@gmail.com>",
                  "Referral - new member for Thursdays") + """Hi Sam,

As discussed, referral for a gentleman who'd really benefit from coming along on Thursdays.

Name: Adebayo (Bayo) Okonkwo
DOB: 21-Jun-1971
Mobile: 07700 900158   Email: bayo.okonkwo71@yahoo.co.uk
Background: made redundant in May, struggling with debt (rent arrears ~£3,200, has been to Citizens Advice), low mood since - GP started sertraline, PHQ-9 18 at our last session, says he has had thoughts that his family would be better off without him but no plans, GP and crisis line aware. Wife and 2 teenage kids. Used to be a joiner - keen on woodwork.

He's a bit nervous about coming so a friendly welcome would be great.

Cheers
Leon
"""
    m = build(c, "Campbell Leon (TAMESIDE SOUTH PCN) <leon.campbell@nhs.net>", MAILBOX_HDR,
              "FW: Referral - new member for Thursdays - sent to wrong Sam", "Tue, 24 Nov 2026 09:30:12 +0000", body)
    c.assess(4, 3, ["mental health (low mood, suicidal ideation, sertraline) and financial difficulty about an identified person",
                    "sent to a member of the public (another client) outside the trusted domains via autocomplete",
                    "no confirmation of deletion"])
    return c, m


@email
def e024():
    c = Ctx("024-eip-letter-docx-old-address.eml", "docx_letter_old_address_mental_health",
            ["docx", "rio_letter", "mental_health", "old_address", "irish_name", "plain"])
    c.cats.update({"health", "mental_health"})
    c.staff("Dr Conor Whelan", "conor.whelan@nhs.net", "0151 496 0346")
    c.staff("Tracey Lomax", "tracey.lomax5@nhs.net", "0151 496 0300")
    c.staff("Jenny Park", "jennypark.home@outlook.com")
    c.ignore("email_address", MAILBOX)
    c.ignore("postcode", "L7 8XP")
    c.subject("Siobhán Ní Bhriain", date_of_birth="1992-01-29", hospital_number="2207714",
              address="44 Arnside Road, Liverpool, L7 0LB", postcode="L7 0LB", nhs_number=nhs("613447092"))
    n = c.ids["nhs_number"][0]
    paras = [("Early Intervention in Psychosis Team - Liverpool South", "bold"),
             "Mersey Crescent Mental Health NHS Trust, Boundary Lane Centre, Liverpool L7 8XP  Tel 0151 496 0300",
             "", ("17 November 2026", "right"),
             "PRIVATE AND CONFIDENTIAL - ADDRESSEE ONLY",
             "Ms Siobhán Ní Bhriain", "44 Arnside Road", "Liverpool", "L7 0LB", "",
             f"RiO: 2207714    NHS: {sp(n)}    DOB: 29/01/1992", "",
             "Dear Siobhán,",
             "Following our review on 12 November I am writing to confirm your updated care and crisis plan.",
             "Diagnosis: First episode psychosis (ICD-10 F23), in remission. Lithium carbonate 400mg at night was "
             "started for mood stabilisation; please attend for your lithium level on 1 December.",
             "Early warning signs you identified: poor sleep, feeling that people on the bus are talking about you, "
             "stopping contact with your sister. If these return, contact your care coordinator or the crisis line.",
             "Copy: GP, Smithdown Road Medical Centre", "", "Yours sincerely,", "",
             "Dr Conor Whelan", "Consultant Psychiatrist"]
    data = docx_bytes(paras, author="Tracey Lomax")
    body = """IG - forwarding an incident for logging.

Our letter to a patient (copy attached, as printed) went to her previous address. She moved in September and told her GP but our RiO demographics were not updated from the spine. The current occupant, a Ms Park, opened it, realised it was not for her and emailed the team (below) - she has photographed it and says she'll drop the original back to us. Patient has been told and is upset that a stranger has read her crisis plan.

Tracey Lomax
Team Administrator, EIP Liverpool South
0151 496 0300

-----Original Message-----
From: Jenny Park <jennypark.home@outlook.com>
Sent: 20 November 2026 18:44
To: EIP Liverpool South
Subject: letter for previous tenant

Hi, I opened a letter by mistake for Siobhan who used to live here. Sorry, I didn't realise until I'd read some of it. I can bring it in on Monday.
Jenny
"""
    m = build(c, "Lomax Tracey (MERSEY CRESCENT MH) <tracey.lomax5@nhs.net>", MAILBOX_HDR,
              "Letter to old address - EIP", "Mon, 23 Nov 2026 10:20:00 +0000", body,
              atts=[attach(data, "EIP care plan letter 17.11.26.docx", *DOCX)])
    c.assess(4, 3, ["mental health (psychosis, lithium, crisis plan) about an identified patient",
                    "letter opened and read by the new occupant of her former address (outside the organisation)",
                    "original being returned, but the content has been read and photographed"])
    return c, m


@email
def e025():
    c = Ctx("025-scotland-chi-referral-private-clinic.eml", "scotland_chi_misdirected_external",
            ["chi_number", "scotland", "gaelic_name", "msk_physio", "inline_outlook"])
    c.cats.add("health")
    c.staff("Iain MacKinnon", "iain.mackinnon@nhs.scot", "01463 704 518")
    c.staff("Dr Eilidh Grant", "eilidh.grant@nhs.scot")
    c.ignore("email_address", "info@highlandsportsphysio.co.uk")
    c.ignore("email_address", MAILBOX)
    c.ignore("postcode", "IV2 3UJ")
    ch = chi("120358", 42, "F")
    c.subject("Mòrag NicLeòid", chi_number=ch, date_of_birth="1958-03-12", postcode="IV2 4LB",
              address="6 Kingsmills Gardens, Inverness, IV2 4LB", phone_number="07700900265")
    body = f"""Hello,

Incident from MSK physio (Raigmore). A GP referral was forwarded by our admin to info@highlandsportsphysio.co.uk - a private sports clinic in Inverness - instead of our own physio referral inbox. Both are "Highland ... physio" in the address book. The clinic has not replied yet.

Forwarded below.

Iain MacKinnon
MSK Physiotherapy Service Manager, NHS Highland
Raigmore Hospital, Old Perth Road, Inverness IV2 3UJ
Tel: 01463 704 518

""" + outlook_hdr("MSK Physio Admin (NHS Highland)", "24 November 2026 14:38", "info@highlandsportsphysio.co.uk",
                  "FW: Physio referral") + f"""Referral from Dr Eilidh Grant, Crown Medical Practice

Patient:   Mrs Mòrag NicLeòid
CHI:       {ch[:6]} {ch[6:]}
DOB:       12/03/1958
Address:   6 Kingsmills Gardens, Inverness, IV2 4LB
Phone:     07700 900265

Reason: Seropositive rheumatoid arthritis on methotrexate 15mg weekly and hydroxychloroquine; R shoulder pain and stiffness 3/12, reduced ROM, ?adhesive capsulitis. Please assess and treat.
"""
    m = build(c, "MacKinnon Iain (NHS Highland) <iain.mackinnon@nhs.scot>", MAILBOX_HDR,
              "FW: Physio referral sent to private clinic", "Tue, 24 Nov 2026 15:20:48 +0000", body, domain="nhs.scot")
    c.assess(3, 3, ["health information (rheumatoid arthritis, methotrexate) about an identified patient (CHI number)",
                    "sent to a private clinic outside the trusted domains", "no confirmation of deletion"])
    return c, m


@email
def e026():
    c = Ctx("026-pcn-website-xlsx-hidden-sheet.eml", "published_hidden_sheet",
            ["xlsx", "hidden_sheet", "published_website", "learning_disability", "date_cells", "pcn"])
    c.cats.add("health")
    c.staff("Rhodri Bevan", "rhodri.bevan@nhs.net", "029 2018 0611")
    c.staff("Alex Morgan", "alex.morgan.foi@protonmail.com")
    c.ignore("email_address", MAILBOX)
    pts = [
        (nhs("968120443"), "Callum", "Whyte", dt.date(1994, 7, 2), "Down's syndrome; hypothyroidism", "Yes"),
        (nhs("633009276"), "Precious", "Okonjo", dt.date(2003, 2, 18), "Autism; epilepsy (VNS)", "No - DNA x2"),
        (nhs("455781234"), "Bethan", "Price", dt.date(1978, 12, 9), "Cerebral palsy; PEG fed", "Yes"),
        (nhs("701552690"), "Asif", "Mahmood", dt.date(1988, 4, 25), "Fragile X; diabetes type 2", "Yes"),
        (nhs("947300118"), "Roisin", "Keenan", dt.date(1969, 10, 31), "Down's syndrome; early onset dementia", "Yes"),
        (nhs("678441027"), "Tyler", "Jones", dt.date(2007, 6, 14), "Severe LD; challenging behaviour", "No - declined"),
        (nhs("412097785"), "Xiao", "Lin", dt.date(1999, 9, 3), "Moderate LD; asthma", "Yes"),
        (nhs("736210954"), "Owain", "Rees", dt.date(1957, 1, 20), "Mild LD; COPD; lives in supported housing", "Yes"),
    ]
    summ = [["Taff Ely North PCN - Learning Disability Annual Health Checks 2025/26"], [],
            ["Practice", "On LD register", "AHC completed", "%"],
            ["Llantrisant Health Park", 61, 54, "88.5%"], ["Pontyclun Surgery", 38, 30, "78.9%"],
            ["Talbot Green Medical Centre", 47, 44, "93.6%"], ["PCN total", 146, 128, "87.7%"]]
    data_rows = [["NHS Number", "Forename", "Surname", "Date of Birth", "Conditions", "AHC done"]]
    for n, fn_, sn, dob, cond, done in pts:
        data_rows.append([int(n), fn_, sn, dob, cond, done])
        c.subject(f"{fn_} {sn}", nhs_number=n, date_of_birth=dob.isoformat())
    data = xlsx_bytes([("Summary", summ, [1, 3]), ("Data", data_rows, [1])], hidden=("Data",))
    body = """Hi breach mailbox,

I need to report a publication incident. Our PCN annual report page had a spreadsheet of learning disability health check figures (practice-level numbers only). A member of the public has emailed to say the file has a hidden second tab with individual patients' details - they right-clicked "Unhide". I have checked and they are right. The file went up on 2 October so it has been public for about 8 weeks. I've taken the file down this morning (10:05) and asked our website company for download logs.

The file as it was published is attached (please don't unhide it unless you need to).

""" + outlook_hdr("Alex Morgan <alex.morgan.foi@protonmail.com>", "30 November 2026 22:51", "info.taffelynorthpcn@wales.nhs.uk",
                  "Your LD spreadsheet") + """Hello, your "LD annual health checks" spreadsheet on your website has a hidden sheet called Data with people's names, NHS numbers and conditions. I doubt that's meant to be public. I haven't shared it.
Alex

Rhodri Bevan
Digital & Transformation Lead, Taff Ely North PCN
029 2018 0611
"""
    c.ignore("email_address", "info.taffelynorthpcn@wales.nhs.uk")
    m = build(c, "Bevan Rhodri <rhodri.bevan@nhs.net>", MAILBOX_HDR, "FW: Your LD spreadsheet - hidden data published",
              "Tue, 01 Dec 2026 10:40:22 +0000", body,
              atts=[attach(data, "LD_AHC_2025-26_PCN.xlsx", *XLSX)])
    c.assess(3, 4, ["health information about 8 identified people with learning disabilities (a vulnerable group)",
                    "published on a public website for about 8 weeks (hidden sheet)",
                    "file removed; downloads unknown"])
    return c, m


@email
def e027():
    c = Ctx("027-discharge-summary-wrong-care-home.eml", "discharge_summary_misdirected_external_nok",
            ["discharge_summary", "care_home", "relative", "hospital_number", "romanian_name", "inline_outlook"])
    c.cats.add("health")
    c.staff("Joyce Ogundipe", "joyce.ogundipe@nhs.net", "0115 496 0742")
    c.staff("Dr P Ramsden")
    c.ignore("email_address", "manager@oakleighcarehome.co.uk")
    c.ignore("email_address", "oakleycarehome.nottm@nhs.net")
    c.ignore("email_address", MAILBOX)
    n = nhs("708663315")
    c.subject("Gheorghe Munteanu", nhs_number=n, date_of_birth="1940-02-07", hospital_number="RK0448213")
    c.subject("Mihai Munteanu", phone_number="07700900458")
    summary = f"""DISCHARGE SUMMARY - Lings Bar Community Hospital, Ward 2 (Intermediate Care)
Patient: MUNTEANU, Gheorghe (Mr)   DOB: 07-Feb-1940   NHS: {sp(n, 'dash')}   Hosp No: RK0448213
Admitted: 02/11/2026   Discharged: 25/11/2026 to Oakley Care Home (new placement, residential EMI)
NOK: Mihai Munteanu (son)  07700 900458

Diagnoses: Vascular dementia; hyperactive delirium secondary to UTI (resolved); Grade 2 pressure ulcer L heel
Resus status: DNACPR (ReSPECT form completed 10/11/2026, copy with patient)
Medication on discharge: Memantine 10mg od; Paracetamol 1g qds; Macrogol 1 sachet bd; Trimethoprim (completed)
Follow up: DN for heel dressing twice weekly; memory clinic review 3 months
Discharging clinician: Dr P Ramsden"""
    body = """Dear IG,

Our ward clerk emailed a discharge summary to Oakleigh Care Home (a private care home email, not nhs.net) instead of Oakley Care Home where the patient was actually discharged to. Noticed when Oakley rang asking for it. We've left a message for Oakleigh's manager asking them to delete it but no response as yet.

Joyce Ogundipe
Ward Manager, Ward 2, Lings Bar Community Hospital
0115 496 0742

""" + outlook_hdr("Ward 2 Lings Bar <lingsbar.ward2@nhs.net>", "25 November 2026 13:12",
                  "manager@oakleighcarehome.co.uk", "Discharge summary - Mr Munteanu") + summary + "\n"
    c.ignore("email_address", "lingsbar.ward2@nhs.net")
    m = build(c, "Ogundipe Joyce <joyce.ogundipe@nhs.net>", MAILBOX_HDR,
              "FW: Discharge summary - Mr Munteanu - WRONG CARE HOME", "Wed, 25 Nov 2026 15:03:40 +0000", body)
    c.assess(3, 3, ["health information (dementia, delirium, DNACPR) about an identified patient; son's mobile number",
                    "sent to the wrong care home's private email outside the trusted domains",
                    "no confirmation of deletion"])
    return c, m


@email
def e028():
    c = Ctx("028-frailty-mdt-thread-reply-all-gmail.eml", "quoted_reply_chain_external_cc",
            ["quoted_reply", "nested_quotes", "mdt", "safeguarding", "pcn", "nhs_dash_format"])
    c.cats.update({"health", "safeguarding"})
    c.staff("Comfort Asamoah", "comfort.asamoah@nhs.net", "0113 496 0188", mobile="07700 900 801")
    c.staff("Dr Rachel Goodwin", "rachel.goodwin3@nhs.net")
    c.staff("Sue Brennan", "sue.brennan.ageuk@gmail.com")
    c.staff("Mark Teale", "mark.teale@nhs.net")
    c.ignore("email_address", "s.brennan@ageukleeds.org.uk")
    c.ignore("email_address", MAILBOX)
    p = [("Norah Fitzgerald", nhs("404118826"), "86", None), ("Harold Pemberton", nhs("760902144"), None, "1933-05-09"),
         ("Bilquis Rashid", nhs("952876600"), "79", None), ("Władysław Kamiński", nhs("649551037"), "91", None)]
    for name, n, age, dob in p:
        if dob:
            c.subject(name, nhs_number=n, date_of_birth=dob)
        else:
            c.subject(name, nhs_number=n)
    msg1 = f"""Hi all, list for Thursday's frailty MDT:

1. Norah Fitzgerald (86) NHS {sp(p[0][1], 'dash')} - 3 falls in 6 weeks, postural drop, ?stop doxazosin
2. Harold Pemberton DOB 09/05/1933 NHS {sp(p[1][1], 'dash')} - heart failure, weight up 4kg, lives alone, refusing carers
3. Bilquis Rashid (79) NHS {sp(p[2][1], 'dash')} - new diagnosis Alzheimer's, daughter struggling, carer's assessment?
4. Władysław Kamiński (91) NHS {sp(p[3][1], 'dash')} - neighbour reports grandson taking his bank card; adult safeguarding referral made 20/11, please discuss

Rachel"""
    msg2 = """Thanks Rachel. Can we add Age UK (Sue) so she can pick up the befriending for Mr Pemberton and Mrs Rashid's daughter?

Comfort

On 24 Nov 2026, at 17:02, Goodwin Rachel <rachel.goodwin3@nhs.net> wrote:
""" + quote(msg1)
    msg3 = """Hi both, added Sue (Age UK) - happy to join Thursday at 1pm.

Mark

On 25 Nov 2026, at 08:14, Asamoah Comfort <comfort.asamoah@nhs.net> wrote:
""" + quote(msg2)
    body = """Morning,

Reporting on behalf of our PCN. On our frailty MDT email thread (below) Mark from the practice added Sue Brennan from Age UK using her personal gmail rather than her Age UK work address, so the whole thread including the patient list went to a personal gmail account. Sue has been really helpful and says she will delete it but she is away until Monday so can't confirm.

The safeguarding one (Mr Kamiński) is what worries me most.

Comfort Asamoah
Community Matron, Leeds North East PCN
0113 496 0188 | 07700 900 801

""" + outlook_hdr("Teale Mark <mark.teale@nhs.net>", "25 November 2026 09:31",
                  "Asamoah Comfort <comfort.asamoah@nhs.net>; Goodwin Rachel <rachel.goodwin3@nhs.net>",
                  "RE: Frailty MDT 26/11 - patient list", cc="sue.brennan.ageuk@gmail.com") + msg3 + "\n"
    m = build(c, "Asamoah Comfort (LEEDS NORTH EAST PCN) <comfort.asamoah@nhs.net>", MAILBOX_HDR,
              "FW: RE: Frailty MDT 26/11 - patient list", "Thu, 26 Nov 2026 08:47:15 +0000", body)
    c.assess(4, 3, ["safeguarding (suspected financial abuse, adult safeguarding referral) and health information about 4 identified older patients",
                    "thread sent to a personal gmail address outside the trusted domains",
                    "recipient intends to delete but cannot confirm until next week (no reduction)"])
    return c, m


@email
def e029():
    c = Ctx("029-sar-wrong-patient-to-solicitor-contained.eml", "sar_wrong_patient_solicitor_contained",
            ["sar", "solicitor", "similar_name", "reproductive_health", "welsh_names", "inline_outlook"])
    c.cats.update({"health", "reproductive_health"})
    c.staff("Meinir Roberts", "meinir.roberts@wales.nhs.uk", "01248 496 0410")
    c.staff("Rhian Parry", "rparry@morganprice-law.co.uk", "01248 496 0999")
    c.ignore("email_address", MAILBOX)
    c.ignore("postcode", "LL57 1PG")
    n = nhs("718254439")
    c.subject("Gwenllian Prydderch", nhs_number=n, date_of_birth="1988-07-23", postcode="LL57 2EF",
              address="Bryn Awel, Ffordd Caergybi, Bangor, LL57 2EF")
    body = f"""Bore da,

Reporting an incident from Meddygfa Glan Menai. We received a subject access request from Morgan & Price Solicitors for their client, a Mrs G Pritchard. Our admin selected the wrong patient on the system and the records sent were those of Mrs Gwenllian Prydderch instead. The solicitor noticed straight away and has confirmed in writing that the records have been securely destroyed and not shared with anyone (below). Correct records have now been sent.

What was disclosed (cover sheet + 4 years of records):
  Name: Mrs Gwenllian PRYDDERCH   DOB: 23rd July 1988   NHS: {n}
  Address: Bryn Awel, Ffordd Caergybi, Bangor, LL57 2EF
  Includes: 2 miscarriages (2023, 2024), recurrent miscarriage clinic referral, IVF consultation at Liverpool Women's, contraception history.

Meinir Roberts
Rheolwr Practis / Practice Manager
Meddygfa Glan Menai, Ffordd Deiniol, Bangor LL57 1PG
01248 496 0410

""" + outlook_hdr("Rhian Parry <rparry@morganprice-law.co.uk>", "26 November 2026 11:58",
                  "Roberts Meinir <meinir.roberts@wales.nhs.uk>", "Our client: Mrs G Pritchard - records received in error") + """Dear Ms Roberts,

Further to our call, I confirm that the records received on 25 November relate to a different individual. They were reviewed only so far as necessary to identify the error, have been permanently deleted from our case management system and email, and have not been disclosed to our client or any third party.

Kind regards
Rhian Parry
Solicitor, Clinical Negligence Department
Morgan & Price Solicitors LLP | 01248 496 0999
This email is confidential and may be legally privileged. If received in error please notify the sender.
"""
    c.ignore("person_name", "G Pritchard")
    m = build(c, "Roberts Meinir (Meddygfa Glan Menai) <meinir.roberts@wales.nhs.uk>", MAILBOX_HDR,
              "FW: Our client: Mrs G Pritchard - records received in error", "Thu, 26 Nov 2026 14:22:37 +0000", body,
              domain="wales.nhs.uk")
    c.assess(4, 2, ["reproductive health (miscarriage, IVF) about an identified patient",
                    "sent to a solicitor outside the trusted domains",
                    "containment: solicitor confirmed in writing the records were deleted and not shared (likelihood -1)"])
    return c, m


@email
def e030():
    c = Ctx("030-ni-blagging-phone-key-safe.eml", "blagging_verbal_disclosure_misuse",
            ["hc_number", "northern_ireland", "blagging", "phone_disclosure", "misuse", "police", "plain"])
    c.cats.add("health")
    c.staff("Aoife Brennan", "aoife.brennan3@nhs.net", "028 9649 6120")
    c.staff("Gráinne McCann", "grainne.mccann@nhs.net", "028 9649 6342")
    c.staff("Ruth Irvine")
    c.ignore("person_name", "Constable Ruth Irvine")
    c.ignore("person_name", "David Wong")
    c.ignore("email_address", MAILBOX)
    h = nhs("357104926")
    c.subject("Mei Ling Wong", hc_number=h, date_of_birth="1936-03-03", address="21 Dunluce Avenue, Belfast, BT9 7AW",
              postcode="BT9 7AW")
    body = f"""Dear breach team,

Reporting for the South Belfast district nursing team (Gráinne McCann, team lead, is copied).

On Sunday 29/11 at about 10am a man phoned the team base saying he was the son of one of our patients, Mrs Mei Ling WONG (H&C {sp(h)}, DOB 03/03/1936, 21 Dunluce Avenue, Belfast BT9 7AW). He said he was travelling over to see her and asked what time the nurses were coming and for the key safe number as she can't get to the door. The nurse gave him the visit times, the key safe code, and told him the nurses were changing her fentanyl patch and that she is end of life. No ID check or check against the NOK on the record.

Her actual son, David Wong, lives in Manchester and did not make the call. On Monday the family found the house had been entered and her fentanyl patches and oxycodone are missing. PSNI are investigating (Constable Ruth Irvine). The key safe code has been changed and the family are staying with her.

We will be reviewing the telephone verification process urgently.

Aoife Brennan
Information Governance Officer
South & East Belfast Community Services
028 9649 6120
"""
    m = build(c, "Aoife Brennan <aoife.brennan3@nhs.net>", MAILBOX_HDR,
              "Blagging call - key safe code given out, property entered", "Tue, 01 Dec 2026 11:05:59 +0000", body,
              cc="Gráinne McCann <grainne.mccann@nhs.net>")
    c.assess(4, 5, ["health information (end of life, controlled drugs) about an identified vulnerable patient",
                    "disclosed by phone to an impostor outside the organisation",
                    "misuse occurred: home entered and controlled drugs stolen; potential physical harm"])
    return c, m


@email
def e031():
    c = Ctx("031-staff-contact-list-sent-to-patient.eml", "staff_are_subjects_no_health",
            ["staff_as_subjects", "wrong_attachment_pasted", "pcn", "inline_outlook", "phone_formats"])
    c.staff("Dawn Illingworth", "dawn.illingworth@nhs.net", "(01482) 496 020")
    c.staff("Terry Marshall", "terry.marshall1966@hotmail.com")
    c.ignore("email_address", "hullwest.extendedaccess@nhs.net")
    c.ignore("email_address", MAILBOX)
    staff = [("Dr Samuel Adeyemi", "Samuel Adeyemi", "07700 900 212", "HU5 3QL"),
             ("Nurse Kirsty Rhodes", "Kirsty Rhodes", "+44 (0)7700 900 634", "HU6 7RX"),
             ("HCA Joanna Wójcik", "Joanna Wójcik", "07700900870", "HU4 6NE"),
             ("Receptionist Paula Hebblewhite", "Paula Hebblewhite", "(01482) 496 331", "HU10 6BA"),
             ("Dr Farah Siddiqui", "Farah Siddiqui", "07700 900 049", "HU17 8JP")]
    lines = []
    for label, name, tel, pc in staff:
        lines.append(f"{label:32s} {tel:22s} {pc}")
        c.subject(name, phone_number=phone_digits(tel), postcode=pc)
    body = """Hi,

I think this is a breach involving staff rather than patients. A patient (Mr Marshall) emailed the extended access hub to complain about a cancelled evening appointment. When our receptionist replied she pasted in the wrong thing - instead of the opening times she pasted our on-call staff contact list, with staff personal mobiles and home postcodes. Mr Marshall has replied saying he will be "keeping hold of it" for his complaint.

The staff affected have been told. One of the GPs is very concerned as she has had problems with a patient before.

Dawn Illingworth
Operations Manager, Hull West PCN Extended Access Hub
Tel (01482) 496 020

""" + outlook_hdr("Hull West Extended Access <hullwest.extendedaccess@nhs.net>", "30 November 2026 19:48",
                  "terry.marshall1966@hotmail.com", "RE: Cancelled appointment") + """Dear Mr Marshall,

Sorry your appointment was cancelled tonight. Our opening times and contact details are below.

EXTENDED ACCESS ON-CALL CONTACTS - NOT FOR CIRCULATION
""" + "\n".join(lines) + """

Kind regards
Extended Access Team
"""
    m = build(c, "Illingworth Dawn (HULL WEST PCN) <dawn.illingworth@nhs.net>", MAILBOX_HDR,
              "FW: RE: Cancelled appointment - staff details sent to patient", "Tue, 01 Dec 2026 09:15:33 +0000", body)
    c.assess(2, 3, ["5 identified members of staff (personal mobiles, home postcodes); no health or special-category data",
                    "sent to a member of the public outside the trusted domains who refuses to delete it",
                    "one staff member has safety concerns"])
    return c, m


@email
def e032():
    c = Ctx("032-school-imms-class-list-wrong-school.eml", "children_list_no_health_external",
            ["child", "school_nursing", "no_health", "dob_two_digit_year", "plain"])
    c.staff("Parveen Akhtar", "parveen.akhtar3@nhs.net", "0121 496 0518")
    c.ignore("email_address", "office@stmarysrc.bham.sch.uk")
    c.ignore("email_address", MAILBOX)
    kids = [("Amelia Kowalska", "14.09.15", "2015-09-14"), ("Mohammed Ali Hussain", "02.01.16", "2016-01-02"),
            ("Oliver Bennett", "27.11.15", "2015-11-27"), ("Zainab Abdullahi", "19.03.16", "2016-03-19"),
            ("Jayden Clarke-Mensah", "08.07.16", "2016-07-08"), ("Ava Ní Dhuibhir", "30.10.15", "2015-10-30")]
    lines = []
    for name, dob, iso in kids:
        lines.append(f"  {name:24s} DOB {dob}   Class 5M   consent form: NOT RETURNED")
        c.subject(name, date_of_birth=iso)
    body = """Hello

I emailed a list of Year 5 pupils who haven't returned their flu vaccine consent forms to St Mary's RC Primary (Erdington) when it should have gone to St Mary's C of E Primary (Handsworth). Both schools are on our list as "St Mary's". The list only has names, dates of birth and class - no health information - but they are children. I've phoned the school office and they said they'd delete it, waiting for them to confirm by email.

What went:

""" + "\n".join(lines) + """

Parveen Akhtar
School Age Immunisation Service - Admin
Birmingham Community Children's Services
0121 496 0518
"""
    m = build(c, "Akhtar Parveen <parveen.akhtar3@nhs.net>", MAILBOX_HDR, "Class list sent to wrong school",
              "Wed, 02 Dec 2026 11:48:02 +0000", body)
    c.assess(2, 3, ["6 identified children (names, dates of birth, class); no health information beyond consent status",
                    "children involved (vulnerable group)",
                    "sent to the wrong school outside the trusted domains; deletion promised by phone, not yet confirmed"])
    return c, m


# ================================================================== MAIN


def extract_text(raw):
    """All text a reader could see in the message: bodies, csv, xlsx (all sheets), docx, pdf (source)."""
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    out = []
    for k in ("From", "To", "Cc", "Subject"):
        if msg[k]:
            out.append(str(msg[k]))
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_type() == "message/rfc822":
            continue
        for k in ("From", "To", "Cc", "Subject"):
            if part[k]:
                out.append(str(part[k]))
        fn = part.get_filename() or ""
        data = part.get_payload(decode=True) or b""
        low = fn.lower()
        if low.endswith(".xlsx"):
            import openpyxl
            wb = openpyxl.load_workbook(io.BytesIO(data))
            for ws in wb.worksheets:
                for row in ws.iter_rows(values_only=True):
                    out.append(" | ".join("" if v is None else str(v) for v in row))
        elif low.endswith(".docx"):
            import docx
            d = docx.Document(io.BytesIO(data))
            out.extend(p.text for p in d.paragraphs)
            for t in d.tables:
                for r in t.rows:
                    out.append(" | ".join(c.text for c in r.cells))
        elif low.endswith(".pdf"):
            assert data.startswith(b"%PDF"), fn
            try:
                import pypdf
                out.extend(pg.extract_text() for pg in pypdf.PdfReader(io.BytesIO(data)).pages)
            except ImportError:
                out.append(PDF_SOURCES[fn])
        elif part.get_content_maintype() == "text":
            out.append(data.decode(part.get_content_charset() or "utf-8"))
    # also headers of attached messages
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload(0)
            for k in ("From", "To", "Cc", "Subject"):
                if inner[k]:
                    out.append(str(inner[k]))
    return "\n".join(out)


def check(rec, text):
    """Every truth value must be visible in the email's text (loosely normalised)."""
    ftext = fold(text)
    words = set(re.findall(r"\w+", ftext.replace("'", "").replace("\u2019", "")))
    flat = re.sub(r"[\s\-().]", "", text.replace("+44", "0").replace("(0)", ""))
    problems = []
    for n in rec["names"]:
        for tok in re.sub(r"[^\w\s]", " ", fold(n).replace("'", "").replace("\u2019", "")).split():
            if tok not in words:
                problems.append(f"name {n!r} token {tok!r}")
    for kind, vals in rec["identifiers"].items():
        for v in vals:
            if kind in ("nhs_number", "chi_number", "hc_number", "phone_number"):
                ok = v in flat
            elif kind == "postcode":
                ok = v.replace(" ", "") in flat.upper() or v in text.upper()
            elif kind == "email_address":
                ok = v in text.lower()
            elif kind == "date_of_birth":
                y, mo, d = v.split("-")
                ok = y in text or y[2:] in text
            elif kind == "address":
                first = fold(v.split(",")[0]).replace("'", "")
                ok = all(t in words for t in re.sub(r"[^\w\s]", " ", first).split())
            else:
                ok = v.upper().replace(" ", "") in flat.upper()
            if not ok:
                problems.append(f"{kind} {v!r}")
    assert rec["subjects"] >= 0
    if rec["no_identifiers"]:
        assert rec["subjects"] == 0 and not rec["special_categories"], rec["file"]
    if problems:
        raise SystemExit(f"{rec['file']}: truth value not found in email: {problems}")


def main():
    os.makedirs(OUT, exist_ok=True)
    recs = []
    seen = set()
    for fn in EMAILS:
        ctx, m = fn()
        assert ctx.file not in seen, ctx.file
        seen.add(ctx.file)
        raw = as_bytes(m)
        with open(os.path.join(OUT, ctx.file), "wb") as fh:
            fh.write(raw)
        rec = ctx.record()
        check(rec, extract_text(raw))
        recs.append(rec)
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} emails + truth.jsonl to {OUT}")


if __name__ == "__main__":
    main()
