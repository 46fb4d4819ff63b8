#!/usr/bin/env python3
"""Self-check for fresh6: every truth value appears verbatim in its email; sweep the mail text for
identifier-shaped strings that truth neither lists nor ignores (printed for review)."""
import importlib.util
import json
import os
import re
import sys
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("score", "/work/shared/eval/score.py")
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def mail_text(path):
    msg = BytesParser(policy=policy.default).parse(open(path, "rb"))
    parts = []
    for p in msg.walk():
        for k, v in p.items():
            if k.lower() == "message-id":
                continue
            parts.append(f"{k}: {v}")
        if p.get_content_maintype() == "text":
            parts.append(p.get_content())
    return "\n".join(parts)


def check_digit_ok(d):
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


bad = 0
for line in open(os.path.join(HERE, "truth.jsonl"), encoding="utf-8"):
    t = json.loads(line)
    text = mail_text(os.path.join(HERE, t["file"]))
    vals = [(k, v) for k, vs in t["identifiers"].items() for v in vs] + [("person_name", v) for v in t["names"]]
    for k, v in vals:
        probe = v.split(",")[0] if k == "address" else v
        if probe not in text:
            print(f"{t['file']}: NOT VERBATIM {k}: {v!r}"); bad += 1
        nv = score.normalise(k, v)
        if nv is None or str(nv).startswith("?"):
            print(f"{t['file']}: does not normalise {k}: {v!r}"); bad += 1
        if k in ("nhs_number", "chi_number", "hc_number"):
            d = score.digits(v)
            if len(d) != 10 or not check_digit_ok(d):
                print(f"{t['file']}: bad checksum {v}"); bad += 1
    known = {}
    for src in (t["identifiers"], t["ignorable"]):
        for k, vs in src.items():
            known.setdefault(k, set()).update(score.normalise(k, v) for v in vs)
    sweeps = {
        "email_address": r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+",
        "phone_number": r"(?:\+44\s?(?:\(0\))?\s?|0044\s?|\(?0)\d[\d\s\-()]{8,13}\d",
        "postcode": r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b",
        "nhs_number": r"\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b",
    }
    for k, rx in sweeps.items():
        for m in re.finditer(rx, text):
            v = m.group(0)
            nv = score.normalise(k, v)
            if k == "nhs_number":
                d = score.digits(v)
                if not check_digit_ok(d):
                    continue
                if any(nv in known.get(kk, set()) for kk in ("nhs_number", "chi_number", "hc_number")):
                    continue
            elif nv in known.get(k, set()):
                continue
            if k == "email_address" and (v.endswith("example.nhs.uk") and "breach@" in v):
                continue
            print(f"{t['file']}: sweep {k}: {v!r}")
print("problems:", bad)
sys.exit(1 if bad else 0)
