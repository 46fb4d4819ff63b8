#!/usr/bin/env python3
"""fresh17 corpus generator: acute and mental-health trust breach reports, messy forwards.

Deterministic: fixed seed, fixed boundaries, dates and Message-IDs; zip timestamps fixed.
Run:  /work/main/.venv/bin/python make_corpus.py   (writes *.eml and truth.jsonl beside itself)
"""
import base64
import io
import json
import os
import quopri
import random
import zipfile
from collections import defaultdict
from email.header import Header
from email.message import Message
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(17017)
BREACH = "breach@example.nhs.uk"


# ---------------------------------------------------------------- identifiers

def mod11_check(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - (s % 11)
    if c == 11:
        c = 0
    return None if c == 10 else c


def valid10(n):
    n = "".join(ch for ch in n if ch.isdigit())
    if len(n) != 10:
        return False
    c = mod11_check(n[:9])
    return c is not None and c == int(n[9])


def nhs(prefixes=((400, 499), (600, 799))):
    """A valid 10-digit NHS-style number whose first three digits fall in one of the ranges."""
    while True:
        lo, hi = R.choice(prefixes)
        d9 = str(R.randint(lo, hi)) + str(R.randint(0, 999999)).zfill(6)
        c = mod11_check(d9)
        if c is not None:
            return d9 + str(c)


def hc():  # Northern Ireland H&C: 320-399
    return nhs(((320, 399),))


def chi(dob_iso, female):
    y, m, d = dob_iso.split("-")
    six = d + m + y[2:]
    while True:
        two = str(R.randint(0, 99)).zfill(2)
        sexd = R.choice("02468" if female else "13579")
        c = mod11_check(six + two + sexd)
        if c is not None:
            return six + two + sexd + str(c)


def spaced(n):
    return f"{n[:3]} {n[3:6]} {n[6:]}"


# ---------------------------------------------------------------- truth-tracking email

class E:
    def __init__(self, slug, scenario, tags=()):
        self.slug, self.scenario, self.tags = slug, scenario, list(tags)
        self.ids = defaultdict(list)
        self.names = []
        self.ign_names = []
        self.ign = defaultdict(list)
        self.subjects = 0
        self.cats = []
        self.near_miss = False
        self.assess = None

    # data-subject identifiers: record the value, return the text as written
    def i(self, kind, value, text=None):
        if value not in self.ids[kind]:
            self.ids[kind].append(value)
        return value if text is None else text

    def n(self, name, text=None):
        if name not in self.names:
            self.names.append(name)
        return name if text is None else text

    def alt(self, text):
        """Alternative written form of an already-recorded subject name: neutral in scoring."""
        if text not in self.ign_names:
            self.ign_names.append(text)
        return text

    def nhs(self, v, text=None):
        return self.i("nhs_number", v, text if text is not None else spaced(v))

    def dob(self, iso, text):
        return self.i("date_of_birth", iso, text)

    def pc(self, v, text=None):
        return self.i("postcode", v, text)

    def addr(self, full, text=None):
        return self.i("address", full, text if text is not None else full)

    def hosp(self, v, text=None):
        return self.i("hospital_number", v, text)

    def tel(self, v, text=None):
        return self.i("phone_number", v, text)

    def mail(self, v, text=None):
        return self.i("email_address", v, text)

    # staff, recipients, letterheads: neutral
    def s(self, name):
        if name not in self.ign_names:
            self.ign_names.append(name)
        return name

    def x(self, kind, value, text=None):
        if value not in self.ign[kind]:
            self.ign[kind].append(value)
        return value if text is None else text

    def grade(self, sev, lik, *basis):
        self.assess = {"severity": sev, "likelihood": lik, "reportable": lik >= 3 and sev >= 2,
                       "basis": list(basis)}

    def truth(self, fname):
        for k in ("nhs_number", "hc_number", "chi_number"):
            for v in self.ids.get(k, []):
                assert valid10(v), (fname, k, v)
        ids = {k: v for k, v in sorted(self.ids.items()) if v}
        ign = {k: sorted(set(v)) for k, v in sorted(self.ign.items()) if v}
        return {"file": fname, "scenario": self.scenario, "tags": sorted(set(self.tags)),
                "identifiers": ids, "names": self.names, "ignorable_names": sorted(set(self.ign_names) - set(self.names)),
                "ignorable": ign, "subjects": self.subjects, "special_categories": sorted(set(self.cats)),
                "near_miss": self.near_miss, "no_identifiers": not ids and not self.names,
                "assessment": self.assess}


# ---------------------------------------------------------------- signatures and quoting

def sig(e, name, role, dept, trust, phone=None, mobile=None, email=None, addr=None, pc=None, ext=None):
    e.s(name)
    lines = [name, role]
    if dept:
        lines.append(dept)
    lines.append(trust)
    if addr:
        e.x("address", addr + ", " + pc if pc else addr)
        e.x("postcode", pc) if pc else None
        lines.append(addr + (", " + pc if pc else ""))
    if phone:
        e.x("phone_number", phone.replace(" ", ""))
        lines.append("Tel: " + phone + (f" ext {ext}" if ext else ""))
    if mobile:
        e.x("phone_number", mobile.replace(" ", ""))
        lines.append("Mob: " + mobile)
    if email:
        e.x("email_address", email)
        lines.append("Email: " + email)
    out = "\n".join(lines)
    return out


DISCLAIMERS = {
    "lth": ("This e-mail and any attachments are confidential and may contain personal or sensitive "
            "information. If you are not the intended recipient please notify the sender on 0113 496 0000 "
            "and delete it. Trust Headquarters, St James's Road, "
            "Leeds LS9 7TF. Emails may be monitored for compliance with Trust policy.",
            [("phone_number", "01134960000"), ("postcode", "LS9 7TF"), ("address", "St James's Road, Leeds LS9 7TF")]),
    "mft": ("CONFIDENTIALITY NOTICE: The information in this email is confidential and intended solely for "
            "the addressee. Access by anyone else is unauthorised. If you have received this in error "
            "call the IG Team on 0161 496 0123 or write to Information Governance, Cobbett House, "
            "Oxford Road, Manchester M13 9WL. NHS.net is a secure service for sharing patient data.",
            [("phone_number", "01614960123"), ("postcode", "M13 9WL"), ("address", "Cobbett House, Oxford Road, Manchester M13 9WL")]),
    "mh": ("This message is intended only for the named recipient(s). It may contain information that is "
           "privileged or confidential. Northmoor Mental Health & Learning Disability NHS Foundation Trust, "
           "Trust Offices, 2 Kestrel Way, Wakefield WF1 3SP. Switchboard 01924 496 500. Registered with the "
           "ICO. Please consider the environment before printing.",
           [("phone_number", "01924496500"), ("postcode", "WF1 3SP"), ("address", "2 Kestrel Way, Wakefield WF1 3SP")]),
    "bham": ("The contents of this email and any attachment are confidential to the intended recipient. "
             "If you are not the intended recipient, you must not use, disclose, copy or distribute it. "
             "Please inform the sender immediately (Trust switchboard 0121 496 0700) and delete. "
             "Mindelsohn Way, Edgbaston, Birmingham B15 2GW.",
             [("phone_number", "01214960700"), ("postcode", "B15 2GW"), ("address", "Mindelsohn Way, Edgbaston, Birmingham B15 2GW")]),
    "wales": ("Mae'r e-bost hwn yn gyfrinachol. This email is confidential. Bwrdd Iechyd Prifysgol / "
              "University Health Board, Heath Park, Cardiff CF14 4XW. Croesewir gohebiaeth yn Gymraeg / "
              "Correspondence in Welsh is welcomed. Ffon/Tel 029 2074 7747.",
              [("phone_number", "02920747747"), ("postcode", "CF14 4XW"), ("address", "Heath Park, Cardiff CF14 4XW")]),
    "scot": ("NHS Greater Glasgow-style Board. This message may contain confidential information. If you are "
             "not the intended recipient please inform the sender and delete. JB Russell House, 1055 Great "
             "Western Road, Glasgow G12 0XH. Tel 0141 201 4444.",
             [("phone_number", "01412014444"), ("postcode", "G12 0XH"), ("address", "1055 Great Western Road, Glasgow G12 0XH")]),
    "ni": ("This email is confidential and may be legally privileged. Belfast-style HSC Trust, "
           "A Floor, Belfast City Hospital, Lisburn Road, Belfast BT9 7AB. Tel 028 9504 0100.",
           [("phone_number", "02895040100"), ("postcode", "BT9 7AB"), ("address", "Belfast City Hospital, Lisburn Road, Belfast BT9 7AB")]),
}


def disc(e, key):
    text, ign = DISCLAIMERS[key]
    for k, v in ign:
        e.x(k, v)
    return "\n" + "*" * 60 + "\n" + text + "\n" + "*" * 60


def outlook_fwd(e, frm_name, frm_addr, date, to, subject, cc=None):
    e.s(frm_name)
    e.x("email_address", frm_addr)
    h = ["", "-----Original Message-----", f"From: {frm_name} <{frm_addr}>", f"Sent: {date}", f"To: {to}"]
    if cc:
        h.append(f"Cc: {cc}")
    h.append(f"Subject: {subject}")
    return "\n".join(h) + "\n\n"


def outlook_fwd2(e, frm_name, frm_addr, date, to, subject):
    """Newer Outlook style with underscores."""
    e.s(frm_name)
    e.x("email_address", frm_addr)
    return ("\n________________________________\n"
            f"From: {frm_name} <{frm_addr}>\nSent: {date}\nTo: {to}\nSubject: {subject}\n\n")


def gmail_fwd(e, frm_name, frm_addr, date, to, subject):
    e.s(frm_name)
    e.x("email_address", frm_addr)
    return ("\n---------- Forwarded message ---------\n"
            f"From: {frm_name} <{frm_addr}>\nDate: {date}\nSubject: {subject}\nTo: {to}\n\n")


def quote(text, depth=1):
    p = ">" * depth + " "
    return "\n".join((p + l) if l else p.rstrip() for l in text.split("\n"))


def wrote(e, name, addr, date):
    e.s(name)
    e.x("email_address", addr)
    return f"On {date}, {name} <{addr}> wrote:\n"


# ---------------------------------------------------------------- MIME assembly

def enc_part(text, subtype="plain", cte=None):
    m = Message()
    m["Content-Type"] = f'text/{subtype}; charset="utf-8"'
    raw = text.encode("utf-8")
    if cte is None:
        cte = "7bit" if all(b < 128 for b in raw) else "quoted-printable"
    m["Content-Transfer-Encoding"] = cte
    if cte == "quoted-printable":
        m.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte == "base64":
        m.set_payload(base64.encodebytes(raw).decode("ascii"))
    else:
        m.set_payload(text)
    return m


def attach_part(fname, data, ctype):
    m = Message()
    m["Content-Type"] = f'{ctype}; name="{fname}"'
    m["Content-Disposition"] = f'attachment; filename="{fname}"'
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def multipart(sub, parts, boundary):
    m = Message()
    m["Content-Type"] = f"multipart/{sub}"
    m.set_boundary(boundary)
    for p in parts:
        m.attach(p)
    return m


def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr_hdr(pairs):
    out = []
    for name, a in pairs:
        if name:
            out.append(formataddr((name, a), "utf-8"))
        else:
            out.append(a)
    return ", ".join(out)


def build(e, n, frm, to, subject, date, body=None, html=None, cte=None, html_cte=None, attachments=(),
          cc=(), extra_headers=(), mid=None, rfc822=None):
    """frm: (name, addr); to/cc: lists of (name, addr). Recipients of the report mail are neutral."""
    e.s(frm[0]) if frm[0] else None
    e.x("email_address", frm[1])
    for name, a in list(to) + list(cc):
        if name:
            e.s(name)
        if a not in e.ids.get("email_address", []):
            e.x("email_address", a)
    e.tags.append("html_only" if html and body is None else ("alternative" if html else "plain"))
    bnum = f"{n:03d}"
    if html and body is None:
        top = enc_part(html, "html", html_cte or cte)
        e.tags.append("cte_" + (top["Content-Transfer-Encoding"]))
    elif html:
        top = multipart("alternative", [enc_part(body, "plain", cte), enc_part(html, "html", html_cte)],
                        f"==alt_{bnum}_fresh17==")
    else:
        top = enc_part(body, "plain", cte)
        e.tags.append("cte_" + top["Content-Transfer-Encoding"])
    if attachments or rfc822 is not None:
        parts = [top]
        for fname, data, ctype in attachments:
            parts.append(attach_part(fname, data, ctype))
            e.tags.append("attachment_" + fname.rsplit(".", 1)[-1])
        if rfc822 is not None:
            mp = Message()
            mp["Content-Type"] = "message/rfc822"
            mp["Content-Disposition"] = 'attachment; filename="original.eml"'
            mp.set_payload([rfc822])
            parts.append(mp)
            e.tags.append("attached_eml")
        top = multipart("mixed", parts, f"==mix_{bnum}_fresh17==")
    msg = top
    # headers go first: rebuild ordering
    final = Message()
    final["From"] = addr_hdr([frm])
    final["To"] = addr_hdr(to)
    if cc:
        final["Cc"] = addr_hdr(cc)
    final["Subject"] = hdr(subject)
    final["Date"] = date
    final["Message-ID"] = mid or f"<fresh17.{bnum}.{e.slug}@mail.example.nhs.uk>"
    final["MIME-Version"] = "1.0"
    for k, v in extra_headers:
        final[k] = v
    for k, v in msg.items():
        final[k] = v
    final.set_payload(msg.get_payload())
    if msg.get_boundary():
        final.set_boundary(msg.get_boundary())
    return final


def inner_msg(frm, to, subject, date, body, mid):
    m = enc_part(body)
    final = Message()
    final["From"] = addr_hdr([frm])
    final["To"] = addr_hdr(to)
    final["Subject"] = hdr(subject)
    final["Date"] = date
    final["Message-ID"] = mid
    final["MIME-Version"] = "1.0"
    for k, v in m.items():
        final[k] = v
    final.set_payload(m.get_payload())
    return final


# ---------------------------------------------------------------- attachments

FIXED_ZIP_TIME = (2026, 1, 5, 9, 0, 0)


def fix_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            ni = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            ni.compress_type = zipfile.ZIP_DEFLATED
            ni.external_attr = 0o600 << 16
            data_ = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" with the save time
                import re as _re
                data_ = _re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2026-01-05T09:00:00Z\g<2>", data_)
            z.writestr(ni, data_)
    return out.getvalue()


def xlsx(rows, title="Sheet1", pre_rows=()):
    import datetime as dt
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r in pre_rows:
        ws.append(list(r))
    for r in rows:
        ws.append(list(r))
    wb.properties.created = dt.datetime(2026, 1, 5, 9, 0, 0)
    wb.properties.modified = dt.datetime(2026, 1, 5, 9, 0, 0)
    wb.properties.creator = "fresh17"
    b = io.BytesIO()
    wb.save(b)
    return fix_zip(b.getvalue())


def docx(paragraphs, table=None):
    import datetime as dt
    import docx as _docx
    d = _docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = str(v)
    cp = d.core_properties
    cp.created = dt.datetime(2026, 1, 5, 9, 0, 0)
    cp.modified = dt.datetime(2026, 1, 5, 9, 0, 0)
    cp.last_modified_by = "fresh17"
    cp.author = "fresh17"
    b = io.BytesIO()
    d.save(b)
    return fix_zip(b.getvalue())


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ---------------------------------------------------------------- the emails

EMAILS = []


def email(fn):
    EMAILS.append(fn)
    return fn


def D(day, hh, mm, month="Jan", year=2026, tz="+0000", wd=None):
    import datetime as dt
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].index(month) + 1
    d = dt.date(year, mon, day)
    return f"{d.strftime('%a')}, {day:02d} {month} {year} {hh:02d}:{mm:02d}:00 {tz}"


