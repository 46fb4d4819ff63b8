import json, os, re, sys, io, unicodedata, zipfile
from email import policy
from email.parser import BytesParser
import openpyxl, docx
D = "" + __import__("os").path.dirname(__import__("os").path.abspath(__file__))
def fold(s):
    s = s.translate(str.maketrans("łŁđĐøØ", "lLdDoO"))
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()
def mod11(n):
    s = sum(int(c) * w for c, w in zip(n[:9], range(10, 1, -1))); c = 11 - s % 11; c = 0 if c == 11 else c
    return c != 10 and c == int(n[9])
def text_of(m):
    out = []
    for part in m.walk():
        ct = part.get_content_type()
        if part.is_multipart(): 
            continue
        if ct == "message/rfc822":
            continue
        try:
            payload = part.get_payload(decode=True)
        except Exception:
            payload = None
        fn = part.get_filename() or ""
        if fn.endswith(".xlsx"):
            wb = openpyxl.load_workbook(io.BytesIO(payload))
            for ws in wb:
                for r in ws.iter_rows(values_only=True):
                    out.append(" | ".join("" if v is None else str(v) for v in r))
        elif fn.endswith(".docx"):
            d = docx.Document(io.BytesIO(payload)); out += [p.text for p in d.paragraphs]
        elif fn.endswith(".pdf"):
            out += [x.replace("\\(", "(").replace("\\)", ")") for x in re.findall(rb"\((.*?)\) Tj", payload, re.S) and [y.decode("latin-1") for y in re.findall(rb"\((.*?)\) Tj", payload)]]
        elif payload is not None:
            out.append(payload.decode(part.get_content_charset() or "utf-8", "replace"))
        else:
            out.append(str(part.get_payload()))
    # headers of all levels
    for part in m.walk():
        for k in ("From", "To", "Cc", "Subject"):
            if part.get(k): out.append(str(part.get(k)))
    return "\n".join(out)
bad = 0
for line in open(os.path.join(D, "truth.jsonl"), encoding="utf-8"):
    t = json.loads(line)
    p = os.path.join(D, t["file"]); assert os.path.exists(p), p
    m = BytesParser(policy=policy.default).parse(open(p, "rb"))
    txt = text_of(m); ft = fold(txt); dig = re.sub(r"\D", "", txt)
    prob = []
    ids = t["identifiers"]
    for k in ("nhs_number", "hc_number"):
        for v in ids.get(k, []):
            if not mod11(v): prob.append(f"bad mod11 {v}")
            if k == "nhs_number" and not (400_000_000 <= int(v[:9]) <= 499_999_999 or 600_000_000 <= int(v[:9]) <= 799_999_999): prob.append(f"range {v}")
            if k == "hc_number" and not (320_000_000 <= int(v[:9]) <= 399_999_999): prob.append(f"range {v}")
            if v not in dig: prob.append(f"missing {v}")
    for v in ids.get("chi_number", []):
        if not mod11(v): prob.append(f"bad chi {v}")
        if v not in dig: prob.append(f"missing {v}")
    for v in ids.get("phone_number", []) + t["ignorable"].get("phone_number", []):
        if v[1:] not in dig: prob.append(f"missing phone {v}")
    for v in ids.get("email_address", []) + t["ignorable"].get("email_address", []):
        if v not in txt.lower(): prob.append(f"missing email {v}")
    for v in ids.get("postcode", []):
        if v.replace(" ", "") not in txt.upper().replace(" ", ""): prob.append(f"missing pc {v}")
    for v in ids.get("date_of_birth", []):
        if v[:4] not in txt and v[2:4] not in txt: prob.append(f"dob year {v}")
    for v in ids.get("address", []):
        if fold(v.split(",")[0]) not in ft: prob.append(f"missing addr {v}")
    for n in t["names"]:
        for tok in fold(n).split():
            if tok not in ft: prob.append(f"name tok {n}/{tok}")
    if len(t["names"]) != t["subjects"] and t["subjects"]:
        prob.append(f"names {len(t['names'])} vs subjects {t['subjects']}")
    a = t["assessment"]
    if a["reportable"] != (a["likelihood"] >= 3 and a["severity"] >= 2): prob.append("reportable")
    if prob: bad += 1; print(t["file"], prob)
print("problems in", bad)
