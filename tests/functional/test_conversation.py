"""The mailbox talking back without echoing (issue 12): the real ``breachdesk serve``, smtplib, the real
store and spaCy model, and a second local aiosmtpd as the relay that captures what we send.

One daemon covers the whole conversation: backscatter refused, the acknowledgement's RFC 3834
headers, auto-replies/bounces/list mail kept as not a report, a reply threaded into its incident,
a ``[BD-…]`` subject from a stranger filed as a new report, and the daily limit across a restart.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from breachdesk.report import masked_detail
from breachdesk.settings import load_settings
from breachdesk.store import Store
from ingest.ack import Notifier
from ingest.classify import read_mail
from ingest.process import analysed
from ingest.spool import Envelope, Spool
from ingest.worker import Worker
from tests.functional.daemon import MAILBOX, Relay, ServeProcess, send, write_cfg
from tests.unit.test_worker import StubEngine

pytestmark = pytest.mark.slow
NHS = "943 476 5919"          # a valid NHS number (the standard test number)
NHS_2 = "401 023 2137"        # another valid one, only in the reply


def _report(sender: str, subject: str, body: str, extra: str = "", mid: str = "") -> bytes:
    mid = mid or f"<{time.time_ns()}@mail.nhs.net>"
    return (f"From: Ward Clerk <{sender}>\r\nTo: {MAILBOX}\r\nSubject: {subject}\r\nMessage-ID: {mid}\r\n"
            f"Date: Tue, 01 Dec 2026 10:00:00 +0000\r\n{extra}\r\n{body}\r\n").encode()


def _breachdesk(cfg: Path, *args: str) -> list[dict]:
    out = subprocess.run([sys.executable, "-m", "breachdesk", "--config", str(cfg), *args, "--json"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def _wait(cond, what: str, timeout: float = 90):  # noqa: ANN001, ANN202
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = cond()
        if got:
            return got
        time.sleep(0.2)
    raise TimeoutError(what)


def test_acknowledgements_threading_and_not_a_report(tmp_path: Path) -> None:
    with Relay() as relay:
        cfg = write_cfg(tmp_path, relay=f'host = "127.0.0.1"\nport = {relay.port}\nretry_seconds = [1]\n'
                                        'from_address = "breachdesk-noreply@example.nhs.uk"')
        d = ServeProcess(cfg, tmp_path / "serve.log").start()
        try:
            body = f"FW: the discharge letter for Mrs Alison Wong, NHS number {NHS}, went to the wrong GP."
            # 1. backscatter: a forged From in our domain, the envelope outside the trusted domains
            assert send(d.port, _report("ward.clerk@nhs.net", "FW: letter", body),
                        sender="spammer@evil.example")[0] == 250
            # ... and an envelope inside whose From is elsewhere
            assert send(d.port, _report("someone@gmail.com", "FW: letter 2", body),
                        sender="relay@nhs.net")[0] == 250
            # 2. a genuine report: envelope and From agree, inside the trusted domains
            report_mid = "<report-1@mail.nhs.net>"
            assert send(d.port, _report("ward.clerk@nhs.net", "FW: discharge letter", body, mid=report_mid),
                        sender="ward.clerk@nhs.net")[0] == 250
            incs = d.wait_incidents(3)
            _wait(lambda: all(analysed(i) for i in d.store.list_incidents()), "the first three analysed")
            incs = d.store.list_incidents()
            genuine = next(i for i in incs if "discharge" in d.store.detail(i.ref)["headers"]["subject"])
            (mail_from, rcpts, ack), = relay.wait(1)
            assert rcpts == ["ward.clerk@nhs.net"] and mail_from == "<>"      # the envelope sender only
            assert ack["Auto-Submitted"] == "auto-replied"
            assert ack["In-Reply-To"] == report_mid and ack["References"] == report_mid
            assert parsedate_to_datetime(ack["Date"]) is not None
            assert ack["Message-ID"].endswith("@example.nhs.uk>")
            assert ack["Reply-To"] == MAILBOX and MAILBOX in ack["From"] and "noreply" not in ack["From"]
            assert f"[{genuine.ref}]" in ack["Subject"]
            assert NHS not in ack.as_string() and "Wong" not in ack.as_string()
            recorded = d.store.detail(genuine.ref)["acknowledgements"]
            assert [a["message_id"] for a in recorded] == [ack["Message-ID"]]

            # 3. an Outlook auto-reply (no Auto-Submitted), a bounce and list mail: kept, not reports, no ack
            ooo = _report("ward.clerk@nhs.net", f"Automatic reply: {ack['Subject']}", "I am on leave.",
                          extra=f"In-Reply-To: {ack['Message-ID']}\r\n")
            dsn = (b"From: Mail Delivery System <MAILER-DAEMON@mx.nhs.net>\r\nTo: breach@example.nhs.uk\r\n"
                   b"Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\nContent-Type: "
                   b"multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\n\r\nfailed\r\n--b--\r\n")
            lst = _report("news@lists.nhs.net", "IG bulletin", "This month's news.",
                          extra="List-Id: <ig.lists.nhs.net>\r\n")
            assert send(d.port, ooo, sender="ward.clerk@nhs.net")[0] == 250
            assert send(d.port, dsn, sender="")[0] == 250
            assert send(d.port, lst, sender="news@lists.nhs.net")[0] == 250

            # 4. the reporter answers the acknowledgement with more: threaded, analysed, merged
            reply = _report("ward.clerk@nhs.net", f"Re: {ack['Subject']}",
                            f"Also the letter for Mr John Smith, NHS number {NHS_2}, was in the envelope.",
                            extra=f"In-Reply-To: {ack['Message-ID']}\r\nReferences: {ack['Message-ID']}\r\n")
            assert send(d.port, reply, sender="ward.clerk@nhs.net")[0] == 250
            # 5. the reference in the subject, from the reporter, without In-Reply-To: threaded too
            again = _report("ward.clerk@nhs.net", f"More on [{genuine.ref}]", "The GP has deleted it.")
            assert send(d.port, again, sender="ward.clerk@nhs.net")[0] == 250
            # 6. the same reference from someone who is not a reporter of it: a new report
            stranger = _report("porter@nhs.net", f"Re: [{genuine.ref}] letter", body)
            assert send(d.port, stranger, sender="porter@nhs.net")[0] == 250

            d.wait_incidents(9)

            def settled() -> bool:    # filed first from the headers: wait for every analysis to be written
                rows = d.store.list_incidents()
                return all(analysed(i) for i in rows) and all(
                    r.get("analysed") for i in rows for r in d.store.detail(i.ref).get("replies", []))

            _wait(settled, "every report and reply analysed")
            incs = {i.ref: i for i in d.store.list_incidents()}
            assert len(incs) == 7                    # 2 backscatter tests, genuine, 3 not reports, stranger
            g = incs[genuine.ref]
            assert len(g.spool_ids) == 2
            detail = d.store.detail(genuine.ref)
            replied = [t for t in detail["timeline"] if t["action"] == "reporter replied"]
            assert len(replied) == 2                # noted from the headers at once, then analysed
            assert any("new identifier(s) merged" in t["detail"] for t in detail["timeline"])
            assert len(detail["replies"]) == 2
            assert any("John Smith" in s["text"] for s in detail["replies"][0]["sections"])
            assert {i["value"] for i in detail["identifiers"] if i["kind"] == "nhs_number"} == {
                NHS.replace(" ", ""), NHS_2.replace(" ", "")}
            assert g.identifier_counts["nhs_number"] == 2
            shown = subprocess.run([sys.executable, "-m", "breachdesk", "--config", str(cfg), "show", genuine.ref,
                                    "--json"], capture_output=True, text=True, timeout=60)
            assert shown.returncode == 0, shown.stderr
            md = masked_detail(g, detail)                            # what the guardian gives a viewer
            masked = json.dumps(md)
            assert any(sec["role"] == "reply" and "The GP has deleted it" in sec["text"] for sec in md["sections"])
            for secret in (NHS_2, NHS_2.replace(" ", ""), "John Smith"):    # the reply's text is masked too
                assert secret not in shown.stdout and secret not in masked

            not_reports = _breachdesk(cfg, "list", "--not-reports")
            queue = _breachdesk(cfg, "list")
            assert len(not_reports) == 3 and {r["status"] for r in not_reports} == {"not_a_report"}
            assert {r["ref"] for r in not_reports}.isdisjoint({r["ref"] for r in queue})
            assert len(queue) == 4 and genuine.ref in {r["ref"] for r in queue}
            kinds = sorted(d.store.detail(r["ref"])["not_a_report"]["kind"] for r in not_reports)
            assert kinds == ["auto-reply", "bounce", "list"]
            ooo_inc = next(incs[r["ref"]] for r in not_reports if d.store.detail(r["ref"])["not_a_report"]["kind"]
                           == "auto-reply")
            assert ooo_inc.related == [genuine.ref]         # the auto-reply to our ack points at its incident

            stranger_inc = next(i for i in incs.values() if i.reporter == "porter@nhs.net")
            assert stranger_inc.ref != genuine.ref
            outbox = load_settings(cfg).data_dir() / "outbox"
            _wait(lambda: not list(outbox.glob("*.json")), "the outbox to drain")
            assert len(list((outbox / "sent").glob("ack-*.json"))) == 2    # nothing else was ever queued
            got = relay.wait(2)
            assert sorted(tuple(r) for _, r, _ in got) == [("porter@nhs.net",), ("ward.clerk@nhs.net",)]
        finally:
            assert d.terminate() == 0


def test_the_daily_limit_per_sender_holds_across_a_restart(tmp_path: Path) -> None:
    with Relay() as relay:
        cfg = write_cfg(tmp_path, mailbox="acknowledge_daily_limit = 2",
                        relay=f'host = "127.0.0.1"\nport = {relay.port}\nretry_seconds = [1]')
        settings = load_settings(cfg)

        def worker() -> tuple[Worker, Notifier, Spool]:      # a fresh process: nothing kept in memory
            store = Store(settings.data_dir())
            notifier = Notifier(settings, store)
            spool = Spool(settings.data_dir() / "spool")
            return Worker(StubEngine(), store, spool, on_incident=notifier.on_incident), notifier, spool

        w, notifier, spool = worker()
        for n in range(3):
            raw = _report("ward.clerk@nhs.net", f"FW: letter {n}", f"Letter {n} went astray.")
            w.process_one(spool.write(Envelope(mail_from="ward.clerk@nhs.net", rcpt_tos=[MAILBOX],
                                               peer="127.0.0.1"), raw))
        assert notifier.tick() == 2
        w, notifier, spool = worker()                         # restarted
        raw = _report("ward.clerk@nhs.net", "FW: letter 4", "Letter 4 went astray.")
        w.process_one(spool.write(Envelope(mail_from="ward.clerk@nhs.net", rcpt_tos=[MAILBOX], peer="127.0.0.1"),
                                  raw))
        raw = _report("other.clerk@nhs.net", "FW: letter 5", "Letter 5 went astray.")
        w.process_one(spool.write(Envelope(mail_from="other.clerk@nhs.net", rcpt_tos=[MAILBOX], peer="127.0.0.1"),
                                  raw))
        assert notifier.tick() == 1                           # only the other sender's
        got = relay.wait(3)
    assert sorted(r[0] for _, r, _ in got) == ["other.clerk@nhs.net"] + ["ward.clerk@nhs.net"] * 2
    assert len(w.store.list_incidents()) == 5                 # every report filed all the same


def test_one_acknowledgement_per_reporter_per_incident(tmp_path: Path) -> None:
    cfg = write_cfg(tmp_path, relay='host = "127.0.0.1"\nport = 9\nretry_seconds = [60]')
    settings = load_settings(cfg)
    store = Store(settings.data_dir())
    notifier = Notifier(settings, store)
    inc = store.create({"reporter": "ward.clerk@nhs.net", "subject": "x", "spool_id": "s1"}, {})
    raw = _report("ward.clerk@nhs.net", "FW: letter", "went astray")
    for sid in ("s1", "s2"):                                  # e.g. the same reporter's second report of it
        notifier.on_incident(inc, sid == "s1", {"spool_id": sid, "peer": "127.0.0.1",
                                                "mail": read_mail(raw, "ward.clerk@nhs.net")})
    assert len(list(notifier.outbox.glob("ack-*.json"))) == 1
    other = _report("matron@nhs.net", "FW: letter", "went astray")
    notifier.on_incident(inc, False, {"spool_id": "s3", "peer": "127.0.0.1",
                                      "mail": read_mail(other, "matron@nhs.net")})
    assert len(list(notifier.outbox.glob("ack-*.json"))) == 2
