"""parse_message: headers, bodies, charsets, forwards as sections, limits, hostile input."""

from __future__ import annotations

import json
import random
import re
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest

from breachdesk.model import ParsedMessage
from ingest.parse import ParseLimits, parse_message

DATA = Path(__file__).resolve().parents[1] / "data" / "samples"
TRUTH = {d["file"]: d for d in map(json.loads, (DATA / "truth.jsonl").read_text().splitlines())}
NHS = "9434765919"
LETTER = f"Re: Mrs Joan PATIENT, NHS Number {NHS}\nDiagnosis: asthma, reviewed in clinic.\n"


def simple(body: str = LETTER, *, subject: str = "FW: letter", sender: str = "Rep <rep@nhs.net>",
           subtype: str = "plain", charset: str = "utf-8", cte: str | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "IG <ig@nhs.net>"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 02 Jun 2025 10:00:00 +0000"
    msg["Message-ID"] = "<abc@nhs.net>"
    msg.set_content(body, subtype=subtype, charset=charset, cte=cte)
    return msg


def forward_chain(levels: int) -> bytes:
    """A report with ``levels`` messages nested as message/rfc822 attachments."""
    inner: EmailMessage | MIMEMultipart = simple(LETTER, sender=f"Level{levels} <l{levels}@example.com>",
                                                 subject="Letter")
    for n in range(levels - 1, 0, -1):
        outer = MIMEMultipart()
        outer["From"] = f"Level{n} <l{n}@nhs.net>"
        outer["Subject"] = f"FW: level {n}"
        outer.attach(MIMEText(f"Forwarding, level {n}.", "plain", "utf-8"))
        outer.attach(MIMEMessage(inner))
        inner = outer
    top = MIMEMultipart()
    top["From"] = "Reporter <rep@nhs.net>"
    top["To"] = "ig@nhs.net"
    top["Subject"] = "Breach"
    top.attach(MIMEText("Please see attached.", "plain", "utf-8"))
    top.attach(MIMEMessage(inner))
    return top.as_bytes()


def all_text(p: ParsedMessage) -> str:
    cells = [" ".join([*t.header, *(c for r in t.rows for c in r)]) for t in p.tables]
    return "\n".join([s.text for s in p.sections] + cells)


# ------------------------------------------------------------------ samples


@pytest.mark.parametrize("name", sorted(TRUTH))
def test_sample_keeps_every_health_number_and_postcode(name: str) -> None:
    truth = TRUTH[name]
    p = parse_message((DATA / name).read_bytes())
    assert p.parse_status == "ok", p.notes
    assert not p.truncated
    digits = re.sub(r"\D", "", all_text(p))
    for kind in ("nhs_number", "chi_number"):
        for value in truth["identifiers"].get(kind, []):
            assert value in digits, (kind, name)
    squashed = re.sub(r"\s", "", all_text(p)).upper()
    for pc in truth["identifiers"].get("postcode", []):
        assert pc.replace(" ", "") in squashed


@pytest.mark.parametrize("name", sorted(TRUTH))
def test_sample_header_lines_never_in_section_text(name: str) -> None:
    p = parse_message((DATA / name).read_bytes())
    for s in p.sections:
        assert not re.search(r"^(From|Sent|To|Subject)\s*[:\t]", s.text, re.M), (s.where, name)
    for s in p.sections:
        assert (s.role == "forwarded") == s.where.startswith("forwarded:")
        assert (s.headers is not None) == (s.role == "forwarded")


@pytest.mark.parametrize(("name", "wheres", "first_sender"), [
    ("001-html-only.eml", ["body", "forwarded:1"], "graham.stokes7@nhs.net"),
    ("002-special-mental-health-context.eml", ["body", "forwarded:1"], "ruth.caldwell2@nhs.net"),
    ("006-nested-forward-3.eml", ["body", "forwarded:1", "forwarded:2", "forwarded:3"], "sinead.carroll2@nhs.net"),
    ("011-inline-forward-outlook.eml", ["body", "forwarded:1"], "oliver.thwaite@nhs.net"),
    ("012-transfer-encoding.eml", ["body", "forwarded:1"], "oliver.thwaite@nhs.net"),
    ("013-forward-as-attachment.eml", ["body", "forwarded:1"], "graham.stokes7@nhs.net"),
    ("017-inline-forward-gmail.eml", ["body", "forwarded:1"], "oliver.thwaite@nhs.net"),
    ("009-attachment-only-empty-body.eml", ["attachment:misdirected.pdf"], None),
])
def test_sample_structure(name: str, wheres: list[str], first_sender: str | None) -> None:
    p = parse_message((DATA / name).read_bytes())
    assert [s.where for s in p.sections] == wheres
    if first_sender:
        assert p.forwarded[0].sender.email == first_sender
        assert p.sections[1].headers == p.forwarded[0]
        staff = set(TRUTH[name]["ignorable"].get("email_address", []))
        assert {h.sender.email for h in p.forwarded} <= staff | {""}


def test_outlook_sender_with_organisation_in_name() -> None:
    p = parse_message((DATA / "011-inline-forward-outlook.eml").read_bytes())
    assert p.forwarded[0].sender.name == "THWAITE, Oliver (CALDER VALLEY NHS FOUNDATION TRUST)"
    assert p.forwarded[0].to[0].email == "sinead.carroll24@hotmail.co.uk"
    assert p.forwarded[0].date == "2 April 2025 18:56"
    assert p.sections[1].text.startswith("Dear colleague,")


def test_nested_rfc822_sample_keeps_each_level_and_folded_from() -> None:
    p = parse_message((DATA / "006-nested-forward-3.eml").read_bytes())
    assert [h.sender.email for h in p.forwarded] == [
        "sinead.carroll2@nhs.net", "bethan.howells75@hotmail.co.uk", "ruth.caldwell2@nhs.net"]
    assert p.forwarded[2].sender.name == "CALDWELL, Ruth (WESTMOOR UNIVERSITY HOSPITALS NHS TRUST)"
    assert "NHS Number: 999-595-9151" in p.sections[3].text
    assert [a.extracted for a in p.attachments] == ["message"] * 3


def test_csv_and_xlsx_samples_give_tables_not_sections() -> None:
    csv_p = parse_message((DATA / "004-csv-attachment.eml").read_bytes())
    xlsx_p = parse_message((DATA / "005-xlsx-attachment.eml").read_bytes())
    assert csv_p.tables[0].total_rows == 8 and xlsx_p.tables[0].total_rows == 25
    assert csv_p.tables[0].header[0] == "NHS Number"
    assert xlsx_p.tables[0].sheet == "Clinic list"
    for p in (csv_p, xlsx_p):
        assert not [s for s in p.sections if s.role == "attachment"]
        assert p.attachments[-1].extracted == "table"


# ------------------------------------------------------------------ headers


def test_outer_headers_size_and_hash() -> None:
    raw = simple(subject="=?utf-8?q?Fwd=3A_Zo=C3=AB=27s_letter?=",
                 sender="=?utf-8?b?U2nDom4gTyfDgnJpYWlu?= <sian@nhs.net>").as_bytes()
    p = parse_message(raw, envelope_from="bounce@nhs.net")
    assert p.headers.subject == "Fwd: Zoë's letter"
    assert p.headers.sender.name == "Siân O'Âriain" and p.headers.sender.email == "sian@nhs.net"
    assert p.headers.to[0].email == "ig@nhs.net" and p.headers.message_id == "<abc@nhs.net>"
    assert p.headers.date == "Mon, 02 Jun 2025 10:00:00 +0000"
    assert p.size == len(raw) and len(p.sha256) == 64 and p.envelope_from == "bounce@nhs.net"
    assert p.sections[0].where == "body" and p.sections[0].role == "cover"


@pytest.mark.parametrize(("extra", "sender", "envelope", "auto"), [
    ({}, "Rep <rep@nhs.net>", "rep@nhs.net", False),
    ({"Auto-Submitted": "no"}, "Rep <rep@nhs.net>", "", False),
    ({"Auto-Submitted": "auto-replied"}, "Rep <rep@nhs.net>", "", True),
    ({"Precedence": "bulk"}, "Rep <rep@nhs.net>", "", True),
    ({"Precedence": "list"}, "Rep <rep@nhs.net>", "", True),
    ({}, "Mail Delivery System <MAILER-DAEMON@mx.nhs.net>", "", True),
    ({}, "Rep <rep@nhs.net>", "<>", True),
    ({"Return-Path": "<>"}, "Rep <rep@nhs.net>", "", True),
    ({"X-Autoreply": "yes"}, "Rep <rep@nhs.net>", "", True),
])
def test_auto_submitted(extra: dict[str, str], sender: str, envelope: str, auto: bool) -> None:
    msg = simple(sender=sender)
    for k, v in extra.items():
        msg[k] = v
    assert parse_message(msg.as_bytes(), envelope_from=envelope).auto_submitted is auto


def test_dsn_multipart_report_is_auto_submitted() -> None:
    raw = (b"From: postmaster@mx.example\r\nTo: rep@nhs.net\r\nSubject: Undeliverable\r\n"
           b"Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n"
           b"--b\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n"
           b"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\n"
           b"Final-Recipient: rfc822; x@y\r\nAction: failed\r\n--b--\r\n")
    p = parse_message(raw)
    assert p.auto_submitted and p.sections[0].text == "Delivery failed."


# ------------------------------------------------------------------- bodies


@pytest.mark.parametrize("cte", ["quoted-printable", "base64", "8bit"])
def test_transfer_encodings(cte: str) -> None:
    body = LETTER + "Name: Zoë Ó Súilleabháin — ward 7\n"
    p = parse_message(simple(body, cte=cte).as_bytes())
    assert p.sections[0].text == body.strip()


@pytest.mark.parametrize(("declared", "payload"), [
    ("us-ascii", "Zoë Ó Súilleabháin".encode()),          # utf-8 bytes, wrong label
    ("x-no-such-charset", "Zoë Ó Súilleabháin".encode()),  # unknown label
    ("utf-8", "Zoë ‘Súilleabháin’".encode("cp1252")),      # cp1252 bytes labelled utf-8
    ("iso-8859-1", "Zoë".encode("latin-1")),
])
def test_wrong_and_unknown_charsets_never_fail(declared: str, payload: bytes) -> None:
    raw = (f"From: a@nhs.net\nSubject: x\nContent-Type: text/plain; charset={declared}\n"
           "Content-Transfer-Encoding: 8bit\n\n").encode() + payload + b"\nNHS 943 476 5919\n"
    p = parse_message(raw)
    assert p.parse_status == "ok"
    assert "Zoë" in p.sections[0].text and "943 476 5919" in p.sections[0].text


def test_html_only_body_becomes_text() -> None:
    html = ("<html><head><style>.x{color:red}</style></head><body><p>Dear&nbsp;team,</p>"
            "<p>Patient: <b>Joan PATIENT</b><br>NHS No: 943&nbsp;476&nbsp;5919</p>"
            "<script>var secret=1;</script></body></html>")
    p = parse_message(simple(html, subtype="html").as_bytes())
    assert p.sections[0].text == "Dear team,\n\nPatient: Joan PATIENT\nNHS No: 943 476 5919"


def test_alternative_prefers_plain_and_html_with_inline_forward() -> None:
    msg = simple("plain version\n" + LETTER)
    msg.add_alternative("<p>html version</p>", subtype="html")
    assert parse_message(msg.as_bytes()).sections[0].text.startswith("plain version")
    html = ("<p>See below</p><div>________________________________</div>"
            "<div><b>From:</b> Ann Staff &lt;ann@nhs.net&gt;<br><b>Sent:</b> 1 June 2025 09:00<br>"
            "<b>To:</b> wrong@gmail.com<br><b>Subject:</b> Letter</div><p>" + LETTER + "</p>")
    p = parse_message(simple(html, subtype="html").as_bytes())
    assert [s.where for s in p.sections] == ["body", "forwarded:1"]
    assert p.forwarded[0].sender.email == "ann@nhs.net" and p.forwarded[0].to[0].email == "wrong@gmail.com"
    assert p.sections[1].text.startswith("Re: Mrs Joan PATIENT")


def test_inline_three_level_forward_gives_forwarded_1_2_3() -> None:
    body = ("Reporting this.\n\n-----Original Message-----\nFrom: A <a@nhs.net>\nSent: 1 June 2025\n"
            "To: b@nhs.net\nSubject: FW: FW: x\n\nSee below\n\n"
            "---------- Forwarded message ---------\nFrom: B <b@nhs.net>\nDate: 1 June 2025 at 08:00\n"
            "Subject: FW: x\nTo: <c@nhs.net>\n\nSent to me by mistake\n\n"
            "________________________________\nFrom: C <c@nhs.net>\nSent: 31 May 2025\nTo: d@gmail.com\n"
            "Subject: x\n\n" + LETTER)
    p = parse_message(simple(body).as_bytes())
    assert [s.where for s in p.sections] == ["body", "forwarded:1", "forwarded:2", "forwarded:3"]
    assert [h.sender.email for h in p.forwarded] == ["a@nhs.net", "b@nhs.net", "c@nhs.net"]
    assert NHS in p.sections[3].text and NHS not in "".join(s.text for s in p.sections[:3])


# ------------------------------------------------------- forward-as-attachment


def test_nested_message_rfc822_numbered_by_depth() -> None:
    p = parse_message(forward_chain(3))
    assert [s.where for s in p.sections] == ["body", "forwarded:1", "forwarded:2", "forwarded:3"]
    assert [h.sender.email for h in p.forwarded] == ["l1@nhs.net", "l2@nhs.net", "l3@example.com"]
    assert p.sections[1].text == "Forwarding, level 1." and NHS in p.sections[3].text
    assert p.parse_status == "ok" and not p.truncated


def test_depth_limit_is_a_note_not_a_crash() -> None:
    p = parse_message(forward_chain(6), limits=ParseLimits(max_depth=2))
    assert [s.where for s in p.sections] == ["body", "forwarded:1", "forwarded:2"]
    assert p.truncated and any("nesting deeper than 2" in n for n in p.notes)
    assert p.attachments[-1].extracted == "skipped: nesting deeper than 2"


def test_attachments_inside_forwarded_message_are_processed() -> None:
    inner = MIMEMultipart()
    inner["From"] = "Sender <s@nhs.net>"
    inner["Subject"] = "list"
    inner.attach(MIMEText("see attached", "plain"))
    att = MIMEApplication(b"NHS Number,Name\n9434765919,Joan\n", "csv", Name="list.csv")
    att.add_header("Content-Disposition", "attachment", filename="list.csv")
    inner.attach(att)
    top = MIMEMultipart()
    top["From"] = "rep@nhs.net"
    top.attach(MIMEText("fyi", "plain"))
    top.attach(MIMEMessage(inner))
    p = parse_message(top.as_bytes())
    assert [s.where for s in p.sections] == ["body", "forwarded:1"]
    assert p.tables[0].where == "attachment:list.csv" and p.tables[0].rows == [[NHS, "Joan"]]


# --------------------------------------------------------------- limits


def test_total_text_limit_truncates_with_note() -> None:
    p = parse_message(simple("x" * 5000).as_bytes(), limits=ParseLimits(max_text_chars_total=1000))
    assert p.truncated and len(p.sections[0].text) == 1000
    assert "truncated: message text over 1000 characters" in p.notes


def test_per_part_limit_truncates_with_note() -> None:
    p = parse_message(simple("y" * 5000).as_bytes(), limits=ParseLimits(max_text_chars_per_part=300))
    assert p.truncated and len(p.sections[0].text) == 300
    assert any(n.startswith("truncated: ") and "over 300 characters" in n for n in p.notes)


def test_notes_never_carry_body_text() -> None:
    msg = simple(LETTER)
    msg.add_attachment(b"%PDF-1.4 broken " + NHS.encode(), maintype="application", subtype="pdf",
                       filename="report.pdf")
    p = parse_message(msg.as_bytes())
    assert p.parse_status == "partial"
    assert any(n.startswith("unparseable part: application/pdf (report.pdf): ") for n in p.notes)
    assert not any(NHS in n or "PATIENT" in n for n in p.notes)


# --------------------------------------------------------- hostile input


@pytest.mark.parametrize("raw", [b"", b"   \r\n", b"\x00" * 100], ids=["empty", "blank", "nul"])
def test_empty_input_is_unparseable(raw: bytes) -> None:
    p = parse_message(raw)
    assert p.parse_status == "unparseable" and p.size == len(raw) and not p.sections


@pytest.mark.parametrize("seed", range(8))
def test_garbage_bytes_never_raise(seed: int) -> None:
    rng = random.Random(seed)
    raw = bytes(rng.randrange(256) for _ in range(rng.choice([10, 500, 20_000])))
    p = parse_message(raw)
    assert isinstance(p, ParsedMessage) and p.parse_status in ("ok", "partial", "unparseable")
    assert not any("\ufffd" * 3 in s.text for s in p.sections)


@pytest.mark.parametrize("raw", [
    b"From: a@b\r\nContent-Type: multipart/mixed; boundary=\"zzz\"\r\n\r\n--zzz\r\n",
    b"From: a@b\r\nContent-Type: multipart/mixed\r\n\r\nno boundary at all",
    b"From: a@b\r\nContent-Type: text/plain; charset=\"\r\nContent-Transfer-Encoding: base64\r\n\r\n@@@!!",
    b"From: \"unterminated <x@y\r\nTo: ,,,;;<>\r\nSubject: =?bogus?Q?x?=\r\n\r\nbody",
    b"Content-Type: message/rfc822\r\n\r\nContent-Type: message/rfc822\r\n\r\nnot really",
    b"From: a@b\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" + b"--b\r\n\r\n" * 3000,
], ids=["unterminated", "no-boundary", "bad-charset-param", "bad-addresses", "rfc822-chain", "3000-parts"])
def test_broken_mime_never_raises(raw: bytes) -> None:          # time taken: bench/bounded.py
    p = parse_message(raw)
    assert p.parse_status in ("ok", "partial", "unparseable") and p.sha256


def test_missing_start_boundary_is_recovered() -> None:
    raw = (b"From: a@nhs.net\r\nSubject: x\r\nContent-Type: multipart/alternative; boundary=\"declared\"\r\n\r\n"
           b"--actual\r\nContent-Type: text/plain\r\n\r\nNHS 943 476 5919\r\n--actual--\r\n")
    p = parse_message(raw)
    assert p.sections[0].text == "NHS 943 476 5919"
    assert any(n.startswith("MIME defects:") for n in p.notes)


def test_big_message_is_bounded() -> None:
    msg = simple(LETTER)
    msg.add_attachment(random.Random(1).randbytes(2_000_000), maintype="application",   # 20 MB: bench/bounded.py
                       subtype="octet-stream", filename="blob.bin")
    p = parse_message(msg.as_bytes(), limits=ParseLimits(max_attachment_bytes=1_000_000))
    assert p.attachments[0].extracted == "skipped: over 1000000 bytes" and p.truncated
    assert p.attachments[0].size == 2_000_000 and NHS in p.sections[0].text


# --------------------------------------------------------- valid text, lenient structure


def test_raw_8bit_headers_leave_no_surrogates() -> None:
    raw = (b"From: J\xc3\xa9r\xc3\xb4me \xe9 <a@nhs.net>\r\nTo: Zo\xeb <z@x.org>\r\n"
           b"Subject: Zo\xc3\xab \xe9t\xe9 \x1b[31mred\r\n\r\nbody \xff\r\n")
    p = parse_message(raw)
    assert p.headers.subject == "Zoë été [31mred"       # UTF-8 where UTF-8, cp1252 where not; no ESC
    assert p.headers.sender.name == "Jérôme é" and p.headers.to[0].name == "Zoë"
    for s in [p.headers.subject, p.headers.sender.name, *(s.text for s in p.sections)]:
        s.encode("utf-8", "strict")


def test_boundary_with_a_space_in_it_is_not_mistaken_for_trailing_text() -> None:
    raw = (b'From: a@nhs.net\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary="a b"\r\n\r\n'
           b"--a b\r\nContent-Type: text/plain\r\n\r\nNHS 943 476 5919\r\n--a b--\r\n")
    p = parse_message(raw)
    assert p.sections[0].text == "NHS 943 476 5919" and not any("trailing" in n for n in p.notes)


def test_parts_over_the_limit_are_cut_before_parsing() -> None:
    raw = (b"From: a@b\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
           + b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" * 5000 + b"--b--\r\n")
    p = parse_message(raw)
    assert p.truncated and "truncated: over 1000 MIME parts" in p.notes


def test_huge_address_list_is_cut_at_an_address() -> None:
    to = ", ".join(f"p{i}@x.nhs.uk" for i in range(20_000))
    p = parse_message(f"From: a@nhs.net\r\nTo: {to}\r\nSubject: x\r\n\r\nhi\r\n".encode())
    assert 1000 < len(p.headers.to) < 20_000 and all(x.email.endswith("@x.nhs.uk") for x in p.headers.to)
