"""Inline forwards, quoted replies, parties, HTML and RTF to text, charset fallback."""

from __future__ import annotations

import pytest

from ingest.forwards import decode_text, html_to_text, parse_parties, rtf_to_text, split_forwards

COVER = "Hi IG,\n\nPlease see below, sent in error.\n\nAnna Reporter\nWard Clerk\n"
PATIENT = "Re: Mrs Joan PATIENT, DOB 01/02/1950, NHS Number 943 476 5919\nDiagnosis: asthma\n"

OUTLOOK_LINE = (
    "________________________________\n"
    "From: SMITH, John (CALDER VALLEY NHS FOUNDATION TRUST) <john.smith@nhs.net>\n"
    "Sent: 02 April 2025 18:56\n"
    "To: Wrong Person <wrong.person@gmail.com>; Other <other@nhs.net>\n"
    "Cc: Team Lead <lead@nhs.net>\n"
    "Subject: Patient letter\n\n"
)
OUTLOOK_ORIGINAL = (
    "-----Original Message-----\n"
    "From: John Smith [mailto:john.smith@nhs.net]\n"
    "Sent: Wednesday, April 02, 2025 6:56 PM\n"
    "To: wrong.person@gmail.com\n"
    "Subject: Patient letter\n\n"
)
GMAIL = (
    "---------- Forwarded message ---------\n"
    "From: John Smith <john.smith@nhs.net>\n"
    "Date: Wed, 2 Apr 2025 at 18:56\n"
    "Subject: Patient letter\n"
    "To: <wrong.person@gmail.com>\n\n\n"
)
APPLE = (
    "Begin forwarded message:\n\n"
    "From: John Smith <john.smith@nhs.net>\n"
    "Subject: Patient letter\n"
    "Date: 2 April 2025 at 18:56:00 BST\n"
    "To: wrong.person@gmail.com\n\n"
)


@pytest.mark.parametrize("block", [OUTLOOK_LINE, OUTLOOK_ORIGINAL, GMAIL, APPLE],
                         ids=["outlook-line", "outlook-original", "gmail", "apple"])
def test_inline_forward_styles(block: str) -> None:
    blocks = split_forwards(COVER + "\n" + block + PATIENT)
    assert len(blocks) == 2
    cover, fwd = blocks
    assert cover.headers is None
    assert "Anna Reporter" in cover.text and "PATIENT" not in cover.text
    assert fwd.headers is not None
    assert fwd.headers.sender.email == "john.smith@nhs.net"
    assert fwd.headers.subject == "Patient letter"
    assert "wrong.person@gmail.com" in [p.email for p in fwd.headers.to]
    assert "2025" in fwd.headers.date and "56" in fwd.headers.date
    assert fwd.text.startswith("Re: Mrs Joan PATIENT")
    # the header block holds staff, not data subjects: never part of the text
    for word in ("john.smith", "From:", "Subject:", "Sent:", "Forwarded", "Original Message"):
        assert word not in fwd.text


def test_outlook_surname_first_sender_and_cc() -> None:
    fwd = split_forwards(COVER + OUTLOOK_LINE + PATIENT)[1]
    assert fwd.headers is not None
    assert fwd.headers.sender.name == "SMITH, John (CALDER VALLEY NHS FOUNDATION TRUST)"
    assert [p.email for p in fwd.headers.to] == ["wrong.person@gmail.com", "other@nhs.net"]
    assert [p.email for p in fwd.headers.cc] == ["lead@nhs.net"]


def test_three_levels_of_inline_forwards() -> None:
    text = (COVER + OUTLOOK_LINE.replace("Patient letter", "FW: FW: letter") + "Can you report this?\n\n"
            + GMAIL.replace("john.smith", "second") + "Sent to me in error.\n\n"
            + OUTLOOK_ORIGINAL.replace("john.smith", "third") + PATIENT)
    blocks = split_forwards(text)
    assert [b.headers is None for b in blocks] == [True, False, False, False]
    assert [b.headers.sender.email for b in blocks[1:] if b.headers] == [
        "john.smith@nhs.net", "second@nhs.net", "third@nhs.net"]
    assert blocks[1].text == "Can you report this?"
    assert blocks[2].text == "Sent to me in error."
    assert "NHS Number 943 476 5919" in blocks[3].text


def test_on_date_wrote_quoted_reply_is_unquoted() -> None:
    text = ("Forwarding this reply, it has patient details.\n\n"
            "On Mon, 26 May 2025 at 13:59, Jane Doe <jane.doe@example.com> wrote:\n"
            "> Hello,\n> " + PATIENT.replace("\n", "\n> ").rstrip("> ") + "\n")
    blocks = split_forwards(text)
    assert len(blocks) == 2
    h = blocks[1].headers
    assert h is not None and h.sender.email == "jane.doe@example.com" and h.sender.name == "Jane Doe"
    assert "13:59" in h.date
    assert ">" not in blocks[1].text
    assert "NHS Number 943 476 5919" in blocks[1].text
    assert "wrote:" not in blocks[0].text and "PATIENT" not in blocks[0].text


