"""Other projects' public test cases through breachdesk's analyser; prints a table by kind, asserts nothing.

    python bench/peer_cases.py [--show-misses]

The cases (``tests/data/peer_cases/cases.jsonl``, attribution, licences and commits in its README)
come from the public test files of Presidio, presidio-research, scrubadub, PIXL (UCLH),
uk-fci/nhs-number, is-national-insurance-number, python-phonenumbers, ukpostcodeparser and
ideal-postcodes. Each holds what the peer expects and what a UK health reading expects (``expect``,
with ``why`` where the two differ); ``xfail_reason`` marks a known miss. Columns: cases; breachdesk
right (equal to ``expect``); agreeing with the peer; cases where the UK reading differs from the
peer's on purpose; known misses (``xfail_reason``). --show-misses lists every case not right.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection  # noqa: E402

CASES = HERE.parent / "tests" / "data" / "peer_cases" / "cases.jsonl"


def load_cases(path: Path = CASES) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def found(analyzer, case: dict) -> list[str]:  # noqa: ANN001
    """The values of the case's kind that breachdesk reports for its text (the text as a report's body)."""
    h = MessageHeaders(sender=Party("A Clerk", "clerk@nhs.net"), to=[Party("", "ig@nhs.net")], subject="report")
    res = analyzer.analyse(ParsedMessage(headers=h, sections=[TextSection("body", case["text"], "cover")]))
    return sorted({i.value for i in res.identifiers if i.kind == case["kind"]})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args()
    from nlp.pipeline import Analyzer

    an = Analyzer()
    rows: dict[str, list[int]] = {}
    misses = []
    for c in load_cases():
        got = found(an, c)
        r = rows.setdefault(c["kind"], [0, 0, 0, 0, 0])
        r[0] += 1
        r[1] += got == sorted(c["expect"])
        r[2] += got == sorted(c["peer_expects"])
        r[3] += sorted(c["expect"]) != sorted(c["peer_expects"])
        r[4] += bool(c.get("xfail_reason"))
        if got != sorted(c["expect"]):
            misses.append((c, got))
    print(f"{'kind':16} {'cases':>6} {'right':>6} {'= peer':>7} {'UK reading differs':>19} {'known misses':>13}")
    tot = [0, 0, 0, 0, 0]
    for kind, r in sorted(rows.items()):
        print(f"{kind:16} {r[0]:>6} {r[1]:>6} {r[2]:>7} {r[3]:>19} {r[4]:>13}")
        tot = [a + b for a, b in zip(tot, r, strict=True)]
    print(f"{'ALL':16} {tot[0]:>6} {tot[1]:>6} {tot[2]:>7} {tot[3]:>19} {tot[4]:>13}")
    if args.show_misses:
        for c, got in misses:
            known = f" (known: {c['xfail_reason']})" if c.get("xfail_reason") else ""
            print(f"miss [{c['peer']}] {c['kind']}: {c['text']!r} -> {got} (expected {c['expect']}){known}")


if __name__ == "__main__":
    main()
