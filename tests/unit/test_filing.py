"""Filing first, retransmissions, "analysis incomplete" and ``breachdesk queue``, against a real
spool and a real store (no analysis processes: those are in tests/functional/test_pool.py)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from breachdesk.masking import mask
from breachdesk.settings import load_settings
from breachdesk.store import Store
from ingest.filing import Filer
from ingest.mailq import outbox_items, render, retry, spool_items
from ingest.process import analysed
from ingest.quick import quick_headers, quick_scan
from ingest.spool import Envelope, Spool

RAW = (b"From: =?utf-8?q?Staff_Nurse?= <Staff.Nurse@nhs.net>\r\nTo: breach@example.nhs.uk\r\n"
       b"Subject: Letter for 943 476 5919 sent to wrong address\r\nMessage-ID: <abc@nhs.net>\r\n"
       b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n"
       b"--XX\r\nContent-Type: text/plain\r\n\r\nPatient NHS No 943-476-5919, and 1234567890 (bad check digit).\r\n"
       b"--XX\r\nContent-Type: text/csv\r\nContent-Disposition: attachment; filename=list.csv\r\n"
       b"Content-Transfer-Encoding: base64\r\n\r\nbmhzLDQwMTAyMzIxMzcKbmhzLDk0MzQ3NjU5MTkK\r\n--XX--\r\n")


@pytest.fixture
def parts(tmp_path: Path) -> tuple[Filer, Store, Spool]:
    store = Store(tmp_path / "data")
    spool = Spool(tmp_path / "data" / "spool")
    return Filer(load_settings(), store, spool), store, spool


def _spool(spool: Spool, raw: bytes = RAW, **env: str) -> str:
    e = Envelope(mail_from="nurse@nhs.net", rcpt_tos=["breach@example.nhs.uk"], peer="127.0.0.1",
                 helo="mx.nhs.net", received_at="2026-12-01T10:00:00+00:00", **env)
    return spool.write(e, raw)


def test_quick_passes_read_headers_attachments_and_checksummed_health_numbers() -> None:
    h = quick_headers(RAW)
    assert (h.sender, h.message_id) == ("staff.nurse@nhs.net", "<abc@nhs.net>")
    assert h.subject.startswith("Letter for 943 476 5919")
    scan = quick_scan(RAW)
    assert scan.attachments == [{"name": "list.csv", "content_type": "text/csv", "size": 40}]
    assert sorted((i["value"], i["where"]) for i in scan.identifiers) == [
        ("4010232137", "attachment:list.csv"), ("9434765919", "attachment:list.csv"), ("9434765919", "body")]
    assert quick_headers(b"Subject: \xff\xfe caf\xc3\xa9 \x1b[31m\r\n\r\nx").subject == "\ufffd\ufffd café [31m"


def test_filed_first_from_headers_with_the_subject_masked_and_a_received_header(parts) -> None:  # noqa: ANN001
    filer, store, spool = parts
    sid = _spool(spool)
    assert filer.file_first(sid) == "analyse"
    inc = store.find(spool_id=sid)
    assert inc is not None and inc.status == "analysing" and not analysed(inc)
    assert inc.reporter == "staff.nurse@nhs.net" and inc.clock_running() and inc.reportable
    assert inc.subject == f"Letter for {mask('nhs_number', '9434765919')} sent to wrong address"
    assert "476" not in inc.subject
    assert inc.received_at == "2026-12-01T10:00:00+00:00"
    stored = spool.read(sid)
    assert stored.raw.startswith(b"Received: from mx.nhs.net ([127.0.0.1])\r\n\tby breachdesk with ESMTP id "
                                 + sid.encode() + b" (tls=no);\r\n\tTue, 01 Dec 2026 10:00:00 +0000\r\n")
    assert stored.raw.endswith(RAW)
    assert filer.file_first(sid) == "analyse"                      # idempotent: no second incident
    assert len(store.list_incidents()) == 1


def test_the_same_bytes_again_are_a_timeline_note_not_a_second_incident(parts) -> None:  # noqa: ANN001
    filer, store, spool = parts
    first = _spool(spool)
    filer.file_first(first)
    again = _spool(spool)
    assert filer.file_first(again) == "done"
    incs = store.list_incidents()
    assert len(incs) == 1 and incs[0].spool_ids == [again]
    assert [t["action"] for t in store.detail(incs[0].ref)["timeline"]] == ["received", "redelivered"]
    assert (spool.done / f"{again}.msg").exists() and spool.pending() == [first]
    # other bytes with the same Message-ID (an edited resend) are a report of their own
    other = _spool(spool, RAW.replace(b"and 1234567890", b"and nothing else"))
    assert filer.file_first(other) == "analyse"
    # outside the window the same bytes are filed again
    index = next(p for p in (spool.root / "delivered").glob("*.json")
                 if json.loads(p.read_bytes())["spool_id"] == first)
    seen = json.loads(index.read_bytes())
    index.write_text(json.dumps(dict(seen, at=time.time() - 8 * 86400)))
    late = _spool(spool)
    assert filer.file_first(late) == "analyse"
    assert len(store.list_incidents()) == 3


def test_incomplete_keeps_the_quick_findings_and_queue_retry_puts_it_back(parts) -> None:  # noqa: ANN001
    filer, store, spool = parts
    sid = _spool(spool)
    filer.file_first(sid)
    assert filer.file_incomplete(sid, "it took longer than 60 s", quick_scan(spool.read(sid).raw))
    inc = store.find(spool_id=sid)
    assert inc is not None and inc.status == "incomplete" and inc.reportable
    assert inc.identifier_counts == {"nhs_number": 3}
    detail = store.detail(inc.ref)
    assert detail["notes"][0] == "analysis incomplete: it took longer than 60 s"
    assert detail["attachments"][0]["name"] == "list.csv"
    assert (spool.failed / f"{sid}.msg").exists() and spool.pending() == []
    listing = render(spool_items(spool, store), outbox_items(store.root))
    assert listing.startswith("spool: 0 incoming, 0 analysing, 1 failed; oldest ")
    assert inc.ref in listing and "Letter" not in listing and "nurse" not in listing
    assert retry(spool, store.root, [], everything=True) == (1, 0)
    assert spool.pending() == [sid] and spool.attempts(sid) == 0
    assert filer.file_first(sid) == "analyse"                      # analysed again, same incident
    spool.mark_active(sid, os.getpid())
    assert "1 analysing" in render(spool_items(spool, store), outbox_items(store.root))


def test_a_storage_error_leaves_the_report_spooled_and_costs_no_attempt(parts) -> None:  # noqa: ANN001
    filer, store, spool = parts
    sid = _spool(spool)
    details = store.root / "details"
    details.rmdir()
    details.write_text("not a directory")              # every detail write now fails (even for root)
    assert filer.file_first(sid) == "retry"
    assert spool.pending() == [sid] and spool.attempts(sid) == 0
    details.unlink()
    details.mkdir(mode=0o700)
    assert filer.file_first(sid) == "analyse"                  # filed once, however far the first try got
    assert [i.spool_id for i in store.list_incidents()] == [sid]
