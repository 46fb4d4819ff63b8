"""The name rules' regexes written for speed (first character first, line starts, narrower windows) find what the
plain forms they replace find."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.parse import parse_message
from nlp.patterns import load_patterns
from nlp.recognizers import person_name as pn
from nlp.text import fold_rx, folded_lower

DATA = Path(__file__).resolve().parents[1] / "data"

INVENTED = [
    "Patient: Mrs Jane DOE\nRe: SMITH, John, DOB 1/2/60\nNext of kin: Anne Smith (wife)\nPt name: Ó BRIAIN Pádraig",
    "Dear Dr X,\n\ndr. lee saw MR ſmith; \u212aelly Lee; the patient's sister Ann; Sister Agata; prof.Jones",
    "pt jane smith dob 3/4/61 and mary o'neill, nhs no 943 476 5919; re: bob jones rx1770452, f 44\nann lee (yr 5, dob 1",
    "Letter for Ivy-Grace Bramwell-Hodge (DOB 03/04/1961) went; Tyler Bramwell, born 1990. OKAFOR, Ada DOB 1/2/3",
    "HN14 Morag MacLeod 1203472285 79 F\nNgozi Adeyemi, NHS 943 476 5919\nCerys Wainwright (RX2226928, NHS 788 123 4567",
    "Ruby Okafor Letter (DOB 1/2/03) and Kai Lund referral - NHS 943 476 5919; Jo Bloggs\n(DOB 1/2/3) ×Ab Cd (dob 1",
    "1. Jane Smith\n2. Ann Lee\n  Bed 4 - Edna Pryce 84\nBay 2\tIvy Nash\n\n- Ron Nash, room 4\nSurname: Lee\nForename: Ann",
    "the Nowak children (Oliwia and Filip); mrs agnes munro 4 castle st; bed 3 - NIAMH PRITCHARD; didnt; DOESNT",
    "",
]


def _texts() -> list[str]:
    out = list(INVENTED)
    for name in ("fresh3", "fresh4", "fresh12"):
        for p in sorted((DATA / name).glob("*.eml"))[:15]:
            out.extend(s.text for s in parse_message(p.read_bytes()).sections if s.text)
    return out


def _spans(matches) -> list:  # noqa: ANN001
    return [(m.span(), m.groups()) for m in matches]


@pytest.fixture(scope="module")
def names() -> pn.PersonNameRecognizer:
    cfg = load_patterns()
    return pn.PersonNameRecognizer(next(s for s in cfg.recognizers if s.kind == "person_name"), cfg)


def test_labels_and_titles_regrouped_by_first_letter_match_the_plain_alternations(names: pn.PersonNameRecognizer) -> None:
    labels = sorted((" ".join(p) for p in names.context), key=len, reverse=True)
    titles = sorted(names.titles, key=len, reverse=True)
    assert names.label_rx.pattern.startswith("(?:") and "(?<![^" in names.label_rx.pattern     # regrouped
    plain_label = re.compile(r"(?:(?:^|(?<=[\n,;\t(./\x22])|(?<=\s\s)|(?<=\s))(?:"
                             + "|".join(re.escape(x).replace(r"\ ", r"\s{1,2}") for x in labels) + "))"
                             + names.label_rx.pattern[names.label_rx.pattern.index(r")\b\.?") + 1:], re.I)
    plain_title = re.compile(r"\b(" + "|".join(titles) + r")\b\.?\s{1,3}(?=[^\W\d_])", re.I)
    compared = 0
    for text in _texts():
        assert _spans(names.label_rx.finditer(text)) == _spans(plain_label.finditer(text))
        assert _spans(names.title_rx.finditer(text)) == _spans(plain_title.finditer(text))
        low = folded_lower(text)
        assert names._label_spans(text, low) == names._label_spans(text, None) == [m.span() for m in plain_label.finditer(text)]
        assert names._title_starts(text, low) == names._title_starts(text, None) == [m.start() for m in plain_title.finditer(text)]
        assert names._patient_cue(text, low) is names._patient_cue(text, None) is bool(names.patient_ctx_rx.search(text))
        if low is not None:
            # (over the folded text: the same spans, the groups lower-cased)
            assert [m.span() for m in names._label_folded.finditer(low)] == [m.span() for m in plain_label.finditer(text)]
            assert [m.span() for m in names._title_folded.finditer(low)] == [m.span() for m in plain_title.finditer(text)]
        for p in range(0, len(text), 5):     # read_name asks the title regex at a position
            a, b = names.title_rx.match(text, p), plain_title.match(text, p)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
        compared += 1
    assert compared > 20


def test_a_word_opening_in_any_case_takes_every_letter_ignorecase_matches() -> None:
    opening = pn._edge_words_any_case(["sister", "kin", "ill"])
    first = re.compile(opening[:opening.index("]") + 1])
    for letter in "sik":
        assert all(first.match(c) for c in map(chr, range(0x2200)) if re.match(f"(?i:{letter})", c)), letter


def test_by_first_char_refuses_what_it_cannot_regroup() -> None:
    assert pn._by_first_char(["patient", "pt", "nok"], r"\w") == r"p(?<!\w.)(?:atient|t)|n(?<!\w.)(?:ok)"
    assert pn._by_first_char(["s?ome"], r"\w") is None and pn._by_first_char(["Mr"], r"\w") is None
    assert pn._by_first_char(["(x)"], r"\w") is None


def _with_lookbehind_first(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The regex as it was written before _class_first: the look behind back before the first class."""
    p = rx.pattern
    k = p.index(r"(?<![\w'’\-].)")
    return re.compile(r"(?<![\w'’\-])" + p[:k] + p[k + len(r"(?<![\w'’\-].)"):], rx.flags)


