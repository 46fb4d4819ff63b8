"""Seconds per message through the ``breachdesk scan`` path; prints figures, asserts nothing.

    python bench/realmail.py [--hostile] [--peer] [--subprocess] [DIR...]

Times parse + analysis (``ingest.process.Engine``, one spaCy load) for every file in the
given folders — by default ``../shared/realmail`` (when present) and ``tests/data/realmail``;
``--peer`` adds ``tests/data/peer_mime``; ``--hostile`` adds the generated hostile set
(``bench/hostile.py``, built in a temporary folder). Prints each file's parse and
analysis seconds, slowest first, and the slowest overall against the 10 s goal.
``--subprocess`` also runs ``breachdesk scan`` once per file (spaCy load included).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from breachdesk.settings import load_settings  # noqa: E402
from ingest.process import Engine  # noqa: E402

GOAL = 10.0


def files_in(folders: list[Path]) -> list[Path]:
    out = []
    for folder in folders:
        out += sorted(p for p in folder.rglob("*") if p.is_file() and p.name not in ("README.md", "truth.jsonl"))
    return out


def as_message(path: Path) -> bytes:
    """The file as a message; a bare TNEF stream (tnefparse's examples) sent as winmail.dat."""
    if path.suffix != ".tnef":
        return path.read_bytes()
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "a@nhs.net", "breach@example.nhs.uk", "FW: list"
    m.set_content("see attached")
    m.add_attachment(path.read_bytes(), maintype="application", subtype="ms-tnef", filename="winmail.dat")
    return m.as_bytes()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--hostile", action="store_true")
    ap.add_argument("--peer", action="store_true")
    ap.add_argument("--subprocess", action="store_true")
    args = ap.parse_args()
    folders = list(args.dirs)
    if not folders:
        shared = ROOT.parent / "shared" / "realmail"
        folders = [f for f in (shared, ROOT / "tests" / "data" / "realmail") if f.is_dir()]
    if args.peer:
        folders.append(ROOT / "tests" / "data" / "peer_mime")
    tmp = tempfile.TemporaryDirectory(prefix="bd-hostile-")
    if args.hostile:
        from hostile import write

        write(Path(tmp.name))
        folders.append(Path(tmp.name))
    files = files_in(folders)
    engine = Engine(load_settings(None))
    rows = []
    for path in files:
        raw = as_message(path)
        t0 = time.perf_counter()
        parsed = engine.parse(raw)
        t1 = time.perf_counter()
        engine.analyse(parsed)
        t2 = time.perf_counter()
        rows.append((t2 - t0, t1 - t0, t2 - t1, len(raw), path))
        print(f"{t2 - t0:7.2f} s  (parse {t1 - t0:6.2f}, analyse {t2 - t1:6.2f})  {len(raw):>9} B  {path}",
              flush=True)
    rows.sort(key=lambda r: r[0], reverse=True)
    print(f"\n{len(rows)} files; slowest first:")
    for total, parse, analyse, size, path in rows[:8]:
        print(f"{total:7.2f} s  (parse {parse:6.2f}, analyse {analyse:6.2f})  {size:>9} B  {path.name}")
    over = [r for r in rows if r[0] > GOAL]
    print(f"slowest {rows[0][0]:.2f} s ({rows[0][4].name}); {len(over)} over the {GOAL:.0f} s goal")
    if args.subprocess:
        worst = 0.0
        for path in files:
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "breachdesk", "scan", str(path)], capture_output=True,
                           check=False, cwd=ROOT)
            worst = max(worst, time.perf_counter() - t)
        print(f"breachdesk scan per file, spaCy load included: slowest {worst:.2f} s")
    tmp.cleanup()


if __name__ == "__main__":
    main()