# ================================================================ emails, part 1


@email
def e_handover_gmail(n):
    e = E("handover-sheet-personal-gmail", "handover_to_personal_gmail", ["inline_outlook", "top_posted", "table_in_prose"])
    a, b, c, d = nhs(), nhs(), nhs(), nhs()
    inner = f"""Hi all,

Handover for tonight attached below as i cant get the printer on ward to work, have sent to my own email to print at home for the morning

WARD 24 (ACUTE MEDICINE) HANDOVER 14/01 NIGHTS
Bed 1  {e.n('Patrick Ó Súilleabháin')}  {e.hosp('RX2048816', 'RX2048816')}  82y  DOB {e.dob('1943-06-19', '19/06/1943')}  CAP, on IV tazocin, DNACPR in place, son {e.n('Donal O Suilleabhain')} NOK 07700 900214
Bed 2  {e.n('Gurpreet Kaur Sandhu')}  {e.hosp('RX2051190')}  64y  NHS {e.nhs(a)}  DKA resolving, VRIII stopped, diabetic team to r/v
Bed 5  {e.n('Wiktoria Nowak')}  {e.hosp('RX1988342')}  37y  DOB {e.dob('1988-11-02', '02.11.88')}  paracetamol OD, NAC bag 3, known EUPD, 1:1 obs, psych liaison to see am, MHA assessment ?
Bed 7  {e.n('Emeka Chukwu')}  {e.hosp('RX2060017')}  71y  NHS {e.nhs(b)}  AKI on CKD3, K+ 6.1 recheck 02:00
Bed 9  {e.n('Mairi MacAskill')}  {e.hosp('RX2013375')}  58y  NHS {e.nhs(c)}  alcohol withdrawal, CIWA 14, pabrinex, wife {e.n('Eilidh MacAskill')} aware

Thanks
Jess
"""
    e.tel("07700900214", "07700 900214")
    body = f"""Hi IG team,

Reporting this as per policy - one of my band 5s sent the night handover to her personal gmail (jessbrown1994@gmail.com) last night because the ward printer was down. She's very apologetic, says she's deleted it from her gmail and her phone but I've no way of checking that. I've told her not to do it again and done a Datix ({e.x('hospital_number','W2026-01144','W2026-01144') and 'W2026-01144'}).

It was 5 patients from the bay. Forwarding the email she sent so you can see what went.

Thanks
{sig(e, 'Claire Whitworth', 'Ward Manager, Ward 24 Acute Medicine', 'Medicine CSU', 'Leeds Teaching Hospitals NHS Trust (example)', phone='0113 496 0421', ext=None, email='claire.whitworth@nhs.net')}
{outlook_fwd(e, 'Brown Jessica (LEEDS TEACHING HOSPITALS NHS TRUST)', 'jessica.brown31@nhs.net', 'Wednesday, January 14, 2026 19:42', 'jessbrown1994@gmail.com', 'handover')}{inner}
{disc(e, 'lth')}
"""
    e.x("email_address", "jessbrown1994@gmail.com")
    e.s("Jess"); e.s("Jessica Brown")
    e.subjects = 7
    e.cats = ["health", "mental_health", "substance_misuse"]
    e.grade(4, 3, "handover sheet with 5 patients' clinical details and two relatives sent to a personal gmail.com address",
            "mental health (EUPD, overdose, MHA) and alcohol withdrawal", "staff member says deleted but no proof, so likelihood stays 3")
    return e, build(e, n, ("Claire Whitworth", "claire.whitworth@nhs.net"), [("", BREACH)],
                    "FW: handover - sent to personal email", D(15, 8, 12), body=body)


@email
def e_snoop_maternity(n):
    e = E("snooping-sister-in-law-maternity", "snooping_family_member", ["formal_ig", "audit_extract"])
    body = f"""Dear DPO,

I am writing to log a confirmed inappropriate access incident following a complaint received by PALS on 12 January.

Summary: A ward clerk in the Women's & Children's division ({e.s('Natalia Zielińska')}, Band 3, Maternity Assessment Unit) accessed the electronic maternity record of her sister-in-law, {e.n('Małgorzata Wiśniewska')} (MRN {e.hosp('M0123456')}, DOB {e.dob('1995-08-21', '21/08/1995')}), on four occasions between 28 December and 9 January. There was no legitimate reason for the access; the clerk was not on duty on two of those dates and logged in remotely.

The patient states that details of her early pregnancy booking, including a previous miscarriage and a referral to the perinatal mental health team, were then discussed at a family gathering. Her husband, {e.n('Tomasz Wiśniewski')}, has also complained as the clerk told relatives about his own attendance with her at the early pregnancy unit.

Audit trail (BadgerNet access log extract):
  28/12/2025 21:14  remote   Booking summary, Antenatal history
  02/01/2026 10:03  MAU-PC04 Obstetric history, Scans
  05/01/2026 22:47  remote   Perinatal MH referral letter
  09/01/2026 14:30  MAU-PC02 Booking summary

The member of staff has been excluded pending HR investigation. I consider this reportable: misuse has occurred and the data is special category (reproductive and mental health). I'd be grateful if we could discuss before the 72 hours are up.

Kind regards

{sig(e, 'Dr Rhian Protheroe', 'Head of Information Governance & Deputy DPO', 'Information Governance', 'Northfield Acute Hospitals NHS Foundation Trust', phone='0161 496 0188', email='rhian.protheroe@nhs.net', addr='Trust HQ, Wythenshawe Road, Manchester', pc='M23 9LT')}
{disc(e, 'mft')}
"""
    e.subjects = 2
    e.cats = ["health", "reproductive_health", "mental_health"]
    e.grade(4, 5, "confirmed inappropriate access by a relative (snooping)", "misuse reported: details shared with family",
            "reproductive and perinatal mental health information")
    return e, build(e, n, ("Rhian Protheroe", "rhian.protheroe@nhs.net"), [("", BREACH)],
                    "Confirmed inappropriate access - maternity record - URGENT", D(13, 16, 40), body=body)


@email
def e_clinic_list_bus(n):
    e = E("clinic-list-left-on-bus", "lost_paper_public", ["phone_typed", "list_in_prose"])
    body = f"""hi sorry to send this to the breach box not sure if right place

Medical secretary for rheumatology here. Dr Mensah's registrar took the clinic list for thurs pm home to do dictation and left it on the 36 bus on Friday morning. A lady found it and rang switch on Saturday and read out one of the names to them, so it has defo been looked at. First bus have it in their lost property in Harrogate and we are getting it back tomorrow.

The list was (from our copy):
{e.n('Siobhán Ní Chonaill')} {e.hosp('K2238190')} dob {e.dob('1972-03-04', '4/3/72')} - RA, methotrexate review
{e.n('OKAFOR Chidinma')} {e.hosp('K1908324')} dob {e.dob('1990-12-17', '17/12/90')} - SLE, lupus nephritis
{e.n('Hywel Pritchard')} {e.hosp('K2101447')} dob {e.dob('1958-07-30', '30/7/58')} - PMR
{e.n('Parveen Akhtar')} {e.hosp('K2305561')} dob {e.dob('1981-01-09', '9/1/81')} - psoriatic arthritis, biologics
{e.n('kowalczyk bartosz')} {e.hosp('K2299870')} dob {e.dob('1966-05-25', '25/5/66')} - gout
{e.n('Fatoumata Diallo')} {e.hosp('K2110036')} dob {e.dob('1979-10-14', '14/10/79')} - new referral ?vasculitis

Its got the clinic codes and the dictation notes the reg scribbled on too. I have told Dr Mensah.

Thanks
Bev

Sent from my Samsung Galaxy smartphone.
"""
    e.s("Bev"); e.s("Dr Mensah")
    e.subjects = 6
    e.cats = ["health"]
    e.grade(3, 3, "paper clinic list with 6 patients' names, hospital numbers, DOBs and diagnoses lost on a public bus",
            "found and read by a member of the public; recovery does not undo that")
    return e, build(e, n, ("Beverley Hutchinson", "beverley.hutchinson@nhs.net"), [("", BREACH)],
                    "clinic list lost", D(19, 7, 3), body=body)


@email
def e_discharge_old_address(n):
    e = E("mh-discharge-old-address", "postal_old_address", ["inline_gmail", "two_level_forward", "quoted"])
    nn = nhs()
    complaint = f"""Hello,

I have just opened a letter that came to my house addressed to {e.n('Mr Oluwaseun Adeyemi', 'Mr Oluwaseun Adeyemi')}. I'm sorry I opened it, I didn't look at the name properly. We moved into {e.addr('27 Brackenfield Close, Ossett, WF5 9QD', '27 Brackenfield Close, Ossett WF5 9QD')} in September. It is a discharge letter from Fieldhead Ward about his stay and his medication and it mentions his mum. I don't know him and he doesn't live here. What do you want me to do with it?

Rachel (new occupier)"""
    e.pc("WF5 9QD")
    mid = f"""Team - see below. I've checked RiO: {e.n('Oluwaseun Adeyemi', 'Mr Adeyemi')} (RiO {e.hosp('1047732', '1047732')}, NHS {e.nhs(nn)}) updated his address on PDS in August to {e.addr('Flat 3, 112 Northgate, Wakefield, WF1 3BH', 'Flat 3, 112 Northgate, Wakefield WF1 3BH')} but the ward discharge template pulled the old address from the local record. Discharge summary for admission 04/12-06/01 under s2 MHA, dx first episode psychosis, olanzapine 10mg, CTO not applicable, NOK mother {e.n('Funmilayo Adeyemi')} (07700 900631).

Rachel is happy to post it back in the prepaid envelope I'm sending. Can someone from IG pick this up?
"""
    e.pc("WF1 3BH")
    e.tel("07700900631", "07700 900631")
    body = f"""Forwarding for logging - this is our Fieldhead discharge letter which went to the patient's old address. New occupier opened it. I'll ring the patient's care coordinator today.

Steph

{sig(e, 'Stephanie Okoro', 'Medical Secretary to Dr K. Baines, Consultant Psychiatrist', 'Adult Inpatient Services', 'Northmoor Mental Health & Learning Disability NHS FT', phone='01924 496 512', email='stephanie.okoro@nhs.net')}
{gmail_fwd(e, 'Adult Inpatient Admin', 'aip.admin@nhs.net', 'Fri, 16 Jan 2026 at 11:20', 'Stephanie Okoro <stephanie.okoro@nhs.net>', 'FW: letter received in error')}{mid}
{wrote(e, 'Rachel Bright', 'rachelbright77@hotmail.co.uk', 'Thu, 15 Jan 2026 at 19:02')}{quote(complaint)}
{disc(e, 'mh')}
"""
    e.s("Rachel"); e.s("Steph"); e.s("Dr K. Baines")
    e.subjects = 2
    e.cats = ["health", "mental_health"]
    e.grade(4, 3, "psychiatric discharge summary (MHA s2, psychosis) opened by the new occupier of the old address",
            "mother named as NOK with phone number", "letter being returned, but it was read")
    return e, build(e, n, ("Stephanie Okoro", "stephanie.okoro@nhs.net"), [("IG Incidents", BREACH)],
                    "Fwd: FW: letter received in error", D(16, 12, 1), body=body)


