"""Acknowledgements and DPO alerts, sent through a second local aiosmtpd standing for the relay."""

from __future__ import annotations

import json
import time
from datetime import timedelta
from pathlib import Path

import pytest

from breachdesk.model import iso, utcnow
from breachdesk.settings import load_settings
from breachdesk.store import Store
from ingest.ack import Notifier
from ingest.classify import read_mail
from ingest.spool import Envelope, Spool
from ingest.worker import Worker
from tests.conftest import SAMPLES, free_port
from tests.functional.daemon import Relay, write_cfg
from tests.unit.test_worker import StubEngine

REPORT = (SAMPLES / "011-inline-forward-outlook.eml").read_bytes()
SECRETS = ("Patient information", "4795095396", "FW:")     # the sample's subject and NHS number
DPO = "dpo@example.nhs.uk"


def _setup(tmp_path: Path, relay_port: int, mailbox: str = "") -> tuple[Worker, Notifier, Spool, Store]:
    cfg = write_cfg(tmp_path, mailbox=f'dpo_alerts = ["{DPO}"]\n{mailbox}',
                    relay=f'host = "127.0.0.1"\nport = {relay_port}\nretry_seconds = [1]\n'
                          'from_address = "breachdesk@example.nhs.uk"')
    settings = load_settings(cfg)
    store = Store(settings.data_dir())
    spool = Spool(settings.data_dir() / "spool")
    notifier = Notifier(settings, store)
    return Worker(StubEngine(), store, spool, on_incident=notifier.on_incident), notifier, spool, store


def _file(worker: Worker, spool: Spool, raw: bytes, sender: str = "vikram.sethi2@nhs.net", peer: str = "127.0.0.1"):
    sid = spool.write(Envelope(mail_from=sender, rcpt_tos=["breach@example.nhs.uk"], peer=peer), raw)
    return worker.process_one(sid)


def test_ack_to_reporter_and_alert_to_dpo_carry_no_personal_data(tmp_path: Path) -> None:
    with Relay() as relay:
        worker, notifier, spool, _ = _setup(tmp_path, relay.port)
        inc = _file(worker, spool, REPORT)
        assert notifier.tick() == 2
        got = relay.wait(2)
    by_rcpt = {tuple(rcpts): (mail_from, msg) for mail_from, rcpts, msg in got}
    mail_from, ack = by_rcpt[("vikram.sethi2@nhs.net",)]
    assert mail_from == "<>"                                  # null sender: nothing bounces back to us
    assert ack["Auto-Submitted"] == "auto-replied"
    assert inc.ref in ack["Subject"] and inc.ref in ack.get_payload()
    assert "What happens next" in ack.get_payload()
    _, alert = by_rcpt[(DPO,)]
    assert alert["Auto-Submitted"] == "auto-generated"
    body = alert.get_payload()
    assert inc.ref in body and "likelihood 3, severity 3" in body and inc.deadline in body
    for msg in (ack, alert):
        text = msg.as_string()
        for secret in SECRETS:
            assert secret not in text
    assert not list(notifier.outbox.glob("*.json"))
    assert len(list(notifier.sent.glob("*.json"))) == 2


@pytest.mark.parametrize("raw,sender,peer", [
    (b"Auto-Submitted: auto-replied\r\nFrom: a@nhs.net\r\nSubject: Out of office\r\n\r\nAway.\r\n",
     "a@nhs.net", "127.0.0.1"),
    (b"From: MAILER-DAEMON@mx.nhs.net\r\nSubject: Undelivered\r\nContent-Type: multipart/report; "
     b"report-type=delivery-status; boundary=x\r\n\r\n--x\r\n\r\nfailed\r\n--x--\r\n", "", "127.0.0.1"),
    (b"From: someone@gmail.com\r\nSubject: report\r\n\r\nA letter went astray.\r\n", "someone@gmail.com",
     "127.0.0.1"),
    (REPORT, "vikram.sethi2@nhs.net", "ingest"),
], ids=["auto-submitted", "bounce", "outside-allowlist", "backfill"])
def test_no_ack_for_auto_mail_bounces_outsiders_or_backfill(tmp_path: Path, raw: bytes, sender: str,
                                                            peer: str) -> None:
    worker, notifier, spool, store = _setup(tmp_path, free_port(), 'allowed_sender_domains = ["nhs.net"]')
    notifier.settings.mailbox.dpo_alerts.clear()
    _file(worker, spool, raw, sender, peer)
    assert len(store.list_incidents()) == 1
    assert not list(notifier.outbox.glob("*.json"))


def test_relay_down_is_retried_later_and_never_blocks_ingestion(tmp_path: Path) -> None:
    port = free_port()
    worker, notifier, spool, store = _setup(tmp_path, port)
    inc = _file(worker, spool, REPORT)
    assert notifier.tick() == 0                               # relay down: connection refused
    items = [json.loads(p.read_bytes()) for p in notifier.outbox.glob("*.json")]
    assert len(items) == 2 and max(i["attempts"] for i in items) == 1
    # ingestion carries on meanwhile
    assert _file(worker, spool, (SAMPLES / "007-scotland-chi.eml").read_bytes()) is not None
    assert len(store.list_incidents()) == 2
    with Relay(port) as relay:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and list(notifier.outbox.glob("*.json")):
            notifier.tick()
            time.sleep(0.3)
        got = relay.wait(4)
    refs = {m["Subject"].split()[-1].strip("[]") if "received" in m["Subject"] else "" for _, _, m in got}
    assert inc.ref in refs
    assert not list(notifier.outbox.glob("*.json"))


def test_queueing_the_same_notification_twice_sends_it_once(tmp_path: Path) -> None:
    worker, notifier, spool, _ = _setup(tmp_path, free_port())
    inc = _file(worker, spool, REPORT)
    mail = read_mail(REPORT, "vikram.sethi2@nhs.net")
    fields = {"reporter": inc.reporter, "spool_id": "another", "envelope_from": inc.reporter, "mail": mail}
    notifier.on_incident(inc, True, fields)                   # e.g. a re-run after a crash
    assert len(list(notifier.outbox.glob("*.json"))) == 2     # one ack, one alert


def test_dpo_is_alerted_once_when_12_hours_are_left_without_a_decision(tmp_path: Path) -> None:
    with Relay() as relay:
        worker, notifier, _, store = _setup(tmp_path, relay.port)
        reportable = {"likelihood": 3, "severity": 3, "reportable": True, "reasons": []}
        old = iso(utcnow() - timedelta(hours=61))
        urgent = store.create({"received_at": old, "reporter": "a@nhs.net", "subject": "Patient letter",
                               "auto": reportable}, {})
        store.create({"received_at": old, "reporter": "b@nhs.net", "subject": "x", "auto": reportable,
                      "status": "reported"}, {})                               # decided: no alert
        store.create({"received_at": iso(utcnow() - timedelta(hours=20)), "reporter": "c@nhs.net",
                      "subject": "x", "auto": reportable}, {})                  # 52 h left: not yet
        store.create({"received_at": old, "reporter": "d@nhs.net", "subject": "x",
                      "auto": {"likelihood": 2, "severity": 2, "reportable": False}}, {})
        assert notifier.deadline_alerts() == 1
        assert notifier.deadline_alerts() == 0                # once only
        notifier.tick()
        (_, rcpts, msg), = relay.wait(1)
    assert rcpts == [DPO]
    assert urgent.ref in msg["Subject"] and "left on the ICO clock" in msg["Subject"]
    assert urgent.deadline in msg.get_payload() and "Patient letter" not in msg.as_string()
