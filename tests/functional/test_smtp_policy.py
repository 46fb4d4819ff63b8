"""The mailbox policy, spoken to with a real SMTP client over loopback."""

from __future__ import annotations

import os
import smtplib
import socket
import stat
import time
from pathlib import Path

import pytest

from breachdesk.demo import crlf
from tests.conftest import SAMPLES
from tests.functional.daemon import Listener, write_cfg

MAILBOX = "breach@example.nhs.uk"
REPORT = crlf((SAMPLES / "011-inline-forward-outlook.eml").read_bytes())


def test_accepts_a_report_for_the_mailbox_and_spools_it_before_250(server) -> None:  # noqa: ANN001
    port, spool, _ = server
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as c:
        code, _ = c.ehlo()
        assert code == 250
        c.mail("nurse@nhs.net")
        code, msg = c.rcpt(MAILBOX)
        assert code == 250
        code, msg = c.data(REPORT)
    assert code == 250
    assert b"queued as" in msg
    sid = msg.decode().rsplit(" ", 1)[-1]
    assert spool.pending() == [sid]
    spooled = spool.read(sid)
    # stored as received, behind the Received: header the daemon adds (peer, HELO, TLS, time)
    assert spooled.raw.startswith(b"Received: from ") and spooled.raw.endswith(REPORT)
    assert spooled.envelope.mail_from == "nurse@nhs.net"
    assert stat.S_IMODE(os.stat(spooled.path).st_mode) == 0o600


@pytest.mark.parametrize("rcpt", ["someone@example.com", "breach@example.nhs.uk.evil.com", "postmaster"])
def test_refuses_other_recipients_with_550_never_a_relay(server, rcpt: str) -> None:  # noqa: ANN001
    port, spool, _ = server
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as c:
        c.ehlo()
        c.mail("nurse@nhs.net")
        code, msg = c.rcpt(rcpt)
    assert code == 550
    assert b"5.1.1" in msg
    assert spool.pending() == []


def test_recipient_address_is_case_insensitive(server) -> None:  # noqa: ANN001
    port, _, _ = server
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as c:
        c.ehlo()
        c.mail("nurse@nhs.net")
        assert c.rcpt("Breach@Example.NHS.uk")[0] == 250


def test_sender_domain_allowlist(make_server) -> None:  # noqa: ANN001
    port, _, _ = make_server('allowed_sender_domains = ["nhs.net"]')
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as c:
        c.ehlo()
        code, msg = c.mail("someone@gmail.com")
        assert (code, b"5.7.1" in msg) == (550, True)
        c.rset()
        assert c.mail("nurse@nhs.net")[0] == 250


def test_size_is_announced_and_enforced(make_server) -> None:  # noqa: ANN001
    port, spool, _ = make_server("max_message_bytes = 5000")
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as c:
        c.ehlo()
        assert c.has_extn("size")
        assert int(c.esmtp_features["size"]) == 5000
        # refused up front when the client declares the size (aiosmtpd's own check, our wording)
        assert c.mail("nurse@nhs.net", ["SIZE=6000"]) == (552, b"5.3.4 Message too big for this mailbox")
        c.rset()
        c.mail("nurse@nhs.net")
        c.rcpt(MAILBOX)
        # and when it does not: aiosmtpd's data_size_limit trips while reading DATA
        code, msg = c.data(b"Subject: big\r\n\r\n" + (b"x" * 70 + b"\r\n") * 120)
        assert (code, msg) == (552, b"5.3.4 Message too big for this mailbox")
        # the connection is still usable and a message under the limit goes through
        c.mail("nurse@nhs.net")
        c.rcpt(MAILBOX)
        assert c.data(b"Subject: small\r\n\r\nok\r\n")[0] == 250
    assert len(spool.pending()) == 1


def test_too_many_recipients(make_server) -> None:  # noqa: ANN001
    port, _, _ = make_server('max_recipients = 1\naddresses = ["breach@example.nhs.uk", "ig@example.nhs.uk"]')
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as c:
        c.ehlo()
        c.mail("nurse@nhs.net")
        assert c.rcpt(MAILBOX)[0] == 250
        assert c.rcpt("ig@example.nhs.uk") == (452, b"4.5.3 Too many recipients")


def test_unwritable_spool_answers_451_so_the_sender_retries(server) -> None:  # noqa: ANN001
    port, spool, _ = server
    if os.geteuid() == 0:
        # root ignores permissions: make the temp dir a file instead, so writes fail for real
        spool.tmp.rmdir()
        spool.tmp.write_text("not a directory")
    else:
        os.chmod(spool.tmp, 0o500)
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=10) as c:
            c.ehlo()
            c.mail("nurse@nhs.net")
            c.rcpt(MAILBOX)
            code, msg = c.data(REPORT)
        assert code == 451
        assert b"4.3.0" in msg
        assert spool.pending() == []
    finally:
        if spool.tmp.is_file():
            spool.tmp.unlink()
            spool.tmp.mkdir()
        else:
            os.chmod(spool.tmp, 0o700)


