"""The relative rules' regexes are skipped only on text holding none of the words every match holds."""

from __future__ import annotations

import re

from nlp.recognizers import person_name as pn


def _alternatives(group: str) -> list[str]:
    """The words of a flat "(?:a|bs?|c[eé]e?)" alternation, optional tails dropped."""
    body = group.removeprefix("(?:").removesuffix(")")
    return [re.sub(r"s\?$|\[eé\]e\?$", "", w) for w in body.split("|")]


def test_every_relation_word_before_a_name_passes_its_gate() -> None:
    for word in _alternatives(pn._RELATION):     # each, in any case, before a capitalised name
        word = word + "é" if word == "fianc" else word     # "fianc[eé]e?" with its tail dropped
        for written in (word, word.capitalize(), word.upper()):
            text = f"{written} Ann rang"
            assert pn._RELATIVE_AT_CLAUSE.search(text) and pn._relation_before_capital(text, text.lower()), text
    forenames = re.search(r"\(\?:late.*?\)\?\(\?:(.*?)\)\\s\{0,2\}", pn._RELATIVE_FORENAMES.pattern)
    assert forenames is not None
    for word in _alternatives("(?:" + forenames.group(1) + ")"):
        assert any(n in word for n in pn._RELATIVE_NEEDS), word


def test_the_needed_words_are_lower_case_as_the_gates_compare_them() -> None:
    assert all(w == w.lower() for w in pn._RELATIVE_NEEDS)
    assert pn._RELATION_THEN_BLANK.pattern == pn._RELATION_THEN_BLANK.pattern.lower()     # matched over folded text


def test_a_text_with_relatives_passes_both_gates() -> None:
    text = "Daughter Ewa phoned; her husband Harry's notes went astray; ex-fiancée Jo Reece rang"
    assert pn._RELATIVE_AT_CLAUSE.search(text) and pn._RELATIVE_FORENAMES.search(text)
    assert pn._relation_before_capital(text, text.lower()) and any(w in text for w in pn._RELATIVE_NEEDS)
