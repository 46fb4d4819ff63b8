#!/usr/bin/env python3
"""fresh6: an independent evaluation corpus for breachdesk (40 forwarded breach reports).

Deterministic, standard library only.  Writes NN-scenario.eml files and truth.jsonl beside this
script (or into the directory given as the first argument).  Every person, number and address is
invented; personal e-mail addresses use example.com / example.org; health numbers carry valid
mod-11 check digits in the right national ranges (NHS 400-799m, H&C 320-399m, CHI = DDMMYY+4).
Truth values are written exactly as they appear in the mail (score.py normalises both sides).
"""
import datetime as dt
import json
import os
import random
import sys
from email.message import EmailMessage

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(606)
BREACH = "breach@example.nhs.uk"


# ------------------------------------------------------------------ numbers

def check_digit(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    return 0 if c == 11 else (None if c == 10 else c)


def nhs():
    while True:
        lo, hi = RNG.choice([(400_000_000, 499_999_999), (600_000_000, 799_999_999)])
        d9 = str(RNG.randint(lo, hi))
        c = check_digit(d9)
        if c is not None:
            return d9 + str(c)


def hcn():
    while True:
        d9 = str(RNG.randint(320_000_000, 399_999_999))
        c = check_digit(d9)
        if c is not None:
            return d9 + str(c)


def chi(dob, female):
    """dob 'YYYY-MM-DD'; 9th digit even for female, odd for male."""
    y, m, d = dob.split("-")
    six = d + m + y[2:]
    while True:
        two = f"{RNG.randint(0, 99):02d}"
        sex = RNG.choice("02468" if female else "13579")
        c = check_digit(six + two + sex)
        if c is not None:
            return six + two + sex + str(c)


def sp(n):
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def dash(n):
    return f"{n[:3]}-{n[3:6]}-{n[6:]}"


def chi_sp(n):
    return f"{n[:6]} {n[6:]}"


# ------------------------------------------------------------------ mail building

def addr(name, email):
    if not name:
        return email
    if any(c in name for c in ',.()<>@;:"'):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def outlook_fwd(frm, sent, to, subject, body, cc=None, sep="________________________________"):
    lines = [sep, f"From: {frm}", f"Sent: {sent}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines += [f"Subject: {subject}", "", body]
    return "\n".join(lines)


def gmail_fwd(frm, date, to, subject, body, cc=None):
    lines = ["---------- Forwarded message ---------", f"From: {frm}", f"Date: {date}",
             f"Subject: {subject}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines += ["", body]
    return "\n".join(lines)


def orig_msg(frm, to, subject, date, body, cc=None, mid=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = mid or f"<{abs(hash_s(subject + date)) % 10**12}@mail.example.net>"
    m.set_content(body)
    return m


def hash_s(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % (2**61 - 1)
    return h


def build(n, frm, subject, date, body, to=BREACH, cc=None, html=False, cte=None, attach=(), inner=None,
          headers=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = f"<fresh6.{n:03d}.{hash_s(subject) % 10**8}@mail.example.nhs.uk>"
    for k, v in (headers or {}).items():
        m[k] = v
    kw = {}
    if cte:
        kw["cte"] = cte
    if html:
        m.set_content(body, subtype="html", **kw)
    else:
        m.set_content(body, **kw)
    if inner is not None:
        m.add_attachment(inner)
    for fname, text in attach:
        sub = "csv" if fname.endswith(".csv") else "plain"
        m.add_attachment(text, subtype=sub, filename=fname)
    return m


def csv_text(rows):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if any(x in c for x in ',"\n'):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(",".join(cells))
    return "\r\n".join(out) + "\r\n"


# ------------------------------------------------------------------ truth

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def T(scenario, tags, ids, names, ign_names, ign, subjects, cats, sev, lik, basis, near_miss=False):
    ids = {k: v for k, v in ids.items() if v}
    ign = {k: v for k, v in ign.items() if v}
    return dict(scenario=scenario, tags=tags, identifiers=ids, names=names, ignorable_names=ign_names,
                ignorable=ign, subjects=subjects, special_categories=cats, near_miss=near_miss,
                no_identifiers=not ids and not names,
                assessment=dict(severity=sev, likelihood=lik, reportable=(lik >= 3 and sev >= 2), basis=basis))


def dmy(iso, fmt):
    d = dt.date.fromisoformat(iso)
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    suf = lambda x: "th" if 11 <= x <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(x % 10, "th")
    return {
        "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "slash1": f"{d.day}/{d.month}/{d.year}",
        "dot2": f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "mon": f"{d.day:02d}-{months[d.month - 1][:3]}-{d.year}",
        "monsp": f"{d.day} {months[d.month - 1][:3]} {d.year}",
        "long": f"{d.day}{suf(d.day)} {months[d.month - 1]} {d.year}",
        "longplain": f"{d.day} {months[d.month - 1]} {d.year}",
        "us": f"{months[d.month - 1]} {d.day}, {d.year}",
        "iso": iso,
        "compact": iso.replace("-", ""),
    }[fmt]


# ================================================================== SCOTLAND

@case
def scot_letter_wrong_address_chi(n):
    dob = "1948-03-15"
    c = chi(dob, True)
    letter = f"""Respiratory Outpatients, Ward 4 Clinic Suite, Western Infirmary Annexe, Glasgow G11 6NT
Tel 0141 496 0231

Dr E MacAulay
Partick Medical Group

Dear Dr MacAulay

Re: Mòrag MacLeod   CHI {c}   DOB {dmy(dob, 'slash')}
Flat 2/1, 44 Dumbarton Road, Glasgow, g11 6pa

I reviewed Mrs MacLeod in clinic on 22nd October. Her COPD remains poorly controlled with two
exacerbations requiring oral steroids since the summer. Spirometry today FEV1 41% predicted. I have
started a LAMA/LABA/ICS inhaler and referred her to pulmonary rehabilitation. Please check her
potassium as she remains on high dose salbutamol.

Yours sincerely

Dr Iain Sutherland
Consultant Respiratory Physician"""
    public = f"""Hi,

I got this letter through my door today but it is not for me, I live at 44 Dunbarton Road not Dumbarton
Road and I dont know this lady. I have not shown it to anyone. What do you want me to do with it, I can
post it back or drop it in at reception.

Thanks
Shona Kerr"""
    body = f"""Hello breach team,

Forwarding the email below which came into the respiratory secretaries' inbox this morning. It looks like
the letter went to a similar-sounding street (Dunbarton / Dumbarton). I have phoned the lady who received
it and asked her to hand it in to reception, she said she will do so tomorrow. The letter was a copy for the
patient and a copy went to the GP correctly.

I will also let Dr Sutherland know.

Kind regards
Lorna McPhee
Medical Secretary, Respiratory Medicine
NHS Greater Glasgow and Clyde
0141 496 0235

{gmail_fwd(addr('Shona Kerr', 'shonakerr62@example.com'), 'Mon, 2 Nov 2026 at 18:41',
           'resp.secretaries@nhs.scot', 'letter delivered to wrong house', public)}
{letter}
"""
    m = build(n, addr("Lorna McPhee", "lorna.mcphee@nhs.scot"), "FW: letter delivered to wrong house",
              "Tue, 03 Nov 2026 09:12:44 +0000", body)
    t = T("scot_letter_wrong_address_chi", ["scotland", "letter_pasted", "inline_gmail", "chi_number"],
          {"chi_number": [c], "date_of_birth": [dmy(dob, "slash")],
           "address": ["44 Dumbarton Road, Glasgow, g11 6pa"], "postcode": ["g11 6pa"]},
          ["Mòrag MacLeod"], ["Lorna McPhee", "Shona Kerr", "Iain Sutherland", "E MacAulay"],
          {"email_address": ["lorna.mcphee@nhs.scot", "shonakerr62@example.com", "resp.secretaries@nhs.scot"],
           "phone_number": ["0141 496 0231", "0141 496 0235"], "postcode": ["G11 6NT"]},
          1, ["health"], 3, 3,
          ["clinic letter with COPD diagnosis and CHI number", "delivered to and opened by a member of the public",
           "recipient will return it but no proof yet: no reduction"])
    return m, t


@case
def scot_chi_labelled_nhs_no_csv(n):
    rows = [["Name", "NHS No", "DOB", "Postcode", "Clinic", "Outcome"]]
    people = [("Alasdair Munro", "1957-06-02", False, "IV2 3JH"), ("Bernadette Quinn", "1963-11-19", True, "iv3  5ab"),
              ("Kwame Asante-Boateng", "1971-01-07", False, "IV1 1QW"), ("Siobhan Rafferty", "1949-09-28", True, "IV12 4PL"),
              ("Hamish Grant", "1982-04-30", False, "iv25qr"), ("Lin Mei Chen", "1958-12-03", True, "IV3 8NF"),
              ("Catriona NicIlleathain", "1966-08-14", True, "KW1 4RT"), ("Jakub Zieliński", "1975-02-21", False, "IV2 6HH")]
    ids = {"chi_number": [], "date_of_birth": [], "postcode": []}
    names = []
    fmts = ["slash", "dot", "slash", "mon", "slash", "slash1", "dash", "slash"]
    for (nm, dob, f, pc), fm in zip(people, fmts):
        c = chi(dob, f)
        d = dmy(dob, fm)
        rows.append([nm, c, d, pc, "DRS Raigmore", RNG.choice(["DNA", "DNA x2", "Referred ophthalmology - R2"])])
        ids["chi_number"].append(c); ids["date_of_birth"].append(d); ids["postcode"].append(pc); names.append(nm)
    body = """Hi

I need to report something. Our admin assistant (Morven) emailed the diabetic eye screening DNA list to her
own personal hotmail so she could work on the recalls at home over the weekend when the VPN was down. I only
found out because she told me this morning, she didn't realise it wasn't allowed. She has deleted it from her
personal account and the sent items but obviously it has left the board's system.

Attaching the same file so you can see what was in it. It is the Raigmore DRS list, 8 patients.

The column says NHS No but it is the CHI.

Thanks
Gordon Fyfe
Screening Coordinator, Diabetic Retinopathy Screening
NHS Highland  |  01463 496 0118
"""
    inner_body = "list for the weekend\n\nM"
    inner = orig_msg(addr("Morven Ross", "morven.ross@nhs.scot"), "morvenross1999@example.com",
                     "drs dna", "Fri, 30 Oct 2026 16:55:10 +0000", inner_body)
    inner.add_attachment(csv_text(rows), subtype="csv", filename="DRS_DNA_Oct.csv")
    m = build(n, addr("Gordon Fyfe", "gordon.fyfe@nhs.scot"), "staff member emailed patient list to personal account",
              "Mon, 02 Nov 2026 10:03:00 +0000", body, inner=inner)
    t = T("scot_chi_labelled_nhs_no_csv", ["scotland", "attachment_csv", "rfc822_attached", "chi_labelled_nhs_no",
                                           "personal_account"],
          ids, names, ["Gordon Fyfe", "Morven Ross", "Morven"],
          {"email_address": ["gordon.fyfe@nhs.scot", "morven.ross@nhs.scot", "morvenross1999@example.com"],
           "phone_number": ["01463 496 0118"]},
          8, ["health"], 3, 3,
          ["screening list: CHI, DOB, postcode and screening outcome of 8 patients",
           "sent to a personal account outside the trusted domains",
           "deletion reported by the staff member only, no proof: no reduction"])
    return m, t


@case
def scot_camhs_child_parent_school(n):
    kids = [("Ellie-Mae Robertson", "2013-05-09", True, "Gemma Robertson", "07700 900 318"),
            ("Aaron Kowalski", "2011-10-22", False, "Agnieszka Kowalska", "07700900502"),
            ("Zainab Hussain", "2012-01-30", True, "Imran Hussain", "+44 7700 900771"),
            ("Lewis McLaughlin", "2014-07-11", False, "Donna McLaughlin", "(01382) 496 044"),
            ("Freya Anderson", "2010-03-03", True, "Kirsty Anderson", "07700 900 916")]
    hdr = "Child            CHI          DOB          Parent/carer          Contact        Appt"
    lines = [hdr]
    ids = {"chi_number": [], "date_of_birth": [], "phone_number": []}
    names = []
    for i, (cn, dob, f, pn, ph) in enumerate(kids):
        c = chi(dob, f)
        d = dmy(dob, "slash")
        lines.append(f"{cn:<17}{c:<13}{d:<13}{pn:<22}{ph:<15}{['Tue 10 Nov 09:30', 'Tue 10 Nov 11:00', 'Wed 11 Nov 14:00', 'Thu 12 Nov 09:30', 'Thu 12 Nov 15:15'][i]}")
        ids["chi_number"].append(c); ids["date_of_birth"].append(d); ids["phone_number"].append(ph)
        names += [cn, pn]
    inner_body = ("Hi Fiona\n\nPlease see below the CAMHS clinic list for pupils seen in school next week "
                  "(anxiety / low mood pathway, two are self-harm follow ups). Could the school nurses arrange "
                  "a quiet room.\n\n" + "\n".join(lines) +
                  "\n\nThanks\nRachel\n\nRachel Dunn | CAMHS Clinical Team Leader | NHS Tayside | 01382 496 0611")
    body = f"""To the IG team

Our team leader sent next week's school CAMHS list to the school office general mailbox instead of the school
nursing team (both start with "office"). The school business manager emailed back to say they had received it and
that it had been opened by the office staff. They have been asked to delete. Five children and their parents are on it.

{outlook_fwd(addr('Rachel Dunn', 'rachel.dunn2@nhs.scot'), 'Wednesday, 4 November 2026 15:20',
             addr('Office - Baldragon Academy', 'office@baldragon-academy.example.org'),
             'CAMHS in school list w/c 9 Nov', inner_body)}

Alan Petrie
Service Manager, CAMHS, NHS Tayside
"""
    m = build(n, addr("Alan Petrie", "alan.petrie@nhs.scot"), "Data breach - CAMHS list sent to school office",
              "Thu, 05 Nov 2026 08:47:19 +0000", body, cte="quoted-printable")
    t = T("scot_camhs_child_parent_school", ["scotland", "child_and_parent_rows", "inline_outlook", "fixed_width_table",
                                             "mental_health"],
          ids, names, ["Alan Petrie", "Rachel Dunn", "Fiona", "Rachel"],
          {"email_address": ["alan.petrie@nhs.scot", "rachel.dunn2@nhs.scot", "office@baldragon-academy.example.org"],
           "phone_number": ["01382 496 0611"]},
          10, ["mental_health"], 4, 3,
          ["children's mental health appointments (anxiety, self-harm follow-up) with CHI and DOB",
           "children involved", "opened by school office staff outside the NHS",
           "deletion requested, not confirmed"])
    return m, t


@case
def scot_sexual_health_group_to(n):
    recips = [("Callum Fraser", "callumfraser88@example.com"), ("Euan MacDonald", "e.macdonald@example.org"),
              ("", "jamie.oconnor.91@example.com"), ("Tomasz Wiśniewski", "tomek.w@example.com"),
              ("Ravi Chandran", "ravichandran@example.org"), ("", "mk.glasgow@example.com"),
              ("Stuart Baird", "stuart.baird@example.com"), ("Ikechukwu Obi", "ike.obi@example.org"),
              ("Lewis Gillies", "lewisg_1990@example.com"), ("Wei Zhang", "zhang.wei.gla@example.com"),
              ("", "dannymcg@example.org"), ("Ruaridh Mac an t-Saoir", "ruaridh.mcintyre@example.com"),
              ("Finlay Reid-Watson", "finlay.rw@example.com"), ("Sean Doherty", "sdoherty77@example.org")]
    to = ", ".join(addr(a, b) for a, b in recips)
    inner_body = """Dear patient,

Your 3-monthly PrEP review is now due. Please book an appointment at the PrEP clinic using the online booking
link or by calling us. You will need an HIV and STI screen and kidney function test before we can issue a new
supply of PrEP.

Kind regards
PrEP Team
Sandyford Sexual Health Services"""
    inner = orig_msg(addr("Sandyford PrEP Team", "ggc.prep.admin@nhs.scot"), to, "Your PrEP review is due",
                     "Fri, 06 Nov 2026 11:02:31 +0000", inner_body)
    body = """Dear IG

I'm afraid our PrEP admin sent the attached recall email to 14 patients with everyone in the To line instead of
Bcc. Everyone can see everyone else's email address and that they are on PrEP. Two patients have already phoned
to complain and one says he recognised a colleague's name.

We have tried to recall the message but as they are all external addresses the recall will not have worked.

Mhairi Lennox
Senior Charge Nurse
Sandyford Sexual Health Services
Tel: 0141 496 0800
"""
    m = build(n, addr("Mhairi Lennox", "mhairi.lennox@nhs.scot"), "URGENT - PrEP recall sent without Bcc",
              "Fri, 06 Nov 2026 12:15:02 +0000", body, inner=inner)
    names = [a for a, b in recips if a]
    t = T("scot_sexual_health_group_to", ["scotland", "group_to_not_bcc", "rfc822_attached", "sexual_health"],
          {"email_address": [b for a, b in recips]}, names, ["Mhairi Lennox"],
          {"email_address": ["mhairi.lennox@nhs.scot", "ggc.prep.admin@nhs.scot"], "phone_number": ["0141 496 0800"]},
          14, ["sexual_health"], 4, 3,
          ["14 patients' names and e-mail addresses visible to each other in To", "reveals they use PrEP (HIV prevention)",
           "external personal addresses; recall cannot work"])
    return m, t


@case
def scot_genetics_pedigree(n):
    dob_p, dob_s = "1979-08-25", "1983-02-14"
    cp, cs = chi(dob_p, True), chi(dob_s, True)
    letter = f"""Clinical Genetics Service, Ashgrove House, Aberdeen AB25 2ZA   Tel 01224 496 0340

PRIVATE AND CONFIDENTIAL

Ms Eilidh Forbes
CHI: {chi_sp(cp)}
Date of birth: {dmy(dob_p, 'long')}

Dear Ms Forbes

Thank you for attending the genetics clinic. As discussed, your genetic test has identified a pathogenic
variant in the BRCA2 gene, the same variant that was found in your late mother, Margaret Forbes. This
means you have an increased lifetime risk of breast and ovarian cancer. We discussed enhanced breast
screening with annual MRI and the option of risk-reducing surgery.

Your sister Kirsten (CHI {cs}, DOB {dmy(dob_s, 'slash')}) has also been offered predictive testing and
has an appointment on 1 December. Your brother has not yet decided whether he wishes to be tested.

Yours sincerely

Dr Anjali Rao
Consultant Clinical Geneticist"""
    body = f"""Morning,

reporting an incident - the attached letter was emailed to the wrong patient. Our secretary was sending it to
Ms Forbes at her request (she asked for email copies) but picked the wrong Forbes from the address book, another
patient of ours. That patient has replied to say she received it and it isn't hers.

The letter names the patient, her late mother and her sister with her CHI. Genetic result.

{outlook_fwd(addr('Genetics Secretaries', 'gram.genetics@nhs.scot'), 'Tuesday, 10 November 2026 14:03',
             addr('Elaine Forbes', 'eforbes.stonehaven@example.com'), 'Your clinic letter', letter,
             sep='-----Original Message-----')}

Pamela Duguid
Service Manager, Clinical Genetics, NHS Grampian
"""
    m = build(n, addr("Pamela Duguid", "pamela.duguid@nhs.scot"), "FW: Your clinic letter - sent to wrong patient",
              "Wed, 11 Nov 2026 08:30:00 +0000", body)
    t = T("scot_genetics_pedigree", ["scotland", "letter_pasted", "inline_outlook", "genetic", "family_members"],
          {"chi_number": [chi_sp(cp), cs], "date_of_birth": [dmy(dob_p, "long"), dmy(dob_s, "slash")]},
          ["Eilidh Forbes", "Margaret Forbes", "Kirsten"], ["Pamela Duguid", "Anjali Rao", "Elaine Forbes"],
          {"email_address": ["pamela.duguid@nhs.scot", "gram.genetics@nhs.scot", "eforbes.stonehaven@example.com"],
           "phone_number": ["01224 496 0340"], "postcode": ["AB25 2ZA"]},
          3, ["genetic"], 4, 3,
          ["genetic test result (BRCA2) about the patient, her mother and sister", "sent to another patient outside NHS",
           "recipient confirms receipt"])
    return m, t


# ================================================================== NORTHERN IRELAND

@case
def ni_sar_wrong_solicitor_deleted(n):
    dob = "1986-12-05"
    h = hcn()
    inner_body = f"""Dear Sirs

Re: Our client Declan Ó Murchú
H&C No: {sp(h)}
D.O.B: {dmy(dob, 'dot')}
Address: 17 Carnagat Road, Newry BT34  1QX

Please find attached copies of the Emergency Department records for your client's attendance at Daisy Hill
Hospital on 14/06/2026 (fractured left radius following assault, plus alcohol level and x-ray reports) as
requested under your subject access request dated 2 September.

Yours faithfully
Access to Records Office
Southern Health and Social Care Trust"""
    reply = """Good afternoon

We have received the below in error, we do not act for this person. We can confirm we have deleted the email
and attachments from our system and have not retained or forwarded any copies. Written confirmation signed by
our practice manager is attached.

Regards
Niamh Corr
Corr & Hegarty Solicitors"""
    body = f"""Hi DPO

Records were emailed to Corr & Hegarty instead of Carr Hegan Solicitors. The wrong firm has confirmed in writing that
they deleted the email and the attachment (signed confirmation on file). Forwarding the chain for logging.

{outlook_fwd(addr('Niamh Corr', 'niamh@corrhegarty.example.org'), 'Monday, 9 November 2026 16:22',
             'accesstorecords@southerntrust.hscni.net', 'RE: SAR - Declan Ó Murchú', reply)}

{outlook_fwd('accesstorecords@southerntrust.hscni.net', 'Monday, 9 November 2026 11:05',
             'niamh@corrhegarty.example.org', 'SAR - Declan Ó Murchú', inner_body)}

Bronagh Devlin
Access to Records Manager | Southern HSC Trust | 028 3741 6022
"""
    m = build(n, addr("Bronagh Devlin", "bronagh.devlin@southerntrust.hscni.net"),
              "SAR records sent to wrong solicitor - deleted", "Tue, 10 Nov 2026 09:01:00 +0000", body)
    t = T("ni_sar_wrong_solicitor_deleted", ["northern_ireland", "hc_number", "inline_outlook", "containment_proof"],
          {"hc_number": [sp(h)], "date_of_birth": [dmy(dob, "dot")],
           "address": ["17 Carnagat Road, Newry BT34  1QX"], "postcode": ["BT34  1QX"]},
          ["Declan Ó Murchú"], ["Bronagh Devlin", "Niamh Corr"],
          {"email_address": ["bronagh.devlin@southerntrust.hscni.net", "niamh@corrhegarty.example.org",
                             "accesstorecords@southerntrust.hscni.net"], "phone_number": ["028 3741 6022"]},
          1, ["health"], 3, 2,
          ["ED records (injury, alcohol level) with H&C number", "sent to the wrong solicitors outside the trusted domains",
           "containment: written, signed confirmation of deletion (likelihood -1)"])
    return m, t


@case
def ni_care_home_tiktok(n):
    res = [("Winifred Lavery", "Room 3", "Patrick Lavery (son)", "07700 900 127"),
           ("Samuel McCrory", "Room 5", "Hazel McCrory (wife)", "028 9649 6410"),
           ("Mary-Rose Quinn", "Room 8", "Eamon Quinn (nephew)", "07700900588"),
           ("Thomas Agnew", "Room 11", "Lorraine Agnew-Boyd (daughter)", "+44 7700 900239")]
    lines = []
    for r in res:
        lines.append(f"{r[1]} - {r[0]} - NOK {r[2]} {r[3]}")
    notes = ["high falls risk, bed rails, 2 hourly turns", "T2 diabetic, insulin 8am/6pm, BM QDS",
             "end of life, DNACPR in place, syringe driver", "dementia, wanders at night, covert meds"]
    board = "\n".join(f"{l}  [{nt}]" for l, nt in zip(lines, notes))
    body = f"""Dear Data Protection Officer,

I am the Registered Manager at Slieve Croob Lodge Care Home. Yesterday evening (Sunday) one of our care assistants
posted a short video on TikTok from the staff room which showed the handover whiteboard in the background. A
relative's grandchild saw it and told us this morning. I have watched it and the following can be read on the
board when the video is paused:

{board}

The staff member removed the video at 10.40 this morning at my request. It had been up for about 15 hours and the
app shows 1,200 views. She has been suspended pending investigation. I have informed the families of all four
residents and RQIA.

I would be grateful for advice on whether anything further is needed.

Yours sincerely

Geraldine Rooney
Registered Manager
Slieve Croob Lodge Care Home, 2 Drumaness Road, Ballynahinch BT24 8LX
Tel 028 9649 6001
"""
    m = build(n, addr("Geraldine Rooney", "manager@slievecrooblodge.example.org"),
              "Staff member posted video on TikTok showing resident details", "Mon, 16 Nov 2026 11:20:00 +0000", body,
              to=addr("SE Trust DPO", "dpo@setrust.hscni.net"), cc=BREACH)
    names = [r[0] for r in res] + [r[2] for r in res]
    t = T("ni_care_home_tiktok", ["northern_ireland", "care_home", "resident_and_nok", "social_media", "containment"],
          {"phone_number": [r[3] for r in res]}, names, ["Geraldine Rooney"],
          {"email_address": ["manager@slievecrooblodge.example.org", "dpo@setrust.hscni.net"],
           "phone_number": ["028 9649 6001"], "postcode": ["BT24 8LX"],
           "address": ["2 Drumaness Road, Ballynahinch BT24 8LX"]},
          8, ["health"], 3, 3,
          ["residents' care needs (DNACPR, diabetes, dementia) with next of kin phone numbers",
           "vulnerable adults", "published on social media (likelihood 4)",
           "containment: video removed after 15 hours (likelihood -1)"])
    return m, t


@case
def ni_receptionist_contacted_patient(n):
    dob = "1994-04-18"
    h = hcn()
    body = f"""Hello,

Practice manager at Ormeau Park Medical Practice. I need to report a serious incident involving one of our
receptionists.

On Friday a patient, Roisin Ní Bhriain (H&C {h}, DOB {dmy(dob, 'monsp')}), came in very distressed. She had received
Instagram and text messages from a number she didn't know referring to her recent attendance at the GUM clinic and her
chlamydia treatment, which is recorded on her GP record from the clinic letter. The messages said "everyone will know".

We ran an audit on EMIS. Our receptionist (now suspended) opened Roisin's record on three occasions in October with
no work reason, including the clinic letter. Roisin is the new partner of the receptionist's ex-husband. The
receptionist has admitted sending the messages. Roisin's mobile 07700 900 463 was taken from the record.

PSNI have been informed by the patient. We have told the Health and Social Care Board.

Colette Magee
Practice Manager, Ormeau Park Medical Practice
028 9649 6550
"""
    m = build(n, addr("Colette Magee", "colette.magee@gp.hscni.net"),
              "Receptionist accessed record and harassed patient", "Mon, 23 Nov 2026 09:41:12 +0000", body)
    t = T("ni_receptionist_contacted_patient", ["northern_ireland", "gp_practice", "snooping", "misuse", "sexual_health",
                                                "prose_names"],
          {"hc_number": [h], "date_of_birth": [dmy(dob, "monsp")], "phone_number": ["07700 900 463"]},
          ["Roisin Ní Bhriain"], ["Colette Magee"],
          {"email_address": ["colette.magee@gp.hscni.net"], "phone_number": ["028 9649 6550"]},
          1, ["sexual_health"], 4, 5,
          ["sexual health information (GUM attendance, chlamydia)", "unauthorised access by staff",
           "misuse: information used to harass the patient"])
    return m, t


@case
def ni_fax_to_car_dealer(n):
    dob = "1952-07-01"
    h = hcn()
    body = f"""hi

we still use fax for the referrals to the rapid access chest pain clinic at Altnagelvin. today one was sent to the wrong
number, it went to a car sales place in Strabane (one digit wrong). the man phoned us to say he got it. he said he
would shred it but we cant check that.

what was on it:
Patient: Francis DOHERTY
H&C: {dash(h)}
DOB: {dmy(dob, 'slash')}
21 Bridge Street, Strabane, BT82 9AE
Tel 028 7188 6203
exertional chest pain 3/52, ECG ST depression V4-6, smoker, ?angina

sorry
Gráinne
Reception, Derg Valley Surgery

Gráinne Mc Elhinney | Receptionist | 028 7188 6100
"""
    m = build(n, addr("Gráinne Mc Elhinney", "grainne.mcelhinney@westerntrust.hscni.net"), "fax sent to wrong number",
              "Wed, 18 Nov 2026 15:33:08 +0000", body)
    t = T("ni_fax_to_car_dealer", ["northern_ireland", "fax", "hurried", "hc_number"],
          {"hc_number": [dash(h)], "date_of_birth": [dmy(dob, "slash")], "address": ["21 Bridge Street, Strabane, BT82 9AE"],
           "postcode": ["BT82 9AE"], "phone_number": ["028 7188 6203"]},
          ["Francis DOHERTY"], ["Gráinne Mc Elhinney", "Gráinne"],
          {"email_address": ["grainne.mcelhinney@westerntrust.hscni.net"], "phone_number": ["028 7188 6100"]},
          1, ["health"], 3, 3,
          ["cardiology referral (chest pain, ECG) with H&C number", "faxed to a business",
           "shredding promised but not confirmed: no reduction"])
    return m, t


# ================================================================== WALES

@case
def wales_safeguarding_wrong_council(n):
    dob_c, dob_m = "2021-09-17", "1998-05-26"
    nc, nm = nhs(), nhs()
    referral = f"""MULTI-AGENCY REFERRAL FORM (MARF) - CHILD

Child: Elis Pritchard        NHS number: {sp(nc)}      DOB: {dmy(dob_c, 'slash')}
Address: 9 Heol y Nant, Caerffili, cf83 1ht
Mother: Ffion Pritchard      NHS number: {nm}      DOB: {dmy(dob_m, 'dot2')}
Mother's mobile: 07700 900 654
Mother's partner (not father): Rhodri Vaughan, lives at the address

Reason for referral:
At the 2 year review today Elis had a healing bruise to the left cheek and two small round marks on the
forearm. Mum gave inconsistent explanations. Mum disclosed that Rhodri "loses his temper" and that police were
called to the address in September. Ffion is 24 weeks pregnant and has missed two antenatal appointments.

Referrer: Sioned Harries, Health Visitor, Caerphilly North"""
    body = f"""Bore da,

I'm reporting a misdirected safeguarding referral. The health visitor sent the MARF below to the Information,
Advice and Assistance mailbox of the WRONG local authority (Monmouthshire instead of Caerphilly) because of the
autofill. Monmouthshire have acknowledged receipt, said they will forward it to Caerphilly and delete their copy.
We have resent it correctly.

{gmail_fwd(addr('Sioned Harries', 'sioned.harries@wales.nhs.uk'), 'Thu, 12 Nov 2026 at 13:48',
           'iaa@monmouth-council.example.org', 'MARF - Elis Pritchard', referral,
           cc='safeguarding.abuhb@wales.nhs.uk')}

Diolch,
Carys Jenkins
Named Nurse Safeguarding Children
Aneurin Bevan University Health Board
Tel: 029 2018 0437
"""
    m = build(n, addr("Carys Jenkins", "carys.jenkins@wales.nhs.uk"), "Misdirected MARF - safeguarding referral",
              "Thu, 12 Nov 2026 16:05:41 +0000", body)
    t = T("wales_safeguarding_wrong_council", ["wales", "safeguarding", "child_and_parent", "inline_gmail", "pregnancy"],
          {"nhs_number": [sp(nc), nm], "date_of_birth": [dmy(dob_c, "slash"), dmy(dob_m, "dot2")],
           "address": ["9 Heol y Nant, Caerffili, cf83 1ht"], "postcode": ["cf83 1ht"], "phone_number": ["07700 900 654"]},
          ["Elis Pritchard", "Ffion Pritchard", "Rhodri Vaughan"], ["Carys Jenkins", "Sioned Harries"],
          {"email_address": ["carys.jenkins@wales.nhs.uk", "sioned.harries@wales.nhs.uk", "iaa@monmouth-council.example.org",
                             "safeguarding.abuhb@wales.nhs.uk"], "phone_number": ["029 2018 0437"]},
          3, ["safeguarding", "reproductive_health"], 4, 3,
          ["child safeguarding referral (suspected non-accidental injury, domestic abuse)", "mother's pregnancy",
           "sent to the wrong local authority outside the trusted domains", "deletion promised, not confirmed"])
    return m, t


@case
def wales_cmht_internal_wrong_colleague(n):
    nn = nhs()
    dob = "1971-10-09"
    inner_body = f"""Hi Gareth,

Updated risk assessment for Owain Tudor-Jones ({nn}, d.o.b {dmy(dob, 'slash')}) ahead of Thursday's MDT.
Owain was detained under S2 last month following a serious overdose and expressed ongoing suicidal ideation at
his last review. Lithium level pending. Wife Bethan is main carer and has asked to be involved in discharge
planning; she is worried about the firearms certificate he holds for his farm.

Risk: HIGH. Crisis plan attached.

Llinos"""
    body = f"""Hi IG,

Just flagging, I sent a risk assessment to the wrong Gareth Evans. It went to a Gareth Evans in estates (same nhs.net
directory) rather than our consultant psychiatrist. He's replied to say he has deleted it without reading beyond the
first line. It stayed inside nhs.net.

{outlook_fwd(addr('Llinos Bowen', 'llinos.bowen@nhs.net'), 'Tuesday, 17 November 2026 09:15',
             addr('Gareth Evans (Estates)', 'gareth.evans47@nhs.net'), 'Risk assessment - OTJ', inner_body)}

Llinos Bowen
Care Coordinator, Ynys Môn CMHT
Betsi Cadwaladr University Health Board
"""
    m = build(n, addr("Llinos Bowen", "llinos.bowen@nhs.net"), "wrong Gareth Evans - risk assessment",
              "Tue, 17 Nov 2026 10:02:00 +0000", body)
    t = T("wales_cmht_internal_wrong_colleague", ["wales", "internal_only", "mental_health", "inline_outlook", "prose_names"],
          {"nhs_number": [nn], "date_of_birth": [dmy(dob, "slash")]},
          ["Owain Tudor-Jones", "Bethan"], ["Llinos Bowen", "Gareth Evans", "Gareth", "Llinos"],
          {"email_address": ["llinos.bowen@nhs.net", "gareth.evans47@nhs.net"]},
          2, ["mental_health"], 4, 2,
          ["mental health risk assessment (detention, overdose, suicidal ideation)",
           "stayed inside the trusted domain nhs.net (likelihood 2)", "recipient deleted it"])
    return m, t


@case
def wales_letters_same_envelope_near_miss(n):
    d1, d2 = "1939-01-23", "1960-06-30"
    n1, n2 = nhs(), nhs()
    body = f"""Prynhawn da,

Our practice admin has asked me to log this as a near miss. When the post was being franked this afternoon she
noticed one envelope was thicker than the others. It had two referral letters inside:

1. Gwenllian ap Rhys, NHS No {dash(n1)}, born {dmy(d1, 'longplain')}, Tŷ Capel, Lôn Goch, Llangefni LL77 7TW - cardiology
   referral (atrial fibrillation, new breathlessness)
2. DAFYDD Llewelyn, NHS No {dash(n2)}, DOB {dmy(d2, 'slash')} - urology referral (raised PSA 14)

Only Mrs ap Rhys's address was on the envelope. Nothing left the building, the envelope was opened by our admin and
both letters were reposted separately. We are changing the process so letters are checked against the envelope
window.

Catrin Morgan
Practice Manager
Meddygfa'r Bont, Llangefni LL77 7PN  | 01248 496 0202
"""
    m = build(n, addr("Catrin Morgan", "catrin.morgan@wales.nhs.uk"), "Near miss - two letters in one envelope",
              "Fri, 20 Nov 2026 15:48:27 +0000", body)
    t = T("wales_letters_same_envelope_near_miss", ["wales", "gp_practice", "near_miss", "letter"],
          {"nhs_number": [dash(n1), dash(n2)], "date_of_birth": [dmy(d1, "longplain"), dmy(d2, "slash")],
           "address": ["Tŷ Capel, Lôn Goch, Llangefni LL77 7TW"], "postcode": ["LL77 7TW"]},
          ["Gwenllian ap Rhys", "DAFYDD Llewelyn"], ["Catrin Morgan"],
          {"email_address": ["catrin.morgan@wales.nhs.uk"], "phone_number": ["01248 496 0202"], "postcode": ["LL77 7PN"]},
          2, ["health"], 3, 1,
          ["referral letters with diagnoses and NHS numbers", "near miss: caught before posting, nothing left the practice"],
          near_miss=True)
    return m, t


# ================================================================== CARE HOMES AND CHILDREN

@case
def carehome_nok_sheet_to_relative(n):
    res = [("Dorothy Pennington", "1931-02-11", "Rm 1", "Susan Pennington-Clarke", "07700 900 733", "susanpc@example.com", "DNACPR, hoist x2"),
           ("Harbans Kaur Sandhu", "1937-09-04", "Rm 2", "Jaswinder Sandhu", "0121 496 0871", "", "Punjabi speaker, diabetic diet"),
           ("Eric Whitworth", "1929-12-25", "Rm 4", "", "", "", "no NOK - IMCA involved, vascular dementia"),
           ("Bridget O'Callaghan", "1940-05-13", "Rm 6", "Michael O'Callaghan (brother)", "07700900145", "", "Catholic - priest for last rites, DNACPR"),
           ("Norman Fairclough", "1935-08-08", "Rm 7", "Janet Fairclough", "+44 (0)7700 900 812", "jan.fairclough@example.org", "PEG fed, nil by mouth"),
           ("Precious Mensah", "1944-03-29", "Rm 9", "Kofi Mensah", "07700 900 960", "kofimensah@example.com", "Alzheimer's, wanders, door alarm")]
    rows = [["Room", "Resident", "DOB", "NHS no", "Mobility/needs", "NOK", "NOK phone", "NOK email"]]
    ids = {"date_of_birth": [], "nhs_number": [], "phone_number": [], "email_address": []}
    names = []
    fmts = ["slash", "slash", "compact", "slash", "iso", "slash"]
    for (nm, dob, rm, nok, ph, em, needs), fm in zip(res, fmts):
        nn = nhs()
        d = dmy(dob, fm)
        rows.append([rm, nm, d, nn, needs, nok, ph, em])
        ids["date_of_birth"].append(d); ids["nhs_number"].append(nn)
        names.append(nm)
        if nok:
            names.append(nok)
        if ph:
            ids["phone_number"].append(ph)
        if em:
            ids["email_address"].append(em)
    body = """Hi,

I've made a mistake and need to report it. I meant to send our fire evacuation / grab sheet to our area manager
Karen but her name autofilled to Karen Pennington, who is the daughter-in-law of one of our residents. She emailed me
back to say she'd got it and she's going to delete it but she wasn't happy as her mother-in-law's details are on it
too and she could see everyone else's.

The sheet is attached. 6 residents on it plus their next of kin.

Sorry
Tracey Holt
Deputy Manager, Beechcroft House Residential Home
Beechcroft Care Group Ltd
0121 496 0500
"""
    m = build(n, addr("Tracey Holt", "deputy@beechcroftcare.example.org"), "emailed resident list to wrong person",
              "Sat, 07 Nov 2026 13:14:09 +0000", body, attach=[("grab sheet Nov 26.csv", csv_text(rows))])
    t = T("carehome_nok_sheet_to_relative", ["care_home", "resident_and_nok", "attachment_csv", "religion"],
          ids, names, ["Tracey Holt", "Karen Pennington", "Karen"],
          {"email_address": ["deputy@beechcroftcare.example.org"], "phone_number": ["0121 496 0500"]},
          11, ["health", "religion"], 3, 3,
          ["care home residents' health needs (DNACPR, dementia, PEG) with NHS numbers and next of kin contacts",
           "vulnerable adults", "sent to a relative outside the trusted domains", "deletion promised, not confirmed"])
    return m, t


@case
def carehome_mar_chart_facebook(n):
    dob = "1938-11-02"
    nn = nhs()
    post = f"""[Facebook post, "Hartcliffe & Withywood Community Noticeboard" group, 3,900 members, posted 18:22 Sunday]

Look at this!!! This is what Oakfield Grange gave me when I went to collect my mums washing. Not even my mums
paperwork. Some poor lady's whole medication chart. If they can't get this right how are they looking after our
parents?? Name and everything on it

[photo: MAR chart, legible]
Resident: Beatrice Okonkwo-Hale   Room 14   DOB {dmy(dob, 'slash')}   NHS {sp(nn)}
Allergies: PENICILLIN
Donepezil 10mg nocte; Sertraline 50mg mane; Lorazepam 0.5mg PRN for agitation; Oramorph 2.5mg PRN
GP: Dr Hollis, Hartcliffe Health Centre

47 comments, 112 shares"""
    body = f"""Hello

Reporting on behalf of Oakfield Grange Nursing Home. A relative of another resident was given the wrong bag of
paperwork when collecting laundry on Sunday and has posted a photograph of a resident's MAR chart on a public
community Facebook group. We have asked her to take it down and reported the post to Facebook, but as of 9am
today it is still up and has been shared over 100 times. I have copied the text of the post below.

Beatrice's daughter, Chiamaka, is aware and is understandably very upset.

{post}

Regards
Julie Sparkes
Home Manager, Oakfield Grange Nursing Home
Tel 0117 496 0322
"""
    m = build(n, addr("Julie Sparkes", "julie.sparkes@oakfieldgrange.example.org"),
              "Resident's medication chart posted on Facebook", "Mon, 09 Nov 2026 09:20:00 +0000", body)
    t = T("carehome_mar_chart_facebook", ["care_home", "social_media", "published", "prose_names", "mental_health"],
          {"nhs_number": [sp(nn)], "date_of_birth": [dmy(dob, "slash")]},
          ["Beatrice Okonkwo-Hale", "Chiamaka"], ["Julie Sparkes", "Hollis"],
          {"email_address": ["julie.sparkes@oakfieldgrange.example.org"], "phone_number": ["0117 496 0322"]},
          2, ["health", "mental_health"], 4, 4,
          ["medication chart (dementia, antidepressant, anxiolytic) of a vulnerable resident",
           "published on a public Facebook group and shared; still live"])
    return m, t


@case
def school_imms_group_to_parents(n):
    parents = [("Aisha Begum", "aisha.begum@example.com"), ("", "mandy.o.1985@example.org"),
               ("Tunde Bakare", "tunde.bakare@example.com"), ("Joanne Whitfield", "jo.whitfield@example.com"),
               ("", "the.nguyens@example.org"), ("Magdalena Lewandowska", "magda.lew@example.com"),
               ("Craig Pollard", "craigpollard@example.com"), ("Shabnam Rahimi", "s.rahimi@example.org"),
               ("", "kerryandsteve@example.com"), ("Deborah Fenwick", "debfenwick@example.com")]
    kids = [("Ibrahim Begum", "2013-04-12", "Aisha Begum", "no form returned"),
            ("Femi Bakare", "2012-11-30", "Tunde Bakare", "declined - religious beliefs"),
            ("Oliwia Lewandowska", "2013-02-07", "Magdalena Lewandowska", "consented, absent on day - immunosuppressed, needs hospital clinic"),
            ("Harvey Pollard", "2012-09-19", "Craig Pollard", "no form returned")]
    table = "\n".join(f"{c} | {dmy(d, 'dot')} | Year 8 | parent: {p} | {s}" for c, d, p, s in kids)
    inner_body = f"""Dear Parent/Carer,

Our records show we have not yet received a completed HPV vaccination consent for your child, or your child was
absent on the day. The catch-up session at Westfield Academy is on Tuesday 1 December. Please return the online
consent form by Friday.

{table}

Kind regards
School Age Immunisation Team
Sheffield Children's NHS Foundation Trust"""
    to = ", ".join(addr(a, b) for a, b in parents)
    body = f"""hi,

i think this needs reporting. one of our admins sent the HPV catch up reminder to the parents with all the emails in
the To box (not bcc) and also pasted in the list of the children from the spreadsheet which should not have been in
there at all. 10 parents got it. a parent has replied all saying "why can I see other people's kids"

{gmail_fwd(addr('SAIT Admin', 'scn-tr.imms.admin@nhs.net'), 'Mon, 23 Nov 2026 at 10:12', to,
           'HPV catch up - consent needed', inner_body)}

Kerry-Ann Lodge
Team Lead, School Age Immunisation Service
"""
    m = build(n, addr("Kerry-Ann Lodge", "kerry-ann.lodge@nhs.net"), "FW: HPV catch up - consent needed",
              "Mon, 23 Nov 2026 11:40:00 +0000", body)
    names = [a for a, b in parents if a] + [k[0] for k in kids]
    t = T("school_imms_group_to_parents", ["children", "group_to_not_bcc", "child_and_parent_rows", "inline_gmail",
                                           "religion"],
          {"email_address": [b for a, b in parents], "date_of_birth": [dmy(k[1], "dot") for k in kids]},
          names, ["Kerry-Ann Lodge"],
          {"email_address": ["kerry-ann.lodge@nhs.net", "scn-tr.imms.admin@nhs.net"]},
          14, ["health", "religion"], 3, 3,
          ["10 parents' e-mail addresses visible to each other", "4 children's names, DOBs and vaccination status "
           "(immunosuppression, religious refusal)", "children involved", "external personal addresses"])
    return m, t


@case
def health_visitor_prose_names(n):
    nn = nhs()
    dob = "2023-11-02"
    inner_body = f"""Dear Dr Okafor,

re: Milo Brennan  DOB {dmy(dob, 'slash')}  NHS {nn}
14 Fernhill Close, Rochdale OL11 5TN

Milo was seen in clinic today for his 1 year review (late). His weight has dropped from the 50th to below the 9th
centile since March. His mum Aisling reports he is "fussy" and that she is struggling since his dad Cathal moved out;
she became tearful and scored 18 on the PHQ-9. There was a strong smell of cannabis in the home at the last visit.

I have discussed with the safeguarding team and we are making an Early Help referral. Could you please review Milo
and consider a referral to paediatrics for faltering growth, and see Aisling re her mood.

Kind regards
Niamh Hartigan
Health Visitor, Rochdale 0-19 Service
07700 900 001"""
    body = f"""Dear IG,

I sent the below to what I thought was the GP practice generic email but I typed the address wrong and it has gone
to a personal address (similar spelling to the practice's). I got no bounce back. I have emailed asking them to
delete but no reply yet.

{outlook_fwd(addr('Niamh Hartigan', 'niamh.hartigan@nhs.net'), 'Thursday, 19 November 2026 16:47',
             'balderstone.surgery@example.com', 'Milo - concerns', inner_body)}

Niamh
"""
    m = build(n, addr("Niamh Hartigan", "niamh.hartigan@nhs.net"), "FW: Milo - concerns (sent to wrong address)",
              "Fri, 20 Nov 2026 08:05:33 +0000", body)
    t = T("health_visitor_prose_names", ["children", "prose_names", "no_titles", "safeguarding", "mental_health",
                                         "inline_outlook"],
          {"nhs_number": [nn], "date_of_birth": [dmy(dob, "slash")], "address": ["14 Fernhill Close, Rochdale OL11 5TN"],
           "postcode": ["OL11 5TN"]},
          ["Milo Brennan", "Aisling", "Cathal"], ["Niamh Hartigan", "Okafor", "Niamh"],
          {"email_address": ["niamh.hartigan@nhs.net", "balderstone.surgery@example.com"], "phone_number": ["07700 900 001"]},
          3, ["safeguarding", "mental_health", "substance_misuse"], 4, 3,
          ["child's faltering growth, early help referral, mother's depression score, cannabis in the home",
           "sent to an unknown personal address", "no reply to deletion request"])
    return m, t


# ================================================================== GP PRACTICES

@case
def gp_results_namesake_deleted(n):
    nn = nhs()
    dob = "1990-07-27"
    inner_body = f"""Hi Kasia,

As requested please find your recent blood results below.

Name: Kasia Nowak    DOB: {dmy(dob, 'mon')}    NHS No: {sp(nn)}
HbA1c 68 mmol/mol (high)  eGFR 52 (reduced)  Cholesterol 6.1
The GP would like you to book a telephone appointment to discuss starting metformin.

Kind regards
Reception, Moss Side Health Centre"""
    body = f"""re: Kasia Nowak

Hello, I sent Kasia's results to the wrong email. I used the one from an old registration form and it belongs to a
Katarzyna Nowak, who is not our patient. She rang the practice straight away, said she had deleted it from her inbox and
her deleted items while on the phone with me, and she was happy to confirm that by email, which she has (below).

{outlook_fwd(addr('Katarzyna Nowak', 'k.nowak.mcr@example.com'), 'Wednesday, 25 November 2026 12:31',
             'mosside.reception@nhs.net', 'RE: Your blood results',
             'I confirm I have deleted the email with the results for the other lady and not kept any copy. Katarzyna')}

{outlook_fwd('mosside.reception@nhs.net', 'Wednesday, 25 November 2026 11:58', 'k.nowak.mcr@example.com',
             'Your blood results', inner_body)}

Thanks
Shazia Iqbal
Senior Receptionist
Moss Side Health Centre | 0161 496 0770
"""
    m = build(n, addr("Shazia Iqbal", "shazia.iqbal1@nhs.net"), "results sent to wrong Nowak",
              "Wed, 25 Nov 2026 13:10:00 +0000", body)
    t = T("gp_results_namesake_deleted", ["gp_practice", "prose_names", "namesake", "containment", "inline_outlook"],
          {"nhs_number": [sp(nn)], "date_of_birth": [dmy(dob, "mon")]},
          ["Kasia Nowak"], ["Shazia Iqbal", "Katarzyna Nowak", "Katarzyna"],
          {"email_address": ["shazia.iqbal1@nhs.net", "k.nowak.mcr@example.com", "mosside.reception@nhs.net"],
           "phone_number": ["0161 496 0770"]},
          1, ["health"], 3, 2,
          ["blood results (diabetes, kidney function) with NHS number", "sent to a namesake outside the trusted domains",
           "containment: recipient confirmed deletion in writing (likelihood -1)"])
    return m, t


@case
def gp_ppg_group_to(n):
    members = [("Pauline Ashworth", "pauline.ashworth@example.com"), ("Gurpreet Dhillon", "gdhillon@example.org"),
               ("", "bob.and.val@example.com"), ("Marcus Oyelaran", "m.oyelaran@example.com"),
               ("Siân Prosser", "sian.prosser@example.org"), ("Trevor Lumb", "trevlumb@example.com"),
               ("Annette Vickers", "annette.v@example.com"), ("", "rkhan.1952@example.org"),
               ("Hao Liu", "hao.liu@example.com"), ("Brenda Mulholland", "brendamul@example.com"),
               ("Kenneth Ogunleye", "ken.ogunleye@example.org"), ("Maureen Tattersall", "mtattersall@example.com")]
    to = ", ".join(addr(a, b) for a, b in members[:7])
    cc = ", ".join(addr(a, b) for a, b in members[7:])
    inner_body = """Dear PPG members,

The next Patient Participation Group meeting will be on Wednesday 9 December at 6pm in the community room. On the
agenda: the new online booking system, the flu clinic feedback and the car park.

Mince pies provided!

Best wishes
Lindsey
Practice Manager, Calder Valley Surgery"""
    body = f"""Hi

Reporting for completeness. I sent the PPG meeting invite with everyone in To and Cc instead of Bcc. 12 members.
Nothing clinical in it but their email addresses are now visible to each other and at least one member has asked
why. I've apologised to the group.

{outlook_fwd(addr('Lindsey Barraclough', 'lindsey.barraclough@nhs.net'), 'Friday, 27 November 2026 14:02', to,
             'PPG meeting 9 December', inner_body, cc=cc)}

Lindsey Barraclough
Practice Manager
Calder Valley Surgery, Hebden Bridge HX7 8AD
01422 496 0100
"""
    m = build(n, addr("Lindsey Barraclough", "lindsey.barraclough@nhs.net"), "PPG email sent without bcc",
              "Fri, 27 Nov 2026 15:30:00 +0000", body)
    t = T("gp_ppg_group_to", ["gp_practice", "group_to_not_bcc", "group_cc", "inline_outlook", "no_health"],
          {"email_address": [b for a, b in members]}, [a for a, b in members if a], ["Lindsey Barraclough", "Lindsey"],
          {"email_address": ["lindsey.barraclough@nhs.net"], "phone_number": ["01422 496 0100"], "postcode": ["HX7 8AD"]},
          12, [], 2, 3,
          ["12 patients' names and e-mail addresses disclosed to each other (To/Cc)",
           "no health information beyond being a patient of the practice", "external personal addresses"])
    return m, t


@case
def gp_hiv_letter_old_address(n):
    nn = nhs()
    dob = "1981-03-08"
    public = f"""To whom it may concern

A letter addressed to Mr Oluwaseun Adeyemi arrived at my flat (Flat 6, 112 Holloway Road, London N7 8JE). I moved in
in August and I think he was the previous tenant. I'm sorry but I opened it before I saw the name. It is from the
HIV clinic about his medication and blood tests and has his NHS number {nn} and date of birth {dmy(dob, 'us')} on it.
I think you should update your records. I will post the letter back to you.

Regards
Hannah Leary"""
    body = f"""IG team,

Please see below. A letter from our HIV outpatients was posted to a patient's previous address. The practice had
his new address but our PAS had not updated from the Spine. The new tenant has opened and read it (it mentions
antiretrovirals, CD4 count and viral load).

{gmail_fwd(addr('Hannah Leary', 'hannah.leary@example.org'), 'Sat, 28 Nov 2026 at 20:15',
           'pals@whittington.example.nhs.uk', 'Letter for previous tenant', public)}

Chidi Nwachukwu
Service Manager, HIV and Sexual Health Outpatients
Direct line 020 7946 0518
"""
    m = build(n, addr("Chidi Nwachukwu", "chidi.nwachukwu@whittington.example.nhs.uk"),
              "HIV clinic letter sent to old address and opened", "Mon, 30 Nov 2026 09:14:00 +0000", body)
    t = T("gp_hiv_letter_old_address", ["letter", "sexual_health", "hiv", "old_address", "inline_gmail"],
          {"nhs_number": [nn], "date_of_birth": [dmy(dob, "us")],
           "address": ["Flat 6, 112 Holloway Road, London N7 8JE"], "postcode": ["N7 8JE"]},
          ["Oluwaseun Adeyemi"], ["Chidi Nwachukwu", "Hannah Leary"],
          {"email_address": ["chidi.nwachukwu@whittington.example.nhs.uk", "hannah.leary@example.org",
                             "pals@whittington.example.nhs.uk"], "phone_number": ["020 7946 0518"]},
          1, ["sexual_health"], 4, 3,
          ["HIV status and treatment", "letter opened and read by the new tenant"])
    return m, t


# ================================================================== MENTAL HEALTH AND SEXUAL HEALTH

@case
def mh_handover_lost_on_bus(n):
    pts = [("NWOSU, Chinedu", "R0445123", "38", "psychosis, non-concordant depot, lives alone"),
           ("BYRNE, Tara", "R0512987", "22", "EUPD, cutting, OD x2 this month"),
           ("PATEL, Hemant", "R0377450", "67", "severe depression, ?ECT, wife carer"),
           ("KOVAČ, Marija", "R0601234", "45", "alcohol dependence, detox plan, DV history"),
           ("MACKENZIE, Dougie", "R0298811", "51", "bipolar, lithium, manic, police s136 Sat"),
           ("AHMADI, Reza", "R0588302", "29", "PTSD, asylum seeker, suicidal ideation"),
           ("HUGHES, Stacey", "R0633019", "34", "postnatal depression, baby 6 wks, HV aware")]
    listing = "\n".join(f"  {a:<22} {b}  {c}  {d}" for a, b, c, d in pts)
    body = f"""Dear Information Governance,

I am reporting the loss of a paper handover sheet. Our crisis team nurse, travelling between visits on the number 86
bus yesterday afternoon, realised at her next visit that the folded handover sheet was no longer in her coat pocket.
She rang the bus company lost property; it has not been handed in. The sheet was a printout of the evening handover
from RiO and listed these patients (name, RiO number, age, summary):

{listing}

The sheet did not have addresses but it did have first lines of some risk plans. We have informed the patients'
consultants and will contact each patient.

Regards
Dr Samuel Ferreira
Clinical Lead, Crisis Resolution and Home Treatment Team
Greater Manchester Mental Health NHS FT
Mobile 07700 900 284
"""
    m = build(n, addr("Samuel Ferreira", "samuel.ferreira@gmmh.example.nhs.uk"), "Lost handover sheet - crisis team",
              "Tue, 24 Nov 2026 10:22:00 +0000", body)
    t = T("mh_handover_lost_on_bus", ["mental_health", "lost_paper", "surname_first", "hospital_number",
                                      "substance_misuse"],
          {"hospital_number": [p[1] for p in pts]}, [p[0] for p in pts], ["Samuel Ferreira"],
          {"email_address": ["samuel.ferreira@gmmh.example.nhs.uk"], "phone_number": ["07700 900 284"]},
          7, ["mental_health", "substance_misuse", "safeguarding"], 4, 3,
          ["crisis team handover with diagnoses and risk of 7 patients", "lost on public transport, not recovered"])
    return m, t


@case
def mh_ward_whiteboard_tiktok(n):
    board = """  Bay A  1  KOWALCZYK J   S3  obs 1:1
  Bay A  2  FITZGERALD M  S2  obs 4/hr   ligature risk
  Bay A  3  OSEI-BONSU K  informal  leave 1hr escorted
  Bay B  5  LINDQVIST E   S3  CTO planned
  Bay B  6  McGRATH P     S2  AWOL risk, absconded 01/11"""
    body = f"""IG team - urgent

A member of staff has posted a TikTok dance video filmed in the nurses' station on Willow Ward (acute adult inpatient).
The patient whiteboard is clearly visible behind her for most of the clip. It is still up (I've just checked, 09:05,
8,700 views). We cannot contact the staff member as she is on nights off and not answering. We have reported it to
TikTok. I have paused the video and transcribed what can be read:

{board}

Surnames and initials, bay and bed, Mental Health Act section and observation levels. Link:
https://www.tiktok.example.com/@nursey_k/video/7301188824

Please advise urgently.

Dele Akinwande
Ward Manager, Willow Ward, Priory Lane Unit
Ext 4471
"""
    m = build(n, addr("Dele Akinwande", "dele.akinwande@nhs.net"), "URGENT staff TikTok showing patient board",
              "Wed, 25 Nov 2026 09:11:00 +0000", body)
    names = ["KOWALCZYK J", "FITZGERALD M", "OSEI-BONSU K", "LINDQVIST E", "McGRATH P"]
    t = T("mh_ward_whiteboard_tiktok", ["mental_health", "social_media", "published", "surname_initial"],
          {}, names, ["Dele Akinwande"],
          {"email_address": ["dele.akinwande@nhs.net"]},
          5, ["mental_health"], 4, 4,
          ["inpatient mental health ward: names with MHA section and observation levels",
           "published on social media, still live"])
    return m, t


@case
def sh_result_namesake_harassment(n):
    nn = nhs()
    dob = "2001-10-15"
    body = f"""Dear DPO,

I'm reporting a serious incident from the sexual health clinic. On 12 November our health adviser emailed a
positive chlamydia result and treatment instructions for Chloe Harrington (DOB {dmy(dob, 'slash')}, NHS {dash(nn)},
mobile 07700 900 876) to "chloe.harrington@example.com" which turned out to be a different Chloe Harrington.

That person then searched for our patient on Instagram, found her through mutual friends and sent her a
screenshot of the email, and posted "guess who's got chlamydia" on her story tagging our patient. Our patient has
come to the clinic in tears; her employer's staff have seen the story. The police have been informed.

The email should have gone to chloeharrington01@example.org (the address on her record).

Kind regards
Ngozi Eze
Lead Health Adviser
Integrated Sexual Health Service, Bradford
01274 496 0613
"""
    m = build(n, addr("Ngozi Eze", "ngozi.eze@bradford.example.nhs.uk"), "Result emailed to wrong person - patient harassed",
              "Thu, 19 Nov 2026 14:40:00 +0000", body)
    t = T("sh_result_namesake_harassment", ["sexual_health", "misuse", "namesake", "social_media"],
          {"nhs_number": [dash(nn)], "date_of_birth": [dmy(dob, "slash")], "phone_number": ["07700 900 876"],
           "email_address": ["chloeharrington01@example.org"]},
          ["Chloe Harrington"], ["Ngozi Eze"],
          {"email_address": ["ngozi.eze@bradford.example.nhs.uk", "chloe.harrington@example.com"],
           "phone_number": ["01274 496 0613"]},
          1, ["sexual_health"], 4, 5,
          ["positive STI result", "sent to a namesake who then harassed the patient and published it on social media",
           "misuse reported"])
    return m, t


# ================================================================== FINANCIAL

@case
def payroll_csv_sent_with_patient_refund(n):
    staff = [("OKORO Blessing", "JT482915C", "20-45-77", "43918820", "1,842.16"),
             ("WALSH Deirdre", "PA110392B", "30-99-12", "10482276", "2,014.90"),
             ("SZYMANSKA Ewa", "NR736201A", "40-11-62", "72290134", "1,377.45"),
             ("RAHMAN Tanvir", "WK905417D", "09-01-28", "88012745", "2,236.08"),
             ("FINNEGAN Aoibheann", "HM328846C", "20-32-06", "30917762", "1,655.00"),
             ("LIM Jia Hui", "SC671053B", "60-83-71", "51147893", "1,920.33"),
             ("EVANS-BOATENG Kwesi", "ZR204689A", "11-22-95", "66203318", "2,401.72")]
    rows = [["Employee", "NI No", "Sort code", "Account", "Net pay Nov", "Staff group"]]
    for s in staff:
        rows.append(list(s) + ["Bank - Nursing"])
    inner_body = """Dear Mr Achterberg,

Further to your complaint about the car parking charge during your wife's admission, we have agreed a refund of
£37.50 which will be paid to your account within 10 working days. Please find the remittance advice attached.

Yours sincerely
Accounts Payable
Finance Department"""
    inner = orig_msg(addr("Accounts Payable", "accounts.payable@example.nhs.uk"),
                     addr("Desmond Achterberg", "d.achterberg@example.com"), "Refund - remittance advice",
                     "Thu, 26 Nov 2026 10:44:00 +0000", inner_body)
    inner.add_attachment(csv_text(rows), subtype="csv", filename="BANK_NURSING_PAY_NOV.csv")
    body = """Hello IG,

Very embarrassing one. A colleague in Accounts Payable sent a patient's relative his car parking refund remittance,
but the attachment was the bank staff payroll extract from the shared drive (similar file name in the same folder).
It has seven bank nurses' NI numbers, sort codes and account numbers on it. Mr Achterberg rang to tell us. We have
asked him to delete it. We are telling the seven staff today so they can alert their banks.

Original attached.

Rhiannon Clegg
Financial Services Manager
"""
    m = build(n, addr("Rhiannon Clegg", "rhiannon.clegg@example.nhs.uk"), "Payroll data sent to member of public in error",
              "Thu, 26 Nov 2026 14:02:00 +0000", body, inner=inner)
    t = T("payroll_csv_sent_with_patient_refund", ["financial", "bank_details", "ni_number", "attachment_csv",
                                                   "rfc822_attached", "staff_as_subjects"],
          {"ni_number": [s[1] for s in staff]}, [s[0] for s in staff], ["Rhiannon Clegg", "Desmond Achterberg"],
          {"email_address": ["rhiannon.clegg@example.nhs.uk", "accounts.payable@example.nhs.uk", "d.achterberg@example.com"]},
          7, [], 4, 3,
          ["financial details: bank account numbers, sort codes and NI numbers of 7 staff",
           "sent to a member of the public", "deletion requested, not confirmed"])
    return m, t


@case
def patient_refund_list_wrong_supplier(n):
    pts = [("Mr Aleksander Nowicki", "1967-04-01", "23 Tennyson Street, Swindon SN1 5DT", "20-19-90", "53812047", "126.40"),
           ("Ms Priya Raghunathan", "1992-08-19", "8 Kingshill Road, Swindon sn1  4lg", "30-94-57", "01723385", "58.00"),
           ("Mrs Olwen Pugh", "1950-01-06", "Bryn Awel, Station Road, Purton SN5 4AB", "40-47-31", "77410962", "312.75"),
           ("Mr Delroy Campbell", "1975-11-23", "61 Ferndale Road, Swindon SN2 1EZ", "09-01-27", "40129983", "19.99"),
           ("Miss Yasmin El-Amin", "1999-02-14", "Flat 3, Regent Court, Swindon SN1 1LH", "60-02-14", "22908451", "84.00")]
    lines = ["Patient refunds - overpaid private patient / overseas visitor charges - BACS run 27/11",
             "Name\tNHS no\tD.O.B.\tAddress\tSort\tAcc\tAmount"]
    ids = {"nhs_number": [], "date_of_birth": [], "address": [], "postcode": []}
    for nm, dob, ad, so, ac, am in pts:
        nn = nhs()
        d = dmy(dob, "dot")
        lines.append(f"{nm}\t{nn}\t{d}\t{ad}\t{so}\t{ac}\t£{am}")
        ids["nhs_number"].append(nn); ids["date_of_birth"].append(d); ids["address"].append(ad)
        ids["postcode"].append(ad.split("Swindon ")[-1] if "Swindon " in ad else ad.split("Purton ")[-1])
    inner_body = "Hi Tom, BACS list for Friday as discussed.\n\n" + "\n".join(lines) + "\n\nThanks, Asif"
    body = f"""Dear IG,

Our income team sent the patient refunds BACS list to Tom at our linen supplier (Tom Hardcastle) instead of Tom
Hartley in Treasury. The supplier has acknowledged receipt; they have not yet confirmed deletion. Five patients with
bank details.

{outlook_fwd(addr('Asif Chaudhry', 'asif.chaudhry@gwh.example.nhs.uk'), 'Friday, 27 November 2026 09:31',
             addr('Tom Hardcastle', 'tom.hardcastle@cleanlinen.example.com'), 'BACS refunds Friday', inner_body)}

Asif Chaudhry
Income Officer, Great Western Hospitals
"""
    m = build(n, addr("Asif Chaudhry", "asif.chaudhry@gwh.example.nhs.uk"), "refund list with bank details sent to supplier",
              "Fri, 27 Nov 2026 11:15:00 +0000", body)
    t = T("patient_refund_list_wrong_supplier", ["financial", "bank_details", "tab_table", "inline_outlook"],
          ids, [p[0] for p in pts], ["Asif Chaudhry", "Tom Hardcastle", "Tom Hartley", "Tom", "Asif"],
          {"email_address": ["asif.chaudhry@gwh.example.nhs.uk", "tom.hardcastle@cleanlinen.example.com"]},
          5, [], 4, 3,
          ["financial details (bank accounts) with NHS numbers and addresses of 5 patients",
           "sent to an external supplier", "deletion not confirmed"])
    return m, t


# ================================================================== INSIDE THE TRUST'S OWN DOMAIN

@case
def internal_ward_handover_wrong_dl(n):
    pts = [("1", "HOLLAND, Gary", "K1034521", "12/01/1958", "NSTEMI, awaiting angio"),
           ("2", "Fatima Al-Sayed", "K2291004", "3.4.1949", "CAP, on IV abx"),
           ("3", "ZHOU Ling", "K1187632", "1966-09-30", "alcohol withdrawal, CIWA 4 hrly, pabrinex"),
           ("4", "Bernard O'Rourke", "K0998120", "17 Feb 1940", "fall, #NOF post op day 2"),
           ("5", "BAPTISTE, Marie-Claire", "K2045567", "28/06/1972", "DKA resolving"),
           ("6", "Wojciech Mazur", "K1776403", "09-11-1981", "cellulitis, IVDU, MRSA +ve")]
    rows = [["Bed", "Patient", "Hosp No", "DOB", "Issues", "EDD"]]
    for p in pts:
        rows.append(list(p) + [RNG.choice(["tbc", "Fri", "Mon", "?"])])
    body = """sorry sorry sorry

sent ward 7 handover to all-estates@ instead of ward7-nurses@, it autofilled. its gone to about 40 estates staff
inside the trust. ive sent a recall and an email asking them to delete. attached is what went

kim
ward clerk ward 7
"""
    inner = orig_msg(addr("Kim Ashdown", "kim.ashdown@nhs.net"), "all-estates-dl@nhs.net", "w7 handover am",
                     "Sat, 28 Nov 2026 07:12:00 +0000", "am handover attached")
    inner.add_attachment(csv_text(rows), subtype="csv", filename="w7 handover.csv")
    m = build(n, addr("Kim Ashdown", "kim.ashdown@nhs.net"), "handover sent to wrong list", "Sat, 28 Nov 2026 07:31:00 +0000",
              body, inner=inner)
    t = T("internal_ward_handover_wrong_dl", ["internal_only", "hurried", "lowercase", "attachment_csv", "rfc822_attached",
                                              "mixed_name_formats", "dob_formats", "substance_misuse"],
          {"hospital_number": [p[2] for p in pts], "date_of_birth": [p[3] for p in pts]},
          [p[1] for p in pts], ["Kim Ashdown", "kim"],
          {"email_address": ["kim.ashdown@nhs.net", "all-estates-dl@nhs.net"]},
          6, ["health", "substance_misuse"], 4, 2,
          ["ward handover with diagnoses, incl. alcohol withdrawal and injecting drug use",
           "stayed inside the trusted domain nhs.net (likelihood 2)"])
    return m, t


@case
def internal_snooping_neighbour_maternity(n):
    nn = nhs()
    dob = "1993-06-21"
    body = f"""Dear Caldicott Guardian / DPO,

The monthly privacy audit of our maternity system flagged an access pattern which I have now investigated.

Patient: Leanne Marie Cartwright, NHS No {nn}, DOB {dmy(dob, 'slash')}
Record accessed: maternity notes incl. booking history (previous termination, early pregnancy loss), scan reports.
Accessed 6 times between 2 and 19 November by a staff nurse on the surgical ward (not involved in her care).

The staff nurse is the patient's neighbour. Ms Cartwright contacted PALS on Monday because the nurse had congratulated
her on her pregnancy in the street before she had told anyone, and asked about "last time". The nurse has admitted
accessing the record. HR process started, access suspended.

All of this stayed within our systems, but I think it is reportable because the information was used.

Regards
Aled Morris
Information Governance Manager
East Lancashire Hospitals NHS Trust (example) | aled.morris@elht.example.nhs.uk | 01254 496 0300
"""
    m = build(n, addr("Aled Morris", "aled.morris@elht.example.nhs.uk"), "Inappropriate access - maternity record",
              "Tue, 24 Nov 2026 16:00:00 +0000", body)
    t = T("internal_snooping_neighbour_maternity", ["internal_only", "snooping", "misuse", "reproductive_health"],
          {"nhs_number": [nn], "date_of_birth": [dmy(dob, "slash")]},
          ["Leanne Marie Cartwright"], ["Aled Morris"],
          {"email_address": ["aled.morris@elht.example.nhs.uk"], "phone_number": ["01254 496 0300"]},
          1, ["reproductive_health"], 4, 5,
          ["maternity record incl. previous termination", "unauthorised access by staff",
           "misuse: information disclosed to the patient in the street"])
    return m, t


@case
def internal_strategy_minutes_cc_dl(n):
    dob_c = "2016-12-01"
    nc = nhs()
    minutes = f"""STRATEGY MEETING - CONFIDENTIAL
Child: Jayden Ferguson (DOB {dmy(dob_c, 'dash')}, NHS {sp(nc)})
Mother: Stacey Ferguson   Stepfather: Liam Docherty

Present: DS Ross (Police), S Lamb (Children's Social Care), Dr P Menon (Community Paediatrics), A Wright (School Nurse)

1. Jayden disclosed to his teacher that Liam "hits him with a belt". Bruising to buttocks seen by paediatrician.
2. Liam has a previous conviction for ABH. Stacey has a history of depression and was an inpatient in 2024.
3. Section 47 enquiry to proceed; child protection medical completed; Jayden to stay with maternal grandmother
   Pauline Ferguson, 07700 900 549, pending ICPC."""
    cc = ", ".join(["all-community-nursing-north@nhs.net", addr("Amanda Wright", "amanda.wright9@nhs.net"),
                    addr("Priya Menon", "priya.menon@nhs.net")])
    body = f"""Hi,

The minutes below were meant to go to the three health attendees only but I copied in the community nursing North
distribution list (approx 180 staff, all nhs.net) instead of the named school nurse. I've asked for it to be
recalled and deleted. It did not go outside nhs.net.

{outlook_fwd(addr('Hayley Summers', 'hayley.summers@nhs.net'), 'Monday, 30 November 2026 12:20',
             addr('Safeguarding Team', 'safeguarding.team@nhs.net'), 'Strategy minutes - JF', minutes, cc=cc)}

Hayley Summers
Safeguarding Administrator
"""
    m = build(n, addr("Hayley Summers", "hayley.summers@nhs.net"), "strategy minutes sent to wrong DL (internal)",
              "Mon, 30 Nov 2026 12:48:00 +0000", body)
    t = T("internal_strategy_minutes_cc_dl", ["internal_only", "safeguarding", "group_cc", "child_and_parent",
                                              "criminal", "inline_outlook"],
          {"nhs_number": [sp(nc)], "date_of_birth": [dmy(dob_c, "dash")], "phone_number": ["07700 900 549"]},
          ["Jayden Ferguson", "Stacey Ferguson", "Liam Docherty", "Pauline Ferguson"],
          ["Hayley Summers", "Amanda Wright", "Priya Menon", "Ross", "S Lamb", "P Menon", "A Wright"],
          {"email_address": ["hayley.summers@nhs.net", "safeguarding.team@nhs.net", "all-community-nursing-north@nhs.net",
                             "amanda.wright9@nhs.net", "priya.menon@nhs.net"]},
          4, ["safeguarding", "criminal", "mental_health"], 4, 2,
          ["child protection strategy minutes (abuse, conviction, mother's mental health)",
           "sent to ~180 staff but stayed inside nhs.net (likelihood 2)"])
    return m, t


# ================================================================== GROUP, PUBLISHED, MISUSE, LOST

@case
def mh_peer_group_invite_to(n):
    users = [("Natalie Brooks", "nat.brooks@example.com"), ("", "jdmoss84@example.org"), ("Adebayo Ogunbiyi", "adebayo.o@example.com"),
             ("Ciara Nolan", "ciaranolan@example.com"), ("Gavin Pryce", "gpryce@example.org"), ("", "lonely.piper@example.com"),
             ("Sunita Mistry", "sunita.mistry@example.com"), ("Kieran Walsh-Doyle", "kieran.wd@example.org"),
             ("Hollie Tranter", "hollietranter@example.com"), ("Marek Dvořák", "marek.dvorak@example.com"),
             ("Leonie Achebe", "leonie.achebe@example.org")]
    to = ", ".join(addr(a, b) for a, b in users)
    inner_body = """Hello everyone

Welcome to the Hearing Voices peer support group! Our first session is on Monday 7 December, 2-4pm at the Recovery
College. This is a safe space to share experiences of hearing voices and psychosis with others who understand.

Warm wishes
Early Intervention in Psychosis Team"""
    body = f"""Dear IG

An EIP support worker emailed 11 service users about the new Hearing Voices group with all of them visible in the To
field. The email makes clear they are under the psychosis service. One service user has replied-all, so others have
now had his mobile number in his signature as well. I've attached the original.

Sinead Horgan
Team Manager, Early Intervention in Psychosis, Leeds
0113 496 0744
"""
    inner = orig_msg(addr("EIP Leeds", "eip.leeds@nhs.net"), to, "Hearing Voices group - welcome!",
                     "Tue, 01 Dec 2026 10:01:00 +0000", inner_body)
    m = build(n, addr("Sinead Horgan", "sinead.horgan@nhs.net"), "Group email to EIP service users - not bcc'd",
              "Tue, 01 Dec 2026 11:30:00 +0000", body, inner=inner)
    t = T("mh_peer_group_invite_to", ["mental_health", "group_to_not_bcc", "rfc822_attached"],
          {"email_address": [b for a, b in users]}, [a for a, b in users if a], ["Sinead Horgan"],
          {"email_address": ["sinead.horgan@nhs.net", "eip.leeds@nhs.net"], "phone_number": ["0113 496 0744"]},
          11, ["mental_health"], 4, 3,
          ["11 service users' names and addresses visible to each other", "reveals they are under a psychosis service",
           "external personal addresses"])
    return m, t


@case
def marac_list_wrong_address(n):
    rows = [("Kelly Ann Moore", "1990-02-02", "33 Larch Grove, Hull HU5 3QT", "Darren Moore", "husband", "strangulation, threats to kill"),
            ("Parveen Akhtar", "1985-06-25", "7 Cleveland Street, Hull HU8 7BX", "Zahid Akhtar", "husband", "honour-based abuse, passport taken"),
            ("Joanne Sykes", "1977-10-10", "Flat 9, Orchard House, Hull HU3 2LW", "Ryan Gibbs", "ex-partner", "stalking, breach of non-molestation order"),
            ("Agata Wójcik", "1995-01-19", "58 Hessle Road, Hull hu3 2ad", "Piotr Wójcik", "partner", "pregnant, escalation, weapon")]
    rows_out = [["Victim", "D.O.B", "NHS", "Address", "Alleged perpetrator", "Relationship", "Risk"]]
    ids = {"date_of_birth": [], "nhs_number": [], "address": [], "postcode": []}
    names = []
    for v, dob, ad, p, rel, risk in rows:
        nn = nhs()
        d = dmy(dob, "slash")
        rows_out.append([v, d, nn, ad, p, rel, risk])
        ids["date_of_birth"].append(d); ids["nhs_number"].append(nn); ids["address"].append(ad)
        ids["postcode"].append(ad.rsplit("Hull ", 1)[1])
        names += [v, p]
    body = """Dear DPO,

The MARAC research list for this month (attached) was emailed by our IDVA health liaison to "marac@hullcc.example.org"
instead of the secure MARAC coordinator mailbox. The address does not exist as far as the council are aware and we did
not get a bounce; we don't know who receives mail at that address. Four victims and the alleged perpetrators are on it.

I've notified the MARAC chair.

Emma Lowther
Safeguarding Adults Lead, Hull University Teaching Hospitals
01482 496 0909
"""
    m = build(n, addr("Emma Lowther", "emma.lowther@nhs.net"), "MARAC list sent to wrong address",
              "Wed, 02 Dec 2026 09:00:00 +0000", body, attach=[("MARAC_Dec_health_research.csv", csv_text(rows_out))])
    t = T("marac_list_wrong_address", ["safeguarding", "domestic_abuse", "two_people_per_row", "attachment_csv",
                                       "criminal", "reproductive_health"],
          ids, names, ["Emma Lowther"],
          {"email_address": ["emma.lowther@nhs.net", "marac@hullcc.example.org"], "phone_number": ["01482 496 0909"]},
          8, ["safeguarding", "criminal", "reproductive_health"], 4, 3,
          ["domestic abuse victims' addresses and risk details with alleged perpetrators",
           "sent to an unknown external address", "risk of serious harm if it reaches a perpetrator"])
    return m, t


@case
def foi_disclosure_log_patient_rows(n):
    rows = [["Ref", "Pt", "Ident", "d.o.b", "Specialty", "Weeks waiting", "Priority"]]
    pts = [("Barry Thornton", "1955-05-05"), ("Nkechi Uzor", "1988-03-17"), ("Graham Pickles", "1949-12-30"),
           ("Amira Haddad", "1970-07-07"), ("Owen Price", "1963-02-28"), ("Zofia Kaminska", "1981-09-09"),
           ("Desmond Ofori", "1958-11-11"), ("Rebecca Illingworth", "1994-04-04"), ("Tariq Mahmood", "1967-08-16"),
           ("Carol Fenton", "1946-01-31")]
    specs = ["Ophthalmology", "Gynaecology", "Urology", "Orthopaedics", "ENT", "Gynaecology", "Urology",
             "Plastic surgery", "Orthopaedics", "Ophthalmology"]
    ids = {"nhs_number": [], "date_of_birth": []}
    for i, ((nm, dob), sp_) in enumerate(zip(pts, specs)):
        nn = nhs()
        d = dmy(dob, "compact")
        rows.append([f"FOI-4471-{i + 1:02d}", nm, nn, d, sp_, str(RNG.randint(40, 90)), RNG.choice(["P3", "P4", "Routine"])])
        ids["nhs_number"].append(nn); ids["date_of_birth"].append(d)
    body = """Dear IG team,

A member of the public has told us that the spreadsheet published on our website with FOI response 4471 (52+ week
waiters by specialty) contains patient-level data. The summary tab was meant to be the only one; the underlying
extract was published as well. It has been on the public disclosure log page since 13 November. Web team took the page
down at 15:10 today. The CSV of what was published is attached (only the patient-level part).

We do not know how many people downloaded it; analytics show 41 page views.

Philippa Crane
FOI & Information Governance Officer
"""
    m = build(n, addr("Philippa Crane", "philippa.crane@example.nhs.uk"), "FOI response published with patient data",
              "Thu, 03 Dec 2026 15:40:00 +0000", body,
              attach=[("FOI 4471 - response data.csv", csv_text(rows))])
    t = T("foi_disclosure_log_patient_rows", ["public_web_page", "published", "attachment_csv", "odd_headers",
                                              "dob_compact"],
          ids, [p[0] for p in pts], ["Philippa Crane"], {"email_address": ["philippa.crane@example.nhs.uk"]},
          10, ["health"], 3, 3,
          ["waiting list with NHS numbers, DOBs and specialty", "published on the trust's public web page (likelihood 4)",
           "taken down (likelihood -1)"])
    return m, t


@case
def gp_website_flu_bookings(n):
    pts = [("Reginald Hobbs", "14/02/1944", "01924 496 112", "over 65"),
           ("Anita Desai", "03/09/1979", "07700 900 201", "asthma"),
           ("Terence Mallon", "22/06/1951", "01924496378", "over 65, COPD"),
           ("Gloria Ampofo", "11/11/1990", "07700 900 332", "pregnant - 28 wks"),
           ("Ryan Dobson", "30/04/1985", "07700900467", "carer"),
           ("Hilda Schofield", "05/05/1938", "(01924) 496 509", "over 65, on chemotherapy"),
           ("Mohammed Asif Ali", "19/10/1962", "07700 900 615", "diabetes"),
           ("Elaine Crowther", "27/07/1973", "07700 900 720", "immunosuppressed - methotrexate")]
    trs = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>Sat 10 Oct</td></tr>" for a, b, c, d in pts)
    body = f"""<html><body>
<p>Hi,</p>
<p>Our website provider uploaded the wrong document to the <b>News</b> page of our practice website on Friday. It was
supposed to be the flu clinic poster but it was the Saturday clinic booking list. A patient spotted it and rang us this
morning. We have removed it (10:15 today) but it was public all weekend. It looked like this:</p>
<table border="1">
<tr><th>Patient</th><th>Born</th><th>Tel</th><th>Eligible</th><th>Clinic</th></tr>
{trs}
</table>
<p>Regards,<br>
Sandra Lockwood<br>
Practice Manager, Ossett Lane Surgery<br>
01924 496 000</p>
</body></html>"""
    m = build(n, addr("Sandra Lockwood", "sandra.lockwood@nhs.net"), "Patient list published on practice website",
              "Mon, 12 Oct 2026 10:55:00 +0100", body, html=True)
    t = T("gp_website_flu_bookings", ["gp_practice", "public_web_page", "published", "html_only", "html_table",
                                      "reproductive_health"],
          {"date_of_birth": [p[1] for p in pts], "phone_number": [p[2] for p in pts]}, [p[0] for p in pts],
          ["Sandra Lockwood"], {"email_address": ["sandra.lockwood@nhs.net"], "phone_number": ["01924 496 000"]},
          8, ["health", "reproductive_health"], 4, 3,
          ["booking list with DOBs, phones and conditions (pregnancy, chemotherapy)",
           "published on the practice's public website (likelihood 4)", "removed after the weekend (likelihood -1)"])
    return m, t


@case
def top_letter_ex_partner_misuse(n):
    nn = nhs()
    dob = "1997-12-12"
    body = f"""Dear Information Governance,

Serious incident to report from the Pregnancy Advisory Service.

Aoife Gallagher (NHS {nn}, DOB {dmy(dob, 'long')}) attended for a consultation on 5 November and asked that all
contact be by text only. An appointment letter for her termination procedure was nevertheless posted to her previous
address, 4 Railway Terrace, Wigan WN5 9AJ, where her ex-partner still lives. He opened it.

Since then he has sent her threatening messages, turned up at her workplace and told members of her family about the
pregnancy and the procedure. Aoife told us this yesterday when she attended; she is now staying with a friend. We have
made a safeguarding referral and she has reported him to the police.

The text-only preference was recorded in the clinic notes but not on the PAS alert field, so the letter was generated
automatically.

Regards
Fiona Tennant
Clinical Nurse Specialist, Pregnancy Advisory Service
Wrightington, Wigan and Leigh (example)
01942 496 0660
"""
    m = build(n, addr("Fiona Tennant", "fiona.tennant@wwl.example.nhs.uk"), "Letter sent to old address - patient now at risk",
              "Fri, 20 Nov 2026 12:00:00 +0000", body, cte="base64")
    t = T("top_letter_ex_partner_misuse", ["reproductive_health", "letter", "misuse", "old_address", "safeguarding"],
          {"nhs_number": [nn], "date_of_birth": [dmy(dob, "long")], "address": ["4 Railway Terrace, Wigan WN5 9AJ"],
           "postcode": ["WN5 9AJ"]},
          ["Aoife Gallagher"], ["Fiona Tennant"],
          {"email_address": ["fiona.tennant@wwl.example.nhs.uk"], "phone_number": ["01942 496 0660"]},
          1, ["reproductive_health", "safeguarding"], 4, 5,
          ["termination of pregnancy appointment", "opened by ex-partner who used it to threaten and expose the patient",
           "misuse reported"])
    return m, t


@case
def handover_found_car_park_public(n):
    public = """Hello,

I found these papers blowing about in the multi-storey car park (level 2) at the hospital this afternoon. They look
like nurses' notes with patients' names on so I've taken a photo and I'm emailing in case you need to know. I can
read:

Bay 1 bed 2 - Edna Baxter 84 - RXF4410723 - sepsis ?urine, confused, DNAR
Bay 1 bed 4 - Marcin Jabłoński 41 - RXF5521890 - overdose paracetamol, psych review, 1:1
Bay 2 bed 1 - Grace Adebayo-Smith 19 - RXF6672014 - asthma exacerbation
Bay 2 bed 3 - Francis Kilbride 77 - RXF3308125 - CVA, NBM, SALT
Side room 6 - Yusuf Hassan 58 - RXF4987302 - C diff, barrier nursing

I've put the sheets in the bin by the pay machine, sorry, I didn't know what else to do.

Tony Greaves"""
    body = f"""Hi IG,

PALS received the below yesterday evening. Security went to the car park this morning but the bin had already been
emptied. The sheets appear to be an AMU handover from Sunday.

{gmail_fwd(addr('Tony Greaves', 'tony.greaves58@example.com'), 'Sun, 29 Nov 2026 at 17:26', 'pals@midyorks.example.nhs.uk',
           'found patient papers in car park', public)}

Warm regards
Bernadette Leung
PALS Officer
"""
    m = build(n, addr("Bernadette Leung", "bernadette.leung@midyorks.example.nhs.uk"), "FW: found patient papers in car park",
              "Mon, 30 Nov 2026 09:45:00 +0000", body)
    t = T("handover_found_car_park_public", ["lost_paper", "found_by_public", "inline_gmail", "hospital_number",
                                             "mental_health"],
          {"hospital_number": ["RXF4410723", "RXF5521890", "RXF6672014", "RXF3308125", "RXF4987302"]},
          ["Edna Baxter", "Marcin Jabłoński", "Grace Adebayo-Smith", "Francis Kilbride", "Yusuf Hassan"],
          ["Bernadette Leung", "Tony Greaves"],
          {"email_address": ["bernadette.leung@midyorks.example.nhs.uk", "tony.greaves58@example.com",
                             "pals@midyorks.example.nhs.uk"]},
          5, ["health", "mental_health"], 4, 3,
          ["handover with diagnoses incl. paracetamol overdose and psychiatric review", "found and read by a member of the public",
           "sheets not recovered"])
    return m, t


@case
def unencrypted_laptop_drug_service(n):
    rows = []
    pts = [("Shane Kelly", "1984-03-14", "BD3 9AA", "methadone 60ml daily supervised"),
           ("Natasha Wright", "1991-07-02", "bd5 0rn", "buprenorphine 16mg"),
           ("Imran Shah", "1979-10-20", "BD8  7QS", "alcohol detox, thiamine"),
           ("Paul Barraclough", "1968-05-27", "BD4 6LT", "methadone 90ml, hep C +ve"),
           ("Jade Hinchliffe", "1996-12-31", "BD10 8PJ", "crack cocaine, pregnant 16/40"),
           ("Lukas Petrauskas", "1987-02-09", "BD3 0DS", "buprenorphine 8mg, on probation"),
           ("Michelle Dean", "1975-08-18", "BD6 1HN", "alcohol, Antabuse")]
    ids = {"nhs_number": [], "date_of_birth": [], "postcode": []}
    for nm, dob, pc, rx in pts:
        nn = nhs()
        d = dmy(dob, "slash")
        rows.append([nm, d, nn, pc, rx])
        ids["nhs_number"].append(nn); ids["date_of_birth"].append(d); ids["postcode"].append(pc)
    body = """Hello

Laptop theft. One of our recovery workers' cars was broken into outside a client's house last night and the work
laptop was taken from the boot (asset DRS-0291). IT have now checked and BitLocker was NOT enabled on this device - it
was missed when it was re-imaged in the summer. There was a local copy of her caseload spreadsheet on the desktop.
Police crime ref 13/190226/26.

I've attached the caseload from the shared drive (the same version as the one on the laptop). There is no header row on
the export, columns are name, dob, nhs number, postcode, script.

Darren Fletcher
Service Manager, Bradford Recovery Service (NHS partnership)
"""
    m = build(n, addr("Darren Fletcher", "darren.fletcher@bdct.example.nhs.uk"), "Stolen unencrypted laptop - caseload",
              "Thu, 03 Dec 2026 08:20:00 +0000", body, attach=[("caseload_export.csv", csv_text(rows))])
    t = T("unencrypted_laptop_drug_service", ["theft", "unencrypted_laptop", "attachment_csv", "no_header_row",
                                              "substance_misuse", "criminal"],
          ids, [p[0] for p in pts], ["Darren Fletcher"], {"email_address": ["darren.fletcher@bdct.example.nhs.uk"]},
          7, ["substance_misuse", "reproductive_health", "criminal"], 4, 3,
          ["drug and alcohol caseload with NHS numbers and prescriptions", "unencrypted laptop stolen"])
    return m, t


# ================================================================== NON-REPORTS

@case
def nonreport_out_of_office(n):
    body = """Thank you for your email. I am on annual leave from Monday 30 November returning Monday 7 December with
limited access to email.

For urgent information governance matters, including suspected data breaches, please contact the IG team on
0161 496 0900 or ig.team@example.nhs.uk. For Freedom of Information requests please use foi@example.nhs.uk.

Deborah Quayle
Head of Information Governance and Data Protection Officer
"""
    m = build(n, addr("Deborah Quayle", "deborah.quayle@example.nhs.uk"), "Automatic reply: Datix W88102 - follow up",
              "Mon, 30 Nov 2026 08:00:02 +0000", body,
              headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    t = T("nonreport_out_of_office", ["non_report", "auto_reply"], {}, [], ["Deborah Quayle"],
          {"email_address": ["deborah.quayle@example.nhs.uk", "ig.team@example.nhs.uk", "foi@example.nhs.uk"],
           "phone_number": ["0161 496 0900"]},
          0, [], 1, 1, ["automatic reply, no incident", "no personal data"])
    return m, t


@case
def nonreport_ig_newsletter(n):
    body = """<html><body>
<h2>IG Matters - December 2026</h2>
<p><b>Bcc, not To.</b> This quarter the ICO reprimanded another NHS organisation after a clinic emailed patients with
their addresses visible to each other. Whenever you email more than one patient, use Bcc - or better, use the mail-merge
tool in the patient communications system.</p>
<p><b>DSPT deadline.</b> Please complete your annual Data Security Awareness training before 31 March 2027. Current
compliance is 88%; the target is 95%.</p>
<p><b>Caldicott corner.</b> "Patient A" asked to see who had looked at her record. Did you know every patient can request
an access audit? Only open records you need for your work.</p>
<p><b>Report it.</b> If you think something has gone wrong, forward it to breach@example.nhs.uk - you will get a
reference number straight away. Near misses count too.</p>
<p>The IG Team | ext 4900 | Room 12, Trust HQ, Hope Road, Salford M6 8HD</p>
<p style="font-size:small">You are receiving this because you are on the all-staff list. To unsubscribe... you can't, sorry!</p>
</body></html>"""
    m = build(n, addr("IG Team", "ig.team@example.nhs.uk"), "IG Matters - December 2026 newsletter",
              "Tue, 01 Dec 2026 07:30:00 +0000", body, html=True, to="all-staff@example.nhs.uk",
              headers={"List-Id": "<all-staff.example.nhs.uk>", "Precedence": "bulk"})
    t = T("nonreport_ig_newsletter", ["non_report", "newsletter", "html_only"], {}, [], [],
          {"email_address": ["ig.team@example.nhs.uk", "all-staff@example.nhs.uk", "breach@example.nhs.uk"],
           "postcode": ["M6 8HD"], "address": ["Room 12, Trust HQ, Hope Road, Salford M6 8HD"]},
          0, [], 1, 1, ["newsletter, no incident", "no personal data"])
    return m, t


@case
def nonreport_training_question(n):
    body = """Hi,

quick question rather than a breach. We've been told on our mandatory training that it's ok to email a discharge
summary from our nhs.net account to a GP practice's nhs.net address without encryption, but a care home has asked us to
send the medication list to their ordinary business email. Do we have to use [secure] in the subject line for that, or
should we not be emailing it at all? And does it count as a breach if we do it without the patient's consent?

Also is there a list somewhere of which care homes have DSPT 'Standards Met'?

Thanks
Olamide Sowande
Discharge Coordinator, Ward 21
"""
    m = build(n, addr("Olamide Sowande", "olamide.sowande@nhs.net"), "question - emailing care homes",
              "Wed, 02 Dec 2026 13:25:00 +0000", body)
    t = T("nonreport_training_question", ["non_report", "policy_question"], {}, [], ["Olamide Sowande"],
          {"email_address": ["olamide.sowande@nhs.net"]},
          0, [], 1, 1, ["question about policy, no incident", "no personal data"])
    return m, t


@case
def nonreport_meeting_notes(n):
    body = """Notes - Information Governance Steering Group, 26 November 2026, Boardroom / Teams

Present: D Quayle (chair), R Okafor (Caldicott Guardian), T Nieminen (SIRO), H Blackwood (IT Security), P Crane (FOI)

1. Incidents: 14 logged in October (Datix W87911-W88102). 2 reported to the ICO (misdirected email; FOI spreadsheet).
   Themes: autofill in Outlook, Bcc. Action TN: ask IT to look at disabling autocomplete for external addresses.
2. DSPT: 88% training compliance. Action DQ: chase divisions below 85%.
3. Privacy audit: 3 investigations open, no names to be minuted.
4. Records management: off-site store contract renewal due 31/03/2027.
5. AOB: new breach mailbox live from 1 December - staff forward suspected breaches to breach@example.nhs.uk.

Next meeting 28 January 2027.
Minutes: Alison Penrose, IG Officer, 0161 496 0912
"""
    m = build(n, addr("Alison Penrose", "alison.penrose@example.nhs.uk"), "IGSG notes 26/11 - for info",
              "Thu, 26 Nov 2026 17:10:00 +0000", body)
    t = T("nonreport_meeting_notes", ["non_report", "meeting_notes"], {}, [],
          ["Alison Penrose", "D Quayle", "R Okafor", "T Nieminen", "H Blackwood", "P Crane"],
          {"email_address": ["alison.penrose@example.nhs.uk", "breach@example.nhs.uk"], "phone_number": ["0161 496 0912"]},
          0, [], 1, 1, ["meeting notes, no incident", "no personal data"])
    return m, t


@case
def nonreport_lost_encrypted_laptop(n):
    body = """Hi IG / IT security,

Reporting as instructed: I left my work laptop on the train (Northern, Leeds to Huddersfield, 17:42) yesterday. It has
not been handed in yet. IT have confirmed it is BitLocker encrypted with pre-boot PIN and was shut down, not asleep.
Asset tag LT-20931, serial 5CG2284QRT. I only use it for the estates capital programme - drawings and spreadsheets of
building costs, no patient data and nothing stored locally (everything is on OneDrive). IT have remotely disabled
the device and revoked my sessions.

Paul Weatherall
Capital Projects Manager, Estates
07700 900 999
"""
    m = build(n, addr("Paul Weatherall", "paul.weatherall@nhs.net"), "lost laptop on train (encrypted)",
              "Fri, 04 Dec 2026 08:02:00 +0000", body)
    t = T("nonreport_lost_encrypted_laptop", ["non_report", "lost_device", "encrypted", "near_miss"], {}, [],
          ["Paul Weatherall"], {"email_address": ["paul.weatherall@nhs.net"], "phone_number": ["07700 900 999"]},
          0, [], 1, 1, ["encrypted device, no personal data on it", "remotely disabled"], near_miss=True)
    return m, t


@case
def nonreport_ticket_notification(n):
    asset = nhs()  # a ten-digit asset number that happens to pass the mod-11 check: not an NHS number
    body = f"""*** This is an automated notification from the IT Service Desk. Please do not reply. ***

Incident INC0458812 has been updated.

Short description: Laptop keyboard replacement
Caller: Rachel Ingham (Outpatients Admin)
Configuration item: Dell Latitude 5440
Asset number: {asset}
Serial: 8HJ2KX3
Location: Outpatients Level 1, Room 1.14
Assignment group: EUC Hardware
State: Resolved
Resolution notes: Keyboard replaced under warranty, call ref DELL-215567331. Device re-imaged; BitLocker verified.

Change RITM0031177 linked. SLA: met (4h 12m).

To view the ticket go to https://servicedesk.example.nhs.uk/nav_to.do?uri=incident.do?sys_id=INC0458812
"""
    m = build(n, "IT Service Desk <servicedesk@example.nhs.uk>", "INC0458812 updated - Resolved",
              "Fri, 04 Dec 2026 10:15:00 +0000", body, headers={"Auto-Submitted": "auto-generated"})
    t = T("nonreport_ticket_notification", ["non_report", "ticket_notification", "checksum_trap"], {}, [],
          ["Rachel Ingham"], {"email_address": ["servicedesk@example.nhs.uk"]},
          0, [], 1, 1, ["IT ticket notification, no incident", "ten-digit asset number is not a health number"])
    return m, t


# ================================================================== write

def main():
    os.makedirs(OUT, exist_ok=True)
    truth = []
    for i, fn in enumerate(CASES, 1):
        m, t = fn(i)
        for j, part in enumerate(m.walk()):  # fixed MIME boundaries: byte-identical reruns
            if part.get_content_maintype() == "multipart":
                part.set_boundary(f"=_fresh6_{i:02d}_{j}_=")
        fname = f"{i:02d}-{t['scenario'].replace('_', '-')}.eml"
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(bytes(m))
        truth.append(dict(file=fname, **t))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in truth:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(f"wrote {len(truth)} emails to {OUT}")


if __name__ == "__main__":
    main()
