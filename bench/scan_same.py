"""Did a change alter what ``breachdesk scan`` reports? Saves or compares its output on every corpus.

    python bench/scan_same.py --save DIR       # before the change
    python bench/scan_same.py --against DIR    # after it: prints each corpus "same" or the emails that differ

Each corpus under ``tests/data`` with ``.eml`` files is scanned twice, ``--json`` and
``--json --explain`` (the evidence too), one ``breachdesk scan`` process per run, as a user runs it.
Exit status 1 when any output differs. Speed work should leave every line byte-identical.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent      # scanned with this tree's code
DATA = ROOT / "tests" / "data"
RUNS = {"json": ["--json"], "explain": ["--json", "--explain"]}


def scan(corpus: Path, flags: list[str]) -> list[str]:
    emails = sorted(str(p) for p in corpus.glob("*.eml"))
    cmd = [sys.executable, "-c", "import sys; from breachdesk.cli import main; sys.exit(main())", "scan", *flags]
    out = subprocess.run(cmd + emails, capture_output=True, text=True, check=False, cwd=ROOT)
    return out.stdout.splitlines()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", metavar="DIR")
    group.add_argument("--against", metavar="DIR")
    a = ap.parse_args()
    folder = Path(a.save or a.against)
    folder.mkdir(parents=True, exist_ok=True)
    differ = False
    for corpus in sorted(p for p in DATA.iterdir() if p.is_dir() and any(p.glob("*.eml"))):
        for run, flags in RUNS.items():
            lines = scan(corpus, flags)
            saved = folder / f"{corpus.name}.{run}.jsonl"
            if a.save:
                saved.write_text("\n".join(lines) + "\n")
                print(f"{corpus.name} {run}: {len(lines)} emails saved")
                continue
            if not saved.exists():
                print(f"{corpus.name} {run}: nothing saved to compare with")
                continue
            old = saved.read_text().splitlines()
            changed = [i for i, (x, y) in enumerate(zip(old, lines, strict=False)) if x != y]
            if len(old) != len(lines) or changed:
                differ = True
                print(f"{corpus.name} {run}: DIFFERS ({len(old)} -> {len(lines)} emails; lines {changed[:10]})")
            else:
                print(f"{corpus.name} {run}: same ({len(lines)} emails)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
