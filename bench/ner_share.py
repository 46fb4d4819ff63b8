"""Where one email's analysis CPU goes: spaCy NER beside the rules; prints figures, asserts nothing.

    python bench/ner_share.py [CORPUS ...]      # names under tests/data (default: six of them)

The corpora's messages are analysed warm with ``Analyzer.analyse_many`` (as ``breachdesk scan`` does),
``--rounds`` times; for each round it prints CPU ms per email in all, CPU ms per email inside spaCy's
``nlp.pipe`` (the NER), and the tokens NER was fed per email (what the line selection, sign-off and
window rules in ``nlp.pipeline`` keep down).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from ingest.parse import parse_message  # noqa: E402
from nlp.patterns import load_patterns  # noqa: E402
from nlp.pipeline import Analyzer  # noqa: E402

DEFAULT = ["samples", "fresh3", "fresh6", "fresh7", "fresh8", "fresh9"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", default=DEFAULT)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    msgs = [parse_message(p.read_bytes()) for c in args.corpora
            for p in sorted((HERE.parent / "tests" / "data" / c).glob("*.eml"))]
    a = Analyzer(load_patterns(HERE.parent / "config" / "patterns.toml"))
    list(a.analyse_many(msgs[:5]))          # warm
    real = a.nlp.pipe
    spent, tokens = [0.0], [0]

    def pipe(texts, **kw):  # noqa: ANN001, ANN003, ANN202
        texts = list(texts)
        t = time.process_time()
        docs = list(real(texts, **kw))
        spent[0] += time.process_time() - t
        tokens[0] += sum(len(d) for d in docs)
        return iter(docs)

    a.nlp.pipe = pipe
    print(f"{len(msgs)} emails from {', '.join(args.corpora)}")
    for _ in range(args.rounds):
        spent[0], tokens[0] = 0.0, 0
        t = time.process_time()
        list(a.analyse_many(msgs))
        total = time.process_time() - t
        n = len(msgs)
        print(f"all {total * 1000 / n:.2f} CPU ms per email; NER {spent[0] * 1000 / n:.2f} ms; "
              f"{tokens[0] / n:.1f} NER tokens per email")


if __name__ == "__main__":
    main()
