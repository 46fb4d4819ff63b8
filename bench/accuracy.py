"""Accuracy table over the evaluation corpora: one row per corpus.

    python bench/accuracy.py [--scorer /work/shared/eval/score.py] [--save DIR] [corpus ...]

Runs `breachdesk scan --json` once per corpus (the venv's console script next to this
interpreter), scores the predictions with the shared scorer and prints micro F1,
per-email mean F1, subjects exact, severity exact and reportable P/R.  --save DIR
keeps each corpus's predictions as DIR/<corpus>.jsonl, for diffing two commits.
Held-out corpora are only scored here: nothing is printed about single emails.
"""
import argparse
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
CORPORA = ["samples", "heldout", "blind", "blind2", "fresh1", "fresh2", "fresh3",
           "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
           "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28"]
SCORER = "/work/shared/eval/score.py"

PATTERNS = {
    "micro": r"^micro F1 .*? ([0-9.]+)$",
    "email": r"^per-email mean F1 over \d+ emails with identifiers ([0-9.]+)$",
    "subjects": r"^subjects: exact (\d+/\d+)",
    "severity": r"severity exact (\d+/\d+)",
    "rep_p": r"reportable accuracy .*?; P (\S+) R",
    "rep_r": r"reportable accuracy .*?; P \S+ R (\S+)",
    "spurious": r"^emails with no identifiers that got a spurious one: (\d+/\d+)",
}


def score(corpus: pathlib.Path, scorer: str, save: pathlib.Path | None) -> dict:
    scan = pathlib.Path(sys.executable).with_name("breachdesk")
    emls = sorted(str(p) for p in corpus.glob("*.eml"))
    out = subprocess.run([str(scan), "scan", "--json", *emls], capture_output=True,
                         text=True, check=False).stdout
    if save is not None:
        save.mkdir(parents=True, exist_ok=True)
        (save / f"{corpus.name}.jsonl").write_text(out)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl") as fh:
        fh.write(out)
        fh.flush()
        report = subprocess.run(
            [sys.executable, scorer, "--corpus", str(corpus), "--truth",
             str(corpus / "truth.jsonl"), "--predictions", fh.name],
            capture_output=True, text=True, check=False).stdout
    row = {}
    for key, rx in PATTERNS.items():
        m = re.search(rx, report, re.M)
        row[key] = m.group(1) if m else "-"
    return row


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scorer", default=SCORER)
    ap.add_argument("--save", type=pathlib.Path)
    ap.add_argument("corpora", nargs="*", default=CORPORA)
    args = ap.parse_args()
    head = f"{'corpus':10} {'micro F1':>9} {'email F1':>9} {'subjects':>9} {'severity':>9}" \
           f" {'rep P':>6} {'rep R':>6} {'spurious':>9}"
    print(head)
    for name in args.corpora:
        r = score(DATA / name, args.scorer, args.save)
        print(f"{name:10} {r['micro']:>9} {r['email']:>9} {r['subjects']:>9} {r['severity']:>9}"
              f" {r['rep_p']:>6} {r['rep_r']:>6} {r['spurious']:>9}", flush=True)


if __name__ == "__main__":
    main()
