#!/usr/bin/env python3
"""Generate the fresh2 evaluation corpus (40 .eml files + truth.jsonl).

Run with a Python that has openpyxl and python-docx:  /tmp/cw2/bin/python make_corpus.py
All people are fictional; phone numbers use Ofcom drama ranges.
"""
import csv, datetime as dt, io, json, os, random, re
from email.message import EmailMessage
from email.policy import default
from email.utils import format_datetime
import openpyxl, docx

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20261201)
BREACH = "breach@example.nhs.uk"
TRUTH = []

# ------------------------------------------------------------ valid numbers
def _mod11(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    return 0 if c == 11 else (None if c == 10 else c)

def nhs(lo=400_000_000, hi=499_999_999):
    while True:
        base = f"{R.randint(lo, hi):09d}"
        c = _mod11(base)
        if c is not None:
            return base + str(c)

def nhs_any():
    return nhs(400_000_000, 499_999_999) if R.random() < .5 else nhs(600_000_000, 799_999_999)

def hc():
    return nhs(320_000_000, 399_999_999)

def chi(d, female):
    while True:
        base = d.strftime("%d%m%y") + f"{R.randint(0, 99):02d}"
        sx = R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
        c = _mod11(base + str(sx))
        if c is not None:
            return base + str(sx) + str(c)

NI_OK = "ABCEGHJKLMNPRSTWXYZ"
def ni():
    while True:
        a, b = R.choice(NI_OK), R.choice(NI_OK.replace("O", ""))
        if a + b in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            continue
        return f"{a}{b}{R.randint(0, 999999):06d}{R.choice('ABCD')}"

def sp_nhs(n):  # 3-3-4
    return f"{n[:3]} {n[3:6]} {n[6:]}"

def dob(y0, y1):
    return dt.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))

def d_uk(d):   return d.strftime("%d/%m/%Y")
def d_long(d): return f"{d.day} {d.strftime('%B %Y')}"
def d_abbr(d): return d.strftime("%d-%b-%Y")
def d_dot(d):  return d.strftime("%d.%m.%y")

def mob():
    return f"07700 900{R.randint(0, 999):03d}"

# ------------------------------------------------------------ normalisers for truth
def n_phone(s):
    d = re.sub(r"\D", "", s)
    if d.startswith("44"):
        d = "0" + d[2:]
    return d

def n_pc(s):
    s = re.sub(r"[^A-Z0-9]", "", s.upper())
    return f"{s[:-3]} {s[-3:]}"

def norm_ids(ids):
    out = {}
    for k, vals in ids.items():
        vv = []
        for v in vals:
            if k in ("nhs_number", "chi_number", "hc_number"):
                v = re.sub(r"\D", "", v)
            elif k == "date_of_birth":
                v = v.isoformat() if isinstance(v, dt.date) else v
            elif k == "postcode":
                v = n_pc(v)
            elif k == "phone_number":
                v = n_phone(v)
            elif k == "email_address":
                v = v.lower()
            elif k in ("ni_number", "hospital_number"):
                v = re.sub(r"[^A-Z0-9]", "", v.upper())
            if v not in vv:
                vv.append(v)
        if vv:
            out[k] = sorted(vv)
    return out

def truth(file, scenario, ids, names, ign_names, ign, subjects, cats, sev, lik, basis, near_miss=False, tags=()):
    ids_n = norm_ids(ids)
    ign = dict(ign)
    # staff often appear as "Surname Forename" in Outlook headers: both orders are ignorable
    ign_names = set(ign_names) | {" ".join(reversed(n.split())) for n in ign_names if len(n.split()) == 2}
    TRUTH.append(dict(file=file, scenario=scenario, tags=list(tags), identifiers=ids_n, names=sorted(set(names)),
                      ignorable_names=sorted(set(ign_names)), ignorable=norm_ids(ign), subjects=subjects,
                      special_categories=sorted(set(cats) | ({"health"} if set(cats) - {"ethnicity", "religion", "criminal"} else set())),
                      near_miss=near_miss, no_identifiers=not ids_n and not names,
                      assessment=dict(severity=sev, likelihood=lik, reportable=(lik >= 3 and sev >= 2), basis=basis)))

# ------------------------------------------------------------ message building
BASE = dt.datetime(2026, 11, 2, 8, 0, tzinfo=dt.timezone.utc)
def when(i, h=0):
    return BASE + dt.timedelta(days=i // 2, hours=h + (i * 7) % 9, minutes=(i * 13) % 60)

def msg(frm, to, subject, body, date, cte=None, html=None, headers=None, mid=None):
    m = EmailMessage(policy=default)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = f"<{R.getrandbits(64):016x}.{R.getrandbits(32):08x}@{mid or 'mail.nhs.net'}>"
    for k, v in (headers or {}).items():
        m[k] = v
    if body is not None:
        if cte:
            m.set_content(body, cte=cte)
        else:
            m.set_content(body)
    if html is not None:
        if body is None:
            m.set_content(html, subtype="html", cte="quoted-printable")
        else:
            m.add_alternative(html, subtype="html")
    return m

def attach_bytes(m, data, maintype, subtype, filename):
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)

def attach_csv(m, rows, filename):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    attach_bytes(m, buf.getvalue().encode("utf-8"), "text", "csv", filename)

def attach_xlsx(m, rows, filename, sheet="Sheet1", title_rows=()):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in title_rows:
        ws.append(list(r))
    for r in rows:
        ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    attach_bytes(m, buf.getvalue(), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename)

def attach_docx(m, paras, filename, table=None):
    d = docx.Document()
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    attach_bytes(m, buf.getvalue(), "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", filename)

