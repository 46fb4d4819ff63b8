"""The mailbox policy, spoken to with a real SMTP client over loopback."""

from __future__ import annotations

import os
import smtplib
import stat

import pytest

from breachdesk.demo import crlf
from tests.conftest import SAMPLES

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
    assert spooled.raw == REPORT
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
        code, msg = c.mail("nurse@nhs.net", ["SIZE=6000"])
        assert code == 552
        c.rset()
        c.mail("nurse@nhs.net")
        c.rcpt(MAILBOX)
        code, _ = c.data(b"Subject: big\r\n\r\n" + (b"x" * 70 + b"\r\n") * 120)
        assert code == 552
    assert spool.pending() == []


def test_too_many_recipients(make_server) -> None:  # noqa: ANN001
    port, _, _ = make_server('max_recipients = 1\naddresses = ["breach@example.nhs.uk", "ig@example.nhs.uk"]')
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as c:
        c.ehlo()
        c.mail("nurse@nhs.net")
        assert c.rcpt(MAILBOX)[0] == 250
        assert c.rcpt("ig@example.nhs.uk")[0] == 452


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
