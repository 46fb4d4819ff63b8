"""End to end: the real daemon process, a real SMTP client, the real store and spaCy model.

Each daemon start costs seconds (a spawned worker loads spaCy), so each test
covers several things with one daemon.
"""

from __future__ import annotations

import json
import signal
import smtplib
import socket
import subprocess
import sys
import threading
import time
from email import message_from_bytes
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path

import pytest

from breachdesk.demo import crlf
from ingest.process import analysed
from ingest.spool import Envelope, Spool
from tests.conftest import SAMPLES, free_port
from tests.functional.daemon import MAILBOX, Relay, ServeProcess, send, write_cfg

pytestmark = pytest.mark.slow
SENT = ["011-inline-forward-outlook.eml", "007-scotland-chi.eml", "014-near-miss-no-identifiers.eml",
        "016-special-hiv-keyword.eml", "013-forward-as-attachment.eml"]


@pytest.fixture
def nlp() -> None:
    pytest.importorskip("nlp.pipeline", reason="nlp/ is not in this tree yet")


def _refused(port: int, timeout: float = 5) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
        except ConnectionRefusedError:
            return True
        time.sleep(0.05)
    return False


def _secrets(names: list[str]) -> set[str]:
    """Identifier values, data-subject names and subject lines of the samples sent."""
    out: set[str] = set()
    for line in (SAMPLES / "truth.jsonl").read_text().splitlines():
        row = json.loads(line)
        if row["file"] in names:
            out.update(v for vals in row.get("identifiers", {}).values() for v in vals)
            out.update(row.get("names", []))
    for n in names:
        subject = str(message_from_bytes((SAMPLES / n).read_bytes())["Subject"] or "")
        out.add(subject.split(":", 1)[-1].strip())
    return {s for s in out if len(s) >= 5}


def test_reports_become_incidents_with_acks_alerts_duplicates_and_no_leaks(tmp_path: Path, nlp: None) -> None:
    with Relay() as relay:
        cfg = write_cfg(tmp_path, mailbox='dpo_alerts = ["dpo@example.nhs.uk"]',
                        relay=f'host = "127.0.0.1"\nport = {relay.port}\nretry_seconds = [1]')
        d = ServeProcess(cfg, tmp_path / "serve.log").start()
        try:
            for name in SENT:      # acknowledgements go to the envelope sender: the reporter's own MTA's
                raw = (SAMPLES / name).read_bytes()
                assert send(d.port, raw, sender=parseaddr(str(message_from_bytes(raw)["From"]))[1])[0] == 250
            # the same original forwarded by a second member of staff
            twice = (SAMPLES / "013-forward-as-attachment.eml").read_bytes().replace(
                b"From: Lesley Moffat <lesley.moffat2@nhs.net>", b"From: Ann Other <ann.other@nhs.net>", 1)
            assert send(d.port, twice, sender="ann.other@nhs.net")[0] == 250
            # an out-of-office reply: filed, never acknowledged
            ooo = b"Auto-Submitted: auto-replied\nFrom: away@nhs.net\nSubject: Out of office\n\nBack Monday.\n"
            assert send(d.port, ooo, sender="away@nhs.net")[0] == 250
            d.wait_incidents(len(SENT) + 2)
            # filed first from their headers: wait until every one is analysed (the duplicate closed)
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not all(analysed(i) for i in d.store.list_incidents()):
                time.sleep(0.2)
            incs = d.store.list_incidents()
            # the second report of the same original was filed first, then closed into the first
            closed = [i for i in incs if i.parse_status == "duplicate"]
            incs = [i for i in incs if i.parse_status != "duplicate"]
            assert len(incs) == len(SENT) + 1 and len(closed) == 1
            assert closed[0].status == "closed"
            by_subject = {i.subject: i for i in incs}
            outlook = by_subject["FW: Patient information"]
            assert outlook.identifier_counts.get("nhs_number") == 1
            assert outlook.reporter == "vikram.sethi2@nhs.net"
            dup = next(i for i in incs if len(i.reporters) == 2)
            assert sorted(dup.reporters) == ["ann.other@nhs.net", "lesley.moffat2@nhs.net"]
            assert dup.received_at == min(dup.received_at, closed[0].received_at)   # the clock from the first
            detail = d.store.detail(dup.ref)
            assert detail["forwarded"][0]["message_id"] == "<57d5341a46f9e849.2b2f1661@eur.prod.outlook.com>"
            reportable = [i for i in incs if i.reportable]
            got = relay.wait(len(SENT) + 1 + len(reportable))
            acks = [m for _, _, m in got if m["Auto-Submitted"] == "auto-replied"]
            alerts = [m for _, rcpts, m in got if rcpts == ["dpo@example.nhs.uk"]]
            assert len(acks) == len(SENT) + 1                     # one per reporter, none for the auto-reply
            assert {m["To"] for m in acks} >= {"vikram.sethi2@nhs.net", "ann.other@nhs.net"}
            assert "away@nhs.net" not in {m["To"] for m in acks}
            assert len(alerts) == len(reportable) >= 1
            out = subprocess.run([sys.executable, "-m", "breachdesk", "--config", str(cfg), "list", "--json"],
                                 capture_output=True, text=True, timeout=60)
            assert out.returncode == 0, out.stderr
            # the out-of-office is kept apart as not a report (``list --not-reports``)
            assert {r["ref"] for r in json.loads(out.stdout)} == {i.ref for i in incs + closed
                                                                  if i.status != "not_a_report"}
            assert [i.status for i in incs].count("not_a_report") == 1
            assert "4795095396" not in out.stdout
        finally:
            assert d.terminate() == 0
    secrets = _secrets(SENT)
    log = (tmp_path / "serve.log").read_text()
    assert "accepted spool=" in log and " -> BD-" in log
    leaked = sorted(s for s in secrets if s in log)
    assert not leaked, f"personal data or subjects in the daemon's log: {leaked}"
    for _, _, m in got:
        assert not [s for s in secrets if s in m.as_string()]


