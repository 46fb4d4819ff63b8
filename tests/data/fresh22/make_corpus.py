#!/usr/bin/env python3
"""fresh22 corpus generator: NHS commissioning/corporate side and the four nations.

Deterministic: fixed seed, fixed boundaries, Message-IDs, dates; zip members of xlsx/docx
are re-packed with a fixed timestamp.  Run:  /work/main/.venv/bin/python make_corpus.py
"""
import io
import json
import os
import random
import re
import zipfile
from collections import defaultdict
from email import charset as _cs
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import encoders

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(22022)

# ------------------------------------------------------------------ health numbers

def _check(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return None if c == 10 else c


def valid_mod11(num):
    num = re.sub(r"\D", "", num)
    return len(num) == 10 and _check(num[:9]) == int(num[9])


def nhs(lo=400, hi=799):
    """A random valid number in the range lo..hi million."""
    while True:
        d9 = str(RNG.randint(lo * 10 ** 6, hi * 10 ** 6 + 999999)).zfill(10)[:9]
        c = _check(d9)
        if c is not None:
            n = d9 + str(c)
            assert valid_mod11(n)
            return n


def hc():
    return nhs(320, 399)


def chi(dob_iso, female):
    y, m, d = dob_iso.split("-")
    head = d + m + y[2:]
    while True:
        mid = RNG.randint(0, 99)
        sex = RNG.choice([0, 2, 4, 6, 8]) if female else RNG.choice([1, 3, 5, 7, 9])
        d9 = head + f"{mid:02d}" + str(sex)
        c = _check(d9)
        if c is not None:
            return d9 + str(c)


def sp(n, style="3-3-4"):
    if style == "3-3-4":
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if style == "dash":
        return f"{n[:3]}-{n[3:6]}-{n[6:]}"
    if style == "chi":
        return f"{n[:6]} {n[6:]}"
    return n

# ------------------------------------------------------------------ MIME helpers

QP = _cs.Charset("utf-8")
QP.body_encoding = _cs.QP
B64 = _cs.Charset("utf-8")
B64.body_encoding = _cs.BASE64


def text_part(s, subtype="plain", cte="qp"):
    if cte == "7bit":
        return MIMEText(s, subtype, "us-ascii")
    if cte == "8bit":
        p = MIMEText(s, subtype, "utf-8")
        del p["Content-Transfer-Encoding"]
        p.set_payload(s.encode("utf-8").decode("ascii", "surrogateescape"))
        p["Content-Transfer-Encoding"] = "8bit"
        return p
    return MIMEText(s, subtype, QP if cte == "qp" else B64)


FIXED_ZIP_TIME = (2026, 11, 2, 9, 0, 0)


def rezip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            b = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                b = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                           rb"\g<1>2026-11-02T09:00:00Z\g<3>", b)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, b)
    return out.getvalue()


def xlsx(sheets):
    """sheets: list of (title, rows, state) ; rows list of lists."""
    import datetime
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows, state in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
        if state:
            ws.sheet_state = state
    wb.properties.creator = "NHS"
    wb.properties.created = wb.properties.modified = datetime.datetime(2026, 11, 2, 9, 0, 0)
    b = io.BytesIO()
    wb.save(b)
    return rezip(b.getvalue())


def docx(paragraphs, tables=()):
    import datetime
    import docx as _d
    d = _d.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    for rows in tables:
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                t.cell(i, j).text = str(c)
        d.add_paragraph("")
    d.core_properties.author = "Admin"
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2026, 11, 2, 9, 0, 0)
    d.core_properties.last_modified_by = "Admin"
    b = io.BytesIO()
    d.save(b)
    return rezip(b.getvalue())


def csv_bytes(rows):
    import csv
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode("utf-8")

# ------------------------------------------------------------------ email context

EMAILS = []
TRUST = ("nhs.net", "example.nhs.uk")


class E:
    def __init__(self, slug, scenario, tags):
        self.n = len(EMAILS) + 1
        self.file = f"{self.n:03d}-{slug}.eml"
        self.scenario = scenario
        self.tags = list(tags)
        self.ids = defaultdict(list)
        self.ign = defaultdict(list)
        self.names, self.ign_names = [], []
        self.msg = None
        EMAILS.append(self)

    # truth recorders: each returns the text to put in the mail
    def id(self, kind, value, text=None):
        if value not in self.ids[kind]:
            self.ids[kind].append(value)
        return value if text is None else text

    def nm(self, name, text=None):
        if name not in self.names:
            self.names.append(name)
        return name if text is None else text

    def st(self, name, email=None, phone=None):
        """A member of staff / recipient / reporter: ignorable."""
        if name and name not in self.ign_names:
            self.ign_names.append(name)
        if email:
            self.ign["email_address"].append(email.lower())
        if phone:
            self.ign["phone_number"].append(phone)
        return name

    def ig(self, kind, value):
        self.ign[kind].append(value)
        return value

    def addr(self, name, email):
        self.st(name, email)
        return f"{name} <{email}>" if name else email

    def truth(self, subjects, cats, sev, lik, basis, near_miss=False):
        rep = lik >= 3 and sev >= 2
        ids = {k: v for k, v in self.ids.items() if v}
        ign = {k: sorted(set(v)) for k, v in self.ign.items() if v}
        return {"file": self.file, "scenario": self.scenario, "tags": sorted(self.tags),
                "identifiers": ids, "names": self.names, "ignorable_names": self.ign_names,
                "ignorable": ign, "subjects": subjects, "special_categories": sorted(cats),
                "near_miss": near_miss, "no_identifiers": not ids and not self.names,
                "assessment": {"severity": sev, "likelihood": lik, "reportable": rep, "basis": basis}}


def build(e, frm, to, subject, date, text=None, html=None, cc=None, atts=(), cte="qp",
          html_cte=None, extra=(), alt=True):
    bnd = f"----=_NextPart_022_{e.n:04d}"
    body = None
    if text is not None and html is not None and alt:
        body = MIMEMultipart("alternative", boundary=bnd + "_alt")
        body.attach(text_part(text, "plain", cte))
        body.attach(text_part(html, "html", html_cte or cte))
    elif html is not None:
        body = text_part(html, "html", html_cte or cte)
    else:
        body = text_part(text, "plain", cte)
    if atts:
        msg = MIMEMultipart("mixed", boundary=bnd + "_mix")
        msg.attach(body)
        for fname, ctype, data in atts:
            maintype, subtype = ctype.split("/", 1)
            if maintype == "text":
                p = MIMEText(data.decode("utf-8"), subtype, QP)
            else:
                p = MIMEBase(maintype, subtype)
                p.set_payload(data)
                encoders.encode_base64(p)
            p.add_header("Content-Disposition", "attachment", filename=fname)
            msg.attach(p)
    else:
        msg = body
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = f"<fresh22.{e.n:03d}.{e.n * 7919:06d}@mail.fresh22.example>"
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for k, v in extra:
        msg[k] = v
    e.msg = msg


def outlook_hdr(frm, sent, to, subject, cc=None):
    s = f"From: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n"