@email
def e_instagram_whiteboard(n):
    e = E("ae-whiteboard-instagram", "social_media_photo", ["html_only", "cte_base64"])
    html = f"""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi,</p>
<p>A relative rang ED reception this morning to say one of our HCAs has put a photo on her public Instagram of the team in Christmas jumpers, and the majors whiteboard is readable behind them. I have looked at it (screenshot below, the post has 300+ likes and was up about 20 hrs). I have asked her to take it down and she has now, 09:15.</p>
<p>What is readable on the board:</p>
<table border="1" cellpadding="3">
<tr><th>Cubicle</th><th>Patient</th><th>Complaint</th><th>Status</th></tr>
<tr><td>M3</td><td>{e.n('Kwabena MENSAH')}</td><td>?NOF # L</td><td>awaiting ortho</td></tr>
<tr><td>M5</td><td>{e.n('Ffion LLEWELYN')}</td><td>ETOH, head inj</td><td>CT head</td></tr>
<tr><td>M6</td><td>{e.n('Abena OWUSU-ANSAH')}</td><td>PV bleed 9/40</td><td>EPAU</td></tr>
<tr><td>M8</td><td>{e.n('Seumas MacAoidh')}</td><td>chest pain</td><td>trop 2</td></tr>
</table>
<p>The relative who rang is Mrs Owusu-Ansah's sister, she recognised the name. She is not happy at all.</p>
<p>Thanks, <br>{sig(e, 'Tom Ridley', 'Nurse in Charge, Emergency Department', None, 'Queen Alexandra-style Hospital (example)', phone='023 9228 6000').replace(chr(10), '<br>')}</p>
</body></html>"""
    e.x("postcode", "PO6 3LY")
    e.subjects = 4
    e.cats = ["health", "reproductive_health", "substance_misuse"]
    e.grade(4, 4, "patient whiteboard visible in a public Instagram post for about 20 hours",
            "early pregnancy bleed and alcohol intoxication readable", "taken down, but published")
    return e, build(e, n, ("Tom Ridley", "tom.ridley@porthosp.nhs.uk"), [("", BREACH)],
                    "Instagram post - whiteboard visible", D(8, 9, 31), html=html, cte="base64")


@email
def e_hiv_wrong_gp(n):
    e = E("hiv-viral-load-wrong-gp", "pathology_wrong_gp", ["inline_outlook", "quoted_printable", "two_level_forward"])
    nn = nhs()
    gp_msg = f"""Dear Pathology,

We have received the attached result via ICE/docman for a patient who is not registered with us - {e.n('OKONKWO, Chukwuemeka')} DOB {e.dob('1984-02-11', '11-Feb-1984')} NHS No {e.nhs(nn, nn)}. We think he used to be with us but deregistered in 2023. The result is an HIV-1 viral load and CD4 count from the GUM clinic. We have not filed it and have deleted it from our workflow.

Regards
{e.s('Sandra Pickles')}
Practice Manager, Moorview Medical Practice"""
    body = f"""Adding my comments on top - this is the second time this month that a result has gone to the previous GP because the GP code on the request came from the old PAS record. Patient is {e.alt('Mr Okonkwo')} {e.hosp('RX4455667', 'hospital no RX4455667')}. The receiving practice is an NHS practice (nhs.net) and they say deleted. I'm logging it but please also pick up the PAS / Spine sync issue with the LIMS team.

Marek

{sig(e, 'Marek Jankowski', 'Blood Sciences Quality Manager', 'Pathology', 'Northfield Acute Hospitals NHS FT', phone='0161 496 0355', email='marek.jankowski@nhs.net')}

{outlook_fwd(e, 'Pathology Results Enquiries', 'path.enquiries@nhs.net', '19 January 2026 10:02', 'Jankowski Marek', 'FW: Result received in error - not our patient')}{outlook_fwd(e, 'Sandra Pickles', 'sandra.pickles@nhs.net', '19 January 2026 09:37', 'path.enquiries@nhs.net', 'Result received in error - not our patient')}{gp_msg}
{disc(e, 'mft')}
"""
    e.subjects = 1
    e.cats = ["health", "sexual_health"]
    e.grade(4, 2, "HIV viral load result sent to the previous GP practice", "recipient is an NHS practice on nhs.net (trusted domain) and has deleted it")
    return e, build(e, n, ("Marek Jankowski", "marek.jankowski@nhs.net"), [("", BREACH)],
                    "FW: FW: Result received in error - not our patient", D(19, 10, 48), body=body, cte="quoted-printable")


