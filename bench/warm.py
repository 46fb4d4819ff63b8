"""Warm batched analysis over corpora, for profiling and A/B timing; prints CPU ms per email, asserts nothing.

    python bench/warm.py REPS [corpus ...]          (run from a checkout: its nlp/ is the one imported)

The corpora are analysed once (the warm-up), then REPS more times through ``analyse_many``; the line printed on
stderr is the CPU milliseconds per email of those REPS passes. With CPROF=FILE set, cProfile's stats are saved.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, os.getcwd())
sys.path.insert(0, os.path.join(os.getcwd(), "bench"))

from scan import MODEL, load_corpus  # noqa: E402

from nlp.pipeline import Analyzer  # noqa: E402


def main() -> int:
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    corpora = sys.argv[2:] or ["tests/data/fresh12", "tests/data/fresh25", "tests/data/fresh23"]
    msgs = [m for c in corpora for _, m in load_corpus(Path(c))]
    an = Analyzer(model=MODEL, trusted_domains=["nhs.net"])
    list(an.analyse_many(msgs))
    prof = None
    if os.environ.get("CPROF"):
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    c0 = time.process_time()
    for _ in range(reps):
        list(an.analyse_many(msgs))
    dt = time.process_time() - c0
    if prof is not None:
        prof.disable()
        prof.dump_stats(os.environ["CPROF"])
    print(f"{len(msgs)} msgs x {reps}: {dt * 1000 / len(msgs) / reps:.3f} CPU ms per email", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