def test_null_sender_is_refused_when_senders_are_allowlisted(make_server) -> None:  # noqa: ANN001
    port, _, _ = make_server('allowed_sender_domains = ["nhs.net"]')
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as c:
        c.ehlo()
        code, msg = c.mail("<>")
        assert (code, msg[:5]) == (550, b"5.7.1")


def test_long_lines_are_accepted_not_refused(server) -> None:  # noqa: ANN001
    port, spool, _ = server
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as c:
        c.sendmail("nurse@nhs.net", [MAILBOX], b"Subject: html\r\n\r\n" + b"<td>x</td>" * 500 + b"\r\n")
    assert len(spool.pending()) == 1


def _greeting(port: int) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        return s.recv(200)


def test_connection_caps_answer_421(tmp_path: Path) -> None:
    with Listener(write_cfg(tmp_path, smtp="max_connections = 3\nmax_connections_per_client = 2")) as srv:
        a = smtplib.SMTP("127.0.0.1", srv.port, timeout=10)
        b = smtplib.SMTP("127.0.0.1", srv.port, timeout=10)
        try:
            # a third connection from the same address is over the per-client cap
            assert _greeting(srv.port).startswith(b"421 4.7.0 Too many connections from your address")
            srv.handler.max_per_peer = 10          # now the total cap (3) is the one that trips
            c = smtplib.SMTP("127.0.0.1", srv.port, timeout=10)
            assert _greeting(srv.port).startswith(b"421 4.7.0 Too many connections, try again later")
            c.quit()
        finally:
            a.quit()
            b.quit()
        time.sleep(0.2)
        assert srv.handler.active == 0 and srv.handler.by_peer == {}
        with smtplib.SMTP("127.0.0.1", srv.port, timeout=10) as c:
            assert c.noop()[0] == 250


def test_messages_per_connection_then_421_and_close(tmp_path: Path) -> None:
    with Listener(write_cfg(tmp_path, smtp="max_messages_per_connection = 2")) as srv:
        c = smtplib.SMTP("127.0.0.1", srv.port, timeout=10)
        for _ in range(2):
            c.sendmail("nurse@nhs.net", [MAILBOX], REPORT)
        code, msg = c.mail("nurse@nhs.net")
        assert (code, msg) == (421, b"4.7.0 Too many messages on this connection, reconnect to send more")
        with pytest.raises(smtplib.SMTPServerDisconnected):
            c.noop()
        c.close()
        assert len(srv.spool.pending()) == 2


def test_messages_per_client_per_minute_answers_450(tmp_path: Path) -> None:
    with Listener(write_cfg(tmp_path, smtp="max_messages_per_client_per_minute = 2")) as srv:
        for _ in range(2):
            with smtplib.SMTP("127.0.0.1", srv.port, timeout=10) as c:
                c.sendmail("nurse@nhs.net", [MAILBOX], REPORT)
        with smtplib.SMTP("127.0.0.1", srv.port, timeout=10) as c:
            c.ehlo()
            assert c.mail("nurse@nhs.net")[0] == 450
        assert len(srv.spool.pending()) == 2


def test_spool_writes_never_queue_behind_the_loops_other_threads(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """Password checks (and anything else) run in the event loop's default executor: with every one
    of its threads stuck, a report is still spooled and answered 250 (the writes have their own)."""
    import threading

    from breachdesk.settings import load_settings
    from ingest.smtp import BreachHandler
    from ingest.spool import Spool
    from tests.conftest import free_port, write_config
    from tests.functional.conftest import BreachController

    monkeypatch.delenv("BREACHDESK_CONFIG", raising=False)
    monkeypatch.delenv("BREACHDESK_DATA", raising=False)
    settings = load_settings(write_config(tmp_path))
    spool = Spool(settings.data_dir() / "spool")
    ctl = BreachController(settings, BreachHandler(settings, spool), free_port())
    ctl.start()
    stuck = threading.Event()
    try:
        def block_default_executor() -> None:
            for _ in range(64):                 # more than any default executor's threads
                ctl.loop.run_in_executor(None, stuck.wait, 60)

        ctl.loop.call_soon_threadsafe(block_default_executor)
        with smtplib.SMTP("127.0.0.1", ctl.port, timeout=20) as c:
            c.ehlo()
            c.mail("nurse@nhs.net")
            c.rcpt(MAILBOX)
            code, msg = c.data(REPORT)
        assert not stuck.is_set()
        assert code == 250
        assert spool.pending() == [msg.decode().rsplit(" ", 1)[-1]]
    finally:
        stuck.set()
        ctl.stop()
