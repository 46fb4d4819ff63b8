"""nlp.text.near_anchors scans only the text around a regex's cues and finds the same matches as finditer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.parse import parse_message
from nlp.recognizers import person_name as pn
from nlp.text import near_anchors

DATA = Path(__file__).resolve().parents[1] / "data"

INVENTED = [
    "Letter for Ivy-Grace Bramwell-Hodge (DOB 03/04/1961) went to the wrong address; Tyler Bramwell, born 1990.",
    "HN14 Morag MacLeod 1203472285 79 F\nNgozi Adeyemi, NHS 943 476 5919\nOisin Byrne chi 160670 8546",
    "pt jane smith dob 3/4/61 and mary o'neill, nhs no 943 476 5919 were on the list",
    "Ruby Okafor Letter (DOB 1/2/03) and Kai Lund referral - NHS 943 476 5919",
    "an address for Mike Johnson, 123 The Street, London, E2 2AA, 0775 2212 211, mike@example.com",
    "Edna Mae Braithwaite 94, 2 Church Cottages, Ashby; Dev Patel on 07700 900123; Jo Hill at +44 7700 900456",
    "for Jo Bloggs (1961-03-12) and Sam Bloggs (12/03/61)\n" + "filler words here " * 40 + "Ann Lee (DOB 1/1/50)",
    "no cue at all in this line of text about a meeting on Tuesday",
    "",
]

ANCHORED = [
    (pn._BEFORE_DOB, pn._BEFORE_DOB_ANCHORS),
    (pn._BEFORE_NUMBER, pn._BEFORE_NUMBER_ANCHORS),
    (pn._LOWER_BEFORE_CUE, pn._LOWER_BEFORE_CUE_ANCHORS),
    (pn._NAME_RECORD_CUE, pn._NAME_RECORD_ANCHORS),
    (pn._CONTACT_CUE, pn._CONTACT_ANCHORS_AT),
    (pn._CONTACT_CUE_NO_AT, pn._CONTACT_ANCHORS),
]


def _texts() -> list[str]:
    out = list(INVENTED)
    for name in ("fresh3", "fresh4", "fresh12"):
        for p in sorted((DATA / name).glob("*.eml"))[:15]:
            out.extend(s.text for s in parse_message(p.read_bytes()).sections if s.text)
    return out


@pytest.mark.parametrize(("rx", "anchors"), ANCHORED, ids=lambda x: getattr(x, "pattern", "anchors")[:30])
def test_the_name_rules_anchored_regexes_find_what_finditer_finds(rx: re.Pattern[str], anchors: tuple) -> None:
    found = 0
    for text in _texts():
        if rx is pn._CONTACT_CUE_NO_AT and "@" in text:
            continue     # (used only on text with no "@")
        want = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in near_anchors(rx, text, anchors)] == want, rx.pattern[:60]
        found += len(want)
    assert found > 0


def test_windows_are_merged_and_cut_only_around_anchors() -> None:
    rx = re.compile(r"[a-z]+ \d")
    anchors = ((re.compile(r"\d"), 10, 1),)
    text = "xx abc 1 def 2" + " " * 40 + "ghi 3" + " " * 40 + "no digits here"
    assert [m.group(0) for m in near_anchors(rx, text, anchors)] == ["abc 1", "def 2", "ghi 3"]
    # a margin too narrow for the match cuts it: the margins are the caller's promise
    assert [m.group(0) for m in near_anchors(rx, text, ((re.compile(r"\d"), 2, 1),))] == ["c 1", "f 2", "i 3"]
    assert list(near_anchors(rx, "", anchors)) == []


def test_an_anchor_with_its_twin_over_the_folded_text_gives_the_same_matches() -> None:
    from nlp.text import folded_lower

    dob, dob_anchors, cue, cue_anchors = pn._BEFORE_DOB, pn._BEFORE_DOB_ANCHORS, pn._LOWER_BEFORE_CUE, pn._LOWER_BEFORE_CUE_ANCHORS
    text = ("Pt Margaret ELLIS DOB 03/04/1951 was seen.\nwe sent jane doe (d.o.b 1/2/60) the letter;\n"
            "Patient: Tomasz NOWAK, Date of Birth 4 May 1979, NHS 484 278 7708; baby born 2/2/2024")
    low = folded_lower(text)
    assert low is not None and all(len(a) == 4 and a[3] is not None for a in dob_anchors + cue_anchors)
    for rx, anchors in ((dob, dob_anchors), (cue, cue_anchors)):
        plain = [m.span() for m in near_anchors(rx, text, tuple(a[:3] for a in anchors))]
        assert [m.span() for m in near_anchors(rx, text, anchors, low)] == plain == [m.span() for m in rx.finditer(text)]
    assert [m.span() for m in near_anchors(dob, text, dob_anchors, low)]      # it finds something
