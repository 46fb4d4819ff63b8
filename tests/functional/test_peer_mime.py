"""Other projects' MIME test messages through the ``scan`` path; the structures mail clients get wrong.

Every message in ``tests/data/peer_mime`` (see its README for the projects and licences)
goes through :class:`ingest.process.Engine` as ``breachdesk scan`` sends it: parse, then the
real spaCy analysis. None may raise; every string that comes out must be valid text (no
surrogates from raw 8-bit headers, no control characters) and encode as strict UTF-8
JSON. Then the structures that used to go unread are checked for what they hold: unquoted
RFC 2047 file names, base64 message/rfc822 forwards, HTML alternatives behind a text stub,
TNEF attachments without a known extension, boundary lines with trailing text, 8-bit
headers — and an attachment that cannot be read is named in a note.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import os
import re
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from breachdesk.model import Analysis, ParsedMessage
from breachdesk.settings import load_settings
from ingest.process import Engine
from tests.conftest import DATA, write_config

PEER = DATA / "peer_mime"
FILES = sorted(p for p in PEER.rglob("*") if p.is_file() and p.name != "README.md")
BAD_CHARS = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
NHS, NHS_SPACED = "4010232137", "401 023 2137"


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """One Engine (one spaCy load) for every test here."""
    return Engine(load_settings(write_config(tmp_path_factory.mktemp("peer"))))


def as_message(path: Path) -> bytes:
    """The fixture as a message: a bare TNEF stream is sent the way Outlook does, as winmail.dat."""
    raw = path.read_bytes()
    if path.suffix != ".tnef":
        return raw
    m = EmailMessage()
    m["From"] = "Ward Clerk <ward.clerk@nhs.net>"
    m["To"] = "breach@example.nhs.uk"
    m["Subject"] = "FW: list"
    m.set_content("see attached")
    m.add_attachment(raw, maintype="application", subtype="ms-tnef", filename="winmail.dat")
    return m.as_bytes()


def strings(obj: Any) -> list[str]:
    """Every string held anywhere in a dataclass tree."""
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, (list, tuple)):
        return [s for x in obj for s in strings(x)]
    if isinstance(obj, dict):
        return [s for k, v in obj.items() for s in strings(k) + strings(v)]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return [s for f in dataclasses.fields(obj) for s in strings(getattr(obj, f.name))]
    return []


def run(engine: Engine, raw: bytes) -> tuple[ParsedMessage, Analysis]:
    parsed = engine.parse(raw)
    analysis = engine.analyse(parsed)
    bad = [s[:80] for s in strings(parsed) + strings(analysis) if BAD_CHARS.search(s)]
    assert not bad, bad
    line = json.dumps(analysis.to_scan_json("x.eml", explain=True), ensure_ascii=False)
    line.encode("utf-8", "strict")
    return parsed, analysis


def text_of(p: ParsedMessage) -> str:
    return "\n".join(s.text for s in p.sections)


def test_peer_corpus_present() -> None:
    assert len(FILES) >= 30
    assert {p.parent.name for p in FILES} == {"flanker", "rubymail", "php-mime-mail-parser", "zbateson",
                                              "tnefparse", "cpython"}


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_peer_message_is_analysed_as_valid_text(engine: Engine, path: Path) -> None:
    parsed, _ = run(engine, as_message(path))
    assert parsed.parse_status in ("ok", "partial", "unparseable")
    assert parsed.headers.subject or parsed.headers.sender.email or parsed.sections
    for a in parsed.attachments:
        if a.extracted.startswith(("skipped: ", "error: ")):
            assert any(a.name in n and "could not be read" in n for n in parsed.notes), (a, parsed.notes)


# ------------------------------------------------ the structures, in the peers' messages


def peer(engine: Engine, name: str) -> ParsedMessage:
    return run(engine, as_message(PEER / name))[0]


def test_raw_8bit_headers_become_text(engine: Engine) -> None:
    assert peer(engine, "rubymail/rfc6532_utf8_headers.eml").headers.subject == "Säying Hello"
    bad = peer(engine, "flanker/mailformed-headers.eml")
    assert bad.headers.sender.name.startswith("Юникод запрещен") and bad.sections[0].text == "Hello"
    assert peer(engine, "flanker/from-encoding.eml").headers.sender.name == "Ingo Lütkebohle"


def test_unquoted_encoded_word_filename(engine: Engine) -> None:
    p = peer(engine, "rubymail/attachment_emails_attachment_with_base64_encoded_name.eml")
    assert [a.name for a in p.attachments] == ["This is a test.pdf"]


def test_base64_message_rfc822_forward_is_decoded(engine: Engine) -> None:
    p = peer(engine, "php-mime-mail-parser/issue274.eml")
    fwd = [s for s in p.sections if s.role == "forwarded"]
    assert fwd and "j'ai été invité à déjeûner" in fwd[0].text
    assert fwd[0].headers is not None and fwd[0].headers.sender.email
    assert not re.search(r"[A-Za-z0-9+/]{60,}", text_of(p))   # no base64 left as text
    assert "test-localhost.eml" in [a.name for a in p.attachments]


@pytest.mark.parametrize(("name", "attachment", "words"), [
    ("tnefparse/long-filename.tnef", "allproductsmar2000.dat", "FEATURE QARun_Developer"),
    ("tnefparse/one-file.tnef", "AUTHORS", "Authors of tnef"),
    ("tnefparse/two-files.tnef", "README", "TNEF"),
    ("tnefparse/umlaut.tnef", "UmlautAnhang-äüö.txt", "TEST äöü"),
])
def test_tnef_attachments_without_a_known_type_are_read(engine: Engine, name: str, attachment: str,
                                                        words: str) -> None:
    p = peer(engine, name)
    assert {a.name: a.extracted for a in p.attachments}[attachment] == "text"
    assert words in next(s.text for s in p.sections if s.where == f"attachment:{attachment}")


def test_tnef_attachment_of_no_known_format_is_named(engine: Engine) -> None:
    p = peer(engine, "tnefparse/data-before-name.tnef")
    assert "boot loader" in text_of(p)                       # boot.ini: read as text
    assert any(n.startswith("1 attachment could not be read: CONFIG.SYS (unknown format")
               for n in p.notes), p.notes


def test_ms_tnef_that_is_not_tnef_is_named(engine: Engine) -> None:
    p = peer(engine, "zbateson/m4006.txt")
    assert "1 attachment could not be read: winmail.dat (ValueError)" in p.notes


@pytest.mark.parametrize(("name", "text"), [
    ("flanker/dashed-boundaries.eml", "Hi"),
    ("flanker/missing-final-boundary.eml", "Some body"),
    ("rubymail/mime_emails_raw_email_with_illegal_boundary.eml", "This is an outlook test"),
    ("cpython/msg_15.txt", "Some removed test."),
])
def test_odd_boundaries_still_give_the_text(engine: Engine, name: str, text: str) -> None:
    assert text in text_of(peer(engine, name))


# ------------------------------------------------ the structures, with patient data


def _message(**headers: str) -> EmailMessage:
    m = EmailMessage()
    m["From"] = "Ward Clerk <ward.clerk@nhs.net>"
    m["To"] = "breach@example.nhs.uk"
    m["Subject"] = "FW: list"
    for k, v in headers.items():
        m[k] = v
    return m


def nhs_numbers(a: Analysis) -> list[str]:
    return [i.value for i in a.identifiers if i.kind == "nhs_number"]


def test_8bit_subject_with_a_patient_is_analysed(engine: Engine) -> None:
    raw = (b"From: Ward Clerk <ward.clerk@nhs.net>\nTo: breach@example.nhs.uk\n"
           b"Subject: FW: Zo\xc3\xab Okonkwo \xe9t\xe9 NHS 401 023 2137\nContent-Type: text/plain\n\nsee subject\n")
    p, a = run(engine, raw)
    assert p.headers.subject == f"FW: Zoë Okonkwo été NHS {NHS_SPACED}"
    assert NHS in nhs_numbers(a)


def test_8bit_forwarded_to_header_never_reaches_output_raw(engine: Engine) -> None:
    inner = (b"From: Dr A <a@nhs.net>\nTo: J\xe9r\xf4me <jerome@gmail.com>\nSubject: clinic\n\n"
             b"Patient NHS 401 023 2137\n")
    m = _message()
    m.set_content("see attached")
    m.add_attachment(inner, maintype="message", subtype="rfc822", filename="fwd.eml")
    p, a = run(engine, m.as_bytes())
    assert p.forwarded[0].to[0].name == "Jérôme"
    assert NHS in nhs_numbers(a)


def test_encoded_word_filename_csv_of_patients_is_read(engine: Engine) -> None:
    csv = f"Name,NHS number,DOB\nZanele Okonkwo,{NHS_SPACED},17/09/1958\n".encode()
    word = "=?utf-8?B?" + base64.b64encode(b"patients.csv").decode() + "?="
    raw = (f"From: a@nhs.net\nTo: breach@example.nhs.uk\nSubject: list\nMIME-Version: 1.0\n"
           f'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nsee attached\n'
           f"--b\nContent-Type: application/octet-stream; name={word}\n"
           f"Content-Disposition: attachment; filename={word}\nContent-Transfer-Encoding: base64\n\n"
           f"{base64.b64encode(csv).decode()}\n--b--\n").encode()
    p, a = run(engine, raw)
    assert [(x.name, x.extracted) for x in p.attachments] == [("patients.csv", "table")]
    assert p.tables[0].rows == [["Zanele Okonkwo", NHS_SPACED, "17/09/1958"]]
    assert NHS in nhs_numbers(a)


def test_base64_rfc822_forward_of_a_patient_is_read(engine: Engine) -> None:
    inner = b"From: Dr A <a@nhs.net>\nTo: x@gmail.com\nSubject: clinic\n\nPatient Zanele Okonkwo NHS 401 023 2137\n"
    raw = (b'From: a@nhs.net\nTo: breach@example.nhs.uk\nSubject: fw\nMIME-Version: 1.0\n'
           b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nsee attached\n'
           b'--b\nContent-Type: message/rfc822; name="fwd.eml"\nContent-Transfer-Encoding: base64\n\n'
           + base64.encodebytes(inner) + b"--b--\n")
    p, a = run(engine, raw)
    fwd = next(s for s in p.sections if s.role == "forwarded")
    assert fwd.text == f"Patient Zanele Okonkwo NHS {NHS_SPACED}" and fwd.headers.subject == "clinic"
    assert NHS in nhs_numbers(a)


def test_html_alternative_behind_a_text_stub_is_read(engine: Engine) -> None:
    m = _message()
    m.set_content("Your mail client cannot display this message.")
    m.add_alternative(f"<p>Patient Zanele Okonkwo, NHS {NHS_SPACED}, DOB 17/09/1958</p>", subtype="html")
    p, a = run(engine, m.as_bytes())
    assert NHS_SPACED in p.sections[0].text and NHS in nhs_numbers(a)


def test_html_alternative_that_repeats_the_text_is_not_read_twice(engine: Engine) -> None:
    m = _message()
    m.set_content(f"Patient Zanele Okonkwo, NHS {NHS_SPACED}")
    m.add_alternative(f"<div>Patient <b>Zanele Okonkwo</b>, NHS {NHS_SPACED}</div>", subtype="html")
    p, _ = run(engine, m.as_bytes())
    assert p.sections[0].text.count(NHS_SPACED) == 1


def test_boundary_lines_with_trailing_text(engine: Engine) -> None:
    raw = (b'From: a@nhs.net\nTo: breach@example.nhs.uk\nSubject: x\nMIME-Version: 1.0\n'
           b'Content-Type: multipart/mixed; boundary="b1"\n\n--b1 some trailing text\nContent-Type: text/plain\n\n'
           b"Patient Zanele Okonkwo NHS 401 023 2137\n--b1-- trailing\n")
    p, a = run(engine, raw)
    assert p.parse_status == "ok" and p.sections[0].text == f"Patient Zanele Okonkwo NHS {NHS_SPACED}"
    assert "MIME boundary lines with trailing text: 2 read as boundaries" in p.notes
    assert NHS in nhs_numbers(a)


# ------------------------------------------------ breachdesk scan over all of them


def _scan(tmp_path: Path, *paths: Path | str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BREACHDESK_")}
    env["PYTHONIOENCODING"] = "utf-8:strict"
    return subprocess.run([sys.executable, "-m", "breachdesk", "--config", str(write_config(tmp_path)), "scan",
                           "--json", *map(str, paths)], capture_output=True, text=True, encoding="utf-8",
                          errors="strict", timeout=600, env=env)


def test_scan_json_is_strict_utf8_for_every_peer_message(tmp_path: Path) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    for path in FILES:
        (folder / f"{path.parent.name}-{path.stem}.eml").write_bytes(as_message(path))
    (folder / "8bit-\udce9.eml").write_bytes(  # a file name in no valid encoding, too
        b"From: a@nhs.net\nSubject: Zo\xc3\xab \xe9t\xe9 NHS 401 023 2137\n\nhi\n")
    out = _scan(tmp_path, folder)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.splitlines()
    assert len(lines) == len(FILES) + 1
    rows = [json.loads(line) for line in lines]
    assert any(r["source"].endswith("8bit-é.eml") for r in rows)   # byte 0xe9 read as cp1252
    assert "Traceback" not in out.stderr


def test_scan_goes_on_past_a_message_that_fails(engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """One message whose analysis raises: reported on stderr, exit 2, every other one printed."""
    from breachdesk import cli

    for i in range(3):
        (tmp_path / f"{i}.eml").write_bytes(
            f"From: a@nhs.net\nSubject: report {i}\n\n{'POISON' if i == 1 else 'fine'} NHS {NHS_SPACED}\n".encode())
    real, real_many = engine.analyzer.analyse, engine.analyzer.analyse_many

    def poison(parsed: list[ParsedMessage]) -> None:   # a fault injected at the analyser's boundary
        if any("POISON" in s.text for p in parsed for s in p.sections):
            raise RuntimeError("Zanele Okonkwo 4010232137")

    monkeypatch.setattr(engine.analyzer, "analyse", lambda p: poison([p]) or real(p))
    monkeypatch.setattr(engine.analyzer, "analyse_many", lambda ps: poison(ps) or real_many(ps))
    monkeypatch.setattr("ingest.process.Engine", lambda settings: engine)
    code = cli.main(["--config", str(write_config(tmp_path)), "scan", "--json", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 2
    assert err.strip() == f"breachdesk: error: {tmp_path / '1.eml'}: could not be analysed (RuntimeError)"
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(tmp_path / "0.eml"),
                                                                         str(tmp_path / "2.eml")]
