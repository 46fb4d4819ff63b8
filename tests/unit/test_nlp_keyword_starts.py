"""Category keywords tried only where a keyword's first letter run starts find what finditer finds."""

from __future__ import annotations

from pathlib import Path

from ingest.parse import parse_message
from nlp.categories import CategoryFinder, _matches_at, letter_runs
from nlp.patterns import load_patterns
from nlp.text import folded_lower

DATA = Path(__file__).resolve().parents[1] / "data"

INVENTED = [
    "Pt known to CMHT, on sertraline; HIV test negative. Self-harm hx; mental-health review; hba1c 48.",
    "no safeguarding concerns; alcohol alcohol-related alcoholic; detox detox",
    "walking aids and AIDS clinic; GUM clinic; chlamydia screen",
    "",
    "x" * 50 + " pregnancy" + " termination of pregnancy",
]


def _texts() -> list[str]:
    out = list(INVENTED)
    for name in ("fresh3", "fresh12"):
        for p in sorted((DATA / name).glob("*.eml"))[:15]:
            out.extend(s.text for s in parse_message(p.read_bytes()).sections if s.text)
    return out


def test_letter_runs_gives_every_start_of_each_run() -> None:
    runs = letter_runs("ab1ab cd-ab abc xab")
    assert runs == {"ab", "cd", "abc", "xab"}
    assert runs.starts("ab") == [0, 3, 9]       # not inside "abc" or "xab"
    assert runs.starts("cd") == [6]
    assert letter_runs(None) is None
    assert letter_runs("") == set()


def test_matches_at_goes_on_past_the_last_match_as_finditer_does() -> None:
    import re
    rx = re.compile(r"(?<![a-z])(?:ab cd|cd)(?![a-z])")
    text = "ab cd ef cd"
    assert list(_matches_at(rx, text, [0, 3, 6, 9])) == [m.span() for m in rx.finditer(text)] == [(0, 5), (9, 11)]


def test_every_keyword_list_finds_the_spans_finditer_finds() -> None:
    f = CategoryFinder(load_patterns())
    lists = [kw for pats in f.rx.values() for kw in pats] + [kw for r in f.rules for kw in r.when + r.also + r.unless]
    found = 0
    for text in _texts():
        low = folded_lower(text)
        runs = letter_runs(low)
        for kw in lists:
            want = [m.span() for m in (kw.folded.finditer(low) if kw.folded is not None and low is not None
                                       else kw.rx.finditer(text))]
            assert list(kw.spans(text, low, runs)) == want, kw.rx.pattern[:60]
            found += len(want)
    assert found > 20
