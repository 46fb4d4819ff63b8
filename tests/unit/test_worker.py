"""The worker against a real spool, the real parser and a real store.

Only the analysis (spaCy + recognisers) is replaced, by :class:`StubEngine`, so
these tests run in a blink; the end-to-end tests use the real engine.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from breachdesk.model import Analysis, Assessment, Incident, ParsedMessage
from breachdesk.store import Store
from ingest.parse import parse_message
from ingest.spool import Envelope, Spool
from ingest.worker import Worker
from tests.conftest import SAMPLES

FORWARD = (SAMPLES / "013-forward-as-attachment.eml").read_bytes()


class StubEngine:
    """The real parser; a fixed analysis (the boundary with nlp/). ``fail`` makes analysis raise."""

    def __init__(self) -> None:
        self.fail = 0
        self.calls = 0

    def parse(self, raw: bytes, envelope_from: str = "") -> ParsedMessage:
        return parse_message(raw, envelope_from=envelope_from)

    def analyse(self, parsed: ParsedMessage) -> Analysis:
        self.calls += 1
        if self.fail:
            self.fail -= 1
            raise RuntimeError("spreadsheet reader blew up on 943 476 5919")
        return Analysis(subjects=1, assessment=Assessment(3, 3, True, ["stub"]))

    def analyse_many(self, parsed: list[ParsedMessage]) -> list[Analysis]:
        return [self.analyse(p) for p in parsed]


@pytest.fixture
def parts(tmp_path: Path) -> tuple[Worker, Store, Spool, StubEngine, list]:
    store = Store(tmp_path / "data")
    spool = Spool(tmp_path / "data" / "spool")
    engine = StubEngine()
    notified: list = []
    worker = Worker(engine, store, spool, retry_delay=0.0,
                    on_incident=lambda inc, created, fields: notified.append((inc.ref, created, fields)))
    return worker, store, spool, engine, notified


def _spool(spool: Spool, raw: bytes, sender: str = "nurse@nhs.net") -> str:
    return spool.write(Envelope(mail_from=sender, rcpt_tos=["breach@example.nhs.uk"], peer="127.0.0.1"), raw)


def _other_reporter(raw: bytes) -> bytes:
    return raw.replace(b"From: Lesley Moffat <lesley.moffat2@nhs.net>", b"From: Ann Other <ann.other@nhs.net>", 1) \
        .replace(b"Forwarding as requested.", b"FYI - I was sent this too.")


def test_messages_are_filed_in_order_once_each(parts) -> None:  # noqa: ANN001
    worker, store, spool, _, notified = parts
    sids = [_spool(spool, (SAMPLES / n).read_bytes()) for n in
            ("011-inline-forward-outlook.eml", "007-scotland-chi.eml", "016-special-hiv-keyword.eml")]
    assert worker.process_pending() == 3
    incs = sorted(store.list_incidents(), key=lambda i: i.ref)
    assert [i.spool_id for i in incs] == sids              # refs follow arrival order
    assert spool.pending() == []
    assert all((spool.done / f"{s}.msg").exists() for s in sids)
    assert [created for _, created, _ in notified] == [True, True, True]
    assert notified[0][2]["envelope_from"] == "nurse@nhs.net"
    assert worker.process_pending() == 0


def test_crash_between_incident_written_and_spool_moved_does_not_duplicate(parts) -> None:  # noqa: ANN001
    worker, store, spool, engine, _ = parts
    sid = _spool(spool, FORWARD)
    worker.process_one(sid)
    os.replace(spool.done / f"{sid}.msg", spool.incoming / f"{sid}.msg")   # as if the move never happened
    assert spool.pending() == [sid]
    inc = worker.process_one(sid)
    assert inc is not None and inc.spool_id == sid
    assert len(store.list_incidents()) == 1
    assert engine.calls == 1                                # not analysed again
    assert spool.pending() == []


def test_a_failing_message_is_retried_then_filed_unparseable_with_raw_kept(parts) -> None:  # noqa: ANN001
    worker, store, spool, engine, notified = parts
    engine.fail = 99
    sid = _spool(spool, FORWARD)
    later = _spool(spool, (SAMPLES / "007-scotland-chi.eml").read_bytes())
    engine.fail = 1
    assert worker.process_one(sid) is None                   # attempt 1 fails
    assert worker.process_one(later) is not None             # later mail is not held up
    engine.fail = 2
    assert worker.process_one(sid) is None                   # attempt 2 fails
    inc = worker.process_one(sid)                            # attempt 3 fails: give up
    assert isinstance(inc, Incident)
    assert inc.status == "unparseable" and inc.reportable
    detail = store.detail(inc.ref)
    assert detail["message"]["error"].startswith("RuntimeError")
    assert detail["message"]["attempts"] == 3
    assert (spool.failed / f"{sid}.msg").read_bytes().endswith(FORWARD)
    assert spool.pending() == [] and spool.attempts(sid) == 0
    assert len(store.list_incidents()) == 2
    assert notified[-1][0] == inc.ref


def test_a_message_that_kills_the_worker_is_given_up_after_max_attempts(parts) -> None:  # noqa: ANN001
    worker, store, spool, engine, _ = parts
    sid = _spool(spool, FORWARD)
    for _ in range(worker.max_attempts):                     # three attempts that never came back
        spool.record_attempt(sid)
    inc = worker.process_one(sid)
    assert inc is not None and inc.status == "unparseable"
    assert engine.calls == 0
    assert "WorkerCrashed" in store.detail(inc.ref)["message"]["error"]


def test_retry_waits_for_its_back_off(parts) -> None:  # noqa: ANN001
    worker, _, spool, engine, _ = parts
    worker.retry_delay = 60.0
    engine.fail = 1
    _spool(spool, FORWARD)
    assert worker.process_pending() == 1
    assert worker.process_pending() == 0                     # not due yet
    assert engine.calls == 1


def test_same_original_forwarded_by_two_people_is_one_incident_with_two_reporters(parts) -> None:  # noqa: ANN001
    worker, store, spool, _, notified = parts
    first = _spool(spool, FORWARD, "lesley.moffat2@nhs.net")
    second = _spool(spool, _other_reporter(FORWARD), "ann.other@nhs.net")
    worker.process_pending()
    incs = store.list_incidents()
    assert len(incs) == 1
    inc = incs[0]
    assert inc.reporters == ["lesley.moffat2@nhs.net", "ann.other@nhs.net"]
    assert inc.spool_id == first and inc.spool_ids == [second]
    assert [(c, f["reporter"]) for _, c, f in notified] == [(True, "lesley.moffat2@nhs.net"),
                                                           (False, "ann.other@nhs.net")]
    detail = store.detail(inc.ref)
    assert detail["forwarded"][0]["message_id"] == "<57d5341a46f9e849.2b2f1661@eur.prod.outlook.com>"
    assert any(t["action"] == "duplicate" for t in detail["timeline"])
    # filing the second report again (crash before its move) changes nothing
    os.replace(spool.done / f"{second}.msg", spool.incoming / f"{second}.msg")
    worker.process_pending()
    assert store.get(inc.ref).reporters == inc.reporters
    assert store.get(inc.ref).spool_ids == [second]


def test_auto_submitted_and_bounces_are_flagged_for_the_notifier(parts) -> None:  # noqa: ANN001
    worker, store, spool, _, notified = parts
    _spool(spool, b"Auto-Submitted: auto-replied\r\nFrom: a@nhs.net\r\nSubject: Out of office\r\n\r\nAway.\r\n")
    _spool(spool, b"From: b@nhs.net\r\nSubject: report\r\n\r\nA letter went astray.\r\n", sender="")
    worker.process_pending()
    assert notified[0][2]["auto_submitted"] is True
    # the null envelope sender is a bounce whatever the From says (RFC 3834, RFC 5321 4.5.5)
    assert notified[1][2]["auto_submitted"] is True and notified[1][2]["envelope_from"] == ""
    assert [store.get(n[0]).status for n in notified] == ["not_a_report", "not_a_report"]
    assert all(n[2]["no_ack"].startswith("not a report") for n in notified)


def test_a_batch_that_fails_falls_back_to_one_at_a_time(parts) -> None:  # noqa: ANN001
    worker, store, spool, engine, _ = parts
    sids = [_spool(spool, (SAMPLES / n).read_bytes()) for n in
            ("011-inline-forward-outlook.eml", "007-scotland-chi.eml", "016-special-hiv-keyword.eml")]
    engine.fail = 1                                          # the batch call fails once
    assert worker.process_pending() == 3
    incs = sorted(store.list_incidents(), key=lambda i: i.ref)
    assert [i.spool_id for i in incs] == sids
    assert all(i.status == "new" for i in incs)
    assert spool.pending() == []


def _file_after(barrier, root: str, sid: str, sender: str) -> None:  # noqa: ANN001
    """In its own process, as one analysis process of the pool: analyse, wait for the other, file."""
    store, spool = Store(Path(root)), Spool(Path(root) / "spool")
    worker = Worker(StubEngine(), store, spool, retry_delay=0.0)
    msg = spool.read(sid)
    fields, detail = worker.analyse(msg)
    barrier.wait(timeout=60)
    worker._finish(msg, fields, detail, 0.0)


def test_two_processes_filing_reports_of_one_original_at_once_make_one_incident(tmp_path: Path) -> None:
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    for round_ in range(4):
        root = tmp_path / f"data{round_}"
        spool = Spool(root / "spool")
        sids = [_spool(spool, FORWARD, "lesley.moffat2@nhs.net"),
                _spool(spool, _other_reporter(FORWARD), "ann.other@nhs.net")]
        barrier = ctx.Barrier(2)
        procs = [ctx.Process(target=_file_after, args=(barrier, str(root), sid, who))
                 for sid, who in zip(sids, ["lesley.moffat2@nhs.net", "ann.other@nhs.net"], strict=True)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(timeout=120)
            assert p.exitcode == 0
        incs = Store(root).list_incidents()
        assert len(incs) == 1, f"round {round_}: {[(i.ref, i.reporters) for i in incs]}"
        assert sorted(incs[0].reporters) == ["ann.other@nhs.net", "lesley.moffat2@nhs.net"]
