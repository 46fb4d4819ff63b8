"""How NHS and care staff really write reports (issue 13): prose addresses, Welsh streets, record lines."""

from __future__ import annotations

import pytest

from breachdesk.model import MessageHeaders, ParsedMessage, Party, TextSection
from nlp.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(trusted_domains=["nhs.net"])


def run(analyzer: Analyzer, text: str) -> dict[str, set[str]]:
    headers = MessageHeaders(sender=Party("Pat Reporter", "pat.reporter@nhs.net"), to=[Party("IG", "ig@nhs.net")])
    msg = ParsedMessage(headers=headers, sections=[TextSection("body", text, "cover")], forwarded=[], tables=[])
    out: dict[str, set[str]] = {}
    for i in analyzer.analyse(msg).identifiers:
        out.setdefault(i.kind, set()).add(i.value)
    return out


@pytest.mark.parametrize("opening", [
    "morning, this is the dispensary at the chemist on the high street - our driver left a bag at the wrong door.",
    "We are a small dental practice and our receptionist posted a letter to the wrong house last week.",
])
def test_a_patients_address_in_prose_is_not_the_reporters_business_address(analyzer: Analyzer, opening: str) -> None:
    got = run(analyzer, f"{opening} The label had the name of Mrs Wanda Pietrzak (NHS 943 476 5919), her address "
                        f"(27 Quarry Bank Lane, Sheffield S6 2QT) and her tablets.\n\nThanks\n")
    assert "S6 2QT" in got.get("postcode", set())
    assert "27 Quarry Bank Lane, Sheffield, S6 2QT" in got.get("address", set())


def test_a_business_address_in_its_own_short_block_is_still_left_out(analyzer: Analyzer) -> None:
    got = run(analyzer, "Patient: Wanda Pietrzak, DOB 02/03/1950\n\nParkside Pharmacy\n27 Quarry Bank Lane\n"
                        "Sheffield\nS6 2QT\n")
    assert "S6 2QT" not in got.get("postcode", set())
