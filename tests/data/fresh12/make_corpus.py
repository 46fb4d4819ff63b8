#!/usr/bin/env python3
"""fresh12 corpus generator for breachdesk evaluation.

Deterministic: fixed seed, fixed MIME boundaries, dates and Message-IDs.
Standard library only (xlsx is written by hand with zipfile).
Run:  /work/main/.venv/bin/python make_corpus.py
"""
import base64
import datetime as dt
import io
import json
import os
import quopri
import random
import zipfile
from collections import defaultdict
from email.header import Header
from xml.sax.saxutils import escape

SEED = 121212
OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(SEED)
BREACH = "breach@example.nhs.uk"

# ------------------------------------------------------------------ identifiers

def mod11_check(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - (s % 11)
    if c == 11:
        c = 0
    return None if c == 10 else c


def nhs_valid(n):
    n = str(n)
    return len(n) == 10 and n.isdigit() and mod11_check(n[:9]) == int(n[9]) and n != "0000000000"


def gen_nhs(lo, hi):
    while True:
        d9 = str(rng.randint(lo, hi))
        c = mod11_check(d9)
        if c is not None:
            n = d9 + str(c)
            assert nhs_valid(n)
            return n


def gen_chi(dob, sex):
    """dob: date; sex 'F' -> 9th digit even, 'M' odd."""
    while True:
        pre = dob.strftime("%d%m%y") + "%02d" % rng.randint(0, 99)
        ninth = rng.choice("02468" if sex == "F" else "13579")
        d9 = pre + ninth
        c = mod11_check(d9)
        if c is not None:
            n = d9 + str(c)
            assert nhs_valid(n)
            return n


def fmt10(n, style="space"):
    if style == "space":
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if style == "dash":
        return f"{n[:3]}-{n[3:6]}-{n[6:]}"
    return n


class T:
    """Collects the truth for one email while its text is written."""

    def __init__(self):
        self.ids = defaultdict(list)
        self.names = []
        self.ign_names = []
        self.ign = defaultdict(list)

    def add(self, kind, v):
        if v not in self.ids[kind]:
            self.ids[kind].append(v)

    def ig(self, kind, v):
        if kind == "person_name":
            if v not in self.ign_names:
                self.ign_names.append(v)
        elif v not in self.ign[kind]:
            self.ign[kind].append(v)

    # data-subject identifiers: record and return the text as written
    def nm(self, text):
        if text not in self.names:
            self.names.append(text)
        return text

    def alt(self, text):
        """another written form of a subject's name already recorded (kept ignorable)."""
        self.ig("person_name", text)
        return text

    def staff(self, text):
        self.ig("person_name", text)
        return text

    def nhs(self, style="space", test=False):
        if test:
            n = gen_nhs(999_000_000, 999_999_999)
        elif rng.random() < 0.35:
            n = gen_nhs(400_000_000, 499_999_999)
        else:
            n = gen_nhs(600_000_000, 799_999_999)
        self.add("nhs_number", n)
        return fmt10(n, style)

    def hc(self, style="space"):
        n = gen_nhs(320_000_000, 399_999_999)
        self.add("hc_number", n)
        return fmt10(n, style)

    def chi(self, dob, sex, style="plain"):
        n = gen_chi(dob, sex)
        self.add("chi_number", n)
        return fmt10(n, style) if style != "plain" else n

    def dob(self, y, m, d, fmt="%d/%m/%Y"):
        x = dt.date(y, m, d)
        self.add("date_of_birth", x.isoformat())
        if fmt == "th":
            suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            return f"{d}{suf} {x.strftime('%B %Y')}"
        return x.strftime(fmt)

    def pc(self, p):
        self.add("postcode", " ".join(p.upper().split()))
        return p

    def addr(self, a, pc):
        self.add("address", a + ", " + pc)
        self.pc(pc)
        return a + ", " + pc

    def ph(self, p):
        self.add("phone_number", p)
        return p

    def em(self, e):
        self.add("email_address", e.lower())
        return e

    def hosp(self, h):
        self.add("hospital_number", "".join(c for c in h.upper() if c.isalnum()))
        return h

    def ni(self, n):
        self.add("ni_number", n.replace(" ", "").upper())
        return n

    def igph(self, p):
        self.ig("phone_number", p)
        return p

    def igem(self, e):
        self.ig("email_address", e.lower())
        return e


def addr_of(s):
    """'Name <a@b>' -> a@b"""
    return s.split("<")[-1].rstrip(">").strip() if "<" in s else s.strip()


def disp_of(s):
    return s.split("<")[0].strip().strip('"') if "<" in s else ""


def people(t, *hdrs):
    """header values of staff/recipients: ignorable."""
    for h in hdrs:
        for part in h.split(","):
            part = part.strip()
            if not part:
                continue
            if "@" in part:
                t.igem(addr_of(part))
            d = disp_of(part)
            if d:
                t.staff(d)


# ------------------------------------------------------------------ forwarding styles

def fwd_outlook(t, frm, sent, to, subject, body, cc=""):
    people(t, frm, to, cc)
    cc_line = f"Cc: {cc}\n" if cc else ""
    return (f"-----Original Message-----\nFrom: {frm}\nSent: {sent}\nTo: {to}\n{cc_line}"
            f"Subject: {subject}\n\n{body}")


def fwd_outlook_new(t, frm, sent, to, subject, body, cc=""):
    people(t, frm, to, cc)
    cc_line = f"Cc: {cc}\n" if cc else ""
    return (f"________________________________\nFrom: {frm}\nSent: {sent}\nTo: {to}\n{cc_line}"
            f"Subject: {subject}\n\n{body}")


def fwd_gmail(t, frm, date, to, subject, body, cc=""):
    people(t, frm, to, cc)
    cc_line = f"Cc: {cc}\n" if cc else ""
    return (f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\nSubject: {subject}\n"
            f"To: {to}\n{cc_line}\n{body}")


def fwd_apple(t, frm, date, to, subject, body):
    people(t, frm, to)
    return (f"Begin forwarded message:\n\n> From: {frm}\n> Date: {date}\n> To: {to}\n> Subject: {subject}\n>\n"
            + "\n".join("> " + l if l else ">" for l in body.split("\n")))


def quoted(text):
    return "\n".join("> " + l if l else ">" for l in text.split("\n"))


DISCLAIMER = ("This e-mail and any attachments are confidential and intended solely for the addressee. "
              "If you have received it in error please notify the sender and delete it. "
              "Example NHS Foundation Trust does not accept liability for any views expressed.")

# ------------------------------------------------------------------ attachments

def make_csv(rows):
    out = io.StringIO()
    import csv
    w = csv.writer(out, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return out.getvalue().encode("utf-8")


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
    """Minimal valid xlsx with inline strings; deterministic zip timestamps."""
    cells = []
    for ri, row in enumerate(rows, 1):
        cs = []
        for ci, v in enumerate(row):
            ref = f"{col_letter(ci)}{ri}"
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cs.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cs.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(str(v))}</t></is></c>')
        cells.append(f'<row r="{ri}">{"".join(cs)}</row>')
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 f'<sheetData>{"".join(cells)}</sheetData></worksheet>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<sheets><sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '</Relationships>',
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# ------------------------------------------------------------------ MIME

def hdr(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()


def encode_text(text, cte):
    b = text.encode("utf-8")
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii")
    return text


def text_part(text, sub="plain", cte=None):
    if cte is None:
        try:
            text.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "8bit"
    return (f'Content-Type: text/{sub}; charset="utf-8"\nContent-Transfer-Encoding: {cte}\n\n'
            + encode_text(text, cte).rstrip("\n") + "\n")


def att_part(name, ctype, data):
    b64 = base64.encodebytes(data).decode("ascii")
    return (f'Content-Type: {ctype}; name="{name}"\nContent-Disposition: attachment; filename="{name}"\n'
            f"Content-Transfer-Encoding: base64\n\n{b64}")


def build(n, e):
    bnd = f"----=_fresh12_{n:03d}_"
    h = [f"From: {hdr(e['frm'])}", f"To: {e.get('to', BREACH)}"]
    if e.get("cc"):
        h.append(f"Cc: {e['cc']}")
    h += [f"Subject: {hdr(e['subject'])}", f"Date: {e['date']}",
          f"Message-ID: <fresh12.{n:03d}.{SEED}@{e['frm'].split('@')[-1].rstrip('>')}>", "MIME-Version: 1.0"]
    h += e.get("extra_headers", [])
    body, html, cte = e.get("body"), e.get("html"), e.get("cte")
    atts = e.get("attachments", [])
    if html and body is None:
        main = text_part(html, "html", cte or "quoted-printable")
    elif html:
        main = (f'Content-Type: multipart/alternative; boundary="{bnd}alt"\n\n'
                f"--{bnd}alt\n{text_part(body, 'plain', cte)}--{bnd}alt\n{text_part(html, 'html', cte)}--{bnd}alt--\n")
    else:
        main = text_part(body, "plain", cte)
    if atts:
        parts = [main] + [att_part(*a) for a in atts]
        msg = "\n".join(h) + f'\nContent-Type: multipart/mixed; boundary="{bnd}mix"\n\nThis is a multi-part message in MIME format.\n\n'
        for p in parts:
            msg += f"--{bnd}mix\n{p}\n"
        msg += f"--{bnd}mix--\n"
    else:
        msg = "\n".join(h) + "\n" + main
    return msg.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def date_hdr(day, hh, mm):
    d = dt.datetime(2026, 11, day, hh, mm, rng.randint(0, 59), tzinfo=dt.timezone.utc)
    return d.strftime("%a, %d %b %Y %H:%M:%S +0000"), d


def sent_str(day, hh, mm, style="outlook"):
    d = dt.datetime(2026, 11, day, hh, mm)
    if style == "outlook":
        return d.strftime("%A, %d %B %Y %H:%M").replace(" 0", " ")
    return d.strftime("%a, %d %b %Y at %H:%M").replace(" 0", " ")


EMAILS = []


def email(fn):
    EMAILS.append(fn)
    return fn


def A(sev, lik, *basis):
    return {"severity": sev, "likelihood": lik, "reportable": lik >= 3 and sev >= 2, "basis": list(basis)}

# ================================================================== the emails

@email
def e_wrong_address_letter(t):
    d, _ = date_hdr(2, 8, 51)
    orig = fwd_outlook(t, "Switchboard <switchboard@example.nhs.uk>", sent_str(2, 8, 40),
        "Ophthalmology Secretaries <eye.secs@example.nhs.uk>", "msg - letter received in error",
        f"Caller rang 08:35, said she got a hosp letter for a {t.nm('Tomasz NOWAK')} at her house.\n"
        f"They moved out last yr. Letter is eye clinic f/u for diabetic retinopathy.\n"
        f"Address on letter: {t.addr('27 Harehills Lane, Leeds', 'LS8 4HX')}\n"
        f"NHS {t.nhs()}  DOB {t.dob(1971, 3, 9)}\n"
        f"Caller not happy, says she'll post it back.\n")
    body = (f"sent tomasz nowak letter to old address, pt moved months ago and we never updated pas.\n"
            f"new occupant rang switchbd. she still has the letter\n\nk\n\n{orig}")
    t.alt("tomasz nowak")
    return dict(slug="wrong-address-letter", scenario="postal_wrong_address",
                tags=["plain", "inline_outlook", "lowercase", "hurried"],
                frm="Kasia Zielinska <kasia.zielinska@example.nhs.uk>", subject="fw: letter wrong addr",
                date=d, body=body, subjects=1, cats=["health"],
                assessment=A(3, 3, "clinic letter with diagnosis, NHS number and DOB",
                             "received by a member of the public at the old address",
                             "letter not yet returned, no containment"))


@email
def e_discharge_wrong_gp(t):
    d, _ = date_hdr(2, 14, 12)
    orig = fwd_gmail(t, "Ward 22 Discharge <ward22.discharge@example.nhs.uk>", sent_str(2, 13, 2, "gmail"),
        "Riverside Surgery <riverside.surgery@nhs.net>", "Discharge summary",
        f"Please find discharge summary below.\n\nPatient: {t.nm('OKONKWO Chidinma')}\n"
        f"DOB: {t.dob(1988, 11, 23, '%d.%m.%Y')}\nNHS No: {t.nhs('plain')}\n"
        f"Admitted with pyelonephritis, IV abx 48h then oral co-amoxiclav 5/7.\n"
        f"GP to repeat U&Es 1 week.\n")
    body = ("wrong gp practice on this one, pt registered at riverside medical centre not riverside surgery. "
            "both on nhs.net. rang them, they said theyll delete\n\n" + orig +
            "\n\n--\nWard 22 | Example NHS FT | ext 3312")
    t.igph("3312")
    return dict(slug="discharge-wrong-gp", scenario="misdirected_email_internal",
                tags=["plain", "inline_gmail", "lowercase", "trusted_domain"],
                frm="ward22.clerk@example.nhs.uk", subject="Fwd: Discharge summary", date=d, body=body,
                subjects=1, cats=["health"],
                assessment=A(3, 2, "discharge summary with diagnosis about an identified person",
                             "sent to another GP practice on nhs.net (trusted domain)",
                             "recipient says they will delete"))


@email
def e_to_not_bcc_mh_group(t):
    d, _ = date_hdr(3, 10, 5)
    rec = [
        (t.nm("Aoife McGrath"), t.em("aoife.mcgrath88@gmail.com")),
        (None, t.em("ciaran.odonoghue@hotmail.co.uk")),
        (t.nm("Oluwaseun Adebayo"), t.em("seun.adebayo@yahoo.co.uk")),
        (None, t.em("harpreet.sandhu77@gmail.com")),
        (t.nm("Zofia Wiśniewska"), t.em("zosia.w@outlook.com")),
        (None, t.em("kwamemensah1990@gmail.com")),
        (t.nm("Rukhsana Akhtar"), t.em("r.akhtar@btinternet.com")),
        (None, t.em("danny.boyle.leeds@gmail.com")),
        (t.nm("Mòrag MacLeod"), t.em("morag.macleod@icloud.com")),
    ]
    to = ", ".join(f"{n} <{e}>" if n else e for n, e in rec)
    orig = ("---------- Forwarded message ---------\n"
            "From: Hearing Voices Group <cmht.east.groups@example.nhs.uk>\n"
            f"Date: {sent_str(3, 9, 30, 'gmail')}\nSubject: Hearing Voices peer group - new venue from Thurs\n"
            f"To: {to}\n\nHi all,\n\nJust a reminder our hearing voices peer support group moves to the "
            "Leeds Rd community centre from this Thursday 2pm. Bring your care plans if you want to go "
            "through relapse signatures with Tom.\n\nCMHT East\n")
    t.igem("cmht.east.groups@example.nhs.uk")
    t.staff("Tom")
    body = ("sent the group email with everyone in To not bcc. 9 of them. its the hearing voices group so "
            "mh. tried recall, didnt work, 2 have replied all already\n\nsorry\nbecca\n\n" + orig)
    t.staff("becca")
    return dict(slug="to-not-bcc-mh-group", scenario="to_not_bcc",
                tags=["plain", "inline_gmail", "to_not_bcc", "lowercase", "hurried"],
                frm="Rebecca Hall <rebecca.hall@example.nhs.uk>", subject="group email cc'd everyone",
                date=d, body=body, subjects=9, cats=["mental_health"],
                assessment=A(4, 3, "recipients' own addresses disclosed to each other",
                             "membership of a mental health peer group reveals mental health",
                             "external personal addresses; recall failed; reply-all already"))


@email
def e_snooping_ex(t):
    d, _ = date_hdr(3, 16, 40)
    body = ("pt complained today - says a receptionist (leanne) told her sister about her a&e visit. "
            "audit shows leanne opened the record 4 times over weekend, no reason to. leanne is pts ex's "
            "new partner apparently.\n\n"
            f"pt: {t.nm('Siobhán Ní Bhriain')} hosp no {t.hosp('K4471920')} dob {t.dob(1993, 6, 17, '%d/%m/%y')}\n"
            "a&e attendance was for an overdose\n\nhr aware. what do i do next\n\n"
            "Gareth\nED Reception Manager\nSent from Outlook for Android")
    t.staff("leanne")
    t.staff("Gareth")
    return dict(slug="snooping-ex-partner", scenario="snooping",
                tags=["plain", "no_forward", "lowercase", "irish_name", "mobile"],
                frm="Gareth Pryce <gareth.pryce@example.nhs.uk>", subject="record accessed inappropriately",
                date=d, body=body, subjects=1, cats=["mental_health"],
                assessment=A(4, 5, "inappropriate access to the record by a member of staff",
                             "details disclosed to a relative - misuse has occurred",
                             "A&E attendance for overdose (mental health)"))


@email
def e_lost_handover(t):
    d, _ = date_hdr(4, 7, 58)
    body = ("handover sheet for bays 3-5 ward 9 missing, think i dropped it walking to the car park or on the "
            "36 bus. 12 pts on it names beds dx and dnacpr status. looked everywhere. security told.\n\n"
            "Sent from my iPhone")
    return dict(slug="lost-handover-sheet", scenario="lost_paperwork",
                tags=["plain", "no_forward", "lowercase", "mobile", "no_identifiers_in_text", "cte_base64"],
                frm="nurse.kelly.ward9@nhs.net", subject="lost handover", date=d, body=body,
                cte="base64", subjects=12, cats=["health"],
                assessment=A(3, 3, "paper list of 12 inpatients with diagnoses and resuscitation status",
                             "lost in a public place, not recovered"))


@email
def e_facebook_care_home(t):
    d, _ = date_hdr(4, 12, 20)
    body = ("one of our carers put a pic on facebook of the xmas craft afternoon and you can see "
            f"{t.nm('Edna Cartwright')}s name on her door and her dementia care plan on the table. "
            "post up about 3 hrs, 40ish likes, carer took it down when i rang her.\n"
            "edna is 91 lacks capacity. daughter doesnt know yet\n\n"
            "Bev Mather\nManager, Oakleigh House Care Home\n01924 496 0331")
    t.staff("Bev Mather")
    t.igph("01924 496 0331")
    return dict(slug="facebook-care-home", scenario="social_media_post",
                tags=["plain", "no_forward", "care_home", "vulnerable_adult", "published"],
                frm="Oakleigh House <manager@oakleighhousecare.co.uk>", subject="facebook photo resident",
                date=d, body=body, subjects=1, cats=["health"],
                assessment=A(3, 4, "dementia care plan of a named resident visible",
                             "published on Facebook (about 3 hours)", "vulnerable adult lacking capacity",
                             "post removed - containment, but it was public"))


@email
def e_methadone_wrong_pharmacy(t):
    d, _ = date_hdr(5, 9, 15)
    orig = fwd_outlook(t, "Spa Road Recovery Service <sparoad.recovery@nhs.net>", sent_str(5, 8, 50),
        "Bramley Pharmacy <bramley.pharmacy@nhs.net>", "supervised consumption - new script",
        f"Name: {t.nm('Paddy Byrne')}\nDOB: {t.dob(1979, 1, 30, '%d-%b-%Y')}\n"
        f"Addr: {t.addr('Flat 3, 88 Town Street, Leeds', 'LS13 3EN')}\n"
        "Methadone 1mg/ml 65ml daily supervised, 14/7 from Mon.\nKeyworker: Sam\n")
    t.staff("Sam")
    body = ("got this this morning, not our pt, we're bramley pharmacy not bramley lane pharmacy. "
            "deleted after fwding. its methadone so thought better report\n\nA. Chaudhry MRPharmS\n\n" + orig)
    t.staff("A. Chaudhry")
    return dict(slug="methadone-script-wrong-pharmacy", scenario="misdirected_email_internal",
                tags=["plain", "inline_outlook", "pharmacist", "trusted_domain", "substance_misuse"],
                frm="bramley.pharmacy@nhs.net", subject="FW: supervised consumption - new script",
                date=d, body=body, subjects=1, cats=["substance_misuse"],
                assessment=A(4, 2, "substance misuse treatment (methadone) about a named person",
                             "stayed within nhs.net (another pharmacy)", "recipient deleted it"))


@email
def e_gum_sms(t):
    d, _ = date_hdr(5, 11, 42)
    body = (f"sms reminder for sexual health clinic went to old mobile {t.igph('07700 900417')}, pt changed no "
            f"in sept but system kept old one. text said 'Hi Mamadou, your appt at the GUM clinic "
            "Thurs 10:20 for your HIV results'. the person who has that number now rang us.\n\n"
            f"pt {t.nm('DIALLO Mamadou')} hosp no {t.hosp('S0938812')}\n\nmandy, sh clinic admin")
    t.staff("mandy")
    return dict(slug="gum-sms-wrong-mobile", scenario="misdirected_sms",
                tags=["plain", "no_forward", "lowercase", "west_african_name", "sexual_health"],
                frm="Mandy Cole <mandy.cole@example.nhs.uk>", subject="wrong number sms", date=d, body=body,
                subjects=1, cats=["sexual_health"],
                assessment=A(4, 3, "HIV results appointment disclosed with first name",
                             "text received by an unknown member of the public"))


NAME_POOL = [
    ("Agnieszka", "Kowalska"), ("Piotr", "Lewandowski"), ("Katarzyna", "Wójcik"), ("Grzegorz", "Kamiński"),
    ("Niamh", "Gallagher"), ("Pádraig", "Ó Súilleabháin"), ("Seán", "Keane"), ("Bríd", "Doherty"),
    ("Eilidh", "MacAskill"), ("Ruairidh", "MacNeil"), ("Catrìona", "Morrison"), ("Iain", "MacDonald"),
    ("Priya", "Ramaswamy"), ("Mohammed", "Iqbal"), ("Harjit", "Sandhu"), ("Fatima", "Begum"),
    ("Sanjay", "Patel"), ("Nasreen", "Hussain"), ("Adaeze", "Nwosu"), ("Folasade", "Ogunleye"),
    ("Yaw", "Boateng"), ("Aminata", "Sesay"), ("Emeka", "Okafor"), ("Abena", "Asante"),
    ("Gwen", "Pritchard"), ("Dylan", "Hughes"), ("Margaret", "Shaw"), ("Kevin", "Barraclough"),
    ("Tomasz", "Zając"), ("Orla", "Breen"), ("Jaswinder", "Kaur"), ("Chukwuemeka", "Eze"),
    ("Marta", "Dąbrowska"), ("Declan", "Moloney"), ("Shabana", "Rashid"), ("Kofi", "Owusu"),
]


def pick_names(k):
    return rng.sample(NAME_POOL, k)


def rand_dob(y0, y1):
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


@email
def e_csv_clinic_list_gmail(t):
    d, _ = date_hdr(6, 15, 3)
    rows = [["Clinic", "Time", "Patient", "D.O.B", "NHS No", "Reason"]]
    reasons = ["AF review", "HF nurse", "post MI", "echo results", "BP review", "AF review", "palpitations"]
    for i, (f, s) in enumerate(pick_names(15)):
        b = rand_dob(1938, 1990)
        rows.append(["Cardiology OP Rm 4", f"{9 + i // 4:02d}:{(i % 4) * 15:02d}", t.nm(f"{s.upper()}, {f}"),
                     t.dob(b.year, b.month, b.day), t.nhs("plain"), rng.choice(reasons)])
    body = ("fyi a band 5 on our unit emailed tomorrows clinic list to her own gmail to print at home "
            "(printer broke). found out when she asked me to print it from her phone. 15 pts. she's deleted "
            "from sent items but not sure about gmail bin\n\nlist attached as it was sent\n\n"
            + fwd_gmail(t, "Ellie Moss <ellie.moss@example.nhs.uk>", sent_str(6, 13, 10, "gmail"),
                        "ellie.moss.94@gmail.com", "list", "(no text)") +
            "\n\nChris Ojo\nCardiology OP Sister")
    t.staff("Chris Ojo")
    return dict(slug="clinic-list-to-personal-gmail", scenario="attachment_csv_personal_email",
                tags=["attachment_csv", "inline_gmail", "lowercase", "personal_email"],
                frm="Chris Ojo <chris.ojo@example.nhs.uk>", subject="clinic list sent to personal email",
                date=d, body=body, attachments=[("clinic_list_tues.csv", "text/csv", make_csv(rows))],
                subjects=15, cats=["health"],
                assessment=A(3, 3, "clinic list: 15 patients with NHS numbers, DOBs and reasons for attendance",
                             "sent to a personal gmail account (outside trusted domains)",
                             "deletion from gmail not confirmed"))


@email
def e_xlsx_safeguarding_school(t):
    d, _ = date_hdr(6, 16, 30)
    rows = [["CP/CIN list - Nov", "", "", "", "", ""],
            ["Child", "dob", "Address", "Plan", "SW", "School"]]
    streets = [("14 Moss Side Road, Manchester", "M14 4PX"), ("3 Claremont Road, Manchester", "M14 7NB"),
               ("62 Great Western Street, Manchester", "M14 4AU"), ("9 Platt Lane, Manchester", "M14 5NF"),
               ("118 Wilbraham Road, Manchester", "M14 7DS"), ("41 Yarburgh Street, Manchester", "M16 7FH"),
               ("7 Broadfield Road, Manchester", "M14 4WJ"), ("25 Ladybarn Lane, Manchester", "M14 6NQ")]
    plans = ["CP - neglect", "CIN", "CP - emotional", "CIN", "CP - physical", "CIN", "CP - neglect", "CIN"]
    for (f, s), (a, pc), plan in zip(pick_names(8), streets, plans):
        b = rand_dob(2011, 2022)
        rows.append([t.nm(f"{f} {s}"), t.dob(b.year, b.month, b.day), t.addr(a, pc), plan, "JB", "St Kentigern's RC"])
    body = ("school nurse team sent our cp/cin list to the wrong school, should have been st kentigerns "
            "primary safeguarding lead and went to office@ at a different st kentigerns. 8 kids on it, addresses "
            "and plan type. school office says its been opened. asked them to delete & confirm in writing\n\n"
            "Sent from my Galaxy\n\n" +
            fwd_outlook_new(t, "School Nursing Central <schoolnursing.central@example.nhs.uk>",
                            sent_str(6, 14, 55), "office@stkentigerns-fallowfield.sch.uk",
                            "Safeguarding list - confidential", "Hi Maria, list for this half term attached.\nThanks\nSN team"))
    t.staff("Maria")
    t.staff("JB")
    return dict(slug="safeguarding-list-wrong-school", scenario="attachment_xlsx_safeguarding",
                tags=["attachment_xlsx", "inline_outlook", "children", "safeguarding", "odd_headers", "mobile"],
                frm="Jo Brennan <jo.brennan@example.nhs.uk>", subject="wrong school!!",
                date=d, body=body, attachments=[("CP CIN list nov.xlsx", XLSX, make_xlsx(rows, "Nov"))],
                subjects=8, cats=["safeguarding"],
                assessment=A(4, 3, "child protection / child in need status of 8 named children with addresses",
                             "opened by an external school office", "deletion requested, not yet confirmed"))


@email
def e_near_miss_autocomplete(t):
    d, _ = date_hdr(9, 10, 11)
    body = (f"nearly sent {t.nm('Fatima Begum')} referral (dob {t.dob(1962, 4, 2)}) to her sons old email, "
            "autocomplete filled it. noticed before i hit send, corrected and sent to the right place. nothing "
            "went. reporting cos manager said to\n\nnadia\nphysio admin")
    t.staff("nadia")
    return dict(slug="near-miss-autocomplete", scenario="near_miss",
                tags=["plain", "no_forward", "near_miss", "lowercase", "south_asian_name"],
                frm="Nadia Farooq <nadia.farooq@example.nhs.uk>", subject="near miss",
                date=d, body=body, subjects=1, cats=["health"], near_miss=True,
                assessment=A(1, 1, "near miss: caught before sending, nothing disclosed"))


@email
def e_near_miss_pharmacy_bags(t):
    d, _ = date_hdr(9, 17, 25)
    body = (f"2 bags swapped at bagging - {t.nm('OGUNLEYE Folasade')} and {t.nm('OWUSU Kofi')}, similar addresses "
            f"({t.pc('BD8 7EF')} and {t.pc('BD8 7EJ')}). caught at final check before driver left. nothing went out. "
            "logging as near miss per SOP\n\nHaroon, Manningham Pharmacy")
    t.staff("Haroon")
    return dict(slug="near-miss-pharmacy-bags", scenario="near_miss",
                tags=["plain", "no_forward", "near_miss", "pharmacist", "west_african_name"],
                frm="manningham.pharmacy@nhs.net", subject="near miss - delivery bags",
                date=d, body=body, subjects=2, cats=["health"], near_miss=True,
                assessment=A(1, 1, "near miss: caught at final check, nothing left the pharmacy"))


@email
def e_auto_reply(t):
    d, _ = date_hdr(10, 6, 2)
    body = ("Thank you for your email. I am on annual leave until Monday 16th November with no access to email.\n\n"
            "For urgent IG matters please contact the IG team on 0113 496 0720 or ig.team@example.nhs.uk.\n\n"
            "Helen Atkinson\nInformation Governance Manager")
    t.igph("0113 496 0720"); t.igem("ig.team@example.nhs.uk"); t.staff("Helen Atkinson")
    return dict(slug="auto-reply-annual-leave", scenario="non_report_auto_reply",
                tags=["plain", "non_report", "auto_reply"],
                frm="Helen Atkinson <helen.atkinson@example.nhs.uk>",
                subject="Automatic reply: Incident BD-2026-000412 acknowledgement",
                extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
                date=d, body=body, subjects=0, cats=[],
                assessment=A(1, 1, "automatic reply, no personal data"))


@email
def e_training_question(t):
    d, _ = date_hdr(10, 13, 47)
    body = ("quick q not a breach (i think) - if a pts daughter rings and pt has said on the phone its ok to talk "
            "to her, can i email the daughter the appt letter? or does it have to go to the pt. is there a form for "
            "consent? doing my ig training module and it didnt really say\n\nthanks\nLily (outpatients bookings)")
    t.staff("Lily")
    return dict(slug="training-question-consent", scenario="non_report_question",
                tags=["plain", "non_report", "question", "lowercase"],
                frm="Lily Tran <lily.tran@example.nhs.uk>", subject="question re emailing family",
                date=d, body=body, subjects=0, cats=[],
                assessment=A(1, 1, "a question about practice; no incident and no identifiable person"))


@email
def e_meeting_invite(t):
    d, _ = date_hdr(11, 9, 0)
    body = ("IG Steering Group - Thursday 19 November 2026, 14:00-15:30\n"
            "Room 2.14, Trust HQ (Building B), or Teams link below\n\n"
            "Agenda\n1. Minutes of last meeting\n2. DSPT submission update\n3. Incident themes Q2 (misdirected "
            "email, To/Bcc)\n4. Records retention - paper store\n5. AOB\n\n"
            "Apologies to Julie on ext 4471.\n\nJulie Nkemelu\nIG Administrator\n"
            "Join on your computer or mobile app: Click here to join the meeting")
    t.igph("4471"); t.staff("Julie Nkemelu"); t.staff("Julie")
    return dict(slug="meeting-invite-ig-steering", scenario="non_report_meeting",
                tags=["plain", "non_report", "meeting", "room_number", "extension"],
                frm="Julie Nkemelu <julie.nkemelu@example.nhs.uk>", to="ig.steering@example.nhs.uk, " + BREACH,
                subject="IG Steering Group - 19 Nov - Room 2.14", date=d, body=body, subjects=0, cats=[],
                assessment=A(1, 1, "meeting invitation, no personal data"))


@email
def e_formal_wales_genetic(t):
    d, _ = date_hdr(11, 11, 20)
    body = (
        "Dear DPO,\n\n"
        "Please accept this as formal notification of an information governance incident (Datix W-118842) "
        "reported to me this morning by the All Wales Medical Genomics Service liaison team.\n\n"
        "Summary\n"
        "A results letter confirming a pathogenic BRCA2 variant was posted to the wrong patient. Two patients "
        "of the same name are registered with the Health Board; the letter was addressed to the incorrect "
        "record selected in WPAS.\n\n"
        "Data subject\n"
        f"  Name: {t.nm('Dylan Hughes')}\n"
        f"  Date of birth: {t.dob(1984, 8, 14, 'th')}\n"
        f"  NHS number: {t.nhs()}\n"
        f"  Correct address: {t.addr('5 Ffordd Caergybi, Bangor', 'LL57 2EU')}\n\n"
        "Recipient\n"
        "  The other Mr Hughes, a member of the public (DOB 1961), at an address in Caernarfon. He telephoned "
        "the department on 10 November and has been asked to return the letter in the prepaid envelope sent "
        "today. It has not yet been received.\n\n"
        "Categories of data: genetic test result, family history, NHS number, address.\n"
        "Special category: yes (genetic / health).\n"
        "In my view this meets the threshold for reporting to the ICO. I would be grateful for your decision "
        "by close of play tomorrow so that we remain within the 72 hours.\n\n"
        "Kind regards\n\nSiân Roberts\nHead of Information Governance\nBetsi Cadwaladr University Health Board\n"
        "Ffôn / Tel: 03000 850 112\n\n"
        "Croesewir gohebiaeth yn y Gymraeg. Correspondence in Welsh is welcomed.")
    t.staff("Siân Roberts"); t.igph("03000 850 112")
    return dict(slug="formal-ig-wales-genetic-result", scenario="formal_ig_lead",
                tags=["plain", "formal", "ig_lead", "wales", "genetic", "same_name"],
                frm="Siân Roberts <sian.roberts@wales.nhs.uk>", subject="IG incident W-118842 - genetic result posted to wrong patient",
                date=d, body=body, cte="quoted-printable", subjects=1, cats=["genetic"],
                assessment=A(4, 3, "genetic test result (BRCA2) about an identified person",
                             "received and read by a member of the public with the same name",
                             "letter not yet returned"))


@email
def e_formal_scot_tribunal(t):
    d, _ = date_hdr(12, 10, 2)
    dob = dt.date(1990, 2, 11)
    body = (
        "Good morning,\n\n"
        "For information and onward recording. On 11 November the Mental Health Officer team sent the "
        "tribunal bundle for a Compulsory Treatment Order hearing to the wrong firm of solicitors "
        "(a firm with a similar name in Paisley rather than the patient's named representative in Glasgow).\n\n"
        f"Patient: {t.nm('Ruairidh MacNeil')}\nCHI: {t.chi(dob, 'M')}\n"
        f"DOB: {t.dob(1990, 2, 11)}\nAddress: {t.addr('2/1, 47 Allison Street, Glasgow', 'G42 8NG')}\n\n"
        "The bundle comprised the MHO report, RMO report and care plan (approx. 40 pages, email with PDF "
        "attachments, unencrypted).\n\n"
        "Containment: the recipient firm's practice manager confirmed in writing at 16:40 on 11 November "
        "that the email and attachments have been permanently deleted and not opened beyond the covering "
        "email. Written confirmation is saved in Datix.\n\n"
        "My assessment is severity high (mental health) but likelihood reduced by the confirmed deletion. "
        "I do not propose ICO notification but would welcome your view.\n\n"
        "Regards\nFiona Grant\nInformation Governance Lead\nNHS Greater Glasgow and Clyde\n0141 496 0382")
    t.staff("Fiona Grant"); t.igph("0141 496 0382")
    return dict(slug="formal-ig-scotland-tribunal-bundle", scenario="formal_ig_lead",
                tags=["plain", "formal", "ig_lead", "scotland", "chi", "containment_confirmed"],
                frm="Fiona Grant <fiona.grant@nhs.scot>", subject="Incident notification - MHTS bundle misdirected",
                date=d, body=body, subjects=1, cats=["mental_health"],
                assessment=A(4, 2, "mental health tribunal reports about an identified person",
                             "sent to an external solicitors' firm",
                             "written confirmation of deletion (likelihood -1)"))


@email
def e_formal_ni_bin(t):
    d, _ = date_hdr(12, 15, 45)
    pts = [(t.nm("Orla Breen"), t.hc(), t.dob(1956, 5, 3)),
           (t.nm("Declan Moloney"), t.hc(), t.dob(1949, 12, 19)),
           (t.nm("Bríd Doherty"), t.hc(), t.dob(1967, 7, 7)),
           (t.nm("Seán Keane"), t.hc(), t.dob(2001, 10, 28))]
    rows = "".join(f"<tr><td>{n}</td><td>{h}</td><td>{b}</td></tr>" for n, h, b in pts)
    html = (
        "<html><body><p>Dear Data Protection Officer,</p>"
        "<p>I am writing to notify you of an incident reported by the Western Trust Community Respiratory Team.</p>"
        "<p>On 12 November a member of the public found four pages of handwritten home-visit notes in a public "
        "litter bin outside the Foyleside shopping centre, Derry/Londonderry (<b>BT48 6XY</b> area) and handed them "
        "in to the Trust. The notes include spirometry results and oxygen prescriptions.</p>"
        "<table border='1'><tr><th>Name</th><th>H&amp;C No.</th><th>DOB</th></tr>" + rows + "</table>"
        "<p>The member of the public has been thanked; she told reception she had read them to find out who to "
        "return them to. It is not known how long the notes were in the bin.</p>"
        "<p>Recommendation: report to the ICO. The team manager has been asked for a statement.</p>"
        "<p>Yours sincerely,<br>Máire Ní Dhónaill<br>Information Governance Manager<br>Western Health and Social "
        "Care Trust<br>028 7134 5171</p></body></html>")
    t.staff("Máire Ní Dhónaill"); t.igph("028 7134 5171"); t.ig("postcode", "BT48 6XY")
    return dict(slug="formal-ig-ni-notes-in-bin", scenario="formal_ig_lead",
                tags=["html_only", "formal", "ig_lead", "northern_ireland", "hc_number", "html_table", "cte_qp"],
                frm="Máire Ní Dhónaill <maire.nidhonaill@westerntrust.hscni.net>",
                subject="Notification of IG incident - clinical notes found in public bin",
                date=d, html=html, subjects=4, cats=["health"],
                assessment=A(3, 3, "home-visit notes with results and prescriptions for 4 named patients",
                             "found and read by a member of the public; unknown exposure in a public place"))


@email
def e_formal_hiv_disclosure(t):
    d, _ = date_hdr(13, 9, 30)
    body = (
        "Dear DPO,\n\n"
        "Re: Complaint C/2026/1187 - disclosure of HIV status\n\n"
        "I attach below the relevant extract from a formal complaint received by PALS on 12 November.\n\n"
        + quoted(
            f"My name is {t.nm('Yaw Boateng')}, date of birth {t.dob(1975, 9, 2)}, hospital number "
            f"{t.hosp('RX1-0448173')}. When I was on Ward 31 last month a nurse told my partner, who was "
            "visiting, that I needed to take my HIV medication with food. My partner did not know my status. "
            "We have since separated and I have had to move out. I want to know how this happened.") +
        "\n\nThe ward manager has confirmed the conversation took place. The patient's status was recorded as "
        "'do not discuss with visitors'. I consider the disclosure has occurred and the patient has suffered "
        "distress and loss of accommodation.\n\n"
        "Please treat as reportable. I will complete the DSPT incident form today.\n\n"
        "Regards,\n\nDr Anil Mehta\nCaldicott Guardian / Associate Medical Director\nExample NHS Foundation Trust\n\n"
        + DISCLAIMER)
    t.staff("Anil Mehta")
    return dict(slug="formal-caldicott-hiv-disclosure", scenario="formal_ig_lead",
                tags=["plain", "formal", "ig_lead", "verbal_disclosure", "quoted_gt", "disclaimer", "west_african_name"],
                frm="Anil Mehta <anil.mehta@example.nhs.uk>", subject="Complaint C/2026/1187 - HIV status disclosed to partner",
                date=d, body=body, subjects=1, cats=["sexual_health"],
                assessment=A(4, 5, "HIV status (sexual health) disclosed to the patient's partner",
                             "disclosure occurred and harm reported (distress, loss of home)"))


@email
def e_formal_sar_third_party(t):
    d, _ = date_hdr(13, 14, 10)
    body = (
        "Dear Colleague,\n\n"
        "Incident summary for the breach log.\n\n"
        "Type: Subject access request - third-party information disclosed\n"
        "Date occurred: 9 November 2026\nDate identified: 12 November 2026\n\n"
        "A copy of the gynaecology record was provided to a patient under a subject access request. The "
        "bundle contained a clinic letter belonging to another patient which had been misfiled in the "
        "requester's paper notes. The requester contacted the Records team and returned the letter by hand.\n\n"
        f"Third party affected: {t.nm('Katarzyna Wójcik')}, DOB {t.dob(1995, 1, 21)}, "
        f"NHS No. {t.nhs()}, {t.addr('12 Narborough Road, Leicester', 'LE3 0BQ')}.\n"
        "Content: letter following attendance at the early pregnancy unit regarding a miscarriage and "
        "follow-up.\n\n"
        "The letter was read by the requester, who is not known to the third party. Returned; the requester "
        "states no copies were taken.\n\n"
        "Actions: notes audit for the clinic; SAR redaction checklist to include misfiling check.\n\n"
        "Kind regards\n\nSusan Whitfield\nRecords & IG Lead\nExample NHS Foundation Trust\n0116 496 0925")
    t.staff("Susan Whitfield"); t.igph("0116 496 0925")
    return dict(slug="formal-sar-third-party-letter", scenario="formal_ig_lead",
                tags=["plain", "formal", "ig_lead", "sar", "third_party", "reproductive_health", "polish_name"],
                frm="Susan Whitfield <susan.whitfield@example.nhs.uk>", subject="Breach log entry - SAR third party data",
                date=d, body=body, subjects=1, cats=["reproductive_health"],
                assessment=A(4, 3, "early pregnancy unit letter about a miscarriage (reproductive health)",
                             "read by an unrelated member of the public",
                             "letter returned, no copies claimed - not proof of no harm, likelihood kept at 3"))


@email
def e_gp_rx_wrong_person(t):
    d, _ = date_hdr(16, 9, 5)
    body = (f"gave {t.nm('OKAFOR Emeka')} repeat rx bag to another okafor at front desk, didnt check dob/addr. "
            "other man realised at home, bag has 5 meds incl insulin + the med list with "
            f"dob {t.dob(1958, 7, 12, '%d.%m.%y')} and addr {t.addr('31 Soho Road, Birmingham', 'B21 9SN')}. "
            "he's bringing it back tmrw\n\ntash reception\nHandsworth Wood Medical Practice")
    t.staff("tash")
    return dict(slug="gp-repeat-rx-wrong-okafor", scenario="handed_to_wrong_person",
                tags=["plain", "no_forward", "lowercase", "gp_reception", "west_african_name", "surname_first"],
                frm="tash.handsworthwood@nhs.net", subject="wrong pt collected rx", date=d, body=body,
                subjects=1, cats=["health"],
                assessment=A(3, 3, "medication list with DOB and address of a named patient",
                             "handed to a member of the public", "return promised, not yet done"))


@email
def e_ae_letter_waiting_room(t):
    d, _ = date_hdr(16, 23, 48)
    orig = fwd_outlook(t, "ED Liaison Psychiatry <ed.liaison@example.nhs.uk>", sent_str(16, 21, 10),
        "ED Nurse in Charge <ed.nic@example.nhs.uk>", "pt discharged",
        f"{t.nm('Harjit Sandhu')} ({t.dob(2004, 3, 30)}) seen by liaison, safe for d/c, crisis team f/u "
        f"tomorrow. Copy of assessment (self-harm, cuts L forearm) to give to pt. Mob {t.ph('07700 900862')}.")
    body = ("night nic here. hca gave the liaison assessment letter to the wrong pt in majors waiting area. "
            "that pt read it then handed it to security. got it back. pt (harjit) not aware yet\n\n" + orig)
    t.alt("harjit")
    return dict(slug="ae-letter-wrong-patient-waiting", scenario="handed_to_wrong_person",
                tags=["plain", "inline_outlook", "lowercase", "night_shift", "south_asian_name"],
                frm="ED Nurse in Charge <ed.nic@example.nhs.uk>", subject="FW: pt discharged", date=d, body=body,
                subjects=1, cats=["mental_health"],
                assessment=A(4, 3, "liaison psychiatry assessment (self-harm) of a named young adult",
                             "read by another patient (member of the public)",
                             "letter recovered but already read"))


@email
def e_dn_notes_neighbour(t):
    d, _ = date_hdr(17, 12, 30)
    body = (f"left {t.nm('Gwen Pritchard')}s dn folder at the house next door by mistake ({t.pc('LL55 1AB')}), "
            "neighbour walked it round to gwen within the hour and said she didnt look in it. leg ulcer notes, "
            "meds, nok details. gwen's fine about it but reporting anyway\n\n"
            "Elin\nNyrs Ardal / District Nurse, Caernarfon")
    t.staff("Elin")
    return dict(slug="dn-folder-left-next-door", scenario="lost_paperwork",
                tags=["plain", "no_forward", "lowercase", "wales", "community"],
                frm="Elin Parry <elin.parry@wales.nhs.uk>", subject="dn notes left at neighbours", date=d, body=body,
                subjects=1, cats=["health"],
                assessment=A(3, 2, "district nursing notes of a named patient",
                             "left with a neighbour (outside)", "returned within the hour, not read - likelihood -1"))


@email
def e_maternity_old_work_email(t):
    d, _ = date_hdr(17, 15, 15)
    orig = fwd_gmail(t, "Antenatal Ultrasound <antenatal.us@example.nhs.uk>", sent_str(17, 14, 2, "gmail"),
        t.em("priya.ramaswamy@hartleysolicitors.co.uk"), "Your scan report",
        f"Dear {t.nm('Priya Ramaswamy')},\nPlease find your 20 week anomaly scan report. Hosp no "
        f"{t.hosp('M2230417')}. Findings: low-lying placenta, rescan 32/40. Fetal growth normal.\n")
    body = ("sent scan report to pts old WORK email, she left that firm in the summer. she rang us to say "
            "her old boss phoned her about it. ugh\n\n" + orig)
    return dict(slug="scan-report-old-work-email", scenario="misdirected_email_external",
                tags=["plain", "inline_gmail", "lowercase", "reproductive_health", "south_asian_name"],
                frm="Antenatal Ultrasound <antenatal.us@example.nhs.uk>", subject="Fwd: Your scan report",
                date=d, body=body, subjects=1, cats=["reproductive_health"],
                assessment=A(4, 3, "pregnancy scan report of a named patient",
                             "read at her former employer (external domain)"))


@email
def e_path_results_wrong_gp(t):
    d, _ = date_hdr(18, 10, 40)
    orig = fwd_outlook(t, "Blood Sciences <bloodsciences@example.nhs.uk>", sent_str(18, 9, 55),
        "Moorside Medical <moorside.medical@nhs.net>", "Urgent results",
        f"{t.nm('ZAJĄC Tomasz')} NHS {t.nhs('dash')} DOB {t.dob(1966, 12, 1)}\n"
        "K+ 6.4, creat 312 (baseline 140). Please action today.\n")
    body = ("wrong practice again - moorside not moorview. phoned moorview to action k+ and moorside to delete. "
            "both nhs.net\n\nlab liaison\n\n" + orig)
    return dict(slug="path-results-wrong-practice", scenario="misdirected_email_internal",
                tags=["plain", "inline_outlook", "lowercase", "trusted_domain", "polish_name", "surname_first"],
                frm="lab.liaison@example.nhs.uk", subject="FW: Urgent results", date=d, body=body,
                subjects=1, cats=["health"],
                assessment=A(3, 2, "blood results of a named patient", "sent to another practice on nhs.net"))


@email
def e_whatsapp_whiteboard(t):
    d, _ = date_hdr(18, 19, 2)
    names = [t.nm(n) for n in ("Margaret Shaw", "Kevin Barraclough", "Nasreen Hussain", "Iain MacDonald",
                               "Abena Asante", "Grzegorz Kamiński")]
    body = ("staff nurse posted pic of the bay whiteboard in the ward whatsapp group (personal phones, 43 members "
            "incl bank staff and a few who've left). board shows bed, name and dx for 6 pts: "
            + ", ".join(names) + ". asked her to delete, she has, dont know who saved it\n\nward 14 sister")
    return dict(slug="whatsapp-whiteboard-photo", scenario="messaging_app",
                tags=["plain", "no_forward", "lowercase", "whatsapp", "personal_devices"],
                frm="Ward 14 Sister <ward14.sister@example.nhs.uk>", subject="whatsapp photo of whiteboard",
                date=d, body=body, subjects=6, cats=["health"],
                assessment=A(3, 3, "names and diagnoses of 6 inpatients",
                             "shared to personal devices outside trust systems, incl. ex-staff"))


@email
def e_care_home_told_daughter(t):
    d, _ = date_hdr(19, 8, 20)
    body = (f"carer rang {t.staff('Jean')}'s daughter (our resident jean) to update her but talked about "
            f"{t.nm('Norman Whitaker')} in rm 6 by mistake - his fall, the fracture and that hes on end of life "
            "now. norman's son not told yet. daughter is a friend of the family so it'll get back\n\n"
            "Priti, deputy mgr, Ashgrove Lodge")
    t.staff("Priti")
    return dict(slug="care-home-wrong-family-phone", scenario="verbal_disclosure",
                tags=["plain", "no_forward", "lowercase", "care_home", "vulnerable_adult"],
                frm="Ashgrove Lodge <deputy@ashgrovelodge.co.uk>", subject="told wrong family", date=d, body=body,
                subjects=1, cats=["health"],
                assessment=A(3, 3, "injury and end-of-life status of a named vulnerable resident",
                             "told to a member of the public"))


@email
def e_safeguarding_to_perpetrator(t):
    d, _ = date_hdr(19, 13, 33)
    orig = fwd_outlook(t, "Health Visiting Team B <hv.teamb@example.nhs.uk>", sent_str(19, 12, 5),
        "daz.quinn79@gmail.com", "Referral - urgent",
        f"MASH referral\nChild: {t.nm('Lacey Quinn')} DOB {t.dob(2024, 5, 19)}\n"
        f"Mother: {t.nm('Shannon Quinn')} {t.ph('07700 900233')}\n"
        f"Address: {t.addr('22 Cawthorne Avenue, Hull', 'HU4 6EN')}\n"
        "Concerns: mother disclosed DA from ex-partner, bruising seen on mother, child present during incidents.\n")
    body = ("OMG the mash referral went to the ex partners email not mash - autocomplete, dq. "
            "mum's been told and police informed. hv manager on it. please ring me 07700 900518\n\n" + orig)
    t.igph("07700 900518")
    return dict(slug="safeguarding-referral-to-perpetrator", scenario="misdirected_email_external",
                tags=["plain", "inline_outlook", "safeguarding", "child", "domestic_abuse", "autocomplete"],
                frm="Claire Doyle <claire.doyle@example.nhs.uk>", subject="FW: Referral - urgent", date=d, body=body,
                subjects=2, cats=["safeguarding"],
                assessment=A(4, 4, "domestic abuse safeguarding referral about a child and her mother",
                             "sent to the alleged perpetrator - harm highly likely"))


@email
def e_probation_letter(t):
    d, _ = date_hdr(20, 11, 11)
    orig = fwd_gmail(t, "Drug & Alcohol Service <das.admin@example.nhs.uk>", sent_str(20, 10, 30, "gmail"),
        "hull.probation@justice.gov.uk", "DRR progress report",
        f"Re: {t.nm('Connor Fitzgerald')} DOB {t.dob(1997, 8, 8, '%d-%m-%Y')}\n"
        "Drug Rehabilitation Requirement - 3 positive tests for cocaine this month, missed 2 keywork sessions.\n")
    body = ("sent drr report to hull probation, he's supervised by york. probation are external (justice.gov.uk). "
            "havent heard back from them\n\n" + orig)
    return dict(slug="drr-report-wrong-probation", scenario="misdirected_email_external",
                tags=["plain", "inline_gmail", "lowercase", "criminal", "substance_misuse", "irish_name"],
                frm="das.admin@example.nhs.uk", subject="Fwd: DRR progress report", date=d, body=body,
                subjects=1, cats=["substance_misuse", "criminal"],
                assessment=A(4, 3, "drug test results and criminal justice order of a named person",
                             "sent to the wrong probation office (outside trusted domains)"))


@email
def e_tiktok_wristband(t):
    d, _ = date_hdr(20, 17, 55)
    body = ("student nurse posted a tiktok dancing on the ward, you can read a pts wristband in one frame: "
            f"{t.nm('EZE Chukwuemeka')} {t.dob(1970, 2, 14)} {t.hosp('H0771245')}. 2k views. uni informed, "
            "asked her to take down - still up as of 5pm\n\nmatron surgery")
    return dict(slug="tiktok-wristband", scenario="social_media_post",
                tags=["plain", "no_forward", "lowercase", "published", "west_african_name", "surname_first"],
                frm="matron.surgery@example.nhs.uk", subject="tiktok", date=d, body=body,
                subjects=1, cats=["health"],
                assessment=A(3, 4, "wristband identifiers of an inpatient on a surgical ward",
                             "published on TikTok, 2k views, still up"))


@email
def e_xlsx_staff_sickness(t):
    d, _ = date_hdr(23, 9, 40)
    rows = [["Staff sickness Oct (CONFIDENTIAL - managers only)"], [],
            ["Name", "Band", "Days off", "Reason (Healthroster)", "RTW done?"]]
    reasons = ["Stress/anxiety", "MSK - back", "Stress - work related", "Gastro", "Depression", "Covid",
               "Surgery (planned)"]
    for (f, s), r in zip(pick_names(7), reasons):
        rows.append([t.nm(f"{f} {s}"), rng.choice(["Band 2", "Band 3", "Band 5", "Band 6"]), rng.randint(2, 28), r,
                     rng.choice(["Y", "N", "booked"])])
    body = ("i attached the sickness spreadsheet to the all-staff ward email instead of the rota. 60ish staff "
            "all @example.nhs.uk. recalled, recall says failed for 11\n\nsorry!\nward mgr, ward 5\n")
    return dict(slug="staff-sickness-all-staff", scenario="attachment_xlsx_staff_data",
                tags=["attachment_xlsx", "no_forward", "lowercase", "staff_as_subjects", "trusted_domain"],
                frm="Ward 5 Manager <ward5.manager@example.nhs.uk>", subject="sent wrong attachment to all staff",
                date=d, body=body, attachments=[("Oct sickness.xlsx", XLSX, make_xlsx(rows, "Oct"))],
                subjects=7, cats=["mental_health"],
                assessment=A(4, 2, "sickness reasons (incl. stress, depression) of 7 named staff",
                             "sent internally (trusted domain)"))


@email
def e_interpreter_agency(t):
    d, _ = date_hdr(23, 14, 25)
    orig = fwd_outlook(t, "Gynae Outpatients <gynae.op@example.nhs.uk>", sent_str(23, 11, 0),
        "bookings@lingualinkinterpreting.co.uk", "Polish interpreter request",
        f"Interpreter needed - Polish\nPatient: {t.nm('DĄBROWSKA Marta')}\nDOB: {t.dob(1989, 10, 5)}\n"
        f"Tel: {t.ph('0116 496 0377')}\nAppt: colposcopy clinic 2/12 09:40, abnormal smear f/u\n")
    body = ("we dont use lingualink any more, contract is with Global Voice. sent them the booking by mistake. "
            "asked them to delete, no reply\n\n" + orig)
    return dict(slug="interpreter-request-wrong-agency", scenario="misdirected_email_external",
                tags=["plain", "inline_outlook", "lowercase", "polish_name", "surname_first"],
                frm="Gynae Outpatients <gynae.op@example.nhs.uk>", subject="FW: Polish interpreter request",
                date=d, body=body, subjects=1, cats=["health"],
                assessment=A(3, 3, "colposcopy appointment for abnormal smear of a named patient",
                             "sent to an external agency no longer contracted; no deletion confirmed"))


@email
def e_western_isles_cousin(t):
    d, _ = date_hdr(24, 10, 0)
    dob = dt.date(1953, 9, 25)
    body = ("letter for the wrong Catrìona Mhoireach - there are 2 in Tolsta and the clinic letter went to the "
            f"other one. ours is {t.nm('Catrìona Mhoireach')} chi {t.chi(dob, 'F')} dob {t.dob(1953, 9, 25)}, "
            f"{t.addr('14 North Tolsta, Isle of Lewis', 'HS2 0NW')}. letter about her colonoscopy results. "
            "other lady opened it and phoned, they're cousins\n\nDonna, Western Isles Hosp med records")
    t.staff("Donna")
    return dict(slug="western-isles-same-name-letter", scenario="postal_wrong_address",
                tags=["plain", "no_forward", "lowercase", "scotland", "chi", "gaelic_name", "same_name"],
                frm="donna.macleod@nhs.scot", subject="letter to wrong Catriona", date=d, body=body,
                subjects=1, cats=["health"],
                assessment=A(3, 3, "colonoscopy results of a named patient", "opened by a relative with the same name"))


@email
def e_ni_text_bloods(t):
    d, _ = date_hdr(24, 16, 5)
    body = (f"sent bloods result text to wrong pt - meant for {t.nm('Niamh Gallagher')} (H&C {t.hc('plain')}) "
            "went to a different niamh gallagher's mobile. said 'your thyroid bloods are abnormal please book "
            "with dr'. other pt rang up confused\n\nreception, Shantallow Health Centre")
    t.alt("niamh gallagher")
    return dict(slug="ni-text-wrong-niamh", scenario="misdirected_sms",
                tags=["plain", "no_forward", "lowercase", "northern_ireland", "hc_number", "same_name", "irish_name"],
                frm="shantallow.reception@hscni.net", subject="text to wrong pt", date=d, body=body,
                subjects=1, cats=["health"],
                assessment=A(3, 3, "abnormal thyroid result of a named patient",
                             "text received by a member of the public"))


@email
def e_scot_wrong_council(t):
    d, _ = date_hdr(25, 9, 10)
    lines = []
    for (f, s), sex in zip([("Eilidh", "MacAskill"), ("Iain", "Campbell"), ("Morag", "NicLeòid"),
                            ("Angus", "Ferguson"), ("Isla", "Murray")], "FMFMF"):
        b = rand_dob(1930, 1950)
        lines.append(f"{t.nm(f'{s.upper()} {f}')} - CHI {t.chi(b, sex)} - POC 4x daily, hoist")
    orig = fwd_outlook_new(t, "Discharge Hub RIE <dischargehub.rie@nhs.scot>", sent_str(25, 8, 30),
        "care.at.home@fife.gov.uk", "Delayed discharges - packages needed",
        "Morning, the following are ready for d/c pending care:\n\n" + "\n".join(lines) + "\n\nThanks, Hub")
    body = ("these are all midlothian residents, went to fife council care at home inbox by mistake. fife "
            "have acknowledged, no confirmation of deletion yet\n\n" + orig)
    return dict(slug="discharge-list-wrong-council", scenario="misdirected_email_external",
                tags=["plain", "inline_outlook", "lowercase", "scotland", "chi", "gaelic_name", "surname_first"],
                frm="Discharge Hub RIE <dischargehub.rie@nhs.scot>", subject="FW: Delayed discharges - packages needed",
                date=d, body=body, subjects=5, cats=["health"],
                assessment=A(3, 3, "care needs of 5 named patients awaiting discharge with CHI numbers",
                             "sent to the wrong local authority (outside trusted domains)"))


@email
def e_html_dietitian(t):
    d, _ = date_hdr(25, 12, 48)
    html = ("<div dir='ltr'><div>sent the wrong meal plan doc to a pt - it was for "
            f"<b>{t.nm('Shabana Rashid')}</b> (coeliac, peanut anaphylaxis, t2dm) and went to another pt's "
            f"email. plan has her dob {t.dob(1981, 6, 6)} and hosp no {t.hosp('D5590021')}.</div>"
            "<div>other pt replied saying 'not mine?'</div><div><br></div>"
            "<div>sent from my phone</div></div>"
            "<blockquote style='margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex'>"
            "Not mine? I don't have coeliac. Regards, T<br></blockquote>")
    return dict(slug="html-meal-plan-wrong-patient", scenario="misdirected_email_external",
                tags=["html_only", "cte_qp", "lowercase", "mobile", "south_asian_name"],
                frm="Dietetics <dietetics@example.nhs.uk>", subject="Re: your meal plan", date=d, html=html,
                subjects=1, cats=["health"],
                assessment=A(3, 3, "diagnoses and allergies of a named patient",
                             "sent to another patient's personal email"))


@email
def e_physio_text_photo(t):
    d, _ = date_hdr(26, 8, 2)
    body = ("texted a pt a photo of his exercise sheet and the top of another pts sheet was in the pic - "
            f"{t.nm('Kevin Barraclough')}, {t.dob(1959, 4, 19, '%d/%m/%y')}, 'L TKR 3/52'. "
            "deleted from my phone, cant unsend\n\nsent from my iphone")
    return dict(slug="physio-photo-text", scenario="misdirected_sms",
                tags=["plain", "no_forward", "lowercase", "mobile", "cte_base64"],
                frm="gemma.physio@example.nhs.uk", subject="photo", date=d, body=body, cte="base64",
                subjects=1, cats=["health"],
                assessment=A(3, 3, "name, DOB and surgery of a patient", "sent by text to another patient"))


@email
def e_quoted_recipient_deleted(t):
    d, _ = date_hdr(26, 11, 30)
    inner = (f"Referral for {t.nm('Adaeze Nwosu')} DOB {t.dob(1992, 12, 3)} NHS {t.nhs('plain')} - "
             "suspected endometriosis, pelvic pain 2 yrs. Please see in gynae.")
    body = ("fyi the person who got this says deleted, see below. it was my typo in the address\n\n"
            "On Thu, 26 Nov 2026 at 10:58, Sam Lewis <sam.lewis2@gmail.com> wrote:\n"
            + quoted("Hi, I think you've sent this to the wrong Sam. I've deleted it and emptied my deleted items.\n"
                     "Sam\n\n"
                     "On Thu, 26 Nov 2026 at 09:12, Women's Health Referrals <whs.referrals@example.nhs.uk> wrote:\n"
                     + quoted(inner)))
    people(t, "Sam Lewis <sam.lewis2@gmail.com>", "Women's Health Referrals <whs.referrals@example.nhs.uk>")
    return dict(slug="quoted-recipient-deleted", scenario="misdirected_email_external",
                tags=["plain", "quoted_gt", "reply_chain", "containment_confirmed", "west_african_name"],
                frm="Women's Health Referrals <whs.referrals@example.nhs.uk>", subject="Re: Referral",
                date=d, body=body, subjects=1, cats=["health"],
                assessment=A(3, 2, "gynaecology referral with NHS number about a named patient",
                             "sent to a member of the public", "recipient confirms deletion (likelihood -1)"))


@email
def e_recall_internal(t):
    d, _ = date_hdr(27, 14, 14)
    body = (f"sent {t.nm('SESAY Aminata')} clinic letter ({t.nhs()}) to the wrong consultants secretary - "
            "internal, recall worked (got the 'message recalled' receipt). just logging it\n\nbex")
    t.staff("bex")
    return dict(slug="letter-wrong-secretary-recalled", scenario="misdirected_email_internal",
                tags=["plain", "no_forward", "lowercase", "recall", "trusted_domain", "west_african_name", "surname_first"],
                frm="Rebecca Ng <rebecca.ng@example.nhs.uk>", subject="wrong sec", date=d, body=body,
                subjects=1, cats=["health"],
                assessment=A(3, 2, "clinic letter of a named patient", "internal recipient; recall succeeded"))


@email
def e_ivf_wrong_couple(t):
    d, _ = date_hdr(27, 16, 0)
    orig = fwd_gmail(t, "Fertility Unit <fertility.unit@example.nhs.uk>", sent_str(27, 15, 20, "gmail"),
        "jenna.booth@outlook.com", "Treatment update",
        f"Dear {t.nm('Sanjay Patel')} and {t.nm('Anjali Patel')},\n"
        "Following your embryo transfer on 12 November, we regret that the pregnancy test was negative. "
        "Dr Hollis will discuss frozen embryo options.\n"
        f"Couple ref: FU-{t.hosp('22871')}\n")
    t.staff("Hollis")
    body = ("went to the wrong couple's email (the booths). they rang very upset as they're mid cycle too. "
            "patels not told yet\n\nfertility admin\n\n" + orig)
    return dict(slug="ivf-result-wrong-couple", scenario="misdirected_email_external",
                tags=["plain", "inline_gmail", "lowercase", "reproductive_health", "couple", "south_asian_name"],
                frm="fertility.unit@example.nhs.uk", subject="Fwd: Treatment update", date=d, body=body,
                subjects=2, cats=["reproductive_health"],
                assessment=A(4, 3, "IVF treatment outcome of a named couple", "sent to another patient's personal email"))


@email
def e_substance_bcc(t):
    d, _ = date_hdr(30, 10, 20)
    addrs = [t.em(a) for a in ("liam.oconnor@gmail.com", "jadeybabe92@hotmail.com", "m.kaminski@wp.pl",
                               "stevo.henshaw@yahoo.com", "bibi.ansah@gmail.com")]
    orig = fwd_outlook(t, "Recovery Steps <recovery.steps@example.nhs.uk>", sent_str(30, 9, 45),
        "; ".join(addrs), "Group Tuesday cancelled",
        "Hi everyone, Tuesday's relapse prevention group is cancelled. Please collect your scripts from the "
        "usual pharmacy. Keyworkers will ring.\n")
    body = ("to not bcc again :( 5 clients of the alcohol & drugs service, personal emails\n\n" + orig)
    return dict(slug="to-not-bcc-drug-service", scenario="to_not_bcc",
                tags=["plain", "inline_outlook", "lowercase", "to_not_bcc", "substance_misuse", "semicolon_list"],
                frm="Recovery Steps <recovery.steps@example.nhs.uk>", subject="FW: Group Tuesday cancelled",
                date=d, body=body, subjects=5, cats=["substance_misuse"],
                assessment=A(4, 3, "recipients' addresses disclosed to each other; reveals drug/alcohol treatment",
                             "external personal addresses"))


@email
def e_xlsx_dna_list(t):
    d, _ = date_hdr(30, 13, 5)
    rows = [["Did Not Attend report - Diabetes OP", "", "", "", ""], ["run: 29/11/2026", "", "", "", ""],
            ["PT_NAME", "NHSNO", "DOB", "CLINIC", "DNA_DATE"]]
    for f, s in pick_names(20):
        b = rand_dob(1945, 2005)
        rows.append([t.nm(f"{s.upper()}, {f.upper()}"), t.nhs("plain"), t.dob(b.year, b.month, b.day, "%Y-%m-%d"),
                     rng.choice(["DIAB NEW", "DIAB FU", "DSN"]), f"{rng.randint(1, 27):02d}/11/2026"])
    body = ("dna report went to oakwood surgery instead of oakfield, both nhs.net. 20 pts. have asked oakwood to "
            "delete\n\n" + fwd_outlook(t, "Diabetes Centre <diabetes.centre@example.nhs.uk>", sent_str(30, 11, 0),
                                        "oakwood.surgery@nhs.net", "DNA list", "Please see attached DNA list."))
    return dict(slug="dna-list-wrong-surgery", scenario="attachment_xlsx_internal",
                tags=["attachment_xlsx", "inline_outlook", "trusted_domain", "odd_headers", "caps_names"],
                frm="Diabetes Centre <diabetes.centre@example.nhs.uk>", subject="FW: DNA list",
                date=d, body=body, attachments=[("DNA_DIAB_NOV.xlsx", XLSX, make_xlsx(rows, "DNA"))],
                subjects=20, cats=["health"],
                assessment=A(3, 2, "diabetes clinic non-attendance list: 20 patients with NHS numbers",
                             "sent to another practice on nhs.net (trusted domain)"))


@email
def e_csv_flu_care_home(t):
    d, _ = date_hdr(30, 15, 40)
    rows = [["Surname", "First name", "DOB", "NHS", "Flu", "Covid", "Notes"]]
    notes = ["", "DNR", "", "egg allergy", "", "declined covid", "", "", "pt lacks capacity - LPA daughter", ""]
    for (f, s), n in zip(pick_names(10), notes):
        b = rand_dob(1925, 1948)
        t.nm(f"{f} {s}")
        rows.append([s, f, t.dob(b.year, b.month, b.day, "%d/%m/%Y"), t.nhs("space"), "given 12/11", "given 12/11", n])
    body = ("pcn vacc team emailed our residents vacc list to Beechwood Court instead of us (Beechwood House). "
            "beechwood court are a private care home, not nhs mail. 10 residents\n\n" +
            fwd_gmail(t, "PCN Immunisations <pcn.imms@nhs.net>", sent_str(30, 14, 0, "gmail"),
                      "admin@beechwoodcourt-care.co.uk", "Vaccination record", "see attached") +
            "\n\nJanet Oduya\nRegistered Manager, Beechwood House")
    t.staff("Janet Oduya")
    return dict(slug="vacc-list-wrong-care-home", scenario="attachment_csv_external",
                tags=["attachment_csv", "inline_gmail", "care_home", "vulnerable_adult", "split_name_columns"],
                frm="Janet Oduya <manager@beechwoodhouse.org.uk>", subject="vaccination list sent to wrong home",
                date=d, body=body, attachments=[("beechwood_vacc.csv", "text/csv", make_csv(rows))],
                subjects=10, cats=["health"],
                assessment=A(3, 3, "vaccination records and care notes of 10 named care-home residents",
                             "sent to an external care home"))


@email
def e_paeds_letter_wrong_parent(t):
    d, _ = date_hdr(30, 17, 10)
    body = (f"clinic letter for {t.nm('Oliwia Lewandowska')} (dob {t.dob(2017, 3, 8, '%d/%m/%Y')}) sent to "
            f"another childs parents, addressed to parents of. it has her adhd assessment + mums name "
            f"{t.nm('Anna Lewandowska')} and phone {t.ph('07700 900671')}. the other parent emailed us\n\n"
            "paeds secs")
    return dict(slug="paeds-letter-wrong-parents", scenario="postal_wrong_address",
                tags=["plain", "no_forward", "lowercase", "child", "polish_name"],
                frm="paeds.secretaries@example.nhs.uk", subject="letter wrong family", date=d, body=body,
                subjects=2, cats=["mental_health"],
                assessment=A(4, 3, "ADHD assessment of a named child (mental health)", "received by another family"))


@email
def e_fake_police(t):
    d, _ = date_hdr(23, 20, 30)
    body = ("someone rang saying they were police and asked for a pts address, receptionist gave it. turns out "
            f"it was her ex. pt is {t.nm('Folasade Ogunleye')}, dob {t.dob(1986, 1, 15)}, new addr "
            f"{t.addr('9 Heaton Road, Newcastle', 'NE6 1SA')}. she'd moved to get away from him, has a "
            "non-molestation order. he turned up tonight, police attended. marac flag was on the record\n\n"
            "duty mgr, Heaton GP")
    return dict(slug="fake-police-call-address", scenario="blagging",
                tags=["plain", "no_forward", "lowercase", "blagging", "domestic_abuse", "west_african_name"],
                frm="heaton.gp@nhs.net", subject="urgent - gave address to fake police", date=d, body=body,
                subjects=1, cats=["safeguarding"],
                assessment=A(4, 5, "address of a domestic abuse victim disclosed by blagging",
                             "misuse occurred: the perpetrator came to the address"))


@email
def e_misfiled_ecg(t):
    d, _ = date_hdr(24, 9, 5)
    body = (f"found {t.nm('KAUR Jaswinder')}s ecg filed in {t.staff('MORRISON Catriona')}s notes on ward 2. "
            f"jaswinder hosp no {t.hosp('J0043389')}. moved it to the right notes. notes hadnt left the ward\n\nward clerk")
    return dict(slug="ecg-misfiled", scenario="misfiling_internal",
                tags=["plain", "no_forward", "lowercase", "internal", "surname_first", "south_asian_name"],
                frm="ward2.clerk@example.nhs.uk", subject="misfiled ecg", date=d, body=body,
                subjects=1, cats=["health"],
                assessment=A(3, 2, "ECG of a named patient misfiled in another patient's notes",
                             "stayed on the ward, internal only"))


@email
def e_nhs_app_wrong_record(t):
    d, _ = date_hdr(27, 11, 0)
    body = (f"letter for {t.nm('Bríd Keane')} ({t.nhs()}) scanned into another pts record. that pt saw it "
            "on the nhs app - its a cmht letter about her bipolar + lithium levels. removed from wrong record now\n\n"
            "gp admin, Castle Street Surgery")
    return dict(slug="nhs-app-letter-wrong-record", scenario="misfiling_external_view",
                tags=["plain", "no_forward", "lowercase", "nhs_app", "irish_name"],
                frm="castle.street.admin@nhs.net", subject="scanned to wrong record", date=d, body=body,
                subjects=1, cats=["mental_health"],
                assessment=A(4, 3, "mental health letter (bipolar) of a named patient",
                             "viewed by another patient through the NHS App"))


@email
def e_chc_ni_number(t):
    d, _ = date_hdr(26, 15, 12)
    orig = fwd_outlook(t, "CHC Team <chc.team@example.nhs.uk>", sent_str(26, 14, 0),
        "p.mensah@gmail.com", "CHC financial assessment",
        f"Name: {t.nm('Kwame Mensah')}\nNI No: {t.ni('JK 48 21 93 C')}\nDOB: {t.dob(1941, 11, 11)}\n"
        "Bank: Lloyds, sort code 30-94-57, acct ending 4412. Pension credit £182.60/wk.\n")
    body = ("chc financial form for mr mensah went to his nephew not his son (both p. mensah). has ni no and bank "
            "details. nephew not nok. have asked him to delete\n\n" + orig)
    t.staff("p. mensah")
    return dict(slug="chc-form-wrong-relative", scenario="misdirected_email_external",
                tags=["plain", "inline_outlook", "lowercase", "ni_number", "financial", "west_african_name"],
                frm="CHC Team <chc.team@example.nhs.uk>", subject="FW: CHC financial assessment",
                date=d, body=body, subjects=1, cats=[],
                assessment=A(4, 3, "financial details and NI number of a named elderly patient",
                             "sent to a relative who is not next of kin (external)"))

# ------------------------------------------------------------------ runner (kept at the end)
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "truth.jsonl":
            os.remove(os.path.join(OUT, f))
    lines = []
    for i, fn in enumerate(EMAILS, 1):
        t = T()
        e = fn(t)
        people(t, e["frm"], e.get("to", BREACH), e.get("cc", ""))
        name = f"{i:03d}-{e['slug']}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(build(i, e))
        ids = {k: v for k, v in sorted(t.ids.items()) if v}
        ign = {k: sorted(v) for k, v in sorted(t.ign.items()) if v}
        ign_names = sorted(n for n in t.ign_names if n not in t.names)
        has = bool(ids) or bool(t.names)
        rec = {"file": name, "scenario": e["scenario"], "tags": sorted(e.get("tags", [])),
               "identifiers": ids, "names": t.names, "ignorable_names": ign_names, "ignorable": ign,
               "subjects": e["subjects"], "special_categories": e.get("cats", []),
               "near_miss": e.get("near_miss", False), "no_identifiers": not has,
               "assessment": e["assessment"]}
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} emails")


if __name__ == "__main__":
    main()
