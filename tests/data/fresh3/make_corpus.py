#!/usr/bin/env python3
"""Generator for the fresh3 held-out corpus (30 e-mails + truth.jsonl).
Run with a python that has openpyxl and python-docx:  /tmp/cw3/bin/python make_corpus.py
Everything is fictional; health numbers are generated to pass their checks."""
import csv, datetime as dt, io, json, os, random, re
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, make_msgid, getaddresses
import openpyxl, docx

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(3031)
BREACH = "Breach Mailbox <breach@example.nhs.uk>"
TRUTH = []

# ------------------------------------------------------------------ numbers
def _check(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    return None if c == 10 else (0 if c == 11 else c)

def nhs(ranges=((400, 499), (600, 799))):
    while True:
        lo, hi = R.choice(ranges)
        d9 = f"{R.randint(lo, hi):03d}{R.randint(0, 999999):06d}"
        c = _check(d9)
        if c is not None:
            return d9 + str(c)

def hc():
    return nhs(((320, 399),))

def chi(dob, female):
    while True:
        d8 = dob.strftime("%d%m%y") + f"{R.randint(0, 99):02d}"
        sex = R.choice([0, 2, 4, 6, 8]) if female else R.choice([1, 3, 5, 7, 9])
        d9 = d8 + str(sex)
        c = _check(d9)
        if c is not None:
            return d9 + str(c)

def ni():
    bad1, bad2 = set("DFIQUV"), set("DFIQUVO")
    while True:
        a = R.choice("ABCEGHJKLMNPRSTWXYZ"); b = R.choice("ABCEGHJKLMNPRSTWXYZ")
        if a in bad1 or b in bad2 or a + b in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            continue
        return f"{a}{b}{R.randint(0, 999999):06d}{R.choice('ABCD')}"

def sp(n, style="3-3-4"):
    if style == "3-3-4": return f"{n[:3]} {n[3:6]} {n[6:]}"
    if style == "dash": return f"{n[:3]}-{n[3:6]}-{n[6:]}"
    return n

def iso(d): return d.isoformat()
def D(y, m, d): return dt.date(y, m, d)

# ------------------------------------------------------------------ mail helpers
def hdr_date(s):
    return format_datetime(dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone.utc))

def mk(frm, to, subject, date, text=None, html=None, cc=None, cte=None, attach=(), extra=None):
    m = EmailMessage(policy=policy.default)
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc: m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subject
    m["Date"] = hdr_date(date)
    m["Message-ID"] = make_msgid(domain=frm.split("@")[-1].strip(">"))
    for k, v in (extra or {}).items():
        m[k] = v
    if text is not None:
        kw = {"cte": cte} if cte else {}
        m.set_content(text, **kw)
        if html is not None:
            m.add_alternative(html, subtype="html")
    elif html is not None:
        kw = {"cte": cte} if cte else {}
        m.set_content(html, subtype="html", **kw)
    for a in attach:
        if isinstance(a, EmailMessage):
            m.add_attachment(a)
        else:
            name, data, mt = a
            maintype, subtype = mt.split("/")
            if isinstance(data, str):
                m.add_attachment(data, subtype=subtype, filename=name)
            else:
                m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return m

def fwd(style, frm, to, date, subject, body, cc=None):
    d = dt.datetime.strptime(date, "%Y-%m-%d %H:%M")
    if style == "outlook":
        h = ["________________________________", f"From: {frm}", f"Sent: {d.strftime('%d %B %Y %H:%M')}", f"To: {to}"]
        if cc: h.append(f"Cc: {cc}")
        h.append(f"Subject: {subject}")
    elif style == "gmail":
        h = ["---------- Forwarded message ---------", f"From: {frm}", f"Date: {d.strftime('%a, %d %b %Y at %H:%M')}",
             f"Subject: {subject}", f"To: {to}"]
        if cc: h.append(f"Cc: {cc}")
    elif style == "apple":
        h = ["Begin forwarded message:", "", f"From: {frm}", f"Subject: {subject}",
             f"Date: {d.strftime('%d %B %Y at %H:%M:%S GMT')}", f"To: {to}"]
        if cc: h.append(f"Cc: {cc}")
    elif style == "nhsmail":
        h = ["-----Original Message-----", f"From: {frm}", f"Sent: {d.strftime('%A, %B %d, %Y %I:%M %p')}", f"To: {to}"]
        if cc: h.append(f"Cc: {cc}")
        h.append(f"Subject: {subject}")
    else:  # plain
        h = ["---- Forwarded message ----", f"From: {frm}", f"To: {to}", f"Date: {d.strftime('%d/%m/%Y %H:%M')}", f"Subject: {subject}"]
    return "\n".join(h) + "\n\n" + body

def pdf_bytes(lines):
    """A minimal single-page PDF with one text stream (Helvetica, WinAnsi)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "13 TL", "50 800 Td"]
    for ln in lines:
        ops.append(f"({esc(ln)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)

def docx_bytes(paras, table=None):
    d = docx.Document()
    for p in paras:
        if p.startswith("# "):
            d.add_heading(p[2:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = str(v)
    b = io.BytesIO(); d.save(b); return b.getvalue()

def xlsx_bytes(sheets):
    wb = openpyxl.Workbook(); wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
    b = io.BytesIO(); wb.save(b); return b.getvalue()

def csv_text(rows):
    s = io.StringIO(); csv.writer(s, lineterminator="\r\n").writerows(rows); return s.getvalue()

EMAIL_RE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")

def _walk_headers(m, acc):
    for h in ("From", "To", "Cc", "Reply-To"):
        for name, addr in getaddresses(m.get_all(h, [])):
            acc.append((name, addr.lower()))
    for part in m.walk():
        if part is not m and part.get_content_type() == "message/rfc822":
            for sub in part.iter_parts():
                _walk_headers(sub, acc)

def save(fname, scenario, m, ids=None, names=(), ign_names=(), ign=None, subjects=0, cats=(), near_miss=False,
         sev=1, lik=1, basis=(), tags=(), health=True):
    ids = {k: sorted(set(v)) for k, v in (ids or {}).items() if v}
    ign = {k: set(v) for k, v in (ign or {}).items()}
    # every header address / display name not a data subject's is ignorable
    acc = []
    _walk_headers(m, acc)
    raw = "\n".join(part.get_content() for part in m.walk()
                     if part.get_content_maintype() == "text" and not part.is_multipart())
    for e in EMAIL_RE.findall(raw):
        acc.append(("", e.lower()))
    subj_emails = set(e.lower() for e in ids.get("email_address", []))
    subj_names = set(n.lower() for n in names)
    ign_n = set(ign_names)
    for name, addr in acc:
        if addr and addr not in subj_emails and "@" in addr and not addr.endswith(("example.invalid",)):
            ign.setdefault("email_address", set()).add(addr)
        if name and name.lower() not in subj_names and "@" not in name and name != "Breach Mailbox":
            ign_n.add(name)
    ign = {k: sorted(v) for k, v in ign.items() if v}
    ign.get("email_address", []) and ign.__setitem__("email_address", [e for e in ign["email_address"] if "." in e.split("@")[1]])
    with open(os.path.join(OUT, fname), "wb") as fh:
        fh.write(m.as_bytes())
    TRUTH.append({"file": fname, "scenario": scenario, "tags": list(tags), "identifiers": ids,
                  "names": sorted(set(names)), "ignorable_names": sorted(ign_n - set(names)), "ignorable": ign,
                  "subjects": subjects, "special_categories": sorted(set(cats) | ({"health"} if cats and health else set())),
                  "near_miss": near_miss, "no_identifiers": not ids and not names,
                  "assessment": {"severity": sev, "likelihood": lik, "reportable": lik >= 3 and sev >= 2,
                                 "basis": list(basis)}})

def rows_ids(rows, **cols):
    """Collect identifier values from table rows: cols maps kind -> column index (or list)."""
    out = {}
    for kind, idx in cols.items():
        for r in rows:
            for i in (idx if isinstance(idx, list) else [idx]):
                if r[i]:
                    out.setdefault(kind, []).append(r[i])
    return out

# ================================================================== scenarios
def e01():
    n = nhs(); dob = D(1971, 11, 3)
    letter = docx_bytes([
        "Millbrook Surgery", "4 Station Road, Wakefield, WF1 3AB", "Tel 0113 496 0731",
        "", "Dr R Chaudhari, Consultant Dermatologist", "Leeds Teaching Hospitals - Dermatology 2WW",
        "", "24 November 2026", "",
        "# Urgent suspected cancer referral (skin)",
        f"Re: WIŚNIEWSKI, Tomasz   DOB 03/11/1971   NHS No {sp(n)}",
        "27 Larkspur Close, Wakefield, WF2 7PL     Mobile 07700 900417",
        "",
        "Dear Dr Chaudhari,",
        "Thank you for seeing this 55 year old warehouse supervisor who presents with a 9mm irregular pigmented "
        "lesion on the left upper back, changed in colour and size over four months. Dermoscopy here showed an "
        "atypical network. There is a family history of melanoma (father). He has hypertension, on amlodipine 5mg.",
        "He speaks good English but his wife prefers Polish for phone calls.",
        "Yours sincerely,", "Dr Helen Mortimer, GP Partner"])
    inner = fwd("outlook", "Moorside Medical Practice <moorside.admin@nhs.net>", "Millbrook Surgery <millbrook.surgery@nhs.net>",
                "2026-11-30 10:12", "RE: 2WW referral - WISNIEWSKI",
                "Hi, we've received this referral in our generic inbox, we don't think it's meant for us (no patient of this name "
                "registered here). Attachment deleted from our side and the e-mail will be deleted once you confirm.\n\nThanks\nMoorside admin team")
    body = f"""Hi IG team,

Reporting a misdirected 2WW referral. Our secretary picked Moorside's address from the NHSmail directory instead of
the Leeds derm 2WW inbox on 24/11. Moorside have confirmed they've deleted it (their note below). We've re-sent to the
right place and rung the patient to apologise.

Letter attached as it was sent.

Deborah Kinsella
Practice Manager | Millbrook Surgery | 4 Station Road, Wakefield, WF1 3AB | 0113 496 0731