def test_nested_quotes_become_nested_blocks() -> None:
    text = ("See below.\n\n"
            "On 3 Apr 2025, at 09:10, Bob <bob@nhs.net> wrote:\n"
            "> Please report.\n>\n"
            "> On 2 Apr 2025, at 08:00, Carol <carol@nhs.net> wrote:\n"
            ">> Mr Albert Jones, NHS 943 476 5919\n")
    blocks = split_forwards(text)
    assert [b.headers.sender.email for b in blocks[1:] if b.headers] == ["bob@nhs.net", "carol@nhs.net"]
    assert blocks[1].text == "Please report."
    assert blocks[2].text == "Mr Albert Jones, NHS 943 476 5919"


def test_bare_quoted_text_is_stripped() -> None:
    blocks = split_forwards("Look at this:\n\n> line one\n> line two\n\nThanks")
    assert blocks[0].text.startswith("Look at this:") and "Thanks" in blocks[0].text
    assert blocks[1].text == "line one\nline two"


def test_no_forward_is_one_block() -> None:
    text = "Hello,\nFrom: the ward we learnt that a letter went astray.\nThanks"
    blocks = split_forwards(text)
    assert len(blocks) == 1 and blocks[0].text == text


@pytest.mark.parametrize(("value", "expected"), [
    ("John <j@x.org>", [("John", "j@x.org")]),
    ("SMITH, John (ORG) <j@x.org>, Ann <a@y.org>", [("SMITH, John (ORG)", "j@x.org"), ("Ann", "a@y.org")]),
    ("j@x.org; a@y.org", [("", "j@x.org"), ("", "a@y.org")]),
    ("John Smith [mailto:j@x.org]", [("John Smith", "j@x.org")]),
    ("Reception Team", [("Reception Team", "")]),
    ("", []),
])
def test_parse_parties(value: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.email) for p in parse_parties(value)] == expected


def test_html_to_text() -> None:
    markup = ("<html><head><style>p{x:1}</style><script>alert(1)</script></head><body>"
              "<p>Dear&nbsp;Dr&nbsp;Who,</p><p>Line&amp;one<br>line two</p>"
              "<table><tr><td><b>Name</b></td><td>Joan Patient</td></tr>"
              "<tr><td>DOB</td><td>01/02/1950</td></tr></table><div>end &lt;ok&gt;</div></body></html>")
    text = html_to_text(markup)
    assert "alert" not in text and "x:1" not in text
    assert "Dear Dr Who," in text
    assert "Line&one\nline two" in text
    assert "Name\tJoan Patient\nDOB\t01/02/1950" in text
    assert text.endswith("end <ok>")


def test_html_to_text_survives_broken_markup() -> None:
    assert "text" in html_to_text("<p><b>text<<<</td></table></p></div><!-- unclosed")


@pytest.mark.parametrize(("data", "charset", "expected", "clean"), [
    ("Zoë Ó Súilleabháin".encode(), "utf-8", "Zoë Ó Súilleabháin", True),
    ("Zoë".encode("latin-1"), "iso-8859-1", "Zoë", True),
    ("Zoë".encode(), "x-unknown-charset", "Zoë", True),
    ("Zoë ‘quoted’".encode("cp1252"), "utf-8", "Zoë ‘quoted’", False),
    (b"\x81\x8d\x8f", "us-ascii", "\ufffd\ufffd\ufffd", False),
    (b"plain", None, "plain", True),
])
def test_decode_text_fallbacks(data: bytes, charset: str | None, expected: str, clean: bool) -> None:
    assert decode_text(data, charset) == (expected, clean)


def test_rtf_to_text() -> None:
    rtf = (rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}{\*\generator Msftedit;}\f0 Patient: Zo\'eb Smith\par "
           rb"NHS No\tab 943 476 5919\par Caf\u233?\par}")
    assert rtf_to_text(rtf) == "Patient: Zoë Smith\nNHS No\t943 476 5919\nCafé"


def test_long_unclosed_last_tag_is_not_text() -> None:
    from ingest.forwards import html_to_text

    assert html_to_text("<p>Joan</p><a href='" + "x" * 5000) == "Joan"
    assert html_to_text("a < b") == "a < b"


def test_bare_addresses_between_named_mailboxes_are_mailboxes_of_their_own() -> None:
    # Gmail and Outlook write a contact with no display name as a bare address among named ones
    parties = parse_parties("Ann Lee <ann.lee@example.com>, twins.mum@example.org, Raj Patel <rp@example.com>, "
                            "LEE, Tom <tl@example.com>")
    assert [(p.name, p.email) for p in parties] == [
        ("Ann Lee", "ann.lee@example.com"), ("", "twins.mum@example.org"), ("Raj Patel", "rp@example.com"),
        ("LEE, Tom", "tl@example.com")]
    lead = parse_parties("first.one@example.com, Second Person <second@example.com>")
    assert [(p.name, p.email) for p in lead] == [("", "first.one@example.com"), ("Second Person", "second@example.com")]
