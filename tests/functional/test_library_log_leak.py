"""Nothing a parsing library logs about a message reaches stderr or the daemon's log.

mail-parser logs ``Failed decoding header part: <the whole header>`` at ERROR when an
encoded word will not decode; pypdf, tnefparse and extract-msg log fragments of what they
read. A report whose Subject carries a (made-up) patient's name, NHS number and date of
birth next to a broken encoded word, with a broken PDF and a TNEF stream attached, goes
through ``breachdesk scan`` and through the real daemon (``serve -v``: DEBUG logging, SMTP
from a real client). Neither output may hold any of the patient's details.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from email.message import EmailMessage
from pathlib import Path

import pytest

from breachdesk.logs import WithholdForeign, setup_logging
from tests.conftest import write_config
from tests.functional.daemon import ServeProcess, send

pytestmark = pytest.mark.slow
SECRETS = ["Zanele", "Okonkwo-Brightwater", "4010232137", "401 023 2137", "17/09/1958", "Failed decoding"]


def report(*, eight_bit: bool = True) -> bytes:
    m = EmailMessage()
    m["From"] = "Ward Clerk <ward.clerk@nhs.net>"
    m["To"] = "breach@example.nhs.uk"
    m.set_content("see the subject and the attachments")
    m.add_attachment(b"%PDF-1.4\n%" + (b"8" if eight_bit else b"7") +   # two reports, not one merged
                     b"\n1 0 obj << /Type /Catalog /Zanele Okonkwo-Brightwater 4010232137 >>\n"
                     b"trailer << /Root 1 0 R >>\n%%EOF\n", maintype="application", subtype="pdf",
                     filename="letter.pdf")
    m.add_attachment(b"\x78\x9f\x3e\x22\x00\x00" + b"\x01\x04\x80\x01\x00\xff\xff\x00\x00Zanele 4010232137",
                     maintype="application", subtype="ms-tnef", filename="winmail.dat")
    raw = m.as_bytes()
    # a broken encoded word (mail-parser logs the header) and raw 8-bit bytes (surrogates once)
    subject = (b"Subject: FW: Zanele Okonkwo-Brightwater " + (b"\xe9t\xe9 " if eight_bit else b"")
               + b"NHS 401 023 2137 DOB 17/09/1958 =?utf-8?B?a?=\n")
    return subject + raw


def leaks(text: str) -> list[str]:
    return [s for s in SECRETS if s.lower() in text.lower()]


def test_mail_parser_really_logs_the_header_unfiltered() -> None:
    """The premise: without the filter, mail-parser's record holds the header."""
    import mailparser

    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    lg = logging.getLogger("mailparser")
    level, filters = lg.level, list(lg.filters)
    handler = Keep()
    lg.addHandler(handler)
    lg.setLevel(logging.DEBUG)
    try:
        mailparser.parse_from_bytes(report(eight_bit=False))
    finally:
        lg.removeHandler(handler)
        lg.setLevel(level)
    assert any("Okonkwo-Brightwater" in r.getMessage() for r in records)
    r = next(r for r in records if "Okonkwo-Brightwater" in r.getMessage())
    assert WithholdForeign().filter(r) and r.getMessage() == "(message withheld)" and not leaks(r.getMessage())
    assert filters == lg.filters


def test_scan_stderr_has_nothing_from_the_message(tmp_path: Path) -> None:
    paths = [tmp_path / "7bit.eml", tmp_path / "8bit.eml"]
    paths[0].write_bytes(report(eight_bit=False))
    paths[1].write_bytes(report(eight_bit=True))
    env = {k: v for k, v in os.environ.items() if not k.startswith("BREACHDESK_")}
    out = subprocess.run([sys.executable, "-m", "breachdesk", "--config", str(write_config(tmp_path)), "scan",
                          *map(str, paths)], capture_output=True, text=True, timeout=300, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.count("4010232137") >= 2   # both were read (scan's own output shows the values)
    assert not leaks(out.stderr), out.stderr


def test_daemon_log_has_nothing_from_the_message(tmp_path: Path) -> None:
    cfg = write_config(tmp_path)
    log = tmp_path / "serve.log"
    d = ServeProcess(cfg, log)
    env = {k: v for k, v in os.environ.items() if not k.startswith("BREACHDESK_")}
    with open(log, "ab") as fh:
        d.proc = subprocess.Popen([sys.executable, "-m", "breachdesk", "--config", str(cfg), "serve", "-v",
                                   "--ready-file", str(d.ready)], stdout=fh, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + 90
        while not (d.ready.exists() and d.ready.read_text().strip()):
            assert d.proc.poll() is None and time.monotonic() < deadline, log.read_text()[-2000:]
            time.sleep(0.1)
        d.port = int(d.ready.read_text())
        for eight_bit in (False, True):
            code, _ = send(d.port, report(eight_bit=eight_bit))
            assert code == 250
        incidents = d.wait_incidents(2, timeout=180)
    finally:
        assert d.terminate() == 0
    for inc in incidents:
        detail = d.store.detail(inc.ref)
        assert "4010232137" in [i["value"] for i in detail["identifiers"]]   # analysed, not "unparseable"
        assert inc.reporter == "ward.clerk@nhs.net" and inc.status != "unparseable"
    text = log.read_text()
    assert "spool" in text                      # the log is there, and verbose
    assert not leaks(text), [ln for ln in text.splitlines() if leaks(ln)]


def test_setup_logging_withholds_foreign_records(capsys: pytest.CaptureFixture[str]) -> None:
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    try:
        setup_logging(logging.DEBUG)
        logging.getLogger("pypdf._reader").critical("object 4 0: Zanele Okonkwo-Brightwater 4010232137")
        logging.getLogger("some.library").warning("header %s", "Zanele Okonkwo-Brightwater")
        try:
            raise ValueError("Zanele 4010232137")
        except ValueError:
            logging.getLogger("tnefparse").critical("bad", exc_info=True)
        logging.getLogger("breachdesk.worker").info("filed ref=BD-2026-000001")
    finally:
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])
    err = capsys.readouterr().err
    assert not leaks(err), err
    assert "pypdf._reader (message withheld)" in err and "some.library (message withheld)" in err
    assert "tnefparse (message withheld; ValueError)" in err and "filed ref=BD-2026-000001" in err
