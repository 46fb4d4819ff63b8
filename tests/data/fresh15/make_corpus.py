#!/usr/bin/env python3
"""fresh15 — an independent breach-report corpus for breachdesk.

Emphasis: how names and contact details really appear in hurried clinical and
administrative prose (untitled names, lower case, SURNAME Forename, particles,
diacritics, hyphens, relatives, staff and wrong recipients who must not be
counted, UK phone / postcode / NHS number / DOB formats, pasted tables).

Deterministic: fixed seed 151515, fixed MIME boundaries, dates and Message-IDs,
attachment zips rewritten with a fixed timestamp.
Run:  /work/main/.venv/bin/python make_corpus.py
"""
import csv
import datetime as dt
import io
import json
import os
import random
import re
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy

SEED = 151515
OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(SEED)
FIXED_ZIP_TIME = (2026, 11, 2, 9, 0, 0)
BASE_DATE = dt.datetime(2026, 11, 2, 8, 5, tzinfo=dt.timezone.utc)
TRUSTED = ("nhs.net", "example.nhs.uk")

# ------------------------------------------------------------------ health numbers


def mod11_check(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - (s % 11)
    if c == 11:
        c = 0
    return None if c == 10 else c


def valid_mod11(n):
    n = "".join(ch for ch in str(n) if ch.isdigit())
    if len(n) != 10:
        return False
    c = mod11_check(n[:9])
    return c is not None and c == int(n[9])


def nhs(lo=None, hi=None):
    """A 10-digit number whose first nine digits lie in [lo, hi], passing mod 11.
    Default: England/Wales ranges 400-499m or 600-799m."""
    if lo is None:
        lo, hi = R.choice([(400_000_000, 499_999_999), (600_000_000, 799_999_999)])
    while True:
        d9 = str(R.randint(lo, hi)).zfill(9)
        c = mod11_check(d9)
        if c is not None:
            n = d9 + str(c)
            assert valid_mod11(n)
            return n


def hc():
    return nhs(320_000_000, 399_999_999)


def chi(dob, female):
    """CHI: DDMMYY + 2 digits + sex digit (even female) + check."""
    dd = dob.strftime("%d%m%y")
    while True:
        mid = str(R.randint(0, 99)).zfill(2)
        sex = R.choice("02468" if female else "13579")
        d9 = dd + mid + sex
        c = mod11_check(d9)
        if c is not None:
            n = d9 + str(c)
            assert valid_mod11(n)
            return n


def s334(n):
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def d334(n):
    return f"{n[:3]}-{n[3:6]}-{n[6:]}"


# ------------------------------------------------------------------ mail building

def rezip(data):
    """Rewrite a zip (xlsx/docx) with fixed timestamps so output is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            data_ = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" at save time
                data_ = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-11-01T12:00:00Z", data_)
            z.writestr(zi, data_)
    return out.getvalue()


def xlsx(rows, sheet="Sheet1", preamble=()):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for p in preamble:
        ws.append(list(p))
    for r in rows:
        ws.append(list(r))
    fixed = dt.datetime(2026, 11, 1, 12, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "fresh15"
    bio = io.BytesIO()
    wb.save(bio)
    return rezip(bio.getvalue())


def docx_doc(paras_before, table, paras_after=()):
    import docx
    d = docx.Document()
    for p in paras_before:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = str(v)
    for p in paras_after:
        d.add_paragraph(p)
    fixed = dt.datetime(2026, 11, 1, 12, 0, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.author = "fresh15"
    d.core_properties.last_modified_by = "fresh15"
    bio = io.BytesIO()
    d.save(bio)
    return rezip(bio.getvalue())


def csv_bytes(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode("utf-8")


def build(n, frm, to, subject, body=None, html=None, cte=None, attachments=(), cc=None,
          headers=None, minutes=0, charset="utf-8"):
    m = EmailMessage(policy=policy.default)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(BASE_DATE + dt.timedelta(hours=n * 7, minutes=minutes))
    m["Message-ID"] = f"<fresh15.{n:03d}.{SEED}@mail.example.org>"
    for k, v in (headers or {}).items():
        m[k] = v
    kw = {}
    if cte:
        kw["cte"] = cte
    if body is not None and html is not None:
        m.set_content(body, charset=charset, **kw)
        m.add_alternative(html, subtype="html", charset=charset, **kw)
    elif html is not None:
        m.set_content(html, subtype="html", charset=charset, **kw)
    else:
        m.set_content(body, charset=charset, **kw)
    for a in attachments:
        if a[0] == "rfc822":
            m.add_attachment(a[1])
            continue
        fname, data, maintype, subtype = a
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"==fresh15_{n:03d}_{i}==")
            i += 1
    return m


def inner(frm, to, subject, body, when, mid, cte=None):
    m = EmailMessage(policy=policy.default)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = mid
    if cte:
        m.set_content(body, cte=cte)
    else:
        m.set_content(body)
    return m


XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
CSV = ("text", "csv")

# ------------------------------------------------------------------ truth


def truth(scenario, tags, ids=None, names=(), ign_names=(), ign=None, subjects=0, cats=(),
          near_miss=False, sev=1, lik=1, basis=()):
    ids = {k: sorted(set(v)) for k, v in (ids or {}).items() if v}
    ign = {k: sorted(set(v)) for k, v in (ign or {}).items() if v}
    return {
        "scenario": scenario,
        "tags": sorted(tags),
        "identifiers": ids,
        "names": list(dict.fromkeys(names)),
        "ignorable_names": list(dict.fromkeys(ign_names)),
        "ignorable": ign,
        "subjects": subjects,
        "special_categories": sorted(set(cats)),
        "near_miss": near_miss,
        "no_identifiers": not ids and not names,
        "assessment": {"severity": sev, "likelihood": lik,
                       "reportable": lik >= 3 and sev >= 2, "basis": list(basis)},
    }


EMAILS = []


def email(slug):
    def deco(fn):
        EMAILS.append((slug, fn))
        return fn
    return deco


# ================================================================== EMAILS
# Each function gets n (its number) and returns (EmailMessage, truth dict).

@email("ward5-handover-sheet-phone")
def e_handover(n):
    dob = "1941-03-02"
    body = """hi sorry sending this from my phone. handover sheet for ward 5 (elderly care) went missing off the nurses station last night and a visitor handed it in at main reception this morning, she said she found it on a table in the costa by outpatients. it had the whole bay on it:

bed 1 - margaret o'hara 84 fall ?#NOF
bed 2 - dennis pryce-williams 79 CAP on abx
bed 3 - Ó BRIAIN Pádraig 91 delirium, DNACPR
bed 4 - empty
bed 5 - joan featherstone-haugh dob 02/03/1941 UTI, for d/c tmrw

sister Maggie Lyons has it now locked in her office. i dont know the visitors name, reception (ext 4471) might. i havent told the patients yet

kerry
ward clerk ward 5

Sent from my iPhone"""
    m = build(n, "Kerry Ashworth <kerry.ashworth@nhs.net>", "breach@example.nhs.uk",
              "handover sheet found in costa", body)
    t = truth("lost_handover_sheet_public", ["plain", "phone_voice", "lower_case_names", "surname_first"],
              ids={"date_of_birth": [dob]},
              names=["margaret o'hara", "dennis pryce-williams", "Ó BRIAIN Pádraig", "joan featherstone-haugh"],
              ign_names=["Kerry Ashworth", "Maggie Lyons"],
              ign={"email_address": ["kerry.ashworth@nhs.net"]},
              subjects=4, cats=["health"], sev=3, lik=2,
              basis=["diagnoses and DNACPR status of four named inpatients",
                     "sheet left in a public cafe and read by a member of the public (likelihood 3)",
                     "returned to reception the same morning (containment, -1)"])
    return m, t


@email("re-clinic-letter-wrong-siobhan")
def e_siobhan(n):
    nn = nhs()
    body = f"""Hi IG team,

Please see below. This went out from the booking office yesterday afternoon to the wrong Siobhan - we have two on PAS with near-identical spellings and the e-mail address on the older record was picked up. The person who got it (Siobhan Breen, siobhan.breen77@gmail.com) replied straight away, very nicely, and says she will delete it but we haven't had that in writing.

Dev

Dev Raghunathan | Outpatient Administration Manager | 020 7946 0188

-----Original Message-----
From: OP Booking <op.booking@example.nhs.uk>
Sent: 02 November 2026 16:41
To: siobhan.breen77@gmail.com
Subject: Your clinic letter - Rheumatology

re: Siobhán Ní Bhriain (DOB 14.07.62)
Hosp No: RAL0048213   NHS No: {s334(nn)}
27 Rosemount Avenue, London NW6 4SJ.  Tel 07700 900412

Dear Dr Okafor,

I reviewed Siobhán in the inflammatory arthritis clinic today. Her rheumatoid arthritis remains active (DAS28 5.1) despite methotrexate 20 mg weekly, and her ALT is now 88. I have reduced the methotrexate to 15 mg and we will start the biologics paperwork. She tells me her daughter Róisín has been helping with shopping.

Dr Helen Castell
Consultant Rheumatologist
"""
    m = build(n, "Dev Raghunathan <dev.raghunathan@example.nhs.uk>", "breach@example.nhs.uk",
              "FW: Your clinic letter - Rheumatology", body)
    t = truth("misdirected_letter_email_same_name", ["plain", "inline_outlook", "re_line", "diacritics", "dob_dotted"],
              ids={"nhs_number": [nn], "date_of_birth": ["1962-07-14"], "hospital_number": ["RAL0048213"],
                   "address": ["27 Rosemount Avenue, London, NW6 4SJ"], "postcode": ["NW6 4SJ"],
                   "phone_number": ["07700900412"]},
              names=["Siobhán Ní Bhriain", "Róisín"],
              ign_names=["Siobhan Breen", "Dev Raghunathan", "Helen Castell", "Dr Okafor"],
              ign={"email_address": ["siobhan.breen77@gmail.com", "op.booking@example.nhs.uk",
                                     "dev.raghunathan@example.nhs.uk"],
                   "phone_number": ["02079460188"]},
              subjects=2, cats=["health"], sev=3, lik=3,
              basis=["clinic letter with diagnosis, medication and results for a named patient",
                     "sent to a member of the public's gmail address (outside trusted domains)",
                     "recipient says she will delete, not confirmed: no reduction"])
    return m, t


@email("eip-carers-to-not-bcc")
def e_eip(n):
    rcpts = [("Bernadette Nic Gabhann", "bnicgabhann@btinternet.com"),
             ("", "tony.rafferty1958@gmail.com"),
             ("Yusuf Abdi-Warsame", "yusuf.abdiwarsame@hotmail.co.uk"),
             ("lorraine mckechnie", "lorrainemck@sky.com"),
             ("Gethin ap Rhys", "gethin@aprhys.plus.com"),
             ("", "d.okonjo@mail.students.leeds.ac.uk"),
             ("Hélène Marchetti-Boyd", "helene.mb@outlook.com"),
             ("Krzysztof Wiśniewski", "k.wisniewski@wp.pl")]
    to = ",\n    ".join(f'"{a}" <{b}>' if a else b for a, b in rcpts)
    body = f"""Morning,

I think I've caused a breach, sorry. I sent the reminder about next week's carers' evening to everyone in the To box instead of Bcc. Email below. It went to eight family members / carers of people under our team. Two have already replied-all, one quite upset.

Gwen Partridge
Administrator, Early Intervention in Psychosis Team
Tel 0113 496 0732

---------- Forwarded message ---------
From: EIP Carers Group <eip.carers@nhs.net>
Date: Mon, 2 Nov 2026 at 10:02
Subject: Carers' support evening - Thursday 12th
To: {to}

Dear all,

A reminder that the EIP carers' support evening is on Thursday 12th at 6pm in the Pinewood Room. Dr Sana Mirza will talk about early warning signs of relapse in psychosis and how to use your relative's crisis plan. Please let us know if the person you care for would like to come too.

Best wishes
The EIP Team
"""
    m = build(n, "Gwen Partridge <gwen.partridge@nhs.net>", "breach@example.nhs.uk",
              "Fwd: Carers' support evening - Thursday 12th", body)
    t = truth("to_not_bcc_carers_mental_health", ["plain", "inline_gmail", "to_not_bcc", "recipients_are_subjects",
                                                   "diacritics", "lower_case_names"],
              ids={"email_address": [b for a, b in rcpts]},
              names=[a for a, b in rcpts if a],
              ign_names=["Gwen Partridge", "Sana Mirza"],
              ign={"email_address": ["eip.carers@nhs.net", "gwen.partridge@nhs.net"],
                   "phone_number": ["01134960732"]},
              subjects=8, cats=["mental_health"], sev=4, lik=3,
              basis=["eight carers' personal addresses disclosed to each other (To instead of Bcc)",
                     "reveals that each has a relative under an early intervention in psychosis team",
                     "external personal addresses"])
    return m, t


@email("care-home-care-plan-wrong-relative")
def e_carehome(n):
    nn = nhs()
    body = f"""Dear Information Governance,

I am the registered manager at Rosebank Care Home and I need to report an error by one of my senior carers on Saturday.

The six-monthly care plan review for one of our residents, Halina Wiśniewska (Room 14), was meant to be e-mailed to her daughter, but the carer picked the wrong contact from the drop-down and it went to Anna Wisniewski, who is the niece of another resident. Anna rang us this morning and has confirmed in writing (e-mail attached to our log) that she has deleted it and not forwarded it.

What the review contained:
 - Resident: Halina Wiśniewska, born 1938-05-11, NHS number {nn}
 - Diagnoses: Alzheimer's dementia (moderate), type 2 diabetes, grade 2 pressure ulcer left heel
 - Next of kin: Agnieszka Wiśniewska-Kowal (daughter), 41 Beech Grove, Harrogate, HG2 0ER, mobile 07700-900-187, agnieszka.wk@outlook.com
 - DoLS authorisation status

I have spoken to Agnieszka and apologised. Please advise if we need to do anything further.

Kind regards

Bev Tranter
Registered Manager
Rosebank Care Home, 3 Rosebank Road, Harrogate HG1 4QT
T: (01632) 960 214
"""
    m = build(n, "Bev Tranter <manager@rosebankcare.co.uk>", "breach@example.nhs.uk",
              "Care plan sent to wrong family member - Rosebank", body)
    t = truth("care_home_wrong_relative_deleted", ["plain", "care_home", "relative_named", "diacritics",
                                                    "phone_dashed", "vulnerable_adult"],
              ids={"nhs_number": [nn], "date_of_birth": ["1938-05-11"],
                   "address": ["41 Beech Grove, Harrogate, HG2 0ER"], "postcode": ["HG2 0ER"],
                   "phone_number": ["07700900187"], "email_address": ["agnieszka.wk@outlook.com"]},
              names=["Halina Wiśniewska", "Agnieszka Wiśniewska-Kowal"],
              ign_names=["Anna Wisniewski", "Bev Tranter"],
              ign={"email_address": ["manager@rosebankcare.co.uk"], "phone_number": ["01632960214"],
                   "postcode": ["HG1 4QT"], "address": ["3 Rosebank Road, Harrogate, HG1 4QT"]},
              subjects=2, cats=["health", "mental_health"], sev=3, lik=2,
              basis=["care plan with diagnoses for a vulnerable adult and her daughter's contact details",
                     "sent to a member of the public outside the trusted domains (likelihood 3)",
                     "recipient confirmed deletion in writing (containment, -1)"])
    return m, t


@email("gp-toms-mum-rang-safeguarding")
def e_tom(n):
    nn = nhs()
    body = f"""Hi

Not sure if this is the right place but Dr Begum said to email you.

Tom's mum rang this morning really upset. Tom Kaczmarek (7, DOB 14th July 2019, NHS {d334(nn)}) - his immunisation recall letter went to his dad's address even though there is a safeguarding alert on the record and mum and Tom moved away last year. The letter had their new address on it as the "correspondence address" - 9 Kestrel Close, Wolverhampton WV10 6QR. Mum (Ewelina Kaczmarek) says dad has now texted her "nice new place". She has a non-molestation order.

I think the old address never got taken off the child's record when mum's was changed.

Thanks
Jade
Reception, Ashfield Surgery
01902 496 0... sorry, direct line is 01632 960 530
"""
    m = build(n, "Jade Hollins <jade.hollins1@nhs.net>", "breach@example.nhs.uk",
              "letter gone to dad", body)
    t = truth("gp_letter_to_estranged_parent_safeguarding", ["plain", "child", "relative_named", "dob_ordinal",
                                                              "nhs_dashed", "untitled_name"],
              ids={"nhs_number": [nn], "date_of_birth": ["2019-07-14"],
                   "address": ["9 Kestrel Close, Wolverhampton, WV10 6QR"], "postcode": ["WV10 6QR"]},
              names=["Tom Kaczmarek", "Ewelina Kaczmarek"],
              ign_names=["Jade Hollins", "Dr Begum"],
              ign={"email_address": ["jade.hollins1@nhs.net"], "phone_number": ["01632960530", "019024960"]},
              subjects=2, cats=["safeguarding"], sev=4, lik=5,
              basis=["child with a safeguarding alert; new address of child and mother disclosed to the father",
                     "mother holds a non-molestation order",
                     "the father has used the address (misuse reported, likelihood 5)"])
    return m, t


@email("pharmacy-methadone-bag-wrong-patient")
def e_pharm(n):
    body = """Hello,

Reporting an incident from Wellgate Pharmacy, Tuesday lunchtime.

A prescription bag for Nguyễn Văn An was handed to a different patient, Nguyen Van Anh, who was collecting at the same time. The label and the dispensing token were visible through the bag: name, 14 Wellgate, Rotherham S60 2NT, and the items - methadone 1mg/ml oral solution (supervised consumption, 60ml daily) and pregabalin 150mg. Mr Anh came back in about 20 minutes later and handed it back still stapled. He did say "I didn't know he was on that", so he has read the label.

Mr An has been informed by our pharmacist and accepted an apology. We have moved to checking DOB + first line of address at handout for everyone, not just when the name looks similar.

Rukhsana Begum MRPharmS
Pharmacist Manager, Wellgate Pharmacy (FX482)
rukhsana.begum3@nhs.net  |  01632 960 871
"""
    m = build(n, "Rukhsana Begum <rukhsana.begum3@nhs.net>", "breach@example.nhs.uk",
              "Incident - bag handed to wrong patient", body)
    t = truth("pharmacy_bag_wrong_patient_substance", ["plain", "pharmacy", "diacritics", "similar_names"],
              ids={"address": ["14 Wellgate, Rotherham, S60 2NT"], "postcode": ["S60 2NT"]},
              names=["Nguyễn Văn An"],
              ign_names=["Nguyen Van Anh", "Rukhsana Begum"],
              ign={"email_address": ["rukhsana.begum3@nhs.net"], "phone_number": ["01632960871"]},
              subjects=1, cats=["substance_misuse"], sev=4, lik=3,
              basis=["methadone supervised consumption (substance misuse) of a named patient disclosed",
                     "the other patient read the label: disclosure occurred outside the organisation",
                     "bag returned, but the content had been read: no reduction"])
    return m, t


@email("welsh-retinal-screening-pipe-table")
def e_wales(n):
    a, b, c = nhs(), nhs(), nhs()
    body = f"""Bore da / Good morning,

I'm reporting an email I sent at 08:50 today. I meant to send the list of screening cancellations to our contractor Dafydd Jones (dafydd.jones2@wales.nhs.uk) and autocomplete picked dafydd.jones@gmail.com instead, which I think is a private person. I have tried to recall it but Outlook says recall failed. This is what was in it (pasted from the email):

| Enw / Name | Dyddiad geni / DOB | Rhif GIG / NHS No | Cod post / Postcode | Nodyn / Note |
|---|---|---|---|---|
| ap Dafydd, Rhodri | 03/02/1957 | {s334(a)} | LL55 1AB | DNA x2, insulin |
| Lowri Haf Pritchard-Evans | 22.11.1970 | {b} | ll57 2pw | moved to Bangor |
| WILLIAMS-ÖZTÜRK Emre | 1964-06-30 | {d334(c)} | LL184DY | R1M1 refer |

Diolch,
Mared Llwyd
Gweinyddwr Sgrinio / Screening Administrator
Ffôn / Tel: 01248 496 0211
"""
    m = build(n, "Mared Llwyd <mared.llwyd@nhs.net>", "breach@example.nhs.uk",
              "Ebost i'r person anghywir / email to wrong person", body, cte="quoted-printable")
    t = truth("welsh_screening_list_external_pipe_table", ["quoted_printable", "pipe_table", "bilingual",
                                                           "surname_first", "comma_name", "postcode_lower",
                                                           "postcode_nospace", "diacritics"],
              ids={"nhs_number": [a, b, c], "date_of_birth": ["1957-02-03", "1970-11-22", "1964-06-30"],
                   "postcode": ["LL55 1AB", "LL57 2PW", "LL18 4DY"]},
              names=["ap Dafydd, Rhodri", "Lowri Haf Pritchard-Evans", "WILLIAMS-ÖZTÜRK Emre"],
              ign_names=["Dafydd Jones", "Mared Llwyd"],
              ign={"email_address": ["dafydd.jones2@wales.nhs.uk", "dafydd.jones@gmail.com", "mared.llwyd@nhs.net"],
                   "phone_number": ["01248 496 0211"]},
              subjects=3, cats=["health"], sev=3, lik=3,
              basis=["NHS numbers and diabetic eye screening notes for three named patients",
                     "sent to a private gmail address; recall failed"])
    return m, t


@email("ni-clinic-list-personal-hotmail")
def e_ni(n):
    h1, h2, h3, h4 = hc(), hc(), hc(), hc()
    body = f"""Hi,

Logging on behalf of the Endocrine outpatient office. One of our admin staff, Shauna Kelly, e-mailed tomorrow's clinic list to her personal account (shauna.k@hotmail.co.uk) on Friday so she could print it at home. She did not realise this wasn't allowed. She says she has deleted it from her Hotmail but we have no way to check. The list was 4 patients (the afternoon clinic was cancelled):

Ciarán Mac an tSaoir   H&C 334 ... sorry full: {s334(h1)}   DOB 09/09/1949   insulin pump review
Bríd Nic Gabhann        H&C {h2}     DOB 1/4/88        thyroid eye disease
MCCLOSKEY Seán          H&C {d334(h3)}   DOB 17-Mar-1975   Addison's, steroid card
Dolores Ní Dhomhnaill-Quinn  H&C {s334(h4)}  DOB 30.12.1961  adrenal incidentaloma

Eimear

Eimear Devlin | Information Governance Officer
Western Health and Social Care Trust (example)
eimear.devlin@westerntrust.example.hscni.net | 028 9049 6011
"""
    m = build(n, "Eimear Devlin <eimear.devlin@westerntrust.example.hscni.net>", "breach@example.nhs.uk",
              "Clinic list sent to personal email", body)
    t = truth("ni_clinic_list_to_personal_account", ["plain", "hc_number", "particles", "diacritics",
                                                     "surname_first", "dob_mixed", "staff_personal_email"],
              ids={"hc_number": [h1, h2, h3, h4],
                   "date_of_birth": ["1949-09-09", "1988-04-01", "1975-03-17", "1961-12-30"]},
              names=["Ciarán Mac an tSaoir", "Bríd Nic Gabhann", "MCCLOSKEY Seán", "Dolores Ní Dhomhnaill-Quinn"],
              ign_names=["Shauna Kelly", "Eimear Devlin"],
              ign={"email_address": ["shauna.k@hotmail.co.uk", "eimear.devlin@westerntrust.example.hscni.net"],
                   "phone_number": ["02890496011"]},
              subjects=4, cats=["health"], sev=3, lik=3,
              basis=["clinic list with H&C numbers and diagnoses",
                     "sent to a staff member's personal Hotmail (outside trusted domains)",
                     "deletion claimed but not verifiable: no reduction"])
    return m, t


@email("scotland-cpn-letter-same-envelope-chi")
def e_scot(n):
    c1 = chi(dt.date(1962, 6, 14), female=False)
    body = f"""Good afternoon,

Please log the following for NHS Greater Glasgow (example) community mental health.

On Friday two appointment letters were folded into one envelope. Mr Ewan MacLeod of Partick received, along with his own letter, a letter meant for another patient:

   Iain MacLeòid
   Flat 2/1, 45 Dumbarton Road, Glasgow, G11 6PA
   CHI: {c1}
   "Your appointment with your Community Psychiatric Nurse, Lorna Baxter, has been rescheduled. Please continue your clozapine and attend for your blood test..."

Mr MacLeod phoned the team base, angry, and said he would "put it on Facebook to show what the NHS is like". He has not agreed to return it. Mr MacLeòid has been told by his CPN.

Regards
Alasdair Grant
Team Leader, West CMHT
0141 496 0733
"""
    m = build(n, "Alasdair Grant <alasdair.grant@nhs.net>", "breach@example.nhs.uk",
              "Letter in wrong envelope - CMHT West", body)
    t = truth("scotland_letter_same_envelope_mental_health", ["plain", "chi_number", "gaelic_name", "similar_names",
                                                              "address_flat"],
              ids={"chi_number": [c1], "address": ["45 Dumbarton Road, Glasgow, G11 6PA"], "postcode": ["G11 6PA"]},
              names=["Iain MacLeòid"],
              ign_names=["Ewan MacLeod", "Lorna Baxter", "Alasdair Grant"],
              ign={"email_address": ["alasdair.grant@nhs.net"], "phone_number": ["01414960733"]},
              subjects=1, cats=["mental_health"], sev=4, lik=3,
              basis=["CPN appointment and clozapine (mental health) for a named patient",
                     "received by another member of the public who refuses to return it and threatens to publish"])
    return m, t


@email("address-for-mike-jones-blagging")
def e_mike(n):
    body = """Hi,

Practice manager at Hillside Medical Practice here. I'm afraid we've had a blagging incident.

On 28 October a woman rang reception saying she was the sister of one of our patients and needed his new address urgently because their mum was in hospital. The receptionist's note on the record reads, word for word:

  "sister rang needs an address for Mike Jones, 12 The Street, Leeds LS2 9JT, 0775 221 2211, mike@example.com - given"

The caller was actually his ex-partner. Mike came in yesterday: she turned up at 12 The Street on Saturday night and there is an ongoing police matter (domestic abuse, he has a case number). His date of birth was also confirmed to her on the call (born 1984-02-19).

We have retrained reception on ID checks. Police have been told.

Sandra Whitlock
Practice Manager
Hillside Medical Practice
0113 496 0404
"""
    m = build(n, "Sandra Whitlock <sandra.whitlock@nhs.net>", "breach@example.nhs.uk",
              "Blagging - address given out", body)
    t = truth("blagging_untitled_contact_details", ["plain", "untitled_contact_details", "blagging"],
              ids={"address": ["12 The Street, Leeds, LS2 9JT"], "postcode": ["LS2 9JT"],
                   "phone_number": ["07752212211"], "email_address": ["mike@example.com"],
                   "date_of_birth": ["1984-02-19"]},
              names=["Mike Jones"],
              ign_names=["Sandra Whitlock"],
              ign={"email_address": ["sandra.whitlock@nhs.net"], "phone_number": ["01134960404"]},
              subjects=1, cats=["safeguarding"], sev=4, lik=5,
              basis=["address, phone and e-mail of a patient given to an impersonating ex-partner",
                     "she used it to come to his home: misuse occurred (likelihood 5)",
                     "domestic abuse: risk of harm (severity 4)"])
    return m, t


@email("facebook-selfie-whiteboard")
def e_fb(n):
    body = """Hi both,

A relative has messaged PALS a screenshot of a public Facebook post made by one of our HCAs on Sunday (a "last night shift before hols" selfie). The bay whiteboard is readable behind her. From the screenshot I can make out:

  4  Ó Súilleabháin, Tadhg   NBM   falls
  5  amira el-sayed          IVAB  barrier nursing (C.diff)
  6  Rhiannon McAllister-Reid  ?PE  CTPA today

The post had 40+ likes and was shared twice before it was taken down this morning. The HCA is Chloe Barnard; her manager Pete Onyango is dealing with it.

Farah Qureshi
PALS & Complaints Lead
"""
    m = build(n, "Farah Qureshi <farah.qureshi@example.nhs.uk>", "breach@example.nhs.uk",
              "FW: PALS - Facebook post showing whiteboard", body,
              cc="Pete Onyango <pete.onyango@example.nhs.uk>")
    t = truth("social_media_whiteboard", ["plain", "published", "comma_name", "lower_case_names", "particles"],
              names=["Ó Súilleabháin, Tadhg", "amira el-sayed", "Rhiannon McAllister-Reid"],
              ign_names=["Chloe Barnard", "Pete Onyango", "Farah Qureshi"],
              ign={"email_address": ["farah.qureshi@example.nhs.uk", "pete.onyango@example.nhs.uk"]},
              subjects=3, cats=["health"], sev=3, lik=4,
              basis=["names with clinical status of three inpatients", "published on public social media, shared",
                     "taken down after sharing: no reduction below published"])
    return m, t


@email("snooping-ex-partner-record")
def e_snoop(n):
    nn = nhs()
    body = f"""CONFIDENTIAL - HR/IG

Dear DPO,

Following a complaint, the audit of the electronic record of Ceri-Ann Pritchard-Jones (NHS {nn}, DOB: 5/11/90) shows it was opened 23 times between 1 August and 20 October by a Band 5 nurse in Radiology who has no clinical involvement. The nurse is her former partner. Entries viewed include her mental health liaison notes and her new address, 3 Heol y Nant, Cardiff CF14 3JB. Ms Pritchard-Jones says he quoted things from her notes in messages to her mother, Eirlys Pritchard.

The member of staff has been suspended pending investigation; I will not name him here.

Owain Rees
Information Governance Manager
"""
    m = build(n, "Owain Rees <owain.rees@nhs.net>", "breach@example.nhs.uk",
              "Inappropriate access - audit findings", body)
    t = truth("snooping_ex_partner", ["plain", "snooping", "hyphenated_names", "relative_named", "formal"],
              ids={"nhs_number": [nn], "date_of_birth": ["1990-11-05"],
                   "address": ["3 Heol y Nant, Cardiff, CF14 3JB"], "postcode": ["CF14 3JB"]},
              names=["Ceri-Ann Pritchard-Jones"],
              ign_names=["Owain Rees", "Eirlys Pritchard"],
              ign={"email_address": ["owain.rees@nhs.net"]},
              subjects=1, cats=["mental_health"], sev=4, lik=5,
              basis=["unauthorised access to mental health notes by an ex-partner",
                     "content quoted to the patient's mother: misuse occurred",
                     "the mother is named only as a recipient of the misuse, not a subject of the record"])
    return m, t


@email("xlsx-dna-list-to-agency")
def e_xlsx(n):
    rows = []
    people = [("GREEN", "Tyrone", "1979-08-03", "LS8 1QX", "07700 900 611"),
              ("Nwosu-Harris", "Adaeze", "1993-01-27", "ls7 3hb", "0113 496 0977"),
              ("o'connell", "declan", "1958-12-09", "LS63AA", "+44 7700 900622"),
              ("Van der Berg", "Pieter", "1966-04-18", "LS6 2PQ", "07700900633"),
              ("Begum", "Shahida", "2001-10-30", "LS9 7NW", "(0113) 496 0988")]
    nums = []
    for s, f, d, pc, ph in people:
        nn = nhs()
        nums.append(nn)
        y, mo, dd = d.split("-")
        rows.append([s, f, f"{dd}/{mo}/{y}", s334(nn), pc, ph, "DNA x2 - MSK physio"])
    data = xlsx(rows, sheet="DNA Nov", preamble=[["MSK Physio - did not attend - for discharge", "", "", "", "", "", ""],
                                                   [],
                                                   ["Pt Surname", "Forename(s)", "D.O.B", "NHS No.", "P/code", "Contact", "Comment"]])
    body = """Please see attached - sent by me in error to our taxi provider (bookings@citycabs-leeds.co.uk) instead of the transport team. City Cabs have replied that they have deleted it; I have asked for that in writing.

Liam Foster
MSK Admin Team Leader
"""
    m = build(n, "Liam Foster <liam.foster@example.nhs.uk>", "breach@example.nhs.uk",
              "DNA list to taxi firm", body, attachments=[("DNA list Nov.xlsx", data, *XLSX)])
    t = truth("xlsx_dna_list_external", ["xlsx", "odd_headers", "lower_case_names", "postcode_nospace", "phone_formats"],
              ids={"nhs_number": nums, "date_of_birth": [p[2] for p in people],
                   "postcode": ["LS8 1QX", "LS7 3HB", "LS6 3AA", "LS6 2PQ", "LS9 7NW"],
                   "phone_number": ["07700900611", "01134960977", "07700900622", "07700900633", "01134960988"]},
              names=["Tyrone GREEN", "Adaeze Nwosu-Harris", "declan o'connell", "Pieter Van der Berg", "Shahida Begum"],
              ign_names=["Liam Foster"],
              ign={"email_address": ["bookings@citycabs-leeds.co.uk", "liam.foster@example.nhs.uk"]},
              subjects=5, cats=["health"], sev=3, lik=3,
              basis=["NHS numbers, DOBs and contact details of five physiotherapy patients",
                     "sent to an external taxi firm; deletion claimed verbally, not yet confirmed in writing"])
    return m, t


@email("docx-strategy-minutes-wrong-school")
def e_docx(n):
    table = [["Name", "Relationship", "DOB", "Address"],
             ["Kai-Leigh Donnelly", "Subject child", "12.03.15", "22 Moorside Lane, Oldham OL4 2HS"],
             ["Ruby Donnelly", "Sibling", "8th January 2018", "as above"],
             ["Shannon Donnelly", "Mother", "", "as above"],
             ["Craig Whitworth", "Mother's partner", "", "not known"]]
    data = docx_doc(["STRATEGY DISCUSSION - MINUTES (s47)", "Attendees: DS Paul Hinds (GMP), Anita Rowe (CSC), Dr Fiona Leckie (named doctor)"],
                    table,
                    ["Concerns: unexplained bruising to Kai-Leigh's upper arms; disclosure to teacher that 'Craig gets angry'.",
                     "Outcome: s47 enquiry; child protection medical today."])
    body = """Hi - our safeguarding admin sent the attached minutes to office@st-annes-primary.example.sch.uk, which is the wrong school (the children go to St Anne's RC, not St Anne's C of E). The school business manager rang to say she opened it and has deleted it but the head has also seen it. Can you log please.

Nicola Brennan
Safeguarding Children Team Administrator
"""
    m = build(n, "Nicola Brennan <nicola.brennan@nhs.net>", "breach@example.nhs.uk",
              "s47 minutes to wrong school", body, attachments=[("Strategy minutes DONNELLY.docx", data, *DOCX)])
    t = truth("docx_safeguarding_minutes_wrong_school", ["docx", "docx_table", "child", "relative_named", "dob_formats"],
              ids={"date_of_birth": ["2015-03-12", "2018-01-08"],
                   "address": ["22 Moorside Lane, Oldham, OL4 2HS"], "postcode": ["OL4 2HS"]},
              names=["Kai-Leigh Donnelly", "Ruby Donnelly", "Shannon Donnelly", "Craig Whitworth"],
              ign_names=["Nicola Brennan", "Paul Hinds", "Anita Rowe", "Fiona Leckie"],
              ign={"email_address": ["office@st-annes-primary.example.sch.uk", "nicola.brennan@nhs.net"]},
              subjects=4, cats=["safeguarding", "health"], sev=4, lik=3,
              basis=["child protection strategy minutes naming two children, their mother and her partner",
                     "sent to the wrong school and read by two people outside the NHS",
                     "deletion by one reader does not undo the head's reading"])
    return m, t


@email("auto-reply-out-of-office")
def e_ooo(n):
    body = """Thank you for your email. I am on annual leave until Monday 9th November with no access to email.

For urgent IG matters please contact the IG team on 0113 496 0100 or ig.team@example.nhs.uk.

Kind regards
Priya Chandran
Head of Information Governance
"""
    m = build(n, "Priya Chandran <priya.chandran@example.nhs.uk>", "breach@example.nhs.uk",
              "Automatic reply: Incident ref BD-2026-000231", body,
              headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    t = truth("auto_reply", ["plain", "non_report", "auto_reply"],
              ign_names=["Priya Chandran"],
              ign={"phone_number": ["01134960100"], "email_address": ["ig.team@example.nhs.uk", "priya.chandran@example.nhs.uk"]},
              subjects=0, sev=1, lik=1, basis=["automatic reply, no personal data of any data subject"])
    return m, t


@email("ig-newsletter-november")
def e_news(n):
    html = """<html><body><h2>IG Matters &ndash; November</h2>
<p>Hello everyone, and welcome to this month's bulletin from the Information Governance team.</p>
<h3>Bcc, not To</h3>
<p>The ICO has issued another reprimand to an NHS trust this year after a newsletter to patients was sent with all the addresses visible. Please use Bcc or, better, the mail-merge tool. If in doubt, ring us.</p>
<h3>DSPT deadline</h3>
<p>Our Data Security and Protection Toolkit submission is due in June. Training compliance is at 91% &ndash; thank you!</p>
<h3>Meet the team</h3>
<p>Welcome to Tomás Ó Fearghail, our new IG Officer, who joins from the Ambulance Service. Tomás can be reached on 0113 496 0102.</p>
<p>The IG Team &middot; ig.team@example.nhs.uk</p>
</body></html>"""
    m = build(n, "IG Team <ig.team@example.nhs.uk>", "all-staff@example.nhs.uk", "IG Matters - November bulletin",
              html=html, headers={"List-Id": "<all-staff.example.nhs.uk>", "Precedence": "bulk"})
    t = truth("newsletter", ["html_only", "non_report", "newsletter", "staff_named"],
              ign_names=["Tomás Ó Fearghail"],
              ign={"phone_number": ["01134960102"], "email_address": ["ig.team@example.nhs.uk"]},
              subjects=0, sev=1, lik=1, basis=["staff bulletin; only a staff member named"])
    return m, t


@email("training-question-whatsapp")
def e_q(n):
    body = """Hi IG,

Quick question from our team meeting rather than an incident. Some of the physios have a WhatsApp group for swapping shifts. Is it OK if people put "bed 12 needs a 2nd assessment" in there, with no names? And what if someone puts a first name only? We haven't done this, just want to check before anyone does.

Thanks,
Gareth
(Gareth Moyles, Therapy Lead)
"""
    m = build(n, "Gareth Moyles <gareth.moyles@example.nhs.uk>", "breach@example.nhs.uk",
              "question re whatsapp", body)
    t = truth("training_question", ["plain", "non_report", "question"],
              ign_names=["Gareth Moyles", "Gareth"], ign={"email_address": ["gareth.moyles@example.nhs.uk"]},
              subjects=0, sev=1, lik=1, basis=["a question, no incident and no personal data"])
    return m, t


@email("near-miss-caught-before-send")
def e_near(n):
    nn = nhs()
    body = f"""Just to let you know (my manager said to report near misses too).

I was about to email the referral for Jean-Baptiste Kouassi (DOB 21/06/1971, NHS {s334(nn)}) to the wrong "J Kouassi" in the global address list - it was Joseph Kouassi in Estates - but I spotted it in the To line before I pressed send. Nothing left my outbox. The referral was for his hepatology follow-up.

Hannah
Hannah Lister, Medical Secretary, Gastroenterology
"""
    m = build(n, "Hannah Lister <hannah.lister@example.nhs.uk>", "breach@example.nhs.uk",
              "near miss - nothing sent", body)
    t = truth("near_miss_not_sent", ["plain", "near_miss", "hyphenated_names"],
              ids={"nhs_number": [nn], "date_of_birth": ["1971-06-21"]},
              names=["Jean-Baptiste Kouassi"],
              ign_names=["Joseph Kouassi", "Hannah Lister"],
              ign={"email_address": ["hannah.lister@example.nhs.uk"]},
              subjects=1, cats=["health"], near_miss=True, sev=3, lik=1,
              basis=["referral with health information for a named patient", "caught before sending: near miss (likelihood 1)"])
    return m, t


@email("html-only-top-referral-wrong-clinic")
def e_top(n):
    nn = nhs()
    html = f"""<html><body><div style="font-family:Calibri">
<p>Hi,</p><p>Below was sent from our shared mailbox to <b>bookings@harleyclinic-example.co.uk</b> (a private clinic) rather than the BPAS-style NHS-funded provider. They have acknowledged receipt but have not confirmed deletion.</p>
<p>Shona Mackie<br>Sexual &amp; Reproductive Health Admin</p>
<hr><p><b>From:</b> SRH Referrals &lt;srh.referrals@nhs.net&gt;<br><b>Sent:</b> 02 November 2026 11:20<br><b>Subject:</b> Referral</p>
<table border="1"><tr><td>Patient</td><td>NIC GABHANN, Aoife</td></tr>
<tr><td>DOB</td><td>03-Aug-1999</td></tr><tr><td>NHS No</td><td>{d334(nn)}</td></tr>
<tr><td>Mobile</td><td>+44 (0)7700 900 455 (safe to leave message: NO)</td></tr></table>
<p>Referral for early medical abortion, gestation 8+2 by scan. Partner not aware.</p>
</div></body></html>"""
    m = build(n, "Shona Mackie <shona.mackie@nhs.net>", "breach@example.nhs.uk", "FW: Referral", html=html, cte="base64")
    t = truth("html_only_reproductive_referral_external", ["html_only", "cte_base64", "html_table", "comma_name", "particles"],
              ids={"nhs_number": [nn], "date_of_birth": ["1999-08-03"], "phone_number": ["07700900455"]},
              names=["NIC GABHANN, Aoife"], ign_names=["Shona Mackie"],
              ign={"email_address": ["bookings@harleyclinic-example.co.uk", "srh.referrals@nhs.net", "shona.mackie@nhs.net"]},
              subjects=1, cats=["reproductive_health"], sev=4, lik=3,
              basis=["abortion referral (reproductive health) for a named patient", "sent to an external private clinic, no deletion confirmed"])
    return m, t


@email("gum-sms-wrong-mobile-base64")
def e_sms(n):
    body = """Hiya, reporting this for the clinic.

Our text reminder system sent this to 07700 900 338 which is the number on the record but it turns out to be the patient's old number, now someone else's:

  "Hi Dariusz, reminder of your appointment at the Sexual Health & HIV clinic, Tues 10:40. Please bring your PrEP bottle. Reply STOP to opt out"

The new owner of the number texted back "wrong person mate, but good luck Dariusz". Patient is Dariusz Zieliński, dob 1988-09-12; his current mobile is 07700900339, which was in the notes but not updated on the SMS system.

Marcus
Marcus Adeyemi-Clarke, Clinic Coordinator, Sexual Health
"""
    m = build(n, "Marcus Adeyemi-Clarke <marcus.adeyemi-clarke@nhs.net>", "breach@example.nhs.uk",
              "text to wrong number - sexual health", body, cte="base64")
    t = truth("sms_wrong_number_sexual_health", ["cte_base64", "plain", "diacritics", "lower_case_dob"],
              ids={"phone_number": ["07700900339"], "date_of_birth": ["1988-09-12"]},
              names=["Dariusz Zieliński"], ign_names=["Marcus Adeyemi-Clarke"],
              ign={"phone_number": ["07700900338"], "email_address": ["marcus.adeyemi-clarke@nhs.net"]},
              subjects=1, cats=["sexual_health"], sev=4, lik=3,
              basis=["sexual health / PrEP appointment of a named patient revealed", "sent to a stranger's phone",
                     "the old number is the recipient's now, not the patient's identifier"])
    return m, t


@email("genetics-letter-relatives-named")
def e_gen(n):
    c1 = chi(dt.date(1980, 2, 29), female=True)
    body = f"""Dear Data Protection Officer,

I write to report that a family-history letter from the Clinical Genetics service was sent by email to an incorrect address (eilidh.macleod@btinternet.com instead of eilidh.macleod1@btinternet.com). The owner of the incorrect address has not responded.

The letter, addressed to Eilidh MacLeod (CHI {c1}), confirms that she carries the familial BRCA2 variant identified in her late mother, Catriona MacLeod, and recommends that her sister Morag Ferguson (née MacLeod) and her son Callum, aged 19, be offered predictive testing.

Yours faithfully

Dr Ruaridh Sinclair
Consultant Clinical Geneticist
NHS Highland (example)
"""
    m = build(n, "Ruaridh Sinclair <ruaridh.sinclair@nhs.net>", "breach@example.nhs.uk",
              "Genetics letter - incorrect email address", body)
    t = truth("genetics_letter_relatives", ["plain", "formal", "chi_number", "relative_named", "nee_name"],
              ids={"chi_number": [c1]},
              names=["Eilidh MacLeod", "Catriona MacLeod", "Morag Ferguson", "Callum"],
              ign_names=["Ruaridh Sinclair"],
              ign={"email_address": ["eilidh.macleod@btinternet.com", "eilidh.macleod1@btinternet.com", "ruaridh.sinclair@nhs.net"]},
              subjects=4, cats=["genetic"], sev=4, lik=3,
              basis=["genetic carrier status of a patient and its implications for three named relatives",
                     "sent to a wrong external address",
                     "the patient's own correct address is not disclosed data; the wrong one belongs to the recipient"])
    return m, t


@email("discharge-summary-old-address-daughter")
def e_old(n):
    nn = nhs()
    body = f"""-----Original Message-----
From: PALS <pals@example.nhs.uk>
Sent: 03 November 2026 09:12
To: IG Breach Mailbox
Subject: complaint - discharge summary posted to old address

Logged call from Mrs Chiamaka Okonkwo-Bright (daughter). Her father, Emmanuel Okonkwo, 81, was discharged from Ward 22 on 29/10. The discharge summary was posted to his previous address, 6 Larch Walk, Leicester LE3 0QF, which has new tenants; they opened it and passed it to a neighbour who knows the family. Summary includes new diagnosis of prostate cancer, and lists Mrs Okonkwo-Bright as NOK with her mobile 07700 900 901.

Mr Okonkwo's NHS number {nn}. Current address on PAS is correct since 2024 - the letter used the GP-registered address.

PALS officer: Janine
"""
    m = build(n, "PALS <pals@example.nhs.uk>", "breach@example.nhs.uk",
              "FW: complaint - discharge summary posted to old address", body)
    t = truth("discharge_summary_old_address", ["plain", "inline_outlook", "relative_named", "hyphenated_names"],
              ids={"nhs_number": [nn], "address": ["6 Larch Walk, Leicester, LE3 0QF"], "postcode": ["LE3 0QF"],
                   "phone_number": ["07700900901"]},
              names=["Emmanuel Okonkwo", "Chiamaka Okonkwo-Bright"],
              ign_names=["Janine"], ign={"email_address": ["pals@example.nhs.uk"]},
              subjects=2, cats=["health"], sev=3, lik=3,
              basis=["cancer diagnosis of a named patient and his daughter's contact details",
                     "opened by new tenants and shown to a neighbour"])
    return m, t


@email("internal-misdirect-tab-table")
def e_tab(n):
    a, b, c = nhs(), nhs(), nhs()
    body = (
        "Hi, sent the theatre list below to Dr Sam Price in Anaesthetics instead of Dr Sam Pryce (urology reg). "
        "Both nhs.net. Dr Price has deleted it and replied to confirm.\n\n"
        "Surname\tForename\tHosp No\tNHS No\tDOB\tProcedure\n"
        f"OYELARAN\tBabatunde\tK1234567\t{a}\t12/12/1955\tTURP\n"
        f"de la Cruz\tMaría José\tK2345678\t{s334(b)}\t1.5.1967\tcystoscopy\n"
        f"Ní Riain\tOrla\tK3456789\t{d334(c)}\t19671225\tureteroscopy\n\n"
        "thanks, Bea (theatre scheduler)\n")
    m = build(n, "Beatrice Osei <beatrice.osei@nhs.net>", "breach@example.nhs.uk", "wrong Sam", body)
    t = truth("internal_misdirect_tab_table", ["plain", "tab_table", "hospital_number", "particles", "dob_compact"],
              ids={"nhs_number": [a, b, c], "hospital_number": ["K1234567", "K2345678", "K3456789"],
                   "date_of_birth": ["1955-12-12", "1967-05-01", "1967-12-25"]},
              names=["Babatunde OYELARAN", "María José de la Cruz", "Orla Ní Riain"],
              ign_names=["Sam Price", "Sam Pryce", "Beatrice Osei", "Bea"],
              ign={"email_address": ["beatrice.osei@nhs.net"]},
              subjects=3, cats=["health"], sev=3, lik=2,
              basis=["theatre list with procedures for three patients", "stayed within nhs.net (likelihood 2)",
                     "recipient confirmed deletion, but never below 2"])
    return m, t


@email("bank-staff-home-addresses-agency")
def e_staff(n):
    rows = [["Name", "Band", "Home address", "Mobile", "Personal email"],
            ["Oluwaseun Adebayo", "5", "31 Grange Road, Sheffield S11 8PA", "07700 900 101", "seun.adebayo@gmail.com"],
            ["Zofia Kamińska", "3", "7 Mill Lane, Sheffield S6 4HN", "07700 900 102", "zofiak@yahoo.co.uk"],
            ["Liam Ó Dálaigh", "2", "88 Ecclesall Road, Sheffield S11 8HW", "07700 900 103", "liamod@outlook.com"]]
    body = """Hi - this one is about staff data, not patients. Our rostering lead sent the bank staff contact list (attached, csv) to an external agency, Prime Nursing Ltd (rota@primenursing.example.co.uk), who asked only for names and bands. Three bank staff affected.

Helen Ibbotson, Workforce Manager
"""
    m = build(n, "Helen Ibbotson <helen.ibbotson@example.nhs.uk>", "breach@example.nhs.uk",
              "staff contact list sent to agency", body, attachments=[("bank_staff.csv", csv_bytes(rows), *CSV)])
    t = truth("staff_personal_data_csv_external", ["csv", "staff_are_subjects", "diacritics"],
              ids={"address": ["31 Grange Road, Sheffield, S11 8PA", "7 Mill Lane, Sheffield, S6 4HN", "88 Ecclesall Road, Sheffield, S11 8HW"],
                   "postcode": ["S11 8PA", "S6 4HN", "S11 8HW"],
                   "phone_number": ["07700900101", "07700900102", "07700900103"],
                   "email_address": ["seun.adebayo@gmail.com", "zofiak@yahoo.co.uk", "liamod@outlook.com"]},
              names=["Oluwaseun Adebayo", "Zofia Kamińska", "Liam Ó Dálaigh"],
              ign_names=["Helen Ibbotson"],
              ign={"email_address": ["rota@primenursing.example.co.uk", "helen.ibbotson@example.nhs.uk"]},
              subjects=3, sev=2, lik=3,
              basis=["home contact details of three bank staff (the staff are the data subjects here)",
                     "sent to an external agency", "no health or special-category data"])
    return m, t


@email("ward5-list-sent-to-mum-lowercase")
def e_mum(n):
    body = """hi its jade from ward 5 (HCA). i think ive done something wrong. i was meant to send the jobs list to the charge nurse on whatsapp but it went to my mum. it said rhys tudor-hughes needs his obs and bloods, olivia-grace mensah and mr o'neill from bay 2 are for discharge and deepak in side room 1 is on end of life care. my mum has deleted it and she doesnt know any of them. sorry

jade
"""
    m = build(n, "jade.w <jadew1999@icloud.com>", "breach@example.nhs.uk", "sorry", body)
    t = truth("whatsapp_list_to_relative_lowercase", ["plain", "lower_case_names", "personal_sender", "partial_names"],
              names=["rhys tudor-hughes", "olivia-grace mensah", "mr o'neill", "deepak"],
              ign_names=["jade"], ign={"email_address": ["jadew1999@icloud.com"]},
              subjects=4, cats=["health"], sev=3, lik=2,
              basis=["clinical status of four inpatients, two identifiable by full name", "sent to a member of the public",
                     "the recipient (the sender's mother) says she deleted it (containment, -1)"])
    return m, t


@email("it-test-patient-number")
def e_test(n):
    tn = nhs(999_000_000, 999_999_999)
    body = f"""Hi,

Not sure whether this counts - during the EPR upgrade testing the supplier's engineer emailed our test script to his personal address. It only contains the synthetic test patient "XXTESTPATIENT-ABCD Donotuse" with NHS number {s334(tn)} (999 test range). No real patient data.

Rob Kettle, EPR Project Manager
"""
    m = build(n, "Rob Kettle <rob.kettle@example.nhs.uk>", "breach@example.nhs.uk", "test data emailed to personal address", body)
    t = truth("test_nhs_number_no_real_person", ["plain", "test_number", "near_miss"],
              ids={"nhs_number": [tn]}, ign_names=["Rob Kettle", "XXTESTPATIENT-ABCD Donotuse"],
              ign={"email_address": ["rob.kettle@example.nhs.uk"]},
              subjects=0, near_miss=True, sev=1, lik=1,
              basis=["only a 999-range test NHS number (reported, as the design asks) and a synthetic patient",
                     "no real individual: severity 1"])
    return m, t


@email("rfc822-attached-letter-wrong-practice")
def e_rfc(n):
    nn = nhs()
    inn = inner("Cardiology Secretaries <cardio.secs@example.nhs.uk>", "reception@parkviewsurgery.example.co.uk",
                "re: Bogdan Popescu-Ionescu", f"""re: Bogdan Popescu-Ionescu (DOB 29/02/1952)  NHS No {nn}
Hosp no: RX0099812
Flat 4, 19 Station Road, Reading, rg1 1lx

Dear Dr Hart,
Bogdan attended the heart failure clinic. EF 30%. His wife Ileana rang beforehand to say he has been breathless at night. Please increase bisoprolol.
""", BASE_DATE - dt.timedelta(days=1), "<cardio.7731@example.nhs.uk>")
    body = """Forwarding as attachment as requested. This went to Parkview Surgery's non-NHS reception address (they are not his GP - he is at Parkside). Parkview say they will delete.

Kind regards
Tanya Ellis, Cardiology Secretary
"""
    m = build(n, "Tanya Ellis <tanya.ellis@example.nhs.uk>", "breach@example.nhs.uk",
              "FW: re: Bogdan Popescu-Ionescu", body, attachments=[("rfc822", inn)])
    t = truth("rfc822_forward_letter_wrong_practice", ["message_rfc822", "re_line", "hyphenated_names", "postcode_lower",
                                                       "relative_named", "leap_day_dob"],
              ids={"nhs_number": [nn], "date_of_birth": ["1952-02-29"], "hospital_number": ["RX0099812"],
                   "address": ["19 Station Road, Reading, RG1 1LX"], "postcode": ["RG1 1LX"]},
              names=["Bogdan Popescu-Ionescu", "Ileana"],
              ign_names=["Tanya Ellis", "Dr Hart"],
              ign={"email_address": ["cardio.secs@example.nhs.uk", "reception@parkviewsurgery.example.co.uk", "tanya.ellis@example.nhs.uk"]},
              subjects=2, cats=["health"], sev=3, lik=3,
              basis=["cardiology letter for a named patient", "sent to a GP practice's non-NHS address (outside trusted domains)",
                     "deletion promised, not confirmed"])
    return m, t


@email("chaplaincy-religion-list-volunteer")
def e_chap(n):
    body = """Morning. The chaplaincy volunteer rota email yesterday had the visiting list pasted into it by mistake and went to all 11 volunteers on their personal addresses.

Ward 7: Yitzhak Rosenbaum (Jewish, requests rabbi), Fatima-Zahra Benali (Muslim, halal, Ramadan), Pawel Nowak (RC, sacrament of the sick)
Ward 9: hamish laidlaw (C of S), Gurpreet Kaur Sandhu (Sikh)

Rev. Andrew Penhaligon, Lead Chaplain
"""
    m = build(n, "Andrew Penhaligon <andrew.penhaligon@nhs.net>", "breach@example.nhs.uk", "chaplaincy list", body)
    t = truth("religion_list_to_volunteers", ["plain", "religion", "lower_case_names", "untitled_name"],
              names=["Yitzhak Rosenbaum", "Fatima-Zahra Benali", "Pawel Nowak", "hamish laidlaw", "Gurpreet Kaur Sandhu"],
              ign_names=["Andrew Penhaligon"], ign={"email_address": ["andrew.penhaligon@nhs.net"]},
              subjects=5, cats=["religion", "health"], sev=3, lik=3,
              basis=["religion (special category) of five named inpatients, with ward (implies admission)",
                     "sent to volunteers' personal external addresses"])
    return m, t


@email("probation-substance-criminal")
def e_prob(n):
    nn = nhs()
    body = f"""Hi,

Our drug and alcohol liaison worker replied to the probation officer's query but copied in the wrong "Connor" from her contacts - an old friend (connor.mcbride86@gmail.com). The reply said:

> re: Jamie-Lee Rafferty, DOB 18.04.96, NHS {nn}
> Jamie-Lee is engaging with the opiate substitution programme (buprenorphine 16mg) and was last tested positive for cocaine on 20/10. Her court date for the shoplifting charges is 14 Dec and she has a previous conviction for ABH.

The probation officer is Connor Walsh (connor.walsh@justice.example.gov.uk) and got it too.

Lisa Orme, Team Manager, Substance Misuse Liaison
"""
    m = build(n, "Lisa Orme <lisa.orme@nhs.net>", "breach@example.nhs.uk", "cc'd wrong connor", body)
    t = truth("substance_criminal_cc_wrong_person", ["plain", "quoted_lines", "criminal", "hyphenated_names"],
              ids={"nhs_number": [nn], "date_of_birth": ["1996-04-18"]},
              names=["Jamie-Lee Rafferty"],
              ign_names=["Connor Walsh", "Lisa Orme"],
              ign={"email_address": ["connor.mcbride86@gmail.com", "connor.walsh@justice.example.gov.uk", "lisa.orme@nhs.net"]},
              subjects=1, cats=["substance_misuse", "criminal"], sev=4, lik=3,
              basis=["substance misuse treatment and criminal record of a named person", "copied to a private gmail address"])
    return m, t


@email("mail-merge-wrong-names")
def e_merge(n):
    a, b, c = nhs(), nhs(), nhs()
    body = f"""Dear IG,

The audiology recall mail-merge on Friday was run against a mis-sorted spreadsheet, so three letters went to the right addresses but with another patient's name, NHS number and hearing test result on them:

1. letter to 58 Cromwell Road (Mrs Peggy Sutcliffe) contained details of FAIRCLOUGH, Norman - NHS {a} - "moderate bilateral loss, hearing aids to be fitted"
2. letter to Mr Norman Fairclough contained those of Li Wen-Hsuan - NHS {s334(b)}
3. letter to Mr Wen-Hsuan Li contained those of Peggy Sutcliffe - NHS {d334(c)}

All three patients have rung in. Letters returned by two of them.

Tariq Mahmood
Audiology Service Manager | 0161 496 0845
"""
    m = build(n, "Tariq Mahmood <tariq.mahmood@example.nhs.uk>", "breach@example.nhs.uk", "Audiology mail merge error", body)
    t = truth("mail_merge_wrong_names", ["plain", "comma_name", "hyphenated_names", "name_order_variants"],
              ids={"nhs_number": [a, b, c]},
              names=["FAIRCLOUGH, Norman", "Li Wen-Hsuan", "Peggy Sutcliffe"],
              ign_names=["Tariq Mahmood"],
              ign={"email_address": ["tariq.mahmood@example.nhs.uk"], "phone_number": ["01614960845"]},
              subjects=3, cats=["health"], sev=3, lik=3,
              basis=["hearing results of three named patients each sent to another patient",
                     "only two letters returned: no reduction"])
    return m, t


@email("formal-police-disclosure-no-form")
def e_police(n):
    nn = nhs()
    body = f"""Dear Data Protection Officer,

INCIDENT NOTIFICATION - DISCLOSURE TO POLICE WITHOUT LAWFUL BASIS RECORDED

Data subject:      Mr Tomasz Wiśniewski
Date of birth:     born 1979-03-14
NHS number:        {s334(nn)}
Hospital number:   ED-4471203
National Insurance: JP 45 67 89 B
Address:           112 Kingsway, Manchester, M19 2LW

On 30 October an ED receptionist disclosed Mr Wiśniewski's attendance time, the fact that he had been treated for an alcohol-related head injury and his NI number to a caller identifying himself as a police officer. No written request (Schedule 2 para 2 form) was received and the caller's identity was not verified. GMP have no record of the call.

I recommend this is treated as reportable.

Yours sincerely,

Catherine Ashby-Lowe
Information Governance Lead and Deputy DPO
"""
    m = build(n, "Catherine Ashby-Lowe <catherine.ashby-lowe@example.nhs.uk>", "breach@example.nhs.uk",
              "Incident notification - disclosure without lawful basis", body)
    t = truth("formal_unverified_police_disclosure", ["plain", "formal", "ni_number", "hospital_number_prefix", "field_list"],
              ids={"nhs_number": [nn], "date_of_birth": ["1979-03-14"], "hospital_number": ["ED-4471203"],
                   "ni_number": ["JP456789B"], "address": ["112 Kingsway, Manchester, M19 2LW"], "postcode": ["M19 2LW"]},
              names=["Mr Tomasz Wiśniewski"], ign_names=["Catherine Ashby-Lowe"],
              ign={"email_address": ["catherine.ashby-lowe@example.nhs.uk"]},
              subjects=1, cats=["substance_misuse", "health"], sev=4, lik=3,
              basis=["alcohol-related attendance and NI number disclosed to an unverified caller outside the NHS",
                     "caller not traceable to the police"])
    return m, t


@email("gmail-quoted-jon-davies")
def e_jon(n):
    body = """I sent it to Jon Davies instead of John Davis!! Jon is a rep from the wheelchair company. Original below.

On Mon, 2 Nov 2026 at 14:03, Kath Eccles <kath.eccles@nhs.net> wrote:
> John - wheelchair assessment for Mrs Blessing Chukwu, 14 Ash Tree Grove, Bolton BL3 4RT,
> DOB 7 March 1946, home phone (01204) 496 017. Above-knee amputation (diabetic), lives alone,
> daughter Grace Chukwu-Mensah visits daily (07700 900 765).
> Kath
>
> ---
> Kath Eccles | OT | Wheelchair Service
"""
    m = build(n, "Kath Eccles <kath.eccles@nhs.net>", "breach@example.nhs.uk", "Fwd: wheelchair assessment", body)
    t = truth("gmail_quoted_wrong_rep", ["plain", "quoted_lines", "relative_named", "phone_brackets", "dob_words"],
              ids={"address": ["14 Ash Tree Grove, Bolton, BL3 4RT"], "postcode": ["BL3 4RT"],
                   "date_of_birth": ["1946-03-07"], "phone_number": ["01204496017", "07700900765"]},
              names=["Blessing Chukwu", "Grace Chukwu-Mensah"],
              ign_names=["Jon Davies", "John Davis", "Kath Eccles"],
              ign={"email_address": ["kath.eccles@nhs.net"]},
              subjects=2, cats=["health"], sev=3, lik=3,
              basis=["health details and contact details of a patient and her daughter", "sent to an external company rep"])
    return m, t


@email("recall-confirmed-external")
def e_recall(n):
    body = """FYI, for logging. At 09:14 I emailed a blood results summary for Keeley-Ann Marsh (dob 22/9/03, hosp no BH-778812) to kmarsh@marshlettings.co.uk - a lettings agent with the same surname. Rang them at 09:20; the office manager deleted it while I was on the phone and emailed to confirm deletion from inbox and deleted items.

Results were FBC and ferritin only.

Sue Pargeter, Haematology admin
"""
    m = build(n, "Sue Pargeter <sue.pargeter@example.nhs.uk>", "breach@example.nhs.uk", "FYI - recalled/deleted", body)
    t = truth("external_misdirect_deletion_confirmed", ["plain", "containment", "hospital_number_prefix", "lower_case_dob"],
              ids={"date_of_birth": ["2003-09-22"], "hospital_number": ["BH-778812"]},
              names=["Keeley-Ann Marsh"], ign_names=["Sue Pargeter"],
              ign={"email_address": ["kmarsh@marshlettings.co.uk", "sue.pargeter@example.nhs.uk"]},
              subjects=1, cats=["health"], sev=3, lik=2,
              basis=["blood results for a named patient", "sent outside (likelihood 3)", "deletion confirmed in writing (-1)"])
    return m, t


@email("post-room-near-miss-envelopes")
def e_post(n):
    body = """Post room caught this one: window envelope for a letter addressed to "Mr Arjun Venkataraman-Shah, 5 Plover Way, Milton Keynes MK4 2AB" had a second letter inside for another patient (Ms Precious Dlamini, colposcopy results). Envelope hadn't been franked. Both letters back with the gynae secretaries. No harm done.

Dean, Post Room Supervisor
"""
    m = build(n, "Dean Whitfield <dean.whitfield@example.nhs.uk>", "breach@example.nhs.uk", "near miss post room", body)
    t = truth("near_miss_envelope_caught", ["plain", "near_miss", "hyphenated_names"],
              ids={"address": ["5 Plover Way, Milton Keynes, MK4 2AB"], "postcode": ["MK4 2AB"]},
              names=["Mr Arjun Venkataraman-Shah", "Ms Precious Dlamini"],
              ign_names=["Dean Whitfield", "Dean"], ign={"email_address": ["dean.whitfield@example.nhs.uk"]},
              subjects=2, cats=["reproductive_health"], near_miss=True, sev=4, lik=1,
              basis=["colposcopy results would have gone to another patient", "intercepted before posting: near miss"])
    return m, t


@email("phishing-question-no-data")
def e_phish(n):
    body = """Is this a scam? It came to my work email. I haven't clicked anything.

-----Original Message-----
From: NHS Payroll <payroll-update@nhs-secure-login.example.com>
Subject: ACTION REQUIRED: confirm your salary details

Dear staff member, your payslip could not be delivered. Log in at the link below within 24 hours.

--
Kelly Brophy, Health Visitor
"""
    m = build(n, "Kelly Brophy <kelly.brophy@nhs.net>", "breach@example.nhs.uk", "FW: ACTION REQUIRED", body)
    t = truth("phishing_question", ["plain", "non_report", "phishing"], ign_names=["Kelly Brophy"],
              ign={"email_address": ["kelly.brophy@nhs.net", "payroll-update@nhs-secure-login.example.com"]},
              subjects=0, sev=1, lik=1, basis=["a suspected phishing message; no personal data disclosed"])
    return m, t


def bad10():
    while True:
        d = str(R.randint(4_000_000_000, 7_999_999_999))
        if not valid_mod11(d):
            return d


@email("school-nurse-hpv-consent-subdomain-emails")
def e_hpv(n):
    kids = [("Amelia Osei-Bonsu", "14/02/2013", "kwame.osei-bonsu@mail.bbk.ac.uk"),
            ("noah fitzgerald", "3.9.12", "c.fitzgerald@staff.lsbu.ac.uk"),
            ("Zainab Al-Hashimi", "2013-01-05", "hashimi.family@btinternet.com")]
    lines = "\n".join(f"  {a}\tDOB {b}\tparent email {c}\tconsent: NO - parent declined" for a, b, c in kids)
    body = f"""Hello, Amelia's mum rang this morning - she received a spreadsheet-style email from our team that was meant for the school office. It listed the three Year 8 pupils whose parents declined the HPV vaccine, with the parents' emails:

{lines}

It was sent to amelia's mum (as she had emailed us a question) instead of the school. Contact for the school office is office@brookfield.example.sch.uk. Mum says she's deleted it but she's cross her own daughter was on it.

Switchboard: +44 (0)20 7946 0555
Yemi Adeyinka, School Nursing Team
"""
    m = build(n, "Yemi Adeyinka <yemi.adeyinka@nhs.net>", "breach@example.nhs.uk", "HPV list to a parent", body)
    t = truth("school_nursing_list_to_parent", ["plain", "tab_table", "child", "subdomain_emails", "lower_case_names", "x_mum_rang"],
              ids={"date_of_birth": ["2013-02-14", "2012-09-03", "2013-01-05"],
                   "email_address": [c for a, b, c in kids]},
              names=["Amelia Osei-Bonsu", "noah fitzgerald", "Zainab Al-Hashimi"],
              ign_names=["Yemi Adeyinka"],
              ign={"email_address": ["office@brookfield.example.sch.uk", "yemi.adeyinka@nhs.net"], "phone_number": ["02079460555"]},
              subjects=6, cats=["health"], sev=3, lik=3,
              basis=["three children's vaccination decisions with DOBs and their parents' emails",
                     "sent to another parent outside the NHS",
                     "subjects: three children and the three parents identified by their addresses",
                     "deletion by recipient claimed, not confirmed"])
    return m, t


@email("ward5-relatives-complaint-alternative")
def e_alt(n):
    text = """Hi IG - complaint forwarded from PALS. A visitor says the clipboard at the end of bay B on ward 5 had a list anyone could read:
Hosp no RBH0011223 - Hussain, Abdul-Rahman - MRSA +ve
Hosp no RBH0011224 - Kerr, Isla - awaiting psych review after overdose
Hosp no RBH0011225 - Ndlovu, Themba - alcohol withdrawal, Pabrinex
The visitor (a relative of another patient, Mrs Joy Addison) took a photo to show us and says she will delete it.
Neil Sharma, Matron"""
    html = "<p>" + text.replace("\n", "<br>\n") + "</p>"
    m = build(n, "Neil Sharma <neil.sharma@example.nhs.uk>", "breach@example.nhs.uk",
              "clipboard on ward 5", body=text, html=html, cte="quoted-printable")
    t = truth("visible_clipboard_photo", ["multipart_alternative", "quoted_printable", "comma_name", "hospital_number_prefix"],
              ids={"hospital_number": ["RBH0011223", "RBH0011224", "RBH0011225"]},
              names=["Hussain, Abdul-Rahman", "Kerr, Isla", "Ndlovu, Themba"],
              ign_names=["Joy Addison", "Neil Sharma"],
              ign={"email_address": ["neil.sharma@example.nhs.uk"]},
              subjects=3, cats=["mental_health", "substance_misuse", "health"], sev=4, lik=3,
              basis=["overdose / psychiatric review and alcohol withdrawal of named inpatients",
                     "read and photographed by a member of the public; deletion promised, not confirmed"])
    return m, t


@email("further-to-earlier-extra-relative")
def e_further(n):
    nn = nhs()
    body = f"""Further to my email earlier re: Marguerite Lefèvre-Dubois (DOB: 14/7/62, NHS {nn}) -

I have now checked the letter that went to the wrong Lefevre family. As well as Marguerite's memory clinic results it named her husband, Jean-Luc Dubois, as her carer and gave his mobile 07700 900 244. So two people please.

The recipient, Mr Lefevre of 3 Church Street, has not replied.

Ta, Wendy
Wendy Pask | Memory Assessment Service | (01632) 960 001
"""
    m = build(n, "Wendy Pask <wendy.pask@nhs.net>", "breach@example.nhs.uk", "RE: wrong Lefevre - update", body)
    t = truth("follow_up_adds_relative", ["plain", "follow_up", "diacritics", "hyphenated_names", "relative_named", "dob_short_year"],
              ids={"nhs_number": [nn], "date_of_birth": ["1962-07-14"], "phone_number": ["07700900244"]},
              names=["Marguerite Lefèvre-Dubois", "Jean-Luc Dubois"],
              ign_names=["Wendy Pask", "Mr Lefevre"],
              ign={"email_address": ["wendy.pask@nhs.net"], "phone_number": ["01632960001"]},
              subjects=2, cats=["mental_health", "health"], sev=4, lik=3,
              basis=["memory clinic (dementia assessment) results and carer's contact details",
                     "posted to a wrong family outside the NHS; no response"])
    return m, t


@email("adult-safeguarding-wrong-council-worker")
def e_adult(n):
    nn = nhs()
    body = f"""Dear IG,

Our deputy manager sent a safeguarding adults concern form to the wrong social worker - Karen Holt at Kirklees (example) Council instead of Karen Holt at Calderdale (example) Council. Both are council addresses but different authorities; the Kirklees Karen has confirmed deletion by email.

Form details: Resident Winifred Ackroyd-Boothroyd, DOB 04/04/1932, NHS number {s334(nn)}, Room 3, Meadowcroft House. Unexplained bruising to both wrists noticed by night staff; allegation against a family member (her grandson Kyle Boothroyd).

Thanks
Margaret Hirst
Deputy Manager, Meadowcroft House | 01422 496 0321
"""
    m = build(n, "Margaret Hirst <deputy@meadowcroft.example.co.uk>", "breach@example.nhs.uk",
              "Safeguarding form to wrong council", body)
    t = truth("adult_safeguarding_wrong_authority", ["plain", "care_home", "vulnerable_adult", "safeguarding", "same_name_recipient"],
              ids={"nhs_number": [nn], "date_of_birth": ["1932-04-04"]},
              names=["Winifred Ackroyd-Boothroyd", "Kyle Boothroyd"],
              ign_names=["Karen Holt", "Margaret Hirst"],
              ign={"email_address": ["deputy@meadowcroft.example.co.uk"], "phone_number": ["01422 496 0321"]},
              subjects=2, cats=["safeguarding"], sev=4, lik=2,
              basis=["adult safeguarding concern naming the resident and the alleged perpetrator",
                     "sent to the wrong local authority (outside trusted domains, likelihood 3)",
                     "recipient confirmed deletion (-1)"])
    return m, t


@email("dental-referrals-surname-forename-bad-ref")
def e_dental(n):
    a, b = nhs(), nhs()
    ref = bad10()
    body = f"""Datix ref {ref}

Our dental nurse emailed two oral surgery referrals to the wrong hospital address (a closed mailbox at a private provider, referrals@smiledirect.example.com - bounced? no, it was delivered). Patients:

PATEL Hemant    NHS {a}   DOB 11-11-1980   lower 8s, on warfarin
ÅKESSON Linnea  NHS {s334(b)}   DOB 2 Jan 2006   ?ameloblastoma

Ravi Dhillon
Practice Owner, Riverside Dental (example) | 01632 960 412
"""
    m = build(n, "Ravi Dhillon <ravi.dhillon@riversidedental.example.co.uk>", "breach@example.nhs.uk",
              "Oral surgery referrals to wrong provider", body)
    t = truth("dental_referrals_surname_first_with_invalid_ref", ["plain", "surname_first", "diacritics", "invalid_checksum_decoy"],
              ids={"nhs_number": [a, b], "date_of_birth": ["1980-11-11", "2006-01-02"]},
              names=["PATEL Hemant", "ÅKESSON Linnea"],
              ign_names=["Ravi Dhillon"],
              ign={"email_address": ["referrals@smiledirect.example.com", "ravi.dhillon@riversidedental.example.co.uk"],
                   "phone_number": ["01632960412"]},
              subjects=2, cats=["health"], sev=3, lik=3,
              basis=["referrals with NHS numbers and clinical details", "delivered to an external private provider",
                     f"the Datix reference {ref} fails mod 11 and is not an NHS number"])
    return m, t


@email("hospital-numbers-letter-prefix-nhs-net-internal")
def e_internal2(n):
    body = """Hi, sent a list of MRI slots to the neuro secretaries instead of the MSK ones (both @nhs.net). Deleted by them and confirmed. Patients: raj malhotra (MRN: RMH-100234), Éabha Ní Chonaill (MRN: RMH-100235), and Stanisław Grabowski-Nowicki (MRN: RMH-100236). Just scan slots, no reasons for scan.

Cheers
Toby, Radiology bookings
"""
    m = build(n, "Toby Carmichael <toby.carmichael@nhs.net>", "breach@example.nhs.uk", "wrong secretaries", body)
    t = truth("internal_scan_slots_no_clinical", ["plain", "internal", "hospital_number_prefix", "lower_case_names", "diacritics"],
              ids={"hospital_number": ["RMH-100234", "RMH-100235", "RMH-100236"]},
              names=["raj malhotra", "Éabha Ní Chonaill", "Stanisław Grabowski-Nowicki"],
              ign_names=["Toby Carmichael", "Toby"], ign={"email_address": ["toby.carmichael@nhs.net"]},
              subjects=3, cats=["health"], sev=3, lik=2,
              basis=["names and MRN with an MRI appointment (attendance for a scan is health data)",
                     "stayed within nhs.net and deleted (likelihood 2)"])
    return m, t


@email("waiting-room-dna-noticeboard")
def e_board(n):
    body = """Hi, a patient complained to us (and has posted a photo on the Oakwood Residents Facebook group) that physio reception pinned a "Did Not Attend - please see reception" sheet on the waiting room noticeboard. It listed:

  GALLAGHER Bronagh   D.O.B. 02.02.77
  kwabena asante      D.O.B. 30/10/1990
  Tomos Llŷr Hughes    D.O.B. 5th May 1983

It was up for about a week. Taken down now; the Facebook post is still up.

Pam Rowntree, Outpatients Services Manager
"""
    m = build(n, "Pam Rowntree <pam.rowntree@example.nhs.uk>", "breach@example.nhs.uk", "DNA list on noticeboard", body)
    t = truth("noticeboard_and_facebook_published", ["plain", "published", "surname_first", "lower_case_names", "diacritics"],
              ids={"date_of_birth": ["1977-02-02", "1990-10-30", "1983-05-05"]},
              names=["GALLAGHER Bronagh", "kwabena asante", "Tomos Llŷr Hughes"],
              ign_names=["Pam Rowntree"], ign={"email_address": ["pam.rowntree@example.nhs.uk"]},
              subjects=3, cats=["health"], sev=3, lik=4,
              basis=["names and DOBs with physiotherapy non-attendance (health) on a public noticeboard",
                     "photo now on a public Facebook group: published (likelihood 4)"])
    return m, t


@email("gp-referral-private-email-disclaimer")
def e_disc(n):
    nn = nhs()
    body = f"""Apologies - I sent the referral below to the patient's brother (he had emailed the surgery on her behalf) rather than to the hospital e-RS inbox. She has not consented to him seeing it.

Patient: Ngozi Eze-Okafor  DOB: 14/7/62  NHS No: {d334(nn)}
Tel: +44 (0)20 7946 0877 (home) / 07700-900-123 (mob)
Email: ngozi.eze-okafor@lists.cam.example.ac.uk
Brother: Chidi Eze (chidi.eze@gmail.com)
Reason: 2WW suspected breast cancer, lump L breast 3cm.

Dr Imogen Farrow
GP Partner, Northgate Surgery | +44 (0)20 7946 0100

********************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the sender and delete it. NHSmail is approved for exchanging patient data.
********************************************************************
"""
    m = build(n, "Imogen Farrow <imogen.farrow@nhs.net>", "breach@example.nhs.uk", "referral sent to brother", body,
              cte="quoted-printable")
    t = truth("referral_to_relative_without_consent", ["quoted_printable", "phone_formats", "subdomain_emails", "disclaimer",
                                                       "relative_named", "hyphenated_names"],
              ids={"nhs_number": [nn], "date_of_birth": ["1962-07-14"], "phone_number": ["02079460877", "07700900123"],
                   "email_address": ["ngozi.eze-okafor@lists.cam.example.ac.uk", "chidi.eze@gmail.com"]},
              names=["Ngozi Eze-Okafor", "Chidi Eze"],
              ign_names=["Imogen Farrow"],
              ign={"email_address": ["imogen.farrow@nhs.net"], "phone_number": ["02079460100"]},
              subjects=2, cats=["health"], sev=3, lik=3,
              basis=["suspected cancer referral sent to the patient's brother without consent (outside trusted domains)",
                     "the brother is both recipient and named in it; his address is in the referral, so he is counted"])
    return m, t


# ==== EMAILS END ====


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    lines = []
    for i, (slug, fn) in enumerate(EMAILS, 1):
        msg, t = fn(i)
        fname = f"{i:03d}-{slug}.eml"
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.default.clone(linesep="\r\n")))
        lines.append(json.dumps({"file": fname, **t}, ensure_ascii=False))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {len(EMAILS)} emails to {OUT}")


if __name__ == "__main__":
    main()
