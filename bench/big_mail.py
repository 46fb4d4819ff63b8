"""A 25 MB email through the scan path: time and peak memory (RSS).

    python bench/big_mail.py [--mb 25]

Builds a forwarded report with a large CSV attachment (patients with NHS numbers,
names, DOBs, postcodes) and a long text body, then parses and analyses it in a
fresh child process (so the figure is the real peak of one analysis) with the
shipped settings. Target (extraction issue): a 25 MB email without exceeding
500 MB RSS. Prints figures; not a test.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, resource, sys, time
from breachdesk.settings import load_settings
from ingest.process import Engine
raw = open(sys.argv[1], "rb").read()
t0 = time.perf_counter()
engine = Engine(load_settings())
t1 = time.perf_counter()
parsed = engine.parse(raw)
t2 = time.perf_counter()
a = engine.analyse(parsed)
t3 = time.perf_counter()
print(json.dumps({"load_s": t1 - t0, "parse_s": t2 - t1, "analyse_s": t3 - t2,
                  "identifiers": len(a.identifiers), "subjects": a.subjects,
                  "truncated": a.truncated, "notes": len(a.notes),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def nhs(n: int) -> str:
    base = f"{400000000 + n * 37 % 99999999:09d}"
    while True:
        total = sum(int(d) * w for d, w in zip(base, range(10, 1, -1), strict=True))
        check = 11 - total % 11
        check = 0 if check == 11 else check
        if check != 10:
            return base + str(check)
        base = f"{int(base) + 1:09d}"


def build(mb: int) -> bytes:
    rows = ["NHS Number,Surname,Forename,DOB,Postcode,Clinic"]
    i = 0
    size = 0
    target = mb * 1024 * 1024 * 0.70        # base64 grows the attachment by a third
    while size < target:
        line = f"{nhs(i)},SURNAME{i},Alex,01/02/{1930 + i % 80},LS{i % 30} {i % 9}AB,Diabetes"
        rows.append(line)
        size += len(line) + 1
        i += 1
    m = EmailMessage()
    m["From"] = "Ward Clerk <ward.clerk@nhs.net>"
    m["To"] = "breach@example.nhs.uk"
    m["Subject"] = "FW: clinic list sent outside the trust"
    m.set_content("Dear IG team,\n\nThe attached list went to a personal Gmail address by mistake.\n\n"
                  + ("Please advise. " * 20000) + "\n")
    m.add_attachment("\n".join(rows).encode(), maintype="text", subtype="csv", filename="clinic-list.csv")
    return bytes(m)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=int, default=25)
    args = ap.parse_args()
    raw = build(args.mb)
    path = Path("/tmp") / f"breachdesk-big-{time.time_ns()}.eml"
    path.write_bytes(raw)
    try:
        out = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True,
                             cwd=ROOT, timeout=900)
    finally:
        path.unlink(missing_ok=True)
    if out.returncode != 0:
        print(out.stderr[-2000:])
        return 1
    r = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"email {len(raw) / 1e6:.1f} MB (CSV attachment + long body)")
    print(f"  model load {r['load_s']:.2f} s; parse {r['parse_s']:.2f} s; analyse {r['analyse_s']:.2f} s")
    print(f"  {r['identifiers']} identifiers, {r['subjects']} subjects, truncated={r['truncated']}, "
          f"{r['notes']} note(s)")
    print(f"  peak RSS {r['peak_rss_mb']:.0f} MB  (target < 500 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
