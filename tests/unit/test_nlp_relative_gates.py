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
    for word in _alternatives("(?:" + "|".join(pn._KIN_WORDS) + ")"):     # after a possessive, before a forename
        for text in (f"her {word} Ann rang", f"Jo's {word}, Ann rang", f"nok {word}  Ann"):
            assert pn._RELATIVE_FORENAMES.search(text) and pn._KIN_THEN_CAPITAL.search(text), text
    assert not pn._KIN_THEN_CAPITAL.search("her sister-in-law ann and the grandmother rang")


def test_the_needed_words_are_lower_case_as_the_gates_compare_them() -> None:
    assert pn._RELATION_THEN_BLANK.pattern == pn._RELATION_THEN_BLANK.pattern.lower()     # matched over folded text


def test_a_text_with_relatives_passes_both_gates() -> None:
    text = "Daughter Ewa phoned; her husband Harry's notes went astray; ex-fiancée Jo Reece rang"
    assert pn._RELATIVE_AT_CLAUSE.search(text) and pn._RELATIVE_FORENAMES.search(text)
    assert pn._relation_before_capital(text, text.lower()) and pn._KIN_THEN_CAPITAL.search(text)
