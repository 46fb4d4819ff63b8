#!/usr/bin/env python3
"""Generate the fresh4 breach-report corpus: 25 .eml files and truth.jsonl.

Deterministic: run it twice and you get the same bytes.  Needs openpyxl and python-docx
(python3 -m venv /tmp/fresh4-venv && /tmp/fresh4-venv/bin/pip install openpyxl python-docx).
Everything else (PDF, e-mail) is written with the standard library.
Usage: python make_corpus.py [OUTDIR]      (default: the folder this file is in)
"""
import io
import json
import os
import random
import re
import sys
import zipfile
from email.message import EmailMessage
from email.policy import default as POLICY

import docx
import openpyxl
from docx.shared import Pt

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2026, 11, 1, 9, 0, 0)


# ------------------------------------------------------------------ identifiers

def _mod11(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    return 0 if c == 11 else (None if c == 10 else c)


def nhs(seed, lo=400_000_000, hi=799_999_999):
    """A 10-digit number in [lo, hi]*10 that passes the NHS mod-11 check (also H&C ranges)."""
    r = random.Random(seed)
    while True:
        base = r.randint(lo, hi)
        if 500_000_000 <= base < 600_000_000 and lo == 400_000_000:
            continue
        c = _mod11(f"{base:09d}")
        if c is not None:
            return f"{base:09d}{c}"


def hc(seed):
    return nhs(seed, 320_000_000, 399_999_999)


def chi(ddmmyy, female, seed):
    """CHI: DDMMYY + 2 digits + sex digit (even female) + mod-11 check digit."""
    r = random.Random(seed)
    while True:
        mid = f"{r.randint(0, 99):02d}"
        sx = r.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
        d9 = f"{ddmmyy}{mid}{sx}"
        c = _mod11(d9)
        if c is not None:
            return d9 + str(c)


def sp(n):
    """NHS-style spacing 3-3-4."""
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def check_ni(ni):
    a, b = ni[0], ni[1]
    assert a not in "DFIQUV" and b not in "DFIQUVO" and ni[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}, ni
    assert re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", ni), ni
    return ni


# ------------------------------------------------------------------ containers

def fix_zip(data):
    """Rewrite an OOXML zip with fixed timestamps so output is byte-identical run to run."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>2026-11-01T09:00:00Z\2", body)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, body)
    return out.getvalue()


def make_docx(paragraphs, tables=(), author="Staff"):
    """paragraphs: list of str or ('table', idx) markers; tables: list of row lists (first row header)."""
    d = docx.Document()
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for p in paragraphs:
        if isinstance(p, tuple) and p[0] == "table":
            rows = tables[p[1]]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    t.cell(i, j).text = str(v)
        elif isinstance(p, tuple) and p[0] == "bold":
            d.add_paragraph().add_run(p[1]).bold = True
        else:
            d.add_paragraph(p)
    b = io.BytesIO()
    d.save(b)
    return fix_zip(b.getvalue())


def make_xlsx(sheets, author="Staff"):
    """sheets: list of (title, rows)."""
    import datetime as dt
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.created = dt.datetime(2026, 11, 1, 9, 0, 0)
    wb.properties.modified = dt.datetime(2026, 11, 1, 9, 0, 0)
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for row in rows:
            ws.append(list(row))
    b = io.BytesIO()
    wb.save(b)
    return fix_zip(b.getvalue())


def _pdf_str(s):
    s = s.encode("cp1252", "replace").decode("latin-1")
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def make_pdf(pages):
    """pages: list of lists of (x, y, size, bold, text). Hand-written PDF 1.4, Helvetica, uncompressed."""
    objs = []  # index 0 -> object 1

    def add(body):
        objs.append(body)
        return len(objs)

    cat = add(None)
    pages_obj = add(None)
    f1 = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for items in pages:
        ops = []
        for x, y, size, bold, text in items:
            ops.append(f"BT /{'F2' if bold else 'F1'} {size} Tf {x} {y} Td {_pdf_str(text)} Tj ET")
        stream = "\n".join(ops).encode("latin-1")
        c = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        p = add(f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 595 842] "
                f"/Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> >> /Contents {c} 0 R >>")
        kids.append(p)
    objs[cat - 1] = f"<< /Type /Catalog /Pages {pages_obj} 0 R >>"
    objs[pages_obj - 1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        if isinstance(body, str):
            body = body.encode("latin-1")
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offsets:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, xref))
    return out.getvalue()


def pdf_table(x0, y0, cols, rows, size=9, lead=14):
    """Cells of a table as PDF text items; cols = x offsets; first row bold."""
    items = []
    for i, row in enumerate(rows):
        for x, v in zip(cols, row):
            items.append((x0 + x, y0 - i * lead, size, i == 0, str(v)))
    return items


# ------------------------------------------------------------------ mail

def mail(frm, to, subject, date, mid, cc=None, extra=None):
    m = EmailMessage(policy=POLICY)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = f"<{mid}@fresh4.example>"
    for k, v in (extra or {}).items():
        m[k] = v
    return m


def body(m, text, cte="quoted-printable", html=None, html_only=False):
    if cte == "7bit" and not all(ord(ch) < 128 for ch in (text or "") + (html or "")):
        cte = "quoted-printable"
    if html_only:
        m.set_content(html, subtype="html", cte=cte)
    else:
        m.set_content(text, cte=cte)
        if html:
            m.add_alternative(html, subtype="html", cte=cte)
    return m


def attach(m, data, filename, mime):
    if m.get_content_maintype() != "multipart":
        m.make_mixed()
    main, sub = mime.split("/")
    m.add_attachment(data, maintype=main, subtype=sub, filename=filename)


def attach_msg(m, inner):
    if m.get_content_maintype() != "multipart":
        m.make_mixed()
    m.add_attachment(inner)


def fix_boundaries(m, tag):
    n = [0]

    def walk(p):
        if p.is_multipart():
            n[0] += 1
            p.set_boundary(f"----=_fresh4_{tag}_{n[0]:02d}")
            for sub in p.get_payload():
                walk(sub)
        elif p.get_content_type() == "message/rfc822":
            for sub in p.get_payload():
                walk(sub)

    walk(m)


EMAILS = []
TRUTH = []


def emit(fname, m, scenario, tags, ids=None, names=(), ign_names=(), ign=None, subjects=0, cats=(),
         near_miss=False, sev=1, lik=1, rep=False, basis=()):
    fix_boundaries(m, fname.split("-")[0])
    EMAILS.append((fname, m.as_bytes(policy=POLICY)))
    ids = {k: list(dict.fromkeys(v)) for k, v in (ids or {}).items() if v}
    TRUTH.append(dict(file=fname, scenario=scenario, tags=list(tags), identifiers=ids, names=list(names),
                      ignorable_names=list(ign_names), ignorable={k: list(v) for k, v in (ign or {}).items() if v},
                      subjects=subjects, special_categories=list(cats), near_miss=near_miss,
                      no_identifiers=not ids and not names,
                      assessment=dict(severity=sev, likelihood=lik, reportable=rep, basis=list(basis))))


SIG_DISCLAIMER = ("This e-mail and any attachments are confidential and intended solely for the addressee. "
                  "If you have received it in error please tell the sender and delete it.")
BREACH = "Breach Reports <breach@example.nhs.uk>"


# ================================================================== scenarios

def s01():
    n1, n2 = nhs("s01a"), nhs("s01b")
    m = mail("Carys Prosser <Carys.Prosser@wales.nhs.uk>", BREACH,
             "FW: Privacy monitoring alert 26-1184 - Ward 7 - HIGH", "Mon, 23 Nov 2026 09:14:22 +0000", "s01")
    text = f"""Good morning,

Please log the below as a confirmed inappropriate-access incident. I have spoken to the ward manager
(Owain Jenkins) and the member of staff concerned, Gemma Thornton (HCA, Ward 7), has been excluded from
clinical systems pending a disciplinary investigation. HR are aware.

Background as far as we know it: Ms Pugh is the new partner of Gemma's former husband. Mrs Morgan-Davies
lives next door to Gemma. Neither patient has any current episode on Ward 7 and Gemma had no reason to
open either record. Neither patient has been told yet - I'd like to agree the wording of the letters
with you before we contact them. Gemma's own record was also opened but that is her own business and
not part of this incident.

Records viewed include ED attendances, clinic letters and, for Ms Pugh, the antenatal booking summary.

Diolch,
Carys

Carys Prosser
Information Governance Manager | Rheolwr Llywodraethu Gwybodaeth
Glan Hafren University Health Board
Tel: 029 2018 0731

{SIG_DISCLAIMER}

From: Privacy Monitoring <privacy.monitoring@wales.nhs.uk>
Sent: 22 November 2026 23:02
To: Carys Prosser <Carys.Prosser@wales.nhs.uk>
Subject: Privacy monitoring alert 26-1184 - Ward 7 - HIGH

Alert ref:     26-1184 (rule: SAME-ADDRESS-HISTORY / NEIGHBOUR)
Risk score:    92
User:          THORNTON, Gemma   (user id GTHO0417, HCA, Ward 7)

Patients accessed:
  PUGH, Rhiannon      NHS {sp(n1)}   DOB 14/02/1991   LL57 2PW   opened 6 times 19-22 Nov
  MORGAN-DAVIES, Eirlys  NHS {sp(n2)}   DOB 22/09/1958   LL57 2PX   opened 2 times 21 Nov

No legitimate relationship (no encounter, no referral, no ward stay) found for either record.
This alert was generated automatically. Do not reply to this mailbox.
"""
    body(m, text)
    emit("01-snooping-welsh-hb.eml", m, "snooping_staff_perpetrator_named",
         ["snooping", "outlook-forward", "wales", "surname-comma", "perpetrator-not-subject"],
         ids=dict(nhs_number=[n1, n2], date_of_birth=["1991-02-14", "1958-09-22"], postcode=["LL57 2PW", "LL57 2PX"]),
         names=["PUGH, Rhiannon", "MORGAN-DAVIES, Eirlys"],
         ign_names=["Carys Prosser", "Owain Jenkins", "Gemma Thornton", "THORNTON, Gemma"],
         ign=dict(phone_number=["029 2018 0731"], email_address=["carys.prosser@wales.nhs.uk", "privacy.monitoring@wales.nhs.uk"]),
         subjects=2, cats=["health", "reproductive_health"], sev=4, lik=5, rep=True,
         basis=["staff member deliberately opened two patients' records with no legitimate reason (confirmed by audit)",
                "antenatal booking summary viewed for one patient (reproductive health)",
                "the perpetrator is not a data subject; her own record is excluded"])


def s02():
    n = nhs("s02")
    m = mail("Imran Qureshi <imran@kelsoroadpharmacy.co.uk>", BREACH,
             "Delivery to wrong address - Mr K - today", "Tue, 24 Nov 2026 16:40:05 +0000", "s02")
    text = f"""Hi,

Reporting this as our head office tells us to send anything like this to you (we're on the ICB's
contract for the delivery service).

Our driver (Liam) delivered a prescription bag to number 72 Cowper Grove instead of number 27. The lady
at 72, Mrs Eileen Fairbairn, opened the outer bag before she noticed the name and rang us at 13:10. Liam
went straight back and collected it at 13:55, still sealed inside (the inner paper bag was not opened,
she says she only read the label to see who it was for).

What was on the label / repeat slip stapled to the outside:

  Mr Tadeusz Kowalczyk
  27 Cowper Grove, Leeds LS8 5QR
  DOB 03/11/1949    NHS No {sp(n)}
  Tel 07700 900412
  Warfarin 1mg / 3mg tabs, Ramipril 5mg caps, Bisoprolol 2.5mg (dosette, week 48)

Mr Kowalczyk has been told and was fine about it, he knows Mrs Fairbairn. Driver has been reminded to
check house numbers against the manifest (manifest ref DLV-4471-22 if you need it).

Imran Qureshi MRPharmS
Pharmacist Manager, Kelso Road Pharmacy
14 Kelso Road, Leeds LS2 9PE  |  0113 496 0218
"""
    body(m, text, cte="7bit")
    emit("02-pharmacy-wrong-door.eml", m, "misdirected_delivery_recovered",
         ["pharmacy", "wrong-recipient-named", "contained", "england"],
         ids=dict(nhs_number=[n], date_of_birth=["1949-11-03"], postcode=["LS8 5QR"], phone_number=["07700900412"],
                  address=["27 Cowper Grove, Leeds LS8 5QR"]),
         names=["Tadeusz Kowalczyk"],
         ign_names=["Imran Qureshi", "Liam", "Eileen Fairbairn"],
         ign=dict(address=["72 Cowper Grove", "14 Kelso Road, Leeds LS2 9PE"], postcode=["LS2 9PE"],
                  phone_number=["0113 496 0218"], email_address=["imran@kelsoroadpharmacy.co.uk"]),
         subjects=1, cats=["health"], sev=3, lik=2, rep=False,
         basis=["medication list and identifiers seen on a label by a neighbour",
                "bag recovered unopened within an hour; recipient known to the patient; patient informed",
                "wrong recipient (Mrs Fairbairn) is not a data subject"])


def s03():
    n = nhs("s03")
    m = mail("Bernie Quinn <manager@larchfieldhouse.co.uk>", BREACH,
             "Fwd: complaint - Mum's update sent to someone else", "Wed, 25 Nov 2026 21:47:31 +0000", "s03",
             extra={"X-Mailer": "Apple Mail (2.3774.600.62)"})
    text = f"""Hello, I'm not sure if this is the right place, our area manager said to send it here.

So basically on Monday the carer who does the family updates (she's new, bless her, it's her second
week) sent Bridget Gallagher's monthly update to the wrong relative. It went to Declan Moran - his dad
Francis is in room 15 next door to Bridget in room 14 and the two email addresses sit next to each
other in the system. Declan rang Siobhan (Bridget's daughter, they know each other from the lounge) to
say he'd had it and that he'd deleted it, and then Siobhan sent me the below, which I'm forwarding as
she asked me to make it official. She's very upset and I don't blame her. I've apologised on the phone.

Siobhan has asked that I don't send anything to her by email for now so please can any reply come to me.

I've copied the update we sent underneath her email so you can see what went.

Thanks, Bernie

Bernadette Quinn
Registered Manager, Larchfield House Care Home
Wigan WN6 7QT   01632 960144

Begin forwarded message:

From: Siobhan Gallagher <siobhan.gallagher77@gmail.com>
Subject: complaint - Mum's update sent to someone else
Date: 25 November 2026 at 19:02:11 GMT
To: manager@larchfieldhouse.co.uk

Bernie,

I want to make a formal complaint. Declan Moran rang me tonight to say he'd been sent Mum's update
with all her private details in it. He says he's deleted it but that's not the point. I'm her next of
kin and it should have come to me. I want to know how this happened and who else has had it.

Siobhan

----- the update as sent (copied by B. Quinn) -----
To: declan.moran@btinternet.com
Subject: Monthly resident update - Room 14

Dear family member,

Resident: Bridget Gallagher    DOB: 19/03/1936    NHS No: {sp(n)}
Keyworker: Stacey

This month: Bridget had a urine infection (started on trimethoprim 13/11, GP visited). She was more
confused at night for a few days and had one unwitnessed fall on 15/11, no injury. Weight 51.2kg
(down 2kg) so we have started fortified drinks and referred to the dietitian. Memory clinic review is
booked for 08/12/2026.

Kind regards, Larchfield House
"""
    body(m, text, cte="quoted-printable")
    emit("03-carehome-relative-complained.eml", m, "misdirected_email_relative_complainant",
         ["care-home", "apple-forward", "relative-not-subject", "rambling"],
         ids=dict(nhs_number=[n], date_of_birth=["1936-03-19"]),
         names=["Bridget Gallagher"],
         ign_names=["Bernie Quinn", "Bernadette Quinn", "Declan Moran", "Francis", "Siobhan Gallagher", "Stacey"],
         ign=dict(email_address=["manager@larchfieldhouse.co.uk", "siobhan.gallagher77@gmail.com", "declan.moran@btinternet.com"],
                  phone_number=["01632 960144"], postcode=["WN6 7QT"]),
         subjects=1, cats=["health"], sev=3, lik=3, rep=True,
         basis=["health details of a care-home resident sent to another resident's relative at a personal address",
                "deletion only reported second-hand, not confirmed",
                "the complaining daughter and the wrong recipient are not data subjects (none of their data went)"])


def s04():
    nk, nl = nhs("s04k"), nhs("s04l")
    letter = make_docx([
        ("bold", "Rotherfield Borough Council - Children's Social Care"),
        "Civic Centre, Darwall Street, Walsall WS1 1TP",
        "Ms Chantelle Hughes\n41 Brindley Close\nWalsall\nWS2 8LP",
        "Date: 18 November 2026          Our ref: CSC/ICPC/26/0932",
        ("bold", "Invitation to an Initial Child Protection Conference"),
        "Dear Ms Hughes,",
        "Following the strategy discussion held on 10 November 2026, I am writing to invite you to an Initial "
        "Child Protection Conference about your children, listed below. The conference will be held on "
        "1 December 2026 at 10:00 at the Civic Centre (Room 3).",
        ("table", 0),
        "The conference has been called because of concerns about Mr Ryan Oakes's alcohol use and an incident "
        "of domestic abuse at the family home on 2 November 2026, when police attended. Kayden told his teacher "
        "that he had hidden in his room with Lacey. Mr Oakes is also invited and a separate letter has been sent "
        "to him.",
        "Professionals invited: Aled Rees (allocated social worker), Joanne Pickering (health visitor), "
        "Linda Crabtree (designated safeguarding lead, Brindley Primary).",
        "If you need an interpreter or help to attend, please ring the Conference Team on 0121 496 0660.",
        "Yours sincerely,",
        "Nasreen Akhtar\nTeam Manager, Safeguarding and Reviewing",
    ], tables=[[["Child", "Date of birth", "NHS number", "School / setting"],
                ["Kayden HUGHES", "07/06/2017", sp(nk), "Brindley Primary, Year 4"],
                ["Lacey HUGHES-OAKES", "29/01/2022", sp(nl), "Little Acorns Nursery"]]],
        author="Nasreen Akhtar")
    m = mail("Nasreen Akhtar <nasreen.akhtar@rotherfield.gov.uk>", BREACH,
             "Breach report - ICPC invitation delivered to wrong house", "Thu, 26 Nov 2026 11:05:40 +0000", "s04",
             cc="Aled Rees <aled.rees@rotherfield.gov.uk>")
    text = """To the Data Protection Officer,

I am reporting a data breach in Children's Social Care (reference in our system: CSC-DB-26-117).

The attached conference invitation was posted on 18 November to Ms Hughes at 41 Brindley Close but the
envelope was printed with number 14. The occupant of number 14, Mr Paul Abbott, opened and read the
letter, and brought it to the Civic Centre reception on 24 November. He is a neighbour and knows the
family by sight. The children's maternal grandmother, Mrs Sandra Hughes, rang the team yesterday to
complain on the family's behalf after Ms Hughes told her what had happened; Mrs Hughes senior is not
named in the letter.

Ms Hughes and Mr Oakes have both been told. The allocated social worker (Aled, copied) is visiting
today to talk the family through it and to review the safety plan.

A copy of the letter as sent is attached (the returned original is in the locked file).

Nasreen Akhtar
Team Manager, Safeguarding and Reviewing
Rotherfield Borough Council  |  0121 496 0661
"""
    body(m, text, cte="7bit")
    attach(m, letter, "ICPC invitation - Hughes.docx",
           "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    emit("04-childrens-docx-family-letter.eml", m, "misdirected_letter_family_several_subjects",
         ["childrens-services", "docx", "docx-table", "family-members", "safeguarding", "wrong-recipient-named"],
         ids=dict(nhs_number=[nk, nl], date_of_birth=["2017-06-07", "2022-01-29"], postcode=["WS2 8LP"],
                  address=["41 Brindley Close, Walsall WS2 8LP"]),
         names=["Chantelle Hughes", "Kayden HUGHES", "Lacey HUGHES-OAKES", "Ryan Oakes"],
         ign_names=["Nasreen Akhtar", "Aled Rees", "Joanne Pickering", "Linda Crabtree", "Paul Abbott", "Sandra Hughes"],
         ign=dict(email_address=["nasreen.akhtar@rotherfield.gov.uk", "aled.rees@rotherfield.gov.uk"],
                  phone_number=["0121 496 0660", "0121 496 0661"], postcode=["WS1 1TP"],
                  address=["Civic Centre, Darwall Street, Walsall WS1 1TP"]),
         subjects=4, cats=["safeguarding", "substance_misuse", "criminal", "health"], sev=4, lik=4, rep=True,
         basis=["child protection invitation (two children, mother, mother's partner) read by a neighbour",
                "safeguarding, alcohol misuse and a police-attended domestic abuse incident",
                "neighbour who received it and grandmother who complained are not data subjects; professionals are staff"])


def s05():
    n = nhs("s05")
    inner = mail("Kamila Zielinska <kamila.z88@outlook.com>", "Moorside Medical Practice <moorside.reception@nhs.net>",
                 "Letter with someone elses results", "Fri, 27 Nov 2026 08:12:09 +0000", "s05inner")
    body(inner, f"""Hello,

I got a letter from you yesterday. The envelope and the top of the letter have my name and address on
but the results inside are not mine. Not me - I have never had these tests. The results table says:

Patient: Kamil Zieliński
Date of birth: 12/05/1987
NHS number: {sp(n)}

It is his HbA1c, liver function and it says the hepatitis C antibody test was positive and he should
book an appointment with the nurse. I think our names are close so the computer has mixed us up. I
have put it back in the envelope and I will bring it in next week when I am passing.

I am worried he has got my results.

Kamila Zielinska
""", cte="quoted-printable")
    m = mail("Helen Cartwright <helen.cartwright1@nhs.net>", BREACH,
             "FW: Letter with someone elses results", "Fri, 27 Nov 2026 10:31:55 +0000", "s05")
    body(m, """Hi,

Forwarding the patient's email as an attachment as requested in the IG policy.

We've checked - it was a mail-merge error on Tuesday's results letters. Only these two patients are
affected as far as we can see: Kamila's own results went to the right address (we rang her to confirm
her envelope contents later), so it is only Mr Zieliński's data that has gone astray. He has not been
told yet - the GP wants to speak to him about the result first, today if possible.

Helen Cartwright
Practice Manager, Moorside Medical Practice
Tel 0161 496 0733
""", cte="7bit")
    attach_msg(m, inner)
    emit("05-not-me-similar-names-rfc822.eml", m, "misdirected_results_recipient_is_reporter",
         ["gp", "rfc822", "not-me", "similar-names", "polish", "patient-not-told"],
         ids=dict(nhs_number=[n], date_of_birth=["1987-05-12"]),
         names=["Kamil Zieliński"],
         ign_names=["Kamila Zielinska", "Helen Cartwright"],
         ign=dict(email_address=["kamila.z88@outlook.com", "moorside.reception@nhs.net", "helen.cartwright1@nhs.net"],
                  phone_number=["0161 496 0733"]),
         subjects=1, cats=["health"], sev=3, lik=3, rep=True,
         basis=["a positive hepatitis C result read by a member of the public (another patient)",
                "letter not yet returned; the affected patient has not been told",
                "the reporter is the wrong recipient, not a data subject"])


def s06():
    rows = [("Aaliyah Begum", "RSH24117", "04/08/2009"), ("connor mcbride", "RSH24130", "17/02/2008"),
            ("Jake Whitfield", "RSH23981", "30/10/2007"), ("Priya Nair", "RSH24152", "11/12/2008"),
            ("Tomasz Wiśniewski", "RSH22876", "02/03/2006"), ("Erin Docherty", "RSH24166", "25/06/2009")]
    reasons = ["contraception review", "chlamydia treatment + partner notification", "PrEP 3-month review",
               "implant removal", "HIV test result (neg)", "emergency contraception follow-up"]
    lines = "\n".join(f"{i + 1}. {nm}  ({dob})  clinic no {h}  - {r}" for i, ((nm, h, dob), r) in enumerate(zip(rows, reasons)))
    m = mail("Fionnuala Byrne <fionnuala.byrne@nhs.net>", BREACH,
             "lost clinic list - college outreach", "Sat, 28 Nov 2026 18:22:47 +0000", "s06")
    text = f"""Hi sorry to send this on a Saturday, I was told to report asap.

Yesterday (Fri 27th) after the outreach clinic at Ashgate College I left the cardboard wallet with the
paper clinic list on the 42 bus (got off at the hospital stop about 16:50). I rang the bus company
this morning, nothing handed in yet, lost property ref LP-28112-07. My colleague Sinéad was with me and
we've been through the car and the clinic bag. The list had these patients on it (I have the same
names in my diary so this is accurate):

