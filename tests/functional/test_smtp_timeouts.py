"""SMTP timeouts and limits like Postfix's, against the real handler behind aiosmtpd with smtplib.

Timeouts here are small configured values (``timeout_seconds = 1``/``2``): the tests assert
the codes and the close, never how long anything took.
"""

from __future__ import annotations

import base64
import smtplib
import socket
import ssl
import time
from pathlib import Path

import pytest

from ingest.auth import UsersAuthenticator, _iterations, hash_password
from tests.functional.daemon import MAILBOX, Listener, self_signed, write_cfg

REPORT = b"Subject: report\r\nFrom: nurse@nhs.net\r\n\r\nA letter went to the wrong address.\r\n"


def _read_until_closed(sock: socket.socket, limit: float = 20) -> bytes:
    """Everything the server sends until it closes the connection (``limit`` is only a safety net)."""
    sock.settimeout(limit)
    data = b""
    while True:
        try:
            chunk = sock.recv(4096)
        except TimeoutError:
            return data + b"<still open>"
        if not chunk:
            return data
        data += chunk


def test_an_idle_client_gets_421_4_4_2_then_the_connection_closes(tmp_path: Path) -> None:
    with Listener(write_cfg(tmp_path, smtp="timeout_seconds = 1")) as srv:
        with socket.create_connection(("127.0.0.1", srv.port), timeout=10) as s:
            assert s.recv(1024).startswith(b"220 ")
            s.sendall(b"EHLO client.nhs.net\r\n")
            time.sleep(0.2)
            got = _read_until_closed(s)
    lines = got.decode().splitlines()
    assert lines[-1] == "421 4.4.2 breachdesk Error: timeout exceeded"      # said, then closed


def test_a_slow_but_steady_upload_is_not_cut_by_the_timeout(tmp_path: Path) -> None:
    """Any data restarts the clock, so DATA that takes longer than the timeout still gets its 250."""
    with Listener(write_cfg(tmp_path, smtp="timeout_seconds = 2")) as srv:
        with socket.create_connection(("127.0.0.1", srv.port), timeout=10) as s:
            f = s.makefile("rb")
            assert f.readline().startswith(b"220")
            for cmd in (b"HELO client.nhs.net", b"MAIL FROM:<nurse@nhs.net>", f"RCPT TO:<{MAILBOX}>".encode(),
                        b"DATA"):
                s.sendall(cmd + b"\r\n")
                assert f.readline()[:1] in (b"2", b"3")
            s.sendall(b"Subject: slow report\r\nFrom: nurse@nhs.net\r\n\r\n")
            for i in range(14):                    # 14 x 0.3 s: well past the 2 s timeout in total
                s.sendall(f"line {i} of a report arriving slowly over a poor link\r\n".encode())
                time.sleep(0.3)
            s.sendall(b".\r\n")
            assert f.readline().startswith(b"250 2.0.0")
        assert len(srv.spool.pending()) == 1


def test_a_noop_flood_is_closed_with_421_and_a_message_resets_the_count(tmp_path: Path) -> None:
    with Listener(write_cfg(tmp_path, smtp="junk_command_limit = 5")) as srv:
        with smtplib.SMTP("127.0.0.1", srv.port, timeout=10) as c:
            c.ehlo()
            for _ in range(4):
                assert c.noop()[0] == 250
            c.sendmail("nurse@nhs.net", [MAILBOX], REPORT)           # progress: the count starts again
            assert [c.noop()[0] for _ in range(3)] + [c.rset()[0], c.docmd("HELP")[0]] == [250] * 5
            code, text = c.docmd("VRFY", "someone")
            assert (code, text) == (421, b"4.7.0 Too many commands without a message, closing connection")
            with pytest.raises(smtplib.SMTPServerDisconnected):
                c.noop()
        assert len(srv.spool.pending()) == 1


@pytest.fixture
def auth_listener(tmp_path: Path):  # noqa: ANN201
    cert, key = self_signed(tmp_path)
    users = tmp_path / "users"
    users.write_text(f"relay:{hash_password('correct horse', iterations=2000)}\n")
    users.chmod(0o600)
    cfg = write_cfg(tmp_path, smtp=f'tls_cert = "{cert}"\ntls_key = "{key}"\nauth_users_file = "{users}"\n'
                                   'auth_error_sleep_seconds = 0.2\nauth_max_failures = 3')
    with Listener(cfg) as srv:
        yield srv


def _tls_client(port: int) -> smtplib.SMTP:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    c = smtplib.SMTP("127.0.0.1", port, timeout=10)
    c.starttls(context=ctx)
    c.ehlo()
    return c


def _plain(user: str, password: str) -> str:
    return "PLAIN " + base64.b64encode(f"\0{user}\0{password}".encode()).decode()


def test_auth_failures_answer_alike_for_unknown_and_known_users_and_the_third_closes(auth_listener) -> None:  # noqa: ANN001
    c = _tls_client(auth_listener.port)
    try:
        assert c.docmd("AUTH", _plain("nobody", "guess")) == (535, b"5.7.8 Authentication credentials invalid")
        assert c.docmd("AUTH", _plain("relay", "guess")) == (535, b"5.7.8 Authentication credentials invalid")
        assert c.docmd("AUTH", _plain("relay", "guess2")) == (
            421, b"4.7.0 Too many failed authentication attempts, closing connection")
        with pytest.raises(smtplib.SMTPServerDisconnected):
            c.noop()
    finally:
        c.close()
    c = _tls_client(auth_listener.port)                    # a new connection starts again, and works
    try:
        assert c.docmd("AUTH", _plain("nobody", "guess"))[0] == 535
        assert c.docmd("AUTH", _plain("relay", "correct horse"))[0] == 235
    finally:
        c.quit()


def test_an_unknown_user_costs_the_same_hash_as_a_known_one(tmp_path: Path) -> None:
    users = {"a": hash_password("x", iterations=1500), "b": hash_password("y", iterations=2500)}
    auth = UsersAuthenticator(users)
    assert _iterations(auth._dummy) == 2500                  # the dearest of the users' hashes
    assert not auth.check("nobody", b"y") and not auth.check("a", b"y") and auth.check("b", b"y")
