"""Interleaved A/B timing of the warm analysis of two checkouts; prints figures, asserts nothing.

    python bench/ab.py A_DIR B_DIR [--runs 8] [--reps 6] [corpus ...]

Each run is a fresh process ``bench/warm.py REPS corpora`` started in A_DIR or B_DIR (so each imports its own
nlp/, with this interpreter). Runs alternate A, B, B, A, ... so a shared machine's load falls on both alike;
single runs swing 15-30% there. Prints min and median CPU ms per email for each side and B/A.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
from pathlib import Path

WARM = Path(__file__).resolve().parent / "warm.py"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--runs", type=int, default=8)
    ap.add_argument("--reps", type=int, default=6)
    ap.add_argument("corpora", nargs="*")
    args = ap.parse_args()
    corpora = args.corpora or ["tests/data/fresh12", "tests/data/fresh25", "tests/data/fresh23"]
    res: dict[str, list[float]] = {args.a: [], args.b: []}
    for i in range(args.runs):
        for d in (args.a, args.b) if i % 2 == 0 else (args.b, args.a):
            p = subprocess.run([sys.executable, str(WARM), str(args.reps), *corpora], cwd=d,
                               capture_output=True, text=True, check=False)
            m = re.search(r"([\d.]+) CPU ms per email", p.stderr)
            if not m:
                print(p.stderr[-2000:], file=sys.stderr)
                return 1
            res[d].append(float(m.group(1)))
    for d, v in res.items():
        print(f"{d}: min {min(v):.3f}  median {statistics.median(v):.3f}  runs {' '.join(f'{x:.2f}' for x in v)}")
    a, b = res[args.a], res[args.b]
    print(f"B/A by min: {min(b) / min(a):.3f}   by median: {statistics.median(b) / statistics.median(a):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
