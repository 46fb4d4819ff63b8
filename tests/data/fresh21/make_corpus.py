#!/usr/bin/env python3
"""Generate the fresh21 evaluation corpus for breachdesk (deterministic).

Run:  /work/main/.venv/bin/python make_corpus.py
Writes NNN-slug.eml and truth.jsonl next to this file.
Emphasis: reports crowded with people who are NOT data subjects (staff, reporters,
recipients, professionals), told apart from the people whose data was disclosed.
"""
import csv
import datetime as dt
import io
import json
import os
import random
import zipfile
from email.charset import Charset, QP, BASE64
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(21021)
BREACH = "breach@example.nhs.uk"
BASE_DATE = dt.datetime(2026, 11, 2, 8, 47, tzinfo=dt.timezone.utc)
FIXED_ZIP_TIME = (2026, 11, 1, 9, 0, 0)

# ------------------------------------------------------------------ identifiers

def mod11_check(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - (s % 11)
    if c == 11:
        return 0
    if c == 10:
        return None
    return c


def valid10(n):
    n = "".join(ch for ch in str(n) if ch.isdigit())
    return len(n) == 10 and mod11_check(n[:9]) == int(n[9])


def nhs(lo=400_000_000, hi=799_999_999):
    """A valid NHS / H&C number with its first nine digits in [lo, hi]."""
    while True:
        d9 = str(RNG.randint(lo, hi))
        if 500_000_000 <= int(d9) < 600_000_000:
            continue
        c = mod11_check(d9)
        if c is not None:
            return d9 + str(c)


def hc():
    return nhs(320_000_000, 399_999_999)


def chi(dob, sex):
    """CHI: DDMMYY + 2 digits + sex digit (even F, odd M) + mod-11 check."""
    six = dob.strftime("%d%m%y")
    while True:
        mid = "%02d" % RNG.randint(0, 99)
        sexd = RNG.choice("02468" if sex == "F" else "13579")
        d9 = six + mid + sexd
        c = mod11_check(d9)
        if c is not None:
            return d9 + str(c)


def sp(n):
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def dash(n):
    return f"{n[:3]}-{n[3:6]}-{n[6:]}"


def iso(d):
    return d.isoformat()


D = dt.date

# ------------------------------------------------------------------ text pieces

DISCLAIMER_ENG = ("This message may contain confidential information. If you are not the intended recipient "
                  "please inform the\nsender that you have received the message in error before deleting it. "
                  "Please do not disclose, copy or\ndistribute information in this e-mail or take any action in "
                  "relation to its contents.")
NHSMAIL_FOOTER = ("********************************************************************************************************************\n"
                  "This message may contain confidential information. If you are not the intended recipient please inform the\n"
                  "sender that you have received the message in error before deleting it.\n"
                  "Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful.\n"
                  "Thank you for your co-operation.\n\n"
                  "NHSmail is the secure email and directory service available for all NHS staff in England and Scotland.\n"
                  "********************************************************************************************************************")
SCOT_DISCLAIMER = ("The information contained in this message may be confidential or legally privileged and is intended for the "
                   "addressee only. If you have received this message in error or there are any problems, please notify the "
                   "originator immediately. The unauthorised use, disclosure, copying or alteration of this message is strictly forbidden.")
WALES_DISCLAIMER = ("Mae'r e-bost hwn ac unrhyw atodiadau yn gyfrinachol. / This e-mail and any attachments are confidential "
                    "and intended solely for the addressee. Croesewir gohebiaeth yn Gymraeg / We welcome correspondence in Welsh.")
NI_DISCLAIMER = ("This email and any attachments are confidential and may be legally privileged. The views expressed are those of "
                 "the author and not necessarily those of the Health and Social Care Trust. Emails may be monitored.")
IPHONE = "Sent from my iPhone"


def outlook_hdr(frm, sent, to, subj, cc=None):
    s = f"-----Original Message-----\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subj}\n\n"


def outlook_new_hdr(frm, sent, to, subj, cc=None):
    s = f"________________________________\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subj}\n\n"


def gmail_hdr(frm, date, to, subj, cc=None):
    s = f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\nSubject: {subj}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + "\n"


def quote(text, depth=1):
    pre = ">" * depth
    return "\n".join((pre + " " + l) if l.strip() else pre for l in text.splitlines())


# ------------------------------------------------------------------ MIME helpers

def text_part(text, subtype="plain", cte="qp", charset="utf-8"):
    if cte == "7bit":
        text.encode("ascii")
        return MIMEText(text, subtype, "us-ascii")
    cs = Charset(charset)
    cs.header_encoding = QP
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    return MIMEText(text, subtype, cs)


def normalise_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            raw = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                raw = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>2026-11-01T09:00:00Z\g<2>", raw)
            z.writestr(zi, raw)
    return out.getvalue()


def xlsx_bytes(rows, sheet="Sheet1", extra_top=None):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in (extra_top or []):
        ws.append(r)
    for r in rows:
        ws.append(r)
    fixed = dt.datetime(2026, 11, 1, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "NHS User"
    wb.properties.lastModifiedBy = "NHS User"
    b = io.BytesIO()
    wb.save(b)
    return normalise_zip(b.getvalue())


def docx_bytes(paragraphs=(), tables=(), title=None):
    """paragraphs: list of str; tables: list of list-of-rows; rendered paragraphs first then tables,
    unless an item in paragraphs is ('TABLE', idx)."""
    import docx
    doc = docx.Document()
    fixed = dt.datetime(2026, 11, 1, 9, 0, 0)
    cp = doc.core_properties
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "NHS User"
    cp.author = "NHS User"
    cp.revision = 1
    if title:
        doc.add_heading(title, level=1)
    used = set()
    for p in paragraphs:
        if isinstance(p, tuple) and p[0] == "TABLE":
            _add_table(doc, tables[p[1]])
            used.add(p[1])
        else:
            doc.add_paragraph(p)
    for i, t in enumerate(tables):
        if i not in used:
            _add_table(doc, t)
    b = io.BytesIO()
    doc.save(b)
    return normalise_zip(b.getvalue())


def _add_table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = str(v)


def csv_bytes(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue().encode("utf-8")


XLSX = "vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def attach(data, filename, subtype):
    if subtype == "csv":
        p = MIMEText(data.decode("utf-8"), "csv", "utf-8")
    else:
        p = MIMEApplication(data, subtype)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


COUNTER = [0]


def message(n, frm, to, subject, body=None, html=None, cte="qp", attachments=(), cc=None,
            minutes=0, rfc822=None, extra=None, charset="utf-8", date=None):
    """Build a top-level message. body/html: text; attachments: MIME parts; rfc822: inner message."""
    if html is not None and body is not None:
        alt = MIMEMultipart("alternative", boundary=f"=_alt_fresh21_{n:03d}")
        alt.attach(text_part(body, "plain", cte, charset))
        alt.attach(text_part(html, "html", cte, charset))
        main = alt
    elif html is not None:
        main = text_part(html, "html", cte, charset)
    else:
        main = text_part(body, "plain", cte, charset)
    if attachments or rfc822 is not None:
        msg = MIMEMultipart("mixed", boundary=f"=_mixed_fresh21_{n:03d}")
        msg.attach(main)
        if rfc822 is not None:
            msg.attach(MIMEMessage(rfc822))
        for a in attachments:
            msg.attach(a)
    else:
        msg = main
    when = date or (BASE_DATE + dt.timedelta(hours=7 * n, minutes=minutes))
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<fresh21.{n:03d}.{when.strftime('%Y%m%d%H%M')}@mail.example.nhs.uk>"
    msg["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        msg[k] = v
    return msg


def inner(frm, to, subject, body, when, mid, cc=None, html=None, attachments=(), cte="qp", n=0):
    m = message(n, frm, to, subject, body=body, html=html, attachments=attachments, cc=cc, cte=cte, date=when)
    del m["Message-ID"]
    m["Message-ID"] = mid
    return m


# ------------------------------------------------------------------ corpus

EMAILS = []


def add(n, slug, msg, scenario, tags, subjects, cats, assess, names=(), ign_names=(), ids=None, ign=None,
        near_miss=False):
    ids = {k: list(v) for k, v in (ids or {}).items() if v}
    ign = {k: list(v) for k, v in (ign or {}).items() if v}
    for k in ("nhs_number", "chi_number", "hc_number"):
        for v in ids.get(k, []):
            assert valid10(v), (n, k, v)
    sev, lik, basis = assess
    rep = lik >= 3 and sev >= 2
    fname = f"{n:03d}-{slug}.eml"
    truth = {"file": fname, "scenario": scenario, "tags": sorted(tags), "identifiers": ids,
             "names": list(names), "ignorable_names": sorted(set(ign_names)), "ignorable": ign,
             "subjects": subjects, "special_categories": sorted(cats), "near_miss": near_miss,
             "no_identifiers": not ids and not names,
             "assessment": {"severity": sev, "likelihood": lik, "reportable": rep, "basis": basis}}
    EMAILS.append((fname, msg, truth))


def when(n, h=0, m=0, days=0):
    return BASE_DATE + dt.timedelta(hours=7 * n - h, minutes=-m, days=-days)


def outlook_date(t):
    return t.strftime("%A, %d %B %Y %H:%M")


def gmail_date(t):
    return t.strftime("%a, %-d %b %Y at %H:%M")


# ================================================================== emails

def e001():
    n = 1
    dob = D(1948, 3, 17); nn = nhs()
    pt = "Harold Baines"; addr = "27 Cobden Terrace, Leeds, LS12 5PQ"
    body = f"""Dear Breach Team,

Please find below my formal write-up of incident IG-2026-0412 for logging.

Summary
A discharge summary for one patient was emailed to the wrong GP practice.

Patient: {pt.upper()}, Harold
DOB: {dob.strftime('%d/%m/%Y')}   NHS No: {sp(nn)}
Address: {addr}
Content: discharge summary following admission with infective exacerbation of COPD, medication changes
(prednisolone course, new inhaler), follow-up with respiratory nurse.

Timeline
02/11/2026 10:05  Dr Anand Varma (consultant respiratory physician) signs off the summary on Ward 14.
02/11/2026 10:40  Ward clerk selects "Kirkstall Lane Surgery" from the address book instead of "Kirkstall
                  Road Medical Practice" (intended recipient, Dr Fiona Marsh).
02/11/2026 14:12  Mrs Gail Prentice, practice manager at Kirkstall Lane Surgery, replies that the
                  patient is not registered with them and that she has deleted the email.
02/11/2026 14:30  Ward manager Siobhan Kearney informed; summary re-sent to the correct practice.
02/11/2026 15:00  Caldicott Guardian (Dr Peter Oyelaran) informed.

Both practices are on NHSmail (nhs.net). Deletion confirmed in writing by the practice manager.

Regards

Louise Carmody
Information Governance Lead
Leeds Example Hospitals NHS Trust | 0113 496 0712

{DISCLAIMER_ENG}
"""
    msg = message(n, formataddr(("Louise Carmody", "louise.carmody@example.nhs.uk")), BREACH,
                  "IG-2026-0412 formal write-up - discharge summary to wrong GP practice", body, cte="qp")
    add(n, "ig-writeup-wrong-gp-practice", msg, "misdirected_email_nhs_internal",
        ["formal_ig", "timeline", "many_staff", "plain", "cte_qp"], 1, ["health"],
        (3, 2, ["discharge summary (health) about an identified patient",
                "sent to another GP practice on nhs.net (trusted, bound by confidentiality)",
                "deletion confirmed; already at 2, not lowered further"]),
        names=[pt], ign_names=["Anand Varma", "Fiona Marsh", "Gail Prentice", "Siobhan Kearney",
                               "Peter Oyelaran", "Louise Carmody"],
        ids={"nhs_number": [nn], "date_of_birth": [iso(dob)], "address": [addr], "postcode": ["LS12 5PQ"]},
        ign={"phone_number": ["01134960712"], "email_address": ["louise.carmody@example.nhs.uk"]})


def e002():
    n = 2
    dob = D(1979, 8, 2); nn = nhs(); pt = "Kieran Whitlow"
    t0 = when(n, 30)
    l1 = f"""Hi Mark,

I've just realised the tribunal report for Mr Whitlow went to the wrong solicitor. Autocomplete picked
j.hartley@hartleyfoxlaw.co.uk instead of j.hartley@hartleyandco-solicitors.co.uk. Report attached was the
full s.2 tribunal report by Dr Okafor - history of psychosis, two previous admissions under the MHA,
risk assessment.

Patient: Kieran WHITLOW  DOB {dob.strftime('%d.%m.%Y')}  NHS {nn}

I have asked them to delete it. Sorry.

Rachel Dunmore
Medical Secretary to Dr C. Okafor, Consultant Psychiatrist
Example Mental Health NHS Foundation Trust
Tel 0161 496 0455
"""
    reply = """Dear Ms Dunmore,

We acknowledge receipt of your email and attachment. We are not, at present, able to confirm deletion: we
have taken advice and the material will be retained on a restricted file pending instructions from our
insurers. Please direct any further correspondence to our compliance partner.

James Hartley
Partner, Hartley Fox LLP
"""
    l2 = ("Forwarding for logging - the solicitor is refusing to delete. Patient has been told by his care "
          "coordinator.\n\nMark Ellery\nService Manager, Acute Inpatient Services\n\n"
          + outlook_hdr("Rachel Dunmore", outlook_date(t0), "Mark Ellery", "wrong solicitor - tribunal report")
          + l1 + "\n" + outlook_hdr("James Hartley <j.hartley@hartleyfoxlaw.co.uk>", outlook_date(t0 + dt.timedelta(hours=3)),
                                    "Rachel Dunmore", "RE: Urgent - email sent in error") + reply)
    body = ("Please log. Third-party solicitor refusing deletion of a psychiatric tribunal report. I have "
            "informed the Caldicott Guardian (Dr Helen Sato).\n\nTom Bright\nIG Officer\n\n"
            + outlook_hdr("Mark Ellery", outlook_date(t0 + dt.timedelta(hours=4)), "Tom Bright",
                          "FW: wrong solicitor - tribunal report") + l2 + "\n" + DISCLAIMER_ENG + "\n")
    msg = message(n, formataddr(("Tom Bright", "tom.bright@nhs.net")), BREACH,
                  "FW: FW: wrong solicitor - tribunal report", body, cte="qp")
    add(n, "wrong-solicitor-refuses-deletion", msg, "misdirected_email_external_refusal",
        ["outlook_chain_3", "mental_health", "recipient_reply", "plain"], 1, ["mental_health"],
        (4, 3, ["psychiatric tribunal report (mental health) about an identified patient",
                "sent to an external solicitor's firm", "recipient refuses to delete: no containment"]),
        names=[pt], ign_names=["Mark Ellery", "Rachel Dunmore", "C. Okafor", "James Hartley", "Helen Sato",
                               "Tom Bright"],
        ids={"nhs_number": [nn], "date_of_birth": [iso(dob)]},
        ign={"email_address": ["j.hartley@hartleyfoxlaw.co.uk", "j.hartley@hartleyandco-solicitors.co.uk",
                               "tom.bright@nhs.net"], "phone_number": ["01614960455"]})


def e003():
    n = 3
    pt_dob = D(1991, 5, 23); nn = nhs(); pt = "Ffion Pryce"; addr = "9 Heol y Parc, Cardiff, CF14 3LA"
    body = f"""Hi IG,

Reporting on behalf of the outpatient bookings team (Cardiff & Vale example HB).

An appointment letter for Ms Ffion Pryce ({addr}, DOB {pt_dob.strftime('%d/%m/%Y')}, NHS number
{dash(nn)}) for the Early Pregnancy Assessment Unit was put into the same envelope as a letter for her
neighbour, Mr Dewi Llewellyn at 11 Heol y Parc. Mr Llewellyn opened both, saw it wasn't his and walked it
round to the hospital reception this morning, so we have the original letter back.
Ms Pryce has been phoned by Sister Angharad Rees and apologised to.

Diolch,
Bethan Morgan
Bookings Supervisor
02920 746 093

{WALES_DISCLAIMER}
"""
    msg = message(n, formataddr(("Bethan Morgan (Example UHB - Outpatients)", "bethan.morgan@wales.nhs.uk")),
                  BREACH, "Letter in wrong envelope - EPAU", body, cte="8bit")
    add(n, "wales-letter-wrong-envelope-neighbour", msg, "letter_wrong_envelope",
        ["wales", "neighbour_recipient", "plain", "cte_8bit"], 1, ["reproductive_health"],
        (4, 2, ["early pregnancy unit appointment (reproductive health) about an identified patient",
                "seen by a neighbour (member of the public)", "original letter returned (likelihood -1)"]),
        names=[pt], ign_names=["Dewi Llewellyn", "Angharad Rees", "Bethan Morgan"],
        ids={"nhs_number": [nn], "date_of_birth": [iso(pt_dob)], "address": [addr], "postcode": ["CF14 3LA"]},
        ign={"address": ["11 Heol y Parc"], "phone_number": ["02920746093"],
             "email_address": ["bethan.morgan@wales.nhs.uk"]})


def e004():
    n = 4
    people = [("Ashok Patel", "ashokp1984@gmail.com"), ("Liam O'Connor", "liam.oc@outlook.com"),
              (None, "dj.marcus77@hotmail.co.uk"), ("Stefan Novak", "s.novak@btinternet.com"),
              ("Jordan Blake", "jordanblake@icloud.com"), (None, "rainbowrunner92@gmail.com"),
              ("Tomasz Wiśniewski", "t.wisniewski@wp.pl"), ("Callum Reid", "callum.reid88@yahoo.co.uk"),
              (None, "mikey.b.1990@gmail.com"), ("Dele Adeyemi", "dele.adeyemi@gmail.com"),
              ("Gareth Lloyd", "garethlloyd@sky.com")]
    to = "; ".join(f"{nm} <{a}>" if nm else a for nm, a in people)
    t0 = when(n, 2)
    inner_body = """Hello,

This is a reminder that your PrEP review and 3-monthly HIV/STI screen is due. Please book via the
online system or call the clinic. Remember to bring your PrEP tablets with you.

Kind regards
Sexual Health Admin Team
Example Centre for Sexual Health
"""
    body = ("To breach mailbox - I think our admin sent this with everyone in the To line, not Bcc. "
            "Eleven patients can see each other's emails. I've asked IT to try a recall but two have already "
            "replied-all.\n\nNia\n\nNia Oduya | Clinical Nurse Specialist | Example Centre for Sexual Health\n\n"
            + outlook_hdr("Sexual Health Admin <sh.admin@example.nhs.uk>", outlook_date(t0), to,
                          "Your PrEP review is due") + inner_body)
    msg = message(n, formataddr(("Oduya Nia", "nia.oduya@example.nhs.uk")), BREACH,
                  "FW: Your PrEP review is due  ** TO NOT BCC **", body, cte="b64")
    names = [nm for nm, _ in people if nm]
    add(n, "to-not-bcc-prep-clinic", msg, "to_not_bcc_sexual_health",
        ["to_not_bcc", "recipients_are_subjects", "cte_base64", "outlook_fwd"], len(people), ["sexual_health"],
        (4, 3, ["recipient email addresses disclosed to each other in the To line",
                "membership of a PrEP/HIV screening list reveals sexual health", "external personal addresses",
                "recall failed; replies-all already sent"]),
        names=names, ign_names=["Nia Oduya"],
        ids={"email_address": [a for _, a in people]},
        ign={"email_address": ["sh.admin@example.nhs.uk", "nia.oduya@example.nhs.uk"]})


def e005():
    n = 5
    d1 = D(1994, 1, 30); d2 = D(1961, 10, 8)
    c1 = chi(d1, "F"); c2 = chi(d2, "F")
    body = f"""Dear Colleagues,

FairWarning/TrakCare audit outcome - please log as a confirmed inappropriate access.

Following a complaint from Mrs Moira Gilchrist on 28 October, the audit of her record and that of her
daughter-in-law shows that a Healthcare Support Worker (Ward 7, identified to HR, not named here)
accessed both records on 14 occasions between 2 and 26 October with no clinical reason. The HSW is
a relative by marriage.

  Patient 1: Kirsty GILCHRIST   CHI {c1}   DOB {d1.strftime('%d/%m/%Y')}   maternity and antenatal records viewed
  Patient 2: Moira GILCHRIST    CHI {c2}   DOB {d2.strftime('%d/%m/%Y')}   oncology clinic letters viewed

Mrs Gilchrist reports that details of Kirsty's pregnancy were discussed at a family event before Kirsty
had told anyone. HR (Alan Dewar) and the HSW's line manager Charge Nurse Eilidh Ross are aware.
The Caldicott Guardian, Dr Iain Brodie, has been briefed.

Regards,
Morag Lindsay
Information Governance Manager, NHS Example Health Board
Tel: 0141 496 0833

{SCOT_DISCLAIMER}
"""
    msg = message(n, formataddr(("Morag Lindsay", "morag.lindsay@nhs.scot")), BREACH,
                  "Confirmed inappropriate access - TrakCare audit", body, cte="qp")
    add(n, "scotland-snooping-family", msg, "snooping_family_member",
        ["scotland", "chi", "snooping", "plain"], 2, ["reproductive_health", "health"],
        (4, 5, ["unauthorised access by staff to relatives' records", "pregnancy details (reproductive health)",
                "misuse reported: details disclosed at a family event"]),
        names=["Kirsty Gilchrist", "Moira Gilchrist"],
        ign_names=["Alan Dewar", "Eilidh Ross", "Iain Brodie", "Morag Lindsay"],
        ids={"chi_number": [c1, c2], "date_of_birth": [iso(d1), iso(d2)]},
        ign={"phone_number": ["01414960833"], "email_address": ["morag.lindsay@nhs.scot"]})


def e006():
    n = 6
    html = """<html><body><p>Hi,</p>
<p>A relative has contacted the ward (Ward 5 South, Example Area Hospital) to say a <b>Facebook</b> post by one
of our healthcare assistants shows the team celebrating a birthday in front of the patient status board.
The board is clearly readable in the photo. It was public for about 9 hours before the HCA removed it
tonight. Screenshot taken by Ward Sister Clodagh McAleese before removal. From the screenshot the board shows:</p>
<table border="1"><tr><th>Bed</th><th>Patient</th><th>Notes</th></tr>
<tr><td>1</td><td>Eamon FITZPATRICK</td><td>NBM, falls risk</td></tr>
<tr><td>2</td><td>Sadie Doherty</td><td>DNACPR, side room</td></tr>
<tr><td>3</td><td>Brendan Quinn</td><td>IV abx, diabetic</td></tr>
<tr><td>4</td><td>Noreen Magee</td><td>confused ++, 1:1</td></tr>
<tr><td>6</td><td>Patrick McCann</td><td>awaiting CT head</td></tr></table>
<p>The relative who reported it is Mrs Magee's son-in-law (he recognised his mother-in-law's name).</p>
<p>Ciaran Devlin<br>Ward Manager<br>Example HSC Trust<br>028 9504 8821</p>
<p><small>""" + NI_DISCLAIMER + """</small></p></body></html>"""
    msg = message(n, formataddr(("Devlin, Ciaran", "ciaran.devlin@example.hscni.net")), BREACH,
                  "Patient board visible on staff Facebook post", html=html, cte="qp")
    add(n, "ni-facebook-ward-board", msg, "social_media_post",
        ["northern_ireland", "html_only", "social_media", "names_only"], 5, ["health"],
        (3, 4, ["patient names with clinical notes (DNACPR, NBM, confusion) published on Facebook",
                "public for about 9 hours", "confused patient (vulnerable)"]),
        names=["Eamon Fitzpatrick", "Sadie Doherty", "Brendan Quinn", "Noreen Magee", "Patrick McCann"],
        ign_names=["Clodagh McAleese", "Ciaran Devlin"],
        ign={"phone_number": ["02895048821"], "email_address": ["ciaran.devlin@example.hscni.net"]})


def e007():
    n = 7
    rows = [["Bed", "Name", "Age", "Hosp No", "Dx / plan"],
            ["A1", "Jean Torrance", "84", "RX4471203", "#NOF post op day 2, delirium"],
            ["A2", "Colin Maybury", "52", "RX4471877", "alcohol withdrawal - CIWA 4 hrly, pabrinex"],
            ["A3", "Precious Nwosu", "29", "RX4490125", "sectioned s2 - awaiting MH bed, 1:1 obs"],
            ["A4", "Derek Ashworth", "71", "RX4402290", "CAP, O2 2L, for d/c Thurs"],
            ["A5", "Ivy Rowbotham", "90", "RX4398812", "UTI, falls, SW referral"]]
    data = docx_bytes(["WARD 22 NIGHT HANDOVER  01/11/26", ("TABLE", 0), "Nurse in charge: RN Paula Greene"],
                      [rows])
    body = """Hiya

One of our night nurses (Staff Nurse Zara Iqbal) has lost her handover sheet - she thinks it fell out of
her pocket in the multi-storey car park or on the 42 bus on the way home this morning. We've looked, it
hasn't been handed in. I've attached the Word template it was printed from (the same 5 patients).

Paula Greene
Nurse in Charge, Ward 22
ext 4471
"""
    msg = message(n, formataddr(("Greene Paula", "paula.greene@example.nhs.uk")), BREACH,
                  "lost handover sheet ward 22", body, cte="7bit",
                  attachments=[attach(data, "Ward22 handover 011126.docx", DOCX)])
    add(n, "lost-handover-sheet-docx", msg, "lost_handover_sheet",
        ["docx_table", "lost_paper", "plain"], 5, ["health", "substance_misuse", "mental_health"],
        (4, 3, ["handover sheet with diagnoses incl. alcohol withdrawal and detention under the MHA",
                "lost in a public place, not recovered", "elderly/delirious patients (vulnerable)"]),
        names=["Jean Torrance", "Colin Maybury", "Precious Nwosu", "Derek Ashworth", "Ivy Rowbotham"],
        ign_names=["Zara Iqbal", "Paula Greene"],
        ids={"hospital_number": ["RX4471203", "RX4471877", "RX4490125", "RX4402290", "RX4398812"]},
        ign={"email_address": ["paula.greene@example.nhs.uk"]})


def e008():
    n = 8
    dob = D(1956, 12, 4); nn = nhs(); pt = "Brenda Cowell"
    body = f"""Hi - flagging a near miss as asked at the pharmacy huddle.

I was about to send Mrs Brenda Cowell's medicines reconciliation (NHS {sp(nn)}, DOB {dob.strftime('%d %b %Y')})
to "b.cowell" - Outlook offered bcowell62@yahoo.co.uk (not her, I think a previous locum contact) instead
of the care home's nhs.net box. I spotted it before pressing send and deleted the draft. Nothing left the
building. Sent to the right address (careteam.oakleigh@nhs.net) afterwards.

Can we get the external address stripped from the autocomplete?

Thanks
Imran Chaudhry
Lead Pharmacist, Medicines Optimisation
"""
    msg = message(n, formataddr(("Imran Chaudhry", "imran.chaudhry@nhs.net")), BREACH,
                  "near miss - autocomplete", body, cte="qp")
    add(n, "near-miss-autocomplete-draft", msg, "near_miss_autocomplete",
        ["near_miss", "plain"], 1, ["health"],
        (1, 1, ["near miss: draft deleted before sending, nothing disclosed"]),
        names=[pt], ign_names=["Imran Chaudhry"],
        ids={"nhs_number": [nn], "date_of_birth": [iso(dob)]},
        ign={"email_address": ["bcowell62@yahoo.co.uk", "careteam.oakleigh@nhs.net", "imran.chaudhry@nhs.net"]},
        near_miss=True)


def e009():
    n = 9
    body = """Thank you for your email. I am out of the office until Monday 9 November with no access to email.

For urgent information governance matters please contact the IG team on 0113 496 0700 or
ig.team@example.nhs.uk. To report a data breach please use the Datix incident system as well as
the breach mailbox.

Louise Carmody
Information Governance Lead
"""
    msg = message(n, formataddr(("Louise Carmody", "louise.carmody@example.nhs.uk")), BREACH,
                  "Automatic reply: IG-2026-0412 formal write-up", body, cte="7bit",
                  extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    add(n, "auto-reply-ig-lead", msg, "non_report_auto_reply", ["non_report", "auto_reply"], 0, [],
        (1, 1, ["automatic reply, no incident"]), ign_names=["Louise Carmody"],
        ign={"phone_number": ["01134960700"], "email_address": ["ig.team@example.nhs.uk"]})


def e010():
    n = 10
    dob = D(1937, 6, 11); nn = nhs(); pt = "Winifred Ashcroft"
    body = f"""Datix export pasted below as asked.

Incident reference:   W128841
Date of incident:     03/11/2026    Time: 16:20
Location (exact):     Ward 9 (Care of the Elderly), bay B
Reporter:             Joanne Kitching (Ward Clerk)
Handler:              Sister Maureen Tidy
Investigator:         Lucy Okonjo (IG Officer)
Incident type:        Information Governance > Disclosure in error > Paper
Person affected:      Patient
  Name:               Mrs Winifred ASHCROFT
  NHS number:         {nn}
  Date of birth:      {dob.strftime('%d/%m/%Y')}
Description:          Discharge letter and TTO list for patient in bed B3 given to patient in bed B4
                      (Mr S. Holroyd) on his discharge. Mr Holroyd's daughter phoned next day to say it
                      was in his bag; letter lists diagnosis of vascular dementia and heart failure.
                      Daughter says she will post it back.
Immediate action:     Apology to Mrs Ashcroft's son (NOK). Daughter of Mr Holroyd asked to return it.
Severity (Datix):     Low harm

Joanne
"""
    msg = message(n, formataddr(("Kitching Joanne (Ward 9)", "joanne.kitching@example.nhs.uk")), BREACH,
                  "Datix W128841 - discharge letter given to wrong patient", body, cte="qp")
    add(n, "datix-export-wrong-patient-letter", msg, "paper_handed_to_wrong_patient",
        ["datix_fields", "plain", "many_staff"], 1, ["health"],
        (3, 3, ["discharge letter with dementia diagnosis taken home by another patient",
                "member of the public has it; return promised, not yet done", "elderly patient with dementia"]),
        names=[pt], ign_names=["Joanne Kitching", "Maureen Tidy", "Lucy Okonjo", "S. Holroyd"],
        ids={"nhs_number": [nn], "date_of_birth": [iso(dob)]},
        ign={"email_address": ["joanne.kitching@example.nhs.uk"]})


def e011():
    n = 11
    ni = "JR482913C"
    body = f"""Morning,

I need to report that I sent the grievance investigation pack for a staff member to the wrong manager. I
meant to send it to Karen Price (Matron, Surgery) and sent it to Karen Prince (Ward Manager, Maternity).
Karen Prince rang me straight away and has deleted it from her inbox and deleted items.

The pack concerns a grievance by Staff Nurse Olivia Brennan (NI {ni}) against her ward manager, Martin Kearsley,
and includes her occupational health report (work-related stress, anxiety and depression, on sertraline)
and witness statements.

Both Karens are internal (example.nhs.uk).

Regards
Sanjay Mehta
HR Business Partner
"""
    msg = message(n, formataddr(("Sanjay Mehta", "sanjay.mehta@example.nhs.uk")), BREACH,
                  "HR - grievance pack sent to wrong Karen", body, cte="qp")
    add(n, "hr-grievance-wrong-manager", msg, "staff_as_subject_hr",
        ["staff_subjects", "plain", "internal"], 2, ["mental_health"],
        (4, 2, ["grievance pack with OH report (anxiety/depression) about a named employee",
                "sent to an internal manager", "deletion confirmed; stays at 2"]),
        names=["Olivia Brennan", "Martin Kearsley"], ign_names=["Karen Price", "Karen Prince", "Sanjay Mehta"],
        ids={"ni_number": [ni]}, ign={"email_address": ["sanjay.mehta@example.nhs.uk"]})


def e012():
    n = 12
    staff = [("Rhian Evans", "4 Maes Glas, Bridgend, CF31 4RT", "CF31 4RT", "07700 900412"),
             ("Owain Jenkins", "22 Station Road, Porthcawl, CF36 5AB", "CF36 5AB", "07700 900377"),
             ("Carys Hopkins", "Flat 3, 18 Nolton Street, Bridgend, CF31 3BN", "CF31 3BN", "07700 900519"),
             ("Gethin Price", "7 Coity Road, Bridgend, CF31 1LR", "CF31 1LR", "07700 900688"),
             ("Sian Watkins", "51 Heol Persondy, Aberkenfig, CF32 9RG", "CF32 9RG", "07700 900243")]
    rows = [["DN TEAM ROTA - WEEK COMMENCING 09/11", "", "", "", ""],
            ["Staff", "Home address (lone working)", "Postcode", "Mob", "Mon-Fri"]]
    for s in staff:
        rows.append([s[0], s[1].rsplit(",", 1)[0], s[2], s[3], "E E L O E"])
    data = xlsx_bytes(rows, "Rota")
    t0 = when(n, 5)
    body = ("Hello IG, I attached the wrong file to a reply to a patient's daughter (Mrs Lowri Bevan, "
            "lowri.bevan@gmail.com) - she'd asked for visit times and I sent our team rota which has the "
            "nurses' home addresses and mobiles on it for lone working. She has not replied. Forwarding "
            "what I sent.\n\nDelyth Harries\nTeam Leader, District Nursing (Bridgend)\n\n"
            + outlook_new_hdr("Harries, Delyth", outlook_date(t0), "lowri.bevan@gmail.com",
                              "RE: visits for mam") + "Hi Lowri, rota attached, we'll be in most mornings. Delyth\n"
            + "\n" + WALES_DISCLAIMER + "\n")
    msg = message(n, formataddr(("Delyth Harries", "delyth.harries@wales.nhs.uk")), BREACH,
                  "wrong attachment - staff rota with home addresses", body, cte="qp",
                  attachments=[attach(data, "DN rota wc 09.11 FINAL v3.xlsx", XLSX)])
    add(n, "wales-rota-staff-home-addresses", msg, "staff_as_subject_rota",
        ["wales", "xlsx", "staff_subjects", "odd_headers"], 5, [],
        (2, 3, ["staff home addresses and mobiles (no health data)", "sent to a member of the public's gmail",
                "no reply, no containment"]),
        names=[s[0] for s in staff], ign_names=["Lowri Bevan", "Delyth Harries"],
        ids={"address": [s[1].rsplit(",", 1)[0] for s in staff], "postcode": [s[2] for s in staff],
             "phone_number": [s[3] for s in staff]},
        ign={"email_address": ["lowri.bevan@gmail.com", "delyth.harries@wales.nhs.uk"]})


def e013():
    n = 13
    body = """IG BULLETIN - November 2026

* Data Security Awareness training: 95% target by 31 March. Book via the LMS.
* Reminder: use Bcc for group emails to patients. Our Caldicott Guardian, Dr Peter Oyelaran, will speak
  at the December IG forum about lessons from recent ICO reprimands.
* Password changes: never share your smartcard PIN.

Information Governance Team, Leeds Example Hospitals NHS Trust - ig.team@example.nhs.uk
To unsubscribe reply with UNSUBSCRIBE.
"""
    html = "<html><body>" + "".join(f"<p>{l}</p>" for l in body.split("\n") if l.strip()) + "</body></html>"
    msg = message(n, formataddr(("IG Team", "ig.team@example.nhs.uk")), BREACH, "IG Bulletin - November 2026",
                  body, html=html, cte="qp", extra={"List-Unsubscribe": "<mailto:ig.team@example.nhs.uk>"})
    add(n, "non-report-ig-newsletter", msg, "non_report_newsletter", ["non_report", "newsletter", "multipart_alt"],
        0, [], (1, 1, ["newsletter, no incident"]), ign_names=["Peter Oyelaran"],
        ign={"email_address": ["ig.team@example.nhs.uk"]})


def e014():
    n = 14
    body = """Hi, quick question not a breach (I hope!). If a patient asks us to email their own blood results to
their personal Hotmail is that allowed or do we have to post them? Our practice manager says no but the
GP says yes if the patient consents. Thanks, Kayleigh (reception, Moorside Surgery)
""" + IPHONE
    msg = message(n, formataddr(("Kayleigh Shaw", "kayleigh.shaw1@nhs.net")), BREACH, "question", body, cte="7bit")
    add(n, "non-report-training-question", msg, "non_report_question", ["non_report", "question", "mobile"],
        0, [], (1, 1, ["general question, no incident and no personal data"]), ign_names=["Kayleigh Shaw"],
        ign={"email_address": ["kayleigh.shaw1@nhs.net"]})


def e015():
    n = 15
    dob = D(1988, 2, 14); nn = nhs(); pt = "Daniel Okoro"; addr = "Flat 6, 41 Granby Street, Leicester, LE1 6EP"
    t0 = when(n, 20)
    complaint = f"""To whom it may concern,

I am furious. My appointment letter from the HIV clinic was sent to my OLD address ({addr}) even though
I updated my address in March. My ex-partner still lives there, opened it and has now told my sister about
my diagnosis. I want to know how this happened and what you are going to do.

Daniel Okoro
DOB {dob.strftime('%d/%m/%Y')}, NHS number {nn}
07700 900561
"""
    body = ("Forwarding a complaint received by PALS this morning - patient reports his own data was sent "
            "to a previous address and has been shared. Please treat as urgent.\n\nGrace Lindqvist\n"
            "PALS Officer\n\n" + gmail_hdr("Daniel Okoro <d.okoro88@gmail.com>", gmail_date(t0),
                                           "pals@example.nhs.uk", "Complaint - letter sent to wrong address")
            + complaint)
    msg = message(n, formataddr(("Grace Lindqvist", "grace.lindqvist@example.nhs.uk")), BREACH,
                  "Fwd: Complaint - letter sent to wrong address", body, cte="b64")
    add(n, "patient-complaint-own-hiv-letter", msg, "patient_complaint_own_data",
        ["complainant_is_subject", "gmail_fwd", "cte_base64"], 1, ["sexual_health"],
        (4, 5, ["HIV clinic letter (sexual health) about the complainant", "sent to an out-of-date address",
                "misuse reported: ex-partner disclosed the diagnosis to a relative"]),
        names=[pt], ign_names=["Grace Lindqvist"],
        ids={"nhs_number": [nn], "date_of_birth": [iso(dob)], "address": [addr], "postcode": ["LE1 6EP"],
             "phone_number": ["07700900561"]},
        ign={"email_address": ["d.okoro88@gmail.com", "pals@example.nhs.uk", "grace.lindqvist@example.nhs.uk"]})


def e016():
    n = 16
    pts = [("Ahmed", "Rashid", D(1958, 4, 3)), ("Mary", "Colquhoun", D(1949, 9, 21)), ("Sunita", "Bains", D(1971, 1, 9)),
           ("Gordon", "Firth", D(1966, 7, 30)), ("Leanne", "Hutchins", D(1983, 11, 12)), ("Wojciech", "Kowal", D(1975, 3, 5)),
           ("Eileen", "Marsden", D(1940, 12, 25))]
    rows = [["Clinic", "Surname", "Forename", "NHS_No", "DOB", "Appt"]]
    nums = []
    for f, s_, d in pts:
        x = nhs(); nums.append(x)
        rows.append(["DIAB-FOOT", s_.upper(), f, x, d.strftime("%d/%m/%Y"), "10/11/2026 09:30"])
    t0 = when(n, 26)
    body = ("Logging this - our diabetes foot clinic list went to a member of the public (typo in the podiatry "
            "mailbox address). She has replied to say she's deleted it, see below.\n\nChris Adebayo\n"
            "Podiatry Admin Lead\n\n"
            "On " + t0.strftime("%a, %d %b %Y at %H:%M") + ", Pauline Hurst <paulinehurst55@gmail.com> wrote:\n"
            + quote("Hi, I think this was sent to me by mistake. I've not opened the attachment beyond seeing "
                    "what it was and have deleted it and emptied my bin.\nPauline")
            + "\n\n" + outlook_hdr("Adebayo Chris", outlook_date(t0 - dt.timedelta(hours=2)),
                                   "paulinehurst55@gmail.com", "clinic list 10/11") + "List attached.\n")
    msg = message(n, formataddr(("Chris Adebayo", "chris.adebayo@example.nhs.uk")), BREACH,
                  "FW: clinic list 10/11 - sent externally in error", body, cte="qp",
                  attachments=[attach(csv_bytes(rows), "diab_foot_101126.csv", "csv")])
    add(n, "csv-wrong-recipient-confirms-deletion", msg, "misdirected_email_external_deleted",
        ["csv", "recipient_reply", "quoted"], len(pts), ["health"],
        (3, 2, ["clinic list showing diabetes foot clinic attendance", "sent to a member of the public",
                "recipient confirms deletion (likelihood -1)"]),
        names=[f"{f} {s_}" for f, s_, _ in pts], ign_names=["Pauline Hurst", "Chris Adebayo"],
        ids={"nhs_number": nums, "date_of_birth": [iso(d) for *_, d in pts]},
        ign={"email_address": ["paulinehurst55@gmail.com", "chris.adebayo@example.nhs.uk"]})


def e017():
    n = 17
    dob = D(1970, 6, 19); c = chi(dob, "M"); pt = "Alasdair Munro"
    body = f"""Hi there,

Near miss to log. When franking the outgoing post this morning I noticed the envelope window for
Mr Alasdair Munro's colorectal clinic letter (CHI {c}) was showing a different patient's address. The
letter had been folded in with another patient's. I pulled both out before they went in the bag and re-sent
correctly. No letters left the department.

Shona MacLeod
Admin Supervisor, Surgical Outpatients, NHS Example
"""
    msg = message(n, formataddr(("Shona MacLeod", "shona.macleod@nhs.scot")), BREACH, "Near miss - post", body,
                  cte="qp")
    add(n, "scotland-near-miss-envelope", msg, "near_miss_post", ["scotland", "chi", "near_miss"], 1, ["health"],
        (1, 1, ["near miss: caught before posting, nothing disclosed"]),
        names=[pt], ign_names=["Shona MacLeod"], ids={"chi_number": [c]},
        ign={"email_address": ["shona.macleod@nhs.scot"]}, near_miss=True)


def e018():
    n = 18
    dob = D(1965, 9, 2); h = hc(); pt = "Geraldine Mullan"
    body = f"""IG Incident Report (Northern Ireland)

Incident: occupational therapy home assessment report emailed to the patient's former husband.
Patient: Mrs Geraldine MULLAN, H&C No. {sp(h)}, DOB {dob.strftime('%d/%m/%Y')}
Recorded NOK (out of date): Mr Sean Mullan.
Intended recipient: the patient herself (new address given in report, moved following domestic abuse).

Timeline
29/10  OT Niamh Breen sends report to NOK email on PAS rather than to patient.
31/10  Mr Mullan turns up at the patient's new address. Patient contacts PSNI (Constable Ryan Kelly).
01/11  Social worker (Deirdre Toner) and IG lead informed.

Lisa Hegarty, IG Lead, Example HSC Trust

{NI_DISCLAIMER}
"""
    msg = message(n, formataddr(("Hegarty, Lisa", "lisa.hegarty@example.hscni.net")), BREACH,
                  "Serious IG incident - report sent to former partner", body, cte="qp")
    add(n, "ni-ot-report-former-partner", msg, "misdirected_email_domestic_abuse",
        ["northern_ireland", "hc_number", "formal_ig", "timeline"], 1, ["safeguarding", "health"],
        (4, 5, ["OT report with new address of a domestic abuse victim", "sent to the former partner",
                "harm occurred: he attended the new address"]),
        names=[pt], ign_names=["Sean Mullan", "Niamh Breen", "Ryan Kelly", "Deirdre Toner", "Lisa Hegarty"],
        ids={"hc_number": [h], "date_of_birth": [iso(dob)]},
        ign={"email_address": ["lisa.hegarty@example.hscni.net"]})


def e019():
    n = 19
    body = """Delivery has failed to these recipients or groups:

breach-team@example.nhs.uk
The email address you entered couldn't be found. Please check the recipient's email address and try to
resend the message.

Diagnostic information for administrators:
Generating server: mail.example.nhs.uk
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
"""
    msg = message(n, "Microsoft Outlook <postmaster@example.nhs.uk>", BREACH, "Undeliverable: test", body,
                  cte="7bit", extra={"Auto-Submitted": "auto-generated"})
    add(n, "non-report-bounce", msg, "non_report_bounce", ["non_report", "ndr"], 0, [],
        (1, 1, ["delivery failure notice, no incident"]))


# ------------------------------------------------------------------ main

def main():
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    fns = [v for k, v in sorted(globals().items()) if k.startswith("e") and k[1:].isdigit()]
    for fn in fns:
        fn()
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as t:
        for fname, msg, truth in EMAILS:
            with open(os.path.join(HERE, fname), "wb") as fh:
                fh.write(msg.as_bytes())
            t.write(json.dumps(truth, ensure_ascii=False) + "\n")
    print(f"wrote {len(EMAILS)} emails")


if __name__ == "__main__":
    main()