{lines}

The list was handwritten with the reason for attending next to each name. The patients haven't been
told - I don't want to ring them until someone tells me what we say, some of them are under 16 and the
contact numbers we have might be the parents'.

Fionnuala

Fionnuala Byrne, CNS Sexual Health (outreach)
Riverside Sexual Health Service
07700 900815 (work mobile)

Sent from Outlook for Android
"""
    body(m, text, cte="quoted-printable")
    emit("06-lost-sexual-health-list-not-told.eml", m, "lost_paper_list_patients_not_told",
         ["sexual-health", "lost-paper", "lower-case-name", "irish", "children", "patients-not-told"],
         ids=dict(hospital_number=[h for _, h, _ in rows],
                  date_of_birth=["2009-08-04", "2008-02-17", "2007-10-30", "2008-12-11", "2006-03-02", "2009-06-25"]),
         names=[nm for nm, _, _ in rows],
         ign_names=["Fionnuala Byrne", "Sinéad"],
         ign=dict(email_address=["fionnuala.byrne@nhs.net"], phone_number=["07700 900815"]),
         subjects=6, cats=["sexual_health", "reproductive_health", "health"], sev=4, lik=3, rep=True,
         basis=["list of named young people with sexual-health reasons lost on public transport, not recovered",
                "special category (sexual / reproductive health); some under 16",
                "patients not yet told; colleague and reporter are staff"])


def s07():
    # two people per row: mother and baby; one mother has twins (appears twice)
    P = [("Jasmine Okafor", "1994-04-21", "Adaeze Okafor", "2026-10-03", "NE28 6TR", "07700 900301"),
         ("Jasmine Okafor", "1994-04-21", "Chidi Okafor", "2026-10-03", "NE28 6TR", "07700 900301"),
         ("Hollie Armstrong", "2001-08-09", "Baby boy Armstrong", "2026-10-11", "NE29 0AQ", "07700 900302"),
         ("Gurleen Sandhu", "1990-12-30", "Arjun Sandhu", "2026-11-02", "NE30 4DW", "07700 900303"),
         ("Katie Robson", "1997-05-15", "Isla Robson", "2026-11-06", "NE27 0LP", "07700 900304"),
         ("Agnieszka Lewandowska", "1992-02-27", "Zofia Lewandowska", "2026-11-09", "NE12 8EP", "07700 900305")]
    mn = {m_: nhs("s07m" + m_) for m_, *_ in P}
    bn = {b_: nhs("s07b" + b_) for _, _, b_, *_ in P}

    def uk(d):
        y, mo, dd = d.split("-")
        return f"{dd}/{mo}/{y}"

    hdr = ["Mum", "Mum NHS", "Mum DOB", "Baby", "Baby NHS", "Baby DOB", "Postcode", "Mobile", "Screen due"]
    import datetime as dt
    rows = [[a, sp(mn[a]), uk(b), c, sp(bn[c]), uk(d), e, f, "AABR"] for a, b, c, d, e, f in P[:3]]
    # the November tab was typed differently: NHS numbers as numbers, dates as real Excel dates
    rows += [[a, int(mn[a]), dt.datetime.fromisoformat(b), c, int(bn[c]), dt.datetime.fromisoformat(d), e, f, "AABR"]
             for a, b, c, d, e, f in P[3:]]
    x = make_xlsx([("Oct births", [hdr] + rows[:3]), ("Nov births", [hdr] + rows[3:]),
                   ("Screeners", [["Screener", "Base", "Days"], ["Toni Bradshaw", "Tynebridge", "Mon/Wed"],
                                  ["Deepa Menon", "Whitley", "Tue/Thu"]])], author="S Whitlock")
    m = mail("Sharon Whitlock <sharon.whitlock@tynebridge.nhs.uk>", BREACH,
             "Data breach - newborn hearing list emailed to wrong company", "Mon, 30 Nov 2026 14:09:12 +0000", "s07")
    body(m, """Hello IG team,