CLASS_FIRST = [pn._CAPS_COMMA, pn._BEFORE_NUMBER, pn._BEFORE_BED, pn._BEFORE_AGE_QUOTE, pn._BEFORE_LOCAL,
               pn._NAME_RECORD_CUE, pn._CAP_WORD, pn._CAP_WORD_EOL]


@pytest.mark.parametrize("rx", CLASS_FIRST, ids=lambda r: r.pattern[:24])
def test_a_regex_taking_its_first_capital_first_matches_as_before(rx: re.Pattern[str]) -> None:
    plain = _with_lookbehind_first(rx)
    for text in _texts():
        assert _spans(rx.finditer(text)) == _spans(plain.finditer(text))
        for a in range(0, len(text), 97):        # windows: the look behind sees before a window's start too
            assert _spans(rx.finditer(text, a, a + 150)) == _spans(plain.finditer(text, a, a + 150))


EDGE_WORDS = [
    (pn._LOWER_AFTER_PT, ["pt", "patient", "client", "resident", "service user", "nok", "next of kin"]),
    (pn._LOWER_TITLE_NAME, ["mrs", "mr", "ms", "miss", "mx"]),
    (pn._BEFORE_BED_NEEDS, ["bed", "bay"]),
    (pn._NO_APOSTROPHE, ["didnt", "doesnt", "dont", "cant", "wont", "isnt", "wasnt", "hadnt", "hasnt", "havent", "couldnt",
                         "wouldnt", "shouldnt", "arent", "werent"]),
    (pn._LOWER_AFTER_CUE, ["letters?", "results?", "notes", "records?", "referral", "summary", r"care\s+plan",
                           "prescription", "bloods", "scan", "report", "file", "details", "paperwork", "forms?"]),
    (pn._RELATION_THEN_BLANK, pn._RELATION_WORDS),
]


def test_the_word_edge_and_first_capital_regexes_match_as_their_plain_forms() -> None:
    pairs = [(rx, rx.pattern.replace(pn._edge_words(w), r"\b(?:" + "|".join(w) + ")", 1)) for rx, w in EDGE_WORDS]
    pairs += [(pn._FAMILY_FORENAMES, pn._FAMILY_FORENAMES.pattern.replace(r"[tT](?<!\w.)(?i:he)", r"\b(?i:the)", 1)),
              (pn._CAPS_THEN_FORENAME, pn._CAPS_THEN_FORENAME.pattern.replace(
                  f"[{pn._UP}](?<![\\w'’\\-].)(?:(?<=Ó)[ \\t][{pn._UP}])?", f"(?<![\\w'’\\-])(?:Ó[ \\t])?[{pn._UP}]", 1))]
    for rx, words in ((pn._FOR_FORENAME_CAPS, ["for", "about", "regarding", "named", "called", "re"]),
                      (pn._BED_FORENAME_CAPS, ["bed", "bay", "room", r"side[ \t]room", "cubicle"])):
        pairs.append((rx, rx.pattern.replace(pn._edge_words_any_case(words), r"\b(?i:" + "|".join(words) + ")", 1)))
    texts = _texts() + ["Ó BRIAIN Pádraig and ÓLAFUR Jon; The Lee twins (Amy & Bo); letters for jane smith to",
                        "a letter FOR a Tomasz NOWAK; named Piotr NOWAK-KOWALSKI; ſide room 4 - Arthur PENHALIGON; "
                        "BAY 2 BED 4 - Ann LEE-SMITH; Re Jo BLOGGS"]
    for rx, plain in pairs:
        assert plain != rx.pattern, rx.pattern[:40]
        old = re.compile(plain, rx.flags)
        for text in texts:
            assert _spans(rx.finditer(text)) == _spans(old.finditer(text)), rx.pattern[:40]
            low = folded_lower(text)
            if rx.flags & re.I and low is not None:
                assert [m.span() for m in fold_rx(rx).finditer(low)] == [m.span() for m in old.finditer(text)]


