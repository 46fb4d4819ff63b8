"""The case-sensitive twins of IGNORECASE regexes (nlp.text.fold_rx / folded_lower) find the same spans."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.parse import parse_message
from nlp.patterns import load_patterns
from nlp.recognizers import build_recognizer
from nlp.recognizers.chi_number import SCOTTISH
from nlp.recognizers.person_name import PersonNameRecognizer
from nlp.text import fold_rx, folded_lower

DATA = Path(__file__).resolve().parents[1] / "data"

TRICKY = [
    "Patient: ſusan ſmith, DOB 1/2/1960, NHS LOTHIAN",           # long s: "s" under IGNORECASE
    "Ward \u212aent, Mr \u212aelly — reviewed by Dr Smith",       # Kelvin sign: "k"
    "İstanbul clinic; MRS IŞIK (dotless ı) referred to GUM",
    "Zoë Ó Súilleabháin’s mum – sexual health clinic, £20; Łódź",
    "ΣΊΣΥΦΟΣ σίσυφος ς — ǅemal ǈuka Ⅻ Ⅰ ⅰ",
    "Name: JANE DOE\nDOB: 03/04/1961\nNHS No: 943 476 5919\nScotland EH1 2AB",
]


def _texts() -> list[str]:
    out = list(TRICKY)
    for name in ("fresh3", "fresh4"):
        for p in sorted((DATA / name).glob("*.eml"))[:12]:
            out.extend(s.text for s in parse_message(p.read_bytes()).sections if s.text)
    return out


def _ignorecase_patterns() -> list[re.Pattern[str]]:
    cfg = load_patterns()
    pats: list[re.Pattern[str]] = [SCOTTISH]
    for spec in cfg.recognizers:
        if spec.kind == "person_name":
            names = PersonNameRecognizer(spec, cfg)
            pats += [names.label_rx, names.title_rx, names.prose_cue_rx, names.patient_ctx_rx]
        else:
            pats += [rx for _, rx in build_recognizer(spec, cfg).patterns]
    from nlp.categories import CategoryFinder

    finder = CategoryFinder(cfg)
    pats += [k.rx for ks in finder.rx.values() for k in ks]
    return [p for p in pats if p is not None and p.flags & re.I]


def test_twins_find_the_same_spans_as_ignorecase() -> None:
    texts = _texts()
    twins = [(rx, fold_rx(rx)) for rx in _ignorecase_patterns()]
    assert sum(t is not None for _, t in twins) >= 5       # the name, Scottish and keyword regexes have twins
    compared = 0
    for text in texts:
        low = folded_lower(text)
        if low is None:
            continue
        for rx, twin in twins:
            if twin is None:
                continue
            assert [m.span() for m in twin.finditer(low)] == [m.span() for m in rx.finditer(text)], rx.pattern[:60]
            compared += 1
    assert compared > 100


@pytest.mark.parametrize("text", ["ſmith", "\u212aent", "İstanbul", "dotless ı"])
def test_text_with_an_ascii_partner_is_not_folded(text: str) -> None:
    assert folded_lower(text) is None


@pytest.mark.parametrize("text", ["Zoë Ó Súilleabháin’s – £20", "ΣΊΣΥΦΟΣ ς", "plain ASCII"])
def test_text_without_one_is(text: str) -> None:
    assert folded_lower(text) == text.lower()


@pytest.mark.parametrize("pattern", [r"(?-i:A)b", r"(?P<n>a)", r"[A-z]", r"\N{LATIN CAPITAL LETTER A}", r"\x41",
                                     "É", r"[\u00C0-\u017F]", r"(?i:a)b"])
def test_patterns_lower_casing_could_change_have_no_twin(pattern: str) -> None:
    assert fold_rx(re.compile(pattern, re.I)) is None


def test_a_twin_keeps_escapes_and_lowers_letters() -> None:
    twin = fold_rx(re.compile(r"\bNHS\s+[A-Z]{2}[^\W\d_]\S", re.I))
    assert twin is not None and twin.pattern == r"\bnhs\s+[a-z]{2}[^\W\d_]\S" and not twin.flags & re.I
    assert fold_rx(re.compile("abc")) is None          # not IGNORECASE: nothing to twin


@pytest.mark.parametrize("pattern, flags", [
    (r"(?<![A-Za-z])(?:mental\s{1,3}health|hba1c)(?![A-Za-z])", re.I),
    (r"(?i)\bnhs\s*(?:no|number)\b", 0),
    (r"\b[A-Z]{2}\d{6}\b", 0),
    (r"\bDr\.?\s+[A-Z][a-z]+", re.I),
])
def test_fold_pattern_is_fold_rx_without_compiling_the_ignorecase_regex(pattern: str, flags: int) -> None:
    from nlp.text import fold_pattern

    twin, ours = fold_rx(re.compile(pattern, flags)), fold_pattern(pattern, flags)
    assert (twin is None) == (ours is None)
    if twin is not None:
        assert (ours.pattern, ours.flags) == (twin.pattern, twin.flags)


def test_a_keyword_list_with_a_twin_compiles_its_ignorecase_regex_only_as_the_fallback() -> None:
    from nlp.categories import _compile

    kw = _compile(["mental health", "hba1c", "sexual health"])[0]
    assert kw.folded is not None and "rx" not in kw.__dict__
    text = "Her HbA1c result and the MENTAL HEALTH referral"
    on_twin = list(kw.spans(text, folded_lower(text)))
    assert "rx" not in kw.__dict__
    assert list(kw.spans(text, None)) == on_twin and len(on_twin) == 2     # no lower case given: the regex as written
    assert "rx" in kw.__dict__