This morning at 09:40 I emailed the attached newborn hearing screening list for October/November to
bookings@soundstartaudiology.co.uk when it should have gone to the NHS screening team's mailbox (the
addresses auto-complete next to each other). SoundStart are a private hearing-aid company, nothing to do
with us. I have rung them twice and left messages and sent a recall, which failed because it is outside
nhs. No reply yet.

The spreadsheet has mum and baby on each line (one mum has twins so she is on two lines) plus the
screeners' rota on the third tab.

Sorry - Sharon

Sharon Whitlock
Maternity Services Administrator, Tynebridge Hospitals NHS Foundation Trust
0191 498 0117
""", cte="7bit")
    attach(m, x, "NBHS list Oct-Nov 2026.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    emit("07-maternity-xlsx-mother-baby-rows.eml", m, "spreadsheet_two_people_per_row",
         ["maternity", "xlsx", "multi-sheet", "two-per-row", "duplicate-person", "children", "nigerian", "polish", "punjabi"],
         ids=dict(nhs_number=list(mn.values()) + list(bn.values()),
                  date_of_birth=[p[1] for p in P] + [p[3] for p in P],
                  postcode=[p[4] for p in P], phone_number=[p[5].replace(" ", "") for p in P]),
         names=[p[0] for p in P] + [p[2] for p in P if not p[2].startswith("Baby ")],
         ign_names=["Sharon Whitlock", "Toni Bradshaw", "Deepa Menon", "Baby boy Armstrong"],
         ign=dict(email_address=["sharon.whitlock@tynebridge.nhs.uk", "bookings@soundstartaudiology.co.uk"],
                  phone_number=["0191 498 0117"]),
         subjects=11, cats=["health"], sev=3, lik=3, rep=True,
         basis=["6 rows x 2 people, one mother on two rows (twins): 11 people",
                "maternity / newborn screening data sent to an unrelated private company, recall failed",
                "unnamed baby ('Baby boy Armstrong') is still a subject, identified by NHS number and DOB"])


def s08():
    R = [("KAUR, Mohinder", "1938-07-02", "JR452918B", "Gurpreet Kaur", "daughter-in-law", "0116 496 0412", "LE4 6GJ", "dementia (mixed)", 6),
         ("SINGH, Harbhajan", "1935-01-19", "PT731046C", "Gurpreet Kaur", "daughter-in-law", "0116 496 0412", "LE4 6GJ", "stroke - left hemiparesis", 6),
         ("O'BRIEN, Maureen", "1944-10-30", "SN208835A", "Thomas O'Brien", "husband", "07700 900561", "LE5 3RN", "Parkinson's; PEG fed", 10),
         ("WRIGHT, Dennis", "1951-03-12", "WK564172D", "Carol Wright", "wife", "0116 496 0987", "LE3 9QE", "COPD, on home oxygen", 4),
         ("CHAUHAN, Ravi", "1999-09-05", "HB903317A", "Meena Chauhan", "mother", "07700 900562", "LE4 7SL", "learning disability; epilepsy", 8)]
    for r in R:
        check_ni(r[2])

    def uk(d):
        y, mo, dd = d.split("-")
        return f"{dd}/{mo}/{y}"

    lines = ["Cared-for (SURNAME, Forename),DOB,NI No,Carer,Relationship,Carer tel,Postcode,Needs,Respite hrs/wk"]
    for a, b, c, d, e, f, g, h, i in R:
        lines.append(f'"{a}",{uk(b)},{c[:2]} {c[2:4]} {c[4:6]} {c[6:8]} {c[8]},{d},{e},{f},{g},"{h}",{i}')
    csv = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    m = mail("Dylan Pritchard <dylan.pritchard@leicestershire-asc.gov.uk>", BREACH,
             "Data incident: carers respite allocations sent to non-contracted agency",
             "Mon, 30 Nov 2026 16:55:03 +0000", "s08")
    body(m, """Dear Data Protection Officer,

