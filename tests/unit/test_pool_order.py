"""The order in which the pool hands waiting reports to analysis: oldest first, small ones before
big ones, retries not before they are due (real spool files in a temporary directory)."""

from __future__ import annotations

import time
from pathlib import Path

from breachdesk.settings import load_settings
from ingest.pool import SMALL_BYTES, Pool
from ingest.spool import Envelope, Spool


def _spooled(spool: Spool, size: int) -> str:
    return spool.write(Envelope(mail_from="nurse@nhs.net", rcpt_tos=["breach@example.nhs.uk"]),
                       b"Subject: x\r\n\r\n" + b"a" * size)


def test_small_reports_first_then_the_oldest_big_one(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    pool = Pool(load_settings(), spool)
    big1, big2 = _spooled(spool, SMALL_BYTES + 1), _spooled(spool, 5 * SMALL_BYTES)
    small1, small2 = _spooled(spool, 100), _spooled(spool, SMALL_BYTES // 2)
    for sid in (big1, big2, small1, small2):
        pool._enqueue(sid)
    pool._enqueue(big1)                                  # already waiting: not twice
    assert [pool._next_due(0.0) for _ in range(5)] == [small1, small2, big1, big2, None]


def test_a_retry_waits_until_it_is_due(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    pool = Pool(load_settings(), spool)
    later, now = _spooled(spool, 10), _spooled(spool, 10)
    pool._requeue(later, 60.0, front=True)
    pool._enqueue(now)
    t = time.monotonic()
    assert pool._next_due(t) == now                      # the retry put in front is not due yet
    assert pool._next_due(t) is None
    assert pool._next_due(t + 61) == later
