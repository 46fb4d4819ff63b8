#!/usr/bin/env python3
"""fresh11 -- an independent breachdesk evaluation corpus.

Emphasis: incidents modelled on the ICO's published reprimands / enforcement notices for health
and care bodies, written in the voices of the staff who first report them.

Regenerate:  /work/main/.venv/bin/python make_corpus.py
Deterministic: seed 111111, fixed MIME boundaries, fixed dates and Message-IDs, zip entries of
xlsx/docx attachments rewritten with a fixed timestamp.
"""
import base64
import csv
import datetime as dt
import io
import json
import os
import quopri
import random
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 111111
rng = random.Random(SEED)
FIXED_DT = dt.datetime(2026, 11, 2, 9, 0, 0)

# ------------------------------------------------------------------ identifiers


def mod11_check(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - (s % 11)
    if c == 11:
        c = 0
    return None if c == 10 else c


def valid10(n):
    n = "".join(ch for ch in n if ch.isdigit())
    return len(n) == 10 and mod11_check(n[:9]) == int(n[9]) and n != "0000000000"


def nhs(lo=400, hi=799):
    """An NHS number with a valid check digit whose first three digits lie in lo..hi
    (England/Wales: 400-499 and 600-799)."""
    while True:
        p3 = rng.randint(lo, hi)
        if lo == 400 and hi == 799 and 500 <= p3 <= 599:
            continue
        d9 = f"{p3:03d}{rng.randint(0, 999999):06d}"
        c = mod11_check(d9)
        if c is not None:
            return d9 + str(c)


def hc():
    """Northern Ireland Health & Care number: 320-399 million range."""
    return nhs(320, 399)


def chi(dob, sex):
    """CHI: DDMMYY + 2 random digits + sex digit (even female, odd male) + mod-11 check."""
    pre = dob.strftime("%d%m%y")
    while True:
        d8 = pre + f"{rng.randint(0, 99):02d}"
        sx = rng.choice([0, 2, 4, 6, 8]) if sex == "F" else rng.choice([1, 3, 5, 7, 9])
        d9 = d8 + str(sx)
        c = mod11_check(d9)
        if c is not None:
            return d9 + str(c)


def sp(n, style=" "):
    """Format a 10-digit number 3-3-4."""
    return f"{n[:3]}{style}{n[3:6]}{style}{n[6:]}"


def hosp(prefix, digits=6):
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(digits))


def iso(d):
    return d.isoformat()