Incident summary for your log (Adult Social Care business support, ref ASC-INC-0412):

On 30/11/2026 at 15:12 I sent the December carers' respite allocation file (attached) to
rotas@brightcarehomecare.co.uk. The file was meant for Bright Horizons Home Care (our contracted
provider), but I picked the wrong Bright... from the address book: Bright Care Home Care Ltd are not
contracted by us and have no reason to see it. I have emailed them asking them to delete it and confirm
in writing. No response yet.

The file has one line per cared-for person with their carer on the same line. One carer (Mrs Kaur)
cares for both of her parents-in-law so she appears twice.

Regards,

Dylan Pritchard
Business Support Officer, Adult Social Care
0116 496 0001
""", cte="quoted-printable")
    attach(m, csv, "respite_allocations_dec26.csv", "text/csv")
    emit("08-asc-csv-carer-per-row.eml", m, "csv_two_people_per_row_duplicate_carer",
         ["social-care", "csv", "two-per-row", "surname-comma", "ni-number", "duplicate-person", "punjabi", "irish"],
         ids=dict(date_of_birth=[r[1] for r in R], ni_number=[r[2] for r in R],
                  phone_number=sorted({r[5].replace(" ", "") for r in R}), postcode=sorted({r[6] for r in R})),
         names=[r[0] for r in R] + sorted({r[3] for r in R}),
         ign_names=["Dylan Pritchard"],
         ign=dict(email_address=["dylan.pritchard@leicestershire-asc.gov.uk", "rotas@brightcarehomecare.co.uk"],
                  phone_number=["0116 496 0001"]),
         subjects=9, cats=["health"], sev=3, lik=3, rep=True,
         basis=["5 cared-for people + 4 distinct carers (one carer on two rows) = 9",
                "health and care needs, NI numbers sent to an uncontracted external company; deletion not confirmed"])


def s09():
    n_m, n_i, n_g = nhs("s09m"), nhs("s09i"), nhs("s09g")
    d = make_docx([
        ("bold", "Oakwood Dental Care"),
        "221 Cathedral Road, Cardiff CF11 9PL  |  029 2018 0402",
        "To: Oral Surgery Referral Management Centre",
        "Date: 20/11/2026",
        ("bold", "Referral batch - week 47"),
        "Please find below this week's referrals for oral surgery assessment.",
        ("table", 0),
        "Referring dentist: Rhys Llewellyn GDC 123456",
    ], tables=[[["Patient", "D.O.B.", "NHS no.", "Parent / guardian", "Contact", "Reason for referral"],
                ["Megan Hopkins", "14/09/2015", sp(n_m), "Lisa Hopkins (mother)", "029 2018 0977",
                 "Impacted upper canine, child - assessment for exposure"],
                ["Mohammed Iqbal", "02/01/1979", sp(n_i), "", "07700 900634", "LR8 impacted, recurrent pericoronitis"],
                ["THOMAS Gwilym", "23/06/1962", sp(n_g), "", "029 2018 0981",
                 "Multiple extractions; very anxious, IV sedation requested"]]],
        author="Rebecca Lewis")
    m = mail("Rebecca Lewis <practice@oakwooddentalcare.co.uk>", BREACH,
             "FW: Referral batch wk 47 - sent to wrong Oakwood", "Tue, 01 Dec 2026 09:02:18 +0000", "s09")
    body(m, """Hello,

I sent our oral surgery referral batch (attached) to Oakwood Dental Laboratory in Bristol instead of the
referral centre on 20/11 - we only noticed because the lab replied, see below. Their reply says it has
been deleted and they have put that in writing. We have told the three patients and Megan's mum.

Rebecca Lewis
Practice Manager, Oakwood Dental Care

---------- Forwarded message ---------
From: Oakwood Dental Laboratory <info@oakwooddentallab.co.uk>
Date: Mon, 30 Nov 2026 at 17:45
Subject: RE: Referral batch - week 47
To: <practice@oakwooddentalcare.co.uk>

Hi, this isn't for us - we're the lab, not the hospital. Not me you want! I've deleted it from our
inbox and deleted items, nobody else here has opened it and it hasn't been printed.

Kind regards
Tom Bevan
Oakwood Dental Laboratory Ltd
""", cte="7bit")
    attach(m, d, "Referrals wk47.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    emit("09-dental-docx-table-guardian.eml", m, "docx_table_guardian_subject_contained",
         ["dental", "docx", "docx-table", "wales", "guardian-is-subject", "not-me-deleted", "surname-first", "child"],
         ids=dict(nhs_number=[n_m, n_i, n_g], date_of_birth=["2015-09-14", "1979-01-02", "1962-06-23"],
                  phone_number=["02920180977", "07700900634", "02920180981"]),
         names=["Megan Hopkins", "Mohammed Iqbal", "THOMAS Gwilym", "Lisa Hopkins"],
         ign_names=["Rebecca Lewis", "Tom Bevan", "Rhys Llewellyn"],
         ign=dict(email_address=["practice@oakwooddentalcare.co.uk", "info@oakwooddentallab.co.uk"],
                  phone_number=["029 2018 0402"], postcode=["CF11 9PL"], address=["221 Cathedral Road, Cardiff CF11 9PL"]),
         subjects=4, cats=["health"], sev=3, lik=2, rep=False,
         basis=["3 patients + the child's mother (her name and phone are in the table) = 4",
                "recipient is a dental supplier and confirmed deletion in writing; all told",
                "child involved; clinical referral reasons"])


def s10():
    pts = [("Morag MacLeod", "120347", True, 79, "IV2 3BW", "Raigmore ED", "fall, ?NOF"),
           ("Hamish Sutherland", "050661", False, 65, "IV30 1JJ", "Dr Gray's", "chest pain, ECG done"),
           ("Catriona Munro", "281188", True, 38, "KW1 4NF", "Caithness General", "miscarriage, bleeding PV"),
           ("Lachlan MacKenzie", "190902", False, 24, "IV15 9UH", "Raigmore ED", "overdose - paracetamol 32 tabs")]
    chis = [chi(d, f, "s10" + n) for n, d, f, *_ in pts]
    rows = [["Inc no", "Call sign", "Patient", "CHI", "Age", "Pick-up", "To", "Notes"]]
    for i, ((nm, _, _, age, pc, dest, note), c) in enumerate(zip(pts, chis)):
        rows.append([f"INC-2611-{4471 + i * 13:05d}", f"HN{14 + i}", nm, c, age, pc, dest, note])
    items = [(40, 800, 14, True, "Highland & Islands Patient Transport Hub"),
             (40, 782, 10, False, "Conveyance log - North sector - 24/11/2026 - page 1 of 1"),
             (40, 766, 9, False, "OFFICIAL-SENSITIVE: patient identifiable. Do not forward.")]
    items += pdf_table(40, 740, [0, 62, 100, 190, 255, 280, 330, 410], rows, size=8)
    items += [(40, 640, 9, False, "Controller on shift: Iain Matheson   Hub tel 0131 496 0245")]
    pdf = make_pdf([items])
    m = mail("Iain Matheson <iain.matheson@nhs.scot>", BREACH,
             "Conveyance log sent to old taxi contractor gmail", "Tue, 24 Nov 2026 22:31:40 +0000", "s10")
    body(m, """Evening,

Reporting an incident from tonight's shift. At 21:50 I sent the north sector conveyance log (attached)
to the non-emergency transport contractor so they could plan tomorrow's returns. I used the address
from the old contract (highlandcabs.inverness@gmail.com) - the contract moved to Glen Coaches in October
and that gmail belongs to the previous owner, who we no longer have any agreement with. I've asked him to
delete it but he hasn't answered his phone.