{inner}
"""
    m = mk("Deborah Kinsella <deborah.kinsella@nhs.net>", BREACH, "FW: RE: 2WW referral - WISNIEWSKI", "2026-11-30 11:40",
           body, attach=[("2WW_referral_Wisniewski.docx", letter, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    save("01-gp-referral-docx-wrong-practice.eml", "gp_docx_misdirected_internal", m,
         ids={"nhs_number": [n], "date_of_birth": [iso(dob)], "address": ["27 Larkspur Close, Wakefield, WF2 7PL"],
              "postcode": ["WF2 7PL"], "phone_number": ["07700900417"]},
         names=["Tomasz Wiśniewski"], ign_names=["Helen Mortimer", "R Chaudhari", "Deborah Kinsella"],
         ign={"address": ["4 Station Road, Wakefield, WF1 3AB"], "postcode": ["WF1 3AB"], "phone_number": ["01134960731"]},
         subjects=1, cats=["health"], sev=3, lik=2, tags=["docx", "inline_outlook", "polish_name", "surname_caps"],
         basis=["health information about an identified person (suspected cancer referral letter, DOCX)",
                "sent to the wrong GP practice inside the trusted domains (nhs.net)",
                "containment: recipient confirmed deletion (likelihood already at its floor of 2)"])

def e02():
    n = nhs(); dob = D(1958, 2, 14)
    pdf = pdf_bytes([
        "Queen Adelaide Hospital NHS Trust - Inpatient Discharge Summary",
        "Eastern Road, Brighton BN2 5BE   Switchboard 01273 496 0100",
        "",
        "Patient: Oluwaseun ADEYINKA          Hospital No: RXH0457821",
        f"DOB: 14-Feb-1958      NHS: {sp(n)}",
        "Address: 19 Wellington Terrace, Brighton, BN2 3DL",
        "Admitted 18/11/2026   Discharged 27/11/2026   Ward: Baily (Cardiology)",
        "",
        "Diagnosis: NSTEMI. PCI to LAD 20/11/2026. Type 2 diabetes (HbA1c 71).",
        "Medication changes: ticagrelor 90mg BD (12 months), bisoprolol 2.5mg OD, atorvastatin 80mg ON.",
        "Follow-up: cardiac rehab referral made; cardiology clinic 6 weeks.",
        "Package of care: 2 calls/day restart. NOK: Funmilayo Adeyinka (daughter) 07700 900862",
        "",
        "Completed by: Dr L. Ferreira, FY2   Bleep 4417"])
    orig = mk("Baily Ward <baily.ward@example.nhs.uk>", "bookings@brighthorizonshomecare.co.uk",
              "Discharge summary - restart POC", "2026-11-27 16:48",
              "Hi please find attached discharge summary for your client, restart of care package from tomorrow am.\n\n"
              "Baily Ward Clerk\nQueen Adelaide Hospital\n01273 496 0188",
              attach=[("DS_ADEYINKA_RXH0457821.pdf", pdf, "application/pdf")])
    body = """hi

sending this as attachment, i sent discharge summary to bright horizons homecare but his agency is bright HOMES care
(brighthomescare.co.uk) - picked the wrong one off the autocomplete. bright horizons havent replied yet, ive
emailed them asking to delete. rang his daughter and told her. sorry

kerry
baily ward clerk x6188
"""
    m = mk("Kerry Plunkett <kerry.plunkett@example.nhs.uk>", BREACH, "wrong agency discharge summary", "2026-11-27 17:31",
           body, attach=[orig])
    save("02-acute-discharge-pdf-wrong-agency.eml", "acute_pdf_rfc822_external", m,
         ids={"nhs_number": [n], "date_of_birth": [iso(dob)], "hospital_number": ["RXH0457821"],
              "address": ["19 Wellington Terrace, Brighton, BN2 3DL"], "postcode": ["BN2 3DL"], "phone_number": ["07700900862"]},
         names=["Oluwaseun Adeyinka", "Funmilayo Adeyinka"], ign_names=["L. Ferreira", "Kerry Plunkett"],
         ign={"postcode": ["BN2 5BE"], "phone_number": ["01273 496 0100", "01273 496 0188"], "address": ["Eastern Road, Brighton BN2 5BE"]},
         subjects=2, cats=["health"], sev=3, lik=3, tags=["pdf", "rfc822", "lower_case", "nok"],
         basis=["health information about an identified person (discharge summary PDF) plus next of kin",
                "sent to the wrong home care agency outside the trusted domains (brighthorizonshomecare.co.uk)",
                "no confirmation of deletion yet"])

def e03():
    people = [("Marcus Delaney", "marcus.delaney84@gmail.com"), ("Tunde Bakare", "tbakare@outlook.com"),
              ("Seán Ó Briain", "sean.obriain@hotmail.co.uk"), ("Kwame Mensah", "kwame.m.mensah@yahoo.co.uk"),
              ("Liam Fairclough", "liamfairclough@icloud.com"), ("Hao Chen", "chen.hao.uk@gmail.com"),
              ("Dafydd Rowlands", "d.rowlands77@btinternet.com"), ("Rafael Moreno", "rafa.moreno@protonmail.com"),
              (None, "jjwilko1990@gmail.com"), (None, "bigdave.s@live.co.uk"), (None, "p.okafor@outlook.com"),
              (None, "northern.lad.92@hotmail.com")]
    to = ", ".join(f'"{n}" <{e}>' if n else e for n, e in people)
    html = """<html><body style="font-family:Arial">
<p>Dear all,</p>
<p>From <b>Monday 7 December</b> the <b>PrEP and HIV prevention clinic</b> will run from our new site at
Riverside Health Centre, Level 2. Your next PrEP review, kidney function bloods and 3-monthly HIV/STI screen will be
booked there. Please bring your remaining tablets.</p>
<p>If you need to rearrange call 0161 496 0554 (option 3).</p>
<p>Best wishes,<br>Riverside Sexual Health Admin Team</p></body></html>"""
    text = ("Dear all,\n\nFrom Monday 7 December the PrEP and HIV prevention clinic will run from our new site at Riverside "
            "Health Centre, Level 2. Your next PrEP review, kidney function bloods and 3-monthly HIV/STI screen will be booked "
            "there. Please bring your remaining tablets.\n\nIf you need to rearrange call 0161 496 0554 (option 3).\n\n"
            "Best wishes,\nRiverside Sexual Health Admin Team")
    orig = fwd("gmail", "Riverside Sexual Health <riverside.sexualhealth@nhs.net>", to, "2026-11-30 15:02",
               "Your PrEP clinic is moving", text)
    body = f"""IG / Caldicott team

I need to report that the attached message went out at 15:02 today from the clinic's shared mailbox with all twelve
patients in the To: line rather than Bcc. Every recipient can see every other recipient's address, and the message says
what the clinic is (PrEP / HIV prevention). One recipient (the gmail one, Mr Delaney) has already replied to all asking
why he can see everyone. Recall failed for the external addresses.

I have stopped all group mail from the shared box pending your advice.

Regards
Anneliese Marsh
Clinical Services Manager, Riverside Sexual Health
0161 496 0550

{orig}
"""
    m = mk("Anneliese Marsh <anneliese.marsh@nhs.net>", BREACH, "URGENT - group email sent To not Bcc (PrEP patients)",
           "2026-11-30 15:47", body, html="<html><body><pre style='font-family:Calibri'>" + __import__("html").escape(body) + "</pre></body></html>",
           cte="quoted-printable")
    names = [n for n, e in people if n]
    save("03-sexual-health-prep-to-not-bcc.eml", "sexual_health_to_not_bcc", m,
         ids={"email_address": [e for n, e in people]}, names=names, ign_names=["Anneliese Marsh"],
         ign={"phone_number": ["01614960554", "01614960550"]},
         subjects=12, cats=["sexual_health"], sev=4, lik=3, tags=["to_not_bcc", "alternative", "qp", "inline_gmail"],
         basis=["especially sensitive about identified people: sexual_health (PrEP / HIV prevention clinic)",
                "recipients' addresses disclosed to each other, outside the trusted domains", "recall failed"])

def e04():
    n1, n2 = nhs(), nhs()
    body = f"""Dear Data Protection Officer,

Incident notification - inappropriate access to electronic patient record (RiO)

Following a routine FairWarning access report on 26 November 2026 I have confirmed that a Band 3 healthcare assistant
on the Larchfield acute admission ward, Gareth Pryce, accessed the records of two patients with no legitimate
relationship to their care:

 1. Leanne ASHWORTH, RiO ID 10457733, NHS {n1}, DOB 02.06.1990 - 14 accesses between 2 and 25 November,
    including the crisis team assessment, the risk screen and the progress notes relating to her current
    treatment for post-natal depression.
 2. Kian ASHWORTH (her son), RiO ID 10612098, NHS {n2}, DOB 19.06.2014 - 3 accesses to the CAMHS
    referral and the school nurse's safeguarding note.

Mr Pryce is the former partner of Ms Ashworth's current partner. Ms Ashworth contacted PALS on 24 November
stating that details of her admission were being discussed on a local Facebook group, which is what prompted the
audit. Mr Pryce has been suspended pending a disciplinary investigation and his RiO access removed.

I consider this a confidentiality breach where misuse has occurred.

Yours faithfully,

Dr Imogen Stafford-Lyle
Information Governance Manager
Pennine Moors Mental Health NHS Foundation Trust
Tel 0161 496 0872 | Ext 2872
"""
    m = mk("Imogen Stafford-Lyle <imogen.stafford-lyle@example.nhs.uk>", BREACH,
           "Inappropriate access - RiO - IG ref IG/26/0417", "2026-11-27 09:03", body)
    save("04-mental-health-rio-snooping.eml", "mental_health_snooping_misuse", m,
         ids={"nhs_number": [n1, n2], "date_of_birth": ["1990-06-02", "2014-06-19"], "hospital_number": ["10457733", "10612098"]},
         names=["Leanne Ashworth", "Kian Ashworth"], ign_names=["Gareth Pryce", "Imogen Stafford-Lyle"],
         ign={"phone_number": ["01614960872"]},
         subjects=2, cats=["mental_health", "safeguarding"], sev=4, lik=5, tags=["formal", "snooping", "child_dob"],
         basis=["especially sensitive about identified people: mental_health (post-natal depression, crisis team) and a child's CAMHS/safeguarding note",
                "misuse occurred: a staff member accessed the records without a legitimate reason and details were discussed publicly"])

def e05():
    res = [("4", "Margaret Oduya", "DNACPR, diabetic - BM before meals"), ("7", "Alun Griffiths", "falls risk, hoist x2"),
           ("9", "Brenda Hollingworth", "end of life - syringe driver"), ("11", "Stanisław Kowalczyk", "PEG fed, nil by mouth"),
           ("12", "Eunice Abernethy", "DNACPR, wanders at night"), ("15", "Patrick Mulcahy", "catheter, UTI on trimethoprim")]
    lines = "\n".join(f"  rm {r}  {nm} - {note}" for r, nm, note in res)
    body = f"""Hello,

I am so sorry to be sending this and I hope I am doing it right, our area manager Sandra said to send it to this address
as we are commissioned by the ICB and she thought you would want to know. On Saturday night one of our night carers
(I will not put her name in an email but I can give it to whoever investigates) put photos of our Christmas decorations
on her own Facebook page, which is public, and in the third photo you can clearly see the whiteboard in the nurses'
office behind the tree. I only found out on Monday morning (30th) when a resident's son messaged me. By then it had been
up since about 9pm Saturday and had 40-odd likes and some shares, I could see two shares but there may be more.

