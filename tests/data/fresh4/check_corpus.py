#!/usr/bin/env python3
"""Consistency check for the fresh4 corpus (run with the same venv as make_corpus.py).

For every truth line: the .eml exists and parses; every true identifier, name and ignorable value
can be found in the text a reader would see (bodies, forwarded messages, CSV/XLSX/DOCX/PDF); health
numbers pass mod-11 and sit in the right range; CHI dates are real; counts of names vs subjects are
printed for review.  Then writes predictions equal to the truth and scores them with score.py.
"""
import datetime as dt
import email
import html
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from email.policy import default

import docx
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))


def fold(s):
    s = s.translate(str.maketrans("łŁ", "lL"))
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def pdf_text(data):
    return "\n".join(m.group(1).decode("latin-1").replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\")
                     for m in re.finditer(rb"\((.*?)(?<!\\)\) Tj", data))


def part_text(p):
    ct = p.get_content_type()
    fn = p.get_filename() or ""
    if ct == "message/rfc822":
        inner = p.get_payload()[0]
        hdr = "\n".join(f"{k}: {v}" for k, v in inner.items())
        return hdr + "\n" + msg_text(inner)
    if p.is_multipart():
        return ""
    data = p.get_payload(decode=True) or b""
    if fn.endswith(".docx"):
        d = docx.Document(io.BytesIO(data))
        out = [x.text for x in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append(" | ".join(c.text for c in r.cells))
        return "\n".join(out)
    if fn.endswith(".xlsx"):
        wb = openpyxl.load_workbook(io.BytesIO(data))
        return "\n".join(" | ".join("" if v is None else str(v) for v in row)
                         for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    if fn.endswith(".pdf"):
        return pdf_text(data)
    s = data.decode(p.get_content_charset() or "utf-8", "replace")
    if ct == "text/html":
        s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    return s


def msg_text(m):
    out = []
    for p in m.walk() if m.is_multipart() else [m]:
        if p.get_content_type() == "message/rfc822":
            out.append(part_text(p))
            continue
        out.append(part_text(p))
    return "\n".join(out)


def mod11_ok(n):
    s = sum(int(c) * w for c, w in zip(n[:9], range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(n[9])


def find(val, kind, text, ftext, dtext):
    if kind in ("nhs_number", "chi_number", "hc_number"):
        return val in dtext
    if kind == "phone_number":
        return re.sub(r"\D", "", val) in dtext
    if kind == "date_of_birth":
        y, m, d = val.split("-")
        return f"{d}/{m}/{y}" in text or f"{d}/{m}/{y[2:]}" in text.replace(" ", "") or val in text
    if kind == "ni_number":
        return val in re.sub(r"\s", "", text)
    return fold(val) in ftext


def main():
    truth = [json.loads(l) for l in open(os.path.join(HERE, "truth.jsonl"), encoding="utf-8")]
    problems = 0
    for t in truth:
        m = email.message_from_bytes(open(os.path.join(HERE, t["file"]), "rb").read(), policy=default)
        hdr = "\n".join(f"{k}: {v}" for k, v in m.items())
        text = hdr + "\n" + msg_text(m)
        ftext = fold(text)
        dtext = re.sub(r"\D", "", text)
        for kind, vals in list(t["identifiers"].items()) + [("person_name", t["names"])]:
            for v in vals:
                if kind in ("nhs_number", "hc_number"):
                    lo, hi = (320, 399) if kind == "hc_number" else (400, 799)
                    if not (mod11_ok(v) and lo <= int(v[:3]) <= hi):
                        print(f"{t['file']}: bad {kind} {v}"); problems += 1
                if kind == "chi_number":
                    try:
                        dt.datetime.strptime(v[:6], "%d%m%y")
                    except ValueError:
                        print(f"{t['file']}: CHI date {v}"); problems += 1
                    if not mod11_ok(v):
                        print(f"{t['file']}: CHI check {v}"); problems += 1
                probe = v
                if kind == "address":
                    probe = v.split(",")[0]
                if kind == "person_name" and "," in v:
                    probe = v.split(",")[0]
                if not find(probe, kind, text, ftext, dtext):
                    print(f"{t['file']}: {kind} {v!r} not found in text"); problems += 1
        for kind, vals in t["ignorable"].items():
            for v in vals:
                if not find(v.split(",")[0] if kind == "address" else v, kind, text, ftext, dtext):
                    print(f"{t['file']}: ignorable {kind} {v!r} not found"); problems += 1
        for v in t["ignorable_names"]:
            probe = v.split(",")[0] if "," in v else v
            if fold(probe) not in ftext:
                print(f"{t['file']}: ignorable name {v!r} not found"); problems += 1
        a = t["assessment"]
        print(f"{t['file']:45s} subj {t['subjects']:2d} names {len(t['names']):2d} "
              f"sev {a['severity']} lik {a['likelihood']} rep {a['reportable']!s:5s} cats {','.join(t['special_categories'])}")
    # self-score: truth as predictions must score 1.0
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for t in truth:
            ids = [{"kind": k, "value": v} for k, vs in t["identifiers"].items() for v in vs]
            ids += [{"kind": "person_name", "value": v} for v in t["names"]]
            fh.write(json.dumps({"source": t["file"], "identifiers": ids, "subjects": t["subjects"],
                                 "special_categories": t["special_categories"], "assessment": t["assessment"]}) + "\n")
    out = subprocess.run([sys.executable, "/work/shared/eval/score.py", "--corpus", HERE, "--predictions", fh.name],
                         capture_output=True, text=True).stdout
    os.unlink(fh.name)
    print(out)
    print("problems:", problems)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
