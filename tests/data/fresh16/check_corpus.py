"""Self-check: every truth value occurs in its email, and every health-number / postcode / phone /
email-shaped string in an email is either truth or ignorable.  Run after make_corpus.py."""
import email, io, json, re, sys, zipfile, csv
sys.path.insert(0, "/work/shared/eval")
import score

def texts(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct == "message/rfc822":
            if ct == "message/rfc822":
                for sub in part.get_payload():
                    out.append(str(sub))
            continue
        data = part.get_payload(decode=True) or b""
        fn = part.get_filename() or ""
        if fn.endswith(".xlsx"):
            import openpyxl
            wb = openpyxl.load_workbook(io.BytesIO(data))
            for ws in wb:
                for r in ws.iter_rows(values_only=True):
                    out.append(" | ".join("" if v is None else str(v) for v in r))
        elif fn.endswith(".docx"):
            import docx
            d = docx.Document(io.BytesIO(data))
            out += [p.text for p in d.paragraphs]
            for t in d.tables:
                for r in t.rows:
                    out.append(" | ".join(c.text for c in r.cells))
        else:
            out.append(data.decode("utf-8", "replace"))
    hdrs = "\n".join(f"{k}: {email.header.make_header(email.header.decode_header(v))}" for k, v in msg.items())
    return hdrs + "\n" + "\n".join(out)

bad = 0
for line in open("truth.jsonl", encoding="utf-8"):
    t = json.loads(line)
    msg = email.message_from_bytes(open(t["file"], "rb").read())
    txt = texts(msg)
    low = score.fold(txt)
    dig = re.sub(r"[\s\-]", "", txt)
    def has(kind, v):
        if kind in ("nhs_number", "chi_number", "hc_number", "phone_number"):
            return score.digits(v) in re.sub(r"\D", "", re.sub(r"[ \-]", "", txt)) or v in txt
        if kind == "date_of_birth":
            for m in re.finditer(r"\b[\w\-/. ]{6,20}\b", txt):
                pass
            cands = re.findall(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}[-/. ][A-Za-z]{3,9}[-/. ]\d{4}|\d{4}-\d{2}-\d{2}", txt)
            return any(score.norm_date(c) == v for c in cands)
        if kind == "postcode":
            return v in txt.upper()
        if kind == "email_address":
            return v.lower() in txt.lower()
        if kind in ("ni_number", "hospital_number"):
            return v in re.sub(r"\s", "", txt.upper())
        if kind == "address":
            return score.address_key(v) in score.norm_address(txt)
        return True
    for kind, vals in t["identifiers"].items():
        for v in vals:
            if not has(kind, v):
                print(t["file"], "MISSING", kind, v); bad += 1
    for n in t["names"]:
        nn = score.norm_name(n)
        if nn not in " ".join(score.norm_name(x) for x in txt.split("\n")) and nn not in score.norm_name(txt.replace(",", " ")):
            # try SURNAME, First
            parts = nn.split()
            alt = " ".join(parts[1:] + parts[:1])
            if alt not in score.norm_name(txt.replace(",", " ")):
                print(t["file"], "NAME NOT FOUND", n); bad += 1
    # reverse check
    allowed = {k: {score.normalise(k, v) for v in t["identifiers"].get(k, []) + t["ignorable"].get(k, [])} for k in score.KINDS}
    for m in re.finditer(r"(?<!\d)(\d{3}[ -]?\d{3}[ -]?\d{4})(?!\d)", txt):
        d = score.digits(m.group(1))
        if score.norm_phone(m.group(1)) in allowed["phone_number"]:
            continue
        import core
        if core.valid_mod11(d) and not any(d in allowed[k] for k in ("nhs_number", "chi_number", "hc_number")):
            print(t["file"], "UNLISTED mod11 number", m.group(1)); bad += 1
    for m in re.finditer(r"\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})\b", txt):
        pc = score.norm_postcode(m.group(0))
        if pc not in allowed["postcode"]:
            print(t["file"], "UNLISTED postcode", pc); bad += 1
    for m in re.finditer(r"(?:07700|0113|0114|0116|0117|0161|0131|0141|029|028)[ \d]{6,10}\d", txt):
        ph = score.norm_phone(m.group(0))
        if ph not in allowed["phone_number"]:
            print(t["file"], "UNLISTED phone", m.group(0)); bad += 1
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", txt):
        e = m.group(0).lower().rstrip(".")
        if e not in allowed["email_address"] and not e.startswith("fresh16.") and "=" not in e:
            print(t["file"], "UNLISTED email", e); bad += 1
print("problems:", bad)