BREACH = "breach@example.nhs.uk"
DISCLAIMER_NHSMAIL = ("********************************************************************\n"
                      "This message may contain confidential information. If you are not the intended "
                      "recipient please inform the\nsender that you have received the message in error "
                      "before deleting it.\nPlease do not disclose, copy or distribute information in "
                      "this e-mail or take any action in relation to its contents. To do so is strictly "
                      "prohibited and may be unlawful. Thank you for your co-operation.\n\n"
                      "NHSmail is the secure email and directory service available for all NHS staff in "
                      "England and Scotland.\n"
                      "********************************************************************")

# ================================================================== emails
TRUTH = []


def T(e, *a, **k):
    TRUTH.append(e.truth(*a, **k))


def m001():
    e = E("icb-chc-panel-xlsx-wrong-provider", "misdirected_email_attachment_xlsx",
          ["inline_outlook", "xlsx", "odd_headers", "icb", "nested_forward"])
    rows = [["Ref", "Pt", "NHS No.", "D.o.B", "Home / pkg", "DST outcome", "Wkly £", "Notes"]]
    people = [
        ("CHC-4471", "Margaret Ellery", "1936-02-11", "Brookfield House", "Eligible - full CHC", "1,412.00", "adv dementia, PEG fed"),
        ("CHC-4472", "Dennis Hobson", "1941-09-30", "Own home - POC 4x day", "Not eligible - FNC", "254.06", "COPD, LTOT"),
        ("CHC-4475", "Winifred Pask", "1929-12-02", "Oakwood Lodge", "Eligible - fast track", "1,655.50", "EOL, metastatic ca breast"),
        ("CHC-4478", "Raymond Tillotson", "1948-06-17", "Brookfield House", "Deferred", "", "MND - awaiting neuro report"),
        ("CHC-4480", "Shabana Akhtar", "1952-03-08", "Own home - PHB", "Eligible - full CHC", "2,030.00", "tetraplegia post RTA, trach"),
        ("CHC-4481", "Colin Firth-Barraclough", "1939-11-23", "Moorview Nursing", "Not eligible", "", "Parkinsons, falls"),
        ("CHC-4483", "Edna Sugden", "1933-04-29", "Moorview Nursing", "Eligible - FNC", "254.06", "CVA x2, dysphagia"),
        ("CHC-4486", "Terence O'Hagan", "1945-08-05", "Oakwood Lodge", "Eligible - full CHC", "1,380.00", "Korsakoff's, challenging bx"),
        ("CHC-4487", "Pauline Greenwood", "1950-01-14", "Own home - POC 2x day", "Appeal - LRP", "", "MS, pressure ulcer gr 3"),
        ("CHC-4490", "Harold Stansfield", "1931-10-19", "Brookfield House", "Eligible - fast track", "1,412.00", "EOL, heart failure"),
    ]
    for ref, name, dob, home, out, wk, notes in people:
        n = nhs()
        e.id("nhs_number", n); e.nm(name); e.id("date_of_birth", dob)
        y, mth, d = dob.split("-")
        rows.append([ref, name, n, f"{d}/{mth}/{y}", home, out, wk, notes])
    data = xlsx([("Panel 12.11", rows, None)])
    a = e.addr("Joanne Midgley", "joanne.midgley@nhs.net")
    b = e.addr("CHC Team Calder & Aire ICB", "calderaire.chc@nhs.net")
    c = e.addr("Accounts", "accounts@brookfield-care.co.uk")
    d = e.addr("Nadia Rehman", "nadia.rehman3@nhs.net")
    e.st("Sue", None)
    e.ig("phone_number", "01422 496017")
    text = f"""Hi IG team,

Please see below - one of my coordinators has sent the panel spreadsheet for Thursday to the wrong Brookfield address. It should have gone to the home's nhs.net account (brookfieldhouse.manager@nhs.net) but autocomplete picked their accounts team at the company domain instead. The spreadsheet has all 10 cases on it, not just Brookfield's.

I've asked Sue in accounts to delete it and confirm but not heard back yet. Spreadsheet attached so you can see what went.

Joanne

Joanne Midgley
Continuing Healthcare Team Manager
NHS Calder & Aire Integrated Care Board
Tel: 01422 496017

{outlook_hdr("Accounts <accounts@brookfield-care.co.uk>", "12 November 2026 14:02", "CHC Team Calder & Aire ICB <calderaire.chc@nhs.net>", "RE: CHC panel 12/11 - papers")}
Hi, I think this has come to us by mistake? We are the finance office for the group, not the home. Regards Sue

{outlook_hdr("Nadia Rehman <nadia.rehman3@nhs.net>", "12 November 2026 11:47", "Accounts <accounts@brookfield-care.co.uk>", "CHC panel 12/11 - papers")}
Good morning,

Please find attached the panel papers for Thursday's CHC panel. Can you ensure the nurse in charge has reviewed the DST for your residents before 10am.

Kind regards
Nadia Rehman
CHC Coordinator
Calder & Aire ICB

{DISCLAIMER_NHSMAIL}
"""
    build(e, a, BREACH, "FW: RE: CHC panel 12/11 - papers - SENT TO WRONG ADDRESS", "Thu, 12 Nov 2026 15:20:11 +0000",
          text=text, atts=[("CHC panel 12.11 v3.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data)])
    e.ig("email_address", "brookfieldhouse.manager@nhs.net")
    T(e, 10, ["health"], 3, 3, ["health information (CHC eligibility, diagnoses) about 10 identified patients",
                                "sent to an external company address (brookfield-care.co.uk)",
                                "deletion requested, not confirmed"])


def m002():
    e = E("csu-ifr-ivf-to-not-bcc", "to_not_bcc_group_email",
          ["inline_outlook", "to_not_bcc", "csu", "reproductive_health"])
    pats = [("Gemma Lowther", "gemma.lowther88@gmail.com", True), (None, "k.ramasamy@outlook.com", False),
            ("Chloe & Ben Tarrant", "tarrantsfamily@btinternet.com", False), (None, "lmcguinness1990@yahoo.co.uk", False),
            ("Aisha Begum", "aisha.begum.b@hotmail.co.uk", True), (None, "jodiepatterson@icloud.com", False),
            (None, "r.okonkwo@gmail.com", False), ("Sophie Hallam", "sophiehallam@live.co.uk", True),
            (None, "danniandlee2019@gmail.com", False)]
    tolist = []
    for name, addr, use in pats:
        e.id("email_address", addr)
        if name and use:
            e.nm(name)
        tolist.append(f"{name} <{addr}>" if name else addr)
    # "Chloe & Ben Tarrant" - two people sharing one address, record both names
    e.nm("Chloe Tarrant"); e.nm("Ben Tarrant")
    rep = e.addr("Priya Nandra", "priya.nandra@nhs.net")
    e.st("Marcus Bellingham", "marcus.bellingham@nhs.net")
    e.ig("phone_number", "0121 496 0733")
    to_line = "; ".join(tolist)
    text = f"""To whom it may concern

I am reporting an error I made this morning. I sent the attached group update to nine IFR applicants with their addresses in the To field instead of Bcc. All of the applicants are waiting for a decision on funding for IVF / assisted conception outside the commissioning policy, so anybody receiving it can see the others are having fertility treatment.

One applicant (the one at r.okonkwo) has already replied to all asking to be removed. I tried to recall it at 09:52 but recall failed for all of the external addresses.

My manager Marcus Bellingham is aware.

Priya Nandra
IFR Case Officer, Individual Funding Requests
Arden & Wyre Commissioning Support Unit
0121 496 0733

-----Original Message-----
From: IFR Team (Arden & Wyre CSU) <priya.nandra@nhs.net>
Sent: 19 November 2026 09:31
To: {to_line}
Subject: Your Individual Funding Request - assisted conception (IVF) - panel date

Dear applicant,

Thank you for your Individual Funding Request for assisted conception (IVF/ICSI) treatment. Your request will be considered at the IFR panel on 3 December 2026. The panel will consider exceptionality in relation to the fertility policy criteria (female age, BMI, previous cycles and smoking status).

You will receive your outcome letter within 5 working days of the panel.

Kind regards
IFR Team
Arden & Wyre CSU
"""
    build(e, rep, BREACH, "Data breach - IFR group email sent To not Bcc", "Thu, 19 Nov 2026 10:05:43 +0000",
          text=text, cte="7bit", cc=e.addr("Marcus Bellingham", "marcus.bellingham@nhs.net"))
    T(e, 10, ["reproductive_health"], 4, 3,
      ["recipients' personal email addresses disclosed to each other (To instead of Bcc)",
       "reveals that each is seeking fertility treatment (reproductive health)",
       "external addresses; recall failed"])


def m003():
    e = E("welsh-hb-nepts-dialysis-csv-gmail", "misdirected_email_attachment_csv",
          ["csv", "wales", "patient_transport", "welsh_language", "inline_outlook"])
    rows = [["Surname", "Forename", "DOB", "Pick up address", "Postcode", "Tel", "Mobility", "Clinic", "Days"]]
    pp = [("JENKINS", "Eirlys", "1944-07-21", "4 Heol y Bryn, Llandeilo", "SA19 6AH", "01558 496021", "Walker", "Renal Unit Carmarthen", "M/W/F"),
          ("PRITCHARD", "Glyn", "1951-12-03", "Flat 2, 18 Stryd y Farchnad, Llanelli", "SA15 1YH", "07700 900412", "W/chair", "Renal Unit Carmarthen", "M/W/F"),
          ("EVANS", "Mair Wyn", "1939-03-14", "Tŷ Gwyn, Ffairfach", "SA19 6PE", "01558 496388", "Stretcher", "Renal Unit Carmarthen", "Tu/Th/Sa"),
          ("ROWLANDS", "Dafydd", "1960-10-09", "22 Maes Glas, Ammanford", "SA18 2DL", "07700 900587", "Walker", "Satellite Unit Llandovery", "Tu/Th/Sa"),
          ("BOWEN", "Sandra", "1957-05-27", "9 Parc Howard Ave, Llanelli", "SA15 3LQ", "07700 900139", "W/chair + escort", "Renal Unit Carmarthen", "M/W/F"),
          ("THOMAS", "Huw", "1948-02-02", "Penlan Farm, Cwmann", "SA48 8JR", "01570 496210", "Ambulant", "Satellite Unit Llandovery", "M/W/F"),
          ("DAVIES-LLOYD", "Rhian", "1966-08-30", "31 Heol Waun, Cross Hands", "SA14 6NB", "07700 900773", "Ambulant", "Renal Unit Carmarthen", "Tu/Th/Sa"),
          ("MORGAN", "Idris", "1936-11-11", "3 Bro Myrddin, Carmarthen", "SA31 3QT", "01267 496455", "Stretcher, O2", "Renal Unit Carmarthen", "M/W/F")]
    for sn, fn, dob, ad, pc, tel, mob, cl, days in pp:
        e.nm(f"{fn} {sn.title()}")
        e.id("date_of_birth", dob); e.id("postcode", pc); e.id("phone_number", tel)
        e.id("address", f"{ad}, {pc}")
        y, mth, d = dob.split("-")
        rows.append([sn, fn, f"{d}.{mth}.{y}", ad, pc, tel, mob, cl, days])
    data = csv_bytes(rows)
    rep = e.addr("Ceri Llewellyn", "ceri.llewellyn@wales.nhs.uk")
    e.st("Gareth", None); e.st("Rhodri Vaughan", "rhodri.vaughan@wales.nhs.uk")
    e.ig("email_address", "tywitransport@gmail.com")
    e.ig("email_address", "bookings@tywi-transport.co.uk")
    e.ig("phone_number", "01267 496900")
    text = f"""Bore da,

Sorry to bother you, I need to report something. This morning I sent the weekly dialysis transport list (next week's renal runs, 8 patients) to the wrong email for the contracted taxi firm. Their bookings address is bookings@tywi-transport.co.uk but I typed tywitransport@gmail.com which is not them - I've rung Gareth at Tywi Transport and he says they don't have a gmail.

It bounced back? No it didn't bounce, so someone has it. I have sent an email to the gmail asking them to delete it, no reply.

The list has names, DOBs, home addresses, phone numbers and mobility needs (stretcher, oxygen etc) and that they are dialysis patients at Carmarthen. I've attached the file I sent.

Diolch yn fawr,
Ceri

Ceri Llewellyn
Gweinyddwr Cludiant Cleifion | Patient Transport Liaison Administrator
Bwrdd Iechyd Prifysgol Teifi a Thywi | Teifi & Tywi University Health Board
Ffôn/Tel: 01267 496900

{outlook_hdr("Llewellyn, Ceri (Teifi a Thywi - Transport)", "Monday, November 16, 2026 8:41 AM", "tywitransport@gmail.com", "Renal runs w/c 23/11", cc="Vaughan, Rhodri (Teifi a Thywi - Renal)")}
Morning Gareth, list for next week attached, 2 stretchers, 1 on O2. Thanks Ceri

Mae'r e-bost hwn ac unrhyw atodiadau yn gyfrinachol. This email and any attachments are confidential.
"""
    build(e, rep, BREACH, "possible breach - transport list sent to wrong email", "Mon, 16 Nov 2026 09:17:02 +0000",
          text=text, atts=[("renal runs wc 23.11.csv", "text/csv", data)])
    T(e, 8, ["health"], 3, 3, ["names, DOBs, addresses, phone numbers and dialysis/mobility details of 8 patients",
                               "sent to an unknown external gmail address", "deletion requested, no reply"])


def m004():
    e = E("scot-sar-other-patient-psych-letters", "sar_wrong_records_enclosed",
          ["scotland", "chi_number", "sar", "inline_outlook", "html_alt", "mental_health"])
    dob = "1987-05-14"
    c = chi(dob, female=False)
    e.id("chi_number", c); e.nm("Callum Docherty"); e.id("date_of_birth", dob)
    e.id("address", "14 Calderbank Crescent, Airdrie, ML6 9RT"); e.id("postcode", "ML6 9RT")
    e.id("hospital_number", "L2206731")
    rep = e.addr("Fiona Baird", "fiona.baird2@lanarkshire.scot.nhs.uk")
    e.st("Ishbel Rennie"); e.ig("phone_number", "07700 900266")
    e.st("Dr A Menon"); e.st("Kirsteen Rafferty", "kirsteen.rafferty@lanarkshire.scot.nhs.uk")
    e.ig("phone_number", "01698 496 118")
    text = f"""Hi

Reporting an error in a Subject Access Request response. SAR ref SAR/26/1093 for Mrs Ishbel Rennie was posted out on 9 November (paper copy, recorded delivery). Mrs Rennie phoned today to say that in the middle of her bundle were 6 pages that are not hers - psychiatric outpatient clinic letters for a male patient.

From what she read out to me over the phone the pages belong to:

  Name: Callum DOCHERTY
  CHI: {sp(c, 'chi')}
  DOB: 14/05/1987
  Hosp no: L2206731
  Address: 14 Calderbank Crescent, Airdrie ML6 9RT

The letters are from Dr A Menon, Community Mental Health Team, and discuss his diagnosis of bipolar affective disorder, a recent admission under a short term detention certificate and lithium levels. Mrs Rennie's mobile is 07700 900266 - she is happy to post them back to us in the prepaid envelope we are sending but has not done so yet. She was quite upset and said she "knows the family".

I think the pages were on the scanner tray at the same time as hers. I have spoken to Kirsteen (Health Records Manager) who is copied in.

Fiona Baird
Access to Health Records Officer
NHS Lanarkshire
01698 496 118
"""
    html = "<html><body>" + "".join(f"<p>{l}</p>" if l.strip() else "<br>" for l in text.replace("&", "&amp;").replace("<", "&lt;").split("\n")) + "</body></html>"
    build(e, rep, BREACH, "SAR error - another patient's letters included", "Tue, 17 Nov 2026 13:44:50 +0000",
          text=text, html=html, cc=e.addr("Kirsteen Rafferty", "kirsteen.rafferty@lanarkshire.scot.nhs.uk"))
    T(e, 1, ["mental_health"], 4, 3, ["another patient's psychiatric letters (bipolar disorder, detention) sent to a SAR requester",
                                      "member of the public who knows the family; not yet returned"])


def m005():
    e = E("ni-hsc-complaint-response-docx-wrong-complainant", "misdirected_letter_docx",
          ["northern_ireland", "hc_number", "docx", "complaints", "inline_outlook"])
    h = hc()
    e.id("hc_number", h); e.nm("Bernadette McCann"); e.id("date_of_birth", "1940-09-18")
    e.nm("Declan McCann"); e.id("address", "27 Glenshane Road, Dungiven, BT47 4PX"); e.id("postcode", "BT47 4PX")
    paras = ["Complaints Department", "Western Health and Social Care Trust", "",
             "Mr Declan McCann", "27 Glenshane Road", "Dungiven", "BT47 4PX", "",
             "Our ref: COMP/2026/0417", "",
             "Dear Mr McCann",
             f"Re: Your mother, Mrs Bernadette McCann, H&C No {sp(h)}, DOB 18/09/1940",
             "Thank you for your letter of 2 October 2026 regarding the care your mother received on Ward 6, "
             "Altnagelvin Area Hospital. I am sorry that your mother sustained a fall on the night of 14 September "
             "which resulted in a fractured neck of femur, and that a grade 3 pressure ulcer to her sacrum was not "
             "identified until 19 September.",
             "The ward sister has reviewed the falls risk assessment and the Datix incident report. I have set out "
             "the findings of the review in the table below.",
             "Yours sincerely", "", "Aoife Gallagher", "Complaints Manager"]
    table = [["Concern", "Finding", "Action"],
             ["Falls risk assessment not repeated after new sedation", "Upheld", "Ward training, bed rails audit"],
             ["Pressure ulcer not identified for 5 days", "Upheld", "SSKIN bundle compliance audit"],
             ["Family not informed of fall until the morning", "Partially upheld", "Escalation policy reminder"]]
    data = docx(paras, [table])
    rep = e.addr("Aoife Gallagher", "aoife.gallagher@westerntrust.hscni.net")
    e.st("Eamon Harkin", "eamon.harkin62@btinternet.com"); e.st("Sister Corrigan")
    e.ig("phone_number", "028 7134 5000")
    text = f"""IG team

I sent a complaint response letter (Word, attached) by email to the wrong complainant this afternoon. The letter is to Mr Declan McCann about his mother but I attached it to my reply to a Mr Eamon Harkin (eamon.harkin62@btinternet.com) who has an unrelated complaint about car parking at Altnagelvin. Mr Harkin rang to let us know. He said he would delete it. I have asked him to confirm in writing but nothing yet.

The letter includes the mother's name, H&C number, DOB, the fall and fracture, the pressure ulcer and our findings.

Aoife Gallagher
Complaints Manager, Western HSC Trust
028 7134 5000

{outlook_hdr("Gallagher, Aoife", "10 November 2026 15:12", "eamon.harkin62@btinternet.com", "RE: Complaint COMP/2026/0433 - car parking")}
Dear Mr Harkin, please find our response attached. Regards, Aoife Gallagher
"""
    build(e, rep, BREACH, "Complaint letter emailed to wrong person", "Tue, 10 Nov 2026 16:30:00 +0000",
          text=text, atts=[("COMP-2026-0417 response McCann.docx",
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data)])
    T(e, 2, ["health"], 3, 3, ["complaint response with an elderly patient's H&C number, DOB, fall and pressure ulcer",
                               "sent to an unrelated member of the public (btinternet.com)",
                               "recipient says he will delete; not confirmed"])


NI_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def ni_number():
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = RNG.choice(first) + RNG.choice(second)
        if p not in NI_BAD_PREFIX:
            break
    return p + f"{RNG.randint(0, 999999):06d}" + RNG.choice("ABCD")


def m006():
    e = E("icb-foi-hidden-sheet-staff-sickness", "foi_hidden_sheet_published",
          ["xlsx", "hidden_sheet", "foi", "staff_data_subjects", "published", "icb"])
    vis = [["FOI 2026/1187 - Sickness absence by directorate, 2025/26", None, None],
           [None, None, None],
           ["Directorate", "FTE days lost", "Absence rate %"],
           ["Corporate", 412, 3.1], ["Nursing & Quality", 655, 4.4], ["Finance", 201, 2.7],
           ["Strategy & Transformation", 388, 3.9], ["Primary Care", 129, 2.2]]
    hid = [["Emp No", "Name", "NI No", "Directorate", "Band", "Reason (ESR)", "Days"]]
    staff = [("20419871", "Lorraine Heseltine", "Nursing & Quality", "7", "S10 Anxiety/stress/depression/other psychiatric illnesses", 63),
             ("20433012", "Anthony Bracewell", "Corporate", "4", "S12 Other musculoskeletal problems", 21),
             ("20398877", "Michelle Ackroyd", "Finance", "6", "S10 Anxiety/stress/depression/other psychiatric illnesses", 118),
             ("20441105", "Imran Hussain", "Strategy & Transformation", "8a", "S28 Injury, fracture", 34),
             ("20402290", "Deborah Kitching", "Nursing & Quality", "8b", "S16 Pregnancy related disorders", 40),
             ("20455431", "Stuart Mellor", "Corporate", "3", "S25 Gastrointestinal problems", 9),
             ("20410008", "Helen Sowerby", "Primary Care", "5", "S11 Back problems", 27),
             ("20439982", "Karen Pilling", "Nursing & Quality", "6", "S15 Chest & respiratory problems", 12),
             ("20400127", "Gary Entwistle", "Strategy & Transformation", "7", "S13 Cold, Cough, Flu - Influenza", 5),
             ("20427745", "Samantha Royle", "Corporate", "4", "S10 Anxiety/stress/depression/other psychiatric illnesses", 77),
             ("20448810", "Peter Lumb", "Finance", "8c", "S17 Benign and malignant tumours, cancers", 96),
             ("20419523", "Natalie Crabtree", "Nursing & Quality", "5", "S29 Nervous system disorders", 15)]
    for emp, name, dr, band, reason, days in staff:
        ni = ni_number()
        e.nm(name); e.id("ni_number", ni)
        hid.append([emp, name, f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", dr, band, reason, days])
    data = xlsx([("Response", vis, None), ("Sheet2 (2)", hid, "hidden")])
    rep = e.addr("Graham Whiteley", "graham.whiteley@nhs.net")
    e.st("Rachel Nuttall", "rachel.nuttall1@nhs.net")
    e.ig("email_address", "request-884213-1f0a9c2e@whatdotheyknow.com")
    e.ig("phone_number", "01422 496222")
    text = f"""Dear DPO,

URGENT - possible serious incident

FOI 2026/1187 (sickness absence by directorate) was answered on 24 November via WhatDoTheyKnow (request-884213-1f0a9c2e@whatdotheyknow.com) and is therefore published on the WhatDoTheyKnow website. Our Workforce team have this morning realised that the spreadsheet we released contains a hidden worksheet, "Sheet2 (2)", which holds the source data the pivot was built from: employee numbers, names, National Insurance numbers, band and the ESR sickness reason and days lost for 12 individuals.

Several of the reasons are S10 (anxiety/stress/depression), and one is a cancer diagnosis. The file is still visible on the website as of 09:30. I have emailed WhatDoTheyKnow asking them to hide the attachment urgently but have not had a response.

The released file is attached for your reference (please do not forward).

Rachel Nuttall (Head of Workforce Information) is aware.

Regards

Graham Whiteley
Freedom of Information & Records Officer
NHS Calder & Aire Integrated Care Board
01422 496222
"""
    build(e, rep, BREACH, "URGENT: FOI 2026/1187 released with hidden sheet of staff data", "Thu, 26 Nov 2026 09:41:18 +0000",
          text=text, cc=e.addr("Rachel Nuttall", "rachel.nuttall1@nhs.net"),
          atts=[("FOI 2026-1187 response.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data)])
    T(e, 12, ["mental_health"], 4, 4, ["staff names, NI numbers and sickness reasons (incl. mental health, cancer)",
                                        "published on a public website in a hidden worksheet", "take-down requested, not confirmed"])


def m007():
    e = E("auto-reply-ig-officer", "non_report_auto_reply", ["auto_reply", "non_report"])
    e.st("Bethany Kershaw", "bethany.kershaw@nhs.net")
    e.ig("phone_number", "01422 496230")
    text = """Thank you for your email. I am on annual leave from Monday 23 November returning Wednesday 2 December with limited access to email.

For urgent Information Governance matters, including suspected data breaches, please contact the IG team on 01422 496230 or forward your report to the breach mailbox, which is monitored daily.

For Freedom of Information requests please contact the FOI team.

Bethany Kershaw
Information Governance Officer
"""
    build(e, e.addr("Bethany Kershaw", "bethany.kershaw@nhs.net"), BREACH,
          "Automatic reply: RE: BD-2026-000412 - your report has been received", "Tue, 24 Nov 2026 07:02:13 +0000",
          text=text, cte="7bit", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                        ("In-Reply-To", "<bd-ack-000412@breachdesk.example.nhs.uk>")])
    T(e, 0, [], 1, 1, ["automatic out-of-office reply; no personal data of any data subject"])


def m008():
    e = E("privacy-audit-snooping-sister-in-law-epu", "snooping_relative",
          ["snooping", "privacy_audit", "reproductive_health", "plain"])
    n = nhs()
    e.id("nhs_number", n); e.nm("Kirsty Whitworth"); e.id("date_of_birth", "1994-03-22")
    e.id("hospital_number", "RM4471298")
    rep = e.addr("Simon Oldroyd", "simon.oldroyd@example.nhs.uk")
    e.st("Leanne Whitworth"); e.st("Janet Crossley", "janet.crossley@example.nhs.uk")
    e.ig("phone_number", "0113 496 0872")
    text = f"""Privacy monitoring - confirmed inappropriate access

Summary
-------
The privacy monitoring tool raised an alert (family name match) on 5 November. Following review with the line manager and an informal meeting with the staff member, we are satisfied that the following access was not for a legitimate purpose.

Staff member: Leanne Whitworth, Ward Clerk, Ward 14 (Band 3)
Patient: Kirsty WHITWORTH
NHS number: {sp(n, 'dash')}
MRN: RM4471298
D.O.B: 22.03.1994

Relationship: sister-in-law (staff member's brother's wife).

Access: 4 sessions between 18 October and 2 November, via the EPR from a Ward 14 workstation. Screens viewed included gynaecology clinic letters, the Early Pregnancy Unit attendance on 17 October and the consent form for a surgical termination of pregnancy. The patient was never under Ward 14.

How it came to light: the patient contacted PALS on 4 November saying that her sister-in-law had referred to the EPU attendance in front of family members at a birthday party, and she had told no one.

Actions: staff member's smartcard access suspended pending HR investigation (Janet Crossley, HR Business Partner, aware). Patient has been informed.

Simon Oldroyd
Privacy Officer, Information Governance
0113 496 0872
"""
    build(e, rep, BREACH, "Privacy audit case PA-2026-031 - confirmed", "Fri, 06 Nov 2026 11:20:00 +0000",
          text=text, cte="8bit")
    T(e, 1, ["reproductive_health"], 4, 5, ["unauthorised access by a relative to reproductive health records",
                                            "patient reports the information was disclosed to family (misuse)"])


def m009():
    e = E("gp-fed-enhanced-access-list-no-header-hotmail", "misdirected_email_attachment_xlsx",
          ["xlsx", "no_header_row", "gp_federation", "inline_gmail", "sexual_health", "mental_health"])
    rows = []
    pp = [("09:00", "Lisa Marie Ogden", "1985-06-02", "07700 900318", "Smear"),
          ("09:10", "Frank Dobson", "1949-01-27", "07700 900224", "BP review / meds"),
          ("09:20", "Yasmin Qureshi", "1992-11-15", "07700 900871", "Coil fit - IUD"),
          ("09:40", "Kyle Brennan", "2001-04-09", "07700 900654", "Depression review - sertraline"),
          ("09:50", "Aleksandra Nowak", "1979-08-21", "07700 900109", "Pill check"),
          ("10:00", "Joshua Whittaker", "2019-02-13", "07700 900946", "Child - ear pain (mum to attend)"),
          ("10:10", "Deepak Mistry", "1966-12-30", "07700 900433", "Diabetic review"),
          ("10:20", "Ruth Eccleston", "1958-05-05", "07700 900702", "Post-bereavement low mood"),
          ("10:30", "Connor Haigh", "1997-07-19", "07700 900581", "STI symptoms - discharge"),
          ("10:40", "Mohammed Iqbal", "1971-03-26", "07700 900260", "Asthma review"),
          ("10:50", "Stacey Lomax", "1988-10-03", "07700 900137", "Smear"),
          ("11:00", "Brian Cudworth", "1944-09-14", "07700 900895", "Leg ulcer dressing")]
    for t, name, dob, tel, reason in pp:
        n = nhs()
        e.nm(name); e.id("nhs_number", n); e.id("date_of_birth", dob); e.id("phone_number", tel)
        y, m, d = dob.split("-")
        rows.append([t, name.upper() if len(rows) % 3 == 0 else name, f"{d}/{m}/{y}", int(n), tel, reason, "Hub 2 - Elland"])
    data = xlsx([("Sat 28th", rows, None)])
    rep = e.addr("Kerry Sutcliffe", "kerry.sutcliffe@nhs.net")
    e.st("Sanjay Patel", "sanjay.patel40@nhs.net"); e.ig("email_address", "dr.s.patel@hotmail.com")
    e.st("Dr Patel"); e.st("Wendy Broadbent", "wendy.broadbent@nhs.net")
    e.ig("phone_number", "01422 496551")
    text = f"""Hiya,

Wendy said to send this to you. I sent the Saturday hub list to our locum Dr Patel but it's gone to dr.s.patel@hotmail.com which autofilled - our Dr Patel is sanjay.patel40@nhs.net. Hotmail one isn't him, he's never used it. I've emailed the hotmail asking them to delete, nothing back.

Kerry

---------- Forwarded message ---------
From: Kerry Sutcliffe <kerry.sutcliffe@nhs.net>
Date: Fri, 27 Nov 2026 at 16:48
Subject: Sat list
To: <dr.s.patel@hotmail.com>


Hi Dr Patel, list for tomorrow attached, 12 booked so far, door code same as last time. Thanks, Kerry

--
Kerry Sutcliffe | Enhanced Access Coordinator
Calder Valley GP Federation
01422 496551
"""
    build(e, rep, BREACH, "Fwd: Sat list", "Fri, 27 Nov 2026 17:05:09 +0000", text=text,
          cc=e.addr("Wendy Broadbent", "wendy.broadbent@nhs.net"),
          atts=[("SAT HUB.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data)])
    T(e, 12, ["health", "mental_health", "reproductive_health", "sexual_health"], 4, 3,
      ["appointment list with reasons (STI, contraception, depression) for 12 patients incl. a child",
       "sent to an unknown external hotmail address", "deletion requested, no reply"])


def m010():
    e = E("pcn-social-prescribing-html-only-safeguarding", "excess_data_shared_html",
          ["html_only", "cte_base64", "pcn", "safeguarding", "inline_table"])
    pp = [("Doreen Haworth", "1940-05-12", "07700 900512", "Isolation since husband died, lunch club", "Lives alone, memory poor"),
          ("Jamal Osei", "1983-09-07", "07700 900777", "Debt advice, food bank", "Adult safeguarding referral 10/26 - financial abuse by nephew"),
          ("Tina Marsden", "1976-02-28", "07700 900338", "Walking group", "DV history - do NOT contact via husband's phone, MARAC 2025"),
          ("Emily Rothwell", "2009-12-19", "07700 900145", "Young carers group", "Child - mum's alcohol use, CP plan open with children's services"),
          ("Victor Crowther", "1952-07-01", "07700 900690", "Men's shed", "Recent bereavement, low mood")]
    rows = "".join(
        f"<tr><td>{e.nm(n)}</td><td>{e.id('date_of_birth', d, '/'.join(reversed(d.split('-'))))}</td>"
        f"<td>{e.id('phone_number', p)}</td><td>{r}</td><td>{note}</td></tr>" for n, d, p, r, note in pp)
    rep = e.addr("Amira Choudhury", "amira.choudhury@nhs.net")
    e.st("Dawn"); e.ig("email_address", "hebdenhubcommunity@gmail.com")
    e.st("Dr Lucy Fenwick", "lucy.fenwick@nhs.net")
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif">
<p>Hi IG,</p>
<p>I think I have made a mistake and want to report it. I am the social prescribing link worker for Upper Calder PCN. Each month I send the community hub a list of the people I've referred so they can phone them. This month I copied the table from my own tracker instead of the referral sheet and it included my <b>private notes column</b>, which has safeguarding info in it.</p>
<p>It went to the hub's gmail (hebdenhubcommunity@gmail.com) which is what they use. Dawn at the hub says she will delete it but the volunteers share the login.</p>
<p>What I sent is below.</p>
<p>Amira</p>
<hr>
<p><b>From:</b> Amira Choudhury &lt;amira.choudhury@nhs.net&gt;<br><b>Sent:</b> 25 November 2026 12:15<br><b>To:</b> hebdenhubcommunity@gmail.com<br><b>Subject:</b> Referrals November</p>
<p>Hi Dawn, November referrals below, thanks!</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Name</th><th>DOB</th><th>Mobile</th><th>Referred for</th><th>My notes</th></tr>
{rows}
</table>
<p>Amira Choudhury<br>Social Prescribing Link Worker<br>Upper Calder Primary Care Network</p>
<p style="font-size:8pt;color:#777">This e-mail and any attachments are confidential. cc Dr Lucy Fenwick, PCN Clinical Director</p>
</body></html>"""
    build(e, rep, BREACH, "Referral list with safeguarding notes sent to community hub", "Wed, 25 Nov 2026 14:50:37 +0000",
          html=html, cte="b64", cc=e.addr("Dr Lucy Fenwick", "lucy.fenwick@nhs.net"))
    T(e, 5, ["safeguarding", "mental_health", "substance_misuse"], 4, 3,
      ["safeguarding, domestic abuse and child protection notes about identified people incl. a child",
       "sent to a shared external gmail account", "deletion promised, shared login"])


def m011():
    e = E("pals-reply-all-internal-thread-ex-wife", "misdirected_reply_internal_notes",
          ["pals", "nested_forward", "inline_outlook", "quoted_lines", "mental_health", "substance_misuse"])
    n = nhs()
    e.nm("Alan Fairbairn"); e.id("nhs_number", n); e.id("date_of_birth", "1973-04-16")
    rep = e.addr("Lynsey Barker", "lynsey.barker@example.nhs.uk")
    e.st("Tracey Fairbairn", "traceyfairbairn73@gmail.com")
    e.st("Gavin Osborne", "gavin.osborne@example.nhs.uk"); e.st("Dr Niamh Kelleher", "niamh.kelleher@example.nhs.uk")
    e.st("Mrs Fairbairn"); e.st("Gavin"); e.st("Niamh"); e.st("Lynsey")
    e.st("Barker Lynsey"); e.st("Osborne Gavin"); e.st("Kelleher Niamh")
    e.ig("phone_number", "0113 496 0411")
    text = f"""Hi,

I need to report a breach. I replied to a PALS concern this morning using "reply all" on the internal thread, so the woman who raised the concern (Mrs Tracey Fairbairn, the patient's ex-wife) got the whole chain including the ward manager's and consultant's notes. She is NOT the patient's next of kin anymore - he asked last month that she isn't given information. Below is what went (I've trimmed the disclaimers).

Lynsey Barker
PALS Officer
0113 496 0411

{outlook_hdr("Barker Lynsey (Example NHS Trust)", "02 December 2026 09:58", "traceyfairbairn73@gmail.com; Osborne Gavin (Example NHS Trust); Kelleher Niamh Dr (Example NHS Trust)", "RE: PALS 26/2291 - concern re Alan Fairbairn, Ward 3 (Becklin)")}
Dear Mrs Fairbairn,

Thank you for raising your concerns about visiting. I have looked into this with the ward and I will reply fully by Friday.

Kind regards
Lynsey

{outlook_hdr("Kelleher Niamh Dr (Example NHS Trust)", "01 December 2026 17:21", "Barker Lynsey (Example NHS Trust); Osborne Gavin (Example NHS Trust)", "RE: PALS 26/2291 - concern re Alan Fairbairn, Ward 3 (Becklin)")}
> Lynsey - please do not share clinical detail with Mrs Fairbairn. Alan (NHS {sp(n)}, DOB 16/04/1973) is detained under s3 MHA following an overdose in October, he has capacity and has withdrawn consent for her to be told anything. The alcohol detox is going OK. Happy for you to say visiting is a ward decision.
> Niamh
>
> {outlook_hdr("Osborne Gavin (Example NHS Trust)", "01 December 2026 11:02", "Barker Lynsey (Example NHS Trust)", "RE: PALS 26/2291 - concern re Alan Fairbairn, Ward 3 (Becklin)").replace(chr(10), chr(10) + "> ")}
> Visiting was stopped on 28/11 as Alan was distressed after her visit and self-harmed (superficial cuts, dressed). Risk assessment on the ward record. Gavin, Ward Manager
>
> > {outlook_hdr("Barker Lynsey (Example NHS Trust)", "30 November 2026 16:40", "Osborne Gavin (Example NHS Trust)", "PALS 26/2291 - concern re Alan Fairbairn, Ward 3 (Becklin)").replace(chr(10), chr(10) + "> > ")}
> > Gavin, Mrs Fairbairn has called PALS upset that she was turned away from visiting on Saturday. Can you tell me what happened?
"""
    build(e, rep, BREACH, "FW: RE: PALS 26/2291 - concern re Alan Fairbairn, Ward 3 (Becklin)", "Wed, 02 Dec 2026 10:22:41 +0000",
          text=text)
    T(e, 1, ["mental_health", "substance_misuse"], 4, 3,
      ["mental health detention, overdose, self-harm and alcohol detox of an identified patient",
       "sent to the ex-wife the patient withdrew consent for, at an external gmail address"])


def m012():
    e = E("interpreting-booking-hiv-clinic-wrong-agency", "misdirected_email_booking_form",
          ["interpreting", "html_alt", "sexual_health", "form_fields"])
    n = nhs()
    e.nm("Senait Tesfamariam"); e.id("nhs_number", n); e.id("date_of_birth", "1990-01-08")
    e.id("hospital_number", "H0558123"); e.id("phone_number", "07700 900402")
    rep = e.addr("Oliver Quinn", "oliver.quinn@example.nhs.uk")
    e.ig("email_address", "bookings@linguacore-translations.co.uk"); e.ig("email_address", "bookings@linguacare.co.uk")
    e.st("Marta"); e.ig("phone_number", "0113 496 0999")
    form = f"""INTERPRETER BOOKING REQUEST
Booking ref: INT-26-08812
Language: Tigrinya (female interpreter requested)
Patient name: Senait TESFAMARIAM
Date of birth: 08/01/1990
NHS No: {n}
Hospital No: H0558123
Patient mobile: 07700 900402
Clinic: Sexual Health & HIV Outpatients (Ward 12 annexe) - HIV treatment review, new diagnosis July 2026
Date/time: Tue 8 December 2026 10:30, 60 mins
Notes: Patient has asked that the interpreter is not from her local community. Please confirm.
"""
    text = f"""Hi breach team,

Our clinic admin sent this interpreter booking to LinguaCore Translations (bookings@linguacore-translations.co.uk), who we have no contract with - our contracted agency is LinguaCare (bookings@linguacare.co.uk). LinguaCore replied asking if we want a quote, so it definitely arrived. Marta from our team has asked them to delete it.

Booking form as sent:

{form}
Oliver Quinn
Outpatient Services Manager, Sexual Health
0113 496 0999
"""
    html = "<html><body><pre style='font-family:Arial'>" + text.replace("&", "&amp;") + "</pre></body></html>"
    build(e, rep, BREACH, "interpreter booking sent to wrong agency", "Mon, 30 Nov 2026 12:03:55 +0000", text=text, html=html)
    T(e, 1, ["sexual_health"], 4, 3, ["HIV diagnosis and clinic attendance of an identified patient",
                                     "sent to an uncontracted external agency; deletion requested, not confirmed"])


def m013():
    e = E("payroll-payslips-wrong-employee-internal", "misdirected_internal_financial",
          ["payroll", "staff_data_subjects", "internal_nhsnet", "inline_paste", "financial"])
    rep = e.addr("Dean Ashworth", "dean.ashworth@nhs.net")
    e.st("Payroll Services", "payroll.services@nhs.net")
    e.ig("phone_number", "01422 496700")
    lines = []
    for name, emp, sort, acct, net in [("Claire Hepworth", "20311874", "20-45-77", "40318862", "2,114.37"),
                                       ("Jonathan Rigg", "20317720", "30-90-12", "11862043", "3,088.02"),
                                       ("Agnieszka Zielinska", "20330056", "09-01-28", "75114930", "1,876.90")]:
        ni = ni_number()
        e.nm(name); e.id("ni_number", ni)
        lines.append(f"{name.upper()}   Emp No {emp}   NI {ni}   Tax code 1257L\n"
                     f"   Net pay £{net}  paid to sort code {sort} account {acct}")
    pasted = "\n".join(lines)
    text = f"""Hello

I'm not sure who to tell. I opened my payslip email from payroll this morning and it had 4 payslips attached, mine and three other people's from different departments. I haven't forwarded them to anyone and I've deleted the attachments apart from what I've typed below so you can see who they are (top of each one):

{pasted}

I've also told payroll.services@nhs.net.

Dean Ashworth
Estates Officer
Tel 01422 496700
"""
    build(e, rep, BREACH, "received other peoples payslips", "Wed, 25 Nov 2026 08:14:09 +0000", text=text, cte="8bit")
    T(e, 3, [], 4, 2, ["payslips with NI numbers, pay and bank details of 3 staff (financial)",
                       "received by another employee on nhs.net who has deleted them (stayed inside)"])


def m014():
    e = E("hr-disciplinary-report-docx-distribution-list", "internal_distribution_list_docx",
          ["hr", "staff_data_subjects", "docx", "internal_nhsnet", "substance_misuse", "recalled"])
    e.nm("Paul Garside")
    ni = ni_number(); e.id("ni_number", ni)
    paras = ["STRICTLY CONFIDENTIAL - DISCIPLINARY INVESTIGATION REPORT",
             "Employee: Paul Garside, Senior Commissioning Manager (Band 8a), Employee No 20288104",
             f"NI number: {ni}",
             "Allegation 1: That on 14 and 21 October 2026 you attended work under the influence of alcohol.",
             "Allegation 2: That you sent inappropriate messages to a junior colleague.",
             "Occupational Health (report dated 3 November 2026) confirms Mr Garside disclosed alcohol dependence "
             "and has been referred to the Employee Assistance Programme and a community alcohol service. He also "
             "reported a recent diagnosis of depression.",
             "Witness A (Band 5) stated that she smelled alcohol on his breath at the 10am meeting on 14 October.",
             "Recommendation: case to answer on allegation 1; proceed to a formal disciplinary hearing."]
    data = docx(paras, [[["Date", "Event"], ["14/10/2026", "Witness A report to line manager"],
                         ["22/10/2026", "Suspension meeting"], ["03/11/2026", "OH report received"]]])
    rep = e.addr("Hannah Priestley", "hannah.priestley@nhs.net")
    e.st("Michael Thornber", "michael.thornber@nhs.net")
    e.ig("email_address", "calderaire.commissioning-all@nhs.net")
    e.ig("phone_number", "01422 496315")
    text = f"""Dear IG,

At 15:07 today I attached the wrong document to an email to the Commissioning Directorate distribution list (calderaire.commissioning-all@nhs.net, 43 members, all ICB staff on NHSmail). Instead of the team meeting agenda I attached a disciplinary investigation report about a member of staff in the directorate. I recalled it at 15:15; the recall report shows 31 successfully recalled, 12 already read. I've emailed the 12 asking them to delete and confirm - 9 have confirmed so far.

Report attached for your records.

Hannah Priestley
HR Advisor, People Directorate
NHS Calder & Aire ICB
01422 496315

-----Original Message-----
From: Priestley, Hannah
Sent: 20 November 2026 15:07
To: calderaire.commissioning-all@nhs.net
Cc: Thornber, Michael
Subject: Team meeting Tuesday - agenda attached

All, agenda for Tuesday attached. Thanks, Hannah
"""
    build(e, rep, BREACH, "Wrong attachment sent to distribution list - HR report", "Fri, 20 Nov 2026 15:40:22 +0000",
          text=text, atts=[("Investigation report - PG - FINAL.docx",
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data)])
    T(e, 1, ["mental_health", "substance_misuse"], 4, 2,
      ["disciplinary report with alcohol dependence and depression about an identified employee",
       "sent to 43 colleagues inside NHSmail; partly recalled, most confirmed deleted"])


def m015():
    e = E("training-question-is-it-a-breach", "non_report_training_question", ["non_report", "question", "plain"])
    rep = e.addr("Becky Hollinrake", "becky.hollinrake@nhs.net")
    e.ig("phone_number", "01422 496112")
    text = """Hi,

Quick question from our team meeting, not reporting anything! If we email a care home about a resident and the care home has an nhs.net account, is it OK to put the NHS number and name in the email body, or should it go in an attachment? Also do we still need to put [secure] in the subject line if both ends are nhs.net?

And is it a breach if you send something to the right organisation but the wrong person in that organisation?

Would be good to get this in the next IG bulletin as a few of us weren't sure.

Thanks
Becky Hollinrake
Care Home Liaison Nurse
01422 496112
"""
    build(e, rep, BREACH, "question re secure email", "Mon, 23 Nov 2026 10:11:00 +0000", text=text, cte="7bit")
    T(e, 0, [], 1, 1, ["a training question; no incident and no personal data"])


def m016():
    e = E("meeting-invite-ig-steering-group", "non_report_meeting_invite", ["non_report", "calendar", "html_alt"])
    org = e.addr("Information Governance Team", "calderaire.ig@nhs.net")
    e.st("Bethany Kershaw"); e.st("Graham Whiteley"); e.st("Rachel Nuttall")
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000fresh22016
DTSTAMP:20261118T090000Z
DTSTART:20261209T140000Z
DTEND:20261209T153000Z
SUMMARY:IG Steering Group - DSPT 2026/27 baseline and breach log review
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Information Governance Team:mailto:calderaire.ig@nhs.net
DESCRIPTION:Agenda: 1. DSPT baseline 2. Breach log Q2 (numbers only) 3. FOI update 4. AOB
END:VEVENT
END:VCALENDAR
"""
    text = """IG Steering Group - DSPT 2026/27 baseline and breach log review

When: Wednesday 9 December 2026 14:00-15:30
Where: Microsoft Teams Meeting

Agenda
1. DSPT baseline submission - evidence owners (Bethany Kershaw)
2. Breach log Q2 - themes and numbers, no case detail (Graham Whiteley)
3. FOI performance (Rachel Nuttall)
4. AOB

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Meeting ID: 391 882 604 117   Passcode: Hk7pQ2
"""
    html = "<html><body>" + text.replace("\n", "<br>\n") + "</body></html>"
    build(e, org, BREACH, "IG Steering Group - DSPT 2026/27 baseline and breach log review",
          "Wed, 18 Nov 2026 09:00:00 +0000", text=text, html=html,
          atts=[("invite.ics", "text/calendar", ics.encode())])
    T(e, 0, [], 1, 1, ["meeting invitation; no incident and no personal data"])


# ------------------------------------------------------------------ main

def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    fns = [v for k, v in sorted(globals().items()) if re.fullmatch(r"m\d{3}", k)]
    for fn in fns:
        fn()
    for e in EMAILS:
        with open(os.path.join(HERE, e.file), "wb") as fh:
            fh.write(e.msg.as_bytes())
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in TRUTH:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(f"wrote {len(EMAILS)} emails")


if __name__ == "__main__":
    main()