I have zoomed in on the photo and this is what is readable on the board:

{lines}

plus "GP round Weds" and the key code for the side door which I have now changed.

The carer took the post down at 10.15 Monday when I rang her and she says she has deleted it, but I can't do anything
about the shares. I have spoken to all the families except Mr Mulcahy's niece who I am still trying to reach. I have
also informed CQC.

Kind regards

Josie Featherstone
Registered Manager
Hawthorne Lodge Care Home
Hawthorne Lane, Burnley, BB11 2PX
01282 496 0330
"""
    m = mk("Josie Featherstone <manager@hawthornelodgecare.co.uk>", BREACH, "Facebook photo - residents' board visible",
           "2026-11-30 12:20", body, cte="base64")
    save("05-care-home-facebook-whiteboard.eml", "care_home_social_media_published", m,
         names=[nm for r, nm, note in res], ign_names=["Josie Featherstone", "Sandra"],
         ign={"address": ["Hawthorne Lane, Burnley, BB11 2PX"], "postcode": ["BB11 2PX"], "phone_number": ["01282 496 0330"]},
         subjects=6, cats=["health"], sev=3, lik=3, tags=["social_media", "published", "base64", "rambling", "names_only"],
         basis=["health information about identified care home residents (DNACPR, end of life, catheter) - vulnerable adults",
                "published on a public Facebook page (likelihood 4), shared at least twice",
                "containment: the original post was deleted (likelihood -1 to 3); shares remain"])

def e06():
    rows = [["Pt", "Addr", "PC", "Keysafe", "Visit"],
            ["Winifred Ashcroft", "3 Moss Lane, Leigh", "WN7 1QS", "1942", "leg ulcer dressing - compression"],
            ["Rajinder Singh Gill", "58 Chapel Street, Leigh", "WN7 2DE", "", "insulin 0830 + 1700"],
            ["Dorothy Pennington", "12 Bradshaw Gardens, Atherton", "M46 9LT", "0000", "catheter change"],
            ["Kenneth Lowe", "Flat 7 Jubilee Court, Tyldesley", "M29 8AQ", "5730", "palliative - check syringe driver, JIC meds in house"],
            ["Ada Kershaw", "91 Lilford Avenue, Leigh", "WN7 1JP", "", "B12 injection"],
            ["Bogdan Nowak", "22 Hope Street, Leigh", "WN7 1AZ", "8116", "PEG site + bloods"],
            ["Mavis Entwistle", "6 Elm Terrace, Atherton", "M46 0BG", "2020", "pressure ulcer grade 3 sacrum"],
            ["Ishaq Rahman", "140 Twist Lane, Leigh", "WN7 4DZ", "", "insulin + BM"],
            ["Peggy Rothwell", "19 Ullswater Road, Tyldesley", "M29 7JN", "3308", "post-op wound, staples out"]]
    body = """To IG

Lost my printed handover sheet yesterday (Tue) pm, either on the 582 bus Leigh to Atherton or at the bus station.
Rang the bus depot and the station, nothing handed in. Attached is a reprint of the same list from the system so you
can see what was on it (names, addresses, keysafe codes, what we go in for). Have told my team lead, we are changing
keysafe codes with the families today.

Datix W-118273 done.

Thanks
Claire
Community Nursing (Leigh East) - Wigan & Leigh Community Health Services
07700 900 113 (work mobile)
"""
    m = mk("Claire Ogunleye <claire.ogunleye@example.nhs.uk>", BREACH, "lost handover list", "2026-12-01 08:14", body,
           attach=[("caseload_reprint_01-12.csv", csv_text(rows), "text/csv")])
    data = rows[1:]
    save("06-community-nurse-lost-handover-csv.eml", "community_lost_paper_csv", m,
         ids={"address": [f"{r[1]}, {r[2]}" for r in data], "postcode": [r[2] for r in data]},
         names=[r[0] for r in data], ign_names=["Claire Ogunleye", "Claire"], ign={"phone_number": ["07700900113"]},
         subjects=9, cats=["health"], sev=3, lik=3, tags=["csv", "lost_paper", "terse", "unusual_headers", "no_health_numbers"],
         basis=["health information about identified patients (district nursing caseload, palliative care, key safe codes)",
                "lost in a public place (bus) and not recovered: likely to be seen by others"])

def e07():
    psr = ["Physical support - personal care", "Memory and cognition support", "Mental health support",
           "Learning disability support", "Physical support - access & mobility", "Sensory support"]
    clients = [("Eleanor", "Whitmore", D(1939, 4, 2), "5 Orchard Way, Bicester", "OX26 4QT"),
               ("Joseph", "Achterberg", D(1945, 12, 19), "31 Kingsmere Road, Bicester", "OX26 1AP"),
               ("Shirin", "Hosseini", D(1978, 7, 7), "14a Sheep Street, Bicester", "OX26 6JF"),
               ("Terence", "Blakemore", D(1950, 1, 30), "77 Launton Road, Bicester", "OX26 6DJ"),
               ("Aisling", "Carragher", D(1991, 3, 15), "9 Bure Place, Bicester", "OX26 6GD"),
               ("Harold", "Fenwick", D(1933, 8, 24), "2 Priory Road, Bicester", "OX26 6BL"),
               ("Mehwish", "Iqbal", D(1968, 10, 11), "48 Buckingham Road, Bicester", "OX26 3EY"),
               ("Gwendolyn", "Pugh", D(1941, 5, 5), "17 Churchill Road, Bicester", "OX26 4XG"),
               ("Femi", "Olatunji", D(1985, 2, 28), "63 Howes Lane, Bicester", "OX26 2AG"),
               ("Norma", "Sutcliffe", D(1937, 11, 1), "4 Chapel Close, Launton", "OX26 5DX"),
               ("Vikram", "Bhattacharya", D(1956, 6, 18), "22 The Causeway, Bicester", "OX26 6AN"),
               ("Irene", "Maguire", D(1944, 9, 9), "10 Manorsfield Road, Bicester", "OX26 6EG"),
               ("Owen", "Thackeray", D(1999, 12, 3), "81 Skimmingdish Lane, Bicester", "OX26 4WZ"),
               ("Lilian", "Beauchamp", D(1930, 2, 14), "6 Fane Close, Bicester", "OX26 2BD"),
               ("Zbigniew", "Mazur", D(1962, 4, 26), "39 Victoria Road, Bicester", "OX26 6PB")]
    crow = [["Mosaic ID", "Forename", "Surname", "DOB", "NHS Number", "Address", "Postcode", "PSR", "Hours/wk", "Start"]]
    ids = {"nhs_number": [], "date_of_birth": [], "address": [], "postcode": []}
    names = []
    for i, (f, s, dob, a, pc) in enumerate(clients):
        n = nhs(); mid = f"M{R.randint(200000, 299999)}"
        crow.append([mid, f, s, dob.strftime("%d/%m/%Y"), n, a, pc, psr[i % len(psr)], R.choice([7, 10.5, 14, 21]), "07/12/2026"])
        ids["nhs_number"].append(n); ids["date_of_birth"].append(iso(dob)); ids["address"].append(f"{a}, {pc}")
        ids["postcode"].append(pc); names.append(f"{f} {s}")
    carers = [("Graham Whitmore", "Son", "07700 900 301", 1), ("Parisa Hosseini", "Sister", "01869 496 0712", 3),
              ("Declan Carragher", "Father", "07700900305", 5), ("Sunil Iqbal", "Husband", "+44 7700 900318", 7),
              ("Brian Sutcliffe", "Husband", "01869 496 0744", 10), ("Agnieszka Mazur", "Daughter", "07700 900 327", 15)]
    kr = [["Carer", "Relationship", "Contact", "Client (Mosaic ID)", "Carer's assessment?"]]
    for nm, rel, ph, ci in carers:
        kr.append([nm, rel, ph, crow[ci][0], R.choice(["Y", "N", "offered"])])
        names.append(nm)
    ids["phone_number"] = [c[2] for c in carers]
    x = xlsx_bytes([("Clients", crow), ("Carers", kr)])
    inner = fwd("outlook", "Brokerage Team <brokerage@cherwellvale.gov.uk>", "homecare.bookings@gmail.com",
                "2026-11-26 14:55", "New packages w/c 7 Dec - please confirm capacity",
                "Hi Lorraine,\n\nPlease see attached the packages we'd like to offer you from w/c 7 December. Carers' "
                "details on the second tab. Can you confirm by Friday?\n\nThanks\nBrokerage Team\nCherwell Vale District Council - Adult Social Care")
    body = f"""Dear DPO,

Please treat as a data breach. The attached spreadsheet was sent by our brokerage officer on 26/11 to
homecare.bookings@gmail.com, which we had on file for Oakleaf Homecare. Oakleaf have since told us they changed to
bookings@oakleafhomecare.co.uk in the summer and the gmail account is not theirs any more. We do not know who holds it.
The file has two tabs: 15 service users (with NHS numbers, DOB, addresses and primary support reason) and 6 carers.
No reply from the gmail address to our request to delete.

Regards

Pradeep Nair
Team Manager, Brokerage & Commissioning
Adult Social Care, Cherwell Vale District Council
Tel: 01869 496 0700

{inner}
"""
    m = mk("Pradeep Nair <pradeep.nair@cherwellvale.gov.uk>", BREACH, "FW: New packages w/c 7 Dec - please confirm capacity",
           "2026-11-30 09:26", body,
           attach=[("Packages_wc_07-12-26.xlsx", x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    save("07-adult-social-care-xlsx-two-sheets.eml", "la_adult_social_care_xlsx_two_sheets", m, ids=ids, names=names,
         ign_names=["Pradeep Nair", "Lorraine"], ign={"phone_number": ["01869 496 0700"], "email_address": ["bookings@oakleafhomecare.co.uk"]},
         subjects=21, cats=["mental_health"], sev=4, lik=3, tags=["xlsx", "two_sheets", "social_care", "inline_outlook", "phone_formats"],
         basis=["service users' support needs incl. mental health support and learning disability (vulnerable adults), plus carers",
                "sent to a gmail address no longer held by the provider, outside the trusted domains", "no deletion confirmed"])

def e08():
    body = """Good afternoon,

I'm a social worker in the Luton North Assessment Team and I've been advised by my manager to report this to you.

