#!/usr/bin/env python3
"""Generate the fresh26 breachdesk evaluation corpus (deterministic).

    /work/main/.venv/bin/python make_corpus.py [OUTDIR]

Writes NNN-slug.eml files and truth.jsonl into OUTDIR (default: this file's folder).
Needs openpyxl, python-docx and fpdf2.  Every run produces byte-identical output.
"""
import csv
import datetime as dt
import io
import json
import re
import sys
import zipfile
from email import policy
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formatdate
from pathlib import Path

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
IG = "Information Governance <ig.incidents@nhs.net>"
IG_ADDR = "ig.incidents@nhs.net"
BREACH = "breach@example.nhs.uk"
FIXED_ZIP_TIME = (2026, 11, 2, 9, 0, 0)

# ------------------------------------------------------------------ identifiers


def _mod11(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - (s % 11)
    return 0 if c == 11 else (None if c == 10 else c)


def nhs(first9):
    """A valid 10-digit NHS / H&C number starting with (about) first9: bump the 9th digit until valid."""
    base = int(first9)
    while True:
        d9 = f"{base:09d}"
        c = _mod11(d9)
        if c is not None:
            return d9 + str(c)
        base += 1


def chi(ddmmyy, two, sex):
    """CHI: DDMMYY + 2 digits + sex digit (even F, odd M) + check."""
    dt.datetime.strptime(ddmmyy, "%d%m%y")  # real date
    start = 0 if sex == "F" else 1
    for s in range(start, 10, 2):
        d9 = ddmmyy + two + str(s)
        c = _mod11(d9)
        if c is not None:
            return d9 + str(c)
    raise ValueError(ddmmyy + two)


def assert_valid(num):
    assert len(num) == 10 and num.isdigit() and _mod11(num[:9]) == int(num[9]), num


def sp(n, sep=" "):
    return f"{n[:3]}{sep}{n[3:6]}{sep}{n[6:]}"


# ------------------------------------------------------------------ MIME helpers

_counter = [0]


def _bnd(tag):
    _counter[0] += 1
    return f"----=_Part_{_counter[0]:04d}_{tag}"


def text(body, subtype="plain", cte="qp"):
    if cte == "7bit":
        return MIMEText(body, subtype, "us-ascii")
    cs = Charset("utf-8")
    cs.body_encoding = QP if cte == "qp" else BASE64
    if cte == "8bit":
        cs.body_encoding = None
    return MIMEText(body, subtype, cs)


def headers(msg, frm, to, subject, date, mid, cc=None, extra=None):
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = f"<{mid}>"
    for k, v in (extra or {}).items():
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg


def simple(body, frm, subject, date, mid, to=IG, subtype="plain", cte="qp", cc=None, extra=None):
    return headers(text(body, subtype, cte), frm, to, subject, date, mid, cc, extra)


def mixed(parts, frm, subject, date, mid, to=IG, cc=None, extra=None, kind="mixed"):
    m = MIMEMultipart(kind, boundary=_bnd(kind))
    for p in parts:
        m.attach(p)
    return headers(m, frm, to, subject, date, mid, cc, extra)


def alternative(plain, html):
    m = MIMEMultipart("alternative", boundary=_bnd("alt"))
    m.attach(text(plain, "plain", "qp"))
    m.attach(text(html, "html", "qp"))
    return m


def fix_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" with now() on save
                blob = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-11-02T09:00:00Z", blob)
            z.writestr(zi, blob)
    return out.getvalue()


def attach(data, filename, maintype, subtype):
    p = MIMEBase(maintype, subtype, name=filename)
    p.set_payload(data)
    from email import encoders
    encoders.encode_base64(p)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def xlsx_part(rows, filename, sheet="Sheet1", title=None):
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    if title:
        ws.append([title])
        ws.append([])
    for r in rows:
        ws.append(list(r))
    t = dt.datetime(2026, 11, 2, 9, 0, 0)
    wb.properties.created = t
    wb.properties.modified = t
    wb.properties.creator = "user"
    bio = io.BytesIO()
    wb.save(bio)
    return attach(fix_zip(bio.getvalue()), filename, "application",
                  "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def csv_part(rows, filename):
    bio = io.StringIO()
    w = csv.writer(bio, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    p = MIMEText(bio.getvalue(), "csv", "utf-8")
    p.add_header("Content-Disposition", "attachment", filename=filename)
    del p["Content-Type"]
    p["Content-Type"] = f'text/csv; charset="utf-8"; name="{filename}"'
    return p


def docx_part(paragraphs, filename):
    """paragraphs: list of str, or ('table', rows)."""
    import docx
    d = docx.Document()
    for para in paragraphs:
        if isinstance(para, tuple) and para[0] == "table":
            rows = para[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
        else:
            d.add_paragraph(para)
    t = dt.datetime(2026, 11, 2, 9, 0, 0)
    cp = d.core_properties
    cp.created = t
    cp.modified = t
    cp.last_printed = t
    cp.author = "user"
    cp.last_modified_by = "user"
    cp.revision = 1
    bio = io.BytesIO()
    d.save(bio)
    p = attach(fix_zip(bio.getvalue()), filename, "application",
               "vnd.openxmlformats-officedocument.wordprocessingml.document")
    return p


def pdf_part(lines, filename, title="Document"):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_creation_date(dt.datetime(2026, 11, 2, 9, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_title(title)
    pdf.set_creator("breachdesk fresh26")
    pdf.set_producer("fpdf2")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for ln in lines:
        if ln.startswith("# "):
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 7, ln[2:], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", size=11)
        else:
            pdf.multi_cell(0, 6, ln if ln else " ", new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())
    return attach(data, filename, "application", "pdf")


def rfc822(inner):
    return MIMEMessage(inner)


# ------------------------------------------------------------------ truth

TRUTH = []
KINDS = ["nhs_number", "chi_number", "hc_number", "date_of_birth", "postcode", "phone_number",
         "email_address", "ni_number", "address", "hospital_number"]


def emit(fname, msg, scenario, tags, ids=None, names=(), ign_names=(), ign=None, subjects=0,
         cats=(), near_miss=False, sev=1, lik=1, basis=()):
    ids = {k: list(v) for k, v in (ids or {}).items() if v}
    ign = {k: list(v) for k, v in (ign or {}).items() if v}
    for k in list(ids) + list(ign):
        assert k in KINDS, k
    for k in ("nhs_number", "chi_number", "hc_number"):
        for v in ids.get(k, []):
            assert_valid("".join(c for c in v if c.isdigit()))
    # sanity: every true value and name must appear somewhere in the raw message text or attachments
    reportable = lik >= 3 and sev >= 2
    no_ids = not ids and not names
    rec = {"file": fname, "scenario": scenario, "tags": list(tags), "identifiers": ids,
           "names": list(names), "ignorable_names": list(ign_names), "ignorable": ign,
           "subjects": subjects, "special_categories": list(cats), "near_miss": near_miss,
           "no_identifiers": no_ids,
           "assessment": {"severity": sev, "likelihood": lik, "reportable": reportable, "basis": list(basis)}}
    bio = io.BytesIO()
    BytesGenerator(bio, policy=policy.compat32.clone(linesep="\r\n"), mangle_from_=False).flatten(msg)
    (OUT / fname).write_bytes(bio.getvalue())
    TRUTH.append(rec)
    with open(OUT / "truth.jsonl", "w", encoding="utf-8") as fh:
        for r in TRUTH:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def D(y, mo, d, h, mi, tz="+0000"):
    return dt.datetime(y, mo, d, h, mi).strftime("%a, %d %b %Y %H:%M:%S ") + tz


SIG_IPHONE = "\n\nSent from my iPhone"


# ================================================================== the emails

def e001():
    n = nhs("485777345")
    body = (f"gave out wrong bag at about 4.10pm, lady took mr chidi okonkwo bag instead of hers "
            f"(okonkwo and okafor next to each other on the shelf). his bag had methadone 1mg/ml + "
            f"mirtazapine and the repeat slip with NHS no {sp(n)} and dob 03/09/1979, "
            f"addr 14 Brisbane Road E10 5NA on the label\n"
            f"she hasnt come back and the number on her PMR goes to voicemail. sorry\n"
            f"priya{SIG_IPHONE}")
    m = simple(body, "Priya Raman <priya.raman3@nhs.net>", "wrong bag handed out", D(2026, 11, 3, 16, 42),
               "D7F1A2B0-33C1-4A8E-9F0E-7C1B2D3E4F50@nhs.net", cte="7bit")
    emit("001-pharmacy-wrong-bag-short.eml", m, "pharmacy_wrong_bag_short", ["short", "phone_typed", "lower_case", "pharmacy", "paper"],
         ids={"nhs_number": [n], "date_of_birth": ["1979-09-03"], "address": ["14 Brisbane Road, E10 5NA"],
              "postcode": ["E10 5NA"]},
         names=["Chidi Okonkwo"], ign_names=["Priya Raman"], ign={"email_address": ["priya.raman3@nhs.net", IG_ADDR]},
         subjects=1, cats=["health", "substance_misuse"], sev=4, lik=3,
         basis=["dispensing label and repeat slip (methadone: substance misuse) handed to another customer",
                "member of the public, not recovered"])


def e002():
    rows = [["Patient", "DOB", "Parent / guardian", "Contact no", "Postcode", "Last exam", "Notes"]]
    data = [
        ("Amelia Hartley", "12/04/2016", "Joanne Hartley", "07700 900112", "LS6 2QT", "14/05/2026", "2 x fissure sealants due"),
        ("Rayyan Hussain", "30/09/2018", "Nadia Hussain", "07700 900318", "LS11 7EF", "02/06/2026", "ortho referral sent - class II"),
        ("Oliwia Kaczmarek", "07/01/2015", "Marta Kaczmarek", "07700 900427", "LS9 8BQ", "21/03/2026", "caries UR6, LA needed, anxious"),
        ("Kofi Boateng", "19/11/2019", "Abena Boateng", "07700 900533", "LS8 4JR", "09/04/2026", "FTA x2, needs reminder call"),
        ("Ellie-Mae Sutcliffe", "25/02/2017", "Dean Sutcliffe", "07700 900641", "LS12 3NZ", "30/01/2026", "extraction LL6 under GA - waiting list"),
        ("Gareth Pollard", "08/08/1961", "", "0113 496 0873", "LS16 5HD", "11/02/2026", "perio - BPE 4 4 3, smoker"),
        ("Siobhan Kearney", "16/03/1988", "", "07700 900759", "LS7 3PP", "05/05/2026", "exempt - HC2 cert seen"),
        ("Wei Zhang", "22/12/1994", "", "07700 900866", "LS2 9JT", "18/06/2026", "crown UL1 - lab ref 2231"),
    ]
    rows += [list(r) for r in data]
    body = """Hi,

I need to report something, I think it is a breach. This afternoon I was sending our overdue recall list to Dentally support (they were helping us fix the SMS reminders) and the address auto-filled to a patient's email instead, jhartley.home@outlook.com - it is one of our parents. The spreadsheet has the patient names, dates of birth, phone numbers and some clinical notes.

I have emailed her to ask her to delete it but no reply yet. I tried recall in Outlook but it said it failed.

Sorry, I'm not sure what else to do. Practice manager is on leave until Monday.

Lauren Brook
Reception / Admin
Brookside Dental Care
42 Otley Road, Leeds LS6 3AA
0113 496 0501
"""
    m = mixed([text(body), xlsx_part(rows, "overdue recalls Nov.xlsx", sheet="Recalls")],
              "Lauren Brook <brookside.dental@nhs.net>", "data sent to wrong email - dental",
              D(2026, 11, 4, 15, 5), "0a7b2c9d.41e2@brookside.dental.nhs.net")
    names = []
    dobs, phones, pcs = [], [], []
    subj = 0
    for r in data:
        names.append(r[0]); subj += 1
        if r[2]:
            names.append(r[2]); subj += 1
        d, mo, y = r[1].split("/")
        dobs.append(f"{y}-{mo}-{d}")
        phones.append(r[3]); pcs.append(r[4])
    emit("002-dental-recall-xlsx-child-parent.eml", m, "dental_xlsx_two_per_row", ["xlsx", "two_people_per_row", "children", "dental", "autocomplete"],
         ids={"date_of_birth": dobs, "phone_number": phones, "postcode": pcs},
         names=names, ign_names=["Lauren Brook"],
         ign={"email_address": ["brookside.dental@nhs.net", "jhartley.home@outlook.com", IG_ADDR],
              "phone_number": ["0113 496 0501"], "postcode": ["LS6 3AA"], "address": ["42 Otley Road, Leeds LS6 3AA"]},
         subjects=subj, cats=["health"], sev=3, lik=3,
         basis=["dental recall list: children and parents, with treatment notes (health); children involved",
                "sent to a parent's personal address outside the trusted domains; recall failed, no confirmation of deletion"])
    # note: the recipient's own child (Amelia) and she herself are on the list; their data went to them, but
    # they are still listed as rows of the disclosed file (a DPO counts the whole file).


def e003():
    n = nhs("632104877")
    body = (f"hi sent a gos18 referral for mrs eileen mcburney dob 17.06.1948 nhs {n} "
            f"(?wet amd L eye, urgent) to parkview surgery instead of parkside. both nhs.net. "
            f"parkview rang us, they've deleted it and sent it on. just logging it\n"
            f"tom - clearview opticians\n")
    m = simple(body, "Tom Adebayo <clearview.optom@nhs.net>", "referral to wrong surgery", D(2026, 11, 5, 11, 20),
               "CAKx7f2q9s=aQ1@mail.gmail.com", cte="7bit")
    emit("003-optometry-referral-wrong-gp.eml", m, "optometry_wrong_gp_internal", ["short", "lower_case", "optometry", "internal_nhsnet"],
         ids={"nhs_number": [n], "date_of_birth": ["1948-06-17"]}, names=["Eileen McBurney"],
         ign_names=["Tom Adebayo"], ign={"email_address": ["clearview.optom@nhs.net", IG_ADDR]},
         subjects=1, cats=["health"], sev=3, lik=2,
         basis=["optometry referral with suspected diagnosis (health)", "sent to the wrong GP practice on nhs.net (trusted)",
                "recipient confirmed deletion and forwarded correctly"])


def e004():
    n = nhs("709455812")
    inner = f"""Dear Mr Szymański,

Thank you for calling NHS 111 today. As discussed, here is a summary of your call.

Name: Krzysztof Szymański
Date of birth: 02/02/1957
NHS number: {sp(n)}
Address: Flat 3, 27 Marlborough Road, Luton, LU3 1EF
Phone: 07700 900244

Reason for call: central chest pain radiating to left arm, 40 minutes, sweaty. Known angina, on GTN spray.
Outcome: Category 2 ambulance dispatched. Advised to chew 300mg aspirin if not allergic.

If your symptoms change, call 999.

NHS 111 East of England
This email and any files transmitted with it are confidential.
"""
    body = f"""Hello IG team,

Sorry to bother you, I am a call handler on nights at 111. A caller asked for his call summary to be emailed (we are piloting this). I typed his email address wrong - I put k.szymanski57@gmial.com instead of gmail.com, BUT it did not bounce so it might have gone to a real domain. I've checked with the team leader (Samira) and she said to report to you.

Copy of what was sent is below. He was conveyed to L&D hospital so I haven't been able to tell him.

Regards
Callum Reid
Health Advisor, NHS 111
07700 900999 (work mobile)

-----Original Message-----
From: NHS 111 Call Summaries <eoe.111summaries@nhs.net>
Sent: 06 November 2026 03:12
To: k.szymanski57@gmial.com
Subject: Your NHS 111 call summary

{inner}"""
    m = simple(body, "Callum Reid <callum.reid11@nhs.net>", "FW: Your NHS 111 call summary", D(2026, 11, 6, 3, 40),
               "AM0PR07MB1111.eurprd07.prod.outlook.com")
    emit("004-nhs111-typo-domain.eml", m, "nhs111_typo_domain", ["nhs111", "forward_inline", "original_message", "typo_domain"],
         ids={"nhs_number": [n], "date_of_birth": ["1957-02-02"], "address": ["Flat 3, 27 Marlborough Road, Luton, LU3 1EF"],
              "postcode": ["LU3 1EF"], "phone_number": ["07700 900244"]},
         names=["Krzysztof Szymański"], ign_names=["Callum Reid", "Samira"],
         ign={"email_address": ["callum.reid11@nhs.net", "eoe.111summaries@nhs.net", "k.szymanski57@gmial.com", IG_ADDR],
              "phone_number": ["07700 900999"]},
         subjects=1, cats=["health"], sev=3, lik=3,
         basis=["call summary with symptoms and history (health)", "sent to a typo-squat domain outside the trusted domains; did not bounce"])
    # note: the intended (but mistyped) address is a variant of the patient's own; it is listed as ignorable, not as his identifier.


def e005():
    n = nhs("456123789")
    body = (f"crew have just told me the ePCR printout for the job at 23 Ladysmith Street BB9 5TJ "
            f"(male, dylan price, dob 11/10/2001, od of sertraline + vodka, self harm hx) blew out of "
            f"the cab at the scene. someone has put a photo of it on the 'nelson community noticeboard' "
            f"facebook page, nhs no {n} readable. ive asked the page admin to take it down. "
            f"screenshot on my phone if needed\n\nmick\nduty ops manager NWAS east lancs{SIG_IPHONE}")
    m = simple(body, "Mick Thornber <michael.thornber@nhs.net>", "URGENT patient form on facebook",
               D(2026, 11, 7, 22, 15), "5E2F7A91-6C4B-4F18-AB9C-1D2E3F4A5B6C@nhs.net", cte="7bit")
    emit("005-ambulance-epcr-facebook.eml", m, "ambulance_paper_social_media", ["short", "phone_typed", "ambulance", "social_media", "paper"],
         ids={"nhs_number": [n], "date_of_birth": ["2001-10-11"], "address": ["23 Ladysmith Street, BB9 5TJ"], "postcode": ["BB9 5TJ"]},
         names=["Dylan Price"], ign_names=["Mick Thornber"], ign={"email_address": ["michael.thornber@nhs.net", IG_ADDR]},
         subjects=1, cats=["health", "mental_health", "substance_misuse"], sev=4, lik=4,
         basis=["patient report form: overdose and self-harm history (mental health)", "published on a public Facebook page"])


def e006():
    body = """Hi,

Please can someone from IG ring me. One of our hospice at home coordinators sent tonight's visit list to "Jo Whitfield" - meant to be our bank HCA Jo Whitfield (jo.whitfield@willowbankhospice.org.uk) but Outlook picked an old contact, jowhitfield77@yahoo.co.uk, who is not staff. We don't know who that is.

The list has one patient on it (the others were on a separate sheet). Copy below. Key safe codes are in it so I have asked the family to change it tonight and the district nurses know.

Sue
Sue Pennington | Clinical Nurse Manager, Hospice at Home
Willowbank Hospice, Hollins Lane, Bury BL9 8BB | 0161 496 0770

From: Hospice at Home Coordinator
Sent: 08 November 2026 17:51
To: Jo Whitfield <jowhitfield77@yahoo.co.uk>
Subject: tonight 22:00-07:00

Hi Jo, thanks for picking up tonight.

Patient: Mr Desmond Achterberg (Des), 81
Address: 6 Rochdale Old Road, Bury, BL9 7RS
Key safe: 4471 (side of garage)
Dx: metastatic prostate ca, bone mets, syringe driver (midazolam/morphine) - last days of life, DNACPR in place (purple folder on dresser)
Wife: Margaret Achterberg - 07700 900358 - she is exhausted, please let her sleep, ring her mobile not the landline
Daughter Karen may arrive from Leeds after midnight.

Thanks, Helen (H@H coordinator)
"""
    m = simple(body, "Sue Pennington <sue.pennington@willowbankhospice.org.uk>", "Visit list sent to non staff email - key safe",
               D(2026, 11, 8, 19, 2), "DB9PR02MB7777.eurprd02.prod.outlook.com")
    emit("006-hospice-keysafe-autocomplete.eml", m, "hospice_keysafe_autocomplete", ["hospice", "key_safe", "autocomplete", "forward_inline", "relatives"],
         ids={"address": ["6 Rochdale Old Road, Bury, BL9 7RS"], "postcode": ["BL9 7RS"], "phone_number": ["07700 900358"]},
         names=["Desmond Achterberg", "Margaret Achterberg"],
         ign_names=["Sue Pennington", "Jo Whitfield", "Helen", "Karen"],
         ign={"email_address": ["sue.pennington@willowbankhospice.org.uk", "jo.whitfield@willowbankhospice.org.uk", "jowhitfield77@yahoo.co.uk", IG_ADDR],
              "phone_number": ["0161 496 0770"], "postcode": ["BL9 8BB"]},
         subjects=2, cats=["health"], sev=4, lik=3,
         basis=["end-of-life diagnosis and DNACPR (health) of a vulnerable patient", "key safe code with home address: risk of intrusion/theft (potential harm, severity 4)",
                "sent to an unknown personal address outside the trusted domains", "wife's name and mobile disclosed (relative is a subject)"])
    # Karen (daughter) is named by first name only with no other data: not counted as a subject.


def e007():
    recips = [("Jamie Ferguson", "jamie.ferguson88@gmail.com"), ("Tunde Adeyemi", "tunde.a@hotmail.co.uk"),
              ("Rhys Llewellyn", "rhysllewellyn@icloud.com"), ("Marco Bianchi", "m.bianchi1990@gmail.com"),
              ("Daniel O'Connell", "danoconnell@outlook.com"), ("Sam Whitlock", "samwhitlock_@yahoo.com"),
              ("Arjun Mehta", "arjun.mehta.uk@gmail.com"), ("Liam Gallagher", "liamgallagher84@btinternet.com"),
              ("Piotr Nowicki", "p.nowicki@wp.pl"), ("Kwame Asante", "kwame.asante@gmail.com"),
              ("Chris Tolley", "ctolley@protonmail.com"), ("Euan MacLeod", "euanmacleod@live.co.uk"),
              ("Nathan Brierley", "nbrierley92@gmail.com"), ("Jun Wei Lim", "junwei.lim@outlook.com")]
    to = ",\n ".join(f'"{n}" <{e}>' for n, e in recips)
    inner = MIMEText("""Dear all,

As a current PrEP user at the Riverside Sexual Health & HIV Clinic, we wanted to let you know that from 1 December our PrEP review clinics move to the Harbour Health Centre, 2nd floor. Your 3-monthly HIV and STI tests will be done there.

Please bring your PrEP pack and a urine sample.

Kind regards
Riverside Sexual Health Admin Team
""", "plain", "us-ascii")
    headers(inner, "Riverside Sexual Health <riverside.sexualhealth@nhs.net>", to, "Your PrEP clinic is moving",
            D(2026, 11, 10, 9, 30), "riverside.prep.20261110@nhs.net")
    body = """Reporting a serious one I'm afraid. Our admin team sent the attached to 14 PrEP service users this morning with all addresses in the To line rather than BCC. Two patients have already phoned, one says he knows three of the others. Recall attempted - failed for external addresses.

Original attached as sent.

Dr Hannah Oduya
Consultant in GU/HIV Medicine, Riverside Sexual Health & HIV Clinic
"""
    m = mixed([text(body), rfc822(inner)], "Hannah Oduya <hannah.oduya@nhs.net>", "Group email to PrEP patients not BCC",
              D(2026, 11, 10, 10, 4), "PR3PR01MB0707.prod.outlook.com")
    emit("007-sexual-health-prep-to-not-bcc.eml", m, "to_not_bcc_prep", ["to_not_bcc", "sexual_health", "forward_as_attachment", "rfc822", "real_incident_nhs_highland"],
         ids={"email_address": [e for _, e in recips]}, names=[n for n, _ in recips],
         ign_names=["Hannah Oduya"], ign={"email_address": ["hannah.oduya@nhs.net", "riverside.sexualhealth@nhs.net", IG_ADDR]},
         subjects=len(recips), cats=["health", "sexual_health"], sev=4, lik=3,
         basis=["recipients' names and personal email addresses revealed to each other (To not BCC)",
                "context reveals PrEP / HIV service use (sexual health)", "recall failed; recipients outside trusted domains; one recognised others"])


def e008():
    n = nhs("402783316")
    body = f"""Good afternoon,

I am the healthcare manager at HMP Fosse Way. Please log the following.

On Friday a nurse sent a transfer summary for a prisoner who was moving to HMP Ranby to the wrong mailbox: it went to the Offender Management Unit at HMP Ranby (OMU.Ranby@justice.gov.uk) instead of the Ranby healthcare nhs.net mailbox. OMU staff are prison (HMPPS) staff, not healthcare, and would not normally see clinical records.

Content:
  Name: Lewis CARTWRIGHT   Prison no: A4471DK
  DOB: 28/05/1990   NHS No: {n}
  Hep C antibody positive, awaiting treatment via ODN
  Opiate substitution therapy: buprenorphine 16mg daily (supervised) - continuity essential
  History of self-harm (ACCT closed 09/2026)

OMU have said they have deleted it but I have not had that in writing yet.

Regards,
Andrea Kowalczyk
Head of Healthcare, HMP Fosse Way
Tel 0116 496 0341
"""
    m = simple(body, "Andrea Kowalczyk <andrea.kowalczyk2@nhs.net>", "Misdirected transfer summary - prison healthcare",
               D(2026, 11, 9, 14, 25), "LO2P265MB3008.GBRP265.PROD.OUTLOOK.COM")
    emit("008-prison-transfer-summary-omu.eml", m, "prison_healthcare_wrong_mailbox", ["prison", "secure", "criminal", "gov_uk_recipient"],
         ids={"nhs_number": [n], "date_of_birth": ["1990-05-28"]}, names=["Lewis Cartwright"],
         ign_names=["Andrea Kowalczyk"], ign={"email_address": ["andrea.kowalczyk2@nhs.net", "omu.ranby@justice.gov.uk", IG_ADDR],
                                              "phone_number": ["0116 496 0341"]},
         subjects=1, cats=["health", "substance_misuse", "mental_health", "criminal"], sev=4, lik=3,
         basis=["hepatitis C, opiate substitution and self-harm history of a prisoner (special categories; criminal offence data)",
                "sent to non-healthcare prison staff outside the trusted domains; deletion not yet confirmed in writing (no reduction)"])


def e009():
    body = """Reporting via my manager's advice.

A healthcare assistant on Ashdown Ward (medium secure) posted a TikTok from the nurses' station last night - a dance video. Behind her the patient status board is visible for about 3 seconds. I have screen-recorded it. From the board you can read:

Bed 1  Reece Mahoney   - s37/41  - obs level 2 - ground leave suspended
Bed 3  Tariq Farouk    - s3      - clozapine titration, bloods Thurs
Bed 4  Connor Shaughnessy - s37/41 - NO contact with victim's family (MAPPA 2)

The video had about 1,900 views when I saw it at 07:30. She has now deleted it (I checked at 08:15) but it may have been downloaded.

Staff nurse (name withheld, please contact via ward manager Grace Nwosu)
"""
    m = simple(body, "Ashdown Ward <ashdown.ward@example.nhs.uk>", "Patient board visible on TikTok",
               D(2026, 11, 11, 8, 31), "ashdown.20261111.0831@example.nhs.uk")
    emit("009-secure-unit-tiktok-board.eml", m, "secure_unit_social_media", ["secure_unit", "social_media", "forensic_mental_health"],
         names=["Reece Mahoney", "Tariq Farouk", "Connor Shaughnessy"], ign_names=["Grace Nwosu"],
         ign={"email_address": ["ashdown.ward@example.nhs.uk", IG_ADDR]},
         subjects=3, cats=["health", "mental_health", "criminal"], sev=4, lik=4,
         basis=["detained forensic patients' names with Mental Health Act sections and treatment (mental health, criminal)",
                "published on social media (~1,900 views); deleted after some hours, possibly downloaded"])


def e010():
    data = [
        (nhs("434998127"), "OKAFOR", "Blessing", "14/02/1984", "18:10", "asthma review"),
        (nhs("612447509"), "HENDERSON", "Callum", "03/07/1972", "18:20", "BP check - HTN"),
        (nhs("711203486"), "MALIK", "Sana", "21/10/1995", "18:30", "contraception - coil check"),
        (nhs("478556120"), "PRYCE", "Owain", "09/12/1949", "18:40", "wound dressing, leg ulcer"),
        (nhs("650381294"), "ZIELINSKA", "Agnieszka", "30/06/1988", "18:50", "low mood follow up (PHQ9 17)"),
        (nhs("421769035"), "DOYLE", "Patrick", "17/03/1963", "19:00", "diabetic foot check"),
        (nhs("689012347"), "CHEUNG", "Mei Ling", "05/05/2001", "19:10", "repeat pill check"),
        (nhs("745330918"), "ABARA", "Emmanuel", "26/08/1958", "19:20", "PSA result discussion"),
    ]
    rows = [["NHS Number", "Surname", "Forename", "DOB", "Slot", "Reason"]] + [list(r) for r in data]
    body = """Morning,

Extended access hub list for Tuesday evening went to Castle Street Surgery practice manager (castlestreet.pm@nhs.net) instead of Castle Mead Surgery. Castle Street PM has rung to say she has deleted it and emptied deleted items. Attached what was sent, for your records.

Thanks
Bav
--
Bhavna Patel
Operations Coordinator
Wyvern GP Federation
"""
    m = mixed([text(body, cte="7bit"), csv_part(rows, "EA_hub_Tue_17Nov.csv")],
              "Bhavna Patel <bhavna.patel14@nhs.net>", "EA list sent to wrong practice",
              D(2026, 11, 16, 9, 2), "AS8PR04MB1010.eurprd04.prod.outlook.com")
    emit("010-gp-federation-hub-csv.eml", m, "gp_federation_csv_internal", ["csv", "gp_federation", "internal_nhsnet", "contained"],
         ids={"nhs_number": [r[0] for r in data],
              "date_of_birth": [f"{r[3][6:]}-{r[3][3:5]}-{r[3][:2]}" for r in data]},
         names=[f"{r[2]} {r[1].title()}" for r in data], ign_names=["Bhavna Patel"],
         ign={"email_address": ["bhavna.patel14@nhs.net", "castlestreet.pm@nhs.net", IG_ADDR]},
         subjects=len(data), cats=["health", "mental_health", "reproductive_health"], sev=4, lik=2,
         basis=["appointment reasons incl. low mood and contraception (special categories)",
                "sent to another GP practice on nhs.net (trusted); deletion confirmed"])


def e011():
    recips = [("Bernadette Quinn", "bernadette.quinn@btinternet.com"), (None, "rajesh.k.sharma@gmail.com"),
              ("Gwen Roberts", "gwenroberts1952@aol.com"), ("Tomasz Wójcik", "tomasz.wojcik@onet.pl"),
              (None, "mandy.h.carer@hotmail.com"), ("Fiona Drummond", "fidrummond@gmail.com"),
              ("Yusuf Okeke", "yusuf.okeke@yahoo.co.uk"), ("Pauline Ashworth", "p.ashworth@talktalk.net"),
              ("Li Na Wong", "lina.wong@outlook.com")]
    to = ", ".join(f"{n} <{e}>" if n else f"<{e}>" for n, e in recips)
    body = f"""Hi IG,

Forwarding the below - our social prescriber sent the carers' café invite to everyone in the To box. 9 carers. One of them (Mrs Quinn) has complained, see her email. I've spoken to Amira and we'll ring each of them today.

Thanks
Jess

Jess Marlow
PCN Manager, Aire Valley North PCN
07700 900611

---------- Forwarded message ---------
From: Bernadette Quinn <bernadette.quinn@btinternet.com>
Date: Tue, 17 Nov 2026 at 19:48
Subject: Re: Dementia Carers' Café - December
To: Amira Haddad <amira.haddad@nhs.net>

I am very unhappy that you have given my email address to 8 strangers. One of them lives on my street and now knows about my husband. Please explain why this has happened.

B. Quinn

On Tue, 17 Nov 2026 at 14:02, Amira Haddad <amira.haddad@nhs.net> wrote:
> ---------- Forwarded message ---------
> From: Amira Haddad <amira.haddad@nhs.net>
> Date: Tue, 17 Nov 2026 at 14:02
> Subject: Dementia Carers' Café - December
> To: {to}
>
> Hello everyone,
>
> Our next Dementia Carers' Café is on Thursday 3 December, 1.30-3pm at St Bede's church hall. Tea, cake and a talk from the Admiral Nurse.
>
> Best wishes
> Amira Haddad, Social Prescribing Link Worker
"""
    m = simple(body, "Jess Marlow <jess.marlow@nhs.net>", "Fwd: Re: Dementia Carers' Café - December",
               D(2026, 11, 18, 8, 55), "CAF=Bx7YpL2k9JqQ@mail.gmail.com")
    emit("011-pcn-carers-cafe-to-not-bcc.eml", m, "to_not_bcc_carers_gmail_forward", ["to_not_bcc", "gmail_forward", "quoted", "pcn", "carers"],
         ids={"email_address": [e for _, e in recips]}, names=[n for n, _ in recips if n],
         ign_names=["Jess Marlow", "Amira Haddad"],
         ign={"email_address": ["jess.marlow@nhs.net", "amira.haddad@nhs.net", IG_ADDR], "phone_number": ["07700 900611"]},
         subjects=len(recips), cats=[], sev=2, lik=3,
         basis=["carers' names and personal email addresses shown to each other (To not BCC)",
                "outside the trusted domains; a recipient reports a neighbour now knows her circumstances",
                "the cared-for people are not identified; carers' own data carries no special category"])


def e012():
    n = nhs("652308911")
    letter = [
        "Ashcombe Fertility Centre",
        "Level 3, Women's Services Building, Ashcombe Road, Bristol BS2 8EG",
        "Tel 0117 496 0420",
        "",
        "12 November 2026",
        "",
        "Mrs Ngozi Clarke and Mr Stephen Clarke",
        "41 Cranbrook Road",
        "Bristol",
        "BS6 7BP",
        "",
        ("table", [["Patient", "Ngozi CLARKE", "DOB 22/03/1989"],
                   ["Partner", "Stephen CLARKE", "DOB 14/11/1986"],
                   ["NHS No", sp(n), "Clinic no FC20931"]]),
        "",
        "Dear Mr and Mrs Clarke,",
        "",
        "Re: Frozen embryo transfer (FET) cycle plan",
        "",
        "Thank you for attending on 10 November. As discussed, following your miscarriage at 8 weeks in June and the "
        "normal hysteroscopy, we will proceed with a medicated FET cycle in January. You have two blastocysts in storage "
        "(grades 4AA and 4BB). Mr Clarke's repeat semen analysis showed severe oligozoospermia, consistent with the "
        "original ICSI indication. Your AMH is 9.8 pmol/L.",
        "",
        "Please start estradiol valerate 2mg three times daily on day 1 of your period and call the nurse line.",
        "",
        "Yours sincerely",
        "",
        "Dr Imogen Saltash",
        "Consultant in Reproductive Medicine",
    ]
    body = """Dear IG,

Our secretary emailed the attached treatment letter to Mr Clarke at s.clarke@harrowfield-logistics.co.uk, which was the email on his registration form from 2023. Mr Clarke has phoned to say he left that company last year and the mailbox now goes to their HR team. He is very upset. We have asked the company to delete it but have not heard back.

Regards
Kerry-Ann Lewis
Fertility Nurse Manager
Ashcombe Fertility Centre
"""
    m = mixed([text(body), docx_part(letter, "FET plan - Clarke.docx")],
              "Kerry-Ann Lewis <kerryann.lewis@nhs.net>", "Fertility letter sent to old work email",
              D(2026, 11, 12, 16, 10), "CWLP123MB4412.GBRP123.PROD.OUTLOOK.COM")
    emit("012-fertility-docx-old-work-email.eml", m, "fertility_docx_letter", ["docx", "fertility", "reproductive_health", "two_subjects", "letter"],
         ids={"nhs_number": [n], "date_of_birth": ["1989-03-22", "1986-11-14"], "hospital_number": ["FC20931"],
              "address": ["41 Cranbrook Road, Bristol, BS6 7BP"], "postcode": ["BS6 7BP"]},
         names=["Ngozi Clarke", "Stephen Clarke"], ign_names=["Kerry-Ann Lewis", "Imogen Saltash"],
         ign={"email_address": ["kerryann.lewis@nhs.net", "s.clarke@harrowfield-logistics.co.uk", IG_ADDR],
              "phone_number": ["0117 496 0420"], "postcode": ["BS2 8EG"], "address": ["Ashcombe Road, Bristol BS2 8EG"]},
         subjects=2, cats=["health", "reproductive_health"], sev=4, lik=3,
         basis=["fertility treatment plan, miscarriage, semen analysis (reproductive health) of patient and partner",
                "received by a former employer's HR mailbox outside the trusted domains; deletion unconfirmed"])
    # the old work address was the partner's, but it no longer reaches him: listed as ignorable (recipient), not as his identifier.


def e013():
    body = """Hello,

I'm the OH nurse at Trent Vale OH Service. I need to report that I sent a management referral report to the wrong recipients. It should have gone to Martin Greaves only (line manager) but I selected the 'Estates & Facilities Managers' distribution list, which is about 30 people across the trust. All internal (example.nhs.uk). I have asked IT to recall/delete it from mailboxes and they are working on it, but at least 6 people had opened it.

The employee works in the same department as most of the recipients.

Extract of the report:

  Employee: Declan Moriarty, Porter, Estates
  DOB: 04/01/1983   Payroll no 20418876
  Outcome: fit for work with adjustments (phased return over 4 weeks, no night shifts)
  Clinical summary: moderate depressive episode; disclosed alcohol dependence and is engaging with community alcohol service; GP has started sertraline.

I've told Declan and apologised. He is understandably distressed.

Niamh Gallagher RGN SCPHN(OH)
Occupational Health Adviser
"""
    m = simple(body, "Niamh Gallagher <niamh.gallagher@example.nhs.uk>", "OH report sent to distribution list",
               D(2026, 11, 13, 12, 40), "0H.report.dl.20261113@example.nhs.uk")
    emit("013-occupational-health-distribution-list.eml", m, "occupational_health_internal_dl", ["occupational_health", "internal", "employee_as_patient", "dpo_judgement"],
         ids={"date_of_birth": ["1983-01-04"]}, names=["Declan Moriarty"], ign_names=["Niamh Gallagher", "Martin Greaves"],
         ign={"email_address": ["niamh.gallagher@example.nhs.uk", IG_ADDR]},
         subjects=1, cats=["health", "mental_health", "substance_misuse"], sev=4, lik=3,
         basis=["OH report: depression and alcohol dependence of an employee (special categories)",
                "internal (trusted domain) but sent to ~30 colleagues without need to know, at least 6 opened; the employee works with them",
                "DPO judgement: internal disclosure to the subject's own colleagues is likely to affect him (likelihood 3, above the internal default of 2)"])


def e014():
    m = simple("""Thank you for your email. I am out of the office until Monday 30 November with limited access to email.

For urgent information governance matters please contact the IG team on ig.incidents@nhs.net or 0113 496 0100.

Rachel Ostrowski
Head of Information Governance & DPO
""", "Rachel Ostrowski <rachel.ostrowski@nhs.net>", "Automatic reply: Breach report ref BD-2026-000212",
               D(2026, 11, 19, 7, 1), "auto.reply.20261119.0701@nhs.net", to=BREACH,
               extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"})
    emit("014-auto-reply.eml", m, "non_report_auto_reply", ["non_report", "auto_reply"],
         ign_names=["Rachel Ostrowski"], ign={"email_address": ["rachel.ostrowski@nhs.net", IG_ADDR], "phone_number": ["0113 496 0100"]},
         basis=["automatic reply, no personal data of any data subject"])


def e015():
    m = simple("""Hi there,

Quick question rather than a breach. Our orthodontist has asked if we can send him x-ray images over WhatsApp on the practice phone because it is quicker than the referral portal. Is that allowed? We are a small NHS dental practice (3 dentists). And if not, what should we use - is nhs.net email OK for images?

Also do we need to do a DPIA for this or is that only for hospitals?

Thanks,
Dawn Richardson
Practice Manager, Seaview Dental Practice
""", "Dawn Richardson <seaview.dental@nhs.net>", "question - whatsapp for x-rays?", D(2026, 11, 19, 13, 22),
               "seaview.q.20261119@nhs.net", cte="7bit")
    emit("015-dental-policy-question.eml", m, "non_report_policy_question", ["non_report", "policy_question", "dental"],
         ign_names=["Dawn Richardson"], ign={"email_address": ["seaview.dental@nhs.net", IG_ADDR]},
         basis=["a policy question; no personal data"])


def e016():
    ics = """BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:040000008200E00074C5B7101A82E00800000000C0FF33\r
DTSTAMP:20261120T090000Z\r
DTSTART:20261203T140000Z\r
DTEND:20261203T153000Z\r
SUMMARY:Primary care IG & Caldicott leads - quarterly\r
LOCATION:Microsoft Teams Meeting\r
ORGANIZER;CN=Owen Pritchard:mailto:owen.pritchard@nhs.net\r
ATTENDEE;CN=Information Governance;RSVP=TRUE:mailto:ig.incidents@nhs.net\r
ATTENDEE;CN=Farah Siddiqui;RSVP=TRUE:mailto:farah.siddiqui@nhs.net\r
DESCRIPTION:Agenda: DSPT 2026/27 submissions\\, breach log review (themes only)\\, Bcc training.\r
END:VEVENT\r
END:VCALENDAR\r
"""
    alt = alternative("""Agenda:
1. DSPT 2026/27 - where practices are
2. Breach log themes (no case details please)
3. Bcc / group email training - new e-learning module

Join on Teams. Owen
""", "<html><body><p>Agenda:</p><ol><li>DSPT 2026/27 - where practices are</li><li>Breach log themes (no case details please)</li>"
     "<li>Bcc / group email training - new e-learning module</li></ol><p>Join on Teams. Owen</p></body></html>")
    cal = MIMEText(ics, "calendar", "utf-8")
    cal.set_param("method", "REQUEST")
    m = MIMEMultipart("mixed", boundary=_bnd("inv"))
    m.attach(alt)
    m.attach(cal)
    headers(m, "Owen Pritchard <owen.pritchard@nhs.net>", "Information Governance <ig.incidents@nhs.net>, Farah Siddiqui <farah.siddiqui@nhs.net>",
            "Invitation: Primary care IG & Caldicott leads - quarterly @ Thu 3 Dec 2026 14:00", D(2026, 11, 20, 9, 0),
            "invite.0400000082.C0FF33@nhs.net")
    emit("016-meeting-invite.eml", m, "non_report_meeting_invite", ["non_report", "meeting_invite", "text_calendar", "html_alternative"],
         ign_names=["Owen Pritchard", "Farah Siddiqui"],
         ign={"email_address": ["owen.pritchard@nhs.net", "farah.siddiqui@nhs.net", IG_ADDR]},
         basis=["meeting invitation; no personal data of data subjects"])


def e017():
    m = simple("""Hi,

Reporting a lost laptop as per policy. I left my work laptop on the 17:32 Northern train from Leeds to Harrogate last night (in a black rucksack). Reported to Northern lost property and BTP (crime ref not given yet).

Asset tag LT-04417, Dell Latitude 5440. It is BitLocker encrypted and I always lock it. We use the cloud optometry system for domiciliary visits so no patient records are stored on the device - I did not have any downloaded files or paper notes in the bag. My phone is separate and still with me.

IT have disabled the device account.

Regards
Sunil Varghese
Domiciliary Optometrist, Dales Eyecare
""", "Sunil Varghese <sunil.varghese@nhs.net>", "lost laptop (encrypted) - no patient data", D(2026, 11, 20, 8, 12),
               "lost.laptop.LT04417@nhs.net")
    emit("017-lost-encrypted-laptop.eml", m, "non_report_lost_encrypted_device", ["non_report", "lost_device", "encrypted", "optometry"],
         ign_names=["Sunil Varghese"], ign={"email_address": ["sunil.varghese@nhs.net", IG_ADDR]},
         near_miss=True,
         basis=["encrypted device, no personal data stored or carried: no identifiable individual at risk (security incident only)"])


def e018():
    phish = MIMEText("""<html><body><p>Dear NHSmail user,</p>
<p>Your mailbox has exceeded its storage limit and will be <b>deactivated within 24 hours</b>. To keep your account, validate your credentials now:</p>
<p><a href="http://nhsmail-portal-verify.com/login">https://portal.nhs.net/validate</a></p>
<p>NHSmail Support Team</p></body></html>""", "html", "utf-8")
    headers(phish, "NHSmail Support <support@nhsmail-portal-verify.com>", "kwame.ofori@nhs.net",
            "Action required: mailbox deactivation", D(2026, 11, 21, 6, 44), "x9a8b7c6d5@nhsmail-portal-verify.com")
    body = """is this a phish?? didnt click it. fwd as attachment like the poster says

kwame (ward 22 clerk)"""
    m = mixed([text(body, cte="7bit"), rfc822(phish)], "Kwame Ofori <kwame.ofori@nhs.net>", "FW: Action required: mailbox deactivation",
              D(2026, 11, 21, 7, 3), "phish.fwd.20261121@nhs.net")
    emit("018-phishing-alert.eml", m, "non_report_phishing", ["non_report", "phishing", "forward_as_attachment", "html"],
         ign_names=["Kwame Ofori"],
         ign={"email_address": ["kwame.ofori@nhs.net", "support@nhsmail-portal-verify.com", IG_ADDR]},
         basis=["suspected phishing, no personal data disclosed"])


def e019():
    m = simple("test from the new pharmacy shared mailbox pls ignore\n", "Kings Heath Pharmacy <kingsheath.pharmacy@nhs.net>",
               "test", D(2026, 11, 21, 9, 15), "test.kingsheath.20261121@nhs.net", to=BREACH, cte="7bit")
    emit("019-test-message.eml", m, "non_report_test", ["non_report", "test", "short"],
         ign={"email_address": ["kingsheath.pharmacy@nhs.net", BREACH]}, basis=["test message"])


def e020():
    html = """<html><head><meta charset="utf-8"><style>body{font-family:Arial}</style></head><body>
<h2 style="color:#005EB8">IG Bulletin &ndash; November 2026</h2>
<p><b>Group emails:</b> the ICO reports that failing to use BCC is consistently one of the top ten non-cyber breaches. If you email more than one patient, use BCC or, better, the bulk-messaging tool.</p>
<p><b>Key safes:</b> never email key-safe codes. Use the secure notes field in the community system.</p>
<p><b>Data Security Awareness training</b> is due every 12 months &ndash; check your ESR compliance.</p>
<p><b>Reporting:</b> forward anything suspicious to the breach mailbox. You will get a reference number back.</p>
<p style="font-size:small">You are receiving this bulletin because you are on the all-staff list.</p>
</body></html>"""
    m = simple(html, "IG Team <ig.team@example.nhs.uk>", "IG Bulletin - November 2026", D(2026, 11, 23, 10, 0),
               "bulletin.2026.11@example.nhs.uk", to="All Staff <all.staff@example.nhs.uk>", subtype="html", cte="b64")
    emit("020-ig-newsletter-html.eml", m, "non_report_newsletter_html", ["non_report", "newsletter", "html_only", "cte_base64"],
         ign={"email_address": ["ig.team@example.nhs.uk", "all.staff@example.nhs.uk"]}, basis=["newsletter; no personal data"])


def e021():
    c = chi("150896", "41", "F")
    body = f"""Hi,

I'm the admin team lead at the Clydeview Sexual Health Service. A member of the public has phoned to say she received a results letter meant for someone else in her close - the letter was addressed to Flat 2/1 but she lives at 1/2 and the postie put it through her door (she opened it before reading the name). She read it out to me on the phone to confirm. It is our standard positive-result letter:

  Ms Mairead NicDhòmhnaill
  Flat 2/1, 48 Dumbarton Road, Glasgow G11 6AB
  CHI: {c[:6]} {c[6:]}
  DOB: 15/08/1996

  Your recent test was POSITIVE for chlamydia. Please call us to arrange treatment. We will also
  talk to you about letting partners know (partner notification).

The neighbour says she knows Mairead to say hello to. She has agreed to post the letter back to us in a prepaid envelope, but I don't have it yet. I've tried Mairead's mobile to let her know but no answer.

Our letters have the address in the window so I don't think this was an enveloping error - it looks like a delivery issue, but I wanted to log it.

Morag Sinclair
Admin Team Lead, Clydeview Sexual Health
0141 496 0234
"""
    m = simple(body, "Morag Sinclair <morag.sinclair@nhs.scot>", "Results letter delivered to neighbour", D(2026, 11, 23, 15, 30),
               "c7e1d4b2a0f9@nhs.scot")
    emit("021-scotland-chi-sexual-health-letter.eml", m, "scotland_chi_sexual_health_letter", ["scotland", "chi", "sexual_health", "paper", "gaelic_name"],
         ids={"chi_number": [c], "date_of_birth": ["1996-08-15"], "address": ["Flat 2/1, 48 Dumbarton Road, Glasgow G11 6AB"],
              "postcode": ["G11 6AB"]},
         names=["Mairead NicDhòmhnaill"], ign_names=["Morag Sinclair"],
         ign={"email_address": ["morag.sinclair@nhs.scot", IG_ADDR], "phone_number": ["0141 496 0234"]},
         subjects=1, cats=["health", "sexual_health"], sev=4, lik=3,
         basis=["positive chlamydia result (sexual health)", "opened and read by a neighbour who knows the patient; not yet returned"])


def e022():
    p = [("Hamish Crawford", chi("030441", "18", "M"), "leg ulcer dressings, doppler due"),
         ("Isobel Fairlie", chi("221137", "62", "F"), "insulin am+pm, hypo last wk"),
         ("Ewan Gillespie", chi("090558", "24", "M"), "syringe driver, palliative"),
         ("Agnes Mackie", chi("181229", "06", "F"), "catheter change fri, lives alone")]
    lines = "\n".join(f"{n} {c} - {t}" for n, c, t in p)
    body = f"""think ive lost my handover sheet, must have dropped it at the tesco car park in dalkeith about 1pm. went back and cant find it. it had my afternoon visits on:
{lines}
no addresses on it just names chi and what im doing. sorry. will do a datix
shona (dn midlothian east){SIG_IPHONE}"""
    m = simple(body, "Shona Baird <shona.baird@nhs.scot>", "lost handover sheet", D(2026, 11, 24, 14, 5),
               "8A0F2C3D-55E1-4B7A-9C0D-2E3F4A5B6C7D@nhs.scot", cte="7bit")
    emit("022-scotland-chi-lost-handover-short.eml", m, "scotland_chi_lost_paper_short", ["scotland", "chi", "short", "lower_case", "lost_paper", "district_nursing"],
         ids={"chi_number": [c for _, c, _ in p]}, names=[n for n, _, _ in p], ign_names=["Shona Baird"],
         ign={"email_address": ["shona.baird@nhs.scot", IG_ADDR]},
         subjects=4, cats=["health"], sev=3, lik=3,
         basis=["names, CHI numbers and care needs (health) of housebound patients", "lost in a public car park, not recovered"])


def e023():
    h = nhs("348120557")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Hi Information Governance,</p>
<p class="MsoNormal">Please see below an email received via our Service User Feedback inbox. The letter was sent by the Newry Community Mental Health Team to the patient&#8217;s previous address. PAS had not been updated after he moved in August. I have asked the CMHT to check the address on all systems.</p>
<p class="MsoNormal">Regards,<br>Sinéad McAteer<br>Service User Feedback Officer<br>Southern Valley HSC Trust<br>Tel: 028 9649 6112</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Orla Brennan &lt;orla.brennan22@gmail.com&gt;<br><b>Sent:</b> 24 November 2026 20:17<br><b>To:</b> Feedback &lt;feedback@southernvalley.hscni.net&gt;<br><b>Subject:</b> letter for previous tenant</p></div>
<p class="MsoNormal">Hello, I moved into 17 Glenvale Park in September and I have opened a letter by mistake for the man who lived here before. I think it is quite private so I am letting you know. It says:</p>
<blockquote><p class="MsoNormal">Mr Ciarán Ó Dochartaigh, 17 Glenvale Park, Newry, BT34 2PL<br>
Health &amp; Care Number: {sp(h)}&nbsp;&nbsp; D.O.B. 19/07/1978<br>
Dear Mr Ó Dochartaigh, your next depot injection (aripiprazole 400mg) and review with your CPN is on 2 December at Daisy Hill CMHT. Please bring your relapse prevention plan. If you are feeling unwell or hearing voices again, please contact the Crisis Response Team.</p></blockquote>
<p class="MsoNormal">What should I do with it? I can shred it.</p>
<p class="MsoNormal">Orla</p>
</div></body></html>"""
    m = simple(html, "Sinead McAteer <sinead.mcateer@southernvalley.hscni.net>", "FW: letter for previous tenant",
               D(2026, 11, 25, 9, 48), "DB7PR03MB2323.eurprd03.prod.outlook.com", subtype="html", cte="b64")
    emit("023-ni-hc-mental-health-letter-html.eml", m, "ni_hc_letter_old_address_html", ["northern_ireland", "hc_number", "html_only", "cte_base64", "mental_health", "irish_name", "forward_inline"],
         ids={"hc_number": [h], "date_of_birth": ["1978-07-19"], "address": ["17 Glenvale Park, Newry, BT34 2PL"], "postcode": ["BT34 2PL"]},
         names=["Ciarán Ó Dochartaigh"], ign_names=["Sinéad McAteer", "Orla Brennan"],
         ign={"email_address": ["sinead.mcateer@southernvalley.hscni.net", "orla.brennan22@gmail.com", "feedback@southernvalley.hscni.net", IG_ADDR],
              "phone_number": ["028 9649 6112"]},
         subjects=1, cats=["health", "mental_health"], sev=4, lik=3,
         basis=["CMHT letter: depot antipsychotic, psychosis relapse (mental health)", "opened and read by the new occupant (member of the public); offers to shred, not yet confirmed"])


def e024():
    recips = [("Aoife Mulholland", "aoife.mulholland@gmail.com"), ("Gráinne Devlin", "grainnedevlin@hotmail.com"),
              ("Rebecca Stewart", "beccastewart89@yahoo.co.uk"), ("Claire McCann", "claire.mccann@btinternet.com"),
              ("Naomi Adair", "naomiadair@icloud.com"), ("Joanne Coyle", "j.coyle1987@gmail.com"),
              ("Priyanka Nair", "priyanka.nair@outlook.com"), ("Laura Hegarty", "laurahegarty@live.co.uk"),
              ("Emma Boyd", "emma.boyd.ni@gmail.com"), ("Róisín Fitzpatrick", "roisin.fitz@gmail.com"),
              ("Kasia Lewandowska", "kasia.lew@o2.pl")]
    cc = ", ".join(f"{n} <{e}>" for n, e in recips)
    body = f"""Hi

Flagging this before anyone else does. The invite below went to our IVF patients with everyone in the CC field. 11 women. I realised when the first reply-all came back. We have tried recall, no joy.

Thanks, Carol
Carol Lyttle, Nurse Specialist, Regional Fertility Service

________________________________
From: Regional Fertility Service <fertility.service@belfastregional.hscni.net>
Sent: 26 November 2026 11:03
To: Regional Fertility Service <fertility.service@belfastregional.hscni.net>
Cc: {cc}
Subject: Support evening for patients after unsuccessful IVF

Dear all,

We are holding a support evening on 10 December for patients whose IVF cycle has not been successful this year, with our counsellor. Partners welcome.

Regional Fertility Service
"""
    m = simple(body, "Carol Lyttle <carol.lyttle@belfastregional.hscni.net>", "FW: Support evening for patients after unsuccessful IVF",
               D(2026, 11, 26, 11, 40), "AM9PR09MB2424.eurprd09.prod.outlook.com")
    emit("024-ni-fertility-cc-not-bcc.eml", m, "to_not_bcc_ni_fertility_cc", ["to_not_bcc", "cc_field", "northern_ireland", "fertility", "real_incident_pcc_ni"],
         ids={"email_address": [e for _, e in recips]}, names=[n for n, _ in recips], ign_names=["Carol Lyttle"],
         ign={"email_address": ["carol.lyttle@belfastregional.hscni.net", "fertility.service@belfastregional.hscni.net", IG_ADDR]},
         subjects=len(recips), cats=["health", "reproductive_health"], sev=4, lik=3,
         basis=["names and personal email addresses disclosed to each other (CC not BCC)",
                "context reveals unsuccessful IVF treatment (reproductive health)", "recall failed; recipients outside the trusted domains"])


def e025():
    n = nhs("681540092")
    body = f"""Hi Bethan,

Answers below in capitals.

Diolch,
Ieuan

Ieuan Pritchard
Ward Clerk, Ward 7 (Respiratory), Ysbyty Glan Taf
Hywel Valley University Health Board

-----Original Message-----
From: Bethan Morgan (Hywel Valley UHB - Information Governance) <bethan.morgan3@wales.nhs.uk>
Sent: 27 November 2026 10:02
To: Ieuan Pritchard <ieuan.pritchard@wales.nhs.uk>
Subject: RE: discharge letter emailed to wrong person

Thanks Ieuan. A few questions so I can grade it:
> 1. What was in the letter exactly?
THE FULL DISCHARGE SUMMARY. GETHIN AP RHYS, DOB 30/01/1951, NHS NO {n}, 9 HEOL Y FELIN, RHIWBINA, CARDIFF CF14 6NB, TEL 029 2018 0463. ADMITTED WITH INFECTIVE EXACERBATION OF COPD, HOME OXYGEN, ALSO HIS MEMORY CLINIC REFERRAL FOR ?VASCULAR DEMENTIA.
> 2. Who received it?
A MR GETHIN RHYS (NOT THE PATIENT) AT gethin.rhys@gmail.com. THE PATIENT'S OWN IS gethinaprhys@btinternet.com - I PICKED THE WRONG ONE FROM THE LOOKUP.
> 3. Has the recipient confirmed deletion?
YES, HE REPLIED "NOT ME, DELETED IT" AT 09:14 TODAY. I HAVE SAVED HIS REPLY.
> 4. Has the patient been told?
WARD SISTER IS RINGING HIS DAUGHTER THIS AFTERNOON.

Bethan

-----Original Message-----
From: Ieuan Pritchard <ieuan.pritchard@wales.nhs.uk>
Sent: 27 November 2026 09:31
To: IG Hywel Valley <ig.hywelvalley@wales.nhs.uk>
Subject: discharge letter emailed to wrong person

I emailed a discharge letter to the wrong Gethin Rhys this morning.
"""
    m = simple(body, "Ieuan Pritchard <ieuan.pritchard@wales.nhs.uk>", "RE: discharge letter emailed to wrong person",
               D(2026, 11, 27, 11, 15), "CWXP265MB2525.GBRP265.PROD.OUTLOOK.COM", to="Bethan Morgan <bethan.morgan3@wales.nhs.uk>",
               cc=IG)
    emit("025-wales-reply-chain-namesake.eml", m, "wales_reply_chain_namesake", ["wales", "reply_chain", "quoted", "upper_case_answers", "namesake", "contained"],
         ids={"nhs_number": [n], "date_of_birth": ["1951-01-30"], "address": ["9 Heol y Felin, Rhiwbina, Cardiff CF14 6NB"],
              "postcode": ["CF14 6NB"], "phone_number": ["029 2018 0463"], "email_address": ["gethinaprhys@btinternet.com"]},
         names=["Gethin ap Rhys"], ign_names=["Ieuan Pritchard", "Bethan Morgan", "Gethin Rhys"],
         ign={"email_address": ["ieuan.pritchard@wales.nhs.uk", "bethan.morgan3@wales.nhs.uk", "ig.hywelvalley@wales.nhs.uk",
                                "gethin.rhys@gmail.com", IG_ADDR]},
         subjects=1, cats=["health"], sev=3, lik=2,
         basis=["full discharge summary: COPD, suspected dementia (health)", "emailed to a namesake outside the trusted domains (likelihood 3)",
                "containment: recipient replied confirming deletion, reply saved (likelihood -1 to 2)"])
    # Mr Gethin Rhys (the wrong recipient) is a different person whose data was not disclosed: ignorable, not a subject.


def e026():
    body = """sent osian's xrays + treatment plan to the wrong mum!! went to ffion jones not ffion james. plan says osian evans-james dob 02/05/2019, 3 extractions under GA at the hospital, mum ffion james 07700 900714. mrs jones rang us, says she'll delete it but who knows
- rhian, front desk, Penlan Dental Swansea"""
    m = simple(body, "Penlan Dental <penlan.dental@wales.nhs.uk>", "wrong mum", D(2026, 11, 27, 12, 2),
               "CAP=penlan.7781@mail.gmail.com", cte="7bit")
    emit("026-wales-dental-wrong-parent-short.eml", m, "wales_dental_wrong_parent_short", ["wales", "dental", "short", "lower_case", "child", "similar_names"],
         ids={"date_of_birth": ["2019-05-02"], "phone_number": ["07700 900714"]},
         names=["Osian Evans-James", "Ffion James"], ign_names=["Ffion Jones", "Rhian"],
         ign={"email_address": ["penlan.dental@wales.nhs.uk", IG_ADDR]},
         subjects=2, cats=["health"], sev=3, lik=3,
         basis=["child's x-rays and treatment plan (health), mother's name and mobile", "sent to another parent (member of the public); deletion only promised, not confirmed"])


def e027():
    n = nhs("443906217")
    body = f"""Dear IG colleagues,

Please see the complaint below which came in to PALS this morning. I have acknowledged it. The practice (Moorgate Medical Group, part of Calder North PCN) has run an audit on the clinical system and confirms that a receptionist accessed Ms Morris's record on 4 occasions in October, including the sexual health results screen, with no appointment or task to justify it. The receptionist has been suspended pending investigation.

Regards
Paul Hemingway
PALS Officer

________________________________
From: Chantelle Morris <chantelle.morris95@gmail.com>
Sent: 30 November 2026 07:12
To: PALS <pals.caldernorth@nhs.net>
Subject: Complaint - someone at my GP looked at my records

To whoever deals with complaints,

My name is Chantelle Morris, date of birth 11/06/1995, NHS number {n}. I am registered at Moorgate Medical Group.

Last week my ex-partner's sister, who works on reception at Moorgate, told people at a party that I had been treated for gonorrhoea in October. The only place that information is, is my GP record (the clinic sent the result to my GP). I have not told anyone. I am humiliated and I want to know who looked at my record and what you are going to do.

I can be contacted on 07700 900582.

Chantelle Morris
"""
    m = simple(body, "Paul Hemingway <paul.hemingway@nhs.net>", "FW: Complaint - someone at my GP looked at my records",
               D(2026, 11, 30, 10, 20), "LO4P265MB2727.GBRP265.PROD.OUTLOOK.COM")
    emit("027-snooping-complaint-sexual-health.eml", m, "snooping_complaint_patient_author", ["snooping", "complaint", "forward_inline", "sexual_health", "subject_is_author"],
         ids={"nhs_number": [n], "date_of_birth": ["1995-06-11"], "phone_number": ["07700 900582"],
              "email_address": ["chantelle.morris95@gmail.com"]},
         names=["Chantelle Morris"], ign_names=["Paul Hemingway"],
         ign={"email_address": ["paul.hemingway@nhs.net", "pals.caldernorth@nhs.net", IG_ADDR]},
         subjects=1, cats=["health", "sexual_health"], sev=4, lik=5,
         basis=["unauthorised access by staff confirmed by audit trail; information then disclosed socially (misuse occurred)",
                "sexual health diagnosis"])
    # The complainant is the data subject: her own name and contact details in the forwarded complaint are listed.


def e028():
    data = [
        ("Dorothy Whitworth", nhs("462015338"), "12/03/1933", "Lime Tree Lodge", "Graham Whitworth (son)", "07700 900123", "stop amlodipine - postural hypotension"),
        ("Albert Nkemelu", nhs("719880245"), "29/07/1940", "Lime Tree Lodge", "Grace Nkemelu (daughter)", "07700 900234", "reduce quetiapine 25mg nocte - falls"),
        ("Winifred Cassidy", nhs("604337129"), "02/01/1929", "Lime Tree Lodge", "Sean Cassidy (nephew)", "0113 496 0345", "deprescribe alendronate (>5y)"),
        ("Harold Birtwistle", nhs("455621098"), "17/09/1937", "Lime Tree Lodge", "Janet Birtwistle (wife)", "0113 496 0456", "start edoxaban - new AF"),
        ("Iris Maitland", nhs("638004571"), "08/05/1944", "Lime Tree Lodge", "Alan Maitland (husband)", "07700 900567", "donepezil titration - Alzheimer's"),
        ("Surinder Kaur Gill", nhs("487330269"), "23/11/1936", "Lime Tree Lodge", "Manjit Gill (son)", "07700 900678", "insulin review - HbA1c 78"),
        ("Kenneth Ollerenshaw", nhs("701145583"), "30/04/1931", "Lime Tree Lodge", "Patricia Ollerenshaw (daughter)", "07700 900789", "covert meds - best interest decision needed"),
    ]
    rows = [["Resident", "NHS No", "DOB", "Home", "NOK / carer", "NOK phone", "SMR outcome"]] + [list(r) for r in data]
    body = """Dear IG,

I'm one of the PCN clinical pharmacists employed by Calder North GP Federation. Yesterday I emailed my structured medication review outcomes for Lime Tree Lodge residents to the manager of Oakleigh Grange care home (oakleigh.manager@btinternet.com) by mistake - both homes are on my list and I picked the wrong contact. It was a spreadsheet with 7 residents and their next of kin.

Oakleigh's manager has been on leave so I don't think it has been opened; her deputy says she can't access the mailbox to delete it. I'll keep chasing.

Spreadsheet attached for reference.

Regards
Adaeze Eze MPharm
Clinical Pharmacist, Calder North GP Federation
"""
    m = mixed([text(body), xlsx_part(rows, "Lime Tree SMR outcomes Nov26.xlsx", sheet="SMR")],
              "Adaeze Eze <adaeze.eze@nhs.net>", "SMR spreadsheet sent to wrong care home", D(2026, 12, 1, 9, 30),
              "DU0PR08MB2828.eurprd08.prod.outlook.com")
    names = []
    for r in data:
        names.append(r[0]); names.append(r[4].split(" (")[0])
    emit("028-gp-federation-xlsx-resident-nok.eml", m, "gp_federation_xlsx_two_per_row", ["xlsx", "two_people_per_row", "care_home", "vulnerable_adults", "gp_federation"],
         ids={"nhs_number": [r[1] for r in data], "date_of_birth": [f"{r[2][6:]}-{r[2][3:5]}-{r[2][:2]}" for r in data],
              "phone_number": [r[5] for r in data]},
         names=names, ign_names=["Adaeze Eze"],
         ign={"email_address": ["adaeze.eze@nhs.net", "oakleigh.manager@btinternet.com", IG_ADDR]},
         subjects=14, cats=["health"], sev=3, lik=3,
         basis=["medication review outcomes for care-home residents (health; vulnerable adults) and next-of-kin contact details",
                "sent to another care home's personal-domain mailbox outside the trusted domains; not confirmed unopened or deleted"])


def e029():
    body = """Hi Femi,

Thanks for ringing back. To confirm what happened, as you asked for it in writing:

- Our bereavement team's 6-week letter to Mr Ravi Menon was put in the envelope for another family (the Hendersons) on Thursday. Each envelope was posted to the right address but with the other family's letter inside.
- Mrs Henderson phoned us on Monday. She was upset. She said she had "thrown it away" - in her household recycling, not shredded. We have not got it back.
- We have apologised to Mr Menon by phone. He was gracious but asked that we make sure it can't happen again.

The letter (copy from our system) read:

  Mr Ravi Menon
  22 Beechwood Avenue, Harrogate HG2 0LB

  Dear Ravi,
  It is now six weeks since Lakshmi died here at Nidderdale Hospice. We know the time after a death from motor neurone disease can be especially hard for carers. Our bereavement support group meets on Wednesdays, and our counsellor can also visit you at home.

The Henderson letter went to Mr Menon and he has returned it to us, so that part is contained.

Best wishes
Lydia

Lydia Fenwick
Family Support Lead, Nidderdale Hospice

> On 1 Dec 2026, at 16:05, Femi Adewale <femi.adewale@nidderdalehospice.org.uk> wrote:
>
> Hi Lydia, please can you send me the details of the bereavement letter mix-up in writing so I can log it and decide on reporting. Femi (IG)
"""
    m = simple(body, "Lydia Fenwick <lydia.fenwick@nidderdalehospice.org.uk>", "Re: bereavement letters mix-up",
               D(2026, 12, 2, 9, 12), "E2A61F07-9D2B-4C3E-8F5A-6B7C8D9E0F11@nidderdalehospice.org.uk",
               to="Femi Adewale <femi.adewale@nidderdalehospice.org.uk>")
    emit("029-hospice-bereavement-letter-swap.eml", m, "hospice_bereavement_deceased", ["hospice", "reply_chain", "deceased", "paper", "enveloping_error"],
         ids={"address": ["22 Beechwood Avenue, Harrogate HG2 0LB"], "postcode": ["HG2 0LB"]},
         names=["Ravi Menon"], ign_names=["Lakshmi", "Lydia Fenwick", "Femi Adewale", "Henderson"],
         ign={"email_address": ["lydia.fenwick@nidderdalehospice.org.uk", "femi.adewale@nidderdalehospice.org.uk"]},
         subjects=1, cats=["health"], sev=3, lik=3,
         basis=["the widower (living) is the data subject: name, address and his bereavement; the deceased is not a data subject under UK GDPR (duty of confidence noted)",
                "read by another family; 'thrown away' in household recycling, not securely destroyed (no containment credit)",
                "the Henderson letter returned unopened-equivalent: contained, no Henderson data appears here"])
    # "health": cause of death of the deceased spouse; a DPO records it as health context though the deceased is not a subject.


def e030():
    n = nhs("490217733")
    body = f"""IG - see below, this is really bad. The minutes went to a gmail address instead of Dr Khan's nhs.net. The person at the gmail has replied (below) so at least we know it went somewhere real. I've asked them to delete and confirm.

Safeguarding admin, Calder North GP Federation (Rebecca)

---------- Forwarded message ---------
From: Ali Khan <dr.a.khan@gmail.com>
Date: Wed, 2 Dec 2026 at 13:20
Subject: Re: Initial Child Protection Conference - minutes - CONFIDENTIAL
To: Safeguarding Admin <calder.safeguarding@nhs.net>

Hi, I think this has come to me by mistake. I'm not a doctor, I'm a software developer in Leeds. Ali

On Wed, 2 Dec 2026 at 11:47, Safeguarding Admin <calder.safeguarding@nhs.net> wrote:
> Dear Dr Khan,
>
> Please find the draft minutes of the Initial Child Protection Conference held on 30 November.
>
> Child: Harper-Rose BENNETT, DOB 04/09/2021, NHS No {sp(n)}
> Address: 5 Foundry Close, Halifax HX3 6QR
> Mother: Kayleigh Bennett (DOB 12/02/2001)
> Mother's partner: Jordan Platt
>
> Decision: child to be made subject of a Child Protection Plan under the category of physical abuse.
> Concerns: unexplained bruising to the face reported by nursery; domestic abuse incidents (police attended x3);
> mother's partner has previous convictions for assault. Mother disclosed cannabis use.
>
> Core group: HV, GP (Dr Khan), nursery, social worker.
>
> Safeguarding Admin
"""
    m = simple(body, "Rebecca Thornton <rebecca.thornton@nhs.net>", "Fwd: Re: Initial Child Protection Conference - minutes - CONFIDENTIAL",
               D(2026, 12, 2, 13, 41), "CAJ=safeg.Hx3q@mail.gmail.com")
    emit("030-safeguarding-minutes-gmail.eml", m, "safeguarding_minutes_wrong_gmail", ["safeguarding", "child", "gmail_forward", "quoted", "criminal"],
         ids={"nhs_number": [n], "date_of_birth": ["2021-09-04", "2001-02-12"], "address": ["5 Foundry Close, Halifax HX3 6QR"],
              "postcode": ["HX3 6QR"]},
         names=["Harper-Rose Bennett", "Kayleigh Bennett", "Jordan Platt"], ign_names=["Ali Khan", "Rebecca Thornton", "Khan"],
         ign={"email_address": ["dr.a.khan@gmail.com", "calder.safeguarding@nhs.net", "rebecca.thornton@nhs.net", IG_ADDR]},
         subjects=3, cats=["safeguarding", "criminal", "substance_misuse", "health"], sev=4, lik=3,
         basis=["child protection conference minutes: physical abuse, domestic abuse, convictions, cannabis use",
                "received by a member of the public outside the trusted domains; deletion requested, not yet confirmed"])


def e031():
    lines = [
        "# Pre-placement Health Questionnaire - CONFIDENTIAL",
        "Humber Estuary Teaching Hospitals - Occupational Health Service",
        "",
        "Section 1 - Applicant",
        "Name: Babajide OGUNLEYE",
        "Date of birth: 18/04/1992",
        "National Insurance number: JR 52 87 41 C",
        "Address: Flat 12, Kestrel House, 88 Spring Bank, Hull HU3 1AA",
        "Mobile: 07700 900845      Email: b.ogunleye92@gmail.com",
        "Post applied for: Healthcare Support Worker, Ward 110",
        "",
        "Section 2 - Health declaration",
        "Do you have epilepsy or have you had seizures? YES - last seizure 2019, on lamotrigine",
        "Do you have diabetes? YES - Type 1, insulin pump",
        "Hepatitis B vaccination: course complete, titre awaited",
        "Any adjustments needed? Regular breaks for glucose checks",
        "",
        "OH adviser outcome: fit with adjustments - no lone working at heights; review in 6 months.",
    ]
    body = """Hi

I attached the wrong completed questionnaire when emailing an outcome to an applicant this morning - Olivia Green (olivia.green.rn@gmail.com) got Babajide Ogunleye's form instead of her own. I've emailed her asking her to delete it. PDF attached as sent.

Maxine
OH Admin
"""
    m = mixed([text(body, cte="7bit"), pdf_part(lines, "PPHQ_OGUNLEYE_B.pdf", title="Pre-placement Health Questionnaire")],
              "Maxine Holt <maxine.holt@nhs.net>", "wrong attachment sent to applicant", D(2026, 12, 2, 11, 5),
              "AS4PR10MB3131.eurprd10.prod.outlook.com")
    emit("031-oh-pdf-wrong-applicant.eml", m, "occupational_health_pdf_wrong_attachment", ["pdf", "occupational_health", "wrong_attachment", "ni_number"],
         ids={"date_of_birth": ["1992-04-18"], "ni_number": ["JR528741C"], "address": ["Flat 12, Kestrel House, 88 Spring Bank, Hull HU3 1AA"],
              "postcode": ["HU3 1AA"], "phone_number": ["07700 900845"], "email_address": ["b.ogunleye92@gmail.com"]},
         names=["Babajide Ogunleye"], ign_names=["Olivia Green", "Maxine Holt"],
         ign={"email_address": ["maxine.holt@nhs.net", "olivia.green.rn@gmail.com", IG_ADDR]},
         subjects=1, cats=["health"], sev=3, lik=3,
         basis=["pre-placement health declaration: epilepsy, type 1 diabetes (health), NI number and contact details",
                "sent to another applicant's personal address outside the trusted domains; deletion requested, not confirmed"])
    # Olivia Green's own data is not disclosed (her form was not sent): she is a recipient, not a subject.


def e032():
    n = nhs("437281954")
    body = f"""Hi, near miss only. I was emailing a referral to the community dental service and attached the wrong patient's referral (Mrs Halina Nowak, NHS {n}, DOB 25/10/1955 - oral lesion 2WW). I spotted it in the Outbox - we have the 2 minute delay rule - and deleted it before it sent. Checked Sent Items, it's not there. Just logging as we were told to report near misses.

Jordan, Hollybush Dental
"""
    m = simple(body, "Hollybush Dental <hollybush.dental@nhs.net>", "near miss - wrong referral attached (not sent)", D(2026, 12, 3, 10, 44),
               "hollybush.nm.20261203@nhs.net", cte="7bit")
    emit("032-dental-near-miss-outbox.eml", m, "dental_near_miss_outbox", ["near_miss", "dental", "delay_rule"],
         ids={"nhs_number": [n], "date_of_birth": ["1955-10-25"]}, names=["Halina Nowak"], ign_names=["Jordan"],
         ign={"email_address": ["hollybush.dental@nhs.net", IG_ADDR]},
         subjects=1, cats=["health"], near_miss=True, sev=3, lik=1,
         basis=["suspected oral cancer referral (health) would have been disclosed", "caught in the Outbox before sending: near miss, nothing left the organisation"])


def e033():
    a, b = nhs("664019825"), nhs("415562340")
    body = (f"second checker on the diabetic eye screening invite run found 2 letters in 1 envelope - "
            f"mr oluwaseun bakare (nhs {a}) and mrs glenys probert (nhs {b}). caught before franking, "
            f"nothing posted. rest of the batch rechecked ok. near miss for the log\n\n"
            f"dawn - hub admin, Severn Vale GP Federation\n")
    m = simple(body, "Dawn Ellery <dawn.ellery@nhs.net>", "near miss enveloping", D(2026, 12, 3, 15, 20),
               "near.miss.env.20261203@nhs.net", cte="7bit")
    emit("033-gp-federation-near-miss-envelope.eml", m, "gp_federation_near_miss_envelope", ["near_miss", "short", "lower_case", "gp_federation", "paper"],
         ids={"nhs_number": [a, b]}, names=["Oluwaseun Bakare", "Glenys Probert"], ign_names=["Dawn Ellery"],
         ign={"email_address": ["dawn.ellery@nhs.net", IG_ADDR]},
         subjects=2, cats=["health"], near_miss=True, sev=3, lik=1,
         basis=["diabetic eye screening invitations (implies diabetes: health)", "caught by the second check before posting: near miss"])


def e034():
    html = """<html><body style="font-family:Calibri,sans-serif">
<p>Dear IG,</p>
<p>I am reporting that a complaint response letter was emailed to the wrong complainant yesterday afternoon. The response for <b>Mrs Hina Qureshi</b> was sent to Mr David Moss (<a href="mailto:dmoss.home@virginmedia.com">dmoss.home@virginmedia.com</a>), who has an open complaint with us about a different incident. Mr Moss emailed to say he had received it.</p>
<p>The letter contains:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Complainant / patient</b></td><td>Mrs Hina Qureshi</td></tr>
<tr><td><b>Address</b></td><td>31 Alum Rock Road, Birmingham B8 1JB</td></tr>
<tr><td><b>Date of birth</b></td><td>09/02/1990</td></tr>
<tr><td><b>Incident</b></td><td>2 hr 40 min wait for ambulance during sickle cell crisis, 14 September 2026; crew did not give analgesia promptly</td></tr>
<tr><td><b>Our ref</b></td><td>COMP/2026/04417</td></tr>
</table>
<p>Mr Moss has not confirmed deletion. I have sent Mrs Qureshi's response to her by post today and I will call her tomorrow.</p>
<p>Kind regards,<br>Elaine Hargreaves<br>Patient Experience Manager<br>Mercia Ambulance Service NHS Trust<br>Tel 0121 496 0555</p>
</body></html>"""
    m = simple(html, "Elaine Hargreaves <elaine.hargreaves@nhs.net>", "Complaint response sent to wrong complainant",
               D(2026, 12, 4, 9, 25), "AM6PR05MB3434.eurprd05.prod.outlook.com", subtype="html", cte="qp")
    emit("034-ambulance-complaint-response-html.eml", m, "ambulance_complaint_html_only", ["ambulance", "html_only", "html_table", "complaint"],
         ids={"address": ["31 Alum Rock Road, Birmingham B8 1JB"], "postcode": ["B8 1JB"], "date_of_birth": ["1990-02-09"]},
         names=["Hina Qureshi"], ign_names=["David Moss", "Elaine Hargreaves"],
         ign={"email_address": ["dmoss.home@virginmedia.com", "elaine.hargreaves@nhs.net", IG_ADDR], "phone_number": ["0121 496 0555"]},
         subjects=1, cats=["health", "ethnicity"], sev=3, lik=3,
         basis=["complaint response with sickle cell crisis (health) and address", "sent to another complainant outside the trusted domains; deletion not confirmed"])
    # ethnicity: sickle cell disease is commonly read as indicating ethnic origin; a DPO may leave it out - recorded here.


def e035():
    people = ["Jason Tierney", "Marcus Oyelaran", "Dariusz Zielinski", "Kyle McGrath", "Aaron Whitehead", "Imran Chaudhry"]
    body = ("bbv clinic list (hep c / hiv testing for thurs) got left on the printer in c wing office, "
            "the wing orderly picked it up and read it before an officer took it off him. 6 names on it - "
            + ", ".join(p.lower() for p in people) +
            " - with prison nos and cell locations. orderly has been talking about it on the landing apparently. "
            "officer has the sheet now, ive shredded it\n\nsteph (healthcare admin, HMP Brackenmoor)")
    m = simple(body, "Stephanie Rowe <stephanie.rowe@nhs.net>", "clinic list seen by prisoner", D(2026, 12, 4, 16, 50),
               "bracken.bbv.20261204@nhs.net", cte="7bit")
    emit("035-prison-bbv-list-orderly-short.eml", m, "prison_clinic_list_seen_short", ["prison", "short", "lower_case", "paper", "sexual_health"],
         names=people, ign_names=["Stephanie Rowe"], ign={"email_address": ["stephanie.rowe@nhs.net", IG_ADDR]},
         subjects=6, cats=["health", "sexual_health", "criminal"], sev=4, lik=4,
         basis=["prisoners identified as attending a blood-borne virus (hepatitis C / HIV) clinic",
                "read by another prisoner who is spreading it on the landing (beyond likely: being passed on)"])


def e036():
    body = ("sent the recipient couple the donor profile before redacting it, it had the donor's full name zofia kowalska, "
            "dob 07/03/1994 and her postcode SE15 4QN. they rang to ask if they were meant to have it. "
            "asked them to delete, they said they would. donor not told yet. HFEA?\n\n"
            "- Tess, Thameside Fertility (egg donation coordinator)" + SIG_IPHONE)
    m = simple(body, "Tess Ogunbiyi <tess.ogunbiyi@nhs.net>", "donor profile not redacted", D(2026, 12, 5, 13, 2),
               "7C1D2E3F-4A5B-46C7-8D9E-0F1A2B3C4D5E@nhs.net", cte="7bit")
    emit("036-fertility-donor-identity-short.eml", m, "fertility_donor_identity_short", ["fertility", "short", "lower_case", "reproductive_health", "genetic"],
         ids={"date_of_birth": ["1994-03-07"], "postcode": ["SE15 4QN"]}, names=["Zofia Kowalska"], ign_names=["Tess Ogunbiyi"],
         ign={"email_address": ["tess.ogunbiyi@nhs.net", IG_ADDR]},
         subjects=1, cats=["health", "reproductive_health", "genetic"], sev=4, lik=3,
         basis=["egg donor's identity disclosed to the recipients of her eggs (reproductive health; genetic parentage)",
                "recipients outside the organisation; deletion only promised; donor anonymity during treatment is a statutory expectation"])


def e037():
    t1, t2, t3 = nhs("999000001"), nhs("999000012"), nhs("999000023")
    body = f"""Hello,

Not sure if this counts. I run the EMIS/SystmOne training sessions for the federation. I emailed the exercise sheet for Thursday's new-starter session to a trainee's personal Gmail (she hasn't got her nhs.net yet) - kerry.a.brennan@gmail.com. The sheet uses the TRAINING environment patients only, e.g.

  Mr Testpatient ALPHA   NHS No {sp(t1)}   DOB 01/01/1970
  Mrs Testpatient BRAVO  NHS No {sp(t2)}   DOB 02/02/1980
  Master Testpatient CHARLIE  NHS No {sp(t3)}   DOB 03/03/2015

These are the standard 999 test numbers, not real people. Nothing from the live system is on it. Do I need to do anything?

Thanks
Gareth Lloyd-Evans
Clinical Systems Trainer, Severn Vale GP Federation
"""
    m = simple(body, "Gareth Lloyd-Evans <gareth.lloydevans@nhs.net>", "training sheet to personal email - test patients only",
               D(2026, 12, 5, 15, 30), "training.999.20261205@nhs.net")
    emit("037-training-test-numbers-999.eml", m, "test_numbers_no_real_subject", ["test_numbers_999", "gp_federation", "not_real_people"],
         ids={"nhs_number": [t1, t2, t3]},
         ign_names=["Testpatient Alpha", "Testpatient Bravo", "Testpatient Charlie", "Gareth Lloyd-Evans"],
         ign={"email_address": ["gareth.lloydevans@nhs.net", "kerry.a.brennan@gmail.com", IG_ADDR],
              "date_of_birth": ["1970-01-01", "1980-02-02", "2015-03-03"]},
         subjects=0, cats=[], sev=1, lik=1,
         basis=["999 test NHS numbers reported as identifiers (flag as test numbers), but they belong to fictitious training patients",
                "no real individual: no data subject, severity 1; not a personal data breach"])


if __name__ == "__main__":
    for name in sorted(k for k in list(globals()) if k.startswith("e") and k[1:].isdigit()):
        globals()[name]()
    print(f"{len(TRUTH)} emails written to {OUT}")
