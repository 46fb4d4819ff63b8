"""Real hostile mail (mail-parser's test corpus, Apache-2.0): parse everything, no crash (timings: bench/bounded.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from breachdesk.model import ParsedMessage
from ingest.parse import parse_message

REALMAIL = Path(__file__).resolve().parents[1] / "data" / "realmail" / "mail-parser"
FILES = sorted(p for p in REALMAIL.iterdir() if p.name.startswith("mail_"))


def test_corpus_present() -> None:
    assert len(FILES) == 23


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_real_mail_parses(path: Path) -> None:            # timings: bench/bounded.py
    raw = path.read_bytes()
    p = parse_message(raw)
    assert isinstance(p, ParsedMessage)
    assert p.parse_status in ("ok", "partial") and p.size == len(raw)
    assert p.sha256 == hashlib.sha256(raw).hexdigest()
    assert p.headers.sender.email or p.headers.subject
    assert p.sections or p.attachments
    for s in p.sections:
        assert s.where == "body" or s.where.startswith(("forwarded:", "attachment:"))
        assert "\x00" not in s.text
    for a in p.attachments:
        assert a.extracted in ("text", "table", "message", "archive", "none") or \
            a.extracted.startswith(("skipped: ", "error: "))


def test_outlook_msg_given_as_the_whole_message() -> None:
    p = parse_message((REALMAIL / "mail_outlook_1").read_bytes())
    assert p.headers.sender.email == "NueblingV@w-vwa.de"
    assert p.headers.subject.startswith("Newsletter Prüfung")
    assert p.sections[0].where == "body" and "\ufffd" not in p.sections[0].text[:2000]
    assert [a.extracted for a in p.attachments] == ["none"] * 5


@pytest.mark.parametrize(("name", "member"), [
    ("mail_test_1", "ФНС_РФ558.zip/службаФНС94.zip"),
    ("mail_test_15", "REQUEST FOR QUOTE.zip"),
    ("mail_test_4", "Payment Invoice.zip"),
])
def test_phishing_zips_are_listed_not_run(name: str, member: str) -> None:
    p = parse_message((REALMAIL / name).read_bytes())
    found = {a.name: a.extracted for a in p.attachments}
    assert found[member] == "archive"
    inner = [a for a in p.attachments if a.name.startswith(member + "/")]
    assert inner and all(a.extracted == "none" for a in inner)  # scripts/executables: never read


def test_malformed_boundaries_still_give_text() -> None:
    p = parse_message((REALMAIL / "mail_malformed_3").read_bytes())
    assert p.sections and len(p.sections[0].text) > 500
    assert any(n.startswith("MIME defects:") for n in p.notes)


def test_delivery_report_is_auto_submitted() -> None:
    p = parse_message((REALMAIL / "mail_malformed_2").read_bytes())
    assert p.auto_submitted


def test_pdf_attachment_in_real_mail() -> None:
    p = parse_message((REALMAIL / "mail_test_2").read_bytes())
    assert {a.name: a.extracted for a in p.attachments}["Bollettino.pdf"] == "text"
    assert len(next(s.text for s in p.sections if s.where == "attachment:Bollettino.pdf")) > 1000
