#!/usr/bin/env python3
"""Sanity checks for fresh1: files exist, health numbers valid, every truth value visible in the decoded e-mail."""
import io, json, os, re, sys, zipfile, datetime as dt
from email import policy
from email.parser import BytesParser
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_corpus import mod11
import openpyxl, docx

HERE = os.path.dirname(os.path.abspath(__file__))
NI_OK = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def text_of(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        for h in ("From", "To", "Cc"):
            if part.get(h):
                out.append(str(part.get(h)))
        if ct == "message/rfc822" or part.is_multipart():
            continue
        data = part.get_payload(decode=True) or b""
        fn = (part.get_filename() or "").lower()
        if fn.endswith(".xlsx"):
            wb = openpyxl.load_workbook(io.BytesIO(data))
            for ws in wb:
                for row in ws.iter_rows(values_only=True):
                    out.append(" | ".join("" if v is None else str(v) for v in row))
        elif fn.endswith(".docx"):
            d = docx.Document(io.BytesIO(data))
            out += [p.text for p in d.paragraphs]
        elif fn.endswith(".pdf"):
            out += [m.decode("latin-1") for m in re.findall(rb"\((.*?)\) Tj", data)]
        else:
            out.append(data.decode(part.get_content_charset() or "utf-8", "replace"))
    import html
    return html.unescape("\n".join(out))


def dig(s):
    return re.sub(r"\D", "", s)


bad = 0
rows = [json.loads(l) for l in open(os.path.join(HERE, "truth.jsonl"), encoding="utf-8")]
assert len(rows) == 40 and len({r["file"] for r in rows}) == 40
for r in rows:
    path = os.path.join(HERE, r["file"])
    msg = BytesParser(policy=policy.default).parse(open(path, "rb"))
    txt = text_of(msg)
    flat = dig(txt)
    low = txt.lower()
    ids = r["identifiers"]
    for k in ("nhs_number", "chi_number", "hc_number"):
        for v in ids.get(k, []):
            ok = len(v) == 10 and mod11(v[:9]) == int(v[9])
            if k == "nhs_number":
                ok = ok and (400 <= int(v[:3]) <= 499 or 600 <= int(v[:3]) <= 799)
            if k == "hc_number":
                ok = ok and 320 <= int(v[:3]) <= 399
            if k == "chi_number":
                try:
                    dt.datetime.strptime(v[:6], "%d%m%y")
                except ValueError:
                    ok = False
            if not ok or v not in flat:
                print(r["file"], "bad or missing", k, v); bad += 1
    for v in ids.get("ni_number", []):
        if not NI_OK.match(v):
            print(r["file"], "bad NI", v); bad += 1
    for v in ids.get("phone_number", []):
        if v[1:] not in flat:
            print(r["file"], "phone not found", v); bad += 1
    for v in ids.get("email_address", []) + ids.get("hospital_number", []):
        if v.lower() not in low.replace(" ", "") and v.lower() not in low:
            print(r["file"], "not found", v); bad += 1
    for v in ids.get("postcode", []):
        if v.lower() not in low:
            print(r["file"], "postcode not found", v); bad += 1
    for v in ids.get("address", []):
        first = v.split(",")[0].lower()
        if first not in low.replace(",", ""):
            print(r["file"], "address not found", v); bad += 1
    for n in r["names"]:
        parts = n.lower().split()
        if not all(p in low for p in parts):
            print(r["file"], "name not found", n); bad += 1
        if n in r["ignorable_names"]:
            print(r["file"], "name also ignorable", n); bad += 1
    a = r["assessment"]
    assert a["reportable"] == (a["likelihood"] >= 3 and a["severity"] >= 2), r["file"]
    if r["no_identifiers"]:
        assert r["subjects"] == 0 and a["severity"] == 1 and not a["reportable"], r["file"]
print("problems:", bad)
