"""Recogniser regexes opening with a digit instead of a lookbehind (nlp.text.lead_with_class) match the same."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.parse import parse_message
from nlp.patterns import load_patterns
from nlp.recognizers import BY_KIND
from nlp.text import lead_with_class

DATA = Path(__file__).resolve().parents[1] / "data"

EDGES = [
    "12/03/1990", "112/03/1990", "a1/2/60 -943 476 5919 943-476-5919 9434765919 19434765919",
    "+07700 900123 07700 900123 x07700 900123 (0113) 496 0000 020 7946 0000",
    "born 3rd of March 1962, 2024-01-05, 02024-01-05, 1-2-3-4-5-6, 00 00 00",
    "1\n2/3/45\t0113 496 0000\n0\n", "٣/٤/١٩٦٠ 12/0３/1990",     # other scripts' digits are \d too
]


def _shipped_patterns() -> list[str]:
    out = [p.regex for spec in load_patterns().recognizers for p in spec.patterns]
    out += [rx for cls in BY_KIND.values() for _, rx in cls.PATTERNS]
    return sorted(set(out))


def _texts() -> list[str]:
    out = list(EDGES)
    for name in ("samples", "fresh5"):
        for p in sorted((DATA / name).glob("*.eml"))[:10]:
            out.extend(s.text for s in parse_message(p.read_bytes()).sections if s.text)
    return out


REWRITTEN = [p for p in _shipped_patterns() if lead_with_class(p) != p]


def test_the_number_patterns_are_rewritten() -> None:
    assert len(REWRITTEN) >= 4      # NHS, CHI, H&C, dates, UK phones


@pytest.mark.parametrize("pattern", REWRITTEN)
def test_a_rewritten_pattern_finds_the_same_matches(pattern: str) -> None:
    old, new = re.compile(pattern), re.compile(lead_with_class(pattern))
    for text in _texts():
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == \
            [(m.span(), m.groups()) for m in old.finditer(text)]


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?<![\d-])\d{3}([ -]?)\d{4}", r"\d(?<![\d-]\d)\d{2}([ -]?)\d{4}"),
    (r"(?<!\d)\d{1,2}/", r"\d(?<!\d\d)\d{0,1}/"),
    (r"(?<![\d+])0\d{2,4}", r"0(?<![\d+]0)\d{2,4}"),
    (r"(?<!\d)\d+x", r"(?<!\d)\d+x"),           # a quantifier it does not split: unchanged
    (r"(?<!\d)\d{0,2}x", r"(?<!\d)\d{0,2}x"),   # the first digit is optional: unchanged
    (r"(?<!a)\dx", r"(?<!a)\dx"),               # a lookbehind on a letter: unchanged
    (r"\b[A-Z]{2}\d", r"\b[A-Z]{2}\d"),       # a boundary before a class of letters: unchanged
    # labels in lookbehinds before the digits: each checked before the taken first digit
    (r"(?i)(?:(?<=dob:)|(?<=d\.o\.b )|(?<=\()|(?<=a\|))\d{8}(?!\d)",
     r"(?i)\d(?:(?<=(?:dob:)\d)|(?<=(?:d\.o\.b )\d)|(?<=(?:\()\d)|(?<=(?:a\|)\d))\d{7}(?!\d)"),
    (r"(?:(?<=ab|cd))\d{2}", r"(?:(?<=ab|cd))\d{2}"),          # a label holding an alternation: unchanged
    (r"(?:(?<=a)|(?<=b))\d{0,2}", r"(?:(?<=a)|(?<=b))\d{0,2}"),  # the first digit is optional: unchanged
    (r"(?:(?<=a))\d+x", r"(?:(?<=a))\d+x"),
    # a word boundary before a word character: the character before the taken one checked
    (r"(?i)\bR{2}\s?\d", r"(?i)R(?<!\wR)R{1}\s?\d"),
    (r"\bRX[A-Z]\d{6}\b", r"R(?<!\wR)X[A-Z]\d{6}\b"),
    (r"(?i)\b\d{1,4}[A-Z]?,", r"(?i)\d(?<!\w\d)\d{0,3}[A-Z]?,"),
    (r"\b[A-Za-z0-9._%+\-]{1,64}@", r"\b[A-Za-z0-9._%+\-]{1,64}@"),
    (r"\b_x", r"\b_x"),
    (r"\bx+y", r"\bx+y"),
])
def test_the_rewrite(pattern: str, expected: str) -> None:
    assert lead_with_class(pattern) == expected


BOUNDARY_EDGES = ["RXA123456 xRXA123456 _RXA123456 (RXA123456) ÀRXA123456 RXA1234567 rxa123456",
                  "ab 12 34 56 c kk1 xk1 \u212a1 \u212a\u212a1 _k1 ſ1 s1 xs1 12 Mill Lane 4a, 12, x12 Mill 1a ٣a x1a",
                  "12 Kirkgate x12 Kirkgate _12 Kirkgate é12 Kirkgate ٣12 Kirkgate 12345 Kirkgate"]


@pytest.mark.parametrize("pattern", [
    r"\bRX[A-Z]\d{6}\b", r"(?i)\brx[a-z]\d{6}\b", r"(?i)\b\d{1,4}[A-Z]?,?[ \t]{1,3}[a-z]{3,20}", r"\b\d[a-z]",
    r"(?i)\bk{1,2}\d", r"(?i)\bs\d"])
def test_a_rewritten_boundary_pattern_finds_the_same_matches(pattern: str) -> None:
    old, new = re.compile(pattern), re.compile(lead_with_class(pattern))
    assert new.pattern != old.pattern
    for text in [*BOUNDARY_EDGES, *_texts()]:
        for pos in (0, 1, 5):       # a scan from inside the text sees the character before it too
            assert [(m.span(), m.groups()) for m in new.finditer(text, pos)] == \
                [(m.span(), m.groups()) for m in old.finditer(text, pos)]


LABELLED_EDGES = ["dob:03031954 DOB 03031954 d.o.b.030319541 dob:0303195 (12345678 a|12345678 birth:99999999",
                  "DOB:03031954x, Birth 12345678 dob\t12345678 dob: 12345678 ٠٣٠٣١٩٥٤ dob:٠٣٠٣١٩٥٤"]


@pytest.mark.parametrize("pattern", [
    r"(?i)(?:(?<=dob:)|(?<=dob )|(?<=dob: )|(?<=d\.o\.b:)|(?<=d\.o\.b\.)|(?<=birth:)|(?<=birth ))\d{8}(?!\d)",
    r"(?:(?<=\()|(?<=a\|))\d{2,5}", r"(?:(?<=dob))\d", r"(?:(?<=tel )|(?<=\())0\d{3}"])
def test_a_rewritten_label_pattern_finds_the_same_matches(pattern: str) -> None:
    old, new = re.compile(pattern), re.compile(lead_with_class(pattern))
    assert new.pattern != old.pattern
    for text in [*LABELLED_EDGES, *_texts()]:
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == \
            [(m.span(), m.groups()) for m in old.finditer(text)]
