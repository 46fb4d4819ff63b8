"""Core helpers for the fresh16 corpus generator (imported by make_corpus.py)."""
import base64, datetime as dt, io, json, quopri, random, zipfile
from collections import defaultdict, OrderedDict
from email.header import Header
from email.utils import formataddr

RNG = random.Random(16016)

# ---------------------------------------------------------------- health numbers
def mod11_check(nine):
    s = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1)))
    c = 11 - (s % 11)
    if c == 11:
        c = 0
    return None if c == 10 else c

def valid_mod11(num):
    num = "".join(ch for ch in str(num) if ch.isdigit())
    if len(num) != 10 or num == "0000000000":
        return False
    c = mod11_check(num[:9])
    return c is not None and c == int(num[9])

def _from_range(lo, hi):
    while True:
        nine = str(RNG.randint(lo, hi))
        c = mod11_check(nine)
        if c is not None:
            n = nine + str(c)
            assert valid_mod11(n)
            return n

def nhs_number():            # England / Wales
    return _from_range(400000000, 499999999) if RNG.random() < 0.5 else _from_range(600000000, 799999999)

def hc_number():             # Northern Ireland Health & Care number
    return _from_range(320000000, 399999999)

def chi_number(dob, sex):
    """CHI: DDMMYY, two serial digits, a sex digit (even female, odd male), mod-11 check digit."""
    while True:
        g = RNG.choice([0, 2, 4, 6, 8] if sex == "F" else [1, 3, 5, 7, 9])
        nine = dob.strftime("%d%m%y") + "%02d" % RNG.randint(0, 99) + str(g)
        c = mod11_check(nine)
        if c is not None:
            n = nine + str(c)
            assert valid_mod11(n) and int(n[8]) % 2 == (0 if sex == "F" else 1)
            return n

def fmt_nhs(n, style=0):
    if style == 0:
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if style == 1:
        return n
    if style == 2:
        return f"{n[:3]}-{n[3:6]}-{n[6:]}"
    return f"{n[:3]}{n[3:6]} {n[6:]}"

def fmt_chi(n, style=0):
    return n if style == 0 else f"{n[:6]} {n[6:]}"

# ---------------------------------------------------------------- people
FIRST_F = ["Margaret", "Siân", "Eilidh", "Niamh", "Priya", "Agnieszka", "Adaeze", "Joan", "Ffion", "Orla",
           "Harpreet", "Mei", "Bethany", "Kerry-Ann", "Doreen", "Lowri", "Morag", "Saoirse", "Fatima", "Chloe",
           "Olivia", "Amelia", "Isla", "Grace", "Zainab", "Ewa", "Rhiannon", "Catriona", "Bríd", "Hannah",
           "Patricia", "Sandra", "Aisha", "Jessica", "Mairead", "Nia", "Kirsty", "Yasmin", "Evie", "Maureen",
           "Gwen", "Lily", "Ruby", "Aoife", "Shona", "Teresa", "Layla", "Dawn", "Elsie", "Iona"]
FIRST_M = ["Gethin", "Callum", "Ciarán", "Imran", "Krzysztof", "Chidi", "Derek", "Rhys", "Séamus", "Wei",
           "Harold", "Tomasz", "Dylan", "Hamish", "Darragh", "Arjun", "Kwame", "Trevor", "Owen", "Fraser",
           "Noah", "Oliver", "Jack", "Leo", "Mohammed", "Ellis", "Ruairí", "Alfie", "Kenneth", "Brian",
           "Iwan", "Lachlan", "Eoin", "Bilal", "Stanley", "Gareth", "Connor", "Dafydd", "Ross", "Malachy"]
SURNAMES = ["Pritchard", "MacLeod", "O'Hare", "Khan", "Nowak", "Okafor", "Whitworth", "Llewellyn", "McCausland",
            "Chen", "Barraclough", "Sandhu", "Gallagher", "Evans", "Campbell", "Wiśniewska", "Adeyemi",
            "Hughes", "Thomson", "Quinn", "Patel", "Ashworth", "Morgan", "Fraser", "Devlin", "Begum", "Kowalczyk",
            "Mensah", "Hargreaves", "Price", "Mackenzie", "McGuigan", "Rahman", "Lewandowski", "Osei",
            "Sutcliffe", "Jenkins", "Robertson", "Doherty", "Ali", "Mazur", "Boateng", "Greenwood", "Powell",
            "Murray", "Kerr", "Hussain", "Zielinski", "Haworth", "Rees", "Sinclair", "Mulholland", "Iqbal",
            "Smith-Rowe", "Ogunleye", "Fenwick", "Bevan", "Grant", "McKeown", "Akhtar", "Dunn", "Kaur",
            "Holroyd", "Vaughan", "Stewart", "Toner", "Ahmed", "Jackson", "Lloyd", "Paterson", "Magee"]

