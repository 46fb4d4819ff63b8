"""STARTTLS, ``require_tls`` and SMTP AUTH (only over TLS), with a certificate made in the test."""

from __future__ import annotations

import base64
import smtplib
import ssl
from pathlib import Path

import pytest

from breachdesk.errors import ConfigError
from breachdesk.settings import load_settings
from ingest.auth import hash_password, load_users, verify_password
from ingest.smtp import BreachHandler
from ingest.spool import Spool
from tests.functional.daemon import MAILBOX, Listener, self_signed, write_cfg

REPORT = b"Subject: report\r\nFrom: nurse@nhs.net\r\n\r\nA letter went to the wrong address.\r\n"


def _client_ctx() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


@pytest.fixture
def tls_cfg(tmp_path: Path):  # noqa: ANN201
    cert, key = self_signed(tmp_path)

    def make(smtp: str = "") -> Path:
        return write_cfg(tmp_path, smtp=f'tls_cert = "{cert}"\ntls_key = "{key}"\n{smtp}')

    return make


def test_starttls_is_offered_and_mail_is_marked_tls(tls_cfg) -> None:  # noqa: ANN001
    with Listener(tls_cfg()) as srv, smtplib.SMTP("127.0.0.1", srv.port, timeout=10) as c:
        c.ehlo()
        assert c.has_extn("starttls")
        assert not c.has_extn("auth")
        assert c.starttls(context=_client_ctx())[0] == 220
        c.ehlo()
        c.sendmail("nurse@nhs.net", [MAILBOX], REPORT)
        sid = srv.spool.pending()[0]
        assert srv.spool.read(sid).envelope.tls is True
        assert srv.handler.active == 1   # STARTTLS did not count the connection twice


def test_require_tls_refuses_mail_in_clear_with_530(tls_cfg) -> None:  # noqa: ANN001
    with Listener(tls_cfg("require_tls = true")) as srv, smtplib.SMTP("127.0.0.1", srv.port, timeout=10) as c:
        c.ehlo()
        assert c.mail("nurse@nhs.net") == (530, b"5.7.0 Must issue a STARTTLS command first")
        c.starttls(context=_client_ctx())
        c.ehlo()
        assert c.mail("nurse@nhs.net")[0] == 250
        assert c.rcpt(MAILBOX)[0] == 250
        assert c.data(REPORT)[0] == 250


def test_require_tls_without_a_certificate_is_a_config_error(tmp_path: Path) -> None:
    settings = load_settings(write_cfg(tmp_path, smtp="require_tls = true"))
    with pytest.raises(ConfigError, match="require_tls needs tls_cert"):
        BreachHandler(settings, Spool(tmp_path / "spool"))


@pytest.fixture
def users(tmp_path: Path) -> Path:
    path = tmp_path / "users"
    path.write_text("# relays allowed to hand in reports\n"
                    f"relay:{hash_password('correct horse', iterations=1000)}\n")
    path.chmod(0o600)
    return path


def test_auth_only_over_tls_and_checked_against_the_users_file(tls_cfg, users: Path) -> None:  # noqa: ANN001
    # smtplib's login() tries each mechanism: allow its four failures here (the limit is tested apart)
    cfg = tls_cfg(f'auth_users_file = "{users}"\nrequire_auth = true\nauth_max_failures = 5\n'
                  'auth_error_sleep_seconds = 0')
    with Listener(cfg) as srv:
        with smtplib.SMTP("127.0.0.1", srv.port, timeout=10) as c:
            c.ehlo()
            assert not c.has_extn("auth")                 # not even advertised in clear
            plain = base64.b64encode(b"\0relay\0correct horse").decode()
            assert c.docmd("AUTH", f"PLAIN {plain}")[0] == 538
        with smtplib.SMTP("127.0.0.1", srv.port, timeout=10) as c:
            c.starttls(context=_client_ctx())
            c.ehlo()
            assert "PLAIN" in c.esmtp_features["auth"] and "LOGIN" in c.esmtp_features["auth"]
            assert c.mail("nurse@nhs.net") == (530, b"5.7.0 Authentication required")
            with pytest.raises(smtplib.SMTPAuthenticationError) as err:
                c.login("relay", "wrong")
            assert (err.value.smtp_code, err.value.smtp_error) == (535, b"5.7.8 Authentication credentials invalid")
            with pytest.raises(smtplib.SMTPAuthenticationError):
                c.login("nobody", "correct horse")
            assert c.login("relay", "correct horse")[0] == 235
            c.sendmail("nurse@nhs.net", [MAILBOX], REPORT)
        with smtplib.SMTP("127.0.0.1", srv.port, timeout=10) as c:   # LOGIN too, and the cache
            c.starttls(context=_client_ctx())
            c.ehlo()
            c.user, c.password = "relay", "correct horse"
            assert c.auth("LOGIN", c.auth_login)[0] == 235
        sid = srv.spool.pending()[0]
        assert srv.spool.read(sid).envelope.auth_user == "relay"


def test_auth_without_tls_or_with_a_bad_users_file_is_refused(tmp_path: Path, users: Path) -> None:
    settings = load_settings(write_cfg(tmp_path, smtp=f'auth_users_file = "{users}"'))
    with pytest.raises(ConfigError, match="only offered over TLS"):
        BreachHandler(settings, Spool(tmp_path / "spool"))
    bad = tmp_path / "bad-users"
    bad.write_text(f"ok:{hash_password('pw', iterations=1000)}\nbroken line\n")
    with pytest.raises(ConfigError) as err:
        load_users(bad)
    assert f"{bad}:2" in str(err.value)


def test_hash_password_round_trip() -> None:
    h = hash_password("s3cret", iterations=2000)
    assert h.startswith("pbkdf2_sha256$2000$")
    assert verify_password("s3cret", h)
    assert not verify_password("S3cret", h)
    assert hash_password("s3cret", iterations=2000) != h       # salted
    assert not verify_password("s3cret", "md5$1$x$y")
