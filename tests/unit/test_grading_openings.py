"""Grading regexes tried only where their first word stands find what finditer finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.parse import parse_message
from nlp import grading as g
from nlp.categories import CategoryFinder, matches_opening
from nlp.patterns import load_patterns

DATA = Path(__file__).resolve().parents[1] / "data"

INVENTED = [
    "She has since been phoning our clients. He SENT IT with a nasty comment to her.",
    "Posted it on Facebook; SHARED a photo in the local Community Parents group. tweeted on X",
    "It's not for me. This is not about us. I've received this in error. Wasn’t for one of our patients.",
    "Her colleague at work asked her about it; he looked up the record of his neighbour. had no clinical role",
    "isn't mine, iSN’T for me, was not mine; came to us by mistake; went through to us instead of the GP",
    "unhas shed ahe sent1 it has\u00a0been phoning the clients; Ä it is not for me; straße ist nicht",
    "ſent it with a nasty comment; the KELVIN \u212a is not mine",     # letters IGNORECASE folds to ASCII
    "He is keeping the file; she's keeping it; they refuse to delete; he has CLEARLY read it; ex-partner has obviously read it",
    "but the head has also seen it. I have asked her to confirm in writing; we can't verify the deletion; "
    "awaiting written confirmation; three have not replied; nothing in writing",
    "She said she had read it. The letter was read by the recipient. he did print it; it was pinned up. "
    "'this isn't me, but I know her' she said. The neighbour knows the family. e-mail has been read by",
    "",
]
OPENINGS = [
    (g._NOT_MINE, g._NOT_MINE_FIRSTS),
    (g._POSTED, g._POSTING),
    (g._PUBLIC_GROUP, g._POSTING),
    (g._TURNED_ON, g._TURNED_ON_FIRSTS),
    (g._NO_ROLE, g._NO_ROLE_FIRSTS),
    (g._ACTED_ON, g._ACTED_ON_FIRSTS),
    (g._KEEPS_IT, g._KEEPS_FIRSTS),
    (g._READ_PLAINLY, g._READ_PLAINLY_FIRSTS),
    (g._SEEN_BY_ANOTHER, g._BUT),
    (g._UNPROVEN, g._UNPROVEN_FIRSTS),
]


def _texts() -> list[str]:
    out = list(INVENTED)
    for name in ("fresh3", "fresh12", "fresh23"):
        for p in sorted((DATA / name).glob("*.eml"))[:20]:
            out.extend(s.text for s in parse_message(p.read_bytes()).sections if s.text)
    return out


@pytest.mark.parametrize(("rx", "firsts"), OPENINGS, ids=[rx.pattern[:30] for rx, _ in OPENINGS])
def test_a_regex_tried_at_its_first_words_finds_what_finditer_finds(rx: re.Pattern[str], firsts: frozenset[str]) -> None:
    fnd = CategoryFinder(load_patterns())
    for text in _texts():
        fnd.new_message()
        want = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in g._opening(rx, firsts, text, fnd)] == want, rx.pattern[:40]


def test_every_invented_text_is_matched_by_some_opening() -> None:
    fnd = CategoryFinder(load_patterns())
    for text in INVENTED[:8]:
        assert any(list(g._opening(rx, firsts, text, fnd)) for rx, firsts in OPENINGS), text


def test_matches_opening_falls_back_to_finditer_without_a_lower_cased_text() -> None:
    rx = re.compile(r"\bsent\b", re.I)
    text = "ſent and SENT"      # "ſ" is an "s" under IGNORECASE: no lower-cased twin of the text
    fnd = CategoryFinder(load_patterns())
    low, runs = fnd.lowered(text)
    assert low is None
    assert [m.span() for m in matches_opening(rx, frozenset({"sent"}), text, low, runs)] == [(0, 4), (9, 13)]


def test_the_sort_code_regex_finds_what_its_lookbehind_form_finds() -> None:
    old = re.compile(r"(?<![\d\-/])\d{2}-\d{2}-\d{2}(?![\d\-/])[ \t|,;]{1,6}\d{8}(?!\d)")
    for text in [*_texts(), "12-34-56 12345678", "x112-34-56 12345678 /12-34-56 12345678 -12-34-56, 87654321"]:
        assert [m.span() for m in g._SORT_AND_ACCOUNT.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_letter_runs_are_the_runs_findall_finds_and_start_where_they_stand_whole() -> None:
    from nlp.categories import letter_runs
    from nlp.text import folded_lower

    for text in [*_texts(), "Café au lait—naïve ‘quotes’ x1y2z", "he the she he. HE"]:
        low = folded_lower(text)
        if low is None:
            continue
        runs = letter_runs(low)
        assert runs == set(re.findall(r"[a-z]+", low))
        for r in sorted(runs)[:40]:
            assert runs.starts(r) == [m.start() for m in re.finditer(rf"(?<![a-z]){r}(?![a-z])", low)]


def test_the_clause_cut_ends_where_the_last_clause_match_ends() -> None:
    from nlp.categories import _CLAUSE_FOLDED, _clause_end
    from nlp.text import folded_lower

    made = ["nhs\nno x", "hospital  no. but's", "x 12 however y", "ni no no", "unit no1 bed no", "case\tno but",
            "butter nothing hosp no", "no", "", "a.b;c:d!e?f|g\th\ni 0 ward", "room  no:" + "x" * 30 + " tel\n\nno"]
    segs = [*made]
    for text in _texts():
        low = folded_lower(text)
        if low is not None:
            segs.extend(low[max(0, k - 120):k] for k in range(0, len(low), 37))
    for seg in segs:
        assert _clause_end(seg) == max((m.end() for m in _CLAUSE_FOLDED.finditer(seg)), default=0), seg


def test_a_negation_cue_is_found_in_the_words_before_whatever_the_index() -> None:
    from nlp.categories import _cue_index, _has_cue

    cues = [["no", "evidence", "of"], ["no"], ["ruled", "out"]]
    assert _has_cue(["there", "is", "no", "evidence"], _cue_index(cues))
    assert _has_cue(["it", "was", "ruled", "out"], _cue_index(cues))
    assert not _has_cue(["ruled", "in", "out"], _cue_index(cues))
    assert _has_cue(["anything"], _cue_index([*cues, []]))      # an empty cue stands everywhere, as before


def test_read_by_recipient_is_the_search_of_its_regex() -> None:
    fnd = CategoryFinder(load_patterns())
    for text in [*_texts(), "I know her", "'oh I know him' said the recipient", "he read it"]:
        fnd.new_message()
        want = g._READ_BY_RECIPIENT.search(text)
        got = g._read_by_recipient(text, fnd)
        assert (got and (got.span(), got.group(0))) == (want and (want.span(), want.group(0))), text[:60]


def test_a_keyword_opening_with_a_mark_is_found_where_finditer_finds_it() -> None:
    from nlp.categories import letter_runs
    from nlp.text import folded_lower

    fnd = CategoryFinder(load_patterns())
    marked = [kw for pats in fnd.rx.values() for kw in pats if kw.marks]
    assert marked, "a keyword list with a keyword opening with no letter (#NOF)"
    for text in ["Admitted with #NOF on the ward", "#nof", "x#nof #nofx (#NOF)", "no marks here", *_texts()[:30]]:
        low = folded_lower(text)
        runs = letter_runs(low)
        for kw in marked:
            want = [m.span() for m in (kw.folded.finditer(low) if kw.folded is not None and low is not None
                                       else kw.rx.finditer(text))]
            assert list(kw.spans(text, low, runs)) == want
            assert not (kw.absent(runs, low) and want)


def test_people_counts_are_read_only_where_a_number_of_people_stands() -> None:
    from nlp import subjects as s

    made = ["All 37 patients are affected", "a list of 30 patients", "12 pts on it", "details for about 6 patients",
            "names and complaints for approx. 9 residents", "37 people", "no numbers", "list of 3\tservice users listed"]
    for text in [*made, *_texts()]:
        want_a = max((n for n in (int(m.group(1) or m.group(2)) for m in s._AFFECTED.finditer(text))
                      if 2 <= n <= 10_000), default=0)
        want_s = max((n for n in (int(m.group(1) or m.group(2)) for m in s._STATED.finditer(text))
                      if 2 <= n <= 10_000), default=0)
        assert (s.affected_count(text), s.stated_count(text)) == (want_a, want_s), text[:60]
    assert s.affected_count(made[0]) == 37 and s.stated_count(made[2]) == 12


def test_a_question_mark_stands_within_reach_of_every_question_match() -> None:
    from nlp.categories import _QUESTION

    for text in ["x" * 41 + " ?", "a" * 40 + ")?", "pregnant?", "| ?", "y" * 50 + "?", *_texts()[:40]]:
        for b in range(0, len(text), 7):
            m = _QUESTION.match(text, b)
            assert m is None or m.end() - 1 < b + 43