AREAS = {
    # nation, town, outward codes, streets, landline prefix (drama range) or None
    "leeds": ("E", "Leeds", ["LS6", "LS8", "LS11", "LS12"], ["Cardigan Road", "Harehills Lane", "Dewsbury Road", "Tong Road", "Ash Grove", "Bankside Street"], "0113 496 0"),
    "sheffield": ("E", "Sheffield", ["S6", "S11", "S2"], ["Walkley Bank Road", "Ecclesall Road", "Norfolk Park Road", "Crookes Valley Road"], "0114 496 0"),
    "manchester": ("E", "Manchester", ["M14", "M20", "M40"], ["Platt Lane", "Burton Road", "Moston Lane", "Claremont Road"], "0161 496 0"),
    "bristol": ("E", "Bristol", ["BS5", "BS7", "BS3"], ["Stapleton Road", "Gloucester Road", "North Street", "Chelsea Road"], "0117 496 0"),
    "norwich": ("E", "Norwich", ["NR2", "NR3"], ["Unthank Road", "Magdalen Street", "Earlham Road"], None),
    "leicester": ("E", "Leicester", ["LE2", "LE4"], ["Narborough Road", "Belgrave Gate", "Evington Road"], None),
    "hull": ("E", "Hull", ["HU5", "HU3"], ["Newland Avenue", "Hessle Road", "Chanterlands Avenue"], None),
    "cardiff": ("W", "Cardiff", ["CF24", "CF5", "CF14"], ["Richmond Road", "Cowbridge Road East", "Whitchurch Road", "Splott Road"], "029 2018 0"),
    "swansea": ("W", "Swansea", ["SA1", "SA2"], ["Mansel Street", "Brynymor Road", "Walter Road"], None),
    "bangor": ("W", "Bangor", ["LL57"], ["Ffordd Caergybi", "Lôn Ogwen", "Glanrafon Hill"], None),
    "merthyr": ("W", "Merthyr Tydfil", ["CF47"], ["Heol Gwernllwyn", "Brecon Road", "Twynyrodyn Road"], None),
    "edinburgh": ("S", "Edinburgh", ["EH11", "EH6", "EH16"], ["Gorgie Road", "Easter Road", "Dalkeith Road", "Great Junction Street"], "0131 496 0"),
    "glasgow": ("S", "Glasgow", ["G41", "G31", "G51"], ["Pollokshaws Road", "Duke Street", "Paisley Road West", "Tollcross Road"], "0141 496 0"),
    "dundee": ("S", "Dundee", ["DD4", "DD3"], ["Arbroath Road", "Clepington Road", "Strathmartine Road"], None),
    "inverness": ("S", "Inverness", ["IV2", "IV3"], ["Culduthel Road", "Telford Street", "Old Edinburgh Road"], None),
    "belfast": ("N", "Belfast", ["BT9", "BT6", "BT14", "BT12"], ["Lisburn Road", "Castlereagh Road", "Oldpark Road", "Donegall Road", "Ormeau Road"], "028 9018 0"),
    "derry": ("N", "Londonderry", ["BT48", "BT47"], ["Strand Road", "Northland Road", "Limavady Road"], None),
    "newry": ("N", "Newry", ["BT34", "BT35"], ["Monaghan Street", "Warrenpoint Road", "Camlough Road"], None),
}
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
_used_mob = set()
_used_land = set()

def mobile():
    while True:
        n = RNG.randint(0, 999)
        if n not in _used_mob:
            _used_mob.add(n)
            return "07700 900%03d" % n

def landline(area):
    pre = AREAS[area][4]
    if not pre:
        return mobile()
    while True:
        n = RNG.randint(0, 999)
        if (pre, n) not in _used_land:
            _used_land.add((pre, n))
            return pre + "%03d" % n

def postcode(area):
    out = RNG.choice(AREAS[area][2])
    return f"{out} {RNG.randint(1, 9)}{RNG.choice(INWARD_LETTERS)}{RNG.choice(INWARD_LETTERS)}"

_used_names = set()

