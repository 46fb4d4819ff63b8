#!/usr/bin/env python3
"""fresh5: a held-out breach-report corpus for breachdesk (30 e-mails).

Deterministic: run it twice and the bytes are the same.  Needs openpyxl and python-docx
(run with /tmp/fresh5-venv/bin/python).  Writes NN-*.eml and truth.jsonl beside this file.

Every person, number, address and organisation here is invented.  Health numbers pass
mod-11, CHI numbers start with a real date, phone numbers are in Ofcom's drama ranges,
NI numbers follow the DWP prefix rules, postcodes have real formats.
"""
import csv
import io
import json
import os
import random
import zipfile
from email.message import EmailMessage
from email import policy

import openpyxl
import docx

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = (2026, 11, 2, 9, 0, 0)

# ------------------------------------------------------------------ identifiers

def _check(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    return 0 if c == 11 else (None if c == 10 else c)


def health_number(rng, lo, hi):
    while True:
        d9 = str(rng.randrange(lo * 10 ** 6, (hi + 1) * 10 ** 6)).zfill(9)
        c = _check(d9)
        if c is not None:
            return d9 + str(c)


def nhs(rng):            # England / Wales / IoM
    return health_number(rng, 400, 499) if rng.random() < 0.5 else health_number(rng, 600, 799)


def hc(rng):             # Northern Ireland H&C
    return health_number(rng, 320, 399)


def chi(rng, iso, female):
    y, m, d = iso.split("-")
    while True:
        two = str(rng.randrange(0, 100)).zfill(2)
        sexd = rng.choice("02468" if female else "13579")
        d9 = d + m + y[2:] + two + sexd
        c = _check(d9)
        if c is not None:
            return d9 + str(c)


def bad_mod11(rng, prefix=""):
    """A 10-digit decoy that fails the NHS check (check digit would be 10 or wrong)."""
    while True:
        n = prefix + str(rng.randrange(10 ** (9 - len(prefix)), 10 ** (10 - len(prefix))))
        n = n[:10]
        if len(n) == 10 and _check(n[:9]) != int(n[9]):
            return n


def spaced(n):
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def dashed(n):
    return f"{n[:3]}-{n[3:6]}-{n[6:]}"


INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def postcode(rng, district):
    return f"{district} {rng.randrange(1, 10)}{rng.choice(INWARD)}{rng.choice(INWARD)}"


DRAMA = {  # prefix, local range start; 1000 numbers each
    "leeds": ("0113 496 ", 0), "sheffield": ("0114 496 ", 0), "nottingham": ("0115 496 ", 0),
    "leicester": ("0116 496 ", 0), "bristol": ("0117 496 ", 0), "reading": ("0118 496 ", 0),
    "birmingham": ("0121 496 ", 0), "edinburgh": ("0131 496 ", 0), "glasgow": ("0141 496 ", 0),
    "liverpool": ("0151 496 ", 0), "manchester": ("0161 496 ", 0), "newcastle": ("0191 498 ", 0),
    "london": ("020 7946 ", 0), "cardiff": ("029 2018 ", 0), "belfast": ("028 9649 6", None),
    "generic": ("01632 960", None), "mobile": ("07700 900", None),
}


def phone(rng, where):
    p, _ = DRAMA[where]
    if where in ("belfast", "generic", "mobile"):
        return p + str(rng.randrange(0, 1000)).zfill(3)
    return p + str(rng.randrange(0, 1000)).zfill(4)


def digits_only(s):
    return "".join(c for c in s if c.isdigit())


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def ni_number(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD:
            return p + str(rng.randrange(0, 10 ** 6)).zfill(6) + rng.choice("ABCD")


def dob(rng, y0, y1):
    y = rng.randrange(y0, y1 + 1)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    return f"{y:04d}-{m:02d}-{d:02d}"


def uk(iso, style="slash"):
    y, m, d = iso.split("-")
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][int(m) - 1]
    return {"slash": f"{d}/{m}/{y}", "dot": f"{d}.{m}.{y[2:]}", "mon": f"{int(d)} {mon} {y}",
            "dash": f"{d}-{mon}-{y}", "iso": iso}[style]


# ------------------------------------------------------------------ truth

class Truth:
    def __init__(self, file, scenario, tags):
        self.d = dict(file=file, scenario=scenario, tags=sorted(tags), identifiers={}, names=[],
                      ignorable_names=[], ignorable={}, subjects=0, special_categories=[],
                      near_miss=False, no_identifiers=False, assessment={})
        self.ign("email_address", BREACH)   # the breach mailbox itself

    def add(self, kind, value):
        lst = self.d["identifiers"].setdefault(kind, [])
        if value not in lst:
            lst.append(value)
        return value

    def name(self, *names):
        for n in names:
            if n not in self.d["names"]:
                self.d["names"].append(n)

    def ign(self, kind, *vals):
        lst = self.d["ignorable"].setdefault(kind, [])
        for v in vals:
            if v not in lst:
                lst.append(v)

    def ign_name(self, *names):
        for n in names:
            if n not in self.d["ignorable_names"]:
                self.d["ignorable_names"].append(n)

    def staff(self, name, email=None, tel=None):
        self.ign_name(name)
        if email:
            self.ign("email_address", email.lower())
        if tel:
            self.ign("phone_number", digits_only(tel))
        return name

    def grade(self, severity, likelihood, basis, subjects, cats=(), near_miss=False):
        self.d["assessment"] = dict(severity=severity, likelihood=likelihood,
                                    reportable=likelihood >= 3 and severity >= 2, basis=basis)
        self.d["subjects"] = subjects
        self.d["special_categories"] = sorted(cats)
        self.d["near_miss"] = near_miss
        self.d["no_identifiers"] = not any(self.d["identifiers"].values()) and not self.d["names"]

    def person(self, p, with_dob=True, with_addr=False, with_phone=False, kinds=None):
        """Record the fields of a person dict p that appear in the text."""
        self.name(p["name"])
        for k, field in (("nhs_number", "nhs"), ("chi_number", "chi"), ("hc_number", "hc"),
                         ("hospital_number", "mrn"), ("ni_number", "ni"), ("email_address", "email")):
            if p.get(field) and (kinds is None or k in kinds):
                self.add(k, p[field] if k != "email_address" else p[field].lower())
        if with_dob and p.get("dob"):
            self.add("date_of_birth", p["dob"])
        if p.get("pc") and (kinds is None or "postcode" in kinds):
            self.add("postcode", p["pc"])
        if with_addr and p.get("addr"):
            self.add("address", f"{p['addr']}, {p['town']}, {p['pc']}")
        if with_phone and p.get("tel"):
            self.add("phone_number", digits_only(p["tel"]))


# ------------------------------------------------------------------ documents

def rezip(data):
    """Rewrite an OOXML zip with fixed timestamps so output is deterministic (openpyxl stamps
    dcterms:modified with the clock at save time; pin it)."""
    import re as _re
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-11-02T09:00:00Z", body)
            z.writestr(zi, body)
    return out.getvalue()


def make_xlsx(sheets, hidden=()):
    """sheets: list of (title, rows) ; rows[0] is the header."""
    import datetime as dt
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
        if title in hidden:
            ws.sheet_state = "hidden"
    wb.properties.creator = "fresh5"
    wb.properties.created = dt.datetime(2026, 11, 2, 9, 0, 0)
    wb.properties.modified = dt.datetime(2026, 11, 2, 9, 0, 0)
    b = io.BytesIO()
    wb.save(b)
    return rezip(b.getvalue())


def make_docx(paras, tables=()):
    """paras: list of str (a str starting with '# ' is a heading); tables: list of rows lists,
    inserted where a para equals '[[TABLE n]]'."""
    import datetime as dt
    d = docx.Document()
    for p in paras:
        if p.startswith("[[TABLE "):
            rows = tables[int(p[8:-2])]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
        elif p.startswith("# "):
            d.add_heading(p[2:], level=1)
        else:
            d.add_paragraph(p)
    cp = d.core_properties
    cp.author = "fresh5"
    cp.created = dt.datetime(2026, 11, 2, 9, 0, 0)
    cp.modified = dt.datetime(2026, 11, 2, 9, 0, 0)
    cp.last_modified_by = "fresh5"
    cp.revision = 1
    b = io.BytesIO()
    d.save(b)
    return rezip(b.getvalue())


def make_pdf(lines):
    """A minimal one-or-more page PDF with Helvetica text (WinAnsi), extractable."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("cp1252", "replace")
    pages = [lines[i:i + 50] for i in range(0, len(lines), 50)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, pl in enumerate(pages):
        content = b"BT /F1 10 Tf 50 800 Td 14 TL\n" + b"".join(b"(" + esc(l) + b") Tj T*\n" for l in pl) + b"ET"
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                    f"/Contents {5 + 2 * i} 0 R >>".encode())
        objs.append(b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + o + b"\nendobj\n")
    x = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue()


def make_csv(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue().encode("utf-8")


XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
PDF = ("application", "pdf")


# ------------------------------------------------------------------ messages

BREACH = "breach@example.nhs.uk"


def new_msg(frm, subject, date, n, to=BREACH, extra=()):
    m = EmailMessage(policy=policy.default)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = f"<fresh5.{n:02d}.{n * 7919}@mail.example.nhs.uk>"
    m["MIME-Version"] = "1.0"
    for k, v in extra:
        m[k] = v
    return m


def attach(m, data, maintype, subtype, filename):
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)


def finish(m, n):
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary(f"----=_fresh5_{n:02d}_{i:02d}")
    return m.as_bytes(policy=policy.default.clone(linesep="\r\n"))


def outlook_fwd(frm, sent, to, subject, cc=None):
    s = f"From: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return "________________________________\n" + s + f"Subject: {subject}\n\n"


def gmail_fwd(frm, date, to, subject, cc=None):
    s = f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + "\n"


def apple_fwd(frm, date, to, subject):
    return f"Begin forwarded message:\n\nFrom: {frm}\nSubject: {subject}\nDate: {date}\nTo: {to}\n\n"


# ------------------------------------------------------------------ people

def person(rng, name, y0, y1, district, town, street, health="nhs", female=None, tel=None, mrn=None):
    p = dict(name=name, dob=dob(rng, y0, y1), pc=postcode(rng, district), town=town,
             addr=f"{rng.randrange(1, 120)} {street}")
    if health == "nhs":
        p["nhs"] = nhs(rng)
    elif health == "hc":
        p["hc"] = hc(rng)
    elif health == "chi":
        p["chi"] = chi(rng, p["dob"], female)
    if tel:
        p["tel"] = phone(rng, tel)
    if mrn:
        p["mrn"] = mrn + str(rng.randrange(10 ** 6, 10 ** 7))
    return p


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# 01 acute trust: discharge summary (DOCX) to the wrong external address, Outlook inline forward
@case
def c01(n):
    rng = random.Random(101)
    t = Truth(f"{n:02d}-acute-misdirected-discharge-docx.eml", "acute_misdirected_email_docx",
              ["acute", "misdirected_email", "docx", "inline_outlook", "external_recipient"])
    p = person(rng, "Gareth Pennington", 1948, 1956, "LS6", "Leeds", "Cardigan Road", mrn="RL")
    p["tel"] = phone(rng, "leeds")
    t.person(p, with_addr=True, with_phone=True)
    nok = "Maureen Pennington"
    t.name(nok)
    nok_tel = t.add("phone_number", digits_only(phone(rng, "mobile")))
    sender = t.staff("Priya Chauhan", "priya.chauhan@example.nhs.uk", "0113 496 0412")
    t.staff("Tom Hendry", "tom.hendry@example.nhs.uk")
    t.ign_name("Dr T Hendry")
    t.ign("email_address", "g.medley1971@gmail.com", "breach@example.nhs.uk")
    t.ign("postcode", "LS9 7TF")
    docx_bytes = make_docx([
        "# Discharge Summary - Ward 27 (Cardiology)",
        "St Wilfrid's General Hospital, Beckett Street, Leeds LS9 7TF",
        "[[TABLE 0]]",
        f"Admitted 19/10/2026 with NSTEMI. Angiogram showed two-vessel disease; PCI to LAD on 22/10/2026. "
        f"Background type 2 diabetes, CKD stage 3a. Discharged on ticagrelor, aspirin, bisoprolol, ramipril.",
        f"Next of kin: {nok} (wife), tel {uk_tel(nok_tel)}.",
        "GP actions: repeat U&E in 2 weeks. Cardiac rehab referral made (ref CR-26-0931).",
        "Dictated by Dr T Hendry, Cardiology SpR.",
    ], tables=[[["Patient", p["name"].upper()], ["DOB", uk(p["dob"])], ["NHS No", spaced(p["nhs"])],
                ["Hospital No", p["mrn"]], ["Address", f"{p['addr']}, {p['town']} {p['pc']}"],
                ["Telephone", p["tel"]]]])
    m = new_msg("Priya Chauhan <priya.chauhan@example.nhs.uk>", "FW: Discharge summary - Ward 27",
                "Mon, 02 Nov 2026 10:14:07 +0000", n)
    body = ("Hi IG team,\n\nI'm really sorry - I've sent a discharge summary to the wrong address. The GP practice "
            "email auto-completed to what looks like a personal gmail (g.medley1971@gmail.com) instead of the "
            "practice nhs.net box. I've tried to recall it but it says recall failed. Original below, the summary "
            "is attached to it.\n\nDatix 48213 raised.\n\nPriya Chauhan\nWard Clerk, Ward 27\nExt 0113 496 0412\n\n"
            + outlook_fwd("Priya Chauhan", "02 November 2026 09:41", "g.medley1971@gmail.com",
                          "Discharge summary - Ward 27")
            + "Please find attached discharge summary for your patient, discharged 30/10.\n\nKind regards\nPriya\n")
    m.set_content(body)
    attach(m, docx_bytes, *DOCX, "Discharge_Summary_W27.docx")
    t.grade(3, 3, "Discharge summary (cardiac diagnosis, medicines) with NHS number sent to an unknown external "
            "gmail address; recall failed.", 2, ["health"])
    return t, m


def uk_tel(digits):
    if digits.startswith("07"):
        return f"{digits[:5]} {digits[5:]}"
    if digits.startswith("02"):
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    if digits.startswith("011") or digits.startswith("01") and digits[3] == "1":
        return f"{digits[:4]} {digits[4:7]} {digits[7:]}"
    return f"{digits[:5]} {digits[5:]}"


# 02 GP practice: fertility clinic letter to an old address, lower-case receptionist
@case
def c02(n):
    rng = random.Random(102)
    t = Truth(f"{n:02d}-gp-letter-old-address.eml", "gp_letter_old_address",
              ["gp", "misdirected_letter", "old_address", "lowercase", "reproductive"])
    p = person(rng, "Amira Haddad", 1989, 1993, "M14", "Manchester", "Ladybarn Lane")
    old_addr = f"{rng.randrange(2, 90)} Wilbraham Road"
    old_pc = postcode(rng, "M21")
    partner = "Yusuf Haddad"
    t.name(p["name"], partner)
    t.add("nhs_number", p["nhs"])
    t.add("date_of_birth", p["dob"])
    t.add("address", f"{old_addr}, Manchester, {old_pc}")
    t.add("postcode", old_pc)
    caller_tel = phone(rng, "manchester")
    t.staff("Jade Whitworth", "jade.whitworth@nhs.net")
    t.ign("phone_number", digits_only(caller_tel))   # the new occupant who rang (a recipient)
    m = new_msg("Jade Whitworth <jade.whitworth@nhs.net>", "letter gone to old address",
                "Mon, 02 Nov 2026 11:02:51 +0000", n)
    body = (f"hi\n\nnot sure if this is one for you but the practice manager said to send it in. a man rang this "
            f"morning from {old_addr} (M21) to say hes had a letter for amira haddad who used to live there. he opened "
            f"it before he saw the name. its from the hospital fertility unit about her and her husband yusuf haddad's IVF "
            f"cycle - egg collection date, her AMH result and his semen analysis. her nhs no on the letter is "
            f"{p['nhs']} dob {uk(p['dob'], 'dot')}.\n\nshe moved to Ladybarn Lane in the summer and told us, we "
            f"updated our system but the hospital must of had the old address from the referral. he said he'll "
            f"post it back to us. his number is {caller_tel} if needed.\n\nold address was {old_addr}, Manchester, "
            f"{old_pc}\n\njade (reception)\nParkside Medical Practice\n")
    m.set_content(body)
    t.grade(4, 3, "Fertility treatment letter (reproductive health of two named people) opened by the new "
            "occupant of a former address.", 2, ["reproductive_health", "health"])
    return t, m


# 03 sexual health clinic: PrEP reminder sent with To not Bcc; original attached as message/rfc822
@case
def c03(n):
    rng = random.Random(103)
    t = Truth(f"{n:02d}-sexual-health-to-not-bcc-rfc822.eml", "sexual_health_to_not_bcc",
              ["sexual_health", "to_not_bcc", "rfc822_attachment", "html_only_inner", "cte_quoted_printable"])
    people = ["Daniel Okafor", "Sean Gallagher", "Marek Kowalczyk", "Harjit Sandhu", "Callum Fraser",
              "Luis Moreno", "Tomasz Nowak", "Kwame Asante", "Oliver Brennan", "Ravi Menon",
              "Jamie Leigh", "Aled Griffiths", "Chris Ng", "Femi Adeyemi"]
    doms = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com"]
    addrs = []
    for i, nm in enumerate(people):
        f, l = nm.lower().split()
        style = i % 4
        local = [f"{f}.{l}", f"{f[0]}{l}{rng.randrange(10, 99)}", f"{l}.{f}", f"{f}{l[0]}_{rng.randrange(70, 99)}"][style]
        a = f"{local}@{doms[i % len(doms)]}"
        addrs.append(a)
        t.add("email_address", a)
    # display names for the first 9 only; the rest are bare addresses
    shown = [f'"{people[i]}" <{addrs[i]}>' if i < 9 else addrs[i] for i in range(len(people))]
    t.name(*people[:9])
    t.ign_name(*people[9:])   # bare addresses: a name read out of the address is neither hit nor miss
    sender = t.staff("Kirsty Mather", "kirsty.mather@example.nhs.uk")
    t.ign("email_address", "riverside.sh@example.nhs.uk")
    t.staff("Dr Olu Bankole", "olu.bankole@example.nhs.uk", "020 7946 0771")
    t.ign("phone_number", "02079460770")
    inner = EmailMessage(policy=policy.default)
    inner["From"] = "Riverside Sexual Health <riverside.sh@example.nhs.uk>"
    inner["To"] = ", ".join(shown)
    inner["Subject"] = "Your PrEP review appointment - please book"
    inner["Date"] = "Fri, 30 Oct 2026 16:48:12 +0000"
    inner["Message-ID"] = "<prep-reminder-2210@example.nhs.uk>"
    inner.set_content("<html><body><p>Dear patient,</p><p>Our records show you are due your 3-monthly PrEP review "
                      "(HIV test, kidney function and repeat prescription). Please book online or call 020 7946 0770."
                      "</p><p>Riverside Sexual Health &ndash; caf&eacute; drop-in Thursdays.</p></body></html>",
                      subtype="html", cte="quoted-printable")
    m = new_msg("Dr Olu Bankole <olu.bankole@example.nhs.uk>", "URGENT - PrEP group email sent open copy",
                "Fri, 30 Oct 2026 17:20:33 +0000", n)
    m.set_content("IG team,\n\nOne of our admin team (Kirsty Mather) has sent the PrEP review reminder to 14 patients "
                  "with all addresses in the To line rather than Bcc. Every recipient can see the others and, given "
                  "the service, infer they are on HIV PrEP. Two patients have already replied-all. The original is "
                  "attached as sent. Recall attempted; most are external providers so it will not work.\n\n"
                  "Dr Olu Bankole\nClinical Lead, Riverside Sexual Health\n020 7946 0771\n")
    m.add_attachment(inner)
    t.grade(4, 3, "Sexual-health clinic mail (PrEP/HIV context) disclosed 14 patients' addresses to each other; "
            "recipients are the data subjects.", 14, ["sexual_health", "health"])
    return t, m


# 04 mental health trust: snooping on an ex-partner's record, misuse reported
@case
def c04(n):
    rng = random.Random(104)
    t = Truth(f"{n:02d}-mental-health-snooping.eml", "mental_health_snooping",
              ["mental_health", "snooping", "audit_trail", "formal", "decoys"])
    p = person(rng, "Niamh Doherty", 1990, 1995, "L8", "Liverpool", "Lodge Lane", mrn="MH")
    mum = person(rng, "Bernadette Doherty", 1960, 1966, "L8", "Liverpool", "Lodge Lane", mrn="MH")
    t.name(p["name"], mum["name"])
    for x in (p, mum):
        t.add("nhs_number", x["nhs"])
        t.add("hospital_number", x["mrn"])
    t.add("date_of_birth", p["dob"])
    t.staff("Helen Rourke", "helen.rourke@example.nhs.uk", "0151 496 0555")
    t.ign_name("Craig Lunt")
    asset = "WS-004817"
    m = new_msg("Helen Rourke <helen.rourke@example.nhs.uk>", "Inappropriate access - RiO audit findings (restricted)",
                "Tue, 03 Nov 2026 08:55:00 +0000", n)
    m.set_content(
        "Dear DPO,\n\nFurther to the concern raised by a service user on Friday, the RiO access audit (request ref "
        "AUD-2026-1187, run 02/11/2026) confirms that Craig Lunt, Band 3 administrator in the Community Mental Health "
        "Team, viewed two records with no legitimate relationship:\n\n"
        f"  1. Niamh Doherty, RiO ID {p['mrn']}, NHS No. {dashed(p['nhs'])}, DOB {uk(p['dob'], 'mon')} - "
        "progress notes, crisis plan and the letter from the perinatal mental health team were opened on 11 occasions "
        "between 14/09/2026 and 29/10/2026.\n"
        f"  2. Bernadette Doherty (her mother), RiO ID {mum['mrn']}, NHS No. {mum['nhs']} - demographics and "
        "the depression review letter, 3 occasions.\n\n"
        "Ms Doherty is Mr Lunt's former partner. She reports that on 30/10 he sent her a text referring to what she "
        "had said to her care coordinator, which is how this came to light. Workstation "
        f"{asset}; smartcard session log attached to the Datix (ID 48377). Mr Lunt has been suspended pending HR "
        "investigation and his access revoked.\n\nWe consider this reportable: special category data, confirmed "
        "access and misuse.\n\nHelen Rourke\nInformation Governance Manager\nMersey Vale Partnership NHS FT\n"
        "0151 496 0555\n")
    t.grade(4, 5, "Deliberate unauthorised access by an ex-partner to mental-health records, with misuse reported "
            "(he quoted clinical content to her).", 2, ["mental_health", "health"])
    return t, m


# 05 ambulance: paper patient report forms left at a petrol station
@case
def c05(n):
    rng = random.Random(105)
    t = Truth(f"{n:02d}-ambulance-lost-paper-prf.eml", "ambulance_lost_paper",
              ["ambulance", "lost_paper", "found_by_public", "decoys"])
    ps = [person(rng, "Derek Ashworth", 1938, 1945, "BB2", "Blackburn", "Preston New Road"),
          person(rng, "Shabana Akhtar", 1970, 1978, "BB1", "Blackburn", "Whalley Range"),
          person(rng, "Kayden Holt", 2011, 2014, "BB3", "Darwen", "Bolton Road")]
    for p in ps:
        t.person(p, with_addr=True)
    t.staff("Lee Tattersall", "lee.tattersall@example-ambulance.nhs.uk", "01632 960 214")
    t.ign_name("Sgt Ellis")
    cad = "CAD 2611020417"
    m = new_msg("Lee Tattersall <lee.tattersall@example-ambulance.nhs.uk>",
                "lost PRF copies - found at garage", "Mon, 02 Nov 2026 07:31:19 +0000", n)
    rows = "\n".join(f"- {p['name']}, DOB {uk(p['dob'])}, NHS {p['nhs']}, {p['addr']}, {p['town']} {p['pc']} - {d}"
                     for p, d in zip(ps, ["fall at home, ?#NOF, on warfarin",
                                          "chest pain, hx of angina, taken to RBH",
                                          "asthma attack at school, 12yo, mum on scene"]))
    m.set_content(
        "Morning,\n\nReporting as asked by the duty manager. On nights (01/11) we stopped for fuel at the Shell on "
        "Blackburn Rd and the yellow copies of 3 paper PRFs (the backup forms we used while the ePCR tablet was down) "
        "must have slipped out of the clipboard on the forecourt. A member of the public handed them to Darwen police "
        f"station this morning and Sgt Ellis rang our control. We don't know who else saw them. Incident {cad}.\n\n"
        f"Patients on the forms:\n{rows}\n\nVehicle call sign 4127, asset tag AMB-58812 if needed for the report.\n\n"
        "Lee Tattersall\nParamedic, Blackburn station\n01632 960 214\n")
    t.grade(3, 3, "Three clinical patient report forms (one child) lost in a public place; found by a member of "
            "the public; unknown exposure.", 3, ["health"])
    return t, m


# 06 community trust: stolen unencrypted laptop; caseload XLSX with several sheets
@case
def c06(n):
    rng = random.Random(106)
    t = Truth(f"{n:02d}-community-stolen-laptop-xlsx.eml", "community_stolen_unencrypted_laptop",
              ["community", "stolen_laptop", "unencrypted", "xlsx", "xlsx_multi_sheet", "xlsx_typed_cells", "decoys"])
    names = ["Edna Sowerby", "ARMITAGE, Frank", "Gwen Pickles", "Mohammed Rafiq", "Irene Kowalski",
             "Stanley Greenwood", "Patricia O'Hara", "Bashir Hussain", "Joan Clegg", "Albert Firth",
             "Doreen Walsh", "Kenneth Lumb"]
    streets = ["Moor Lane", "Bradford Road", "Halifax Road", "Manningham Lane", "Otley Road", "Leeds Road"]
    ps = []
    for i, nm in enumerate(names):
        p = person(rng, nm, 1928, 1952, rng.choice(["BD3", "BD8", "BD9", "BD18"]), "Bradford", streets[i % 6],
                   tel="generic")
        ps.append(p)
        t.person(p, with_addr=True, with_phone=True)
    canon = {"ARMITAGE, Frank": "Frank Armitage"}
    t.d["names"] = [canon.get(x, x) for x in t.d["names"]]
    case_rows = [["Pt Name", "D.O.B.", "NHS No", "Address", "Postcode", "Tel", "Visit freq"]]
    for p in ps:
        import datetime as _dt
        case_rows.append([p["name"], _dt.datetime(*map(int, p["dob"].split("-"))), int(p["nhs"]),
                          f"{p['addr']}, Bradford", p["pc"], p["tel"],
                          rng.choice(["daily", "BD", "3x wk", "weekly"])])
    wound = [["NHS number", "Wound", "Dressing", "Next review"]]
    for p in ps[:7]:
        wound.append([spaced(p["nhs"]), rng.choice(["leg ulcer L", "sacral PU cat 3", "heel PU cat 2", "post-op abdo"]),
                      rng.choice(["Aquacel + K2", "Allevyn", "Inadine", "Mepilex"]), "09/11/2026"])
    eol = [["Name", "DNACPR", "Just in case meds", "Preferred place of death"]]
    for p in ps[7:11]:
        eol.append([p["name"], "Yes - in house", "Yes", rng.choice(["Home", "Hospice"])])
    stats = [["Week", "Visits", "Mileage"], ["w/c 26/10", 412, 1893], ["w/c 19/10", 398, 1810]]
    xl = make_xlsx([("Caseload", case_rows), ("Wounds", wound), ("EoL register", eol), ("Stats", stats)])
    t.staff("Rachel Sutcliffe", "rachel.sutcliffe@example.nhs.uk", "01632 960 101")
    t.staff("Imran Qureshi", "imran.qureshi@example.nhs.uk")
    m = new_msg("Rachel Sutcliffe <rachel.sutcliffe@example.nhs.uk>",
                "Stolen laptop - district nursing - NOT encrypted", "Mon, 02 Nov 2026 08:12:40 +0000", n)
    m.set_content(
        "Hello,\n\nOne of our district nursing team laptops (asset DN-LT-0342, serial 5CG1384QX7) was stolen from a "
        "team member's car on Saturday night outside her house. Police crime ref 13260311874. IT (Imran Qureshi) have "
        "checked and BitLocker was never turned on for this device - it was a loan laptop re-imaged in September. "
        "The nurse had saved a copy of the caseload spreadsheet to the desktop to work on at home. I've attached the "
        "copy from our shared drive, which IT say matches the one on the laptop's last sync (12 patients, wound "
        "sheet and the end-of-life register).\n\nRachel Sutcliffe\nTeam Leader, Bradford North District Nursing\n"
        "01632 960 101\n")
    attach(m, xl, *XLSX, "DN North caseload Nov.xlsx")
    t.grade(3, 3, "Unencrypted laptop stolen holding a caseload of 12 housebound patients with wound and "
            "end-of-life (DNACPR) information.", 12, ["health"])
    return t, m


# 07 adult social care: safeguarding referral (DOCX) e-mailed to a namesake
@case
def c07(n):
    rng = random.Random(107)
    t = Truth(f"{n:02d}-social-care-safeguarding-misdirected.eml", "social_care_safeguarding_misdirected",
              ["social_care", "safeguarding", "misdirected_email", "docx", "gmail_inline"])
    su = person(rng, "Winifred Okonkwo", 1934, 1940, "NG7", "Nottingham", "Hartley Road")
    son = "Desmond Okonkwo"
    daughter = "Grace Okonkwo-Bell"
    dt_tel = phone(rng, "nottingham")
    t.person(su, with_addr=True)
    t.name(son, daughter)
    t.add("phone_number", digits_only(dt_tel))
    t.staff("Lauren Bexley", "lauren.bexley@example-council.gov.uk", "0115 496 0330")
    t.ign("email_address", "grace.okonkwo@gmail.com")
    t.add("email_address", "grace.okonkwobell@gmail.com")
    doc = make_docx([
        "# Adult Safeguarding Concern - Section 42 enquiry",
        f"Adult at risk: Mrs Winifred OKONKWO   DOB: {uk(su['dob'])}   NHS number: {su['nhs']}",
        f"Address: {su['addr']}, Nottingham {su['pc']}",
        "Needs: vascular dementia (moderate), lives alone, twice-daily home care.",
        f"Concern: home care staff report that her son, {son}, has been withdrawing cash with her bank card; "
        "carers found unpaid utility letters and no food in the house on 3 visits. Mrs Okonkwo said she is "
        "'frightened to say no to him'.",
        f"Other family: daughter {daughter} (lives in Leicester), tel {dt_tel} - supportive, not yet informed.",
        "Plan: strategy discussion 05/11/2026; police informed (ref 26000388114).",
    ])
    m = new_msg("Lauren Bexley <lauren.bexley@example-council.gov.uk>", "Fwd: safeguarding concern - OKONKWO",
                "Tue, 03 Nov 2026 13:05:12 +0000", n)
    m.set_content(
        "Hi,\n\nI need to report that I sent the attached safeguarding concern to the wrong Grace. I meant to send "
        "it to the daughter's address on the file (grace.okonkwobell@gmail.com) so she knew about the strategy "
        "meeting but autocomplete picked grace.okonkwo@gmail.com, who has emailed back saying she is not related "
        "and doesn't know the family. She says she has deleted it but I've no way to check. The document "
        "names the son as the alleged perpetrator.\n\nLauren Bexley\nSocial Worker, Adult Social Care (City "
        "South)\n0115 496 0330\n\n"
        + gmail_fwd("Lauren Bexley <lauren.bexley@example-council.gov.uk>", "Tue, 3 Nov 2026 at 11:47",
                    "grace.okonkwo@gmail.com", "safeguarding concern - OKONKWO")
        + "Dear Grace,\n\nAs discussed on the phone, please see attached. The strategy meeting is Thursday.\n\n"
          "Lauren\n")
    attach(m, doc, *DOCX, "S42 concern OKONKWO W.docx")
    t.grade(4, 3, "Safeguarding referral about a vulnerable adult with dementia, naming the alleged "
            "perpetrator, sent to an unrelated member of the public; deletion claimed, not verified.", 3,
            ["safeguarding", "health", "criminal"])
    return t, m


# 08 hospice: palliative referral faxed to the wrong number (a tyre garage); PDF of what was sent
@case
def c08(n):
    rng = random.Random(108)
    t = Truth(f"{n:02d}-hospice-fax-misdial-pdf.eml", "hospice_fax_misdirected_pdf",
              ["hospice", "fax", "misdirected_fax", "pdf", "decoys"])
    p = person(rng, "Brian Colclough", 1949, 1955, "ST4", "Stoke-on-Trent", "Lichfield Street", tel="generic")
    carer = "Sandra Colclough"
    t.person(p, with_addr=True, with_phone=True)
    t.name(carer)
    t.staff("Sister Angela Moss", "angela.moss@example-hospice.org.uk", "01632 960 550")
    t.staff("Dr Fiona Kerr")
    t.ign("phone_number", "01632960551", "01632960998", "01632960989")
    t.ign("postcode", "ST4 6QG")
    pdf = make_pdf([
        "HANLEY MOOR COMMUNITY HOSPICE (fictional)  -  FAX",
        "To: Hanley Health Centre  Fax: 01632 960 998      From: Hospice at Home team  Fax: 01632 960 551",
        "Pages: 2 (incl. cover)     Date: 30/10/2026",
        "CONFIDENTIAL - intended for the named recipient only",
        "",
        "REFERRAL FOR SPECIALIST PALLIATIVE CARE",
        f"Name: {p['name']}      DOB: {uk(p['dob'])}      NHS No: {spaced(p['nhs'])}",
        f"Address: {p['addr']}, Stoke-on-Trent, {p['pc']}      Tel: {p['tel']}",
        "Diagnosis: metastatic pancreatic adenocarcinoma, liver mets. Prognosis weeks.",
        "Symptoms: pain poorly controlled on MST 60mg bd; nausea; low mood.",
        f"Main carer: wife, {carer}. Patient aware of diagnosis; does not want his brother told.",
        "Request: syringe driver set-up and anticipatory medicines, DNACPR discussed and in place.",
        "Referrer: Dr Fiona Kerr, Hospice Consultant",
        "",
        "Hospice, Leek Road, Stoke-on-Trent ST4 6QG",
    ])
    m = new_msg("Sister Angela Moss <angela.moss@example-hospice.org.uk>",
                "Fax sent to wrong number - palliative referral", "Fri, 30 Oct 2026 15:22:09 +0000", n)
    m.set_content(
        "Dear Information Governance,\n\nAt 13:10 today a 2-page referral was faxed to 01632 960 989 instead of the "
        "health centre's 01632 960 998 (two digits transposed). The number belongs to a tyre and exhaust garage; "
        "their manager rang us at 14:30 to say they had received it and had put it in their office. I have asked "
        "them to shred it and they agreed but we cannot confirm. A copy of what was sent is attached (PDF scan). "
        "Fax confirmation sheet job no. 000417.\n\nWe still use fax for out-of-hours GP referrals - I'll raise "
        "this at the governance meeting.\n\nSister Angela Moss\nHospice at Home Lead\n01632 960 550\n")
    attach(m, pdf, *PDF, "fax_scan_301026.pdf")
    t.grade(3, 3, "Palliative-care referral (diagnosis, prognosis, DNACPR) received by a business; shredding "
            "agreed but not verified.", 2, ["health"])
    return t, m


# 09 community pharmacy: verbal disclosure of methadone supervision to a caller, written up
@case
def c09(n):
    rng = random.Random(109)
    t = Truth(f"{n:02d}-pharmacy-verbal-disclosure.eml", "pharmacy_verbal_disclosure",
              ["pharmacy", "verbal_disclosure", "substance_misuse", "written_up"])
    p = person(rng, "Kieran Boyle", 1984, 1990, "NE4", "Newcastle upon Tyne", "Elswick Road")
    t.name(p["name"])
    t.add("date_of_birth", p["dob"])
    t.add("nhs_number", p["nhs"])
    caller_tel = phone(rng, "mobile")
    t.staff("Anil Parmar", "anil.parmar@nhs.net", "0191 498 0622")
    t.ign("phone_number", digits_only(caller_tel))
    m = new_msg("Anil Parmar <anil.parmar@nhs.net>", "Incident report - information given over the phone",
                "Tue, 03 Nov 2026 17:45:30 +0000", n)
    m.set_content(
        "To whom it may concern,\n\nI am the responsible pharmacist at Westgate Road Pharmacy (ODS FX418). I wish "
        "to report the following, written up as soon as practical after the event.\n\n"
        "At about 11:20 on Tuesday 3 November a woman telephoned saying she was the partner of one of our patients, "
        f"Kieran Boyle (DOB {uk(p['dob'])}), and asked whether he had 'been in for his script today'. My dispensing "
        "assistant, who is new, confirmed that he had not yet collected his supervised methadone dose and that his "
        "pick-up days are Monday to Saturday, and mentioned that his prescription comes from the drug and alcohol "
        "service. The caller then asked which keyworker he sees, at which point the assistant checked with me.\n\n"
        f"When Mr Boyle attended at 15:00 he told us he had separated from this woman and had a restraining order "
        f"against her. He was very distressed. The caller's number was withheld on our phone; he gave me her "
        f"mobile as {caller_tel}. His NHS number for your records is {p['nhs']}.\n\n"
        "I have spoken to the assistant and we have re-done the confidentiality SOP together.\n\n"
        "Anil Parmar MRPharmS\nResponsible Pharmacist\n0191 498 0622\n")
    t.grade(4, 4, "Substance-misuse treatment disclosed by phone to a hostile ex-partner subject to a restraining "
            "order.", 1, ["substance_misuse", "health"])
    return t, m


# 10 dental practice: exemption-claim CSV with NI numbers sent to the wrong external company
@case
def c10(n):
    rng = random.Random(110)
    t = Truth(f"{n:02d}-dental-csv-ni-numbers.eml", "dental_misdirected_csv",
              ["dentist", "misdirected_email", "csv", "ni_number", "external_recipient", "odd_headers"])
    names = ["Lisa Tranter", "Piotr Zieliński", "Sunita Devi", "Craig McAllister", "Joanne Bright",
             "Ayesha Begum", "Wayne Dunmore", "Agnieszka Wróbel", "Liam Fenwick", "Precious Moyo"]
    rows = [["surname", "forename", "dob", "NHS no", "NINO", "exemption", "course complete", "band"]]
    for nm in names:
        f, l = nm.split(" ", 1)
        p = person(rng, nm, 1965, 2002, rng.choice(["B12", "B11", "B10"]), "Birmingham", "Ladypool Road")
        p["ni"] = ni_number(rng)
        rows.append([l.upper(), f, uk(p["dob"], "iso"), p["nhs"], f"{p['ni'][:2]} {p['ni'][2:4]} {p['ni'][4:6]} "
                     f"{p['ni'][6:8]} {p['ni'][8]}", rng.choice(["UC", "ESA(IR)", "JSA(IB)", "Pension Credit GC"]),
                     uk(dob(rng, 2026, 2026)[:5] + "10-" + str(rng.randrange(10, 29)), "slash"),
                     rng.choice(["1", "2", "3"])])
        t.name(nm)
        t.add("date_of_birth", p["dob"])
        t.add("nhs_number", p["nhs"])
        t.add("ni_number", p["ni"])
    t.staff("Emma Hartigan", "emma.hartigan@example-dental.co.uk", "0121 496 0787")
    t.ign("email_address", "accounts@hartley-signs.co.uk")
    m = new_msg("Emma Hartigan <emma.hartigan@example-dental.co.uk>", "Data breach - wrong email - exemption list",
                "Wed, 04 Nov 2026 09:30:00 +0000", n)
    m.set_content(
        "Hi,\n\nI'm the practice manager at Ladypool Dental Care. Yesterday afternoon I emailed our October "
        "exemption-check list to what I thought was our NHS BSA contact but it went to accounts@hartley-signs.co.uk "
        "(the sign company who did our new shop front - their address was in my recent list). They haven't replied. "
        "The file has 10 patients with dates of birth, NHS numbers, National Insurance numbers and what benefit "
        "they claim. A copy of the CSV is attached.\n\nInvoice HS-20931 from the sign company is how I found the "
        "address, if that matters.\n\nEmma Hartigan\nPractice Manager\n0121 496 0787\n")
    attach(m, make_csv(rows), "text", "csv", "exemptions_oct26.csv")
    t.grade(3, 3, "Ten dental patients' NHS and NI numbers with benefit status sent to an unrelated company; "
            "no confirmation of deletion.", 10, ["health"])
    return t, m


# 11 optician: domiciliary schedule (HTML table) sent to one patient; HTML-only, base64
@case
def c11(n):
    rng = random.Random(111)
    t = Truth(f"{n:02d}-optician-html-only-base64.eml", "optician_html_only",
              ["optician", "html_only", "cte_base64", "misdirected_email", "external_recipient", "table_html"])
    names = ["Margaret Lunn", "Harold Beresford", "Evelyn Chadwick", "Rajinder Kaur", "Thomas Egan", "Dilys Morgan"]
    rows = []
    for nm in names:
        p = person(rng, nm, 1930, 1948, rng.choice(["EX2", "EX4", "EX1"]), "Exeter", rng.choice(
            ["Cowick Street", "Pinhoe Road", "Topsham Road", "Sidwell Street"]), tel="generic")
        rows.append(p)
        t.person(p, with_addr=True, with_phone=True, kinds={"postcode"})   # no NHS number on this list
    notes = ["diabetic, R1M0 last yr", "glaucoma on latanoprost", "wet AMD L eye, under eye clinic",
             "cataract listed", "diabetic, background DR", "registered sight impaired"]
    recip = "r.lunn.family@btinternet.com"
    t.ign("email_address", recip)
    t.staff("Nadia Rahman", "nadia@example-opticians.co.uk", "01632 960 640")
    t.ign_name("Mark")   # the optometrist, first name only
    trs = "".join(f"<tr><td>{p['name']}</td><td>{uk(p['dob'])}</td><td>{p['addr']}, Exeter {p['pc']}</td>"
                  f"<td>{p['tel']}</td><td>{nt}</td><td>10:{10 + 8 * i:02d}</td></tr>"
                  for i, (p, nt) in enumerate(zip(rows, notes)))
    inner_tbl = ("<table border=1><tr><th>Client</th><th>Born</th><th>Address</th><th>Tel</th><th>Notes</th>"
                 "<th>ETA</th></tr>" + trs + "</table>")
    html = (
        "<html><head><meta charset='utf-8'></head><body style='font-family:Calibri'>"
        "<p>Hello,</p><p>I think I have made a mistake. I meant to send Monday's home visit list to our optometrist "
        "Mark but I sent it to Mrs Lunn's son instead (he emailed us last week to book her visit so his address "
        f"came up first). He's at <b>{recip}</b>. He replied &ldquo;I think this isn't for me&rdquo;.</p>"
        "<p>This is what went:</p><div style='border-left:2px solid #ccc;padding-left:8px'>"
        "<p>Mark &ndash; Monday 09/11 domiciliary round, van booked 9.30. Order ref DOM-5531.</p>"
        f"{inner_tbl}</div>"
        "<p>Nadia Rahman<br>Practice Administrator, Exe Valley Eyecare<br>01632 960 640</p></body></html>")
    m = new_msg("Nadia Rahman <nadia@example-opticians.co.uk>", "Sent home visit list to wrong person",
                "Thu, 05 Nov 2026 12:01:44 +0000", n)
    m.set_content(html, subtype="html", cte="base64")
    t.grade(3, 3, "Six elderly patients' eye conditions, addresses and phone numbers sent to a patient's relative "
            "(external).", 6, ["health"])
    return t, m


# 12 Scotland: clinic list PDF sent to the wrong NHS Scotland colleague (inside NHS) - not reportable
@case
def c12(n):
    rng = random.Random(112)
    t = Truth(f"{n:02d}-scotland-chi-pdf-internal.eml", "scotland_chi_internal_misdirect",
              ["scotland", "chi_number", "pdf", "internal_recipient", "contained", "lowercase_names"])
    people = [("Iain MacLeod", False), ("Morag Sinclair", True), ("Ewan Cruickshank", False),
              ("Kirsteen Baird", True), ("Hamish Drummond", False), ("Shona McIntyre", True),
              ("Alasdair Munro", False), ("Catriona Flett", True)]
    lines = ["NORTH GLEN HEALTH BOARD (fictional)  -  RHEUMATOLOGY CLINIC LIST  Craigdhu OPD  Tue 10/11/2026", "",
             "Time   CHI          Name                    DOB          Postcode   Reason"]
    for i, (nm, fem) in enumerate(people):
        p = person(rng, nm, 1950, 1990, rng.choice(["IV2", "IV3", "IV1", "IV12"]), "Inverness", "Culduthel Road",
                   health="chi", female=fem)
        t.name(nm)
        t.add("chi_number", p["chi"])
        t.add("date_of_birth", p["dob"])
        t.add("postcode", p["pc"])
        shown = nm.lower() if i % 3 == 0 else nm.split()[1].upper() + ", " + nm.split()[0]
        lines.append(f"{9 + i // 2:02d}:{(i % 2) * 30:02d}  {p['chi']}   {shown:22s}  {uk(p['dob'])}   {p['pc']:9s}  "
                     + rng.choice(["RA review - methotrexate", "new: ?PsA", "lupus f/u", "gout", "biologics review"]))
    t.staff("Fiona Grant", "fiona.grant@nhs.scot", "0131 496 0211")
    t.staff("Fionnuala Grant", "fionnuala.grant@nhs.scot")
    t.staff("Dr Ruaridh Gunn")
    m = new_msg("Fiona Grant <fiona.grant@nhs.scot>", "clinic list sent tae wrong Fiona", 
                "Thu, 05 Nov 2026 14:20:05 +0000", n)
    m.set_content(
        "Hiya,\n\nJust to let you know I sent the attached clinic list for Dr Gunn's Tuesday clinic to "
        "fionnuala.grant@nhs.scot (she works in estates in another board) instead of our medical secretary, who "
        "is also Fiona Grant. Fionnuala phoned me straight away, she didn't open the attachment, and she's deleted "
        "it from her inbox and deleted items - she sent me a screenshot. Both addresses are nhs.scot so it never "
        "left NHSmail.\n\nEight patients on it, CHI numbers and DOBs. Sorry!\n\nFiona\nMedical Secretary, "
        "Rheumatology\n0131 496 0211\n")
    attach(m, make_pdf(lines), *PDF, "rheum_clinic_101126.pdf")
    t.grade(3, 2, "Clinic list with CHI numbers stayed inside NHSmail; the wrong recipient did not open it and "
            "deletion is evidenced.", 8, ["health"])
    return t, m


# 13 Scotland: health visiting WhatsApp group with a non-staff member (NHS Lanarkshire-type)
@case
def c13(n):
    rng = random.Random(113)
    t = Truth(f"{n:02d}-scotland-whatsapp-health-visiting.eml", "scotland_whatsapp_non_staff",
              ["scotland", "chi_number", "messaging_app", "children", "safeguarding", "apple_mail_forward"])
    kids = [("Lily-Rose Devlin", True), ("Jack Haggerty", False), ("Oscar Mitchell", False)]
    ps = []
    for nm, fem in kids:
        p = person(rng, nm, 2024, 2026, rng.choice(["ML3", "ML6", "G72"]), "Hamilton", "Almada Street",
                   health="chi", female=fem)
        if p["dob"] > "2026-10-31":
            p["dob"] = "2025-03-14"
            p["chi"] = chi(rng, p["dob"], fem)
        ps.append(p)
        t.name(nm)
        t.add("chi_number", p["chi"])
    mum = "Chelsea Devlin"
    mum_tel = phone(rng, "mobile")
    t.name(mum)
    t.add("phone_number", digits_only(mum_tel))
    t.add("date_of_birth", ps[1]["dob"])
    addr1 = f"{ps[0]['addr']}, Hamilton, {ps[0]['pc']}"
    t.add("address", addr1)
    t.add("postcode", ps[0]["pc"])
    t.staff("Gillian Lafferty", "gillian.lafferty@nhs.scot", "0141 496 0808")
    t.ign_name("Stevie", "Donna", "Mags")
    t.ign("email_address", "donna.hv@icloud.com")
    m = new_msg("Gillian Lafferty <gillian.lafferty@nhs.scot>", "Fwd: whatsapp group - non staff member added",
                "Fri, 06 Nov 2026 19:02:00 +0000", n)
    m.set_content(
        "I'm the team lead for Hamilton health visiting. I've just found out one of the team added her husband "
        "(Stevie) to our team WhatsApp by mistake about three weeks ago when she changed phones - he's not NHS. "
        "The group is meant for rota swaps only but people have been putting case stuff in. I've removed him. "
        "He says he muted it and never read it. Screenshot text below as Donna sent it to me.\n\nGillian\n"
        "Team Lead Health Visitor\n0141 496 0808\n\n"
        + apple_fwd("Donna <donna.hv@icloud.com>", "6 November 2026 at 18:40:12 GMT", "Gillian Lafferty",
                    "whatsapp")
        + f"[14/10/2026, 09:12] Mags: can someone cover Lily-Rose Devlin's development review, CHI {ps[0]['chi']}, "
          f"{ps[0]['addr']} {ps[0]['pc']} - mum Chelsea Devlin on {mum_tel}. note: dad not to be at visit, child "
          "protection plan, SW aware\n"
          f"[15/10/2026, 14:03] Donna: Jack Haggerty {ps[1]['chi']} dob {uk(ps[1]['dob'], 'dot')} weight faltering "
          "again, refer to paeds dietitian?\n"
          f"[21/10/2026, 08:47] Mags: oscar mitchell ({ps[2]['chi']}) had his jags, all fine\n"
          "[21/10/2026, 08:50] Stevie: who is this lol\n")
    t.grade(4, 3, "Children's CHI numbers, a child-protection note and a mother's mobile shared in an unapproved "
            "group that included a non-staff member for three weeks.", 4,
            ["safeguarding", "health"])
    return t, m


# 14 Wales: bilingual report, CAMHS letter to a previous address; quoted-printable
@case
def c14(n):
    rng = random.Random(114)
    t = Truth(f"{n:02d}-wales-bilingual-camhs-old-address.eml", "wales_bilingual_letter_old_address",
              ["wales", "bilingual", "cte_quoted_printable", "misdirected_letter", "old_address", "children",
               "mental_health"])
    p = person(rng, "Cerys Llywelyn", 2011, 2011, "LL57", "Bangor", "Ffordd Caergybi")
    if p["dob"][5:7] in ("11", "12"):
        p["dob"] = "2011-05" + p["dob"][7:]   # 15 years old in November 2026
    old = f"{rng.randrange(3, 60)} Stryd Fawr"
    old_pc = postcode(rng, "LL55")
    mam = "Siân Llywelyn"
    t.name(p["name"], mam)
    t.add("nhs_number", p["nhs"])
    t.add("date_of_birth", p["dob"])
    t.add("address", f"{old}, Caernarfon, {old_pc}")
    t.add("postcode", old_pc)
    t.staff("Rhodri ap Iorwerth", "rhodri.apiorwerth@wales.nhs.uk", "029 2018 0455")
    t.staff("Dr Eleri Prys")
    m = new_msg("Rhodri ap Iorwerth <rhodri.apiorwerth@wales.nhs.uk>",
                "Digwyddiad llywodraethu gwybodaeth / Information governance incident",
                "Mon, 09 Nov 2026 10:40:00 +0000", n)
    m.set_content(
        "[Cymraeg isod / Welsh below]\n\n"
        "Dear IG team,\n\nA CAMHS clinic letter for a 15-year-old was posted to the family's previous address. "
        "The current occupant opened it and brought it to the health centre on Friday. The letter summarises "
        "the young person's assessment (self-harm, low mood, school refusal) and the plan to start sertraline.\n\n"
        f"Patient: Cerys Llywelyn, DOB {uk(p['dob'])}, NHS number {spaced(p['nhs'])}\n"
        f"Addressed to: Mrs Siân Llywelyn (mother), {old}, Caernarfon {old_pc}\n"
        "The family moved in July; WPAS was updated but the letter was generated from the referral record. "
        "Dr Eleri Prys (consultant) has phoned the mother to apologise.\n\n"
        "---\n\nAnnwyl dîm LlG,\n\nAnfonwyd llythyr clinig CAMHS ar gyfer person ifanc 15 oed i hen gyfeiriad y "
        "teulu. Agorwyd y llythyr gan y preswylydd presennol, a ddaeth â'r llythyr i'r ganolfan iechyd ddydd "
        "Gwener. Mae'r llythyr yn crynhoi asesiad y person ifanc (hunan-niweidio, hwyliau isel) a'r cynllun "
        "triniaeth.\n\n"
        f"Claf: Cerys Llywelyn, dyddiad geni {uk(p['dob'])}, rhif GIG {spaced(p['nhs'])}\n"
        f"Cyfeiriad ar y llythyr: {old}, Caernarfon {old_pc}\n\n"
        "Rhodri ap Iorwerth\nRheolwr Llywodraethu Gwybodaeth / Information Governance Manager\n"
        "Bwrdd Iechyd Prifysgol (enw ffug) / University Health Board (fictional)\n029 2018 0455\n",
        cte="quoted-printable")
    t.grade(4, 3, "A child's mental-health clinic letter (self-harm) opened by the occupant of a former address.",
            2, ["mental_health", "health"])
    return t, m


# 15 Northern Ireland: compromised mailbox with a forwarding rule; case conference minutes (DOCX)
@case
def c15(n):
    rng = random.Random(115)
    t = Truth(f"{n:02d}-ni-hc-hacked-mailbox-docx.eml", "ni_compromised_mailbox",
              ["northern_ireland", "hc_number", "phishing", "compromised_mailbox", "docx", "children",
               "safeguarding", "formal"])
    kid1 = person(rng, "Ruairí McCann", 2015, 2017, "BT12", "Belfast", "Falls Road", health="hc")
    kid2 = person(rng, "Aoife McCann", 2018, 2020, "BT12", "Belfast", "Falls Road", health="hc")
    kid2["addr"], kid2["pc"] = kid1["addr"], kid1["pc"]
    mum = dict(name="Orla McCann", dob=dob(rng, 1988, 1992), tel=phone(rng, "belfast"))
    dad = "Declan Quinn"
    for k in (kid1, kid2):
        t.name(k["name"])
        t.add("hc_number", k["hc"])
        t.add("date_of_birth", k["dob"])
    t.name(mum["name"], dad)
    t.add("date_of_birth", mum["dob"])
    t.add("phone_number", digits_only(mum["tel"]))
    t.add("address", f"{kid1['addr']}, Belfast, {kid1['pc']}")
    t.add("postcode", kid1["pc"])
    t.staff("Colette Magee", "colette.magee@example-hscni.net", "028 9649 6120")
    t.staff("Patrick Devenney", "patrick.devenney@example-hscni.net")
    t.ign("email_address", "pdevenney.docs@outlook.com")
    doc = make_docx([
        "# Initial Child Protection Case Conference - minutes",
        "Date: 21/10/2026   Chair: Principal Social Worker   Family & Childcare, Belfast (fictional) Trust",
        "[[TABLE 0]]",
        f"Mother: {mum['name']}, DOB {uk(mum['dob'])}, tel {mum['tel']}",
        f"Father (children do not live with him): {dad}. Non-molestation order in place since August.",
        f"Home address: {kid1['addr']}, Belfast {kid1['pc']}",
        "Concerns: domestic abuse witnessed by both children; mother's alcohol use; Ruairí disclosed to his teacher "
        "that he is frightened when his father comes to the house.",
        "Decision: both children registered on the Child Protection Register, category emotional abuse.",
    ], tables=[[["Child", "DOB", "H&C number"], [kid1["name"], uk(kid1["dob"]), kid1["hc"]],
                [kid2["name"], uk(kid2["dob"]), spaced(kid2["hc"])]]])
    m = new_msg("Colette Magee <colette.magee@example-hscni.net>",
                "OFFICIAL-SENSITIVE: compromised mailbox - Family & Childcare", "Tue, 10 Nov 2026 09:15:00 +0000", n)
    m.set_content(
        "Dear Data Protection Officer,\n\nI am reporting a cyber incident that has resulted in a personal data breach.\n\n"
        "On 06/11/2026 social worker Patrick Devenney entered his credentials on a fake 'Shared document' sign-in "
        "page (phishing e-mail from a compromised external account). ICT Security (ticket SR-774120) found that "
        "an inbox rule had been created the same evening forwarding every incoming message to "
        "pdevenney.docs@outlook.com, an address not controlled by the Trust, and that the account was used to send "
        "further phishing e-mails to 212 contacts. The rule ran until it was found on 09/11/2026.\n\n"
        "Among the 31 messages forwarded was the attached case conference minute for two children on the Child "
        "Protection Register. We are still reviewing the remaining 30 messages and will send a further report.\n\n"
        "Password reset, sessions revoked and MFA enforced on 09/11/2026.\n\n"
        "Colette Magee\nInformation Governance Lead\n028 9649 6120\n")
    attach(m, doc, *DOCX, "ICPCC minutes 21-10-26 McCANN.docx")
    t.grade(4, 4, "Child-protection minutes (domestic abuse, register) forwarded by an attacker's inbox rule to an "
            "address under hostile control.", 4, ["safeguarding", "health", "substance_misuse"])
    return t, m


# 16 acute trust: ward whiteboard visible in a staff member's social media post
@case
def c16(n):
    t = Truth(f"{n:02d}-acute-social-media-whiteboard.eml", "acute_social_media_post",
              ["acute", "social_media", "published", "lowercase", "names_only"])
    pts = ["Doris Hammond", "Wasim Iqbal", "Eileen Fitzgerald", "Graham Tolley", "Krystyna Mazur"]
    t.name(*pts)
    t.staff("Janice Holroyd", "janice.holroyd@example.nhs.uk", "0114 496 0190")
    m = new_msg("Janice Holroyd <janice.holroyd@example.nhs.uk>", "facebook post from ward 5",
                "Sat, 07 Nov 2026 21:33:10 +0000", n)
    m.set_content(
        "evening, sorry to send this on a saturday. a relative has messaged the ward to say one of our HCAs has "
        "put a video on facebook and tiktok from the night shift (dancing at the nurses station, for a leaving do) "
        "and the patient board is behind them. its public and has 3k views. ive zoomed in and you can read:\n\n"
        "bay 1 bed 2 doris hammond - NBM, ?bowel obstruction\n"
        "bay 1 bed 4 wasim iqbal - barrier nursing C.diff\n"
        "bay 2 bed 1 eileen fitzgerald - DNACPR, family aware\n"
        "bay 2 bed 3 graham tolley - CIWA / alcohol withdrawal\n"
        "side room 3 krystyna mazur - palliative\n\n"
        "ive asked her to take it down and she says she has but the tiktok one is still showing for me. "
        "i have screenshots if needed.\n\njanice holroyd\nward manager ward 5\n0114 496 0190\n")
    t.grade(4, 4, "Patients' names and clinical details (incl. alcohol withdrawal, DNACPR) published on social "
            "media and viewed thousands of times.", 5, ["health", "substance_misuse"])
    return t, m


# 17 GP practice: patient participation group invitation sent with all members in To (no health content)
@case
def c17(n):
    rng = random.Random(117)
    t = Truth(f"{n:02d}-gp-to-not-bcc-ppg.eml", "gp_to_not_bcc_no_health",
              ["gp", "to_not_bcc", "inline_gmail", "display_names", "no_special_category"])
    people = ["Sukhwinder Gill", "Barbara Nuttall", "Rizwan Malik", "Tracey Oldroyd", "Gordon Haigh",
              "Nasreen Akhtar", "Paul Brierley", "Olena Kovalenko", "Terence Smales"]
    doms = ["gmail.com", "hotmail.com", "aol.com", "sky.com", "outlook.com"]
    shown = []
    for i, nm in enumerate(people):
        f, l = nm.lower().split()
        a = [f"{f}.{l}", f"{l}{f[0]}{rng.randrange(1, 99)}", f"{f[0]}.{l}"][i % 3] + "@" + doms[i % 5]
        t.add("email_address", a)
        shown.append(f"{nm} <{a}>" if i % 2 == 0 else a)
        if i % 2 == 0:
            t.name(nm)
        else:
            t.ign_name(nm)   # bare address only
    t.staff("Hayley Ibbotson", "hayley.ibbotson@nhs.net", "0113 496 0944")
    m = new_msg("Hayley Ibbotson <hayley.ibbotson@nhs.net>", "Fwd: Patient Participation Group - winter meeting",
                "Wed, 11 Nov 2026 12:30:00 +0000", n)
    m.set_content(
        "Hi, I'm the reception/admin lead at Kirkgate Surgery. I sent the PPG invite below this morning to our 9 "
        "patient participation group members and put them all in To instead of Bcc. One member has complained "
        "that her email address is now visible to people she doesn't know. Sorry. Hayley\n\n"
        + gmail_fwd("Hayley Ibbotson <hayley.ibbotson@nhs.net>", "Wed, 11 Nov 2026 at 09:05", ", ".join(shown),
                    "Patient Participation Group - winter meeting")
        + "Dear PPG member,\n\nOur winter meeting is on Tuesday 24 November 2026, 18:30, at the Kirkgate "
          "Community Centre. Agenda: the new online booking system and the flu clinic dates. Please call "
          "0113 496 0944 to confirm.\n\nKirkgate Surgery\n")
    t.grade(2, 3, "Nine PPG members' e-mail addresses (some with names) disclosed to each other; no health "
            "information is implied by membership.", 9, [])
    return t, m


# 18 mental health: crisis letter to a former employer's address; three nested forwards
@case
def c18(n):
    rng = random.Random(118)
    t = Truth(f"{n:02d}-mental-health-nested-forward-3.eml", "mental_health_nested_forwards",
              ["mental_health", "nested_forward_3", "inline_outlook", "misdirected_email", "external_recipient"])
    p = person(rng, "Anjali Krishnan", 1985, 1992, "RG1", "Reading", "Oxford Road", mrn="MH", tel="reading")
    t.person(p, with_addr=False, with_phone=True)
    t.d["identifiers"].pop("postcode", None)   # the letter has no postal address
    t.staff("Dr Marcus Lindqvist", "marcus.lindqvist@example.nhs.uk")
    t.staff("Bev Carrington", "bev.carrington@example.nhs.uk", "0118 496 0100")
    t.staff("Sophie Adebayo", "s.adebayo@thamesbridge-logistics.co.uk", "0118 496 0871")
    t.staff("Karen Whitlock", "karen.whitlock@example.nhs.uk")
    wrong = "anjali.krishnan@thamesbridge-logistics.co.uk"
    t.ign("email_address", "hr@thamesbridge-logistics.co.uk", wrong, "crisis.team@example.nhs.uk", "pals@example.nhs.uk")
    letter = (f"Dear Ms Krishnan,\n\nRe: Anjali KRISHNAN, DOB {uk(p['dob'])}, NHS {p['nhs']}, Trust ID {p['mrn']}\n\n"
              "Thank you for meeting the Crisis Resolution and Home Treatment Team on 27 October. As agreed, we will "
              "continue daily home visits while your medication is reviewed. You described thoughts of ending your "
              "life following the break-up and the loss of your job; your safety plan is attached. If you feel "
              f"unsafe please call us on 0118 496 0100. We have your mobile as {p['tel']}.\n\n"
              "Dr Marcus Lindqvist, Consultant Psychiatrist\n")
    lvl3 = outlook_fwd("Crisis Team <crisis.team@example.nhs.uk>", "28 October 2026 16:02", wrong,
                       "Your appointment letter") + letter
    lvl2 = (outlook_fwd("Sophie Adebayo <s.adebayo@thamesbridge-logistics.co.uk>", "02 November 2026 10:12",
                        "PALS <pals@example.nhs.uk>", "FW: Your appointment letter")
            + "Hello, this was sent to our former employee's old work address, which we now monitor in HR. We have "
              "not shared it. Please update your records. Sophie Adebayo, HR Advisor, 0118 496 0871\n\n" + lvl3)
    lvl1 = (outlook_fwd("PALS <pals@example.nhs.uk>", "02 November 2026 13:40",
                        "Marcus Lindqvist <marcus.lindqvist@example.nhs.uk>", "FW: FW: Your appointment letter")
            + "Dr Lindqvist - please see below from an employer. Karen (PALS)\n\n" + lvl2)
    outer = ("Forwarding for the incident log as asked. Bev Carrington, Service Manager, CRHTT, 0118 496 0100\n\n"
             + outlook_fwd("Dr Marcus Lindqvist", "02 November 2026 15:05", "Bev Carrington",
                           "FW: FW: FW: Your appointment letter")
             + "Bev - can you log this for IG? Our letter went to her old work email; the address was on RiO from "
               "the referral. Marcus\n\n" + lvl1)
    m = new_msg("Bev Carrington <bev.carrington@example.nhs.uk>", "FW: FW: FW: FW: Your appointment letter",
                "Mon, 02 Nov 2026 15:30:00 +0000", n)
    m.set_content(outer)
    t.grade(4, 3, "Crisis-team letter (suicidal thoughts, safety plan) read by a former employer's HR team.", 1,
            ["mental_health", "health"])
    return t, m


# 19 care home: residents' handover sheet lost on a day trip; rambling manager, iPhone, lower-case names
@case
def c19(n):
    rng = random.Random(119)
    t = Truth(f"{n:02d}-care-home-lost-handover-sheet.eml", "care_home_lost_paper_list",
              ["care_home", "lost_paper", "rambling", "lowercase", "iphone", "vulnerable_adults"])
    residents = ["alice turnbull", "ernest pybus", "mary o'brien", "jean mckenzie", "walter szymański",
                 "hilda brough"]
    lines = []
    for i, nm in enumerate(residents):
        p = person(rng, nm, 1929, 1941, "PL4", "Plymouth", "Mutley Plain")
        t.name(nm.title().replace("O'B", "O'B"))
        t.add("date_of_birth", p["dob"])
        if i < 4:
            t.add("nhs_number", p["nhs"])
        lines.append(f"rm {i + 3} {nm} dob {uk(p['dob'], 'dot')}" + (f" nhs {p['nhs']}" if i < 4 else "")
                     + " - " + ["diabetic, insulin 8am & 5pm", "dementia, wanders, DoLS in place",
                                "PEG fed, nil by mouth", "epilepsy - buccal midaz in bag",
                                "catheter, UTI last wk on trimethoprim", "DNACPR, end of life care plan"][i])
    t.d["names"] = [x.title() for x in residents]
    t.staff("Bernie Tregunna", "manager@example-carehome.co.uk", "01632 960 377")
    t.ign("email_address", "bernie.t@icloud.com")
    m = new_msg("Bernie Tregunna <bernie.t@icloud.com>", "lost paperwork on trip", "Sun, 08 Nov 2026 18:55:42 +0000",
                n, extra=[("X-Mailer", "iPhone Mail (22B91)")])
    m.set_content(
        "Hello I am the manager at Hoe View Care Home (Plymouth) and our owner said I have to tell you about this "
        "even though it is the weekend. We took six of our residents out on the minibus to the garden centre "
        "and then for fish and chips on the front, it was a lovely day and they really enjoyed it, Walter "
        "especially. Anyway the senior carer had the handover sheet in a plastic wallet with the meds bag so "
        "whoever was with them knew who needed what, and when we got back it wasn't there. We rang the chip shop "
        "and the garden centre and neither has it. It could of blown away when we were loading the wheelchairs. "
        "I wrote down what was on it as best I can from the copy in the office:\n\n"
        + "\n".join(lines)
        + "\n\nno addresses on it just the home's name at the top. I have told the families of the ones with "
          "capacity. Please tell me what else to do\n\nBernie\nSent from my iPhone\n")
    t.grade(3, 3, "Paper list of six vulnerable care-home residents with clinical details lost in a public place.",
            6, ["health"])
    return t, m


# 20 acute trust: printer/enveloping error - two urology letters swapped
@case
def c20(n):
    rng = random.Random(120)
    t = Truth(f"{n:02d}-acute-printer-envelope-swap.eml", "acute_printer_envelope_swap",
              ["acute", "printer", "misdirected_letter", "two_subjects", "decoys"])
    a = person(rng, "Nigel Sharrock", 1955, 1962, "S10", "Sheffield", "Crookesmoor Road", mrn="K")
    b = person(rng, "Vikram Joshi", 1950, 1958, "S11", "Sheffield", "Ecclesall Road", mrn="K")
    for p in (a, b):
        t.person(p, with_addr=True)
    t.staff("Lorraine Staniforth", "lorraine.staniforth@example.nhs.uk", "0114 496 0733")
    t.ign("postcode", "S10 2JF")
    m = new_msg("Lorraine Staniforth <lorraine.staniforth@example.nhs.uk>", "Letters in wrong envelopes - urology",
                "Thu, 12 Nov 2026 11:11:11 +0000", n)
    m.set_content(
        "Hi IG,\n\nOn Tuesday the outpatient printer on level 2 jammed halfway through the urology batch and the "
        "reprint came out interleaved, so two patients received each other's results letters (window envelopes, "
        "page 2 of one letter stapled behind page 1 of the other). Both have rung in.\n\n"
        f"1) Nigel SHARROCK, DOB {uk(a['dob'])}, NHS {a['nhs']}, hosp no {a['mrn']}, {a['addr']}, Sheffield "
        f"{a['pc']} - PSA result and MRI prostate findings (PI-RADS 4, biopsy booked) went to patient 2.\n"
        f"2) Vikram JOSHI, DOB {uk(b['dob'])}, NHS {b['nhs']}, hosp no {b['mrn']}, {b['addr']}, Sheffield "
        f"{b['pc']} - flexible cystoscopy result (bladder stone, lithotripsy planned) went to patient 1.\n\n"
        "Both have agreed to bring the letters back. Print job ID 20261110-0932, printer UR-PRN-07, batch of 46 "
        "letters - the other 44 have been checked and are fine.\n\nLorraine Staniforth\nOutpatient Booking Team "
        "Leader, Urology Dept, Hallam Road, Sheffield S10 2JF\n0114 496 0733\n")
    t.grade(3, 3, "Two patients' urology results (cancer investigation) each received by the other.", 2, ["health"])
    return t, m


# 21 ambulance: near miss - DLP blocked a CSV going to a personal address (no identifiers in the report)
@case
def c21(n):
    t = Truth(f"{n:02d}-ambulance-near-miss-dlp.eml", "near_miss_dlp_blocked",
              ["ambulance", "near_miss", "dlp", "no_identifiers", "decoys"])
    t.staff("Craig Appleby", "craig.appleby@example-ambulance.nhs.uk", "01632 960 233")
    t.ign("email_address", "dlp-noreply@example-ambulance.nhs.uk", "c.appleby1979@gmail.com")
    m = new_msg("Craig Appleby <craig.appleby@example-ambulance.nhs.uk>",
                "FW: Message blocked - sensitive information policy", "Fri, 13 Nov 2026 16:10:00 +0000", n)
    m.set_content(
        "Hi, got this when I tried to send the response-times workbook home to finish my audit over the weekend. "
        "It didn't go. My manager said to forward it to you anyway. It had the patient incident numbers in it. "
        "Craig\n\n"
        + outlook_fwd("DLP Notification <dlp-noreply@example-ambulance.nhs.uk>", "13 November 2026 15:58",
                      "Craig Appleby", "Message blocked - sensitive information policy")
        + "Your message to c.appleby1979@gmail.com was NOT delivered.\n\n"
          "Policy: NHS Number (UK) - high volume, external recipient\nAttachment: resp_times_Q2_audit.csv (214 KB)\n"
          "Matches: 312 (values not shown)\nIncident ID: DLP-7731904\n\nIf you believe this is a false positive, "
          "contact the Service Desk on 01632 960 000 quoting the incident ID.\n")
    t.ign("phone_number", "01632960000")
    t.grade(1, 1, "Blocked by DLP before delivery: no disclosure occurred; no identifiers in the report.", 0,
            near_miss=True)
    return t, m


# 22 GP near miss with identifiers: wrong-envelope letter caught at the franking check
@case
def c22(n):
    rng = random.Random(122)
    t = Truth(f"{n:02d}-gp-near-miss-envelope-check.eml", "near_miss_caught_before_post",
              ["gp", "near_miss", "caught_internally", "identifiers_present"])
    p = person(rng, "Bogdan Petrescu", 1976, 1982, "CB1", "Cambridge", "Mill Road")
    wrong = person(rng, "Bogdana Petrovic", 1979, 1985, "CB4", "Cambridge", "Histon Road")
    t.name(p["name"])
    t.add("nhs_number", p["nhs"])
    t.add("date_of_birth", p["dob"])
    t.staff("Marta Lis", "marta.lis@nhs.net", "01632 960 812")
    t.ign_name("Bogdana Petrovic")
    m = new_msg("Marta Lis <marta.lis@nhs.net>", "near miss - letter nearly went to wrong patient",
                "Mon, 16 Nov 2026 10:05:00 +0000", n)
    m.set_content(
        "Dear IG,\n\nFor the near-miss log: this morning our second checker noticed before franking that a "
        f"hepatology referral letter for Bogdan Petrescu (NHS {spaced(p['nhs'])}, DOB {uk(p['dob'])}) had been "
        "put in an envelope addressed to a different patient with a similar name, Bogdana Petrovic, on Histon "
        "Road. The envelope was opened by our team, the letter re-enveloped correctly and posted. Nothing left "
        "the building.\n\nMarta Lis\nSecretary, Mill Road Surgery\n01632 960 812\n")
    t.grade(1, 1, "Caught by the practice's own check before posting; no disclosure. Identifiers are in the report "
            "itself (internal).", 1, ["health"], near_miss=True)
    return t, m


# 23 non-report: out-of-office auto-reply landing in the breach mailbox
@case
def c23(n):
    t = Truth(f"{n:02d}-non-report-auto-reply.eml", "non_report_auto_reply",
              ["non_report", "auto_reply", "no_identifiers"])
    t.staff("Samantha Oyelaran", "samantha.oyelaran@example.nhs.uk", "0161 496 0002")
    t.staff("Dev Mistry", "dev.mistry@example.nhs.uk", "0161 496 0003")
    m = new_msg("Samantha Oyelaran <samantha.oyelaran@example.nhs.uk>",
                "Automatic reply: BD-2026-000412 acknowledgement", "Tue, 17 Nov 2026 08:00:03 +0000", n,
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                       ("In-Reply-To", "<ack.BD-2026-000412@example.nhs.uk>")])
    m.set_content(
        "Thank you for your email. I am on annual leave until Monday 23 November 2026 with no access to email.\n\n"
        "For urgent information governance matters please contact Dev Mistry (dev.mistry@example.nhs.uk, "
        "0161 496 0003) or the IG team on 0161 496 0002. For Caldicott advice out of hours, contact switchboard.\n")
    t.grade(1, 1, "Auto-reply; not an incident.", 0)
    return t, m


# 24 non-report: IG newsletter (HTML only) full of numbers that are not identifiers
@case
def c24(n):
    t = Truth(f"{n:02d}-non-report-newsletter-html.eml", "non_report_newsletter",
              ["non_report", "newsletter", "html_only", "decoys", "no_identifiers"])
    t.staff("Information Governance Team", "ig.team@example.nhs.uk", "0121 496 0500")
    t.ign_name("Joanna Pryce", "Caldicott Guardian")
    t.ign("phone_number", "01214960500")
    t.ign("postcode", "B15 2TH")
    t.ign("email_address", "all-staff@example.nhs.uk")
    html = (
        "<html><body><h2>IG Matters &ndash; November 2026</h2>"
        "<p>Hello everyone, and welcome to this month's bulletin from your IG team.</p>"
        "<h3>Top tip: Bcc is your friend</h3><p>Last year an NHS clinic was fined after a newsletter went to "
        "hundreds of patients in the To line. Always use Bcc, or better, the approved bulk-mail tool.</p>"
        "<h3>Spot the NHS number</h3><p>NHS numbers are 10 digits, usually written 3-3-4, e.g. "
        "<code>000 000 0000</code> in our training slides. Never paste a real one into Teams chat.</p>"
        "<h3>Numbers for your diary</h3><ul><li>DSPT submission deadline: 30/06/2027</li>"
        "<li>Mandatory training completion: 91.4% (target 95%)</li><li>Incidents logged Q2: 187 (Datix range "
        "48001-48188)</li><li>Service desk ticket for phishing reports: INC0072215</li>"
        "<li>Room booking for Caldicott surgery: Room 4.017, Mindelsohn Way, B15 2TH</li></ul>"
        "<p>Questions? Call us on 0121 496 0500 or reply to this email.</p>"
        "<p>Joanna Pryce, Head of IG and Caldicott Guardian</p>"
        "<p style='font-size:8pt'>You are receiving this because you are a member of staff. Order ref "
        "PO 4500918273.</p></body></html>")
    m = new_msg("Information Governance Team <ig.team@example.nhs.uk>", "IG Matters - November 2026",
                "Wed, 18 Nov 2026 07:30:00 +0000", n, to="all-staff@example.nhs.uk",
                extra=[("List-Unsubscribe", "<mailto:ig.team@example.nhs.uk?subject=unsubscribe>"),
                       ("Precedence", "bulk")])
    m.set_content(html, subtype="html", cte="quoted-printable")
    t.grade(1, 1, "Staff newsletter; no incident and no personal data.", 0)
    return t, m


# 25 non-report: a training question from a new starter
@case
def c25(n):
    t = Truth(f"{n:02d}-non-report-training-question.eml", "non_report_training_question",
              ["non_report", "training_question", "no_identifiers", "lowercase"])
    t.staff("Zainab Hussain", "zainab.hussain@example.nhs.uk", "0116 496 0261")
    m = new_msg("Zainab Hussain <zainab.hussain@example.nhs.uk>", "quick question from IG training",
                "Thu, 19 Nov 2026 13:14:00 +0000", n)
    m.set_content(
        "hi, i did the data security awareness module today (certificate no. DSA-2026-118342) and had a question "
        "i didnt want to ask in front of everyone. if i email a list of our clinic patients to a colleague at "
        "another trust on nhs.net is that a breach if it was the right person but they didnt need all the "
        "columns? and does it count if a patient tells their own diagnosis to someone in the waiting room? "
        "nothing has happened, i just want to know for the future.\n\nthanks\nzainab\nphlebotomy, ext 0116 496 0261\n")
    t.grade(1, 1, "A question; no incident and no personal data.", 0)
    return t, m


# 26 non-report: IG steering group notes (DOCX) with incident counts and staff names only
@case
def c26(n):
    t = Truth(f"{n:02d}-non-report-meeting-notes-docx.eml", "non_report_meeting_notes",
              ["non_report", "meeting_notes", "docx", "no_identifiers", "decoys"])
    staff = ["Joanna Pryce", "Dr Hari Venkatesh", "Lucy Barraclough", "Owen Tait", "Dev Mistry"]
    t.ign_name(*staff)
    t.staff("Lucy Barraclough", "lucy.barraclough@example.nhs.uk", "0121 496 0502")
    doc = make_docx([
        "# Information Governance Steering Group - notes, 19 November 2026",
        "Present: " + ", ".join(staff),
        "1. Incidents: 187 logged in Q2 (Q1: 164). 4 reported to the ICO via the DSPT tool (refs BD-2026-000233, "
        "BD-2026-000301, BD-2026-000355, BD-2026-000398); ICO closed two with no further action.",
        "2. Most common cause remains e-mail misdirection (38%), then letters to old addresses (17%).",
        "3. Fax: 11 machines remain; estates to remove by 31/03/2027. Asset list ref FAX-AUD-07.",
        "4. DSPT: 109 of 113 mandatory evidence items met.",
        "[[TABLE 0]]",
        "Actions: OT to circulate Bcc guidance; DM to run phishing simulation in January.",
    ], tables=[[["Directorate", "Q2 incidents", "Reported"], ["Surgery", "41", "1"], ["Medicine", "57", "2"],
                ["Women & Children", "29", "1"], ["Corporate", "60", "0"]]])
    m = new_msg("Lucy Barraclough <lucy.barraclough@example.nhs.uk>", "IGSG notes for the record",
                "Thu, 19 Nov 2026 17:00:00 +0000", n)
    m.set_content("Hi, as agreed I'm filing the IGSG notes in the breach mailbox archive so the incident refs are "
                  "cross-referenced. Nothing new to report.\n\nLucy Barraclough\nIG Officer\n0121 496 0502\n")
    attach(m, doc, *DOCX, "IGSG notes 2026-11-19.docx")
    t.grade(1, 1, "Meeting notes with aggregate counts; no personal data of patients.", 0)
    return t, m


# 27 non-report: encrypted laptop with nothing personal, lost on a train
@case
def c27(n):
    t = Truth(f"{n:02d}-non-report-encrypted-laptop.eml", "non_report_lost_encrypted_device",
              ["non_report", "lost_device", "encrypted", "no_identifiers", "decoys"])
    t.staff("Owen Tait", "owen.tait@example.nhs.uk", "07700 900 118")
    m = new_msg("Owen Tait <owen.tait@example.nhs.uk>", "Lost laptop on train - encrypted",
                "Fri, 20 Nov 2026 19:45:00 +0000", n)
    m.set_content(
        "Hi,\n\nI left my trust laptop (asset tag LT-0098231, serial PF3KX9Q2) on the 17:42 Leeds to Sheffield "
        "train tonight. Reported to BTP (ref 2611200533) and to the service desk (INC0072981) - they've confirmed "
        "BitLocker with TPM+PIN was on and they've remotely disabled the account. It was the training laptop for "
        "the teaching room: it only held slide decks and the e-learning player, no patient data, no cached mail. "
        "Logging it because the policy says all lost devices must be reported.\n\nOwen Tait\nDigital Skills "
        "Trainer\n07700 900 118\n")
    t.grade(1, 1, "Encrypted device holding no personal data; not a personal data breach.", 0)
    return t, m


# 28 acute trust: FOI spreadsheet with a hidden raw-data sheet, published on a public FOI site
@case
def c28(n):
    rng = random.Random(128)
    t = Truth(f"{n:02d}-acute-foi-hidden-sheet-xlsx.eml", "acute_foi_hidden_sheet_published",
              ["acute", "foi", "xlsx", "xlsx_multi_sheet", "hidden_sheet", "published", "surname_forename"])
    names = ["Kelly Marsden", "Arjun Nair", "Zofia Dąbrowska", "Rhiannon Lloyd", "Chidi Eze", "Megan Quigley",
             "Stacey Bould", "Farah Siddiqui", "Connor Rafferty", "Emily Tse", "Natalia Popescu", "Jordan Blake",
             "Halima Yusuf", "Ciara Keane", "Ellie Stott", "Alex Varga", "Poppy Hargreaves", "Sam Okoro",
             "Leah Fairclough", "Iqra Javed"]
    specs = ["Gynaecology - TOP", "GUM / sexual health", "Gender identity", "Gynaecology - TOP", "GUM / sexual health"]
    raw = [["Surname", "Forename", "NHS_NO", "DOB", "PCODE", "SPEC", "REF_DT", "WAIT_WKS"]]
    for nm in names:
        f, l = nm.split(" ", 1)
        p = person(rng, nm, 1980, 2007, rng.choice(["M13", "M15", "M16", "M19", "M20"]), "Manchester", "Wilmslow Road")
        raw.append([l.upper(), f, p["nhs"], uk(p["dob"], "dash"), p["pc"], rng.choice(specs),
                    f"{rng.randrange(1, 29):02d}/{rng.randrange(1, 10):02d}/2026", rng.randrange(2, 40)])
        t.name(nm)
        t.add("nhs_number", p["nhs"])
        t.add("date_of_birth", p["dob"])
        t.add("postcode", p["pc"])
    summary = [["FOI 2026/1187 - waiting times, selected specialties", ""], ["Specialty", "Median wait (weeks)"],
               ["Gynaecology - TOP", 3], ["GUM / sexual health", 2], ["Gender identity", 38]]
    byspec = [["Specialty", "Referrals Apr-Sep 2026", "Over 18 weeks"], ["Gynaecology - TOP", 412, 12],
              ["GUM / sexual health", 1893, 0], ["Gender identity", 220, 171]]
    xl = make_xlsx([("Summary", summary), ("By specialty", byspec), ("raw_extract", raw)], hidden=("raw_extract",))
    t.staff("Gemma Lomax", "foi@example.nhs.uk", "0161 496 0140")
    t.ign("email_address", "request-88213-ab12cd34@whatdotheyknow.com")
    m = new_msg("Gemma Lomax <foi@example.nhs.uk>", "SERIOUS - FOI response published with hidden patient data",
                "Mon, 23 Nov 2026 09:02:00 +0000", n)
    m.set_content(
        "Dear DPO,\n\nOur response to FOI 2026/1187 (waiting times for three specialties) was sent on Friday to the "
        "requester's WhatDoTheyKnow address (request-88213-ab12cd34@whatdotheyknow.com) and is therefore published "
        "on the public site. A member of the public has told us this morning that the workbook contains a hidden "
        "sheet, 'raw_extract', with patient-level rows: names, NHS numbers, dates of birth, postcodes and the "
        "specialty (termination of pregnancy, sexual health, gender identity). I have asked the site to remove it; "
        "it was public for about 62 hours and the page shows 140 views.\n\nThe workbook as published is attached "
        "(please do not forward).\n\nGemma Lomax\nFOI Officer\n0161 496 0140\n")
    attach(m, xl, *XLSX, "FOI-2026-1187-response.xlsx")
    t.grade(4, 4, "Patient-level data on terminations, sexual health and gender identity published on a public "
            "FOI site in a hidden sheet.", 20, ["reproductive_health", "sexual_health", "health"])
    return t, m


# 29 school nursing: immunisation consent list (child + parent per row) to the wrong school
@case
def c29(n):
    rng = random.Random(129)
    t = Truth(f"{n:02d}-school-nursing-csv-two-per-row.eml", "children_school_nursing_csv",
              ["children", "community", "csv", "two_people_per_row", "misdirected_email", "external_recipient"])
    kids = [("Ruby Ashcroft", "Claire Ashcroft"), ("Mason Dobson", "Lee Dobson"), ("Aisha Rahman", "Shamima Rahman"),
            ("Freddie Cole", "Natalie Cole"), ("Zuzanna Lewandowska", "Ewa Lewandowska"),
            ("Harvey Pilkington", "Dean Pilkington"), ("Maryam Butt", "Sadia Butt"), ("Oscar Nolan", "Bridget Nolan"),
            ("Isla Whittaker", "Joanne Whittaker"), ("Theo Mensah", "Abena Mensah"), ("Evie Crossley", "Gemma Crossley"),
            ("Kacper Wójcik", "Marta Wójcik")]
    rows = [["Child", "D.O.B", "NHS", "Yr", "Parent/Carer", "Contact no.", "Consent", "Allergies/notes"]]
    for kid, par in kids:
        p = person(rng, kid, 2013, 2014, "PR1", "Preston", "Deepdale Road")
        y, mo, d = map(int, p["dob"].split("-"))
        p["dob"] = f"{2013 if mo >= 9 else 2014}-{mo:02d}-{d:02d}"   # Year 8 in 2026/27
        tel = phone(rng, "mobile")
        rows.append([kid, uk(p["dob"]), p["nhs"], "Y8", par, tel, rng.choice(["Y", "Y", "N", "not returned"]),
                     rng.choice(["", "", "egg allergy", "anaphylaxis - peanut, has pen", "needle phobic", "LAC - SW to sign"])])
        t.name(kid, par)
        t.add("date_of_birth", p["dob"])
        t.add("nhs_number", p["nhs"])
        t.add("phone_number", digits_only(tel))
    t.staff("Sarah Kenyon", "sarah.kenyon@example.nhs.uk", "01632 960 720")
    t.ign("email_address", "office@stmarys-prestonrc.example.sch.uk")
    m = new_msg("Sarah Kenyon <sarah.kenyon@example.nhs.uk>", "HPV consent list sent to wrong school",
                "Tue, 24 Nov 2026 15:40:00 +0000", n)
    m.set_content(
        "Hello, school nursing team here. I sent the Year 8 HPV session list for Deepdale High to St Mary's "
        "(office@stmarys-prestonrc.example.sch.uk) by mistake - we do both schools this week. Their office manager "
        "says she has deleted it but she did open it. It has the children's details, parents' names and mobile "
        "numbers, and consent/allergy notes (one child is looked after). CSV attached as sent. Session date "
        "26/11/2026.\n\nSarah Kenyon\nSchool Staff Nurse\n01632 960 720\n")
    attach(m, make_csv(rows), "text", "csv", "Deepdale_Y8_HPV_261126.csv")
    t.grade(3, 3, "Twelve children's NHS numbers, allergies and one looked-after status, with parents' names and "
            "mobiles, sent to another school; deletion claimed.", 24, ["health"])
    return t, m


# 30 maternity: antenatal list forwarded by a midwife to her own personal mailbox (message/rfc822, base64);
#    deletion evidenced - not reportable
@case
def c30(n):
    rng = random.Random(130)
    t = Truth(f"{n:02d}-maternity-personal-email-rfc822-base64.eml", "maternity_sent_to_own_personal_email",
              ["maternity", "rfc822_attachment", "cte_base64", "surname_forename", "contained", "personal_account"])
    women = ["KOWALSKA Joanna", "BEGUM Rukhsana", "NOWICKA Zofia", "PATEL Hema", "AHMED Farzana", "SMITH Kelly",
             "WIŚNIEWSKA Katarzyna"]
    lines = ["Antenatal clinic - Thu 26/11 - Dr Chowdhury", "",
             "Name | Hosp no | NHS no | DOB | EDD | Notes"]
    for i, w in enumerate(women):
        sur, fore = w.split()
        p = person(rng, f"{fore} {sur.title()}", 1986, 2004, "L7", "Liverpool", "Smithdown Road", mrn="RQ")
        edd = f"{rng.randrange(1, 29):02d}/0{rng.randrange(1, 6)}/2027"
        note = ["G2P1, prev stillbirth 2023", "GDM on metformin", "twins DCDA", "", "DV disclosure - safeguarding "
                "referral done, do not discuss in front of partner", "", "interpreter (Polish)"][i]
        lines.append(f"{w} | {p['mrn']} | {spaced(p['nhs'])} | {uk(p['dob'])} | {edd} | {note}")
        t.name(f"{fore} {sur.title()}")
        t.add("hospital_number", p["mrn"])
        t.add("nhs_number", p["nhs"])
        t.add("date_of_birth", p["dob"])
    t.staff("Ewelina Krawczyk", "ewelina.krawczyk@example.nhs.uk")
    t.ign_name("Krawczyk Ewelina")   # as written in the From header
    t.staff("Dr Chowdhury")
    t.staff("Paula Hesketh", "paula.hesketh@example.nhs.uk", "0151 496 0360")
    t.ign("email_address", "ewelinak88@hotmail.co.uk")
    inner = EmailMessage(policy=policy.default)
    inner["From"] = "Krawczyk Ewelina <ewelina.krawczyk@example.nhs.uk>"
    inner["To"] = "ewelinak88@hotmail.co.uk"
    inner["Subject"] = "list for thurs"
    inner["Date"] = "Wed, 25 Nov 2026 22:14:00 +0000"
    inner["Message-ID"] = "<anc-list-2511@example.nhs.uk>"
    inner.set_content("\n".join(lines) + "\n", cte="base64")
    m = new_msg("Paula Hesketh <paula.hesketh@example.nhs.uk>", "Staff member emailed clinic list to personal account",
                "Thu, 26 Nov 2026 12:00:00 +0000", n)
    m.set_content(
        "Dear IG,\n\nOur DLP monitoring (audit mode, not blocking) flagged that a community midwife, Ewelina "
        "Krawczyk, emailed tomorrow's antenatal clinic list to her own personal hotmail account last night so she "
        "could print it at home. The original message is attached. I met her this morning: she deleted the email "
        "from her hotmail inbox and deleted folder in front of me, showed me the account has 2-step verification, "
        "and confirmed it was not printed or forwarded. Screenshots saved to the Datix (ID 49102). She has been "
        "reminded of policy.\n\nPaula Hesketh\nMaternity Governance Lead\n0151 496 0360\n")
    m.add_attachment(inner)
    t.grade(4, 2, "Special-category maternity list (stillbirth, DV safeguarding) sent to the staff member's own "
            "personal account; no third-party access and deletion witnessed, so rights are not likely affected.",
            7, ["reproductive_health", "safeguarding", "health"])
    return t, m


# ------------------------------------------------------------------ main

def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    truths = []
    for n, fn in enumerate(CASES, 1):
        t, m = fn(n)
        data = finish(m, n)
        with open(os.path.join(OUT, t.d["file"]), "wb") as fh:
            fh.write(data)
        truths.append(t.d)
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for d in truths:
            fh.write(json.dumps(d, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {len(truths)} e-mails to {OUT}")


if __name__ == "__main__":
    main()
