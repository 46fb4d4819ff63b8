#!/usr/bin/env python3
"""fresh10: an independent evaluation corpus for breachdesk (45 emails).

Deterministic: seed 101010, fixed boundaries, fixed dates, zip entries with fixed times.
Run:  /work/main/.venv/bin/python make_corpus.py      (writes *.eml, truth.jsonl next to itself)
The script checks its own work and exits non-zero on any problem.
"""
import html
import io
import json
import os
import random
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 101010
rng = random.Random(SEED)
BREACH = "breach@example.nhs.uk"

# ------------------------------------------------------------------ identifier generators

def mod11_check(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - (s % 11)
    if c == 11:
        c = 0
    return None if c == 10 else c


def valid10(d):
    return len(d) == 10 and d.isdigit() and mod11_check(d[:9]) == int(d[9]) and d != "0000000000"


def gen_nhs():
    while True:
        lo, hi = rng.choice([(400000000, 499999999), (600000000, 799999999)])
        d9 = str(rng.randint(lo, hi))
        c = mod11_check(d9)
        if c is not None:
            return d9 + str(c)


def gen_hc():
    while True:
        d9 = str(rng.randint(320000000, 399999999))
        c = mod11_check(d9)
        if c is not None:
            return d9 + str(c)


def gen_chi(iso, female):
    y, m, d = iso.split("-")
    while True:
        mid = f"{rng.randint(0, 99):02d}"
        sex = rng.choice([0, 2, 4, 6, 8]) if female else rng.choice([1, 3, 5, 7, 9])
        d9 = f"{d}{m}{y[2:]}{mid}{sex}"
        c = mod11_check(d9)
        if c is not None:
            return d9 + str(c)


def fmt10(d, style):
    if style == "s":
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if style == "d":
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"
    return d


# ------------------------------------------------------------------ truth recorder

def norm_phone(s):
    d = re.sub(r"\D", "", s)
    if d.startswith("44"):
        d = "0" + d[2:]
        if d.startswith("00"):
            d = d[1:]
    return d


def norm_pc(s):
    s = re.sub(r"[^A-Z0-9]", "", s.upper())
    return f"{s[:-3]} {s[-3:]}"


class E:
    """One email's truth.  Methods return the text as written and record it."""

    def __init__(self):
        self.ids = {}
        self.ign = {}
        self.names = []
        self.ign_names = []
        self.written = []       # (kind, text as written) that must appear in the decoded text

    def _add(self, kind, value, written, ignorable=False):
        bucket = self.ign if ignorable else self.ids
        lst = bucket.setdefault(kind, [])
        if value not in lst:
            lst.append(value)
        self.written.append((kind, written))
        return written

    # subjects
    def n(self, name, as_written=None):
        if name not in self.names:
            self.names.append(name)
        self.written.append(("person_name", name))
        return as_written or name

    def nhs(self, style="s", num=None):
        num = num or gen_nhs()
        return self._add("nhs_number", num, fmt10(num, style))

    def nhsv(self):
        return gen_nhs()

    def hc(self, style="s", num=None):
        num = num or gen_hc()
        return self._add("hc_number", num, fmt10(num, style))

    def chi(self, iso, female, style="p", num=None):
        num = num or gen_chi(iso, female)
        return self._add("chi_number", num, fmt10(num, style))

    def dob(self, written, iso):
        return self._add("date_of_birth", iso, written)

    def pc(self, written):
        return self._add("postcode", norm_pc(written), written)

    def ph(self, written):
        return self._add("phone_number", norm_phone(written), written)

    def em(self, written):
        return self._add("email_address", written.lower(), written)

    def ni(self, written):
        return self._add("ni_number", re.sub(r"\s", "", written.upper()), written)

    def hosp(self, written):
        return self._add("hospital_number", re.sub(r"[^A-Z0-9]", "", written.upper()), written)

    def addr(self, parts, sep=", ", pc=None):
        """parts: address lines without the postcode; pc: postcode (recorded as postcode too)."""
        allp = list(parts) + ([pc] if pc else [])
        value = ", ".join(allp)
        lst = self.ids.setdefault("address", [])
        if value not in lst:
            lst.append(value)
        for p in parts:
            self.written.append(("address", p))
        if pc:
            self.pc(pc)
        return sep.join(allp)

    # ignorable
    def ig(self, name):
        if name not in self.ign_names:
            self.ign_names.append(name)
        self.written.append(("ignorable_name", name))
        return name

    def igem(self, written):
        return self._add("email_address", written.lower(), written, True)

    def igph(self, written):
        return self._add("phone_number", norm_phone(written), written, True)

    def igpc(self, written):
        return self._add("postcode", norm_pc(written), written, True)

    def ignhs(self, style="s", num=None):
        num = num or gen_nhs()
        return self._add("nhs_number", num, fmt10(num, style), True)


# ------------------------------------------------------------------ MIME helpers

FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def fix_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":   # openpyxl stamps "modified" at save time
                data = re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
            dst.writestr(zi, data)
    return out.getvalue()


def make_xlsx(sheets):
    import datetime
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
    fixed = datetime.datetime(2024, 1, 1)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "fresh10"
    wb.properties.lastModifiedBy = "fresh10"
    buf = io.BytesIO()
    wb.save(buf)
    return fix_zip(buf.getvalue())


def make_docx(paragraphs, table=None):
    import datetime
    import docx
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
    fixed = datetime.datetime(2024, 1, 1)
    cp = d.core_properties
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "fresh10"
    cp.last_modified_by = "fresh10"
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return fix_zip(buf.getvalue())


XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def message(frm, to, subject, date, mid, body=None, cte="7bit", html_body=None, html_only=False,
            attachments=(), rfc822=None, cc=None, extra_headers=(), rfc822_name="forwarded.eml"):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = mid
    for k, v in extra_headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if html_only:
        m.set_content(html_body, subtype="html", charset="utf-8", cte=cte)
    else:
        if cte == "7bit" and any(ord(c) > 127 for c in body):
            cte = "8bit"
        m.set_content(body, subtype="plain", charset="utf-8", cte=cte)
        if html_body:
            m.add_alternative(html_body, subtype="html", charset="utf-8", cte="quoted-printable")
    for fname, (maint, subt), data in attachments:
        if maint == "text":
            m.add_attachment(data, subtype=subt, charset="utf-8", filename=fname,
                             cte="quoted-printable" if any(ord(c) > 127 for c in data) else "7bit")
        else:
            m.add_attachment(data, maintype=maint, subtype=subt, filename=fname)
    if rfc822 is not None:
        m.add_attachment(rfc822, filename=rfc822_name)
    return m


def fix_boundaries(m, num):
    k = 0
    for part in m.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            part.set_boundary(f"==fresh10_{num:03d}_{k}==")
            k += 1
    return m


def text_html(lines):
    return "".join(f"<p>{html.escape(l)}</p>\n" if l else "<p>&nbsp;</p>\n" for l in lines)


# ------------------------------------------------------------------ the emails

EMAILS = []


def email(fn):
    EMAILS.append(fn)
    return fn


DISCLAIMER = ("This message may contain confidential information. If you are not the intended recipient "
              "please inform the sender that you have received the message in error before deleting it. "
              "Please do not disclose, copy or distribute information in this e-mail or take any action "
              "in relation to its contents.")

NHSMAIL_FOOTER = ("********************************************************************\n"
                  "This message originated from outside the NHSmail service. Please be careful\n"
                  "with links and attachments.\n"
                  "********************************************************************")


def A(sev, lik, basis):
    return {"severity": sev, "likelihood": lik, "reportable": lik >= 3 and sev >= 2, "basis": basis}


# 001 ward clerk on a phone, lower case, handover list to a wrong gmail --------------------------
@email
def e001(e):
    n1 = e.nhs("p")
    body = f"""hi ig team

sorry typing on my phone on the ward. i sent the handover sheet for bay 4 to the wrong email this morn, meant to go to {e.ig('kelly')} the bank nurse (kelly.m@nhs.net) but it autofilled to a gmail one kellym1983@gmail.com , i dont no who that is

whats on it (i copied off the sheet):
bed 1 pt mrs joan o'neill dob 3/3/1954 hosp no {e.hosp('RX1042877')} nhs {n1} - chest sepsis, iv abx, dnacpr in place
bed 2 pt {e.n('mohammed al-rashid')} 78yrs hosp no {e.hosp('RX1055310')} - post fall, ?#nof, nil by mouth
bed 3 pt {e.n('bob hennessy')} (robert) - alcohol w/drawal on pabrinex, nok daughter {e.n('tracey hennessy')} {e.ph('07700 900417')}

havent had anything back from the gmail person. can you tell me what to do next pls

{e.ig('Dawn')}
ward clerk ward 22
sent from my iphone"""
    e.n("joan o'neill"); e.dob("3/3/1954", "1954-03-03")
    e.igem("kelly.m@nhs.net"); e.igem("kellym1983@gmail.com")
    frm = "Dawn Fairclough <dawn.fairclough@nhs.net>"
    e.ig("Dawn Fairclough"); e.igem("dawn.fairclough@nhs.net")
    m = message(frm, BREACH, "wrong email handover sheet", "Mon, 04 Mar 2024 09:12:44 +0000",
                "<fresh10-001@nhs.net>", body)
    return m, dict(slug="ward-clerk-phone-handover", scenario="misdirected_external_lowercase",
                   tags=["lowercase", "typos", "no_forward", "plain"], subjects=4,
                   cats=["health", "substance_misuse"],
                   assessment=A(4, 3, ["health information about identified patients (handover sheet)",
                                       "alcohol withdrawal treatment (substance misuse)",
                                       "sent to an unknown gmail.com address outside the trusted domains"]))


# 002 agency carer (English second language), care notes posted in a public community WhatsApp group
@email
def e002(e):
    body = f"""Hello,

My name is {e.ig('Grace Adebayo-Okafor')} I am carer from {e.ig('Brightpath Homecare')} agency. I want to report one mistake please.

Yesterday evening I am writing my visit notes for the client Mrs {e.n('Halina Wiśniewska')} and I send to the wrong group in WhatsApp. I must send to the office group but I send to the "Moss Side Community Noticeboard" group, it have more than 300 people and anybody can join it with the link.

The message say:
"Visit 18:30 Halina Wiśniewska, {e.addr(['Flat 3b Lindum Court', '44 Princess Road', 'Manchester'], pc='M15 5AS')}. Keysafe 4471. She is confuse today more than normal, dementia worse, not eat dinner, pad wet, skin on sacrum red. Daughter {e.n('Ewa')} phone {e.ph('07700 900582')} not answer. Born 12/08/1939."

Somebody in the group reply "wrong group love" and I delete it after maybe 40 minute but I think people read it already. I am very sorry. The keysafe number is there also.

Thank you
Grace
Brightpath Homecare, 0161 496 0733"""
    e.dob("12/08/1939", "1939-08-12")
    e.igph("0161 496 0733")
    e.igem("grace.a.okafor@brightpathcare.co.uk")
    m = message("Grace Adebayo-Okafor <grace.a.okafor@brightpathcare.co.uk>", BREACH,
                "Mistake in whatsapp group", "Tue, 05 Mar 2024 07:41:02 +0000", "<fresh10-002@brightpathcare.co.uk>", body)
    return m, dict(slug="carer-esl-whatsapp-public-group", scenario="published_social_media",
                   tags=["esl", "whatsapp", "published", "keysafe", "vulnerable_adult", "plain"], subjects=2,
                   cats=["health"],
                   assessment=A(3, 3, ["health information about a vulnerable adult (dementia, pressure area)",
                                       "posted to an open community WhatsApp group (published, likelihood 4)",
                                       "deleted after about 40 minutes (containment, likelihood -1)"]))


# 003 consultant's secretary, Outlook original message, letter to the wrong GP inside nhs.net -----
@email
def e003(e):
    n1 = e.nhs("s")
    body = f"""Dear IG team,

Please see below. I sent a clinic letter to the wrong GP practice this afternoon. Both are on nhs.net so I believe it has stayed within NHSmail, and the practice manager has replied to say it has been deleted. I have re-sent to the correct surgery.

Kind regards

{e.ig('Philippa Garside')}
Medical Secretary to {e.ig('Mr A. Venkataraman')}, Consultant Urologist
Urology Department, Level 2, Castle Hill Wing
Tel: {e.igph('01632 960219')}

-----Original Message-----
From: {e.ig('Sandra Bowyer')} <{e.igem('sandra.bowyer@nhs.net')}>
Sent: 06 March 2024 15:02
To: Garside Philippa (HULL UNIVERSITY TEACHING HOSPITALS NHS TRUST) <{e.igem('philippa.garside@nhs.net')}>
Subject: RE: Clinic letter - {e.n('KOWALCZYK, Tomasz')}

Hi Philippa, this patient isn't registered with us. I've deleted the letter from our inbox. Sandra

-----Original Message-----
From: Garside Philippa (HULL UNIVERSITY TEACHING HOSPITALS NHS TRUST)
Sent: 06 March 2024 14:21
To: {e.igem('hullgp.b81041@nhs.net')}
Subject: Clinic letter - KOWALCZYK, Tomasz

Dear Colleague,

Re: Mr Tomasz KOWALCZYK   D.O.B. {e.dob('21.11.1967', '1967-11-21')}   NHS No. {n1}
{e.addr(['27 Sculcoates Lane', 'Hull'], pc='HU5 1DR')}

Clinic date: 04/03/2024

Diagnosis: Raised PSA (8.9). MRI prostate PI-RADS 4 lesion.
Plan: Transperineal biopsy, listed for 28/03/2024.

Yours sincerely
Mr A. Venkataraman"""
    m = message("Philippa Garside <philippa.garside@nhs.net>", BREACH, "FW: Clinic letter - KOWALCZYK, Tomasz",
                "Wed, 06 Mar 2024 15:40:10 +0000", "<fresh10-003@nhs.net>", body)
    return m, dict(slug="secretary-outlook-wrong-gp-nhsnet", scenario="trusted_domain_contained",
                   tags=["inline_outlook", "original_message", "surname_caps", "nhs_net_only", "plain"], subjects=1,
                   cats=["health"],
                   assessment=A(3, 2, ["clinic letter with diagnosis about an identified patient",
                                       "sent to another nhs.net mailbox (stayed inside the trusted domain)",
                                       "recipient confirmed deletion"]))


# 004 GP receptionist, Gmail forward, sexual health result to a patient with a similar name --------
@email
def e004(e):
    n1 = e.nhs("p")
    body = f"""Hi,

Forwarding as asked by {e.ig('Dr Okonkwo')}. I sent this results message to the wrong Mr Ahmed - we have two with the same initial and I picked the wrong email from the record. The other Mr Ahmed emailed back to say it wasn't for him.

{e.ig('Shabnam')}
Reception, {e.ig('Parkview Surgery')}

---------- Forwarded message ---------
From: {e.ig('Parkview Surgery')} Reception <{e.igem('parkview.reception@nhs.net')}>
Date: Thu, 7 Mar 2024 at 10:14
Subject: Your test results
To: <{e.igem('i.ahmed.leeds@outlook.com')}>


Dear Mr {e.n('Imran Ahmed')},

Your recent sexual health screen (taken 29/02/2024) has come back. Chlamydia: DETECTED. Gonorrhoea: not detected. HIV and syphilis: negative.

Please book an appointment with the practice nurse for treatment (doxycycline), and we would advise that recent partners are informed. Your NHS number for reference is {n1}, date of birth {e.dob('09/06/1991', '1991-06-09')}.

Parkview Surgery
{e.igph('0113 496 0650')}

---------- Forwarded message ---------
From: Ifeanyi Ahmed <i.ahmed.leeds@outlook.com>
Date: Thu, 7 Mar 2024 at 11:02
Subject: Re: Your test results
To: Parkview Surgery Reception <parkview.reception@nhs.net>

I think this is meant for someone else, my name is Ifeanyi not Imran and I havent had any tests. Thought you should know.
"""
    e.ig("Ifeanyi Ahmed")
    e.igem("shabnam.rafiq@nhs.net"); e.ig("Shabnam Rafiq")
    m = message("Shabnam Rafiq <shabnam.rafiq@nhs.net>", BREACH, "Fwd: Your test results",
                "Thu, 07 Mar 2024 11:30:00 +0000", "<fresh10-004@nhs.net>", body)
    return m, dict(slug="gp-reception-gmail-sexual-health", scenario="special_sexual_health_misdirected",
                   tags=["inline_gmail", "forwarded_message", "sexual_health", "plain"], subjects=1,
                   cats=["sexual_health"],
                   assessment=A(4, 3, ["sexual health result (chlamydia) about an identified patient",
                                       "sent to a member of the public at outlook.com (outside the trusted domains)"]))


# 005 school nurse, safeguarding notes to the wrong parent -------------------------------------
@email
def e005(e):
    body = f"""Good afternoon,

I am the school nurse for {e.ig('St Bride’s C of E Primary')} and {e.ig('Holmewood Academy')}. I need to report that I emailed my safeguarding notes to the wrong parent this morning. I meant to send them to {e.ig('Jo Tait')}, the DSL at school, but I typed "Jo" and picked {e.ig('Jo Barraclough')} from my contacts, who is a parent at the school (jo.barraclough@btinternet.com). I have phoned her and asked her to delete it and not share it, she said she would but hasn't confirmed in writing.

The notes were:

Child: {e.n('Amira Haddad')}, Year 4, {e.dob('born 17th January 2015', '2015-01-17')}
Address: {e.addr(['9 Thornton Road', 'Bradford'], pc='BD8 9LW')}
Concern: Amira disclosed on 12/03/2024 that her mum's partner hits her mum and that she hides in her room. Bruise noted left upper arm, Amira said she "fell off the trampoline".
Amira's mum: {e.n('Leila Haddad')}, mobile {e.ph('07700 900 236')}
Mum's partner: {e.n('Darren Pickles')} - not known to school before
Sibling: {e.n('Yusuf Haddad')}, nursery at Little Acorns
Actions: MASH referral made 12/03/2024 ref MASH-24-0881. Strategy discussion pending.

I'm really sorry. Please advise.

{e.ig('Rhiannon Ap Rhys')}
School Nurse, 0-19 Public Health Nursing
{e.igph('01632 960381')} | {e.igem('rhiannon.aprhys@nhs.net')}"""
    e.igem("jo.barraclough@btinternet.com")
    m = message("Rhiannon Ap Rhys <rhiannon.aprhys@nhs.net>", BREACH, "Safeguarding email sent to parent in error",
                "Wed, 13 Mar 2024 13:05:00 +0000", "<fresh10-005@nhs.net>", body)
    return m, dict(slug="school-nurse-safeguarding-wrong-parent", scenario="special_safeguarding_child",
                   tags=["school_nurse", "child", "safeguarding", "relatives_disclosed", "possessive_name", "plain"],
                   subjects=4, cats=["safeguarding", "health"],
                   assessment=A(4, 3, ["safeguarding disclosure about an identified child (domestic abuse)",
                                       "sent to a parent at btinternet.com outside the trusted domains",
                                       "verbal assurance of deletion only, not confirmed"]))


# 006 community pharmacist, CSV of supervised consumption clients to ex-locum; deletion confirmed -
@email
def e006(e):
    rows = [("Patient", "DOB", "Postcode", "Drug", "Dose", "Supervised"),
            ("McALLISTER, Shane", "14/02/1986", "S2 4HQ", "Methadone 1mg/ml", "60ml", "Mon-Sat"),
            ("NOWAK, Krzysztof", "02/09/1979", "S2 3JD", "Methadone 1mg/ml", "85ml", "Daily"),
            ("BOATENG, Kwabena", "30/06/1990", "S9 1BT", "Buprenorphine 8mg", "2 tabs", "Mon-Fri"),
            ("SMITH-JONES, Kayleigh", "11/11/1994", "S3 8RD", "Methadone 1mg/ml", "40ml", "Daily"),
            ("O'DRISCOLL, Liam", "25/12/1972", "S5 6NE", "Espranor 8mg", "1 wafer", "Mon-Sat")]
    isos = ["1986-02-14", "1979-09-02", "1990-06-30", "1994-11-11", "1972-12-25"]
    for r, iso in zip(rows[1:], isos):
        e.n(r[0])
        e.dob(r[1], iso)
        e.pc(r[2])
    csv = "\r\n".join(",".join(f'"{c}"' if "," in c else c for c in r) for r in rows) + "\r\n"
    body = f"""Hi

Reporting this as our superintendent said to. On Friday I emailed the supervised consumption list for next week to the locum who is covering Saturday, but I used the old address of a previous locum ({e.ig('Adaeze')}, adaeze.locum@yahoo.co.uk) who hasn't worked here since January. It has 5 of our OST clients on it.

I rang Adaeze and she emailed back the same day confirming she had deleted the email and the attachment and emptied her deleted items. I have her email if you need it.

Thanks
{e.ig("Farhan D'Souza")} MPharm
Pharmacist Manager, {e.ig('Sharrow Vale Pharmacy')}
Sharrow Vale Road, Sheffield, {e.igpc('S11 8YZ')}
{e.igph('0114 496 0922')}"""
    e.igem("adaeze.locum@yahoo.co.uk"); e.igem("farhan.dsouza@nhs.net")
    m = message("Farhan D'Souza <farhan.dsouza@nhs.net>", BREACH, "supervised consumption list sent to old locum",
                "Mon, 18 Mar 2024 08:55:00 +0000", "<fresh10-006@nhs.net>", body,
                attachments=[("SC_list_wc_18-03-24.csv", ("text", "csv"), csv)])
    e.ig("Farhan D'Souza")
    return m, dict(slug="pharmacist-csv-ost-old-locum", scenario="special_substance_misuse_contained",
                   tags=["pharmacy", "csv_attachment", "substance_misuse", "contained", "apostrophe_names"],
                   subjects=5, cats=["substance_misuse"],
                   assessment=A(4, 2, ["opioid substitution treatment list (substance misuse) with names and DOBs",
                                       "sent to a former locum's yahoo.co.uk address (outside the trusted domains)",
                                       "recipient confirmed deletion in writing (likelihood -1)"]))


# 007 paramedic, iPhone forward, overdose handover to wrong address ------------------------------
@email
def e007(e):
    n1 = e.nhs("p")
    body = f"""Sorry this is late, been on shift. See below, I sent the handover to the wrong ED address, it went to an address that ends .com not the nhs one. Auto-complete.

{e.ig('Marcus')}
Paramedic, {e.ig('Yorkshire Ambulance Service')}

Sent from my iPhone

Begin forwarded message:

From: {e.ig('Marcus Boyd-Whitfield')} <{e.igem('marcus.boydwhitfield@nhs.net')}>
Date: 19 March 2024 at 02:47:31 GMT
To: {e.igem('ed.handover@pinderfieldsevents.com')}
Subject: Pre-alert handover - OD

Pt: {e.n('Siân Pritchard-Evans')}  DOB {e.dob('1988-04-23', '1988-04-23')}
NHS: {n1}
Addr: {e.addr(['Rose Cottage', 'Back Lane', 'Crigglestone', 'Wakefield'], pc='WF4 3HU')}
PC: Intentional OD approx 40 x sertraline 100mg + 1/2 bottle vodka at approx 0100. Hx depression, previous OD 2022, under CMHT. Told crew she "didn't want to wake up". GCS 14. Partner {e.n('Gethin Evans')} on scene {e.ph('07700900761')}.
ETA 0315.
"""
    m = message("Marcus Boyd-Whitfield <marcus.boydwhitfield@nhs.net>", BREACH, "Fwd: Pre-alert handover - OD",
                "Tue, 19 Mar 2024 09:20:00 +0000", "<fresh10-007@nhs.net>", body)
    return m, dict(slug="paramedic-iphone-overdose", scenario="special_mental_health_misdirected",
                   tags=["paramedic", "iphone_forward", "begin_forwarded", "rural_address", "diacritics", "plain"],
                   subjects=2, cats=["mental_health"],
                   assessment=A(4, 3, ["intentional overdose and depression history (mental health)",
                                       "sent to an external .com address outside the trusted domains"]))


# 008 dental practice manager, HTML-only, bank details on a payment plan form to the wrong patient
@email
def e008(e):
    lines = [
        "Dear Data Protection Officer,",
        "",
        f"I am the practice manager at {e.ig('Wellgate Dental Care')} (NHS and private). On 20 March our receptionist emailed a completed dental payment plan mandate to the wrong patient. The intended patient was Mr {e.n('Chukwuemeka Nwosu')}; it went to a different patient, {e.ig('Mrs C. Norton')}, whose email address is one letter different (cnorton77@hotmail.co.uk instead of cnwosu77@hotmail.co.uk).",
        "",
        "The form contained:",
        f"Name: {e.n('Chukwuemeka Nwosu')} (known as Emeka)",
        f"Date of birth: {e.dob('3 Mar 1962', '1962-03-03')}",
        f"Address: {e.addr(['112 Wellgate', 'Rotherham'], pc='S60 2NB')}",
        f"Telephone: {e.ph('01632 960183')}",
        f"Email: {e.em('cnwosu77@hotmail.co.uk')}",
        "Bank: Northway Building Society, sort code 40-19-77, account number 61834420",
        "Plan: Band 3 course of treatment (two crowns, one root canal) monthly payment £48.50",
        "",
        "Mrs Norton telephoned us to let us know. She has not yet confirmed that she has deleted it.",
        "",
        "Regards,",
        f"{e.ig('Bernadette Mulqueen')}",
        "Practice Manager",
        f"Wellgate Dental Care | {e.igph('01632 960100')}",
    ]
    e.igem("cnorton77@hotmail.co.uk"); e.igem("bernadette@wellgatedental.co.uk")
    h = "<html><body style='font-family:Calibri'>\n" + text_html(lines) + "</body></html>\n"
    m = message("Bernadette Mulqueen <bernadette@wellgatedental.co.uk>", BREACH,
                "Payment plan form sent to wrong patient", "Thu, 21 Mar 2024 10:02:00 +0000",
                "<fresh10-008@wellgatedental.co.uk>", html_body=h, html_only=True, cte="base64")
    return m, dict(slug="dental-html-only-bank-details", scenario="financial_details_misdirected",
                   tags=["html_only", "cte_base64", "dental", "financial", "nickname"], subjects=1, cats=["health"],
                   assessment=A(4, 3, ["bank sort code and account number (financial details)",
                                       "dental treatment plan about an identified patient",
                                       "sent to another patient's hotmail.co.uk address"]))


# 009 council social worker, financial assessment docx to wrong family; recipient phoned the client
@email
def e009(e):
    n1 = e.nhs("p")
    docx_bytes = make_docx([
        "Calderbrook Metropolitan Borough Council - Adult Social Care",
        "Financial Assessment for Residential Care - Outcome",
        "Date of letter: 22 March 2024",
        f"Service user: {e.n('Mr Desmond Oyelaran-Price')}",
        f"Date of birth: {e.dob('07/10/1941', '1941-10-07')}",
        f"NHS number: {n1}",
        f"National Insurance number: {e.ni('JT 48 51 27 C')}",
        f"Current address: {e.addr(['Ashgrove House Care Home', 'Moor End Road', 'Halifax'], pc='HX2 0RT')}",
        "Diagnoses: vascular dementia, type 2 diabetes, below-knee amputation (left).",
        "Capital: Halifax Savings account £31,204.88; property at 15 Spring Hall Lane (value £165,000).",
        f"Deferred payment agreement discussed with son {e.n('Wayne Oyelaran-Price')}, tel {e.ph('07700 900 914')}.",
        "Assessed weekly contribution: £412.60",
    ], table=[["Income", "Weekly"], ["State Pension", "£203.85"], ["Pension Credit", "£0.00"], ["Occupational pension", "£96.12"]])
    e.addr(["15 Spring Hall Lane"])
    body = f"""Hi,

I need to log a breach. On Friday 22/03 I sent Mr Oyelaran-Price's financial assessment outcome letter (attached so you can see what went) to {e.ig('Mrs Patricia Price')}, the daughter of a different client of mine, instead of to his son Wayne. Her address is patprice.home@gmail.com - I think the surnames confused the autofill.

This morning Wayne rang the team very upset: Mrs Price had phoned Mr Oyelaran-Price at the care home to "warn him" that the council was going to "take his house", and then rang Wayne as well using the number in the letter. Mr O-P has been distressed all weekend per the home manager.

I've asked Mrs Price to delete the email, she refused to confirm.

{e.ig('Nkechi Obi')}
Social Worker, Adult Social Care - Older People's Team North
Calderbrook MBC
{e.igph('01632 960571')}"""
    e.igem("patprice.home@gmail.com"); e.igem("nkechi.obi@calderbrook.gov.uk")
    m = message("Nkechi Obi <nkechi.obi@calderbrook.gov.uk>", BREACH, "Data breach - financial assessment letter",
                "Mon, 25 Mar 2024 09:44:00 +0000", "<fresh10-009@calderbrook.gov.uk>", body,
                attachments=[("Financial_Assessment_Outcome_DOP.docx", DOCX, docx_bytes)])
    return m, dict(slug="social-worker-docx-misuse", scenario="misuse_recipient_contacted",
                   tags=["social_care", "council", "docx_attachment", "financial", "misuse", "vulnerable_adult",
                         "hyphenated_name", "ni_number"], subjects=2, cats=["health"],
                   assessment=A(4, 5, ["financial assessment: savings, property and income (financial details)",
                                       "NI number and diagnoses of a vulnerable adult",
                                       "recipient used the letter to contact the client and his son (misuse, likelihood 5)"]))


# 010 hospice volunteer coordinator, xlsx of bereaved relatives, To: instead of Bcc --------------
@email
def e010(e):
    people = [
        ("Dorothy Kerr", "Alan Kerr", "husband", "14 Pennine View", "HD3 4TL", "01632 960211", "pancreatic cancer", "2024-01-09"),
        ("Niamh Ó Briain", "Ciarán Ó Briain", "son", "Flat 7, Victoria Mill", "HD1 6QB", "07700 900318", "MND", "2024-01-22"),
        ("Gurpreet Kaur Sandhu", "Harjit Singh Sandhu", "husband", "3 Birkby Hall Road", "HD2 2XB", "07700 900 655", "COPD", "2024-02-03"),
        ("Wilfred Asante", "Abena Asante", "daughter", "Meadow Barn, Scapegoat Hill", "HD7 4NN", "01632 960770", "heart failure", "2024-02-11"),
        ("Zoë Lindqvist", "Erik Lindqvist", "husband", "21a Moorside Road", "HD4 7DE", "07700 900129", "breast cancer", "2024-02-19"),
        ("Bernard (Bernie) Clough", "Maureen Clough", "wife", "6 Sandy Lane", "HD9 1PL", "01632 960894", "lung cancer", "2024-03-01"),
    ]
    sheet1 = [("Deceased", "Date of death", "Diagnosis", "Bereavement contact", "Relationship", "Address", "Postcode", "Phone")]
    for d, c, rel, a1, pc, ph, dx, dod in people:
        sheet1.append((d, dod, dx, c, rel, a1, pc, ph))
        e.n(d); e.n(c); e.addr([a1]); e.pc(pc); e.ph(ph)
    sheet2 = [("Volunteer", "Allocated to", "First call due")]
    vols = [("Marjorie Fenton", "Alan Kerr", "09/04/2024"), ("Tunde Bakare", "Ciarán Ó Briain", "22/04/2024"),
            ("Eilidh Nic Dhòmhnaill", "Harjit Singh Sandhu", "03/05/2024"), ("Marjorie Fenton", "Abena Asante", "11/05/2024"),
            ("Tunde Bakare", "Erik Lindqvist", "19/05/2024"), ("Eilidh Nic Dhòmhnaill", "Maureen Clough", "01/06/2024")]
    for v in vols:
        sheet2.append(v); e.ig(v[0])
    x = make_xlsx([("Bereaved Q1", sheet1), ("Volunteer allocation", sheet2)])
    recips = ["marjorie.fenton@btinternet.com", "tunde.bakare@gmail.com", "eilidh.nd@hotmail.co.uk",
              "p.whiteley54@sky.com", "sue.hargreaves@yahoo.co.uk"]
    for r in recips:
        e.igem(r)
    e.ig("Pauline"); e.ig("Sue")
    fwd = f"""-----Original Message-----
From: {e.ig('Hannah Lister')} <{e.igem('volunteers@kirkleeshospice.org.uk')}>
Sent: Tuesday, March 26, 2024 4:12 PM
To: {'; '.join(recips)}
Subject: Bereavement calls Q2 - allocations

Hi all, thanks so much for volunteering for bereavement support calls again. Allocations attached - please call your family around the date shown. Hannah"""
    body = f"""Hello,

I'm the volunteer coordinator. I sent the attached spreadsheet to our five bereavement call volunteers, but I put them all in To and I attached the full list instead of each volunteer's own rows. Two of them (Pauline and Sue) aren't doing calls this quarter at all. They are all volunteers, not staff, using personal email.

The list has the deceased patients, what they died of and their relatives' addresses and numbers.

Hannah Lister
Volunteer Services Coordinator
{e.igph('01632 960400')}

{fwd}"""
    m = message("Hannah Lister <volunteers@kirkleeshospice.org.uk>", BREACH, "FW: Bereavement calls Q2 - allocations",
                "Wed, 27 Mar 2024 08:30:00 +0000", "<fresh10-010@kirkleeshospice.org.uk>", body,
                attachments=[("Bereavement_calls_Q2.xlsx", XLSX, x)])
    return m, dict(slug="hospice-xlsx-bereaved-relatives", scenario="xlsx_multi_sheet_volunteers",
                   tags=["hospice", "xlsx_attachment", "multi_sheet", "diacritics", "relatives_are_subjects",
                         "inline_outlook", "nickname"], subjects=12, cats=["health"],
                   assessment=A(3, 3, ["deceased patients' diagnoses and bereaved relatives' contact details",
                                       "sent to five volunteers' personal addresses (gmail, hotmail, sky, yahoo, btinternet)"]))


# 011 IG lead, formal, misdirected discharge summary attached as .eml (message/rfc822), HIV ------
@email
def e011(e):
    n1 = e.nhs("s")
    inner_body = f"""Dear Sirs,

Please find below the discharge summary as requested.

DISCHARGE SUMMARY - Infectious Diseases Unit
Patient: OKAFOR, Chidinma Blessing
Hospital number: {e.hosp('K7730419')}    NHS number: {n1}
Date of birth: {e.dob('14-Jul-1983', '1983-07-14')}
Address: {e.addr(['56 Cavendish Road', 'Salford'], pc='M7 4WP')}
Admitted: 02/04/2024   Discharged: 09/04/2024

Diagnosis: Pneumocystis pneumonia; new diagnosis of HIV-1 infection (CD4 88, viral load 412,000 copies/ml).
Plan: Start antiretroviral therapy (Biktarvy) at HIV clinic 16/04/2024. Partner notification offered - patient declined at present.
Patient has asked that her employer is not told of her diagnosis.

Dr {e.ig('Owusu-Ansah')}, ST5 Infectious Diseases
"""
    e.n("OKAFOR, Chidinma Blessing")
    inner = message(f"{e.ig('Ward 6 Discharges')} <{e.igem('ward6.discharges@nhs.net')}>",
                    f"Enquiries <{e.igem('enquiries@harwoodlegal.co.uk')}>",
                    "Discharge summary - OKAFOR", "Wed, 10 Apr 2024 11:18:27 +0100",
                    "<fresh10-011-inner@nhs.net>", inner_body, cte="quoted-printable")
    body = f"""Dear colleague,

INCIDENT NOTIFICATION - MISDIRECTED DISCHARGE SUMMARY (DATIX W-88214)

I write to notify the breach mailbox of the following incident, which was reported to me by the Ward 6 manager on 10 April 2024 at 14:05.

A discharge summary was sent by Ward 6 to an external firm of solicitors, {e.ig('Harwood Legal LLP')} (enquiries@harwoodlegal.co.uk), rather than to the patient's registered GP practice. The solicitors had requested records for an unrelated personal injury claim and the ward clerk selected their address from recent correspondence in error. The original message is attached to this email in full.

The summary contains special category data (HIV status). The patient has expressly asked that her diagnosis is not shared. Harwood Legal have acknowledged receipt by telephone; written confirmation of deletion has been requested but not yet received.

I would be grateful if the incident could be logged and graded. I will inform the Caldicott Guardian.

Yours faithfully

{e.ig('Dr Catriona MacLeod-Hughes')}
Head of Information Governance and Data Protection Officer
{e.ig('Salford Royal')}, Stott Lane, Salford {e.igpc('M6 8HD')}
Tel {e.igph('0161 496 0005')}

{DISCLAIMER}"""
    m = message("Catriona MacLeod-Hughes <catriona.macleod-hughes@nhs.net>", BREACH,
                "Incident notification - misdirected discharge summary", "Wed, 10 Apr 2024 15:30:00 +0100",
                "<fresh10-011@nhs.net>", body, rfc822=inner,
                rfc822_name="Discharge summary - OKAFOR.eml")
    e.igem("catriona.macleod-hughes@nhs.net")
    return m, dict(slug="ig-lead-eml-attachment-hiv", scenario="special_hiv_rfc822",
                   tags=["ig_lead_formal", "rfc822_attachment", "cte_qp", "hiv", "disclaimer", "surname_caps"],
                   subjects=1, cats=["sexual_health"],
                   assessment=A(4, 3, ["new HIV diagnosis (sexual health) about an identified patient",
                                       "sent to an external firm of solicitors (harwoodlegal.co.uk)",
                                       "deletion requested, not yet confirmed"]))


# 012 ward clerk: whiteboard photo posted to a public Facebook page ------------------------------
@email
def e012(e):
    body = f"""hiya

just been told by sister on ward 9 that a student posted a pic on facebook (the public page "Life of a Student Nurse UK", 12k followers) of her and her mates at the nurses station and the patient board is behind them, you can read it. still up as of 11.20 today 15/4

what you can read on the board:
bay A bed 1 {e.n('E. Thornycroft')} - NBM, theatre pm
bed 2 {e.n('J. Patel')} - falls risk, confused
bed 3 {e.n('PEARSON Gladys')} - barrier nursing C diff
bed 4 {e.n('dimitrios papadopoulos')} - detox CIWA 4hrly

ive reported it to facebook and messaged the student thru the uni. pls help

{e.ig('Kirsty')} (ward 9 clerk)"""
    e.igem("kirsty.mcnab@nhs.net"); e.ig("Kirsty McNab")
    m = message("Kirsty McNab <kirsty.mcnab@nhs.net>", BREACH, "patient board on facebook",
                "Mon, 15 Apr 2024 11:26:00 +0100", "<fresh10-012@nhs.net>", body)
    return m, dict(slug="ward-clerk-facebook-whiteboard", scenario="published_facebook",
                   tags=["published", "facebook", "lowercase", "initials", "surname_caps", "names_only", "plain"],
                   subjects=4, cats=["health", "substance_misuse"],
                   assessment=A(4, 4, ["patient names with clinical details including alcohol detox (substance misuse)",
                                       "published on a public Facebook page, still visible"]))


# 013 mental health team, wrong nhs.net colleague (trusted) ----------------------------------------
@email
def e013(e):
    n1 = e.nhs("d")
    body = f"""Morning,

Just flagging - I sent a CPA review to {e.ig('Dr Marianne Lowe')} (GP) at a practice on nhs.net when it should have gone to {e.ig('Dr Marianne Lowe-Hutchins')}, our own psychiatrist. Both nhs.net. Dr Lowe's practice replied to say received in error but didn't say deleted.

> From: {e.ig('Tariq Mahmood')} <{e.igem('tariq.mahmood3@nhs.net')}>
> Sent: 16 April 2024 10:21
> To: Lowe Marianne <{e.igem('marianne.lowe@nhs.net')}>
> Subject: CPA review - LIU Wei
>
> Hi Marianne,
> CPA review for {e.n('LIU Wei')} (Mr Wei Liu), NHS {n1}, DOB {e.dob('01/05/1996', '1996-05-01')}.
> Paranoid schizophrenia, on depot (paliperidone). Relapse in Feb linked to cannabis use, admitted
> under s.3 MHA 12/02/2024 - 28/03/2024. Lives with mother {e.n('Liu Mei')} at
> {e.addr(['83 Bonner Road', 'London'], pc='E2 9JS')}, who is his nearest relative (tel {e.ph('020 7946 0381')}).
> Care coordinator Tariq Mahmood.
>
> Tariq
"""
    e.n("Wei Liu")
    m = message("Tariq Mahmood <tariq.mahmood3@nhs.net>", BREACH, "FW: CPA review - LIU Wei",
                "Tue, 16 Apr 2024 11:05:00 +0100", "<fresh10-013@nhs.net>", body)
    return m, dict(slug="cmht-cpa-wrong-nhsnet", scenario="special_mental_health_trusted",
                   tags=["gt_quoted", "nhs_net_only", "surname_first_caps", "chinese_name", "plain"],
                   subjects=2, cats=["mental_health", "substance_misuse"],
                   assessment=A(4, 2, ["mental health (schizophrenia, MHA detention) and cannabis use",
                                       "sent to a GP on nhs.net (inside the trusted domain)"]))


# 014 GP receptionist: referral letter emailed to wrong patient, who then phoned the patient ------
@email
def e014(e):
    n1 = e.nhs("s")
    body = f"""Hi

Our practice manager asked me to send this in. Last Tuesday (16th) I emailed a copy of a referral letter to a patient who had asked for it, but it was the wrong patient's letter. The lady who got it, {e.ig('Mrs Sharon Whitlock')}, knows the patient (same street) and has phoned her at home about it and told her she "knows all about her problem". The patient, Mrs Begum, came in crying this morning.

Letter details:
Patient: Mrs {e.n('Rukhsana Begum')}
{e.addr(['31 Ladypool Road', 'Sparkbrook', 'Birmingham'], sep=chr(10), pc='B12 8LF')}
DOB: {e.dob('19.02.71', '1971-02-19')}    NHS No: {n1}
Tel: {e.ph('0121 496 0544')}
Referral to gynaecology: post-menopausal bleeding, 2WW suspected cancer pathway. Ultrasound 14/04/2024 endometrial thickness 9mm.

sent to sharonwhitlock1965@aol.com

{e.ig('Leanne Cartwright')}
Receptionist
{e.ig('Ladypool Medical Practice')}
{e.igph('0121 496 0500')}"""
    e.igem("sharonwhitlock1965@aol.com"); e.igem("leanne.cartwright1@nhs.net")
    m = message("Leanne Cartwright <leanne.cartwright1@nhs.net>", BREACH, "letter sent to wrong patient",
                "Tue, 23 Apr 2024 12:10:00 +0100", "<fresh10-014@nhs.net>", body)
    return m, dict(slug="gp-reception-letter-recipient-phoned-patient", scenario="misuse_recipient_contacted_patient",
                   tags=["gp_reception", "multiline_address", "misuse", "plain"], subjects=1,
                   cats=["health"],
                   assessment=A(3, 5, ["gynaecology 2WW referral about an identified patient (health)",
                                       "recipient, a neighbour, contacted the patient about it (misuse, likelihood 5)"]))


# 015 forensic / criminal + substance misuse to a prospective employer ---------------------------
@email
def e015(e):
    n1 = e.nhs("p")
    body = f"""Hello breach team,

I'm a drug and alcohol worker at {e.ig('Horizons Recovery Service')}. A client asked us to send a letter of support to a housing provider. I sent it, but to the wrong attachment - the letter I sent was our full risk summary, and it went to the job agency she's registered with (placements@stepforwardrecruit.co.uk) because both addresses were in the same email thread.

The risk summary says:

Client: {e.n('Precious Mbeki-Lawson')}   DOB {e.dob('2nd November 1989', '1989-11-02')}   NHS {n1}
{e.addr(['Flat 12', 'Harbour House', '9 Canal Street', 'Nottingham'], pc='NG1 7EH')}
Substances: crack cocaine and heroin (smoked), abstinent 7 months, on methadone 50ml.
Forensic: convicted 2021 of theft and ABH (suspended sentence), current Drug Rehabilitation Requirement, probation officer {e.ig('Gary Lunt')}.
Risks: previous DV victim; ex-partner {e.n('Jermaine Cole')} subject to a restraining order.

The agency has replied "sorry, deleted" by email.

{e.ig('Owen Rees')}
Recovery Worker
07700 900 001 (work mobile)"""
    e.igph("07700 900 001")
    e.igem("placements@stepforwardrecruit.co.uk"); e.igem("owen.rees@horizonsrecovery.org.uk")
    m = message("Owen Rees <owen.rees@horizonsrecovery.org.uk>", BREACH, "Wrong letter sent to job agency",
                "Wed, 24 Apr 2024 16:45:00 +0100", "<fresh10-015@horizonsrecovery.org.uk>", body)
    return m, dict(slug="drug-service-criminal-to-agency", scenario="special_criminal_substance_contained",
                   tags=["criminal", "substance_misuse", "flat_address", "contained", "plain"], subjects=2,
                   cats=["substance_misuse", "criminal"],
                   assessment=A(4, 2, ["drug treatment and criminal convictions about an identified client",
                                       "sent to a recruitment agency outside the trusted domains",
                                       "recipient confirmed deletion by email (likelihood -1)"]))


# 016 reproductive health: termination clinic letter to ex-partner --------------------------------
@email
def e016(e):
    n1 = e.nhs("s")
    body = f"""Dear IG,

We have had a complaint this morning. An appointment confirmation from our pregnancy advisory service went to a patient's old email address, which is now used by her ex-partner. He has emailed us (angrily) to say he "now knows what she did".

Appointment confirmation text:
"Dear {e.n('Roisin McGuinness-Hale')}, your appointment for early medical abortion is confirmed for Friday 26 April 2024 at 09:30, {e.ig('Riverside Clinic')}. Please bring your NHS number ({n1}) and a list of medicines. You told us you are 7 weeks pregnant."

Old address used: roisin.mcg@live.co.uk (updated on our system in Jan but the appointment system hadn't synced).

{e.ig('Esther Nakamura')}
Service Manager, Sexual and Reproductive Health
{e.igph('0117 496 0822')}"""
    e.em("roisin.mcg@live.co.uk")
    e.igem("esther.nakamura@nhs.net")
    m = message("Esther Nakamura <esther.nakamura@nhs.net>", BREACH, "Appointment letter to old email - ex partner",
                "Thu, 25 Apr 2024 10:00:00 +0100", "<fresh10-016@nhs.net>", body, cte="quoted-printable")
    return m, dict(slug="srh-abortion-appointment-ex-partner", scenario="special_reproductive_health",
                   tags=["reproductive_health", "cte_qp", "hyphenated_name", "safeguarding_risk"], subjects=1,
                   cats=["reproductive_health"],
                   assessment=A(4, 3, ["early medical abortion appointment (reproductive health)",
                                       "received by the patient's ex-partner on a personal live.co.uk address",
                                       "the recipient has read it; no misuse reported yet"]))


# 017 genetic result emailed to the patient's sister ---------------------------------------------
@email
def e017(e):
    n1 = e.nhs("p")
    body = f"""Hi,

Genetics clinic here. We sent a result letter to the patient's sister by mistake - the sister, {e.ig('Ms Fiona Drummond')}, is also under our service and the wrong email was chosen from the family pedigree record. Fiona has called us; she didn't know her sister had been tested.

The letter:

Dear Ms {e.n('Alison Drummond')}
Date of birth: {e.dob('30/01/1978', '1978-01-30')}   NHS number: {n1}
Re: BRCA1/BRCA2 predictive testing - RESULT
Your test has shown that you carry the familial BRCA2 pathogenic variant (c.5946delT). This means a raised lifetime risk of breast and ovarian cancer. We would like to see you in clinic on 13/05/2024 to discuss risk-reducing options.

Sent to f.drummond@icloud.com on 26/04/2024.

{e.ig('Dr Yewande Adeyemi')}, Genetic Counsellor
Clinical Genetics, {e.ig('St James’s University Hospital')}"""
    e.igem("f.drummond@icloud.com"); e.igem("yewande.adeyemi@nhs.net")
    m = message("Yewande Adeyemi <yewande.adeyemi@nhs.net>", BREACH, "Genetics result letter to wrong family member",
                "Fri, 26 Apr 2024 14:30:00 +0100", "<fresh10-017@nhs.net>", body)
    return m, dict(slug="genetics-result-to-sister", scenario="special_genetic",
                   tags=["genetic", "relative_recipient", "plain"], subjects=1, cats=["genetic"],
                   assessment=A(4, 3, ["BRCA2 genetic test result about an identified patient",
                                       "sent to her sister's icloud.com address (outside the trusted domains)"]))


# 018 Scotland: CHI number, GP practice, Outlook forward ------------------------------------------
@email
def e018(e):
    chi = e.chi("1957-09-22", female=True, style="p")
    body = f"""Hello

Forwarding for logging. This went to a patient's personal email by mistake rather than to the district nurses. Patient hasn't confirmed anything back.

{e.ig('Morag Lindsay')}
Practice Manager, {e.ig('Inverurie Road Medical Group')}
{e.igph('01632 960300')}

From: {e.ig('Callum Reid')} <{e.igem('callum.reid@nhs.scot')}>
Sent: 29 April 2024 11:47
To: {e.igem('iain.fraser62@btinternet.com')}
Subject: DN referral - leg ulcer

Hi team,

Please can you add to your list:

Name: {e.n('Isobel McKenzie')}
CHI: {chi}
DOB: {e.dob('22/09/1957', '1957-09-22')}
{e.addr(['Dalmuinzie', 'Kintore', 'Inverurie'], pc='AB51 0YR')}
Tel: {e.ph('01632 960218')}
Venous leg ulcer R gaiter, 4 layer bandaging twice weekly. Diabetic (T2), HbA1c 71.

Thanks, Callum (practice nurse)"""
    e.igem("morag.lindsay@nhs.scot")
    m = message("Morag Lindsay <morag.lindsay@nhs.scot>", BREACH, "FW: DN referral - leg ulcer",
                "Mon, 29 Apr 2024 13:10:00 +0100", "<fresh10-018@nhs.scot>", body)
    return m, dict(slug="scotland-chi-dn-referral", scenario="chi_number_misdirected",
                   tags=["scotland", "chi_number", "inline_outlook", "house_name_address", "plain"], subjects=1,
                   cats=["health"],
                   assessment=A(3, 3, ["district nursing referral with CHI number and diagnosis",
                                       "sent to a member of the public at btinternet.com"]))


# 019 Northern Ireland: H&C number, trust to wrong external ---------------------------------------
@email
def e019(e):
    hc = e.hc("s")
    body = f"""Hi there,

Reporting on behalf of our outpatients booking office. The below clinic list extract was emailed to a patient ({e.ig('Mr Declan Quinn')}) who had emailed in to ask about his own appointment - the booking clerk replied attaching the wrong thing (pasted it in).

---------- Forwarded message ---------
From: Outpatient Booking <{e.igem('op.booking@belfasttrust.hscni.net')}>
Date: Tue, 30 Apr 2024 at 09:12
Subject: RE: my appointment
To: Declan Quinn <{e.igem('dec.quinn@gmail.com')}>

Fracture clinic Thurs 02/05/2024 09:00
{e.n("Siobhán Ní Mhurchú")}   H&C {hc}   DOB {e.dob('05.06.2009', '2009-06-05')}   # distal radius, review cast
{e.n('Conor O’Hare')}   H&C {e.hc('p')}   DOB {e.dob('1946-12-14', '1946-12-14')}   # NOF follow up, lives alone
{e.n('Andrzej Zieliński')}   H&C {e.hc('s')}   DOB {e.dob('28/02/1983', '1983-02-28')}   # scaphoid, off work - query compensation claim

Booking office
{e.igph('028 9649 6000')}"""
    e.igem("outpatients.governance@belfasttrust.hscni.net")
    m = message("OP Governance <outpatients.governance@belfasttrust.hscni.net>", BREACH, "Fwd: RE: my appointment",
                "Tue, 30 Apr 2024 10:02:00 +0100", "<fresh10-019@belfasttrust.hscni.net>", body)
    return m, dict(slug="ni-hc-clinic-list-to-patient", scenario="hc_number_misdirected",
                   tags=["northern_ireland", "hc_number", "inline_gmail", "diacritics", "child"], subjects=3,
                   cats=["health"],
                   assessment=A(3, 3, ["fracture clinic list with H&C numbers, DOBs and injuries (one a child)",
                                       "sent to a patient's gmail.com address"]))


# 020 council direct payments: NI number + bank details to the wrong care provider ---------------
@email
def e020(e):
    body = f"""Please log - direct payments team

Our finance officer emailed a direct payment set-up form to {e.ig('Comfort Care Solutions Ltd')} instead of {e.ig('Comfort First Care Ltd')}. Different company, no contract with us. They haven't replied.

DIRECT PAYMENT AGREEMENT - SET UP
Recipient: {e.n('Ms Zainab Al-Hashimi')}
NINO: {e.ni('PX123456D')}
DOB:{e.dob('03031954', '1954-03-03')}
Address: {e.addr(['Flat 2', '17 Clarendon Road', 'Leeds'], pc='LS2 9NN')}
Phone {e.ph('+44 7700 900 347')}
Email {e.em('zainab.alhashimi@yahoo.co.uk')}
Bank: Lloyds, a/c 00417736 sort 30-94-55 (Direct Payment account)
Weekly budget £386.40 for 24 hrs PA support - MS, wheelchair user, needs double-handed transfers.
Appointee: her brother {e.n('Omar Al-Hashimi')}, {e.ph('0113 496 0922')}

Sent to: office@comfortcaresolutions.co.uk

{e.ig('Jadwiga Wiśniewska-Hall')}
Direct Payments Officer
Leeds City Council Adult Social Care
{e.igph('0113 496 0150')}"""
    e.igem("office@comfortcaresolutions.co.uk"); e.igem("jadwiga.wisniewska-hall@leeds.gov.uk")
    m = message("Jadwiga Wiśniewska-Hall <jadwiga.wisniewska-hall@leeds.gov.uk>", BREACH,
                "Direct payment form sent to wrong provider", "Thu, 02 May 2024 15:20:00 +0100",
                "<fresh10-020@leeds.gov.uk>", body)
    return m, dict(slug="council-direct-payment-ni-bank", scenario="financial_ni_number",
                   tags=["council", "ni_number", "financial", "packed_dob", "intl_phone", "plain"], subjects=2,
                   cats=["health"],
                   assessment=A(4, 3, ["bank details and NI number (financial details) of a disabled adult",
                                       "sent to an unrelated care company outside the trusted domains"]))


# 021 top-posted reply chain, data at the bottom, sent to a printing company ---------------------
@email
def e021(e):
    n1, n2, n3 = e.nhsv(), e.nhsv(), e.nhsv()
    body = f"""Forwarding to breach as instructed by {e.ig('Ian')}.

{e.ig('Helen')}

From: {e.ig('Ian Thwaite')} <{e.igem('ian.thwaite@nhs.net')}>
Sent: 07 May 2024 09:02
To: {e.ig('Helen Broadbent')} <{e.igem('helen.broadbent@nhs.net')}>
Subject: RE: RE: RE: clinic print run

Helen - please send this to the breach mailbox today. The printers are not our data processor for patient lists. Ian

From: {e.ig('Helen Broadbent')}
Sent: 03 May 2024 17:40
To: {e.ig('Ian Thwaite')}
Subject: FW: RE: RE: clinic print run

Ian, see the bottom of this - is this a problem? H

From: {e.ig('Gavin Royle')} <{e.igem('gavin@royleprint.co.uk')}>
Sent: 03 May 2024 16:55
To: {e.ig('Helen Broadbent')}
Subject: RE: RE: clinic print run

Hi Helen, I think you've sent us something you didn't mean to, the list below came through with the artwork. We haven't done anything with it. Gavin

> From: Helen Broadbent
> Sent: 03 May 2024 14:12
> To: Gavin Royle
> Subject: RE: clinic print run
>
> Hi Gavin, artwork attached for the new leaflets. Also the list for Tuesday:
>
> >> Diabetes foot clinic Tue 07/05
> >> 1. {e.n('Adebayo Ogunleye')}  NHS {e.nhs('s', n1)}  DOB {e.dob('11/04/1950', '1950-04-11')}  - charcot foot, R
> >> 2. {e.n('Teresa Coughlan')}  NHS {e.nhs('p', n2)}  DOB {e.dob('3rd March 1954', '1954-03-03')}  - amputation L hallux 2023
> >> 3. {e.n('Parveen Akhtar')}  NHS {e.nhs('d', n3)}  DOB {e.dob('23 Aug 1961', '1961-08-23')}  - neuropathic ulcer
> >>
> >> Helen
"""
    e.igem("helen.broadbent@nhs.net")
    m = message("Helen Broadbent <helen.broadbent@nhs.net>", BREACH, "FW: RE: RE: RE: clinic print run",
                "Tue, 07 May 2024 09:30:00 +0100", "<fresh10-021@nhs.net>", body)
    return m, dict(slug="top-posted-chain-printers", scenario="deep_reply_chain",
                   tags=["top_posted", "multi_layer", "gt_quoted_nested", "inline_outlook", "plain"], subjects=3,
                   cats=["health"],
                   assessment=A(3, 3, ["diabetes clinic list with NHS numbers, DOBs and conditions",
                                       "sent to a printing company (royleprint.co.uk) outside the trusted domains",
                                       "recipient says nothing was done with it; deletion not confirmed"]))


# 022 quoted-printable, diacritic names, old care home address; deletion confirmed ----------------
@email
def e022(e):
    body = f"""Hi IG,

Our medicines reconciliation summary for three residents went to the old email for {e.ig('Bryn Awel Care Home')} (brynawel.manager@outlook.com, which the previous manager set up and still has access to). She has replied to confirm she's deleted it and she forwarded nothing. Her reply is below.

Residents on the summary:
- {e.n('Siân Llewellyn')}, {e.dob('born 3 Mar 54', '1954-03-03')}, warfarin stopped, apixaban started
- {e.n('Zoë Ferreira')}, DOB {e.dob('16/07/1936', '1936-07-16')}, insulin dose changed (Lantus 14 units)
- {e.n('Gwilym ap Dafydd')}, d.o.b. {e.dob('1929-02-08', '1929-02-08')}, end of life meds - midazolam/morphine anticipatory

{e.ig('Ffion Lloyd-Rees')}
Care Home Pharmacist, Medicines Optimisation
{e.igph('029 2018 0447')}

-----Original Message-----
From: {e.ig('Menna Hughes')} <brynawel.manager@outlook.com>
Sent: 08 May 2024 12:31
To: Lloyd-Rees Ffion <{e.igem('ffion.lloyd-rees@wales.nhs.uk')}>
Subject: RE: Med rec summary

Hi Ffion, I don't work at Bryn Awel any more but I still get the emails! I've deleted your email and attachment and emptied the bin. I haven't shown it to anyone. Menna"""
    e.igem("brynawel.manager@outlook.com")
    m = message("Ffion Lloyd-Rees <ffion.lloyd-rees@wales.nhs.uk>", BREACH, "FW: Med rec summary",
                "Wed, 08 May 2024 13:00:00 +0100", "<fresh10-022@wales.nhs.uk>", body, cte="quoted-printable")
    return m, dict(slug="qp-diacritics-care-home-deleted", scenario="contained_deletion_confirmed",
                   tags=["cte_qp", "diacritics", "welsh_names", "contained", "care_home", "vulnerable_adult"],
                   subjects=3, cats=["health"],
                   assessment=A(3, 2, ["medication changes for three identified care home residents",
                                       "sent to a former manager's outlook.com address",
                                       "recipient confirmed deletion in writing (likelihood -1)"]))


# 023 base64 plain body, Arabic names, radiology result to a same-name stranger --------------------
@email
def e023(e):
    n1 = e.nhs("s")
    body = f"""Dear Information Governance,

I am reporting that a CT report was emailed in error to a member of the public. We have two patients called Ahmed Hassan. I chose the wrong one in the email lookup. The man who received it replied to tell us. He said he will delete it.

Report sent:
Patient name: HASSAN, Ahmed Youssef
Hosp No: {e.hosp('M0983371')}   NHS: {n1}   D.O.B {e.dob('July 14, 1962', '1962-07-14')}
Exam: CT chest/abdomen/pelvis with contrast, 02/05/2024
Findings: 3.2cm mass in the head of pancreas with liver lesions, in keeping with metastatic disease. MDT discussion recommended.
Next of kin on file: wife {e.n('Fatima Hassan')} {e.ph('07700900813')}

Sent to: ahmed.hassan.1975@gmail.com

Regards
{e.ig('Noor Al-Sayed')}
Radiology Admin Team Leader"""
    e.n("HASSAN, Ahmed Youssef")
    e.ig("Ahmed Hassan")
    e.igem("ahmed.hassan.1975@gmail.com"); e.igem("noor.alsayed@nhs.net")
    m = message("Noor Al-Sayed <noor.alsayed@nhs.net>", BREACH, "CT report emailed to wrong Ahmed Hassan",
                "Fri, 10 May 2024 09:15:00 +0100", "<fresh10-023@nhs.net>", body, cte="base64")
    return m, dict(slug="base64-radiology-same-name", scenario="misdirected_same_name",
                   tags=["cte_base64", "arabic_names", "same_name_recipient", "surname_caps"], subjects=2,
                   cats=["health"],
                   assessment=A(3, 3, ["CT report showing suspected metastatic cancer about an identified patient",
                                       "sent to a member of the public with the same name at gmail.com",
                                       "recipient said he will delete it (not confirmed)"]))


# 024 school nurse: immunisation consent xlsx sent to all parents --------------------------------
@email
def e024(e):
    kids = [("Oliver", "Hartley-Moss", "2016-09-14", "14/09/2016", "Egg allergy (anaphylaxis) - EpiPen"),
            ("Aaliyah", "Mensah", "2016-11-02", "02/11/2016", ""),
            ("Wiktoria", "Kowalska", "2017-01-27", "27/01/2017", "Asthma - blue inhaler"),
            ("Rohan", "Chaudhry", "2016-10-05", "05/10/2016", "Declined - parental choice (religious reasons)"),
            ("Evie-Mae", "O'Connor", "2017-03-18", "18/03/2017", ""),
            ("Jia Hui", "Tan", "2017-06-30", "30/06/2017", "Gelatine-free vaccine requested"),
            ("Kacper", "Nowicki", "2016-12-12", "12/12/2016", "Looked after child - consent from social worker"),
            ("Maryam", "Yusuf", "2017-05-09", "09/05/2017", "")]
    s1 = [("Forename", "Surname", "Date of Birth", "Class", "Consent", "Notes")]
    for i, (f, s, iso, w, note) in enumerate(kids):
        s1.append((f, s, w, "Year 2 " + ("Oak" if i % 2 else "Ash"), "N" if "Declined" in note else "Y", note))
        e.n(f"{f} {s}"); e.dob(w, iso)
    s2 = [("Session", "Date", "Venue"), ("Flu LAIV", "21/05/2024", "Hall"), ("Mop-up", "04/06/2024", "Medical room")]
    x = make_xlsx([("Y2 consent", s1), ("Sessions", s2)])
    body = f"""Hi,

I'm so sorry - I sent the immunisation reminder to the Year 2 parents mailing list and attached the consent tracker spreadsheet instead of the leaflet. It went to 56 parents from the school office's parent list. One of the parents ({e.ig('Mr Hartley-Moss')}) has already replied-all asking why his son's allergy is on there.

The spreadsheet has 8 children on it with DOBs and notes (allergies, one looked-after child, one declined for religious reasons).

{e.ig('Rhiannon Ap Rhys')}
School Nurse
{e.igph('01632 960381')}"""
    e.igem("rhiannon.aprhys@nhs.net")
    m = message("Rhiannon Ap Rhys <rhiannon.aprhys@nhs.net>", BREACH, "Wrong attachment sent to parents list",
                "Tue, 14 May 2024 16:02:00 +0100", "<fresh10-024@nhs.net>", body,
                attachments=[("Y2_Flu_consent_tracker.xlsx", XLSX, x)])
    return m, dict(slug="school-nurse-xlsx-to-parents", scenario="children_xlsx_mass_email",
                   tags=["school_nurse", "children", "xlsx_attachment", "multi_sheet", "religion", "looked_after_child"],
                   subjects=8, cats=["health", "religion"],
                   assessment=A(3, 3, ["children's health information (allergies, asthma) and a looked-after child",
                                       "sent to 56 parents' personal addresses outside the trusted domains"]))


# 025 docx psychiatric letter to the wrong GP on nhs.net ------------------------------------------
@email
def e025(e):
    n1 = e.nhsv()
    dx = make_docx([
        "Early Intervention in Psychosis Service",
        "Date: 15 May 2024",
        "Dr R. Sutherland, Moorfield Surgery",
        f"Re: {e.n('Ms Thandiwe Dlamini')}, DOB {e.dob('9 September 1999', '1999-09-09')}, NHS No {e.nhs('s', n1)}",
        f"{e.addr(['Room 4, 22 Heaton Park Road', 'Newcastle upon Tyne'], pc='NE6 5NR')}",
        "Thank you for referring this young woman with a first episode of psychosis. She describes hearing a voice commenting on her actions and believes her flatmate is monitoring her through her phone. She has used cannabis daily since age 16.",
        "Impression: first episode psychosis; cannabis use disorder. Risk: low to others, moderate self-neglect.",
        "Plan: aripiprazole 5mg, care coordinator allocated, family intervention offered (mother consents).",
        "Dr H. Kaur, Consultant Psychiatrist",
    ])
    body = f"""Hello,

Clinic letter (attached) went to the wrong GP - it went to Moorfield Surgery in Sunderland instead of Moorfield Surgery in Newcastle. Both are nhs.net. I've emailed the Sunderland practice to ask them to delete it.

{e.ig('Lorraine Tweddle')}
Secretary to {e.ig('Dr H. Kaur')}
EIP Service"""
    e.ig("Dr R. Sutherland")
    e.igem("lorraine.tweddle@nhs.net")
    m = message("Lorraine Tweddle <lorraine.tweddle@nhs.net>", BREACH, "Letter to wrong GP (same practice name)",
                "Wed, 15 May 2024 14:40:00 +0100", "<fresh10-025@nhs.net>", body,
                attachments=[("EIP_clinic_letter_TD_150524.docx", DOCX, dx)])
    return m, dict(slug="secretary-docx-psychosis-nhsnet", scenario="special_mental_health_trusted_docx",
                   tags=["docx_attachment", "nhs_net_only", "mental_health", "south_african_name"], subjects=1,
                   cats=["mental_health", "substance_misuse"],
                   assessment=A(4, 2, ["first-episode psychosis and cannabis use about an identified patient",
                                       "sent to another GP practice on nhs.net (inside the trusted domain)"]))


# 026 agency carer ESL: MAR chart details to previous client's son -------------------------------
@email
def e026(e):
    body = f"""Dear Sir/Madam

I am {e.ig('Mihaela Popescu')}, senior carer. I make mistake with email from my phone. I send the medicine list for my client to the son of my old client, Mr {e.ig('Kevin Dunmore')}. Before I send him things for his father, he is still in my phone.

I send this:
"{e.n('Mr Stanley Oduya')} 23 Elm Grove, {e.pc('ST4 7HH')}, born 1937 ({e.dob('2/2/37', '1937-02-02')}). Medicine morning: donepezil 10mg, ramipril 5mg, paracetamol 1g. Night: zopiclone 3.75mg. He refuse tablet 2 times this week, I tell the office. GP is Dr Nair."

Mr Dunmore answer me "I think you have wrong person", I say sorry and ask him delete. He not say he delete.

Mihaela
{e.ig('CareCircle Staffordshire')}"""
    e.addr(["23 Elm Grove"])
    e.ig("Dr Nair")
    e.igem("mihaela.popescu.care@gmail.com"); e.igem("k.dunmore@talktalk.net")
    body += "\n\nsent to k.dunmore@talktalk.net"
    m = message("Mihaela Popescu <mihaela.popescu.care@gmail.com>", BREACH, "mistake email medicine",
                "Fri, 17 May 2024 19:22:00 +0100", "<fresh10-026@gmail.com>", body)
    return m, dict(slug="carer-esl-mar-to-old-client-son", scenario="misdirected_vulnerable_adult",
                   tags=["esl", "carer", "personal_device", "vulnerable_adult", "plain"], subjects=1, cats=["health"],
                   assessment=A(3, 3, ["medication list for an identified older adult with dementia",
                                       "sent to an unrelated member of the public at talktalk.net"]))


# 027 staff screenshot on Facebook, removed after two hours --------------------------------------
@email
def e027(e):
    body = f"""Dear IG Team

Reporting an incident from Saturday 18/05/2024. A healthcare assistant on the Acute Medical Unit posted a screenshot on her public Facebook profile joking about "Saturday nights on AMU". Visible in the screenshot was the ward's electronic whiteboard with:

{e.n('KAMARA, Fatmata')}  DOB {e.dob('21/03/1945', '1945-03-21')}  Hosp {e.hosp('RAE1193820')}  "NEWS 7 - ?sepsis, DNACPR"
{e.n('Ó BRIAIN, Pádraig')}  Hosp {e.hosp('RAE1201177')}  "Alcohol withdrawal - Pabrinex"

The post was removed after about two hours when a colleague saw it. It had 23 reactions and 4 comments. The HCA has been spoken to by the ward manager, {e.ig('Sister Alison Greaves')}.

{e.ig('Dr Emmanuel Osei')}
Matron, AMU
Bradford Teaching Hospitals
{e.igph('01632 960010')}"""
    e.igem("emmanuel.osei@nhs.net")
    m = message("Emmanuel Osei <emmanuel.osei@nhs.net>", BREACH, "Social media post - patient whiteboard",
                "Mon, 20 May 2024 08:45:00 +0100", "<fresh10-027@nhs.net>", body)
    return m, dict(slug="facebook-screenshot-removed", scenario="published_removed",
                   tags=["published", "facebook", "surname_caps", "diacritics", "contained", "plain"], subjects=2,
                   cats=["health", "substance_misuse"],
                   assessment=A(4, 3, ["patient names with clinical details including alcohol withdrawal",
                                       "published on a public Facebook profile (likelihood 4)",
                                       "removed after about two hours (likelihood -1)"]))


# 028 dental referral for a child, Chinese names, Gmail forward to wrong orthodontist ------------
@email
def e028(e):
    body = f"""Hi, please see below. The orthodontic referral went to {e.ig('Smile Studio')} (a private practice) instead of the {e.ig('Orthodontic Dept')} at the dental hospital. They have said they'll "bin it".

{e.ig('Tracy Yeung')}
Practice Manager, {e.ig('Harbour Dental')}
Unit 4, Quayside, Sunderland {e.igpc('SR1 2EN')}
{e.igph('0191 496 0358')}

---------- Forwarded message ---------
From: Harbour Dental <{e.igem('reception@harbourdental.co.uk')}>
Date: Tue, 21 May 2024 at 12:40
Subject: Orthodontic referral
To: <{e.igem('hello@smilestudio-ortho.co.uk')}>


Referral: {e.n('Chen Xiaoling')} (goes by Lily), aged 12, DOB {e.dob('08/08/2011', '2011-08-08')}
Parent: {e.n('Mrs Wang Fang')}, {e.ph('07700 900 962')}, {e.em('wangfang.sunderland@163.com')}
{e.addr(['5 Roker Terrace', 'Sunderland'], pc='SR6 9NA')}
Class II div 1, overjet 9mm, IOTN 5a. Radiograph (OPG) attached. Parent reports bullying at school about teeth.
"""
    e.igem("tracy.yeung@harbourdental.co.uk")
    m = message("Tracy Yeung <tracy.yeung@harbourdental.co.uk>", BREACH, "Fwd: Orthodontic referral",
                "Tue, 21 May 2024 15:00:00 +0100", "<fresh10-028@harbourdental.co.uk>", body)
    return m, dict(slug="dental-child-referral-gmail-fwd", scenario="child_dental_misdirected",
                   tags=["dental", "child", "inline_gmail", "chinese_names", "surname_first"], subjects=2,
                   cats=["health"],
                   assessment=A(3, 3, ["orthodontic referral for an identified child",
                                       "sent to a private practice outside the trusted domains",
                                       "recipient said they will destroy it (not confirmed)"]))


# 029 community pharmacist: emergency contraception consultation to the wrong email --------------
@email
def e029(e):
    body = f"""hi there,

pharmacy here. sent the EHC consultation record to the wrong email - should have gone to the sexual health hub for their audit, went to a customer who'd emailed us about a prescription the same morning (jayden.w2004@gmail.com). he replied lol wrong person.

record:
Client: {e.n('Chloe Ashworth')}  Age 17  DOB {e.dob('13.08.06', '2006-08-13')}
{e.pc('BL3 4QT')}  mob {e.ph('07700-900-547')}
UPSI 2 days ago, condom split. Levonorgestrel 1.5mg supplied. Chlamydia kit given. Asked that her mum isn't told.

{e.ig('Ravi Shankar Iyer')}
pharmacist, {e.ig('Deane Road Pharmacy')}"""
    e.igem("jayden.w2004@gmail.com"); e.igem("ravi.iyer@nhs.net")
    m = message("Ravi Iyer <ravi.iyer@nhs.net>", BREACH, "EHC record sent to customer",
                "Wed, 22 May 2024 11:11:00 +0100", "<fresh10-029@nhs.net>", body)
    return m, dict(slug="pharmacy-ehc-to-customer", scenario="special_reproductive_child",
                   tags=["pharmacy", "lowercase", "child", "reproductive_health", "sexual_health", "plain"], subjects=1,
                   cats=["reproductive_health", "sexual_health"],
                   assessment=A(4, 3, ["emergency contraception consultation of a 17-year-old (sexual/reproductive health)",
                                       "sent to a member of the public at gmail.com"]))


# 030 fit note mentioning depression sent to the employer's general inbox -------------------------
@email
def e030(e):
    n1 = e.nhs("p")
    body = f"""Hi,

Sorry to bother you. Patient asked for his fit note to be emailed to HIM and I sent it to the address on his form which was his work's HR inbox (he'd written his work email). He's furious, says his employer didn't know. The fit note says:

Fit note for: Mr {e.n('Bartholomew (Bart) Achterberg')}
Date of birth 4/5/1980   NHS {n1}
Condition: Depression with anxiety; work-related stress. Not fit for work 27/05/2024 to 23/06/2024.

Sent to hr@northernfreightlogistics.co.uk

{e.ig('Kerry-Ann Thompson')}
GP Receptionist"""
    e.dob("4/5/1980", "1980-05-04")
    e.igem("hr@northernfreightlogistics.co.uk"); e.igem("kerryann.thompson@nhs.net")
    m = message("Kerry-Ann Thompson <kerryann.thompson@nhs.net>", BREACH, "fit note sent to employer",
                "Mon, 27 May 2024 10:30:00 +0100", "<fresh10-030@nhs.net>", body)
    return m, dict(slug="fit-note-to-employer", scenario="special_mental_health_employer",
                   tags=["gp_reception", "nickname", "mental_health", "plain"], subjects=1, cats=["mental_health"],
                   assessment=A(4, 3, ["depression and anxiety on a fit note about an identified patient",
                                       "sent to the patient's employer's HR inbox (external)"]))


# 031 paramedic crew WhatsApp (private group) with address and keysafe ---------------------------
@email
def e031(e):
    body = f"""Reporting myself. I put a job into the station WhatsApp group (private, 31 members, staff only but on personal phones, some have left the service) instead of messaging my crewmate directly:

"frequent faller again - {e.n('Edna Mae Braithwaite')} 94, {e.addr(['2 Church Cottages', 'Main Street', 'Bishop Wilton', 'York'], pc='YO42 1RX')}, keysafe 1066, lives alone, lying on floor 6hrs, ?rhabdo. Son {e.n('Graham')} {e.ph('07700 900 286')} doesnt want her in a home."

Deleted for everyone after ~15 mins.

{e.ig('Dan Whitmore')}, Paramedic
Sent from Outlook for Android"""
    e.igem("daniel.whitmore@nhs.net")
    m = message("Dan Whitmore <daniel.whitmore@nhs.net>", BREACH, "WhatsApp message to wrong group",
                "Thu, 30 May 2024 22:05:00 +0100", "<fresh10-031@nhs.net>", body)
    return m, dict(slug="paramedic-station-whatsapp", scenario="private_group_personal_devices",
                   tags=["paramedic", "whatsapp", "rural_address", "keysafe", "vulnerable_adult", "plain"], subjects=2,
                   cats=["health"],
                   assessment=A(3, 3, ["address, keysafe code and health details of a vulnerable adult",
                                       "shared in a private WhatsApp group on personal devices including ex-staff",
                                       "deleted for everyone after about 15 minutes; others may have read it"]))


# 032 safeguarding minutes sent to the alleged perpetrator, who contacted the victim --------------
@email
def e032(e):
    n1 = e.nhs("s")
    body = f"""URGENT - please log and escalate.

On 31/05/2024 the minutes of a safeguarding adults strategy meeting were emailed to the alleged perpetrator, {e.n('Mr Lee Stanhope')}, instead of to the police safeguarding lead (both had "Lee" in the address). Mr Stanhope has since texted his mother (the adult at risk) to say he has "read everything she said about him" and will "sort it". Police informed; a welfare check was done this morning.

Minutes contained:
Adult at risk: {e.n('Mrs Maureen Stanhope')}, {e.dob('born 1 June 1948', '1948-06-01')}, NHS {n1}
{e.addr(['41 Peel Street', 'Accrington'], pc='BB5 1EJ')}, tel {e.ph('01632 960142')}
Concerns: financial abuse by son (Lee Stanhope) - approx £14,000 withdrawn from her account since January; he has taken her bank card; bruising to wrists seen by district nurse 28/05. Maureen has capacity and wants support but is frightened of him.
Other attendees: {e.ig('PC Lisa Chowdhury')}, {e.ig('DN Grace Whittaker')}, {e.ig('Sameera Iqbal')} (social worker, chair)

Email went to: lee.stanhope72@hotmail.com

Sameera Iqbal
Senior Social Worker, Adult Safeguarding
Lancashire County Council
{e.igph('01632 960100')}"""
    e.igem("lee.stanhope72@hotmail.com"); e.igem("sameera.iqbal@lancashire.gov.uk")
    m = message("Sameera Iqbal <sameera.iqbal@lancashire.gov.uk>", BREACH, "URGENT safeguarding minutes misdirected",
                "Mon, 03 Jun 2024 09:05:00 +0100", "<fresh10-032@lancashire.gov.uk>", body)
    return m, dict(slug="safeguarding-minutes-to-perpetrator", scenario="misuse_safeguarding",
                   tags=["social_care", "safeguarding", "misuse", "financial_abuse", "plain"], subjects=2,
                   cats=["safeguarding", "health"],
                   assessment=A(4, 5, ["safeguarding adults strategy minutes (abuse of an adult at risk)",
                                       "received by the alleged perpetrator, who contacted the victim (misuse)"]))


# 033 hospice: end-of-life info and NOK details to the wrong "Jo" -------------------------------
@email
def e033(e):
    n1 = e.nhs("p")
    body = f"""Hi,

I'm one of the volunteer coordinators. I was asked to pass details of a patient to {e.ig('Jo Kettlewell')} (our Hospice at Home volunteer) so she could arrange a sitting visit. I sent it to {e.ig('Jo Ramsbottom')} from the fundraising events list instead - she's a supporter who ran the Great North Run for us, not a volunteer. Her email is jo.ramsbottom@sky.com.

Text:
Sitting service request - {e.n('Mr Vikram Chandrasekaran')} (NHS {n1}), {e.dob('born 10/10/1950', '1950-10-10')}
{e.addr(['The Old Forge', 'Low Row', 'Richmond'], pc='DL11 6PF')}
Metastatic prostate cancer, weeks prognosis, DNACPR and ReSPECT in place. Wife {e.n('Lakshmi')} is the main carer, exhausted, please ring her first on {e.ph('01632 960233')}. Daughter {e.n('Priya Chandrasekaran-Wood')} ({e.em('priya.cw@gmail.com')}) coming from London at weekends.

Jo replied kindly to say she'd delete it.

{e.ig('Beverley Outhwaite')}
Volunteer Services, {e.ig('Swaledale Hospice')}"""
    e.igem("jo.ramsbottom@sky.com"); e.igem("beverley.outhwaite@swaledalehospice.org.uk")
    m = message("Beverley Outhwaite <beverley.outhwaite@swaledalehospice.org.uk>", BREACH, "wrong Jo",
                "Tue, 04 Jun 2024 14:20:00 +0100", "<fresh10-033@swaledalehospice.org.uk>", body)
    return m, dict(slug="hospice-end-of-life-wrong-jo", scenario="misdirected_eol_relatives",
                   tags=["hospice", "house_name_address", "relatives_are_subjects", "plain"], subjects=3,
                   cats=["health"],
                   assessment=A(3, 3, ["end-of-life diagnosis and DNACPR about an identified patient, family contacts",
                                       "sent to a fundraising supporter at sky.com",
                                       "recipient said she would delete it (not confirmed)"]))


# 034 diabetes clinic newsletter with patients' addresses in To: ---------------------------------
@email
def e034(e):
    addrs = ["maggie.thornton48@gmail.com", "d.okoro@hotmail.co.uk", "stuart.mcbride1961@btinternet.com",
             "ania.kaczmarek@outlook.com", "billy.nolan@yahoo.co.uk", "sunita.r.patel@gmail.com",
             "geoff.and.jean@sky.com", "k.osullivan@icloud.com", "tomasz.dabrowski84@gmail.com",
             "rosie-lee.b@hotmail.com"]
    for a in addrs:
        e.em(a)
    body = f"""Dear breach team,

Our young adult and adult type 1 diabetes service sent its quarterly newsletter (about the new pump clinic) to its patient mailing list yesterday with all the patients' email addresses visible in the To: line rather than Bcc. The header as received by one patient is below. About 10 addresses were visible. Several contain names.

One patient ({e.n('Mr Okoro')}) has complained that his neighbour, who is on the list, now knows he has diabetes.

Thanks
{e.ig('Sunil Varma')}
Diabetes Specialist Nurse
{e.igph('0115 496 0640')}

-------- Original Message --------
From: Diabetes Team <{e.igem('diabetes.team@nhs.net')}>
To: {', '.join(addrs)}
Date: 05/06/2024 16:03
Subject: Type 1 Diabetes Newsletter - Summer 2024

Dear all, welcome to our summer newsletter! The new insulin pump clinic starts on 01/07/2024..."""
    e.igem("sunil.varma@nhs.net")
    m = message("Sunil Varma <sunil.varma@nhs.net>", BREACH, "Newsletter sent without Bcc",
                "Thu, 06 Jun 2024 09:00:00 +0100", "<fresh10-034@nhs.net>", body)
    return m, dict(slug="diabetes-newsletter-no-bcc", scenario="bcc_failure_email_addresses",
                   tags=["bcc_failure", "email_addresses", "thunderbird_forward", "plain"], subjects=10,
                   cats=["health"],
                   assessment=A(3, 3, ["patients' email addresses disclosed as members of a diabetes service list",
                                       "disclosed to the other patients (external personal addresses)"]))


# 035 eating disorder referral, Outlook signature with reporter's phone/address, disclaimer -------
@email
def e035(e):
    n1 = e.nhs("s")
    body = f"""Hello,

I sent a referral for a young person to an incorrect hotmail address - I had mistyped the referral hub's address and it went to a personal account (edreferrals@hotmail.co.uk, not ours). No bounce. I've tried emailing to ask them to delete, no reply.

Many thanks,

{e.ig('Dr Ngozi Eze-Williams')}
GP Partner
{e.ig('Gatley Village Surgery')}
1 Church Road, Gatley, Cheadle {e.igpc('SK8 4NQ')}
Tel: {e.igph('0161 496 0777')} | Fax: {e.igph('0161 496 0778')}

{DISCLAIMER}

From: Eze-Williams Ngozi (GATLEY VILLAGE SURGERY)
Sent: 10 June 2024 12:02
To: {e.igem('edreferrals@hotmail.co.uk')}
Subject: Urgent referral - eating disorder - {e.n('Emily-Rose Featherstonehaugh')}

Dear Team,

Please see this 15 year old, {e.n('Emily-Rose Featherstonehaugh')}, DOB {e.dob('04/01/2009', '2009-01-04')}, NHS No {n1}, of {e.addr(['8 Elm Road', 'Gatley', 'Cheadle'], pc='SK8 4LT')}. BMI 14.9, HR 42 lying, postural drop. Restricting to <500kcal/day, self-harm (cutting) for 6 months. Mum {e.n("Claire Featherstonehaugh")} {e.ph('07700 900 690')} aware and consents.

Dr N. Eze-Williams"""
    e.ig("Dr N. Eze-Williams")
    e.igem("ngozi.eze-williams@nhs.net")
    m = message("Ngozi Eze-Williams <ngozi.eze-williams@nhs.net>", BREACH, "FW: Urgent referral - eating disorder",
                "Mon, 10 Jun 2024 13:30:00 +0100", "<fresh10-035@nhs.net>", body)
    return m, dict(slug="ed-referral-signature-disclaimer", scenario="special_mental_health_child_signature",
                   tags=["signature_block", "disclaimer", "child", "mental_health", "inline_outlook", "plain"],
                   subjects=2, cats=["mental_health"],
                   assessment=A(4, 3, ["eating disorder and self-harm of an identified 15-year-old (mental health)",
                                       "sent to an unknown hotmail.co.uk address"]))


# 036 HIV clinic letter inside nhs.net, deletion confirmed ---------------------------------------
@email
def e036(e):
    n1 = e.nhs("p")
    body = f"""Hi

FYI for the log. Clinic letter for one of our HIV patients went to the wrong nhs.net address (an ophthalmology secretary with a similar name). She confirmed deletion within 10 minutes - reply below.

> On 11 Jun 2024, at 15:40, {e.ig('Hayley Summers')} <{e.igem('hayley.summers2@nhs.net')}> wrote:
>
> Hi, I've received this in error and have deleted it from inbox and deleted items. Hayley
>
>> Dear Dr {e.ig('Fairbairn')},
>> Re: {e.n('Mr Kofi Agyeman-Duah')}  DOB {e.dob('12.12.1976', '1976-12-12')}  NHS {n1}  GUM no {e.hosp('GU40718')}
>> Stable on Triumeq, VL undetectable, CD4 612. Hep B immune. Partner ({e.n('Mr Ashley Pryce')}) attends our PrEP service.
>> Dr {e.ig('Samir Haddad')}, GUM/HIV Consultant

{e.ig('Hayley Sumner')}
Sexual Health Admin"""
    e.igem("hayley.sumner@nhs.net")
    m = message("Hayley Sumner <hayley.sumner@nhs.net>", BREACH, "HIV letter wrong nhs.net - deleted",
                "Tue, 11 Jun 2024 16:10:00 +0100", "<fresh10-036@nhs.net>", body)
    return m, dict(slug="hiv-letter-nhsnet-deleted", scenario="special_hiv_trusted_contained",
                   tags=["nhs_net_only", "contained", "hiv", "iphone_quote", "gt_quoted_nested", "plain"], subjects=2,
                   cats=["sexual_health"],
                   assessment=A(4, 2, ["HIV status about an identified patient and his partner's PrEP attendance",
                                       "stayed inside nhs.net; recipient confirmed deletion (cannot go below 2)"]))


# 037 repeat prescription list to a pharmacy's wrong generic gmail ---------------------------------
@email
def e037(e):
    body = f"""hi, we send the repeat list to {e.ig('Fairfield Pharmacy')} every week but this week it went to fairfieldpharmacy@gmail.com which isnt them (theirs is nhs.net). no reply from the gmail.

list:
1. {e.n('Doreen Bickerstaffe')} dob {e.dob('25/10/1933', '1933-10-25')} - donepezil, memantine
2. {e.n('Kwame Asante-Boateng')} dob {e.dob('1/1/1960', '1960-01-01')} - tenofovir/emtricitabine (HIV)
3. {e.n('O’NEILL, Bridget')} dob {e.dob('17/03/1948', '1948-03-17')} - sertraline, lithium 400mg
4. {e.n('Mateusz Wójcik')} dob {e.dob('08/05/1991', '1991-05-08')} - buprenorphine 8mg
5. {e.n('Hui Min Goh')} dob {e.dob('19/09/1985', '1985-09-19')} - levothyroxine

{e.ig('Jade')}
reception"""
    e.igem("fairfieldpharmacy@gmail.com"); e.igem("jade.walmsley@nhs.net"); e.ig("Jade Walmsley")
    m = message("Jade Walmsley <jade.walmsley@nhs.net>", BREACH, "repeat list wrong email",
                "Wed, 12 Jun 2024 10:20:00 +0100", "<fresh10-037@nhs.net>", body)
    return m, dict(slug="repeat-list-to-wrong-gmail", scenario="special_multiple_misdirected",
                   tags=["gp_reception", "lowercase", "hiv", "mental_health", "substance_misuse", "plain"], subjects=5,
                   cats=["health", "sexual_health", "mental_health", "substance_misuse"],
                   assessment=A(4, 3, ["repeat medicines revealing HIV, mental illness and opioid substitution",
                                       "sent to a look-alike gmail.com address (not the pharmacy)"]))


NM = ["near miss: caught before it was sent, no disclosure occurred"]


# 038 near miss: ward clerk spots autocomplete before sending ------------------------------------
@email
def e038(e):
    n1 = e.nhs("s")
    body = f"""hi just reporting a near miss as our manager said to log them

was about to send the discharge list to the district nurses and noticed the To had autocompleted to a hotmail (dn.team.north@hotmail.com) instead of the nhs.net one. didnt send it, deleted the draft. 

it had on it: {e.n('marjorie bell')} nhs {n1} dob {e.dob('06/06/1940', '1940-06-06')}, {e.addr(['16 Larch Close', 'Doncaster'], pc='DN4 6GH')}, going home with dressings

{e.ig('dawn')}"""
    e.igem("dn.team.north@hotmail.com"); e.igem("dawn.fairclough@nhs.net"); e.ig("Dawn Fairclough")
    m = message("Dawn Fairclough <dawn.fairclough@nhs.net>", BREACH, "near miss", "Thu, 13 Jun 2024 11:00:00 +0100",
                "<fresh10-038@nhs.net>", body)
    return m, dict(slug="near-miss-autocomplete", scenario="near_miss_not_sent", near_miss=True,
                   tags=["near_miss", "lowercase", "plain"], subjects=1, cats=["health"],
                   assessment=A(1, 1, NM + ["identifiers present but never left the sender"]))


# 039 near miss: pharmacist's delayed-send rule caught it ----------------------------------------
@email
def e039(e):
    body = f"""Hello,

Near miss to log. I'd attached the wrong patient's prescription query to an email to a GP surgery - the email was sitting in my Outbox because of our 2-minute delay rule and I spotted it and deleted it before it went. Nothing was sent.

It would have disclosed: {e.n('Abimbola Adeyinka-Shaw')}, DOB {e.dob('1972-03-29', '1972-03-29')}, {e.pc('OL8 1RS')}, query about quetiapine dose.

{e.ig('Rashmi Venkatesh')}
Community Pharmacist, {e.ig('Hathershaw Pharmacy')}
{e.igph('0161 496 0410')}"""
    e.igem("rashmi.venkatesh@nhs.net")
    m = message("Rashmi Venkatesh <rashmi.venkatesh@nhs.net>", BREACH, "Near miss - wrong attachment caught in outbox",
                "Fri, 14 Jun 2024 09:40:00 +0100", "<fresh10-039@nhs.net>", body)
    return m, dict(slug="near-miss-delay-rule", scenario="near_miss_delay_rule", near_miss=True,
                   tags=["near_miss", "pharmacy", "plain"], subjects=1, cats=["health"],
                   assessment=A(1, 1, NM))


# 040 near miss: letter in the wrong envelope caught at the franking machine --------------------
@email
def e040(e):
    body = f"""Dear IG,

For information - a near miss. When doing the envelope check before franking I found that a letter for {e.n('Mrs Yetunde Bankole')} ({e.addr(['Flat 5', 'Priory Court', '2 Abbey Road', 'Reading'], sep=chr(10) + '  ', pc='RG1 3BH')}) had been put in a window envelope with the label for a different patient. DOB on letter {e.dob('18 Feb 1958', '1958-02-18')}. Caught before posting; re-enveloped correctly. Letter was a routine cardiology follow-up.

{e.ig('Susan Pemberton-Clarke')}
Medical Secretary, Cardiology"""
    e.igem("susan.pemberton-clarke@nhs.net")
    m = message("Susan Pemberton-Clarke <susan.pemberton-clarke@nhs.net>", BREACH, "Near miss - envelope check",
                "Mon, 17 Jun 2024 15:15:00 +0100", "<fresh10-040@nhs.net>", body)
    return m, dict(slug="near-miss-envelope-check", scenario="near_miss_post", near_miss=True,
                   tags=["near_miss", "post", "multiline_address", "flat_address", "plain"], subjects=1, cats=["health"],
                   assessment=A(1, 1, NM))


NR = ["not a breach report: no personal data of any data subject"]


# 041 out-of-office auto reply --------------------------------------------------------------------
@email
def e041(e):
    body = f"""Thank you for your email. I am on annual leave from Monday 24th June returning Monday 8th July 2024 with limited access to email.

For urgent IG matters please contact {e.ig('Gemma Holroyd')} on {e.igph('0113 496 0303')} or {e.igem('ig.team@nhs.net')}.

{e.ig('Dr Catriona MacLeod-Hughes')}
Head of Information Governance"""
    e.igem("catriona.macleod-hughes@nhs.net")
    m = message("Catriona MacLeod-Hughes <catriona.macleod-hughes@nhs.net>", BREACH,
                "Automatic reply: Incident notification - misdirected discharge summary", "Mon, 24 Jun 2024 08:00:05 +0100",
                "<fresh10-041@nhs.net>", body, extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return m, dict(slug="out-of-office", scenario="non_report_ooo", no_identifiers=True,
                   tags=["non_report", "auto_reply", "plain"], subjects=0, cats=[], assessment=A(1, 1, NR))


# 042 training question ---------------------------------------------------------------------------
@email
def e042(e):
    body = f"""Hi,

Quick question from our team meeting rather than a breach. If I email a clinic letter from my nhs.net account to a patient's own gmail address, because they asked for it, is that OK or do I need to use [secure] in the subject? And is it different for a letter going to a care home that uses an outlook.com address?

Also, do near misses need to be reported here or just on Datix?

Thanks
{e.ig('Precious Mahlangu')}
Outpatient Services Team Leader"""
    e.igem("precious.mahlangu@nhs.net")
    m = message("Precious Mahlangu <precious.mahlangu@nhs.net>", BREACH, "question - emailing letters to patients",
                "Tue, 25 Jun 2024 12:30:00 +0100", "<fresh10-042@nhs.net>", body)
    return m, dict(slug="training-question", scenario="non_report_question", no_identifiers=True,
                   tags=["non_report", "question", "plain"], subjects=0, cats=[], assessment=A(1, 1, NR))


# 043 meeting notes (staff only) --------------------------------------------------------------------
@email
def e043(e):
    body = f"""IG Steering Group - action notes, 26/06/2024

Present: {e.ig('Catriona MacLeod-Hughes')} (chair), {e.ig('Gemma Holroyd')}, {e.ig('Dr Samir Haddad')} (Caldicott Guardian), {e.ig('Owen Rees')}, {e.ig('Tracy Yeung')}
Apologies: {e.ig('Ian Thwaite')}

1. Incidents Q1: 41 logged, 6 reported to ICO, all within 72 hours. Misdirected email remains the top cause (58%).
2. DSPT submission due 30/06/2025 - evidence owners to upload by 31/05/2025.
3. Autocomplete: IT to switch off external address autocomplete for shared mailboxes by 31/07/2024. Action: GH.
4. Training compliance 91.2% (target 95%). Reminders to go out 01/07/2024.
5. AOB: next meeting 25/09/2024, Board Room 2.
"""
    e.igem("gemma.holroyd@nhs.net")
    m = message("Gemma Holroyd <gemma.holroyd@nhs.net>", BREACH, "IG Steering Group notes 26/06",
                "Wed, 26 Jun 2024 17:00:00 +0100", "<fresh10-043@nhs.net>", body)
    return m, dict(slug="meeting-notes", scenario="non_report_minutes", no_identifiers=True,
                   tags=["non_report", "minutes", "staff_names_only", "plain"], subjects=0, cats=[],
                   assessment=A(1, 1, NR))


# 044 newsletter (HTML + text) ----------------------------------------------------------------------
@email
def e044(e):
    lines = ["IG Matters - July 2024",
             "",
             "Top tip: check the To line before you press Send. Autocomplete caused 23 incidents last quarter.",
             "Remember: the ICO must be told within 72 hours of us becoming aware of a reportable breach.",
             "Phishing: we will never ask for your password by email.",
             "Training: Data Security Awareness Level 1 is due every year - check ESR.",
             "Dates: IG drop-in sessions 09/07/2024 and 23/07/2024, 12:00-13:00, Education Centre.",
             "",
             f"Questions? {e.igem('ig.team@nhs.net')} | {e.igph('0113 496 0300')}",
             "To unsubscribe reply with UNSUBSCRIBE."]
    text = "\n".join(lines)
    h = "<html><body><h1>IG Matters</h1>\n" + text_html(lines[1:]) + "</body></html>\n"
    m = message("IG Team <ig.team@nhs.net>", "All Staff <allstaff@example.nhs.uk>", "IG Matters - July 2024",
                "Mon, 01 Jul 2024 07:30:00 +0100", "<fresh10-044@nhs.net>", text, html_body=h,
                extra_headers=[("List-Unsubscribe", "<mailto:ig.team@nhs.net?subject=unsubscribe>")])
    e.igem("allstaff@example.nhs.uk")
    return m, dict(slug="newsletter", scenario="non_report_newsletter", no_identifiers=True,
                   tags=["non_report", "newsletter", "multipart_alternative"], subjects=0, cats=[],
                   assessment=A(1, 1, NR))


# 045 password reset phish forwarded, no personal data ---------------------------------------------
@email
def e045(e):
    body = f"""Is this genuine? Looks dodgy to me. Not clicked anything.

{e.ig('Kerry-Ann Thompson')}

---------- Forwarded message ---------
From: NHSmail Support <{e.igem('no-reply@nhsmail-passwordreset.com')}>
Date: Tue, 2 Jul 2024 at 06:12
Subject: ACTION REQUIRED: Your password expires today
To: <{e.igem('kerryann.thompson@nhs.net')}>

Dear user,

Your NHSmail password will expire in 24 hours. To keep your mailbox active, verify your account now:
https://nhsmail-passwordreset.com/verify?id=8812

Failure to verify will result in your mailbox being suspended.

NHSmail Support Team"""
    m = message("Kerry-Ann Thompson <kerryann.thompson@nhs.net>", BREACH, "Fwd: ACTION REQUIRED: Your password expires today",
                "Tue, 02 Jul 2024 08:45:00 +0100", "<fresh10-045@nhs.net>", body)
    return m, dict(slug="password-reset-phish", scenario="non_report_phish", no_identifiers=True,
                   tags=["non_report", "phish", "inline_gmail", "plain"], subjects=0, cats=[],
                   assessment=A(1, 1, NR))


# ------------------------------------------------------------------ extraction and self-checks

def extract(raw):
    """All decoded text of a message: headers of every level, bodies, attachments."""
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    chunks = []
    for part in msg.walk():
        for h in ("From", "To", "Cc", "Subject"):
            if part.get(h):
                chunks.append(str(part.get(h)))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "text/html":
            t = part.get_content()
            t = re.sub(r"<[^>]+>", " ", t)
            chunks.append(html.unescape(t))
        elif part.get_content_maintype() == "text":
            chunks.append(part.get_content())
        elif ct == XLSX[0] + "/" + XLSX[1]:
            import openpyxl
            wb = openpyxl.load_workbook(io.BytesIO(part.get_content()))
            for ws in wb.worksheets:
                for row in ws.iter_rows(values_only=True):
                    chunks.append("\t".join("" if c is None else str(c) for c in row))
        elif ct == DOCX[0] + "/" + DOCX[1]:
            import docx
            d = docx.Document(io.BytesIO(part.get_content()))
            chunks.extend(p.text for p in d.paragraphs)
            for t in d.tables:
                for r in t.rows:
                    chunks.append("\t".join(c.text for c in r.cells))
    return "\n".join(chunks)


def squash(s):
    return " ".join(s.split())


def check(fname, raw, e, meta, problems):
    text = extract(raw)
    flat = squash(text)
    flat_l = flat.casefold()
    for kind, w in e.written:
        if squash(w) not in flat:
            problems.append(f"{fname}: {kind} {w!r} not found as written")
    # every e-mail address is in truth or ignorable
    known = set(e.ids.get("email_address", [])) | set(e.ign.get("email_address", [])) | {BREACH}
    for addr in re.findall(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", text):
        a = addr.lower().strip(".")
        if a not in known:
            problems.append(f"{fname}: e-mail address {a} not in truth/ignorable")
    # every 10-digit mod-11-valid number is in truth or ignorable
    known10 = set()
    for bucket in (e.ids, e.ign):
        for k in ("nhs_number", "chi_number", "hc_number"):
            known10 |= set(bucket.get(k, []))
    for run in re.findall(r"(?<![\d])\d(?:[ -]?\d)+(?![\d])", text):
        d = re.sub(r"\D", "", run)
        if len(d) == 10 and valid10(d) and d not in known10:
            problems.append(f"{fname}: valid 10-digit number {run!r} not in truth/ignorable")
    for k in ("nhs_number", "hc_number"):
        for v in e.ids.get(k, []):
            if not valid10(v):
                problems.append(f"{fname}: {k} {v} fails mod 11")
    for v in e.ids.get("chi_number", []):
        if not valid10(v):
            problems.append(f"{fname}: CHI {v} fails mod 11")
    a = meta["assessment"]
    if a["reportable"] != (a["likelihood"] >= 3 and a["severity"] >= 2):
        problems.append(f"{fname}: reportable inconsistent with the DSPT rule")
    if meta.get("no_identifiers") and (e.ids or e.names or meta["subjects"]):
        problems.append(f"{fname}: no_identifiers but truth has identifiers")
    if not meta.get("no_identifiers") and not (e.ids or e.names):
        problems.append(f"{fname}: report without identifiers")
    if meta.get("near_miss") and a["likelihood"] != 1:
        problems.append(f"{fname}: near miss must have likelihood 1")
    for n in e.names:
        if n in e.ign_names:
            problems.append(f"{fname}: {n} both subject and ignorable")
    return text


def main():
    problems = []
    truth_lines = []
    for old in os.listdir(HERE):
        if old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    for i, fn in enumerate(EMAILS, 1):
        e = E()
        msg, meta = fn(e)
        fix_boundaries(msg, i)
        raw = msg.as_bytes(policy=policy.default.clone(linesep="\n", max_line_length=998))
        fname = f"{i:03d}-{meta['slug']}.eml"
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw)
        check(fname, raw, e, meta, problems)
        tags = sorted(set(meta.get("tags", [])) | {"charset_utf-8"})
        truth_lines.append({
            "file": fname, "scenario": meta["scenario"], "tags": tags,
            "identifiers": {k: v for k, v in sorted(e.ids.items())},
            "names": e.names,
            "ignorable_names": sorted(e.ign_names),
            "ignorable": {k: sorted(v) for k, v in sorted(e.ign.items())},
            "subjects": meta["subjects"],
            "special_categories": sorted(meta["cats"]),
            "near_miss": bool(meta.get("near_miss", False)),
            "no_identifiers": bool(meta.get("no_identifiers", False)),
            "assessment": meta["assessment"],
        })
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in truth_lines:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print(f"wrote {len(truth_lines)} emails; all self-checks passed")


if __name__ == "__main__":
    main()
