"""Did a change alter what ``breachdesk scan`` reports? Saves or compares its output on every corpus.

    python bench/scan_same.py --save DIR       # before the change
    python bench/scan_same.py --against DIR    # after it: prints each corpus "same" or the emails that differ

Each corpus under ``tests/data`` with ``.eml`` files (and, when present beside the repository,
``../shared/samples`` and ``../shared/realmail``'s messages) is scanned twice, ``--json`` and
``--json --explain`` (the evidence too), one ``breachdesk scan`` process per run, as a user runs it.
Exit status 1 when any output differs. Speed work should leave every line byte-identical; a line
that differs only in the order of its lists is reported as "reordered" (still a difference).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent      # scanned with this tree's code
DATA = ROOT / "tests" / "data"
RUNS = {"json": ["--json"], "explain": ["--json", "--explain"]}
SHARED = ROOT.parent / "shared"


def corpora() -> list[tuple[str, list[Path]]]:
    """(name, files) of every corpus: tests/data/*, then the shared samples and real mail when present."""
    out = [(p.name, sorted(p.glob("*.eml"))) for p in sorted(DATA.iterdir()) if p.is_dir() and any(p.glob("*.eml"))]
    if (SHARED / "samples").is_dir():
        out.append(("shared-samples", sorted((SHARED / "samples").glob("*.eml"))))
    if (SHARED / "realmail").is_dir():
        real = sorted(p for p in (SHARED / "realmail").rglob("*") if p.is_file() and p.suffix.lower() != ".md")
        if real:
            out.append(("shared-realmail", real))
    return out


def _canon(line: str) -> str:
    """A line with every list sorted: equal when two outputs differ only in order."""
    def walk(x):  # noqa: ANN001, ANN202
        if isinstance(x, dict):
            return {k: walk(v) for k, v in x.items()}
        if isinstance(x, list):
            return sorted((walk(v) for v in x), key=lambda v: json.dumps(v, sort_keys=True))
        return x
    try:
        return json.dumps(walk(json.loads(line)), sort_keys=True)
    except ValueError:
        return line


def scan(files: list[Path], flags: list[str]) -> list[str]:
    emails = [str(p) for p in files]
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
    for name, files in corpora():
        for run, flags in RUNS.items():
            lines = scan(files, flags)
            saved = folder / f"{name}.{run}.jsonl"
            if a.save:
                saved.write_text("\n".join(lines) + "\n")
                print(f"{name} {run}: {len(lines)} emails saved")
                continue
            if not saved.exists():
                print(f"{name} {run}: nothing saved to compare with")
                continue
            old = saved.read_text().splitlines()
            changed = [i for i, (x, y) in enumerate(zip(old, lines, strict=False)) if x != y]
            if len(old) != len(lines) or changed:
                differ = True
                order_only = len(old) == len(lines) and all(_canon(old[i]) == _canon(lines[i]) for i in changed)
                print(f"{name} {run}: {'reordered' if order_only else 'DIFFERS'} "
                      f"({len(old)} -> {len(lines)} emails; lines {changed[:10]})")
            else:
                print(f"{name} {run}: same ({len(lines)} emails)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