def test_sighup_reloads_policy_and_sigterm_finishes_the_message_in_flight(tmp_path: Path, nlp: None) -> None:
    cfg = write_cfg(tmp_path)
    d = ServeProcess(cfg, tmp_path / "serve.log").start()
    try:
        open_before = smtplib.SMTP("127.0.0.1", d.port, timeout=30)
        open_before.ehlo()
        with smtplib.SMTP("127.0.0.1", d.port, timeout=30) as c:
            c.ehlo()
            c.mail("nurse@nhs.net")
            assert c.rcpt("ig@example.nhs.uk")[0] == 550
        write_cfg(tmp_path, mailbox='addresses = ["breach@example.nhs.uk", "ig@example.nhs.uk"]')
        d.signal(signal.SIGHUP)
        d.wait_log("config reloaded (SIGHUP)")
        d.wait_log("worker: config and patterns reloaded", timeout=240)   # after the model loads
        with smtplib.SMTP("127.0.0.1", d.port, timeout=30) as c:
            c.ehlo()
            c.mail("nurse@nhs.net")
            assert c.rcpt("ig@example.nhs.uk")[0] == 250
        assert open_before.noop()[0] == 250                   # not dropped by the reload
        open_before.sendmail("nurse@nhs.net", [MAILBOX], crlf((SAMPLES / "007-scotland-chi.eml").read_bytes()))
        open_before.quit()
        # a broken config is refused; the running one stays
        size = len(d.log.read_text())
        cfg.write_text(cfg.read_text().replace("[smtp]", "[smtp]\nprot = 25"))
        d.signal(signal.SIGHUP)
        d.wait_log("config reload refused, keeping the old config", start=size)
        assert "smtp.prot" in d.log.read_text()[size:]
        with smtplib.SMTP("127.0.0.1", d.port, timeout=30) as c:
            c.ehlo()
            c.mail("nurse@nhs.net")
            assert c.rcpt("ig@example.nhs.uk")[0] == 250
        d.wait_incidents(1)
        # SIGTERM while a message is half sent: it still gets its 250 and is spooled
        c = smtplib.SMTP("127.0.0.1", d.port, timeout=30)
        c.ehlo()
        c.mail("nurse@nhs.net")
        c.rcpt(MAILBOX)
        c.putcmd("data")
        assert c.getreply()[0] == 354
        body = crlf((SAMPLES / "016-special-hiv-keyword.eml").read_bytes())
        c.send(body[:200])
        d.signal(signal.SIGTERM)
        d.wait_log("stopping: no new connections")
        assert _refused(d.port)                               # no new connections...
        c.send(body[200:] + b"\r\n.\r\n")
        code, msg = c.getreply()
        assert code == 250, msg                               # ...but the one in flight is finished
        sid = msg.decode().rsplit(" ", 1)[-1]
        c.close()
        assert d.proc.wait(60) == 0
    finally:
        if d.proc.poll() is None:
            d.kill()
    assert Spool(d.store.root / "spool").raw_path(sid) is not None
    assert "stopped" in d.log.read_text()


