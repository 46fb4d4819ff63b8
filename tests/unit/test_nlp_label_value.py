"""nlp.text._after_last_value: a label with under three digits is returned as it is, as the token walk did."""

from __future__ import annotations

import pytest

from nlp.text import _TOKEN_SPACE, _after_last_value


def _walk(label: str) -> str:
    """The token walk alone (what the function did for every label before)."""
    cut = 0
    for m in _TOKEN_SPACE.finditer(label):
        if sum(ch.isdigit() for ch in m.group(0)) >= 3:
            cut = m.end()
    return label[cut:]


@pytest.mark.parametrize("label", [
    "Hospital No: RXN647875 ", "Address line 1:", "Tel 2:", "NHS no.", "", "12 34 ", "1 2 3 tel",
    "ref 12\u00b3 mob", "Bed 4 RX1 23 NHS", "A1 B22 C333 D4444 dob", "\u0663\u0664\u0665 x",
])
def test_the_label_after_its_last_value(label: str) -> None:
    assert _after_last_value(label) == _walk(label)


def test_a_value_is_cut_off_and_a_short_number_kept() -> None:
    assert _after_last_value("Hospital No: RXN647875 NHS ") == "NHS "
    assert _after_last_value("Tel 2:") == "Tel 2:"
