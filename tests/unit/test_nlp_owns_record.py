"""nlp.recognizers.person_name.owns_record answers as the per-name regex it replaced does."""

from __future__ import annotations

import re

import pytest

from nlp.recognizers.person_name import _OWNED_RECORD, owns_record


def _by_regex(text: str, names: list[str]) -> bool:
    """The regex built for every name before: ``\\b(?:name|…)['’]s[ \\t]{1,2}<record>``."""
    rx = r"\b(?:" + "|".join(re.escape(n) for n in names) + r")['’]s[ \t]{1,2}" + _OWNED_RECORD
    return re.search(rx, text) is not None


CASES = [
    ("… instead of her. Jean's DOB is 27.03.66", ["Jean", "Dawson"], True),
    ("sent to Mr Dawson’s  NOTES pile", ["Jean", "Dawson"], True),
    ("MaryJean's DOB is on file", ["Jean"], False),          # not a word of its own
    ("_Jean's dob", ["Jean"], False),                        # "_" is a word character
    ("Jean's dobbin was lost", ["Jean"], False),             # the record word ends there
    ("Jean's\tresults came back", ["Jean"], True),
    ("Jean's   results", ["Jean"], False),                   # one or two spaces or tabs only
    ("Jean DOB 1/2/60", ["Jean"], False),
    ("Jean's", ["Jean"], False),
    ("O'Hara's referral went astray", ["O'Hara"], True),
    ("Oyelaran-Hughes's appointment", ["Hughes"], True),     # "-" is no word character
    ("Ann's car, then Anne's letter", ["Ann", "Anne"], True),
    ("Ann's car and Bob's D.O.B", ["Ann"], False),
    ("", ["Jean"], False),
]


@pytest.mark.parametrize(("text", "names", "want"), CASES)
def test_a_later_possessive_record_is_found_as_the_regex_found_it(text: str, names: list[str], want: bool) -> None:
    assert owns_record(text, names) is want
    assert _by_regex(text, names) is want
