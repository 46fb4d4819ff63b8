"""What comes back to a mailbox that answers: auto-replies, bounces, list mail, our own mail, reports."""

from __future__ import annotations

import pytest

from ingest import classify
from ingest.classify import AUTO_REPLY, BOUNCE, LIST, OWN, REPORT, read_mail
from ingest.classify import classify as kind_of

BODY = b"\r\n\r\nA letter with a patient's details went to the wrong address.\r\n"


def _mail(headers: str, envelope: str | None = "nurse@nhs.net") -> classify.Mail:
    base = "From: Nurse <nurse@nhs.net>\r\nTo: breach@example.nhs.uk\r\nMessage-ID: <r1@mail.nhs.net>\r\n"
    return read_mail((base + headers).encode() + BODY, envelope)


@pytest.mark.parametrize("headers,envelope,kind", [
    ("Subject: FW: letter to wrong address", "nurse@nhs.net", REPORT),
    ("Subject: report\r\nAuto-Submitted: no", "nurse@nhs.net", REPORT),
    ("Subject: Out of office\r\nAuto-Submitted: auto-replied", "nurse@nhs.net", AUTO_REPLY),
    ("Subject: Away\r\nAuto-Submitted: auto-generated", "nurse@nhs.net", AUTO_REPLY),
    ("Subject: Away\r\nX-Autoreply: yes", "nurse@nhs.net", AUTO_REPLY),
    ("Subject: Away\r\nX-Autorespond: Away", "nurse@nhs.net", AUTO_REPLY),
    ("Subject: Away\r\nPrecedence: auto_reply", "nurse@nhs.net", AUTO_REPLY),
    ("Subject: Automatic reply: Breach report received [BD-2026-000001]", "nurse@nhs.net", AUTO_REPLY),
    ("Subject: =?utf-8?Q?Automatic_reply=3A_FW=3A_letter?=", "nurse@nhs.net", AUTO_REPLY),
    ("Subject: Out of Office: back Monday", "nurse@nhs.net", AUTO_REPLY),
    ("Subject: Out of Office AutoReply: FW: letter", "nurse@nhs.net", AUTO_REPLY),
    ("Subject: Out of office hours letter sent to the wrong patient", "nurse@nhs.net", REPORT),
    ("Subject: Automatic reply from the lab went to the wrong ward", "nurse@nhs.net", REPORT),
    ("Subject: Undelivered Mail\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=b",
     "nurse@nhs.net", BOUNCE),
    ("Subject: anything", "", BOUNCE),                                   # the null sender <>
    ("Subject: anything", "MAILER-DAEMON@mx.nhs.net", BOUNCE),
    ("Subject: anything", "postmaster@nhs.net", BOUNCE),
    ("Subject: digest\r\nList-Id: <ig.lists.nhs.net>", "nurse@nhs.net", LIST),
    ("Subject: news\r\nList-Unsubscribe: <mailto:leave@lists.nhs.net>", "nurse@nhs.net", LIST),
    ("Subject: news\r\nPrecedence: bulk", "nurse@nhs.net", LIST),
    ("Subject: news\r\nPrecedence: junk", "nurse@nhs.net", LIST),
    ("Subject: news\r\nPrecedence: list", "nurse@nhs.net", LIST),
    ("Subject: Breach report received\r\nX-Breachdesk: acknowledgement", "nurse@nhs.net", OWN),
], ids=lambda v: v if isinstance(v, str) and len(v) < 14 else None)
def test_kinds(headers: str, envelope: str, kind: str) -> None:
    assert kind_of(_mail(headers, envelope)).kind == kind


def test_a_file_imported_has_no_envelope_sender_and_is_not_a_bounce() -> None:
    assert kind_of(_mail("Subject: report", None)).kind == REPORT


def test_our_message_ids_are_recognised_only_for_our_domains() -> None:
    mid = classify.our_message_id("example.nhs.uk")
    assert classify.is_our_message_id(mid, frozenset({"example.nhs.uk"}))
    assert not classify.is_our_message_id(mid, frozenset({"nhs.net"}))
    assert not classify.is_our_message_id("<r1@example.nhs.uk>", frozenset({"example.nhs.uk"}))
    raw = f"From: x@example.nhs.uk\r\nMessage-ID: {mid}\r\nSubject: hello".encode() + BODY
    assert kind_of(read_mail(raw, "x@example.nhs.uk"), own_domains=frozenset({"example.nhs.uk"})).kind == OWN
    # a colleague in our own domain is a reporter like any other
    raw = b"From: x@example.nhs.uk\r\nMessage-ID: <abc@example.nhs.uk>\r\nSubject: FW: letter" + BODY
    assert kind_of(read_mail(raw, "x@example.nhs.uk"), own_domains=frozenset({"example.nhs.uk"})).kind == REPORT


def test_threading_facts_and_domain_agreement() -> None:
    m = _mail("Subject: Re: Breach report received [BD-2026-000042]\r\nIn-Reply-To: <bd.1@example.nhs.uk>\r\n"
              "References: <r1@mail.nhs.net>\r\n <bd.1@example.nhs.uk>")
    assert m.refers_to == ["<bd.1@example.nhs.uk>", "<r1@mail.nhs.net>"]
    assert m.subject_refs() == ["BD-2026-000042"]
    assert classify.from_domain_agrees(m)
    assert not classify.from_domain_agrees(_mail("Subject: x", "someone@evil.example"))
    assert classify.from_domain_agrees(_mail("Subject: x", "bounces@mail.nhs.net"))     # a subdomain
    assert not classify.from_domain_agrees(_mail("Subject: x", None))


def test_unreadable_or_hostile_headers_never_raise() -> None:
    raw = b"From: \xff\xfe <a@\xc3(.net>\r\nSubject: \xed\xa0\x80 Automatic reply\r\nContent-Type: \x00" + BODY
    m = read_mail(raw, "a@nhs.net")
    assert m.subject.encode("utf-8")                     # valid text, no surrogates
    assert kind_of(m).kind == REPORT and m.from_addr.encode("utf-8")


def test_a_broken_encoded_word_is_read_as_written_not_raised() -> None:
    # "=?utf-8?b?A?=" is one base64 character: the stdlib raises HeaderParseError on it, which
    # once killed the daemon's filer thread (nothing filed after it).
    mail = _mail("Subject: =?utf-8?b?A?= letter to the wrong patient")
    assert kind_of(mail).kind == REPORT and "letter to the wrong patient" in mail.subject