@email
def e_autoreply(n):
    e = E("out-of-office-ig", "non_report_autoreply", ["auto_reply"])
    body = f"""Thank you for your email. I am on annual leave until Monday 12th January 2026 with limited access to email.

For urgent information governance queries please contact the IG team on 0113 496 0777 or ig.team@nhs.net. For Caldicott queries please contact the Caldicott Guardian's office.

If you are reporting a data breach please forward it to breach@example.nhs.uk and you will get a reference number.

{sig(e, 'Aled Vaughan-Jones', 'Information Governance Officer', 'Information Governance', 'Leeds Teaching Hospitals NHS Trust (example)', phone='0113 496 0779')}
"""
    e.x("phone_number", "01134960777"); e.x("email_address", "ig.team@nhs.net")
    e.subjects = 0
    e.grade(1, 1, "automatic reply, no personal data of any data subject")
    return e, build(e, n, ("Aled Vaughan-Jones", "aled.vaughan-jones@nhs.net"), [("", BREACH)],
                    "Automatic reply: FW: datix 44821", D(6, 14, 2), body=body,
                    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@email
def e_camhs_wrong_parent(n):
    e = E("camhs-letter-to-estranged-father", "camhs_wrong_parent_safeguarding", ["inline_outlook", "safeguarding", "child"])
    body = f"""Dear IG,

I need to report a serious one. A CAMHS clinic letter for {e.n('Amara Nwosu')} (DOB {e.dob('2012-05-09', '09/05/2012')}, RiO {e.hosp('3008812')}) was sent by our admin team to her father, {e.s('Mr Chinedu Nwosu')}, at his address instead of to her mother. There is a non-molestation order and the letter was copied to mum at her NEW address, which is {e.addr('19 Heron Drive, Castleford, WF10 4QN', '19 Heron Drive, Castleford WF10 4QN')} - dad was not supposed to know this. The letter discusses Amara's self-harm, her ADHD medication and the safeguarding plan with social care.

Mum ({e.n('Ngozi Nwosu')}, 07700 900473) rang us in tears this morning because dad has messaged her quoting the letter. Children's social care and the police have been informed by the duty worker. Amara's school (named in the letter) have also been told.

The error was the RiO "correspondence address" for the parent still being dad's from 2021 and the "cc" pulling mum's new address. I'm doing a 72 hr report on Datix too.

{sig(e, 'Priya Raghunathan', 'CAMHS Team Manager', 'CAMHS Community (Wakefield)', 'Northmoor Mental Health & Learning Disability NHS FT', phone='01924 496 640', mobile='07700 900001', email='priya.raghunathan@nhs.net')}
{disc(e, 'mh')}
"""
    e.pc("WF10 4QN")
    e.tel("07700900473", "07700 900473")
    e.subjects = 2
    e.cats = ["health", "mental_health", "safeguarding"]
    e.grade(4, 5, "child's CAMHS letter (self-harm, safeguarding plan) sent to estranged father",
            "mother's new address disclosed despite a non-molestation order", "misuse occurred: father has contacted the mother quoting it")
    return e, build(e, n, ("Priya Raghunathan", "priya.raghunathan@nhs.net"), [("", BREACH)],
                    "URGENT - CAMHS letter sent to father - safeguarding", D(20, 9, 5), body=body)


# ================================================================ emails, part 2


@email
def e_mri_wrong_dr_patel(n):
    e = E("mri-report-wrong-dr-patel", "misdirected_email_same_surname", ["inline_outlook", "recipient_shares_surname", "contained"])
    nn = nhs()
    body = f"""Morning,

I sent an MRI lumbar spine report for {e.n('Ramesh Patel')} (NHS {e.nhs(nn, nn)}, hosp no {e.hosp('B7781203')}, DOB {e.dob('1949-09-13', '13 September 1949')}) to the wrong Dr Patel yesterday. It should have gone to {e.s('Mr Nikhil Patel')} at the Royal but the autocomplete picked {e.s('Dr Nisha Patel')} at a private hospital (nisha.patel@pmh-clinic.co.uk). The report mentions the spinal mets and his prostate cancer history.

Dr Nisha Patel replied this morning (below) to say she has deleted it and emptied her deleted items. I've re-sent to the right person.

Sorry!
Lou

{sig(e, 'Louise Fairbairn', 'Radiology Secretary (MSK)', 'Imaging Department', 'Queen Elizabeth-style Hospital Birmingham (example)', phone='0121 496 0812')}
{outlook_fwd(e, 'Dr Nisha Patel', 'nisha.patel@pmh-clinic.co.uk', '22 January 2026 08:05', 'Fairbairn Louise', 'RE: MRI L spine report')}Hi Louise, I think this was meant for another Dr Patel. I have deleted the email and attachment and emptied my deleted items folder. Best, Nisha
{disc(e, 'bham')}
"""
    e.s("Lou"); e.s("Nisha")
    e.subjects = 1
    e.cats = ["health"]
    e.grade(3, 2, "MRI report with cancer history sent to a clinician outside the trusted domains",
            "recipient has confirmed in writing that it is deleted (likelihood 3 -> 2)")
    return e, build(e, n, ("Louise Fairbairn", "louise.fairbairn@uhb.example.nhs.uk"), [("", BREACH)],
                    "FW: RE: MRI L spine report - wrong Dr Patel", D(22, 9, 14), body=body)


@email
def e_dbt_group_to_not_bcc(n):
    e = E("dbt-group-invite-to-not-bcc", "to_not_bcc_group", ["gmail_forward", "recipients_are_data", "mental_health"])
    people = [("Aoife Kavanagh", "aoifek88@gmail.com"), ("Jordan Pryce", "jpryce.home@outlook.com"),
              ("Zainab Hussain", "zainab.h2001@hotmail.com"), ("Lewis McCall", "lewismccall@yahoo.co.uk"),
              ("Karolina Mazur", "karolina.mazur93@gmail.com"), ("Deborah Nkemelu", "debbie.nkemelu@btinternet.com"),
              ("Niamh Ferris", "niamhferris@icloud.com"), ("Sam Whitehead", "samwhitehead_x@gmail.com"),
              ("Harpreet Gill", "hgill.1999@gmail.com"), ("Rhys Bevan", "rhysbevan@live.co.uk"),
              ("Tanisha Campbell", "tanisha.campbell@gmail.com"), ("Olumide Bakare", "o.bakare@outlook.com")]
    to = ", ".join(f"{e.n(nm)} <{e.mail(a)}>" for nm, a in people)
    inner = """Hi everyone,

Welcome to the DBT Skills Group which starts on Tuesday 3rd February, 2-4pm at the Orchard Centre. Please bring your diary cards and the handouts from your assessment. If you are feeling unsafe between sessions please use your crisis plan or call the 24 hour crisis line.

Best wishes
The DBT Team"""
    body = f"""FYI and for logging. One of our service users rang to say she could see everyone else's email address on the group welcome email. Sent from the team mailbox this morning with everyone in To: not Bcc. 12 people. I have tried the recall but it only works for nhs.net recipients, these are all personal emails. Two people have replied all already.

I'll ring everyone today. Please advise re apology letter.

{sig(e, 'Dr Eluned Morgan-Price', 'Principal Clinical Psychologist, DBT Lead', 'Community Mental Health Team South', 'Northmoor Mental Health & Learning Disability NHS FT', phone='01924 496 733')}

{gmail_fwd(e, 'CMHT South DBT', 'cmht.south.dbt@nhs.net', 'Mon, 26 Jan 2026 at 09:12', to, 'DBT Skills Group - welcome')}{inner}
{disc(e, 'mh')}
"""
    e.subjects = 12
    e.cats = ["health", "mental_health"]
    e.grade(4, 3, "12 service users' names and personal email addresses disclosed to each other (To instead of Bcc)",
            "membership of a DBT group reveals mental health treatment", "recall failed for external addresses; two replied all")
    return e, build(e, n, ("Eluned Morgan-Price", "eluned.morgan-price@nhs.net"), [("", BREACH)],
                    "Fwd: DBT Skills Group - welcome  (sent to all not bcc!!)", D(26, 10, 2), body=body)


@email
def e_double_stuffed_envelope(n):
    e = E("colonoscopy-letter-two-in-envelope", "postal_two_letters_one_envelope", ["outpatients_booking", "wrong_recipient_named"])
    body = f"""To whom it may concern

Patient rang booking team today (Mon) - {e.s('Mrs Jean Threlfall')} - she received her own colonoscopy appointment letter but there was a second letter in the same envelope for another patient:

{e.n('Mr Kieran Mac Giolla Phádraig')}
{e.addr('4 Lon Isaf, Bangor, LL57 2TW', '4 Lôn Isaf')}
Bangor
{e.pc('LL57 2TW')}
Hosp no {e.hosp('G0448127')}  DOB {e.dob('1963-12-01', '01/12/1963')}
Appt: Endoscopy Unit 09/02/2026 08:30 - Colonoscopy with bowel prep (Moviprep). Referral reason on the letter: "2WW - rectal bleeding, iron deficiency anaemia"

She is going to post it back to us. Folding machine was jammed on Friday so this might not be the only one, we're checking the batch (approx 140 letters).

Dawn
Outpatient Booking Team
"""
    e.s("Dawn")
    e.subjects = 1
    e.cats = ["health"]
    e.grade(3, 3, "another patient's colonoscopy letter (2WW suspected cancer) received by a member of the public",
            "being posted back; rest of batch unknown")
    return e, build(e, n, ("Outpatient Booking Team", "opd.booking@bcu.example.nhs.uk"), [("", BREACH)],
                    "letter in wrong envelope", D(2, 15, 44, "Feb"), body=body)


@email
def e_training_question(n):
    e = E("training-question-personal-email", "non_report_training_question", ["question"])
    body = f"""Hiya,

Quick question from our team meeting, not reporting anything!

If a patient asks us to email their clinic letter to their own gmail/hotmail, is that allowed or is it a breach? Some of the consultants say yes if the patient consents, others say never. And do we have to use [secure] in the subject line when sending to a non nhs.net address?

Also is there a refresher date for the IG e-learning, half my team are showing red on ESR.

Ta
{sig(e, 'Ceri Llywelyn', 'Administration Team Leader', 'Cardiology Outpatients', 'University Health Board (example)', phone='029 2074 3210')}
{disc(e, 'wales')}
"""
    e.subjects = 0
    e.grade(1, 1, "question about policy; no personal data")
    return e, build(e, n, ("Ceri Llywelyn", "ceri.llywelyn@wales.example.nhs.uk"), [("", BREACH)],
                    "question re emailing letters to patients", D(28, 11, 30), body=body)


@email
def e_phishing_warning(n):
    e = E("it-phishing-warning", "non_report_phishing_warning", ["html_only", "all_staff"])
    html = """<html><head><style>p{font-family:Arial}</style></head><body>
<div style="background:#005EB8;color:white;padding:8px"><b>IT SECURITY ALERT</b></div>
<p>Dear colleague,</p>
<p>We are aware of a phishing email circulating with the subject <i>&quot;Your NHSmail password expires today - action required&quot;</i>. It asks you to click a link to &quot;keep your current password&quot;. <b>Do not click the link.</b></p>
<p>If you have clicked it and entered your password, change your password at once and call the IT Service Desk on 0113 496 0999 (option 2).</p>
<p>Please use the <b>Report Phishing</b> button in Outlook or forward the email as an attachment to spamreports@nhs.net.</p>
<p>Cyber Security Team<br>Digital Services</p>
</body></html>"""
    e.x("phone_number", "01134960999"); e.x("email_address", "spamreports@nhs.net")
    e.subjects = 0
    e.grade(1, 1, "IT security alert; no personal data")
    return e, build(e, n, ("Cyber Security Team", "cyber.security@nhs.net"), [("All Staff", "all.staff@lth.example.nhs.uk")],
                    "IT SECURITY ALERT: password expiry phishing emails", D(29, 8, 0), html=html, cte="quoted-printable",
                    cc=[("", BREACH)])


@email
def e_gallagher_wrong_discharge(n):
    e = E("ed-discharge-handed-to-wrong-gallagher", "wrong_patient_same_surname", ["ward_clerk", "recipient_shares_surname", "contained"])
    nn = nhs()
    body = f"""Hi,

Datix 51207 - ED discharge letter handed to wrong patient.

Last night around 23:00 our reception gave {e.s('Maura Gallagher')} the discharge letter for {e.n('Mary Gallagher')} (DOB {e.dob('1938-04-27', '27/04/1938')}, NHS {e.nhs(nn)}, ED no {e.hosp('ED26004471', 'ED26004471')}). Both in majors at the same time, same surname, not related. Letter says fall with ?syncope, new AF, started apixaban, and mentions her daughter {e.n('Bernadette Gallagher')} as carer.

Maura's husband brought it back in at 10 this morning, sealed in an envelope, said they'd opened it and realised straight away. We have it. I've spoken to Mary's daughter and apologised.

Reception now have to check name + DOB out loud when handing over.

Kath Doyle
ED Admin Supervisor
x 4471
"""
    e.s("Kath Doyle")
    e.subjects = 2
    e.cats = ["health"]
    e.grade(3, 2, "ED discharge letter given to another patient with the same surname",
            "letter returned the next morning (likelihood 3 -> 2)")
    return e, build(e, n, ("Kath Doyle", "kathleen.doyle@nhs.net"), [("", BREACH)],
                    "Datix 51207 wrong discharge letter", D(3, 10, 41, "Feb"), body=body)


@email
def e_encrypted_laptop(n):
    e = E("encrypted-laptop-stolen", "near_miss_encrypted_device", ["no_identifiers", "near_miss"])
    body = """Hello

Reporting for IG log: my trust laptop was stolen from my car (boot, locked) outside a patient's house on Tuesday evening. Police ref given to my manager. The laptop is BitLocker encrypted and I have never saved anything to the desktop, all my notes are on RiO. IT have remotely disabled it and revoked the certificate. I had no paper notes in the car.

Is there anything else I need to do?

Thanks
Gareth
Community Psychiatric Nurse, Older Adults CMHT
"""
    e.s("Gareth")
    e.near_miss = True
    e.subjects = 0
    e.grade(1, 1, "encrypted device stolen, disabled remotely, no personal data on it: near miss")
    return e, build(e, n, ("Gareth Lloyd", "gareth.lloyd3@nhs.net"), [("", BREACH)],
                    "stolen laptop", D(5, 8, 55, "Feb"), body=body)


@email
def e_iqbal_results_wrong_record(n):
    e = E("bloods-filed-wrong-iqbal", "integrity_wrong_record", ["pathology", "two_patients_same_name"])
    a, b = nhs(), nhs()
    body = f"""Dear IG

Reporting an integrity incident. Haematology results for {e.n('Mohammed Iqbal')} (DOB {e.dob('1971-06-08', '08/06/1971')}, NHS {e.nhs(a)}) were filed against the record of a different Mohammed IQBAL (DOB {e.dob('1955-03-22', '22/03/1955')}, NHS {e.nhs(b)}) on the EPR because the ward selected the wrong patient from the search list. FBC/coag results and a positive hepatitis C antibody. The second patient's GP was then sent the result through the discharge summary.

Both GPs are NHS practices. The results have been moved and the discharge summary corrected and re-sent with a covering note. No treatment given on the wrong results.

Regards
Joanne

{sig(e, 'Joanne Sutcliffe', 'Patient Safety Lead, Pathology', None, 'Bradford-style Teaching Hospitals (example)', phone='01274 496 100')}
"""
    e.s("Joanne")
    e.subjects = 2
    e.cats = ["health"]
    e.grade(3, 2, "results filed in another patient's record and sent to that patient's GP (NHS, trusted)",
            "hepatitis C antibody result; both people identified")
    return e, build(e, n, ("Joanne Sutcliffe", "joanne.sutcliffe@nhs.net"), [("", BREACH)],
                    "Results filed in wrong patient record", D(6, 13, 20, "Feb"), body=body)


@email
def e_midwife_bag_stolen(n):
    e = E("community-midwife-diary-stolen", "theft_paper_diary", ["docx_attachment", "maternity"])
    rows = [["Name", "Address", "DOB", "EDD / notes"]]
    women = [("Adaeze Eze", "33 Linden Grove, Hyde, SK14 4LP", "SK14 4LP", "1997-02-14", "14/02/1997", "EDD 03/03, G2P1, BMI 41, GDM on metformin"),
             ("Leah Brennan", "8 Canal Side, Stalybridge, SK15 1QR", "SK15 1QR", "2004-10-30", "30/10/2004", "PN day 5, safeguarding - CP plan, SW Gemma"),
             ("Roksana Begum", "121 Stamford Street, Ashton-under-Lyne, OL6 7LW", "OL6 7LW", "1990-07-19", "19/07/1990", "PN day 10, baby jaundice"),
             ("Justyna Kaczmarek", "2 Moss Lane, Dukinfield, SK16 5BZ", "SK16 5BZ", "1993-01-05", "05/01/1993", "booking visit, prev stillbirth 2023"),
             ("Chloe Ashworth", "57 Hough Hill Road, Stalybridge, SK15 2HN", "SK15 2HN", "1999-12-24", "24/12/1999", "EDD 20/02, perinatal MH referral, sertraline")]
    for nm, ad, pc, iso, txt, note in women:
        e.n(nm); e.addr(ad); e.pc(pc); e.dob(iso, txt)
        rows.append([nm, ad, txt, note])
    att = docx(["Reconstructed from EPR - contents of stolen diary (visits w/c 09/02/2026)", "Midwife: L. Thorpe, Tameside Community Team"], rows)
    e.s("L. Thorpe")
    body = f"""Hi,

Community midwife {e.s('Lindsey Thorpe')}'s car was broken into last night outside her house and her work bag was taken. Her laptop was in the house, but the bag had her paper visit diary with this week's visits in it (names, addresses, DOBs and a line of notes each). Police ref GMP 26/0211/0913.

I've pulled together what was in it from BadgerNet, attached. 5 women. One is under a child protection plan which worries me most.

Thanks,
{sig(e, 'Grace Adebayo-Smith', 'Community Midwifery Matron', "Women's Services", 'Tameside-style Hospital NHS FT (example)', phone='0161 496 0970', mobile='07700 900902')}
{disc(e, 'mft')}
"""
    e.subjects = 5
    e.cats = ["health", "reproductive_health", "safeguarding", "mental_health"]
    e.grade(4, 3, "paper diary with 5 pregnant/postnatal women's names, addresses, DOBs and notes stolen from a car",
            "pregnancy, stillbirth, child protection plan, perinatal mental health")
    return e, build(e, n, ("Grace Adebayo-Smith", "grace.adebayo-smith@nhs.net"), [("", BREACH)],
                    "Stolen midwife diary - 5 women", D(11, 9, 48, "Feb"), body=body,
                    attachments=[("diary_contents_reconstructed.docx", att, DOCX)])


@email
def e_newsletter(n):
    e = E("ig-bulletin-february", "non_report_newsletter", ["newsletter", "alternative"])
    text = """IG BULLETIN - February 2026

1. Our DSPT submission is due 30 June. Mandatory IG training compliance is 91% (target 95%).
2. Lessons from recent ICO reprimands in the NHS: emails to groups of patients must use Bcc or a mail-merge; check autocomplete before you press send; never take handover sheets home.
3. New: use the breach mailbox for anything you think might be a data breach. You will get a reference number back. You do not need to decide whether it is reportable.
4. Caldicott corner: "Is it OK to look up my own record?" No - ask for it through a subject access request.

Information Governance Team | Trust HQ, St James's Road, Leeds LS9 7TF | 0113 496 0777"""
    html = "<html><body>" + "".join(f"<p>{l}</p>" for l in text.split("\n") if l) + "</body></html>"
    e.x("postcode", "LS9 7TF"); e.x("phone_number", "01134960777"); e.x("address", "St James's Road, Leeds LS9 7TF")
    e.subjects = 0
    e.grade(1, 1, "newsletter; no personal data")
    return e, build(e, n, ("Information Governance", "ig.team@nhs.net"), [("All Staff", "all.staff@lth.example.nhs.uk")],
                    "IG Bulletin - February 2026", D(2, 7, 30, "Feb"), body=text, html=html,
                    cc=[("", BREACH)], extra_headers=[("List-Unsubscribe", "<mailto:ig.team@nhs.net?subject=unsubscribe>")])


# ================================================================ emails, part 3


@email
def e_scot_chi_wrong_dl(n):
    e = E("scot-ward-list-wrong-distribution", "misdirected_internal_dl", ["scotland", "chi", "outlook_underscores", "gaelic_names"])
    p = [("Eilidh NicLeòid", "1948-03-11", True, "#NOF, post-op day 2, delirium"),
         ("Ruairidh MacDhòmhnaill", "1940-11-29", False, "COPD exacerbation, NIV overnight"),
         ("Catriona Mhoireach", "1957-08-02", True, "awaiting care home, AWI certificate in place, POA daughter")]
    rows = []
    for nm, iso, fem, note in p:
        c = chi(iso, fem)
        e.n(nm); e.i("chi_number", c)
        rows.append(f"{nm:28s} CHI {c}   {note}")
    e.n("Morag Morrison")
    body = f"""Hi there

Forwarding on - our ward clerk sent the delayed discharge list to "Ward 7 Discharges" at the other site instead of "Ward 7A Discharges" here. Both are NHS mailboxes within the board, the other ward manager has confirmed deleted. Logging so it's on record.

Fiona

{sig(e, 'Fiona MacKinnon', 'Senior Charge Nurse, Ward 7A (Care of the Elderly)', None, 'NHS Board (example), Queen Elizabeth University Hospital-style site', phone='0141 452 0101')}
{outlook_fwd2(e, 'Ward 7A Clerk', 'ward7a.clerk@nhs.net', 'Tuesday, 10 February 2026 14:02', 'Ward 7 Discharges', 'delayed discharges 10/2')}Delayed discharges as of 10/2

{chr(10).join(rows)}
  (POA is daughter {e.alt('Morag Morrison')} 07700 900338)

thanks, Iain
{disc(e, 'scot')}
"""
    e.tel("07700900338", "07700 900338")
    e.s("Iain"); e.s("Fiona")
    e.subjects = 4
    e.cats = ["health"]
    e.grade(3, 2, "delayed discharge list sent to the wrong ward mailbox inside NHS (trusted)", "deletion confirmed")
    return e, build(e, n, ("Fiona MacKinnon", "fiona.mackinnon@nhs.net"), [("", BREACH)],
                    "FW: delayed discharges 10/2 - wrong ward", D(10, 15, 30, "Feb"), body=body)


@email
def e_welsh_wrong_dafydd(n):
    e = E("welsh-letter-wrong-dafydd", "postal_wrong_patient_same_name", ["wales", "bilingual", "recipient_shares_name"])
    nn = nhs()
    body = f"""Bore da,

Apologies - English below / Saesneg isod.

We posted an audiology results letter for {e.n('Dafydd Rhys Evans')} (DOB {e.dob('1952-01-16', '16.01.1952')}, NHS {e.nhs(nn, nn)}) to a different {e.s('Dafydd Evans')} in the same village. The correct address is {e.addr('Bryn Awel, Ffordd y Capel, Llanrug, LL55 4AE', 'Bryn Awel, Ffordd y Capel, Llanrug')} {e.pc('LL55 4AE')}. The letter gives the hearing test results and says we are referring him for an MRI to rule out an acoustic neuroma.

The other gentleman rang to tell us and is going to drop it into the hospital. He told our receptionist he knows our patient from chapel.

Diolch,
{sig(e, 'Sioned Haf Roberts', 'Gweinyddwr / Administrator, Adran Awdioleg / Audiology', None, 'Bwrdd Iechyd Prifysgol (example)', phone='01248 384 384')}
{disc(e, 'wales')}
"""
    e.subjects = 1
    e.cats = ["health"]
    e.grade(3, 3, "audiology results letter received and read by another person with the same name, who knows the patient")
    return e, build(e, n, ("Sioned Haf Roberts", "sioned.roberts@wales.example.nhs.uk"), [("", BREACH)],
                    "Llythyr i'r cyfeiriad anghywir / letter to wrong address", D(12, 9, 2, "Feb"), body=body)


@email
def e_ni_sms_old_mobile(n):
    e = E("ni-sexual-health-sms-old-number", "sms_wrong_number", ["northern_ireland", "hc_number", "sexual_health"])
    h = hc()
    body = f"""Hi IG,

GUM clinic at the Royal site. Our automated SMS ("Please call the clinic about your recent test result - treatment is needed") plus a follow-up text from a health adviser that said "your chlamydia result" went to an old mobile number for {e.n('Niamh Ni Dhomhnaill')}, H&C {e.i('hc_number', h, spaced(h))}, DOB {e.dob('2001-09-03', '03/09/2001')}. The current owner of that number (a man in Lisburn) texted back asking who she was. Her correct number is {e.tel('07700900581', '07700 900581')}, updated at her last attendance but the SMS system still held the old one.

We've since spoken to Niamh. She is upset as she thinks the new owner might be someone she knows. Health adviser has documented.

Regards
{sig(e, 'Conor McAleese', 'Sexual Health Services Manager', None, 'HSC Trust (example)', phone='028 9504 0222')}
{disc(e, 'ni')}
"""
    e.subjects = 1
    e.cats = ["health", "sexual_health"]
    e.grade(4, 3, "text naming a chlamydia result sent to a mobile number now owned by a stranger")
    return e, build(e, n, ("Conor McAleese", "conor.mcaleese@hscni.example.net"), [("", BREACH)],
                    "SMS result to wrong number", D(13, 11, 11, "Feb"), body=body)


@email
def e_dna_xlsx_vendor(n):
    e = E("outpatient-dna-list-xlsx-wrong-vendor", "spreadsheet_to_external", ["xlsx_attachment", "odd_headers", "title_rows"])
    first = ["Aisha", "Kofi", "Dylan", "Zofia", "Imran", "Grainne", "Tunde", "Megan", "Harjit", "Callum",
             "Yetunde", "Sinead", "Pawel", "Bushra", "Owain", "Rebecca", "Adwoa", "Liam"]
    last = ["BEGUM", "ASANTE", "HUGHES", "LEWANDOWSKA", "RAZA", "O'DONNELL", "BALOGUN", "STOTT", "DHILLON", "REID",
            "OGUNLEYE", "McGRATH", "SZYMANSKI", "NAWAZ", "GRIFFITHS", "HOLDEN", "BOATENG", "QUINN"]
    clinics = ["ENT", "Ortho", "Derm", "Cardiology", "Ophth", "Gynae", "Urology", "Resp"]
    rows = []
    for i, (f, l) in enumerate(zip(first, last)):
        y = R.randint(1940, 2005); m = R.randint(1, 12); d = R.randint(1, 28)
        nn = nhs()
        hn = "RX" + str(R.randint(1000000, 2999999))
        mob = "07700 900" + str(R.randint(100, 999))
        e.n(f"{l}, {f}"); e.nhs(nn); e.hosp(hn); e.tel(mob.replace(" ", ""))
        e.dob(f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}")
        rows.append([l, f, hn, f"{d:02d}/{m:02d}/{y}", nn, mob, R.choice(clinics), "DNA x2"])
    att = xlsx(rows, "DNA", pre_rows=[["Outpatient DNA report w/e 06/02/2026 - OFFICIAL SENSITIVE"], [],
                                      ["Pt Surname", "Forename", "Hosp No.", "D.O.B", "NHS No", "Mob", "Clinic", "Status"]])
    body = f"""Hi

I'm sorry, I've sent our weekly DNA report to the wrong company. It should go to the SMS reminder supplier (textremind) and I sent it to an events company with a similar address (bookings@textreminders-events.co.uk) which autocompleted. 18 patients. I have emailed them asking them to delete but no reply yet. File attached so you can see.

Nadia
Outpatient Booking Team Leader
Ext 6621
"""
    e.s("Nadia")
    e.x("email_address", "bookings@textreminders-events.co.uk")
    e.subjects = 18
    e.cats = ["health"]
    e.grade(3, 3, "spreadsheet of 18 outpatients (NHS numbers, DOBs, mobiles, clinic) sent to an unrelated external company",
            "no confirmation of deletion yet")
    return e, build(e, n, ("Nadia Farooq", "nadia.farooq@lth.example.nhs.uk"), [("", BREACH)],
                    "DNA report sent to wrong company", D(9, 16, 3, "Feb"), body=body,
                    attachments=[("DNA report we 06.02.26.xlsx".replace(" ", "_"), att, XLSX)])


@email
def e_camhs_waitlist_csv(n):
    e = E("camhs-waiting-list-csv-to-parent", "csv_to_parent", ["csv_attachment", "child", "mental_health", "gmail_reply"])
    kids = [("Oliwia Kowalska", "2011-04-17", "Anxiety/school refusal", "WF2 7AL"),
            ("Ibrahim Shah", "2013-09-02", "ASD assessment", "WF1 4PN"),
            ("Maisie Hollings", "2010-12-25", "Eating disorder - urgent", "WF3 1RS"),
            ("Tobi Adewale", "2014-06-30", "ADHD assessment", "WF2 0HE"),
            ("Ellie-Mae Crossley", "2009-02-08", "Self harm, low mood", "WF6 2DD"),
            ("Kacper Wojcik", "2012-11-11", "OCD", "WF4 5JG"),
            ("Amelia Nairn", "2008-07-21", "Low mood, ?bipolar", "WF1 5LT"),
            ("Rayyan Akhtar", "2015-03-14", "ASD assessment", "WF5 8QB"),
            ("Tegan Pearce", "2010-05-05", "Trauma - LAC", "WF8 1AA"),
            ("Dominik Baran", "2011-10-09", "Anxiety", "WF9 3QF")]
    lines = ["Name,DOB,Referral reason,Postcode,Weeks waiting,RiO ID"]
    for nm, iso, why, pc in kids:
        rio = str(R.randint(3000000, 3099999))
        y, m, d = iso.split("-")
        e.n(nm); e.dob(iso, f"{d}/{m}/{y}"); e.pc(pc); e.hosp(rio)
        lines.append(f"{nm},{d}/{m}/{y},{why},{pc},{R.randint(6, 60)},{rio}")
    csvdata = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    parent = f"""Hi, I think you have sent me the wrong thing?? I asked for an update on where my son is on the waiting list and this has got loads of other kids names on it. I haven't shared it with anyone.

{e.s('Lisa Crossley')}"""
    body = f"""Please log - admin sent the CAMHS neurodevelopmental + core waiting list extract (10 children on this extract) to a parent instead of the one line for her son. Parent has replied (below). I have asked her to delete and confirm.

{sig(e, 'Waheeda Begum', 'CAMHS Single Point of Access Coordinator', None, 'Northmoor Mental Health & Learning Disability NHS FT', phone='01924 496 650')}

{wrote(e, 'Lisa Crossley', 'lisacrossley82@gmail.com', 'Mon, 16 Feb 2026 at 17:40')}{quote(parent)}
>
{quote(wrote(e, 'CAMHS SPA', 'camhs.spa@nhs.net', 'Mon, 16 Feb 2026 at 15:12').rstrip() + chr(10) + 'Dear Ms Crossley, please find attached the waiting list information as requested. Kind regards, CAMHS SPA', 2)}
{disc(e, 'mh')}
"""
    e.subjects = 10
    e.cats = ["health", "mental_health", "safeguarding"]
    e.grade(4, 3, "waiting-list extract of 10 children with mental health referral reasons sent to a parent's gmail",
            "children; looked-after child", "parent says not shared but deletion not yet confirmed")
    return e, build(e, n, ("Waheeda Begum", "waheeda.begum@nhs.net"), [("", BREACH)],
                    "Fwd: Re: waiting list - sent wrong attachment", D(17, 8, 50, "Feb"), body=body,
                    attachments=[("SPA_waitlist_extract.csv", csvdata, "text/csv")])


@email
def e_whatsapp_xray(n):
    e = E("fy1-whatsapp-xray-label", "messaging_app_photo", ["junior_doctor", "phone_typed", "lowercase_names"])
    body = f"""hi,

sorry if this is the wrong place. i'm one of the FY1s on gen surg. someone in the FY1 whatsapp group (about 70 of us across the trust, personal phones) posted a photo of a CXR at 2am asking "free air??" and the pacs banner at the top has the patient's name and hosp number on it - {e.n('agnieszka dabrowska', 'agnieszka dabrowska')}, {e.hosp('RX1770452', 'rx1770452')}, f 44. it's been up since 2am, loads of people have seen it, a couple reacted. i messaged them to delete and they have now deleted for everyone but people might have saved it.

not trying to get anyone in trouble just want it logged. i've not said who it was here

thanks
(FY1 gen surg)
"""
    e.subjects = 1
    e.cats = ["health"]
    e.grade(3, 3, "patient-identifiable X-ray posted to a ~70-member WhatsApp group on personal phones",
            "'deleted for everyone' but may have been saved")
    return e, build(e, n, ("", "fy1.gensurg.anon@nhs.net"), [("", BREACH)],
                    "photo in whatsapp group", D(18, 7, 41, "Feb"), body=body)


@email
def e_sar_brothers_pages(n):
    e = E("sar-bundle-contained-brothers-notes", "sar_wrong_pages_relative", ["medical_records", "relative_same_surname", "quoted_printable"])
    a, b = nhs(), nhs()
    body = f"""Hi DPO

Our health records team released a subject access bundle to {e.s('Ms Tanvir Kaur Bains')} last week. She emailed today (below) to say 14 pages belong to her brother, {e.n('Jaspal Singh Bains')} (NHS {e.nhs(b)}, DOB {e.dob('1979-05-30', '30/05/1979')}), from his 2019 admission to the Becklin Centre - section 3, psychiatric notes, and police involvement. Same surname, same GP, and his paper file had been misfiled inside hers.

She says she's read them and she's "shocked what he never told the family". She'll return them but this can't be undone.

Her own NHS no for reference (not part of the breach): {a[:3]} {a[3:6]} {a[6:]}
"""
    e.x("nhs_number", a)
    body += f"""
Rgds,
{sig(e, 'Bernard Ashe', 'Health Records Manager', 'Health Records & Access to Records', 'Leeds Teaching Hospitals NHS Trust (example)', phone='0113 496 0650')}

{outlook_fwd(e, 'Tanvir Bains', 'tanvir.bains@btinternet.com', '20 February 2026 12:10', 'Access to Records', 'SAR - wrong notes')}Hello I have received my records but part of them are my brother Jaspal's hospital notes from when he was sectioned. I have read them. I will bring them back. Who else has seen mine?? Tanvir
{disc(e, 'lth')}
"""
    e.s("Tanvir")
    e.subjects = 1
    e.cats = ["health", "mental_health", "criminal"]
    e.grade(4, 3, "brother's psychiatric notes (section 3, police involvement) released in sister's subject access bundle",
            "read by the recipient, returned later")
    return e, build(e, n, ("Bernard Ashe", "bernard.ashe@nhs.net"), [("", BREACH)],
                    "FW: SAR - wrong notes", D(20, 13, 5, "Feb"), body=body, cte="quoted-printable")


@email
def e_snoop_new_partner(n):
    e = E("snooping-ex-partners-new-partner", "snooping_audit_confirmed", ["formal_ig", "privacy_monitoring"])
    body = f"""DPO - for the 72h log.

FairWarning proactive alert 26-0219-07 confirmed by the Privacy Officer today. A receptionist in Outpatients (name withheld here, HR case HR-26-114) viewed the ED attendance record, demographics and contact details of {e.n('Chantelle Ogunbiyi')} (DOB {e.dob('1996-08-14', '14/08/1996')}, hosp no {e.hosp('E0912345')}) on 3 occasions. Ms Ogunbiyi is the current partner of the receptionist's ex-husband. The ED attendance was for an assault. The record shows her new address at {e.addr('Flat 12, Carlton Towers, Leeds, LS7 1HZ', 'Flat 12, Carlton Towers, Leeds LS7 1HZ')}.

We have no evidence so far that the information was passed on. Staff member suspended, patient to be informed by the Privacy Officer by phone today.

{sig(e, 'Hannah Oyelaran', 'Privacy Officer', 'Information Governance', 'Leeds Teaching Hospitals NHS Trust (example)', phone='0113 496 0790')}
{disc(e, 'lth')}
"""
    e.pc("LS7 1HZ")
    e.subjects = 1
    e.cats = ["health"]
    e.grade(3, 3, "confirmed unauthorised access by a member of staff with a personal connection (snooping)",
            "ED attendance for assault and new address viewed; no evidence yet of onward disclosure")
    return e, build(e, n, ("Hannah Oyelaran", "hannah.oyelaran@nhs.net"), [("", BREACH)],
                    "Confirmed inappropriate access - FW alert 26-0219-07", D(19, 15, 0, "Feb"), body=body)


@email
def e_alleged_snoop_porter(n):
    e = E("alleged-snooping-porter-ex-husband", "snooping_alleged_complaint", ["pals_forward", "gmail_forward", "three_level_forward"])
    comp = f"""To PALS,

My ex husband {e.s('Darren Leckie')} works as a porter at the hospital. Last week he sent me a message saying he knew I had been to the clinic on 2nd floor in November, which was for a termination. Nobody else knows about this. I want to know if he has looked at my records. My name is {e.n('Gemma Leckie')}, date of birth {e.dob('1991-02-27', '27th February 1991')}, I live at {e.addr('6 Primrose Walk, Halifax, HX3 8PL', '6 Primrose Walk, Halifax HX3 8PL')}, phone {e.tel('07700900745', '07700 900 745')}.

I am very frightened as there is a history of DV and he is not supposed to contact me.

Gemma"""
    e.pc("HX3 8PL")
    pals = "Passing to IG as this is an access concern rather than a complaint about care. I have acknowledged to the patient. PALS ref 26/0455."
    body = f"""Hi all - adding my comments on top. This is an allegation, not yet confirmed. I have asked the EPR team for an audit of access to Ms Leckie's record for Nov-Feb by any user in Facilities. If it's confirmed it'll be a referral to HR and possibly to the ICO under s170 DPA. Putting it on the breach log now so the 72hr clock is visible. Note there's DV history so please treat with care.

Priyanka Venkataraman
Head of IG / DPO (deputy)

{gmail_fwd(e, 'PALS', 'pals@nhs.net', 'Mon, 23 Feb 2026 at 10:05', 'IG Team <ig.team@nhs.net>', 'Fwd: records - please help')}{pals}

{gmail_fwd(e, 'Gemma Leckie', 'gemmaleckie91@outlook.com', 'Sun, 22 Feb 2026 at 21:47', 'pals@nhs.net', 'records - please help')}{comp}
{disc(e, 'lth')}
"""
    e.ids["email_address"].append("gemmaleckie91@outlook.com")
    e.ign["email_address"].remove("gemmaleckie91@outlook.com")
    e.s("Priyanka Venkataraman")
    e.subjects = 1
    e.cats = ["health", "reproductive_health", "safeguarding"]
    e.grade(4, 3, "alleged snooping by an ex-husband employed by the trust, audit pending",
            "termination of pregnancy; domestic violence history")
    return e, build(e, n, ("Priyanka Venkataraman", "priyanka.venkataraman@nhs.net"), [("", BREACH)],
                    "Fwd: Fwd: records - please help  [allegation of inappropriate access]", D(23, 11, 2, "Feb"), body=body)


@email
def e_jobs_list_canteen(n):
    e = E("jobs-list-left-in-canteen", "lost_paper_internal", ["junior_doctor", "list_in_prose", "short"])
    body = f"""Hi, reg on call med here. found a printed jobs list in the staff canteen at lunch, on a table. Not mine - looks like AMU from this morning. Handed it to the AMU coordinator. It had: {e.n('Brendan Ó Flaithearta')} bed 4 ?PE CTPA, {e.n('Yusuf Abdi')} bed 6 sepsis bloods, {e.n('Doreen Whitaker')} bed 11 TTO + DN referral, {e.n('Precious Chikwanha')} bed 14 DKA. Only hosp numbers {e.hosp('RX1902281')} and {e.hosp('RX2011843')} on it next to the first two. Canteen is staff only at that end but public can walk in.

Dr {e.s('A. Sowemimo')}
"""
    e.subjects = 4
    e.cats = ["health"]
    e.grade(3, 2, "paper jobs list found in the staff canteen and recovered by staff", "no evidence it left staff hands")
    return e, build(e, n, ("Dr Adebola Sowemimo", "adebola.sowemimo@nhs.net"), [("", BREACH)],
                    "jobs list found", D(24, 13, 26, "Feb"), body=body)


@email
def e_facebook_delivery_board(n):
    e = E("maternity-facebook-board-photo", "social_media_photo_maternity", ["html_only", "quoted_printable", "published"])
    html = f"""<html><body><div dir="ltr">
<div>Hi IG,</div><div><br></div>
<div>Comms have flagged a post on the Trust's <b>official</b> Maternity Facebook page (posted Sat 28/02, 4.1k followers) celebrating 1000 births on Delivery Suite. The photo shows the midwives holding a banner in front of the labour ward board and zooming in you can read:</div>
<ul>
<li>Room 3 &ndash; {e.n('ADEBAYO')} &ndash; G4P2 &ndash; prev TOP x1 &ndash; IOL for PET</li>
<li>Room 5 &ndash; {e.n('Sarah-Jane KILBRIDE')} &ndash; 34/40 &ndash; PPROM, MgSO4</li>
<li>Room 7 &ndash; {e.n('Roisin MAGUIRE')} &ndash; IUD 38/40 &ndash; bereavement MW</li>
</ul>
<div>Comms removed the post at 11:20 on Sunday. It had 212 shares. Ms Maguire's partner {e.n('Declan Maguire')} has complained via our page messenger &mdash; that is how we found out.</div>
<div><br></div>
<div>I&#39;m gutted for them.</div>
<div><br></div>
<div>-- <br>{e.s('Bethany Lowe')}<br>Digital Communications Officer<br>Communications &amp; Engagement<br>0161 496 0415</div>
</div></body></html>"""
    e.x("phone_number", "01614960415")
    e.subjects = 4
    e.cats = ["health", "reproductive_health"]
    e.grade(4, 4, "labour ward board readable in a post on the trust's public Facebook page for over a day, 212 shares",
            "stillbirth, previous termination, pregnancy details", "partner of one woman has complained")
    return e, build(e, n, ("Bethany Lowe", "bethany.lowe@nhs.net"), [("", BREACH)],
                    "Facebook post - labour ward board readable", D(1, 12, 15, "Mar"), html=html, cte="quoted-printable")


# ================================================================ emails, part 4


@email
def e_letter_copy_paste(n):
    e = E("clinic-letter-paragraph-wrong-patient", "letter_copy_paste_other_patient", ["medical_secretary", "surname_forename"])
    nn = nhs()
    body = f"""Hello,

I'm a medical secretary in the Memory & Older Adults Psychiatry service. I typed a clinic letter for {e.s('Mr Albert Firth')} yesterday (to his GP, cc'd to Mr Firth at home) and I have just realised the last paragraph was left over from the previous letter in the template. It says:

  "MAHMOOD Shazia (DOB {e.dob('1968-10-06', '06/10/1968')}, NHS No {e.nhs(nn)}) remains low in mood with passive suicidal ideation. I have increased her mirtazapine to 45mg and the crisis team will visit her at home in {e.addr('14 Ravensthorpe Road, Dewsbury, WF13 3AB', '14 Ravensthorpe Road, Dewsbury WF13 3AB')}."

Mr Firth's daughter rang to say they'd noticed. The letter went by post to the Firths and by docman to his GP. The daughter said she would shred it, I asked her to post it back instead.

{sig(e, 'Anita Kowalczyk', 'Medical Secretary', 'Older Adults Psychiatry', 'Northmoor Mental Health & Learning Disability NHS FT', phone='01924 496 588')}
{disc(e, 'mh')}
"""
    e.n("MAHMOOD Shazia")
    e.pc("WF13 3AB")
    e.subjects = 1
    e.cats = ["health", "mental_health"]
    e.grade(4, 3, "another patient's mental health details (suicidal ideation, medication, home address) in a letter posted to a family",
            "family noticed and read it")
    return e, build(e, n, ("Anita Kowalczyk", "anita.kowalczyk@nhs.net"), [("", BREACH)],
                    "wrong paragraph in letter", D(3, 14, 38, "Mar"), body=body)


@email
def e_attached_eml_sarah_kelly(n):
    e = E("bed-list-wrong-sarah-kelly-attached-eml", "misdirected_nhsmail_same_name", ["attached_eml", "safeguarding", "nhsmail_directory"])
    inner_body = f"""Hi Sarah,

Updated list of our patients with safeguarding concerns for tomorrow's MDT:

1. {e.n('Violet Ramsbottom')} (b. {e.dob('1933-01-19', '19/01/1933')}) - unexplained bruising, s42 enquiry opened, son {e.n('Keith Ramsbottom')} not to visit unsupervised
2. {e.n('Anjali Nair')} (b. {e.dob('1986-04-02', '02/04/1986')}) - DV disclosure, MARAC referral done, IDVA aware
3. {e.n('Tyrone Baptiste')} (b. {e.dob('1961-12-09', '09/12/1961')}) - self-neglect, hoarding, capacity assessment pending

Thanks, Lorraine"""
    inner = inner_msg(("Lorraine Heywood", "lorraine.heywood@nhs.net"), [("Kelly Sarah", "sarah.kelly22@nhs.net")],
                      "Safeguarding MDT list", "Tue, 03 Mar 2026 16:40:00 +0000", inner_body,
                      "<inner.031.fresh17@nhs.net>")
    e.s("Lorraine Heywood"); e.s("Lorraine"); e.s("Kelly Sarah"); e.s("Sarah"); e.s("Sarah Kelly")
    e.x("email_address", "sarah.kelly22@nhs.net"); e.x("email_address", "lorraine.heywood@nhs.net")
    body = f"""Attaching the original as asked. I picked the wrong Sarah Kelly from the NHSmail address book - ours is the safeguarding lead here (sarah.kelly7@nhs.net), I sent it to one at a trust in Kent. She's replied that she deleted it. It's all NHSmail.

Lorraine Heywood
Discharge Coordinator, Ward 12
"""
    e.x("email_address", "sarah.kelly7@nhs.net")
    e.subjects = 4
    e.cats = ["health", "safeguarding"]
    e.grade(4, 2, "safeguarding MDT list sent to a same-named NHSmail user at another trust (trusted domain)", "recipient says deleted")
    return e, build(e, n, ("Lorraine Heywood", "lorraine.heywood@nhs.net"), [("", BREACH)],
                    "FW: Safeguarding MDT list (sent to wrong Sarah Kelly)", D(4, 9, 12, "Mar"), body=body, rfc822=inner)


@email
def e_histology_near_miss(n):
    e = E("histology-label-near-miss", "near_miss_labelling", ["pathology", "near_miss", "internal"])
    body = f"""Near miss for the log please (no disclosure).

Cellular pathology booking-in picked up a skin biopsy pot labelled {e.n('Precious Moyo')} {e.hosp('RX2104456')} with a request form for {e.n('Philip Moyes')} {e.hosp('RX2104465')} from Dermatology theatre list on 04/03. Booking-in BMS queried it before processing; both samples re-labelled at source with the clinician present. Nothing reported, nothing left the lab.

{sig(e, 'Rasheed Adekunle', 'Cellular Pathology Lead BMS', None, 'Birmingham-style Hospitals (example)', phone='0121 496 0620')}
"""
    e.near_miss = True
    e.subjects = 2
    e.cats = ["health"]
    e.grade(3, 1, "labelling mismatch caught at booking-in; no result issued, no disclosure (near miss)")
    return e, build(e, n, ("Rasheed Adekunle", "rasheed.adekunle@nhs.net"), [("", BREACH)],
                    "Near miss - specimen/request mismatch", D(5, 10, 3, "Mar"), body=body)


@email
def e_radiology_cd_solicitor(n):
    e = E("imaging-cd-wrong-solicitor", "postal_to_third_party", ["radiology", "solicitor", "top_posted"])
    nn = nhs()
    body = f"""Hi,

Imaging disclosure request: we sent a CD of images plus reports to {e.s('Harrison Clough LLP')} for their client but the CD was for the wrong patient - {e.n('Ewa Szczepańska')} (DOB {e.dob('1977-07-07', '07/07/1977')}, NHS {e.nhs(nn)}, {e.hosp('RX1650399', 'hospital number RX1650399')}) instead of their client. Includes CT abdo/pelvis and a report mentioning her ovarian cyst and the ?endometriosis follow up. The CD is unencrypted (older process for solicitors, I know).

The solicitor's paralegal ({e.s('Kirsty Pearson')}) rang to tell us, they've not passed it to their client and will courier it back. Address on their letterhead is 5 Bank Street, Bolton.

{sig(e, 'Sunil Varghese', 'PACS & Imaging Disclosure Officer', 'Radiology', 'Northfield Acute Hospitals NHS FT', phone='0161 496 0392')}
"""
    e.x("address", "5 Bank Street, Bolton")
    e.subjects = 1
    e.cats = ["health", "reproductive_health"]
    e.grade(4, 3, "unencrypted CD with another patient's imaging and gynaecological report sent to a solicitor",
            "firm says it will return it; not yet back")
    return e, build(e, n, ("Sunil Varghese", "sunil.varghese@nhs.net"), [("", BREACH)],
                    "Imaging CD sent for wrong patient", D(6, 11, 49, "Mar"), body=body)


@email
def e_depot_text_wrong_mobile(n):
    e = E("depot-reminder-text-wrong-mobile", "sms_wrong_number_mental_health", ["adult_mental_health", "care_coordinator"])
    body = f"""IG,

I sent a text from the team phone to what I thought was my service user's mobile reminding him about his depot tomorrow. I mistyped one digit. The text said: "Hi Marek its Joy from CMHT, reminder your Zuclopenthixol depot is tmrw 10am at Rosewood clinic, if you cant make it ring me."

Service user: {e.n('Marek Zielinski')}, RiO {e.hosp('2004417')}. His real number is {e.tel('07700900127', '07700 900127')}. The number I used ended 128 - someone replied "wrong number mate". I've replied to apologise and asked them to delete.

Joy Oyelowo
Care Coordinator, CMHT North
"""
    e.s("Joy Oyelowo"); e.s("Joy"); e.x("phone_number", "07700900128")
    e.subjects = 1
    e.cats = ["health", "mental_health"]
    e.grade(4, 3, "text naming an antipsychotic depot and CMHT sent to a stranger's mobile")
    return e, build(e, n, ("Joy Oyelowo", "joy.oyelowo@nhs.net"), [("", BREACH)],
                    "text sent to wrong number", D(9, 16, 55, "Mar"), body=body)


@email
def e_relative_screen_photo(n):
    e = E("relative-photo-of-screen-facebook", "social_media_public_screen_photo", ["ed", "html_and_plain", "published"])
    text = f"""Hi

A member of public has posted on the 'Huddersfield Community Noticeboard' Facebook group (18k members) a complaint about waits in ED, with a photo she took of the computer screen at the nurses' station. The tracking screen is readable: patient names, ages and presenting complaints for about 6 patients. I can read {e.n('Lowri Bevan')} 23 "OD", {e.n('Stanisław Wróbel')} 67 "CP", {e.n('Jaswinder Sangha')} 81 "fall ?#", {e.n('Oisín Breathnach')} 4 "febrile convulsion", {e.n('Tracey Hirst')} 45 "abdo pain". The 6th line is cut off.

We've reported the post to the group admin and Facebook. It's been up about 9 hours. Screen now has privacy filter.

Ward Sister, ED
{e.s('Mandeep Grewal')}
"""
    html = "<html><body>" + "".join(f"<p>{l}</p>" for l in text.split("\n\n")) + "</body></html>"
    e.subjects = 6
    e.cats = ["health", "mental_health"]
    e.grade(4, 4, "ED tracking screen with patients' names and complaints published in an 18k-member Facebook group",
            "includes an overdose and a 4-year-old", "sixth patient cut off but still counted")
    return e, build(e, n, ("Mandeep Grewal", "mandeep.grewal@nhs.net"), [("", BREACH)],
                    "ED screen photo on Facebook", D(10, 20, 14, "Mar"), body=text, html=html)


@email
def e_iapt_typosquat(n):
    e = E("iapt-referral-lookalike-domain", "misdirected_lookalike_domain", ["inline_outlook", "external_domain", "talking_therapies"])
    nn = nhs()
    body = f"""Good afternoon,

Our Talking Therapies admin replied to what looked like a GP practice asking for a referral update, but the address was hollybankmedical@nhs-net.co.uk (NOT nhs.net). They sent back the referral details for {e.n('Olumide Adeyinka')} (NHS {e.nhs(nn)}, DOB {e.dob('1989-05-18', '18-05-1989')}): PHQ-9 21, GAD-7 17, "history of childhood sexual abuse, wants female therapist". IT say the domain was registered last week; likely phishing. Blocked now.

Please advise if we need to tell the patient - I think we do.

Regards
{sig(e, 'Gillian Mbeki', 'Service Manager, NHS Talking Therapies', None, 'Northmoor Mental Health & Learning Disability NHS FT', phone='01924 496 777')}
{outlook_fwd(e, 'Talking Therapies Admin', 'talkingtherapies.admin@nhs.net', '11 March 2026 10:17', 'hollybankmedical@nhs-net.co.uk', 'RE: referral update')}Please see referral details below as requested...
{disc(e, 'mh')}
"""
    e.x("email_address", "hollybankmedical@nhs-net.co.uk")
    e.subjects = 1
    e.cats = ["health", "mental_health", "safeguarding"]
    e.grade(4, 3, "mental health referral details sent to a lookalike (likely malicious) domain")
    return e, build(e, n, ("Gillian Mbeki", "gillian.mbeki@nhs.net"), [("", BREACH)],
                    "FW: RE: referral update - lookalike domain", D(11, 14, 30, "Mar"), body=body)


@email
def e_egress_near_miss(n):
    e = E("dlp-blocked-email-near-miss", "near_miss_dlp_blocked", ["near_miss", "oncology"])
    body = f"""FYI only - near miss. I tried to send an oncology clinic letter for {e.n('Agnes Nic an tSaoir')} (DOB {e.dob('1950-11-22', '22/11/50')}) to the patient's personal email and had mistyped it, Egress/DLP flagged the recipient as new & unverified and I cancelled before it went. Nothing was sent. Just logging as the team told me to.

Marie, Oncology Secretaries
"""
    e.s("Marie")
    e.near_miss = True
    e.subjects = 1
    e.cats = ["health"]
    e.grade(3, 1, "email stopped by DLP before sending: near miss")
    return e, build(e, n, ("Marie Ferguson", "marie.ferguson@nhs.net"), [("", BREACH)],
                    "near miss - email not sent", D(12, 9, 20, "Mar"), body=body)


@email
def e_property_bag_base64(n):
    e = E("wrong-belongings-bag-base64", "wrong_property_to_relative", ["cte_base64", "polish_writer", "relative_named"])
    body = f"""Dzień dobry / Hello,

I am HCA on Ward 31. Yesterday when patient {e.n('Halina Górecka')} was going home her son {e.n('Piotr Górecki')} took the property bag from the cupboard, but it was wrong bag. It was for {e.n('Edna Sugden')} from bed 12. In the bag was Mrs Sugden's tablets with labels (her name and address {e.addr('3 Cliffe Lane, Batley, WF17 0LR', '3 Cliffe Lane, Batley WF17 0LR')}), her hospital letter about the kidney biopsy and her phone.

Mr Górecki came back this morning with the bag, everything there. Mrs Sugden's daughter is not happy because phone was missing overnight.

Sorry for my English.
Agata Nowicka, HCA Ward 31
"""
    e.s("Agata Nowicka"); e.pc("WF17 0LR")
    e.subjects = 1
    e.cats = ["health"]
    e.grade(3, 2, "another patient's belongings with labelled medication and hospital letter taken home by a relative",
            "returned intact the next morning (likelihood 3 -> 2)")
    # Halina and Piotr Gorecki are named but nothing of theirs was disclosed: neutral, not subjects
    e.names.remove("Halina Górecka"); e.names.remove("Piotr Górecki")
    e.s("Halina Górecka"); e.s("Piotr Górecki"); e.s("Mr Górecki")
    return e, build(e, n, ("Agata Nowicka", "agata.nowicka@nhs.net"), [("", BREACH)],
                    "zla torba / wrong bag", D(13, 8, 2, "Mar"), body=body, cte="base64")


@email
def e_ndr(n):
    e = E("delivery-failure-notice", "non_report_bounce", ["auto_generated", "bounce"])
    body = """Delivery has failed to these recipients or groups:

ig-archive@lth.example.nhs.uk
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:
Generating server: EXCH-MBX-04.nhs.net
ig-archive@lth.example.nhs.uk
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
"""
    e.x("email_address", "ig-archive@lth.example.nhs.uk")
    e.subjects = 0
    e.grade(1, 1, "non-delivery report; no personal data")
    return e, build(e, n, ("Microsoft Outlook", "postmaster@nhs.net"), [("", BREACH)],
                    "Undeliverable: Breach report acknowledgement BD-2026-000112", D(13, 10, 0, "Mar"), body=body,
                    extra_headers=[("Auto-Submitted", "auto-generated")])


@email
def e_antenatal_screening_genetic(n):
    e = E("antenatal-haemoglobinopathy-results-wrong-email", "misdirected_genetic_results", ["maternity", "genetic", "couple"])
    a, b = nhs(), nhs()
    body = f"""Hi,

The antenatal screening coordinator emailed the partner-testing results letter for a couple to an old work address for the partner instead of the personal email he gave us. The old employer's IT manager replied saying the mailbox is monitored since he left.

Woman: {e.n('Blessing Okafor')}, NHS {e.nhs(a)}, DOB {e.dob('1994-03-29', '29/03/1994')} - sickle cell carrier (HbAS)
Partner: {e.n('Emmanuel Okafor')}, NHS {e.nhs(b)} - HbAS carrier
Letter explains 1 in 4 chance baby affected, offers CVS and counselling appt at 12+3 weeks.

Address it went to: e.okafor@brightwater-logistics.co.uk. We have asked them to delete.

{sig(e, 'Yvonne Adjei', 'Antenatal & Newborn Screening Coordinator', "Women's Services", 'Northfield Acute Hospitals NHS FT', phone='0161 496 0461')}
{disc(e, 'mft')}
"""
    e.mail("e.okafor@brightwater-logistics.co.uk")
    e.subjects = 2
    e.cats = ["health", "genetic", "reproductive_health"]
    e.grade(4, 3, "genetic carrier results and pregnancy information for a couple sent to a monitored ex-employer mailbox")
    return e, build(e, n, ("Yvonne Adjei", "yvonne.adjei@nhs.net"), [("", BREACH)],
                    "screening results sent to old work email", D(16, 12, 33, "Mar"), body=body)


@email
def e_tribunal_report_wrong_firm(n):
    e = E("forensic-tribunal-report-wrong-solicitor", "misdirected_tribunal_report", ["forensic_mental_health", "criminal", "victim_named", "surname_forename"])
    nn = nhs()
    body = f"""DPO

Medium secure unit. The responsible clinician's report for the First-tier Tribunal (Mental Health) for {e.n('DOHERTY Cathal')} (NHS {e.nhs(nn)}, DOB {e.dob('1985-08-17', '17/08/1985')}) was emailed to the wrong firm of solicitors - {e.s('Ashworth Kaye')} instead of {e.s('Ashcroft Kay')}. Both have secure mailboxes but neither is nhs.net or cjsm.

Report covers diagnosis (paranoid schizophrenia), s37/41, the index offence (GBH on his neighbour {e.n('Gordon Blake')}, who is named in the report along with his street), substance misuse history and risk assessment.

Ashworth Kaye have confirmed in writing it's deleted, but I've flagged the victim aspect to the MAPPA coordinator.

{sig(e, 'Dr Olusegun Bamgbose', 'Consultant Forensic Psychiatrist', 'Forensic Services', 'Northmoor Mental Health & Learning Disability NHS FT', phone='01924 496 900')}
{disc(e, 'mh')}
"""
    e.alt("Cathal Doherty")
    e.subjects = 2
    e.cats = ["health", "mental_health", "criminal", "substance_misuse"]
    e.grade(4, 2, "tribunal report (schizophrenia, index offence, victim named) emailed to the wrong external law firm",
            "written confirmation of deletion (likelihood 3 -> 2)")
    return e, build(e, n, ("Olusegun Bamgbose", "olusegun.bamgbose@nhs.net"), [("", BREACH)],
                    "Tribunal report sent to wrong solicitors", D(17, 15, 12, "Mar"), body=body)


@email
def e_prf_car_park(n):
    e = E("ambulance-handover-form-car-park", "lost_paper_public", ["ed", "found_by_public", "short"])
    body = f"""A member of the public handed in a wet sheet of paper to ED reception she found by the ambulance bay in the public car park - it's a printed ambulance handover / PRF copy for {e.n('Kenneth Oduya')} age 58, {e.addr('41 Bradford Road, Cleckheaton, BD19 3JS', '41 Bradford Road, Cleckheaton BD19 3JS')}, chest pain, ECG changes, "known alcohol excess". Not sure how long it was there. Don't know if it was ours or YAS - passing to you both.

Reception team, ED
"""
    e.pc("BD19 3JS")
    e.subjects = 1
    e.cats = ["health", "substance_misuse"]
    e.grade(4, 3, "ambulance handover form found by a member of the public in a public car park",
            "alcohol excess noted")
    return e, build(e, n, ("ED Reception", "ed.reception@nhs.net"), [("", BREACH)],
                    "found paperwork car park", D(18, 18, 45, "Mar"), body=body)


@email
def e_mail_merge_wrong_addresses(n):
    e = E("mail-merge-wrong-addresses-37-letters", "mail_merge_batch", ["outpatients_booking", "count_only", "formal"])
    body = f"""Dear DPO,

Incident summary: On 19 March a mail-merge of 37 outpatient appointment letters (Physiotherapy, MSK) was run against a sorted address list while the patient list was unsorted. Each letter therefore went to the right-looking name but another patient's address. We have had three calls so far:

- {e.n('Gwen Tudor')} received a letter meant for {e.n('Amir Haddad')} (the letter shows his name, hospital number {e.hosp('N0345521')} and "MSK - lower back pain, physio assessment")
- {e.n('Colm Mac an Bhaird')} received {e.n('Beata Lis')}'s letter ({e.hosp('N0389974')})
- Mrs {e.n('Sandra Ackroyd')}'s letter went to {e.addr('22 Mill Street, Rochdale, OL16 1HS', '22 Mill Street, Rochdale OL16 1HS')} (not her address)

All 37 patients are affected. Content is the appointment time and clinic only; the clinic name gives the condition area. Letters recalled is not possible; we are writing to all 37 with an apology.

{sig(e, 'Isabel Cunningham-Reid', 'Outpatient Services Manager', None, 'Northfield Acute Hospitals NHS FT', phone='0161 496 0302')}
{disc(e, 'mft')}
"""
    e.pc("OL16 1HS")
    e.subjects = 37
    e.cats = ["health"]
    e.grade(3, 3, "37 physiotherapy appointment letters posted to other patients' addresses (mail-merge error)",
            "only three named in the report; all 37 affected")
    return e, build(e, n, ("Isabel Cunningham-Reid", "isabel.cunningham-reid@nhs.net"), [("", BREACH)],
                    "Mail merge error - 37 physio letters", D(20, 10, 0, "Mar"), body=body)


@email
def e_verbal_disclosure_neighbour(n):
    e = E("nurse-told-neighbour-html-blockquote", "verbal_disclosure", ["html_only", "blockquote_forward", "relative_complaint"])
    html = f"""<html><body>
<p>Passing to IG - complaint from a patient's daughter, forwarded from the ward inbox. I have spoken to the staff nurse concerned who admits she mentioned it. Ward manager, Ward 9.</p>
<p>{e.s('Helen Sagoo')}</p>
<div style="border-left:1px solid #ccc;padding-left:8px">
<p><b>From:</b> {e.s('Joanne Pilkington')} &lt;jo.pilkington@sky.com&gt;<br><b>Sent:</b> 20 March 2026 22:13<br><b>To:</b> Ward 9 &lt;ward9@nhs.net&gt;<br><b>Subject:</b> complaint</p>
<blockquote>
<p>My dad {e.n('Ronald Pilkington')} is on your ward. One of your nurses lives on our street and she told our neighbour {e.s('Mrs Eileen Cartwright')} that dad "won't be coming home" and that he has got cancer of the bowel and has a DNR. We had not told anyone, not even my brother. Our neighbour then told my brother {e.s('Stephen Pilkington')} at the shop. This is disgusting.</p>
<p>Jo Pilkington (daughter), {e.x('phone_number', '07700900266', '07700 900266')}</p>
</blockquote></div>
</body></html>"""
    e.x("email_address", "jo.pilkington@sky.com"); e.x("email_address", "ward9@nhs.net")
    e.s("Jo Pilkington")
    e.subjects = 1
    e.cats = ["health"]
    e.grade(3, 5, "staff nurse disclosed a patient's cancer diagnosis and DNACPR to a neighbour",
            "information has spread further (to the patient's son): misuse occurred")
    return e, build(e, n, ("Helen Sagoo", "helen.sagoo@nhs.net"), [("", BREACH)],
                    "FW: complaint", D(21, 9, 30, "Mar"), html=html, cte="quoted-printable")


# ================================================================ emails, part 5


@email
def e_paeds_safeguarding_wrong_school(n):
    e = E("paeds-ed-safeguarding-referral-wrong-school", "misdirected_safeguarding_child", ["ed", "child", "safeguarding", "gmail_quoted", "three_level_forward"])
    clerk = f"""Hi Sam, can you send the attached to St Bede's? Its the school nurse referral from last night for {e.n('Zara Ahmed-Cole')} dob {e.dob('2017-02-06', '06/02/17')}, mum {e.n('Leanne Cole')}, mums boyfriend {e.n('Jamal Reece')} named as the person who caused the burn. SW informed. Thanks"""
    school = """Hello, we are St Bede's Catholic Primary in Bradford, not St Bede's in Keighley. We don't have this child. I have deleted the email. Mrs Atkinson, Office Manager"""
    body = f"""Adding to the breach log. Paeds ED safeguarding referral for a 9 year old with a non-accidental injury went to the wrong St Bede's (a different school, external). The school office have said they deleted it. The named adult is the alleged perpetrator so I'm treating this as high risk. Children's social care aware. Trail below.

{sig(e, 'Siân Greenwood', 'Named Nurse Safeguarding Children', 'Safeguarding Team', 'Bradford-style Teaching Hospitals (example)', phone='01274 496 330', email='sian.greenwood@nhs.net')}

{wrote(e, 'Office St Bedes', 'office@stbedes-bradford.example.sch.uk', 'Wed, 25 Mar 2026 at 10:41')}{quote(school)}
>
{quote(wrote(e, 'Sam Holroyd', 'sam.holroyd@nhs.net', 'Wed, 25 Mar 2026 at 09:02').rstrip(), 2)}
>> Please find attached referral from Paediatric ED. Regards Sam
>>
{quote(wrote(e, 'Paeds ED Clerk', 'paeds.ed@nhs.net', 'Wed, 25 Mar 2026 at 08:15').rstrip(), 3)}
{quote(clerk, 3)}
"""
    e.s("Mrs Atkinson"); e.s("Sam")
    e.subjects = 3
    e.cats = ["health", "safeguarding", "criminal"]
    e.grade(4, 2, "child safeguarding referral (non-accidental injury, alleged perpetrator named) sent to the wrong school",
            "school confirms deletion (likelihood 3 -> 2)")
    return e, build(e, n, ("Siân Greenwood", "sian.greenwood@nhs.net"), [("", BREACH)],
                    "Fwd: Re: Re: referral - wrong St Bede's", D(25, 11, 7, "Mar"), body=body)


@email
def e_pip_letter_ni_number(n):
    e = E("pip-support-letter-wrong-recipient-ni-number", "misdirected_benefits_letter", ["adult_mental_health", "ni_number", "outlook_forward", "recipient_shares_surname"])
    body = f"""Hi,

Logging for our team. I wrote a PIP supporting letter for my service user {e.n('Kwame Asante-Boadu')} and emailed it to his support worker so she could upload it to DWP with his claim. I sent it to the wrong Asante - {e.s('Mrs Efua Asante')}, a carer for a different client who is in my contacts (efua.asante@gmail.com). She has replied saying she doesn't know him and deleted it, but it's a gmail address.

The letter has his NI number {e.i('ni_number', 'JT482916C', 'JT 48 29 16 C')}, DOB {e.dob('1976-12-12', '12.12.1976')}, address {e.addr('Flat 5, Beechwood Court, 30 Park Road, Wakefield, WF1 4DU', 'Flat 5 Beechwood Court, 30 Park Road, Wakefield WF1 4DU')}, his diagnosis (schizoaffective disorder), and that he was detained under s3 last year and that he can't manage money without his appointee.

{sig(e, 'Comfort Mensah-Bonsu', 'Community Mental Health Nurse', 'CMHT East', 'Northmoor Mental Health & Learning Disability NHS FT', phone='01924 496 812', mobile='07700 900019')}
{outlook_fwd(e, 'Efua Asante', 'efua.asante@gmail.com', '26 March 2026 18:02', 'Mensah-Bonsu Comfort', 'RE: PIP letter')}Hello I think this is meant for someone else, I don't know this man. I've deleted it. Efua
{disc(e, 'mh')}
"""
    e.pc("WF1 4DU"); e.s("Efua")
    e.subjects = 1
    e.cats = ["health", "mental_health"]
    e.grade(4, 2, "PIP letter with NI number, address and psychiatric history emailed to a carer's gmail (same surname)",
            "recipient replied that she deleted it (likelihood 3 -> 2)")
    return e, build(e, n, ("Comfort Mensah-Bonsu", "comfort.mensah-bonsu@nhs.net"), [("", BREACH)],
                    "FW: RE: PIP letter - sent to wrong person", D(27, 9, 15, "Mar"), body=body)


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    lines = []
    for i, fn in enumerate(EMAILS, 1):
        e, msg = fn(i)
        fname = f"{i:03d}-{e.slug}.eml"
        data = msg.as_bytes(policy=__import__("email.policy").policy.compat32.clone(linesep="\r\n"))
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        lines.append(json.dumps(e.truth(fname), ensure_ascii=False))
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} emails")


if __name__ == "__main__":
    main()