On 25 November I posted an invitation to an Initial Child Protection Conference to Ms Ngozi Nwosu. The letter went in
a window envelope and I used the address that was showing on the old LCS screen, not the one on the referral. It was
delivered to 14 Kestrel Way (Ngozi's previous address) and opened by the current tenant, who knows the family. She
rang Ngozi on Saturday to tell her "the social have written to you about the kids". Ngozi rang me very upset this
morning. The tenant has said she put the letter in the bin.

The letter (text copied below from our system) names both children and dad, and gives the concerns.

    Dear Ms Nwosu,
    Re: Amara Nwosu (DOB 09/05/2019) and Chidi Nwosu (DOB 22.01.2016)
    I am writing to invite you to an Initial Child Protection Conference on Thursday 10 December 2026 at 10:00,
    Conference Room 3, Town Hall. The conference has been called following concerns about neglect and
    domestic abuse in the home, including the incident reported by police on 14 November involving
    Mr Emeka Nwosu. You are welcome to bring a supporter. Your new address on our records is
    41 Kestrel Way, Luton, LU3 2GH.
    Yours sincerely, Hannah Brierley, Social Worker

Her current address is 41 Kestrel Way, LU3 2GH. Her mobile is 07700 900 744 if you need to contact her.

Many thanks,
Hannah Brierley
Social Worker, Children's Services - Assessment (North)
Luton & Dunstable Borough Council | 01582 496 0419
"""
    m = mk("Hannah Brierley <hannah.brierley@lutondunstable.gov.uk>", BREACH, "Letter sent to wrong address - ICPC invite",
           "2026-11-30 14:05", body)
    save("08-childrens-social-care-letter-wrong-address.eml", "csc_postal_misdirected", m,
         ids={"date_of_birth": ["2019-05-09", "2016-01-22"], "address": ["41 Kestrel Way, Luton, LU3 2GH"],
              "postcode": ["LU3 2GH"], "phone_number": ["07700900744"]},
         names=["Ngozi Nwosu", "Amara Nwosu", "Chidi Nwosu", "Emeka Nwosu"], ign_names=["Hannah Brierley"],
         ign={"phone_number": ["01582 496 0419"], "address": ["14 Kestrel Way"]},
         subjects=4, cats=["safeguarding"], health=False, sev=4, lik=3, tags=["postal", "children", "child_dob", "quoted_letter", "west_african_names"],
         basis=["safeguarding information about identified children (child protection conference, neglect, domestic abuse)",
                "opened by a third party outside the organisation, who then discussed it",
                "the tenant says she binned it; not verified"])

def e09():
    res = [("Albert Tennant", D(1931, 3, 9), "Rm 1", "Amlodipine stopped", "Carol Tennant (dau)", "07700 900 511"),
           ("Florence Ibe", D(1940, 12, 25), "Rm 2", "Donepezil 10mg added", "Chukwudi Ibe (son)", "0115 496 0821"),
           ("Moira McGillivray", D(1936, 7, 17), "Rm 3", "no change", "Ewan McGillivray (son)", "07700900514"),
           ("Walter Price", D(1928, 1, 2), "Rm 5", "Morphine oral soln PRN - CD", "Jean Price (wife)", "0115 4960833"),
           ("Hilda Zielinska", D(1934, 10, 6), "Rm 6", "Sertraline 50mg", "Marek Zielinski (son)", "+447700900520"),
           ("Cyril Barraclough", D(1939, 5, 21), "Rm 8", "Warfarin - INR dosing sheet to follow", "Ann Barraclough (wife)", "07700 900523"),
           ("Edna Whittaker", D(1929, 8, 30), "Rm 9", "Antibiotic course - nitrofurantoin", "Peter Whittaker (nephew)", "0115 496 0847"),
           ("Lakshmi Ramaswamy", D(1942, 2, 11), "Rm 10", "Metformin reduced", "Anand Ramaswamy (son)", "07700 900 529"),
           ("Gordon Heap", D(1935, 6, 15), "Rm 11", "Levetiracetam 500mg BD", "Susan Heap (dau)", "07700900531"),
           ("Maureen Cassidy", D(1937, 9, 4), "Rm 12", "Quetiapine stopped", "Brendan Cassidy (son)", "0115 496 0859"),
           ("Thomas Oyelaran", D(1944, 11, 27), "Rm 14", "Insulin glargine 14 units", "Bisi Oyelaran (wife)", "07700 900 536"),
           ("Vera Hutchinson", D(1932, 4, 13), "Rm 15", "no change", "Lynne Hutchinson (dau)", "07700 900 538")]
    rows = [["Resident", "DOB", "NHS No", "Room", "Changes this cycle", "NOK", "NOK Tel"]]
    ids = {"nhs_number": [], "date_of_birth": [], "phone_number": []}
    names = []
    for nm, dob, rm, ch, nok, tel in res:
        n = nhs()
        rows.append([nm, dob.strftime("%d-%b-%Y"), sp(n), rm, ch, nok, tel])
        ids["nhs_number"].append(n); ids["date_of_birth"].append(iso(dob)); ids["phone_number"].append(tel)
        names += [nm, nok.split(" (")[0]]
    reply = fwd("outlook", "Lynsey Bramall <manager@elmfieldlodge.co.uk>", "Cotgrave Pharmacy <cotgrave.pharmacy@nhs.net>",
                "2026-11-28 09:41", "RE: Elmwood House - MDS cycle 12 delivery sheet",
                "Morning, this isn't ours - we're Elmfield Lodge not Elmwood House. I've deleted it from our inbox and deleted items. Lynsey")
    body = f"""Hello,

We are a community pharmacy (Cotgrave Pharmacy, ODS FQ417) and I'm the superintendent. Reporting that on 27/11 my
dispenser emailed the MDS cycle 12 delivery sheet for Elmwood House to Elmfield Lodge by mistake (similar names, the
address auto-filled). 12 residents, DOB, NHS numbers, medication changes and their next of kin's phone numbers.
Elmfield's manager replied the next morning to say it's deleted - see below. Original attachment is attached here.

Rakesh Varsani MRPharmS
Superintendent Pharmacist, Cotgrave Pharmacy, 2 Candle Meadow, Nottingham NG12 3JZ
0115 496 0800

{reply}
"""
    m = mk("Rakesh Varsani <rakesh.varsani@nhs.net>", BREACH, "Pharmacy - delivery sheet sent to wrong care home",
           "2026-11-28 11:02", body, attach=[("ElmwoodHouse_MDS_cycle12.csv", csv_text(rows), "text/csv")])
    save("09-pharmacy-csv-resident-nok.eml", "pharmacy_csv_patient_nok", m, ids=ids, names=names,
         ign_names=["Rakesh Varsani", "Lynsey Bramall"], ign={"phone_number": ["0115 496 0800"], "postcode": ["NG12 3JZ"],
                                                             "address": ["2 Candle Meadow, Nottingham NG12 3JZ"]},
         subjects=24, cats=["health"], sev=3, lik=2, tags=["csv", "nok_per_row", "care_home", "dob_mon_abbrev"],
         basis=["health information (medication changes) about identified care home residents - vulnerable adults - and their next of kin",
                "sent to another care home outside the trusted domains (elmfieldlodge.co.uk)",
                "containment: the recipient confirmed deletion (likelihood -1 to 2)"])

def e10():
    nin = ni()
    orig = fwd("apple", "Castle Street Dental <reception@castlestreetdental.co.uk>", "hamza.siddiqi89@gmail.com",
               "2026-11-25 12:30", "Your treatment plan",
               f"""Dear Mr Siddiqui,

Please find your NHS Band 3 treatment plan below following your appointment with Dr Okafor on 23/11.

  Patient: Hamza Siddiqui    DOB: 2 December 1989
  Address: 88 Moorgate Road, Rotherham, S60 2AX
  Exemption: Universal Credit (claim checked 23/11) - NI no {nin[:2]} {nin[2:4]} {nin[4:6]} {nin[6:8]} {nin[8]}
  UR6 root canal + crown, LL7 extraction (abscess), 2x composite fillings, scale & polish
  Medical history: asthma (salbutamol inhaler), penicillin allergy

Your next appointment is Tuesday 8 December at 9:10. Cost to you: £0.00 (exempt).

Kind regards
Reception, Castle Street Dental Practice
01709 496 0265""")
    body = f"""hiya, Jade on reception at Castle Street Dental. sent Mr Siddiqui's treatment plan to a hamza siddiqi at gmail -
found out when the real Mr Siddiqui rang to ask where it was, his is hamza.siddiqui1989@outlook.com. the other
person hasnt answered my email asking them to delete it. the email had his NI number in because of the exemption
check :( what do i do now?

Jade

{orig}
"""
    m = mk("Jade Whitlock <reception@castlestreetdental.co.uk>", BREACH, "sent treatment plan to wrong person", "2026-11-26 16:22", body)
    save("10-dentist-treatment-plan-wrong-email.eml", "dental_misdirected_ni_number", m,
         ids={"ni_number": [nin], "date_of_birth": ["1989-12-02"], "address": ["88 Moorgate Road, Rotherham, S60 2AX"],
              "postcode": ["S60 2AX"], "email_address": ["hamza.siddiqui1989@outlook.com"]},
         names=["Hamza Siddiqui"], ign_names=["Jade Whitlock", "Jade", "Okafor"], ign={"phone_number": ["01709 496 0265"]},
         subjects=1, cats=["health"], sev=3, lik=3, tags=["apple_mail", "ni_number", "lower_case", "dob_long"],
         basis=["health information about an identified person (dental treatment plan, medication) plus NI number and benefit status",
                "sent to a member of the public with a similar name outside the trusted domains (gmail.com)", "no deletion confirmed"])

def e11():
    n = nhs()
    body = f"""DPO,

Forwarding for logging. Summary from the Clinical Governance on-call:

- 29/11/2026 approx 02:10, crew attended a male outside Vault nightclub, Corporation Street. Conveyed to City General.
- A paper continuation sheet (used because the ePR tablet had frozen) was left on the pavement at scene.
- A member of the public photographed it and posted it on X (Twitter) at 03:47 with a mocking caption. By the time
  we were alerted (09:30, by the patient's mother) it had ~1,900 views and had been reposted.
- Legible on the photo:
    Name: Callum McAteer   DOB 07/08/2003   NHS {sp(n, 'plain')}
    Home: 23 Brackenridge Drive, Stoke-on-Trent, ST4 8LW
    PC: intentional OD ~30 x paracetamol 500mg + approx 10 units alcohol, "says he wanted to die", hx of self-harm
    Obs: GCS 14, HR 118
- X removed the post at 14:20 following our report (ticket 0-482716-X). The reposts we could find have gone too.
- Crew reminded about paper records. Incident number EMAS-IR-26-08861.

Regards
Priya Lakhani
Head of Information Governance, East Mercia Ambulance Service NHS Trust
07700 900 190 (IG on-call)
"""
    m = mk("Priya Lakhani <priya.lakhani@example.nhs.uk>", BREACH, "FW: Patient record photo posted on social media",
           "2026-11-29 15:10", body, cte="quoted-printable")
    save("11-ambulance-pcr-posted-on-x.eml", "ambulance_social_media_published", m,
         ids={"nhs_number": [n], "date_of_birth": ["2003-08-07"], "address": ["23 Brackenridge Drive, Stoke-on-Trent, ST4 8LW"],
              "postcode": ["ST4 8LW"]},
         names=["Callum McAteer"], ign_names=["Priya Lakhani"], ign={"phone_number": ["07700900190"]},
         subjects=1, cats=["mental_health", "substance_misuse"], sev=4, lik=3, tags=["published", "social_media", "bullets", "qp", "nhs_unspaced"],
         basis=["especially sensitive about an identified person: mental_health (overdose, suicidal intent, self-harm), alcohol",
                "published on social media (likelihood 4), ~1,900 views",
                "containment: the platform removed the post and reposts (likelihood -1 to 3)"])

def e12():
    pts = [("Morag", "Dalgleish", D(1957, 3, 21), True, "G41 3NR"), ("Ruaridh", "MacLeod", D(1949, 11, 2), False, "PA3 4QH"),
           ("Fiona", "Ni Dhuibhir", D(1972, 6, 30), True, "G12 8DY"), ("Kenneth", "Strachan", D(1964, 1, 8), False, "ML3 0BB"),
           ("Yusuf", "Akhtar", D(1981, 9, 16), False, "G42 7TH"), ("Catriona", "Gillespie", D(1955, 12, 12), True, "G20 6AF"),
           ("Jun", "Wang", D(1968, 4, 3), False, "G3 7LN")]
    lines = ["Name                 CHI          Postcode   Missed appt     Screening", "-" * 70]
    chis = []
    for f, s, dob, fem, pc in pts:
        c = chi(dob, fem); chis.append(c)
        lines.append(f"{(s.upper() + ' ' + f):20s} {c}  {pc:9s}  {R.choice(['02/11/2026', '09/11/2026', '16/11/2026'])}      DRS - 2nd DNA")
    table = "\n".join(lines)
    inner = fwd("outlook", "Diabetic Eye Screening Admin <clyde.drs@nhs.scot>", "housingsupport@renfrewvale.gov.uk",
                "2026-11-27 11:18", "DNA list - for GP practice follow up",
                "Hi,\n\nPlease find below this month's second-DNA list for your practice's follow up.\n\n" + table +
                "\n\nThanks\nDES Admin, NHS Clydeside")
    body = f"""Hiya,

Just to let you know I've had a wee mishap. I was meant to send the diabetic retinopathy screening DNA list to
Renfrew Vale Medical Practice (renfrewvale.mp@nhs.scot) but typed "renfrewvale" and picked the council's housing
support inbox from autocomplete. 7 patients, CHI numbers and postcodes, and it obviously says they're diabetic.
I've emailed the council asking them to delete it but not heard back.

Sorry about this. I've told my line manager (Alasdair).

Shona Kerr
Admin Officer, Diabetic Eye Screening
NHS Clydeside, Gartnavel Annex, Glasgow G12 0XH
0141 496 0577
"""
    m = mk("Shona Kerr <shona.kerr@nhs.scot>", BREACH, "FW: DNA list - for GP practice follow up", "2026-11-27 13:40",
           body + "\n" + inner)
    save("12-scotland-chi-list-to-council.eml", "scotland_chi_inline_table", m,
         ids={"chi_number": chis, "postcode": [p[4] for p in pts]}, names=[f"{f} {s}" for f, s, *_ in pts],
         ign_names=["Shona Kerr", "Alasdair"], ign={"postcode": ["G12 0XH"], "phone_number": ["0141 496 0577"],
                                                   "email_address": ["renfrewvale.mp@nhs.scot"]},
         subjects=7, cats=["health"], sev=3, lik=3, tags=["chi", "scottish_voice", "surname_caps", "decoy_appt_dates", "inline_table"],
         basis=["health information about identified people (diabetic eye screening non-attenders, CHI numbers)",
                "sent to a local authority housing inbox outside the trusted domains (renfrewvale.gov.uk)", "no deletion confirmed"])

def e13():
    n = nhs((( 600, 799),))
    pdf = pdf_bytes([
        "Bwrdd Iechyd Prifysgol Dyffryn Taf / Taff Valley University Health Board",
        "Adran Ffisiotherapi / Physiotherapy Department, Ysbyty Cwm Rhondda, Llwynypia CF40 2LX",
        "Ffon / Tel: 029 2018 0655",
        "",
        "Dyddiad / Date: 20/11/2026",
        "",
        "Ms Sian Prydderch",
        "12 Heol y Felin",
        "Pontypridd",
        "CF37 4DR",
        "",
        f"Rhif GIG / NHS number: {sp(n)}      Dyddiad geni / DOB: 19.07.1961",
        "",
        "Annwyl / Dear Ms Prydderch,",
        "Following your left total knee replacement on 2 November, you have been booked into the",
        "post-operative knee rehabilitation class on Wednesdays at 10:30 for six weeks from 2 December.",
        "Please bring loose clothing and your current pain relief (co-codamol).",
        "",
        "Yn gywir / Yours sincerely,",
        "Gethin ap Rhys, Senior Physiotherapist"])
    orig = fwd("apple", "Gethin ap Rhys <gethin.aprhys@wales.nhs.uk>", "sian.pritchard61@hotmail.co.uk",
               "2026-11-20 14:03", "Llythyr apwyntiad / Appointment letter",
               "Bore da, please see your appointment letter attached. Diolch, Gethin")
    body = f"""Hi

Ms Prydderch phoned today to say she never got her letter. I'd e-mailed it to a Siân Pritchard (same first name and
year in the address book). A different lady. Letter is attached so you can see. I have asked the hotmail address to
delete it but nothing back.

Gethin ap Rhys
Uwch Ffisiotherapydd / Senior Physiotherapist
029 2018 0655

{orig}
"""
    m = mk("Gethin ap Rhys <gethin.aprhys@wales.nhs.uk>", BREACH, "Fwd: Llythyr apwyntiad / Appointment letter",
           "2026-11-26 10:05", body, attach=[("Llythyr_Prydderch.pdf", pdf, "application/pdf")])
    save("13-wales-bilingual-pdf-letter.eml", "wales_pdf_misdirected_external", m,
         ids={"nhs_number": [n], "date_of_birth": ["1961-07-19"], "address": ["12 Heol y Felin, Pontypridd, CF37 4DR"],
              "postcode": ["CF37 4DR"]},
         names=["Siân Prydderch"], ign_names=["Gethin ap Rhys", "Siân Pritchard"],
         ign={"postcode": ["CF40 2LX"], "phone_number": ["029 2018 0655"], "address": ["Ysbyty Cwm Rhondda, Llwynypia CF40 2LX"]},
         subjects=1, cats=["health"], sev=3, lik=3, tags=["pdf", "welsh", "bilingual", "apple_mail", "address_block"],
         basis=["health information about an identified person (post-operative physiotherapy letter)",
                "sent to a member of the public with a similar name outside the trusted domains (hotmail.co.uk)", "no deletion confirmed"])

def e14():
    h = hc()
    orig = fwd("nhsmail", "McCusker, Orla <orla.mccusker@northernlough.hscni.net>", "footcare.lisburn@gmail.com",
               "2026-11-24 15:37", "Podiatry referral",
               f"""Please see referral below for priority podiatry review.

Patient: Ciarán McGlinchey
H&C No: {h[:3]} {h[3:6]} {h[6:]}
DOB: 2nd March 1944
Address: 8 Drumbeg Road, Lisburn, BT27 5JX
Tel: 028 9260 4417

Type 2 diabetes, peripheral neuropathy, non-healing ulcer right hallux 2 weeks, ?osteomyelitis. Lives alone,
daughter Róisín McGlinchey helps with shopping (07700 900 631).

Orla McCusker, Diabetes Specialist Nurse, Lagan Valley Hospital""")
    body = f"""Hi

Forwarding a referral I sent to the wrong podiatry provider. Should have gone to footcare.lisburn@nhs.net style
address for our contracted provider (Step Ahead Podiatry - stepaheadpodiatry.co.uk) but I used an old gmail from a
flyer. The gmail has not replied. The patient's H&C number and diabetic foot ulcer details were in it.

Orla
DSN | Northern Lough Health and Social Care Trust | 028 9649 6210
"""
    m = mk("Orla McCusker <orla.mccusker@northernlough.hscni.net>", BREACH, "FW: Podiatry referral - wrong provider",
           "2026-11-25 09:50", body + "\n" + orig)
    save("14-ni-trust-hc-number-referral.eml", "ni_hc_number_misdirected", m,
         ids={"hc_number": [h], "date_of_birth": ["1944-03-02"], "address": ["8 Drumbeg Road, Lisburn, BT27 5JX"],
              "postcode": ["BT27 5JX"], "phone_number": ["028 9260 4417", "07700 900 631"]},
         names=["Ciarán McGlinchey", "Róisín McGlinchey"], ign_names=["Orla McCusker", "McCusker, Orla"],
         ign={"phone_number": ["028 9649 6210"]},
         subjects=2, cats=["health"], sev=3, lik=3, tags=["hc_number", "nhsmail_original", "irish_names", "dob_ordinal"],
         basis=["health information about an identified person (diabetic foot ulcer referral, H&C number) plus a relative",
                "sent to an unknown gmail address outside the trusted domains", "no deletion confirmed"])

def e15():
    n = nhs()
    public = mk("Jo Brennan <jo.brennan@outlook.com>", "Ashgrove Surgery <ashgrove.reception@nhs.net>",
                "I think you sent me someone else's results", "2026-11-29 19:22",
                f"""Hello

I have had a text from the surgery with a link and when I opened it it wasn't my results, it was a letter about a man
called Declan Fitzgerald, born 30/09/1966. It says NHS number {sp(n, 'dash')} and that his PSA is raised (9.8) and his
HbA1c is 52 and he's being referred to urology. I don't know him. I've deleted the text and I won't tell anyone but I
thought you'd want to know, and I still haven't had MY results!

Jo Brennan (patient at Ashgrove, 14 Cedar Rise)""")
    recept = mk("Tasha Goodwin <tasha.goodwin@nhs.net>", "Mark Ellery <mark.ellery@nhs.net>",
                "FW: I think you sent me someone else's results", "2026-11-30 08:31",
                "Mark, this came into reception on Sunday night. Looks like the AccuRx message went to the wrong mobile - "
                "Mr Fitzgerald's record had Jo Brennan's mobile number on it (07700 900 702) from a registration mix-up. "
                "I've corrected his record. Attaching her email.\nTasha", attach=[public])
    m = mk("Mark Ellery <mark.ellery@nhs.net>", BREACH, "FW: FW: I think you sent me someone else's results",
           "2026-11-30 09:15",
           "Please log. Wrong-mobile SMS from the practice. Recipient (a patient of ours) says she has deleted it.\n\n"
           "Mark Ellery, Practice Manager, Ashgrove Surgery, Ashgrove Road, Leicester LE3 9QB, 0116 496 0140",
           attach=[recept])
    save("15-gp-nested-two-deep-wrong-mobile.eml", "nested_forward_two_deep_external", m,
         ids={"nhs_number": [n], "date_of_birth": ["1966-09-30"]}, names=["Declan Fitzgerald"],
         ign_names=["Jo Brennan", "Tasha Goodwin", "Mark Ellery"],
         ign={"phone_number": ["07700900702", "0116 496 0140"], "postcode": ["LE3 9QB"], "address": ["14 Cedar Rise", "Ashgrove Road, Leicester LE3 9QB"]},
         subjects=1, cats=["health"], sev=3, lik=2, tags=["rfc822_nested2", "external_disclosure", "sms"],
         basis=["health information about an identified person (results letter: PSA, HbA1c, urology referral)",
                "sent by SMS link to another member of the public, outside the trusted domains",
                "containment: the recipient says she deleted it (likelihood -1 to 2)"])

def e16():
    pts = [("ZHANG Li Wei", "K0482213", D(1952, 5, 14), "Mandarin", "Cardiology"),
           ("KOWALSKA Agnieszka", "K0517790", D(1979, 8, 1), "Polish", "Rheumatology"),
           ("ABDI Hodan", "K0398841", D(1990, 2, 22), "Somali", "Diabetes"),
           ("POPESCU Ionut", "K0620015", D(1985, 11, 9), "Romanian", "Fracture clinic"),
           ("BEGUM Rahima", "K0284376", D(1948, 3, 3), "Sylheti", "Ophthalmology"),
           ("AL-HASHIMI Mustafa", "K0555102", D(1963, 7, 27), "Arabic", "Respiratory"),
           ("NGUYEN Thi Mai", "K0601937", D(1971, 10, 19), "Vietnamese", "Dermatology"),
           ("SANTOS Joao", "K0449210", D(1958, 12, 5), "Portuguese", "Urology")]
    trs = "\n".join(f"<tr><td>{p}</td><td>{h}</td><td>{d.strftime('%d/%m/%Y')}</td><td>{l}</td><td>{c}</td>"
                    f"<td>{R.choice(['07/12/2026 09:30', '08/12/2026 14:15', '09/12/2026 11:00'])}</td></tr>" for p, h, d, l, c in pts)
    html = f"""<html><head><style>td,th{{border:1px solid #999;padding:3px}}</style></head><body>
<p style="font-family:Calibri">Hi Interpreting Bookings,</p>
<p style="font-family:Calibri">Below is the IP's report from the Outpatients team. These were sent to <b>LinguaLink Ltd</b>
(bookings@lingualink-uk.com) on Friday instead of our contracted provider <b>LanguageLine Partners</b>. LinguaLink have
acknowledged receipt but not confirmed deletion.</p>
<hr><p><b>From:</b> Outpatient Bookings &lt;opd.bookings@example.nhs.uk&gt;<br><b>Sent:</b> 27 November 2026 16:02<br>
<b>To:</b> bookings@lingualink-uk.com<br><b>Subject:</b> Interpreter requests w/c 7 Dec</p>
<table><tr><th>Pt</th><th>Hosp No</th><th>DOB</th><th>Language</th><th>Clinic</th><th>Appt</th></tr>
{trs}
</table>
<p>Many thanks<br>Outpatient Bookings, St Wilfrid's Hospital<br>Ext 3390 | Ticket INC0198842</p>
<p style="font-size:9pt;color:#666">Marta Oliveira | Outpatient Services Manager | 0113 496 0390</p></body></html>"""
    m = mk("Marta Oliveira <marta.oliveira@example.nhs.uk>", BREACH, "FW: Interpreter requests w/c 7 Dec - sent to wrong agency",
           "2026-11-30 10:44", html=html, cte="base64")
    def nm(p):
        s, f = p.split(" ", 1); return f"{f} {s.title()}"
    save("16-acute-html-only-interpreter-list.eml", "acute_html_only_table_external", m,
         ids={"hospital_number": [p[1] for p in pts], "date_of_birth": [iso(p[2]) for p in pts]},
         names=[nm(p[0]) for p in pts], ign_names=["Marta Oliveira"],
         ign={"phone_number": ["0113 496 0390"]},
         subjects=8, cats=["health"], sev=3, lik=3, tags=["html_only", "base64", "surname_first_caps", "chinese_names", "decoy_appt_dates"],
         basis=["health information about identified patients (outpatient clinic attendance with hospital numbers)",
                "sent to the wrong interpreting agency outside the trusted domains (lingualink-uk.com)", "acknowledged, deletion not confirmed"])

def e17():
    recips = [("Dean Harrop", "deanharrop76@gmail.com"), ("Shauna Quigley", "shaunaq@hotmail.co.uk"), ("Kofi Asamoah", "kofi.asamoah@outlook.com"),
              (None, "lozza.b.88@yahoo.com"), (None, "mick.dunphy@live.co.uk"), (None, "stevo1979@gmail.com"),
              (None, "tina.marsh2@icloud.com"), (None, "wayne.kettle@btinternet.com"), (None, "gaz.mcmanus@gmail.com")]
    to = "; ".join(f"{n} <{e}>" if n else e for n, e in recips)
    orig = fwd("plain", "Pathways Recovery Service <pathways.recovery@turningleaf.org.uk>", to, "2026-11-30 17:45",
               "thursday group moved",
               "hi all, just a reminder that the SMART recovery group and the methadone/buvidal script pick up is moving to "
               "THURSDAY 3rd at 2pm at the Wellgate hub this week only because of the boiler. see you there, Jen")
    body = f"""hi ig

i think ive done a bad one. sent the group reminder to everyone in the To box not bcc, nine of our service users all
on the opiate substitution caseload can see each others emails and it says methadone in it. one of them (shauna)
has already replied all saying who are all these people. havent recalled - cant, its external.

jen
jen tomlinson | recovery worker | turning leaf pathways (drug & alcohol service, commissioned by the council and
run with the nhs trust) | 07700 900 409
"""
    m = mk("Jen Tomlinson <jen.tomlinson@turningleaf.org.uk>", BREACH, "group email", "2026-11-30 18:20", body + "\n" + orig)
    save("17-substance-misuse-group-email-to-not-bcc.eml", "substance_misuse_to_not_bcc", m,
         ids={"email_address": [e for n, e in recips]}, names=[n for n, e in recips if n], ign_names=["Jen Tomlinson", "Jen"],
         ign={"phone_number": ["07700 900 409"]},
         subjects=9, cats=["substance_misuse"], sev=4, lik=3, tags=["to_not_bcc", "lower_case", "semicolon_recipients"],
         basis=["especially sensitive about identified people: substance misuse (opiate substitution, methadone)",
                "recipients' personal addresses disclosed to each other outside the trusted domains; cannot be recalled"])

def e18():
    n = nhs()
    body = f"""Dear Sir/Madam

I wasn't sure who to tell so the ward sister said to send it here. Last night (Sunday) about 11pm Bridget was sent
in by ambulance to Royal Hallam with a suspected chest infection and I e-mailed her Hospital Transfer Pack to the ward
as usual, only I sent it to ward7.rhh@nhs.net when she was on Ward 17 which is ward17.rhh@nhs.net, I think ward 7 is at
the Northern General site actually (the sister explained but I didn't quite follow). So someone on another ward has got
all of it. I did ring ward 7 this morning and the nurse in charge said she'd delete it but I haven't had that in
writing. The pack had:

  Name: Bridget O'Flaherty      Date of birth: 11-Apr-1936     NHS No. {n}
  Lives at: The Willows Care Home, 2 Ranmoor Park Road, Sheffield S10 3GX (room 6)
  Advanced vascular dementia, DNACPR in place (copy attached to pack), ReSPECT form, Type 2 diabetes
  Meds: donepezil, metformin, apixaban. Allergy: penicillin (rash)
  NOK: son Michael O'Flaherty, 07700 900 655, he has LPA for health and welfare

I'm very sorry, it was late and I was on my own. I've since added both ward addresses to our contacts with the
full ward name.

Bernadette Coyle
Deputy Manager, The Willows Care Home
0114 496 0902
"""
    m = mk("Bernadette Coyle <deputy@thewillowscare.co.uk>", BREACH, "e-mail sent to wrong ward", "2026-11-30 10:55", body)
    save("18-care-home-transfer-pack-wrong-ward.eml", "care_home_misdirected_internal_nhsnet", m,
         ids={"nhs_number": [n], "date_of_birth": ["1936-04-11"], "phone_number": ["07700900655"],
              "address": ["2 Ranmoor Park Road, Sheffield, S10 3GX"], "postcode": ["S10 3GX"]},
         names=["Bridget O'Flaherty", "Michael O'Flaherty"], ign_names=["Bernadette Coyle"],
         ign={"phone_number": ["0114 496 0902"]},
         subjects=2, cats=["health"], sev=3, lik=2, tags=["rambling", "care_home", "nhs_unspaced", "nok"],
         basis=["health information about an identified person (transfer pack: dementia, DNACPR) - vulnerable adult - and her son",
                "sent to the wrong hospital ward inside the trusted domains (nhs.net)",
                "verbal assurance of deletion only"])

def e19():
    n = nhs()
    body = f"""Dear Information Governance,

Incident: misdirected postal result letter (GUM)

On Friday 27 November a Health Adviser letter asking the patient to contact us urgently about a positive chlamydia
result and partner notification was posted to:

    Miss Jasmine Kaur-Bains
    Flat 4, Sandfield House
    201 Derby Road
    Nottingham
    NG7 1QJ

The patient moved in September and updated her address with her GP but our clinic system (Lillie) was not updated.
The new occupant opened the letter, telephoned the clinic on Monday 30 November and brought it back to reception the
same afternoon; the letter is now shredded. The letter gave her clinic number (GUM-22-118406), date of birth
(16/01/2001) and NHS number {n}.

Patient has been informed by her preferred method (mobile 07700 900 788) and was understandably distressed.
We have updated the address and checked the spine for all patients with letters in that post batch.

Kind regards

Rhiannon Beddoes
Senior Health Adviser, Sherwood Sexual Health Service
Tel 0115 496 0660
"""
    m = mk("Rhiannon Beddoes <rhiannon.beddoes@example.nhs.uk>", BREACH, "Misdirected GUM letter - returned", "2026-11-30 16:30",
           body, cte="quoted-printable")
    save("19-sexual-health-letter-old-address-returned.eml", "sexual_health_postal_contained", m,
         ids={"nhs_number": [n], "date_of_birth": ["2001-01-16"], "address": ["201 Derby Road, Nottingham, NG7 1QJ"],
              "postcode": ["NG7 1QJ"], "phone_number": ["07700900788"], "hospital_number": ["GUM-22-118406"]},
         names=["Jasmine Kaur-Bains"], ign_names=["Rhiannon Beddoes"], ign={"phone_number": ["0115 496 0660"]},
         subjects=1, cats=["sexual_health"], sev=4, lik=2, tags=["postal", "address_block", "qp", "formal"],
         basis=["especially sensitive about an identified person: sexual_health (positive chlamydia result)",
                "opened by the new occupant of her previous address, outside the organisation (likelihood 3)",
                "containment: letter returned and shredded (likelihood -1 to 2)"])

def e20():
    surn = ["Okonkwo", "Hughes", "MacKenzie", "Szymańska", "Patel", "O'Connell", "Li", "Hammond", "Yilmaz", "Evans",
            "Bhatti", "Ferguson", "Nowicki", "Achampong", "Doyle", "Rahman", "Whitfield", "Kaur", "Lindqvist", "Mensah"]
    fore = ["Adaeze", "Gareth", "Eilidh", "Katarzyna", "Nikhil", "Siobhán", "Mei", "Trevor", "Emre", "Ffion",
            "Asif", "Calum", "Jakub", "Efua", "Niamh", "Shamima", "Derek", "Harpreet", "Astrid", "Yaw"]
    spec = [("Orthopaedics", "Total hip replacement"), ("Orthopaedics", "Knee arthroscopy"), ("General Surgery", "Lap cholecystectomy"),
            ("ENT", "Septoplasty"), ("Urology", "TURP"), ("Gynaecology", "Hysteroscopy"), ("Ophthalmology", "Cataract L"),
            ("General Surgery", "Inguinal hernia repair"), ("Plastics", "Carpal tunnel release"), ("Vascular", "Varicose veins EVLA")]
    rows = [["MRN", "Surname", "Forename", "D.O.B.", "NHS Number", "Specialty", "Procedure", "Wks wait", "Pathway ID"]]
    ids = {"hospital_number": [], "date_of_birth": [], "nhs_number": []}
    names = []
    used = set()
    for i in range(40):
        while True:
            f, s = R.choice(fore), R.choice(surn)
            if (f, s) not in used: used.add((f, s)); break
        dob = D(R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28))
        mrn = f"RX{R.randint(1000000, 9999999)}"; n = nhs()
        sp_, pr = R.choice(spec)
        rows.append([mrn, s.upper(), f, dob, n, sp_, pr, R.randint(18, 78), f"PW{R.randint(10**8, 10**9 - 1)}"])
        ids["hospital_number"].append(mrn); ids["date_of_birth"].append(iso(dob)); ids["nhs_number"].append(n)
        names.append(f"{f} {s}")
    x = xlsx_bytes([("PTL 30-11", rows)])
    inner = fwd("outlook", "Waiting List Office <wlo.stmarks@nhs.net>", "Elective Hub <elective.hub@nhs.net>",
                "2026-11-30 12:04", "Mutual aid - long waiters list",
                "Please find our 40 longest admitted waiters for the mutual aid discussion.\nWLO")
    reply = fwd("outlook", "Elective Hub <elective.hub@nhs.net>", "Waiting List Office <wlo.stmarks@nhs.net>", "2026-11-30 13:20",
                "RE: Mutual aid - long waiters list",
                "We think this was meant for the South Yorkshire elective hub, not us (North Mercia). Deleted our copy. EH")
    body = f"""Good afternoon,

Our waiting list office sent the attached PTL extract (40 patients) to the wrong regional elective hub mailbox - both
are on NHSmail. The receiving hub has confirmed deletion (below). Re-sent to the correct hub.

Alastair Brannigan
Head of Access & Performance | St Mark's Hospitals NHS Trust | 0114 496 0050

{reply}

{inner}
"""
    m = mk("Alastair Brannigan <alastair.brannigan@nhs.net>", BREACH, "FW: Mutual aid - long waiters list (wrong hub)",
           "2026-11-30 14:02", body,
           attach=[("PTL_longwaiters_30-11-2026.xlsx", x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    save("20-acute-xlsx-ptl-wrong-hub.eml", "acute_xlsx_internal_contained", m, ids=ids, names=names,
         ign_names=["Alastair Brannigan"], ign={"phone_number": ["0114 496 0050"]},
         subjects=40, cats=["health"], sev=3, lik=2, tags=["xlsx", "rows_40", "surname_caps_column", "decoy_pathway_ids", "date_cells"],
         basis=["health information about identified patients (waiting list with procedures)",
                "sent to the wrong elective hub inside the trusted domains (nhs.net)",
                "containment: recipient confirmed deletion (likelihood already at its floor of 2)"])

def e21():
    n = nhs()
    body = f"""IG,

Snooping incident. Receptionist (name withheld here, HR aware) opened the record of her neighbour Kirsty Lockhart
(NHS {sp(n)}, DOB 04/04/1994) on 19/11 with no reason. Audit trail confirms. Kirsty says the receptionist then
mentioned at the school gate that she had been referred for a termination of pregnancy. Complaint received 27/11.
Staff member suspended.

Need advice on ICO report.

Nadia Haq
Practice Manager, Linthorpe Road Medical Centre
01642 496 0312
"""
    m = mk("Nadia Haq <nadia.haq1@nhs.net>", BREACH, "Snooping - urgent", "2026-11-28 08:02", body)
    save("21-gp-snooping-termination.eml", "gp_snooping_misuse_terse", m,
         ids={"nhs_number": [n], "date_of_birth": ["1994-04-04"]}, names=["Kirsty Lockhart"], ign_names=["Nadia Haq"],
         ign={"phone_number": ["01642 496 0312"]},
         subjects=1, cats=["reproductive_health"], sev=4, lik=5, tags=["terse", "snooping", "name_in_prose"],
         basis=["especially sensitive about an identified person: reproductive_health (termination of pregnancy)",
                "misuse occurred: record accessed without reason and the information disclosed to others"])

def e22():
    body = f"""To the IG Team,

I am the matron for ED. I need to report that one of our staff nurses posted a video on her public TikTok account
on Saturday night (28/11) from the staff room. In the video she says (I have transcribed it):

  "...and then Gary Whitfield's back in cubicle 3 again, third Friday running, absolutely steaming, withdrawal
   fits, the works - Gaz if you're watching, the detox team miss you x"

The patient is Gary Whitfield, hospital number RX8812047, DOB 12/05/1977. He is known to the alcohol liaison
service. His sister saw the video and complained via PALS this morning. The video had about 3,400 views before the
nurse deleted it on Sunday afternoon when her manager called her. We cannot tell whether it was downloaded or
shared.

The nurse has been suspended pending investigation and I have informed the NMC link.

Yours sincerely,
Gillian Oyelowo
Matron, Emergency Department, Princess Alexandra Hospital
Ext 4402 / 01279 496 0440
"""
    m = mk("Gillian Oyelowo <gillian.oyelowo@example.nhs.uk>", BREACH, "Staff social media post about patient", "2026-11-30 12:10", body)
    save("22-acute-tiktok-post-patient.eml", "acute_social_media_published", m,
         ids={"hospital_number": ["RX8812047"], "date_of_birth": ["1977-05-12"]}, names=["Gary Whitfield"],
         ign_names=["Gillian Oyelowo"], ign={"phone_number": ["01279 496 0440"]},
         subjects=1, cats=["substance_misuse"], sev=4, lik=3, tags=["published", "social_media", "formal"],
         basis=["especially sensitive about an identified person: substance misuse (alcohol withdrawal, detox)",
                "published on a public TikTok account (likelihood 4), ~3,400 views",
                "containment: the video was deleted (likelihood -1 to 3)"])

def e23():
    body = """Hi,

Not sure if this counts but my line manager said to report it anyway. I left my trust iPhone (asset tag TAG-004417,
Intune-managed, passcode + Face ID, encrypted) on the 07:42 Manchester Piccadilly to Stockport train this morning.
IT Service Desk have remote-wiped it (call ref SD-2611-77310) and confirmed the wipe completed at 10:02. I only
use it for Teams, the rota app and Authenticator - no patient photos, no downloads, no e-mail attachments saved.

BTP lost property reference: LP/26/0099213.

Thanks
Ewan Whitelaw
Estates & Facilities Project Officer
0161 496 0915
"""
    m = mk("Ewan Whitelaw <ewan.whitelaw@example.nhs.uk>", BREACH, "Lost work phone - encrypted", "2026-12-01 10:20", body)
    save("23-nonreport-lost-encrypted-phone.eml", "non_report_lost_encrypted_device", m, ign_names=["Ewan Whitelaw"],
         ign={"phone_number": ["0161 496 0915"]}, sev=1, lik=1, tags=["non_report", "decoy_refs"],
         basis=["lost device was encrypted, managed and remotely wiped; no personal data on it", "no identifiable data subject"])

def e24():
    m = mk("Fatima Al-Sayed <fatima.al-sayed@example.nhs.uk>", BREACH,
           "Automatic reply: Misdirected letter - Ward 12", "2026-11-30 18:02",
           """Thank you for your email. I am on annual leave from Monday 30 November, returning Monday 7 December 2026,
with limited access to email.

For urgent Information Governance matters please contact the IG team on 0191 496 0270 or ig.team@example.nhs.uk.
For Caldicott queries please contact the Caldicott Guardian's office on extension 5521.

Kind regards
Fatima Al-Sayed
Deputy Data Protection Officer""",
           extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    save("24-nonreport-out-of-office.eml", "non_report_out_of_office", m, ign_names=["Fatima Al-Sayed"],
         ign={"phone_number": ["0191 496 0270"]}, sev=1, lik=1, tags=["non_report", "auto_reply"],
         basis=["automatic reply, not an incident report", "no personal data of any data subject"])

def e25():
    html = """<html><body style="font-family:Segoe UI,Arial">
<h2 style="color:#005eb8">IG Matters - December 2026</h2>
<p><b>Festive season reminder:</b> last year we logged 31 misdirected e-mails in December alone. Slow down, check the
address, and use Bcc for group messages.</p>
<h3>Learning from the ICO</h3>
<ul>
<li>A London sexual health clinic was fined after a newsletter went to 781 patients with all addresses visible in the
To field. Always use the bulk mail tool.</li>
<li>A trust was reprimanded when a nurse looked up a family member's record. Access is audited every day.</li>
<li>A care provider was reprimanded after staff shared residents' photos in a WhatsApp group.</li>
</ul>
<h3>DSPT 2026/27</h3>
<p>Data Security Awareness training compliance is at 88% - target 95% by 31 March 2027. Book via ESR (course code
000 DSA 2026).</p>
<h3>Contacts</h3>
<p>IG helpdesk 0191 496 0270 &middot; ig.team@example.nhs.uk &middot; Report incidents on Datix, then forward any
e-mail evidence to breach@example.nhs.uk.</p>
<p style="font-size:9pt">You are receiving this because you are a member of staff. Ref NL-2026-12.</p>
</body></html>"""
    text = ("IG Matters - December 2026\n\nFestive season reminder: last year we logged 31 misdirected e-mails in December "
            "alone. Use Bcc for group messages.\n\nIG helpdesk 0191 496 0270 - ig.team@example.nhs.uk\nRef NL-2026-12")
    inner = mk("IG Team <ig.team@example.nhs.uk>", "All Staff <allstaff@example.nhs.uk>", "IG Matters - December 2026",
               "2026-12-01 07:00", text, html=html)
    m = mk("Connor Fitzsimons <connor.fitzsimons@example.nhs.uk>", BREACH, "FW: IG Matters - December 2026",
           "2026-12-01 09:12", "Forwarding in case it's useful for the breach inbox folks - the link at the bottom says to send "
           "things here? Nothing has happened, just checking this is the right address.\n\nConnor (Pharmacy stores)",
           attach=[inner])
    save("25-nonreport-ig-newsletter.eml", "non_report_newsletter", m, ign_names=["Connor Fitzsimons"],
         ign={"phone_number": ["0191 496 0270"]}, sev=1, lik=1, tags=["non_report", "html", "rfc822", "decoy_ico_stories"],
         basis=["staff newsletter, nothing disclosed", "no identifiable data subject"])

def e26():
    body = """hello, quick question, not an actual breach (yet!)

if a patient asks us at reception to email them their own blood results to their own gmail, and we do it from the
practice nhs.net account, is that a breach? and what if they ask us to send it to their husband instead? we've been
told different things by different GPs. also do we need the patient to sign something.

thanks
Bev, reception, Harlow Common Surgery
"""
    m = mk("Beverley Tanner <beverley.tanner@nhs.net>", BREACH, "question - emailing results to patients", "2026-11-30 13:37", body)
    save("26-nonreport-training-question.eml", "non_report_training_question", m, ign_names=["Beverley Tanner", "Bev"],
         sev=1, lik=1, tags=["non_report", "lower_case", "hypothetical"],
         basis=["a general question, no incident and no data subject", "nothing disclosed"])

def e27():
    body = """IG Operational Group - notes, 26 November 2026, 14:00-15:10, Room B2 / Teams

Present: Fatima Al-Sayed (Deputy DPO, chair), Owen Pritchard (Head of IT Security), Dr Sunita Rao (Caldicott
Guardian), Liz Haworth (Records Manager), Tom Ferrier (Cyber)
Apologies: Bernard Oakes

1. Incident log review
   - BD-2026-000412 (misdirected discharge summary): closed, not reportable. Learning shared with wards.
   - BD-2026-000419 (lost handover sheet): ICO reported 19/11, ICO ref IC-318842-T5L7. Awaiting response.
   - BD-2026-000431: investigation ongoing; update at next meeting.
2. DSPT: 14 of 108 evidence items outstanding. Deadline 30/06/2027.
3. Egress rollout to community teams: go-live 11/01/2027. Owner: OP.
4. FairWarning thresholds: reduce overnight access alert threshold from 20 to 10 lookups. Owner: TF.
5. AOB: Christmas comms (see December newsletter). Next meeting 17 December 2026, 14:00.

Actions
  A1  LH  Retention schedule for scanned records          due 10/12/2026
  A2  OP  Report on MFA exceptions (ticket CHG0044127)     due 17/12/2026
  A3  SR  Caldicott log entries Q3                          due 17/12/2026
"""
    m = mk("Liz Haworth <liz.haworth@example.nhs.uk>", BREACH, "IG Operational Group notes 26/11 - for the incident file",
           "2026-11-27 11:45", "Notes attached below for the incident file, as agreed.\n\nLiz Haworth, Records Manager, ext 3318\n\n" + body)
    save("27-nonreport-meeting-notes.eml", "non_report_meeting_notes", m,
         ign_names=["Liz Haworth", "Fatima Al-Sayed", "Owen Pritchard", "Sunita Rao", "Tom Ferrier", "Bernard Oakes"],
         sev=1, lik=1, tags=["non_report", "decoy_refs", "decoy_dates", "staff_names"],
         basis=["meeting notes: incident references only, no personal data of any data subject"])

def e28():
    pts = [("Eamon Gallagher", D(1947, 1, 19)), ("Precious Nwachukwu", D(1996, 8, 8)), ("Hollie Stanton", D(1983, 5, 29))]
    lines = []
    nums = []
    for nm, dob in pts:
        n = nhs(); nums.append(n)
        lines.append(f"    {nm},{dob.strftime('%Y-%m-%d')},{n},Memory clinic,F/U 6/12")
    alert = f"""*** Egress Prevent - outbound message held ***
Policy: PID-EXTERNAL-PERSONAL (rule 7: NHS number pattern + personal webmail)
Sender: louise.ambrose@example.nhs.uk
Recipient: louise.ambrose82@hotmail.com
Subject: stuff to finish at home
Action: BLOCKED - not delivered. Sender notified. Attachment quarantined (memoryclinic_list.csv, 3 rows)
Content preview:
    Name,DOB,NHS,Clinic,Outcome
""" + "\n".join(lines) + "\nIncident ID: EGP-2026-118830"
    body = f"""Breach inbox -

FYI, DLP caught this one before it left. Nothing was delivered to the hotmail account (message trace confirms, see
alert). User has been spoken to by her manager about taking work home. Logging as a near miss.

Tom Ferrier
Cyber Security Analyst | ext 3377

{alert}
"""
    m = mk("Tom Ferrier <tom.ferrier@example.nhs.uk>", BREACH, "Near miss - Egress block, PID to personal webmail", "2026-11-30 16:05", body)
    save("28-near-miss-dlp-blocked.eml", "near_miss_dlp_blocked_with_identifiers", m,
         ids={"nhs_number": nums, "date_of_birth": [iso(d) for _, d in pts]}, names=[nm for nm, _ in pts],
         ign_names=["Tom Ferrier", "Louise Ambrose"], subjects=3, cats=["health"], near_miss=True, sev=3, lik=1,
         tags=["near_miss", "dlp_alert", "iso_dates"],
         basis=["health information about identified patients (memory clinic list)",
                "near miss: blocked by DLP and never delivered (likelihood 1)"])

def e29():
    kids = [("Noah Brightwell", D(2025, 2, 11), "Kayleigh Brightwell", "kayleighb93@gmail.com"),
            ("Zainab Osei", D(2023, 9, 30), "Abena Osei", "abena.osei@yahoo.co.uk"),
            ("Alfie Mahoney", D(2024, 6, 6), "Stacey Mahoney", "staceymahoney@outlook.com"),
            ("Lena Wójcik", D(2025, 10, 1), "Ewa Wójcik", "ewa.wojcik@interia.pl")]
    lst = "\n".join(f"  - {c} (DOB {d.strftime('%d.%m.%y')}), mother {p}, {e}" for c, d, p, e in kids)
    body = f"""Dear DPO

Cyber incident CSIRT-26-044 - compromised mailbox, health visiting

On 29/11 at 21:40 the NHSmail account of one of our health visitors was signed into from an overseas IP after she
entered her password on a fake "shared document" page. The attacker had access for about 40 minutes, set up an
inbox rule forwarding new mail to an external address (collect.docs@proton.me) and sent the same phishing lure to 412
contacts. Password reset, sessions revoked, rule removed 22:25. NHSmail national team informed.

Mailbox review so far: the forward rule was live for 40 minutes and forwarded 6 messages. Four concern families on the
caseload:

{lst}

Two of the forwarded messages were MASH safeguarding referrals (Zainab Osei, Alfie Mahoney); one contains a
domestic abuse disclosure by the mother. We have no evidence the data has been used yet. Review of the rest of the
mailbox (approx 2,100 items) is ongoing and I will update.

Owen Pritchard
Head of IT Security, Brookvale Community Health NHS Trust
0191 496 0201
"""
    m = mk("Owen Pritchard <owen.pritchard@example.nhs.uk>", BREACH, "Compromised mailbox - health visitor - CSIRT-26-044",
           "2026-11-30 11:30", body)
    save("29-community-hacked-mailbox-health-visitor.eml", "community_hacked_mailbox", m,
         ids={"date_of_birth": [iso(d) for _, d, _, _ in kids], "email_address": [e for *_, e in kids]},
         names=[c for c, *_ in kids] + [p for _, _, p, _ in kids], ign_names=["Owen Pritchard"],
         ign={"phone_number": ["0191 496 0201"]},
         subjects=8, cats=["safeguarding"], sev=4, lik=3, tags=["cyber", "children", "child_dob", "polish_name", "short_year_dob"],
         basis=["safeguarding referrals about identified children and their mothers (domestic abuse disclosure)",
                "forwarded to an attacker's external address (proton.me); misuse not yet evidenced"])

def e30():
    body = """to breach team

sent milo's 2yr review summary to the wrong priya. meant priya.khan@ (mum) - went to priya.kahn86@yahoo.co.uk,
no idea who that is. rang mum to say sorry, she wasnt happy.

what was in it:
child - Milo Fairweather-Khan, dob 14/03/24
address 6 Gorse Hill Road, Woking GU22 9LA
ASQ-3 communication below cut-off, referral to SALT
mum - Priya Khan, EPDS 16 today, low mood, referred to perinatal mental health team, GP informed
mob 07700 900 944

no reply from the yahoo one yet

sam
sam okafor-hale, health visitor, surrey heath community services. 07700 900 150
"""
    m = mk("Sam Okafor-Hale <sam.okafor-hale@nhs.net>", BREACH, "wrong email - 2yr review", "2026-12-01 15:48", body, cte="base64")
    save("30-health-visitor-wrong-parent.eml", "community_health_visitor_misdirected_child", m,
         ids={"date_of_birth": ["2024-03-14"], "address": ["6 Gorse Hill Road, Woking, GU22 9LA"], "postcode": ["GU22 9LA"],
              "phone_number": ["07700900944"]},
         names=["Milo Fairweather-Khan", "Priya Khan"], ign_names=["Sam Okafor-Hale", "sam"],
         ign={"phone_number": ["07700 900 150"]},
         subjects=2, cats=["mental_health"], sev=4, lik=3, tags=["lower_case", "child", "child_dob", "base64", "hyphenated_surname"],
         basis=["a child's developmental review and the mother's mental health (perinatal low mood, EPDS)",
                "sent to an unknown member of the public outside the trusted domains (yahoo.co.uk)", "no deletion confirmed"])


if __name__ == "__main__":
    for f in sorted(os.listdir(OUT)):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for i in range(1, 31):
        globals()[f"e{i:02d}"]()
    TRUTH.sort(key=lambda t: t["file"])
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in TRUTH:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(len(TRUTH), "emails written")
