"""Other projects' public test cases (tests/data/peer_cases, attribution in its README), read the UK health way.

Each case asserts breachdesk's own expectation; where it differs from the peer's the case says why.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.pipeline import Analyzer

CASES = [json.loads(line) for line in
         (Path(__file__).parents[1] / "data" / "peer_cases" / "cases.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def test_every_difference_from_a_peer_is_explained() -> None:
    for c in CASES:
        if sorted(c["expect"]) != sorted(c["peer_expects"]):
            assert c.get("why"), c["text"]
        assert c["licence"] and c["source"]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['peer']}:{c['kind']}:{c['text'][-40:]}" for c in CASES])
def test_peer_case(analyzer: Analyzer, case: dict) -> None:
    h = MessageHeaders(sender=Party("A Clerk", "clerk@nhs.net"), to=[Party("", "ig@nhs.net")], subject="report")
    res = analyzer.analyse(ParsedMessage(headers=h, sections=[TextSection("body", case["text"], "cover")]))
    assert sorted({i.value for i in res.identifiers if i.kind == case["kind"]}) == sorted(case["expect"])
