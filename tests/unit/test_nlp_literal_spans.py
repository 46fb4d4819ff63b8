"""nlp.people.literal_spans finds an address where the case-blind regex of it did."""

from __future__ import annotations

import re

import pytest

from nlp.people import literal_spans
from nlp.text import folded_lower

CASES = [
    ("ann.lee@example.com", "Sent to Ann.Lee@Example.com and ANN.LEE@EXAMPLE.COM; ann.lee@example.comx"),
    ("a.b@x.org", "a.b@x.orga.b@x.org a-b@x.org"),                 # next to each other; "." is no wildcard
    ("aa@x.io", "aaa@x.io aa@x.ioaa@x.io"),
    ("jo@x.com", "Jo@x.com and ſjo — \u212ajo@x.com: jo@x.com"),   # "ſ"/"K": the regex itself is used
    ("zoë@x.com", "ZOË@x.com zoë@x.com"),                           # a non-ASCII address: the regex too
    ("", "abc"),
    ("nobody@x.com", ""),
]


@pytest.mark.parametrize(("needle", "text"), CASES)
def test_the_spans_are_the_case_blind_regexs(needle: str, text: str) -> None:
    want = [m.span() for m in re.finditer(re.escape(needle), text, re.I)]
    assert literal_spans(needle, text, folded_lower(text)) == want


def test_an_address_written_in_capitals_is_found() -> None:
    assert literal_spans("ann@x.com", "to ANN@X.COM", folded_lower("to ANN@X.COM")) == [(3, 12)]
