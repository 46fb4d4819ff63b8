#!/usr/bin/env python3
"""Generate the blind2 evaluation corpus (30 .eml + truth.jsonl), deterministically.

    /work/venv/bin/python tests/data/blind2/make_corpus.py

Every identifier is written into the mail through a Case method that records the truth from the
same value; afterwards each .eml is re-parsed, every part decoded (HTML, CSV, XLSX, DOCX, nested
message/rfc822) and each recorded written form is checked to be present and to normalise (with the
scorer's own normalisers) to the truth value.
"""
import csv
import datetime as dt
import email
import hashlib
import zipfile
import html as htmlmod
import io
import json
import os
import random
import re
import sys
from email import policy
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/shared/eval")
import score  # noqa: E402  (normalisers only)

rng = random.Random(20261123)
REPORT_TO = "Breach Mailbox <breach@example.nhs.uk>"


# ------------------------------------------------------------------ number generators
def mod11(d9):
    s = sum(int(d) * w for d, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    return 0 if c == 11 else (None if c == 10 else c)


def nhs_number(lo=400_000_000, hi=499_999_999):
    while True:
        d9 = str(rng.randint(lo, hi))
        c = mod11(d9)
        if c is not None:
            return d9 + str(c)


def bad_mod11_10digits():
    while True:
        d9 = str(rng.randint(400_000_000, 799_999_999))
        c = mod11(d9)
        if c is not None:
            return d9 + str((c + rng.randint(1, 9)) % 10)


def chi_number(born, female):
    while True:
        base = born.strftime("%d%m%y") + f"{rng.randint(0, 99):02d}"
        sexd = rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
        d9 = base + str(sexd)
        c = mod11(d9)
        if c is not None:
            return d9 + str(c)


def ni_number():
    bad1, bad2 = set("DFIQUV"), set("DFIQUVO")
    banned = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    while True:
        p = rng.choice(L) + rng.choice(L)
        if p[0] in bad1 or p[1] in bad2 or p in banned:
            continue
        return p + f"{rng.randint(0, 999999):06d}" + rng.choice("ABCD")


def fmt_nhs(n, style=0):
    return [f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"][style]


def fmt_ni(n, spaced=True):
    return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}" if spaced else n


def mob():
    return f"07700 900{rng.randint(0, 999):03d}"


def land(area):
    return {"0113": "0113 496 0", "0114": "0114 496 0", "0115": "0115 496 0", "0117": "0117 496 0",
            "0118": "0118 496 0", "0121": "0121 496 0", "0131": "0131 496 0", "0141": "0141 496 0",
            "0151": "0151 496 0", "0161": "0161 496 0", "020": "020 7946 0", "028": "028 9649 6",
            "029": "029 2018 0", "01632": "01632 960"}[area] + f"{rng.randint(0, 999):03d}"


def dob(y0, y1):
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


# ------------------------------------------------------------------ truth recorder
class Case:
    all = []

    def __init__(self, file, scenario, tags):
        self.file, self.scenario, self.tags = file, scenario, sorted(tags)
        self.ids, self.ign = {}, {}
        self.names, self.ign_names = [], []
        self.written = []  # (kind, written, truth value)
        self.subjects = 0
        self.cats = set()
        self.near_miss = False
        self.assessment = None
        Case.all.append(self)

    def _add(self, d, kind, val):
        lst = d.setdefault(kind, [])
        if val not in lst:
            lst.append(val)

    def id(self, kind, written, ignorable=False):
        val = score.normalise(kind, written)
        self._add(self.ign if ignorable else self.ids, kind, val)
        self.written.append((kind, written, val))
        return written

    def ig(self, kind, written):
        return self.id(kind, written, ignorable=True)

    def name(self, written, record_as=None):
        v = record_as or written
        if v not in self.names:
            self.names.append(v)
        self.written.append(("person_name", written, v))
        return written

    def staff(self, written):
        if written not in self.ign_names:
            self.ign_names.append(written)
        return written
        return written

    def addr(self, line1, town, pc, sep="\n", ignorable=False, key=None):
        full = f"{key or line1}, {town}, {score.norm_postcode(pc)}"
        self._add(self.ign if ignorable else self.ids, "address", full)
        self.written.append(("address", line1, full))
        self.id("postcode", pc, ignorable)
        return f"{line1}{sep}{town}{sep}{pc}"

    def grade(self, sev, lik, basis, near_miss=False):
        self.near_miss = near_miss
        self.assessment = {"severity": sev, "likelihood": lik, "reportable": lik >= 3 and sev >= 2,
                           "basis": basis}

    def truth(self):
        ids = {k: sorted(v) for k, v in sorted(self.ids.items())}
        ign = {k: sorted(v) for k, v in sorted(self.ign.items())}
        return {"file": self.file, "scenario": self.scenario, "tags": self.tags, "identifiers": ids,
                "names": sorted(self.names), "ignorable_names": sorted(self.ign_names), "ignorable": ign,
                "subjects": self.subjects, "special_categories": sorted(self.cats),
                "near_miss": self.near_miss, "no_identifiers": not ids and not self.names,
                "assessment": self.assessment}


# ------------------------------------------------------------------ forward blocks
def outlook(frm, sent, to, subject, body, cc=None):
    cc = f"Cc: {cc}\n" if cc else ""
    return (f"\n________________________________\nFrom: {frm}\nSent: {sent}\nTo: {to}\n{cc}"
            f"Subject: {subject}\n\n{body}")


def gmail(frm, date, to, subject, body):
    return (f"\n---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\nSubject: {subject}\n"
            f"To: {to}\n\n{body}")


def original(frm, sent, to, subject, body):
    return (f"\n-----Original Message-----\nFrom: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{body}")


def quoted(who, when, body):
    return f"\nOn {when}, {who} wrote:\n" + "\n".join("> " + l if l else ">" for l in body.split("\n"))


# ------------------------------------------------------------------ attachments
def csv_bytes(header, rows, delim=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


def xlsx_bytes(sheets):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, header, rows in sheets:
        ws = wb.create_sheet(title)
        ws.append(header)
        for r in rows:
            ws.append(r)
    fixed = dt.datetime(2026, 10, 1, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "breachdesk-blind2"
    buf = io.BytesIO()
    wb.save(buf)
    return pin_zip(buf.getvalue())


def docx_bytes(paras, table=None):
    import docx
    d = docx.Document()
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    fixed = dt.datetime(2026, 10, 1, 9, 0, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.author = "blind2"
    buf = io.BytesIO()
    d.save(buf)
    return pin_zip(buf.getvalue())


def pin_zip(data):
    """Rewrite a zip (XLSX/DOCX) with fixed timestamps so the corpus is byte-for-byte reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" with the time of saving
                blob = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2026-10-01T09:00:00Z\g<2>", blob)
            dst.writestr(zi, blob)
    return out.getvalue()


XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def mail(frm, to, subject, date, body=None, html=None, cte=None, attachments=(), cc=None, mid=None,
         charset="utf-8"):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = mid or f"<{hashlib.sha1((frm + subject + date).encode()).hexdigest()[:16]}.blind2@example.nhs.uk>"
    if body is not None and html is not None:
        m.set_content(body, cte=cte, charset=charset)
        m.add_alternative(html, subtype="html", cte=cte, charset=charset)
    elif html is not None:
        m.set_content(html, subtype="html", cte=cte, charset=charset)
    else:
        m.set_content(body or "", cte=cte, charset=charset)
    for a in attachments:
        if isinstance(a, EmailMessage):
            m.add_attachment(a)
        else:
            fn, data, (mt, st) = a
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m


def pin_boundaries(m, tag):
    i = 0
    for part in m.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary(f"=_blind2_{tag}_{i}")
        if part.get_content_type() == "message/rfc822":
            for sub in part.get_payload():
                pin_boundaries(sub, f"{tag}n{i}")


def sig(c, name, role, org, phone, email_addr):
    c.staff(name)
    c.ig("phone_number", phone)
    c.ig("email_address", email_addr)
    return f"\n{name}\n{role}\n{org}\nTel: {phone}\n{email_addr}\n"


EMAILS = {}


def emit(c, m):
    pin_boundaries(m, c.file[:3])
    EMAILS[c.file] = m


def trusted(addr):
    return addr.lower().endswith(("@nhs.net", "@example.nhs.uk"))


# ================================================================== scenarios
def k01():
    c = Case("k01-gp-repeat-prescription-wrong-patient-gmail.eml", "gp_repeat_prescription_wrong_patient_gmail",
             ["inline_outlook", "plain", "cte_qp", "polish_name"])
    n = nhs_number()
    b = dob(1951, 1959)
    ph = mob()
    wrong = "t.wisniewski.home@gmail.com"
    c.ig("email_address", wrong)
    inner = (f"Dear {c.staff('Mr Wiśniewski')},\n\n"
             "Your repeat prescription request has been authorised and sent electronically to your nominated pharmacy.\n\n"
             f"Patient: {c.name('Zbigniew Wiśniewski')}\n"
             f"Date of birth: {c.id('date_of_birth', b.strftime('%d/%m/%Y'))}\n"
             f"NHS No: {c.id('nhs_number', fmt_nhs(n))}\n"
             f"Contact: {c.id('phone_number', ph)}\n\n"
             "Items issued:\n  Apixaban 5mg tablets - 56\n  Bisoprolol 2.5mg tablets - 28\n  Atorvastatin 40mg - 28\n\n"
             "Your medication review is due in March. Please book with Dr Quayle.\n\n"
             "Prescriptions Team\nHollin Lane Surgery\nTel: " + c.ig("phone_number", land("0161")) + "\n")
    c.staff("Dr Quayle")
    body = ("Hi IG,\n\nOne of our admin team has sent a repeat prescription confirmation to the wrong email address. "
            "The patient's son has the same surname and his address was on the record from years ago - "
            "it looks like autocomplete picked it. We've phoned him and he hasn't replied yet.\n\nThanks\n"
            + sig(c, "Gemma Rowbotham", "Practice Manager", "Hollin Lane Surgery", land("0161"), "gemma.rowbotham@nhs.net")
            + outlook(f"{c.staff('Kirsty Partington')} <kirsty.partington1@nhs.net>", "Tuesday, 6 October 2026 11:42",
                      wrong, "Repeat prescription - authorised", inner))
    c.ig("email_address", "kirsty.partington1@nhs.net")
    c.subjects = 1
    c.cats = {"health"}
    c.grade(3, 3, ["health information about an identified person (medication list with NHS number)",
                   "sent to a personal gmail.com address outside the trusted domains",
                   "no confirmation of deletion"])
    emit(c, mail("Gemma Rowbotham <gemma.rowbotham@nhs.net>", REPORT_TO, "FW: Repeat prescription - authorised",
                 "Tue, 06 Oct 2026 13:05:00 +0100", body, cte="quoted-printable"))


def k02():
    c = Case("k02-pharmacy-emergency-contraception-wrong-gp.eml", "pharmacy_emergency_contraception_wrong_gp_internal",
             ["plain", "original_message", "cte_qp", "reproductive"])
    n = nhs_number(600_000_000, 799_999_999)
    b = dob(2004, 2007)
    pc = "WF1 3QS"
    body_in = ("Pharmacy consultation record - Emergency hormonal contraception\n\n"
               f"Name: {c.name('Chidinma Eze-Okafor')}\n"
               f"DOB: {c.id('date_of_birth', b.strftime('%d.%m.%Y'))}\n"
               f"NHS number {c.id('nhs_number', fmt_nhs(n, 1))}\n"
               f"Address: {c.addr('9 Thornes Park Rise', 'Wakefield', pc, sep=', ')}\n\n"
               "Levonorgestrel 1.5mg supplied under PGD. UPSI approx 40 hours before consultation. "
               "Advised pregnancy test in 3 weeks if no period. Offered chlamydia screening kit - accepted.\n\n"
               "Pharmacist: Imran Bashir (GPhC 2071234)\nKirkgate Pharmacy, 14 Kirkgate, Wakefield WF1 1HX\n")
    c.staff("Imran Bashir")
    c.ig("postcode", "WF1 1HX")
    body = ("Hello,\n\nWe received this from Kirkgate Pharmacy this morning but the patient is not registered with us - "
            "the pharmacy picked Westgate Medical Practice instead of Westgate End Surgery. I've let the pharmacy know "
            "and we've not filed it. Who should it go to now?\n\n"
            + sig(c, "Lorraine Haigh", "Reception Supervisor", "Westgate Medical Practice", land("0113"), "westgate.medical@nhs.net")
            + original(f"Kirkgate Pharmacy <kirkgate.pharmacy@nhs.net>", "07 October 2026 09:14",
                       "westgate.medical@nhs.net", "Post-event message - EHC", body_in))
    c.ig("email_address", "kirkgate.pharmacy@nhs.net")
    c.subjects = 1
    c.cats = {"health", "reproductive_health", "sexual_health"}
    c.grade(4, 2, ["especially sensitive about an identified person: emergency contraception (reproductive/sexual health)",
                   "sent to the wrong GP practice inside the trusted domains (nhs.net)"])
    emit(c, mail("Lorraine Haigh <westgate.medical@nhs.net>", REPORT_TO, "FW: Post-event message - EHC",
                 "Wed, 07 Oct 2026 10:31:00 +0100", body, cte="quoted-printable"))


def k03():
    c = Case("k03-ambulance-handover-html-table-care-home.eml", "ambulance_handover_html_table_care_home_external",
             ["html_only", "html_table", "cte_base64"])
    n = nhs_number()
    b = dob(1934, 1940)
    nok_ph = mob()
    pcode = "LS12 4PT"
    rows = [("Patient", c.name("Eileen Margaret Boothroyd")), ("D.O.B.", c.id("date_of_birth", b.strftime("%d-%b-%Y"))),
            ("NHS", c.id("nhs_number", fmt_nhs(n))), ("Home address", c.addr("Flat 2 Moorfield Court", "Leeds", pcode, sep=", ")),
            ("Next of kin", c.name("Graham Boothroyd") + " (son) " + c.id("phone_number", nok_ph)),
            ("Presenting complaint", "Unwitnessed fall at 04:10, found on floor by night carer. Long lie ~2h. "
                                     "Pain R hip, shortening + external rotation. Known Alzheimer's dementia, AF on warfarin."),
            ("Obs", "RR 20, SpO2 95% RA, HR 104 irreg, BP 108/64, GCS 14 (baseline), BM 6.1"),
            ("Incident ref", "CAD 2610070413 / ePR 88213")]
    table = "".join(f"<tr><th align='left'>{htmlmod.escape(k)}</th><td>{htmlmod.escape(v)}</td></tr>" for k, v in rows)
    c.staff("Aled Pritchard")
    c.ig("email_address", "aled.pritchard@nhs.net")
    html = ("<html><body><p>Hi,</p><p>Please log this. Our crew emailed the patient handover summary to the care home "
            "manager's address as asked, but the address they had was the home's old generic inbox, which is now run by the "
            "new owner's head office (Larchwood Care Group). They have confirmed receipt but not deletion.</p>"
            f"<p>Aled Pritchard<br>Clinical Team Leader, Northern Ambulance Service<br>Tel: {c.ig('phone_number', land('0113'))}</p>"
            "<hr><p><b>From:</b> NAS Leeds Hub &lt;nas.leedshub@nhs.net&gt;<br><b>Sent:</b> 07 October 2026 07:02<br>"
            "<b>To:</b> manager@larchwood-care.example.co.uk<br><b>Subject:</b> Patient handover - Moorfield Court</p>"
            f"<table border='1' cellpadding='3'>{table}</table>"
            "<p>Conveyed to St Cuthbert's Hospital ED.</p></body></html>")
    c.ig("email_address", "nas.leedshub@nhs.net")
    c.ig("email_address", "manager@larchwood-care.example.co.uk")
    c.subjects = 2
    c.cats = {"health"}
    c.grade(3, 3, ["health information about an identified person (ambulance handover, dementia, fall)",
                   "sent to a care company outside the trusted domains (example.co.uk)",
                   "receipt confirmed, deletion not confirmed"])
    emit(c, mail("Aled Pritchard <aled.pritchard@nhs.net>", REPORT_TO, "FW: Patient handover - Moorfield Court",
                 "Wed, 07 Oct 2026 12:40:00 +0100", html=html, cte="base64"))


def k04():
    c = Case("k04-hospice-eol-plan-wrong-relative-gmail.eml", "hospice_end_of_life_plan_wrong_relative_gmail",
             ["inline_gmail", "plain", "welsh_names", "next_of_kin"])
    n = nhs_number(600_000_000, 799_999_999)
    b = dob(1946, 1950)
    wrong = "ffion.ap.rhys@gmail.com"
    c.ig("email_address", wrong)
    c.staff("Ffion ap Rhys")
    inner = (f"Dear {c.staff('Mrs Hughes')},\n\nAs promised at the family meeting, here is a copy of the advance care plan "
             "we agreed for your husband.\n\n"
             f"Patient: {c.name('Iorwerth Llewelyn Hughes')}   NHS No: {c.id('nhs_number', fmt_nhs(n))}\n"
             f"Born: {c.id('date_of_birth', b.strftime('%-d %B %Y'))}\n"
             f"Address: {c.addr('Bryn Derw, Heol y Mynydd', 'Pontypridd', 'CF37 2LN', sep=', ')}\n"
             f"Wife / NOK: {c.name('Angharad Hughes')}, tel {c.id('phone_number', land('029'))}\n\n"
             "Diagnosis: metastatic pancreatic cancer. DNACPR in place (signed 02/10/2026). Preferred place of death: home. "
             "Anticipatory medicines prescribed (midazolam, morphine, levomepromazine, glycopyrronium).\n\n"
             "With kind regards,\nCatrin Morgan, Clinical Nurse Specialist\nYsbyty Gofal Tŷ Hafan Hospice\n")
    c.staff("Catrin Morgan")
    c.names.sort()
    body = ("Bore da,\n\nReporting an incident: our CNS sent Mr Hughes's advance care plan to an address she thought was his "
            "daughter's, but it belongs to a former neighbour (similar name). The neighbour rang us, very kind, and said "
            "she would delete it.\n\nDiolch,\n"
            + sig(c, "Rhodri Bevan", "Governance Lead", "Tŷ Hafan Hospice", land("029"), "rhodri.bevan@example.nhs.uk")
            + gmail(f"Catrin Morgan <catrin.morgan@example.nhs.uk>", "Thu, 8 Oct 2026 at 16:22", f"<{wrong}>",
                    "Advance care plan - as discussed", inner))
    c.ig("email_address", "catrin.morgan@example.nhs.uk")
    c.staff("Mr Hughes")
    c.subjects = 2
    c.cats = {"health"}
    c.grade(3, 3, ["health information about an identified person (advance care plan, DNACPR, cancer diagnosis)",
                   "sent to a member of the public's gmail.com address outside the trusted domains",
                   "recipient only said she would delete it: no containment credit"])
    emit(c, mail("Rhodri Bevan <rhodri.bevan@example.nhs.uk>", REPORT_TO, "Fwd: Advance care plan - as discussed",
                 "Fri, 09 Oct 2026 08:50:00 +0100", body))


def k05():
    c = Case("k05-dental-recall-xlsx-supplier.eml", "dental_recall_xlsx_software_supplier_external",
             ["xlsx", "rows_9", "surname_first_columns"])
    people = [("O'Callaghan", "Siobhán"), ("MacLeod", "Ruaridh"), ("Nwosu", "Adaeze"), ("Kowalczyk", "Agnieszka"),
              ("Hussain", "Mohammed Ali"), ("Li", "Wen"), ("Al-Rashid", "Layla"), ("Ní Bhriain", "Aoife"),
              ("Pemberton-Shaw", "Harriet")]
    pcs = ["NE4 5QB", "NE6 2XR", "NE15 7AN", "NE3 1JD", "NE12 9EG", "NE2 4LS", "NE7 7HF", "NE5 3PW", "NE13 6DY"]
    rows = []
    for (sn, fn), pc in zip(people, pcs):
        c.name(f"{fn} {sn}")
        d = dob(1950, 2015)
        rows.append([sn, fn, c.id("date_of_birth", d.strftime("%d/%m/%Y")), c.id("postcode", pc),
                     c.id("phone_number", mob()), rng.choice(["6m exam", "12m exam", "Hygienist", "Scale & polish"]),
                     rng.choice(["Band 1", "Band 2", "Exempt - under 18", "Exempt - HC2"])])
    data = xlsx_bytes([("Recall Nov", ["Pt Surname", "Pt Forename", "D.O.B", "Post Code", "Mobile No", "Recall type", "Charge band"], rows)])
    body = ("Hi,\n\nWhile raising a support ticket (#CS-448120) for our recall texts not sending, one of the nurses attached "
            "the recall spreadsheet to the email to the software supplier (Dentrix UK helpdesk). They didn't need it. "
            "I've asked them to delete it; no reply yet.\n\nInvoice " + bad_mod11_10digits() + " for the texting bundle is unrelated.\n"
            + sig(c, "Paula Greaves", "Practice Manager", "Jesmond Smile Dental Care", land("0151"), "paula.greaves@jesmondsmile.example.co.uk")
            + outlook(f"{c.staff('Nadia Kaur')} <reception@jesmondsmile.example.co.uk>", "12 October 2026 10:03",
                      "support@dentrix-uk.example.com", "Recall SMS not sending",
                      "Hi, recall texts have not gone out since Friday. Spreadsheet attached. Thanks, Nadia"))
    c.ig("email_address", "reception@jesmondsmile.example.co.uk")
    c.ig("email_address", "support@dentrix-uk.example.com")
    c.subjects = 9
    c.cats = {"health"}
    c.grade(3, 3, ["health information about identified people (dental recall list, exemption status)",
                   "sent to a software supplier outside the trusted domains (example.com)",
                   "deletion requested, not confirmed"])
    emit(c, mail("Paula Greaves <paula.greaves@jesmondsmile.example.co.uk>", REPORT_TO, "FW: Recall SMS not sending",
                 "Mon, 12 Oct 2026 14:12:00 +0100", body, attachments=[("Recall_Nov.xlsx", data, XLSX)]))


def k06():
    c = Case("k06-sexual-health-sms-reminder-wrong-mobile.eml", "sexual_health_sms_reminder_wrong_mobile",
             ["plain", "sms", "west_african_name"])
    wrong = mob()
    c.ig("phone_number", wrong)
    body = ("Dear IG team,\n\nA member of the public phoned the clinic today to say he received a text reminder meant for "
            "somebody else. The mobile number on the patient's record had a digit transposed. The text read:\n\n"
            f"  \"Hi {c.name('Oluwaseun Adebayo-Williams')}, reminder of your appt at the Rosewood Centre (GUM & HIV clinic) "
            "on 20/10 at 14:30 for your 3-monthly PrEP review and HIV/syphilis bloods. Reply C to cancel.\"\n\n"
            f"The record has been corrected to {c.id('phone_number', mob())}. The caller ({wrong}) said he has deleted the text. "
            f"Patient's date of birth for your reference: {c.id('date_of_birth', dob(1990, 1998).strftime('%d/%m/%y'))}, "
            f"clinic number {c.id('hospital_number', 'GUM' + str(rng.randint(100000, 999999)))}.\n\n"
            "Regards\n" + sig(c, "Dr Hannah Fairweather", "Consultant in GU Medicine", "Rosewood Centre", land("0117"),
                              "hannah.fairweather@nhs.net"))
    c.subjects = 1
    c.cats = {"health", "sexual_health"}
    c.grade(4, 2, ["especially sensitive about an identified person: sexual health (GUM/HIV clinic, PrEP)",
                   "sent to a wrong mobile number outside the organisation (likelihood 3)",
                   "containment: recipient states he has deleted the text (likelihood -1)"])
    emit(c, mail("Dr Hannah Fairweather <hannah.fairweather@nhs.net>", REPORT_TO, "SMS reminder to wrong number",
                 "Thu, 15 Oct 2026 16:44:00 +0100", body))


def k07():
    c = Case("k07-prison-healthcare-solicitor-personal.eml", "prison_healthcare_mental_health_to_solicitor_personal",
             ["plain", "original_message", "criminal", "prison_number_decoy"])
    n = nhs_number()
    b = dob(1985, 1995)
    inner = ("Mental health in-reach summary\n\n"
             f"Name: {c.name('KARIMI, Dawood', record_as='KARIMI, Dawood')}   Prison no: A4821CK   Wing: C2\n"
             f"DOB {c.id('date_of_birth', b.strftime('%d/%m/%Y'))}   NHS {c.id('nhs_number', fmt_nhs(n, 2))}\n\n"
             "On remand for s.18 wounding. Reviewed following ACCT opened 03/10 after ligature found in cell. "
             "Diagnosis: PTSD, emotionally unstable personality disorder; previous admission under s.3 MHA. "
             "Currently on sertraline 100mg. Plan: daily in-reach contact, psychiatry review Friday.\n\n"
             "Sam Okoro, RMN, HMP Ashdown Healthcare\n")
    c.staff("Sam Okoro")
    wrong = "j.feltham1972@btinternet.com"
    c.ig("email_address", wrong)
    body = ("Please see below. The solicitor's firm is Feltham & Co; I meant to use their secure address but sent it to "
            "Jonathan Feltham's personal one from an old email chain. He's replied saying it's fine and he'll forward it on "
            "to the work account, which is not what we want.\n\n"
            + sig(c, "Sam Okoro", "Mental Health In-Reach Nurse", "HMP Ashdown Healthcare (Medway Health Partnership)",
                  land("01632"), "sam.okoro@nhs.net")
            + original("Okoro Sam <sam.okoro@nhs.net>", "14 October 2026 17:55", f"{c.staff('Jonathan Feltham')} <{wrong}>",
                       "Mr Karimi - MH summary for court", inner))
    c.staff("Mr Karimi")
    c.subjects = 1
    c.cats = {"health", "mental_health", "criminal"}
    c.grade(4, 3, ["especially sensitive about an identified person: mental health (PTSD, self-harm, MHA history); criminal offence data",
                   "sent to a personal btinternet.com address outside the trusted domains",
                   "no deletion; recipient intends to forward"])
    emit(c, mail("Sam Okoro <sam.okoro@nhs.net>", REPORT_TO, "FW: Mr Karimi - MH summary for court",
                 "Thu, 15 Oct 2026 09:02:00 +0100", body))


def k08():
    c = Case("k08-learning-disability-hospital-passport-docx.eml", "learning_disability_hospital_passport_docx_day_centre",
             ["docx", "docx_table", "vulnerable_adult", "next_of_kin", "gmail_forward"])
    n = nhs_number(600_000_000, 799_999_999)
    b = dob(1992, 1999)
    table = [["My name", c.name("Declan Joseph McGuinness")], ["I like to be called", "Dec"],
             ["Date of birth", c.id("date_of_birth", b.strftime("%d/%m/%Y"))],
             ["NHS number", c.id("nhs_number", fmt_nhs(n))],
             ["Where I live", c.addr("14 Larkspur Close", "Stockport", "SK4 3RW", sep=", ")],
             ["Person to contact", f"{c.name('Bernadette McGuinness')} (Mum) {c.id('phone_number', land('0161'))}"],
             ["My health", "Down's syndrome, hypothyroidism, epilepsy (tonic-clonic, last seizure Aug 2026). "
                           "Keppra 750mg twice a day. Levothyroxine 100mcg."],
             ["Communication", "Uses Makaton and some words. Gets anxious with loud noises and needles."]]
    doc = docx_bytes(["My Hospital Passport", "Please read this before you do anything to me.",
                      "Completed with the Community Learning Disability Team, 2026."], table)
    c.staff("Rachel Entwistle")
    body = ("Hi both,\n\nForwarding for the incident log. Our CLDT nurse emailed Dec's hospital passport to Brightside Day "
            "Opportunities at the wrong site - it went to the Bramhall centre he doesn't attend. The centre manager there, "
            "Vicky, has confirmed in writing she's deleted the email and the attachment, and emptied deleted items.\n\n"
            + sig(c, "Kerry Ashworth", "Team Manager, Community Learning Disability Team", "Pennine Care Partnership",
                  land("0161"), "kerry.ashworth@nhs.net")
            + gmail("Rachel Entwistle <rachel.entwistle@nhs.net>", "Mon, 19 Oct 2026 at 09:12",
                    "Brightside Bramhall <bramhall@brightside-day.example.org.uk>", "Hospital passport for Dec",
                    "Hi, as discussed please find attached Dec's updated hospital passport for his file. Thanks Rachel"))
    c.ig("email_address", "rachel.entwistle@nhs.net")
    c.ig("email_address", "bramhall@brightside-day.example.org.uk")
    c.subjects = 2
    c.cats = {"health"}
    c.grade(3, 2, ["health information about an identified vulnerable adult (hospital passport, epilepsy)",
                   "sent to a day-care provider outside the trusted domains (likelihood 3)",
                   "containment: written confirmation of deletion (likelihood -1)"])
    emit(c, mail("Kerry Ashworth <kerry.ashworth@nhs.net>", REPORT_TO, "Fwd: Hospital passport for Dec",
                 "Mon, 19 Oct 2026 15:20:00 +0100", body,
                 attachments=[("Hospital Passport - D McGuinness.docx", doc, DOCX)]))


def k09():
    c = Case("k09-maternity-antenatal-csv-wrong-ward.eml", "maternity_antenatal_clinic_csv_internal",
             ["csv", "rows_8", "reproductive", "semicolon_free"])
    people = ["Priya Ramanathan", "Ama Owusu-Ansah", "Jodie Thwaites", "Fatima Zahra Benali", "Sinéad Gallagher",
              "Xiaoling Zhou", "Kayleigh-Ann Brennan", "Nkechi Obi"]
    rows = []
    for p in people:
        n = nhs_number()
        rows.append([c.id("hospital_number", f"K{rng.randint(1000000, 9999999)}"), c.name(p),
                     c.id("nhs_number", n), c.id("date_of_birth", dob(1985, 2004).strftime("%d/%m/%Y")),
                     f"{rng.randint(12, 39)}+{rng.randint(0, 6)}", f"G{rng.randint(1, 5)}P{rng.randint(0, 3)}",
                     rng.choice(["GDM - diet", "Previous LSCS", "Low risk", "Twins DCDA", "PET risk - aspirin", "BMI 41"])])
    data = csv_bytes(["Unit No", "Woman's name", "NHS No.", "DOB", "Gestation", "Gravida/Para", "Risk factors"], rows)
    body = ("Hi,\n\nThe antenatal clinic list for Thursday was emailed to Ward 22 (gynae) instead of the Birth Centre. "
            "Ward 22 sister rang me; she has not deleted it yet as she wanted to check with us first.\n\n"
            "Thanks\n" + sig(c, "Shabana Mirza", "Antenatal Clinic Coordinator", "Riverside Women's Unit",
                             land("0121"), "shabana.mirza@nhs.net")
            + outlook("Shabana Mirza <shabana.mirza@nhs.net>", "21 October 2026 16:40",
                      "Ward 22 <ward22.riverside@nhs.net>", "ANC list Thursday 22/10",
                      "Please find attached Thursday's list. Maternity support workers please prep notes."))
    c.ig("email_address", "ward22.riverside@nhs.net")
    c.subjects = 8
    c.cats = {"health", "reproductive_health"}
    c.grade(4, 2, ["especially sensitive about identified people: reproductive health (pregnancy, obstetric history)",
                   "sent to another ward inside the trusted domains (nhs.net)"])
    emit(c, mail("Shabana Mirza <shabana.mirza@nhs.net>", REPORT_TO, "FW: ANC list Thursday 22/10",
                 "Wed, 21 Oct 2026 17:05:00 +0100", body, cte="quoted-printable",
                 attachments=[("ANC_22-10-2026.csv", data, ("text", "csv"))]))


def k10():
    c = Case("k10-crisis-team-note-posted-facebook.eml", "crisis_team_note_ex_partner_posted_facebook",
             ["nested_forward_2", "inline_outlook", "inline_gmail", "published", "mental_health"])
    b = dob(1996, 2001)
    rio = f"RIO{rng.randint(100000, 999999)}"
    inner2 = (f"Crisis Resolution & Home Treatment - contact note\n\nService user: {c.name('Jade Ferreira-Lopes')}\n"
              f"D.O.B: {c.id('date_of_birth', b.strftime('%d/%m/%Y'))}  RiO: {c.id('hospital_number', rio)}\n"
              f"Mobile: {c.id('phone_number', mob())}\n\n"
              "Home visit. Disclosed overdose of 20 paracetamol on Sunday, did not attend A&E. Ongoing suicidal ideation, "
              "no current plan. Reports controlling behaviour from ex-partner. Bipolar affective disorder, stopped lithium "
              "in September. Plan: twice-daily visits, medic review tomorrow.\n\nMarcus Devlin, CPN\n")
    c.staff("Marcus Devlin")
    mid = ("Can you check this? The note was emailed to Jade to sign her crisis plan, but it went to the email her ex set "
           "up for her. He has posted a photo of it on Facebook in a public post with her name.\n"
           + gmail("Marcus Devlin <marcus.devlin@nhs.net>", "Tue, 20 Oct 2026 at 18:02",
                   "jadeylopes@hotmail.co.uk", "Your crisis plan", inner2))
    c.ig("email_address", "jadeylopes@hotmail.co.uk")
    body = ("IG - urgent. The post is still live as of 10:15; we have asked Facebook to remove it and the police have been "
            "informed by Jade's sister.\n"
            + sig(c, "Tendai Moyo", "Team Manager, Crisis Resolution & Home Treatment", "Mersey Vale Mental Health NHS Trust",
                  land("0151"), "tendai.moyo@nhs.net")
            + outlook(f"{c.staff('Marcus Devlin')} <marcus.devlin@nhs.net>", "21 October 2026 09:48",
                      f"{c.staff('Tendai Moyo')} <tendai.moyo@nhs.net>", "FW: Your crisis plan", mid))
    c.ig("email_address", "marcus.devlin@nhs.net")
    c.subjects = 1
    c.cats = {"health", "mental_health", "safeguarding"}
    c.grade(4, 4, ["especially sensitive about an identified person: mental health (overdose, bipolar), domestic abuse",
                   "published on social media (public Facebook post, still live)"])
    emit(c, mail("Tendai Moyo <tendai.moyo@nhs.net>", REPORT_TO, "URGENT FW: Your crisis plan",
                 "Wed, 21 Oct 2026 10:20:00 +0100", body))


def k11():
    c = Case("k11-childrens-social-care-liaison-recalled.eml", "childrens_social_care_liaison_internal_recalled",
             ["plain", "cte_base64", "child", "safeguarding", "original_message"])
    n_child = nhs_number()
    b_child = dt.date(2023, 2, 14)
    inner = ("Health Visiting - Safeguarding liaison form\n\n"
             f"Child: {c.name('Zainab Begum-Choudhury')}   DOB {c.id('date_of_birth', b_child.strftime('%d/%m/%Y'))}\n"
             f"NHS No {c.id('nhs_number', fmt_nhs(n_child))}\n"
             f"Mother: {c.name('Rukhsana Begum')}  DOB {c.id('date_of_birth', dob(1998, 2002).strftime('%d/%m/%Y'))}\n"
             f"Address: {c.addr('27a Cheetham Hill Road', 'Manchester', 'M8 8EP', sep=', ')}\n\n"
             "Child on a Child Protection Plan (category: neglect) since 01/09/2026. Missed 2 HV contacts. Weight dropped "
             "from 25th to 9th centile. Strategy discussion requested with Children's Social Care.\n")
    body = ("Hi IG,\n\nI sent the attached liaison form to the wrong MASH inbox (the adults one). I recalled it within 10 minutes - "
            "the recall report says it was successful and the adults MASH duty manager confirmed by email that it was deleted "
            "unread.\n\n"
            + sig(c, "Olivia Sandhu", "Specialist Safeguarding Health Visitor", "Irwell Community Health",
                  land("0161"), "olivia.sandhu@nhs.net")
            + original("Sandhu Olivia <olivia.sandhu@nhs.net>", "22 October 2026 11:03",
                       "Adults MASH <adults.mash@example.nhs.uk>", "Liaison - Z B-C", inner))
    c.ig("email_address", "adults.mash@example.nhs.uk")
    c.subjects = 2
    c.cats = {"health", "safeguarding"}
    c.grade(4, 2, ["especially sensitive about an identified child: safeguarding (child protection plan)",
                   "sent to the wrong team inside the trusted domains (example.nhs.uk)",
                   "recall successful and deletion confirmed (likelihood already at its floor of 2)"])
    emit(c, mail("Olivia Sandhu <olivia.sandhu@nhs.net>", REPORT_TO, "FW: Liaison - Z B-C (sent to wrong MASH)",
                 "Thu, 22 Oct 2026 11:40:00 +0100", body, cte="base64"))


def k12():
    c = Case("k12-care-agency-rota-xlsx-personal-gmail.eml", "care_agency_rota_xlsx_carer_personal_gmail",
             ["xlsx", "rows_7", "key_safe", "care_agency"])
    people = [("Mrs", "Winifred", "Oyelaran"), ("Mr", "Harold", "Ackroyd"), ("Mrs", "Gwladys", "Prothero"),
              ("Mr", "Stanisław", "Nowicki"), ("Miss", "Doreen", "MacKinnon"), ("Mr", "Balwinder", "Gill"),
              ("Mrs", "Mei Ling", "Tan")]
    streets = ["3 Orchard Walk", "58 Station Road", "11 Chapel Fold", "Flat 6 Priory House", "120 Lidget Lane",
               "7 Wharf Street", "19 Cemetery Road"]
    pcs = ["HD1 4NB", "HD2 2JR", "HD3 3AX", "HD5 8PE", "HD8 0QL", "HD4 6HS", "HD7 5TW"]
    rows = []
    for (t, f, s), st, pc in zip(people, streets, pcs):
        c.name(f"{f} {s}")
        c.id("address", st)  # placeholder, replaced below
        rows.append([f"{t} {f} {s}", st, c.id("postcode", pc), f"{rng.randint(1000, 9999)}",
                     rng.choice(["07:30", "08:15", "12:00", "17:30"]),
                     rng.choice(["Catheter care, PEG feed", "Insulin prompt (type 2 diabetes)", "Pressure area care",
                                 "Stoma bag change", "Medication prompt - dementia", "Hoist x2, PD meds time critical"])])
    # record addresses properly as "first line, town, postcode"
    c.ids.pop("address")
    c.written = [w for w in c.written if w[0] != "address"]
    for st, pc in zip(streets, pcs):
        full = f"{st}, Huddersfield, {pc}"
        c._add(c.ids, "address", full)
        c.written.append(("address", st, full))
    data = xlsx_bytes([("Week 44", ["Client", "Address line 1", "Postcode", "Key safe", "Call time", "Care tasks"], rows)])
    body = ("Hello,\n\nOur coordinator sent next week's rota to a carer's personal Gmail because the carer said she couldn't get "
            "into the work app. The rota includes key safe codes. The carer left us on Friday and isn't answering. We are "
            "changing all the key safe codes today.\n\nKind regards\n"
            + sig(c, "Beverley Sutcliffe", "Registered Manager", "Kirklees Homecare Ltd", land("0113"),
                  "bev.sutcliffe@kirkleeshomecare.example.co.uk")
            + outlook(f"{c.staff('Dean Haworth')} <rota@kirkleeshomecare.example.co.uk>", "24 October 2026 19:20",
                      "lozzy.carer88@gmail.com", "rota wk 44", "Hi hun rota attached x"))
    c.ig("email_address", "rota@kirkleeshomecare.example.co.uk")
    c.ig("email_address", "lozzy.carer88@gmail.com")
    c.subjects = 7
    c.cats = {"health"}
    c.grade(3, 3, ["health information about identified people (care tasks, diagnoses), plus key safe codes",
                   "sent to a former carer's personal gmail.com address outside the trusted domains",
                   "no containment"])
    emit(c, mail("Beverley Sutcliffe <bev.sutcliffe@kirkleeshomecare.example.co.uk>", REPORT_TO, "FW: rota wk 44",
                 "Mon, 26 Oct 2026 08:30:00 +0000", body, attachments=[("Rota_wk44.xlsx", data, XLSX)]))


def k13():
    c = Case("k13-ot-home-visit-report-outlook-deleted.eml", "ot_home_visit_report_namesake_outlook_deleted",
             ["plain", "cte_base64", "quoted_reply", "gaelic_name"])
    n = nhs_number()
    b = dob(1941, 1947)
    wrong = "morag.macaulay@outlook.com"
    c.ig("email_address", wrong)
    report = ("Occupational Therapy Home Assessment\n"
              f"Client: {c.name('Morag Ceit MacAulay')}   DoB: {c.id('date_of_birth', b.strftime('%-d/%-m/%Y'))}\n"
              f"NHS no: {c.id('nhs_number', fmt_nhs(n))}\n"
              f"Home: {c.addr('2 Tigh na Mara, Shore Road', 'Oban', 'PA34 4LP', sep=', ')}\n"
              "Reason: falls x3 since discharge after L neck of femur fracture. Recommend perching stool, 2 grab rails at "
              "back door, raised toilet seat, pendant alarm.\n")
    reply = ("Hello, I think this was sent to me in error - I am not the lady named and I don't live in Oban! "
             "I have deleted it and emptied my deleted folder.\nMorag")
    body = ("Hi, please see the reply below from the person who received our home-visit report. I typed the client's name "
            "in the To box and Outlook offered the wrong Morag MacAulay (an old external contact).\n\n"
            + sig(c, "Eilidh Robertson", "Occupational Therapist", "Lorn Community Rehab Team", land("0141"),
                  "eilidh.robertson@nhs.net")
            + quoted(f"{c.staff('Morag MacAulay')} <{wrong}>", "Tue, 27 Oct 2026 at 20:11", reply + "\n"
                     + quoted("Eilidh Robertson <eilidh.robertson@nhs.net>", "Tue, 27 Oct 2026 at 14:05",
                              "Dear Mrs MacAulay, please find your report below.\n\n" + report)))
    c.staff("Mrs MacAulay")
    c.subjects = 1
    c.cats = {"health"}
    c.grade(3, 2, ["health information about an identified person (OT report, fracture, falls)",
                   "sent to a namesake's outlook.com address outside the trusted domains (likelihood 3)",
                   "containment: recipient states she has deleted it (likelihood -1)"])
    emit(c, mail("Eilidh Robertson <eilidh.robertson@nhs.net>", REPORT_TO, "Fw: Re: Your home assessment report",
                 "Wed, 28 Oct 2026 09:00:00 +0000", body, cte="base64"))


def k14():
    c = Case("k14-audiology-repair-list-html-manufacturer.eml", "audiology_repair_list_html_table_manufacturer",
             ["html_only", "html_table", "cte_qp", "rows_5"])
    people = ["Gareth Wyn Jenkins", "Ngozi Chukwuemeka", "Jan Dvořák", "Hamida Rahman", "Colin Fitzpatrick-O'Shea"]
    trs = []
    for p in people:
        n = nhs_number(600_000_000, 799_999_999)
        trs.append("<tr>" + "".join(f"<td>{htmlmod.escape(v)}</td>" for v in [
            c.name(p), c.id("nhs_number", fmt_nhs(n)), c.id("date_of_birth", dob(1935, 1965).strftime("%d/%m/%Y")),
            rng.choice(["Phonak Audeo L90", "Oticon More 2", "Signia Pure C&G 7AX"]),
            f"SN{rng.randint(10000000, 99999999)}", rng.choice(["No sound L", "Receiver wax", "Won't charge"])]) + "</tr>")
    c.staff("Helen Quigley")
    html = ("<html><head><meta charset='utf-8'></head><body><p>Dear IG,</p>"
            "<p>Our repair log was emailed to the hearing aid manufacturer's returns desk. They only need serial numbers; "
            "the names, NHS numbers and dates of birth should have been removed. The returns desk has not responded.</p>"
            f"<p>Helen Quigley<br>Lead Audiologist, Audiology Department, Queen's Park Hospital<br>"
            f"{c.ig('phone_number', land('0114'))} | {c.ig('email_address', 'helen.quigley@nhs.net')}</p><hr>"
            "<p><b>From:</b> Audiology Admin &lt;audiology.qph@nhs.net&gt;<br><b>Sent:</b> 28 October 2026 12:30<br>"
            "<b>To:</b> returns@hearcare-devices.example.com<br><b>Subject:</b> Repairs batch 2026-43</p>"
            "<table border='1'><tr><th>Patient</th><th>NHS number</th><th>DOB</th><th>Device</th><th>Serial</th>"
            f"<th>Fault</th></tr>{''.join(trs)}</table><p>Courier ref: DPD 15501234567890</p></body></html>")
    c.ig("email_address", "audiology.qph@nhs.net")
    c.ig("email_address", "returns@hearcare-devices.example.com")
    c.subjects = 5
    c.cats = {"health"}
    c.grade(3, 3, ["health information about identified people (hearing aid repairs with NHS numbers)",
                   "sent to a manufacturer outside the trusted domains (example.com)"])
    emit(c, mail("Helen Quigley <helen.quigley@nhs.net>", REPORT_TO, "FW: Repairs batch 2026-43",
                 "Wed, 28 Oct 2026 15:10:00 +0000", html=html, cte="quoted-printable"))


def k15():
    c = Case("k15-podiatry-diabetic-foot-wrong-gp.eml", "podiatry_diabetic_foot_letter_wrong_gp_internal",
             ["plain", "cte_qp", "inline_outlook", "decoy_dear_dr", "surname_caps"])
    n = nhs_number()
    b = dob(1958, 1966)
    letter = (f"Dear {c.staff('Dr Okonkwo')},\n\n"
              f"Re: {c.name('Tegwen PARRY-DAVIES', record_as='Tegwen PARRY-DAVIES')}  "
              f"D.O.B. {c.id('date_of_birth', b.strftime('%d.%m.%Y'))}  NHS No. {c.id('nhs_number', fmt_nhs(n))}\n"
              f"{c.addr('Pen-y-Bryn Farm', 'Llandeilo', 'SA19 6RL', sep=', ')}\n\n"
              "I reviewed this lady in the High Risk Foot Clinic. She has type 2 diabetes with peripheral neuropathy and a "
              "neuropathic ulcer under the 1st metatarsal head of the right foot (SINBAD 2). Off-loading boot supplied. "
              "HbA1c 74 mmol/mol. Please consider referral to the diabetes specialist nurse.\n\n"
              "Yours sincerely\nSioned Powell, Specialist Podiatrist\n")
    c.staff("Sioned Powell")
    body = ("Morning,\n\nWe have received the letter below but this patient is not ours - she's registered at Tywi Valley Practice. "
            "Dr Okonkwo left us two years ago, so I think the podiatry system has the GP out of date. Letter not filed.\n\n"
            + sig(c, "Mererid Thomas", "Medical Secretary", "Ammanford Health Centre", land("029"),
                  "mererid.thomas@nhs.net")
            + outlook("Podiatry Hywel Dda <podiatry.hd@nhs.net>", "29 October 2026 08:12",
                      "ammanford.hc@nhs.net", "Clinic letter", letter))
    c.ig("email_address", "podiatry.hd@nhs.net")
    c.ig("email_address", "ammanford.hc@nhs.net")
    c.subjects = 1
    c.cats = {"health"}
    c.grade(3, 2, ["health information about an identified person (clinic letter, diabetes, foot ulcer)",
                   "sent to the wrong GP practice inside the trusted domains (nhs.net)"])
    emit(c, mail("Mererid Thomas <mererid.thomas@nhs.net>", REPORT_TO, "FW: Clinic letter - not our patient",
                 "Thu, 29 Oct 2026 09:25:00 +0000", body, cte="quoted-printable"))


def k16():
    c = Case("k16-radiology-report-insurer-wrong-address.eml", "radiology_ct_report_wrong_insurer_external",
             ["plain", "original_message", "accession_decoy", "arabic_name"])
    b = dob(1970, 1980)
    mrn = f"MRN{rng.randint(1000000, 9999999)}"
    report = ("CT CHEST/ABDOMEN/PELVIS WITH CONTRAST\n"
              f"Patient: {c.name('Youssef Haddad')}   DOB: {c.id('date_of_birth', b.strftime('%d-%m-%Y'))}   "
              f"Hosp No: {c.id('hospital_number', mrn)}\n"
              f"Accession: RAD{rng.randint(10000000, 99999999)}   Referrer: Mr P Achebe\n\n"
              "Findings: 3.2 cm mass in the right kidney upper pole, enhancing, in keeping with renal cell carcinoma. "
              "No nodal or metastatic disease. Incidental 6 mm RLL nodule.\nConclusion: likely RCC T1a. Urgent MDT.\n"
              "Reported by Dr Lucy Farrant, Consultant Radiologist\n")
    c.staff("Mr P Achebe")
    c.staff("Dr Lucy Farrant")
    wrong = "claims@medishield-insurance.example.com"
    c.ig("email_address", wrong)
    body = ("Dear IG,\n\nOur private patients office sent the attached CT report (pasted below) to MediShield Insurance "
            "instead of Aurelia Health, the patient's actual insurer. MediShield have acknowledged it under their ticket "
            "MS-2026-118842 and said it will be 'handled per policy'.\n\n"
            + sig(c, "Ian Crowther", "Private Patients Manager", "Wolds Teaching Hospitals NHS Trust", land("0118"),
                  "ian.crowther@nhs.net")
            + original("Private Patients Office <ppu.wolds@nhs.net>", "29 October 2026 15:47", wrong,
                       "Pre-authorisation - imaging report", "Please find the report for pre-authorisation.\n\n" + report))
    c.ig("email_address", "ppu.wolds@nhs.net")
    c.subjects = 1
    c.cats = {"health"}
    c.grade(3, 3, ["health information about an identified person (CT report, cancer)",
                   "sent to an insurer outside the trusted domains (example.com); no deletion confirmed"])
    emit(c, mail("Ian Crowther <ian.crowther@nhs.net>", REPORT_TO, "FW: Pre-authorisation - imaging report",
                 "Fri, 30 Oct 2026 10:02:00 +0000", body))


def k17():
    c = Case("k17-pathology-hba1c-csv-forward-as-attachment.eml", "pathology_results_csv_forward_as_attachment_internal",
             ["rfc822", "csv", "rows_10", "decoy_lab_numbers"])
    people = ["Abdirahman Warsame", "Kerry-Louise Dobbs", "Seán Ó Muirí", "Bronwen Griffiths", "Rajesh Venkataraman",
              "Oksana Hnatyuk", "Emeka Nwachukwu", "Lisa-Marie Fenwick", "Huw ab Owen", "Yuki Tanaka-Hill"]
    rows = []
    for p in people:
        n = nhs_number()
        rows.append([f"L{rng.randint(10000000, 99999999)}", c.name(p), c.id("nhs_number", fmt_nhs(n, 1)),
                     c.id("date_of_birth", dob(1940, 1990).strftime("%Y-%m-%d")), "HbA1c",
                     str(rng.randint(40, 110)), "mmol/mol"])
    data = csv_bytes(["Lab No", "Patient Name", "NHSNo", "DateOfBirth", "Test", "Result", "Units"], rows)
    inner = mail("Blood Sciences Results <bloodsciences.results@nhs.net>", "Eastfield Surgery <eastfield.surgery@nhs.net>",
                 "Results batch 2026-10-30", "Fri, 30 Oct 2026 07:15:00 +0000",
                 "Automated results export attached. Do not reply.",
                 attachments=[("results_20261030.csv", data, ("text", "csv"))], mid="<res20261030@nhs.net>")
    c.ig("email_address", "bloodsciences.results@nhs.net")
    c.ig("email_address", "eastfield.surgery@nhs.net")
    body = ("Hi,\n\nThis batch of results arrived at Eastfield today but none of these patients are ours - I think the "
            "practice code mapping is wrong on the lab side. Forwarding the original as an attachment as you asked.\n\n"
            + sig(c, "Joanne Pickersgill", "Results Administrator", "Eastfield Surgery", land("0115"),
                  "joanne.pickersgill@nhs.net"))
    c.subjects = 10
    c.cats = {"health"}
    c.grade(3, 2, ["health information about identified people (blood results)",
                   "sent to the wrong GP practice inside the trusted domains (nhs.net)"])
    emit(c, mail("Joanne Pickersgill <joanne.pickersgill@nhs.net>", REPORT_TO, "Results received in error",
                 "Fri, 30 Oct 2026 11:45:00 +0000", body, attachments=[inner]))


def k18():
    c = Case("k18-nhs111-call-summary-ni-hc-wrong-practice.eml", "nhs111_call_summary_hc_number_wrong_practice",
             ["plain", "northern_ireland", "hc_number", "inline_gmail"])
    hc = nhs_number(320_000_000, 399_999_999)
    b = dob(1979, 1985)
    inner = ("111 CALL SUMMARY - for information\n"
             f"Caller/patient: {c.name('Ciarán Mac Giolla Bhríde')}\n"
             f"DoB: {c.id('date_of_birth', b.strftime('%d/%m/%Y'))}\n"
             f"H&C No: {c.id('hc_number', fmt_nhs(hc))}\n"
             f"Address: {c.addr('41 Glenshane Gardens', 'Derry', 'BT48 8QW', sep=', ')}\n"
             f"Call back no.: {c.id('phone_number', land('028'))}\n\n"
             "Symptoms: central chest tightness 40 min, radiating to jaw, sweaty. Disposition: ambulance dispatched (Cat 2). "
             "Pathways case ID " + bad_mod11_10digits() + ".\n")
    body = ("Hello,\n\nWe got this 111 summary by email but the patient isn't registered with us and we're not the practice "
            "on his card. Deleted from our inbox after forwarding to you.\n\n"
            + sig(c, "Orla Devine", "Practice Manager", "Foyleside Family Practice", land("028"), "orla.devine@example.nhs.uk")
            + gmail("NI 111 Clinical Hub <ni111.hub@example.nhs.uk>", "Sat, 31 Oct 2026 at 02:14",
                    "Foyleside Family Practice <foyleside.gp@example.nhs.uk>", "111 Call Summary", inner))
    c.ig("email_address", "ni111.hub@example.nhs.uk")
    c.ig("email_address", "foyleside.gp@example.nhs.uk")
    c.subjects = 1
    c.cats = {"health"}
    c.grade(3, 2, ["health information about an identified person (111 call summary, chest pain, H&C number)",
                   "sent to the wrong practice inside the trusted domains (example.nhs.uk)",
                   "recipient deleted it (likelihood already at its floor of 2)"])
    emit(c, mail("Orla Devine <orla.devine@example.nhs.uk>", REPORT_TO, "Fwd: 111 Call Summary",
                 "Mon, 02 Nov 2026 08:44:00 +0000", body))


def k19():
    c = Case("k19-complaint-response-neighbour-gmail.eml", "complaint_response_child_sent_to_neighbour_external",
             ["plain", "inline_outlook", "complaint", "child", "ni_number_decoy_free"])
    b_child = dt.date(2016, 6, 3)
    n_child = nhs_number(600_000_000, 799_999_999)
    wrong = "dave.kettlewell64@gmail.com"
    c.ig("email_address", wrong)
    letter = (f"Dear {c.name('Mrs Aisha Abdullahi')},\n\n"
              f"Re: your complaint about the care of your son, {c.name('Ibrahim Abdullahi')} "
              f"(date of birth {c.id('date_of_birth', b_child.strftime('%d %B %Y'))}, NHS number {c.id('nhs_number', fmt_nhs(n_child))})\n\n"
              "Thank you for your letter of 2 October. I am sorry that Ibrahim waited over five hours in the Children's "
              "Emergency Department with a suspected appendicitis and that his operation was delayed until the next day. "
              "Our investigation found that the surgical registrar was called to theatre twice...\n\n"
              f"Your home address on our file: {c.addr('66 Kirkstall Avenue', 'Leeds', 'LS5 3DT', sep=', ')}\n"
              f"Telephone: {c.id('phone_number', mob())}\n\n"
              "Yours sincerely\n\nDr Philippa Greenhalgh\nChief Executive\n")
    c.staff("Dr Philippa Greenhalgh")
    c.staff("Mrs Abdullahi")
    body = ("Hi,\n\nI'm afraid the formal response to Mrs Abdullahi's complaint was emailed to her neighbour, who sent "
            "the original complaint on her behalf - but she withdrew her consent for him to act for her on 12 October "
            "and asked us to write to her directly. He has emailed back asking for a meeting.\n\n"
            + sig(c, "Simone Achterberg", "Complaints Officer", "Airedale & Wharfe Hospitals NHS Trust", land("0113"),
                  "simone.achterberg@nhs.net")
            + outlook("Complaints Team <complaints.awh@nhs.net>", "3 November 2026 14:02", f"{c.staff('Dave Kettlewell')} <{wrong}>",
                      "Complaint response - ref C26/0419", letter))
    c.ig("email_address", "complaints.awh@nhs.net")
    c.subjects = 2
    c.cats = {"health"}
    c.grade(3, 3, ["health information about an identified child (complaint response, ED care, surgery)",
                   "sent to a third party's gmail.com address after consent was withdrawn"])
    emit(c, mail("Simone Achterberg <simone.achterberg@nhs.net>", REPORT_TO, "FW: Complaint response - ref C26/0419",
                 "Tue, 03 Nov 2026 16:10:00 +0000", body))


def k20():
    c = Case("k20-sar-bundle-docx-wrong-requester.eml", "sar_response_docx_wrong_requester_external",
             ["docx", "sar", "mental_health", "ni_number", "chinese_name"])
    n = nhs_number()
    b = dob(1988, 1993)
    ni = ni_number()
    paras = ["Subject Access Request - disclosure bundle (part 2 of 3)",
             f"Data subject: {c.name('Chen Jiahui')}",
             f"Date of birth: {c.id('date_of_birth', b.strftime('%d/%m/%Y'))}",
             f"NHS Number: {c.id('nhs_number', fmt_nhs(n))}",
             f"National Insurance: {c.id('ni_number', fmt_ni(ni))}",
             f"Address: {c.addr('Flat 12, Cathay House, 5 Pitt Street', 'Liverpool', 'L1 4BE', sep=', ', key='Flat 12 Cathay House 5 Pitt Street')}",
             "Extract from community mental health team records:",
             "14/03/2025 Seen by psychiatrist. Diagnosis: recurrent depressive disorder, severe, with psychotic features. "
             "Started mirtazapine and aripiprazole. Risk: historic self-harm (cutting), no current intent.",
             "02/06/2025 Care coordinator visit. Housing difficulties; referred to Citizens Advice re Universal Credit.",
             "Redactions applied under Sch 3 Part 2 DPA 2018 (serious harm test) on pages 4 and 9."]
    doc = docx_bytes(paras)
    wrong = "stevenchen.uk@yahoo.co.uk"
    c.ig("email_address", wrong)
    body = ("To the IG team,\n\nWe had two subject access requests from people called Chen in the same week. Part 2 of Ms Chen "
            "Jiahui's bundle was sent to the other requester (Steven Chen, " + wrong + "). He has replied saying he has 'read it and will "
            "keep it as evidence of your incompetence'.\n\n"
            + sig(c, "Adrian Molyneux", "SAR Officer, Information Rights", "Mersey Vale Mental Health NHS Trust", land("0151"),
                  "adrian.molyneux@nhs.net"))
    c.staff("Steven Chen")
    c.staff("Ms Chen")
    c.subjects = 1
    c.cats = {"health", "mental_health"}
    c.grade(4, 3, ["especially sensitive about an identified person: mental health records (SAR bundle), NI number",
                   "sent to another member of the public (yahoo.co.uk) who refuses to delete"])
    emit(c, mail("Adrian Molyneux <adrian.molyneux@nhs.net>", REPORT_TO, "SAR part 2 sent to wrong requester",
                 "Wed, 04 Nov 2026 10:15:00 +0000", body, attachments=[("SAR-2026-311 part 2.docx", doc, DOCX)]))


def k21():
    c = Case("k21-scotland-chi-discharge-care-home.eml", "scotland_chi_discharge_summary_care_home_external_negations",
             ["plain", "cte_qp", "scotland", "chi", "negation", "original_message"])
    b = dt.date(1939, 11, 23)
    chi = chi_number(b, female=True)
    summ = ("IMMEDIATE DISCHARGE LETTER\n"
            f"Name: {c.name('Elspeth Drummond-Murray')}   CHI: {c.id('chi_number', chi)}\n"
            f"Date of birth: {c.id('date_of_birth', b.strftime('%d/%m/%Y'))}\n"
            "Ward: Ward 7, Ninewells Hospital\n"
            "Diagnosis: urosepsis with delirium, resolved. New AF - started edoxaban.\n"
            "Alcohol: none. Illicit drugs: none. Safeguarding concerns: no.\n"
            "Discharged to: Kinnoull View Care Home, Perth\n")
    body = ("Hiya,\n\nThe ward clerk sent this discharge letter to Kinnoull Lodge (a different care home) instead of Kinnoull View. "
            "Kinnoull Lodge are a private provider on a gmail-type address. I've asked them to delete.\n\n"
            + sig(c, "Fiona Gillespie", "Senior Charge Nurse, Ward 7", "NHS Tayside (example)", land("0131"),
                  "fiona.gillespie@nhs.net")
            + original("Ward 7 Clerk <ward7.ninewells@nhs.net>", "04 November 2026 15:30",
                       "kinnoulllodge.care@outlook.com", "Discharge - Mrs Drummond-Murray", summ))
    c.ig("email_address", "ward7.ninewells@nhs.net")
    c.ig("email_address", "kinnoulllodge.care@outlook.com")
    c.subjects = 1
    c.cats = {"health"}
    c.grade(3, 3, ["health information about an identified person (discharge letter, CHI number)",
                   "negated alcohol/drugs/safeguarding do not count",
                   "sent to a care home's outlook.com address outside the trusted domains; deletion only requested"])
    emit(c, mail("Fiona Gillespie <fiona.gillespie@nhs.net>", REPORT_TO, "FW: Discharge - Mrs Drummond-Murray",
                 "Wed, 04 Nov 2026 17:20:00 +0000", body, cte="quoted-printable"))


def k22():
    c = Case("k22-phishing-invoice-decoys.eml", "non_breach_phishing_invoice_decoys",
             ["non_breach", "phishing", "multipart_alternative", "decoy_numbers"])
    inv = bad_mod11_10digits()
    po = bad_mod11_10digits()
    text = ("Hi,\n\nI got this and it looks dodgy - not a breach I think but forwarding as asked in the bulletin.\n\n"
            + sig(c, "Kamal Hossain", "Finance Assistant", "Northfield Community Health", land("0121"),
                  "kamal.hossain@nhs.net")
            + original("Accounts Payable <ap@nhs-payments-portal.example.net>", "05 November 2026 06:12",
                       "kamal.hossain@nhs.net", "OVERDUE: Invoice " + inv,
                       f"Dear Customer,\n\nInvoice {inv} (PO {po}) is now 30 days overdue. To avoid suspension please "
                       "update payment details via the secure portal below. Remit to sort code 40-11-62, account 90817263.\n"
                       "Call our billing team on 0800 046 1234.\n\nAccounts Receivable\nNHS Supply Solutions Ltd\n"))
    c.ig("email_address", "ap@nhs-payments-portal.example.net")
    c.ig("phone_number", "0800 046 1234")
    html = "<html><body><pre>" + htmlmod.escape(text) + "</pre></body></html>"
    c.subjects = 0
    c.grade(1, 1, ["no identifiable individual: phishing email, invoice/PO numbers fail Mod 11",
                   "not a personal data breach"], near_miss=False)
    emit(c, mail("Kamal Hossain <kamal.hossain@nhs.net>", REPORT_TO, "FW: OVERDUE: Invoice " + inv,
                 "Thu, 05 Nov 2026 08:30:00 +0000", text, html=html))


def k23():
    c = Case("k23-newsletter-non-breach.eml", "non_breach_icb_newsletter",
             ["non_breach", "newsletter", "html_only", "decoy_names"])
    html = ("<html><body><h1>Primary Care Bulletin - November 2026</h1>"
            "<p>Forwarded to the breach box because it mentions a 'data incident' - probably nothing. - "
            f"{c.staff('Lucy Barraclough')}</p>"
            "<h2>Flu and COVID clinics</h2><p>St Mary's Church Hall, Harehills will host walk-in clinics on Saturdays. "
            "Thanks to Nurse Bernadette Quinn and the Florence Nightingale Ward team.</p>"
            "<h2>Attendance Allowance &amp; Pension Credit</h2><p>Patients over state pension age may be eligible. "
            "Signpost to Age UK Leeds on 0113 496 0555.</p>"
            "<h2>Data incident lessons learned</h2><p>Remember to check autocomplete before pressing send. "
            "Datix reports this quarter: 41.</p>"
            "<h2>New product</h2><p>Medi-Derma-S barrier cream replaces Cavilon on the formulary.</p>"
            "<p>Editor: Dr Rupert Ashdown, Clinical Director. Contact primarycare.bulletin@nhs.net</p></body></html>")
    c.staff("Nurse Bernadette Quinn")
    c.staff("Dr Rupert Ashdown")
    c.ig("phone_number", "0113 496 0555")
    c.ig("email_address", "primarycare.bulletin@nhs.net")
    c.subjects = 0
    c.grade(1, 1, ["no identifiable individual: staff newsletter", "not a personal data breach"])
    emit(c, mail("Lucy Barraclough <lucy.barraclough@nhs.net>", REPORT_TO, "FW: Primary Care Bulletin - November",
                 "Fri, 06 Nov 2026 09:00:00 +0000", html=html, cte="quoted-printable"))


def k24():
    c = Case("k24-near-miss-caught-before-send.eml", "near_miss_caught_before_sending_no_identifiers",
             ["near_miss", "plain", "decoy_dates"])
    body = ("Hello,\n\nJust logging a near miss for learning. This morning (09/11/2026) I was about to email the Tuesday "
            "phlebotomy list to the wrong 'Jones' in the address book - a supplier contact at Jones Medical Supplies - and "
            "Egress flagged the external address. I cancelled it. Nothing was sent. Datix W-26-17733.\n\n"
            "Suggest we remove supplier contacts from the shared address book.\n\n"
            + sig(c, "Gwen Iredale", "Phlebotomy Team Leader", "Calderdale Community Services", land("0113"),
                  "gwen.iredale@nhs.net"))
    c.subjects = 0
    c.grade(1, 1, ["no identifiable individual in the report", "near miss: nothing was sent"], near_miss=True)
    emit(c, mail("Gwen Iredale <gwen.iredale@nhs.net>", REPORT_TO, "Near miss - phlebotomy list",
                 "Mon, 09 Nov 2026 11:11:00 +0000", body))


def k25():
    c = Case("k25-near-miss-printer-retrieved-identifiers.eml", "near_miss_wrong_printer_retrieved_with_identifiers",
             ["near_miss", "plain", "south_asian_name"])
    n = nhs_number()
    b = dob(1948, 1955)
    body = ("Hi IG,\n\nNear miss: I printed a clinic letter to the wrong printer (the one in the main corridor of the Jubilee "
            "Building rather than our office). I went straight down and collected it within two minutes - nobody had picked "
            "it up and the printer is in a staff-only area. Details for your log:\n\n"
            f"Patient: {c.name('Gurpreet Kaur Sandhu')}\nNHS No: {c.id('nhs_number', fmt_nhs(n))}\n"
            f"DOB: {c.id('date_of_birth', b.strftime('%d/%m/%Y'))}\n"
            "Letter: rheumatology clinic letter (rheumatoid arthritis, methotrexate monitoring)\n\n"
            + sig(c, "Jas Dhaliwal", "Medical Secretary, Rheumatology", "Jubilee Building, Sandwell General", land("0121"),
                  "jas.dhaliwal@nhs.net"))
    c.subjects = 1
    c.cats = {"health"}
    c.grade(3, 1, ["health information about an identified person (rheumatology letter)",
                   "near miss: retrieved before anyone saw it, did not leave staff-only area"], near_miss=True)
    emit(c, mail("Jas Dhaliwal <jas.dhaliwal@nhs.net>", REPORT_TO, "Near miss - printing",
                 "Tue, 10 Nov 2026 10:05:00 +0000", body))


def k26():
    c = Case("k26-gp-letter-published-practice-website.eml", "gp_letter_published_on_practice_website",
             ["plain", "published", "inline_outlook", "ni_number"])
    n = nhs_number(600_000_000, 799_999_999)
    b = dob(1964, 1972)
    ni = ni_number()
    letter = ("To whom it may concern - supporting letter for PIP assessment\n"
              f"Patient: {c.name('Mr Kwabena Asante-Boateng')}\n"
              f"DOB {c.id('date_of_birth', b.strftime('%d/%m/%Y'))}  NHS {c.id('nhs_number', fmt_nhs(n))}  "
              f"NI No {c.id('ni_number', fmt_ni(ni, spaced=False))}\n"
              f"{c.addr('3 Brunswick Terrace', 'Nottingham', 'NG7 5DL', sep=', ')}\n"
              "Mr Asante-Boateng has COPD (FEV1 38% predicted), heart failure and type 2 diabetes. He cannot walk more "
              "than 20 metres without stopping.\nDr Anil Kapoor, GP Partner\n")
    c.staff("Dr Anil Kapoor")
    c.staff("Mr Asante-Boateng")
    body = ("URGENT\n\nA patient's supporting letter was uploaded to the 'Practice news' page of our public website instead of "
            "the example PIP template. A patient spotted it this morning. It has been live since Friday evening "
            "(about 60 hours). Website supplier has been asked to take it down and purge caches; still visible on Google cache.\n\n"
            + sig(c, "Tracey Lomas", "Practice Manager", "Lenton Medical Centre", land("0115"), "tracey.lomas@nhs.net")
            + outlook("Lenton Website <website@lentonmedical.example.co.uk>", "6 November 2026 18:22",
                      "Tracey Lomas <tracey.lomas@nhs.net>", "Page published: Practice news",
                      "Your page 'PIP letters - how to request' has been published.\n\n" + letter))
    c.ig("email_address", "website@lentonmedical.example.co.uk")
    c.subjects = 1
    c.cats = {"health"}
    c.grade(3, 4, ["health information about an identified person (GP supporting letter, NI number)",
                   "published on the practice's public website and still in a search cache"])
    emit(c, mail("Tracey Lomas <tracey.lomas@nhs.net>", REPORT_TO, "URGENT - patient letter on our website",
                 "Mon, 09 Nov 2026 08:05:00 +0000", body))


def k27():
    c = Case("k27-pharmacy-delivery-list-misused.eml", "pharmacy_delivery_list_misused_by_driver",
             ["csv", "misuse", "rows_6", "tab_delimited"])
    people = ["Albert Scholes", "Margaret O'Rourke", "Tariq Mahmood", "Bogusława Zielińska", "Edna Whitworth",
              "Kofi Mensah"]
    streets = ["22 Ashton Old Road", "5 Mellor Street", "81 Oldham Road", "14 Pinfold Lane", "9 Hollins Close",
               "40 Rochdale Road"]
    pcs = ["OL6 9AB", "OL8 1DR", "OL4 5PE", "OL2 6HN", "OL1 4QB", "OL9 7LS"]
    rows = []
    for p, st, pc in zip(people, streets, pcs):
        c.name(p)
        full = f"{st}, Oldham, {pc}"
        c._add(c.ids, "address", full)
        c.written.append(("address", st, full))
        rows.append([p, st, c.id("postcode", pc), c.id("phone_number", mob()),
                     rng.choice(["Blister pack weekly", "Fridge item - insulin", "CD - oxycodone", "Nebules"])])
    data = csv_bytes(["Customer", "Addr1", "PCode", "Tel", "Notes"], rows, delim="\t")
    body = ("Dear IG,\n\nWe use a self-employed delivery driver. Several of our delivery patients have rung to say a man has "
            "been phoning them offering 'discount mobility scooters' and quoting their prescriptions. The driver was sent "
            "this delivery list by our dispenser (attached as it was sent). We believe he has used it for his side business. "
            "Police reference 06/11/2026 crime no. MC-26-5519870.\n\n"
            + sig(c, "Rakesh Parmar", "Superintendent Pharmacist", "Parmar Chemists (Oldham) Ltd", land("0161"),
                  "rakesh@parmarchemists.example.co.uk")
            + original(f"{c.staff('Sadia Rafiq')} <dispensary@parmarchemists.example.co.uk>", "02 November 2026 08:05",
                       f"{c.staff('Lee Bradshaw')} <leebradshawdeliveries@hotmail.com>", "Drops today",
                       "Morning Lee, today's drops attached."))
    c.ig("email_address", "dispensary@parmarchemists.example.co.uk")
    c.ig("email_address", "leebradshawdeliveries@hotmail.com")
    c.subjects = 6
    c.cats = {"health"}
    c.grade(3, 5, ["health information about identified people (medicines, controlled drugs)",
                   "misuse reported: recipient used the list to cold-call patients"])
    emit(c, mail("Rakesh Parmar <rakesh@parmarchemists.example.co.uk>", REPORT_TO, "Delivery list misused",
                 "Fri, 06 Nov 2026 17:45:00 +0000", body,
                 attachments=[("drops_02-11.txt", data, ("text", "tab-separated-values"))]))


def k28():
    c = Case("k28-fit-note-ni-number-wrong-employer.eml", "fit_note_ni_number_wrong_employer_external",
             ["plain", "cte_base64", "ni_number", "inline_gmail"])
    b = dob(1983, 1990)
    ni = ni_number()
    n = nhs_number()
    note = ("Statement of Fitness for Work\n"
            f"Patient: {c.name('Daniela Constantinescu')}   Date of birth: {c.id('date_of_birth', b.strftime('%d/%m/%Y'))}\n"
            f"NI number: {c.id('ni_number', fmt_ni(ni))}   NHS No: {c.id('nhs_number', fmt_nhs(n))}\n"
            "Condition: lumbar disc prolapse with sciatica. Not fit for work 4 weeks. Assessed 09/11/2026.\n"
            "Doctor: Dr E. Zawadzki\n")
    c.staff("Dr E. Zawadzki")
    wrong = "hr@castlegate-logistics.example.com"
    c.ig("email_address", wrong)
    body = ("Hi,\n\nThe fit note below should have gone to the patient's employer (Castleford Logistics) but reception chose "
            "Castlegate Logistics from the contacts. Castlegate's HR have replied to say they've deleted it, in writing, "
            "this afternoon (screenshot on Datix).\n\n"
            + sig(c, "Nicola Firth", "Senior Receptionist", "Aire Valley Surgery", land("0113"), "nicola.firth@nhs.net")
            + gmail("Aire Valley Reception <airevalley.reception@nhs.net>", "Mon, 9 Nov 2026 at 12:10", wrong,
                    "Fit note", note))
    c.ig("email_address", "airevalley.reception@nhs.net")
    c.subjects = 1
    c.cats = {"health"}
    c.grade(3, 2, ["health information about an identified person (fit note, NI number)",
                   "sent to the wrong employer outside the trusted domains (likelihood 3)",
                   "containment: written confirmation of deletion (likelihood -1)"])
    emit(c, mail("Nicola Firth <nicola.firth@nhs.net>", REPORT_TO, "Fwd: Fit note",
                 "Mon, 09 Nov 2026 16:30:00 +0000", body, cte="base64"))


def k29():
    c = Case("k29-ni-mental-health-day-hospital-hc-outlook.eml", "northern_ireland_mh_day_hospital_hc_external",
             ["plain", "northern_ireland", "hc_number", "mental_health", "irish_names", "rows_3"])
    people = [("Seamus Ó Dochartaigh", "BT47 3PL", "12 Strathfoyle Park", "Derry"),
              ("Roisín McCloskey", "BT49 0DX", "7 Scroggy Road", "Limavady"),
              ("Patrick Joseph Devlin", "BT51 4QQ", "28 Bann Drive", "Coleraine")]
    lines = []
    for nm, pc, st, town in people:
        hc = nhs_number(320_000_000, 399_999_999)
        lines.append(f"- {c.name(nm)}, H&C {c.id('hc_number', fmt_nhs(hc, 1))}, "
                     f"DOB {c.id('date_of_birth', dob(1960, 2000).strftime('%d/%m/%Y'))}, "
                     f"{c.addr(st, town, pc, sep=', ')} - "
                     + rng.choice(["schizophrenia, clozapine bloods due", "bipolar I, lithium level due",
                                   "psychotic depression, post-ECT review"]))
    body = ("Dear IG,\n\nThe Friday attendance list for the Gransha day hospital was sent by our admin to a personal outlook "
            "address of a former student nurse instead of the team inbox. No response from her yet.\n\n"
            + sig(c, "Maeve Doherty", "Day Hospital Manager", "Western Trust Mental Health (example)", land("028"),
                  "maeve.doherty@example.nhs.uk")
            + outlook("Day Hospital Admin <dayhospital.admin@example.nhs.uk>", "13 November 2026 09:35",
                      "k.mulholland.sn@outlook.com", "Fri attendance + bloods",
                      "Hi all, Friday list:\n" + "\n".join(lines) + "\nTransport booked for all three."))
    c.ig("email_address", "dayhospital.admin@example.nhs.uk")
    c.ig("email_address", "k.mulholland.sn@outlook.com")
    c.subjects = 3
    c.cats = {"health", "mental_health"}
    c.grade(4, 3, ["especially sensitive about identified people: mental health (psychosis, clozapine, ECT)",
                   "sent to a personal outlook.com address outside the trusted domains"])
    emit(c, mail("Maeve Doherty <maeve.doherty@example.nhs.uk>", REPORT_TO, "FW: Fri attendance + bloods",
                 "Fri, 13 Nov 2026 11:00:00 +0000", body))


def k30():
    c = Case("k30-flu-clinic-xlsx-two-sheets-contractor.eml", "flu_clinic_xlsx_two_sheets_contractor_external",
             ["xlsx", "two_sheets", "rows_24", "date_cells", "integer_nhs"])
    first = ["Dylan", "Precious", "Ahmed", "Eilidh", "Kacper", "Mariam", "Tomos", "Chiamaka", "Rory", "Ayesha", "Lowri",
             "Wei", "Amara", "Oisín", "Hannah", "Bilal", "Zofia", "Jamal", "Seren", "Kieran", "Nadia", "Callum", "Efua", "Iona"]
    last = ["Hughes", "Mbeki", "Siddiqui", "Fraser", "Lewandowski", "Al-Amin", "Prys", "Okonjo", "McAlister", "Patel",
            "Rhys-Evans", "Zhang", "Diallo", "Ó Néill", "Whitaker", "Qureshi", "Wójcik", "Abiodun", "Glyn", "D'Arcy",
            "Haddad", "MacInnes", "Asamoah", "Sinclair"]
    sheets = {"Sat AM": [], "Sat PM": []}
    for i, (f, s) in enumerate(zip(first, last)):
        c.name(f"{f} {s}")
        n = nhs_number() if i % 2 else nhs_number(600_000_000, 799_999_999)
        c.id("nhs_number", n)
        d = dob(1944, 2021)
        c.written.append(("date_of_birth", d.isoformat(), d.isoformat()))
        c._add(c.ids, "date_of_birth", d.isoformat())
        row = [s.upper(), f, int(n), d, c.id("postcode", rng.choice(["LS8", "LS9", "LS7"]) + f" {rng.randint(1, 9)}"
                                               + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")),
               rng.choice(["65+", "Asthma", "Diabetes", "Carer", "CKD", "Child 2-3y", "Immunosuppressed"])]
        sheets["Sat AM" if i < 12 else "Sat PM"].append(row)
    hdr = ["FAMILY NAME", "Given name(s)", "NHS_No", "Birth date", "PCode", "Eligibility"]
    data = xlsx_bytes([(k, hdr, v) for k, v in sheets.items()])
    body = ("Hi IG,\n\nWe contracted Jabs2U Ltd to run two Saturday flu clinics. The booking lists were meant to go via the "
            "secure portal, but our coordinator emailed them as a spreadsheet to their general enquiries inbox. They've "
            "acknowledged but can't confirm who can see that inbox.\n\n"
            + sig(c, "Nathan Oduya", "PCN Operations Manager", "Chapeltown & Harehills PCN", land("0113"),
                  "nathan.oduya@nhs.net")
            + outlook(f"{c.staff('Saima Aslam')} <saima.aslam@nhs.net>", "12 November 2026 17:58",
                      "enquiries@jabs2u.example.com", "Saturday clinic lists", "Hi, lists for both sessions attached."))
    c.ig("email_address", "saima.aslam@nhs.net")
    c.ig("email_address", "enquiries@jabs2u.example.com")
    c.subjects = 24
    c.cats = {"health"}
    c.grade(3, 3, ["health information about identified people incl. children (clinical eligibility conditions)",
                   "sent to a contractor's general inbox outside the trusted domains"])
    emit(c, mail("Nathan Oduya <nathan.oduya@nhs.net>", REPORT_TO, "FW: Saturday clinic lists",
                 "Fri, 13 Nov 2026 09:15:00 +0000", body, attachments=[("Flu_Sat_clinics.xlsx", data, XLSX)]))


# ================================================================== write + validate
def decoded_text(m):
    out = [f"{h}: {m.get(h, '')}" for h in ("From", "To", "Cc", "Subject")]
    for part in m.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct == "message/rfc822":
            if ct == "message/rfc822":
                for sub in part.get_payload():
                    out.append(decoded_text(sub))
            continue
        data = part.get_payload(decode=True) or b""
        fn = part.get_filename() or ""
        if fn.endswith(".xlsx"):
            import openpyxl
            wb = openpyxl.load_workbook(io.BytesIO(data))
            for ws in wb.worksheets:
                for row in ws.iter_rows(values_only=True):
                    out.append("\t".join("" if v is None else (v.date().isoformat() if isinstance(v, dt.datetime)
                                                                else str(v)) for v in row))
        elif fn.endswith(".docx"):
            import docx
            d = docx.Document(io.BytesIO(data))
            out += [p.text for p in d.paragraphs]
            for t in d.tables:
                for r in t.rows:
                    out.append("\t".join(cell.text for cell in r.cells))
        else:
            txt = data.decode(part.get_content_charset() or "utf-8")
            if ct == "text/html":
                txt = htmlmod.unescape(re.sub(r"<[^>]+>", " ", txt))
            out.append(txt)
    return "\n".join(out)


def validate(c, raw):
    m = email.message_from_bytes(raw, policy=policy.default)
    text = decoded_text(m)
    flat = " ".join(text.split())
    problems = []
    for kind, written, val in c.written:
        w = " ".join(str(written).split())
        if kind == "address":
            if f" {score.address_key(val)} " not in f" {score.norm_address(flat)} ":
                problems.append(f"address not found: {val}")
            continue
        if w not in flat and not (kind == "person_name" and all(t.casefold() in flat.casefold() for t in w.split())):
            problems.append(f"{kind} written form not in content: {written!r}")
        if kind == "person_name":
            if val not in c.names and val not in c.ign_names:
                problems.append(f"name not recorded: {val}")
        elif score.normalise(kind, written) != val:
            problems.append(f"{kind} normalises differently: {written!r}")
    for kind, vals in c.ids.items():
        for v in vals:
            if v in c.ign.get(kind, []):
                problems.append(f"{kind} {v} both identifier and ignorable")
            if kind in ("nhs_number", "hc_number"):
                assert mod11(v[:9]) == int(v[9]), v
                lo, hi = (320, 399) if kind == "hc_number" else (400, 799)
                assert lo <= int(v[:3]) <= hi, v
            if kind == "chi_number":
                dt.datetime.strptime(v[:6], "%d%m%y")
                assert mod11(v[:9]) == int(v[9]), v
    for n in c.names:
        if n in c.ign_names:
            problems.append(f"name both subject and ignorable: {n}")
    # any other 10-digit run must not look like a valid NHS number
    truth_nums = {v for k in ("nhs_number", "chi_number", "hc_number") for v in c.ids.get(k, [])}
    for d10 in re.findall(r"(?<!\d)\d{10}(?!\d)", re.sub(r"(?<=\d)[ -](?=\d)", "", flat)):
        if d10 not in truth_nums and mod11(d10[:9]) == int(d10[9]) and 400 <= int(d10[:3]) <= 799:
            problems.append(f"decoy 10-digit number passes Mod 11: {d10}")
    a = c.assessment
    assert a["reportable"] == (a["likelihood"] >= 3 and a["severity"] >= 2)
    return problems


def main():
    for fn in [k01, k02, k03, k04, k05, k06, k07, k08, k09, k10, k11, k12, k13, k14, k15, k16, k17, k18, k19, k20,
               k21, k22, k23, k24, k25, k26, k27, k28, k29, k30]:
        fn()
    for old in os.listdir(HERE):
        if old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    bad = 0
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as tf:
        for c in Case.all:
            raw = EMAILS[c.file].as_bytes(policy=policy.SMTP)
            with open(os.path.join(HERE, c.file), "wb") as fh:
                fh.write(raw)
            for p in validate(c, raw):
                bad += 1
                print(f"{c.file}: {p}")
            tf.write(json.dumps(c.truth(), ensure_ascii=False) + "\n")
    print(f"{len(Case.all)} emails written; {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