4 patients on the log. The incident numbers and call signs are ours, not the patients'.

Iain Matheson
Duty Controller, Highland & Islands Patient Transport Hub
""", cte="7bit")
    attach(m, pdf, "conveyance_log_24-11-2026.pdf", "application/pdf")
    emit("10-ambulance-pdf-table-chi.eml", m, "pdf_table_chi_external_gmail",
         ["ambulance", "pdf", "pdf-table", "scotland", "chi", "decoys"],
         ids=dict(chi_number=chis, postcode=[p[4] for p in pts]),
         names=[p[0] for p in pts],
         ign_names=["Iain Matheson"],
         ign=dict(email_address=["iain.matheson@nhs.scot", "highlandcabs.inverness@gmail.com"], phone_number=["0131 496 0245"]),
         subjects=4, cats=["health", "reproductive_health", "mental_health"], sev=4, lik=3, rep=True,
         basis=["4 conveyed patients with CHI numbers and presenting complaints sent to a former contractor's gmail",
                "includes a miscarriage and an overdose (reproductive / mental health)",
                "incident numbers and call signs are decoys"])


def s11():
    h = hc("s11")
    items = [(60, 790, 13, True, "Western Health and Social Care Trust (fictional)"),
             (60, 774, 9, False, "Cardiology Outpatients, Foyleside Hospital, Glenshane Road, Londonderry BT47 6SB"),
             (60, 740, 10, False, "Dr Orla McCann, Bogside Family Practice"),
             (60, 712, 10, True, "Re: Seamus DEVLIN   DOB 08/08/1956   H&C No " + sp(h)),
             (60, 698, 10, False, "Address: 5 Creggan Heights, Londonderry BT48 9QF"),
             (60, 670, 10, False, "Diagnosis: 1. Ischaemic cardiomyopathy, LVEF 30%  2. Paroxysmal atrial fibrillation"),
             (60, 650, 10, False, "I reviewed Mr Devlin in clinic today, accompanied by his wife. He remains breathless on"),
             (60, 636, 10, False, "moderate exertion (NYHA II-III). I have increased bisoprolol to 5mg and referred him for"),
             (60, 622, 10, False, "consideration of an ICD. He tells me he has cut down to 10 units of alcohol a week."),
             (60, 602, 10, False, "Family history: his younger brother, Eamon Devlin, had an ICD fitted here in 2023 for a"),
             (60, 588, 10, False, "similar cardiomyopathy; I would suggest Eamon's children are offered screening too."),
             (60, 560, 10, False, "Yours sincerely,"),
             (60, 532, 10, False, "Dr Conor Breslin, Consultant Cardiologist"),
             (60, 518, 9, False, "cc: Mr Seamus Devlin (patient copy)")]
    pdf = make_pdf([items])
    m = mail("Grainne Doherty <grainne.doherty@westerntrust.hscni.net>", BREACH,
             "FW: FW: Letter received in error - Devlin", "Wed, 02 Dec 2026 10:12:00 +0000", "s11")
    body(m, """For the breach log please - forwarded from Complaints. PDF of the letter attached (scanned copy
returned by Mr Patrick Devlin).

Grainne Doherty | Information Governance Officer | Western HSC Trust | 028 9649 6120

From: Complaints Department <complaints@westerntrust.hscni.net>
Sent: 01 December 2026 16:40
To: Grainne Doherty <grainne.doherty@westerntrust.hscni.net>
Subject: FW: Letter received in error - Devlin

Grainne - one for IG. Mr Devlin (the complainant) is not a patient of cardiology. Letter generated
from PAS with the wrong Devlin picked at the patient-copy step.
Kieran

From: Patrick Devlin <pdevlin.derry@gmail.com>
Sent: 30 November 2026 20:15
To: complaints@westerntrust.hscni.net
Subject: Letter received in error

To whom it concerns,

I have received a letter from the cardiology clinic at Foyleside that is meant for my cousin Seamus. It
came to my house at 12 Glen Road, BT47 2AW. We share a name and a birthday month but that's it, we are
not close and I don't think he would want me knowing about his heart or his drinking. I have not told
him or anyone in the family. A scan is attached and I will post the original back.

Please make sure this doesn't happen again.

Patrick Devlin
""", cte="quoted-printable")
    attach(m, pdf, "scan_letter_returned.pdf", "application/pdf")
    emit("11-ni-pdf-letter-cousin-nested.eml", m, "misdirected_letter_same_surname_relative",
         ["northern-ireland", "hc-number", "pdf", "nested-forward-3", "relative-wrong-recipient", "surname-caps", "family-members"],
         ids=dict(hc_number=[h], date_of_birth=["1956-08-08"], postcode=["BT48 9QF"],
                  address=["5 Creggan Heights, Londonderry BT48 9QF"]),
         names=["Seamus DEVLIN", "Eamon Devlin"],
         ign_names=["Patrick Devlin", "Grainne Doherty", "Kieran", "Orla McCann", "Conor Breslin"],
         ign=dict(email_address=["grainne.doherty@westerntrust.hscni.net", "complaints@westerntrust.hscni.net",
                                 "pdevlin.derry@gmail.com"],
                  phone_number=["028 9649 6120"], postcode=["BT47 6SB", "BT47 2AW"],
                  address=["12 Glen Road, BT47 2AW", "Glenshane Road, Londonderry BT47 6SB"]),
         subjects=2, cats=["health", "genetic"], sev=4, lik=3, rep=True,
         basis=["cardiology letter (diagnosis, alcohol intake) read by the patient's cousin",
                "the letter also gives the brother's device and inherited condition: he is a second subject",
                "inherited-cardiomyopathy family screening is genetic information",
                "the cousin is the wrong recipient and complainant, not a data subject; the wife is unnamed"])


def s12():
    rec = [("Ben Hargreaves", "benh1984@gmail.com"), (None, "kwame.asante@yahoo.co.uk"),
           ("Rory Ó Súilleabháin", "rory.os@outlook.ie"), ("Dev Patel", "devp.2k@hotmail.co.uk"),
           (None, "liam.fitzgerald1@icloud.com"), ("Marek Kowalski", "marek.k77@gmail.com"),
           ("Jordan Ellis", "jordan.ellis@protonmail.com"), ("Sam Whitaker", "sam.whitaker92@gmail.com")]
    to_line = "; ".join((f"{n} <{e}>" if n else e) for n, e in rec[:4]) + "; Tash Greene <tash.greene@nhs.net>; " + \
        "; ".join((f"{n} <{e}>" if n else e) for n, e in rec[4:])
    m = mail("Dr Anjali Rao <anjali.rao@nhs.net>", BREACH,
             "FW: Positive Voices - December meet-up", "Thu, 03 Dec 2026 12:20:44 +0000", "s12")
    body(m, f"""Dear IG team,

Please see below. Our admin sent the peer-support group invitation with everyone in the To line instead
of Bcc. The group is for people living with HIV, so anyone on the list can now see the others' email
addresses (several include full names). One of the group, Liam, rang the clinic this morning very upset.
Tash (our peer support worker) was also on the To line but she is staff.

The sender (Marcus) has tried to recall it - the recall only works on nhs.net so it will not have
worked for these personal accounts. We are writing to each member today.

Anjali

Dr Anjali Rao
Consultant in HIV Medicine, Beacon Clinic
020 7946 0581

________________________________
From: Marcus Bell <marcus.bell3@nhs.net>
Sent: 02 December 2026 17:03
To: {to_line}
Subject: Positive Voices - December meet-up

Hi all,

Our December Positive Voices meet-up is on Thursday 17th at 6.30pm in the usual room. Tash will be
there with mince pies! Remember your clinic appointment cards are not needed for the group.

Thanks, Marcus
Beacon Clinic (HIV and sexual health)
""", cte="quoted-printable")
    emit("12-hiv-group-to-not-bcc.eml", m, "to_not_bcc_recipients_are_subjects",
         ["sexual-health", "hiv", "to-not-bcc", "staff-in-to-line", "complainant-is-subject", "irish-accents"],
         ids=dict(email_address=[e for _, e in rec]),
         names=[n for n, _ in rec if n],
         ign_names=["Anjali Rao", "Marcus Bell", "Tash Greene", "Tash", "Liam", "Marcus"],
         ign=dict(email_address=["anjali.rao@nhs.net", "marcus.bell3@nhs.net", "tash.greene@nhs.net"],
                  phone_number=["020 7946 0581"]),
         subjects=8, cats=["sexual_health", "health"], sev=4, lik=3, rep=True,
         basis=["8 patients' personal addresses exposed to each other in an HIV peer-support group mail",
                "membership reveals HIV status; recall cannot reach personal accounts",
                "the peer-support worker on the To line is staff, not a subject"])


def s13():
    board = [("3", "Edna Pryce", "DNACPR - end of life, family visiting, mouth care 2hrly"),
             ("5", "Harold Booth", "Diabetic - insulin 8am/6pm, BM before meals"),
             ("7", "Winifred Ashworth", "Falls risk, UTI - antibiotics day 3, fluids chart")]
    trs = "".join(f"<tr><td>Rm {r}</td><td>{n}</td><td>{x}</td></tr>" for r, n, x in board)
    html = f"""<html><body style="font-family:Calibri,sans-serif">