def dob(y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def uk(d):
    return d.strftime("%d/%m/%Y")


# ------------------------------------------------------------------ zip normalisation


def fix_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" with the save time
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-11-02T09:00:00Z", data)
            dst.writestr(zi, data)
    return out.getvalue()


def make_xlsx(sheets):
    """sheets: list of (title, rows) where rows[0] is the header row."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = "NHS"
    wb.properties.lastModifiedBy = "NHS"
    b = io.BytesIO()
    wb.save(b)
    return fix_zip(b.getvalue())


def make_docx(paras_before, table, paras_after=()):
    import docx
    d = docx.Document()
    for p in paras_before:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = str(v)
    for p in paras_after:
        d.add_paragraph(p)
    cp = d.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.author = "NHS"
    cp.last_modified_by = "NHS"
    cp.revision = 1
    b = io.BytesIO()
    d.save(b)
    return fix_zip(b.getvalue())


def make_csv(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue().encode("utf-8")


# ------------------------------------------------------------------ MIME


def encode_part(text, cte, charset="utf-8"):
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    return text


def text_part(text, subtype="plain", cte="7bit", charset="utf-8"):
    if cte == "7bit" and any(ord(c) > 127 for c in text):
        cte = "8bit"
    body = encode_part(text, cte, charset)
    hdr = f"Content-Type: text/{subtype}; charset=\"{charset}\"\r\nContent-Transfer-Encoding: {cte}\r\n"
    return hdr, body


def attach_part(filename, ctype, data):
    if ctype == "message/rfc822":
        hdr = (f"Content-Type: message/rfc822; name=\"{filename}\"\r\n"
               f"Content-Disposition: attachment; filename=\"{filename}\"\r\n")
        return hdr, data.decode("utf-8")
    hdr = (f"Content-Type: {ctype}; name=\"{filename}\"\r\n"
           f"Content-Disposition: attachment; filename=\"{filename}\"\r\n"
           f"Content-Transfer-Encoding: base64\r\n")
    return hdr, base64.encodebytes(data).decode("ascii")


def build(n, frm, to, subject, date, body, *, cc=None, html=None, cte="7bit", attachments=(),
          html_only=False, extra=(), charset="utf-8"):
    """Return the message as bytes.  body: plain text (None with html_only)."""
    msgid = f"<fresh11.{n:03d}.{SEED}@mail.example.nhs.uk>"
    head = [f"From: {frm}", f"To: {to}"]
    if cc:
        head.append(f"Cc: {cc}")
    if any(ord(c) > 127 for c in subject):
        from email.header import Header
        subject = Header(subject, "utf-8").encode()
    head += [f"Subject: {subject}", f"Date: {date}", f"Message-ID: {msgid}", "MIME-Version: 1.0"]
    head += list(extra)
    parts = []
    if html_only:
        parts.append(text_part(html, "html", cte, charset))
    elif html is not None:
        alt_b = f"=_alt_fresh11_{n:03d}"
        h1, b1 = text_part(body, "plain", cte, charset)
        h2, b2 = text_part(html, "html", cte, charset)
        alt = (f"--{alt_b}\r\n{h1}\r\n{b1}\r\n--{alt_b}\r\n{h2}\r\n{b2}\r\n--{alt_b}--\r\n")
        parts.append((f"Content-Type: multipart/alternative; boundary=\"{alt_b}\"\r\n", alt))
    else:
        parts.append(text_part(body, "plain", cte, charset))
    for a in attachments:
        parts.append(attach_part(*a))
    if len(parts) == 1:
        h, b = parts[0]
        msg = "\r\n".join(head) + "\r\n" + h + "\r\n" + b
    else:
        bnd = f"=_mixed_fresh11_{n:03d}"
        msg = "\r\n".join(head) + f"\r\nContent-Type: multipart/mixed; boundary=\"{bnd}\"\r\n\r\n"
        msg += "This is a multi-part message in MIME format.\r\n"
        for h, b in parts:
            msg += f"--{bnd}\r\n{h}\r\n{b}\r\n"
        msg += f"--{bnd}--\r\n"
    msg = msg.replace("\r\n", "\n").replace("\n", "\r\n")
    return msg.encode("utf-8")


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CSV = "text/csv"

BREACH = "IG Breach Mailbox <breach@example.nhs.uk>"

EMAILS = []


def emit(n, slug, raw, *, scenario, tags=(), ids=None, names=(), ign_names=(), ign=None, subjects=0,
         cats=(), near_miss=False, sev=1, lik=1, basis=()):
    fname = f"{n:03d}-{slug}.eml"
    ids = {k: list(v) for k, v in (ids or {}).items() if v}
    ign = {k: list(v) for k, v in (ign or {}).items() if v}
    truth = {"file": fname, "scenario": scenario, "tags": sorted(tags), "identifiers": ids,
             "names": list(names), "ignorable_names": list(ign_names), "ignorable": ign,
             "subjects": subjects, "special_categories": sorted(cats), "near_miss": near_miss,
             "no_identifiers": not ids and not names,
             "assessment": {"severity": sev, "likelihood": lik, "reportable": lik >= 3 and sev >= 2,
                            "basis": list(basis)}}
    EMAILS.append((fname, raw, truth))


def D(day, hh, mm, tz="+0000"):
    d = dt.datetime(2026, 11, day, hh, mm)
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def outlook_fwd(frm, sent, to, subject, cc=None):
    s = f"-----Original Message-----\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n\n"


def gmail_fwd(frm, date, subject, to, cc=None):
    s = f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + "\n"


def quote(text):
    return "\n".join("> " + l if l else ">" for l in text.split("\n"))


DISCLAIMER = ("This message may contain confidential information. If you are not the intended recipient "
              "please inform the\nsender that you have received the message in error before deleting it. "
              "Please do not disclose, copy or distribute information in this e-mail or take any action "
              "in relation to its contents.\n")



def write_all():
    for f in os.listdir(HERE):
        if f.endswith(".eml") or f == "truth.jsonl":
            os.remove(os.path.join(HERE, f))
    seen = set()
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as tf:
        for fname, raw, truth in EMAILS:
            assert fname not in seen, fname
            seen.add(fname)
            for k in ("nhs_number", "hc_number", "chi_number"):
                for v in truth["identifiers"].get(k, []):
                    assert valid10(v), (fname, k, v)
            with open(os.path.join(HERE, fname), "wb") as fh:
                fh.write(raw)
            tf.write(json.dumps(truth, ensure_ascii=False) + "\n")
    print(f"wrote {len(EMAILS)} emails")


# ================================================================== emails

# ---- 001 GP referral letter posted to a different patient with the same surname (Outlook forward)
n1 = nhs(); d1 = dob(1958, 1958)
body = f"""Hi IG team,

Forwarding below from our reception lead. I've rung the lady back and asked her not to
destroy it but to drop it back in to the surgery, she said she'd come tomorrow morning.

Practice manager view: it's a straightforward mis-enveloping, two Hartleys on the same
street. We have not told Mr Hartley yet, I wanted to check with you first.

Thanks
Karen

Karen Stott
Practice Manager
Failsworth Road Medical Practice
Tel 0161 496 0732

{outlook_fwd("Reception - Failsworth Road MP <failsworth.reception@nhs.net>", "02 November 2026 10:14", "Stott Karen (Failsworth Road MP) <karen.stott4@nhs.net>", "letter gone to wrong patient")}Karen

Mrs Pauline Hartley at 41 Brierley Street rang this morning, she has received a letter in an
envelope addressed to her but the letter inside is for a Mr Dennis HARTLEY, 14 Brierley Street,
Oldham OL8 3TQ. It is the referral letter Dr Iqbal dictated on Friday to the gastro team
(NHS No {sp(n1)}, DOB {uk(d1)}) about his rectal bleeding and weight loss, 2WW.

She has read it - she said "I didn't know Dennis was poorly". Envelopes were stuffed by the new
apprentice on Friday afternoon.

Jo (reception)

{DISCLAIMER}"""
raw = build(1, "Karen Stott <karen.stott4@nhs.net>", BREACH, "FW: letter gone to wrong patient", D(2, 10, 41), body)
emit(1, "gp-referral-wrong-hartley", raw, scenario="misdirected_post_same_surname",
     tags=["plain", "inline_outlook", "gp_practice"],
     ids={"nhs_number": [n1], "date_of_birth": [iso(d1)], "address": ["14 Brierley Street, Oldham OL8 3TQ"],
          "postcode": ["OL8 3TQ"]},
     names=["Dennis Hartley"], ign_names=["Karen Stott", "Pauline Hartley", "Iqbal", "Jo"],
     ign={"phone_number": ["01614960732"], "email_address": ["failsworth.reception@nhs.net", "karen.stott4@nhs.net"],
          "address": ["41 Brierley Street"]},
     subjects=1, cats=["health"], sev=3, lik=3,
     basis=["referral letter (2WW gastro) about an identified patient", "posted to and read by a neighbour (member of the public)",
            "not yet returned"])

# ---- 002 Diabetes clinic group email To instead of Bcc (the recipients' addresses are the disclosed data)
rcpts = [("Owen Pritchard", "owen.pritchard61@btinternet.com"), ("", "lisa.m.kerr@gmail.com"),
         ("Ahmed Saleh", "a.saleh1988@hotmail.co.uk"), ("", "bigdave_t1@yahoo.co.uk"),
         ("Chloe Bramwell", "chloebramwell@outlook.com"), ("Sunita Mistry", "sunitamistry@gmail.com"),
         ("", "jfenwick77@sky.com"), ("Ryan O'Connell", "ryan.oconnell@icloud.com"),
         ("Megan Lloyd", "megan.lloyd.94@gmail.com"), ("", "tommo.harrison@btinternet.com"),
         ("Grace Achterberg", "g.achterberg@outlook.com"), ("Wiktor Nowak", "wiktor.nowak85@gmail.com")]
to_line = ", ".join(f'"{nm}" <{em}>' if nm else em for nm, em in rcpts)
body = f"""Dear Breach team

I'm the diabetes specialist nurse lead. This morning one of our admin staff sent the invite for
the next DAFNE (type 1 diabetes) education course to the twelve patients on the list, but put
them all in the To box instead of Bcc. Two patients have already replied-all, one of them quite
upset. I've pasted the email below as it went out so you can see the addresses.

We have asked everyone by email to delete it. I'm not sure what else we should do?

Regards,
Helen Marsh
Diabetes Specialist Nurse Lead, Diabetes Centre, Ward 14 corridor
Ext 4471

{outlook_fwd("Diabetes Centre Admin <dc.admin@nhs.net>", "Tuesday, November 3, 2026 9:02 AM", to_line, "DAFNE course - dates for December")}Dear all,

You are invited to the DAFNE course for adults with Type 1 diabetes starting Monday 7 December,
Diabetes Centre Seminar Room. Please bring your meter and your last HbA1c result if you have it.

Kind regards
Diabetes Centre
"""
raw = build(2, "Helen Marsh <helen.marsh12@nhs.net>", BREACH, "Group email sent To not BCC - diabetes patients", D(3, 11, 6), body, cte="quoted-printable")
emit(2, "dafne-invite-to-not-bcc", raw, scenario="to_not_bcc_clinic",
     tags=["plain", "cte_quoted-printable", "inline_outlook", "recipients_are_data"],
     ids={"email_address": [e for _, e in rcpts]}, names=[nm for nm, _ in rcpts if nm],
     ign_names=["Helen Marsh"], ign={"email_address": ["dc.admin@nhs.net", "helen.marsh12@nhs.net"]},
     subjects=12, cats=["health"], sev=3, lik=3,
     basis=["email addresses of 12 patients disclosed to each other", "context reveals type 1 diabetes",
            "external personal addresses; reply-all shows further spread"])

# ---- 003 Sexual health clinic PrEP reminder To instead of Bcc, HTML only, base64
prep = ["m.delaney@gmail.com", "kwame.boateng@outlook.com", "jonnyfitz89@hotmail.com", "p.ferreira@yahoo.co.uk",
        "sam.w.hughes@gmail.com", "leon.grant.ldn@gmail.com", "ab.khalil@icloud.com", "danny.roper@btinternet.com",
        "tristan.moyo@gmail.com"]
html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif">
<p>Hi,</p>
<p>Reporting an incident from the Riverside Sexual Health Clinic. Our weekly PrEP review reminder went out this
morning from the shared clinic mailbox with all recipients visible (To field). 9 service users. The email text
says &quot;your 3-monthly PrEP review and HIV/STI screen is due&quot;.</p>
<p>Original below. The sender has tried to recall it &mdash; recall reported as failed for most.</p>
<p>Dr Femi Adeyemi<br>Consultant in GU Medicine<br>Riverside Sexual Health</p>
<hr>
<div style="border-left:2px solid #ccc;padding-left:8px">
<b>From:</b> Riverside SH Clinic &lt;riverside.sh@nhs.net&gt;<br>
<b>Sent:</b> 04 November 2026 08:31<br>
<b>To:</b> {"; ".join(prep)}<br>
<b>Subject:</b> PrEP review due<br><br>
<p>Your 3-monthly PrEP review and HIV/STI screen is due. Please book via the online portal. If you need a
new supply of tablets please bring your current pack.</p>
</div></body></html>"""
raw = build(3, "Femi Adeyemi <femi.adeyemi@nhs.net>", BREACH, "Incident - PrEP reminder sent open (not BCC)", D(4, 9, 15), None,
            html=html, html_only=True, cte="base64")
emit(3, "prep-reminder-open-recipients", raw, scenario="to_not_bcc_sexual_health",
     tags=["html_only", "cte_base64", "recipients_are_data"],
     ids={"email_address": prep}, ign_names=["Femi Adeyemi"],
     ign={"email_address": ["riverside.sh@nhs.net", "femi.adeyemi@nhs.net"]},
     subjects=9, cats=["sexual_health"], sev=4, lik=3,
     basis=["addresses of 9 PrEP service users disclosed to each other", "reveals HIV PrEP use (sexual health)",
            "external addresses; recall failed"])

# ---- 004 HCA looked up neighbour's record (ward sister's voice)
h4 = hosp("RX", 7)
body = f"""To whoever deals with this

I am the ward sister on Ward 7 (Elderly Care). One of my HCAs, I'd rather not name her in an
email but HR have her details, has admitted looking at the electronic record of her
next-door neighbour Mrs Irene Cawthorne (hosp no {h4}) on 29/10. Mrs Cawthorne was an inpatient
on Ward 9, not ours, and she was never under our care. The HCA says she was "worried about her"
because the ambulance had been at the house.

What she looked at: the admission clerking and the discharge plan, which include the falls and
the new diagnosis of heart failure. Mrs Cawthorne's daughter complained to PALS yesterday
because the HCA mentioned it to her over the fence.

I have spoken to matron. Do I need to fill in a Datix as well?

Sr. Bernadette Quinn
Ward 7
"""
raw = build(4, "Bernadette Quinn <b.quinn@nhs.net>", BREACH, "staff member accessed neighbour's records", D(5, 14, 2), body)
emit(4, "hca-snooped-neighbour", raw, scenario="snooping_neighbour",
     tags=["plain", "snooping"],
     ids={"hospital_number": [h4]}, names=["Irene Cawthorne"], ign_names=["Bernadette Quinn"],
     subjects=1, cats=["health"], sev=3, lik=5,
     basis=["unauthorised access to clinical record by staff member (misuse occurred)",
            "diagnosis disclosed to the daughter over the fence"])

# ---- 005 Mental-health team receptionist accessed ex-partner's and his mother's records
n5a, n5b = nhs(), nhs()
body = f"""Hi,

Reporting on behalf of the North Locality Community Mental Health Team. Our quarterly access audit
on RiO flagged that one of our admin staff opened the records of two people she knows personally:

  - Craig BELLAMY  NHS {n5a}  (her ex-partner) - 11 accesses between 1 Sept and 20 Oct, incl.
    the risk assessment and psychology notes (he's under us for PTSD/depression)
  - Maureen Bellamy NHS {n5b} (his mother) - 2 accesses, she is on the older adults caseload

Neither is on her work list. The staff member has been suspended pending investigation. Mr Bellamy
has told his care coordinator he thinks she "knows things she shouldn't" about his sessions, so
this may already have been used against him in a family court matter.

Regards
Aled Rowlands
Team Manager, North Locality CMHT
"""
raw = build(5, "Aled Rowlands <aled.rowlands@nhs.net>", BREACH, "RiO access audit - inappropriate access", D(5, 16, 30), body)
emit(5, "cmht-snooping-ex-partner", raw, scenario="snooping_family_mental_health",
     tags=["plain", "snooping", "caps_surname"],
     ids={"nhs_number": [n5a, n5b]}, names=["Craig Bellamy", "Maureen Bellamy"], ign_names=["Aled Rowlands"],
     subjects=2, cats=["mental_health"], sev=4, lik=5,
     basis=["unauthorised access to mental health records (PTSD, psychology notes)", "possible misuse in family court"])

# ---- 006 Ward handover sheet found at a bus stop
pts6 = [("1", "Margaret Oyelaran", 84, hosp("M", 7), "CAP, on IV abx"),
        ("2", "Thomas Wilkes", 67, hosp("M", 7), "ETOH withdrawal - CIWA 4 hrly, pabrinex"),
        ("3", "Edith Pargeter", 91, hosp("M", 7), "#NOF post op day 2, delirium"),
        ("4", "Stanley Okafor", 73, hosp("M", 7), "AKI, catheter"),
        ("5", "June Whitlock", 79, hosp("M", 7), "UTI, for d/c to Ashgrove care home")]
lines = "\n".join(f"Bed {b}  {nm}  {age}y  {hn}  {dx}" for b, nm, age, hn, dx in pts6)
body = f"""Morning

A member of the public brought a ward handover sheet into ED reception last night (about 21:30)
saying she found it on the floor at the bus stop outside the main entrance. It's from Ward 22
(Acute Medicine), Bay B, dated yesterday. ED sister passed it to me as site manager. I have the
original in my office in a sealed envelope. Typing out what's on it so you have it:

{lines}

Bay B nurse on the late shift thinks it fell out of her bag. The lady who handed it in did read
it - she said "I only looked to see whose it was". We don't have her name.

Gary Lomax
Duty Site Manager
"""
raw = build(6, "Gary Lomax <gary.lomax@nhs.net>", BREACH, "Handover sheet found outside hospital", D(6, 7, 48), body)
emit(6, "handover-sheet-bus-stop", raw, scenario="lost_handover_sheet_public",
     tags=["plain", "lost_paper"],
     ids={"hospital_number": [p[3] for p in pts6]}, names=[p[1] for p in pts6], ign_names=["Gary Lomax"],
     subjects=5, cats=["health", "substance_misuse"], sev=4, lik=3,
     basis=["handover sheet with diagnoses of 5 patients found in a public place and read by a member of the public",
            "alcohol withdrawal (substance misuse) noted for one patient", "original recovered, reader unknown"])

# ---- 007 Care home staff Facebook post with residents' whiteboard visible
body = """Hello,

I am the registered manager at Bryn Celyn Care Home. I was told by a relative this afternoon that one
of our carers put photos of the Halloween party on her own Facebook page on Saturday and in the
background of one photo you can read the lounge whiteboard. It says:

   Rm 3  Glenys Prosser - diabetic, insulin 5pm, DNACPR
   Rm 5  Harold Venables - dementia, falls risk, 1:1 at night
   Rm 8  Dorothy Ashworth - end of life care, syringe driver
   Rm 11 Wynford Bevan - catheter, MRSA swab pending

The post was public and had 40 odd likes and some shares. I made her take it down as soon as I saw it
(about 6 hours later) and she showed me it was deleted. I don't know who shared it. The families of
Mrs Prosser and Mr Bevan have been on the phone already.

I have put a stop on phones in the lounge. Please advise if I need to tell CIW as well.

Delyth Morgan
Registered Manager
Bryn Celyn Care Home, Heol y Graig, Pontypridd CF37 2QE
01443 960 118
"""
raw = build(7, "Delyth Morgan <manager@bryncelyn-care.co.uk>", BREACH, "Facebook photo shows residents whiteboard", D(2, 17, 22), body)
emit(7, "carehome-facebook-whiteboard", raw, scenario="social_media_care_home",
     tags=["plain", "social_media", "care_home", "welsh"],
     names=["Glenys Prosser", "Harold Venables", "Dorothy Ashworth", "Wynford Bevan"],
     ign_names=["Delyth Morgan"],
     ign={"postcode": ["CF37 2QE"], "phone_number": ["01443960118"], "address": ["Heol y Graig, Pontypridd CF37 2QE"],
          "email_address": ["manager@bryncelyn-care.co.uk"]},
     subjects=4, cats=["health"], sev=3, lik=4,
     basis=["health information (diabetes, dementia, end of life, MRSA) of 4 care home residents (vulnerable adults)",
            "published on a public Facebook post and shared (4)",
            "post deleted after 6 hours, but shares cannot be recalled: no reduction"])

# ---- 008 Podiatry shared drive folder open to 'Everyone' (CSV attachment, internal)
rows8 = [["MRN", "Surname", "Forename", "DOB", "NHS_No", "Referral reason", "Referrer"]]
names8 = []
ids8 = {"hospital_number": [], "date_of_birth": [], "nhs_number": []}
for sn, fn in [("Akhtar", "Nasreen"), ("Bould", "Philip"), ("Cairns", "Ethel"), ("Dunmore", "Keith"),
               ("Evans", "Rhiannon"), ("Foulkes", "Brian"), ("Gill", "Harjit")]:
    m, d, nn = hosp("P", 6), dob(1935, 1970), nhs()
    rows8.append([m, sn.upper(), fn, d.strftime("%d-%b-%Y"), nn,
                  rng.choice(["Diabetic foot ulcer", "Nail surgery", "Charcot foot review", "High risk foot - PAD"]),
                  rng.choice(["GP", "Vascular", "DSN"])])
    names8.append(f"{fn} {sn}"); ids8["hospital_number"].append(m); ids8["date_of_birth"].append(iso(d))
    ids8["nhs_number"].append(nn)
body = """Please log.

During the shared drive clean-up we found S:\\Community\\Podiatry\\Referrals had permissions set to
"Everyone (all trust staff)" rather than the podiatry security group. It held one spreadsheet with patient
details - attached as found (7 rows). Permissions fixed at 15:10 today. The file audit shows it was last
opened only by podiatry staff, so we have no evidence anyone else looked at it.

Rob Ingham
IT Service Desk - Infrastructure Team
"""
raw = build(8, "Rob Ingham <robert.ingham@nhs.net>", BREACH, "Shared drive folder permissions - podiatry", D(9, 15, 31), body,
            attachments=[("podiatry_referrals_2026.csv", CSV, make_csv(rows8))])
emit(8, "podiatry-shared-drive-everyone", raw, scenario="shared_drive_internal",
     tags=["csv_attachment", "plain", "caps_surname"],
     ids=ids8, names=names8, ign_names=["Rob Ingham"], subjects=7, cats=["health"], sev=3, lik=2,
     basis=["referral details of 7 patients readable by all trust staff", "stayed inside the organisation, no evidence of access"])

# ---- 009 Northern Ireland renal unit: dialysis transport list faxed to a local business
pts9 = [("Eamon McAleese", "22 Glenview Park, Ballyclare", "BT39 9DQ"),
        ("Bridget Devlin", "5 Church Road, Doagh", "BT39 0QP"),
        ("Samuel Craig", "118 Larne Road, Carrickfergus", "BT38 7NL"),
        ("Roisin O'Hagan", "Flat 2, 9 Market Square, Antrim", "BT41 4DP"),
        ("William John Kerr", "3 Drumahoe Lane, Templepatrick", "BT39 0DA")]
hcs9 = [hc() for _ in pts9]
lines = "\n".join(f"{i+1}. {nm} - H&C {sp(h)} - {a}, {pc} - {rng.choice(['Mon/Wed/Fri', 'Tue/Thu/Sat'])} AM session"
                  for i, ((nm, a, pc), h) in enumerate(zip(pts9, hcs9)))
body = f"""Hi there,

I work in the Renal Unit admin office. On Friday I faxed tomorrow's dialysis transport list to NIAS patient
transport but I must have keyed the number wrong as today a man from a printing company in Antrim rang the ward
to say he had received "a list of kidney patients" on his fax machine. He says he will shred it. I have
asked him to post it back to us instead, he wasn't keen.

The list that went was (copying from our copy):

{lines}

I know we're not meant to be faxing at all anymore but the transport office still asks for it.
Sorry.

Siobhan

Siobhan McCann | Admin Officer | Renal Unit
Antrim Area Hospital | Tel 028 9018 0443
"""
raw = build(9, "Siobhan McCann <siobhan.mccann@northerntrust.hscni.net>", BREACH, "fax sent to wrong number", D(9, 11, 58), body)
emit(9, "ni-renal-fax-wrong-number", raw, scenario="fax_misdirected_ni",
     tags=["plain", "fax", "northern_ireland", "hc_number"],
     ids={"hc_number": hcs9, "address": [f"{a}, {pc}" for _, a, pc in pts9], "postcode": [pc for _, _, pc in pts9]},
     names=[p[0] for p in pts9], ign_names=["Siobhan McCann"],
     ign={"phone_number": ["02890180443"], "email_address": ["siobhan.mccann@northerntrust.hscni.net"]},
     subjects=5, cats=["health"], sev=3, lik=3,
     basis=["names, H&C numbers and addresses of 5 dialysis patients faxed to a private business",
            "renal dialysis reveals health condition", "recipient says he will shred; no proof of destruction"])

# ---- 010 Scottish GP: repeat prescription list (CSV) emailed to a patient instead of the pharmacy
rows10 = [["CHI", "Patient", "Address", "Drug", "Qty", "Notes"]]
names10, chis10, addr10, pcs10 = [], [], [], []
people10 = [("Agnes Mcintyre", "F", "14 Kilmarnock Road, Glasgow", "G41 3NN", "Donepezil 10mg", "28", ""),
            ("Robert Gallacher", "M", "2/1 27 Allison Street, Glasgow", "G42 8NJ", "Methadone 1mg/ml", "560ml", "daily supervised - ADRS"),
            ("Fiona Baird", "F", "7 Langside Drive, Glasgow", "G43 2EE", "Sertraline 100mg", "28", ""),
            ("Iain Docherty", "M", "33 Battlefield Road, Glasgow", "G42 9JD", "Metformin 500mg", "112", ""),
            ("Mhairi Sutherland", "F", "0/2 5 Cathcart Road, Glasgow", "G42 7BE", "Levothyroxine 75mcg", "56", "blister pack"),
            ("Kenneth Lafferty", "M", "91 Clarkston Road, Glasgow", "G44 3DS", "Buprenorphine 8mg", "7", "weekly pick-up")]
for nm, sx, a, pc, drug, q, note in people10:
    c = chi(dob(1940, 1990), sx)
    rows10.append([c, nm, f"{a} {pc}", drug, q, note])
    names10.append(nm); chis10.append(c); addr10.append(f"{a} {pc}"); pcs10.append(pc)
body = """hi

I think I've sent something to a patient by mistake. I was meant to send the weekly repeats list to Battlefield
Pharmacy but the email address autofilled to a patient called B. Pharmacy?? no, it went to
battlefieldjoe@gmail.com who I think is a patient who emailed us last week about a sick line. I've emailed him
asking him to delete it but no reply yet.

The attachment is below, it was this one.

sorry
Lorna
Reception, Battlefield Medical Practice
"""
raw = build(10, "Lorna Brodie <lorna.brodie@nhs.scot>", BREACH, "wrong email - repeats list", D(10, 12, 4), body,
            attachments=[("repeats_wk45.csv", CSV, make_csv(rows10))])
emit(10, "scot-gp-repeats-csv-to-patient", raw, scenario="misdirected_email_csv_chi",
     tags=["csv_attachment", "plain", "scotland", "chi_number"],
     ids={"chi_number": chis10, "address": addr10, "postcode": pcs10}, names=names10, ign_names=["Lorna Brodie"],
     ign={"email_address": ["battlefieldjoe@gmail.com", "lorna.brodie@nhs.scot"]},
     subjects=6, cats=["health", "substance_misuse"], sev=4, lik=3,
     basis=["CHI numbers, addresses and medication of 6 patients sent to a member of the public",
            "opiate substitution therapy (methadone, buprenorphine) reveals substance misuse", "no confirmation of deletion"])


# ---- 011 Welsh health board discharge summary emailed to the wrong GP surgery (stays in NHS Wales)
n11 = nhs(); d11 = dob(1949, 1949)
body = f"""Bore da,

Ward clerk on Ward Teifi here. Yesterday afternoon I emailed a discharge summary to Meddygfa Tywi in
Llandeilo but Mr ap Rhys is actually registered at Meddygfa Tawe, the names are next to each other in
the drop-down. Meddygfa Tywi's practice manager rang this morning, she has deleted it and has sent me an
email to say so (attached to the Datix). It was only the one patient:

  Name: Dafydd ap Rhys
  D.O.B: {d11.strftime('%d.%m.%Y')}
  NHS No: {n11}
  Address: Bwthyn y Nant, Heol Cennen, Ffairfach, Llandeilo SA19 6UL
  Dx: NSTEMI, PCI to LAD, started on ticagrelor

I have resent it to the right practice.

Diolch,
Elin Hopkins
Clerc Ward / Ward Clerk, Ward Teifi
Ysbyty Glangwili
"""
raw = build(11, "Elin Hopkins (Hywel Dda - Ward Teifi) <elin.hopkins@wales.nhs.uk>", BREACH,
            "Discharge summary sent to wrong GP practice", D(10, 10, 12), body)
emit(11, "welsh-discharge-wrong-meddygfa", raw, scenario="misdirected_email_nhs_internal",
     tags=["plain", "welsh", "nhs_to_nhs"],
     ids={"nhs_number": [n11], "date_of_birth": [iso(d11)], "address": ["Bwthyn y Nant, Heol Cennen, Ffairfach, Llandeilo SA19 6UL"],
          "postcode": ["SA19 6UL"]},
     names=["Dafydd ap Rhys"], ign_names=["Elin Hopkins"], ign={"email_address": ["elin.hopkins@wales.nhs.uk"]},
     subjects=1, cats=["health"], sev=3, lik=2,
     basis=["discharge summary with cardiac diagnosis", "sent to another NHS Wales GP practice (bound by confidentiality)",
            "recipient confirmed deletion in writing; cannot go below 2"])

# ---- 012 Bilingual appointment letters swapped between two patients (quoted-printable, accents)
n12a, n12b = nhs(), nhs()
body = f"""Helo / Hello

Two of our diabetes clinic appointment letters went in each other's envelopes last week (bilingual letters,
two pages each, the envelope window shows page 1 only so nobody noticed).

- Siân Llewelyn, 3 Maes yr Ysgol, Llanbedr Pont Steffan SA48 7HE, NHS {sp(n12a)} - received the letter meant
  for Mr Griffiths
- Gwilym Griffiths, Fferm Pen-lôn, Cwrtnewydd, SA40 9YH, NHS {sp(n12b)} - received the letter for Mrs Llewelyn

The letters say "Clinig Diabetes / Diabetes Clinic - adolygiad traed / foot review" and list their
current insulin. Mrs Llewelyn phoned us and has posted Mr Griffiths' letter back. Mr Griffiths has not
replied to our call yet.

Cofion,
Llinos Puw
Gweinyddwr Cleifion Allanol / Outpatients Administrator
Bwrdd Iechyd Prifysgol Hywel Dda
"""
raw = build(12, "Llinos Puw <llinos.puw@wales.nhs.uk>", BREACH, "Llythyrau wedi'u cyfnewid / letters swapped", D(11, 9, 20), body,
            cte="quoted-printable")
emit(12, "welsh-letters-swapped", raw, scenario="misdirected_post_swap",
     tags=["plain", "cte_quoted-printable", "welsh", "accented_names"],
     ids={"nhs_number": [n12a, n12b], "address": ["3 Maes yr Ysgol, Llanbedr Pont Steffan SA48 7HE", "Fferm Pen-lôn, Cwrtnewydd, SA40 9YH"],
          "postcode": ["SA48 7HE", "SA40 9YH"]},
     names=["Siân Llewelyn", "Gwilym Griffiths"], ign_names=["Llinos Puw"], ign={"email_address": ["llinos.puw@wales.nhs.uk"]},
     subjects=2, cats=["health"], sev=3, lik=3,
     basis=["each patient received the other's diabetes clinic letter (members of the public)",
            "one letter returned, the other not yet recovered"])

# ---- 013 CMHT care plan (docx table, patient + next of kin) emailed to a wrong personal address
n13 = nhs(); d13 = dob(1987, 1987)
tbl = [["Field", "Detail"],
       ["Service user", "Jodie Whitfield"], ["DOB", uk(d13)], ["NHS number", n13],
       ["Address", "27 Sandringham Close, Stockport SK4 2LW"], ["Mobile", "07700 900417"],
       ["Diagnosis", "Bipolar affective disorder, current episode hypomanic; hx of overdose 2024"],
       ["Medication", "Lithium 800mg nocte, olanzapine 10mg"],
       ["Risk summary", "Moderate risk to self when unwell; disengages; 2 x S136 in last 12 months"],
       ["Next of kin", "Carl Whitfield (brother), 07700 900683"],
       ["Care coordinator", "Priya Raman, CPN"]]
docx13 = make_docx(["Stockport East CMHT - CPA Care Plan", "Review date: 28/10/2026"], tbl,
                   ["Crisis plan: contact crisis team on 0161 496 0999 out of hours."])
body = """Hi IG,

I sent Jodie's care plan to the wrong email address this morning. She asked for a copy and gave her
email as jodie.whitfield87@gmail.com but I typed jodie.whitfeld87@gmail.com (missing i). No bounce, so it
has gone to someone. I've sent a message to that address asking them to delete, nothing back.

Copy of what was sent is attached. I haven't told Jodie yet, I'm seeing her Thursday and was going to
tell her face to face as she may become distressed.

Priya
Priya Raman | CPN | Stockport East CMHT
"""
raw = build(13, "Priya Raman <priya.raman3@nhs.net>", BREACH, "care plan emailed to wrong address", D(11, 13, 47), body,
            attachments=[("CPA care plan JW Oct26.docx", DOCX, docx13)])
emit(13, "cmht-careplan-docx-typo-address", raw, scenario="misdirected_email_docx_mental_health",
     tags=["docx_attachment", "plain", "next_of_kin", "typo_address"],
     ids={"nhs_number": [n13], "date_of_birth": [iso(d13)], "address": ["27 Sandringham Close, Stockport SK4 2LW"],
          "postcode": ["SK4 2LW"], "phone_number": ["07700900417", "07700900683"],
          "email_address": ["jodie.whitfield87@gmail.com"]},
     names=["Jodie Whitfield", "Carl Whitfield"], ign_names=["Priya Raman"],
     ign={"email_address": ["jodie.whitfeld87@gmail.com", "priya.raman3@nhs.net"], "phone_number": ["01614960999"]},
     subjects=2, cats=["mental_health"], sev=4, lik=3,
     basis=["full CPA care plan (bipolar disorder, overdose history, S136) sent to an unknown external address",
            "next of kin details included", "no response to deletion request"])

# ---- 014 Near miss: autocomplete caught before sending, no personal data in the report
body = """Hiya

Just letting you know in case I'm supposed to - I nearly sent the discharge list to an outside email
today. Outlook autocompleted "Sarah" to my friend's gmail instead of Sarah on the discharge team, but I
noticed before pressing send and deleted it. Nothing went. Is that a near miss I should Datix?

Thanks
Becky, ward clerk, AMU
"""
raw = build(14, "Rebecca Tandy <rebecca.tandy@nhs.net>", BREACH, "nearly sent to wrong person", D(12, 15, 3), body)
emit(14, "near-miss-autocomplete-caught", raw, scenario="near_miss_no_data", tags=["plain", "near_miss"],
     ign_names=["Rebecca Tandy", "Becky"], near_miss=True, sev=1, lik=1,
     basis=["nothing was sent; no personal data in the report"])

# ---- 015 Auto-reply to the breach mailbox
body = """Thank you for your email. I am on annual leave until Monday 23 November 2026 with no access to email.

For urgent information governance matters please contact the IG team on 0113 496 0500 or
ig.helpdesk@nhs.net.

Angela Whitworth
Information Governance Officer
"""
raw = build(15, "Angela Whitworth <angela.whitworth@nhs.net>", BREACH, "Automatic reply: Breach ref BD-2026-000311", D(12, 16, 0), body,
            extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
emit(15, "auto-reply-annual-leave", raw, scenario="non_report_auto_reply", tags=["plain", "auto_reply", "non_report"],
     ign_names=["Angela Whitworth"], ign={"phone_number": ["01134960500"], "email_address": ["ig.helpdesk@nhs.net"]},
     sev=1, lik=1, basis=["automatic reply, not a report"])

# ---- 016 IG newsletter (HTML + plain), lessons from ICO reprimands, no personal data
plain = """IG BULLETIN - November 2026

1. Bcc, not To. The ICO has reprimanded another NHS clinic this year for a group email that showed every
   patient's address. Use the bulk messaging tool, never the To field.
2. Nosey is not a lawful basis. Looking up a neighbour, a relative or yourself on the clinical system is a
   disciplinary matter and can be a criminal offence under s170 DPA 2018.
3. Handover sheets go in the confidential waste, not your pocket.
4. Report anything to breach@example.nhs.uk within 24 hours - we'd rather hear about near misses too.

Data Security and Protection Toolkit submission: deadline 30 June 2027. Training compliance is 87%; target 95%.

Information Governance Team | 0113 496 0500
"""
html = "<html><body>" + "".join(f"<p>{l}</p>" for l in plain.split("\n\n")) + "</body></html>"
raw = build(16, "IG Team <ig.team@nhs.net>", "All Staff <allstaff@example.nhs.uk>", "IG Bulletin - November 2026", D(13, 8, 0),
            plain, html=html, cc=BREACH)
emit(16, "ig-bulletin-newsletter", raw, scenario="non_report_newsletter", tags=["multipart_alternative", "newsletter", "non_report"],
     ign={"phone_number": ["01134960500"], "email_address": ["breach@example.nhs.uk", "ig.team@nhs.net", "allstaff@example.nhs.uk"]},
     sev=1, lik=1, basis=["newsletter, no incident and no personal data"])

# ---- 017 Training question
body = """Hello,

Quick question from our practice's IG training session today. If a patient asks us to email their
letters to their own Hotmail address and signs the consent form, and then someone else in their house
reads it, is that our breach? We're a small practice and want to get the policy right.

Thanks,
Nadia Chowdhury
Assistant Practice Manager, Moorside Surgery
"""
raw = build(17, "Nadia Chowdhury <nadia.chowdhury@nhs.net>", BREACH, "question re emailing patients", D(13, 12, 30), body)
emit(17, "training-question-emailing-patients", raw, scenario="non_report_question", tags=["plain", "question", "non_report"],
     ign_names=["Nadia Chowdhury"], sev=1, lik=1, basis=["policy question, no incident"])

# ---- 018 Near miss with identifiers: misaddressed envelope caught in the post room
n18 = nhs(); d18 = dob(1971, 1971)
body = f"""Dear IG

Post room caught this one before it went out so I think it's a near miss, but logging anyway. A
colposcopy results letter for Ms Tamsin Rowe (NHS {sp(n18, '-')}, DOB {d18.strftime('%d %B %Y')}) had been
put in a window envelope folded the wrong way, so the window showed the clinic's internal routing slip
instead of her address. Mail room opened it to find the address and sent it back to us. Re-sent today.
Nobody outside the trust saw it.

Marion Leckie
Gynaecology Outpatients Admin Supervisor
"""
raw = build(18, "Marion Leckie <marion.leckie@nhs.net>", BREACH, "Near miss - letter caught in post room", D(16, 10, 5), body)
emit(18, "near-miss-postroom-colposcopy", raw, scenario="near_miss_with_identifiers", tags=["plain", "near_miss"],
     ids={"nhs_number": [n18], "date_of_birth": [iso(d18)]}, names=["Tamsin Rowe"], ign_names=["Marion Leckie"],
     subjects=1, cats=["health"], near_miss=True, sev=3, lik=1,
     basis=["caught inside the organisation before dispatch (near miss)",
            "had it gone out it would have disclosed a colposcopy result; severity recorded as the potential effect"])

# ---- 019 Radiology worklist (xlsx, two sheets, hospital numbers only) emailed to a personal Hotmail
mri = [["Hosp No.", "Exam", "Appt", "Protocol notes"]]
ct = [["Hosp No.", "Exam", "Appt", "Contrast?"]]
hn19 = []
for i in range(8):
    h = hosp("RK", 6); hn19.append(h)
    mri.append([h, rng.choice(["MRI brain", "MRI prostate", "MRI lumbar spine", "MRI liver"]), f"1{i}/11 0{8 + i % 2}:{15 * (i % 4):02d}",
                rng.choice(["gad", "", "claustrophobic - sedation", "pacemaker check"])])
both = hn19[2]
for i in range(6):
    h = hosp("RK", 6) if i != 3 else both
    if h not in hn19:
        hn19.append(h)
    ct.append([h, rng.choice(["CT CAP", "CT head", "CT KUB", "CT colonography"]), f"2{i}/11", rng.choice(["Y", "N", "eGFR needed"])])
x19 = make_xlsx([("MRI list", mri), ("CT list", ct)])
body = """Hi,

Our radiology admin lead has told me that one of the bookers emailed herself the MRI and CT worklists to her
personal hotmail on Sunday night so she could "get ahead" at home. It was picked up by the DLP alert on
Monday. The spreadsheet only has hospital numbers (no names) and exam details - attached. I've not been
able to speak to her yet, she's on nights.

Does this need reporting if there are no names?

Dawn
Dawn Fairclough, Radiology Services Manager
"""
raw = build(19, "Dawn Fairclough <dawn.fairclough@nhs.net>", BREACH, "DLP alert - worklist to personal email", D(16, 14, 40), body,
            attachments=[("worklists wk47.xlsx", XLSX, x19)])
emit(19, "radiology-xlsx-two-sheets-personal", raw, scenario="staff_personal_email_xlsx",
     tags=["xlsx_attachment", "xlsx_two_sheets", "plain", "hospital_numbers_only", "duplicate_across_sheets"],
     ids={"hospital_number": hn19}, ign_names=["Dawn Fairclough"], subjects=len(hn19), cats=["health"], sev=3, lik=3,
     basis=[f"{len(hn19)} patients (one on both sheets) identifiable by hospital number with scan details",
            "sent to a personal webmail account outside the trusted domains", "not yet confirmed deleted"])

# ---- 020 Care home: resident's MAR chart and care plan summary handed to another resident's daughter
d20 = dob(1932, 1932)
body = f"""Good afternoon

Reporting from Ashgrove House Nursing Home. At visiting on Sunday one of our senior carers handed the
daughter of our resident in Room 12 a plastic wallet she thought was Room 12's hospital appointment letters.
It was actually the MAR chart and the one-page care plan summary for Mrs Winifred Tasker, Room 21 (DOB
{uk(d20)}) - her medicines (donepezil, lorazepam PRN, warfarin), her DNACPR status and the contact details
of her son Mr Graham Tasker (07700 900215), who holds LPA for health and welfare.

The daughter brought it back on Tuesday. She says she "had a look" before realising.
Mrs Tasker lacks capacity so I have told her son. He is not happy.

Regards
Bev Ainsworth RGN
Home Manager, Ashgrove House
"""
raw = build(20, "Bev Ainsworth <manager.ashgrove@ashgrovecare.org.uk>", BREACH, "MAR chart given to wrong family", D(17, 15, 10), body)
emit(20, "carehome-mar-chart-wrong-family", raw, scenario="paper_handed_wrong_person_care_home",
     tags=["plain", "care_home", "next_of_kin", "vulnerable_adult"],
     ids={"date_of_birth": [iso(d20)], "phone_number": ["07700900215"]}, names=["Winifred Tasker", "Graham Tasker"],
     ign_names=["Bev Ainsworth"], ign={"email_address": ["manager.ashgrove@ashgrovecare.org.uk"]},
     subjects=2, cats=["health"], sev=3, lik=3,
     basis=["medication chart, DNACPR status of a resident lacking capacity (vulnerable adult) handed to another family",
            "son's contact details included", "returned after being read"])

# ---- 021 GP receptionist, hurried, from phone: blood results texted to wrong mobile
d21 = dob(1966, 1966)
body = f"""sent the results text to wrong mob. It was for Mrs Lesley Brannigan dob {d21.strftime('%d/%m/%y')} - hba1c 71 and
cholesterol, dr wants to see her re starting insulin. The number on her record was her old one 07700900372, now
belongs to someone else who replied "who is this??". Updated record. Sorry for the rubbish email on phone

Sent from my iPhone
"""
raw = build(21, "Tracey Hollins <tracey.hollins@nhs.net>", BREACH, "text to wrong number", D(17, 17, 55), body)
emit(21, "gp-sms-results-wrong-mobile", raw, scenario="misdirected_sms",
     tags=["plain", "phone_typed", "short_dob_year"],
     ids={"date_of_birth": [iso(d21)]}, names=["Lesley Brannigan"], ign_names=["Tracey Hollins"],
     ign={"phone_number": ["07700900372"]},
     subjects=1, cats=["health"], sev=3, lik=3,
     basis=["blood results and treatment plan sent by SMS to a stranger's mobile", "recipient has read it"])

# ---- 022 NI GUM clinic letter to patient's previous address, opened by new occupant
h22 = hc()
body = f"""Hello,

I'm the clinic coordinator for the GUM service (Royal Victoria). We had a call from a Mr Desmond Flynn who has
moved into 44 Rugby Avenue, Belfast BT7 1RD. He opened a letter addressed to the previous tenant, a Mr Niall
Doran, thinking it was about the house. It was his appointment letter for the HIV clinic with his H&C number
({h22}) and blood test instructions. Mr Doran moved to a new address in August and told his GP, but our PAS was
never updated.

Mr Flynn says he has put it in the bin. We've updated PAS and the consultant will phone Mr Doran.

Roberta Dunwoody
Clinic Coordinator, GUM / Sexual Health
Belfast HSC Trust
028 9018 0276
"""
raw = build(22, "Roberta Dunwoody <roberta.dunwoody@belfasttrust.hscni.net>", BREACH, "GUM letter to old address", D(18, 11, 25), body)
emit(22, "ni-gum-letter-old-address", raw, scenario="misdirected_post_old_address_sexual_health",
     tags=["plain", "northern_ireland", "hc_number"],
     ids={"hc_number": [h22], "address": ["44 Rugby Avenue, Belfast BT7 1RD"], "postcode": ["BT7 1RD"]},
     names=["Niall Doran"], ign_names=["Roberta Dunwoody", "Desmond Flynn"],
     ign={"phone_number": ["02890180276"], "email_address": ["roberta.dunwoody@belfasttrust.hscni.net"]},
     subjects=1, cats=["sexual_health"], sev=4, lik=3,
     basis=["HIV clinic appointment opened and read by the new occupant of the patient's old address",
            "reveals HIV care (sexual health)", "binned by recipient, not recovered"])


# ---- 023 Health visitor's safeguarding referral emailed to the wrong school
n23 = nhs(); d23 = dob(2018, 2018); d23m = dob(1993, 1993)
body = f"""Hi

I am a health visitor with the 0-19 team. This morning I emailed a safeguarding information-sharing form for
a child to St Anne's RC Primary (admin@st-annes-primary.sch.uk) instead of St Agnes Primary, which is where
the child goes. The form contains:

Child: Leo Mitchell, DOB {uk(d23)}, NHS {n23}
Mother: Kayleigh Mitchell, DOB {uk(d23m)}
Address: 9 Fernbank Grove, Bolton BL3 4HT
Concern: domestic abuse incident at home 14/11, police attended, mother's partner Jason Reilly named as
the perpetrator. Child on a child protection plan (category: emotional abuse).

I have phoned St Anne's and spoken to the head's PA who says she will delete it, but she'd already opened
it. I have asked her to confirm in writing.

Janine Ogden
Specialist Community Public Health Nurse (Health Visitor)
"""
raw = build(23, "Janine Ogden <janine.ogden@nhs.net>", BREACH, "URGENT safeguarding form to wrong school", D(18, 12, 9), body)
emit(23, "hv-safeguarding-form-wrong-school", raw, scenario="misdirected_email_safeguarding",
     tags=["plain", "safeguarding", "child"],
     ids={"nhs_number": [n23], "date_of_birth": [iso(d23), iso(d23m)], "address": ["9 Fernbank Grove, Bolton BL3 4HT"],
          "postcode": ["BL3 4HT"]},
     names=["Leo Mitchell", "Kayleigh Mitchell", "Jason Reilly"], ign_names=["Janine Ogden"],
     ign={"email_address": ["admin@st-annes-primary.sch.uk", "janine.ogden@nhs.net"]},
     subjects=3, cats=["safeguarding"], sev=4, lik=3,
     basis=["child protection information about a child, his mother and an alleged perpetrator",
            "sent to an external school and opened", "deletion promised but not yet confirmed"])

# ---- 024 Community pharmacist: prescription bag given to the wrong person with the same name
body = """Hi, pharmacist at Weaver Pharmacy (NHS community pharmacy contractor) reporting as asked by the ICB.

Yesterday at 17:40 a dispensed bag for Mr Marcus Lyle, 6 Rowan Court, Northwich CW9 7UE, was handed to a
different Mr Lyle (same surname, first initial M) who collected for his own prescription. Our staff
member did not check the address. The bag contained emtricitabine/tenofovir (PrEP) and the dispensing
label showed Mr Marcus Lyle's name and address.

The other gentleman brought it back this morning, seal torn, said he opened it at home. Our Mr Lyle has been
informed and is very distressed.

Ishaan Patel MRPharmS
Pharmacist Manager, Weaver Pharmacy, 14 High St, Northwich CW9 5BY
"""
raw = build(24, "Weaver Pharmacy <weaver.pharmacy@nhs.net>", BREACH, "FW: incident - bag given to wrong patient", D(19, 9, 40), body)
emit(24, "pharmacy-prep-bag-wrong-lyle", raw, scenario="handed_to_wrong_person_pharmacy",
     tags=["plain", "pharmacy", "sexual_health"],
     ids={"address": ["6 Rowan Court, Northwich CW9 7UE"], "postcode": ["CW9 7UE"]},
     names=["Marcus Lyle"], ign_names=["Ishaan Patel"],
     ign={"postcode": ["CW9 5BY"], "address": ["14 High St, Northwich CW9 5BY"], "email_address": ["weaver.pharmacy@nhs.net"]},
     subjects=1, cats=["sexual_health"], sev=4, lik=3,
     basis=["PrEP medication with name and address handed to a member of the public", "opened before return"])

# ---- 025 Discharge list to the wrong council social worker; recalled and deletion confirmed
pts25 = [(f"{fn} {sn}", nhs(), ward) for fn, sn, ward in
         [("Arthur", "Booth", "Ward 4"), ("Sheila", "Mottram", "Ward 4"), ("Doreen", "Ackroyd", "Ward 6"),
          ("Leonard", "Pike", "Ward 6")]]
tbl = "\n".join(f"  {nm:18s} NHS {sp(nn)}  {w}  medically optimised, awaiting POC" for nm, nn, w in pts25)
orig = f"""Hi Lynne,

Delayed discharges for today's call:

{tbl}

Thanks, Marie"""
body = f"""FYI - the email below went to Lynne Ramsden at the wrong council (Kirklees instead of Calderdale - both
"Lynne R"). I rang her within 10 minutes, she deleted it from inbox and deleted items and has confirmed that
in writing (email attached to Datix W123456). Recall also attempted.

Marie

{outlook_fwd("Marie Quigley <marie.quigley@nhs.net>", "19 November 2026 08:52", "Lynne Ramsden <lynne.ramsden@kirklees.gov.uk>", "delayed discharges 19/11")}{orig}
"""
raw = build(25, "Marie Quigley <marie.quigley@nhs.net>", BREACH, "FW: delayed discharges 19/11", D(19, 10, 2), body)
emit(25, "discharge-list-wrong-council-contained", raw, scenario="misdirected_email_contained",
     tags=["plain", "inline_outlook", "containment"],
     ids={"nhs_number": [p[1] for p in pts25]}, names=[p[0] for p in pts25], ign_names=["Marie Quigley", "Lynne Ramsden"],
     ign={"email_address": ["marie.quigley@nhs.net", "lynne.ramsden@kirklees.gov.uk"]},
     subjects=4, cats=["health"], sev=3, lik=2,
     basis=["inpatient discharge status of 4 patients sent to the wrong local authority (outside trusted domains, 3)",
            "recipient deleted and confirmed in writing (-1)"])

# ---- 026 Scottish ward: whiteboard photo in a staff WhatsApp group that included a non-staff member
body = """Dear IG,

I am Senior Charge Nurse on Ward 11, University Hospital Wishaw. It has come to light that a photo of our
patient status board was posted in the "Ward 11 nurses" WhatsApp group on 15/11 to show the bed state.
The group has 31 members and one of them is a former bank HCA's husband, who was added by mistake last year.

Names readable on the board:
  Bed 1 Isobel Rennie - NBM, for OGD
  Bed 2 Morag Lindsay - side room, C.diff
  Bed 4 Alexander Kerr - palliative, family staying
  Bed 5 Thomas Brogan - DNACPR
  Bed 7 Jean Mathieson - confused, falls alarm

I have deleted the message for everyone and removed the member, but phones may have auto-saved the photo.

Catriona Mair
Senior Charge Nurse, Ward 11
"""
raw = build(26, "Catriona Mair <catriona.mair@lanarkshire.scot.nhs.uk>", BREACH, "WhatsApp photo of patient board", D(20, 8, 30), body)
emit(26, "scot-whatsapp-ward-board", raw, scenario="messaging_app_photo",
     tags=["plain", "scotland", "whatsapp"],
     names=["Isobel Rennie", "Morag Lindsay", "Alexander Kerr", "Thomas Brogan", "Jean Mathieson"],
     ign_names=["Catriona Mair"], ign={"email_address": ["catriona.mair@lanarkshire.scot.nhs.uk"]},
     subjects=5, cats=["health"], sev=3, lik=3,
     basis=["clinical status of 5 named inpatients shared on personal devices", "a non-staff member was in the group",
            "message deleted but photo may be saved on phones; no reduction"])

# ---- 027 Mental health inpatient unit: staff TikTok video shows patient board
body = """To the Data Protection Officer

Sorry to email late. Tonight a patient's mother phoned the ward to say a video on TikTok, made by one of our
support workers on a night shift, shows the office whiteboard on Larkspur Ward (acute adult mental health).
I have watched it: for a couple of seconds you can read "Bed 3 Nathan Kershaw - Sec 3 - level 2 obs, absconding
risk" and "Bed 6 Amira Haddad - Sec 2 - ligature risk". The video has about 2,300 views.

The support worker has been contacted and has deleted it at 23:10. We have screenshots for evidence.

Sam Whittle
Nurse in Charge (nights), Larkspur Ward
"""
raw = build(27, "Sam Whittle <sam.whittle@nhs.net>", BREACH, "urgent - tiktok video shows patient names", D(20, 23, 41), body)
emit(27, "mh-ward-tiktok-whiteboard", raw, scenario="social_media_mental_health",
     tags=["plain", "social_media"],
     names=["Nathan Kershaw", "Amira Haddad"], ign_names=["Sam Whittle"],
     subjects=2, cats=["mental_health"], sev=4, lik=4,
     basis=["Mental Health Act section status and risk of 2 inpatients published on TikTok (about 2,300 views)",
            "deleted after wide viewing; copies/screenshots exist, no reduction"])


# ---- 028 GP practice receives another practice's referral spreadsheet (two sheets, odd headers, NOK sheet)
ref = [["Pt Surname", "Forename(s)", "NHS #", "D.O.B", "Post Code", "Referral", "Urgency"]]
nok = [["NHS #", "NoK name", "Rel.", "NoK tel"]]
names28, n28, d28, pc28, ph28 = [], [], [], [], []
people28 = [("HAWORTH", "Brenda", "BB4 6LR", "Memory assessment", "Routine", "Stephen Haworth", "Son"),
            ("ISHERWOOD", "Frank", "BB4 8QT", "Falls clinic", "Soon", "Pat Isherwood", "Wife"),
            ("KHAN", "Mohammed Yusuf", "BB4 5DN", "Heart failure nurse", "Urgent", "Ayesha Khan", "Daughter"),
            ("LOMAS", "Vera", "BB4 7JW", "Continence", "Routine", None, None),
            ("NUTTALL", "George Henry", "BB4 9AP", "Parkinson's nurse", "Routine", "Irene Nuttall", "Wife")]
for sn, fn, pc, r, u, kn, kr in people28:
    nn, d = nhs(), dob(1930, 1955)
    ref.append([sn, fn, sp(nn), d.strftime("%d.%m.%y"), pc, r, u])
    names28.append(f"{fn} {sn.title()}"); n28.append(nn); d28.append(iso(d)); pc28.append(pc)
    if kn:
        tel = f"07700 900{rng.randint(100, 999)}"
        nok.append([sp(nn), kn, kr, tel]); names28.append(kn); ph28.append(tel.replace(" ", ""))
x28 = make_xlsx([("Referrals", ref), ("NoK", nok)])
orig = """Please see attached this week's community referrals for your patients.
Regards
Community Single Point of Access"""
body = f"""Hello

We've received the attached from the community SPA but none of these are our patients - they're all BB4
postcodes, I think it's meant for Haslingden Road Surgery. We haven't opened it beyond checking. I've
deleted it from our nhs.net inbox apart from this forward. Can you let SPA know?

Thanks
Julie Ashcroft
Practice Manager, Bacup Health Centre

{gmail_fwd("Community SPA <community.spa@nhs.net>", "Fri, 20 Nov 2026 at 16:02", "Community referrals w/e 20/11", "Bacup Health Centre <bacup.hc@nhs.net>")}{orig}
"""
raw = build(28, "Julie Ashcroft <julie.ashcroft@nhs.net>", BREACH, "Fwd: Community referrals w/e 20/11", D(23, 9, 14), body,
            attachments=[("SPA referrals 20.11.26.xlsx", XLSX, x28)])
emit(28, "gp-receives-wrong-practice-xlsx-nok", raw, scenario="misdirected_email_xlsx_nok_internal",
     tags=["xlsx_attachment", "xlsx_two_sheets", "odd_headers", "next_of_kin", "inline_gmail", "caps_surname"],
     ids={"nhs_number": n28, "date_of_birth": d28, "postcode": pc28, "phone_number": ph28}, names=names28,
     ign_names=["Julie Ashcroft"], ign={"email_address": ["julie.ashcroft@nhs.net", "community.spa@nhs.net", "bacup.hc@nhs.net"]},
     subjects=len(names28), cats=["health"], sev=3, lik=2,
     basis=["referral details of 5 patients and 4 next of kin sent to the wrong GP practice (nhs.net, trusted)",
            "recipient practice deleted it"])

# ---- 029 Care home newsletter on the public website with residents' details
body = """Hi,

I'm the administrator at Thornleigh Residential Home. Our November newsletter went up on our website on the 2nd
and a relative has pointed out it says more than it should. The bits in question:

  "Happy 90th birthday to Edna Morley, born 3rd December 1936 - Edna is doing brilliantly after her
   stroke in the summer!"
  "Welcome back to Albert Fairweather who is home from the Royal after his fall - please don't let him
   near the stairs, he still thinks he's 20!"
  "A warm welcome to our new resident Margaret (Peggy) Dunn who has joined us in the memory care suite."

I have taken the newsletter off the website this morning (it was up for about 3 weeks) and the Google cache
has gone. The newsletter was also printed for the entrance hall.

Kind regards
Sue Fenwick
Administrator, Thornleigh Residential Home
"""
raw = build(29, "Sue Fenwick <admin@thornleighhome.co.uk>", BREACH, "newsletter on website", D(23, 11, 45), body)
emit(29, "carehome-newsletter-public-website", raw, scenario="published_website_care_home",
     tags=["plain", "care_home", "published"],
     ids={"date_of_birth": ["1936-12-03"]}, names=["Edna Morley", "Albert Fairweather", "Margaret Dunn"],
     ign_names=["Sue Fenwick"], ign={"email_address": ["admin@thornleighhome.co.uk"]},
     subjects=3, cats=["health"], sev=3, lik=4,
     basis=["health details (stroke, fall, memory care) of 3 care home residents (vulnerable adults)",
            "published on a public website for 3 weeks"])

# ---- 030 Welsh health board dementia carers' group email To instead of Bcc (carers' addresses)
carers = [("Eirlys Bowen", "eirlys.bowen@btinternet.com"), ("", "huw.tudur58@gmail.com"), ("Gethin Parry", "gethinparry@hotmail.com"),
          ("Nia Rhydderch", "nia.rhydderch@outlook.com"), ("", "annwyl.jenkins@sky.com"), ("Meirion Evans", "meirion.evans1@icloud.com"),
          ("Carys Wyn", "caryswyn66@yahoo.co.uk"), ("", "gwynfor.lewis@gmail.com")]
to_line = ", ".join(f"{nm} <{em}>" if nm else em for nm, em in carers)
body = f"""Prynhawn da,

Sorry to report this. I run the carers' support group for Gwasanaeth Cof Ceredigion. I emailed the December
meeting details to our eight carers and used To instead of Bcc. One carer has complained that her neighbour,
also on the list, now knows her husband has dementia.

Original:

{quote(outlook_fwd("Gwenno Thomas <gwenno.thomas@wales.nhs.uk>", "23 Tachwedd 2026 14:10", to_line, "Grŵp Gofalwyr / Carers group - December"))}
> Annwyl ofalwyr / Dear carers,
> Our next dementia carers' support meeting is on 9 December, Canolfan Teifi, Aberteifi, 2pm.

Gwenno Thomas
Gweithiwr Cymorth Gofalwyr / Carer Support Worker
"""
raw = build(30, "Gwenno Thomas <gwenno.thomas@wales.nhs.uk>", BREACH, "Ebost grŵp / group email not bcc", D(23, 15, 2), body,
            cte="quoted-printable")
emit(30, "welsh-carers-group-to-not-bcc", raw, scenario="to_not_bcc_carers",
     tags=["plain", "cte_quoted-printable", "welsh", "recipients_are_data", "quoted_forward"],
     ids={"email_address": [e for _, e in carers]}, names=[nm for nm, _ in carers if nm], ign_names=["Gwenno Thomas"],
     ign={"email_address": ["gwenno.thomas@wales.nhs.uk"]},
     subjects=8, cats=[], sev=2, lik=3,
     basis=["personal email addresses of 8 carers disclosed to each other (external)",
            "reveals they care for someone with dementia, but no health data about the carers themselves"])

# ---- 031 GP website contact form responses in a Google Sheet open to 'anyone with the link' (CSV extract)
rows31 = [["Timestamp", "Your name", "Date of birth", "Email", "Phone", "How can we help?"]]
p31 = [("Danielle Shaw", "danni.shaw@gmail.com", "07700 900561", "I need a fit note extended, still off with my depression and anxiety"),
       ("Peter Greenhalgh", "p.greenhalgh@btinternet.com", "01204 960 233", "Can I get my flu jab at the pharmacy instead"),
       ("Aisha Begum", "aishabegum.22@hotmail.com", "07700 900884", "Had unprotected sex Saturday need morning after pill today please"),
       ("Lewis Crompton", "lewiscrompton@outlook.com", "07700 900129", "Results of my smear test please"),
       ("Hannah Yates", "hyates@gmail.com", "07700 900760", "Change of address - now 5 Holly Mount, Bolton BL1 8QS")]
ids31 = {"date_of_birth": [], "email_address": [], "phone_number": [], "address": ["5 Holly Mount, Bolton BL1 8QS"],
         "postcode": ["BL1 8QS"]}
for i, (nm, em, ph, msg) in enumerate(p31):
    d = dob(1975, 2004)
    rows31.append([f"2026-11-{10 + i:02d} 0{8 + i}:1{i}:00", nm, uk(d), em, ph, msg])
    ids31["date_of_birth"].append(iso(d)); ids31["email_address"].append(em); ids31["phone_number"].append(ph.replace(" ", ""))
body = """Hello

Our website company has told us the contact form on our practice website was saving the responses to a Google
Sheet with sharing set to "anyone with the link", and the link was in the page source. It's been like that since
the website was rebuilt in September, 212 responses. They have now locked it down (today 10:20) and say the
Google access log only shows their own accounts, but they can't see anonymous link views.

I've attached the last five rows so you can see what sort of thing people write.

Kind regards
Stephen Ogunbiyi
Practice Manager, Deane Road Surgery
"""
raw = build(31, "Stephen Ogunbiyi <stephen.ogunbiyi@nhs.net>", BREACH, "website form data publicly accessible", D(24, 12, 0), body,
            attachments=[("form_responses_extract.csv", CSV, make_csv(rows31))])
emit(31, "gp-website-form-sheet-exposed", raw, scenario="exposed_online_storage",
     tags=["csv_attachment", "plain", "published", "extract_of_larger_set"],
     ids=ids31, names=[p[0] for p in p31], ign_names=["Stephen Ogunbiyi"], ign={"email_address": ["stephen.ogunbiyi@nhs.net"]},
     subjects=5, cats=["mental_health", "reproductive_health", "health"], sev=4, lik=3,
     basis=["contact form messages (depression, emergency contraception, smear results) accessible to anyone with the link",
            "link exposed in the page source; anonymous access cannot be ruled out",
            "212 people affected in total; 5 identifiable in the extract sent"])

# ---- 032 Clinical genetics BRCA2 result letter emailed to the wrong patient
n32 = nhs(); d32 = dob(1979, 1979)
body = f"""Dear Information Governance

I'm a genetic counsellor. Yesterday I emailed a results letter (at the patient's request) to the wrong patient
email address - both patients were booked the same morning and I picked the wrong contact from the clinic list.

Letter was for: Rachel Sutcliffe, DOB {uk(d32)}, NHS No. {sp(n32)}
Content: confirms a pathogenic BRCA2 variant, recommends risk-reducing surgery discussion, and suggests her
sister Joanne Sutcliffe (who hasn't been tested) is referred for predictive testing.

It went to another patient of ours (I won't name her) who has replied to say she has deleted it and "hopes Rachel
is OK". I have phoned Rachel.

Dr Ngozi Eze
Genetic Counsellor, Regional Clinical Genetics Service
"""
raw = build(32, "Ngozi Eze <ngozi.eze@nhs.net>", BREACH, "genetics result letter misdirected", D(24, 14, 22), body)
emit(32, "genetics-brca2-letter-wrong-patient", raw, scenario="misdirected_email_genetic",
     tags=["plain", "genetic", "relative_named"],
     ids={"nhs_number": [n32], "date_of_birth": [iso(d32)]}, names=["Rachel Sutcliffe", "Joanne Sutcliffe"],
     ign_names=["Ngozi Eze"], subjects=2, cats=["genetic"], sev=4, lik=3,
     basis=["genetic test result (BRCA2) about the patient and implications for her sister sent to another patient",
            "recipient says she has deleted it, but she has evidently read it: deletion cannot undo the disclosure, no reduction"])


# ---- 033 Maternity booking summary sent to the wrong ward (nhs.net, internal) - reproductive history
n33 = nhs(); d33 = dob(1995, 1995)
body = f"""Hi

Community midwife here. I emailed a booking summary to the antenatal clinic but picked "Ward 30 Gynae" from
the global address list by mistake. Ward 30's sister has confirmed she deleted it. It contained:

Patient: Zainab Hussain   DOB: {uk(d33)}   NHS: {n33}
G3 P1, 12+3 weeks, previous termination of pregnancy 2021 (not known to partner - pt asked for this to stay
off the handheld notes), history of PND.

Zoe Barraclough RM
Community Midwife, Team 3
"""
raw = build(33, "Zoe Barraclough <zoe.barraclough@nhs.net>", BREACH, "booking email to wrong ward", D(25, 10, 30), body)
emit(33, "maternity-booking-wrong-ward-internal", raw, scenario="misdirected_email_internal_reproductive",
     tags=["plain", "reproductive_health", "internal"],
     ids={"nhs_number": [n33], "date_of_birth": [iso(d33)]}, names=["Zainab Hussain"], ign_names=["Zoe Barraclough"],
     subjects=1, cats=["reproductive_health", "mental_health"], sev=4, lik=2,
     basis=["pregnancy, previous termination and postnatal depression history", "sent to another ward in the same trust (nhs.net)",
            "deletion confirmed; inside trusted domain stays at 2"])

# ---- 034 Forensic CMHT risk summary emailed to a housing association officer not party to the MAPPA plan
n34 = nhs(); d34 = dob(1984, 1984)
body = f"""For the attention of the DPO

I'm the Team Leader of the Forensic Community Mental Health Team. On 24/11 one of our social workers sent a
risk summary to the wrong housing officer at Pennine Homes (the one dealing with the neighbouring tenancy,
not the one on the MAPPA plan). The summary covers:

   Mr Lee Ashurst, DOB {d34.strftime('%d-%b-%Y')}, NHS {sp(n34)}
   Paranoid schizophrenia; on CTO; index offence wounding with intent (2015), released on licence 2023
   Current address 12 Moss Lane, Rochdale OL16 4AH
   Victim exclusion zone details

The housing officer has not responded to our calls. There is a real worry here as the neighbour dispute
involves Mr Ashurst.

Dr Mark Ellison
Team Leader / Consultant Clinical Psychologist, Forensic CMHT
"""
raw = build(34, "Mark Ellison <mark.ellison@nhs.net>", BREACH, "Forensic risk summary sent to wrong housing officer", D(25, 16, 12), body)
emit(34, "forensic-cmht-risk-summary-housing", raw, scenario="misdirected_email_criminal_mental_health",
     tags=["plain", "criminal", "mental_health"],
     ids={"nhs_number": [n34], "date_of_birth": [iso(d34)], "address": ["12 Moss Lane, Rochdale OL16 4AH"], "postcode": ["OL16 4AH"]},
     names=["Lee Ashurst"], ign_names=["Mark Ellison"], subjects=1, cats=["mental_health", "criminal"], sev=4, lik=3,
     basis=["diagnosis, CTO status and offence history sent to an external housing officer",
            "risk of harm to the patient in a neighbour dispute", "no response from recipient"])

# ---- 035 Wrong attachment to a colleague (internal), no identifiers in the report
body = """Hi IG

I attached the wrong file when emailing our finance business partner this afternoon - instead of the budget
sheet I attached the diabetic eye screening clinic list for next week (approx 40 patients, names, NHS numbers,
appointment times). She is in the trust (nhs.net) and deleted it straight away and confirmed by email.
I haven't included the file here for obvious reasons.

Thanks
Amanda
Amanda Pickles, Service Manager, DESP
"""
raw = build(35, "Amanda Pickles <amanda.pickles@nhs.net>", BREACH, "wrong attachment sent internally", D(26, 15, 50), body)
emit(35, "wrong-attachment-internal-no-data", raw, scenario="internal_wrong_attachment_no_identifiers",
     tags=["plain", "internal", "no_identifiers_in_report"],
     ign_names=["Amanda Pickles"], subjects=0, cats=["health"], sev=3, lik=2,
     basis=["about 40 patients' screening appointments disclosed to a colleague without a need to know",
            "inside the trust, deletion confirmed; no identifiers in the report itself (subjects counted from the report: 0)"])

# ---- 036 NI ambulance contractor: hospital number list emailed to a private company's gmail
rows36 = [["Hosp No", "Name", "H+C No", "Pick up", "Destination", "Mobility"]]
n36, h36, hc36 = [], [], []
for nm in ["Patrick Quinn", "Margaret McCormick", "Thomas Gilmore", "Eileen Magee"]:
    hn, hcn = hosp("RVH", 6), hc()
    rows36.append([hn, nm, hcn, rng.choice(["08:30", "09:15", "10:00"]), rng.choice(["Oncology OPD", "Cardiology", "Fracture clinic"]),
                   rng.choice(["walks", "wheelchair", "stretcher"])])
    n36.append(nm); h36.append(hn); hc36.append(hcn)
x36 = make_xlsx([("Tues", rows36)])
body = """Hi

Our bookings clerk emailed tomorrow's outpatient transport list to the independent ambulance provider at
their old gmail address (they moved to a secure mailbox in October and told us not to use it). The provider
says nobody checks that inbox anymore and they can't log into it to delete it. Attached.

Ciara
Ciara Donnelly, Patient Transport Bookings, Belfast
"""
raw = build(36, "Ciara Donnelly <ciara.donnelly@belfasttrust.hscni.net>", BREACH, "transport list sent to old gmail", D(26, 16, 5), body,
            attachments=[("transport_list_tues.xlsx", XLSX, x36)])
emit(36, "ni-transport-list-old-gmail", raw, scenario="misdirected_email_xlsx_hospital_hc",
     tags=["xlsx_attachment", "northern_ireland", "hc_number", "hospital_number"],
     ids={"hospital_number": h36, "hc_number": hc36}, names=n36, ign_names=["Ciara Donnelly"],
     ign={"email_address": ["ciara.donnelly@belfasttrust.hscni.net"]},
     subjects=4, cats=["health"], sev=3, lik=3,
     basis=["4 patients' identifiers and outpatient destinations (oncology etc.) sent to an unmonitored external gmail",
            "cannot be deleted"])

# ---- 037 CMHT referral letters left on a public library printer
n37a, n37b = nhs(), nhs()
body = f"""Hi,

During the network outage on Thursday two of our team went to Central Library to print urgent referral
letters from the laptop. This morning the library manager rang: two letters were left on the public printer and
a member of the public handed them in at the desk. They are for:

 - Mr Karl Benson, NHS {n37a}, referral to the Early Intervention in Psychosis team
 - Ms Precious Mlambo, NHS {n37b}, referral to the eating disorders service (BMI 14.8)

I've collected them. We don't know how many people saw them.

Yvonne
Yvonne Heap, Admin Lead, South Community Mental Health Team
"""
raw = build(37, "Yvonne Heap <yvonne.heap@nhs.net>", BREACH, "letters left on library printer", D(27, 9, 12), body)
emit(37, "cmht-letters-library-printer", raw, scenario="lost_paper_public_place_mental_health",
     tags=["plain", "lost_paper"],
     ids={"nhs_number": [n37a, n37b]}, names=["Karl Benson", "Precious Mlambo"], ign_names=["Yvonne Heap"],
     subjects=2, cats=["mental_health"], sev=4, lik=3,
     basis=["mental health referral letters left on a public printer and handed in by a member of the public",
            "letters recovered, unknown number of readers"])

# ---- 038 Ward handover (docx table with NOK, DoLS) sent to an agency nurse's personal Gmail
tbl38 = [["Bed", "Patient", "Age", "Hosp No", "Issues", "NOK / contact"]]
p38 = [("1", "Violet Hargreaves", "88", "Vascular dementia, DoLS applied 20/11, 1:1", "Derek Hargreaves (son) 07700 900234"),
       ("2", "Norman Tattersall", "79", "COPD exac, NIV overnight", "Jean Tattersall (wife) 01706 960 455"),
       ("3", "Kathleen Swift", "92", "Fall, ?#pubic rami, awaiting OT", "no NOK - LA appointee"),
       ("4", "Ibrahim Sadiq", "70", "Sepsis ?source, blood cultures", "Farah Sadiq (daughter) 07700 900812")]
ids38 = {"hospital_number": [], "phone_number": ["07700900234", "01706960455", "07700900812"]}
names38 = []
for b, nm, age, iss, nk in p38:
    hn = hosp("D", 7); ids38["hospital_number"].append(hn)
    tbl38.append([b, nm, age, hn, iss, nk]); names38.append(nm)
names38 += ["Derek Hargreaves", "Jean Tattersall", "Farah Sadiq"]
d38 = make_docx(["Ward 5 (Care of the Elderly) - Bay A nursing handover", "Date: 27/11/26 Early shift"], tbl38)
body = """Hi,

I'm the ward sister on Ward 5. Last night the nurse in charge emailed the Bay A handover (attached) to an agency
nurse's personal gmail (she couldn't get onto the computer yet as her smartcard wasn't set up). She has been
told that's not allowed and I've asked the agency nurse to delete it. I've not had confirmation yet.

Sister Anne-Marie Clegg
Ward 5
"""
raw = build(38, "Anne-Marie Clegg <annemarie.clegg@nhs.net>", BREACH, "handover emailed to agency nurse gmail", D(27, 11, 3), body,
            attachments=[("Bay A handover 27.11.docx", DOCX, d38)])
emit(38, "ward-handover-docx-agency-gmail", raw, scenario="personal_email_docx_nok",
     tags=["docx_attachment", "next_of_kin", "safeguarding", "plain"],
     ids=ids38, names=names38, ign_names=["Anne-Marie Clegg"], subjects=7, cats=["health", "safeguarding"], sev=4, lik=3,
     basis=["handover of 4 inpatients (diagnoses, DoLS application) and 3 relatives' phone numbers",
            "sent to a personal gmail outside the trusted domains", "not yet confirmed deleted"])


# ---- 039 Scottish district nurse's caseload printout left on a train (CHI numbers)
p39 = [("Elizabeth Roy", "F", "14 Main Street, Bathgate EH48 1PQ", "insulin x2 daily"),
       ("James Cowan", "M", "3 Glebe Road, Whitburn EH47 0AT", "leg ulcer dressings, doppler due"),
       ("Ann McLaren", "F", "27 Mid Street, Bathgate EH48 1QD", "palliative - JIC meds in house, syringe driver"),
       ("Hugh Paterson", "M", "Flat 4, 1 Jarvey Street, Bathgate EH48 4EZ", "catheter change, MRSA +ve"),
       ("Catherine Nairn", "F", "58 Hopetoun Street, Bathgate EH48 4PD", "B12 inj, lives alone, key safe 1984")]
chis39, lines = [], []
for nm, sx, a, task in p39:
    c = chi(dob(1928, 1950), sx); chis39.append(c)
    lines.append(f"{nm:16s} CHI {c}  {a}  - {task}")
body = "Hi,\n\nI'm one of the district nurses in the Bathgate team. Coming back from a training day in Edinburgh " \
       "yesterday I left my folder on the train (ScotRail, 16:52 to Bathgate). It had my caseload printout for this " \
       "week. I've reported it to ScotRail lost property but nothing handed in yet. I've reprinted it from EMIS so you " \
       "can see exactly what was on it:\n\n" + "\n".join(lines) + \
       "\n\nThe key safe number is on there for Mrs Nairn so we've asked the family to change it today.\n\n" \
       "Really sorry,\nShona Gillespie\nDistrict Nurse, Bathgate & Linlithgow DN Team, NHS Lothian\n"
raw = build(39, "Shona Gillespie <shona.gillespie@nhs.scot>", BREACH, "lost caseload list on train", D(30, 8, 51), body)
emit(39, "scot-dn-caseload-lost-train", raw, scenario="lost_paper_public_transport_chi",
     tags=["plain", "scotland", "chi_number", "lost_paper"],
     ids={"chi_number": chis39, "address": [p[2] for p in p39], "postcode": [p[2][-8:].strip() for p in p39]},
     names=[p[0] for p in p39], ign_names=["Shona Gillespie"], ign={"email_address": ["shona.gillespie@nhs.scot"]},
     subjects=5, cats=["health"], sev=4, lik=3,
     basis=["CHI numbers, addresses and care details of 5 housebound patients lost on a train, not recovered",
            "key safe code for a vulnerable patient living alone (risk of physical harm: 4)"])

# ---- 040 NI: clinic list to the wrong GP practice inside HSC (hscni.net) - stays in the health service
p40 = [("Colm Gallagher", hc()), ("Deirdre Hamill", hc()), ("Seamus Rafferty", hc())]
body = "Hiya,\n\nReporting a misdirected email. Diabetic retinopathy clinic outcome list for 3 patients went to " \
       "Drumragh Medical Practice instead of Dromore Medical Practice (both in the HSC GP directory).\n\n" + \
       "\n".join(f"  {nm} - H&C No: {sp(h)} - R1M0, rescreen 12/12" for nm, h in p40) + \
       "\n\nDrumragh's practice manager has confirmed it's been deleted.\n\nMaeve\n--\nMaeve Corrigan\n" \
       "Diabetic Eye Screening Programme, Western HSC Trust\nTel: 028 9018 0711\n"
raw = build(40, "Maeve Corrigan <maeve.corrigan@westerntrust.hscni.net>", BREACH, "Misdirected email - DESP outcomes", D(30, 10, 33), body)
emit(40, "ni-desp-list-wrong-gp-hsc", raw, scenario="misdirected_email_nhs_internal_ni",
     tags=["plain", "northern_ireland", "hc_number", "nhs_to_nhs"],
     ids={"hc_number": [h for _, h in p40]}, names=[nm for nm, _ in p40], ign_names=["Maeve Corrigan"],
     ign={"phone_number": ["02890180711"], "email_address": ["maeve.corrigan@westerntrust.hscni.net"]},
     subjects=3, cats=["health"], sev=3, lik=2,
     basis=["screening outcomes of 3 patients sent to the wrong GP practice within HSC (bound by confidentiality)",
            "deletion confirmed"])

# ---- 041 Welsh health board: SharePoint "anyone with the link" physio list shared with an external supplier (bilingual headers)
hdr = ["Enw / Name", "Dyddiad geni / DOB", "Rhif GIG / NHS No", "Cod post / Postcode", "Rhestr aros / Waiting list", "Perthynas agosaf / NOK"]
rows41 = [hdr]
p41 = [("Gareth Lloyd-Williams", "LL57 2EN", "MSK - knee", "Bethan Lloyd-Williams"),
       ("Mererid Owen", "LL55 1SR", "Pelvic health", ""),
       ("Ffion Hughes", "LL54 6BW", "Neuro - post stroke", "Dylan Hughes"),
       ("Tegid Roberts", "LL57 4TP", "MSK - back", ""),
       ("Alaw Jones", "LL55 2YE", "Falls", "Iwan Jones")]
ids41 = {"nhs_number": [], "date_of_birth": [], "postcode": []}
names41 = []
for nm, pc, wl, nk in p41:
    nn, d = nhs(), dob(1940, 1995)
    rows41.append([nm, d.strftime("%d/%m/%Y"), nn, pc, wl, nk])
    ids41["nhs_number"].append(nn); ids41["date_of_birth"].append(iso(d)); ids41["postcode"].append(pc)
    names41.append(nm)
    if nk:
        names41.append(nk)
x41 = make_xlsx([("Rhestr - List", rows41), ("Nodiadau - Notes", [["Nodyn / Note"], ["Update weekly - do not share outside BCU"]])])
body = """Helo,

Physiotherapy waiting list spreadsheet on our Teams/SharePoint had a sharing link set to "Anyone with the link"
and that link was sent to the software supplier (physio-booking.co.uk) for a data migration test, with the
spreadsheet itself attached by mistake (copy attached). The supplier has no contract for live data yet.

Supplier says their engineer opened it. Link now disabled, supplier asked to delete.

Rhodri Bennett
Rheolwr Gwasanaeth / Service Manager, Therapies (Gwynedd)
"""
raw = build(41, "Rhodri Bennett <rhodri.bennett@wales.nhs.uk>", BREACH, "Rhestr aros ffisio - shared externally", D(30, 14, 14), body,
            attachments=[("Rhestr aros ffisio Gwynedd.xlsx", XLSX, x41)])
emit(41, "welsh-physio-list-sharepoint-supplier", raw, scenario="exposed_link_supplier_xlsx",
     tags=["xlsx_attachment", "xlsx_two_sheets", "odd_headers", "bilingual_headers", "welsh", "next_of_kin"],
     ids=ids41, names=names41, ign_names=["Rhodri Bennett"], ign={"email_address": ["rhodri.bennett@wales.nhs.uk"]},
     subjects=len(names41), cats=["health"], sev=3, lik=3,
     basis=["waiting list (NHS numbers, DOBs, conditions) of 5 patients and 3 next of kin opened by an external supplier without a contract",
            "deletion requested, not confirmed"])

# ---- 042 Privacy monitoring report: receptionist accessed records of neighbours and sister-in-law (CSV audit log)
rows42 = [["User", "Role", "Patient NHS No", "Patient name", "Accessed", "Module", "Legit relationship?"]]
p42 = [("Denise Partington", "Mental Health - Psychiatry letters"), ("Alan Partington", "Demographics"),
       ("Kirsty Fairhurst", "Results - Pathology"), ("Susan Maher", "Consultation notes")]
n42 = []
for i, (nm, mod) in enumerate(p42):
    nn = nhs(); n42.append(nn)
    for j in range(2):
        rows42.append(["JBR0044", "Receptionist", nn, nm.upper().split()[1] + ", " + nm.split()[0],
                       f"2026-11-{3 + i * 2 + j:02d} 1{i}:2{j}", mod, "N"])
body = f"""Hi Lindsey

The monthly privacy audit has thrown up a pattern I think needs escalating. One of our receptionists (user JBR0044)
has repeatedly opened records of people with no care relationship. From her own address on the staff file, three of
them live on the same road as her (Denise and Alan Partington, Kirsty Fairhurst) and one is her sister-in-law (Susan
Maher). For Mrs Partington she opened the psychiatry letters. The audit extract is attached.

Practice manager has been told and the user has been suspended from the clinical system pending investigation.

Regards
Owen Thackeray
Information Governance Officer (on behalf of the Primary Care IG service)

{outlook_fwd("Privacy Monitoring <privacy.monitoring@nhs.net>", "29 November 2026 06:00", "Thackeray Owen <owen.thackeray@nhs.net>", "Monthly privacy audit - exceptions")}Exceptions: 8 access events flagged (no legitimate relationship). See CSV.
"""
raw = build(42, "Owen Thackeray <owen.thackeray@nhs.net>", "Lindsey Ford <lindsey.ford@nhs.net>", "FW: Monthly privacy audit - exceptions",
            D(30, 16, 20), body, cc=BREACH, attachments=[("privacy_audit_exceptions_nov26.csv", CSV, make_csv(rows42))])
emit(42, "privacy-audit-receptionist-snooping", raw, scenario="snooping_audit_csv",
     tags=["csv_attachment", "inline_outlook", "snooping", "surname_comma_forename"],
     ids={"nhs_number": n42}, names=[p[0] for p in p42], ign_names=["Owen Thackeray", "Lindsey Ford"],
     ign={"email_address": ["privacy.monitoring@nhs.net", "owen.thackeray@nhs.net", "lindsey.ford@nhs.net"]},
     subjects=4, cats=["mental_health"], sev=4, lik=5,
     basis=["unauthorised access by a staff member to 4 people's records (misuse occurred)", "psychiatry letters viewed for one"])


# ---- 043 Welsh outpatients: clinic letters printed to the waiting-room printer (accented names, QP)
p43 = [("Llŷr Tomos", hosp("G", 7), dob(1961, 1961), "ENT - ?vestibular schwannoma, MRI requested"),
       ("Gwenllïan Elis", hosp("G", 7), dob(1990, 1990), "Dermatology - biopsy result, BCC"),
       ("Angharad Rhisiart", hosp("G", 7), dob(1944, 1944), "Rheumatology - methotrexate bloods")]
lines = "\n".join(f"  * {nm}, rhif ysbyty / hosp no {hn}, DOB {d.strftime('%d/%m/%Y')} - {x}" for nm, hn, d, x in p43)
body = f"""Dear all / Annwyl bawb,

After the printer swap on Monday the default printer for OPD 2 clinic rooms was set to the printer in the main
waiting area by mistake. This afternoon a patient's husband handed three letters to reception that he had
picked up "thinking they were his wife's". They are:

{lines}

Printer mapping corrected at 15:30. We can't tell whether anything else printed there earlier and was taken.

Diolch,
Rhian Prydderch
Arweinydd Tîm Clercod / Clerical Team Lead, Ysbyty Gwynedd OPD
"""
raw = build(43, "Rhian Prydderch <rhian.prydderch@wales.nhs.uk>", BREACH, "Llythyrau ar yr argraffydd anghywir / letters on wrong printer",
            D(30, 16, 55), body, cte="quoted-printable")
emit(43, "welsh-opd-waiting-room-printer", raw, scenario="printed_public_area",
     tags=["plain", "cte_quoted-printable", "welsh", "accented_names"],
     ids={"hospital_number": [p[1] for p in p43], "date_of_birth": [iso(p[2]) for p in p43]},
     names=[p[0] for p in p43], ign_names=["Rhian Prydderch"], ign={"email_address": ["rhian.prydderch@wales.nhs.uk"]},
     subjects=3, cats=["health"], sev=3, lik=3,
     basis=["clinic letters for 3 patients printed in a public waiting area and picked up by a member of the public",
            "returned; unknown whether other documents were taken"])

# ---- 044 Care home: detailed voicemail left on the wrong number
body = """Hello breach team,

One of our nurses left a voicemail last night for the daughter of a resident but dialled a number from an old
contact sheet. The message said Mr Cyril Openshaw in Room 4 had been taken to Royal Oldham with a suspected
fractured hip after a fall, that he'd been "more confused and aggressive this week" and asked his daughter
Mrs Lorraine Beswick to ring back on the home number. The number now belongs to a stranger who rang us this
morning to say he got the message.

Mr Openshaw has vascular dementia. Lorraine's correct number is 07700 900946, updated on the system.

Ta,
Janet Rigby, Deputy Manager
Moorview Lodge Care Home, 2 Ripponden Road, Oldham OL1 4EY
"""
raw = build(44, "Janet Rigby <deputy@moorviewlodge.co.uk>", BREACH, "voicemail left on wrong number", D(30, 10, 1), body)
emit(44, "carehome-voicemail-wrong-number", raw, scenario="misdirected_voicemail",
     tags=["plain", "care_home", "next_of_kin", "vulnerable_adult"],
     ids={"phone_number": ["07700900946"]}, names=["Cyril Openshaw", "Lorraine Beswick"], ign_names=["Janet Rigby"],
     ign={"address": ["2 Ripponden Road, Oldham OL1 4EY"], "postcode": ["OL1 4EY"], "email_address": ["deputy@moorviewlodge.co.uk"]},
     subjects=2, cats=["health"], sev=3, lik=3,
     basis=["health information about a resident with dementia (vulnerable adult) left on a stranger's voicemail",
            "stranger confirms he heard it"])

# ---- 045 Crisis team email to the patient's employer, forwarded as an attachment (message/rfc822)
n45 = nhs(); d45 = dob(1990, 1990)
inner = f"""From: Crisis Resolution Home Treatment Team <crhtt.east@nhs.net>
To: tom.ridley@ridleylogistics.co.uk
Subject: Follow up from your assessment
Date: Mon, 30 Nov 2026 09:12:00 +0000
Message-ID: <crhtt.0930.{SEED}@nhs.net>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Dear Tom,

Following our visit on Saturday after your suicide attempt, the team will visit daily at 11am. Please keep your
medication (mirtazapine 30mg) with your partner Gemma as agreed in the safety plan. Your GP, Dr Shah, has been
informed.

Patient: Thomas Ridley   DOB {uk(d45)}   NHS {n45}

Crisis Resolution Home Treatment Team (East)
"""
body = """Attaching the email I sent this morning. I used the email address on the referral which turns out to be his
work address at the haulage company where his dad (also Tom Ridley) is the owner. His dad rang us. Patient has
asked us not to tell his family about the overdose.

Kelly Marsden, Band 6 CPN, CRHTT East
"""
raw = build(45, "Kelly Marsden <kelly.marsden@nhs.net>", BREACH, "email sent to patient's work address (dad's company)", D(30, 12, 40), body,
            attachments=[("Follow up from your assessment.eml", "message/rfc822", inner.encode("utf-8"))])
emit(45, "crisis-team-email-to-employer-rfc822", raw, scenario="misdirected_email_attached_eml_mental_health",
     tags=["message_rfc822", "plain", "forwarded_as_attachment"],
     ids={"nhs_number": [n45], "date_of_birth": [iso(d45)]}, names=["Thomas Ridley", "Gemma"],
     ign_names=["Kelly Marsden", "Shah", "Tom Ridley"],
     ign={"email_address": ["crhtt.east@nhs.net", "tom.ridley@ridleylogistics.co.uk"]},
     subjects=2, cats=["mental_health"], sev=4, lik=3,
     basis=["suicide attempt and crisis care plan sent to the patient's father's company mailbox (external)",
            "the father has read it against the patient's wishes", "partner named in the safety plan"])

# ---- 046 Scottish GP: SCI Gateway referral printout handed to the wrong patient at reception (CHI)
d46 = dob(1975, 1975)
c46 = chi(d46, "F")
body = f"""Hi there

Reception handed a printed copy of a referral to the wrong patient this morning. Two patients called Morrison
were waiting for copies of their referrals. The copy for Mrs Elaine Morrison (CHI {c46}, DOB {uk(d46)}, 4 Wellside
Place, Falkirk FK1 5RL) - referral to gynaecology re: heavy menstrual bleeding and ?fibroids - was given to a Mr
Morrison, who noticed at home and phoned. He's bringing it back tomorrow.

Kirsteen Baillie
Practice Manager, Camelon Medical Practice
"""
raw = build(46, "Kirsteen Baillie <kirsteen.baillie@nhs.scot>", BREACH, "referral copy handed to wrong patient", D(30, 13, 3), body)
emit(46, "scot-gp-referral-copy-wrong-morrison", raw, scenario="handed_to_wrong_person_chi",
     tags=["plain", "scotland", "chi_number"],
     ids={"chi_number": [c46], "date_of_birth": [iso(d46)], "address": ["4 Wellside Place, Falkirk FK1 5RL"], "postcode": ["FK1 5RL"]},
     names=["Elaine Morrison"], ign_names=["Kirsteen Baillie"], ign={"email_address": ["kirsteen.baillie@nhs.scot"]},
     subjects=1, cats=["reproductive_health"], sev=4, lik=3,
     basis=["gynaecology referral handed to another patient, read at home", "reproductive health content", "not yet returned"])

write_all()
