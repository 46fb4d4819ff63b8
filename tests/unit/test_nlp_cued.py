"""Cue-anchored search (nlp.text.Cued) finds exactly what the whole-text search finds."""

from __future__ import annotations

import random

import pytest

from nlp.recognizers.person_name import _BEFORE_DOB_NEAR, _LOWER_BEFORE_CUE_NEAR
from nlp.text import Cued, folded_lower

TEXTS = [
    "pt jane smith dob 3/4/61 and mary o'neill, nhs no 943 476 5919",
    "Ivy-Grace Bramwell-Hodge (DOB 01/02/2019), Tyler Bramwell, born 2015",
    "re sean ó briain dob 1/1/70\nchi 1203472285 for morag macleod",
    "the care plan, DOB 3/4/61 " + "x" * 200 + " anne jones dob 4/5/62",
    "no cue here at all, just Jane Smith and some words",
    "jane smith dob" + " " * 3 + "1" + "\n" * 3 + "DATE OF BIRTH 12/12/1912 for Ann Lee, D.O.B 1/2/03",
]


def _key(matches):  # noqa: ANN001, ANN202
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("cued", [_BEFORE_DOB_NEAR, _LOWER_BEFORE_CUE_NEAR], ids=["before DOB", "lower-case name"])
@pytest.mark.parametrize("text", TEXTS)
def test_the_same_matches_as_the_whole_text_search(cued: Cued, text: str) -> None:
    want = _key(cued.rx.finditer(text))
    assert _key(cued.finditer(text)) == want
    assert _key(cued.finditer(text, folded_lower(text))) == want


@pytest.mark.parametrize("cued", [_BEFORE_DOB_NEAR, _LOWER_BEFORE_CUE_NEAR], ids=["before DOB", "lower-case name"])
def test_the_same_matches_on_generated_text(cued: Cued) -> None:
    rng = random.Random(13)
    words = ["jane", "smith", "Jane", "SMITH", "dob", "DOB", "nhs", "no", "number", "born", "d.o.b", "chi", "h&c",
             "ó", "o'neill", "(", ",", "-", "1", "12/3/61", ":", "\n", "the", "x" * 31, "y" * 35]
    found = 0
    for _ in range(2000):
        text = "".join(rng.choice(words) + rng.choice([" ", "", "\t", "  "]) for _ in range(rng.randint(1, 30)))
        want = _key(cued.rx.finditer(text))
        found += len(want)
        assert _key(cued.finditer(text, folded_lower(text))) == want
    assert found > 0        # the generator does reach matches


def test_an_unbounded_pattern_is_refused() -> None:
    import re

    with pytest.raises(ValueError):
        Cued(re.compile(r"\w+ dob"), re.compile("dob"), r"\w+ ")