<p>Hi Steve,</p>
<p>Forwarding as discussed. I have spoken to Chelsea Barker (carer, nights) and she took the post down at
11:40 this morning - it had been up since about 06:30 and had 40-odd reactions and some shares. It is a
selfie in the nurses' station at the end of her shift, and the handover whiteboard is readable behind her.
I have zoomed in on the screenshot Janet sent and typed out what can be read:</p>
<table border="1" cellpadding="3"><tr><th>Room</th><th>Resident</th><th>Board note</th></tr>{trs}</table>
<p>Janet Whitworth (her dad Dennis is in room 11 - he is not on the board) saw it on Facebook and rang me,
then emailed the screenshot. Families of the three residents have not been told yet, I wanted to check
with you first. Edna's family are with her now.</p>
<p>Kerry-Ann</p>
<p>Kerry-Ann Lyle<br>Deputy Manager, Meadowcroft Nursing Home<br>Blackburn BB2 6LY &middot; 01632 960381</p>
<hr>
<p><b>From:</b> Janet Whitworth &lt;janet.whitworth@hotmail.co.uk&gt;<br><b>Sent:</b> 04 December 2026 08:02<br>
<b>To:</b> meadowcroft.office@meadowcroftcare.co.uk<br><b>Subject:</b> Facebook post - please look</p>
<p>Kerry-Ann, one of your carers has put a photo on Facebook and you can read the whiteboard behind her
with people's names and what's wrong with them. Screenshot attached. I'd want to know if it was my dad.
Janet</p>
</body></html>"""
    m = mail("Kerry-Ann Lyle <kerryann.lyle@meadowcroftcare.co.uk>", "Steve Marsden DPO <dpo@meadowcroftcare.co.uk>",
             "FW: Facebook post - please look", "Fri, 04 Dec 2026 12:15:09 +0000", "s13",
             cc=BREACH)
    body(m, None, html=html, html_only=True, cte="quoted-printable")
    emit("13-social-media-whiteboard-html.eml", m, "social_media_post_published",
         ["care-home", "social-media", "html-only", "html-table", "perpetrator-not-subject", "relative-not-subject"],
         names=[n for _, n, _ in board],
         ign_names=["Steve Marsden", "Steve", "Chelsea Barker", "Janet Whitworth", "Janet", "Dennis", "Kerry-Ann Lyle", "Kerry-Ann"],
         ign=dict(email_address=["kerryann.lyle@meadowcroftcare.co.uk", "dpo@meadowcroftcare.co.uk",
                                 "janet.whitworth@hotmail.co.uk", "meadowcroft.office@meadowcroftcare.co.uk"],
                  phone_number=["01632 960381"], postcode=["BB2 6LY"]),
         subjects=3, cats=["health"], sev=3, lik=4, rep=True,
         basis=["residents' names with health notes (DNACPR, diabetes, UTI) published on Facebook for about 5 hours, shared",
                "the carer who posted, the relative who reported and her father are not data subjects"])


def s14():
    na, nk, nb = nhs("s14a"), nhs("s14k"), nhs("s14b")
    m = mail("Andrew Kemp <andrew.kemp@nhs.net>", BREACH,
             "Confidential - complaint re receptionist access (Sharma)", "Fri, 04 Dec 2026 15:45:30 +0000", "s14")
    body(m, f"""Dear DPO,

I am reporting a confirmed inappropriate access by a member of our reception team.

On 01/12/2026 we received a written complaint from Mr Rajesh Sharma. He says that at a family wedding on
28/11 our receptionist, Pooja Mehta, who is a family acquaintance, mentioned his wife's fertility clinic
referral to other guests. His wife, Mrs Anita Sharma, had told nobody outside the family. Mr Sharma asked
us to check whether his mother's record had also been looked at.

The EMIS audit trail for user PMEHTA, 20/11 - 01/12:

  Date/time          User     Patient                         NHS no        Action
  21/11/2026 13:02   PMEHTA   SHARMA, Anita (Mrs)             {sp(na)}  Consultations viewed; Referral letters viewed
  21/11/2026 13:05   PMEHTA   SHARMA, Anita (Mrs)             {sp(na)}  Document: Fertility referral (Hewitt Centre) opened
  24/11/2026 09:47   PMEHTA   SHARMA, Kamla Devi (Mrs)        {sp(nk)}  Medication list viewed; Problems viewed
  24/11/2026 09:51   PMEHTA   BHATT, Nikhil (Mr)              {sp(nb)}  Appointment booked (telephone request)

The access to Mr Bhatt's record was legitimate - he rang to book and the call is on the phone log. There
is no work reason for either Mrs Sharma's records. Mr Sharma's own record was not opened.

Ms Mehta has been suspended pending investigation. Mrs Anita Sharma has been told; Mrs Kamla Devi Sharma
has not yet been told (her son is going to be with her when we ring on Monday).

Andrew Kemp
Practice Manager, Fernlea Surgery, Southall
020 7946 0902
""", cte="7bit")
    emit("14-gp-snooping-audit-trail.eml", m, "snooping_with_legitimate_access_in_log",
         ["gp", "snooping", "audit-trail", "text-table", "surname-comma", "south-asian",
          "relative-complainant-not-subject", "legitimate-access-not-subject"],
         ids=dict(nhs_number=[na, nk]),
         names=["SHARMA, Anita", "SHARMA, Kamla Devi"],
         ign_names=["Andrew Kemp", "Rajesh Sharma", "Pooja Mehta", "PMEHTA", "BHATT, Nikhil"],
         ign=dict(nhs_number=[nb], email_address=["andrew.kemp@nhs.net"], phone_number=["020 7946 0902"]),
         subjects=2, cats=["reproductive_health", "health"], sev=4, lik=5, rep=True,
         basis=["audit confirms the receptionist opened two family members' records without reason",
                "fertility referral disclosed at a wedding: misuse has occurred",
                "complaining husband, the perpetrator and the legitimately-accessed patient are not subjects"])


def s15():
    pts = [("1", "JONES Alwyn", "84", "RBA1184023", "NSTEMI, for angio Weds, DNACPR in place"),
           ("2", "OKONKWO Grace", "61", "RBA1190377", "sepsis ?biliary, IV tazocin"),
           ("4", "MURPHY Padraig", "47", "RBA1201952", "alcohol withdrawal - CIWA 4hrly, pabrinex"),
           ("5", "BIBI Rukhsana", "72", "RBA1177604", "CAP, O2 2L, for discharge to daughter's"),
           ("6", "NOWAK Zofia", "90", "RBA1165518", "#NOF post-op day 2, delirium, 1:1 at night")]
    lines = "\n".join(f"Bed {b}  {n}  {a}  {h}  {x}" for b, n, a, h, x in pts)
    inner = mail("Gareth Lloyd <gaz.lloyd@btinternet.com>", "PALS <pals@staldhelms.nhs.uk>",
                 "Found this in your car park", "Sat, 05 Dec 2026 13:48:02 +0000", "s15inner")
    body(inner, f"""Hi,

I found a folded sheet of paper on the floor of the multi-storey, level 2, this morning. It's got your
logo on and Ward 21 Handover at the top, and patients' names on it. I've typed the first lines out so
you know which one it is:

{lines}

there's more on the back. My mum was on a ward here last week which is why I bothered. I've got it
in the car, I can drop it to the main reception on Monday or you can send someone, my number is
07700 900176.

Gareth
""", cte="8bit")
    m = mail("Ruth Adeyemi <ruth.adeyemi@staldhelms.nhs.uk>", BREACH,
             "FW: Found this in your car park", "Sat, 05 Dec 2026 15:02:44 +0000", "s15")
    body(m, """Forwarded as attachment. Weekend on-call manager informed; security are collecting the sheet
from Mr Lloyd this afternoon. Ward 21 sister confirms it's Friday night's handover (front and back,
12 beds). The patients on the back are not known to us yet - I will send the full list when the
sheet is back.

Ruth Adeyemi, PALS Officer, St Aldhelm's Hospital, Bristol BS10 5NB, 0117 496 0340
""", cte="7bit")
    attach_msg(m, inner)
    emit("15-lost-handover-found-rfc822.eml", m, "lost_handover_found_by_public",
         ["acute", "rfc822", "lost-paper", "surname-first-no-comma", "finder-not-subject", "nigerian", "irish", "polish"],
         ids=dict(hospital_number=[p[3] for p in pts]),
         names=[p[1] for p in pts],
         ign_names=["Gareth Lloyd", "Gareth", "Ruth Adeyemi"],
         ign=dict(email_address=["gaz.lloyd@btinternet.com", "pals@staldhelms.nhs.uk", "ruth.adeyemi@staldhelms.nhs.uk"],
                  phone_number=["07700 900176", "0117 496 0340"], postcode=["BS10 5NB"]),
         subjects=5, cats=["health", "substance_misuse"], sev=4, lik=3, rep=True,
         basis=["ward handover sheet with diagnoses lost in a public car park, read by a member of the public",
                "5 patients identifiable from the e-mail (more on the back, unknown yet); one alcohol withdrawal",
                "the finder is not a data subject"])


def s16():
    n = nhs("s16")
    m = mail("shannon cole <shannon.cole@nhs.net>", BREACH,
             "wrong gp", "Mon, 07 Dec 2026 11:58:10 +0000", "s16")
    body(m, f"""hi

sent the discharge summary for bed 12 to the wrong gp on fri, it was for margaret o'neill dob 03/04/41
nhs {n} 12 fairfield rd ne4 9ap. went to hollybank surgery (hollybank.surgery@nhs.net) not
her own gp at westgate. her son kevin rang the ward today to say westgate didnt have it thats how we
found out. ive emailed hollybank and they said they will delete it and theyve confirmed by email. the
patient hasnt been told, she went home fri.