@pytest.mark.parametrize("rx", [pn._ROW_START, pn._LIST_LINE], ids=lambda r: r.pattern[:24])
def test_a_line_regex_tried_at_the_line_starts_finds_what_finditer_finds(rx: re.Pattern[str]) -> None:
    body = pn._without_caret(rx)
    for text in _texts() + ["\n", "\n\nBed 4\n", "x\n"]:
        assert pn._line_starts(text) == [0] + [m.end() for m in re.finditer("\n", text)]
        assert _spans(pn._at_line_starts(body, text, pn._line_starts(text))) == _spans(rx.finditer(text))


NARROWED = [
    (pn._LOWER_BEFORE_CUE, pn._LOWER_BEFORE_CUE_ANCHORS, pn._NOT_BEFORE_LOWER_CUE),
    (pn._BEFORE_DOB, pn._BEFORE_DOB_ANCHORS, pn._NOT_BEFORE_DOB_CUE),
    (pn._BEFORE_NUMBER, pn._BEFORE_NUMBER_ANCHORS, pn._NOT_BEFORE_NUMBER),
    (pn._NAME_RECORD_CUE, pn._NAME_RECORD_ANCHORS, pn._NOT_BEFORE_RECORD_CUE),
    (pn._RELATIVE_FORENAMES, pn._KIN_ANCHORS, pn._NOT_BEFORE_KIN),
    (pn._CONTACT_CUE, pn._CONTACT_ANCHORS_AT, pn._NOT_BEFORE_CONTACT_AT),
    (pn._CONTACT_CUE_NO_AT, pn._CONTACT_ANCHORS, pn._NOT_BEFORE_CONTACT),
]


@pytest.mark.parametrize(("rx", "anchors", "apart"), NARROWED, ids=lambda x: getattr(x, "pattern", "x")[:24])
def test_windows_cut_at_a_character_no_match_holds_find_what_finditer_finds(rx, anchors, apart) -> None:  # noqa: ANN001
    found = 0
    for text in _texts():
        want = _spans(rx.finditer(text))
        assert _spans(pn._near_cues(rx, text, anchors, folded_lower(text), apart)) == want
        assert _spans(pn._near_cues(rx, text, anchors, None, apart)) == want
        found += len(want)
    assert found > 0


def test_a_window_starts_after_the_last_character_no_match_holds() -> None:
    rx = re.compile(r"[a-z]+ \d")
    anchors = ((re.compile(r"\d"), 10, 1),)
    text = "abc. xyz 1"
    assert [m.group(0) for m in pn._near_cues(rx, text, anchors, None, re.compile(r"\."))] == ["xyz 1"]
    # (the cut is the caller's promise: a character the match holds cuts it)
    assert [m.group(0) for m in pn._near_cues(rx, text, anchors, None, re.compile("y"))] == ["z 1"]


def test_the_line_rules_gates_hold_what_every_match_holds() -> None:
    for text in _texts() + ["Eilidh Pickering\nDOB 09/05/1977", "Iain MacLeòid\nFlat 2/1, 45 Dumbarton Road\nG11 6PA"]:
        if pn._NAME_LINE_ABOVE_ADDRESS.search(text):
            assert pn._ADDRESS_LINE_BELOW.search(text)
        if pn._NAME_LINE_ABOVE_DOB.search(text):
            assert pn._DOB_LINE_BELOW.search(text)
        if pn._PAIR.search(text):
            assert "name" in text.lower()
        if pn._NUMBER_THEN_SURNAME_COMMA.search(text):
            assert pn._NUMBER_THEN_SEPARATOR.search(text)
        if pn._RELATIVE_FORENAMES.search(text):
            assert pn._KIN_THEN_CAPITAL.search(text)


@pytest.mark.parametrize("text", ["her sister Ann " * 60, "x" * 400 + " her sister Ann" * 3, "her son Jo. " * 40,
                                  "pt jane smith dob 3/4/61 " * 30, "Jo Bloggs (DOB 1/2/3) " * 30 + "; Ann Lee, born 1990"])
def test_windows_over_runs_with_no_cut_find_what_finditer_finds(text: str) -> None:
    # the window start found back to the anchor before is reused (the text is searched back over once)
    for rx, anchors, apart in NARROWED:
        assert _spans(pn._near_cues(rx, text, anchors, folded_lower(text), apart)) == _spans(rx.finditer(text))