def pdf_bytes(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "12 TL", "50 800 Td"]
    for ln in lines:
        ops.append(f"({esc(ln)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    x = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue()

def attach_pdf(m, lines, filename):
    attach_bytes(m, pdf_bytes(lines), "application", "pdf", filename)

def attach_msg(m, inner):
    m.add_attachment(inner)

def save(file, m):
    with open(os.path.join(HERE, file), "wb") as fh:
        fh.write(m.as_bytes(policy=default))

def outlook(frm, sent, to, subject, cc=None):
    s = f"________________________________\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n\n"

def gmail(frm, date, subject, to):
    return f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n\n"

def apple(frm, date, subject, to):
    return f"Begin forwarded message:\n\nFrom: {frm}\nSubject: {subject}\nDate: {date}\nTo: {to}\n\n"

def nhsmail(frm, sent, to, subject):
    return f"-----Original Message-----\nFrom: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n"

FIRST = dict(
    welsh=["Rhys", "Siân", "Dafydd", "Eleri", "Gethin", "Nia", "Cerys", "Iwan", "Ffion", "Aled", "Lowri", "Gwenllian"],
    welsh_last=["ap Gwilym", "Llewelyn", "Prys", "Pugh", "ap Rhys", "Bowen", "Griffiths", "Vaughan", "Powell", "Meredith"],
    gael=["Seán", "Aoife", "Niamh", "Ruairí", "Caoimhe", "Eilidh", "Calum", "Mòrag", "Oisín", "Siobhán", "Donnchadh", "Catrìona"],
    gael_last=["Ó Briain", "Nic an tSaoi", "MacLeòid", "Ó Conchúir", "Mac Giolla Phádraig", "NicAoidh", "Ní Bhriain", "MacDhòmhnaill"],
    pol=["Łukasz", "Agnieszka", "Małgorzata", "Paweł", "Zofia", "Wojciech", "Katarzyna", "Grzegorz"],
    pol_last=["Wiśniewska", "Wiśniewski", "Kowalczyk", "Zieliński", "Wójcik", "Dąbrowska", "Szymański", "Lewandowska"],
    sa=["Priyanka", "Harpreet", "Imran", "Farzana", "Sanjay", "Nusrat", "Gurdeep", "Ayesha", "Rajesh", "Shabana"],
    sa_last=["Chakraborty", "Sandhu", "Qureshi", "Begum", "Patel", "Rahman", "Gill", "Hussain", "Mistry", "Iqbal"],
    cn=["Wei", "Mei Ling", "Jun", "Xiaoming", "Li Na", "Hao", "Yan"],
    cn_last=["Zhang", "Chen", "Liu", "Wong", "Huang", "Lam", "Zhou"],
    wa=["Chinonso", "Adaeze", "Kwame", "Abena", "Oluwaseun", "Folake", "Kofi", "Ngozi", "Yaw", "Temitope"],
    wa_last=["Okonkwo", "Mensah", "Adebayo", "Owusu", "Nwosu", "Boateng", "Adeyemi", "Asante", "Eze", "Osei"],
    en=["Daniel", "Grace", "Liam", "Sophie", "Kieran", "Holly", "Connor", "Jade", "Tyler", "Amber", "Ryan", "Chloe"],
    en_last=["Barraclough", "Pickering", "Hollis", "Dunmore", "Ashworth", "Tranter", "Sowerby", "Kettle", "Ridley", "Fenwick"],
)
USED = set()  # names already used in the current e-mail (reset per e-mail): keeps subjects distinct

def rname(group=None):
    for _ in range(500):
        g = group or R.choice(["welsh", "gael", "pol", "sa", "cn", "wa", "en", "en"])
        a, b = R.choice(FIRST[g]), R.choice(FIRST[g + "_last"])
        if (a, b) not in USED:
            break
    USED.add((a, b))
    return a, b

def first_for(g, last):
    for _ in range(500):
        a = R.choice(FIRST[g])
        if (a, last) not in USED:
            break
    USED.add((a, last))
    return a

STREETS = ["Acorn Way", "Heol y Nant", "Station Road", "Mill Lane", "Chapel Street", "Victoria Terrace", "Beech Grove",
           "Queen's Drive", "Ffordd Las", "Market Street", "Orchard Close", "Kingsway", "Church View", "Nelson Road"]
PCS = ["CF14 3NB", "SA1 6PD", "LL57 2RT", "NP20 4GH", "M14 5RS", "LS6 2QP", "BD7 1SN", "NE6 5DS", "B11 4QA",
       "G42 8JX", "IV2 3HQ", "HS1 2AB", "BT7 1NN", "BT48 6RP", "EH6 7LP", "L8 5LJ", "S7 1FE", "NG7 3AB", "BS5 6LT", "SE15 4QA",
       "E1 6PJ", "N7 8NR", "LE2 0QT", "HU3 2JJ"]
def addr(pc=None, town="Cardiff"):
    pc = pc or R.choice(PCS)
    return f"{R.randint(2, 220)} {R.choice(STREETS)}", town, pc

# ================================================================ the e-mails
def e01():  # CMHT letter to wrong external namesake, docx
    f = "01-cmht-letter-namesake.eml"
    n = nhs(); d = dob(1979, 1990); a = addr("LS6 2QP", "Leeds")
    m = msg("Tamsin Royle <tamsin.royle@nhs.net>", BREACH, "FW: CMHT letter - wrong email address used", None, when(1))
    body = ("Hi IG team,\n\nI think I have sent a CMHT review letter to the wrong person. I typed the patient's name into the "
            "address book and picked a personal gmail with the same name. The lady replied to say it isn't her. Her reply is below "
            "and the letter was attached (attaching again here so you can see what went).\n\nShe hasn't said she has deleted it.\n\n"
            "Tamsin Royle\nCommunity Mental Health Team Administrator | North Leeds CMHT\nTel 0113 496 0871\n\n"
            + outlook("Farzana Begum <farzana.begum88@gmail.com>", "02 November 2026 14:02", "Royle Tamsin <tamsin.royle@nhs.net>", "RE: Appointment letter")
            + "Hello, I think this isn't for me, I have never been under mental health services. Thanks\n\n"
            + outlook("Royle Tamsin <tamsin.royle@nhs.net>", "02 November 2026 11:40", "farzana.begum88@gmail.com", "Appointment letter")
            + "Dear Ms Begum,\nPlease find attached your review letter from Dr Okafor.\nKind regards\nTamsin\n")
    m.set_content(body)
    attach_docx(m, ["North Leeds Community Mental Health Team", "Private and confidential",
                    f"Ms Farzana BEGUM", f"{a[0]}, {a[1]}, {a[2]}",
                    f"NHS No: {sp_nhs(n)}    DOB: {d_uk(d)}",
                    "Dear Ms Begum,",
                    "Following our care programme approach review on 28 October 2026 I am writing to confirm the plan. Your mood has been "
                    "lower since the summer and you described thoughts of self-harm. We agreed to increase sertraline to 150mg and your "
                    "care coordinator will see you fortnightly. Your crisis plan is attached to your record.",
                    "Yours sincerely", "Dr Emeka Okafor, Consultant Psychiatrist"], "CMHT_review_letter.docx")
    save(f, m)
    truth(f, "cmht_letter_namesake_external", dict(nhs_number=[n], date_of_birth=[d], address=[", ".join(a)], postcode=[a[2]]),
          ["Farzana Begum"], ["Tamsin Royle", "Emeka Okafor"],
          dict(email_address=["tamsin.royle@nhs.net", BREACH, "farzana.begum88@gmail.com"], phone_number=["0113 496 0871"]),
          1, ["mental_health"], 4, 3, ["mental health letter (self-harm, sertraline) about an identified person",
                                       "sent to a member of the public outside the trusted domains (gmail.com)", "no containment"],
          tags=["docx", "inline_outlook"])

def e02():  # s136 handover internal
    f = "02-s136-handover-internal.eml"
    n = nhs(600_000_000, 799_999_999); d = dob(1995, 2003)
    fn, ln = "Oisín", "Ó Conchúir"
    m = msg("Gareth Pym <gareth.pym@nhs.net>", BREACH, "s136 handover sent to wrong ED", None, when(2))
    body = ("Morning,\n\nReporting as asked by my manager. Last night I emailed the section 136 handover for a young man brought to "
            "the health based place of safety to the wrong hospital's ED generic inbox (both nhs.net). Their nurse in charge "
            "rang to tell us and said she would delete it but I have nothing in writing yet.\n\nGareth Pym\nMental Health Liaison Nurse\n"
            "ext 4471\n\n"
            + nhsmail("Pym Gareth <gareth.pym@nhs.net>", "01 November 2026 03:17", "ED Majors Rivermead <rivermead.edmajors@nhs.net>",
                      "S136 handover - URGENT")
            + f"S136 HANDOVER\nName: {ln.upper()}, {fn}\nDOB: {d_dot(d)}   NHS: {n}\nDetained s136 by police at 23:40 on the "
              "bridge on Fenwick Road after expressing suicidal intent. Known to EIP team, diagnosis first episode psychosis, "
              "not taking olanzapine. Cannabis daily. Intoxicated on arrival. AMHP informed, MHA assessment planned for 09:00.\n"
              "Risks: absconding, self harm. Mum aware (Mrs Bríd Ó Conchúir, 07700 900466).\n")
    m.set_content(body)
    save(f, m)
    truth(f, "section136_handover_internal", dict(nhs_number=[n], date_of_birth=[d], phone_number=["07700 900466"]),
          ["Oisín Ó Conchúir", "Bríd Ó Conchúir"], ["Gareth Pym"],
          dict(email_address=["gareth.pym@nhs.net", "rivermead.edmajors@nhs.net", BREACH]),
          2, ["mental_health", "substance_misuse"], 4, 2,
          ["s136 detention, psychosis and cannabis use about an identified person",
           "sent to another ED inside the trusted domains (nhs.net)", "verbal containment only"], tags=["nhsmail_original"])

def e03():  # crisis plan to school, child + parent
    f = "03-crisis-plan-to-school.eml"
    n = nhs(); d = dt.date(2011, 4, 9)
    m = msg("Bethan Morgan <bethan.morgan3@wales.nhs.uk>", BREACH, "Fwd: crisis plan - sent to whole staff list at school", None, when(3),
            cte="quoted-printable")
    body = ("To the IG / breach team\n\nI'm a CAMHS practitioner. With consent from mum I sent Lowri's crisis plan to her head of "
            "year at Ysgol Gyfun Glan Nant. The head of year then forwarded it to the school's all-staff list (about 90 people) "
            "by mistake. School have apologised and asked staff to delete it but we can't confirm that.\n\n"
            "Bethan Morgan | CAMHS Practitioner | Bwrdd Iechyd Prifysgol Caerdydd a'r Fro | 029 2018 0334\n\n"
            + gmail("Mr D. Hughes <d.hughes@glannant.cardiff.sch.uk>", "Thu, 5 Nov 2026 at 12:10",
                    "FW: Safety plan Lowri Pugh Yr 10", "allstaff@glannant.cardiff.sch.uk")
            + "Please be aware of the below for Lowri in 10P.\n\n"
            + "CAMHS SAFETY / CRISIS PLAN\n"
              f"Child: Lowri Pugh   DOB {d_long(d)}   NHS no. {sp_nhs(n)}\n"
              "Parent/carer: Nia Pugh (mum) 07700 900812   nia.pugh@btinternet.com\n"
              "Lowri has been self-harming by cutting and has had thoughts of ending her life. Triggers: arguments at home, exams. "
              "If she discloses thoughts of suicide at school, do not leave her alone; call mum and the CAMHS duty line.\n")
    m.set_content(body, cte="quoted-printable")
    save(f, m)
    truth(f, "camhs_crisis_plan_school_allstaff", dict(nhs_number=[n], date_of_birth=[d], phone_number=["07700 900812"],
                                                       email_address=["nia.pugh@btinternet.com"]),
          ["Lowri Pugh", "Nia Pugh"], ["Bethan Morgan", "D. Hughes"],
          dict(email_address=["bethan.morgan3@wales.nhs.uk", "d.hughes@glannant.cardiff.sch.uk", "allstaff@glannant.cardiff.sch.uk", BREACH],
               phone_number=["029 2018 0334"]),
          2, ["mental_health"], 4, 3, ["child's CAMHS crisis plan (self-harm, suicidal thoughts)",
                                       "onward disclosure to ~90 school staff outside the trusted domains", "deletion requested, not confirmed"],
          tags=["quoted_printable", "inline_gmail", "child"])

def e04():  # health visitor caseload xlsx, child + parent rows
    f = "04-health-visitor-caseload-xlsx.eml"
    rows, ids, names = [], dict(nhs_number=[], date_of_birth=[], postcode=[], phone_number=[]), []
    for i in range(24):
        g = R.choice(["en", "sa", "wa", "pol", "cn", "gael"])
        cf, cl = rname(g); pf = first_for(g, cl)
        cn_ = nhs_any(); cd = dob(2022, 2026); cd = min(cd, dt.date(2026, 10, 30))
        pc = R.choice(PCS[:9]); ph = mob()
        flag = R.choice(["", "", "", "CP plan", "CIN", "DV - MARAC", "Early help"])
        rows.append([f"{cl.upper()} {cf}", d_uk(cd), cn_, f"{pf} {cl}", ph, pc, R.choice(["6-8wk", "1yr", "2-2.5yr", "ante"]), flag])
        ids["nhs_number"].append(cn_); ids["date_of_birth"].append(cd); ids["postcode"].append(pc); ids["phone_number"].append(ph)
        names += [f"{cf} {cl}", f"{pf} {cl}"]
    m = msg("Kerry Anstey <kerry.anstey@nhs.net>", BREACH, "breach - HV caseload sent to childrens centre", None, when(4))
    m.set_content("Hi\n\nI attached our team's caseload list to an email to Oakfield Children's Centre (council) instead of the "
                  "HV team leader. It has a safeguarding column on it. The centre manager has not replied yet. Original below.\n\n"
                  "Kerry Anstey, Health Visitor, 0161 496 0552\n\n"
                  + outlook("Anstey Kerry <kerry.anstey@nhs.net>", "04 November 2026 16:55", "oakfield.cc@manchester.gov.uk", "caseload")
                  + "here you go, the up to date one\nK\n")
    attach_xlsx(m, rows, "HV_caseload_Nov26.xlsx", "Caseload",
                title_rows=[["South Manchester HV Team - caseload"], [], ["Child", "Child DOB", "NHS No", "Parent/carer", "Contact", "Postcode", "Next contact", "Safeguarding"]])
    save(f, m)
    truth(f, "health_visitor_caseload_child_parent_xlsx", ids, names, ["Kerry Anstey"],
          dict(email_address=["kerry.anstey@nhs.net", "oakfield.cc@manchester.gov.uk", BREACH], phone_number=["0161 496 0552"]),
          48, ["safeguarding"], 4, 3, ["children's records with safeguarding flags (CP plan, MARAC)",
                                       "sent to a council address outside the trusted domains", "24 children + 24 parents"],
          tags=["xlsx", "rows_24", "child_parent_rows", "surname_forename"])

def e05():  # school immunisation csv, lower-case names, to parent
    f = "05-school-imms-csv-lowercase.eml"
    rows = [["pupil", "yr", "dob", "consent", "notes"]]
    names, dobs = [], []
    for i in range(12):
        a, b = rname(R.choice(["en", "sa", "wa", "pol"]))
        d = dob(2012, 2013)
        note = R.choice(["", "", "egg allergy", "fainted last time", "asthma - inhaler", "needle phobia", ""])
        rows.append([f"{a.lower()} {b.lower()}", "8", d.strftime("%d/%m/%y"), R.choice(["Y", "Y", "N"]), note])
        names.append(f"{a} {b}"); dobs.append(d)
    m = msg("jo pennock <joanne.pennock@nhs.net>", BREACH, "school imms list went to a parent", None, when(5))
    m.set_content("hi sorry to bother\n\nsent the hpv consent list for st aidans yr 8 to a parent who had emailed asking about "
                  "her sons consent form, meant to send to school office. she emailed back saying she had deleted it and "
                  "wont share it, her email is below\n\njo (school nurse)\n\n"
                  + apple("Claire Hollis <clairehollis77@outlook.com>", "4 November 2026 at 18:22:10 GMT", "Re: consent",
                          "jo pennock <joanne.pennock@nhs.net>")
                  + "Hi Jo, I think you sent me the wrong thing, it's a list of all the kids. I've deleted it and emptied my deleted "
                    "items, I won't show anyone. Claire\n")
    attach_csv(m, rows, "stAidans_yr8_HPV.csv")
    save(f, m)
    truth(f, "school_immunisation_csv_lowercase_contained", dict(date_of_birth=dobs), names, ["Joanne Pennock", "Claire Hollis"],
          dict(email_address=["joanne.pennock@nhs.net", "clairehollis77@outlook.com", BREACH]),
          12, ["health"], 3, 2, ["children's immunisation consent with allergies/medical notes (child involved)",
                                             "sent to a parent outside the trusted domains", "written confirmation of deletion (likelihood -1)"],
          tags=["csv", "lowercase_names", "apple_mail", "contained"])

def e06():  # hospice handover photographed on Facebook
    f = "06-hospice-handover-facebook.eml"
    rows = []
    ids = dict(date_of_birth=[], hospital_number=[])
    names = []
    for bed in range(1, 7):
        a, b = rname(R.choice(["en", "welsh", "gael", "sa"]))
        d = dob(1931, 1965); h = f"H{R.randint(100000, 999999)}"
        dx = R.choice(["Ca lung mets, syringe driver", "MND, NIV overnight", "Ca pancreas, EOL", "Heart failure, DNACPR",
                       "Ca breast w/ brain mets, agitated", "COPD, symptom control"])
        rows.append(f"| {bed} | {b.upper()} {a} | {d_uk(d)} | {h} | {dx} |")
        ids["date_of_birth"].append(d); ids["hospital_number"].append(h); names.append(f"{a} {b}")
    m = msg("Nerys Lloyd-Parry <nerys.lloydparry@stcadoc-hospice.org.uk>", BREACH,
            "URGENT - photo of our handover sheet on Facebook", None, when(6), cte="base64")
    body = ("Dear Data Protection Officer\n\nA relative has told us that a volunteer posted a photo on her public Facebook page last "
            "night ('lovely shift at the hospice!') and the inpatient unit handover sheet is clearly readable on the desk behind "
            "her. The post has 40+ likes and some shares. We have asked her to remove it; it was still up at 08:30. I have copied "
            "what can be read from the photo below.\n\n"
            "| Bed | Pt | DOB | Hosp no | Dx / plan |\n|---|---|---|---|---|\n" + "\n".join(rows) +
            "\n\nNerys Lloyd-Parry\nIn-Patient Unit Manager, St Cadoc's Hospice\n01633 496 021\n")
    m.set_content(body, cte="base64")
    save(f, m)
    truth(f, "hospice_handover_facebook_published", ids, names, ["Nerys Lloyd-Parry"],
          dict(email_address=["nerys.lloydparry@stcadoc-hospice.org.uk", BREACH], phone_number=["01633 496 021"]),
          6, ["health"], 3, 4, ["diagnoses and end-of-life plans of identified patients",
                                "published on a public social media page"], tags=["base64", "markdown_table", "published"])

def e07():  # hospice bereavement group To not Bcc
    f = "07-bereavement-group-to-not-bcc.eml"
    people = [rname(R.choice(["en", "welsh", "sa", "wa"])) for _ in range(14)]
    addrs = [f"{a.lower().replace('â','a').replace('ê','e')}.{b.lower().replace(' ', '')}{R.randint(1, 99)}@{R.choice(['gmail.com', 'hotmail.co.uk', 'yahoo.co.uk', 'btinternet.com'])}" for a, b in people]
    addrs = [re.sub(r"[^a-z0-9.@]", "", x) for x in addrs]
    to = ", ".join(f'"{a} {b}" <{e}>' for (a, b), e in zip(people, addrs))
    inner = msg("Bereavement Support <bereavement@stcadoc-hospice.org.uk>", to, "Your invitation - Winter Remembrance & support group",
                "Dear all,\n\nAs someone who has recently lost a loved one in our care, you are warmly invited to our support group "
                "on Thursdays at 2pm in the Garden Room, starting 12 November.\n\nWith warm wishes,\nThe Family Support Team\n",
                when(7), mid="stcadoc-hospice.org.uk")
    m = msg("Huw Gravell <huw.gravell@stcadoc-hospice.org.uk>", BREACH, "group email sent with all addresses visible", None, when(7, 2))
    m.set_content("Hello,\n\nThe attached went out this morning to 14 bereaved relatives with everyone's address in the To field "
                  "instead of Bcc. Two have already replied-all. Forwarding for your log.\n\nHuw Gravell, Family Support Lead\n")
    attach_msg(m, inner)
    save(f, m)
    truth(f, "hospice_bereavement_to_not_bcc", dict(email_address=addrs), [f"{a} {b}" for a, b in people], ["Huw Gravell"],
          dict(email_address=["huw.gravell@stcadoc-hospice.org.uk", "bereavement@stcadoc-hospice.org.uk", BREACH]),
          14, [], 2, 3, ["recipients' names and addresses exposed to each other, revealing a bereavement at the hospice",
                         "disclosed to external members of the public (To not Bcc)"], tags=["rfc822", "to_not_bcc"])

def e08():  # ambulance handover PDF to wrong ED (internal)
    f = "08-ambulance-handover-pdf-internal.eml"
    n = nhs(); d = dob(1940, 1950); hn = f"RVJ{R.randint(1000000, 9999999)}"
    a = ("41 Kingsway", "Newport", "NP20 4GH")
    m = msg("Clinical Hub WAST <cch.desk@nhs.net>", BREACH, "FW: ePCR handover - sent to wrong receiving unit", None, when(8))
    m.set_content("Forwarding on behalf of crew 4412 (paramedic Lee Hart). The electronic patient clinical record for the patient "
                  "below was emailed to the Royal Gwent ED instead of the Grange University Hospital. Both are health board nhs.net "
                  "inboxes. Incident number on Datix W-22871.\n\nClinical Contact Centre\nWelsh Ambulance Service\n\n"
                  + outlook("Hart Lee <lee.hart4@nhs.net>", "06 November 2026 21:48", "RGH ED <rgh.ed.admin@nhs.net>",
                            "ePCR 06/11 job 118"))
    attach_pdf(m, ["WELSH AMBULANCE SERVICES - PATIENT CLINICAL RECORD", "Job 118   Call 20:51   At hospital 21:40",
                   f"Patient: Mr Gethin PRYS   DOB {d_uk(d)}   NHS {sp_nhs(n)}   Hosp no {hn}",
                   f"Address: {a[0]}, {a[1]} {a[2]}",
                   "PC: fall at home, long lie ~6h, # NOF suspected L leg shortened and rotated.",
                   "PMH: AF on apixaban, T2DM, mild dementia. NOK daughter Eleri Prys.",
                   "Obs: HR 104 irreg, BP 98/60, GCS 14. Morphine 5mg IV 21:10.", "Crew: 4412"], "ePCR_job118.pdf")
    save(f, m)
    truth(f, "ambulance_epcr_pdf_internal", dict(nhs_number=[n], date_of_birth=[d], hospital_number=[hn], address=[", ".join(a)],
                                                 postcode=[a[2]]),
          ["Gethin Prys", "Eleri Prys"], ["Lee Hart"],
          dict(email_address=["cch.desk@nhs.net", "lee.hart4@nhs.net", "rgh.ed.admin@nhs.net", BREACH]),
          2, ["health"], 3, 2, ["clinical record of an identified patient (PDF)", "sent to the wrong ED inside nhs.net",
                                "vulnerable adult (dementia)"], tags=["pdf", "inline_outlook", "welsh"])

def e09():  # dentist referral to wrong practice, deletion confirmed
    f = "09-dental-referral-contained.eml"
    n = nhs_any(); d = dob(1988, 1999); ph = "07700 900317"
    m = msg("Reception - Bridge Street Dental <reception@bridgestreetdental.co.uk>", BREACH,
            "Data breach report - referral sent to wrong practice", None, when(9))
    m.set_content("Dear Sir/Madam\n\nWe are a small NHS dental practice. Our practice manager asked me to report this. A referral for "
                  "oral surgery (wisdom teeth under sedation) was emailed to Brook Lane Dental instead of the hospital maxfax dept. "
                  "Brook Lane have written to confirm they deleted it, see below.\n\nThanks\nShelley (receptionist)\nBridge Street Dental Practice, "
                  "14 Bridge Street, Wakefield WF1 1QX  tel 01924 496 330\n\n"
                  + gmail("Brook Lane Dental <info@brooklanedental.co.uk>", "Fri, 6 Nov 2026, 10:02", "Re: Referral",
                          "reception@bridgestreetdental.co.uk")
                  + "Hi Shelley, we received this in error. We can confirm it has been permanently deleted from our inbox and "
                    "deleted items and not saved anywhere. Regards, Mandeep (Practice Manager)\n\n"
                  + "> Referral: Mr Kwame MENSAH  D.O.B. " + d.strftime("%d %b %Y") + f"  NHS: {n}\n"
                  + f"> Tel {ph}. Anxious patient, requests IV sedation. Medical hx: epilepsy (levetiracetam).\n")
    save(f, m)
    truth(f, "dental_referral_external_contained", dict(nhs_number=[n], date_of_birth=[d], phone_number=[ph]), ["Kwame Mensah"],
          ["Shelley", "Mandeep"], dict(email_address=["reception@bridgestreetdental.co.uk", "info@brooklanedental.co.uk", BREACH],
                                       phone_number=["01924 496 330"], postcode=["WF1 1QX"], address=["14 Bridge Street, Wakefield WF1 1QX"]),
          1, ["health"], 3, 2, ["referral with medical history of an identified patient",
                                "sent to another dental practice outside the trusted domains",
                                "written confirmation of deletion (likelihood 3 -> 2)"], tags=["dentist", "contained", "inline_gmail"])

def e10():  # optician referral to wrong patient personal email
    f = "10-optician-referral-wrong-patient.eml"
    d = dob(1950, 1962); em = "ramesh.mistry61@yahoo.co.uk"; ph = "01162 496 118"
    m = msg("Anita Shah <anita.shah@clearsightopticians.co.uk>", BREACH, "Fw: GOS18 referral emailed to wrong customer", None, when(10))
    m.set_content("Hello\n\nI am the store manager. An optometrist emailed a GOS 18 referral letter to the wrong customer (a Mr Patel "
                  "with a similar record). He phoned to complain, he hasn't deleted it. The patient is:\n\n"
                  f"  Ramesh Mistry, d.o.b {d.strftime('%d-%m-%Y')}\n  email on file {em}, home {ph}\n\n"
                  "Referral reason was raised eye pressure ?glaucoma, urgent to ophthalmology at LRI. Sent to "
                  "sanjay.patel.1957@hotmail.com in error.\n\nAnita Shah\nClearSight Opticians, Leicester, 0116 496 0400\n")
    save(f, m)
    truth(f, "optician_referral_wrong_customer", dict(date_of_birth=[d], email_address=[em], phone_number=[ph]), ["Ramesh Mistry"],
          ["Anita Shah", "Sanjay Patel"], dict(email_address=["anita.shah@clearsightopticians.co.uk", "sanjay.patel.1957@hotmail.com", BREACH],
                                        phone_number=["0116 496 0400"]),
          1, ["health"], 3, 3, ["referral (suspected glaucoma) of an identified patient",
                                "sent to another member of the public outside the trusted domains"], tags=["optician", "no_forward"])

def e11():  # pharmacy EHC record to wrong GP (internal)
    f = "11-pharmacy-ehc-wrong-gp.eml"
    n = nhs(); d = dt.date(2010, 6, 2)
    m = msg("Sunil Varma <sunil.varma2@nhs.net>", BREACH, "Emergency contraception consultation sent to wrong surgery", None, when(11))
    m.set_content("Hi,\n\nI am the pharmacist at Varma Pharmacy (FQ123). Under the EHC service we notify the GP. I sent the notification "
                  "for a 16 year old to Parkside Surgery instead of Parklands Surgery (both nhs.net). Parkside called me and said they "
                  "had deleted it. I've pasted the notification.\n\n"
                  "PATIENT: Zofia Kowalczyk\n"
                  f"DOB: {d.strftime('%d/%m/%Y')}\nNHS NUMBER: {sp_nhs(n)}\n"
                  "Levonorgestrel 1.5mg supplied 07/11/2026 (UPSI approx 30 hrs prior). Fraser competent, did not want parents informed. "
                  "Advised chlamydia screen + pregnancy test in 3 weeks.\n\nSunil Varma MRPharmS\nVarma Pharmacy, 02 Market Place\n")
    save(f, m)
    truth(f, "pharmacy_ehc_wrong_gp_internal", dict(nhs_number=[n], date_of_birth=[d]), ["Zofia Kowalczyk"], ["Sunil Varma"],
          dict(email_address=["sunil.varma2@nhs.net", BREACH]), 1, ["reproductive_health", "sexual_health"], 4, 2,
          ["emergency contraception for a 16-year-old (child, reproductive/sexual health)",
           "sent to the wrong GP practice inside nhs.net", "verbal deletion (already at floor 2)"], tags=["pharmacy", "child"])

def e12():  # methadone supervised list to external pharmacy chain
    f = "12-methadone-list-external.eml"
    rows = [["Client", "DOB", "Drug", "Dose", "Pick-up", "Keyworker"]]
    names, dobs = [], []
    for i in range(9):
        a, b = rname(R.choice(["en", "en", "gael", "pol"]))
        d = dob(1968, 1996)
        rows.append([f"{a} {b}", d.strftime("%d.%m.%Y"), R.choice(["Methadone 1mg/ml", "Buprenorphine"]), f"{R.choice([30, 45, 60, 80, 8, 12])}",
                     R.choice(["daily supervised", "Mon/Thu", "daily supervised"]), R.choice(["AT", "JR", "MK"])])
        names.append(f"{a} {b}"); dobs.append(d)
    m = msg("Mark Kinsella <mark.kinsella@forwardtrust-recovery.org.uk>", BREACH, "FW: dispensing list", None, when(12))
    m.set_content("IG,\n\nOur dispensing list for Riverside was sent to the generic inbox of a different pharmacy company "
                  "(orders@healthmartpharmacy.co.uk) because of autocomplete. No response from them yet. 9 of our clients.\n\n"
                  "Mark Kinsella\nTeam Leader, Riverside Drug & Alcohol Service\n07700 900101 (work mobile)\n\n"
                  + outlook("Kinsella Mark", "Monday, November 9, 2026 9:14 AM", "orders@healthmartpharmacy.co.uk",
                            "dispensing list w/c 9/11"))
    attach_csv(m, rows, "riverside_dispensing_wc0911.csv")
    save(f, m)
    truth(f, "methadone_dispensing_list_external", dict(date_of_birth=dobs), names, ["Mark Kinsella"],
          dict(email_address=["mark.kinsella@forwardtrust-recovery.org.uk", "orders@healthmartpharmacy.co.uk", BREACH],
               phone_number=["07700 900101"]),
          9, ["substance_misuse"], 4, 3, ["opioid substitution treatment list of identified clients",
                                          "sent to a commercial pharmacy outside the trusted domains"], tags=["csv", "client_header"])

def e13():  # PrEP reminder To not Bcc
    f = "13-prep-clinic-to-not-bcc.eml"
    people = [rname(R.choice(["en", "wa", "sa", "cn", "pol", "gael"])) for _ in range(31)]
    addrs = []
    for a, b in people:
        loc = re.sub(r"[^a-z]", "", (a[0] + b).lower().replace("ł", "l").replace("ó", "o").replace("ś", "s")) + str(R.randint(1, 999))
        addrs.append(f"{loc}@{R.choice(['gmail.com', 'icloud.com', 'outlook.com', 'hotmail.co.uk', 'protonmail.com'])}")
    to = ", ".join(f"{a} {b} <{e}>" for (a, b), e in zip(people, addrs))
    m = msg("Dr Ifeoma Nnaji <ifeoma.nnaji@nhs.net>", BREACH, "Fw: PrEP review reminder - addresses visible", None, when(13))
    m.set_content("Dear DPO,\n\nI am the lead clinician at the Halcyon sexual health clinic. This morning one of our admin staff "
                  "sent the PrEP 3-monthly review reminder below to 31 service users in the To field instead of Bcc. Several "
                  "recipients have complained. The e-mail makes it obvious that every recipient is on HIV PrEP.\n\n"
                  "Dr Ifeoma Nnaji\nConsultant in GU/HIV Medicine\n\n"
                  + gmail("Halcyon Clinic Bookings <halcyon.bookings@nhs.net>", "Tue, 10 Nov 2026, 09:03", "PrEP review - please book your HIV test", to)
                  + "Hi everyone, it's time for your 3-monthly PrEP review. Please book an HIV and kidney function test before "
                    "collecting your next supply.\nHalcyon Sexual Health\n")
    save(f, m)
    truth(f, "prep_clinic_to_not_bcc", dict(email_address=addrs), [f"{a} {b}" for a, b in people], ["Ifeoma Nnaji"],
          dict(email_address=["ifeoma.nnaji@nhs.net", "halcyon.bookings@nhs.net", BREACH]),
          31, ["sexual_health"], 4, 3, ["recipients identified as PrEP users (sexual health)",
                                        "disclosed to 31 external recipients (To not Bcc), ICO 2015 56 Dean Street pattern"],
          tags=["to_not_bcc", "inline_gmail"])

def e14():  # HIV letter to wrong person who threatened patient
    f = "14-hiv-letter-threat-misuse.eml"
    n = nhs(); d = dob(1984, 1993); a = ("Flat 3, 27 Chapel Street", "Brixton, London", "SE15 4QA")
    ph = "+44 7700 900624"
    m = msg("Sexual Health Governance <shs.governance@nhs.net>", BREACH, "SERIOUS: HIV result letter - recipient contacted patient", None, when(14))
    m.set_content("Please escalate to the DPO today.\n\nOn 3 November a clinic letter confirming a new HIV diagnosis was emailed "
                  "to an old e-mail address held for the patient, which now belongs to his former partner. On 9 November the "
                  "former partner telephoned the patient on his mobile and threatened to tell his employer and family about his status "
                  "unless he paid her. The patient has reported this to police.\n\n"
                  "Patient: Adebayo Oluwaseun ADEYEMI\n"
                  f"DOB {d_abbr(d)} | NHS {n} | GUM no GU-58231\n"
                  f"Address: {a[0]}, {a[1]} {a[2]}\nMobile: {ph}\n"
                  "Letter went to: temi.b.adeyemi@gmail.com\n\nKate Lorimer\nGovernance Lead, Sexual Health Services\n")
    save(f, m)
    truth(f, "hiv_letter_misdirected_misuse", dict(nhs_number=[n], date_of_birth=[d], address=["27 Chapel Street, Brixton, London SE15 4QA"],
                                                   postcode=[a[2]], phone_number=[ph], hospital_number=["GU58231"]),
          ["Adebayo Oluwaseun Adeyemi"], ["Kate Lorimer"],
          dict(email_address=["shs.governance@nhs.net", "temi.b.adeyemi@gmail.com", BREACH]), 1, ["sexual_health"], 4, 5,
          ["new HIV diagnosis of an identified patient", "recipient threatened the patient (misuse occurred)"],
          tags=["misuse", "no_forward"])

def e15():  # fertility letter to wrong couple, html body
    f = "15-fertility-letter-wrong-couple-html.eml"
    n1, n2 = nhs(), nhs(); d1, d2 = dob(1986, 1991), dob(1983, 1989)
    html = (f"<html><body><p>Dear IG,</p><p>Our embryology team e-mailed a treatment summary to the wrong couple. The correct "
            f"patients are below. The couple who received it (at <a href='mailto:thebrennans@sky.com'>thebrennans@sky.com</a>) "
            f"have been very understanding but have not confirmed deletion.</p>"
            f"<table border='1'><tr><th>Partner</th><th>Name</th><th>DOB</th><th>NHS No</th></tr>"
            f"<tr><td>1</td><td>Mei Ling ZHOU</td><td>{d_uk(d1)}</td><td>{sp_nhs(n1)}</td></tr>"
            f"<tr><td>2</td><td>Jun ZHOU</td><td>{d_uk(d2)}</td><td>{sp_nhs(n2)}</td></tr></table>"
            f"<p>Content: IVF cycle 2 outcome &ndash; 2 embryos frozen, transfer planned January; semen analysis (low motility) "
            f"and AMH result included.</p><p>Regards,<br>Yasmin Darr<br>Quality Manager, Assisted Conception Unit<br>"
            f"Tel 0113 496 0339</p></body></html>")
    m = msg("Yasmin Darr <yasmin.darr@nhs.net>", BREACH, "IVF treatment summary sent to wrong patients", None, when(15), html=html)
    save(f, m)
    truth(f, "fertility_summary_wrong_couple_html", dict(nhs_number=[n1, n2], date_of_birth=[d1, d2]), ["Mei Ling Zhou", "Jun Zhou"],
          ["Yasmin Darr"], dict(email_address=["yasmin.darr@nhs.net", "thebrennans@sky.com", BREACH], phone_number=["0113 496 0339"]),
          2, ["reproductive_health"], 4, 3, ["IVF treatment details of an identified couple (reproductive health)",
                                             "sent to another couple outside the trusted domains"], tags=["html_only", "html_table"])

def e16():  # fertility list internal distribution
    f = "16-embryology-list-internal.eml"
    rows = [["Surname", "Forename", "Hosp No", "DOB", "Procedure", "Donor?"]]
    ids = dict(hospital_number=[], date_of_birth=[]); names = []
    for i in range(8):
        a, b = rname(R.choice(["en", "sa", "wa", "cn", "pol"]))
        h = f"K{R.randint(1000000, 9999999)}"; d = dob(1982, 1996)
        rows.append([b.upper(), a, h, d_uk(d), R.choice(["EC", "FET", "IUI", "ICSI"]), R.choice(["", "", "donor sperm", "donor eggs"])])
        ids["hospital_number"].append(h); ids["date_of_birth"].append(d); names.append(f"{a} {b}")
    m = msg("Aled Vaughan <aled.vaughan@nhs.net>", BREACH, "theatre list sent to wrong distribution list", None, when(16))
    m.set_content("Hi\nThe weekly ACU theatre list (attached) was sent to the 'Theatres-All' nhs.net distribution list (~200 "
                  "trust staff) instead of 'ACU-Theatres'. Recall attempted, partially successful. All recipients are trust "
                  "staff on nhs.net.\nAled Vaughan, ACU Coordinator, x 5512\n")
    attach_xlsx(m, rows, "ACU_theatre_list.xlsx")
    save(f, m)
    truth(f, "embryology_list_internal_dl", ids, names, ["Aled Vaughan"], dict(email_address=["aled.vaughan@nhs.net", BREACH]),
          8, ["reproductive_health"], 4, 2, ["fertility procedures (incl. donor gametes) of identified patients",
                                             "stayed inside the trust's nhs.net distribution lists"], tags=["xlsx", "surname_forename", "internal"])

def e17():  # genetics pedigree letter to wrong relative
    f = "17-genetics-pedigree-wrong-relative.eml"
    n = nhs(600_000_000, 799_999_999); d = dob(1972, 1980)
    m = msg("Clinical Genetics Admin <genetics.admin@nhs.net>", BREACH, "Fwd: BRCA2 result letter - sent to sister", None, when(17))
    letter = ["All Wales Medical Genomics Service", f"Re: Mrs Ceri Bowen  DOB {d_long(d)}  NHS {sp_nhs(n)}",
              "Dear Mrs Bowen,", "Your genetic test has found a pathogenic variant in the BRCA2 gene (c.5946delT). This increases the "
              "risk of breast and ovarian cancer. Your late mother, Mrs Gwenllian Bowen, and your maternal aunt Menna Rees were "
              "affected. We recommend that your daughters, Ffion and Cerys, are offered predictive testing from age 18.",
              "Dr Rhian Thomas, Consultant Clinical Geneticist"]
    m.set_content("Hello\n\nThe attached result letter was e-mailed to the patient's sister (who is also on our database, "
                  "different address: sbowen.cardiff@gmail.com) instead of to the patient. The sister has not been tested and "
                  "did not know about the family result. She phoned us upset.\n\nGenetics admin team\n")
    attach_docx(m, letter, "BRCA2_result_letter.docx")
    save(f, m)
    truth(f, "genetics_result_to_relative", dict(nhs_number=[n], date_of_birth=[d]),
          ["Ceri Bowen", "Gwenllian Bowen", "Menna Rees", "Ffion", "Cerys"], ["Rhian Thomas"],
          dict(email_address=["genetics.admin@nhs.net", "sbowen.cardiff@gmail.com", BREACH]),
          5, ["genetic"], 4, 3, ["BRCA2 result and family history (genetic) of identified people",
                                 "sent to a relative's personal address outside the trusted domains"], tags=["docx", "welsh"])

def e18():  # prison healthcare list
    f = "18-prison-healthcare-list.eml"
    rows = [["Prison no", "Name", "DOB", "NHS No", "Wing", "Clinic"]]
    ids = dict(nhs_number=[], date_of_birth=[]); names = []
    for i in range(10):
        a, b = rname(R.choice(["en", "en", "wa", "sa", "gael", "pol"]))
        n = nhs_any(); d = dob(1970, 2004)
        rows.append([f"A{R.randint(1000, 9999)}{R.choice('BCDEF')}{R.choice('GHJKL')}", f"{b.upper()}, {a}", d.strftime("%d/%m/%Y"), n,
                     R.choice(["B", "C", "HCC"]), R.choice(["Hep C treatment", "Opiate detox review", "Mental health in-reach",
                                                            "Diabetes", "Opiate detox review"])])
        ids["nhs_number"].append(n); ids["date_of_birth"].append(d); names.append(f"{a} {b}")
    m = msg("Lorraine Tate <lorraine.tate@nhs.net>", BREACH, "clinic list emailed to prison officer personal address", None, when(18))
    m.set_content("Good afternoon,\n\nI work for the healthcare provider at HMP Thornhill. Tomorrow's clinic list was e-mailed by a "
                  "nurse to a prison officer's personal e-mail (r.daykin74@yahoo.com) because the justice.gov.uk address "
                  "was mistyped. The officer says he has not opened it. The list includes detox and hep C clinics.\n\n"
                  "Lorraine Tate, Head of Healthcare, HMP Thornhill\n01924 496 700 ext 233\n")
    attach_csv(m, rows, "clinic_list_12nov.csv")
    save(f, m)
    truth(f, "prison_healthcare_clinic_list", ids, names, ["Lorraine Tate"],
          dict(email_address=["lorraine.tate@nhs.net", "r.daykin74@yahoo.com", BREACH], phone_number=["01924 496 700"]),
          10, ["health", "substance_misuse", "criminal"], 4, 3, ["prisoners' clinic list (detox, hep C, mental health)",
                                                                 "sent to a personal address outside the trusted domains"],
          tags=["csv", "surname_comma_forename", "prison"])

def e19():  # LD hospital passport to wrong care agency
    f = "19-ld-hospital-passport.eml"
    n = nhs(); d = dob(1990, 2000); ph = "01904 496 227"; a = ("9 Orchard Close", "York", "YO24 3DL")
    m = msg("Pauline Sagar <pauline.sagar@nhs.net>", BREACH, "FW: hospital passport sent to wrong provider", None, when(19))
    m.set_content("Hi,\nI'm an acute liaison nurse for people with a learning disability. I sent Tyler's hospital passport to "
                  "Brightcare Homecare instead of Bright Futures Supported Living. Brightcare's coordinator acknowledged it "
                  "but we haven't had deletion confirmed.\n\nPauline Sagar, LD Acute Liaison Nurse, tel 01904 496 100\n\n"
                  + outlook("Sagar Pauline <pauline.sagar@nhs.net>", "11 November 2026 10:12", "referrals@brightcare-homecare.co.uk",
                            "Hospital passport - Tyler Hollis"))
    attach_pdf(m, ["MY HOSPITAL PASSPORT", "My name is: Tyler Hollis    I like to be called: Ty",
                   f"Date of birth: {d_uk(d)}    NHS number: {n}", f"I live at: {a[0]}, {a[1]}, {a[2]}",
                   f"Contact: my mum Amber Hollis {ph}", "I have a learning disability and autism. I have epilepsy.",
                   "I do not like loud noises. I need someone with me for blood tests.", "I take sodium valproate 500mg twice a day."],
               "Hospital_passport_TH.pdf")
    save(f, m)
    truth(f, "learning_disability_passport_external", dict(nhs_number=[n], date_of_birth=[d], phone_number=[ph],
                                                           address=[", ".join(a)], postcode=[a[2]]),
          ["Tyler Hollis", "Amber Hollis"], ["Pauline Sagar"],
          dict(email_address=["pauline.sagar@nhs.net", "referrals@brightcare-homecare.co.uk", BREACH], phone_number=["01904 496 100"]),
          2, ["health"], 3, 3, ["hospital passport of a vulnerable adult with a learning disability",
                                "sent to the wrong care provider outside the trusted domains"], tags=["pdf", "learning_disability"])

def e20():  # Welsh bilingual letter, to gmail
    f = "20-welsh-health-board-letter.eml"
    n1 = nhs(); d1 = dob(1955, 1965); a1 = ("27 Ffordd Las", "Bangor", "LL57 2RT")
    m = msg("Siwan Prydderch <siwan.prydderch@wales.nhs.uk>", BREACH, "Toriad data posibl / possible data breach", None, when(20))
    m.set_content("Annwyl Swyddog Diogelu Data / Dear Data Protection Officer,\n\n"
                  "Anfonwyd llythyr clinig at y person anghywir. A clinic letter for Mr Rhys ap Gwilym was e-mailed to "
                  "rhysapg@gmail.com, which belongs to a different Rhys ap Gwilym (he replied to tell us). Letter text:\n\n"
                  f"  Mr Rhys ap Gwilym, {a1[0]}, {a1[1]} {a1[2]}\n  Dyddiad geni / DOB: {d_uk(d1)}\n  Rhif GIG / NHS No: {sp_nhs(n1)}\n"
                  "  Diolch am ddod i'r clinig cardioleg. Your echo showed moderate aortic stenosis; we will review in 6 months.\n"
                  "  cc: Siân Llewelyn (daughter, with patient's consent)\n\n"
                  "Siwan Prydderch\nSwyddog Gweinyddol / Administrative Officer\nBwrdd Iechyd Prifysgol Betsi Cadwaladr\n01248 496 512\n")
    save(f, m)
    truth(f, "welsh_bilingual_letter_namesake", dict(nhs_number=[n1], date_of_birth=[d1], address=[", ".join(a1)], postcode=[a1[2]]),
          ["Rhys ap Gwilym", "Siân Llewelyn"], ["Siwan Prydderch"],
          dict(email_address=["siwan.prydderch@wales.nhs.uk", "rhysapg@gmail.com", BREACH], phone_number=["01248 496 512"]),
          2, ["health"], 3, 3, ["cardiology letter of an identified patient", "sent to a namesake's gmail outside the trusted domains"],
          tags=["welsh", "bilingual"])

def e21():  # Welsh internal ward list
    f = "21-welsh-ward-list-internal.eml"
    lines, ids, names = [], dict(nhs_number=[], date_of_birth=[]), []
    for bed in range(1, 9):
        a, b = rname("welsh")
        n = nhs_any(); d = dob(1930, 1960)
        lines.append(f"{bed}\t{b.upper()} {a}\t{n}\t{d.strftime('%d.%m.%Y')}\t{R.choice(['CVA rehab', 'NOF post op', 'delirium', 'UTI', 'awaiting POC'])}")
        ids["nhs_number"].append(n); ids["date_of_birth"].append(d); names.append(f"{a} {b}")
    m = msg("ward 7 morfa <ward7.morfa@nhs.net>", BREACH, "ward list", None, when(21))
    m.set_content("hi sent our ward list to ward 7 singleton instead of ward 7 morriston by accident, they said they binned it. "
                  "both nhs.net. list was\n\n" + "\n".join(lines) + "\n\nceri hcsw\n")
    save(f, m)
    truth(f, "welsh_ward_list_internal_no_header", ids, names, ["Ceri"], dict(email_address=["ward7.morfa@nhs.net", BREACH]),
          8, ["health"], 3, 2, ["ward list with diagnoses of identified patients", "stayed inside nhs.net",
                                "verbal deletion (already at floor 2)"], tags=["no_header", "lowercase_writer", "surname_forename"])

def e22():  # Scottish CHI, Gaelic names, posted letter
    f = "22-scottish-chi-gaelic-letter.eml"
    d1 = dt.date(1948, 3, 17); c1 = chi(d1, True); d2 = dt.date(1979, 11, 2); c2 = chi(d2, False)
    a = ("14 Sràid na h-Eaglais", "Steòrnabhagh", "HS1 2AB")
    inner = msg("Catrìona NicAoidh <catriona.nicaoidh@nhs.scot>", "Information Governance <ig.wi@nhs.scot>",
                "Discharge letters in wrong envelopes", "Hi,\n\nA patient in Tong phoned to say she received another family's "
                "discharge letter in the post along with her own; we think two letters went into one envelope.\n\n"
                f"Letter 1 (sent to wrong house): Mòrag MacLeòid, CHI {c1[:6]} {c1[6:]}, born {d_long(d1)}, {a[0]}, {a[1]}, {a[2]}.\n"
                "Admitted with a fall and new diagnosis of Parkinson's disease; district nurse to visit.\n"
                f"Letter 2: her son Calum MacLeòid (CHI {c2}) - carers' assessment summary.\n\n"
                "The lady in Tong has kept the letter and wants to complain about it.\n\nCatrìona NicAoidh\nWard Clerk, Ward 4\n",
                when(22), mid="nhs.scot")
    m = msg("IG Western Isles <ig.wi@nhs.scot>", BREACH, "Fwd: Discharge letters in wrong envelopes", None, when(22, 3))
    m.set_content("Forwarding to the breach mailbox for logging. Original report from the ward attached.\n\nIG Western Isles\n")
    attach_msg(m, inner)
    save(f, m)
    truth(f, "scotland_chi_gaelic_postal", dict(chi_number=[c1, c2], date_of_birth=[d1], address=[", ".join(a)], postcode=[a[2]]),
          ["Mòrag MacLeòid", "Calum MacLeòid"], ["Catrìona NicAoidh"],
          dict(email_address=["catriona.nicaoidh@nhs.scot", "ig.wi@nhs.scot", BREACH]), 2, ["health"], 3, 3,
          ["discharge letter with diagnosis of an identified patient", "posted to a member of the public, not returned"],
          tags=["rfc822", "chi", "gaelic", "postal"])

def e23():  # Northern Ireland H&C, hurried lower case
    f = "23-ni-hc-numbers-hurried.eml"
    h1, h2 = hc(), hc(); d1 = dob(1960, 1970); d2 = dob(1991, 1999)
    m = msg("roisin mcgarvey <roisin.mcgarvey@westerntrust.hscni.net>", BREACH, "sent wrong thing", None, when(23))
    m.set_content("hiya\n\ni emailed the district nursing visit notes to the patients nephew on his hotmail, he had asked for his aunts "
                  f"but i attached two. the other one was seán ó briain h&c {h1} dob {d1.strftime('%d/%m/%y')} leg ulcer dressings and "
                  f"his wife niamh ó briain. also niamh nic an tsaoi h+c no {h2[:3]} {h2[3:6]} {h2[6:]} dob {d2.strftime('%d %b %Y')} "
                  "catheter care. nephew is conor.devlin83@hotmail.com he says he'll delete it but hasnt said he has\n\n"
                  "roisin\nDN team derry 028 7136 0451\n")
    save(f, m)
    truth(f, "northern_ireland_hc_lowercase", dict(hc_number=[h1, h2], date_of_birth=[d1, d2]),
          ["Seán Ó Briain", "Niamh Ó Briain", "Niamh Nic an tSaoi"], ["Roisin McGarvey"],
          dict(email_address=["roisin.mcgarvey@westerntrust.hscni.net", "conor.devlin83@hotmail.com", BREACH],
               phone_number=["028 7136 0451"]),
          3, ["health"], 3, 3, ["district nursing notes of identified patients",
                                "sent to a relative of another patient outside the trusted domains"],
          tags=["hc_number", "lowercase_names", "irish"])

def e24():  # DWP / benefits letter with NI number, Polish
    f = "24-dwp-pip-letter-ni-number.eml"
    ninum = ni(); n = nhs(); d = dob(1978, 1986); ph = "07700 900 958"
    m = msg("Naomi Fairclough <naomi.fairclough@nhs.net>", BREACH, "FW: PIP supporting letter sent to wrong DWP address", None, when(24))
    inner_to = "pip.evidence@dwp-benefits-help.co.uk"
    m.set_content("Dear IG,\n\nI sent a supporting letter for a PIP claim to an address from a Google search which turned out to "
                  "be a private 'benefits help' company, not DWP. It includes NI number and mental health details. I have asked "
                  "them to delete it; no reply.\n\nNaomi Fairclough | Care Coordinator | Salford CMHT\n\n"
                  + outlook("Fairclough Naomi (GREATER MANCHESTER MENTAL HEALTH NHS FT)", "10 November 2026 15:31", inner_to,
                            "PIP evidence - Mr Łukasz Wiśniewski")
                  + "To whom it may concern,\n\n"
                    f"RE: Łukasz WIŚNIEWSKI, DOB {d_uk(d)}, National Insurance number {ninum[:2]} {ninum[2:4]} {ninum[4:6]} {ninum[6:8]} {ninum[8]}, "
                    f"NHS {n}\nTel: {ph}\n\n"
                    "Mr Wiśniewski has a diagnosis of PTSD and recurrent depressive disorder and has been under our CMHT since 2023. "
                    "He struggles to leave the house and needs prompting with personal care. His wife, Agnieszka Wiśniewska, is "
                    "his main carer.\n\nNaomi Fairclough, Care Coordinator\n")
    save(f, m)
    truth(f, "dwp_benefits_letter_ni_number", dict(ni_number=[ninum], nhs_number=[n], date_of_birth=[d], phone_number=[ph]),
          ["Łukasz Wiśniewski", "Agnieszka Wiśniewska"], ["Naomi Fairclough"],
          dict(email_address=["naomi.fairclough@nhs.net", inner_to, BREACH]), 2, ["mental_health"], 4, 3,
          ["benefits letter with NI number and mental health diagnosis", "sent to a private company outside the trusted domains"],
          tags=["ni_number", "polish", "inline_outlook"])

def e25():  # snooping, audit CSV
    f = "25-snooping-audit-csv.eml"
    n1, n2 = nhs(), nhs(); d1, d2 = dob(1962, 1970), dob(1999, 2004)
    rows = [["Timestamp", "User", "Patient", "NHS No", "DOB", "Screen"]]
    for i in range(6):
        pt, nn, dd = (("QURESHI, Imran", n1, d1) if i % 2 == 0 else ("QURESHI, Ayesha", n2, d2))
        rows.append([f"2026-10-{12 + i:02d} 2{i}:1{i}", "RAHMAN_S", pt, nn, dd.isoformat(), R.choice(["Summary", "Results", "Letters", "Maternity"])])
    m = msg("Privacy Officer <privacy.officer@nhs.net>", BREACH, "Inappropriate access - audit extract", None, when(25))
    m.set_content("DPO,\n\nFollowing a complaint from Mr Imran Qureshi, the access audit shows a receptionist (user RAHMAN_S, "
                  "Shabana Rahman, a family acquaintance) viewed his record and his daughter Ayesha's record six times over a week "
                  "with no clinical reason, including Ayesha's maternity notes. Mr Qureshi says details of the pregnancy became "
                  "known in the community. HR are involved. Audit extract attached.\n\nPrivacy Officer, Ashfield Medical Group\n")
    attach_csv(m, rows, "audit_extract_RAHMAN_S.csv")
    save(f, m)
    truth(f, "snooping_audit_misuse", dict(nhs_number=[n1, n2], date_of_birth=[d1, d2]), ["Imran Qureshi", "Ayesha Qureshi"],
          ["Shabana Rahman"], dict(email_address=["privacy.officer@nhs.net", BREACH]), 2, ["reproductive_health"], 4, 5,
          ["staff member accessed records without reason (maternity notes)", "information spread in the community (misuse occurred)"],
          tags=["csv", "snooping", "misuse"])

def e26():  # optician domiciliary list with Resident header to wrong care home
    f = "26-domiciliary-eye-resident-list.eml"
    rows, ids, names = [["Resident", "D.O.B.", "Room", "Last test", "Notes"]], dict(date_of_birth=[]), []
    for i in range(11):
        a, b = rname(R.choice(["en", "en", "gael", "welsh", "cn"]))
        d = dob(1926, 1944)
        rows.append([f"{a} {b}", d.strftime("%d %B %Y"), str(R.randint(1, 40)), "Nov 2024",
                     R.choice(["dementia - needs carer present", "cataract referral", "AMD", "", "diabetic"])])
        ids["date_of_birth"].append(d); names.append(f"{a} {b}")
    m = msg("Dan Fenwick <dan@homevisioncare.co.uk>", BREACH, "data breach - residents list", None, when(26))
    m.set_content("Hello,\n\nWe're a domiciliary optician. Our visit list for Meadowbank Care Home was emailed to Meadowview Care "
                  "Home by mistake. They have not replied. Sheet attached.\n\nDan Fenwick, Director, HomeVision Care Ltd, 0191 496 0770\n")
    attach_xlsx(m, rows, "Meadowbank_visit_list.xlsx", "Visit")
    save(f, m)
    truth(f, "domiciliary_optician_resident_list", ids, names, ["Dan Fenwick"],
          dict(email_address=["dan@homevisioncare.co.uk", BREACH], phone_number=["0191 496 0770"]),
          11, ["health"], 3, 3, ["care home residents' eye health notes (vulnerable adults)",
                                 "sent to another care home outside the trusted domains"], tags=["xlsx", "resident_header"])

def e27():  # SURNAME Forename community nursing export to personal gmail, big
    f = "27-community-caseload-export-gmail.eml"
    rows = [["PATIENT", "NHS_NUMBER", "DOB", "ADDRESS", "POSTCODE", "TEL", "VISIT_REASON"]]
    ids = dict(nhs_number=[], date_of_birth=[], postcode=[], phone_number=[], address=[]); names = []
    towns = ["Leeds", "Bradford", "Halifax", "Huddersfield"]
    for i in range(60):
        a, b = rname(R.choice(["cn", "wa", "sa", "en", "en", "pol"]))
        n = nhs_any(); d = dob(1925, 1975); st = addr(R.choice(PCS), R.choice(towns))
        ph = R.choice([f"0113 496 {R.randint(0, 999):04d}", mob().replace(" ", "")])
        rows.append([f"{b.upper()} {a}", n, d.strftime("%Y%m%d"), f"{st[0]}, {st[1]}", st[2], ph,
                     R.choice(["insulin", "wound care", "catheter", "palliative", "B12", "compression"])])
        ids["nhs_number"].append(n); ids["date_of_birth"].append(d); ids["postcode"].append(st[2]); ids["phone_number"].append(ph)
        ids["address"].append(f"{st[0]}, {st[1]}, {st[2]}"); names.append(f"{a} {b}")
    inner = msg("Ngozi Eze <ngozi.eze@nhs.net>", "ngozi.eze1980@gmail.com", "caseload", "for the weekend\n", when(27))
    attach_csv(inner, rows, "SystmOne_export_caseload.csv")
    m = msg("Jane Whitely <jane.whitely@nhs.net>", BREACH, "staff member emailed caseload to her own gmail", None, when(27, 5))
    m.set_content("Hello,\n\nDLP flagged the attached. A band 6 district nurse e-mailed the whole team's caseload export "
                  "(60 patients) to her personal gmail so she could plan visits at home. She says she has deleted it but we have "
                  "no evidence.\n\nJane Whitely\nDistrict Nursing Team Lead, Calder Community Services\n01422 496 020\n")
    attach_msg(m, inner)
    save(f, m)
    truth(f, "community_export_personal_gmail", ids, names, ["Ngozi Eze", "Jane Whitely"],
          dict(email_address=["ngozi.eze@nhs.net", "ngozi.eze1980@gmail.com", "jane.whitely@nhs.net", BREACH],
               phone_number=["01422 496 020"]),
          60, ["health"], 3, 3, ["caseload with health numbers and visit reasons", "sent to a staff member's personal gmail (external)",
                                 "deletion claimed, not evidenced"], tags=["rfc822", "csv", "rows_60", "surname_forename", "dob_yyyymmdd"])

def e28():  # internal misdirection with written confirmation
    f = "28-results-internal-confirmed.eml"
    n = nhs(); d = dob(1970, 1980); hn = "RX1" + f"{R.randint(100000, 999999)}"
    m = msg("Chen Hao <hao.chen@nhs.net>", BREACH, "FW: blood results sent to wrong practice - deleted", None, when(28))
    m.set_content("For the log, low risk I think.\n\nHao Chen, Biochemistry Results Office\n\n"
                  + outlook("Reception, Elm Tree Surgery <elmtree.surgery@nhs.net>", "12 November 2026 09:30", "Chen Hao <hao.chen@nhs.net>",
                            "RE: results")
                  + "Received in error. We confirm it's been deleted and not added to any record.\nJas, Elm Tree Surgery\n\n"
                  + outlook("Chen Hao <hao.chen@nhs.net>", "11 November 2026 17:02", "elmtree.surgery@nhs.net", "results")
                  + f"Patient: Mr Yaw OSEI\nHosp No: {hn}\nNHS No: {n}\nDOB: {d_uk(d)}\nHbA1c 78 mmol/mol, eGFR 41. Please act.\n")
    save(f, m)
    truth(f, "results_internal_confirmed_deleted", dict(nhs_number=[n], date_of_birth=[d], hospital_number=[hn]), ["Yaw Osei"],
          ["Hao Chen", "Jas"], dict(email_address=["hao.chen@nhs.net", "elmtree.surgery@nhs.net", BREACH]),
          1, ["health"], 3, 2, ["blood results of an identified patient", "sent to the wrong GP inside nhs.net",
                                "written confirmation of deletion (already at floor 2)"], tags=["inline_outlook", "contained", "internal"])

def e29():  # hospice referral to solicitor, contained
    f = "29-hospice-referral-solicitor-contained.eml"
    n = nhs(); d = dob(1944, 1952); ph = "(01633) 496 884"; em = "gwyn.powell44@talktalk.net"
    m = msg("Referrals, St Cadoc's <referrals@stcadoc-hospice.org.uk>", BREACH, "misdirected referral - now deleted", None, when(29))
    m.set_content("Dear Data Protection Officer,\n\nA community palliative care referral was sent to Powell & Co Solicitors "
                  "(reception@powellsolicitors.co.uk) instead of the patient's GP. The solicitors' practice manager has confirmed in "
                  "writing that the e-mail has been deleted and was not read beyond the first line (their e-mail of 13/11 is on file).\n\n"
                  f"Referral was for Mr Gwyn POWELL, DOB {d.strftime('%d/%m/%Y')}, NHS {sp_nhs(n)}, tel {ph}, e-mail {em}. "
                  "Metastatic prostate cancer, increasing pain, wishes to die at home.\n\nReferrals Team\n")
    save(f, m)
    truth(f, "hospice_referral_external_contained", dict(nhs_number=[n], date_of_birth=[d], phone_number=[ph], email_address=[em]),
          ["Gwyn Powell"], [], dict(email_address=["referrals@stcadoc-hospice.org.uk", "reception@powellsolicitors.co.uk", BREACH]),
          1, ["health"], 3, 2, ["palliative referral with diagnosis of an identified patient", "sent outside the trusted domains",
                                "written confirmation of deletion (likelihood 3 -> 2)"], tags=["contained", "palliative"])

def e30():  # MASH referral to wrong council
    f = "30-mash-referral-wrong-council.eml"
    n1 = nhs(); d1 = dt.date(2019, 2, 14); d2 = dt.date(2023, 8, 30); n2 = nhs()
    a = ("112 Nelson Road", "Birmingham", "B11 4QA"); ph = "0121 496 0345"
    m = msg("Safeguarding Team <safeguarding.children@nhs.net>", BREACH, "Fw: MASH referral sent to wrong local authority", None, when(30))
    m.set_content("The named nurse for safeguarding has asked me to report this. A MASH referral was sent to Solihull's "
                  "front door instead of Birmingham's. Solihull have acknowledged but not confirmed deletion.\n\n"
                  + apple("Safeguarding Team <safeguarding.children@nhs.net>", "12 November 2026 at 14:08", "MASH referral",
                          "mash@solihull.gov.uk")
                  + "MULTI-AGENCY REFERRAL FORM\n"
                    f"Child 1: Chinonso Okonkwo  DOB {d_uk(d1)}  NHS {n1}\n"
                    f"Child 2: Adaeze Okonkwo  DOB {d_uk(d2)}  NHS {n2}\n"
                    f"Mother: Folake Okonkwo   Address: {a[0]}, {a[1]}, {a[2]}   Tel {ph}\n"
                    "Concerns: mother attended ED with facial injuries, disclosed domestic abuse by partner (Kofi Boateng). "
                    "Children present during incidents. Mother consents to referral.\n")
    save(f, m)
    truth(f, "mash_referral_wrong_council", dict(nhs_number=[n1, n2], date_of_birth=[d1, d2], address=[", ".join(a)],
                                                 postcode=[a[2]], phone_number=[ph]),
          ["Chinonso Okonkwo", "Adaeze Okonkwo", "Folake Okonkwo", "Kofi Boateng"], [],
          dict(email_address=["safeguarding.children@nhs.net", "mash@solihull.gov.uk", BREACH]), 4, ["safeguarding"], 4, 3,
          ["safeguarding referral about children and domestic abuse", "sent to the wrong council outside the trusted domains"],
          tags=["apple_mail", "child"])

def e31():  # LD respite list, no header, cc'd to family carer
    f = "31-ld-respite-service-user-list.eml"
    lines, ids, names = [], dict(date_of_birth=[], postcode=[]), []
    for i in range(7):
        a, b = rname(R.choice(["en", "sa", "wa", "welsh"]))
        d = dob(1985, 2005); pc = R.choice(PCS[:9])
        lines.append(f"{a} {b}, {d.strftime('%d/%m/%Y')}, {pc}, {R.choice(['PEG fed', 'epilepsy - buccal midazolam', 'autism, 2:1', 'hoist', 'diabetes'])}")
        ids["date_of_birth"].append(d); ids["postcode"].append(pc); names.append(f"{a} {b}")
    m = msg("Helen Tranter <helen.tranter@nhs.net>", BREACH, "respite booking list - parent cc'd", None, when(31))
    m.set_content("Hi, reporting that the December respite bookings for Willow Lodge (LD short breaks) went to the usual "
                  "staff plus a parent carer who was cc'd from an earlier thread (mr.s.kettle@gmail.com). Pasted below as sent:\n\n"
                  + "Service user, DOB, Postcode, Needs\n" + "\n".join(lines) + "\n\nHelen Tranter, Short Breaks Coordinator, 01482 496 660\n")
    save(f, m)
    truth(f, "ld_respite_list_service_user_cc_parent", ids, names, ["Helen Tranter", "S. Kettle"],
          dict(email_address=["helen.tranter@nhs.net", "mr.s.kettle@gmail.com", BREACH], phone_number=["01482 496 660"]),
          7, ["health"], 3, 3, ["health needs of identified adults with learning disabilities (vulnerable)",
                                "cc'd to a parent outside the trusted domains"], tags=["service_user_header", "learning_disability"])

def e32():  # care home Resident transfer list to ambulance (internal)
    f = "32-care-home-transfer-internal.eml"
    rows, ids, names = [["Resident", "NHS No", "DOB", "NOK", "NOK tel", "Mobility"]], dict(nhs_number=[], date_of_birth=[], phone_number=[]), []
    for i in range(5):
        a, b = rname(R.choice(["en", "gael", "cn", "pol"])); ka = first_for("en", b)
        n = nhs_any(); d = dob(1928, 1940); ph = f"0{R.choice(['1632', '1914'])} {R.randint(100000, 999999)}"
        ph = f"07700 900{R.randint(0, 999):03d}"
        rows.append([f"{a} {b}", sp_nhs(n), d_abbr(d), f"{ka} {b}", ph, R.choice(["stretcher", "chair", "walks with frame"])])
        ids["nhs_number"].append(n); ids["date_of_birth"].append(d); ids["phone_number"].append(ph); names += [f"{a} {b}", f"{ka} {b}"]
    m = msg("Patient Transport Control <pts.control@nhs.net>", BREACH, "transfer list received in error", None, when(32))
    m.set_content("Hi, we (PTS control) received the attached evacuation/transfer list from a care home that was meant for the "
                  "council's emergency planning team. It came from their nhs.net account. We have deleted our copy and "
                  "told the home.\nPTS Control Room Supervisor\n")
    attach_xlsx(m, rows, "transfer_list_Rowan_House.xlsx")
    save(f, m)
    truth(f, "care_home_resident_nok_internal", ids, names, [], dict(email_address=["pts.control@nhs.net", BREACH]),
          10, ["health"], 3, 2, ["care home residents (vulnerable) with NOK details", "received inside nhs.net and deleted"],
          tags=["xlsx", "resident_header", "nok_column", "internal"])

def e33():  # near miss with identifiers
    f = "33-near-miss-autocomplete.eml"
    n = nhs(); d = dob(1990, 1998)
    m = msg("Priyanka Chakraborty <priyanka.chakraborty@nhs.net>", BREACH, "near miss - nearly sent to wrong Sam", None, when(33))
    m.set_content("Hi, not sure if you need this but our manager said to report near misses. I was about to send a perinatal "
                  "mental health referral to 'Sam Ridley' (external, a supplier) instead of Sam Ridley-Jones the perinatal team "
                  "administrator. I noticed before pressing send; nothing was sent. The draft was for:\n\n"
                  f"Harpreet Sandhu, DOB {d_uk(d)}, NHS {n} - postnatal depression, 6 weeks post partum.\n\n"
                  "Priyanka Chakraborty, Midwife\n")
    save(f, m)
    truth(f, "near_miss_with_identifiers", dict(nhs_number=[n], date_of_birth=[d]), ["Harpreet Sandhu"],
          ["Priyanka Chakraborty", "Sam Ridley", "Sam Ridley-Jones"], dict(email_address=["priyanka.chakraborty@nhs.net", BREACH]),
          1, ["mental_health", "reproductive_health"], 4, 1, ["perinatal mental health details of an identified patient",
                                                              "near miss: caught before sending"], near_miss=True, tags=["near_miss"])

def e34():  # chlamydia result to wrong mobile, written deletion
    f = "34-sexual-health-result-wrong-mobile.eml"
    ph_right = "07700 900 733"; ph_wrong = "07700 900 737"; d = dob(2001, 2005)
    m = msg("Clinic Nurse <cliniq.nurse@nhs.net>", BREACH, "result text to wrong number", None, when(34))
    m.set_content("Hello\n\nA positive chlamydia result text meant for Jade Sowerby (DOB " + d.strftime("%d/%m/%Y") +
                  f", mob {ph_right}) went to {ph_wrong} due to a typo. The person at that number replied by text: "
                  "\"not me, deleted it\". Screenshot on file. The text named Jade and asked her to come in for treatment.\n\n"
                  "Sexual Health Clinic, Queen's Centre\n")
    save(f, m)
    truth(f, "sexual_health_result_wrong_mobile_contained", dict(date_of_birth=[d], phone_number=[ph_right]), ["Jade Sowerby"], [],
          dict(email_address=["cliniq.nurse@nhs.net", BREACH], phone_number=[ph_wrong]), 1, ["sexual_health"], 4, 2,
          ["positive STI result of an identified patient", "sent to a member of the public by SMS",
           "written (text) confirmation of deletion (likelihood 3 -> 2)"], tags=["contained", "sms"])

# ---------------------------------------------------------------- non-reports
def e35():  # auto-reply without Auto-Submitted
    f = "35-nonreport-out-of-office.eml"
    m = msg("Martin Oyelaran <martin.oyelaran@nhs.net>", BREACH, "Automatic reply: Your report BD-2026-000412 has been received", None, when(35))
    m.set_content("Thank you for your email. I am on annual leave until Monday 23 November 2026 with limited access to email.\n"
                  "For urgent IG matters please contact the IG team on 0161 496 0990 or ig.team@nhs.net.\n\n"
                  "Martin Oyelaran\nInformation Governance Manager\n")
    save(f, m)
    truth(f, "nonreport_auto_reply_no_header", {}, [], ["Martin Oyelaran"],
          dict(email_address=["martin.oyelaran@nhs.net", "ig.team@nhs.net", BREACH], phone_number=["0161 496 0990"]),
          0, [], 1, 1, ["automatic reply (no Auto-Submitted header)", "no personal data disclosed"], tags=["nonreport"])

def e36():  # bounce DSN, written by hand as multipart/report
    f = "36-nonreport-bounce-dsn.eml"
    raw = f"""From: Mail Delivery System <MAILER-DAEMON@mail.example.nhs.uk>
To: {BREACH}
Subject: Undelivered Mail Returned to Sender
Date: {format_datetime(when(36))}
Message-ID: <20261118101200.4F2A1C0@mail.example.nhs.uk>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b0undary"

--dsn-b0undary
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.nhs.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<reporter.old@nhs.net>: host mx.nhs.net said: 550 5.1.1 User unknown

--dsn-b0undary
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.nhs.uk
Arrival-Date: Wed, 18 Nov 2026 10:11:58 +0000

Final-Recipient: rfc822; reporter.old@nhs.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-b0undary
Content-Type: text/rfc822-headers

From: {BREACH}
To: reporter.old@nhs.net
Subject: Your report BD-2026-000409 has been received
Auto-Submitted: auto-replied

--dsn-b0undary--
"""
    with open(os.path.join(HERE, f), "wb") as fh:
        fh.write(raw.replace("\n", "\r\n").encode())
    truth(f, "nonreport_bounce_dsn", {}, [], [], dict(email_address=["reporter.old@nhs.net", BREACH, "mailer-daemon@mail.example.nhs.uk"]),
          0, [], 1, 1, ["delivery status notification for an acknowledgement", "no personal data"], tags=["nonreport", "dsn"])

def e37():  # policy question
    f = "37-nonreport-policy-question.eml"
    m = msg("Tomasz Zieliński <tomasz.zielinski@nhs.net>", BREACH, "question - can patients have letters by gmail?", None, when(37))
    m.set_content("Hi,\n\nQuick question rather than a breach. A few patients at our diabetes clinic have asked for their clinic letters "
                  "by e-mail to their own gmail/hotmail. Is that allowed under our policy, and do we need them to sign something "
                  "first? Do we have to use [secure] in the subject?\n\nThanks\nTomasz\nDiabetes Specialist Nurse\n")
    save(f, m)
    truth(f, "nonreport_policy_question", {}, [], ["Tomasz Zieliński"], dict(email_address=["tomasz.zielinski@nhs.net", BREACH]),
          0, [], 1, 1, ["a policy question, not an incident", "no personal data"], tags=["nonreport"])

def e38():  # newsletter
    f = "38-nonreport-ig-newsletter.eml"
    html = ("<html><body><h2>IG Matters &ndash; November 2026</h2><p>Welcome to this month's newsletter.</p><ul>"
            "<li>DSPT submission deadline: 30 June 2027</li><li>Reminder: use Bcc for group e-mails to patients &ndash; "
            "remember the 2015 clinic case!</li><li>New e-learning module: Data Security Awareness Level 1 (course code DSA-L1)</li>"
            "<li>Our Caldicott Guardian, Dr Hilary Ward, will host a drop-in on 3 December, Room 2.14.</li></ul>"
            "<p>Contact us: ig.team@nhs.net | 0161 496 0990</p></body></html>")
    m = msg("IG Team <ig.team@nhs.net>", "All Staff <allstaff@nhs.net>", "IG Matters - November 2026 newsletter",
            "IG Matters - November 2026. View in HTML.", when(38), html=html)
    m["Cc"] = BREACH
    save(f, m)
    truth(f, "nonreport_newsletter", {}, [], ["Hilary Ward"], dict(email_address=["ig.team@nhs.net", "allstaff@nhs.net", BREACH],
                                                                  phone_number=["0161 496 0990"]),
          0, [], 1, 1, ["newsletter, not an incident", "no personal data"], tags=["nonreport", "html"])

def e39():  # lost encrypted tablet
    f = "39-nonreport-lost-encrypted-tablet.eml"
    m = msg("Carys Meredith <carys.meredith@wales.nhs.uk>", BREACH, "lost ipad - encrypted", None, when(39))
    m.set_content("Hi,\n\nI left a trust iPad (asset tag WAS-IPD-004417, serial DMPXK2Q1HX9) on the train from Swansea to Cardiff "
                  "at about 17:40 yesterday. It is enrolled in Intune, encrypted and PIN protected, and has been remote wiped by IT "
                  "this morning (ticket RITM0098213). Nothing was stored locally; I only use it for the e-learning app and Teams.\n"
                  "Reported to British Transport Police lost property, ref LP/26/118842.\n\nCarys Meredith\nPractice Educator\n"
                  "Tel: 01792 496 310\n")
    save(f, m)
    truth(f, "nonreport_lost_encrypted_tablet", {}, [], ["Carys Meredith"],
          dict(email_address=["carys.meredith@wales.nhs.uk", BREACH], phone_number=["01792 496 310"]), 0, [], 1, 1,
          ["lost device encrypted and remotely wiped", "no personal data on it"], near_miss=True, tags=["nonreport", "decoys"])

def e40():  # IT ticket notification
    f = "40-nonreport-it-ticket.eml"
    m = msg("IT Service Desk <servicedesk@nhs.net>", BREACH, "[INC0451872] Incident updated - mailbox rule for breach inbox", None, when(40))
    m.set_content("Incident INC0451872 has been updated.\n\nShort description: Create transport rule for breach@ mailbox\n"
                  "Caller: IG Team\nAssignment group: Messaging L2\nConfiguration item: EXCH-HYB-02 (asset 100284731)\n"
                  "Priority: 4 - Low\nState: Work in progress\nOpened: 17/11/2026 09:14  Due: 24/11/2026 17:00\n\n"
                  "Work notes: Rule drafted; change CHG0031190 raised for CAB on 20/11/2026. Order ref PO-7783412.\n\n"
                  "To view the ticket visit https://itsm.example.nhs.uk/nav_to.do?uri=incident.do?sys_id=8f1c2a\n"
                  "Service Desk 0300 496 0123 (ext 2)\n")
    save(f, m)
    truth(f, "nonreport_it_ticket_decoys", {}, [], [], dict(email_address=["servicedesk@nhs.net", BREACH], phone_number=["0300 496 0123"]),
          0, [], 1, 1, ["IT ticket notification with ticket and asset numbers", "no personal data"], tags=["nonreport", "decoys"])


if __name__ == "__main__":
    for fn in sorted(k for k in list(globals()) if re.fullmatch(r"e\d\d", k)):
        USED.clear()
        globals()[fn]()
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in TRUTH:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(len(TRUTH), "emails written")
