"""Helpers for functional tests: the real ``breachdesk serve`` as a child process, config files,
an in-process listener with the real handler, a capturing relay, a self-signed certificate."""

from __future__ import annotations

import datetime as dt
import os
import signal
import smtplib
import subprocess
import sys
import threading
import time
from email import message_from_bytes
from email.message import Message
from pathlib import Path

from aiosmtpd.controller import Controller

from breachdesk.demo import crlf
from breachdesk.settings import Settings, load_settings
from breachdesk.store import Store
from ingest.smtp import BreachHandler, smtp_factory
from ingest.spool import Spool
from tests.conftest import free_port

MAILBOX = "breach@example.nhs.uk"


def write_cfg(folder: Path, *, mailbox: str = "", smtp: str = "", relay: str = "", port: int = 0,
              name: str = "breachdesk.toml", store: str = "", analysis: str = "") -> Path:
    """A config with the given extra lines in each section."""
    cfg = folder / name
    addresses = "" if "addresses" in mailbox else f'addresses = ["{MAILBOX}"]'
    cfg.write_text(f'[mailbox]\n{addresses}\n{mailbox}\n\n[smtp]\nhost = "127.0.0.1"\nport = {port}\n{smtp}\n\n'
                   f'[relay]\n{relay}\n\n[store]\npath = "data"\n{store}\n\n[analysis]\n{analysis}\n')
    return cfg


def send(port: int, raw: bytes, sender: str = "nurse@nhs.net", rcpt: str = MAILBOX) -> tuple[int, bytes]:
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as c:
        c.ehlo()
        c.mail(sender)
        c.rcpt(rcpt)
        return c.data(crlf(raw))


class Listener:
    """The real handler and SMTP class behind aiosmtpd's Controller (threaded, in-process)."""

    def __init__(self, cfg: Path) -> None:
        self.settings: Settings = load_settings(cfg)
        self.spool = Spool(self.settings.data_dir() / "spool")
        self.handler = BreachHandler(self.settings, self.spool)
        self.port = free_port()
        make = smtp_factory(self.settings, self.handler)

        class _Ctl(Controller):
            def factory(self):  # noqa: ANN202 - aiosmtpd's hook
                return make()

        self.ctl = _Ctl(self.handler, hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> Listener:
        self.ctl.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.ctl.stop()


class CapturingHandler:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], Message]] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: ANN001
        with self.lock:
            self.messages.append((envelope.mail_from, list(envelope.rcpt_tos),
                                  message_from_bytes(envelope.original_content)))
        return "250 OK"


class Relay:
    """A second local aiosmtpd that stands for the trust's relay and keeps what it gets."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.handler = CapturingHandler()
        self.ctl = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> Relay:
        self.ctl.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.ctl.stop()

    def wait(self, n: int, timeout: float = 30) -> list[tuple[str, list[str], Message]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.handler.messages) >= n:
                break
            time.sleep(0.1)
        return list(self.handler.messages)


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A throw-away certificate for 127.0.0.1, made with ``cryptography``."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "breachdesk-test")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    os.chmod(key_path, 0o600)
    return cert_path, key_path


class ServeProcess:
    """The real ``breachdesk serve`` in a child process, its stderr kept in a log file."""

    def __init__(self, config: Path, log: Path, env: dict[str, str] | None = None) -> None:
        self.config = config
        self.extra_env = dict(env or {})
        self.log = log
        self.ready = config.parent / f"ready-{time.time_ns()}"
        self.proc: subprocess.Popen[bytes] | None = None
        self.port = 0
        self.store = Store(load_settings(config).data_dir())

    def start(self, timeout: float = 60) -> ServeProcess:
        env = {k: v for k, v in os.environ.items() if not k.startswith("BREACHDESK_")} | self.extra_env
        with open(self.log, "ab") as fh:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "breachdesk", "--config", str(self.config), "serve",
                 "--ready-file", str(self.ready)], stdout=fh, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.ready.exists() and self.ready.read_text().strip():
                self.port = int(self.ready.read_text())
                return self
            if self.proc.poll() is not None:
                raise RuntimeError(f"serve exited {self.proc.returncode}: {self.log.read_text()[-2000:]}")
            time.sleep(0.1)
        raise TimeoutError("serve did not start")

    def reports_filed(self) -> int:
        """Reports analysed (or given up on) and in an incident; filed-first ones still analysing don't count."""
        return len({sid for i in self.store.list_incidents() if i.parse_status != "pending"
                    for sid in (i.spool_id, *i.spool_ids) if sid})

    def wait_incidents(self, n: int, timeout: float = 120) -> list:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.reports_filed() >= n:
                return self.store.list_incidents()
            time.sleep(0.2)
        raise TimeoutError(f"expected {n} reports filed, have {self.reports_filed()}; "
                           f"log: {self.log.read_text()[-2000:]}")

    def wait_log(self, text: str, timeout: float = 30, start: int = 0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.log.read_text(errors="replace")[start:]:
                return
            time.sleep(0.1)
        raise TimeoutError(f"{text!r} not in the log: {self.log.read_text()[-2000:]}")

    def signal(self, sig: int) -> None:
        assert self.proc is not None
        self.proc.send_signal(sig)

    def terminate(self, timeout: float = 60) -> int:
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout)

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.kill()
        self.proc.wait(10)
        self.ready.unlink(missing_ok=True)
