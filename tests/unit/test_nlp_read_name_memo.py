"""PersonNameRecognizer.read_name reads a (text, position) once during find; callers get their own tokens."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.parse import parse_message
from nlp.patterns import load_patterns
from nlp.recognizers.person_name import PersonNameRecognizer

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def names() -> PersonNameRecognizer:
    cfg = load_patterns()
    spec = next(s for s in cfg.recognizers if s.kind == "person_name")
    return PersonNameRecognizer(spec, cfg)


def _hits(names: PersonNameRecognizer, text: str) -> list[tuple]:
    return [(h.ident.start, h.ident.end, h.ident.value, h.rule, h.strong, h.staff, sorted(h.ident.evidence.items()))
            for h in names.find(text, "body", None)]


def test_find_reads_the_same_names_without_the_memo(names: PersonNameRecognizer,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["Patient: Jane Doe, DOB 03/04/1961. Bed 2 Morag Lindsay - side room\nMr Ivor Evans (12/1/40)",
             "Dear Sanjay Patel and Anjali Patel,\nher husband Harry's notes; SMITH, John  NHS 943 476 5919"]
    for p in sorted((DATA / "fresh3").glob("*.eml"))[:10]:
        texts.extend(s.text for s in parse_message(p.read_bytes()).sections if s.text)
    with_memo = [_hits(names, t) for t in texts]
    assert names._read_memo is None                  # dropped when find returns
    monkeypatch.setattr(PersonNameRecognizer, "read_name", PersonNameRecognizer._read_name)
    assert [_hits(names, t) for t in texts] == with_memo
    assert any(with_memo)


def test_each_caller_gets_its_own_tokens(names: PersonNameRecognizer) -> None:
    names._read_memo = {}
    try:
        a = names.read_name("Mr Ivor Evans rang", 0)
        b = names.read_name("Mr Ivor Evans rang", 0)
    finally:
        names._read_memo = None
    assert a == b == (3, 13, "mr", ["Ivor", "Evans"])     # the name starts after its title
    assert a is not None and b is not None and a[3] is not b[3]