class Person:
    def __init__(self, area="leeds", sex=None, age=None, first=None, last=None, child=False, born=None):
        self.area = area
        nation = AREAS[area][0]
        self.sex = sex or RNG.choice("FM")
        while True:
            f = first or RNG.choice(FIRST_F if self.sex == "F" else FIRST_M)
            l = last or RNG.choice(SURNAMES)
            if (f, l) not in _used_names or (first and last):
                break
        _used_names.add((f, l))
        self.first, self.last = f, l
        if born:
            self.dob = born
        else:
            if age is None:
                age = RNG.randint(3, 15) if child else RNG.randint(19, 96)
            self.dob = dt.date(2026, 11, 1) - dt.timedelta(days=int(age * 365.25) + RNG.randint(0, 360))
        self.nhs = nhs_number()
        self.hc = hc_number()
        self.chi = chi_number(self.dob, self.sex)
        self.pc = postcode(area)
        self.town = AREAS[area][1]
        self.street = f"{RNG.randint(1, 140)} {RNG.choice(AREAS[area][3])}"
        self.mob = mobile()
        self.tel = landline(area) if RNG.random() < 0.4 else None
        dom = RNG.choice(["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk", "icloud.com"])
        import unicodedata
        asc = lambda s: "".join(c for c in unicodedata.normalize("NFKD", s) if c.isalnum() and ord(c) < 128).lower()
        self.email = f"{asc(f)}.{asc(l)}{RNG.randint(1, 99)}@{dom}"
        self.hosp = f"{RNG.choice('RKMJ')}{RNG.randint(100000, 999999)}"

    @property
    def name(self):
        return f"{self.first} {self.last}"

    @property
    def address(self):
        return f"{self.street}, {self.town}, {self.pc}"

    def d(self, style=0):
        """DOB in several UK styles."""
        x = self.dob
        if style == 0:
            return x.strftime("%d/%m/%Y")
        if style == 1:
            return x.strftime("%d-%b-%Y")
        if style == 2:
            return f"{x.day} {x.strftime('%B %Y')}"
        if style == 3:
            return x.strftime("%d.%m.%y")
        if style == 4:
            return x.isoformat()
        return x.strftime("%d/%m/%y")

def ordinal_date(x):
    s = "th" if 11 <= x.day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(x.day % 10, "th")
    return f"{x.day}{s} {x.strftime('%B %Y')}"

# ---------------------------------------------------------------- truth
KIND = {"nhs": "nhs_number", "chi": "chi_number", "hc": "hc_number", "dob": "date_of_birth",
        "postcode": "postcode", "phone": "phone_number", "mob": "phone_number", "tel": "phone_number",
        "email": "email_address", "ni": "ni_number", "address": "address", "hosp": "hospital_number"}

class Case:
    def __init__(self, scenario, tags):
        self.scenario, self.tags = scenario, sorted(set(tags))
        self.ids = defaultdict(list)
        self.names, self.ign_names = [], []
        self.ign = defaultdict(list)
        self._subjects = set()
        self._keep = []   # keep objects alive so id() stays unique
        self.extra_subjects = 0
        self.cats = set()
        self.near_miss = False
        self.assessment = None

    def sub(self, p, *fields, name=True, label=None):
        """p is a data subject; fields are the identifiers of theirs that appear."""
        self._subjects.add(id(p))
        self._keep.append(p)
        if name:
            self.names.append(label or p.name)
        for f in fields:
            k = KIND[f]
            v = {"nhs": p.nhs, "chi": p.chi, "hc": p.hc, "dob": p.dob.isoformat() if hasattr(p, 'dob') else None,
                 "postcode": p.pc, "mob": p.mob, "tel": p.tel, "email": p.email, "address": p.address,
                 "hosp": p.hosp, "ni": getattr(p, "ni", None)}[f]
            assert v, (f, p.name)
            if k in ("nhs_number", "chi_number", "hc_number"):
                assert valid_mod11(v)
            self.ids[k].append(v)

    def subject_only(self, p, label=None):
        self._subjects.add(id(p))
        self._keep.append(p)
        if label:
            self.names.append(label)

    def ident(self, kind, value):
        self.ids[kind].append(value)

    def staff(self, name=None, **kw):
        if name:
            self.ign_names.append(name)
        for k, v in kw.items():
            vals = v if isinstance(v, (list, tuple)) else [v]
            self.ign[{"email": "email_address", "phone": "phone_number", "postcode": "postcode",
                      "address": "address", "hosp": "hospital_number"}[k]].extend(vals)

    def grade(self, severity, likelihood, *basis):
        self.assessment = {"severity": severity, "likelihood": likelihood,
                           "reportable": likelihood >= 3 and severity >= 2, "basis": list(basis)}

    def record(self, fname):
        ids = {k: sorted(set(v)) for k, v in sorted(self.ids.items()) if v}
        ign = {k: sorted(set(v)) for k, v in sorted(self.ign.items()) if v}
        n = len(self._subjects) + self.extra_subjects
        return OrderedDict(file=fname, scenario=self.scenario, tags=self.tags, identifiers=ids,
                           names=sorted(set(self.names)), ignorable_names=sorted(set(self.ign_names)),
                           ignorable=ign, subjects=n, special_categories=sorted(self.cats),
                           near_miss=self.near_miss, no_identifiers=not ids and not self.names,
                           assessment=self.assessment)

