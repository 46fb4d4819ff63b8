"""Other projects' public test cases (tests/data/peer_cases, attribution in its README), read the UK health way.

Each case asserts breachdesk's own expectation; where it differs from the peer's the case says why.
A case breachdesk still gets wrong carries ``xfail_reason``: it runs and is reported as a known miss
(xfail, strict: once it passes the test fails until the reason is removed), never skipped.
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


def test_every_known_miss_is_explained_and_cases_are_unique() -> None:
    seen = set()
    for c in CASES:
        assert "xfail_reason" not in c or c["xfail_reason"].strip(), c["text"]
        key = (c["peer"], c["kind"], c["text"])
        assert key not in seen, c["text"]
        seen.add(key)


def _param(c: dict):  # noqa: ANN202
    marks = [pytest.mark.xfail(reason=c["xfail_reason"], strict=True)] if c.get("xfail_reason") else []
    return pytest.param(c, marks=marks, id=f"{c['peer']}:{c['kind']}:{c['text'][-40:]}")


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_peer_case(analyzer: Analyzer, case: dict) -> None:
    h = MessageHeaders(sender=Party("A Clerk", "clerk@nhs.net"), to=[Party("", "ig@nhs.net")], subject="report")
    res = analyzer.analyse(ParsedMessage(headers=h, sections=[TextSection("body", case["text"], "cover")]))
    assert sorted({i.value for i in res.identifiers if i.kind == case["kind"]}) == sorted(case["expect"])