shannon
ward clerk ward 22
""", cte="7bit")
    emit("16-lowercase-clerk-wrong-gp-nhsnet.eml", m, "misdirected_within_nhs_trusted",
         ["acute", "lower-case", "trusted-domain", "relative-not-subject", "patient-not-told", "irish"],
         ids=dict(nhs_number=[n], date_of_birth=["1941-04-03"], postcode=["NE4 9AP"], address=["12 fairfield rd ne4 9ap"]),
         names=["margaret o'neill"],
         ign_names=["shannon cole", "shannon", "kevin"],
         ign=dict(email_address=["shannon.cole@nhs.net", "hollybank.surgery@nhs.net"]),
         subjects=1, cats=["health"], sev=3, lik=2, rep=False,
         basis=["discharge summary sent to another GP practice on nhs.net (trusted, bound by confidentiality)",
                "recipient confirmed deletion by e-mail", "son who noticed is not a subject"])


def s17():
    c = chi("270553", True, "s17")
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<div style="font-family:Arial;font-size:11pt">
<p>Hi there,</p>
<p>A customer, Mr Hamish Buchanan, has emailed us back to say the "your eye examination summary" email he
got last night was not his. Our booking system sent him the summary for the customer before him in the
diary. His reply is below. I have asked him to delete it and he says he has, but I can't check that.</p>
<p>Ailsa Grant<br>Practice Manager, Clearview Opticians, 41 High Street, Paisley PA1 2AY<br>0141 496 0723</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">
<p><b>From:</b> Hamish Buchanan &lt;hamish.buchanan@btinternet.com&gt;<br>
<b>Sent:</b> Tuesday, 8 December 2026 07:55<br><b>To:</b> appointments@clearviewopticians.co.uk<br>
<b>Subject:</b> RE: Your eye examination summary</p>
<p>This is not me. I was in at 4.40 yesterday but this is someone else's. I've deleted it. Hamish</p>
<p><b>From:</b> appointments@clearviewopticians.co.uk<br><b>Subject:</b> Your eye examination summary</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><td><b>Customer</b></td><td>Mrs Morag TULLOCH</td></tr>
<tr><td><b>Date of birth</b></td><td>27/05/1953</td></tr>
<tr><td><b>CHI</b></td><td>{c}</td></tr>
<tr><td><b>Address</b></td><td>Flat 2/1, 18 Glenpatrick Road, Elderslie, PA5 9AE</td></tr>
<tr><td><b>Findings</b></td><td>Background diabetic retinopathy R1 both eyes; early cataract L; IOP 17/18</td></tr>
<tr><td><b>Rx</b></td><td>R +2.25/-0.50x90 L +2.50/-0.75x85 Add +2.50</td></tr>
<tr><td><b>Next</b></td><td>Recall 12 months; letter to GP re retinopathy</td></tr>
</table>
<p>Clearview Opticians &middot; Appointment ref APP-77310</p>
</blockquote></div></body></html>"""
    m = mail("Ailsa Grant <ailsa@clearviewopticians.co.uk>", BREACH,
             "Eye exam summary emailed to wrong customer", "Tue, 08 Dec 2026 09:30:00 +0000", "s17")
    body(m, None, html=html, html_only=True, cte="base64")
    emit("17-optician-html-only-chi.eml", m, "html_only_wrong_customer",
         ["optician", "html-only", "base64", "scotland", "chi", "not-me-deleted", "wrong-recipient-named"],
         ids=dict(chi_number=[c], date_of_birth=["1953-05-27"], postcode=["PA5 9AE"],
                  address=["Flat 2/1, 18 Glenpatrick Road, Elderslie, PA5 9AE"]),
         names=["Morag TULLOCH"],
         ign_names=["Hamish Buchanan", "Hamish", "Ailsa Grant"],
         ign=dict(email_address=["ailsa@clearviewopticians.co.uk", "hamish.buchanan@btinternet.com",
                                 "appointments@clearviewopticians.co.uk"],
                  phone_number=["0141 496 0723"], postcode=["PA1 2AY"], address=["41 High Street, Paisley PA1 2AY"]),
         subjects=1, cats=["health"], sev=3, lik=3, rep=True,
         basis=["eye examination results (diabetic retinopathy) and CHI sent to another member of the public",
                "deletion claimed by an unrelated member of the public, unverifiable"])


def s18():
    n = nhs("s18")
    m = mail("Owen Price <owen.price2@wales.nhs.uk>", BREACH,
             "URGENT - care plan sent to patient's ex-partner", "Tue, 08 Dec 2026 13:14:27 +0000", "s18",
             cc="Bethan Morris <bethan.morris@wales.nhs.uk>")
    body(m, f"""Urgent incident report - Penllergaer Community Mental Health Team

At 10:02 today I emailed a care and treatment plan review to the email address on WCCIS for my
patient. That address turned out to be her ex-husband's (Darren Brennan) - it was the family's shared
address from 2019 and was never updated. He replied at 12:40 (below). The patient has NOT been told yet;
I am arranging a joint visit with my team manager (Bethan, copied) this afternoon. There is a history of
coercive control and she moved last year; the plan contains her new address.

Owen Price
Care Coordinator / CPN, Penllergaer CMHT
Swansea Bay (fictional board for this report)

> From: Darren Brennan <dazb1981@hotmail.com>
> Sent: 08 December 2026 12:40
> To: Owen Price <owen.price2@wales.nhs.uk>
> Subject: RE: Care and Treatment Plan review
>
> Not me mate, I deleted it. You want to sort your records out.
>
>> From: Owen Price
>> Sent: 08 December 2026 10:02
>> Subject: Care and Treatment Plan review
>>
>> Care and Treatment Plan - review 08/12/2026
>> Name: Niamh Brennan      DOB: 16/10/1986      NHS: {sp(n)}
>> Address: 9 Heol y Nant, Gorseinon, Swansea SA4 4FD     Mobile 07700 900928
>> Diagnosis: recurrent depressive disorder; PTSD
>> Risk: history of overdose (2024); current risk assessed as moderate. Ex-partner not to be
>>   given any information (safeguarding plan, MARAC 2025).
>> Children: Ella Brennan (9) and Finn Brennan (6) live with Niamh; school aware of the
>>   safeguarding plan. Social worker: Hywel Jones.
>> Medication: sertraline 150mg, prazosin 2mg.
>> Next review: March 2027.
""", cte="base64")
    emit("18-mh-careplan-ex-partner-base64.eml", m, "misdirected_to_abusive_ex_partner",
         ["mental-health", "base64", "wales", "quoted-reply", "not-me-deleted", "patient-not-told",
          "children-are-subjects", "wrong-recipient-named", "irish"],
         ids=dict(nhs_number=[n], date_of_birth=["1986-10-16"], postcode=["SA4 4FD"], phone_number=["07700900928"],
                  address=["9 Heol y Nant, Gorseinon, Swansea SA4 4FD"]),
         names=["Niamh Brennan", "Ella Brennan", "Finn Brennan"],
         ign_names=["Owen Price", "Bethan Morris", "Bethan", "Darren Brennan", "Hywel Jones"],
         ign=dict(email_address=["owen.price2@wales.nhs.uk", "bethan.morris@wales.nhs.uk", "dazb1981@hotmail.com"]),
         subjects=3, cats=["mental_health", "safeguarding", "health"], sev=4, lik=4, rep=True,
         basis=["mental health care plan with new address sent to an ex-partner subject to a safeguarding plan",
                "'deleted' claim from the person she is protected from carries no weight; patient not told",
                "her two children are named with the safeguarding plan: 3 subjects; the ex-partner is the recipient"])


def s19():
    m = mail("Joanne Walsh <joanne.walsh7@nhs.net>", BREACH,
             "FW: Message blocked - is this a breach?", "Wed, 09 Dec 2026 17:20:03 +0000", "s19")
    body(m, """Hi, I got this when I tried to send my clinic list to my home email so I could finish the letters
tonight. It didn't go. Is this something I need to report? It was only going to me.

Jo
Joanne Walsh, Medical Secretary, Diabetes & Endocrinology

-----Original Message-----
From: Microsoft Outlook <postmaster@nhs.net>
Sent: 09 December 2026 17:11
To: Joanne Walsh <joanne.walsh7@nhs.net>
Subject: Your message couldn't be delivered: policy violation

Your message to j.walsh1975@gmail.com couldn't be delivered.

Policy: NHSmail - Sensitive information to external recipients (block)
Matched: UK National Health Service Number (14 instances, high confidence) in attachment
"clinic_list_wk50.xlsx"
Action: Message blocked. No copy was delivered to any recipient.
Incident ID: 7c1d0a6e-44f2-4c11-9a3e-0d55e8b1f2a9
""", cte="7bit")
    emit("19-near-miss-dlp-block.eml", m, "near_miss_dlp_blocked",
         ["near-miss", "dlp", "no-identifiers", "personal-email"],
         ign_names=["Joanne Walsh", "Jo"],
         ign=dict(email_address=["joanne.walsh7@nhs.net", "j.walsh1975@gmail.com", "postmaster@nhs.net"]),
         subjects=0, near_miss=True, sev=1, lik=1, rep=False,
         basis=["DLP blocked the message; nothing delivered", "no identifiers in the report itself"])


def s20():
    c = chi("110871", False, "s20")
    m = mail("Eilidh Fraser <eilidh.fraser@nhs.scot>", BREACH,
             "Near miss - letter in wrong envelope (caught)", "Thu, 10 Dec 2026 10:41:19 +0000", "s20")
    body(m, f"""Morning,

Logging a near miss as per the board's policy. While I was doing the outgoing post for the neurology
clinic I noticed the clinic letter for Mr Wojciech NOWAK (CHI {c}) had been folded into the window
envelope for Mrs Wiesława Nowak (no relation, same clinic list). I caught it before the envelope was
sealed or franked - nothing left the office and Mrs Nowak has not seen anything. Both letters have been
re-checked and sent correctly.

I think the window envelopes and the two surnames together caused it. Suggest we check the name in the
window against the letter heading for every envelope, I've started doing that.

Eilidh Fraser
Medical Secretary, Neurology - Strathmore Health Board (fictional)
""", cte="quoted-printable")
    emit("20-near-miss-envelope-caught.eml", m, "near_miss_caught_before_posting",
         ["near-miss", "scotland", "chi", "polish", "surname-caps"],
         ids=dict(chi_number=[c]),
         names=["Wojciech NOWAK"],
         ign_names=["Eilidh Fraser", "Wiesława Nowak"],
         ign=dict(email_address=["eilidh.fraser@nhs.scot"]),
         subjects=1, near_miss=True, sev=1, lik=1, rep=False,
         basis=["letter caught before posting; nothing disclosed",
                "the patient whose letter was at risk is counted as the one subject; the intended addressee of the envelope is not"])


