"""End to end: the real daemon process, a real SMTP client, the real store and spaCy model."""

from __future__ import annotations

import json
import smtplib
import subprocess
import sys
import threading
import time
from email.message import EmailMessage
from pathlib import Path

import pytest

from breachdesk.demo import crlf
from ingest.spool import Envelope, Spool
from tests.conftest import SAMPLES, write_config
from tests.functional.daemon import ServeProcess

MAILBOX = "breach@example.nhs.uk"
pytestmark = pytest.mark.slow


def _send(port: int, raw: bytes, sender: str = "nurse@nhs.net") -> tuple[int, bytes]:
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as c:
        c.ehlo()
        c.mail(sender)
        c.rcpt(MAILBOX)
        return c.data(crlf(raw))


@pytest.fixture
def cfg(tmp_path: Path) -> Path:
    return write_config(tmp_path)


def test_reports_sent_by_smtp_become_incidents_and_list_is_masked(cfg: Path, tmp_path: Path) -> None:
    d = ServeProcess(cfg, tmp_path / "serve.log").start()
    try:
        names = ["011-inline-forward-outlook.eml", "007-scotland-chi.eml", "014-near-miss-no-identifiers.eml"]
        for name in names:
            code, _ = _send(d.port, (SAMPLES / name).read_bytes())
            assert code == 250
        incs = d.wait_incidents(3)
        assert len(incs) == 3
        assert {i.status for i in incs} == {"new"}
        by_subject = {i.subject: i for i in incs}
        outlook = by_subject["FW: Patient information"]
        assert outlook.identifier_counts.get("nhs_number") == 1
        assert outlook.reporter == "vikram.sethi2@nhs.net"
        out = subprocess.run([sys.executable, "-m", "breachdesk", "--config", str(cfg), "list", "--json"],
                             capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        rows = json.loads(out.stdout)
        assert {r["ref"] for r in rows} == {i.ref for i in incs}
        for key in ("ref", "received_at", "reporter", "subject", "status", "subjects", "likelihood",
                    "severity", "reportable", "deadline", "identifier_counts"):
            assert key in rows[0]
        # masked: no identifier value appears in the listing
        assert "4795095396" not in out.stdout
    finally:
        assert d.terminate() == 0
    assert "4795095396" not in (tmp_path / "serve.log").read_text()


def test_message_left_in_the_spool_is_processed_at_next_start(cfg: Path, tmp_path: Path) -> None:
    d = ServeProcess(cfg, tmp_path / "serve.log")
    spool = Spool(d.store.root / "spool")
    sid = spool.write(Envelope(mail_from="nurse@nhs.net", rcpt_tos=[MAILBOX]),
                      (SAMPLES / "016-special-hiv-keyword.eml").read_bytes())
    d.start()
    try:
        incs = d.wait_incidents(1)
        assert incs[0].spool_id == sid
        assert spool.pending() == []
        assert (spool.done / f"{sid}.msg").exists()
    finally:
        d.terminate()


def _unique_report(i: int) -> bytes:
    m = EmailMessage()
    m["From"] = f"Staff {i} <staff{i}@nhs.net>"
    m["To"] = MAILBOX
    m["Subject"] = f"Possible breach {i}"
    m["Message-ID"] = f"<killtest-{i}-{time.time_ns()}@nhs.net>"
    m.set_content(f"Report number {i}. A letter went to the wrong address. Token {time.time_ns()}.\n")
    return bytes(m)


def test_sigkill_mid_stream_loses_no_accepted_message(cfg: Path, tmp_path: Path) -> None:
    d = ServeProcess(cfg, tmp_path / "serve.log").start()
    accepted: list[str] = []
    stop = threading.Event()

    def stream() -> None:
        i = 0
        while not stop.is_set() and i < 400:
            i += 1
            try:
                code, msg = _send(d.port, _unique_report(i))
            except (OSError, smtplib.SMTPException):
                return
            if code == 250:
                accepted.append(msg.decode().rsplit(" ", 1)[-1])

    t = threading.Thread(target=stream)
    t.start()
    while len(accepted) < 15:
        time.sleep(0.01)
    d.kill()  # SIGKILL in the middle of the stream
    stop.set()
    t.join(30)
    n = len(accepted)
    assert n >= 15
    d2 = ServeProcess(cfg, tmp_path / "serve2.log").start()
    try:
        incs = d2.wait_incidents(n)
        time.sleep(1.0)  # let a message spooled but not yet answered (killed mid-reply) be filed too
        incs = d2.store.list_incidents()
        spool_ids = [i.spool_id for i in incs]
        # every message answered 250 became exactly one incident...
        assert set(accepted) <= set(spool_ids)
        assert len(set(spool_ids)) == len(spool_ids)
        # ...and at most the one message in flight at the kill was spooled without its 250 arriving
        assert len(spool_ids) - len(accepted) <= 1
        assert d2.store.root.joinpath("spool", "incoming").is_dir()
        assert not list(d2.store.root.joinpath("spool", "incoming").glob("*.msg"))
    finally:
        d2.terminate()


def test_demo_no_tui_prints_the_queue() -> None:
    out = subprocess.run([sys.executable, "-m", "breachdesk", "demo", "--no-tui"], capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "sending 17 sample reports by SMTP" in out.stdout
    assert out.stdout.count("BD-") >= 10
