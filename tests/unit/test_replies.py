"""Replies and not-a-report mail through the worker, with the real parser, spool and store (the
analysis stubbed), including the daemon's file-first order: decided from the headers, completed after."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from breachdesk.model import Status
from breachdesk.store import Store
from ingest import replies
from ingest.ack import AckBook
from ingest.process import incident_records
from ingest.spool import Envelope, Spool
from ingest.worker import Worker
from tests.unit.test_worker import StubEngine

MAILBOX = "breach@example.nhs.uk"


def _raw(sender: str, subject: str, extra: str = "", body: str = "A letter went to the wrong GP.") -> bytes:
    return (f"From: {sender}\r\nTo: {MAILBOX}\r\nSubject: {subject}\r\nMessage-ID: <{time.time_ns()}@nhs.net>\r\n"
            f"{extra}\r\n{body}\r\n").encode()


@pytest.fixture
def parts(tmp_path: Path):  # noqa: ANN201
    store = Store(tmp_path / "data")
    spool = Spool(tmp_path / "data" / "spool")
    notified: list = []
    worker = Worker(StubEngine(), store, spool, on_incident=lambda i, c, f: notified.append((i.ref, c, f)))
    return worker, store, spool, notified


def _spool(spool: Spool, raw: bytes, sender: str) -> str:
    return spool.write(Envelope(mail_from=sender, rcpt_tos=[MAILBOX], peer="127.0.0.1",
                                received_at="2026-12-01T10:00:00+00:00"), raw)


def _analyse_and_finish(worker: Worker, sid: str):  # noqa: ANN202 - the analysis process's half
    msg = worker.spool.read(sid)
    parsed = worker.engine.parse(msg.raw, envelope_from=msg.envelope.mail_from)
    fields, detail = incident_records(parsed, worker.engine.analyse(parsed), msg.envelope, sid)
    return worker._finish(msg, fields, detail, 0.0)


def test_a_reply_to_our_ack_is_threaded_and_not_acknowledged(parts) -> None:  # noqa: ANN001
    worker, store, spool, notified = parts
    first = worker.process_one(_spool(spool, _raw("nurse@nhs.net", "FW: letter"), "nurse@nhs.net"))
    AckBook(store.root).record_id("<bd.0123456789abcdef01234567@example.nhs.uk>", first.ref)
    reply = _raw("nurse@nhs.net", "Re: Breach report received",
                 "In-Reply-To: <bd.0123456789abcdef01234567@example.nhs.uk>\r\n", "The GP deleted it.")
    sid = _spool(spool, reply, "nurse@nhs.net")
    inc = worker.process_one(sid)
    assert inc.ref == first.ref and len(store.list_incidents()) == 1
    assert notified[-1][1] is False and notified[-1][2]["no_ack"] == f"a reply threaded into {first.ref}"
    detail = store.detail(first.ref)
    assert [r["spool_id"] for r in detail["replies"]] == [sid]
    assert any("GP deleted it" in s["text"] for s in detail["replies"][0]["sections"])
    assert [s["where"] for s in detail["sections"] if s["role"] == "reply"] == ["reply 1: body"]
    worker.process_one(sid)                                 # a re-run changes nothing
    assert len(store.detail(first.ref)["replies"]) == 1


def test_a_reference_in_the_subject_threads_only_for_a_reporter(parts) -> None:  # noqa: ANN001
    worker, store, spool, _ = parts
    first = worker.process_one(_spool(spool, _raw("nurse@nhs.net", "FW: letter"), "nurse@nhs.net"))
    same = worker.process_one(_spool(spool, _raw("nurse@nhs.net", f"[{first.ref}] more"), "nurse@nhs.net"))
    assert same.ref == first.ref
    other = worker.process_one(_spool(spool, _raw("porter@nhs.net", f"[{first.ref}] more"), "porter@nhs.net"))
    assert other.ref != first.ref and other.status == Status.NEW
    unknown = worker.process_one(_spool(spool, _raw("nurse@nhs.net", "[BD-2020-999999] x"), "nurse@nhs.net"))
    assert unknown.ref not in (first.ref, other.ref)


def test_file_first_notes_a_reply_at_once_and_the_analysis_completes_it(parts) -> None:  # noqa: ANN001
    worker, store, spool, _ = parts
    first = worker.process_one(_spool(spool, _raw("nurse@nhs.net", "FW: letter"), "nurse@nhs.net"))
    sid = _spool(spool, _raw("nurse@nhs.net", f"Re: [{first.ref}]", body="Also a second letter."), "nurse@nhs.net")
    assert replies.file_first(store, spool.read(sid), None) == ("reply", first.ref)
    noted = store.detail(first.ref)["replies"]
    assert noted == [{"spool_id": sid, "received_at": "2026-12-01T10:00:00+00:00", "from": "nurse@nhs.net",
                      "analysed": False}]
    assert len(store.list_incidents()) == 1                 # nothing of its own, even while analysing
    inc = _analyse_and_finish(worker, sid)
    assert inc.ref == first.ref and len(store.list_incidents()) == 1
    (entry,) = store.detail(first.ref)["replies"]
    assert entry["analysed"] is True and any("second letter" in s["text"] for s in entry["sections"])


def test_file_first_files_a_not_a_report_with_that_status_and_the_analysis_completes_it(parts) -> None:  # noqa: ANN001
    worker, store, spool, notified = parts
    sid = _spool(spool, _raw("nurse@nhs.net", "Automatic reply: FW: letter", body="On leave."), "nurse@nhs.net")
    assert replies.file_first(store, spool.read(sid), None) == ("not a report", "")
    filed = store.create({"reporter": "nurse@nhs.net", "subject": "(analysing)", "spool_id": sid,
                          "status": Status.NOT_A_REPORT, "parse_status": "pending"}, {"timeline": []})
    inc = _analyse_and_finish(worker, sid)
    assert inc.ref == filed.ref and inc.status == Status.NOT_A_REPORT and inc.parse_status == "ok"
    assert store.detail(inc.ref)["not_a_report"]["kind"] == "auto-reply"
    assert any("On leave" in s["text"] for s in store.detail(inc.ref)["sections"])
    assert notified[-1][2]["no_ack"] == "not a report (auto-reply)"
    assert replies.file_first(store, spool.read(_spool(spool, _raw("a@nhs.net", "FW: x"), "a@nhs.net")),
                              None) == ("report", "")


def test_a_noted_reply_is_pending_until_analysed_or_given_up(parts) -> None:  # noqa: ANN001
    worker, store, spool, _ = parts
    first = worker.process_one(_spool(spool, _raw("nurse@nhs.net", "FW: letter"), "nurse@nhs.net"))
    sid = _spool(spool, _raw("nurse@nhs.net", f"Re: [{first.ref}]"), "nurse@nhs.net")
    replies.file_first(store, spool.read(sid), None)
    target = store.get(first.ref)
    assert replies.reply_pending(store, target, sid) and not replies.reply_pending(store, target, first.spool_id)
    inc = replies.reply_incomplete(store, first.ref, sid, "deadline 60 s exceeded")
    assert not replies.reply_pending(store, inc, sid)
    assert inc.parse_status == "ok" and inc.status == Status.NEW          # the incident itself is untouched
    assert "could not be analysed" in store.detail(first.ref)["timeline"][-1]["detail"]


def test_an_answer_to_the_dpos_question_is_threaded_by_its_message_id(parts, tmp_path: Path) -> None:  # noqa: ANN001
    from breachdesk.settings import load_settings
    from ingest.ack import Notifier
    from tests.functional.daemon import write_cfg

    worker, store, spool, _ = parts
    first = worker.process_one(_spool(spool, _raw("nurse@nhs.net", "FW: letter"), "nurse@nhs.net"))
    settings = load_settings(write_cfg(tmp_path, relay='host = "127.0.0.1"\nport = 9'))
    notifier = Notifier(settings, store)
    assert notifier.queue_message("question", first.ref, "q1", ["nurse@nhs.net"], f"[{first.ref}] Who?", "Who?",
                                  reply_to=MAILBOX)
    (item,) = [p for p in notifier.outbox.glob("question-*.json")]
    mid = __import__("json").loads(item.read_bytes())["message_id"]
    # answered by someone the reporter forwarded it to: not a reporter, but it answers our message
    answer = _raw("ward.manager@nhs.net", "Re: Who?", f"In-Reply-To: {mid}\r\n", "It went to the GP surgery.")
    inc = worker.process_one(_spool(spool, answer, "ward.manager@nhs.net"))
    assert inc.ref == first.ref and len(store.list_incidents()) == 1