# ---------------------------------------------------------------- MIME
class Text:
    def __init__(self, text, subtype="plain", cte="7bit", charset="utf-8"):
        self.text, self.subtype, self.cte, self.charset = text, subtype, cte, charset

class Attach:
    def __init__(self, filename, data, ctype):
        self.filename, self.data, self.ctype = filename, data, ctype

class Multi:
    def __init__(self, subtype, parts, boundary):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary

class Rfc822:
    def __init__(self, raw):
        self.raw = raw

def hdr(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()

def addr(name, email):
    return formataddr((name, email), charset="utf-8") if name else email

def render_part(p):
    if isinstance(p, Text):
        t = p.text.replace("\r\n", "\n")
        h = [f'Content-Type: text/{p.subtype}; charset="{p.charset}"', f"Content-Transfer-Encoding: {p.cte}"]
        b = t.encode(p.charset)
        if p.cte == "base64":
            body = base64.encodebytes(b).decode("ascii")
        elif p.cte == "quoted-printable":
            body = quopri.encodestring(b).decode("ascii")
        elif p.cte == "7bit":
            try:
                b.decode("ascii")
            except UnicodeDecodeError:
                h[1] = "Content-Transfer-Encoding: 8bit"
            body = t
        else:
            body = t
        return h, body
    if isinstance(p, Attach):
        fn = p.filename
        h = [f'Content-Type: {p.ctype}; name="{fn}"', f'Content-Disposition: attachment; filename="{fn}"',
             "Content-Transfer-Encoding: base64"]
        return h, base64.encodebytes(p.data).decode("ascii")
    if isinstance(p, Rfc822):
        return ["Content-Type: message/rfc822", "Content-Disposition: attachment; filename=\"forwarded.eml\""], p.raw
    if isinstance(p, Multi):
        h = [f'Content-Type: multipart/{p.subtype}; boundary="{p.boundary}"']
        out = []
        for sub in p.parts:
            sh, sb = render_part(sub)
            out.append(f"--{p.boundary}\n" + "\n".join(sh) + "\n\n" + sb.rstrip("\n") + "\n")
        body = "".join(out) + f"--{p.boundary}--\n"
        return h, body
    raise TypeError(p)

def message(headers, root):
    """headers: list of (name, value) already encoded where needed."""
    h, body = render_part(root)
    lines = [f"{k}: {v}" for k, v in headers] + ["MIME-Version: 1.0"] + h
    return "\n".join(lines) + "\n\n" + body

# ---------------------------------------------------------------- office files, deterministic
FIXED = dt.datetime(2026, 10, 1, 9, 0, 0)

def _fix_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            data_ = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re as _re
                data_ = _re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms)", rb"\g<1>2026-10-01T09:00:00Z\g<2>", data_)
            z.writestr(zi, data_)
    return out.getvalue()

def xlsx(sheets):
    """sheets: list of (title, rows) where rows are lists of cell values."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "breach-corpus"
    bio = io.BytesIO()
    wb.save(bio)
    return _fix_zip(bio.getvalue())

def docx(paragraphs_before, table_rows, paragraphs_after=()):
    import docx as _d
    d = _d.Document()
    for p in paragraphs_before:
        d.add_paragraph(p)
    if table_rows:
        t = d.add_table(rows=0, cols=len(table_rows[0]))
        t.style = "Table Grid"
        for r in table_rows:
            cells = t.add_row().cells
            for c, v in zip(cells, r):
                c.text = str(v)
    for p in paragraphs_after:
        d.add_paragraph(p)
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "breach-corpus"
    d.core_properties.last_modified_by = "breach-corpus"
    d.core_properties.revision = 1
    bio = io.BytesIO()
    d.save(bio)
    return _fix_zip(bio.getvalue())

def csv_bytes(rows, sep=",", bom=False):
    import csv
    s = io.StringIO()
    w = csv.writer(s, delimiter=sep, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    b = s.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + b) if bom else b

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CSV = "text/csv"

def ni_number():
    ok1 = "ABCEGHJKLMNOPRSTWXYZ"
    ok2 = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = RNG.choice(ok1) + RNG.choice(ok2)
        if pre in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            continue
        return pre + "%06d" % RNG.randint(0, 999999) + RNG.choice("ABCD")

def fmt_ni(n, style=0):
    return n if style == 0 else f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"