def test_refuses_to_start_when_the_port_is_taken_or_the_spool_is_unusable(tmp_path: Path) -> None:
    cfg = write_cfg(tmp_path)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        out = subprocess.run([sys.executable, "-m", "breachdesk", "--config", str(cfg), "serve", "--port",
                              str(port)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    assert f"port {port} on 127.0.0.1 is already in use" in out.stderr
    assert "Traceback" not in out.stderr
    (tmp_path / "b").mkdir()
    cfg = write_cfg(tmp_path / "b")
    spool_tmp = tmp_path / "b" / "data" / "spool" / "tmp"
    spool_tmp.parent.mkdir(parents=True)
    spool_tmp.write_text("a file where the spool's tmp/ folder should be")   # fails even for root
    out = subprocess.run([sys.executable, "-m", "breachdesk", "--config", str(cfg), "serve", "--port",
                          str(free_port())], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    assert "spool" in out.stderr and "not usable" in out.stderr
    assert "Traceback" not in out.stderr


def _unique_report(i: int) -> bytes:
    m = EmailMessage()
    m["From"] = f"Staff {i} <staff{i}@nhs.net>"
    m["To"] = MAILBOX
    m["Subject"] = f"Possible breach {i}"
    m["Message-ID"] = f"<killtest-{i}-{time.time_ns()}@nhs.net>"
    m.set_content(f"Report number {i}. A letter went to the wrong address. Token {time.time_ns()}.\n")
    return bytes(m)


def test_sigkill_mid_stream_loses_no_accepted_message(tmp_path: Path, nlp: None) -> None:
    cfg = write_cfg(tmp_path)
    d = ServeProcess(cfg, tmp_path / "serve.log")
    spool = Spool(d.store.root / "spool")
    left = spool.write(Envelope(mail_from="nurse@nhs.net", rcpt_tos=[MAILBOX]), _unique_report(0))
    d.start()
    accepted: list[str] = []
    stop = threading.Event()

    def stream() -> None:
        for i in range(1, 400):
            if stop.is_set():
                return
            try:
                code, msg = send(d.port, _unique_report(i), sender=f"staff{i}@nhs.net")
            except (OSError, smtplib.SMTPException):
                return
            if code == 250:
                accepted.append(msg.decode().rsplit(" ", 1)[-1])

    t = threading.Thread(target=stream)
    t.start()
    while len(accepted) < 25 and t.is_alive():
        time.sleep(0.01)
    d.kill()  # SIGKILL in the middle of the stream
    stop.set()
    t.join(30)
    n = len(accepted)
    assert n >= 25
    d2 = ServeProcess(cfg, tmp_path / "serve2.log").start()
    try:
        d2.wait_incidents(n + 1)
        time.sleep(1.0)  # let a message spooled but not answered (killed mid-reply) be filed too
        spool_ids = [i.spool_id for i in d2.store.list_incidents()]
        # every message answered 250 (and the one left in the spool) became exactly one incident...
        assert set(accepted) | {left} <= set(spool_ids)
        assert len(set(spool_ids)) == len(spool_ids)
        # ...and at most the one message in flight at the kill was spooled without its 250 arriving
        assert len(spool_ids) - len(accepted) - 1 <= 1
        assert not list(d2.store.root.joinpath("spool", "incoming").glob("*.msg"))
        print(f"SIGKILL test: {n} answered 250, {len(spool_ids)} incidents after restart")
    finally:
        d2.terminate()


def test_demo_no_tui_prints_the_queue(nlp: None) -> None:
    out = subprocess.run([sys.executable, "-m", "breachdesk", "demo", "--no-tui"], capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "sending 17 sample reports by SMTP" in out.stdout
    assert out.stdout.count("BD-") >= 10