def s21():
    m = mail("Rhian Evans <rhian.evans@wales.nhs.uk>", BREACH,
             "Automatic reply: Suspected breach - ward 9", "Thu, 10 Dec 2026 14:00:01 +0000", "s21",
             extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    body(m, """Thank you for your email. I am on annual leave until Monday 14 December 2026 with no access to email.

For urgent Information Governance matters (including suspected data breaches) please contact
Tomos Griffiths on 029 2018 0456 or the IG team mailbox ig.team@wales.nhs.uk.

Diolch am eich e-bost. Rydw i ar wyliau blynyddol tan ddydd Llun 14 Rhagfyr 2026.

Rhian Evans
Information Governance Officer
""", cte="quoted-printable")
    emit("21-nonreport-auto-reply.eml", m, "non_report_auto_reply",
         ["non-report", "auto-reply", "wales", "bilingual"],
         ign_names=["Rhian Evans", "Tomos Griffiths"],
         ign=dict(email_address=["rhian.evans@wales.nhs.uk", "ig.team@wales.nhs.uk"], phone_number=["029 2018 0456"]),
         subjects=0, sev=1, lik=1, rep=False, basis=["out-of-office reply; no personal data"])


def s22():
    m = mail("Clodagh Mulholland <clodagh.mulholland@hscni.net>", BREACH,
             "Question from IG training - daughter ringing for results", "Fri, 11 Dec 2026 12:30:44 +0000", "s22")
    body(m, """Hi,

I did the IG refresher (course ref IG-TRN-2026-118) yesterday and we have a question the trainer said
to send to you.

If a patient's daughter rings reception for her mum's blood results and the patient has previously told
the GP verbally that her daughter can be told things, but there's nothing written on the record, can we
give the results? And if we did, would that be a breach we'd need to report? This isn't about anything
that has actually happened - we're trying to agree a practice process before our next team meeting on
14/01/2027 at 13:00.

Also, is it OK to leave a message on an answering machine just saying "please ring the surgery"?

Thanks,
Clodagh Mulholland
Reception Supervisor, Lagan Valley Medical Practice (fictional)
028 9649 6433
""", cte="7bit")
    emit("22-nonreport-training-question.eml", m, "non_report_training_question",
         ["non-report", "training-question", "northern-ireland", "decoys"],
         ign_names=["Clodagh Mulholland"],
         ign=dict(email_address=["clodagh.mulholland@hscni.net"], phone_number=["028 9649 6433"]),
         subjects=0, sev=1, lik=1, rep=False, basis=["hypothetical question; no incident, no personal data"])


def s23():
    text = """IG Steering Group - notes of meeting held 9 December 2026 (Teams)

Present: Dr Mairead Kearney (Caldicott Guardian, chair), Sunil Varma (SIRO), Carys Prosser (IG Manager),
Owain Jenkins (Ward Manager rep), Beth Harcourt (Records Manager)
Apologies: Rhian Evans

1. Incidents since last meeting: 14 logged, 3 reported to the ICO (BD-2026-000311, BD-2026-000318,
   BD-2026-000322), 2 near misses. Themes: misdirected letters (5), To-not-Bcc (2), inappropriate access (2).
2. DSPT 2026/27: 38 of 42 mandatory evidence items complete; training compliance 91% (target 95%).
3. Privacy monitoring tool: alert thresholds reviewed; false-positive rate down to 1 in 6.
4. Actions: CP to circulate the revised Bcc guidance by 18/12; BH to review scanning contract (PO 4500219930).

Next meeting: 10 February 2027.
"""
    m = mail("Beth Harcourt <beth.harcourt@wales.nhs.uk>", BREACH + ", IG Steering Group <ig.steering@wales.nhs.uk>",
             "IG Steering Group notes - 9 Dec", "Fri, 11 Dec 2026 16:02:11 +0000", "s23")
    html = "<html><body><pre style='font-family:Calibri'>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>"
    body(m, text, html=html, cte="quoted-printable")
    emit("23-nonreport-meeting-notes.eml", m, "non_report_meeting_notes",
         ["non-report", "meeting-notes", "multipart-alternative", "decoys", "wales"],
         ign_names=["Mairead Kearney", "Sunil Varma", "Carys Prosser", "Owain Jenkins", "Beth Harcourt", "Rhian Evans"],
         ign=dict(email_address=["beth.harcourt@wales.nhs.uk", "ig.steering@wales.nhs.uk"]),
         subjects=0, sev=1, lik=1, rep=False, basis=["governance minutes with staff names and incident counts only"])


def s24():
    m = mail("Priya Raman <priya.raman@nhs.net>", BREACH,
             "Lost laptop on train - encrypted", "Sat, 12 Dec 2026 08:15:37 +0000", "s24")
    body(m, """Hello,

I'm a district nurse with the Harrogate community team. Last night I left my Trust laptop (asset tag
CT-LT-04417) on the 18:42 train from Leeds. I reported it to British Transport Police (crime ref
BTP-26-118842) and the IT service desk (ticket INC0098123).

The IT desk have confirmed the laptop is BitLocker encrypted with PIN at boot, was shut down (not
asleep) and has been remote-wiped/blocked on Intune. I keep all patient documents on the network drive
and SystmOne, not on the laptop itself. No paper was in the bag.

Priya Raman
District Nurse, Harrogate Community Nursing
""", cte="7bit")
    emit("24-nonreport-lost-encrypted-laptop.eml", m, "non_report_lost_encrypted_device",
         ["non-report", "lost-device", "encrypted", "decoys"],
         ign_names=["Priya Raman"], ign=dict(email_address=["priya.raman@nhs.net"]),
         subjects=0, sev=1, lik=1, rep=False,
         basis=["full-disk encryption confirmed, shut down, wiped; no personal data exposed"])


def s25():
    # deceased patients are not data subjects under UK GDPR; the bereaved next of kin are
    nov = [["Deceased", "Date of death", "Next of kin", "Relationship", "NOK phone", "NOK address", "Postcode", "Call notes"],
           ["EVANS, Mair", "02/10/2026", "Gareth Evans", "son", "07700 900711", "3 Maes y Ffynnon, Narberth", "SA67 7DP",
            "6-week call done; coping, would like the memory-tree evening"],
           ["THOMAS, Ieuan", "09/10/2026", "Siân Thomas", "daughter", "01632 960712", "Pen-y-Bryn Farm, Crymych", "SA41 3QR",
            "Lost Dad and Mum within weeks. Low mood, on sertraline, GP aware. Call again in 2 wks"],
           ["THOMAS, Glenys", "30/10/2026", "Siân Thomas", "daughter", "01632 960712", "Pen-y-Bryn Farm, Crymych", "SA41 3QR",
            "see above"]]
    dec = [nov[0],
           ["PARRY, Dilys", "14/11/2026", "Alun Parry", "husband", "07700 900713", "22 Bush Street, Pembroke Dock", "SA72 6AX",
            "Drinking more since Dilys died - daughter worried. Offered counselling"],
           ["KHAN, Zubair", "21/11/2026", "Farzana Khan", "wife", "07700 900714", "7 Slade Lane, Haverfordwest", "SA61 2HQ",
            "Prefers calls after 4pm. Interpreter (Urdu) not needed"]]
    look = [["Code", "Meaning"], ["6W", "6-week call"], ["3M", "3-month call"], ["MT", "memory tree evening invite"]]
    x = make_xlsx([("Nov", nov), ("Dec", dec), ("Lookups", look)], author="L Jenkins")
    m = mail("Lowri Jenkins <lowri.jenkins@hafandeghospice.org.uk>", BREACH,
             "Bereavement call list sent to wrong Margaret", "Sat, 12 Dec 2026 11:40:55 +0000", "s25")
    body(m, """Hello,

I'm the bereavement support coordinator at Hafan Deg Hospice. Yesterday afternoon I emailed the
bereavement follow-up call list (attached) to one of our volunteers, Margaret Owen, so she could do her
calls from home - but the address that autocompleted was margaret.owen.florist@gmail.com, which isn't
our Margaret (ours is on the hospice system). I've emailed the florist twice asking her to delete it.
No answer yet. None of the families have been told.

The list has our patients who died in October and November and their next of kin, who we ring at 6 weeks
and 3 months.

Lowri Jenkins
Bereavement Support Coordinator, Hafan Deg Hospice, Narberth SA67 7ES
01632 960700
""", cte="quoted-printable")
    attach(m, x, "bereavement calls Oct-Nov.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    emit("25-hospice-xlsx-deceased-and-nok.eml", m, "deceased_not_subjects_nok_are",
         ["hospice", "xlsx", "multi-sheet", "two-per-row", "deceased-not-subject", "duplicate-person", "wales", "urdu"],
         ids=dict(phone_number=["07700900711", "01632960712", "07700900713", "07700900714"],
                  postcode=["SA67 7DP", "SA41 3QR", "SA72 6AX", "SA61 2HQ"],
                  address=["3 Maes y Ffynnon, Narberth", "Pen-y-Bryn Farm, Crymych", "22 Bush Street, Pembroke Dock",
                           "7 Slade Lane, Haverfordwest"]),
         names=["Gareth Evans", "Siân Thomas", "Alun Parry", "Farzana Khan"],
         ign_names=["EVANS, Mair", "THOMAS, Ieuan", "THOMAS, Glenys", "PARRY, Dilys", "KHAN, Zubair", "Dilys",
                    "Lowri Jenkins", "Margaret Owen", "Margaret"],
         ign=dict(email_address=["lowri.jenkins@hafandeghospice.org.uk", "margaret.owen.florist@gmail.com"],
                  phone_number=["01632 960700"], postcode=["SA67 7ES"]),
         subjects=4, cats=["mental_health", "substance_misuse", "health"], sev=4, lik=3, rep=True,
         basis=["5 rows: deceased patients are not data subjects (UK GDPR covers the living; confidentiality still applies)",
                "4 distinct living next of kin (one on two rows) with contact details and notes on low mood / drinking",
                "sent to an unknown member of the public; deletion not confirmed"])


def main():
    for f in [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13,
              s14, s15, s16, s17, s18, s19, s20, s21, s22, s23, s24, s25]:
        f()
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.endswith(".eml"):
            os.remove(os.path.join(OUT, old))
    for name, data in EMAILS:
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in TRUTH:
            assert t["assessment"]["reportable"] == (t["assessment"]["likelihood"] >= 3 and t["assessment"]["severity"] >= 2), t["file"]
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(f"wrote {len(EMAILS)} e-mails and truth.jsonl to {OUT}")


if __name__ == "__main__":
    main()
